"""``relative-date`` (info): relative and partial dates resolved against the publication date.

Each finding's ``data``:

* ``expression``: the matched text (with its preposition: "on Friday", "until February 1");
* ``value``: TimeML TIMEX3-style, at the expression's own size: "2026-01-30" (a day), "2026-W05" (an
  ISO week), "2026-W05-WE" (its weekend), "2025-12" (a month), "2026-Q1", "2025-FA" (a season),
  "2021" (a year), or "START/END" for a span of days that is no calendar unit ("in the coming days");
* ``granularity``: day, range (a stated range of days: "September 16-19", Ramadan), days (a span
  that is no calendar unit), weekend, week, month, quarter, season or year. Only a ``day`` is ever
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
  (an absolute date, "May 2015", "the summer of 2010", a year, or a date already resolved), else from
  publication. They all count through :func:`~crosscheck.checks.periods.counted_from`: a day only when
  every day of the date they count from gives the same one, so "the following morning" after "in
  July" is July, never a day in it;
* precision is decided in one place: every resolution passes :func:`settle` (the size the expression
  names, :func:`~crosscheck.checks.date_patterns.expression_size`) before anything counts from it, so
  "A week later" after June 12 is that ISO week and no week-, month-, quarter-, season- or year-sized
  expression is ever a day; a count forward skips a flashback (after "The storm arrived on Dec. 28.
  Forecasters had warned the day before", "the following morning" is 29 December);
* events named by a noun count from the date that names them ("the morning after the debate" after
  "Monday night's debate", "the week after the vote" after "votes on the contract April 23"), or
  from a holiday ("the day after Labor Day", "the Saturday before Lunar New Year"); an event no date
  names is left alone. A possessive event takes its direction from the preposition before it where
  that is firm or no finite verb decides ("bounce back from Monday night's debate" is past);
* holidays of every calendar (:mod:`crosscheck.checks.holidays`) take their year by tense; "Labor Day
  weekend" is the weekend nearest the holiday, "Christmas week" its ISO week, "the Christmas
  holidays" no date;
* a date inside a quotation takes no direction from the verb that reports it ('"... by New Year's
  Eve," she said'), and its "today", "tonight", "last night" are the speaker's: counted from the day
  the narration says it was said (:mod:`crosscheck.checks.spoken`), else from publication; a future in the past ("were bracing for ... before Halloween") takes the nearest
  year; a "Feb. 29" the leap year the tense picks;
* comparisons (:mod:`crosscheck.checks.comparisons`): a period named by its length and end ("the
  three months that ended Sept. 30") is that period, and whole years in a comparison's baseline ("down
  from $27.6 million a year earlier") or "the year-ago quarter" are the compared period a year back,
  never a day; a baseline's own date ("from 64 percent last year") is no date to count from;
* "today" and "tomorrow" set against each other ("mortgages tomorrow to pay for today") are the times.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from ..findings import Finding
from . import periods as P
from ._base import (
    MONTH_RE,
    YEAR_RE,
    WEEKDAY_FULL_RE,
    Context,
    SpanSet,
    day_number,
    find_absolute_dates,
    iso,
    make_date,
    month_number,
    scan,
    skipped_finding,
    weekday_number,
)
from .date_patterns import (AFTER_DATE, FAMILIES, FIGURE_NOUN, MONTH_DAY, RELATIVE, WEEKDAY, WEEKDAY_NAME_BEFORE,
                            expression_size)
from .comparisons import is_baseline, period_ending, reports_figure, year_ago
from .events import EventIndex
from .holidays import holiday_named, holiday_of, holiday_sized
from .numbers import NUMBER, day_word_value, number_value
from .relative_rules import resolve_relative
from .resolution import Direction, Resolution, direction, year_way
from .spoken import SPEAKING_DAYS, spoken_on
from .tense import PAST_PERFECT, governing_tense, one_clause

KIND = "relative-date"
D = dt.timedelta
#: "Sept. 11" naming the 2001 attacks ("the Sept. 11 attacks", "Sept. 11 conspiracy theories")
_NINE_ELEVEN = re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|terror(?:ism)?|terrorists?|hijack\w*|conspirac\w*|plot"
                          r"|commission|era|victims|families|first\s+responders|truthers?)\b", re.IGNORECASE)
_POSSESSED_MONTH_DAY = re.compile(r"['’]s\s+(?=[A-Z])")  # "Sunday's Sept. 11 memorial"
_BASELINES_SKIPPED = 20  # at most, looking back for a date to count from (a table of figures has many)
#: "that" as a conjunction, not a demonstrative ("said that Christmas was ...")
_THAT_JOINS = re.compile(r"\b(?:said|says|say|told|tells|think|thinks|thought|believes?|believed|knows?|knew|hopes?|"
                         r"hoped|noted|added|argued|so|such|now)\s+$", re.IGNORECASE)
_WEEKDAYS_LOOKED_BACK = 60  # dates at most, looking back for the day a weekday named ("two weeks from Wednesday")
#: a date's apposition ("Jan. 20, the following Monday"; "a week before, on Oct. 5")
_APPOSITION = re.compile(r"\s*,\s*")
_CLOSED = re.compile(r"\s*(?:[,.;:)!?]|$)")
#: a date as the subject of a verb of falling on a day, an apposition between ("Emancipation Day, a holiday in
#: Washington, D.C., falls the next day")
_PREDICATE = re.compile(r"(?:\s*,[^;:]{1,60}?,)?\s+(?:falls?|fell|is|was|comes?|came|lands?|landed)\s+(?:on\s+)?")
_APPOSITION_ON = re.compile(r"\s*,\s*(?:on\s+)?(?=[A-Z0-9])")
_AS_OF_BEFORE = re.compile(r"\bas\s+of\s+$", re.IGNORECASE)  # "98% complete as of Sunday": the figure's date
_SCHEDULED_GRACE = 14  # days: a past clause naming a date this close ahead keeps the nearest year
_YEAR_WHEN = re.compile(r"[0-9]{4},?\s+when\b")  # a year and the clause that tells what happened then
_PRESENT_PERFECT_CUE = re.compile(r'"(?:has|have)\s', re.IGNORECASE)
_JUST_PAST = 7  # days: a future clause naming a holiday this close behind means the one just past
_LOOKS_BACK_TO = re.compile(r"\b(?:from|for|over)\s+(?:the\s+)?$", re.IGNORECASE)  # "home from Thanksgiving"


@dataclass(frozen=True)
class Expression:
    """A relative or partial date at text[start:end]; ``resolution`` is None without a publication date."""

    start: int
    end: int
    family: str
    resolution: Resolution | None


# --------------------------------------------------------------------------------------------
# The year by tense


def _options(make, years) -> list[P.Period]:
    out: list[P.Period] = []
    for y in years:
        found = make(y)
        out.extend(found if isinstance(found, list) else [found] if found is not None else [])
    return out


def _in_year_by_tense(make, pub: dt.date, way: str | None, grace: bool = True) -> tuple[P.Period, str] | None:
    """The period ``make(year)`` for the year the direction picks (make returns a period, a list of them
    for a holiday that may fall twice in a year, or None for no such date); None if no year has one."""
    options = _options(make, range(pub.year - 1, pub.year + 2))
    if (not options or (way == "past" and all(p.first > pub for p in options))
            or (way == "future" and all(p.last < pub for p in options))):
        # a date not in every year ("Feb. 29" in 2027): look further, to the leap year the tense picks
        options = _options(make, range(pub.year - 8, pub.year + 9))
    if not options:
        return None

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


#: an attribution after its clause, up to the date that dates it (", Forsberg said in an interview Wednesday")
_ATTRIBUTION_BEFORE = re.compile(r",\s+(?:[\w.\-'’]+\s+){1,7}?(?:said|says|told\s+\w+)\s+(?:in\s+an?\s+(?:interview|"
                                 r"statement|email|e-mail|briefing|call|post)\s+)?(?:on\s+)?$")
_SENTENCE_CLOSES = re.compile(r"\s*(?:[.;!?]|$)")

#: a reporting verb and the "that" of what it reports
_REPORTED = re.compile(r"\b(?:told|said|testified|argued|claimed|wrote|contended|alleged|insisted|asserted)\b"
                       r"(?:[^.;]|\.(?=\s*[0-9a-z]))*?\bthat\b", re.IGNORECASE)


#: a reporting verb dated by the date after it ("acknowledged earlier this week that ...")
_TOLD_ON = re.compile(r"\b(?:said|told\s+\w+|acknowledged|announced|confirmed|disclosed|admitted|conceded|revealed|"
                      r"testified|reported|wrote|stated|noted|insisted|explained)\s+(?:on\s+)?$", re.IGNORECASE)


#: an attribution's occasion: "said after the game", "told reporters after the hearing"
_SAID_AFTER = re.compile(r"\b(?:said|says|told\s+\w+)\s+(?:after|following)\s+the\s+([a-z]{3,})\b")


#: a date that bounds a state ("knew of it by the summer of 2023"), not the time of an event
_BOUND_BEFORE = re.compile(r"\b(?:by|since|until|till)\s+(?:the\s+)?$", re.IGNORECASE)


_LAST_BEFORE = re.compile(r"(?<![\w\-])(?:last|past)(?![\w\-])", re.IGNORECASE)
_BACKSTORY = re.compile(r"(?<![\w\-])(?:after|because|since)(?![\w\-])")  # a clause telling what led to a day
_PARTICIPLE_IN = re.compile(r"(?<![\w\-])[A-Za-z][a-z]+ed(?![\w\-])")  # "first proposed", "Founded in"


def _opens_clause(text: str, sentence_start: int, at: int) -> bool:
    """Whether the date at ``at`` opens its sentence or comma-set phrase ("In 2014, on March 3, ..."), rather
    than ending an aside that the comma after it closes ("..., about the same number it hired in 2025, ...").
    A participle before it makes the phrase an aside of its own ("The plan, first proposed five years ago, ..."
    dates the proposal, not the rest of the sentence)."""
    lead = text[max(sentence_start, text.rfind(",", sentence_start, at) + 1):at]
    return len(lead.split()) <= 2 and not _PARTICIPLE_IN.search(lead)


class _Resolver:
    def __init__(self, ctx: Context, absolute: list[tuple[int, P.Period]]):
        self.ctx, self.pub = ctx, ctx.published
        self.anchors: list[tuple[int, P.Period]] = []  # (position, period), sorted by position
        self.events = EventIndex(ctx.text)
        #: a date counted back from the one before it ("the day before", "two days earlier") -> that one
        self.flashbacks: dict[int, tuple[int, P.Period]] = {}
        #: a date a "would" of the story's past promised ("on Sept. 16, promising it would be in stores in October")
        #: -> the day its sentence narrates: the story goes on from that day, not from the date promised
        self.promises: dict[int, tuple[int, P.Period]] = {}
        #: dates in a comparison's baseline ("from 64 percent last year"): nothing counts from them
        self.baselines: set[int] = set()
        #: periods a day closes ("the three months that ended Sept. 30"): no day within them replaces them
        self.closing: dict[int, int] = {}  # the period's position -> where its words begin
        self.ends: dict[int, int] = {}  # a resolved expression's start -> its end (to name it)
        #: days the text has named by a weekday: ("", weekday) the last one, ("last", weekday) "last Wednesday, 16 August"
        self.named_days: dict[tuple[str, int], dt.date] = {}
        #: seasons the text has named "this fall", "this spring" (by code): the writer's own "this" one
        self.this_seasons: dict[str, P.Period] = {}
        #: one-day holidays the text has named, in text order ("the holiday weekend" is that nearest publication)
        self.holidays_named: list[P.Period] = []
        for pos, period in absolute:
            self.add_anchor(pos, period)

    def anchor(self, pos: int, sign: int = 0, day: bool = False) -> tuple[P.Period, str]:
        """The date stated or resolved nearest before ``pos`` (any size), else publication. Counting
        forward (``sign`` 1) skips a flashback: after "The storm arrived on Dec. 28. Forecasters had
        warned the day before", "the following morning" follows the storm, not the warning."""
        i = self._counted_index(pos)
        if i < 0:
            return P.day(self.pub), "counted from publication (no earlier date in the text)"
        skipped = ""
        if bisect.bisect_left(self.anchors, (pos,)) - 1 > i:
            skipped = f', past the comparison\'s baseline "{self._anchor_text(self._anchor_at(pos)[0])}"'
        if i > 0 and sign and self._restates(self.anchors[i][0], pos):
            # "schools close Martin Luther King Jr. Day, the following Monday": counted from the date before it
            skipped = f', past "{self._anchor_text(self.anchors[i][0])}", which it restates'
            i = self._counted_index(self.anchors[i][0])
        if i < 0:
            return P.day(self.pub), "counted from publication (no earlier date in the text)"
        at, period = self.anchors[i]
        while sign > 0 and at in self.flashbacks:
            skipped = f', past the flashback "{self._anchor_text(at)}"'
            at, period = self.flashbacks[at]
        if sign > 0 and at in self.promises:
            skipped = f', past the date promised "{self._anchor_text(at)}"'
            at, period = self.promises[at]
        if sign and i > 0 and at == self.anchors[i][0] and self._dates_the_telling(i):
            skipped = f', past the date of the telling "{self._anchor_text(at)}"'
            i -= 1
            at, period = self.anchors[i]
        if period.granularity != "day" and i > 0 and at not in self.closing:
            at, period, skipped = self._day_within(i, at, period, skipped, day, pos)
        return period, f'counted from "{self._anchor_text(at)}" ({period.value}){skipped}'

    def _dates_the_telling(self, i: int) -> bool:
        """Whether the date ``anchors[i]`` dates only an attribution that closes its sentence, after a date the
        sentence tells of ("received the results late Monday, Forsberg said in an interview Wednesday night."):
        a count from the story goes on from the event, not from when it was told."""
        at, (before, _) = self.anchors[i][0], self.anchors[i - 1]
        sentence = self.ctx.sentence_at(at)
        if before < sentence[0] or at not in self.ends:
            return False
        told = _ATTRIBUTION_BEFORE.search(self.ctx.text, max(before, at - 80), at)
        return told is not None and _SENTENCE_CLOSES.match(self.ctx.text, self.ends[at]) is not None

    def spoken_on(self, pos: int) -> tuple[dt.date, str] | None:
        """The day the quotation holding ``pos`` was said, where the narration dates it to a day of the week
        before publication, and the words that say so (:func:`crosscheck.checks.spoken.spoken_on`)."""
        found = spoken_on(self.ctx, self.anchors, pos, self._attributed_day)
        if found is None:
            return None
        day, at = found
        said = " ".join(self.ctx.text[at:self.ends[at]].split()) if at in self.ends else self._anchor_text(at)
        return day, f'the day the quotation was said ("{said}", {day.isoformat()})'

    def _attributed_day(self, a: int, b: int) -> tuple[int, P.Period] | None:
        """The day a quotation's attribution in text[a:b] names ("..., the mayor said Monday"), or the day of the
        event it was said after, where the text dates that event ("Ochoa said after the game", after "Sunday's
        game was the one ...")."""
        for family, rx in (("weekday", WEEKDAY), ("relative", RELATIVE)):
            m = rx.search(self.ctx.text, a, b)
            found = self.resolve(family, m) if m else None
            if found is not None and found.period.granularity == "day":
                self.ends.setdefault(m.start(), m.end())
                return m.start(), found.period
        after = _SAID_AFTER.search(self.ctx.text, a, b)
        event = self.events.find(after.group(1), after.start(), self.ctx.sentence_at(after.start())) if after else None
        if event is not None and event[0].granularity == "day":
            self.ends.setdefault(after.start(), after.end())
            return after.start(), event[0]
        return None

    def _narrative_before(self, pos: int) -> tuple[str, P.Period] | None:
        """The story's date nearest before ``pos``, if it is known to a month or better (not "in 2015")."""
        i = self._counted_index(pos)
        if i < 0 or self.anchors[i][1].granularity in ("quarter", "year"):
            return None
        at, period = self.anchors[i]
        return f'"{self._anchor_text(at)}" ({period.value})', period

    def has_anchor(self, pos: int) -> bool:
        """Whether a date stands before ``pos`` to count from."""
        return self._counted_index(pos) >= 0

    def unanchored_past(self, start: int, end: int) -> bool:
        """Whether no date stands before text[start:end] to count from and its clause is past: a count
        forward from publication would then name a day after it for what already happened."""
        return self._counted_index(start) < 0 and direction(self.ctx, start, end).way == "past"

    def _restates(self, at: int, pos: int) -> bool:
        """Whether the expression at ``pos`` stands in apposition to the resolved date at ``at`` ("Jan. 20, the
        following Monday."), or is its predicate ("Emancipation Day, a holiday in Washington, falls the next day."):
        the same day, so what it counts from is the date before that one (not "After the vote on Dec. 5, the next
        day they met": no apposition closes there)."""
        text = self.ctx.text
        if at not in self.ends or (_APPOSITION.fullmatch(text, self.ends[at], pos) is None
                                   and _PREDICATE.fullmatch(text, self.ends[at], pos) is None):
            return False
        found = RELATIVE.match(text, pos) or WEEKDAY.match(text, pos)
        return found is not None and _CLOSED.match(text, found.end()) is not None

    def restated_after(self, end: int) -> Resolution | None:
        """The date an expression ending at ``end`` is restated by ("a week before, on Oct. 5"), if one follows."""
        text = self.ctx.text
        gap = _APPOSITION_ON.match(text, end)
        if gap is None:
            return None
        found = MONTH_DAY.match(text, gap.end())
        resolution = self.resolve("month-day", found) if found else None
        if resolution is None or resolution.period.granularity != "day":
            return None
        shown = " ".join(found.group(0).split())
        return Resolution(resolution.period, f'restated by the date after it ("{shown}": {resolution.rule})',
                          resolution.cue, tense=resolution.tense)

    def _counted_index(self, pos: int) -> int:
        """The index of the nearest date before ``pos`` that a count may start from (no baseline), or -1."""
        i = bisect.bisect_left(self.anchors, (pos,)) - 1
        lowest = i - _BASELINES_SKIPPED
        while i > lowest and i >= 0 and self.anchors[i][0] in self.baselines:
            i -= 1
        return i if i > lowest else -1

    def compared(self, pos: int, years: int, what: str, cue: str, sentence_only: bool, size: str | None = None
                 ) -> Resolution:
        """The same period ``years`` years from the figure's ("down from $27.6 million a year earlier" after
        "the three months that ended Sept. 30" is the year-ago quarter): the date before ``pos`` (in its
        sentence only, for "a year ago"), else publication's; at ``size`` where the words name one ("the
        year-earlier quarter")."""
        i = self._counted_index(pos)
        if i >= 0 and (not sentence_only or self.anchors[i][0] >= self.ctx.sentence_at(pos)[0]):
            at, ref = self.anchors[i]
            source = f'the figure dated "{self._anchor_text(at)}" ({ref.value})'
        else:
            ref, source = P.year(self.pub.year), "publication's year"
        if size is not None and ref.granularity != size:
            # "the year-ago quarter" after "on Tuesday": which quarter a day reports on is not known
            ref, source = P.year(ref.first.year), f"{source}, whose {size} is not named"
        why = "a year-ago twin" if size or not sentence_only and what.startswith("the") else "in a comparison's baseline"
        return Resolution(year_ago(ref, years), f"{what}: the same period as {source}, {why}", cue)

    def _day_within(self, i: int, at: int, period: P.Period, skipped: str, day_sized: bool, pos: int
                    ) -> tuple[int, P.Period, str]:
        """A coarse date just after a day gives way to that day (1) when it contains the day: after "a goal
        on Sept. 19 ... was named to the roster last month", "Four days later" counts from Sept. 19, which
        "last month" only restates; (2) for a day-sized count, when it bounds a state that a reporting verb
        dated by that day reports: after "told her at a hearing on Dec. 17 that residents knew of it by the
        summer of 2023", "the previous day" is the day before the hearing (a bound is no event to count
        from; "said Monday that he was arrested in 2023. The next day ..." stays a year); (3) for a day-sized count,
        when it is the backstory of a clause of cause or time after the day ("held on Saturday, Dec. 5 after a
        flood forced a delay last winter. Food is sold that afternoon": the afternoon of Dec. 5)."""
        day_at, day = self.anchors[i - 1]
        if day.granularity != "day" or at - day_at >= 300:
            return at, period, skipped
        if period.first <= day.first <= period.last:
            return day_at, day, f', the day within "{self._anchor_text(at)}"{skipped}'
        text = self.ctx.text
        if (day_sized and period.last < day.first and self.ctx.sentence_at(at)[0] <= day_at
                and _BACKSTORY.search(text, self.ends.get(day_at, day_at), at)):
            return day_at, day, f', past the backstory "{self._anchor_text(at)}" of the clause after it'
        told = _REPORTED.search(text, self.ctx.sentence_at(at)[0], at)
        bound = _BOUND_BEFORE.search(text, max(0, at - 14), at)
        if day_sized and bound and told and day_at < told.end() and told.start() < day_at + 60:
            return day_at, day, f', the date of the telling, not of the reported "{self._anchor_text(at)}"'
        telling = _TOLD_ON.search(text, max(0, at - 30), at)
        same = self.ctx.sentence_at(at)
        if (day_sized and telling and same[0] <= day_at and re.search(r"\bthat\b", text[at:pos])
                and pos < same[1]):
            return day_at, day, f', not the telling "{self._anchor_text(at)}" but the date it is set against'
        return at, period, skipped

    def dated_at(self, pos: int) -> P.Period | None:
        """The period the expression that starts at ``pos`` was resolved to, if it was."""
        found = self._anchor_at(pos + 1)
        return found[1] if found is not None and found[0] == pos else None

    def _anchor_at(self, pos: int) -> tuple[int, P.Period] | None:
        i = bisect.bisect_left(self.anchors, (pos,)) - 1
        return self.anchors[i] if i >= 0 else None

    def _anchor_text(self, at: int) -> str:
        text = self.ctx.text
        if at in self.closing:  # a closed period is noted just inside the day that closes it
            words = len(text[self.closing[at]:at - 1].split()) + 2
            return " ".join(text[self.closing[at]:at + 40].split()[:words]).rstrip(",.;")
        return " ".join(text[at:at + 40].split()[:4])

    def stated_year(self, pos: int) -> tuple[int, str] | None:
        """The year a year-sized date before ``pos`` in its clause names, if it is the nearest date
        before: "Last year the busiest day was March 29", "In 2014, on March 3, ..." (not "by 2030")."""
        i = bisect.bisect_left(self.anchors, (pos,)) - 1
        if i < 0:
            return None
        at, period = self.anchors[i]
        if period.granularity != "year" or at < self.ctx.sentence_at(pos)[0] or pos - at > 100 or at in self.baselines:
            return None  # (a baseline's year, "higher than last year", dates the figure compared, not the sentence)
        if _YEAR_WHEN.match(self.ctx.text, at):  # "since 1991, when a storm that began on Halloween ...": its time
            return period.first.year, f'the year the "when" clause after it tells of ("{self._anchor_text(at)}")'
        if not one_clause(self.ctx.text, self.ends.get(at, at), pos):  # (from the date's end: "the year before that")
            return None  # "set last year and extended after Labor Day": another verb's date
        if "," in self.ctx.text[at:pos] and not _opens_clause(self.ctx.text, self.ctx.sentence_at(pos)[0], at):
            return None  # "hired 4,200, about the same number it hired in 2025, most of them in October"
        if self.ctx.text[at].isdigit() and not _IN_YEAR_BEFORE.search(self.ctx.text, max(0, at - 8), at):
            return None
        if _FOR_YEAR_BEFORE.search(self.ctx.text, max(0, at - 8), at):
            return None  # "Returns for last year are due next Monday, April 15": what a noun is for, not when
        return period.first.year, f'the year named before it in the sentence ("{self._anchor_text(at)}")'

    def in_year(self, pos: int, make, way: str | None, grace: bool = True) -> tuple[P.Period, str] | None:
        """``make(year)`` for the year stated before ``pos`` in its sentence, else the year the tense picks."""
        stated = self.stated_year(pos)
        if stated is not None:
            found = make(stated[0])
            found = found[0] if isinstance(found, list) and found else found
            if isinstance(found, P.Period):
                return found, stated[1]
        return _in_year_by_tense(make, self.pub, way, grace)

    def count(self, pos: int, step, what: str, cue: str, sign: int = 0) -> Resolution:
        """``step`` (a monotone day -> period) counted from the date before ``pos``, forward (``sign`` 1),
        back (-1) or within it (0). The date before is where something happened, not the event itself:
        from a range ("met during Ramadan", "Sept. 16-19") "the next day" is known only to a span,
        unlike "the day after Ramadan" (see ``_event``). A count back is a flashback (see ``anchor``)."""
        ref, source = self._figure_as_of(pos) or self.anchor(pos, sign, step(self.pub).granularity == "day")
        before = self._anchor_at(pos)
        if sign < 0 and before is not None:
            self.flashbacks[pos] = self.flashbacks.get(before[0], before)
        found = count_from(ref, source, step, what, cue)
        if found.period.first > self.pub and direction(self.ctx, pos, pos + 1).way == "past":
            told = self._told_before(pos, step)  # "had thrown ... after a workout the previous day", after "in two weeks"
            if told is not None:
                return count_from(told[0], told[1], step, what, cue)
        return found

    def _figure_as_of(self, pos: int) -> tuple[P.Period, str] | None:
        """In a comparison's baseline, the date its sentence gives the figure "as of" ("98% complete as of Sunday,
        the department said in its report Monday, up from 94% a week earlier": a week before Sunday)."""
        text, sentence = self.ctx.text, self.ctx.sentence_at(pos)
        if not is_baseline(text, pos, sentence[0]):
            return None
        lo, hi = bisect.bisect_left(self.anchors, (sentence[0],)), bisect.bisect_left(self.anchors, (pos,))
        for at, period in reversed(self.anchors[max(lo, hi - _BASELINES_SKIPPED):hi]):
            if _AS_OF_BEFORE.search(text, max(0, at - 8), at) and at not in self.baselines:
                return period, f'counted from the figure\'s date "as of {self._anchor_text(at)}" ({period.value})'
        return None

    def _told_before(self, pos: int, step) -> tuple[P.Period, str] | None:
        """The nearest date before ``pos`` not after publication, past the dates ahead of it, from which ``step``
        lands no later than publication: what a past clause counts from (what happened does not count from what
        is still to come: "kept them for a film session the next morning" is not the day after "will meet today")."""
        i = self._counted_index(pos)
        told = [(at, period) for at, period in (self.anchors[j] for j in range(i, max(-1, i - _BASELINES_SKIPPED), -1))
                if period.last <= self.pub and at not in self.baselines]
        if not told:
            return None
        at, period = told[0]
        for at_, period_ in told:  # a day from which the count lands after publication is passed over, for a day
            if period_.granularity != "day":
                break
            if step(period_.first).first <= self.pub:
                at, period = at_, period_
                break
        return period, f'counted from "{self._anchor_text(at)}" ({period.value}), past the dates ahead of ' \
                       f'publication (a past clause)'

    def count_years(self, pos: int, years: int, what: str, cue: str, sign: int) -> Resolution:
        """``years`` whole years from the date before ``pos``: for a figure, from a month, quarter or season
        named just before ("lost $11 million in the third quarter. Revenue rose 2 percent a year earlier"),
        that same month, quarter or season, as a comparison's baseline is (see ``compared``); else by
        ``count`` ("The plant opened in the third quarter. A year earlier, the site was empty": a year)."""
        counted = self.count(pos, lambda d: P.shifted(d, years, "year"), what, cue, sign)
        ref, source = self.anchor(pos, sign)
        if (ref.granularity not in ("month", "quarter", "season")
                or not reports_figure(self.ctx.text, pos, self.ctx.sentence_at(pos)[0])):
            return counted
        return Resolution(year_ago(ref, years), f"{what}, the same {ref.granularity} as the one {source}", cue)

    def note_promise(self, pos: int, r: Resolution) -> None:
        """Note a date a "would" promised after a day its sentence narrates (see ``promises``)."""
        if not _PROMISED.match(r.cue):
            return
        i = bisect.bisect_left(self.anchors, (pos,)) - 1
        opening = self.ctx.sentence_at(pos)[0]
        if i >= 0 and self.anchors[i][0] >= opening and self.anchors[i][1].granularity == "day":
            self.promises[pos] = self.anchors[i]

    def add_anchor(self, pos: int, period: P.Period) -> None:
        """Note a date at ``pos`` for what counts from it: a baseline's date is noted as one, and a day that
        closes a period named by its length ("the three months that ended Sept. 30") adds that period."""
        text, sentence = self.ctx.text, self.ctx.sentence_at(pos)
        bisect.insort(self.anchors, (pos, period))
        if is_baseline(text, pos, sentence[0]):
            self.baselines.add(pos)
        closed = period_ending(text, pos, period)
        if closed is not None and pos + 1 < len(text):
            bisect.insort(self.anchors, (pos + 1, closed[0]))
            self.closing[pos + 1] = closed[1]

    def note_day(self, family: str, m: re.Match, period: P.Period) -> None:
        """Note a day named by a weekday or a month-day, or a season named "this fall": the text's own answer for
        what it names so again."""
        if family == "season" and " ".join((m.group("mod") or "").lower().split()) == "this":
            self.this_seasons[period.value[-2:]] = period
        if family == "holiday" and period.granularity == "day":
            self.holidays_named.append(period)
        if period.granularity != "day" or family not in ("weekday", "month-day"):
            return
        wd = period.first.weekday()
        self.named_days[("", wd)] = period.first
        if family == "month-day" and m.group("wd") and m.group("wdpre"):  # "last Wednesday, 16 August"
            self.named_days[(" ".join(m.group("wdpre").lower().split()), wd)] = period.first

    def _named_day(self, pre: str, wd: int) -> Resolution | None:
        """The day the text named before by the same words ("since last Wednesday's meeting" after "last
        Wednesday, 16 August"), or, for a weekday no verb dates, by the same weekday within the week around
        publication ("We get to Wednesday first" after "will be fully rested for Wednesday")."""
        named = self.named_days.get((pre, wd))
        if named is None or (not pre and abs((named - self.pub).days) > 6):
            return None
        said = f'"{pre} {named.strftime("%A")}"' if pre else named.strftime("%A")
        return Resolution(P.day(named), f"the day the text named {said} before ({named.isoformat()})", pre)

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
        if m.group("ofyear") and _range_end(m, mon) is None:  # "June 16th of last year": the year counted from publication
            year = self.pub.year + {"last": -1, "this": 0, "next": 1}[m.group("ofyear").lower()]
            found = _maybe_day(year, mon, day_)
            if isinstance(found, P.Period):
                return Resolution(found, f'month and day of {m.group("ofyear").lower()} year', way.cue,
                                  tense=way.tense)
        last = _range_end(m, mon)
        if last is not None:
            make, what = (lambda y: _maybe_days(y, (mon, day_), last)), "a range of days without a year"
        else:
            make, what = (lambda y: _maybe_day(y, mon, day_)), "month and day without a year"
        chosen = self.in_year(m.start(), make, year_way(way))
        if chosen is None:
            return None  # no such day in any year ("February 30")
        chosen = _on_its_weekday(chosen, m, make, self.pub)
        if last is None:
            chosen = self._opening_a_range(m, make) or chosen
        if m.group("weekof"):  # "the week of March 16": the ISO week that day falls in
            return Resolution(P.week(chosen[0].first), f"the week of a {what}: {chosen[1]}", way.cue, tense=way.tense)
        return Resolution(chosen[0], f"{what}: {chosen[1]}", way.cue, tense=way.tense)

    def _opening_a_range(self, m: re.Match, make) -> tuple[P.Period, str] | None:
        """The first of two month-days that bound a span ("runs from 26 December to 6 January", "between Dec. 28
        and Jan. 3"): the latest such day on or before the second, which takes its year by tense as any other."""
        text = self.ctx.text
        opened = (m.group("prep") or "").lower() == "from" or _BETWEEN_BEFORE.search(text, max(0, m.start() - 10),
                                                                                    m.start())
        joined = _RANGE_SECOND.match(text, m.end()) if opened else None
        second = MONTH_DAY.match(text, joined.end()) if joined else None
        found = self._month_day(second) if second and not second.group("prep") else None
        if found is None or found.period.granularity != "day":
            return None
        end = found.period.first
        options = [p for p in _options(make, (end.year - 1, end.year)) if p.first <= end]
        if not options:
            return None
        shown = " ".join(second.group(0).split())
        return max(options, key=lambda p: p.first), f'the latest such day on or before the end of its span ("{shown}", ' \
                                                     f'{end.isoformat()})'

    def _event(self, m: re.Match) -> Resolution | None:
        """"the morning after the debate", "the week before Christmas", "six weeks before Election Day"."""
        apposed = self._apposed_day(m)
        if apposed is not None:
            return apposed
        after = m.group("dir").lower() != "before"
        of = m.group("dir").lower() == "of"
        if (of and (m.group("cunit") or m.group("wd"))) or (m.group("ordn") and not of):
            return None  # "three weeks of the strike": a duration
        if m.group("hol"):
            chosen = self._holiday_in_year_named(m) or self._holiday_period(
                m.start("hol"), m.end("hol"), holiday_named(m.group("hol")), "")
            if chosen is None:
                return None
            ref, source = chosen[0], f'{" ".join(m.group("hol").split())}, {chosen[1]} ({chosen[0].value})'
        else:
            found = self.events.find(m.group("noun"), m.start(), self.ctx.sentence_at(m.start()))
            if found is None:
                return None  # no date in the text names that event
            ref, source = found
        what = " ".join(m.group(0).lower().split()[:3])
        return count_from(ref, source, _event_step(m, after), what, m.group("dir").lower(),
                          "last" if after and not of else "first")

    def _event_day(self, m: re.Match) -> Resolution | None:
        """"the trial's second day": the Nth day of an event a date names, counted from its first; "election
        night": its day; "the day the window opened" the day it stands in apposition to, if any."""
        if m.group("cpart"):
            before = self._anchor_at(m.start())
            if before is None or before[1].granularity != "day" or before[0] not in self.ends or not \
                    _APPOSITION.fullmatch(self.ctx.text, self.ends[before[0]], m.start()):
                return None
            return Resolution(before[1], f'in apposition to "{self._anchor_text(before[0])}", the day it restates',
                              "the " + m.group("cpart").lower())
        found = self.events.find(m.group("noun") or m.group("nnoun"), m.start(), self.ctx.sentence_at(m.start()))
        if found is None:
            return None
        if m.group("nnoun"):
            return count_from(found[0], found[1], P.day, "the night", "night", "first")
        raw = m.group("ordn")
        n = day_number(raw) if raw[0].isdigit() else day_word_value(raw)
        return count_from(found[0], found[1], lambda d: P.day(d + D(days=n - 1)), f"the {raw.lower()} day", "'s",
                          "first")

    def _apposed_day(self, m: re.Match) -> Resolution | None:
        """A day-sized event in apposition to the day just before it restates that day ("scheduled for Dec. 22,
        the Friday before the holiday"), where its weekday, if it names one, agrees; a count from an event restates it at
        the count's size ("by Oct. 29, two weeks before the hearing" is that week)."""
        found = self._anchor_at(m.start())
        if found is None or found[1].granularity != "day" or found[0] not in self.ends:
            return None
        at, day = found
        if not _APPOSITION.fullmatch(self.ctx.text, self.ends[at], m.start()):
            return None
        what = " ".join(m.group(0).lower().split()[:3])
        if m.group("cunit") and m.group("dir").lower() != "of":  # "Oct. 29, two weeks before the hearing"
            period = P.shifted(day.first, 0, m.group("cunit"))
            return Resolution(period, f'in apposition to "{self._anchor_text(at)}", which it restates at its own '
                              f'size', what)
        if m.group("wd") and weekday_number(m.group("wd")) != day.first.weekday():
            return None
        if not m.group("wd") and (m.group("part") or "").lower() not in _DAY_PARTS:
            return None
        return Resolution(day, f'in apposition to "{self._anchor_text(at)}", the day it restates', what)

    def _holiday_in_year_named(self, m: re.Match) -> tuple[P.Period, str] | None:
        """The holiday an event counts from in the year named after it ("the Saturday after Thanksgiving last
        year"), or None where no year is named."""
        if not m.group("holyear"):
            return None
        words = " ".join(m.group("holyear").split())
        found = holiday_named(m.group("hol")).dates(self.pub.year + {"last": -1, "this": 0, "next": 1}[words.split()[0]])
        return (found[0], f"the one of {words}") if found else None

    def _holiday(self, m: re.Match) -> Resolution | None:
        mod = " ".join((m.group("mod") or "").lower().split())
        holiday = holiday_of(m)
        chosen = self._holiday_period(m.start(), m.end(), holiday, mod)
        if chosen is None:
            return None
        period, rule, cue, tense = chosen
        if _held_on_another_day(self.ctx.text, m.end(), period):
            return None  # "the town's Australia Day cricket match on Saturday": an occasion named for it
        size = "week" if m.group("weekof") else (m.group("size") or "").strip().lower()
        if size and period.granularity == "day":
            period, rule = holiday_sized(period, size), f"the {size} of {rule}"
        return Resolution(period, f"holiday ({holiday.rule}): {rule}", cue, tense=tense)

    def _holiday_period(self, start: int, end: int, holiday, mod: str):
        """(period, rule, cue, tense) of a holiday: by "last"/"next", else by the tense of its clause."""
        pub = self.pub
        if mod in ("last", "this past", "next", "this coming"):
            options = [p for y in range(pub.year - 2, pub.year + 3) for p in holiday.dates(y)]
            before = [p for p in options if p.first < pub]
            after = [p for p in options if p.first > pub]
            if mod in ("last", "this past"):
                return (max(before, key=lambda p: p.first), "the most recent one before publication", mod,
                        None) if before else None
            return (min(after, key=lambda p: p.first), "the next one after publication", mod, None) if after else None
        joins = _THAT_JOINS.search(self.ctx.text, max(0, start - 16), start)
        if mod == "that" and self._counted_index(start) >= 0 and not joins:
            # "in 1958 ... That Easter she led the choir": the holiday of the year told of
            ref, source = self.anchor(start)
            found = holiday.dates(ref.first.year)
            if found:
                return found[0], f"the one in the year of the date before it ({source})", mod, None
        way = direction(self.ctx, start, end)
        back = mod == "after" or (mod == "" and _LOOKS_BACK_TO.search(self.ctx.text, max(0, start - 12), start))
        if year_way(way) == "future" and back and self.stated_year(start) is None:
            past = [p for y in (pub.year - 1, pub.year) for p in holiday.dates(y)
                    if pub - D(days=_JUST_PAST) <= p.last < pub]
            if past:  # "will try to get home from Thanksgiving" two days after it: the one just past
                return past[-1], "the one just past (a future clause naming a holiday days before publication)", \
                    way.cue, way.tense
        # "the rush before Eid" in a past clause: the holiday may still be just ahead
        chosen = self.in_year(start, holiday.dates, year_way(way), grace=mod in ("", "before", "on"))
        return None if chosen is None else (chosen[0], chosen[1], way.cue, way.tense)

    def _weekday(self, m: re.Match) -> Resolution | None:
        wd = weekday_number(m.group("wd"))
        pre = " ".join((m.group("pre") or "").lower().split())
        pub = self.pub
        if m.group("ofwk"):
            return self._of_week(m, wd)
        if pre.startswith(("the previous", "the prior", "the following", "the next")):
            step = -1 if pre.startswith(("the previous", "the prior")) else 1
            return self.count(m.start(), lambda d: P.day(_weekday_step(d, wd, step)), f"{pre} such day", pre, step)
        elliptic = _ELLIPTIC_AFTER.match(self.ctx.text, m.end()) if m.group("pre") is None else None
        if elliptic and _THE_BEFORE.search(self.ctx.text, max(0, m.start() - 5), m.start()):
            step = 1 if elliptic.group(1).lower() == "after" else -1  # "broke the record on the Sunday after"
            what = f"the {m.group('wd')} {elliptic.group(1).lower()}"
            return self.count(m.start(), lambda d: P.day(_weekday_step(d, wd, step)), what, what, step)
        if pre in ("", "on") and m.group("part") is None and _WEEK_AFTER.match(self.ctx.text, m.end()):
            d = pub + D(days=(wd - pub.weekday()) % 7 + 7)  # "on Tuesday week": a week after the coming Tuesday
            return Resolution(P.day(d), "a week after the coming such day", f"{m.group('wd')} week")
        second = self._second_of_range(m, wd)
        if second is not None:
            return second
        joined = self._joined_month_day(m, wd)
        if joined is not None:
            return joined
        if re.search(r"\b(?:last|past)\b", pre):
            return self._last_weekday(pre, wd)
        if re.search(r"\bcoming\b", pre):
            return Resolution(P.day(_weekday_step(pub, wd, 1)), "the next such day after publication", pre)
        if re.search(r"\bnext\b", pre):
            d = P.week(pub).first + D(weeks=1, days=wd)
            return Resolution(P.day(d), "that day of the week after publication's (ISO weeks, Monday-Sunday)", pre)
        told = self._that_weekday(m, wd)
        if told is not None:
            return told
        way = _joined_to_deictic(self.ctx.text, m.start()) or direction(self.ctx, m.start(), m.end())
        if _possessive(m):
            way = _event_direction(self.ctx.text, m.start("wd"), way)
        deadline = (re.search(r"\b(?:until|till|by|through|midnight)\b", pre) or _DEADLINE_AFTER.match(self.ctx.text, m.end())
                    or _AS_SOON_BEFORE.search(self.ctx.text, max(0, m.start() - 16), m.start()))
        if way.tense == "target" and pre == "this":  # "had been set for this Saturday": the one of this week
            d = P.week(pub).first + D(days=wd)
            return Resolution(P.day(d), "that day of publication's week (a date a past act set; ISO weeks, "
                              "Monday-Sunday)", way.cue, tense=way.tense)
        if way.tense == "target":
            return _targeted_weekday(pub, wd, way)
        said = self._said_ahead(m, wd, way)
        if said is not None:
            return said
        if way.way == "future" or (way.way is None and deadline):
            d, rule = _next_in_span(self.ctx.text, m, pub, wd)
            why = way.cue or pre
            return Resolution(P.day(d), rule + (" (future or present tense)" if way.way else " (a deadline)"),
                              why, tense=way.tense)
        named = self._named_day("", wd) if way.way is None and not deadline else None
        if named is not None:
            return named
        d = pub - D(days=(pub.weekday() - wd) % 7)
        earlier = self._before_the_story_time(m, wd, d)
        if earlier is not None:
            return earlier
        rule = "the most recent such day on or before publication"
        rule += " (past tense)" if way.way else " (no verb decides: news reports the past)"
        return Resolution(P.day(d), rule, way.cue, tense=way.tense)

    def _of_week(self, m: re.Match, wd: int) -> Resolution:
        """"Wednesday of last week", "Friday of next week": that day of the week named, counted from the day a
        quotation holding it was said where the narration dates it, else from publication."""
        shift = {"last": -1, "this": 0, "next": 1}[m.group("ofwk").split()[1].lower()]
        spoken = self.spoken_on(m.start()) if self.ctx.in_quote(m.start()) is not None else None
        d = P.week(spoken[0] if spoken else self.pub).first + D(weeks=shift, days=wd)
        return Resolution(P.day(d), "that day of the week named (ISO weeks, Monday-Sunday)"
                          + (f", counted from {spoken[1]}" if spoken else ""), " ".join(m.group("ofwk").split()))

    def _last_weekday(self, pre: str, wd: int) -> Resolution:
        """"last Wednesday": the one the text named so before, else the most recent one before publication; told on
        the working day just after it, the one of the week before (that day would be "yesterday"; on a Saturday,
        "last Friday" may still be)."""
        named = self._named_day("last", wd) if pre.split()[-1] == "last" else None  # (also "since last")
        if named is not None:
            return named
        pub = self.pub
        d = _weekday_step(pub, wd, -1)
        if d == pub - D(days=1) and 1 <= pub.weekday() <= 4 and pre.split()[-1] == "last":
            return Resolution(P.day(d - D(weeks=1)), "the such day of the week before (the working day before "
                              "publication would be \"yesterday\")", pre)
        return Resolution(P.day(d), "the most recent such day before publication", pre)

    def _said_ahead(self, m: re.Match, wd: int, way: Direction) -> Resolution | None:
        """A weekday ahead inside a quotation the narration dates: the next such day after the saying ('"We'd know
        by Friday," she said then' after "told us last Wednesday"), or None."""
        if way.way != "future" or self.ctx.in_quote(m.start()) is None:
            return None
        spoken = self.spoken_on(m.start())
        if spoken is None:
            return None
        return Resolution(P.day(_weekday_step(spoken[0], wd, 1)), f"the next such day after {spoken[1]} (future or "
                          f"present tense)", way.cue, tense=way.tense)

    def _that_weekday(self, m: re.Match, wd: int) -> Resolution | None:
        """"When the walkout began at 12:01 a.m. that Saturday": the such day the text dated for an event its
        clause names (after "the strike that began Sept. 15", a Saturday), else None."""
        if m.group("pre") or not _THAT_BEFORE.search(self.ctx.text, max(0, m.start() - 6), m.start()):
            return None
        a = max(self.ctx.sentence_at(m.start())[0], m.start() - 80)
        found = self.events.day_on(self.ctx.text, a, m.start(), wd)
        if found is None:
            return None
        return Resolution(found[0], f"that such day: {found[1]}", "that")

    def _before_the_story_time(self, m: re.Match, wd: int, d: dt.date) -> Resolution | None:
        """The start of a state a past perfect carries up to the story's time, the narrated day just before it,
        lies before that day: after "The deal was reached early Saturday", "Talks had been running since Tuesday"
        is the Tuesday before that Saturday, not a Tuesday of publication's week after it (an act in the past
        perfect, "had tried to find a buyer on Saturday", may be later than the day told before it)."""
        if not re.match(r"since\s", m.group(0), re.IGNORECASE):
            return None
        found = self._anchor_at(m.start())
        if found is None or found[1].granularity != "day" or self.ctx.in_quote(found[0]) is not None:
            return None
        at, ref = found
        if not (ref.first < d and self.pub - D(days=SPEAKING_DAYS) <= ref.first) or self.ctx.in_quote(m.start()):
            return None
        group = governing_tense(self.ctx.text, self.ctx.sentence_at(m.start()), m.start(), m.end())
        if group is None or group.tense != "past" or not PAST_PERFECT.match(group.cue):
            return None
        return Resolution(P.day(_weekday_step(ref.first, wd, -1)), f'before the story\'s time: the such day before '
                          f'"{self._anchor_text(at)}" ({ref.value}), a past perfect', group.cue, tense="past")

    def _joined_month_day(self, m: re.Match, wd: int) -> Resolution | None:
        """"Sunday's Sept. 11 memorial": a weekday possessing a month-day is that day, when it falls on it."""
        joined = _POSSESSED_MONTH_DAY.match(self.ctx.text, m.end())
        day_match = joined and MONTH_DAY.match(self.ctx.text, joined.end())
        found = self._month_day(day_match) if day_match else None
        if found is None or found.period.granularity != "day" or found.period.first.weekday() != wd:
            return None
        return Resolution(found.period, f"the month-day the weekday is joined to ({found.rule})",
                          " ".join(self.ctx.text[m.start("wd"):day_match.end()].split()), tense=found.tense)

    def _second_of_range(self, m: re.Match, wd: int) -> Resolution | None:
        """"overnight Thursday into Friday", "from Monday to Wednesday": the second day of a range of
        weekdays is the first such day after the first one, whatever the tense."""
        lo = max(0, m.start() - 40)
        before = _SECOND_OF_RANGE.search(self.ctx.text, lo, m.start("wd"))
        found = self._anchor_at(m.start())
        if before is None or found is None or found[0] < lo or found[1].granularity != "day":
            return None
        first = found[1].first
        if not before.group("deictic") and first.weekday() != weekday_number(before.group("first")):
            return None  # ("from tonight into early Thursday": the anchor is tonight's day)
        cue = " ".join(before.group(0).split())
        return Resolution(P.day(_weekday_step(first, wd, 1)), f"the second day of a range: the next such day after "
                          f"{first.isoformat()}", cue)

    def _weekday_offset(self, m: re.Match) -> Resolution | None:
        """"a week from Thursday": the coming such day plus N weeks; "a week ago Monday": the last one less N;
        "a year ago today": publication less a year; the British "a week today": publication plus a week."""
        pub = self.pub
        moved = _deictic_moved(m)
        if moved is not None:
            n, unit, sign, base = moved
            start = pub + D(days={"today": 0, "tomorrow": 1, "yesterday": -1}[base])
            return Resolution(P.day(_moved(start, sign * n, unit)), f"{base} moved by {n} {unit}(s)",
                              " ".join(m.group(0).lower().split()))
        wd, n, unit, sign = weekday_number(m.group("wd")), number_value(m.group("n")), _unit(m.group("u")), _sign(
            m.group("dir"))
        cue = " ".join(m.group(0)[:m.start("wd") - m.start()].lower().split())
        named = self._weekday_named_before(m.start(), wd) if sign > 0 else None
        if named is not None:  # "the decision on Wednesday ... two weeks from Wednesday": from that Wednesday
            return Resolution(P.day(_moved(named, n, unit)), f"the {m.group('wd')} the text named ({named}), "
                              f"{n} {unit}(s) on", cue)
        if sign > 0:
            d = _moved(pub + D(days=(wd - pub.weekday()) % 7), n, unit)
            return Resolution(P.day(d), f"the next such day on or after publication, {n} {unit}(s) on", cue)
        d = _moved(pub - D(days=(pub.weekday() - wd) % 7), -n, unit)
        return Resolution(P.day(d), f"the most recent such day on or before publication, {n} {unit}(s) back", cue)

    def _weekday_named_before(self, pos: int, wd: int) -> dt.date | None:
        """The day of the week before publication that the text named before ``pos`` as this weekday, if any: named
        bare, as the count names it ("met on Wednesday ... two weeks from Wednesday"), not as "last Thursday" (a
        bare "a week from Thursday" after it is the coming one's)."""
        i = bisect.bisect_left(self.anchors, (pos,)) - 1
        for at, period in reversed(self.anchors[max(0, i - _WEEKDAYS_LOOKED_BACK):i + 1]):
            day = period.first
            if period.granularity == "day" and day.weekday() == wd and self.pub < day <= self.pub + D(days=6):
                return None  # the text named the coming one since ("no earlier than Wednesday ... a week from Wednesday")
            if not (period.granularity == "day" and day.weekday() == wd and self.pub - D(days=6) <= day < self.pub):
                continue
            named = WEEKDAY.match(self.ctx.text, at)
            if named and not _LAST_BEFORE.search(named.group("pre") or "") and not named.group("ofwk"):
                return day
        return None

    def _day_of_month(self, m: re.Match) -> Resolution | None:
        """"set for the 17th": that day in the nearest month that has it, on the side the clause's tense picks."""
        day_, pub = int(m.group("d")), self.pub
        if m.group("of"):
            shift = {"this": 0, "next": 1, "last": -1}[m.group("of").split()[1].lower()]
            d = make_date(*_month_shift(pub, shift), day_)
            return None if d is None else Resolution(P.day(d), "a day of the month named", m.group("of").strip())
        options = [d for k in range(-2, 3) if (d := make_date(*_month_shift(pub, k), day_)) is not None]
        if not options:
            return None
        way = direction(self.ctx, m.start(), m.end())
        after, before = [d for d in options if d >= pub], [d for d in options if d <= pub]
        if way.way == "future" and after:
            d, rule = after[0], "the next such day of a month on or after publication (future or present tense)"
        elif way.way == "past" and before:
            d, rule = before[-1], "the most recent such day of a month on or before publication (past tense)"
        else:
            d = min(options, key=lambda o: abs((o - pub).days))
            rule = "the nearest such day of a month to publication (no verb decides)"
        return Resolution(P.day(d), f"a day of the month without its month: {rule}", way.cue, tense=way.tense)

    def _month(self, m: re.Match) -> Resolution | None:
        r = self._month_alone(m)
        if r is None or not m.group("wk") or r.period.granularity != "month":
            return r
        n = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group("wk").lower(), -1)
        return Resolution(P.week_of_month(r.period, n), f"the {m.group('wk').lower()} week (the one holding its "
                          f"Thursday) of the {r.rule}", r.cue, r.approximate, r.tense)

    def _month_alone(self, m: re.Match) -> Resolution | None:
        mon = month_number(m.group("m") or m.group("m_attr") or m.group("m_bare") or m.group("m_fig")
                           or m.group("m_sup") or m.group("m_sofar") or m.group("m_subj") or m.group("m_obj")
                           or m.group("m_and") or m.group("m_pair") or m.group("m_it") or m.group("m_for"))
        pre = " ".join((m.group("pre") or "").lower().split())
        pub = self.pub
        fiscal = self._fiscal_quarter_ended(m)
        if fiscal is not None:
            return fiscal
        if m.group("of") and m.group("of").split()[-2].lower() == "that":  # "in October of that year"
            return self.count(m.start(), lambda d: P.month(d.year, mon), "the month in the year of the date before",
                              "of that year")
        if m.group("of"):
            shift = {"this": 0, "last": -1, "next": 1}[m.group("of").split()[-2].lower()]  # "in January last year"
            period = P.month(pub.year + shift, mon)
            return Resolution(period, "month of the year named", m.group("of").strip())
        if pre == "last":
            year = pub.year if mon < pub.month else pub.year - 1
            return Resolution(P.month(year, mon), "the most recent such month before publication", "last")
        if pre == "next":
            year = pub.year if mon > pub.month else pub.year + 1
            return Resolution(P.month(year, mon), "the next such month after publication", "next")
        way = self._told_lately(direction(self.ctx, m.start(), m.end()), m.start())
        if m.group("m_it"):  # "now it's March": the complement of a present "is", this or the coming one
            way = Direction("future", 'present verb "it\'s"', "present")
        within = self._month_of_season_before(m.start(), mon, way)
        if within is not None:
            return within
        # "the February jobs report" names a figure's month as "February jobs" does
        figure = m.group("m_fig") or (m.group("m_attr") and _FIGURE_AFTER.match(self.ctx.text, m.end()))
        scheduled = m.group("m_attr") and _SCHEDULE_AFTER.match(self.ctx.text, m.end())
        if scheduled and (way.way is None or _TELLING_CUE.search(way.cue)):
            # "said the March date was firm": a date set, told of; the nearest March
            way = Direction(None, "the " + m.group("m_attr") + scheduled.group(0), None)
        period, rule = self.in_year(m.start(), lambda y: P.month(y, mon), _figure_way(way, figure), grace=False)
        return Resolution(period, f"month without a year: {rule}", way.cue, tense=way.tense)

    def _season(self, m: re.Match) -> Resolution | None:
        code = P.SEASON_WORDS[(m.group("s1") or m.group("s2") or m.group("s3") or m.group("s4")
                               or m.group("s5") or m.group("s6")).lower()]
        mod = " ".join((m.group("mod") or "").lower().split())
        if m.group("sdir"):  # "the winter before": "the previous winter"
            mod = "the previous" if m.group("sdir").lower() == "before" else "the following"
        pub = self.pub
        if mod == "that":
            return self.count(m.start(), lambda d: P.season(d.year, code), "that season", "that")
        if mod.startswith("the "):  # "took over the following summer": the first such season after the date before
            step = -1 if mod.endswith(("previous", "prior")) else 1
            return self.count(m.start(), lambda d: _season_step(d, code, step), f"{mod} such season", mod, step)
        current = P.season_of(pub)
        if mod in ("last", "this past"):
            year = pub.year if P.season(pub.year, code).last < pub else pub.year - 1
            if P.season(year, code) == current:
                year -= 1
            rule = "the most recent such season before this one"
            if (self.this_seasons.get(code) == P.season(year, code)  # "this fall ... compared with last fall"
                    and is_baseline(self.ctx.text, m.start(), self.ctx.sentence_at(m.start())[0])):
                return Resolution(P.season(year - 1, code), f"the one before the text's own \"this\" one "
                                  f"({year}-{code})", mod)
            if mod == "last" and P.season(year, code).first.year == pub.year:
                told = self._narrative_before(m.start())
                if told is not None and told[1].last.year == pub.year - 1:
                    return Resolution(P.season(year - 1, code), f"the year before's (it ended this year, but the "
                                      f"story's date before it, {told[0]}, is in {pub.year - 1})", mod)
                later = self._later_act_before(m.end(), P.season(year, code))
                if later is not None:
                    return Resolution(P.season(year - 1, code), f"the year before's (it ended this year, but a "
                                      f"later act of its sentence, in {later}, came before it)", mod)
                rule += f" (it ended this year: some writers mean the year before's, {year - 1}-{code})"
            return Resolution(P.season(year, code), rule, mod)
        if mod in ("next", "this coming"):
            year = pub.year if P.season(pub.year, code).first > pub else pub.year + 1
            return Resolution(P.season(year, code), "the next such season", mod)
        if mod == "this" and code != "WI" and pub < P.season(pub.year, code).first:
            # "contracts that expire this spring" in January: the year's spring is still ahead, whatever the tense
            return Resolution(P.season(pub.year, code), "this season: publication's year's, not yet begun (one "
                              "gone by is \"last\")", mod)
        way = self._told_lately(direction(self.ctx, m.start(), m.end()), m.start())
        if mod == "this" and year_way(way) is None:  # "this winter" in March, no verb deciding: the current one
            period = current if current.value.endswith(code) else P.season(pub.year, code)
            return Resolution(period, "this season: the one of publication's year (no verb decides)", way.cue,
                              tense=way.tense)
        if year_way(way) is None:
            after = self._season_after_ahead(m.start(), code)
            if after is not None:
                return Resolution(after[0], after[1], way.cue, tense=way.tense)
        period, rule = _in_year_by_tense(lambda y: P.season(y, code), pub, year_way(way), grace=False)
        return Resolution(period, f"season: {rule}", way.cue, tense=way.tense)

    def _season_after_ahead(self, pos: int, code: str) -> tuple[P.Period, str] | None:
        """A season no verb dates, after a date of its sentence ahead of publication ("by the summer, allowing the
        first fines in the autumn", "before Easter, not in the autumn"): the first such season not over before it."""
        found = self._anchor_at(pos)
        if found is None or found[0] < self.ctx.sentence_at(pos)[0] or found[1].first <= self.pub:
            return None
        at, ref = found
        season = P.season(ref.first.year, code)
        if season.last < ref.first:
            season = P.season(ref.first.year + 1, code)
        return season, f'season: the first such one not over before "{self._anchor_text(at)}" ({ref.value}), a date ' \
                       f'of its sentence ahead of publication (no verb decides)'


    def _told_lately(self, way: Direction, pos: int) -> Direction:
        """A "would" that a telling of the past week frames ("said on Wednesday that places would rise again from
        September") counts from then, about now: the month or season it names lies ahead (the direction stands)."""
        if way.tense != "conditional" or way.from_now or way.way != "future":
            return way
        sentence = self.ctx.sentence_at(pos)
        told = _TOLD_LATELY.search(self.ctx.text, max(sentence[0], pos - _TOLD_LATELY_REACH), pos)
        return dataclasses.replace(way, from_now=True) if told else way

    def _later_act_before(self, end: int, season: P.Period) -> str | None:
        """The month of a later act its sentence joins to a season ("wrote the draft last summer ... and
        workshopped it in March"), if that month, the most recent such, came before the season."""
        later = _AND_THEN_MONTH.match(self.ctx.text, end)
        if later is None:
            return None
        mon = month_number(later.group("m"))
        recent = P.month(self.pub.year if mon <= self.pub.month else self.pub.year - 1, mon)
        return later.group("m") if recent.last < season.first else None

    def _quarter(self, m: re.Match) -> Resolution | None:
        if m.group("eord"):
            return self._quarter_left_unsaid(m)
        pub, current = self.pub, P.quarter_of(self.pub)
        number = int(current.value[-1])
        if m.group("mod"):
            mod = m.group("mod").lower().split()[-1]
            step = {"last": -1, "previous": -1, "prior": -1, "following": 1, "this": 0, "current": 0, "next": 1,
                    "coming": 1}[mod]
            if m.group("mod").lower().startswith("the") and mod in ("previous", "prior", "following"):
                return self.count(m.start(), lambda d: P.shifted(d, step, "quarter"), f"the {mod} quarter", mod,
                                  step)
            return Resolution(P.quarter(current.first.year, number + step), f"{mod} quarter", mod)
        n = _quarter_number(m)
        if n is None:
            return None  # "the February-April quarter": a fiscal quarter, not a calendar one
        fiscal = self._fiscal_quarter_ended(m)
        if fiscal is not None:
            return fiscal
        if m.group("of"):
            shift = {"this": 0, "last": -1, "next": 1}[m.group("of").split()[-2].lower()]  # "the fourth quarter last year"
            return Resolution(P.quarter(pub.year + shift, n), "quarter of the year named", m.group("of").strip())
        way = direction(self.ctx, m.start(), m.end())
        figure = m.group("fig") and _FIGURE_AFTER.match(self.ctx.text, m.end())
        period, rule = _in_year_by_tense(lambda y: P.quarter(y, n), pub, _figure_way(way, figure), grace=False)
        return Resolution(period, f"quarter without a year: {rule}", way.cue, tense=way.tense)

    def _month_of_season_before(self, pos: int, mon: int, way: Direction) -> Resolution | None:
        """A month of the season named just before it in its sentence, where no verb of its own dates it (none,
        or only the verb of telling): after "set jury selection for next spring", "though he said a date in
        March was optimistic" is next spring's March ("repairs will finish in May" after "last spring" is not)."""
        if way.tense not in (None, "report") and not _TELLING_CUE.search(way.cue):
            return None
        found = self._anchor_at(pos)
        if (found is None or found[1].granularity != "season" or found[0] < self.ctx.sentence_at(pos)[0]
                or found[0] in self.baselines):
            return None
        at, season = found
        for year in (season.first.year, season.last.year):
            month = P.month(year, mon)
            if season.first <= month.first and month.last <= season.last:
                return Resolution(month, f'a month of the season named before it ("{self._anchor_text(at)}", '
                                  f'{season.value})', way.cue, tense=way.tense)
        return None

    def _quarter_left_unsaid(self, m: re.Match) -> Resolution | None:
        """"in the fourth quarter, down from 0.5% in the third": such a quarter nearest the quarter named just
        before it in its sentence (the earlier of two as near: a comparison looks back; "in the first quarter,
        after a fall in the fourth" is the year before's); None without one ("finished in the third")."""
        found = self._anchor_at(m.start())
        if found is None or found[1].granularity != "quarter" or found[0] < self.ctx.sentence_at(m.start())[0]:
            return None
        at, named = found
        n = _QUARTER_ORDINALS[m.group("eord").lower()]
        y = named.first.year
        chosen = min((P.quarter(y + k, n) for k in (-1, 0, 1)), key=lambda q: (abs((q.first - named.first).days), q.first))
        return Resolution(chosen, f'a quarter left unsaid: the such quarter nearest "{self._anchor_text(at)}" '
                          f'({named.value}) before it', m.group("eord").lower())

    def _fiscal_quarter_ended(self, m: re.Match) -> Resolution | None:
        """"its fiscal second quarter, which ended in December": a fiscal quarter is no calendar one, but
        the month it ended in names it, when that closes a calendar quarter (the last one ended by then)."""
        text = self.ctx.text
        ended = _QUARTER_ENDED.match(text, m.end())
        if not (_FISCAL_BEFORE.search(text, max(0, m.start() - 10), m.start()) and ended):
            return None
        last = month_number(ended.group("m"))
        year = self.pub.year if P.month(self.pub.year, last).last < self.pub else self.pub.year - 1
        cue = " ".join(ended.group(0).strip(" ,").split())
        if last % 3:  # "which ended in February": the three months to its end, no calendar quarter
            first = P.month(*_month_shift(dt.date(year, last, 1), -2))
            return Resolution(P.day_range(first.first, P.month(year, last).last), "a fiscal quarter: the three "
                              f"months that ended in {ended.group('m')} (the last such before publication)", cue)
        return Resolution(P.quarter(year, last // 3), f"a fiscal quarter: the calendar quarter that ended in "
                          f"{ended.group('m')} (the last one before publication)", cue)

    def _relative(self, m: re.Match) -> Resolution | None:
        return resolve_relative(self, m)


_QUARTER_ORDINALS = {"first": 1, "1st": 1, "q1": 1, "second": 2, "2nd": 2, "q2": 2, "third": 3, "3rd": 3, "q3": 3,
                     "fourth": 4, "4th": 4, "q4": 4, "final": 4}
#: "in 2014" may give a date in its sentence its year; "by 2030", "since 2014" may not
_FISCAL_BEFORE = re.compile(r"\bfiscal\s+(?:the\s+)?$", re.IGNORECASE)
_QUARTER_ENDED = re.compile(r"\s*,?\s*(?:which|that)\s+ended\s+(?:in\s+)?(?P<m>" + MONTH_RE + r")(?!\s*[0-9])")
_IN_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|[Dd]uring)\s+(?:early\s+|late\s+|mid-)?$")
#: a year a noun is for ("Returns for last year"), not one opening the sentence ("For the full year, ...")
_FOR_YEAR_BEFORE = re.compile(r"[A-Za-z]\s+(?:for|of)\s+$")


#: a telling dated to the past week, and "that" (a weekday in news copy is within the week; "yesterday", "today")
_TOLD_LATELY = re.compile(r"\b(?:said|told\s+\w+|announced|confirmed|added)\s+(?:on\s+)?(?:" + WEEKDAY_FULL_RE
                          + r"|yesterday|today)\s+that\b", re.IGNORECASE)
_TOLD_LATELY_REACH = 300  # characters back to the telling
#: a "would", "might" or an infinitive of the story's past: what it looked ahead to ("said on 14 October that costs
#: might force it to shut for the winter")
_PROMISED = re.compile(r'(?:conditional verb "(?:would|could|might|may|[\'’]d)\b|infinitive verb ")', re.IGNORECASE)
_SCHEDULE_AFTER = re.compile(r"\s+(?:date|deadline|target|timetable|launch|release|opening|start)s?(?![\w\-])")
_FIGURE_AFTER = re.compile(r"\s+" + FIGURE_NOUN)


_WEEKDAY_REACH = 366  # days either side of publication: a weekday picks among a month-day's nearest years


def _on_its_weekday(chosen: tuple[P.Period, str], m: re.Match, make, pub: dt.date) -> tuple[P.Period, str]:
    """A month-day that names its weekday ("next Monday, April 15") falls in the year, within a year of publication,
    whose such day is that weekday; the year chosen otherwise stands where it agrees, or where none does."""
    period = chosen[0]
    if not m.group("wd") or period.granularity != "day":
        return chosen
    wd = weekday_number(m.group("wd"))
    if period.first.weekday() == wd:
        return chosen
    for year in range(pub.year - 1, pub.year + 2):
        found = make(year)
        if (isinstance(found, P.Period) and found.granularity == "day" and found.first.weekday() == wd
                and abs((found.first - pub).days) <= _WEEKDAY_REACH):
            return found, f"the year whose such day is a {m.group('wd')}"
    return chosen


def _figure_way(way: Direction, figure) -> str | None:
    """The direction that picks the year of a period a figure is for ("will publish first-quarter GDP on May 2",
    "April inflation figures are due"): a figure comes out after its period, so a future clause says nothing
    of which one: the nearest."""
    chosen = year_way(way)
    return None if figure and chosen == "future" else chosen


def _quarter_number(m: re.Match) -> int | None:
    """1-4 from "the third quarter", "Q3", "the holiday quarter" or "the July-September quarter" (None: months of no
    calendar quarter)."""
    if m.group("mfirst"):
        first, last = month_number(m.group("mfirst")), month_number(m.group("mlast"))
        if first is None or last != first + 2 or first % 3 != 1:
            return None
        return (first - 1) // 3 + 1
    if m.group("hq"):
        return 4
    return _QUARTER_ORDINALS[(m.group("ord") or m.group("q")).lower()]


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


def _sign(word: str) -> int:
    return 1 if word.lower() in ("from", "on") else -1


def _deictic_moved(m: re.Match) -> tuple[int, str, int, str] | None:
    """(count, unit, sign, day) of "a year ago today", "two weeks from tomorrow" or the British "a week today"."""
    if m.group("base3"):
        return number_value(m.group("n3")), "week", 1, m.group("base3").lower()
    if m.group("base"):
        return number_value(m.group("n2")), _unit(m.group("u2")), _sign(m.group("dir2")), m.group("base").lower()
    return None


def _moved(d: dt.date, n: int, unit: str) -> dt.date:
    """``d`` moved by ``n`` days, weeks, months or years (a month's last day where the day is missing)."""
    if unit in ("day", "week"):
        return d + D(days=n * (7 if unit == "week" else 1))
    return P.add_months(d, n * (12 if unit == "year" else 1))


def _month_shift(d: dt.date, k: int) -> tuple[int, int]:
    """(year, month) ``k`` months from ``d``'s."""
    index = d.year * 12 + d.month - 1 + k
    return index // 12, index % 12 + 1


def count_from(ref: P.Period, source: str, step, what: str, cue: str, edge: str | None = None) -> Resolution:
    """``step`` counted from ``ref`` through :func:`periods.counted_from`: the one way any rule counts
    from another date, so a date known only to its month, week or year never gives a day."""
    period, exact = P.counted_from(ref, step, edge)
    if exact:
        return Resolution(period, f"{what}, {source}", cue)
    return Resolution(period, f"{what}, known only to the {period.granularity}: {source}, a {ref.granularity}", cue)


#: the first day of a range of weekdays, just before the second ("Thursday into", "Monday night to")
_SECOND_OF_RANGE = re.compile(r"(?P<first>" + WEEKDAY_FULL_RE + r"|(?P<deictic>tonight|today|tomorrow))(?:['’]s)?"
                              r"(?:\s+(?:morning|afternoon|evening|night))?"
                              r"\s*(?:[-–]|\s(?:into|to|through|until|till|thru))\s+(?:early\s+|late\s+|noon\s+|"
                              r"midnight\s+|[0-9]{1,2}(?::[0-9]{2})?\s*(?:[ap]\.m\.|[ap]m)\s+)?$")  # "until noon Monday"
#: "the Sunday after", "the Friday before": a weekday counted from the date before, its event left unsaid
#: "the day before." and "the week before for exercises": "after"/"before" with no object (another preposition
#: cannot be one)
_ELLIPTIC_AFTER = re.compile(r"\s+(after|before)(?=\s*[,.;:)!?]|\s+(?:and|but|when|as|that|for|in|at|on|with|to|"
                             r"from)\b|$)", re.IGNORECASE)
_WEEK_AFTER = re.compile(r"\s+week(?![\w\-'’])")  # "the hearing is on Tuesday week" (British)
_THE_BEFORE = re.compile(r"(?<![\w\-])[Tt]he\s+$")
_DEADLINE_AFTER = re.compile(r"\s+deadlines?\b")  # "the council's Friday deadline stands": no verb decides
#: "could be arraigned as soon as Friday": the earliest of days ahead, as a deadline is (no verb decides)
_AS_SOON_BEFORE = re.compile(r"\bas\s+(?:soon|early)\s+as\s+$", re.IGNORECASE)


#: a weekday listed with a deictic day ("a fire ban for tomorrow and Thursday", "yesterday and Sunday")
_DEICTIC_AND = re.compile(r"(?<![\w\-])(?P<d>tomorrow|tonight|today|yesterday)\s+(?:and|or)\s+(?:on\s+)?$",
                          re.IGNORECASE)


_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_SECOND = re.compile(r"\s*(?:[-–]|\s(?:to|until|till|through|thru|and))\s+", re.IGNORECASE)
_AND_WEEKDAY = re.compile(r"\s+and\s+(?P<wd>" + WEEKDAY_FULL_RE + r")")


def _span_end(text: str, m: re.Match, pub: dt.date) -> dt.date | None:
    """The end of a span of weekdays ahead that ``m`` opens ("will travel between Tuesday and Monday"): the next
    such day on or after publication; a span starts before it ends."""
    if m.group("pre") or not _BETWEEN_BEFORE.search(text, max(0, m.start() - 10), m.start()):
        return None
    end = _AND_WEEKDAY.match(text, m.end())
    if end is None:
        return None
    return pub + D(days=(weekday_number(end.group("wd")) - pub.weekday()) % 7)


def _next_in_span(text: str, m: re.Match, pub: dt.date, wd: int) -> tuple[dt.date, str]:
    """The next such day on or after publication; opening a span of weekdays ahead that would end before it
    ("will travel between Tuesday and Monday" told on a Wednesday), the latest such day before the span's end."""
    d = pub + D(days=(wd - pub.weekday()) % 7)
    end = _span_end(text, m, pub)
    if end is not None and d > end:
        return d - D(weeks=1), f"the latest such day before the span's end ({end.isoformat()})"
    return d, "the next such day on or after publication"


def _joined_to_deictic(text: str, start: int) -> Direction | None:
    """The side of publication a weekday listed with "tomorrow" (ahead) or "yesterday" (behind) lies on."""
    m = _DEICTIC_AND.search(text, max(0, start - 20), start)
    if m is None:
        return None
    return Direction("past" if m.group("d").lower() == "yesterday" else "future", f'listed with "{m.group("d")}"', None)


_APPOSITION = re.compile(r"\s*,\s*")
_THAT_BEFORE = re.compile(r"(?<![\w\-])[Tt]hat\s+$")
#: a later act of the sentence, joined by "and"/"then", in a month ("... and workshopped it ... in March")
_AND_THEN_MONTH = re.compile(r"[^.;!?]{0,120}?\b(?:and|then)\b[^.;!?]{0,80}?\b(?:in|by)\s+(?P<m>" + MONTH_RE
                             + r")(?![\w\-])(?!\s*[0-9])")
_TELLING_CUE = re.compile(r'"(?:said|told|says|tells)\b')  # a direction's cue that is only the verb of telling
_DAY_PARTS = ("day", "morning", "afternoon", "evening", "night")


def _targeted_weekday(pub: dt.date, wd: int, way: Direction) -> Resolution:
    """A weekday a past act set: the nearest such day ("reset it Monday for Friday": set before publication, on
    either side of it); set in the present perfect ("has reserved it for Friday"), still in force: the next."""
    ahead = (wd - pub.weekday()) % 7
    if _PRESENT_PERFECT_CUE.search(way.cue):
        return Resolution(P.day(pub + D(days=ahead)), "the next such day (a date a present perfect set, still in "
                          "force)", way.cue, tense=way.tense)
    d = pub + D(days=ahead) if ahead <= 3 else pub - D(days=7 - ahead)
    return Resolution(P.day(d), "the nearest such day (a date a past act set)", way.cue, tense=way.tense)


def _event_step(m: re.Match, after: bool):
    """The day, week, weekend or weekday after (or before) a given day, or N units after (before) it; "of"
    it, its own day, week or weekend, or its Nth day ("the 10th day of the strike")."""
    sign = 1 if after else -1
    if m.group("dir").lower() == "of":
        return _event_of(m)
    if m.group("cunit"):
        n, unit = number_value(m.group("n")), _unit(m.group("cunit"))
        return lambda d: P.shifted(d, sign * n, unit)
    if m.group("wd"):
        wd = weekday_number(m.group("wd"))
        return lambda d: P.day(_weekday_step(d, wd, sign))
    part = m.group("part").lower()
    if part == "week":
        return lambda d: P.week(d + D(weeks=sign))
    if part == "weekend":
        return lambda d: P.weekend(_weekday_step(d, 5, sign) if after else _weekday_step(d, 6, sign))
    return lambda d: P.day(d + D(days=sign))


def _event_of(m: re.Match):
    """The day, week or weekend "of" an event, or its Nth day counted from its first."""
    if m.group("ordn"):
        raw = m.group("ordn")
        n = day_number(raw) if raw[0].isdigit() else day_word_value(raw)
        return lambda d: P.day(d + D(days=n - 1))
    part = (m.group("part") or "").lower()
    if part == "week":
        return P.week
    if part == "weekend":
        return lambda d: P.weekend(d if d.weekday() >= 5 else _weekday_step(d, 5, 1))
    return P.day


#: before an event a possessive weekday names: "since", "back from" ... say it is past whatever the verb
_SINCE_EVENT = re.compile(r"\b(?:since|back\s+from|on\s+from|recover\w*\s+from|in\s+the\s+wake\s+of)\s+$",
                          re.IGNORECASE)
#: ... these only where no finite verb decides ("to win after Monday's debate" is not past)
_AFTER_EVENT = re.compile(r"\b(?:after|following|from|despite)\s+$", re.IGNORECASE)
_BEFORE_EVENT = re.compile(r"\b(?:ahead\s+of|in\s+preparation\s+for|before|in\s+the\s+run-up\s+to)\s+$", re.IGNORECASE)


def _event_direction(text: str, start: int, way: Direction) -> Direction:
    """The direction of an event a possessive weekday names ("Monday's debate"). The preposition before
    it decides where it is firm ("bounce back from Monday night's debate", "in the wake of Tuesday's
    storm" are past) or where no finite verb does ("ahead of Friday's vote" is future); a bare present
    says nothing ("raising questions about Monday's debate": news reports the past)."""
    before = text[max(0, start - 30):start]
    # a modal that looks ahead is as finite as "will" ("would deliver a response after Wednesday night's speech")
    non_finite = way.tense not in ("past", "report", "future") and not (way.tense == "conditional" and way.way)
    for rx, direction_, always in ((_SINCE_EVENT, "past", True), (_AFTER_EVENT, "past", False),
                                   (_BEFORE_EVENT, "future", False)):
        m = rx.search(before)
        if m and (always or non_finite):
            return Direction(direction_, f'preposition "{" ".join(m.group(0).split())}" before the event', None)
    return Direction(None, "", None) if way.tense == "present" else way


#: a holiday's name before the noun of an occasion that its clause dates ("the Australia Day cricket match on
#: Saturday", "a Diwali fair this Sunday")
_NAMED_OCCASION = re.compile(r"(?:\s+(?!(?:and|or|but|nor|then|on|in|at|to|from|until|by|before|after|through|"
                             r"is|was|will|would|falls?|fell|this|next|last)\b)[a-z][a-z\-]*){1,3}\s+(?:on\s+)?"
                             r"(?:(?:this|next|last)\s+)?"
                             r"(?P<wd>" + WEEKDAY_FULL_RE + r")(?![\w\-])")


def _held_on_another_day(text: str, end: int, period: P.Period) -> bool:
    """Whether the holiday names an occasion its clause puts on another weekday: the occasion need not fall
    on the holiday ("the Thanksgiving dinner on Thursday" may)."""
    m = _NAMED_OCCASION.match(text, end)
    return bool(m) and period.granularity == "day" and weekday_number(m.group("wd")) != period.first.weekday()


def _possessive(m: re.Match) -> bool:
    return m.group(0).endswith(("'s", "’s"))


def _maybe_day(year: int, month: int, day_: int) -> P.Period | None:
    d = make_date(year, month, day_)
    return P.day(d) if d else None


def _range_end(m: re.Match, month: int) -> tuple[int, int] | None:
    """(month, day) of a range's last day ("September 16-19", "Sept. 30-Oct. 2", "16-19 September")."""
    raw = m.group("d3") or m.group("d4")
    if raw is None:
        return None
    return month_number(m.group("m3")) if m.group("m3") else month, day_number(raw)


def _maybe_days(year: int, first: tuple[int, int], last: tuple[int, int]) -> P.Period | None:
    """The days from ``first`` to ``last`` (month, day) starting in ``year`` (a range may run into the next)."""
    a = make_date(year, *first)
    b = make_date(year + (last[0] < first[0]), *last)
    if a is None or b is None or b <= a or (b - a).days > 62:
        return None
    return P.day_range(a, b)


def _season_step(ref: dt.date, code: str, step: int) -> P.Period:
    """The such season wholly after (step 1) or before (step -1) the day ``ref``."""
    options = [P.season(y, code) for y in range(ref.year - 2, ref.year + 2)]
    if step > 0:
        return min((p for p in options if p.first > ref), key=lambda p: p.first)
    return max((p for p in options if p.last < ref), key=lambda p: p.first)


def _weekday_step(ref: dt.date, wd: int, step: int) -> dt.date:
    """The such weekday strictly before (step -1) or after (step 1) ``ref``."""
    if step < 0:
        return ref - D(days=(ref.weekday() - wd - 1) % 7 + 1)
    return ref + D(days=(wd - ref.weekday() - 1) % 7 + 1)


# --------------------------------------------------------------------------------------------
# Finding the expressions

_YEAR_ANCHOR = re.compile(r"(?<![\w\-])(?:[Ii]n|[Ss]ince|[Bb]y|[Oo]f|[Dd]uring|[Ff]rom|[Uu]ntil)\s+(?:early\s+|late\s+|mid-)?"
                          r"(?P<y>" + YEAR_RE + r")")


_MONTH_YEAR = re.compile(r"(?<![\w\-])(?P<m>" + MONTH_RE + r")\s+(?:of\s+)?(?P<y>" + YEAR_RE + r")")
_SEASON_YEAR = re.compile(r"(?<![\w\-])(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(?P<y>"
                          + YEAR_RE + r")")


def _absolute_anchors(ctx: Context) -> list[tuple[int, P.Period]]:
    """Dates the text states outright, at their own size: what "a year earlier" may count from.

    Full dates are days; "May 2015" a month, "the summer of 2010" a season, "in 2014" a year: a
    coarse anchor stays coarse in everything counted from it (see ``_Resolver.count``).
    """
    text = ctx.text
    days = [(s, e, d) for s, e, d in find_absolute_dates(text) if d is not None]
    out = [(s, P.day(d)) for s, _e, d in days]
    inside = SpanSet()
    for s, e, _d in days:
        inside.add(s, e)
    years = re.compile(r"[12][0-9]{3}")
    for m in scan(_MONTH_YEAR, years, text, 14, 6):
        if inside.add(m.start(), m.end()):
            out.append((m.start(), P.month(int(m.group("y")), month_number(m.group("m")))))
    for m in scan(_SEASON_YEAR, years, text, 14, 6):
        if inside.add(m.start(), m.end()):
            out.append((m.start(), P.season(int(m.group("y")), P.SEASON_WORDS[m.group("s").lower()])))
    for m in scan(_YEAR_ANCHOR, years, text, 12, 6):
        if inside.add(m.start("y"), m.end("y")):
            out.append((m.start("y"), P.year(int(m.group("y")))))
    out.sort(key=lambda a: a[0])
    return out


#: "every Friday", "each Easter", "on a Tuesday in March": no one day, whatever the tense ("a Friday
#: deadline" is the deadline's article: that Friday)
#: "every Monday", "another Christmas", and the exception of a habit: "open every day but Christmas"
_INDEFINITE_BEFORE = re.compile(r"\b(?:every|each|any|some|most|another|certain)\s+(?:given\s+|single\s+)?$|"
                                r"\b(?:every|each)\s+(?:day|night|week|month|year)\s+(?:but|except(?:\s+for)?)\s+$",
                                re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:(?:typical|normal|usual|ordinary|average|recent|rainy|sunny|"
                             r"quiet|busy|slow)\s+)?$", re.IGNORECASE)
#: "bins emptied on a Thursday will be collected Saturday": "on a" plus a day is any such day, not one
_ON_A_BEFORE = re.compile(r"\bon\s+a\s+$", re.IGNORECASE)
#: a holiday in a comparison is its kind of day, no date: "it has been like Christmas Eve in here", "as busy as
#: Black Friday", "felt like New Year" (not "plans like Monday's", "looks like Easter for the opening" nor "as late
#: as Christmas Eve": dates)
_SIMILE_BEFORE = re.compile(r"(?:(?<!looks\s)(?<!seems\s)(?<!looked\s)(?<!seemed\s)\blike|\bas\s+(?!(?:late|early|recently|soon|long|far|much)\s)[a-z]+\s+as)\s+$",
                            re.IGNORECASE)


def _simile(text: str, m: re.Match) -> bool:
    """Whether a holiday's name stands in a comparison ("like Christmas Eve"), not as a possessive."""
    s = m.start("name")
    return bool(_SIMILE_BEFORE.search(text, max(0, s - 24), s)) and not re.match(r"['’]s\b", text[m.end():])
_HEAD_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:in|of|at|on|when|that|and|or|before|after|last|this|like)\b")
#: "every year on Memorial Day", "on Black Friday each year", "annually at Easter": a habit, no one day
#: "For 40 years he cooked a Thanksgiving dinner": an act a sentence opens by many years of is a habit too ("a nurse
#: for 19 years, walking the line Friday morning" is one day)
_HABITUAL = re.compile(r"\b(?:(?:every|each)\s+(?:single\s+)?(?:year|week|month|spring|summer|fall|autumn|winter)|"
                       r"annually|yearly|year\s+after\s+year|traditionally|"
                       r"(?-i:For)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?!(?:one|a|an|1)\s)"
                       r"(?:" + NUMBER + r"|several|many)\s+(?:years|decades))\b", re.IGNORECASE)
#: "Sunday school", "Friday prayers", "the Sunday Times": a weekday naming a kind of thing, not a day; "on
#: Saturday mornings": a habit, no one day
_WEEKDAY_COMPOUND = re.compile(r"\s+(?:mornings|afternoons|evenings|nights|(?i:school|schools|prayers?|papers?|editions?|"
                               r"newspapers?|supplements?|magazines?|league|roast|brunch|rounds|collections)|Times|best|services|shows?|"
                               # a place named for a weekday ("flooded homes along Sunday Creek")
                               r"Creek|River|Lake|Islands?|Street|Road|Avenue|Park|Bay|Hill|Harbou?r|Valley|Point|"
                               r"Bridge|Square|Beach|Mountain|County|(?:talk|news|political|"
                               r"morning|public affairs)\s+shows?|Night\s+(?:Live|Football|Fever)|Morning\s+Football|"
                               r"Telegraph|Express|Mirror|Herald)\b")


#: "The poll released Friday shows ...": after a past participle, "shows" is the sentence's verb, not TV shows
_PARTICIPLE_BEFORE = re.compile(r"\b[a-z]{3,}(?:ed|en|wn)\s+(?:on\s+)?$")
_SHOWS_VERB = re.compile(r"\s+shows?\s+(?:that\s+|[a-z])")


def _weekday_compound(text: str, m: re.Match) -> bool:
    if not _WEEKDAY_COMPOUND.match(text, m.end()):
        return False
    s = m.start()
    return not (_SHOWS_VERB.match(text, m.end()) and _PARTICIPLE_BEFORE.search(text, max(0, s - 20), s))


def _skip_weekday(text: str, m: re.Match) -> bool:
    s = m.start()
    return bool(WEEKDAY_NAME_BEFORE.search(text, max(0, s - 12), s) or AFTER_DATE.search(text, max(0, s - 30), s)
                or _indefinite(text, m) or _weekday_compound(text, m))


def _indefinite(text: str, m: re.Match, s: int | None = None) -> bool:
    """Whether "every", "another", "a" ... before ``s`` (the match's start, or a holiday's name after its
    preposition: "plan another before Christmas" is a day) or a habit in its clause makes it no one date."""
    s = m.start() if s is None else s
    return bool(_INDEFINITE_BEFORE.search(text, max(0, s - 16), s)
                or (_ARTICLE_BEFORE.search(text, max(0, s - 14), s) and _HEAD_ENDS.match(text, m.end()))
                or bool(_ON_A_BEFORE.search(text, max(0, s - 8), s))
                or _habitual(text, m.start(), m.end()))


#: a comparison with the habit ("closed Monday for the holiday, as they are every year"): the one occasion stands
_AS_HABIT = re.compile(r",\s+(?:just\s+)?as\s+(?:[a-z]+\s+){1,3}$", re.IGNORECASE)


def _habitual(text: str, start: int, end: int) -> bool:
    """Whether a habit marker ("every year", "annually") shares the expression's clause, other than in a
    comparison after it (:data:`_AS_HABIT`)."""
    for h in _HABITUAL.finditer(text, max(0, start - 60), min(len(text), end + 40)):
        a, b = (h.end(), start) if h.end() <= start else (end, h.start())
        if a < b and b == h.start() and _AS_HABIT.search(text, a, b):
            continue
        if a <= b and one_clause(text, a, b) and "." not in text[a:b]:
            return True
    return False


_GENERIC_NOUN = re.compile(r"\b(?:an?|the|brighter|better|bright|of|(?:built|designed|engineered)\s+for)\s+$",
                           re.IGNORECASE)
#: "a grid built for tomorrow, not for 1975", "today, not the 1990s": set against a year or decade, an era
_ERA_CONTRAST = re.compile(r"\s*,?\s*(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:for\s+|of\s+)?(?:the\s+)?"
                           r"(?:1[0-9]{3}s?|20[0-9]{2}s?|['’]?[0-9]0s)\b")


_DEICTIC = r"(?:today|tomorrow|yesterday)(?![\w\-'’])"
#: two deictic days set against each other are the times, not days: "mortgages tomorrow to pay for today",
#: "sacrificing tomorrow for today", "live for today, not tomorrow": one of them after "for" (not "today
#: and tomorrow", "The vote is today, not tomorrow", "Rain today, snow tomorrow": days)
_ERA_PAIR = re.compile(r"(?<![\w\-])(?P<pre>for\s+)?(?P<a>" + _DEICTIC + r")(?P<mid>(?:\s+[a-z]+){0,3}?\s+for|\s*,?\s*"
                       r"(?:and\s+)?(?:not|rather\s+than|instead\s+of|than|over|versus)(?:\s+for)?)\s+(?P<b>"
                       + _DEICTIC + r")", re.IGNORECASE)


def _era_pair(text: str, m: re.Match) -> bool:
    """Whether the deictic day at m is one of two set against each other (see ``_ERA_PAIR``)."""
    for pair in _ERA_PAIR.finditer(text, max(0, m.start() - 40), min(len(text), m.end() + 40)):
        if (pair.group("a").lower() != pair.group("b").lower() and pair.start() <= m.start() < pair.end()
                and (pair.group("pre") or pair.group("mid").endswith("for"))):
            return True
    return False


_WEEKDAY_OF = re.compile(WEEKDAY_FULL_RE + r"\s+of\s+$")


def _skip_relative(text: str, m: re.Match) -> bool:
    """A capitalised "Today" or "This Morning" inside a sentence is a name ("Russia Today", "CBS This Morning")."""
    word = m.group(0)
    if _GENERIC_NOUN.search(text, max(0, m.start() - 24), m.start()) and re.match(r"(?:today|tomorrow)\b", word, re.I):
        return True  # "a brighter tomorrow", "the world of today": a noun, not a day
    if re.match(r"(?:today|tomorrow|yesterday)\b", word, re.I) and _ERA_CONTRAST.match(text, m.end()):
        return True
    if re.match(r"(?:today|tomorrow|yesterday)\b", word, re.I) and _era_pair(text, m):
        return True
    if word.lower() == "tomorrow" and re.match(r"\s+is\s+another\s+day\b", text[m.end():m.end() + 20]):
        return True  # the proverb, not a day
    if _WEEKDAY_OF.search(text, max(0, m.start() - 14), m.start()) and not re.match(r"['’]s\b", text[m.end():m.end() + 3]):
        return True  # "Wednesday of last week": the weekday's, one day (see date_patterns.WEEKDAY's "ofwk")
    if not word[:1].isupper() or m.start() == 0:
        return False
    before = text[max(0, m.start() - 3):m.start()]
    return bool(re.search(r"[A-Za-z,]\s+$", before)) and bool(re.match(r"(?:Today|Tonight|This\s+Morning|Yesterday)\b", word))


#: a capitalised word just before a bare month makes it part of a name ("Operation October"); not a
#: conjunction opening a sentence ("But January was cold")
_NAME_BEFORE = re.compile(r"\b(?!(?:But|And|So|Then|Or|Yet|Until|Through|Also|Even|Only|Since)\s)[A-Z][a-z]+\s+$")


#: a count before an event that is the time left to it ("leave the nominee with barely five months before ...")
_SET_FOR = re.compile(r"\b(?:set|sets|scheduled|schedules|slated|planned|booked|penciled|pencilled|moved|postponed|"
                      r"delayed|adjourned|rescheduled|pushed\s+back|put\s+off)\b[^.;!?]{0,50}\bfor\s+$", re.IGNORECASE)
_TIME_LEFT = re.compile(r"\b(?:with|leaving|giving|gave|have|has|had)\s+(?:(?:only|just|barely|about|nearly|almost|"
                        r"less\s+than|more\s+than)\s+)*$", re.IGNORECASE)


def _matches(ctx: Context) -> list[tuple[int, int, str, re.Match]]:
    text = ctx.text
    taken = SpanSet()
    found = []
    for family, rx, anchor, before, after in FAMILIES:
        for m in scan(rx, anchor, text, before, after):
            s, e = m.start(), m.end()
            if family == "weekday" and _skip_weekday(text, m):
                continue
            if family == "holiday" and (_indefinite(text, m, m.start("name")) or _simile(text, m)):
                continue
            if family == "relative" and _skip_relative(text, m):
                continue
            if (family == "month" and (m.group("m_bare") or m.group("m_subj") or m.group("m_obj"))
                    and _NAME_BEFORE.search(text, max(0, s - 30), s)):
                continue
            if family == "month" and m.group("m_for") and not _SET_FOR.search(text, max(0, s - 70), s):
                continue  # "for June" is a month only as the date a verb sets ("set a hearing for June")
            if family == "event" and m.group("cunit") and _TIME_LEFT.search(text, max(0, s - 40), s):
                continue  # "with barely five months before Election Day": the time left, the holiday the date
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
    for s, period in resolver.anchors:
        resolver.events.note(s, s, ctx.sentence_at(s), period)
    out: list[Expression] = []
    # in text order, so what counts from an event ("The next day" after "the 10th day of the strike") finds
    # it; an event that no date before it names waits to the end: the date that names it may come after it
    deferred = []
    for match in matches:
        m = match[3]
        day_of = match[2] == "event-day"
        if (day_of and not m.group("cpart") or match[2] == "event" and not m.group("hol")) and not \
                resolver.events.named_before(m.group("noun") or (m.group("nnoun") if day_of else None), match[0]):
            deferred.append(match)
        else:
            _resolve_one(ctx, resolver, match, out)
    for match in deferred:
        _resolve_one(ctx, resolver, match, out)
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _resolve_one(ctx: Context, resolver: _Resolver, match: tuple[int, int, str, re.Match], out: list[Expression]
                 ) -> None:
    """Resolve one match at its own size and note it as a date to count from."""
    s, e, family, m = match
    try:
        resolution = resolver.resolve(family, m)
    except (ValueError, OverflowError):  # a date outside the calendar (year 1 or 9999, or a lunar table's)
        resolution = None
    opening = ctx.sentence_at(s)[0]
    size = expression_size(family, m, is_baseline(ctx.text, s, opening), reports_figure(ctx.text, s, opening))
    resolution = settle(size, resolution)
    if resolution is None:
        return
    resolver.note_promise(s, resolution)
    resolver.add_anchor(s, resolution.period)
    resolver.ends[s] = e
    resolver.note_day(family, m, resolution.period)
    if family not in ("event", "event-day"):
        resolver.events.note(s, e, ctx.sentence_at(s), resolution.period)
    if family == "holiday":
        resolver.events.name(s, e, resolution.period, "holiday")
    out.append(Expression(s, e, family, resolution))


_CALENDAR_UNITS = ("day", "weekend", "week", "month", "quarter", "season", "year")


def settle(size: str, r: Resolution | None) -> Resolution | None:
    """The resolution at no finer a size than the expression names (:func:`date_patterns.expression_size`):
    the one place precision is decided, after every rule and before anything counts from the result,
    so a week-, month-, quarter- or year-sized expression, and all counted from it, never becomes a day.
    A rule's finer answer is widened to the named size ("A week later" after June 12 is that week); a
    span of days ("days", "range") is kept; a day for a span that is no calendar unit is dropped; a
    "comparable" period (a baseline's "a year earlier") keeps its size unless it is a day (then its year)."""
    if r is None:
        return None
    g = r.period.granularity
    if size == "comparable":  # a baseline's "a year earlier": the compared period's size, never a day
        size = "year" if g == "day" else g
    if g in ("days", "range") or size in (g, "day", "counted"):  # "counted": "by then", the size counted from
        return r
    if size not in _CALENDAR_UNITS:
        return None if g == "day" else r
    if _CALENDAR_UNITS.index(g) >= _CALENDAR_UNITS.index(size):
        return r
    return Resolution(P.of_size(size, r.period.first), f"{r.rule}; at the expression's own size, a {size}",
                      r.cue, r.approximate, r.tense)


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
        return [skipped_finding(KIND, "relative date(s)", exprs, " (give one with --published)")]
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
