"""Voices in a draft: one party per body however the article names it (crosscheck.draft.speakers).

Every article here is written for these tests (invented places, people and bodies).
"""
from __future__ import annotations

from crosscheck import parse_document
from crosscheck.draft import draft_article
from crosscheck.draft.speakers import _shortened


TALKS = """---
title: Test
outlet: Baltic Wire
published: 2025-10-14
---

Norland said on Monday that the two countries had agreed new fishing quotas.

The European Commission, which observed the talks, confirmed that the two sides had met. A Commission spokesman declined to comment on the quotas.
"""


def test_a_body_named_again_by_the_end_of_its_name_is_one_party():
    draft = draft_article(parse_document(TALKS))
    parties = {e.statement.party for c in draft.claims for e in c.evidence}
    assert "European Commission" in parties and "Commission" not in parties


def test_only_a_body_word_at_the_end_shortens_a_name():
    assert _shortened("the Commission", "European Commission")
    assert not _shortened("European Commission", "European Commission")
    assert not _shortened("Kestan", "Foreign Ministry of Kestan") and not _shortened("Smith", "John Smith")
    assert not _shortened("Unity Party", "three senior members of the governing Unity Party")  # a description


OUTAGE = """---
title: Test
outlet: Northern Ledger
published: 2025-11-20
---

GridNorth, the national grid operator, said on Wednesday that a loss of output at the Brannock wind farm caused the blackout.

"The network did what it was designed to do," GridNorth's chief engineer, Paul Erskine, told reporters.

Selby Renewables, which owns Brannock, rejected that account. A spokeswoman said its turbines had kept running throughout.
"""


def test_officers_and_spokespeople_share_their_bodys_party_in_a_draft():
    draft = draft_article(parse_document(OUTAGE))
    party = {e.statement.speaker: e.statement.party for c in draft.claims for e in c.evidence}
    assert party["Paul Erskine"] == party["GridNorth"] == "GridNorth"
    assert party["spokeswoman"] == party["Selby Renewables"] == "Selby Renewables"


def _party_by_quote(article: str) -> dict[str, str]:
    """Each drafted quote's party."""
    draft = draft_article(parse_document(article))
    return {e.statement.quote: e.statement.party for c in draft.claims for e in c.evidence}


def test_an_officer_named_right_after_a_bodys_answer_speaks_for_that_body():
    party = _party_by_quote(
        "---\ntitle: T\noutlet: Daily Post\n---\n\nCouncillor Ruth Adebayo said the utility had the result on Friday."
        "\n\nFerncastle Water denies that. Operations director Keith Morland said the Friday sample had been "
        "inconclusive.\n\nAlbamar expects to save £12 million. The GMB union was less sanguine. Regional organiser "
        "Paul Dent said 90 posts could go.\n")
    assert party["the Friday sample had been inconclusive"] == "Ferncastle Water"
    assert party["90 posts could go"] != "Albamar"


def test_the_companys_officer_speaks_for_the_body_heard_before_though_its_name_has_no_body_word():
    party = _party_by_quote(
        "---\ntitle: T\noutlet: Valley Radio\n---\n\nAbout 9,000 homes lost water on Monday after a main burst, "
        "Brayton Water said.\n\nThe company's operations director, Ann Cole, said crews would restore supplies by "
        "Friday.\n\nCouncillor Omar Lind said the main had leaked for years. Ms Cole denied that the company had "
        "ignored the leaks.\n\nBottled water is on offer at two halls, the company said.\n")
    assert party["crews would restore supplies by Friday"] == "Brayton Water"
    assert party["denied that the company had ignored the leaks"] == "Brayton Water"
    assert party["Bottled water is on offer at two halls"] == "Brayton Water"
    assert party["the main had leaked for years"] == "Omar Lind"
