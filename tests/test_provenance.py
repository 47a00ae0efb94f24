"""Whose account an article is (crosscheck.provenance): outlet, grade and credit line, settled at load."""
from __future__ import annotations

import copy

import pytest

from crosscheck.errors import ProblemList
from crosscheck.ledger import load_ledger
from crosscheck.provenance import Provenance
from factories import ACTORS, ARTICLE, cli, default_claims, ledger_file, make_project

NO_BYLINE = ARTICLE.replace("By: Example Wire\n", "")
WITH_PAPER = copy.deepcopy(ACTORS)
WITH_PAPER["parties"]["paper"] = {"name": "The Paper", "kind": "outlet"}
WITH_PAPER["actors"]["paper"] = {"name": "The Paper", "party": "paper", "reliability": "C"}
WITH_PAPER["parties"]["bulletin"] = {"name": "Harbour Bulletin", "kind": "outlet"}  # a party with no actor


def _project(tmp_path, meta: str | None = None, text: str = ARTICLE, narrator: str | None = "wire",
             second_narrator: str | None = None):
    """The factory project; ``narrator`` narrates the traffic sentence (None: no narration at all)."""
    claims = default_claims(text)
    if narrator is None:
        claims = claims[:1]
    else:
        claims[1]["evidence"][0]["speaker"] = narrator
    if second_narrator:
        claims[0]["evidence"].append({**claims[1]["evidence"][0], "speaker": second_narrator})
    root = make_project(tmp_path, text=text, claims=claims, actors=WITH_PAPER)
    if meta is not None:
        (root / "seeds" / "article.meta.yaml").write_text(meta, encoding="utf-8")
    return root


def _provenance(root) -> Provenance:
    return load_ledger(root).provenance["article"]


def _problems(root) -> list[str]:
    with pytest.raises(ProblemList) as error:
        load_ledger(root)
    lines = error.value.lines()
    assert all("\n" not in line for line in lines)
    return lines


@pytest.mark.parametrize("meta, narrator, text, expected", [
    # 1. the outlet metadata, by actor name, actor id, party id or party name
    ("outlet: Example Wire\n", "paper", ARTICLE, ("wire", "B", "outlet metadata")),
    ("outlet: paper\n", "wire", ARTICLE, ("paper", "C", "outlet metadata")),
    ("outlet: the paper\n", None, ARTICLE, ("paper", "C", "outlet metadata")),
    ("outlet: Harbour Bulletin\n", None, ARTICLE, ("bulletin", "F", "outlet metadata")),  # no actor to grade it
    # 2. no outlet: the party whose narration it carries, as recorded (over the byline)
    (None, "paper", ARTICLE, ("paper", "C", "narration")),
    # 3. no outlet, no narration: the byline, when it names an actor
    (None, None, ARTICLE, ("wire", "B", "byline")),
    # 4. nothing says whose account it is: its own line, grade F
    (None, None, NO_BYLINE, ("article", "F", "unknown")),
    (None, None, ARTICLE.replace("By: Example Wire", "By: Jo Nobody"), ("article", "F", "unknown")),
])
def test_an_articles_outlet_is_settled_by_the_first_rule_that_applies(tmp_path, meta, narrator, text, expected):
    found = _provenance(_project(tmp_path, meta, text, narrator))
    assert (found.outlet, found.grade, found.basis) == expected


def test_an_article_with_no_known_outlet_is_its_own_account_graded_f(tmp_path):
    ledger = load_ledger(_project(tmp_path, None, NO_BYLINE, narrator=None))
    (report,) = [r for r in ledger.reports_for("repairs-finish") if r.party == "council"]
    assert (report.line, report.grade, report.source) == ("article", "F", "article")


def test_narration_by_two_parties_with_no_outlet_is_a_load_error(tmp_path):
    root = _project(tmp_path, None, narrator="wire", second_narrator="paper")
    (line,) = _problems(root)
    assert line == (f"{root / 'seeds' / 'article.txt'}: document 'article': its narration is attributed to paper, "
                    "wire and no 'outlet' metadata says whose account it is; add `outlet:` to its metadata")
    (root / "seeds" / "article.meta.yaml").write_text("outlet: Example Wire\n", encoding="utf-8")
    assert _provenance(root).outlet == "wire"  # the metadata settles it


def test_an_unknown_outlet_is_a_load_error_at_its_line(tmp_path):
    root = _project(tmp_path, "language: en\noutlet: Daily Nowhere\n")
    assert _problems(root) == [f"{root / 'seeds' / 'article.meta.yaml'}:2: metadata 'outlet': 'Daily Nowhere' is "
                               "no actor or party in actors.yaml (add it there, or correct the name)"]


@pytest.mark.parametrize("meta, line, problem", [
    ("agencies: [Example Wire, Reutres]\n", 1, ": 'Reutres' is no outlet or agency in actors.yaml"),
    ("language: en\nagencies:\n  - wire\n  - Reutres\n", 4, ": 'Reutres' is no outlet or agency in actors.yaml"),
    ("agencies: Reutres\n", 1, ": 'Reutres' is no outlet or agency in actors.yaml"),
    ("agencies: [Anna Berg]\n", 1, ": 'Anna Berg' is party 'ministry' (government), not an outlet or agency"),
    ("agencies: {wire: 1}\n", 1, " must be an outlet's id or name, or a list of them"),
    ("agencies: [wire, 3]\n", 1, " must be an outlet's id or name, or a list of them"),
])
def test_an_unknown_agency_is_a_one_line_load_error_at_its_line(tmp_path, meta, line, problem):
    root = _project(tmp_path, meta)
    (found,) = _problems(root)
    assert found.startswith(f"{root / 'seeds' / 'article.meta.yaml'}:{line}: metadata 'agencies'{problem}"), found


def test_agencies_in_front_matter_are_placed_at_their_line_in_the_document(tmp_path):
    text = "---\ntitle: Bridge\nagencies: [Reutres]\n---\n" + ARTICLE
    root = _project(tmp_path, text=text)
    assert _problems(root) == [f"{root / 'seeds' / 'article.txt'}:3: metadata 'agencies': 'Reutres' is no outlet "
                               "or agency in actors.yaml (add it as a party of kind outlet, or correct the name)"]


def test_known_agencies_resolve_to_party_ids_once_each(tmp_path):
    found = _provenance(_project(tmp_path, "outlet: The Paper\nagencies: [Example Wire, wire, The Paper]\n",
                                 narrator="paper"))
    assert found == Provenance("paper", "C", "outlet metadata", ("wire", "paper"))
    assert found.to_dict() == {"outlet": "paper", "grade": "C", "basis": "outlet metadata",
                               "agencies": ["wire", "paper"]}


def test_every_provenance_problem_is_reported_with_the_others(tmp_path):
    root = _project(tmp_path, "outlet: Daily Nowhere\nagencies: [Reutres]\n")
    document = ledger_file(root, "document")
    document.write_text(document.read_text().replace("speaker: council", "speaker: nobody"))
    lines = _problems(root)
    assert len(lines) == 3 and "unknown speaker 'nobody'" in " ".join(lines)


def test_the_cli_names_the_bad_agency_on_one_line(tmp_path):
    root = _project(tmp_path, "agencies: [Reutres]\n")
    result = cli("verify", root=root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "article.meta.yaml:1: metadata 'agencies': 'Reutres' is no outlet or agency" in result.stderr
