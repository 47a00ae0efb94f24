"""Paragraphs, sentences and quotations of a text, as character offsets.

The one segmentation of crosscheck: documents (``Document.sentences``), the consistency checks and
the attribution extractor all cut text here, so a "sentence" means the same thing everywhere.
Every span is ``(start, end)`` into the text itself, stripped of surrounding white space.

Sentences end:

* at a blank line (a paragraph break);
* after ``.``, ``!``, ``?`` or ``…`` (and any closing quotes or brackets) and white space, when the
  next word does not start in lower case; except after an abbreviation: a title before a name
  ("Lt.", "Gen.", "Gov.", "Rev.", "Dr.", "Sen.", "e.g.") never ends one; "No." or "Fig." and months
  ("Jan.") do not before a number; "U.S.", "Inc.", "a.m.", initials and the like end one only before a
  word that usually opens a sentence ("The", "He", "But") or a quotation mark;
* not between a quotation and its speech tag ('"Why?" Smith asked.' is one sentence);
* at a line break whose next line does not start in lower case (headings, bylines, lists), unless
  the paragraph is hard-wrapped (three or more lines of about the same width).
"""
from __future__ import annotations

import re

__all__ = ["ABBREVIATIONS", "BLANK_LINE", "NAME_TITLES", "paragraphs", "quotations", "split_sentences"]

#: Abbreviations that stand before a name and so never end a sentence.
NAME_TITLES = frozenset("""
mr mrs ms messrs mmes dr prof rev revs fr gen gens lt lts col cols capt sgt maj adm cmdr cpl pvt brig
lieut gov govs sen sens rep reps pres supt insp det atty hon e.g i.e cf viz vs v
""".split())
#: Abbreviations that do not end a sentence before a number ("No. 5", "Fig. 2").
BEFORE_NUMBER = frozenset("no nos art fig figs vol vols p pp ch sec para op ed".split())
#: Month abbreviations: not a sentence end before a number ("Jan. 5"), else like AMBIGUOUS.
MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Abbreviations that often end a sentence too: they end one only before a typical opener.
AMBIGUOUS = frozenset("""
inc ltd co corp bros jr sr etc esq st mt ft ave blvd rd dept univ assn approx est
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn tex va vt wash wis wyo
""".split())
ABBREVIATIONS = NAME_TITLES | BEFORE_NUMBER | MONTHS | AMBIGUOUS
#: State abbreviations are written capitalised: a lower-case "ill." or "mass." is the word itself.
_STATES = frozenset("""
ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev
okla ore pa tenn tex va vt wash wis wyo
""".split())

#: Capitalised words that usually open a sentence (checked after an ambiguous abbreviation).
_OPENERS = frozenset("""
the a an he she it they we i you his her its their our my this that these those there here but and
or so yet in on at for from by with if when while after before as since because although though once
what who why how where some many most all both each every no none one meanwhile however still now
then later last next yesterday today tomorrow officials police
""".split())

#: Verbs of a speech tag after a quotation ('"Why?" Smith asked.').
_TAG_VERBS = frozenset("""
said says asked asks added adds told tells wrote writes replied replies answered answers shouted
shouts yelled yells explained explains noted notes insisted insists continued continues recalled
recalls argued argues warned warns cried cries joked jokes quipped declared declares responded
responds wondered wonders exclaimed countered counters retorted demanded demands pleaded urged
urges concluded conceded acknowledged admitted admits agreed agrees tweeted stated states remarked
observed whispered
""".split())

_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
_BREAK = r"(?:\r\n|\r(?!\n)|\n)"      # one line break, "\r\n" counted once
#: A paragraph break: a line break, then one or more lines holding only white space.
BLANK_LINE = re.compile(rf"{_BREAK}(?:[^\S\r\n]*{_BREAK})+")
# A stop (its whole run: the lookbehind and possessive quantifiers keep long runs linear) and the
# white space after it; or a line break.
_CANDIDATE = re.compile(r"(?<![.!?…])(?P<stop>[.!?…]++[\"'”’»)\]]*+)\s++|(?:\r\n|\r|\n)\s*+")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_QUOTE_CLOSERS = set("\"'”’»")
_TAG_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|de|van|von|al|bin))*"
_TAG_AFTER = re.compile(rf"(?:{_TAG_NAME}\s+(?P<v1>[a-z]+)|(?P<v2>[a-z]+)\s+(?:{_TAG_NAME}|the\s+[\w -]+?))\s*[.,;!?]")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The non-empty blank-line separated paragraphs of ``text[start:end]``."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    position = start
    for gap in BLANK_LINE.finditer(text, start, end):
        _append_stripped(out, text, position, gap.start())
        position = gap.end()
    _append_stripped(out, text, position, end)
    return out


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` in order (see the module doc for the rules)."""
    out: list[tuple[int, int]] = []
    for para_start, para_end in paragraphs(text, start, end):
        _sentences_of_paragraph(text, para_start, para_end, out)
    return out


def _sentences_of_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    wrapped = _hard_wrapped(text, start, end)
    position = start
    for match in _CANDIDATE.finditer(text, start, end):
        after = match.end()
        if after >= end or text[after].islower():
            continue
        stop = match.group("stop")
        if stop:
            cut = match.start() + len(stop)
            if not _ends_sentence(text, start, end, match.start(), stop, after) and (
                    wrapped or not _LINE_BREAK.search(text, cut, after)):
                continue
        else:
            cut = match.start()
            if wrapped:
                continue
        _append_stripped(out, text, position, cut)
        position = after
    _append_stripped(out, text, position, end)


def _ends_sentence(text: str, para_start: int, para_end: int, at: int, stop: str, after: int) -> bool:
    """Does the stop ``stop`` at ``at`` (followed by white space up to ``after``) end a sentence?"""
    punct = stop.rstrip("\"'”’»)]")
    if any(c in _QUOTE_CLOSERS for c in stop[len(punct):]) and _speech_tag_at(text, after, para_end, punct == "."):
        return False
    if punct != ".":
        return True
    begin = at
    while begin > max(para_start, at - 20) and (text[begin - 1].isalpha() or text[begin - 1] == "."):
        begin -= 1
    word = text[begin:at].lower()
    if not word:
        return True
    if word in NAME_TITLES:
        return False
    if word in _STATES and text[begin].islower():
        return True             # "had made anyone ill. Managing director ..."
    following = text[after]
    if word in BEFORE_NUMBER:
        return not following.isdigit()
    if word in MONTHS and following.isdigit():
        return False
    initial = len(word) == 1 and text[begin].isupper()
    if word in MONTHS or word in AMBIGUOUS or "." in word or initial:
        return _opens_sentence(text, after, para_end, quote_opens=not initial)
    return True


def _opens_sentence(text: str, at: int, end: int, quote_opens: bool) -> bool:
    """Does a word that usually opens a sentence (or, if ``quote_opens``, a quotation) start at ``at``?"""
    if text[at] in "\"“‘'«":
        return quote_opens      # after an initial, a quotation is a nickname: 'Robert C. "Bobby" Scott'
    return _first_word(text, at, end) in _OPENERS


def _first_word(text: str, at: int, end: int) -> str:
    stop = at
    while stop < end and stop - at < 20 and text[stop].isalpha():
        stop += 1
    return text[at:stop].lower()


def _speech_tag_at(text: str, at: int, end: int, after_period: bool) -> bool:
    """Is ``text[at:]`` the speech tag of the quotation before it ('Smith asked.', 'said the mayor,')?

    Not when the tag introduces the next quotation ('She adds, "..."'), nor after a quotation
    ending in a period unless the tag ends the sentence.
    """
    match = _TAG_AFTER.match(text, at, min(end, at + 120))
    if not match or (match.group("v1") or match.group("v2")) not in _TAG_VERBS:
        return False
    if _first_word(text, at, end) in _PRONOUNS:
        return False            # a capitalised pronoun opens a new sentence
    stop = text[match.end() - 1]
    if after_period and stop not in ".!?":
        return False
    rest = text[match.end():min(end, match.end() + 3)].lstrip()
    return not (stop in ",:" and rest[:1] in "\"“‘«")


def _hard_wrapped(text: str, start: int, end: int) -> bool:
    """Three or more lines of about the same width: a paragraph wrapped by hand or by a mail client."""
    if text.count("\n", start, end) + text.count("\r", start, end) < 2:
        return False
    widths = [len(line.rstrip()) for line in _LINE_BREAK.split(text[start:end])]
    if len(widths) < 3:
        return False
    body = widths[:-1]
    return min(body) >= 45 and max(body) <= 100 and max(body) - min(body) <= 25


def _append_stripped(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


# -- quotations ---------------------------------------------------------------------------------

_QUOTE_MARK = re.compile(r"“|”|\"|''|``|‘|’|«|»")


def quotations(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Top-level quotations in ``text[start:end]`` as spans that include their marks.

    Curly, straight, doubled (``''``, `````) and guillemet marks; single quotes only when they open
    after white space and close before a non-letter (so "don't" is no quotation).  A quotation left
    open runs to ``end`` (the news convention for a quote continued in the next paragraph); a new
    opening mark while one is open closes the open one before it.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    open_at, kind = -1, ""
    for mark in _QUOTE_MARK.finditer(text, start, end):
        q, a, b = mark.group(), mark.start(), mark.end()
        before = text[a - 1] if a > start else " "
        after = text[b] if b < end else " "
        if open_at < 0:
            open_at, kind = _opening(q, a, before, after, start)
        elif kind == "d" and q in ("”", "»", '"', "''"):
            spans.append((open_at, b))
            open_at = -1
        elif kind == "d" and q in ("“", "«", "``"):
            spans.append((open_at, _rstrip(text, open_at, a)))
            open_at = a
        elif kind == "s" and q == "’" and not after.isalpha():
            spans.append((open_at, b))
            open_at = -1
        elif kind == "s" and q in ("“", '"', "''", "``"):
            open_at, kind = a, "d"
    if open_at >= 0:
        stop = _rstrip(text, open_at, end)
        if stop - open_at > 1:
            spans.append((open_at, stop))
    return spans


def _opening(q: str, at: int, before: str, after: str, start: int) -> tuple[int, str]:
    """(offset, "d" or "s") when the mark ``q`` opens a quotation here, else (-1, "")."""
    if q in ("“", "«", "``"):
        return at, "d"
    if q in ('"', "''") and (before.isspace() or before in "([{—–-:;,/" or at == start or not after.isspace()):
        return at, "d"      # else a stray closer: a word before it and a space after
    if q == "‘" and (before.isspace() or before in "([{—–-\"“:" or at == start) and not after.isspace():
        return at, "s"
    return -1, ""


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
