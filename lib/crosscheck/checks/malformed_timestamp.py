"""``malformed-timestamp`` (error): a time of day that cannot be what it says.

* a 24-hour clock time with AM/PM ("19:52 PM": hour 19 exists only on the 24-hour clock),
  or hour 0 with AM/PM ("00:30 AM"), or "13 PM";
* an hour past 24 or a minute/second past 59 ("25:10", "10:75"); "24:00" is allowed.

Stopwatch-like contexts (race/lap times, scores, ratios, verses) are left alone for hours past 24.
"""
from __future__ import annotations

import re

from ..findings import Finding
from ._base import Context, scan

KIND = "malformed-timestamp"

_MER = r"(?P<mer>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z])"
CLOCK = re.compile(
    r"(?<![\w:.,/\-])(?P<h>\d{1,2})(?P<sep>:)(?P<mi>\d{2})(?::(?P<se>\d{2}))?(?![\w:]|[.,]\d)"
    r"(?:\s?" + _MER + r")?"
    r"|(?<![\w:.,/\-])(?P<h2>\d{1,2})\.(?P<mi2>\d{2})\s?(?P<mer2>[AaPp]\.?\s?[Mm]\.?)(?![A-Za-z])"
    r"|(?<![\w:.,/\-])(?P<h3>\d{1,2})\s?(?P<mer3>AM|PM|[ap]\.m\.)(?![A-Za-z])"
)
CLOCK_ANCHOR = re.compile(r"[0-9](?:[:.][0-9]| ?[AaPp]\.?[Mm])")
_NOT_CLOCK = re.compile(
    r"\b(?:score[ds]?|ratio|verses?|chapter|odds|beat|won|lost|wins?|defeat(?:ed)?|votes?|margin|aspect|"
    r"ran|race|lap|clocked|finish(?:ed)?|time of|in a time|record|marathon|minutes?|mins?)\b[^.\n]{0,25}$",
    re.IGNORECASE,
)


def check(ctx: Context) -> list[Finding]:
    text = ctx.text
    out: list[Finding] = []
    for m in scan(CLOCK, CLOCK_ANCHOR, text, 4, 14):
        g = m.groupdict()
        if g["h"] is not None:
            h, mi, se, mer = int(g["h"]), int(g["mi"]), g["se"], g["mer"]
        elif g["h2"] is not None:
            h, mi, se, mer = int(g["h2"]), int(g["mi2"]), None, g["mer2"]
        else:
            h, mi, se, mer = int(g["h3"]), 0, None, g["mer3"]
        sec = int(se) if se is not None else 0
        problems = []
        if mer:
            meridiem = "AM" if mer.strip()[0] in "Aa" else "PM"
            if h > 12:
                if h <= 23:
                    problems.append(f"hour {h} is on the 24-hour clock, where {meridiem} means nothing"
                                    f" ({h}:{mi:02d} is {h - 12}:{mi:02d} PM)")
                else:
                    problems.append(f"there is no hour {h}, and a 12-hour clock stops at 12")
            elif h == 0:
                problems.append(f"a 12-hour clock has no hour 0 (00:{mi:02d} {meridiem} is 12:{mi:02d} AM)")
        else:
            meridiem = None
            if h > 24 or (h == 24 and (mi or sec)):
                if _NOT_CLOCK.search(text, max(0, m.start() - 40), m.start()):
                    continue
                problems.append(f"there is no hour {h} in a day")
        if mi > 59:
            problems.append(f"there is no minute {mi}")
        if sec > 59:
            problems.append(f"there is no second {sec}")
        if not problems:
            continue
        s, e = m.start(), m.end()
        out.append(Finding(
            kind=KIND, severity="error",
            message=f'"{text[s:e]}": ' + "; ".join(problems),
            spans=(ctx.span(s, e),),
            data={"expression": text[s:e], "hour": h, "minute": mi, "second": int(se) if se else None,
                  "meridiem": meridiem, "problems": problems},
        ))
    return out
