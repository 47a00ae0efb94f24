"""``crosscheck draft`` (writes nothing) and the site's address (``--base-url``, ``crosscheck.yaml``) with odd
input: every path oddity an article can have, a broken registry, addresses that are not addresses."""
from __future__ import annotations

import json
import os

from .harness import Fault, Project, probe, row, worked
from .texts import BRIDGE, HARBOUR

DRAFT = ["draft"]


def _article(name: str, data: str | bytes):
    def setup(p: Project) -> None:
        p.article(name, data)
    return setup


def _special(name: str, make):
    def setup(p: Project) -> None:
        make(p.out / name)
    return setup


# ------------------------------------------------------------------------------------------ draft
row("drafting", "draft", [*DRAFT, "{O}/bridge.txt"], "ok", setup=_article("bridge.txt", BRIDGE), says="claim")
row("drafting", "draft-json", [*DRAFT, "--json", "{O}/harbour.txt"], "ok", setup=_article("harbour.txt", HARBOUR),
    then=lambda p, run: json.loads(run.out) if run.rc == 0 else None)
row("drafting", "draft-missing", [*DRAFT, "{O}/nope.txt"], names="nope.txt", says="no such")
row("drafting", "draft-a-directory", [*DRAFT, "{O}"], names="outside", says="directory")
row("drafting", "draft-fifo", [*DRAFT, "{O}/pipe.txt"], setup=_special("pipe.txt", os.mkfifo), names="pipe.txt",
    says="FIFO", timeout=60)
row("drafting", "draft-dev-zero", [*DRAFT, "/dev/zero"], names="/dev/zero", says="device", timeout=60)
row("drafting", "draft-empty", [*DRAFT, "{O}/empty.txt"], "either", setup=_article("empty.txt", ""),
    names="empty.txt", says="empty")
row("drafting", "draft-utf16", [*DRAFT, "{O}/u16.txt"], setup=_article("u16.txt", BRIDGE.encode("utf-16")),
    names="u16.txt", says="UTF-16")
row("drafting", "draft-latin1", [*DRAFT, "{O}/l1.txt"], setup=_article("l1.txt", "Caf\xe9 said it.\n".encode("latin-1")),
    names="l1.txt", says="UTF-8")
row("drafting", "draft-binary", [*DRAFT, "{O}/b.txt"], setup=_article("b.txt", b"\x00\x01\x02" * 100), names="b.txt",
    says="binary|NUL")
row("drafting", "draft-published-impossible", [*DRAFT, "{O}/bridge.txt", "--published", "2026-02-30"],
    setup=_article("bridge.txt", BRIDGE), says="date", argument=True)
row("drafting", "draft-control-characters", [*DRAFT, "{O}/ansi.txt"], "ok",
    setup=_article("ansi.txt", BRIDGE.replace("The city council", "The \x1b]0;pwned\x07city \u202ecouncil")))
row("drafting", "draft-markup", [*DRAFT, "{O}/m.txt"], "ok",
    setup=_article("m.txt", BRIDGE.replace("The city council", "The <script>alert(1)</script> council")))
row("drafting", "draft-sidecar-python-tag", [*DRAFT, "{O}/bridge.txt"],
    setup=lambda p: (p.article("bridge.txt", BRIDGE), p.article("bridge.meta.yaml", "outlet: !!python/name:os.system\n")),
    names="bridge.meta.yaml", says="tag|could not|outlet")
row("drafting", "draft-with-a-broken-registry", [*DRAFT, "{O}/bridge.txt"], "either",
    setup=lambda p: (p.article("bridge.txt", BRIDGE), p.edit("ledger/actors.yaml", lambda t: t + "  - [broken\n")),
    names="actors.yaml", says="malformed")
row("drafting", "draft-outside-any-project", [*DRAFT, "{O}/bridge.txt"], "ok", root=False,
    setup=_article("bridge.txt", BRIDGE))
row("drafting", "draft-one-long-line", [*DRAFT, "{O}/long.txt"], "ok", timeout=240,
    setup=_article("long.txt", "Title\n\n" + " ".join(['the minister said "we will finish on Monday".'] * 40_000)))


@probe("drafting")
def draft_writes_nothing(p: Project) -> None:
    """draft on the recorded seed itself: it prints, and changes no file (the harness checks every file)."""
    worked(p.run("draft", p.root / "seeds" / "dw-2026-01-30-kremlin-trump-kyiv.txt"), "claim")


@probe("drafting")
def draft_output_into_a_closed_pipe(p: Project) -> None:
    run = p.shell(f'$CC --root "$P" draft "{p.article("bridge.txt", BRIDGE)}" | head -c 5 >/dev/null; echo done')
    if run.err.strip():
        raise Fault("unclear", f"noise on stderr when the reader stopped early: {run.err.strip().splitlines()[-1][:120]}")


# --------------------------------------------------------------------------------- the site's address
def _settings(text: str | bytes):
    def setup(p: Project) -> None:
        p.write("crosscheck.yaml", text)
    return setup


BASE_URLS = [  # label, --base-url, expectation
    ("https", "https://desk.example.org/crosscheck/", "ok"),
    ("no-trailing-slash", "https://desk.example.org/crosscheck", "ok"),
    ("javascript", "javascript:alert(1)", "refuse"),
    ("ftp", "ftp://desk.example.org/", "refuse"),
    ("relative", "crosscheck/site/", "refuse"),
    ("with-query", "https://desk.example.org/?a=1", "refuse"),
    ("empty", "", "either"),
    ("with-escape", "https://desk.example.org/\x1b[2J/", "refuse"),
    ("with-newline", "https://desk.example.org/\nX-Injected: 1", "refuse"),
    ("with-quote-and-markup", 'https://desk.example.org/"><script>alert(1)</script>/', "refuse"),
    ("with-spaces", "https://desk.example.org/a b/", "refuse"),
    ("huge", "https://desk.example.org/" + "a" * 100_000 + "/", "either"),
]
for label, url, expect in BASE_URLS:
    row("drafting", f"export-base-url-{label}", ["export", "--format", "claimreview", "--base-url", url], expect,
        names="--base-url", says=None if expect == "ok" else "base_url|address", raw_ok=True,
        then=lambda p, run: _no_markup(run))
row("drafting", "build-site-base-url-https", ["build-site", "--out", "{O}/site", "--base-url",
                                              "https://desk.example.org/crosscheck/"], "ok", writes=("outside/site",))
row("drafting", "build-site-base-url-javascript", ["build-site", "--out", "{O}/site", "--base-url",
                                                   "javascript:alert(1)"], names="--base-url", says="base_url|address")
row("drafting", "build-site-base-url-with-markup", ["build-site", "--out", "{O}/site", "--base-url",
                                                    'https://x.example/"><script>alert(1)</script>/'],
    names="--base-url", says="base_url|address")


def _no_markup(run) -> None:
    if run.rc == 0 and "<script>alert(1)</script>" in run.out:
        raise Fault("wrong", "a --base-url holding markup reached the ClaimReview output as it was")


SETTINGS = [  # label, crosscheck.yaml, expectation, what a refusal says
    ("base-url", "site:\n  base_url: https://desk.example.org/\n", "ok", None),
    ("unknown-section", "sites:\n  base_url: https://desk.example.org/\n", "refuse", "unknown"),
    ("unknown-setting", "site:\n  baseurl: https://desk.example.org/\n", "refuse", "unknown"),
    ("site-a-list", "site: [a, b]\n", "refuse", "mapping"),
    ("base-url-javascript", "site:\n  base_url: javascript:alert(1)\n", "refuse", "base_url"),
    ("base-url-a-number", "site:\n  base_url: 12\n", "refuse", "base_url"),
    ("base-url-a-list", "site:\n  base_url: [a]\n", "refuse", "base_url"),
    ("python-tag", "site:\n  base_url: !!python/object/apply:os.getcwd []\n", "refuse", "tag|could not"),
    ("alias", "a: &x https://x.example/\nsite:\n  base_url: *x\n", "refuse", "alias"),
    ("empty", "", "either", "empty"),
    ("only-comments", "# nothing set yet\n", "either", "empty"),
    ("top-level-list", "- a\n", "refuse", "mapping"),
    ("conflict-markers", "<<<<<<< HEAD\nsite:\n  base_url: https://a.example/\n=======\nsite:\n"
                         "  base_url: https://b.example/\n>>>>>>> theirs\n", "refuse", "conflict"),
    ("utf16", "site:\n  base_url: https://desk.example.org/\n".encode("utf-16"), "refuse", "UTF-16"),
    ("control-characters", 'site:\n  base_url: "https://desk.example.org/\\e[2J"\n', "refuse", "base_url|contains"),
]
for label, text, expect, says in SETTINGS:
    row("drafting", f"settings-{label}", ["export", "--format", "claimreview"], expect, setup=_settings(text),
        names="crosscheck.yaml", says=says, raw_ok=True)
row("drafting", "settings-a-directory", ["build-site", "--out", "{O}/site"],
    setup=lambda p: p.path("crosscheck.yaml").mkdir(), names="crosscheck.yaml", says="directory")
row("drafting", "settings-a-fifo", ["export", "--format", "claimreview"],
    setup=lambda p: os.mkfifo(p.path("crosscheck.yaml")), names="crosscheck.yaml", says="FIFO", timeout=60)
