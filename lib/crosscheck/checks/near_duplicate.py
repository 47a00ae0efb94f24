"""``near-duplicate`` (warning): a sentence of the body that restates an earlier one.

Similarity is rapidfuzz's ``token_set_ratio`` on lower-cased sentences without punctuation; a pair
counts when it reaches :data:`THRESHOLD` *and* the two share at least :data:`MIN_SHARED` content
words (stop words removed, crude 5-letter stems, so "Russia"/"Russian" and "strikes"/"striking"
meet).  Headings and bylines (lines with no final punctuation) and sentences under
:data:`MIN_WORDS` words are left out.  Each later sentence is reported once, against its most
similar earlier sentence; spans are (earlier, later).

Scale: up to :data:`ALL_PAIRS_LIMIT` sentences are compared all against all (rapidfuzz ``cdist``);
beyond that, exact repeats are found by hashing and other candidates only within buckets keyed by
each sentence's rarest words (each compared with the last :data:`BUCKET_WINDOW` members), and the
output stops after :data:`MAX_FINDINGS` findings (a final info finding says how many more).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..findings import Finding
from ._base import Context

KIND = "near-duplicate"
THRESHOLD = 68.0
MIN_SHARED = 5
MIN_WORDS = 8
ALL_PAIRS_LIMIT = 600
BUCKET_WINDOW = 8
RARE_KEYS = 2
MAX_WORDS = 80
COMPARISON_BUDGET = 200_000
MAX_FINDINGS = 500

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _stopwords() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


_STOP = _stopwords()


def _prepare(sentence: str) -> tuple[str, frozenset[str], int]:
    words = _WORD.findall(sentence.lower())[:MAX_WORDS]
    stems = frozenset(w[:5] for w in words if w not in _STOP and len(w) > 1)
    return " ".join(words), stems, len(words)


def _pairs_all(norms: list[str]):
    from rapidfuzz import fuzz, process

    matrix = process.cdist(norms, norms, scorer=fuzz.token_set_ratio, score_cutoff=THRESHOLD, workers=1)
    n = len(norms)
    for j in range(n):
        row = matrix[j]
        for i in range(j):
            if row[i] >= THRESHOLD:
                yield i, j, float(row[i])


def _pairs_bucketed(norms: list[str], stems: list[frozenset[str]]):
    from rapidfuzz import fuzz

    first_of: dict[str, int] = {}
    df = Counter()
    for st in stems:
        df.update(st)
    buckets: dict[str, list[int]] = defaultdict(list)
    budget = COMPARISON_BUDGET
    for j, norm in enumerate(norms):
        if norm in first_of:
            yield first_of[norm], j, 100.0
            continue
        first_of[norm] = j
        keys = sorted((s for s in stems[j] if df[s] > 1), key=lambda s: (df[s], s))[:RARE_KEYS]
        seen: set[int] = set()
        for key in keys:
            bucket = buckets[key]
            for i in bucket[-BUCKET_WINDOW:]:
                if i in seen:
                    continue
                seen.add(i)
                budget -= 1
                if budget < 0:
                    return
                score = fuzz.token_set_ratio(norms[i], norm, score_cutoff=THRESHOLD)
                if score >= THRESHOLD:
                    yield i, j, float(score)
            bucket.append(j)


def check(ctx: Context) -> list[Finding]:
    text = ctx.text
    spans: list[tuple[int, int]] = []
    norms: list[str] = []
    stems: list[frozenset[str]] = []
    headings = ctx.headings
    for idx in ctx.body_sentence_indices:
        if idx in headings:
            continue
        s, e = ctx.sentences[idx]
        norm, st, n_words = _prepare(text[s:e])
        if n_words < MIN_WORDS or len(st) < MIN_SHARED:
            continue
        spans.append((s, e))
        norms.append(norm)
        stems.append(st)
    if len(norms) < 2:
        return []
    pairs = _pairs_all(norms) if len(norms) <= ALL_PAIRS_LIMIT else _pairs_bucketed(norms, stems)
    best: dict[int, tuple[float, int, int]] = {}
    for i, j, score in pairs:
        shared = len(stems[i] & stems[j])
        if shared < MIN_SHARED:
            continue
        if j not in best or score > best[j][0]:
            best[j] = (score, i, shared)
    out: list[Finding] = []
    for j in sorted(best):
        if len(out) >= MAX_FINDINGS:
            out.append(Finding(
                kind=KIND, severity="info",
                message=f"near-duplicate: stopped after {MAX_FINDINGS} findings; {len(best) - MAX_FINDINGS} more not reported",
                spans=(), data={"truncated": True, "not_reported": len(best) - MAX_FINDINGS},
            ))
            break
        score, i, shared = best[j]
        (a, b), (c, d) = spans[i], spans[j]
        out.append(Finding(
            kind=KIND, severity="warning",
            message=f"restates an earlier sentence (similarity {score:.1f}, {shared} shared content words): "
                    f'"{_short(text[c:d])}" ~ "{_short(text[a:b])}"',
            spans=(ctx.span(a, b), ctx.span(c, d)),
            data={"similarity": round(score, 1), "shared_terms": shared, "scorer": "token_set_ratio",
                  "threshold": THRESHOLD, "earlier": {"start": a, "end": b}, "later": {"start": c, "end": d}},
        ))
    return out


def _short(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"
