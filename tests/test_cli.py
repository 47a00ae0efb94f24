import json

import pytest

from factories import cli as crosscheck
from factories import make_project, run_cli


def test_status_lists_claims(tmp_path):
    result = crosscheck("status", root=make_project(tmp_path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Claims as of latest: 2"
    assert lines[2].split()[:3] == ["repairs-finish", "contested", "4"]
    assert lines[3].split()[:3] == ["traffic-doubled", "unconfirmed", "3"]


def test_export_json_and_out_file(tmp_path):
    root = make_project(tmp_path)
    result = crosscheck("export", "--format", "json", root=root)
    assert json.loads(result.stdout)["claims"][0]["id"] == "repairs-finish"
    out = tmp_path / "out.json"
    assert crosscheck("export", "--format", "claimreview", "--out", str(out), root=root).returncode == 0
    assert json.loads(out.read_text())[1]["@type"] == "ClaimReview"


def test_verify_ok_then_one_line_per_problem(tmp_path):
    root = make_project(tmp_path)
    ok = crosscheck("verify", root=root)
    assert ok.returncode == 0
    assert ok.stdout.startswith("ok: 1 document(s), 4 statement(s) and 0 background sentence(s) match their sources; "
                                "2 claim(s) with 4 piece(s) of evidence")
    text = (root / "seeds" / "article.txt").read_text()
    (root / "seeds" / "article.txt").write_text(text.replace("denied", "rejected"))
    bad = crosscheck("verify", root=root)
    assert bad.returncode == 1
    lines = bad.stderr.splitlines()
    assert all(line.startswith("crosscheck: ") for line in lines)
    assert any("source changed after it was recorded" in line for line in lines)
    assert any("the words are no longer in the document" in line for line in lines)
    assert "Traceback" not in bad.stderr


def test_verdict_command_records_once(tmp_path):
    root = make_project(tmp_path)
    args = ("verdict", "traffic-doubled", "confirmed", "--analyst", "ana", "--reason", "statistics office agrees")
    assert crosscheck(*args, root=root).stdout.startswith("recorded")
    assert crosscheck(*args, root=root).stdout.startswith("already recorded")
    assert len((root / "ledger" / "verdicts" / "ana.jsonl").read_text().splitlines()) == 1
    bad = crosscheck("verdict", "ghost", "confirmed", "--analyst", "a", "--reason", "r", root=root)
    assert bad.returncode == 2
    assert bad.stderr.strip().endswith("unknown claim id 'ghost'")


@pytest.mark.parametrize("content, problem", [
    ("group: repairs\nclaims:\n  - id: [\n", "malformed YAML"),
    ("<<<<<<< HEAD\ngroup: repairs\nclaims: []\n=======\ngroup: repairs\nclaims: []\n>>>>>>> other\n",
     "unresolved merge conflict between HEAD and other (the sides differ only in layout)"),
])
def test_damaged_claims_file_is_one_line_and_untouched(tmp_path, content, problem):
    root = make_project(tmp_path)
    path = root / "ledger" / "claims" / "repairs.yaml"
    path.write_text(content)
    result = crosscheck("status", root=root)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"crosscheck: {path}:")
    assert problem in result.stderr
    assert path.read_text() == content


def test_no_ledger_found(tmp_path):
    result = run_cli("status", cwd=tmp_path)  # a subprocess: the exit status and stderr a user sees
    assert result.returncode == 2
    assert result.stderr == f"crosscheck: {tmp_path}: no ledger/ here or in any parent folder (set CROSSCHECK_ROOT, or give --root)\n"
