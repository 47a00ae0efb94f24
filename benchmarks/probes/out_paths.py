"""``--out`` of build-site and export into every sensitive place, and outputs the user changed afterwards."""
from __future__ import annotations

import json
import os

from .harness import CLAIMS, Fault, Project, drop_file_override, either, probe, refused, row, site_is_whole, worked

COMMANDS = {"build-site": ["build-site"], "export": ["export", "--format", "json"]}


def _link(relative: str, target: str):
    def setup(p: Project) -> None:
        os.symlink(p.path(target), p.path(relative))
    return setup


def _foreign(p: Project) -> None:
    p.write("outside/mine/report.txt", "the user's own report\n")


def _read_only_folder(p: Project) -> None:
    p.path("outside/ro").mkdir()
    os.chmod(p.path("outside/ro"), 0o555)


# label, --out, setup, a word the refusal must name, the working folder
REFUSED = [
    ("ledger", "{P}/ledger", None, "ledger", None),
    ("inside-ledger", "{P}/ledger/new-out", None, "new-out", None),
    ("seeds", "{P}/seeds", None, "seeds", None),
    ("inside-seeds", "{P}/seeds/new-out", None, "new-out", None),
    ("notebooks", "{P}/notebooks", None, "notebooks", None),
    ("templates", "{P}/notebooks/templates", None, "templates", None),
    ("lib", "{P}/lib", None, "lib", None),
    ("git", "{P}/.git", None, ".git", None),
    ("inside-git", "{P}/.git/new-out", None, "new-out", None),
    ("project-root", "{P}", None, "project", None),
    ("project-root-as-dot", ".", None, ".", "root"),
    ("project-parent", "..", None, "..", "root"),
    ("existing-file", "{P}/README.md", None, "README.md", None),
    ("symlink-to-a-new-path", "{O}/link", _link("outside/link", "outside/target-new"), "link", None),
    ("symlink-to-ledger", "{O}/ledger-link", _link("outside/ledger-link", "ledger"), "ledger-link", None),
    ("through-a-symlinked-folder", "{O}/l/new-out", _link("outside/l", "ledger"), "new-out", None),
    ("inside-ledger-claims", "{P}/ledger/claims/new.yaml", None, "new.yaml", None),
    ("inside-ledger-verdicts", "{P}/ledger/verdicts", None, "verdicts", None),
    ("inside-documents-folder", "{P}/ledger/documents/x.yaml", None, "x.yaml", None),
    ("dotdot-into-seeds", "{O}/../project/seeds/x", None, "seeds/x", None),
    ("filesystem-root", "/", None, "/", None),
    ("someone-elses-folder", "{O}/mine", _foreign, "mine", None),
    ("parent-is-a-file", "{P}/README.md/x", None, "README.md/x", None),
    ("very-long-name", "{O}/" + "x" * 300, None, "xxxx", None),
    ("the-build-folder", "{P}/build", None, "build", None),
    ("the-build-cache", "{P}/build/cache", None, "cache", None),
    ("read-only-folder", "{O}/ro/out", _read_only_folder, "out", None),
]
WORKS = [  # new paths that must simply work
    ("spaces-and-unicode", "{O}/my site ü", "outside/my site ü"),
    ("newline-in-name", "{O}/site\nnew", "outside/site\nnew"),
    ("dash-leading", "--out=-site", "outside/-site"),
    ("new-folder-in-notebooks", "{P}/notebooks/site-new", "notebooks/site-new"),
]


def _command(name: str, out: str) -> list[str]:
    return [*COMMANDS[name], out] if out.startswith("--out=") else [*COMMANDS[name], "--out", out]


for command in COMMANDS:
    for label, out, setup, word, cwd in REFUSED:
        preexec = drop_file_override if label == "read-only-folder" else None
        row("out", f"{command}-out-{label}", _command(command, out), setup=setup, names=word, cwd=cwd,
            preexec=preexec)
    for label, out, written in WORKS:
        row("out", f"{command}-out-{label}", _command(command, out), "ok", writes=(written,))
    row("out", f"{command}-out-missing-parents", _command(command, "{O}/no/such/dir/out"), "either",
        names="out", writes=("outside/no",))
    row("out", f"{command}-out-empty-string", [*COMMANDS[command], "--out", ""], "either", names="out",
        writes=("outside",))

row("out", "export-out-existing-notebook", _command("export", "{P}/notebooks/templates/article.ipynb"),
    names="article.ipynb")
row("out", "export-out-dev-null", _command("export", "/dev/null"), "either", names="/dev/null")
row("out", "export-out-dash", _command("export", "-"), "either", names="-", writes=("outside/-",))
row("out", "export-out-trailing-slash", _command("export", "{O}/newdir/"), "either", names="newdir",
    writes=("outside/newdir",))


def _hard_link(p: Project) -> None:
    os.link(p.root / CLAIMS, p.out / "h.yaml")


row("out", "export-out-hard-link-to-ledger", _command("export", "{O}/h.yaml"), setup=_hard_link, names="h.yaml")


@probe("out", writes=("build",))
def export_out_the_outputs_record(p: Project) -> None:
    """--out build/outputs.json: the export must be there afterwards, not the record of outputs."""
    target = p.root / "build" / "outputs.json"
    run = p.run("export", "--format", "json", "--out", target)
    either(run, "outputs.json")
    if run.rc == 0 and '"claims"' not in target.read_text(encoding="utf-8"):
        raise Fault("wrong", "exit 0, but build/outputs.json holds the record of outputs, not the export asked for")


@probe("out", writes=("outside/out.json",))
def export_out_own_file_again(p: Project) -> None:
    worked(p.run("export", "--out", p.out / "out.json"))
    worked(p.run("export", "--format", "csv", "--out", p.out / "out.json"))


@probe("out", writes=("outside/out.json",))
def export_out_own_file_then_edited(p: Project) -> None:
    worked(p.run("export", "--out", p.out / "out.json"))
    edited = p.read("outside/out.json") + "\n// the analyst's note\n"
    p.write("outside/out.json", edited)
    refused(p.run("export", "--out", p.out / "out.json"), "out.json", "changed")
    if p.read("outside/out.json") != edited:
        raise Fault("data lost", "the user's edit of an exported file was overwritten")


for label, make, says in (("symlink", os.symlink, "link"), ("hard-link", os.link, "changed|not written")):
    @probe("out", writes=("outside/out.json",), name=f"export-out-own-file-replaced-by-{label}")
    def _replaced(p: Project, make=make, says=says) -> None:
        """The file export wrote, replaced by a link to a claims file: refused, the claims file untouched."""
        worked(p.run("export", "--out", p.out / "out.json"))
        (p.out / "out.json").unlink()
        make(p.root / CLAIMS, p.out / "out.json")
        refused(p.run("export", "--out", p.out / "out.json"), "out.json", says)


# ------------------------------------------------------------------- a site the user changed

def _site(p: Project):
    worked(p.run("build-site", "--out", p.out / "site"))
    return p.out / "site"


@probe("out", writes=("outside/site",))
def build_site_out_own_site_again(p: Project) -> None:
    _site(p)
    worked(p.run("build-site", "--out", p.out / "site"))
    whole = site_is_whole(p.out / "site")
    if whole:
        raise Fault("wrong", whole)


USER_CHANGES = [  # label, file in the site, what the user writes there, what the refusal names
    ("with-a-file-added", "my-notes.txt", "the editor's notes\n", "my-notes.txt"),
    ("with-index-edited", "index.html", "<p>the editor's version</p>\n", "index.html"),
    ("stamp-damaged", ".crosscheck-site", '{"files": [', "damaged|stamp"),
]
for label, name, text, says in USER_CHANGES:
    @probe("out", writes=("outside/site",), name=f"build-site-out-own-site-{label}")
    def _changed_site(p: Project, name=name, text=text, says=says) -> None:
        """A site folder build-site made, then changed by the user: refused, the change kept."""
        site = _site(p)
        (site / name).write_text(text, encoding="utf-8")
        refused(p.run("build-site", "--out", site), "site", says)
        if (site / name).read_text(encoding="utf-8") != text:
            raise Fault("data lost", f"the user's {name} in the site folder was overwritten or removed")


@probe("out", writes=("outside/site",))
def build_site_out_own_site_assets_linked_to_ledger(p: Project) -> None:
    site = _site(p)
    for path in sorted((site / "assets").iterdir()):
        path.unlink()
    (site / "assets").rmdir()
    os.symlink(p.root / "ledger", site / "assets")
    refused(p.run("build-site", "--out", site), "site", "assets")


@probe("out", writes=("outside/site", "outside/old-site"))
def build_site_out_own_site_replaced_by_symlink(p: Project) -> None:
    site = _site(p)
    os.rename(site, p.out / "old-site")
    os.symlink(p.root / "ledger", site)
    refused(p.run("build-site", "--out", site), "site", "link")


def _user_cache(p: Project) -> None:
    p.write("outside/mine/notes.json", '{"the analyst": "notes"}\n')
    p.write("outside/mine/report.html", "<p>the analyst's report</p>\n")
    p.add_notebooks("10-request")


@probe("out", writes=("outside/site", "outside/mine/10-request*", "outside/mine/_*"), setup=_user_cache)
def build_site_cache_in_a_users_folder(p: Project) -> None:
    """$CROSSCHECK_SITE_CACHE set to a folder of the user's: the build must not delete what it holds."""
    either(p.run("build-site", "--out", p.out / "site", env={"CROSSCHECK_SITE_CACHE": str(p.out / "mine")},
                 timeout=180), "mine")


@probe("out", writes=("outside/site",))
def build_site_cache_in_the_ledger(p: Project) -> None:
    """$CROSSCHECK_SITE_CACHE=ledger/: nothing may be written inside ledger/."""
    either(p.run("build-site", "--out", p.out / "site", env={"CROSSCHECK_SITE_CACHE": str(p.root / "ledger")}),
           "ledger")


@probe("out", writes=("outside/site",))
def build_site_out_json_cache_damaged(p: Project) -> None:
    """The site cache damaged by hand (or by a crash): the next build rebuilds, it does not fail."""
    _site(p)
    for path in (p.root / "build" / "cache").rglob("*"):
        if path.is_file() and path.suffix in (".json", ".data", ".css"):
            path.write_text("{damaged", encoding="utf-8")
    worked(p.run("build-site", "--out", p.out / "site"))
    whole = site_is_whole(p.out / "site")
    if whole:
        raise Fault("wrong", whole)
    json.loads((p.out / "site" / "claims.json").read_text(encoding="utf-8"))
