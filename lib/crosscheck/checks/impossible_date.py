"""``impossible-date`` (error): a calendar date that exists in no year, or not in the year it gives.

"Sept. 31", "February 30", "April 31st" exist in no year; "Feb. 29, 2025" not in 2025. A weekday
written with such a date ("Friday, February 30, 2026") is reported by ``weekday-mismatch`` instead, once.
A "Feb. 29" without a year is a date (the relative-date check gives it the leap year its tense picks).
"""
from __future__ import annotations

import calendar
import re

from ..findings import Finding
from ._base import MONTH_ANCHOR, MONTH_NAMES, WEEKDAY_ANY_RE, Context, day_number, find_absolute_dates, make_date, \
    month_number, scan
from .date_patterns import MONTH_DAY
from .numbers import day_word_value

KIND = "impossible-date"
_WEEKDAY_BEFORE = re.compile(r"(?:" + WEEKDAY_ANY_RE + r")[,\s]+(?:the\s+)?$")


def check(ctx: Context) -> list[Finding]:
    text = ctx.text
    out: list[Finding] = []
    for s, e, d in find_absolute_dates(text):
        if d is None:
            out.extend(_impossible(ctx, s, e, *_month_day_year(text[s:e])))
    for m in scan(MONTH_DAY, MONTH_ANCHOR, text, 70, 60):
        s = m.start("m1") if m.group("m1") else m.start("d2")
        raw = m.group("d1") or m.group("d2")
        day = day_number(raw) if raw[0].isdigit() else day_word_value(raw)
        month = month_number(m.group("m1") or m.group("m2"))
        first = _impossible(ctx, s, m.end(), month, day, None)
        last = m.group("d3") or m.group("d4")
        if last and not first:  # "Sept. 30-31": a range's last day
            first = _impossible(ctx, s, m.end(), month_number(m.group("m3")) if m.group("m3") else month,
                                day_number(last), None)
        out.extend(first)
    return sorted(out, key=lambda f: f.spans[0].start)


def _month_day_year(expr: str) -> tuple[int | None, int, int | None]:
    """(month, day, year) of a full date whose day does not exist ("Feb. 29, 2025", "2025-02-29")."""
    iso = re.search(r"([0-9]{4})-([0-9]{2})-([0-9]{2})", expr)
    if iso:
        return int(iso.group(2)), int(iso.group(3)), int(iso.group(1))
    month = next((month_number(w) for w in re.findall(r"[A-Za-z]+\.?", expr) if month_number(w)), None)
    numbers = [int(n) for n in re.findall(r"[0-9]+", expr)]
    year = next((n for n in numbers if n > 31), None)
    day = next((n for n in numbers if n <= 31), 0)
    return month, day, year


def _impossible(ctx: Context, s: int, e: int, month: int | None, day: int, year: int | None) -> list[Finding]:
    if month is None or not 1 <= month <= 12 or _WEEKDAY_BEFORE.search(ctx.text, max(0, s - 14), s):
        return []
    if make_date(2024 if year is None else year, month, day) is not None:
        return []
    name = MONTH_NAMES[month - 1]
    if year is not None and make_date(2024, month, day) is not None:
        why = f"{year} is not a leap year: February {year} has {calendar.monthrange(year, 2)[1]} days"
    else:
        why = f"{name} has at most {calendar.monthrange(2024, month)[1]} days"
    expr = ctx.text[s:e]
    return [Finding(kind=KIND, severity="error", message=f'"{expr}": no such date ({why})',
                    spans=(ctx.span(s, e),), data={"expression": expr, "month": month, "day": day, "year": year})]
