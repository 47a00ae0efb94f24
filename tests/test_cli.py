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


@pytest.mark.parametrize("shell, says", [
    ("status >&-", "crosscheck: <stdout>: cannot write the output: standard output is closed\n"),
    ("status > /dev/full", "crosscheck: <stdout>: cannot write the output: No space left on device\n"),
    ("export | head -c 1 > /dev/null", ""),  # the reader stopped early: no noise, not an error
])
def test_an_output_stream_that_is_closed_or_full_is_one_line(tmp_path, shell, says):
    """Subprocesses: what Python does with stdout at startup and at exit is the point."""
    import shlex
    import subprocess
    import sys

    root = make_project(tmp_path)
    command = shlex.join([sys.executable, "-m", "crosscheck.cli", "--root", str(root)])
    done = subprocess.run(["sh", "-c", f"{command} {shell}"], capture_output=True, text=True, timeout=120, check=False)
    assert done.stderr == says
    assert done.returncode == (0 if not says else 2) or "head" in shell


def test_a_terminal_that_cannot_show_a_character_sees_an_escape(tmp_path):
    root = make_project(tmp_path)
    path = root / "ledger" / "claims" / "traffic.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("since 2020.", "since März 2020."), encoding="utf-8")
    result = run_cli("status", root=root, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0 and "since M\\xe4rz 2020." in result.stdout and not result.stderr


def test_ctrl_c_while_the_command_is_parsed_is_one_line(tmp_path, monkeypatch, capsys):
    from crosscheck import cli

    monkeypatch.setattr(cli, "parser", lambda: (_ for _ in ()).throw(KeyboardInterrupt()))
    assert cli.main(["status"]) == 130
    assert capsys.readouterr().err == "crosscheck: interrupted\n"


def test_a_file_the_system_refuses_is_one_line_wherever_it_is_met(tmp_path, monkeypatch):
    """An OSError naming a file, raised where no check expected it, is one line naming the file, exit 2."""
    import errno

    root = make_project(tmp_path)
    import crosscheck.ledger as ledger_module

    def refuse(*a, **k):
        raise PermissionError(errno.EACCES, "Permission denied", str(root / "ledger" / "x.yaml"))

    monkeypatch.setattr(ledger_module, "load_ledger", refuse)
    result = crosscheck("status", root=root)
    assert (result.returncode, result.stderr) == (2, f"crosscheck: {root / 'ledger' / 'x.yaml'}: Permission denied\n")
