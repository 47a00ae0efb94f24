"""``Table``: a pandas DataFrame that shows itself as an accessible, complete HTML table.

What pandas' own HTML does not give an editor, and a Table does:

- every cell in full (no 50-character cut) and escaped, column labels and captions too;
- the index, when it names the rows (a claim id), as row headers (``<th scope="row">``) under a named
  corner cell: no empty header cell;
- yes/no for booleans, numbers right-aligned, prose left-aligned, statuses as badges, stances coloured,
  web addresses as links (http and https only);
- optional header groups (a row of ``colspan`` headers above the column labels);
- a scroll box (``role="region"``, focusable) so a wide table scrolls inside the page, its first column kept in
  view by the site's style sheet; and no ids, so pages are deterministic and ids never collide.

Its plain-text form is one stable line (``<table NAME: R rows x C columns>``) for nbval; ``to_string()`` still
prints the data. Operations that return a new frame (``drop``, ``loc``, ...) keep the display settings.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from .html import Html, escape, link, status_badge
from .palette import MARKED_STANCES, slug, stance_colour

#: Column kinds: how a cell is shown.
KINDS = ("text", "number", "flag", "status", "stance", "address", "code", "html")
STATUS_COLUMNS = {"status", "derived", "derived status", "verdict", "latest verdict", "article alone",
                  "from the article alone", "with outside reports", "from", "to"}
ADDRESS_COLUMNS = {"address", "url", "link"}


class Table(pd.DataFrame):
    """A DataFrame with a caption, column kinds and header groups, shown as an accessible HTML table."""

    _metadata = ["name", "caption", "label", "kinds", "groups", "when_empty"]
    name = "table"
    caption = ""
    label = ""
    kinds: Mapping[str, str] | None = None
    groups: list[tuple[str, list[str]]] | None = None
    when_empty = "None."

    @property
    def _constructor(self):
        return Table

    def _repr_html_(self) -> str:
        return table_html(self)

    def __repr__(self) -> str:
        rows, columns = self.shape
        return f"<table {self.name}: {rows} rows x {columns} columns>"

    __str__ = __repr__


def as_table(frame: pd.DataFrame, name: str, *, caption: str = "", label: str = "", kinds: Mapping[str, str] | None = None,
          groups: Iterable[tuple[str, Iterable[str]]] | None = None, empty: str = "None.") -> Table:
    """``frame`` as a Table. ``caption`` shows above it; ``label`` names its scroll box for screen readers
    (default: the caption, else the name; keep it unique on a page); ``kinds`` overrides the kind of named
    columns (see KINDS); ``groups`` puts a header over runs of columns; ``empty`` shows when there is no row."""
    result = Table(frame)
    result.name, result.caption, result.label, result.when_empty = name, caption, label, empty
    result.kinds = dict(kinds or {})
    result.groups = [(label, list(columns)) for label, columns in groups] if groups else None
    for kind in result.kinds.values():
        if kind not in KINDS:
            raise ValueError(f"unknown column kind {kind!r} (use one of {', '.join(KINDS)})")
    return result


def column_kind(frame: pd.DataFrame, column: str) -> str:
    """The kind of a column: as set on the Table, else from its name and values."""
    kinds = getattr(frame, "kinds", None) or {}
    if column in kinds:
        return kinds[column]
    name = str(column).lower()
    if name in STATUS_COLUMNS:
        return "status"
    if name in ADDRESS_COLUMNS:
        return "address"
    values = frame[column]
    if pd.api.types.is_bool_dtype(values):
        return "flag"
    if pd.api.types.is_numeric_dtype(values):
        return "number"
    return "text"


def _blank(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers
        return False


def cell_html(value: Any, kind: str) -> tuple[str, str, str]:
    """``(markup, class, style)`` for one cell of a column of ``kind``."""
    if isinstance(value, Html):
        return str(value), "cc-html", ""
    if _blank(value) or value == "":
        return "", f"cc-{kind}", ""
    if isinstance(value, (list, tuple, set)):
        value = "; ".join(str(v) for v in value)
    if kind == "flag":
        return ("yes" if value else "no"), "cc-flag", ""
    if kind == "status":
        word, _, rest = str(value).partition(" ")
        return status_badge(word, rest), "cc-status-cell", ""
    if kind == "stance":
        stance = str(value).split(" ", 1)[0].rstrip(":,")
        style = f"background:{stance_colour(stance)}"
        if stance in MARKED_STANCES:
            style += ";outline:2px dashed #6639ba;outline-offset:-3px"
        return escape(value), f"cc-stance-cell cc-stance-{slug(stance)}", style
    if kind == "address":
        return link(value), "cc-address-cell", ""
    if kind == "number":
        return escape(value), "cc-num", ""
    if kind == "code":
        return f"<code>{escape(value)}</code>", "cc-code-cell", ""
    return escape(value), "cc-text", ""


#: A table with this many columns or more is printed in a smaller type (class ``cc-wide``).
WIDE = 7
#: A text column with a value this long reads as prose: it gets room to wrap rather than a narrow column.
PROSE_LENGTH = 40


def _td(value: Any, kind: str, extra: str = "") -> str:
    markup, cls, style = cell_html(value, kind)
    cls = f"{cls} {extra}".strip()
    return f'<td class="{cls}"' + (f' style="{style}"' if style else "") + f">{markup}</td>"


def _prose(frame: pd.DataFrame, column: str, kind: str) -> bool:
    if kind != "text":
        return False
    return any(len(str(v)) > PROSE_LENGTH for v in frame[column] if not _blank(v))


def _row_header(frame: pd.DataFrame) -> str | None:
    """The label of the index column when the index names the rows, else None (the index is left out)."""
    if isinstance(frame.index, pd.RangeIndex) and frame.index.name is None:
        return None
    return str(frame.index.name or "row")


def _header(frame: pd.DataFrame, corner: str | None) -> str:
    columns = [str(c) for c in frame.columns]
    groups = getattr(frame, "groups", None)
    labels = "".join(f'<th scope="col">{escape(c)}</th>' for c in columns)
    if not groups:
        first = f'<th scope="col">{escape(corner)}</th>' if corner is not None else ""
        return f"<thead><tr>{first}{labels}</tr></thead>"
    grouped = {c: label for label, members in groups for c in members}
    top, second = [], []
    if corner is not None:
        top.append(f'<th scope="col" rowspan="2">{escape(corner)}</th>')
    index = 0
    while index < len(columns):
        column = columns[index]
        label = grouped.get(column)
        if label is None:
            top.append(f'<th scope="col" rowspan="2">{escape(column)}</th>')
            index += 1
            continue
        span = 1
        while index + span < len(columns) and grouped.get(columns[index + span]) == label:
            span += 1
        top.append(f'<th scope="colgroup" colspan="{span}" class="cc-group cc-group-{slug(label)}">{escape(label)}</th>')
        second += [f'<th scope="col" class="cc-group-{slug(label)}">{escape(c)}</th>' for c in columns[index:index + span]]
        index += span
    return f"<thead><tr>{''.join(top)}</tr><tr>{''.join(second)}</tr></thead>"


def table_html(frame: pd.DataFrame) -> str:
    """The HTML of a Table (or any DataFrame, with the kinds inferred)."""
    name = str(getattr(frame, "name", "table"))
    caption = str(getattr(frame, "caption", "") or "")
    if frame.empty:
        return f'<p class="cc-none">{escape(getattr(frame, "when_empty", "None."))}</p>'
    corner = _row_header(frame)
    kinds = [column_kind(frame, c) for c in frame.columns]
    extras = ["cc-prose" if _prose(frame, c, k) else "" for c, k in zip(frame.columns, kinds)]
    rows = []
    for key, values in zip(frame.index, frame.itertuples(index=False, name=None)):
        head = f'<th scope="row">{escape(key)}</th>' if corner is not None else ""
        rows.append("<tr>" + head + "".join(_td(v, k, x) for v, k, x in zip(values, kinds, extras)) + "</tr>")
    label = str(getattr(frame, "label", "") or caption or name.replace("-", " "))
    return (f'<div class="cc-table-box" role="region" aria-label="{escape(label)}" tabindex="0">'
            f'<table class="cc-table cc-table-{slug(name)}{" cc-wide" if frame.shape[1] >= WIDE else ""}">'
            + (f"<caption>{escape(caption)}</caption>" if caption else "")
            + _header(frame, corner) + "<tbody>" + "".join(rows) + "</tbody></table></div>")
