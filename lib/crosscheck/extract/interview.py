"""Rules for interviews: transcript lines and uncued quotations in a question-and-answer passage.

* ``transcript_line``: a paragraph "Q: ..." is the interviewer's question (the outlet's own voice,
  so narration marked as a question); "A: ..." is the answer of the person interviewed.
* ``exchange_turn``: a paragraph that is one uncued quotation, right after an interviewer's
  question ('"Will it pass?" the Courier asked.'), is the answer of the person interviewed, not a
  continuation of the question; after that answer, an uncued question is the interviewer's again.
"""
from __future__ import annotations

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
    u.emit("narration", None, None, T.span(us, start + 1), [T.span(start + 1, k)])
    u.found[-1].asked = True
    T.mark(us, k + 1)


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
