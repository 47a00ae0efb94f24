"""Run the probes (all, or those matching --only) two at a time and print the faults and a summary table."""
from __future__ import annotations

import argparse
import fnmatch
import importlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from . import FAMILIES
from .harness import CATEGORIES, PROBES, Probe, Result, SetupError, build_template, run_probe, shown_text


def select(pattern: str | None) -> list[Probe]:
    if not pattern:
        return list(PROBES)
    glob = pattern if any(c in pattern for c in "*?[") else f"*{pattern}*"
    return [p for p in PROBES if fnmatch.fnmatchcase(p.name, glob) or fnmatch.fnmatchcase(p.family, glob)]


def _one(item: Probe, template: Path, base: Path, keep: bool) -> Result:
    try:
        return run_probe(item, template, base, keep)
    except (SetupError, OSError, ValueError, KeyError, subprocess.SubprocessError) as error:
        return Result(item.name, item.family, "probe broken", f"{type(error).__name__}: {error}")


def summary(results: list[Result]) -> list[str]:
    counts = {c: sum(r.category == c for r in results) for c in (*CATEGORIES, "probe broken")}
    header = ["probes run", *CATEGORIES] + (["probe broken"] if counts["probe broken"] else [])
    values = [len(results), *(counts[c] for c in header[1:])]
    widths = [max(len(h), len(str(v))) for h, v in zip(header, values)]
    return [" | ".join(h.rjust(w) for h, w in zip(header, widths)),
            "-+-".join("-" * w for w in widths),
            " | ".join(str(v).rjust(w) for v, w in zip(values, widths))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="probes.py", description=__doc__)
    parser.add_argument("--only", metavar="PATTERN", help="probes whose name or family matches (substring or glob)")
    parser.add_argument("--keep", action="store_true", help="keep the probe folders (their path is printed)")
    parser.add_argument("--jobs", type=int, default=2, help="probes run at once (default 2)")
    parser.add_argument("--list", action="store_true", help="list the probes and exit")
    parser.add_argument("--json", action="store_true", help="also print every result as one JSON line")
    args = parser.parse_args(argv)
    for family in FAMILIES:
        importlib.import_module(f"{__package__}.{family}")
    chosen = select(args.only)
    if args.list:
        for item in chosen:
            print(f"{item.family:12s} {item.name}")
        return 0
    if not chosen:
        print(f"no probe matches {args.only!r}", file=sys.stderr)
        return 2
    base = Path(tempfile.mkdtemp(prefix="crosscheck-probes-"))
    began, load = time.monotonic(), os.getloadavg()[0]
    print(f"{len(chosen)} probe(s) in {base}; load average {load:.2f}", flush=True)
    results: list[Result] = []
    try:
        template = build_template(base)
        with ThreadPoolExecutor(max(1, args.jobs)) as pool:
            futures = [pool.submit(_one, item, template, base, args.keep) for item in _slow_first(chosen)]
            for future in as_completed(futures):
                result = future.result()
                results.append(result)
                if result.category != "ok":
                    print(f"{result.category.upper():15s} {result.name}: {shown_text(result.detail)}"
                          + (f"  [{shown_text(result.command)}]" if result.command else ""), flush=True)
                if args.json:
                    print(json.dumps(result.__dict__, ensure_ascii=True), flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print()
    print("\n".join(summary(results)))
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"{time.monotonic() - began:.0f} s wall, {children.ru_utime + children.ru_stime:.0f} s CPU in the commands; "
          f"load average {load:.2f} before, {os.getloadavg()[0]:.2f} after" + (f"; kept in {base}" if args.keep else ""))
    return 0 if all(r.category == "ok" for r in results) else 1


def _slow_first(probes: list[Probe]) -> list[Probe]:
    """The long probes (signals, concurrency) first, so the two workers finish together."""
    order = {"signals": 0, "concurrency": 1}
    return sorted(probes, key=lambda p: order.get(p.family, 2))
