import json
import multiprocessing as mp

import pytest

from crosscheck.errors import CrosscheckError, ProblemList
from crosscheck.verdicts import load_verdicts, parse_verdicts, record_verdict

T = "2026-02-01T10:00:00+00:00"


def test_record_is_idempotent_and_append_only(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    assert record_verdict(path, "c1", "confirmed", "ana", "two parties", time=T, claim_ids={"c1"})
    assert not record_verdict(path, "c1", "confirmed", "ana", "two  parties", time="2026-02-02T00:00:00", claim_ids={"c1"})
    assert record_verdict(path, "c1", "contested", "ana", "a denial arrived", time=T, claim_ids={"c1"})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["status"] for line in lines] == ["confirmed", "contested"]
    assert json.loads(lines[0]) == {"claim": "c1", "status": "confirmed", "analyst": "ana", "time": T, "reason": "two parties"}


def test_unknown_claim_or_status_writes_nothing(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    with pytest.raises(ProblemList, match="unknown claim id 'zz'"):
        record_verdict(path, "zz", "confirmed", "ana", "why", claim_ids={"c1"})
    with pytest.raises(ProblemList, match="unknown status 'true'"):
        record_verdict(path, "c1", "true", "ana", "why", claim_ids={"c1"})
    assert not path.exists()


def test_damaged_history_is_reported_by_line(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    good = json.dumps({"claim": "c1", "status": "confirmed", "analyst": "a", "time": T, "reason": "r"})
    path.write_text(good + "\n" + good[:25], encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_verdicts(path, {"c1"})
    assert raised.value.lines() == [
        f"{path}:2: last line is not terminated (a truncated write?); remove the partial line or restore the file from git",
        f"{path}:2: malformed JSON line (Expecting value)",
    ]
    before = path.read_bytes()
    with pytest.raises(CrosscheckError):
        record_verdict(path, "c1", "contested", "a", "r2", claim_ids={"c1"})
    assert path.read_bytes() == before


def test_conflict_marker_is_refused(tmp_path):
    with pytest.raises(CrosscheckError, match=r"v.jsonl:1: merge-conflict marker '<<<<<<<'"):
        parse_verdicts("<<<<<<< HEAD\n", tmp_path / "v.jsonl")


def _writer(path, worker, count):
    for n in range(count):
        record_verdict(path, "c1", "confirmed", f"analyst-{worker}", f"reason {n}", claim_ids={"c1"})


def test_two_processes_recording_at_once_lose_nothing(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    ctx = mp.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(path, w, 40)) for w in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    verdicts = load_verdicts(path, {"c1"})
    assert len(verdicts) == 80
    assert len({v.key for v in verdicts}) == 80


def test_a_verdict_that_returns_to_an_earlier_one_is_recorded(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    steps = [("confirmed", "first look"), ("unconfirmed", "the second source is a copy"), ("confirmed", "first look")]
    assert [record_verdict(path, "c1", s, "ana", r, claim_ids={"c1"}) for s, r in steps] == [True, True, True]
    assert [v.status for v in load_verdicts(path, {"c1"})] == ["confirmed", "unconfirmed", "confirmed"]
    assert not record_verdict(path, "c1", "confirmed", "ana", "first look", claim_ids={"c1"})  # repeats the latest


def test_the_latest_verdict_is_per_claim(tmp_path):
    path = tmp_path / "verdicts.jsonl"
    assert record_verdict(path, "c1", "confirmed", "ana", "r", claim_ids={"c1", "c2"})
    assert record_verdict(path, "c2", "confirmed", "ana", "r", claim_ids={"c1", "c2"})
    assert not record_verdict(path, "c1", "confirmed", "ana", "r", claim_ids={"c1", "c2"})
    assert record_verdict(path, "c1", "confirmed", "ben", "r", claim_ids={"c1", "c2"})  # another analyst's word
