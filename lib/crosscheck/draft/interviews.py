"""Interviews: questions, and the answers that go with them.

A question is not a claim of anyone's. In a question-and-answer passage (a paragraph that is only a
question, then the answer), every statement of the answer paragraph is linked to the question, the
first as its direct answer ("Is Kovac for sale?" / "No."); in "Asked whether X, Y said: ..." the first
statement after the question answers it. Grouping puts a direct answer with the point the question
asks about (worded from the question when no statement states it) and the answer's later references
("the figure in the papers is not right") with it too.
"""
from __future__ import annotations

import re
from dataclasses import replace

_ASKED = re.compile(r"\W*Asked\s+(?P<question>(?:whether|if)\b[^,]+),", re.IGNORECASE)
# "Asked about Estmark's statement, Sand acknowledged ...": an answer to what that party said.
ASKED_ABOUT = re.compile(r"\bAsked\s+about\s+(?:the\s+)?(?P<who>[A-Z][\w.\s-]{0,60}?)(?:'s|\u2019s)\s+"
                         r"(?:statement|comments?|remarks?|denial|claims?|account|position|reply|response)", re.IGNORECASE)
#: Another party's words named as the object: "Kestan's denial", "the agent's remarks", "the union's figure".
POSSESSIVE_REFERENCE = re.compile(
    r"(?P<who>\b(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*|\bthe\s+[a-z]+(?:\s+[a-z]+)?)['\u2019]s\s+"
    r"(?:own\s+|latest\s+|earlier\s+|original\s+|initial\s+)?(?P<what>denials?|rejection|remarks?|claims?|criticisms?|"
    r"accounts?|statements?|comments?|allegations?|accusations?|figures?|versions?|assertions?|charges?|"
    r"position|reply|response|report|warning|explanation)\b")
REPLY = re.compile(r"(?:no|never|yes|not at all|absolutely not|of course)\W*$", re.IGNORECASE)


def in_question(builder, offset: int) -> bool:
    """Whether ``offset`` stands in a question: a sentence ending in "?", or an "Asked whether ...," clause."""
    start, end, _ = builder.sentences[builder.sentence_of(offset)]
    asked = _ASKED.match(builder.text, start, end)
    if asked:
        return offset < asked.end()
    return builder.text[start:end].rstrip(" \"'\u201d\u2019)").endswith("?")


def asked_in(builder, sentence: int) -> str:
    """The question an "Asked whether X, Y said ..." sentence puts, as 'whether X'."""
    start, end, _ = builder.sentences[sentence]
    asked = _ASKED.match(builder.text, start, end)
    return asked.group("question") if asked else ""


_LABEL = re.compile(r"^\s*(?:Q|Question|[A-Z][A-Z .'-]{1,40})\s*[:.]\s+")


def _question_of(paragraph: str) -> str:
    """What a question paragraph asks: its last question, without a "Q:" label or the lead-in before it
    ("Q: Minister, the list has grown again. Has your plan failed?" asks "Has your plan failed?")."""
    text = _LABEL.sub("", paragraph.strip(), count=1)
    asked = re.findall(r"[^.?!]*\?", text)
    if not asked:
        return text
    question = asked[-1].strip()
    if len(question.split()) <= _BARE_QUESTION:     # "The union says the unit will shut. Will it?": the lead-in
        lead_in = re.findall(r"[^.?!]+[.!]", text[:text.rfind(question)])   # says what "it" is
        question = f"{lead_in[-1].strip()} {question}" if lead_in else question
    return question


#: A question of this many words or fewer ("Will it?", "Is that true?") asks about its lead-in.
_BARE_QUESTION = 3


def link_answers(found: list, builder) -> list:
    """The propositions with each answer linked to its question (``asked``, ``first_answer``)."""
    by_paragraph: dict[int, list] = {}
    for proposition in found:
        by_paragraph.setdefault(proposition.paragraph, []).append(proposition)
    result = list(found)
    answered: set[int] = set()
    for proposition in found:  # "Asked whether X, Y said: ...": the first statement after the question
        if proposition.question or proposition.sentence in answered:
            continue
        asked = asked_in(builder, proposition.sentence)
        if asked:
            answered.add(proposition.sentence)
            result[proposition.index] = replace(proposition, asked=asked, first_answer=True)
    for paragraph, members in by_paragraph.items():
        following = by_paragraph.get(paragraph + 1)
        if not following or not all(p.question for p in members) or following[0].question:
            continue
        asked = _question_of(builder.document.paragraphs[paragraph].text) if paragraph < len(
            builder.document.paragraphs) else ""
        for number, proposition in enumerate(following):
            result[proposition.index] = replace(proposition, asked=asked, first_answer=number == 0)
        if following and not following[0].answers_party:     # "Is the union's figure of 1,100 right?"
            named = POSSESSIVE_REFERENCE.search(asked)
            party = builder.voices.party_of(named.group("who"), described=True, besides=following[0].party) \
                if named else ""
            if party and party != following[0].party:
                result[following[0].index] = replace(result[following[0].index], answers_party=party)
    return result
