"""The one quote finder: where given words stand in a document, and which occurrence an analyst means.

An analyst gives a quote by its words. When the words stand once, that is the place. When they stand more
than once, ``occurrence: N`` (1 for the first) or ``context:`` (a few words around the quote, which must
themselves stand once) says which. ``locate`` returns the exact offsets or raises a one-line error that
lists every place the words stand, so the analyst can choose.
"""
from __future__ import annotations

from .errors import CrosscheckError

#: How many places an error message lists before it says "and N more".
SHOWN = 6


def find_all(text: str, words: str) -> list[int]:
    """Every start offset at which ``words`` stand in ``text`` (overlapping occurrences included)."""
    found, at = [], text.find(words) if words else -1
    while at != -1:
        found.append(at)
        at = text.find(words, at + 1)
    return found


def describe(text: str, starts: list[int], length: int) -> str:
    """'at 120-135 ("...said the ... minister..."), at 400-415 (...)': where words stand, with a little context."""
    shown = []
    for start in starts[:SHOWN]:
        end = start + length
        before = text[max(0, start - 80):start].split()
        after = text[end:end + 80].split()
        before = before[1:] if start > 80 and before else before  # a word cut by the window is left out
        after = after[:-1] if end + 80 < len(text) and after else after
        shown.append(f"at {start}-{end} (…{' '.join(before[-4:])} [{_short(text[start:end])}] {' '.join(after[:4])}…)")
    more = f" and {len(starts) - SHOWN} more" if len(starts) > SHOWN else ""
    return ", ".join(shown) + more


def _short(words: str, limit: int = 40) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[:limit - 1] + "…"


def locate(text: str, words: str, *, occurrence: int | None = None, context: str | None = None,
           document: str = "the document", where=None) -> tuple[int, int]:
    """The (start, end) of ``words`` in ``text``; raises CrosscheckError when absent or ambiguous.

    ``where`` is the file (and line) the error names, as ``(path, line)``.
    """
    path, line = where or (None, None)
    if not isinstance(words, str) or not words.strip():
        raise CrosscheckError("a quote needs its words", path, line)
    if context is not None:
        return _in_context(text, words, context, document, path, line)
    starts = find_all(text, words)
    if not starts:
        raise CrosscheckError(f"the words {_short(words)!r} do not stand in {document}", path, line)
    if occurrence is not None:
        if isinstance(occurrence, bool) or not isinstance(occurrence, int) or not 1 <= occurrence <= len(starts):
            raise CrosscheckError(f"occurrence {occurrence!r} of {_short(words)!r}: the words stand {len(starts)} "
                                  f"time(s) in {document}; give a number from 1 to {len(starts)}", path, line)
        start = starts[occurrence - 1]
        return start, start + len(words)
    if len(starts) > 1:
        raise CrosscheckError(f"the words {_short(words)!r} stand {len(starts)} times in {document}: "
                              f"{describe(text, starts, len(words))}; say which with an occurrence (1-{len(starts)}) "
                              "or a few words of context", path, line)
    return starts[0], starts[0] + len(words)


def _in_context(text, words, context, document, path, line) -> tuple[int, int]:
    if not isinstance(context, str) or words not in context:
        raise CrosscheckError(f"the context {_short(str(context))!r} must contain the quote's words "
                              f"{_short(words)!r}", path, line)
    around = find_all(text, context)
    if len(around) != 1:
        how = "do not stand" if not around else f"stand {len(around)} times"
        raise CrosscheckError(f"the context words {_short(context)!r} {how} in {document}; give words that stand "
                              "once", path, line)
    inner = find_all(context, words)
    if len(inner) != 1:
        raise CrosscheckError(f"the quote's words {_short(words)!r} stand {len(inner)} times inside the context "
                              f"{_short(context)!r}; give context in which they stand once", path, line)
    start = around[0] + inner[0]
    return start, start + len(words)
