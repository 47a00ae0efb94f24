"""Consistency checks over one article: ``run_checks(text, published=None, start=0)``.

Each check is a function ``check(ctx: Context) -> list[Finding]`` registered in :data:`CHECKS`
(kind -> function, in running order).  Spans always index the whole ``text``.  ``start`` is where
the article body begins: checks about the body's prose (near-duplicate, needs-outside-source) look
only there; the others look at the whole text, header included (a malformed time stamp in the
dateline is still malformed).

When ``published`` is None, the publication date is read from the text (the header before
``start`` or the first lines: "Friday 30/January/2026", "January 30, 2026", "2026-01-30").  Checks
that need a date and have none skip, saying so with one ``info`` finding whose ``data.skipped`` is
true and whose spans are empty.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable, Iterable

from ..findings import Finding
from . import (
    duration_end,
    impossible_date,
    malformed_timestamp,
    near_duplicate,
    outside_source,
    relative_date,
    unit_conversion,
    weekday_mismatch,
)
from ._base import Context

__all__ = ["CHECKS", "Context", "run_checks", "findings_to_json", "format_findings"]

CheckFunction = Callable[[Context], "list[Finding]"]

#: kind -> check function, in running order.
CHECKS: dict[str, CheckFunction] = {
    relative_date.KIND: relative_date.check,
    duration_end.KIND: duration_end.check,
    weekday_mismatch.KIND: weekday_mismatch.check,
    impossible_date.KIND: impossible_date.check,
    malformed_timestamp.KIND: malformed_timestamp.check,
    unit_conversion.KIND: unit_conversion.check,
    near_duplicate.KIND: near_duplicate.check,
    outside_source.KIND: outside_source.check,
}


def _position(f: Finding) -> tuple:
    if not f.spans:
        return (-1, -1, f.kind)
    return (f.spans[0].start, f.spans[0].end, f.kind)


def run_checks(
    text: str,
    published: dt.datetime | dt.date | None = None,
    start: int = 0,
    kinds: Iterable[str] | None = None,
) -> list[Finding]:
    """Run every check (or those named in ``kinds``) and return the findings by position, then kind."""
    ctx = Context(text, published, start)
    wanted = set(kinds) if kinds is not None else None
    findings: list[Finding] = []
    for kind, fn in CHECKS.items():
        if wanted is not None and kind not in wanted:
            continue
        findings.extend(fn(ctx))
    findings.sort(key=lambda f: (_position(f)[0], f.kind, _position(f)[1]))
    return findings


def findings_to_json(findings: Iterable[Finding]) -> dict:
    return {"findings": [f.to_dict() for f in findings]}


def format_findings(findings: Iterable[Finding]) -> str:
    """One line per finding: ``SEVERITY KIND [START-END] MESSAGE``."""
    lines = []
    for f in findings:
        where = f"[{f.spans[0].start}-{f.spans[0].end}] " if f.spans else ""
        message = " ".join(f.message.split())
        lines.append(f"{f.severity:<7} {f.kind:<21} {where}{message}")
    return "\n".join(lines)
