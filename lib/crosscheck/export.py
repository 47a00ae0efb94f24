"""The whole ledger as JSON, CSV or schema.org ClaimReview JSON-LD, and what is published for each claim.

All three are deterministic: the same ledger gives byte-identical output. What is published (``published``)
is the desk's latest verdict where there is one, the derived status beside it as supporting text; with no
verdict, the derived status, marked as not yet reviewed. ClaimReviews follow Google's fact-check guidance:
https://developers.google.com/search/docs/appearance/structured-data/factcheck
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import re
from dataclasses import dataclass
from typing import Any

from .errors import CrosscheckError
from .ledger import Ledger
from .status import Assessment
from .verdicts import Verdict

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
    rating = published(ledger, claim_id, as_of)
    return {
        "id": claim.id,
        "text": claim.text,
        "summary": claim.summary or None,
        "group": claim.group,
        "status": assessment.status,
        "article_only_status": rating.article_only.status,
        "verdict": rating.verdict.status if rating.verdict else None,
        "published": rating.to_dict(),
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
    """One row per piece of evidence, with its claim's status repeated.

    A text cell opening with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading ``'``, the
    spreadsheet convention for "text, not a formula": a claim or quote drafted from a hostile article
    (``=HYPERLINK(...)``) must not run when an editor opens the file.
    """
    assessments = ledger.assessments(as_of)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for cid, claim in ledger.claims.items():
        a = assessments[cid]
        for e in claim.evidence or ():
            s = e.statement
            writer.writerow(_cells([cid, claim.text, a.status, a.credibility, s.document, s.party, s.speaker,
                                    e.stance, s.kind, s.cue, s.quote, s.start, s.end]))
        if not claim.evidence:
            writer.writerow(_cells([cid, claim.text, a.status, a.credibility] + [""] * 9))
    return out.getvalue()


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cells(row: list) -> list:
    return ["'" + cell if isinstance(cell, str) and cell.startswith(_FORMULA) else cell for cell in row]


#: The published rating, 1 (worst) to 5 (best), one number for each status, so the number alone names it.
#: Documented for readers of the markup (Google asks that a numeric scale be explained): 5 confirmed by
#: independent parties; 4 unconfirmed, resting on one party's word; 3 unverifiable, nothing in the sources can
#: settle it; 2 contested, a party denies it; 1 inconsistent, the claim's own figures or dates do not fit.
REVIEW_RATING = {"confirmed": 5, "unconfirmed": 4, "unverifiable": 3, "contested": 2, "inconsistent": 1}
REVIEWER = {"@type": "Organization", "name": "crosscheck"}
CLAIMS_FOLDER = "claims"
_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,100}$")


@dataclass(frozen=True)
class Published:
    """What the site and the ClaimReview publish for a claim: the desk's latest verdict where there is one
    (recorded by ``as_of``), else the derived status, marked as not yet reviewed."""

    claim: str
    derived: Assessment
    article_only: Assessment
    verdict: Verdict | None
    on: dt.date | None

    @property
    def status(self) -> str:
        return self.verdict.status if self.verdict else self.derived.status

    @property
    def reviewed(self) -> bool:
        return self.verdict is not None

    @property
    def label(self) -> str:
        """The rating as search results show it: the status, with "not yet reviewed" when no analyst has."""
        return self.status if self.reviewed else f"{self.status} (not yet reviewed)"

    @property
    def explanation(self) -> str:
        derived = f"crosscheck's rules derive {self.derived.status}: {self.derived.explanation}"
        if not self.verdict:
            return f"Not yet reviewed by the desk. {derived}"
        v = self.verdict
        return f"Desk verdict {v.status} ({v.analyst}, {v.time[:10]}): {v.reason} Beside it, {derived}"

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "reviewed": self.reviewed, "rating": self.rating["ratingValue"],
                "date": self.on.isoformat() if self.on else None, "explanation": self.explanation}

    @property
    def rating(self) -> dict[str, Any]:
        if self.status not in REVIEW_RATING:
            raise CrosscheckError(f"claim {self.claim!r}: status {self.status!r} has no published rating "
                                  f"(crosscheck.export.REVIEW_RATING knows {', '.join(REVIEW_RATING)})")
        return {"@type": "Rating", "ratingValue": REVIEW_RATING[self.status], "bestRating": 5, "worstRating": 1,
                "name": self.status, "alternateName": self.label, "ratingExplanation": self.explanation}


def published(ledger: Ledger, claim_id: str, as_of: dt.date | None = None) -> Published:
    """The published rating of a claim as of ``as_of`` (verdicts recorded after it do not count)."""
    verdicts = [v for v in ledger.history(claim_id) if as_of is None or v.time[:10] <= as_of.isoformat()]
    verdict = verdicts[-1] if verdicts else None
    derived = ledger.assessments(as_of)[claim_id]
    alone = ledger.assessments(as_of, outside=False)[claim_id]
    if verdict:
        on = dt.date.fromisoformat(verdict.time[:10])
    else:
        days = [e.public_on for e in ledger.evidence_for(claim_id) if e.public_on and (as_of is None or e.public_on <= as_of)]
        on = max(days) if days else as_of
    return Published(claim_id, derived, alone, verdict, on)


def claim_slug(claim_id: str) -> str:
    """A claim's id where it is safe as a file name and an HTML id, else a name derived from its SHA-256."""
    return claim_id if _SAFE_NAME.match(claim_id) else "claim-" + hashlib.sha256(claim_id.encode()).hexdigest()[:16]


def claim_page(claim_id: str) -> str:
    """The site path of a claim's own page (the one page that carries its ClaimReview)."""
    return f"{CLAIMS_FOLDER}/{claim_slug(claim_id)}.html"


def _author(ledger: Ledger, speaker: str | None, party: str) -> dict[str, Any]:
    """Who made a claim: a Person (with the role as jobTitle), or an Organization for a body speaking as itself."""
    actor = ledger.registry.actors.get(speaker) if speaker else None
    if actor is None or actor.id == actor.party or actor.name == ledger.registry.parties[actor.party].name:
        name = actor.name if actor else ledger.registry.parties[party].name
        return {"@type": "Organization", "name": name}
    return {"@type": "Person", "name": actor.name, **({"jobTitle": actor.role} if actor.role else {})}


def _appearances(ledger: Ledger, evidence: list) -> list[dict[str, Any]]:
    """The articles and reports the claim appears in, as NewsArticles with their addresses, first seen first."""
    found: dict[str, dict[str, Any]] = {}
    for item in evidence:
        source = getattr(item, "source", None)
        if source is None:
            document = ledger.documents[item.document]
            meta = document.metadata
            work = {"@type": "NewsArticle", "headline": document.title, "url": meta.get("url"),
                    "datePublished": meta.get("published"),
                    "publisher": {"@type": "Organization", "name": meta["outlet"]} if meta.get("outlet") else None}
            key = "document:" + item.document
        else:
            outlet = ledger.registry.parties.get(source.outlet)
            work = {"@type": "NewsArticle", "url": source.address, "datePublished": source.published.isoformat(),
                    "publisher": {"@type": "Organization", "name": outlet.name if outlet else source.outlet}}
            key = "source:" + source.id
        found.setdefault(key, {k: v for k, v in work.items() if v})
    return list(found.values())


def _first(evidence: list):
    order = {"asserts": 0, "confirms": 1, "qualifies": 2}
    ranked = [e for e in evidence if e.stance in order]
    return min(ranked, key=lambda e: (order[e.stance], _said(e) or dt.date.max)) if ranked else None


def _said(item) -> dt.date | None:
    statement = getattr(item, "statement", None)
    return (statement.said_on if statement is not None and statement.said_on else None) or item.public_on


def claim_item(ledger: Ledger, claim_id: str, as_of: dt.date | None = None) -> dict[str, Any]:
    """The claim as schema.org's Claim: who made it and when, and where it appeared (each with its address)."""
    evidence = [e for e in ledger.evidence_for(claim_id) if as_of is None or e.public_on is None or e.public_on <= as_of]
    first = _first(evidence)
    item: dict[str, Any] = {"@type": "Claim", "name": ledger.claims[claim_id].text}
    if first is None:
        return item
    speaker = getattr(first, "speaker", None) or getattr(getattr(first, "source", None), "speaker", None)
    item["author"] = _author(ledger, speaker, first.party)
    if _said(first):
        item["datePublished"] = _said(first).isoformat()
    supporting = [e for e in evidence if e.stance in ("asserts", "confirms", "qualifies")]
    item["appearance"] = _appearances(ledger, sorted(supporting, key=lambda e: _said(e) or dt.date.max))
    item["firstAppearance"] = _appearances(ledger, [first])[0]
    return item


def claim_review(ledger: Ledger, claim_id: str, as_of: dt.date | None = None, base_url: str | None = None) -> dict[str, Any]:
    """One claim as a schema.org ClaimReview with Google's required and recommended properties: its page's
    address (absolute under ``base_url``, else relative to the site), the date, the reviewer, the claim with its
    author and appearances, and the published rating (see Published)."""
    claim = ledger.claims[claim_id]
    rating = published(ledger, claim_id, as_of)
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "url": (base_url or "") + claim_page(claim_id),
        "claimReviewed": claim.short,
        "author": dict(REVIEWER),
        "itemReviewed": claim_item(ledger, claim_id, as_of),
        "reviewRating": rating.rating,
        "reviewBody": rating.explanation,
    }
    if rating.on:
        review["datePublished"] = rating.on.isoformat()
    return review


def to_claimreview(ledger: Ledger, as_of: dt.date | None = None, base_url: str | None = None) -> str:
    reviews = [claim_review(ledger, cid, as_of, base_url) for cid in ledger.claims]
    return json.dumps(reviews, ensure_ascii=False, indent=2) + "\n"


def export(ledger: Ledger, fmt: str, as_of: dt.date | None = None, base_url: str | None = None) -> str:
    """The ledger in one of FORMATS (``base_url``: the site's address, for ClaimReview ``url``)."""
    if fmt == "claimreview":
        return to_claimreview(ledger, as_of, base_url)
    return {"json": to_json, "csv": to_csv}[fmt](ledger, as_of)


def jsonld_script(data: Any) -> str:
    """A ``<script type="application/ld+json">`` block that text inside ``data`` cannot close early."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/ld+json">\n{text}\n</script>'
