"""How long each `crosscheck` command takes to start, and what it imports, on a copy of the seed project.

    .venv/bin/python benchmarks/startup.py [--repeat R]

For each command: the median wall time of R fresh processes (`python -m crosscheck.cli ...`, run on a copy
of the project's ledger and seeds whose findings cache was filled by one `status` first, as a clone has it
after its first run), and from `python -X importtime` the time spent importing and how many modules. The
load average is printed before and after: on a shared machine the figures are rough.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = {
    "--help": ["--help"],
    "status --help": ["status", "--help"],
    "status": ["status"],
    "verify": ["verify"],
    "export --format json": ["export", "--format", "json"],
    "verdict": ["verdict", "strikes-paused", "unconfirmed", "--analyst", "bench", "--reason", "start-up figure"],
    "actor grade": ["actor", "grade", "peskov", "C", "--reason", "start-up figure"],
    "extract ARTICLE --json": ["extract", "seeds/dw-2026-01-30-kremlin-trump-kyiv.txt", "--json"],
}


def _run(project: Path, args: list[str], importtime: bool = False) -> subprocess.CompletedProcess:
    flags = ["-X", "importtime"] if importtime else []
    return subprocess.run([sys.executable, *flags, "-m", "crosscheck.cli", "--root", str(project), *args],
                          cwd=project, capture_output=True, text=True)


def imports(project: Path, args: list[str]) -> tuple[float, int]:
    """Seconds spent importing (the top-level imports' cumulative times) and the number of modules."""
    lines = [line for line in _run(project, args, importtime=True).stderr.splitlines() if line.startswith("import time:")]
    top = [int(m.group(1)) for line in lines if (m := re.match(r"import time:\s+\d+ \|\s+(\d+) \| \S", line))]
    return sum(top) / 1e6, len(lines)


def measure(repeat: int) -> list[tuple[str, float, float, int]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="crosscheck-startup-") as tmp:
        project = Path(tmp) / "project"
        for part in ("ledger", "seeds"):
            shutil.copytree(ROOT / part, project / part, ignore=shutil.ignore_patterns("*.lock"))
        _run(project, ["status"])  # fills build/cache/ once, as a clone's first status does
        for name, args in COMMANDS.items():
            walls = []
            for _ in range(repeat):
                started = time.perf_counter()
                result = _run(project, args)
                walls.append(time.perf_counter() - started)
                if result.returncode:
                    raise SystemExit(f"crosscheck {name} failed: {result.stderr.strip()}")
            rows.append((name, statistics.median(walls), *imports(project, args)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    before = os.getloadavg()
    rows = measure(max(1, args.repeat))
    after = os.getloadavg()
    print(f"load average before {before[0]:.2f} {before[1]:.2f} {before[2]:.2f}, after {after[0]:.2f} {after[1]:.2f} "
          f"{after[2]:.2f} ({os.cpu_count()} cores; a shared machine makes these rough)")
    print(f"{'command':<24} {'wall (median)':>13} {'imports':>9} {'modules':>8}")
    for name, wall, imported, count in rows:
        print(f"{name:<24} {wall:>11.2f} s {imported:>7.2f} s {count:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
