"""Who a source mention is: names, pronouns, roles and spokespeople, resolved through the article.

A :class:`Resolver` reads one article in order.  It remembers the people named so far (as
speakers, or with a role: "Councillor Maria Okafor") at their offsets, so that "Okafor" resolves
to "Maria Okafor", "he" to the last man named before the pronoun (outside quotations), "they" to
the last organisation, and a role ("the Republican nominee") to the one person the article gives
that role.  A spokesperson or representative speaks for an organisation, and so for its party.
With an actor registry, names resolve to the registry's actors and parties.

During the pass speakers carry names only; :meth:`Resolver.finish` gives every statement its final
speaker (party, actor id, role, organisation) once the whole article is read, and resolves role
mentions that only a later sentence names ("A Riverton city councillor" ... "Councillor Maria Okafor").
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from . import lexicon as L
from .model import Speaker
from .introductions import interviewees
from .running import people_running_bodies
from .bodies import body_name_end
from .employers import DOCUMENT_KINDS, GENERIC_BODIES, BodyLookup, stems
from .roles import Role, compatible, find_bindings, parse_role, words_of
from .tokens import Tokens

_PERSONAL = L.SUBJECT_PRONOUNS | {"i", "we", "you"}
_NAME_LINKS = ("of", "for", "on", "and", "&", "the", "de", "van", "von")
_HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}
#: Letters after a name that are not the surname ("Anne Whitfield KC" is Whitfield).
_POST_NOMINALS = frozenset("kc qc mp msp mep jr sr phd obe mbe cbe ii iii".split())
#: Heads of a group of unnamed sources: "people familiar with the talks", "members of the Unity Party".
_ANONYMOUS = frozenset("people sources members insiders figures colleagues allies friends".split())
_ROLE_GENDER = {"spokeswoman": "f", "chairwoman": "f", "councilwoman": "f", "congresswoman": "f",
                "spokesman": "m", "chairman": "m", "councilman": "m", "congressman": "m"}
#: Words that pick members out of a group named before ("one of the people", "the other person").
_SOME = frozenset("one two three some both all each neither either none another".split())
_ORDINALS = frozenset("other second first third same two three".split())
_GROUP_HEADS = {"person": "people", "people": "people", "source": "sources", "sources": "sources",
                "official": "officials", "officials": "officials", "member": "members", "members": "members",
                "insider": "insiders", "insiders": "insiders"}
#: The leaders of a group a body is named for: "midwives' leaders", "the nurses' leaders".
_LEADERS_OF = re.compile(r"^(?:the\s+)?(?P<who>\w+)['’]s?\s+(?:leaders|representatives|bosses|chiefs)$", re.I)
_POSSESSIVE_MARKS = frozenset({"'", "’", "'s", "’s"})
_DOCUMENT_WORD = re.compile(rf"^(?:{DOCUMENT_KINDS})$")
_OWNED_BODY = re.compile(r"^(?P<owner>.+?)(?:['’]s)?\s+(?:campaign|administration|camp|team|office|government)$")   # lower case: not "Information Commissioner's Office"


class Resolver(BodyLookup):
    """Resolves source mentions to speakers, remembering what the article has said so far."""

    def __init__(self, actors=None):
        self.actors = actors
        self.mentions: list[tuple[int, str, bool]] = []   # (offset, person, salient), by offset
        self.paragraph_starts: list[int] = []
        self.sentence_starts: list[int] = []
        self.gender: dict[str, str] = {}
        self.last_group: str | None = None
        self.people: set[str] = set()
        self._finished: dict[Speaker, Speaker | None] = {}
        self.salience: Counter[str] = Counter()      # how often each person is named as speaker or subject
        self._by_word: dict[str, str] = {}           # a first or last name -> the latest full name
        self._org_by_word: dict[str, str] = {}       # "courier" -> "Valley Courier" (named "the Valley Courier")
        self.bindings: dict[tuple[Role, str], None] = {}   # (role, person) as the article ties them
        self.named_at: dict[int, str] = {}      # offset of a role word the article ties to a name there -> the name
        self.oblique: set[int] = set()          # offsets of bodies named after a preposition ("at Companies House")
        self.roles: dict[str, Role] = {}              # person or role name -> the role described
        self.role_at: dict[str, int] = {}             # ... and the offset where it is first described
        self.bodies: list[tuple[int, str]] = []       # (offset, organisation), by offset
        self.organisations: set[str] = set()
        self.speaking: list[tuple[int, str]] = []     # (offset, organisation) where a body is a speaker, by offset
        self.known_bodies: set[str] = set()          # named as a body in narration ("X, the water utility,")
        self.bylines: set[str] = set()                # the article's authors: interviewers, not parties
        self._described_mentions: set[str] = set()    # role mentions a pronoun may mean ("a spokeswoman")
        self._noun_for: dict[str, list[tuple[int, str]]] = {}   # "company" -> (offset, body) "the company" meant
        self.described_as: dict[str, str] = {}        # "national grid operator" -> "GridNorth" ("GridNorth, the ...,")
        self.groups: set[str] = set()                 # unnamed sources ("people familiar with the talks")
        self.first_at: dict[str, int] = {}           # a described speaker's first offset
        self.group_mentions: list[tuple[int, str]] = []   # (offset, group) where a group of sources is named
        self.group_body: dict[str, str] = {}         # "researchers at Halvard University" -> the body they speak for
        self._registry: dict[str, Speaker | None] = {}
        self.interviewed: list[tuple[int, str]] = []  # (offset, person) an interview is introduced with
        self.runs: dict[str, str] = {}                # person -> the body the article says they run

    # -- reading the article
    def learn(self, T: Tokens) -> None:
        """Note the paragraph's role-and-name phrases: people to refer back to, roles to resolve."""
        if T.n:
            self.paragraph_starts.append(T.st[0])
            self.sentence_starts.extend(T.st[k] for k in range(T.n) if T.sent[k])
        self._learn_bodies(T)
        for role, (a, b), salient, head in find_bindings(T):
            name = self.full_name(words_of(T, a, b))
            self._mention(T.st[a], name, None, salient)
            self.bindings[(role, name)] = None
            self.named_at[T.st[head]] = name        # "said the trust's chair, Bev Callander": this role is hers
            self._note_role(name, role, T.st[a])
        for a, b in interviewees(T):                  # "Ward spoke to Coastline Sport": Ward answers
            bisect.insort(self.interviewed, (T.st[a], self._person_named(words_of(T, a, b))))
        for (a, b), (c, d) in people_running_bodies(T):   # "Lena Forsberg has run the Eastport Transit Authority"
            self.runs.setdefault(self._person_named(words_of(T, a, b)), words_of(T, c, d))

    def _learn_bodies(self, T: Tokens) -> None:
        """ "the Valley Courier", "the Harbor Lines board": later "the Courier" is the same body;
        "AquaLine, the regional water utility,": AquaLine is a body, not a person."""
        low = T.low
        articles = [k for k, word in enumerate(low) if word in ("the", "a", "an")]
        for k in articles:
            if 2 <= k < T.n - 1 and low[k - 1] == "," and T.cap[k - 2] and not T.inq[k - 2]:
                e = k + 1
                while e < T.n and e - k <= 5 and T.low[e] not in (",", ".", ";") and not T.inq[e]:
                    e += 1
                person = any(T.low[x] in L.ROLE_HEADS or T.low[x] in ("who", "whose", "whom")
                             for x in range(k + 1, e))   # "a spokeswoman for the company", "the scientist who led"
                if e < T.n and e - 1 > k and T.low[e - 1] in L.ORG_WORDS and T.low[e] in (",", ".") and not person:
                    start = k - 2
                    while start > 0 and T.cap[start - 1] and not T.inq[start - 1] and k - 2 - start < 3:
                        start -= 1
                    name = words_of(T, start, k - 1)
                    self.known_bodies.add(name)
                    bisect.insort(self.bodies, (T.st[start], name))
                    self.described_as.setdefault(words_of(T, k + 1, e).lower(), name)   # "the national grid operator"
                    self._note_noun(T.low[e - 1], name, T.st[k])
            noun = k + 1
            while noun < T.n - 2 and noun - k <= 3 and not T.cap[noun] and T.low[noun] not in L.ORG_WORDS \
                    and (T.low[noun].isalpha() or T.low[noun] in _POSSESSIVE_MARKS):     # "the dockers' union, ..."
                noun += 1
            first = noun + 2 + (noun < T.n - 3 and T.low[noun + 2] == "the")   # "the union, the Port Workers Alliance,"
            if first < T.n and T.low[noun] in L.ORG_WORDS and T.low[noun + 1] == "," and T.cap[first] \
                    and not T.inq[first]:                  # "the operator, Southern Link Rail,": a body
                e = first
                while e < T.n and e - first < 5 + (first - noun - 2) and (T.cap[e] or T.low[e] in ("&", "of")) \
                        and not T.inq[e]:
                    e += 1
                if e < T.n and T.low[e] in (",", ".", ";"):
                    name = words_of(T, first, e)
                    self.known_bodies.add(name)
                    self._note_noun(T.low[noun], name, T.st[noun])
                    bisect.insort(self.bodies, (T.st[first], name))
                    if noun - k >= 2:       # "the dockers' union, ...": the description names it too
                        self.described_as.setdefault(words_of(T, k + 1, noun + 1).lower(), name)
        self._learn_named_bodies(T)
        self._learn_described_bodies(T, articles)
        self._learn_possessing_bodies(T)
        for k in (a + 1 for a in articles if low[a] == "the"):
            if k < T.n - 1 and not T.cap[k - 1] and T.cap[k] and not T.inq[k]:
                e = k
                while e < T.n and e - k < 4 and T.cap[e] and not T.inq[e]:
                    e += 1
                if e - k >= 2:
                    name = words_of(T, k, e)
                    self._org_by_word.setdefault(T.low[e - 1], name)
                    bisect.insort(self.bodies, (T.st[k], name))
            elif k < T.n - 2 and T.low[k] in L.ORG_WORDS and not T.cap[k] and T.cap[k + 1] and not T.inq[k + 1]:
                e = body_name_end(T.w, k + 1, stop=lambda i: T.inq[i])     # "the journal Fossil Record Letters"
                name = words_of(T, k + 1, e)
                self._note_noun(T.low[k], name, T.st[k + 1])
                bisect.insort(self.bodies, (T.st[k + 1], name))

    @staticmethod
    def _possessor_in_sentence(T: Tokens, k: int) -> str | None:
        """The last capitalised name with a possessive before token k in its sentence ("Plumline's revenue
        ..., according to its annual report": Plumline), if any."""
        start = k
        while start > 0 and not T.sent[start]:
            start -= 1
        owners = [x for x in range(start + 1, k) if T.low[x] in ("'s", "’s") and T.cap[x - 1] and not T.inq[x - 1]]
        if not owners:
            return None
        end = owners[-1]
        first = end - 1
        while first > start and T.cap[first - 1] and not T.inq[first - 1] and end - first < 3:
            first -= 1
        return words_of(T, first, end)

    def _learn_possessing_bodies(self, T: Tokens) -> None:
        """ "Veresh's delegation", "Kaldonia's defence ministry" (outside quotations): the name that owns a
        body is a body itself, which a later "its spokesman" may mean."""
        for k in range(1, T.n - 1):
            if T.low[k] not in ("'s", "’s") or T.inq[k] or not T.cap[k - 1] or T.low[k - 1] in L.FUNCTION_WORDS:
                continue
            e = k + 1
            while e < T.n and e - k <= 3 and not T.cap[e] and T.low[e].isalpha() and T.low[e] not in L.ORG_WORDS:
                e += 1
            if e < T.n and T.low[e] in L.ORG_WORDS and not T.cap[e] and not T.inq[e]:
                start = k - 1
                while start > 0 and T.cap[start - 1] and not T.inq[start - 1] and k - start < 3:
                    start -= 1
                bisect.insort(self.bodies, (T.st[start], words_of(T, start, k)))

    def _learn_described_bodies(self, T: Tokens, articles: list[int]) -> None:
        """ "the nurses' union", "the state health department" (outside quotations): a body named by
        description, which a later "its" may mean."""
        for k in articles:
            if T.low[k] != "the" or T.inq[k]:
                continue
            e = k + 1
            while e < T.n and e - k <= 4 and not T.cap[e] and (T.low[e].isalpha() or T.low[e] in ("'", "’", "'s", "’s")) \
                    and T.low[e] not in L.FUNCTION_WORDS and (T.low[e] not in L.ORG_WORDS or _owns_next(T, e)):
                e += 1                  # "the city's transport authority"
            named_after = e + 1 < T.n and T.cap[e + 1] and not T.inq[e + 1]     # "the drivers' union RDU"
            if e < T.n and e - k >= 2 and T.low[e] in L.ORG_WORDS and not T.cap[e] and not T.inq[e] and not named_after:
                described = words_of(T, k + 1, e + 1)
                bisect.insort(self.bodies, (T.st[k + 1], self.described_as.get(described.lower(), described)))

    def _learn_named_bodies(self, T: Tokens) -> None:
        """Capitalised names holding an organisation word ("Cordillera Metals", "Marlow & Finch"), outside
        quotations: bodies a later "the company" may mean."""
        k = 0
        while k < T.n:
            if not T.cap[k] or T.inq[k] or T.low[k] in L.FUNCTION_WORDS:
                k += 1
                continue
            e = body_name_end(T.w, k, stop=lambda i: T.inq[i])   # "Department of Health and Social Care"
            led = e - k >= 3 and T.low[k] in L.ORG_WORDS and T.low[k + 1] in ("of", "for")   # "University of X"
            if e - k >= 2 and (led or any(T.low[x] in L.ORG_WORDS for x in range(k + 1, e))):
                name = words_of(T, k, e)
                if name not in self.organisations:
                    bisect.insort(self.bodies, (T.st[k], name))
                    if _after_preposition(T, k):
                        self.oblique.add(T.st[k])   # "filed at Companies House": a body the sentence is not about
            elif _spoken_of_as_thing(T, e) and words_of(T, k, e) not in self.people:
                name = words_of(T, k, e)          # "Castlebridge Chemicals denied that it ...", "Selby, which owns"
                name = (self._body_of_word(name, T.st[k]) if e - k == 1 else None) or name   # "Kestrel": Kestrel Homes
                self.known_bodies.add(name)
                bisect.insort(self.bodies, (T.st[k], name))
            elif e - k == 1 and not T.sent[k]:
                body = self._body_of_word(T.w[k], T.st[k])      # "Harlow, which makes cheese": Harlow Foods again
                if body is not None:
                    bisect.insort(self.bodies, (T.st[k], body))
            elif e - k == 1 and T.sent[k] and k + 1 < T.n and T.low[k + 1] in (",", "'s", "’s"):
                body = self._body_of_word(T.w[k], T.st[k])
                if body is not None:
                    bisect.insort(self.bodies, (T.st[k], body))
            k = e

    def speaker(self, T: Tokens, a: int, b: int, antecedent: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker the source tokens [a, b) name (a relative pronoun resolves to ``antecedent``)."""
        low = T.low
        if b - a == 1 and low[a] in _PERSONAL:
            if low[a] in ("who", "which", "that") and antecedent:
                return self.speaker(T, *antecedent)
            return self.pronoun(low[a], T.st[a])
        toks = list(range(a, b))
        while toks and (low[toks[-1]] in ("'s", "’s", "'", "’", "himself", "herself", "itself", "themselves")
                        or not T.w[toks[-1]][:1].isalnum()):
            toks.pop()                               # "Halvorsen himself declined": Halvorsen
        if not toks:
            return None
        maker = _maker_of_document(T, toks)
        if maker is not None:                       # "figures gathered by the union Unison": the union
            return self.speaker(T, maker, toks[-1] + 1)
        run = _capitalised_tail(T, toks)
        if run and run[0] - 2 >= toks[0] and low[run[0] - 1] in ("in", "at") and low[run[0] - 2] in L.ORG_WORDS:
            return self._described(T, toks)          # "the miners' union at Santa Rosa": the union, not the place
        if run and any(low[k] in _ANONYMOUS or low[k] in L.PEOPLE_NOUNS and low[k + 1] in L.GROUP_PLACES
                       for k in toks[:toks.index(run[0])]):
            group = self._described(T, toks)         # "three senior members of the Unity Party": a group of its own
            if group is not None:
                self.last_group = group.name
                self.groups.add(group.name)
                bisect.insort(self.group_mentions, (T.st[toks[0]], group.name))
            return group
        if run and not (len(run) == 1 and (low[run[0]] in L.TITLES or low[run[0]] in L.FUNCTION_WORDS
                                           or low[run[0]] in L.ROLE_HEADS       # "Northfield's MP": a role
                                           or low[run[0]] in L.PEOPLE_NOUNS and T.sent[run[0]])):   # "Prosecutors say"
            named = self._named(T, toks, run)
            if _speaks_for_named(T, toks, run):    # "A spokeswoman for Kestrel": the spokeswoman, for Kestrel
                return self._described(T, toks)
            return self._gendered(T, toks, named)
        return self._described(T, toks)

    def _gendered(self, T: Tokens, toks: list[int], speaker: Speaker | None) -> Speaker | None:
        """ "A spokesman for AquaLine said ... He declined", "A Cordillera spokeswoman denied ... She said": a
        later "he" or "she" may mean the speaker a gendered role word stood for."""
        gender = next((_ROLE_GENDER[T.low[k]] for k in toks if T.low[k] in _ROLE_GENDER), None)
        if gender and speaker is not None and speaker.name not in self.people:
            bisect.insort(self.mentions, (T.st[toks[0]], speaker.name, True))
            self.gender[speaker.name] = gender
            self._described_mentions.add(speaker.name)
        return speaker

    def _named(self, T: Tokens, toks: list[int], run: list[int]) -> Speaker:
        """A capitalised name, after any titles before it ("Transport Minister Ana Ruiz")."""
        low = T.low
        gender = None
        title_end = -1
        for x, k in enumerate(run[1:], 1):          # "Dr Tom Hadley of Carrick University": the person, of a body
            if low[k] in ("of", "at") and any(low[j] in L.ORG_WORDS for j in run[x + 1:]) \
                    and not any(low[j] in L.ORG_WORDS or low[j] == "the" for j in run[:x]):
                bisect.insort(self.bodies, (T.st[run[x + 1]], words_of(T, run[x + 1], run[-1] + 1).removeprefix("the ")))
                run = run[:x]
                break
        if not any(low[k] in L.ORG_WORDS for k in run):
            for x, k in enumerate(run[:-1]):
                if low[k] in L.TITLES or low[k].rstrip(".") in L.TITLES:
                    title_end = x
                    gender = _HONORIFIC_GENDER.get(low[k], gender)
        name_run = run[title_end + 1:]
        while len(name_run) > 2 and low[name_run[0]] in ("of", "for", "on"):
            name_run = name_run[2:]
        if len(name_run) > 1 and T.sent[name_run[0]] and low[name_run[0]] in GENERIC_BODIES:
            name_run = name_run[1:]                  # "Developer Kestrel Homes says": the developer is Kestrel Homes
        # "the Courier", "The Kremlin": a body; no person's name starts with "the"
        body = low[name_run[0]] == "the" or (name_run[0] > toks[0] and low[name_run[0] - 1] == "the")
        if low[name_run[0]] == "the" and len(name_run) > 1:
            name_run = name_run[1:]
        name = words_of(T, name_run[0], name_run[-1] + 1)
        described_as = low[name_run[0] - 1] if name_run[0] > toks[0] and not T.cap[name_run[0] - 1] else ""
        if described_as in L.ORG_WORDS:              # "the drivers' union RDU", "the regulator Ofwat"
            body = True
            self._note_noun(described_as, name, T.st[name_run[0]])
        if body or any(low[k] in L.ORG_WORDS for k in name_run) or len(name_run) > 4 or name in self.known_bodies:
            name = self._org_by_word.get(name.lower(), name) if len(name_run) == 1 else name
            name = self.acronym_of(name, T.st[name_run[0]]) or name     # "The FDA": the body named in full before
            self._note_body(name, T.st[name_run[0]])
            return Speaker(name)
        body = (self._body_of_word(name, T.st[name_run[0]]) or self.acronym_of(name, T.st[name_run[0]])) \
            if len(name_run) == 1 else None
        if body is not None:                         # "Cordillera said", after "Cordillera Metals"
            self._note_body(body, T.st[name_run[0]])
            return Speaker(body)
        name = self.full_name(name)
        self._mention(T.st[name_run[0]], name, gender, True)
        described = toks[:toks.index(name_run[0])]
        while len(described) > 1 and T.low[described[-1]].rstrip(".") in L.TITLES \
                and L.ROLE_HEADS.get(T.low[described[-1]]) not in L.AGENTS \
                and any(L.ROLE_HEADS.get(T.low[k]) in L.AGENTS for k in described[:-1]):
            described = described[:-1]           # "army spokesman Colonel Idris Benan": the role is the spokesman's
        role = parse_role(T, described[0], described[-1] + 1) if described else None
        if role is not None:
            self._note_role(name, role, T.st[described[0]])
        return Speaker(name)

    def _described(self, T: Tokens, toks: list[int]) -> Speaker | None:
        """A common noun phrase: a role ("the Republican nominee", "a spokesman") or a group."""
        member = self._member_of_group(T, toks)
        if member is not None:
            return Speaker(member)                   # "One of the people": the group named before
        if len(toks) == 2 and T.low[toks[0]] in ("his", "her") and _OWNED_BODY.match("x " + T.low[toks[1]]):
            owner = self.pronoun("he" if T.low[toks[0]] == "his" else "she", T.st[toks[0]], named=True)
            if owner is not None:                    # "his office declined": the office of the man named before
                return Speaker(f"{owner.name}'s {T.w[toks[1]]}")
        if len(toks) >= 2 and T.low[toks[0]] in ("its", "their") and _DOCUMENT_WORD.match(T.low[toks[-1]]):
            at = T.st[toks[0]]
            owner = self._possessor_in_sentence(T, toks[0]) or self._body_in_sentence(at) or self._body_near(at)
            if owner is not None:                    # "according to its annual report": Plumline's annual report
                return Speaker(f"{owner}'s {words_of(T, toks[1], toks[-1] + 1)}")
        role = parse_role(T, toks[0], toks[-1] + 1)
        again = T.low[toks[0]] == "the" and self.last_group is not None
        while toks and T.low[toks[0]] in L.DETERMINERS and not _counts_a_group(T, toks):
            toks = toks[1:]
        if not toks or again and len(toks) == 1 and self.last_group.lower().split()[0] == T.low[toks[0]]:
            # "The three, who spoke on condition of anonymity,", "The people": the group named before
            known = again and (self.last_group in self.groups or self.last_group not in self.organisations
                               or self.last_group.lower() == T.low[toks[0]])   # "the ministry" again: the same body
            return Speaker(self.last_group) if known else None
        if len(toks) > 2 and T.low[toks[0]] in L.PEOPLE_NOUNS and T.low[toks[1]] in L.GROUP_PLACES:
            return self._group_at(T, toks)
        if role is not None:
            return self._described_role(T, toks, role)
        name = words_of(T, toks[0], toks[-1] + 1)
        bound = {person for role_, person in self.bindings if stems(role_.text) == stems(name)}
        if len(bound) == 1:                          # "The school's headteacher, Claire Moss,": no title, a binding
            person = bound.pop()
            self._mention(T.st[toks[0]], person, None, True)
            return Speaker(person)
        name = self.described_as.get(name.lower(), name)    # "the national grid operator": GridNorth, named so
        if len(toks) == 1 and T.low[toks[0]] in L.ORG_WORDS:
            name = self._body_named_by(T.low[toks[0]], T.st[toks[0]]) or name   # "the centre", "the company"
        if any(T.low[k] in L.ORG_WORDS for k in toks):
            self._note_body(name, T.st[toks[0]])       # "the company", "the health board"
            owned = _OWNED_BODY.match(name)
            if owned and owned.group("owner")[:1].isupper() and " " not in owned.group("owner"):
                self._mention(T.st[toks[0]], self.full_name(owned.group("owner")), None, True)   # "Halvorsen's office"
        elif T.low[toks[-1]].endswith("s"):
            self.last_group = name
        if any(T.low[k] in _GROUP_HEADS or T.low[k] in L.PEOPLE_NOUNS for k in toks[:3]):
            bisect.insort(self.group_mentions, (T.st[toks[0]], name))   # "two people familiar with the talks"
        self.first_at.setdefault(name, T.st[toks[0]])
        return Speaker(name)

    def _described_role(self, T: Tokens, toks: list[int], role: Role) -> Speaker:
        """A role without a name: the one person the article gives it, else the role itself, remembered
        (with its gender: "A Cordillera spokeswoman denied ... She said")."""
        person = next((self.named_at[T.st[k]] for k in toks if T.st[k] in self.named_at), None) or self.person_for(role)
        if person is not None:
            self._mention(T.st[toks[0]], person, None, True)
            return Speaker(person)
        name = words_of(T, toks[0], toks[-1] + 1)
        self._note_role(name, role, T.st[toks[0]])
        if role.speaks_for and role.speaks_for.split()[-1].lower() in GENERIC_BODIES:
            self._body_named_by(role.speaks_for.split()[-1].lower(), T.st[toks[0]])   # "a company spokesman"
        return self._gendered(T, toks, Speaker(name))

    def _group_speaks_for(self, name: str) -> str | None:
        """The body a group or a document without a role speaks for: "researchers at X", "midwives'
        leaders", "the board's annual report"."""
        if name in self.group_body:
            return self._known_body(self.group_body[name]) or self.group_body[name]
        leaders = _LEADERS_OF.match(name)
        if leaders:
            return self._body_holding(leaders.group("who"))
        return self.document_owner(name, self.first_at.get(name, 0))

    def _member_of_group(self, T: Tokens, toks: list[int]) -> str | None:
        """The group named before that "One of the people", "the other person" or "the same sources"
        is one of, if the article named one."""
        words = [T.low[k] for k in toks]
        if len(words) >= 3 and words[1] == "of" and words[0] in _SOME:
            rest = [w for w in words[2:] if w not in ("the", "those", "these")]
        elif len(words) >= 2 and words[0] == "the":
            rest = words[2:] if words[1] in _ORDINALS and len(words) > 2 else words[1:]
        elif len(words) == 2 and words[0] in _ORDINALS:
            rest = words[1:]                        # "The other person" read from "other"
        else:
            return None
        plural = _GROUP_HEADS.get(rest[-1]) if len(rest) == 1 else None
        before = self.group_mentions[:bisect.bisect_left(self.group_mentions, (T.st[toks[0]], ""))]
        for _offset, group in reversed(before):
            if plural and plural in {_GROUP_HEADS.get(w, w) for w in group.lower().split()}:
                return group
        return None

    def _group_at(self, T: Tokens, toks: list[int]) -> Speaker:
        """ "Parents at the school", "researchers at the University of Tessaly": a group of its own; the
        staff of a body ("researchers", "officials") speak for that body."""
        name = words_of(T, toks[0], toks[-1] + 1)
        self.groups.add(name)
        self.last_group = name
        bisect.insort(self.group_mentions, (T.st[toks[0]], name))
        place = toks[2:]
        while place and T.low[place[0]] in L.DETERMINERS:
            place = place[1:]
        if T.low[toks[0]] in L.STAFF_NOUNS and place and any(T.low[k] in L.ORG_WORDS for k in place):
            self.group_body[name] = words_of(T, place[0], place[-1] + 1)
        return Speaker(name)

    def pronoun(self, pronoun: str, at: int | None = None, named: bool = False) -> Speaker | None:
        """He/she: a person named before offset ``at`` whose gender fits; they/it: the last organisation.

        The person is the latest fitting one named as a speaker or as a sentence's subject in this
        paragraph or the one before; else the latest fitting one named there at all; else among the
        last forty people named.
        """
        pronoun = pronoun.lower()
        if pronoun in ("they", "it"):
            return Speaker(self.last_group) if self.last_group else None
        if pronoun not in ("he", "she"):
            return None
        want = "m" if pronoun == "he" else "f"
        recent = self._recent(at)
        near = self._window_start(at)
        if named:                                    # a person named, not "a spokesman"
            recent = [m for m in recent if m[1] not in self._described_mentions]
        for pool in ([m for m in recent if m[0] >= near and m[2]], [m for m in recent if m[0] >= near], recent):
            for _offset, name, _salient in pool:
                if self.gender.get(name, want) == want:
                    if at is not None:
                        self._mention(at, name, want, True)
                    return Speaker(name)
        return None

    def _recent(self, at: int | None, window: int = 40) -> list[tuple[int, str, bool]]:
        """The last ``window`` mentions before offset ``at``, the latest first."""
        end = len(self.mentions) if at is None else bisect.bisect_left(self.mentions, (at, "", False))
        return self.mentions[max(end - window, 0):end][::-1]

    def _window_start(self, at: int | None) -> int:
        """The start of the paragraph before the one holding offset ``at``."""
        if not self.paragraph_starts:
            return 0
        k = len(self.paragraph_starts) if at is None else bisect.bisect_right(self.paragraph_starts, at)
        return self.paragraph_starts[max(k - 2, 0)]

    def _note_role(self, name: str, role: Role, offset: int) -> None:
        if name not in self.roles:
            self.roles[name] = role
            self.role_at[name] = offset

    def _note_body(self, name: str, offset: int) -> None:
        """An organisation speaking or named: "they" and "a company spokesman" may mean it later."""
        self.organisations.add(name)
        self.last_group = name
        bisect.insort(self.bodies, (offset, name))
        bisect.insort(self.speaking, (offset, name))

    def _mention(self, offset: int, name: str, gender: str | None, salient: bool) -> None:
        bisect.insort(self.mentions, (offset, name, salient))
        self.people.add(name)
        if salient:
            self.salience[name] += 1
        words = [w for w in name.lower().split() if w.strip(".") not in _POST_NOMINALS]
        paired = "and" in words or "&" in words     # "Kaldonia and Veresh": two names, no one's surname
        if len(words) > 1 and name not in self._described_mentions and not paired:
            self._by_word[words[0]] = self._by_word[words[-1]] = name
        if gender:
            self.gender[name] = gender

    def _person_named(self, name: str) -> str:
        """The person of the article a name without titles means, as the article first named them
        ("Helen Achterberg": "Dr. Helen Achterberg"), else its full name."""
        if name in self.people:
            return name
        ends = [p for p in self.people if p.endswith(" " + name)]
        return ends[0] if len(ends) == 1 else self.full_name(name)

    def full_name(self, name: str) -> str:
        """A surname or first name alone (any case) becomes the full name named before, if one was."""
        return self._by_word.get(name.lower(), name) if " " not in name else name

    def person_for(self, role: Role) -> str | None:
        """The one person the article's bindings give a role compatible with ``role``, if one."""
        people = {person for bound, person in self.bindings if compatible(role, bound)}
        return people.pop() if len(people) == 1 else None

    # -- interviews
    def is_interviewer(self, speaker: Speaker | None, source_text: str = "") -> bool:
        """Is this the side asking an interview's questions: the outlet or another body, an author,
        an interviewer or host, or a first-person "I"/"we"?"""
        if source_text.lower() in ("i", "we"):
            return True
        if speaker is None:
            return False
        role = self.roles.get(speaker.name)
        return speaker.name in self.organisations or speaker.name in self.bylines or (
            role is not None and role.head in L.INTERVIEWERS)

    def answerer(self, asker: str | None, at: int) -> Speaker | None:
        """Who answers an interview's questions: of the people named as a speaker or subject in the
        last forty mentions before offset ``at`` (neither the asker nor an interviewer), the one
        named so most often in the article, the latest on a tie; but first the person the latest
        sentence introducing an interview names ("Ward spoke to Coastline Sport")."""
        for _offset, name in reversed(self.interviewed[:bisect.bisect_left(self.interviewed, (at, ""))]):
            if name != asker and not self.is_interviewer(Speaker(name)):
                return Speaker(name)
        best, best_count = None, 0
        for _offset, name, salient in self._recent(at):
            if salient and name != asker and not self.is_interviewer(Speaker(name)) and self.salience[name] > best_count:
                best, best_count = name, self.salience[name]
        return Speaker(best) if best else None

    # -- final speakers
    def finish(self, speaker: Speaker | None) -> Speaker | None:
        """The final speaker for a name found during the pass: a role resolved by a later binding,
        and the party, actor id, role and organisation the whole article gives it. One speaker found
        twice ("Ruth Ambrose said ..." and "she said") is finished once: both get the same party."""
        if speaker is None:
            return None
        if speaker not in self._finished:
            self._finished[speaker] = self._finish(speaker)
        return self._finished[speaker]

    def _finish(self, speaker: Speaker) -> Speaker:
        name = self.described_as.get(speaker.name.lower(), speaker.name)   # described before it was named
        name = self._proper_body_for(name) or name
        role, at = self.roles.get(name), self.role_at.get(name, 0)
        if role is not None and name not in self.people:
            person = self.person_for(role) or self._leader_of(role, at)
            if person is not None:
                name, role, at = person, self.roles.get(person, role), self.role_at.get(person, at)
        speaks_for = self._organisation_of(role.speaks_for, at) if role is not None and role.speaks_for else None
        if role is None:
            speaks_for = self._group_speaks_for(name) or self.runs.get(name)
        if speaks_for and " " not in speaks_for and speaks_for[:1].isupper():
            speaks_for = self._body_of_word(speaks_for, at) or speaks_for   # "a Cordillera spokeswoman"
        if role is not None and any(w.lower() in ("former", "ex") for w in role.modifiers):
            speaks_for = None                    # "a former manager at Redwood": no longer speaks for it
        elif role is not None and role.head in L.SPOKESPEOPLE and not role.organisation:
            speaks_for = self._body_near(at)      # "Kestan's foreign ministry said ... spokeswoman Leyla Karim"
        elif role is not None and speaks_for is None and role.head in L.AGENTS:
            speaks_for = self._employer(role, at, name)
        elif role is not None and speaks_for is None and role.organisation and role.head not in L.MEMBERS:
            speaks_for = self._owning_body(role, at)    # "GridNorth's chief engineer", "the agency's area manager"
        elif role is not None and speaks_for is None and role.head in L.LEADERS:
            speaks_for = self._body_of_role(role, at) or self._body_of_modifiers(role, at)   # "president of X"
        elif role is not None and speaks_for is None and role.head == "minister":
            speaks_for = self._ministry_of(role, at)    # "Agriculture Minister Tomas Belcourt": the ministry named
        if speaks_for and " " not in speaks_for:
            speaks_for = self.acronym_of(speaks_for, at) or speaks_for    # "FSU national officer": the Financial Staff Union
        found = self._registered(name)
        if found is not None:
            return Speaker(found.name, found.party, found.actor_id, role.text if role else None, speaks_for)
        party = self._party_of(speaks_for) if speaks_for else self._party_of(name) if _OWNED_BODY.match(name) else name
        return Speaker(name, party, None, role.text if role else None, speaks_for)

    def _party_of(self, organisation: str) -> str:
        found = self._registered(organisation)
        if found is not None:
            return found.party or found.name
        owned = _OWNED_BODY.match(organisation)
        if owned and owned.group("owner")[:1].isupper():     # "the Marsh campaign" speaks for Elena Marsh
            owner = self.full_name(owned.group("owner"))
            person = self._registered(owner)
            return (person.party or person.name) if person is not None else owner
        return organisation

    def _registered(self, name: str) -> Speaker | None:
        """The registry's actor for a name (tried whole, then by its last word when that is a capitalised
        surname: "annual report" is no "Report"), as a Speaker."""
        if self.actors is None:
            return None
        if name not in self._registry:
            speaker = None
            words = name.split()
            surname = [words[-1]] if len(words) > 1 and words[-1][:1].isupper() else []
            for mention in (name, *surname):
                actor = self.actors.find(mention)
                if actor is not None:
                    speaker = Speaker(str(actor.name or name), actor.party, None if actor.id is None else str(actor.id))
                    break
            self._registry[name] = speaker
        return self._registry[name]


_NUMBERS = frozenset("two three four five six seven eight nine ten several".split())


def _maker_of_document(T: Tokens, toks: list[int]) -> int | None:
    """Where the maker starts in a source that names a document by its maker ("figures gathered by X", "a
    letter sent to the board by a senior radiographer")."""
    for at, k in enumerate(toks[2:-1], start=2):
        if T.low[k] != "by":
            continue
        made = [j for j in toks[1:at] if T.low[j] in L.MADE_BY]
        if made and any(T.low[j] in L.DOCUMENT_NOUNS for j in toks[:toks.index(made[0])]):
            return toks[at + 1]
    return None


def _owns_next(T: Tokens, e: int) -> bool:
    """Is token e followed by a possessive ("city" in "the city's transport authority")?"""
    return e + 1 < T.n and T.low[e + 1] in ("'s", "’s")


def _counts_a_group(T: Tokens, toks: list[int]) -> bool:
    """Does the mention open with how many sources speak ("two people familiar with the talks", "three
    senior members of the party")? The count is part of the group's name as the article gives it."""
    return T.low[toks[0]] in _NUMBERS and len(toks) > 2 and any(
        T.low[k] in _ANONYMOUS or T.low[k] in L.PEOPLE_NOUNS for k in toks[1:4])


def _speaks_for_named(T: Tokens, toks: list[int], run: list[int]) -> bool:
    """Is the mention a role held at the body whose name ends it ("A spokeswoman for Kestrel", "a former
    manager at Redwood Logistics"): the role's holder speaks, not the body?"""
    k = toks.index(run[0])
    return k >= 2 and T.low[toks[k - 1]] in ("for", "of", "at") and L.ROLE_HEADS.get(T.low[toks[k - 2]]) in L.AGENTS


def _spoken_of_as_thing(T: Tokens, e: int) -> bool:
    """Does the text after a name ending before token e speak of it as a thing, so a body: "X, which
    owns ...", "X denied that it had ...", "X said its ..."?"""
    low = T.low
    if e + 1 < T.n and low[e] == "," and low[e + 1] == "which":
        return True
    if e + 2 < T.n and low[e] == "on" and low[e + 1] in L.WEEKDAYS:
        e += 2                  # "Northgate Power on Monday denied that it ..."
    if e < T.n and low[e] in L.VERB_FORMS and not T.inq[e]:
        j = e + 1
        if j < T.n and low[j] == "that":
            j += 1
        return j < T.n and low[j] in ("it", "its") and not T.inq[j]
    return False


def _after_preposition(T: Tokens, k: int) -> bool:
    """Is the name at token k the object of a preposition ("at Companies House", "with the SEC")?"""
    before = k - 1 if k and T.low[k - 1] != "the" else k - 2
    return before >= 0 and T.low[before] in ("at", "with", "to", "from", "by", "before", "against", "into")


def _capitalised_tail(T: Tokens, toks: list[int]) -> list[int]:
    """The capitalised run ending the mention, allowing "of", "for", "the" between capitals."""
    run = []
    i = len(toks) - 1
    while i >= 0:
        k = toks[i]
        owned = run and any(T.low[r] in L.ORG_WORDS for r in run) and (T.low[k] in ("'s", "’s") or T.low[k] in ("'", "’")
                                                           and i > 0 and T.low[toks[i - 1]].endswith("s"))
        # "Information Commissioner's Office", "the Retail Workers' Union"
        joined = T.w[k] in ("-", "–") and run and i > 0 and T.en[toks[i - 1]] == T.st[k] and T.en[k] == T.st[run[-1]]
        if T.cap[k] or ((T.low[k] in _NAME_LINKS or owned or joined) and run and i > 0 and T.cap[toks[i - 1]]):
            run.append(k)
            i -= 1
        else:
            break
    run.reverse()
    return run


