"""Rules for quotations that carry no cue verb of their own.

* ``speaker_line``: a paragraph "NAME: words" (transcripts, headlines);
* ``signatures``: '“...” ― Name' (reader comments, epigraphs);
* ``continuation``: a cue-less quotation continues the previous direct statement ('“A,” she
  said. “B.”'), in its paragraph or, when it opens the paragraph, from the paragraph before.
"""
from __future__ import annotations

from . import lexicon as L
from .unit import Found, Unit

_DASHES = ("―", "—", "–", "--")


def speaker_line(u: Unit) -> bool:
    """'NAME: words' over the whole paragraph (u spans it); True when it took the paragraph."""
    T = u.T
    n = T.n
    if n < 4:
        return False
    a = 1 if T.quote_mark(0) else 0
    c = a
    while c < n and c - a < 4 and (T.cap[c] or T.low[c] in ("'s", "’s", ".")) and T.w[c] != ":":
        c += 1
    if not (a < c < n and T.w[c] == ":" and T.low[a] not in L.COLON_NOT_SOURCE and T.words(c + 1, n) >= 3
            and not (T.inq[c] and not T.inq[a])):
        return False
    b = n
    while b > c + 1 and (T.w[b - 1] in (".", ",") or (T.is_quote(b - 1) and a == 1)):
        b -= 1
    body = T.span(c + 1, b)
    if body is None:
        return False
    kind = "direct" if T.inq[c + 1] else "paraphrase"
    u.emit(kind, u.speaker((a, c)), T.span(a, c), T.span(c, c + 1), [body])
    T.mark(0, n)
    return True


def signatures(u: Unit) -> None:
    """'“...” ― Name': the quotation before the dash is the named person's."""
    T = u.T
    n = T.n
    for i in range(1, n - 1):
        if not (T.w[i] in _DASHES and T.quote_mark(i - 1) and not T.inq[i] and T.cap[i + 1]):
            continue
        j = i + 1
        while j < n and j - i <= 5 and (T.cap[j] or T.low[j] in (".", "'s")) and not T.inq[j] \
                and T.low[j] not in L.FUNCTION_WORDS:
            j += 1
        if j - i > 5 or (j < n and not (T.w[j] in (".", ",", ";") or T.is_quote(j))):
            continue
        k = i - 1
        while k - 1 >= 0 and T.qid[k - 1] == T.qid[i - 1]:
            k -= 1
        b = j
        while b > i + 1 and T.w[b - 1] in (".", ","):
            b -= 1
        u.emit("direct", u.speaker((i + 1, b)), T.span(i + 1, b), T.span(i, i + 1), [T.span(k, i)])
        T.mark(k, j)


def continuation(u: Unit) -> bool:
    """Append a cue-less quotation unit to the previous direct statement; True when it did."""
    T, us, ue = u.T, u.us, u.ue
    if not u.found or not T.quote_mark(us):
        return False
    last = _previous_quotation(u.found, u.paragraph)
    if last is None or (last.paragraph != u.paragraph and us != 0):
        return False
    k = T.quote_end(us)
    if T.words(k, ue):
        return False
    span = T.span(us, k)
    if span is None or span.start < last.content[-1].end:
        return False
    last.content = last.content + (span,)
    return True


def _previous_quotation(found: list[Found], paragraph: int) -> Found | None:
    for d in reversed(found[-4:]):
        if d.paragraph not in (paragraph, paragraph - 1):
            return None
        if d.kind == "direct" or d.content[-1].text[-1:] in ("”", '"', "'"):
            return d
    return None
