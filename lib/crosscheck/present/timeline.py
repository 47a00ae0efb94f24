"""The timeline's logic: every dated event in a document, from the ledger and the consistency findings."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..document import Document
from .table import Table, as_table

KIND_ORDER = {"said": 0, "published": 1, "mentioned": 2}


@dataclass(frozen=True)
class Event:
    """Something the article dates: a day (start == end) or a span of days."""

    start: dt.date
    end: dt.date
    label: str
    kind: str  # "published", "said", "mentioned"
    source: str = ""


def timeline_events(ledger, document_id: str) -> list[Event]:
    """Every dated event in a document, sorted by date: its publication, the days statements were made
    (``said_on``), each relative date in the body as the relative-date check resolves it, and the start a
    stated duration would need (duration-end check)."""
    document = ledger.documents[document_id]
    events = _published(document, document_id) + _said(ledger, document_id)
    events += _mentioned(ledger, document) + _needed_starts(ledger, document)
    unique = list(dict.fromkeys(events))
    return sorted(unique, key=lambda e: (e.start, e.end, KIND_ORDER.get(e.kind, 3), e.label))


def _published(document: Document, document_id: str) -> list[Event]:
    if not document.published:
        return []
    day = document.published.date()
    raw = document.metadata.get("published_raw") or day.isoformat()
    outlet = document.metadata.get("outlet") or document_id
    return [Event(day, day, f"{outlet} publishes the article ({raw})", "published", "header")]


def _said(ledger, document_id: str) -> list[Event]:
    said: dict[tuple[dt.date, str], None] = {}
    for claim in ledger.claims.values():
        for item in claim.evidence:
            s = item.statement
            if s.document == document_id and s.said_on:
                said.setdefault((s.said_on, s.speaker), None)
    return [Event(day, day, f"{ledger.registry.actors[speaker].name} speaks", "said", "ledger said_on")
            for day, speaker in said]


def _mentioned(ledger, document: Document) -> list[Event]:
    events = []
    for f in ledger.findings.get(document.id, []):
        if f.kind != "relative-date" or not f.spans or f.spans[0].start < document.body_start:
            continue
        resolved = f.data.get("resolved")
        if isinstance(resolved, dict):
            start, end = dt.date.fromisoformat(resolved["start"]), dt.date.fromisoformat(resolved["end"])
        elif isinstance(resolved, str):
            start = end = dt.date.fromisoformat(resolved)
        else:
            continue
        span = f.spans[0]
        paragraph = (document.paragraph_of(span.start) or 0) + 1
        context = _context(document, span.start)
        events.append(Event(start, end, f'\u00b6{paragraph} "{span.text}": {context}', "mentioned",
                            "relative-date check"))
    return events


def _needed_starts(ledger, document: Document) -> list[Event]:
    events = []
    for f in ledger.findings.get(document.id, []):
        if f.kind != "duration-end-mismatch" or f.severity != "error" or not f.data.get("end"):
            continue
        days = f.data.get("duration_days")
        if not isinstance(days, int):
            continue
        end = dt.date.fromisoformat(f.data["end"])
        start = end - dt.timedelta(days=days)
        paragraph = (document.paragraph_of(f.spans[0].start) or 0) + 1 if f.spans else 0
        events.append(Event(start, end, f'\u00b6{paragraph} "{f.data.get("expression", "")}" would need a start on '
                            f"{start.isoformat()}", "mentioned", "duration-end check"))
    return events


def _context(document: Document, start: int, width: int = 48) -> str:
    """The words before an expression in its sentence, whole words only (for a timeline label)."""
    for sentence in document.sentences:
        if sentence.start <= start < sentence.end:
            before = document.text[max(sentence.start, start - width):start].strip()
            cut = before.find(" ") if start - width > sentence.start else -1
            return ("\u2026" + before[cut + 1:]) if cut >= 0 else before
    return ""


def timeline_table(events: list[Event]) -> Table:
    """The events as a table: from, to, weekday, kind, what happened and where the date comes from."""
    import pandas as pd

    rows = [{"from": e.start.isoformat(), "to": e.end.isoformat(), "weekday": e.start.strftime("%A"),
             "kind": e.kind, "event": e.label, "source": e.source} for e in events]
    frame = pd.DataFrame(rows, columns=["from", "to", "weekday", "kind", "event", "source"])
    return as_table(frame, "timeline", kinds={"from": "text", "to": "text"}, empty="No dated events.")
