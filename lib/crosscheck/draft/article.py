"""The draft of one article: its points as draft claims, each with its evidence, stances and status.

``draft_article(document, registry=None)`` extracts the article's statements, cuts them into
propositions, groups those into points, gives each proposition its stance toward each point it bears
on, words each point as a claim and derives its status with the ledger's own rules
(:func:`crosscheck.status.assess`), naming as silent only this article's parties. Nothing is written.

A :class:`DraftClaim` and its :class:`DraftEvidence` map one to one onto a ledger claim and its evidence
entries (``text``; ``start``, ``end``, ``quote``, ``speaker``, ``kind``, ``cue``, ``stance``), with
``speaker`` and ``party`` the registry's ids where it knows the speaker, else names.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ..status import assess
from .grouping import Point, group
from .propositions import Proposition, propositions
from .speakers import Voices
from .stance import stance_toward
from .terms import Weights
from .wording import claim_text

EVIDENCE_KEYS = ("start", "end", "quote", "speaker", "party", "stance", "kind", "cue")


@dataclass(frozen=True)
class DraftEvidence:
    """One statement's stance on a draft claim; ``document.text[start:end] == quote``."""

    start: int
    end: int
    quote: str
    speaker: str
    party: str
    stance: str
    kind: str
    cue: str = ""
    public_on: dt.date | None = None

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in EVIDENCE_KEYS}


@dataclass(frozen=True)
class DraftClaim:
    """A drafted claim: a checkable point, the evidence bearing on it and its derived status."""

    id: str
    text: str
    status: str
    explanation: str
    credibility: int
    evidence: tuple[DraftEvidence, ...]

    @property
    def parties(self) -> list[str]:
        return list(dict.fromkeys(e.party for e in self.evidence))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "status": self.status, "explanation": self.explanation,
                "evidence": [e.to_dict() for e in self.evidence]}


@dataclass(frozen=True)
class Draft:
    """The draft cross-check of one document."""

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
    if statements is None:
        from ..extract import extract_statements

        statements = extract_statements(document.text, actors=registry)
    outlet = document.metadata.get("outlet") or _host(document.metadata.get("url"))
    voices = Voices(registry, outlet, document.published)
    found = propositions(document, statements, voices)
    weight = Weights(p.terms for p in found)
    points = group(found, weight)
    public_on = document.published.date() if document.published else None
    drafted = [_evidence(point, public_on) for point in points]
    parties = _article_parties(drafted, voices.outlet.party, registry)
    names = _party_names(drafted, registry)
    claims, used = [], set()
    for point, evidence in zip(points, drafted):
        text = claim_text(_anchor(point))
        claim_id = _unique_id(text, used)
        result = assess(claim_id, evidence, parties=parties, party_names=names)
        claims.append(DraftClaim(claim_id, text, result.status, result.explanation, result.credibility,
                                 tuple(evidence)))
    return Draft(document, tuple(claims), tuple(parties), names)


def _evidence(point: Point, public_on: dt.date | None) -> list[DraftEvidence]:
    negative = _negative(point)
    first_party = _first_party(point, negative)
    items = []
    for proposition, joined_as in sorted(point.members, key=lambda m: m[0].start):
        stance = stance_toward(proposition.cues, same_polarity=proposition.cues.negated == negative,
                               first_party=proposition.party == first_party, joined_as=joined_as)
        items.append(DraftEvidence(proposition.start, proposition.end, proposition.quote, proposition.speaker,
                                   proposition.party, stance, proposition.kind, proposition.cue, public_on))
    return items


def _negative(point: Point) -> bool:
    """A point is worded negatively only when every statement of it is negated ("No X was received")."""
    stating = [p for p in point.own if p.cues.stance not in ("declines", "denies")]
    return bool(stating) and all(p.cues.negated for p in stating)


def _first_party(point: Point, negative: bool) -> str:
    """The party that put the point forward first: the earliest said, else the first in the article."""
    stating = [p for p in point.own if p.cues.stance == "asserts" and p.cues.negated == negative] \
        or [p for p in point.own if p.cues.stance in ("asserts", "confirms")] or point.own or [point.members[0][0]]
    dated = [p for p in stating if p.said_days_back]
    if dated:
        return max(dated, key=lambda p: (p.said_days_back, -p.start)).party
    return stating[0].party


def _anchor(point: Point) -> Proposition:
    """The statement whose words best state the point: reported before quoted, first in the article."""
    negative = _negative(point)
    own = point.own or [point.members[0][0]]
    stating = [p for p in own if p.cues.negated == negative and p.cues.stance not in ("declines", "denies")] or own
    reported = [p for p in stating if p.kind != "direct"]
    return (reported or stating)[0]


def _article_parties(drafted: list[list[DraftEvidence]], outlet: str, registry) -> list[str]:
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


def _party_names(drafted: list[list[DraftEvidence]], registry) -> dict[str, str]:
    names = {}
    for evidence in drafted:
        for item in evidence:
            known = registry.parties.get(item.party) if registry else None
            names[item.party] = known.name if known else item.party
    return names


def _unique_id(text: str, used: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", text.casefold().replace("'", ""))
    base = "-".join(w for w in words if w not in ("the", "a", "an", "of", "to", "open", "question"))[:48].strip("-")
    base = base.rsplit("-", 1)[0] if len(base) == 48 and "-" in base else base
    base = base or "claim"
    claim_id, number = base, 2
    while claim_id in used:
        claim_id, number = f"{base}-{number}", number + 1
    used.add(claim_id)
    return claim_id


def _host(url: Any) -> str | None:
    match = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", str(url or ""))
    return match.group(1) if match else None
