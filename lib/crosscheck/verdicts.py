"""Analysts' verdicts: an append-only history in JSON lines, recorded beside the derived status.

Each line is ``{"claim", "status", "analyst", "time", "reason"}``. Recording takes the ledger's one
lock (crosscheck.store), re-reads the history under it, and writes the whole file anew atomically
(temporary file, fsync, rename), so concurrent writers lose nothing and a crash leaves the old or the
new file, never a torn one. A verdict identical in status, analyst and reason to the claim's *latest*
verdict adds nothing, so rerunning a notebook is idempotent; any other verdict is recorded, also one
that repeats an earlier verdict overtaken since (confirmed, unconfirmed, confirmed again).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection
from dataclasses import asdict, dataclass
from pathlib import Path

from .errors import CrosscheckError, ProblemList
from .sanitize import check_identifier, check_text
from .status import STATUSES
from .store import transaction
from .yamlio import check_conflict_markers, read_text_file

FIELDS = ("claim", "status", "analyst", "time", "reason")


@dataclass(frozen=True)
class Verdict:
    """An analyst's judgement on a claim: who, when, which status, why."""

    claim: str
    status: str
    analyst: str
    time: str
    reason: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.claim, self.status, self.analyst, self.reason)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=False)


def parse_verdicts(text: str, path: str | Path, claim_ids: Collection[str] | None = None) -> list[Verdict]:
    """Parse and validate a history; every bad line is reported with its number."""
    check_conflict_markers(text, path)
    verdicts, problems = [], []
    lines = text.split("\n")
    if text and not text.endswith("\n"):
        problems.append(CrosscheckError(
            "last line is not terminated (a truncated write?); remove the partial line or restore the file from git",
            path, len(lines)))
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(CrosscheckError(f"malformed JSON line ({error.msg})", path, number))
            continue
        if not isinstance(data, dict) or set(data) != set(FIELDS):
            problems.append(CrosscheckError(f"a verdict needs exactly the fields {', '.join(FIELDS)}", path, number))
            continue
        if not all(isinstance(data[f], str) and data[f].strip() for f in FIELDS):
            problems.append(CrosscheckError("every verdict field must be a non-empty string", path, number))
            continue
        verdict = Verdict(**{f: data[f] for f in FIELDS})
        problems.extend(_problems(verdict, path, number, claim_ids))
        verdicts.append(verdict)
    if problems:
        raise ProblemList(problems)
    return verdicts


def _problems(verdict: Verdict, path, number, claim_ids) -> list[CrosscheckError]:
    problems = []
    if verdict.status not in STATUSES:
        problems.append(CrosscheckError(
            f"unknown status {verdict.status!r} (use one of {', '.join(STATUSES)})", path, number))
    if claim_ids is not None and verdict.claim not in claim_ids:
        problems.append(CrosscheckError(f"unknown claim id {verdict.claim!r}", path, number))
    try:
        dt.datetime.fromisoformat(verdict.time)
    except ValueError:
        problems.append(CrosscheckError(f"time {verdict.time!r} is not an ISO date-time", path, number))
    return problems


def load_verdicts(path: str | Path, claim_ids: Collection[str] | None = None) -> list[Verdict]:
    """The history in ``path`` (empty when the file does not exist yet)."""
    path = Path(path)
    if not path.exists():
        return []
    return parse_verdicts(read_text_file(path), path, claim_ids)


def record_verdict(
    path: str | Path,
    claim: str,
    status: str,
    analyst: str,
    reason: str,
    *,
    time: str | None = None,
    claim_ids: Collection[str] | None = None,
) -> bool:
    """Append a verdict unless it repeats the claim's latest one; True when it was added."""
    path = Path(path)
    stamp = time or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    analyst = check_identifier(analyst, "the analyst's name", path)
    reason = " ".join(check_text(reason, "the reason", path).split())
    verdict = Verdict(claim, status, analyst, stamp, reason)
    problems = _problems(verdict, path, None, claim_ids)
    if not verdict.reason:
        problems.append(CrosscheckError("a verdict needs a reason", path))
    if problems:
        raise ProblemList(problems)
    with transaction(path.parent, ledger_folder=path.parent) as tx:
        text = tx.read_text(path.name) or ""
        last = latest(parse_verdicts(text, path, claim_ids), claim)
        if last is not None and last.key == verdict.key:
            return False
        tx.write_text(path.name, text + verdict.to_json() + "\n")
    return True


def latest(verdicts: list[Verdict], claim: str) -> Verdict | None:
    """The most recent verdict on ``claim`` (the last recorded), if any."""
    for verdict in reversed(verdicts):
        if verdict.claim == claim:
            return verdict
    return None
