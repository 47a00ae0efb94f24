import datetime as dt
from dataclasses import dataclass

from crosscheck.findings import Finding, Span
from crosscheck.status import RATING, STATUSES, assess, party_stances


@dataclass(frozen=True)
class S:
    party: str
    stance: str
    public_on: dt.date | None = None


NAMES = {"a": "Alpha", "b": "Beta", "c": "Gamma"}


def run(*records, **kw):
    return assess("x", records, party_names=NAMES, parties=("a", "b", "c"), **kw)


def test_two_independent_parties_confirm():
    a = run(S("a", "asserts"), S("b", "confirms"))
    assert (a.status, a.credibility) == ("confirmed", 1)
    assert a.explanation == "Confirmed: Alpha and Beta independently both assert or confirm it; Gamma is silent."
    assert a.stances == {"a": "asserts", "b": "confirms", "c": "silent"}


def test_same_party_twice_is_not_independent():
    a = run(S("a", "asserts"), S("a", "confirms"))
    assert a.status == "unconfirmed"
    assert a.explanation == "Unconfirmed: rests on the word of Alpha; Beta and Gamma are silent."


def test_one_party_and_a_decline_is_unconfirmed():
    a = run(S("a", "asserts"), S("b", "declines"))
    assert (a.status, a.credibility) == ("unconfirmed", 3)
    assert "Beta declines to confirm" in a.explanation


def test_a_denial_contests():
    a = run(S("a", "asserts"), S("b", "confirms"), S("c", "denies"))
    assert (a.status, a.credibility) == ("contested", 4)
    assert a.explanation == "Contested: Gamma denies it, against Alpha and Beta."


def test_an_error_finding_makes_it_inconsistent_but_warnings_do_not():
    error = Finding("duration-end-mismatch", "error", "a week is 7 days, not 2", (Span(0, 4, "week"),))
    warning = Finding("near-duplicate", "warning", "restates", (Span(0, 4, "week"),))
    assert run(S("a", "asserts"), S("b", "asserts"), findings=[warning]).status == "confirmed"
    a = run(S("a", "asserts"), S("b", "asserts"), findings=[error, warning])
    assert (a.status, a.credibility) == ("inconsistent", 4)
    assert a.explanation == "Inconsistent: duration-end-mismatch: a week is 7 days, not 2"
    assert a.findings == (error,)


def test_nobody_asserting_is_unverifiable():
    a = run(S("a", "declines"))
    assert (a.status, a.credibility) == ("unverifiable", 6)
    assert run().status == "unverifiable"


def test_qualification_alone_is_unconfirmed_not_confirmed():
    a = run(S("a", "asserts"), S("b", "qualifies"))
    assert a.status == "unconfirmed"
    assert a.credibility == 2
    assert a.stances["b"] == "qualifies"


def test_a_weak_dependency_keeps_a_claim_unconfirmed():
    base = run(S("a", "asserts"))
    a = run(S("a", "asserts"), S("b", "asserts"), depends_on={"base": base})
    assert a.status == "unconfirmed"
    assert a.explanation == "Unconfirmed: Alpha and Beta assert it, but it rests on base (unconfirmed)."
    strong = run(S("a", "asserts"), S("b", "asserts"))
    assert run(S("a", "asserts"), S("b", "asserts"), depends_on={"base": strong}).status == "confirmed"


def test_as_of_counts_only_what_was_public():
    records = (S("a", "asserts", dt.date(2026, 1, 29)), S("b", "confirms", dt.date(2026, 2, 3)))
    assert run(*records, as_of=dt.date(2026, 1, 28)).status == "unverifiable"
    assert run(*records, as_of=dt.date(2026, 1, 30)).status == "unconfirmed"
    assert run(*records, as_of=dt.date(2026, 2, 3)).status == "confirmed"
    assert run(*records).status == "confirmed"


def test_conflicting_reports_of_one_party_are_named_and_graded_down():
    stances, conflicting = party_stances([S("a", "confirms"), S("a", "declines")])
    assert stances == {"a": "confirms"} and conflicting == ("a",)
    a = run(S("a", "confirms"), S("a", "declines"), S("b", "asserts"))
    assert (a.status, a.credibility) == ("confirmed", 2)
    assert a.explanation.endswith("Reports of Alpha's answer disagree.")


def test_rating_covers_every_status():
    assert set(RATING) == set(STATUSES)
    assert run(S("a", "asserts"), S("b", "asserts")).rating == {
        "ratingValue": 5, "bestRating": 5, "worstRating": 1, "alternateName": "confirmed"}
