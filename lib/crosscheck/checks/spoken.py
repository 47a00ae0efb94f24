"""The day a quotation was said: what "today", "tonight", "last night" inside it count from.

A deictic day in a quotation is the speaker's, not the reporter's: in a story of Wednesday, 'The
coach went on local radio on Tuesday, saying, "We played badly last night"' means Monday.
The narration dates the speaking by the day its attribution names ('"We lost today," the mayor said
Monday'), else by the nearest date the narration names before the quotation, when that is a day and
its sentence tells of speaking ("spoke at a town hall on Tuesday evening ... 'We heard you tonight,'
she said"; not "The plant closed on Monday. 'Tonight we grieve,' the foreman said": the day of the
news is not the day of its telling). Only a day in the week before publication counts: a day after
it is no time of speaking, and one further back is more likely the news the quotation reacts to than
the day it was said; then publication stays the speaker's day.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable

from . import periods as P
from ._base import Context
from .tense import PAST_PERFECT, governing_tense

#: how far back a narrated day may date a quotation (a news week)
SPEAKING_DAYS = 7
_LOOKED_BACK = 40  # dates at most, looking back for the narration's day
#: the attribution after a quotation: up to the end of its sentence, its line or the next quotation
_ATTRIBUTION_END = re.compile(r"[.!?\n“\"]")
_ATTRIBUTION_REACH = 120


def attribution(text: str, quote_end: int) -> tuple[int, int]:
    """The span after a quotation where its attribution stands ('..., the mayor said Monday.'); none after one
    that closes its sentence ('... "not next month." The first talks took place Tuesday.')."""
    if text[max(0, quote_end - 2):quote_end - 1] == ".":
        return quote_end, quote_end
    end = _ATTRIBUTION_END.search(text, quote_end, min(len(text), quote_end + _ATTRIBUTION_REACH))
    return quote_end, end.start() if end else min(len(text), quote_end + _ATTRIBUTION_REACH)


def _attribution_before(ctx: Context, quote: tuple[int, int]) -> tuple[int, int] | None:
    """The attribution between the quotation before and this one, in one paragraph, that this one continues
    ('"We looked nervous," Ochoa said after the game. "Today we looked like us."')."""
    i = bisect.bisect_left(ctx.quotes, quote)
    if i <= 0:
        return None
    gap = (ctx.quotes[i - 1][1], quote[0])
    text = ctx.text[gap[0]:gap[1]]
    return gap if 0 < len(text) <= _ATTRIBUTION_REACH and "\n" not in text else None

#: words that make a sentence's day the day of an occasion of speaking ("went on local radio on Tuesday,
#: saying", "told reporters on Thursday", "during Monday's debate")
_SPEAKING = re.compile(r"\b(?:said|says|told|tells|saying|telling|asked|answered|replied|added|appeared|spoke|"
                       r"speaking|interview(?:s|ed)?|speech|remarks|statement|(?:news|press)\s+conference|briefing|"
                       r"broadcast|debate|tweet(?:s|ed)?|testified|testimony|hearing)\b", re.IGNORECASE)


#: a verb of saying before the verb that governs a date: the date is of what was said ("Neighbors said a man was
#: seen there on Sunday"), not of the saying
_SAYING = re.compile(r"\b(?:said|says|told|tells)\b", re.IGNORECASE)
_SAYING_REACH = 300  # characters back from the verb (linear on a text without stops)


def _before_the_telling(ctx: Context, at: int) -> bool:
    """Whether a past perfect governs the date at ``at`` ("said the committee had received the warnings on
    Thursday"), or a verb inside what a verb of saying reports ("said a man was seen there on Sunday"): an
    event the narration tells of, so not the day of speaking."""
    sentence = ctx.sentence_at(at)
    found = governing_tense(ctx.text, sentence, at, at + 1)
    if found is None:
        return False
    if _SAYING.search(ctx.text, max(sentence[0], found.start - _SAYING_REACH), found.start) and not _SAYING.match(
            found.cue):
        return True
    return found.tense == "past" and bool(PAST_PERFECT.match(found.cue))


def narrated_day_before(ctx: Context, anchors: list[tuple[int, P.Period]], pos: int) -> tuple[int, P.Period] | None:
    """The nearest date before ``pos`` that the narration (not a quotation) names, if it is a day and its
    sentence tells of speaking: only then is it the day a quotation after it was said (after "a paper wrote about
    her twenty years ago", a quotation of that paper is not dated by "said on Monday" before it)."""
    last = bisect.bisect_left(anchors, (pos,)) - 1
    for i in range(last, max(-1, last - _LOOKED_BACK), -1):
        at, period = anchors[i]
        if ctx.in_quote(at) is None:
            if not _SPEAKING.search(ctx.text, *ctx.sentence_at(at)):
                return None
            said = _said_on(ctx, anchors, i)
            if said is not None:
                return said
            return (at, period) if period.granularity == "day" and not _before_the_telling(ctx, at) else None
    return None


#: a date right after the verb of speaking ("Morrow said Friday that samples collected Thursday ...")
_SAID_ON = re.compile(r"\b(?:said|says|told\s+\w+|spoke|testified|announced)\s+(?:on\s+)?$", re.IGNORECASE)


def _said_on(ctx: Context, anchors: list[tuple[int, P.Period]], last: int) -> tuple[int, P.Period] | None:
    """The day of the sentence of anchors[last] that its verb of speaking governs, if it names one: the day
    of the telling, before the days of what is told."""
    sentence = ctx.sentence_at(anchors[last][0])
    for at, period in reversed(anchors[max(0, last - _LOOKED_BACK):last + 1]):
        if at < sentence[0]:
            break
        if period.granularity == "day" and _SAID_ON.search(ctx.text, max(sentence[0], at - 24), at):
            return at, period
    return None


_DATED = re.compile(r"\bdated\s+(?:on\s+)?$", re.IGNORECASE)
_SAID_THEN = re.compile(r"\b(?:said|says|told\s+\w+|added|wrote)\s+then\b", re.IGNORECASE)


def spoken_on(ctx: Context, anchors: list[tuple[int, P.Period]], pos: int,
              attributed: Callable[[int, int], tuple[int, P.Period] | None]) -> tuple[dt.date, int] | None:
    """The day the quotation holding ``pos`` was said and where the narration names it, when that is a
    day of the week before publication (see the module's docstring); None when publication's day stands.
    ``attributed(a, b)`` gives the day-sized date the narration names in text[a:b], if any."""
    quote = ctx.in_quote(pos)
    if quote is None or ctx.published is None:
        return None
    before = _attribution_before(ctx, quote)
    after = attribution(ctx.text, quote[1])
    found = (attributed(*after) or (before and attributed(*before)) or narrated_day_before(ctx, anchors, quote[0]))
    if found is None:
        return None
    at, period = found
    day = period.first
    # '"We'd know by Friday," she said then': the attribution itself says it was said on the day told before; "a
    # memo dated Nov. 12 ... said engineers hoped to ship 'next month'": a writing's own date is its day
    dated = _SAID_THEN.search(ctx.text, *after) or _DATED.search(ctx.text, max(0, at - 12), at)
    reach = None if dated else dt.timedelta(days=SPEAKING_DAYS)
    if not (reach is None or ctx.published - reach <= day) or day >= ctx.published:
        return None
    return day, at
