"""The seed article's ledger: it loads, every quote slices, every sentence is read, statuses hold."""
from __future__ import annotations

from pathlib import Path

import pytest

from crosscheck import load_ledger
from crosscheck.present import statuses

ROOT = Path(__file__).resolve().parents[1]
DOC = "dw-2026-01-30-kremlin-trump-kyiv"

ARTICLE_ONLY = {
    "request": {
        "trump-asked-putin-halt-kyiv-strikes": "confirmed",
        "request-covered-cities-and-towns": "unconfirmed",
        "pause-a-week-until-february-1": "inconsistent",
        "request-aimed-at-negotiations": "unconfirmed",
        "request-because-of-cold": "unconfirmed",
        "request-made-by-january-29": "unconfirmed",
    },
    "acceptance": {"putin-agreed-to-pause": "unconfirmed"},
    "energy-truce": {
        "ukraine-offers-energy-truce": "unconfirmed",
        "energy-truce-proposed-by-washington": "unconfirmed",
        "no-assurances-from-moscow": "unconfirmed",
        "no-direct-contact-kyiv-moscow": "unconfirmed",
    },
    "talks": {"abu-dhabi-talks-on-sunday": "unconfirmed", "talks-date-venue-could-change": "unconfirmed"},
    "donetsk": {
        "no-compromise-on-territory": "unconfirmed",
        "moscow-demands-donetsk": "unconfirmed",
        "donetsk-two-thirds-russian-held": "unconfirmed",
    },
    "weather": {"forecast-minus-30-celsius": "unconfirmed", "extreme-cold-in-ukraine": "confirmed"},
}


@pytest.fixture(scope="module")
def ledger():
    return load_ledger(ROOT)


def test_loads_and_verifies(ledger):
    assert DOC in ledger.documents
    assert len([c for c in ledger.claims.values() if any(e.document == DOC for e in c.evidence)]) == 18


def test_every_body_sentence_is_covered(ledger):
    assert ledger.uncovered(DOC) == []


def test_every_quote_slices(ledger):
    text = ledger.documents[DOC].text
    for claim in ledger.claims.values():
        for item in claim.evidence:
            s = item.statement
            assert text[s.start:s.end] == s.quote, (claim.id, s.quote)
    for b in ledger.background:
        assert text[b.start:b.end] == b.quote


def test_headline_claim_has_kremlin_and_trump_evidence(ledger):
    claim = ledger.claims["trump-asked-putin-halt-kyiv-strikes"]
    parties = {e.party for e in claim.evidence}
    assert {"kremlin", "us"} <= parties
    assert {e.speaker for e in claim.evidence} >= {"kremlin", "peskov", "trump"}
    assert all(e.stance in ("asserts", "confirms") for e in claim.evidence)


def test_request_quotes_avoid_the_duration_error(ledger):
    """The fact of the request is not made inconsistent by the week/Feb 1 mismatch; the duration claim is."""
    assert ledger.findings_against(ledger.claims["trump-asked-putin-halt-kyiv-strikes"]) == []
    kinds = {f.kind for f in ledger.findings_against(ledger.claims["pause-a-week-until-february-1"])}
    assert "duration-end-mismatch" in kinds


def test_said_on_dates(ledger):
    for claim in ledger.claims.values():
        for item in claim.evidence:
            if item.speaker == "trump":
                assert item.statement.said_on.isoformat() == "2026-01-29"
            if item.speaker in ("peskov", "kremlin"):
                assert item.statement.said_on.isoformat() == "2026-01-30"


@pytest.mark.parametrize("group", sorted(ARTICLE_ONLY))
def test_group_statuses_from_the_article(ledger, group):
    assert statuses(ledger, group=group, document=DOC, article_only=True) == ARTICLE_ONLY[group]
