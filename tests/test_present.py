"""The presentation layer: complete, escaped, accessible tables; deterministic charts; the stance matrix;
claim memos. Values are checked on the frames, markup on the rendered HTML."""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from crosscheck import load_ledger, present
from crosscheck.present import Event, as_table

ROOT = Path(__file__).resolve().parents[1]
DOC = "dw-2026-01-30-kremlin-trump-kyiv"
HOSTILE = '<script>alert(1)</script> & "quoted" \'single\' $x^2$'


@pytest.fixture(scope="module")
def ledger():
    return load_ledger(ROOT)


class _Cells(HTMLParser):
    """Header and data cells of rendered HTML: (tag, attributes, text)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells, self.tags, self._open = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ("th", "td"):
            self._open = [tag, dict(attrs), ""]
            self.cells.append(self._open)

    def handle_endtag(self, tag):
        if tag in ("th", "td"):
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open[2] += data


def cells(markup: str) -> _Cells:
    parsed = _Cells()
    parsed.feed(markup)
    return parsed


# ------------------------------------------------------------------------------------------------ tables

def test_a_table_shows_every_cell_in_full_and_escaped():
    long = "Peskov's full answer or a Kremlin transcript naming what Putin agreed to, word for word " * 3
    frame = pd.DataFrame({"claim": ["a"], "would change it": [long], HOSTILE: [HOSTILE]}).set_index("claim")
    markup = as_table(frame, "t", caption=HOSTILE)._repr_html_()
    parsed = cells(markup)
    assert "script" not in parsed.tags
    texts = [text for _, _, text in parsed.cells]
    assert long.strip() in [t.strip() for t in texts]  # not cut at 50 characters
    assert texts.count(HOSTILE) == 2  # the column label and the cell, as text
    assert "&lt;script&gt;" in markup and "<script>" not in markup


def test_no_header_cell_is_empty_and_rows_have_headers():
    frame = pd.DataFrame({"status": ["confirmed", ""], "n": [1, 2]}, index=pd.Index(["x", "y"], name="claim"))
    parsed = cells(as_table(frame, "t")._repr_html_())
    headers = [(attrs, text) for tag, attrs, text in parsed.cells if tag == "th"]
    assert all(text.strip() for _, text in headers)
    assert [text for attrs, text in headers if attrs.get("scope") == "row"] == ["x", "y"]
    assert [text for attrs, text in headers if attrs.get("scope") == "col"] == ["claim", "status", "n"]


def test_an_unnamed_range_index_is_left_out():
    parsed = cells(as_table(pd.DataFrame({"a": ["1"]}), "t")._repr_html_())
    assert [tag for tag, _, _ in parsed.cells] == ["th", "td"]


def test_booleans_numbers_statuses_and_addresses():
    frame = pd.DataFrame({"differs": [True, False], "grade": [3, 12], "status": ["confirmed", "disputed-new"],
                          "address": ["https://example.org/a?b=1&c=2", "javascript:alert(1)"],
                          "stance": ["disputed: 2 for, 1 against", "qualifies"]})
    markup = as_table(frame, "t", kinds={"stance": "stance"})._repr_html_()
    parsed = cells(markup)
    by_column = {}
    for n, (_tag, attrs, text) in enumerate(c for c in parsed.cells if c[0] == "td"):
        by_column.setdefault(n % 5, []).append((attrs.get("class", ""), text))
    assert [t for _, t in by_column[0]] == ["yes", "no"]
    assert all("cc-num" in cls for cls, _ in by_column[1])
    assert [t for _, t in by_column[2]] == ["confirmed", "disputed-new"]  # an unknown status still shows as its word
    assert 'href="https://example.org/a?b=1&amp;c=2"' in markup
    assert "href=\"javascript" not in markup and "javascript:alert(1)" in markup  # shown, never linked
    assert "cc-stance-disputed" in by_column[4][0][0] and by_column[4][0][1] == "disputed: 2 for, 1 against"
    assert "True" not in markup and "False" not in markup


def test_header_groups_span_their_columns():
    frame = pd.DataFrame({"A": ["x"], "B": ["y"], "C": ["z"], "status": ["confirmed"]}, index=pd.Index(["c"], name="claim"))
    markup = as_table(frame, "m", groups=[("Parties", ["A", "B"]), ("Reporting sources", ["C"])])._repr_html_()
    assert '<th scope="colgroup" colspan="2"' in markup and ">Parties</th>" in markup
    assert '<th scope="col" rowspan="2">claim</th>' in markup and '<th scope="col" rowspan="2">status</th>' in markup
    assert all(text.strip() for tag, _, text in cells(markup).cells if tag == "th")


def test_a_table_keeps_its_settings_through_pandas_operations_and_has_a_stable_repr():
    t = as_table(pd.DataFrame({"a": [1, 2], "b": ["x", "y"]}), "named", label="a label", empty="Nothing here.")
    narrowed = t.drop(columns=["b"])
    assert isinstance(narrowed, present.Table) and narrowed.name == "named" and narrowed.label == "a label"
    assert repr(t) == "<table named: 2 rows x 2 columns>" and str(t) == repr(t)
    assert t[t["a"] > 5]._repr_html_() == '<p class="cc-none">Nothing here.</p>'
    assert 'aria-label="a label"' in t._repr_html_() and 'tabindex="0"' in t._repr_html_()
    with pytest.raises(ValueError):
        as_table(pd.DataFrame(), "x", kinds={"a": "sparkles"})


# ------------------------------------------------------------------------------------------------ the seed

def test_claims_table_of_a_group(ledger):
    frame = present.claims_table(ledger, group="acceptance")
    assert list(frame.index) == ["putin-agreed-to-pause"]
    assert list(frame.columns) == ["text", "verdict", "status", "credibility", "differs"]
    row = frame.loc["putin-agreed-to-pause"]
    verdict = ledger.latest_verdict("putin-agreed-to-pause")
    assert row["verdict"] == verdict.status
    assert row["differs"] == (verdict.status != ledger.assessments()["putin-agreed-to-pause"].status)


def test_the_matrix_puts_parties_to_the_story_first_and_marks_reporting_sources(ledger):
    matrix = present.stance_matrix(ledger)
    story, reporting = (members for _, members in matrix.groups)
    kinds = {p.name: p.kind for p in ledger.registry.parties.values()}
    assert list(matrix.columns) == ["status", *story, *reporting]
    assert story[:3] == ["The Kremlin", "Trump (US administration)", "Ukraine (Zelenskyy, armed forces)"]
    assert all(kinds[name] in ("outlet", "agency") for name in reporting)
    assert not any(kinds[name] in ("outlet", "agency") for name in story)
    assert matrix.groups[1][0] == "Reporting sources"
    markup = matrix._repr_html_()
    assert ">Reporting sources</th>" in markup and "cc-group-reporting-sources" in markup
    assert set(matrix["status"]) <= set(present.STATUS_COLOURS)


def test_a_party_name_with_markup_is_escaped_in_the_matrix_header(ledger):
    from dataclasses import replace

    registry = ledger.registry
    hostile = replace(registry.parties["kremlin"], name="<script>window.x=1</script>Kremlin")
    registry.parties["kremlin"] = hostile
    try:
        markup = present.stance_matrix(ledger)._repr_html_()
    finally:
        registry.parties["kremlin"] = replace(hostile, name="The Kremlin")
    assert "<script>" not in markup and "&lt;script&gt;window.x=1&lt;/script&gt;Kremlin" in markup


def test_a_disputed_stance_shows_with_its_reports_each_way():
    from crosscheck.present.matrix import stance_text

    class Weighing:
        def __init__(self, summary, disagree):
            self.disagree, self._summary = disagree, summary

        def summary(self):
            return self._summary

    class Assessment:
        stances = {"kremlin": "disputed", "us": "asserts", "dw": "confirms"}
        weighings = {"kremlin": Weighing("disputed, 2 B reports each way", True), "us": Weighing("asserts", False),
                     "dw": Weighing("confirms: 2 confirms (B C); 1 declines (D)", True)}

    assert stance_text(Assessment(), "kremlin") == "disputed, 2 B reports each way"
    assert stance_text(Assessment(), "us") == "asserts"  # the accounts agree: the word alone
    assert stance_text(Assessment(), "dw") == "confirms: 2 confirms (B C); 1 declines (D)"
    assert stance_text(Assessment(), "ukraine") == "silent"
    cell = present.as_table(pd.DataFrame({"The Kremlin": [stance_text(Assessment(), "kremlin")]}), "m",
                         kinds={"The Kremlin": "stance"})._repr_html_()
    assert 'class="cc-stance-cell cc-stance-disputed"' in cell and "outline:2px dashed" in cell


def test_tables_of_the_article_are_complete(ledger):
    document = ledger.documents[DOC]
    paragraphs = present.paragraphs_table(document)
    assert list(paragraphs["text"]) == [" ".join(p.text.split()) for p in document.paragraphs]
    statements = present.statements_table(ledger, DOC)
    quotes = {e.statement.quote for c in ledger.claims.values() for e in c.evidence if e.document == DOC}
    assert set(statements["quote"]) == quotes
    assert "at" not in present.findings_table(ledger, DOC, offsets=False).columns
    background = present.background_table(ledger, DOC)
    assert list(background["reason"]) == [b.reason for b in ledger.background]


def test_open_questions_give_what_would_change_each_claim_in_full(ledger):
    questions = present.open_questions(ledger)
    for cid, row in questions.iterrows():
        assert row["would change it"] == ledger.claims[cid].would_change
    assert "confirmed" not in set(questions["status"])


def test_differences_list_pairs_that_disagree(ledger):
    frame = present.differences(ledger)
    rows = frame[frame["claim"] == "request-aimed-at-negotiations"]
    assert len(rows) >= 1
    assert set(rows.iloc[0][["stance A", "stance B"]]) == {"asserts", "qualifies"}
    assert "trump-asked-putin-halt-kyiv-strikes" not in set(frame["claim"])
    assert "note" not in frame.columns and "note" in present.differences(ledger, notes=True).columns
    notes = present.difference_notes(ledger)
    assert list(notes.index) == list(dict.fromkeys(frame["claim"]))


def test_statuses_filters(ledger):
    article = present.statuses(ledger, document=DOC, article_only=True)
    assert article["trump-asked-putin-halt-kyiv-strikes"] == "confirmed"
    assert set(present.statuses(ledger, group="weather", document=DOC)) == {"forecast-minus-30-celsius",
                                                                           "extreme-cold-in-ukraine"}


def test_statuses_on_days_give_status_and_grade(ledger):
    frame = present.statuses_on(ledger, [dt.date(2026, 1, 30), dt.date(2026, 2, 5)], ["strikes-resumed"])
    a = ledger.assessments(dt.date(2026, 2, 5))["strikes-resumed"]
    assert list(frame.columns) == ["30 January 2026", "5 February 2026"]
    assert frame.loc["strikes-resumed", "5 February 2026"] == f"{a.status} ({a.credibility})"


def test_verdict_history_names_every_header(ledger):
    history = present.verdict_history(ledger)
    assert list(history.index) == list(ledger.claims)
    assert all(text.strip() for tag, _, text in cells(history._repr_html_()).cells if tag == "th")


# ------------------------------------------------------------------------------------------------ memo

def test_locate_gives_exact_offsets(ledger):
    document = ledger.documents[DOC]
    start, end = present.locate(document, "until Feb 1")
    assert document.text[start:end] == "until Feb 1"
    second = present.locate(document, "until Feb 1", occurrence=1)
    assert second[0] > start and document.text[second[0]:second[1]] == "until Feb 1"
    with pytest.raises(ValueError):
        present.locate(document, "until Feb 1", occurrence=5)
    with pytest.raises(ValueError):
        present.locate("abc", "zzz")


def test_highlight_escapes_and_marks():
    from crosscheck.document import parse_document

    document = parse_document('Intro <tag> & "quote" end.')
    out = present.highlight(document, [(6, 11)], 0, len(document.text))
    assert out.startswith("Intro <mark>&lt;tag&gt;</mark>")
    assert "&amp;" in out


def test_claim_memo_shows_the_published_rating_status_and_parties_without_a_heading(ledger):
    block = str(present.claim_memo(ledger, "putin-agreed-to-pause"))
    verdict = ledger.latest_verdict("putin-agreed-to-pause")
    assert "claim-memo" in block and "and he agreed to that" in block
    assert "Desk verdict:" in block and verdict.reason.replace("'", "&#x27;") in block
    assert "The Kremlin" in block and "declines" in block
    assert not re.search(r"<h\d", block)  # the notebook's own heading names the claim
    assert repr(present.claim_memo(ledger, "putin-agreed-to-pause")).startswith("putin-agreed-to-pause:")
    unreviewed = next(cid for cid in ledger.claims if ledger.latest_verdict(cid) is None)
    assert "not yet reviewed" in str(present.claim_memo(ledger, unreviewed))
    assert "cc-claim-text" not in str(present.claim_memo(ledger, unreviewed, text=False))


# ------------------------------------------------------------------------------------------------ charts

def _by_day(claims: int, days: int) -> pd.DataFrame:
    statuses = list(present.STATUS_COLOURS)
    columns = [(dt.date(2026, 1, 1) + dt.timedelta(days=d)).isoformat() for d in range(days)]
    data = {f"claim-{c:03d}-{'x' * (c % 30)}": [statuses[(c + d) % 5] for d in range(days)] for c in range(claims)}
    return pd.DataFrame.from_dict(data, orient="index", columns=columns)


def test_the_status_chart_is_deterministic_svg_with_prefixed_ids():
    first = str(present.status_by_day_chart(_by_day(4, 3)))
    assert first == str(present.status_by_day_chart(_by_day(4, 3)))
    assert first.startswith('<figure class="cc-chart"><svg class="cc-chart-svg cc-chart-status-by-day" role="img"')
    assert "<?xml" not in first and "<metadata" not in first and "dc:date" not in first and "Matplotlib v" not in first
    ids = re.findall(r'\bid="([^"]+)"', first)
    assert ids and all(i.startswith("status-by-day-") for i in ids)
    refs = re.findall(r"url\(#([^)]+)\)", first)
    assert set(refs) <= set(ids)
    for day in ("Thu", "1 Jan", "2 Jan", "3 Jan"):
        assert f">{day}</text>" in first
    assert "claim-003-xxx</text>" in first


def test_chart_text_is_escaped_and_dollars_are_not_math():
    frame = pd.DataFrame({"2026-01-01": ["confirmed"]}, index=[HOSTILE])
    chart = str(present.status_by_day_chart(frame, title=HOSTILE))
    assert "<script>" not in chart and "&lt;script&gt;alert(1)&lt;/script&gt;" in chart
    assert "$x^2$" in chart  # mathtext off: shown as typed


def test_timeline_chart_keeps_every_label_whole(ledger):
    events = present.timeline_events(ledger, DOC)
    chart = str(present.timeline_chart(events, title="t"))
    assert chart == str(present.timeline_chart(present.timeline_events(ledger, DOC), title="t"))
    text = " ".join(re.findall(r">([^<]*)</text>", chart))
    for event in events:
        assert all(word in text for word in event.label.replace("\u2026", " ").split()), event.label
    assert str(present.timeline_chart([])).startswith('<p class="cc-none">')


def test_timeline_of_the_seed(ledger):
    events = present.timeline_events(ledger, DOC)
    days = {e.start for e in events} | {e.end for e in events}
    assert {dt.date(2026, 1, 29), dt.date(2026, 1, 30), dt.date(2026, 2, 1)} <= days
    assert any(e.kind == "published" for e in events)
    assert present.timeline_events(ledger, DOC) == events
    table_ = present.timeline_table(events)
    assert list(table_["event"]) == [e.label for e in events]


def test_an_event_label_with_markup_is_escaped_in_the_timeline():
    events = [Event(dt.date(2026, 1, 29), dt.date(2026, 1, 29), 'Trump <b>speaks</b> & "asks"', "said"),
              Event(dt.date(2026, 1, 31), dt.date(2026, 2, 6), "<script>alert(1)</script>", "mentioned")]
    chart = str(present.timeline_chart(events))
    assert "<script>" not in chart and "<b>" not in chart and "&amp;" in chart


def test_the_layer_names_everything_it_offers_and_loads_pandas_only_when_asked():
    import subprocess
    import sys

    code = ("import sys, crosscheck.present as p; assert 'pandas' not in sys.modules; p.status_badge('x');"
            "assert 'pandas' not in sys.modules; missing = [n for n in p.__all__ if getattr(p, n, None) is None];"
            "assert not missing, missing; print(len(p.__all__))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(present.__all__) >= 40
