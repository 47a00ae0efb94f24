"""Counts written in digits or words ("3", "three", "seventy-four", "a couple of"), for date arithmetic."""
from __future__ import annotations

import re

ONES = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen").split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
            "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()

#: a count in digits or words; "a"/"an" count one
NUMBER = (r"(?:\d{1,4}|(?:" + "|".join(TENS) + r")(?:[\s\-](?:" + "|".join(ONES[:9]) + r"))?|"
          + "|".join(sorted(ONES, key=len, reverse=True)) + r"|a\s+couple\s+of|a\s+dozen|an?)")
#: a day of the month in words: "eighth", "twenty-first", "thirtieth"
DAY_WORD = (r"(?:(?:twenty|thirty)[\s\-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|"
            + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r")")


def number_value(words: str) -> int:
    """The value of a NUMBER match ("seventy-four" -> 74, "a couple of" -> 2, "a" -> 1)."""
    w = re.sub(r"[\s\-]+", " ", words.strip().lower())
    if w.isdigit():
        return int(w)
    if w in ("a", "an"):
        return 1
    if w == "a couple of":
        return 2
    if w == "a dozen":
        return 12
    parts = w.split()
    total = 0
    for part in parts:
        if part in TENS:
            total += 10 * (TENS.index(part) + 2)
        else:
            total += ONES.index(part) + 1
    return total


def day_word_value(word: str) -> int:
    """The day number of a DAY_WORD match ("eighth" -> 8, "twenty-first" -> 21)."""
    w = re.sub(r"[\s\-]+", " ", word.strip().lower())
    if w == "thirtieth":
        return 30
    parts = w.split()
    if len(parts) == 2:
        return (20 if parts[0] == "twenty" else 30) + ORDINALS.index(parts[1]) + 1
    return ORDINALS.index(w) + 1
