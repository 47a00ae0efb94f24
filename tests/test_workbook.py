import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from crosscheck.errors import CrosscheckError
from crosscheck.workbook import is_twin, run_notebooks, twin_differences, workbook_notebooks
from factories import ROOT, cli

NOTEBOOKS = workbook_notebooks(ROOT)


def test_the_workbook_has_its_memos_in_order():
    names = [p.name for p in NOTEBOOKS]
    assert names[0] == "00-article.ipynb" and "99-summary.ipynb" in names
    assert names[-2:] == ["article.ipynb", "curate.ipynb"]  # the papermill templates, validated like the memos


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_stored_notebooks_are_executed_clean_and_paired(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
    assert code and all(c["execution_count"] for c in code), "store it executed (crosscheck run-notebooks)"
    assert all("execution" not in c["metadata"] and "papermill" not in c["metadata"] for c in notebook["cells"])
    for cell in code:
        for output in cell["outputs"]:
            text = json.dumps(output)
            assert "/work/" not in text and "/tmp/" not in text and " at 0x" not in text
            assert output.get("output_type") != "error"
    assert twin_differences(path) == []


def test_run_notebooks_executes_in_place_and_writes_the_twin(tmp_path):
    path = tmp_path / "01-demo.ipynb"
    nb = new_notebook(cells=[new_markdown_cell("# Demo"), new_code_cell("print(6 * 7)")],
                      metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, path)
    assert list(run_notebooks([path], jobs=1)) == [f"executed {tmp_path.name}/01-demo.ipynb"]
    stored = nbformat.read(path, as_version=4)
    assert stored.cells[1].outputs[0]["text"] == "42\n"
    assert "execution" not in stored.cells[1].metadata
    assert "print(6 * 7)" in path.with_suffix(".py").read_text()
    assert twin_differences(path) == []


def test_a_failing_cell_names_the_notebook(tmp_path):
    path = tmp_path / "02-broken.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("1 / 0")],
                                metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}), path)
    with pytest.raises(CrosscheckError, match=r"02-broken.ipynb: not executed: cell 1: ZeroDivisionError: division by zero"):
        list(run_notebooks([path], jobs=1))


def _notebook(path, *sources):
    nbformat.write(new_notebook(cells=[new_code_cell(s) for s in sources],
                                metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}), path)
    return path


def test_bad_paths_are_one_line_each_and_nothing_runs(tmp_path):
    good = _notebook(tmp_path / "good.ipynb", "1 + 1")
    before = good.read_bytes()
    (tmp_path / "notes.ipynb").write_text("these are notes, not a notebook", encoding="utf-8")
    (tmp_path / "empty.ipynb").write_text("", encoding="utf-8")
    result = cli("run-notebooks", good, tmp_path / "missing.ipynb", tmp_path / "notes.ipynb", tmp_path / "empty.ipynb",
                 tmp_path, root=ROOT)
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert lines == [f"crosscheck: {tmp_path / 'missing.ipynb'}: no such file",
                     f"crosscheck: {tmp_path / 'notes.ipynb'}: is not a notebook (Notebook does not appear to be JSON: "
                     "'these are notes, not a notebook')",
                     f"crosscheck: {tmp_path / 'empty.ipynb'}: is not a notebook (Notebook does not appear to be JSON: '')",
                     f"crosscheck: {tmp_path}: is a directory, not a file"]
    assert good.read_bytes() == before  # nothing ran


def test_a_dying_kernel_is_named_and_the_others_still_run(tmp_path):
    dying = _notebook(tmp_path / "01-dies.ipynb", "import os; os._exit(1)")
    fine = _notebook(tmp_path / "02-fine.ipynb", "print('ok')")
    before = dying.read_bytes()
    result = cli("run-notebooks", "--jobs", "1", dying, fine, root=ROOT)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"crosscheck: {dying}: not executed: ")
    assert "kernel died" in result.stderr.lower() or "DeadKernelError" in result.stderr
    assert dying.read_bytes() == before
    assert nbformat.read(fine, as_version=4).cells[0].outputs[0]["text"] == "ok\n"


def test_a_script_of_the_analysts_beside_a_notebook_is_never_overwritten(tmp_path):
    """NAME.py that is not a jupytext twin (no jupytext header) is the analyst's: refused before anything runs."""
    path = _notebook(tmp_path / "scratch.ipynb", "1 + 1")
    script = tmp_path / "scratch.py"
    script.write_text("# my own analysis script\nprint(42)\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(CrosscheckError, match=r"scratch.py: exists and is not the jupytext twin of scratch.ipynb"):
        list(run_notebooks([path], jobs=1))
    assert script.read_text(encoding="utf-8") == "# my own analysis script\nprint(42)\n"
    assert path.read_bytes() == before
    script.unlink()
    list(run_notebooks([path], jobs=1))  # its own twin, once written, is rewritten freely
    assert is_twin(script)
    list(run_notebooks([path], jobs=1))


def test_a_read_only_notebook_is_refused_before_it_runs(tmp_path, monkeypatch):
    import os

    path = _notebook(tmp_path / "ro.ipynb", "1 + 1")
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(path) else real(p, mode))
    result = cli("run-notebooks", path, root=ROOT)
    assert result.returncode == 2 and result.stderr == f"crosscheck: {path}: is read-only: crosscheck writes the " \
        "executed notebook and its twin in place; make it writable; nothing was run\n"


def test_a_full_disk_leaves_the_notebook_and_its_twin_as_they_were(tmp_path, monkeypatch):
    import errno
    import os

    path = _notebook(tmp_path / "full.ipynb", "1 + 1")
    before = path.read_bytes()
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left on device")))
    with pytest.raises(CrosscheckError, match=r"full.ipynb: cannot write: no space left on the disk; nothing was changed"):
        list(run_notebooks([path], jobs=1))
    assert path.read_bytes() == before and not path.with_suffix(".py").exists()
