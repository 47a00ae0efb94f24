"""One claim as a memo block: what is published, the derived status and why, the passages with the quotes
marked, each party's account, the analyst's note and what would change it. Every text is escaped."""
from __future__ import annotations

import datetime as dt

from ..document import Document
from ..export import claim_slug, published
from ..status import CREDIBILITY
from .claims import party_accounts
from .html import Html, escape, status_badge


def locate(document: Document | str, quote: str, occurrence: int = 0) -> tuple[int, int]:
    """The offsets ``(start, end)`` of the ``occurrence``-th appearance of ``quote`` in the document.

    ``text[start:end] == quote`` holds exactly. Raises ValueError when the quote stands there fewer than
    ``occurrence + 1`` times.
    """
    text = document.text if isinstance(document, Document) else document
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(quote, at + 1)
        if at == -1 or not quote:
            raise ValueError(f"quote {quote[:60]!r} does not stand {occurrence + 1} time(s) in the text")
    return at, at + len(quote)


def highlight(document: Document, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """``document.text[start:end]`` escaped, with the parts inside ``spans`` wrapped in <mark>."""
    cuts = {start, end}
    for s, e in spans:
        if s < end and start < e:
            cuts.update((max(s, start), min(e, end)))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        piece = escape(document.text[a:b])
        out.append(f"<mark>{piece}</mark>" if any(s <= a and b <= e for s, e in spans) else piece)
    return "".join(out)


def passages_html(ledger, claim_id: str) -> Html:
    """The paragraphs holding a claim's evidence, numbered, with the quotes marked."""
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for item in ledger.claims[claim_id].evidence:
        by_doc.setdefault(item.document, []).append((item.statement.start, item.statement.end))
    parts = []
    for doc_id, spans in by_doc.items():
        document = ledger.documents[doc_id]
        numbers = sorted({n for n in (document.paragraph_of(s) for s, _ in spans) if n is not None})
        for n in numbers:
            p = document.paragraphs[n]
            parts.append(f'<blockquote class="passage"><small>{escape(doc_id)} \u00b6{n + 1}</small><br>'
                         f"{highlight(document, spans, p.start, p.end)}</blockquote>")
    return Html("\n".join(parts), f"{len(parts)} passage(s) for {claim_id}")


def published_html(ledger, claim_id: str, as_of: dt.date | None = None) -> str:
    """What is published for a claim: the desk's latest verdict with who, when and why, or the derived status
    marked as not yet reviewed."""
    rating = published(ledger, claim_id, as_of)
    v = rating.verdict
    if v is None:
        return (f'<p class="cc-published">Published rating: {status_badge(rating.status)} '
                f"<b>not yet reviewed</b> by the desk: the status derived from the evidence.</p>")
    differs = " (it differs from the derived status)" if v.status != rating.derived.status else ""
    return (f'<p class="cc-published">Desk verdict: {status_badge(v.status)}{escape(differs)}, '
            f"{escape(v.analyst)}, {escape(v.time[:10])}: {escape(v.reason)}</p>")


def claim_memo(ledger, claim_id: str, as_of: dt.date | None = None, *, text: bool = True) -> Html:
    """A claim as an analyst's memo block (no heading of its own: the memo's heading names the claim).
    ``text=False`` leaves out the claim's text (a page whose heading is the text)."""
    claim = ledger.claims[claim_id]
    rating = published(ledger, claim_id, as_of)
    a, alone = rating.derived, rating.article_only
    outside = bool(ledger.outside_evidence(claim_id))
    parts = [
        f'<div class="claim-memo" id="claim-{claim_slug(claim_id)}">',
        f'<p class="cc-claim-text"><b>{escape(claim.text)}</b></p>' if text else "",
        published_html(ledger, claim_id, as_of),
        f"<p>Derived status: {status_badge(a.status)} credibility {a.credibility} "
        f"({escape(CREDIBILITY.get(a.credibility, ''))}). {escape(a.explanation)}</p>",
    ]
    if outside:
        parts.append(f"<p><small>From the article alone: {status_badge(alone.status)} {escape(alone.explanation)}"
                     "</small></p>")
    if claim.depends_on:
        parts.append(f"<p><small>Depends on: {escape(', '.join(claim.depends_on))}</small></p>")
    parts += [str(passages_html(ledger, claim_id)), party_accounts(ledger, claim_id, as_of)._repr_html_()]
    if claim.note:
        parts.append(f"<p><b>Analyst's note.</b> {escape(claim.note)}</p>")
    if claim.would_change:
        parts.append(f"<p><b>Would change it.</b> {escape(claim.would_change)}</p>")
    parts.append("</div>")
    return Html("".join(parts), f"{claim_id}: {a.status}" + (f" (desk: {rating.verdict.status})" if rating.verdict else ""))
