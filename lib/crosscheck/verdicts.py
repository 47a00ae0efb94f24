"""Analysts' verdicts: append-only histories in JSON lines, one file per analyst, recorded beside the
derived status.

Each analyst's verdicts live in ``ledger/verdicts/ANALYST.jsonl``, one line each::

    {"claim", "status", "analyst", "time", "reason", "previous": [ids]}

``previous`` names the verdicts on the same claim that the analyst had seen (the claim's latest ones when
it was recorded), by their ids (the first 16 hex digits of the SHA-256 of the line's fields). So the
history of a claim is a chain, and two analysts who each record a verdict on a branch of their own, not
knowing of the other's, leave a fork: two *heads* after ``git merge`` (the files merge by union). A fork
is a real disagreement the desk must settle, named by ``crosscheck verify``; recording the next verdict
on that claim settles it (its ``previous`` names both heads).

Recording takes the ledger's one lock (crosscheck.store), re-reads every history under it, and appends
atomically. A verdict identical in status, analyst and reason to the claim's single latest verdict adds
nothing (rerunning a notebook is idempotent); any other is recorded, also one returning to an earlier
verdict (confirmed, unconfirmed, confirmed again).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .errors import CrosscheckError, ProblemList, UnknownReference
from .layout import VERDICTS_DIR, listed, verdicts_name
from .sanitize import check_identifier, check_text
from .status import STATUSES
from .store import transaction
from .yamlio import read_text_file, terminated

FIELDS = ("claim", "status", "analyst", "time", "reason", "previous")
_TEXT_FIELDS = FIELDS[:-1]


@dataclass(frozen=True)
class Verdict:
    """An analyst's judgement on a claim: who, when, which status, why, and which verdicts it follows."""

    claim: str
    status: str
    analyst: str
    time: str
    reason: str
    previous: tuple[str, ...] = ()
    file: Path | None = field(default=None, compare=False, repr=False)
    line: int | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.claim, self.status, self.analyst, self.reason)

    @property
    def id(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()[:16]

    @property
    def moment(self) -> dt.datetime:
        moment = dt.datetime.fromisoformat(self.time)
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)

    def to_dict(self) -> dict:
        return {"claim": self.claim, "status": self.status, "analyst": self.analyst, "time": self.time,
                "reason": self.reason, "previous": list(self.previous)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def where(self) -> str:
        return f"{self.file.name}:{self.line}" if self.file is not None else "?"


def parse_verdicts(text: str, path: str | Path, claim_ids: Collection[str] | None = None) -> list[Verdict]:
    """Parse and validate one history; every bad line is reported with its number (a merge conflict
    with what each side holds: crosscheck.conflicts)."""
    from .conflicts import conflict_problems

    explained = conflict_problems(path, text)
    if explained:
        raise ProblemList(explained)
    verdicts, problems = [], []
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if line.strip():
            found: list[CrosscheckError] = []
            verdict = _parse_line(line, path, number, claim_ids, found)
            if found and number == len(lines):  # an unterminated last line that is not a whole verdict
                found = [CrosscheckError("last line is not terminated and not a whole verdict (a truncated write?); "
                                         "remove the partial line or restore the file from git", path, number)]
            problems.extend(found)
            if verdict is not None:
                verdicts.append(verdict)
    if problems:
        raise ProblemList(problems)
    return verdicts


def _parse_line(line: str, path, number: int, claim_ids, problems: list) -> Verdict | None:
    try:
        data = json.loads(line, parse_constant=_no_constant)
    except (json.JSONDecodeError, ValueError) as error:  # a number of 5,000 digits is a ValueError too
        problems.append(CrosscheckError(f"malformed JSON line ({getattr(error, 'msg', error)})", path, number))
        return None
    except RecursionError:
        problems.append(CrosscheckError("malformed JSON line (nested too deeply to read)", path, number))
        return None
    if not isinstance(data, dict) or set(data) != set(FIELDS):
        problems.append(CrosscheckError(f"a verdict needs exactly the fields {', '.join(FIELDS)}", path, number))
        return None
    if not all(isinstance(data[f], str) and data[f].strip() for f in _TEXT_FIELDS):
        problems.append(CrosscheckError("every verdict field but previous must be a non-empty string", path, number))
        return None
    previous = data["previous"]
    if not isinstance(previous, list) or not all(isinstance(p, str) for p in previous):
        problems.append(CrosscheckError("previous must be a list of verdict ids", path, number))
        return None
    try:  # the same checks as when a verdict is recorded: no control characters, no bytes that are not text
        check_identifier(data["analyst"], "the analyst's name", path)
        for key in ("claim", "status", "time", "reason"):
            check_text(data[key], f"the {key}", path)
    except CrosscheckError as error:
        problems.append(CrosscheckError(error.problem, path, number))
        return None
    verdict = Verdict(*(data[f] for f in _TEXT_FIELDS), tuple(previous), Path(path), number)
    problems.extend(_problems(verdict, path, number, claim_ids))
    return verdict


def _no_constant(name: str):
    raise ValueError(f"{name} is not a JSON value")


def _problems(verdict: Verdict, path, number, claim_ids) -> list[CrosscheckError]:
    problems = []
    if verdict.status not in STATUSES:
        problems.append(CrosscheckError(
            f"unknown status {verdict.status!r} (use one of {', '.join(STATUSES)})", path, number))
    if claim_ids is not None and verdict.claim not in claim_ids:
        problems.append(UnknownReference(f"unknown claim id {verdict.claim!r}", path, number, "claim", verdict.claim))
    try:
        dt.datetime.fromisoformat(verdict.time)
    except ValueError:
        problems.append(CrosscheckError(f"time {verdict.time!r} is not an ISO date-time", path, number))
    return problems


def load_verdicts(folder: str | Path, claim_ids: Collection[str] | None = None) -> list[Verdict]:
    """Every analyst's history under ``folder`` (a project's ``ledger/``), in the order they were recorded."""
    histories = listed(Path(folder) / VERDICTS_DIR, "*.jsonl")
    verdicts, problems = [], []
    for path in histories:
        try:
            verdicts.extend(parse_verdicts(read_text_file(path), path, claim_ids))
        except ProblemList as error:
            problems.extend(error.problems)
        except CrosscheckError as error:
            problems.append(error)
    if problems:
        raise ProblemList(problems)
    return in_order(verdicts)


def in_order(verdicts: list[Verdict]) -> list[Verdict]:
    """By time; verdicts of the same second in the order their ``previous`` links give."""
    by_id = {v.id: v for v in verdicts}
    depth: dict[str, int] = {}
    for verdict in sorted(verdicts, key=lambda v: v.moment):
        depth[verdict.id] = 1 + max((depth.get(p, 0) for p in verdict.previous if p in by_id), default=0)
    return sorted(verdicts, key=lambda v: (v.moment, depth[v.id], v.id))


def heads(verdicts: Iterable[Verdict], claim: str) -> list[Verdict]:
    """The claim's latest verdicts: those no other verdict on it follows (one, unless histories forked)."""
    on_claim = [v for v in verdicts if v.claim == claim]
    followed = {p for v in on_claim for p in v.previous}
    return [v for v in on_claim if v.id not in followed]


def latest(verdicts: list[Verdict], claim: str) -> Verdict | None:
    """The most recent of the claim's latest verdicts, if any."""
    found = heads(verdicts, claim)
    return max(found, key=lambda v: (v.moment, v.id)) if found else None


def forks(verdicts: list[Verdict]) -> dict[str, list[Verdict]]:
    """Claims whose histories forked (recorded on branches that did not see each other), with their heads."""
    claims = dict.fromkeys(v.claim for v in verdicts)
    found = {claim: heads(verdicts, claim) for claim in claims}
    return {claim: sorted(h, key=lambda v: (v.moment, v.id)) for claim, h in found.items() if len(h) > 1}


def record_verdict(folder: str | Path, claim: str, status: str, analyst: str, reason: str, *,
                   time: str | None = None, claim_ids: Collection[str] | None = None) -> bool:
    """Append a verdict to the analyst's history in ``folder`` (a project's ``ledger/``) unless it repeats
    the claim's single latest one; True when it was added."""
    folder = Path(folder)
    stamp = time or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    target = folder / verdicts_name(analyst)
    analyst = check_identifier(analyst, "the analyst's name", target)
    reason = " ".join(check_text(reason, "the reason", target).split())
    problems = _problems(Verdict(claim, status, analyst, stamp, reason), target, None, claim_ids)
    if not reason:
        problems.append(CrosscheckError("a verdict needs a reason", target))
    if problems:
        raise ProblemList(problems)
    with transaction(folder.parent, ledger_folder=folder) as tx:
        current = heads(load_verdicts(folder, claim_ids), claim)
        if len(current) == 1 and current[0].key == (claim, status, analyst, reason):
            return False
        verdict = Verdict(claim, status, analyst, stamp, reason, tuple(sorted(v.id for v in current)))
        tx.write_text(target, terminated(tx.read_text(target) or "") + verdict.to_json() + "\n")
    return True
