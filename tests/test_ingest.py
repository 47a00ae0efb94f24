import json
import subprocess
import sys

import pytest

from crosscheck.ingest import slug
from crosscheck.ledger import load_ledger
from factories import ROOT, copy_seed_project, run_cli, tree_digest

ARTICLE = """Port authority says harbour reopens Monday

Business Wednesday 4/March/2026 08:30 AM
By: Coastal Times
Port authority says harbour reopens Monday

The port authority said on Wednesday that the harbour would reopen to shipping on Monday after a storm damaged two cranes.

"We expect the first container ships to berth on Monday morning," harbour master Lena Ortiz told reporters. She added that repairs would cost about 2 million euros.

According to union leader Tom Reyes, the cranes will not be safe for at least two weeks.

The harbour handles a fifth of the region's exports.
"""


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    project = tmp_path_factory.mktemp("project")
    copy_seed_project(project)
    article = project.parent / "Harbour Reopens.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    first = run_cli("ingest", article, root=project)
    assert first.returncode == 0, first.stderr
    return project, article, first


def test_ingest_records_and_drafts(ingested):
    project, article, first = ingested
    assert (project / "seeds" / "harbour-reopens.txt").read_bytes() == article.read_bytes()
    assert "wrote notebooks/70-harbour-reopens.ipynb" in first.stdout
    ledger = load_ledger(project)
    drafts = {cid: c for cid, c in ledger.claims.items() if c.group == "harbour-reopens"}
    assert drafts and all(c.draft for c in drafts.values())
    speakers = {e.speaker for c in drafts.values() for e in c.evidence}
    assert {"lena-ortiz", "tom-reyes", "coastal-times"} <= speakers
    assert ledger.registry.actor("lena-ortiz").reliability == "F"
    assert ledger.registry.parties["coastal-times"].kind == "outlet"
    quote = next(c for c in drafts.values() if any("container ships" in e.statement.quote for e in c.evidence))
    assert quote.evidence[0].statement.kind == "direct"
    assert ledger.uncovered("harbour-reopens") == []
    notebook = json.loads((project / "notebooks" / "70-harbour-reopens.ipynb").read_text())
    assert "papermill" not in notebook["metadata"]
    assert any(c.get("outputs") for c in notebook["cells"] if c["cell_type"] == "code")
    assert (project / "notebooks" / "70-harbour-reopens.py").read_text().startswith("# ---")


def test_seed_claims_are_untouched_by_ingest(ingested):
    project, _, _ = ingested
    seed = load_ledger(ROOT)
    after = load_ledger(project)
    for cid, claim in seed.claims.items():
        assert after.claims[cid] == claim


def test_ingest_twice_changes_nothing(ingested):
    project, article, _ = ingested
    before = tree_digest(project)
    again = run_cli("ingest", article, root=project)
    assert again.returncode == 0
    assert again.stdout.strip() == "harbour-reopens: already ingested; nothing changed"
    assert tree_digest(project) == before


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02binary", b"caf\xe9", b"\xff\xfe\x00h"])
def test_unreadable_article_changes_nothing(ingested, tmp_path, data):
    project, _, _ = ingested
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    before = tree_digest(project)
    result = run_cli("ingest", bad, root=project)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"crosscheck: {bad}: ")
    assert "Traceback" not in result.stderr
    assert tree_digest(project) == before


def test_drafted_notebook_passes_nbval(ingested):
    project, _, _ = ingested
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval", "-p", "no:cacheprovider", "-q",
         str(project / "notebooks" / "70-harbour-reopens.ipynb")],
        capture_output=True, text=True, cwd=project, timeout=300,
        env={**__import__("os").environ, "CROSSCHECK_ROOT": str(project)})
    assert result.returncode == 0, result.stdout[-3000:]


def test_slug():
    assert slug("Harbour Reopens!") == "harbour-reopens"
    assert slug("***") == "article"
