"""Tests for crosscheck.segment: the one splitter of paragraphs, sentences and quotations.

Every example text is written for these tests (invented people and places).
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crosscheck import segment
from crosscheck.checks._base import Context
from crosscheck.document import parse_document
from crosscheck.segment import paragraphs, quotations, split_sentences


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def quoted(text):
    return [text[s:e] for s, e in quotations(text)]


# -- abbreviations ---------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["Lt.", "Gen.", "Gov.", "Rev.", "Dr.", "Sen.", "Rep.", "Capt.", "Sgt.", "Prof.",
                                   "Mr.", "Mrs.", "Ms.", "Col.", "Maj.", "Adm.", "Pres."])
def test_a_title_before_a_name_never_ends_a_sentence(title):
    text = f"Retired {title} Nora Quill spoke at the dock. The crowd left."
    assert sentences(text) == [f"Retired {title} Nora Quill spoke at the dock.", "The crowd left."]


def test_stacked_titles_stay_in_one_sentence():
    assert sentences("Retired Lt. Gen. Ray Dalton said the plan was costly. Nobody replied.") == [
        "Retired Lt. Gen. Ray Dalton said the plan was costly.", "Nobody replied."]


def test_dotted_abbreviations_end_a_sentence_only_before_an_opener():
    assert sentences("The U.S. Army left the port. It rained.") == ["The U.S. Army left the port.", "It rained."]
    assert sentences("She moved to the U.S. The next year she returned.") == [
        "She moved to the U.S.", "The next year she returned."]
    assert sentences("He works for Brightline Inc. The firm is small.") == [
        "He works for Brightline Inc.", "The firm is small."]
    assert sentences("The ferry leaves at 9 a.m. Eastern on weekdays.") == [
        "The ferry leaves at 9 a.m. Eastern on weekdays."]
    assert sentences("The vote was at 9 a.m. Then the hall emptied.") == ["The vote was at 9 a.m.", "Then the hall emptied."]


def test_months_and_numbers():
    assert sentences("The hearing is on Jan. 5 in Riverton. It is open.") == [
        "The hearing is on Jan. 5 in Riverton.", "It is open."]
    assert sentences("Pier No. 4 is closed. No. That is wrong.") == ["Pier No. 4 is closed.", "No.", "That is wrong."]
    assert sentences("The study, see Fig. 2 and Vol. 3, was long.") == ["The study, see Fig. 2 and Vol. 3, was long."]


def test_initials_and_nicknames():
    assert sentences("Edwin G. Monroy signed it. Plan B. The end.") == ["Edwin G. Monroy signed it.", "Plan B.", "The end."]
    assert sentences('Rep. Robert C. "Bobby" Hale spoke first.') == ['Rep. Robert C. "Bobby" Hale spoke first.']
    assert sentences("Harry F. Byrd Sr., the patriarch, spoke.") == ["Harry F. Byrd Sr., the patriarch, spoke."]


def test_a_parenthesis_after_an_abbreviation_continues_the_sentence():
    assert sentences("It reported to the S.E.C. (at least once). Then it stopped.") == [
        "It reported to the S.E.C. (at least once).", "Then it stopped."]


# -- quotations and their tags -----------------------------------------------------------------------

def test_a_quotation_keeps_its_speech_tag():
    assert sentences("“How many times must we ask?” Nora Quill asked. The room fell silent.") == [
        "“How many times must we ask?” Nora Quill asked.", "The room fell silent."]
    assert sentences("“Stop the vote!” shouted the mayor. Nobody moved.") == [
        "“Stop the vote!” shouted the mayor.", "Nobody moved."]
    assert sentences('"Is it safe?" she asked. "Yes."') == ['"Is it safe?" she asked.', '"Yes."']


def test_a_tag_that_opens_the_next_sentence_is_not_merged():
    assert sentences("It is a “rigged system.” She adds, “What kind of plan is this?”") == [
        "It is a “rigged system.”", "She adds, “What kind of plan is this?”"]
    assert sentences("“That is final.” Officials said the plan would pass.") == [
        "“That is final.”", "Officials said the plan would pass."]
    assert sentences("“Why now?” He asked nobody in particular.") == ["“Why now?”", "He asked nobody in particular."]


def test_sentences_inside_a_quotation_are_sentences():
    assert sentences("“We are done. We leave now,” he said.") == ["“We are done.", "We leave now,” he said."]


# -- lines and paragraphs ------------------------------------------------------------------------------

def test_line_breaks_end_headings_and_bylines_but_not_wrapped_words():
    assert sentences("Harbor Vote Delayed\nBy Jane Whitaker\nThe council met. It adjourned.") == [
        "Harbor Vote Delayed", "By Jane Whitaker", "The council met.", "It adjourned."]
    assert sentences("the budget is\nstill late") == ["the budget is\nstill late"]


def test_a_hard_wrapped_paragraph_is_read_as_running_text():
    text = ("The council of Riverton met on Tuesday to discuss the new ferry\n"
            "timetable, which Mayor Ann Lee had promised would be ready by\n"
            "March. Councillor Tom Ruiz said the boats were too old for the\n"
            "winter schedule.")
    assert sentences(text) == [text[:text.index("March.") + 6], text[text.index("Councillor"):]]


def test_paragraphs_with_every_kind_of_line_break():
    for nl in ("\n", "\r\n", "\r"):
        text = f"First one.{nl}{nl}Second one.{nl} \t{nl}{nl}Third{nl}line."
        assert [text[s:e] for s, e in paragraphs(text)] == ["First one.", "Second one.", f"Third{nl}line."]
    assert [p for p in paragraphs("A.\n\u00a0\nB.")] == [(0, 2), (5, 7)]
    assert paragraphs("Title: x\r\nDate: y\r\n") == [(0, 17)]     # one CRLF is one line break
    assert paragraphs("") == [] and paragraphs(" \n\n \t ") == []


def test_start_and_end_bound_the_split():
    text = "Skip this. Keep this one. And this. Not this."
    a, b = text.index("Keep"), text.index("Not") - 1
    assert [text[s:e] for s, e in split_sentences(text, a, b)] == ["Keep this one.", "And this."]


# -- quotations ---------------------------------------------------------------------------------------

def test_quotation_marks_of_every_kind():
    assert quoted("He said “yes” and then \"no\" and ‘maybe’.") == ["“yes”", '"no"', "‘maybe’"]
    assert quoted("It's the mayor's plan, isn't it?") == []
    assert quoted("«Non», dit-il.") == ["«Non»"]
    assert quoted("“Outer ‘inner’ outer”") == ["“Outer ‘inner’ outer”"]


def test_unbalanced_quotations_run_to_the_end_or_the_next_opener():
    assert quoted("“The first part goes on") == ["“The first part goes on"]
    assert quoted("“One. “Two.”") == ["“One.", "“Two.”"]
    assert quoted("a stray” closer") == []


# -- one splitter for the whole project -------------------------------------------------------------

ARTICLE = ("Ferry fares to rise\n\nBy Jane Whitaker\n\nGov. Elena Marsh said on Jan. 5 that fares would rise. "
           "“How much?” asked Sen. Tom Ruiz. The U.S. Coast Guard declined to comment.\r\n\r\n"
           "“We will see,” she said. It rained.")


def test_documents_checks_and_segment_agree():
    doc = parse_document(ARTICLE, "ferry.txt")
    expected = [span for p in doc.paragraphs for span in split_sentences(ARTICLE, p.start, p.end)]
    assert [(s.start, s.end) for s in doc.sentences] == expected
    assert Context(ARTICLE).sentences == split_sentences(ARTICLE)
    assert "Gov. Elena Marsh said on Jan. 5 that fares would rise." in [s.text for s in doc.sentences]
    assert "“How much?” asked Sen. Tom Ruiz." in [s.text for s in doc.sentences]


# -- hostile input ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "a" + " " * 200_000 + "b", "." * 200_000 + " B", ". " * 100_000, "Stop!" + "”" * 100_000 + " Next",
    "x \n" * 50_000, "Dr. " * 50_000, '"' * 100_000, "“a ”" * 50_000, "\r" * 100_000, "\u00a0\n" * 50_000,
])
def test_pathological_runs_split_and_slice(text):
    spans = split_sentences(text)
    assert all(text[s:e].strip() == text[s:e] and e > s for s, e in spans)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    quotations(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(list("ab AB.?!”“\"'’‘\n\r\t\u00a0,:") + ["Dr.", "U.S.", " said ", "Jan."]),
                max_size=120).map("".join))
def test_property_spans_are_stripped_ordered_and_inside_paragraphs(text):
    paras = paragraphs(text)
    spans = split_sentences(text)
    for s, e in spans:
        assert text[s:e] == text[s:e].strip() and e > s
        assert any(ps <= s and e <= pe for ps, pe in paras)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:]))
    for s, e in quotations(text):
        assert 0 <= s < e <= len(text)


def test_public_names():
    assert {"Lt", "Gen", "Gov", "Rev", "Dr", "Sen"} <= {w.capitalize() for w in segment.NAME_TITLES}
    assert "u.s" not in segment.NAME_TITLES         # "U.S." may end a sentence


def test_a_lower_case_word_that_abbreviates_a_state_ends_a_sentence():
    text = "The cheese had made anyone ill. Managing director Peter Hollins said the tests were clear."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The cheese had made anyone ill.", "Managing director Peter Hollins said the tests were clear."]
    assert len(split_sentences("He lives in Peoria, Ill. Governor Smith visited him.")) == 1


def test_the_drafter_cuts_clauses_only_where_segment_ends_a_sentence():
    """An abbreviation inside a reported content ("Mr.", "Dr.", "St.") is no clause seam."""
    from crosscheck.draft import draft_article

    text = ("---\noutlet: Valley Times\npublished: 2025-10-03\n---\n\n"
            "The Home Office confirmed that it had received Mr. Osei's petition and said it would answer "
            "Dr. Lind within a month.\n\n"
            "Councillor Ana Reyes said the St. Brides depot would close. The depot employs 40 people, she said.\n")
    draft = draft_article(parse_document(text, "depot.txt")).to_dict()
    quotes = [e["quote"] for claim in draft["claims"] for e in claim["evidence"]]
    assert not [q for q in quotes if q.endswith(("Mr.", "Dr.", "St."))]
    assert "it had received Mr. Osei's petition" in quotes
    assert any(q.startswith("the St. Brides depot would close") for q in quotes)
