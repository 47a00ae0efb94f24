"""Named days whose date follows from the year: fixed ("Christmas", "July Fourth") and rule-based ones
("Thanksgiving Day": the fourth Thursday of November; "Labor Day": the first Monday of September;
"Easter": by the Western computus in ``dateutil.easter``). US conventions where countries differ.
Lunar holidays (Eid, Ramadan, Diwali, Lunar New Year) are not resolved.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from dateutil.easter import easter
from dateutil.relativedelta import MO, SU, TH, TU, relativedelta


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _nth(month: int, weekday, n: int) -> Callable[[int], dt.date]:
    """The n-th given weekday of the month (n = -1: the last)."""
    if n > 0:
        return lambda year: dt.date(year, month, 1) + relativedelta(weekday=weekday(n))
    return lambda year: dt.date(year, month, 1) + relativedelta(day=31, weekday=weekday(n))


def _easter(offset: int) -> Callable[[int], dt.date]:
    return lambda year: easter(year) + dt.timedelta(days=offset)


def _election_day(year: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    return dt.date(year, 11, 1) + relativedelta(weekday=MO(1)) + relativedelta(weekday=TU(1))


#: (pattern, rule in words, date function)
HOLIDAYS: tuple[tuple[str, str, Callable[[int], dt.date]], ...] = (
    (r"Christmas\s+Eve", "24 December", _fixed(12, 24)),
    (r"Christmas(?:\s+Day)?", "25 December", _fixed(12, 25)),
    (r"Boxing\s+Day", "26 December", _fixed(12, 26)),
    (r"New\s+Year" + r"['’]?s\s+Eve", "31 December", _fixed(12, 31)),
    (r"New\s+Year" + r"['’]?s(?:\s+Day)?", "1 January", _fixed(1, 1)),
    (r"Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+(?:Fourth|4th)", "4 July (US)", _fixed(7, 4)),
    (r"Halloween", "31 October", _fixed(10, 31)),
    (r"Valentine['’]?s\s+Day", "14 February", _fixed(2, 14)),
    (r"St\.?\s+Patrick['’]?s\s+Day", "17 March", _fixed(3, 17)),
    (r"Veterans\s+Day|Armistice\s+Day|Remembrance\s+Day", "11 November", _fixed(11, 11)),
    (r"Juneteenth", "19 June", _fixed(6, 19)),
    (r"Inauguration\s+Day", "20 January", _fixed(1, 20)),
    (r"Thanksgiving(?:\s+Day)?", "the fourth Thursday of November (US)", _nth(11, TH, 4)),
    (r"Black\s+Friday", "the day after Thanksgiving (US)", lambda y: _nth(11, TH, 4)(y) + dt.timedelta(days=1)),
    (r"Cyber\s+Monday", "the Monday after Thanksgiving (US)", lambda y: _nth(11, TH, 4)(y) + dt.timedelta(days=4)),
    (r"Labou?r\s+Day", "the first Monday of September (US)", _nth(9, MO, 1)),
    (r"Memorial\s+Day", "the last Monday of May (US)", _nth(5, MO, -1)),
    (r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day", "the third Monday of January (US)", _nth(1, MO, 3)),
    (r"Presidents['’]?\s+Day", "the third Monday of February (US)", _nth(2, MO, 3)),
    (r"Columbus\s+Day", "the second Monday of October (US)", _nth(10, MO, 2)),
    (r"Mother['’]?s\s+Day", "the second Sunday of May (US)", _nth(5, SU, 2)),
    (r"Father['’]?s\s+Day", "the third Sunday of June (US)", _nth(6, SU, 3)),
    (r"Election\s+Day", "the Tuesday after the first Monday of November (US)", _election_day),
    (r"Easter\s+Monday", "the day after Easter Sunday", _easter(1)),
    (r"Easter(?:\s+Sunday)?", "Easter Sunday (Western computus)", _easter(0)),
    (r"Good\s+Friday", "two days before Easter Sunday", _easter(-2)),
    (r"Palm\s+Sunday", "a week before Easter Sunday", _easter(-7)),
    (r"Ash\s+Wednesday", "46 days before Easter Sunday", _easter(-46)),
)

# A holiday name used as an adjective names no day ("Christmas trees", "Easter Island").
_ATTRIBUTIVE = (r"(?!\s+(?:trees?|cards?|carols?|lights?|decorations?|presents?|gifts?|songs?|music|movies?|"
                r"spirit|markets?|Island|eggs?|bunny|bonus(?:es)?|parade|specials?|albums?|sales?)\b)")
HOLIDAY = re.compile(
    r"(?<![\w\-])(?:(?P<mod>last|next|this|this\s+coming|this\s+past|on|by|until|before|after|since)\s+)?"
    r"(?P<name>" + "|".join(f"(?P<h{i}>{rx})" for i, (rx, _, _) in enumerate(HOLIDAYS)) + r")"
    r"(?![\w\-])" + _ATTRIBUTIVE,
)


def holiday_date(match: re.Match, year: int) -> tuple[dt.date, str]:
    """The date of the matched holiday in ``year``, and its rule in words."""
    index = int(next(k for k, v in match.groupdict().items() if v is not None and re.fullmatch(r"h\d+", k))[1:])
    _, rule, when = HOLIDAYS[index]
    return when(year), rule
