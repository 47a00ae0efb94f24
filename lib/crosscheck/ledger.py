"""The ledger: the analyst's plain-text record of documents, statements, actors, claims and verdicts.

The files and how they merge are described in crosscheck.layout; reading and validating them in
crosscheck.loading. ``load_ledger(root)`` reads everything, checks every quote against its document
(the text at the quote's offsets must equal the quote), and raises every problem together, one line
each. The ``Ledger`` it returns derives statuses (crosscheck.status), as of any date, and histories.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from collections.abc import Iterable
from typing import Any

from .actors import Registry
from .claims import Claim, Evidence, Statement
from .document import Document
from .errors import CrosscheckError, ProblemList, collapse_references
from .findings import Finding
from .layout import ACTORS, CLAIMS_DIR, DOCUMENTS_DIR, LEDGER_DIR, is_ledger
from .loading import Background, Group, QuoteMismatch, read_ledger, sources_path
from .outside import OutsideEvidence, OutsideSource, evidence_by_claim, load_sources, superseded_by
from .provenance import UNKNOWN_GRADE, Provenance, load_provenance
from .status import Assessment, Report, assess
from .verdicts import Verdict, latest, load_verdicts, record_verdict

__all__ = ["Background", "Group", "HistoryEntry", "Ledger", "QuoteMismatch", "dependency_order", "find_root",
           "load_ledger", "new_project_root", "project_root", "quote_mismatches", "working_folder"]


def find_root(start: str | Path | None = None) -> Path:
    """The project root: $CROSSCHECK_ROOT, or the nearest folder upward holding a ``ledger/``."""
    if os.environ.get("CROSSCHECK_ROOT"):
        return project_root(os.environ["CROSSCHECK_ROOT"], "$CROSSCHECK_ROOT")
    here = Path(start).resolve() if start else working_folder()
    for folder in (here, *here.parents):
        if is_ledger(folder):
            return folder
    raise CrosscheckError("no ledger/ here or in any parent folder (set CROSSCHECK_ROOT, or give --root)", here)


def project_root(given: str | Path | None = None, what: str = "--root") -> Path:
    """The project a command works on: ``given`` (a --root), which must be a folder holding a ledger, or
    else the one ``find_root`` finds. Refuses, naming the folder, anything that is not a project."""
    if given is None:
        return find_root()
    root = _folder(given, what)
    ledger = root / LEDGER_DIR
    if ledger.exists() and not ledger.is_dir():
        raise CrosscheckError("is not a folder (a project's ledger/ is a folder of files)", ledger)
    if not is_ledger(root):
        raise CrosscheckError(f"no ledger/ in this folder ({what} must be the project folder, the one holding "
                              "ledger/)", root)
    return root


def new_project_root(given: str | Path | None) -> Path:
    """Where ``ingest`` records an article: ``given`` (a project, an empty or new folder; not a file), else
    the project found from here, else the working folder (a new project starts there)."""
    if given is None:
        try:
            return find_root()
        except CrosscheckError:
            if os.environ.get("CROSSCHECK_ROOT"):
                raise
            return working_folder()
    root = Path(given) if Path(given).is_absolute() else working_folder() / given
    if root.exists() or root.is_symlink():
        root = _folder(root, "--root")
        ledger = root / LEDGER_DIR
        if ledger.exists() and not ledger.is_dir():
            raise CrosscheckError("is not a folder (a project's ledger/ is a folder of files)", ledger)
    return root.resolve()


def _folder(given: str | Path, what: str) -> Path:
    path = Path(given) if Path(given).is_absolute() else working_folder() / given
    if not path.exists():
        raise CrosscheckError(f"no such folder ({what})", given)
    if not path.is_dir():
        raise CrosscheckError(f"is not a folder ({what} must be the project folder, the one holding ledger/)", given)
    return path.resolve()


def working_folder() -> Path:
    """The working folder; a one-line error when it was deleted while the shell stood in it."""
    try:
        return Path.cwd()
    except FileNotFoundError:  # named as the shell knew it ($PWD), when it says
        shell = os.environ.get("PWD", "")
        raise CrosscheckError("the working folder no longer exists (it was deleted while the shell was in it); "
                              "cd to the project, or give --root", shell if os.path.isabs(shell) else ".") from None


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
    statements: dict[str, Statement] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    unfilled: list[str] = field(default_factory=list)
    provenance: dict[str, Provenance] = field(default_factory=dict)
    _assessed: dict[tuple, dict[str, Assessment]] = field(default_factory=dict, init=False, repr=False, compare=False)
    _sides: dict[frozenset, list[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def folder(self) -> Path:
        return self.root / LEDGER_DIR

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

    def main_parties(self, claim_id: str | None = None) -> list[str]:
        """The sides of the story: parties other than outlets and agencies that speak in its documents.

        These are the parties an explanation names as silent when they said nothing on a claim. With
        ``claim_id``, the story is that claim's (see ``story_documents``): an article about a water utility
        names its own parties, not the Kremlin's.
        """
        documents = frozenset(self.story_documents(claim_id) if claim_id else self.documents)
        if documents not in self._sides:
            seen: dict[str, None] = {}
            for claim in self.claims.values():
                for item in claim.evidence:
                    if item.document in documents and self.registry.parties[item.party].kind not in ("outlet", "agency"):
                        seen.setdefault(item.party, None)
            self._sides[documents] = list(seen)
        return self._sides[documents]

    def story_documents(self, claim_id: str) -> set[str]:
        """The documents a claim's story is told in: those of its own statements; else those of the claims
        it depends on, of its group, or of the claims the same outside reports bear on; else all of them."""
        claim = self.claims[claim_id]

        def documents_of(ids) -> set[str]:
            return {item.document for cid in ids for item in self.claims[cid].evidence if cid in self.claims}

        related = (
            [claim_id],
            list(claim.depends_on),
            [cid for cid, c in self.claims.items() if c.group == claim.group],
            [cid for report in self.outside_evidence(claim_id) for cid in report.source.stances],
        )
        for ids in related:
            found = documents_of(ids)
            if found:
                return found
        return set(self.documents)

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
        superseded = superseded_by(self.sources, as_of) if outside else set()
        done: dict[str, Assessment] = {}
        for claim_id in self.order():
            claim = self.claims[claim_id]
            done[claim_id] = assess(
                claim_id,
                self.reports_for(claim_id, outside),
                findings=self.findings_against(claim),
                depends_on={d: done[d] for d in claim.depends_on},
                parties=self.main_parties(claim_id),
                party_names=names,
                as_of=as_of,
                superseded=superseded,
            )
        self._assessed[key] = {cid: done[cid] for cid in self.claims}
        return self._assessed[key]

    def reports_for(self, claim_id: str, outside: bool = True) -> list[Report]:
        """Every report of a party's words on a claim, as the status rules weigh them (see crosscheck.status)."""
        reports = [self.article_report(item) for item in self.claims[claim_id].evidence]
        return reports + ([item.report() for item in self.outside_evidence(claim_id)] if outside else [])

    def article_report(self, item: Evidence) -> Report:
        """An article's statement as a report: one account of the document's outlet, graded as that outlet.

        The outlet and its grade are the document's provenance, settled at load (see crosscheck.provenance):
        its ``outlet`` metadata, else its recorded narrator, else its byline, else the document is its own
        line, grade F. The outlet's narration is also the word of the agencies its ``agencies`` metadata
        names (its credit line), for independence.
        """
        known = self.provenance.get(item.document)
        line, grade = (known.outlet, known.grade) if known else (item.document, UNKNOWN_GRADE)
        origins: frozenset[str] = frozenset()
        if item.statement.kind == "narration":
            origins = frozenset([line, *(known.agencies if known else ())])
        return Report(item.party, item.stance, item.public_on, line=line, grade=grade, kind=item.statement.kind,
                      source=item.document, origins=origins)

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
            raise CrosscheckError(f"unknown claim id {claim!r}", self.folder)
        added = record_verdict(self.folder, claim, status, analyst, reason, time=time, claim_ids=self.claims)
        self.verdicts = load_verdicts(self.folder, self.claims)
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


def load_ledger(root: str | Path | None = None, overlay: dict[Path, str | None] | None = None) -> Ledger:
    """Read and validate the ledger under ``root``; raises ProblemList naming every problem at once.

    ``overlay`` gives files as a command is about to write them (see crosscheck.loading.read_ledger).
    """
    root = Path(root) if root is not None else find_root()
    parts = read_ledger(root, overlay=overlay)
    problems = parts.problems
    registry = parts.registry or Registry({}, {})
    sources = load_sources(sources_path(root), parts.claims, registry, problems, parts.overlay)
    provenance = load_provenance(parts.documents, parts.registry, parts.claims, problems)
    problems.extend(CrosscheckError(m.message(), m.file, m.line) for m in parts.mismatches)
    verdicts: list[Verdict] = []
    try:
        verdicts = load_verdicts(root / LEDGER_DIR, parts.claims)
    except ProblemList as error:
        problems.extend(error.problems)
    if problems:
        raise ProblemList(collapse(root, problems, parts.overlay, parts.unread))
    return Ledger(root, parts.documents, registry, parts.claims, parts.background, verdicts, parts.hashes, sources,
                  parts.statements, parts.groups, parts.unfilled, provenance)


def collapse(root: Path, problems: list[CrosscheckError], overlay: dict | None = None,
             unread: Iterable[Path] = ()) -> list[CrosscheckError]:
    """The problems with references to undeclared names folded into one line per kind; a kind whose
    declaring file or folder is gone altogether is reported as that file missing (errors.collapse_references)."""
    folder = Path(root) / LEDGER_DIR
    declared_in = {"speaker": folder / ACTORS, "party": folder / ACTORS, "statement": folder / DOCUMENTS_DIR,
                   "claim": folder / CLAIMS_DIR}
    overlay = overlay or {}

    def gone(path: Path) -> bool:
        if path.suffix:
            return not path.exists() and overlay.get(path) is None
        return not any(path.glob("*.yaml")) and not any(p.parent == path and t is not None for p, t in overlay.items())

    unread = list(unread)
    documents = [p for p in unread if p.parent == folder / DOCUMENTS_DIR]
    registry = [p for p in unread if p == folder / ACTORS] + documents
    waiting = {"statement": documents, "claim": [p for p in unread if p.parent == folder / CLAIMS_DIR],
               "speaker": registry, "party": registry}
    return collapse_references(problems, declared_in, {kind for kind, path in declared_in.items() if gone(path)},
                               waiting)


def quote_mismatches(root: str | Path) -> list[QuoteMismatch]:
    """Every quote that no longer matches its document (documents are read as they are now).

    Raises ProblemList when the ledger has other problems (a malformed file, an unknown id): a quote in
    an entry that cannot be read cannot be checked, so nothing may act as if every quote was seen.
    """
    parts = read_ledger(Path(root), check_hash=False)
    if parts.problems:
        raise ProblemList(collapse(Path(root), parts.problems, unread=parts.unread))
    return parts.mismatches


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


