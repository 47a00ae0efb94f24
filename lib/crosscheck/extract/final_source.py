"""Rule: a source at the end of the sentence ("P, archaeologists from the university said on Monday.").

News leads put the attribution last: "Diallo travelled to Lisbon for a medical, two people familiar
with the talks told Touchline Daily."  The content is everything before the comma that opens the
source, even when it holds a verb the other rules would read as a cue of its own ("the oldest boat
yet found, archaeologists said"; "Tool marks showed it was shaped by people, they said").  The rule
runs before the cue verbs so that the sentence's own attribution wins.  The source runs from that
comma to the cue; after the cue only an addressee and adverbials may follow ("told Meridian Wire by
telephone", "said in a statement on Monday").
"""
from __future__ import annotations

from . import lexicon as L
from .unit import Unit

#: Verbs that attribute a whole sentence when they end it.
FINAL_VERBS = frozenset("say tell add announce report write insist confirm warn claim explain".split())
#: Most tokens between the source's comma and the cue, and after the cue.
SOURCE_LIMIT, TAIL_LIMIT = 12, 8
#: Fewest words the content before the source must hold.
MIN_CONTENT_WORDS = 4


def final_source(u: Unit) -> None:
    """Record 'P, SOURCE said [to X] [on Monday].' when the unit ends that way."""
    T, us = u.T, u.us
    while us < u.ue and T.used[us]:
        us += 1                 # past a dateline ("OSLO (Northern Wire) -")
    end = u.ue
    while end > us and T.low[end - 1] in L.STOP_PUNCT:
        end -= 1
    cue = _final_cue(u, end)
    if cue is None:
        return
    comma = _source_comma(u, cue)
    if comma is None or T.words(us, comma) < MIN_CONTENT_WORDS:
        return
    if any(T.used[x] for x in range(us, end)) or T.is_quote(comma - 1):
        return
    if any(L.VERB_FORMS.get(T.low[x]) in FINAL_VERBS and not T.inq[x] for x in range(us, comma)):
        return                  # "X said P, Y added": the cue inside speaks for itself
    u.add((comma + 1, _source_end(u, comma + 1, cue)), (cue, cue + 1), [(us, comma)])


def _final_cue(u: Unit, end: int) -> int | None:
    """The cue verb near the end of the unit with only an addressee and adverbials after it."""
    T = u.T
    for i in range(end - 1, max(u.us, end - TAIL_LIMIT - 1) - 1, -1):
        lw = T.low[i]
        if T.inq[i] or T.is_quote(i) or lw in (",", ";", ":", "that", "—", "–", "(", ")"):
            return None
        base = L.VERB_FORMS.get(lw)
        if base in FINAL_VERBS and not lw.endswith("ing") and not T.cap[i]:
            return i if _adverbial_tail(u, i + 1, end, base) else None
    return None


def _adverbial_tail(u: Unit, a: int, end: int, base: str) -> bool:
    """After the cue only adverbials ("on Monday", "in a statement") or, after "told", an addressee
    first ("told Meridian Wire by telephone"): not a content of its own ("had reported explosions")."""
    T = u.T
    if a >= end:
        return True
    first = T.low[a]
    return first in L.ADVERBIAL_PREPS or first in L.TIME_WORDS or first in ("to", "by", "via") or base == "tell"


def _source_comma(u: Unit, cue: int) -> int | None:
    """The comma before the source: the last one before the cue, outside quotations, with a
    plausible source between (no other verb, not a clause of its own)."""
    T, us = u.T, u.us
    for k in range(cue - 1, max(us, cue - SOURCE_LIMIT - 1) - 1, -1):
        lk = T.low[k]
        if T.inq[k] or T.is_quote(k) or lk in (";", ":", "—", "–", "(", ")"):
            return None
        if lk == "," and k == cue - 1:
            return _apposition_comma(u, k)      # "P, its chairman, Peter Quill, told members"
        if lk == ",":
            return k if _plausible_source(u, k + 1, cue) else None
    return None


def _apposition_comma(u: Unit, k: int) -> int | None:
    """The comma opening "ROLE, NAME," that ends right before the cue at comma k, if the two are there."""
    T, us = u.T, u.us
    name = k - 1
    while name > us and k - name <= 4 and T.cap[name - 1] and not T.inq[name - 1]:
        name -= 1
    if name - 1 <= us or T.low[name - 1] != "," or not T.cap[name]:
        return None
    for c in range(name - 2, max(us, name - 10), -1):
        if T.low[c] == ",":
            role = range(c + 1, name - 1)
            return c if any(T.low[x] in L.ROLE_HEADS for x in role) and not any(T.inq[x] for x in role) else None
    return None


def _plausible_source(u: Unit, a: int, b: int) -> bool:
    """Tokens [a, b) can be a source: a noun phrase opening with a name, a determiner, a number or
    a pronoun, holding no finite verb or relative clause."""
    T = u.T
    if b <= a:
        return False
    first = T.low[a]
    if not (T.cap[a] or first in L.DETERMINERS or first in L.SUBJECT_PRONOUNS or first.isdigit()
            or first.isalpha() and first not in L.FUNCTION_WORDS):
        return False
    if b - 1 > a and T.low[b - 1] in ("has", "have", "had"):
        b -= 1                      # "the company building it has said": the perfect's auxiliary is the cue's
    for x in range(a, b):
        lx = T.low[x]
        if lx == "and" and a < x < b - 1 and T.cap[x - 1] and T.cap[x + 1]:
            continue            # "the University and College Union said": one name
        if lx in ("who", "which", "that", "and", "but", "while", "as", "if", "when"):
            return False
        if lx in L.AUXILIARIES and lx not in ("'s", "’s") or lx in L.VERB_FORMS and not _noun_like(T, x, a):
            return False
    return T.free(a, b)


def _source_end(u: Unit, a: int, cue: int) -> int:
    """One past the source: the cue, less auxiliaries, negations and adverbs before it."""
    T = u.T
    h = cue
    while h - 1 > a and (T.low[h - 1] in L.AUXILIARIES or T.low[h - 1] in L.NEGATIONS or T.adverb(h - 1)
                         or T.low[h - 1] == ","):
        h -= 1
    return h


def _noun_like(T, x: int, a: int) -> bool:
    """A verb form used as a noun inside the source ("people familiar with the talks")."""
    return x > a and T.low[x - 1] in L.DETERMINERS or T.low[x] in L.TITLES
