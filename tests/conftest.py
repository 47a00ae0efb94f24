"""Shared fixtures: a tiny synthetic project, the real project's built site, Debian's Chromium."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from factories import write_ledger

ROOT = Path(__file__).resolve().parents[1]

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]

ARTICLE = """\
Town council says bridge will reopen on March 3

Local Monday 02/February/2026 10:00 AM
By: staff
Town council says bridge will reopen on March 3

The town council said on Monday that the old bridge would reopen on March 3 after repairs.

"The work is on schedule," said the mayor, Anna Berg.

The contractor declined to comment.
"""


def _notebook(*cells: tuple[str, str]) -> dict:
    made = []
    for number, (kind, source) in enumerate(cells):
        cell = {"cell_type": kind, "id": f"c{number}", "metadata": {}, "source": source}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        made.append(cell)
    return {"cells": made, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                       "language": "python"}},
            "nbformat": 4, "nbformat_minor": 5}


def write_notebook(path: Path, *cells: tuple[str, str]) -> Path:
    path.write_text(json.dumps(_notebook(*cells), indent=1) + "\n", encoding="utf-8")
    return path


SITE_ACTORS = {
    "parties": {"council": {"name": "Town council", "kind": "government", "description": "The council."},
                "paper": {"name": "The Paper", "kind": "outlet", "description": "The outlet."}},
    "actors": {"council": {"name": "Town council", "party": "council", "role": "the council",
                           "aliases": ["town council"], "reliability": "B", "reliability_reason": "On the record."},
               "berg": {"name": "Anna Berg", "party": "council", "role": "mayor", "aliases": ["the mayor"],
                        "reliability": "B", "reliability_reason": "On the record."}},
}


def make_project(folder: Path) -> Path:
    """A project with one article, two actors, one claim in group 'bridge', and two tiny notebooks."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "seeds").mkdir(exist_ok=True)
    (folder / "ledger").mkdir(exist_ok=True)
    (folder / "notebooks" / "templates").mkdir(parents=True, exist_ok=True)
    seed = folder / "seeds" / "bridge.txt"
    seed.write_bytes(ARTICLE.encode("utf-8"))
    digest = hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    quote = "the old bridge would reopen on March 3 after repairs"
    start = ARTICLE.index(quote)
    evidence = {"document": "bridge", "start": start, "end": start + len(quote), "quote": quote, "speaker": "council",
                "stance": "asserts", "kind": "paraphrase", "cue": "said"}
    write_ledger(folder, {"bridge": {"path": "seeds/bridge.txt", "sha256": digest}}, [
        {"id": "bridge-reopens", "text": "The old bridge reopens on March 3 <after repairs> & more.", "group": "bridge",
         "evidence": [evidence]},
        {"id": "loose-claim", "text": "A claim in a group with no page.", "group": "elsewhere"},
    ], actors=SITE_ACTORS)
    write_notebook(folder / "notebooks" / "00-intro.ipynb",
                   ("markdown", "# Introduction\n\nThe article and <b>what</b> it says."),
                   ("code", "import crosscheck\nfrom crosscheck.ledger import load_ledger\n"
                            "ledger = load_ledger()\nprint(len(ledger.claims), 'claims')"))
    write_notebook(folder / "notebooks" / "10-bridge.ipynb",
                   ("markdown", "# The bridge\n\nWhen does it reopen?"),
                   ("code", "import crosscheck\nprint('bridge page')"))
    write_notebook(folder / "notebooks" / "templates" / "draft.ipynb",
                   ("code", "raise SystemExit('templates are not published')"))
    return folder


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "project")


def chromium_path() -> str:
    """Debian's Chromium; the browser tests fail (not skip) when it is missing."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("chromium is not installed (apt-get install chromium); .ci/run installs it", pytrace=False)
    return path


@pytest.fixture(scope="session")
def chromium() -> str:
    return chromium_path()


@pytest.fixture(scope="session")
def browser(chromium):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("the playwright package is not installed (pip install -e '.[test]')", pytrace=False)
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS, timeout=60_000)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real project's site, built once per session into a temporary folder (the cache is the project's)."""
    from crosscheck.site import build_site

    out = tmp_path_factory.mktemp("site") / "site"
    lines = list(build_site(ROOT, out, jobs=os.cpu_count() or 1))
    assert (out / "index.html").is_file(), lines
    return out
