"""``needs-outside-source`` (warning): narration that nothing in the article itself can settle.

A sentence of the body's narration (not a heading, and only its parts outside quotation marks) is
flagged when it carries

* a quantity: a number with or without a unit ("-30 degrees Celsius", "400 drones", "25%",
  "$5 million"), a number word counting something ("three soldiers", "dozens of"), a fraction
  ("over two thirds", "half of"), or a duration ("for one week"); or
* a background assertion marker: "has long", "for years/decades", "since 2014",
  "is under ... control", "long-standing", "historically", "widely seen as", superlatives
  ("the largest").

Dates, clock times and relative dates are not quantities.  A quantity is *settled* (not flagged)
when the same amount of the same thing appears inside a quotation in the article ("for one week" in
narration, "for a week" in a quote): the article then names its source.  One finding per sentence;
its spans are the triggers, ``data.triggers`` lists them with their type, ``data.sentence`` the
sentence's span.
"""
from __future__ import annotations

import re

from ..findings import Finding
from ._base import (
    ABS_DATE_PATTERNS,
    DATE_ANCHOR,
    WEEKDAY_ANCHOR,
    Context,
    SpanSet,
    Anchor,
    scan,
)
from .malformed_timestamp import CLOCK, CLOCK_ANCHOR
from .relative_date import find_expressions
from .weekday_mismatch import PATTERNS as WEEKDAY_DATE_PATTERNS

KIND = "needs-outside-source"

_NUMWORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "million": 10**6, "billion": 10**9,
}
_QUAL = (r"(?:(?:as\s+(?:low|high|many|much|few|little|long|far)\s+as|more\s+than|less\s+than|fewer\s+than|over|under"
         r"|about|around|nearly|almost|some|up\s+to|at\s+least|roughly|approximately|an\s+estimated|just)\s+)?")
_WORDNUM = (r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            r"|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?")
_SCALE = r"(?:\s+(?:hundred|thousand|million|billion|trillion))*"
# The thing counted is a noun phrase of up to three words ("three primary schools", "40 main breaks"), or a
# rate ("15 parts per billion", "12 cases per 100,000 people"); it stops before a word that cannot be part
# of it (a function word, a verb form, an adverb), so "three primary" is never the whole quantity.
_STOP = (r"(?:of|or|and|to|in|at|on|for|from|by|with|but|the|a|an|that|which|who|was|were|is|are|had|has|have|will"
         r"|would|could|said|says|found|after|before|since|than|as|per|more|less|each|every|this|these|those|it|its"
         r"|their|his|her|they|he|she|we|were|been|be|not|no|so|if|when|while|until|over|under|into|about|across"
         r"|[a-z]+ed|[a-z]+ly)\b")
_WORD = r"(?!" + _STOP + r")[a-z]+"
_NOUN_PHRASE = _WORD + r"(?:\s+" + _WORD + r"){0,2}"
_RATE = r"(?:\s+per\s+(?:[\d,]+\s+)?[a-z]+)?"
_UNITWORD = (r"(?:\s*(?:%|percent|per\s+cent|percentage\s+points?)"
             r"|\s+(?:degrees?(?:\s+(?:Celsius|Fahrenheit|C|F))?|°\s?[CF]?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|kg|kilograms?|tonnes?|tons?"
             r"|square\s+\w+|hectares?|acres?|litres?|liters?|gallons?|barrels?|km/h|mph|dollars|euros|pounds|rubles|hryvnias"
             r"|" + _NOUN_PHRASE + _RATE + r"|[a-z]+\s+(?:of|in)\s+[a-z]+))?")
QUANTITY = re.compile(
    r"(?<![\w/\-.,])" + _QUAL +
    r"(?P<q>(?:[$€£¥]\s?)?(?:[-−]|minus\s+)?\d[\d,]*(?:\.\d+)?(?![\w.]\d)" + _SCALE + _UNITWORD +
    r"|(?:a\s+)?(?:dozens|hundreds|thousands|millions|billions|tens\s+of\s+thousands|hundreds\s+of\s+thousands|a\s+dozen)\s+of\s+[a-z]+"
    r"|" + _WORDNUM + _SCALE + r"\s+(?!times\b|sides\b|leaders\b|countries\b|men\b|women\b)" + _NOUN_PHRASE + _RATE +
    r"|(?:a|one|two|three|four)[\s\-](?:thirds?|quarters?|fifths?|tenths?)|half\s+(?=of\b)|(?<!\d)\d{1,2}/\d{1,2}(?!/|\d)"
    r"|(?:a|one)\s+in\s+(?:\w+|\d+))",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"(?<![\w\-])(?:for|take|takes|took|taking|last|lasts|lasted|lasting|spend|spends|spent|within)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|more\s+than\s+|up\s+to\s+|another\s+|at\s+least\s+)?(?P<q>(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+)\s+"
    r"(?:more\s+|further\s+|full\s+|whole\s+)?(?P<u>hours?|days?|nights?|weeks?|months?|years?))(?![\w\-])",
    re.IGNORECASE,
)
BACKGROUND = re.compile(
    r"(?<![\w\-])(?:(?:has|have|had)\s+(?:long|for\s+(?:years|decades))"
    r"|long[\s-]standing|longstanding|long[\s-]running|decades[\s-]long|years[\s-]long|centuries[\s-]old"
    r"|for\s+(?:years|decades|centuries|generations|many\s+years)"
    r"|since\s+(?:1[89]\d\d|20\d\d)|since\s+the\s+(?:start|beginning|outbreak|end|collapse|fall)\s+of"
    r"|(?:is|are|was|were|remains?|remained|has\s+been|have\s+been)\s+(?:now\s+|largely\s+|partly\s+|partially\s+|mostly\s+|already\s+|still\s+)?"
    r"(?:under\s+(?:[\w'’\-]+\s+){0,3}?(?:control|occupation)|occupied|annexed)"
    r"|historically|traditionally|widely\s+(?:seen|regarded|considered|believed|viewed|known)"
    r"|(?:is|are|was)\s+known\s+(?:as|for)"
    r"|(?:the\s+)?(?:world's|country's|Europe's|region's)\s+(?:largest|biggest|deadliest|longest|highest|oldest)"
    r"|the\s+(?:largest|biggest|deadliest|worst|longest|heaviest)|for\s+the\s+first\s+time)(?![\w\-])",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(
    r"(?:Article|Route|Section|Chapter|Resolution|No\.|Number|Flight|Room|Page|Vol\.|Apollo|Boeing|Airbus|Gate|Level"
    r"|Su|MiG|Tu|Ka|Mi|Il|An|Patriot|HIMARS|G|F|B|T)\s*[-\s]?$"
)
_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")


def _key(text: str) -> tuple | None:
    """(amount, thing) of a quantity, for matching narration against quotations."""
    words = re.findall(r"[\w.]+", text.lower())
    if not words:
        return None
    amount = None
    for i, w in enumerate(words):
        w2 = w.replace(",", "")
        try:
            amount = float(w2)
        except ValueError:
            amount = _NUMWORDS.get(w)
        if amount is not None:
            rest = [x for x in words[i + 1:] if x not in ("more", "further", "full", "whole")]
            thing = rest[0].rstrip("s") if rest else ""
            return (amount, thing)
    return None


QUANTITY_ANCHOR = Anchor(
    ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
     "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
     "sixty", "seventy", "eighty", "ninety", "dozen", "dozens", "hundreds", "thousands", "millions", "billions",
     "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "half"],
    extra=r"[0-9$€£¥]+",
)
DURATION_ANCHOR = Anchor(["hour", "hours", "day", "days", "night", "nights", "week", "weeks", "month", "months",
                             "year", "years"])
BACKGROUND_ANCHOR = Anchor(
    ["long", "longstanding", "years", "decades", "centuries", "generations", "since", "under", "occupation",
     "occupied", "annexed", "historically", "traditionally", "widely", "known", "largest", "biggest", "deadliest",
     "worst", "longest", "heaviest", "highest", "oldest", "first"])


def _excluded_spans(ctx: Context) -> SpanSet:
    text = ctx.text
    spans = SpanSet()
    for x in find_expressions(ctx):
        spans.add(x.start, x.end)
    for _, rx in ABS_DATE_PATTERNS:
        for m in scan(rx, DATE_ANCHOR, text, 40, 40):
            spans.add(*m.span())
    for rx in WEEKDAY_DATE_PATTERNS:
        for m in scan(rx, WEEKDAY_ANCHOR, text, 40, 40):
            spans.add(*m.span())
    for m in scan(CLOCK, CLOCK_ANCHOR, text, 4, 14):
        spans.add(*m.span())
    return spans


_RULES = (
    ("duration", DURATION, DURATION_ANCHOR, 40, 20),
    ("background", BACKGROUND, BACKGROUND_ANCHOR, 50, 80),
    ("quantity", QUANTITY, QUANTITY_ANCHOR, 60, 80),
)


def check(ctx: Context) -> list[Finding]:
    headings = ctx.headings
    body = [i for i in ctx.body_sentence_indices if i not in headings]
    if not body:
        return []
    lo = ctx.sentences[body[0]][0]
    per_sentence, settled = _triggers(ctx, lo, set(body), _quoted_keys(ctx, lo))
    return [_finding(ctx, idx, sorted(per_sentence[idx]), settled.get(idx)) for idx in sorted(per_sentence)]


def _quoted_keys(ctx: Context, lo: int) -> set[tuple]:
    """Quantities stated inside quotations: these settle the same quantity in narration."""
    keys: set[tuple] = set()
    for qs, qe in ctx.quotes:
        if qe <= lo:
            continue
        for _, rx, anchor, before, after in (_RULES[0], _RULES[2]):
            for m in scan(rx, anchor, ctx.text, before, after, qs, qe):
                k = _key(m.group("q"))
                if k is not None:
                    keys.add(k)
    return keys


def _triggers(ctx: Context, lo: int, body: set[int], quoted_keys: set[tuple]):
    """Per body sentence, its (start, end, label) triggers; and per sentence, the ones quotes settle."""
    text = ctx.text
    excluded = _excluded_spans(ctx)
    per_sentence: dict[int, list[tuple[int, int, str]]] = {}
    settled: dict[int, list[str]] = {}
    taken = SpanSet()
    for kind, rx, anchor, before, after in _RULES:
        for m in scan(rx, anchor, text, before, after, lo):
            s, e = m.span()
            while e > s and text[e - 1] in " ,.;:":
                e -= 1
            idx = ctx.sentence_index(s)
            if idx is None or idx not in body or e > ctx.sentences[idx][1] or e <= s:
                continue
            if ctx.in_quote(s) is not None or taken.overlaps(s, e):
                continue
            label = _label(kind, m, text, excluded)
            if label is None:
                continue
            k = None if kind == "background" else _key(m.group("q"))
            if k is not None and k in quoted_keys:
                settled.setdefault(idx, []).append(text[s:e])
                continue
            taken.add(s, e)
            per_sentence.setdefault(idx, []).append((s, e, label))
    return per_sentence, settled


def _label(kind: str, m: re.Match, text: str, excluded: SpanSet) -> str | None:
    """'background', 'duration', 'fraction' or 'quantity'; None for a number that needs no source."""
    if kind != "quantity":
        return kind
    q = m.group("q")
    if excluded.overlaps(m.start("q"), m.end("q")):
        return None
    if _YEAR_ONLY.fullmatch(q.strip()) or _NAME_BEFORE.search(text, max(0, m.start("q") - 10), m.start("q")):
        return None
    fraction = "/" in q or re.search(r"third|quarter|fifth|tenth|half|\bin\b", q, re.I)
    return "fraction" if fraction else "quantity"


def _finding(ctx: Context, idx: int, triggers: list[tuple[int, int, str]], settled: list[str] | None) -> Finding:
    text = ctx.text
    s0, e0 = ctx.sentences[idx]
    described = "; ".join(f'{t} "{text[s:e]}"' for s, e, t in triggers)
    data = {
        "sentence": {"start": s0, "end": e0},
        "triggers": [{"type": t, "text": text[s:e], "start": s, "end": e} for s, e, t in triggers],
    }
    if settled:
        data["settled_by_quotes"] = settled
    return Finding(
        kind=KIND, severity="warning",
        message=f"needs an outside source: {described}",
        spans=tuple(ctx.span(s, e) for s, e, _ in triggers),
        data=data,
    )
