"""Rule: a statement issued in writing, "X issued a statement saying ...".

"Holm's ministry later issued a statement saying no contract had been signed", "The club released
a short statement denying that any offer had been made": the subject of "issued" is the source, the
participle ("saying", "denying", "confirming") the cue, the clause after it the content.
"""
from __future__ import annotations

from . import lexicon as L
from .phrases import content_after, subject_np
from .unit import Unit

_ISSUE = frozenset("issued released published sent posted put".split())
_DOCUMENTS = frozenset("statement statements letter notice email e-mail message note release".split())
_PARTICIPLES = {"saying": "say", "denying": "deny", "confirming": "confirm", "stating": "state",
                "insisting": "insist", "announcing": "announce", "rejecting": "reject", "disputing": "dispute"}


def issued_statement(u: Unit) -> None:
    """Record 'SUBJECT issued a statement PARTICIPLE CONTENT' wherever the unit holds it."""
    T, us, ue = u.T, u.us, u.ue
    for i in range(us + 1, ue - 3):
        if T.low[i] not in _ISSUE or T.inq[i] or T.used[i]:
            continue
        j = i + 1 + (T.low[i + 1] == "out")                          # "put out a statement"
        while j < ue and j - i < 5 and T.low[j] not in _DOCUMENTS:
            j += 1
        if j + 1 >= ue or T.low[j] not in _DOCUMENTS or T.low[j + 1] not in _PARTICIPLES:
            continue
        h = i - 1
        while h > us and (T.adverb(h) or T.low[h] in L.AUXILIARIES):
            h -= 1                                                   # "later issued", "has issued"
        if h < us or T.inq[h] or not (T.cap[h] or T.low[h].isalpha()):
            continue
        cue = j + 1
        p, e = content_after(T, cue + 1, ue, _PARTICIPLES[T.low[cue]])
        if T.words(p, e) >= 2:
            u.add((subject_np(T, h, us), h + 1), (cue, cue + 1), [(p, e)])
