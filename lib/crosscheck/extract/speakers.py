"""Who a source mention is: names, pronouns, roles and spokespeople, resolved through the article.

A :class:`Resolver` reads one article in order.  It remembers the people and organisations named
so far, so that "Okafor" resolves to "Daniel Okafor", "he" to the last man named, "they" to the
last organisation, and (with an actor registry) each name to the registry's actor and party.
"""
from __future__ import annotations

from . import lexicon as L
from .model import Speaker
from .tokens import Tokens

_PERSONAL = L.SUBJECT_PRONOUNS | {"i", "we", "you"}
_NAME_LINKS = ("of", "for", "on", "and", "&", "the", "de", "van", "von")


class Resolver:
    """Resolves source mentions to speakers, remembering what the article has said so far."""

    def __init__(self, actors=None):
        self.actors = actors
        self.names: list[str] = []           # full person names, most recent last
        self.last_group: str | None = None
        self.gender: dict[str, str] = {}
        self._known: dict[str, Speaker] = {}

    # -- mentions
    def speaker(self, T: Tokens, a: int, b: int, antecedent: tuple[int, int] | None = None) -> Speaker | None:
        """The speaker the source tokens [a, b) name (a relative pronoun resolves to ``antecedent``)."""
        low = T.low
        if b - a == 1 and low[a] in _PERSONAL:
            if low[a] in ("who", "which", "that") and antecedent:
                return self.speaker(T, *antecedent)
            return self.pronoun(low[a])
        toks = list(range(a, b))
        while toks and (low[toks[-1]] in ("'s", "’s", "'", "’") or not T.w[toks[-1]][:1].isalnum()):
            toks.pop()
        if not toks:
            return None
        run = _capitalised_tail(T, toks)
        if run:
            return self._named(T, run)
        while toks and low[toks[0]] in L.DETERMINERS:
            toks = toks[1:]
        if not toks:
            return None
        name = " ".join(T.w[k] for k in toks)
        if low[toks[-1]].endswith("s"):
            self.last_group = name
        return Speaker(name)

    def _named(self, T: Tokens, run: list[int]) -> Speaker:
        """A capitalised name run: drop the titles before the name, then an organisation or a person."""
        low = T.low
        gender = None
        if not any(low[k] in L.ORG_WORDS for k in run):
            cut = -1
            for x, k in enumerate(run[:-1]):
                if low[k] in L.TITLES or low[k].rstrip(".") in L.TITLES:
                    cut = x
                    gender = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                              "miss": "f"}.get(low[k], gender)
            if cut >= 0:
                run = run[cut + 1:]
                while len(run) > 2 and low[run[0]] in ("of", "for", "on"):
                    run = run[2:]
        name = " ".join(T.w[k] for k in run)
        if any(low[k] in L.ORG_WORDS for k in run) or len(run) > 4:
            self.last_group = name
            return self.actor(name)
        name = self.full_name(name)
        self.note_person(name, gender)
        return self.actor(name)

    def pronoun(self, pronoun: str) -> Speaker | None:
        """He/she: the last person named whose gender fits; they/it: the last organisation."""
        pronoun = pronoun.lower()
        if pronoun in ("he", "she"):
            want = "m" if pronoun == "he" else "f"
            for full in reversed(self.names[-6:]):
                gender = self.gender.get(full)
                if gender is None or gender == want:
                    self.gender.setdefault(full, want)
                    return self.actor(full)
            return None
        if pronoun in ("they", "it") and self.last_group:
            return self.actor(self.last_group)
        return None

    # -- memory
    def note_person(self, name: str, gender: str | None = None) -> None:
        if name in self.names:
            self.names.remove(name)
        self.names.append(name)
        if gender:
            self.gender[name] = gender

    def full_name(self, name: str) -> str:
        """A surname or first name alone becomes the full name it abbreviates, if one was named."""
        parts = name.split()
        if len(parts) == 1:
            for full in reversed(self.names):
                words = full.split()
                if len(words) > 1 and (words[-1] == parts[0] or words[0] == parts[0]):
                    return full
        return name

    def actor(self, name: str) -> Speaker:
        """The speaker for a name, with the registry's actor (tried by full name, then surname)."""
        known = self._known.get(name)
        if known is not None:
            return known
        speaker = Speaker(name)
        if self.actors is not None:
            for mention in dict.fromkeys((name, name.split()[-1] if name.split() else name)):
                found = self.actors.find(mention)
                if found is not None:
                    speaker = Speaker(str(found.name or name), found.party,
                                      None if found.id is None else str(found.id))
                    break
        self._known[name] = speaker
        return speaker


def _capitalised_tail(T: Tokens, toks: list[int]) -> list[int]:
    """The capitalised run ending the mention, allowing "of", "for", "the" between capitals."""
    run = []
    i = len(toks) - 1
    while i >= 0:
        k = toks[i]
        if T.cap[k] or (T.low[k] in _NAME_LINKS and run and i > 0 and T.cap[toks[i - 1]]):
            run.append(k)
            i -= 1
        else:
            break
    run.reverse()
    return run
