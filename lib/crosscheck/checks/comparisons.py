"""Figures set against earlier ones: the periods a comparison names, and the dates that are its baseline.

Business and statistics copy dates a figure by a period named by its length and end ("earned $18.4
million in the three months that ended Sept. 30": the third quarter) and sets it against the same period
earlier ("down from $27.6 million a year earlier": the third quarter of the year before). A date in such
a baseline ("rose to 91 percent from 64 percent last year") dates the figure compared with, not the story's
events, so nothing counts from it ("... last year. A month earlier, ..." counts from the date before).
"""
from __future__ import annotations

import datetime as dt
import re

from . import periods as P
from .tense import crosses_clause

D = dt.timedelta

#: "the three months that ended Sept. 30", "the six months to June 30", "the quarter ending March 31",
#: "the fiscal year that ended June 30", "the 12 months through September", "the week ended Oct. 8"
_PERIOD_ENDING = re.compile(
    r"\b[Tt]he\s+(?:(?P<n>three|six|nine|twelve|3|6|9|12)\s+months|"
    r"(?P<q>(?:fiscal\s+)?(?:(?:first|second|third|fourth|final)[\s\-]+)?quarter)|"
    r"(?P<y>(?:fiscal\s+)?year)|(?P<w>week))(?:\s+|,\s+(?=which|that))(?:(?:that|which)\s+)?"
    r"(?:ended|ending|ends|through|thru|to)"
    r"\s+(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?")
_FISCAL_SLACK = 7  # days: a fiscal quarter that ends this soon after a calendar one is that quarter
_MONTHS = {"three": 3, "3": 3, "six": 6, "6": 6, "nine": 9, "9": 9, "twelve": 12, "12": 12}


def period_ending(text: str, start: int, end: P.Period) -> tuple[P.Period, int] | None:
    """The period that the day at ``start`` closes and where its words begin, if they name it by its
    length: a calendar quarter or year where it is one ("the three months that ended Sept. 30" is 2026-Q3,
    "the year ended Dec. 31" the year), else the span of days ("the six months to June 30", a fiscal quarter)."""
    if end.granularity not in ("day", "month"):  # "ended Sept. 30", "the three months through September"
        return None
    # the expression may hold the verb as its preposition ("the quarter | ending March 31")
    m = next((m for m in _PERIOD_ENDING.finditer(text, max(0, start - 60), start + 12) if m.start() < start <= m.end()),
             None)
    if m is None:
        return None
    last = end.last
    months = 3 if m.group("q") else 12 if m.group("y") else _MONTHS.get((m.group("n") or "").lower())
    if months is None:  # "the week ended Oct. 8": the seven days up to it
        return P.days(last - D(days=6), last), m.start()
    first = P.add_months(last + D(days=1), -months)
    if (last + D(days=1)).day == 1 and first.month % 3 == 1 and months == 3:
        return P.quarter_of(last), m.start()
    if months == 3 and m.group("q") and (last - D(days=_FISCAL_SLACK)).month % 3 == 0 and last.day <= _FISCAL_SLACK:
        # "the fourth quarter, which ended Jan. 3": a retailer's 13 weeks, the calendar quarter a few days before
        return P.quarter_of(last - D(days=last.day)), m.start()
    if (last.month, last.day) == (12, 31) and months == 12:
        return P.year(last.year), m.start()
    return P.days(first, last), m.start()


#: a change ("up", "fell", "to 91 percent") and then "from": what follows "from" is the baseline
_CHANGE = (r"(?:\b(?:up|down|higher|lower)|\bto\s+\S*[0-9]|\b(?:rose|risen|rising|rises|fell|fallen|falling|falls|"
           r"climb|jump|slipp?|slid|dropp?|declin|increas|decreas|gain|grew|grow|shr[aiu]nk|surg|plung|leap|soar|"
           r"tumbl|sank|sunk|sink|dipp?|edg|advanc|improv|widen|narrow|swell|swollen)\w*)")
#: a comparative before "than" ("higher than last year", "more riders than a year ago"); not a quantity or a
#: time ("more than a year ago", "no later than Friday", "rather than")
_COMPARATIVE = (r"(?:\b(?!(?:later|earlier|sooner|longer|other|rather|never|ever|over|under|after|either|neither|"
                r"whether|per|her|ether)\b)[a-z]+er|\b(?:more|less|fewer)\s+[a-z]+(?:\s+[a-z]+)?)")
_CHAR = r"(?:[^.;:!?]|\.(?=[0-9]))"  # within a sentence; "$27.6" is one figure
#: a multiple of the earlier figure: "more than double the figure of", "triple those of", "twice as many as"
_MULTIPLE = (r"\b(?:double|triple|quadruple|twice|half|(?:two|three|four|five|ten|[0-9]+)\s+times)\s+"
             r"(?:as\s+[a-z]+\s+as|(?:the\s+[a-z]+(?:\s+[a-z]+)?|those|that)\s+(?:of|in|for|from))\s+")
_BASELINE = re.compile(
    r"(?:" + _CHANGE + _CHAR + r"{0,90}?\bfrom\b|\bcompared\s+(?:with|to)\b|\bversus\b|\bvs\.|\bagainst\b)"
    + _CHAR + r"{0,60}$|" + _COMPARATIVE + r"\s+than\s+(?:in\s+|during\s+|at\s+|for\s+)?(?:(?:the\s+)?same\s+[a-z]+\s+)?$"
    r"|" + _MULTIPLE + r"$",
    re.IGNORECASE)


def is_baseline(text: str, start: int, sentence_start: int) -> bool:
    """Whether the date at ``start`` dates the figure a comparison sets another against ("down from $27.6
    million a year earlier", "to 91 percent from 64 percent last year", "compared with 1.2 million in
    2025", "higher than last year", "triple those of a year earlier"); not "letters from 200 people last year" (no change before "from"),
    nor "more than a year ago" (a quantity)."""
    return _BASELINE.search(text, max(sentence_start, start - 160), start) is not None


#: a reported figure: "$11 million", "2 percent", "4.1%", "1.2 million"
_FIGURE = re.compile(r"(?:[$€£]\s?[0-9]|(?<![\w.])[0-9][0-9,.]*\s*(?:%|percent\b|per\s+cent\b|points?\b|"
                     r"(?:thousand|million|billion|trillion)\b))", re.IGNORECASE)


_CLAUSE_REACH = 300  # characters: how far back a figure may stand in the clause it dates (linear on huge text)


def reports_figure(text: str, start: int, sentence_start: int) -> bool:
    """Whether the clause before ``start`` reports a figure ("Revenue rose 2 percent a year earlier"): whole
    years from a quarter or month then date the figure of that quarter or month. A figure in another clause
    of the sentence is not the one dated ("it held at 9 percent, although the bureau had forecast a year prior
    that it would fall": the forecast)."""
    figures = list(_FIGURE.finditer(text, max(sentence_start, start - _CLAUSE_REACH), start))
    return bool(figures) and not crosses_clause(text, figures[-1].end(), start)


def year_ago(ref: P.Period, years: int) -> P.Period:
    """The period ``years`` years before (negative) or after ``ref``, at ``ref``'s own size where that is a
    calendar period coarser than a day (2026-Q3 -> 2025-Q3, 2026-10 -> 2025-10) or a span of days (the same
    days), else the year (a day compared a year back is never a day)."""
    if ref.granularity in ("days", "range"):  # "the 12 months through June": the same days, a year apart
        return P.days(P.add_months(ref.first, 12 * years), P.add_months(ref.last, 12 * years))
    size = ref.granularity if ref.granularity in ("week", "month", "quarter", "season", "year") else "year"
    middle = ref.first + (ref.last - ref.first) / 2
    return P.of_size(size, P.add_months(middle, 12 * years))
