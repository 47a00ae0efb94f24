"""Tests for the consistency checks (crosscheck.checks)."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck.checks import CHECKS, findings_to_json, format_findings, run_checks
from crosscheck.findings import Finding

PUB = dt.date(2026, 1, 30)  # a Friday
SEED_NAME = "dw-2026-01-30-kremlin-trump-kyiv.txt"


ROOT = Path(__file__).resolve().parents[1]


def _seed_path() -> Path:
    """The seed inside the repository, checked against the SHA-256 the ledger records for it."""
    path = ROOT / "seeds" / SEED_NAME
    record = ROOT / "ledger" / "documents" / SEED_NAME.replace(".txt", ".yaml")
    recorded = re.search(r"path: seeds/" + re.escape(SEED_NAME) + r"\s+sha256: ([0-9a-f]{64})",
                         record.read_text(encoding="utf-8"))
    assert recorded, f"{record} records no SHA-256 for the seed"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == recorded.group(1), f"{path} differs from the ledger"
    return path


def of_kind(findings, kind):
    return [f for f in findings if f.kind == kind]


def spans_exact(text, findings):
    for f in findings:
        for s in f.spans:
            assert text[s.start:s.end] == s.text


def resolved(text, published=PUB):
    return {f.data["expression"]: f.data["resolved"] for f in run_checks(text, published, kinds=["relative-date"])}


# ---------------------------------------------------------------------------------------------
# relative-date


def test_weekday_past_and_future_context():
    r = resolved("The Kremlin said on Friday that talks failed. He spoke on Thursday. "
                 "Talks were set to take place in Abu Dhabi on Sunday. Ministers will meet on Monday.")
    assert r["on Friday"] == "2026-01-30"  # same day allowed in past context
    assert r["on Thursday"] == "2026-01-29"
    assert r["on Sunday"] == "2026-02-01"  # future context: next Sunday
    assert r["on Monday"] == "2026-02-02"


def test_future_weekday_on_the_day_of_publication_is_that_day():
    """Wire style names today by its weekday ("will announce plans Friday" in a Friday story): the
    same weekday is the day of publication in every tense; "next Friday" is the following week's."""
    assert resolved("The summit will open on Friday.")["on Friday"] == "2026-01-30"
    assert resolved("The summit will open next Friday.")["next Friday"] == "2026-02-06"


def test_last_and_next_weekday():
    r = resolved("He arrived last Friday and leaves next Tuesday.")
    assert r["last Friday"] == "2026-01-23"
    assert r["next Tuesday"] == "2026-02-03"


def test_month_day_without_year_takes_nearest_year():
    r = resolved("A pause until February 1 and a deal by Feb 1. Elections on 28 December.")
    assert r["until February 1"] == "2026-02-01"
    assert r["by Feb 1"] == "2026-02-01"
    assert r["on 28 December"] == "2025-12-28"
    assert resolved("It ends January 3.", dt.date(2025, 12, 30))["January 3"] == "2026-01-03"


def test_full_dates_are_not_relative():
    assert resolved("On January 30, 2026 nothing happened. Friday 30/January/2026 too.") == {}


def test_fixed_and_period_expressions():
    r = resolved("Yesterday he said it, today he denied it, and tomorrow he will decide. "
                 "Storms are expected in the coming days. Talks resume next week. Prices rose last month. "
                 "It happened three days ago.")
    assert r["Yesterday"] == "2026-01-29"
    assert r["today"] == "2026-01-30"
    assert r["tomorrow"] == "2026-01-31"
    assert r["in the coming days"] == {"start": "2026-01-31", "end": "2026-02-06"}
    assert r["next week"] == {"start": "2026-02-02", "end": "2026-02-08"}
    assert r["last month"] == {"start": "2025-12-01", "end": "2025-12-31"}
    assert r["three days ago"] == "2026-01-27"


def test_relative_date_skips_without_publication_date():
    fs = run_checks("He spoke on Friday.", kinds=["relative-date"])
    assert len(fs) == 1 and fs[0].data["skipped"] is True and fs[0].spans == ()


def test_publication_date_read_from_header():
    text = "Title\n\nWorld Friday 30/January/2026 19:52 PM\n\nHe spoke on Thursday."
    r = {f.data["expression"]: f.data["resolved"] for f in run_checks(text, kinds=["relative-date"])}
    assert r == {"on Thursday": "2026-01-29"}
    iso = {f.data["expression"]: f.data["resolved"]
           for f in run_checks("Published 2026-01-30\nHe left yesterday.", kinds=["relative-date"])}
    assert iso == {"yesterday": "2026-01-29"}


def test_published_accepts_datetime():
    r = {f.data["expression"]: f.data["resolved"]
         for f in run_checks("He left yesterday.", dt.datetime(2026, 1, 30, 19, 52), kinds=["relative-date"])}
    assert r == {"yesterday": "2026-01-29"}


# ---------------------------------------------------------------------------------------------
# duration-end-mismatch


def test_duration_end_mismatch_arithmetic():
    fs = run_checks("He asked Putin to refrain from strikes for a week until February 1.", PUB,
                    kinds=["duration-end-mismatch"])
    assert len(fs) == 1
    f = fs[0]
    assert f.severity == "error"
    assert f.spans[0].text == "for a week until February 1"
    assert f.data["duration_days"] == 7
    assert f.data["said_on"] == "2026-01-30"
    assert f.data["end"] == "2026-02-01"
    assert f.data["days_between"] == 2
    assert "7" in f.message and "2 days" in f.message


@pytest.mark.parametrize("text", [
    "A ceasefire for two weeks until February 13 was agreed.",
    "a 30-day truce ending March 1",
    "On January 20, Trump said they would stop for a week until February 1.",
    "The bridge was closed for a week until January 28.",  # wholly in the past
    "He asked for a week of calm.",
])
def test_duration_end_consistent_cases(text):
    assert run_checks(text, PUB, kinds=["duration-end-mismatch"]) == []


def test_duration_said_on_date_from_sentence_and_explicit_start():
    f = run_checks("Trump said on Tuesday they would stop for a week until February 1.", PUB,
                   kinds=["duration-end-mismatch"])[0]
    assert (f.data["said_on"], f.data["days_between"]) == ("2026-01-27", 5)
    f = run_checks("Strikes stop for 10 days from January 25 until February 1.", PUB,
                   kinds=["duration-end-mismatch"])[0]
    assert (f.data["said_on"], f.data["duration_days"], f.data["days_between"]) == ("2026-01-25", 10, 7)


def test_duration_said_on_is_read_near_the_phrase_not_across_a_whole_stopless_text():
    # a text with no sentence stops is one long sentence: each duration reads only the words near it, so the
    # check stays linear, and "said on Tuesday" far from a duration does not date it
    near = "Trump said on Tuesday they would stop for a week until February 1"
    far = "Trump said on Tuesday " + "and then the talks went on " * 20 + "they would stop for a week until February 1"
    (close,) = run_checks(near + ".", PUB, kinds=["duration-end-mismatch"])
    (distant,) = run_checks(far + ".", PUB, kinds=["duration-end-mismatch"])
    assert close.data["said_on"] == "2026-01-27" and distant.data["said_on"] == "2026-01-30"


# ---------------------------------------------------------------------------------------------
# weekday-mismatch


def test_weekday_mismatch():
    text = ("Friday 30/January/2026 was fine. Monday, March 3, 2026 is not. Tuesday, March 3, 2026 is. "
            "Thursday 2026-01-30 is wrong. March 3, 2026 (Monday) too. Friday, February 30, 2026 does not exist.")
    fs = run_checks(text, PUB, kinds=["weekday-mismatch"])
    got = {f.data["expression"]: (f.data["actual_weekday"]) for f in fs}
    assert got == {
        "Monday, March 3, 2026": "Tuesday",
        "Thursday 2026-01-30": "Friday",
        "March 3, 2026 (Monday)": "Tuesday",
        "Friday, February 30, 2026": None,
    }
    assert all(f.severity == "error" for f in fs)


def test_weekday_without_year_uses_publication():
    assert run_checks("Friday, January 30 was cold.", PUB, kinds=["weekday-mismatch"]) == []
    fs = run_checks("Saturday, January 30 was cold.", PUB, kinds=["weekday-mismatch"])
    assert fs[0].data["date"] == "2026-01-30" and fs[0].data["year_inferred"] is True


# ---------------------------------------------------------------------------------------------
# malformed-timestamp


@pytest.mark.parametrize("stamp,hour", [("19:52 PM", 19), ("25:10", 25), ("13:00 AM", 13), ("13 PM", 13),
                                        ("00:30 AM", 0), ("10:75", 10)])
def test_malformed_timestamps(stamp, hour):
    fs = run_checks(f"Posted at {stamp} local time.", PUB, kinds=["malformed-timestamp"])
    assert len(fs) == 1 and fs[0].spans[0].text == stamp and fs[0].data["hour"] == hour
    assert fs[0].severity == "error"


@pytest.mark.parametrize("text", ["at 7:52 PM", "at 19:52", "at 12:30 a.m.", "at 24:00", "He ran 25:10 in the race.",
                                  "The score was 25:10.", "a 1:25:10 marathon", "10.5 percent", "at 11 am"])
def test_wellformed_timestamps(text):
    assert run_checks(text, PUB, kinds=["malformed-timestamp"]) == []


# ---------------------------------------------------------------------------------------------
# unit-conversion


def test_unit_conversions():
    text = ("Temperatures as low as -30 degrees Celsius (-22 degrees Fahrenheit). A 10 miles (16 km) walk, "
            "100 km (60 miles) away, 10 miles (20 km) wrong, 40C (100F) wrong, 5 km, or about 3 miles, "
            "500 square kilometres (193 square miles), 1.5 million tonnes (1.65 million tons).")
    fs = run_checks(text, PUB, kinds=["unit-conversion"])
    got = {f.data["expression"]: f.data["consistent"] for f in fs}
    assert got == {
        "-30 degrees Celsius (-22 degrees Fahrenheit)": True,
        "10 miles (16 km)": True,
        "100 km (60 miles)": True,
        "10 miles (20 km)": False,
        "40C (100F)": False,
        "5 km, or about 3 miles": True,
        "500 square kilometres (193 square miles)": True,
        "1.5 million tonnes (1.65 million tons)": True,
    }
    for f in fs:
        assert f.severity == ("info" if f.data["consistent"] else "error")
    first = fs[0]
    assert first.data["expected"] == pytest.approx(-22.0) and first.data["stated"] == -22.0


def test_no_conversion_for_same_unit_or_plain_numbers():
    assert run_checks("5 km or 10 km; 3 (4) people; 20 (30%)", PUB, kinds=["unit-conversion"]) == []


# ---------------------------------------------------------------------------------------------
# near-duplicate


def test_near_duplicate_paraphrase_caught():
    a = "The government announced on Monday that it would raise the minimum wage by 5 percent from April."
    b = "On Monday the government said the minimum wage will go up 5 percent starting in April."
    text = f"{a} Unions welcomed a modest step for workers in the capital region.\n\n{b}"
    fs = run_checks(text, PUB, kinds=["near-duplicate"])
    assert len(fs) == 1
    assert [s.text for s in fs[0].spans] == [a, b]
    assert fs[0].severity == "warning" and fs[0].data["similarity"] >= 68


@pytest.mark.parametrize("a,b", [
    ("Russian President Vladimir Putin met US President Donald Trump in Alaska in August to discuss the war.",
     "Ukrainian President Volodymyr Zelenskyy said that Putin and Trump had not spoken about prisoner exchanges."),
    ("US President Donald Trump said on Thursday that tariffs on Chinese goods would rise to 25 percent from March.",
     "US President Donald Trump said on Monday that he would meet Russian President Vladimir Putin in Budapest soon."),
    ("The Kremlin said on Friday that Russian President Vladimir Putin would travel to Beijing next month for talks.",
     "Kremlin spokesman Dmitry Peskov said on Friday that Russia had not received any formal proposal on a swap."),
])
def test_near_duplicate_same_people_different_content_not_caught(a, b):
    assert run_checks(f"{a}\n\n{b}", PUB, kinds=["near-duplicate"]) == []


def test_near_duplicate_ignores_headings():
    t = "Kremlin says Trump asked Putin not to hit Kyiv until Feb 1\n\nKremlin says Trump asked Putin not to hit Kyiv until Feb 1\n"
    assert run_checks(t, PUB, kinds=["near-duplicate"]) == []


def test_near_duplicate_fast_on_long_text():
    base = _seed_path().read_text(encoding="utf-8")
    big = (base + "\n\n") * 1200  # about 3.8 MB, mostly repeats
    fs = run_checks(big, PUB, kinds=["near-duplicate"])
    assert any(f.data.get("truncated") for f in fs)
    spans_exact(big, fs)


def test_every_check_finishes_on_a_5_mb_article():
    """Speed is measured by benchmarks/long_input.py; this proves the 5 MB run completes and stays exact."""
    para = ('The ministry said on Monday that the bridge would reopen by March 20, after a detour of 10 miles '
            '(16 kilometers). "We will finish in three weeks," minister Anna Berg told reporters on Friday.\n\n')
    big = para * (5 * 1024 * 1024 // len(para) + 1)
    findings = run_checks(big, PUB)
    assert {f.kind for f in findings} >= {"relative-date", "unit-conversion", "near-duplicate"}
    spans_exact(big, findings)


# ---------------------------------------------------------------------------------------------
# needs-outside-source


def test_outside_source_triggers():
    text = ('Moscow has long demanded Ukraine cede Donetsk, over two thirds of which is under Russian control. '
            'The agency forecasts temperatures as low as -30 degrees. "We lost 40% of our power," he said. '
            'He left the room.')
    fs = run_checks(text, PUB, kinds=["needs-outside-source"])
    assert len(fs) == 2
    assert [(t["type"], t["text"]) for t in fs[0].data["triggers"]] == [
        ("background", "has long"), ("fraction", "over two thirds"), ("background", "is under Russian control")]
    assert [(t["type"], t["text"]) for t in fs[1].data["triggers"]] == [("quantity", "as low as -30 degrees")]


def test_outside_source_settled_by_quote_and_dates_ignored():
    text = ('Trump said he had asked Putin to refrain from strikes for one week. '
            '"I asked him not to fire for a week," Trump said. '
            'The talks on February 1 at 19:52 were postponed until Sunday.')
    assert run_checks(text, PUB, kinds=["needs-outside-source"]) == []


# ---------------------------------------------------------------------------------------------
# the seed article


@pytest.fixture(scope="module")
def seed():
    text = _seed_path().read_text(encoding="utf-8")
    return text, run_checks(text)  # publication date read from the header


def test_seed_relative_dates(seed):
    _text, fs = seed
    got = [(f.data["expression"], f.data["resolved"]) for f in of_kind(fs, "relative-date")]
    assert got == [
        ("until Feb 1", "2026-02-01"), ("until Feb 1", "2026-02-01"), ("on Friday", "2026-01-30"),
        ("until February 1", "2026-02-01"), ("until February 1", "2026-02-01"), ("on Thursday", "2026-01-29"),
        ("in the coming days", {"start": "2026-01-31", "end": "2026-02-06"}), ("on Sunday", "2026-02-01"),
        ("on Friday", "2026-01-30"), ("on Sunday", "2026-02-01"),
    ]


def test_seed_duration_mismatch(seed):
    _, fs = seed
    (f,) = of_kind(fs, "duration-end-mismatch")
    assert f.spans[0].text == "for a week until February 1"
    assert (f.data["duration_days"], f.data["said_on"], f.data["end"], f.data["days_between"]) == (
        7, "2026-01-30", "2026-02-01", 2)


def test_seed_timestamp_and_conversion(seed):
    _, fs = seed
    (ts,) = of_kind(fs, "malformed-timestamp")
    assert ts.spans[0].text == "19:52 PM"
    (uc,) = of_kind(fs, "unit-conversion")
    assert uc.spans[0].text == "-30 degrees Celsius (-22 degrees Fahrenheit)"
    assert uc.data["consistent"] is True and uc.severity == "info"
    assert of_kind(fs, "weekday-mismatch") == []


def test_seed_near_duplicates(seed):
    _text, fs = seed
    pairs = [(f.spans[0].text[:40], f.spans[1].text[:40]) for f in of_kind(fs, "near-duplicate")]
    assert ("The Kremlin said on Friday that Russian ", "Kremlin spokesman Dmitry Peskov confirme") in pairs
    assert ("The next round of trilateral peace talks", "Zelenskyy said that further talks betwee") in pairs
    for f in of_kind(fs, "near-duplicate"):
        assert f.spans[0].start < f.spans[1].start


def test_seed_outside_source(seed):
    _, fs = seed
    triggers = [t["text"] for f in of_kind(fs, "needs-outside-source") for t in f.data["triggers"]]
    assert "as low as -30 degrees Celsius" in triggers
    assert "over two thirds" in triggers
    assert "has long" in triggers
    assert "is under Russian control" in triggers


def test_seed_sorted_json_and_format(seed):
    text, fs = seed
    spans_exact(text, fs)
    keys = [(f.spans[0].start if f.spans else -1, f.kind) for f in fs]
    assert keys == sorted(keys)
    doc = findings_to_json(fs)
    assert json.loads(json.dumps(doc))["findings"][0]["kind"] == fs[0].kind
    lines = format_findings(fs).splitlines()
    assert len(lines) == len(fs) and lines[0].startswith(fs[0].severity)


def test_seed_with_body_start(seed):
    text, _ = seed
    start = text.index("The Kremlin said")
    fs = run_checks(text, start=start)
    assert of_kind(fs, "malformed-timestamp")  # header still checked
    assert all(f.spans[0].start >= start for f in of_kind(fs, "near-duplicate"))


def test_registry():
    assert list(CHECKS) == ["relative-date", "duration-end-mismatch", "weekday-mismatch", "impossible-date",
                            "malformed-timestamp", "unit-conversion", "near-duplicate", "needs-outside-source"]


# ---------------------------------------------------------------------------------------------
# robustness


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", '"', '“unbalanced', "”", "Friday", "(", "19:52 PM",
                                  "-30 degrees Celsius (", "for a week until", "İ" * 50 + " on Friday"])
def test_edge_inputs(text):
    for published in (None, PUB):
        fs = run_checks(text, published)
        spans_exact(text, fs)
        assert all(isinstance(f, Finding) for f in fs)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), st.integers(min_value=-5, max_value=500), st.booleans())
def test_property_never_raises_spans_slice(text, start, with_date):
    fs = run_checks(text, PUB if with_date else None, start=start)
    spans_exact(text, fs)


WORDS = st.sampled_from(["on", "Friday", "until", "February", "1", "for", "a", "week", "19:52", "PM", "-30",
                         "degrees", "Celsius", "(", ")", "-22", "Fahrenheit", '"', "“", "”", ".", "\n", "has", "long",
                         "two", "thirds", "Monday,", "March", "3,", "2026", "km", "miles", "10", "16", "said", "will"])


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, max_size=300))
def test_property_wordy_junk(words):
    text = " ".join(words)
    spans_exact(text, run_checks(text, PUB))


@settings(max_examples=3, deadline=None)
@given(st.text(min_size=1, max_size=50))
def test_property_very_long_input(chunk):
    text = (chunk + " on Friday for a week until February 1. ") * 2000
    spans_exact(text, run_checks(text, PUB))


# ---------------------------------------------------------------------------------------------
# impossible-date


@pytest.mark.parametrize("text,expression,why", [
    ("The deadline is Sept. 31.", "Sept. 31", "September has at most 30 days"),
    ("It ended February 30.", "February 30", "February has at most 29 days"),
    ("It happened on Feb. 29, 2025.", "Feb. 29, 2025", "2025 is not a leap year"),
    ("Filed 2025-02-29.", "2025-02-29", "2025 is not a leap year"),
    ("The fair runs Sept. 30-31.", "Sept. 30-31", "September has at most 30 days"),
    ("Born on June thirty-first.", "June thirty-first", "June has at most 30 days"),
])
def test_impossible_date_is_an_error(text, expression, why):
    (f,) = run_checks(text, PUB, kinds=["impossible-date"])
    assert (f.severity, f.data["expression"], f.spans[0].text) == ("error", expression, expression)
    assert why in f.message


@pytest.mark.parametrize("text", ["It happened on Feb. 29, 2024.", "It happens on Feb. 29.", "Sept. 30 and Oct. 31.",
                                  "The 31st of the month."])
def test_possible_dates_are_no_error(text):
    assert run_checks(text, PUB, kinds=["impossible-date"]) == []


def test_weekday_with_an_impossible_date_is_reported_once():
    fs = run_checks("Friday, February 30, 2026 was odd.", PUB)
    assert [f.kind for f in fs if f.severity == "error"] == ["weekday-mismatch"]
