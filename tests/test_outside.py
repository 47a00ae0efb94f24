"""Outside evidence (ledger/sources.yaml), as-of statuses and the status history."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.errors import ProblemList
from crosscheck.export import ledger_to_dict
from crosscheck.ledger import load_ledger
from crosscheck.outside import shared_runs
from crosscheck.present import outside_evidence_table, status_by_day, status_by_day_chart, status_changes

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/evidence/followup-2026-01-29_2026-02-05.md")
D = dt.date

ARTICLE = """Mayor says bridge reopens

World Monday 02/March/2026 10:00 AM
By: wire
Mayor says bridge reopens

The mayor said the bridge would reopen on Friday.
"""

ACTORS = """parties:
  city: {name: City hall, kind: government}
  union: {name: Workers' union, kind: organisation}
  wire: {name: Wire, kind: outlet}
  paper: {name: Paper, kind: outlet}
actors:
  mayor: {name: The Mayor, party: city, reliability: C}
  union: {name: The union, party: union, reliability: C}
  wire: {name: Wire, party: wire, reliability: B}
  paper: {name: Paper, party: paper, reliability: B}
"""


def _source(sid, party, published, stances, outlet="wire", address="https://example.org/a", grade="B"):
    lines = [f"  - id: {sid}", f"    outlet: {outlet}", f"    address: {address}", f"    published: {published}",
             "    retrieved: 2026-11-27", f"    party: {party}", "    fact: Something the analyst wrote.",
             "    stances:"] + [f"      {c}: {s}" for c, s in stances.items()] + [
             f"    reliability: {grade}", "    reliability_reason: a wire"]
    return "\n".join(lines) + "\n"


def make_project(tmp_path: Path, sources: str | None = None, followup: str | None = None) -> Path:
    (tmp_path / "ledger").mkdir()
    (tmp_path / "docs").mkdir()
    article = tmp_path / "docs" / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    sha = hashlib.sha256(article.read_bytes()).hexdigest()
    start = ARTICLE.index("the bridge would reopen on Friday")
    quote = "the bridge would reopen on Friday"
    (tmp_path / "ledger" / "documents.yaml").write_text(f"documents:\n  bridge:\n    path: docs/bridge.txt\n    sha256: {sha}\n")
    (tmp_path / "ledger" / "actors.yaml").write_text(ACTORS)
    (tmp_path / "ledger" / "claims.yaml").write_text(
        "claims:\n"
        "  - id: bridge-reopens\n    text: The bridge reopens on Friday.\n    evidence:\n"
        f"      - {{document: bridge, start: {start}, end: {start + len(quote)}, quote: {quote}, speaker: mayor, "
        "kind: paraphrase, stance: asserts}\n")
    if followup is not None:
        (tmp_path / "ledger" / "claims-followup.yaml").write_text(followup)
    if sources is not None:
        (tmp_path / "ledger" / "sources.yaml").write_text("sources:\n" + sources)
    return tmp_path


def test_outside_evidence_counts_from_its_publication_date(tmp_path):
    root = make_project(tmp_path, _source("union-says-yes", "union", "2026-03-04", {"bridge-reopens": "confirms"}))
    ledger = load_ledger(root)
    assert list(ledger.sources) == ["union-says-yes"]
    assert ledger.assessments(D(2026, 3, 1))["bridge-reopens"].status == "unverifiable"
    assert ledger.assessments(D(2026, 3, 2))["bridge-reopens"].status == "unconfirmed"
    assert ledger.assessments(D(2026, 3, 3))["bridge-reopens"].status == "unconfirmed"
    assert ledger.assessments(D(2026, 3, 4))["bridge-reopens"].status == "confirmed"
    assert ledger.assessments()["bridge-reopens"].status == "confirmed"


def test_conflicting_reports_of_one_party_stay_side_by_side(tmp_path):
    sources = (_source("wire-yes", "union", "2026-03-03", {"bridge-reopens": "confirms"})
               + _source("paper-no-answer", "union", "2026-03-03", {"bridge-reopens": "declines"}, outlet="paper"))
    ledger = load_ledger(make_project(tmp_path, sources))
    a = ledger.assessments(D(2026, 3, 3))["bridge-reopens"]
    assert a.conflicting == ("union",)
    assert a.status == "confirmed" and a.credibility == 2
    assert "Workers' union's answer disagree" in a.explanation
    table = outside_evidence_table(ledger, "bridge-reopens")
    assert list(table["stance"]) == ["confirms", "declines"]
    claim = ledger_to_dict(ledger)["claims"][0]
    assert [e["source"] for e in claim["outside_evidence"]] == ["wire-yes", "paper-no-answer"]
    assert claim["conflicting"] == ["union"]


def test_status_history_names_the_evidence_behind_each_change(tmp_path):
    sources = (_source("union-yes", "union", "2026-03-04", {"bridge-reopens": "confirms"})
               + _source("paper-no", "paper", "2026-03-06", {"bridge-reopens": "denies"}, outlet="paper"))
    ledger = load_ledger(make_project(tmp_path, sources))
    history = ledger.status_history(D(2026, 3, 1), D(2026, 3, 7))["bridge-reopens"]
    assert [h.status for h in history] == ["unverifiable", "unconfirmed", "unconfirmed", "confirmed", "confirmed",
                                           "contested", "contested"]
    changes = [(h.date.isoformat(), h.caused_by) for h in history if h.changed]
    assert changes == [("2026-03-01", ()), ("2026-03-02", ("bridge",)), ("2026-03-04", ("union-yes",)),
                       ("2026-03-06", ("paper-no",))]
    frame = status_by_day(ledger, D(2026, 3, 1), D(2026, 3, 7))
    assert frame.loc["bridge-reopens", "2026-03-06"] == "contested"
    assert str(status_by_day_chart(frame)) == str(status_by_day_chart(frame))
    assert list(status_changes(ledger, D(2026, 3, 1), D(2026, 3, 7))["to"]) == [
        "unverifiable (6)", "unconfirmed (3)", "confirmed (1)", "contested (4)"]
    exported = ledger_to_dict(ledger)["claims"][0]["status_history"]
    assert exported[0]["date"] == "2026-03-02"  # the span of the evidence dates
    assert exported[-1] == {"date": "2026-03-06", "status": "contested", "credibility": 4, "changed": True,
                            "caused_by": ["paper-no"]}


def test_followup_claims_load_after_claims_and_may_depend_on_them(tmp_path):
    followup = ("claims:\n  - id: bridge-reopened\n    text: The bridge did reopen.\n"
                "    depends_on: [bridge-reopens]\n")
    sources = _source("paper-open", "paper", "2026-03-07", {"bridge-reopened": "asserts"}, outlet="paper")
    ledger = load_ledger(make_project(tmp_path, sources, followup))
    assert list(ledger.claims) == ["bridge-reopens", "bridge-reopened"]
    assert ledger.assessments(D(2026, 3, 6))["bridge-reopened"].status == "unverifiable"
    assert ledger.assessments(D(2026, 3, 7))["bridge-reopened"].status == "unconfirmed"


def test_followup_claim_may_not_reuse_an_id(tmp_path):
    followup = "claims:\n  - id: bridge-reopens\n    text: again\n"
    with pytest.raises(ProblemList) as error:
        load_ledger(make_project(tmp_path, None, followup))
    assert "claims-followup.yaml:2: duplicate claim id 'bridge-reopens'" in "\n".join(error.value.lines())


@pytest.mark.parametrize("change, expected", [
    (("bridge-reopens: confirms", "no-such-claim: confirms"), "{path}:10: source 'x': unknown claim id 'no-such-claim'"),
    (("party: union", "party: nobody"), "{path}:7: source 'x': unknown party 'nobody'"),
    (("bridge-reopens: confirms", "bridge-reopens: applauds"), "{path}:10: source 'x': unknown stance 'applauds'"),
    (("published: 2026-03-04", "published: 4 March"), "{path}:5: source 'x': bad date published: '4 March'"),
    (("    address: https://example.org/a\n", ""), "{path}:2: source 'x': missing address"),
    (("reliability: B", "reliability: G"), "{path}:11: source 'x': reliability 'G' is not an Admiralty grade A-F"),
    (("outlet: wire", "outlet: nowhere"), "{path}:3: source 'x': unknown outlet 'nowhere'"),
])
def test_validation_errors_name_file_and_line(tmp_path, change, expected):
    text = _source("x", "union", "2026-03-04", {"bridge-reopens": "confirms"}).replace(*change)
    root = make_project(tmp_path, text)
    with pytest.raises(ProblemList) as error:
        load_ledger(root)
    lines = error.value.lines()
    path = str(root / "ledger" / "sources.yaml")
    assert any(line.startswith(expected.format(path=path)) for line in lines), lines
    assert all("\n" not in line for line in lines)


def test_cli_reports_validation_errors_on_one_line_each(tmp_path):
    root = make_project(tmp_path, _source("x", "nobody", "2026-13-40", {"bridge-reopens": "confirms"}))
    result = subprocess.run([sys.executable, "-m", "crosscheck.cli", "--root", str(root), "verify"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "sources.yaml:5: '2026-13-40' is not a real date (month must be in 1..12)" in result.stderr
    assert len(result.stderr.splitlines()) == 2  # the problem, then the count and a hint
    fixed = root / "ledger" / "sources.yaml"
    fixed.write_text(fixed.read_text().replace("2026-13-40", "2026-03-04"))
    result = subprocess.run([sys.executable, "-m", "crosscheck.cli", "--root", str(root), "verify"],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "sources.yaml:7: source 'x': unknown party 'nobody'" in result.stderr
    assert "Traceback" not in result.stderr


# --- the seed ledger ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return load_ledger(ROOT)


def _status(as_of: str) -> dict[str, tuple[str, str]]:
    result = subprocess.run([sys.executable, "-m", "crosscheck.cli", "--root", str(ROOT), "status", "--as-of", as_of],
                            capture_output=True, text=True, check=True)
    rows = {}
    for line in result.stdout.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 3 and parts[2].isdigit():
            rows[parts[0]] = (parts[1], parts[2])
    return rows


def test_seed_status_as_of_30_january_and_5_february_differ(seed):
    early, late = _status("2026-01-30"), _status("2026-02-05")
    expected_early = {
        "putin-agreed-to-pause": ("confirmed", "2"),       # reports of Peskov's answer disagree
        "strikes-paused": ("unconfirmed", "3"),
        "strikes-resumed": ("unverifiable", "6"),
        "pause-week-readings": ("unconfirmed", "2"),
        "talks-took-place": ("unverifiable", "6"),
        "talks-held-february-4-5": ("unverifiable", "6"),
        "donetsk-two-thirds-russian-held": ("unconfirmed", "3"),
        "forecast-minus-30-celsius": ("unconfirmed", "3"),
    }
    expected_late = {
        "putin-agreed-to-pause": ("confirmed", "2"),
        "strikes-paused": ("unconfirmed", "2"),
        "strikes-resumed": ("confirmed", "1"),
        "pause-week-readings": ("contested", "4"),
        "talks-took-place": ("contested", "4"),
        "talks-held-february-4-5": ("confirmed", "1"),
        "donetsk-two-thirds-russian-held": ("confirmed", "1"),
        "forecast-minus-30-celsius": ("unconfirmed", "3"),
    }
    assert {c: early[c] for c in expected_early} == expected_early
    assert {c: late[c] for c in expected_late} == expected_late
    assert seed.assessments(D(2026, 1, 30))["putin-agreed-to-pause"].conflicting == ("kremlin",)


def test_seed_history_spans_the_evidence_dates(seed):
    exported = ledger_to_dict(seed)
    assert exported["history_span"] == ["2026-01-29", "2026-02-05"]
    talks = next(c for c in exported["claims"] if c["id"] == "talks-took-place")
    changes = [(h["date"], h["status"], h["caused_by"]) for h in talks["status_history"] if h["changed"]]
    assert changes == [("2026-01-29", "unverifiable", []), ("2026-01-31", "unconfirmed", ["tass-2026-01-31"]),
                       ("2026-02-01", "contested", ["report-az-2026-02-01-telegram"])]


def test_every_outside_fact_has_an_address_and_dates(seed):
    assert len(seed.sources) >= 15
    for source in seed.sources.values():
        assert re.match(r"https?://", source.address), source.id
        assert isinstance(source.published, dt.date) and isinstance(source.retrieved, dt.date)
        assert source.published <= source.retrieved
        assert source.reliability in "ABCDEF" and source.reliability_reason
        assert source.stances


@pytest.mark.skipif(not SHARED.exists(), reason="the shared evidence file is not here")
def test_facts_are_in_the_analysts_own_words(seed):
    shared = SHARED.read_text(encoding="utf-8")
    for source in seed.sources.values():
        assert shared_runs(source.fact, shared, 12) == [], source.id
        assert len(source.fact.split()) <= 60, source.id


def test_shared_runs_finds_a_pasted_run():
    text = "one two three four five six seven eight nine ten eleven twelve"
    assert shared_runs("x " + text + " y", "a " + text + " b", 12) == [text]
    assert shared_runs("one two three", text, 12) == []
