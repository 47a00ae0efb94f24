"""Small synthetic projects for tests: an article, a registry, claims, written to a folder."""
from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from crosscheck.yamlio import dump_yaml

ROOT = Path(__file__).resolve().parents[1]
SEED = "dw-2026-01-30-kremlin-trump-kyiv"

ARTICLE = """Ministry rejects report on bridge repairs

World Monday 2/March/2026 10:15 AM
By: Example Wire
Ministry rejects report on bridge repairs

The transport ministry said on Monday that repairs to the river bridge would finish by March 20.

"The work will be done in three weeks," minister Anna Berg told reporters.

The city council denied that any date had been agreed.

Traffic on the bridge has doubled since 2020.
"""

ACTORS = {
    "parties": {
        "ministry": {"name": "Transport ministry", "kind": "government"},
        "council": {"name": "City council", "kind": "government"},
        "wire": {"name": "Example Wire", "kind": "outlet"},
    },
    "actors": {
        "berg": {"name": "Anna Berg", "party": "ministry", "role": "transport minister",
                 "aliases": ["Berg", "minister Anna Berg"], "reliability": "B"},
        "ministry": {"name": "The transport ministry", "party": "ministry", "reliability": "B"},
        "council": {"name": "The city council", "party": "council", "reliability": "C"},
        "wire": {"name": "Example Wire", "party": "wire", "reliability": "B"},
    },
}


def quote(text: str, words: str, occurrence: int = 0) -> dict:
    """An evidence/background span for ``words`` as they stand in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return {"start": start, "end": start + len(words), "quote": words}


def evidence(text: str, words: str, speaker: str, stance: str, kind: str = "paraphrase", doc: str = "article") -> dict:
    return {"document": doc, **quote(text, words), "speaker": speaker, "kind": kind, "stance": stance}


def default_claims(text: str = ARTICLE) -> list[dict]:
    return [
        {
            "id": "repairs-finish",
            "text": "Repairs to the river bridge will finish by March 20.",
            "group": "repairs",
            "evidence": [
                evidence(text, "repairs to the river bridge would finish by March 20", "ministry", "asserts"),
                evidence(text, "The work will be done in three weeks", "berg", "asserts", "direct"),
                evidence(text, "denied that any date had been agreed", "council", "denies"),
            ],
        },
        {
            "id": "traffic-doubled",
            "text": "Traffic on the bridge has doubled since 2020.",
            "group": "traffic",
            "evidence": [evidence(text, "Traffic on the bridge has doubled since 2020.", "wire", "asserts", "narration")],
        },
    ]


def write_ledger(folder: Path, documents: dict, claims: list[dict], background: list[dict] = (),
                 actors: dict | None = None, verdicts: list[dict] = ()) -> Path:
    """Write a ledger in the present layout from data in the shape of before (each piece of evidence written
    out in full, as tests read best), converted by crosscheck.migrate.convert as `crosscheck migrate` does."""
    from crosscheck.migrate import convert

    ledger = folder / "ledger"
    ledger.mkdir(parents=True, exist_ok=True)
    if actors is not None:
        (ledger / "actors.yaml").write_text(dump_yaml(actors), encoding="utf-8")
    files = convert({"documents": documents, "claims": claims, "background": list(background),
                     "verdicts": list(verdicts)})
    for relative, text in files.items():
        (ledger / relative).parent.mkdir(parents=True, exist_ok=True)
        (ledger / relative).write_text(text, encoding="utf-8")
    return folder


def make_project(folder: Path, text: str = ARTICLE, claims: list[dict] | None = None,
                 background: list[dict] | None = None, actors: dict | None = None) -> Path:
    """Write a complete little project (seed, ledger) under ``folder`` and return it."""
    (folder / "seeds").mkdir(parents=True, exist_ok=True)
    (folder / "seeds" / "article.txt").write_bytes(text.encode("utf-8"))
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return write_ledger(folder, {"article": {"path": "seeds/article.txt", "sha256": sha}},
                        default_claims(text) if claims is None else claims, background or [], actors or ACTORS)


def ledger_file(root: Path, kind: str, name: str = "article") -> Path:
    """A file of a project's ledger: ``document`` (its documents/NAME.yaml) or ``claims`` (claims/NAME.yaml)."""
    return root / "ledger" / {"document": "documents", "claims": "claims"}[kind] / f"{name}.yaml"


def statement_id(root: Path, words: str, name: str = "article") -> str:
    """The id of the statement whose quote holds ``words`` in document NAME."""
    from crosscheck.yamlio import load_yaml_mapping

    statements = load_yaml_mapping(ledger_file(root, "document", name))["statements"]
    found = [sid for sid, entry in statements.items() if words in entry["quote"]]
    assert len(found) == 1, found
    return found[0]


def copy_seed_project(folder: Path) -> Path:
    """A copy of the real project's ledger, seeds and notebook templates, to change freely."""
    shutil.copytree(ROOT / "ledger", folder / "ledger", ignore=shutil.ignore_patterns("*.lock"))
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "notebooks" / "templates", folder / "notebooks" / "templates")
    return folder


def run_cli(*args, root=None, cwd=None, env=None, timeout=300):
    """Run the ``crosscheck`` command in a subprocess, as a user would."""
    environment = {k: v for k, v in os.environ.items() if k != "CROSSCHECK_ROOT"}
    environment.update(env or {})
    command = [sys.executable, "-m", "crosscheck.cli"] + (["--root", str(root)] if root else []) + [str(a) for a in args]
    return subprocess.run(command, capture_output=True, text=True, env=environment, cwd=cwd, timeout=timeout)


@dataclass
class Result:
    """What a command did: its exit status and what it printed (like subprocess.CompletedProcess)."""

    returncode: int
    stdout: str
    stderr: str


def cli(*args, root=None, cwd=None) -> Result:
    """Run ``crosscheck`` in this process through ``cli.main(argv)``: what a subprocess shows, in milliseconds."""
    from crosscheck import cli as command

    argv = (["--root", str(root)] if root else []) + [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    previous_cwd, previous_root = os.getcwd(), os.environ.pop("CROSSCHECK_ROOT", None)
    try:
        if cwd:
            os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = command.main(argv)
            except SystemExit as exit_:  # argparse's usage errors
                code = exit_.code if isinstance(exit_.code, int) else 2
    finally:
        os.chdir(previous_cwd)
        if previous_root is not None:
            os.environ["CROSSCHECK_ROOT"] = previous_root
    return Result(code, out.getvalue(), err.getvalue())


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its SHA-256, to prove that nothing changed."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith(".lock")}


def like_a_terminal() -> None:
    """``preexec_fn`` for a child that should get Ctrl-C as from a terminal: a test run started in the
    background (``make test &``, some CI runners) ignores SIGINT, and a child would inherit that."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
