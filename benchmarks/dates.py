#!/usr/bin/env python3
"""Date benchmark: score the relative-date check against annotated dates (format: benchmarks/dates/README.md).

usage: dates.py POLNEAR_TEXT_DIR [--set dev|heldout|NAME ...] [--misses] [--json]

``--set NAME`` scores the folder benchmarks/dates/NAME (any set in the format, e.g. a fresh blind one).

POLNEAR_TEXT_DIR is the folder of the PolNeAR articles the standoff files point into (their text is
never copied into the project). Prints, per set and per kind of expression: gold, found, right, wrong,
coarse->day, and overall the share of day expressions found, the share of found ones resolved right,
and the check's expressions that overlap no annotation (spurious). ``--misses`` lists every miss and
wrong value, for dev only: it refuses any other set (never look at held-out failures while tuning).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "lib"))

from crosscheck.checks import run_checks  # noqa: E402

SETS = HERE / "dates"
KINDS = ("weekday", "month-day", "holiday", "relative-day", "relative-period", "anchored", "month", "season")
_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)\|([^|\]]+)\]\]")


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    kind: str
    value: str  # TIMEX3-style value, or "-" for "no one calendar value"


@dataclass
class Doc:
    name: str
    published: dt.date
    text: str
    gold: list[Gold]


def granularity(value: str | None) -> str:
    """'day', 'weekend', 'week', 'month', 'quarter', 'season', 'year', 'range' or 'none'."""
    if not value or value == "-":
        return "none"
    patterns = (("day", r"\d{4}-\d\d-\d\d"), ("weekend", r"\d{4}-W\d\d-WE"), ("week", r"\d{4}-W\d\d"),
                ("month", r"\d{4}-\d\d"), ("quarter", r"\d{4}-Q[1-4]"), ("season", r"\d{4}-(?:SP|SU|FA|WI)"),
                ("year", r"\d{4}"), ("range", r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d"))
    for name, rx in patterns:
        if re.fullmatch(rx, value):
            return name
    raise ValueError(f"not a value: {value!r}")


# ---- reading the sets -----------------------------------------------------------------------------

def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise SystemExit(f"{path}: not UTF-8 (byte {e.start})") from None
    except OSError as e:
        raise SystemExit(f"{path}: cannot read: {e.strerror}") from None


def _checked(path: Path, n: int | str, kind: str, value: str) -> None:
    """Refuse an annotation of an unknown kind or with a value that is no TIMEX3-style value."""
    if kind not in KINDS:
        raise SystemExit(f"{path}:{n}: unknown kind {kind!r} (one of {', '.join(KINDS)})")
    try:
        size = granularity(value)
        for day in re.findall(r"\d{4}-\d\d-\d\d", value):
            dt.date.fromisoformat(day)
        if size == "month" and not 1 <= int(value[5:7]) <= 12 or size in ("week", "weekend") and not 1 <= int(value[6:8]) <= 53:
            raise ValueError(value)
    except ValueError:
        raise SystemExit(f"{path}:{n}: {value!r} is no value (see benchmarks/dates/README.md)") from None


def read_standoff(path: Path, text_dir: Path) -> list[Doc]:
    shas: dict[str, str] = {}
    rows: dict[str, list[list[str]]] = {}
    for n, line in enumerate(_read_text(path).splitlines(), 1):
        cols = line.split("\t")
        if line.startswith("# sha256\t"):
            shas[cols[1]] = cols[2]
        elif line.startswith("#") or not line.strip() or cols[0] == "document":
            continue
        elif len(cols) != 6:
            raise SystemExit(f"{path}:{n}: expected 6 tab-separated columns, got {len(cols)}")
        elif not (cols[2].isdigit() and cols[3].isdigit() and int(cols[2]) < int(cols[3])):
            raise SystemExit(f"{path}:{n}: start and end must be offsets, start before end: {cols[2]!r}, {cols[3]!r}")
        else:
            _checked(path, n, cols[4], cols[5])
            _date(path, n, cols[1])
            rows.setdefault(cols[0], []).append(cols)
    docs = []
    for name, items in rows.items():
        source = text_dir / name
        if not source.is_file():
            raise SystemExit(f"{path}: {source}: no such article (give the PolNeAR text folder)")
        raw = source.read_bytes()
        if name in shas and hashlib.sha256(raw).hexdigest() != shas[name]:
            raise SystemExit(f"{path}: {source}: SHA-256 differs from the annotated text")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            raise SystemExit(f"{source}: not UTF-8 (byte {e.start})") from None
        gold = [Gold(int(s), int(e), kind, value) for _, _, s, e, kind, value in items]
        if max(g.end for g in gold) > len(text):
            raise SystemExit(f"{path}: {name}: an offset lies past the article's end ({len(text)} characters)")
        docs.append(Doc(name, dt.date.fromisoformat(items[0][1]), text, gold))
    return docs


def _date(path: Path, n: int, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SystemExit(f"{path}:{n}: {value!r} is no date as YYYY-MM-DD") from None


def read_inline(path: Path) -> Doc:
    head, _, body = _read_text(path).partition("\n\n")
    m = re.fullmatch(r"published:\s*(\d{4}-\d\d-\d\d)\s*", head)
    if m is None:
        raise SystemExit(f"{path}:1: the first line must be 'published: YYYY-MM-DD'")
    published = _date(path, 1, m.group(1))
    out, gold, pos = [], [], 0
    for mark in _MARK.finditer(body):
        out.append(body[pos:mark.start()])
        start = sum(map(len, out))
        expr, kind, value = mark.groups()
        _checked(path, f"mark {len(gold) + 1}", kind, value)
        out.append(expr)
        gold.append(Gold(start, start + len(expr), kind, value))
        pos = mark.end()
    out.append(body[pos:])
    return Doc(path.name, published, "".join(out), gold)


def read_set(folder: Path, text_dir: Path) -> list[Doc]:
    docs: list[Doc] = []
    for tsv in sorted(folder.glob("*.tsv")):
        docs.extend(read_standoff(tsv, text_dir))
    docs.extend(read_inline(p) for p in sorted((folder / "articles").glob("*.txt")))
    if not docs:
        raise SystemExit(f"{folder}: no annotations (*.tsv or articles/*.txt)")
    return docs


# ---- the check's answers --------------------------------------------------------------------------

def value_of(data: dict) -> str | None:
    """The finding's value; for findings made before ``value`` existed, derived from ``resolved``."""
    if "value" in data:
        return data["value"]
    resolved = data.get("resolved")
    if isinstance(resolved, str):
        return resolved
    if not isinstance(resolved, dict):
        return None
    a, b = dt.date.fromisoformat(resolved["start"]), dt.date.fromisoformat(resolved["end"])
    if a.weekday() == 5 and (b - a).days == 1:
        return f"{a.isocalendar()[0]}-W{a.isocalendar()[1]:02d}-WE"
    if a.weekday() == 0 and (b - a).days == 6:
        return f"{a.isocalendar()[0]}-W{a.isocalendar()[1]:02d}"
    if a.day == 1 and (b + dt.timedelta(days=1)).day == 1 and a.month == b.month:
        return f"{a.year}-{a.month:02d}"
    if (a.month, a.day, b.month, b.day) == (1, 1, 12, 31) and a.year == b.year:
        return str(a.year)
    return f"{resolved['start']}/{resolved['end']}"


def answers(doc: Doc) -> list[tuple[int, int, str | None]]:
    found = run_checks(doc.text, doc.published, kinds=["relative-date"])
    return [(f.spans[0].start, f.spans[0].end, value_of(f.data)) for f in found if f.spans]


# ---- scoring ----------------------------------------------------------------------------------------

def score(docs: list[Doc]) -> tuple[dict, list[str], int]:
    counts = {k: dict.fromkeys(("gold", "found", "right", "wrong", "coarse->day", "none"), 0) for k in KINDS}
    notes: list[str] = []
    spurious = 0
    for doc in docs:
        got = answers(doc)
        used: set[int] = set()
        for g in doc.gold:
            c = counts[g.kind]
            hit = next((i for i, (s, e, _) in enumerate(got) if i not in used and s < g.end and g.start < e), None)
            value = got[hit][2] if hit is not None else None
            if hit is not None:
                used.add(hit)
            shown = doc.text[g.start:g.end]
            if g.value == "-":
                c["none"] += 1
                if granularity(value) == "day":
                    c["coarse->day"] += 1
                    notes.append(f"{doc.name}:{g.start} {shown!r}: {g.kind} '-' given a day {value}")
                continue
            c["gold"] += 1
            if hit is None:
                notes.append(f"{doc.name}:{g.start} {shown!r}: {g.kind} {g.value} MISSED")
                continue
            c["found"] += 1
            if value == g.value:
                c["right"] += 1
                continue
            c["wrong"] += 1
            if granularity(g.value) != "day" and granularity(value) == "day":
                c["coarse->day"] += 1
            notes.append(f"{doc.name}:{g.start} {shown!r}: {g.kind} {g.value} got {value}")
        for i, (s, e, value) in enumerate(got):
            if i not in used:
                spurious += 1
                notes.append(f"{doc.name}:{s} {doc.text[s:e]!r}: spurious {value}")
    return counts, notes, spurious


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def report(name: str, docs: list[Doc], counts: dict, spurious: int) -> dict:
    print(f"\n== {name}: {len(docs)} documents, {sum(len(d.gold) for d in docs)} annotations")
    print(f"{'kind':<16}{'gold':>6}{'found':>7}{'right':>7}{'wrong':>7}{'coarse->day':>13}{'none':>6}")
    total = dict.fromkeys(("gold", "found", "right", "wrong", "coarse->day", "none"), 0)
    for kind, c in counts.items():
        if c["gold"] or c["none"]:
            print(f"{kind:<16}{c['gold']:>6}{c['found']:>7}{c['right']:>7}{c['wrong']:>7}{c['coarse->day']:>13}"
                  f"{c['none']:>6}")
        for key in total:
            total[key] += c[key]
    print(f"{'all':<16}{total['gold']:>6}{total['found']:>7}{total['right']:>7}{total['wrong']:>7}"
          f"{total['coarse->day']:>13}{total['none']:>6}")
    day_gold = day_found = 0
    for doc in docs:
        got = answers(doc)
        for g in doc.gold:
            if granularity(g.value) == "day":
                day_gold += 1
                day_found += any(s < g.end and g.start < e for s, e, _ in got)
    summary = {"day_found": day_found, "day_gold": day_gold, "found": total["found"], "right": total["right"],
               "gold": total["gold"], "coarse_to_day": total["coarse->day"], "spurious": spurious}
    print(f"day expressions found {day_found}/{day_gold} {_pct(day_found, day_gold)}; "
          f"resolutions right {total['right']}/{total['found']} {_pct(total['right'], total['found'])}; "
          f"all found right {total['right']}/{total['gold']} {_pct(total['right'], total['gold'])}; "
          f"coarse given a day {total['coarse->day']}; spurious {spurious}")
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text_dir", type=Path, help="the PolNeAR text folder (../shared/benchmarks/polnear-dev/text)")
    parser.add_argument("--set", action="append", dest="sets", help="dev, heldout or another folder's name")
    parser.add_argument("--misses", action="store_true", help="list misses and wrong values (dev only)")
    parser.add_argument("--json", action="store_true", help="print the summary figures as JSON")
    args = parser.parse_args(argv)
    if not args.text_dir.is_dir():
        parser.error(f"{args.text_dir}: not a folder")
    names = args.sets or ["dev", "heldout"]
    blind = [name for name in names if name != "dev"]
    if args.misses and blind:
        parser.error(f"--misses lists failures for dev only: never look at {', '.join(blind)}'s while tuning")
    results = {}
    for name in names:
        folder = SETS / name
        if not re.fullmatch(r"[A-Za-z0-9][\w\-]*", name) or not folder.is_dir():
            parser.error(f"{folder}: no such set (a folder of benchmarks/dates/: dev, heldout, or another's name)")
        docs = read_set(folder, args.text_dir)
        counts, notes, spurious = score(docs)
        results[name] = report(name, docs, counts, spurious)
        if args.misses:
            print("\n".join(notes))
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
