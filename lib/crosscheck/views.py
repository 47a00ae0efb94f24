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
