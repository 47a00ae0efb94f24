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
from .article import background_table, findings_table, metadata_table, paragraphs_table, restatements, statements_table
from .charts import Chart, status_by_day_chart, timeline_chart
from .claim import claim_memo, highlight, locate, passages_html, published_html
from .claims import (
    article_claims, claims_table, claims_with_status, difference_notes, differences, evidence_table, groups,
    open_questions, outside_evidence_table, party_accounts, status_counts, statuses, verdict_history,
)
from .history import status_by_day, status_changes, statuses_on
from .html import Html, escape, link, stance_chip, status_badge
from .matrix import is_reporting_source, stance_matrix
from .palette import STANCE_COLOURS, STATUS_COLOURS
from .table import Table, table, table_html
from .timeline import Event, timeline_events, timeline_table

__all__ = [
    "Chart", "Event", "Html", "STANCE_COLOURS", "STATUS_COLOURS", "Table", "article_claims", "background_table",
    "claim_memo", "claims_table", "claims_with_status", "difference_notes", "differences", "escape", "evidence_table",
    "findings_table", "groups", "highlight", "is_reporting_source", "link", "locate", "metadata_table",
    "open_questions", "outside_evidence_table", "paragraphs_table", "party_accounts", "passages_html",
    "published_html", "restatements", "stance_chip", "stance_matrix", "statements_table", "status_badge",
    "status_by_day", "status_by_day_chart", "status_changes", "status_counts", "statuses", "statuses_on", "table",
    "table_html", "timeline_chart", "timeline_events", "timeline_table", "verdict_history",
]
