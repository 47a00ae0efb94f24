"""One sentence unit under extraction, and how a rule records a statement found in it."""
from __future__ import annotations

from dataclasses import dataclass

from . import lexicon as L
from .model import Span, Speaker
from .speakers import Resolver
from .tokens import Tokens


@dataclass
class Exchange:
    """A question-and-answer passage: who asks (None: the outlet itself, "I asked") and who answers
    (None until the first answer)."""

    asker: Speaker | None
    answerer: Speaker | None = None


@dataclass
class Found:
    """A statement as the rules record it, before it is numbered."""

    paragraph: int
    order: int
    kind: str
    speaker: Speaker | None
    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]
    exchange: Exchange | None = None
    asked: bool = False             # a question put to someone ("Asked whether ..., she said")

    @property
    def question(self) -> bool:
        """Does the content ask rather than state: it ends in "?" ('"How many times ...?" he asked'),
        or a cue of asking reports a question ("asked whether the plan would pass")?"""
        last = self.content[-1].text.rstrip(" \t\r\n\"'”’»)]")
        if last.endswith("?") or self.asked:
            return True
        if self.kind != "paraphrase" or self.cue is None or not self.cue.text.split():
            return False
        first = self.content[0].text.split(" ", 1)[0].lower()
        return L.VERB_FORMS.get(self.cue.text.lower().split()[-1]) in _ASKING and first in _QUESTION_WORDS


_ASKING = {"ask", "wonder", "question"}
_QUESTION_WORDS = {"whether", "if", "why", "how", "what", "when", "where", "who", "which", "whom"}


class Unit:
    """Tokens [us, ue) of one paragraph's token table, the resolver, and the statements found so far.

    ``last_source`` is the (source, speaker) of the unit's last statement: a participle cue later in
    the unit (", saying ...") shares it.
    """

    def __init__(self, T: Tokens, us: int, ue: int, paragraph: int, order: int, resolver: Resolver,
                 found: list[Found]):
        self.T, self.us, self.ue = T, us, ue
        self.paragraph, self.order = paragraph, order
        self.resolver = resolver
        self.found = found
        self.count = 0
        self.last_source: tuple[Span | None, Speaker | None] | None = None
        self.deferred: tuple[Span | None, Speaker | None, Span | None] | None = None

    def speaker(self, ab: tuple[int, int], antecedent: tuple[int, int] | None = None) -> Speaker | None:
        return self.resolver.speaker(self.T, ab[0], ab[1], antecedent)

    def defer(self, source_ab, cue_ab, antecedent=None) -> None:
        """ "He said:" ending the unit: its content is the next unit (the driver hands it over)."""
        self.deferred = (self.T.span(*source_ab), self.speaker(source_ab, antecedent), self.T.span(*cue_ab))
        self.T.mark(source_ab[0], self.ue)

    def emit(self, kind: str, speaker, source, cue, content) -> None:
        content = tuple(c for c in content if c is not None)
        if content:
            self.found.append(Found(self.paragraph, self.order, kind, speaker, source, cue, content))

    def add(self, source_ab, cue_ab, parts, antecedent=None, speaker=None, source=None) -> bool:
        """Record a statement: the source tokens (or a resolved ``source``/``speaker``), the cue
        tokens and the content parts as token ranges.  False when the content is too thin."""
        T = self.T
        parts = self._clean(parts)
        if not parts or sum(T.words(a, b) for a, b in parts) < 2 and not self._answer_object(parts, cue_ab):
            return False
        if cue_ab and self._starts_with_finite_verb(parts, cue_ab):
            if not self._relative_subject(source_ab):
                return False      # "the candidate's comments came after ...": a noun, no cue
            parts = [(source_ab[0] - 1, parts[0][1])]   # "what the mayor said was ...": all of it
        for a, b in parts:
            T.mark(a, b)
        if source_ab:
            T.mark(*source_ab)
            source = T.span(*source_ab)
            speaker = self.speaker(source_ab, antecedent)
        if cue_ab:
            T.mark(*cue_ab)
        kind = "direct" if all(T.quote_mark(a) for a, _ in parts) else "paraphrase"
        self.emit(kind, speaker, source, T.span(*cue_ab) if cue_ab else None, [T.span(a, b) for a, b in parts])
        self.last_source = (source, speaker)
        self.count += 1
        return True

    def _answer_object(self, parts, cue_ab) -> bool:
        """A content of one pronoun that a denial or a confirmation answers with ("rejected that", ", which he denies")."""
        T = self.T
        return bool(cue_ab) and len(parts) == 1 and T.words(*parts[0]) == 1 \
            and T.low[parts[0][0]] in ("it", "that", "this", "so", "which") and L.VERB_FORMS.get(T.low[cue_ab[0]]) in L.ANSWER_VERBS

    def _clean(self, parts) -> list[tuple[int, int]]:
        """Each part cut at the first used token and trimmed; parts without a word dropped."""
        T = self.T
        out = []
        for a, b in parts:
            for x in range(a, b):
                if T.used[x]:
                    b = x
                    break
            a, b = T.trim(a, b)
            if b > a and T.words(a, b):
                out.append((a, b))
        return out

    def _starts_with_finite_verb(self, parts, cue_ab) -> bool:
        T, start = self.T, parts[0][0]
        return len(parts) == 1 and start >= cue_ab[1] and start >= 1 and T.low[start - 1] not in ("'s", "’s", ",") \
            and not T.inq[start] and T.low[start] in L.FINITE_NOT_CONTENT

    def _relative_subject(self, source_ab) -> bool:
        """Is the source preceded by "what"/"which" or a lower-case word ("what the mayor said")?"""
        T = self.T
        h = source_ab[0] - 1 if source_ab else -1
        if h < self.us or T.inq[h] or T.used[h]:
            return False
        lh = T.low[h]
        return lh in ("what", "which") or (lh.isalpha() and not T.cap[h] and lh not in L.FUNCTION_WORDS)
