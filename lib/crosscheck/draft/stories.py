"""Story points: the fragments that grouping finds, merged into the points a story is told in.

Grouping (:mod:`.grouping`) joins statements only on strong evidence, so one point of a story ("the
navy destroyed four drone boats") can come out in several fragments: the claim, its details, the
rival's denial in its own words, a third party's account, a refusal to comment. ``merge_points`` joins
fragments whose similarity reaches :data:`THRESHOLD` (single linkage: the connected fragments are one
point). The similarity is made of

- content: cosine of the fragments' terms weighted by rarity in the article (inverse frequency over
  its statements), so a word that names the point counts for much and a name running through the
  whole article for little; fragments sharing only names ("the Kestra Venture") share who, not what,
  and get no content part;
- the names and the counted figures (value and unit) they share; naming different times ("on
  Thursday", "next year") sets two fragments apart; a party setting aside a number another gives
  ("16 vacant posts, not 11" against "Eleven out of 42") joins them;
- anaphora: a fragment that only answers ("called the account fiction", "declined to comment", "did
  not respond") leans on the nearest earlier fragment of another party in its paragraph or the one
  before, else on the article's lead, and always joins it;
- the headline: a fragment whose distinctive words are mostly the headline's joins the first
  paragraph's fragment that states the headline's point (see :mod:`.lead`).

The outlet's own narration merges on content alone: background ("oil prices rose 2%") seldom belongs
to a party's point. Weights and threshold were chosen on the dev set: the most cross-party pair recall
with precision at least 0.85 on dev and on the seed.
"""
from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from .grouping import Point, occasions
from .lead import LEAD_SHARE, lead_fragment, lead_share
from .terms import Weights, numbers, set_aside

#: Weights of the similarity's parts.
CONTENT, NAMES, FIGURES = 1.0, 0.15, 0.3
#: The similarity of two parties' fragments when one sets aside a number the other gives.
SET_ASIDE = 1.0
#: The similarity at which two fragments are one point.
THRESHOLD = 0.4


@dataclass(frozen=True)
class Profile:
    """What a fragment is about and where: weighted terms, names, figures, paragraphs, parties."""

    vector: dict[str, float]
    norm: float
    names: frozenset[str]
    figures: frozenset[tuple[str, float]]
    times: frozenset[str]
    paragraphs: frozenset[int]
    parties: frozenset[str]
    narration: bool
    answers: bool
    numbers: frozenset[float] = frozenset()
    set_aside: frozenset[float] = frozenset()


def profile(point: Point, weight: Weights) -> Profile:
    """A fragment's profile, from the members that state it (all of them when it only answers)."""
    members = [p for p, _ in point.members]
    stating = point.own or members
    vector: dict[str, float] = {}
    for proposition in stating:
        for term in proposition.terms:
            vector[term] = weight(term)
    figures = frozenset((unit, value) for p in stating for unit, value in p.figures.items()
                        if unit not in ("", "percent"))
    return Profile(vector, math.sqrt(sum(w * w for w in vector.values())),
                   frozenset().union(*(p.names for p in stating)), figures,
                   frozenset().union(*(occasions(p) for p in stating)),
                   frozenset(p.paragraph for p in members), frozenset(p.party for p in members),
                   all(p.kind == "narration" for p in members), all(answers_only(p) for p in stating),
                   frozenset().union(*(numbers(p.quote) for p in stating)),
                   frozenset().union(*(set_aside(p.quote) for p in stating)))


#: A denial of a clause of its own ("denied that any decision had been taken"), not of a thing named
#: ("denied any conflict of interest", "disputed the federation's cost figure").
_DENIED_CLAUSE = re.compile(r"\b(?:den(?:y|ies|ied)|disputed?|disputes|rejected|rejects)\s+that\s+(?:the\s+|a\s+|an\s+|any\s+|its\s+|it\s+|"
                            r"he\s+|she\s+|they\s+|there\s+)?[\w'\u2019-]+\s+(?:[\w'\u2019-]+\s+){0,3}?"
                            r"(?:had|has|have|was|were|is|are|would|will|could|did|existed|amounted|took|made)\b",
                            re.IGNORECASE)


def answers_only(proposition) -> bool:
    """A statement that only answers another's, putting no point of its own: a back reference ("denied
    it"), or a denial or refusal with no topic of its own ("declined to comment", "did not respond")."""
    cues = proposition.cues
    bare = not cues.topic or cues.generic_topic
    if cues.stance == "denies" and not cues.back_reference and _DENIED_CLAUSE.search(proposition.quote):
        return False    # "denied that any decision had been taken": a point of its own, in its own words
    return cues.back_reference or cues.stance in ("denies", "declines") and bare


def _other_times(a: Profile, b: Profile) -> bool:
    """Both fragments name a time, and not the same one: two occasions."""
    return bool(a.times and b.times and not a.times & b.times)


def content_similarity(a: Profile, b: Profile) -> float:
    """The cosine of two fragments' rarity-weighted terms."""
    shared = a.vector.keys() & b.vector.keys()
    return sum(a.vector[t] * b.vector[t] for t in shared) / (a.norm * b.norm) if shared else 0.0


def similarity(a: Profile, b: Profile) -> float:
    """How strongly two fragments bear on one point by what they say (content, names, figures)."""
    if _other_times(a, b):
        return 0.0  # two occasions ("on Thursday", "next year"), not one point
    content = content_similarity(a, b) if not a.vector.keys() & b.vector.keys() <= a.names | b.names else 0.0
    if a.parties != b.parties and (a.set_aside & b.numbers or b.set_aside & a.numbers):
        return content + SET_ASIDE       # "16 vacant posts, not 11" answers "Eleven out of 42"
    if a.narration or b.narration:
        return CONTENT * content
    names = len(a.names & b.names) / min(len(a.names), len(b.names)) if a.names and b.names else 0.0
    return CONTENT * content + NAMES * names + FIGURES * bool(a.figures & b.figures)


def leaned_on(profiles: list[Profile], at: int) -> int | None:
    """The fragment an answering fragment points back at: the nearest earlier one of another party in
    its paragraph or the one before, else the first of another party (the lead)."""
    return _Leaning(profiles).target(at)


class _Leaning:
    """What answering fragments lean on (see :func:`leaned_on`), with the fragments indexed by paragraph and
    the first fragment of another party kept for each set of parties, so that each answer looks only near by."""

    def __init__(self, profiles: list[Profile]):
        self.profiles = profiles
        self.by_paragraph: dict[int, list[int]] = {}
        for i, fragment in enumerate(profiles):
            for paragraph in fragment.paragraphs:
                self.by_paragraph.setdefault(paragraph, []).append(i)
        self.firsts: dict[frozenset[str], int | None] = {}

    def target(self, at: int) -> int | None:
        parties = self.profiles[at].parties
        near = {i for y in self.profiles[at].paragraphs for x in (y - 1, y, y + 1)
                for i in self.by_paragraph.get(x, ()) if i < at}
        nearest = max((i for i in near if self._other(i, parties)), default=None)
        if nearest is not None:
            return nearest
        if parties not in self.firsts:
            self.firsts[parties] = next((i for i in range(len(self.profiles)) if self._other(i, parties)), None)
        first = self.firsts[parties]
        return first if first is not None and first < at else None

    def _other(self, i: int, parties: frozenset[str]) -> bool:
        """Fragment ``i`` is another party's words, not the outlet's narration."""
        return bool(self.profiles[i].parties - parties) and not self.profiles[i].narration


#: A term in more fragments than this is common: pairs sharing only common terms are compared only when
#: those terms could make them alike (see :func:`alike_pairs`).
COMMON = 48


def alike_pairs(profiles: list[Profile], threshold: float = THRESHOLD) -> set[tuple[int, int]]:
    """The pairs ``(i, j)``, ``i < j``, of fragments whose :func:`similarity` reaches ``threshold``, found
    without comparing every pair: only pairs sharing a rare term, a figure or a number set aside, and
    pairs whose common terms alone could reach the threshold (their share of each fragment's norm bounds
    the cosine), are compared; any other pair's similarity is at most ``NAMES`` plus that bound."""
    margin = threshold - NAMES
    if margin <= 0:     # a shared name alone could do: compare every pair
        pairs = {(i, j) for j in range(len(profiles)) for i in range(j)}
    else:
        pairs = _sharing(profiles, margin)
    return {(i, j) for i, j in pairs if similarity(profiles[i], profiles[j]) >= threshold}


def _sharing(profiles: list[Profile], margin: float) -> set[tuple[int, int]]:
    """The pairs that may be alike: sharing a rare term, a figure or a number set aside, or a common term
    when each fragment holds at least ``margin`` of its weight in common terms."""
    holding: dict[object, list[int]] = {}     # a term, ("figure", figure) or ("number", value) -> fragments
    for i, fragment in enumerate(profiles):
        for key in (*fragment.vector, *(("figure", f) for f in fragment.figures), *(("number", n) for n in fragment.numbers)):
            holding.setdefault(key, []).append(i)
    common = {key for key, held in holding.items() if isinstance(key, str) and len(held) > COMMON}
    strong = {i for i, fragment in enumerate(profiles) if _common_share(fragment, common) >= margin - 1e-9}
    pairs: set[tuple[int, int]] = set()
    for key, held in holding.items():
        if key in common:
            held = [i for i in held if i in strong]
        if not (isinstance(key, tuple) and key[0] == "number"):
            pairs.update(itertools.combinations(held, 2))
    for i, fragment in enumerate(profiles):     # "16 vacant posts, not 11": the fragments giving 11
        for value in fragment.set_aside:
            pairs.update((min(i, j), max(i, j)) for j in holding.get(("number", value), ()) if j != i)
    return pairs


def _common_share(fragment: Profile, common: set) -> float:
    """The share of a fragment's norm in its common terms: a bound on its cosine with any fragment it
    shares only common terms with (Cauchy-Schwarz)."""
    held = math.sqrt(sum(fragment.vector[t] ** 2 for t in fragment.vector.keys() & common))
    return held / fragment.norm if fragment.norm else 0.0


def merge_points(points: list[Point], weight: Weights, threshold: float = THRESHOLD, headline: str = "") -> list[Point]:
    """The story's points: ``points`` (fragments, in article order) joined where they are alike."""
    profiles = [profile(p, weight) for p in points]
    links = alike_pairs(profiles, threshold)
    top = lead_fragment(points, headline, weight)
    for j in range(len(points)) if top is not None else ():    # told about the headline's point
        if j != top and not _other_times(profiles[top], profiles[j]) \
                and lead_share(points[j], headline, weight) >= LEAD_SHARE:
            links.add((min(top, j), max(top, j)))
    leaning = _Leaning(profiles)
    for j, answer in enumerate(profiles):
        target = leaning.target(j) if answer.answers and not answer.narration else None
        if target is not None:
            links.add((target, j))
    answering = _reports_answered(points)
    links.update((min(i, j), max(i, j)) for i, j in answering.values())
    return [_joined(fragments, answering) for fragments in _components(points, links)]


def _components(points: list[Point], links: set[tuple[int, int]]) -> list[list[Point]]:
    """The connected fragments (single linkage), each in article order, in the order first raised."""
    root = list(range(len(points)))

    def find(i: int) -> int:
        while root[i] != i:
            root[i] = root[root[i]]
            i = root[i]
        return i

    for i, j in links:
        a, b = find(i), find(j)
        root[max(a, b)] = min(a, b)
    clusters: dict[int, list[Point]] = {}
    for i, point in enumerate(points):
        clusters.setdefault(find(i), []).append(point)
    return list(clusters.values())


#: Characters between a denial's words and the report it denies ("denied a report in the Herald | that |
#: it planned ..."): the report is the denial's object, read by the extractor as its source's statement.
_OBJECT_GAP = 8


def _reports_answered(points: list[Point]) -> dict[int, tuple[int, int]]:
    """Statements that deny, confirm or decline a report the same sentence goes on to give as another
    party's statement ("denied a report in the Sunday Herald that it planned to close 40 stores"), by
    their index, with the fragments of the answer and of the report."""
    where = {p.index: at for at, point in enumerate(points) for p, _ in point.members}
    members = sorted((p for point in points for p, _ in point.members), key=lambda p: p.start)
    found = {}
    for answer, report in zip(members, members[1:]):
        if answer.cues.stance != "asserts" and report.sentence == answer.sentence \
                and report.party != answer.party and 0 <= report.start - answer.end <= _OBJECT_GAP \
                and where[answer.index] != where[report.index]:
            found[answer.index] = (where[answer.index], where[report.index])
    return found


def _joined(fragments: list[Point], answering: dict | None = None) -> Point:
    """One point holding every fragment's members in article order, each joined as it joined the
    earliest fragment holding it (a reason for a denial stays a reason; a denial of the report it
    names answers it)."""
    if len(fragments) == 1:
        return fragments[0]
    how: dict[int, tuple] = {}
    for fragment in fragments:
        for proposition, joined_as in fragment.members:
            role = "answer" if proposition.index in (answering or {}) else joined_as
            how.setdefault(proposition.index, (proposition, role))
    point = Point(question=fragments[0].question)
    for proposition, joined_as in sorted(how.values(), key=lambda m: m[0].start):
        point.add(proposition, joined_as)
    return point
