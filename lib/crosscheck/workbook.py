"""The workbook's notebooks as stored: executed in place, free of run-specific metadata, with twins.

``run_notebooks`` re-executes notebooks where they stand (cwd = their folder), drops timing and
papermill metadata so a rerun changes nothing that has not really changed, and rewrites each one's
jupytext twin (``NAME.py``, percent format) so a review reads a diff of code and prose.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import CrosscheckError, ProblemList
from .yamlio import atomic_write_text, read_text_file, write_files

TWIN_FORMAT = "py:percent"


def workbook_notebooks(root: Path) -> list[Path]:
    """The numbered notebooks, the articles' curation notebooks (``curate/``) and the templates, in order."""
    folder = root / "notebooks"
    return (sorted(folder.glob("[0-9]*.ipynb")) + sorted((folder / "curate").glob("*.ipynb"))
            + sorted((folder / "templates").glob("*.ipynb")))


def strip_run_metadata(notebook) -> None:
    """Drop what differs between runs (timings, papermill's records) so stored notebooks stay comparable."""
    notebook.metadata.pop("papermill", None)
    notebook.metadata.pop("widgets", None)  # live widget state: new random ids every run, nothing to review
    for cell in notebook.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if cell.get("cell_type") == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("execution", None)


def write_twin(notebook, path: Path) -> None:
    """Write the notebook's jupytext twin next to it (refusing a ``.py`` there that is no twin)."""
    check_twin(path)
    atomic_write_text(path.with_suffix(".py"), twin_text(notebook))


def twin_text(notebook) -> str:
    """The notebook's jupytext twin (``py:percent``), as jupytext writes it."""
    import jupytext

    text = jupytext.writes(notebook, fmt=TWIN_FORMAT)
    return text if text.endswith("\n") else text + "\n"


def notebook_text(notebook) -> str:
    """The notebook file's text, as nbformat writes it."""
    import nbformat

    text = nbformat.writes(notebook)
    return text if text.endswith("\n") else text + "\n"


def is_twin(path: Path) -> bool:
    """Whether ``path`` (a ``.py``) is a jupytext twin: it opens with jupytext's header naming the percent format."""
    try:
        head = read_text_file(path)[:2000]
    except CrosscheckError:
        return False
    header = head.split("\n# ---\n", 1)[0] if head.startswith("# ---\n") else ""
    return "#   jupytext:" in header and "format_name: percent" in header


def check_twin(notebook: Path) -> None:
    """Refuse when ``NAME.py`` beside a notebook is not its jupytext twin: it is the analyst's own script."""
    twin = notebook.with_suffix(".py")
    if (twin.exists() or twin.is_symlink()) and not is_twin(twin):
        raise CrosscheckError(f"exists and is not the jupytext twin of {notebook.name} (no jupytext header): "
                              f"crosscheck would overwrite it; move it away or rename the notebook; nothing was run",
                              twin)


def twin_differences(path: Path) -> list[str]:
    """Cells whose source differs between a notebook and its twin (empty when they are in step)."""
    import jupytext
    import nbformat

    twin = path.with_suffix(".py")
    if not twin.exists():
        return [f"{twin.name} is missing"]
    stored = nbformat.read(path, as_version=4)
    paired = jupytext.read(twin)
    left = [(c.cell_type, c.source.strip()) for c in stored.cells]
    right = [(c.cell_type, c.source.strip()) for c in paired.cells]
    if len(left) != len(right):
        return [f"{path.name} has {len(left)} cells, {twin.name} has {len(right)}"]
    return [f"{path.name} cell {i + 1} differs from {twin.name}" for i, (a, b) in enumerate(zip(left, right)) if a != b]


def run_notebooks(paths: Iterable[Path], jobs: int = 2, timeout: int = 600, root: Path | None = None) -> Iterator[str]:
    """Execute notebooks in place, ``jobs`` at a time (crosscheck.kernels); yields a line per notebook.

    Every path is checked first (a missing file, a folder, a file that is not a notebook: one line each,
    nothing run). A notebook whose cell fails or whose kernel dies is left as it was and named; the
    others are still executed and written. Raises ProblemList naming every failure at the end.
    """

    from .kernels import execute_notebooks, import_nbformat, kernel_env

    import_nbformat()
    paths = [Path(p).resolve() for p in paths]
    _check_notebooks(paths)
    failures: list[CrosscheckError] = []
    env = kernel_env(root or _root_of(paths[0])) if paths else {}
    for outcome in execute_notebooks(paths, jobs, env, timeout):
        if outcome.error:
            failures.append(CrosscheckError(f"not executed: {outcome.error}", outcome.path))
            yield f"FAILED   {outcome.path.parent.name}/{outcome.path.name}: {outcome.error}"
            continue
        strip_run_metadata(outcome.nb)
        check_twin(outcome.path)  # checked before the run too: a script saved there meanwhile is kept
        write_files({outcome.path: notebook_text(outcome.nb), outcome.path.with_suffix(".py"): twin_text(outcome.nb)})
        yield f"executed {outcome.path.parent.name}/{outcome.path.name}"
    if failures:
        raise ProblemList(failures)


def _check_notebooks(paths: list[Path]) -> None:
    """One line per path that is not a readable notebook, or whose notebook or twin cannot be written as
    they stand; raises before anything runs."""
    import nbformat

    problems = []
    for path in paths:
        try:
            nbformat.reads(read_text_file(path), as_version=4)
            check_twin(path)
            for target in (path, path.with_suffix(".py")):
                if target.exists() and not os.access(target, os.W_OK):
                    raise CrosscheckError("is read-only: crosscheck writes the executed notebook and its twin in "
                                          "place; make it writable; nothing was run", target)
        except CrosscheckError as error:
            problems.append(error)
        except (ValueError, nbformat.ValidationError) as error:  # JSON errors are ValueErrors
            problems.append(CrosscheckError(f"is not a notebook ({' '.join(str(error).split())[:120]})", path))
    if problems:
        raise ProblemList(problems)


def _root_of(path: Path) -> Path:
    """The project holding a notebook: the nearest folder upward with ledger/ (the notebook's folder if none)."""
    for folder in path.parents:
        if (folder / "ledger").is_dir():
            return folder
    return path.parent
