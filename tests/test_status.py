import datetime as dt
from dataclasses import dataclass

import pytest

from crosscheck.findings import Finding, Span
from crosscheck.status import DISPUTED, STATUSES, Report, accounts_of, assess, independent_groups, weigh


@dataclass(frozen=True)
class S:
    """A bare record: party, stance, date; each is its own account, grade F."""

    party: str
    stance: str
    public_on: dt.date | None = None


NAMES = {"a": "Alpha", "b": "Beta", "c": "Gamma", "dw": "DW", "afp": "AFP", "wire": "Wire"}


def run(*records, **kw):
    return assess("x", records, party_names=NAMES, parties=("a", "b", "c"), **kw)


def R(stance, grade="B", line="", kind="paraphrase", hand="first-hand", source="", party="b", origins=()):
    """A report of Beta's words (unless ``party`` says otherwise)."""
    return Report(party, stance, None, line=line or source or f"{stance}-{grade}-{kind}-{hand}", grade=grade,
                  kind=kind, hand=hand, source=source, origins=frozenset(origins))


# --- the weighing of one party's reports -------------------------------------------------------------


@pytest.mark.parametrize("reports, expected", [
    # one account, or accounts on one side: that side
    ([R("confirms")], "confirms"),
    ([R("confirms", line="x"), R("asserts", line="y")], "asserts"),
    # a qualification governs the side it is on (support with a reservation), whatever its grade
    ([R("asserts", "A", line="x"), R("qualifies", "D", line="y")], "qualifies"),
    # source grade first
    ([R("declines", "B"), R("confirms", "C")], "declines"),
    ([R("declines", "C"), R("confirms", "B")], "confirms"),
    # same grade: a direct quote over a paraphrase
    ([R("declines", "C"), R("confirms", "C", kind="direct")], "confirms"),
    # an outlet's own narration ranks as its own words
    ([R("denies", "C", kind="narration"), R("confirms", "C")], "denies"),
    # same grade and kind: first-hand over relayed
    ([R("declines", "C", hand="relayed"), R("confirms", "C")], "confirms"),
    ([R("declines", "C", kind="direct"), R("confirms", "C", kind="direct", hand="relayed")], "declines"),
    # grade beats quote; quote beats hand
    ([R("declines", "B"), R("confirms", "C", kind="direct")], "declines"),
    ([R("declines", "C", kind="direct", hand="relayed"), R("confirms", "C")], "declines"),
    # a full tie is disputed
    ([R("declines", "B", line="x"), R("confirms", "B", line="y")], DISPUTED),
    ([R("declines", "C", kind="direct", line="x"), R("confirms", "C", kind="direct", line="y")], DISPUTED),
    # the weightier side wins only when the others together do not outnumber it
    ([R("declines", "B"), R("confirms", "C", line="x"), R("confirms", "C", line="y")], DISPUTED),
    ([R("declines", "B", line="p"), R("declines", "D", line="q"), R("confirms", "C", line="x"),
      R("confirms", "C", line="y")], "declines"),
    # three sides: the best side against the other two together
    ([R("confirms", "B"), R("declines", "C"), R("denies", "C")], DISPUTED),
    ([R("confirms", "B", line="x"), R("asserts", "C", line="y"), R("declines", "C"), R("denies", "C")], "asserts"),
    ([R("denies", "A"), R("declines", "B")], "denies"),
])
def test_weighing(reports, expected):
    assert weigh("b", reports).stance == expected


def test_copies_of_one_agency_report_through_carriers_count_once():
    copies = [R("confirms", "C", line="reuters", source="via-kentron"),
              R("confirms", "C", line="reuters", source="via-devdiscourse")]
    w = weigh("b", [R("declines", "B", line="dw", source="dw-article"), *copies])
    assert w.stance == "declines"  # one Reuters account against one DW account, not two against one
    assert w.sides["confirms"][0].sources == ("via-kentron", "via-devdiscourse")
    assert w.counts() == {"declines": {"count": 1, "grades": ["B"]}, "confirms": {"count": 1, "grades": ["C"]}}
    split = [R("confirms", "C", line="x"), R("confirms", "C", line="y")]
    assert weigh("b", [R("declines", "B"), *split]).stance == DISPUTED  # two outlets are two accounts


def test_a_copy_of_the_best_grade_speaks_for_its_line():
    line = [R("declines", "D", line="reuters", source="aggregator-copy"), R("confirms", "B", line="reuters", source="wire")]
    (account,) = accounts_of(line)
    assert (account.stance, account.grade, account.sources) == ("confirms", "B", ("aggregator-copy", "wire"))


def test_within_one_account_a_direct_quote_beats_the_outlets_paraphrase():
    dw = [R("qualifies", line="dw", kind="direct"), R("confirms", line="dw"), R("denies", line="dw")]
    assert weigh("b", dw).stance == "qualifies"
    assert len(weigh("b", dw).sides) == 1  # one outlet's words are one account, not a dispute


def test_within_one_account_equal_reports_give_the_strongest_stance():
    assert weigh("b", [R("asserts", line="dw"), R("qualifies", line="dw")]).stance == "qualifies"
    assert weigh("b", [R("confirms", line="dw"), R("declines", line="dw")]).stance == "confirms"
    assert weigh("b", [R("confirms", line="dw"), R("denies", line="dw")]).stance == "denies"


def test_an_outlets_later_version_supersedes_its_earlier_one():
    flash = R("confirms", "C", line="reuters", source="flash")
    update = R("declines", "C", line="reuters", source="update")
    assert weigh("b", [flash, update]).stance == "confirms"  # unordered versions: the strongest stance
    corrected = weigh("b", [flash, update], superseded={"flash"})
    assert corrected.stance == "declines" and corrected.superseded == ("flash",)
    gone = weigh("b", [flash], superseded={"flash"})  # the update says nothing on this claim
    assert (gone.stance, gone.sides) == ("silent", {})
    a = run(S("a", "asserts"), flash, superseded={"flash"})
    assert a.stances["b"] == "silent" and a.explanation == "Unconfirmed: rests on the word of Alpha; Beta and Gamma are silent."


def test_an_unsourced_copy_adds_nothing_to_a_side_another_account_takes():
    named = [R("declines", "B"), R("confirms", "C")]
    aggregator = R("confirms", "D", hand="unsourced", source="roundup")
    assert weigh("b", [*named, aggregator]).stance == "declines"
    assert weigh("b", [*named, R("confirms", "D", line="roundup")]).stance == DISPUTED  # were it named
    alone = weigh("b", [R("declines", "B"), aggregator, R("confirms", "D", hand="unsourced", source="another")])
    assert alone.stance == "declines"
    assert [a.label for a in alone.sides["confirms"]] == ["D unsourced"]  # two copies of unknown origin: one
    assert weigh("b", [aggregator]).stance == "confirms"


def test_summary_gives_counts_and_grades_each_way():
    tie = weigh("b", [R("declines", "B", line="p"), R("declines", "B", line="q"),
                      R("confirms", "B", line="x"), R("confirms", "B", line="y")])
    assert tie.summary() == "disputed, 2 B reports each way"
    mixed = weigh("b", [R("declines", "B", line="dw"), R("declines", "C", line="aa"),
                        R("confirms", "C", kind="direct", line="reuters"),
                        R("confirms", "C", kind="direct", hand="relayed", line="bbc")])
    assert mixed.summary() == "declines: 2 decline to confirm (B, C); 2 confirm (C quoted, C quoted relayed)"
    assert weigh("b", [R("asserts", "C")]).summary() == "asserts: 1 asserts (C)"
    assert mixed.to_dict()["sides"]["confirms"][1] == {
        "line": "bbc", "stance": "confirms", "grade": "C", "kind": "direct", "hand": "relayed", "sources": []}


# --- the status rules -----------------------------------------------------------------------------


def test_two_independent_parties_confirm():
    a = run(S("a", "asserts"), S("b", "confirms"))
    assert (a.status, a.credibility) == ("confirmed", 1)
    assert a.explanation == "Confirmed: Alpha and Beta independently both assert or confirm it; Gamma is silent."
    assert a.stances == {"a": "asserts", "b": "confirms", "c": "silent"}


def test_same_party_twice_is_not_independent():
    a = run(S("a", "asserts"), R("confirms", party="a"))
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
    assert a.explanation == "Unverifiable: no party asserts it; Alpha declines to confirm; Beta and Gamma are silent."
    assert run().status == "unverifiable"


def test_qualification_alone_is_unconfirmed_not_confirmed():
    a = run(S("a", "asserts"), S("b", "qualifies"))
    assert a.status == "unconfirmed"
    assert a.credibility == 2
    assert a.stances["b"] == "qualifies"


def test_a_party_that_only_qualifies_is_named_once():
    a = run(R("asserts", line="dw", party="a"), R("qualifies", line="unn", party="a"))
    assert a.explanation == "Unconfirmed: rests on the word of Alpha; Beta and Gamma are silent."


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


def test_the_published_rating_covers_every_status():
    """One rating scale, the published one (crosscheck.export): every status the rules derive has a value."""
    from crosscheck.export import REVIEW_RATING

    assert set(REVIEW_RATING) == set(STATUSES)
    assert REVIEW_RATING[run(S("a", "asserts"), S("b", "asserts")).status] == 5


# --- disputed stances in the status ---------------------------------------------------------------

BETA_TIED = (R("confirms", line="x"), R("declines", line="y"))


def test_a_disputed_stance_is_not_support():
    a = run(S("a", "asserts"), *BETA_TIED)
    assert (a.status, a.credibility) == ("unconfirmed", 3)
    assert a.stances["b"] == DISPUTED and a.disputed == ("b",) and a.conflicting == ("b",)
    assert a.explanation == (
        "Unconfirmed: rests on the word of Alpha; Gamma is silent. Reports of Beta's words disagree: "
        "1 confirms (B) and 1 declines to confirm (B); the weight does not settle it, so Beta's stance is "
        "disputed and not counted as support.")
    assert a.weighings["b"].summary() == "disputed, 1 B report each way"


def test_the_same_reports_settled_by_weight_are_named_but_not_disputed():
    a = run(S("a", "asserts"), R("confirms", "B", line="x"), R("declines", "C", line="y"))
    assert (a.status, a.credibility) == ("confirmed", 1)
    assert a.conflicting == ("b",) and a.disputed == ()
    assert a.explanation.endswith(
        "Reports of Beta's words disagree: 1 confirms (B) and 1 declines to confirm (C); the weightier side, "
        "not outnumbered, settles it: confirms.")


def test_a_disputed_party_alone_leaves_the_claim_unconfirmed_not_unverifiable():
    a = run(*BETA_TIED)
    assert (a.status, a.credibility) == ("unconfirmed", 3)
    assert a.explanation.startswith("Unconfirmed: rests on disputed reports of Beta; Alpha and Gamma are silent.")


def test_a_dispute_with_no_account_for_the_claim_is_unverifiable():
    a = run(R("declines", line="x"), R("denies", line="y"))
    assert (a.status, a.credibility) == ("unverifiable", 6)
    assert a.explanation.startswith("Unverifiable: no party asserts it; Alpha and Gamma are silent. Reports of Beta")


def test_a_disputed_denial_does_not_contest_but_grades_a_confirmation_down():
    a = run(S("a", "asserts"), S("c", "confirms"), R("confirms", line="x"), R("denies", line="y"))
    assert (a.status, a.credibility) == ("confirmed", 2)
    assert a.explanation.startswith("Confirmed: Alpha and Gamma independently both assert or confirm it.")


def test_a_claim_resting_on_a_disputed_claim_is_not_confirmed():
    base = run(S("a", "asserts"), *BETA_TIED)
    a = run(S("a", "asserts"), S("c", "asserts"), depends_on={"base": base})
    assert a.status == "unconfirmed"
    assert a.explanation == "Unconfirmed: Alpha and Gamma assert it, but it rests on base (unconfirmed)."


def test_a_disputed_party_does_not_lift_an_unconfirmed_grade():
    assert run(S("a", "asserts"), S("b", "qualifies")).credibility == 2
    assert run(S("a", "asserts"), S("c", "qualifies"), *BETA_TIED).credibility == 3


# --- independence -------------------------------------------------------------------------------


def test_an_outlets_narration_is_not_independent_of_the_agency_whose_copy_it_is():
    dw = R("asserts", party="dw", kind="narration", line="dw", origins={"dw", "afp"})
    afp = R("confirms", party="afp", kind="narration", line="afp", origins={"afp"})
    a = assess("x", [dw, afp], party_names=NAMES, parties=("a",))
    assert a.status == "unconfirmed"
    assert a.explanation == "Unconfirmed: DW and AFP assert it, but not independently: they repeat AFP's copy."
    b = assess("x", [dw, afp, S("a", "confirms")], party_names=NAMES)
    assert b.status == "confirmed"
    assert b.explanation == ("Confirmed: DW, AFP and Alpha independently assert or confirm it "
                             "(DW and AFP count as one: they repeat AFP's copy).")


def test_two_outlets_repeating_one_wire_are_one_source():
    one = R("asserts", party="dw", kind="narration", line="dw", origins={"dw", "wire"})
    two = R("asserts", party="afp", kind="narration", line="afp", origins={"afp", "wire"})
    assert independent_groups(["dw", "afp"], [one, two]) == [["dw", "afp"]]
    assert assess("x", [one, two], party_names=NAMES).explanation.endswith("they repeat Wire's copy.")


def test_people_of_one_party_count_once_and_outlets_quoting_parties_stay_independent():
    trump, vance = R("asserts", party="a", line="dw"), R("confirms", party="a", line="fox")
    assert run(trump, vance).status == "unconfirmed"
    quoting = [R("asserts", party="a", line="dw"), R("confirms", party="b", line="dw")]
    assert run(*quoting).status == "confirmed"  # one outlet quoting two parties: two parties


def test_a_report_the_rules_cannot_weigh_is_refused():
    for bad in ({"stance": "applauds"}, {"stance": "confirms", "grade": "G"}, {"stance": "confirms", "hand": "third"}):
        with pytest.raises(ValueError, match="not one the rules know"):
            Report("b", **bad)
