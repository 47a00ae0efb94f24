"""Stance cues read from a statement's own words, and its stance toward a point."""
import pytest

from crosscheck.draft.stance import declined_question, read_cues, stance_toward
from crosscheck.draft.terms import terms


@pytest.mark.parametrize("frame, content, stance", [
    ("The company denied", "that it was for sale", "denies"),
    ("Lowe disputed", "that", "denies"),
    ("The army rejected", "that account", "denies"),
    ("The mayor declined", "to comment on the talks", "declines"),
    ("A spokesman said", "the company did not comment on market rumours", "declines"),
    ("Peskov did not", "reveal when the request was made", "declines"),
    ("", "would not say whether a follow-up had been scheduled", "declines"),
    ("Castleford United confirmed", "it had made an offer", "confirms"),
    ("According to Peskov,", 'Trump "did indeed make a personal request"', "confirms"),
    ("Pike acknowledged", "that some details were still open", "confirms"),
    ("Lowe said", "the figure included income from other routes and was misleading", "denies"),
    ("The council", "did not return calls seeking comment", "declines"),
    ("", "There was no immediate comment from the ministry", "declines"),
    ("Reed said", "the bakery would close next year", "asserts"),
    ("Reed said", "the board is to discuss the plan", "asserts"),
    # a refusal is the speaker's: not what a document or another does not do
    ("Harwick Council said", "the declaration did not name Redmere", "asserts"),
    ("The agency said", "it would not comment on the case", "declines"),
    ("The agency", "would not say whether the ship was detained", "declines"),
    ("The agency said", "the captain did not reveal the cargo", "asserts"),
    # "not saying" a clause disclaims it; "not saying whether" refuses
    ("Rao said", "We are not saying people should stop taking it", "asserts"),
    ("The club", "is not saying whether the fee was agreed", "declines"),
    # idioms are no verdict on what was said
    ("Haddad said", "they made up their minds months ago", "asserts"),
    ("Reed said", "the board is made up of nine members", "asserts"),
    ("Reed said", "the problem lies in the budget", "asserts"),
    ("Reed said", "the story was made up", "denies"),
    ("Reed said", "those figures are lies", "denies"),
    # inability to tell, and not having been told, decline
    ("Hale said", "I can't tell you whether the inquiry played a part", "declines"),
    ("he said", "we cannot say whether the lane will reopen", "declines"),
    ("Benn said", "Nobody has told us anything", "declines"),
    ("the club said", "we have not been told when the hearing is", "declines"),
    ("Hale said", "she could not tell the twins apart", "asserts"),
    # backing another's call agrees with it
    ("The mayor said", "he backed the residents' call for a speed limit", "confirms"),
    ("The mayor said", "he backed the car into the garage", "asserts"),
    # a figure judged wrong by what it did
    ("The force said", "the auditor's figure wrongly included £2.6 million of grants", "denies"),
    ("The force said", "the union's estimate overstated the cost", "denies"),
    ("The force said", "the auditor included £2.6 million of grants", "asserts"),
])
def test_cue_stance(frame, content, stance):
    assert read_cues(frame, content).stance == stance


def test_a_refusal_names_its_topic():
    cues = read_cues("The mayor declined", "to comment on the talks with the company")
    assert cues.topic == {"talk"} and not cues.generic_topic
    rumours = read_cues("A spokesman said", "the company did not comment on market rumours")
    assert rumours.generic_topic


@pytest.mark.parametrize("content, negated", [
    ("No agreement has been reached on herring", True),
    ("Greenleaf is not for sale", True),
    ("we won't attack theirs", True),
    ("I asked President Putin not to fire on Kyiv", False),
    ("the utility did not inform parents until March", False),
    ("There has been an approach, I won't pretend otherwise", False),
    ("there had been no direct contact between Kyiv and Moscow", True),
    # a negation inside a relative clause negates the clause, not what is said
    ("Our members are being asked to sign for work that has not been done", False),
    ("the engineers who did not sign were disciplined", False),
    ("We have never asked any engineer to sign for work they did not do", True),
])
def test_negation_of_the_main_clause(content, negated):
    assert read_cues("said", content).negated is negated


def test_nothing_as_an_object_negates():
    assert read_cues("he said", "Clear results in May tell us nothing about June").negated
    assert read_cues("he said", "the test proves nothing").negated
    assert not read_cues("he said", "the test proved the point").negated


def test_a_partial_agreement_an_option_and_a_figures_scope_are_hedges():
    assert read_cues("she said", "she supported the plan \"in principle\"").hedged
    assert read_cues("she said", "closing the ward had been discussed as one option").hedged
    assert read_cues("he said", "the figure did not include posts filled by agency staff").hedged
    assert read_cues("he said", "Halden's figure includes claims it has not accepted").hedged
    assert not read_cues("he said", "the figure rose to 40").hedged
    assert not read_cues("he said", "the plan included a new bridge").hedged


def test_back_references_and_hedges():
    assert read_cues("Okafor denied", "which").back_reference
    assert read_cues("Estmark denied", "it").back_reference
    assert read_cues("Benan rejected", "that account").back_reference
    assert not read_cues("Benan said", "the account was closed on Monday").back_reference
    assert read_cues("he added", "the date and venue could still change").hedged
    assert read_cues("he said", "It makes it more likely").hedged
    assert read_cues("", "However, he added that no assurances had been received").caveat


def test_declined_question_is_the_proposition_asked_about():
    assert declined_question("to say whether Greenleaf was a target") == "Greenleaf was a target"
    assert declined_question("would not say whether a follow-up had been scheduled") == "a follow-up had been scheduled"


@pytest.mark.parametrize("kwargs, stance", [
    ({"same_polarity": True, "first_party": True, "leading": True}, "asserts"),
    ({"same_polarity": True, "first_party": False}, "confirms"),
    ({"same_polarity": False, "first_party": False}, "denies"),
    ({"same_polarity": False, "first_party": True, "leading": True}, "asserts"),
    ({"same_polarity": True, "first_party": False, "joined_as": "caveat"}, "qualifies"),
    ({"same_polarity": True, "first_party": False, "joined_as": "reason"}, "denies"),
    ({"same_polarity": True, "first_party": False, "counter": True}, "qualifies"),
])
def test_stance_toward_a_point(kwargs, stance):
    assert stance_toward(read_cues("said", "the bridge will reopen in March"), **kwargs) == stance


def test_a_refusal_declines_whatever_the_point():
    cues = read_cues("The mayor declined", "to comment on the talks")
    assert stance_toward(cues, same_polarity=False, first_party=True) == "declines"


def test_a_denial_of_a_that_clause_is_no_back_reference():
    from crosscheck.draft.stance import read_cues

    cues = read_cues("Castlebridge Chemicals denied ", "that it had released ammonia into the river")
    assert cues.stance == "denies" and not cues.back_reference
    judged = read_cues("The ministry called ", 'the account "pure fiction"')
    assert judged.stance == "denies" and judged.back_reference


def test_staying_open_is_not_closing():
    assert read_cues("Tull said", "We expect the ferry terminal to stay open").negated
    assert read_cues("she said", "the council would keep the library open").negated
    assert not read_cues("she said", "the unit will not stay open beyond April").negated
    assert not read_cues("she said", "the pool opened in 1979").negated


def test_a_refusal_on_rumours_or_speculation_names_no_topic_of_its_own():
    cues = read_cues("A spokeswoman said the company", "did not comment on rumours or speculation")
    assert (cues.stance, cues.generic_topic, cues.object_kind) == ("declines", True, "story")
    assert not read_cues("", "did not comment on rumours about the Leicester plant").generic_topic


def test_a_quoted_negation_negates():
    assert read_cues("he said", 'the frozen-meals business was "not for sale"').negated
    assert read_cues("he said", "the business was \u201cnot for sale\u201d").negated


def test_standing_by_what_was_said_points_at_the_partys_own_point():
    cues = read_cues("Marsh said on Tuesday that", "she stood by the report")
    assert (cues.stance, cues.object_kind) == ("asserts", "own")
    assert read_cues("", "the union stuck to its figure").object_kind == "own"
    assert read_cues("", "the pier stood by the river").object_kind == ""
    assert read_cues("", "she stood by the report").back_reference is False


def test_a_policy_of_not_commenting_names_no_topic_of_its_own():
    for content in ("declined to comment on individual cases", "said it could not comment on individual patients",
                    "would not comment on ongoing legal matters"):
        cues = read_cues("", content)
        assert (cues.stance, cues.generic_topic, cues.object_kind) == ("declines", True, "story"), content
    assert not read_cues("", "declined to comment on the individual contracts of players").generic_topic
    assert not read_cues("", "declined to comment on the talks").generic_topic


def test_a_correction_that_sets_aside_the_points_words_denies_it():
    from crosscheck import parse_document
    from crosscheck.draft import draft_article

    draft = draft_article(parse_document(
        "The union said one engineer had been disciplined for refusing to sign a logbook.\n\nSolway Ferries said "
        "the engineer had been warned for lateness, not for refusing to sign.\n"))
    claim = next(c for c in draft.claims if any("refusing to sign a logbook" in e.statement.quote for e in c.evidence))
    stances = {e.statement.quote: e.stance for e in claim.evidence}
    assert stances["the engineer had been warned for lateness, not for refusing to sign"] == "denies"

    from crosscheck.draft.terms import set_aside_words
    assert set_aside_words("warned for lateness, not for refusing to sign") == "for refusing to sign"
    assert set_aside_words("warned for lateness, and not only once") == ""
    assert set_aside_words("warned, not least by the union") == ""


def test_a_dispute_named_in_the_frame_is_no_denial():
    from crosscheck.draft.stance import read_cues

    frame = "The row began in 2021, when Dunmark closed the border crossing, a step the long-running dispute made worse, Orvel said"
    assert read_cues(frame, "it breached a trade treaty").stance == "asserts"
    assert read_cues("The dispute began in 2022, when the port raised its fees, a move the union said", "broke the contract").stance == "asserts"
    assert read_cues("Parents at the school dispute", "the figures").stance == "denies"
    assert read_cues("The union disputes", "that account").stance == "denies"


def test_an_indefinite_reference_to_a_claim_points_back():
    from crosscheck.draft.stance import read_cues

    assert read_cues("the council denied", "a claim").back_reference
    assert not read_cues("the council denied", "a claim that it planned cuts").back_reference


def test_not_going_to_go_into_it_is_a_refusal():
    from crosscheck.draft.stance import read_cues

    assert read_cues("", "I'm not going to go into the detail of that while the inquiry runs").stance == "declines"
    assert read_cues("", "We\u2019re not going to get into that").stance == "declines"
    assert read_cues("", "The trains go into the depot at night").stance == "asserts"


def test_not_recognising_a_figure_judges_it():
    assert read_cues("Brackwell Homes said", "it did not recognise the figure of 90 evictions").stance == "denies"
    assert read_cues("The board said", "it did not recognise the 23% rise").stance == "denies"
    assert read_cues("Brackwell Homes said", "its tenants would not recognise the estate").stance == "asserts"


def test_having_found_nothing_is_a_negation():
    assert read_cues("Dunmere Watch said", "We have found nothing that supports a shortfall").negated
    assert read_cues("Dunmere Watch said", "Nothing has been found").negated
    assert not read_cues("Dunmere Watch said", "We have found a shortfall").negated


def test_not_ruling_a_thing_out_hedges_it():
    cues = read_cues("Varnow said", "I can't rule them out entirely, but we expect most staff to stay")
    assert (cues.negated, cues.hedged) == (False, True)
    assert stance_toward(cues, same_polarity=True, first_party=False) == "qualifies"
    assert read_cues("Varnow said", "We will not rule anything out").hedged


def test_one_of_several_options_hedges_it():
    assert read_cues("The ministry said", 'the 12 million figure was "one of several being modelled"').hedged
    assert not read_cues("The ministry said", "the 12 million figure was final").hedged


def test_refusing_to_give_a_figure_declines():
    assert read_cues("The force", "did not give its own figure for teenagers").stance == "declines"
    assert read_cues("The spokesman", "would not provide a breakdown by district").stance == "declines"
    assert read_cues("The force said", "it had given the figure to the board").stance == "asserts"


def test_a_correction_that_sets_aside_the_points_figure_denies_it():
    from crosscheck import parse_document
    from crosscheck.draft import draft_article

    draft = draft_article(parse_document(
        "Brelm Air said it had cancelled 40 flights from Dunmere since the runway closed.\n\nThe Dunmere airport "
        "said 26 Brelm Air departures had been cancelled, not 40.\n"))
    claim = next(c for c in draft.claims if any("cancelled 40 flights" in e.statement.quote for e in c.evidence))
    stances = {e.statement.quote: e.stance for e in claim.evidence}
    assert stances["26 Brelm Air departures had been cancelled, not 40"] == "denies"
    from crosscheck.draft.terms import set_aside_words
    assert set_aside_words("26 were cancelled, not 40") == "40"


def test_a_condition_qualifies_another_partys_point():
    cues = read_cues("The Dunmere airport said", 'the runway would reopen on Wednesday "if the weather holds"')
    assert stance_toward(cues, same_polarity=True, first_party=False) == "qualifies"
    assert stance_toward(cues, same_polarity=True, first_party=True, leading=True) == "asserts"   # its own point
    plain = read_cues("The Dunmere airport said", "the runway would reopen on Wednesday")
    assert stance_toward(plain, same_polarity=True, first_party=False) == "confirms"


def test_a_rejected_claim_denies_the_point_it_points_back_at():
    from crosscheck import parse_document
    from crosscheck.draft import draft_article

    draft = draft_article(parse_document(
        "The council will close the Dunmere library next year, the tenants union said on Tuesday, a claim the "
        "council rejected as premature.\n"))
    claim = next(c for c in draft.claims if any("close the Dunmere library" in e.statement.quote for e in c.evidence))
    assert [(e.statement.speaker, e.stance) for e in claim.evidence] == [("tenants union", "asserts"), ("council", "denies")]
    assert read_cues("The airline disputed", "an account").back_reference


@pytest.mark.parametrize("content, judged", [
    ('the figure was "inflated by a deliberately gloomy set of assumptions"', True),
    ("the council's estimate is far too low", True),
    ("those numbers are out of date", True),
    ("costs were inflated by the war", False),
    ("the figure was published in March", False),
])
def test_a_figure_judged_wrong_by_its_verb_denies_what_gave_it(content, judged):
    cues = read_cues("The union said", content)
    assert (cues.stance, cues.back_reference) == (("denies", True) if judged else ("asserts", False))


@pytest.mark.parametrize("frame, content, topic", [
    # an inability to say is a refusal, whoever of the speaker's side cannot ("its monitors", a name)
    ("The mission said", "its monitors had not been able to establish what was inside the depot", "inside the depot"),
    ("", "Harbour Post could not independently verify the figures", ""),
    ("A spokesman said", "the Tarnley Trust would not speculate on the cause", "the cause"),
    # "too early to say" declines, and its topic is what follows it
    ("", "It is far too early to say whether a fine arises here", "a fine arises here"),
    ("Dorr said", "she was not going to prejudge the inquiry", "the inquiry"),
])
def test_an_inability_or_deferral_declines(frame, content, topic):
    cues = read_cues(frame, content)
    assert cues.stance == "declines"
    assert terms(topic) <= cues.topic or cues.generic_topic


def test_a_negated_confirmation_verb_confirms_nothing():
    assert read_cues("Dr Reeve said", "observers could not verify the count").stance == "asserts"
    assert read_cues("The firm said", "the company has not established a new office").stance == "asserts"
    assert read_cues("The firm said", "the figure had been verified by its auditors").stance == "confirms"


@pytest.mark.parametrize("frame, content", [
    ("Ms Hale acknowledged", "that some of the money had passed through the trust's account"),
    ("Dr Varga accepted", "that the method carried a margin of error of a few thousand years"),
    ("The league confirmed", "it had asked the club for its accounts but described the inquiry as routine"),
])
def test_a_confirmation_with_a_reservation_qualifies_even_as_its_partys_first_word(frame, content):
    cues = read_cues(frame, content)
    assert cues.stance == "confirms"
    assert stance_toward(cues, same_polarity=True, first_party=True, leading=True) == "qualifies"
    plain = read_cues(frame, "that the money had passed through the trust's account")
    assert stance_toward(plain, same_polarity=True, first_party=True, leading=True) == "confirms"


@pytest.mark.parametrize("frame, content, stance", [
    # another's figure judged too high or too low denies it, and points back at it
    ("Harlow Bank says", "the number is lower", "denies"),
    ("The operator said", 'the number of homes cut off was "well below" the council\'s figure', "denies"),
    ("The operator said", "the loss was higher than the union's estimate", "denies"),
    # a comparison of the speaker's own facts is no verdict
    ("The operator said", "sales were higher than the year before", "asserts"),
    ("The operator said", "prices were lower", "asserts"),
])
def test_a_figure_judged_too_high_or_too_low_denies(frame, content, stance):
    cues = read_cues(frame, content)
    assert cues.stance == stance
    assert cues.back_reference == (stance == "denies")


@pytest.mark.parametrize("frame, content, stance", [
    # agreeing with what another found confirms it
    ("The monitors said", "their own records matched the commission's corrected figures", "confirms"),
    ("The party said", 'it "accepts the corrected figures"', "confirms"),
    ("The institute said", "the readings were consistent with the agency's findings", "confirms"),
    ("The club said", "the shirt colours matched the badge", "asserts"),
    ("The regulator agreed with", "the decision to close the runway", "confirms"),
    ("The authority said", "its inspector had visited on Monday and agreed with the decision to close it", "confirms"),
    ("The authority said", 'it was "satisfied that the airport acted promptly"', "confirms"),
    ("The judge said", "she was satisfied on the evidence that the money had been lost", "confirms"),
    ("The authority said", "the airport agreed to close the runway", "asserts"),
    ("Quell said", "she had been given the same assurance by the company", "confirms"),
    ("Quell said", "the same bus runs twice a day", "asserts"),
])
def test_agreeing_with_anothers_findings_confirms(frame, content, stance):
    assert read_cues(frame, content).stance == stance


def test_a_department_refuses_for_its_minister_and_a_speaker_concedes_in_its_own_words():
    assert read_cues("Her department said", "the minister would not comment on the trust's plans").stance == "declines"
    assert read_cues("The agency said", "the captain did not reveal the cargo").stance == "asserts"   # not its office
    assert read_cues("A:", "I accept that their budget has shrunk.").stance == "confirms"
    assert read_cues("A:", "I accept the award with pride.").stance == "asserts"


def test_a_reason_given_for_a_denial_denies_when_set_against_the_point_and_else_qualifies():
    cues = read_cues("saying", 'the current rate was "nearer 17%"')
    assert stance_toward(cues, same_polarity=False, first_party=False, counter=True) == "denies"
    assert stance_toward(cues, same_polarity=True, first_party=False, counter=True) == "qualifies"
    hedged = read_cues("saying", "the rate was partly the result of an older method")
    assert stance_toward(hedged, same_polarity=False, first_party=False, counter=True) == "qualifies"


@pytest.mark.parametrize("content, negated", [
    ("Not once in my life.", True),            # an elliptical answer
    ("Not while I am in charge.", True),
    ("There\u2019s no bid for the striker.", True),   # a contracted "there is no"
    ("That's nothing new for the club.", True),
    ("Not only the pool but the library will close.", False),
    ("There's a bid for the striker.", False),
])
def test_an_elliptical_or_contracted_negation_negates(content, negated):
    assert read_cues("she said", content).negated is negated


@pytest.mark.parametrize("frame, content, stance", [
    # a holding answer says nothing on the point: it declines
    ("The agency said", 'it was "reviewing the findings"', "declines"),
    ("", "We are looking closely at the timeline.", "declines"),
    ("The regulator said", 'it "takes any report of this kind extremely seriously."', "declines"),
    ("A spokeswoman said", "That is a question for the courts", "declines"),
    # ... but reviewing a thing of its own is a statement of fact
    ("The council said", "it was reviewing bus routes across the city", "asserts"),
    ("The council said", "the question for voters was simple", "asserts"),
])
def test_a_holding_answer_declines(frame, content, stance):
    assert read_cues(frame, content).stance == stance


def test_disputes_as_a_noun_after_a_preposition_is_no_denial():
    frame = "The Insurance Complaints Service, which rules on disputes between insurers and their customers, said"
    assert read_cues(frame, "it had received 14 complaints").stance == "asserts"
    assert read_cues("The council disputed", "the figures").stance == "denies"


@pytest.mark.parametrize("content, stance", [
    # an emphatic "did" concedes the thing done
    ("the council's draft plan, which she had seen, did list a cut to the grant", "confirms"),
    ("the board did meet on Friday", "confirms"),
    # "did" as a question, a pro-verb or negated is no concession
    ("Did the council know?", "asserts"),
    ("the grant would rise, as it did last year", "asserts"),
    ("the company did not know", "asserts"),
])
def test_an_emphatic_did_confirms(content, stance):
    assert read_cues("Varga said", content).stance == stance


def test_what_was_said_judged_true_confirms_it():
    for content in ("that was correct", "The inspectors got it right", "the council's account is broadly accurate"):
        cues = read_cues("Moy said", content)
        assert (cues.stance, cues.back_reference) == ("confirms", True), content
    assert read_cues("Moy said", "we were right to close the pool").stance == "asserts"
    assert read_cues("Moy said", "we were right").stance == "asserts"
