"""Events the text dates, by the nouns that name them: what "the morning after the debate" counts from.

A resolved date names an event through the words around it: after a possessive or an attributive
date ("Monday night's first general election debate", "the Oct. 23 slaying") and before a date in
the same clause ("the vote on April 23", "talks held on Monday"). "The morning after the debate"
counts from the latest such date before it that names a debate, else from one later in its own
sentence ("the night after the talks, which had run late into Monday's session"). An event that no
date names gives no date: the expression is left alone.
"""
from __future__ import annotations

import bisect
import re

from . import periods as P

_STOP = set(
    "a an the of in on at to and or but that which who when where while as by for from with into over after before "
    "following during until since he she it they we you i his her its their our this these those was were is are be "
    "been had has have will would could should may might said says told its late early earlier later night morning "
    "evening afternoon day week weekend first second third last next new".split()
)
#: nouns news uses for one event
_SAME_EVENT = ({"vote", "ballot", "poll", "referendum"}, {"talk", "negotiation"}, {"summit", "meeting"},
               {"election", "vote"})
_WORD = re.compile(r"[A-Za-z][a-z\-]*|[0-9]+|[^\sA-Za-z0-9]")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|this|that|our)\s+)$", re.IGNORECASE)
#: a determiner inside the date's own words ("charged in the August crash")
_DETERMINER_INSIDE = re.compile(r"\b(?i:the|a|an|its|his|her|their|this|that|our)\s+[A-Z][a-z]*\.?$")


_WITHIN = re.compile(r"\b(?:during|in|over|throughout|within|amid)\s+(?:the\s+)?$", re.IGNORECASE)
_WITHIN_START = re.compile(r"(?:during|in|over|throughout|within|amid)\b", re.IGNORECASE)


def _within(period: P.Period) -> P.Period:
    """An event somewhere within a stated range is known only to the span, not to its edges."""
    return P.days(period.first, period.last) if period.granularity == "range" else period


def noun_key(word: str) -> str:
    """A noun's key: lower case, without a plural "s" ("talks" -> "talk", "debates" -> "debate")."""
    w = word.lower()
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return w


def _keys(word: str) -> set[str]:
    key = noun_key(word)
    out = {key}
    for group in _SAME_EVENT:
        if key in group:
            out |= group
    return out


def _content_words(words: list[str]) -> list[str]:
    """The nouns and modifiers of a run of words, up to the first punctuation or capitalised word; a verb after
    "to" names no event ("threatened to strike at a rally on Labor Day" dates the rally, not the strike)."""
    out = []
    for i, w in enumerate(words):
        if not re.fullmatch(r"[a-z][a-z\-]*", w):
            break
        if w not in _STOP and not (i and words[i - 1] == "to"):
            out.append(w)
    return out


def _clause_before(words: list[str]) -> list[str]:
    """The words of the phrase before a date, back to punctuation; through one comma that opens a
    participle or relative clause ("A first vote, held Nov. 28", "the talks, which had run into Monday's")."""
    out: list[str] = []
    commas = 0
    for w in reversed(words):
        if w == "," and commas == 0 and out and (out[-1] in ("which", "that", "where") or
                                                 re.fullmatch(r"[a-z]+(?:ed|en|wn|ld|ht)", out[-1])):
            commas += 1
            continue
        if not re.fullmatch(r"[A-Za-z][a-z\-]*", w):
            break
        out.append(w.lower())
    return list(reversed(out))


class EventIndex:
    """Dated expressions and the nouns around them, in text order."""

    def __init__(self, text: str):
        self.text = text
        self.pending: list[tuple[int, int, tuple[int, int], P.Period]] = []
        self._by_key: dict[str, list[tuple[int, P.Period, str]]] = {}
        self._indexed = 0  # how many of ``pending`` are in ``_by_key``

    def note(self, start: int, end: int, sentence: tuple[int, int], period: P.Period) -> None:
        """Record a date at text[start:end]; the nouns it names are read when an event is next looked up."""
        self.pending.append((start, end, sentence, period))

    def name(self, start: int, end: int, period: P.Period, noun: str) -> None:
        """Record that the date at text[start:end] is itself an event ``noun`` names ("Labor Day" is "the
        holiday" a later "the day after the holiday" counts from)."""
        entry = (start, period, self.text[start:end])
        bisect.insort(self._by_key.setdefault(noun_key(noun), []), entry, key=lambda e: e[0])

    @property
    def by_key(self) -> dict[str, list[tuple[int, P.Period, str]]]:
        """The dates noted so far by the nouns they name, each list in text order."""
        if self._indexed < len(self.pending):
            for start, end, sentence, period in sorted(self.pending[self._indexed:], key=lambda p: p[0]):
                self._index(start, end, sentence, period)
            self._indexed = len(self.pending)
        return self._by_key

    def _index(self, start: int, end: int, sentence: tuple[int, int], period: P.Period) -> None:
        """The nouns a date names. "The meeting during Ramadan" is within the span, "the poll on
        Sept. 16-19" is the span: only then is "the day after" it the day after its end."""
        text = self.text
        if _WITHIN.search(text, max(0, start - 20), start) or _WITHIN_START.match(text, start, end):
            period = _within(period)
        names: list[str] = []
        shown = text[start:end]
        if (shown.endswith(("'s", "’s")) or _DETERMINER_BEFORE.search(text, max(0, start - 8), start)
                or _DETERMINER_INSIDE.search(shown)):
            names += _content_words(_WORD.findall(text, end, min(sentence[1], end + 60))[:5])
        names += _content_words(_clause_before(_WORD.findall(text, max(sentence[0], start - 60), start)[-8:]))
        for word in names:
            for key in _keys(word):
                bisect.insort(self._by_key.setdefault(key, []), (start, period, shown), key=lambda e: e[0])

    def day_on(self, text: str, a: int, pos: int, weekday: int) -> tuple[P.Period, str] | None:
        """The latest day before ``pos`` that names an event one of the words of text[a:pos] names and that
        falls on ``weekday``: what "that Saturday" in "When the walkout began ... that Saturday" refers back to."""
        best = None
        for word in _content_words(re.findall(r"[a-z][a-z\-]*", text[a:pos].lower())[-10:]):
            for start, period, shown in reversed(self.by_key.get(noun_key(word), [])):
                if start < pos and period.granularity == "day" and period.first.weekday() == weekday:
                    if best is None or start > best[0]:
                        best = (start, period, shown)
                    break
        return None if best is None else (best[1], f'the {best[2].strip()} the text named ({best[1].value})')

    def named_before(self, noun: str, pos: int) -> bool:
        """Whether a date noted before ``pos`` names the event ``noun``."""
        entries = self.by_key.get(noun_key(noun), [])
        return bool(entries) and entries[0][0] < pos

    def find(self, noun: str, pos: int, sentence: tuple[int, int]) -> tuple[P.Period, str] | None:
        """The date of the event ``noun`` names: the latest before ``pos``, else the first later in the sentence."""
        entries = self.by_key.get(noun_key(noun), [])
        i = bisect.bisect_left(entries, (pos,)) - 1
        if i >= 0:
            _, period, shown = entries[i]
        else:
            later = [e for e in entries if pos < e[0] < sentence[1]]
            if not later:
                return None
            _, period, shown = later[0]
        return period, f'the {noun} dated by "{" ".join(shown.split())}" ({period.value})'
