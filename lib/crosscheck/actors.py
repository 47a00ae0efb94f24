"""Who is who: parties, the people who speak for them, their aliases and reliability grades.

The registry lives in an editable YAML file (``ledger/actors.yaml``)::

    parties:
      kremlin: {name: The Kremlin, kind: government}
    actors:
      peskov:
        name: Dmitry Peskov
        party: kremlin
        role: Kremlin spokesman
        aliases: [Peskov, Kremlin spokesman Dmitry Peskov]
        reliability: B
        reliability_reason: official spokesman; speaks for the Kremlin on the record

Reliability is the Admiralty (NATO AJP-2.1) source grade: A completely reliable, B usually reliable,
C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be judged.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import CrosscheckError, ProblemList, UnknownReference
from .sanitize import check_id
from .yamlio import line_of, load_yaml_mapping

RELIABILITY = {
    "A": "completely reliable",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
PARTY_KINDS = ("government", "outlet", "agency", "organisation", "person", "other")
_TITLE_WORDS = {
    "president", "spokesman", "spokeswoman", "spokesperson", "minister", "prime", "foreign", "defense",
    "defence", "secretary", "us", "u.s.", "russian", "ukrainian", "kremlin", "senator", "mr", "mrs", "ms",
    "dr", "mr.", "mrs.", "ms.", "dr.", "the", "chancellor", "general", "gen.", "envoy", "special", "leader",
}


@dataclass(frozen=True)
class Party:
    """A side whose statements are weighed together (a government, an outlet, an agency)."""

    id: str
    name: str
    kind: str = "other"
    description: str = ""


@dataclass(frozen=True)
class Actor:
    """A person or body that says things, speaking for one party."""

    id: str
    name: str
    party: str
    role: str = ""
    aliases: tuple[str, ...] = ()
    reliability: str = "F"
    reliability_reason: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _normalise(mention: str) -> str:
    mention = re.sub(r"['\u2019]s\b", "", mention)
    return " ".join(mention.casefold().replace("\u00a0", " ").split())


def _core_name(mention: str) -> str:
    words = [w for w in _normalise(mention).split() if w.strip(",.") not in _TITLE_WORDS]
    return " ".join(words)


def _without_article(key: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", key)


def _written_as_common_noun(mention: str) -> bool:
    """Is a mention all in lower case ("force", "the council")? Then it names an actor only as one of
    the actor's names in full, never by a shortened name or a surname ("force" is no "Ukrainian Air Force")."""
    return not any(word[:1].isupper() for word in mention.split())


def _reads_as_surname(mention: str) -> bool:
    """A one-word mention that can be a surname: written capitalised, with no article before it
    ("Peskov"; not "the force", which would find the Ukrainian Air Force by its last word)."""
    written = mention.split()
    return bool(written) and written[-1][:1].isupper() and written[0].casefold() not in ("the", "a", "an", "its")


class Registry:
    """The parties and actors of a ledger, with lookup by id or by a mention in text."""

    def __init__(self, parties: dict[str, Party], actors: dict[str, Actor], path: Path | None = None):
        self.parties = parties
        self.actors = actors
        self.path = path
        self._by_name: dict[str, Actor] = {}
        self._by_full: dict[str, Actor] = {}
        self._by_last: dict[str, list[Actor]] = {}
        for actor in actors.values():
            for name in actor.names:
                self._by_name.setdefault(_normalise(name), actor)
                self._by_full.setdefault(_without_article(_normalise(name)), actor)
                core = _core_name(name)
                if core:
                    self._by_name.setdefault(core, actor)
            last = _core_name(actor.name).split()[-1:] if _core_name(actor.name) else []
            for word in last:
                self._by_last.setdefault(word, []).append(actor)

    def actor(self, actor_id: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise CrosscheckError(f"unknown actor {actor_id!r}", self.path) from None

    def party(self, party_id: str) -> Party:
        try:
            return self.parties[party_id]
        except KeyError:
            raise CrosscheckError(f"unknown party {party_id!r}", self.path) from None

    def find(self, mention: str) -> Actor | None:
        """The actor a mention in text names ("Kremlin spokesman Dmitry Peskov", "Peskov"), if any."""
        if not mention or not mention.strip():
            return None
        key = _normalise(mention)
        if _written_as_common_noun(mention):
            return self._by_full.get(_without_article(key))
        if key in self._by_name:
            return self._by_name[key]
        core = _core_name(mention)
        if core in self._by_name:
            return self._by_name[core]
        words = core.split()
        if len(words) == 1 and _reads_as_surname(mention):  # longer names must match a full alias
            candidates = self._by_last.get(words[-1], [])
            if len(candidates) == 1:
                return candidates[0]
        return None

    def party_members(self, party_id: str) -> list[Actor]:
        return [a for a in self.actors.values() if a.party == party_id]


def load_registry(path: str | Path) -> Registry:
    """Read and validate ``actors.yaml``; every problem is reported with its line."""
    path = Path(path)
    data = load_yaml_mapping(path, ("parties", "actors"))
    problems: list[CrosscheckError] = []
    parties = read_parties(data, path, problems)
    actors, where = read_actors(data, path, problems)
    check_actor_parties(actors, parties, where, problems)
    registry = Registry(parties, actors, path)
    if problems:
        raise ProblemList(problems, partial=registry)  # the partial registry lets a ledger report more
    return registry


def read_parties(data, path: Path, problems: list[CrosscheckError]) -> dict[str, Party]:
    """The ``parties:`` mapping of a registry file (actors.yaml, or a document file's drafted parties)."""
    raw = data.get("parties") or {}
    if not isinstance(raw, dict):
        problems.append(CrosscheckError("'parties' must be a mapping of party ids", path, line_of(data, "parties")))
        return {}
    parties = {}
    for party_id, entry in raw.items():
        line = line_of(raw, party_id)
        try:
            check_id(party_id, "party id", path, line)
        except CrosscheckError as error:
            problems.append(error)
            continue
        if not isinstance(entry, dict) or not entry.get("name"):
            problems.append(CrosscheckError(f"party {party_id!r} needs a name", path, line))
            continue
        kind = entry.get("kind", "other")
        if kind not in PARTY_KINDS:
            problems.append(CrosscheckError(f"party {party_id!r}: unknown kind {kind!r} (use one of {', '.join(PARTY_KINDS)})", path, line))
        parties[str(party_id)] = Party(str(party_id), str(entry["name"]), str(kind), str(entry.get("description", "")))
    return parties


def read_actors(data, path: Path, problems: list[CrosscheckError]) -> tuple[dict[str, Actor], dict[str, tuple]]:
    """The ``actors:`` mapping of a registry file, and where each stands as ``{id: (path, line)}``.

    An actor without a name is reported and still returned (named by its id), so the statements of
    that speaker are not reported as unknown too. Parties are checked by ``check_actor_parties``.
    """
    raw = data.get("actors") or {}
    if not isinstance(raw, dict):
        problems.append(CrosscheckError("'actors' must be a mapping of actor ids", path, line_of(data, "actors")))
        return {}, {}
    actors, where = {}, {}
    for actor_id, entry in raw.items():
        line = line_of(raw, actor_id)
        try:
            check_id(actor_id, "actor id", path, line)
        except CrosscheckError as error:
            problems.append(error)
            continue
        where[str(actor_id)] = (path, line)
        if not isinstance(entry, dict) or not entry.get("name"):
            problems.append(CrosscheckError(f"actor {actor_id!r} needs a name", path, line))
            actors[str(actor_id)] = Actor(str(actor_id), str(actor_id), str((entry or {}).get("party", "")
                                                                               if isinstance(entry, dict) else ""))
            continue
        grade = str(entry.get("reliability", "F"))
        if grade not in RELIABILITY:
            problems.append(CrosscheckError(f"actor {actor_id!r}: reliability {grade!r} is not an Admiralty grade A-F", path, line))
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list):
            problems.append(CrosscheckError(f"actor {actor_id!r}: aliases must be a list", path, line))
            aliases = []
        actors[str(actor_id)] = Actor(
            id=str(actor_id), name=str(entry["name"]), party=str(entry.get("party", "")),
            role=str(entry.get("role", "")), aliases=tuple(str(a) for a in aliases), reliability=grade,
            reliability_reason=str(entry.get("reliability_reason", "")),
        )
    return actors, where


def check_actor_parties(actors: dict[str, Actor], parties: dict[str, Party], where: dict[str, tuple],
                        problems: list[CrosscheckError]) -> None:
    """Every actor speaks for a known party."""
    for actor in actors.values():
        if actor.party not in parties:
            path, line = where.get(actor.id, (None, None))
            problems.append(UnknownReference(f"actor {actor.id!r}: unknown party {actor.party!r}", path, line, "party",
                                             actor.party))
