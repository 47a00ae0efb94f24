"""The ledger: the analyst's plain-text record of documents, actors, claims, background and verdicts.

Layout under a project root::

    ledger/documents.yaml   documents: {ID: {path, sha256}}
    ledger/actors.yaml      parties and actors (see crosscheck.actors)
    ledger/claims.yaml      claims: [{id, text, summary, group, depends_on, note, would_change, draft, evidence: [...]}]
    ledger/claims-followup.yaml  optional: claims about later events (same schema), read after claims.yaml
    ledger/sources.yaml     optional: outside reports and their stances on claims (see crosscheck.outside)
    ledger/background.yaml  background: [{document, start, end, quote, reason}]
    ledger/verdicts.jsonl   the analysts' verdict history (see crosscheck.verdicts)

Loading validates everything and checks every quote against its document: the text at the quote's
offsets must equal the quote. All problems are collected and raised together, one line each.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from collections.abc import Iterator
from typing import Any

from .actors import Registry, load_registry
from .claims import KINDS, STANCES, Claim, Evidence, Statement
from .document import Document, load_document
from .errors import CrosscheckError, ProblemList
from .findings import Finding
from .outside import OutsideEvidence, OutsideSource, evidence_by_claim, load_sources
from .status import Assessment, assess
from .verdicts import Verdict, latest, load_verdicts, record_verdict
from .yamlio import line_of, load_yaml_mapping

LEDGER_DIR = "ledger"
FILES = {
    "documents": "documents.yaml",
    "actors": "actors.yaml",
    "claims": "claims.yaml",
    "claims_followup": "claims-followup.yaml",
    "sources": "sources.yaml",
    "background": "background.yaml",
    "verdicts": "verdicts.jsonl",
}
#: The top-level keys each YAML file of the ledger may hold.
KEYS = {
    "documents": ("documents",),
    "actors": ("parties", "actors"),
    "claims": ("claims",),
    "claims_followup": ("claims",),
    "sources": ("sources",),
    "background": ("background",),
}
#: Every ledger file whose entries quote a document, with the top-level key holding them. Loading,
#: ``quote_mismatches`` (verify) and re-anchoring all walk this one list through ``quote_entries``.
QUOTE_FILES = (("claims", "claims"), ("claims_followup", "claims"), ("background", "background"))


@dataclass(frozen=True)
class Background:
    """A sentence that carries no claim, and why."""

    document: str
    start: int
    end: int
    quote: str
    reason: str


@dataclass(frozen=True)
class QuoteMismatch:
    """A quote whose document no longer holds it at its offsets, and where the words now stand."""

    file: Path
    line: int | None
    owner: str
    document: str
    start: int
    end: int
    quote: str
    found_at: tuple[int, ...]
    length: int | None = None  # the document's length, when the offsets lie outside it

    def message(self) -> str:
        where = (
            "the same words now stand at " + ", ".join(f"{s}-{s + len(self.quote)}" for s in self.found_at)
            if self.found_at
            else "the words are no longer in the document"
        )
        if self.length is not None:
            return (f"{self.owner}: quote {_short(self.quote)!r}: offsets {self.start}-{self.end} lie outside "
                    f"{self.document} (length {self.length}); {where}")
        return f"{self.owner}: quote {_short(self.quote)!r} no longer matches {self.document} at {self.start}-{self.end}; {where}"


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def find_root(start: str | Path | None = None) -> Path:
    """The project root: $CROSSCHECK_ROOT, or the nearest folder upward holding ``ledger/``."""
    if os.environ.get("CROSSCHECK_ROOT"):
        return Path(os.environ["CROSSCHECK_ROOT"]).resolve()
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / LEDGER_DIR / FILES["claims"]).is_file():
            return folder
    raise CrosscheckError("no ledger/claims.yaml here or in any parent folder (set CROSSCHECK_ROOT)", here)


@dataclass(frozen=True)
class HistoryEntry:
    """A claim's status on one day, and the evidence that became public that day."""

    date: dt.date
    status: str
    credibility: int
    explanation: str
    changed: bool
    caused_by: tuple[str, ...] = ()
    new_evidence: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "status": self.status, "credibility": self.credibility,
                "changed": self.changed, "caused_by": list(self.caused_by), "explanation": self.explanation}


def _evidence_id(item: Any) -> str:
    """A piece of evidence's id: an outside source's id, or an article's document id."""
    return item.id if isinstance(item, OutsideEvidence) else item.document


@dataclass
class Ledger:
    """Everything the analyst recorded, validated against the documents."""

    root: Path
    documents: dict[str, Document]
    registry: Registry
    claims: dict[str, Claim]
    background: list[Background]
    verdicts: list[Verdict]
    recorded_hashes: dict[str, str] = field(default_factory=dict)
    sources: dict[str, OutsideSource] = field(default_factory=dict)
    _assessed: dict[tuple, dict[str, Assessment]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def verdicts_path(self) -> Path:
        return self.root / LEDGER_DIR / FILES["verdicts"]

    @cached_property
    def findings(self) -> dict[str, list[Finding]]:
        """Consistency findings for each document (see crosscheck.checks), cached per document."""
        from .findings_cache import document_findings

        return {doc_id: document_findings(doc, self.root) for doc_id, doc in self.documents.items()}

    def findings_against(self, claim: Claim) -> list[Finding]:
        """Error findings that fall inside a quote the claim rests on."""
        against = []
        for item in claim.evidence:
            for finding in self.findings.get(item.document, []):
                if finding.severity == "error" and finding.overlaps(item.statement.start, item.statement.end):
                    if finding not in against:
                        against.append(finding)
        return against

    def main_parties(self) -> list[str]:
        """The sides of the story: parties other than outlets and agencies that speak on any claim.

        These are the parties an explanation names as silent when they said nothing on a claim.
        """
        seen: dict[str, None] = {}
        for claim in self.claims.values():
            for party in claim.parties:
                if self.registry.parties[party].kind not in ("outlet", "agency"):
                    seen.setdefault(party, None)
        return list(seen)

    def outside_evidence(self, claim_id: str) -> list[OutsideEvidence]:
        """The outside reports bearing on a claim (ledger/sources.yaml), in recorded order."""
        return evidence_by_claim(self.sources).get(claim_id, [])

    def evidence_for(self, claim_id: str) -> list[Any]:
        """Everything weighed for a claim: its article evidence, then the outside evidence on it."""
        return [*self.claims[claim_id].evidence, *self.outside_evidence(claim_id)]

    def evidence_span(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day on which any piece of evidence became public."""
        days = sorted({e.public_on for cid in self.claims for e in self.evidence_for(cid) if e.public_on})
        return (days[0], days[-1]) if days else None

    def status_history(self, start: dt.date, end: dt.date) -> dict[str, list[HistoryEntry]]:
        """Each claim's status on each day from ``start`` to ``end``, and the evidence behind each change.

        A day's entry is ``changed`` when its status or credibility differs from the day before (the
        first day counts as a change from nothing). ``caused_by`` names the evidence on the claim that
        became public that day (since the day before; everything public by ``start`` on the first day),
        and, when none did, the claims it depends on that changed that day as ``depends_on:ID``.
        """
        if end < start:
            raise CrosscheckError(f"history ends ({end}) before it starts ({start})")
        days = [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]
        by_day = {day: self.assessments(day) for day in days}
        history: dict[str, list[HistoryEntry]] = {cid: [] for cid in self.claims}
        for cid in self.order():
            evidence = self.evidence_for(cid)
            previous_day: dt.date | None = None
            for index, day in enumerate(days):
                a = by_day[day][cid]
                new = tuple(dict.fromkeys(
                    _evidence_id(e) for e in evidence
                    if e.public_on is not None and e.public_on <= day
                    and (previous_day is None or e.public_on > previous_day)))
                before = history[cid][-1] if history[cid] else None
                changed = before is None or (before.status, before.credibility) != (a.status, a.credibility)
                caused: tuple[str, ...] = ()
                if changed and index == 0:
                    caused = new
                elif changed:
                    caused = new or tuple(
                        f"depends_on:{dep}" for dep in self.claims[cid].depends_on
                        if history[dep][index].changed)
                history[cid].append(HistoryEntry(day, a.status, a.credibility, a.explanation, changed, caused, new))
                previous_day = day
        return {cid: history[cid] for cid in self.claims}

    def assessments(self, as_of: dt.date | None = None, outside: bool = True) -> dict[str, Assessment]:
        """Every claim's derived status, dependencies first, from the evidence public by ``as_of``.

        ``outside=False`` weighs the articles' evidence alone, leaving outside reports out. The result is
        computed once per (as_of, outside): evidence does not change after loading, and verdicts do not
        enter the derived status.
        """
        key = (as_of, outside)
        if key in self._assessed:
            return self._assessed[key]
        names = {pid: p.name for pid, p in self.registry.parties.items()}
        parties = self.main_parties()
        done: dict[str, Assessment] = {}
        for claim_id in self.order():
            claim = self.claims[claim_id]
            done[claim_id] = assess(
                claim_id,
                self.evidence_for(claim_id) if outside else claim.evidence,
                findings=self.findings_against(claim),
                depends_on={d: done[d] for d in claim.depends_on},
                parties=parties,
                party_names=names,
                as_of=as_of,
            )
        self._assessed[key] = {cid: done[cid] for cid in self.claims}
        return self._assessed[key]

    def order(self) -> list[str]:
        """Claim ids with every claim after those it depends on."""
        return dependency_order(self.claims)[0]

    def history(self, claim_id: str) -> list[Verdict]:
        return [v for v in self.verdicts if v.claim == claim_id]

    def latest_verdict(self, claim_id: str) -> Verdict | None:
        return latest(self.verdicts, claim_id)

    def record_verdict(self, claim: str, status: str, analyst: str, reason: str, time: str | None = None) -> bool:
        """Record an analyst's verdict in the history; False when the same verdict was already there."""
        if claim not in self.claims:
            raise CrosscheckError(f"unknown claim id {claim!r}", self.root / LEDGER_DIR / FILES["claims"])
        added = record_verdict(self.verdicts_path, claim, status, analyst, reason, time=time, claim_ids=self.claims)
        self.verdicts = load_verdicts(self.verdicts_path, self.claims)
        return added

    def covered(self, document_id: str) -> dict[int, list[str]]:
        """For each body sentence (by index), what covers it: claim ids or 'background'."""
        document = self.documents[document_id]
        spans = [(e.statement.start, e.statement.end, cid) for cid, c in self.claims.items()
                 for e in c.evidence if e.document == document_id]
        spans += [(b.start, b.end, "background") for b in self.background if b.document == document_id]
        result = {}
        for index, sentence in enumerate(document.sentences):
            result[index] = sorted({owner for s, e, owner in spans if s < sentence.end and sentence.start < e})
        return result

    def uncovered(self, document_id: str) -> list[Any]:
        """Body sentences that are neither evidence for a claim nor marked as background."""
        document = self.documents[document_id]
        return [document.sentences[i] for i, owners in self.covered(document_id).items() if not owners]


def load_ledger(root: str | Path | None = None) -> Ledger:
    """Read and validate the ledger under ``root``; raises ProblemList naming every problem at once."""
    root = Path(root) if root is not None else find_root()
    folder = root / LEDGER_DIR
    problems: list[CrosscheckError] = []
    documents, hashes = _load_documents(root, folder / FILES["documents"], problems)
    registry = _load_registry(folder / FILES["actors"], problems)
    mismatches: list[QuoteMismatch] = []
    claims, background = _load_quote_files(folder, documents, registry, problems, mismatches)
    sources = load_sources(folder / FILES["sources"], claims, registry or Registry({}, {}), problems)
    problems.extend(CrosscheckError(m.message(), m.file, m.line) for m in mismatches)
    verdicts: list[Verdict] = []
    try:
        verdicts = load_verdicts(folder / FILES["verdicts"], claims)
    except ProblemList as error:
        problems.extend(error.problems)
    except CrosscheckError as error:
        problems.append(error)
    if problems:
        raise ProblemList(problems)
    return Ledger(root, documents, registry, claims, background, verdicts, hashes, sources)


def quote_mismatches(root: str | Path) -> list[QuoteMismatch]:
    """Every quote that no longer matches its document (documents are read as they are now).

    Raises ProblemList when the ledger has other problems (a malformed file, an unknown id): a quote in
    an entry that cannot be read cannot be checked, so nothing may act as if every quote was seen.
    """
    root = Path(root)
    folder = root / LEDGER_DIR
    problems: list[CrosscheckError] = []
    documents, _ = _load_documents(root, folder / FILES["documents"], problems, check_hash=False)
    registry = _load_registry(folder / FILES["actors"], problems)
    mismatches: list[QuoteMismatch] = []
    _load_quote_files(folder, documents, registry, problems, mismatches)
    if problems:
        raise ProblemList(problems)
    return mismatches


def _load_registry(path: Path, problems: list[CrosscheckError]) -> Registry | None:
    """The registry, or None when actors.yaml cannot be read (its problems are collected, not raised)."""
    try:
        return load_registry(path)
    except ProblemList as error:
        problems.extend(error.problems)
        return error.partial if isinstance(error.partial, Registry) else None
    except CrosscheckError as error:
        problems.append(error)
        return None


def _load_quote_files(folder, documents, registry, problems, mismatches) -> tuple[dict[str, Claim], list[Background]]:
    """Claims and background from every file in QUOTE_FILES, in that order."""
    claims: dict[str, Claim] = {}
    background: list[Background] = []
    for key, top in QUOTE_FILES:
        path = folder / FILES[key]
        data = _mapping(path, KEYS[key], problems)
        if top == "claims":
            claims.update(_load_claims(path, data, documents, registry, problems, mismatches, known=claims))
        else:
            background.extend(_load_background(path, data, documents, problems, mismatches))
    return claims, background


def quote_entries(top: str, data: Any) -> Iterator[tuple[str, Any]]:
    """(owner, entry) for every quote-bearing entry under ``data[top]``: a claim's evidence or background."""
    entries = data.get(top) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            continue
        if top == "background":
            yield f"background {index + 1}", entry
            continue
        evidence = entry.get("evidence")
        for number, item in enumerate(evidence if isinstance(evidence, list) else [], start=1):
            if isinstance(item, dict):
                yield f"claim {entry.get('id')!r} evidence {number}", item


def _mapping(path: Path, keys: tuple[str, ...], problems: list[CrosscheckError]) -> Any:
    """A ledger file's top-level mapping ({} when the optional file is absent); problems are collected."""
    if not path.exists():
        return {}
    try:
        return load_yaml_mapping(path, keys)
    except CrosscheckError as error:
        problems.append(error)
        return {}


def _load_documents(root: Path, path: Path, problems: list, check_hash: bool = True):
    data = _mapping(path, KEYS["documents"], problems)
    entries = data.get("documents") or {}
    documents: dict[str, Document] = {}
    hashes: dict[str, str] = {}
    if not isinstance(entries, dict):
        problems.append(CrosscheckError("'documents' must map document ids to {path, sha256}", path, line_of(data, "documents")))
        return documents, hashes
    for doc_id, entry in entries.items():
        line = line_of(entries, doc_id)
        if not isinstance(entry, dict) or not entry.get("path"):
            problems.append(CrosscheckError(f"document {doc_id!r} needs a path", path, line))
            continue
        try:
            document = load_document(root / str(entry["path"]))
        except CrosscheckError as error:
            problems.append(error)
            continue
        document = _with_id(document, str(doc_id))
        recorded = str(entry.get("sha256", ""))
        hashes[str(doc_id)] = recorded
        if check_hash and recorded != document.sha256:
            problems.append(CrosscheckError(
                f"document {doc_id!r} ({entry['path']}) has SHA-256 {document.sha256[:12]}... but the ledger records "
                f"{recorded[:12] or 'none'}...; the source changed after it was recorded",
                path, line))
        documents[str(doc_id)] = document
    return documents, hashes


def _with_id(document: Document, doc_id: str) -> Document:
    if document.id == doc_id:
        return document
    from dataclasses import replace

    return replace(document, id=doc_id)


def _check_span(entry, documents, path, line, owner, problems, mismatches) -> tuple[str, int, int, str] | None:
    doc_id = str(entry.get("document", ""))
    if doc_id not in documents:
        problems.append(CrosscheckError(f"{owner}: unknown document {doc_id!r}", path, line))
        return None
    start, end, quote = entry.get("start"), entry.get("end"), entry.get("quote")
    if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool) or isinstance(end, bool):
        problems.append(CrosscheckError(f"{owner}: start and end must be whole numbers", path, line))
        return None
    if not isinstance(quote, str) or not quote:
        problems.append(CrosscheckError(f"{owner}: needs the quote as text", path, line))
        return None
    document = documents[doc_id]
    inside = 0 <= start < end <= len(document.text)
    if not inside or document.text[start:end] != quote:
        found = tuple(document.find_all(quote))
        mismatches.append(QuoteMismatch(path, line, owner, doc_id, start, end, quote, found,
                                        None if inside else len(document.text)))
        return None
    return doc_id, start, end, quote


def _load_claims(path, data, documents, registry, problems, mismatches, known=None) -> dict[str, Claim]:
    """Claims from one file's data; ``known`` holds claims read before (from claims.yaml) that these may depend on."""
    known = known or {}
    entries = data.get("claims") or []
    if not isinstance(entries, list):
        problems.append(CrosscheckError("'claims' must be a list", path, line_of(data, "claims")))
        return {}
    claims: dict[str, Claim] = {}
    lines: dict[str, int | None] = {}
    for index, entry in enumerate(entries):
        line = line_of(entries, index)
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("text"):
            problems.append(CrosscheckError("a claim needs an id and a text", path, line))
            continue
        claim_id = str(entry["id"])
        if claim_id in claims:
            problems.append(CrosscheckError(f"duplicate claim id {claim_id!r} (first at line {lines[claim_id]})", path, line))
            continue
        if claim_id in known:
            problems.append(CrosscheckError(f"duplicate claim id {claim_id!r} (already in {FILES['claims']})", path, line))
            continue
        evidence = []
        raw_evidence = entry.get("evidence") or []
        if not isinstance(raw_evidence, list):
            problems.append(CrosscheckError(f"claim {claim_id!r}: evidence must be a list", path, line))
            raw_evidence = []
        for number, item in enumerate(raw_evidence, start=1):
            item_line = line_of(raw_evidence, number - 1)
            built = _evidence(item, documents, registry, path, item_line, f"claim {claim_id!r} evidence {number}", problems, mismatches)
            if built:
                evidence.append(built)
        depends = entry.get("depends_on") or []
        if not isinstance(depends, list):
            problems.append(CrosscheckError(f"claim {claim_id!r}: depends_on must be a list of claim ids", path, line))
            depends = []
        claims[claim_id] = Claim(
            id=claim_id,
            text=" ".join(str(entry["text"]).split()),
            group=str(entry.get("group", "")),
            depends_on=tuple(str(d) for d in depends),
            note=" ".join(str(entry.get("note", "")).split()),
            would_change=" ".join(str(entry.get("would_change", "")).split()),
            evidence=tuple(evidence),
            draft=bool(entry.get("draft", False)),
            summary=" ".join(str(entry.get("summary", "")).split()),
        )
        lines[claim_id] = line
    for claim_id, claim in claims.items():
        for dep in claim.depends_on:
            if dep not in claims and dep not in known:
                problems.append(CrosscheckError(f"claim {claim_id!r} depends on unknown claim id {dep!r}", path, lines[claim_id]))
    cycle = dependency_order(claims)[1]  # claims read before cannot depend on these, so no cycle runs through them
    if cycle:
        shown = cycle if len(cycle) <= 8 else [*cycle[:4], f"... ({len(cycle) - 6} more)", *cycle[-2:]]
        problems.append(CrosscheckError("claims depend on each other in a cycle: " + " -> ".join(shown), path, lines[cycle[0]]))
    return claims


def _evidence(item, documents, registry, path, line, owner, problems, mismatches) -> Evidence | None:
    if not isinstance(item, dict):
        problems.append(CrosscheckError(f"{owner}: must be a mapping", path, line))
        return None
    ok = True
    stance, kind, speaker = item.get("stance"), item.get("kind"), str(item.get("speaker", ""))
    if stance not in STANCES:
        problems.append(CrosscheckError(f"{owner}: unknown stance {stance!r} (use one of {', '.join(STANCES)})", path, line))
        ok = False
    if kind not in KINDS:
        problems.append(CrosscheckError(f"{owner}: unknown kind {kind!r} (use one of {', '.join(KINDS)})", path, line))
        ok = False
    if registry is not None and speaker not in registry.actors:
        problems.append(CrosscheckError(f"{owner}: unknown speaker {speaker!r} (not in actors.yaml)", path, line))
        ok = False
    said_on = item.get("said_on")
    if said_on is not None and not isinstance(said_on, dt.date):
        try:
            said_on = dt.date.fromisoformat(str(said_on))
        except ValueError:
            problems.append(CrosscheckError(f"{owner}: said_on {said_on!r} is not an ISO date", path, line))
            ok = False
    span = _check_span(item, documents, path, line, owner, problems, mismatches)
    if not ok or span is None or registry is None:
        return None
    doc_id, start, end, quote = span
    published = documents[doc_id].published
    statement = Statement(doc_id, start, end, quote, speaker, registry.actors[speaker].party, str(kind),
                          str(item.get("cue", "")), said_on)
    return Evidence(statement, str(stance), published.date() if published else None, " ".join(str(item.get("note", "")).split()))


def dependency_order(claims: dict[str, Claim]) -> tuple[list[str], list[str] | None]:
    """Claim ids, each after the claims it depends on, and the first dependency cycle found (or None).

    Iterative (a depth-first walk with an explicit stack), so a chain of thousands of claims needs no
    recursion; dependencies on ids not in ``claims`` are skipped (they are reported elsewhere).
    """
    ordered: list[str] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    cycle: list[str] | None = None
    for first in claims:
        if first in state:
            continue
        state[first] = 1
        stack = [(first, iter(claims[first].depends_on))]
        while stack:
            cid, deps = stack[-1]
            for dep in deps:
                if dep not in claims:
                    continue
                if state.get(dep) == 1 and cycle is None:
                    path = [c for c, _ in stack]
                    cycle = path[path.index(dep):] + [dep]
                if dep not in state:
                    state[dep] = 1
                    stack.append((dep, iter(claims[dep].depends_on)))
                    break
            else:
                stack.pop()
                state[cid] = 2
                ordered.append(cid)
    return ordered, cycle


def _load_background(path, data, documents, problems, mismatches) -> list[Background]:
    entries = data.get("background") or []
    if not isinstance(entries, list):
        problems.append(CrosscheckError("'background' must be a list", path, line_of(data, "background")))
        return []
    background = []
    for index, entry in enumerate(entries):
        line = line_of(entries, index)
        owner = f"background {index + 1}"
        if not isinstance(entry, dict):
            problems.append(CrosscheckError(f"{owner}: must be a mapping", path, line))
            continue
        if not str(entry.get("reason", "")).strip():
            problems.append(CrosscheckError(f"{owner}: needs a reason", path, line))
            continue
        span = _check_span(entry, documents, path, line, owner, problems, mismatches)
        if span:
            background.append(Background(*span, " ".join(str(entry["reason"]).split())))
    return background
