"""Project settings: ``crosscheck.yaml`` at the project root, read (never written) through yamlio::

    site:
      base_url: https://desk.example.org/crosscheck/   # where the site is published

``base_url`` is the address the built site will have: ClaimReview ``url`` values are made from it (Google wants
them absolute). Without it they are relative to the site, which suits a copy read offline. The file is optional;
an unknown key or a bad value is a one-line error naming the file and line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import CrosscheckError
from .yamlio import line_of, load_yaml_mapping

SETTINGS_FILE = "crosscheck.yaml"
KEYS = {"site": {"base_url"}}


#: What an address never holds raw (RFC 3986): white space, controls, quotes and angle brackets, which would let
#: it close the attribute or the JSON-LD string it is written into.
_NOT_IN_ADDRESSES = re.compile(r'[\s\x00-\x1f\x7f-\x9f"<>\\^`{|}\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]')


@dataclass(frozen=True)
class Settings:
    base_url: str | None = None


def base_url(value: object, where: str | Path = "--base-url", line: int | None = None) -> str:
    """``value`` as a site's base address: absolute http(s), no query or fragment, ending in '/'."""
    text = str(value).strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment \
            or _NOT_IN_ADDRESSES.search(text):
        raise CrosscheckError(f"base_url must be an absolute http(s) address such as https://example.org/site/, "
                              f"not {text!r}", where, line)
    return text if text.endswith("/") else text + "/"


def load_settings(root: str | Path) -> Settings:
    """The settings in ``root/crosscheck.yaml`` (defaults when there is no such file)."""
    path = Path(root) / SETTINGS_FILE
    if not path.exists():
        return Settings()
    data = load_yaml_mapping(path)
    for key in data:
        if key not in KEYS:
            raise CrosscheckError(f"unknown section {key!r} (known: {', '.join(KEYS)})", path, line_of(data, key))
    site = data.get("site") or {}
    if not isinstance(site, dict):
        raise CrosscheckError("'site' must be a mapping (base_url: ...)", path, line_of(data, "site"))
    for key in site:
        if key not in KEYS["site"]:
            raise CrosscheckError(f"unknown setting site.{key} (known: {', '.join(sorted(KEYS['site']))})", path,
                                  line_of(site, key))
    url = site.get("base_url")
    return Settings(base_url=base_url(url, path, line_of(site, "base_url")) if url else None)
