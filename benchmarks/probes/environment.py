"""What surrounds the command: closed and full output streams, odd encodings, a full disk (a file-size limit),
read-only and unreadable files and folders (root's override dropped), missing temporary folders."""
from __future__ import annotations

import os

from .harness import CLAIM, CLAIMS, DOC, SEED, VERDICTS, Fault, Project, drop_file_override, either, limit_file_size, probe, refused, \
    site_is_whole, worked
from .texts import BRIDGE

VERDICT = ["verdict", CLAIM, "contested", "--analyst", "probe", "--reason", "full disk"]
DESK_VERDICT = ["verdict", CLAIM, "contested", "--analyst", "crosscheck desk", "--reason", "read-only"]


@probe("environment")
def stdout_closed(p: Project) -> None:
    run = p.shell('$CC --root "$P" status >&-')
    either(run, "<stdout>", says="output|stdout|closed|Bad file")


@probe("environment")
def stdout_on_a_full_device(p: Project) -> None:
    run = p.shell('$CC --root "$P" status > /dev/full')
    refused(run, says="space|full|write|output", names=("stdout", "output", "/dev/full"))


for label, command in (("export", "export --format json"), ("status", "status --explain")):
    @probe("environment", writes=("outside/err",), name=f"{label}-into-a-pipe-closed-early")
    def _closed_pipe(p: Project, command=command) -> None:
        """The reader stops early (``| head``): no noise on stderr about the broken pipe."""
        run = p.shell(f'$CC --root "$P" {command} 2>"$D/err" | head -c 10 >/dev/null; cat "$D/err"',
                      env={"D": str(p.out)})
        if run.out.strip():
            raise Fault("unclear", f"noise on stderr when the reader stopped early: {run.out.strip().splitlines()[-1][:120]}")


for label, encoding in (("ascii", "ascii"), ("latin-1", "latin-1")):
    @probe("environment", name=f"terminal-encoding-{label}")
    def _encoding(p: Project, encoding=encoding) -> None:
        """A terminal that cannot show every character: the command still works (escapes what it cannot show)."""
        worked(p.run("status", "--explain", env={"PYTHONIOENCODING": encoding}))
        worked(p.run("verify", env={"PYTHONIOENCODING": encoding}))


@probe("environment")
def c_locale(p: Project) -> None:
    worked(p.run("status", env={"LC_ALL": "C", "LANG": "C"}))


@probe("environment", writes=("seeds", "ledger", "notebooks"), ledger=True)
def ingest_without_home_and_with_a_missing_tmpdir(p: Project) -> None:
    """No $HOME (a service account) and $TMPDIR naming a folder that is gone: ingest runs its kernel anyway."""
    article = p.article("bridge.txt", BRIDGE)
    worked(p.shell(f'env -u HOME TMPDIR="$D/no-such-tmp" $CC --root "$P" ingest "{article}"', env={"D": str(p.out)}))


# ------------------------------------------------------------------------------ a full disk

def _unchanged_after_full_disk(run, names: str) -> None:
    refused(run, names, "space|large|EFBIG|File too large|write|full", lines=1)


@probe("environment", ledger=True)
def full_disk_verdict(p: Project) -> None:
    _unchanged_after_full_disk(p.run(*VERDICT, preexec=limit_file_size(100)), "probe.jsonl")  # the line is 168 bytes


@probe("environment")
def full_disk_export_out(p: Project) -> None:
    _unchanged_after_full_disk(p.run("export", "--out", p.out / "out.json", preexec=limit_file_size(2000)), "out.json")


@probe("environment", ledger=True)
def full_disk_ingest(p: Project) -> None:
    run = p.run("ingest", p.article("bridge.txt", BRIDGE), preexec=limit_file_size(20_000), timeout=180)
    _unchanged_after_full_disk(run, ("yaml", "ipynb"))  # the notebook, staged, is the largest file


@probe("environment", ledger=True, setup=lambda p: p.edit(SEED, lambda t: "Note added.\n\n" + t))
def full_disk_reanchor(p: Project) -> None:
    _unchanged_after_full_disk(p.run("verify", "--reanchor", preexec=limit_file_size(10_000)), "ledger")


@probe("environment", writes=("outside",))
def full_disk_build_site(p: Project) -> None:
    run = p.run("build-site", "--out", p.out / "site", preexec=limit_file_size(30_000), timeout=180)
    _unchanged_after_full_disk(run, "site")
    whole = site_is_whole(p.out / "site")
    if whole:
        raise Fault("data lost", f"half-written site left after the disk filled: {whole}")


# ------------------------------------------------------------- read-only and unreadable files

def _mode(relative: str, mode: int):
    def setup(p: Project) -> None:
        os.chmod(p.path(relative), mode)
    return setup


@probe("environment", ledger=True, setup=_mode("ledger", 0o555))
def read_only_ledger_folder_verdict(p: Project) -> None:
    refused(p.run(*VERDICT, preexec=drop_file_override), "ledger", "permission|read-only")


@probe("environment", writes=(VERDICTS,), ledger=True, setup=_mode(VERDICTS, 0o444))
def read_only_verdicts_file(p: Project) -> None:
    """A history the analyst made read-only: refused, or written keeping it read-only."""
    run = p.run(*DESK_VERDICT, preexec=drop_file_override)
    either(run, "crosscheck-desk.jsonl", "permission|read-only")
    if run.rc == 0 and os.stat(p.root / VERDICTS).st_mode & 0o222:
        raise Fault("wrong", "a read-only verdict history was replaced by a writable one")


@probe("environment", ledger=True, setup=_mode("ledger/verdicts", 0o555))
def read_only_verdicts_folder(p: Project) -> None:
    refused(p.run(*VERDICT, preexec=drop_file_override), "verdicts", "permission|read-only")


@probe("environment", ledger=True, setup=_mode("ledger/claims", 0o555))
def read_only_claims_folder_curate(p: Project) -> None:
    refused(p.run("claim", "add", "A new claim by the analyst.", "--group", "newgroup", preexec=drop_file_override),
            "claims", "permission|read-only")


@probe("environment", ledger=True, setup=_mode(CLAIMS, 0o444))
def read_only_claims_file_curate(p: Project) -> None:
    run = p.run("claim", "edit", CLAIM, "--note", "a note", preexec=drop_file_override)
    either(run, "request.yaml", "permission|read-only")
    if run.rc == 0 and os.stat(p.root / CLAIMS).st_mode & 0o222:
        raise Fault("wrong", "a read-only claims file was replaced by a writable one")


@probe("environment", ledger=True, setup=_mode("notebooks", 0o555))
def read_only_notebooks_folder_ingest(p: Project) -> None:
    run = p.run("ingest", p.article("bridge.txt", BRIDGE), preexec=drop_file_override, timeout=180)
    refused(run, "notebooks", "permission|read-only")


@probe("environment", setup=_mode(CLAIMS, 0))
def unreadable_claims_file(p: Project) -> None:
    refused(p.run("verify", preexec=drop_file_override), "request.yaml", "permission")


@probe("environment", setup=_mode(DOC, 0))
def unreadable_document_file(p: Project) -> None:
    refused(p.run("verify", preexec=drop_file_override), "kremlin-trump-kyiv.yaml", "permission")


@probe("environment", setup=_mode("ledger/documents", 0o311))
def unlistable_documents_folder(p: Project) -> None:
    refused(p.run("verify", preexec=drop_file_override), "documents", "permission")


@probe("environment", setup=_mode(SEED, 0))
def unreadable_seed(p: Project) -> None:
    refused(p.run("verify", preexec=drop_file_override), "dw-2026-01-30", "permission")


@probe("environment", setup=_mode("build", 0o555))
def read_only_build_folder_status(p: Project) -> None:
    """build/ holds only caches: a read-only one must not stop status from working."""
    worked(p.run("status", preexec=drop_file_override))


@probe("environment", writes=("outside/site",), setup=_mode("build", 0o555))
def read_only_build_folder_build_site(p: Project) -> None:
    either(p.run("build-site", "--out", p.out / "site", preexec=drop_file_override), "build",
           "permission|read-only")
