"""git's merge driver for ledger YAML files: entries merged one by one, a conflict around one entry only.

git merges text by lines, so two analysts who each add an actor at the end of ``actors.yaml``, a claim at
the end of a group, an outside report at the end of ``sources.yaml``, or a statement at the same place of
a document file, conflict although nothing disagrees; and where two new entries share a line (the same
``end:``), git's own conflict can cut through both. This driver reads the three versions (the common
ancestor, ours, theirs) as the ledger's files are laid out (top-level keys at the margin, entries two
spaces in, keyed by their id) and merges entry by entry: an entry changed, added or removed on one side
only is taken from that side; one changed on both sides differently is a conflict, with git's markers
around that entry alone, which ``crosscheck verify`` then explains (crosscheck.conflicts).

It never guesses: the merged text must read back as exactly the entry-by-entry merge of the three
versions' data, or the driver hands the file to git's own line merge (``git merge-file``). Each clone
enables it once with ``crosscheck setup-git`` (git keeps drivers in ``.git/config``, not in the
repository); ``.gitattributes`` names the files it is for. A clone without it merges by lines as before.
"""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CrosscheckError

DRIVER = "crosscheck"
_TOP_KEY = re.compile(r"^[A-Za-z_][\w-]*:(\s|$)")
_ENTRY = re.compile(r"^  (- |[^\s#-])")


class Unmergeable(Exception):
    """A version this driver does not read (not laid out as the ledger writes it): git merges it by lines."""


@dataclass
class Section:
    """A top-level key of a file: its lines before the first entry, and its entries by id (None: one block)."""

    head: str
    entries: dict[str, str] | None = None
    value: Any = None

    @property
    def text(self) -> str:
        return self.head + "".join((self.entries or {}).values())


@dataclass
class Version:
    """One version of a file, cut into its top-level sections (``""``: the lines before the first key)."""

    sections: dict[str, Section] = field(default_factory=dict)
    data: Any = None


def read_version(text: str) -> Version:
    """Cut ``text`` into sections and entries, checked against the data it parses to."""
    from .conflicts import sides
    from .yamlio import parse_yaml

    if sides(text) is not None:
        raise Unmergeable("already holds conflict markers")
    try:
        data = parse_yaml(text, "version") if text.strip() else {}
    except CrosscheckError as error:
        raise Unmergeable(str(error)) from None
    if not isinstance(data, dict):
        raise Unmergeable("the top level is not a mapping")
    version = Version(data=data)
    for key, lines in _top_level(text):
        version.sections[key] = _section(lines, data.get(key) if key else None)
    if set(version.sections) - {""} != {str(k) for k in data}:
        raise Unmergeable("top-level keys not at the margin")
    return version


def _top_level(text: str) -> list[tuple[str, list[str]]]:
    """(key, lines) per top-level key; comments and blank lines just above a key belong to it."""
    cut: list[tuple[str, list[str]]] = [("", [])]
    for line in text.splitlines(keepends=True):
        if _TOP_KEY.match(line):
            lines = cut[-1][1]
            lead = len(lines)
            while lead and (not lines[lead - 1].strip() or lines[lead - 1].startswith("#")) and cut[-1][0]:
                lead -= 1
            cut[-1] = (cut[-1][0], lines[:lead])
            cut.append((line.split(":", 1)[0], lines[lead:] + [line]))
        else:
            cut[-1][1].append(line)
    return [(key, lines) for key, lines in cut if key or lines]


def _section(lines: list[str], value: Any) -> Section:
    """A section's entries by id when its value is a mapping of entries or a list of entries with ids."""
    text = "".join(lines)
    if not isinstance(value, (dict, list)) or not value:
        return Section(text, None, value)
    keys = [str(k) for k in value] if isinstance(value, dict) else [_id(item) for item in value]
    starts = [i for i, line in enumerate(lines) if _ENTRY.match(line)]
    if None in keys or len(set(keys)) != len(keys) or len(starts) != len(keys):
        return Section(text, None, value)
    for start, key in zip(starts, keys):
        line = lines[start]
        if isinstance(value, list) != line.startswith("  - ") or (
                isinstance(value, dict) and line[2:].split(":", 1)[0] != key):
            return Section(text, None, value)
    starts = [_leading(lines, i, floor) for i, floor in zip(starts, [1, *[s + 1 for s in starts[:-1]]])]
    bounds = [*starts, len(lines)]
    entries = {key: "".join(lines[bounds[n]:bounds[n + 1]]) for n, key in enumerate(keys)}
    return Section("".join(lines[:starts[0]]), entries, value)


def _leading(lines: list[str], start: int, floor: int) -> int:
    """An entry's first line: its own, or the comment lines just above it (a heading over a run of entries)."""
    while start > floor and lines[start - 1].lstrip().startswith("#"):
        start -= 1
    return start


def _id(item) -> str | None:
    """A list entry's key: its id, or for a background sentence (no id) its quote."""
    if not isinstance(item, dict):
        return None
    if item.get("id") not in (None, ""):
        return str(item["id"])
    return f"quote {item['quote']}" if isinstance(item.get("quote"), str) and item["quote"] else None


# --------------------------------------------------------------------------------------------- merging


@dataclass
class Merged:
    """The merged text and how many entries conflict."""

    text: str
    conflicts: int


def merge_texts(base: str, ours: str, theirs: str, labels: tuple[str, str] = ("HEAD", "theirs"),
                marker_size: int = 7) -> Merged:
    """Merge three versions entry by entry; raises Unmergeable when a version is not laid out as expected
    or the result would not read back as the entry-by-entry merge of their data."""
    if marker_size != 7:
        raise Unmergeable("conflict markers of another size than git's seven")  # crosscheck.conflicts reads seven
    versions = [read_version(_terminated(text)) for text in (base, ours, theirs)]
    markers = Markers(labels, marker_size)
    out = []
    for key in _order(*(list(v.sections) for v in versions)):
        out.append(_merge_section(*(v.sections.get(key) for v in versions), markers))
    merged = Merged("".join(out), markers.count)
    _check(merged, versions)
    return merged


@dataclass
class Markers:
    labels: tuple[str, str]
    size: int
    count: int = 0

    def conflict(self, ours: str | None, theirs: str | None) -> str:
        self.count += 1
        return (f"{'<' * self.size} {self.labels[0]}\n{ours or ''}{'=' * self.size}\n{theirs or ''}"
                f"{'>' * self.size} {self.labels[1]}\n")


def _terminated(text: str) -> str:
    return text if not text or text.endswith("\n") else text + "\n"


def _order(base: list[str], ours: list[str], theirs: list[str]) -> list[str]:
    """Ours' order, with what only theirs holds placed after the entry it follows there and after what
    ours added at that place (both sides' additions at the end: ours', then theirs')."""
    order, known = list(ours), set(base)
    for index, key in enumerate(theirs):
        if key in order:
            continue
        before = next((k for k in reversed(theirs[:index]) if k in order), None)
        at = order.index(before) + 1 if before is not None else 0
        while at < len(order) and order[at] not in known and order[at] not in theirs:
            at += 1
        order.insert(at, key)
    return order


def _pick(base: str | None, ours: str | None, theirs: str | None, markers: Markers) -> str:
    """Three-way choice of one block of text ("" for absent)."""
    if ours == theirs:
        return ours or ""
    if ours == base:
        return theirs or ""
    if theirs == base:
        return ours or ""
    return markers.conflict(ours, theirs)


def _merge_section(base: Section | None, ours: Section | None, theirs: Section | None, markers: Markers) -> str:
    present = [s for s in (ours, theirs) if s is not None]
    collections = all(s.entries is not None for s in present) and (base is None or base.entries is not None
                                                                   or not base.value)
    if not collections or (ours is None) != (theirs is None):
        return _pick(*(s.text if s else None for s in (base, ours, theirs)), markers)
    head = _pick(base.head if base and base.entries is not None else (base.text if base else None),
                 ours.head, theirs.head, markers)
    entries = [(s.entries or {}) if s is not None else {} for s in (base, ours, theirs)]
    body = [_pick(*(e.get(key) for e in entries), markers) for key in _order(*(list(e) for e in entries))]
    return head + "".join(body)


def _check(merged: Merged, versions: list[Version]) -> None:
    """The merged text must read as the entry-by-entry merge of the versions' data (each side of a conflict
    as a file of its own), or nothing is trusted."""
    from .conflicts import _plain, sides
    from .yamlio import parse_yaml

    texts = [merged.text] if not merged.conflicts else list(sides(merged.text)[:2])
    expected = _expected([_plain(v.data) for v in versions])
    for text, want in zip(texts, expected if merged.conflicts else expected[:1]):
        try:
            got = _plain(parse_yaml(text, "merged") if text.strip() else {})
        except CrosscheckError as error:
            raise Unmergeable(f"the merge would not read back ({error})") from None
        if got != want:
            raise Unmergeable("the merge would not read back as the entries merged")


def _expected(data: list[dict]) -> list[dict]:
    """The entry-by-entry merge of three versions' data: [taking ours in a conflict, taking theirs]."""
    results = []
    for prefer in (1, 2):
        results.append(_merge_values(*data, prefer=prefer, depth=0))
    return results


def _merge_values(base, ours, theirs, prefer: int, depth: int):
    if ours == theirs:
        return ours
    if ours == base:
        return theirs
    if theirs == base:
        return ours
    if depth < 2 and all(isinstance(v, dict) or v is None for v in (base, ours, theirs)) and ours and theirs:
        return _merge_keyed(base or {}, ours, theirs, prefer, depth)
    if depth == 1 and all(isinstance(v, list) or v is None for v in (base, ours, theirs)) and ours and theirs:
        keyed = [{_id(item): item for item in v or []} for v in (base, ours, theirs)]
        if all(None not in k for k in keyed):
            return list(_merge_keyed(*keyed, prefer=prefer, depth=depth).values())
    return (ours, theirs)[prefer - 1]


def _merge_keyed(base: dict, ours: dict, theirs: dict, prefer: int, depth: int) -> dict:
    result = {}
    for key in _order(list(base), list(ours), list(theirs)):
        value = _merge_values(base.get(key), ours.get(key), theirs.get(key), prefer, depth + 1)
        if value is not None or (key in ours and key in theirs):
            result[key] = value
    return result


# ------------------------------------------------------------------------------------------- with git


def merge_driver(base: Path, ours: Path, theirs: Path, marker_size: int = 7, path: str = "") -> int:
    """What git runs (``%O %A %B %L %P``): the merge is written to ``ours``; 0 when clean, 1 with conflicts."""
    try:
        texts = [p.read_bytes().decode("utf-8") if p.exists() else "" for p in (base, ours, theirs)]
        merged = merge_texts(*texts, labels=("HEAD", _their_label()), marker_size=marker_size)
    except (Unmergeable, UnicodeDecodeError, RecursionError):
        return _line_merge(base, ours, theirs, marker_size, path)
    except Exception as error:  # a bug here must not cost a merge: said, then git's own merge does it
        if os.environ.get("CROSSCHECK_DEBUG"):
            raise
        print(f"crosscheck: {path or ours}: the merge driver failed ({type(error).__name__}: {error}); merged by "
              "lines instead", file=sys.stderr)
        return _line_merge(base, ours, theirs, marker_size, path)
    ours.write_bytes(merged.text.encode("utf-8"))
    return 1 if merged.conflicts else 0


def _their_label() -> str:
    """The branch being merged, as git names it for ``git merge`` (GITHEAD_<commit>), else "theirs"."""
    names = [value for key, value in os.environ.items() if key.startswith("GITHEAD_")]
    return names[0] if len(names) == 1 else "theirs"


def _line_merge(base: Path, ours: Path, theirs: Path, marker_size: int, path: str) -> int:
    """git's own line merge, for a file this driver does not read."""
    result = subprocess.run(["git", "merge-file", f"--marker-size={marker_size}", "-L", "HEAD", "-L", "base",
                             "-L", _their_label(), str(ours), str(base), str(theirs)], capture_output=True, text=True)
    if result.returncode < 0 or result.returncode > 127:
        print(f"crosscheck: {path or ours}: git merge-file failed: {result.stderr.strip()}", file=sys.stderr)
        return 2
    return 1 if result.returncode else 0


def setup_git(root: Path) -> list[str]:
    """Enable the driver in the clone holding ``root`` (its .git/config); one line per thing done or missing."""
    found = subprocess.run(["git", "rev-parse", "--git-dir"], cwd=root, capture_output=True, text=True)
    if found.returncode:
        raise CrosscheckError("is not inside a git clone; run this in your clone of the workbook", root)
    command = f"{shlex.quote(sys.executable)} -m crosscheck.cli merge-file %O %A %B %L %P"
    for key, value in ((f"merge.{DRIVER}.name", "crosscheck: ledger entries merged one by one"),
                       (f"merge.{DRIVER}.driver", command)):
        subprocess.run(["git", "config", key, value], cwd=root, check=True, capture_output=True)
    lines = [f"git merges ledger files entry by entry in this clone ({command})"]
    attributes = root / ".gitattributes"
    have = attributes.read_text(encoding="utf-8").splitlines() if attributes.is_file() else []
    from .layout import GITATTRIBUTES

    missing = [line for line in GITATTRIBUTES.splitlines() if line and not line.startswith("#") and line not in have]
    if missing:
        lines.append(f"note: {attributes} lacks " + "; ".join(f"`{m}`" for m in missing) +
                     ": add these lines (and commit them) so git uses it for the ledger's files")
    return lines
