"""A consistency finding: what a check noticed, where, and how much it matters."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: ``error`` findings are inconsistencies that count against any claim whose evidence they overlap;
#: ``warning`` findings need the analyst's attention; ``info`` findings only record a resolution.
SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Span:
    """An exact character span of a text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Finding:
    """One thing a consistency check found in a document."""

    kind: str
    severity: str
    message: str
    spans: tuple[Span, ...]
    data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def overlaps(self, start: int, end: int) -> bool:
        return any(span.overlaps(start, end) for span in self.spans)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "spans": [span.to_dict() for span in self.spans],
            "data": self.data,
        }
