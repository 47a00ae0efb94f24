"""The whole ledger as JSON, CSV or schema.org ClaimReview JSON-LD.

All three are deterministic: the same ledger gives byte-identical output.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from .ledger import Ledger
from .status import Assessment

FORMATS = ("json", "csv", "claimreview")


def history_span(ledger: Ledger, as_of: dt.date | None = None) -> tuple[dt.date, dt.date] | None:
    """The days a claim's ``status_history`` covers: first to last evidence date, ending at ``as_of`` if earlier."""
    span = ledger.evidence_span()
    if span is None:
        return None
    start, end = span
    if as_of is not None:
        end = min(end, as_of)
    return (start, end) if start <= end else None


def ledger_to_dict(ledger: Ledger, as_of: dt.date | None = None) -> dict[str, Any]:
    """``{"documents", "claims", "background", "sources"}``: every claim with its status, evidence and history.

    Each claim carries ``outside_evidence`` (reports from ledger/sources.yaml public by ``as_of``) and
    ``status_history``: its status on each day from the first to the last evidence date, with the
    evidence that caused each change.
    """
    assessments = ledger.assessments(as_of)
    span = history_span(ledger, as_of)
    history = ledger.status_history(*span) if span else {}
    return {
        "as_of": as_of.isoformat() if as_of else None,
        "history_span": [d.isoformat() for d in span] if span else None,
        "documents": [_document(ledger, doc_id) for doc_id in ledger.documents],
        "claims": [_claim(ledger, cid, assessments[cid], history.get(cid, []), as_of) for cid in ledger.claims],
        "background": [
            {"document": b.document, "start": b.start, "end": b.end, "quote": b.quote, "reason": b.reason}
            for b in ledger.background
        ],
        "sources": [s.to_dict() for s in ledger.sources.values() if as_of is None or s.published <= as_of],
    }


def _document(ledger: Ledger, doc_id: str) -> dict[str, Any]:
    document = ledger.documents[doc_id]
    return {
        "id": doc_id,
        "path": document.path.relative_to(ledger.root).as_posix() if document.path.is_absolute() else document.path.as_posix(),
        "sha256": document.sha256,
        "metadata": {k: v for k, v in document.metadata.items() if v is not None},
    }


def _claim(ledger: Ledger, claim_id: str, assessment: Assessment, history=(), as_of: dt.date | None = None) -> dict[str, Any]:
    claim = ledger.claims[claim_id]
    return {
        "id": claim.id,
        "text": claim.text,
        "group": claim.group,
        "status": assessment.status,
        "credibility": assessment.credibility,
        "explanation": assessment.explanation,
        "stances": assessment.stances,
        "depends_on": list(claim.depends_on),
        "draft": claim.draft,
        "note": claim.note,
        "would_change": claim.would_change,
        "findings": [f.to_dict() for f in assessment.findings],
        "evidence": [item.to_dict() for item in claim.evidence],
        "outside_evidence": [item.to_dict() for item in ledger.outside_evidence(claim_id)
                             if as_of is None or item.public_on <= as_of],
        "conflicting": list(assessment.conflicting),
        "status_history": [{k: v for k, v in entry.to_dict().items() if k != "explanation"} for entry in history],
        "verdicts": [{k: getattr(v, k) for k in ("claim", "status", "analyst", "time", "reason")}
                     for v in ledger.history(claim_id)],
    }


def to_json(ledger: Ledger, as_of: dt.date | None = None) -> str:
    return json.dumps(ledger_to_dict(ledger, as_of), ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ("claim", "claim_text", "status", "credibility", "document", "party", "speaker", "stance",
               "kind", "cue", "quote", "start", "end")


def to_csv(ledger: Ledger, as_of: dt.date | None = None) -> str:
    """One row per piece of evidence, with its claim's status repeated."""
    assessments = ledger.assessments(as_of)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for cid, claim in ledger.claims.items():
        a = assessments[cid]
        for e in claim.evidence or ():
            s = e.statement
            writer.writerow([cid, claim.text, a.status, a.credibility, s.document, s.party, s.speaker, e.stance,
                             s.kind, s.cue, s.quote, s.start, s.end])
        if not claim.evidence:
            writer.writerow([cid, claim.text, a.status, a.credibility] + [""] * 9)
    return out.getvalue()


def claim_review(ledger: Ledger, claim_id: str, assessment: Assessment) -> dict[str, Any]:
    """One claim as a schema.org ClaimReview: who made the claim, where it appeared, the rating."""
    claim = ledger.claims[claim_id]
    first = next((e for e in claim.evidence if e.stance == "asserts"), claim.evidence[0] if claim.evidence else None)
    item: dict[str, Any] = {"@type": "Claim"}
    if first is not None:
        actor = ledger.registry.actors[first.speaker]
        item["author"] = {"@type": "Person" if ledger.registry.parties[actor.party].kind != "outlet" else "Organization",
                          "name": actor.name, "jobTitle": actor.role or None}
        item["author"] = {k: v for k, v in item["author"].items() if v}
        document = ledger.documents[first.document]
        appearance = {"@type": "NewsArticle", "headline": document.title}
        if document.metadata.get("outlet"):
            appearance["publisher"] = {"@type": "Organization", "name": document.metadata["outlet"]}
        if document.metadata.get("published"):
            appearance["datePublished"] = document.metadata["published"]
        if document.metadata.get("url"):
            appearance["url"] = document.metadata["url"]
        item["appearance"] = appearance
        if first.statement.said_on or first.public_on:
            item["datePublished"] = (first.statement.said_on or first.public_on).isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": claim.text,
        "author": {"@type": "Organization", "name": "crosscheck"},
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", **assessment.rating},
        "reviewBody": assessment.explanation,
    }


def to_claimreview(ledger: Ledger, as_of: dt.date | None = None) -> str:
    assessments = ledger.assessments(as_of)
    reviews = [claim_review(ledger, cid, assessments[cid]) for cid in ledger.claims]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def export(ledger: Ledger, fmt: str, as_of: dt.date | None = None) -> str:
    """The ledger in one of FORMATS."""
    return {"json": to_json, "csv": to_csv, "claimreview": to_claimreview}[fmt](ledger, as_of)


def jsonld_script(data: Any) -> str:
    """A ``<script type="application/ld+json">`` block that text inside ``data`` cannot close early."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/ld+json">\n{text}\n</script>'
