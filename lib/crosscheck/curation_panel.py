"""The curation panel: turn an article's drafted claims into the analyst's own, by their words.

``curation_panel(ledger, document_id)`` builds an ipywidgets panel over one document's claims: pick a
claim (draft marker, status, text, a group filter and a search box), read its evidence and its passages
highlighted in the article, and change it: its text, a statement's stance, merge it into another claim,
move a statement to another claim, remove one, accept it, delete it, add evidence by picking a sentence
of the article and trimming the words (or typing them; words that stand several times list the places
to pick from), add a claim, add or grade a speaker, and undo the last step.

Every action is one call of crosscheck.curate (or crosscheck.journal.undo): nothing here writes a file.
After each one the panel reloads the ledger from disk and shows the new status; a refused action shows
its one-line message styled as an error and changes nothing. ``curation_todo(ledger, document_id)`` is the
static list of what is left to do before the document's workbook is finished.
"""
from __future__ import annotations

from pathlib import Path

from .actors import PARTY_KINDS, RELIABILITY
from .claims import KINDS, STANCES
from .errors import CrosscheckError
from .layout import slug
from .present.html import Html, stance_chip, status_badge
from .present.html import escape as _e
from .quotes import find_all
from .widgets import DRAFT_MARK, ClaimPicker, claim_label, claim_order, error_html, message_html, outside_label, party_name
from .widgets import short_text as _short
from .widgets import unexpected_html

PANEL_CLASS = "crosscheck-curate"
#: Characters of context shown either side of each place where ambiguous words stand.
PLACE_CONTEXT = 45
#: The value of the sentence list's first entry, which picks no sentence (None would mean no entry at all).
NO_SENTENCE = -1
#: What ingest writes as the reason of a speaker it drafted (such a speaker still needs a grade).
DRAFTED_REASON = "drafted by crosscheck ingest"


def document_claims(ledger, document_id: str) -> list[str]:
    """The claims a document's curation works on: those with evidence in it, and those of its own group."""
    return claim_order(ledger, [cid for cid, claim in ledger.claims.items()
                                if claim.group == document_id or any(e.document == document_id for e in claim.evidence)])


def occurrence_in(text: str, words: str, start: int, end: int) -> int | None:
    """Which occurrence (from 1) of ``words`` lies inside ``text[start:end]``, when exactly one does and the
    words stand more than once in all (None otherwise: no occurrence needs saying, or it cannot be told)."""
    starts = find_all(text, words)
    inside = [n for n, at in enumerate(starts, start=1) if start <= at and at + len(words) <= end]
    return inside[0] if len(starts) > 1 and len(inside) == 1 else None


def places(document, words: str) -> list[tuple[str, int]]:
    """Each place ``words`` stand in the document, as (label with a little context, occurrence from 1)."""
    text = document.text
    found = []
    for n, at in enumerate(find_all(text, words), start=1):
        end = at + len(words)
        before = text[max(0, at - PLACE_CONTEXT):at].split()
        after = text[end:end + PLACE_CONTEXT].split()
        before = before[1:] if at > PLACE_CONTEXT else before  # a word cut by the window is left out
        after = after[:-1] if end + PLACE_CONTEXT < len(text) else after
        paragraph = document.paragraph_of(at)
        where = f"\u00b6{paragraph + 1}" if paragraph is not None else "header"
        found.append((f"{n}. {where}: \u2026{' '.join(before[-5:])} [{_short(words, 50)}] {' '.join(after[:5])}\u2026",
                      n))
    return found


def curation_table(ledger, document_id: str):
    """The document's claims as they stand: text, whether still a draft, derived status, grade, explanation."""
    from .present import claims_table

    table = claims_table(ledger, claims=document_claims(ledger, document_id),
                         columns=("text", "status", "credibility", "explanation"))
    table.insert(1, "draft", [ledger.claims[cid].draft for cid in table.index])
    return table


def curation_todo(ledger, document_id: str) -> Html:
    """What is left before the document's claims are the analyst's own (static HTML, escaped)."""
    claims = document_claims(ledger, document_id)
    drafts = [cid for cid in claims if ledger.claims[cid].draft]
    empty = [cid for cid in claims if not ledger.claims[cid].evidence]
    speakers = dict.fromkeys(e.speaker for cid in claims for e in ledger.claims[cid].evidence if e.document == document_id)
    ungraded = [a for a in speakers if DRAFTED_REASON in ledger.registry.actors[a].reliability_reason]
    uncovered = ledger.uncovered(document_id)
    items = []
    if drafts:
        items.append(f"{len(drafts)} draft claim(s) to accept, rewrite, merge or delete: "
                     + ", ".join(_e(c) for c in drafts))
    if empty:
        items.append(f"{len(empty)} claim(s) with no evidence: " + ", ".join(_e(c) for c in empty))
    if ungraded:
        items.append(f"{len(ungraded)} drafted speaker(s) to grade: "
                     + ", ".join(_e(ledger.registry.actors[a].name) for a in ungraded))
    if uncovered:
        items.append(f"{len(uncovered)} body sentence(s) neither evidence nor background")
    if not items:
        return Html(f'<p class="crosscheck-todo">Nothing left to curate in {_e(document_id)}: {len(claims)} '
                    "claim(s), none a draft, every speaker graded, every sentence covered.</p>",
                    f"nothing left to curate in {document_id}")
    body = "".join(f"<li>{item}</li>" for item in items)
    return Html(f'<ul class="crosscheck-todo">{body}</ul>', f"{len(items)} thing(s) left to curate in {document_id}")


def curation_link(document_id: str, here: str | Path = ".") -> Html:
    """A link, from a notebook in ``here``, to the document's curation notebook: ``curate/ID.ipynb`` beside it
    (as ingest writes it), else the template ``curate.ipynb`` (when ``here`` is the templates folder)."""
    here = Path(here)
    own = Path("curate") / f"{document_id}.ipynb"
    target = own if (here / own).is_file() else Path("curate.ipynb") if (here / "curate.ipynb").is_file() else None
    if target is None:
        return Html(f"<p>No curation notebook for {_e(document_id)} here: curate it on the command line "
                    "(<code>crosscheck claim|evidence|actor|undo</code>).</p>", f"no curation notebook for {document_id}")
    return Html(f'<p>Curate {_e(document_id)} in JupyterLab: open <a href="{_e(target.as_posix())}">'
                f"{_e(target.as_posix())}</a> and run all its cells; or on the command line "
                "(<code>crosscheck claim|evidence|actor|undo</code>).</p>", f"curate in {target.as_posix()}")


def curation_panel(ledger, document_id: str | None = None):
    """The curation panel over ``document_id`` (the only document when None): an ipywidgets VBox with CSS
    class ``crosscheck-curate``, its parts in ``panel.parts`` (each also carries the CSS class
    ``crosscheck-curate-NAME``) and its state and actions in ``panel.controller``."""
    return CurationPanel(ledger, document_id).widget


class CurationPanel:
    """The curation panel's parts, state and actions (see curation_panel)."""

    def __init__(self, ledger, document_id: str | None = None):
        import ipywidgets as w

        if document_id is None:
            if len(ledger.documents) != 1:
                raise CrosscheckError("say which document to curate (one of "
                                      f"{', '.join(sorted(ledger.documents))})")
            document_id = next(iter(ledger.documents))
        if document_id not in ledger.documents:
            raise CrosscheckError(f"no document {document_id!r} in the ledger")
        self.ledger, self.root, self.document_id = ledger, ledger.root, document_id
        self.made: list[str] = []  # claims added here (kept in the list even before they have evidence)
        self._place_words: str | None = None
        self.parts: dict = {}
        self.picker = ClaimPicker(ledger, PANEL_CLASS, claim_ids=document_claims(ledger, document_id))
        self.parts.update(group=self.picker.group, search=self.picker.search, drafts=self.picker.drafts,
                          claim=self.picker.claim)
        self.view = self._part("view", w.HTML())
        self.message = self._part("message", w.HTML())
        self.message_top = self._part("message-top", w.HTML())  # the same, beside the claim, in view when scrolled up
        sections = [self._claim_section(w), self._evidence_section(w), self._add_section(w),
                    self._speaker_section(w)]
        undo = self._button(w, "undo", "Undo last step", self.undo, "warning")
        reload = self._button(w, "reload", "Reload from disk", self.reread)
        self.picker.on_change(lambda old, new: self.show())
        self.widget = w.VBox([w.HTML(f"<h3>Curating {_e(ledger.documents[document_id].title)}</h3>"),
                              self.picker.box, self.message_top, self.view, *sections, w.HBox([undo, reload]),
                              self.message])
        self.widget.add_class(PANEL_CLASS)
        self.widget.parts, self.widget.controller = self.parts, self
        self.refresh_lists()
        self.show()

    # ------------------------------------------------------------------------------------ building

    def _part(self, name: str, widget):
        widget.add_class(f"{PANEL_CLASS}-{name}")
        self.parts[name] = widget
        return widget

    def _button(self, w, name: str, description: str, action, style: str = ""):
        button = self._part(name, w.Button(description=description, tooltip=description, button_style=style))
        button.on_click(lambda _b: self.run(action))
        return button

    def _claim_section(self, w):
        self.text = self._part("text", w.Textarea(description="Text", layout=w.Layout(width="80%", height="4em")))
        self.note = self._part("note", w.Textarea(description="Note", placeholder="why the claim reads as it does",
                                                  layout=w.Layout(width="80%")))
        self.would_change = self._part("would-change", w.Textarea(description="Would change", placeholder="what "
                                                                  "evidence would change its status",
                                                                  layout=w.Layout(width="80%")))
        save = self._button(w, "save-text", "Save text", self.save_text, "primary")
        accept = self._button(w, "accept", "Accept draft", self.accept, "success")
        delete = self._button(w, "delete", "Delete claim", self.delete, "danger")
        self.merge_into = self._part("merge-into", w.Dropdown(description="Merge into", layout=w.Layout(width="80%")))
        merge = self._button(w, "merge", "Merge", self.merge)
        return w.VBox([w.HTML("<h4>The claim</h4>"), w.HBox([self.text, save]), self.note, self.would_change,
                       w.HBox([accept, delete]),
                       w.HBox([self.merge_into, merge])])

    def _evidence_section(self, w):
        self.evidence = self._part("evidence", w.Dropdown(description="Evidence", layout=w.Layout(width="80%")))
        self.stance = self._part("stance", w.Dropdown(description="Stance", options=list(STANCES)))
        set_stance = self._button(w, "set-stance", "Set stance", self.set_stance, "primary")
        self.move_to = self._part("move-to", w.Dropdown(description="Move to", layout=w.Layout(width="80%")))
        move = self._button(w, "move", "Move", self.move)
        remove = self._button(w, "remove", "Remove from claim", self.remove, "danger")
        self.evidence.observe(lambda change: self._evidence_picked(), names="value")
        return w.VBox([w.HTML("<h4>Its evidence</h4>"), self.evidence, w.HBox([self.stance, set_stance, remove]),
                       w.HBox([self.move_to, move])])

    def _add_section(self, w):
        self.sentence = self._part("sentence", w.Dropdown(description="Sentence", layout=w.Layout(width="95%")))
        self.words = self._part("words", w.Textarea(description="Words", placeholder="pick a sentence and trim it, "
                                                    "or type words of the article", layout=w.Layout(width="80%")))
        self.speaker = self._part("speaker", w.Dropdown(description="Speaker"))
        self.new_stance = self._part("new-stance", w.Dropdown(description="Stance", options=list(STANCES)))
        self.kind = self._part("kind", w.Dropdown(description="Kind", options=[("from the text", ""), *((k, k) for k in KINDS)]))
        self.place = self._part("place", w.Dropdown(description="Place", layout=w.Layout(width="95%", display="none")))
        add = self._button(w, "add", "Add evidence", self.add_evidence, "primary")
        self.background_reason = self._part("background-reason", w.Text(
            description="or, since", placeholder="why these words carry no claim", layout=w.Layout(width="60%")))
        background = self._button(w, "background", "Mark as background", self.mark_background)
        self.new_claim = self._part("new-claim", w.Text(description="New claim", placeholder="a checkable "
                                                        "proposition", layout=w.Layout(width="80%")))
        add_claim = self._button(w, "add-claim", "Add claim", self.add_claim)
        self.sentence.observe(lambda change: self._sentence_picked(), names="value")
        self.words.observe(lambda change: self._words_changed(), names="value")
        return w.VBox([w.HTML("<h4>Add evidence to the claim</h4>"), self.sentence, self.words,
                       w.HBox([self.speaker, self.new_stance, self.kind]), self.place, add,
                       w.HBox([self.background_reason, background]),
                       w.HTML("<h4>Or start a new claim</h4>"), w.HBox([self.new_claim, add_claim])])

    def _speaker_section(self, w):
        self.actor = self._part("actor", w.Dropdown(description="Speaker", layout=w.Layout(width="60%")))
        self.grade = self._part("grade", w.Dropdown(description="Grade",
                                                    options=[(f"{k} {v}", k) for k, v in RELIABILITY.items()]))
        self.grade_reason = self._part("grade-reason", w.Text(description="Reason", layout=w.Layout(width="60%")))
        grade = self._button(w, "set-grade", "Grade", self.grade_speaker, "primary")
        self.actor_name = self._part("actor-name", w.Text(description="Name"))
        self.actor_role = self._part("actor-role", w.Text(description="Role"))
        self.actor_party = self._part("actor-party", w.Dropdown(description="Party"))
        self.party_name = self._part("party-name", w.Text(description="or new party", placeholder="its name"))
        self.party_kind = self._part("party-kind", w.Dropdown(description="its kind", options=list(PARTY_KINDS),
                                                             value="other"))
        save = self._button(w, "save-actor", "Save speaker", self.save_speaker, "primary")
        add = self._button(w, "add-actor", "Add as new speaker", self.add_speaker)
        self.actor.observe(lambda change: self._actor_picked(), names="value")
        return w.VBox([w.HTML("<h4>Speakers: grade a source, correct its name or party, or add one</h4>"),
                       self.actor, w.HBox([self.grade, self.grade_reason, grade]),
                       w.HBox([self.actor_name, self.actor_role]),
                       w.HBox([self.actor_party, self.party_name, self.party_kind]), w.HBox([save, add])])

    # ----------------------------------------------------------------------------------- showing

    @property
    def claim_id(self) -> str | None:
        return self.picker.claim.value

    def show(self) -> None:
        """Redraw everything that depends on the chosen claim."""
        cid = self.claim_id
        self.view.value = claim_html(self.ledger, cid) if cid else "<p>No claim matches the filters.</p>"
        claim = self.ledger.claims.get(cid) if cid else None
        self.text.value, self.note.value, self.would_change.value = \
            (claim.text, claim.note, claim.would_change) if claim else ("", "", "")
        others = [(self._target_label(c), c) for c in self._targets() if c != cid]
        self.merge_into.options = [("\u2014 pick the claim that keeps the evidence \u2014", ""), *others]
        self.move_to.options = [("\u2014 pick the claim that gets the statement \u2014", ""), *others]
        self.merge_into.value = self.move_to.value = ""
        self.evidence.options = [(self._evidence_label(item), item.statement.id) for item in claim.evidence] \
            if claim else []
        self.evidence.value = claim.evidence[0].statement.id if claim and claim.evidence else None  # options reset it
        self._evidence_picked()
        self.sentence.options = self._sentence_options()
        self.sentence.value = NO_SENTENCE

    def _targets(self) -> list[str]:
        """Claims to merge into or move to: this document's first, then every other claim of the ledger."""
        own = self.picker.ids
        return own + claim_order(self.ledger, [c for c in self.ledger.claims if c not in own])

    def _target_label(self, cid: str) -> str:
        status = self.ledger.assessments()[cid].status
        return f"{claim_label(self.ledger.claims[cid], status)} in {self.ledger.claims[cid].group}"

    def _evidence_label(self, item) -> str:
        speaker = self.ledger.registry.actors[item.speaker].name
        return f"{speaker} \u00b7 {item.stance} \u00b7 \u201c{_short(item.statement.quote, 80)}\u201d [{item.statement.id}]"

    def _evidence_picked(self) -> None:
        item = self._chosen_evidence()
        if item is not None:
            self.stance.value = item.stance

    def _chosen_evidence(self):
        cid = self.claim_id
        if not cid or cid not in self.ledger.claims:
            return None
        return next((e for e in self.ledger.claims[cid].evidence if e.statement.id == self.evidence.value), None)

    def _sentence_options(self) -> list:
        covered = self.ledger.covered(self.document_id)
        options = [("\u2014 pick a sentence of the article, or type the words below \u2014", NO_SENTENCE)]
        for index, sentence in enumerate(self.ledger.documents[self.document_id].sentences):
            owners = covered.get(index, [])
            claims = [o for o in owners if o != "background"]
            if self.claim_id in claims:
                mark = "\u25cf in this claim"
            elif claims:
                mark = f"\u25cb in {len(claims)} other claim(s)"
            else:
                mark = "background" if owners else "not covered"
            options.append((f"\u00b6{sentence.paragraph + 1} \u00b7 {mark} \u00b7 {_short(sentence.text, 110)}", index))
        return options

    def _sentence_picked(self) -> None:
        if self.sentence.value in (None, NO_SENTENCE):
            return
        sentence = self.ledger.documents[self.document_id].sentences[self.sentence.value]
        self.words.value = sentence.text
        speakers = [s.speaker for s in self.ledger.statements.values() if s.document == self.document_id
                    and s.start < sentence.end and sentence.start < s.end]
        if speakers and speakers[0] in dict(self._speaker_values()):
            self.speaker.value = speakers[0]

    def _words_changed(self) -> None:
        if self.words.value.strip() != self._place_words:
            self._hide_places()

    def _hide_places(self) -> None:
        self._place_words = None
        self.place.options = []
        self.place.layout.display = "none"

    def _speaker_values(self) -> list[tuple[str, str]]:
        actors = self.ledger.registry.actors
        return [(a.id, f"{a.name} ({party_name(self.ledger, a.party)})") for a in
                sorted(actors.values(), key=lambda a: a.name.casefold())]

    def _actor_picked(self) -> None:
        """Show the chosen speaker's grade, reason, name, role and party, ready to change."""
        actor = self.ledger.registry.actors.get(self.actor.value) if self.actor.value else None
        if actor is not None:
            self.grade.value = actor.reliability
            self.grade_reason.value = actor.reliability_reason
            self.actor_name.value, self.actor_role.value = actor.name, actor.role
            self.actor_party.value = actor.party if actor.party in self.ledger.registry.parties else ""
            self.party_name.value = ""

    def refresh_lists(self) -> None:
        """Redraw the lists that depend on the whole ledger (speakers and parties)."""
        known = self._speaker_values()
        keep = self.speaker.value
        self.speaker.options = [("\u2014 who says these words? \u2014", "")] + [(label, a) for a, label in known]
        self.speaker.value = keep if keep in dict(known) else ""
        parties = sorted(self.ledger.registry.parties.values(), key=lambda p: p.name.casefold())
        self.actor_party.options = [("\u2014 an existing party \u2014", "")] + [(p.name, p.id) for p in parties]
        here = list(dict.fromkeys(s.speaker for s in self.ledger.statements.values() if s.document == self.document_id))
        others = [a for a, _ in self._speaker_values() if a not in here]
        actors = self.ledger.registry.actors
        keep = self.actor.value
        self.actor.options = [(f"{actors[a].name} ({party_name(self.ledger, actors[a].party)}): grade "
                               f"{actors[a].reliability}", a) for a in [*here, *others]]
        self.actor.value = keep if keep in actors else (self.actor.options[0][1] if self.actor.options else None)
        self._actor_picked()

    # ----------------------------------------------------------------------------------- actions

    def run(self, action) -> bool:
        """Do one action; on success reload the ledger and say what changed, else show why (as an error)."""
        from .ledger import load_ledger

        self.say(message_html("Working\u2026", "warning"))
        try:
            said, select = action()
            self.ledger = load_ledger(self.root)
        except CrosscheckError as error:  # refused: nothing was written; the analyst reads why
            self.say(error_html(error, self.root))
            return False
        except Exception as error:  # a bug: shown to the analyst, then raised to the kernel's log
            self.say(unexpected_html(error))
            raise
        self.reload(select)
        self.say(message_html(f"{said}{self._status_note()}", "ok"))
        return True

    def say(self, message: str) -> None:
        self.message.value = self.message_top.value = message

    def reload(self, select: str | None = None) -> None:
        ids = list(dict.fromkeys([*document_claims(self.ledger, self.document_id),
                                  *(c for c in self.made if c in self.ledger.claims)]))
        self.picker.reload(self.ledger, value=select, claim_ids=ids)
        self.refresh_lists()
        self.show()

    def _status_note(self) -> str:
        cid = self.claim_id
        if not cid:
            return ""
        claim = self.ledger.claims[cid]
        draft = f" ({DRAFT_MARK})" if claim.draft else ""
        return f" Now showing {cid}{draft}: {self.ledger.assessments()[cid].status}."

    def _need_claim(self) -> str:
        if not self.claim_id:
            raise CrosscheckError("pick a claim first")
        return self.claim_id

    def _need_evidence(self) -> str:
        if not self.evidence.value:
            raise CrosscheckError("pick a piece of the claim's evidence first")
        return self.evidence.value

    def _need(self, widget, what: str) -> str:
        if not widget.value:
            raise CrosscheckError(f"pick {what} first")
        return widget.value

    def save_text(self):
        from . import curate

        cid = self._need_claim()
        claim = self.ledger.claims[cid]
        changed = {key: widget.value for key, widget in (("note", self.note), ("would_change", self.would_change))
                   if " ".join(widget.value.split()) != getattr(claim, key)}  # an untouched field is not rewritten
        curate.edit_claim(self.root, cid, text=self.text.value, **changed)
        return f"Saved the text{' and notes' if changed else ''} of {cid}.", cid

    def accept(self):
        from . import curate

        cid = self._need_claim()
        curate.accept_claim(self.root, cid)
        return f"Accepted {cid}: it is no longer a draft.", cid

    def delete(self):
        from . import curate

        cid = self._need_claim()
        curate.delete_claim(self.root, cid)
        return f"Deleted {cid} (its statements stay declared; Undo brings it back).", self._neighbour(cid)

    def _neighbour(self, cid: str) -> str | None:
        """The claim shown after ``cid`` in the list (before it, when it is the last), to show once it is gone."""
        shown = self.picker.shown()
        if cid not in shown or len(shown) == 1:
            return None
        at = shown.index(cid)
        return shown[at + 1] if at + 1 < len(shown) else shown[at - 1]

    def merge(self):
        from . import curate

        cid, into = self._need_claim(), self._need(self.merge_into, "the claim to merge into")
        curate.merge_claims(self.root, cid, into)
        return f"Merged {cid} into {into}.", into

    def set_stance(self):
        from . import curate

        cid, statement = self._need_claim(), self._need_evidence()
        curate.set_stance(self.root, cid, statement, self.stance.value)
        return f"{cid}: {statement} now {self.stance.value}.", cid

    def move(self):
        from . import curate

        cid, statement = self._need_claim(), self._need_evidence()
        target = self._need(self.move_to, "the claim to move it to")
        curate.move_evidence(self.root, cid, statement, target)
        return f"Moved {statement} from {cid} to {target}.", cid

    def remove(self):
        from . import curate

        cid, statement = self._need_claim(), self._need_evidence()
        curate.remove_evidence(self.root, cid, statement)
        return f"Took {statement} off {cid} (it stays declared in the document).", cid

    def add_evidence(self):
        from . import curate

        cid = self._need_claim()
        words, occurrence = self._placed_words()
        speaker = self._need(self.speaker, "who says these words (Speaker)")
        made = curate.add_evidence(self.root, cid, words, speaker, self.new_stance.value, document=self.document_id,
                                   occurrence=occurrence, kind=self.kind.value or None)
        self.words.value = ""
        return f"{cid} now rests on {made} ({self.new_stance.value}).", cid

    def mark_background(self):
        from . import curate

        words, occurrence = self._placed_words()
        curate.add_background(self.root, self.document_id, words, self.background_reason.value, occurrence=occurrence)
        self.words.value = self.background_reason.value = ""
        return f"Marked \u201c{_short(words, 60)}\u201d as background.", self.claim_id

    def _placed_words(self) -> tuple[str, int | None]:
        """The words to add and which time they stand (None: once); words standing several times in no
        sentence picked offer their places and are refused until one is picked."""
        words = self.words.value.strip()
        if not words:
            raise CrosscheckError("pick a sentence or type the words first")
        occurrence = self._occurrence(words)
        document = self.ledger.documents[self.document_id]
        standing = len(find_all(document.text, words))
        if occurrence is None and standing > 1:
            self._offer_places(words)
            raise CrosscheckError(f"the words {_short(words, 50)!r} stand {standing} times in {self.document_id}: "
                                  "pick the place you mean under Place, then click again")
        return words, occurrence

    def _occurrence(self, words: str) -> int | None:
        """The occurrence the analyst meant: from the sentence picked, else from the place picked."""
        document = self.ledger.documents[self.document_id]
        if self.sentence.value not in (None, NO_SENTENCE):
            sentence = document.sentences[self.sentence.value]
            found = occurrence_in(document.text, words, sentence.start, sentence.end)
            if found is not None:
                return found
        if self._place_words == words and self.place.value:
            return self.place.value
        return None

    def _offer_places(self, words: str) -> None:
        self.place.options = places(self.ledger.documents[self.document_id], words)
        self.place.value = None
        self._place_words = words
        self.place.layout.display = "flex"

    def add_claim(self):
        from . import curate

        cid = self.claim_id
        group = self.ledger.claims[cid].group if cid else self.document_id
        made = curate.add_claim(self.root, self.new_claim.value, group)
        self.made.append(made)
        self.new_claim.value = ""
        self.picker.search.value, self.picker.drafts.value, self.picker.group.value = "", False, ""
        return f"Added claim {made} to group {group}; add its evidence below.", made

    def grade_speaker(self):
        from . import curate

        actor = self._need(self.actor, "a speaker")
        curate.grade_actor(self.root, actor, self.grade.value, self.grade_reason.value)
        return f"Graded {self.ledger.registry.actors[actor].name} {self.grade.value}.", self.claim_id

    def _speaker_party(self) -> tuple[str, str | None]:
        """The party of the speaker form: (id, name of a new party or None)."""
        new_party = self.party_name.value.strip()
        if new_party:
            return slug(new_party, 60, empty="party"), new_party
        return self._need(self.actor_party, "a party, or name a new one"), None

    def save_speaker(self):
        from . import curate

        actor = self._need(self.actor, "a speaker")
        party, new_party = self._speaker_party()
        curate.edit_actor(self.root, actor, name=self.actor_name.value, role=self.actor_role.value, party=party,
                          party_name=new_party, party_kind=self.party_kind.value)
        return f"Saved speaker {actor}: {' '.join(self.actor_name.value.split())}, of {party}.", self.claim_id

    def add_speaker(self):
        from . import curate

        name = self.actor_name.value
        party, new_party = self._speaker_party()
        actor_id = slug(name, 60, empty="")
        if not actor_id:
            raise CrosscheckError("the speaker needs a name")
        curate.add_actor(self.root, actor_id, name, party, role=self.actor_role.value,
                         party_name=new_party, party_kind=self.party_kind.value)
        self.speaker.value = ""
        self.actor.options = [*self.actor.options, (name, actor_id)]  # chosen, so it is shown after the reload
        self.actor.value = actor_id
        return f"Added speaker {name.strip()} ({actor_id}); pick them as the speaker of new evidence.", self.claim_id

    def reread(self):
        """Nothing to do: run() reads the ledger again (after a change made on the command line, say)."""
        return "Read the ledger again from disk.", self.claim_id

    def undo(self):
        from .journal import undo

        lines = undo(self.root)
        return lines[0].replace("undid:", "Undid", 1) + ".", self.claim_id


def claim_html(ledger, claim_id: str) -> str:
    """A claim as the curation panel shows it: text, status, evidence by speaker, passages marked (escaped)."""
    from .present.claim import passages_html

    claim = ledger.claims[claim_id]
    a = ledger.assessments()[claim_id]
    group = ledger.groups.get(claim.group)
    draft = f' <span class="crosscheck-draft" style="color:#9a6700">{_e(DRAFT_MARK)}</span>' if claim.draft else ""
    rows = []
    for item in claim.evidence:
        actor = ledger.registry.actors[item.speaker]
        rows.append(f"<li>{stance_chip(item.stance)} "
                    f"<b>{_e(actor.name)}</b> ({_e(party_name(ledger, item.party))}, {_e(item.statement.kind)}, "
                    f"grade {_e(actor.reliability)}): \u201c{_e(item.statement.quote)}\u201d</li>")
    for item in ledger.outside_evidence(claim_id):
        rows.append(f"<li>{stance_chip(item.stance)} <b>{_e(outside_label(ledger, item))}</b> (outside report on "
                    f"{_e(party_name(ledger, item.party))}): {_e(item.source.fact)}</li>")
    evidence = f"<ul>{''.join(rows)}</ul>" if rows else "<p><i>No evidence yet: add some below.</i></p>"
    return (f'<div class="crosscheck-claim"><p><b>{_e(claim.text)}</b>{draft} <small>[{_e(claim_id)}] in '
            f"{_e(group.title if group else claim.group)}</small></p>"
            f"<p>{status_badge(a.status)} credibility {a.credibility}. {_e(a.explanation)}</p>{evidence}"
            f"{passages_html(ledger, claim_id)}</div>")
