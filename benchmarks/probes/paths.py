"""Wrong, missing and odd paths for every command that takes one: articles, notebooks, the site's inputs."""
from __future__ import annotations

import json
import os
import shutil

from .harness import CLAIMS, ROOT, Fault, Project, drop_file_override, either, probe, refused, row, worked
from .texts import BRIDGE, HARBOUR, SCHOOL

ARTICLE_COMMANDS = (("extract", ["extract"]), ("check", ["check"]), ("ingest", ["ingest"]))
INGEST_WRITES = ("seeds", "ledger", "notebooks")


def _article(name: str, text: str = BRIDGE):
    def setup(p: Project) -> None:
        p.article(name, text)
    return setup


def _mkdir(relative: str):
    def setup(p: Project) -> None:
        p.path(relative).mkdir(parents=True)
    return setup


def _link(relative: str, target: str):
    def setup(p: Project) -> None:
        p.path(relative).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(p.path(target) if not target.startswith("/") else target, p.path(relative))
    return setup


for label, command in ARTICLE_COMMANDS:
    writes = INGEST_WRITES if label == "ingest" else ()
    works = "either" if label == "ingest" else "ok"
    row("paths", f"{label}-a-directory", [*command, "{O}/adir"], setup=_mkdir("outside/adir"), names="adir",
        says="directory")
    row("paths", f"{label}-missing-file", [*command, "{O}/nope.txt"], names="nope.txt", says="no such file")
    row("paths", f"{label}-parent-is-a-file", [*command, "{P}/README.md/a.txt"], names="a.txt",
        says="not a folder|no such")
    row("paths", f"{label}-path-too-long", [*command, "{O}/" + "deep/" * 900 + "a.txt"], names="a.txt",
        says="too long|no such")
    row("paths", f"{label}-newline-in-missing-name", [*command, "{O}/bridge\nmissing.txt"], names="missing.txt",
        says="no such file")
    row("paths", f"{label}-spaces-and-unicode-in-path", [*command, "{O}/my articles/Brückenbericht – März.txt"],
        works, setup=_article("my articles/Brückenbericht – März.txt"), writes=writes)
    row("paths", f"{label}-dash-name-alone", [*command, "-bridge.txt"], setup=_article("-bridge.txt"),
        argument=True, says="argument|unrecognized|required")

for label, command in ARTICLE_COMMANDS[:2]:  # oddities of reading only: ingest reads the same way
    row("paths", f"{label}-symlink-to-ledger-file", [*command, "{O}/linked.txt"], "ok",
        setup=_link("outside/linked.txt", CLAIMS))
    row("paths", f"{label}-newline-in-name", [*command, "{O}/bridge\nreport.txt"], "ok",
        setup=_article("bridge\nreport.txt"))
    row("paths", f"{label}-dash-name-after-double-dash", [*command, "--", "-bridge.txt"], "ok",
        setup=_article("-bridge.txt"))
    row("paths", f"{label}-long-name", [*command, "{O}/" + "b" * 240 + ".txt"], "ok", setup=_article("b" * 240 + ".txt"))
    row("paths", f"{label}-trailing-slash", [*command, "{O}/bridge.txt/"], "either", setup=_article("bridge.txt"),
        names="bridge.txt", says="not a folder|directory|no such")


def _unreadable(p: Project) -> None:
    os.chmod(p.article("secret.txt", BRIDGE), 0)


@probe("paths", setup=_unreadable)
def extract_unreadable_article(p: Project) -> None:
    refused(p.run("extract", p.out / "secret.txt", preexec=drop_file_override), "secret.txt", "permission")


@probe("paths", writes=INGEST_WRITES, ledger=True)
def ingest_the_recorded_seed_itself(p: Project) -> None:
    """The seed is recorded by hand in its document file: ingesting it again must say so and draft nothing."""
    claims = p.claim_ids()
    run = p.run("ingest", p.root / "seeds" / "dw-2026-01-30-kremlin-trump-kyiv.txt")
    either(run, "dw-2026-01-30", "already")
    if p.claim_ids() != claims:
        added = len(p.claim_ids()) - len(claims)
        raise Fault("wrong", f"drafted {added} more claim(s) for a document the ledger already records ({run.first()})")


@probe("paths", writes=INGEST_WRITES, ledger=True)
def ingest_a_new_file_dropped_in_seeds(p: Project) -> None:
    p.write("seeds/harbour.txt", HARBOUR)
    worked(p.run("ingest", p.root / "seeds" / "harbour.txt"), "recorded")


@probe("paths", writes=INGEST_WRITES, ledger=True)
def ingest_two_articles_with_non_latin_names(p: Project) -> None:
    """Two articles whose names have no Latin letters: both must be recorded (or the advice must help)."""
    worked(p.run("ingest", p.article("новости.txt", HARBOUR)))
    second = p.run("ingest", p.article("报道.txt", SCHOOL))
    if second.rc != 0 and "rename" in second.err:
        raise Fault("wrong", f"second non-Latin name refused, and renaming to any other such name fails the same "
                             f"way: {second.first()}")
    worked(second)


# ----------------------------------------------------------------------------- run-notebooks

TEMPLATE_NB = ROOT / "notebooks" / "templates" / "article.ipynb"


def _copy_template(relative: str):
    def setup(p: Project) -> None:
        target = p.path(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(TEMPLATE_NB, target)
    return setup


def _fifo(relative: str):
    def setup(p: Project) -> None:
        p.path(relative).parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(p.path(relative))
    return setup


def _file(relative: str, data: str | bytes):
    def setup(p: Project) -> None:
        p.write(relative, data)
    return setup


CONFLICTED_NB = "<<<<<<< HEAD\n" + TEMPLATE_NB.read_text(encoding="utf-8") + "=======\n{}\n>>>>>>> theirs\n"
RUN = ["run-notebooks"]
row("paths", "run-notebooks-missing", [*RUN, "{O}/nope.ipynb"], names="nope.ipynb", says="no such")
row("paths", "run-notebooks-directory", [*RUN, "{P}/notebooks"], names="notebooks", says="directory")
row("paths", "run-notebooks-on-a-twin", [*RUN, "{P}/notebooks/templates/article.py"], names="article.py",
    says="not a notebook")
row("paths", "run-notebooks-on-a-ledger-file", [*RUN, "{P}/" + CLAIMS], names="request.yaml",
    says="not a notebook")
row("paths", "run-notebooks-empty-file", [*RUN, "{O}/empty.ipynb"], setup=_file("outside/empty.ipynb", ""),
    names="empty.ipynb", says="not a notebook|empty")
row("paths", "run-notebooks-json-not-a-notebook", [*RUN, "{O}/x.ipynb"], setup=_file("outside/x.ipynb", '{"a": 1}'),
    names="x.ipynb", says="not a notebook")
row("paths", "run-notebooks-conflicted", [*RUN, "{O}/c.ipynb"], setup=_file("outside/c.ipynb", CONFLICTED_NB),
    names="c.ipynb", says="not a notebook|conflict")
row("paths", "run-notebooks-fifo", [*RUN, "{O}/pipe.ipynb"], setup=_fifo("outside/pipe.ipynb"), names="pipe.ipynb",
    says="FIFO", timeout=60)
row("paths", "run-notebooks-dev-zero", [*RUN, "{O}/zero.ipynb"], setup=_link("outside/zero.ipynb", "/dev/zero"),
    names=("zero.ipynb", "/dev/zero"), says="device", timeout=60)
row("paths", "run-notebooks-spaces-and-unicode", [*RUN, "{O}/my notes/ünïcode memo.ipynb"], "ok",
    setup=_copy_template("outside/my notes/ünïcode memo.ipynb"), writes=("outside/my notes",), timeout=180)
row("paths", "run-notebooks-symlinked-notebook", [*RUN, "{O}/link.ipynb"], "ok",
    setup=_link("outside/link.ipynb", "notebooks/templates/article.ipynb"), writes=("notebooks/templates",),
    timeout=180)


def _scratch(p: Project) -> None:
    _copy_template("outside/scratch.ipynb")(p)
    p.write("outside/scratch.py", "# my own analysis script, not a jupytext twin\nprint(42)\n")


@probe("paths", writes=("outside/scratch.ipynb",), setup=_scratch)
def run_notebooks_beside_a_users_script(p: Project) -> None:
    """scratch.py beside scratch.ipynb is the user's own script: it must not be replaced by a twin."""
    either(p.run("run-notebooks", p.out / "scratch.ipynb", timeout=180), "scratch.py")


def _read_only_nb(p: Project) -> None:
    _copy_template("outside/ro.ipynb")(p)
    os.chmod(p.out / "ro.ipynb", 0o444)


@probe("paths", setup=_read_only_nb)
def run_notebooks_read_only_notebook(p: Project) -> None:
    refused(p.run("run-notebooks", p.out / "ro.ipynb", preexec=drop_file_override, timeout=180), "ro.ipynb",
            "permission|read-only")


# ------------------------------------------------------------------------- build-site inputs

BUILD = ["build-site", "--out", "{O}/site"]
row("paths", "build-site-corrupt-notebook", BUILD, setup=_file("notebooks/05-broken.ipynb", "{not json"),
    names="05-broken", says="not a notebook|malformed|JSON")
row("paths", "build-site-conflicted-notebook", BUILD, setup=_file("notebooks/05-merge.ipynb", CONFLICTED_NB),
    names="05-merge", says="not a notebook|conflict|JSON")
row("paths", "build-site-empty-notebook", BUILD, setup=_file("notebooks/05-empty.ipynb", ""), names="05-empty",
    says="not a notebook|empty")
row("paths", "build-site-fifo-notebook", BUILD, "either", setup=_fifo("notebooks/05-pipe.ipynb"),
    names="05-pipe", writes=("outside/site",), timeout=60)
row("paths", "build-site-dev-zero-notebook", BUILD, "either", setup=_link("notebooks/05-zero.ipynb", "/dev/zero"),
    names="05-zero", writes=("outside/site",), timeout=60)
row("paths", "build-site-notebook-is-a-folder", BUILD, "either", setup=_mkdir("notebooks/05-dir.ipynb"),
    names="05-dir", writes=("outside/site",))


def _failing_notebook(p: Project) -> None:
    nb = json.loads(TEMPLATE_NB.read_text(encoding="utf-8"))
    nb["cells"].insert(0, {"cell_type": "code", "id": "probe-fails", "metadata": {}, "source": "raise ValueError('probe')",
                           "outputs": [], "execution_count": None})
    p.write("notebooks/05-fails.ipynb", json.dumps(nb))


@probe("paths", setup=_failing_notebook)
def build_site_failing_notebook_leaves_no_site(p: Project) -> None:
    refused(p.run("build-site", "--out", p.out / "site", timeout=180), "05-fails", "ValueError|failed")
    if (p.out / "site").exists():
        raise Fault("wrong", "a site folder was written although a notebook failed")
