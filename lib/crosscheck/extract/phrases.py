"""Phrase boundaries on a token table: source noun phrases, clause subjects, where a content ends."""
from __future__ import annotations

import re

from . import lexicon as L
from .lexicon import is_adverb
from .tokens import Tokens

_PERSONAL = L.SUBJECT_PRONOUNS | {"i", "we", "you"}
_SPEECH_BASES = frozenset(L.SPEECH_VERBS)
_OBJECT_STOPS = {"who", "which", "that", "in", "at", "during", "after", "before", "when", "while", "on", "to",
                 "because", "as", "about"}


#: How an unnamed source is said to know: "familiar with the talks", "with knowledge of the case".
_FAMILIAR = (("familiar", "with"), ("with", "knowledge", "of"), ("close", "to"), ("briefed", "on"))


def _familiar_start(T: Tokens, k: int, lo: int) -> int | None:
    """Where "familiar with" (or the like) ends right before the determiner at k, after a noun, else None."""
    for words in _FAMILIAR:
        a = k - len(words)
        if a - 1 >= lo and tuple(T.low[a:k]) == words and T.low[a - 1].isalpha() and not T.inq[a - 1]:
            return a
    return None


def subject_np(T: Tokens, h: int, lo: int) -> int:
    """Start of the noun phrase that ends at token h (inclusive), not before lo."""
    low, cap = T.low, T.cap
    if low[h] in _PERSONAL:
        return h
    i = h
    lowercase = 0
    while i - 1 >= lo:
        k = i - 1
        lk = low[k]
        if T.inq[k]:
            break
        if lk in ("'s", "’s") or lk in ("'", "’") and k - 1 >= lo and low[k - 1].endswith("s") and (
                not T.is_quote(k) or not T.inq[k - 1]):
            i = k               # "the company's", "the nurses' union", "The Patients’ Safety Forum"
        elif cap[k]:
            if T.sent[k] and lk in L.FUNCTION_WORDS and lk not in L.DETERMINERS:
                break
            if lk in L.WEEKDAYS or lk in L.MONTHS:
                break
            i = k
        elif lk in L.DETERMINERS:
            if k - 2 >= lo and not T.inq[k - 2] and (low[k - 1] in ("of", "for", "at") and low[k - 2] in L.ROLE_HEADS
                                                     or low[k - 1] == "of" and low[k - 2] in L.ORG_WORDS):
                i = k - 1       # "A spokesman for the prime minister", "The operator of the island ferry"
                continue
            familiar = _familiar_start(T, k, lo)
            if familiar is not None:
                i = familiar    # "A second person familiar with the matter"
                continue
            if k - 2 >= lo and low[k - 1] in L.GROUP_PLACES and (
                    low[k - 2] in L.PEOPLE_NOUNS or low[k - 2] in L.ORG_WORDS and low[k] == "the") \
                    and not T.inq[k - 2]:
                i = k - 2       # "Doctors at the hospital in Mirel", "crews in both countries", "the mission on the border"
                continue
            return k
        elif lk in L.TITLES:
            i = k
        elif lk in ("of", "for", "on", "at", "and", "&") and k - 1 >= lo and cap[k - 1] and cap[i]:
            i = k
        elif lk in ("at", "in") and k - 1 >= lo and low[k - 1] in L.ORG_WORDS and cap[i]:
            i = k               # "the miners' union at Santa Rosa"
        elif lk in L.GROUP_PLACES and k - 1 >= lo and low[k - 1] in L.PEOPLE_NOUNS and cap[i]:
            i = k               # "researchers at Halvard University"
        elif lk in ("of", "for", "at") and k - 1 >= lo and low[k - 1] in L.ROLE_HEADS:
            i = k               # "the former secretary of state", "a former manager at Redwood Logistics"
        elif (lk.isalpha() or "-" in lk) and lk not in L.FUNCTION_WORDS and lk not in L.VERB_FORMS \
                and not is_adverb(lk) and lowercase < 3:
            lowercase += 1
            i = k
        else:
            break
    return i


def object_np(T: Tokens, a: int, hi: int) -> int:
    """End (exclusive) of a source noun phrase starting at a, as in '..., said the mayor of X'."""
    low, cap = T.low, T.cap
    i = a
    while i < hi and i - a < 10:
        lk = low[i]
        if T.inq[i] or lk in (",", ".", ";", ":", "!", "?", "—", "–", "(", ")") or T.is_quote(i):
            break
        if i > a and lk in _OBJECT_STOPS and not (lk in ("on", "at") and i + 1 < hi and cap[i + 1]):
            break
        if i > a and (lk in L.WEEKDAYS or lk in L.TIME_WORDS):
            break
        if i > a and lk in _REDUCED_RELATIVE and not (i + 1 < hi and low[i + 1] == "by"):
            break       # "a study published on Wednesday in ...", "accounts filed at Companies House": not "released by"
        i += 1
    return i


#: Participles that open a reduced relative clause after a source noun ("a study published in ...").
_REDUCED_RELATIVE = frozenset("published released issued filed posted obtained compiled commissioned conducted prepared "
                              "presented submitted lodged leaked seen".split())


def clause_subject(T: Tokens, us: int, lim: int) -> tuple[int, int] | None:
    """The subject of the unit's main clause when it is a name, a personal pronoun or a titled
    noun phrase ('On Friday, Smith spoke ..., saying ...'), as a token range, or None."""
    low, cap = T.low, T.cap
    j = _skip_clause_openers(T, us, lim)
    if j is None or j >= lim or T.inq[j] or T.used[j]:
        return None
    if low[j] in ("he", "she", "they", "we", "i"):
        return (j, j + 1)
    if low[j] in ("the", "a", "an"):
        return _titled_subject(T, j, lim)
    if not cap[j] or low[j] in L.FUNCTION_WORDS or low[j] in L.WEEKDAYS or low[j] in L.MONTHS:
        return None
    k = j
    while k < lim and (cap[k] or low[k] in L.TITLES or low[k] == ".") and not T.inq[k] and k - j < 6:
        k += 1
    if k >= lim or k == j:
        return None
    nxt = low[k]
    if nxt == ",":
        return (j, k) if k - j >= 2 or low[j] in L.TITLES else None
    if cap[k] or not nxt.isalpha() or nxt in L.FUNCTION_WORDS and nxt not in L.AUXILIARIES:
        return None
    return (j, k)


def _skip_clause_openers(T: Tokens, us: int, lim: int) -> int | None:
    """The first token after conjunctions, adverbs and a fronted adverbial ('On Friday, ...')."""
    low, cap = T.low, T.cap
    j = us
    while j < lim and (low[j] in L.CONJUNCTIONS or T.adverb(j) or low[j] == ","
                       or T.is_quote(j) and not T.inq[j]):
        j += 1
    if j < lim and (low[j] in L.ADVERBIAL_PREPS | {"last", "earlier"} and not cap[j]
                    or cap[j] and low[j] in L.ADVERBIAL_PREPS):
        k = j
        while k < lim and low[k] != "," and k - j < 12:
            k += 1
        if k >= lim or low[k] != ",":
            return None
        j = k + 1
        while j < lim and (T.adverb(j) or low[j] == ","):
            j += 1
    return j


def _titled_subject(T: Tokens, j: int, lim: int) -> tuple[int, int] | None:
    """'The governor went on to ...': a determiner phrase ending in a title or a name, then a verb."""
    low, cap = T.low, T.cap
    for k in range(j + 2, min(lim, j + 7)):
        before = low[k - 1]
        if before in ("'s", "’s") and not T.inq[k - 1]:
            continue                            # "The council's planning officer"
        if T.inq[k - 1] or not (cap[k - 1] or (before.isalpha() and before not in L.FUNCTION_WORDS)):
            break
        lk = low[k]
        if (before in L.TITLES or cap[k - 1]) and lk == ",":
            after = _after_parenthetical(T, k, lim)     # "The officer, in a report published on Friday, accepted"
            return (j, k) if after is not None and _verb_like(low[after]) else None
        if (before in L.TITLES or cap[k - 1]) and not cap[k] and _verb_like(lk):
            return (j, k)
    return None


def _verb_like(word: str) -> bool:
    return word in L.AUXILIARIES or word in L.VERB_FORMS or word in L.BROAD_NOT_VERBS or (word.endswith("ed") and len(word) > 4)


def _after_parenthetical(T: Tokens, comma: int, lim: int) -> int | None:
    """The token after the comma closing a parenthetical opened at ``comma`` (within 12 tokens), if any."""
    for c in range(comma + 1, min(lim - 1, comma + 13)):
        if T.inq[c] or T.low[c] in (";", ":"):
            return None
        if T.low[c] == ",":
            return c + 1
    return None


def opens_clause(T: Tokens, j: int, ue: int) -> bool:
    """Does a clause with a name or pronoun subject start at token j ('..., Smith said', '..., she is')?"""
    low, cap = T.low, T.cap
    if j >= ue or T.inq[j]:
        return False
    k = j
    if low[j] in ("he", "she", "they", "we", "i", "it"):
        k = j + 1
    elif cap[j] and low[j] not in L.FUNCTION_WORDS and low[j] not in L.WEEKDAYS:
        while k < ue and k - j < 5 and (cap[k] or low[k] in (".", "'s", "’s")) and not T.inq[k]:
            k += 1
    elif low[j] == "the" and j + 2 < ue:       # "..., and the opposition said ...": a described subject
        k = j + 1
        while k < ue and k - j <= 3 and not T.inq[k] and low[k].isalpha() and low[k] not in L.FUNCTION_WORDS \
                and low[k] not in L.VERB_FORMS:
            k += 1
        return k > j + 1 and k < ue and L.VERB_FORMS.get(low[k]) in _SPEECH_BASES and low[k].endswith(("ed", "id", "ld"))
    else:
        return False
    while k < ue and (T.adverb(k) or low[k] in L.NEGATIONS):
        k += 1
    if k >= ue or cap[k]:
        return False
    lk = low[k]
    return lk in L.AUXILIARIES or lk in L.VERB_FORMS or (lk.endswith("ed") and lk.isalpha() and len(lk) > 4)


def clause_end(T: Tokens, p: int, ue: int) -> int:
    """End of a reported content starting at p: the unit's end, or before ', according to',
    ', saying', '; ', a dash, or a coordinated clause with a subject of its own."""
    low = T.low
    fronted = _fronted_adverbial(T, p, ue)
    for k in range(p, ue):
        if T.inq[k]:
            continue
        lk = low[k]
        if lk == ";":
            return k
        if lk == "that" and k > p and k + 1 < ue and (low[k + 1] in L.FRONTED_OPENERS or low[k + 1] == ","):
            fronted = True
        if lk == "," and k + 1 < ue and not T.inq[k + 1]:
            cut = _cut_at_comma(T, p, k, ue)
            if cut == "main-clause":
                if not fronted:
                    return k
                fronted = False
            elif cut:
                return k
        if lk in ("—", "--", "―", "–") and k > p + 2:
            return k
        if lk in L.PARTICIPLE_CUES and k > p + 2 and T.is_quote(k - 1) and low[k - 2] == ",":
            return k        # 'at "well over 2,000," saying ...': the quotation's own comma ends it
        if lk in ("and", "but") and k + 1 < ue and not T.inq[k + 1] and (
                k > p + 2 and _coordinated_clause(T, k, ue) or k > p and _finite_cue_after(T, k, ue)):
            return k    # "... and warned", and after a short object too: "rejected the plan and said ..."
    return ue


def _fronted_adverbial(T: Tokens, p: int, ue: int) -> bool:
    """'that, if elected, she would ...': a content opening with an adverbial keeps its main clause."""
    q = p + 1 if p < ue and T.low[p] == "that" else p
    while q < ue and T.low[q] == ",":
        q += 1
    return q < ue and T.low[q] in L.FRONTED_OPENERS


def _cut_at_comma(T: Tokens, p: int, k: int, ue: int) -> bool | str:
    """Whether the content ends at the comma k: True, False, or "main-clause" (a new clause)."""
    low = T.low
    nxt = low[k + 1]
    if nxt == "according" and k + 2 < ue and low[k + 2] == "to":
        return True
    if nxt in L.PARTICIPLE_CUES:
        return True
    if nxt in ("a", "an", "which") and appositive_answer_at(T, k, ue) is not None:
        return True         # ", a claim the council denied", ", which he denies": another party's answer
    if k == p + 1 and low[p] in ("that", "it", "this") and nxt == "but":
        return True         # "did not dispute that, but Asante said ...": the pronoun alone is what it answers
    if k <= p + 2:
        return False
    if nxt in ("but", "though", "although", "whereas", "while"):
        return not (nxt == "but" and k + 2 < ue and low[k + 2] == "that")   # ", but that ...": the cue's second clause
    if nxt.endswith("ing") and nxt.isalpha() and len(nxt) > 5 and nxt not in L.ING_NOT_CLAUSE:
        return True
    return "main-clause" if opens_clause(T, k + 1, ue) else False


def _coordinated_clause(T: Tokens, k: int, ue: int) -> bool:
    """After 'and'/'but' at k: a clause with its own subject, or a finite cue verb ('and warned')."""
    return opens_clause(T, k + 1, ue) or _finite_cue_after(T, k, ue)


def _finite_cue_after(T: Tokens, k: int, ue: int) -> bool:
    """After 'and'/'but' at k, past adverbs and auxiliaries: a finite cue verb ('and warned', 'and has said')."""
    low = T.low
    j = k + 1
    while j < ue and (T.adverb(j) or low[j] in L.AUXILIARIES):
        j += 1
    return j < ue and low[j] in L.VERB_FORMS and L.VERB_FORMS[low[j]] not in L.THAT_ONLY and not T.cap[j] \
        and low[j].endswith(("ed", "s", "id", "ld"))


def is_adverbial(T: Tokens, p: int, e: int) -> bool:
    """A content that opens with a preposition and holds no "that" or quotation: 'said in an interview'
    (but not 'said about 2,100 staff had joined', where "about" rounds a number)."""
    if p + 1 < e and T.low[p] in _ROUNDING and _A_NUMBER.match(T.low[p + 1]):
        return False
    if p > 0 and T.low[p - 1] == ",":
        p = _past_time_span(T, p, e)     # "said on Friday, two weeks after ...": a time clause set off
    return p < e and (T.low[p] in L.ADVERBIAL_PREPS or _to_recipient(T, p, e)) and not any(
        T.low[x] == "that" or T.inq[x] for x in range(p, e))


_TIME_UNITS = frozenset("minute minutes hour hours day days week weeks month months year years".split())


def _past_time_span(T: Tokens, p: int, e: int) -> int:
    """Past a length of time that opens a time clause ("two weeks after ...", "a day before ..."), else p."""
    k = p + 1 if p < e and (T.low[p] in ("a", "an", "some", "several", "few") or _A_NUMBER.match(T.low[p])) else p
    if k + 1 < e and T.low[k] in _TIME_UNITS and T.low[k + 1] in ("after", "before", "since"):
        return k + 1
    return p


def _to_recipient(T: Tokens, p: int, e: int) -> bool:
    """Does a content open with whom it was said to ("reported to the school board in August"), not with an
    infinitive ("promised to resign")?"""
    return T.low[p] == "to" and p + 1 < e and (
        T.low[p + 1] in L.DETERMINERS or T.low[p + 1] in L.POSSESSIVES or T.cap[p + 1])


#: Words that round the number after them ("about 2,100", "over half").
_ROUNDING = frozenset("about over around under nearly almost".split())
_A_NUMBER = re.compile(r"^(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                       r"hundred|hundreds|thousand|thousands|million|millions|dozen|dozens|half)$)")


#: Participles that carry what the verb before them was said with ("disagreed, saying ...").
_SAYING = frozenset("saying adding arguing insisting claiming stating".split())


def content_after(T: Tokens, p: int, ue: int, base: str) -> tuple[int, int]:
    """The content that follows a cue ending at p: a that-clause, a quotation, or the clause."""
    that = _that_clause(T, p, ue, base)
    if that is not None:
        return that
    quote = _quotation_after(T, p, ue, base)
    if quote is not None:
        return quote
    if base in ("tell", "inform", "notify", "assure", "reassure", "remind"):
        j = p
        while j < ue and j < p + 5 and T.low[j] not in ("that", "to", ",", ":", ".") and not T.is_quote(j):
            j += 1
        if j < ue and T.low[j] in ("that", "to", ",", ":"):
            p = j           # skip the addressee: "told reporters"
        else:
            p = _past_addressee(T, p, ue)   # "told the Gazette they had ...", "told him the plan was dead"
    p = _skip_time_words(T, p, ue)
    if p + 1 < ue and T.low[p] == ",":
        p += 1
    if p + 1 < ue and T.low[p] in _SAYING and not T.inq[p]:
        p += 1 + (T.low[p + 1] == "that")   # "disagreed, saying the signals were old": what was said
    return p, clause_end(T, p, ue)


_CLAUSE_OPENERS = L.SUBJECT_PRONOUNS | {"i", "we", "you", "the", "a", "an", "its", "their", "his", "her", "our", "no"}


def _past_addressee(T: Tokens, p: int, ue: int) -> int:
    """Where the clause told starts after its addressee ("him", "reporters", "the Gazette", "the
    Harbour Times", "the court"), when a clause follows it; else ``p``."""
    low, cap = T.low, T.cap
    j = p
    if j < ue and (low[j] in L.PERSONAL_OBJECTS or low[j] in L.PEOPLE_NOUNS):
        j += 1
    elif j + 1 < ue and low[j] == "the" and not cap[j + 1] and low[j + 1].isalpha():
        j += 2          # "told the court the ..."
    else:
        j += low[j] == "the" if j < ue else 0
        start = j
        while j < ue and j - start < 4 and (cap[j] or j > start and low[j].isdigit()) and not T.inq[j]:
            j += 1      # "the Harbour Times", "Channel 7"
        if j == start:
            return p
    opens = j + 1 < ue and not T.inq[j] and (low[j] in _CLAUSE_OPENERS or cap[j] and not T.is_quote(j))
    return j if opens else p


#: Prepositions after which "that" points ("on that stretch", "about that"), never opens a clause.
_THAT_AS_DETERMINER = {"on", "in", "at", "of", "for", "about", "from", "with", "by", "over", "under", "into", "onto"}


def _that_clause(T: Tokens, p: int, ue: int, base: str) -> tuple[int, int] | None:
    """'told reporters that ...', 'said in a statement on Friday that ...' (within 9 tokens)."""
    low = T.low
    j = p
    limit = min(ue, p + 9)
    while j < limit:
        lj = low[j]
        if lj in ("whether", "if") and not T.inq[j]:
            return None         # "would not say whether that extends to ...": "that" is its subject
        if lj == "that" and not T.inq[j]:
            if j > p + 1 and low[j - 1] in ("and", "but", "or"):
                return None     # "says the field floods every winter and that ...": the content starts at the cue
            if j > p and low[j - 1] in _THAT_AS_DETERMINER:
                return None     # "knew about a defect on that stretch": a demonstrative after a preposition
            if j + 2 < ue and low[j + 1] == "," and low[j + 2] == "but":
                return None     # "did not dispute that, but ...": a demonstrative, all that is answered
            end = clause_end(T, j + 1, ue)
            if T.words(j + 1, end) >= 2:
                return (p if j == p else j, end)
            return None         # a demonstrative "that" closing the sentence
        if T.is_quote(j) and T.inq[j] and base in L.ADDRESSEE_VERBS:
            k = T.quote_end(j)
            if k - j <= 8:
                j = k
                continue
        if lj in L.STOP_PUNCT or T.is_quote(j) or lj in (":", "—") or lj in L.VERB_FORMS or lj in L.AUXILIARIES:
            return None         # a clause of its own before "that" ("would make it public so that")
        if j > p + 1 and lj.endswith("ed") and low[p] not in L.ADVERBIAL_PREPS and not T.cap[j]:
            return None         # "said the study relied on records that ...": "that" opens a relative clause
        j += 1
    return None


def _quotation_after(T: Tokens, p: int, ue: int, base: str) -> tuple[int, int] | None:
    """A quotation right after the cue (', “...”', ': “...”'), past only punctuation and time words."""
    low = T.low
    j = p
    while j < ue and j < p + 6 and not T.inq[j] and low[j] not in L.STOP_PUNCT:
        j += 1
    if j < ue and T.inq[j] and j <= p + 5 and all(
            low[x] in (",", ":", "—") or low[x] in L.TIME_WORDS or base in L.ADDRESSEE_VERBS for x in range(p, j)):
        return j, T.quote_end(j)
    return None


def _skip_time_words(T: Tokens, p: int, ue: int) -> int:
    low = T.low
    while p < ue and (low[p] in (",", ":", "—") or low[p] in L.WEEKDAYS or (
            low[p] in ("on", "last", "this", "earlier", "late") and p + 1 < ue
            and (low[p + 1] in L.WEEKDAYS or low[p + 1] in L.TIME_WORDS))):
        p += 1
    return p


def next_quote(T: Tokens, k: int, ue: int) -> tuple[int, int] | None:
    """The quotation resuming a split quote after a short gap ('“A,” X said, referring to Y, “B.”',
    '“A,” she said, but “B.”'), as a token range, or None."""
    low = T.low
    if k >= ue or low[k] != ",":
        return None
    j = k + 1
    while j < ue and j - k <= 12 and not T.inq[j] and low[j] not in L.STOP_PUNCT and low[j] not in (":", "(", ")"):
        j += 1
    if j >= ue or j - k > 12 or not T.inq[j] or not T.is_quote(j) or low[j - 1] not in (",", "but", "and") \
            or T.used[j]:
        return None
    return j, T.quote_end(j)


#: The nouns that name a reported content: "a claim", "an allegation", "a figure".
_NAMES_CONTENT = frozenset("claim claims allegation allegations account figure figures estimate charge charges "
                           "accusation accusations assertion suggestion version characterisation characterization "
                           "number report reports description".split())
#: Most tokens the answering subject may take: "the council", "Albamar's chief executive, Tom Reyes".
_SUBJECT_TOKENS = 6


def appositive_answer_at(T, k: int, ue: int) -> tuple[int, int, int, int, int] | None:
    """At the comma k, an answer in apposition ("..., a claim the council rejected as premature"): (noun
    phrase start, its end, subject start, verb index, the cue's end, past a verdict "as ...")."""
    a = k + 1
    if k + 3 >= ue or T.low[k] != "," or T.inq[a] or T.low[a] not in ("a", "an", "which"):
        return None
    if T.low[a] == "which":     # ", which he denies": the relative pronoun names what was just reported
        noun, tenses = a, ("ed", "s")
    else:
        noun, tenses = a + 1 + (T.low[a + 1] not in _NAMES_CONTENT), ("ed",)   # "a claim", "a disputed figure"
        if noun >= ue or T.low[noun] not in _NAMES_CONTENT:
            return None
    subject = noun + 1 + (T.low[noun + 1] in ("that", "which") and noun > a)
    for verb in range(subject + 1, min(ue, subject + _SUBJECT_TOKENS + 1)):
        if T.inq[verb] or T.low[verb] in (",", ";"):
            return None
        if L.VERB_FORMS.get(T.low[verb]) in L.ANSWER_VERBS and T.low[verb].endswith(tenses):
            end = verb + 1
            if end < ue and T.low[end] == "as":         # "rejected as premature": the verdict is the cue's
                while end < ue and not T.inq[end] and T.low[end] not in (".", ";", ",", "!"):
                    end += 1
            ends = (".", ";", "!") if noun == a else (".", ";", ",", "!")     # ", which the council disputes," is an aside
            return (a, noun + 1, subject, verb, end) if end >= ue or T.low[end] in ends else None
        if T.low[verb] in _NAMING_VERBS and verb + 1 < ue and (T.inq[verb + 1] or T.is_quote(verb + 1)
                                                              or T.low[verb + 1] == "as"):
            end = verb + 1      # 'a claim the leader called "scaremongering"': the verdict is the cue's
            while end < ue and (T.inq[end] or T.is_quote(end) or T.low[end] not in (".", ";", ",", "!")):
                end += 1
            return a, noun + 1, subject, verb, end
    return None


#: Verbs that give a verdict on what they name: 'a claim the council called "scaremongering"'.
_NAMING_VERBS = frozenset("called branded labelled labeled termed described dubbed".split())
