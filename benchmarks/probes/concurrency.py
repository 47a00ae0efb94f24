"""Two or three commands at once: verdicts during an ingest, ingest storms, verdict storms, re-anchoring
under traffic, two builds into one folder. Whatever a command reported as recorded must be there after."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import time

from .harness import CLAIM, CLAIMS, SEED, Fault, Project, Run, Started, either, probe, site_is_whole, worked
from .texts import article_for

INGEST_WRITES = ("seeds", "ledger", "notebooks")
CLAIMS_TO_JUDGE = (CLAIM, "request-covered-cities-and-towns", "putin-agreed-to-pause")


def _verdict(p: Project, n: int, claim: str = CLAIM) -> Started:
    return p.start("verdict", claim, ("confirmed", "contested", "unconfirmed")[n % 3], "--analyst", f"analyst-{n}",
                   "--reason", f"concurrent verdict {n}")


def _ingest(p: Project, n: int, name: str | None = None) -> Started:
    return p.start("ingest", p.article(name or f"tram-{n}.txt", article_for(n)))


def landed(p: Project, runs: list[Run]) -> None:
    """Every verdict and ingest a command reported as recorded is in the ledger now."""
    verdicts = {(v["analyst"], v["reason"]) for v in p.verdicts()}
    documents = p.documents()
    for run in runs:
        if run.rc != 0:
            continue
        command = run.argv[run.argv.index("--root") + 2] if "--root" in run.argv else ""
        if command == "verdict" and run.out.startswith("recorded"):
            analyst, reason = run.argv[run.argv.index("--analyst") + 1], run.argv[run.argv.index("--reason") + 1]
            if (analyst, reason) not in verdicts:
                raise Fault("data lost", f"the verdict of {analyst} was reported recorded and is gone ({run.shown})")
        for doc_id in re.findall(r"^(\S+): recorded \d+ bytes", run.out, re.M):
            if doc_id not in documents or not (p.root / "seeds" / f"{doc_id}.txt").exists() \
                    or not (p.root / "notebooks" / f"70-{doc_id}.ipynb").exists():
                raise Fault("data lost", f"ingest reported {doc_id} recorded; the ledger, seed or notebook lacks it")


def finish(started: list[Started], timeout: float = 300) -> list[Run]:
    return [s.wait(timeout) for s in started]


def all_fine(runs: list[Run]) -> None:
    for run in runs:
        either(run, says="already|waiting|changed|locked", lines=None)


@probe("concurrency", writes=INGEST_WRITES, ledger=True)
def verdicts_during_an_ingest(p: Project) -> None:
    ingest = _ingest(p, 0)
    time.sleep(1.0)
    runs = [p.run("verdict", CLAIM, "contested", "--analyst", f"during-{n}", "--reason", f"while ingesting {n}",
                  timeout=300) for n in range(3)]
    runs.append(ingest.wait(300))
    for run in runs:
        worked(run)
    landed(p, runs)


@probe("concurrency", writes=INGEST_WRITES, ledger=True)
def the_same_article_twice_at_once(p: Project) -> None:
    runs = finish([_ingest(p, 3, "same.txt"), p.start("ingest", p.out / "same.txt")])
    all_fine(runs)
    ids = p.claim_ids()
    if len(ids) != len(set(ids)):
        raise Fault("data lost", "one article ingested twice at once drafted its claims twice")
    landed(p, runs)


@probe("concurrency", writes=("ledger/verdicts",), ledger=True)
def sixteen_verdicts_at_once(p: Project) -> None:
    runs = finish([_verdict(p, n, CLAIMS_TO_JUDGE[n % 3]) for n in range(16)])
    for run in runs:
        worked(run)
    landed(p, runs)
    if len(p.verdicts()) != 1 + 16:
        raise Fault("data lost", f"16 verdicts recorded at once, {len(p.verdicts()) - 1} in the history")


@probe("concurrency", writes=INGEST_WRITES, ledger=True)
def two_ingests_and_six_verdicts(p: Project) -> None:
    started = [_ingest(p, 4), _ingest(p, 5)]
    time.sleep(0.5)
    started += [_verdict(p, n) for n in range(6)]
    runs = finish(started)
    for run in runs:
        worked(run)
    landed(p, runs)


@probe("concurrency", writes=("ledger",), ledger=True, setup=lambda p: p.edit(SEED, lambda t: "Updated.\n\n" + t))
def reanchor_under_verdicts(p: Project) -> None:
    started = [p.start("verify", "--reanchor")] + [_verdict(p, n) for n in range(4)]
    runs = finish(started)
    worked(runs[0])
    all_fine(runs[1:])
    landed(p, runs)
    worked(p.run("verify"))


@probe("concurrency", writes=("ledger",), ledger=True, setup=lambda p: p.edit(SEED, lambda t: "Updated.\n\n" + t))
def two_reanchors_at_once(p: Project) -> None:
    runs = finish([p.start("verify", "--reanchor"), p.start("verify", "--reanchor")])
    all_fine(runs)
    if not any(r.rc == 0 for r in runs):
        raise Fault("wrong", "neither of two re-anchorings succeeded")
    worked(p.run("verify"))


@probe("concurrency", writes=("outside/site",))
def two_builds_into_one_folder(p: Project) -> None:
    p.add_notebooks("10-request")
    runs = finish([p.start("build-site", "--out", p.out / "site"), p.start("build-site", "--out", p.out / "site")])
    all_fine(runs)
    if not any(r.rc == 0 for r in runs):
        raise Fault("wrong", "neither of two builds succeeded")
    whole = site_is_whole(p.out / "site")
    if whole or not (p.out / "site").exists():
        raise Fault("data lost", whole or "no site after two builds")


@probe("concurrency", writes=("outside/out.json",))
def two_exports_into_one_file(p: Project) -> None:
    runs = finish([p.start("export", "--out", p.out / "out.json"), p.start("export", "--out", p.out / "out.json")])
    for run in runs:  # both write a file export made: the second replaces the first's
        worked(run)
    json.loads((p.out / "out.json").read_text(encoding="utf-8"))
    worked(p.run("export", "--format", "csv", "--out", p.out / "out.json"))


@probe("concurrency", writes=INGEST_WRITES + ("outside/site",), ledger=True)
def ingest_and_build_at_once(p: Project) -> None:
    runs = finish([_ingest(p, 6), p.start("build-site", "--out", p.out / "site")])
    all_fine(runs)
    landed(p, runs)
    whole = site_is_whole(p.out / "site")
    if whole:
        raise Fault("data lost", whole)


@probe("concurrency", writes=INGEST_WRITES, ledger=True)
def editor_saves_claims_during_an_ingest(p: Project) -> None:
    """The analyst saves a claims file in an editor while ingest runs: the edit must survive."""
    ingest = _ingest(p, 7)
    time.sleep(2.0)
    path = p.root / CLAIMS
    with open(path, "a", encoding="utf-8") as handle:  # editors save in place
        handle.write("# the analyst's edit, saved mid-ingest\n")
    run = ingest.wait(300)
    all_fine([run])
    if "the analyst's edit, saved mid-ingest" not in path.read_text(encoding="utf-8"):
        raise Fault("data lost", f"an edit saved to a claims file during ingest is gone (ingest said: {run.first()})")
    landed(p, [run])


@probe("concurrency", writes=("ledger/verdicts",), ledger=True)
def verdict_waits_for_a_held_lock(p: Project) -> None:
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from filelock import FileLock\n"
                               "with FileLock(sys.argv[1]):\n    print('held', flush=True); time.sleep(3)",
                               str(p.root / "ledger" / ".crosscheck.lock")], stdout=subprocess.PIPE, text=True)
    try:
        holder.stdout.readline()
        run = p.run("verdict", CLAIM, "contested", "--analyst", "patient", "--reason", "waited", timeout=60)
    finally:
        holder.wait(30)
    worked(run)
    landed(p, [run])
    stray = [line for line in run.lines if "waiting" not in line]
    if stray or len(run.lines) > 1:
        raise Fault("unclear", f"while waiting for the lock it printed: {run.err.strip()[:120]}")


@probe("concurrency", writes=("ledger/verdicts",), ledger=True,
       setup=lambda p: p.write("ledger/.crosscheck.lock", "pid 4242 on another host\n\x00\xff"))
def stale_lock_file_with_junk(p: Project) -> None:
    worked(p.run("verdict", CLAIM, "contested", "--analyst", "a", "--reason", "after a crash"))


@probe("concurrency", writes=("ledger/verdicts",), ledger=True)
def readers_during_a_verdict_storm(p: Project) -> None:
    """verify and export running while eight verdicts land: every read sees a whole ledger."""
    writers = [_verdict(p, n) for n in range(8)]
    readers = [p.run("verify"), p.run("export", "--format", "json", raw_ok=True), p.run("verify")]
    runs = finish(writers)
    for run in readers:
        worked(run)
    json.loads(readers[1].out)
    landed(p, runs)
