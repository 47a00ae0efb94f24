"""Grouping: which propositions, from any party, bear on one checkable point.

``group(propositions, weight)`` walks the article in order and puts each proposition

- with the points it *answers*, when it only points back ("Estmark denied it", "Lowe disputed that",
  "the company did not comment on market rumours"): the points of the last sentence in which another
  party spoke (for a generic object such as "rumours", the first point of that party's run);
- with the point it *answers by topic* ("declined to comment on the talks", "would not say whether X"):
  a recent point of another party whose terms hold the topic's, else the points of a recent statement
  of another party's whose sentence names the topic ("An engineer who has seen the logs said ...");
- with a point it *restates* or *responds to* (a denial, a confirmation, a counter-account): the point
  whose statements share most of its weighted terms;
- else in a point of its own.

A reason given for a denial ("disputed that, saying ...", or the same party's next sentence after a bare
"X rejected that account.") also goes with the points that denial answers,
and a hedged reservation ("however, he added that the date could still change") also goes with the point
just before it. Precision comes first: a proposition joins a point only on strong evidence, since a
false merge misleads the analyst more than a missed one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from .propositions import Proposition
from .stance import POLICY_MATTERS, POLICY_OF
from .terms import Weights, content_words, names, numbers, similarity, terms

#: Weighted Dice similarity at which a statement restates a point.
RESTATES = 0.35
#: ... and at which the outlet's narration and a party's statement state one point.
NARRATION_RESTATES = 0.4
#: Share of a response's (or a refusal's topic's) weight that a point must hold.
ANSWERS = 0.6
#: How many sentences back a response or a refusal may reach for the point it answers.
ANSWER_REACH = 8
#: Or: an answer holding this share of its terms in the point, and sharing this much both ways (Dice).
ANSWERS_WITH_SHARE = 0.4
SHARE = 0.25
#: Most points a statement is compared with (those sharing a term with it, the most recent first).
CANDIDATES = 200
#: A statement bearing this strongly on a second point goes in that one too.
ALSO = 9
#: A statement joins a point only if it bears this much (relative) on the point's first statement too.
CHAIN = 0.5
#: How many sentences back a bare "denied it" may reach.
BACK_REACH = 3
#: How many of a party's statements after its bare denial give the denial's reasons.
REASON_RUN = 3
#: Most statements back that an answer looks for what it answers (a text with no sentence stops is one
#: sentence, so a reach in sentences alone would make every look back cover the whole text).
LOOK_BACK = 60


@dataclass(eq=False)
class Point:
    """A checkable point and the propositions bearing on it, each with how it joined."""

    members: list[tuple[Proposition, str]] = field(default_factory=list)
    question: str = ""
    last_sentence: int = -1
    #: The propositions that state the point (not answers, reasons or caveats).
    own: list[Proposition] = field(default_factory=list)
    _held: set[int] = field(default_factory=set, repr=False)

    def add(self, proposition: Proposition, joined_as: str) -> None:
        if proposition.index not in self._held:
            self._held.add(proposition.index)
            self.members.append((proposition, joined_as))
            self.last_sentence = max(self.last_sentence, proposition.sentence)
            if joined_as == "member":
                self.own.append(proposition)

    @property
    def members_in_order(self) -> list[Proposition]:
        return sorted((p for p, _ in self.members), key=lambda p: p.start)

    @property
    def parties(self) -> set[str]:
        return {p.party for p, _ in self.members}


def group(propositions: list[Proposition], weight: Weights,
          sentence_terms: dict[int, frozenset[str]] | None = None) -> list[Point]:
    """The points of an article, in the order they are first raised (see the module's docstring).

    ``sentence_terms`` (the terms of each sentence, by number) let a refusal find its topic where the
    article names it outside any statement ("An engineer who has seen the logs said ...")."""
    points: list[Point] = []
    index: dict[str, dict[int, Point]] = {}  # term -> points stating it, to compare only with those
    firsts: dict[str, int] = {}  # party -> its first proposition placed in a point
    joined: dict[int, list[Point]] = {}
    previous: Proposition | None = None
    denial: _Denial | None = None  # the last denial whose reasons may follow
    for proposition in propositions:
        if proposition.question:
            continue
        targets = _place(proposition, points, propositions, joined, weight, index, firsts, sentence_terms or {})
        joined[proposition.index] = targets
        if targets:
            firsts.setdefault(proposition.party, proposition.index)
        if proposition.reason_for is not None:
            for point in joined.get(proposition.reason_for, []):
                if point not in targets:
                    point.add(proposition, "reason")
        if previous is not None and proposition.cues.caveat and _RESERVATION.search(proposition.quote) \
                and proposition.sentence - previous.sentence <= 1:
            for point in joined.get(previous.index, []):
                if point not in targets:
                    point.add(proposition, "caveat")
        denial = _reasons_after_denial(proposition, denial, targets)
        previous = proposition
    return [p for p in points if p.members]


class _Denial(NamedTuple):
    """The denial whose reasons may follow: who denied, where, the points denied, how many reasons so far,
    whether it rejected another's denial (its reasons support the point), and its own words when it has some."""

    party: str
    sentence: int
    paragraph: int
    points: list[Point]
    reasons: int
    against_denial: bool
    words: frozenset[str]


def _reasons_after_denial(proposition: Proposition, denial: _Denial | None, targets: list[Point]) -> _Denial | None:
    """A denial's reasons: the same party's statements in the sentences right after it, in its paragraph or
    the next ("Benan rejected that account. 'There were no civilians,' he said."), join the points it denied;
    after a denial in words of its own ("Hale denied that the company had ignored the warnings"), those that
    share a word with it or with what it denied. Returns the denial still open, if any."""
    if denial and (proposition.party != denial.party and proposition.kind != "narration" or proposition.asked):
        denial = None           # another party speaks, or a new question is put: the denial's run is over
    if denial and proposition.party == denial.party and proposition.sentence in (denial.sentence, denial.sentence + 1) \
            and proposition.paragraph - denial.paragraph <= 1 and not proposition.cues.back_reference \
            and proposition.cues.stance != "declines" and denial.reasons < REASON_RUN \
            and (not denial.words or _bears_on(proposition, denial)):
        for point in denial.points:
            if point not in targets:    # the reasons for rejecting a denial support the point
                point.add(proposition, "support" if denial.against_denial else "reason")
        denial = denial._replace(reasons=denial.reasons + 1)
    worded = proposition.cues.stance == "denies" and not proposition.cues.back_reference \
        and any(t.own and t.own[0].party != proposition.party for t in targets)
    bare = proposition.cues.back_reference and proposition.cues.stance == "denies" or proposition.answers_denial
    if (bare or worded) and targets:    # "Hale denied that the company had ignored the warnings. He said ..."
        denial = _Denial(proposition.party, proposition.sentence, proposition.paragraph,
                         [t for t in targets if not t.own or t.own[0].party != proposition.party] or targets, 0,
                         proposition.answers_denial, proposition.terms - proposition.names if worded else frozenset())
    return denial


def _bears_on(proposition: Proposition, denial: _Denial) -> bool:
    """A reason shares a word, beyond names, with the denial's own words or with what it denied."""
    said = denial.words.union(*(p.terms - p.names for point in denial.points for p in point.own))
    return bool((proposition.terms - proposition.names) & said)


#: The reservations that qualify the point just made ("but ... the date could still change").
_RESERVATION = re.compile(r"\b(?:could|may|might|can)\s+(?:still\s+)?(?:change|be (?:changed|delayed|postponed|moved|"
                          r"cancelled|revised))|\bnot (?:yet )?(?:final|certain|confirmed|settled|clear)\b|\bsubject to\b"
                          r"|\bremains? to be seen\b|\btoo early\b|\bonly if\b|\bunless\b|\bprovided that\b",
                          re.IGNORECASE)


def _joined_to(targets: list[Point], proposition: Proposition, joined_as: str) -> list[Point]:
    """``targets``, each with ``proposition`` added to it as ``joined_as``."""
    for point in targets:
        point.add(proposition, joined_as)
    return targets


def _answering(proposition: Proposition, propositions: list[Proposition], joined: dict[int, list[Point]],
               points: list[Point]) -> list[Point] | None:
    """The points a proposition answers by what it points back at, not by its words (None if it does not):
    the question's point for a later answer ("the figure is not right"), the party's own point it stands
    by, the refusal its reason goes with, a bare answer's antecedents, the points of a party it names."""
    cues = proposition.cues
    if proposition.asked and not proposition.first_answer and (cues.back_reference or _contradicts(proposition)):
        targets = _unique([point for p in propositions if p.asked == proposition.asked and p.first_answer
                           for point in joined.get(p.index, [])])   # "the figure is not right", "No decision
        if targets:                                                 # has been taken": the question's point
            return _joined_to(targets, proposition, "answer")
    if cues.object_kind == "own":   # "she stood by the report": the point of hers another party denied
        targets = _disputed(proposition, propositions, joined)
        if targets:
            return _joined_to(targets, proposition, "member")
    elif cues.stance == "declines" and (cues.generic_topic and (
            _refusal_before(proposition, propositions) or _own_statement_before(proposition, propositions))
            or not cues.topic and _FURTHER.search(proposition.quote)
            and _own_statement_before(proposition, propositions, same_sentence=True)):
        # "declined to comment on X, saying it did not comment on individual institutions": on X; "had received
        # 14 complaints. A spokesman said it could not discuss individual cases": on its own matter; "said it had
        # always won its contracts fairly and would not comment further": on what it has just said (saying no
        # more than that; "would not comment while proceedings were under way" refuses the matter itself)
        return _joined_to(joined.get(proposition.index - 1, []), proposition, "answer")
    elif cues.back_reference or (cues.stance == "declines" and cues.generic_topic and not proposition.first_answer):
        antecedents = _named_antecedent(proposition, propositions, joined) \
            or _antecedents(proposition, propositions, joined, cues.object_kind, points)
        antecedents = _figure_antecedent(proposition, propositions, joined, antecedents)
        if cues.stance == "declines" and (cues.generic_topic or not cues.topic):
            antecedents = _naming_refuser(proposition, propositions, joined) or antecedents
        if antecedents:     # else ("confirmed the plan" with no plan before) a point of its own, not dropped
            return _joined_to(antecedents, proposition, "answer")
    counted = _count_refused(proposition, propositions, joined)
    if counted:     # "would not say how many engineers it employs" after "had cut engineers from 40 to 26"
        return _joined_to(counted, proposition, "answer")
    if proposition.answers_party:  # "Asked about Estmark's statement, Sand acknowledged ...", "Kestan's denial"
        answered = _points_of(proposition.answers_party, proposition, propositions, joined,
                              denials=proposition.answers_denial)
        sharing = [point for point in answered if any(proposition.terms & p.terms for p in point.own)]
        if sharing or answered:
            return _joined_to(sharing or answered, proposition, "member")
    return None


def _place(proposition: Proposition, points: list[Point], propositions: list[Proposition],
           joined: dict[int, list[Point]], weight: Weights, index: dict[str, dict[int, Point]],
           firsts: dict[str, int], sentence_terms: dict[int, frozenset[str]]) -> list[Point]:
    answered = _answering(proposition, propositions, joined, points)
    if answered is not None:
        return answered
    probe = _as_question(proposition) if proposition.first_answer else proposition
    scored = []
    for point in _candidates(probe, points, index):
        own = point.own
        scores = [_bearing(probe, other, weight) for other in (own if len(own) <= 8 else own[:2] + own[-6:])]
        score = max(scores, default=0.0)
        if score >= 1.0 and scores[0] >= score * CHAIN:  # near enough to how the point was first put
            scored.append((score, point))
    best = max(scored, key=lambda pair: pair[0])[1] if scored else None
    also = [point for score, point in scored if point is not best and score >= ALSO]
    if best is None:
        named = _topic_named_near(proposition, propositions, joined, sentence_terms)
        if named:
            return _joined_to(named, proposition, "answer")
        best = Point(question=proposition.asked if proposition.first_answer else "")
        points.append(best)
    if not answer_only(proposition, best):
        for point in (best, *also):
            for term in proposition.terms:
                stating = index.setdefault(term, {})
                stating.pop(id(point), None)
                stating[id(point)] = point  # the most recently stated last
    answer = answer_only(proposition, best)
    best.add(proposition, "answer" if answer else "member")
    for point in also:  # one statement bearing on two points
        point.add(proposition, "answer" if answer else "member")
    return [best, *also]


#: A refusal to give a count: "would not say how many engineers", "declined to say how much it paid".
_HOW_MANY = re.compile(r"\b(?:how\s+(?:many\s+(?P<noun>[a-z]+)|much\b)|(?P<which>which|what)\s+(?P<thing>[a-z]{3,}))",
                       re.IGNORECASE)
#: A count given as a multitude rather than a number: "hundreds of engineers", "dozens of stores".
_MULTITUDE = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions)\b", re.IGNORECASE)
_MONEY = re.compile(r"[£$€¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|bn|m)\b", re.IGNORECASE)


def _gives_count(quote: str) -> bool:
    return bool(numbers(quote)) or _MULTITUDE.search(quote) is not None


def _count_refused(proposition: Proposition, propositions: list[Proposition],
                   joined: dict[int, list[Point]]) -> list[Point]:
    """The points of another party's recent statement that gives the count a refusal will not give:
    a number of the noun it asks "how many" of, or a sum of money for "how much"."""
    match = _HOW_MANY.search(proposition.quote) if proposition.cues.stance == "declines" else None
    if match is None:
        return []
    noun = terms(match.group("noun") or match.group("thing") or "")
    if match.group("which") and not noun:
        return []
    for earlier in _before(proposition, propositions):
        if proposition.sentence - earlier.sentence > ANSWER_REACH:
            break
        if earlier.party == proposition.party or not joined.get(earlier.index):
            continue
        if match.group("which"):        # "would not say which stores were under review": the stores' point
            gives = noun <= earlier.terms
        else:
            gives = noun <= earlier.terms and _gives_count(earlier.quote) if noun else _MONEY.search(earlier.quote)
        if gives:
            return _unique(joined[earlier.index])
    return []


#: A refusal to say more than what its party has just said: "declined to comment further", "beyond that".
_FURTHER = re.compile(r"\b(?:further|beyond (?:that|this)|any more|anything more)\b", re.IGNORECASE)


def _refusal_before(proposition: Proposition, propositions: list[Proposition]) -> bool:
    """The statement before is the same party's refusal in the same sentence: this one gives its reason."""
    before = propositions[proposition.index - 1] if proposition.index else None
    return before is not None and before.party == proposition.party and before.sentence == proposition.sentence \
        and before.cues.stance == "declines"


def _own_statement_before(proposition: Proposition, propositions: list[Proposition], same_sentence: bool = False) -> bool:
    """The statement before is the same party's own point in the same paragraph (with ``same_sentence``, in
    the same sentence): a policy refusal right after it ("it could not discuss individual cases") keeps to
    that party's matter, and so does a bare one in its sentence ("... in due course and declined to comment
    further")."""
    before = propositions[proposition.index - 1] if proposition.index else None
    return before is not None and before.party == proposition.party and before.paragraph == proposition.paragraph \
        and before.kind != "narration" and before.cues.stance == "asserts" \
        and (not same_sentence or before.sentence == proposition.sentence)


def _topic_named_near(proposition: Proposition, propositions: list[Proposition], joined: dict[int, list[Point]],
                      sentence_terms: dict[int, frozenset[str]]) -> list[Point]:
    """A refusal whose topic no point states, but a recent sentence of another party's names ("GridNorth
    declined to comment on the substation logs" after "An engineer who has seen the substation logs said
    they showed ..."): the points of that sentence's statement."""
    topic = proposition.cues.topic
    if proposition.cues.stance != "declines" or not topic or proposition.cues.generic_topic:
        return []
    return _latest_of_another(proposition, propositions, joined, ANSWER_REACH,
                              lambda earlier: topic <= sentence_terms.get(earlier.sentence, frozenset()))


def answer_only(proposition: Proposition, point: Point) -> bool:
    """An interview answer or a refusal joins a point already stated as an answer, not as a statement of it."""
    return bool(point.own) and (proposition.first_answer or proposition.cues.stance == "declines")


def _candidates(proposition: Proposition, points: list[Point], index: dict[str, dict[int, Point]]) -> list[Point]:
    """The points stating a term of the proposition, the most recent first, at most CANDIDATES of them."""
    found: dict[int, Point] = {}
    for term in proposition.terms:
        stating = index.get(term, {})
        for key in list(stating)[-CANDIDATES:]:
            found.setdefault(key, stating[key])
    return sorted(found.values(), key=lambda p: -p.last_sentence)[:CANDIDATES]


def _as_question(proposition: Proposition) -> Proposition:
    """An answer in an interview, seen as the question it answers (its terms, any party's)."""
    from dataclasses import replace

    from .stance import Cues
    from .terms import terms

    return replace(proposition, terms=terms(proposition.asked), cues=Cues(), names=names(proposition.asked),
                   voice=replace(proposition.voice, party="\0question"))


def _responds(proposition: Proposition) -> bool:
    cues = proposition.cues
    return cues.stance != "asserts" or cues.negated


def _contradicts(proposition: Proposition) -> bool:
    """A denial, a refusal or a negation: an answer that need not repeat what it answers."""
    cues = proposition.cues
    return cues.stance in ("denies", "declines") or cues.negated


def _answer_overlap(a: Proposition, b: Proposition) -> bool:
    """Two statements on one point share two words, or all the terms of one of them (a refusal's topic
    "the talks"): one shared word ("supports", "deal") is chance."""
    return _overlap(a.terms, a.quote, b.terms, b.quote)


@lru_cache(maxsize=65536)
def _overlap(a_terms: frozenset[str], a_quote: str, b_terms: frozenset[str], b_quote: str) -> bool:
    """:func:`_answer_overlap` of two statements' terms and quotes."""
    shared = a_terms & b_terms
    if shared >= a_terms or shared >= b_terms:
        return True
    return min(len({w for w in content_words(quote) if terms(w) & shared}) for quote in (a_quote, b_quote)) >= 2


def _bearing(a: Proposition, b: Proposition, weight: Weights) -> float:
    """How strongly two propositions bear on one point, 1.0 being enough to group them.

    A restatement shares most of its weighted terms both ways (Dice); an answer from another party
    near by (a denial, a refusal, a confirmation, a negation) need only hold its terms in the other's.
    """
    near = a.party != b.party and abs(a.sentence - b.sentence) <= ANSWER_REACH
    if _other_occasions(a, b):
        return 0.0  # two occasions
    if a.party == b.party and _same_count(a, b):
        return 1.0  # "will cost 120 jobs" ... "its count was 120": the party restates its figure
    if (a.terms & b.terms) <= (a.names | b.names):  # they share only who they are about, unless they set
        return 1.0 if _rival_sums(a, b) and other_figure(a, b) and _counters(a, b) else 0.0   # figures against each other
    if not near and not _answer_overlap(a, b):
        return 0.0  # far apart, one shared word is chance
    dice = similarity(a.terms, b.terms, weight)
    if (a.kind == "narration") != (b.kind == "narration"):
        return dice / NARRATION_RESTATES     # the outlet's own narration states a point only in its words
    score = dice / RESTATES
    if near and (_responds(a) or _responds(b)) and _answer_overlap(a, b):
        smaller = min(weight.total(a.terms), weight.total(b.terms))
        held = weight.total(a.terms & b.terms) / smaller if smaller else 0.0
        # a confirmation of a few words may confirm only part of a longer statement: it must share both ways
        partial = not (_contradicts(a) or _contradicts(b)) and dice < SHARE
        score = max(score, 0.0 if partial else held / ANSWERS,
                    1.0 if held >= ANSWERS_WITH_SHARE and dice >= SHARE else 0.0)
    if near and rival_years(a, b) or _rival_sums(a, b) and other_figure(a, b) and _counters(a, b):
        score = max(score, 1.0)
    return score


#: Wording that sets one figure against another: "fewer than 400,000", "closer to 800", "only six".
_COMPARATIVE = re.compile(r"\b(?:fewer|less|more|lower|higher|closer to|nearer|only|just|under|over|at most|at least|"
                          r"nowhere near|not|around|about|roughly|approximately|nearly|almost)\b", re.IGNORECASE)


def _counters(a: Proposition, b: Proposition) -> bool:
    """Two different figures for one count answer each other only with more in common than the count's
    word ("300 nurses starting in January" is not an answer to "1,100 nursing posts were vacant"): a
    comparative or a denial, or another shared word beyond names."""
    later = b if b.start > a.start else a
    if later.cues.stance == "confirms":
        return False    # "confirmed it would make 38 calls" after "140 calls": a part, not a rival count
    units = set(a.figures) | set(b.figures)
    shared = (a.terms & b.terms) - a.names - b.names - units - {t for t in a.terms if t[:1].isdigit()}
    return bool(shared) or _contradicts(later) or bool(_COMPARATIVE.search(later.quote))


def _rival_sums(a: Proposition, b: Proposition) -> bool:
    """Two parties near enough to set figures against each other: within ANSWER_REACH sentences, or twice
    that for a sum of money named for what it counts (a deficit given at £1.2bn, then "closer to £700m")."""
    if a.party == b.party:
        return False
    reach = 2 * ANSWER_REACH if any(u.startswith("money:") and u in b.figures for u in a.figures) else ANSWER_REACH
    return abs(a.sentence - b.sentence) <= reach


def _same_count(a: Proposition, b: Proposition) -> bool:
    """Both give one count of ten or more, not a percentage: 120 jobs, £18 million."""
    counts = {value for unit, value in a.figures.items() if unit != "percent" and value >= 10}
    return bool(counts & {value for unit, value in b.figures.items() if unit != "percent"})


def other_figure(a: Proposition, b: Proposition) -> bool:
    """Two parties give different figures for one count ("3 million customers", "fewer than 400,000 customers").

    Percentages are left out: one article gives many, of different things.
    """
    for unit, value in a.figures.items():
        other = b.figures.get(unit)
        if unit != "percent" and other is not None and other != value:
            return True
    for bare, counted in ((a, b), (b, a)):  # "The number is closer to 800" against "1,100 nursing posts"
        value = bare.figures.get("")
        if value is not None and _COMPARATIVE.search(bare.quote) and any(
                unit not in ("", "percent") and other != value for unit, other in counted.figures.items()):
            return True
    return False


_DAYS = frozenset(terms("January February March April May June July August September October November December "
                        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"))
_RELATIVE_TIME = re.compile(r"\b(?P<when>next|last|this|coming|previous)\s+(?P<what>week|month|year|season|spring|"
                            r"summer|autumn|winter)\b|\b(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def occasions(p: Proposition) -> frozenset[str]:
    """The days, months, years and relative times ("next year", "last week") a proposition names."""
    return _occasions(p.quote, p.terms)


@lru_cache(maxsize=65536)
def _occasions(quote: str, quote_terms: frozenset[str]) -> frozenset[str]:
    found = set(quote_terms & _DAYS)
    for match in _RELATIVE_TIME.finditer(quote):
        found.add(match.group("year") or f"{match.group('when').lower()} {match.group('what').lower()}")
    return frozenset(found)


def _other_occasions(a: Proposition, b: Proposition) -> bool:
    """Both name a time, and not the same one: two occasions, not one point (unless one denies, or two
    parties give rival years for one event, see :func:`rival_years`)."""
    times_a, times_b = occasions(a), occasions(b)
    explicit = {a.cues.stance, b.cues.stance} & {"denies", "declines"}
    return bool(times_a and times_b and not times_a & times_b and not explicit) and not rival_years(a, b)


def rival_years(a: Proposition, b: Proposition) -> bool:
    """Two parties give different years for one event: "would enter service in 2028" against "is now
    unlikely to be ready before 2029" (two words in common beyond the years)."""
    times_a, times_b = occasions(a), occasions(b)
    return a.party != b.party and _years(times_a) and _years(times_b) and not times_a & times_b \
        and _overlap(a.terms - times_a, a.quote, b.terms - times_b, b.quote)


def _years(times: frozenset[str]) -> bool:
    return bool(times) and all(t.isdigit() for t in times)


def _points_of(party: str, proposition: Proposition, propositions: list[Proposition],
               joined: dict[int, list[Point]], denials: bool = False) -> list[Point]:
    """The points ``party`` spoke to before ``proposition``: of its last three sentences, those sharing a word
    with the proposition; else those of its last sentence. With ``denials``, only the points it denied."""
    sentences: list[list[Point]] = []
    last_sentence = None
    for at in range(proposition.index - 1, max(-1, proposition.index - LOOK_BACK), -1):
        earlier = propositions[at]
        if earlier.party != party or not joined.get(earlier.index):
            continue
        if denials and not _contradicts(earlier) and earlier.reason_for is None:
            continue
        if denials:     # the points it denied, not its own
            own = [point for point in joined[earlier.index] if point.own and point.own[0].party != party]
            if not own:
                continue
        if earlier.sentence != last_sentence:
            if len(sentences) == 3:
                break
            sentences.append([])
            last_sentence = earlier.sentence
        sentences[-1].extend(point for point in joined[earlier.index]
                             if not denials or point.own and point.own[0].party != party)
    if not sentences:
        return []
    sharing = [point for points in sentences for point in points
               if any(proposition.terms & p.terms - proposition.names for p in point.own)]
    return _unique(sharing or sentences[0])


def _antecedents(proposition: Proposition, propositions: list[Proposition], joined: dict[int, list[Point]],
                 kind: str, points: list[Point]) -> list[Point]:
    """The points a bare answer points back at: for "the reports" or "rumours", the story the article
    leads with; for "the account" or "the claims", all that the party that spoke last said in its run
    of statements; for "it" or "that", the points of the last sentence where another party spoke."""
    if kind == "explanation":   # "rejected that explanation": the reason the other party gave, if it gave one
        reason = _explanation_before(proposition, propositions, joined)
        if reason:
            return reason
    if kind == "story":
        lead = [point for point in points if point.own and point.own[0].party != proposition.party
                and point.own[0].cues.stance == "asserts"]
        return lead[:1]
    earlier = []
    for at in range(proposition.index - 1, max(-1, proposition.index - LOOK_BACK), -1):
        p = propositions[at]
        if p.sentence < proposition.sentence - BACK_REACH:
            break
        if p.index in joined and p.party != proposition.party and not p.cues.back_reference:
            earlier.insert(0, p)
    if not earlier:
        return []
    said = [p for p in earlier if p.kind != "narration"] or earlier      # a party's words, not the outlet's
    last_sentence = max(p.sentence for p in said)
    last = [p for p in said if p.sentence == last_sentence]
    run = []
    for p in reversed(said):        # the last party's run: all of it for "the account"; for "that", its paragraph's
        if p.party != last[0].party or kind != "account" and p.paragraph != last[0].paragraph:
            break                   # sentences on the same matter as its last one, or those its reasons answer
        run.insert(0, p)
    if kind != "account":
        run = _answered_by_reasons(proposition, propositions, run) or [
            p for p in run if p in last or any((p.terms & q.terms) - p.names for q in last)]
    return _unique([point for p in _naming(proposition.party, run) or run for point in joined[p.index]])


def _naming(party: str, run: list[Proposition]) -> list[Proposition]:
    """The statements of ``run`` that name ``party``: what a party answers when it answers a run that
    accuses it ("... caused by an update supplied by Velnor Systems. Velnor disputed that account.")."""
    named = names(f"The {party}")
    return [p for p in run if named and named <= p.names]


def _answered_by_reasons(proposition: Proposition, propositions: list[Proposition],
                         run: list[Proposition]) -> list[Proposition]:
    """Of the run a bare denial points back at, what the reasons it gives next bear on ("Marlow disputed
    that. ... said no fee had been agreed": the fee, not the medical): the statements sharing the most words,
    beyond names, with the same party's statements in that sentence and the next."""
    if proposition.cues.stance != "denies" or len(run) < 2:
        return []
    reasons = [p for p in propositions[proposition.index + 1:proposition.index + 1 + REASON_RUN]
               if p.party == proposition.party and p.sentence - proposition.sentence <= 1 and p.kind != "narration"]
    said = frozenset().union(*(p.terms - p.names for p in reasons))
    shared = {p.index: len((p.terms - p.names) & said) for p in run}
    most = max(shared.values())
    return [p for p in run if shared[p.index] == most] if most else []


def _named_antecedent(proposition: Proposition, propositions: list[Proposition],
                      joined: dict[int, list[Point]]) -> list[Point]:
    """What a back reference names ("the savings had been exaggerated", "declined to comment on individual
    correspondence"): the points of the latest statement of another party, a few sentences back at most,
    that holds the words it names."""
    topic = proposition.cues.topic - proposition.names - _POLICY_WORDS
    if not topic:
        return []
    return _latest_of_another(proposition, propositions, joined, ANSWER_REACH,
                              lambda earlier: not earlier.cues.back_reference and topic <= earlier.terms)


#: A back reference to a figure: "disputed the number", "did not recognise that figure", "the estimate was wrong".
_FIGURE_OBJECT = re.compile(r"\b(?:the|that|this|those|these|its|their|such)\s+(?:[\w'\u2019-]+\s+)?(?:figures?|numbers?|"
                            r"estimates?|count|total|tally|valuation|statistics?)\b", re.IGNORECASE)


def _figure_antecedent(proposition: Proposition, propositions: list[Proposition],
                       joined: dict[int, list[Point]], antecedents: list[Point]) -> list[Point]:
    """What a back reference to a figure answers ("Covenant disputed the number" after a quote giving none,
    "did not recognise the figure of 180 jobs"): ``antecedents`` when one of them gives that figure (any,
    when it names none), else the points of the latest statement of another party, a few sentences back,
    that gives it."""
    if _FIGURE_OBJECT.search(proposition.quote) is None:
        return antecedents
    named = set(proposition.figures.values())
    fits = (lambda p: bool(named & set(p.figures.values()))) if named else _counts
    if any(fits(p) for point in antecedents for p in point.own):
        return antecedents
    return _latest_of_another(proposition, propositions, joined, ANSWER_REACH,
                              lambda earlier: not earlier.cues.back_reference and fits(earlier)) or antecedents


#: A count given as a change ("had tripled since January") or named ("the number of trains cancelled").
_COUNTED = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|halved|(?:number|share|proportion) of)\b"
                      r"|\b(?:dozens|hundreds|thousands|millions|billions)\b", re.IGNORECASE)


def _counts(proposition: Proposition) -> bool:
    """The statement gives a count: a figure ("38 claims", "£1.2bn"), a multitude or a change in one."""
    return bool(proposition.figures) or _COUNTED.search(proposition.quote) is not None


#: Wording that gives a cause: "more likely to be caused by subsidence", "because of the weather", "due to".
_CAUSE = re.compile(r"\b(?:caused|because|due to|result(?:ed)? (?:of|from)|blamed? (?:on|for)|down to|owing to|"
                    r"the reason|explain(?:s|ed)?)\b", re.IGNORECASE)


def _explanation_before(proposition: Proposition, propositions: list[Proposition],
                        joined: dict[int, list[Point]]) -> list[Point]:
    """The points of the latest statement of another party, a few sentences back, that gives a cause."""
    return _latest_of_another(proposition, propositions, joined, BACK_REACH,
                              lambda earlier: _CAUSE.search(earlier.quote) is not None)


#: The words that make a refusal's topic a policy ("individual cases", "ongoing matters"), not its subject.
_POLICY_WORDS = terms(" ".join(POLICY_OF + POLICY_MATTERS + ["matter", "case"]))


def _naming_refuser(proposition: Proposition, propositions: list[Proposition],
                    joined: dict[int, list[Point]]) -> list[Point]:
    """What a refusal with no topic of its own ("would not comment while proceedings were under way") is
    about when it opens a paragraph: the latest point another party made about the refuser by name ("Blake
    accepted £85,000 from Redmere Developments"); [] when the refusal answers the sentence before it."""
    before = propositions[proposition.index - 1] if proposition.index else None
    if before is not None and before.paragraph == proposition.paragraph and before.party != proposition.party:
        return []
    for earlier in _before(proposition, propositions):
        if earlier.party != proposition.party and earlier.index in joined and _naming(proposition.party, [earlier]):
            return _unique(joined[earlier.index])
    return []


def _disputed(proposition: Proposition, propositions: list[Proposition],
              joined: dict[int, list[Point]]) -> list[Point]:
    """What a party stands by ("she stood by the report"): its latest point that another party denied
    before (the point of its own last stated before that denial), or that another answered as its own
    ("Is the union's figure right?")."""
    party = proposition.party
    for earlier in _before(proposition, propositions):
        if earlier.party == party or earlier.index not in joined:
            continue
        if earlier.answers_party == party:
            return _unique(joined[earlier.index])
        if earlier.cues.stance == "denies":
            own = [p for p in propositions[:earlier.index] if p.party == party and p.index in joined]
            return _unique(joined[own[-1].index]) if own else []
    return []


def _latest_of_another(proposition: Proposition, propositions: list[Proposition], joined: dict[int, list[Point]],
                       reach: int, fits) -> list[Point]:
    """The points of the latest statement of another party, at most ``reach`` sentences back, that ``fits``."""
    for earlier in _before(proposition, propositions):
        if proposition.sentence - earlier.sentence > reach:
            break
        if earlier.party != proposition.party and joined.get(earlier.index) and fits(earlier):
            return _unique(joined[earlier.index])
    return []


def _before(proposition: Proposition, propositions: list[Proposition]) -> list[Proposition]:
    """The statements before ``proposition``, the nearest first, at most LOOK_BACK of them."""
    return propositions[max(0, proposition.index - LOOK_BACK):proposition.index][::-1]


def _unique(points: list[Point]) -> list[Point]:
    seen: list[Point] = []
    for point in points:
        if all(point is not other for other in seen):
            seen.append(point)
    return seen
