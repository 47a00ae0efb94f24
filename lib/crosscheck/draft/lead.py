"""The lead: the point an article's headline puts, and the statements told about it.

A news story states its contested point at the top ("Utility denies plan to shut Harlow Ridge coal
plant early"). A later statement whose distinctive words are mostly the headline's ("the plant's last
unit would go offline no later than 2028") is told about that point, even when it shares too little
with any one statement of it for the stories' similarity. ``lead_fragment`` gives the fragment of the
first paragraph that states the headline's point, and ``lead_share`` how much of a fragment's weight
the headline holds: the rare words of a fragment on another point ("cut 140 jobs across its coal
fleet") are not the headline's, so its share stays low. An article without a headline has no lead.
"""
from __future__ import annotations

from .terms import Weights, terms

#: Share of a fragment's weighted terms (beyond names) the headline must hold for the fragment to be
#: told about the lead's point.
LEAD_SHARE = 0.5
#: ... and how many of them at least.
LEAD_WORDS = 2


def lead_fragment(points, headline: str, weight: Weights) -> int | None:
    """The index of the party's fragment in the first paragraph holding most of the headline's weight;
    None without a headline or when the first paragraph is only the outlet's narration."""
    words = terms(headline)
    best, best_held = None, 0.0
    for at, point in enumerate(points):
        stating = _stating(point)
        if not any(p.paragraph == 0 for p in stating) or all(p.kind == "narration" for p in stating):
            continue
        held = weight.total(frozenset().union(*(p.terms for p in stating)) & words)
        if held > best_held:
            best, best_held = at, held
    return best


def lead_share(point, headline: str, weight: Weights) -> float:
    """The share of a party's fragment's weighted terms (beyond names) that the headline holds; 0 for the
    outlet's own narration."""
    stating = _stating(point)
    if all(p.kind == "narration" for p in stating):
        return 0.0
    own = frozenset().union(*(p.terms - p.names for p in stating))
    shared = own & terms(headline)
    if len(shared) < LEAD_WORDS:
        return 0.0      # "Not while I'm director." shares one word with "Museum director: ..." by chance
    return weight.total(shared) / weight.total(own)


def _stating(point) -> list:
    """The propositions that state a fragment's point (all of them when it only answers)."""
    return point.own or [p for p, _ in point.members]
