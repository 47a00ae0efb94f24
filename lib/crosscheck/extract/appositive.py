"""Rule: an answer set in apposition to a reported content, "X said Y, a claim Z denied".

"Unison said the council planned closures, a claim the council denied", "P, the union said, a claim the
ministry rejected as premature", "pay had fallen by 4%, a figure the company disputed": the noun phrase
after the comma names what was just reported, its subject is the source, the answering verb (with a
verdict "as ...") the cue. The content is the noun phrase ("a claim"), which points back at what it
names, as "denied it" does; the first content ends at the comma (see :func:`.phrases.clause_end`).
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
            a, b, subject, verb, cue_end = found
            u.add((subject, verb), (verb, cue_end), [(a, b)])
