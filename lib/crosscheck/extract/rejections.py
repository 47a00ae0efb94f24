"""Rule: a rejection appended to a statement, "P, the union said, a claim the ministry rejected as premature".

The appositive names what was just said ("a claim", "an account", "a figure") and who rejected it: its
subject is the source, the verb of denial (with what follows it) the cue, and the noun ("a claim") the
content: a back reference to P, as "denied it" is.
"""
from __future__ import annotations

from . import lexicon as L
from .unit import Unit

_SAID_NOUNS = frozenset("claim account accusation allegation charge assertion figure suggestion version description "
                        "characterisation characterization estimate".split())
_DENIALS = frozenset("reject deny dispute dismiss contest refute challenge".split())
#: Most tokens between the noun and the verb of denial ("a claim [the agriculture ministry] rejected").
_SUBJECT_LIMIT = 7


def appended_rejection(u: Unit) -> None:
    """Record ', a claim SUBJECT rejected ...' at the end of a unit as the subject's statement."""
    T, us, ue = u.T, u.us, u.ue
    end = ue
    while end > us and T.low[end - 1] in L.STOP_PUNCT:
        end -= 1
    for c in range(us + 1, end - 4):
        if T.low[c] != "," or T.inq[c] or T.low[c + 1] not in ("a", "an") or T.low[c + 2] not in _SAID_NOUNS:
            continue
        s = c + 3 + (T.low[c + 3] in ("that", "which"))
        v = next((k for k in range(s + 1, min(end, s + _SUBJECT_LIMIT + 1))
                  if L.VERB_FORMS.get(T.low[k]) in _DENIALS and not T.inq[k]), None)
        if v is None or any(T.low[k] in (",", ";", ":") or T.inq[k] for k in range(s, end)):
            continue
        u.add((s, v), (v, end), [(c + 1, c + 3)])   # the cue keeps its verdict: "rejected as premature"
        return
