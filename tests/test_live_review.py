"""The review notebook, live: JupyterLab on 127.0.0.1 over a temporary copy of the project, driven by
Chromium. Run all cells, pick a claim and a verdict, type an analyst and a reason, click "Record verdict":
the copy's ledger gains exactly that verdict (in the analyst's history), nothing else changes, and the
verdict history table below the panel shows it without its cell being rerun.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from crosscheck.layout import slug
from factories import tree_digest
from live_lab import (close_page, copy_project, jupyterlab, new_page, open_notebook, option_ending, run_all_and_wait,
                      wait_until)

pytestmark = pytest.mark.browser

ANALYST = "Test Analyst"
REASON = "Checked against the agency report <and> the transcript."
CLAIM = "putin-agreed-to-pause"


@pytest.fixture
def project_copy(tmp_path) -> Path:
    root = copy_project(tmp_path / "project")
    if not (root / "notebooks" / "90-review.ipynb").is_file():
        pytest.fail("notebooks/90-review.ipynb is missing", pytrace=False)
    shutil.rmtree(root / "ledger" / "verdicts")
    return root


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] if path.exists() else []


def _ledger_digest(root: Path) -> dict[str, str]:
    """Every ledger file but the verdict histories, to show the panel changed nothing else."""
    return {k: v for k, v in tree_digest(root / "ledger").items() if not k.startswith("verdicts/")}


def test_record_a_verdict_through_the_widget(project_copy, tmp_path, browser):
    verdicts = project_copy / "ledger" / "verdicts" / f"{slug(ANALYST)}.jsonl"
    ledger_before = _ledger_digest(project_copy)
    errors: list[str] = []
    outside: list[str] = []
    with jupyterlab(project_copy, tmp_path) as (base, token):
        page = new_page(browser, errors, outside)
        try:
            open_notebook(page, base, token, "notebooks/90-review.ipynb")
            panel = run_all_and_wait(page, ".crosscheck-review")
            history = page.locator(".cc-table-verdicts").first  # crosscheck.present.verdict_history
            history.wait_for()
            assert ANALYST not in history.inner_text()

            claim_select = panel.locator(".crosscheck-review-claim select")
            labels = claim_select.locator("option").all_inner_texts()
            assert len(labels) > 20 and all(label.strip().endswith("]") for label in labels)
            pick = option_ending(claim_select, f"[{CLAIM}]")
            assert "\u00b7 Putin agreed to Trump" in pick  # the claim's status and text, not a bare id
            panel.locator(".crosscheck-review-reason textarea").fill("typed for the first claim shown")
            claim_select.select_option(value=pick)
            panel.locator(".crosscheck-review-evidence", has_text="and he agreed to that").wait_for()
            reason = panel.locator(".crosscheck-review-reason textarea")
            wait_until(lambda: reason.input_value() == "", 10, "the reason typed for another claim was not cleared",
                       page)

            verdict_select = panel.locator(".crosscheck-review-verdict select")
            statuses = [s.strip() for s in verdict_select.locator("option").all_inner_texts()]
            status = "contested" if "contested" in statuses else statuses[-1]
            verdict_select.select_option(label=status)
            panel.locator(".crosscheck-review-analyst input").fill(ANALYST)
            reason.fill(REASON)
            page.wait_for_timeout(300)  # let the text widgets sync to the kernel
            panel.locator("button", has_text="Record verdict").click()

            wait_until(lambda: _lines(verdicts), 30, "no verdict was recorded")
            after = _lines(verdicts)
            assert len(after) == 1, after
            recorded = json.loads(after[-1])
            assert (recorded["claim"], recorded["status"], recorded["analyst"]) == (CLAIM, status, ANALYST)
            assert recorded["reason"] == " ".join(REASON.split())
            panel.locator(".crosscheck-review-message", has_text="Recorded").wait_for(timeout=10_000)
            # the table below the panel is redrawn without rerunning its cell
            wait_until(lambda: ANALYST in history.inner_text(), 15, "the verdict history table was not redrawn", page)
            assert _ledger_digest(project_copy) == ledger_before
            assert not outside, outside
            assert not errors, errors
        finally:
            close_page(page, "live-review")
