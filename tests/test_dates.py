"""Relative dates on newswire (issue 15): tense, year by tense, no false precision, the expressions once
missed, and every resolution explained. Plus the checks' faults on a water-utility article (issue 10)."""
from __future__ import annotations

import datetime as dt

import pytest

from crosscheck.checks import run_checks
from crosscheck.checks import periods as P
from crosscheck.checks.tense import governing_tense

THU = dt.date(2025, 9, 4)
WED = dt.date(2025, 9, 10)


def findings(text, published):
    return {f.data["expression"]: f for f in run_checks(text, published, kinds=["relative-date"])}


def values(text, published):
    return {expr: f.data["value"] for expr, f in findings(text, published).items()}


# ---- tense decides the direction ------------------------------------------------------------------


@pytest.mark.parametrize("text,published,expression,value", [
    ("Thirty-two members had filed compliance reports by Wednesday.", THU, "by Wednesday", "2025-09-03"),
    ("On Friday, the Kenyan government pledged to release the funds.", WED, "On Friday", "2025-09-05"),
    ("Up until Thursday, however, they had described the rules as voluntary.", THU, "until Thursday", "2025-09-04"),
    ("The board is set to meet on Monday.", THU, "on Monday", "2025-09-08"),
    ("Officials will review the reports over the weekend.", THU, "over the weekend", "2025-W36-WE"),
    ("He said last week that he would resign.", THU, "last week", "2025-W35"),
])
def test_tense_of_the_main_verb_decides_direction(text, published, expression, value):
    assert values(text, published)[expression] == value


def test_nearest_word_does_not_decide():
    # "next" and "until" sit nearest to the weekday; the verb group "had ... described" decides
    r = values("The group, whose next report is due, had until Thursday described the rules as optional.", THU)
    assert r["until Thursday"] == "2025-09-04"
    cue = governing_tense("On Friday, the United Nations pledged aid.", (0, 41), 0, 9)
    assert (cue.tense, cue.cue) == ("past", "pledged")  # "United" is a name, not a past-tense verb


# ---- the year follows the tense -----------------------------------------------------------------------


def test_year_follows_past_tense():
    r = values("A man was arrested shortly after the Oct. 23 slaying.", dt.date(1999, 5, 6))
    assert list(r.values()) == ["1998-10-23"]


def test_year_follows_future_tense_and_nearest_is_the_fallback():
    assert values("The trial will start on Feb. 9.", dt.date(2025, 11, 20))["on Feb. 9"] == "2026-02-09"
    assert values("Feb. 9: a date to remember.", dt.date(2025, 11, 20))["Feb. 9"] == "2026-02-09"
    # a past clause naming a date just ahead keeps it ("announced a Feb. 1 launch" in late January)
    assert values("The firm announced a Feb. 1 launch.", dt.date(2026, 1, 25))["Feb. 1"] == "2026-02-01"


def test_year_of_months_seasons_and_quarters_by_tense():
    r = values("Prices fell in July. Sales rose in the third quarter. The court term ends in June.",
               dt.date(2016, 9, 27))
    assert r == {"in July": "2016-07", "the third quarter": "2016-Q3", "in June": "2017-06"}


# ---- no false precision ----------------------------------------------------------------------------------


@pytest.mark.parametrize("expression,value,granularity", [
    ("four years ago", "2021", "year"), ("50 years ago", "1975", "year"), ("six weeks ago", "2025-W30", "week"),
    ("two months ago", "2025-07", "month"), ("a year ago", "2024", "year"), ("last week", "2025-W35", "week"),
    ("the first quarter", "2025-Q1", "quarter"), ("year-end", "2025", "year"), ("three days ago", "2025-09-01", "day"),
])
def test_coarse_expressions_resolve_to_their_own_size(expression, value, granularity):
    f = findings(f"It happened {expression}.", THU)[expression]
    assert (f.data["value"], f.data["granularity"]) == (value, granularity)
    assert isinstance(f.data["resolved"], str) == (granularity == "day")
    assert value in f.message and granularity in f.message


def test_coarse_expression_is_never_checked_against_a_day():
    # "said last week" is a week: the duration check counts from publication, not from a day in it
    text = "He said last week they would stop for a week until Sept. 6."
    (f,) = run_checks(text, THU, kinds=["duration-end-mismatch"])
    assert f.data["said_on"] == "2025-09-04" and f.data["said_on_source"] == "publication date"


def test_periods_are_exact():
    assert P.week(dt.date(2016, 9, 8)).value == "2016-W36"
    assert P.weekend(dt.date(2016, 9, 8)) == P.Period("weekend", "2016-W36-WE", dt.date(2016, 9, 10),
                                                      dt.date(2016, 9, 11))
    assert P.season(2025, "WI").last == dt.date(2026, 2, 28)
    assert P.season_of(dt.date(2026, 1, 15)).value == "2025-WI"
    assert P.shifted(dt.date(2025, 1, 15), -1, "quarter").value == "2024-Q4"


# ---- expressions once missed --------------------------------------------------------------------------------


def test_a_year_earlier_counts_from_the_date_before():
    r = values("In 2023, agencies warned of famine; a year earlier, the region had lost its herds.", WED)
    assert r["a year earlier"] == "2022"
    assert values("Prices had doubled a year earlier.", WED)["a year earlier"] == "2024"


def test_the_previous_friday_counts_from_the_day_before_it():
    r = values("On Friday, the board voted. It had met the previous Friday.", dt.date(2025, 11, 20))
    assert r == {"On Friday": "2025-11-14", "the previous Friday": "2025-11-07"}


def test_this_coming_sunday_with_its_date_in_words():
    r = values("The game is this coming Sunday, March eighth.", dt.date(2026, 3, 2))
    assert list(r.values()) == ["2026-03-08"]


@pytest.mark.parametrize("text,published,value", [
    ("They met on Thanksgiving Day.", dt.date(2025, 12, 2), "2025-11-27"),
    ("The fines take effect after Thanksgiving Day.", THU, "2025-11-27"),
    ("He hosted his Labor Day cookout.", dt.date(2016, 9, 8), "2016-09-05"),
    ("She was found in Oregon last Christmas.", dt.date(1999, 5, 6), "1998-12-25"),
    ("The notice would be lifted by Easter.", dt.date(2026, 4, 22), "2026-04-05"),
    ("Voters go to the polls on Election Day.", dt.date(2016, 9, 30), "2016-11-08"),
])
def test_holidays(text, published, value):
    assert list(values(text, published).values()) == [value]


def test_holiday_names_used_as_adjectives_are_not_dates():
    assert values("Mexico retaliated against Christmas trees. Easter Island is remote.", THU) == {}


def test_the_weekend_year_end_and_parts_of_the_day():
    r = values("Inspectors signed off over the weekend. The list leaked Wednesday night. "
               "He spoke Wednesday evening. The audit ends by year-end.", dt.date(2026, 3, 2))
    assert r == {"over the weekend": "2026-W09-WE", "Wednesday night": "2026-02-25",
                 "Wednesday evening": "2026-02-25", "year-end": "2026"}


def test_seasons():
    r = values("The stadium closed last autumn. It was repaired last summer. Work resumes this spring.",
               dt.date(2026, 3, 2))
    assert r == {"last autumn": "2025-FA", "last summer": "2025-SU", "this spring": "2026-SP"}


# ---- every resolution says which rule and which cue decided it ------------------------------------------------


def test_rule_and_cue_explain_each_resolution():
    fs = findings("Thirty-two members had filed reports by Wednesday. It opened four years ago. "
                  "He leaves next Friday.", THU)
    by_verb = fs["by Wednesday"].data
    assert by_verb["rule"].startswith("the most recent such day on or before publication")
    assert by_verb["cue"] == 'past verb "had filed"' and by_verb["tense"] == "past"
    assert fs["four years ago"].data["cue"] == "ago" and "size of a year" in fs["four years ago"].data["rule"]
    assert fs["next Friday"].data["cue"] == "next"
    for f in fs.values():
        assert f.data["rule"] and f.data["cue"]
        assert f.data["rule"] in f.message and f.data["cue"] in f.message


# ---- not dates ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Fox News Sunday aired the interview.", "RT America is the US version of Russia Today.",
    "Families hope for a brighter tomorrow.", "It was its second bankruptcy in three years.",
    "Theresa May was not invited.", "Ratings could fall sharply.",
])
def test_names_and_durations_are_not_dates(text):
    assert values(text, THU) == {}


# ---- the water-utility article (issue 10) -------------------------------------------------------------------------

WATER = (
    "Riverton extends boil-water notice\n\n"
    "RIVERTON, April 22 - Tests at three primary schools found lead at 15 parts per billion, the "
    "federal action level. The notice was first issued four months ago, after a main burst near the plant "
    "last autumn. Replacing the pipes would take four months, director Helen Marsh said."
)


def test_water_article_quantities_dates_and_durations():
    fs = run_checks(WATER, dt.date(2026, 4, 22))
    triggers = [(t["type"], t["text"]) for f in fs if f.kind == "needs-outside-source" for t in f.data["triggers"]]
    assert ("quantity", "three primary schools") in triggers  # the noun phrase, not "three primary"
    assert ("quantity", "15 parts per billion") in triggers  # the rate, not "15 parts"
    assert ("duration", "take four months") in triggers
    dates = {f.data["expression"]: f.data["value"] for f in fs if f.kind == "relative-date"}
    assert dates == {"April 22": "2026-04-22", "four months ago": "2025-12", "last autumn": "2025-FA"}


# ---- hostile inputs ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Friday", "yesterday", "last autumn", "a year earlier", "the previous Friday", "Thanksgiving",
    "Sept. 31", "Feb. 29", "the day before", "in 9999 years", "9999 years ago", "Q4",
    "\u202eon Friday\u202c", "on\u00a0Friday", "ｏｎ Ｆｒｉｄａｙ", "İİİ last week İİİ", "on Fri\u0000day",
])
def test_hostile_and_boundary_inputs(text):
    for published in (THU, dt.date(1, 1, 3), dt.date(9999, 12, 30), None):
        for f in run_checks(text, published, kinds=["relative-date"]):
            for s in f.spans:
                assert text[s.start:s.end] == s.text


def test_dates_at_text_boundaries():
    r = values("Friday he left; he returns next Tuesday", THU)
    assert r == {"Friday": "2025-08-29", "next Tuesday": "2025-09-09"}


def test_huge_text_stays_exact():
    para = "Officials said on Monday that talks will resume next week. They began four years ago. "
    text = para * 20000  # about 1.7 MB
    fs = run_checks(text, THU, kinds=["relative-date"])
    assert len(fs) == 60000
    assert {f.data["value"] for f in fs} == {"2025-09-01", "2025-W37", "2021"}
