"""Stance: how a statement bears on the point it speaks to, read from its cue, negation and wording.

``read_cues(frame, content)`` reads what a statement says by itself: the stance its cue carries
("denied" denies, "confirmed" confirms, "declined to comment" declines), whether its content is
negated ("No agreement has been reached"), hedged ("could still change"), conditional ("if Russia
..."), and whether it answers something said before instead of stating a point of its own ("denied
it", "disputed that", "declined to comment on the talks"). ``frame`` is the attribution around the
content (source and cue, "A spokesman said the company"), ``content`` the reported words.

``stance_toward`` then turns that reading into the statement's stance toward one point, given the
point's polarity and who put the point forward first.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.employers import GENERIC_BODIES
from .terms import terms

_NOT = r"(?:not|n't|never)"
#: The negation of a refusal: "would not say" refuses; "has never discussed Elmfield with him" does not.
_REFUSING_NOT = r"(?:not|n't)"
_DECLINE_VERBS = (r"(?:comment|say|confirm|discuss|give details|elaborate|specify|disclose|reveal|divulge|"
                  r"(?:answer|return|respond to|reply to)\s+(?:a\s+|the\s+|our\s+|his\s+|her\s+)?(?:calls?|requests?|"
                  r"messages?|emails?|e-mails?|questions?|phone)|respond|be interviewed|be reached|name|identify|"
                  r"detail|explain|speculate|commit|be drawn|put a figure|said|revealed|disclosed|confirmed|"
                  r"verify|pre-?judge|argue|guess|(?:establish|determin)\w*\s+(?:who|what|whether|how|where|why|when|which)|"
                  r"(?:go|get) into|tell\s+(?:you|us|me|reporters)?\s*(?=whether|what|how|who|why|when|which|if)|"
                  r"(?:give|provide|offer|release|publish)\s+(?:a|an|the|its|their|any)\s+(?:[\w'\u2019]+\s+){0,2}?"
                  r"(?:figures?|numbers?|breakdown|estimate|reason|explanation|timetable|date))")
DECLINE = re.compile(
    rf"\b(?:declin\w*|refus\w*|would{_REFUSING_NOT}?|did{_REFUSING_NOT}?|does{_REFUSING_NOT}?|do{_REFUSING_NOT}?"
    rf"|could{_REFUSING_NOT}?|ha(?:s|d|ve){_REFUSING_NOT}?|was{_REFUSING_NOT}?|were{_REFUSING_NOT}?|is{_REFUSING_NOT}?"
    rf"|am{_REFUSING_NOT}?|are{_REFUSING_NOT}?|['\u2019](?:m|re)|won't|will{_REFUSING_NOT}?|can(?:not)?|ca(?:n't|n\u2019t))"
    rf"\s*(?:{_REFUSING_NOT}\s+)?"
    rf"(?:yet\s+|\w+ly\s+|going\s+)?(?:been\s+)?(?:able\s+)?"
    rf"(?:to\s+)?(?:be\s+)?{_DECLINE_VERBS}\w*"
    r"|\btoo early to (?:say|tell|comment|speculate|judge)\b"
    r"|\bno (?:immediate )?comment\b|\bneither confirm\w* nor den\w*|\bnot (?:be )?available for comment\b"
    r"|\bcould not be reached\b"
    r"|\b(?:nobody|no one|no-one)\s+(?:has|had|have)\s+(?:yet\s+)?(?:told|informed|contacted)\s+(?:us|me|them|him|her)\b"
    r"|\b(?:we|I|they)\s+(?:have|has|had)\s+not\s+(?:yet\s+)?been\s+(?:told|informed|notified|given\s+(?:any|the))\b",
    re.IGNORECASE)
_NEGATED_DECLINE = re.compile(rf"\b(?:declin|refus)|{_REFUSING_NOT}|\bno\b|\bneither\b|\bwon't\b|\btoo early\b|\bnobody\b"
                              r"|\bno[ -]one\b",
                              re.IGNORECASE)
DENY = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|disput\w*|dismiss\w*|refut\w*|rebuff\w*|contest\w*|challenged|"
                  r"contradict\w*|deni\w+)\b", re.IGNORECASE)
CONFIRM = re.compile(r"\b(?:confirm\w*|acknowledg\w*|admit\w*|conced\w*|corroborat\w*|verif\w*)\b"
                     r"|\b(?:did|does|do|had|has|was|is|were) indeed\b"
                     r"|\b(?:I|we)\s+(?:do\s+)?accept\s+that\b"      # a concession in the speaker's own words
                     r"|\bsatisfied\s+(?:[\w,]+\s+){0,4}?that\b",      # "was satisfied on the evidence that ..."
                     re.IGNORECASE)
#: Agreeing with what another found, anywhere in the content: "its records matched the commission's figures".
AGREEMENT = re.compile(r"\b(?:match(?:es|ed)|tall(?:ies|ied) with|(?:was|were|is|are) consistent with|bore out|accepts?|"
                     r"agree(?:s|d)? with|endorsed|endorses|backed|backs|supported|supports)\s+"
                     r"(?:the|its|their|his|her|our|these|those)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:findings|figures?|results?|"
                     r"records?|count|conclusions?|report|account|numbers?|data|decision|assessment|verdict|ruling|"
                     r"calls?|demands?|proposals?|recommendations?)\b",
                     re.IGNORECASE)
#: An emphatic "did" anywhere in the content, conceding a thing: "the plan, which he had seen, did list a cut".
EMPHATIC = re.compile(r"(?<=[\w,]\s)(?:did|does)\s+(?!(?:not|n't|so|the|a|an|it|this|that|these|those|its|their|his|her|our|"
                      r"my|your|nothing|anything|everything|something|well|badly|more|less|what|you|we|they|he|she|i|me|"
                      r"us|them|him|enough|much|little|is|was|were|are|be|been|to|in|on|at|for|with|by|any|all|some|no|"
                      r"one|two|as|after|before|when|if|indeed|last|next|yesterday|today|too|then|earlier|again|once|twice|"
                      r"later|here|there|previously|\w+ly)\b)[a-z]+\b")
#: Cues that confirm only as the attribution's verb ("Osei accepted that ..."; not "the firm accepted the offer").
CONFIRM_CUE = re.compile(r"\baccept(?:ed|s)?\b", re.IGNORECASE)
#: "dispute" and "contest" as nouns ("The dispute began in 2022", "a four-year contest") are no denial.
_NOUN_SENSE = re.compile(r"\b(?:the|a|an|this|that|its|their|his|her|our|any|no|on|over|in|of|about|for|with)\s+"
                         r"(?:[\w'\u2019-]+\s+)?"
                         r"(?:disputes?|contests?)\b(?=\s*[,.;:]|\s+(?!(?:the|that|this|these|those|it|its|their|his|her|a|an|any|what|"
                         r"whether|how)\b)\w)",
                         re.IGNORECASE)


#: A back reference judged too high or too low: "Carrow says the number is lower", "the figure was far higher".
_COMPARED = re.compile(r"^(?:is|was|are|were|would be)\s+(?:much\s+|far\s+|a lot\s+|considerably\s+|significantly\s+)?"
                       r"(?:lower|higher|smaller|larger|bigger|less|greater)\W*$", re.IGNORECASE)
#: A verb that names what it answers with a verdict: 'a claim the leader called "scaremongering"'.
_NAMING = re.compile(r"\b(?:called|calls|branded|brands|labell?ed|termed|dubbed|described\s+(?:\w+\s+)?as)\b\W*",
                     re.IGNORECASE)


def _named_false(frame: str) -> bool:
    """The attribution names what it answers false: 'called "scaremongering"', "branded it a smear"."""
    naming = _NAMING.search(frame)
    return naming is not None and VERDICT.search(frame, naming.end()) is not None


def _denial_cue(frame: str) -> bool:
    """The attribution says a denial ("disputed", "rejected"), not a dispute ("The dispute began ... said")."""
    return DENY.search(_NOUN_SENSE.sub(" ", frame)) is not None


#: A denial negated is a confirmation: "did not dispute the dates", "does not deny that".
NOT_DENIED = re.compile(r"\b(?:did|does|do|has|have|had|would|could)\s*(?:not|n't)\s+(?:\w+ly\s+)?"
                        r"(?:den(?:y|ied)|dispute[ds]?|reject(?:ed)?|contest(?:ed)?|challenge[ds]?)\b", re.IGNORECASE)
#: A content that only points back at what was said ("it", "that account", "the claims").
_BACK_NOUNS = (r"(?:claims?|reports?|allegations?|accounts?|accusations?|rumou?rs?|speculation|suggestions?|"
               r"stor(?:y|ies)|figures?|assertions?|characteri[sz]ations?|idea|version|statements?|remarks?|"
               r"comments?|charges?|forecasts?|predictions?|estimates?|projections?|warnings?|findings?|"
               r"conclusions?|figures?|numbers?|count|analysis|description|portrayal|picture|plans?|proposals?|"
               r"explanations?|theor(?:y|ies)|excuses?|that)")
#: Words with which a content judges what was said before: "the figure ... was misleading".
VERDICT = re.compile(r"\b(?:misleading|untrue|not true|false|wrong|not right|inaccurate|incorrect|nonsense|"
                     r"baseless|groundless|unfounded|fabricated|fake|lies?(?!\s+(?:in|with|at|behind|ahead|elsewhere)\b)|"
                     r"exaggerated|not correct|fiction|fictional|gossip|rubbish|fantasy|absurd|ridiculous|propaganda|"
                     r"invented|made up(?!\s+(?:of\b|(?:their|his|her|its|our|my|your)\s+minds?\b))|a smear|"
                     r"scaremongering|alarmist|misrepresent\w*|distorted)\b"
                     r"|\b(?:a lot |much |far |well )?(?:less|lower|fewer|more|higher|smaller|bigger) than that\b"
                     r"|\b(?:below|above|under|over|short of|(?:less|lower|fewer|more|higher|smaller|bigger) than)[\"\u201d\u2019']?"
                     r"\s+(?:the|their|its|his|her|your)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:figures?|estimates?|numbers?|counts?|"
                     r"claims?|totals?|tally|tallies)\b"
                     rf"|(?:\bnot|n't)\s+recogni[sz]e\s+(?:the|these|those|this|that|any|such)\s+(?:(?:\w+\s+)?{_BACK_NOUNS}\b|\d)",
                     re.IGNORECASE)
#: What was said before judged true: "Moy said that was correct", "The inspectors got it right" (not "we were right to").
TRUE_VERDICT = re.compile(r"^\W*(?!(?:we|i|our|my)\b)(?:that|this|it|they|he|she|(?:the|their|its|his|her)\s+(?:[\w'\u2019-]+\s+)?"
                          r"[\w'\u2019-]+)\s+(?:is|was|were|are|had\s+been|(?:got|had)\s+it)\s+(?:(?:broadly|largely|"
                          r"basically|absolutely|entirely|quite|exactly|completely)\s+)?(?:correct|right|true|accurate)\W*$",
                          re.IGNORECASE)
#: A holding answer, which says nothing on the point: "it was reviewing the findings", "We are looking closely at
#: the timeline", "takes any report ... extremely seriously", "That is a question for the courts".
HOLDING = re.compile(r"\b(?:is|are|was|were|am|['\u2019](?:s|re|m))\s+(?:\w+ly\s+|still\s+|now\s+)?[\"\u201c]?"
                     r"(?:reviewing|studying|examining|assessing|looking\s+(?:\w+ly\s+)?(?:at|into))\s+"
                     r"(?=(?:the|its|their|these|those|that|this|all|any)\b)"
                     r"|\btakes?\s+(?:any|all|the|these|such|this|every|those)\b[^.;]{0,60}?\bseriously\b"
                     r"|\b(?:is|was|would be)\s+(?:a\s+)?(?:question|matter)\s+for\s+(?:the\s+)?", re.IGNORECASE)
#: A negated main clause: "No agreement has been reached", "is not for sale", "won't" (not "asked him not to").
NEGATION = re.compile(r"(?:^|[,;]\s*|\b(?:then|and|but)\s+)\W*(?:no|never|none|nobody|nothing|neither)\b"
                      r"|^\W*not\b(?!\s+(?:only|just|least)\b)"      # an elliptical answer: "Not once in my life."
                      r"|\b(?:there|it|that)['\u2019]s\s+(?:no|nothing|none)\b"
                      r"|\b(?:is|are|was|were|has|have|had|do|does|did|will|would|could|can|should|may|might|must|"
                      r"shall)\s+[\"\u201c\u2018']?(?:not|never)\b(?!\s+to\b)|\w(?:n't|n\u2019t)\b|\bnever\b"
                      r"|\b(?:there|it)\s+(?:is|was|were|are|has been|had been|have been)\s+no\b"
                      r"|\b(?:had|has|have|is|was|were|are)\s+(?:\w+\s+)?(?:no|nothing|none|nobody)\b"
                      r"|\b(?:tells?|told|shows?|showed|proves?|proved|means?|meant|changes?|changed)\s+(?:us\s+|me\s+|you\s+)?nothing\b",
                      re.IGNORECASE)
#: Not ruling a thing out leaves it open: a hedge, not a negation ("I can't rule them out entirely").
_RULE_OUT = r"\b(?:can(?:not|'t|\u2019t)|could(?:n't|n\u2019t| not)|won't|will not|would(?:n't| not))\s+rule\s+(?:\w+\s+)?out\b"
HEDGE = re.compile(r"\b(?:still|partly|partially|some|only|not all|not entirely|not fully|more likely|less likely|"
                   r"does not prove|do not prove|cannot settle|could not settle|too early|remains to be seen|"
                   r"not yet clear|not final|subject to|one data point|could (?:still )?change|may (?:still )?change|"
                   r"might (?:still )?change|one of (?:several|many|a number of|a range of)|among (?:several|many)|margins? of error|"
                   r"could be (?:out|off|wrong) by|in principle|as (?:one|an) option|one of the options)\b"
                   rf"|{_RULE_OUT}", re.IGNORECASE)
#: What a figure leaves out or takes in: "the figure did not include positions filled by substitutes", "the 18%
#: figure counted trainees".
FIGURE_SCOPE = re.compile(r"\b(?:figures?|numbers?|counts?|totals?|estimates?|tall(?:y|ies)|statistics|data)\s+"
                          r"(?:(?:also|only)\s+)?(?:(?:did|does|do)\s+not\s+(?:include|count|cover)|"
                          r"counted|counts|included|includes|excluded|excludes|covered\s+only|covers\s+only)\b", re.IGNORECASE)
#: A reservation inside a confirmation: "confirmed it had asked for more information but described the inquiry as routine".
_BUT = re.compile(r"\bbut\b(?!\s+also\b)", re.IGNORECASE)
CONDITION = re.compile(r"\b(?:if|unless|provided|as long as|on condition|only when)\b", re.IGNORECASE)
CAVEAT = re.compile(r"^\W*(?:but|however|though|although|yet)\b", re.IGNORECASE)
BACK_REFERENCE = re.compile(rf"^\W*(?:(?:it|that|this|so|these|those|them|which)|(?:the|that|this|these|those|such|a|an|"
                            rf"any|market|media|press|the media|the press)\s+(?:\w+\s+)?{_BACK_NOUNS})\W*$",
                            re.IGNORECASE)
#: A back reference judged in the same breath: 'the account "pure fiction"', 'the reports as "gossip"'.
JUDGED_REFERENCE = re.compile(rf"^\W*(?P<object>(?:it|that|this|them|(?:the|that|this|these|those|such)\s+(?:\w+\s+)?"
                              rf"{_BACK_NOUNS}))\s+(?:as\s+)?(?:(?:a|an|pure|complete|total|utter)\s+)*"
                              rf"[\"\u201c\u2018']?(?P<verdict>[^\"\u201d\u2019']+)[\"\u201d\u2019']?\W*$", re.IGNORECASE)
#: A figure judged wrong by its subject's verb: 'the figure was "inflated by gloomy assumptions"', "the
#: council's estimate is far too low", "those numbers are out of date" (not "costs were inflated by the war").
MISJUDGED_FIGURE = re.compile(r"^\W*(?:the|that|this|these|those|its|their|our|his|her|[\w'\u2019]+['\u2019]s?)\s+"
                              r"(?:[\w'\u2019-]+\s+){0,2}?(?:figures?|numbers?|estimates?|counts?|totals?|valuations?|"
                              r"forecasts?|projections?|tall(?:y|ies)|calculations?|statistics|data)\s+"
                              r"(?:(?:wrongly|mistakenly|incorrectly|erroneously|wrongfully)\s+\w+|double[- ]count\w*|"
                              r"(?:overstated|overstates|overestimated|exaggerated|exaggerates|understated|understates)\b|"
                              r"(?:was|were|is|are|had been|has been|have been|would be|had|has)\s+[\"\u201c\u2018']?"
                              r"(?:(?:grossly|wildly|greatly|badly|seriously|deliberately|vastly|far|much|way|hugely|"
                              r"massively|significantly)\s+)?(?:inflated|overstated|overblown|overestimated|exaggerated|"
                              r"understated|underestimated|too\s+(?:high|low|optimistic|pessimistic|small|large)|"
                              r"out\s+of\s+date|outdated|unreliable|flawed|wrong|misleading))\b", re.IGNORECASE)
#: What another party said, told again: "she had been given the same assurance by the company", "gave the
#: same figure", "made the same point" (a confirmation of it, not a point of its own).
SAME_ACCOUNT = re.compile(r"\b(?:the\s+same|a\s+similar|similar)\s+(?:assurances?|accounts?|warnings?|promises?|"
                          r"messages?|answers?|explanations?|figures?|estimates?|points?|views?|conclusions?|claims?|"
                          r"findings?|numbers?|undertakings?|guarantees?|pledges?|story)\b", re.IGNORECASE)
#: A party standing by what it said before: "she stood by the report", "the union stood by its figure".
REAFFIRM = re.compile(rf"^\W*(?:[\w'\u2019]+\s+){{0,4}}?(?:(?:stood|stands)\s+by|stuck\s+to|sticks\s+to)\s+"
                      rf"(?:the|its|their|his|her|our|my|that|this)\s+(?:own\s+)?(?:\w+\s+)?"
                      rf"(?:{_BACK_NOUNS}|findings?|numbers?|estimates?|count|total|data|research|study|decision|"
                      rf"position|view)\W*$", re.IGNORECASE)
#: The words that make a refusal's topic a policy ("individual cases", "legal matters"), not a subject.
POLICY_OF = "individual specific particular ongoing pending continuing active".split()
POLICY_MATTERS = "legal personnel staffing security operational commercial contractual".split()
#: Objects of a refusal that name no point of their own ("market rumours", "speculation").
#: ... or a policy of not commenting on a kind of matter: "individual cases", "ongoing investigations".
_POLICY = (rf"(?:{'|'.join(POLICY_OF)})\s+(?:\w+\s+)?\w+"
           rf"|(?:{'|'.join(POLICY_MATTERS)})\s+matters")
GENERIC_TOPIC = re.compile(rf"^\W*(?:(?:the|any|market|media|press)\s+)*(?:{_BACK_NOUNS}|{_POLICY})"
                           rf"(?:\s+(?:or|and)\s+(?:(?:the|any|market|media|press)\s+)*{_BACK_NOUNS})?\W*$", re.IGNORECASE)
_TOPIC = re.compile(r"\b(?:on|about|regarding|over)\s+(?P<topic>.+)$", re.IGNORECASE | re.DOTALL)
_QUESTION = re.compile(r"^\W*(?:whether|if)\s+(?P<question>.+)$", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Cues:
    """What a statement's own words say about its stance (before it is set against a point)."""

    stance: str = "asserts"
    back_reference: bool = False
    topic: frozenset[str] = frozenset()
    generic_topic: bool = False
    #: What a back reference points at: "story" ("the reports", "rumours": the story as told), "account"
    #: ("the account", "the claims": all that the last party said), or "" (a pronoun: its last sentence);
    #: "own" when a party stands by what it said ("stood by its figure": its point another disputed).
    object_kind: str = ""
    negated: bool = False
    hedged: bool = False
    conditional: bool = False
    caveat: bool = False


#: What may stand before a refusal in its content: the speaker as a pronoun ("said it would not comment").
_SPEAKING_BODIES = GENERIC_BODIES | frozenset("ministry department council agency board government police force authority "
                                              "office bank union school university hospital trust family campaign "
                                              "party".split())
#: The speaker's own people, who may refuse for it: "said its monitors had not been able to establish what ...".
_OWN_PEOPLE = "monitors inspectors officers staff investigators officials engineers team teams experts scientists".split()
#: ... or the office it speaks for: "her department said the minister would not comment".
_ROLES = ("minister secretary mayor president governor chancellor premier chairman chairwoman chair director "
          "executive commissioner spokesman spokeswoman spokesperson").split()
_REFUSER_WORDS = (r"(?i:it|he|she|they|we|i|(?:the|its|their)\s+(?:" + "|".join(sorted(_SPEAKING_BODIES))
                  + r")|(?:its|their|our)\s+(?:" + "|".join(_OWN_PEOPLE) + r")|the\s+(?:\w+\s+)?(?:" + "|".join(_ROLES) + "))")
#: ... or a name ("said the UN would not speculate", "MNS could not independently verify").
_REFUSER_NAME = r"(?:the\s+)?[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,2}"
_REFUSER = re.compile(rf"^\W*(?i:(?:that|said|says|added|but)\s+)*(?:(?:{_REFUSER_WORDS}|{_REFUSER_NAME})(?:\s+|$))?\W*$")   # "I'm not going to"
#: "are not saying" before a clause of its own disclaims it; before "whether", "what", ... it refuses.
_DISCLAIMER = re.compile(r"(?:is|am|are|was|were)\s+not\s+saying\s+(?!(?:whether|what|how|who|why|which|if|where|when|"
                         r"anything|much|more|so|yet)\b)", re.IGNORECASE)
#: Refusals that name no subject ("no comment", "could not be reached").
_OWN_REFUSAL = re.compile(r"^(?:no\b|neither\b|not\b|could not be reached|too early|nobody\b|no[ -]one\b)", re.IGNORECASE)


def _refusal(frame: str, lead: str, head: str) -> tuple[re.Match | None, str]:
    """The speaker's refusal in a statement's frame and head (its first words), and the head left to read
    for a confirmation: without a negated refusal's verb ("observers could not verify the count")."""
    decline = DECLINE.search(lead)
    if decline and decline.start() > len(frame) and not _OWN_REFUSAL.match(decline.group(0)) \
            and not _REFUSER.match(lead[len(frame):decline.start()]):
        if _NEGATED_DECLINE.search(decline.group(0)):
            head = lead[len(frame) + 1:decline.start()] + lead[decline.end():]
        decline = None      # "said the declaration did not name Redmere": the declaration, not the speaker
    if decline and _DISCLAIMER.match(lead, decline.start()):
        decline = None      # "We are not saying people should stop taking it": a disclaimer, not a refusal
    return decline, head


def read_cues(frame: str, content: str) -> Cues:
    """Read a statement's cues; ``frame`` is its attribution, ``content`` its reported words."""
    head = " ".join(content.split()[:10])
    lead = f"{frame} {head}"
    stance = "asserts"
    decline, head = _refusal(frame, lead, head)
    judged = _judged(content)
    holding = HOLDING.search(head)
    if decline and _NEGATED_DECLINE.search(decline.group(0)) or holding:
        stance = "declines"
    elif NOT_DENIED.search(frame):
        stance = "confirms"
    elif _denial_cue(frame) or judged and (VERDICT.search(judged.group("verdict")) or _COMPARED.match(judged.group("verdict"))) \
            or _named_false(frame) or MISJUDGED_FIGURE.match(content.strip()):
        stance = "denies"
    elif CONFIRM.search(frame) or CONFIRM_CUE.search(frame) or CONFIRM.search(head) or AGREEMENT.search(f"{frame} {content}") \
            or SAME_ACCOUNT.search(content) or EMPHATIC.search(content) or TRUE_VERDICT.match(content):
        stance = "confirms"
    elif VERDICT.search(content):
        stance = "denies"
    back = bool(BACK_REFERENCE.match(content.strip())) or bool(judged and stance == "denies") \
        or bool(MISJUDGED_FIGURE.match(content.strip())) or stance == "confirms" and bool(SAME_ACCOUNT.search(content)
                                                                                       or TRUE_VERDICT.match(content))
    own = stance == "asserts" and bool(REAFFIRM.match(content.strip()))   # "she stood by the report"
    declined = content[holding.end():] if holding and not decline else content
    topic, generic = _declined_topic(declined) if stance == "declines" else (frozenset(), False)
    if stance == "declines" and not topic and not generic:  # "declined to comment.": on what was just said
        back = True
    if stance == "denies" and not back and VERDICT.search(content) and not _denial_cue(frame):
        back, topic = True, terms(VERDICT.sub(" ", content))
    return Cues(
        stance=stance,
        back_reference=back,
        topic=topic,
        generic_topic=generic,
        object_kind="own" if own else _object_kind(judged.group("object") if judged else content) if back or generic
        else "",
        negated=_negated(content) and stance not in ("declines", "denies"),
        hedged=bool(HEDGE.search(content)) or stance == "confirms" and bool(_BUT.search(content))
        or bool(FIGURE_SCOPE.search(content)),
        conditional=bool(CONDITION.search(content)),
        caveat=bool(CAVEAT.match(content)) or bool(CAVEAT.match(frame.strip())),
    )


_STORY = re.compile(rf"\b(?:reports?|rumou?rs?|speculation|stor(?:y|ies)|suggestions?)\b|\b(?:{_POLICY})\b",
                    re.IGNORECASE)
_ACCOUNT = re.compile(r"\b(?:accounts?|claims?|allegations?|accusations?|versions?|charges?|assertions?|"
                      r"characteri[sz]ations?|forecasts?|predictions?|projections?|warnings?|estimates?|"
                      r"descriptions?|portrayals?|picture)\b", re.IGNORECASE)


#: A back reference to the reason another party gave: "rejected that explanation", "dismissed the theory".
_EXPLANATION = re.compile(r"\b(?:explanations?|theor(?:y|ies)|reasoning|excuses?)\b", re.IGNORECASE)


def _judged(content: str) -> re.Match | None:
    """A back reference judged in the same breath ('the account "pure fiction"', 'the reports as
    gossip'), not a clause that starts with 'that' ("denied that it had released ammonia")."""
    judged = JUDGED_REFERENCE.match(content.strip())
    if not judged or BACK_REFERENCE.match(content.strip()):
        return None     # "that claim", "that forecast": the reference alone, not "that" judged "claim"
    tail = content.strip()[judged.end("object"):]
    quoted = bool(re.search(r"[\"\u201c\u2018']", tail))
    return judged if quoted or re.match(r"\s+as\b", tail) or len(judged.group("verdict").split()) <= 3 else None


def _object_kind(content: str) -> str:
    """What a back reference's object is: "story", "account" or "" (see :class:`Cues`)."""
    if _EXPLANATION.search(content):
        return "explanation"
    return "story" if _STORY.search(content) else "account" if _ACCOUNT.search(content) else ""


def _negated(content: str) -> bool:
    """The content's main clause is negated ("No agreement has been reached"; not "did not tell them until March")."""
    clause = _first_clause(content)
    if re.search(_RULE_OUT, clause, re.IGNORECASE):
        return False    # "can't rule them out": left open, not denied
    if KEPT_OPEN.search(clause):    # "will stay open" says "will not close" (terms read both as "close")
        return not NEGATION.search(clause)
    return bool(NEGATION.search(clause)) and not _NOT_UNTIL.search(clause)


#: Staying open is not closing: the point "close", negated.
KEPT_OPEN = re.compile(r"\b(?:stay|stays|stayed|staying|remain|remains|remained|remaining|keep|keeps|kept|keeping)\s+"
                       r"(?:\w+\s+){0,3}?open\b", re.IGNORECASE)


_NOT_UNTIL = re.compile(r"\b(?:not|n't)\b[^,.;]*\buntil\b", re.IGNORECASE)


def _first_clause(content: str) -> str:
    """The content up to its first comma or dash, where a negation negates what is said, and before a
    relative clause ("asked to sign for work that has not been done" is not negated)."""
    clause = re.split(r",\s+(?!and\b|or\b|then\b)|\s+[\u2014\u2013-]\s+", content, maxsplit=1)[0]
    return _RELATIVE_CLAUSE.split(clause, maxsplit=1)[0]


#: A relative pronoun as its clause's subject ("work that has not been done", "staff who did not"): not
#: a complement "that" ("said that no one was hurt"), which a subject follows.
_RELATIVE_CLAUSE = re.compile(r"(?<=\w)\s+(?:that|which|who)\s+(?=(?:has|have|had|is|are|was|were|will|would|did|does|"
                              r"do|can|could)\b)", re.IGNORECASE)


def declined_question(content: str) -> str:
    """What a refusal was about, as words: 'to say whether X was a target' gives 'X was a target'."""
    text = re.sub(r"^\W*(?:to\s+)?(?:\w+\s+){0,2}?(?:comment|say|confirm|discuss|disclose|reveal|divulge|specify)\w*"
                  r"\s+(?:on\s+|about\s+)?", "", content, flags=re.IGNORECASE)
    question = _QUESTION.match(text)
    return question.group("question") if question else text


#: A request left unanswered is no topic: "did not respond to a request for comment [on the footage]".
_REQUEST_NOUN = r"(?:\w+\s+){0,2}?(?:requests?|calls?|e-?mails?|messages?|questions?|inquiries|enquiries)"
_FOR_COMMENT = r"\s+for\s+(?:comment|a response|an interview)"
_REQUEST = re.compile(rf"^\W*(?:(?:did|has|have|had|would|could)\s+not\s+|never\s+)?(?:(?:respond|repl|answer)\w*\s+to\s+"
                      rf"{_REQUEST_NOUN}(?:{_FOR_COMMENT})?|(?:to\s+)?{_REQUEST_NOUN}{_FOR_COMMENT})(?:\s+(?:on|about)\s+)?",
                      re.IGNORECASE)


#: Words after a refusal that say when, not what: "would not comment further while the trial was under way".
_WHILE = re.compile(r"\s*\b(?:further|while|until|pending|before|during|as long as|at this stage|at this time)\b.*$",
                    re.IGNORECASE | re.DOTALL)


def _declined_topic(content: str) -> tuple[frozenset[str], bool]:
    within = DECLINE.search(content)
    if within and within.start() > 0 and _NEGATED_DECLINE.search(within.group(0)):
        content = content[within.end():]    # "It is too early to say whether that arises": what follows the refusal
    content = _REQUEST.sub("", content)
    subject = _WHILE.sub("", declined_question(content))
    match = _TOPIC.search(content) if subject == content else None
    subject = match.group("topic") if match else subject
    return terms(subject), bool(GENERIC_TOPIC.match(subject.strip()))


def stance_toward(cues: Cues, *, same_polarity: bool, first_party: bool, leading: bool = False,
                  joined_as: str = "member", counter: bool = False) -> str:
    """A statement's stance toward a point.

    ``same_polarity``: the statement is negated exactly when the point's wording is; ``first_party``: the
    statement's party put the point forward first (a party does not deny its own point, it restates or
    hedges it); ``leading``: the statement is that party's first on the point; ``joined_as``: ``member``
    (it states the point), ``answer`` (it answers it: "denied it", an interview answer), ``caveat`` (a
    reservation added to it), ``reason`` (the reason given for a denial: "disputed that, saying ..."),
    ``support`` (the reason given for rejecting the other side's denial);
    ``counter``: the statement is such a reason, here stating a point of its own near another party's.
    """
    if joined_as == "caveat":
        return "qualifies"
    if joined_as == "reason":
        return "denies"
    if joined_as == "support" and not (cues.negated or cues.stance in ("denies", "declines")):
        return "asserts" if first_party else "confirms"     # a reason given for rejecting a denial
    if cues.stance in ("declines", "denies"):
        return cues.stance
    if first_party:
        if not leading and (cues.hedged or cues.caveat) or cues.stance == "confirms" and cues.hedged:
            return "qualifies"      # "acknowledged that some of the funds had passed through": a concession
        return "confirms" if cues.stance == "confirms" else "asserts"
    if cues.hedged or cues.caveat or cues.conditional:
        return "qualifies"
    if counter:     # a reason given for a denial: against the point when set against it ("nearer 17%"), else a reservation
        return "qualifies" if same_polarity else "denies"
    if not same_polarity and not (cues.back_reference and cues.stance == "confirms"):
        return "denies"     # "confirmed it", "gave the same assurance": whatever the point's wording
    return "confirms"
