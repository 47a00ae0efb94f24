"""Many articles in one call (crosscheck.batch): JSON Lines in order, errors on their own line, pools, Ctrl-C."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck import batch
from factories import ARTICLE, cli, like_a_terminal, run_cli

BAD = Path(__file__).parent / "data" / "bad" / "articles"

HARBOUR = """Harbour reopens after storm

Business Wednesday 4/March/2026 08:30 AM
By: Coastal Times

The port authority said on Wednesday that the harbour would reopen on Monday.

"The first ships will berth on Monday morning," harbour master Lena Ortiz told reporters.
"""

SCHOOL = """School opening delayed

Local Thursday 5/March/2026 09:00 AM
By: Valley Herald

The district said on Thursday that the new school would open in September, not in April.

According to parents' association chair Ivo Brandt, the district knew of the problem since January.
"""


@pytest.fixture
def wire(tmp_path) -> Path:
    """A folder of a day's wire copy: three articles, a metadata sidecar, and files that are not articles."""
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "a-bridge.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b-harbour.md").write_text(HARBOUR, encoding="utf-8")
    (folder / "c-school.txt").write_text(SCHOOL, encoding="utf-8")
    (folder / "c-school.meta.yaml").write_text("outlet: Valley Herald\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("not an article\n", encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n", encoding="utf-8")
    (folder / "archive").mkdir()
    (folder / "archive" / "old.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def lines(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_folder_is_its_articles_by_name_each_once(wire):
    found = batch.articles([wire, wire / "c-school.txt", wire / ".." / "wire" / "a-bridge.txt"])
    assert [Path(a).name for a in found] == ["a-bridge.txt", "b-harbour.md", "c-school.txt"]


def test_many_articles_are_json_lines_in_order_as_each_alone(wire, tmp_path):
    result = cli("extract", wire, root=None, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    got = lines(result)
    assert [Path(g["article"]).name for g in got] == ["a-bridge.txt", "b-harbour.md", "c-school.txt"]
    for entry in got:  # the same statements the single-article command gives
        alone = cli("extract", "--json", entry["article"], cwd=tmp_path)
        assert {k: v for k, v in entry.items() if k != "article"} == json.loads(alone.stdout)
    assert got[2]["document"]["outlet"] == "Valley Herald"  # the sidecar is read
    assert any(s["speaker"] and s["speaker"]["name"] == "Lena Ortiz" for s in got[1]["statements"])


def test_check_over_many_articles_takes_one_publication_date(wire, tmp_path):
    result = cli("check", wire / "a-bridge.txt", wire / "c-school.txt", "--published", "2026-03-02T10:00",
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    got = lines(result)
    assert [g["document"]["published"] for g in got] == ["2026-03-02T10:00:00"] * 2
    alone = cli("check", "--json", wire / "a-bridge.txt", "--published", "2026-03-02T10:00", cwd=tmp_path)
    assert got[0]["findings"] == json.loads(alone.stdout)["findings"]


def test_one_article_keeps_its_own_output_unless_asked_for_json_lines(wire, tmp_path):
    text = cli("extract", wire / "a-bridge.txt", cwd=tmp_path)
    assert text.returncode == 0 and not text.stdout.startswith("{")
    one = cli("extract", "--jsonl", wire / "a-bridge.txt", cwd=tmp_path)
    assert len(one.stdout.splitlines()) == 1 and lines(one)[0]["article"] == str(wire / "a-bridge.txt")


def test_an_article_that_cannot_be_read_is_its_own_line_and_the_others_go_on(wire, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cli("extract", wire / "a-bridge.txt", BAD / "nul-bytes.txt", tmp_path / "missing.txt", empty,
                 wire / "c-school.txt", cwd=tmp_path)
    assert result.returncode == 2
    got = lines(result)
    assert [("error" in g) for g in got] == [False, True, True, True, False]
    assert got[1] == {"article": str(BAD / "nul-bytes.txt"),
                      "error": f"{BAD / 'nul-bytes.txt'}: is binary, not text (NUL byte at offset 17)"}
    assert got[2]["error"].startswith(f"{tmp_path / 'missing.txt'}: ")
    assert got[3]["error"] == f"{empty}: holds no articles (*.txt, *.md)"
    assert got[4]["statements"]
    # no progress (stderr is no terminal here, --progress was not asked for), but each failure is one line there
    # too: a pipe may hide the JSON lines, and a non-zero exit must say why
    assert result.stderr.splitlines() == [f"crosscheck: {g['error']}" for g in got if "error" in g]


def test_a_folder_with_no_articles_alone_says_so_on_standard_error(tmp_path):
    (tmp_path / "adir").mkdir()
    result = cli("extract", tmp_path / "adir", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"crosscheck: {tmp_path / 'adir'}: holds no articles (*.txt, *.md)\n"


def test_a_bug_on_one_article_is_named_on_its_line(wire, tmp_path, monkeypatch):
    task = batch.TASKS["extract"]

    def flaky(document, options):
        if document.id == "b-harbour":
            raise IndexError("list index out of range")
        return task.read(document, options)

    monkeypatch.setitem(batch.TASKS, "extract", batch.Task(flaky, task.warm, registry=True))
    result = cli("extract", wire, "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 3
    got = lines(result)
    assert got[1] == {"article": str(wire / "b-harbour.md"), "error": "internal error: IndexError: list index out "
                      "of range", "internal": True}
    assert "statements" in got[0] and "statements" in got[2]
    assert result.stderr == f"crosscheck: {wire / 'b-harbour.md'}: internal error: IndexError: list index out of range\n"
    monkeypatch.setenv("CROSSCHECK_DEBUG", "1")
    with pytest.raises(IndexError):
        list(batch.run_batch("extract", [wire], jobs=1))


@pytest.mark.parametrize("command", ["extract", "check"])
def test_a_pool_of_workers_writes_what_one_process_writes(wire, tmp_path, command):
    one = run_cli(command, wire, "--jobs", "1", cwd=tmp_path)
    two = run_cli(command, wire, wire / "a-bridge.txt", BAD / "nul-bytes.txt", "--jobs", "2", "--progress", cwd=tmp_path)
    assert one.returncode == 0 and two.returncode == 2, two.stderr
    assert two.stdout.splitlines()[:3] == one.stdout.splitlines()
    assert json.loads(two.stdout.splitlines()[3])["error"].endswith("is binary, not text (NUL byte at offset 17)")
    progress = two.stderr.splitlines()
    assert progress[-1].startswith("crosscheck: 4/4 articles, 1 failed, ") and "Traceback" not in two.stderr


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_a_wrong_number_of_jobs_is_one_line(wire, jobs):
    result = run_cli("extract", wire, "--jobs", jobs)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().endswith(f"argument --jobs: {jobs!r} is not a number of processes (1 or more)")


def test_a_fifo_among_the_articles_is_refused_unread(wire, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    result = run_cli("extract", wire / "a-bridge.txt", fifo, "--jobs", "2", cwd=tmp_path, timeout=60)
    got = lines(result)
    assert result.returncode == 2 and "statements" in got[0] and got[1]["error"].startswith(f"{fifo}: ")


KILLER = """
import os, sys
from crosscheck import batch, cli
task = batch.TASKS["extract"]
def dies(document, options):
    if document.id == "b-harbour":
        os._exit(9)  # a worker killed mid-article (out of memory, a signal)
    return task.read(document, options)
batch.TASKS["extract"] = batch.Task(dies, task.warm)
sys.exit(cli.main(["extract", sys.argv[1], "--jobs", "2"]))
"""


def test_a_worker_that_dies_leaves_a_line_for_every_article(wire):
    result = subprocess.run([sys.executable, "-c", KILLER, str(wire)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 3 and "Traceback" not in result.stderr, result.stderr
    got = lines(result)
    assert [Path(g["article"]).name for g in got] == ["a-bridge.txt", "b-harbour.md", "c-school.txt"]
    assert got[1]["internal"] and "the worker process reading it stopped" in got[1]["error"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_mid_run_is_one_line_and_keeps_the_lines_written(tmp_path, jobs):
    folder = tmp_path / "day"
    folder.mkdir()
    for number in range(400):
        (folder / f"{number:03d}.txt").write_text(HARBOUR.replace("Monday", f"Monday {number}"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CROSSCHECK_DEBUG"}
    process = subprocess.Popen([sys.executable, "-m", "crosscheck.cli", "extract", str(folder), "--jobs", jobs],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
                               preexec_fn=like_a_terminal)
    first = process.stdout.readline()  # the run is under way
    process.send_signal(signal.SIGINT)
    # read on through the same buffered stream: communicate() reads the pipe itself, skipping what
    # readline() had already buffered, and so cut a line in two here about one run in ten
    rest, err = process.stdout.read(), process.stderr.read()
    process.wait(timeout=60)
    assert json.loads(first)["article"].endswith("000.txt")
    assert process.returncode == 130
    assert err == "crosscheck: interrupted\n"
    assert all(json.loads(line) for line in rest.splitlines())  # whole lines only
    assert len(rest.splitlines()) < 399


def test_draft_over_many_articles_is_each_article_s_draft(wire, tmp_path):
    result = cli("draft", wire / "a-bridge.txt", wire / "c-school.txt", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    got = lines(result)
    alone = json.loads(cli("draft", "--json", wire / "c-school.txt", cwd=tmp_path).stdout)
    assert {k: v for k, v in got[1].items() if k != "article"} == alone and alone["claims"]
    assert set(batch.TASKS) == {"extract", "check", "draft"}
