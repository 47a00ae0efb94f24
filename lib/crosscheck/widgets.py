"""The JupyterLab panels: the review panel (verdicts) here, the curation panel in crosscheck.curation_panel.

``review_panel(ledger)`` builds the ipywidgets panel that records verdicts. Building it writes nothing:
only a click on "Record verdict" records one, in the analyst's history, against the ledger as it is on
disk at that moment. ``show_verdict_history(ledger)`` displays every claim's derived status beside its
latest verdict (``crosscheck.present.verdict_history``, its static equivalent for pages viewed without widget
JavaScript); the panel redraws that display after each verdict it records, wherever it stands in the
notebook. The panels' HTML is built with the presentation layer's escaping and badges.

Both panels pick a claim with a ``ClaimPicker``: a group filter, a search box and a drafts-only switch
over a list that shows each claim's draft marker, status and text. Every text put into HTML is escaped;
a failed action shows its message styled as an error.
"""
from __future__ import annotations

from pathlib import Path

from .errors import CrosscheckError, ProblemList
from .present.html import escape as _e
from .present.html import status_badge
from .status import STATUSES

PANEL_CLASS = "crosscheck-review"
#: The display id of the verdict history table, so the panel can redraw it after recording.
HISTORY_DISPLAY_ID = "crosscheck-verdict-history"
DRAFT_MARK = "\u270e draft"
_STYLES = {
    "error": ("alert", "#8c1d18", "#fdecea", "\u2716 "),
    "warning": ("alert", "#6b4f00", "#fff4d6", "\u26a0 "),
    "ok": ("status", "#0f5132", "#e8f5ee", "\u2714 "),
}


# ------------------------------------------------------------------------------------------ messages


def message_html(text: str, kind: str = "ok") -> str:
    """A one-line message (escaped), styled as ``ok``, ``warning`` or ``error`` (red, role=alert)."""
    role, colour, background, sign = _STYLES[kind]
    return (f'<div class="crosscheck-message crosscheck-{kind}" role="{role}" style="color:{colour};'
            f'background:{background};border-left:4px solid {colour};padding:4px 8px;margin:4px 0">'
            f"{sign}{_e(text)}</div>")


def error_lines(error: CrosscheckError, root: str | Path | None = None) -> list[str]:
    """An error's problems, one line each, with the file (relative to ``root``) after the problem."""
    problems = error.problems if isinstance(error, ProblemList) and error.problems else [error]
    lines = []
    for problem in problems:
        where = problem.path
        if where and root is not None:
            try:
                where = Path(where).resolve().relative_to(Path(root).resolve()).as_posix()
            except ValueError:
                pass
        if where and problem.line is not None:
            where = f"{where}:{problem.line}"
        lines.append(f"{problem.problem} ({where})" if where else problem.problem)
    return lines


def error_html(error: CrosscheckError, root: str | Path | None = None) -> str:
    """The error's lines as error messages (escaped)."""
    return "".join(message_html(line, "error") for line in error_lines(error, root))


def unexpected_html(error: BaseException) -> str:
    """What the analyst sees when an action fails on a bug (the traceback goes to the kernel's log)."""
    return message_html(f"crosscheck failed unexpectedly ({type(error).__name__}: {error}); this is a bug: "
                        "check the files with `crosscheck verify` and report it", "error")


# -------------------------------------------------------------------------------------------- labels


def short_text(text: str, limit: int = 70) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def claim_label(claim, status: str) -> str:
    """A claim as a picker lists it: draft marker, status, text and id (plain text)."""
    mark = f"{DRAFT_MARK} \u00b7 " if claim.draft else ""
    return f"{mark}{status} \u00b7 {short_text(claim.text, 96)} [{claim.id}]"


def party_name(ledger, party_id: str) -> str:
    party = ledger.registry.parties.get(party_id)
    return party.name if party else party_id


def outside_label(ledger, item) -> str:
    """An outside report by its outlet's name and date ("Reuters via Kentron, 2026-01-30"), not its id."""
    source = item.source
    outlet = party_name(ledger, source.outlet)
    via = f" via {source.carrier}" if source.carrier else ""
    return f"{outlet}{via}, {source.published.isoformat()}"


def claim_order(ledger, claim_ids) -> list[str]:
    """Claim ids in the order the workbook shows them: by their group's order, then as written."""
    position = {cid: n for n, cid in enumerate(ledger.claims)}

    def key(cid):
        group = ledger.groups.get(ledger.claims[cid].group)
        return (group.order if group else float("inf"), position[cid])

    return sorted(claim_ids, key=key)


class ClaimPicker:
    """A claim list with a group filter, a search box and a drafts-only switch.

    ``claim.value`` is the chosen claim's id (None when nothing matches). Callbacks registered with
    ``on_change`` get ``(old, new)`` once per change of the chosen claim, whether the analyst picked
    another one or a filter left the old one out. ``reload(ledger)`` redraws the labels (statuses change).
    """

    def __init__(self, ledger, css: str, claim_ids=None, value: str | None = None):
        import ipywidgets as w

        self._only = list(claim_ids) if claim_ids is not None else None
        self.group = w.Dropdown(description="Group", options=[("all groups", "")], value="")
        self.search = w.Text(description="Search", placeholder="words of the claim, or its id")
        self.drafts = w.Checkbox(description="drafts only", value=False, indent=False)
        self.claim = w.Dropdown(description="Claim", layout=w.Layout(width="98%"))
        self.count = w.HTML()
        for part, name in ((self.group, "group"), (self.search, "search"), (self.drafts, "drafts"),
                           (self.claim, "claim"), (self.count, "count")):
            part.add_class(f"{css}-{name}")
        self.box = w.VBox([w.HBox([self.group, self.search, self.drafts]), self.claim, self.count])
        self._callbacks: list = []
        self._options: list = []
        self._quiet = False
        self.reload(ledger, value)
        self.claim.observe(self._picked, names="value")
        for part in (self.group, self.search, self.drafts):
            part.observe(lambda change: self._apply(self.claim.value), names="value")

    def on_change(self, callback) -> None:
        self._callbacks.append(callback)

    def reload(self, ledger, value: str | None = None, claim_ids=None) -> None:
        """Take the ledger as it is now; keep the chosen claim (or choose ``value``) when it is still listed."""
        self.ledger = ledger
        if claim_ids is not None:
            self._only = list(claim_ids)
        ids = [c for c in (self._only if self._only is not None else ledger.claims) if c in ledger.claims]
        self.ids = claim_order(ledger, ids)
        assessments = ledger.assessments()
        self.labels = {cid: claim_label(ledger.claims[cid], assessments[cid].status) for cid in self.ids}
        groups = list(dict.fromkeys(ledger.claims[c].group for c in self.ids))
        options = [("all groups", "")] + [(self._group_title(g), g) for g in groups]
        chosen = self.group.value if self.group.value in groups else ""
        self._quiet = True
        try:
            self.group.options, self.group.value = options, chosen
        finally:
            self._quiet = False
        self._apply(value if value is not None else self.claim.value, redraw=True)

    def _group_title(self, group_id: str) -> str:
        group = self.ledger.groups.get(group_id)
        return f"{group.title} ({group_id})" if group and group.title and group.title != group_id else group_id

    def shown(self) -> list[str]:
        """The claims that pass the filters, in order."""
        words = self.search.value.casefold().split()
        found = []
        for cid in self.ids:
            claim = self.ledger.claims[cid]
            if self.group.value and claim.group != self.group.value:
                continue
            if self.drafts.value and not claim.draft:
                continue
            haystack = f"{claim.text} {cid}".casefold()
            if all(word in haystack for word in words):
                found.append(cid)
        return found

    def _apply(self, prefer: str | None, redraw: bool = False) -> None:
        if self._quiet:
            return
        before = self.claim.value
        shown = self.shown()
        chosen = prefer if prefer in shown else (shown[0] if shown else None)
        self._quiet = True
        try:
            options = [(self.labels[c], c) for c in shown]
            if redraw or options != self._options:
                self.claim.options, self._options = options, options
            self.claim.value = chosen
        finally:
            self._quiet = False
        drafts = sum(1 for c in self.ids if self.ledger.claims[c].draft)
        self.count.value = (f"<small>{len(shown)} of {len(self.ids)} claims shown; {drafts} "
                            f"draft{'s' if drafts != 1 else ''} left</small>")
        if chosen != before:
            self._notify(before, chosen)

    def _picked(self, change) -> None:
        if not self._quiet:
            self._notify(change["old"], change["new"])

    def _notify(self, old, new) -> None:
        for callback in self._callbacks:
            callback(old, new)


# ---------------------------------------------------------------------------------------- the review


def evidence_html(ledger, claim_id: str) -> str:
    """A claim's text, derived status, explanation and evidence, every source text escaped."""
    claim = ledger.claims[claim_id]
    a = ledger.assessments()[claim_id]
    rows = []
    for item in claim.evidence:
        s = item.statement
        rows.append(f"<li><b>{_e(ledger.registry.actors[s.speaker].name)}</b> "
                    f"({_e(party_name(ledger, s.party))}, {_e(s.kind)}, {_e(item.stance)}): "
                    f"\u201c{_e(s.quote)}\u201d</li>")
    for item in ledger.outside_evidence(claim_id):
        rows.append(f"<li><b>{_e(outside_label(ledger, item))}</b> ({_e(party_name(ledger, item.party))}, "
                    f"outside report, {_e(item.stance)}): {_e(item.source.fact)}</li>")
    draft = f' <span class="crosscheck-draft">({_e(DRAFT_MARK)})</span>' if claim.draft else ""
    return (f'<div class="crosscheck-evidence"><p><b>{_e(claim.text)}</b>{draft} '
            f"<small>[{_e(claim_id)}]</small></p>"
            f'<p class="derived">Derived status: {status_badge(a.status)} (credibility {a.credibility}). '
            f"{_e(a.explanation)}</p><ul>{''.join(rows)}</ul></div>")


def history_html(ledger, claim_id: str) -> str:
    """The claim's verdict history, each verdict beside the derived status; disagreements marked."""
    derived = ledger.assessments()[claim_id].status
    history = ledger.history(claim_id)
    if not history:
        return (f'<p class="crosscheck-history">No verdict recorded yet. Derived status: '
                f"{status_badge(derived)}</p>")
    rows = []
    for v in history:
        differs = v.status != derived
        mark = '<b class="disagreement">\u2260 disagrees with derived</b>' if differs else "agrees"
        rows.append(f"<tr><td>{_e(v.time)}</td><td>{_e(v.analyst)}</td><td>{status_badge(v.status)}</td>"
                    f"<td>{status_badge(derived)}</td><td>{mark}</td><td>{_e(v.reason)}</td></tr>")
    return ('<table class="crosscheck-history"><thead><tr><th>time</th><th>analyst</th><th>verdict</th>'
            "<th>derived</th><th></th><th>reason</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


_shown_history = {"on": False}


def show_verdict_history(ledger) -> None:
    """Display the verdict history table (crosscheck.present.verdict_history) so that the review panel can
    redraw it after each verdict."""
    from IPython.display import display

    from .present import verdict_history

    display(verdict_history(ledger), display_id=HISTORY_DISPLAY_ID)
    _shown_history["on"] = True


def _redraw_verdict_history(ledger) -> None:
    """Redraw the table shown by show_verdict_history in this kernel, if it was shown."""
    from IPython.display import update_display

    from .present import verdict_history

    if _shown_history["on"]:
        update_display(verdict_history(ledger), display_id=HISTORY_DISPLAY_ID)


def review_panel(ledger, claim_id: str | None = None, time: str | None = None):
    """The review panel (an ipywidgets VBox with CSS class ``crosscheck-review``).

    Children, by description: the claim picker (Dropdown "Group", Text "Search", Checkbox "drafts only",
    Dropdown "Claim"), HTML evidence, Dropdown "Verdict", Text "Analyst", Textarea "Reason", Button
    "Record verdict", HTML message and HTML history. The panel keeps its parts in ``panel.parts`` and the
    click handler in ``panel.record`` for tests. ``time`` fixes the verdict time stamp (tests).

    What is typed in Analyst and Reason belongs to the claim it was typed for: picking another claim
    shows that claim's own (empty until typed), and coming back shows it again. Once a verdict is
    recorded, its analyst's name is offered for the other claims.
    """
    return _Review(ledger, claim_id, time).widget


class _Review:
    """The review panel's state and actions (see review_panel)."""

    def __init__(self, ledger, claim_id, time):
        import ipywidgets as w

        self.ledger, self.time = ledger, time
        self.typed: dict[str, tuple[str, str]] = {}
        self.signed = ""
        self.picker = ClaimPicker(ledger, PANEL_CLASS, value=claim_id)
        self.evidence = w.HTML()
        self.verdict = w.Dropdown(options=list(STATUSES), description="Verdict")
        self.analyst = w.Text(value="", description="Analyst", placeholder="your name")
        self.reason = w.Textarea(value="", description="Reason", placeholder="why this status",
                                 layout=w.Layout(width="60%"))
        self.button = w.Button(description="Record verdict", button_style="primary", tooltip="Record verdict")
        self.message = w.HTML("")
        self.history = w.HTML("")
        for part, name in ((self.evidence, "evidence"), (self.verdict, "verdict"), (self.analyst, "analyst"),
                           (self.reason, "reason"), (self.button, "record"), (self.message, "message"),
                           (self.history, "history")):
            part.add_class(f"{PANEL_CLASS}-{name}")
        self.picker.on_change(self.switch)
        self.button.on_click(self.record)
        self.show()
        panel = w.VBox([self.picker.box, self.evidence, self.verdict, self.analyst, self.reason, self.button,
                        self.message, self.history])
        panel.add_class(PANEL_CLASS)
        p = self.picker
        panel.parts = {"group": p.group, "search": p.search, "drafts": p.drafts, "claim": p.claim,
                       "evidence": self.evidence, "verdict": self.verdict, "analyst": self.analyst,
                       "reason": self.reason, "button": self.button, "message": self.message,
                       "history": self.history}
        panel.record = self.record
        panel.controller = self
        self.widget = panel

    def switch(self, old, new) -> None:
        """Keep what was typed for the claim left; show what was typed for the claim picked."""
        if old is not None:
            self.typed[old] = (self.analyst.value, self.reason.value)
        analyst, reason = self.typed.get(new, ("", ""))
        self.analyst.value, self.reason.value = analyst or self.signed, reason
        self.show()

    def show(self) -> None:
        cid = self.picker.claim.value
        self.message.value = ""
        if cid is None:
            self.evidence.value = "<p>No claim matches the filters.</p>"
            self.history.value = ""
            return
        self.evidence.value = evidence_html(self.ledger, cid)
        self.history.value = history_html(self.ledger, cid)
        self.verdict.value = self.ledger.assessments()[cid].status

    def record(self, _button=None) -> bool:
        cid = self.picker.claim.value
        if cid is None:
            self.message.value = message_html("Pick a claim first.", "error")
            return False
        if not self.analyst.value.strip() or not self.reason.value.strip():
            self.message.value = message_html("A verdict needs an analyst and a reason.", "error")
            return False
        status, analyst = self.verdict.value, self.analyst.value
        try:
            added = self._record(cid, status, analyst)
        except CrosscheckError as error:  # bad input is shown to the analyst; a bug surfaces
            self.message.value = error_html(error, self.ledger.root)
            return False
        derived = self.ledger.assessments()[cid].status
        note = (f"Recorded {status} on {cid} by {' '.join(analyst.split())}." if added
                else "The same verdict was already recorded; nothing added.")
        if status != derived:
            note += f" Your verdict ({status}) differs from the derived status ({derived})."
        self.signed = analyst
        self.typed[cid] = (analyst, "")
        self.reason.value = ""
        self.message.value = message_html(note, "ok" if status == derived or not added else "warning")
        self.history.value = history_html(self.ledger, cid)
        return added

    def _record(self, cid: str, status: str, analyst: str) -> bool:
        """Record against the ledger as it is on disk now (a claim merged away meanwhile is refused)."""
        from .ledger import load_ledger

        fresh = load_ledger(self.ledger.root)
        if cid not in fresh.claims:
            self.ledger = fresh
            self.picker.reload(fresh)
            raise CrosscheckError(f"claim {cid!r} is no longer in the ledger (merged or deleted since the panel "
                                  "was built); nothing was recorded")
        added = fresh.record_verdict(cid, status, analyst, self.reason.value, time=self.time)
        self.ledger = fresh
        self.picker.reload(fresh)
        _redraw_verdict_history(fresh)
        return added


def curation_panel(ledger, document_id: str | None = None):
    """The curation panel (see crosscheck.curation_panel)."""
    from .curation_panel import curation_panel as build

    return build(ledger, document_id)
