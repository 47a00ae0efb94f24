"""Text that reaches a terminal or names something: control and bidirectional-override characters.

A terminal obeys control characters (ANSI escapes can rewrite what an analyst sees) and bidi overrides
reorder text on screen ("U+202E" makes ``reason`` read backwards), so:

- identifiers (analyst names, claim, actor and party ids) may not contain them: ``check_identifier``
  refuses them with a one-line error; ids of the ledger (parties, actors, claims, statements) must be
  lower-case ids besides (``check_id``), checked once, where the ledger is loaded;
- free text stored in the ledger (reasons, notes) may not contain them either: ``check_text``;
- anything printed is passed through ``neutralise``, which shows each such character as a visible
  ``\\u202e``-style escape, so text read from a file can never steer the terminal.
"""
from __future__ import annotations

import re
import unicodedata

from .errors import CrosscheckError

#: C0 and C1 controls (tab and newline are allowed in free text, never in identifiers), DEL, the bidi
#: embeddings, overrides and isolates, the invisible marks that reorder or hide text, and lone surrogates
#: (what Python makes of bytes that are not UTF-8 in a command-line argument; no file can hold them).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                     "\ud800-\udfff]")
_UNSAFE_IN_IDS = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                            "\ud800-\udfff]")


def _describe(char: str) -> str:
    if 0xDC80 <= ord(char) <= 0xDCFF:
        return f"the byte 0x{ord(char) - 0xDC00:02x}, which is not UTF-8 (set the terminal to UTF-8)"
    if 0xD800 <= ord(char) <= 0xDFFF:
        return f"U+{ord(char):04X}, half of a UTF-16 surrogate pair (not a character)"
    name = unicodedata.name(char, "") or "a control character"
    return f"U+{ord(char):04X} {name}".strip()


def check_identifier(value: str, what: str, path=None) -> str:
    """``value`` with surrounding space removed; refuses an empty one or one holding unsafe characters."""
    cleaned = " ".join(str(value).split())
    if not cleaned:
        raise CrosscheckError(f"{what} is empty", path)
    match = _UNSAFE_IN_IDS.search(str(value))
    if match:
        raise CrosscheckError(f"{what} '{_shown(str(value))}' contains {_describe(match.group())}; "
                              f"{_advice(match.group())}", path)
    return cleaned


def _advice(char: str) -> str:
    if 0xD800 <= ord(char) <= 0xDFFF:
        return "give it as UTF-8 text"
    return "type it without control or direction-override characters"


def check_id(value, what: str, path=None, line: int | None = None) -> str:
    """A ledger id (a party, an actor): text of lower-case letters, digits, ``.-_``; anything else (a list, a
    number, control characters, upper case) is one line naming what it is and where."""
    from .layout import is_id

    if not isinstance(value, str):
        raise CrosscheckError(f"{what} {value!r} must be text (a lower-case id), not {type(value).__name__}", path, line)
    match = _UNSAFE_IN_IDS.search(value)
    if match:
        raise CrosscheckError(f"{what} '{_shown(value)}' contains {_describe(match.group())}", path, line)
    if not is_id(value):
        raise CrosscheckError(f"{what} {value!r}: an id is lower-case letters, digits, dots, dashes or underscores",
                              path, line)
    return value


def check_text(value: str, what: str, path=None) -> str:
    """Free text (a reason, a note): refuses control and direction-override characters."""
    match = _UNSAFE.search(str(value))
    if match:
        raise CrosscheckError(f"{what} contains {_describe(match.group())}; {_advice(match.group())}", path)
    return str(value)


def _shown(value: str) -> str:
    """An identifier as an error shows it: every character refused in one (line breaks too) as an escape."""
    return _UNSAFE_IN_IDS.sub(lambda m: f"\\u{ord(m.group()):04x}", value)


def neutralise(text: str) -> str:
    """``text`` safe to print: each control or direction-override character (and lone surrogate) shown as
    an escape."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))
