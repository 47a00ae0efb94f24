"""``--root``, ``$CROSSCHECK_ROOT`` and the working folder pointing at odd places; ledger files missing."""
from __future__ import annotations

from .harness import CLAIMS, DOC, SEED_ID, VERDICTS, Fault, Project, probe, refused, remove, row, worked
from .texts import BRIDGE


def _mkdir(relative: str):
    def setup(p: Project) -> None:
        p.path(relative).mkdir(parents=True)
    return setup


def _delete(relative: str):
    def setup(p: Project) -> None:
        remove(p.path(relative))
    return setup


def _relocate(name: str):
    def setup(p: Project) -> None:
        p.relocate(name)
    return setup


row("roots", "root-missing-folder", ["status"], root="{O}/nope", names="nope", says="no such|no ledger")
row("roots", "root-empty-folder", ["verify"], root="{O}/empty", setup=_mkdir("outside/empty"), names="empty",
    says="no such|no ledger")
row("roots", "root-is-a-file", ["status"], root="{P}/README.md", names="README.md",
    says="not a folder|no such|no ledger")
row("roots", "root-is-the-ledger-folder", ["status"], root="{P}/ledger", names="ledger", says="no such|no ledger")
row("roots", "root-is-seeds", ["verify"], root="{P}/seeds", names="seeds", says="no such|no ledger")
row("roots", "root-is-the-project-parent", ["verify"], root="{O}/..", names="ledger", says="no such|no ledger")
row("roots", "root-empty-string", ["status"], root="", names="outside", says="no ledger")
row("roots", "root-filesystem-root", ["status"], root="/", names="/", says="no such|no ledger")
row("roots", "no-root-from-outside", ["status"], root=False, says="no ledger")
row("roots", "env-root-missing", ["status"], root=False, env={"CROSSCHECK_ROOT": "/nonexistent/probe-root"},
    names="probe-root", says="no such|no ledger|CROSSCHECK_ROOT")
row("roots", "env-root-is-a-file", ["verify"], root=False, env={"CROSSCHECK_ROOT": "/etc/hostname"},
    names="hostname", says="no such|not a folder|no ledger|CROSSCHECK_ROOT")
row("roots", "root-with-spaces-and-unicode", ["verify"], "ok", root="{P}", setup=_relocate("my project ü ✓"))
row("roots", "root-with-newline", ["status"], "ok", root="{P}", setup=_relocate("proj\nect"))
row("roots", "root-dash-leading-relative", ["--root=-project", "verify"], "ok", root=False, cwd="dir",
    setup=_relocate("-project"))
# A claims file deleted is a group less (its claims are gone from the ledger: git shows it); a claim of
# another group depending on one of them is then named. The registry deleted: every speaker is unknown.
row("roots", "claims-file-deleted", ["verify"], setup=_delete(CLAIMS), names=("request", "actors.yaml"),
    says="undeclared claim|no such|missing")
row("roots", "claims-folder-deleted", ["verify"], setup=_delete("ledger/claims"), names="claims",
    says="no such|missing|no claims")
row("roots", "document-file-deleted", ["verify"], setup=_delete(DOC), names=("documents", SEED_ID),
    says="undeclared statement|no such|missing")
row("roots", "documents-folder-deleted", ["verify"], setup=_delete("ledger/documents"), names="documents",
    says="no such|missing|no documents")
row("roots", "actors-yaml-deleted", ["verify"], setup=_delete("ledger/actors.yaml"), names="actors.yaml",
    says="no such|missing")
row("roots", "verdicts-file-deleted", ["status"], "ok", setup=_delete(VERDICTS))
row("roots", "verdicts-folder-deleted", ["verify"], "ok", setup=_delete("ledger/verdicts"))
row("roots", "sources-yaml-deleted", ["verify"], "ok", setup=_delete("ledger/sources.yaml"))


def _ledger_is_file(p: Project) -> None:
    remove(p.root / "ledger")
    p.write("ledger", "not a folder\n")


row("roots", "ledger-is-a-file", ["status"], setup=_ledger_is_file, names="ledger", says="not a folder|no such")
row("roots", "build-site-root-missing", ["build-site", "--out", "{O}/site"], root="{O}/nope", names="nope",
    says="no such|no ledger")
row("roots", "verdict-root-missing", ["verdict", "x", "confirmed", "--analyst", "a", "--reason", "r"],
    root="{O}/nope", names="nope", says="no such|no ledger")
row("roots", "ingest-root-is-a-file", lambda p: ["ingest", p.article("bridge.txt", BRIDGE)], root="{P}/README.md",
    names="README.md", says="not a folder|exists")


@probe("roots", writes=("outside/newproject",))
def ingest_into_a_new_folder(p: Project) -> None:
    """ingest --root NEW starts a project there; its ledger must then verify."""
    worked(p.run("ingest", p.article("bridge.txt", BRIDGE), root=p.out / "newproject"))
    worked(p.run("verify", root=p.out / "newproject"))


@probe("roots")
def run_notebooks_root_missing(p: Project) -> None:
    """A mistyped --root must not be a silent success that ran nothing."""
    run = p.run("run-notebooks", root=p.out / "nope")
    if run.rc == 0 and not run.out.strip():
        raise Fault("wrong", "exit 0 and no output: ran nothing and said nothing for a --root that does not exist")
    refused(run, "nope", "no such|no ledger|no notebooks")


@probe("roots")
def found_from_inside_the_ledger_folder(p: Project) -> None:
    worked(p.run("status", root=False, cwd=p.root / "ledger"))


@probe("roots")
def root_relative_to_the_working_folder(p: Project) -> None:
    worked(p.run("verify", root="project", cwd=p.dir))


@probe("roots")
def root_through_a_symlink(p: Project) -> None:
    p.link("outside/link", p.root)
    worked(p.run("verify", root=p.out / "link"))


@probe("roots")
def working_folder_deleted(p: Project) -> None:
    """The shell sits in a folder that was removed meanwhile: one line, no internal error."""
    run = p.shell('mkdir gone && cd gone && rmdir ../gone && $CC status')
    refused(run, says="folder|directory|no ledger|no such")
