"""Terms: concepts of a statement's words and how alike two statements are."""
from crosscheck.draft.terms import Weights, coverage, numbers, set_aside, similarity, terms


def test_words_of_one_concept_are_one_term():
    assert terms("Trump asked Putin to halt strikes") & terms("a request to refrain from striking") >= {"ask", "halt",
                                                                                                     "strike"}
    assert "break" in terms("talks broke down") & terms("talks had not broken down")
    assert terms("Harlow's talks") == terms("harlow talks")


def test_reporting_words_and_function_words_are_not_terms():
    assert terms("he said that it was denied and they declined to comment") == frozenset()


def test_similarity_counts_rare_terms_more():
    sets = [terms("the Leeds bakery will close"), terms("Harlow said the bakery in Leeds would close next year"),
            terms("Harlow profits rose"), terms("Harlow shares fell")]
    weight = Weights(sets)
    assert weight("bakeri") > weight("harlow")
    assert similarity(sets[0], sets[1], weight) > 0.5
    assert similarity(sets[2], sets[3], weight) < 0.3
    assert coverage(sets[0], sets[1], weight) == 1.0


def test_figures_weigh_more_than_years():
    weight = Weights([terms("15 parts per billion in 2024")])
    assert weight("15") > weight("2024")


def test_figures_by_what_they_count():
    from crosscheck.draft.terms import figures

    assert figures("about 3 million Parcelo customers") == {"customer": 3e6}
    assert figures("fewer than 400,000 customers were affected") == {"customer": 4e5}
    assert figures('worth "more than 4 per cent" once') == {"percent": 4.0}
    assert figures("on 14 July, in 2021") == {}


def test_a_number_before_a_span_of_time_or_a_verb_counts_nothing_after_it():
    from crosscheck.draft.terms import figures

    assert figures("only six weeks to record the remains") == {}         # not six records
    assert figures("its team of 14 had recorded more than 3,000 finds") == {"find": 3000.0}
    assert figures("I've guided on the Sable for 22 years and never seen anything like it") == {}
    assert figures("the cancellations on 17 days so far this month") == {}
    assert figures("The two men arrested, aged 24 and 31, will appear before magistrates") == {"men": 2.0}
    assert figures("will cost 120 jobs") == {"job": 120.0}


def test_a_month_abbreviation_is_its_month():
    assert terms("at a meeting on Oct. 22") & terms("the October meeting") == {"octob", "talk"}
    assert terms("Sept. 3") == terms("September 3")


def test_phrases_name_the_concept_of_their_family():
    assert "close" in terms("the unit will stay open") & terms("the unit will shut")
    assert "close" in terms("a campaign to keep the school open")
    assert "close" in terms("the plant's last unit would go offline")
    assert "fall" in terms("the firm laid off 40 drivers") & terms("it will cut 40 jobs")
    assert "fall" in terms("the school is not shrinking") & terms("numbers had fallen every year")
    assert "resign" in terms("she will step down in May") & terms("her resignation")
    assert "close" not in terms("the pool opened in 1979")
    assert "buy" in terms("to sound out possible buyers") & terms("a bidder for the unit")
    assert "report" in terms("the company had come forward") & terms("it reported the failings to the commission")


def test_numbers_in_figures_and_words_and_those_set_aside():
    assert numbers("Eleven out of 42.") == {11.0, 42.0}
    assert numbers("2,300 babies and 1.5 million") == {2300.0, 1.5}
    assert set_aside("its own count showed 16 vacant posts, not 11") == {11.0}
    assert set_aside("the school had 131 pupils, not ninety") == {90.0}
    assert set_aside("rather than 40 stores") == {40.0}
    assert set_aside("not 5 per cent") == frozenset()
    assert set_aside("16 posts were vacant") == frozenset()


def test_figures_in_words_count_as_figures_of_a_statement():
    from crosscheck import parse_document
    from crosscheck.draft.article import _propositions

    text = "---\ntitle: T\noutlet: Wire\npublished: 2025-10-14\n---\n\nThe union said crews waited nine hours.\n"
    found, _ = _propositions(parse_document(text))
    assert found[0].figures == {"hour": 9.0}


def test_a_phrasal_particle_is_no_term_of_its_own():
    from crosscheck.draft.terms import terms

    assert terms("asked for the replacement to be brought forward") == terms("asked for the replacement to be brought")
    assert terms("pressed ahead") == terms("pressed")


def test_a_multiple_is_a_figure_of_times_and_a_figure_is_a_number():
    from crosscheck.draft.terms import figures, terms

    assert figures("valued the club at about 9 times its annual profit") == {"time": 9.0}
    assert terms("the union's figure") == terms("the union's number")


def test_an_air_strike_is_the_concept_of_aircraft():
    from crosscheck.draft.terms import terms

    assert "aircraft" in terms("the convoy was hit by an air strike") & terms("no military jets were flying")


def test_a_part_of_a_count_is_no_count_of_its_own():
    from crosscheck.draft.terms import figures

    assert figures("the engineer had inspected 12 of the homes") == {}
    assert figures("cracks in at least 30 homes") == {"home": 30.0}
    assert figures("14 of the 22 posts had been filled") == {"job": 22.0}     # posts and jobs are one concept


def test_a_sum_of_money_counts_what_the_noun_beside_it_names():
    from crosscheck.draft.terms import figures

    assert figures("the scheme has a funding deficit of £1.2 billion, the firm said") == {"money:deficit": 1.2e9}
    assert figures("its adviser put the shortfall at about £400 million") == {"money:deficit": 4e8}
    assert figures('the deficit would be "closer to £700 million"') == {"money:deficit": 7e8}
    assert figures("it had paid $310 million in dividends") == {"money:dividend": 3.1e8}
    assert figures("it had paid €150 million into the scheme") == {"money:pay": 1.5e8}
    assert figures("a £5 credit") == figures("a credit of £5") == {"money:credit": 5.0}
    # the noun after the sum is the one right after it, however long the sentence goes on
    assert figures('the deficit would be "closer to £700 million" if the assets earned the returns the adviser '
                   "had assumed") == {"money:deficit": 7e8}
