"""Which body a role, a possessive or a bare noun means, as the article names its bodies.

A mixin of :class:`crosscheck.extract.speakers.Resolver`: it reads the resolver's record of the
bodies named so far (``bodies``, ``organisations``, ``speaking``) to say whom "a company spokesman",
"Kestrel's planning director", "the head of the regional health authority" or "the university"
works for.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from . import lexicon as L
from .bodies import body_head, body_in_role, fitting_bodies
from .roles import Role

#: Nouns that name whatever organisation the story is about ("the company said").
GENERIC_BODIES = frozenset("company firm group club utility developer retailer maker operator lender insurer "
                           "carrier airline team business organisation organization".split())
#: Last words that make a body another kind than a company or team ("Dunmore Angling Club", "Environment Agency").
_OTHER_KINDS = frozenset("club agency council union party ministry department government university school hospital "
                         "court police army commission committee association society charity regulator authority "
                         "office board journal magazine newspaper gazette herald tribune times post".split())
#: The kinds of body a minister leads.
_MINISTRIES = frozenset({"ministry", "department"})
#: Words of a described body's reach that its proper name may leave out ("the regional health authority").
_SCOPE_WORDS = frozenset("regional local national state city county district federal provincial area main".split())

#: Bodies a role names by kind that are never another body named near ("the opposition").
_OWN_KIND = frozenset({"opposition"})
#: A document a body or person owns or wrote: "the board's annual report", "a report by the auditor".
DOCUMENT_KINDS = "report|accounts|figures|data|filing|filings|statement|records|survey|study|analysis|audit|review|census|results|findings|tests"
_DOCUMENT = re.compile(rf"^(?:the\s+)?(?P<owner>.+?)['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:{DOCUMENT_KINDS})$", re.I)
#: A document named for its owner without a possessive: "Herald records", "Treasury figures".
_DOCUMENT_OF = re.compile(rf"^(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}})\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{DOCUMENT_KINDS})$")
_DOCUMENT_BY = re.compile(rf"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{DOCUMENT_KINDS})\s+(?:by|from)\s+"
                          r"(?:the\s+)?(?P<owner>.+?)(?:\s+(?:published|released|issued)\b.*)?$", re.I)


#: Organisation words that name a place, whose officers serve one of its bodies ("the city's health director").
_PLACES = frozenset("city town county state country region village borough district province nation".split())
#: Modifiers that say a role's holder works for no body the article names ("an independent engineer").
UNATTACHED = frozenset("independent freelance external outside unaffiliated".split())


class BodyLookup:
    """Body lookups over a resolver's record of the article (see the module doc)."""

    def document_owner(self, name: str, at: int) -> str | None:
        """Whose document a source is ("the board's annual report": the Harbour Board; "a report by
        Audit Wales": Audit Wales), when the article names the owner; else None."""
        match = _DOCUMENT.match(name) or _DOCUMENT_BY.match(name) or _DOCUMENT_OF.match(name)
        if match is None:
            return None
        owner = match.group("owner")
        noun = owner.split()[-1].lower()
        if owner.lower() in ("its", "their"):
            return self._body_near(at)
        if owner[:1].islower():
            return self._body_named_by(noun, at) if noun in L.ORG_WORDS else None
        return self._known_body(owner, besides=name) or self.full_name(owner)

    def _other_kind(self, name: str) -> bool:
        """Is the body of another kind than a company or team: by its name ("Dunmore Angling Club") or by
        the noun the article gave it ("the journal Fossil Record Letters")?"""
        if name.split()[-1].lower() in _OTHER_KINDS or body_head(name) in _OTHER_KINDS:
            return True
        return any(noun in _OTHER_KINDS for noun, found in self._noun_for.items() if any(b == name for _o, b in found))

    def _note_noun(self, noun: str, body: str, offset: int) -> None:
        """From ``offset`` on, a bare "the NOUN" may mean ``body`` ("the operator, Southern Link Rail,")."""
        bisect.insort(self._noun_for.setdefault(noun, []), (offset, body))

    def _noun_before(self, noun: str, at: int) -> str | None:
        """The body a bare "the NOUN" meant most lately before offset ``at``, if any."""
        found = self._noun_for.get(noun, [])
        end = bisect.bisect_left(found, (at, ""))
        return found[end - 1][1] if end else None

    def _holder_of(self, role_words: str) -> str | None:
        """The one person the article names in the role these words describe ("prime minister")."""
        words = role_words.lower().split()
        head = L.ROLE_HEADS[words[-1]]
        people = {person for bound, person in self.bindings if bound.head == head
                  and all(w in {m.lower() for m in bound.modifiers} for w in words[:-1] if w not in ("the", "a", "an"))}
        return people.pop() if len(people) == 1 else None

    def _body_in_sentence(self, at: int) -> str | None:
        """The latest body named before offset ``at`` in the sentence that holds it, if any."""
        k = bisect.bisect_right(self.sentence_starts, at) - 1
        start = self.sentence_starts[k] if k >= 0 else 0
        inside = [name for offset, name in self._bodies_before(at) if offset >= start]
        return inside[-1] if inside else None

    def _bodies_before(self, at: int, window: int = 40) -> list[tuple[int, str]]:
        """The last ``window`` (offset, body) records before offset ``at``."""
        end = bisect.bisect_left(self.bodies, (at, ""))
        return self.bodies[max(end - window, 0):end]

    def _organisation_of(self, organisation: str, at: int) -> str:
        """The organisation a role names, as of offset ``at``: "the department" is the latest body
        named before whose name holds "department", else the latest body named before at all
        ("a company spokesman" after "AquaLine said ...")."""
        organisation = re.sub(r"^(?:the|a|an)\s+(?=[a-z])", "", organisation, flags=re.IGNORECASE)   # "The company"
        if organisation.lower() in GENERIC_BODIES:
            organisation = organisation.lower()     # "Company spokesman Wade Turner": a sentence's capital
        if not organisation[:1].islower():
            return self.acronym_of(organisation, at) or organisation   # "An FDA spokeswoman": the FDA named before
        if organisation in ("its", "their"):   # "Kestrel Foods made a loss. Its spokesman, Aram Tevosyan, said"
            return self._body_in_sentence(at) or self._body_near(at)
        word = organisation.split()[-1].lower()
        holder = self._holder_of(organisation) if word in L.ROLE_HEADS else None
        if holder is not None:
            return holder                   # "a spokesman for the prime minister": Prime Minister Sara Lind
        before = self._bodies_before(at)
        fitting = fitting_bodies([name for _offset, name in before], word)
        if fitting:
            return fitting[-1]
        if self._noun_before(word, at):
            return self._noun_before(word, at)
        if word in _OWN_KIND:
            return organisation             # "the opposition health spokeswoman": the opposition, named so
        generic = word in GENERIC_BODIES or word in L.ORG_WORDS   # not "a spokesman for the prime minister"
        return before[-1][1] if before and generic else organisation

    def _employer(self, role: Role, at: int, holder: str) -> str | None:
        """Whom the holder of an office or an agent's role acts for: the owner the role names
        ("Kestrel's planning director", "Kessler's barrister", "its chief inspector", "his press
        secretary"), a body named in it ("Harbour City head coach", "director at Dunmore General
        Hospital"), else, for an office inside an organisation, the body named near ("Chief executive
        Karen Doyle" after "Marlow & Finch said")."""
        owner = role.organisation
        if owner in ("its", "their"):
            return self._body_in_sentence(at) or self._body_near(at)   # "Harlow, which ..., since its chief executive"
        if owner in ("his", "her"):
            person = self.pronoun("he" if owner == "his" else "she", at, named=True)
            return person.name if person is not None and person.name != holder else None
        if owner:
            noun = owner.split()[-1].lower()
            if owner.lower().startswith(("the ", "a ")) and noun in L.ORG_WORDS:   # "The union's general secretary"
                return self._body_named_by(noun, at) or self._near_of_kind(noun, at) or (
                    owner.split(None, 1)[1] if noun not in _PLACES else None)   # "The Trust's director": the Trust
            if owner[:1].islower() and noun in L.ORG_WORDS:                         # "the group's chair"
                return self._body_named_by(noun, at) or owner
            return self._body_of_word(owner.split()[0], at) or self._known_body(owner) or self.full_name(owner)
        named = self._body_of_role(role, at)
        if named:       # "chief executive of the Northfield and Dales Health Authority", "head of the health board"
            return named
        by_kind = self._body_of_modifiers(role, at, lower=True)
        if by_kind:
            return by_kind                      # "union secretary Javier Quispe": the union named before
        kinds = [w.lower() for w in role.modifiers if w.lower() in L.ORG_WORDS]
        if kinds and role.head in L.OFFICERS:
            return kinds[-1]                    # "union organiser Sam Reed": a union, not the company named near
        capitals = " ".join(w for w in role.modifiers if w[:1].isupper() and w.lower() not in L.IDLE_MODIFIERS)
        body = capitals and (self._known_body(capitals) or self._body_of_word(capitals.split()[0], at))
        if body:
            return body
        if role.head in L.BODY_OF_ROLE:           # "Chief Constable Roger Allinson": the force he leads
            return self._body_of_kind(L.BODY_OF_ROLE[role.head], at)
        if capitals and role.head in ("official", "diplomat") and capitals not in self.people:
            return capitals                         # "A Vessia official", "an EU diplomat": named so
        unattached = any(w.lower() in UNATTACHED for w in role.modifiers)   # "an independent engineer"
        return self._body_near(at) if role.head in L.OFFICERS and not unattached else None

    def _ministry_of(self, role: Role, at: int) -> str | None:
        """The ministry the article names for a minister's field ("Agriculture Minister Tomas Belcourt" and "the
        agriculture ministry", "Defence procurement minister" and "the Defence Ministry"), nearest to offset ``at``;
        None when it names none ("Health minister Grace Okonjo" speaks for himself)."""
        fields = {stem for w in role.modifiers if w.lower() not in L.IDLE_MODIFIERS for stem in stems(w)}
        found = [(abs(offset - at), name) for offset, name in self.bodies
                 if body_head(name) in _MINISTRIES and fields & stems(name)]
        return min(found)[1] if found else None

    def _body_of_kind(self, kinds, at: int) -> str | None:
        """The body of one of these kinds ("police", "force") named nearest to offset ``at``, if any."""
        found = [(abs(offset - at), name) for offset, name in self.bodies
                 if (body_head(name) or name.lower().split()[-1]) in kinds]
        return min(found)[1] if found else None

    def _body_of_modifiers(self, role: Role, at: int, lower: bool = False) -> str | None:
        """The body an organisation word before the role names ("Association president": the
        association named before; with ``lower``, also "union secretary")."""
        for word in reversed(role.modifiers):
            if word.lower() in L.ORG_WORDS and (word[:1].isupper() or lower):
                return self._body_named_by(word.lower(), at)
        return None

    def _leader_of(self, role: Role, at: int) -> str | None:
        """The one person the article names as leading the body a leader's role names ("the head of the
        regional health authority" is "Helen Achterberg, chief executive of the Northfield and Dales
        Health Authority"), if one."""
        if role.head not in L.LEADERS:
            return None
        body = self._body_of_role(role, at)
        people = {person for bound, person in self.bindings if bound.head in L.LEADERS
                  and self._body_of_role(bound, self.role_at.get(person, at)) == body} if body else set()
        return people.pop() if len(people) == 1 else None

    def _body_of_role(self, role: Role, at: int) -> str | None:
        """The body a role's complement names ("director at Dunmore General Hospital", "head of the
        regional health authority"), as the article names it, if it does."""
        named = body_in_role(role.text)
        if not named:
            return None
        if named[:1].islower():
            return self._proper_body_for(named) or self._body_named_by(named.split()[-1], at)
        if self._known_body(named):
            return self._known_body(named)
        if any(w.lower() in L.ORG_WORDS for w in named.split()) or " " in named and named not in self.people:
            return named        # "manager at Harlow Freight": a body by where the role stands
        return None

    def _body_holding(self, word: str) -> str | None:
        """The one body of a proper name holding ``word`` ("midwives": the Royal College of Midwives), if one."""
        stem = stems(word)
        found = {body for body in self.organisations | {b for _offset, b in self.bodies}
                 if body[:1].isupper() and stem and stem <= stems(body)}
        return found.pop() if len(found) == 1 else None

    def _proper_body_for(self, description: str) -> str | None:
        """The one body of a proper name whose words hold all of a description's ("the nurses' union" is the
        Royal Union of Nurses, "the health board" the Mid Valley Health Board), if the article names one.
        A word of scope ("regional", "local") need not be in the name: "the regional health authority" may
        be the Northfield and Dales Health Authority."""
        words = stems(description)
        if len(words - _SCOPE_WORDS) >= 2:
            words -= _SCOPE_WORDS
        if description[:1].isupper() or len(words) < 2 or description in self.people:
            return None
        bodies = {body for body in self.organisations | {b for _offset, b in self.bodies}
                  if body[:1].isupper() and body != description and not re.search(r"['’]s\b", body)}
        head = stems(description.split()[-1])
        if not any(w in L.ORG_WORDS for w in words) and not any(stems(body.split()[-1]) == head for body in bodies):
            return None     # "the investigation branch": a body's word, or the last word of a body named
        found = {body for body in bodies if words <= stems(body)}   # "the defence ministry" is not "Kestan's ..."
        owners = words - stems(description.split()[-1])
        if not found and (_of_people(owners) or _of_bodies(owners)):
            head = stems(description.split()[-1])   # "the crew's union": the one union the article names
            found = {body for body in bodies if stems(body.split()[-1]) == head}
            if _of_bodies(owners):                  # "the broadcaster's unions": the union of "the union, the X Alliance,"
                found |= {body for noun in head for _offset, body in self._noun_for.get(noun, [])}
        return found.pop() if len(found) == 1 else None

    def _owning_body(self, role: Role, at: int) -> str | None:
        """The body that owns any role phrase after a possessive ("GridNorth's chief engineer", "the
        agency's area manager"), but not a person's ("Mason's brother"
        speaks for himself)."""
        owner = role.organisation or ""
        if owner.lower() in L.POSSESSIVES:      # "its captain" names no body ("Kovac's agent" acts for him)
            return None
        noun = owner.split()[-1].lower() if owner else ""
        if owner.lower().startswith(("the ", "a ", "an ")) or " " not in owner and owner[:1].islower():
            return self._body_named_by(noun, at) or self._body_near(at) if noun in L.ORG_WORDS else None
        body = self._body_of_word(owner.split()[0], at) or self._known_body(owner)
        person = owner.lower() in self._by_word or " " in owner and owner in self.people
        if body is None and not person and owner[:1].isupper():
            body = owner                    # a name no person of the article bears ("GridNorth")
        return body

    def acronym_of(self, name: str, at: int) -> str | None:
        """The body named before offset ``at`` whose initials an all-capital ``name`` is ("FDA" after "the U.S. Food
        and Drug Administration"), if one."""
        if not _ACRONYM.fullmatch(name):
            return None
        for _offset, body in reversed(self._bodies_before(at)):
            if body != name and _initials(body) == name:
                return body
        return None

    def _known_body(self, name: str, besides: str = "") -> str | None:
        """A body of this name (or whose name holds it whole) named so far, other than ``besides`` (a
        document's own name: "Herald records" is the Tarnley Herald's)."""
        name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
        for _offset, body in reversed(self.bodies):
            if body != besides and (body == name or f" {name} " in f" {body} "):
                return body
        return None

    def _near_of_kind(self, noun: str, at: int) -> str | None:
        """The body named near that "the company" can mean: not one of another kind ("The company's chief
        technology officer" after "the regulator Ofcast" is not Ofcast's; "The Trust's director" no union's)."""
        near = self._body_near(at)
        return near if near and noun in GENERIC_BODIES and not self._other_kind(near) else None

    def _body_of_word(self, word: str, at: int) -> str | None:
        """The body named before ``at`` whose name starts with the one word ``word``, unless a person
        of that name was named."""
        if word.lower() in self._by_word:
            return None
        end = bisect.bisect_left(self.bodies, (at, ""))
        for _offset, name in reversed(self.bodies[max(end - 40, 0):end]):
            words = name.split()
            if len(words) > 1 and words[0] == word:
                return name
        return None

    def _body_named_by(self, noun: str, at: int) -> str | None:
        """The body a bare "the centre" or "the company" means: the latest named before ``at`` whose name
        holds the noun; for a generic noun ("company", "firm", "club"), else the latest body named near."""
        before = self._bodies_before(at)
        fitting = fitting_bodies([name for _offset, name in before if name.lower() != noun], noun)
        if fitting:
            return fitting[-1]
        if self._noun_before(noun, at):              # "the company" again: the body it meant before
            return self._noun_before(noun, at)
        fitting = [name for _offset, name in before if not self._other_kind(name)]
        if fitting and noun in GENERIC_BODIES:    # "the company" is no angling club or agency named since
            self._note_noun(noun, fitting[-1], at)
            return fitting[-1]
        return None

    def _body_near(self, at: int) -> str | None:
        """The latest body that spoke before offset ``at`` in its paragraph or the one before, else the latest
        body named there at all ("Finance director Graham Pike" after "The company denied a report in the
        Sunday Herald" works for the company, not the paper), if any."""
        start = self._window_start(at)
        end = bisect.bisect_left(self.speaking, (at, ""))
        if end and self.speaking[end - 1][0] >= start:
            return self.speaking[end - 1][1]
        named = [(offset, name) for offset, name in self._bodies_before(at) if offset >= start]
        subjects = [name for offset, name in named if offset not in self.oblique]   # not "filed at Companies House"
        return (subjects or [name for _offset, name in named] or [None])[-1]


def _of_bodies(owners: frozenset[str]) -> bool:
    """Are a description's other words all bodies it belongs to ("the broadcaster's", "the company's")?"""
    return bool(owners) and all(w in L.ORG_WORDS for w in owners)


def _of_people(owners: frozenset[str]) -> bool:
    """Are a description's other words all people it belongs to ("crew", "nurses", "staff")?"""
    return bool(owners) and all(w in L.PEOPLE_NOUNS or w + "s" in L.PEOPLE_NOUNS for w in owners)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Words an acronym leaves out: "the U.S. Food and Drug Administration" is the FDA.
_NOT_INITIALLED = frozenset("the of and for & u.s. us u.k. uk".split())


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _NOT_INITIALLED and w[:1].isupper())


@lru_cache(maxsize=65536)
def stems(name: str) -> frozenset[str]:
    """A name's words, lower case, without possessives, articles or a plural's final s."""
    words = re.findall(r"[a-z&]+", re.sub(r"['’]s?\b", " ", name.lower()))
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in ("the", "a", "an", "of"))
