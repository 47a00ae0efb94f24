"""The ledger of before (every piece of evidence written out in full) converts without changing a status,
a grade or an exported quote; the conversion is all or nothing."""
import dataclasses
import datetime as dt
import json
import shutil

import pytest

from crosscheck.claims import Claim, Evidence, Statement
from crosscheck.errors import CrosscheckError, ProblemList
from crosscheck.export import export
from crosscheck.ledger import load_ledger
from crosscheck.migrate import legacy_view, ledger_view, migrate
from crosscheck.verdicts import Verdict
from crosscheck.yamlio import load_yaml_mapping
from factories import ROOT, cli, tree_digest

LEGACY = ROOT / "tests" / "data" / "legacy-seed" / "ledger"  # the seed's ledger files as they were


def _legacy_project(folder):
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    (folder / "ledger").mkdir(parents=True)
    for name in ("actors.yaml", "sources.yaml"):
        shutil.copyfile(ROOT / "ledger" / name, folder / "ledger" / name)
    for path in LEGACY.iterdir():
        shutil.copyfile(path, folder / "ledger" / path.name)
    return folder


def _claims_as_before(ledger) -> dict[str, Claim]:
    """The claims read straight from the old files into the model, without the present layout's files."""
    claims = {}
    for name in ("claims.yaml", "claims-followup.yaml"):
        for raw in load_yaml_mapping(LEGACY / name)["claims"]:
            evidence = []
            for item in raw.get("evidence") or []:
                said = item.get("said_on")
                statement = Statement(item["document"], item["start"], item["end"], item["quote"], item["speaker"],
                                      ledger.registry.actors[item["speaker"]].party, item["kind"], item.get("cue") or "",
                                      dt.date.fromisoformat(str(said)) if said else None)
                published = ledger.documents[item["document"]].published
                evidence.append(Evidence(statement, item["stance"], published.date(),
                                         " ".join(str(item.get("note") or "").split())))
            claims[raw["id"]] = Claim(raw["id"], " ".join(raw["text"].split()), raw["group"],
                                      tuple(raw.get("depends_on") or ()), " ".join(str(raw.get("note") or "").split()),
                                      " ".join(str(raw.get("would_change") or "").split()), tuple(evidence),
                                      bool(raw.get("draft", False)))
    return {cid: claims[cid] for cid in ledger.claims}  # in the present order, so the exports line up


def _verdicts_as_before() -> list[Verdict]:
    lines = (LEGACY / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()
    return [Verdict(**json.loads(line)) for line in lines if line.strip()]


def test_the_seed_converts_without_changing_a_status_grade_or_quote(tmp_path):
    root = _legacy_project(tmp_path / "p")
    lines = migrate(root)
    assert "wrote ledger/documents/dw-2026-01-30-kremlin-trump-kyiv.yaml" in lines
    after = load_ledger(root)
    before = dataclasses.replace(after, claims=_claims_as_before(after), verdicts=_verdicts_as_before())
    before._assessed.clear()
    for fmt in ("json", "csv", "claimreview"):
        assert export(after, fmt) == export(before, fmt), fmt
    assert [(a.status, a.credibility) for a in after.assessments().values()] == \
           [(a.status, a.credibility) for a in before.assessments().values()]
    assert len(after.statements) == 38 and sum(len(c.evidence) for c in after.claims.values()) == 47
    assert sorted((root / "ledger" / "before-migration").iterdir()) and not (root / "ledger" / "claims.yaml").exists()
    for path in LEGACY.iterdir():  # moved, not changed
        assert (root / "ledger" / "before-migration" / path.name).read_bytes() == path.read_bytes()


def test_the_converted_files_carry_everything_the_old_ones_did(tmp_path):
    root = _legacy_project(tmp_path / "p")
    from crosscheck.migrate import _read_legacy
    from crosscheck.store import Transaction

    legacy = _read_legacy(Transaction(root))
    migrate(root)
    assert ledger_view(load_ledger(root)) == legacy_view(legacy)


def test_nothing_to_migrate_and_both_layouts(tmp_path):
    root = _legacy_project(tmp_path / "p")
    assert cli("migrate", root=root).returncode == 0
    again = cli("migrate", root=root)
    assert again.returncode == 0 and again.stdout.startswith("nothing to migrate")
    shutil.copyfile(LEGACY / "claims.yaml", root / "ledger" / "claims.yaml")
    before = tree_digest(root)
    result = cli("migrate", root=root)
    assert result.returncode == 2 and "holds both layouts" in result.stderr
    assert tree_digest(root) == before


def test_a_broken_old_ledger_is_not_converted(tmp_path):
    root = _legacy_project(tmp_path / "p")
    claims = root / "ledger" / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("speaker: peskov", "speaker: nobody", 1),
                      encoding="utf-8")
    before = tree_digest(root)
    with pytest.raises((ProblemList, CrosscheckError), match="unknown speaker 'nobody'"):
        migrate(root)
    assert tree_digest(root) == before


@pytest.mark.parametrize("name, change, says", [
    ("verdicts.jsonl", lambda t: t + "{not json\n", ":2: line is not a verdict"),
    ("verdicts.jsonl", lambda t: t + '{"claim": ' + "[" * 100_000 + "]" * 100_000 + "}\n", ":2: line is not a verdict"),
    ("verdicts.jsonl", lambda t: t + "<<<<<<< HEAD\n=======\n>>>>>>> theirs\n", ":2: merge-conflict marker"),
    ("claims.yaml", lambda t: t + "  - just a string\n", "entry 19 of 'claims' must be a mapping"),
    ("claims.yaml", lambda t: "claims: {a: 1}\n", "'claims' must be a list"),
    ("claims.yaml", lambda t: t.replace("start: 165", "start: '165'", 1), "start and end must be whole numbers"),
    ("claims.yaml", lambda t: t.replace("document: dw-2026-01-30-kremlin-trump-kyiv", "document: nowhere", 1),
     "evidence names document 'nowhere', which documents.yaml does not record"),
    ("claims.yaml", lambda t: t.replace("group: request", "group: ../../x", 1), "claim group '../../x' must be a lower-case id"),
    ("documents.yaml", lambda t: "documents: [a, b]\n", "'documents' must map ids to entries"),
    ("documents.yaml", lambda t: t.replace("documents:\n", "documents:\n  ../evil:\n    path: seeds/x.txt\n", 1),
     "document id '../evil' must be a lower-case id"),
    ("background.yaml", lambda t: "background: {a: 1}\n", "'background' must be a list"),
    ("documents.yaml", lambda t: "", "is empty (expected `documents:`)"),  # one line, not one per piece of evidence
    ("claims.yaml", lambda t: "# emptied by a bad merge\n", "is empty (expected `claims:`)"),
    ("claims.yaml", lambda t: t.replace("document: dw-2026-01-30-kremlin-trump-kyiv", "document: nowhere"),
     "evidence names document 'nowhere', which documents.yaml does not record (and "),
])
def test_old_files_a_conversion_would_trip_on_are_named_in_the_old_file(tmp_path, name, change, says):
    root = _legacy_project(tmp_path / "p")
    path = root / "ledger" / name
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    before = tree_digest(root)
    result = cli("migrate", root=root)
    lines = result.stderr.splitlines()
    assert result.returncode == 2 and len(lines) == 1 and lines[0].startswith(f"crosscheck: {path}:"), result.stderr
    assert says in lines[0]
    assert tree_digest(root) == before


def test_a_file_the_analyst_kept_in_the_folder_of_old_files_is_not_overwritten(tmp_path):
    root = _legacy_project(tmp_path / "p")
    kept = root / "ledger" / "before-migration" / "claims.yaml"
    kept.parent.mkdir()
    kept.write_text("# the analyst's own copy\n", encoding="utf-8")
    before = tree_digest(root)
    result = cli("migrate", root=root)
    assert result.returncode == 2 and "before-migration: already holds claims.yaml" in result.stderr
    assert tree_digest(root) == before


def test_empty_folders_of_the_present_layout_left_by_a_crash_do_not_block_migrating(tmp_path):
    root = _legacy_project(tmp_path / "p")
    (root / "ledger" / "documents").mkdir()
    (root / "ledger" / "claims").mkdir()
    result = cli("migrate", root=root)
    assert result.returncode == 0, result.stderr
    assert cli("verify", root=root).returncode == 0
