"""A verdict history (``ledger/verdicts/ANALYST.jsonl``) as a careless merge or a hostile colleague leaves it:
odd JSON in every shape, odd file names, the folder replaced."""
from __future__ import annotations

import json
import os

from .harness import CLAIM, CLAIMS, DOC, VERDICTS, VERDICTS_DIR, Fault, Project, either, probe, refused, row, worked

DESK = "crosscheck-desk.jsonl"
GOOD = {"claim": CLAIM, "status": "confirmed", "analyst": "crosscheck desk", "time": "2026-12-01T10:00:00+00:00",
        "reason": "checked", "previous": []}


def line(**changes) -> str:
    return json.dumps({**GOOD, **changes}, ensure_ascii=False) + "\n"


def ascii_line(**changes) -> str:
    """The line with every non-ASCII character as a JSON \\u escape."""
    return json.dumps({**GOOD, **changes}) + "\n"


def append(text: str):
    def setup(p: Project) -> None:
        p.edit(VERDICTS, lambda t: t + text)
    return setup


def _verify(name, setup, expect="refuse", says=None, command=("verify",), **kw):
    row("verdicts", name, list(command), expect, setup=setup, names=DESK, says=says, **kw)


_verify("verdict-json-duplicate-keys", append(line()[:-2] + ', "status": "refuted"}\n'), "either",
        says="duplicate|field")
_verify("verdict-json-nan-status", append(line()[:-2].replace('"confirmed"', "NaN") + "}\n"), says="string|status")
_verify("verdict-json-infinite-time", append(line()[:-2].replace('"2026-12-01T10:00:00+00:00"', "1e999") + "}\n"),
        says="string|time")
_verify("verdict-json-huge-number", append(line()[:-2].replace('"crosscheck desk"', "1" * 5000) + "}\n"), says="string|analyst")
_verify("verdict-json-extra-field", append(line(extra="x")), says="fields")
_verify("verdict-json-missing-field", append(json.dumps({k: v for k, v in GOOD.items() if k != "reason"}) + "\n"),
        says="fields")
_verify("verdict-json-unicode-escapes", append(ascii_line(reason="v\u00e9rifi\u00e9 \u2014 ok")), "ok")
_verify("verdict-json-bidi-in-reason", append(ascii_line(reason="\u202eesrever")), "either", says="contains|control", command=("status",))
_verify("verdict-json-escape-in-analyst", append(line(analyst="\x1b[2Jeve")), "refuse", says="analyst|contains|control")
_verify("verdict-json-lone-surrogate-claim", append(line()[:-2].replace(CLAIM, "\\ud800") + "}\n"),
        says="claim|surrogate")
_verify("verdict-json-deep-nesting", append('{"claim": ' + "[" * 100000 + "]" * 100000 + "}\n"),
        says="JSON|deep|nest|fields|string")
_verify("verdict-json-array-line", append('["a", "b"]\n'), says="fields|verdict")
_verify("verdict-json-bom", lambda p: p.write(VERDICTS, "\ufeff" + p.read(VERDICTS)), "ok")
_verify("verdict-json-10mb-reason", append(line(reason="why " * (2 * 2**20 + 5))), "ok", timeout=120)
_verify("verdict-json-blank-lines", append("\n   \n\t\n"), "ok")
_verify("verdict-json-status-capitalised", append(line(status="Confirmed")), says="status")
_verify("verdict-json-claim-with-spaces", append(line(claim=f" {CLAIM} ")), "either", says="claim")
_verify("verdict-json-far-future-time", append(line(time="9999-12-31T23:59:59+14:00")), "ok",
        command=("status",))
_verify("verdict-json-time-impossible", append(line(time="2026-02-29T10:00:00+00:00")), says="time")
_verify("verdict-json-previous-not-a-list", append(line(previous="abc")), says="previous")
_verify("verdict-json-previous-unknown-id", append(line(previous=["0123456789abcdef"])), "either",
        says="previous|unknown")
_verify("verdict-json-analyst-in-the-wrong-file", append(line(analyst="someone else")), "either",
        says="analyst|file")
_verify("verdict-json-unknown-claim", append(line(claim="no-such-claim")), says="unknown claim|claim")
_verify("verdict-json-conflict-markers", lambda p: p.write(VERDICTS, "<<<<<<< HEAD\n" + p.read(VERDICTS)
                                                           + "=======\n" + line() + ">>>>>>> theirs\n"),
        says="conflict", lines=None)
_verify("verdict-json-utf16", lambda p: p.write(VERDICTS, p.read(VERDICTS).encode("utf-16")), says="UTF-16")
_verify("verdict-json-not-utf8", lambda p: p.write(VERDICTS, p.read(VERDICTS).encode() + b'{"claim": "x\xe9"}\n'),
        says="UTF-8")


def _surrogate(p: Project) -> None:
    p.edit(VERDICTS, lambda t: t + line()[:-2].replace('"checked"', '"bad \\ud800 half"') + "}\n")


for command in (["export", "--format", "json"], ["export", "--format", "csv"], ["status"],
                ["build-site", "--out", "{O}/site"]):
    label = "-".join(c for c in command if not c.startswith(("-", "{")))
    row("verdicts", f"verdict-json-lone-surrogate-reason-{label}", command, "either", setup=_surrogate,
        names=DESK, says="surrogate|UTF|encod|reason", raw_ok=True, writes=("outside/site",))


def _mixed_times(p: Project) -> None:
    p.edit(VERDICTS, lambda t: t + line(time="2026-01-31T10:00:00") + line(time="2026-02-02T10:00:00Z",
                                                                           status="unconfirmed"))


for command in (["status"], ["export", "--format", "json"], ["export", "--format", "claimreview"],
                ["build-site", "--out", "{O}/site"]):
    label = "-".join(c for c in command if not c.startswith(("-", "{")))
    row("verdicts", f"verdict-naive-and-aware-times-{label}", command, "ok", setup=_mixed_times, raw_ok=True,
        writes=("outside/site",))


DESK_ANALYST = ["--analyst", "crosscheck desk"]


@probe("verdicts", writes=(VERDICTS,), ledger=True,
       setup=lambda p: p.write(VERDICTS, p.read(VERDICTS).replace("\n", "\r\n")))
def verdict_onto_crlf_history(p: Project) -> None:
    worked(p.run("verify"))
    worked(p.run("verdict", CLAIM, "confirmed", *DESK_ANALYST, "--reason", "after a CRLF history"))
    worked(p.run("verify"))


@probe("verdicts", writes=(VERDICTS,), ledger=True, setup=lambda p: p.edit(VERDICTS, lambda t: t.rstrip("\n")))
def verdict_onto_a_history_without_a_final_newline(p: Project) -> None:
    worked(p.run("verdict", CLAIM, "confirmed", *DESK_ANALYST, "--reason", "after a line without its newline"))
    worked(p.run("verify"))
    if len(p.verdicts()) != 2:
        raise Fault("data lost", f"{len(p.verdicts())} verdict(s) in the history after appending one to one")


@probe("verdicts", setup=lambda p: (os.remove(p.root / VERDICTS), os.mkdir(p.root / VERDICTS)))
def verdicts_file_is_a_directory(p: Project) -> None:
    refused(p.run("verdict", CLAIM, "confirmed", *DESK_ANALYST, "--reason", "r"), DESK, "directory")


@probe("verdicts", setup=lambda p: (remove_tree(p, VERDICTS_DIR), p.write(VERDICTS_DIR, "not a folder\n")))
def verdicts_folder_is_a_file(p: Project) -> None:
    refused(p.run("verdict", CLAIM, "confirmed", "--analyst", "a", "--reason", "r"), "verdicts", "folder|directory")


def remove_tree(p: Project, relative: str) -> None:
    import shutil

    shutil.rmtree(p.path(relative))


@probe("verdicts", writes=(VERDICTS_DIR,), setup=lambda p: remove_tree(p, VERDICTS_DIR))
def verdicts_folder_missing(p: Project) -> None:
    worked(p.run("verify"))
    worked(p.run("verdict", CLAIM, "confirmed", "--analyst", "a", "--reason", "first verdict"))
    if not (p.root / VERDICTS_DIR / "a.jsonl").is_file():
        raise Fault("wrong", "exit 0 but no ledger/verdicts/a.jsonl was written")


@probe("verdicts", writes=(VERDICTS_DIR,), ledger=True)
def two_analysts_whose_names_make_one_file(p: Project) -> None:
    """'Ana Lee' and 'ana-lee' share ledger/verdicts/ana-lee.jsonl: both verdicts must be kept and load."""
    worked(p.run("verdict", CLAIM, "confirmed", "--analyst", "Ana Lee", "--reason", "first"))
    either(p.run("verdict", CLAIM, "contested", "--analyst", "ana-lee", "--reason", "second"), says="analyst")
    worked(p.run("verify"))


@probe("verdicts", writes=(VERDICTS_DIR,), ledger=True)
def analyst_name_of_dots(p: Project) -> None:
    """An analyst named '..' or '/etc/passwd': the history must stay inside ledger/verdicts/."""
    for name in ("..", "/etc/passwd", "../../outside/x"):
        either(p.run("verdict", CLAIM, "confirmed", "--analyst", name, "--reason", "odd name"), says="analyst")
    if any((p.root / "ledger").glob("*.jsonl")) or (p.out / "x.jsonl").exists():
        raise Fault("wrong", "an analyst name put a verdict history outside ledger/verdicts/")
    worked(p.run("verify"))


@probe("verdicts", writes=(VERDICTS_DIR,), ledger=True,
       setup=lambda p: p.write(f"{VERDICTS_DIR}/notes.txt", "the desk's notes on verdicts\n"))
def a_note_file_among_the_histories(p: Project) -> None:
    worked(p.run("verify"))
    worked(p.run("verdict", CLAIM, "confirmed", "--analyst", "a", "--reason", "beside a note"))


def _shared_history(p: Project) -> None:
    os.rename(p.root / VERDICTS, p.out / "shared-verdicts.jsonl")
    os.symlink(p.out / "shared-verdicts.jsonl", p.root / VERDICTS)


@probe("verdicts", writes=("outside/shared-verdicts.jsonl",), setup=_shared_history)
def verdict_into_a_symlinked_history(p: Project) -> None:
    """The desk's history is a link to a shared file: recording must keep the link (or refuse), not replace it."""
    run = p.run("verdict", CLAIM, "confirmed", *DESK_ANALYST, "--reason", "into the shared file")
    either(run, DESK, "link")
    if run.rc == 0 and "into the shared file" not in (p.out / "shared-verdicts.jsonl").read_text(encoding="utf-8"):
        raise Fault("data lost", "the verdict went into a new file that replaced the symbolic link")


def _shared_document(p: Project) -> None:
    os.rename(p.root / DOC, p.out / "document.yaml")
    os.symlink(p.out / "document.yaml", p.root / DOC)
    p.edit("seeds/dw-2026-01-30-kremlin-trump-kyiv.txt", lambda t: "Correction appended below.\n\n" + t)


@probe("verdicts", writes=("outside/document.yaml", "ledger/provenance.jsonl", "ledger/documents"),
       setup=_shared_document)
def reanchor_a_symlinked_document_file(p: Project) -> None:
    run = p.run("verify", "--reanchor")
    either(run, "kremlin-trump-kyiv.yaml", "link")
    if run.rc == 0 and not (p.root / DOC).is_symlink():
        raise Fault("data lost", "re-anchoring replaced the symbolic link of the document file with a file")


def _shared_claims(p: Project) -> None:
    os.rename(p.root / CLAIMS, p.out / "request.yaml")
    os.symlink(p.out / "request.yaml", p.root / CLAIMS)


@probe("verdicts", writes=("outside/request.yaml", "ledger/claims", "build"), setup=_shared_claims)
def curate_a_symlinked_claims_file(p: Project) -> None:
    run = p.run("claim", "edit", CLAIM, "--note", "edited through the link")
    either(run, "request.yaml", "link")
    if run.rc == 0 and not (p.root / CLAIMS).is_symlink():
        raise Fault("data lost", "a curation step replaced the symbolic link of the claims file with a file")
