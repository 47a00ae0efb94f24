"""``weekday-mismatch`` (error): a weekday written with a date it does not fall on.

Recognised: "Friday 30/January/2026", "Monday, March 3, 2026", "Mon 3 Mar 2026", "Friday, 2026-01-30",
"Tuesday 03/03/2026" (numeric: a mismatch only if neither day/month nor month/day order fits), and a
date followed by a weekday in brackets ("March 3, 2026 (Monday)").  A date without a year takes the
year nearest to publication; with no publication date such dates are skipped (one info finding says
so).  A date that does not exist ("Friday, February 30, 2026") is reported too.
"""
from __future__ import annotations

import datetime as dt
import re

from ..findings import Finding
from ._base import (
    DAY_RE,
    MONTH_RE,
    WEEKDAY_ANY_RE,
    WEEKDAY_NAMES,
    YEAR_RE,
    WEEKDAY_ANCHOR,
    Context,
    SpanSet,
    day_number,
    scan,
    skipped_finding,
    iso,
    make_date,
    month_number,
    nearest_year_date,
    weekday_number,
)

KIND = "weekday-mismatch"

_YEAR_TAIL = r"(?:[\s/.\-,]+(?P<y>" + YEAR_RE + r"))?"
_W = r"(?<![\w])(?P<wd>" + WEEKDAY_ANY_RE + r")[,\s]+(?:the\s+)?"
PATTERNS = (
    re.compile(_W + r"(?P<d>" + DAY_RE + r")[\s/.\-]+(?:of\s+)?(?P<m>" + MONTH_RE + r")" + _YEAR_TAIL),
    re.compile(_W + r"(?P<m>" + MONTH_RE + r")\s+(?P<d>" + DAY_RE + r")(?:,?\s+(?P<y>" + YEAR_RE + r"))?"),
    re.compile(_W + r"(?P<y>" + YEAR_RE + r")-(?P<mn>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])"),
    re.compile(_W + r"(?P<a>[0-3]?[0-9])[/.](?P<b>[0-3]?[0-9])[/.](?P<y>" + YEAR_RE + r")"),
    re.compile(r"(?<![\w])(?P<m>" + MONTH_RE + r")\s+(?P<d>" + DAY_RE + r"),?\s+(?P<y>" + YEAR_RE + r")\s*\(\s*(?P<wd>"
               + WEEKDAY_ANY_RE + r")\s*\)"),
    re.compile(r"(?<![\w])(?P<d>" + DAY_RE + r")\s+(?P<m>" + MONTH_RE + r")\s+(?P<y>" + YEAR_RE + r")\s*\(\s*(?P<wd>"
               + WEEKDAY_ANY_RE + r")\s*\)"),
)


def check(ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    skipped: list[str] = []
    for m in _weekday_dates(ctx.text):
        wd = weekday_number(m.group("wd"))
        if wd is None:
            continue
        candidates = _candidates(m.groupdict(), ctx.published)
        if candidates == _NO_PUBLICATION:
            skipped.append(m.group(0))
        elif candidates == _NO_SUCH_DAY:
            out.append(_invalid(ctx, m.start(), m.end(), m.group("wd")))
        elif candidates and not any(c.weekday() == wd for c in candidates):
            out.append(_mismatch(ctx, m, candidates[0], wd, year_inferred=not m.groupdict().get("y")))
    if skipped:
        out.append(skipped_finding(KIND, "weekday+date without a year", skipped))
    return out


_NO_PUBLICATION = "no publication date"
_NO_SUCH_DAY = "no such day"


def _weekday_dates(text: str):
    """Every weekday written with a date, by pattern order, the first pattern taking a span."""
    taken = SpanSet()
    for rx in PATTERNS:
        for m in scan(rx, WEEKDAY_ANCHOR, text, 40, 40):
            if taken.add(m.start(), m.end()):
                yield m


def _candidates(gd: dict, pub: dt.date | None) -> list[dt.date] | str:
    """The dates a match may mean (both orders for a numeric date), or why there is none.

    An empty list: not a readable date; ``_NO_PUBLICATION``: no year and nothing to take it from;
    ``_NO_SUCH_DAY``: a day that exists in no year, or not in the year given.
    """
    year = int(gd["y"]) if gd.get("y") else None
    if gd.get("a"):
        a, b = int(gd["a"]), int(gd["b"])
        return [c for c in (make_date(year, b, a), make_date(year, a, b)) if c is not None]
    month = int(gd["mn"]) if gd.get("mn") else month_number(gd["m"])
    if month is None:
        return []
    day = day_number(gd["d"])
    if year is not None:
        d = make_date(year, month, day)
        return [d] if d is not None else _NO_SUCH_DAY
    if pub is None:
        return _NO_PUBLICATION
    d = nearest_year_date(month, day, pub)
    if d is not None:
        return [d]
    return _NO_SUCH_DAY if make_date(2024, month, day) is None else []


def _mismatch(ctx: Context, m: re.Match, d: dt.date, wd: int, year_inferred: bool) -> Finding:
    s, e, text = m.start(), m.end(), ctx.text
    actual, stated = WEEKDAY_NAMES[d.weekday()], WEEKDAY_NAMES[wd]
    return Finding(
        kind=KIND, severity="error",
        message=f'"{text[s:e]}": {iso(d)} is a {actual}, not a {stated}',
        spans=(ctx.span(s, e),),
        data={"expression": text[s:e], "date": iso(d), "stated_weekday": stated,
              "actual_weekday": actual, "year_inferred": year_inferred},
    )


def _invalid(ctx: Context, s: int, e: int, wd: str) -> Finding:
    return Finding(
        kind=KIND, severity="error",
        message=f'"{ctx.text[s:e]}": no such date, so it cannot be a {wd}',
        spans=(ctx.span(s, e),),
        data={"expression": ctx.text[s:e], "date": None, "stated_weekday": wd, "actual_weekday": None,
              "valid_date": False},
    )
