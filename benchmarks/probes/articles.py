"""Hostile and odd articles: a 10 MB single line, UTF-16 without a mark, lone CR, BOM, control and line-separator
characters, header-only texts, front matter with tags, aliases and impossible dates."""
from __future__ import annotations

import random

from .harness import Fault, Project, probe, row, worked
from .texts import BRIDGE, HARBOUR, news

INGEST_WRITES = ("seeds", "ledger", "notebooks")


def _one_line(p: Project) -> None:
    rng = random.Random(10)
    words = ["minister", "said", "that", "the", "bridge", "would", "open", '"we', "will", 'finish"', "on", "Monday"]
    p.article("one-line.txt", "Title\n\n" + " ".join(rng.choice(words) for _ in range(1_700_000)))


def _article(name: str, data: str | bytes):
    def setup(p: Project) -> None:
        p.article(name, data)
    return setup


for command in ("extract", "check"):
    row("articles", f"{command}-10mb-single-line", [command, "{O}/one-line.txt"], "ok", setup=_one_line, timeout=240)
    row("articles", f"{command}-1mb-word", [command, "{O}/word.txt"], "ok",
        setup=_article("word.txt", news("A long word", "x" * 2**20 + " said the minister.")), timeout=180)
    row("articles", f"{command}-unbalanced-quotes", [command, "{O}/quotes.txt"], "ok",
        setup=_article("quotes.txt", news("Quotes", ('"' * 7 + " he said, “ and ” ‘ ") * 20000)), timeout=180)
row("articles", "extract-utf16-without-a-mark", ["extract", "{O}/u16.txt"],
    setup=_article("u16.txt", BRIDGE.encode("utf-16-le")), names="u16.txt", says="UTF-16|binary")
row("articles", "extract-control-characters", ["extract", "{O}/ansi.txt"], "ok",
    setup=_article("ansi.txt", BRIDGE.replace("The city council", "The \x1b[31mcity\x1b[0m \u202ecouncil")))

for label, text in (
    ("lone-cr-line-ends", HARBOUR.replace("\n", "\r")),
    ("byte-order-mark", "\ufeff" + HARBOUR),
    ("line-separators", HARBOUR.replace(" said on", "\u2028said on").replace("dredging", "dredg\x85ing")
     .replace("\n\n", "\n\x0c\n", 2)),
    ("header-only", "Port authority says nothing\n\nBusiness Tuesday 3/March/2026 08:40 AM\nBy: Example Wire\n"),
):
    row("articles", f"ingest-{label}", ["ingest", "{O}/a.txt"], "ok", setup=_article("a.txt", text),
        writes=INGEST_WRITES, ledger=True, timeout=180, names="a.txt")


@probe("articles", writes=INGEST_WRITES, ledger=True,
       setup=_article("ansi.txt", HARBOUR.replace("Fishermen's groups", "Fisher\x1b]0;pwned\x07men's \u202egroups")))
def ingest_control_characters_then_status(p: Project) -> None:
    """Control characters in an article reach the ledger as quotes: printing them must neutralise them."""
    worked(p.run("ingest", p.out / "ansi.txt", timeout=180))
    worked(p.run("status", "--explain"))
    worked(p.run("verify"))


FRONT = "---\n{}\n---\n" + BRIDGE


def _nothing_ran(p: Project, run) -> None:
    if (p.out / "pwned").exists():
        raise Fault("data lost", "a YAML tag in the front matter ran a shell command")


for label, header, says in (
    ("python-tag", 'title: !!python/object/apply:os.system ["touch {O}/pwned"]', "tag|could not|title"),
    ("alias", "a: &x [1, 2]\nb: *x", "alias"),
    ("impossible-date", "published: 2026-02-30", "date"),
    ("published-bool", "published: yes", "date|published"),
):
    row("articles", f"extract-front-matter-{label}", ["extract", "{O}/front.txt"],
        setup=lambda p, header=header: p.article("front.txt", FRONT.format(header.replace("{O}", str(p.out)))),
        names="front.txt", says=says, then=_nothing_ran)
