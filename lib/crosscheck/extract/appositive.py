"""Rule: an answer set in apposition to a reported content, "X said Y, a claim Z denied".

"Unison said the council planned closures, a claim the council denied", "pay had fallen by 4%, a figure
the company disputed": the noun phrase after the comma names what was just reported, its subject is the
source and the answering verb the cue. The content is the noun phrase ("a claim"), which points back at
what it names; the first content ends at the comma (see :func:`.phrases.clause_end`).
"""
from __future__ import annotations

from .phrases import appositive_answer_at
from .unit import Unit

def appositive_answer(u: Unit) -> None:
    """Record each answer in apposition in the unit (its content is the noun phrase that names the report)."""
    T = u.T
    for k in range(u.us, u.ue):
        if T.inq[k] or T.used[k]:
            continue
        found = appositive_answer_at(T, k, u.ue)
        if found is not None:
            a, b, subject, verb = found
            u.add((subject, verb), (verb, verb + 1), [(a, b)])
