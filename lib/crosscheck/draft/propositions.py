"""Propositions: the article's statements cut into clauses that each say one thing.

An extracted statement often carries several points ("Peskov did not reveal when the request was
made and did not explicitly confirm if Putin had accepted the request"; "he agreed to that" after a
quote). ``propositions(document, statements, voices)`` cuts each content at clause seams (a new
sentence inside a quote, "and that", "but", "; ", "and did not ...", ", and he ...", "in order to"),
gives every clause the speaker, kind and cue of its statement and the cues it carries itself, and adds
the outlet's own clause before a reported one ("The talks were set for Sunday, but Zelenskyy said ...")
and the answers the extractor leaves unattributed (see ``answers``). Questions are marked and their
answers linked to them (see ``interviews``).
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..extract.lexicon import CUE_NOUNS
from .. import segment
from .answers import answer_before_reason, narrated_answer, semicolon_answers
from .interviews import ASKED_ABOUT, POSSESSIVE_REFERENCE, REPLY, in_question, link_answers
from .speakers import Voice, Voices
from .stance import BACK_REFERENCE, DENY, Cues, read_cues
from .terms import AUXILIARY, figures, names, terms

# A seam: where one clause of a content ends and the next begins. Group "cue" starts a clause that
# carries a cue of its own ("and did not explicitly confirm"), "caveat" one that qualifies ("but").
_SEAMS = re.compile(
    r"(?P<sentence>(?<=[.!?])[\"\u201d\u2019']?\s+(?=[\"\u201c\u2018']?[A-Z]))"
    r"|(?P<that>,?\s+and\s+that\s+)"
    r"|(?P<semicolon>;\s+)"
    r"|(?P<caveat>,?\s+but\s+(?=(?:said|says|added|did|would|could|does|do|has|have|had|declined|refused|"
    r"confirmed|acknowledged|admitted|insisted|stressed|warned|he|she|"
    r"they|it|we|i|the|no|none|not|there|that)\b))"
    r"|(?P<negative>,\s+and\s+(?=(?:no|none|nor|neither)\b))"
    r"|(?P<cue>,?\s+and\s+(?=(?:did|would|could|does|has|had|have)(?:\s+not|n't)\b|(?:declined|refused)\b))"
    r"|(?P<clause>,\s+and\s+(?=(?:he|she|they|it|we|i|there)\b))"
    r"|(?P<purpose>\s+(?=in\s+order\s+to\b))"
    r"|(?P<despite>,\s+(?=despite\b))"
    r"|(?P<amid>,?\s+(?=amid(?:st)?\b))",
    re.IGNORECASE)
_TRIM = " \t\r\n\"\u201c\u201d\u2018\u2019',;:-\u2014\u2013"
_THAT = re.compile(r"(?:(?:in|on|at|during|through|via)\b[^,.;\"\u201c]{0,60}?\s+)?(?:that|and that)\s+"
                   rf"(?!(?:{AUXILIARY}|means|makes)\b)"
                   r"(?=\S+\s+\S+\s+\S+)", re.IGNORECASE)   # not "That is pressure": "That" is its subject
# A participle phrase after a reported content, which the extractor leaves out: ", killing at least 12 fighters".
_TAIL = re.compile(r",\s+(?P<tail>(?:killing|wounding|injuring|leaving|forcing|prompting|causing|destroying|"
                   r"damaging|raising|adding|saying|bringing|taking|making|ending)\b[^.;!?]*)")
_MIN_WORDS = 2
#: An answer in apposition, from its noun to its verb: "a claim the council denied".
APPOSITIVE_ANSWER = re.compile(r"(?:an?|which)\s+[^,;.\n]*$")
#: A reciprocal object ("blamed each other for the attack") names no claim of one party's.
_RECIPROCAL = re.compile(r"^\W*(?:each other|one another)\b", re.IGNORECASE)
_OUTLET_CLAUSE = re.compile(r"^(?P<clause>.+?),?\s+(?:but|while|although|though)\s*$", re.DOTALL)


@dataclass(frozen=True)
class Proposition:
    """One clause of a statement: its exact span, who said it and how, and its own cues."""

    index: int
    start: int
    end: int
    quote: str
    voice: Voice
    kind: str
    cue: str
    sentence: int
    paragraph: int
    cues: Cues
    terms: frozenset[str]
    said_days_back: int | None = None
    reason_for: int | None = None
    question: bool = False
    asked: str = ""
    first_answer: bool = False
    figures: dict[str, float] = field(default_factory=dict, compare=False)
    answers_party: str = ""
    answers_denial: bool = False
    names: frozenset[str] = frozenset()
    statement: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def party(self) -> str:
        return self.voice.party

    @property
    def speaker(self) -> str:
        return self.voice.speaker


class _Builder:
    """Collects propositions in text order for one document."""

    def __init__(self, document, voices: Voices):
        self.document = document
        self.text = document.text
        self.voices = voices
        self.sentences = [(s.start, s.end, s.paragraph) for s in document.sentences]
        self.sentence_starts = [s[0] for s in self.sentences]
        self.found: list[dict[str, Any]] = []
        self.content_ends: list[int] = []
        #: The contents' starts in order, and the farthest end reached by a content starting at or before each.
        self.content_starts: list[int] = []
        self.content_reach: list[int] = []

    def inside_content(self, offset: int) -> bool:
        """Does some statement's content hold ``offset``?"""
        at = bisect.bisect_right(self.content_starts, offset) - 1
        return at >= 0 and self.content_reach[at] > offset

    def sentence_of(self, offset: int) -> int:
        return max(bisect.bisect_right(self.sentence_starts, offset) - 1, 0)

    def add(self, start: int, end: int, voice: Voice, kind: str, cue: str, frame: str, **extra: Any) -> None:
        start, end = _trimmed(self.text, start, end)
        quote = self.text[start:end]
        if len(quote.split()) < _MIN_WORDS and not BACK_REFERENCE.match(quote) and not extra.get("answer") \
                or _RECIPROCAL.match(quote):
            return
        answered = _answered_party(self, frame, quote, voice)      # as the voices stand at this point
        self.found.append({"start": start, "end": end, "content": (start, end), "voice": voice, "kind": kind,
                           "cue": cue, "frame": frame, "answered": answered, **extra})


def propositions(document, statements, voices: Voices) -> list[Proposition]:
    """The document's body propositions in text order (see the module's docstring)."""
    builder = _Builder(document, voices)
    body = [s for s in statements if s.content and s.content[0].start >= document.body_start]
    contents = sorted((c.start, c.end) for s in body for c in s.content)
    builder.content_ends = sorted(e for _, e in contents)
    builder.content_starts = [start for start, _ in contents]
    builder.content_reach = list(itertools.accumulate((end for _, end in contents), max))
    for statement in body:
        if statement.kind == "narration":
            _narration(builder, statement)
        else:
            _reported(builder, statement, contents)
    _outlet_clauses(builder, body)
    semicolon_answers(builder, body)
    return _finish(builder)


def _reported(builder: _Builder, statement, contents: list[tuple[int, int]]) -> None:
    text = builder.text
    voice = builder.voices.of_statement(statement)
    cue = statement.cue.text if statement.cue else ""
    frame_start, frame_end = _frame_bounds(builder, statement, contents)
    frame = text[frame_start:frame_end]
    reason_of, frame, voice = answer_before_reason(builder, statement, frame, frame_start, voice)
    if reason_of is None:
        reason_of = _answer_before(builder, statement, cue)
    first, first_index, subject = True, len(builder.found), ""
    for number, span in enumerate(statement.content):
        if number + 1 < len(statement.content) and _BARE_SUBJECT.match(text[span.start:span.end]):
            subject = text[span.start:span.end].strip(" ,")     # "The weapons, according to X, were found ...":
            continue                                            # the subject of the part after the aside
        for start, end, seam in _clauses(text, span.start, span.end):
            piece_voice, piece_kind, piece_frame, piece_cue = voice, statement.kind, seam, seam.strip(" ,")
            addressee = ""
            if first:
                piece_frame, piece_cue, first = frame, cue, False
                addressee = _addressee(text, statement, start)
            elif text[start:start + 8].lower() == "despite " and statement.kind == "paraphrase":
                piece_voice, piece_kind, piece_frame, piece_cue = builder.voices.outlet, "narration", "", ""
            builder.add(start, end, piece_voice, piece_kind, piece_cue, piece_frame, statement=statement.id,
                        reason_of=reason_of, question=in_question(builder, start) or _asks(text[start:end]),
                        subject=subject, addressee=addressee)
            subject = ""
    if len(builder.found) > first_index:
        _take_cue_into_quote(builder, statement, builder.found[first_index])
    _content_tail(builder, statement, voice, contents)


def _addressee(text: str, statement, start: int) -> str:
    """Whom a speaker told or asked to do something ("told the jurors to ignore ..."): the words between
    the cue and an infinitive content; else ""."""
    if statement.cue is None or not _ADDRESSEE_CUE.match(statement.cue.text) or not text.startswith("to ", start):
        return ""
    between = text[statement.cue.end:start].strip()
    return between if 0 < len(between.split()) <= 5 and not re.search(r"[,;:\"\u201c\u201d]", between) else ""


_ADDRESSEE_CUE = re.compile(r"^(?:told|tells|asked|asks|urged|urges|ordered|orders|instructed|instructs|warned|"
                            r"warns|advised|advises|reminded|reminds)$", re.IGNORECASE)
#: A content part that is only a noun phrase (no verb): "The weapons" before an aside.
_BARE_SUBJECT = re.compile(rf"^(?!.*\b{AUXILIARY}\b)\W*(?:the|a|an|its|their|his|her|[A-Z][\w'\u2019.-]*)"
                           r"(?:\s+[\w'\u2019.-]+){0,4}?\W*$", re.DOTALL)   # no verb: not '"That is wrong," said X
_REASON_CUE = re.compile(r"^(?:saying|adding|arguing|insisting|explaining)$", re.IGNORECASE)


def _answer_before(builder: _Builder, statement, cue: str) -> int | None:
    """ "Lowe disputed that, saying ...": the extractor's answer ("disputed that") just before this
    participle statement, in the same sentence and from the same source, is what it gives the reason for."""
    if not _REASON_CUE.match(cue) or not builder.found:
        return None
    last = builder.found[-1]
    content = builder.text[last["content"][0]:last["content"][1]]
    same_sentence = builder.sentence_of(last["start"]) == builder.sentence_of(statement.content[0].start)
    if same_sentence and DENY.search(last["cue"]) and BACK_REFERENCE.match(content):
        return len(builder.found) - 1
    return None


def _content_tail(builder: _Builder, statement, voice: Voice, contents: list[tuple[int, int]]) -> None:
    """The participle phrase that ends a reported sentence, as a proposition of the same speaker."""
    last = statement.content[-1]
    sentence_end = builder.sentences[builder.sentence_of(last.start)][1]
    after = bisect.bisect_right(contents, (last.end, len(builder.text)))
    if statement.kind != "paraphrase" or (after < len(contents) and contents[after][0] < sentence_end):
        return
    tail = _TAIL.match(builder.text, last.end, sentence_end)
    if tail and not re.match(r"(?:adding|saying)\b", tail.group("tail")):
        builder.add(tail.start("tail"), tail.end("tail"), voice, "paraphrase", statement.cue.text if statement.cue
                    else "", "", statement=statement.id)


def _asks(content: str) -> bool:
    """A content that is itself a question (a rhetorical one included: "How many times ...?" he asked)."""
    return content.rstrip(" ,\"'\u201d\u2019)").endswith("?")


def _frame_bounds(builder: _Builder, statement, contents) -> tuple[int, int]:
    """Where a statement's attribution (its source and cue, and words between) stands in the text."""
    first, last = statement.content[0], statement.content[-1]
    marks = [s for s in (statement.source, statement.cue) if s is not None]
    if not marks:
        return first.start, first.start
    low, high = min(m.start for m in marks), max(m.end for m in marks)
    if high <= first.start:
        sentence_start = builder.sentences[builder.sentence_of(first.start)][0]
        cue_start = statement.cue.start if statement.cue else low
        # another content ending between the sentence start and the cue: the frame starts after it
        ends = builder.content_ends
        at = bisect.bisect_right(ends, cue_start) - 1
        if builder.inside_content(cue_start) or _cue_before_source(statement):
            return cue_start, first.start     # a report nested in another's words: "denied [a report ...] that"
        return (ends[at] if at >= 0 and ends[at] > sentence_start else min(low, sentence_start)), first.start
    return last.end, max(high, last.end)


def _cue_before_source(statement) -> bool:
    """A noun cue before its source ("rejecting warnings from midwives' leaders that ..."): the frame is the
    cue and source alone, not the clause of another speaker before them."""
    source, cue = statement.source, statement.cue
    return source is not None and cue is not None and cue.end <= source.start and cue.text[:1].islower() \
        and cue.text.lower() in CUE_NOUNS


def _take_cue_into_quote(builder: _Builder, statement, item: dict[str, Any]) -> None:
    """Let the quote of an answer start at its cue ("declined to comment on the talks")."""
    if statement.cue is None or item.get("answer"):
        return
    cues = read_cues(item["frame"], builder.text[item["start"]:item["end"]])
    gap = builder.text[statement.cue.end:item["start"]]
    if statement.cue.text.endswith(":"):
        return                                  # "A: I am not going to speculate": the label is not the answer
    source = statement.source
    if source is not None and 0 <= statement.cue.start - item["end"] <= 2 and 0 <= source.start - statement.cue.end <= 4:
        item["end"] = source.end                # "That figure was disputed by the traders' association": whole
        return
    if statement.cue.start > item["end"] and 0 <= statement.cue.start - item["end"] <= 40 \
            and APPOSITIVE_ANSWER.match(builder.text, item["start"], statement.cue.end):
        item["end"] = statement.cue.end         # ", a claim the council denied": the answer whole
        return
    if cues.stance == "declines" and 0 <= statement.cue.start - item["end"] <= 40 \
            and builder.sentence_of(item["end"]) == builder.sentence_of(statement.cue.start) \
            and not re.search(r"[;!?\n\"\u201c\u201d]", builder.text[item["end"]:statement.cue.start]):
        item["end"] = statement.cue.end         # "Asked whether he would sell, Mr. Aldine would not say": the refusal too
        return
    if cues.stance in ("declines", "denies", "confirms") and statement.cue.start < item["start"] and len(gap) <= 12 \
            and "\n" not in gap and not re.search(r"[\"\u201c]", gap):
        start = statement.cue.start
        if cues.back_reference and source is not None and 0 <= statement.cue.start - source.end <= 24:
            item["start"] = source.start         # "The company denied it": the answer whole, not "denied it"
            return
        if cues.stance == "confirms":
            return
        lead = builder.text[max(0, start - 24):start]
        helper = re.search(r"(?:\b(?:did|would|could|does|do|has|had|have|was)\s+(?:not\s+)?(?:explicitly\s+)?)$", lead)
        item["start"] = start - (len(helper.group(0)) if helper else 0)


def _narration(builder: _Builder, statement) -> None:
    span = statement.content[0]
    sentence = builder.text[span.start:span.end].strip()
    offset = span.start + (len(builder.text[span.start:span.end]) - len(builder.text[span.start:span.end].lstrip()))
    if narrated_answer(builder, statement, sentence, offset):
        return
    if _heading(builder, sentence, offset):
        return
    question = statement.question or sentence.endswith("?")     # "Asked whether ...," is the outlet's question
    for start, end, seam in _clauses(builder.text, span.start, span.end):
        reply = REPLY.match(builder.text, start, end)
        builder.add(start, end, builder.voices.outlet, "narration", "", seam, statement=statement.id,
                    question=question, answer=bool(reply))


def _heading(builder: _Builder, sentence: str, offset: int) -> bool:
    """A crosshead or a timestamp ("Legend in the Coal Fields", "11:40 a.m."), not a statement of the outlet's.

    A paragraph of one line without a closing full stop (or of a time alone) is a heading; so is a narrated
    fragment of fewer than three words that is not an interview reply.
    """
    if _TIME_ALONE.match(sentence) or (len(sentence.split()) < 3 and not REPLY.match(sentence)):
        return True
    paragraph = builder.document.paragraph_of(offset)
    text = builder.document.paragraphs[paragraph].text if paragraph is not None else sentence
    return "\n" not in text and len(text.split()) <= 10 and not re.search(r"[.!?:\"\u201d\u2019)]$", text)


_TIME_ALONE = re.compile(r"^\W*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\W*$", re.IGNORECASE)


def _outlet_clauses(builder: _Builder, body) -> None:
    """The outlet's clause before a reported one in the same sentence ("X was set for Sunday, but Y said")."""
    covered = sorted((min([c.start for c in s.content] + [m.start for m in (s.source, s.cue) if m]),
                      max(c.end for c in s.content)) for s in body)
    starts = [c[0] for c in covered]
    for s_start, s_end, _ in builder.sentences:
        if s_start < builder.document.body_start:
            continue
        at = bisect.bisect_left(starts, s_start)
        if at >= len(covered) or covered[at][0] >= s_end or covered[at][0] == s_start:
            continue
        if at > 0 and covered[at - 1][1] > s_start:
            continue
        match = _OUTLET_CLAUSE.match(builder.text[s_start:covered[at][0]])
        if match and len(match.group("clause").split()) >= 6:
            builder.add(s_start, s_start + match.end("clause"), builder.voices.outlet, "narration", "", "")


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Cut ``text[start:end]`` at clause seams: ``(start, end, seam)`` where seam is the text before it;
    not before an elliptical clause of two words or fewer ("... to rule out closing it and has not")."""
    pieces, position, seam = [], start, ""
    sentence_starts = None
    for match in _SEAMS.finditer(text, start, end):
        if match.start() <= position:
            continue
        if match.group("sentence"):     # "Mr. Reddy's letter": a stop is a seam only where a sentence ends
            if sentence_starts is None:
                sentence_starts = {s for s, _ in segment.split_sentences(text, start, end)}
            if match.end() not in sentence_starts:
                continue
        if match.group("cue") and len(text[match.end():end].split()) <= 2:
            continue
        pieces.append((position, match.start(), seam))
        seam = match.group(0)
        position = match.end()
    pieces.append((position, end, seam))
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    that = _THAT.match(text, start, end)
    if that:
        start = that.end()
    return start, end


def _finish(builder: _Builder) -> list[Proposition]:
    items = sorted(builder.found, key=lambda item: (item["start"], -item["end"]))
    seen: set[tuple[int, int]] = set()
    result: list[Proposition] = []
    index_of: dict[int, int] = {}
    for item in items:
        if (item["start"], item["end"]) in seen:
            continue
        seen.add((item["start"], item["end"]))
        quote = builder.text[item["start"]:item["end"]]
        content = builder.text[item["content"][0]:item["content"][1]]
        cues = read_cues(item["frame"], content)
        if item.get("answer") and cues.stance == "asserts" and DENY.search(item["cue"]):
            cues = Cues(stance="denies", back_reference=True)
        sentence = builder.sentence_of(item["start"])
        answered = item["answered"]
        index_of[id(item)] = len(result)
        result.append(Proposition(
            index=len(result), start=item["start"], end=item["end"], quote=quote, voice=item["voice"],
            kind=item["kind"], cue=item["cue"], sentence=sentence, paragraph=builder.sentences[sentence][2],
            cues=cues, terms=_own_terms(content, item["voice"], item["kind"], item["cue"]) if not cues.back_reference
            else cues.topic,
            said_days_back=builder.voices.said_days_back(item["frame"]), question=item.get("question", False),
            statement=item.get("statement", ""), extra={"reason_of": item.get("reason_of"), "subject": item.get("subject", ""),
                   "addressee": item.get("addressee", "")},
            figures=figures(content),
            answers_party=answered[0], answers_denial=answered[1], names=names(content)))
    by_found = {id(item): index_of.get(id(item)) for item in items}
    return link_answers([_link_reason(p, builder.found, by_found) for p in result], builder)


# "disputed a researcher's claim that 3 million accounts ...": the point is what follows "claim that".
_CLAIM_THAT = re.compile(r"^\W*(?:[\w'\u2019]+\s+){0,4}?(?:claims?|reports?|suggestions?|allegations?|assertions?|rumou?rs?)"
                         r"\s+that\s+", re.IGNORECASE)
_SELF = re.compile(r"^\W*(?:it|they)\s+(?:had|has|have|would|will|was|were|is|are)\b", re.IGNORECASE)


def _own_terms(content: str, voice: Voice, kind: str, cue: str) -> frozenset[str]:
    """A content's terms, with the speaker's name where a body reports on itself ("it had made an offer") and
    the cue's where the cue says what the content is ("have agreed to extend the quota": a deal)."""
    found = terms(_CLAIM_THAT.sub("", content, count=1))
    if kind == "paraphrase" and _SELF.match(content):
        found |= terms(voice.name)
    if _CONTENT_CUE.match(cue):
        found |= terms(cue)
    return found


# Cues that say what kind of thing their content is, not only that it was said.
_CONTENT_CUE = re.compile(r"^(?:agree|accept|approv|plan|propos|demand|offer|promis|pledg|vow|threaten|intend|"
                          r"forecast|estimat|predict)\w*$", re.IGNORECASE)


def _answered_party(builder: _Builder, frame: str, content: str, voice: Voice) -> tuple[str, bool]:
    """The party whose statement a statement answers, and whether what it answers is that party's denial:
    "Asked about Estmark's statement, Sand ...", "Vos rejected Kestan's denial", "declined to comment on
    the agent's remarks", "the company's denial does not match what our members hear"."""
    about = ASKED_ABOUT.search(frame)
    if about:
        return builder.voices.party_of(about.group("who")), False
    named = POSSESSIVE_REFERENCE.search(content)
    if not named:
        return "", False
    party = builder.voices.party_of(named.group("who"), described=True, besides=voice.party)
    if party == voice.party or party == builder.voices.outlet.party:
        return "", False
    return party, named.group("what").lower().startswith(("denial", "rejection"))


def _link_reason(proposition: Proposition, found: list[dict[str, Any]], by_found: dict[int, int | None]) -> Proposition:
    reason_of = proposition.extra.get("reason_of")
    if reason_of is None:
        return proposition
    answer = by_found.get(id(found[reason_of]))
    from dataclasses import replace

    return replace(proposition, reason_for=answer)
