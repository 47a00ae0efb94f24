"""The curation notebook, live: ingest an article into a copy of the project, open the article's workbook
in JupyterLab, follow its link to the curation notebook, run it, and through the panel merge two drafts,
change a stance and accept a claim. The ledger on disk then holds exactly what crosscheck.curate makes of
the same three steps on a copy (byte for byte), and `crosscheck verify` passes.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from crosscheck import curate, load_ledger
from factories import cli, tree_digest
from live_lab import (close_page, copy_project, jupyterlab, new_page, open_notebook, option_ending, run_all_and_wait,
                      start_session, wait_for_notebook, wait_until)

pytestmark = pytest.mark.browser

ARTICLE = """\
Tram line opening slips to autumn, city says

City Tuesday 10/March/2026 07:45 AM
By: Riverside Courier
Tram line opening slips to autumn, city says

The city's transport department said on Tuesday that the new east-west tram line would open in October, five months later than planned, because signalling equipment arrived late.

"We will not carry passengers until every signal has been tested twice," transport director Maria Lindqvist told reporters at the depot.

Lindqvist said the delay would add about 4 million euros to the project's cost.

The contractor, Nordbahn Systems, said the equipment had been delivered on time and blamed design changes ordered by the city.

Opposition councillor Jonas Brandt said the city had known about the problems since January and had kept them from the council.

The line is meant to carry 30,000 passengers a day.
"""
DOCUMENT = "tram-line-delay"


@pytest.fixture
def ingested(tmp_path) -> Path:
    root = copy_project(tmp_path / "project")
    article = tmp_path / "Tram Line Delay.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = cli("ingest", article, root=root)
    assert result.returncode == 0, result.stderr
    assert (root / "notebooks" / "curate" / f"{DOCUMENT}.ipynb").is_file(), result.stdout
    return root


def _plan(root: Path) -> tuple[str, str, str, str]:
    """Two drafts to merge (the first into the second), a statement of the merged claim and a new stance."""
    ledger = load_ledger(root)
    drafts = [cid for cid, c in ledger.claims.items() if c.group == DOCUMENT and c.draft and c.evidence]
    assert len(drafts) >= 2, drafts
    for source in drafts:
        for into in drafts:
            stances = {e.statement.id: e.stance for e in ledger.claims[into].evidence}
            if into != source and all(stances.get(e.statement.id, e.stance) == e.stance
                                      for e in ledger.claims[source].evidence):
                item = ledger.claims[into].evidence[0]
                return source, into, item.statement.id, "qualifies" if item.stance != "qualifies" else "confirms"
    pytest.fail(f"no two drafts of {drafts} can be merged", pytrace=False)


def _click_and_wait(panel, button: str, said: str, timeout: float = 60) -> None:
    panel.locator(f"button.crosscheck-curate-{button}").click()
    message = panel.locator(".crosscheck-curate-message")
    wait_until(lambda: said in message.inner_text() or "\u2716" in message.inner_text(), timeout,
               f"the panel did not say {said!r} after {button}")
    assert said in message.inner_text(), message.inner_text()


def _pick(panel, part: str, ending: str) -> None:
    select = panel.locator(f".crosscheck-curate-{part} select")
    select.select_option(value=option_ending(select, ending))


def test_curate_an_ingested_article_through_the_panel(ingested, tmp_path, browser):
    library = tmp_path / "library"
    shutil.copytree(ingested, library, ignore=shutil.ignore_patterns("*.lock"))
    source, into, statement, stance = _plan(ingested)
    errors: list[str] = []
    outside: list[str] = []
    with jupyterlab(ingested, tmp_path) as (base, token):
        page = new_page(browser, errors, outside)
        try:
            open_notebook(page, base, token, f"notebooks/70-{DOCUMENT}.ipynb")
            start_session(base, token, f"notebooks/curate/{DOCUMENT}.ipynb")
            page.locator(f'a[href*="notebooks/curate/{DOCUMENT}.ipynb"]').first.click()  # the workbook's link (resolved)
            current = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current").first
            wait_until(lambda: current.inner_text().strip() == f"{DOCUMENT}.ipynb", 60,
                       "the curation notebook did not open from the workbook's link", page)
            wait_for_notebook(page)
            panel = run_all_and_wait(page, ".crosscheck-curate")

            _pick(panel, "claim", f"[{source}]")
            merge_into = panel.locator(".crosscheck-curate-merge-into select")
            wait_until(lambda: not any(f"[{source}]" in v for v in merge_into.locator(
                "option").evaluate_all("os => os.map(o => o.value)")), 30, "the panel did not show the draft", page)
            _pick(panel, "merge-into", f"[{into}] in {DOCUMENT}")
            _click_and_wait(panel, "merge", f"Merged {source} into {into}.")

            _pick(panel, "evidence", f"[{statement}]")
            page.wait_for_timeout(1000)  # the panel shows the statement's stance; then ours
            panel.locator(".crosscheck-curate-stance select").select_option(value=stance)
            page.wait_for_timeout(300)
            _click_and_wait(panel, "set-stance", f"{statement} now {stance}.")
            _click_and_wait(panel, "accept", f"Accepted {into}")
            assert "draft" not in panel.locator(".crosscheck-curate-view").inner_text().split("[")[0]
            assert not outside, outside
        finally:
            close_page(page, "live-curate")

    curate.merge_claims(library, source, into)
    curate.set_stance(library, into, statement, stance)
    curate.accept_claim(library, into)
    assert tree_digest(ingested / "ledger") == tree_digest(library / "ledger")
    verified = cli("verify", root=ingested)
    assert verified.returncode == 0, verified.stderr
    ledger = load_ledger(ingested)
    assert source not in ledger.claims and not ledger.claims[into].draft
    assert {e.statement.id: e.stance for e in ledger.claims[into].evidence}[statement] == stance
