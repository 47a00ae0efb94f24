"""pandas tables of the ledger for notebooks, and their styles.

Every styled table escapes its cells as HTML and carries a fixed id, so stored notebook outputs are
deterministic and no text from a source can inject markup.
"""
from __future__ import annotations

import datetime as dt
import html

import pandas as pd
from pandas.io.formats.style import Styler

from .claims import SILENT
from .ledger import Ledger

STATUS_COLOURS = {
    "confirmed": "#1a7f37",
    "unconfirmed": "#9a6700",
    "contested": "#cf222e",
    "inconsistent": "#8250df",
    "unverifiable": "#57606a",
}
STANCE_COLOURS = {
    "asserts": "#b7e4c7",
    "confirms": "#74c69d",
    "qualifies": "#ffe8a3",
    "declines": "#f6d5b8",
    "denies": "#f4a5a5",
    SILENT: "#f0f0f0",
}


class StyledTable(Styler):
    """A pandas Styler whose plain-text form is stable (no memory address), for nbval."""

    def __repr__(self) -> str:
        rows, columns = self.data.shape
        return f"<table: {rows} rows x {columns} columns>"


def styled(frame: pd.DataFrame, uuid: str) -> StyledTable:
    """A styled, escaped view of ``frame`` with a fixed id (deterministic HTML and text)."""
    return StyledTable(frame, uuid=uuid).format(escape="html")


def claims_table(ledger: Ledger, as_of: dt.date | None = None, group: str | None = None) -> pd.DataFrame:
    """One row per claim: its group, text, derived status, grade, explanation and latest verdict."""
    assessments = ledger.assessments(as_of)
    rows = []
    for cid, claim in ledger.claims.items():
        if group is not None and claim.group != group:
            continue
        a = assessments[cid]
        verdict = ledger.latest_verdict(cid)
        rows.append({
            "claim": cid,
            "group": claim.group,
            "text": claim.text,
            "status": a.status,
            "credibility": a.credibility,
            "explanation": a.explanation,
            "verdict": verdict.status if verdict else "",
            "disagreement": bool(verdict and verdict.status != a.status),
        })
    return pd.DataFrame(rows, columns=["claim", "group", "text", "status", "credibility", "explanation",
                                       "verdict", "disagreement"]).set_index("claim")


def evidence_table(ledger: Ledger, claim_id: str | None = None) -> pd.DataFrame:
    """One row per statement bearing on a claim: who, party, how, stance, exact quote and offsets."""
    rows = []
    for cid, claim in ledger.claims.items():
        if claim_id is not None and cid != claim_id:
            continue
        for e in claim.evidence:
            s = e.statement
            rows.append({
                "claim": cid,
                "party": ledger.registry.parties[s.party].name,
                "speaker": ledger.registry.actors[s.speaker].name,
                "kind": s.kind,
                "cue": s.cue,
                "stance": e.stance,
                "quote": s.quote,
                "document": s.document,
                "start": s.start,
                "end": s.end,
            })
    return pd.DataFrame(rows, columns=["claim", "party", "speaker", "kind", "cue", "stance", "quote", "document",
                                       "start", "end"])


def stance_matrix(ledger: Ledger, as_of: dt.date | None = None, parties: list[str] | None = None) -> pd.DataFrame:
    """Claims by parties: each party's stance on each claim (``silent`` where it said nothing)."""
    assessments = ledger.assessments(as_of)
    parties = parties or [p for p in ledger.registry.parties if any(p in a.stances for a in assessments.values())]
    names = {p: ledger.registry.parties[p].name for p in parties}
    data = {cid: {names[p]: assessments[cid].stances.get(p, SILENT) for p in parties} for cid in ledger.claims}
    frame = pd.DataFrame.from_dict(data, orient="index", columns=[names[p] for p in parties])
    frame.index.name = "claim"
    frame["status"] = [assessments[cid].status for cid in frame.index]
    return frame


def style_claims(frame: pd.DataFrame, uuid: str = "claims"):
    """The claims table with coloured status badges; cells escaped."""
    styler = styled(frame, uuid)
    if "status" in frame.columns:
        styler = styler.map(lambda v: f"color: white; background-color: {STATUS_COLOURS.get(v, '#57606a')}; font-weight: bold",
                            subset=["status"])
    return styler.set_properties(**{"text-align": "left", "vertical-align": "top"})


def style_matrix(frame: pd.DataFrame, uuid: str = "matrix"):
    """The stance matrix coloured by stance, with the status column as badges; cells escaped."""
    stance_columns = [c for c in frame.columns if c != "status"]
    styler = styled(frame, uuid)
    styler = styler.map(lambda v: f"background-color: {STANCE_COLOURS.get(v, '#ffffff')}", subset=stance_columns)
    if "status" in frame.columns:
        styler = styler.map(lambda v: f"color: white; background-color: {STATUS_COLOURS.get(v, '#57606a')}; font-weight: bold",
                            subset=["status"])
    return styler.set_properties(**{"text-align": "center"})


def style_evidence(frame: pd.DataFrame, uuid: str = "evidence"):
    """The evidence table coloured by stance; cells escaped."""
    styler = styled(frame, uuid).hide(axis="index")
    if "stance" in frame.columns:
        styler = styler.map(lambda v: f"background-color: {STANCE_COLOURS.get(v, '#ffffff')}", subset=["stance"])
    return styler.set_properties(**{"text-align": "left", "vertical-align": "top"})


def status_badge(status: str) -> str:
    """An HTML badge for a status (escaped)."""
    colour = STATUS_COLOURS.get(status, "#57606a")
    return (f'<span class="status status-{html.escape(status)}" style="background:{colour};color:white;'
            f'padding:1px 6px;border-radius:4px;font-weight:bold">{html.escape(status)}</span>')


def outside_evidence_table(ledger: Ledger, claim_id: str | None = None, as_of: dt.date | None = None) -> pd.DataFrame:
    """One row per outside report's stance on a claim: when, who, whose words, the fact, grade and address.

    Reports that disagree about the same party's words stay as separate rows, side by side.
    """
    rows = []
    for cid in ledger.claims:
        if claim_id is not None and cid != claim_id:
            continue
        for e in ledger.outside_evidence(cid):
            if as_of is not None and e.public_on > as_of:
                continue
            s = e.source
            rows.append({
                "claim": cid,
                "published": s.published.isoformat(),
                "source": s.id,
                "outlet": ledger.registry.parties[s.outlet].name + (f" (via {s.carrier})" if s.carrier else ""),
                "party": ledger.registry.parties[s.party].name,
                "stance": e.stance,
                "fact": s.fact,
                "grade": s.reliability,
                "grade_reason": s.reliability_reason,
                "address": s.address,
            })
    return pd.DataFrame(rows, columns=["claim", "published", "source", "outlet", "party", "stance", "fact", "grade",
                                       "grade_reason", "address"])


def style_outside(frame: pd.DataFrame, uuid: str = "outside"):
    """The outside evidence table coloured by stance; cells escaped (addresses shown as text, not links)."""
    return style_evidence(frame, uuid=uuid)


def status_by_day(ledger: Ledger, start: dt.date, end: dt.date, claims: list[str] | None = None) -> pd.DataFrame:
    """Claims by days: each claim's status on each day from ``start`` to ``end`` (column names YYYY-MM-DD)."""
    history = ledger.status_history(start, end)
    chosen = claims or list(ledger.claims)
    data = {cid: {entry.date.isoformat(): entry.status for entry in history[cid]} for cid in chosen}
    frame = pd.DataFrame.from_dict(data, orient="index")
    frame.index.name = "claim"
    return frame


def style_status_by_day(frame: pd.DataFrame, uuid: str = "status-by-day"):
    """The status-by-day frame as coloured cells, one colour per status; cells escaped."""
    styler = styled(frame, uuid)
    styler = styler.map(lambda v: f"color: white; background-color: {STATUS_COLOURS.get(v, '#57606a')}; "
                                  "font-size: 85%")
    return styler.set_properties(**{"text-align": "center"})


def status_changes(ledger: Ledger, start: dt.date, end: dt.date, claims: list[str] | None = None) -> pd.DataFrame:
    """One row per change of a claim's status or grade between ``start`` and ``end``, with what caused it."""
    history = ledger.status_history(start, end)
    rows = []
    for cid in claims or list(ledger.claims):
        previous = None
        for entry in history[cid]:
            if entry.changed:
                rows.append({
                    "claim": cid,
                    "date": entry.date.isoformat(),
                    "from": f"{previous.status} ({previous.credibility})" if previous else "",
                    "to": f"{entry.status} ({entry.credibility})",
                    "caused_by": ", ".join(entry.caused_by),
                    "explanation": entry.explanation,
                })
            previous = entry
    return pd.DataFrame(rows, columns=["claim", "date", "from", "to", "caused_by", "explanation"])


def status_by_day_svg(frame: pd.DataFrame, cell: int = 22, label_width: int = 260) -> str:
    """The status-by-day frame as a small deterministic SVG grid (claims by days, coloured by status)."""
    days = [str(c) for c in frame.columns]
    header = 40
    width = label_width + cell * len(days) + 10
    height = header + cell * len(frame.index) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'font-family="sans-serif" font-size="11" role="img" aria-label="claim status by day">']
    for j, day in enumerate(days):
        x = label_width + j * cell + cell // 2
        parts.append(f'<text x="{x}" y="{header - 6}" text-anchor="end" transform="rotate(-45 {x} {header - 6})">'
                     f'{html.escape(day[5:])}</text>')
    for i, cid in enumerate(frame.index):
        y = header + i * cell
        parts.append(f'<text x="{label_width - 6}" y="{y + cell * 0.7:.1f}" text-anchor="end">{html.escape(str(cid))}</text>')
        for j, day in enumerate(frame.columns):
            status = str(frame.loc[cid, day])
            parts.append(f'<rect x="{label_width + j * cell}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                         f'fill="{STATUS_COLOURS.get(status, "#57606a")}"><title>{html.escape(str(cid))} '
                         f'{html.escape(str(day))}: {html.escape(status)}</title></rect>')
    x = 10
    legend_y = header + cell * len(frame.index) + 12
    for status, colour in STATUS_COLOURS.items():
        parts.append(f'<rect x="{x}" y="{legend_y}" width="10" height="10" fill="{colour}"/>'
                     f'<text x="{x + 14}" y="{legend_y + 9}">{status}</text>')
        x += 100
    parts.append("</svg>")
    return "\n".join(parts)
