"""Statements, the evidence they give on claims, and claims themselves.

A *statement* is a span of a document attributed to a speaker, said in one of three ways:

- ``direct``: the speaker's own words, in quotation marks;
- ``paraphrase``: the outlet reports what the speaker said, believes or wants;
- ``narration``: the outlet says it in its own voice.

A statement bears on a claim with a *stance*:

- ``asserts``: the party puts the claim forward;
- ``confirms``: the party affirms a claim someone else put forward;
- ``qualifies``: the party accepts it only in part, or with conditions or reservations;
- ``declines``: the party was in a position to confirm and did not (no comment, did not say);
- ``denies``: the party says it is not so.

A party with no statement on a claim is ``silent``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

KINDS = ("direct", "paraphrase", "narration")
STANCES = ("asserts", "confirms", "qualifies", "declines", "denies")
SILENT = "silent"
#: A claim's summary (ClaimReview's claimReviewed, what search results show) is at most this long (Google's guidance).
SUMMARY_LIMIT = 75
SUPPORTING = ("asserts", "confirms")


@dataclass(frozen=True)
class Statement:
    """A span of a document attributed to a speaker."""

    document: str
    start: int
    end: int
    quote: str
    speaker: str
    party: str
    kind: str
    cue: str = ""
    said_on: dt.date | None = None
    id: str = field(default="", compare=False)  # its id in the ledger (statements are declared once)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "speaker": self.speaker,
            "party": self.party,
            "kind": self.kind,
            "cue": self.cue,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "said_on": self.said_on.isoformat() if self.said_on else None,
        }


@dataclass(frozen=True)
class Evidence:
    """A statement's stance on one claim, and when it became public."""

    statement: Statement
    stance: str
    public_on: dt.date | None = None
    note: str = ""

    @property
    def party(self) -> str:
        return self.statement.party

    @property
    def speaker(self) -> str:
        return self.statement.speaker

    @property
    def document(self) -> str:
        return self.statement.document

    def to_dict(self) -> dict[str, Any]:
        data = {**self.statement.to_dict(), "stance": self.stance}
        data["public_on"] = self.public_on.isoformat() if self.public_on else None
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True)
class Claim:
    """A checkable proposition, the evidence bearing on it, and the claims it rests on."""

    id: str
    text: str
    group: str = ""
    depends_on: tuple[str, ...] = ()
    note: str = ""
    would_change: str = ""
    evidence: tuple[Evidence, ...] = field(default=(), repr=False)
    draft: bool = False
    line: int | None = field(default=None, compare=False, repr=False)  # where it stands in its claims file
    summary: str = ""  # the claim in at most 75 characters, for ClaimReview's claimReviewed (search results)

    @property
    def short(self) -> str:
        """The summary when the analyst wrote one, else the text."""
        return self.summary or self.text

    @property
    def parties(self) -> list[str]:
        """The parties with at least one statement on this claim, in order of first appearance."""
        seen: dict[str, None] = {}
        for item in self.evidence:
            seen.setdefault(item.party, None)
        return list(seen)
