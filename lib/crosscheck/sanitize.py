"""Text that reaches a terminal or names something: control and bidirectional-override characters.

A terminal obeys control characters (ANSI escapes can rewrite what an analyst sees) and bidi overrides
reorder text on screen ("U+202E" makes ``reason`` read backwards), so:

- identifiers (analyst names, claim, actor and party ids) may not contain them: ``check_identifier``
  refuses them with a one-line error;
- free text stored in the ledger (reasons, notes) may not contain them either: ``check_text``;
- anything printed is passed through ``neutralise``, which shows each such character as a visible
  ``\\u202e``-style escape, so text read from a file can never steer the terminal.
"""
from __future__ import annotations

import re
import unicodedata

from .errors import CrosscheckError

#: C0 and C1 controls (tab and newline are allowed in free text, never in identifiers), DEL, the bidi
#: embeddings, overrides and isolates, and the invisible marks that reorder or hide text.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_UNSAFE_IN_IDS = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def _describe(char: str) -> str:
    name = unicodedata.name(char, "") or "a control character"
    return f"U+{ord(char):04X} {name}".strip()


def check_identifier(value: str, what: str, path=None) -> str:
    """``value`` with surrounding space removed; refuses an empty one or one holding unsafe characters."""
    cleaned = " ".join(str(value).split())
    if not cleaned:
        raise CrosscheckError(f"{what} is empty", path)
    match = _UNSAFE_IN_IDS.search(str(value))
    if match:
        raise CrosscheckError(f"{what} {neutralise(str(value))!r} contains {_describe(match.group())}; "
                              "type it without control or direction-override characters", path)
    return cleaned


def check_text(value: str, what: str, path=None) -> str:
    """Free text (a reason, a note): refuses control and direction-override characters."""
    match = _UNSAFE.search(str(value))
    if match:
        raise CrosscheckError(f"{what} contains {_describe(match.group())}; "
                              "type it without control or direction-override characters", path)
    return str(value)


def neutralise(text: str) -> str:
    """``text`` safe to print: each control or direction-override character shown as an escape."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", str(text))
