"""Story points: fragments merged into the points a story is told in (crosscheck.draft.stories).

Every article here is written for these tests (invented places, people and bodies).
"""
from __future__ import annotations

import math

import pytest

from crosscheck import parse_document
from crosscheck.draft import draft_article
from crosscheck.draft.stance import read_cues
from crosscheck.draft.stories import FIGURES, NAMES, SET_ASIDE, Profile, leaned_on, similarity


def profile(vector=None, *, names=(), figures=(), times=(), paragraphs=(0,), parties=("a",), narration=False,
            answers=False) -> Profile:
    vector = vector or {}
    return Profile(vector, math.sqrt(sum(w * w for w in vector.values())), frozenset(names), frozenset(figures),
                   frozenset(times), frozenset(paragraphs), frozenset(parties), narration, answers)


def test_content_is_the_cosine_of_rarity_weighted_terms():
    a = profile({"boat": 2.0, "navy": 1.0})
    b = profile({"boat": 2.0, "fuel": 1.0})
    assert similarity(a, b) == pytest.approx(0.8)       # 4 / (sqrt 5 * sqrt 5)
    assert similarity(a, profile({"fuel": 1.0})) == 0.0


def test_shared_names_and_figures_add_to_content():
    a = profile({"boat": 1.0}, names={"rell"}, figures={("boat", 3.0)})
    b = profile({"boat": 1.0, "sank": 1.0}, names={"rell", "dorvan"}, figures={("boat", 3.0)})
    assert similarity(a, b) == pytest.approx(1 / math.sqrt(2) + NAMES + FIGURES)


def test_fragments_sharing_only_names_are_not_alike_by_content():
    """Who a fragment names is not what it says: "the Kestra Venture" alone shares nothing with "had called
    the Kestra Venture three times" but the ship's name, which counts as a shared name only."""
    ship = profile({"kestra": 1.0, "ventur": 1.0}, names={"kestra", "ventur"})
    call = profile({"kestra": 1.0, "ventur": 1.0, "call": 2.0}, names={"kestra", "ventur"})
    assert similarity(ship, call) == pytest.approx(NAMES)
    called = profile({"kestra": 1.0, "ventur": 1.0, "call": 2.0})
    assert similarity(called, call) == pytest.approx(1.0)       # the same words as words: the cosine


def test_two_different_times_are_two_occasions():
    a = profile({"meet": 1.0}, times={"thursday"})
    assert similarity(a, profile({"meet": 1.0}, times={"next year"})) == 0.0
    assert similarity(a, profile({"meet": 1.0}, times={"thursday"})) == pytest.approx(1.0)


def test_the_outlets_narration_joins_on_content_alone():
    a = profile({"price": 1.0, "oil": 1.0}, names={"rell"}, parties=("wire",), narration=True)
    b = profile({"price": 1.0, "fuel": 1.0}, names={"rell"})
    assert similarity(a, b) == pytest.approx(0.5)


def test_an_answer_leans_on_the_nearest_other_party_near_by_else_on_the_lead():
    profiles = [profile(parties=("navy",), paragraphs=(0,)), profile(parties=("ministry",), paragraphs=(2,)),
                profile(parties=("wire",), paragraphs=(3,), narration=True),
                profile(parties=("navy",), paragraphs=(3,), answers=True),
                profile(parties=("office",), paragraphs=(9,), answers=True)]
    assert leaned_on(profiles, 3) == 1      # the ministry's words just before, not the outlet's narration
    assert leaned_on(profiles, 4) == 0      # nothing near by: the lead
    assert leaned_on(profiles, 0) is None


def test_an_unanswered_request_for_comment_is_no_topic():
    assert read_cues("The office did not respond to ", "a request for comment").topic == frozenset()
    assert read_cues("", "did not respond to repeated requests for comment").back_reference
    assert read_cues("", "did not respond to a request for comment on the footage").topic == frozenset({"footag"})


TRIAL = """---
title: Test
outlet: Northgate Courier
published: 2025-10-14
---

A former harbour master of Port Aldis took kickbacks worth £80,000 from a dredging firm, a prosecutor told Aldis Crown Court on Monday.

Tomas Greer, 58, denies one count of bribery.

Oil prices rose 2% in early trading on Tuesday.
"""


def test_a_denial_of_the_charge_joins_the_point_it_answers_and_background_stays_apart():
    draft = draft_article(parse_document(TRIAL))
    holding = [c for c in draft.claims if any("kickbacks" in e.statement.quote for e in c.evidence)]
    assert len(holding) == 1
    quotes = {e.statement.quote: e.stance for e in holding[0].evidence}
    assert any("denies one count of bribery" in q and s == "denies" for q, s in quotes.items())
    assert not any("Oil prices" in q for q in quotes)



def test_a_number_set_aside_by_another_party_joins_the_two():
    given = Profile({"post": 1.0}, 1.0, frozenset(), frozenset(), frozenset(), frozenset({3}), frozenset({"authority"}),
                    False, False, numbers=frozenset({11.0, 42.0}))
    answer = Profile({"count": 1.0}, 1.0, frozenset(), frozenset(), frozenset(), frozenset({6}), frozenset({"union"}),
                     False, False, numbers=frozenset({16.0, 11.0}), set_aside=frozenset({11.0}))
    assert similarity(given, answer) == pytest.approx(SET_ASIDE)
    assert similarity(answer, given) == pytest.approx(SET_ASIDE)
    own = Profile({"count": 1.0}, 1.0, frozenset(), frozenset(), frozenset(), frozenset({6}), frozenset({"authority"}),
                  False, False, set_aside=frozenset({11.0}))
    assert similarity(given, own) == 0.0        # one party correcting itself is no answer
    assert similarity(given, profile({"count": 1.0}, parties=("union",))) == 0.0


VACANCIES = """---
title: Test
outlet: Northgate Courier
published: 2025-10-14
---

Q: How many midwife posts are vacant?

A: Eleven out of 42. We are recruiting abroad.

The Royal College of Midwives said its own count showed 16 vacant posts, not 11.
"""


def test_a_count_set_aside_joins_the_answer_it_corrects_and_denies_it():
    draft = draft_article(parse_document(VACANCIES))
    holding = [c for c in draft.claims if any("Eleven out of 42" in e.statement.quote for e in c.evidence)]
    assert len(holding) == 1
    stances = {e.statement.quote: e.stance for e in holding[0].evidence}
    assert stances.get("its own count showed 16 vacant posts, not 11") == "denies", stances


@pytest.mark.parametrize("sentence, answers", [
    ("The ministry denied that any decision had been taken.", False),
    ("Mason denied any conflict of interest.", True),
    ("The club disputed that account.", True),
])
def test_a_denial_of_a_clause_of_its_own_states_a_point_a_denial_of_a_thing_named_only_answers(sentence, answers):
    from crosscheck.draft.article import _propositions
    from crosscheck.draft.stories import answers_only

    found, _ = _propositions(parse_document(f"---\ntitle: T\noutlet: Wire\n---\n\n{sentence}\n"))
    assert [answers_only(p) for p in found] == [answers]


def _random_profiles(seed: int, count: int) -> list[Profile]:
    """Fragments over a small vocabulary (so some terms are common), with names, figures, times, numbers
    set aside, narration and answers drawn at random."""
    import random

    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(30)]
    profiles = []
    for _ in range(count):
        vector = {t: rng.choice((0.2, 0.5, 1.0, 2.5)) for t in rng.sample(vocabulary, rng.randint(1, 6))}
        numbers = frozenset(rng.sample((3.0, 11.0, 16.0, 42.0), rng.randint(0, 2)))
        profiles.append(Profile(
            vector, math.sqrt(sum(w * w for w in vector.values())),
            frozenset(rng.sample(("rell", "dorvan", "kasp"), rng.randint(0, 2))),
            frozenset(rng.sample((("boat", 3.0), ("job", 120.0)), rng.randint(0, 1))),
            frozenset(rng.sample(("thursday", "next year"), rng.randint(0, 1)) if rng.random() < 0.2 else ()),
            frozenset({rng.randint(0, 12)}), frozenset({rng.choice(("navy", "ministry", "wire"))}),
            rng.random() < 0.2, rng.random() < 0.3, numbers,
            frozenset(rng.sample(sorted(numbers), 1)) if numbers and rng.random() < 0.2 else frozenset()))
    return profiles


@pytest.mark.parametrize("common", [1, 3, 10, 48])
@pytest.mark.parametrize("threshold", [0.1, 0.4, 0.7])
def test_the_alike_pairs_are_those_every_pair_compared_would_give(monkeypatch, common, threshold):
    from crosscheck.draft import stories

    monkeypatch.setattr(stories, "COMMON", common)
    for seed in range(4):
        profiles = _random_profiles(seed, 60)
        every = {(i, j) for j in range(len(profiles)) for i in range(j)
                 if similarity(profiles[i], profiles[j]) >= threshold}
        assert stories.alike_pairs(profiles, threshold) == every
        assert len(every) > 10      # the fragments are alike often enough for the test to mean something


def test_an_answer_leans_where_a_scan_of_every_fragment_before_it_would_say():
    def scanned(profiles, at):   # the rule as first written: every fragment before the answer looked at
        answer = profiles[at]
        others = [i for i in range(at) if profiles[i].parties - answer.parties and not profiles[i].narration]
        near = [i for i in others if min(abs(x - y) for x in profiles[i].paragraphs for y in answer.paragraphs) <= 1]
        return near[-1] if near else (others[0] if others else None)

    from crosscheck.draft.stories import _Leaning

    for seed in range(4):
        profiles = _random_profiles(seed, 80)
        leaning = _Leaning(profiles)
        assert [leaning.target(at) for at in range(len(profiles))] == [scanned(profiles, at) for at in range(len(profiles))]


def test_a_long_article_of_distinct_points_compares_few_pairs(monkeypatch):
    """Merging compares fragments that share something, not every pair: 600 fragments on distinct matters
    take a few thousand comparisons, not the 179,700 of every pair."""
    from crosscheck.draft import stories
    from crosscheck.draft.grouping import Point
    from crosscheck.draft.terms import Weights

    syllables = ("ka", "lo", "mer", "tis", "van", "dru", "pel", "sor")
    words = [a + b + c for a in syllables for b in syllables for c in syllables]
    text = "\n\n".join(f"Rell Dorvan said the {words[3 * n % 512]} had {words[(7 * n + 1) % 512]}ed the "
                       f"{words[(11 * n + 2) % 512]}." for n in range(600))
    from crosscheck.draft.article import _propositions

    found, _ = _propositions(parse_document(f"---\ntitle: T\noutlet: Wire\n---\n\n{text}\n"))
    points = []
    for proposition in found:
        points.append(Point())
        points[-1].add(proposition, "member")
    compared = []
    monkeypatch.setattr(stories, "similarity", lambda a, b: compared.append(1) or similarity(a, b))
    merged = stories.merge_points(points, Weights(p.terms for p in found))
    assert len(points) == 600 and len(compared) < 10_000
    assert len(merged) < len(points)    # fragments sharing a word were still compared, and some joined
