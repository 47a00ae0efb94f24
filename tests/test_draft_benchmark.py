"""benchmarks/drafting.py: its gold files load and validate, and its scores count what README.md says."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from crosscheck.errors import CrosscheckError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("drafting_bench", ROOT / "benchmarks" / "drafting.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_dev_set_has_ten_varied_articles_with_valid_gold(bench):
    golds = bench.load_gold_folder(ROOT / "benchmarks" / "drafting" / "dev")
    assert len(golds) >= 8
    stances = {item.stance for gold in golds for items in gold.claims.values() for item in items}
    assert stances == {"asserts", "confirms", "qualifies", "declines", "denies"}
    for gold in golds:
        for items in gold.claims.values():
            for item in items:
                assert item.end > item.start and gold.text[item.start:item.end].strip()


def _write(folder: Path, text: str, gold: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    (folder / "a.gold.yaml").write_text(gold, encoding="utf-8")
    return folder


GOLD = """parties:
  x: {name: X, kind: other}
  y: {name: Y, kind: other}
actors:
  reed: {name: Sam Reed, party: x, aliases: [Reed]}
  co: {name: The company, party: y}
claims:
  - id: closure
    text: The bakery will close.
    evidence:
      - {quote: the bakery will close next year, speaker: reed, stance: asserts}
      - {quote: The company denied it., speaker: co, stance: denies}
"""
TEXT = "Reed said the bakery will close next year. The company denied it. Profits rose, it said.\n"


def test_a_quote_not_in_the_article_is_one_clear_error(bench, tmp_path):
    folder = _write(tmp_path / "set", TEXT, GOLD.replace("next year", "next month"))
    with pytest.raises(CrosscheckError, match=r"a\.gold\.yaml: claim closure, evidence 1: quote .* occurs 0 times"):
        bench.load_gold_folder(folder)


def test_an_article_without_gold_is_an_error(bench, tmp_path):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(CrosscheckError, match="has no gold file"):
        bench.load_gold_folder(folder)


def _draft(*claims):
    return SimpleNamespace(claims=[SimpleNamespace(to_dict=lambda c=c: {"evidence": c}) for c in claims])


def _item(text, quote, speaker, party, stance):
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "quote": quote, "speaker": speaker, "party": party,
            "stance": stance, "kind": "paraphrase", "cue": ""}


def test_scores_of_a_perfect_and_of_a_wrong_draft(bench, tmp_path):
    gold = bench.load_gold_folder(_write(tmp_path / "set", TEXT, GOLD))[0]
    right = _draft([_item(TEXT, "the bakery will close next year", "Reed", "Reed", "asserts"),
                    _item(TEXT, "The company denied it.", "The company", "The company", "denies")])
    figures = bench.score(gold, right).figures()
    assert figures == {"pair_recall": 1.0, "precision": 1.0, "stance_accuracy": 1.0, "speaker_accuracy": 1.0,
                       "speaker_coverage": 1.0, "party_accuracy": 1.0}
    wrong = _draft([_item(TEXT, "the bakery will close next year", "Sam", "Sam", "asserts"),
                    _item(TEXT, "Profits rose", "The company", "The company", "asserts")],
                   [_item(TEXT, "The company denied it.", "The company", "The company", "confirms")])
    figures = bench.score(gold, wrong).figures()
    assert figures["pair_recall"] == 0.0 and figures["precision"] == 0.0
    assert figures["stance_accuracy"] == 0.0 and figures["speaker_accuracy"] == 0.5
    assert figures["party_accuracy"] == 0.5          # "Sam" is no name of Reed's party


def test_party_accuracy_takes_any_name_of_the_party_or_its_actors(bench, tmp_path):
    gold = bench.load_gold_folder(_write(tmp_path / "set", TEXT, GOLD))[0]
    by_actor = _draft([_item(TEXT, "the bakery will close next year", "a baker", "Sam Reed", "asserts"),
                       _item(TEXT, "The company denied it.", "its spokesman", "the company", "denies")])
    assert bench.score(gold, by_actor).figures()["party_accuracy"] == 1.0
    own_party = _draft([_item(TEXT, "The company denied it.", "Jo Lane", "Jo Lane", "denies")])
    assert bench.score(gold, own_party).figures()["party_accuracy"] == 0.0


def test_the_benchmark_runs_on_a_folder(bench, tmp_path, capsys):
    folder = _write(tmp_path / "set", TEXT, GOLD)
    assert bench.main([str(folder), "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "overall" in out and "articles/s" in out
