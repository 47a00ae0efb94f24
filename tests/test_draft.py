"""Drafting an article: points from every party, stances, statuses, and the `crosscheck draft` command."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck import cli, load_registry, parse_document
from crosscheck.draft import draft_article
from crosscheck.yamlio import dump_yaml

SHAPES = """---
title: Plant closure row
outlet: The Valley Post
published: 2025-03-04
---

Harlow Foods will close its Leeds bakery next year, union organiser Sam Reed said on Monday. The company denied it.

Reed said the bakery's 300 workers had been told of the plan at a meeting last week. Harlow's personnel director, Joan Pike, disputed that, saying no such meeting had taken place.

A spokesman for Harlow Foods said the company did not comment on rumours.

The talks between the council and Harlow Foods will resume on Thursday in Leeds, the council said. However, council leader Amir Khan added that the date could still change.

Reed later repeated that the Leeds bakery would close next year.

Separately, Harlow Foods said its profits rose 8 per cent last year.
"""

DECLINES = """---
title: Stadium talks
outlet: The Valley Post
published: 2025-03-04
---

The city and Rovers FC are close to a deal on a new stadium, club chairman Ian Dale said on Tuesday.

The mayor, Rosa Lind, declined to comment on the talks.

The county's planning office confirmed that it had received an application for the site.
"""

WATER = """---
title: Lead in school water
outlet: Riverton Gazette
published: 2025-04-15
---

Tap water at three schools contained lead above the legal limit, councillor Maria Okafor said on Monday.

A spokesman for AquaLine said the company had found no lead above the limit in its own tests.
"""


@pytest.fixture(autouse=True)
def _in_a_bare_folder(tmp_path, monkeypatch):
    """The command runs where no project is (an article nobody curated): no registry is read."""
    monkeypatch.chdir(tmp_path)



def draft_of(text: str, registry=None):
    return draft_article(parse_document(text), registry)


def claim_with(draft, words: str):
    found = [c for c in draft.claims if any(words in e.statement.quote for e in c.evidence)]
    assert found, f"no draft claim holds {words!r}: {[c.text for c in draft.claims]}"
    return found[0]


def stance_of(claim, words: str) -> str:
    return next(e.stance for e in claim.evidence if words in e.statement.quote)


def test_a_claim_and_its_denial_are_one_point():
    claim = claim_with(draft_of(SHAPES), "close its Leeds bakery")
    assert stance_of(claim, "close its Leeds bakery") == "asserts"
    assert stance_of(claim, "The company denied it") == "denies"
    assert {e.party for e in claim.evidence if e.stance != "asserts"} == {"Harlow Foods"}   # "the company" is Harlow
    # the company denied it, and its spokesman would not comment on rumours: the ledger's rules call one party's
    # denial and refusal a disputed stance, not a denial
    assert claim.status == "unconfirmed" and "Harlow Foods's words disagree" in claim.explanation
    assert claim.text == "Harlow Foods will close its Leeds bakery next year."


def test_a_restatement_later_in_the_article_joins_the_point():
    claim = claim_with(draft_of(SHAPES), "close its Leeds bakery")
    assert any("would close next year" in e.statement.quote for e in claim.evidence)


def test_disputed_that_saying_is_a_denial_with_its_reason():
    claim = claim_with(draft_of(SHAPES), "300 workers")
    assert stance_of(claim, "disputed that") == "denies"
    assert stance_of(claim, "no such meeting had taken place") == "denies"
    assert {e.speaker for e in claim.evidence if e.stance == "denies"} == {"Joan Pike"}


def test_a_spokesman_not_commenting_on_rumours_declines_the_story():
    claim = claim_with(draft_of(SHAPES), "close its Leeds bakery")
    assert stance_of(claim, "did not comment on rumours") == "declines"
    assert next(e.party for e in claim.evidence if "rumours" in e.statement.quote) == "Harlow Foods"


def test_declining_to_comment_on_the_talks_bears_on_the_talks():
    draft = draft_of(DECLINES)
    claim = claim_with(draft, "close to a deal")
    assert stance_of(claim, "declined to comment on the talks") == "declines"
    assert claim.status == "unconfirmed"
    assert "declines to confirm" in claim.explanation


def test_one_quote_bears_on_two_points():
    draft = draft_of(SHAPES)
    holding = [c for c in draft.claims if any("date could still change" in e.statement.quote for e in c.evidence)]
    assert len(holding) == 2
    talks = claim_with(draft, "talks between the council")
    assert stance_of(talks, "date could still change") == "qualifies"


def test_different_points_stay_apart():
    draft = draft_of(SHAPES)
    profits = claim_with(draft, "profits rose 8 per cent")
    assert [e.statement.quote for e in profits.evidence] == ["its profits rose 8 per cent last year"]
    assert profits.status == "unconfirmed"


def test_a_negated_answer_from_another_party_denies():
    claim = claim_with(draft_of(WATER), "contained lead above the legal limit")
    assert stance_of(claim, "found no lead above the limit") == "denies"
    assert claim.status == "contested"
    assert next(e.party for e in claim.evidence if "no lead" in e.statement.quote) == "AquaLine"


def test_a_third_party_confirmation_of_something_else_stays_apart():
    draft = draft_of(DECLINES)
    application = claim_with(draft, "received an application")
    assert stance_of(application, "received an application") == "confirms"
    assert len(application.evidence) == 1


def test_every_quote_is_the_text_at_its_offsets():
    document = parse_document(SHAPES)
    for claim in draft_article(document).claims:
        for item in claim.evidence:
            statement = item.statement
            assert document.text[statement.start:statement.end] == statement.quote


def test_explanations_name_only_this_articles_parties():
    draft = draft_of(WATER)
    text = " ".join(c.explanation for c in draft.claims)
    assert "Kremlin" not in text and "Trump" not in text
    assert set(draft.parties) <= {"Maria Okafor", "AquaLine"}


def test_a_registry_gives_ids(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(dump_yaml({
        "parties": {"council": {"name": "Riverton council", "kind": "government"},
                    "aqualine": {"name": "AquaLine Utilities", "kind": "organisation"},
                    "gazette": {"name": "Riverton Gazette", "kind": "outlet"}},
        "actors": {"okafor": {"name": "Maria Okafor", "party": "council", "aliases": ["Okafor", "councillor Maria Okafor"]},
                   "aqualine": {"name": "AquaLine", "party": "aqualine", "aliases": ["A spokesman for AquaLine"]},
                   "gazette": {"name": "Riverton Gazette", "party": "gazette"}}}), encoding="utf-8")
    draft = draft_of(WATER, load_registry(path))
    claim = claim_with(draft, "contained lead")
    assert {(e.speaker, e.party) for e in claim.evidence} == {("okafor", "council"), ("aqualine", "aqualine")}
    assert "Riverton council" in claim.explanation and "AquaLine Utilities" in claim.explanation


def test_cli_prints_the_issue_json_shape(tmp_path, capsys):
    article = tmp_path / "shapes.txt"
    article.write_text(SHAPES, encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    assert cli.main(["draft", str(article), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"document", "claims"}
    assert data["document"]["id"] == "shapes" and data["document"]["outlet"] == "The Valley Post"
    for claim in data["claims"]:
        assert set(claim) == {"id", "text", "status", "explanation", "evidence"}
        for item in claim["evidence"]:
            assert set(item) == {"start", "end", "quote", "speaker", "party", "stance", "kind", "cue"}
            assert SHAPES[item["start"]:item["end"]] == item["quote"]
    assert len({c["id"] for c in data["claims"]}) == len(data["claims"])
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # writes nothing


def test_cli_text_output_and_published_override(tmp_path, capsys):
    article = tmp_path / "plain.txt"
    article.write_text("The bridge will reopen on 3 March, the mayor, Anna Berg, said on Monday.\n"
                       "\nThe contractor denied it.\n", encoding="utf-8")
    assert cli.main(["draft", str(article), "--published", "2026-03-02"]) == 0
    out = capsys.readouterr().out
    assert "[contested]" in out and "denies" in out
    assert cli.main(["draft", str(article), "--published", "2026-03-02", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["document"]["published"] == "2026-03-02T00:00:00"


@pytest.mark.parametrize("content, problem", [(None, "No such file"), (b"\xff\xfe\x00a", "UTF-16"),
                                              (b"   \n", "is empty")])
def test_cli_bad_article_is_one_line(tmp_path, capsys, content, problem):
    article = tmp_path / "bad.txt"
    if content is not None:
        article.write_bytes(content)
    assert cli.main(["draft", str(article)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("crosscheck:") and problem.lower() in err[0].lower()


def test_an_article_with_nothing_attributed_still_drafts():
    draft = draft_of("Rain fell across the region on Sunday.\n")
    assert [c.text for c in draft.claims] == ["Rain fell across the region on Sunday."]
    assert draft.claims[0].evidence[0].statement.kind == "narration"


def test_a_long_article_drafts_and_every_quote_holds():
    body = "\n\n".join(f"Ward {n} said the club would sell player {n} in March. The club denied it."
                       for n in range(400))
    document = parse_document(body)
    draft = draft_article(document)
    assert len(draft.claims) >= 100
    for claim in draft.claims:
        for item in claim.evidence:
            assert document.text[item.statement.start:item.statement.end] == item.statement.quote


def test_control_characters_in_an_article_never_reach_the_terminal(tmp_path, capsys):
    article = tmp_path / "odd.txt"
    article.write_text("The mayor said the bridge \u202ewould reopen\u202c on 3 March.\n\nThe contractor denied it.\n",
                       encoding="utf-8")
    assert cli.main(["draft", str(article)]) == 0
    out = capsys.readouterr().out
    assert "\u202e" not in out and "\\u202e" in out
    assert cli.main(["draft", str(article), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    quote = data["claims"][0]["evidence"][0]["quote"]
    assert "\u202e" in quote  # the JSON escape reads back as the article's own character


def test_draft_is_public_and_loaded_lazily():
    import subprocess
    import sys

    code = ("import sys, crosscheck; assert 'spacy' not in sys.modules; d = crosscheck.draft_article;"
            "assert crosscheck.Draft.__name__ == 'Draft'; print(d.__module__)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "crosscheck.draft.article"


def test_semicolon_shapes_said_then_denied_and_disputed_saying():
    draft = draft_of("Harlow Foods will close its Leeds bakery, union organiser Sam Reed said; the company denied it.\n\n"
                     "The mayor, Anna Berg, said the bridge would reopen in March; the contractor disputed that, "
                     "saying the work would take until June.\n")
    bakery = claim_with(draft, "close its Leeds bakery")
    assert [e.stance for e in bakery.evidence] == ["asserts", "denies"] and bakery.status == "contested"
    bridge = claim_with(draft, "reopen in March")
    assert {(e.speaker, e.stance) for e in bridge.evidence if e.stance == "denies"} == {("contractor", "denies")}
    assert stance_of(bridge, "take until June") == "denies"


def test_a_registry_of_another_story_names_none_of_its_parties(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(dump_yaml({
        "parties": {"kremlin": {"name": "The Kremlin", "kind": "government"},
                    "us": {"name": "Trump (US administration)", "kind": "government"},
                    "ukraine": {"name": "Zelenskyy (Ukraine)", "kind": "government"}},
        "actors": {"peskov": {"name": "Dmitry Peskov", "party": "kremlin"},
                   "trump": {"name": "Donald Trump", "party": "us"},
                   "zelenskyy": {"name": "Volodymyr Zelenskyy", "party": "ukraine"}}}), encoding="utf-8")
    draft = draft_of(WATER, load_registry(path))
    text = " ".join(c.explanation for c in draft.claims)
    assert "Kremlin" not in text and "Trump" not in text and "Zelenskyy" not in text
    assert "Okafor" in text


def test_the_next_sentence_of_a_bare_rejection_gives_its_reason():
    draft = draft_of("Two civilians were wounded in the strike, the rebel commander Yusuf Darga said on Sunday.\n\n"
                     "Army spokesman Idris Benan rejected that account. \"There were no civilians in the area,\" "
                     "Benan said.\n")
    claim = claim_with(draft, "Two civilians were wounded")
    assert stance_of(claim, "rejected that account") == "denies"
    assert stance_of(claim, "There were no civilians in the area") == "denies"
    assert claim.status == "contested"


def test_a_different_figure_for_the_same_count_disputes_it():
    draft = draft_of("About 3 million customers were affected by the breach, researcher Nadia Kerr said on Monday.\n\n"
                     "Parcelo said on Tuesday that fewer than 400,000 customers were affected.\n\n"
                     "Separately, Parcelo said its shares rose 4 per cent. Kerr said her shares in the firm fell 2 per "
                     "cent.\n")
    claim = claim_with(draft, "3 million customers")
    assert stance_of(claim, "fewer than 400,000 customers") == "denies"
    assert claim.status == "contested"
    assert len(claim_with(draft, "shares rose").evidence) == 1  # percentages of different things stay apart


def test_crossheads_and_timestamps_are_not_claims():
    draft = draft_of("The council said on Monday that the bridge would reopen in March.\n\n"
                     "Legend of the Old Bridge\n\n11:40 a.m.\n\nThe contractor said the work would take until June.\n")
    texts = [c.text for c in draft.claims]
    assert not any("Legend" in t or "11:40" in t for t in texts)
    assert len(texts) == 2


_PIECES = ["The mayor said", "the bridge would reopen", "; the contractor denied it", ". ", "\n\n", '"', "\u201c",
           "\u201d", "?", "No.", "Asked whether", "declined to comment on", "disputed that, saying", "3 million",
           "customers", "However, he added that", "could still change", ",", "Is it for sale?", "Mr.", "\u202e",
           "There was no immediate comment from", "the company", "A spokesman for Harlow said"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), min_size=1, max_size=40).map(" ".join))
def test_any_text_drafts_with_quotes_that_hold(text):
    if not text.strip():
        return
    document = parse_document(text)
    draft = draft_article(document)
    for claim in draft.claims:
        assert claim.text and claim.status in {"confirmed", "contested", "unconfirmed", "unverifiable"}
        for item in claim.evidence:
            assert document.text[item.statement.start:item.statement.end] == item.statement.quote
            assert item.stance in {"asserts", "confirms", "qualifies", "declines", "denies"}


def test_a_statement_in_two_claims_keeps_one_id():
    draft = draft_of(SHAPES)
    ids = {}
    for claim in draft.claims:
        for item in claim.evidence:
            ids.setdefault((item.statement.start, item.statement.end), set()).add(item.statement.id)
    assert all(len(found) == 1 and all(found) for found in ids.values())
    assert len({next(iter(found)) for found in ids.values()}) == len(ids)


def test_ids_of_a_repeated_base_count_on():
    """The same statement 40,000 times (a probe's one-line article) drafted in quadratic time: ids now count on."""
    from crosscheck.draft.article import _Ids

    ids = _Ids()
    assert [ids.issue("x") for _ in range(3)] + [ids.issue("x-2"), ids.issue("x-4"), ids.issue("x")] == \
        ["x", "x-2", "x-3", "x-2-2", "x-4", "x-5"]
    assert len(ids.used) == 6
