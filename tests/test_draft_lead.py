"""The lead: statements told about the headline's point (crosscheck.draft.lead), and the interview
question asked about its lead-in.

Every article here is written for these tests (invented places, people and bodies).
"""
from __future__ import annotations

import pytest

from crosscheck import parse_document
from crosscheck.draft import draft_article
from crosscheck.draft.interviews import _question_of
from crosscheck.draft.lead import LEAD_SHARE, lead_share
from crosscheck.draft.stance import Cues
from crosscheck.draft.terms import Weights, names, terms

FERRY = """---
title: Harbour board denies plan to shut Port Aldis ferry terminal
outlet: Aldis Courier
published: 2025-10-14
---

The Port Aldis harbour board on Monday denied that it intends to close the town's ferry terminal, after the dockers' union said staff had been warned of redundancies.

Union secretary Mara Voss said the terminal would shut in the spring.

Owen Tull, who skippers the Aldis ferry, said the board had ordered four new gangways for next season.

"We expect the ferry terminal to stay open," Tull said.
"""


def _claim_holding(draft, words: str):
    holding = [c for c in draft.claims if any(words in e.statement.quote for e in c.evidence)]
    assert len(holding) == 1
    return holding[0]


def test_a_statement_in_the_headlines_words_joins_the_point_the_first_paragraph_states():
    draft = draft_article(parse_document(FERRY))
    claim = _claim_holding(draft, "the terminal would shut in the spring")
    stances = {e.statement.quote: e.stance for e in claim.evidence}
    assert stances["the terminal would shut in the spring"] == "asserts"
    assert stances["We expect the ferry terminal to stay open"] == "denies"
    assert any(q.startswith("denied that it intends to close") and s == "denies" for q, s in stances.items())
    assert not any("gangways" in q for q in stances)     # the board's other news stays apart


def test_the_lead_denial_joins_the_point_with_or_without_a_headline_once_the_report_after_it_is_its_own():
    # "denied that it intends to close ..., after the dockers' union said ...": the union's report is a
    # statement of its own, so the denial's words are the point's, headline or none
    untitled = FERRY.replace("title: Harbour board denies plan to shut Port Aldis ferry terminal\n", "")
    for article in (FERRY, untitled):
        draft = draft_article(parse_document(article))
        claim = _claim_holding(draft, "the terminal would shut in the spring")
        assert any(e.statement.quote.startswith("denied that it intends") and e.stance == "denies"
                   for e in claim.evidence)
        report = _claim_holding(draft, "staff had been warned of redundancies")
        assert [e.statement.speaker for e in report.evidence] == ["dockers' union"]


class _Said:
    def __init__(self, text: str, kind: str = "paraphrase"):
        self.terms, self.names, self.kind, self.paragraph, self.cues = terms(text), names(text), kind, 3, Cues()


class _Fragment:
    def __init__(self, *said):
        self.own, self.members = list(said), [(s, "member") for s in said]


def test_lead_share_is_the_headlines_share_of_a_fragments_weight():
    headline = "Harbour board denies plan to shut Port Aldis ferry terminal"
    weight = Weights([terms("terminal shut spring"), terms("terminal ferry"), terms("board gangways season")])
    on_point = _Fragment(_Said("the terminal would shut in the spring"))
    expected = weight.total(frozenset({"termin", "close"})) / weight.total(frozenset({"termin", "close", "spring"}))
    assert lead_share(on_point, headline, weight) == pytest.approx(expected)
    other_news = _Fragment(_Said("the board ordered four new gangways"))     # only "board" is the headline's:
    assert lead_share(other_news, headline, weight) == 0.0                   # one shared word is chance
    assert lead_share(_Fragment(_Said("the board's ferry terminal")), headline, weight) >= LEAD_SHARE
    assert lead_share(_Fragment(_Said("the gangways were ordered")), headline, weight) == 0.0
    assert lead_share(_Fragment(_Said("the terminal would shut", "narration")), headline, weight) == 0.0
    assert lead_share(on_point, "", weight) == 0.0


def test_a_bare_question_asks_about_its_lead_in():
    asked = _question_of("Q: The union says the unit will shut in April. Will it?")
    assert asked == "The union says the unit will shut in April. Will it?"
    assert _question_of("Q: Minister, the list has grown again. Has your plan failed?") == "Has your plan failed?"
    assert _question_of("Q: Is it true?") == "Is it true?"


def test_one_word_shared_with_the_headline_by_chance_does_not_tell_about_its_point():
    draft = draft_article(parse_document(
        "---\ntitle: \"Museum director: 'We cannot keep every gallery open'\"\noutlet: ArtsWeek\n---\n\n"
        "The Greyhaven Museum will close two of its five galleries next spring, its director, Felix Arkwright, said.\n\n"
        "Asked whether the museum would charge for entry, Mr Arkwright said: \"Not while I'm director.\"\n"))
    claim = _claim_holding(draft, "close two of its five galleries")
    assert not any("Not while" in e.statement.quote for e in claim.evidence)
