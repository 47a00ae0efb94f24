"""The written rules from stances and findings to a claim's status, credibility and explanation.

The rules, applied in this order to the evidence public by the chosen date:

1. **inconsistent**: a consistency finding of severity ``error`` falls inside a quote the claim rests on
   (for example a stated duration that does not fit the stated end date).
2. **contested**: some party denies the claim.
3. **unverifiable**: no party asserts, confirms or qualifies it: nothing in the sources can settle it.
4. **confirmed**: two or more independent parties (different parties) assert or confirm it, and every
   claim it depends on is confirmed too.
5. **unconfirmed**: otherwise. It rests on one party's word; the others are silent, decline or qualify,
   or a claim it depends on is not confirmed.

A party's stance on a claim is the strongest of its statements' stances, in the order denies,
qualifies, asserts, confirms, declines; a party without statements is silent. When the reports of one
party's words disagree (one report has it confirming, another declining), the party's stance is the
supporting one, the disagreement is named in the explanation and the credibility drops one grade.

Credibility is the Admiralty information grade: 1 confirmed by other sources, 2 probably true,
3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged. It follows the status:
confirmed 1; unconfirmed 3 (2 when every other party that spoke qualifies rather than declines);
contested 4; inconsistent 4; unverifiable 6.

The ClaimReview rating (1 worst to 5 best) is: confirmed 5, unconfirmed 3, unverifiable 3,
contested 2, inconsistent 2, with the status as its ``alternateName``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from .claims import SILENT, SUPPORTING
from .findings import Finding

STATUSES = {
    "confirmed": "asserted by one party and confirmed by an independent one",
    "contested": "a party denies it",
    "unconfirmed": "rests on one party's word; the others silent or declining",
    "inconsistent": "a consistency finding counts against it",
    "unverifiable": "nothing in the sources can settle it",
}
CREDIBILITY = {
    1: "confirmed by other sources",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "truth cannot be judged",
}
RATING = {"confirmed": 5, "unconfirmed": 3, "unverifiable": 3, "contested": 2, "inconsistent": 2}
_PRECEDENCE = ("denies", "qualifies", "asserts", "confirms", "declines")


class StanceRecord(Protocol):
    """What the rules need of a piece of evidence (article or outside)."""

    party: str
    stance: str
    public_on: dt.date | None


@dataclass(frozen=True)
class Assessment:
    """A claim's derived status with its grade, rating and a one-sentence explanation."""

    claim: str
    status: str
    credibility: int
    explanation: str
    stances: dict[str, str] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    conflicting: tuple[str, ...] = ()

    @property
    def rating(self) -> dict[str, Any]:
        return {"ratingValue": RATING[self.status], "bestRating": 5, "worstRating": 1,
                "alternateName": self.status}


def public_by(evidence: Iterable[StanceRecord], as_of: dt.date | None) -> list[StanceRecord]:
    """The evidence that was public on ``as_of`` (all of it when ``as_of`` is None)."""
    if as_of is None:
        return list(evidence)
    return [item for item in evidence if item.public_on is None or item.public_on <= as_of]


def party_stances(evidence: Iterable[StanceRecord]) -> tuple[dict[str, str], tuple[str, ...]]:
    """Each speaking party's stance, and the parties whose reported stances disagree."""
    by_party: dict[str, set[str]] = {}
    for item in evidence:
        by_party.setdefault(item.party, set()).add(item.stance)
    stances, conflicting = {}, []
    for party, found in by_party.items():
        if found & set(SUPPORTING) and found & {"declines", "denies"}:
            conflicting.append(party)
            stances[party] = next(s for s in _PRECEDENCE if s in found and s in SUPPORTING)
            continue
        stances[party] = next(s for s in _PRECEDENCE if s in found)
    return stances, tuple(conflicting)


def assess(
    claim_id: str,
    evidence: Iterable[StanceRecord],
    *,
    findings: Iterable[Finding] = (),
    depends_on: Mapping[str, "Assessment"] | None = None,
    parties: Iterable[str] = (),
    party_names: Mapping[str, str] | None = None,
    as_of: dt.date | None = None,
) -> Assessment:
    """Apply the rules above to one claim.

    ``findings`` are the error findings that fall inside the claim's quotes (see ``findings_against``);
    ``depends_on`` maps each claim this one rests on to its assessment; ``parties`` lists parties to
    name as silent when they said nothing.
    """
    names = dict(party_names or {})
    name = lambda party: names.get(party, party)  # noqa: E731
    visible = public_by(evidence, as_of)
    stances, conflicting = party_stances(visible)
    for party in parties:
        stances.setdefault(party, SILENT)
    against = tuple(f for f in findings if f.severity == "error")
    supporters = [p for p, s in stances.items() if s in SUPPORTING]
    qualifiers = [p for p, s in stances.items() if s == "qualifies"]
    deniers = [p for p, s in stances.items() if s == "denies"]
    others = _others(stances, supporters)
    weak_deps = {cid: a for cid, a in (depends_on or {}).items() if a.status != "confirmed"}
    when = f" by {as_of.isoformat()}" if as_of else ""

    if not visible:
        status, credibility = "unverifiable", 6
        explanation = f"Unverifiable: no statement on it was public{when}."
    elif against:
        status, credibility = "inconsistent", 4
        explanation = "Inconsistent: " + "; ".join(f"{f.kind}: {f.message}" for f in against)
    elif deniers:
        status, credibility = "contested", 4
        backers = supporters + qualifiers
        explanation = (
            f"Contested: {_join(map(name, deniers))} {'denies' if len(deniers) == 1 else 'deny'} it"
            + (f", against {_join(map(name, backers))}." if backers else ".")
        )
    elif not supporters and not qualifiers:
        status, credibility = "unverifiable", 6
        explanation = "Unverifiable: no party asserts it; " + _describe(others, name) + "."
    elif len(supporters) >= 2 and not weak_deps:
        status, credibility = "confirmed", 1
        explanation = (
            f"Confirmed: {_join(map(name, supporters))} independently "
            f"{'assert or confirm' if len(supporters) > 2 else 'both assert or confirm'} it"
            + (f"; {_describe(others, name)}" if others else "")
            + "."
        )
    else:
        status = "unconfirmed"
        speakers = [p for p in stances if stances[p] != SILENT]
        credibility = 2 if speakers and all(stances[p] in SUPPORTING + ("qualifies",) for p in speakers) and len(speakers) > 1 else 3
        if len(supporters) >= 2:
            explanation = (
                f"Unconfirmed: {_join(map(name, supporters))} assert it, but it rests on "
                + _join(f"{cid} ({a.status})" for cid, a in weak_deps.items())
                + "."
            )
        else:
            base = supporters or qualifiers
            explanation = f"Unconfirmed: rests on the word of {_join(map(name, base))}" + (
                f"; {_describe(others, name)}." if others else "."
            )
            if weak_deps:
                explanation = explanation[:-1] + "; and it rests on " + _join(
                    f"{cid} ({a.status})" for cid, a in weak_deps.items()) + "."
    if conflicting:
        explanation += f" Reports of {_join(map(name, conflicting))}'s answer disagree."
        credibility = min(6, credibility + 1)
    return Assessment(claim_id, status, credibility, explanation, stances, against, conflicting)


def _others(stances: Mapping[str, str], supporters: list[str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for party, stance in stances.items():
        if party not in supporters:
            grouped.setdefault(stance, []).append(party)
    return grouped


_VERBS = {"qualifies": "qualifies", "declines": "declines to confirm", "denies": "denies", SILENT: "is silent"}
_PLURAL = {"qualifies": "qualify", "declines": "decline to confirm", "denies": "deny", SILENT: "are silent"}


def _describe(others: Mapping[str, list[str]], name) -> str:
    parts = []
    for stance in ("qualifies", "declines", "denies", SILENT):
        members = others.get(stance, [])
        if members:
            verb = _VERBS[stance] if len(members) == 1 else _PLURAL[stance]
            parts.append(f"{_join(map(name, members))} {verb}")
    return "; ".join(parts)


def _join(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
