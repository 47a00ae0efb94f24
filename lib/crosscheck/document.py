"""A source document: its exact text, metadata, hash, and paragraphs and sentences as offsets.

Offsets index the file decoded as UTF-8 with no newline translation, so for every span
``document.text[span.start:span.end] == span.text``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import CrosscheckError
from .findings import Span
from . import segment
from .yamlio import not_text_reason, read_bytes

#: Documents larger than this are refused rather than processed for minutes.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DATELINE = re.compile(
    rf"^(?P<section>[^\d\n]*?)\s*(?P<weekday>{_WEEKDAYS})?,?\s*"
    r"(?P<day>\d{1,2})[/ .-](?P<month>[A-Za-z]+|\d{1,2})[/ .-](?P<year>\d{4})"
    r"(?:\s+(?P<time>\d{1,2}:\d{2})(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?)?\s*$"
)
_BYLINE = re.compile(r"^\s*By:?\s+(?P<byline>\S.*?)\s*$", re.IGNORECASE)
#: A title, dateline or byline is a short line; a longer one is body text and is not matched (the two
#: patterns above backtrack quadratically on a long line of spaces).
_HEADER_LINE_MAX = 300
_METADATA_KEYS = ("title", "outlet", "byline", "published", "section", "url", "language")


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence span, with the index of the paragraph it belongs to."""

    paragraph: int = 0


@dataclass(frozen=True, eq=False)
class Document:
    """A source text as recorded: never edited, identified by its SHA-256."""

    id: str
    path: Path
    text: str
    sha256: str
    metadata: dict[str, Any]
    body_start: int
    paragraphs: tuple[Span, ...] = field(repr=False)

    @property
    def published(self) -> dt.datetime | None:
        value = self.metadata.get("published")
        return dt.datetime.fromisoformat(value) if value else None

    @property
    def title(self) -> str:
        return self.metadata.get("title") or self.id

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The body's sentences, in order, each inside one paragraph."""
        return _sentences_of(self)

    def span(self, start: int, end: int) -> Span:
        """The exact span ``text[start:end]``; raises ValueError when it lies outside the text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}-{end} lies outside {self.id} (length {len(self.text)})")
        return Span(start, end, self.text[start:end])

    def paragraph_of(self, offset: int) -> int | None:
        """The index of the paragraph containing ``offset``, or None for the header."""
        for index, paragraph in enumerate(self.paragraphs):
            if paragraph.start <= offset < paragraph.end:
                return index
        return None

    def find_all(self, quote: str) -> list[int]:
        """Every start offset at which ``quote`` stands in the text."""
        found, at = [], self.text.find(quote)
        while quote and at != -1:
            found.append(at)
            at = self.text.find(quote, at + 1)
        return found


def read_text(path: str | Path) -> str:
    """Read a document strictly: UTF-8, not empty, not binary, not too large.

    Raises CrosscheckError naming the file and the problem.
    """
    return decode_text(read_bytes(path, MAX_DOCUMENT_BYTES), path)


def decode_text(data: bytes, path: str | Path | None = None) -> str:
    """Decode bytes as a document's text, refusing what is not a UTF-8 text document."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data:
        raise CrosscheckError(not_text_reason(data), path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise CrosscheckError(f"is not valid UTF-8 (byte 0x{bad:02x} at offset {error.start})", path) from None
    if not text.strip("\ufeff \t\r\n"):
        raise CrosscheckError("is empty", path)
    return text


def load_document(path: str | Path, metadata: dict[str, Any] | None = None) -> Document:
    """Load a document from disk with its metadata.

    Metadata comes, in rising precedence, from the text's own header (a title line, a dateline such as
    ``World Friday 30/January/2026 19:52 PM`` and a ``By:`` line), YAML front matter between ``---``
    lines, a sidecar ``NAME.meta.yaml`` beside the file, and the ``metadata`` argument.
    """
    path = Path(path)
    text = read_text(path)
    return parse_document(text, path=path, metadata={**_read_sidecar(path), **(metadata or {})})


def parse_document(text: str, path: str | Path = "<text>", metadata: dict[str, Any] | None = None) -> Document:
    """Build a Document from text already read (see load_document)."""
    path = Path(path)
    front, body_start = _front_matter(text, path)
    header, header_end = _parse_header(text, body_start)
    merged = {**header, **front, **(metadata or {})}
    if isinstance(merged.get("published"), (dt.date, dt.datetime)):
        merged["published"] = merged["published"].isoformat()
    if merged.get("published"):
        try:
            dt.datetime.fromisoformat(str(merged["published"]))
        except ValueError:
            raise CrosscheckError(f"metadata 'published' is not an ISO date: {merged['published']!r}", path) from None
        merged["published"] = str(merged["published"])
    metadata_out = {key: merged.get(key) for key in _METADATA_KEYS}
    metadata_out.update({k: v for k, v in merged.items() if k not in metadata_out})
    paragraphs = tuple(_paragraphs(text, header_end))
    return Document(
        id=path.stem if path.name != "<text>" else "text",
        path=path,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        metadata=metadata_out,
        body_start=paragraphs[0].start if paragraphs else len(text),
        paragraphs=paragraphs,
    )


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + ".meta.yaml")
    if not sidecar.exists() and not sidecar.is_symlink():
        return {}
    from .yamlio import load_yaml_mapping

    return checked_metadata(load_yaml_mapping(sidecar), sidecar)


_FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\r?\n(.*?\r?\n)---[ \t]*(?:\r?\n|$)", re.DOTALL)


def front_matter_end(text: str, start: int = 0) -> int:
    """One past the front matter (``---`` lines) opening ``text[start:]``, or ``start`` when it has none."""
    match = _FRONT_MATTER.match(text, start)
    return match.end() if match else start


def _front_matter(text: str, path: Path) -> tuple[dict[str, Any], int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    from .yamlio import parse_yaml_mapping

    try:
        data = parse_yaml_mapping(match.group(1), path)
    except CrosscheckError as error:  # its line counted in the file, below the opening ---
        raise CrosscheckError(error.problem, path, error.line + 1 if error.line else None) from None
    return checked_metadata(data, path, first_line=2), match.end()


def checked_metadata(data, path: Path, first_line: int = 1) -> dict[str, Any]:
    """Metadata as written in a sidecar or front matter, checked where it is written (``FILE:LINE``): the
    known keys hold text, ``published`` an ISO date; ``first_line`` is the file's line of the data's first."""
    from .yamlio import line_of

    found = dict(data)
    for key in _METADATA_KEYS:
        value = found.get(key)
        line = line_of(data, key)
        where = (path, line + first_line - 1 if line else None)
        if key == "published" and isinstance(value, (dt.date, dt.datetime)):
            found[key] = value.isoformat()
        elif value is not None and not isinstance(value, str):
            raise CrosscheckError(f"metadata {key!r} must be {'an ISO date' if key == 'published' else 'text'}, not "
                                  f"{value!r}", *where)
        elif key == "published" and value:
            try:
                dt.datetime.fromisoformat(value)
            except ValueError:
                raise CrosscheckError(f"metadata 'published' is not an ISO date: {value!r}", *where) from None
    return found


def _parse_header(text: str, start: int) -> tuple[dict[str, Any], int]:
    """Read a news header (title, dateline, byline) from the first lines after ``start``.

    Returns the metadata found and the offset where the body begins (``start`` when there is no header).
    """
    lines = []
    offset = start
    for line in text[start:].splitlines(keepends=True)[:8]:
        lines.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    found: dict[str, Any] = {}
    header_end = start
    for index, (line_start, line) in enumerate(lines):
        stripped = line.strip().lstrip("\ufeff")
        if len(stripped) > _HEADER_LINE_MAX:
            continue
        dateline = _DATELINE.match(stripped)
        byline = _BYLINE.match(stripped)
        if dateline and "published" not in found:
            stamp = _dateline_to_datetime(dateline)
            if stamp is None:
                continue
            found["published"] = stamp.isoformat()
            found["published_raw"] = stripped
            if dateline.group("section").strip():
                found["section"] = dateline.group("section").strip()
            header_end = line_start + len(line)
        elif byline and index < 7:
            found["byline"] = byline.group("byline")
            header_end = line_start + len(line)
    if not found:
        return {}, start
    titles = [line.strip() for _, line in lines if line.strip()]
    if titles:
        found["title"] = titles[0].lstrip("\ufeff")
    # The block holding the byline (often followed directly by the repeated headline) is header too.
    block_end = segment.BLANK_LINE.search(text, header_end)
    return found, block_end.start() if block_end else len(text)


def _dateline_to_datetime(match: re.Match[str]) -> dt.datetime | None:
    from dateutil import parser as date_parser

    month = match.group("month")
    try:
        day = date_parser.parse(f"{match.group('day')} {month} {match.group('year')}", dayfirst=True).date()
    except (ValueError, OverflowError):
        return None
    hour = minute = 0
    if match.group("time"):
        hour, minute = (int(part) for part in match.group("time").split(":"))
        ampm = (match.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return dt.datetime.combine(day, dt.time())
    return dt.datetime.combine(day, dt.time(hour, minute))


def _paragraphs(text: str, start: int) -> list[Span]:
    return [Span(s, e, text[s:e]) for s, e in segment.paragraphs(text, start)]


@lru_cache(maxsize=64)
def _sentences_of(document: Document) -> tuple[Sentence, ...]:
    sentences = []
    for index, paragraph in enumerate(document.paragraphs):
        for s, e in segment.split_sentences(document.text, paragraph.start, paragraph.end):
            sentences.append(Sentence(s, e, document.text[s:e], index))
    return tuple(sentences)
