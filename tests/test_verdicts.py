import json
import multiprocessing as mp

import pytest

from crosscheck.conflicts import fork_problems
from crosscheck.errors import CrosscheckError, ProblemList
from crosscheck.verdicts import Verdict, forks, heads, latest, load_verdicts, parse_verdicts, record_verdict

T = "2026-02-01T10:00:00+00:00"


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "ledger"
    path.mkdir()
    return path


def _lines(folder, analyst="ana"):
    return (folder / "verdicts" / f"{analyst}.jsonl").read_text(encoding="utf-8").splitlines()


def test_record_is_idempotent_and_append_only(folder):
    assert record_verdict(folder, "c1", "confirmed", "ana", "two parties", time=T, claim_ids={"c1"})
    assert not record_verdict(folder, "c1", "confirmed", "ana", "two  parties", time="2026-02-02T00:00:00",
                              claim_ids={"c1"})
    assert record_verdict(folder, "c1", "contested", "ana", "a denial arrived", time=T, claim_ids={"c1"})
    lines = _lines(folder)
    assert [json.loads(line)["status"] for line in lines] == ["confirmed", "contested"]
    first = load_verdicts(folder, {"c1"})[0]
    assert json.loads(lines[0]) == {"claim": "c1", "status": "confirmed", "analyst": "ana", "time": T,
                                    "reason": "two parties", "previous": []}
    assert json.loads(lines[1])["previous"] == [first.id]


def test_each_analyst_has_a_history_of_their_own(folder):
    record_verdict(folder, "c1", "confirmed", "Ana Lima", "r", time=T, claim_ids={"c1"})
    record_verdict(folder, "c1", "unconfirmed", "Ben", "r2", time="2026-02-01T11:00:00+00:00", claim_ids={"c1"})
    assert sorted(p.name for p in (folder / "verdicts").iterdir()) == ["ana-lima.jsonl", "ben.jsonl"]
    verdicts = load_verdicts(folder, {"c1"})
    assert [v.analyst for v in verdicts] == ["Ana Lima", "Ben"]
    assert latest(verdicts, "c1").status == "unconfirmed"
    assert forks(verdicts) == {}  # Ben saw Ana's verdict: one history


def test_unknown_claim_or_status_writes_nothing(folder):
    with pytest.raises(ProblemList, match="unknown claim id 'zz'"):
        record_verdict(folder, "zz", "confirmed", "ana", "why", claim_ids={"c1"})
    with pytest.raises(ProblemList, match="unknown status 'true'"):
        record_verdict(folder, "c1", "true", "ana", "why", claim_ids={"c1"})
    assert not (folder / "verdicts").exists()


def test_damaged_history_is_reported_by_line(folder):
    path = folder / "verdicts" / "a.jsonl"
    path.parent.mkdir()
    good = json.dumps({"claim": "c1", "status": "confirmed", "analyst": "a", "time": T, "reason": "r", "previous": []})
    path.write_text(good + "\n" + good[:25], encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_verdicts(folder, {"c1"})
    assert raised.value.lines() == [  # one problem, one line
        f"{path}:2: last line is not terminated and not a whole verdict (a truncated write?); remove the partial line "
        "or restore the file from git"]
    before = path.read_bytes()
    with pytest.raises(CrosscheckError):
        record_verdict(folder, "c1", "contested", "a", "r2", claim_ids={"c1"})
    assert path.read_bytes() == before


@pytest.mark.parametrize("line, problem", [
    ('{"claim": "c1", "status": "confirmed", "analyst": "a", "time": "%s", "reason": "r"}' % T, "exactly the fields"),
    ('{"claim": "c1", "status": "confirmed", "analyst": "a", "time": "%s", "reason": "r", "previous": "x"}' % T,
     "previous must be a list"),
    ('{"claim": "c1", "status": "confirmed", "analyst": "a", "time": NaN, "reason": "r", "previous": []}',
     "NaN is not a JSON value"),
    ('{"claim": "c1", "status": "confirmed", "analyst": "a", "time": "yesterday", "reason": "r", "previous": []}',
     "time 'yesterday' is not an ISO date-time"),
])
def test_bad_lines_are_named(tmp_path, line, problem):
    with pytest.raises(ProblemList, match=problem):
        parse_verdicts(line + "\n", tmp_path / "v.jsonl", {"c1"})


def test_conflict_markers_are_refused_naming_what_each_side_adds(tmp_path):
    def line(status, analyst):
        return Verdict("c1", status, analyst, T, "r").to_json()

    text = f"<<<<<<< HEAD\n{line('confirmed', 'ana')}\n=======\n{line('contested', 'ben')}\n>>>>>>> ben\n"
    with pytest.raises(CrosscheckError, match=r"v.jsonl:1: merge conflict in an append-only history: only HEAD has 1 "
                                              r"line\(s\) \('confirmed' on c1 by ana\); only ben has 1 line\(s\) "
                                              r"\('contested' on c1 by ben\); keep both sides' lines"):
        parse_verdicts(text, tmp_path / "v.jsonl")


def _writer(folder, worker, count):
    for n in range(count):
        record_verdict(folder, "c1", "confirmed", f"analyst-{worker}", f"reason {n}", claim_ids={"c1"})


def test_two_processes_recording_at_once_lose_nothing(folder):
    ctx = mp.get_context("spawn")
    workers = [ctx.Process(target=_writer, args=(folder, w, 40)) for w in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(120)
        assert w.exitcode == 0
    verdicts = load_verdicts(folder, {"c1"})
    assert len(verdicts) == 80
    assert len({v.key for v in verdicts}) == 80
    assert len(heads(verdicts, "c1")) == 1  # under the lock every writer saw the one before


def test_a_verdict_that_returns_to_an_earlier_one_is_recorded(folder):
    steps = [("confirmed", "first look"), ("unconfirmed", "the second source is a copy"), ("confirmed", "first look")]
    assert [record_verdict(folder, "c1", s, "ana", r, claim_ids={"c1"}) for s, r in steps] == [True, True, True]
    assert [v.status for v in load_verdicts(folder, {"c1"})] == ["confirmed", "unconfirmed", "confirmed"]
    assert latest(load_verdicts(folder, {"c1"}), "c1").status == "confirmed"
    assert not record_verdict(folder, "c1", "confirmed", "ana", "first look", claim_ids={"c1"})  # repeats the latest


def test_the_latest_verdict_is_per_claim(folder):
    assert record_verdict(folder, "c1", "confirmed", "ana", "r", claim_ids={"c1", "c2"})
    assert record_verdict(folder, "c2", "confirmed", "ana", "r", claim_ids={"c1", "c2"})
    assert not record_verdict(folder, "c1", "confirmed", "ana", "r", claim_ids={"c1", "c2"})
    assert record_verdict(folder, "c1", "confirmed", "ben", "r", claim_ids={"c1", "c2"})  # another analyst's word


def test_histories_recorded_apart_fork_and_the_next_verdict_settles_it(folder, tmp_path):
    record_verdict(folder, "c1", "unconfirmed", "ana", "one source", time=T, claim_ids={"c1"})
    base = (folder / "verdicts" / "ana.jsonl").read_text(encoding="utf-8")
    other = tmp_path / "branch" / "ledger"  # another clone: the same history to start with
    (other / "verdicts").mkdir(parents=True)
    (other / "verdicts" / "ana.jsonl").write_text(base, encoding="utf-8")
    record_verdict(folder, "c1", "confirmed", "ana", "a second source", time="2026-02-02T09:00:00+00:00", claim_ids={"c1"})
    record_verdict(other, "c1", "contested", "ben", "a denial", time="2026-02-02T10:00:00+00:00", claim_ids={"c1"})
    (folder / "verdicts" / "ben.jsonl").write_text((other / "verdicts" / "ben.jsonl").read_text(), encoding="utf-8")
    verdicts = load_verdicts(folder, {"c1"})  # as after `git merge`
    assert [v.status for v in forks(verdicts)["c1"]] == ["confirmed", "contested"]
    (line,) = [str(p) for p in fork_problems(verdicts)]
    assert "claim 'c1': verdict histories recorded apart now interleave: 'confirmed' by ana at 2026-02-02T09:00:00+00:00 " \
           "(ana.jsonl:2) and 'contested' by ben at 2026-02-02T10:00:00+00:00 (ben.jsonl:1)" in line
    assert record_verdict(folder, "c1", "contested", "ben", "a denial", claim_ids={"c1"})  # settles even a repeat
    verdicts = load_verdicts(folder, {"c1"})
    assert forks(verdicts) == {} and latest(verdicts, "c1").status == "contested"


def test_a_last_line_an_editor_left_without_its_newline_is_kept_and_appended_after(folder):
    path = folder / "verdicts" / "ana.jsonl"
    path.parent.mkdir()
    good = json.dumps({"claim": "c1", "status": "confirmed", "analyst": "ana", "time": T, "reason": "r", "previous": []})
    path.write_text(good, encoding="utf-8")
    assert [v.status for v in load_verdicts(folder, {"c1"})] == ["confirmed"]
    assert record_verdict(folder, "c1", "contested", "ana", "a denial", claim_ids={"c1"})
    assert [v.status for v in load_verdicts(folder, {"c1"})] == ["confirmed", "contested"]
    assert path.read_text(encoding="utf-8").startswith(good + "\n{")


@pytest.mark.parametrize("line, says", [
    ('{"claim": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
    ('{"claim": ' + "1" * 5000 + "}", "malformed JSON line"),
    (json.dumps({"claim": "c1", "status": "confirmed", "analyst": "\x1b[2Jeve", "time": T, "reason": "r",
                 "previous": []}), "the analyst's name '\\\\u001b\\[2Jeve' contains U\\+001B"),
    (json.dumps({"claim": "c1", "status": "confirmed", "analyst": "a", "time": T, "reason": "bad \ud800 half",
                 "previous": []}), "the reason contains U\\+D800, half of a UTF-16 surrogate pair"),
    (json.dumps({"claim": "c1", "status": "confirmed", "analyst": "a", "time": T, "reason": "\u202eesrever",
                 "previous": []}), "the reason contains U\\+202E"),
])
def test_a_hostile_history_line_is_one_line_on_load(folder, line, says):
    """What recording refuses, loading refuses too: a colleague's hand-made line cannot smuggle it in."""
    path = folder / "verdicts" / "a.jsonl"
    path.parent.mkdir()
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ProblemList, match=says) as raised:
        load_verdicts(folder, {"c1"})
    assert len(raised.value.lines()) == 1 and raised.value.lines()[0].startswith(f"{path}:1: ")
