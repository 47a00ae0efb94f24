"""The presentation layer: everything the memos, the review page and the site show, built from the ledger.

Notebooks call these functions, one a cell; each returns something that shows itself (a ``Table``, an ``Html``
fragment or a ``Chart``) or plain data. Nothing here writes to the ledger. By what it makes:

- ``table``: ``Table``, a DataFrame shown as a complete, escaped, accessible HTML table (the one table renderer);
- ``html``: ``escape`` (the one escaping function), ``Html``, status badges, stance chips, links;
- ``palette``: the colours of statuses and stances;
- ``claims``: tables of claims (statuses and verdicts, evidence, outside reports, differences, open questions);
- ``article``: tables of one document (metadata, findings, paragraphs, statements, restatements, background);
- ``matrix``: the stance matrix, parties to the story first, reporting sources after;
- ``history``: claims over time (status by day, the changes and what caused them, statuses on chosen days);
- ``claim``: one claim as a memo block (published rating, status, passages, accounts);
- ``timeline``: the timeline's logic (``Event``, ``timeline_events``) and its table;
- ``charts``: matplotlib's static SVG charts (status by day, the timeline).
"""
from .html import Html, escape, link, stance_chip, status_badge
from .palette import STANCE_COLOURS, STATUS_COLOURS

#: Loaded on first use: these import pandas (and charts, matplotlib), which pages built without tables skip.
_LAZY = {
    "background_table": "article", "findings_table": "article", "metadata_table": "article",
    "paragraphs_table": "article", "restatements": "article", "statements_table": "article",
    "Chart": "charts", "status_by_day_chart": "charts", "timeline_chart": "charts",
    "claim_memo": "claim", "highlight": "claim", "locate": "claim", "passages_html": "claim",
    "published_html": "claim",
    "article_claims": "claims", "claims_table": "claims", "claims_with_status": "claims",
    "difference_notes": "claims", "differences": "claims", "evidence_table": "claims", "groups": "claims",
    "open_questions": "claims", "outside_evidence_table": "claims", "party_accounts": "claims",
    "status_counts": "claims", "statuses": "claims", "verdict_history": "claims",
    "status_by_day": "history", "status_changes": "history", "statuses_on": "history",
    "is_reporting_source": "matrix", "stance_matrix": "matrix",
    "Table": "table", "as_table": "table", "table_html": "table",
    "Event": "timeline", "timeline_events": "timeline", "timeline_table": "timeline",
}

__all__ = [
    "Chart", "Event", "Html", "STANCE_COLOURS", "STATUS_COLOURS", "Table", "article_claims", "as_table",
    "background_table", "claim_memo", "claims_table", "claims_with_status", "difference_notes", "differences",
    "escape", "evidence_table", "findings_table", "groups", "highlight", "is_reporting_source", "link", "locate",
    "metadata_table", "open_questions", "outside_evidence_table", "paragraphs_table", "party_accounts",
    "passages_html", "published_html", "restatements", "stance_chip", "stance_matrix", "statements_table",
    "status_badge", "status_by_day", "status_by_day_chart", "status_changes", "status_counts", "statuses",
    "statuses_on", "table_html", "timeline_chart", "timeline_events", "timeline_table", "verdict_history",
]


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'crosscheck.present' has no attribute {name!r}")
