"""Seeds edited after recording, document files pointing outside the project, odd sidecars, re-anchoring."""
from __future__ import annotations

import hashlib
import os
import re

from .harness import DOC, META, SEED, SEED_ID, Fault, Project, either, probe, refused, remove, row, worked
from .texts import BRIDGE

PEEK = "did indeed make a personal request to President Putin to refrain from striking Kyiv"
NOTE = "Correction, 31 January: this article was updated to fix a typing error.\n\n"
REANCHOR_WRITES = ("ledger",)


def _edit_seed(change):
    def setup(p: Project) -> None:
        p.edit(SEED, change)
    return setup


def _replace_seed(make):
    def setup(p: Project) -> None:
        remove(p.path(SEED))
        make(p, p.path(SEED))
    return setup


EDITS = {
    "one-char": _edit_seed(lambda t: t.replace("Kremlin says Trump", "Kremlin said Trump", 1)),
    "appended": _edit_seed(lambda t: t + "\nUpdate: the Kremlin gave no further comment.\n"),
    "prepended-note": _edit_seed(lambda t: NOTE + t),
    "crlf-converted": _edit_seed(lambda t: t.replace("\n", "\r\n")),
    "emptied": _edit_seed(lambda t: ""),
    "deleted": _replace_seed(lambda p, path: None),
    "fifo": _replace_seed(lambda p, path: os.mkfifo(path)),
    "directory": _replace_seed(lambda p, path: path.mkdir()),
    "link-to-dev-zero": _replace_seed(lambda p, path: os.symlink("/dev/zero", path)),
}
for label, setup in EDITS.items():
    many = label in ("prepended-note", "crlf-converted")
    row("seeds", f"seed-{label}-verify", ["verify"], setup=setup, names=SEED_ID, lines=None if many else 1,
        says="changed|SHA-256|no such|FIFO|directory|device|link|empty|no longer", timeout=60)
row("seeds", "seed-appended-status", ["status"], setup=EDITS["appended"], names=SEED_ID, says="changed|SHA-256")


def _same_content_link(p: Project) -> None:
    os.rename(p.path(SEED), p.out / "seed.txt")
    os.symlink(p.out / "seed.txt", p.path(SEED))


row("seeds", "seed-link-to-the-same-text-verify", ["verify"], "either", setup=_same_content_link, names=SEED_ID)

for label in ("one-char", "appended", "prepended-note", "crlf-converted"):
    row("seeds", f"seed-{label}-reanchor", ["verify", "--reanchor"], "ok", setup=EDITS[label],
        writes=REANCHOR_WRITES, ledger=True)
for label in ("deleted", "fifo", "emptied"):
    row("seeds", f"seed-{label}-reanchor", ["verify", "--reanchor"], setup=EDITS[label], names=SEED_ID,
        says="no such|FIFO|empty|nothing was changed", timeout=60)
row("seeds", "seed-quote-edited-reanchor", ["verify", "--reanchor"],
    setup=_edit_seed(lambda t: t.replace("refrain from striking Kyiv", "refrain from hitting Kyiv")),
    names=f"{SEED_ID}.yaml", says="cannot re-anchor|no longer", lines=None)
row("seeds", "reanchor-when-nothing-changed", ["verify", "--reanchor"], "ok", says="nothing to re-anchor")


def _correction(p: Project) -> None:
    p.edit(SEED, lambda t: f'Correction: an earlier version quoted Peskov as saying Trump "{PEEK}". He did not '
                           f'say "personal".\n\n' + t.replace(PEEK, PEEK.replace("a personal request", "a request")))


@probe("seeds", writes=REANCHOR_WRITES, ledger=True, setup=_correction)
def reanchor_into_a_correction_note(p: Project) -> None:
    """The quoted words now stand only in a correction note that says they were wrong: a quote must not move
    there (its surroundings share nothing with its old place)."""
    note_end = p.read(SEED).index("\n\n")
    run = p.run("verify", "--reanchor")
    either(run, f"{SEED_ID}.yaml", "cannot re-anchor|context|surround", lines=None)
    moved = [int(n) for n in re.findall(r"^\s+start: (\d+)$", p.read(DOC), re.M) if int(n) < note_end]
    if run.rc == 0 and moved:
        raise Fault("wrong", f"moved {len(moved)} quote(s) into the correction note that disowns them "
                             f"(offset {moved[0]}), reporting success")


def _commented(p: Project) -> None:
    p.edit(DOC, lambda t: t.replace("    kind: paraphrase\n", "    kind: paraphrase  # desk: keep\n", 1)
           .replace("    quote: ", "    # the analyst's note on this statement\n    quote: ", 1))
    EDITS["prepended-note"](p)


@probe("seeds", writes=REANCHOR_WRITES, ledger=True, setup=_commented)
def reanchor_keeps_the_analysts_comments(p: Project) -> None:
    before = [line.strip() for line in p.read(DOC).splitlines() if line.strip().startswith("#")
              or "# desk" in line]
    worked(p.run("verify", "--reanchor"))
    after = p.read(DOC)
    lost = [c for c in before if c not in after]
    if lost:
        raise Fault("data lost", f"re-anchoring dropped {len(lost)} comment(s) of the analyst: {lost[0][:60]}")


@probe("seeds", setup=lambda p: (EDITS["appended"](p), os.mkdir(p.root / "ledger" / "provenance.jsonl")))
def reanchor_provenance_is_a_directory(p: Project) -> None:
    refused(p.run("verify", "--reanchor"), "provenance.jsonl", "directory")


@probe("seeds", writes=REANCHOR_WRITES, ledger=True,
       setup=lambda p: (EDITS["appended"](p), p.write("ledger/provenance.jsonl", '<<<<<<< HEAD\n{"a": 1}\n=======\n'
                                                      '{"b": 2}\n>>>>>>> theirs\n')))
def reanchor_onto_a_conflicted_provenance_log(p: Project) -> None:
    """provenance.jsonl still holds merge-conflict markers: appending to it hides the conflict."""
    refused(p.run("verify", "--reanchor"), "provenance.jsonl", "conflict")


# ------------------------------------------------------------------ document files' paths
PROBE_DOC = "ledger/documents/probe-doc.yaml"


def _document(path: str, sha: str | None = None, content: str | None = None):
    """A document file ledger/documents/probe-doc.yaml recording ``path`` (with its SHA-256 unless given)."""
    def setup(p: Project) -> None:
        target = path.replace("{O}", str(p.out))
        if content is not None:
            p.article("elsewhere.txt", content)
        digest = sha or (hashlib.sha256(open(target if target.startswith("/") else p.root / target, "rb").read())
                         .hexdigest())
        p.write(PROBE_DOC, f"path: {_yaml_string(target)}\nsha256: '{digest}'\n")
    return setup


def _yaml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\0", "\\0").replace("\n", "\\n") + '"'


row("seeds", "document-path-relative-outside", ["verify"], setup=_document("../outside/elsewhere.txt", content=BRIDGE),
    names="probe-doc.yaml", says="outside|project")
row("seeds", "document-path-absolute-outside", ["verify"], setup=_document("{O}/elsewhere.txt", content=BRIDGE),
    names="probe-doc.yaml", says="outside|project|absolute")
row("seeds", "document-path-through-a-symlink-outside", ["verify"],
    setup=lambda p: (p.article("elsewhere.txt", BRIDGE), p.link("seeds/linked.txt", p.out / "elsewhere.txt"),
                     _document("seeds/linked.txt")(p)), names="probe-doc.yaml", says="outside|project|link")
row("seeds", "document-path-into-the-ledger", ["verify"], "either",
    setup=_document("ledger/actors.yaml"), names="probe-doc.yaml")
row("seeds", "document-path-proc-environ", ["verify"], setup=_document("/proc/self/environ", sha="00" * 32),
    names=("probe-doc.yaml", "/proc/self/environ"), says="outside|project|not a regular|SHA-256|binary")
row("seeds", "document-path-with-nul", ["verify"], setup=_document("seeds/a\0.txt", sha="00" * 32),
    names="probe-doc.yaml", says="NUL|null|path")
row("seeds", "document-path-with-newline", ["verify"], setup=_document("seeds/a\nb.txt", sha="00" * 32),
    names="probe-doc.yaml", says="no such|path")
row("seeds", "document-path-empty", ["verify"], setup=_document("", sha="00"), names="probe-doc.yaml", says="path")
row("seeds", "document-path-a-folder", ["verify"], setup=_document("seeds", sha="00"), names="seeds",
    says="directory")
row("seeds", "document-path-an-integer", ["verify"], setup=lambda p: p.write(PROBE_DOC, "path: 12\nsha256: '00'\n"),
    names="probe-doc.yaml", says="path")
row("seeds", "document-sha-missing", ["verify"], setup=lambda p: p.edit(
    DOC, lambda t: re.sub(r"\nsha256: \w+", "", t)), names=f"{SEED_ID}.yaml", says="SHA-256|sha256")
row("seeds", "document-file-a-list", ["verify"], setup=lambda p: p.write(PROBE_DOC, "[a, b]\n"),
    names="probe-doc.yaml", says="mapping")
row("seeds", "document-file-empty", ["verify"], setup=lambda p: p.write(PROBE_DOC, ""),
    names="probe-doc.yaml", says="empty")
row("seeds", "document-file-a-folder", ["verify"], setup=lambda p: p.path(PROBE_DOC).mkdir(),
    names="probe-doc.yaml", says="directory")
row("seeds", "document-file-a-fifo", ["verify"], setup=lambda p: os.mkfifo(p.path(PROBE_DOC)),
    names="probe-doc.yaml", says="FIFO", timeout=60)
row("seeds", "two-document-files-for-one-seed", ["verify"], "either",
    setup=_document(SEED), names="probe-doc.yaml", says="same|twice|already")


@probe("seeds", writes=REANCHOR_WRITES, setup=_document("/proc/self/environ", sha="00" * 32))
def document_path_proc_environ_reanchor(p: Project) -> None:
    """The hint says run --reanchor; it must not then record the process environment as a source document."""
    run = p.run("verify", "--reanchor")
    if run.rc == 0:
        raise Fault("wrong", "verify --reanchor accepted /proc/self/environ as a document and recorded its SHA-256")
    refused(run, ("probe-doc.yaml", "/proc/self/environ"), "outside|project|not a regular|binary")


# ------------------------------------------------------------------------ the seed's sidecar

def _meta(text: str):
    def setup(p: Project) -> None:
        p.write(META, text)
    return setup


for label, text in (("published-integer", "published: 12345\n"), ("published-list", "published: [2026-01-30]\n"),
                    ("published-bool", "published: true\n"), ("top-level-list", "- outlet\n- DW\n"),
                    ("python-tag", "outlet: !!python/object/apply:os.getcwd []\n")):
    row("seeds", f"meta-{label}", ["verify"], setup=_meta(text), names="meta.yaml", says="published|mapping|tag|date|could not",
        lines=None if label == "top-level-list" else 1)
row("seeds", "meta-empty", ["status"], "either", setup=_meta(""), names="meta.yaml")
row("seeds", "meta-a-directory", ["verify"], setup=lambda p: (remove(p.path(META)), p.path(META).mkdir()),
    names="meta.yaml", says="directory")
row("seeds", "meta-a-fifo", ["verify"], setup=lambda p: (remove(p.path(META)), os.mkfifo(p.path(META))),
    names="meta.yaml", says="FIFO", timeout=60)

for label, text in (("title-integer", "title: 123\noutlet: DW\n"), ("outlet-mapping", "outlet: {name: DW}\n"),
                    ("url-list", "outlet: DW\nurl: [a, b]\n")):
    @probe("seeds", writes=("outside/site",), setup=_meta(text), name=f"meta-{label}")
    def _odd_meta(p: Project) -> None:
        for command in (["status"], ["export", "--format", "claimreview"], ["build-site", "--out", p.out / "site"]):
            either(p.run(*command, raw_ok=True), "meta.yaml")


def _sidecar(text: str):
    def setup(p: Project) -> None:
        p.article("bridge.txt", BRIDGE)
        p.article("bridge.meta.yaml", text.replace("{O}", str(p.out)))
    return setup


INGEST_WRITES = ("seeds", "ledger", "notebooks")
row("seeds", "ingest-sidecar-published-bool", ["ingest", "{O}/bridge.txt"], setup=_sidecar("published: yes\n"),
    names="bridge.meta.yaml", says="published|date")
def _nothing_ran(p: Project, run) -> None:
    if (p.out / "pwned").exists():
        raise Fault("data lost", "a YAML tag in the sidecar ran a shell command (outside/pwned exists)")


row("seeds", "ingest-sidecar-python-tag", ["ingest", "{O}/bridge.txt"],
    setup=_sidecar('outlet: !!python/object/apply:os.system ["touch {O}/pwned"]\n'), names="bridge.meta.yaml",
    then=_nothing_ran, writes=INGEST_WRITES, ledger=True)


def _sidecar_link(p: Project) -> None:
    p.article("bridge.txt", BRIDGE)
    os.symlink("/dev/zero", p.out / "bridge.meta.yaml")


row("seeds", "ingest-sidecar-dev-zero", ["ingest", "{O}/bridge.txt"], setup=_sidecar_link, names="bridge.meta.yaml",
    says="device", timeout=60)
