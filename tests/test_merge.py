"""A desk of analysts on one workbook through git (issue 14): real `git init`, clones, branches and merges.

Each analyst works in a clone of their own, on a branch named after them, and pushes it; the desk merges
the branches on main with a plain `git merge`. Separate work merges without a conflict and verifies; a real
disagreement is named by `crosscheck verify` in one line with both sides, and settling it as the README's
team page says makes verify pass again.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.conflicts import sides
from crosscheck.ledger import load_ledger
from factories import ROOT, cli, copy_seed_project

#: git as a fresh install has it: no user or system configuration leaks into the test.
GIT_ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0"}

HARBOUR = """Port authority says harbour reopens after storm

Business Wednesday 4/March/2026 08:30 AM
By: Coastal Times
Port authority says harbour reopens after storm

The port authority said on Wednesday that the north harbour would reopen to shipping on Monday after a storm toppled two cranes.

"The first container ships will berth on Monday morning," harbour master Lena Ortiz told reporters.

According to dockworkers' union leader Tom Reyes, the cranes will not be safe to use for at least two weeks.
"""

SCHOOL = """District delays opening of new school

Local Thursday 5/March/2026 09:00 AM
By: Valley Herald
District delays opening of new school

The school district said on Thursday that the new Hillside school would open in September, not in April as planned.

"We found asbestos in the east wing and will not take any risks," superintendent Mara Quist told parents.

Ivo Brandt, who chairs the parents' association, said the district had known about the problem since January.
"""


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=GIT_ENV, timeout=120)
    if check and result.returncode:
        raise AssertionError(f"git {' '.join(args)} failed: {result.stdout}{result.stderr}")
    return result


def _identify(repo: Path, who: str) -> None:
    git(repo, "config", "user.name", who)
    git(repo, "config", "user.email", f"{who}@desk.example")


class Desk:
    """An origin repository holding the workbook, and clones of it: one per analyst, one for main."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.origin = folder / "origin.git"
        seed = copy_seed_project(folder / "seed")
        for name in (".gitignore", ".gitattributes"):  # the project's own: what a clone of it gets
            shutil.copy(ROOT / name, seed / name)
        git(folder, "init", "-q", "--bare", "-b", "main", str(self.origin))
        git(seed, "init", "-q", "-b", "main")
        _identify(seed, "lead")
        git(seed, "add", "-A")
        git(seed, "commit", "-q", "-m", "the workbook")
        git(seed, "push", "-q", str(self.origin), "main")

    def clone(self, who: str, branch: str | None = None) -> Path:
        repo = self.folder / who
        git(self.folder, "clone", "-q", str(self.origin), str(repo))
        _identify(repo, who)
        if branch:
            git(repo, "checkout", "-q", "-b", branch)
        return repo

    def analyst(self, who: str, *steps: tuple) -> Path:
        """A clone on the analyst's own branch, each step a `crosscheck` command run there, pushed."""
        repo = self.clone(who, branch=who)
        for step in steps:
            if callable(step):
                step(repo)
                continue
            result = cli(*step, root=repo)
            assert result.returncode == 0, (who, step, result.stderr)
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", f"{who}'s day")
        git(repo, "push", "-q", "origin", who)
        return repo

    def merge(self, *branches: str, repo: Path | None = None) -> tuple[Path, list[subprocess.CompletedProcess]]:
        """main, with each analyst's branch merged in turn by a plain `git merge`."""
        repo = repo or self.clone("main")
        git(repo, "fetch", "-q", "origin")
        return repo, [git(repo, "merge", "--no-edit", f"origin/{b}", check=False) for b in branches]


def unmerged(repo: Path) -> list[str]:
    return git(repo, "diff", "--name-only", "--diff-filter=U").stdout.split()


def problems(repo: Path) -> list[str]:
    """What `crosscheck verify` names, one line each (its closing count left out)."""
    result = cli("verify", root=repo)
    assert result.returncode == 1, result.stdout
    lines = result.stderr.splitlines()
    assert lines[-1].startswith("crosscheck: ") and " problem(s); " in lines[-1]
    return lines[:-1]


def verified(repo: Path) -> str:
    result = cli("verify", root=repo)
    assert result.returncode == 0, result.stderr
    return result.stdout


# ------------------------------------------------------------------------------- the two-analyst story


def _article(name: str, text: str):
    def write(repo: Path) -> None:
        (repo.parent / name).write_text(text, encoding="utf-8")
        result = cli("ingest", repo.parent / name, root=repo)
        assert result.returncode == 0, result.stderr
    return write


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    desk = Desk(tmp_path_factory.mktemp("desk"))
    desk.analyst(
        "ana",
        ("verdict", "putin-agreed-to-pause", "contested", "--analyst", "ana", "--reason", "TASS quotes a denial"),
        _article("harbour.txt", HARBOUR),
        ("claim", "edit", "trump-asked-putin-halt-kyiv-strikes", "--note", "Ana: both readouts agree."),
        ("evidence", "add", "trump-asked-putin-halt-kyiv-strikes", "--quote", "a personal request from his US "
         "counterpart", "--speaker", "kremlin", "--stance", "confirms"),  # a new statement early in the seed
        ("actor", "grade", "peskov", "B", "--reason", "Ana: on the record, usually accurate on dates"),
        ("actor", "grade", "lena-ortiz", "C", "--reason", "Ana: the harbour master, first-hand"),
    )
    desk.analyst(
        "ben",
        ("verdict", "request-covered-cities-and-towns", "confirmed", "--analyst", "ben",
         "--reason", "the transcript names the towns"),
        _article("school.txt", SCHOOL),
        ("claim", "edit", "pause-a-week-until-february-1", "--note", "Ben: the week and the date do not fit."),
        ("evidence", "add", "no-compromise-on-territory", "--quote", "the teams negotiating an end to the Russian "
         "invasion", "--speaker", "zelenskyy", "--stance", "asserts"),  # and one late in it: statements stand in order
        ("actor", "grade", "zelenskyy", "C", "--reason", "Ben: a party to the talks"),
        ("actor", "grade", "mara-quist", "B", "--reason", "Ben: the superintendent, on the record"),
    )
    main, merges = desk.merge("ana", "ben")
    return main, merges


def test_two_analysts_branches_merge_with_a_plain_git_merge(story):
    main, merges = story
    assert [m.returncode for m in merges] == [0, 0], [m.stdout + m.stderr for m in merges]
    assert "CONFLICT" not in merges[1].stdout
    assert unmerged(main) == []
    assert git(main, "status", "--porcelain").stdout == ""
    assert {"ana", "ben"} <= set(git(main, "log", "--format=%an").stdout.split())


def test_the_merge_verifies(story):
    main, _ = story
    assert verified(main).startswith("ok: 3 document(s), ")


def test_both_analysts_work_is_present(story):
    main, _ = story
    ledger = load_ledger(main)
    assert {"harbour", "school"} <= set(ledger.documents)
    groups = {claim.group for claim in ledger.claims.values()}
    assert {"harbour", "school"} <= groups
    assert ledger.latest_verdict("putin-agreed-to-pause").analyst == "ana"
    assert ledger.latest_verdict("putin-agreed-to-pause").status == "contested"
    assert ledger.latest_verdict("request-covered-cities-and-towns").analyst == "ben"
    assert ledger.claims["trump-asked-putin-halt-kyiv-strikes"].note == "Ana: both readouts agree."
    assert ledger.claims["pause-a-week-until-february-1"].note == "Ben: the week and the date do not fit."
    grades = {actor: ledger.registry.actor(actor).reliability for actor in ("peskov", "lena-ortiz", "zelenskyy",
                                                                            "mara-quist")}
    assert grades == {"peskov": "B", "lena-ortiz": "C", "zelenskyy": "C", "mara-quist": "B"}
    quotes = {e.statement.quote for c in ("trump-asked-putin-halt-kyiv-strikes", "no-compromise-on-territory")
              for e in ledger.claims[c].evidence}
    assert {"a personal request from his US counterpart", "the teams negotiating an end to the Russian invasion"} <= quotes
    assert (main / "notebooks" / "70-harbour.ipynb").is_file() and (main / "notebooks" / "70-school.ipynb").is_file()
    status = cli("status", root=main)
    assert status.returncode == 0 and "warning" not in status.stderr


def test_what_stays_in_a_clone_is_not_shared(story):
    """The undo journal and the lock are the clone's own: committing everything does not share them."""
    main, _ = story
    tracked = git(main, "ls-files").stdout.split()
    assert not [path for path in tracked if path.startswith(".crosscheck/") or path.endswith(".lock")]
    assert (main.parent / "ana" / ".crosscheck" / "undo").is_dir()  # ana's clone has its undo steps


# ------------------------------------------------------------------------------------- real conflicts


@pytest.fixture
def desk(tmp_path) -> Desk:
    return Desk(tmp_path)


def _both(desk: Desk, ana_steps: list[tuple], ben_steps: list[tuple], style: str | None = None):
    """Ana's and Ben's branches merged on main; ``style`` "diff3" as some analysts set git, "driver" with
    `crosscheck setup-git` run in main's clone."""
    desk.analyst("ana", *ana_steps)
    desk.analyst("ben", *ben_steps)
    main = desk.clone("main")
    if style == "driver":
        assert cli("setup-git", root=main).returncode == 0
    elif style:
        git(main, "config", "merge.conflictStyle", style)
    return desk.merge("ana", "ben", repo=main)


@pytest.mark.parametrize("style", [None, "diff3", "driver"])
def test_the_same_claim_id_made_in_one_group_on_two_branches(desk, style):
    main, merges = _both(desk, [("claim", "add", "The harbour reopens on Monday.", "--group", "request",
                                 "--id", "harbour-reopens")],
                         [("claim", "add", "The harbour stays shut for two weeks.", "--group", "request",
                           "--id", "harbour-reopens")], style)
    assert merges[1].returncode == 1 and unmerged(main) == ["ledger/claims/request.yaml"]
    (line,) = problems(main)
    assert "ledger/claims/request.yaml:" in line
    assert ("merge conflict on claim 'harbour-reopens': HEAD has 'The harbour reopens on Monday.', origin/ben has "
            "'The harbour stays shut for two weeks.'; keep one side") in line
    _settle(main / "ledger" / "claims" / "request.yaml", keep="theirs")  # the desk keeps Ben's
    verified(main)
    assert load_ledger(main).claims["harbour-reopens"].text == "The harbour stays shut for two weeks."


def test_the_same_claim_id_made_in_two_groups(desk):
    main, merges = _both(desk, [("claim", "add", "The harbour reopens on Monday.", "--group", "request",
                                 "--id", "harbour-reopens")],
                         [("claim", "add", "The harbour stays shut for two weeks.", "--group", "talks",
                           "--id", "harbour-reopens")])
    assert merges[1].returncode == 0  # two files: git sees nothing to merge by hand
    (line,) = problems(main)
    assert "ledger/claims/talks.yaml:" in line
    assert ("duplicate claim id 'harbour-reopens' (also in request.yaml: 'The harbour reopens on Monday.', here "
            "'The harbour stays shut for two weeks.')") in line


@pytest.mark.parametrize("ana, ben", [("ana", "ben"), ("crosscheck desk", "crosscheck desk")])
def test_verdict_histories_that_now_interleave(desk, ana, ben):
    claim = "putin-agreed-to-pause"
    main, merges = _both(desk, [("verdict", claim, "contested", "--analyst", ana, "--reason", "TASS quotes a denial")],
                         [("verdict", claim, "confirmed", "--analyst", ben, "--reason", "Peskov: yes, of course")])
    assert [m.returncode for m in merges] == [0, 0] and unmerged(main) == []  # histories merge by union
    (line,) = problems(main)
    assert f"claim '{claim}': verdict histories recorded apart now interleave: " in line
    assert f"'confirmed' by {ben} at " in line and f"'contested' by {ana} at " in line
    settle = cli("verdict", claim, "unconfirmed", "--analyst", "desk", "--reason", "the two reports disagree", root=main)
    assert settle.returncode == 0
    verified(main)
    assert load_ledger(main).latest_verdict(claim).status == "unconfirmed"


@pytest.mark.parametrize("style", [None, "diff3", "driver"])
def test_an_actor_graded_differently(desk, style):
    main, merges = _both(desk, [("actor", "grade", "peskov", "B", "--reason", "usually accurate")],
                         [("actor", "grade", "peskov", "D", "--reason", "denied it twice")], style)
    assert merges[1].returncode == 1 and unmerged(main) == ["ledger/actors.yaml"]
    (line,) = problems(main)
    assert ("ledger/actors.yaml:" in line and "merge conflict on actor 'peskov': HEAD has grade B (usually accurate), "
            "origin/ben has grade D (denied it twice); keep one side") in line
    _settle(main / "ledger" / "actors.yaml", keep="ours")
    verified(main)
    assert load_ledger(main).registry.actor("peskov").reliability == "B"


def test_a_verdict_history_without_its_union_attribute(desk):
    """A project whose .gitattributes lost its union lines: the history conflicts and is told to keep both."""
    seed = desk.clone("lead", branch=None)
    (seed / ".gitattributes").write_text("", encoding="utf-8")
    git(seed, "commit", "-q", "-am", "lose the attributes")
    git(seed, "push", "-q", "origin", "main")
    args = ("putin-agreed-to-pause", "--analyst", "crosscheck desk", "--reason")
    main, _ = _both(desk, [("verdict", args[0], "contested", *args[1:], "a denial")],
                         [("verdict", args[0], "confirmed", *args[1:], "a yes")])
    assert unmerged(main) == ["ledger/verdicts/crosscheck-desk.jsonl"]
    (line,) = problems(main)
    assert ("merge conflict in an append-only history: only HEAD has 1 line(s) ('contested' on putin-agreed-to-pause "
            "by crosscheck desk); only origin/ben has 1 line(s) ('confirmed' on putin-agreed-to-pause by crosscheck "
            "desk); keep both sides' lines") in line
    _keep_both(main / "ledger" / "verdicts" / "crosscheck-desk.jsonl")
    (line,) = problems(main)  # both kept: now the fork is what is left to settle
    assert "verdict histories recorded apart now interleave" in line


def _settle(path: Path, keep: str) -> None:
    """Settle each conflict in a file by keeping one side of it, as an analyst does in an editor."""
    ours, theirs = sides(path.read_text(encoding="utf-8"))[:2]
    path.write_text(ours if keep == "ours" else theirs, encoding="utf-8")


def _declare_in_document(actor: str, name: str, party: str):
    def edit(repo: Path) -> None:  # a speaker drafted into the seed's document file, as ingest does
        path = repo / "ledger" / "documents" / "dw-2026-01-30-kremlin-trump-kyiv.yaml"
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("\nstatements:\n", f"\nactors:\n  {actor}:\n    name: {name}\n    party: {party}\n"
                                     "    reliability: F\n    reliability_reason: drafted\nstatements:\n", 1),
                        encoding="utf-8")
    return edit


def test_an_actor_declared_differently_in_two_files(desk):
    main, merges = _both(desk, [("actor", "add", "ortiz", "--name", "Lena Ortiz", "--party", "ukraine")],
                         [_declare_in_document("ortiz", "Lena Ortiz", "us")])
    assert [m.returncode for m in merges] == [0, 0]  # two files: nothing for git to merge by hand
    (line,) = problems(main)
    assert "ledger/documents/dw-2026-01-30-kremlin-trump-kyiv.yaml:" in line
    assert ("actor 'ortiz' is declared differently here and in " in line and "'Lena Ortiz' of 'us', graded F against "
            "'Lena Ortiz' of 'ukraine', graded F; keep one declaration") in line


def test_one_document_id_given_to_two_articles(desk):
    main, merges = _both(desk, [_article("wire.txt", HARBOUR)], [_article("wire.txt", SCHOOL)])
    assert merges[1].returncode == 1 and "ledger/documents/wire.yaml" in unmerged(main)
    found = problems(main)
    assert any("ledger/documents/wire.yaml:" in line and "merge conflict: the document is a different text on each "
               "side (HEAD: SHA-256 " in line and "the same document id was given to two articles" in line
               for line in found), found
    assert len(found) == 2 and "ledger/claims/wire.yaml:" in found[1]  # its drafts: one line for them all


def _keep_both(path: Path) -> None:
    """Settle a history's conflict by keeping both sides' lines, as verify says to."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith(("<" * 7, "=" * 7, ">" * 7))),
                    encoding="utf-8")


# --------------------------------------------------------------- additions at the same place of one file


def _source(entry_id: str, outlet: str, fact: str):
    def add(repo: Path) -> None:  # analysts record outside reports by hand, at the end of sources.yaml
        path = repo / "ledger" / "sources.yaml"
        path.write_text(path.read_text(encoding="utf-8") + (
            f"  - id: {entry_id}\n    outlet: {outlet}\n    address: https://example.org/{entry_id}\n"
            "    published: 2026-02-01\n    retrieved: 2026-02-02\n    party: kremlin\n    speaker: peskov\n"
            f"    fact: {fact}\n    stances:\n      putin-agreed-to-pause: declines\n    reliability: C\n"
            "    reliability_reason: an agency copy\n"), encoding="utf-8")
    return add


ADDITIONS = {
    "actors": ([("actor", "add", "ortiz", "--name", "Lena Ortiz", "--party", "ukraine")],
               [("actor", "add", "reyes", "--name", "Tom Reyes", "--party", "us")],
               "ledger/actors.yaml", "actor 'ortiz' (HEAD), actor 'reyes' (origin/ben)"),
    "claims": ([("claim", "add", "Kyiv had no power on Sunday.", "--group", "strikes", "--id", "kyiv-dark")],
               [("claim", "add", "The talks resume in Abu Dhabi.", "--group", "strikes", "--id", "talks-resume")],
               "ledger/claims/strikes.yaml", "claim 'kyiv-dark' (HEAD), claim 'talks-resume' (origin/ben)"),
    "statements": ([("evidence", "add", "putin-agreed-to-pause", "--quote", "when the request was made",
                     "--speaker", "peskov", "--stance", "declines")],  # two quotes from the same sentence
                   [("evidence", "add", "request-made-by-january-29", "--quote", "the request was made",
                     "--speaker", "peskov", "--stance", "declines")],
                   "ledger/documents/dw-2026-01-30-kremlin-trump-kyiv.yaml",
                   "statement 'peskov-when-the-request-was' (HEAD), statement 'peskov-the-request-was-made' (origin/ben)"),
    "sources": ([_source("tass-2026-02-01-desk", "tass", "TASS repeats that no answer was given.")],
                [_source("ria-2026-02-01-desk", "anadolu", "Anadolu quotes Peskov declining to answer.")],
                "ledger/sources.yaml", "source 'tass-2026-02-01-desk' (HEAD), source 'ria-2026-02-01-desk' (origin/ben)"),
}


def _ids(repo: Path, kind: str) -> set[str]:
    ledger = load_ledger(repo)
    return {"actors": lambda: set(ledger.registry.actors), "claims": lambda: set(ledger.claims),
            "statements": lambda: set(ledger.statements), "sources": lambda: set(ledger.sources)}[kind]()


@pytest.mark.parametrize("kind", list(ADDITIONS))
def test_additions_at_one_place_merge_entry_by_entry_with_the_driver(desk, kind):
    ana, ben, _, named = ADDITIONS[kind]
    desk.analyst("ana", *ana)
    desk.analyst("ben", *ben)
    main = desk.clone("main")
    enabled = cli("setup-git", root=main)
    assert enabled.returncode == 0 and "note:" not in enabled.stdout, enabled.stdout + enabled.stderr
    main, merges = desk.merge("ana", "ben", repo=main)
    assert [m.returncode for m in merges] == [0, 0], merges[1].stdout
    verified(main)
    assert set(re.findall(r"'([^']+)'", named)) <= _ids(main, kind)


@pytest.mark.parametrize("kind", list(ADDITIONS))
def test_additions_at_one_place_without_the_driver_are_named_in_one_line(desk, kind):
    ana, ben, path, named = ADDITIONS[kind]
    main, merges = _both(desk, ana, ben)
    assert unmerged(main) == [path], merges[1].stdout
    (line,) = problems(main)
    assert f"{path}:" in line and "merge conflict: entries on one side only, each added there or deleted on " \
                                  "the other: " in line and named in line, line
    assert cli("setup-git", root=main).returncode == 0  # what the line's advice and the README say
    git(main, "checkout", "--merge", "--", path)  # git merges the file again, now with the driver
    assert unmerged(main) == [path] and "<<<<<<<" not in (main / path).read_text(encoding="utf-8")
    verified(main)
    assert set(re.findall(r"'([^']+)'", named)) <= _ids(main, kind)


# ------------------------------------------------------------------------------ what the team page says


def _team_page() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text[text.index("## A desk: one workbook, many analysts"):text.index("## How a status is derived")]


def test_the_team_page_names_only_commands_that_exist():
    from crosscheck.cli import parser

    commands = set(parser()._subparsers._group_actions[0].choices)  # noqa: SLF001 (argparse keeps them there)
    used = {name.split()[1] for name in re.findall(r"crosscheck [a-z-]+", _team_page())}
    assert {"setup-git", "verify", "verdict", "actor", "evidence"} <= used <= commands, used - commands


def test_the_project_has_every_git_attribute_the_layout_needs():
    from crosscheck.layout import GITATTRIBUTES

    have = (ROOT / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert [line for line in GITATTRIBUTES.splitlines() if line and not line.startswith("#") and line not in have] == []
    assert ".crosscheck/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_setup_git_enables_the_driver_and_names_missing_attributes(desk, tmp_path):
    repo = desk.clone("ana")
    done = cli("setup-git", root=repo)
    assert done.returncode == 0 and done.stdout.startswith("git merges ledger files entry by entry in this clone")
    driver = git(repo, "config", "--get", "merge.crosscheck.driver").stdout.strip()
    assert driver.endswith(" -m crosscheck.cli merge-file %O %A %B %L %P")
    (repo / ".gitattributes").write_text("ledger/verdicts/*.jsonl merge=union\n", encoding="utf-8")
    noted = cli("setup-git", root=repo)
    assert "note: " in noted.stdout and "`ledger/*.yaml merge=crosscheck`" in noted.stdout
    outside = copy_seed_project(tmp_path / "no-git")
    refused = cli("setup-git", root=outside)
    assert refused.returncode == 2
    assert refused.stderr == f"crosscheck: {outside}: is not inside a git clone; run this in your clone of the workbook\n"


def test_a_clone_kernel_named_python3_comes_before_the_shared_one(tmp_path):
    """The team page's kernel step: the user's own `python3` kernel runs the clone's interpreter."""
    env = {**os.environ, "JUPYTER_DATA_DIR": str(tmp_path / "jupyter"), "JUPYTER_PREFER_ENV_PATH": "0"}
    install = subprocess.run([sys.executable, "-m", "ipykernel", "install", "--user", "--name", "python3",
                              "--display-name", "Python 3 (workbook)"], capture_output=True, text=True, env=env,
                             timeout=120)
    assert install.returncode == 0, install.stderr
    found = subprocess.run([sys.executable, "-c", "from jupyter_client.kernelspec import KernelSpecManager as M; "
                            "s = M().get_kernel_spec('python3'); print(s.resource_dir); print(s.argv[0]); "
                            "print(s.display_name)"], capture_output=True, text=True, env=env, timeout=120)
    assert found.stdout.splitlines() == [str(tmp_path / "jupyter" / "kernels" / "python3"), sys.executable,
                                         "Python 3 (workbook)"]
