"""The colours the presentation layer gives statuses and stances (site, notebooks and charts alike).

Status badges are white text on the colour (each at least 4.5:1 against white, WCAG AA); stance cells are dark
text on a light background. A value without a colour of its own gets the neutral one, so a status or stance
added to the rules later still shows, legibly, as its word.
"""
from __future__ import annotations

NEUTRAL_STATUS = "#57606a"
NEUTRAL_STANCE = "#ffffff"

STATUS_COLOURS = {
    "confirmed": "#1a7f37",
    "unconfirmed": "#8a5c00",
    "contested": "#c21f2b",
    "inconsistent": "#7a47d6",
    "unverifiable": NEUTRAL_STATUS,
}
STANCE_COLOURS = {
    "asserts": "#b7e4c7",
    "confirms": "#74c69d",
    "qualifies": "#ffe8a3",
    "declines": "#f6d5b8",
    "denies": "#f4a5a5",
    "disputed": "#e4d4f7",
    "silent": "#f0f0f0",
}
#: Stances drawn with a dashed border as well as their colour: the reports of the party's words disagree.
MARKED_STANCES = ("disputed",)


def status_colour(status: str) -> str:
    return STATUS_COLOURS.get(str(status), NEUTRAL_STATUS)


def stance_colour(stance: str) -> str:
    return STANCE_COLOURS.get(str(stance), NEUTRAL_STANCE)


def slug(value: object) -> str:
    """A CSS-class-safe form of a status or stance word: letters, digits and hyphens."""
    text = "".join(c if c.isascii() and c.isalnum() else "-" for c in str(value).lower()).strip("-")
    return text or "none"
