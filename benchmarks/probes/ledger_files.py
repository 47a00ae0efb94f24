"""Hostile and careless ledger files: YAML tags, aliases, duplicates, encodings, sizes, conflict markers,
impossible dates, odd offsets and ids, control characters in every field. Each is judged by ``verify``
(and ``status`` where printing is the point)."""
from __future__ import annotations

import os

from .harness import CLAIM, META, SEED_ID, Fault, Project, either, probe, row, worked

QUOTE = ("The Kremlin said on Friday that Russian President Vladimir Putin had received a personal request from "
         "his US counterpart, Donald Trump to halt strikes on Kyiv")
EVIDENCE = {"document": SEED_ID, "start": "165", "end": "323", "quote": QUOTE, "speaker": "kremlin",
            "kind": "paraphrase", "stance": "confirms"}


def claim_yaml(cid: str = "probe-claim", text: str = "A claim added by the probe.", depends: str = "[]",
               extra: str = "", **fields: str | None) -> str:
    """A claim entry (YAML text, to append to claims.yaml) with one valid evidence item; ``fields`` replace
    the evidence's raw YAML values (None drops a field), ``extra`` adds raw lines to the claim."""
    evidence = {**EVIDENCE, **fields}
    lines = [f"  - id: {cid}", "    group: probe", f"    text: {text}", f"    depends_on: {depends}"]
    lines += [f"    {line}" for line in extra.splitlines()]
    lines.append("    evidence:")
    items = [(k, v) for k, v in evidence.items() if v is not None]
    lines += [("      - " if i == 0 else "        ") + f"{k}: {v}" for i, (k, v) in enumerate(items)]
    return "\n".join(lines) + "\n"


def add_claim(**kwargs):
    def setup(p: Project) -> None:
        p.edit("ledger/claims.yaml", lambda t: t + claim_yaml(**kwargs))
    return setup


def change(relative: str, old: str, new: str):
    def setup(p: Project) -> None:
        p.replace(relative, old, new)
    return setup


def append(relative: str, text: str):
    def setup(p: Project) -> None:
        p.edit(relative, lambda t: t + text)
    return setup


def whole(relative: str, data: str | bytes):
    def setup(p: Project) -> None:
        p.write(relative, data)
    return setup


def _verify(name, setup, names, says=None, lines=1, expect="refuse", **kw):
    row("ledger", name, ["verify"], expect, setup=setup, names=names, says=says, lines=lines, **kw)


CLAIMS, ACTORS, SOURCES = "claims.yaml", "actors.yaml", "sources.yaml"
FIRST_PARTY = "parties:\n"


def _pwned_check(p: Project, run) -> None:
    if (p.out / "pwned").exists():
        raise Fault("data lost", "a YAML tag ran a shell command (outside/pwned exists)")


# ------------------------------------------------------------------------------ YAML features
row("ledger", "yaml-python-object-apply-tag", ["verify"],
    setup=lambda p: add_claim(text='!!python/object/apply:os.system ["touch {}/pwned"]'.format(p.out))(p),
    names=CLAIMS, then=_pwned_check)
_verify("yaml-python-name-tag", append(f"ledger/{ACTORS}", "  evil:\n    name: !!python/name:os.system\n"
                                       "    party: kremlin\n"), ACTORS, lines=None)
_verify("yaml-custom-tag", add_claim(text='!note "A tagged claim text."'), CLAIMS, expect="either")
_verify("yaml-binary-tag", add_claim(quote="!!binary VGhlIEtyZW1saW4="), CLAIMS, expect="either")
_verify("yaml-set-tag", add_claim(depends="!!set {a, b}"), CLAIMS, says="list|set")
_verify("yaml-alias-in-sources", change(f"ledger/{SOURCES}", "    reliability: B\n",
                                        "    reliability: &grade B\n    grade_copy: *grade\n"), SOURCES,
        says="alias")
_verify("yaml-merge-key-with-alias", change(f"ledger/{ACTORS}", "  kremlin:\n    name: The Kremlin\n    kind: government\n",
                                            "  kremlin: &base\n    name: The Kremlin\n    kind: government\n"
                                            "  probe-party:\n    <<: *base\n    name: Probe\n"), ACTORS, says="alias")
_verify("yaml-merge-key-inline", change(f"ledger/{ACTORS}", FIRST_PARTY,
                                        FIRST_PARTY + "  probe-party:\n    <<: {kind: government}\n"
                                        "    name: Probe party\n"), ACTORS, expect="either")
_verify("yaml-duplicate-document-id", append("ledger/documents.yaml",
                                             f"  {SEED_ID}:\n    path: seeds/other.txt\n    sha256: 00\n"),
        "documents.yaml", says="duplicate")
_verify("yaml-duplicate-key-in-evidence", add_claim(start="165\n        start: 999"), CLAIMS, says="duplicate")
_verify("yaml-tab-indentation", append(f"ledger/{CLAIMS}", "  - id: tabbed\n\ttext: tab indented\n"), CLAIMS,
        says="tab|malformed")
_verify("yaml-deep-flow-nesting", whole("ledger/background.yaml", "background: " + "[" * 30000 + "]" * 30000 + "\n"),
        "background.yaml", says="deep|nest|malformed", timeout=60)
_verify("yaml-deep-block-nesting",
        append(f"ledger/{CLAIMS}", claim_yaml(cid="deep", extra="note:\n" + "".join(
            " " * (2 + 2 * i) + f"k{i}:\n" for i in range(1500)) + " " * 3004 + "end")),
        CLAIMS, says="deep|nest|malformed|text|note|mapping", expect="either", timeout=60)
_verify("yaml-10mb-comment-line", append(f"ledger/{CLAIMS}", "# " + "x" * (10 * 2**20) + "\n"), CLAIMS,
        expect="ok", timeout=120)
_verify("yaml-2mb-note", add_claim(extra="note: " + "word " * (2**20 // 2)), CLAIMS, expect="ok", timeout=120)


def _sparse(p: Project) -> None:
    with open(p.root / "ledger" / "claims.yaml", "r+b") as handle:
        handle.truncate(65 * 2**20 + 1)


_verify("yaml-over-the-size-limit", _sparse, CLAIMS, says="MiB|limit|large")
_verify("yaml-utf16-file", lambda p: p.write("ledger/actors.yaml", p.read("ledger/actors.yaml").encode("utf-16")),
        ACTORS, says="UTF-16")
_verify("yaml-latin1-file", lambda p: p.write("ledger/actors.yaml", (p.read("ledger/actors.yaml") + "# café\n")
                                              .encode("latin-1", errors="replace")), ACTORS, says="UTF-8")
_verify("yaml-lone-cr-line-ends", lambda p: p.write("ledger/claims.yaml", p.read("ledger/claims.yaml")
                                                    .replace("\n", "\r")), CLAIMS, expect="ok")
_verify("yaml-crlf-line-ends", lambda p: p.write("ledger/claims.yaml", p.read("ledger/claims.yaml")
                                                 .replace("\n", "\r\n")), CLAIMS, expect="ok")
_verify("yaml-bom", lambda p: p.write("ledger/actors.yaml", "\ufeff" + p.read("ledger/actors.yaml")), ACTORS,
        expect="ok")
_verify("yaml-nul-byte", append(f"ledger/{SOURCES}", "# \x00\n"), SOURCES, says="binary|NUL")
_verify("yaml-top-level-list", whole("ledger/documents.yaml", "- a\n- b\n"), "documents.yaml", says="mapping")
_verify("yaml-claims-is-a-mapping", whole("ledger/claims.yaml", "claims: {a: 1}\n"), CLAIMS, says="list",
        lines=None)
_verify("yaml-documents-is-a-list", whole("ledger/documents.yaml", "documents: [a]\n"), "documents.yaml",
        says="map", lines=None)
_verify("yaml-null-claim", append(f"ledger/{CLAIMS}", "  - null\n"), CLAIMS, says="id")
_verify("yaml-scalar-file", whole("ledger/background.yaml", "just some text\n"), "background.yaml", says="mapping")
_verify("yaml-only-comments", whole("ledger/background.yaml", "# nothing here yet\n"), "background.yaml",
        says="empty")

# ---------------------------------------------------------------------------- conflict markers
for relative, names in (("ledger/documents.yaml", "documents.yaml"), ("ledger/background.yaml", "background.yaml"),
                        ("ledger/claims-followup.yaml", "claims-followup.yaml"), ("ledger/sources.yaml", SOURCES),
                        (META, "meta.yaml")):
    _verify(f"conflict-markers-in-{names.replace('.', '-')}",
            lambda p, relative=relative: p.edit(relative, lambda t: t.replace(
                "\n", "\n<<<<<<< HEAD\n", 1) + "=======\n# theirs\n>>>>>>> theirs\n"),
            names, says="conflict", lines=None)

# --------------------------------------------------------------------------------------- dates
DATES = [  # label, said_on as written, expectation
    ("said-on-feb-29-unquoted", "2026-02-29", "refuse"),
    ("said-on-feb-29-quoted", "'2026-02-29'", "refuse"),
    ("said-on-leap-day", "2024-02-29", "ok"),
    ("said-on-24h-unquoted", "2026-01-30T24:00:00", "refuse"),
    ("said-on-24h-quoted", "'2026-01-30T24:00:00'", "refuse"),
    ("said-on-single-digits", "2026-1-5", "either"),
    ("said-on-integer", "20260130", "either"),
    ("said-on-float", "1.5", "refuse"),
    ("said-on-bool", "true", "refuse"),
    ("said-on-year-zero", "'0000-01-01'", "refuse"),
    ("said-on-with-timezone", "2026-01-30T10:00:00+02:00", "either"),
    ("said-on-list", "[2026-01-30]", "refuse"),
]
for label, value, expect in DATES:
    _verify(f"date-{label}", add_claim(said_on=value), CLAIMS, says=None if expect == "ok" else "date|said_on",
            expect=expect)
for label, value in (("feb-30-unquoted", "2026-02-30"), ("feb-30-quoted", "'2026-02-30'"),
                     ("24h-unquoted", "2026-01-29T24:00:00"), ("bool", "yes")):
    _verify(f"date-source-published-{label}", change(f"ledger/{SOURCES}", "    published: 2026-01-29\n",
                                                     f"    published: {value}\n"), SOURCES, says="date|published")
_verify("date-meta-published-impossible-quoted", append(META, "published: '2026-02-30T10:00:00'\n"), "meta.yaml",
        says="date|published")
_verify("date-meta-published-bad-offset", append(META, "published: '2026-01-30T19:52:00+25:00'\n"), "meta.yaml",
        says="date|published")


@probe("ledger", setup=append(META, "published: 2026-01-30T19:52:00+01:00\n"))
def date_meta_published_with_timezone(p: Project) -> None:
    """A time zone on the seed's date (the header has none): every command that weighs dates must still work."""
    worked(p.run("verify"))
    worked(p.run("status", "--as-of", "2026-01-30"))
    worked(p.run("export", "--format", "claimreview", raw_ok=True))
    worked(p.run("export", "--format", "json", "--as-of", "2026-02-01", raw_ok=True))


# ------------------------------------------------------------------------------------- offsets
OFFSETS = [  # label, start, end, expectation
    ("huge", "1000000000000000000000000000000", "1000000000000000000000000000158", "refuse"),
    ("enormous", "1" + "0" * 400, "2" + "0" * 400, "refuse"),
    ("negative", "-5", "323", "refuse"),
    ("float", "165.0", "323", "refuse"),
    ("bool", "true", "323", "refuse"),
    ("null", "null", "323", "refuse"),
    ("string", "'165'", "323", "refuse"),
    ("reversed", "323", "165", "refuse"),
    ("empty-span", "165", "165", "refuse"),
    ("hex", "0xa5", "0x143", "either"),
]
for label, start, end, expect in OFFSETS:
    _verify(f"offset-{label}", add_claim(start=start, end=end), CLAIMS, expect=expect,
            says="start|end|offset|whole|outside|match")


@probe("ledger", writes=("ledger",), ledger=True,
       setup=add_claim(start="1000000000000000000000000000000", end="1000000000000000000000000000158"))
def offset_huge_then_reanchor(p: Project) -> None:
    worked(p.run("verify", "--reanchor"))
    worked(p.run("verify"))


# ---------------------------------------------------------------------------------------- ids

@probe("ledger", writes=("ledger/verdicts.jsonl", "outside/site"), setup=add_claim(cid="заявка-№1"))
def id_unicode(p: Project) -> None:
    worked(p.run("verify"))
    worked(p.run("verdict", "заявка-№1", "confirmed", "--analyst", "Ана", "--reason", "проверено"))
    worked(p.run("export", "--format", "csv", raw_ok=True), "заявка-№1")
    worked(p.run("build-site", "--out", p.out / "site"))


for label, cid in (("slashes", "a/b/../../c"), ("dotdot", ".."), ("html-like", "<b>x</b>")):
    @probe("ledger", writes=("ledger/verdicts.jsonl", "outside/site"), setup=add_claim(cid=f"'{cid}'"),
           name=f"id-{label}")
    def _odd_id(p: Project, cid=cid) -> None:
        worked(p.run("verdict", cid, "confirmed", "--analyst", "a", "--reason", "odd id"))
        worked(p.run("build-site", "--out", p.out / "site"))
        if any(p.out.glob("*.html")) or (p.root / "c").exists():
            raise Fault("wrong", "a claim id became a path outside the site")

IDS = [  # label, raw id, expectation, file
    ("id-bidi-override", '"claim\\u202eevil"', "refuse", CLAIMS),
    ("id-escape-sequence", '"\\e[31mred"', "refuse", CLAIMS),
    ("id-zero-width-space", '"claim\\u200bid"', "refuse", CLAIMS),
    ("id-newline", '"two\\nlines"', "refuse", CLAIMS),
    ("id-list", "[a, b]", "refuse", CLAIMS),
    ("id-mapping", "{a: b}", "refuse", CLAIMS),
    ("id-integer", "123", "either", CLAIMS),
    ("id-bool", "true", "either", CLAIMS),
    ("id-very-long", "x" * 10000, "either", CLAIMS),
    ("id-whitespace-only", '"   "', "refuse", CLAIMS),
]
for label, raw, expect, names in IDS:
    _verify(label, add_claim(cid=raw), names, expect=expect, says="id|identifier|contains|control|must be")
_verify("actor-id-bidi-override", append(f"ledger/{ACTORS}", '  "kremlin\\u202e":\n    name: Evil\n    party: kremlin\n'),
        ACTORS, says="id|contains|control")
_verify("party-id-escape-sequence", change(f"ledger/{ACTORS}", FIRST_PARTY,
                                           FIRST_PARTY + '  "\\e]0;pwned\\a":\n    name: Evil\n    kind: other\n'),
        ACTORS, says="id|contains|control")
_verify("document-id-traversal", lambda p: (p.write("seeds/evil.txt", p.read(f"seeds/{SEED_ID}.txt")),
                                            p.replace("ledger/documents.yaml", "documents:\n",
                                                      "documents:\n  ../../evil:\n    path: seeds/evil.txt\n"
                                                      f"    sha256: {_sha(p, 'seeds/evil.txt')}\n")),
        "documents.yaml", expect="either")
_verify("depends-on-itself", add_claim(cid="selfish", depends="[selfish]"), CLAIMS, says="cycle|itself")
_verify("depends-two-cycle", lambda p: p.edit("ledger/claims.yaml", lambda t: t + claim_yaml(cid="ping", depends="[pong]")
                                              + claim_yaml(cid="pong", depends="[ping]")), CLAIMS, says="cycle")
_verify("depends-on-a-string", add_claim(depends=CLAIM), CLAIMS, says="list")
_verify("depends-on-a-follow-up-claim", add_claim(depends="[strikes-paused]"), CLAIMS, expect="either",
        says="follow|later|order|before")


def _sha(p: Project, relative: str) -> str:
    import hashlib

    return hashlib.sha256(p.path(relative).read_bytes()).hexdigest()


# ----------------------------------------------------------- control characters in every field
FIELDS = [  # label, setup, what must not reach the terminal raw (status --explain prints it)
    ("claim-text", add_claim(text='"Claim \\e]0;pwned\\a text \\e[2J"')),
    ("claim-note", add_claim(extra='note: "a note \\u202egnisrever"')),
    ("claim-would-change", add_claim(extra='would_change: "\\e[31mred\\e[0m"')),
    ("background-reason", change("ledger/background.yaml", "    reason: \"", '    reason: "\\e[2J\\u202e')),
    ("actor-name", change(f"ledger/{ACTORS}", "    name: The Kremlin\n", '    name: "The \\e[5mKremlin\\u202e"\n')),
    ("party-name-in-explanation", change(f"ledger/{ACTORS}", "    name: Zelenskyy (Ukraine)\n",
                                         '    name: "Zelenskyy \\e]8;;http://198.51.100.7/\\aUkraine"\n')),
    ("source-note", change(f"ledger/{SOURCES}", "    note: The splice matters for quoting Trump, not for what he "
                                                "claimed; DW's quote is not word for word.",
                           '    note: "\\e[2J\\u202e The splice matters for quoting Trump."')),
    ("evidence-note", add_claim(note='"\\u202e\\e[8mhidden"')),
]
for label, setup in FIELDS:
    row("ledger", f"control-chars-in-{label}", ["status", "--explain"], "either", setup=setup,
        names=(CLAIMS, ACTORS, SOURCES, "background.yaml"), says="contains|control|character")


@probe("ledger", writes=("outside/x.csv",),
       setup=change(f"ledger/{ACTORS}", "    name: The Kremlin\n", '    name: "The \\e[5mKremlin"\n'))
def control_chars_reach_csv_export_raw(p: Project) -> None:
    """CSV goes to a pipe raw (by design); but written with --out and shown with cat, escapes are data."""
    run = p.run("export", "--format", "csv", "--out", p.out / "x.csv")
    either(run, "actors.yaml", "contains|control")


def _formula(p: Project) -> None:
    p.edit("ledger/claims.yaml", lambda t: t + claim_yaml(cid="formula", text="'=HYPERLINK(\"http://198.51.100.7/\",\"x\")'"))


@probe("ledger", setup=_formula)
def csv_export_formula_injection(p: Project) -> None:
    """A claim text opening with '=' (from a hostile article) must not become a spreadsheet formula."""
    run = p.run("export", "--format", "csv", raw_ok=True)
    worked(run)
    cells = [cell for line in run.out.splitlines() for cell in line.split(",")]
    if any(cell.lstrip('"').startswith(("=", "+", "@")) for cell in cells):
        raise Fault("wrong", "export --format csv writes a cell opening with '=' (a spreadsheet runs it as a formula)")


def _without_optional_files(p: Project) -> None:
    os.remove(p.root / "ledger" / "sources.yaml")
    os.remove(p.root / "ledger" / "claims-followup.yaml")


@probe("ledger", setup=_without_optional_files)
def optional_files_removed(p: Project) -> None:
    """claims-followup.yaml and sources.yaml are optional: without them the ledger must still load."""
    worked(p.run("verify"))
    worked(p.run("status"))
