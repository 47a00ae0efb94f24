"""How long `make report` takes, cold and warm, against a floor.

    .venv/bin/python benchmarks/report_speed.py [--jobs N] [--repeat R] [--json]

- floor: a fresh process executing as many notebooks as the project has, each with one cell that only
  does `import crosscheck`, the plain way: each notebook in its own fresh kernel (nbclient's
  NotebookClient.async_execute, which starts a kernel and shuts it down), `jobs` notebooks at a time;
- cold: `crosscheck build-site --force` (build_site(force=True)) in a fresh process, as `make report`
  runs it, on a copy of the project with an empty cache (the site cache and the project's build/);
- warm: the same command again with nothing changed (every notebook comes from the cache).

Targets: cold < 1.5 x floor, warm < 0.3 x floor. Each figure is the median of --repeat runs; the runs are
interleaved (floor, cold, warm, floor, ...) so a busy machine weighs on all three alike. The load average
is printed before and after: the figures are only comparable on an otherwise quiet machine.

The project (lib/, ledger/, seeds/, notebooks/) is copied to a temporary folder first and the kernels
import the copy's library (PYTHONPATH), so edits made meanwhile in the work tree neither invalidate the
warm run's cache nor touch the project's own site/ and build/cache/.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COLD_TARGET, WARM_TARGET = 1.5, 0.3

FLOOR_CODE = """
import asyncio, sys
from pathlib import Path
import nbformat
from nbclient import NotebookClient
from crosscheck.site import KERNEL_ARGS, kernel_env

folder, jobs, env = Path(sys.argv[1]), int(sys.argv[2]), kernel_env(Path(sys.argv[3]))

async def main():
    gate = asyncio.Semaphore(jobs)

    async def run(path):
        async with gate:  # each notebook in a fresh kernel of its own, started and shut down by nbclient
            nb = nbformat.read(str(path), as_version=4)
            await NotebookClient(nb, timeout=600, kernel_name="python3", shutdown_kernel="immediate",
                                 resources={"metadata": {"path": str(folder)}},
                                 extra_arguments=list(KERNEL_ARGS)).async_execute(env=env)

    await asyncio.gather(*(run(p) for p in sorted(folder.glob("*.ipynb"))))

asyncio.run(main())
"""


def _timed(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=env["CROSSCHECK_ROOT"], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode:
        sys.exit(f"benchmark: {' '.join(cmd[2:])} failed:\n{done.stderr.strip()}")
    return seconds


def _load(avg: tuple[float, float, float]) -> str:
    return " ".join(f"{x:.2f}" for x in avg)


def _runs(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def _floor_notebooks(folder: Path, count: int) -> None:
    import nbformat

    folder.mkdir(parents=True)
    for number in range(count):
        nb = nbformat.v4.new_notebook()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nb.cells.append(nbformat.v4.new_code_cell("import crosscheck"))
        nbformat.write(nb, str(folder / f"{number:02d}-floor.ipynb"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(ROOT / "lib"))
    from crosscheck.site import find_notebooks

    count = len(find_notebooks(ROOT))
    if not count:
        sys.exit("benchmark: no notebooks in notebooks/")
    python = sys.executable
    work = Path(tempfile.mkdtemp(prefix="crosscheck-bench-"))
    try:
        project = work / "project"
        ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints", "*.lock")
        for name in ("lib", "ledger", "seeds", "notebooks"):
            shutil.copytree(ROOT / name, project / name, ignore=ignore)
        _floor_notebooks(work / "floor", count)
        env = dict(os.environ, CROSSCHECK_SITE_CACHE=str(work / "cache"), CROSSCHECK_ROOT=str(project),
                   PYTHONPATH=os.pathsep.join(filter(None, [str(project / "lib"), os.environ.get("PYTHONPATH")])))
        build = [python, "-m", "crosscheck.cli", "--root", str(project), "build-site", "--out", str(work / "site"),
                 "--jobs", str(args.jobs)]
        floor, cold, warm = [], [], []
        load_before = os.getloadavg()
        for _ in range(args.repeat):
            floor.append(_timed([python, "-c", FLOOR_CODE, str(work / "floor"), str(args.jobs), str(project)], env))
            shutil.rmtree(work / "cache", ignore_errors=True)
            shutil.rmtree(project / "build", ignore_errors=True)  # other caches the library keeps there
            cold.append(_timed(build + ["--force"], env))
            warm.append(_timed(build, env))
        load_after = os.getloadavg()
        f, c, w = (statistics.median(x) for x in (floor, cold, warm))

        def verdict(ratio: float, target: float) -> str:
            return "PASS" if ratio < target else "MISS"

        print(f"notebooks: {count}, jobs: {args.jobs}, runs: {args.repeat} (medians), cpus: {os.cpu_count()}, "
              f"load average before {_load(load_before)}, after {_load(load_after)}")
        print(f"floor (execute {count} notebooks that only `import crosscheck`, each in a fresh kernel, "
              f"{args.jobs} at a time, nbclient): {f:6.2f} s   runs: {_runs(floor)}")
        print(f"cold  (build-site --force, empty cache): {c:6.2f} s   {c / f:5.2f} x floor   "
              f"target < {COLD_TARGET}  {verdict(c / f, COLD_TARGET)}   runs: {_runs(cold)}")
        print(f"warm  (build-site, nothing changed):     {w:6.2f} s   {w / f:5.2f} x floor   "
              f"target < {WARM_TARGET}  {verdict(w / f, WARM_TARGET)}   runs: {_runs(warm)}")
        if args.json:
            print(json.dumps({"notebooks": count, "jobs": args.jobs, "floor": round(f, 3), "cold": round(c, 3),
                              "warm": round(w, 3), "cold_ratio": round(c / f, 3), "warm_ratio": round(w / f, 3),
                              "cold_pass": c / f < COLD_TARGET, "warm_pass": w / f < WARM_TARGET,
                              "load_before": load_before, "load_after": load_after}))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
