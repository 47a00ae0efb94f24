"""Every command-line argument with control and bidi characters, bytes that are not UTF-8, odd numbers and
dates; argparse's own refusals."""
from __future__ import annotations

import json
import os

from .harness import CLAIM, Fault, Project, either, probe, refused, row, worked
from .texts import BRIDGE

VERDICT = ["verdict", CLAIM, "confirmed"]
BAD_UTF8 = os.fsdecode(b"caf\xe9 \xff\xfe")  # passed to the command as those raw bytes


def _verdict(name: str, claim: str, status: str, analyst: str, reason: str, expect: str = "refuse",
             says: str | None = None):
    row("arguments", name, ["verdict", claim, status, "--analyst", analyst, "--reason", reason], expect,
        names=("ledger", "verdicts"), says=says, writes=("ledger/verdicts",), ledger=True)


_verdict("verdict-claim-with-escape", "\x1b[2Jtrump", "confirmed", "a", "r", says="unknown claim|contains")
_verdict("verdict-status-with-bidi", CLAIM, "confirm\u202eed", "a", "r", says="status|contains")
_verdict("verdict-analyst-zero-width", CLAIM, "confirmed", "ev\u200be", "r", says="analyst|contains")
_verdict("verdict-analyst-blank", CLAIM, "confirmed", "   ", "r", says="analyst|empty")
_verdict("verdict-analyst-huge", CLAIM, "confirmed", "a" * 100_000, "r", expect="either")
_verdict("verdict-reason-100k", CLAIM, "confirmed", "a", "why " * 25_000, expect="either")
_verdict("verdict-reason-only-space", CLAIM, "confirmed", "a", " \t ", says="reason")
_verdict("verdict-reason-with-escape", CLAIM, "confirmed", "a", "ok\x1b]0;pwned\x07", says="reason|contains")
_verdict("verdict-reason-not-utf8", CLAIM, "confirmed", "a", BAD_UTF8, expect="either", says="reason|UTF|encod")
_verdict("verdict-analyst-not-utf8", CLAIM, "confirmed", BAD_UTF8, "r", expect="either", says="analyst|UTF|encod")
_verdict("verdict-claim-not-utf8", BAD_UTF8, "confirmed", "a", "r", says="unknown claim|UTF")
_verdict("verdict-status-capitalised", CLAIM, "Confirmed", "a", "r", says="status")
_verdict("verdict-unknown-claim", "no-such-claim", "confirmed", "a", "r", says="unknown claim")
_verdict("verdict-on-a-follow-up-claim", "strikes-paused", "unconfirmed", "a", "later claim", expect="ok")
_verdict("verdict-reason-with-tabs-and-newlines", CLAIM, "confirmed", "a", "line one\n\tline two", expect="ok")

ARGPARSE = [  # name, argv, what the error must say
    ("no-subcommand", [], "required|command"),
    ("unknown-subcommand", ["frobnicate"], "invalid choice"),
    ("verdict-without-reason", [*VERDICT, "--analyst", "a"], "reason"),
    ("as-of-feb-29", ["status", "--as-of", "2026-02-29"], "date"),
    ("as-of-with-escape", ["status", "--as-of", "\x1b[2J2026-01-01"], "date"),
    ("published-24h", ["check", "--published", "2026-01-30T24:00", "{O}/none.txt"], "date"),
    ("format-with-bidi", ["export", "--format", "js\u202eon"], "invalid choice"),
    ("jobs-not-a-number", ["build-site", "--jobs", "two"], "int"),
    ("root-without-value", ["status", "--root"], "argument|expected"),
]
for name, argv, says in ARGPARSE:
    row("arguments", f"argparse-{name}", argv, argument=True, says=says, root=name != "root-without-value")

row("arguments", "as-of-year-1", ["status", "--as-of", "0001-01-01"], "ok")
row("arguments", "as-of-year-9999", ["export", "--as-of", "9999-12-31"], "ok", raw_ok=True)
row("arguments", "root-with-bidi-missing", ["status"], root="{O}/\u202enope", names="nope", says="no such|no ledger")
row("arguments", "export-out-name-with-escape", ["export", "--out", "{O}/out\x1b[31m.json"], "ok",
    writes=("outside/out*",))
row("arguments", "ingest-name-with-escape", lambda p: ["ingest", p.article("br\x1b]0;x\x07idge.txt", BRIDGE)], "ok",
    writes=("seeds", "ledger", "notebooks"), ledger=True)
row("arguments", "build-site-jobs-zero", ["build-site", "--jobs", "0", "--out", "{O}/site"], "ok",
    writes=("outside/site",))
TINY = json.dumps({"cells": [{"cell_type": "code", "id": "one", "metadata": {}, "source": "1 + 1", "outputs": [],
                               "execution_count": None}],
                   "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
                   "nbformat": 4, "nbformat_minor": 5})


def _tiny(p: Project) -> None:
    p.write("outside/tiny-a.ipynb", TINY)
    p.write("outside/tiny-b.ipynb", TINY)


for label, jobs in (("zero", "0"), ("negative", "-3"), ("huge", "100000")):
    row("arguments", f"run-notebooks-jobs-{label}", ["run-notebooks", "--jobs", jobs, "{O}/tiny-a.ipynb",
                                                       "{O}/tiny-b.ipynb"], "either", setup=_tiny, names="jobs",
        says="jobs", writes=("outside/tiny-*",), timeout=120)


@probe("arguments", writes=("seeds", "ledger", "notebooks"), ledger=True)
def ingest_published_with_timezone(p: Project) -> None:
    """One document dated with a time zone beside the seed's plain date: nothing that compares them may fail."""
    worked(p.run("ingest", p.article("bridge.txt", BRIDGE), "--published", "2026-03-02T10:15:00+05:00"))
    worked(p.run("status", "--as-of", "2026-03-02"))
    worked(p.run("export", "--format", "json", raw_ok=True))
    worked(p.run("export", "--format", "claimreview", "--as-of", "2026-03-01", raw_ok=True))


@probe("arguments", writes=("ledger/verdicts",), ledger=True)
def verdict_repeat_is_a_no_op_and_return_is_recorded(p: Project) -> None:
    for status in ("confirmed", "confirmed", "unconfirmed", "confirmed"):
        worked(p.run(*VERDICT[:2], status, "--analyst", "a", "--reason", "same reason"))
    mine = [v["status"] for v in p.verdicts() if v["analyst"] == "a"]
    if mine != ["confirmed", "unconfirmed", "confirmed"]:
        raise Fault("wrong", f"history recorded as {mine}, expected confirmed, unconfirmed, confirmed")


@probe("arguments")
def check_published_far_dates(p: Project) -> None:
    article = p.article("bridge.txt", BRIDGE)
    for when in ("0001-01-01", "9999-12-31T23:59:59"):
        either(p.run("check", article, "--published", when), "bridge.txt")


@probe("arguments")
def analyst_name_echo_is_neutralised(p: Project) -> None:
    """A refused analyst name is echoed in the error: it must reach the terminal as visible escapes."""
    run = p.run(*VERDICT, "--analyst", "\u202eevil\x1b[8m", "--reason", "r")
    refused(run, "verdicts", "analyst")
    if "\\u202e" not in run.err and "U+202E" not in run.err:
        raise Fault("unclear", "the refusal does not show which character was refused")
