"""``crosscheck migrate`` and the files of the layout of before: a seed ledger as it was (tests/data/legacy-seed),
broken in the ways old files break, both layouts at once, a folder of kept files already there."""
from __future__ import annotations

import json
import shutil

from .harness import ROOT, Fault, Project, either, probe, refused, remove, row, worked

LEGACY = ROOT / "tests" / "data" / "legacy-seed" / "ledger"
MIGRATE_WRITES = ("ledger",)
OLD = ("claims.yaml", "claims-followup.yaml", "background.yaml", "documents.yaml", "verdicts.jsonl")


def _legacy(p: Project) -> None:
    """The project's ledger as it was before the present layout (actors and sources are unchanged)."""
    for name in ("documents", "claims", "verdicts"):
        remove(p.root / "ledger" / name)
    for path in LEGACY.iterdir():
        shutil.copyfile(path, p.root / "ledger" / path.name)


def _legacy_then(change):
    def setup(p: Project) -> None:
        _legacy(p)
        change(p)
    return setup


@probe("migration", writes=MIGRATE_WRITES, setup=_legacy)
def migrate_the_seed_of_before(p: Project) -> None:
    """The seed's old files: migrate converts them, verify then passes, the old files are kept unchanged."""
    refused(p.run("verify"), "claims.yaml", "migrate", lines=None)
    worked(p.run("migrate"))
    worked(p.run("verify"))
    for name in OLD:
        kept = p.root / "ledger" / "before-migration" / name
        if not kept.is_file() or kept.read_bytes() != (LEGACY / name).read_bytes():
            raise Fault("data lost", f"ledger/before-migration/{name} is not the old file unchanged")
    worked(p.run("migrate"), "nothing to migrate")


@probe("migration", writes=MIGRATE_WRITES)
def migrate_the_present_layout(p: Project) -> None:
    worked(p.run("migrate"), "nothing to migrate")


row("migration", "legacy-file-beside-the-present-layout", ["verify"],
    setup=lambda p: shutil.copyfile(LEGACY / "claims.yaml", p.root / "ledger" / "claims.yaml"), names="claims.yaml",
    says="migrate")
row("migration", "migrate-both-layouts", ["migrate"],
    setup=lambda p: shutil.copyfile(LEGACY / "verdicts.jsonl", p.root / "ledger" / "verdicts.jsonl"),
    names="ledger", says="both layouts", writes=MIGRATE_WRITES)


def _append(name: str, text: str):
    return _legacy_then(lambda p: p.edit(f"ledger/{name}", lambda t: t + text))


def _whole(name: str, text: str | bytes):
    return _legacy_then(lambda p: p.write(f"ledger/{name}", text))


BROKEN = [  # label, setup, the file named, what the refusal says
    ("verdict-line-not-json", _append("verdicts.jsonl", "{not json\n"), "verdicts.jsonl", "JSON|line"),
    ("verdict-line-a-list", _append("verdicts.jsonl", "[1, 2]\n"), "verdicts.jsonl", "line|verdict|fields"),
    ("verdict-huge-number", _append("verdicts.jsonl", '{"claim": ' + "9" * 5000 + "}\n"), "verdicts.jsonl",
     "line|number|JSON|fields"),
    ("verdict-deep-nesting", _append("verdicts.jsonl", '{"claim": ' + "[" * 100000 + "]" * 100000 + "}\n"),
     "verdicts.jsonl", "line|JSON|deep|nest|fields"),
    ("verdicts-conflicted", _append("verdicts.jsonl", "<<<<<<< HEAD\n=======\n>>>>>>> theirs\n"), "verdicts.jsonl",
     "conflict"),
    ("verdicts-not-utf8", _legacy_then(lambda p: p.write("ledger/verdicts.jsonl", b"\xff\xfe{}\n")),
     "verdicts.jsonl", "UTF"),
    ("claims-malformed", _append("claims.yaml", "  - [unterminated\n"), "claims.yaml", "malformed"),
    ("claims-python-tag", _append("claims.yaml", "  - !!python/object/apply:os.getcwd []\n"), "claims.yaml",
     "tag|could not|claim"),
    ("claims-not-a-list", _whole("claims.yaml", "claims: {a: 1}\n"), "claims.yaml", "list|claims"),
    ("claims-entry-a-string", _append("claims.yaml", "  - just a string\n"), "claims.yaml", "claim|mapping|id"),
    ("claims-evidence-unknown-document", _legacy_then(lambda p: p.replace(
        "ledger/claims.yaml", "document: dw-2026-01-30-kremlin-trump-kyiv", "document: nowhere")),
     "claims.yaml", "document|nowhere"),
    ("claims-evidence-offsets-strings", _legacy_then(lambda p: p.replace("ledger/claims.yaml", "start: 165",
                                                                         "start: '165'")),
     "claims.yaml", "start|whole|offset"),
    ("documents-empty", _whole("documents.yaml", ""), "documents.yaml", "empty|documents"),
    ("documents-a-list", _whole("documents.yaml", "documents: [a, b]\n"), "documents.yaml", "map|documents"),
    ("documents-id-traversal", _legacy_then(lambda p: p.replace(
        "ledger/documents.yaml", "documents:\n", "documents:\n  ../../outside/evil:\n    path: seeds/x.txt\n"
                                                 "    sha256: '00'\n")), "documents.yaml", "id|document"),
    ("background-not-a-list", _whole("background.yaml", "background: {a: 1}\n"), "background.yaml",
     "list|background"),
    ("claim-id-with-bidi", _legacy_then(lambda p: p.replace("ledger/claims.yaml", "- id: trump-asked-putin-halt-kyiv-strikes",
                                                            '- id: "trump\\u202e"')), "claims.yaml", "id|contains"),
]
for label, setup, name, says in BROKEN:
    row("migration", f"migrate-{label}", ["migrate"], setup=setup, names=name, says=says, writes=MIGRATE_WRITES,
        lines=None if label.startswith(("verdicts-conflicted", "claims-evidence")) else 1)


def _kept_folder_taken(p: Project) -> None:
    _legacy(p)
    p.write("ledger/before-migration/claims.yaml", "# the analyst's own copy, kept here by hand\n")


@probe("migration", writes=MIGRATE_WRITES, setup=_kept_folder_taken)
def migrate_over_a_folder_of_kept_files(p: Project) -> None:
    """ledger/before-migration/ already holds a file of that name: migrate must not overwrite it."""
    run = p.run("migrate")
    either(run, "before-migration", "exists|already")
    if "the analyst's own copy" not in p.read("ledger/before-migration/claims.yaml"):
        raise Fault("data lost", "migrate overwrote a file the analyst kept in ledger/before-migration/")


@probe("migration", writes=MIGRATE_WRITES, setup=_legacy)
def migrate_under_a_full_disk(p: Project) -> None:
    from .harness import limit_file_size

    refused(p.run("migrate", preexec=limit_file_size(4000)), "ledger", "space|large|write|full")


@probe("migration", setup=_legacy_then(lambda p: __import__("os").chmod(p.root / "ledger", 0o555)))
def migrate_a_read_only_ledger(p: Project) -> None:
    from .harness import drop_file_override

    refused(p.run("migrate", preexec=drop_file_override), "ledger", "permission|read-only")


@probe("migration", writes=MIGRATE_WRITES, setup=_legacy)
def migrate_then_record_a_verdict(p: Project) -> None:
    """After migrating, a verdict chains onto the migrated history (its `previous` names the latest)."""
    worked(p.run("migrate"))
    worked(p.run("verdict", "putin-agreed-to-pause", "confirmed", "--analyst", "crosscheck desk", "--reason",
                 "after the migration"))
    worked(p.run("verify"))
    lines = [json.loads(x) for x in p.read("ledger/verdicts/crosscheck-desk.jsonl").splitlines() if x.strip()]
    if not lines[-1].get("previous"):
        raise Fault("wrong", "the verdict recorded after migrating names no previous verdict")
