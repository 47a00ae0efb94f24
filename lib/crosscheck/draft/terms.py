"""Terms: the content words of a statement, reduced to comparable concepts, and their similarity.

A text's terms are its content words, case-folded, stemmed (Snowball English), with function words and
reporting verbs left out and words of one concept mapped to one term ("asked", "request" and "appeal"
all give ``ask``). Terms are weighted by their rarity in the article (inverse document frequency over
its statements), so a name that runs through the whole article counts for little and the word that
names a point counts for much.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")

# Function words, reporting verbs and words that carry no point of their own.
STOPWORDS = frozenset("""
a about above according across after afterwards again against all almost along already also although always am
among an and another any anyone anything are around as at be became because become been before being below
beside besides between both but by can cannot could did do does doing done down during each either else
enough even ever every few for from further had has have having he her here hers herself him himself his how
however i if in into is it its itself just least less many may me might more most much must my myself
neither never nevertheless no nobody none nor not nothing now of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps quite rather really same several shall she
should since so some still such than that the their theirs them themselves then there therefore these they
this those though through throughout thus to together too toward towards under until up upon us very via
was we well were what whatever when whenever where whether which while who whoever whole whom whose why will
with within without would yet you your yours yourself yourselves n't s t
said say says saying told tell tells telling added adding add adds stated statement statements announced
asserted claimed insisted noted explained according
confirmed confirm confirms confirming denied deny denies denying disputed dispute disputes rejected reject
acknowledged acknowledge declined decline comment comments commented commenting reveal revealed divulge
divulged disclose disclosed explicitly indeed
mr mrs ms dr anyone else anybody someone something company firm government official officials side sides
last next week weeks month months year years day days ago earlier later time times
set make get put come keep let seem become
forward ahead away
""".split())

# Words of one concept. Each group's first word names the concept; a word may stand in several groups.
SYNONYMS = (
    "ask request appeal urge",
    "strike attack fire hit bomb bombard shell shelling missile drone",
    "halt stop pause refrain cease suspend forgo freeze",
    "talk negotiation negotiate negotiator meeting meet discussion discuss deal",
    "agree accept approve consent",
    "deal agreement accord treaty pact settle settlement agree",
    "buy acquire acquisition purchase takeover sale sell bid offer target approach buyer bidder",
    "close shut closure",
    "kill killed death dead die died casualty fatality",
    "wound wounded injure injured injury hurt casualty",
    "rise raise increase grow growth",
    "fall drop cut reduce lower shrink shrank shrunk dwindle",
    "pay wage salary",
    "inform tell notify notified alert warn letter correspondence write",
    "find found discover detect uncover",
    "breach hack hacker intrusion steal stole stolen leak unauthorised unauthorized",
    "data record detail information database",
    "customer user client",
    "investigate investigation inquiry enquiry probe",
    "postpone delay defer",
    "inspect inspection inspector",
    "repair fix mend",
    "destroy destroyed",
    "civilian civilians",
    "plan planned intend",
    "leave quit depart exit",
    "fee charge price cost tariff",
    "ceasefire truce",
    "proposal propose offer",
    "response respond answer reply reaction accept agree",
    "boat vessel ship craft",
    "resign resignation quit",
    "bribe bribery kickback corruption",
    "recall withdraw",
    "legal lawyer lawsuit sue litigation judicial",
    "number figure tally",
    "deficit shortfall gap",
    "job post role position",
    "report disclose flag",
    "aircraft plane jet warplane helicopter airstrike",
)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("english")


# Irregular past forms the stemmer leaves apart from their verb.
IRREGULAR = {
    "broke": "break", "broken": "break", "took": "take", "taken": "take", "gave": "give", "given": "give",
    "stole": "steal", "stolen": "steal", "chose": "choose", "chosen": "choose", "spoke": "speak", "spoken": "speak",
    "wrote": "write", "written": "write", "ran": "run", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "held": "hold", "made": "make", "found": "find", "told": "tell", "sold": "sell",
    "bought": "buy", "brought": "bring", "thought": "think", "met": "meet", "sent": "send", "paid": "pay",
    "won": "win", "lost": "lose", "kept": "keep", "began": "begin", "begun": "begin", "went": "go", "gone": "go",
    "saw": "see", "seen": "see", "knew": "know", "known": "know", "grew": "grow", "grown": "grow", "drew": "draw",
    "drawn": "draw", "flew": "fly", "flown": "fly", "struck": "strike", "shot": "shoot", "fought": "fight",
    "caught": "catch", "sought": "seek", "fled": "flee", "spent": "spend", "built": "build", "felt": "feel",
    "dealt": "deal", "meant": "mean", "hid": "hide", "hidden": "hide", "froze": "freeze", "frozen": "freeze",
    "led": "lead", "left": "leave", "bid": "bid", "shut": "shut", "hit": "hit", "cut": "cut", "set": "set",
}


#: Month abbreviations, read as their month ("Oct. 22" and "the October meeting" name one month).
MONTHS = {"jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
          "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
          "dec": "december"}


def _stem(word: str) -> str:
    """The Snowball stem, with -ance/-ancy and -ence/-ency nouns brought to their -ant/-ent adjective
    ("vacancies" and "vacant", "dependence" and "dependent")."""
    stem = _stemmer().stemWord(word)
    return stem[:-1] + "t" if stem.endswith(("anc", "enc")) else stem


@lru_cache(maxsize=65536)
def _concepts(word: str) -> tuple[str, ...]:
    stem = _stem(MONTHS.get(word) or IRREGULAR.get(word, word))
    found = tuple(dict.fromkeys(group for group, members in _GROUPS if stem in members))
    return found or (stem,)


def _build_groups() -> tuple[tuple[str, frozenset[str]], ...]:
    return tuple((line.split()[0], frozenset(_stem(w) for w in line.split())) for line in SYNONYMS)


_GROUPS = _build_groups()


def words(text: str) -> list[str]:
    """The words and numbers of ``text``, case-folded, possessives dropped."""
    found = []
    for match in _WORD.finditer(text):
        word = match.group(0).casefold().replace("\u2019", "'")
        if word.endswith("'s"):
            word = word[:-2]
        found.append(word.strip("'-").replace(",", ""))
    return found


@lru_cache(maxsize=65536)
def content_words(text: str) -> tuple[str, ...]:
    """The words of ``text`` that carry terms (not function words or reporting verbs)."""
    return tuple(w for w in words(text) if w not in STOPWORDS and (len(w) >= 2 or w.isdigit()))


#: Phrases that name one concept of :data:`SYNONYMS` ("stay open" is the point "close" denied).
PHRASES = re.compile(r"\b(?P<close>(?:stay|stays|stayed|staying|remain|remains|remained|remaining|keep|keeps|kept|keeping)\s+"
                     r"(?:\w+\s+){0,3}?open|"
                     r"go(?:es)?\s+offline|went\s+offline|wind\s+down)\b"
                     r"|\b(?P<fall>(?:lay|lays|laid)\s+off|lay-?offs?|job\s+loss(?:es)?)\b"
                     r"|\b(?P<resign>step(?:s|ped)?\s+down|stand(?:s)?\s+down|stood\s+down)\b"
                     r"|\b(?P<leave>pull(?:s|ed)?\s+out)\b"
                     r"|\b(?P<report>(?:come|comes|came|coming)\s+forward|own(?:s|ed)?\s+up)\b"
                     r"|\b(?P<aircraft>air\s+(?:strikes?|raids?|attacks?))\b", re.IGNORECASE)


@lru_cache(maxsize=65536)
def terms(text: str) -> frozenset[str]:
    """The concept terms of ``text`` (and of the phrases of :data:`PHRASES` in it)."""
    result: set[str] = {match.lastgroup for match in PHRASES.finditer(text)}
    for word in words(text):
        if word in STOPWORDS or len(word) < 2 and not word.isdigit():
            continue
        result.update(_concepts(word))
    return frozenset(result)


#: The auxiliary and modal verbs, as a regular-expression group: a clause that starts with one has lost its
#: subject ("had not sought to ..."); a "that" before one is a subject ("That is pressure"), not a link.
AUXILIARY = r"(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|did|does|do)"

#: A figure ("15", "400000"; not a year) names a point more surely than a word does.
FIGURE_WEIGHT = 2.0
_FIGURE = re.compile(r"^(?!(?:19|20)\d\d$)\d[\d.]*$")
#: Added to the number of statements so that a short article's shared words still count (idf smoothing).
SMOOTHING = 10


_MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9, "k": 1e3}
_CALENDAR = frozenset("january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())
_UNIT_SKIP = frozenset("per cent percent a an the of more than less fewer about around some nearly almost over "
                       "under up to at least".split())


#: Numbers written as words count as figures ("six stores"); "one" is too often no count at all.
_NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split()) if n >= 2}
_NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
                      "ninety": "90", "hundred": "100", "dozen": "12"})


_NUMBER = r"\d[\d,]*(?:\.\d+)?|" + "|".join(_NUMBER_WORDS)
_A_NUMBER = re.compile(rf"\b(?:{_NUMBER})\b", re.IGNORECASE)
#: A number set aside: "16 vacant posts, not 11", "rather than 40".
_SET_ASIDE = re.compile(rf"\b(?:not|rather than|instead of)\s+(?:the\s+)?(?:about\s+|some\s+|(?:more|fewer|less)\s+than\s+|over\s+)?"
                        rf"(?P<n>{_NUMBER})\b(?!\s*(?:%|per))",
                        re.IGNORECASE)


def _value(token: str) -> float:
    word = token.casefold()
    return float(_NUMBER_WORDS.get(word) or word.replace(",", ""))


def numbers(text: str) -> frozenset[float]:
    """Every number ``text`` gives, in figures or in words ("Eleven out of 42" gives 11 and 42)."""
    return frozenset(_value(m.group(0)) for m in _A_NUMBER.finditer(text))


def set_aside(text: str) -> frozenset[float]:
    """The numbers ``text`` sets aside as wrong: "its count showed 16 vacant posts, not 11" gives 11."""
    return frozenset(_value(m.group("n")) for m in _SET_ASIDE.finditer(text))


#: What a correction sets aside: "warned for lateness, not for refusing to sign" sets aside "for refusing to sign".
_WORDS_SET_ASIDE = re.compile(r",\s+(?:and\s+)?not\s+(?P<aside>(?!only\b|least\b|yet\b|just\b)(?:[^,;.]{3,80}|\d[\d,.]*\b))", re.IGNORECASE)


def set_aside_words(content: str) -> str:
    """The words a correction in ``content`` sets aside ("..., not for refusing to sign"), or ""."""
    match = _WORDS_SET_ASIDE.search(content)
    return match.group("aside") if match else ""


def figures(text: str) -> dict[str, float]:
    """The figures a text gives, by what they count: "about 3 million customers" gives {"customer": 3e6}.

    A percentage counts "percent"; the unit is the concept of the first content word after the number.
    """
    found: dict[str, float] = {}
    matched = list(_WORD.finditer(text))
    raw = [m.group(0) for m in matched]
    tokens = [_NUMBER_WORDS.get(w.casefold(), w.casefold().replace(",", "")) for w in raw]
    for at, token in enumerate(tokens):
        if not token[:1].isdigit() or _FIGURE.match(token) is None:
            continue
        try:
            value = float(token)
        except ValueError:
            continue
        after = at + 1      # the first token after the number (and its magnitude)
        rest = tokens[after:at + 5]
        if rest[:1] == ["of"] and rest[1:2] != ["a"] and not (rest[1:2] and rest[1][:1].isdigit()):
            continue        # "12 of the homes", "two of them": a part of a count, not a count of its own
        if rest[:1] and rest[0] in _MAGNITUDES:
            value, rest, after = value * _MAGNITUDES[rest[0]], rest[1:], after + 1
        if text[max(0, matched[at].start() - 1):matched[at].start()] in _CURRENCIES:
            found[_sum_of(tokens, raw, at, after)] = value
            continue
        if rest[:2] == ["per", "cent"] or rest[:1] == ["percent"]:
            found["percent"] = value
            continue
        cased = raw[after:at + 5]
        unit = next((w for w, c in zip(rest[:_unit_end(rest)], cased) if w not in _UNIT_SKIP
                     and (w not in STOPWORDS or w == "times") and not w[:1].isdigit() and not c[:1].isupper()), None)
        if unit and unit not in _CALENDAR:
            found[_concepts(unit)[0]] = value
        elif not rest and value >= 10:      # "The number is closer to 800": a count the context names
            found[""] = value
    return found


#: Words after a number that end the search for what it counts: a span of time ("six weeks to record the
#: remains": no count of records) or a verb ("a team of 14 had recorded": the number is its subject's).
_UNIT_ENDS = frozenset("day days week weeks month months year years".split()) | frozenset(
    AUXILIARY.removeprefix("(?:").removesuffix(")").split("|"))


def _unit_end(rest: list[str]) -> int:
    """How many of the words after a number may name what it counts (up to a span of time or a verb)."""
    return next((n for n, word in enumerate(rest) if word in _UNIT_ENDS), len(rest))


_CURRENCIES = frozenset("£$€¥")
#: Words between a sum of money and the noun naming what it counts: "a deficit of about £1.2 billion",
#: "put the shortfall at £400m", "the deficit would be closer to £700m".
_SUM_FILLER = frozenset("of at about around some nearly almost over under more than less just only roughly to be "
                        "been is was were would will could closer nearer estimated put a an the its their total "
                        "totalling worth valued".split())


def _sum_of(tokens: list[str], raw: list[str], at: int, after: int) -> str:
    """What a sum of money counts, as its figure's unit "money:CONCEPT": the noun right after it ("a £5
    credit"), or after "in", "on" or "for" ("paid £310m in dividends"), else the noun naming it before
    ("a funding deficit of £1.2bn", "put the shortfall at £400m", "paid £150m"); "money" when none is."""
    rest, cased = tokens[after:after + 2], raw[after:after + 2]
    if rest[:1] and rest[0] in ("in", "on", "for"):
        rest, cased = rest[1:], cased[1:]
    if rest and rest[0] not in STOPWORDS and not rest[0][:1].isdigit() and not cased[0][:1].isupper():
        return "money:" + _concepts(rest[0])[0]
    for back in range(at - 1, max(-1, at - 7), -1):
        word = tokens[back]
        if word in _SUM_FILLER:
            continue
        if word not in STOPWORDS and not word[:1].isdigit() and not raw[back][:1].isupper():
            return "money:" + _concepts(word)[0]
        break
    return "money"


def names(text: str) -> frozenset[str]:
    """The terms of the capitalised words of ``text`` (names, months, days) but its first word."""
    found: set[str] = set()
    for number, match in enumerate(_WORD.finditer(text)):
        word = match.group(0)
        if number and word[:1].isupper() and word.casefold() not in STOPWORDS:
            found.update(_concepts(IRREGULAR.get(word.casefold(), word.casefold()).removesuffix("'s")))
    return frozenset(found)


class Weights:
    """Inverse document frequency of terms over an article's statements."""

    def __init__(self, term_sets: Iterable[frozenset[str]]):
        sets = list(term_sets)
        self.count = max(len(sets), 1)
        self.frequency = Counter(t for s in sets for t in s)
        self._weights: dict[str, float] = {}
        self._totals: dict[frozenset[str], float] = {}

    def __call__(self, term: str) -> float:
        weight = self._weights.get(term)
        if weight is None:
            weight = math.log((self.count + SMOOTHING) / (self.frequency.get(term, 0) + 0.5))
            weight = self._weights[term] = weight * FIGURE_WEIGHT if _FIGURE.match(term) else weight
        return weight

    def total(self, term_set: frozenset[str]) -> float:
        found = self._totals.get(term_set)
        if found is None:
            found = self._totals[term_set] = sum(self(t) for t in term_set)
        return found


def similarity(a: frozenset[str], b: frozenset[str], weight: Weights) -> float:
    """Weighted Dice coefficient of two term sets (0 to 1)."""
    if not a or not b:
        return 0.0
    shared = weight.total(a & b)
    return 2 * shared / (weight.total(a) + weight.total(b))


def coverage(a: frozenset[str], b: frozenset[str], weight: Weights) -> float:
    """The share of ``a``'s weight that ``b`` holds too (0 to 1)."""
    if not a:
        return 0.0
    return weight.total(a & b) / weight.total(a)
