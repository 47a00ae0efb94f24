"""Rule: a verb of speech, cognition or stance with its source and content.

The shapes, tried in this order for a cue verb at token i:

* passive ("was reported by the paper", "is expected to"): see :mod:`.passive`;
* a catenative chain ("began by saying ...", "kept insisting ..."): the clause's subject speaks;
* a participle after a comma (", saying ..."): the unit's last source, or its clause subject;
* inverted ('..., said Smith', '“...,” said the official'): the content is before the cue;
* a subject before the cue ("Smith said ...", "Smith, a lawyer, said ...", "he said"), with the
  content after it, before it ('“Q,” she said'), around it ("A, he said, B"), or in the next unit
  ("He said:").
"""
from __future__ import annotations

from . import lexicon as L
from .passive import passive_cue
from .phrases import clause_subject, content_after, is_adverbial, next_quote, object_np, subject_np
from .unit import Unit

_PASSIVE_ENDINGS = ("ed", "en", "wn", "ld", "ght")
_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
_INVERTED_NEXT = {",", ".", "!", "?", ";", "(", "—", ":"}
_INVERTED_AFTER = {"in", "at", "on", "during", "who", "after"}
#: A verb that is a noun before another noun ("refuse collectors", "refuse lorries"): a cue only before
#: "to", an object pronoun or a determiner ("refuse to comment", "refuse any talks").
_NOUN_HOMOGRAPHS = {"refuse"}
_VERB_NEXT = {"to", "it", "them", "him", "her", "us", "me", "the", "a", "an", "any", "all", "this", "that", "these",
              "those", "his", "its", "their", "our", "my", "your", ",", ".", ";"}


def verb_cue(u: Unit, i: int, base: str) -> bool:
    """Try the cue verb at token i (lemma ``base``); True when it made (or deferred) a statement."""
    T, us, ue = u.T, u.us, u.ue
    low, lw = T.low, T.low[i]
    if T.cap[i] and not T.title_case:
        return False
    cue_end = _cue_end(u, i, base)
    if cue_end is None or lw in _NOUN_HOMOGRAPHS and cue_end < ue and low[cue_end] not in _VERB_NEXT:
        return False
    if cue_end < ue and low[cue_end] == "by" and lw.endswith(("ed", "en", "wn")):
        return passive_cue(u, i, cue_end, by_agent=True)
    if base in L.HANDOVER_VERBS and _hands_over(T, cue_end, ue):
        return False
    if base == "publish" and not _publishes_words(T, cue_end, ue):
        return False        # "The council has not published those figures": an act, not a statement
    if base in L.THAT_ONLY and not (cue_end < ue and (low[cue_end] in ("that", ",", ":") or T.inq[cue_end])):
        return False
    if lw.endswith("ing") and i - 1 >= us and not T.inq[i - 1] and low[i - 1] in L.CHAIN_BEFORE_ING:
        return _chained(u, i, cue_end, base)
    if lw.endswith("ing") and i - 1 >= us and low[i - 1] == "," and (
            lw in L.PARTICIPLE_CUES or (lw not in L.WEAK_FORMS and base not in L.THAT_ONLY)):
        return _participle(u, i, cue_end, base)
    if i - 1 >= us and (low[i - 1] == "," or T.is_quote(i - 1)) and base in L.INVERSION_VERBS:
        done = _inverted(u, i, cue_end)
        if done is not None:
            return done
    return _subject_cue(u, i, cue_end, base)


#: What makes a published thing a content: a clause or a quotation ("published figures showing a rise").
_CLAUSE_MARKS = {"that", "showing", "saying", "suggesting", "stating", "indicating", "finding", "which", "who", ":"}
#: How many tokens after "published" its clause or quotation must start within.
_PUBLISHED_REACH = 15


def _publishes_words(T, a: int, ue: int) -> bool:
    """Does what is published at token a carry words of its own (a clause, a quotation), not just a thing?"""
    for k in range(a, min(ue, a + _PUBLISHED_REACH)):
        if T.inq[k] or T.low[k] in _CLAUSE_MARKS:
            return True
        if T.low[k] == "," and k + 1 < ue and T.low[k + 1] in L.PARTICIPLE_CUES:
            return True     # "published its report in May, saying ...": the participle's source
        if T.low[k] in (".", ";", ","):
            return False
    return False


def _hands_over(T, a: int, ue: int) -> bool:
    """Is the cue's object a thing given to a recipient ("reported them to the state", "reported the
    theft to police")? A pronoun, or a short noun phrase with no verb in it, then "to"."""
    if a >= ue or T.inq[a]:
        return False
    if T.low[a] in L.OBJECT_PRONOUNS:
        return a + 1 < ue and T.low[a + 1] == "to"
    if T.low[a] not in L.DETERMINERS and T.low[a] not in L.POSSESSIVES:
        return False
    for k in range(a + 1, min(ue, a + 6)):
        lk = T.low[k]
        if lk == "to":
            return True
        if T.inq[k] or lk in L.AUXILIARIES or lk in L.BE_FORMS or lk in (",", "that", ";", ":"):
            return False
    return False


def _cue_end(u: Unit, i: int, base: str) -> int | None:
    """One past the cue (its particle included: "called for"); None when a needed particle is missing."""
    particles = L.CUE_PARTICLES.get(base)
    if particles and i + 1 < u.ue and u.T.low[i + 1] in particles:
        return i + 2
    return None if base in L.NEEDS_PARTICLE else i + 1


def _shared_or_clause_source(u: Unit, i: int):
    """(source span, speaker) of the unit's last statement, else of its clause subject, else None."""
    if u.last_source is not None:
        return u.last_source
    subject = clause_subject(u.T, u.us, i)
    if subject is None:
        return None
    return u.T.span(*subject), u.speaker(subject)


def _chained(u: Unit, i: int, cue_end: int, base: str) -> bool:
    """ "began by saying ...", "kept insisting ...", "avoided criticizing ..." """
    found = _shared_or_clause_source(u, i)
    if found is None:
        return False
    p, e = content_after(u.T, cue_end, u.ue, base)
    if u.T.words(p, e) < 2 or is_adverbial(u.T, p, e):
        return False
    return u.add(None, (i, cue_end), [(p, e)], source=found[0], speaker=found[1])


def _participle(u: Unit, i: int, cue_end: int, base: str) -> bool:
    """ "..., saying that ..." """
    T = u.T
    if u.last_source is not None:
        p, e = content_after(T, cue_end, u.ue, base)
        return u.add(None, (i, cue_end), [(p, e)], source=u.last_source[0], speaker=u.last_source[1])
    subject = clause_subject(T, u.us, i)
    if subject is None:
        return False
    p, e = content_after(T, cue_end, u.ue, base)
    if T.words(p, e) < 2:
        return False
    return u.add(None, (i, cue_end), [(p, e)], source=T.span(*subject), speaker=u.speaker(subject))


def _inverted(u: Unit, i: int, cue_end: int) -> bool | None:
    """'..., said Smith' and '“...,” said the official, “...”'; None when the shape does not fit (the comma
    closes an apposition: "The union's general secretary, Carla Mendes, said the operator, X, had ...")."""
    T, us, ue = u.T, u.us, u.ue
    low = T.low
    if low[i - 1] == ",":
        c = i - 2
        while c > us and i - c <= 10 and low[c] != "," and not T.inq[c]:
            c -= 1
        if c > us and low[c] == "," and (i - c <= 6 and _names_after_role(T, c, i - 1) or _role_after_name(T, us, c, i - 1)):
            return None
        if c > us and low[c] == "," and low[c + 1] in ("which", "who") and not T.inq[c + 1]:
            return None     # "Velmont Pharma, which makes Slimora, said ...": the subject and its aside
        if _described_aside(T, us, i - 1):
            return None     # "Pavel Ondrich, an economist who advises neither side, said ...": the subject speaks
    if cue_end >= ue or T.inq[cue_end] or low[cue_end] in L.WEEKDAYS or low[cue_end] in L.MONTHS or not (
            T.cap[cue_end] or low[cue_end] in L.DETERMINERS or low[cue_end] in L.TITLES or _role_then_name(T, cue_end, ue)):
        return None
    s0 = cue_end
    s1 = object_np(T, s0, ue)
    if all(low[x] in L.DETERMINERS for x in range(s0, s1)):
        return None       # 'said the "tool marks" could ...': a determiner alone names no one
    if any(low[x] in L.AUXILIARIES and low[x] not in ("'s", "’s") or x > s0 and low[x] in L.VERB_FORMS
           and not T.cap[x] and low[x].endswith(("ed", "s")) for x in range(s0, s1)):
        return None       # "X, a lawyer, said the ruling was fair", "..., said Lind wanted a new minister": not inverted
    if s1 <= s0 or not (s1 >= ue or low[s1] in _INVERTED_NEXT or T.is_quote(s1) or low[s1] in L.TIME_WORDS
                        or low[s1] in _INVERTED_AFTER):
        return None
    if s1 < ue and T.is_quote(s1) and not T.inq[i - 1] and not T.inq[max(i - 2, us)]:
        return None       # 'Janssen's team, Veloce-Arkon, said the rider "has never ..."': the rider is the content's
    parts = [(T.before_start(us, i), i)]
    if s1 + 1 < ue and low[s1] == "," and T.inq[s1 + 1] and T.qid[s1 + 1] != T.qid[max(i - 2, 0)]:
        parts.append((s1 + 1, T.quote_end(s1 + 1)))            # '“A,” said X, “B.”'
    elif T.inq[i - 1]:
        resumed = next_quote(T, s1, ue)
        if resumed is not None:
            parts.append(resumed)
    return u.add((s0, s1), (i, cue_end), parts)


def _described_aside(T, us: int, comma: int) -> bool:
    """Does the comma at ``comma`` close a name's aside that holds a relative clause ("Pavel Ondrich, an
    economist at Ashgrove Polytechnic who advises neither side,")?"""
    relative = False
    for k in range(comma - 1, max(us, comma - 16), -1):
        if T.inq[k]:
            return False
        if T.low[k] in ("who", "which"):
            relative = True
        elif T.low[k] == ",":
            return relative and k - 1 >= us and T.cap[k - 1]
    return False


def _role_then_name(T, k: int, ue: int) -> bool:
    """Do lower-case role words open at k and a name follow ("said agency spokeswoman Marta Kowalczyk")?"""
    for x in range(k, min(k + 3, ue - 1)):
        if T.inq[x] or T.cap[x]:
            return False
        if T.low[x] in L.ROLE_HEADS:
            return T.cap[x + 1] and not T.inq[x + 1]
    return False


def _subject_cue(u: Unit, i: int, cue_end: int, base: str) -> bool:
    """A cue with its subject to the left ("Smith said", "he added", "Officials believe")."""
    T, us = u.T, u.us
    lw = T.low[i]
    h, aux, passive = _skip_auxiliaries(u, i)
    if lw.endswith("ing") and T.low[i - 1] in ("'s", "’s") and h == i - 2 and (
            cue_end >= u.ue or T.low[cue_end] not in ("to", "that", ",", ":")):
        return False            # "Kestrel's planning director": a noun, not "Kestrel is planning to"
    if passive:
        return passive_cue(u, i, cue_end, by_agent=False, base=base)
    if lw.endswith("ed") and cue_end < u.ue and T.low[cue_end] == "of" and base != "speak":
        return False          # "... accused of ...": a reduced passive
    if lw.endswith("ed") and not aux and h - 1 >= us and T.low[h - 1] in ("a", "an") and cue_end < u.ue \
            and (T.low[cue_end] in L.ADVERBIAL_PREPS or T.low[cue_end] in L.TIME_WORDS):
        return False          # "in a report published on Friday": a reduced relative, not "the report published"
    h = _skip_subject_modifiers(u, h)
    if h < us or T.inq[h]:
        return False
    lh = T.low[h]
    if lh in L.DETERMINERS and lh not in ("this", "that") and not (h > us and T.low[h - 1] == "the" and lh in _NUMBERS):
        return False            # not "the three said" ("The three, who spoke on condition of anonymity, said")
    if lh in ("and", "but", "to"):
        done = _coordinated(u, i, cue_end, base, h)
        if done is not None:
            return done
    if lh == ",":
        h = _appositive_subject(u, h)
        if h is None:
            return False
    found = _source(u, i, cue_end, base, h, aux)
    if found is None:
        return False
    return _content(u, i, cue_end, base, *found)


def _skip_auxiliaries(u: Unit, i: int) -> tuple[int, bool, bool]:
    """The token before the cue's auxiliaries, negations and adverbs; whether there was an
    auxiliary; whether they make the cue passive ("was reported")."""
    low, lw = u.T.low, u.T.low[i]
    h, aux, passive = i - 1, False, False
    while h >= u.us and (low[h] in L.AUXILIARIES or low[h] in L.NEGATIONS or u.T.adverb(h)):
        if low[h] in L.AUXILIARIES:
            aux = True
            passive = passive or (low[h] in L.BE_FORMS and lw.endswith(_PASSIVE_ENDINGS))
        h -= 1
    return h, aux, passive


def _skip_subject_modifiers(u: Unit, h: int) -> int:
    """Past "on Friday" and a parenthesis ("Rep. Smith (D-Ohio) said") to the subject's last token."""
    low, us = u.T.low, u.us
    if h - 1 >= us and low[h] in L.WEEKDAYS and low[h - 1] in ("on", "last", "this"):
        h -= 2
    if h >= us and low[h] == ")":
        k = h - 1
        while k >= us and k > h - 12 and low[k] != "(":
            k -= 1
        if k - 1 >= us and low[k] == "(":
            h = k - 1
    return _before_relative_clause(u, h)


def _before_relative_clause(u: Unit, h: int) -> int:
    """Past a short relative clause without commas to the noun it follows ("A lawyer for the family who
    live there says", "Residents who live nearby say"): the token before "who"."""
    low, us = u.T.low, u.us
    k = h
    while k > us and h - k < 8 and low[k] not in ("who", ",", ";", ":") and not u.T.inq[k]:
        k -= 1
    if k > us and low[k] == "who" and k < h and low[k - 1] not in (",", "and", "or") and not u.T.inq[k - 1]:
        return k - 1
    return h


def _coordinated(u: Unit, i: int, cue_end: int, base: str, h: int) -> bool | None:
    """ "... and warned that ..." (the last source again) or "Smith spoke and warned ..." /
    "went on to predict ..." (the clause's subject); None when neither shape fits."""
    T, lw = u.T, u.T.low[i]
    lh = T.low[h]
    if T.cap[i]:
        return None
    if lh != "to" and u.last_source is not None and (lw.endswith(("ed", "s", "id", "ld")) or _refused(T, h, i)):
        p, e = content_after(T, cue_end, u.ue, base)
        if T.words(p, e) < 2 or is_adverbial(T, p, e):
            return False
        return u.add(None, (i, cue_end), [(p, e)], source=u.last_source[0], speaker=u.last_source[1])
    if u.last_source is not None or not (
            (lh != "to" and lw.endswith(("ed", "s", "id", "ld", "ght", "ote"))) or (lh == "to" and lw == base)):
        return None
    subject = clause_subject(T, u.us, h)
    if subject is None:
        return False
    p, e = content_after(T, cue_end, u.ue, base)
    if T.words(p, e) < 2 or is_adverbial(T, p, e):
        return False
    return u.add(subject, (i, cue_end), [(p, e)])


def _refused(T, h: int, i: int) -> bool:
    """A base-form cue after a negated auxiliary ("..., but would not say whether", "and did not reveal
    what"): the last source's refusal, a statement of its own."""
    between = T.low[h + 1:i]
    return any(w in L.AUXILIARIES for w in between) and any(w in L.NOTS for w in between)


def _appositive_subject(u: Unit, h: int) -> int | None:
    """The subject's last token when a comma precedes the cue: "Smith, a spokesman for the
    campaign, said", "Smith, who ..., said", "A lawyer for the firm, Jane Roe, said"."""
    T, us = u.T, u.us
    low = T.low
    commas = []
    k = h - 1
    while k >= us and k > h - 35 and not T.inq[k] and not T.used[k] and low[k] not in (";", ":"):
        if low[k] == ",":
            commas.append(k)
        k -= 1
    if commas and _body_after_description(T, commas[0], h):
        return h - 1            # "The plant's owner, GreenCycle Ltd, said": the body
    if commas and _names_after_role(T, commas[0], h):
        return h - 1            # "A spokesman for the campaign, Tom Reyes, said"
    affiliated = _name_of_body_after_role(T, commas[0], h) if commas else None
    if affiliated is not None:
        return affiliated       # "The yard's union representative, Carol Beattie of the union Forge, said"
    pick = None
    for c in commas:            # nearest first; prefer one whose name opens the unit
        described = c - 1 > us and low[us] in ("the", "a", "an") and subject_np(T, c - 1, us) == us \
            and low[c - 1].isalpha() and low[c - 1] not in L.FUNCTION_WORDS   # "The people, who asked ..., said"
        if c - 1 >= us and (T.cap[c - 1] or low[c - 1] in L.TITLES or _ends_role(T, c, us) or described):
            pick = c if pick is None else pick
            start = subject_np(T, c - 1, us)
            j = us
            while j < start and (low[j] in L.CONJUNCTIONS or T.is_quote(j)):
                j += 1
            if start == j:
                pick = c
                break
    if pick is None and h - 1 >= us and T.cap[h - 1] and not T.inq[h - 1] and low[h - 1] not in L.FUNCTION_WORDS:
        pick = h
    return None if pick is None else _person_of_body(T, us, pick - 1)


def _person_of_body(T, us: int, h: int) -> int:
    """The person's last token when the subject ending at h is "PERSON of BODY" ("Dr. Ravi Menon of the
    Natural History Institute in Leeds, who ..., called"), else h."""
    k = h
    while k > us and h - k < 10 and not T.inq[k - 1] and (T.cap[k - 1] or T.low[k - 1] in _BODY_LINKS):
        k -= 1
        if T.low[k] in ("of", "at", "from") and k - 1 >= us and T.cap[k - 1] and T.low[k - 1] not in L.ORG_WORDS \
                and any(T.low[x] in L.ORG_WORDS for x in range(k + 1, h + 1)):
            return k - 1
    return h


_BODY_LINKS = {"of", "at", "from", "for", "the", "in", "and", "&"}


def _ends_role(T, c: int, us: int) -> bool:
    """Does the noun phrase before the comma c hold a role word ("The former secretary of state, who ...")?"""
    return any(T.low[x] in L.ROLE_HEADS for x in range(subject_np(T, c - 1, us), c))


def _body_after_description(T, c: int, h: int) -> bool:
    """Do tokens (c, h) name a body ("GreenCycle Ltd") in apposition to a description before the comma c?
    With a body's word before the comma ("The drivers' union, Aslef,", "The regulator, Ofwat,") any name is one."""
    inner = range(c + 1, h)
    return 1 <= h - c - 1 <= 6 and c >= 1 and not T.cap[c - 1] and T.cap[c + 1] and not any(T.inq[x] for x in inner) \
        and (any(T.low[x] in L.ORG_WORDS for x in inner) or T.low[c - 1] in L.ORG_WORDS and h - c - 1 <= 3) \
        and all(T.cap[x] or T.low[x] in ("of", "and", "&", "for") for x in inner)


def _role_after_name(T, us: int, c: int, h: int) -> bool:
    """Is tokens (c, h) a role phrase after a name that opens the unit ("Nadia Kerrigan, a solicitor
    representing the Amiri family, said ..."): the cue's subject, not an inverted source?"""
    name = range(us, c)
    if not 1 <= len(name) <= 4 or not all(T.cap[x] and not T.inq[x] for x in name):
        return False
    return T.low[c + 1] in ("a", "an", "the") and any(T.low[x] in L.ROLE_HEADS for x in range(c + 1, h))


def _names_after_role(T, c: int, h: int) -> bool:
    """Do tokens (c, h) name a person after a role phrase that ends at the comma c?"""
    if not 1 <= h - c - 1 <= 4 or not all(T.cap[x] and T.low[x] not in L.ORG_WORDS and not T.inq[x] for x in range(c + 1, h)):
        return False
    return any(T.low[x] in L.ROLE_HEADS for x in range(max(c - 8, 0), c))


def _name_of_body_after_role(T, c: int, h: int) -> int | None:
    """After a role phrase ending at the comma c, a person's name and the body it is of, up to the comma h
    ("Carol Beattie of the shipbuilders' union Forge"): the name's last token; else None."""
    end = c + 1
    while end < h and end - c <= 4 and T.cap[end] and T.low[end] not in L.ORG_WORDS and not T.inq[end]:
        end += 1
    if end - c < 3 or end >= h or T.low[end] not in ("of", "at", "from") or any(T.inq[x] for x in range(end, h)):
        return None
    return end - 1 if any(T.low[x] in L.ROLE_HEADS for x in range(max(c - 8, 0), c)) else None


def _source(u: Unit, i: int, cue_end: int, base: str, h: int, aux: bool):
    """(source token range, antecedent) for a subject ending at token h, or None when the word
    there cannot be a source."""
    T, us = u.T, u.us
    low, lw, lh = T.low, T.low[i], T.low[h]
    antecedent = None
    strong_next = cue_end < u.ue and low[cue_end] in ("that", ":")
    if lh in L.SUBJECT_PRONOUNS or lh in ("i", "we", "you"):
        if lh == "that" or (lh == "this" and base == "mean"):
            return None
        if lh in ("who", "which") and h - 2 >= us and low[h - 1] == ",":
            antecedent = (subject_np(T, h - 2, us), h - 1)
        source = (h, h + 1)
    elif T.cap[h]:
        if lh in L.WEEKDAYS or lh in L.MONTHS or (T.sent[h] and lh in L.FUNCTION_WORDS and lh not in L.DETERMINERS):
            return None
        source = (subject_np(T, h, us), h + 1)
    elif lh in _NUMBERS and h > us and low[h - 1] == "the":
        source = (h - 1, h + 1)         # "The three, who spoke on condition of anonymity, said"
    elif lh.isalpha() and lh not in L.FUNCTION_WORDS and lh not in L.DETERMINERS and lh not in L.CUE_NOUNS \
            and (lh not in L.VERB_FORMS or _noun_before_cue(T, h, us)):
        if lw in L.WEAK_FORMS and not aux and not strong_next or lw.endswith("ing") and not aux:
            return None
        source = (subject_np(T, h, us), h + 1)
    else:
        return None
    if lw.endswith("ing") and not aux and lh not in L.SUBJECT_PRONOUNS:
        return None
    if lw in L.WEAK_FORMS and not aux and not (lh in L.SUBJECT_PRONOUNS or T.cap[h]) and not strong_next:
        return None
    if not aux and lw.endswith("s") and _inside_phrase(T, source, us):
        return None     # "sentenced on espionage charges that ...", "He faces claims that ...": a noun, no cue
    return (source, antecedent) if T.free(*source) else None


#: Words after which a noun phrase is an object, not the subject of a cue: "on espionage charges that".
_OBJECT_OPENERS = frozenset("on in with against over under amid despite faces face facing denies deny denied dismissed "
                            "rejected".split())


def _inside_phrase(T, source: tuple[int, int], us: int) -> bool:
    """Does the would-be subject stand after a preposition or a verb, or end with one ("stalled amid")?"""
    start, end = source
    before = start - 1 >= us and T.low[start - 1] in _OBJECT_OPENERS and not T.inq[start - 1]
    return before or T.low[end - 1] in _OBJECT_OPENERS


def _noun_before_cue(T, h: int, us: int) -> bool:
    """Is the verb form at h a noun heading the subject ("The hospital trust said", "the report
    said")? It is when a determiner, a possessive or a noun modifier comes before it."""
    if h - 1 < us or T.inq[h - 1] or T.low[h] not in L.WEAK_FORMS and not T.low[h].endswith("s"):
        return False
    before = T.low[h - 1]
    return before in L.DETERMINERS and before not in ("this", "that") or before in ("'s", "’s", "'", "’") or (
        before.isalpha() and not T.cap[h - 1] and before not in L.FUNCTION_WORDS and before not in L.VERB_FORMS
        and not T.adverb(h - 1))


def _content(u: Unit, i: int, cue_end: int, base: str, source, antecedent) -> bool:
    """The content of a subject cue: after it, around it ("A, he said, B"), before it ('“Q,” she
    said'), or the next unit ("He said:")."""
    T, us, ue = u.T, u.us, u.ue
    low = T.low
    cue = (i, cue_end)
    before = source[0] - 1
    if before >= us and low[before] == ",":
        before -= 1
    quote_before = before >= us and T.quote_mark(before) and (cue_end >= ue or low[cue_end] not in ("that", ":"))
    p, e = content_after(T, cue_end, ue, base)
    if not quote_before and base in L.ANSWER_VERBS and T.words(p, e) == 1 and low[p] in ("it", "that", "this", "so"):
        return u.add(source, cue, [(p, e)], antecedent=antecedent)      # "Owen Hale rejected that."
    if not quote_before and T.words(p, e) >= 2 and not is_adverbial(T, p, e):
        around = _before_parenthetical(u, source, cue_end, p)
        if around is not None:
            return u.add(source, cue, [around, (p, e)], antecedent=antecedent)
        return u.add(source, cue, [(p, e)], antecedent=antecedent)
    if source[0] - 1 >= us and (low[source[0] - 1] == "," or T.is_quote(source[0] - 1)) \
            and not _role_apposition(T, us, source[0] - 1):
        end = _role_before_source(T, us, source[0] - 1)
        parts = [(T.before_start(us, end), end)]
        if cue_end + 1 < ue and low[cue_end] == "," and T.inq[cue_end + 1]:
            parts.append((cue_end + 1, T.quote_end(cue_end + 1)))
        elif T.inq[source[0] - 1]:
            resumed = next_quote(T, cue_end, ue)
            if resumed is not None:
                parts.append(resumed)
        return u.add(source, cue, parts, antecedent=antecedent)
    if cue_end < ue and low[cue_end] == ":" and not T.words(cue_end, ue) and not quote_before:
        u.defer(source, cue, antecedent)
        return True
    return False


def _role_before_source(T, us: int, comma: int) -> int:
    """Where a content before "..., ROLE, NAME said" ends: at the comma opening the role ("..., the
    company's chief executive, Ruth Ames, said"), whose words are then taken; else at the source."""
    if T.low[comma] == ",":
        for c in range(comma - 1, max(us, comma - 8), -1):
            if T.low[c] == ",":
                if _role_apposition(T, c + 1, comma):
                    T.mark(c, comma)
                    return c
                break
    return comma + 1


def _role_apposition(T, us: int, comma: int) -> bool:
    """Is [us, comma) a role phrase in apposition to the source ("Kestrel's planning director, Owen Hale,
    rejected ..."), not a content before it?"""
    return 0 < comma - us <= 6 and not T.is_quote(comma - 1) and any(T.low[x] in L.ROLE_HEADS for x in range(us, comma)) \
        and not any(T.low[x] in L.VERB_FORMS and not T.low[x].endswith("ing")
                    or T.low[x] in L.AUXILIARIES and T.low[x] not in ("'s", "’s") for x in range(us, comma))


def _before_parenthetical(u: Unit, source, cue_end: int, p: int) -> tuple[int, int] | None:
    """The words before 'A, he said on Friday, B' when the cue is a parenthetical, else None."""
    T, us = u.T, u.us
    low = T.low
    if not (source[0] - 1 > us and low[source[0] - 1] == "," and not T.inq[source[0] - 2]) \
            or _role_apposition(T, us, source[0] - 1):
        return None             # "The union's general secretary, Mick Lowe, disagreed, saying ...": no content before
    c = cue_end
    while c < p and c < cue_end + 8 and low[c] != "," and not T.inq[c] and low[c] not in ("that", ":") \
            and low[c] not in L.VERB_FORMS:
        c += 1
    if not (c < p and low[c] == ","):
        return None
    end = _role_before_source(T, us, source[0] - 1)
    a = T.before_start(us, end)
    return (a, end) if T.words(a, end) >= 2 else None
