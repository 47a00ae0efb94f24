"""Rule: "according to X" — the content is the clause after X (when the phrase opens the unit)
or the words before the phrase ("Fares will rise, according to the council")."""
from __future__ import annotations

from . import lexicon as L
from .phrases import clause_end, object_np
from .unit import Unit


def according_to(u: Unit) -> None:
    T, us, ue = u.T, u.us, u.ue
    low = T.low
    for i in range(us, ue - 2):
        if low[i] != "according" or low[i + 1] != "to" or T.inq[i]:
            continue
        s0 = i + 2
        s1 = _through_maker(T, s0, object_np(T, s0, ue), ue)
        if s1 <= s0:
            continue
        if i == us and s1 + 1 < ue and low[s1] == ",":
            parts = [(s1 + 1, clause_end(T, s1 + 1, ue))]       # "According to X, the content."
        elif i == us or (i - 1 == us and low[us] not in (",", "(", "—")):
            parts = [(s1, clause_end(T, s1, ue))]               # "According to X the content."
        else:
            parts = [(T.before_start(us, i), i)]                # "The content, according to X."
            if _aside(T, us, i, s1, ue):                        # "The weapons, according to X, were found ...":
                parts.append((s1 + 1, clause_end(T, s1 + 1, ue)))   # the clause runs on past the aside
        u.add((s0, s1), (i, i + 2), parts)


def _aside(T, us: int, i: int, s1: int, ue: int) -> bool:
    """Is "according to X" an aside set off by commas inside a clause whose verb comes after it?"""
    opened = i - 1 > us and T.low[i - 1] == ","
    closed = s1 + 1 < ue and T.low[s1] == "," and not T.inq[s1 + 1]
    verb_after = closed and (T.low[s1 + 1] in L.AUXILIARIES or T.low[s1 + 1] in ("had", "have", "has"))
    before = range(us, i - 1)
    return opened and verb_after and not any(T.low[x] in L.AUXILIARIES or T.low[x] in L.VERB_FORMS for x in before)


def _through_maker(T, s0: int, s1: int, ue: int) -> int:
    """The source's end, past the maker of a document it names ("according to a letter sent to the board by
    a senior radiographer", "figures compiled last year by the union"); else s1."""
    if not any(T.low[k] in L.DOCUMENT_NOUNS for k in range(s0, s1)):
        return s1
    for k in range(s1, min(ue, s1 + 8)):
        if T.inq[k] or T.low[k] in (",", ";", ".", ":"):
            return s1
        if T.low[k] == "by" and any(T.low[j] in L.MADE_BY for j in range(s0, k)):
            return object_np(T, k + 1, ue)
    return s1
