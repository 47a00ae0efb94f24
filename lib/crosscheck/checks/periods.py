"""Calendar periods of a given size: a day, a weekend, an ISO week, a month, a quarter, a season, a year.

A :class:`Period` carries its size (``granularity``), its TimeML TIMEX3-style ``value`` ("2026-01-30",
"2026-W05-WE", "2026-W05", "2026-01", "2026-Q1", "2025-FA", "2026") and the first and last day it covers.
A period coarser than a day is never to be checked against a day: only ``granularity == "day"`` is one.
Seasons are meteorological (northern hemisphere): spring March-May, summer June-August, autumn
September-November, winter December-February (winter ``YYYY`` starts in December of ``YYYY``).
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Callable

GRANULARITIES = ("day", "range", "days", "weekend", "week", "month", "quarter", "season", "year")
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SEASON_WORDS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


@dataclass(frozen=True)
class Period:
    """A span of whole days of a given size; ``first`` and ``last`` inclusive."""

    granularity: str
    value: str
    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.granularity not in GRANULARITIES:
            raise ValueError(f"no such granularity: {self.granularity!r}")
        if self.last < self.first or (self.granularity == "day") != (self.first == self.last and "/" not in self.value):
            raise ValueError(f"a {self.granularity} cannot run {self.first} to {self.last}")

    def resolved(self) -> str | dict[str, str]:
        """The day (ISO string) for a day, else ``{"start", "end"}``: the shape findings have always had."""
        if self.granularity == "day":
            return self.first.isoformat()
        return {"start": self.first.isoformat(), "end": self.last.isoformat()}


def day(d: dt.date) -> Period:
    return Period("day", d.isoformat(), d, d)


def days(first: dt.date, last: dt.date) -> Period:
    """A span of days that is no calendar unit ("the past three days", "in the coming days")."""
    last = max(first, last)
    return Period("days", f"{first.isoformat()}/{last.isoformat()}", first, last)


def day_range(first: dt.date, last: dt.date) -> Period:
    """A stated range of days ("September 16-19", Ramadan): its first and last days are known exactly,
    so "the day after" it is the day after its last day."""
    return Period("range", f"{first.isoformat()}/{last.isoformat()}", first, max(first, last))


def week(d: dt.date) -> Period:
    """The ISO week (Monday to Sunday) containing ``d``."""
    monday = d - dt.timedelta(days=d.weekday())
    year, number, _ = monday.isocalendar()
    return Period("week", f"{year}-W{number:02d}", monday, monday + dt.timedelta(days=6))


def weekend(d: dt.date) -> Period:
    """The Saturday and Sunday of the ISO week containing ``d``."""
    w = week(d)
    return Period("weekend", w.value + "-WE", w.first + dt.timedelta(days=5), w.last)


def month(year: int, number: int) -> Period:
    year, number = year + (number - 1) // 12, (number - 1) % 12 + 1
    last = calendar.monthrange(year, number)[1]
    return Period("month", f"{year}-{number:02d}", dt.date(year, number, 1), dt.date(year, number, last))


def week_of_month(m: Period, n: int) -> Period:
    """The n-th ISO week of month ``m`` (n = -1: the last), the week holding its n-th Thursday: the week
    most of whose days fall in the month ("the first week of January" 2024 is 2024-W01)."""
    first_thursday = m.first + dt.timedelta(days=(3 - m.first.weekday()) % 7)
    if n > 0:
        return week(first_thursday + dt.timedelta(weeks=n - 1))
    return week(m.last - dt.timedelta(days=(m.last.weekday() - 3) % 7))


def quarter(year: int, number: int) -> Period:
    year, number = year + (number - 1) // 4, (number - 1) % 4 + 1
    first = month(year, 3 * number - 2)
    return Period("quarter", f"{year}-Q{number}", first.first, month(year, 3 * number).last)


def quarter_of(d: dt.date) -> Period:
    return quarter(d.year, (d.month - 1) // 3 + 1)


def season(year: int, code: str) -> Period:
    lo, hi = SEASONS[code]
    first = month(year, lo).first
    last = month(year + 1 if code == "WI" else year, hi).last
    return Period("season", f"{year}-{code}", first, last)


def season_of(d: dt.date) -> Period:
    """The season containing ``d`` (January and February belong to the previous year's winter)."""
    for code, (lo, hi) in SEASONS.items():
        if code != "WI" and lo <= d.month <= hi:
            return season(d.year, code)
    return season(d.year if d.month == 12 else d.year - 1, "WI")


def year(number: int) -> Period:
    return Period("year", str(number), dt.date(number, 1, 1), dt.date(number, 12, 31))


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, min(d.day, calendar.monthrange(d.year + y, m + 1)[1]))


def shifted(pub: dt.date, n: int, unit: str) -> Period:
    """The period ``n`` units from ``pub`` (negative: before), at the unit's own size."""
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return day(pub + dt.timedelta(days=n))
    if unit == "week":
        return week(pub + dt.timedelta(weeks=n))
    if unit == "weekend":
        return weekend(pub + dt.timedelta(weeks=n))
    if unit == "month":
        d = add_months(pub, n)
        return month(d.year, d.month)
    if unit == "quarter":
        q = quarter_of(pub)
        return quarter(q.first.year, int(q.value[-1]) + n)
    if unit == "decade":
        return year(pub.year + 10 * n)
    return year(pub.year + n)


def of_size(granularity: str, d: dt.date) -> Period:
    """The calendar period of the given size that contains ``d`` ("days", "range": no calendar unit, ValueError)."""
    if granularity == "weekend":
        return weekend(d)
    if granularity == "week":
        return week(d)
    if granularity == "month":
        return month(d.year, d.month)
    if granularity == "quarter":
        return quarter_of(d)
    if granularity == "season":
        return season_of(d)
    if granularity == "year":
        return year(d.year)
    if granularity == "day":
        return day(d)
    raise ValueError(f"{granularity!r} is no calendar unit")


def counted_from(ref: Period, step: Callable[[dt.date], Period], edge: str | None = None) -> tuple[Period, bool]:
    """``step`` ("the day after", "two weeks later", "the following Monday") counted from the period ``ref``.

    The one way to count from another date, so that false precision cannot arise: ``step`` must be
    monotone (a later day never gives an earlier period), so if its first and last days agree, every
    day of ``ref`` does, and the answer is exact ("the following Monday" after a weekend). Otherwise
    the answer is known only to the size of ``ref`` ("the next morning" after "in July" is July): a
    period coarser than a day never yields a day (the coarser of the two sizes is given, the one
    in the middle of the answers: "the day before" after "in July" is July, not June). A stated
    range counts from its ``edge`` ("last" for after, "first" for before). Returns the period and
    whether it is exact.
    """
    if ref.granularity == "range" and edge in ("first", "last"):
        ref = day(ref.first if edge == "first" else ref.last)
    a, b = step(ref.first), step(ref.last)
    if a == b:
        return a, True
    size = max(ref.granularity, a.granularity, key=GRANULARITIES.index)
    if size in ("days", "range"):
        return days(a.first, b.last), False
    # the period of that size where the answers lie: "the day before" after "in 2014" is 2014, not 2013
    return of_size(size, a.first + (b.last - a.first) / 2), False
