"""The draft of one article: its points as draft claims, each with its evidence, stances and status.

``draft_article(document, registry=None)`` extracts the article's statements, cuts them into
propositions, groups those into points, gives each proposition its stance toward each point it bears
on, words each point as a claim and derives its status with the ledger's own rules
(:func:`crosscheck.status.assess`), naming as silent only this article's parties. Nothing is written.

Each :class:`DraftClaim` holds a ledger :class:`~crosscheck.claims.Claim` (``draft=True``) and the
:class:`~crosscheck.status.Assessment` derived from it. Its :class:`~crosscheck.claims.Evidence` entries map
one to one onto the ledger's: each ``Statement`` (``id``, ``start``, ``end``, ``quote``, ``speaker``,
``kind``, ``cue``) is what a document file declares once, with the same ``id`` in every claim it bears on,
and each ``Evidence.stance`` is what a claims file records for that claim; ``speaker`` and ``party`` are
the registry's ids where it knows the speaker, else names (an ingest makes actors of those).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..claims import Claim, Evidence, Statement
from ..layout import slug
from ..status import Assessment, assess
from .grouping import Point, group, other_figure, rival_years
from .propositions import Proposition, propositions
from .speakers import Voices
from .stories import merge_points
from .stance import stance_toward
from .terms import AUXILIARY, Weights, figures, set_aside_words, terms
from .wording import claim_text, opens_with_infinitive, question_text, small_clause, unquoted

EVIDENCE_KEYS = ("start", "end", "quote", "speaker", "party", "stance", "kind", "cue")


@dataclass(frozen=True)
class DraftClaim:
    """A drafted claim: a ledger :class:`~crosscheck.claims.Claim` (``draft=True``) and its derived status."""

    claim: Claim
    assessment: Assessment

    @property
    def id(self) -> str:
        return self.claim.id

    @property
    def text(self) -> str:
        return self.claim.text

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return self.claim.evidence

    @property
    def status(self) -> str:
        return self.assessment.status

    @property
    def explanation(self) -> str:
        return self.assessment.explanation

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "status": self.status, "explanation": self.explanation,
                "evidence": [evidence_to_dict(e) for e in self.evidence]}


def evidence_to_dict(item: Evidence) -> dict[str, Any]:
    """One piece of draft evidence in the ``crosscheck draft --json`` shape."""
    statement = item.statement
    return {"start": statement.start, "end": statement.end, "quote": statement.quote, "speaker": statement.speaker,
            "party": statement.party, "stance": item.stance, "kind": statement.kind, "cue": statement.cue}


@dataclass(frozen=True)
class Draft:
    """The draft cross-check of one document: its claims and the article's parties."""

    document: Any
    claims: tuple[DraftClaim, ...]
    parties: tuple[str, ...]
    party_names: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The ``crosscheck draft --json`` shape: ``{"document": {...}, "claims": [...]}``."""
        meta = {k: v for k, v in self.document.metadata.items() if v is not None}
        return {"document": {"id": self.document.id, "sha256": self.document.sha256, **meta},
                "claims": [c.to_dict() for c in self.claims]}


def draft_article(document, registry=None, statements=None) -> Draft:
    """Draft the claims of ``document`` (a :class:`crosscheck.Document`); see the module's docstring.

    ``registry`` (a :class:`crosscheck.Registry`) names known speakers by id; ``statements`` are the
    extractor's statements when already at hand.
    """
    found, voices = _propositions(document, registry, statements)
    weight = Weights(p.terms for p in found)
    sentence_terms = {number: terms(s.text) for number, s in enumerate(document.sentences)}
    points = merge_points(group(found, weight, sentence_terms), weight, headline=document.metadata.get("title") or "")
    public_on = document.published.date() if document.published else None
    ids = _statement_ids(found)
    drafted = [_evidence(point, document.id, public_on, ids) for point in points]
    parties = _article_parties(drafted, voices.outlet.party, registry)
    names = _party_names(drafted, registry)
    firsts: dict[str, Proposition] = {}     # each statement's first clause
    for proposition in found:
        firsts.setdefault(proposition.statement, proposition)
    claims, used = [], _Ids()
    for point, evidence in zip(points, drafted):
        anchor = None if point.question else _anchor(point)
        text = question_text(point.question) if anchor is None else claim_text(anchor, _sibling_subject(anchor, firsts))
        claim_id = _unique_id(text, used)
        claim = Claim(claim_id, text, group=document.id, evidence=tuple(evidence), draft=True,
                      note="Drafted by crosscheck; confirm, reword or delete.")
        claims.append(DraftClaim(claim, assess(claim_id, evidence, parties=parties, party_names=names)))
    return Draft(document, tuple(claims), tuple(parties), names)


def _propositions(document, registry=None, statements=None) -> tuple[list[Proposition], Voices]:
    """The document's propositions, and the voices that speak them."""
    if statements is None:
        from ..extract import extract_statements

        statements = extract_statements(document.text, actors=registry)
    outlet = document.metadata.get("outlet") or _host(document.metadata.get("url"))
    voices = Voices(registry, outlet, document.published, document.text)
    return propositions(document, statements, voices), voices


def _evidence(point: Point, document_id: str, public_on: dt.date | None, ids: dict[int, str]) -> list[Evidence]:
    negative, first_party = _framing(point)
    first = next((p for p in point.own if p.party == first_party), None)
    items, seen_parties, by_statement, placed = [], set(), {}, []
    for proposition, joined_as in sorted(point.members, key=lambda m: m[0].start):
        contradicts = first is not None and proposition.party != first_party and (
            other_figure(proposition, first) or rival_years(proposition, first) or _sets_aside(proposition, first))
        # a question puts its point itself: an answer that negates it denies it, whoever else answered
        put_forward = proposition.party == first_party and not (point.question and proposition.cues.negated)
        stance = stance_toward(proposition.cues, same_polarity=proposition.cues.negated == negative and not contradicts,
                               first_party=put_forward,
                               leading=proposition.party not in seen_parties, joined_as=joined_as,
                               counter=proposition.reason_for is not None and joined_as == "member")
        if point.question and stance in ("asserts", "confirms") and _beside_question(point.question, proposition):
            stance = "qualifies"    # an answer beside the question ("the memo was a draft") neither affirms nor denies
        if proposition.answers_denial and joined_as == "member":  # "Vos rejected Kestan's denial"
            stance = _against_denial(proposition, proposition.party == first_party)
        sibling = by_statement.get(proposition.statement)
        if sibling == "denies" and stance in ("asserts", "confirms"):  # "said talks had not broken down and that ..."
            stance = sibling
        stance = _against_counter(proposition, joined_as, stance, placed, first_party)
        placed.append((proposition, stance))
        by_statement.setdefault(proposition.statement, stance)
        seen_parties.add(proposition.party)
        statement = Statement(document_id, proposition.start, proposition.end, proposition.quote, proposition.speaker,
                              proposition.party, proposition.kind, proposition.cue, id=ids[proposition.index])
        items.append(Evidence(statement, stance, public_on))
    return items


def _against_counter(proposition: Proposition, joined_as: str, stance: str,
                     placed: list[tuple[Proposition, str]], first_party: str | None) -> str:
    """A bare denial of another party's statement that is worded against the point ('urgent referrals were
    still being scanned within two weeks' ... '"That is simply not true," said Dr Reeve'), and the reasons
    given for it, support the point: the answer's stance is the opposite of what it answers."""
    bare = proposition.cues.back_reference and proposition.cues.stance == "denies"
    if stance != "denies" or not (bare or joined_as == "reason"):
        return stance
    answered = next(((p, s) for p, s in reversed(placed) if p.party != proposition.party), None)
    if answered is None or answered[1] not in ("denies", "qualifies") or answered[0].party == first_party:
        return stance
    cues = answered[0].cues
    if proposition.party != first_party and not (cues.stance == "denies" or cues.negated or cues.hedged or cues.caveat):
        return stance       # set against the point by a figure alone: the denial may be of the point itself
    # (the party that put the point forward does not deny its own point: it rejects the answer to it)
    return "asserts" if proposition.party == first_party else "confirms"


def _beside_question(question: str, answer: Proposition) -> bool:
    """Does an answer speak beside the question it answers: no "yes", and less than half the question's words
    ("Asked whether the board had decided before the meeting, she said the memo was a draft")?"""
    if _AFFIRMATIVE.match(answer.quote):
        return False
    asked = terms(question)
    return bool(asked) and 2 * len(asked & answer.terms) < len(asked)


_AFFIRMATIVE = re.compile(r"^\W*(?:yes|yeah|absolutely|certainly|of course|indeed|definitely|correct|that's right)\b",
                          re.IGNORECASE)


def _sets_aside(proposition: Proposition, first: Proposition) -> bool:
    """Does a statement correct the point ("warned for lateness, not for refusing to sign" against "disciplined
    for refusing to sign a logbook"): what it sets aside is the point's own words?"""
    words = set_aside_words(proposition.quote)
    aside = terms(words)
    if len(aside & first.terms) >= min(2, len(aside)) > 0:
        return True
    return any(value in first.figures.values() for value in figures(words).values())   # "26 were cancelled, not 40"


def _against_denial(proposition: Proposition, first_party: bool) -> str:
    """The stance toward a point of a statement about another party's denial of it: rejecting or
    contradicting the denial supports the point ("Vos rejected Kestan's denial"; "the company's denial does
    not match what our members are hearing"); endorsing the denial denies it."""
    cues = proposition.cues
    if cues.stance == "declines":
        return "declines"
    against = cues.stance == "denies" or cues.negated
    if not against:
        return "denies"
    return "asserts" if first_party else "confirms"


def _sibling_subject(proposition: Proposition, firsts: dict[str, Proposition]) -> str:
    """The subject of the first clause of the statement a clause was cut from ("the minister respected
    ... and had not sought to ..."), for a clause that starts with its verb; else "". ``firsts`` holds each
    statement's first clause."""
    if proposition.extra.get("subject") and opens_with_infinitive(proposition.quote) and proposition.cue:
        return f"{proposition.extra['subject']} {proposition.cue}"   # "Okafor is expected | to undergo a medical"
    if not _NO_SUBJECT.match(proposition.quote):
        return ""
    if proposition.extra.get("subject"):
        return proposition.extra["subject"]     # the noun phrase before an aside ("The weapons, according to X,")
    sibling = firsts.get(proposition.statement) if proposition.statement else None
    first = _ASIDE.sub("", sibling.quote) if sibling is not None and sibling.start < proposition.start else ""
    if _NEGATED_REST.match(proposition.quote):
        return _subject_and_copula(first, sibling.cue if sibling is not None else "")
    subject = _SUBJECT.match(first)
    if subject is None and 0 < len(first.split()) <= 5 and not re.search(rf"\b{AUXILIARY}\b", first):
        return first.strip(" ,")    # "The weapons, according to Ms. Kerrigan, were found ...": the words before
    if subject and subject.group("subject").lower() == "it" and sibling.kind == "paraphrase" and sibling.cue:
        return sibling.voice.name   # "said it had no plans ... but would review ...": the body that said it
    return subject.group("subject") if subject else ""


def _subject_and_copula(first: str, cue: str) -> str:
    """The subject and the "to be" of a first clause ("the claim was" of "the claim was plausible", or of
    "described the claim as plausible"), which the "but not proven" after it shares; else ""."""
    first = unquoted(small_clause(first, cue) or first)
    match = _COPULA_SUBJECT.match(first)
    return f"{match.group('subject')} {match.group('copula')}" if match else ""


#: A clause that starts with its verb ("had not sought to influence the committee") or with the "not" of a
#: contrast cut from its first half ("plausible but not proven").
_NO_SUBJECT = re.compile(rf"^\W*(?:{AUXILIARY}|not)\b", re.IGNORECASE)
_NEGATED_REST = re.compile(r"^\W*not\b", re.IGNORECASE)
_COPULA_SUBJECT = re.compile(r"^\W*(?:that\s+)?(?P<subject>[\w'\u2019.&-]+(?:\s+[\w'\u2019.&-]+){0,6}?)\s+"
                             r"(?P<copula>is|are|was|were|will\s+be|would\s+be)\b", re.IGNORECASE)
#: A clause's subject: a name or a determiner's noun phrase, up to its verb ("the minister respected").
_SUBJECT = re.compile(rf"^\W*(?:that\s+)?(?P<subject>(?:[A-Z][\w'\u2019.&-]*|the|its|their|his|her|[a-z]+(?=\s+{AUXILIARY}\b))"
                      rf"(?:\s+[\w'\u2019.&-]+){{0,4}}?)\s+(?:{AUXILIARY}|\w+ed)\b")
_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,]{1,80},")


def _statement_ids(found: list[Proposition]) -> dict[int, str]:
    """An id for each statement, the same in every claim it bears on: its speaker and first words."""
    ids, used = {}, _Ids()
    for proposition in found:
        words = [w for w in _id_words(f"{proposition.speaker} {proposition.quote}") if w not in _ID_SKIP]
        ids[proposition.index] = _unique_id(" ".join(words[:6]), used)
    return ids


_ID_SKIP = frozenset("the a an of to that and".split())


def _id_words(text: str) -> list[str]:
    """The words of an id, as crosscheck.layout.slug makes them (accents dropped, apostrophes elided)."""
    return [w for w in slug(text, limit=len(text) + 1, empty="").split("-") if w]


def _framing(point: Point) -> tuple[bool, str | None]:
    """Whether the point is worded negatively, and the party that put it forward first.

    An interview question frames its point positively and puts it forward itself ("Has Kovac asked to
    leave?"); otherwise the first party is the earliest said (else first in the article) that states it,
    and the point is negative when that party's first statement of it is; but when that party also denies
    the point in so many words ("denied that it planned ..."), the point is what it denies, worded
    positively, and put forward by none of the article's parties.
    """
    stating = [p for p in point.own if p.cues.stance in ("asserts", "confirms")]
    if point.question:
        supporters = [p for p in point.members_in_order if not p.cues.negated and p.cues.stance in ("asserts", "confirms")]
        return False, supporters[0].party if supporters else None
    candidates = [p for p in stating if p.cues.stance == "asserts"] or stating or point.own or [point.members[0][0]]
    dated = [p for p in candidates if p.said_days_back]
    first = max(dated, key=lambda p: (p.said_days_back, -p.start)) if dated else candidates[0]
    if first.cues.negated and any(p.party == first.party and p.cues.stance == "denies" and not p.cues.back_reference
                                  for p, _ in point.members):
        return False, None      # "denied a report that it planned to close 40 stores. 'There is no plan ...'":
    return first.cues.negated, first.party    # the point is what it denies, put forward by none of its speakers


def _anchor(point: Point) -> Proposition:
    """The statement whose words best state the point: reported before quoted, first in the article."""
    negative, _ = _framing(point)
    own = point.own or [point.members[0][0]]
    stating = [p for p in own if p.cues.negated == negative and p.cues.stance not in ("declines", "denies")] or own
    reported = [p for p in stating if p.kind != "direct"]
    anchor = (reported or stating)[0]
    if _VAGUE.match(anchor.quote):  # "he agreed to that": a refusal's question says what was asked
        asked = [p for p, _ in point.members if p.cues.stance == "declines" and _WHETHER.search(p.quote)]
        return asked[0] if asked else anchor
    return anchor


_VAGUE = re.compile(r"^\W*(?:and\s+|but\s+)?(?:he|she|it|they|this|that)\s+\w+(?:\s+\w+)?\s+(?:that|it|this|so)\W*$",
                    re.IGNORECASE)
_WHETHER = re.compile(r"\b(?:whether|if)\s+\w", re.IGNORECASE)


def _article_parties(drafted: list[list[Evidence]], outlet: str, registry) -> list[str]:
    """This article's sides: parties other than the outlet (and agencies) with two or more statements."""
    counts: dict[str, int] = {}
    for evidence in drafted:
        for item in evidence:
            counts[item.party] = counts.get(item.party, 0) + 1
    parties = []
    for party, count in counts.items():
        kind = registry.parties[party].kind if registry and party in registry.parties else None
        if party != outlet and count >= 2 and kind not in ("outlet", "agency"):
            parties.append(party)
    return parties


def _party_names(drafted: list[list[Evidence]], registry) -> dict[str, str]:
    names = {}
    for evidence in drafted:
        for item in evidence:
            known = registry.parties.get(item.party) if registry else None
            names[item.party] = known.name if known else item.party
    return names


class _Ids:
    """Ids issued in one draft: a base taken twice gets -2, -3, ... (counted on, so n repeats cost n steps)."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next: dict[str, int] = {}

    def issue(self, base: str) -> str:
        claim_id, number = base, self.next.get(base, 2)
        while claim_id in self.used:
            claim_id, number = f"{base}-{number}", number + 1
        self.next[base] = number
        self.used.add(claim_id)
        return claim_id


def _unique_id(text: str, used: _Ids) -> str:
    words = _id_words(text)
    base = "-".join(w for w in words if w not in ("the", "a", "an", "of", "to", "open", "question"))[:48].strip("-")
    base = base.rsplit("-", 1)[0] if len(base) == 48 and "-" in base else base
    return used.issue(base or "claim")


def _host(url: Any) -> str | None:
    match = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", str(url or ""))
    return match.group(1) if match else None


def format_draft(draft: Draft, width: int = 100) -> str:
    """The draft as text for the terminal: each claim, its status and why, and its evidence by stance."""
    lines = [f"{draft.document.title}: {len(draft.claims)} draft claim(s); parties: "
             + (", ".join(draft.party_names.get(p, p) for p in draft.parties) or "none")]
    for number, claim in enumerate(draft.claims, 1):
        lines += ["", f"{number:>3}. {claim.text}", f"     {claim.id}  [{claim.status}]  {claim.explanation}"]
        for item in claim.evidence:
            statement = item.statement
            who = statement.speaker if statement.speaker == statement.party else f"{statement.speaker} ({statement.party})"
            quote = " ".join(statement.quote.split())
            quote = quote if len(quote) <= width - 30 else quote[:width - 31] + "\u2026"
            lines.append(f"       {item.stance:<9} {who}, {statement.kind} {statement.start}-{statement.end}: \"{quote}\"")
    return "\n".join(lines)
