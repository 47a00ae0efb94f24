"""memo helpers: locating quotes, the deterministic escaped timeline, claim memos, differences."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from crosscheck import load_ledger
from crosscheck.memo import (
    Event, claim_memo, differences, highlight, locate, passages_html, statuses, timeline_events, timeline_svg,
)

ROOT = Path(__file__).resolve().parents[1]
DOC = "dw-2026-01-30-kremlin-trump-kyiv"


@pytest.fixture(scope="module")
def ledger():
    return load_ledger(ROOT)


def test_locate_gives_exact_offsets(ledger):
    document = ledger.documents[DOC]
    start, end = locate(document, "until Feb 1")
    assert document.text[start:end] == "until Feb 1"
    second = locate(document, "until Feb 1", occurrence=1)
    assert second[0] > start and document.text[second[0]:second[1]] == "until Feb 1"
    with pytest.raises(ValueError):
        locate(document, "until Feb 1", occurrence=5)
    with pytest.raises(ValueError):
        locate("abc", "zzz")


def test_timeline_svg_is_deterministic_and_escaped():
    events = [
        Event(dt.date(2026, 1, 29), dt.date(2026, 1, 29), 'Trump <b>speaks</b> & "asks"', "said"),
        Event(dt.date(2026, 1, 31), dt.date(2026, 2, 6), "<script>alert(1)</script>", "mentioned"),
    ]
    first, second = str(timeline_svg(events)), str(timeline_svg(list(events)))
    assert first == second
    assert first.startswith("<svg") and first.endswith("</svg>")
    assert "<script>" not in first and "&lt;script&gt;" in first
    assert "<b>" not in first and "&amp;" in first
    assert not re.search(r'\bid="', first)


def test_timeline_of_the_seed(ledger):
    events = timeline_events(ledger, DOC)
    days = {e.start for e in events} | {e.end for e in events}
    assert {dt.date(2026, 1, 29), dt.date(2026, 1, 30), dt.date(2026, 2, 1)} <= days
    assert any(e.kind == "published" for e in events)
    assert timeline_events(ledger, DOC) == events
    assert str(timeline_svg(events)) == str(timeline_svg(timeline_events(ledger, DOC)))


def test_highlight_escapes_and_marks():
    from crosscheck.document import parse_document

    document = parse_document('Intro <tag> & "quote" end.')
    out = highlight(document, [(6, 11)], 0, len(document.text))
    assert out.startswith("Intro <mark>&lt;tag&gt;</mark>")
    assert "&amp;" in out


def test_claim_memo_shows_status_and_parties(ledger):
    block = str(claim_memo(ledger, "putin-agreed-to-pause"))
    assert "claim-memo" in block and "and he agreed to that" in block
    assert "The Kremlin" in block and "declines" in block
    assert repr(claim_memo(ledger, "putin-agreed-to-pause")).startswith("putin-agreed-to-pause:")
    assert "<mark>" in str(passages_html(ledger, "putin-agreed-to-pause"))


def test_differences_list_pairs_that_disagree(ledger):
    frame = differences(ledger)
    rows = frame[frame["claim"] == "request-aimed-at-negotiations"]
    assert len(rows) >= 1
    assert set(rows.iloc[0][["stance A", "stance B"]]) == {"asserts", "qualifies"}
    assert "trump-asked-putin-halt-kyiv-strikes" not in set(frame["claim"])


def test_statuses_filters(ledger):
    article = statuses(ledger, document=DOC, article_only=True)
    assert article["trump-asked-putin-halt-kyiv-strikes"] == "confirmed"
    assert set(statuses(ledger, group="weather", document=DOC)) == {"forecast-minus-30-celsius", "extreme-cold-in-ukraine"}
