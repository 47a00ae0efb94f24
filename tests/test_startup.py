"""Start-up: commands that do not read articles load neither the language pipeline nor the notebook stack,
`import crosscheck` loads nothing until a name is used, and Ctrl-C at any moment of `main` is one line."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck import cli as command
from factories import copy_seed_project, like_a_terminal, run_cli

#: What a command that reads no article must not import (spaCy and what it brings, the notebook stack,
#: the checks' unit and date libraries, the site's templates).
HEAVY = ("spacy", "thinc", "numpy", "pandas", "nbformat", "nbclient", "jupyter_client", "jupyter_core", "IPython",
         "ipykernel", "ipywidgets", "papermill", "jupytext", "matplotlib", "pint", "dateparser", "jinja2",
         "playwright", "crosscheck.extract", "crosscheck.checks", "crosscheck.site", "crosscheck.present",
         "crosscheck.widgets", "crosscheck.workbook", "crosscheck.ingest", "crosscheck.draft")

#: Runs the command as the console script does, then writes the names of every module it imported.
RUN = """
import atexit, json, sys
out = sys.argv.pop(1)
atexit.register(lambda: open(out, "w").write(json.dumps(sorted(sys.modules))))
from crosscheck.cli import main
sys.exit(main())
"""


def imported(project: Path, *args: str) -> set[str]:
    out = project.parent / "modules.json"
    result = subprocess.run([sys.executable, "-c", RUN, str(out), "--root", str(project), *args],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode in (0, 1), result.stderr  # --help, a verify problem: still a start-up to measure
    return set(json.loads(out.read_text()))


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m in HEAVY or m.split(".")[0] in HEAVY)


@pytest.fixture(scope="module")
def warm(tmp_path_factory) -> Path:
    """A copy of the project whose findings cache is filled (status computes the checks' findings once per
    document and keeps them under build/cache/; a fresh clone's first status does that work)."""
    project = copy_seed_project(tmp_path_factory.mktemp("warm") / "project")
    filled = run_cli("status", root=project)  # a process of its own: this one may hold the findings in memory
    assert filled.returncode == 0, filled.stderr
    assert list((project / "build" / "cache").rglob("*.json")), "status kept no findings on disk"
    return project


@pytest.fixture
def project(warm, tmp_path) -> Path:
    return Path(shutil.copytree(warm, tmp_path / "project"))


COMMANDS = {
    "help": ["--help"],
    "status --help": ["status", "--help"],
    "status": ["status"],
    "status --explain": ["status", "--explain", "--as-of", "2026-01-31"],
    "verify": ["verify"],
    "export json": ["export", "--format", "json"],
    "export csv": ["export", "--format", "csv"],
    "verdict": ["verdict", "strikes-paused", "unconfirmed", "--analyst", "ana", "--reason", "one side's word"],
    "claim add": ["claim", "add", "Kyiv had power on Sunday.", "--group", "strikes", "--id", "kyiv-power"],
    "claim edit": ["claim", "edit", "strikes-paused", "--note", "Both sides say so."],
    "actor grade": ["actor", "grade", "peskov", "C", "--reason", "a party to the talks"],
    "actor add": ["actor", "add", "ortiz", "--name", "Lena Ortiz", "--party", "ukraine"],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_commands_that_read_no_article_load_no_pipeline(project, name):
    assert heavy(imported(project, *COMMANDS[name])) == []


def test_curating_evidence_and_undoing_load_no_pipeline(project):
    assert heavy(imported(project, "evidence", "set-stance", "putin-agreed-to-pause", "--quote",
                          "did not explicitly confirm", "--stance", "declines")) == []
    assert heavy(imported(project, "evidence", "add", "putin-agreed-to-pause", "--quote", "the request was made",
                          "--speaker", "peskov", "--stance", "declines")) == []
    assert heavy(imported(project, "undo")) == []


def test_the_merge_driver_loads_no_pipeline(project, tmp_path):
    actors = (project / "ledger" / "actors.yaml").read_text(encoding="utf-8")
    for name, text in (("base", actors), ("ours", actors + "  a:\n    name: A\n    party: us\n"),
                       ("theirs", actors + "  b:\n    name: B\n    party: us\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert heavy(imported(project, "merge-file", str(tmp_path / "base"), str(tmp_path / "ours"),
                          str(tmp_path / "theirs"), "7", "ledger/actors.yaml")) == []


def test_reading_articles_loads_the_pipeline_once_it_is_needed(project):
    article = project / "seeds" / "dw-2026-01-30-kremlin-trump-kyiv.txt"
    assert "spacy" in imported(project, "extract", str(article), "--json")


IMPORT = "import sys, crosscheck.cli; print(sorted(m for m in sys.modules if m.startswith(('crosscheck', 'ruamel'))))"


def test_importing_the_command_loads_only_the_command():
    result = subprocess.run([sys.executable, "-c", IMPORT], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "['crosscheck', 'crosscheck.cli', 'crosscheck.errors', 'crosscheck.startup']"


def test_every_public_name_resolves_and_a_module_does_not_take_its_functions_place():
    import crosscheck.export  # noqa: F401  (the module named like the function)
    import crosscheck.ingest  # noqa: F401

    assert set(crosscheck.__all__) <= set(dir(crosscheck))
    for name in crosscheck.__all__:
        assert getattr(crosscheck, name) is not None
    assert callable(crosscheck.export) and crosscheck.export.__module__ == "crosscheck.export"
    assert callable(crosscheck.ingest) and crosscheck.ingest.__module__ == "crosscheck.ingest"
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        crosscheck.nothing_here  # noqa: B018


def _interrupt(*_args, **_kwargs):
    raise KeyboardInterrupt


def _wrapped_interrupt(*_args, **_kwargs):
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as interrupt:  # as Python wraps it when it comes during __set_name__ (an import)
        raise RuntimeError("Error calling __set_name__ on 'Field' instance 'id' in 'Statement'") from interrupt


def test_ctrl_c_that_python_wrapped_in_another_error_is_still_one_line(monkeypatch, capsys, project):
    monkeypatch.setattr(command, "cmd_status", _wrapped_interrupt)
    assert command.main(["--root", str(project), "status"]) == 130
    assert capsys.readouterr().err == "crosscheck: interrupted\n"


@pytest.mark.parametrize("where", ["streams", "parser", "parse_args", "command", "error output"])
def test_ctrl_c_at_any_moment_of_main_is_one_line(monkeypatch, capsys, project, where):
    if where == "streams":
        monkeypatch.setattr(command, "_Neutralised", _interrupt)
    elif where == "parser":
        monkeypatch.setattr(command, "parser", _interrupt)
    elif where == "parse_args":
        monkeypatch.setattr(command.argparse.ArgumentParser, "parse_args", _interrupt)
    elif where == "command":
        monkeypatch.setattr(command, "cmd_status", _interrupt)
    else:  # a problem being reported when Ctrl-C comes
        (project / "ledger" / "actors.yaml").write_text("parties: [\n", encoding="utf-8")
        monkeypatch.setattr(command.ProblemList, "lines", _interrupt)
    assert command.main(["--root", str(project), "status"]) == 130
    captured = capsys.readouterr()
    assert captured.err == "crosscheck: interrupted\n" and captured.out == ""


QUIET = """
import signal, sys
sys.argv[0] = sys.argv[1]
import crosscheck.cli
from crosscheck import startup
print(signal.getsignal(signal.SIGINT) is signal.SIG_DFL)
startup.interruptible()
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt", startup.interrupts)
"""


@pytest.mark.parametrize("program", ["/usr/bin/crosscheck", "my-script.py"])
def test_ctrl_c_while_the_command_loads_ends_it_quietly_and_main_takes_it_back(program):
    """Ctrl-C while the ``crosscheck`` command imports its library (before main's handler) ends it by the
    signal, with no traceback; main makes it KeyboardInterrupt again, and counts it. A program importing the
    library keeps its own Ctrl-C."""
    result = subprocess.run([sys.executable, "-c", QUIET, program], capture_output=True, text=True, timeout=60,
                            preexec_fn=like_a_terminal)
    command_itself = program.endswith("/crosscheck")
    assert result.stdout.split() == [str(command_itself), "KeyboardInterrupt", str(int(command_itself))], result.stderr
