"""Who an interview is with, as the sentence introducing it says.

"Parcelo's chief technology officer, Ben Adeyemi, answered questions from The Digital Record.",
"Ward spoke to Coastline Sport after training.", "Dr. Helen Achterberg, chief executive of the
authority, spoke to the Evening Post": the subject is the person interviewed, who answers the
uncued answers that follow, whoever else the article names more often.
"""
from __future__ import annotations

from . import lexicon as L
from .roles import parse_role
from .tokens import Tokens

#: (verb, next word) pairs that introduce an interview with the subject.
_INTRODUCERS = {("spoke", "to"), ("spoke", "with"), ("talked", "to"), ("talked", "with"), ("answered", "questions"),
                ("was", "interviewed"), ("sat", "down"), ("gave", "an"), ("agreed", "to")}
_APPOSITIVE_LIMIT = 14


def interviewees(T: Tokens) -> list[tuple[int, int]]:
    """Token ranges of the people the paragraph introduces as interviewed, outside quotations."""
    out = []
    for v in range(1, T.n - 1):
        if T.inq[v] or (T.low[v], T.low[v + 1]) not in _INTRODUCERS:
            continue
        if T.low[v] == "gave" and (v + 2 >= T.n or T.low[v + 2] != "interview"):
            continue
        name = _object_interviewed(T, v) or _subject_name(T, v)
        if name is not None:
            out.append(name)
    return out


def _object_interviewed(T: Tokens, v: int) -> tuple[int, int] | None:
    """The person spoken to, when the verb's object is a role and a name ("The Review spoke to Carrow's
    chief operating officer, Ravi Menon, on Monday": an outlet is given no role, the person it
    interviews is) or the subject is a body ("The Ledger spoke to Chen on Tuesday")."""
    if T.low[v + 1] not in ("to", "with"):
        return None
    comma = next((k for k in range(v + 2, min(T.n, v + 2 + _APPOSITIVE_LIMIT)) if T.low[k] == ","), None)
    if comma is not None and comma > v + 2 and not any(T.inq[k] for k in range(v + 2, comma)) \
            and parse_role(T, v + 2, comma) is not None:
        return _name_from(T, comma + 1, shortest=2)
    if v + 3 < T.n and T.low[v + 2] in _COURTESY and T.cap[v + 3]:
        return _name_from(T, v + 3, shortest=1)     # "ArtsWeek spoke to Mr Arkwright": a person, as no outlet is
    return _name_from(T, v + 2, shortest=1) if _body_subject(T, v) else None


#: Courtesy titles, which name a person ("Mr Arkwright", "Dr. Osei").
_COURTESY = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady".split())


_AFTER_NAME = {",", ".", "on", "about", "at", "in", "for", "after", "before", "last", "this", "by"}


def _name_from(T: Tokens, a: int, shortest: int) -> tuple[int, int] | None:
    """The person's name that starts at token a and ends its phrase, of at least ``shortest`` words."""
    end = a
    while end < T.n and end - a < 4 and T.cap[end] and not T.inq[end]:
        end += 1
    if end >= T.n or T.low[end] not in _AFTER_NAME:
        return None
    name = person_name_ending(T, end)
    return name if name is not None and name[0] == a and name[1] - name[0] >= shortest else None


def _body_subject(T: Tokens, v: int) -> bool:
    """Is the verb's subject a body named with "the" ("The Ledger", "The Harbour Times")?"""
    k = v - 1
    while k >= 0 and T.cap[k] and T.low[k] != "the" and not T.inq[k]:
        k -= 1
    return 0 <= k < v - 1 and T.low[k] == "the"


def _subject_name(T: Tokens, v: int) -> tuple[int, int] | None:
    """The person's name that is the subject of the verb at v: right before it, or in or before an
    appositive between commas ("Ben Adeyemi, answered" / "Helen Achterberg, chief executive ..., spoke"),
    or the name opening the sentence before for "He" or "She" ("Lena Forsberg has run ... She spoke to")."""
    if T.low[v - 1] in ("he", "she") and T.sent[v - 1]:
        return _name_opening_sentence_before(T, v - 1)
    if T.cap[v - 1] and T.low[v - 1] not in L.FUNCTION_WORDS:
        return person_name_ending(T, v)
    if T.low[v - 1] != ",":
        return None
    c = next((k for k in range(v - 2, max(v - _APPOSITIVE_LIMIT, -1), -1) if T.low[k] == ","), None)
    if c is None:
        return None
    inner = person_name_ending(T, v - 1)
    if inner is not None and inner[0] == c + 1:
        return inner                    # "..., Ben Adeyemi, answered"
    return person_name_ending(T, c)           # "Helen Achterberg, chief executive ..., spoke"


def person_name_ending(T: Tokens, end: int) -> tuple[int, int] | None:
    """Capitalised words ending before token ``end``, without titles, if they could be a person's name."""
    start = end
    while start > 0 and end - start < 5 and (T.cap[start - 1] or T.w[start - 1] == ".") and not T.inq[start - 1]:
        start -= 1
    while start < end and (T.low[start].rstrip(".") in L.TITLES or T.w[start] == "."):
        start += 1
    if start == end or any(T.low[k] in L.ORG_WORDS or T.low[k] in L.FUNCTION_WORDS for k in range(start, end)):
        return None
    return start, end


def _name_opening_sentence_before(T: Tokens, k: int) -> tuple[int, int] | None:
    """The person's name that opens the sentence before token k (a sentence start), if it is one."""
    start = next((j for j in range(k - 1, -1, -1) if T.sent[j]), None)
    if start is None or T.inq[start]:
        return None
    end = start
    while end < k and end - start < 4 and T.cap[end] and not T.inq[end]:
        end += 1
    return person_name_ending(T, end) if end - start >= 2 else None
