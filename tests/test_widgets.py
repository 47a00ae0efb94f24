"""The review panel: building it writes nothing; a click records one verdict, an identical click none."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosscheck import load_ledger

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("ipywidgets")


@pytest.fixture()
def ledger(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "ledger", tmp_path / "ledger", ignore=shutil.ignore_patterns("*.lock"))
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.rmtree(tmp_path / "ledger" / "verdicts")  # a workbook with no verdicts yet
    monkeypatch.setenv("CROSSCHECK_ROOT", str(tmp_path))
    return load_ledger(tmp_path)


def _lines(ledger):
    files = sorted((ledger.folder / "verdicts").glob("*.jsonl"))
    return [line for path in files for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_panel_has_stable_descriptions_and_class(ledger):
    from crosscheck.widgets import review_panel

    panel = review_panel(ledger)
    assert "crosscheck-review" in panel._dom_classes
    descriptions = [getattr(child, "description", None) for child in panel.children]
    for wanted in ("Claim", "Verdict", "Analyst", "Reason", "Record verdict"):
        assert wanted in descriptions
    assert _lines(ledger) == []  # building the panel writes nothing


def test_click_records_exactly_one_verdict(ledger):
    from crosscheck.widgets import review_panel

    panel = review_panel(ledger, time="2026-02-01T10:00:00+00:00")
    parts = panel.parts
    parts["claim"].value = "putin-agreed-to-pause"
    assert "and he agreed to that" in parts["evidence"].value
    derived = ledger.assessments()["putin-agreed-to-pause"].status
    assert derived in parts["evidence"].value
    parts["verdict"].value = "contested" if derived != "contested" else "confirmed"
    parts["analyst"].value = "A. Analyst"
    parts["reason"].value = "Reports of the <Kremlin's> answer conflict."
    parts["button"].click()
    assert len(_lines(ledger)) == 1
    history = parts["history"].value
    assert "disagreement" in history and derived in history
    assert "&lt;Kremlin&#x27;s&gt;" in history
    parts["button"].click()
    assert len(_lines(ledger)) == 1
    assert "already recorded" in parts["message"].value
    assert derived in parts["evidence"].value


def test_click_without_analyst_records_nothing(ledger):
    from crosscheck.present import verdict_history
    from crosscheck.widgets import review_panel

    panel = review_panel(ledger)
    panel.parts["reason"].value = "no name"
    assert panel.record() is False
    assert _lines(ledger) == []
    assert list(verdict_history(ledger)["verdicts"]) == [0] * len(ledger.claims)  # the static history: none yet
