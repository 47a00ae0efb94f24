"""Rule: "according to X" — the content is the clause after X (when the phrase opens the unit)
or the words before the phrase ("Fares will rise, according to the council")."""
from __future__ import annotations

from .phrases import clause_end, object_np
from .unit import Unit


def according_to(u: Unit) -> None:
    T, us, ue = u.T, u.us, u.ue
    low = T.low
    for i in range(us, ue - 2):
        if low[i] != "according" or low[i + 1] != "to" or T.inq[i]:
            continue
        s0 = i + 2
        s1 = object_np(T, s0, ue)
        if s1 <= s0:
            continue
        if i == us and s1 + 1 < ue and low[s1] == ",":
            parts = [(s1 + 1, clause_end(T, s1 + 1, ue))]       # "According to X, the content."
        elif i == us or (i - 1 == us and low[us] not in (",", "(", "—")):
            parts = [(s1, clause_end(T, s1, ue))]               # "According to X the content."
        else:
            parts = [(T.before_start(us, i), i)]                # "The content, according to X."
        u.add((s0, s1), (i, i + 2), parts)
