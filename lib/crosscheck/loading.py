"""Reading and validating the ledger (see crosscheck.layout), every quote checked against its document.

``read_ledger(root)`` reads every file once and collects every problem (one line each, with the file
and line) instead of stopping at the first: a broken registry does not hide the claims' problems. A
statement's quote may be given by its words alone (with ``occurrence`` or ``context`` where they stand
more than once): its offsets are then found here, and written to disk by the next command that writes
the file (``crosscheck verify --fill`` does it for all). Where offsets are given, the text at them must be
the quote; a quote that no longer matches is a ``QuoteMismatch``, never a silent drift.
"""
from __future__ import annotations

import datetime as dt
import numbers
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .actors import Actor, Party, Registry, check_actor_parties, read_actors, read_parties
from .claims import KINDS, STANCES, SUMMARY_LIMIT, Claim, Evidence, Statement
from .document import Document, load_document
from .errors import CrosscheckError, UnknownReference
from .layout import (ACTORS, ACTORS_KEYS, CLAIMS_DIR, CLAIMS_KEYS, DOCUMENT_KEYS, DOCUMENTS_DIR, SOURCES,
                     claims_files, document_files, is_id, ledger_folder, legacy_files)
from .quotes import find_all, locate
from .yamlio import line_of, parse_yaml_file, read_text_file


@dataclass(frozen=True)
class Background:
    """A sentence that carries no claim, and why."""

    document: str
    start: int
    end: int
    quote: str
    reason: str


@dataclass(frozen=True)
class Group:
    """A group of claims: one file of ``ledger/claims/``, shown in ``order``."""

    id: str
    title: str
    order: float
    path: Path


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


@dataclass
class Parts:
    """Everything read from a ledger, with the problems and quote mismatches found on the way."""

    root: Path
    documents: dict[str, Document] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    registry: Registry | None = None
    statements: dict[str, Statement] = field(default_factory=dict)
    background: list[Background] = field(default_factory=list)
    groups: dict[str, Group] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    declared: set[str] = field(default_factory=set)  # every statement id declared, also those that did not load
    unfilled: list[str] = field(default_factory=list)  # statements whose offsets were found from their words
    problems: list[CrosscheckError] = field(default_factory=list)
    mismatches: list[QuoteMismatch] = field(default_factory=list)
    overlay: dict[Path, str | None] = field(default_factory=dict)  # files as a command would write them
    conflicted: set[Path] = field(default_factory=set)  # files holding git's conflict markers
    unread: set[Path] = field(default_factory=set)  # files whose declarations could not be read (a problem named)

    def listed(self, found: list[Path], folder: Path) -> list[Path]:
        """``found`` (files on disk) as the overlay would leave them: removed ones out, new ones in."""
        paths = {p for p in found if self.overlay.get(p, "") is not None}
        paths |= {p for p, text in self.overlay.items() if text is not None and p.parent == folder and p.suffix == ".yaml"}
        return sorted(paths)

    def yaml(self, path: Path, keys: tuple[str, ...]) -> Any:
        from .conflicts import MergeConflict

        before = len(self.problems)
        data = read_yaml(path, keys, self.problems, self.overlay.get(path))
        if len(self.problems) > before:
            self.unread.add(path)
        if any(isinstance(p, MergeConflict) for p in self.problems[before:]):
            self.conflicted.add(path)
        return data


def read_ledger(root: str | Path, check_hash: bool = True, overlay: dict[Path, str | None] | None = None) -> Parts:
    """Read every ledger file under ``root``; problems are collected in the result, not raised.

    ``overlay`` maps absolute paths to the text a command is about to write there (None: to remove), so
    a change can be validated as a whole before anything is written.
    """
    parts = Parts(Path(root), overlay=dict(overlay or {}))
    for path in legacy_files(root):
        parts.problems.append(CrosscheckError("this file belongs to the ledger layout of before; run `crosscheck "
                                              "migrate` to convert the ledger (nothing is lost)", path))
    folder = ledger_folder(root)
    files = {path: parts.yaml(path, DOCUMENT_KEYS)
             for path in parts.listed(document_files(root), folder / DOCUMENTS_DIR)}
    for path, data in files.items():
        _read_document(parts, path, data, check_hash)
    parts.registry = _read_registry(parts, files)
    for path, data in files.items():
        statements = data.get("statements")
        parts.declared.update(str(k) for k in (statements if isinstance(statements, dict) else {}))
        if path.stem in parts.documents:
            _read_statements(parts, path, data)
            _read_background(parts, path, data)
    for path in parts.listed(claims_files(root), folder / CLAIMS_DIR):
        _read_claims_file(parts, path, parts.yaml(path, CLAIMS_KEYS))
    _check_dependencies(parts)
    parts.claims = _in_group_order(parts)
    return parts


def read_yaml(path: Path, keys: tuple[str, ...], problems: list[CrosscheckError], text: str | None = None) -> Any:
    """A ledger file's top-level mapping (from ``text`` when given), or {} when it cannot be read; its
    problems are collected. A file holding git's merge-conflict markers is explained side by side, and
    read as both sides' entries meanwhile, so only the conflict is named (crosscheck.conflicts)."""
    from .conflicts import both_sides, conflict_problems

    try:
        text = read_text_file(path) if text is None else text
    except CrosscheckError as error:
        problems.append(error)
        return {}
    explained = conflict_problems(path, text)
    if explained:
        problems.extend(explained)
        return both_sides(path, text, keys)
    try:
        return parse_yaml_file(text, path, keys)
    except CrosscheckError as error:
        problems.append(error)
        return {}


def _read_document(parts: Parts, path: Path, data, check_hash: bool) -> None:
    doc_id = path.stem
    if not is_id(doc_id):
        parts.problems.append(CrosscheckError(f"document id {doc_id!r} (the file name) must be lower-case letters, "
                                              "digits, dots, dashes or underscores", path))
        return
    if not data or path in parts.conflicted:  # until the conflict is settled it is the only problem named
        return
    relative = data.get("path")
    if not isinstance(relative, str) or not relative.strip() or "\0" in relative:
        parts.problems.append(CrosscheckError(f"document {doc_id!r} needs a path" + (" (this one holds a NUL byte, "
                                              "which no file name can)" if "\0" in str(relative) else ""),
                                              path, line_of(data, "path")))
        return
    source = (parts.root / relative).resolve()
    if parts.root.resolve() not in source.parents:
        link = _link_out(parts.root, relative)
        parts.problems.append(CrosscheckError(f"document {doc_id!r}: path {relative!r} lies outside the project"
                                              + (f" ({link})" if link else ""), path, line_of(data, "path")))
        return
    try:
        document = load_document(parts.root / relative)
    except CrosscheckError as error:  # the source's own problem, and the ledger line that points to it
        where = str(CrosscheckError("", path, line_of(data, "path")))[:-2]
        parts.problems.append(CrosscheckError(f"{error.problem} (the source of document {doc_id!r}, {where})",
                                              error.path, error.line))
        return
    from dataclasses import replace

    parts.documents[doc_id] = replace(document, id=doc_id)
    recorded = str(data.get("sha256") or "")
    parts.hashes[doc_id] = recorded
    if check_hash and recorded != document.sha256:
        parts.problems.append(CrosscheckError(
            f"document {doc_id!r} ({relative}) has SHA-256 {document.sha256[:12]}... but the ledger records "
            f"{recorded[:12] or 'none'}...; the source changed after it was recorded", path, line_of(data, "sha256")))


def _link_out(root: Path, relative: str) -> str | None:
    """Which symbolic link on ``relative``'s way takes it out of the project, said as 'X is a link to Y'."""
    if Path(relative).is_absolute():
        return None  # the path itself points out; no link is to blame
    here = root
    for part in Path(relative).parts:
        here = here / part
        if here.is_symlink():
            return f"{here.relative_to(root).as_posix()} is a symbolic link to {os.readlink(here)}"
    return None


def _read_registry(parts: Parts, files: dict[Path, Any]) -> Registry | None:
    """actors.yaml and the parties and actors first met in each document, as one registry."""
    folder = ledger_folder(parts.root)
    main = folder / ACTORS
    present = main.exists() if main not in parts.overlay else parts.overlay[main] is not None
    sources = [(main, parts.yaml(main, ACTORS_KEYS) if present else {})]
    sources += [(path, data) for path, data in files.items() if data.get("parties") or data.get("actors")]
    parties: dict[str, Party] = {}
    actors: dict[str, Actor] = {}
    where: dict[str, tuple] = {}
    for path, data in sources:
        _merge(parties, read_parties(data, path, parts.problems), {}, "party", path, parts.problems)
        found, places = read_actors(data, path, parts.problems)
        _merge(actors, found, where, "actor", path, parts.problems, places)
    check_actor_parties(actors, parties, where, parts.problems)
    unreadable = present and not sources[0][1]
    return None if unreadable else Registry(parties, actors, main)


def _merge(into: dict, found: dict, where: dict, what: str, path: Path, problems: list, places=None) -> None:
    """Add ``found`` to ``into``; the same id declared twice must be declared alike (else both are named)."""
    for key, value in found.items():
        if key in into and into[key] != value:
            first = where.get(key, (None, None))
            problems.append(CrosscheckError(
                f"{what} {key!r} is declared differently here and in {first[0] or 'another file'}"
                f"{':' + str(first[1]) if first[1] else ''}: {_describe(value)} against {_describe(into[key])}; "
                "keep one declaration", path, (places or {}).get(key, (None, None))[1]))
            continue
        into.setdefault(key, value)
        if places and key in places:
            where.setdefault(key, places[key])


def _describe(entry) -> str:
    if isinstance(entry, Actor):
        return f"{entry.name!r} of {entry.party!r}, graded {entry.reliability}"
    return f"{entry.name!r} ({entry.kind})"


def _number(value) -> bool:
    return isinstance(value, numbers.Integral) and not isinstance(value, bool)


def _read_statements(parts: Parts, path: Path, data) -> None:
    entries = data.get("statements") or {}
    if not isinstance(entries, dict):
        parts.problems.append(CrosscheckError("'statements' must map statement ids to statements", path,
                                              line_of(data, "statements")))
        return
    for statement_id, entry in entries.items():
        line = line_of(entries, statement_id)
        owner = f"statement {statement_id!r}"
        if not is_id(str(statement_id)):
            parts.problems.append(CrosscheckError(f"{owner}: an id is lower-case letters, digits, dots, dashes or "
                                                  "underscores", path, line))
            continue
        if str(statement_id) in parts.statements:
            first = parts.statements[str(statement_id)].document
            parts.problems.append(CrosscheckError(f"{owner} is declared twice (also in document {first!r}); "
                                                  "statement ids are unique in the ledger", path, line))
            continue
        statement = _statement(parts, path, line, path.stem, str(statement_id), entry)
        if statement is not None:
            parts.statements[statement.id] = statement


def _statement(parts: Parts, path: Path, line, doc_id: str, statement_id: str, entry) -> Statement | None:
    owner = f"statement {statement_id!r}"
    if not isinstance(entry, dict):
        parts.problems.append(CrosscheckError(f"{owner}: must be a mapping", path, line))
        return None
    speaker, kind = str(entry.get("speaker", "")), entry.get("kind")
    ok = True
    if kind not in KINDS:
        parts.problems.append(CrosscheckError(f"{owner}: unknown kind {kind!r} (use one of {', '.join(KINDS)})", path, line))
        ok = False
    registry = parts.registry
    if registry is not None and speaker not in registry.actors:
        parts.problems.append(UnknownReference(f"{owner}: unknown speaker {speaker!r} (not in actors.yaml or this "
                                               "document's actors)", path, line, "speaker", speaker))
        ok = False
    said_on = _date(entry.get("said_on"), f"{owner}: said_on", path, line, parts.problems)
    span = _span(parts, path, line, owner, doc_id, entry)
    if not ok or span is None or said_on is False or registry is None:
        return None
    start, end, quote = span
    return Statement(doc_id, start, end, quote, speaker, registry.actors[speaker].party, str(kind),
                     str(entry.get("cue") or ""), said_on or None, statement_id)


def _date(value, what: str, path: Path, line, problems: list) -> dt.date | None | bool:
    """A date field: the date, None when absent, False (reported) when it is not a date."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        problems.append(CrosscheckError(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)", path, line))
        return False


def _span(parts: Parts, path: Path, line, owner: str, doc_id: str, entry) -> tuple[int, int, str] | None:
    """The quote's exact offsets: checked where given, found from the words where not."""
    document = parts.documents[doc_id]
    quote, start, end = entry.get("quote"), entry.get("start"), entry.get("end")
    if not isinstance(quote, str) or not quote:
        parts.problems.append(CrosscheckError(f"{owner}: needs the quote as text", path, line))
        return None
    if start is None and end is None:
        try:
            found = locate(document.text, quote, occurrence=entry.get("occurrence"), context=entry.get("context"),
                           document=doc_id, where=(path, line))
        except CrosscheckError as error:
            parts.problems.append(CrosscheckError(f"{owner}: {error.problem}", path, line))
            return None
        parts.unfilled.append(f"{doc_id}:{owner}")
        return found[0], found[1], quote
    if not _number(start) or not _number(end):
        parts.problems.append(CrosscheckError(f"{owner}: start and end must be whole numbers (or leave both out and "
                                              "let crosscheck find the words)", path, line))
        return None
    inside = 0 <= start < end <= len(document.text)
    if not inside or document.text[start:end] != quote:
        parts.mismatches.append(QuoteMismatch(path, line, owner, doc_id, start, end, quote,
                                              tuple(find_all(document.text, quote)),
                                              None if inside else len(document.text)))
        return None
    return start, end, quote


def _read_background(parts: Parts, path: Path, data) -> None:
    entries = data.get("background") or []
    if not isinstance(entries, list):
        parts.problems.append(CrosscheckError("'background' must be a list", path, line_of(data, "background")))
        return
    for index, entry in enumerate(entries):
        line = line_of(entries, index)
        owner = f"background {index + 1}"
        if not isinstance(entry, dict):
            parts.problems.append(CrosscheckError(f"{owner}: must be a mapping", path, line))
            continue
        if not str(entry.get("reason") or "").strip():
            parts.problems.append(CrosscheckError(f"{owner}: needs a reason", path, line))
            continue
        span = _span(parts, path, line, owner, path.stem, entry)
        if span:
            parts.background.append(Background(path.stem, *span, " ".join(str(entry["reason"]).split())))


def _read_claims_file(parts: Parts, path: Path, data) -> None:
    if not data:
        return
    group = data.get("group")
    if not isinstance(group, str) or not is_id(group):
        parts.problems.append(CrosscheckError("a claims file needs `group:`, a lower-case id", path, line_of(data, "group")))
        parts.unread.add(path)
        return
    if group in parts.groups:
        parts.problems.append(CrosscheckError(f"group {group!r} is also the group of {parts.groups[group].path.name}; "
                                              "one file per group", path, line_of(data, "group")))
        parts.unread.add(path)
        return
    order = data.get("order", 100)
    if not isinstance(order, numbers.Real) or isinstance(order, bool):
        parts.problems.append(CrosscheckError(f"order {order!r} must be a number", path, line_of(data, "order")))
        order = 100
    parts.groups[group] = Group(group, str(data.get("title") or group), float(order), path)
    entries = data.get("claims") or []
    if not isinstance(entries, list):
        parts.problems.append(CrosscheckError("'claims' must be a list", path, line_of(data, "claims")))
        parts.unread.add(path)
        return
    for index, entry in enumerate(entries):
        claim = _claim(parts, path, line_of(entries, index), group, entry)
        if claim is not None:
            parts.claims[claim.id] = claim


def _claim(parts: Parts, path: Path, line, group: str, entry) -> Claim | None:
    if not isinstance(entry, dict) or not entry.get("id") or not entry.get("text"):
        parts.problems.append(CrosscheckError("a claim needs an id and a text", path, line))
        return None
    claim_id = str(entry["id"])
    if not is_id(claim_id):
        parts.problems.append(CrosscheckError(f"claim id {claim_id!r}: lower-case letters, digits, dots, dashes or "
                                              "underscores", path, line))
        return None
    if claim_id in parts.claims:
        other = parts.groups[parts.claims[claim_id].group].path
        parts.problems.append(CrosscheckError(f"duplicate claim id {claim_id!r} (also in {other.name}: "
                                              f"{_short(parts.claims[claim_id].text)!r}, here "
                                              f"{_short(str(entry['text']))!r}); keep one, or rename one", path, line))
        return None
    evidence = _evidence(parts, path, entry, f"claim {claim_id!r}")
    depends = entry.get("depends_on") or []
    if not isinstance(depends, list):
        parts.problems.append(CrosscheckError(f"claim {claim_id!r}: depends_on must be a list of claim ids", path, line))
        depends = []
    summary = _words(entry.get("summary"))
    if len(summary) > SUMMARY_LIMIT:
        parts.problems.append(CrosscheckError(f"claim {claim_id!r}: its summary is {len(summary)} characters; keep it to "
                                              f"{SUMMARY_LIMIT} (it is what search results show)", path, line))
    return Claim(id=claim_id, text=_words(entry["text"]), group=group, depends_on=tuple(str(d) for d in depends),
                 note=_words(entry.get("note")), would_change=_words(entry.get("would_change")),
                 evidence=tuple(evidence), draft=bool(entry.get("draft", False)), line=line, summary=summary)


def _words(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _evidence(parts: Parts, path: Path, entry, owner: str) -> list[Evidence]:
    items = entry.get("evidence") or []
    if not isinstance(items, list):
        parts.problems.append(CrosscheckError(f"{owner}: evidence must be a list", path, line_of(entry, "evidence")))
        return []
    evidence = []
    for number, item in enumerate(items, start=1):
        line = line_of(items, number - 1)
        where = f"{owner} evidence {number}"
        if not isinstance(item, dict) or not item.get("statement"):
            parts.problems.append(CrosscheckError(f"{where}: needs `statement:` (a statement id) and a stance", path, line))
            continue
        stance, statement_id = item.get("stance"), str(item["statement"])
        if stance not in STANCES:
            parts.problems.append(CrosscheckError(f"{where}: unknown stance {stance!r} (use one of {', '.join(STANCES)})",
                                                  path, line))
            continue
        statement = parts.statements.get(statement_id)
        if statement is None:
            if statement_id not in parts.declared:  # a declared one that did not load has its own problem
                parts.problems.append(UnknownReference(f"{where}: unknown statement {statement_id!r}", path, line,
                                                       "statement", statement_id))
            continue
        published = parts.documents[statement.document].published
        evidence.append(Evidence(statement, str(stance), published.date() if published else None, _words(item.get("note"))))
    return evidence


def _check_dependencies(parts: Parts) -> None:
    from .ledger import dependency_order

    for claim in parts.claims.values():
        for dep in claim.depends_on:
            if dep not in parts.claims:
                parts.problems.append(UnknownReference(f"claim {claim.id!r} depends on unknown claim id {dep!r}",
                                                       parts.groups[claim.group].path, claim.line, "claim", dep))
    cycle = dependency_order(parts.claims)[1]
    if cycle:
        shown = cycle if len(cycle) <= 8 else [*cycle[:4], f"... ({len(cycle) - 6} more)", *cycle[-2:]]
        first = parts.claims[cycle[0]]
        parts.problems.append(CrosscheckError("claims depend on each other in a cycle: " + " -> ".join(shown),
                                              parts.groups[first.group].path, first.line))


def _in_group_order(parts: Parts) -> dict[str, Claim]:
    """Claims by their group's order (then the group's id), each group's claims in file order."""
    rank = {g.id: (g.order, g.id) for g in parts.groups.values()}
    ordered = sorted(parts.claims.values(), key=lambda c: rank[c.group])  # sorted() is stable: file order kept
    return {claim.id: claim for claim in ordered}


def sources_path(root: Path) -> Path:
    return ledger_folder(root) / SOURCES


def quote_entries(data) -> Iterator[tuple[str, Any]]:
    """(owner, entry) for every quote-bearing entry of a document file: its statements, then its background.

    The one list of quote-bearing entries: loading checks them, verify reports them, reanchor moves them.
    """
    statements = data.get("statements") if isinstance(data, dict) else None
    for statement_id, entry in (statements.items() if isinstance(statements, dict) else ()):
        if isinstance(entry, dict):
            yield f"statement {statement_id!r}", entry
    background = data.get("background") if isinstance(data, dict) else None
    for index, entry in enumerate(background if isinstance(background, list) else []):
        if isinstance(entry, dict):
            yield f"background {index + 1}", entry


def read_registry(root: str | Path) -> Registry | None:
    """The registry alone (actors.yaml and the documents' own actors), for commands that need only it;
    None when the project has none. Raises ProblemList when it cannot be read."""
    parts = Parts(Path(root))
    files = {path: read_yaml(path, DOCUMENT_KEYS, parts.problems) for path in document_files(root)}
    if not files and not (ledger_folder(root) / ACTORS).exists():
        return None
    registry = _read_registry(parts, files)
    if parts.problems:
        from .errors import ProblemList

        raise ProblemList(parts.problems)
    return registry
