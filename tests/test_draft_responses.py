"""How responses attach to the point they answer, and how restatements and counter-figures are told apart.

Every article here is written for these tests (invented places, people and bodies).
"""
from __future__ import annotations

from crosscheck import parse_document
from crosscheck.draft import draft_article


def draft_of(body: str, outlet: str = "Eastern Wire Service"):
    text = f"---\ntitle: Test\noutlet: {outlet}\npublished: 2025-10-14\n---\n\n{body}"
    return draft_article(parse_document(text))


def claims_holding(draft, words: str):
    return [c for c in draft.claims if any(words in e.statement.quote for e in c.evidence)]


def claim_with(draft, words: str):
    found = claims_holding(draft, words)
    assert found, f"no draft claim holds {words!r}: {[c.text for c in draft.claims]}"
    return found[0]


def stance_of(claim, words: str) -> str:
    return next(e.stance for e in claim.evidence if words in e.statement.quote)


def together(draft, first: str, second: str) -> bool:
    return any(any(second in e.statement.quote for e in c.evidence) for c in claims_holding(draft, first))


STRAIT = """Valdoria's navy destroyed four drone boats heading for its oil terminal early on Monday, the defence ministry said.

A ministry spokesman, Colonel Adrian Vos, said the boats had been launched from Kestani territory.

Kestan's foreign ministry called the account "pure fiction". "No Kestani vessel was in the strait last night," spokeswoman Leyla Karim said in a statement.

Vos rejected Kestan's denial. "We tracked them from the moment they left the coast," he said.

Oil prices rose 2% in early trading.
"""


def test_calling_the_account_fiction_denies_all_the_other_side_said():
    draft = draft_of(STRAIT)
    for point in ("destroyed four drone boats", "launched from Kestani territory"):
        claim = claim_with(draft, point)
        assert stance_of(claim, 'called the account "pure fiction') == "denies"
    assert claim_with(draft, "destroyed four drone boats").status == "contested"


def test_the_reason_after_a_bare_denial_joins_what_it_denied():
    claim = claim_with(draft_of(STRAIT), "launched from Kestani territory")
    assert stance_of(claim, "No Kestani vessel was in the strait") == "denies"
    assert next(e.party for e in claim.evidence if "No Kestani vessel" in e.statement.quote) == "Kestan's foreign ministry"


def test_rejecting_the_other_sides_denial_supports_the_point_with_its_reasons():
    claim = claim_with(draft_of(STRAIT), "launched from Kestani territory")
    assert stance_of(claim, "rejected Kestan's denial") == "asserts"
    assert stance_of(claim, "We tracked them") == "asserts"
    assert not together(draft_of(STRAIT), "Oil prices rose", "launched from Kestani territory")


TRANSFER = """Harbour City head coach Stefan Berg left Amara Diallo out of the squad, saying the striker had a minor hamstring strain.

Diallo's agent, Claire Fontaine, disputed that, saying her client was fully fit.

Berg declined to comment on the agent's remarks when reached by phone.

Harbour City's supporters' trust said it would protest at Saturday's home game.
"""


def test_declining_to_comment_on_anothers_remarks_answers_that_party():
    draft = draft_of(TRANSFER, outlet="Touchline Daily")
    claim = claim_with(draft, "minor hamstring strain")
    assert stance_of(claim, "disputed that") == "denies" and stance_of(claim, "fully fit") == "denies"
    assert stance_of(claim, "declined to comment on the agent's remarks") == "declines"
    assert not together(draft, "minor hamstring strain", "would protest")


RUMOUR = """Finance minister Erik Halvorsen is expected to resign this week, three senior members of the governing Unity Party told The Northern Post.

Opposition leader Thomas Berge said the government was "falling apart in public".

A Unity Party spokeswoman dismissed the reports as "gossip".
"""


def test_dismissing_the_reports_denies_the_story_the_article_leads_with():
    draft = draft_of(RUMOUR, outlet="The Northern Post")
    claim = claim_with(draft, "expected to resign this week")
    assert stance_of(claim, 'dismissed the reports as "gossip') == "denies"
    assert not together(draft, "falling apart in public", "gossip")


PLANNING = """Save Elmfield has questioned the role of councillor Derek Mason, whose brother works for Kestrel Homes.

Mason denied any conflict of interest.

The council said the planning committee would meet on Tuesday.

Ashby Youth FC said its pitch had been resurfaced.
"""


def test_the_party_a_claim_names_answers_it_with_its_first_words():
    draft = draft_of(PLANNING, outlet="Ashby Chronicle")
    claim = claim_with(draft, "the role of councillor Derek Mason")
    assert stance_of(claim, "denied any conflict of interest") == "denies"
    assert not together(draft, "the role of councillor", "pitch had been resurfaced")


INTERVIEW = """Health minister Grace Okonjo spoke to Radio Lakeside on Tuesday.

The nurses' union said on Monday that 1,100 nursing posts in the province were vacant.

Q: Is the union's figure of 1,100 vacancies right?

A: The number is closer to 800, and we have 300 nurses starting in January.

Q: Will the Westfield surgical unit close?

A: They set out options. No decision has been taken.
"""


def test_an_answer_to_a_question_naming_the_unions_figure_denies_it():
    draft = draft_of(INTERVIEW, outlet="Radio Lakeside")
    claim = claim_with(draft, "1,100 nursing posts")
    assert stance_of(claim, "The number is closer to 800") == "denies"


def test_another_count_of_the_same_thing_is_no_answer_without_more_in_common():
    draft = draft_of(INTERVIEW, outlet="Radio Lakeside")
    assert not together(draft, "1,100 nursing posts", "300 nurses starting in January")


def test_a_denial_later_in_an_answer_joins_the_questions_point():
    draft = draft_of(INTERVIEW, outlet="Radio Lakeside")
    claim = claim_with(draft, "They set out options")
    assert stance_of(claim, "No decision has been taken") == "denies"


COMETS = """The telescope had observed the comet in March, the European Space Research Agency said.

Dr Ada Nwosu said her team planned to observe two more comets next year.
"""


def test_two_occasions_are_two_points():
    assert not together(draft_of(COMETS, outlet="Science Desk Daily"), "observed the comet", "observe two more comets")


COURT = """Kessler took £240,000 in kickbacks for a cleaning contract, a prosecutor told the court.

Brightway Services said it had always won its contracts fairly and would not comment further while the trial was under way.

The trial, expected to last three weeks, continues.
"""


def test_a_refusal_while_a_trial_is_under_way_is_not_about_the_trial():
    assert not together(draft_of(COURT, outlet="Northgate Courier"), "would not comment further", "expected to last")


CHEESE = """The food authority asked shops to remove the soft cheese from sale on Monday.

The cheese is sold in about 40 independent shops and farm stores across the region.
"""


def test_the_outlets_background_is_not_a_partys_point_for_a_few_shared_words():
    assert not together(draft_of(CHEESE, outlet="Midlands Evening Post"), "remove the soft cheese", "is sold in")


STOOD_BY = """City auditor Fiona Marsh said the harbour authority had overspent its dredging budget by £3 million last year.

The authority's director, Paul Kerr, rejected the auditor's finding. "Our accounts show a surplus," Kerr said.

Separately, the authority said a new ferry pier would open in May.

Marsh said on Tuesday that she stood by the report.
"""


def test_a_party_standing_by_its_word_joins_its_point_another_denied():
    draft = draft_of(STOOD_BY)
    claim = claim_with(draft, "overspent its dredging budget")
    assert stance_of(claim, "she stood by the report") == "asserts"     # her own point, restated
    assert stance_of(claim, "rejected the auditor's finding") == "denies"
    assert not claims_holding(draft, "she stood by the report")[1:]
    assert not together(draft, "ferry pier", "she stood by the report")


def test_standing_by_with_nothing_denied_is_a_statement_of_its_own():
    draft = draft_of("The club said its stadium would open in May.\n\nThe mayor said she stood by her decision.\n")
    assert claims_holding(draft, "she stood by her decision")
    assert not together(draft, "stadium would open", "she stood by her decision")


POLICY = """Olympic sprinter Dana Voss tested positive for a banned steroid at a meeting in Lyon last month, two people with knowledge of the result said.

Voss denied taking any banned substance.

Her coach said the team would appeal any ban.

The Athletics Integrity Unit declined to comment on individual cases.

The ministry declined to comment on the federation's budget, saying it did not comment on individual bodies.
"""


def test_a_policy_refusal_answers_the_story_and_a_refusals_reason_goes_with_it():
    draft = draft_of(POLICY)
    assert together(draft, "tested positive for a banned steroid", "declined to comment on individual cases")
    assert not together(draft, "appeal any ban", "declined to comment on individual cases")
    assert together(draft, "declined to comment on the federation", "did not comment on individual bodies")
    assert not together(draft, "tested positive for a banned steroid", "did not comment on individual bodies")


def test_a_policy_refusal_to_a_question_answers_the_question_not_the_story():
    body = POLICY.replace("The Athletics Integrity Unit declined to comment on individual cases.",
                          "Asked whether the team would appeal, the Athletics Integrity Unit said it could not "
                          "comment on individual cases.")
    draft = draft_of(body)
    assert not together(draft, "tested positive for a banned steroid", "comment on individual cases")


LOGS = """The grid operator said a loss of output at the Brannock wind farm caused Monday's blackout.

An independent engineer who has seen the substation logs, Dr Tom Hadley, said they showed a relay at Halwick tripping first.

The regulator said it would publish its findings by March.

The grid operator declined to comment on the substation logs.
"""


def test_a_refusal_joins_the_statement_whose_sentence_names_its_topic():
    draft = draft_of(LOGS)
    assert together(draft, "showed a relay at Halwick", "declined to comment on the substation logs")
    assert stance_of(claim_with(draft, "declined to comment on the substation logs"),
                     "declined to comment on the substation logs") == "declines"
    assert not together(draft, "publish its findings", "declined to comment on the substation logs")
    unnamed = draft_of(LOGS.replace("who has seen the substation logs, ", ""))
    assert not together(unnamed, "showed a relay at Halwick", "declined to comment on the substation logs")


def test_a_party_denying_a_point_and_stating_its_negation_denies_it_twice():
    draft = draft_of("Marlow & Finch denied a report in the Sunday Herald that it planned to close 40 of its stores. "
                     "\"There is no plan to close 40 stores,\" said its finance director, Karen Doyle.\n")
    claim = claim_with(draft, "There is no plan to close 40 stores")
    assert together(draft, "denied a report", "There is no plan to close 40 stores")
    assert stance_of(claim, "There is no plan to close 40 stores") == "denies"
    assert claim.status == "contested"
    assert "no plan" not in claim.text.casefold()         # worded as what is denied
    # the report the denial names is the Herald's own statement, asserted, in the same claim
    assert stance_of(claim, "it planned to close 40 of its stores") == "asserts"
    assert stance_of(claim, "denied a report in the Sunday Herald") == "denies"


RENT_CAP = """The Halbrook Landlords' Association said the rent cap would drive owners out of the market.

Its chairman, Graham Pettifer, said 40% of members would sell a property if the cap passed.

Housing councillor Dana Okwuosa rejected that forecast, saying caps in other cities had not cut the number of homes to rent.
"""


def test_rejecting_that_forecast_denies_what_the_other_side_forecast():
    draft = draft_of(RENT_CAP)
    for point in ("drive owners out of the market", "40% of members would sell"):
        assert stance_of(claim_with(draft, point), "rejected that forecast") == "denies"


def test_refusing_to_say_how_many_answers_the_count_another_party_gave():
    draft = draft_of("The Aircrew Association said the carrier had cut the number of engineers at its Dunhallow base "
                     "from 40 to 26 since last year.\n\nCorvane Air said its maintenance met every requirement. The "
                     "airline would not say how many engineers it currently employs at Dunhallow.\n")
    claim = claim_with(draft, "cut the number of engineers")
    assert stance_of(claim, "how many engineers") == "declines"
    assert not together(draft, "cut the number of engineers", "maintenance met every requirement")


def test_a_count_in_words_or_a_multitude_is_a_count_a_refusal_answers():
    for count in ("fifteen", "hundreds of"):
        draft = draft_of(f"The Riverside Tenants' Union said {count} families had been moved out of Block C.\n\n"
                         "Harlan Homes said the block was safe. The landlord would not say how many families it "
                         "had rehoused.\n")
        claim = claim_with(draft, "families had been moved out")
        assert stance_of(claim, "how many families") == "declines", count


def test_refusing_to_say_how_much_answers_a_sum_and_not_a_count_of_something_else():
    draft = draft_of("Rovers said the transfer was worth £12 million. Rovers would not say how much the agent was paid.\n\n"
                     "The agent said six clubs had called him.\n\nRibeira would not say how much it had been offered.\n")
    assert together(draft, "worth £12 million", "how much it had been offered")
    assert not together(draft, "six clubs had called", "how much it had been offered")


def test_confirming_the_plan_confirms_the_plan_the_other_side_announced():
    draft = draft_of("Foreign Minister Elena Draganova said the two leaders had agreed to set up a joint commission on "
                     "border incidents.\n\nVeresh spokesman Aram Tevosyan confirmed the plan, saying the commission "
                     "would meet early in the new year.\n")
    claim = claim_with(draft, "set up a joint commission")
    assert stance_of(claim, "confirmed the plan") == "confirms"


def test_a_reference_with_nothing_before_it_is_still_drafted():
    draft = draft_of("The ministry confirmed the plan.\n\nThe commission will meet in January, the ministry said.\n")
    assert claims_holding(draft, "the plan")


def test_refusing_to_say_which_answers_the_statement_naming_them():
    draft = draft_of("The Transport Union said three depots in Leeds faced closure by spring.\n\n"
                     "Harlow Freight said its network was sound. The firm would not say which depots it had assessed.\n")
    assert together(draft, "three depots in Leeds", "which depots it had assessed")
    assert not together(draft, "three depots in Leeds", "its network was sound")


def test_an_answer_beside_the_question_qualifies_it_and_a_yes_asserts_it():
    beside = draft_of("Asked whether the board had decided before the meeting, Ruth Olawale said the memo was "
                      "\"a draft for discussion\".\n")
    claim = claim_with(beside, "a draft for discussion")
    assert claim.text == "The board decided before the meeting." and stance_of(claim, "a draft") == "qualifies"
    on_point = draft_of("Asked whether the board had decided before the meeting, Ruth Olawale said the board had "
                        "decided the closure before the meeting.\n")
    assert stance_of(claim_with(on_point, "decided the closure"), "decided the closure") == "asserts"


def test_a_refusal_with_no_topic_opening_its_paragraph_is_about_what_was_said_of_the_refuser():
    draft = draft_of("Prosecutor Anita Shah said Blake accepted £85,000 from Redmere Developments for planning approval."
                     "\n\nBlake's barrister, Martin Cole, said the payments were fees for consultancy work.\n\n"
                     "Redmere Developments said it was cooperating with the investigation and would not comment "
                     "while proceedings were under way.\n")
    assert together(draft, "accepted £85,000 from Redmere", "would not comment while proceedings")
    assert not together(draft, "fees for consultancy work", "would not comment while proceedings")
    answered = draft_of("Prosecutor Anita Shah said Blake accepted £85,000 from Redmere Developments.\n\n"
                        "Martin Cole said the payments were fees for consultancy work. Redmere Developments "
                        "declined to comment.\n")
    assert together(answered, "fees for consultancy work", "declined to comment")


BINS = """Household waste in Corvale will be collected every three weeks from June, after the council voted on Tuesday.

Councillor Imogen Strand said the change would save £900,000 a year. "Our neighbours did this years ago. We waited as long as we could," she told the chamber.

The vote was 27 to 20.

Opposition leader Declan Rowe said the savings had been exaggerated. He said the council's papers showed a net saving nearer £500,000.
"""


def test_a_judged_reference_goes_to_the_statement_holding_what_it_names_not_the_last_one():
    draft = draft_of(BINS)
    assert together(draft, "would save £900,000 a year", "the savings had been exaggerated")
    assert not together(draft, "We waited as long as we could", "the savings had been exaggerated")
    claim = claim_with(draft, "would save £900,000 a year")
    assert stance_of(claim, "the savings had been exaggerated") == "denies"


LETTERS = """Hospital handover delays at Quarry Hill reached a record in October, figures from the ambulance union show.

The local MP, Rhona Beck, said she had written to the health minister asking for emergency funding for the hospital.

The Department of Health said it did not comment on individual correspondence.
"""


def test_a_policy_refusal_naming_a_thing_goes_to_the_statement_about_that_thing_not_the_lead():
    draft = draft_of(LETTERS)
    assert together(draft, "she had written to the health minister", "did not comment on individual correspondence")
    assert not together(draft, "reached a record in October", "did not comment on individual correspondence")



VALUATION = """Orrin Foods has agreed to buy the Tamsworth Dairy for £80 million, the companies said on Monday.

Lena Basak, an analyst at Corrie Capital, said the price valued Tamsworth at about 9 times its annual profit. Another analyst, who asked not to be named, put the multiple closer to 12 times once Tamsworth's debts were counted.
"""


def test_figures_set_against_each_other_answer_each_other_with_only_a_name_in_common():
    draft = draft_of(VALUATION)
    assert together(draft, "about 9 times its annual profit", "closer to 12 times")


def test_parties_that_blame_each_other_state_no_claim_of_their_own():
    body = ("Nine people died when a market in Osska was shelled on Friday, the Red Crescent said, as the army and "
            "the rebels blamed each other for the attack.\n\nThe army said rebel guns had fired from the hills.\n")
    quotes = [e.statement.quote for c in draft_of(body).claims for e in c.evidence]
    assert not any("each other" in q for q in quotes)
    assert any("rebel guns had fired from the hills" in q for q in quotes)


def test_an_answer_in_apposition_denies_the_claim_it_names():
    body = ("The tenants' association said the landlord planned to raise rents by 12%, a claim the landlord denied.\n\n"
            "The city's housing office said it had received no notice of any increase.\n")
    claim = claim_with(draft_of(body), "planned to raise rents by 12%")
    assert stance_of(claim, "a claim the landlord denied") == "denies"
    named = draft_of('The tenants\' association said the landlord planned to raise rents by 12%, a claim the landlord '
                     'branded "scaremongering".\n')
    assert stance_of(claim_with(named, "planned to raise rents by 12%"), "a claim the landlord branded") == "denies"


QUARRY = """Residents of Fenby say blasting at the Crag Hill quarry has cracked walls in at least 20 homes.

The operator, Stoneway Minerals, said its vibration readings had stayed within the legal limit all year. Its manager, Ian Lowe, said the cracks were more likely to be caused by subsidence from old mine workings. He said the company would pay for a survey if the parish council asked for one.

The residents' group chair, Ruth Dale, rejected that explanation. "There has been no mining here for a century," she said.
"""


def test_rejecting_an_explanation_answers_the_statement_that_gives_a_cause():
    draft = draft_of(QUARRY)
    assert together(draft, "more likely to be caused by subsidence", "rejected that explanation")
    assert not together(draft, "stayed within the legal limit", "rejected that explanation")
    assert not together(draft, "would pay for a survey", "rejected that explanation")


FEE = """Harling Town have agreed a £4 million fee with Bexley Athletic for Tom Webb, Harling's manager said on Thursday.

"We've shaken hands on the fee," Sean Hale said. He said Webb would have a medical on Friday.

Bexley disputed that. Its chief executive, Ruth Amis, said no fee had been agreed.
"""


def test_a_bare_denial_answers_what_its_reasons_bear_on_not_the_last_sentence():
    draft = draft_of(FEE)
    assert together(draft, "shaken hands on the fee", "Bexley disputed that")
    assert not together(draft, "medical on Friday", "Bexley disputed that")


def test_a_short_quoted_verdict_before_its_attribution_is_kept():
    body = ("A trust spokesman said urgent referrals were scanned within two weeks.\n\n"
            '"That is simply not true," said Dr Ana Reyes, a consultant at the hospital. "I have three patients who '
            'waited five weeks."\n')
    claim = claim_with(draft_of(body), "scanned within two weeks")
    assert stance_of(claim, "That is simply not true") == "denies"


def test_denying_a_counter_to_the_point_supports_the_point():
    body = ("A letter from a senior radiographer to the board of Dunmore Hospital says two scanners are broken and "
            "that urgent cancer referrals are being delayed.\n\nThe Dunmore Hospitals Trust said one scanner had "
            "been repaired. A trust spokesman said urgent cancer referrals were still being scanned within two "
            'weeks.\n\n"That is simply not true," said Dr Ana Reyes, a consultant at the hospital.\n')
    claim = claim_with(draft_of(body), "urgent cancer referrals are being delayed")
    assert stance_of(claim, "still being scanned within two weeks") == "qualifies"
    assert stance_of(claim, "That is simply not true") == "confirms"


PENSION = """The Harlow Mills pension scheme has a funding deficit of £1.2 billion, the company said on Monday.

The union said its own adviser put the shortfall at about £400 million.

Finance director Ruth Okoro said the company had paid £150 million into the scheme over three years. The union said the company had paid £310 million in dividends over the same period."""


def test_a_rival_sum_for_the_same_thing_answers_the_first_and_sums_for_other_things_stay_apart():
    draft = draft_of(PENSION)
    assert together(draft, "deficit of £1.2 billion", "shortfall at about £400 million")
    assert not together(draft, "£150 million into the scheme", "£310 million in dividends")


CLAIMS = """More than 60 households in Ashby Vale have had flood claims rejected by Covenant Mutual, the residents' association said.

Its chair, Ruth Okonjo, said the insurer had blamed groundwater. "To be told that it came up through the floor is insulting," she said.

Covenant Mutual disputed the number. A spokeswoman for Covenant said the company had declined 38 claims from the village, not more than 60.

The union said the council's repair budget was £4 million. The council said the figure was "inflated by old assumptions"."""


def test_a_reference_to_the_number_answers_the_statement_that_gave_one():
    draft = draft_of(CLAIMS)
    assert together(draft, "More than 60 households", "disputed the number")
    assert not together(draft, "insulting", "disputed the number")
    assert stance_of(claim_with(draft, "More than 60 households"), "disputed the number") == "denies"


def test_a_count_set_aside_with_more_than_answers_the_count():
    assert together(draft_of(CLAIMS), "More than 60 households", "declined 38 claims from the village, not more than 60")


def test_a_figure_judged_inflated_denies_the_figure():
    claim = claim_with(draft_of(CLAIMS), "budget was £4 million")
    assert stance_of(claim, "the figure was") == "denies"


OUTAGE = """A fault left about 400,000 Brightwave customers without mobile data on Saturday, the regulator Ofcast said.

Brightwave said the number of affected customers was well below the regulator's figure. "Fewer than 250,000 customers lost service," said Hannah Quill, Brightwave's chief technology officer. She said the fault had been caused by a flawed software update supplied by Velnor Systems.

Velnor disputed that account. A spokesman for Velnor said the update had been tested and approved by Brightwave's own engineers."""


def test_a_party_answering_a_run_that_names_it_answers_the_statement_naming_it():
    draft = draft_of(OUTAGE)
    assert together(draft, "caused by a flawed software update", "Velnor disputed that account")
    assert together(draft, "caused by a flawed software update", "tested and approved")
    assert not together(draft, "well below the regulator's figure", "Velnor disputed that account")
    assert not together(draft, "about 400,000 Brightwave customers", "tested and approved")


VESSELS = """Defence minister Gavin Tulloch insisted the first vessel would enter service in 2028.

The audit office's report gives a different date. It says the first vessel is now unlikely to be ready before 2029.

Mr Tulloch also said no jobs at the Kelby yard were at risk. The union representative at the yard, Carol Beattie, said she had been given the same assurance by the company."""


def test_rival_years_for_one_event_are_one_point_and_the_later_denies_the_first():
    draft = draft_of(VESSELS)
    assert together(draft, "would enter service in 2028", "unlikely to be ready before 2029")
    assert stance_of(claim_with(draft, "enter service in 2028"), "unlikely to be ready") == "denies"


def test_rival_years_are_weighed_without_copying_statements(monkeypatch):
    """Weighing rival years once copied both statements per pair compared (a 1,000-paragraph article of
    rival years drafted five times slower than before the rule): grouping now makes no copies."""
    from crosscheck.draft import article, grouping, propositions

    body = "\n\n".join(f"The ministry said the bridge would open in {2028 + i}. The union said it was "
                         f"unlikely to open before {2029 + i}." for i in range(12))
    document = parse_document(f"---\ntitle: Test\n---\n\n{body}")
    found, _ = article._propositions(document)
    made = []
    original = propositions.Proposition.__init__
    monkeypatch.setattr(propositions.Proposition, "__init__", lambda self, *a, **k: made.append(1) or original(self, *a, **k))
    points = grouping.group(found, grouping.Weights(p.terms for p in found))
    assert any(len(point.parties) == 2 for point in points)     # the years answer each other
    assert made == []


def test_the_same_assurance_confirms_what_another_party_gave():
    draft = draft_of(VESSELS)
    assert together(draft, "no jobs at the Kelby yard", "the same assurance")
    assert stance_of(claim_with(draft, "no jobs at the Kelby yard"), "the same assurance") == "confirms"


CALLS = """Cruise ships will call at Calder Bay 140 times next year, almost twice this year's 72, the harbour authority said on Friday.

Aurelia Cruises, the largest operator using the port, confirmed it would make 38 calls next year, up from 15."""


def test_a_confirmed_figure_of_another_count_is_a_part_not_a_rival():
    assert not together(draft_of(CALLS), "140 times next year", "38 calls next year")


BULLETINS = """The Trust will merge its nine regional news bulletins into four from April, a move the broadcasting union says will cost 120 jobs.

The Trust's director of regions, Siobhan Carrick, said the change would save £18 million a year and that "around 80 posts" would close, most of them through voluntary redundancy.

The union said its count was 120, because the Trust's figure left out freelance staff. Its organiser said the union would consult members on strike action.

The merged bulletins will run for 30 minutes, the Trust said. Ms Carrick repeated that about 80 posts would go."""


def test_an_approximate_rival_count_of_posts_answers_a_count_of_jobs():
    draft = draft_of(BULLETINS)
    assert together(draft, "cost 120 jobs", "around 80 posts")
    assert not together(draft, "cost 120 jobs", "save £18 million")


def test_a_party_giving_its_figure_again_restates_its_point():
    draft = draft_of(BULLETINS)
    assert together(draft, "around 80 posts", "about 80 posts would go")
    assert together(draft, "cost 120 jobs", "its count was 120")


MAIN = """About 30,000 homes were left without water after a trunk main burst, Tarn Valley Water said. Its operations director, Marcus Hale, said the pipe had failed at about 4am.

Borough council leader Amrit Sandhu said the company had been warned about the condition of the main. She said council engineers had reported leaks on the pipe three times.

Mr Hale denied that the company had ignored the warnings. He said the main had been inspected in March and that customers would be paid compensation of £30."""


def test_the_reasons_after_a_worded_denial_that_bear_on_it_join_what_it_denied():
    draft = draft_of(MAIN)
    claim = claim_with(draft, "had been warned about the condition")
    assert together(draft, "had been warned about the condition", "the main had been inspected in March")
    assert stance_of(claim, "the main had been inspected") == "denies"
    assert not together(draft, "had been warned about the condition", "compensation of £30")


def test_a_passive_answer_opening_its_reasons_sentence_is_the_answering_partys():
    draft = draft_of("The port authority says each visitor spends an average of £60 in the town. That figure was "
                     "disputed by the Harbour Traders' Association, whose chair, Ruth Penn, said most visitors never "
                     "left the quay.\n")
    claim = claim_with(draft, "each visitor spends an average of £60")
    answer = next(e for e in claim.evidence if "disputed by" in e.statement.quote)
    assert (answer.statement.party, answer.stance) == ("Harbour Traders' Association", "denies")


def test_not_disputing_that_before_a_but_confirms_what_was_said():
    draft = draft_of("The company said it had paid £90 million into the scheme since 2022. The union did not dispute "
                     "that, but Mr Osei said the company had paid twice as much to its shareholders.\n")
    claim = claim_with(draft, "paid £90 million into the scheme")
    assert stance_of(claim, "did not dispute that") == "confirms"
    assert not any("did not dispute" in e.statement.quote and "shareholders" in e.statement.quote
                   for c in draft.claims for e in c.evidence)


COMPLAINTS = """More than 60 households have had flood claims rejected by Covenant Mutual, the residents' association said. Covenant Mutual disputed the number.

The trustees said they would not take part in the negotiations. The Pensions Authority said it was aware of the valuation. A spokeswoman said it did not comment on individual schemes."""


def test_a_policy_refusal_after_the_partys_own_statement_keeps_to_that_partys_matter():
    draft = draft_of(COMPLAINTS)
    assert together(draft, "aware of the valuation", "did not comment on individual schemes")
    assert not together(draft, "would not take part in the negotiations", "did not comment on individual schemes")


def test_a_rival_sum_named_for_what_it_counts_answers_from_further_off():
    filler = " ".join(f"The union said point {n} was still open." for n in range(2, 12))
    draft = draft_of("The Harlow Mills pension scheme has a funding deficit of £1.2 billion, the company said.\n\n"
                     f"{filler}\n\nThe actuary, David Mercer, said the scheme's deficit would be closer to £700 million if "
                     "the assets earned more.")
    assert together(draft, "deficit of £1.2 billion", "closer to £700 million")


def test_a_refusal_after_the_question_it_refuses_quotes_the_refusal_too():
    draft = draft_of("Harbour Rovers owe £40 million to their owner's company, the accounts show.\n\n"
                     "Asked by the Post whether he would consider selling, Mr. Varga would not say.\n")
    quote = next(e.statement.quote for c in draft.claims for e in c.evidence if "consider selling" in e.statement.quote)
    assert quote == "whether he would consider selling, Mr. Varga would not say"
    assert stance_of(claim_with(draft, "consider selling"), "consider selling") == "declines"


LIDO = """Repairing the Harbury Lido's cracked pool tank will cost £2.4 million, Harbury Borough Council said on Monday, as it confirmed the open-air pool will stay shut for the 2027 season.

The Friends of Harbury Lido disputed the figure. Their chair, Dana Whitlow, said an engineer the group had hired put the cost of the work at about £1.2 million. "The council has priced a new pool, not a repair," she said.

Council leader Martin Oduya rejected that. He said the estimate came from the council's own surveyors and included new filters the pool would need within five years.

Asked whether the lido could reopen in 2028, a council spokeswoman said no decision had been taken. She declined to comment on whether the site could be sold.

The lido, which opened in 1936, drew about 41,000 swimmers in its last full season. Ms Whitlow said the group's count was closer to 55,000, because the council's figure left out evening sessions."""


def test_the_party_that_put_the_point_forward_rejecting_the_answer_to_it_supports_its_point():
    titled = "---\ntitle: Council says lido repairs will cost £2.4m; campaigners put bill at half that\noutlet: Echo\n---\n\n"
    claim = claim_with(draft_article(parse_document(titled + LIDO)), "will cost £2.4 million")
    assert stance_of(claim, "disputed the figure") == "denies"
    assert stance_of(claim, "Martin Oduya rejected that") == "asserts"
    assert stance_of(claim, "the estimate came from the council's own surveyors") == "asserts"


def test_a_warning_named_after_a_rejection_is_the_warners_statement_not_a_denial():
    draft = draft_of("The Fenmoor ferry will keep sailing through the winter, the harbour board said on Monday, "
                     "rejecting warnings from the crew's union that it would stop in January.\n")
    claim = claim_with(draft, "it would stop in January")
    item = next(e for e in claim.evidence if "it would stop in January" in e.statement.quote)
    assert (item.stance, item.statement.speaker) == ("asserts", "crew's union")


FURTHER = """The county prosecutor told the court that Orlan Freight had paid a harbour official to overlook its late filings.

Orlan Freight said it had moved its head office to Brellport in the spring and would not comment further while the trial was under way.

The Port Users' Forum said the harbour's inspection rota had been cut to one visit a month. The harbour board said the rota was under review. A spokesman declined to comment further."""


def test_a_bare_refusal_in_the_sentence_of_the_partys_own_statement_keeps_to_what_it_has_just_said():
    draft = draft_of(FURTHER)
    assert together(draft, "moved its head office", "would not comment further")
    assert not together(draft, "paid a harbour official", "would not comment further")
    # a bare refusal in a sentence of its own still answers what was said before it
    assert together(draft, "inspection rota had been cut", "declined to comment further")
