"""Answers: the replies to what another party said that the extractor leaves unattributed or bundled.

- "Estmark denied it." "The army has not commented on that claim." (narrated, no statement of its own);
- "There was no immediate comment from the ministry.";
- "Defence barrister Catherine Lowe disputed that, saying ...": the answer, then its reason, whether the
  extractor made a statement of the reason or left the whole sentence as narration;
- "Reed said the bakery would close; the company denied it." (after a semicolon).

Each becomes a proposition of the answering party whose content is the object it answers ("it",
"that", "that claim"), so that grouping can put it with the point it answers.
"""
from __future__ import annotations

import bisect
import re

# An answer the extractor leaves as narration: "Estmark denied it." "The army has not commented on that claim."
_ANSWER = re.compile(
    r"^(?P<subject>[A-Z][\w'\u2019.-]*(?:\s+[\w'\u2019.-]+){0,6}?)\s+(?P<cue>(?:has|have|had|did|would|does)\s+not\s+"
    r"(?:commented|comment)\s+on|declined\s+to\s+comment\s+on|denied|disputed|rejected|dismissed|confirmed)"
    r"\s+(?P<object>[^.;]*?)\s*[.;]?$")
# "There was no immediate comment from the ministry."
_NO_COMMENT = re.compile(r"^There\s+was\s+(?P<cue>no\s+(?:immediate\s+)?(?:comment|response|reply))\s+(?:from|by)\s+"
                         r"(?P<subject>[^.;]+?)(?P<object>)\s*[.;]?$", re.IGNORECASE)
# The answer before a reason: "Defence barrister Catherine Lowe disputed that, saying ..."
_ANSWER_THEN_REASON = re.compile(
    r"(?P<answer>\b(?P<verb>denied|disputed|rejected|dismissed|contested|challenged)\s+(?P<object>that|this|it|the\s+\w+)),?\s+"
    r"(?:saying|adding|arguing|insisting)\b", re.IGNORECASE)
_NARRATED_ANSWER = re.compile(
    r"^(?P<subject>[A-Z][^.;:!?]{0,80}?)\s+(?P<verb>denied|disputed|rejected|dismissed|contested|challenged)\s+"
    r"(?P<object>that|this|it|the\s+(?:claims?|reports?|account|allegations?|figures?))\s*,?\s+"
    r"(?P<how>saying|adding|arguing|insisting)\s+(?:that\s+)?(?P<reason>[^.;!?]+)")


def answer_before_reason(builder, statement, frame: str, frame_start: int, voice):
    """In a statement's frame, "disputed that, saying": add the answer; return (its index, the frame left, voice)."""
    answer = _ANSWER_THEN_REASON.search(frame)
    if not answer:
        return None, frame, voice
    answer_start, subject = clause_subject(builder, frame_start + answer.start())
    if subject and not (statement.source and statement.source.start >= answer_start):
        voice = builder.voices.of_mention(subject, builder.found)  # "...; the contractor disputed that, saying"
    builder.add(answer_start, frame_start + answer.end("answer"), voice, "paraphrase", answer.group("verb"),
                answer.group("verb"), answer=True, statement=statement.id)
    builder.found[-1]["content"] = (frame_start + answer.start("object"), frame_start + answer.end("object"))
    return len(builder.found) - 1, frame[answer.end("answer"):], voice


def narrated_answer(builder, statement, sentence: str, offset: int) -> bool:
    """A narrated sentence that answers: add it (and a reason it gives) with the answering party's voice."""
    if _answer_with_reason(builder, statement, sentence, offset):
        return True
    answer = _ANSWER.match(sentence) or _NO_COMMENT.match(sentence)
    if not answer:
        return False
    voice = builder.voices.of_mention(answer.group("subject"), builder.found)
    builder.add(offset, offset + len(sentence), voice, "paraphrase", answer.group("cue"), answer.group("cue"),
                answer=True, statement=statement.id)
    builder.found[-1]["content"] = (offset + answer.start("object"), offset + answer.end("object"))
    return True


def _answer_with_reason(builder, statement, sentence: str, offset: int) -> bool:
    """A narrated "X disputed that, saying Y" the extractor left unattributed: X's answer, then X's reason."""
    match = _NARRATED_ANSWER.match(sentence)
    if not match:
        return False
    subject = match.group("subject").split(",")
    named = [part.strip() for part in subject if part.strip()[:1].isupper()]
    voice = builder.voices.of_mention(named[-1] if named else match.group("subject"), builder.found)
    builder.add(offset, offset + match.end("object"), voice, "paraphrase", match.group("verb"), match.group("verb"),
                answer=True, statement=statement.id)
    builder.found[-1]["content"] = (offset + match.start("object"), offset + match.end("object"))
    answer = len(builder.found) - 1
    builder.add(offset + match.start("reason"), offset + match.end("reason"), voice, "paraphrase", match.group("how"),
                match.group("how"), statement=statement.id, reason_of=answer)
    return True


def clause_subject(builder, verb: int) -> tuple[int, str]:
    """Where the clause holding ``verb`` starts (after a semicolon or at the sentence start) and its subject."""
    sentence_start = builder.sentences[builder.sentence_of(verb)][0]
    clause_start = max(sentence_start, builder.text.rfind(";", sentence_start, verb) + 1)
    while clause_start < verb and builder.text[clause_start].isspace():
        clause_start += 1
    return clause_start, builder.text[clause_start:verb].strip(" ,")


def semicolon_answers(builder, body) -> None:
    """An answer after a semicolon that no statement covers: "X said ...; the company denied it"."""
    covered = sorted((c.start, c.end) for s in body for c in s.content)
    starts = [c[0] for c in covered]
    for s_start, s_end, _ in builder.sentences:
        if s_start < builder.document.body_start:
            continue
        at = builder.text.find(";", s_start, s_end)
        while at != -1:
            clause_start = at + 1
            clause_end = builder.text.find(";", clause_start, s_end)
            clause_end = s_end if clause_end == -1 else clause_end
            inside = bisect.bisect_left(starts, clause_start)
            if inside >= len(covered) or covered[inside][0] >= clause_end:
                clause = builder.text[clause_start:clause_end]
                offset = clause_start + len(clause) - len(clause.lstrip())
                answer = _ANSWER.match(clause.strip()[:1].upper() + clause.strip()[1:])
                if answer:
                    voice = builder.voices.of_mention(answer.group("subject"), builder.found)
                    builder.add(offset, clause_end, voice, "paraphrase", answer.group("cue"), answer.group("cue"),
                                answer=True)
                    builder.found[-1]["content"] = (offset + answer.start("object"), offset + answer.end("object"))
            at = builder.text.find(";", clause_start, s_end)
