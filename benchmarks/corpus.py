"""A day's articles in one call, against one process per article and against the in-process figure.

    .venv/bin/python benchmarks/corpus.py FOLDER [--command extract|check] [--repeat R] [--sample N] [--json]

e.g. ``benchmarks/corpus.py ../shared/benchmarks/polnear-dev/text``. The articles are read where they are
(the PolNeAR split is copyrighted: nothing of it is copied or written anywhere; every output goes to a pipe
and is only counted). Figures, each the median of --repeat runs:

- in-process: the command's work on every article in one process whose pipeline is already loaded
  (``crosscheck.batch.read_one``, one pass in a fresh process): what no call can go below;
- start-up: a fresh ``crosscheck COMMAND`` process on a one-line article: interpreter, imports, pipeline;
- one call: ``crosscheck COMMAND FOLDER --jobs 1`` and ``--jobs 2`` (JSON Lines, every article);
- one process per article: ``crosscheck COMMAND ARTICLE --json`` for each article in turn (``--sample N``
  runs N of them, spread over the folder, and scales the time to the whole folder).

Target: each one-call figure within 2 x in-process + one start-up. The processes run in an empty temporary
folder (no project around them, so no registry is read). The load average is printed before and after:
the machine may be shared, and then every wall-clock figure is rough.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.0


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "crosscheck.cli", *args]


def _wall(argv: list[str], cwd: Path, lines: int | None = None) -> float:
    """Seconds a process takes, its output counted (and checked) but not kept."""
    started = time.perf_counter()
    result = subprocess.run(argv, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode not in (0, 2):  # 2: an article it could not read, said on its line
        raise SystemExit(f"{' '.join(argv)} failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    if lines is not None and result.stdout.count("\n") != lines:
        raise SystemExit(f"{' '.join(argv)} wrote {result.stdout.count(chr(10))} lines, expected {lines}")
    return elapsed


IN_PROCESS = """
import sys, time
from crosscheck.batch import TASKS, Options, articles, read_one
command, folder = sys.argv[1], sys.argv[2]
found = articles([folder])
TASKS[command].warm()
started = time.perf_counter()
for article in found:
    read_one(command, article, Options())
print(time.perf_counter() - started)
"""


def in_process(command: str, folder: Path, cwd: Path) -> float:
    """Seconds for every article's work in a fresh process once its pipeline is loaded (one pass: no cache
    of an earlier pass helps it)."""
    result = subprocess.run([sys.executable, "-c", IN_PROCESS, command, str(folder)], cwd=cwd, capture_output=True,
                            text=True, check=True)
    return float(result.stdout)


def per_process(command: str, articles: list[str], sample: int | None, cwd: Path) -> tuple[float, int]:
    """Seconds for one process per article over the folder (scaled from ``sample`` of them), and how many ran."""
    chosen = articles if not sample or sample >= len(articles) else articles[:: max(1, len(articles) // sample)][:sample]
    total = sum(_wall(_command(command, article, "--json"), cwd) for article in chosen)
    return total * len(articles) / len(chosen), len(chosen)


def measure(folder: Path, command: str, repeat: int, sample: int | None) -> dict:
    from crosscheck.batch import articles

    folder = folder.resolve()
    found = articles([folder])
    with tempfile.TemporaryDirectory(prefix="crosscheck-corpus-") as tmp:
        cwd = Path(tmp)
        tiny = cwd / "tiny.txt"
        tiny.write_text('The mayor said the bridge would reopen on Monday.\n', encoding="utf-8")
        runs: dict[str, list[float]] = {"in_process": [], "start_up": [], "jobs_1": [], "jobs_2": []}
        for _ in range(repeat):  # interleaved, so a busy spell weighs on every figure alike
            runs["in_process"].append(in_process(command, folder, cwd))
            runs["start_up"].append(_wall(_command(command, str(tiny), "--json"), cwd))
            for jobs in (1, 2):
                runs[f"jobs_{jobs}"].append(_wall(_command(command, str(folder), "--jobs", str(jobs)), cwd, len(found)))
        figures = {name: statistics.median(values) for name, values in runs.items()}
        figures["per_process"], figures["per_process_ran"] = per_process(command, found, sample, cwd)
    figures["articles"] = len(found)
    figures["target"] = TARGET * figures["in_process"] + figures["start_up"]
    return figures


def report(figures: dict, command: str, before: tuple, after: tuple) -> str:
    n = figures["articles"]
    per_article = figures["in_process"] / n * 1000
    lines = [f"crosscheck {command} over {n} articles; {os.cpu_count()} cores; load average before "
             f"{before[0]:.2f} {before[1]:.2f} {before[2]:.2f}, after {after[0]:.2f} {after[1]:.2f} {after[2]:.2f} "
             "(a shared machine: wall-clock figures are rough)",
             f"  in-process (pipeline loaded)   {figures['in_process']:7.2f} s   ({per_article:.1f} ms an article)",
             f"  start-up (one tiny article)    {figures['start_up']:7.2f} s",
             f"  target: 2 x in-process + start-up {figures['target']:6.2f} s"]
    for jobs in (1, 2):
        value = figures[f"jobs_{jobs}"]
        verdict = "PASS" if value <= figures["target"] else "MISS"
        lines.append(f"  one call, --jobs {jobs}             {value:7.2f} s   {verdict} "
                     f"({value / figures['target']:.2f} x target, {n / value:.0f} articles/s)")
    scaled = "" if figures["per_process_ran"] == n else f", scaled from {figures['per_process_ran']} articles"
    lines.append(f"  one process per article        {figures['per_process']:7.2f} s   "
                 f"({figures['per_process'] / figures['jobs_1']:.0f} x the one call{scaled})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of articles (*.txt), e.g. the PolNeAR dev split's text/")
    parser.add_argument("--command", choices=("extract", "check"), default="extract")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=int, help="run one process for only N articles and scale (default: all)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"{args.folder}: not a folder")
    before = os.getloadavg()
    figures = measure(args.folder, args.command, max(1, args.repeat), args.sample)
    after = os.getloadavg()
    if args.json:
        print(json.dumps({"command": args.command, "load_before": before, "load_after": after, **figures}))
    else:
        print(report(figures, args.command, before, after))
    return 0


if __name__ == "__main__":
    sys.exit(main())
