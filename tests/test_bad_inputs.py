"""Every command on every input of the bad-input corpus (tests/data/bad/, see its README).

Each either works correctly (odd but valid input: CRLF line ends, unbalanced quote marks) or exits
non-zero with one line per problem naming the file and the problem, no traceback, and no file changed.
The matrix runs in process (``cli.main``); a few cases run as real subprocesses, for the exit codes and
standard error a user sees, and for inputs that could hang (a FIFO, a device), under a timeout.
"""
import json
import os
import shutil
from pathlib import Path

import pytest

from factories import cli, copy_seed_project, run_cli, tree_digest

CORPUS = Path(__file__).parent / "data" / "bad"
ARTICLES = CORPUS / "articles"
LEDGERS = CORPUS / "ledgers"

BAD_ARTICLES = {
    "empty.txt": "is empty",
    "whitespace-only.txt": "is empty",
    "binary.bin": "is binary, not text (NUL byte at offset 0)",
    "invalid-utf8.txt": "is not valid UTF-8 (byte 0xe9 at offset 41)",
    "utf16-bom.txt": "is UTF-16",
    "nul-bytes.txt": "is binary, not text (NUL byte at offset 17)",
}
GOOD_ODD_ARTICLES = ("crlf.txt", "unbalanced-quotes.txt")
ARTICLE_COMMANDS = (["extract"], ["extract", "--json"], ["check"], ["check", "--json"],
                    ["check", "--published", "2026-03-02"], ["ingest"])

BAD_LEDGERS = {  # tests/data/bad/make_ledgers.py writes each of these
    "unknown-ids": ("ledger/documents/article.yaml:18", "unknown speaker 'nobody'"),
    "duplicate-ids": ("ledger/claims/repairs.yaml:15", "duplicate claim id 'repairs-finish'"),
    "unknown-stance": ("ledger/claims/repairs.yaml:9", "unknown stance 'agrees'"),
    "offsets-past-end": ("ledger/documents/article.yaml:24", "offsets 5000-5045 lie outside article (length 414)"),
    "unknown-verdict-claim": ("ledger/verdicts/a.jsonl:1", "unknown claim id 'ghost'"),
    "truncated-verdicts": ("ledger/verdicts/a.jsonl:2", "last line is not terminated"),
    "conflict-marker": ("ledger/actors.yaml:1", "merge conflict on actor 'council': HEAD has grade D, analyst-b has grade B"),
    "broken-yaml": ("ledger/claims/repairs.yaml:7", "malformed YAML"),
    "changed-seed": ("ledger/documents/article.yaml:4", "the source changed after it was recorded"),
    "binary-seed": ("seeds/article.txt", "is binary, not text"),
    "alias-bomb": ("ledger/claims/repairs.yaml:8", "YAML aliases (*a) are not allowed in ledger files"),
    "impossible-date-statement": ("ledger/documents/article.yaml:15", "'2026-13-01' is not a real date (month must be in 1..12)"),
    "impossible-date-actors": ("ledger/actors.yaml:32", "'2026-02-30' is not a real date"),
    "impossible-date-background": ("ledger/documents/article.yaml:32", "'2026-02-30' is not a real date"),
    "impossible-date-claims": ("ledger/claims/repairs.yaml:7", "'2026-04-31' is not a real date"),
    "impossible-date-meta": ("seeds/article.meta.yaml:2", "'2026-02-30' is not a real date"),
    "empty-claims": ("ledger/claims/repairs.yaml", "is empty (expected `group:`, `title:`, `order:`, `claims:`)"),
    "empty-sources": ("ledger/sources.yaml", "is empty (expected `sources:`)"),
    "empty-document": ("ledger/documents/article.yaml", "is empty (expected `path:`"),
    "misspelt-key": ("ledger/claims/repairs.yaml:5", "unknown top-level key 'claim' (expected group, title, order, claims)"),
    "old-layout": ("ledger/claims.yaml", "belongs to the ledger layout of before; run `crosscheck migrate`"),
}
LEDGER_COMMANDS = (["status"], ["status", "--as-of", "2026-03-02"], ["export", "--format", "json"],
                   ["export", "--format", "csv"], ["export", "--format", "claimreview"], ["verify"],
                   ["verdict", "traffic-doubled", "confirmed", "--analyst", "a", "--reason", "r"],
                   ["build-site", "--out", "site"])


def test_corpus_is_complete():
    assert sorted(p.name for p in ARTICLES.iterdir()) == sorted([*BAD_ARTICLES, *GOOD_ODD_ARTICLES])
    assert sorted(p.name for p in LEDGERS.iterdir()) == sorted(BAD_LEDGERS)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    copy_seed_project(root)
    return root


def _assert_clean_failure(result, path: Path, problem: str):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("crosscheck: ") for line in lines), result.stderr
    assert any(str(path) in line and problem in line for line in lines), result.stderr


@pytest.mark.parametrize("name", sorted(BAD_ARTICLES))
@pytest.mark.parametrize("command", ARTICLE_COMMANDS, ids=" ".join)
def test_bad_article(project, tmp_path, name, command):
    article = tmp_path / name
    shutil.copyfile(ARTICLES / name, article)
    before = tree_digest(project), article.read_bytes()
    result = cli(*command, article, root=project)
    _assert_clean_failure(result, article, BAD_ARTICLES[name])
    assert len(result.stderr.splitlines()) == 1
    assert (tree_digest(project), article.read_bytes()) == before


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _device_link(folder: Path) -> Path:
    path = folder / "zeros.txt"
    path.symlink_to("/dev/zero")
    return path


@pytest.mark.parametrize("make, problem", [(_fifo, "is a FIFO (named pipe), not a regular file"),
                                           (_device_link, "is a device, not a regular file")], ids=["fifo", "dev-zero"])
@pytest.mark.parametrize("command", ARTICLE_COMMANDS, ids=" ".join)
def test_special_files_are_refused_without_reading(project, tmp_path, make, problem, command):
    article = make(tmp_path)
    before = tree_digest(project)
    result = run_cli(*command, article, root=project, timeout=60)  # a subprocess: a hang would fail, not stall
    _assert_clean_failure(result, article, problem)
    assert len(result.stderr.splitlines()) == 1
    assert tree_digest(project) == before


def test_a_special_file_in_the_ledger_is_refused(tmp_path):
    root = tmp_path / "p"
    shutil.copytree(LEDGERS / "unknown-stance", root)
    (root / "ledger" / "claims" / "traffic.yaml").unlink()
    os.mkfifo(root / "ledger" / "claims" / "traffic.yaml")
    result = run_cli("verify", root=root, timeout=60)
    assert result.returncode == 1
    assert "traffic.yaml: is a FIFO (named pipe), not a regular file" in result.stderr


def test_huge_article_is_refused_in_one_line(project, tmp_path):
    article = tmp_path / "huge.txt"
    paragraph = b'The minister said on Monday that "the bridge will open," and officials agreed.\n\n'
    with article.open("wb") as handle:
        handle.write(paragraph * (50 * 1024 * 1024 // len(paragraph) + 1))
    before = tree_digest(project)
    for command in ARTICLE_COMMANDS:
        result = cli(*command, article, root=project)
        _assert_clean_failure(result, article, "larger than the 20 MiB limit")
        assert len(result.stderr.splitlines()) == 1
    assert tree_digest(project) == before


@pytest.mark.parametrize("name", GOOD_ODD_ARTICLES)
def test_odd_but_valid_articles_work(project, tmp_path, name):
    article = tmp_path / name
    shutil.copyfile(ARTICLES / name, article)
    text = article.read_bytes().decode("utf-8")
    extracted = cli("extract", "--json", article, root=project)
    assert extracted.returncode == 0, extracted.stderr
    statements = json.loads(extracted.stdout)["statements"]
    assert statements
    for statement in statements:
        parts = statement["content"] if isinstance(statement["content"], list) else [statement["content"]]
        for span in parts + [s for s in (statement["source"], statement["cue"]) if s]:
            assert text[span["start"]:span["end"]] == span["text"]
    checked = cli("check", "--json", article, "--published", "2026-03-02", root=project)
    assert checked.returncode == 0, checked.stderr
    for finding in json.loads(checked.stdout)["findings"]:
        for span in finding["spans"]:
            assert text[span["start"]:span["end"]] == span["text"]
    ingested = cli("ingest", article, "--published", "2026-03-02T09:00", root=project)
    assert ingested.returncode == 0, ingested.stderr
    assert cli("verify", root=project).returncode == 0


@pytest.mark.parametrize("case", sorted(BAD_LEDGERS))
@pytest.mark.parametrize("command", LEDGER_COMMANDS, ids=" ".join)
def test_bad_ledger(tmp_path, case, command):
    root = tmp_path / case
    shutil.copytree(LEDGERS / case, root)
    before = tree_digest(root)
    result = cli(*command, root=root, cwd=root)
    relative, problem = BAD_LEDGERS[case]
    _assert_clean_failure(result, root / relative, problem)
    assert tree_digest(root) == before


@pytest.mark.parametrize("case", ["broken-yaml", "changed-seed", "alias-bomb"])
def test_bad_ledger_as_a_user_sees_it(tmp_path, case):
    """As a real subprocess: the exit status, one line per problem on stderr, no traceback."""
    root = tmp_path / case
    shutil.copytree(LEDGERS / case, root)
    before = tree_digest(root)
    for command, code in ((["verify"], 1), (["status"], 2)):
        result = run_cli(*command, root=root, cwd=root, timeout=60)
        relative, problem = BAD_LEDGERS[case]
        assert result.returncode == code, result.stderr
        _assert_clean_failure(result, root / relative, problem)
    assert tree_digest(root) == before
