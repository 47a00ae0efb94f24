"""Small helpers that the memo notebooks call: passages, a claim's cross-check, party differences,
a timeline drawn as deterministic SVG, and summaries.

Everything returns plain data, pandas frames or escaped HTML strings; nothing here writes to the
ledger. Notebooks only call these functions (and crosscheck.views), so the logic is tested here.
"""
from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass

from .document import Document


def locate(document: Document | str, quote: str, occurrence: int = 0) -> tuple[int, int]:
    """The offsets ``(start, end)`` of the ``occurrence``-th appearance of ``quote`` in the document.

    ``text[start:end] == quote`` holds exactly. Raises ValueError when the quote stands there fewer
    than ``occurrence + 1`` times.
    """
    text = document.text if isinstance(document, Document) else document
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(quote, at + 1)
        if at == -1 or not quote:
            raise ValueError(f"quote {quote[:60]!r} does not stand {occurrence + 1} time(s) in the text")
    return at, at + len(quote)


# ------------------------------------------------------------------------------------------------
# Small HTML values: shown as HTML in a notebook, as short text elsewhere


class Html(str):
    """An HTML fragment (already escaped where it holds source text) with a short plain-text form."""

    def __new__(cls, markup: str, plain: str = ""):
        obj = super().__new__(cls, markup)
        obj.plain = plain or "(HTML)"
        return obj

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return self.plain


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# ------------------------------------------------------------------------------------------------
# Statuses and the article


def article_claims(ledger, document_id: str | None = None) -> list[str]:
    """Ids of the claims with evidence quoted from a document (any document when None), in ledger order."""
    return [cid for cid, claim in ledger.claims.items()
            if any(document_id is None or e.document == document_id for e in claim.evidence)]


def statuses(ledger, group: str | None = None, as_of: dt.date | None = None, *,
             document: str | None = None, article_only: bool = False) -> dict[str, str]:
    """``{claim id: derived status}`` for every claim (or one group's), in ledger order.

    ``document`` keeps only the claims quoting that document; ``article_only`` derives the statuses
    from the articles' evidence alone, leaving outside reports out.
    """
    assessments = ledger.assessments(as_of, outside=not article_only)
    keep = set(article_claims(ledger, document)) if document else set(ledger.claims)
    return {cid: assessments[cid].status for cid, claim in ledger.claims.items()
            if (group is None or claim.group == group) and cid in keep}


def groups(ledger) -> list[str]:
    """The claim groups in order of first appearance."""
    return list(dict.fromkeys(claim.group for claim in ledger.claims.values()))


def metadata_table(document: Document):
    """The document's metadata, one row per field (None fields left out), with its hash."""
    import pandas as pd

    rows = [(key, str(value)) for key, value in document.metadata.items() if value is not None]
    rows.append(("sha256", document.sha256))
    rows.append(("paragraphs", str(len(document.paragraphs))))
    rows.append(("body sentences", str(len(document.sentences))))
    return pd.DataFrame(rows, columns=["field", "value"]).set_index("field")


def findings_table(ledger, document_id: str, kinds=None, severities=None):
    """The consistency findings on a document: kind, severity, the text they point at, the message."""
    import pandas as pd

    rows = []
    for f in ledger.findings.get(document_id, []):
        if kinds is not None and f.kind not in kinds:
            continue
        if severities is not None and f.severity not in severities:
            continue
        rows.append({
            "kind": f.kind,
            "severity": f.severity,
            "at": f"{f.spans[0].start}-{f.spans[0].end}" if f.spans else "",
            "text": _short(f.spans[0].text, 60) if f.spans else "",
            "message": " ".join(f.message.split()),
        })
    return pd.DataFrame(rows, columns=["kind", "severity", "at", "text", "message"])


def paragraphs_table(document: Document):
    """The body's paragraphs, numbered from 1, with offsets and (shortened) text."""
    import pandas as pd

    rows = [{"paragraph": i + 1, "start": p.start, "end": p.end, "text": _short(p.text, 110)}
            for i, p in enumerate(document.paragraphs)]
    return pd.DataFrame(rows, columns=["paragraph", "start", "end", "text"]).set_index("paragraph")


def statements_table(ledger, document_id: str):
    """Every distinct statement in the ledger's evidence for a document, in text order.

    A statement (same span and speaker) bearing on several claims is one row listing them all.
    """
    import pandas as pd

    found: dict[tuple[int, int, str], dict] = {}
    document = ledger.documents[document_id]
    for cid, claim in ledger.claims.items():
        for item in claim.evidence:
            s = item.statement
            if s.document != document_id:
                continue
            key = (s.start, s.end, s.speaker)
            row = found.setdefault(key, {
                "paragraph": (document.paragraph_of(s.start) or 0) + 1,
                "speaker": ledger.registry.actors[s.speaker].name,
                "party": ledger.registry.parties[s.party].name,
                "kind": s.kind,
                "cue": s.cue,
                "said_on": s.said_on.isoformat() if s.said_on else "",
                "quote": _short(s.quote, 90),
                "claims": [],
            })
            row["claims"].append(f"{cid} ({item.stance})")
    rows = [{**row, "claims": "; ".join(row["claims"])} for _, row in sorted(found.items())]
    return pd.DataFrame(rows, columns=["paragraph", "speaker", "party", "kind", "cue", "said_on", "quote", "claims"])


def restatements(ledger, document_id: str):
    """Passages that restate an earlier one (near-duplicate findings), with paragraph numbers."""
    import pandas as pd

    document = ledger.documents[document_id]
    rows = []
    for f in ledger.findings.get(document_id, []):
        if f.kind != "near-duplicate" or len(f.spans) < 2:
            continue
        earlier, later = f.spans[0], f.spans[1]
        rows.append({
            "later paragraph": (document.paragraph_of(later.start) or 0) + 1,
            "restates paragraph": (document.paragraph_of(earlier.start) or 0) + 1,
            "similarity": f.data.get("similarity"),
            "later": _short(later.text, 80),
            "earlier": _short(earlier.text, 80),
        })
    return pd.DataFrame(rows, columns=["later paragraph", "restates paragraph", "similarity", "later", "earlier"])


# ------------------------------------------------------------------------------------------------
# One claim: its passages, the parties' accounts, its status


def highlight(document: Document, spans: list[tuple[int, int]], start: int, end: int) -> str:
    """``document.text[start:end]`` escaped, with the parts inside ``spans`` wrapped in <mark>."""
    cuts = {start, end}
    for s, e in spans:
        if s < end and start < e:
            cuts.update((max(s, start), min(e, end)))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:]):
        piece = _e(document.text[a:b])
        inside = any(s <= a and b <= e for s, e in spans)
        out.append(f"<mark>{piece}</mark>" if inside else piece)
    return "".join(out)


def passages_html(ledger, claim_id: str) -> Html:
    """The paragraphs holding a claim's evidence, numbered, with the quotes marked (escaped)."""
    claim = ledger.claims[claim_id]
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for item in claim.evidence:
        by_doc.setdefault(item.document, []).append((item.statement.start, item.statement.end))
    parts = []
    for doc_id, spans in by_doc.items():
        document = ledger.documents[doc_id]
        numbers = sorted({document.paragraph_of(s) for s, _ in spans if document.paragraph_of(s) is not None})
        for n in numbers:
            p = document.paragraphs[n]
            parts.append(f'<blockquote class="passage"><small>{_e(doc_id)} \u00b6{n + 1}</small><br>'
                         f"{highlight(document, spans, p.start, p.end)}</blockquote>")
    return Html("\n".join(parts), f"{len(parts)} passage(s) for {claim_id}")


def party_accounts(ledger, claim_id: str, as_of: dt.date | None = None):
    """One row per statement on a claim, grouped by party, plus a row for each silent main party."""
    import pandas as pd

    claim = ledger.claims[claim_id]
    assessment = ledger.assessments(as_of)[claim_id]
    rows = []
    for party, stance in assessment.stances.items():
        items = [e for e in claim.evidence if e.party == party]
        outside = [e for e in _outside(ledger, claim_id) if e.party == party
                   and (as_of is None or e.public_on <= as_of)]
        name = ledger.registry.parties[party].name
        if not items and not outside:
            rows.append({"party": name, "party stance": stance, "speaker": "", "kind": "", "cue": "", "said_on": "",
                         "stance": "", "quote": "", "note": ""})
        for e in items:
            s = e.statement
            rows.append({"party": name, "party stance": stance, "speaker": ledger.registry.actors[s.speaker].name,
                         "kind": s.kind, "cue": s.cue, "said_on": s.said_on.isoformat() if s.said_on else "",
                         "stance": e.stance, "quote": s.quote, "note": e.note})
        for e in outside:
            src = e.source
            outlet = ledger.registry.parties[src.outlet].name if src.outlet in ledger.registry.parties else src.outlet
            speaker = ledger.registry.actors[src.speaker].name if src.speaker in ledger.registry.actors else ""
            rows.append({"party": name, "party stance": stance, "speaker": speaker, "kind": f"outside: {outlet}",
                         "cue": src.id, "said_on": src.published.isoformat(), "stance": e.stance,
                         "quote": src.fact, "note": src.note})
    return pd.DataFrame(rows, columns=["party", "party stance", "speaker", "kind", "cue", "said_on", "stance", "quote",
                                       "note"])


def _outside(ledger, claim_id: str) -> list:
    """Outside evidence on a claim, when the ledger records any (ledger/sources.yaml)."""
    getter = getattr(ledger, "outside_evidence", None)
    return list(getter(claim_id)) if getter else []


def claim_memo(ledger, claim_id: str, as_of: dt.date | None = None) -> Html:
    """A claim as an analyst's memo block: status, explanation, passages, each party's account,
    the analyst's note and what would change the status. All source text is escaped."""
    from .views import STANCE_COLOURS, status_badge

    claim = ledger.claims[claim_id]
    a = ledger.assessments(as_of)[claim_id]
    alone = ledger.assessments(as_of, outside=False)[claim_id]
    rows = []
    for _, row in party_accounts(ledger, claim_id, as_of).iterrows():
        colour = STANCE_COLOURS.get(row["stance"] or row["party stance"], "#ffffff")
        how = ", ".join(x for x in (row["kind"], f'cue "{row["cue"]}"' if row["cue"] else "",
                                     f'said {row["said_on"]}' if row["said_on"] else "") if x)
        rows.append(
            f'<tr><td>{_e(row["party"])}</td><td>{_e(row["speaker"])}<br><small>{_e(how)}</small></td>'
            f'<td style="background:{colour}">{_e(row["stance"] or row["party stance"])}</td>'
            f'<td>{_e(row["quote"])}' + (f'<br><small><i>{_e(row["note"])}</i></small>' if row["note"] else "")
            + "</td></tr>")
    deps = ", ".join(claim.depends_on)
    markup = (
        f'<div class="claim-memo" id="claim-{_e(claim_id)}">'
        f"<h4>{_e(claim_id)}</h4><p><b>{_e(claim.text)}</b></p>"
        f"<p>{status_badge(a.status)} credibility {a.credibility}. {_e(a.explanation)}</p>"
        + (f"<p><small>From the article alone: {status_badge(alone.status)} {_e(alone.explanation)}</small></p>"
           if _outside(ledger, claim_id) else "")
        + (f"<p><small>Depends on: {_e(deps)}</small></p>" if deps else "")
        + str(passages_html(ledger, claim_id))
        + '<table class="accounts"><thead><tr><th>party</th><th>who, how, when</th><th>stance</th>'
          "<th>words</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
        + f"<p><b>Analyst's note.</b> {_e(claim.note)}</p>"
        + f"<p><b>Would change it.</b> {_e(claim.would_change)}</p></div>"
    )
    return Html(markup, f"{claim_id}: {a.status}")


# ------------------------------------------------------------------------------------------------
# Across claims: where the parties differ, what an editor reads first


def differences(ledger, as_of: dt.date | None = None, group: str | None = None):
    """Every pair of speaking parties whose stances on a claim differ, with the analyst's note."""
    import pandas as pd

    from .claims import SILENT

    names = {p: party.name for p, party in ledger.registry.parties.items()}
    assessments = ledger.assessments(as_of)
    rows = []
    for cid, claim in ledger.claims.items():
        if group is not None and claim.group != group:
            continue
        spoke = [(p, s) for p, s in assessments[cid].stances.items() if s != SILENT]
        for i, (p, sp) in enumerate(spoke):
            for q, sq in spoke[i + 1:]:
                if sp != sq and not {sp, sq} <= {"asserts", "confirms"}:
                    rows.append({"claim": cid, "party A": names[p], "stance A": sp, "party B": names[q],
                                 "stance B": sq, "status": assessments[cid].status, "note": claim.note})
    return pd.DataFrame(rows, columns=["claim", "party A", "stance A", "party B", "stance B", "status", "note"])


def status_counts(ledger, as_of: dt.date | None = None):
    """How many claims have each status (every status listed, zero included)."""
    import pandas as pd

    from .status import STATUSES

    found = statuses(ledger, as_of=as_of)
    rows = [{"status": s, "claims": sum(1 for v in found.values() if v == s), "meaning": meaning}
            for s, meaning in STATUSES.items()]
    return pd.DataFrame(rows, columns=["status", "claims", "meaning"]).set_index("status")


def claims_with_status(ledger, wanted, as_of: dt.date | None = None):
    """The claims whose status is in ``wanted``: id, text, status and explanation."""
    import pandas as pd

    wanted = {wanted} if isinstance(wanted, str) else set(wanted)
    assessments = ledger.assessments(as_of)
    rows = [{"claim": cid, "text": c.text, "status": assessments[cid].status, "explanation": assessments[cid].explanation}
            for cid, c in ledger.claims.items() if assessments[cid].status in wanted]
    return pd.DataFrame(rows, columns=["claim", "text", "status", "explanation"]).set_index("claim")


def open_questions(ledger, as_of: dt.date | None = None):
    """For each claim not confirmed: what evidence would change its status."""
    import pandas as pd

    assessments = ledger.assessments(as_of)
    rows = [{"claim": cid, "status": assessments[cid].status, "would change it": c.would_change}
            for cid, c in ledger.claims.items() if assessments[cid].status != "confirmed"]
    return pd.DataFrame(rows, columns=["claim", "status", "would change it"]).set_index("claim")


# ------------------------------------------------------------------------------------------------
# The timeline


@dataclass(frozen=True)
class Event:
    """Something the article dates: a day (start == end) or a span of days."""

    start: dt.date
    end: dt.date
    label: str
    kind: str  # "published", "said", "mentioned"
    source: str = ""


def timeline_events(ledger, document_id: str) -> list[Event]:
    """Every dated event in a document: its publication, the days statements were made (said_on),
    and each relative date in the body resolved by the relative-date check. Sorted by date."""
    document = ledger.documents[document_id]
    events: list[Event] = []
    if document.published:
        day = document.published.date()
        raw = document.metadata.get("published_raw") or day.isoformat()
        events.append(Event(day, day, f"{document.metadata.get('outlet') or document_id} publishes the article ({raw})",
                            "published", "header"))
    said: dict[tuple[dt.date, str], int] = {}
    for claim in ledger.claims.values():
        seen = set()
        for item in claim.evidence:
            s = item.statement
            if s.document == document_id and s.said_on and (s.start, s.end, s.speaker) not in seen:
                seen.add((s.start, s.end, s.speaker))
                said.setdefault((s.said_on, s.speaker), 0)
    for (day, speaker) in said:
        actor = ledger.registry.actors[speaker]
        events.append(Event(day, day, f"{actor.name} speaks", "said", "ledger said_on"))
    for f in ledger.findings.get(document_id, []):
        if f.kind != "relative-date" or not f.spans or f.spans[0].start < document.body_start:
            continue
        resolved = f.data.get("resolved")
        if isinstance(resolved, dict):
            start, end = dt.date.fromisoformat(resolved["start"]), dt.date.fromisoformat(resolved["end"])
        elif isinstance(resolved, str):
            start = end = dt.date.fromisoformat(resolved)
        else:
            continue
        paragraph = (document.paragraph_of(f.spans[0].start) or 0) + 1
        context = _context(document, f.spans[0].start, f.spans[0].end)
        events.append(Event(start, end, f'\u00b6{paragraph} "{f.spans[0].text}": {context}', "mentioned",
                            "relative-date check"))
    for f in ledger.findings.get(document_id, []):
        if f.kind == "duration-end-mismatch" and f.severity == "error" and f.data.get("end"):
            end = dt.date.fromisoformat(f.data["end"])
            days = f.data.get("duration_days")
            if isinstance(days, int):
                start = end - dt.timedelta(days=days)
                paragraph = (document.paragraph_of(f.spans[0].start) or 0) + 1 if f.spans else 0
                events.append(Event(start, end, f'\u00b6{paragraph} "{f.data.get("expression", "")}" would need a start on '
                                    f"{start.isoformat()}", "mentioned",
                                    "duration-end check"))
    unique = list(dict.fromkeys(events))
    return sorted(unique, key=lambda e: (e.start, e.end, {"published": 1, "said": 0, "mentioned": 2}[e.kind], e.label))


def _context(document: Document, start: int, end: int, width: int = 48) -> str:
    """A few words before an expression, from its sentence (for a timeline label)."""
    for sentence in document.sentences:
        if sentence.start <= start < sentence.end:
            before = document.text[max(sentence.start, start - width):start].strip()
            cut = before.find(" ") if start - width > sentence.start else -1
            return ("\u2026" + before[cut + 1:]) if cut >= 0 else before
    return ""


def timeline_events_table(events: list[Event]):
    import pandas as pd

    rows = [{"from": e.start.isoformat(), "to": e.end.isoformat(), "weekday": e.start.strftime("%A"), "kind": e.kind,
             "event": e.label, "source": e.source} for e in events]
    return pd.DataFrame(rows, columns=["from", "to", "weekday", "kind", "event", "source"])


_KIND_COLOURS = {"published": "#0969da", "said": "#1a7f37", "mentioned": "#9a6700"}


def timeline_svg(events: list[Event], width: int = 900, row: int = 22, label_width: int = 520,
                 title: str = "Timeline") -> Html:
    """The events on a day axis as an inline SVG: deterministic (no ids, no clock), every text escaped.

    Each event is a row: a dot for a day, a bar for a span of days, with its label to the right.
    """
    if not events:
        return Html('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" role="img"></svg>', "empty timeline")
    first = min(e.start for e in events) - dt.timedelta(days=1)
    last = max(e.end for e in events) + dt.timedelta(days=1)
    days = (last - first).days
    left, top = 10, 52
    axis_width = width - label_width - left - 10
    step = axis_width / max(days, 1)
    x = lambda d: left + (d - first).days * step + step / 2  # noqa: E731
    height = top + row * len(events) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="crosscheck-timeline" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}" font-family="sans-serif" font-size="11">',
        f"<title>{_e(title)}</title>",
    ]
    for i in range(days + 1):
        day = first + dt.timedelta(days=i)
        cx = x(day)
        parts.append(f'<line x1="{cx:.1f}" y1="{top - 6}" x2="{cx:.1f}" y2="{height - 6}" stroke="#d0d7de" '
                     f'stroke-width="1"/>')
        if i == 0 or day.day == 1:
            parts.append(f'<text x="{cx:.1f}" y="{top - 32}" fill="#24292f" font-weight="bold">'
                         f'{_e(day.strftime("%B %Y"))}</text>')
        parts.append(f'<text x="{cx:.1f}" y="{top - 20}" text-anchor="middle" fill="#57606a" font-size="9">'
                     f'{_e(day.strftime("%a")[:2])}</text>')
        parts.append(f'<text x="{cx:.1f}" y="{top - 9}" text-anchor="middle" fill="#24292f">{day.day}</text>')
    for n, e in enumerate(events):
        y = top + row * n + row / 2
        colour = _KIND_COLOURS.get(e.kind, "#57606a")
        if e.start == e.end:
            parts.append(f'<circle cx="{x(e.start):.1f}" cy="{y:.1f}" r="5" fill="{colour}"/>')
        else:
            parts.append(f'<rect x="{x(e.start) - 4:.1f}" y="{y - 4:.1f}" width="{x(e.end) - x(e.start) + 8:.1f}" '
                         f'height="8" rx="4" fill="{colour}" opacity="0.6"/>')
        span = e.start.isoformat() if e.start == e.end else f"{e.start.isoformat()} to {e.end.isoformat()}"
        parts.append(f'<text x="{left + axis_width + 10}" y="{y + 4:.1f}" fill="#24292f">'
                     f"<tspan font-weight=\"bold\">{_e(span)}</tspan> {_e(_short(e.label, 56))}</text>")
    parts.append("</svg>")
    return Html("".join(parts), f"timeline of {len(events)} event(s), {first.isoformat()} to {last.isoformat()}")
