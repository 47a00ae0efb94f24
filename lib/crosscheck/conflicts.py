"""Merges of one workbook by several analysts: what git could not merge, named side by side.

The layout (crosscheck.layout) lets git merge separate work without conflict. What is left is a real
disagreement, and ``crosscheck verify`` names each one on one line, with both sides:

- a file git left with conflict markers (the same claim created or edited on both branches, an actor
  graded differently): each side of the file is read on its own and every entry that differs is named
  with what each side says; entries only one side holds (both added at the same place) are named in one
  line; an append-only history is told to keep both sides' lines. Meanwhile the rest of the ledger is
  checked against both sides' entries (``both_sides``), so only the conflict is named;
- merges git completed into a contradiction: the same claim id in two files, an actor declared twice
  differently (crosscheck.loading reports those), and verdict histories that forked (crosscheck.verdicts).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .errors import CrosscheckError


class MergeConflict(CrosscheckError):
    """A file git left with conflict markers, explained: what each side holds."""


_MARKER = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(?: (.*))?$")
_SINGULAR = {"claims": "claim", "actors": "actor", "parties": "party", "statements": "statement",
             "sources": "source", "background": "background"}


def sides(text: str, keep_lines: bool = False) -> tuple[str, str, str, str, int] | None:
    """(ours, theirs, our label, their label, first marker line) of a file with conflict markers, or None.

    With ``keep_lines``, every line a side does not hold (markers, the other side's lines, a diff3 base)
    is left empty instead of removed, so each side keeps the file's line numbers.
    """
    ours, theirs = [], []
    state, labels, first = "both", ["ours", "theirs"], 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        match = _MARKER.match(line.rstrip("\r\n"))
        if match:
            mark = match.group(1)[0]
            first = first or number
            if mark == "<":
                state, labels[0] = "ours", match.group(2) or labels[0]
            elif mark == "|":
                state = "base"
            elif mark == "=":
                state = "theirs"
            else:
                state, labels[1] = "both", match.group(2) or labels[1]
            line = ""
        for side, holds in ((ours, state in ("both", "ours")), (theirs, state in ("both", "theirs"))):
            if holds and line:
                side.append(line)
            elif keep_lines:
                side.append("\n")
    return ("".join(ours), "".join(theirs), labels[0], labels[1], first) if first else None


def _hunks(text: str) -> list[int]:
    """The line of each ``<<<<<<<`` marker."""
    return [n for n, line in enumerate(text.splitlines(), start=1) if line.startswith("<" * 7)]


_FIX = "remove the conflict markers, and run `crosscheck verify` again"
#: More entries than this differing in one file are named in one line (one conflict, not a list).
_LISTED = 3
SHA = "'sha256'"


def conflict_problems(path: str | Path, text: str) -> list[CrosscheckError]:
    """What each side of a conflicted file holds, one line per disagreement (empty without markers)."""
    split = sides(text, keep_lines=True)
    if split is None:
        return []
    ours, theirs, our_label, their_label, line = split
    if str(path).endswith(".jsonl"):
        return [_history_problem(path, ours, theirs, our_label, their_label, line)]
    try:
        left, right = _entries(ours, path), _entries(theirs, path)
    except CrosscheckError:
        return [MergeConflict(f"unresolved merge conflict between {our_label} and {their_label}; keep one side "
                              f"(or both), {_FIX}", path, line)]
    if not left or not right:
        empty, full = (our_label, their_label) if not left else (their_label, our_label)
        return [MergeConflict(f"merge conflict: {full} holds the file's entries and {empty} holds none (emptied "
                              f"or deleted there); keep one side, {_FIX}", path, line)]
    labels, hunks = (our_label, their_label), _hunks(text)
    differing = [k for k in dict.fromkeys([*left, *right]) if _value(left, k) != _value(right, k)]
    both = [k for k in differing if k in left and k in right]
    if SHA in both:  # one id, two articles: the statements and claims differ because the texts do
        return [MergeConflict(
            f"merge conflict: the document is a different text on each side ({our_label}: SHA-256 "
            f"{str(left[SHA][0])[:12]}..., {their_label}: SHA-256 "
            f"{str(right[SHA][0])[:12]}...): the same document id was given to two articles; keep one side's files "
            f"and ingest the other article under another name, {_FIX}", path, line)]
    one_sided = [k for k in differing if k not in both]
    only = [f"{key} ({our_label if key in left else their_label})" for key in one_sided]
    merge_again = f"`crosscheck setup-git` then `git checkout --merge -- {_in_repository(path)}`"
    if both and one_sided and len(differing) > _LISTED:  # one file gone two ways: one line for it
        return [MergeConflict(
            f"merge conflict: {our_label} and {their_label} differ on {len(differing)} entries: both changed "
            f"{_listed(both)}; only one side has {_listed(only)}; keep one side of each entry both changed ({merge_again} "
            f"places the others entry by entry), then run `crosscheck verify` again", path, hunks[0])]
    problems = _disagreements(path, labels, hunks, left, right, both)
    if one_sided:
        first = one_sided[0]
        problems.append(MergeConflict(
            f"merge conflict: entries on one side only, each added there or deleted on the other: {_listed(only)}; "
            f"{merge_again} merges them entry by entry (or keep each added entry whole by hand), then run "
            f"`crosscheck verify` again", path, _hunk_of(hunks, left if first in left else right, first)))
    return problems or [MergeConflict(f"unresolved merge conflict between {our_label} and {their_label} (the "
                                      f"sides differ only in layout); keep one side, {_FIX}", path, line)]


def _disagreements(path, labels: tuple[str, str], hunks: list[int], left: dict, right: dict,
                   keys: list[str]) -> list[CrosscheckError]:
    """One line per entry the two sides hold differently; one line for them all when there are many."""
    ours, theirs = labels
    if len(keys) > _LISTED:
        return [MergeConflict(f"merge conflict: {ours} and {theirs} disagree on {len(keys)} entries "
                              f"({_listed(keys)}); keep one side of each, {_FIX}", path, _hunk_of(hunks, left, keys[0]))]
    return [MergeConflict(f"merge conflict on {key}: {ours} has {_say(_value(left, key))}, {theirs} has "
                          f"{_say(_value(right, key))}; keep one side, {_FIX}", path, _hunk_of(hunks, left, key))
            for key in keys]


def _in_repository(path) -> str:
    """A ledger file's path from the project's folder (``ledger/...``), as git commands take it."""
    parts = Path(path).parts
    return "/".join(parts[len(parts) - 1 - parts[::-1].index("ledger"):]) if "ledger" in parts else str(path)


def _listed(names: list[str]) -> str:
    return ", ".join(names[:_LISTED]) + (f" and {len(names) - _LISTED} more" if len(names) > _LISTED else "")


def _value(entries: dict[str, tuple[Any, int | None]], key: str):
    return entries[key][0] if key in entries else None


def _hunk_of(hunks: list[int], entries: dict, key: str) -> int:
    """The marker line of the conflict that holds the entry ``key`` (the first conflict when unknown)."""
    at = entries.get(key, (None, None))[1]
    before = [h for h in hunks if at is not None and h <= at]
    return before[-1] if before else hunks[0]


def _history_problem(path, ours: str, theirs: str, our_label: str, their_label: str, line: int) -> CrosscheckError:
    """An append-only history (verdicts, provenance) with conflict markers: both sides' lines belong."""
    left, right = _lines(ours), _lines(theirs)
    only_left, only_right = [v for v in left if v not in right], [v for v in right if v not in left]
    said = "; ".join(f"only {label} has {len(found)} line(s) ({_short(', '.join(map(_record, found)), 80)})"
                     for label, found in ((our_label, only_left), (their_label, only_right)) if found)
    return MergeConflict(
        f"merge conflict in an append-only history: {said or 'the sides differ only in layout'}; keep both sides' "
        f"lines (its `.gitattributes` line `merge=union` makes git do that), {_FIX}", path, line)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _record(line: str) -> str:
    """A history line, briefly: a verdict as "'confirmed' on CLAIM by ANALYST"."""
    import json

    try:
        data = json.loads(line)
    except ValueError:
        return line
    if isinstance(data, dict) and {"claim", "status", "analyst"} <= set(data):
        return f"{data['status']!r} on {data['claim']} by {data['analyst']}"
    return line


def both_sides(path: str | Path, text: str, keys: tuple[str, ...] | None = None) -> Any:
    """A conflicted ledger file read as our side with every entry only their side holds added, at the
    file's own line numbers: what the rest of the ledger is checked against until the conflict is settled
    (so only the conflict is named, not everything that refers to its entries). {} when a side cannot be read."""
    from .yamlio import parse_yaml_file

    ours, theirs = sides(text, keep_lines=True)[:2]
    try:
        data, other = parse_yaml_file(ours, path, keys), parse_yaml_file(theirs, path, keys)
    except CrosscheckError:
        return {}
    for key, value in other.items():
        mine = data.get(key)
        if key not in data:
            data[key] = value
        elif isinstance(mine, dict) and isinstance(value, dict):
            for name, entry in value.items():
                if name not in mine:
                    mine[name] = entry
        elif isinstance(mine, list) and isinstance(value, list):
            known = {_id(item) for item in mine}
            mine.extend(item for item in value if _id(item) is not None and _id(item) not in known)
    return data


def _id(item) -> str | None:
    return str(item["id"]) if isinstance(item, dict) and item.get("id") else None


def _entries(text: str, path) -> dict[str, tuple[Any, int | None]]:
    """A ledger file's entries by name ("claim 'x'", "actor 'y'") with their lines, for comparing sides."""
    from .yamlio import line_of, parse_yaml

    data = parse_yaml(text, path)
    entries: dict[str, tuple[Any, int | None]] = {}
    for key, value in (data or {}).items() if isinstance(data, dict) else ():
        kind = _SINGULAR.get(str(key))
        if isinstance(value, dict) and kind:
            entries.update({f"{kind} {k!r}": (_plain(v), line_of(value, k)) for k, v in value.items()})
        elif isinstance(value, list) and kind:
            for index, item in enumerate(value):
                name = _id(item) or index + 1
                label = f"{kind} {name!r}" if isinstance(name, str) else f"{kind} {name}"
                entries[label] = (_plain(item), line_of(value, index))
        else:
            entries[f"{key!r}"] = (_plain(value), line_of(data, key))
    return entries


def _plain(value):
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _say(value) -> str:
    """What one side holds, briefly: a grade as "grade C (reason)", otherwise the fields it sets."""
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        if "reliability" in value:
            reason = f" ({_short(value.get('reliability_reason', ''))})" if value.get("reliability_reason") else ""
            return f"grade {value['reliability']}{reason}"
        if "text" in value:
            return f"{_short(value['text'])!r}"
        return ", ".join(f"{k} {_short(v)!r}" for k, v in list(value.items())[:3])
    return f"{_short(value)!r}"


def _short(value, limit: int = 50) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def fork_problems(verdicts: list) -> list[CrosscheckError]:
    """One line per claim whose verdict histories forked, naming each side's latest verdict."""
    from .verdicts import forks

    problems = []
    for claim, found in forks(verdicts).items():
        said = " and ".join(f"{v.status!r} by {v.analyst} at {v.time} ({v.where()})" for v in found)
        problems.append(CrosscheckError(
            f"claim {claim!r}: verdict histories recorded apart now interleave: {said}; record the desk's verdict "
            f"(`crosscheck verdict {claim} STATUS --analyst NAME --reason TEXT`) to settle it", found[-1].file,
            found[-1].line))
    return problems
