"""Outside evidence: what other outlets reported about a document's events, after (or before) it.

The analyst records each outside report in ``ledger/sources.yaml``::

    sources:
      - id: reuters-update-2026-01-30
        outlet: reuters                 # a party id in actors.yaml (an outlet or agency)
        carrier: Devdiscourse           # optional: the site the copy was read on, when not the outlet's own
        author: null                    # when known
        address: https://...            # required: where it was read
        published: 2026-01-30           # the day it became public (counts for ``as_of``)
        retrieved: 2026-11-27           # the day the analyst read it
        party: kremlin                  # the party whose words or deeds it reports (actors.yaml)
        speaker: peskov                 # optional actor id
        fact: >-                        # the analyst's own words; short quotes of a party only
          ...
        stances:                        # claim id -> asserts|confirms|qualifies|declines|denies
          putin-accepted: confirms
        quoted: [putin-accepted]        # optional: claims on which it quotes the party's own words
        relays: bbc                     # optional: the outlet whose account it repeats (an outlet in
                                        #   actors.yaml), or ``unnamed`` for a copy of an unnamed original
        supersedes: reuters-flash-...   # optional: this outlet's earlier version that this one replaces
        reliability: C                  # Admiralty source grade A-F of this report ...
        reliability_reason: ...         # ... and why (agency wire, syndication, automated feed, own channel)
        note: ...                       # optional

A report is evidence on every claim it has a stance on, public from its ``published`` date. Reports that
disagree about the same words (one has the Kremlin confirming, another declining) are kept side by side
and weighed by the status rules (see crosscheck.status): each report is one account of its outlet (or of
the outlet it relays), graded by ``reliability``, a direct quote on the claims it ``quoted``, first-hand
unless it ``relays``; a superseded version stops counting once the later one is public. When ``party`` is
an outlet, it must be the report's own outlet or the one it relays: an outlet's narration is that
outlet's word, and a carrier's copy of agency text is the agency's.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .actors import RELIABILITY, Registry
from .claims import STANCES
from .errors import CrosscheckError, UnknownReference
from .status import Report
from .yamlio import line_of

SOURCES_FILE = "sources.yaml"
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_ADDRESS = re.compile(r"^https?://\S+$")
UNNAMED = "unnamed"


@dataclass(frozen=True)
class OutsideSource:
    """One outside report: who published it, when, where it was read, and what it states."""

    id: str
    outlet: str
    address: str
    published: dt.date
    retrieved: dt.date
    party: str
    fact: str
    stances: dict[str, str] = field(default_factory=dict)
    reliability: str = "F"
    reliability_reason: str = ""
    author: str = ""
    carrier: str = ""
    speaker: str = ""
    note: str = ""
    quoted: tuple[str, ...] = ()
    relays: str = ""
    supersedes: str = ""

    def evidence(self) -> list["OutsideEvidence"]:
        return [OutsideEvidence(self, claim, stance) for claim, stance in self.stances.items()]

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "outlet": self.outlet,
            "carrier": self.carrier or None,
            "author": self.author or None,
            "address": self.address,
            "published": self.published.isoformat(),
            "retrieved": self.retrieved.isoformat(),
            "party": self.party,
            "speaker": self.speaker or None,
            "fact": self.fact,
            "stances": dict(self.stances),
            "reliability": self.reliability,
            "reliability_reason": self.reliability_reason,
        }
        for key in ("note", "relays", "supersedes"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        if self.quoted:
            data["quoted"] = list(self.quoted)
        return data


@dataclass(frozen=True)
class OutsideEvidence:
    """An outside report's stance on one claim; public from the report's publication date."""

    source: OutsideSource
    claim: str
    stance: str

    @property
    def party(self) -> str:
        return self.source.party

    @property
    def public_on(self) -> dt.date:
        return self.source.published

    @property
    def id(self) -> str:
        return self.source.id

    @property
    def kind(self) -> str:
        """direct where the report quotes the party on this claim; narration for an outlet's own word."""
        if self.claim in self.source.quoted:
            return "direct"
        return "narration" if self.source.party in (self.source.outlet, self.source.relays) else "paraphrase"

    def report(self) -> Report:
        """This evidence as the status rules weigh it: one account of its outlet, or of the outlet it relays."""
        src = self.source
        hand = "unsourced" if src.relays == UNNAMED else "relayed" if src.relays else "first-hand"
        line = src.relays if hand == "relayed" else src.outlet
        origins = frozenset(o for o in (src.outlet, src.relays) if o and o != UNNAMED)
        return Report(self.party, self.stance, self.public_on, line=line, grade=src.reliability, kind=self.kind,
                      hand=hand, source=src.id, origins=origins if self.kind == "narration" else frozenset())

    def to_dict(self) -> dict[str, Any]:
        data = self.source.to_dict()
        stances = data.pop("stances")
        return {"source": data.pop("id"), "stance": stances[self.claim], "kind": self.kind,
                "public_on": self.public_on.isoformat(), **data}


def load_sources(path: str | Path, claim_ids: Iterable[str], registry: Registry,
                 problems: list[CrosscheckError], overlay: dict[Path, str | None] | None = None
                 ) -> dict[str, OutsideSource]:
    """Read and validate ``sources.yaml`` (as ``overlay`` would leave it: a command's staged text, None when
    it is to go); every problem is appended to ``problems`` as FILE:LINE: PROBLEM."""
    path, overlay = Path(path), overlay or {}
    staged = overlay.get(path)
    if (path in overlay and staged is None) or (path not in overlay and not path.exists()):
        return {}
    from .loading import read_yaml

    data = read_yaml(path, ("sources",), problems, staged)  # an impossible date or a merge conflict: named, at its line
    if not data:
        return {}
    entries = data.get("sources") or []
    if not isinstance(entries, list):
        problems.append(CrosscheckError("'sources' must be a list", path, line_of(data, "sources")))
        return {}
    known_claims = set(claim_ids)
    sources: dict[str, OutsideSource] = {}
    first_line: dict[str, int | None] = {}
    for index, entry in enumerate(entries):
        line = line_of(entries, index)
        built = _source(entry, index, path, line, known_claims, registry, problems)
        if built is None:
            continue
        if built.id in sources:
            problems.append(CrosscheckError(f"duplicate source id {built.id!r} (first at line {first_line[built.id]})", path, line))
            continue
        sources[built.id] = built
        first_line[built.id] = line
    problems.extend(_supersession_problems(sources, path, first_line))
    return sources


def _supersession_problems(sources: Mapping[str, OutsideSource], path: Path,
                           lines: Mapping[str, int | None]) -> list[CrosscheckError]:
    """A report may supersede only an earlier or same-day version of its own outlet, without a cycle."""
    found = []
    for source in sources.values():
        if not source.supersedes:
            continue
        old = sources.get(source.supersedes)
        owner = f"source {source.id!r}"
        if old is None:
            found.append(CrosscheckError(f"{owner}: supersedes unknown source {source.supersedes!r}", path, lines[source.id]))
        elif old.outlet != source.outlet:
            found.append(CrosscheckError(
                f"{owner}: supersedes {old.id!r} of outlet {old.outlet!r}; only its own outlet's versions", path, lines[source.id]))
        elif old.published > source.published:
            found.append(CrosscheckError(
                f"{owner}: supersedes {old.id!r}, published later ({old.published})", path, lines[source.id]))
        elif _supersession_cycle(sources, source.id):
            found.append(CrosscheckError(f"{owner}: supersedes itself through {old.id!r}", path, lines[source.id]))
    return found


def _supersession_cycle(sources: Mapping[str, OutsideSource], start: str) -> bool:
    seen, current = {start}, sources[start].supersedes
    while current in sources:
        if current in seen:
            return True
        seen.add(current)
        current = sources[current].supersedes
    return False


def superseded_by(sources: Mapping[str, OutsideSource], as_of: dt.date | None) -> set[str]:
    """Ids of reports whose outlet's later version was public by ``as_of``."""
    return {s.supersedes for s in sources.values()
            if s.supersedes and (as_of is None or s.published <= as_of)}


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _source(entry, index, path, line, known_claims, registry, problems) -> OutsideSource | None:
    if not isinstance(entry, dict):
        problems.append(CrosscheckError(f"source {index + 1}: must be a mapping", path, line))
        return None
    reader = _SourceReader(entry, index, path, line, problems)
    before = len(problems)
    source_id = reader.identity()
    outlet, address = reader.outlet(registry), reader.address()
    dates = reader.dates()
    party, speaker = reader.speaker(registry)
    fact, grade = reader.grading()
    stances, stated = reader.stances(known_claims)
    quoted, relays, supersedes = _weighing_fields(entry, stated, outlet, party, registry, reader.problem,
                                                  reader.reference)
    if len(problems) > before:
        return None
    return OutsideSource(
        id=source_id, outlet=outlet, address=address, published=dates["published"], retrieved=dates["retrieved"],
        party=party, fact=fact, stances=stances, reliability=grade,
        reliability_reason=_text(entry.get("reliability_reason")), author=_text(entry.get("author")),
        carrier=_text(entry.get("carrier")), speaker=speaker, note=_text(entry.get("note")),
        quoted=quoted, relays=relays, supersedes=supersedes,
    )


class _SourceReader:
    """One entry of sources.yaml, field by field, each problem named at its line."""

    def __init__(self, entry: dict, index: int, path, line: int | None, problems: list[CrosscheckError]):
        self.entry, self.path, self.line, self.problems = entry, path, line, problems
        source_id = _text(entry.get("id"))
        self.owner = f"source {source_id!r}" if source_id else f"source {index + 1}"

    def at(self, key: str) -> int | None:
        return line_of(self.entry, key) if key in self.entry else self.line

    def problem(self, message: str, key: str | None = None) -> None:
        self.problems.append(CrosscheckError(f"{self.owner}: {message}", self.path, self.at(key) if key else self.line))

    def reference(self, message: str, key: str, kind: str, name: str) -> None:
        self.problems.append(UnknownReference(f"{self.owner}: {message}", self.path, self.at(key), kind, name))

    def identity(self) -> str:
        source_id = _text(self.entry.get("id"))
        if not source_id:
            self.problem("needs an id")
        elif not _ID.match(source_id):
            self.problem(f"id {source_id!r} must be lower-case kebab-case", "id")
        return source_id

    def outlet(self, registry) -> str:
        outlet = _text(self.entry.get("outlet"))
        if not outlet:
            self.problem("needs an outlet (a party id in actors.yaml)")
        elif outlet not in registry.parties:
            self.reference(f"unknown outlet {outlet!r} (add it to actors.yaml as a party)", "outlet", "party", outlet)
        return outlet

    def address(self) -> str:
        address = _text(self.entry.get("address"))
        if not address:
            self.problem("missing address (the URL where it was read)")
        elif not _ADDRESS.match(address):
            self.problem(f"address {address!r} is not an http(s) URL", "address")
        return address

    def dates(self) -> dict[str, dt.date | None]:
        dates: dict[str, dt.date | None] = {"published": None, "retrieved": None}
        for key in dates:
            if self.entry.get(key) in (None, ""):
                self.problem(f"missing {key} date")
                continue
            dates[key] = _date(self.entry[key])
            if dates[key] is None:
                self.problem(f"bad date {key}: {self.entry[key]!r} is not YYYY-MM-DD", key)
        if dates["published"] and dates["retrieved"] and dates["retrieved"] < dates["published"]:
            self.problem(f"retrieved {dates['retrieved']} is before published {dates['published']}", "retrieved")
        return dates

    def speaker(self, registry) -> tuple[str, str]:
        party, speaker = _text(self.entry.get("party")), _text(self.entry.get("speaker"))
        if party not in registry.parties:
            self.reference(f"unknown party {party!r} (not in actors.yaml)", "party", "party", party)
        if speaker and speaker not in registry.actors:
            self.reference(f"unknown speaker {speaker!r} (not in actors.yaml)", "speaker", "speaker", speaker)
        elif speaker and registry.actors[speaker].party != party:
            self.problem(f"speaker {speaker!r} speaks for {registry.actors[speaker].party!r}, not {party!r}", "speaker")
        return party, speaker

    def grading(self) -> tuple[str, str]:
        fact, grade = _text(self.entry.get("fact")), _text(self.entry.get("reliability"))
        if not fact:
            self.problem("needs the fact it states, in the analyst's own words")
        if grade not in RELIABILITY:
            self.problem(f"reliability {grade!r} is not an Admiralty grade A-F", "reliability")
        if not _text(self.entry.get("reliability_reason")):
            self.problem("needs a reliability_reason")
        return fact, grade

    def stances(self, known_claims) -> tuple[dict[str, str], set[str]]:
        """The claim stances given, and every claim named (unknown ones are reported here)."""
        raw = self.entry.get("stances")
        if not isinstance(raw, dict) or not raw:
            self.problem("needs stances: a mapping of claim id to stance", "stances")
            return {}, set()
        stances: dict[str, str] = {}
        for claim_id, stance in raw.items():
            claim_line = line_of(raw, claim_id)
            if str(claim_id) not in known_claims:
                self.problems.append(UnknownReference(f"{self.owner}: unknown claim id {claim_id!r}", self.path,
                                                      claim_line, "claim", claim_id))
            elif stance not in STANCES:
                self.problems.append(CrosscheckError(
                    f"{self.owner}: unknown stance {stance!r} on {claim_id!r} (use one of {', '.join(STANCES)})",
                    self.path, claim_line))
            else:
                stances[str(claim_id)] = str(stance)
        return stances, {str(k) for k in raw}


def _weighing_fields(entry, stances, outlet, party, registry, problem, reference) -> tuple[tuple[str, ...], str, str]:
    """``quoted``, ``relays`` and ``supersedes``, checked; and whose word an outlet party's stance can be."""
    raw = entry.get("quoted") or []
    if not isinstance(raw, list):
        problem("quoted must be a list of claim ids", "quoted")
        raw = []
    quoted = tuple(str(c) for c in raw)
    for claim_id in quoted:
        if claim_id not in stances:
            problem(f"quoted claim {claim_id!r} has no stance in this report", "quoted")
    relays = _text(entry.get("relays"))
    if relays and relays != UNNAMED:
        if relays not in registry.parties:
            reference(f"relays {relays!r} is not an outlet in actors.yaml (or {UNNAMED!r})", "relays", "party", relays)
        elif registry.parties[relays].kind != "outlet":
            problem(f"relays {relays!r} is not an outlet in actors.yaml (or {UNNAMED!r})", "relays")
        elif relays == outlet:
            problem("relays its own outlet; leave relays out for a first-hand report", "relays")
    kind = registry.parties[party].kind if party in registry.parties else ""
    if kind == "outlet" and party not in (outlet, relays):
        problem(f"party {party!r} is an outlet: a report can give only its own outlet's word ({outlet!r}) "
                "or the word of the outlet it relays", "party")
    return quoted, relays, _text(entry.get("supersedes"))


def evidence_by_claim(sources: Mapping[str, OutsideSource]) -> dict[str, list[OutsideEvidence]]:
    """Each claim's outside evidence, in the order the sources are recorded."""
    result: dict[str, list[OutsideEvidence]] = {}
    for source in sources.values():
        for item in source.evidence():
            result.setdefault(item.claim, []).append(item)
    return result


def shared_runs(text: str, other: str, length: int = 12) -> list[str]:
    """Runs of ``length`` or more consecutive words that ``text`` shares with ``other`` (case and punctuation ignored).

    A check that a fact is in the analyst's own words, not pasted from a report.
    """
    def words(s: str) -> list[str]:
        return re.findall(r"[\w'\u2019%-]+", s.casefold())

    mine, theirs = words(text), words(other)
    if len(mine) < length:
        return []
    grams = {tuple(theirs[i:i + length]) for i in range(len(theirs) - length + 1)}
    return [" ".join(mine[i:i + length]) for i in range(len(mine) - length + 1) if tuple(mine[i:i + length]) in grams]
