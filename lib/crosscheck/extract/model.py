"""What the extractor returns: statements, their spans and speakers, and two ways to print them."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from ..findings import Span

KINDS = ("direct", "paraphrase", "narration")
__all__ = ["KINDS", "Span", "Speaker", "Statement", "extraction_to_json", "format_statements"]


@dataclass(frozen=True)
class Speaker:
    """Who said it: a name, the party it speaks for, and the registry's actor id when known.

    ``party`` is the registry's party id where the registry knows the speaker; else the party of the
    organisation a spokesperson speaks for, the organisation's name for a body, and a person's own
    name for a person (a party of one).  ``role`` is how the article describes the speaker where it
    does ("Kremlin spokesman", "Republican nominee"); ``speaks_for`` names the organisation a
    spokesperson or representative speaks for.
    """

    name: str
    party: str | None = None
    actor_id: str | None = None
    role: str | None = None
    speaks_for: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "party": self.party, "actor_id": self.actor_id, "role": self.role,
                "speaks_for": self.speaks_for}


@dataclass(frozen=True)
class Statement:
    """One reported (or narrated) content.

    ``content`` holds one span, or several for a quotation split by its tag.  ``source`` is the
    speaker's mention in the text (possibly a pronoun or a role), ``speaker`` who that resolves to.
    ``question`` is true when the content asks rather than states ("How many times ...?", he asked).
    """

    id: str
    paragraph: int
    kind: str
    speaker: Speaker | None
    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]
    question: bool = False

    @property
    def text(self) -> str:
        return " … ".join(s.text for s in self.content)

    def to_dict(self) -> dict:
        content: Any = self.content[0].to_dict() if len(self.content) == 1 else [s.to_dict() for s in self.content]
        return {
            "id": self.id,
            "paragraph": self.paragraph,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": content,
            "question": self.question,
        }


def extraction_to_json(text: str, statements: Iterable[Statement], metadata: dict | None = None) -> dict:
    """``{"document": metadata, "statements": [...]}`` for the CLI's ``--json``."""
    return {"document": dict(metadata) if metadata else {}, "statements": [s.to_dict() for s in statements]}


def format_statements(text: str, statements: Iterable[Statement]) -> str:
    """One line per statement: id, kind, speaker (party), shortened content; "?" marks a question."""
    lines = []
    for statement in statements:
        speaker = statement.speaker
        if speaker is not None:
            who = speaker.name + (f" ({speaker.party})" if speaker.party and speaker.party != speaker.name else "")
        elif statement.source is not None:
            who = statement.source.text
        else:
            who = "-"
        kind = statement.kind + ("?" if statement.question else "")
        lines.append(f"{statement.id:>5}  {kind:<11}  {_short(who, 30):<30}  {_short(statement.text)}")
    return "\n".join(lines)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
