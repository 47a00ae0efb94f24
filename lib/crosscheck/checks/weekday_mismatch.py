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
    text, pub = ctx.text, ctx.published
    out: list[Finding] = []
    skipped: list[str] = []
    taken = SpanSet()
    for rx in PATTERNS:
        for m in scan(rx, WEEKDAY_ANCHOR, text, 40, 40):
            s, e = m.start(), m.end()
            if not taken.add(s, e):
                continue
            wd = weekday_number(m.group("wd"))
            if wd is None:
                continue
            gd = m.groupdict()
            year = int(gd["y"]) if gd.get("y") else None
            candidates: list[dt.date | None]
            if gd.get("a"):
                a, b = int(gd["a"]), int(gd["b"])
                candidates = [make_date(year, b, a), make_date(year, a, b)]
                candidates = [c for c in candidates if c is not None]
                if not candidates:
                    continue
            else:
                month = int(gd["mn"]) if gd.get("mn") else month_number(gd["m"])
                if month is None:
                    continue
                day = day_number(gd["d"])
                if year is None:
                    if pub is None:
                        skipped.append(text[s:e])
                        continue
                    d = nearest_year_date(month, day, pub)
                    if d is None:
                        if make_date(2024, month, day) is None:  # no such day in any year
                            out.append(_invalid(ctx, s, e, m.group("wd")))
                        continue
                else:
                    d = make_date(year, month, day)
                    if d is None:
                        out.append(_invalid(ctx, s, e, m.group("wd")))
                        continue
                candidates = [d]
            if any(c.weekday() == wd for c in candidates):
                continue
            d = candidates[0]
            actual = WEEKDAY_NAMES[d.weekday()]
            stated = WEEKDAY_NAMES[wd]
            out.append(Finding(
                kind=KIND, severity="error",
                message=f'"{text[s:e]}": {iso(d)} is a {actual}, not a {stated}',
                spans=(ctx.span(s, e),),
                data={"expression": text[s:e], "date": iso(d), "stated_weekday": stated,
                      "actual_weekday": actual, "year_inferred": year is None},
            ))
    if skipped:
        out.append(Finding(
            kind=KIND, severity="info",
            message=f"skipped {len(skipped)} weekday+date without a year: no publication date",
            spans=(), data={"skipped": True, "reason": "no publication date", "expressions": skipped[:100]},
        ))
    return out


def _invalid(ctx: Context, s: int, e: int, wd: str) -> Finding:
    return Finding(
        kind=KIND, severity="error",
        message=f'"{ctx.text[s:e]}": no such date, so it cannot be a {wd}',
        spans=(ctx.span(s, e),),
        data={"expression": ctx.text[s:e], "date": None, "stated_weekday": wd, "actual_weekday": None,
              "valid_date": False},
    )
