"""Claim wording: a short checkable proposition in plain words."""
import pytest

from crosscheck import parse_document
from crosscheck.draft import draft_article
from crosscheck.draft.wording import question_text


@pytest.mark.parametrize("article, text", [
    ("US President Donald Trump said that he had asked Putin to halt strikes for a week.",
     "Donald Trump asked Putin to halt strikes for a week."),
    ("The minister said the treaty would be signed in November.", "The treaty will be signed in November."),
    ('"I personally asked President Putin not to fire on Kyiv," Trump said.',
     "Trump personally asked President Putin not to fire on Kyiv."),
    ("Harlow Foods, which makes cheese, will close its Leeds bakery, union organiser Sam Reed said on Monday.",
     "Harlow Foods will close its Leeds bakery."),
    ("The agency would not say whether a follow-up observation had been scheduled.",
     "A follow-up observation was scheduled."),
    # a body's "we" takes the verb in the third person singular, as its name does
    ('"We expect the terminal to stay open for years," said Owen Tull, chairman of the Kessington Port Authority.',
     "Kessington Port Authority expects the terminal to stay open for years."),
    ('"We are not closing anything," said Owen Tull, chairman of the Kessington Port Authority.',
     "Kessington Port Authority is not closing anything."),
    ('"We don\'t plan to sell the land," said Owen Tull, chairman of the Kessington Port Authority.',
     "Kessington Port Authority doesn't plan to sell the land."),
    ('"We discuss the budget every week," the council said.', "Council discusses the budget every week."),
    # a passive "had been told" after a list of subjects is the content's verb, not a trailing attribution
    ("The union said staff at the Ashby, Fell Lane, Corbin and Mill Road depots had been told on Friday that their "
     "jobs were at risk.", "Staff at the Ashby, Fell Lane, Corbin and Mill Road depots were told on Friday that their "
     "jobs were at risk."),
    ('"I do not accept the figure," Reddy said.', "Reddy does not accept the figure."),
    # "That" as the subject stays; a question left unanswered is what it asked
    ('Sen. Hallie Brandt said Quint had called twice. "That is pressure, whatever they call it," she said.',
     "Quint called twice."),
    ("Tarnley Police did not respond to a question on whether an apology had been offered.",
     "An apology was offered."),
    # a refusal on a topic with no verb of its own is an open question, not a proposition
    ("Redstone did not respond to requests for comment on the fault.", "Open question: the fault."),
    ("The university declined to comment on Marchbank's finances.", "Open question: Marchbank's finances."),
    ("The agency said it would not comment on the case.", "Open question: the case."),
    ("Ilse Varnow said she would not discuss a document that was before the court.",
     "Open question: a document that was before the court."),
    ('"I don\u2019t know who leaked it," Reddy said.', "Reddy doesn\u2019t know who leaked it."),
    # a thing and what the speaker called it is what it is said to be
    ("Brennock called the recall \u201cprecautionary\u201d on Tuesday.", "The recall was precautionary on Tuesday."),
    ("The league described the request as routine.", "The request was routine."),
    ("Menon called the jaw bones an important find.", "The jaw bones were an important find."),
    # what a speaker did, when the content is only the act's object or the act itself
    ("Renters' group Halbrook Tenants Together welcomed the vote.", "Halbrook Tenants Together welcomed the vote."),
    ("Plumline has denied any wrongdoing.", "Plumline has denied any wrongdoing."),
    # a passive "had been told" is the content's verb, not an attribution left inside it
    ("Fiona Keane said staff in modern languages, music and philosophy had been told at meetings that their "
     "departments would close.",
     "Staff in modern languages, music and philosophy were told at meetings that their departments will close."),
    # a counterfactual stays one; a recipient is no infinitive; whom a speaker told is kept
    ("The lawyer said the accountant would have testified that the money was lost.",
     "The accountant would have testified that the money was lost."),
    ("The lawyer said the firm would have to repay the loan.", "The firm will have to repay the loan."),
    ("Judge Martin Lyle told the jurors to ignore anything they had read online.",
     "Martin Lyle told the jurors to ignore anything they had read online."),
    ('"I just want to know why nobody stopped that boat," Janet Tully said.',
     "Janet Tully just wants to know why nobody stopped that boat."),
    ('"We just want answers," Janet Tully said.', "Janet Tully just wants answers."),
    # a figure put forward is what the speaker says it is
    ("The Dunmere council put the number of affected homes at 640.", "The number of affected homes is 640."),
    ("Brelm Air put its losses higher, at 2 million pounds.", "Its losses are higher, at 2 million pounds."),
    # an irregular simple past keeps its form in the third person
    ('"We sat in a room with the board," said Owen Tull, chairman of the Kessington Port Authority.',
     "Kessington Port Authority sat in a room with the board."),
    ('"I thought the vote was fair," Reddy said.', "Reddy thought the vote was fair."),
    # a hyphenated verb keeps its form: "co-operated" is no "co" to put in the third person
    ('"We co-operated fully," said Owen Tull, chairman of the Kessington Port Authority.',
     "Kessington Port Authority co-operated fully."),
    # a body's "it" doing something is the body; "it was clear" is no one in particular
    ("Redmere Developments said it was cooperating fully with the investigation.",
     "Redmere Developments was cooperating fully with the investigation."),
    ("Redmere Developments said it would appeal against the ruling.", "Redmere Developments will appeal against the ruling."),
    ("Redmere Developments said it was too early for a decision.", "It was too early for a decision."),
    # "too early to judge" refuses to judge: the refusal is worded with who refused
    ("Redmere Developments said it was too early to judge.", "Redmere Developments said it was too early to judge."),
    ("The former mayor, Gordon Blake, pleaded not guilty on Monday to three counts of bribery.",
     "Gordon Blake pleaded not guilty on Monday to three counts of bribery."),
    # a passive's subject before its infinitive
    ("Okafor is expected to undergo a medical on Saturday.", "Okafor is expected to undergo a medical on Saturday."),
    ("The minister said the bridge would reopen in May, a spokesman for the council told reporters.",
     "The bridge will reopen in May."),
])
def test_claim_text_from_one_statement(article, text):
    draft = draft_article(parse_document(article))
    assert draft.claims[0].text == text


@pytest.mark.parametrize("question, text", [
    ("Is Kovac for sale?", "Kovac is for sale."),
    ("Has Castleford bid £30 million?", "Castleford has bid £30 million."),
    ("Has the club asked him to leave?", "The club has asked him to leave."),
    ("Did Parcelo find the breach, or did the researcher?", "Parcelo did find the breach."),
    ("whether the result showed that comets brought water", "The result showed that comets brought water."),
    ("Why did customers hear about it from the press?", "Open question: why did customers hear about it from the press?"),
])
def test_question_text(question, text):
    assert question_text(question) == text


@pytest.mark.parametrize("article, text", [
    ("On Thursday his spokesman said the minister respected the bank's independence and had not sought to "
     "influence the committee.", "The minister had not sought to influence the committee."),
    ("Ashby said managers had discussed a range of scenarios with staff but had not announced a date.",
     "Managers had not announced a date."),
    ("The weapons, according to Ms. Kerrigan, were found in the flat next door.",
     "The weapons were found in the flat next door."),
])
def test_a_clause_cut_from_its_subject_gets_it_back(article, text):
    assert text in [c.text for c in draft_article(parse_document(article)).claims]


def test_that_as_a_quotes_subject_is_kept():
    draft = draft_article(parse_document('Sen. Hallie Brandt said Quint had called twice. "That is pressure, '
                                         'whatever they call it," she said.'))
    assert "That is pressure, whatever they call it." in [c.text for c in draft.claims]


def test_no_claim_is_a_question_or_empty():
    draft = draft_article(parse_document("Is Kovac for sale?\n\nNo. He is staying, the manager said.\n"))
    assert all(c.text and not c.text.endswith("?") for c in draft.claims)


@pytest.mark.parametrize("article, first, rest", [
    ('Dr Marco Bellini said the claim was "plausible but not proven".',
     "The claim was plausible.", "The claim was not proven."),
    ('The office said readings of 15 parts per billion were "above the action level but not an immediate danger".',
     "Readings of 15 parts per billion were above the action level.",
     "Readings of 15 parts per billion were not an immediate danger."),
    ('Sen. Margaret Hale described a deal as "close but not done."', "A deal was close.", "A deal was not done."),
])
def test_the_not_of_a_contrast_takes_the_subject_of_its_first_half(article, first, rest):
    texts = [claim.text for claim in draft_article(parse_document(article)).claims]
    assert first in texts and rest in texts


def test_a_clause_cut_from_its_it_takes_the_body_that_said_it():
    draft = draft_article(parse_document("Valley Transport, which runs the route, said it had no plans to add services "
                                         "but would review the timetable in the autumn."))
    assert "Valley Transport will review the timetable in the autumn." in [claim.text for claim in draft.claims]


def test_but_confirmed_is_a_confirmation_of_its_own():
    draft = draft_article(parse_document("Rovers chief executive Paul Madsen would not discuss the figure but confirmed "
                                         "the club had made \"a substantial offer\" for the striker."))
    stances = {claim.text: [e.stance for e in claim.evidence] for claim in draft.claims}
    assert stances["The club made a substantial offer for the striker."] == ["confirms"]
    assert any(found == ["declines"] for text, found in stances.items() if "figure" in text)


def test_a_long_claim_is_never_cut_inside_a_phrase():
    article = ("Researchers said a study of 41,000 U.S. patients published on Monday found that people taking the "
               "weight-loss drug Slimora were about twice as likely to develop pancreatitis as those on older treatments.")
    text = draft_article(parse_document(article)).claims[0].text
    assert text.endswith("as those on older treatments.")
    very_long = "The council said " + " ".join(["the plan would add homes and roads and schools"] * 6) + "."
    words = draft_article(parse_document(very_long)).claims[0].text.rstrip(".").split()
    assert len(words) <= 45 and words[-1] not in ("and", "the", "would")
