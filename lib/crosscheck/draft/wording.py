"""Claim wording: a short checkable proposition in plain words, made from the statement that states a point.

``claim_text(proposition)`` takes the clause that best states a point and words it as the ledger words a
claim: the speaker's "I" and "we" and a reported "he said that he" become names; reported speech is
put back into the speaker's tense ("had asked" becomes "asked", "would" becomes "will"); quotation
marks, asides (", which ...,", dashes, brackets) and a leading "that" go; a refusal's question becomes
the proposition it asked about ("would not say whether a follow-up had been scheduled" gives "A
follow-up has been scheduled"); the result starts with a capital and ends with a full stop.
"""
from __future__ import annotations

import re

from .propositions import Proposition
from .stance import declined_question
from .terms import AUXILIARY

MAX_WORDS = 28
LONGEST = 45
_QUOTES = re.compile(r"[\"\u201c\u201d]|(?<![A-Za-z])['\u2018\u2019](?=[A-Za-z])|(?<=[A-Za-z.,!?])['\u2018\u2019](?![A-Za-z])")
_ASIDES = (re.compile(r",\s+(?:which|who|whose)\s+[^,]{1,80},"), re.compile(r"\s+[\u2014\u2013]\s+[^\u2014\u2013]{1,80}\s+[\u2014\u2013]"),
           re.compile(r"\s*\([^()]{1,60}\)"))
_CUE_LEAD = re.compile(r"^(?:(?:said|says|added)\s+(?:that\s+)?(?:it|he|she|they|we|I)\s+)?"   # "said it would not comment"
                       r"(?:(?:did|would|could|does|do|has|had|have|was)\s+(?:not\s+|n't\s+)?(?:explicitly\s+)?"
                       r"|declined\s+|refused\s+)?(?:to\s+)?(?:\w+\s+)?(?:(?:comment|say|confirm|reveal|divulge|disclose|"
                       r"specify|discuss)\w*|(?:respond|reply|answer)\w*\s+to\s+(?:a\s+|the\s+)?(?:questions?|requests?)"
                       r"(?:\s+for\s+comment)?)\s+(?:on\s+|about\s+)?", re.IGNORECASE)
_DENY_LEAD = re.compile(r"^(?:den(?:y|ies|ied)|disputed|rejected|dismissed)\s+(?:that\s+)?", re.IGNORECASE)
_CONFIRM_LEAD = re.compile(r"^(?:confirmed|acknowledged|admitted)\s+(?:that\s+)?", re.IGNORECASE)
# An attribution the extractor left inside a content: "..., a prosecutor told the court on Monday, on ...".
# Not the rest of a list of subjects ("staff in modern languages, music and philosophy had been told ...", "staff
# at the Hillcroft, Marsh End, Oldgate and Pike Lane libraries had been told ...": a passive "told" is no source).
_TRAILING_SOURCE = re.compile(rf",(?!\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+and\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+{AUXILIARY}\b)"
                              r"\s+(?:(?:said|says)\s+(?:he|she|they|it|we)\b|(?:[\w'\u2019.-]+\s+){1,7}(?:said|says|(?<!\bbeen )(?<!\bwas )(?<!\bwere )told|"
                              r"added|reported|announced|insisted|warned|claimed)\b).*$", re.DOTALL)
#: A topic with no verb of its own ("the fault", "Marchbank's finances", "the talks' outcome"): no proposition.
#: ... and a relative clause may follow its words ("a document that was before the court").
_NOUN_PHRASE = re.compile(rf"^(?:the|a|an|its|their|his|her|any|[A-Z][\w'\u2019.-]*)(?:\s+(?!{AUXILIARY}\b)[\w'\u2019.,-]+){{0,6}}"
                          rf"(?:\s+(?:that|which|who)\s+.*)?\W*$", re.DOTALL)
_WH = re.compile(r"^(?:when|what|why|how|where|who|which|whom)\b", re.IGNORECASE)
_IRREGULAR = {"made": "made", "found": "found", "told": "told", "said": "said", "met": "met", "taken": "took",
              "given": "gave", "seen": "saw", "done": "did", "gone": "went", "won": "won",
              "lost": "lost", "sent": "sent", "paid": "paid", "held": "held", "agreed": "agreed", "left": "left",
              "stolen": "stole", "chosen": "chose", "begun": "began", "written": "wrote", "spoken": "spoke",
              "broken": "broke", "known": "knew", "shown": "showed", "brought": "brought", "bought": "bought",
              "sold": "sold", "hit": "hit", "cut": "cut", "put": "put", "set": "set", "let": "let", "had": "had"}
#: Simple pasts of irregular verbs besides those above: a first person's "we sat" stays "sat", not "sats".
_SIMPLE_PAST = frozenset("sat came became ran got felt kept thought heard meant stood spent built understood rose fell "
                         "drew grew knew threw flew drove ate took saw went began spoke broke chose stole led fed fought "
                         "caught taught sought lent bent laid wore tore swore struck stuck hung won wrote".split())
# Cues whose content is wanted rather than stated: "Moscow demanded Ukraine cede Donetsk".
_WISH = re.compile(r"^(?:demand|urge|call(?:ed|s)? for|want|propos|hope|plan|intend|insist|ask|request|press)\w*$",
                   re.IGNORECASE)
#: An infinitive ("to close the plant"), not a "to" before a noun ("to lorries", "to the state").
_INFINITIVE = re.compile(r"to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|some|all|every|no|each|"
                         r"any|private|public)\b)(?![A-Z0-9])(?![a-z]*[^su]s\b)[a-z]")
_HAD_BEEN = re.compile(r"(?P<subject>\b(?:\w+\s+and\s+)?\w+)\s+had\s+been\b")
_HAD = re.compile(r"\bhad\s+(?:(?P<adverb>\w+ly)\s+)?(?P<verb>\w+)\b")
_SUBJECT_PRONOUN = re.compile(r"^(?P<pronoun>he|she|they|it|i|we)\b", re.IGNORECASE)
_FIRST_PERSON = {"i": "{speaker}", "me": "{speaker}", "my": "{speaker}'s", "we": "{party}", "us": "{party}",
                 "our": "{party}'s"}


def claim_text(proposition: Proposition, subject: str = "") -> str:
    """The claim a proposition states, in plain words (see the module's docstring); ``subject`` is the
    subject of the clause it was cut from, for a clause that starts with its verb."""
    text = " ".join(proposition.quote.split())
    text = _strip_cue(text, proposition)
    text = small_clause(text, proposition.cue) or _own_act(text, proposition)
    if subject and proposition.cues.stance in ("asserts", "confirms", "qualifies"):
        text = f"{subject} {text}"      # "had not sought to influence" -> "the minister had not sought to ..."
    text = _TRAILING_SOURCE.sub("", text)
    text = unquoted(text)
    for aside in _ASIDES:
        text = aside.sub("", text)
    if re.match(r"in order to\s+\w|so as to\s+\w", text, re.IGNORECASE):
        text = "The aim was " + re.sub(r"^(?:in order|so as)\s+", "", text, flags=re.IGNORECASE)
    elif re.match(r"amid(?:st)?\s+\w", text, re.IGNORECASE):
        text = "There was " + re.sub(r"^amid(?:st)?\s+(?:the\s+)?", "", text, flags=re.IGNORECASE)
    elif proposition.kind != "narration" and proposition.cue and (
            opens_with_infinitive(text) or _WISH.match(proposition.cue)):
        addressee = proposition.extra.get("addressee", "")
        cue = f"{_cue_verb(proposition.cue)} {addressee}" if addressee else _cue_verb(proposition.cue)
        text = f"{proposition.voice.name} {cue} {text}"  # "plans to close ..." says who plans
    elif proposition.kind == "direct":
        text = _first_person(text, proposition)
    else:
        text = _resolve_subject(text, proposition)
        text = _present_tense(text)
    text = _shorten(text).strip(" ,;:.\u2014-")
    if not text:
        return "(empty statement)."
    return text[:1].upper() + text[1:] + ("" if text.endswith(("?", "!", ".")) else ".")


#: Cues whose content is a thing and what it is called: "called the recall precautionary", "described the
#: request as routine".
_NAMING_CUE = re.compile(r"^(?:call|describ|label|term|brand|deem)\w*$", re.IGNORECASE)
_NAMING_SPLIT = re.compile(r"\s+as\s+|\s*[\"\u201c\u2018]|\s+(?=(?:an?|the)\s)")
#: Cues that say what the speaker did, not what is so: "welcomed the vote", "questioned its age".
_ACT_CUE = re.compile(r"^(?:welcom|prais|criticis|criticiz|condemn|question|hail|applaud|deplor|"
                      r"den(?:y|ie)|reject|dismiss|disput|defend|back|oppos)\w*$", re.IGNORECASE)


_PLEA = re.compile(r"^(?:plead(?:s|ed)?|pled)$", re.IGNORECASE)


def opens_with_infinitive(text: str) -> bool:
    """Does a content open with an infinitive ("to undergo a medical"), not with "to" before a noun ("to lorries")?"""
    return bool(_INFINITIVE.match(text.lstrip(" \"'\u201c\u2018")))


def unquoted(text: str) -> str:
    """``text`` without its quotation marks (apostrophes kept: "the club's", "Rovers'")."""
    return _QUOTES.sub("", text)


#: A figure put forward: "put the number of recipients at 48,500", "put the number higher, at 40,000".
_ESTIMATE_CUE = re.compile(r"^put(?:s|ting)?$", re.IGNORECASE)
_ESTIMATE_SPLIT = re.compile(r"\s+(?:at\s+|(?=(?:higher|lower|closer|nearer|above|below)\b))", re.IGNORECASE)


def small_clause(text: str, cue: str) -> str:
    """A thing and what the speaker called it, as what it is said to be ("called the recall “precautionary”"
    gives "the recall was precautionary"), or a figure and what the speaker put it at ("put the number of
    recipients at 48,500" gives "the number of recipients is 48,500"); "" when the content is no such pair."""
    if _ESTIMATE_CUE.match(cue or ""):
        split = _ESTIMATE_SPLIT.search(text, 1)
        if not split:
            return ""
        figure = text[:split.start()]
        head = re.split(r"\s+of\s+", figure, maxsplit=1)[0].split()[-1]     # "the number [of recipients]"
        return f"{figure} {'are' if _plural(head) else 'is'} {text[split.end():]}"
    if not _NAMING_CUE.match(cue or ""):
        return ""
    split = _NAMING_SPLIT.search(text, 1)
    thing, called = (text[:split.start()], text[split.end():]) if split else ("", "")
    if not thing.strip() or not called.strip() or len(thing.split()) > 6 or re.search(rf"\b{AUXILIARY}\b", thing):
        return ""
    return f"{thing} {'were' if _plural(thing.split()[-1]) else 'was'} {called}"


def _own_act(text: str, proposition: Proposition) -> str:
    """What a speaker did, for a content that is only the cue's object ("welcomed the vote") or that starts
    with the cue itself ("has denied any wrongdoing"): the speaker, the cue and the rest."""
    cue = proposition.cue or ""
    if proposition.kind == "narration" or not (_ACT_CUE.match(cue) or _PLEA.match(cue)):
        return text
    own = re.match(rf"^(?:(?:has|have|had)\s+)?{re.escape(cue)}\b", text, re.IGNORECASE)
    if own:
        return f"{proposition.voice.name} {text}"
    if _PLEA.match(cue):        # "pleaded not guilty to three counts": the plea is the act
        return f"{proposition.voice.name} {cue} {text}"
    if _NOUN_PHRASE.match(text) and proposition.cues.stance != "declines":
        return f"{proposition.voice.name} {cue} {text}"
    return text


def _strip_cue(text: str, proposition: Proposition) -> str:
    stance = proposition.cues.stance
    if stance == "declines":
        question = declined_question(_CUE_LEAD.sub("", text, count=1))
        return f"Open question: {question}" if _WH.match(question) or _NOUN_PHRASE.match(question) else question
    if stance == "denies":
        text = _DENY_LEAD.sub("", text, count=1)
    if stance == "confirms":
        text = _CONFIRM_LEAD.sub("", text, count=1)
    return _LEADING_LINK.sub("", text)


#: A content's leading link word ("that", "and", "but"), but not "That" as the subject ("That is pressure").
_LEADING_LINK = re.compile(rf"^(?:and\s+that|that(?!\s+(?:{AUXILIARY}|means|makes)\b)|and|but|however)\b[,\s]*",
                           re.IGNORECASE)


def _first_person(text: str, proposition: Proposition) -> str:
    """A quote's "I" and "we" as the speaker and the party ("I have asked" -> "Trump has asked")."""
    speaker = proposition.voice.name
    party = proposition.party if proposition.party != proposition.speaker else speaker
    text = _DISCOURSE.sub("", text)
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(lambda m, r=replacement: r.format(speaker=speaker, party=party, **m.groupdict()),
                           text)
    text = _I_VERB.sub(lambda m: f"{speaker} {m.group('adverb') or ''}{_third_person(m.group('verb'))}", text)
    text = _WE_VERB.sub(lambda m: f"{m.group('we')} {m.group('adverb') or ''}{_third_person(m.group('verb'))}", text)

    def replace(match: re.Match[str]) -> str:
        return _FIRST_PERSON[match.group(0).lower()].format(speaker=speaker, party=party)

    return re.sub(r"\b(?:I|me|my|we|us|our|We|Our|My)\b", replace, text)


_DISCOURSE = re.compile(r"^(?:(?:I mean|you know|look|well|frankly|honestly|listen|so|now),?\s+)+", re.IGNORECASE)
_CONTRACTIONS = tuple((re.compile(pattern, re.IGNORECASE), replacement) for pattern, replacement in (
    (r"\bI(?:'|\u2019)m\b|\bI am\b", "{speaker} is"), (r"\bI(?:'|\u2019)ve\b|\bI have\b", "{speaker} has"),
    (r"\bI(?:'|\u2019)d\b", "{speaker} would"), (r"\bI(?:'|\u2019)ll\b", "{speaker} will"),
    (r"\bwe(?:'|\u2019)re\b|\bwe are\b", "{party} is"), (r"\bwe(?:'|\u2019)ve\b|\bwe have\b", "{party} has"),
    (r"\bwe(?:'|\u2019)ll\b", "{party} will"), (r"\bwe(?:'|\u2019)d\b", "{party} would"),
    (r"\bwe were\b", "{party} was"), (r"\bwe weren(?P<a>'|\u2019)t\b", "{party} wasn{a}t"),
    (r"\bwe aren(?P<a>'|\u2019)t\b", "{party} isn{a}t"), (r"\bwe haven(?P<a>'|\u2019)t\b", "{party} hasn{a}t"),
    (r"\b(?P<who>I|we) don(?P<a>'|\u2019)t\b", "{who} doesn{a}t"), (r"\b(?P<who>I|we) do not\b", "{who} does not")))
_NO_THIRD_PERSON = (r"(?!(?:was|were|will|would|can|could|should|must|may|might|did|do|does|had|never|also|just|"
                    r"personally|still|really|only|always|won't|don't|didn't|can't|wouldn't|couldn't)\b)")
_I_VERB = re.compile(rf"\bI\s+(?P<adverb>(?:just|also|still|really|only|always|now|never|personally)\s+)?"
                     rf"(?P<verb>{_NO_THIRD_PERSON}[a-z]+)\b(?![-'\u2019])")
#: "we expect", "we also hope": the party (one body) and its verb in the third person singular.
_WE_VERB = re.compile(rf"(?P<we>\b[Ww]e)\s+(?P<adverb>(?:also|still|really|only|always|now|fully|firmly|strongly|just)\s+)?"
                      rf"(?P<verb>{_NO_THIRD_PERSON}(?!(?:all|both|together|ourselves|too|as|and|or|who|that|in|at|on|"
                      rf"to|for|here|there|not|[a-z]*[^s]s)\b)[a-z]+)\b(?![-'\u2019])")   # not "co-" of "co-operated"


def _cue_verb(cue: str) -> str:
    """A one-word cue in the present as a name takes it ("plan" in "Halvorsen's plan to" -> "plans")."""
    return cue if " " in cue or cue.endswith(("s", "ed")) or cue.lower() in _IRREGULAR else _third_person(cue)


def _third_person(verb: str) -> str:
    if verb.endswith("ed") or verb in _SIMPLE_PAST or verb in _IRREGULAR.values() or verb in _IRREGULAR:
        return verb
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _resolve_subject(text: str, proposition: Proposition) -> str:
    match = _SUBJECT_PRONOUN.match(text)
    if not match or proposition.kind == "narration":
        return text
    pronoun = match.group("pronoun").lower()
    if pronoun == "they" and re.match(r"^\w+\s+(?:is|was|are|were|would|will)\b", text, re.IGNORECASE) or \
            pronoun == "it" and _DUMMY_SUBJECT.match(text):
        return text  # "it was ..." is often no one in particular (not "it was cooperating", "it would appeal")
    if pronoun == "it" and proposition.party != proposition.speaker:
        return proposition.party + text[match.end():]     # a spokesperson's "it" is the body
    return proposition.voice.name + text[match.end():]


#: "it was clear", "it would be wrong", "they are right": a subject that may be no one in particular; not an
#: act ("it was cooperating fully", "it would appeal").
_DUMMY_SUBJECT = re.compile(r"^\w+\s+(?:(?:is|was|are|were)\s+(?!\w+ing\b)|(?:would|will)\s+be\b)", re.IGNORECASE)


def _present_tense(text: str) -> str:
    """Undo reported speech's backshift: 'had asked' -> 'asked', 'would' -> 'will'."""

    def simple_past(match: re.Match[str]) -> str:
        verb = match.group("verb")
        past = _IRREGULAR.get(verb.lower()) or (verb if verb.endswith("ed") else None)
        if past is None:
            return match.group(0)
        return (match.group("adverb") + " " if match.group("adverb") else "") + past

    text = _HAD_BEEN.sub(lambda m: m.group("subject") + (" were" if _plural(m.group("subject")) else " was"), text)
    text = _HAD.sub(simple_past, text)
    return re.sub(r"\bwould\b(?!\s+have\s+(?!to\b)\w)", "will", text)    # "would have testified" stays


def _plural(word: str) -> bool:
    if " and " in word:         # "music and philosophy had been told": two subjects
        return True
    return word.lower().endswith("s") and word.lower() not in ("its", "this", "his", "has", "was", "is", "us", "news")


def _shorten(text: str) -> str:
    """At most MAX_WORDS words, cut at a comma or dash in the second half; with none there, the sentence
    whole up to LONGEST words, never cut inside a phrase ("... as those on.")."""
    words = text.split()
    if len(words) <= MAX_WORDS:
        return text
    head = " ".join(words[:MAX_WORDS])
    cut = max(head.rfind(", "), head.rfind(" \u2014 "))
    if cut > len(head) // 2:
        return head[:cut]
    if len(words) <= LONGEST:
        return text
    kept = words[:LONGEST]
    while kept and kept[-1].lower().strip(",;") in _CLOSED_CLASS:
        kept.pop()
    return " ".join(kept)


#: Words a shortened claim may not end on: "as those on", "the", "of".
_CLOSED_CLASS = frozenset("a an the of on in at to for from by with as and or but than that which who whose its their "
                          "his her our is are was were be been has have had will would".split())


_AUXILIARIES = ("is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "will", "would", "can", "could",
                "should")
_DETERMINERS = ("the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "your", "our")


def question_text(question: str) -> str:
    """The proposition a yes-no question asks about: 'Has Kovac asked to leave?' gives 'Kovac has asked to leave.'"""
    text = " ".join(question.split()).rstrip("?").strip()
    text = re.split(r",?\s+or\s+", text, maxsplit=1)[0]
    whether = re.match(r"(?:whether|if)\s+(?P<rest>.+)$", text, re.IGNORECASE)
    if whether:
        rest = _present_tense(whether.group("rest"))
        return rest[:1].upper() + rest[1:] + "."
    words = text.split()
    if len(words) < 3 or words[0].lower() not in _AUXILIARIES:
        return f"Open question: {text[:1].lower() + text[1:]}?" if text else "(empty question)."
    rest = words[1:]
    if rest[0].lower() in _DETERMINERS:
        size = 2
    else:
        size = next((i for i, w in enumerate(rest) if not w[:1].isupper()), len(rest)) or 1
    subject, tail = " ".join(rest[:size]), " ".join(rest[size:])
    sentence = f"{subject} {words[0].lower()} {tail}".strip()
    return sentence[:1].upper() + sentence[1:] + "."
