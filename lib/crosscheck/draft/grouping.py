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
from .terms import Weights, similarity

#: Weighted Dice similarity at which a statement restates a point.
RESTATES = 0.42
#: Share of a response's (or a refusal's topic's) weight that a point must hold.
ANSWERS = 0.6
#: How many sentences back a response or a refusal may reach for the point it answers.
ANSWER_REACH = 8
#: Or: an answer holding this share of its terms in the point, and sharing this much both ways (Dice).
ANSWERS_WITH_SHARE = 0.4
SHARE = 0.25
#: A statement joins a point only if it bears this much (relative) on the point's first statement too.
CHAIN = 0.5
#: How many sentences back a bare "denied it" may reach.
BACK_REACH = 3


@dataclass(eq=False)
class Point:
    """A checkable point and the propositions bearing on it, each with how it joined."""

    members: list[tuple[Proposition, str]] = field(default_factory=list)
    question: str = ""

    def add(self, proposition: Proposition, joined_as: str) -> None:
        if all(p.index != proposition.index for p, _ in self.members):
            self.members.append((proposition, joined_as))

    @property
    def own(self) -> list[Proposition]:
        """The propositions that state the point (not answers, reasons or caveats)."""
        return [p for p, how in self.members if how == "member"]

    @property
    def members_in_order(self) -> list[Proposition]:
        return sorted((p for p, _ in self.members), key=lambda p: p.start)

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
    if proposition.asked and not proposition.first_answer and cues.back_reference:  # "the figure is not right"
        targets = _unique([point for p in propositions if p.asked == proposition.asked and p.first_answer
                           for point in joined.get(p.index, [])])
        for point in targets:
            point.add(proposition, "answer")
        return targets
    if cues.back_reference or (cues.stance == "declines" and cues.generic_topic):
        targets = _antecedents(proposition, propositions, joined, generic=cues.generic_topic)
        for point in targets:
            point.add(proposition, "answer")
        return targets
    probe = _as_question(proposition) if proposition.first_answer else proposition
    best, best_score = None, 1.0
    for point in points:
        scores = [_bearing(probe, other, weight) for other in point.own]
        score = max(scores, default=0.0)
        if score >= best_score and scores[0] >= score * CHAIN:  # near enough to how the point was first put
            best, best_score = point, score
    if best is None:
        best = Point(question=proposition.asked if proposition.first_answer else "")
        points.append(best)
    answer = (proposition.first_answer and best.own) or (cues.stance == "declines" and best.own)
    best.add(proposition, "answer" if answer else "member")
    return [best]


def _as_question(proposition: Proposition) -> Proposition:
    """An answer in an interview, seen as the question it answers (its terms, any party's)."""
    from dataclasses import replace

    from .stance import Cues
    from .terms import terms

    return replace(proposition, terms=terms(proposition.asked), cues=Cues(),
                   voice=replace(proposition.voice, party="\0question"))


def _responds(proposition: Proposition) -> bool:
    cues = proposition.cues
    return cues.stance != "asserts" or cues.negated


def _bearing(a: Proposition, b: Proposition, weight: Weights) -> float:
    """How strongly two propositions bear on one point, 1.0 being enough to group them.

    A restatement shares most of its weighted terms both ways (Dice); an answer from another party
    near by (a denial, a refusal, a confirmation, a negation) need only hold its terms in the other's.
    """
    dice = similarity(a.terms, b.terms, weight)
    score = dice / RESTATES
    if (_responds(a) or _responds(b)) and a.party != b.party and abs(a.sentence - b.sentence) <= ANSWER_REACH:
        smaller = min(weight.total(a.terms), weight.total(b.terms))
        held = weight.total(a.terms & b.terms) / smaller if smaller else 0.0
        score = max(score, held / ANSWERS, 1.0 if held >= ANSWERS_WITH_SHARE and dice >= SHARE else 0.0)
    return score


def _antecedents(proposition: Proposition, propositions: list[Proposition], joined: dict[int, list[Point]],
                 generic: bool) -> list[Point]:
    """The points a bare answer points back at: those of the last sentence where another party spoke."""
    earlier = [p for p in propositions if p.index < proposition.index and p.index in joined
               and p.party != proposition.party and p.sentence >= proposition.sentence - BACK_REACH
               and not p.cues.back_reference]
    if not earlier:
        return []
    last_sentence = max(p.sentence for p in earlier)
    if generic:  # "rumours", "reports": the story as first told by the party that spoke last
        speakers = [p for p in earlier if p.kind != "narration" and p.cues.stance == "asserts"
                    and p.reason_for is None] or earlier
        party = speakers[-1].party
        first = next(p for p in propositions if p.party == party and p.index in joined and joined[p.index])
        return _unique(joined[first.index][:1])
    return _unique([point for p in earlier if p.sentence == last_sentence for point in joined[p.index]])


def _unique(points: list[Point]) -> list[Point]:
    seen: list[Point] = []
    for point in points:
        if all(point is not other for other in seen):
            seen.append(point)
    return seen
