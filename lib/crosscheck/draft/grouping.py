"""Grouping: which propositions, from any party, bear on one checkable point.

``group(propositions, weight)`` walks the article in order and puts each proposition

- with the points it *answers*, when it only points back ("Estmark denied it", "Lowe disputed that",
  "the company did not comment on market rumours"): the points of the last sentence in which another
  party spoke (for a generic object such as "rumours", the first point of that party's run);
- with the point it *answers by topic* ("declined to comment on the talks", "would not say whether X"):
  a recent point of another party whose terms hold the topic's;
- with a point it *restates* or *responds to* (a denial, a confirmation, a counter-account): the point
  whose statements share most of its weighted terms;
- else in a point of its own.

A reason given for a denial ("disputed that, saying ...") also goes with the points that denial answers,
and a hedged reservation ("however, he added that the date could still change") also goes with the point
just before it. Precision comes first: a proposition joins a point only on strong evidence, since a
false merge misleads the analyst more than a missed one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .propositions import Proposition
from .terms import Weights, coverage, similarity

#: Weighted Dice similarity at which a statement restates a point.
RESTATES = 0.42
#: Share of a response's (or a refusal's topic's) weight that a point must hold.
ANSWERS = 0.6
#: How many sentences back a response or a refusal may reach for the point it answers.
ANSWER_REACH = 8
#: How many sentences back a bare "denied it" may reach.
BACK_REACH = 3


@dataclass(eq=False)
class Point:
    """A checkable point and the propositions bearing on it, each with how it joined."""

    members: list[tuple[Proposition, str]] = field(default_factory=list)

    def add(self, proposition: Proposition, joined_as: str) -> None:
        if all(p.index != proposition.index for p, _ in self.members):
            self.members.append((proposition, joined_as))

    @property
    def own(self) -> list[Proposition]:
        """The propositions that state the point (not answers, reasons or caveats)."""
        return [p for p, how in self.members if how == "member"]

    @property
    def parties(self) -> set[str]:
        return {p.party for p, _ in self.members}

    @property
    def last_sentence(self) -> int:
        return max(p.sentence for p, _ in self.members)


def group(propositions: list[Proposition], weight: Weights) -> list[Point]:
    """The points of an article, in the order they are first raised (see the module's docstring)."""
    points: list[Point] = []
    joined: dict[int, list[Point]] = {}
    previous: Proposition | None = None
    for proposition in propositions:
        if proposition.question:
            continue
        targets = _place(proposition, points, propositions, joined, weight)
        joined[proposition.index] = targets
        if proposition.reason_for is not None:
            for point in joined.get(proposition.reason_for, []):
                if point not in targets:
                    point.add(proposition, "reason")
        if previous is not None and proposition.cues.caveat and proposition.cues.hedged:
            for point in joined.get(previous.index, []):
                if point not in targets:
                    point.add(proposition, "caveat")
        previous = proposition
    return [p for p in points if p.members]


def _place(proposition: Proposition, points: list[Point], propositions: list[Proposition],
           joined: dict[int, list[Point]], weight: Weights) -> list[Point]:
    cues = proposition.cues
    if cues.back_reference or (cues.stance == "declines" and cues.generic_topic):
        targets = _antecedents(proposition, propositions, joined, generic=cues.generic_topic)
        for point in targets:
            point.add(proposition, "answer")
        return targets
    if cues.stance == "declines" and cues.topic:
        answered = _answered(proposition.terms, proposition, points, weight)
        if answered:
            answered.add(proposition, "answer")
            return [answered]
    elif cues.stance in ("denies", "confirms", "qualifies") or cues.negated:
        answered = _answered(proposition.terms, proposition, points, weight)
        if answered:
            answered.add(proposition, "member")
            return [answered]
    restated = _restated(proposition, points, weight)
    if restated is None:
        restated = Point()
        points.append(restated)
    restated.add(proposition, "member")
    return [restated]


def _antecedents(proposition: Proposition, propositions: list[Proposition], joined: dict[int, list[Point]],
                 generic: bool) -> list[Point]:
    """The points a bare answer points back at: those of the last sentence where another party spoke."""
    earlier = [p for p in propositions if p.index < proposition.index and p.index in joined
               and p.party != proposition.party and p.sentence >= proposition.sentence - BACK_REACH
               and not p.cues.back_reference]
    if not earlier:
        return []
    last_sentence = max(p.sentence for p in earlier)
    if generic:  # "rumours", "reports": the run's first point, the story as first told
        party = next(p.party for p in reversed(earlier))
        run = [p for p in earlier if p.party == party]
        return _unique(joined[run[0].index][:1]) if run else []
    return _unique([point for p in earlier if p.sentence == last_sentence for point in joined[p.index]])


def _answered(topic: frozenset[str], proposition: Proposition, points: list[Point], weight: Weights) -> Point | None:
    """The recent point of another party that holds most of ``topic``."""
    best, best_score = None, ANSWERS
    for point in reversed(points):
        if point.last_sentence < proposition.sentence - ANSWER_REACH:
            continue
        if proposition.party in point.parties and len(point.parties) == 1:
            continue
        held = max((coverage(topic, p.terms, weight) for p in point.own), default=0.0)
        if held > best_score:
            best, best_score = point, held
    return best


def _restated(proposition: Proposition, points: list[Point], weight: Weights) -> Point | None:
    best, best_score = None, RESTATES
    for point in points:
        own = point.own
        if not own:
            continue
        score = max(similarity(proposition.terms, p.terms, weight) for p in own)
        if score > best_score and similarity(proposition.terms, own[0].terms, weight) >= RESTATES / 2:
            best, best_score = point, score
    return best


def _unique(points: list[Point]) -> list[Point]:
    seen: list[Point] = []
    for point in points:
        if all(point is not other for other in seen):
            seen.append(point)
    return seen
