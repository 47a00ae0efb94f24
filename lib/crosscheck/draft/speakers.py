"""Voices: who speaks in a draft, as the registry's ids where it knows them, else as names.

The extractor resolves each statement's speaker (full names for surnames, a spokesperson's party from
``Speaker.speaks_for``, "the company" as the body named before); ``Voices`` keeps one voice per actor for
the whole article, so that the same organisation named twice is one party (a false second party would
pair a body with itself), gives the outlet's narration the outlet's voice (the byline is not a party),
and resolves the subjects of answers the extractor leaves as narration ("Estmark denied it."). It also
reads when a statement was said ("said on Thursday") from its frame.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from dataclasses import dataclass, field

from ..extract.lexicon import OFFICERS, ORG_WORDS
from .. import segment
from ..extract.employers import UNATTACHED
from ..extract.speakers import GENERIC_BODIES

#: Words that make a name a body's: the extractor's, and "Water" as a company's last word ("Ferncastle Water"),
#: which the extractor leaves out ("the regional water utility" is a description, not a body's name).
_BODY_WORDS = frozenset(ORG_WORDS | {"water"})
#: Who holds an office for no body named near: the extractor's words, and a former holder.
_UNATTACHED = UNATTACHED | {"former"}
PRONOUNS = frozenset("i we he she it they you".split())
_TITLES = frozenset("""the a an mr mrs ms dr dr. prof professor sir dame lord lady president prime minister
chief executive spokesman spokeswoman spokesperson secretary general gen gen. lt lt. col col. colonel
sen sen. senator gov gov. governor rep rep. mayor councillor councilman councilwoman judge justice
minister foreign health defence defense finance interior us u.s. former""".split())
_SPOKES = re.compile(r"\b(?:spokes(?:man|woman|person|people)|representative|press (?:office|officer|secretary))\b",
                     re.IGNORECASE)
_SPOKES_FOR = re.compile(r"\s*\b(?:for|of|at)\s+(?:the\s+)?(?P<organisation>.+)$", re.IGNORECASE)
_WEEKDAYS = {name: number for number, name in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday".split())}
_WHEN = re.compile(r"\b(?:on\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
                   r"|\b(?P<yesterday>yesterday)\b|\b(?P<today>today|this morning|tonight)\b"
                   r"|\b(?P<last_week>last week)\b|\b(?P<last_month>last month)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Voice:
    """A speaker as a draft records it: ``speaker`` and ``party`` are registry ids or names; ``role`` is how
    the article describes the speaker ("Diallo's agent"), so that "the agent's remarks" can find him."""

    speaker: str
    party: str
    name: str
    role: str = field(default="", compare=False)


@lru_cache(maxsize=65536)
def _key(name: str) -> str:
    """A name without titles and possessives, to compare ("Councillor Maria Okafor" is "maria okafor"); a
    body keeps its words ("Kestan's defence ministry" is not "Kestan's foreign ministry")."""
    name = re.sub(r"['\u2019]s\b", "", name.casefold())
    found = re.findall(r"[\w.-]+", name)
    if any(w in ORG_WORDS for w in found):
        return " ".join(w for w in found if w not in ("the", "a", "an"))
    return " ".join(w for w in found if w not in _TITLES)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[\w-]+", re.sub(r"['\u2019]s\b", "", text.casefold())))


def _shortened(mention: str, name: str) -> bool:
    """A body named again by the end of its proper name: "the Commission" for "the European Commission"
    (not "the Unity Party" for "senior members of the Unity Party", a description)."""
    short, full = _key(mention), _key(name)
    words = short.split()
    proper = all(w[:1].isupper() or w in ("of", "for", "and", "&", "the") for w in name.split())
    return proper and bool(words) and words[-1] in ORG_WORDS and len(full.split()) > len(words) \
        and full.endswith(f" {short}")


def _person(voice: Voice) -> bool:
    """A voice that is a person speaking for himself (not a body: "Kestan's defence ministry")."""
    return voice.party == voice.speaker and not any(w in _BODY_WORDS for w in voice.name.casefold().split())


def _office(role: str) -> bool:
    """A role that is an office inside an organisation ("Operations director", "its chief executive"),
    held by no one independent ("an independent engineer")."""
    words = role.casefold().split()
    owned = re.search(r"['\u2019]s\b|\b(?:of|for|at|its|their|his|her)\b", role.casefold())   # "the city's health director"
    return bool(words) and words[-1] in OFFICERS and not set(words) & _UNATTACHED and not owned


def _surname_of(short: str, full: str) -> bool:
    """``short`` is the last name of ``full``, a person's name of two or three words."""
    words = full.split()
    return " " not in short and 2 <= len(words) <= 3 and words[-1] == short and "and" not in words


class Voices:
    """The voices of one article (see the module's docstring)."""

    def __init__(self, registry=None, outlet: str | None = None, published: dt.datetime | None = None,
                 text: str = ""):
        self.registry = registry
        self.published = published
        self.text = text
        self.known: list[Voice] = []
        self.outlet = self._outlet(outlet or "the outlet")

    def _find(self, mention: str):
        """The registry's actor for a mention, if there is a registry and it names one."""
        return self.registry.find(mention) if self.registry is not None else None

    def _outlet(self, name: str) -> Voice:
        actor = self._find(name)
        return Voice(actor.id, actor.party, actor.name) if actor else Voice(name, name, name)

    def of_statement(self, statement) -> Voice:
        """The voice of an extracted statement (the outlet's for narration)."""
        speaker = statement.speaker
        if statement.kind == "narration" or speaker is None:
            return self.outlet
        if speaker.actor_id and self.registry and speaker.actor_id in self.registry.actors:
            actor = self.registry.actors[speaker.actor_id]
            return self._remember(Voice(actor.id, actor.party, actor.name))
        role = speaker.role or ""
        if speaker.speaks_for:          # a spokesperson: the organisation's party, as this article names it
            generic = speaker.speaks_for in GENERIC_BODIES    # "the company's operations director", unresolved
            party = self.party_of(speaker.speaks_for, described=generic, besides=speaker.name)
            return self._remember(Voice(speaker.name, party, speaker.name, role))
        body = self._body_just_heard(statement) if role and speaker.party == speaker.name and _office(role) else None
        voice = self.of_mention(speaker.name, party=body or speaker.party)
        if role and not voice.role:
            voice = self._remember(Voice(voice.speaker, voice.party, voice.name, role))
        return voice

    def _body_just_heard(self, statement) -> str | None:
        """The party of the body heard last, when the last voice is a body's named in the sentence before
        ("Ferncastle Water denies that. Operations director Keith Morland said ...": the director speaks
        for the body)."""
        last = self.known[-1] if self.known else None
        if last is None or last == self.outlet or _person(last) or statement.source is None:
            return None
        start = statement.source.start
        sentences = segment.split_sentences(self.text, max(0, start - 400), start)
        before = self.text[sentences[-2][0] if len(sentences) >= 2 else sentences[0][0]:start] if sentences else ""
        return last.party if last.name in before else None

    def of_mention(self, mention: str, previous=(), party: str | None = None) -> Voice:
        """The voice a mention in the text names: a known one where it matches, else a new one."""
        mention = " ".join(mention.split())
        if mention.casefold() in PRONOUNS:
            return self.known[-1] if self.known else self.outlet
        actor = self._find(mention)
        if actor:
            return self._remember(Voice(actor.id, actor.party, actor.name))
        same = self._match(mention)
        if same:
            return self._remember(same)
        if _SPOKES.search(mention):     # the subject of a narrated answer: "A spokesman for AquaLine denied it."
            return self._remember(Voice(mention, self._organisation(mention), mention))
        for voice in reversed(self.known):
            if _key(voice.party) == _key(mention) or _shortened(mention, voice.party):
                return self._remember(Voice(mention, voice.party, mention))
        body = self._described(mention) if _key(mention) in GENERIC_BODIES and party in (None, mention) else None
        if body is not None:            # "the company said" the extractor left unresolved: the body heard before
            return self._remember(Voice(mention, body.party, mention))
        return self._remember(Voice(mention, party or mention, mention))

    def party_of(self, mention: str, described: bool = False, besides: str = "") -> str:
        """The party a mention names, as far as the voices so far (or the registry) tell; else the mention.
        With ``described``, a description names a voice too ("the agent", "the company"), of a party
        other than ``besides`` (the speaker's own)."""
        actor = self._find(mention)
        if actor:
            return actor.party
        same = self._match(mention) or (self._described(mention, besides) if described else None)
        same = same or next((v for v in reversed(self.known) if _shortened(mention, v.party)), None)
        return same.party if same else " ".join(mention.split())

    def _described(self, mention: str, besides: str = "") -> Voice | None:
        """The voice a description names: "the agent" (Diallo's agent), "the minister" (Health minister
        Grace Okonjo), "the dairy" (Hollins Farm Dairy), "the company" (the last body of another party)."""
        words = [w for w in _words(mention) if w not in ("the", "a", "an")]
        if not words:
            return None
        others = [v for v in reversed(self.known) if v.party != besides and v != self.outlet]
        for voice in others:
            if set(words) <= _words(voice.role) or set(words) <= _words(voice.name) or set(words) <= _words(voice.party):
                return voice
        if len(words) == 1 and words[0] in ORG_WORDS:
            named = {w for found in re.finditer(rf"((?:[A-Z][\w&'.-]*\s+){{1,4}}){words[0].capitalize()}\b", self.text)
                     for w in _words(found.group(1))}
            for voice in others:        # "the dairy": the voice whose name the article gives as "... Dairy"
                if not _person(voice) and _words(voice.name) <= named:
                    return voice
            if words[0] in GENERIC_BODIES:
                return next((v for v in others if not _person(v)), None)
        return None

    def _match(self, mention: str) -> Voice | None:
        """A known voice the mention names again: the same name, or a person's surname ("Quinn")."""
        key = _key(mention) or mention.casefold()
        for voice in reversed(self.known):
            other = _key(voice.name) or voice.name.casefold()
            if key == other or _person(voice) and (_surname_of(key, other) or _surname_of(other, key)):
                return voice
        return None

    def _organisation(self, mention: str) -> str:
        """The party a spokesperson speaks for ("A spokesman for AquaLine", "a health board spokeswoman"):
        a known voice's party where the organisation's name matches it, else the organisation's name."""
        spokes = _SPOKES.search(mention)
        named = _SPOKES_FOR.match(mention, spokes.end()) if spokes else None
        named = named or _SPOKES_FOR.search(mention[spokes.end():] if spokes else mention)
        organisation = named.group("organisation") if named else mention[:spokes.start()] if spokes else mention
        words = _key(organisation)
        if not words:
            return mention
        for voice in reversed(self.known):
            for other in (_key(voice.name), _key(voice.party)):
                if other and (words == other or f" {words} " in f" {other} " or f" {other} " in f" {words} "):
                    return voice.party
        return re.sub(r"^(?:the|a|an)\s+", "", " ".join(organisation.split()), flags=re.IGNORECASE) or mention

    def _remember(self, voice: Voice) -> Voice:
        if voice in self.known:
            self.known.remove(voice)
        self.known.append(voice)
        return voice

    def said_days_back(self, frame: str) -> int | None:
        """How many days before publication a statement was said, from its frame ("said on Thursday")."""
        match = _WHEN.search(frame)
        if not match:
            return None
        if match.group("day"):
            if self.published is None:
                return None
            return (self.published.weekday() - _WEEKDAYS[match.group("day").lower()]) % 7
        if match.group("yesterday"):
            return 1
        if match.group("today"):
            return 0
        return 7 if match.group("last_week") else 30
