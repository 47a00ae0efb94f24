"""The driver: paragraphs, then sentence units, then the rules, then numbered statements."""
from __future__ import annotations

import re

from .. import segment
from ..document import front_matter_end
from . import lexicon as L
from .according_to import according_to
from .appositive import appositive_answer
from .final_source import final_source
from .interview import asked_clause, exchange_turn, transcript_line, unlabelled_answers
from .model import Statement
from .issued import issued_statement
from .nested import nested_statements
from .noun_cue import noun_cue
from .quotes import continuation, signatures, speaker_line
from .speakers import Resolver
from .tokens import Tokens, paragraph_tokens
from .unit import Found, Unit
from .verb_cue import verb_cue

_BYLINE = re.compile(r"^\s*by:?\s+(?P<authors>[^\W\d][^.!?\n]{0,80}?)\s*$", re.IGNORECASE)
_CREDIT = re.compile(r"^\W*(?:reporting|writing|editing|additional reporting|compiled|translated)\s+by\b", re.IGNORECASE)
_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 _-]{0,30}):(?:\s|$)")
_HEADER_KEYS = {"title", "date", "source", "url", "author", "authors", "byline", "published", "outlet", "section",
                "id", "language", "lang", "publisher", "link", "updated", "headline", "site", "tags", "keywords",
                "description"}


def extract_statements(text: str, actors=None) -> list[Statement]:
    """The statements of ``text`` in text order, with ids s1, s2, ... (see the package doc)."""
    if not isinstance(text, str):
        raise TypeError(f"extract_statements needs the article's text as a str, not {type(text).__name__}")
    if not text.strip():
        return []
    return _Extractor(text, actors).run()


class _Extractor:
    def __init__(self, text: str, actors):
        self.text = text
        self.resolver = Resolver(actors)
        self.found: list[Found] = []
        self.order = 0
        self.deferred = None          # a "He said:" waiting for the next unit

    def run(self) -> list[Statement]:
        text = self.text
        paragraphs = [(index, s, e) for index, (s, e) in enumerate(segment.paragraphs(text))]
        if paragraphs and _is_header(text[paragraphs[0][1]:paragraphs[0][2]]):
            paragraphs[:1] = _after_header(text, *paragraphs[0])
        for index, T in paragraph_tokens(text, paragraphs):
            self._paragraph(index, T)
        self.found.sort(key=lambda d: (d.paragraph, d.order, d.content[0].start))
        unlabelled_answers(self.found, self.resolver, text)
        finish = self.resolver.finish
        return [Statement(f"s{k}", d.paragraph, d.kind, finish(d.speaker), d.source, d.cue, d.content, d.question)
                for k, d in enumerate(self.found, 1)]

    def _unit(self, T: Tokens, us: int, ue: int, index: int) -> Unit:
        return Unit(T, us, ue, index, self.order, self.resolver, self.found)

    def _paragraph(self, index: int, T: Tokens) -> None:
        self.order += 1
        first = len(self.found)
        self.resolver.learn(T)
        T.mark(0, _dateline_end(T))
        whole = self._unit(T, 0, T.n, index)
        if not (transcript_line(whole) or speaker_line(whole)):
            signatures(whole)
        for us, ue in T.units():
            if T.taken(us, ue):
                continue
            self.order += 1
            u = self._unit(T, us, ue, index)
            deferred, self.deferred = self.deferred, None
            if self._byline(u, index):
                continue
            if deferred is not None:
                _take_deferred(u, *deferred)
            elif not _apply_rules(u) and not exchange_turn(u) and not continuation(u) and u.deferred is None:
                u.emit("narration", None, None, None, [T.span(us, ue)])
            if u.deferred is not None:
                self.deferred = (*u.deferred, ue == T.n)
        self.found.extend(nested_statements(T, self.found[first:], self.resolver))

    def _byline(self, u: Unit, index: int) -> bool:
        """Skip a byline near the top ("By Jane Whitaker") or a credit line ("Reporting by ..."):
        the authors are remembered as interviewers, never made a party."""
        span = u.T.span(u.us, u.ue)
        line = _BYLINE.match(span.text) if index < 6 else None
        if line is None and not _CREDIT.match(span.text):
            return False
        if line is not None:
            for author in re.split(r",|\band\b|&", line.group("authors")):
                if author.strip():
                    self.resolver.bylines.add(author.strip())
        u.T.mark(u.us, u.ue)
        return True


def _apply_rules(u: Unit) -> bool:
    """Run the cue rules over the unit; True when one of them recorded a statement."""
    T = u.T
    asked_clause(u)
    appositive_answer(u)
    according_to(u)
    final_source(u)
    issued_statement(u)
    if _yes_no_question(u):
        return u.count > 0      # "Has Kovac asked to leave?": the cue is part of the question
    for i in range(u.us, u.ue):
        if T.inq[i] or T.used[i]:
            continue
        lw = T.low[i]
        base = L.VERB_FORMS.get(lw) or ("put" if lw in L.ESTIMATE_VERBS and _puts_figure(T, i, u.ue) else None)
        if base == "ask" and T.low[i + 1:i + 5] in (["not", "to", "be", "named"], ["not", "to", "be", "identified"]):
            continue            # "who asked not to be named": how a source is kept anonymous, not a statement
        if base == "ask" and i + 1 < u.ue and T.low[i + 1] in ("to", "for") and i > u.us and T.low[i - 1] in L.NEGATIONS:
            continue            # "he has not asked to leave": a request never made is no statement
        if base == "ask" and _asks_for_a_thing(T, i + 1, u.ue):
            continue            # "had asked the trust for information": a request for a thing, no content
        if base == "recall" and i + 1 < u.ue and T.low[i + 1] != "that" and (
                T.low[i + 1] in L.DETERMINERS or T.low[i + 1] in L.POSSESSIVES):
            continue            # "Hollins Farm recalled the cheese": a product recall, not a memory told
        if base is not None and i > u.us and T.low[i - 1] in ("who", "which") and _aside_before_cue(T, i, u.ue):
            continue            # "an economist who advises neither side, said ...": the aside describes the speaker
        if base is not None and verb_cue(u, i, base):
            continue
        if lw in L.CUE_NOUNS and i + 1 < u.ue and T.low[i + 1] in ("that", "to") and not T.inq[i + 1]:
            noun_cue(u, i)
    return u.count > 0


#: Words that give a request a content of its own ("asked the board whether ...", "asked him to resign").
_REQUEST_CONTENT = {"that", "whether", "if", "to", "what", "how", "why", "when", "who", "which", ":"}
#: How many tokens after "asked" a request for a thing may run before its clause ends.
_REQUEST_REACH = 12


def _asks_for_a_thing(T, j: int, ue: int) -> bool:
    """After "asked" at j - 1: an object, then "for" and a thing, with no clause ("the trust for information")?"""
    k, seen_for, end = j, False, min(ue, j + _REQUEST_REACH)
    while k < end and not T.inq[k] and T.low[k] not in (",", ".", ";", "and", "but"):
        if T.low[k] in _REQUEST_CONTENT:
            return False
        seen_for = seen_for or T.low[k] == "for" and k > j
        k += 1
    return seen_for and k < end and (k >= ue or not T.inq[k])


def _aside_before_cue(T, i: int, ue: int) -> bool:
    """Is the verb at token i in a relative aside with no clause or quotation of its own, closed by a
    comma and a verb of saying ("who advises neither side, said")?"""
    for k in range(i + 1, min(ue - 1, i + 10)):
        if T.inq[k] or T.low[k] in ("that", ":", ";", "."):
            return False
        if T.low[k] == ",":
            return L.VERB_FORMS.get(T.low[k + 1]) in ("say", "tell", "add", "insist", "argue", "warn")
    return False


def _puts_figure(T, i: int, ue: int) -> bool:
    """Does "put" at token i put a figure ("put the number of homes at 48,500", "put its total higher")?"""
    j = i + 1
    if j < ue and (T.low[j] in L.DETERMINERS or T.low[j] in L.POSSESSIVES):
        j += 1
    if j < ue and T.low[j] not in L.ESTIMATE_NOUNS and not T.inq[j]:
        j += 1      # "the total cost", "its own figure"
    if j >= ue or T.low[j] not in L.ESTIMATE_NOUNS:
        return False
    for k in range(j + 1, min(ue, j + 12)):
        if T.low[k] in L.ESTIMATE_MARKS and not T.inq[k]:
            return True
        if T.low[k] in (".", ";", ":") and not T.inq[k]:
            break
    return False


def _yes_no_question(u: Unit) -> bool:
    """Is the unit a question opening with an auxiliary ("Has Castleford bid?", "Did she say that ...?"),
    outside quotations?"""
    T = u.T
    last = u.ue - 1
    while last > u.us and T.w[last] in L.QUOTE_MARKS:
        last -= 1
    return T.w[last] == "?" and not T.inq[last] and T.low[u.us] in L.AUXILIARIES and T.cap[u.us]


def _take_deferred(u: Unit, source, speaker, cue, at_paragraph_end: bool) -> None:
    """The unit after "He said:" is its content; the whole paragraph when the cue ended the one before."""
    T, us, ue = u.T, u.us, u.ue
    if at_paragraph_end and us == 0:        # a block quotation: the paragraph as it stands
        T.mark(0, T.n)
        u.emit("direct", speaker, source, cue, [T.span(0, T.n)])
        return
    a, b = T.trim(us, ue)
    if T.quote_mark(us):
        a = us
    content = T.span(a, b) if b > a else T.span(us, ue)
    u.emit("direct" if T.quote_mark(us) else "paraphrase", speaker, source, cue, [content])


def _dateline_end(T: Tokens) -> int:
    """One past a dateline opening the paragraph ("OSLO, Norway (Northwire) —", "FAIRVIEW, W.Va. -"), or 0."""
    if not (T.n > 2 and len(T.w[0]) > 1 and T.w[0].isalpha() and T.w[0].isupper()):
        return 0
    for k in range(1, min(T.n - 1, 12)):
        if T.w[k] in ("—", "–", "-", "--"):
            return k + 1
        if not (T.cap[k] or T.w[k] in (",", ".", "(", ")") or T.w[k].isdigit() and len(T.w[k]) <= 2):  # "March 3"
            return 0
    return 0


def _after_header(text: str, index: int, start: int, end: int) -> list[tuple[int, int, int]]:
    """The article text left in a first paragraph after its front matter, when no blank line parts them
    ("---\\n...\\n---\\nThe operator denied ..."): that paragraph, or nothing."""
    body = front_matter_end(text, start)
    while body < end and text[body].isspace():
        body += 1
    return [(index, body, end)] if start < body < end else []


def _is_header(paragraph: str) -> bool:
    """A first paragraph of "Key: value" lines (or front matter) is metadata, not article text."""
    lines = [line for line in paragraph.splitlines() if line.strip()]
    if not lines or len(lines) > 40:
        return False
    if lines[0].strip() == "---":
        return True
    keys = []
    for line in lines:
        match = _HEADER_LINE.match(line)
        if not match:
            return False
        keys.append(match.group(1).strip().lower())
    return len(lines) >= 2 or keys[0] in _HEADER_KEYS
