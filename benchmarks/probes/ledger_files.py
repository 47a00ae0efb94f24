"""Hostile and careless ledger files: YAML tags, aliases, duplicates, encodings, sizes, conflict markers,
impossible dates, odd offsets and ids, control characters in every field. Each is judged by ``verify``
(and ``status`` where printing is the point).

The ledger's layout (crosscheck.layout): a statement's fields (speaker, kind, said_on, quote, offsets) live
in its document's file, ``ledger/documents/ID.yaml``; a claim (id, text, depends_on, note) in its group's
file, ``ledger/claims/GROUP.yaml``, each piece of evidence naming a statement and a stance. A probe claim
goes into a group file of its own, ``ledger/claims/probe.yaml``; a probe statement into the seed's
document file.
"""
from __future__ import annotations

import csv
import io
import os

from .harness import (CLAIM, CLAIMS, DOC, META, SEED_ID, STATEMENT, Fault, Project, either, probe, refused, row,
                      worked)

QUOTE = ("The Kremlin said on Friday that Russian President Vladimir Putin had received a personal request from "
         "his US counterpart, Donald Trump to halt strikes on Kyiv")
STATEMENT_FIELDS = {"speaker": "kremlin", "kind": "paraphrase", "cue": "said", "said_on": "'2026-01-30'",
                    "quote": QUOTE, "start": "165", "end": "323"}
PROBE_CLAIMS = "ledger/claims/probe.yaml"
DOC_NAME = f"{SEED_ID}.yaml"
GROUP_NAME = "probe.yaml"


def statement_yaml(sid: str = "probe-statement", **fields: str | None) -> str:
    """A statement entry (YAML text, under the document's ``statements:``); ``fields`` replace the raw YAML
    values of the seed's first statement (None drops a field)."""
    items = [(k, v) for k, v in {**STATEMENT_FIELDS, **fields}.items() if v is not None]
    return f"  {sid}:\n" + "".join(f"    {k}: {v}\n" for k, v in items)


def add_statement(sid: str = "probe-statement", **fields: str | None):
    def setup(p: Project) -> None:
        p.replace(DOC, "statements:\n", "statements:\n" + statement_yaml(sid, **fields))
    return setup


def claims_file(*entries: str, group: str = "probe") -> str:
    return f"group: {group}\ntitle: Claims added by the probe\norder: 95\nclaims:\n" + "".join(entries)


def claim_yaml(cid: str = "probe-claim", text: str = "A claim added by the probe.", depends: str = "[]",
               extra: str = "", statement: str = STATEMENT, stance: str = "confirms", note: str | None = None) -> str:
    """A claim entry (YAML text, under a claims file's ``claims:``) with one piece of evidence; ``extra``
    adds raw lines to the claim, ``note`` a note to its evidence."""
    lines = [f"  - id: {cid}", f"    text: {text}", f"    depends_on: {depends}"]
    lines += [f"    {line}" for line in extra.splitlines()]
    lines += ["    evidence:", f"      - statement: {statement}", f"        stance: {stance}"]
    if note is not None:
        lines.append(f"        note: {note}")
    return "\n".join(lines) + "\n"


_STATEMENT_KEYS = tuple(STATEMENT_FIELDS)


def add_claim(**kwargs):
    """A probe claim in ledger/claims/probe.yaml; statement fields among ``kwargs`` (start, end, quote,
    said_on, speaker, kind, cue) make a probe statement in the seed's document file for it to rest on."""
    fields = {k: kwargs.pop(k) for k in list(kwargs) if k in _STATEMENT_KEYS}

    def setup(p: Project) -> None:
        if fields:
            add_statement(**fields)(p)
            kwargs.setdefault("statement", "probe-statement")
        p.write(PROBE_CLAIMS, claims_file(claim_yaml(**kwargs)))
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


ACTORS, SOURCES = "actors.yaml", "sources.yaml"
FIRST_PARTY = "parties:\n"
BACKGROUND = "background:\n"


def _pwned_check(p: Project, run) -> None:
    if (p.out / "pwned").exists():
        raise Fault("data lost", "a YAML tag ran a shell command (outside/pwned exists)")


# ------------------------------------------------------------------------------ YAML features
row("ledger", "yaml-python-object-apply-tag", ["verify"],
    setup=lambda p: add_claim(text='!!python/object/apply:os.system ["touch {}/pwned"]'.format(p.out))(p),
    names=GROUP_NAME, then=_pwned_check)
_verify("yaml-python-name-tag", append(f"ledger/{ACTORS}", "  evil:\n    name: !!python/name:os.system\n"
                                       "    party: kremlin\n"), ACTORS, lines=None)
_verify("yaml-python-tag-in-statement", add_statement(cue="!!python/object/apply:os.getcwd []"), DOC_NAME,
        says="tag")
_verify("yaml-custom-tag", add_claim(text='!note "A tagged claim text."'), GROUP_NAME, expect="either")
_verify("yaml-binary-tag", add_claim(quote="!!binary VGhlIEtyZW1saW4="), DOC_NAME, expect="either")
_verify("yaml-set-tag", add_claim(depends="!!set {a, b}"), GROUP_NAME, says="list|set")
_verify("yaml-alias-in-sources", change(f"ledger/{SOURCES}", "    reliability: B\n",
                                        "    reliability: &grade B\n    grade_copy: *grade\n"), SOURCES,
        says="alias")
_verify("yaml-alias-in-document", change(DOC, "    speaker: kremlin\n", "    speaker: &who kremlin\n", ) , DOC_NAME,
        expect="either")
_verify("yaml-alias-bomb-in-claims", whole(PROBE_CLAIMS, claims_file(claim_yaml(extra="note: *l9")).replace(
    "claims:\n", "".join(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}" if i else '"lol"'] * 9) + "]\n"
                         for i in range(10)) + "claims:\n")), GROUP_NAME, says="alias")
_verify("yaml-merge-key-with-alias", change(f"ledger/{ACTORS}", "  kremlin:\n    name: The Kremlin\n    kind: government\n",
                                            "  kremlin: &base\n    name: The Kremlin\n    kind: government\n"
                                            "  probe-party:\n    <<: *base\n    name: Probe\n"), ACTORS, says="alias")
_verify("yaml-merge-key-inline", change(f"ledger/{ACTORS}", FIRST_PARTY,
                                        FIRST_PARTY + "  probe-party:\n    <<: {kind: government}\n"
                                        "    name: Probe party\n"), ACTORS, expect="either")
_verify("yaml-duplicate-statement-id", add_statement(STATEMENT), DOC_NAME, says="duplicate")
_verify("yaml-duplicate-path-key", change(DOC, "sha256:", "path: seeds/other.txt\nsha256:"), DOC_NAME,
        says="duplicate")
_verify("yaml-duplicate-key-in-statement", add_statement(start="165\n    start: 999"), DOC_NAME, says="duplicate")
_verify("yaml-duplicate-claim-id-across-files", whole(PROBE_CLAIMS, claims_file(claim_yaml(cid=CLAIM))),
        GROUP_NAME, says="duplicate")
_verify("yaml-duplicate-group", whole(PROBE_CLAIMS, claims_file(claim_yaml(), group="request")), GROUP_NAME,
        says="group")
_verify("yaml-tab-indentation", whole(PROBE_CLAIMS, claims_file("  - id: tabbed\n\ttext: tab indented\n")),
        GROUP_NAME, says="tab|malformed")
_verify("yaml-deep-flow-nesting", whole(PROBE_CLAIMS, claims_file() + "  - " + "[" * 30000 + "]" * 30000 + "\n"),
        GROUP_NAME, says="deep|nest|malformed|claim", timeout=60)
_verify("yaml-deep-block-nesting",
        whole(PROBE_CLAIMS, claims_file(claim_yaml(cid="deep", extra="note:\n" + "".join(
            " " * (2 + 2 * i) + f"k{i}:\n" for i in range(1500)) + " " * 3004 + "end"))),
        GROUP_NAME, says="deep|nest|malformed|text|note|mapping", expect="either", timeout=60)
_verify("yaml-10mb-comment-line", append(CLAIMS, "# " + "x" * (10 * 2**20) + "\n"), "request.yaml",
        expect="ok", timeout=120)
_verify("yaml-2mb-note", add_claim(extra="note: " + "word " * (2**20 // 2)), GROUP_NAME, expect="ok", timeout=120)


def _sparse(p: Project) -> None:
    with open(p.root / CLAIMS, "r+b") as handle:
        handle.truncate(65 * 2**20 + 1)


_verify("yaml-over-the-size-limit", _sparse, "request.yaml", says="MiB|limit|large")
_verify("yaml-utf16-file", lambda p: p.write("ledger/actors.yaml", p.read("ledger/actors.yaml").encode("utf-16")),
        ACTORS, says="UTF-16")
_verify("yaml-utf16-document-file", lambda p: p.write(DOC, p.read(DOC).encode("utf-16-le")), DOC_NAME,
        says="UTF-16")
_verify("yaml-latin1-file", lambda p: p.write("ledger/actors.yaml", (p.read("ledger/actors.yaml") + "# café\n")
                                              .encode("latin-1", errors="replace")), ACTORS, says="UTF-8")
_verify("yaml-lone-cr-line-ends", lambda p: p.write(CLAIMS, p.read(CLAIMS).replace("\n", "\r")), "request.yaml",
        expect="ok")
_verify("yaml-crlf-line-ends", lambda p: p.write(CLAIMS, p.read(CLAIMS).replace("\n", "\r\n")), "request.yaml",
        expect="ok")
_verify("yaml-crlf-document-file", lambda p: p.write(DOC, p.read(DOC).replace("\n", "\r\n")), DOC_NAME,
        expect="ok")
_verify("yaml-bom", lambda p: p.write("ledger/actors.yaml", "\ufeff" + p.read("ledger/actors.yaml")), ACTORS,
        expect="ok")
_verify("yaml-nul-byte", append(f"ledger/{SOURCES}", "# \x00\n"), SOURCES, says="binary|NUL")
_verify("yaml-top-level-list", whole("ledger/documents/probe-doc.yaml", "- a\n- b\n"), "probe-doc.yaml",
        says="mapping")
_verify("yaml-claims-is-a-mapping", whole(PROBE_CLAIMS, "group: probe\nclaims: {a: 1}\n"), GROUP_NAME,
        says="list", lines=None)
_verify("yaml-statements-is-a-list", change(DOC, "statements:\n", "statements:\n  - a\nstatements-of-before:\n"),
        DOC_NAME, says="map|key", lines=None)
_verify("yaml-null-claim", whole(PROBE_CLAIMS, claims_file("  - null\n")), GROUP_NAME, says="id")
_verify("yaml-null-statement", add_statement(speaker=None, kind=None, cue=None, said_on=None, quote=None,
                                             start=None, end=None), DOC_NAME, says="mapping|quote|speaker")
_verify("yaml-scalar-file", whole(PROBE_CLAIMS, "just some text\n"), GROUP_NAME, says="mapping")
_verify("yaml-only-comments", whole(PROBE_CLAIMS, "# nothing here yet\n"), GROUP_NAME, says="empty")
_verify("yaml-unknown-top-level-key", append(DOC, "statement:\n  x: 1\n"), DOC_NAME, says="unknown|key")
_verify("yaml-misspelt-claims-key", whole(PROBE_CLAIMS, claims_file(claim_yaml()).replace("claims:", "claim:")),
        GROUP_NAME, says="unknown|key")
_verify("yaml-document-file-not-yaml", whole("ledger/documents/notes.txt", "the analyst's notes\n"), "notes.txt",
        expect="ok")
_verify("yaml-document-file-upper-case-name", lambda p: p.write("ledger/documents/Probe-Doc.yaml",
                                                                "path: seeds/x.txt\nsha256: '00'\n"),
        "Probe-Doc.yaml", says="lower-case|id")
_verify("yaml-claims-file-upper-case-group", whole(PROBE_CLAIMS, claims_file(claim_yaml(), group="Probe")),
        GROUP_NAME, says="lower-case|group")

# ---------------------------------------------------------------------------- conflict markers
for relative, names in ((DOC, DOC_NAME), (CLAIMS, "request.yaml"), ("ledger/actors.yaml", ACTORS),
                        ("ledger/sources.yaml", SOURCES), (META, "meta.yaml")):
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
    _verify(f"date-{label}", add_claim(said_on=value), DOC_NAME, says=None if expect == "ok" else "date|said_on",
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
    ("start-only", "165", None, "refuse"),
]
for label, start, end, expect in OFFSETS:
    _verify(f"offset-{label}", add_claim(start=start, end=end), DOC_NAME, expect=expect,
            says="start|end|offset|whole|outside|match")
_verify("quote-by-words-alone", add_claim(start=None, end=None), DOC_NAME, expect="ok")
_verify("quote-by-words-standing-twice", add_claim(quote="Kyiv", start=None, end=None), DOC_NAME,
        says="more than once|occurrence|context|times")
_verify("quote-occurrence-past-the-last", add_claim(quote="Kyiv", start=None, end=None, cue="said\n    occurrence: 99"),
        DOC_NAME, says="occurrence|times")
_verify("quote-not-in-the-document", add_claim(quote="words the article never had", start=None, end=None),
        DOC_NAME, says="not in|no longer|not found|do not stand")
_verify("quote-empty", add_claim(quote="''", start=None, end=None), DOC_NAME, says="quote")


@probe("ledger", writes=("ledger",), ledger=True,
       setup=add_claim(start="1000000000000000000000000000000", end="1000000000000000000000000000158"))
def offset_huge_then_reanchor(p: Project) -> None:
    worked(p.run("verify", "--reanchor"))
    worked(p.run("verify"))


@probe("ledger", writes=("ledger", ".crosscheck"), ledger=True, setup=add_claim(start=None, end=None))
def quote_by_words_then_fill(p: Project) -> None:
    worked(p.run("verify", "--fill"))
    worked(p.run("verify"))
    if "start: 165" not in p.read(DOC).split("probe-statement:", 1)[1][:600]:
        raise Fault("wrong", "verify --fill did not write the offsets of a quote given by its words")


# ---------------------------------------------------------------------------------------- ids

@probe("ledger", writes=("ledger/verdicts", "outside/site"), setup=add_claim(cid="заявка-№1"))
def id_unicode(p: Project) -> None:
    """A claim id in Cyrillic: the layout's ids are lower-case ASCII, so verify names it (one line)."""
    either(p.run("verify"), GROUP_NAME, "id|lower-case")
    either(p.run("verdict", "заявка-№1", "confirmed", "--analyst", "Ана", "--reason", "проверено"),
           says="unknown claim|id|lower-case")


for label, cid in (("slashes", "a/b/../../c"), ("dotdot", ".."), ("html-like", "<b>x</b>")):
    @probe("ledger", writes=("ledger/verdicts", "outside/site"), setup=add_claim(cid=f"'{cid}'"),
           name=f"id-{label}")
    def _odd_id(p: Project, cid=cid) -> None:
        refused(p.run("verify"), GROUP_NAME, "id|lower-case")
        either(p.run("verdict", cid, "confirmed", "--analyst", "a", "--reason", "odd id"), says="claim|id")
        either(p.run("build-site", "--out", p.out / "site"), GROUP_NAME)
        if any(p.out.glob("*.html")) or (p.root / "c").exists():
            raise Fault("wrong", "a claim id became a path outside the site")

IDS = [  # label, raw id, expectation
    ("id-bidi-override", '"claim\\u202eevil"', "refuse"),
    ("id-escape-sequence", '"\\e[31mred"', "refuse"),
    ("id-zero-width-space", '"claim\\u200bid"', "refuse"),
    ("id-newline", '"two\\nlines"', "refuse"),
    ("id-list", "[a, b]", "refuse"),
    ("id-mapping", "{a: b}", "refuse"),
    ("id-integer", "123", "either"),
    ("id-bool", "true", "either"),
    ("id-very-long", "x" * 10000, "either"),
    ("id-whitespace-only", '"   "', "refuse"),
]
for label, raw, expect in IDS:
    _verify(label, add_claim(cid=raw), GROUP_NAME, expect=expect, says="id|identifier|contains|control|must be")
    _verify(f"statement-{label}", add_statement(raw), DOC_NAME, expect=expect,
            says="id|identifier|contains|control|must be|mapping")
_verify("actor-id-bidi-override", append(f"ledger/{ACTORS}", '  "kremlin\\u202e":\n    name: Evil\n    party: kremlin\n'),
        ACTORS, says="id|contains|control")
_verify("actor-id-list", append(f"ledger/{ACTORS}", '  [a, b]:\n    name: Evil\n    party: kremlin\n'),
        ACTORS, says="id|contains|control|mapping|key")
_verify("actor-id-whitespace", append(f"ledger/{ACTORS}", '  "   ":\n    name: Blank\n    party: kremlin\n'),
        ACTORS, says="id|empty|blank")
_verify("party-id-escape-sequence", change(f"ledger/{ACTORS}", FIRST_PARTY,
                                           FIRST_PARTY + '  "\\e]0;pwned\\a":\n    name: Evil\n    kind: other\n'),
        ACTORS, says="id|contains|control")
_verify("party-id-newline", change(f"ledger/{ACTORS}", FIRST_PARTY,
                                   FIRST_PARTY + '  "two\\nlines":\n    name: Evil\n    kind: other\n'),
        ACTORS, says="id|contains|control")
_verify("actor-party-with-bidi", change(f"ledger/{ACTORS}", "    party: kremlin\n", '    party: "kremlin\\u202e"\n'),
        ACTORS, says="party|contains|control", lines=None)
_verify("statement-speaker-with-escape", add_statement(speaker='"\\e[2Jkremlin"'), DOC_NAME,
        says="speaker|contains|control")
_verify("evidence-statement-with-bidi", add_claim(statement='"kremlin\\u202e"'), GROUP_NAME,
        says="statement|contains|control")
_verify("depends-on-with-zero-width", add_claim(depends='["trump\\u200b"]'), GROUP_NAME,
        says="depends|contains|control|unknown")
_verify("document-id-traversal", lambda p: p.write("ledger/documents/..%2f..%2fevil.yaml",
                                                   f"path: seeds/{SEED_ID}.txt\nsha256: '00'\n"),
        "evil.yaml", says="id|lower-case")
_verify("depends-on-itself", add_claim(cid="selfish", depends="[selfish]"), GROUP_NAME, says="cycle|itself")
_verify("depends-two-cycle", whole(PROBE_CLAIMS, claims_file(claim_yaml(cid="ping", depends="[pong]"),
                                                             claim_yaml(cid="pong", depends="[ping]"))),
        GROUP_NAME, says="cycle")
_verify("depends-on-a-string", add_claim(depends=CLAIM), GROUP_NAME, says="list")
_verify("depends-on-a-follow-up-claim", add_claim(depends="[strikes-paused]"), GROUP_NAME, expect="either",
        says="follow|later|order|before")
_verify("evidence-unknown-statement", add_claim(statement="no-such-statement"), GROUP_NAME, says="unknown statement")
_verify("evidence-unknown-stance", add_claim(stance="agrees"), GROUP_NAME, says="stance")
_verify("statement-unknown-speaker", add_statement(speaker="nobody"), DOC_NAME, says="speaker")
_verify("statement-unknown-kind", add_statement(kind="rumour"), DOC_NAME, says="kind")


# ----------------------------------------------------------- control characters in every field
FIELDS = [  # label, setup, what must not reach the terminal raw (status --explain prints it)
    ("claim-text", add_claim(text='"Claim \\e]0;pwned\\a text \\e[2J"')),
    ("claim-note", add_claim(extra='note: "a note \\u202egnisrever"')),
    ("claim-would-change", add_claim(extra='would_change: "\\e[31mred\\e[0m"')),
    ("claim-summary", add_claim(extra='summary: "\\e[31mred\\u202e"')),
    ("claims-file-title", lambda p: p.write(PROBE_CLAIMS, claims_file(claim_yaml()).replace(
        "title: Claims added by the probe", 'title: "\\e]0;pwned\\a"'))),
    ("background-reason", change(DOC, "    reason: \"", '    reason: "\\e[2J\\u202e')),
    ("statement-cue", add_statement(cue='"\\e[2Jsaid"')),
    ("actor-name", change(f"ledger/{ACTORS}", "    name: The Kremlin\n", '    name: "The \\e[5mKremlin\\u202e"\n')),
    ("party-name-in-explanation", change(f"ledger/{ACTORS}", "    name: Ukraine (Zelenskyy, armed forces)\n",
                                         '    name: "Zelenskyy \\e]8;;http://198.51.100.7/\\aUkraine"\n')),
    ("source-note", change(f"ledger/{SOURCES}", "    note: The splice matters for quoting Trump, not for what he "
                                                "claimed; DW's quote is not word for word.",
                           '    note: "\\e[2J\\u202e The splice matters for quoting Trump."')),
    ("evidence-note", add_claim(note='"\\u202e\\e[8mhidden"')),
]
for label, setup in FIELDS:
    row("ledger", f"control-chars-in-{label}", ["status", "--explain"], "either", setup=setup,
        names=(GROUP_NAME, ACTORS, SOURCES, DOC_NAME), says="contains|control|character")


@probe("ledger", writes=("outside/x.csv",),
       setup=change(f"ledger/{ACTORS}", "    name: The Kremlin\n", '    name: "The \\e[5mKremlin"\n'))
def control_chars_reach_csv_export_raw(p: Project) -> None:
    """CSV goes to a pipe raw (by design); but written with --out and shown with cat, escapes are data."""
    run = p.run("export", "--format", "csv", "--out", p.out / "x.csv")
    either(run, "actors.yaml", "contains|control")


def _formula(p: Project) -> None:
    p.write(PROBE_CLAIMS, claims_file(claim_yaml(cid="formula", text="'=HYPERLINK(\"http://198.51.100.7/\",\"x\")'"),
                                      claim_yaml(cid="formula-plus", text="'+1+1'"),
                                      claim_yaml(cid="formula-at", text="'@SUM(A1)'")))


@probe("ledger", setup=_formula)
def csv_export_formula_injection(p: Project) -> None:
    """A claim text opening with '=' (from a hostile article) must not become a spreadsheet formula."""
    run = p.run("export", "--format", "csv", raw_ok=True)
    worked(run)
    cells = [cell for record in csv.reader(io.StringIO(run.out)) for cell in record]
    if any(cell.startswith(("=", "+", "@", "-")) and not _number(cell) for cell in cells):
        raise Fault("wrong", "export --format csv writes a cell opening with '=' (a spreadsheet runs it as a formula)")


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False


def _without_optional_files(p: Project) -> None:
    os.remove(p.root / "ledger" / "sources.yaml")
    for path in (p.root / "ledger" / "verdicts").glob("*.jsonl"):
        os.remove(path)


@probe("ledger", setup=_without_optional_files)
def optional_files_removed(p: Project) -> None:
    """sources.yaml and the verdict histories are optional: without them the ledger must still load."""
    worked(p.run("verify"))
    worked(p.run("status"))
