"""Claims over time: each claim's status day by day, what changed it, and the answers on chosen days."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from .table import Table, as_table


def status_by_day(ledger, start: dt.date, end: dt.date, claims: list[str] | None = None) -> Table:
    """Claims by days: each claim's status on each day from ``start`` to ``end`` (columns YYYY-MM-DD)."""
    history = ledger.status_history(start, end)
    chosen = claims or list(ledger.claims)
    data = {cid: {entry.date.isoformat(): entry.status for entry in history[cid]} for cid in chosen}
    frame = pd.DataFrame.from_dict(data, orient="index")
    frame.index.name = "claim"
    return as_table(frame, "status-by-day", kinds={str(c): "status" for c in frame.columns}, empty="No claims.")


def status_changes(ledger, start: dt.date, end: dt.date, claims: list[str] | None = None) -> Table:
    """One row per change of a claim's status or grade between ``start`` and ``end``, with the reports (or
    claims it depends on) that caused it."""
    history = ledger.status_history(start, end)
    rows = []
    for cid in claims or list(ledger.claims):
        previous = None
        for entry in history[cid]:
            if entry.changed:
                rows.append({"claim": cid, "date": entry.date.isoformat(),
                             "from": f"{previous.status} ({previous.credibility})" if previous else "",
                             "to": f"{entry.status} ({entry.credibility})", "caused_by": ", ".join(entry.caused_by),
                             "explanation": entry.explanation})
            previous = entry
    columns = ["claim", "date", "from", "to", "caused_by", "explanation"]
    return as_table(pd.DataFrame(rows, columns=columns), "changes", empty="No status changed.")


def statuses_on(ledger, days: Iterable[dt.date], claims: list[str] | None = None) -> Table:
    """Each claim's derived status and grade (in brackets) on each of ``days``, a column a day."""
    days = list(days)
    rows = {}
    for cid in claims or list(ledger.claims):
        rows[cid] = {}
        for day in days:
            a = ledger.assessments(day)[cid]
            rows[cid][day.strftime("%-d %B %Y")] = f"{a.status} ({a.credibility})"
    frame = pd.DataFrame.from_dict(rows, orient="index")
    frame.index.name = "claim"
    return as_table(frame, "statuses-on", kinds={str(c): "status" for c in frame.columns}, empty="No claims.")
