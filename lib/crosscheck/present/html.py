"""HTML pieces: the one escaping function, fragments that show as HTML in a notebook, badges and links.

Every piece of text from a source, the ledger or the analyst reaches HTML through ``escape`` (or through
``Table``, which uses it): nothing else in the presentation layer builds markup from text.
"""
from __future__ import annotations

import html
from urllib.parse import urlsplit

from .palette import slug, stance_colour, status_colour


def escape(value: object) -> str:
    """``value`` as HTML text: ``& < > " '`` replaced, so it can stand in an element or an attribute."""
    return html.escape("" if value is None else str(value), quote=True)


class Html(str):
    """An HTML fragment (its text already escaped) with a short plain-text form for nbval and the console."""

    def __new__(cls, markup: str, plain: str = ""):
        obj = super().__new__(cls, markup)
        obj.plain = plain or "(HTML)"
        return obj

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return self.plain


def status_badge(status: str, note: str = "") -> str:
    """A status as a coloured badge (white on the status colour); ``note`` is added after the word."""
    words = escape(status) + (f" <small>{escape(note)}</small>" if note else "")
    return (f'<span class="cc-status cc-status-{slug(status)}" style="background:{status_colour(status)};color:#fff;'
            f'padding:0 6px;border-radius:4px;font-weight:bold">{words}</span>')


def stance_chip(stance: str) -> str:
    """A stance as a small coloured label (dark text on the stance colour)."""
    return (f'<span class="cc-stance cc-stance-{slug(stance)}" style="background:{stance_colour(stance)};'
            f'color:#1f2328;padding:0 5px;border-radius:4px">{escape(stance)}</span>')


#: Characters RFC 3986 does not allow unencoded in an address: one that holds them is shown, not linked.
_NOT_IN_URLS = frozenset('"<>\\^`{|}')


def web_address(value: object) -> str | None:
    """``value`` when it is an http(s) address a link may point to, else None (no javascript:, data:, no
    address holding quotes, angle brackets, spaces or control characters)."""
    text = str(value or "").strip()
    if any(c in _NOT_IN_URLS or c.isspace() or not c.isprintable() for c in text):
        return None
    parts = urlsplit(text)
    return text if parts.scheme in ("http", "https") and parts.netloc else None


def link(address: object, text: object = None) -> str:
    """A link to an http(s) address, its text the host when none is given (the whole address is its title, and
    print shows it after the link); any other value as plain text, never a link."""
    url = web_address(address)
    if url is None:
        return escape(address if text is None else text)
    if text is None:
        text = urlsplit(url).netloc.removeprefix("www.")
    return f'<a class="cc-address" href="{escape(url)}" title="{escape(url)}">{escape(text)}</a>'
