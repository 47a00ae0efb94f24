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
