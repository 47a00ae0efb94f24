"""``relative-date`` (info): relative and partial dates resolved against the publication date.

Resolution format (``data.resolved``): a single day is an ISO date string ``"YYYY-MM-DD"``; a span of
days is an object ``{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}`` with both ends inclusive.
``data.expression`` is the matched text (with its preposition: "on Friday", "until February 1"),
``data.rule`` says which convention was applied, ``data.approximate`` is true for vague spans
("in the coming days" = the 7 days after publication, "in recent days" = the 7 days before, ...).

Conventions (news usage):

* a bare weekday ("on Friday", "Friday") in a past-tense context is the most recent such day on or
  before publication (the same day counts); in a future-tense context ("will", "set to",
  "expected to", "until", ...) it is the next such day after publication;
  "last Friday" is strictly before, "next Friday"/"coming Friday" strictly after;
* a month and day without a year ("February 1", "Feb 1", "1 February") take the year that puts them
  nearest to publication; a month alone ("in March") is that whole month, nearest year likewise;
* "yesterday", "today", "tomorrow", "N days ago", "in N days", "last/this/next week|month|year"
  (calendar weeks run Monday to Sunday), "earlier/later this week|month|year", "last/this/next weekend".
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from ..findings import Finding
from ._base import (
    MONTH_ANCHOR,
    WEEKDAY_ANCHOR,
    SpanSet,
    Anchor,
    scan,
    DAY_RE,
    MONTH_FULL_RE,
    MONTH_RE,
    WEEKDAY_FULL_RE,
    YEAR_RE,
    Context,
    day_number,
    iso,
    month_number,
    nearest_year_date,
    weekday_after,
    weekday_number,
    weekday_on_or_before,
)

KIND = "relative-date"
D = dt.timedelta

_PREP = r"(?:(?P<prep>[Oo]n|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]y|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Aa]s of|[Ss]tarting|[Bb]eginning|[Ee]nding)\s+)?"
_NOT_YEAR = r"(?!,?\s*(?:" + YEAR_RE + r"|[0-9]))(?![/\-][0-9])"

MONTH_DAY = re.compile(
    r"(?<![\w/\-])" + _PREP + r"(?:(?P<wd>" + WEEKDAY_FULL_RE + r"),?\s+)?(?:the\s+)?"
    r"(?:(?P<m1>" + MONTH_RE + r")\s+(?P<d1>" + DAY_RE + r")"
    r"|(?P<d2>" + DAY_RE + r")\s+(?:of\s+)?(?P<m2>" + MONTH_RE + r"))" + _NOT_YEAR
)

_AFTER_DATE = re.compile(r"(?:[0-9]|" + MONTH_RE + r")\s*[,(]\s*(?:a\s+|the\s+)?$")
_HOLIDAY_PREFIX = re.compile(r"(?:Good|Black|Cyber|Ash|Easter|Palm|Holy|Maundy|Bloody|Super|Orthodox|Shrove|Giving)\s+$")
WEEKDAY = re.compile(
    r"(?<![\w\-])(?P<pre>(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast|[Oo]n|[Uu]ntil|[Tt]ill|[Bb]y|[Ss]ince"
    r"|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough|[Ee]arly|[Ll]ate)\s+(?:(?:[Tt]his|[Nn]ext|[Ll]ast|[Cc]oming)\s+)?)?"
    r"(?P<wd>" + WEEKDAY_FULL_RE + r")(?:'s|’s)?(?P<part>\s+(?:morning|afternoon|evening|night))?"
    r"(?!\s*,?\s*(?:the\s+)?[0-9])(?!,?\s*" + MONTH_RE + r")(?![/\-])"
)

MONTH_ALONE = re.compile(
    r"(?<![\w\-])(?P<pre>(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Tt]hrough|[Ll]ast|[Nn]ext|[Tt]his|[Ee]nd of|[Ss]tart of|[Bb]eginning of)\s+)"
    r"(?P<q>(?:early|mid|late)[\s\-]+)?(?P<m>" + MONTH_FULL_RE + r")" + _NOT_YEAR + r"(?!\s+" + DAY_RE + r")"
)

_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "couple of": 2,
}
_NUM = r"(?P<n>\d{1,3}|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<u>days?|weeks?|months?|years?)"

FIXED = re.compile(
    r"(?<![\w\-])(?:(?P<dby>the day before yesterday)|(?P<dat>the day after tomorrow)|(?P<yesterday>yesterday)"
    r"|(?P<today>today|tonight|this (?:morning|afternoon|evening))|(?P<tomorrow>tomorrow)|(?P<lastnight>last night)"
    r"|(?P<ago>" + _NUM + r"\s+" + _UNIT + r"\s+ago)"
    r"|(?P<within>(?:in|within) (?:the )?(?:next |coming )?" + _NUM.replace("?P<n>", "?P<n2>") + r"\s+"
    + _UNIT.replace("?P<u>", "?P<u2>") + r"(?: from now| time)?)"
    r"|(?P<past_n>(?:in|over|during) the (?:past|last|previous) " + _NUM.replace("?P<n>", "?P<n3>") + r"\s+"
    + _UNIT.replace("?P<u>", "?P<u3>") + r")"
    r"|(?P<past1>(?:in|over|during) the (?:past|last) (?P<u4>week|month|year))"
    r"|(?P<coming>in (?:the )?(?:(?:coming|next few|days and|weeks and) (?P<u5>days|weeks|months)|(?P<u5b>days|weeks|months) ahead))"
    r"|(?P<recent>in recent (?P<u6>days|weeks|months))"
    r"|(?P<rel>(?P<dir>earlier|later) this (?P<u7>week|month|year))"
    r"|(?P<period>(?P<mod>last|next|this|past|previous|coming|following) (?P<u8>week|month|year|weekend))"
    r"|(?P<overweekend>over the weekend))(?![\w\-])",
    re.IGNORECASE,
)

# Tense cues, future phrases first so that "were set to" is one future cue, not a past "were".
_CUES = re.compile(
    r"(?<![\w'])(?:(?P<fut>(?:(?:is|are|was|were|be|been)\s+)?(?:set|scheduled|slated|due|expected|poised|planned|likely|going|supposed)\s+to"
    r"|will|won't|shall|'ll|’ll|would|wouldn't|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to"
    r"|to\s+(?:take\s+place|be\s+held|meet|begin|start|resume|hold|visit|travel|arrive|continue)"
    r"|upcoming|next|coming|ahead\s+of|until|till|from\s+now)"
    r"|(?P<past>said|says|told|announced|confirmed|reported|stated|added|noted|claimed|denied|revealed|"
    r"was|were|had|did|met|held|took|made|asked|agreed|signed|visited|attacked|struck|launched|killed|died|"
    r"called|ago|earlier|last|began|spoke|wrote|came|went|gave|saw|left|fell|rose|won|lost|[a-z]{3,}ed))(?![\w'])",
    re.IGNORECASE,
)


FIXED_ANCHOR = Anchor(["yesterday", "tomorrow", "today", "tonight", "morning", "afternoon", "evening", "night",
                          "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years"])


def _tense(ctx: Context, start: int, end: int) -> str:
    """'future' or 'past' for an expression at text[start:end], from the nearest tense cue."""
    s, e = ctx.sentence_at(start)
    s = max(s, start - 120)
    e = min(e, end + 120)
    text = ctx.text
    before = None
    after = None
    for m in _CUES.finditer(text, s, e):
        if m.group(0)[0].isupper() and m.group("past") and m.group(0).lower().endswith("ed"):
            continue  # "United", "Limited": names, not verbs
        if m.end() <= start:
            before = m
        elif m.start() >= end and after is None:
            after = m
    cue = before or after
    if cue is None:
        return "past"
    return "future" if cue.group("fut") else "past"


def _rng(a: dt.date, b: dt.date) -> dict[str, str]:
    if b < a:
        b = a
    return {"start": iso(a), "end": iso(b)}


def _month_range(year: int, month: int, quarter: str | None = None) -> dict[str, str]:
    last = calendar.monthrange(year, month)[1]
    lo, hi = 1, last
    if quarter:
        q = quarter.strip(" -").lower()
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, last)}[q]
    return _rng(dt.date(year, month, lo), dt.date(year, month, hi))


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    month = m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _shift(pub: dt.date, n: int, unit: str) -> dt.date:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return pub + D(days=n)
    if unit == "week":
        return pub + D(weeks=n)
    if unit == "month":
        return _add_months(pub, n)
    return _add_months(pub, 12 * n)


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else _NUM_WORDS.get(word, 1)


def _week_start(d: dt.date) -> dt.date:
    return d - D(days=d.weekday())


def _period(pub: dt.date, mod: str, unit: str) -> dict[str, str]:
    mod, unit = mod.lower(), unit.lower()
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1, "following": 1}[mod]
    if unit == "week" or unit == "weekend":
        monday = _week_start(pub) + D(weeks=step)
        if unit == "weekend":
            return _rng(monday + D(days=5), monday + D(days=6))
        return _rng(monday, monday + D(days=6))
    if unit == "month":
        first = _add_months(pub.replace(day=1), step)
        return _month_range(first.year, first.month)
    year = pub.year + step
    return _rng(dt.date(year, 1, 1), dt.date(year, 12, 31))


def resolve_fixed(m: re.Match, pub: dt.date) -> tuple[object, str, bool]:
    """(resolved, rule, approximate) for a FIXED match."""
    g = m.group
    if g("dby"):
        return iso(pub - D(days=2)), "publication date - 2 days", False
    if g("dat"):
        return iso(pub + D(days=2)), "publication date + 2 days", False
    if g("yesterday"):
        return iso(pub - D(days=1)), "publication date - 1 day", False
    if g("lastnight"):
        return iso(pub - D(days=1)), "the night before publication", False
    if g("today"):
        return iso(pub), "publication date", False
    if g("tomorrow"):
        return iso(pub + D(days=1)), "publication date + 1 day", False
    if g("ago"):
        n, u = _num(g("n")), g("u")
        return iso(_shift(pub, -n, u)), f"publication date - {n} {u}", False
    if g("within"):
        n, u = _num(g("n2")), g("u2")
        end = _shift(pub, n, u)
        if g("within").lower().startswith("within") or "next" in g("within").lower() or "coming" in g("within").lower():
            return _rng(pub, end), f"from publication to {n} {u} after it", False
        return iso(end), f"publication date + {n} {u}", False
    if g("past_n"):
        n, u = _num(g("n3")), g("u3")
        return _rng(_shift(pub, -n, u), pub), f"the {n} {u} up to publication", False
    if g("past1"):
        u = g("u4")
        return _rng(_shift(pub, -1, u), pub), f"the {u} up to publication", False
    if g("coming"):
        u = (g("u5") or g("u5b") or "days").lower()
        days = {"days": 7, "weeks": 28, "months": 90}[u]
        return _rng(pub + D(days=1), pub + D(days=days)), f"the {days} days after publication (approximate)", True
    if g("recent"):
        u = g("u6").lower()
        days = {"days": 7, "weeks": 28, "months": 90}[u]
        return _rng(pub - D(days=days), pub - D(days=1)), f"the {days} days before publication (approximate)", True
    if g("rel"):
        direction, u = g("dir").lower(), g("u7").lower()
        whole = _period(pub, "this", u)
        if direction == "earlier":
            return _rng(dt.date.fromisoformat(whole["start"]), pub - D(days=1)), f"this {u} before publication", False
        return _rng(pub + D(days=1), dt.date.fromisoformat(whole["end"])), f"this {u} after publication", False
    if g("period"):
        mod, u = g("mod"), g("u8")
        return _period(pub, mod, u), f"{mod.lower()} calendar {u.lower()} (weeks run Monday-Sunday)", False
    if g("overweekend"):
        if pub.weekday() >= 5:
            return _period(pub, "this", "weekend"), "the weekend of publication", False
        return _period(pub, "last", "weekend"), "the weekend before publication", False
    raise ValueError("unreachable")


def resolve_weekday(wd: int, pre: str, pub: dt.date, tense: str) -> tuple[dt.date, str]:
    words = pre.lower().split()
    if "last" in words or "past" in words or "since" in words:
        return pub - D(days=(pub.weekday() - wd - 1) % 7 + 1), "most recent such day before publication"
    if "next" in words or "coming" in words:
        return weekday_after(pub, wd), "next such day after publication"
    if {"until", "till", "through", "by"} & set(words):
        return weekday_after(pub, wd), "next such day after publication (deadline)"
    if tense == "future":
        return weekday_after(pub, wd), "next such day after publication (future-tense context)"
    return weekday_on_or_before(pub, wd), "most recent such day on or before publication (past-tense context)"


def find_expressions(ctx: Context):
    """(start, end, resolved, rule, approximate, extra) for each relative/partial date (cached)."""
    if "relative-date" not in ctx.cache:
        ctx.cache["relative-date"] = _find_expressions(ctx)
    return ctx.cache["relative-date"]


def _find_expressions(ctx: Context):
    text, pub = ctx.text, ctx.published
    taken = SpanSet()

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    found = []
    for m in scan(MONTH_DAY, MONTH_ANCHOR, text, 60, 40):
        mon = month_number(m.group("m1") or m.group("m2"))
        day = day_number(m.group("d1") or m.group("d2"))
        if mon is None:
            continue
        s, e = m.start(), m.end()
        taken.add(s, e)
        if pub is None:
            found.append((s, e, None, "", False, {}))
            continue
        d = nearest_year_date(mon, day, pub)
        if d is None:
            continue
        found.append((s, e, iso(d), "month and day without a year: the year nearest to publication", False, {}))
    for m in scan(FIXED, FIXED_ANCHOR, text, 60, 30):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        taken.add(s, e)
        if pub is None:
            found.append((s, e, None, "", False, {}))
            continue
        try:
            resolved, rule, approx = resolve_fixed(m, pub)
        except (ValueError, OverflowError, KeyError):
            continue
        found.append((s, e, resolved, rule, approx, {}))
    for m in scan(WEEKDAY, WEEKDAY_ANCHOR, text, 40, 40):
        s, e = m.start(), m.end()
        if not free(s, e) or _HOLIDAY_PREFIX.search(text, max(0, s - 12), s) \
                or _AFTER_DATE.search(text, max(0, s - 30), s):
            continue
        taken.add(s, e)
        if pub is None:
            found.append((s, e, None, "", False, {}))
            continue
        wd = weekday_number(m.group("wd"))
        pre = m.group("pre") or ""
        tense = _tense(ctx, s, e)
        try:
            d, rule = resolve_weekday(wd, pre, pub, tense)
        except (OverflowError, ValueError):
            continue
        found.append((s, e, iso(d), rule, False, {"tense": tense}))
    for m in scan(MONTH_ALONE, MONTH_ANCHOR, text, 40, 40):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        taken.add(s, e)
        if pub is None:
            found.append((s, e, None, "", False, {}))
            continue
        mon = month_number(m.group("m"))
        pre = m.group("pre").strip().lower()
        if pre == "last":
            year = pub.year if mon < pub.month else pub.year - 1
        elif pre == "next":
            year = pub.year if mon > pub.month else pub.year + 1
        else:
            mid = nearest_year_date(mon, 15, pub)
            year = mid.year if mid else pub.year
        try:
            resolved = _month_range(year, mon, m.group("q"))
        except (ValueError, OverflowError):
            continue
        found.append((s, e, resolved, "month without a year: the whole month, nearest to publication", False, {}))
    found.sort(key=lambda f: (f[0], f[1]))
    return found


def check(ctx: Context) -> list[Finding]:
    found = find_expressions(ctx)
    if not found:
        return []
    if ctx.published is None:
        exprs = [ctx.text[s:e] for s, e, *_ in found]
        return [Finding(
            kind=KIND, severity="info",
            message=f"skipped {len(exprs)} relative date(s): no publication date (give one with --published)",
            spans=(), data={"skipped": True, "reason": "no publication date", "expressions": exprs[:100]},
        )]
    out = []
    for s, e, resolved, rule, approx, extra in found:
        expr = ctx.text[s:e]
        shown = resolved if isinstance(resolved, str) else f"{resolved['start']}..{resolved['end']}"
        data = {
            "expression": expr,
            "resolved": resolved,
            "published": iso(ctx.published),
            "rule": rule,
            "approximate": approx,
        }
        data.update(extra)
        out.append(Finding(kind=KIND, severity="info", message=f'"{expr}" = {shown} ({rule})',
                           spans=(ctx.span(s, e),), data=data))
    return out
