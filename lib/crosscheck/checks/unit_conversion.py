"""``unit-conversion``: a quantity given in two units, and whether the two agree.

"-30 degrees Celsius (-22 degrees Fahrenheit)", "10 miles (16 km)", "5 km, or about 3 miles".
Each pair gives one finding: ``info`` when consistent, ``error`` when not; ``data.consistent``.

Tolerance allows for rounding: each number stands for an interval of half its last digit
("16" is 15.5..16.5, "1.5" is 1.45..1.55), the first number's interval is carried through the
conversion, plus 3% of the converted value for ordinary rounding (10% with "about", "some", ...)
except for temperatures, whose rounding is only in the digits.  Ambiguous units try every reading
("tons": short, long, metric; "gallons": US, imperial; bare "degrees": Celsius or Fahrenheit,
whichever the other side is not) and count as consistent if one reading fits.
"""
from __future__ import annotations

import functools
import re

from ..findings import Finding
from ._base import Context, scan

KIND = "unit-conversion"

# (surface regex, candidate pint units, label); compound forms before their prefixes.
UNITS: list[tuple[str, tuple[str, ...], str]] = [
    (r"degrees?\s+(?:Celsius|celsius|centigrade|C)|°\s?C|º\s?C|C(?=[\s),;.]|$)", ("degC",), "°C"),
    (r"degrees?\s+(?:Fahrenheit|fahrenheit|F)|°\s?F|º\s?F|F(?=[\s),;.]|$)", ("degF",), "°F"),
    (r"kelvins?|K(?=[\s),;.]|$)", ("kelvin",), "K"),
    (r"degrees?|°|º", ("degC", "degF"), "degrees"),
    (r"square\s+kilomet(?:re|er)s?|sq\.?\s?km|km2|km²", ("km**2",), "km²"),
    (r"square\s+miles?|sq\.?\s?mi(?:les?)?", ("mile**2",), "sq mi"),
    (r"square\s+met(?:re|er)s?|sq\.?\s?m|m2|m²", ("m**2",), "m²"),
    (r"square\s+f(?:ee|oo)t|sq\.?\s?ft|ft2|ft²", ("ft**2",), "sq ft"),
    (r"hectares?|ha", ("hectare",), "ha"),
    (r"acres?", ("acre",), "acres"),
    (r"cubic\s+met(?:re|er)s?|m3|m³", ("m**3",), "m³"),
    (r"cubic\s+f(?:ee|oo)t|cu\.?\s?ft|ft3|ft³", ("ft**3",), "cu ft"),
    (r"km/h|kph|kmh|km\s+per\s+hour|kilomet(?:re|er)s\s+(?:per|an)\s+hour", ("km/hour",), "km/h"),
    (r"mph|miles\s+(?:per|an)\s+hour", ("mile/hour",), "mph"),
    (r"m/s|met(?:re|er)s\s+per\s+second", ("m/s",), "m/s"),
    (r"knots?|kts?", ("knot",), "knots"),
    (r"nautical\s+miles?|nmi", ("nautical_mile",), "nautical miles"),
    (r"kilomet(?:re|er)s?|kms?", ("km",), "km"),
    (r"centimet(?:re|er)s?|cm", ("cm",), "cm"),
    (r"millimet(?:re|er)s?|mm", ("mm",), "mm"),
    (r"miles?|mi", ("mile",), "miles"),
    (r"yards?|yds?", ("yard",), "yards"),
    (r"feet|foot|ft", ("foot",), "feet"),
    (r"inch(?:es)?|in\.", ("inch",), "inches"),
    (r"met(?:re|er)s?|m", ("m",), "m"),
    (r"kilo(?:gram(?:me)?s?|s)?|kgs?", ("kg",), "kg"),
    (r"grams?|grammes?|g", ("gram",), "g"),
    (r"(?:metric\s+)?tonnes?|metric\s+tons?", ("metric_ton",), "tonnes"),
    (r"tons?", ("short_ton", "long_ton", "metric_ton"), "tons"),
    (r"pounds?|lbs?", ("pound",), "lb"),
    (r"ounces?|oz", ("ounce",), "oz"),
    (r"lit(?:re|er)s?|l|L", ("liter",), "litres"),
    (r"gallons?|gal", ("gallon", "imperial_gallon"), "gallons"),
    (r"barrels?|bbl", ("oil_barrel",), "barrels"),
]
_UNIT_ALT = "|".join(f"(?P<u{i}>{rx})" for i, (rx, _, _) in enumerate(UNITS))
_NUM = (r"(?P<sign>(?<![\w.,])[-−–](?=\d)|(?<![\w])minus\s+)?(?<![\w.,])"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d])"
        r"(?:\s+(?P<scale>thousand|million|billion))?")
QUANTITY = re.compile(_NUM + r"\s?-?\s?(?:" + _UNIT_ALT + r")(?![A-Za-z0-9²³/])")
_HEDGE = r"(?:about|around|approximately|approx\.|roughly|some|nearly|almost|more\s+than|over|under|less\s+than|up\s+to|close\s+to|~|c\.|ca\.)"
BETWEEN_PAREN = re.compile(r"\s*\(\s*(?P<hedge>" + _HEDGE + r"\s*)?(?:or\s+)?(?:(?P<hedge2>" + _HEDGE + r")\s*)?")
BETWEEN_OR = re.compile(r",?\s+or\s+(?:(?P<hedge>" + _HEDGE + r")\s+)?")
_DIGITS = re.compile(r"[0-9]+")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TEMPS = {"degC", "degF", "kelvin"}


@functools.lru_cache(maxsize=1)
def ureg():
    import pint

    return pint.UnitRegistry()


def _parse(m: re.Match) -> dict:
    raw = m.group("num").replace(",", "")
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    value = float(raw)
    scale = _SCALES.get((m.group("scale") or "").lower(), 1.0)
    if m.group("sign"):
        value = -value
    unit_index = next(i for i in range(len(UNITS)) if m.group(f"u{i}") is not None)
    return {
        "value": value * scale,
        "half": 0.5 * 10 ** (-decimals) * scale,
        "units": UNITS[unit_index][1],
        "label": UNITS[unit_index][2],
        "text": m.group(0),
    }


@functools.lru_cache(maxsize=4096)
def _convert(value: float, u1: str, u2: str) -> float:
    """``value`` in unit ``u1`` expressed in ``u2`` (memoised: long texts repeat the same pairs)."""
    q = ureg().Quantity
    return float(q(value, u1).to(u2).magnitude)


def _compare(a: dict, b: dict, hedged: bool):
    """Best reading of the pair: (consistent, u1, u2, expected, difference, tolerance) or None."""
    from pint import DimensionalityError

    best = None
    for u1 in a["units"]:
        for u2 in b["units"]:
            if u1 == u2:
                continue
            try:
                expected = _convert(a["value"], u1, u2)
                factor = abs(_convert(1.0, u1, u2) - _convert(0.0, u1, u2))
            except DimensionalityError:  # units of different kinds (a length and a mass): no pair
                continue
            temperature = u1 in _TEMPS
            rel = 0.0 if temperature else (0.10 if hedged else 0.03)
            tol = a["half"] * factor + b["half"] + rel * abs(expected) + 1e-9
            diff = abs(expected - b["value"])
            cand = (diff <= tol, u1, u2, expected, diff, tol)
            if best is None or (cand[0], -diff / (tol or 1)) > (best[0], -best[4] / (best[5] or 1)):
                best = cand
    return best


class _PairAnchor:
    """Digit runs with a "(" or " or " within reach: only those can be one side of a pair."""

    def positions(self, text: str, start: int = 0, end: int | None = None):
        out = []
        for m in _DIGITS.finditer(text, start, end if end is not None else len(text)):
            a, b = m.span()
            around = text[max(0, a - 45):b + 45]
            if "(" in around or " or " in around:
                out.append((a, b))
        return out


def _fmt(x: float) -> str:
    return f"{x:.4g}" if abs(x) < 1e6 else f"{x:.4e}"


def check(ctx: Context) -> list[Finding]:
    text = ctx.text
    quantities = list(scan(QUANTITY, _PairAnchor(), text, 8, 60))
    out: list[Finding] = []
    for m1, m2 in zip(quantities, quantities[1:]):
        between = text[m1.end():m2.start()]
        if len(between) > 40:
            continue
        bp = BETWEEN_PAREN.fullmatch(between)
        bo = None if bp else BETWEEN_OR.fullmatch(between)
        if bp is None and bo is None:
            continue
        end = m2.end()
        if bp is not None:
            close = re.match(r"\s*\)", text[end:end + 10])
            if close is None:
                continue
            end += close.end()
            hedged = bool(bp.group("hedge") or bp.group("hedge2"))
        else:
            hedged = bool(bo.group("hedge"))
        try:
            a, b = _parse(m1), _parse(m2)
        except (ValueError, OverflowError, StopIteration):
            continue
        hedged = hedged or bool(re.search(_HEDGE + r"\s*$", text[max(0, m1.start() - 20):m1.start()]))
        result = _compare(a, b, hedged)
        if result is None:
            continue
        consistent, u1, u2, expected, diff, tol = result
        s = m1.start()
        expr = text[s:end]
        verdict = "consistent" if consistent else f"inconsistent: off by {_fmt(diff)} (tolerance {_fmt(tol)})"
        out.append(Finding(
            kind=KIND, severity="info" if consistent else "error",
            message=f'"{expr}": {_fmt(a["value"])} {u1} = {_fmt(expected)} {u2}; stated {_fmt(b["value"])}: {verdict}',
            spans=(ctx.span(s, end),),
            data={
                "expression": expr, "value": a["value"], "unit": u1, "stated": b["value"], "stated_unit": u2,
                "expected": round(expected, 6), "difference": round(diff, 6), "tolerance": round(tol, 6),
                "consistent": bool(consistent), "hedged": hedged,
            },
        ))
    return out
