"""Rule: a noun that carries a content after a possessive source ("Berg's pledge to build a
library", "her claim that the vote was rigged")."""
from __future__ import annotations

from . import lexicon as L
from .phrases import subject_np
from .unit import Unit

_MODIFIERS = {"new", "latest", "repeated", "own", "earlier", "previous", "recent"}
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def noun_cue(u: Unit, i: int) -> bool:
    """The cue noun at token i, followed by "that" or "to"."""
    T, us, ue = u.T, u.us, u.ue
    low = T.low
    if low[i + 1] == "to" and (i + 2 >= ue or not low[i + 2].isalpha() or low[i + 2] in L.DETERMINERS
                               or T.cap[i + 2]):
        return False
    h = i - 1
    while h >= us and (T.adverb(h) or low[h] in _MODIFIERS):
        h -= 1
    if h < us:
        return False
    if low[h] in L.POSSESSIVES:
        source = (h, h + 1)
    elif low[h] in ("'s", "’s") and h - 1 >= us:
        source = (subject_np(T, h - 1, us), h)
    else:
        return False
    if not T.free(*source):
        return False
    end = i + 1
    while end < ue and not (low[end] in (",", ";", ".", "—") and not T.inq[end]):
        end += 1
    pronoun = _POSSESSIVE_PRONOUNS.get(low[source[0]])
    if pronoun and source[1] - source[0] == 1:
        return u.add(None, (i, i + 1), [(i + 1, end)], source=T.span(*source),
                     speaker=u.resolver.pronoun(pronoun, T.st[source[0]]))
    return u.add(source, (i, i + 1), [(i + 1, end)])
