"""Nothing lost, nothing silently changed: concurrency, crashes, damaged files, re-anchoring."""
import json
import random
import re
import signal
import subprocess
import sys
import time

import pytest

from crosscheck.errors import ProblemList
from crosscheck.ledger import load_ledger
from crosscheck.reanchor import reanchor
from crosscheck.verdicts import load_verdicts
from factories import ARTICLE, cli, make_project, run_cli, statement_id, tree_digest

WRITER = r"""
import sys
from crosscheck.verdicts import record_verdict
from crosscheck.yamlio import atomic_write_text
folder, claims, worker, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
print("ready", flush=True)
for n in range(count):
    record_verdict(folder, "traffic-doubled", "confirmed", f"analyst-{worker}", f"reason {n}", claim_ids={"traffic-doubled"})
    if claims != "-":
        text = open(claims, encoding="utf-8").read()
        head, _, _ = text.partition("# revision")
        atomic_write_text(claims, head + f"# revision {worker}-{n}\n")
"""


def _start_writer(root, worker, count, rewrite_claims=False):
    claims = str(root / "ledger" / "claims" / "repairs.yaml") if rewrite_claims else "-"
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(root / "ledger"), claims,
                                str(worker), str(count)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "ready"
    return process


def test_four_processes_record_a_thousand_verdicts(tmp_path):
    root = make_project(tmp_path)
    writers = [_start_writer(root, worker, 250) for worker in range(4)]
    for writer in writers:
        assert writer.wait(timeout=600) == 0
    verdicts = load_verdicts(root / "ledger", {"traffic-doubled"})
    assert len(verdicts) == 1000
    assert len({v.key for v in verdicts}) == 1000
    for worker in range(4):
        lines = (root / "ledger" / "verdicts" / f"analyst-{worker}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == 250 and all(json.loads(line)["claim"] == "traffic-doubled" for line in lines)


def test_sigkill_never_leaves_a_torn_ledger(tmp_path):
    root = make_project(tmp_path)
    claims_path = root / "ledger" / "claims" / "repairs.yaml"
    claims_path.write_text(claims_path.read_text(encoding="utf-8") + "# revision start\n", encoding="utf-8")
    rng = random.Random(20260130)
    seen = 0
    writes = 0
    for round_number in range(25):
        writer = _start_writer(root, round_number, 1000, rewrite_claims=True)
        time.sleep(rng.uniform(0.0, 0.25))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        verdicts = load_verdicts(root / "ledger", {"traffic-doubled"})
        assert len(verdicts) >= seen
        writes += len(verdicts) - seen
        seen = len(verdicts)
        text = claims_path.read_text(encoding="utf-8")
        assert text.rstrip().rsplit("\n", 1)[-1].startswith("# revision ")
        load_ledger(root)  # claims, documents and verdicts all parse and validate
    assert writes >= 100, f"only {writes} writes happened before the kills; the test did not exercise crashes"
    result = run_cli("verify", root=root)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "name, damage, expected",
    [
        ("verdicts/a.jsonl", lambda t: t + '{"claim": "traffic-doubled", "sta', ":2: last line is not terminated"),
        ("claims/repairs.yaml", lambda t: "<<<<<<< HEAD\n" + t + "=======\n>>>>>>> theirs\n",
         ":1: merge conflict: HEAD holds the file's entries and theirs holds none"),
        ("claims/repairs.yaml", lambda t: t.replace("    text:", "   text: [", 1), "malformed YAML"),
        ("actors.yaml", lambda t: t.replace("parties:", "parties: {", 1), "malformed YAML"),
    ],
)
def test_damaged_ledger_is_named_and_never_rewritten(tmp_path, name, damage, expected):
    root = make_project(tmp_path)
    assert cli("verdict", "traffic-doubled", "confirmed", "--analyst", "a", "--reason", "r", root=root).returncode == 0
    path = root / "ledger" / name
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    before = tree_digest(root)
    for command in (["verify"], ["status"], ["verdict", "traffic-doubled", "contested", "--analyst", "b", "--reason", "x"],
                    ["export", "--format", "json", "--out", str(root / "out.json")]):
        result = cli(*command, root=root)
        assert result.returncode in (1, 2), command
        assert "Traceback" not in result.stderr
        assert str(path) in result.stderr and expected in result.stderr, result.stderr
        assert tree_digest(root) == before
    verify = cli("verify", root=root)
    assert re.match(r"crosscheck: [12] problem\(s\); ", verify.stderr.splitlines()[-1])
    assert ("restore the file with `git checkout -- FILE`" in verify.stderr or "fix the named line" in verify.stderr
            or "settle each named disagreement" in verify.stderr)


def _edit_seed(root, old, new):
    path = root / "seeds" / "article.txt"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_one_character_edit_fails_verify_naming_quotes(tmp_path):
    root = make_project(tmp_path)
    _edit_seed(root, "The transport ministry", "The  transport ministry")
    result = cli("verify", root=root)
    assert result.returncode == 1
    assert "source changed after it was recorded" in result.stderr
    assert "quote 'repairs to the river bridge would finish by March 20' no longer matches" in result.stderr
    assert "crosscheck verify --reanchor" in result.stderr


def test_reanchor_moves_quotes_and_records_it(tmp_path):
    root = make_project(tmp_path)
    _edit_seed(root, "The transport ministry", "The  transport ministry")
    result = cli("verify", "--reanchor", root=root)
    assert result.returncode == 0, result.stderr
    assert f"moved statement {statement_id(root, 'repairs to the river')!r}: article" in result.stdout
    assert result.stdout.rstrip().endswith("4 piece(s) of evidence, 0 verdict(s)")
    ledger = load_ledger(root)
    item = ledger.claims["repairs-finish"].evidence[0].statement
    text = (root / "seeds" / "article.txt").read_text(encoding="utf-8")
    assert text[item.start:item.end] == item.quote
    assert item.start == ARTICLE.index(item.quote) + 1
    records = [json.loads(line) for line in (root / "ledger" / "provenance.jsonl").read_text().splitlines()]
    assert {r["action"] for r in records} == {"reanchor", "accept-document"}
    assert [r["owner"] for r in records if r["action"] == "reanchor"] == [
        f"statement {statement_id(root, words)!r}" for words in ("repairs to", "The work", "denied", "Traffic")]
    assert reanchor(root) == ["nothing to re-anchor: every quote matches and every document is as recorded"]


def test_reanchor_refuses_when_words_are_gone(tmp_path):
    root = make_project(tmp_path)
    _edit_seed(root, "denied that any date", "denied that a date")
    before = tree_digest(root)
    result = cli("verify", "--reanchor", root=root)
    assert result.returncode == 2
    assert f"cannot re-anchor statement {statement_id(root, 'denied that')!r}" in result.stderr
    assert "nothing was changed" in result.stderr
    assert tree_digest(root) == before
    with pytest.raises(ProblemList):
        reanchor(root)
