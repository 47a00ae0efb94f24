"""Who runs a body the article names: "Lena Forsberg has run the Eastport Transit Authority since 2022",
"Ann Cole, who heads the Harbour Trust, ...". Such a person speaks for the body (an interview with her is the
authority's answer), as a spokesperson or a chief executive named by role does.
"""
from __future__ import annotations

from . import lexicon as L
from .bodies import body_name_end
from .introductions import person_name_ending
from .tokens import Tokens

#: Verbs whose subject runs the body that is their object.
#: Not "leads": "Hale leads the Premier League" names a table, not a body she runs.
_RUNNING = frozenset("run runs ran heads headed chairs chaired manages managed directs directed".split())


def people_running_bodies(T: Tokens) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(person's tokens, body's tokens) for each "PERSON (has) runs/heads/leads THE BODY" outside quotations."""
    out = []
    for v in range(1, T.n - 1):
        if T.inq[v] or T.low[v] not in _RUNNING:
            continue
        subject_end = v - 1 if T.low[v - 1] in ("has", "had", "who", "which") else v
        if T.low[v - 1] == "who" and v >= 3 and T.low[v - 2] == ",":
            subject_end = v - 2         # "Ann Cole, who heads the Harbour Trust,"
        person = person_name_ending(T, subject_end)     # a full name: "Arsenal run the ..." is no person
        a = v + 1 + (T.low[v + 1] == "the")
        if person is None or person[1] - person[0] < 2 or a >= T.n or not T.cap[a] or T.inq[a]:
            continue
        b = body_name_end(T.w, a, stop=lambda i: T.inq[i])
        if any(T.low[k] in L.ORG_WORDS for k in range(a, b)):
            out.append((person, (a, b)))
    return out
