"""Rules for interviews: transcript lines and uncued quotations in a question-and-answer passage.

* ``transcript_line``: a paragraph "Q: ..." is the interviewer's question (the outlet's own voice,
  so narration marked as a question); "A: ..." is the answer of the person interviewed.
* ``exchange_turn``: a paragraph that is one uncued quotation, right after an interviewer's
  question ('"Will it pass?" the Courier asked.'), is the answer of the person interviewed, not a
  continuation of the question; after that answer, an uncued question is the interviewer's again.
* ``unlabelled_answers``: in a transcript without labels or quotation marks (a paragraph that is
  only a question, then a paragraph that answers in the first person or with "No." / "Never."),
  the answer is the person interviewed's, not the outlet's narration.
"""
from __future__ import annotations

import re

from . import lexicon as L
from .unit import Exchange, Found, Unit

_QUESTION_MARKS = {"q", "question"}
_ANSWER_MARKS = {"a", "answer"}


def transcript_line(u: Unit) -> bool:
    """'Q: ...' / 'A: ...' over the whole paragraph (u spans it); True when it took the paragraph."""
    T = u.T
    if T.n < 3 or T.w[1] not in (":", ".") or T.low[0] not in _QUESTION_MARKS | _ANSWER_MARKS or not T.cap[0]:
        return False
    body = T.span(2, T.n)
    if body is None:
        return False
    cue = T.span(0, 2)
    if T.low[0] in _QUESTION_MARKS:
        u.emit("narration", None, None, cue, [body])
    else:
        answerer = u.resolver.answerer(None, T.st[0])
        if answerer is None:
            return False
        u.emit("direct", answerer, None, cue, [body])
    T.mark(0, T.n)
    return True


def asked_clause(u: Unit) -> None:
    """ "Asked whether the city would seek another site, she said: ...": the fronted clause is a
    question put to the speaker (the outlet's voice); the rules read the main clause after it."""
    T, us = u.T, u.us
    start = us + 1 if T.low[us] == "when" else us
    if start + 2 >= u.ue or T.low[start] != "asked" or T.inq[start]:
        return
    k = start + 1
    while k < u.ue and k - start < 30 and T.low[k] != "," and not T.inq[k] and T.low[k] not in L.STOP_PUNCT:
        k += 1
    if k >= u.ue or T.low[k] != "," or T.words(start + 1, k) < 2:
        return
    refusal = _bare_refusal(T, k + 1, u.ue)
    if refusal is not None:     # "Asked whether he would sell, Mr. Aldine would not say.": his refusal of it
        (a, b), cue = refusal
        asked = start + 1
        if T.low[asked] == "by":    # "Asked by the Post whether ...": what was asked, not by whom
            asked = next((x for x in range(asked, k) if T.low[x] in _ASKING), asked)
        if u.add((a, b), cue, [(asked, k)]):
            T.mark(us, u.ue)
            return
    u.emit("narration", None, None, T.span(us, start + 1), [T.span(start + 1, k)])
    u.found[-1].asked = True
    T.mark(us, k + 1)


#: Words that open what was asked ("whether he would sell", "about the debt").
_ASKING = frozenset("whether if about what how why when who which to".split())
#: The verbs of a refusal that names no topic of its own ("would not say", "declined to comment").
_REFUSED = frozenset("say comment elaborate answer respond speculate confirm".split())


def _bare_refusal(T, a: int, ue: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(source, cue) token ranges when the clause from ``a`` is only "SOURCE would not say" or
    "SOURCE declined to comment" (up to its full stop); else None."""
    end = ue - 1 if ue - 1 > a and T.low[ue - 1] in L.STOP_PUNCT else ue
    verb = end - 1
    if verb <= a or T.low[verb] not in _REFUSED or T.inq[verb]:
        return None
    c = verb - 1
    if T.low[c] == "to" and c - 1 > a and T.low[c - 1] in ("declined", "refused"):
        c -= 1                      # "declined to comment"
    elif T.low[c] in L.NEGATIONS and c - 1 > a and T.low[c - 1] in L.AUXILIARIES:
        c -= 1                      # "would not say", "did not respond"
    elif T.low[c] in ("n't", "n’t") and c - 1 > a:
        c -= 1
    else:
        return None
    if c - a > 5 or any(T.inq[x] or T.low[x] in (",", ";") for x in range(a, c)):
        return None
    return (a, c), (c, end)


def exchange_turn(u: Unit) -> bool:
    """A paragraph-opening uncued quotation in a question-and-answer exchange; True when it took it."""
    T, us = u.T, u.us
    if us != 0 or not T.quote_mark(0) or not u.found or u.found[-1].paragraph >= u.paragraph:
        return False
    end = T.quote_end(0)
    if T.words(end, u.ue):
        return False
    last = u.found[-1]
    exchange = _exchange(u, last)
    if exchange is None:
        return False
    span = T.span(0, end)
    asks = span.text.rstrip(" \"'”’»").endswith("?")
    if last.question and not asks:
        if exchange.answerer is None:
            exchange.answerer = u.resolver.answerer(exchange.asker.name if exchange.asker else None, span.start)
        if exchange.answerer is None:
            return False
        u.emit("direct", exchange.answerer, None, None, [span])
    elif not last.question and asks:
        u.emit("direct" if exchange.asker else "narration", exchange.asker, None, None, [span])
    else:
        return False
    u.found[-1].exchange = exchange
    return True


def _exchange(u: Unit, last: Found) -> Exchange | None:
    """The exchange the last statements belong to (an interviewer's question in the last three
    statements, within the last three paragraphs opens one), or None."""
    for d in reversed(u.found[-3:]):
        if d.paragraph < u.paragraph - 3:
            break
        if d.exchange is not None:
            if d.exchange.answerer is None and d.speaker is not None and d is last and not d.question:
                d.exchange.answerer = d.speaker
            return d.exchange
        source = d.source.text if d.source else ""
        if d.question and d.kind == "direct" and u.resolver.is_interviewer(d.speaker, source):
            return Exchange(d.speaker)
    return None


_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|I\u2019m|I\u2019ve|we|we're|we've|our|ours|my|me|us)\b"
                           r"|^\W*(?:yes|no|never|absolutely|of course|not at all|certainly|well)\b", re.IGNORECASE)
#: Fewest question-then-answer paragraph pairs that make an article a transcript.
MIN_EXCHANGES = 2


def unlabelled_answers(found: list[Found], resolver, text: str) -> None:
    """Give the uncued answers of an unlabelled transcript to the person interviewed (in place)."""
    by_paragraph: dict[int, list[Found]] = {}
    for d in found:
        by_paragraph.setdefault(d.paragraph, []).append(d)
    pairs = [(by_paragraph[p], by_paragraph[p + 1]) for p in sorted(by_paragraph)
             if p + 1 in by_paragraph and _asks_only(by_paragraph[p], text) and _answers(by_paragraph[p + 1])]
    if len(pairs) < MIN_EXCHANGES:
        return
    answerer = resolver.answerer(None, pairs[0][1][0].content[0].start)   # one person answers throughout
    if answerer is None:
        return
    for question, answer in pairs:
        for d in question:              # "Has Kovac asked to leave?": the interviewer's question, not Kovac's
            if not _relayed(d, text):       # but "Aslef says the limit was lifted. Is that right?": Aslef's
                d.kind, d.speaker, d.source, d.asked = "narration", None, None, True
        for d in answer:
            if d.kind == "narration":
                d.kind, d.speaker = "direct", answerer
            elif d.speaker is None and d.source is not None and d.source.text.lower() in ("i", "we"):
                d.speaker = answerer


def _relayed(d: Found, text: str) -> bool:
    """A third party's statement the interviewer puts to the person answering ("Aslef says the speed
    limit was lifted in January. Is that right?"): reported, not asked, by a named source."""
    if d.kind != "paraphrase" or d.question or d.source is None or d.source.text.lower() in _INTERVIEW_PEOPLE:
        return False
    after = text[d.content[-1].end:d.content[-1].end + 3].lstrip(" \"'\u201d\u2019)")
    return not after.startswith("?")


#: Who asks and who answers in an interview, as a source: a relayed statement has another source.
_INTERVIEW_PEOPLE = frozenset("you i we he she they it".split())


def _asks_only(paragraph: list[Found], text: str) -> bool:
    """A paragraph that only asks: its one sentence ends in "?" (a cue inside it is part of the question)."""
    last = paragraph[-1].content[-1].end
    ends = text[last:last + 3].lstrip(" \"'\u201d\u2019)")
    return len(paragraph) <= 2 and (paragraph[-1].question or ends.startswith("?")) and all(
        d.kind == "narration" and d.question or d.kind == "paraphrase" for d in paragraph)


def _answers(paragraph: list[Found]) -> bool:
    """A paragraph in the outlet's voice that answers: no question, and first person or a reply."""
    narrated = [d for d in paragraph if d.kind == "narration" or d.speaker is None and d.source is not None]
    if not narrated or any(d.question for d in paragraph):
        return False
    return any(_FIRST_PERSON.search(c.text) for d in narrated for c in d.content) or any(
        d.source is not None and d.source.text.lower() in ("i", "we") for d in narrated)  # "We knew about ..."
