"""``ledger/verdicts.jsonl`` as a careless merge or a hostile colleague leaves it: odd JSON in every shape."""
from __future__ import annotations

import json
import os

from .harness import CLAIM, Fault, Project, either, probe, refused, row, worked

VERDICTS = "ledger/verdicts.jsonl"
GOOD = {"claim": CLAIM, "status": "confirmed", "analyst": "probe", "time": "2026-02-01T10:00:00+00:00",
        "reason": "checked"}


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
    row("verdicts", name, list(command), expect, setup=setup, names="verdicts.jsonl", says=says, **kw)


_verify("verdict-json-duplicate-keys", append(line()[:-2] + ', "status": "refuted"}\n'), "either",
        says="duplicate|field")
_verify("verdict-json-nan-status", append(line()[:-2].replace('"confirmed"', "NaN") + "}\n"), says="string|status")
_verify("verdict-json-infinite-time", append(line()[:-2].replace('"2026-02-01T10:00:00+00:00"', "1e999") + "}\n"),
        says="string|time")
_verify("verdict-json-huge-number", append(line()[:-2].replace('"probe"', "1" * 5000) + "}\n"), says="string|analyst")
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


def _surrogate(p: Project) -> None:
    p.edit(VERDICTS, lambda t: t + line()[:-2].replace('"checked"', '"bad \\ud800 half"') + "}\n")


for command in (["export", "--format", "json"], ["export", "--format", "csv"], ["status"],
                ["build-site", "--out", "{O}/site"]):
    label = "-".join(c for c in command if not c.startswith(("-", "{")))
    row("verdicts", f"verdict-json-lone-surrogate-reason-{label}", command, "either", setup=_surrogate,
        names="verdicts.jsonl", says="surrogate|UTF|encod|reason", raw_ok=True, writes=("outside/site",))


def _mixed_times(p: Project) -> None:
    p.edit(VERDICTS, lambda t: t + line(time="2026-01-31T10:00:00") + line(time="2026-02-02T10:00:00Z",
                                                                           status="unconfirmed"))


for command in (["status"], ["export", "--format", "json"], ["export", "--format", "claimreview"],
                ["build-site", "--out", "{O}/site"]):
    label = "-".join(c for c in command if not c.startswith(("-", "{")))
    row("verdicts", f"verdict-naive-and-aware-times-{label}", command, "ok", setup=_mixed_times, raw_ok=True,
        writes=("outside/site",))


@probe("verdicts", writes=(VERDICTS,), ledger=True,
       setup=lambda p: p.write(VERDICTS, p.read(VERDICTS).replace("\n", "\r\n")))
def verdict_onto_crlf_history(p: Project) -> None:
    worked(p.run("verify"))
    worked(p.run("verdict", CLAIM, "confirmed", "--analyst", "a", "--reason", "after a CRLF history"))
    worked(p.run("verify"))


@probe("verdicts", setup=lambda p: (os.remove(p.root / VERDICTS), os.mkdir(p.root / VERDICTS)))
def verdicts_file_is_a_directory(p: Project) -> None:
    refused(p.run("verdict", CLAIM, "confirmed", "--analyst", "a", "--reason", "r"), "verdicts.jsonl", "directory")


@probe("verdicts", writes=(VERDICTS,), setup=lambda p: os.remove(p.root / VERDICTS))
def verdicts_file_missing(p: Project) -> None:
    worked(p.run("verify"))
    worked(p.run("verdict", CLAIM, "confirmed", "--analyst", "a", "--reason", "first verdict"))
    if not (p.root / VERDICTS).is_file():
        raise Fault("wrong", "exit 0 but no verdicts.jsonl was written")


def _shared_history(p: Project) -> None:
    os.rename(p.root / VERDICTS, p.out / "shared-verdicts.jsonl")
    os.symlink(p.out / "shared-verdicts.jsonl", p.root / VERDICTS)


@probe("verdicts", writes=("outside/shared-verdicts.jsonl",), setup=_shared_history)
def verdict_into_a_symlinked_history(p: Project) -> None:
    """verdicts.jsonl is a link to a shared history: recording must keep the link (or refuse), not replace it."""
    run = p.run("verdict", CLAIM, "confirmed", "--analyst", "a", "--reason", "into the shared file")
    either(run, "verdicts.jsonl", "link")
    if run.rc == 0 and "into the shared file" not in (p.out / "shared-verdicts.jsonl").read_text(encoding="utf-8"):
        raise Fault("data lost", "the verdict went into a new file that replaced the symbolic link")


def _shared_claims(p: Project) -> None:
    os.rename(p.root / "ledger" / "claims.yaml", p.out / "claims.yaml")
    os.symlink(p.out / "claims.yaml", p.root / "ledger" / "claims.yaml")
    p.edit("seeds/dw-2026-01-30-kremlin-trump-kyiv.txt", lambda t: "Correction appended below.\n\n" + t)


@probe("verdicts", writes=("outside/claims.yaml", "ledger/documents.yaml", "ledger/background.yaml",
                           "ledger/claims-followup.yaml", "ledger/provenance.jsonl"), setup=_shared_claims)
def reanchor_a_symlinked_claims_file(p: Project) -> None:
    run = p.run("verify", "--reanchor")
    either(run, "claims.yaml", "link")
    if run.rc == 0 and not (p.root / "ledger" / "claims.yaml").is_symlink():
        raise Fault("data lost", "re-anchoring replaced the symbolic link ledger/claims.yaml with a file")
