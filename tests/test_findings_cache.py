import json

from crosscheck import findings_cache
from crosscheck.checks import run_checks
from crosscheck.document import load_document
from factories import ROOT, SEED


def test_cached_findings_equal_fresh_ones_and_survive_a_new_process(tmp_path, monkeypatch):
    document = load_document(ROOT / "seeds" / f"{SEED}.txt")
    fresh = run_checks(document.text, document.published, document.body_start)
    findings_cache._MEMORY.clear()
    assert findings_cache.document_findings(document, tmp_path) == fresh
    files = list((tmp_path / findings_cache.CACHE_DIR).glob("*.json"))
    assert len(files) == 1
    findings_cache._MEMORY.clear()
    monkeypatch.setattr("crosscheck.checks.run_checks", lambda *a, **k: (_ for _ in ()).throw(AssertionError("recomputed")))
    assert findings_cache.document_findings(document, tmp_path) == fresh


def test_a_cache_that_does_not_slice_the_document_is_ignored(tmp_path):
    document = load_document(ROOT / "seeds" / f"{SEED}.txt")
    findings_cache._MEMORY.clear()
    findings = findings_cache.document_findings(document, tmp_path)
    (path,) = (tmp_path / findings_cache.CACHE_DIR).glob("*.json")
    data = json.loads(path.read_text())
    data[0]["spans"][0]["text"] = "tampered"
    path.write_text(json.dumps(data))
    findings_cache._MEMORY.clear()
    assert findings_cache.document_findings(document, tmp_path) == findings
    path.write_text("{not json")
    findings_cache._MEMORY.clear()
    assert findings_cache.document_findings(document, tmp_path) == findings


def test_key_changes_with_the_document(tmp_path):
    from crosscheck.document import parse_document

    a = parse_document("One sentence here.", "a.txt")
    b = parse_document("One sentence there.", "a.txt")
    assert findings_cache.cache_key(a) != findings_cache.cache_key(b)
