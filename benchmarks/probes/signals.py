"""Ctrl-C (SIGINT to the job's process group) and crashes (SIGKILL) at seeded random moments of every
command that writes: afterwards nothing is half-written, the ledger verifies, and the command can be rerun."""
from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from .harness import CLAIM, SEED, Fault, Project, Run, add, Probe, frames_of_crosscheck, site_is_whole, worked
from .migration import _legacy
from .texts import BRIDGE

INGEST_WRITES = ("seeds", "ledger", "notebooks")


@dataclass(frozen=True)
class Target:
    """A command to interrupt: how to prepare and start it, what it may write, and how to judge the aftermath."""

    label: str
    start: Callable[[Project], list]
    writes: tuple[str, ...]
    after: Callable[[Project, dict], None]
    windows: tuple[tuple[float, float], ...]  # seconds after the start, one probe per window
    setup: Callable[[Project], None] | None = None


def _seed_note(p: Project) -> None:
    p.edit(SEED, lambda t: "Updated: a note for readers.\n\n" + t)


def _one_notebook(p: Project) -> None:
    p.add_notebooks("10-request")


def _ledger_whole(p: Project, before: dict) -> None:
    check = p.verify()
    if check.rc != 0:
        raise Fault("data lost", f"the ledger fails verify after the signal: {check.first()}")


def _ingest_after(p: Project, before: dict) -> None:
    _ledger_whole(p, before)
    parts = [(p.root / "seeds" / "bridge.txt").exists(), "bridge" in p.documents(),
             (p.root / "notebooks" / "70-bridge.ipynb").exists()]
    if any(parts) and not all(parts):
        raise Fault("data lost", f"ingest half-done after the signal (seed, document entry, notebook: {parts})")


def _reanchor_after(p: Project, before: dict) -> None:
    ledger = {k: v for k, v in p.digest().items() if k.startswith("project/ledger/") and not k.endswith(".lock")}
    unchanged = ledger == {k: v for k, v in before.items() if k.startswith("project/ledger/") and not k.endswith(".lock")}
    if not unchanged and p.verify().rc != 0:
        raise Fault("data lost", "re-anchoring was cut off half-way: the ledger changed and does not verify")


def _migrate_after(p: Project, before: dict) -> None:
    """Either still the old layout, untouched, or the new one, whole (and verifying)."""
    old = [name for name in ("claims.yaml", "documents.yaml", "verdicts.jsonl") if (p.root / "ledger" / name).exists()]
    new = [name for name in ("documents", "claims", "verdicts") if (p.root / "ledger" / name).exists()]
    if old and new:
        raise Fault("data lost", f"migrate cut off half-way: {old[0]} and {new[0]}/ both in ledger/")
    if old and len(old) < 3:
        raise Fault("data lost", f"migrate cut off half-way: only {', '.join(old)} of the old files left")
    if new:
        _ledger_whole(p, before)


def _export_after(p: Project, before: dict) -> None:
    out = p.out / "out.json"
    if out.exists():
        try:
            json.loads(out.read_text(encoding="utf-8"))
        except ValueError:
            raise Fault("data lost", "export --out left a torn file") from None


def _notebooks_after(p: Project, before: dict) -> None:
    for path in sorted((p.root / "notebooks").rglob("*.ipynb")):
        try:
            if "cells" not in json.loads(path.read_text(encoding="utf-8")):
                raise ValueError
        except ValueError:
            raise Fault("data lost", f"{path.name} is torn after the signal") from None


def _site_after(p: Project, before: dict) -> None:
    whole = site_is_whole(p.out / "site")
    if whole:
        raise Fault("data lost", whole)


TARGETS = [
    Target("ingest", lambda p: ["ingest", p.article("bridge.txt", BRIDGE)], INGEST_WRITES, _ingest_after,
           ((0.1, 1.5), (1.5, 4.0), (4.0, 7.0))),
    Target("reanchor", lambda p: ["verify", "--reanchor"], ("ledger",), _reanchor_after,
           ((0.05, 0.3), (0.3, 0.6), (0.6, 1.2)), _seed_note),
    Target("verdict", lambda p: ["verdict", CLAIM, "contested", "--analyst", "a", "--reason", "interrupted?"],
           ("ledger/verdicts",), _ledger_whole, ((0.05, 0.2), (0.2, 0.35), (0.35, 0.7))),
    Target("export", lambda p: ["export", "--out", p.out / "out.json"], ("outside/out.json",), _export_after,
           ((0.1, 0.6), (0.6, 1.4), (1.4, 2.8))),
    Target("run-notebooks", lambda p: ["run-notebooks"], ("notebooks",), _notebooks_after,
           ((0.3, 1.5), (1.5, 3.0), (3.0, 5.0)), _one_notebook),
    Target("build-site", lambda p: ["build-site", "--out", p.out / "site"], ("outside/site", "outside/.site.*"),
           _site_after, ((0.3, 1.5), (1.5, 3.0), (3.0, 5.0)), _one_notebook),
    Target("curate", lambda p: ["claim", "add", "A claim added while interrupted.", "--group", "probe"],
           ("ledger", ".crosscheck"), _ledger_whole, ((0.05, 0.3), (0.3, 0.6), (0.6, 1.2))),
    Target("migrate", lambda p: ["migrate"], ("ledger",), _migrate_after, ((0.05, 0.3), (0.3, 0.7), (0.7, 1.5)),
           _legacy),
]


def _interrupted(run: Run) -> None:
    """After Ctrl-C: exit 130 with one line, death by the signal itself (before Python's handler is in place or
    after it is gone), or exit 0 when it had finished; nothing else on stderr."""
    if run.rc is None:
        return
    if run.python_startup and run.rc == -2 and "Traceback" in run.err and not frames_of_crosscheck(run.err):
        return  # Python's own start-up, before crosscheck's first line (see Run.python_startup)
    if run.rc not in (0, 130, -2):
        raise Fault("unclear", f"exit {run.rc} after Ctrl-C: {run.first()}")
    stray = [line for line in run.lines if not line.startswith("crosscheck: ")]
    if stray:
        raise Fault("unclear", f"after Ctrl-C it printed: {stray[0][:140]}")
    if run.rc == 130 and len(run.lines) > 1:
        raise Fault("unclear", f"{len(run.lines)} lines after Ctrl-C: {run.lines[0][:60]} | {run.lines[1][:60]}")


def _building_litter(p: Project) -> None:
    litter = sorted(x.name for x in p.out.glob(".site.*"))
    if litter:
        raise Fault("wrong", f"a half-built site folder was left behind: {litter[0]}")


def _sigint(target: Target, window: tuple[float, float], name: str) -> Callable[[Project], None]:
    def body(p: Project) -> None:
        before = p.digest()
        delay = random.Random(name).uniform(*window)
        job = p.start(*target.start(p))
        time.sleep(delay)
        job.interrupt()
        run = job.wait(180)
        _interrupted(run)
        target.after(p, before)
        if target.label == "build-site":
            _building_litter(p)
    return body


def _sigkill(target: Target, window: tuple[float, float], name: str) -> Callable[[Project], None]:
    def body(p: Project) -> None:
        before = p.digest()
        delay = random.Random(name).uniform(*window)
        argv = target.start(p)
        job = p.start(*argv)
        time.sleep(delay)
        job.kill()
        job.wait(180)
        target.after(p, before)
        worked(p.run(*argv, timeout=300))  # the command can simply be run again
        target.after(p, before)
    return body


for target in TARGETS:
    for number, window in enumerate(target.windows, start=1):
        name = f"ctrl-c-{target.label}-{number}"
        add(Probe(name, "signals", _sigint(target, window, name), target.setup, target.writes, ledger=True))
    for number, window in enumerate(target.windows[1:3], start=1):
        if target.label in ("verdict", "run-notebooks") and number > 1:
            continue
        name = f"sigkill-{target.label}-{number}"
        add(Probe(name, "signals", _sigkill(target, window, name), target.setup, target.writes, ledger=True,
                  litter_ok=True))


def _kill_storm(p: Project) -> None:
    """Twelve verdicts at once, every third killed at a random moment: the history stays whole and keeps
    every verdict reported as recorded."""
    rng = random.Random("sigkill-verdict-storm")
    jobs = [p.start("verdict", CLAIM, ("confirmed", "contested")[n % 2], "--analyst", f"storm-{n}", "--reason",
                    f"storm {n}") for n in range(12)]
    time.sleep(rng.uniform(0.2, 0.6))
    for job in jobs[::3]:
        job.kill()
        time.sleep(rng.uniform(0.0, 0.15))
    runs = [job.wait(120) for job in jobs]
    _ledger_whole(p, {})
    kept = {v["analyst"] for v in p.verdicts()}
    for n, run in enumerate(runs):
        if run.rc == 0 and run.out.startswith("recorded") and f"storm-{n}" not in kept:
            raise Fault("data lost", f"verdict storm-{n} was reported recorded and is gone")


add(Probe("sigkill-verdict-storm", "signals", _kill_storm, None, ("ledger/verdicts",), ledger=True,
          litter_ok=True))


def _startup(p: Project) -> None:
    """Ctrl-C in the first fraction of a second (while Python imports crosscheck), ten times over: the
    moment a user hits it after a mistyped command. No try may show a traceback."""
    for number, delay in enumerate((0.02, 0.05, 0.08, 0.11, 0.14, 0.17, 0.2, 0.25, 0.3, 0.4)):
        job = p.start("status", "--as-of", f"2026-02-{number + 1:02d}")
        time.sleep(delay)
        job.interrupt()
        run = job.wait(60)
        run.python_startup = True  # a traceback from Python's own start-up, with no frame of crosscheck, is not ours
        _interrupted(run)


add(Probe("ctrl-c-at-startup", "signals", _startup))
