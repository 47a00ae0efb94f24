"""Resolution rules for the ``RELATIVE`` family: "yesterday", "three days ago", "last week", "the weekend",
"year-end", "a year earlier", "the day before", "in the coming days" and their kin.

Each rule returns a :class:`~crosscheck.checks.relative_date.Resolution` at the expression's own size:
"two months ago" is a month, "six weeks ago" an ISO week, "four years ago" a year; only day-sized
expressions ("yesterday", "three days ago", "the day before") are days.
"""
from __future__ import annotations

import datetime as dt
import re

from . import periods as P
from ._base import WEEKDAY_FULL_RE
from .comparisons import is_baseline
from .date_patterns import year_ago_unit
from .holidays import holiday_sized, long_weekend
from .numbers import number_value
from .resolution import Resolution, direction
from .tense import in_quotation

D = dt.timedelta
_VAGUE_DAYS = {"days": 7, "weeks": 28, "months": 90}
_OR_SO = re.compile(r"\s+or\s+(?:so|two|three|more|less|longer)\b", re.IGNORECASE)


def _unit(word: str) -> str:
    return word.lower().rstrip("s")


#: "today's dollars", "tomorrow's leaders", "yesterday's politics": the times, not a day
_GENERIC_POSSESSED = re.compile(
    r"['’]s\s+(?:[A-Z][a-z]+\s+)?(?:world|society|economy|generations?|youth|young|leaders|politics|political|"
    r"standards|children|kids|students|workers|workforce|technology|culture|climate|media|dollars|money|prices|"
    r"terms|environment|party|parties|America|Americans|GOP|Republican|Democratic|Democrats|Republicans|"
    r"electorate|voters|military|army|wars?|threats?|problems|challenges|jobs|news|music|fashion|men|women|heroes|"
    r"ideas|answers|solutions)\b")


#: "USA TODAY", "USA Today": the newspaper's name, not a day
_NEWSPAPER_BEFORE = re.compile(r"\bUSA\s+$")
#: "which, even today, inflame ...", "is still today the rule": nowadays, not the publication day
_NOWADAYS_BEFORE = re.compile(r"\b(?:even|still)\s+$", re.IGNORECASE)
#: a verb of having or knowing whose object the clause has moved before it ("the district we actually have today",
#: "the jobs they know today"): a state of nowadays
_STATE_BEFORE = re.compile(r"\b(?:have|has|know|knows|see|sees|face|faces|need|needs)\s+$", re.IGNORECASE)


_CLOSES = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")
_FROM_SPOKEN = {-2: "two days before ", -1: "the day before ", 0: "", 1: "the day after ", 2: "two days after "}


#: "Today is the tenth day of the strike", "Today marks a year since ...": the day itself is the subject
_COPULA_AFTER = re.compile(r"\s+(?:is|was|marks|marked)\b")
_OPENING = re.compile(r"(?:^|[.!?\n“\"]\s*|\b(?:[Bb]ut|[Aa]nd|[Ss]o)\s+)$")


#: "does not slow down after today": a bound set at the day, never nowadays
_BOUND_AT_DAY = re.compile(r"\b(?:after|before|beyond)\s+$", re.IGNORECASE)


#: a time of day before "today" ("plays the champion at 2pm today", "at noon today"): the day
_CLOCK_BEFORE = re.compile(r"(?:(?<![\w:.])[0-9]{1,2}(?:[:.][0-9]{2})?\s?(?:[ap]\.?m\.?|[AP]M)|\bnoon|\bmidnight)\s+$",
                           re.IGNORECASE)


def _day_as_subject(ctx, m: re.Match) -> bool:
    """Whether "today" opens its clause as the subject of "is" or "marks", is a bound ("after today") or follows a
    time of day ("at 2pm today"): the day, never nowadays (not "The world today is ...", "Today, it is owned by
    ...")."""
    s = m.start()
    if _BOUND_AT_DAY.search(ctx.text, max(0, s - 8), s) or _CLOCK_BEFORE.search(ctx.text, max(0, s - 14), s):
        return True
    return bool(_COPULA_AFTER.match(ctx.text, m.end()) and _OPENING.search(ctx.text, max(0, s - 6), s))


#: a "yesterday" a later "Today" may be set against
_YESTERDAY = re.compile(r"(?<![\w\-])(?:yesterday|last\s+night)(?![\w\-'’])", re.IGNORECASE)
_AGAINST_REACH = 200  # characters back: the sentence before, in a quotation


def _set_against_yesterday(r, m: re.Match) -> bool:
    """Whether "today" opens its clause after a "yesterday" the text resolved to a day just before it
    ("Yesterday I would have told you we had nothing. Today we have ships"): that day, not nowadays."""
    s = m.start()
    if not _OPENING.search(r.ctx.text, max(0, s - 6), s):
        return False
    return any(y.start() in r.ends for y in _YESTERDAY.finditer(r.ctx.text, max(0, s - _AGAINST_REACH), s))


#: a telling a quotation dates to a weekday, and the words it reports up to the deictic day ("He told us Wednesday
#: he wanted pie tomorrow")
_TOLD_ON = re.compile(r"\b(?:told|asked|promised|wrote|texted|said)(?:\s+(?:us|me|him|her|them|you))?\s+(?:on\s+)?"
                      r"(?P<wd>" + WEEKDAY_FULL_RE + r")\s+(?:that\s+)?[^.;:!?,\"“”]{1,80}$", re.IGNORECASE)
_TOLD_REACH = 120  # characters back to the telling


def _told_on(r, m: re.Match) -> tuple[dt.date, str] | None:
    """The day a quotation's speaker says a deictic day was told on ("He told us Wednesday he wanted pie
    tomorrow": the day after that Wednesday, not after the day the speaker speaks), where the text dated it."""
    text, s = r.ctx.text, m.start()
    sentence = r.ctx.sentence_at(s)
    told = _TOLD_ON.search(text, max(sentence[0], s - _TOLD_REACH), s)
    if told is None or not in_quotation(text, sentence, s, m.end()):
        return None
    period = r.dated_at(told.start("wd"))
    if period is None or period.granularity != "day":
        return None
    return period.first, f'the day it was told ("{" ".join(told.group(0).split()[:3])}", {period.first.isoformat()})'


def _deictic_day(r, m: re.Match):
    pub = r.pub
    if m.group("today") and (_NEWSPAPER_BEFORE.search(r.ctx.text, max(0, m.start() - 5), m.start())
                             or _NOWADAYS_BEFORE.search(r.ctx.text, max(0, m.start() - 12), m.start())
                             or (_STATE_BEFORE.search(r.ctx.text, max(0, m.start() - 8), m.start())
                                 and _CLOSES.match(r.ctx.text, m.end()))):
        return _NOT_A_DATE
    if (m.group("today") or m.group("tomorrow") or m.group("yesterday")) and _GENERIC_POSSESSED.match(
            r.ctx.text, m.end()):
        return _NOT_A_DATE
    if (m.group("today") and m.group("today").lower() == "today" and not _day_as_subject(r.ctx, m)
            and not _set_against_yesterday(r, m)):
        way = _way(r, m)
        if way.tense is None or (way.tense == "present" and not way.cue.endswith('ing"')):
            return _NOT_A_DATE  # "Today, it is owned by ...", "calls today still roll over": nowadays
    # a quotation's "tonight" is the speaker's: counted from when it was said, or when what it reports was told
    spoken = _told_on(r, m) or r.spoken_on(m.start())
    for group, offset, rule in (("dby", -2, "publication date - 2 days"), ("dat", 2, "publication date + 2 days"),
                                ("yesterday", -1, "publication date - 1 day"),
                                ("lastnight", -1, "the night before publication"),
                                ("today", 0, "the publication date"), ("tomorrow", 1, "publication date + 1 day")):
        if m.group(group):
            cue = " ".join(m.group(group).lower().split())
            if spoken is not None:
                return Resolution(P.day(spoken[0] + D(days=offset)), _FROM_SPOKEN[offset] + spoken[1], cue)
            return Resolution(P.day(pub + D(days=offset)), rule, cue)
    return None


def _counted(r, m: re.Match):
    """"N units ago", "N units from now", "in N units": the period at the unit's size."""
    pub = r.pub
    for group, n_group, u_group, sign, rule in (("ago", "n", "u", -1, "{n} {u} before publication"),
                                                ("from_now", "n2", "u2", 1, "{n} {u} after publication"),
                                                ("away", "n19", "u19", 1, "{n} {u} after publication"),
                                                ("in_n", "n5", "u5", 1, "{n} {u} after publication")):
        if m.group(group) and group == "in_n" and not (_ahead(_way(r, m)) or _approached(r.ctx.text, m.start())):
            return _NOT_A_DATE  # "its second time in three years", "no race in 24 years": a duration
        if m.group(group) and group == "away" and _way(r, m).way == "past":
            return _NOT_A_DATE  # "the vote was two weeks away": from the story's time then, not publication
        if m.group(group) and _OR_SO.match(r.ctx.text, m.end()):
            return _NOT_A_DATE  # "in a day or two", "three weeks ago or so": no one day or week
        if m.group(group):
            n, unit = number_value(m.group(n_group)), _unit(m.group(u_group))
            if unit == "fortnight":
                n, unit = 2 * n, "week"
            period = P.shifted(pub, sign * n, unit)
            cue = {"ago": "ago", "from_now": "from now", "away": "away"}.get(group, "in")
            return Resolution(period, rule.format(n=n, u=unit + ("s" if n != 1 else "")) + f", at the size of a {unit}",
                               cue)
    return None


#: a present that schedules ("The season ends in two weeks", "Voting opens in three days")
_SCHEDULING = re.compile(r"(?:begins?|starts?|ends?|opens?|closes?|expires?|resumes?|returns?|arrives?|"
                         r"leaves?|departs?|kicks?\s+off|takes?\s+effect|goes?\s+into\s+effect)$", re.IGNORECASE)


def _ahead(way) -> bool:
    """Whether the clause's verb puts "in N units" ahead: a future, a conditional, a scheduling present."""
    if way.tense in ("future", "conditional"):
        return True
    return way.tense == "present" and bool(_SCHEDULING.search(way.cue.split('"')[1] if '"' in way.cue else ""))


#: an event approached: "Going into the final hearing in six days", "ahead of the vote in two weeks" (not "the
#: first flood in 10 years", "her first concert before a home crowd in 10 years": durations)
_APPROACHING = re.compile(r"\b(?:heading\s+(?:in)?to|going\s+into|ahead\s+of|in\s+advance\s+of|leading\s+up\s+to|"
                          r"in\s+the\s+run-up\s+to|preparing\s+for|counting\s+down\s+to)\s+(?:the\s+|a\s+|an\s+)?"
                          r"(?:[a-z\-]+\s+){0,3}$", re.IGNORECASE)


def _approached(text: str, start: int) -> bool:
    """Whether "in N units" dates an event the clause heads toward, which lies that far ahead."""
    return bool(_APPROACHING.search(text, max(0, start - 60), start))


def _spans(r, m: re.Match):
    """Spans of days counted from publication: "within 10 days", "over the past three weeks", "in recent days"."""
    pub = r.pub
    if m.group("within") or m.group("next_n"):
        n = number_value(m.group("n3") or m.group("n4"))
        unit = _unit(m.group("u3") or m.group("u4"))
        last = pub + D(days=n) if unit == "day" else _end_after(pub, n, unit)
        return Resolution(P.days(pub, last), f"from publication to {n} {unit}(s) after it", "within")
    if m.group("past_n") or m.group("past1"):
        n = number_value(m.group("n6")) if m.group("past_n") else 1
        unit = _unit(m.group("u6") or m.group("u7"))
        first = pub - D(days=n) if unit == "day" else _end_after(pub, -n, unit)
        return Resolution(P.days(first, pub), f"the {n} {unit}(s) up to publication", "the past")
    if m.group("coming"):
        days = _VAGUE_DAYS[(m.group("u8") or m.group("u8b")).lower()]
        return Resolution(P.days(pub + D(days=1), pub + D(days=days)),
                           f"the {days} days after publication (approximate)", "coming", approximate=True)
    if m.group("recent"):
        days = _VAGUE_DAYS[m.group("u9").lower()]
        return Resolution(P.days(pub - D(days=days), pub - D(days=1)),
                           f"the {days} days before publication (approximate)", "recent", approximate=True)
    return None


def _end_after(pub: dt.date, n: int, unit: str) -> dt.date:
    if unit == "week":
        return pub + D(weeks=n)
    return P.add_months(pub, n * (12 if unit == "year" else 1))


#: an outlook for a period looks at the one under way ("raised its outlook for the full year")
_OUTLOOK_BEFORE = re.compile(r"\b(?:forecasts?|outlooks?|guidance|targets?|projections?|estimates?|expectations?|"
                             r"views?|goals?)\s+(?:\w+\s+){0,3}(?:for|over|in)\s+$", re.IGNORECASE)


def _calendar_units(r, m: re.Match):
    """"last week", "this month", "next year", "earlier this week", "the end of the month", "year-end"."""
    pub = r.pub
    if m.group("period"):
        mod = " ".join(m.group("mod").lower().split())
        unit = m.group("u14").lower()
        step = {"last": -1, "past": -1, "previous": -1, "this past": -1, "this": 0, "next": 1, "coming": 1,
                "following": 1, "the full": 0}[mod]  # "cut its forecast for the full year": this one
        if (mod == "the full" and _way(r, m).way == "past"  # "For the full year, it earned $604 million"
                and not _OUTLOOK_BEFORE.search(r.ctx.text, max(0, m.start() - 40), m.start())):
            return Resolution(P.shifted(pub, -1, unit), f"the full {unit} told in the past: the last whole one",
                              mod)
        spoken = r.spoken_on(m.start()) if step else None  # a quotation's "next week" is the speaker's
        if spoken is not None:
            return Resolution(P.shifted(spoken[0], step, unit), f"{mod} calendar {unit} from {spoken[1]}", mod)
        return Resolution(P.shifted(pub, step, unit), f"{mod} calendar {unit} (ISO weeks run Monday-Sunday)", mod)
    if m.group("newyear"):  # the year about to begin from October on, else (or in a past clause) the one begun
        way = _way(r, m)
        if pub.month >= 10 and way.way != "past":
            return Resolution(P.year(pub.year + 1), "the new year: the one about to begin", way.cue or "the new year",
                              tense=way.tense)
        return Resolution(P.year(pub.year), "the new year: the one begun this January", way.cue or "the new year",
                          tense=way.tense)
    if m.group("whole") or m.group("midweek") or m.group("todate"):  # "all month", "midweek", "year-to-date"
        unit = (m.group("u20") or m.group("u21") or m.group("u22")).lower()
        return Resolution(P.shifted(pub, 0, unit), f"this calendar {unit} (ISO weeks run Monday-Sunday)",
                          " ".join(m.group(0).lower().split()))
    if m.group("twice"):
        unit, phrase = m.group("u15").lower(), " ".join(m.group("tdir").lower().split())
        step = -2 if phrase == "before last" else 2
        if unit == "weekend":
            nearest = P.weekend(pub - D(weeks=1)) if step < 0 else (
                P.weekend(pub + D(weeks=1)) if pub.weekday() >= 5 else P.weekend(pub))
            period = P.weekend(nearest.first + D(weeks=step // 2))
        else:
            period = P.shifted(pub, step, unit)
        return Resolution(period, f"the {unit} {phrase}: two calendar {unit}s from publication's", phrase)
    if m.group("part"):
        direction, unit = m.group("dir").lower(), m.group("u10").lower()
        return Resolution(P.shifted(pub, 0, unit), f"this {unit} ({direction} than publication)", direction)
    if m.group("end"):
        if m.group("u11"):
            mod, unit = m.group("emod").lower(), m.group("u11").lower()
            step = {"the": 0, "this": 0, "next": 1, "last": -1}[mod]
        elif m.group("uend") or m.group("uend3"):  # "by week's end", "at month's end", "month-end rebalancing"
            unit, step = (m.group("uend") or m.group("uend3")).lower(), 0
        else:
            unit, step = "year", 0
            way = _way(r, m)
            if way.way == "past" and pub.month <= 3:
                step = -1
        edge = (m.group("edge") or "end").lower()
        return Resolution(P.shifted(pub, step, unit), f"the {edge} of the {unit}: the {unit} itself", m.group("end"))
    return None


def _way(r, m: re.Match):
    return direction(r.ctx, m.start(), m.end())


_AFTER_BEFORE = re.compile(r"(?<![\w\-])(?:[Aa]fter|[Ss]ince)\s+$")
_NOW_PRESENT = re.compile(r'(?:ing|\bis|\bare)"$')  # a present progressive or a bare "is": what is so now


_HOLIDAY_WEEKEND_REACH = 10  # days from publication: "the holiday weekend" is the one just past or coming


def _weekend(r, m: re.Match):
    if m.group("holwk"):  # "after the holiday weekend": the weekend of the named holiday around publication
        near = [h for h in r.holidays_named if abs((h.first - r.pub).days) <= _HOLIDAY_WEEKEND_REACH]
        if not near:
            return _NOT_A_DATE
        holiday = min(near, key=lambda h: abs((h.first - r.pub).days))
        return Resolution(holiday_sized(holiday, "weekend"), f"the weekend of the holiday the text named nearest "
                          f"publication ({holiday.value})", "holiday weekend")
    found = _plain_weekend(r, m)
    if found is None or not m.group("wlong"):
        return found
    # "the long weekend": the weekend and the holiday on the Friday before or the Monday after it
    first, last = long_weekend(found.period)
    if (first, last) == (found.period.first, found.period.last):
        return found
    return Resolution(P.day_range(first, last), f"{found.rule}, with the holiday that makes it long", found.cue,
                      tense=found.tense)


_THIS_WEEKEND = re.compile(r"(?<![\w\-])this\s+weekend(?![\w\-])", re.IGNORECASE)


def _this_weekend_before(ctx, pos: int) -> bool:
    """Whether the text says "this weekend" before ``pos`` (found once per text: linear), so that a "next weekend" after
    it, set against it, is the one after ("returns this weekend ... Next weekend the food festival")."""
    if "this-weekend" not in ctx.cache:
        first = _THIS_WEEKEND.search(ctx.text)
        ctx.cache["this-weekend"] = first.start() if first else None
    first = ctx.cache["this-weekend"]
    return first is not None and first < pos


def _plain_weekend(r, m: re.Match):
    if not m.group("weekend"):
        return None
    pub = r.pub
    mod = " ".join((m.group("wmod") or "").lower().split())
    this = P.weekend(pub)
    if mod in ("last", "past", "this past"):
        period = this if pub.weekday() >= 5 and mod == "this past" else P.weekend(pub - D(weeks=1))
        return Resolution(period, "the weekend before publication", mod)
    if mod in ("next", "coming", "this coming"):
        if mod == "next" and pub.weekday() < 5 and _this_weekend_before(r.ctx, m.start()):
            return Resolution(P.weekend(pub + D(weeks=1)), "the weekend after this one (the text named this weekend "
                              "before it)", mod)
        return Resolution(P.weekend(pub + D(weeks=1)) if pub.weekday() >= 5 else this,
                           "the next weekend", mod)
    if mod == "this" and pub.weekday() < 5:
        way = _way(r, m)
        if way.tense in ("past", "report"):  # "told them this weekend" in a Monday story: the one just past
            return Resolution(P.weekend(pub - D(weeks=1)), "the weekend just past (past tense)", way.cue,
                              tense=way.tense)
        if (way.tense == "present" and _NOW_PRESENT.search(way.cue)  # not a schedule: "reopens after this weekend"
                and _AFTER_BEFORE.search(r.ctx.text, max(0, m.start() - 8), m.start())):
            # "After this weekend, every treasurer is asking ...": what is so now came after it
            return Resolution(P.weekend(pub - D(weeks=1)), "the weekend just past (the present after it)", way.cue,
                              tense=way.tense)
    if mod == "this" or pub.weekday() >= 5:
        return Resolution(this, "the weekend of the publication week", mod)
    way = _way(r, m)
    if way.way == "future":
        return Resolution(this, "the coming weekend (future or present tense)", way.cue, tense=way.tense)
    rule = "the weekend before publication" + (" (past tense)" if way.way else " (no verb decides)")
    return Resolution(P.weekend(pub - D(weeks=1)), rule, way.cue, tense=way.tense)


def _compared(r, m: re.Match):
    """"down from $27.6 million a year earlier", "up from 4.5 percent a year ago": whole years in a
    comparison's baseline are the same period as the figure compared (see ``_Resolver.compared``)."""
    if m.group("yago"):  # "the same quarter a year earlier", "the year-ago period"
        unit = (m.group("u18") or m.group("u18b")).lower()
        return r.compared(m.start(), -1, " ".join(m.group(0).lower().split()), "year-ago", sentence_only=False,
                          size=None if unit == "period" else unit)
    if not (year_ago_unit(m) and is_baseline(r.ctx.text, m.start(), r.ctx.sentence_at(m.start())[0])):
        return None
    n = number_value(m.group("n12") or m.group("n"))
    later = bool(m.group("anch")) and m.group("adir").lower() in ("later", "after")
    found = r.compared(m.start(), n if later else -n, " ".join(m.group(0).lower().split()),
                       (m.group("adir") or "ago").lower(), sentence_only=not m.group("anch"))
    if found is not None and not m.group("anch") and found.period.granularity == "year":
        return None  # "last year, up from 168 two years ago": whole years "ago" count from publication
    return found


def _forward(m: re.Match) -> bool:
    """Whether an anchored expression counts forward ("two days later", "the next day", "the following week")."""
    if m.group("anch"):
        return m.group("adir").lower() in ("later", "after")
    if m.group("adjday"):
        return m.group("adjdir").lower().startswith(("day after", "next", "following"))
    if m.group("adjperiod"):
        return (m.group("pdir") or m.group("pdir2")).lower() in ("following", "next", "after")
    return False


def _anchored(r, m: re.Match):
    """Counted from the nearest date before: "a year earlier", "the day before", "earlier in the day".

    Every rule here counts through ``r.count`` (:func:`~crosscheck.checks.periods.counted_from`): from a
    date known only to its month or year the answer is that month or year, never a day.
    """
    restated = r.restated_after(m.end())
    if restated is not None:
        return restated  # "an argument a week before, on Oct. 5": the date the text gives, at the expression's size
    if _forward(m) and r.unanchored_past(m.start(), m.end()):
        return _NOT_A_DATE  # '"The next day, we left."' with no date before it: no day to count from
    if m.group("anch"):
        unit = _unit(m.group("u12"))
        sign = -1 if m.group("adir").lower() in ("earlier", "before", "prior") else 1
        if m.group("n12") is None:  # "a few days later": a vague span from the date before
            found = r.count(m.start(), lambda d: P.days(*sorted((d, d + D(days=sign * 21)))),
                            "a few units from the date before (approximate)", "a few")
            return Resolution(found.period, found.rule, found.cue, approximate=True)
        n = number_value(m.group("n12"))
        if unit == "year":
            return r.count_years(m.start(), sign * n, f"{n} year(s) {m.group('adir').lower()}",
                                 m.group("anch").lower(), sign)
        return r.count(m.start(), lambda d: P.shifted(d, sign * n, unit),
                       f"{n} {unit}(s) {m.group('adir').lower()}, at the size of a {unit}", m.group("anch").lower(),
                       sign)
    if m.group("adjday"):
        phrase = " ".join(m.group("adjdir").lower().split())
        offset = -1 if phrase.startswith(("previous", "prior")) or phrase.endswith("before") else (
            0 if phrase == "same day" else 1)
        return r.count(m.start(), lambda d: P.day(d + D(days=offset)), f"the {phrase}", phrase, offset)
    if m.group("inday"):
        return r.count(m.start(), P.day, "the same day", m.group("inday").lower())
    if m.group("inper"):
        unit = m.group("u16").lower()
        return r.count(m.start(), lambda d: P.shifted(d, 0, unit), f"the same {unit}", m.group("inper").lower())
    if m.group("that") or m.group("same"):  # "that weekend", "that same weekend": the ISO week's of the date before
        part = (m.group("thatpart") or m.group("u17")).lower()
        unit = part if part in ("weekend", "week", "month", "year") else "day"
        step = P.weekend if unit == "weekend" else (lambda d: P.shifted(d, 0, unit))
        what = "that same" if m.group("same") else "that"
        return r.count(m.start(), step, f"{what} {part}: the {unit} of the date before",
                       "that same" if m.group("same") else m.group("that").lower())
    if m.group("then"):  # "by then": the date before, at its size; with none before, no date
        if not r.has_anchor(m.start()):
            return _NOT_A_DATE
        return r.count(m.start(), P.day, "then: the date before", "then")
    if m.group("adjperiod"):
        unit = (m.group("u13") or m.group("u13b")).lower()
        direction = (m.group("pdir") or m.group("pdir2")).lower()
        step = -1 if direction in ("previous", "prior", "before") else 1
        return r.count(m.start(), lambda d: P.shifted(d, step, unit), f"the {direction} {unit}", direction, step)
    return None


_NOT_A_DATE = object()
_RULES = (_deictic_day, _compared, _counted, _spans, _calendar_units, _weekend, _anchored)


def resolve_relative(resolver, m: re.Match):
    for rule in _RULES:
        found = rule(resolver, m)
        if found is _NOT_A_DATE:
            return None
        if found is not None:
            return found
    raise ValueError(f"no rule for {m.group(0)!r}")
