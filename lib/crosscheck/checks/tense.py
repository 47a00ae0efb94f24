"""The tense of the clause an expression sits in, from its governing verb group (rules, no tagger).

Only a blank spaCy pipeline is available, so verb groups are found by rule within the sentence span
the checks already have: auxiliary chains ("had filed", "is set to meet", "will be held"), future
and intention phrases ("plans to", "is expected to"), past forms (irregular ones from a list, regular
"-ed" forms not used as adjectives), present reporting verbs ("says", "tells"), present forms of
scheduled events ("begins", "faces", "is traveling"), present passives ("is held"), and third-person
forms that are also plural nouns ("votes", "meets", "reports") only where a subject stands before them
("the council votes on ...", "which falls on ...").

The governing group of an expression is the nearest group before it in its clause (clauses end at
";", ":", brackets, quotation marks, dashes and subordinators such as "that", "which", "while"; an
infinitive there yields to an implicative past or a present progressive it hangs on: "tried to call
the clinic on Monday" is past), else the first one after it in the clause ("On Friday, the
government pledged ..."), else the nearest in the sentence. Words that only look like tense cues ("next", "last", "ago", "until",
"United") never decide.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from ._base import MONTH_RE, WEEKDAY_FULL_RE
from .numbers import ONES, TENS

TENSES = ("past", "future", "present", "report", "infinitive", "conditional", "target")

_APOS = "['’]"
_IRREGULAR_PAST = (
    "said told met held took made went came gave saw left fell rose won lost began spoke wrote sent brought "
    "bought thought found got kept led paid ran sat stood struck threw understood wore became chose drew drove "
    "ate flew forgot froze grew hid knew lay meant rode rang sang sank shook shot slept sold sought spent stole "
    "swore taught tore woke withdrew broke felt heard built caught dealt fought fled forgave hung lent swept "
    "wept arose overtook undertook upheld withheld awoke bore bound bit blew bred dug fed forbade forecast "
    "foresaw mistook oversaw slid spun sprang stuck stung strove swam swung wound reset set"
).split()
_NOT_VERBS_ED = set(
    "need feed seed speed bed red shed hundred indeed naked wicked sacred kindred united bred embed creed greed "
    "deed weed breed reed steed proceed exceed succeed".split()
)
#: nouns that follow "to" ("spoke to reporters"): not an infinitive
_NOUN_AFTER_TO = re.compile(r"(?:ers|ors|ists|ians|ions|ments|ies|ness|ity|ants|ents)$")
_REPORT_PRESENT = (
    "says tells adds argues insists writes warns explains concedes acknowledges contends maintains believes "
    "asserts recalls admits denies confirms suggests"
).split()
#: present forms of scheduled events ("the trial begins Monday"); words that are also plural nouns left out
_SCHEDULE_PRESENT = ("begins starts opens ends closes arrives departs resumes expires debuts premieres faces travels "
                     "continues reopens reconvenes restarts concludes").split()

#: participles after "is"/"are": a present passive ("the parade is held the Saturday before ...")
_PARTICIPLES = (
    "held made done given taken seen known shown built sold paid told said kept left run won lost set cut put shut "
    "spent sent brought bought thought found begun written chosen driven drawn broken spoken frozen hidden beaten "
    "led met read struck worn sworn understood withdrawn overseen undertaken planned scheduled slated heard caught taught fed hung"
).split()
#: third-person present forms that are also plural nouns ("the council votes on ...", "which falls on ..."):
#: a present verb only after a subject ("he", "which", "the board") and before its complement
_AMBIGUOUS_PRESENT = (
    "meets votes reports plans visits calls holds hosts returns heads leads marks signs tests releases launches "
    "publishes unveils decides considers reviews delivers joins plays takes gives makes sends announces names "
    "presents issues files appears testifies speaks sits goes comes flies gets hears rules rallies marches "
    "celebrates observes honors honours falls kicks wraps runs"
).split()
#: plural present forms of scheduled meetings ("Trump and Clinton meet for the first debate Monday",
#: "policymakers meet March 21"): a verb only right after a plural (an agent noun) or named subject (a "track
#: meet", "to meet", "will face" are caught otherwise)
_PLURAL_SCHEDULED = ("meet face debate square clash vote gather convene reconvene open reopen close resume begin start "
                     "travel host visit play "
                     "end return go fall").split()
_PLURAL_SUBJECT_BEFORE = re.compile(r"(?:\b(?:[Tt]hey|[Ww]e|[Mm]ost|[Mm]any|[Ss]everal|[Oo]thers)|\b[a-z]{2,}(?:ers|ors|ists|ians|ants|ents|ials)|"
                                    r"\b(?:[Tt]he|[Bb]oth|two|three|four|[0-9]+)\s+(?:[a-z]+\s+)?"
                                    r"[a-z]{3,}s|(?<=[.!?]\s)[A-Z][a-z]{2,}s|(?<![.!?]\s)(?<![Tt]he\s)(?<![Aa]\s)\b(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\s)[A-Z][a-z]+)"
                                    r"\s+$")
#: a verb that takes an object and a bare infinitive ("let the kids go", "watched the two rivals debate")
_BARE_INFINITIVE_BEFORE = re.compile(r"\b(?:let|lets|letting|make|makes|made|help|helps|helped|see|saw|seen|watch|"
                                     r"watched|hear|heard)\s+(?:[A-Za-z]+\s+){1,3}$", re.IGNORECASE)
#: a subject before a third-person form, or the close of a relative clause or an apposition after one ("The
#: drive, which he started, runs through Dec. 19", "The governor, a Democrat seeking a second term, delivers")
_SUBJECT_BEFORE = re.compile(r"(?:\b(?:he|she|it|who|which|that)|,\s+(?:(?:which|who)\s|(?:a|an)\s+[a-z])[^,.;:]{1,50},|"
                             r"(?:\b(?:the|a|an|its|his|her|their|our)|\w['’]s)\s+"
                             r"(?:[a-z]+\s+){0,2}[a-z]+[a-rt-z])\s+$", re.IGNORECASE)

#: irregular participles after "'d", which is then "had" ("we'd gone", "she'd left")
_HAD_PARTICIPLES = r"(?:been|done|gone|had|got|made|left|come|seen|said|told|known|run|won|lost|put|set|begun|taken)\b"

#: a noun phrase a preposition governs is no subject ("heard of the closure plans in January": "plans" a noun)
_PREPOSITION_OBJECT = re.compile(r"(?<![\w\-])(?:of|in|on|at|for|from|with|about|into|over|under|against)\s+"
                                 r"(?:the|a|an|its|his|her|their|our)\s+(?:[a-z]+\s+){1,2}$", re.IGNORECASE)

_GROUPS = (
    ("future", r"\b(?:will|shall|won" + _APOS + r"t)\b(?:\s+(?:not|also|now|still|soon|then|likely|again))?"
               r"(?:\s+(?:be|have)\b)?(?:\s+[a-z]+)?"),
    ("future", _APOS + r"ll\b(?:\s+[a-z]+)?"),
    # "can" of what may yet be done: "the lease can be extended to Halloween", "residents can apply from Monday"
    # (a modal: ahead for a weekday, the nearest year for a date, as "would")
    ("conditional", r"\b(?:can|cannot|can" + _APOS + r"t)\b(?:\s+(?:not|also|still|now|only))?(?:\s+be)?(?:\s+[a-z]+)?"),
    ("future", r"\b(?:am|is|are|was|were|be|been|being|isn" + _APOS + r"t|aren" + _APOS + r"t|" + _APOS + r"m|"
               + _APOS + r"re)\s+"
               r"(?:not\s+|now\s+|also\s+|still\s+|due\s+)?(?:set|scheduled|slated|due|expected|poised|going|about|"
               r"planned|likely|supposed|planning|preparing|hoping|aiming|intending|expecting|bracing|gearing\s+up|readying|"
               r"steeling|counting\s+on|waiting|to)\s+(?:to\s+)?[a-z]+"),
    ("future", r"\b(?:plans?|intends?|aims?|hopes?|expects?|wants?|vows?|threatens?|promises?|seeks?)\s+to\s+[a-z]+"),
    ("future", r"\bplan(?:s|ning)?\s+(?:another|more|a\s+(?:second|third|new))\b"),  # "and plan another before Christmas"
    ("future", r"\b(?:expects?|predicts?|anticipates?|foresees?)\b"),  # "she expects a record before July 4"
    # a plan since changed ("the trial, first set for Nov. 14, was pushed to ..."): when it was made, the
    # nearest year (a weekday ahead, as "would")
    ("conditional", r"\b(?:first|originally|initially|previously)\s+(?:set|scheduled|slated|planned|due)\b"),
    # a participle or adjective that schedules what the date after it names: "the worst of the surge expected
    # early Friday morning", "a dividend payable Dec. 15", "the report due Monday", "the talks, set for Thursday",
    # "a safety day set for the Saturday before Labor Day"
    ("future", r"\b(?:payable|expected|scheduled|slated|due|(?:set|planned|penciled|pencilled|forecast|predicted|projected)(?:(?<=led)\s+in)?(?=\s+for\b)|departing|arriving)\b"
               r"(?=\s+(?:(?:early|late|on|by|for|from|in)\s+(?:the\s+)?)?"
               r"(?:(?-i:[A-Z][a-z])|(?:next|this|tomorrow|tonight)\b))"),
    # "we'd be", "we'd need": "would" ("we'd been", "we'd gone", "we'd agreed" are "had")
    ("conditional", r"\b(?:would|could|might|(?-i:may)|should|must|wouldn" + _APOS + r"t|couldn" + _APOS + r"t|"
                    + _APOS + r"d(?=\s+(?:not\s+)?(?:be|have)\b|\s+(?!" + _HAD_PARTICIPLES + r")(?:need|[a-z]+(?<!ed)(?<!en))\b))\b"
               r"(?:\s+(?:not|also|still|likely|then))?(?:\s+(?:have\s+been|have|be)\b)?(?:\s+[a-z]+)?"),
    ("past", r"\b(?:had|hadn" + _APOS + r"t)\b(?:\s+(?:not|also|already|just|previously|long|never|since))?"
             r"(?:\s+been)?(?:\s+[a-z]+(?:ed|en|wn|un|ne|t|d)\b)?"),
    ("past", r"\b(?:has|have|hasn" + _APOS + r"t|haven" + _APOS + r"t)\b(?:\s+(?:not|also|already|just|since|now|"
             r"repeatedly|long|never|twice))?(?:\s+been)?\s+(?!(?:one|none|no|not)\b)[a-z]+(?:ed|en|wn|un|ne|t|d)\b"),
    ("past", r"\b(?:was|were|wasn" + _APOS + r"t|weren" + _APOS + r"t|did|didn" + _APOS + r"t)\b"
             r"(?:\s+(?:not|also|still|then|being))?(?:\s+[a-z]+(?:ed|en|wn|un|ne|ing|t|d)\b)?"),
    # advice and its gerund look ahead ("Castillo suggests checking withholding ... rather than waiting for December")
    ("future", r"\b(?:suggests|recommends|advises|urges)\s+(?!(?:being|having)\b)[a-z]{3,}ing\b"),
    ("report", r"\b(?:" + "|".join(_REPORT_PRESENT) + r")\b"),
    ("present", r"\b(?:am|is|are|'re|’re|'m|’m)\s+(?:not\s+|also\s+|now\s+|still\s+)?[a-z]+ing\b"),
    ("present", r"\b(?:" + "|".join(_SCHEDULE_PRESENT) + r")\b"),
    # a habit told in the present ("RSV, which usually peaks in January"): what recurs next
    ("present", r"\b(?:usually|typically|normally|generally|traditionally)\s+(?!(?:has|is|was|does)\b)[a-z]{3,}s\b"),
    ("present", r"\b(?:takes|goes|comes)\s+(?:into\s+)?(?:effect|force)\b"),
    # a verb of change and its comparative ("The schedule grows tighter over the weekend", "it turns colder Friday")
    ("present", r"\b(?:grows|gets|turns|becomes|stays|remains)\s+(?:much\s+|even\s+|still\s+)?"
                r"(?:more|less|worse|better|(?!(?:over|under|after|never|ever|other)\b)[a-z]{3,}er)\b"),  # "the ordinance takes effect in April"
    ("present", r"\b(?:am|is|are|isn" + _APOS + r"t|aren" + _APOS + r"t)\s+(?:not\s+|also\s+|usually\s+|always\s+|already\s+|[a-z]{3,}ly\s+)?"
                r"(?!(?:believed|thought|said|reported|alleged)\s+to\s+have\b)"
                r"(?:" + "|".join(_PARTICIPLES) + r"|[a-z]{2,}ed)\b"),  # a present passive: "are renewed at Easter"
    ("present", r"\b(?:" + "|".join(_AMBIGUOUS_PRESENT) + r")\b(?=\s+(?:the|a|an|on|to|in|at|with|for|again|"
                r"that|its|his|her|their|[A-Z]))"),
    ("present", r"\b(?:" + "|".join(_PLURAL_SCHEDULED) + r")\b(?=\s+(?:for|in|on|at|again|off|the|a|an|to|this|next|"
                r"tomorrow|tonight|today|(?-i:[A-Z])))"),  # (a name after it: "host Leeds"; not "Eid travel peaks")
    ("present", r"\b(?:am|is|are|isn" + _APOS + r"t|aren" + _APOS + r"t)\b"),
    ("infinitive", r"\bto\s+(?:be\s+)?(?!(?:the|a|an|his|her|their|its|this|that|these|those|be|my|our|your|him|them|"
                   r"me|us|it|some|any|all|each|every|no|date|day|what|where|whom?|hundreds|thousands|"
                   + "|".join(ONES + TENS) + r")\b)[a-z]+\b"),  # "waited up to nine hours": a count, no verb
    # the mandative subjunctive: "suggested the vote be moved to Wednesday" (see _MANDATIVE_BEFORE)
    ("future", r"(?<![\w\-])be\s+(?:[a-z]{2,}(?:ed|en)|held|set|put|kept|made|paid|met|sent|built|cut|shut|run|done)\b"),
    ("past", r"\b(?:" + "|".join(_IRREGULAR_PAST) + r")\b"),
    ("past", r"(?<![\w\-])[a-z]{2,}ed\b"),
)
#: groups that are one bare word, which a determiner before it makes an adjective or a noun
_BARE_FORMS = {i for i, (_, rx) in enumerate(_GROUPS) if rx.startswith((r"\b(?:" + _REPORT_PRESENT[0],
                                                                         r"\b(?:" + _SCHEDULE_PRESENT[0],
                                                                         r"\b(?:" + _IRREGULAR_PAST[0],
                                                                         r"(?<![\w\-])[a-z]{2,}ed"))}
_SUBJUNCTIVE = next(i for i, (_, rx) in enumerate(_GROUPS) if rx.startswith(r"(?<![\w\-])be\s"))
#: a verb of demanding and the subject of the subjunctive after it ("suggested the vote be moved"): what it asks for
#: lies ahead of the asking
_MANDATIVE_BEFORE = re.compile(r"\b(?:suggest|propos|demand|insist|recommend|urg|ask|request|requir)\w*\s+(?:that\s+)?"
                               r"(?:[\w\-'’]+\s+){1,4}$", re.IGNORECASE)
_AMBIGUOUS = next(i for i, (_, rx) in enumerate(_GROUPS) if rx.startswith(r"\b(?:" + _AMBIGUOUS_PRESENT[0]))
_PLURAL = next(i for i, (_, rx) in enumerate(_GROUPS) if rx.startswith(r"\b(?:" + "|".join(_PLURAL_SCHEDULED) + ")"))
_GROUP_RE = re.compile("|".join(f"(?P<g{i}>{rx})" for i, (_, rx) in enumerate(_GROUPS)), re.IGNORECASE)
_ADJECTIVE_SLOT = re.compile(r"(?:\b(?:the|a|an|this|that|its|his|her|their|our|my|your|these|those|one|no|"
                            r"many|several|two|three|more|most|less)\s+)$",  # ("one approved treatment", "a more detailed")
                             re.IGNORECASE)
#: a participle that completes "want it ...", "need the plan ...", the causative "have most owners ...": no past
#: tense ("We want it signed by Friday", "hoped to have most homes reconnected by May")
_WANTED_DONE = re.compile(r"\b(?:wants?|wanted|wanting|needs?|needed|gets?|got|getting|likes?|liked|expects?|"
                          r"expected|prefers?|preferred)\s+(?:it|them|this|that|him|her|everything|something|"
                          r"(?:the|a|an|his|her|their|its|our|your|my)\s+[a-z\-]+)\s+$"
                          r"|\bto\s+have\s+(?:[\"“”]?[\w\-]+[\"“”]?\s+){1,6}$", re.IGNORECASE)
#: "be", "being" or "get" before a participle: a passive whose time is the group's before it ("would have to be
#: completed by ...", "one of the ideas being worked up for ...", "the time to get vaccinated")
_BE_BEFORE = re.compile(r"(?<![\w\-])(?:be|being|get)\s+$", re.IGNORECASE)
#: a linking verb before a participle makes it the verb's complement, no past of its own ("will close Tuesday, stay
#: closed Wednesday", "the road remains shut")
_LINKING_BEFORE = re.compile(r"(?<![\w\-])(?:stay|stays|staying|remain|remains|remaining|seem|seems|become|becomes|"
                             r"look|looks|feel|feels)\s+$", re.IGNORECASE)
#: a quantifier opening an aside after a comma, before a participle ("..., both moved from weekend dates, ...")
_ASIDE_QUANTIFIER = re.compile(r",\s+(?:both|all|each|most|many|several|none|(?:one|two|three|some)\s+of\s+them)\s+$",
                               re.IGNORECASE)
#: the gerund a verb group takes, whose object an "-ed" adjective opens ("would begin checking damaged homes")
_GERUND_BETWEEN = re.compile(r"\s+(?!(?:being|having)\s)[a-z]{2,}ing\s+")
#: an object right after a bare form makes it a verb whatever stands before it ("a month that left the mayor ...")
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|him|them|us|me)\b", re.IGNORECASE)
_BOUNDARY = re.compile(
    r"[;:()\[\]“”\"—–]|\s-\s|(?<![\w\-])(?:that|which|who|whom|whose|because|while|whereas|although|though|but"
    r"|if|unless|when|whether|where|what|whatever|whenever|as\s+well\s+as)(?![\w\-])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Tense:
    """A clause's tense and the verb group that decided it (offsets into the whole text)."""

    tense: str
    cue: str
    start: int
    end: int


@functools.lru_cache(maxsize=32)
def verb_groups(text: str, a: int, b: int) -> tuple[Tense, ...]:
    """The verb groups of text[a:b], in order, each with its tense (cached: a sentence's expressions share them)."""
    out = []
    for m in _GROUP_RE.finditer(text, a, b):
        index = int(m.lastgroup[1:])
        tense, word = _GROUPS[index][0], m.group(0)
        if index == len(_GROUPS) - 1 and word.lower() in _NOT_VERBS_ED:
            continue
        if (index in _BARE_FORMS and _ADJECTIVE_SLOT.search(text, max(a, m.start() - 8), m.start())
                and not _OBJECT_AFTER.match(text, m.end())):
            continue  # "the planned vote", "the opens": a bare form after a determiner is no verb
        if index == _SUBJUNCTIVE and not _MANDATIVE_BEFORE.search(text, max(a, m.start() - 60), m.start()):
            continue  # "be" + participle without a verb of demanding before it: the passive of another group
        if tense == "infinitive" and (word.split()[-1][0].isupper() or _NOUN_AFTER_TO.search(word)
                                      or _noun_to_noun(text, a, m.start(), word)):
            continue
        if tense == "past" and index in _BARE_FORMS and _WANTED_DONE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "want it signed by Christmas Eve": the participle completes the object
        if tense == "present" and word.lower() in ("is", "are", "am") and _is_auxiliary_of_past(text, m.end(), b):
            continue
        if index == _AMBIGUOUS and (not _SUBJECT_BEFORE.search(text, max(a, m.start() - 60), m.start())
                                    or _PREPOSITION_OBJECT.search(text, max(a, m.start() - 60), m.start())):
            continue  # "the union's votes on Monday", "heard of the closure plans": a plural noun, not a verb
        if index == _PLURAL and (not _PLURAL_SUBJECT_BEFORE.search(text, max(a, m.start() - 30), m.start())
                                 or _BARE_INFINITIVE_BEFORE.search(text, max(a, m.start() - 40), m.start())):
            continue  # "a track meet on Friday", "the vote on Monday": a noun; "let the kids go": no finite verb
        if index == len(_GROUPS) - 1 and out and _GERUND_BETWEEN.fullmatch(text, out[-1].end, m.start()):
            continue  # "would begin checking damaged homes Monday": the adjective of the gerund's object
        if tense == "past" and index in _BARE_FORMS and _BE_BEFORE.search(text, max(a, m.start() - 6), m.start()):
            continue  # "would have to be completed", "to be held": a passive of the group before it
        if tense == "past" and index in _BARE_FORMS and _LINKING_BEFORE.search(text, max(a, m.start() - 12), m.start()):
            continue  # "stay closed Wednesday": the complement of a linking verb
        if tense == "past" and index in _BARE_FORMS and _ASIDE_QUANTIFIER.search(text, max(a, m.start() - 24), m.start()):
            continue  # "fall on June 17 and Sept. 16, both moved from weekend dates, and ...": an aside, no finite verb
        if tense == "past" and index in _BARE_FORMS and word[0].isupper():
            continue  # "Fed policymakers meet", "Scattered showers": no subject before it, or a name; no finite past
        if (index == len(_GROUPS) - 1 and out and out[-1].tense == "infinitive" and out[-1].end < m.start()
                and not text[out[-1].end:m.start()].strip() and not out[-1].cue.lower().endswith("have")):
            continue  # "to bring scattered storms Sunday": the adjective of the infinitive's object
        if (tense == "past" and index in _BARE_FORMS and out and out[-1].tense in ("future", "conditional")
                and not text[out[-1].end:m.start()].strip() and not out[-1].cue.lower().endswith("have")):
            continue  # "will remain closed", "would stay shut": the complement of the group before it
        out.append(Tense(tense, word, m.start(), m.end()))
    return tuple(out)


def _noun_to_noun(text: str, a: int, start: int, group: str) -> bool:
    """Whether "to X" repeats the word before it: "door to door", "day to day", "face to face" (no infinitive)."""
    before = text[max(a, start - 20):start].split()
    return bool(before) and before[-1].lower() == group.split()[-1].lower()


def _is_auxiliary_of_past(text: str, pos: int, limit: int) -> bool:
    """'is' in "is believed to have died": the group after it decides."""
    return bool(re.match(r"\s+(?:believed|thought|said|reported|alleged)\s+to\s+have\b", text[pos:limit]))


def _clause(text: str, a: int, b: int, start: int, end: int) -> tuple[int, int]:
    left, right = a, b
    for m in _BOUNDARY.finditer(text, a, b):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def crosses_clause(text: str, a: int, b: int) -> bool:
    """Whether a clause boundary (a subordinator such as "when" or "that", a colon, a quotation mark) lies in
    text[a:b]; coordination ("and") is none here."""
    return _BOUNDARY.search(text, a, b) is not None


_COORDINATION = re.compile(r"(?<![\w\-])(?:and|or|nor|then)(?![\w\-])", re.IGNORECASE)


def one_clause(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] lies in one clause: no clause boundary and no "and"/"or" joining a second verb."""
    return not crosses_clause(text, a, b) and _COORDINATION.search(text, a, b) is None


_REACH = 1500  # characters: no clause of a real sentence reaches further
_OPEN_QUOTE = re.compile(r"“|(?:(?<=^)|(?<=[\s(\[—–]))\"")
_QUOTE_MARK = re.compile(r"[“”\"]")


@functools.lru_cache(maxsize=32)
def _quote_marks(text: str, a: int, b: int) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """The quotation marks of text[a:b]: their positions, and whether each opens a quotation."""
    marks = [(m.start(), m.group() == "“" or (m.group() == '"' and bool(_OPEN_QUOTE.match(text, m.start()))))
             for m in _QUOTE_MARK.finditer(text, a, b)]
    return tuple(at for at, _ in marks), tuple(opens for _, opens in marks)


def _quotation(text: str, a: int, b: int, start: int, end: int) -> tuple[int, int] | None:
    """The quotation of text[a:b] that holds text[start:end], or None. A straight quote opens where a
    space (or the sentence's start) stands before it; a quotation may open in an earlier sentence."""
    at, opens = _quote_marks(text, a, b)
    i, j = bisect.bisect_left(at, start) - 1, bisect.bisect_left(at, end)
    closes_after = j < len(at) and not opens[j]
    if i >= 0 and opens[i]:
        return at[i] + 1, at[j] if closes_after else b
    if closes_after:
        return (at[i] + 1 if i >= 0 else a), at[j]
    return None


def in_quotation(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a quotation of its sentence."""
    return _quotation(text, *sentence, start, end) is not None


@functools.lru_cache(maxsize=32)
def _group_starts(text: str, a: int, b: int) -> tuple[int, ...]:
    return tuple(g.start for g in verb_groups(text, a, b))


def _near(text: str, a: int, b: int, start: int, end: int) -> tuple[Tense, ...]:
    """The sentence's verb groups within ``_REACH`` of text[start:end] (all of them in a real sentence)."""
    groups = verb_groups(text, a, b)
    if b - a <= 2 * _REACH:
        return groups
    starts = _group_starts(text, a, b)
    return groups[bisect.bisect_left(starts, start - _REACH):bisect.bisect_right(starts, end + _REACH)]


#: verbs whose infinitive happened when they did ("tried to call the clinic on Monday", "was trying to
#: phone", "refused to testify")
_IMPLICATIVE = re.compile(r"(?:tr(?:ied|ying)|attempt(?:ed|ing)|manag(?:ed|ing)|fail(?:ed|ing)|refus(?:ed|ing)|"
                          r"declin(?:ed|ing)|began|beginning|start(?:ed|ing)|continu(?:ed|ing)|sought|seeking|"
                          r"struggl(?:ed|ing)|rush(?:ed|ing)|scrambl(?:ed|ing)|hurr(?:ied|ying)|hasten(?:ed|ing)|"
                          r"ventur(?:ed|ing)|dar(?:ed|ing)|bother(?:ed|ing)|neglect(?:ed|ing)|chose|choosing|"
                          r"opt(?:ed|ing)|mov(?:ed|ing))$", re.IGNORECASE)
#: what may stand between a verb and the infinitive it governs ("tried hard to", "ordered him to", "hand out to")
_TO_INFINITIVE = re.compile(r"\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)


#: past verbs whose infinitive looks ahead of them: an aim, a request, a plan ("agreed to meet Friday")
_AIMS = re.compile(r"(?:ask|agre|plann|decid|vot|promis|pledg|vow|urg|order|want|hop|expect|threaten|offer|call|"
                   r"propos|schedul|prepar|arrang|invit|encourag|warn|allow|permitt|requir|push|press|lobbi|aim|"
                   r"intend|seek|sought|wish|demand|direct|instruct|mov|set|rush|scrambl|sign|elect|opt|"
                   r"chos|prefer|tr|wait|fought|struggl|got|went|came\s+(?:out|forward|back)|said|told)\w*$",
                   re.IGNORECASE)
#: what may stand between a past verb and the infinitive of what it achieved ("came from 14 points down to beat")
_OUTCOME_GAP = re.compile(r"\s+(?:[\w\-]+\s+){1,5}", re.IGNORECASE)


def _outcome_of(text: str, verb: Tense, infinitive: Tense) -> Tense | None:
    """A plain past verb and the infinitive of what it achieved ("came from 14 points down to beat Port
    Kelling on Saturday", "needed overtime to get past Linden in Friday night's quarterfinal"): the infinitive
    happened when the verb did, unless the verb aims ahead ("agreed to meet Friday", "asked them to")."""
    if verb.tense != "past" or _AIMS.search(verb.cue) or " " in verb.cue.strip():
        return None
    if not _OUTCOME_GAP.fullmatch(text, verb.end, infinitive.start):
        return None
    return Tense("past", " ".join(text[verb.start:infinitive.end].split()), verb.start, infinitive.end)


#: a past perfect ("had planned", "hadn't meant"): its time lies before the story's past
PAST_PERFECT = re.compile(r"(?:had|hadn['’]t)\b", re.IGNORECASE)


def _carrier(text: str, before: list[Tense]) -> Tense:
    """The last group of ``before``, or for an infinitive the finite verb it hangs on where that fixes its
    time: a present progressive ("is working to win over farmers at Monday's fair"), an implicative past
    ("tried to call the clinic on Monday") or a past perfect ("had planned to open the batting on Saturday":
    a plan of the story's past); after "asked him to", "could try to", "continues to insist" the
    infinitive stays (its time is relative to the asking, or a habit's)."""
    last = before[-1]
    i = len(before) - 1
    if last.tense == "infinitive" and i > 0:
        outcome = _outcome_of(text, before[i - 1], last)
        if outcome is not None:
            return outcome
    while last.tense == "infinitive" and i > 0 and _TO_INFINITIVE.fullmatch(text, before[i - 1].end, before[i].start):
        i -= 1
        carrier = before[i]
        if ((carrier.tense == "present" and carrier.cue.endswith("ing"))
                or (carrier.tense == "past" and (_IMPLICATIVE.search(carrier.cue) or PAST_PERFECT.match(carrier.cue)))):
            return Tense(carrier.tense, " ".join(text[carrier.start:last.end].split()), carrier.start, last.end)
        if carrier.tense != "infinitive":
            break
    return last


#: a past act that sets a date ("rescheduled the hearing for Jan. 4", "pulled the release forward to April 12",
#: "extended the hours through Labor Day"): the date it names lies after the act, not before it
_SETS_DATE = re.compile(r"(?:re)?scheduled|(?:re)?set|moved|pushed|postponed|delayed|deferred|adjourned|extended|"
                        r"pulled|brought|bumped|shifted|put\s+off|reserved|booked|penciled|pencilled", re.IGNORECASE)
#: a past that looked ahead to what the date after it names ("The airport expected 45,000 passengers Sunday"):
#: a target whatever the words between
_FORESAW = re.compile(r"(?:expected|predicted|forecast|anticipated|projected)$", re.IGNORECASE)
_TARGET_BEFORE = re.compile(r"[^.;:!?]{0,80}?(?<![\w\-])(?:(?:for|to|until|till|through|from)\s+(?:the\s+)?"
                            r"(?:no\s+(?:earlier|later)\s+than\s+)?)$",  # "pushed back to no earlier than Thursday"
                            re.IGNORECASE)
#: what a booking is for, then its date ("reserved the range for a backup attempt on Friday")
_BOOKED_FOR = re.compile(r"[^.;:!?]{0,80}?(?<![\w\-])for\s+(?:[a-z\-]+\s+){1,4}(?:(?:on|at)\s+)?$", re.IGNORECASE)
_BOOKED = re.compile(r"reserved|booked", re.IGNORECASE)
#: the odds a forecast gave for the date after it: what it foresaw lies ahead of the forecast
_FORECAST_FOR = re.compile(r"[^.;:!?]{0,60}?\b(?:chances?|odds|probability|forecasts?|outlook)\b[^.;:!?]{0,50}?"
                           r"(?<![\w\-])for\s+$", re.IGNORECASE)
_TARGET_HEAD = re.compile(r"(?:for|to|until|till|through|from)\s", re.IGNORECASE)


#: a past aim whose object holds the date ("had planned a Valentine's Day promotion", "had aimed for royal assent by
#: the summer"): the words between name what was aimed at, not where or when the aiming was ("on", "in", "at")
_AIM_VERB = re.compile(r"(?:planned|aimed|intended|proposed)$", re.IGNORECASE)
_AIMED_OBJECT = re.compile(r"\s+(?:(?!(?:on|in|at|during|to|and|or|but|after|since|when|(?:day|week|month|year)s)\s)"
                           r"[\w\-'’]+\s+){0,4}", re.IGNORECASE)
_WHEN_OR_WHERE = re.compile(r"(?:on|in|at|during|before|after|since)\s", re.IGNORECASE)  # the date's own word
#: a planned event and what it was planned for ("a planned album release for Thanksgiving weekend had been put off")
_PLANNED_FOR = re.compile(r"(?<![\w\-])(?:a|an|the|its|his|her|their|our)\s+(?:planned|proposed|scheduled)\s+"
                          r"(?:[\w\-'’]+\s+){1,3}for\s+(?:the\s+)?$", re.IGNORECASE)


def _target(text: str, group: Tense, start: int) -> Tense:
    """A past group that sets the date after it ("for", "to", "until", "through" it) gives a target: the
    nearest year, a weekday ahead; so does a past aim whose object holds the date, and a date a planned event
    was planned for; any other group is kept."""
    if group.tense != "past":
        return group
    planned = _PLANNED_FOR.search(text, max(0, start - 60), start)
    if planned is not None:
        return Tense("target", " ".join(planned.group(0).split()), group.start, group.end)
    if group.end > start:
        return group
    if (_AIM_VERB.search(group.cue) and _AIMED_OBJECT.fullmatch(text, group.end, start)
            and not _WHEN_OR_WHERE.match(text, start)):
        return Tense("target", group.cue, group.start, group.end)
    if _FORESAW.search(group.cue) and not PAST_PERFECT.match(group.cue):
        return Tense("target", group.cue, group.start, group.end)
    if _FORECAST_FOR.fullmatch(text, group.end, start):  # "gave a 70% chance of rain for Thursday"
        return Tense("target", group.cue, group.start, group.end)
    if not _SETS_DATE.search(group.cue.split()[-1]):
        return group
    booked = _BOOKED.fullmatch(group.cue.split()[-1]) and _BOOKED_FOR.fullmatch(text, group.end, start)
    if not (booked or _TARGET_BEFORE.fullmatch(text, group.end, start) or _TARGET_HEAD.match(text, start)):
        return group
    return Tense("target", group.cue, group.start, group.end)


#: a participle or adjective that schedules the date after it: it governs no date before it
_SCHEDULING_WORD = re.compile(r"payable|expected|scheduled|slated|due|set|planned|penciled|pencilled|forecast|"
                              r"predicted|projected|departing|arriving", re.IGNORECASE)
_IF_BEFORE = re.compile(r"(?<![\w\-])(?:if|unless|whatever|whenever)\s*$", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"(?:has|have|hasn['’]t|haven['’]t)\b", re.IGNORECASE)
_WOULD_HAVE = re.compile(r"\bhave$", re.IGNORECASE)
_WOULD = re.compile(r"(?:would|could|might|['’]d)\b(?!\S*\s+(?:not\s+)?have\b)", re.IGNORECASE)


def _hypothetical(text: str, groups: list[Tense], lo: int, found: Tense) -> Tense:
    """A past form in an "if" clause that a "would" answers is no past but a supposition ("She would be
    furious if we closed this weekend"): the "would" decides; "would have" leaves the past standing."""
    supposing = _IF_BEFORE.search(text, max(0, lo - 10), lo) if found.tense == "past" else None
    if supposing is None:  # ("whatever happened before Monday" after a "would" supposes too)
        return found
    would = next((g for g in groups if g.tense == "conditional" and _WOULD.match(g.cue)), None)
    if would is None and _PRESENT_PERFECT.match(found.cue):
        # "can walk away if the deal has not closed by June 30": a present perfect supposed ahead of now
        would = next((g for g in groups if g.tense in ("conditional", "future") and not _WOULD_HAVE.search(g.cue)),
                     None)
    if would is None:
        return found
    return Tense(would.tense, f"{would.cue} ... {supposing.group(0).strip().lower()} {found.cue}", found.start,
                 found.end)


#: a verb of aspect before an infinitive shares its time ("continues to insist", "keeps trying to"): no look ahead
_ASPECT_BEFORE = re.compile(r"\b(?:continues|keeps|tends|seems|appears|begins|starts|ceases)\s+(?:[a-z]+\s+){0,2}$",
                            re.IGNORECASE)


_SUPPOSING = re.compile(r"(?<![\w\-])(?:if|unless)(?![\w\-])", re.IGNORECASE)


def said_now(text: str, sentence: tuple[int, int], start: int, found: Tense) -> bool:
    """Whether the modal or infinitive ``found`` governing the date at ``start`` looks ahead from now: no past verb
    frames it ("said the ban would end by Easter", "would end by Easter, officials said"; not a past in a clause
    joined after it), an infinitive hangs on no verb of aspect ("continues to insist"), and a modal is a speaker's
    or a supposition's ("The runoff, if there is one, would stretch into the spring")."""
    if found.tense not in ("infinitive", "conditional"):
        return False
    if found.tense == "infinitive" and _ASPECT_BEFORE.search(text, max(sentence[0], found.start - 40), found.start):
        return False
    inside = _quotation(text, *sentence, start, start + 1)
    near = max(sentence[0], start - _REACH), min(sentence[1], start + _REACH)  # (a text without stops: linear)
    if found.tense == "conditional" and inside is None and not _SUPPOSING.search(text, *near):
        return False  # a bare "would" in narration may be a plan since past ("The notice would be lifted by Easter")
    groups = _near(text, *sentence, start, start + 1)
    for g in groups:
        if g.tense not in ("past", "target") or (inside and not inside[0] <= g.start < inside[1]):
            continue
        if g.end <= start or not _COORDINATION.search(text, start, g.start):
            return False
    return True


#: a noun phrase a preposition governs, with or without a determiner ("for the three months", "on applications")
_PREPOSITION_NOUN = re.compile(r"(?<![\w\-])(?:of|on|for|from|with|about|into|over|under|against)\s+"
                               r"(?:(?:the|a|an|its|his|her|their|our|all|any)\s+)?(?:[a-z]+\s+){1,2}$", re.IGNORECASE)
#: a date between a participle and the date it might govern ("ended Dec. 31 on Jan. 29", "received by then no
#: later than 16 May"): the participle's phrase ends with the first
_DATE_BETWEEN = re.compile(r"(?<![\w\-])(?:then|today|yesterday|tomorrow|[0-9]{1,2}(?:st|nd|rd|th)?|" + MONTH_RE + "|"
                           + WEEKDAY_FULL_RE + r")(?![\w\-])")


def _reduced_relative(text: str, group: Tense, start: int) -> bool:
    """Whether ``group`` is a bare past participle after a noun a preposition governs ("results for the three months
    ended Dec. 31", "decisions on applications received by then"): a reduced relative clause, no finite verb,
    which governs the date of its own phrase ("drugs found in the car on Monday"), not one after another date."""
    if group.tense != "past" or not re.fullmatch(r"[a-z]+", group.cue) or not _DATE_BETWEEN.search(
            text, group.end, start):
        return False
    return _PREPOSITION_NOUN.search(text, max(0, group.start - 40), group.start) is not None


#: a relative clause set off by commas right after an expression ("Lunar New Year, when exporters rush cargo out, ")
_RELATIVE_ASIDE = re.compile(r"\s*,\s*(?:when|which|who|where)\b[^,;:.!?]{1,200}?,\s*", re.IGNORECASE)


def _verb_after_aside(text: str, groups: tuple[Tense, ...], end: int, b: int) -> Tense | None:
    """The finite group just after a relative clause that commas set off after an expression whose clause has no
    verb ("has warned that the run-up to Lunar New Year, when exporters rush cargo out, could bring ..."): the
    verb of the clause the expression is the subject of."""
    aside = _RELATIVE_ASIDE.match(text, end, b)
    if aside is None:
        return None
    return next((g for g in groups if g.start == aside.end() and g.tense != "infinitive"), None)


def governing_tense(text: str, sentence: tuple[int, int], start: int, end: int) -> Tense | None:
    """The tense of the verb group that governs text[start:end] in its sentence, or None; a past act that
    sets the date is a target (:func:`_target`)."""
    found = _governing(text, sentence, start, end)
    return None if found is None else _target(text, found, start)


def _governing(text: str, sentence: tuple[int, int], start: int, end: int) -> Tense | None:
    """The governing group of :func:`governing_tense`. In a "sentence" longer than any real one (a text
    without stops) only the words within ``_REACH`` of it count."""
    a, b = sentence
    groups = _near(text, a, b, start, end)
    inside = _quotation(text, a, b, start, end)
    if b - a > 2 * _REACH:
        a, b = max(a, start - _REACH), min(b, end + _REACH)
    # a group that runs into the expression ends where it starts ("will be | today", "was | Friday")
    groups = [g if g.end <= start or g.start >= end else Tense(g.tense, text[g.start:start].strip(), g.start, start)
              for g in groups if g.end <= start or g.start >= end or g.start < start]
    if inside is not None:  # a date inside a quotation takes no direction from the verb reporting it
        groups = [g for g in groups if inside[0] <= g.start and g.end <= inside[1]]
    if not groups:
        return None
    lo, hi = _clause(text, a, b, start, end)
    before = [g for g in groups if lo <= g.start and g.end <= start]
    if len(before) > 1 and _reduced_relative(text, before[-1], start):
        before.pop()  # "will report results for the three months ended Dec. 31 on Jan. 29": "will report" governs
    if before:
        return _hypothetical(text, groups, lo, _carrier(text, before))
    after = [g for g in groups if g.start >= end and g.end <= hi and g.tense != "infinitive"
             and not (g.tense == "future" and _SCHEDULING_WORD.fullmatch(g.cue))]  # "By Friday, flights scheduled for"
    if after:
        return after[0]
    beyond = _verb_after_aside(text, groups, end, b)
    if beyond is not None:
        return beyond
    before = [g for g in groups if g.end <= start]
    if before:
        return before[-1]
    # not past a semicolon: the clause after it has a time of its own ("The following weekend brings the festival;
    # tickets went on sale earlier")
    stop = text.find(";", end, b)
    finite = [g for g in groups if g.tense != "infinitive" and (stop < 0 or g.start < stop)]
    return finite[0] if finite else None
