"""Shared machinery for the consistency checks.

A :class:`Context` wraps one text with its publication date and body offset, and lazily computes
what several checks need (sentences, quotations, headings).  Everything here is defensive: any
string, however malformed, must go through without raising, and every span must slice exactly.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from typing import Iterable

from .. import segment
from ..findings import Finding, Span

# --------------------------------------------------------------------------------------------
# Calendar vocabulary

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

MONTHS: dict[str, int] = {}
for _i, _name in enumerate(MONTH_NAMES, 1):
    MONTHS[_name.lower()] = _i
    MONTHS[_name[:3].lower()] = _i
MONTHS["sept"] = 9

WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(WEEKDAY_NAMES):
    WEEKDAYS[_name.lower()] = _i
    WEEKDAYS[_name[:3].lower()] = _i
WEEKDAYS.update({"tues": 1, "weds": 2, "thur": 3, "thurs": 3})


def _alts(words: Iterable[str]) -> str:
    forms: list[str] = []
    for w in words:
        forms.extend([w, w.upper(), w.lower().capitalize()])
    forms = sorted(set(forms), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(f) for f in forms) + ")"


#: A full or abbreviated month name (Title or UPPER case), optional trailing dot for abbreviations.
MONTH_RE = (
    r"(?:" + _alts(MONTH_NAMES) + r"|" + _alts([m[:3] for m in MONTH_NAMES] + ["Sept"]) + r"\.?)"
    r"(?![A-Za-z])"
)
MONTH_FULL_RE = _alts(MONTH_NAMES) + r"(?![A-Za-z])"
WEEKDAY_FULL_RE = _alts(WEEKDAY_NAMES) + r"(?![A-Za-z])"
WEEKDAY_ANY_RE = (
    r"(?:" + _alts(WEEKDAY_NAMES) + r"|"
    + _alts(["Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"]) + r"\.?)"
    r"(?![A-Za-z])"
)
DAY_RE = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])"
YEAR_RE = r"(?:1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])"


def month_number(word: str) -> int | None:
    return MONTHS.get(word.strip(". ").lower())


def weekday_number(word: str) -> int | None:
    return WEEKDAYS.get(word.strip(". ").lower())


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def nearest_year_date(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The month/day in whichever year (ref's, the one before or after) puts it nearest to ref."""
    best: dt.date | None = None
    for year in (ref.year, ref.year - 1, ref.year + 1):
        d = make_date(year, month, day)
        if d is not None and (best is None or abs((d - ref).days) < abs((best - ref).days)):
            best = d
    return best


def weekday_on_or_before(ref: dt.date, weekday: int) -> dt.date:
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_after(ref: dt.date, weekday: int) -> dt.date:
    return ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def iso(d: dt.date) -> str:
    return d.isoformat()


def as_date(value: object) -> dt.date | None:
    """datetime -> its date; date -> itself; ISO string -> date; anything else -> None."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.search(r"(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


# --------------------------------------------------------------------------------------------
# Absolute dates (used to find a publication date, and by several checks)

_SEP = r"[\s/.\-]+"
ABS_DATE_PATTERNS = (
    # 30/January/2026, 30 January 2026, 30 Jan. 2026, 30-Jan-2026
    ("dmy", re.compile(r"(?<![0-9])(?P<d>" + DAY_RE + r")" + _SEP + r"(?:of\s+)?(?P<m>" + MONTH_RE + r")"
                       + r"[\s/.\-,]+(?P<y>" + YEAR_RE + r")")),
    # January 30, 2026 / Jan 30 2026
    ("mdy", re.compile(r"(?P<m>" + MONTH_RE + r")\s+(?P<d>" + DAY_RE + r"),?\s+(?P<y>" + YEAR_RE + r")")),
    # 2026-01-30 (ISO), optionally followed by a time
    ("iso", re.compile(r"(?<![0-9])(?P<y>" + YEAR_RE + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])")),
)


def find_absolute_dates(text: str, start: int = 0, end: int | None = None):
    """Yield (match_start, match_end, date_or_None) for full dates with a year, in text order."""
    end = len(text) if end is None else end
    hits = []
    for kind, rx in ABS_DATE_PATTERNS:
        anchor = ISO_ANCHOR if kind == "iso" else MONTH_ANCHOR
        for m in scan(rx, anchor, text, 40, 40, start, end):
            if kind == "iso":
                month = int(m.group("m"))
            else:
                month = month_number(m.group("m")) or 0
            d = make_date(int(m.group("y")), month, day_number(m.group("d")))
            hits.append((m.start(), m.end(), d))
    hits.sort(key=lambda h: (h[0], -h[1]))
    last_end = -1
    for h in hits:
        if h[0] >= last_end:
            yield h
            last_end = h[1]


def find_publication_date(text: str, start: int = 0) -> tuple[dt.date, Span] | None:
    """A publication date read from the text's header (before ``start``) or its first lines."""
    regions = []
    if start > 0:
        regions.append((0, start))
    head_end = min(len(text), 1500)
    # first ten lines at most
    pos = 0
    for _ in range(10):
        nl = text.find("\n", pos, head_end)
        if nl < 0:
            pos = head_end
            break
        pos = nl + 1
    regions.append((0, max(pos, min(head_end, 300))))
    for a, b in regions:
        for s, e, d in find_absolute_dates(text, a, b):
            if d is not None:
                return d, Span(s, e, text[s:e])
    return None


# --------------------------------------------------------------------------------------------
# Quotations

def find_quotes(text: str) -> list[tuple[int, int]]:
    """Quoted regions (including the quote marks), paired within each paragraph (line).

    An opening mark with no closing one runs to the end of its line (news style for quotes that
    continue), a closing curly mark with no opening one runs from the line start.
    """
    out: list[tuple[int, int]] = []
    line_start = 0
    open_at: int | None = None
    for m in _QUOTE_OR_NL.finditer(text):
        i = m.start()
        ch = text[i]
        if ch == "\n":
            if open_at is not None:
                out.append((open_at, i))
            open_at = None
            line_start = i + 1
        elif ch in "“«„":
            if open_at is None:
                open_at = i
        elif ch in "”»":
            if open_at is None:
                out.append((line_start, i + 1))
            else:
                out.append((open_at, i + 1))
                open_at = None
        else:  # straight double quote toggles
            if open_at is None:
                open_at = i
            else:
                out.append((open_at, i + 1))
                open_at = None
    if open_at is not None:
        out.append((open_at, len(text)))
    out.sort()
    return out


_QUOTE_OR_NL = re.compile('[\n"“”«»„]')


# --------------------------------------------------------------------------------------------
# Context


class Context:
    """One text under check: publication date, body start, and lazily computed structure."""

    def __init__(self, text: str, published: object = None, start: int = 0):
        self.text = text if isinstance(text, str) else ("" if text is None else str(text))
        try:
            start = int(start or 0)
        except (TypeError, ValueError):
            start = 0
        self.start = max(0, min(start, len(self.text)))
        self.published: dt.date | None = as_date(published)
        self.published_source = "given" if self.published is not None else None
        self.published_span: Span | None = None
        self.cache: dict = {}
        if self.published is None:
            found = find_publication_date(self.text, self.start)
            if found is not None:
                self.published, self.published_span = found
                self.published_source = "text"

    def span(self, s: int, e: int) -> Span:
        return Span(s, e, self.text[s:e])

    @functools.cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The header's sentences, then the body's (crosscheck.segment, the project's one splitter)."""
        head = segment.split_sentences(self.text, 0, self.start) if self.start else []
        return head + segment.split_sentences(self.text, self.start, len(self.text))

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_index(self, pos: int) -> int | None:
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i][0] <= pos < self.sentences[i][1]:
            return i
        return None

    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence containing pos, or else its line."""
        i = self.sentence_index(pos)
        if i is not None:
            return self.sentences[i]
        a = self.text.rfind("\n", 0, pos) + 1
        b = self.text.find("\n", pos)
        return a, (len(self.text) if b < 0 else b)

    @functools.cached_property
    def body_sentence_indices(self) -> list[int]:
        return [i for i, (s, _) in enumerate(self.sentences) if s >= self.start]

    @functools.cached_property
    def _newlines(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.text)]

    @functools.cached_property
    def headings(self) -> set[int]:
        """Indices of sentences that are whole lines without final punctuation (titles, bylines)."""
        out = set()
        text = self.text
        nls = self._newlines
        for i, (s, e) in enumerate(self.sentences):
            k = bisect.bisect_left(nls, s)
            line_start = nls[k - 1] + 1 if k > 0 else 0
            k2 = bisect.bisect_left(nls, e)
            line_end = nls[k2] if k2 < len(nls) else len(text)
            if line_end - line_start > 2 * (e - s) + 10:
                continue  # cheap reject before stripping
            if text[line_start:s].strip() or text[e:line_end].strip():
                continue
            if text[e - 1] in ".!?…\"”":
                continue
            if len(text[s:e].split()) <= 20:
                out.add(i)
        return out

    @functools.cached_property
    def quotes(self) -> list[tuple[int, int]]:
        return find_quotes(self.text)

    @functools.cached_property
    def _quote_starts(self) -> list[int]:
        return [s for s, _ in self.quotes]

    def in_quote(self, pos: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        # quotes never overlap each other except via the paragraph-start fallback; look back a little
        for j in range(i, max(-1, i - 3), -1):
            s, e = self.quotes[j]
            if s <= pos < e:
                return s, e
        return None


# --------------------------------------------------------------------------------------------
# Fast scanning: Python's re only skips quickly through text when a pattern starts with literals,
# so the checks' patterns (which start with lookbehinds and optional parts) are run only in windows
# around a cheap literal "anchor" that every match must contain.


@functools.lru_cache(maxsize=2)
def _lowered(text: str) -> str | None:
    low = text.lower()
    return low if len(low) == len(text) else None


class Anchor:
    """Literal words (any case) plus an optional regex; finds their occurrences at C speed."""

    def __init__(self, words: Iterable[str], extra: str = ""):
        ws = {w.lower() for w in words}
        # a word containing another listed word is found through that one
        self.words = sorted(w for w in ws if not any(o != w and o in w for o in ws))
        self.extra = re.compile(extra) if extra else None
        self._fallback = anchor_re(self.words) if self.words else None

    def positions(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:  # noqa: D102
        end = len(text) if end is None else end
        out: list[tuple[int, int]] = []
        low = _lowered(text) if self.words else None
        if self.words:
            if low is None:
                out.extend(m.span() for m in self._fallback.finditer(text, start, end))
            else:
                for w in self.words:
                    n = len(w)
                    i = low.find(w, start, end)
                    while i >= 0:
                        out.append((i, i + n))
                        i = low.find(w, i + 1, end)
        if self.extra is not None:
            out.extend(m.span() for m in self.extra.finditer(text, start, end))
        out.sort()
        return out


def anchor_re(words: Iterable[str], extra: str = "") -> re.Pattern:
    """A flag-free pattern for the words in lower, Capitalised and UPPER case."""
    forms = set()
    for w in words:
        forms.update({w.lower(), w[:1].upper() + w[1:].lower(), w.upper()})
    alts = sorted(forms, key=lambda s: (-len(s), s))
    body = "|".join(re.escape(f) for f in alts)
    if extra:
        body = body + "|" + extra if body else extra
    return re.compile("(?:" + body + ")")


def scan(rx: re.Pattern, anchor, text: str, before: int = 60, after: int = 200,
         start: int = 0, end: int | None = None):
    """Like ``rx.finditer(text)`` for matches that contain an ``anchor`` occurrence, but fast.

    ``anchor`` is an :class:`Anchor` or a compiled pattern; every match of ``rx`` must contain one of
    its occurrences, start at most ``before`` characters before it and end within ``after`` after.
    """
    end = len(text) if end is None else end
    pos = start
    spans = anchor.positions(text, start, end) if hasattr(anchor, "positions") else (
        m.span() for m in anchor.finditer(text, start, end))
    for a_start, a_end in spans:
        if a_end <= pos:
            continue
        s = max(pos, a_start - before)
        limit = min(end, a_end + after)
        while s <= a_start:
            m = rx.search(text, s, limit)
            if m is None or m.start() > a_start:
                break
            if m.end() == m.start():
                s = m.end() + 1
                continue
            yield m
            pos = s = m.end()


class SpanSet:
    """Non-overlapping spans with O(log n) overlap tests."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e)
        return i > 0 and self.ends[i - 1] > s

    def add(self, s: int, e: int) -> bool:
        """Add if free; return whether it was added."""
        if self.overlaps(s, e):
            return False
        i = bisect.bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)
        return True


ISO_ANCHOR = re.compile(r"[0-9]{4}-[0-9]")
MONTH_ANCHOR = Anchor([m[:3] for m in MONTH_NAMES])
WEEKDAY_ANCHOR = Anchor(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
DATE_ANCHOR = Anchor([m[:3] for m in MONTH_NAMES] + ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                     extra=r"[0-9]{4}-[0-9]")


def skipped_finding(kind: str, what: str, expressions: list[str], hint: str = "") -> Finding:
    """The info finding of a check that skipped ``expressions`` for want of a publication date."""
    return Finding(
        kind=kind, severity="info",
        message=f"skipped {len(expressions)} {what}: no publication date{hint}",
        spans=(), data={"skipped": True, "reason": "no publication date", "expressions": expressions[:100]},
    )
