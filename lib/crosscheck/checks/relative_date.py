"""``relative-date`` (info): relative and partial dates resolved against the publication date.

Each finding's ``data``:

* ``expression``: the matched text (with its preposition: "on Friday", "until February 1");
* ``value``: TimeML TIMEX3-style, at the expression's own size: "2026-01-30" (a day), "2026-W05" (an
  ISO week), "2026-W05-WE" (its weekend), "2025-12" (a month), "2026-Q1", "2025-FA" (a season),
  "2021" (a year), or "START/END" for a span of days that is no calendar unit ("in the coming days");
* ``granularity``: day, days, weekend, week, month, quarter, season or year. Only a ``day`` is ever
  checked against a day: "four years ago" is 2021, never 30 January 2021;
* ``resolved``: the day as an ISO string for a day, else ``{"start", "end"}`` (both inclusive), the
  days the period covers;
* ``rule`` (the convention applied), ``cue`` (the words that decided it: the clause's verb group,
  "last", "ago", the date a "previous Friday" counts from), ``tense`` (where tense decided),
  ``approximate`` (vague spans such as "in recent days").

Conventions (news usage):

* tense decides direction, from the verb group that governs the expression in its clause
  (:mod:`crosscheck.checks.tense`), not the nearest word: a weekday in a past clause ("had filed ...
  by Wednesday", "On Friday, the government pledged") is the most recent such day on or before
  publication; in a future or present clause ("will", "is set to", "plans to", "faces ... on
  Tuesday") the next on or after it. The day of publication is itself ("Up until Thursday, they had
  described ..." in a Thursday story is that Thursday; wire style names today by its weekday).
  "last Friday" is strictly before, "next Friday"/"this coming Friday" strictly after;
* a month and day, a month, a holiday, a season or a quarter without a year takes its year from the
  tense as well: in a past clause the most recent one ("the Oct. 23 slaying" in a story of 6 May 1999
  is 1998-10-23), in a future or present clause the next one; nearest to publication is the fallback
  when no verb decides, and for a past clause naming a date under two weeks ahead ("announced a
  Feb. 1 launch");
* "yesterday", "today", "tomorrow", "N days ago" are days; "N weeks/months/years ago", "last week",
  "this month", "next year", "the weekend", "year-end", "the end of the month" are the week, month or
  year itself (weeks run Monday to Sunday, ISO numbering);
* expressions relative to another date in the text ("a year earlier", "two years later", "the
  previous Friday", "the day before", "earlier in the day") count from the nearest date before them
  (an absolute date, a year, or a date already resolved), else from publication.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

from ..findings import Finding
from . import periods as P
from ._base import (
    YEAR_RE,
    Context,
    SpanSet,
    day_number,
    find_absolute_dates,
    iso,
    make_date,
    month_number,
    scan,
    weekday_number,
)
from .date_patterns import AFTER_DATE, FAMILIES, WEEKDAY_NAME_BEFORE
from .holidays import holiday_date
from .numbers import day_word_value
from .relative_rules import resolve_relative
from .resolution import Direction, Resolution, direction, year_way

KIND = "relative-date"
D = dt.timedelta
#: "Sept. 11" naming the 2001 attacks ("the Sept. 11 attacks", "Sept. 11 conspiracy theories")
_NINE_ELEVEN = re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|terror(?:ism)?|terrorists?|hijack\w*|conspirac\w*|plot"
                          r"|commission|era|victims|families|first\s+responders|truthers?)\b", re.IGNORECASE)
_SCHEDULED_GRACE = 14  # days: a past clause naming a date this close ahead keeps the nearest year


@dataclass(frozen=True)
class Expression:
    """A relative or partial date at text[start:end]; ``resolution`` is None without a publication date."""

    start: int
    end: int
    family: str
    resolution: Resolution | None


# --------------------------------------------------------------------------------------------
# The year by tense


def _in_year_by_tense(make, pub: dt.date, way: str | None, grace: bool = True) -> tuple[P.Period, str]:
    """The period ``make(year)`` for the year the direction picks (make returns None for no such date)."""
    options = [p for p in (make(y) for y in (pub.year - 1, pub.year, pub.year + 1)) if p is not None]

    def distance(p: P.Period) -> int:
        return 0 if p.first <= pub <= p.last else min(abs((p.first - pub).days), abs((p.last - pub).days))

    nearest = min(options, key=distance)
    if way == "past":
        if grace and pub < nearest.first <= pub + D(days=_SCHEDULED_GRACE):
            return nearest, "nearest to publication (a past clause naming a date just ahead)"
        before = [p for p in options if p.first <= pub]
        if before:
            return max(before, key=lambda p: p.first), "the most recent one (past tense)"
    if way == "future":
        after = [p for p in options if p.last >= pub]
        if after:
            return min(after, key=lambda p: p.first), "the next one (future or present tense)"
    return nearest, "nearest to publication (no verb decides)"


# --------------------------------------------------------------------------------------------
# The resolver: one pass over the expressions in text order, keeping the dates they count from


class _Resolver:
    def __init__(self, ctx: Context, absolute: list[tuple[int, P.Period]]):
        self.ctx, self.pub = ctx, ctx.published
        self.anchors = absolute  # (position, period), sorted by position

    def anchor(self, pos: int) -> tuple[P.Period, str]:
        """The date stated or resolved nearest before ``pos`` (any size), else publication."""
        i = bisect.bisect_left(self.anchors, (pos,)) - 1
        if i >= 0:
            at, period = self.anchors[i]
            return period, f'counted from "{self._anchor_text(at)}" ({period.value})'
        return P.day(self.pub), "counted from publication (no earlier date in the text)"

    def _anchor_text(self, at: int) -> str:
        text = self.ctx.text
        return " ".join(text[at:at + 40].split()[:4])

    def add_anchor(self, pos: int, period: P.Period) -> None:
        bisect.insort(self.anchors, (pos, period))

    def resolve(self, family: str, m: re.Match) -> Resolution | None:
        return getattr(self, "_" + family.replace("-", "_"))(m)

    # ---- families --------------------------------------------------------------------------

    def _month_day(self, m: re.Match) -> Resolution | None:
        mon = month_number(m.group("m1") or m.group("m2"))
        raw = m.group("d1") or m.group("d2")
        day_ = day_number(raw) if raw[0].isdigit() else day_word_value(raw)
        if mon is None:
            return None
        if (mon, day_) == (9, 11) and _NINE_ELEVEN.match(self.ctx.text, m.end()):
            return Resolution(P.day(dt.date(2001, 9, 11)), "the Sept. 11 attacks of 2001, named by their date",
                              _NINE_ELEVEN.match(self.ctx.text, m.end()).group(0).strip())
        way = direction(self.ctx, m.start(), m.end())
        period, rule = _in_year_by_tense(lambda y: _maybe_day(y, mon, day_), self.pub, year_way(way))
        return Resolution(period, f"month and day without a year: {rule}", way.cue, tense=way.tense)

    def _holiday(self, m: re.Match) -> Resolution | None:
        mod = (m.group("mod") or "").lower()
        way = direction(self.ctx, m.start(), m.end())
        way_ = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(mod, year_way(way))
        cue = mod if mod in ("last", "this past", "next", "this coming") else way.cue
        rule_text = holiday_date(m, self.pub.year)[1]
        period, rule = _in_year_by_tense(lambda y: P.day(holiday_date(m, y)[0]), self.pub, way_,
                                         grace=not mod)
        if mod in ("last", "this past") and period.first >= self.pub:
            period = P.day(holiday_date(m, period.first.year - 1)[0])
        if mod in ("next", "this coming") and period.first <= self.pub:
            period = P.day(holiday_date(m, period.first.year + 1)[0])
        return Resolution(period, f"holiday ({rule_text}): {rule}", cue, tense=way.tense)

    def _weekday(self, m: re.Match) -> Resolution | None:
        wd = weekday_number(m.group("wd"))
        pre = " ".join((m.group("pre") or "").lower().split())
        pub = self.pub
        if pre.startswith(("the previous", "the following", "the next")):
            ref, cue = self.anchor(m.start())
            if ref.granularity != "day":
                return Resolution(ref, f"{pre} such day, known only to the {ref.granularity}: {cue}", pre)
            step = -1 if pre.startswith("the previous") else 1
            d = _weekday_step(ref.first, wd, step)
            return Resolution(P.day(d), f"{pre} such day, {cue}", pre)
        if re.search(r"\b(?:last|past)\b", pre):
            d = _weekday_step(pub, wd, -1)
            return Resolution(P.day(d), "the most recent such day before publication", pre)
        if re.search(r"\bcoming\b", pre):
            return Resolution(P.day(_weekday_step(pub, wd, 1)), "the next such day after publication", pre)
        if re.search(r"\bnext\b", pre):
            d = P.week(pub).first + D(weeks=1, days=wd)
            return Resolution(P.day(d), "that day of the week after publication's (ISO weeks, Monday-Sunday)", pre)
        way = direction(self.ctx, m.start(), m.end())
        if _possessive(m) and way.tense == "present":
            way = Direction(None, "", None)  # "raising questions about Monday's debate": the event is reported
        if way.way == "future" or (way.way is None and re.search(r"\b(?:until|till|by|through)\b", pre)):
            d = pub + D(days=(wd - pub.weekday()) % 7)
            rule = "the next such day on or after publication"
            why = way.cue or pre
            return Resolution(P.day(d), rule + (" (future or present tense)" if way.way else " (a deadline)"),
                              why, tense=way.tense)
        d = pub - D(days=(pub.weekday() - wd) % 7)
        rule = "the most recent such day on or before publication"
        rule += " (past tense)" if way.way else " (no verb decides: news reports the past)"
        return Resolution(P.day(d), rule, way.cue, tense=way.tense)

    def _month(self, m: re.Match) -> Resolution | None:
        mon = month_number(m.group("m") or m.group("m_attr"))
        pre = " ".join((m.group("pre") or "").lower().split())
        pub = self.pub
        if m.group("of"):
            shift = {"this": 0, "last": -1, "next": 1}[m.group("of").split()[1].lower()]
            period = P.month(pub.year + shift, mon)
            return Resolution(period, "month of the year named", m.group("of").strip())
        if pre == "last":
            year = pub.year if mon < pub.month else pub.year - 1
            return Resolution(P.month(year, mon), "the most recent such month before publication", "last")
        if pre == "next":
            year = pub.year if mon > pub.month else pub.year + 1
            return Resolution(P.month(year, mon), "the next such month after publication", "next")
        way = direction(self.ctx, m.start(), m.end())
        period, rule = _in_year_by_tense(lambda y: P.month(y, mon), pub, year_way(way), grace=False)
        return Resolution(period, f"month without a year: {rule}", way.cue, tense=way.tense)

    def _season(self, m: re.Match) -> Resolution | None:
        code = P.SEASON_WORDS[(m.group("s1") or m.group("s2")).lower()]
        mod = " ".join((m.group("mod") or "").lower().split())
        pub = self.pub
        if mod == "that":
            ref, cue = self.anchor(m.start())
            return Resolution(P.season(ref.first.year, code), f"that season, {cue}", "that")
        current = P.season_of(pub)
        if mod in ("last", "this past"):
            year = pub.year if P.season(pub.year, code).last < pub else pub.year - 1
            if P.season(year, code) == current:
                year -= 1
            return Resolution(P.season(year, code), "the most recent such season before this one", mod)
        if mod in ("next", "this coming"):
            year = pub.year if P.season(pub.year, code).first > pub else pub.year + 1
            return Resolution(P.season(year, code), "the next such season", mod)
        way = direction(self.ctx, m.start(), m.end())
        period, rule = _in_year_by_tense(lambda y: P.season(y, code), pub, year_way(way), grace=False)
        return Resolution(period, f"season: {rule}", way.cue, tense=way.tense)

    def _quarter(self, m: re.Match) -> Resolution | None:
        pub, current = self.pub, P.quarter_of(self.pub)
        number = int(current.value[-1])
        if m.group("mod"):
            mod = m.group("mod").lower().split()[-1]
            step = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[mod]
            return Resolution(P.quarter(current.first.year, number + step), f"{mod} quarter", mod)
        ordinal = (m.group("ord") or m.group("q")).lower()
        n = {"first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3,
             "fourth": 4, "4th": 4, "q4": 4, "final": 4}[ordinal]
        if m.group("of"):
            shift = {"this": 0, "last": -1, "next": 1}[m.group("of").split()[1].lower()]
            return Resolution(P.quarter(pub.year + shift, n), "quarter of the year named", m.group("of").strip())
        way = direction(self.ctx, m.start(), m.end())
        period, rule = _in_year_by_tense(lambda y: P.quarter(y, n), pub, year_way(way), grace=False)
        return Resolution(period, f"quarter without a year: {rule}", way.cue, tense=way.tense)

    def _relative(self, m: re.Match) -> Resolution | None:
        return resolve_relative(self, m)


def _possessive(m: re.Match) -> bool:
    return m.group(0).endswith(("'s", "’s"))


def _maybe_day(year: int, month: int, day_: int) -> P.Period | None:
    d = make_date(year, month, day_)
    return P.day(d) if d else None


def _weekday_step(ref: dt.date, wd: int, step: int) -> dt.date:
    """The such weekday strictly before (step -1) or after (step 1) ``ref``."""
    if step < 0:
        return ref - D(days=(ref.weekday() - wd - 1) % 7 + 1)
    return ref + D(days=(wd - ref.weekday() - 1) % 7 + 1)


# --------------------------------------------------------------------------------------------
# Finding the expressions

_YEAR_ANCHOR = re.compile(r"(?<![\w\-])(?:[Ii]n|[Ss]ince|[Bb]y|[Oo]f|[Dd]uring|[Ff]rom|[Uu]ntil)\s+(?:early\s+|late\s+|mid-)?"
                          r"(?P<y>" + YEAR_RE + r")")


def _absolute_anchors(ctx: Context) -> list[tuple[int, P.Period]]:
    """Dates and years the text states outright: what "a year earlier" may count from."""
    out = [(s, P.day(d)) for s, _e, d in find_absolute_dates(ctx.text) if d is not None]
    for m in scan(_YEAR_ANCHOR, re.compile(r"[12][0-9]{3}"), ctx.text, 12, 6):
        out.append((m.start("y"), P.year(int(m.group("y")))))
    out.sort(key=lambda a: a[0])
    return out


def _skip_weekday(text: str, m: re.Match) -> bool:
    s = m.start()
    return bool(WEEKDAY_NAME_BEFORE.search(text, max(0, s - 12), s) or AFTER_DATE.search(text, max(0, s - 30), s))


_GENERIC_NOUN = re.compile(r"\b(?:an?|the|brighter|better|bright|of)\s+$", re.IGNORECASE)


def _skip_relative(text: str, m: re.Match) -> bool:
    """A capitalised "Today" or "This Morning" inside a sentence is a name ("Russia Today", "CBS This Morning")."""
    word = m.group(0)
    if _GENERIC_NOUN.search(text, max(0, m.start() - 12), m.start()) and re.match(r"(?:today|tomorrow)\b", word, re.I):
        return True  # "a brighter tomorrow", "the world of today": a noun, not a day
    if not word[:1].isupper() or m.start() == 0:
        return False
    before = text[max(0, m.start() - 3):m.start()]
    return bool(re.search(r"[A-Za-z,]\s+$", before)) and bool(re.match(r"(?:Today|Tonight|This\s+Morning|Yesterday)\b", word))


def _matches(ctx: Context) -> list[tuple[int, int, str, re.Match]]:
    text = ctx.text
    taken = SpanSet()
    found = []
    for family, rx, anchor, before, after in FAMILIES:
        for m in scan(rx, anchor, text, before, after):
            s, e = m.start(), m.end()
            if family == "weekday" and _skip_weekday(text, m):
                continue
            if family == "relative" and _skip_relative(text, m):
                continue
            if taken.add(s, e):
                found.append((s, e, family, m))
    found.sort(key=lambda f: (f[0], f[1]))
    return found


def find_expressions(ctx: Context) -> list[Expression]:
    """Every relative or partial date in the text, resolved in text order (cached on the context)."""
    if KIND not in ctx.cache:
        ctx.cache[KIND] = _find_expressions(ctx)
    return ctx.cache[KIND]


def _find_expressions(ctx: Context) -> list[Expression]:
    matches = _matches(ctx)
    if ctx.published is None:
        return [Expression(s, e, family, None) for s, e, family, _ in matches]
    resolver = _Resolver(ctx, _absolute_anchors(ctx))
    out = []
    for s, e, family, m in matches:
        try:
            resolution = resolver.resolve(family, m)
        except (ValueError, OverflowError):  # a date outside the calendar (year 1 or 9999)
            resolution = None
        if resolution is None:
            continue
        resolver.add_anchor(s, resolution.period)
        out.append(Expression(s, e, family, resolution))
    return out


# --------------------------------------------------------------------------------------------
# The check


def _message(expr: str, r: Resolution) -> str:
    why = f"{r.period.granularity}: {r.rule}"
    if r.cue:
        why += f"; cue: {r.cue}"
    return f'"{expr}" = {r.period.value} ({why})'


def check(ctx: Context) -> list[Finding]:
    found = find_expressions(ctx)
    if not found:
        return []
    if ctx.published is None:
        exprs = [ctx.text[x.start:x.end] for x in found]
        return [Finding(
            kind=KIND, severity="info",
            message=f"skipped {len(exprs)} relative date(s): no publication date (give one with --published)",
            spans=(), data={"skipped": True, "reason": "no publication date", "expressions": exprs[:100]},
        )]
    out = []
    for x in found:
        r = x.resolution
        expr = ctx.text[x.start:x.end]
        data = {
            "expression": expr,
            "resolved": r.period.resolved(),
            "value": r.period.value,
            "granularity": r.period.granularity,
            "published": iso(ctx.published),
            "rule": r.rule,
            "cue": r.cue,
            "approximate": r.approximate,
        }
        if r.tense:
            data["tense"] = r.tense
        out.append(Finding(kind=KIND, severity="info", message=_message(expr, r),
                           spans=(ctx.span(x.start, x.end),), data=data))
    return out
