"""What a relative date resolves to and why: the period, the rule, and the cue that decided it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import periods as P
from ._base import Context
from .tense import governing_tense, in_quotation, said_now


#: modals that look ahead ("would", "can", "must win at Ostrava on March 6", "should arrive Friday"), not
#: back ("must have left", "should have known")
_LOOKS_AHEAD = re.compile(r"(?:would|can|must|should|['’]d)(?!\S*\s+(?:not\s+)?have\b)", re.IGNORECASE)

#: "would have" before an object, not a participle, is "would" and the verb "have" ("would have Thursday off",
#: "would have a hearing")
_OBJECT_WORD = r"(?:the|a|an|no|some|more|time|two|three)"
_WOULD_HAVE = re.compile(r"(?:would|['’]d)\s+have(?P<object>\s+" + _OBJECT_WORD + r")?", re.IGNORECASE)
_HAVE_AS_VERB = re.compile(r"\s*(?:(?-i:[A-Z][a-z])|" + _OBJECT_WORD + r"\b)", re.IGNORECASE)


def _would_have_object(text: str, end: int, cue: str) -> bool:
    """Whether the verb group ``cue`` (ending at ``end``) is "would have" with an object after it."""
    found = _WOULD_HAVE.fullmatch(cue)
    return bool(found and (found.group("object") or _HAVE_AS_VERB.match(text, end)))


#: modals of possibility ("highs could top 100 Friday", "might vote Tuesday"): ahead for a date they govern, after
#: them in the clause; a subject before them ("Monday's debate might not move anyone") keeps its own time, and a
#: "could" denied is a past inability ("could not be reached for comment Monday", "could barely speak Tuesday")
_MAY_AHEAD = re.compile(r"(?:might|may)(?!\S*\s+(?:not\s+)?have\b)|could(?![\w'’])(?!\s+(?:not\s+)?have\b)"
                        r"(?!\s+(?:not|never|barely|hardly|scarcely|only|no\s+longer)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class Resolution:
    """A resolved expression: its period, the convention applied, and the words that decided it."""

    period: P.Period
    rule: str
    cue: str = ""
    approximate: bool = False
    tense: str | None = None


@dataclass(frozen=True)
class Direction:
    """'past', 'future' or None (no verb decided), with the verb group that decided it."""

    way: str | None
    cue: str
    tense: str | None
    #: a modal or an infinitive that no past verb of its sentence frames: said now, so counted from now
    from_now: bool = False


#: "since" and "retroactive to" date a start before now whatever the clause's tense ("my best week since Labor
#: Day", "gives drivers a raise retroactive to Sept. 1")
_SINCE = re.compile(r"(?<![\w\-])(?:since|(?:retroactive(?:ly)?|back-?dated)\s+to)\s+(?:early\s+|late\s+|mid-)?$",
                    re.IGNORECASE)
_SINCE_OPENS = re.compile(r"since\s", re.IGNORECASE)  # the expression's own preposition ("since Friday")


def direction(ctx: Context, start: int, end: int) -> Direction:
    """The direction the clause's governing verb group gives text[start:end]; after "since", the past."""
    before = _SINCE.search(ctx.text, max(0, start - 24), start)
    if before or _SINCE_OPENS.match(ctx.text, start):
        cue = " ".join(before.group(0).split()) if before else "since"
        return Direction("past", f'preposition "{cue}"', "past")
    sentence = ctx.sentence_at(start)
    found = governing_tense(ctx.text, sentence, start, end)
    if found is None and _imperative(ctx, sentence, start):
        return Direction("future", f'imperative "{_imperative(ctx, sentence, start)}"', "future")
    if found is None:
        quoted = in_quotation(ctx.text, sentence, start, end)
        return Direction(None, "inside a quotation, no verb of its own (the reporting verb outside does not decide)"
                         if quoted else "", None)
    cue = " ".join(found.cue.split())
    named = _date_named(ctx.text, found)
    if named is not None:
        return Direction("future", f'a date set: "{named}"', "future")
    if found.tense in ("past", "report"):
        way = "past"
    elif (found.tense in ("future", "present", "infinitive", "target") or _LOOKS_AHEAD.match(cue)
          or (_MAY_AHEAD.match(cue) and found.end <= start) or _would_have_object(ctx.text, found.end, cue)):
        way = "future"
    else:  # "could", "might", "may" after the date: mood, not time ("would", "can", "must", "should" look ahead)
        way = None
    return Direction(way, f'{found.tense} verb "{cue}"', found.tense, said_now(ctx.text, sentence, start, found))


#: a noun that names a date or a scheduled event, as the subject of a bare "is" ("The extended deadline is Oct. 15",
#: "The hearing is March 3"): the date set, ahead (a past one "was")
_DATE_NOUN_BEFORE = re.compile(r"\b(?:deadline|date|cutoff|cut-off|opening|launch|release|premiere|vote|election|"
                               r"hearing|trial|ceremony|anniversary|kickoff|kick-off)s?\s+$", re.IGNORECASE)
_BARE_IS = re.compile(r"(?:is|are)", re.IGNORECASE)


def _date_named(text: str, found) -> str | None:
    """The words "deadline is" where the group ``found`` is a bare "is" whose subject names a date, else None."""
    if found.tense != "present" or not _BARE_IS.fullmatch(found.cue):
        return None
    noun = _DATE_NOUN_BEFORE.search(text, max(0, found.start - 16), found.start)
    return None if noun is None else f"{noun.group(0).strip()} {found.cue}"


#: a command opening a quoted sentence: a bare verb and its object pronoun ("Ask me again on Tuesday", "Call us
#: by Friday"), or "Don't", "Let's" ("Don't expect a deal before Christmas")
_IMPERATIVE = re.compile(r"[\"“‘']?\s*(?:(?-i:[A-Z][a-z]+)\s+(?:me|us|him|her|them)\b|(?:don['’]t|do\s+not|let['’]s)\s)",
                         re.IGNORECASE)


def _imperative(ctx: Context, sentence: tuple[int, int], start: int) -> str | None:
    """The command opening the quotation that holds ``start``, where its sentence opens with one: what it
    asks for lies ahead."""
    quote = ctx.in_quote(start)
    if quote is None:
        return None
    opening = max(quote[0], sentence[0])
    found = _IMPERATIVE.match(ctx.text, opening)
    return " ".join(found.group(0).strip("\"“‘' ").split()) if found else None


#: a past perfect aim and its infinitive ("had hoped to run", "had planned to open")
_PAST_PERFECT_AIM = re.compile(r"had\s+(?:\w+\s+)?(?:hoped|planned|intended|wanted|meant|aimed|expected)\s+to\b",
                               re.IGNORECASE)


def year_way(d: Direction) -> str | None:
    """The direction that picks a year: an infinitive ("asked him not to strike until Feb 1"), a "would"
    ("said it would be lifted by Easter") or a future in the past ("were bracing for ... before Halloween",
    "was set to open in March") counts from when it was said, not from publication: the nearest year. Where no
    past verb of its sentence says it was said before ("We'd like it running by the summer", "The runoff would
    stretch into the spring"), it is said now: the direction stands."""
    if d.tense in ("infinitive", "conditional") and d.from_now:
        return d.way
    if d.tense in ("infinitive", "conditional", "target"):  # "target": "rescheduled it for Jan. 4"
        return None
    if d.tense == "future" and d.cue.split('"')[1].lower().startswith(("was ", "were ", "wasn", "weren")):
        return None  # a future in the past ("said they were bracing for a short crop before Halloween")
    if d.tense == "past" and _PAST_PERFECT_AIM.match(d.cue.split('"')[1]):
        return None  # "had hoped to run into Christmas week": what was aimed at then, the nearest year
    if d.tense == "present" and d.cue.split('"')[1].lower() in ("is", "are", "am", "isn't", "aren't"):
        return None  # a bare "is" says the present, not on which side of it the date lies
    return d.way
