"""The written rules: from the reports of the parties' words to a claim's status, credibility and explanation.

**A party's stance on a claim** is weighed from every report of its words public by the chosen date (the
articles' statements and the outside reports), in four steps:

1. *One account per line of reporting.* The reports of one outlet are one account, however many copies
   carry them: copies of one agency's report through different carriers count once, and so do two
   articles of one outlet. A report that relays another outlet's account (Ukrinform citing the BBC)
   belongs to that outlet's line. A report that relays an unnamed original (an aggregator's copy) may
   be a copy of any other report: it adds nothing to a side that another account takes, and alone on its
   side it counts as one account. A report its outlet has superseded with a later version of its own (a
   correction or an update, public by the date) no longer counts.
2. *Ranking.* A report ranks by its source grade first (the Admiralty grade A-F of the outlet, or of the
   carrier's copy, as recorded), then a direct quote (or an outlet's own narration) over a paraphrase,
   then first-hand over relayed.
3. *Within one account* its best-ranked reports speak for it: the outlet's direct quote of the party over
   its paraphrase. Among equally ranked reports the strongest stance holds, in the order denies,
   qualifies, asserts, confirms, declines (a party that asserts with a caveat qualifies).
4. *Across accounts.* The accounts fall on three sides: for (asserts, confirms or qualifies: a
   qualification is support with a reservation, and it governs the side when an account has it),
   declines, and denies. When every account is on one side, that is the party's stance. When they
   disagree, a side settles it only if its best account outranks the best account of every other side
   and the other sides together do not outnumber it. Otherwise the party's stance is **disputed**.

*Disputed* is a resolved state, never one an analyst records on a statement: it is not support, not a
qualification and not a denial. A party with no report is *silent*. People of one party are one party.

**A claim's status**, the first of these rules that applies:

1. **inconsistent**: a consistency finding of severity ``error`` falls inside a quote the claim rests on
   (for example a stated duration that does not fit the stated end date).
2. **contested**: some party denies the claim (a disputed stance is not a denial).
3. **unverifiable**: no party asserts, confirms or qualifies it, not even in one account of a disputed
   stance: nothing in the sources can settle it.
4. **confirmed**: two or more independent parties assert or confirm it, and every claim it depends on is
   confirmed too. A disputed stance never counts as support, so a claim whose confirmation rests on one is
   not confirmed. Independent means: not one party, and not one source. An outlet's narration is that
   outlet's word, and it is the word of the outlet or agency whose copy it repeats (an outside report
   that relays it; the agencies an article names as its sources, ``agencies`` in the document's
   metadata): a claim that rests on one outlet's narration, its own sources silent, is not confirmed by
   a second outlet repeating the same agency copy. Which outlet an article's statements are an account
   of, and at what grade, is settled when the ledger loads (see crosscheck.provenance).
5. **unconfirmed**: otherwise. It rests on one party's word (or one source's); the others are silent,
   decline, qualify or are disputed, or a claim it depends on is not confirmed.

Credibility is the Admiralty information grade: 1 confirmed by other sources, 2 probably true,
3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged. It follows the status:
confirmed 1 (2 when some party's stance is disputed); unconfirmed 3 (2 when every other party that spoke
qualifies rather than declines, and they are independent sources; a disputed party does not qualify);
contested 4; inconsistent 4; unverifiable 6.

The explanation names every party whose accounts disagree, the accounts each way with their grades, and
whether the weight settled it. The ClaimReview rating (1 worst to 5 best) is: confirmed 5, unconfirmed 3,
unverifiable 3, contested 2, inconsistent 2, with the status as its ``alternateName``.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
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
DISPUTED = "disputed"
GRADES = "ABCDEF"
HANDS = ("first-hand", "relayed", "unsourced")
_PRECEDENCE = ("denies", "qualifies", "asserts", "confirms", "declines")
_SIDE = {"asserts": "for", "confirms": "for", "qualifies": "for", "declines": "declines", "denies": "denies"}


def rank(grade: str, kind: str, hand: str) -> tuple[int, int, int]:
    """A report's weight, lower is weightier: grade, then a quote or narration over a paraphrase, then hand."""
    return GRADES.index(grade), int(kind == "paraphrase"), int(hand != "first-hand")


class StanceRecord(Protocol):
    """The least the rules need of a piece of evidence; each such record is its own account."""

    party: str
    stance: str
    public_on: dt.date | None


@dataclass(frozen=True)
class Report:
    """One report of a party's words on a claim, as the rules weigh it.

    ``line`` is whose account it is (the outlet, or the outlet it relays); reports of one line are one
    account, and an empty line makes the report its own. ``hand`` is first-hand, relayed (another
    outlet's account) or unsourced (a copy of an unnamed original). ``origins`` are, for an outlet's own
    narration, the outlets and agencies whose copy it is.
    """

    party: str
    stance: str
    public_on: dt.date | None = None
    line: str = ""
    grade: str = "F"
    kind: str = "paraphrase"
    hand: str = "first-hand"
    source: str = ""
    origins: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if self.stance not in _SIDE or self.grade not in GRADES or self.hand not in HANDS:
            raise ValueError(f"report {self.source or self.party!r}: stance {self.stance!r}, grade {self.grade!r} "
                             f"or hand {self.hand!r} is not one the rules know")

    @property
    def rank(self) -> tuple[int, int, int]:
        return rank(self.grade, self.kind, self.hand)


@dataclass(frozen=True)
class Account:
    """One line of reporting on a party's words: its stance, from its best-ranked reports."""

    line: str
    stance: str
    grade: str
    kind: str
    hand: str
    sources: tuple[str, ...]

    @property
    def rank(self) -> tuple[int, int, int]:
        return rank(self.grade, self.kind, self.hand)

    @property
    def label(self) -> str:
        """The grade, with "quoted" for a direct quote and "relayed"/"unsourced" for a second-hand report."""
        return " ".join([self.grade] + (["quoted"] if self.kind == "direct" else [])
                        + ([self.hand] if self.hand != "first-hand" else []))

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "stance": self.stance, "grade": self.grade, "kind": self.kind,
                "hand": self.hand, "sources": list(self.sources)}


@dataclass(frozen=True)
class Weighing:
    """A party's resolved stance on a claim and the accounts on each side, weightiest side first."""

    party: str
    stance: str
    sides: dict[str, tuple[Account, ...]]
    superseded: tuple[str, ...] = ()

    @property
    def disputed(self) -> bool:
        return self.stance == DISPUTED

    @property
    def disagree(self) -> bool:
        """The accounts fall on more than one side (whether or not the weight settled it)."""
        return len(self.sides) > 1

    def counts(self) -> dict[str, dict[str, Any]]:
        """Per side: how many accounts, and their grades."""
        return {side: {"count": len(accounts), "grades": [a.grade for a in accounts]}
                for side, accounts in self.sides.items()}

    def summary(self) -> str:
        """The stance with the accounts each way: "disputed, 2 B reports each way", "confirms: 1 confirms (C)"."""
        labels = [sorted(a.label for a in accounts) for accounts in self.sides.values()]
        if len(labels) > 1 and all(x == labels[0] for x in labels) and len(set(labels[0])) == 1:
            n = len(labels[0])
            return f"{self.stance}, {n} {labels[0][0]} report{'s' if n > 1 else ''} each way"
        return f"{self.stance}: " + "; ".join(_each_side(self))

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party, "stance": self.stance, "summary": self.summary(),
                "sides": {side: [a.to_dict() for a in accounts] for side, accounts in self.sides.items()},
                "superseded": list(self.superseded)}


@dataclass(frozen=True)
class Assessment:
    """A claim's derived status with its grade, rating, explanation and each party's weighed stance."""

    claim: str
    status: str
    credibility: int
    explanation: str
    stances: dict[str, str] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    conflicting: tuple[str, ...] = ()
    weighings: dict[str, Weighing] = field(default_factory=dict)

    @property
    def disputed(self) -> tuple[str, ...]:
        """The parties whose stance the weight did not settle."""
        return tuple(p for p, s in self.stances.items() if s == DISPUTED)

def public_by(evidence: Iterable[StanceRecord], as_of: dt.date | None) -> list[StanceRecord]:
    """The evidence that was public on ``as_of`` (all of it when ``as_of`` is None)."""
    if as_of is None:
        return list(evidence)
    return [item for item in evidence if item.public_on is None or item.public_on <= as_of]


def as_report(record: StanceRecord | Report) -> Report:
    """A record as a report; a bare record (party, stance, date) is its own account, grade F."""
    if isinstance(record, Report):
        return record
    return Report(record.party, record.stance, record.public_on)


def _strongest(stances: Iterable[str]) -> str:
    found = set(stances)
    return next(s for s in _PRECEDENCE if s in found)


def _account(line: str, reports: Sequence[Report]) -> Account:
    """Step 3: the best-ranked reports of one line speak for it; among them the strongest stance holds."""
    best = min(r.rank for r in reports)
    top = [r for r in reports if r.rank == best]
    lead = top[0]
    sources = tuple(dict.fromkeys(r.source for r in reports if r.source))
    return Account(line, _strongest(r.stance for r in top), lead.grade, lead.kind, lead.hand, sources)


def accounts_of(reports: Sequence[Report]) -> list[Account]:
    """Step 1: one account per line of reporting; unsourced copies only where no account takes their side."""
    lines: dict[str, list[Report]] = {}
    unsourced: dict[str, list[Report]] = {}
    for index, report in enumerate(reports):
        if report.hand == "unsourced":
            unsourced.setdefault(_SIDE[report.stance], []).append(report)
        else:
            lines.setdefault(report.line or f"#{index}", []).append(report)
    accounts = [_account(line, group) for line, group in lines.items()]
    taken = {_SIDE[a.stance] for a in accounts}
    accounts += [_account("unsourced", group) for side, group in unsourced.items() if side not in taken]
    return accounts


def weigh(party: str, reports: Sequence[Report], superseded: Collection[str] = ()) -> Weighing:
    """A party's stance on one claim from every report of its words (the four steps above)."""
    dropped = tuple(dict.fromkeys(r.source for r in reports if r.source and r.source in superseded))
    live = [r for r in reports if not (r.source and r.source in superseded)]
    by_side: dict[str, list[Account]] = {}
    for account in accounts_of(live):
        by_side.setdefault(_SIDE[account.stance], []).append(account)
    ordered = sorted(by_side.values(), key=lambda accounts: min(a.rank for a in accounts))
    sides = {_strongest(a.stance for a in accounts): tuple(sorted(accounts, key=lambda a: a.rank))
             for accounts in ordered}
    if len(sides) <= 1:  # no side left: every report was superseded by a version silent on the claim
        return Weighing(party, next(iter(sides), SILENT), sides, dropped)
    first, *rest = sides.values()
    outranks = first[0].rank < rest[0][0].rank
    outnumbered = len(first) < sum(len(accounts) for accounts in rest)
    stance = next(iter(sides)) if outranks and not outnumbered else DISPUTED
    return Weighing(party, stance, sides, dropped)


def independent_groups(supporters: Sequence[str], reports: Sequence[Report]) -> list[list[str]]:
    """Supporting parties grouped by shared source: an outlet's narration joins the outlets whose copy it is."""
    keys = {party: {party} for party in supporters}
    for report in reports:
        if report.party in keys:
            keys[report.party] |= report.origins
    groups: list[tuple[list[str], set[str]]] = []
    for party in supporters:
        joined = [g for g in groups if g[1] & keys[party]]
        members, shared = [party], set(keys[party])
        for g in joined:
            members, shared = g[0] + members, shared | g[1]
        groups = [g for g in groups if g not in joined] + [(members, shared)]
    return [members for members, _ in groups]


def assess(
    claim_id: str,
    evidence: Iterable[StanceRecord | Report],
    *,
    findings: Iterable[Finding] = (),
    depends_on: Mapping[str, "Assessment"] | None = None,
    parties: Iterable[str] = (),
    party_names: Mapping[str, str] | None = None,
    as_of: dt.date | None = None,
    superseded: Collection[str] = (),
) -> Assessment:
    """Apply the rules above to one claim.

    ``evidence`` holds Reports (or bare records, each its own account); ``findings`` are the error
    findings that fall inside the claim's quotes (see ``Ledger.findings_against``); ``depends_on`` maps
    each claim this one rests on to its assessment; ``parties`` lists parties to name as silent when they
    said nothing; ``superseded`` names reports set aside by their outlet's later version.
    """
    visible = [as_report(r) for r in public_by(evidence, as_of)]
    reports = [r for r in visible if not (r.source and r.source in superseded)]
    by_party: dict[str, list[Report]] = {}
    for report in visible:
        by_party.setdefault(report.party, []).append(report)
    weighings = {party: weigh(party, group, superseded) for party, group in by_party.items()}
    stances = {party: w.stance for party, w in weighings.items()}
    for party in parties:
        stances.setdefault(party, SILENT)
    facts = _Facts(stances, weighings, reports, tuple(f for f in findings if f.severity == "error"),
                   {cid: a for cid, a in (depends_on or {}).items() if a.status != "confirmed"},
                   dict(party_names or {}), as_of)
    status, credibility, explanation = _derive(facts)
    conflicting = tuple(p for p, w in weighings.items() if w.disagree)
    for party in conflicting:
        explanation += " " + _dispute_sentence(weighings[party], facts.name)
    return Assessment(claim_id, status, credibility, explanation, stances, facts.against, conflicting, weighings)


@dataclass
class _Facts:
    """What the status rules look at, gathered once."""

    stances: dict[str, str]
    weighings: dict[str, Weighing]
    reports: list[Report]
    against: tuple[Finding, ...]
    weak_deps: dict[str, Assessment]
    names: dict[str, str]
    as_of: dt.date | None

    def name(self, party: str) -> str:
        return self.names.get(party, party)

    def having(self, *wanted: str) -> list[str]:
        return [p for p, s in self.stances.items() if s in wanted]

    @property
    def disputed_for(self) -> list[str]:
        """Disputed parties with at least one account for the claim."""
        return [p for p in self.having(DISPUTED) if any(_SIDE[s] == "for" for s in self.weighings[p].sides)]


def _derive(f: _Facts) -> tuple[str, int, str]:
    """Rules 1 to 5 with the credibility and the explanation's first sentence."""
    supporters, qualifiers, deniers = f.having(*SUPPORTING), f.having("qualifies"), f.having("denies")
    when = f" by {f.as_of.isoformat()}" if f.as_of else ""
    if not f.reports:
        return "unverifiable", 6, f"Unverifiable: no statement on it was public{when}."
    if f.against:
        return "inconsistent", 4, "Inconsistent: " + "; ".join(f"{x.kind}: {x.message}" for x in f.against)
    if deniers:
        backers = supporters + qualifiers
        return "contested", 4, (
            f"Contested: {_join(map(f.name, deniers))} {'denies' if len(deniers) == 1 else 'deny'} it"
            + (f", against {_join(map(f.name, backers))}." if backers else "."))
    if not supporters and not qualifiers and not f.disputed_for:
        others = _describe(f, [])
        return "unverifiable", 6, "Unverifiable: no party asserts it" + (f"; {others}." if others else ".")
    groups = independent_groups(supporters, f.reports)
    if len(groups) >= 2 and not f.weak_deps:
        others = _describe(f, supporters)
        joined = [g for g in groups if len(g) > 1]
        return "confirmed", 2 if f.having(DISPUTED) else 1, (
            f"Confirmed: {_join(map(f.name, supporters))} independently "
            f"{'assert or confirm' if len(supporters) > 2 else 'both assert or confirm'} it"
            + "".join(f" ({_join(map(f.name, g))} count as one: {_shared(g, f)})" for g in joined)
            + (f"; {others}" if others else "") + ".")
    return "unconfirmed", _unconfirmed_grade(f), _unconfirmed_reason(f, supporters, qualifiers, groups)


def _unconfirmed_grade(f: _Facts) -> int:
    """2 when everyone who spoke backs it (asserts, confirms or qualifies) and they are more than one source."""
    speakers = [p for p, s in f.stances.items() if s != SILENT]
    backing = all(f.stances[p] in SUPPORTING + ("qualifies",) for p in speakers)
    return 2 if backing and len(independent_groups(speakers, f.reports)) > 1 else 3


def _unconfirmed_reason(f: _Facts, supporters: list[str], qualifiers: list[str], groups: list[list[str]]) -> str:
    deps = _join(f"{cid} ({a.status})" for cid, a in f.weak_deps.items())
    if len(supporters) >= 2:
        text = f"Unconfirmed: {_join(map(f.name, supporters))} assert it, but "
        if len(groups) < 2:
            text += f"not independently: {_shared(supporters, f)}"
            return text + (f"; and it rests on {deps}." if deps else ".")
        return text + f"it rests on {deps}."
    base = supporters or qualifiers
    if base:
        text = f"Unconfirmed: rests on the word of {_join(map(f.name, base))}"
    else:
        base = f.disputed_for
        text = f"Unconfirmed: rests on disputed reports of {_join(map(f.name, base))}"
    others = _describe(f, base)
    text += f"; {others}." if others else "."
    return text[:-1] + f"; and it rests on {deps}." if deps else text


def _shared(members: Sequence[str], f: _Facts) -> str:
    """The source that parties counted as one have in common: "they repeat AFP's copy"."""
    keys = [{p}.union(*(r.origins for r in f.reports if r.party == p)) for p in members]
    common = sorted({k for k in set().union(*keys) if sum(k in ks for ks in keys) > 1})
    return f"they repeat {_join(map(f.name, common))}'s copy" if common else "they share one source"


_VERBS = {"qualifies": ("qualifies", "qualify"), "declines": ("declines to confirm", "decline to confirm"),
          "denies": ("denies", "deny"), SILENT: ("is silent", "are silent"),
          "asserts": ("asserts", "assert"), "confirms": ("confirms", "confirm")}


def _describe(f: _Facts, shown: list[str]) -> str:
    """The other parties by stance; disputed ones are left to their own sentence."""
    parts = []
    for stance in ("qualifies", "declines", "denies", SILENT):
        members = [p for p in f.having(stance) if p not in shown]
        if members:
            parts.append(f"{_join(map(f.name, members))} {_VERBS[stance][len(members) > 1]}")
    return "; ".join(parts)


def _dispute_sentence(w: Weighing, name) -> str:
    """How one party's accounts disagree, and whether the weight settled it."""
    each = " and ".join(_each_side(w))
    if w.disputed:
        return (f"Reports of {name(w.party)}'s words disagree: {each}; the weight does not settle it, so "
                f"{name(w.party)}'s stance is disputed and not counted as support.")
    return (f"Reports of {name(w.party)}'s words disagree: {each}; the weightier side, not outnumbered, "
            f"settles it: {_VERBS[w.stance][0]}.")


def _each_side(w: Weighing) -> list[str]:
    """ "2 decline to confirm (B, C quoted)" for each side of a weighing."""
    return [f"{len(accounts)} {_VERBS[side][len(accounts) > 1]} ({', '.join(a.label for a in accounts)})"
            for side, accounts in w.sides.items()]


def _join(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
