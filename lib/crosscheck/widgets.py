"""The review panel: pick a claim, read its evidence and derived status, record a verdict.

``review_panel(ledger)`` builds the ipywidgets panel. Building it writes nothing: only a click on
"Record verdict" calls ``ledger.record_verdict``. Its static equivalent for pages viewed without widget
JavaScript is ``crosscheck.present.verdict_history(ledger)``. The panel's HTML parts are built with the
presentation layer's escaping and badges.
"""
from __future__ import annotations

from .errors import CrosscheckError
from .present.html import escape as _e
from .present.html import status_badge
from .status import STATUSES

PANEL_CLASS = "crosscheck-review"


def evidence_html(ledger, claim_id: str) -> str:
    """A claim's text, derived status, explanation and evidence, every source text escaped."""
    claim = ledger.claims[claim_id]
    a = ledger.assessments()[claim_id]
    rows = []
    for item in claim.evidence:
        s = item.statement
        rows.append(f"<li><b>{_e(ledger.registry.actors[s.speaker].name)}</b> "
                    f"({_e(ledger.registry.parties[s.party].name)}, {_e(s.kind)}, {_e(item.stance)}): "
                    f"\u201c{_e(s.quote)}\u201d</li>")
    outside = getattr(ledger, "outside_evidence", None)
    for item in (outside(claim_id) if outside else []):
        rows.append(f"<li><b>{_e(item.source.id)}</b> ({_e(item.party)}, outside, {_e(item.stance)}): "
                    f"{_e(item.source.fact)}</li>")
    return (f'<div class="crosscheck-evidence"><p><b>{_e(claim.text)}</b></p>'
            f'<p class="derived">Derived status: {status_badge(a.status)} (credibility {a.credibility}). '
            f"{_e(a.explanation)}</p><ul>{''.join(rows)}</ul></div>")


def history_html(ledger, claim_id: str) -> str:
    """The claim's verdict history, each verdict beside the derived status; disagreements marked."""
    derived = ledger.assessments()[claim_id].status
    history = ledger.history(claim_id)
    if not history:
        return (f'<p class="crosscheck-history">No verdict recorded yet. Derived status: '
                f"{status_badge(derived)}</p>")
    rows = []
    for v in history:
        differs = v.status != derived
        mark = '<b class="disagreement">\u2260 disagrees with derived</b>' if differs else "agrees"
        rows.append(f"<tr><td>{_e(v.time)}</td><td>{_e(v.analyst)}</td><td>{status_badge(v.status)}</td>"
                    f"<td>{status_badge(derived)}</td><td>{mark}</td><td>{_e(v.reason)}</td></tr>")
    return ('<table class="crosscheck-history"><thead><tr><th>time</th><th>analyst</th><th>verdict</th>'
            "<th>derived</th><th>agrees?</th><th>reason</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def review_panel(ledger, claim_id: str | None = None, time: str | None = None):
    """The review panel (an ipywidgets VBox with CSS class ``crosscheck-review``).

    Children, by description: Dropdown "Claim", HTML evidence, Dropdown "Verdict", Text "Analyst",
    Textarea "Reason", Button "Record verdict", HTML message and HTML history. The panel keeps its
    parts in ``panel.parts`` (a dict) and the click handler in ``panel.record`` for tests. ``time``
    fixes the verdict time stamp (tests); by default it is the current time.
    """
    import ipywidgets as w

    ids = list(ledger.claims)
    first = claim_id if claim_id in ledger.claims else (ids[0] if ids else None)
    claim = w.Dropdown(options=ids, value=first, description="Claim", layout=w.Layout(width="60%"))
    evidence = w.HTML(evidence_html(ledger, first) if first else "")
    verdict = w.Dropdown(options=list(STATUSES), value=(ledger.assessments()[first].status if first else None),
                         description="Verdict")
    analyst = w.Text(value="", description="Analyst", placeholder="your name")
    reason = w.Textarea(value="", description="Reason", placeholder="why this status", layout=w.Layout(width="60%"))
    button = w.Button(description="Record verdict", button_style="primary", tooltip="Record verdict")
    message = w.HTML("")
    history = w.HTML(history_html(ledger, first) if first else "")
    for part, name in ((claim, "claim"), (evidence, "evidence"), (verdict, "verdict"), (analyst, "analyst"),
                       (reason, "reason"), (button, "record"), (message, "message"), (history, "history")):
        part.add_class(f"{PANEL_CLASS}-{name}")

    def show(change=None):
        cid = claim.value
        evidence.value = evidence_html(ledger, cid)
        history.value = history_html(ledger, cid)
        verdict.value = ledger.assessments()[cid].status
        message.value = ""

    def record(_button=None):
        cid = claim.value
        if not analyst.value.strip() or not reason.value.strip():
            message.value = '<span class="error">A verdict needs an analyst and a reason.</span>'
            return False
        try:
            added = ledger.record_verdict(cid, verdict.value, analyst.value, reason.value, time=time)
        except CrosscheckError as error:  # bad input is shown to the analyst; a bug surfaces
            message.value = f'<span class="error">{_e(error)}</span>'
            return False
        derived = ledger.assessments()[cid].status
        note = "Recorded." if added else "The same verdict was already recorded; nothing added."
        if verdict.value != derived:
            note += f" Your verdict ({verdict.value}) differs from the derived status ({derived})."
        message.value = f"<span>{_e(note)}</span>"
        history.value = history_html(ledger, cid)
        return added

    claim.observe(show, names="value")
    button.on_click(record)
    panel = w.VBox([claim, evidence, verdict, analyst, reason, button, message, history])
    panel.add_class(PANEL_CLASS)
    panel.parts = {"claim": claim, "evidence": evidence, "verdict": verdict, "analyst": analyst, "reason": reason,
                   "button": button, "message": message, "history": history}
    panel.record = record
    return panel
