"""Outputs go only to new paths or to paths the command made itself: nothing of the analyst's is replaced."""
import json
import os
import sys

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.outputs import STAMP, check_output_file, check_site_folder, resolve_output, write_stamp
from factories import cli, make_project, tree_digest


@pytest.fixture
def project(tmp_path):
    root = make_project(tmp_path / "p")
    (root / "README.md").write_text("the analyst's readme\n", encoding="utf-8")
    (root / "ledger" / "notes.txt").write_text("untracked notes\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("out, problem", [
    ("ledger", "lies inside the project's ledger/"),
    ("ledger/site", "lies inside the project's ledger/"),
    ("seeds", "lies inside the project's seeds/"),
    (".git", "lies inside the project's .git/"),
    (".", "is the project folder or holds it"),
    ("..", "is the project folder or holds it"),
    ("README.md", "exists and is not a folder crosscheck made"),
])
def test_build_site_refuses_what_it_did_not_make(project, out, problem):
    (project / ".git").mkdir()
    before = tree_digest(project)
    result = cli("build-site", "--out", out, root=project, cwd=project)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and problem in result.stderr, result.stderr
    assert tree_digest(project) == before


def test_build_site_refuses_a_folder_of_someone_elses(project, tmp_path):
    other = tmp_path / "photos"
    other.mkdir()
    (other / "cat.jpg").write_bytes(b"\xff\xd8")
    result = cli("build-site", "--out", other, root=project)
    assert result.returncode == 2 and "was not made by crosscheck build-site" in result.stderr
    assert (other / "cat.jpg").read_bytes() == b"\xff\xd8"


def test_a_site_folder_is_replaced_only_while_it_is_as_written(tmp_path):
    root = tmp_path / "p"
    root.mkdir()
    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("<p>built</p>", encoding="utf-8")
    write_stamp(out, "build-site")
    check_site_folder(out, root, out)  # as written: may be replaced
    (out / "mine.txt").write_text("an editor's note", encoding="utf-8")
    with pytest.raises(CrosscheckError, match="holds mine.txt, which crosscheck did not write"):
        check_site_folder(out, root, out)
    (out / "mine.txt").unlink()
    (out / "index.html").write_text("<p>edited by hand</p>", encoding="utf-8")
    with pytest.raises(CrosscheckError, match="index.html was changed after crosscheck wrote it"):
        check_site_folder(out, root, out)
    (out / STAMP).write_text("not json", encoding="utf-8")
    with pytest.raises(CrosscheckError, match="is damaged"):
        check_site_folder(out, root, out)


def test_a_symbolic_link_is_never_an_output(project, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(project / "ledger")
    with pytest.raises(CrosscheckError, match="is a symbolic link"):
        resolve_output(link, project)
    (tmp_path / "into").symlink_to(project)  # a new path whose folder is the project, reached by a link
    target = resolve_output(tmp_path / "into" / "ledger", project)
    with pytest.raises(CrosscheckError, match="inside the project's ledger/"):
        check_site_folder(target, project, "into/ledger")


@pytest.mark.parametrize("out", ["ledger/claims.yaml", "seeds/X.txt", "seeds/article.txt", "README.md",
                                 "ledger/export.json"])
def test_export_never_writes_analyst_data(project, out):
    before = tree_digest(project)
    result = cli("export", "--format", "json", "--out", out, root=project, cwd=project)
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1
    assert tree_digest(project) == before


def test_export_may_replace_its_own_file_until_someone_edits_it(project):
    out = project / "claims-export.json"
    assert cli("export", "--out", out, root=project).returncode == 0
    first = out.read_text()
    assert json.loads(first)["claims"]
    assert cli("export", "--format", "csv", "--out", out, root=project).returncode == 0  # its own: replaced
    assert out.read_text().startswith("claim")
    out.write_text(out.read_text() + "an analyst's row\n", encoding="utf-8")
    result = cli("export", "--out", out, root=project)
    assert result.returncode == 2 and "was changed after crosscheck wrote it" in result.stderr
    assert out.read_text().endswith("an analyst's row\n")


def test_export_to_a_missing_folder_or_a_device(project):
    assert "its folder does not exist" in cli("export", "--out", project / "no" / "x.json", root=project).stderr
    with pytest.raises(CrosscheckError, match="is not a regular file"):
        check_output_file(resolve_output("/dev/null", project), project, "/dev/null", "export")


def test_a_damaged_record_vouches_for_nothing(project):
    out = project / "e.json"
    assert cli("export", "--out", out, root=project).returncode == 0
    (project / "build" / "outputs.json").write_text("{broken", encoding="utf-8")
    assert "was not written by crosscheck export" in cli("export", "--out", out, root=project).stderr


def test_export_refuses_before_reading_nothing_half_written(project, monkeypatch):
    out = project / "e.json"
    monkeypatch.setattr(sys.modules["crosscheck.export"], "export", lambda *a, **k: (_ for _ in ()).throw(KeyboardInterrupt()))
    assert cli("export", "--out", out, root=project).returncode == 130
    assert not out.exists()
    assert not [p for p in os.listdir(project) if p.startswith(".e.json")]


@pytest.mark.parametrize("command", [["export"], ["build-site"]])
def test_an_output_path_the_file_system_cannot_hold_is_one_line(project, tmp_path, command):
    for out, says in ((tmp_path / ("x" * 300), "cannot be an output: File name too long"),
                      (project / "README.md" / "x", "cannot be made: README.md is a file, not a folder")):
        before = tree_digest(project)
        result = cli(*command, "--out", out, root=project)
        assert result.returncode == 2 and result.stderr == f"crosscheck: {out}: {says}; choose another --out\n"
        assert tree_digest(project) == before


def test_outputs_whose_lock_cannot_be_taken_are_one_line(project, tmp_path, monkeypatch):
    import errno

    from filelock import FileLock

    monkeypatch.setattr(FileLock, "acquire", lambda *a, **k: (_ for _ in ()).throw(
        PermissionError(errno.EACCES, "Permission denied")))
    result = cli("export", "--out", tmp_path / "x.json", root=project)
    assert result.returncode == 2 and result.stderr.startswith(f"crosscheck: {project / 'build'}: cannot take the "
                                                               "outputs' lock: Permission denied")
    assert not (tmp_path / "x.json").exists()
