"""``duration-end-mismatch`` (error): a stated duration that cannot end on the stated end date.

"for a week until February 1", said on 30 January: a week is 7 days, but 1 February is only 2 days
after the day it was said, so the week would have had to begin before it was asked for.  The
duration and the end must be in the same sentence, close together ("for a week until February 1",
"until Sunday, for three days", "a 30-day truce ending March 3").

The start is the day it was said: an explicit "from DATE" in the phrase, else a speech verb with a
date in the same sentence ("said on Thursday"), else the publication date.  One day of slack allows
for inclusive counting; an end further away than the duration is not flagged (the period may start
later).  ``data``: duration_days, said_on, end, days_between (end - said_on), plus the texts.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from ..findings import Finding
from ._base import (
    DATE_ANCHOR,
    Anchor,
    scan,
    skipped_finding,
    DAY_RE,
    MONTH_RE,
    WEEKDAY_FULL_RE,
    YEAR_RE,
    Context,
    day_number,
    iso,
    make_date,
    month_number,
    nearest_year_date,
    weekday_after,
    weekday_number,
)
from .relative_date import find_expressions

KIND = "duration-end-mismatch"

_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty-eight": 48, "seventy-two": 72, "a couple of": 2,
}
_NUMBER = r"(?P<n>\d{1,3}|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty-eight|seventy-two)"
_UNIT = r"(?P<u>hours?|days?|nights?|weeks?|fortnight|months?|years?)"
DURATION = re.compile(
    r"(?<![\w\-])(?:"
    r"for\s+(?:(?:the\s+)?(?:next|coming)\s+)?(?:" + _NUMBER + r"\s+)?(?:more\s+|further\s+|full\s+|whole\s+|additional\s+)?" + _UNIT +
    r"|" + _NUMBER.replace("?P<n>", "?P<n2>") + r"[\s\-]" + _UNIT.replace("?P<u>", "?P<u2>").replace("s?", "") + r"(?:[\s\-]long)?"
    r")(?![\w\-])",
    re.IGNORECASE,
)
_DATE = (
    r"(?:(?P<m1>" + MONTH_RE + r")\s+(?P<d1>" + DAY_RE + r")(?:,?\s+(?P<y1>" + YEAR_RE + r"))?"
    r"|(?P<d2>" + DAY_RE + r")\s+(?:of\s+)?(?P<m2>" + MONTH_RE + r")(?:,?\s+(?P<y2>" + YEAR_RE + r"))?"
    r"|(?P<iy>" + YEAR_RE + r")-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12][0-9]|3[01])"
    r"|(?:(?:next|this|coming)\s+)?(?P<wd>" + WEEKDAY_FULL_RE + r"))"
)
END = re.compile(r"(?<![\w\-])(?P<prep>until|till|til|through|thru|up to|ending(?:\s+on)?|to|by)\s+(?:the\s+)?" + _DATE, re.IGNORECASE)
FROM = re.compile(r"(?<![\w\-])(?P<prep>from|starting(?:\s+on)?|beginning(?:\s+on)?)\s+(?:the\s+)?" + _DATE, re.IGNORECASE)
_SPEECH = re.compile(
    r"(?:said|says|told|announced|confirmed|stated|added|asked|wrote|claimed|declared|tweeted|posted)$",
    re.IGNORECASE,
)
TIME_UNIT_ANCHOR = Anchor(["hour", "hours", "day", "days", "night", "nights", "week", "weeks", "fortnight",
                              "month", "months", "year", "years"])
_GAP = 80  # characters allowed between the duration and the end
_SAID_REACH = 300  # characters either side of the phrase where "said on Thursday" may say when it was said


def _days(n: int, unit: str) -> tuple[float, float]:
    unit = unit.lower().rstrip("s")
    if unit == "hour":
        return n / 24, n / 24
    if unit in ("day", "night"):
        return n, n
    if unit == "week":
        return 7 * n, 7 * n
    if unit == "fortnight":
        return 14 * n, 14 * n
    if unit == "month":
        return 28 * n, 31 * n
    return 365 * n, 366 * n


def _date_of(m: re.Match, ref: dt.date | None) -> dt.date | None:
    g = m.groupdict()
    if g.get("iy"):
        return make_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g.get("wd"):
        return weekday_after(ref, weekday_number(g["wd"])) if ref else None
    mon = month_number(g.get("m1") or g.get("m2") or "")
    day = g.get("d1") or g.get("d2")
    if mon is None or day is None:
        return None
    year = g.get("y1") or g.get("y2")
    if year:
        return make_date(int(year), mon, day_number(day))
    return nearest_year_date(mon, day_number(day), ref) if ref else None


def _said_on(ctx: Context, sent: tuple[int, int], exprs, near: tuple[int, int]) -> tuple[dt.date | None, str]:
    """A day the sentence says its statement was made on ("said on Thursday"), else publication.

    Only a day-sized expression can say when: "said last week" is a week, not a day to count from. Only the
    part of the sentence within _SAID_REACH of the phrase ``near`` is read (linear on a text without stops).
    """
    text = ctx.text
    sent = (max(sent[0], near[0] - _SAID_REACH), min(sent[1], near[1] + _SAID_REACH))
    starts = ctx.cache.get((KIND, "starts"))
    if starts is None:      # once per text: built per duration, it made a text of many durations quadratic
        starts = ctx.cache[(KIND, "starts")] = [x.start for x in exprs]
    for x in exprs[bisect.bisect_left(starts, sent[0]):]:
        s, e = x.start, x.end
        if s >= sent[1]:
            break
        if x.resolution is None or x.resolution.period.granularity != "day":
            continue
        before = text[max(sent[0], s - 25):s].rstrip()
        after = text[e:min(sent[1], e + 60)]
        if _SPEECH.search(before) or (s == sent[0] or text[s - 1] in "\n") and re.search(
                r"^,?\s*(?:\w+\s+){0,6}?(?:said|told|announced|confirmed)\b", after, re.IGNORECASE):
            return x.resolution.period.first, f'the sentence says when: "{text[s:e]}"'
    return ctx.published, "publication date"


def check(ctx: Context) -> list[Finding]:
    text = ctx.text
    durations = list(scan(DURATION, TIME_UNIT_ANCHOR, text, 40, 20))
    if not durations:
        return []
    ends = list(scan(END, DATE_ANCHOR, text, 20, 40))
    if not ends:
        return []
    end_starts = [m.start() for m in ends]
    out: list[Finding] = []
    skipped: list[str] = []
    used_ends: set[int] = set()
    for dm in durations:
        sent = ctx.sentence_at(dm.start())
        em = _nearest_end(dm, sent, ends, end_starts, used_ends)
        if em is None:
            continue
        used_ends.add(em.start())
        lo_span, hi_span = min(dm.start(), em.start()), max(dm.end(), em.end())
        start_date, start_source = _start(ctx, sent, lo_span, hi_span)
        if start_date is None:
            skipped.append(text[lo_span:hi_span])
            continue
        finding = _judge(ctx, dm, em, start_date, start_source)
        if finding is not None:
            out.append(finding)
    if skipped:
        out.append(skipped_finding(KIND, "duration/end pair(s)", skipped))
    return out


def _nearest_end(dm: re.Match, sent: tuple[int, int], ends: list[re.Match], end_starts: list[int],
                 used_ends: set[int]) -> re.Match | None:
    """The closest unused end in the duration's sentence: up to _GAP after it, or _GAP/2 before."""
    best = None
    lo_i = bisect.bisect_left(end_starts, max(sent[0], dm.start() - _GAP))
    hi_i = bisect.bisect_right(end_starts, min(sent[1], dm.end() + _GAP))
    for em in ends[lo_i:hi_i]:
        if em.start() in used_ends or not (sent[0] <= em.start() < sent[1]):
            continue
        if 0 <= em.start() - dm.end() <= _GAP or 0 <= dm.start() - em.end() <= _GAP // 2:
            gap = abs(em.start() - dm.end()) if em.start() >= dm.end() else abs(dm.start() - em.end())
            if best is None or gap < best[0]:
                best = (gap, em)
    return None if best is None else best[1]


def _start(ctx: Context, sent: tuple[int, int], lo: int, hi: int) -> tuple[dt.date | None, str]:
    """The day the period is counted from: a stated "from DATE" in the phrase, else the day it was said."""
    fm = FROM.search(ctx.text, lo, hi)
    if fm is not None:
        return _date_of(fm, ctx.published), f'stated start "{fm.group(0)}"'
    exprs = find_expressions(ctx) if ctx.published is not None else []
    return _said_on(ctx, sent, exprs, (lo, hi))


def _length(dm: re.Match) -> tuple[float, float]:
    """The duration's shortest and longest length in days."""
    n_word = (dm.group("n") or dm.group("n2") or "one").lower()
    n = int(n_word) if n_word.isdigit() else _WORDS.get(n_word, 1)
    return _days(n, dm.group("u") or dm.group("u2"))


def _judge(ctx: Context, dm: re.Match, em: re.Match, start_date: dt.date, start_source: str) -> Finding | None:
    """An error when the end comes sooner after the start than the duration allows, else None."""
    end_date = _date_of(em, start_date)
    if end_date is None:
        return None
    lo, hi = _length(dm)
    between = (end_date - start_date).days
    if between >= lo - 1 or between < 0:
        return None  # fits, or ends before it was said (a period wholly in the past)
    text = ctx.text
    lo_span, hi_span = min(dm.start(), em.start()), max(dm.end(), em.end())
    dur_text, end_text = dm.group(0), em.group(0)
    exact = lo == hi and lo == int(lo)
    duration_days = int(lo) if exact else (lo if lo == hi else [lo, hi])
    dur_show = f"{lo:g} days" if lo == hi else f"{lo:g} to {hi:g} days"
    message = (f'"{dur_text}" is {dur_show}, but "{end_text}" said on {iso(start_date)} ({start_source}) '
               f"ends {iso(end_date)}, only {between} day{'' if between == 1 else 's'} later "
               f"({iso(end_date)} - {iso(start_date)} = {between} < {lo:g})")
    if exact:
        message += f"; a {int(lo)}-day period ending {iso(end_date)} would have begun {iso(end_date - dt.timedelta(days=int(lo)))}"
    return Finding(
        kind=KIND, severity="error", message=message,
        spans=(ctx.span(lo_span, hi_span),),
        data={
            "expression": text[lo_span:hi_span], "duration": dur_text, "duration_days": duration_days,
            "end_expression": end_text, "said_on": iso(start_date), "said_on_source": start_source,
            "end": iso(end_date), "days_between": between,
        },
    )
