"""Merges of one workbook by several analysts: what git could not merge, named side by side.

The layout (crosscheck.layout) lets git merge separate work without conflict. What is left is a real
disagreement, and ``crosscheck verify`` names each one on one line, with both sides:

- a file git left with conflict markers (the same claim created or edited on both branches, an actor
  graded differently): each side of the file is read on its own and every entry that differs is named
  with what each side says;
- merges git completed into a contradiction: the same claim id in two files, an actor declared twice
  differently (crosscheck.loading reports those), and verdict histories that forked (crosscheck.verdicts).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .errors import CrosscheckError

_MARKER = re.compile(r"^(<{7}|\|{7}|={7}|>{7})(?: (.*))?$")
_SINGULAR = {"claims": "claim", "actors": "actor", "parties": "party", "statements": "statement",
             "sources": "source", "background": "background"}


def sides(text: str) -> tuple[str, str, str, str, int] | None:
    """(ours, theirs, our label, their label, first marker line) of a file with conflict markers, or None."""
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
            continue
        if state in ("both", "ours"):
            ours.append(line)
        if state in ("both", "theirs"):
            theirs.append(line)
    return ("".join(ours), "".join(theirs), labels[0], labels[1], first) if first else None


def conflict_problems(path: str | Path, text: str) -> list[CrosscheckError]:
    """One line per entry on which the two sides of a conflicted file differ (empty without markers)."""
    split = sides(text)
    if split is None:
        return []
    ours, theirs, our_label, their_label, line = split
    fix = "keep one side (or both), remove the conflict markers, and run `crosscheck verify` again"
    try:
        left, right = _entries(ours, path), _entries(theirs, path)
    except CrosscheckError:
        return [CrosscheckError(f"unresolved merge conflict between {our_label} and {their_label}; {fix}", path, line)]
    if not left or not right:
        empty, full = (our_label, their_label) if not left else (their_label, our_label)
        return [CrosscheckError(f"merge conflict: {full} holds the file's entries and {empty} holds none (emptied "
                                f"or deleted there); {fix}", path, line)]
    problems = []
    for key in [k for k in dict.fromkeys([*left, *right]) if left.get(k) != right.get(k)]:
        problems.append(CrosscheckError(
            f"merge conflict on {key}: {our_label} has {_say(left.get(key))}, {their_label} has "
            f"{_say(right.get(key))}; {fix}", path, line))
    return problems or [CrosscheckError(f"unresolved merge conflict between {our_label} and {their_label} (the "
                                        f"sides differ only in layout); {fix}", path, line)]


def _entries(text: str, path) -> dict[str, Any]:
    """A ledger file's entries by name ("claim 'x'", "actor 'y'", "verdict line 3"), for comparing sides."""
    if str(path).endswith(".jsonl"):
        return {f"verdict {line.strip()[:60]!r}": line.strip() for line in text.splitlines() if line.strip()}
    from .yamlio import parse_yaml

    data = parse_yaml(text, path)
    entries: dict[str, Any] = {}
    for key, value in (data or {}).items() if isinstance(data, dict) else ():
        kind = _SINGULAR.get(str(key))
        if isinstance(value, dict) and kind:
            entries.update({f"{kind} {k!r}": _plain(v) for k, v in value.items()})
        elif isinstance(value, list) and kind:
            for index, item in enumerate(value):
                name = item.get("id") if isinstance(item, dict) and item.get("id") else index + 1
                entries[f"{kind} {name!r}" if isinstance(name, str) else f"{kind} {name}"] = _plain(item)
        else:
            entries[f"{key!r}"] = _plain(value)
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
