"""Organisation names: where a capitalised name of a body ends, across its linking words.

A body's name may hold "of", "for", "and" or "&" between its capitalised words: "Department of
Health and Social Care", "Northfield and Dales Health Authority", "University and College Union",
"Institute for Fiscal Studies".  :func:`body_name_end` reads such a name from a list of words (the
tokens of a paragraph, or the words of a role description) without joining two bodies named side
by side ("Harlow Foods and Greenleaf Dairy") or two places ("Britain and France").
"""
from __future__ import annotations

from . import lexicon as L

#: Words that may link the capitalised words of one body's name.
LINKS = frozenset({"of", "for", "and", "&"})
_JOINERS = frozenset({"and", "&"})


def body_name_end(words: list[str], k: int, limit: int = 9, stop=None) -> int:
    """One past the capitalised name starting at ``words[k]``, links included where the name is a
    body's (it holds an organisation word); at least ``k + 1``.  ``stop(i)`` may forbid word i
    (a quotation, a word already used)."""
    run = _capitalised_run(words, k, limit, stop)
    if not any(words[i].lower() in L.ORG_WORDS for i in range(k, run)):
        return _plain_end(words, k, run)
    end, part_start = k + 1, k
    for i in range(k + 1, run):
        low = words[i].lower()
        if low == "the":
            continue
        if low in _JOINERS and _complete(words, part_start, i) and _complete(words, i + 1, _part_end(words, i + 1, run)):
            break                       # "Harlow Foods and Greenleaf Dairy": two bodies
        if low in _JOINERS:
            part_start = i + 1
        if low not in LINKS:
            end = i + 1
    return end


def _capitalised_run(words: list[str], k: int, limit: int, stop) -> int:
    """One past capitalised words from k, with single links between capitals."""
    e = k + 1
    while e < len(words) and e - k < limit and not (stop and stop(e)):
        if _capital(words[e]) or words[e].isdigit() and _capital(words[e - 1]):    # "Local 412"
            e += 1
        elif words[e].lower() in LINKS and e + 1 < len(words) and _capital(words[e + 1]) and not (stop and stop(e + 1)):
            e += 2
        elif words[e] in ("'", "’") and words[e - 1].endswith("s") and e + 1 < len(words) and _capital(words[e + 1]) \
                and not (stop and stop(e + 1)):
            e += 2              # "The Developers' Alliance of Larrow", "the Patients’ Safety Forum"
        elif words[e].lower() in ("of", "for") and e + 2 < len(words) and words[e + 1] == "the" \
                and _capital(words[e + 2]) and not (stop and (stop(e + 1) or stop(e + 2))):
            e += 3              # "Local 412 of the Electrical Workers Union"
        else:
            break
    return min(e, len(words))


def _plain_end(words: list[str], k: int, run: int) -> int:
    """No body: the capitalised words from k up to the first link."""
    e = k + 1
    while e < run and words[e].lower() not in LINKS:
        e += 1
    return e


def _part_end(words: list[str], start: int, run: int) -> int:
    e = start
    while e < run and words[e].lower() not in _JOINERS:
        e += 1
    return e


def _complete(words: list[str], a: int, b: int) -> bool:
    """Is words[a:b] a body's whole name: an organisation word and another capitalised word?"""
    part = [w for w in words[a:b] if w.lower() not in LINKS]
    return len(part) >= 2 and any(w.lower() in L.ORG_WORDS for w in part)


def _capital(word: str) -> bool:
    return word[:1].isupper() and word.lower() not in L.FUNCTION_WORDS


_OPENERS = frozenset({"of", "at", "for", "with"})
_ARTICLES = frozenset({"the", "a", "an"})


def body_in_role(text: str) -> str | None:
    """The body a role's complement names: "chief executive of the Northfield and Dales Health
    Authority" gives the name; "head of the regional health authority" the description ("regional
    health authority", lower case); None when the complement names no body."""
    words = text.replace(",", " ").split()
    for i, word in enumerate(words[:-1]):
        if word.lower() not in _OPENERS:
            continue
        k = i + 1 + (words[i + 1].lower() in _ARTICLES)
        if k >= len(words):
            return None
        if _capital(words[k]):
            return " ".join(words[k:body_name_end(words, k)])
        end = k
        while end < len(words) and end - k < 4 and words[end].isalpha() and words[end].islower() \
                and words[end] not in LINKS and words[end] not in L.FUNCTION_WORDS:
            end += 1
        if end > k and words[end - 1] in L.ORG_WORDS:
            return " ".join(words[k:end])
        return None
    return None


def body_head(name: str) -> str | None:
    """The noun that says what kind of body a name is: its last organisation word, lower case
    ("University and College Union": union; "University of Marchbank": university)."""
    kinds = [w for w in name.lower().split() if w in L.ORG_WORDS and w != "&"]
    return kinds[-1] if kinds else None


def fitting_bodies(names, noun: str) -> list[str]:
    """Of ``names`` (in order), those a bare "the NOUN" may mean: the ones of that kind when there
    are any ("the university" is the University of Marchbank, not the University and College
    Union), else every one whose name holds the noun."""
    holding = [n for n in names if noun in n.lower().split()]
    kind = [n for n in holding if body_head(n) == noun]
    return kind or holding
