"""Role descriptions: "the Republican nominee", "Kremlin spokesman", "a spokesman for the campaign".

A role has a head (the role word, in its normal form: "Gov." and "governor" are one), modifiers
before it ("Republican", "Riverton city") and a complement after it ("of state", "for the Senate
seat").  :func:`find_bindings` reads where an article ties a role to a name ("Councillor Maria
Okafor", "Marsh, the Republican nominee,", "A spokesman for the campaign, Tom Reyes,");
:func:`compatible` says whether a role mention can mean the person a binding names.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as L
from .tokens import Tokens

_COMPLEMENT_OPENERS = {"of", "for", "at", "with", "in", "from", "on", "to"}
_RANK_PREFIXES = {"deputy", "vice", "assistant", "associate", "lieutenant"}
_NOT_MODIFIERS = L.FUNCTION_WORDS | {",", ";", ":", "(", ")", "—", "–", "-", "'s", "’s", "."}


@dataclass(frozen=True)
class Role:
    """A role description as the article writes it."""

    head: str                       # normal form: "governor", "deputy mayor", "spokesperson"
    modifiers: tuple[str, ...]      # the words before the head, as written
    complement: tuple[str, ...]     # the words after it, lower case ("of", "state")
    organisation: str | None        # whom a spokesperson speaks for ("Marsh campaign", "Kremlin")
    text: str

    @property
    def speaks_for(self) -> str | None:
        """The organisation, when this is a spokesperson's or representative's role."""
        return self.organisation if self.head in L.SPOKESPEOPLE else None


def parse_role(T: Tokens, a: int, b: int) -> Role | None:
    """The role that tokens [a, b) describe (a phrase without a name), or None."""
    owner = None
    text_start = a
    while text_start < b and T.low[text_start] in L.DETERMINERS:
        text_start += 1
    for j in range(b - 1, a, -1):
        if T.low[j] in ("'s", "’s"):         # "the company's spokeswoman", "Marsh's campaign manager"
            owner = _strip_determiners(T, a, j)
            a = j + 1
            break
    head = _head_index(T, a, b)
    if head is None:
        return None
    start = modifiers_start(T, head, a)
    return _role(T, start, head, b, owner, text_start if owner else start)


def modifiers_start(T: Tokens, k: int, lo: int = 0, limit: int = 4) -> int:
    """Where the words describing the role word at k begin ("New Jersey Gov.", "Riverton city
    councillor"): at most ``limit`` words back, no function word, verb, quotation or sentence start."""
    start = k
    while start > lo and k - start < limit and not T.sent[start]:
        before = T.low[start - 1]
        noun = start >= 2 and T.low[start - 2] in ("the", "a", "an")    # "the project leader": no verb after "the"
        if before in _NOT_MODIFIERS or before in L.VERB_FORMS and not before.endswith("ing") and not noun \
                or T.inq[start - 1] or T.is_quote(start - 1):
            break               # "planning director", "managing director" keep their modifier
        start -= 1
    return start


def _head_index(T: Tokens, a: int, b: int) -> int | None:
    """The last role word in [a, b) that ends the phrase or opens its complement ("secretary of state")."""
    found = None
    for k in range(a, b):
        if T.low[k] in L.ROLE_HEADS and (k + 1 == b or T.low[k + 1] in _COMPLEMENT_OPENERS or T.low[k + 1] in L.ROLE_HEADS):
            found = k
            if k + 1 < b and T.low[k + 1] in _COMPLEMENT_OPENERS:
                break
    return found


def _role(T: Tokens, start: int, head: int, end: int, owner: str | None, text_start: int | None = None) -> Role:
    words = [T.w[k] for k in range(start, head)]
    normal = L.ROLE_HEADS.get(T.low[head], T.low[head])
    prefixes = [w for w in words if w.lower() in _RANK_PREFIXES and w.lower() != normal]
    if prefixes:
        normal = f"{prefixes[-1].lower()} {normal}"
        words = words[:words.index(prefixes[-1])]
    complement = tuple(T.low[k] for k in range(head + 1, end) if T.low[k] not in ("the", "a", "an"))
    organisation = owner or (_organisation(T, words, head, end) if normal in L.SPOKESPEOPLE else None)
    text = T.text[T.st[start if text_start is None else text_start]:T.en[end - 1]]
    return Role(normal, tuple(words), complement, organisation, text)


def _organisation(T: Tokens, words: list[str], head: int, end: int) -> str | None:
    """Whom a spokesperson speaks for: "for the Marsh campaign", "Kremlin spokesman", "company spokeswoman"."""
    if end - head > 2 and T.low[head + 1] in ("for", "of", "at"):
        start = head + 2
        while start < end and T.low[start] in ("the", "a", "an"):
            start += 1
        return words_of(T, start, end) or None
    named = [w for w in words if w.lower() not in L.IDLE_MODIFIERS and w.lower() not in L.ROLE_HEADS]
    while len(named) > 1 and named[-1].lower() in L.PORTFOLIOS:
        named = named[:-1]                  # "Opposition defence spokesman": the opposition
    if named and (named[0][:1].isupper() or named[-1].lower() in L.ORG_WORDS):
        return " ".join(named)
    return None


def words_of(T: Tokens, a: int, b: int) -> str:
    """Tokens [a, b) as the text writes them ("Mongolia's culture ministry"), white space collapsed."""
    return " ".join(T.text[T.st[a]:T.en[b - 1]].split()) if b > a else ""


def _strip_determiners(T: Tokens, a: int, b: int) -> str | None:
    while a < b and T.low[a] in L.DETERMINERS:
        a += 1
    return words_of(T, a, b) or None


def compatible(mention: Role, binding: Role) -> bool:
    """Can the role ``mention`` mean the person whom ``binding`` names?  Same head, and no
    difference that names someone else: another party word, another place or body, another
    complement ("secretary of defense" is not "secretary of state")."""
    if mention.head != binding.head:
        return False
    if mention.complement and binding.complement and not (
            set(mention.complement) <= set(binding.complement) or set(binding.complement) <= set(mention.complement)):
        return False
    for kind in (_party_words, _proper_words):
        mine, theirs = kind(mention), kind(binding)
        if mine and theirs and not mine & theirs:
            return False
    if mention.head in L.SPOKESPEOPLE and bool(mention.organisation) != bool(binding.organisation):
        return False            # "a spokesman for the prime minister" is not "spokeswoman Leyla Karim"
    return not (mention.organisation and binding.organisation
                and mention.organisation.lower() != binding.organisation.lower())


def _party_words(role: Role) -> set[str]:
    return {L.PARTY_WORDS[w.lower()] for w in role.modifiers if w.lower() in L.PARTY_WORDS}


def _proper_words(role: Role) -> set[str]:
    return {w.lower() for w in role.modifiers if w[:1].isupper() and w.lower() not in L.PARTY_WORDS
            and w.lower() not in L.ROLE_HEADS and w.lower() not in L.IDLE_MODIFIERS}


# -- bindings -----------------------------------------------------------------------------------

def find_bindings(T: Tokens) -> list[tuple[Role, tuple[int, int], bool, int]]:
    """(role, name tokens, opens a sentence, the role's head token) wherever the paragraph ties a role
    to a name, outside quotations."""
    out = []
    heads, low = L.ROLE_HEADS, T.low
    candidates = [k if word in heads else k - 1 for k, word in enumerate(low)
                  if word in heads or word == "," and k and not T.cap[k - 1] and low[k - 1] not in heads]
    for k in candidates:                           # role words, and words before a comma
        if T.inq[k]:
            continue
        if T.low[k] in L.ROLE_HEADS:
            forms = (_role_before_name, _name_then_role, _role_then_name)
        elif k + 1 < T.n and T.low[k + 1] == "," and _describes(T, k):
            forms = (_name_then_role, _role_then_name)      # "Her Icelandic counterpart, Jon Sigurdsson,"
        else:
            continue
        for form in forms:
            found = form(T, k)
            if found is not None and (T.low[k] in L.ROLE_HEADS or found[1][1] - found[1][0] >= 2):
                role, (a, b), start = found
                opens = T.sent[start] or start > 0 and T.sent[start - 1] and (
                    T.low[start - 1] in L.DETERMINERS or T.low[start - 1] in L.POSSESSIVES)   # "Her counterpart, X,"
                out.append((role, (a, b), opens, k))
                break
    return out


def _describes(T: Tokens, k: int) -> bool:
    """Could token k head a description of a person ("counterpart", "toxicologist")?"""
    word = T.low[k]
    return len(word) > 3 and word.isalpha() and not T.cap[k] and word not in L.FUNCTION_WORDS \
        and word not in L.VERB_FORMS and word not in L.ORG_WORDS and not L.is_adverb(word)


def _role_before_name(T: Tokens, k: int):
    """ "Councillor Maria Okafor", "Secretary of State Hillary Clinton", "GOP nominee Donald Trump" """
    j = k + 1
    if j + 1 < T.n and T.low[j] == "of" and T.cap[j + 1] and T.low[j + 1] not in L.ROLE_HEADS:
        j += 2                               # "Secretary of State ..."
    name = _name_run(T, j)
    if name is None:
        return None
    start = modifiers_start(T, k)
    before = [x for x in range(start, k) if L.ROLE_HEADS.get(T.low[x]) in L.AGENTS]   # a spokesman, not "Lt." of "Lt. Gen."
    if before and j == k + 1 and T.low[k].rstrip(".") in L.TITLES and L.ROLE_HEADS.get(T.low[k]) not in L.AGENTS:
        return _role(T, start, before[-1], before[-1] + 1, None), name, start   # "army spokesman Colonel X"
    return _role(T, start, k, j, None), name, start


def _name_then_role(T: Tokens, k: int):
    """ "Marsh, the Republican nominee for the Senate seat," / "Tom Reyes, a spokesman for X," """
    start = modifiers_start(T, k)
    owner, owner_start = _owner_before(T, start)     # "Sarah Linton, the agency's area manager,"
    d = owner_start - 1 if owner_start > 0 and T.low[owner_start - 1] in ("a", "an", "the") else owner_start
    end = _complement_end(T, k)
    if d < 2 or T.low[d - 1] != "," or end is None:
        return None
    name_end = d - 1
    name_start = name_end
    while name_start > 0 and name_end - name_start < 4 and (T.cap[name_start - 1] or _joins(T, name_start - 1)) \
            and not T.inq[name_start - 1] and T.low[name_start - 1] not in L.ROLE_HEADS:
        name_start -= 1
    if name_start == name_end or not _is_person_name(T, name_start, name_end):
        return None
    return _role(T, start, k, end, owner, owner_start if owner else None), (name_start, name_end), name_start


def _owner_before(T: Tokens, start: int) -> tuple[str | None, int]:
    """The possessive body or person before a role's words at ``start`` ("Acme's", "the agency's",
    "its"), and where it begins; (None, start) when there is none."""
    if start >= 1 and T.low[start - 1] in ("its", "their"):
        return T.low[start - 1], start - 1
    if start < 2 or T.low[start - 1] not in ("'s", "’s") or T.inq[start - 2]:
        return None, start
    a = start - 2
    if T.cap[a]:                            # "Acme's", "Porto Azul's"
        while a > 0 and T.cap[a - 1] and not T.inq[a - 1] and start - 1 - a < 4 and not T.sent[a]:
            a -= 1
    elif a > 0 and T.low[a - 1] in ("the", "a", "an") and T.low[a] in L.ORG_WORDS:
        return f"{T.low[a - 1]} {T.w[a]}", a - 1   # "the agency's": a body named before, by its noun
    else:
        return None, start
    return words_of(T, a, start - 1), a


def _role_then_name(T: Tokens, k: int):
    """ "A spokesman for the Marsh campaign, Tom Reyes, said" / "The city's mayor, Ann Lee," """
    end = _complement_end(T, k)
    if end is None or end + 1 >= T.n or T.low[end] != ",":
        return None
    name = _name_run(T, end + 1, after_titles=True)
    if name is None or name[1] >= T.n or T.low[name[1]] not in (",", ".", ";"):
        return None
    start = modifiers_start(T, k)
    if not (start == 0 or T.sent[start] or T.low[start - 1] in ("a", "an", "the", "'s", "’s") or
            T.low[start - 1] in L.POSSESSIVES):
        return None
    owner, owner_start = None, start
    if start >= 2 and T.low[start - 1] in ("'s", "’s"):
        owner_start = start - 2         # "Porto Azul's sporting director, Rui Matos,"
        while owner_start > 0 and T.cap[owner_start - 1] and not T.inq[owner_start - 1] and start - owner_start < 4 \
                and not T.sent[owner_start]:
            owner_start -= 1
        owner = words_of(T, owner_start, start - 1)
    elif start >= 1 and T.low[start - 1] in L.POSSESSIVES:
        owner = T.low[start - 1]        # "its regional secretary, Ian Mercer": the role's text is without "its"
        return _role(T, start, k, end, owner, start), name, start
    return _role(T, start, k, end, owner, None if owner is None else owner_start), name, owner_start


def _complement_end(T: Tokens, k: int) -> int | None:
    """One past the role's complement ("for the Senate seat"), ending at a comma, a stop or a verb."""
    j = k + 1
    if j < T.n and T.low[j] in _COMPLEMENT_OPENERS:
        while j < T.n and j - k <= 12 and not T.inq[j] and T.low[j] not in (",", ".", ";", ":", ")", "—"):
            j += 1
    if j >= T.n or T.low[j] in (",", ".", ";", ")", "—"):
        return j
    return None


def _name_run(T: Tokens, j: int, after_titles: bool = False) -> tuple[int, int] | None:
    """A person's name starting at token j: one to four capitalised words, none a role word; with
    ``after_titles``, past any titles first ("A ministry spokesman, Colonel Adrian Vos,")."""
    while after_titles and j + 1 < T.n and T.cap[j] and T.cap[j + 1] and not T.inq[j] and not T.sent[j] \
            and (T.low[j] in L.TITLES or T.low[j].rstrip(".") in L.TITLES):
        j += 1
    if j >= T.n or not T.cap[j]:
        return None                         # "the agency's area manager. Rates were": no name after the role
    e = j
    while e < T.n and e - j < 4 and not T.inq[e] and (T.cap[e] and T.low[e] not in L.ROLE_HEADS
                                                      and T.low[e] not in L.TITLES or _initial_stop(T, e) or _joins(T, e)):
        e += 1
    while e > j and T.w[e - 1] == ".":
        e -= 1
    if e == j or T.sent[j] or not _is_person_name(T, j, e):
        return None
    return j, e


def _initial_stop(T: Tokens, k: int) -> bool:
    """Is token k the full stop of an initial inside a name ("J. Smith"), not the end of a sentence?"""
    return T.low[k] == "." and not (k + 1 < T.n and T.sent[k + 1])


def _joins(T: Tokens, k: int) -> bool:
    """Is token k a hyphen joining two capitalised parts of one name ("Bat-Erdene")?"""
    return T.w[k] in ("-", "–") and 0 < k < T.n - 1 and T.cap[k - 1] and T.cap[k + 1] \
        and T.en[k - 1] == T.st[k] and T.en[k] == T.st[k + 1]


def _is_person_name(T: Tokens, a: int, b: int) -> bool:
    return not any(T.low[x] in L.ORG_WORDS or T.low[x] in L.WEEKDAYS or T.low[x] in L.MONTHS
                   or T.low[x] in L.FUNCTION_WORDS for x in range(a, b))
