"""Named days and festivals whose dates follow from the year, each with its rule in words.

Fixed ("Christmas", "July Fourth"), rule-based ("Thanksgiving Day": the fourth Thursday of November; the
UK's Monday bank holidays;
"Easter": the Western computus in ``dateutil.easter``, "Orthodox Easter" the Julian; US conventions where countries differ) and
lunar or lunisolar ones: Eid al-Fitr, Eid al-Adha and Ramadan in the Umm al-Qura calendar
(``hijridate``; where the new moon is sighted locally, observance may fall a day later), Passover,
Rosh Hashanah, Yom Kippur, Sukkot, Shavuot, Purim and Hanukkah in the Hebrew calendar (``pyluach``),
Lunar New Year in the Chinese calendar (``lunardate``), Diwali and Holi from India's published
dates (``holidays``).

A holiday is a day, or a span of days for a festival that has no one day (Ramadan, Hanukkah): never
a day for a span. A year the calendar does not cover gives no date at all, never a guess.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable

from dateutil.easter import EASTER_ORTHODOX, easter
from dateutil.relativedelta import MO, SU, TH, TU, relativedelta

from . import periods as P

D = dt.timedelta
Dates = Callable[[int], "list[P.Period]"]  # a Gregorian year -> the holiday's periods that begin in it


def _day(fn: Callable[[int], dt.date]) -> Dates:
    return lambda year: [P.day(fn(year))]


def _fixed(month: int, day: int) -> Dates:
    return _day(lambda year: dt.date(year, month, day))


def _nth(month: int, weekday, n: int) -> Callable[[int], dt.date]:
    """The n-th given weekday of the month (n = -1: the last)."""
    if n > 0:
        return lambda year: dt.date(year, month, 1) + relativedelta(weekday=weekday(n))
    return lambda year: dt.date(year, month, 1) + relativedelta(day=31, weekday=weekday(n))


def _easter(offset: int) -> Dates:
    return _day(lambda year: easter(year) + D(days=offset))


def _uk_bank_mondays(year: int) -> list[P.Period]:
    days = [easter(year) + D(days=1), _nth(5, MO, 1)(year), _nth(5, MO, -1)(year), _nth(8, MO, -1)(year)]
    return [P.day(d) for d in sorted(days)]


def _tax_day(year: int) -> dt.date:
    """The US federal filing deadline: 15 April, or the next working day after a weekend or the District of
    Columbia's Emancipation Day (16 April, kept on the Friday before or the Monday after a weekend)."""
    emancipation = dt.date(year, 4, 16)
    emancipation += D(days={5: -1, 6: 1}.get(emancipation.weekday(), 0))
    d = dt.date(year, 4, 15)
    while d.weekday() >= 5 or d == emancipation:
        d += D(days=1)
    return d


def _election_day(year: int) -> dt.date:
    """US Election Day: the Tuesday after the first Monday of November."""
    return dt.date(year, 11, 1) + relativedelta(weekday=MO(1)) + relativedelta(weekday=TU(1))


# ---- lunar and lunisolar calendars --------------------------------------------------------------------


def _hijri(month: int, day: int, until: tuple[int, int] | None = None) -> Dates:
    """A day of the Islamic year (Umm al-Qura), or the span up to the day before ``until`` (month, day)."""
    from hijridate import Gregorian, Hijri

    def dates(year: int) -> list[P.Period]:
        out = []
        first_year = Gregorian(year, 1, 1).to_hijri().year
        for hy in (first_year, first_year + 1):
            start = dt.date(*Hijri(hy, month, day).to_gregorian().datetuple())
            if start.year != year:
                continue
            if until is None:
                out.append(P.day(start))
            else:
                end = dt.date(*Hijri(hy, *until).to_gregorian().datetuple()) - D(days=1)
                out.append(P.day_range(start, end))
        return out
    return dates


def _hebrew(month: int, day: int, length: int = 1, leap_month: int | None = None) -> Dates:
    """A day of the Hebrew year (``leap_month`` instead of ``month`` in a leap year), or ``length`` days."""
    from pyluach import dates as hebrew_dates
    from pyluach import hebrewcal

    def dates(year: int) -> list[P.Period]:
        out = []
        for hy in (year + 3760, year + 3761):
            m = leap_month if leap_month and hebrewcal.Year(hy).leap else month
            start = hebrew_dates.HebrewDate(hy, m, day).to_pydate()
            if start.year == year:
                out.append(P.day(start) if length == 1 else P.day_range(start, start + D(days=length - 1)))
        return out
    return dates


def _lunar_new_year(year: int) -> list[P.Period]:
    from lunardate import LunarDate

    return [P.day(LunarDate(year, 1, 1).to_solar_date())]


@functools.lru_cache(maxsize=64)
def _india(year: int) -> dict[str, dt.date]:
    import holidays

    return {name: d for d, name in holidays.India(years=year).items()}


def _indian(name: str) -> Dates:
    """India's published date for ``name``; a year outside its tables gives none."""
    def dates(year: int) -> list[P.Period]:
        d = _india(year).get(name)
        return [P.day(d)] if d else []
    return dates


_EID = r"E[iy]d(?:\s+|-)?(?:al|ul|el)?[\s\-]?"

#: (pattern, rule in words, dates of a year)
HOLIDAYS: tuple[tuple[str, str, Dates], ...] = (
    (r"Christmas\s+Eve", "24 December", _fixed(12, 24)),
    (r"Christmas(?:\s+Day)?", "25 December", _fixed(12, 25)),
    (r"Boxing\s+Day", "26 December", _fixed(12, 26)),
    (r"New\s+Year" + r"['’]?s\s+Eve", "31 December", _fixed(12, 31)),
    (r"New\s+Year" + r"['’]?s(?:\s+Day)?", "1 January", _fixed(1, 1)),
    # "for the Fourth": the ordinal alone, capitalised, with no noun after it (not "the Fourth Circuit")
    (r"Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+(?:Fourth|4th)|(?<=\bthe\s)Fourth"
     r"(?=\s*[,.;:!?)]|\s+(?:and|or|but|to|in|at|with|when|weekend|holiday)\b)", "4 July (US)", _fixed(7, 4)),
    (r"Halloween", "31 October", _fixed(10, 31)),
    (r"Valentine['’]?s\s+Day", "14 February", _fixed(2, 14)),
    (r"St\.?\s+Patrick['’]?s\s+Day", "17 March", _fixed(3, 17)),
    (r"St\.?\s+David['’]?s\s+Day", "1 March (Wales)", _fixed(3, 1)),
    (r"St\.?\s+George['’]?s\s+Day", "23 April (England)", _fixed(4, 23)),
    (r"St\.?\s+Andrew['’]?s\s+Day", "30 November (Scotland)", _fixed(11, 30)),
    (r"Veterans\s+Day|Armistice\s+Day|Remembrance\s+Day", "11 November", _fixed(11, 11)),
    (r"Remembrance\s+Sunday", "the second Sunday of November (UK)", _day(_nth(11, SU, 2))),
    (r"Bonfire\s+Night|Guy\s+Fawkes\s+Night", "5 November (UK)", _fixed(11, 5)),
    (r"Juneteenth", "19 June", _fixed(6, 19)),
    (r"Twelfth\s+Night", "5 January (the eve of Epiphany)", _fixed(1, 5)),
    (r"Epiphany", "6 January", _fixed(1, 6)),
    (r"Patriots['’]?\s+Day", "the third Monday of April (Massachusetts, Maine)", _day(_nth(4, MO, 3))),
    (r"Emancipation\s+Day", "16 April (the District of Columbia)", _fixed(4, 16)),
    # (one-off postponements, as in 2020 and 2021, are no rule)
    (r"Tax\s+Day", "the US federal filing deadline: 15 April, or the next working day", _day(_tax_day)),
    (r"Australia\s+Day", "26 January (Australia)", _fixed(1, 26)),
    (r"Anzac\s+Day", "25 April (Australia, New Zealand)", _fixed(4, 25)),
    (r"Canada\s+Day", "1 July (Canada)", _fixed(7, 1)),
    (r"Inauguration\s+Day", "20 January", _fixed(1, 20)),
    (r"Thanksgiving(?:\s+Day)?", "the fourth Thursday of November (US)", _day(_nth(11, TH, 4))),
    (r"Black\s+Friday", "the day after Thanksgiving (US)", _day(lambda y: _nth(11, TH, 4)(y) + D(days=1))),
    (r"Cyber\s+Monday", "the Monday after Thanksgiving (US)", _day(lambda y: _nth(11, TH, 4)(y) + D(days=4))),
    (r"Labou?r\s+Day", "the first Monday of September (US)", _day(_nth(9, MO, 1))),
    (r"Memorial\s+Day", "the last Monday of May (US)", _day(_nth(5, MO, -1))),
    (r"Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day", "the third Monday of January (US)",
     _day(_nth(1, MO, 3))),
    # the UK's Monday bank holidays (England and Wales): "the August bank holiday" is the last Monday of August,
    # "Bank Holiday Monday" and "the bank holiday weekend" any of them, the one the tense picks (a bare "bank
    # holiday" may be a substitute day at Christmas or New Year: no date)
    (r"(?:[Aa]ugust|[Ss]ummer|[Ll]ate\s+[Ss]ummer)\s+[Bb]ank\s+[Hh]oliday(?:\s+Monday)?", "the last Monday of August (UK)",
     _day(_nth(8, MO, -1))),
    (r"[Bb]ank\s+[Hh]oliday(?=\s+(?:Monday|weekend))(?:\s+Monday)?", "a Monday bank holiday (UK: Easter Monday, the first and last Mondays "
     "of May, the last Monday of August)", _uk_bank_mondays),
    (r"[Ss]pring\s+[Bb]ank\s+[Hh]oliday(?:\s+Monday)?", "the last Monday of May (UK)", _day(_nth(5, MO, -1))),
    # "the May bank holiday", "the May Day bank holiday": the early one (the spring one is named so)
    (r"(?:[Ee]arly\s+)?May(?:\s+Day)?\s+[Bb]ank\s+[Hh]oliday(?:\s+Monday)?", "the first Monday of May (UK)",
     _day(_nth(5, MO, 1))),
    (r"Presidents['’]?\s+Day", "the third Monday of February (US)", _day(_nth(2, MO, 3))),
    (r"Columbus\s+Day", "the second Monday of October (US)", _day(_nth(10, MO, 2))),
    (r"Mother['’]?s\s+Day", "the second Sunday of May (US)", _day(_nth(5, SU, 2))),
    (r"Father['’]?s\s+Day", "the third Sunday of June (US)", _day(_nth(6, SU, 3))),
    (r"[Ee]lection\s+[Dd]ay", "the Tuesday after the first Monday of November (US)", _day(_election_day)),
    (r"Super\s+Tuesday", "the first Tuesday of March in a presidential election year (US, since 2012)",
     lambda y: [P.day(_nth(3, TU, 1)(y))] if y % 4 == 0 and y >= 2012 else []),
    # the Eastern churches' Easter, by the Julian computus (it falls on the Western one in some years)
    (r"(?:Orthodox|Eastern)\s+Easter(?:\s+Sunday)?", "Easter Sunday (Orthodox, Julian computus)",
     _day(lambda year: easter(year, EASTER_ORTHODOX))),
    (r"Easter\s+Monday", "the day after Easter Sunday", _easter(1)),
    (r"Easter\s+Vigil|Holy\s+Saturday", "the day before Easter Sunday", _easter(-1)),
    (r"Easter(?:\s+Sunday)?", "Easter Sunday (Western computus)", _easter(0)),
    (r"Good\s+Friday", "two days before Easter Sunday", _easter(-2)),
    (r"Palm\s+Sunday", "a week before Easter Sunday", _easter(-7)),
    (r"Mothering\s+Sunday", "three weeks before Easter Sunday (UK: the fourth Sunday of Lent)", _easter(-21)),
    (r"Ash\s+Wednesday", "46 days before Easter Sunday", _easter(-46)),
    (r"Mardi\s+Gras|Shrove\s+Tuesday|Fat\s+Tuesday", "47 days before Easter Sunday", _easter(-47)),
    (r"Maundy\s+Thursday|Holy\s+Thursday", "three days before Easter Sunday", _easter(-3)),
    (r"Holy\s+Week", "Palm Sunday to the Saturday before Easter Sunday",
     lambda y: [P.day_range(easter(y) - D(days=7), easter(y) - D(days=1))]),
    (_EID + r"Fitr", "1 Shawwal (Umm al-Qura calendar; local moon sighting may differ by a day)", _hijri(10, 1)),
    (_EID + r"Adha|Bakr[ia]?\s+Eid", "10 Dhu al-Hijjah (Umm al-Qura calendar; local sighting may differ by a day)",
     _hijri(12, 10)),
    (r"E[iy]d", "Eid al-Fitr (1 Shawwal) or Eid al-Adha (10 Dhu al-Hijjah), Umm al-Qura calendar",
     lambda y: _hijri(10, 1)(y) + _hijri(12, 10)(y)),
    (r"Ramadan|Ramzan", "the month of Ramadan, 1 Ramadan to the eve of Eid al-Fitr (Umm al-Qura calendar)",
     _hijri(9, 1, until=(10, 1))),
    (r"Passover|Pesach", "15 Nisan (Hebrew calendar; it begins at sundown the evening before)", _hebrew(1, 15)),
    (r"Rosh\s+Hashana(?:h)?", "1 Tishrei (Hebrew calendar; it begins at sundown the evening before)", _hebrew(7, 1)),
    (r"Yom\s+Kippur", "10 Tishrei (Hebrew calendar; it begins at sundown the evening before)", _hebrew(7, 10)),
    (r"Sukkot", "15 Tishrei (Hebrew calendar)", _hebrew(7, 15)),
    (r"Shavuot", "6 Sivan (Hebrew calendar)", _hebrew(3, 6)),
    (r"Purim", "14 Adar, Adar II in a leap year (Hebrew calendar)", _hebrew(12, 14, leap_month=13)),
    (r"Hanukk?ah|Chanukk?ah", "the eight days from 25 Kislev (Hebrew calendar)", _hebrew(9, 25, length=8)),
    (r"(?:Lunar|Chinese)\s+New\s+Year|Spring\s+Festival", "1 January of the Chinese calendar", _lunar_new_year),
    (r"Diwali|Deepavali", "India's published date (Hindu lunisolar calendar)", _indian("Diwali")),
    (r"Holi", "India's published date (Hindu lunisolar calendar)", _indian("Holi")),
)
#: the holiday names, one alternation (for patterns that name a holiday as what they count from)
HOLIDAY_NAME = "|".join(f"(?:{rx})" for rx, _, _ in HOLIDAYS)

# A holiday name used as an adjective names no day ("Christmas trees", "Easter Island", "the Christmas
# holidays", "Ramadan fasting"; "the Good Friday holiday" is the day); "weekend" and "week" make the
# holiday's weekend or week, as "the week of" before it does ("the week of Thanksgiving").
_ATTRIBUTIVE = (r"(?!\s+(?:trees?|cards?|carols?|lights?|decorations?|presents?|gifts?|songs?|music|movies?|"
                r"spirit|markets?|Island|eggs?|bunny|bonus(?:es)?|parade|specials?|albums?|sales?|holidays|season|"
                r"break|period|recess|vacation|rush|shopping|fast(?:ing)?|lamps?|candles?|menorah|calendar|time)\b)")
HOLIDAY = re.compile(
    r"(?<![\w\-])(?P<weekof>(?i:the\s+week\s+of)\s+)?(?:(?P<mod>(?i:last|next|this|this\s+coming|this\s+past|on|by|until|before|after|since|that))\s+)?"
    r"(?P<name>" + "|".join(f"(?P<h{i}>{rx})" for i, (rx, _, _) in enumerate(HOLIDAYS)) + r")"
    r"(?![\w\-])" + _ATTRIBUTIVE + r"(?P<size>\s+(?:weekend|week)(?![\w\-]))?",
)


@dataclass(frozen=True)
class Holiday:
    """A matched holiday: its rule in words and its periods in a given Gregorian year."""

    rule: str
    dates: Dates


def holiday_of(match: re.Match) -> Holiday:
    """The holiday a :data:`HOLIDAY` match names."""
    index = int(next(k for k, v in match.groupdict().items() if v is not None and re.fullmatch(r"h\d+", k))[1:])
    _, rule, dates = HOLIDAYS[index]
    return Holiday(rule, dates)


def holiday_named(name: str) -> Holiday:
    """The holiday ``name`` (as matched by :data:`HOLIDAY_NAME`) names."""
    m = HOLIDAY.fullmatch(" ".join(name.split()))
    if m is None:
        raise ValueError(f"not a holiday: {name!r}")
    return holiday_of(m)


def holiday_sized(period: P.Period, size: str) -> P.Period:
    """The weekend nearest a one-day holiday ("Labor Day weekend": the one before a Monday,
    "Thanksgiving weekend": the one after a Thursday), or the ISO week it falls in ("Christmas week")."""
    if size == "week":
        return P.week(period.first)
    d = period.first
    back, ahead = (d.weekday() + 1) % 7 if d.weekday() < 5 else 0, (5 - d.weekday()) % 7
    return P.weekend(d - D(days=back) if back < ahead else d + D(days=ahead))


def long_weekend(weekend: P.Period) -> tuple[dt.date, dt.date]:
    """The days of a weekend with the one-day holidays on the Friday before and the Monday after it (a long
    weekend); the weekend's own days where none falls there."""
    friday, monday = weekend.first - D(days=1), weekend.last + D(days=1)
    days = {p.first for _, _, dates in HOLIDAYS for year in {friday.year, monday.year} for p in dates(year)
            if p.granularity == "day"}
    return (friday if friday in days else weekend.first), (monday if monday in days else weekend.last)
