"""The token table the rules read: one paragraph's words, offsets, sentences and quotations.

Words come from spaCy's blank English tokenizer (no model); sentences and quotations from
:mod:`crosscheck.segment`, mapped onto the words.
"""
from __future__ import annotations

import bisect
import re
import threading
from itertools import accumulate
from typing import Iterator

from .. import segment
from . import lexicon as L
from .model import Span

#: Paragraphs longer than this are fed to the tokenizer in pieces cut at line breaks or spaces.
MAX_CHUNK = 20_000

_NLP = None
_LOCK = threading.Lock()
_ORTH_CACHE: dict[int, str] = {}


def get_pipeline():
    """``spacy.blank("en")``, built once per process, whose tokenizer keeps titles whole ("Lt.")."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                _NLP = _build_pipeline()
    return _NLP


def _build_pipeline():
    import spacy
    from spacy.attrs import ORTH

    nlp = spacy.blank("en")
    nlp.max_length = 10 ** 8
    for title in sorted(segment.NAME_TITLES):
        if "." not in title and len(title) > 1:
            form = title.capitalize() + "."
            if form not in nlp.tokenizer.rules:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


class Tokens:
    """One paragraph's non-space tokens as flat lists (offsets absolute into ``text``).

    ``inq`` / ``qid`` say whether a token lies in a quotation and which; ``used`` marks tokens a
    rule has already put into a statement; ``sent`` marks the first token of each sentence.
    """

    __slots__ = ("text", "w", "low", "st", "en", "cap", "sent", "inq", "qid", "used", "n", "title_case", "_wordy")

    def __init__(self, text: str, words: list[str], starts: list[int], span: tuple[int, int], scan: str | None = None):
        """``scan`` is the text the words, sentences and quotations were read from: ``text`` with
        markup tags blanked out (same length), or ``text`` itself."""
        self.text = text
        scan = text if scan is None else scan
        self.w, self.st = words, starts
        self.low = [x.lower() for x in words]
        self.en = [a + len(x) for a, x in zip(starts, words)]
        self.n = len(words)
        self.cap = [x[:1].isupper() for x in words]
        self._wordy = list(accumulate((x[:1].isalnum() for x in words), initial=0))
        self.used = [False] * self.n
        self.sent = self._sentence_flags(segment.split_sentences(scan, *span))
        self.inq, self.qid = self._quote_marks(segment.quotations(scan, *span))
        long_words = [c for c, x in zip(self.cap, words) if x[:1].isalpha() and len(x) > 3]
        self.title_case = bool(long_words) and sum(long_words) >= 0.7 * len(long_words) and self.n < 40

    def _sentence_flags(self, sentences: list[tuple[int, int]]) -> list[bool]:
        flags = [False] * self.n
        for start, _end in sentences:
            i = bisect.bisect_left(self.st, start)
            if i < self.n:
                flags[i] = True
        if self.n:
            flags[0] = True
        return flags

    def _quote_marks(self, quotes: list[tuple[int, int]]) -> tuple[list[bool], list[int]]:
        inq, qid = [False] * self.n, [-1] * self.n
        j = 0
        for number, (qs, qe) in enumerate(quotes):
            while j < self.n and self.st[j] < qs:
                j += 1
            k = j
            while k < self.n and self.en[k] <= qe:
                inq[k], qid[k] = True, number
                k += 1
        return inq, qid

    # -- reading
    def span(self, a: int, b: int) -> Span | None:
        """The text of tokens [a, b) as a Span, or None when empty."""
        if b <= a:
            return None
        s, e = self.st[a], self.en[b - 1]
        return Span(s, e, self.text[s:e])

    def is_quote(self, i: int) -> bool:
        return self.w[i] in L.QUOTE_MARKS

    def quote_mark(self, i: int) -> bool:
        """Is token i a mark that opens or closes a quotation (not a stray mark)?"""
        return self.inq[i] and self.w[i] in L.QUOTE_MARKS

    def adverb(self, i: int) -> bool:
        """Is token i an adverb: a listed one, or a lower-case -ly word ("flatly"; not "Kelly")?"""
        return self.low[i] in L.ADVERBS or (not self.cap[i] and L.is_adverb(self.low[i]))

    def words(self, a: int, b: int) -> int:
        """How many tokens of [a, b) start with a letter or digit."""
        return self._wordy[b] - self._wordy[a] if b > a else 0

    def quote_end(self, j: int) -> int:
        """One past the last token of the quotation token j is in."""
        q, k = self.qid[j], j
        while k < self.n and self.qid[k] == q:
            k += 1
        return k

    def free(self, a: int, b: int) -> bool:
        return not any(self.used[a:b])

    def mark(self, a: int, b: int) -> None:
        a, b = max(a, 0), min(b, self.n)
        if b > a:
            self.used[a:b] = [True] * (b - a)

    def taken(self, a: int, b: int) -> bool:
        """Is every word of [a, b) already in a statement (or is there no word)?"""
        return all(self.used[x] or not self.w[x][:1].isalnum() for x in range(a, b))

    def before_start(self, lo: int, b: int) -> int:
        """Where a content ending before token b starts: after the last used token, or at lo."""
        for x in range(b - 1, lo - 1, -1):
            if self.used[x]:
                return x + 1
        return lo

    def trim(self, a: int, b: int) -> tuple[int, int]:
        """[a, b) without punctuation at either end, keeping quotation marks that belong to it."""
        w = self.w
        while a < b and (w[a] in (",", ":", ";", "—", "–", "-", "--", ")") or (w[a] in L.QUOTE_MARKS and not self.inq[a])):
            a += 1
        while b > a:
            t = w[b - 1]
            if not self.inq[b - 1] and (t in (",", ":", ";", ".", "—", "–", "-", "--", "(", "!", "?") or t in L.QUOTE_MARKS):
                b -= 1
            else:
                break
        return a, b

    # -- units
    def units(self) -> list[tuple[int, int]]:
        """Sentences, merged so that no quotation crosses a unit and a quotation keeps its tag."""
        starts = [i for i in range(self.n) if self.sent[i]]
        out: list[list[int]] = []
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else self.n
            if out and (self.qid[s] >= 0 and self.qid[s - 1] == self.qid[s] or self._is_tag(s, e)):
                out[-1][1] = e
            else:
                out.append([s, e])
        return [(s, e) for s, e in out if e > s]

    def _is_tag(self, s: int, e: int) -> bool:
        """Does the sentence [s, e) after a closing quotation start as its tag ('“...?” Smith said')?"""
        if s < 2 or not (self.inq[s - 1] and self.is_quote(s - 1)) or self.inq[s]:
            return False
        if not (self.w[s - 2] in ("?", "!", ",", "—", "-", "...", "…") or self.w[s][:1].islower()):
            return False
        window = [self.low[k] for k in range(s, min(e, s + 7)) if not self.inq[k]]
        if len(window) < min(e, s + 7) - s or any(word in (",", ":", ";") for word in window):
            return False
        return any(word in L.VERB_FORMS for word in window)


def paragraph_tokens(text: str, paragraphs: list[tuple[int, int, int]]) -> Iterator[tuple[int, Tokens]]:
    """``(index, Tokens)`` for each ``(index, start, end)`` paragraph, tokenized in one batch.

    Markup tags ("<p>", "</b>") are read as white space, so they split no name and open no quotation;
    the spans still index the text as it is.
    """
    scan = scan_text(text)
    pieces: list[tuple[int, int]] = []
    owners: list[int] = []
    for number, (_index, start, end) in enumerate(paragraphs):
        for piece in _chunks(text, start, end):
            pieces.append(piece)
            owners.append(number)
    docs = get_pipeline().tokenizer.pipe((scan[s:e] for s, e in pieces), batch_size=256)
    words: list[str] = []
    starts: list[int] = []
    current = -1
    for (base, _end), owner, doc in zip(pieces, owners, docs):
        if owner != current:
            if current >= 0:
                yield paragraphs[current][0], Tokens(text, words, starts, paragraphs[current][1:], scan)
            current, words, starts = owner, [], []
        _append_tokens(doc, base, words, starts)
    if current >= 0:
        yield paragraphs[current][0], Tokens(text, words, starts, paragraphs[current][1:], scan)


_MARKUP = re.compile(r"<(?:/?[A-Za-z][\w:-]*(?:\s[^<>]{0,500})?/?|!--[^>]{0,2000}?--)>")
#: No word is longer: longer runs without white space (a pasted blob, 5,000 quotation marks) are cut,
#: because the tokenizer's affix search is quadratic in a word's length.
MAX_WORD = 100
_LONG_RUN = re.compile(r"\S{%d,}" % (MAX_WORD + 1))


def scan_text(text: str) -> str:
    """The text the tokenizer reads: markup tags blanked out, over-long runs cut by a space every
    MAX_WORD characters.  Same length as ``text``, so every offset stays the same."""
    if "<" in text:
        text = _MARKUP.sub(lambda tag: " " * len(tag.group()), text)
    if _LONG_RUN.search(text):
        text = _LONG_RUN.sub(_cut_run, text)
    return text


def _cut_run(run: re.Match) -> str:
    chars = list(run.group())
    chars[MAX_WORD::MAX_WORD + 1] = " " * len(chars[MAX_WORD::MAX_WORD + 1])
    return "".join(chars)


def _append_tokens(doc, base: int, words: list[str], starts: list[int]) -> None:
    from spacy.attrs import IDX, IS_SPACE, ORTH

    strings = doc.vocab.strings
    cache = _ORTH_CACHE
    if len(cache) > 500_000:
        cache.clear()
    for idx, orth, space in doc.to_array([IDX, ORTH, IS_SPACE]).tolist():
        if space:
            continue
        word = cache.get(orth)
        if word is None:
            word = cache[orth] = strings[orth]
        words.append(word)
        starts.append(base + idx)


def _chunks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """[s, e) cut into pieces of at most MAX_CHUNK characters at line breaks or spaces."""
    out = []
    while e - s > MAX_CHUNK:
        limit = s + MAX_CHUNK
        cut = text.rfind("\n", s + MAX_CHUNK // 2, limit)
        if cut < 0:
            cut = text.rfind(" ", s + MAX_CHUNK // 2, limit)
        cut = limit if cut < 0 else cut + 1
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out
