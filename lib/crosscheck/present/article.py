"""Tables of one document: its metadata, the consistency findings, paragraphs, statements and restatements."""
from __future__ import annotations

import pandas as pd

from ..document import Document
from .table import Table, as_table


def metadata_table(document: Document) -> Table:
    """The document's metadata, one row per field (empty fields left out), with its hash and counts."""
    rows = [(key, str(value)) for key, value in document.metadata.items() if value is not None]
    rows += [("sha256", document.sha256), ("paragraphs", str(len(document.paragraphs))),
             ("body sentences", str(len(document.sentences)))]
    return as_table(pd.DataFrame(rows, columns=["field", "value"]).set_index("field"), "metadata",
                 kinds={"value": "text"})


def _paragraph(document: Document, offset: int) -> int:
    return (document.paragraph_of(offset) or 0) + 1


def findings_table(ledger, document_id: str, kinds=None, severities=None, *, offsets: bool = True) -> Table:
    """The consistency findings on a document: kind, severity, where (offsets), the text they point at, the
    message. ``kinds`` and ``severities`` keep only those; ``offsets=False`` leaves the offsets out."""
    rows = []
    for f in ledger.findings.get(document_id, []):
        if (kinds is not None and f.kind not in kinds) or (severities is not None and f.severity not in severities):
            continue
        span = f.spans[0] if f.spans else None
        rows.append({"kind": f.kind, "severity": f.severity, "at": f"{span.start}-{span.end}" if span else "",
                     "text": " ".join(span.text.split()) if span else "", "message": " ".join(f.message.split())})
    columns = ["kind", "severity"] + (["at"] if offsets else []) + ["text", "message"]
    which = ", ".join(severities) if severities else "all"
    return as_table(pd.DataFrame(rows, columns=["kind", "severity", "at", "text", "message"])[columns], "findings",
                 label=f"findings ({which})", empty="No findings.")


def paragraphs_table(document: Document) -> Table:
    """The body's paragraphs, numbered from 1, with their offsets and text."""
    rows = [{"paragraph": i + 1, "start": p.start, "end": p.end, "text": " ".join(p.text.split())}
            for i, p in enumerate(document.paragraphs)]
    frame = pd.DataFrame(rows, columns=["paragraph", "start", "end", "text"]).set_index("paragraph")
    return as_table(frame, "paragraphs")


def statements_table(ledger, document_id: str) -> Table:
    """Every distinct statement in the ledger's evidence for a document, in text order; a statement (same span
    and speaker) bearing on several claims is one row naming each claim and its stance."""
    found: dict[tuple[int, int, str], dict] = {}
    document = ledger.documents[document_id]
    for cid, claim in ledger.claims.items():
        for item in claim.evidence:
            s = item.statement
            if s.document != document_id:
                continue
            row = found.setdefault((s.start, s.end, s.speaker), {
                "paragraph": _paragraph(document, s.start), "speaker": ledger.registry.actors[s.speaker].name,
                "party": ledger.registry.parties[s.party].name, "kind": s.kind, "cue": s.cue,
                "said_on": s.said_on.isoformat() if s.said_on else "", "quote": s.quote, "claims": []})
            row["claims"].append(f"{cid} ({item.stance})")
    rows = [{**row, "claims": "; ".join(row["claims"])} for _, row in sorted(found.items())]
    columns = ["paragraph", "speaker", "party", "kind", "cue", "said_on", "quote", "claims"]
    return as_table(pd.DataFrame(rows, columns=columns), "statements", empty="No statements recorded.")


def restatements(ledger, document_id: str) -> Table:
    """Passages that restate an earlier one (near-duplicate findings), with both paragraphs' numbers."""
    document = ledger.documents[document_id]
    rows = []
    for f in ledger.findings.get(document_id, []):
        if f.kind != "near-duplicate" or len(f.spans) < 2:
            continue
        earlier, later = f.spans[0], f.spans[1]
        rows.append({"later paragraph": _paragraph(document, later.start),
                     "restates paragraph": _paragraph(document, earlier.start),
                     "similarity": f.data.get("similarity"), "later": " ".join(later.text.split()),
                     "earlier": " ".join(earlier.text.split())})
    columns = ["later paragraph", "restates paragraph", "similarity", "later", "earlier"]
    return as_table(pd.DataFrame(rows, columns=columns), "restatements", empty="No passage restates another.")


def background_table(ledger, document_id: str | None = None) -> Table:
    """The sentences recorded as background (read, not evidence), with the analyst's reason for each."""
    rows = []
    for b in ledger.background:
        if document_id is None or b.document == document_id:
            document = ledger.documents[b.document]
            rows.append({"paragraph": _paragraph(document, b.start), "text": b.quote, "reason": b.reason})
    return as_table(pd.DataFrame(rows, columns=["paragraph", "text", "reason"]), "background",
                 empty="No sentence is recorded as background.")
