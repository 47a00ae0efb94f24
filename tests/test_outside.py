"""Outside evidence (ledger/sources.yaml), as-of statuses and the status history."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.errors import CrosscheckError, ProblemList
from crosscheck.export import ledger_to_dict
from crosscheck.ledger import load_ledger
from crosscheck.outside import shared_runs
from crosscheck.present import outside_evidence_table, status_by_day, status_by_day_chart, status_changes

ROOT = Path(__file__).resolve().parents[1]
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


def _source(sid, party, published, stances, outlet="wire", address="https://example.org/a", grade="B", **extra):
    lines = [f"  - id: {sid}", f"    outlet: {outlet}", f"    address: {address}", f"    published: {published}",
             "    retrieved: 2026-11-27", f"    party: {party}", "    fact: Something the analyst wrote.",
             "    stances:"] + [f"      {c}: {s}" for c, s in stances.items()] + [
             f"    {key}: {value}" for key, value in extra.items()] + [
             f"    reliability: {grade}", "    reliability_reason: a wire"]
    return "\n".join(lines) + "\n"


def make_project(tmp_path: Path, sources: str | None = None, followup: str | None = None,
                 outlet: str | None = None) -> Path:
    (tmp_path / "ledger").mkdir()
    (tmp_path / "docs").mkdir()
    article = tmp_path / "docs" / "bridge.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    sha = hashlib.sha256(article.read_bytes()).hexdigest()
    if outlet:
        (tmp_path / "docs" / "bridge.meta.yaml").write_text(f"outlet: {outlet}\n")
    start = ARTICLE.index("the bridge would reopen on Friday")
    quote = "the bridge would reopen on Friday"
    (tmp_path / "ledger" / "documents").mkdir()
    (tmp_path / "ledger" / "documents" / "bridge.yaml").write_text(
        f"path: docs/bridge.txt\nsha256: {sha}\nstatements:\n  mayor-reopens:\n    speaker: mayor\n"
        f"    kind: paraphrase\n    quote: {quote}\n    start: {start}\n    end: {start + len(quote)}\n")
    (tmp_path / "ledger" / "actors.yaml").write_text(ACTORS)
    (tmp_path / "ledger" / "claims").mkdir()
    (tmp_path / "ledger" / "claims" / "bridge.yaml").write_text(
        "group: bridge\norder: 10\nclaims:\n"
        "  - id: bridge-reopens\n    text: The bridge reopens on Friday.\n    evidence:\n"
        "      - {statement: mayor-reopens, stance: asserts}\n")
    if followup is not None:  # claims about later events: a group of their own, shown after the article's
        (tmp_path / "ledger" / "claims" / "followup.yaml").write_text("group: followup\norder: 80\n" + followup)
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
    assert a.conflicting == ("union",) and a.stances["union"] == "disputed"
    assert (a.status, a.credibility) == ("unconfirmed", 3)  # two B reports, one each way: not support
    assert a.weighings["union"].summary() == "disputed, 1 B report each way"
    assert "Workers' union's stance is disputed and not counted as support" in a.explanation
    table = outside_evidence_table(ledger, "bridge-reopens")
    assert list(table["stance"]) == ["confirms", "declines"]
    claim = ledger_to_dict(ledger)["claims"][0]
    assert [e["source"] for e in claim["outside_evidence"]] == ["wire-yes", "paper-no-answer"]
    assert claim["conflicting"] == ["union"] and claim["stances"]["union"] == "disputed"


def _union(tmp_path, *extra_sources, **on_yes):
    sources = (_source("wire-yes", "union", "2026-03-03", {"bridge-reopens": "confirms"}, **on_yes)
               + _source("paper-no-answer", "union", "2026-03-03", {"bridge-reopens": "declines"}, outlet="paper")
               + "".join(extra_sources))
    return load_ledger(make_project(tmp_path, sources)).assessments()["bridge-reopens"]


def test_a_quoted_answer_outweighs_a_paraphrase_of_the_same_grade(tmp_path):
    a = _union(tmp_path, quoted="[bridge-reopens]")
    assert a.stances["union"] == "confirms" and a.status == "confirmed"
    assert a.weighings["union"].summary() == "confirms: 1 confirms (B quoted); 1 declines to confirm (B)"


def test_a_relayed_account_yields_to_a_first_hand_one(tmp_path):
    a = _union(tmp_path, relays="paper")
    assert a.stances["union"] == "declines" and a.status == "unconfirmed"
    assert [x.line for x in a.weighings["union"].sides["declines"]] == ["paper"]


def test_a_copy_through_another_carrier_counts_once(tmp_path):
    copy = _source("wire-yes-elsewhere", "union", "2026-03-03", {"bridge-reopens": "confirms"},
                   address="https://example.org/b", carrier="Syndicator")
    a = _union(tmp_path, copy)
    assert a.stances["union"] == "disputed"
    assert a.weighings["union"].sides["confirms"][0].sources == ("wire-yes", "wire-yes-elsewhere")


def test_an_unnamed_relay_adds_nothing_to_a_side_already_taken(tmp_path):
    roundup = _source("roundup", "union", "2026-03-05", {"bridge-reopens": "declines"}, outlet="paper",
                      address="https://example.org/c", relays="unnamed", grade="D")
    assert _union(tmp_path, roundup).stances["union"] == "disputed"


def test_an_outlets_update_supersedes_its_flash_once_public(tmp_path):
    update = _source("paper-update", "union", "2026-03-05", {"bridge-reopens": "confirms"}, outlet="paper",
                     address="https://example.org/d", supersedes="paper-no-answer")
    root = make_project(tmp_path, _source("paper-no-answer", "union", "2026-03-03", {"bridge-reopens": "declines"},
                                          outlet="paper") + update)
    ledger = load_ledger(root)
    assert ledger.assessments(D(2026, 3, 4))["bridge-reopens"].stances["union"] == "declines"
    later = ledger.assessments(D(2026, 3, 5))["bridge-reopens"]
    assert later.stances["union"] == "confirms" and later.status == "confirmed"
    assert later.weighings["union"].superseded == ("paper-no-answer",)
    assert ledger.sources["paper-update"].to_dict()["supersedes"] == "paper-no-answer"


def test_the_article_is_one_account_of_its_outlet_graded_as_that_outlet(tmp_path):
    sources = (_source("wire-copy", "city", "2026-03-03", {"bridge-reopens": "declines"}, carrier="Syndicator")
               + _source("paper-no", "city", "2026-03-03", {"bridge-reopens": "declines"}, outlet="paper", grade="C"))
    ledger = load_ledger(make_project(tmp_path, sources, outlet="Wire"))
    (report,) = ledger.reports_for("bridge-reopens", outside=False)
    assert (report.line, report.grade, report.kind, report.source) == ("wire", "B", "paraphrase", "bridge")
    w = ledger.assessments()["bridge-reopens"].weighings["city"]
    # the article and the wire copy are one Wire account (the article's paraphrase and the copy rank
    # alike, so the strongest stance of the two holds); Paper's C account is outranked
    assert w.stance == "asserts" and w.summary() == "asserts: 1 asserts (B); 1 declines to confirm (C)"
    (tmp_path / "bare").mkdir()
    bare = load_ledger(make_project(tmp_path / "bare"))
    # no outlet metadata and no narration: the byline ("By: wire") names the outlet (see test_provenance)
    assert (bare.reports_for("bridge-reopens")[0].line, bare.provenance["bridge"].basis) == ("wire", "byline")


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
    assert "followup.yaml:4: duplicate claim id 'bridge-reopens' (also in bridge.yaml" in "\n".join(error.value.lines())


@pytest.mark.parametrize("change, expected", [
    (("bridge-reopens: confirms", "no-such-claim: confirms"), "{path}:10: source 'x': unknown claim id 'no-such-claim'"),
    (("party: union", "party: nobody"), "{path}:7: source 'x': unknown party 'nobody'"),
    (("bridge-reopens: confirms", "bridge-reopens: applauds"), "{path}:10: source 'x': unknown stance 'applauds'"),
    (("published: 2026-03-04", "published: 4 March"), "{path}:5: source 'x': bad date published: '4 March'"),
    (("    address: https://example.org/a\n", ""), "{path}:2: source 'x': missing address"),
    (("reliability: B", "reliability: G"), "{path}:11: source 'x': reliability 'G' is not an Admiralty grade A-F"),
    (("outlet: wire", "outlet: nowhere"), "{path}:3: source 'x': unknown outlet 'nowhere'"),
    (("    reliability: B", "    quoted: [other]\n    reliability: B"),
     "{path}:11: source 'x': quoted claim 'other' has no stance in this report"),
    (("    reliability: B", "    quoted: bridge-reopens\n    reliability: B"),
     "{path}:11: source 'x': quoted must be a list of claim ids"),
    (("    reliability: B", "    relays: union\n    reliability: B"),
     "{path}:11: source 'x': relays 'union' is not an outlet in actors.yaml (or 'unnamed')"),
    (("    reliability: B", "    relays: wire\n    reliability: B"),
     "{path}:11: source 'x': relays its own outlet"),
    (("    reliability: B", "    supersedes: nope\n    reliability: B"),
     "{path}:2: source 'x': supersedes unknown source 'nope'"),
    (("party: union", "party: paper"), "{path}:7: source 'x': party 'paper' is an outlet"),
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


def _narrated(tmp_path, meta: str):
    """A claim on Paper's narration alone (its sources silent), with Wire narrating it too (outside)."""
    root = make_project(tmp_path, _source("wire-says", "wire", "2026-03-03", {"bridge-reopens": "asserts"}))
    (root / "docs" / "bridge.meta.yaml").write_text("outlet: Paper\n" + meta)
    document = root / "ledger" / "documents" / "bridge.yaml"
    document.write_text(document.read_text().split("statements:")[0] + "statements:\n  paper-reopens:\n"
                        "    speaker: paper\n    kind: narration\n"
                        "    quote: The mayor said the bridge would reopen on Friday.\n")  # offsets found by the words
    claims = root / "ledger" / "claims" / "bridge.yaml"
    claims.write_text(claims.read_text().replace("statement: mayor-reopens", "statement: paper-reopens"))
    return load_ledger(root).assessments()["bridge-reopens"]


def test_one_outlets_narration_is_not_confirmed_by_the_agency_copy_it_repeats(tmp_path):
    for name in "abc":
        (tmp_path / name).mkdir()
    assert _narrated(tmp_path / "a", "").status == "confirmed"  # two outlets' own words
    a = _narrated(tmp_path / "b", "agencies: [Wire]\n")  # Paper's credit line names Wire
    assert (a.status, a.credibility) == ("unconfirmed", 3)
    assert a.explanation == "Unconfirmed: Paper and Wire assert it, but not independently: they repeat Wire's copy."
    with pytest.raises(CrosscheckError, match="metadata 'agencies' must be"):
        _narrated(tmp_path / "c", "agencies: {wire: 1}\n")


@pytest.mark.parametrize("first, second, expected", [
    ({"outlet": "paper"}, {}, "supersedes 'a' of outlet 'paper'; only its own outlet's versions"),
    ({"published": "2026-03-06"}, {}, "supersedes 'a', published later (2026-03-06)"),
    ({"supersedes": "b"}, {}, "supersedes itself through 'a'"),
])
def test_supersedes_only_an_earlier_version_of_its_own_outlet(tmp_path, first, second, expected):
    a = {"sid": "a", "party": "union", "published": "2026-03-04", "stances": {"bridge-reopens": "declines"}}
    b = {"sid": "b", "party": "union", "published": "2026-03-05", "stances": {"bridge-reopens": "confirms"},
         "address": "https://example.org/b", "supersedes": "a"}
    a.update(first)
    b.update(second)
    with pytest.raises(ProblemList) as error:
        load_ledger(make_project(tmp_path, _source(**a) + _source(**b)))
    assert any(f"source 'b': {expected}" in line for line in error.value.lines()), error.value.lines()


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
        "putin-agreed-to-pause": ("unconfirmed", "3"),     # the Kremlin declines by weight (see below)
        "strikes-paused": ("unconfirmed", "3"),
        "strikes-resumed": ("unverifiable", "6"),
        "pause-week-readings": ("unconfirmed", "2"),
        "talks-took-place": ("unverifiable", "6"),
        "talks-held-february-4-5": ("unverifiable", "6"),
        "donetsk-two-thirds-russian-held": ("unconfirmed", "3"),
        "forecast-minus-30-celsius": ("unconfirmed", "3"),
    }
    expected_late = {
        "putin-agreed-to-pause": ("unconfirmed", "3"),
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


def test_seed_kremlin_answer_on_putins_acceptance_is_weighed_not_picked(seed):
    a = seed.assessments()["putin-agreed-to-pause"]
    kremlin = a.weighings["kremlin"]
    # DW (B, twice: one account) and Anadolu's copy (C) have Peskov declining; Reuters' update (C, quoted;
    # it supersedes the flash) and the BBC as Ukrinform relays it (C, quoted) have him confirming; the
    # undated round-up (D, unsourced) adds nothing to the side those take.
    assert kremlin.summary() == "declines: 2 decline to confirm (B, C); 2 confirm (C quoted, C quoted relayed)"
    assert kremlin.superseded == ("reuters-flash-2026-01-30",)
    assert [acc.sources for acc in kremlin.sides["declines"]] == [
        ("dw-2026-01-30-kremlin-trump-kyiv",), ("anadolu-2026-01-30",)]
    assert (a.status, a.credibility, a.stances["kremlin"]) == ("unconfirmed", 3, "declines")
    assert a.explanation.startswith("Unconfirmed: rests on the word of Trump (US administration); "
                                    "The Kremlin declines to confirm")


def test_seed_air_force_speaks_for_ukraine_and_counts_as_one_party_with_zelenskyy(seed):
    assert seed.registry.actor("ukraine-airforce").party == "ukraine"
    assert "ukraine-airforce" not in seed.registry.parties
    early = seed.assessments(D(2026, 1, 30))["strikes-paused"]
    assert (early.status, early.credibility, early.stances) == (
        "unconfirmed", 3, {"ukraine": "qualifies", "kremlin": "silent", "us": "silent"})
    assert early.explanation == ("Unconfirmed: rests on the word of Ukraine (Zelenskyy, armed forces); "
                                 "The Kremlin and Trump (US administration) are silent.")
    late = seed.assessments(D(2026, 2, 5))["strikes-paused"]
    # the air force (via United24, B) and Zelenskyy (via Lords Press, D) are one party's two accounts
    assert [a.line for a in late.weighings["ukraine"].sides["qualifies"]] == ["united24", "lordspress"]
    assert (late.status, late.credibility, late.stances["ukraine"]) == ("unconfirmed", 2, "qualifies")


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


def test_facts_are_short(seed):
    """Facts are the analyst's summaries; benchmarks/outside_wording.py checks them against the evidence file."""
    for source in seed.sources.values():
        assert len(source.fact.split()) <= 60, source.id


def test_shared_runs_finds_a_pasted_run():
    text = "one two three four five six seven eight nine ten eleven twelve"
    assert shared_runs("x " + text + " y", "a " + text + " b", 12) == [text]
    assert shared_runs("one two three", text, 12) == []
