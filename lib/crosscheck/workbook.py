"""The workbook's notebooks as stored: executed in place, free of run-specific metadata, with twins.

``run_notebooks`` re-executes notebooks where they stand (cwd = their folder), drops timing and
papermill metadata so a rerun changes nothing that has not really changed, and rewrites each one's
jupytext twin (``NAME.py``, percent format) so a review reads a diff of code and prose.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .errors import CrosscheckError

TWIN_FORMAT = "py:percent"


def workbook_notebooks(root: Path) -> list[Path]:
    """The numbered notebooks and the templates, in order."""
    folder = root / "notebooks"
    return sorted(folder.glob("[0-9]*.ipynb")) + sorted((folder / "templates").glob("*.ipynb"))


def strip_run_metadata(notebook) -> None:
    """Drop what differs between runs (timings, papermill's records) so stored notebooks stay comparable."""
    notebook.metadata.pop("papermill", None)
    for cell in notebook.cells:
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)
        if cell.get("cell_type") == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("execution", None)


def write_twin(notebook, path: Path) -> None:
    """Write the notebook's jupytext twin next to it."""
    import jupytext

    jupytext.write(notebook, path.with_suffix(".py"), fmt=TWIN_FORMAT)


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


def _execute(path: Path, timeout: int) -> str:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    try:
        client.execute()
    except CellExecutionError as error:
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(error))
        lines = [line for line in plain.splitlines() if line.strip()]
        raise CrosscheckError(f"a cell failed: {lines[-1] if lines else 'error'}", path) from None
    strip_run_metadata(notebook)
    nbformat.write(notebook, path)
    write_twin(notebook, path)
    return f"executed {path.parent.name}/{path.name}"


def run_notebooks(paths: Iterable[Path], jobs: int = 2, timeout: int = 600) -> Iterator[str]:
    """Execute notebooks in place, ``jobs`` at a time; yields a line per notebook."""
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        yield from pool.map(lambda p: _execute(Path(p), timeout), list(paths))
