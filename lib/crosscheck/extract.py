"""Attribution extraction: split an article into statements and say who said what.

``extract_statements(text, actors=None)`` returns a list of :class:`Statement`, one per reported
content (a direct quote, reported speech, a reported belief or intention) plus one per sentence of
the outlet's own narration.  Every span is given as character offsets into ``text`` (a Python
``str``; read files with ``encoding="utf-8", newline=""``) and ``text[start:end]`` always equals the
span's text.

The pipeline is a blank spaCy English tokenizer with rule components only (a sentence splitter
that knows about quotation marks, and a Matcher for multi-word cues); no statistical model is used
or needed.  Attribution itself is rule based: lexicons of speech, cognition and intention verbs,
nouns that carry a content ("pledge", "refusal"), "according to", quotation marks, and a light
noun-phrase heuristic for sources.  See ``extract_rules`` for the lexicons.

An optional actor registry may be passed: any object with ``find(mention) -> None | actor`` where
an actor has ``.id``, ``.name`` and ``.party``.  Resolved speakers then carry the actor's name and
party.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any, Iterable

from crosscheck import extract_rules as R

__all__ = ["Span", "Speaker", "Statement", "extract_statements", "extraction_to_json",
           "format_statements", "get_pipeline"]

KINDS = ("direct", "paraphrase", "narration")


# --------------------------------------------------------------------------------------------------
# data model

@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Speaker:
    name: str
    party: str | None = None
    actor_id: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "party": self.party}


@dataclass(frozen=True)
class Statement:
    """One attributed (or narrated) content.

    ``content`` is a tuple of spans (several for a split quote).  ``source`` is the mention of the
    speaker in the text (possibly a pronoun), ``speaker`` the resolved speaker.
    """
    id: str
    paragraph: int
    kind: str
    speaker: Speaker | None
    source: Span | None
    cue: Span | None
    content: tuple[Span, ...]

    @property
    def text(self) -> str:
        return " … ".join(s.text for s in self.content)

    def to_dict(self) -> dict:
        if len(self.content) == 1:
            content: Any = self.content[0].to_dict()
        else:
            content = [s.to_dict() for s in self.content]
        return {
            "id": self.id,
            "paragraph": self.paragraph,
            "kind": self.kind,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": content,
        }


# --------------------------------------------------------------------------------------------------
# spaCy pipeline (built once per process)

_NLP = None
_MATCHER = None
_LOCK = threading.Lock()
_MAX_CHUNK = 20_000
CONTINUE_ACROSS_PARAGRAPHS = True
CUT_RELATIVE = False
BROAD_SUBJECT_RULE = False
REJECT_PASSIVE = True
CUT_ING = True
PASSIVE_RULES = True
CLAUSE_SUBJECT = True
COLON_NEXT = True
MID_PARENTHETICAL = True
INFINITIVE_CUES = True
CUT_WHERE = False
CUT_AND = False
CUT_DASH = True
CUT_MAIN_CLAUSE = True
CUT_WHEN = False
APPOSITIVE_NAME = True
DET_SUBJECT = True
CHAIN_ING = True
INVERTED_NOT_CLAUSE = True
DET_SUBJECT_VERB = True
FRONTED_ADVERBIAL = True
SPLIT_QUOTE_GAP = True
STOP_AT_USED = True
CUT_AND_CLAUSE = True
REJECT_VERB_START = True
PARTICIPLE_ANY = True
INVERSION_ONLY_SPEECH = True

_ORTH_CACHE: dict[int, str] = {}
_ATTRS: list = []
_SENT_ATTR: list = []
_numpy: Any = None
_SENT_END = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"”", "’", "''", ")", "]", "»", '"', "'"}


def _sentence_component(doc):
    """Sentence boundaries: after . ! ? (plus closing quotes/brackets) when the next word does
    not start in lower case; and at line breaks followed by a capital or a quote mark.

    Also leaves the token table the extractor reads in ``doc.user_data["crosscheck"]``:
    ``(starts, texts, sent_starts)`` of the non-space tokens (offsets relative to the doc)."""
    n = len(doc)
    if not n:
        doc.user_data["crosscheck"] = ([], [], [])
        return doc
    arr = doc.to_array(_ATTRS).tolist()
    strings = doc.vocab.strings
    cache = _ORTH_CACHE
    if len(cache) > 500_000:
        cache.clear()
    starts: list[int] = []
    texts: list[str] = []
    sents: list[bool] = []
    flags = [-1] * n
    dq_open = False
    pending = False
    for i, (idx, orth, sp) in enumerate(arr):
        t = cache.get(orth)
        if t is None:
            t = cache[orth] = strings[orth]
        if sp:
            flags[i] = -1
            if "\n" in t and i + 1 < n:
                nxt = cache.get(arr[i + 1][1]) or strings[arr[i + 1][1]]
                if nxt and not nxt[:1].islower():
                    pending = True
            continue
        if not starts:
            start = True
        elif pending:
            if t in _CLOSERS and not ((t == '"' or t == "''") and not dq_open):
                start = False
            else:
                start = not t[:1].islower()
                pending = False
        else:
            start = False
        flags[i] = 1 if start else -1
        starts.append(idx)
        texts.append(t)
        sents.append(start)
        if t == '"' or t == "''":
            dq_open = not dq_open
        elif t == "“" or t == "``":
            dq_open = True
        elif t == "”":
            dq_open = False
        if t in _SENT_END:
            pending = True
    flags[0] = 1
    try:
        doc.from_array(_SENT_ATTR, _numpy.asarray(flags, dtype="int64").astype("uint64").reshape(n, 1))
    except Exception:  # sentence flags are a courtesy for other users of the doc
        pass
    doc.user_data["crosscheck"] = (starts, texts, sents)
    return doc


def get_pipeline():
    """The module's spaCy pipeline: ``spacy.blank("en")`` plus rule components."""
    global _NLP, _MATCHER
    if _NLP is not None:
        return _NLP
    with _LOCK:
        if _NLP is not None:
            return _NLP
        global _ATTRS, _SENT_ATTR, _numpy
        import numpy
        import spacy
        from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
        from spacy.language import Language
        _numpy, _ATTRS, _SENT_ATTR = numpy, [IDX, ORTH, IS_SPACE], [SENT_START]
        from spacy.matcher import Matcher

        if not Language.has_factory("crosscheck_sentences"):
            Language.component("crosscheck_sentences")(_sentence_component)
        nlp = spacy.blank("en")
        nlp.max_length = 10 ** 8
        nlp.add_pipe("crosscheck_sentences")
        matcher = Matcher(nlp.vocab)
        matcher.add("ACCORDING", [[{"LOWER": "according"}, {"LOWER": "to"}]])
        matcher.add("QUOTED", [[{"LOWER": {"IN": ["quoted", "cited"]}}, {"LOWER": "as"},
                                {"LOWER": {"IN": ["saying", "telling", "writing"]}}]])
        _MATCHER = matcher
        _NLP = nlp
        return nlp


# --------------------------------------------------------------------------------------------------
# text segmentation

_PARA_SEP = re.compile(r"\n(?:[ \t\r\f\v\u00a0]*\n)+")
_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 _-]{0,30}):(?:\s|$)")
_HEADER_KEYS = {"title", "date", "source", "url", "author", "authors", "byline", "published",
                "outlet", "section", "id", "language", "lang", "publisher", "link", "updated",
                "headline", "site", "tags", "keywords", "description"}


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty blank-line separated paragraphs as (start, end), stripped of outer white space."""
    out = []
    pos = 0
    for m in _PARA_SEP.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    res = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            res.append((s, e))
    return res


def _is_header(par: str) -> bool:
    lines = [ln for ln in par.splitlines() if ln.strip()]
    if not lines or len(lines) > 40:
        return False
    if lines[0].strip() == "---":
        return True
    keys = []
    for ln in lines:
        m = _HEADER_LINE.match(ln)
        if not m:
            return False
        keys.append(m.group(1).strip().lower())
    return len(lines) >= 2 or keys[0] in _HEADER_KEYS


def _chunks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cut [s, e) into pieces of at most _MAX_CHUNK characters at line breaks or spaces."""
    out = []
    while e - s > _MAX_CHUNK:
        lim = s + _MAX_CHUNK
        cut = text.rfind("\n", s + _MAX_CHUNK // 2, lim)
        if cut < 0:
            cut = text.rfind(" ", s + _MAX_CHUNK // 2, lim)
        if cut < 0:
            cut = lim
        else:
            cut += 1
        out.append((s, cut))
        s = cut
    out.append((s, e))
    return out


# quotation marks ---------------------------------------------------------------------------------

_QMARK = re.compile(r"“|”|\"|''|``|‘|’|«|»")


def _quote_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Top-level quotations in text[s:e] as (start, end) including the marks.  Unclosed
    quotations run to the end of the paragraph (the news convention for continued quotes)."""
    spans = []
    open_at = -1
    kind = ""
    for m in _QMARK.finditer(text, s, e):
        q = m.group()
        a, b = m.start(), m.end()
        prev = text[a - 1] if a > s else " "
        nxt = text[b] if b < e else " "
        if open_at < 0:
            if q in ("“", "«", "``"):
                open_at, kind = a, "d"
            elif q in ('"', "''"):
                # an opener unless it looks like a stray closer (word before, space after)
                if prev.isspace() or prev in "([{—–-:;,/" or a == s or not nxt.isspace():
                    open_at, kind = a, "d"
            elif q == "‘":
                if (prev.isspace() or prev in "([{—–-\"“:" or a == s) and not nxt.isspace():
                    open_at, kind = a, "s"
            # closers without an opener are ignored
        else:
            if kind == "d":
                if q in ("”", "»", '"', "''"):
                    spans.append((open_at, b))
                    open_at = -1
                elif q in ("“", "«", "``"):
                    # a new opener while open: the previous quotation was never closed
                    end = a
                    while end > open_at and text[end - 1].isspace():
                        end -= 1
                    spans.append((open_at, end))
                    open_at = a
            else:  # single
                if q == "’" and not nxt.isalpha():
                    spans.append((open_at, b))
                    open_at = -1
                elif q in ("“", '"', "''", "``"):
                    open_at, kind = a, "d"
    if open_at >= 0:
        end = e
        while end > open_at and text[end - 1].isspace():
            end -= 1
        if end - open_at > 1:
            spans.append((open_at, end))
    return spans


# --------------------------------------------------------------------------------------------------
# token view of a paragraph

class _Toks:
    """Flat arrays for the non-space tokens of one paragraph (absolute offsets)."""
    __slots__ = ("w", "low", "st", "en", "sent", "inq", "qid", "n", "cap", "used")

    def __init__(self, docs: list, bases: list[int]):
        w: list[str] = []
        st: list[int] = []
        sent: list[bool] = []
        for doc, base in zip(docs, bases):
            starts, texts, sents = doc.user_data.get("crosscheck") or ([], [], [])
            w.extend(texts)
            st.extend(i + base for i in starts)
            if sents:
                sent.append(True)
                sent.extend(sents[1:])
        low = [x.lower() for x in w]
        en = [a + len(x) for a, x in zip(st, w)]
        self.w, self.low, self.st, self.en, self.sent = w, low, st, en, sent
        self.n = len(w)
        self.cap = [x[:1].isupper() for x in w]
        self.inq = [False] * self.n
        self.used = [False] * self.n
        self.qid = [-1] * self.n


def _is_quote_tok(t: str) -> bool:
    return t in ("“", "”", '"', "''", "``", "‘", "’", "«", "»")


# --------------------------------------------------------------------------------------------------
# speaker resolution

class _Resolver:
    def __init__(self, actors):
        self.actors = actors
        self.names: list[str] = []           # full person names, most recent last
        self.last_person: str | None = None
        self.last_group: str | None = None
        self.gender: dict[str, str] = {}
        self._cache: dict[str, Speaker | None] = {}

    def _actor(self, name: str) -> Speaker:
        if name in self._cache and self._cache[name] is not None:
            return self._cache[name]  # type: ignore[return-value]
        sp = Speaker(name)
        if self.actors is not None:
            for m in (name, name.split()[-1] if name.split() else name):
                try:
                    a = self.actors.find(m)
                except Exception:
                    a = None
                if a is not None:
                    try:
                        sp = Speaker(str(getattr(a, "name", name) or name),
                                     getattr(a, "party", None),
                                     None if getattr(a, "id", None) is None else str(a.id))
                    except Exception:
                        sp = Speaker(name)
                    break
        self._cache[name] = sp
        return sp

    def note_person(self, name: str, gender: str | None = None):
        if name not in self.names:
            self.names.append(name)
        else:
            self.names.remove(name)
            self.names.append(name)
        self.last_person = name
        if gender:
            self.gender[name] = gender

    def full_name(self, name: str) -> str:
        parts = name.split()
        if len(parts) == 1:
            for full in reversed(self.names):
                fp = full.split()
                if len(fp) > 1 and (fp[-1] == parts[0] or fp[0] == parts[0]):
                    return full
        return name

    def pronoun(self, p: str) -> Speaker | None:
        p = p.lower()
        if p in ("he", "she"):
            want = "m" if p == "he" else "f"
            for full in reversed(self.names[-6:]):
                g = self.gender.get(full)
                if g is None or g == want:
                    if g is None:
                        self.gender[full] = want
                    return self._actor(full)
            return None
        if p in ("they", "it"):
            if self.last_group:
                return self._actor(self.last_group)
            return None
        return None

    def speaker(self, w: list[str], low: list[str], cap: list[bool], a: int, b: int,
                antecedent: tuple[int, int] | None = None) -> Speaker | None:
        """Resolve the source tokens [a, b) to a speaker."""
        if b - a == 1 and low[a] in R.SUBJECT_PRONOUNS | {"i", "we", "you"}:
            p = low[a]
            if p in ("who", "which", "that") and antecedent:
                return self.speaker(w, low, cap, antecedent[0], antecedent[1])
            return self.pronoun(p)
        # strip determiners, titles, possessive markers
        toks = list(range(a, b))
        while toks and (low[toks[-1]] in ("'s", "’s", "'", "’") or not w[toks[-1]][:1].isalnum()):
            toks.pop()
        if not toks:
            return None
        # trailing capitalized run (allowing of/for/on/and/the between capitals)
        run = []
        i = len(toks) - 1
        while i >= 0:
            k = toks[i]
            if cap[k] or (low[k] in ("of", "for", "on", "and", "&", "the", "de", "van", "von")
                          and run and i > 0 and cap[toks[i - 1]]):
                run.append(k)
                i -= 1
            else:
                break
        run.reverse()
        gender = None
        if run:
            # drop everything up to the last title / honorific ("Transport Minister Ana Ruiz")
            is_org0 = any(low[k] in R.ORG_WORDS for k in run)
            cut = -1
            if not is_org0:
                for x, k in enumerate(run[:-1]):
                    if low[k] in R.TITLES or low[k].rstrip(".") in R.TITLES:
                        cut = x
                        if low[k] in ("mr", "mr."):
                            gender = "m"
                        elif low[k] in ("mrs", "mrs.", "ms", "ms.", "miss"):
                            gender = "f"
            if cut >= 0:
                run = run[cut + 1:]
                while len(run) > 2 and low[run[0]] in ("of", "for", "on"):
                    run = run[2:]
            name = " ".join(w[k] for k in run)
            is_org = any(low[k] in R.ORG_WORDS for k in run) or len(run) > 4
            if is_org:
                self.last_group = name
                return self._actor(name)
            name = self.full_name(name)
            self.note_person(name, gender)
            return self._actor(name)
        # common noun phrase ("the official", "officials")
        while toks and low[toks[0]] in R.DETERMINERS:
            toks = toks[1:]
        if not toks:
            return None
        name = " ".join(w[k] for k in toks)
        if low[toks[-1]].endswith("s"):
            self.last_group = name
        return Speaker(name)


# --------------------------------------------------------------------------------------------------
# the extractor

_QUOTE_TOKS = {"“", "”", '"', "''", "``", "‘", "’", "«", "»"}
_STOP_PUNCT = {".", "!", "?", ";", "…"}


def _is_adverb(lw: str) -> bool:
    return lw in R.ADVERBS or (lw.endswith("ly") and lw.isalpha() and lw not in R.NOT_LY_ADVERBS
                               and len(lw) > 4)


class _Para:
    """Extraction state for one paragraph."""

    def __init__(self, text: str, T: _Toks, quotes: list[tuple[int, int]]):
        self.text = text
        self.T = T
        self.quotes = quotes
        # token index ranges of quotes
        self.qtok: list[tuple[int, int]] = []
        alpha = [c for c, x in zip(T.cap, T.w) if x[:1].isalpha() and len(x) > 3]
        self.title_case = bool(alpha) and sum(alpha) >= 0.7 * len(alpha) and T.n < 40
        st, en = T.st, T.en
        j = 0
        for qi, (qs, qe) in enumerate(quotes):
            while j < T.n and st[j] < qs:
                j += 1
            a = j
            k = a
            while k < T.n and en[k] <= qe:
                T.inq[k] = True
                T.qid[k] = qi
                k += 1
            self.qtok.append((a, k))

    def units(self) -> list[tuple[int, int]]:
        """Sentences, merged so that no quotation crosses a unit boundary."""
        T = self.T
        starts = [i for i in range(T.n) if T.sent[i]]
        if not starts or starts[0] != 0:
            starts = [0] + starts
        bounds = []
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else T.n
            bounds.append([s, e])
        # merge across quotations, and '“...?” Smith said.' tags after a closing quote
        out: list[list[int]] = []
        low = T.low
        for s, e in bounds:
            if out and (T.qid[s] >= 0 and T.qid[s - 1] == T.qid[s]):
                out[-1][1] = e
            elif out and s > 1 and T.inq[s - 1] and _is_quote_tok(T.w[s - 1]) and not T.inq[s] \
                    and (T.w[s - 2] in ("?", "!", ",", "—", "-", "...", "…") or T.low[s][:1].islower()) \
                    and any(low[k] in R.VERB_FORMS for k in range(s, min(e, s + 7))) and \
                    not any(low[k] in (",", ":", ";") or T.inq[k] for k in range(s, min(e, s + 7))
                            if low[k] not in R.VERB_FORMS) and \
                    any(low[k] in R.VERB_FORMS for k in range(s, min(e, s + 7))
                        if not any(low[j] in (",", ":") for j in range(s, k))):
                out[-1][1] = e
            else:
                out.append([s, e])
        return [(s, e) for s, e in out if e > s]


class _Extractor:
    def __init__(self, text: str, actors):
        self.text = text
        self.res = _Resolver(actors)
        self.out: list[dict] = []
        self.pending: tuple | None = None     # a cue ending in ':' waiting for its content

    # ---- span helpers
    def span(self, T: _Toks, a: int, b: int) -> Span | None:
        if b <= a:
            return None
        s, e = T.st[a], T.en[b - 1]
        return Span(s, e, self.text[s:e])

    # ---- noun phrases
    def subject_np(self, T: _Toks, h: int, lo: int) -> int:
        """Start index of the noun phrase ending at token h (inclusive), not before lo."""
        low, cap = T.low, T.cap
        if low[h] in R.SUBJECT_PRONOUNS or low[h] in ("i", "we", "you"):
            return h
        i = h
        nlow = 0
        while i - 1 >= lo:
            k = i - 1
            lk = low[k]
            if T.inq[k]:
                break
            if lk in ("'s", "’s"):
                i = k
                continue
            if cap[k]:
                if T.sent[k] and lk in R.FUNCTION_WORDS and lk not in R.DETERMINERS:
                    break
                if lk in R.WEEKDAYS or lk in R.MONTHS:
                    break
                i = k
                continue
            if lk in R.DETERMINERS:
                i = k
                break
            if lk in R.TITLES:
                i = k
                continue
            if lk in ("of", "for", "on", "at", "and", "&") and k - 1 >= lo and cap[k - 1] and cap[i]:
                i = k
                continue
            if (lk.isalpha() or "-" in lk) and lk not in R.FUNCTION_WORDS and lk not in R.VERB_FORMS \
                    and not _is_adverb(lk) and nlow < 3:
                nlow += 1
                i = k
                continue
            break
        return i

    def object_np(self, T: _Toks, a: int, hi: int) -> int:
        """End index (exclusive) of a source noun phrase starting at a (inverted 'said X')."""
        low, cap = T.low, T.cap
        i = a
        while i < hi and i - a < 10:
            lk = low[i]
            if T.inq[i] or lk in (",", ".", ";", ":", "!", "?", "—", "–", "(", ")") or _is_quote_tok(T.w[i]):
                break
            if i > a and lk in ("who", "which", "that", "in", "at", "during", "after", "before",
                                "when", "while", "on", "to", "because", "as", "about"):
                if not (lk in ("of", "for", "on", "at") and i + 1 < hi and cap[i + 1]):
                    break
            if i > a and (lk in R.WEEKDAYS or lk in R.TIME_WORDS):
                break
            i += 1
        return i

    # ---- statements
    def emit(self, para_idx: int, kind: str, speaker, source, cue, content, order: int):
        content = tuple(c for c in content if c is not None)
        if not content:
            return
        self.out.append({"paragraph": para_idx, "kind": kind, "speaker": speaker,
                         "source": source, "cue": cue, "content": content, "order": order})

    def trim(self, T: _Toks, a: int, b: int, keep_final_quote=True) -> tuple[int, int]:
        """Trim punctuation from both ends of [a, b), keeping quotation marks that belong."""
        w = T.w
        while a < b and (w[a] in (",", ":", ";", "—", "–", "-", "--", ")") or
                         (w[a] in _QUOTE_TOKS and not T.inq[a])):
            a += 1
        while b > a:
            t = w[b - 1]
            if t in (",", ":", ";", ".", "—", "–", "-", "--", "(", "!", "?") and not T.inq[b - 1]:
                b -= 1
            elif t in _QUOTE_TOKS and not T.inq[b - 1]:
                b -= 1
            else:
                break
        # an opening quote token inside [a,b) whose quotation ends after b: keep as is
        return a, b

    def content_after(self, T: _Toks, p: int, ue: int, base: str) -> tuple[int, int]:
        low, w = T.low, T.w
        # "told reporters that", "said in a statement on Friday that"
        j = p
        lim = min(ue, p + 9)
        while j < lim:
            lj = low[j]
            if lj == "that" and not T.inq[j]:
                ce = self.clause_end(T, j + 1, ue)
                if sum(1 for x in range(j + 1, ce) if w[x][:1].isalnum()) >= 2:
                    return p if j == p else j, ce
                break             # a demonstrative "that" closing the sentence
            if _is_quote_tok(w[j]) and T.inq[j] and base in R.ADDRESSEE_VERBS:
                k = self.qtok_end(T, j)
                if k - j <= 8:
                    j = k
                    continue
            if lj in _STOP_PUNCT or _is_quote_tok(w[j]) or lj in (":", "—") or lj in R.VERB_FORMS:
                break
            j += 1
        # quotation right after (", “...”" or ": “...”")
        j = p
        while j < ue and j < p + 6 and not T.inq[j] and low[j] not in _STOP_PUNCT:
            if _is_quote_tok(w[j]) and j + 1 < T.n and T.inq[j]:
                break
            j += 1
        if j < ue and T.inq[j] and j <= p + 5:
            k = j
            if all(low[x] in (",", ":", "—") or low[x] in R.TIME_WORDS or base in R.ADDRESSEE_VERBS
                   for x in range(p, j)):
                qe = self.qtok_end(T, j)
                return j, qe
            del k
        # skip an addressee ("told reporters")
        if base in ("tell", "inform", "notify", "assure", "reassure", "remind"):
            j = p
            while j < ue and j < p + 5 and low[j] not in ("that", "to", ",", ":", ".") \
                    and not _is_quote_tok(w[j]):
                j += 1
            if j < ue and low[j] in ("that", "to", ",", ":"):
                p = j
        # skip leading commas/colons and time words
        while p < ue and (low[p] in (",", ":", "—") or (low[p] in R.WEEKDAYS) or
                          (low[p] in ("on", "last", "this", "earlier", "late") and p + 1 < ue and
                           (low[p + 1] in R.WEEKDAYS or low[p + 1] in R.TIME_WORDS))):
            p += 1
        return p, self.clause_end(T, p, ue)

    def next_quote(self, T: _Toks, k: int, ue: int) -> tuple[int, int] | None:
        """The quotation resuming a split quote after a short gap ('“A,” X said, referring to
        Y, “B.”', '“A,” she said, but “B.”'), as a token range, or None."""
        low = T.low
        if k >= ue or low[k] != ",":
            return None
        j = k + 1
        while j < ue and j - k <= 12 and not T.inq[j] and low[j] not in _STOP_PUNCT and \
                low[j] not in (":", "(", ")"):
            j += 1
        if j >= ue or j - k > 12 or not T.inq[j] or not _is_quote_tok(T.w[j]) or \
                low[j - 1] not in (",", "but", "and") or T.used[j]:
            return None
        return j, self.qtok_end(T, j)

    def qtok_end(self, T: _Toks, j: int) -> int:
        q = T.qid[j]
        k = j
        while k < T.n and T.qid[k] == q:
            k += 1
        return k

    def clause_end(self, T: _Toks, p: int, ue: int) -> int:
        """End of a reported content starting at p: the unit end, or before ', according to',
        ', saying', '; ' ..."""
        low = T.low
        k = p
        # "that, if elected, she would ...": the first main clause after a fronted adverbial
        # belongs to the content
        q = p + 1 if p < ue and low[p] == "that" else p
        while q < ue and low[q] == ",":
            q += 1
        fronted = FRONTED_ADVERBIAL and q < ue and low[q] in R.FRONTED_OPENERS
        while k < ue:
            if not T.inq[k]:
                lk = low[k]
                if lk == ";":
                    return k
                if FRONTED_ADVERBIAL and lk == "that" and k > p and k + 1 < ue and \
                        (low[k + 1] in R.FRONTED_OPENERS or low[k + 1] == ","):
                    fronted = True
                if lk == "," and k + 1 < ue and not T.inq[k + 1]:
                    nx = low[k + 1]
                    if nx == "according" and k + 2 < ue and low[k + 2] == "to":
                        return k
                    if nx in R.PARTICIPLE_CUES:
                        return k
                    if nx in ("who", "which") and CUT_RELATIVE:
                        return k
                    if nx in ("but", "though", "although", "whereas", "while") and k > p + 2:
                        return k
                    if k > p + 2 and CUT_ING and nx.endswith("ing") and nx.isalpha() and \
                            len(nx) > 5 and nx not in R.ING_NOT_CLAUSE:
                        return k
                    if k > p + 2 and CUT_WHERE and nx in ("where", "when", "as", "after",
                                                          "before", "because", "since"):
                        return k
                    if k > p + 2 and CUT_AND and nx in ("and", "or") and k + 2 < ue and \
                            (low[k + 2] in R.DETERMINERS or low[k + 2] in R.SUBJECT_PRONOUNS):
                        return k
                    if CUT_MAIN_CLAUSE and k > p + 2 and self.opens_clause(T, k + 1, ue):
                        if not fronted:
                            return k
                        fronted = False
                if CUT_DASH and lk in ("—", "--", "―", "–") and k > p + 2:
                    return k
                if CUT_WHEN and lk in ("when", "while") and k > p + 3 and low[k - 1] != ",":
                    return k
                if lk in ("and", "but") and k + 1 < ue and k > p + 2 and not T.inq[k + 1]:
                    if CUT_AND_CLAUSE and self.opens_clause(T, k + 1, ue):
                        return k
                    j = k + 1
                    while j < ue and (_is_adverb(low[j]) or low[j] in R.AUXILIARIES):
                        j += 1
                    if j < ue and low[j] in R.VERB_FORMS and R.VERB_FORMS[low[j]] not in \
                            R.THAT_ONLY and not T.cap[j] and low[j].endswith(("ed", "s", "id", "ld")):
                        return k
            k += 1
        return ue

    def opens_clause(self, T: _Toks, j: int, ue: int) -> bool:
        """Does a new clause with a name or pronoun subject start at token j ('..., Smith
        said', '..., she is')?"""
        low, cap = T.low, T.cap
        if j >= ue or T.inq[j]:
            return False
        k = j
        if low[j] in ("he", "she", "they", "we", "i", "it"):
            k = j + 1
        elif cap[j] and low[j] not in R.FUNCTION_WORDS and low[j] not in R.WEEKDAYS:
            while k < ue and k - j < 5 and (cap[k] or low[k] in (".", "'s", "’s")) and not T.inq[k]:
                k += 1
        else:
            return False
        while k < ue and (_is_adverb(low[k]) or low[k] in R.NEGATIONS):
            k += 1
        if k >= ue or cap[k]:
            return False
        lk = low[k]
        return lk in R.AUXILIARIES or lk in R.VERB_FORMS or (
            lk.endswith("ed") and lk.isalpha() and len(lk) > 4)

    def run_unit(self, P: _Para, pi: int, us: int, ue: int, order: int) -> bool:
        T = P.T
        low, w, cap = T.low, T.w, T.cap
        used = T.used
        found = 0
        last_src: tuple[Span | None, Any] | None = None

        def free(a, b):
            return all(not used[x] for x in range(a, b))

        def mark(a, b):
            for x in range(max(a, 0), min(b, T.n)):
                used[x] = True

        def add(kind_hint, src_ab, cue_ab, parts, antecedent=None, speaker=None, source=None):
            nonlocal found, last_src
            parts2 = []
            for a, b in parts:
                if STOP_AT_USED:
                    for x in range(a, b):
                        if used[x]:
                            b = x
                            break
                a, b = self.trim(T, a, b)
                if b - a >= 1 and any(w[x][:1].isalnum() for x in range(a, b)):
                    parts2.append((a, b))
            if not parts2:
                return False
            words = sum(1 for a, b in parts2 for x in range(a, b) if w[x][:1].isalnum())
            if words < 2:
                return False
            if REJECT_VERB_START and cue_ab and len(parts2) == 1 and parts2[0][0] >= cue_ab[1] \
                    and parts2[0][0] - 1 >= 0 and low[parts2[0][0] - 1] not in ("'s", "’s", ",") \
                    and not T.inq[parts2[0][0]] and low[parts2[0][0]] in R.FINITE_NOT_CONTENT:
                h = src_ab[0] - 1 if src_ab else -1
                if h < us or T.inq[h] or used[h] or not (
                        low[h] in ("what", "which") or (low[h].isalpha() and not cap[h] and
                                                        low[h] not in R.FUNCTION_WORDS)):
                    return False  # "the candidate's comments came after ...": a noun, no cue
                # "what the mayor said was ...": the whole relative clause is the content
                parts2 = [(h, parts2[0][1])]
            for a, b in parts2:
                mark(a, b)
            if src_ab:
                mark(*src_ab)
                source = self.span(T, *src_ab)
                speaker = self.res.speaker(w, low, cap, src_ab[0], src_ab[1], antecedent)
            if cue_ab:
                mark(*cue_ab)
            direct = all(T.inq[a] and (w[a] in _QUOTE_TOKS) for a, b in parts2)
            kind = "direct" if direct else "paraphrase"
            self.emit(pi, kind, speaker, source, self.span(T, *cue_ab) if cue_ab else None,
                      [self.span(T, a, b) for a, b in parts2], order)
            last_src = (source, speaker)
            found += 1
            return True

        # 1. "according to X"
        for i in range(us, ue - 2):
            if low[i] == "according" and low[i + 1] == "to" and not T.inq[i]:
                s0 = i + 2
                s1 = self.object_np(T, s0, ue)
                if s1 <= s0:
                    continue
                if s1 < ue and low[s1] == "," and s1 + 1 < ue and i == us or \
                        (i > us and low[i - 1] in (",",) and False):
                    parts = [(s1 + 1, self.clause_end(T, s1 + 1, ue))]
                elif i == us or (i - 1 >= us and low[i - 1] not in (",", "(", "—")
                                 and i - 1 == us):
                    parts = [(s1, self.clause_end(T, s1, ue))]
                else:
                    a = us
                    # content before: back to the unit start or a previous statement
                    for x in range(i - 1, us - 1, -1):
                        if used[x]:
                            a = x + 1
                            break
                    parts = [(a, i)]
                    if s1 < ue and low[s1] == "," and i > us:
                        pass
                add("p", (s0, s1), (i, i + 2), parts)

        # 2. verbs and nouns
        i = us
        while i < ue:
            lw = low[i]
            if T.inq[i] or used[i]:
                i += 1
                continue
            base = R.VERB_FORMS.get(lw)
            if base is not None:
                done = self.verb_cue(T, P, i, us, ue, base, used, add, last_src)
                if done:
                    i += 1
                    continue
            if lw in R.CUE_NOUNS and i + 1 < ue and low[i + 1] in ("that", "to") and \
                    not T.inq[i + 1]:
                self.noun_cue(T, i, us, ue, add, used)
            i += 1

        # 3. fallback: a person or organization as subject of a clause ("She railed against ...")
        if not found and BROAD_SUBJECT_RULE:
            self.broad_rule(T, us, ue, add)
        return found > 0

    def broad_rule(self, T, us, ue, add):
        low, w, cap = T.low, T.w, T.cap
        i = us
        while i < ue and (low[i] in R.CONJUNCTIONS or low[i] in (",", "still", "now", "then",
                                                                  "instead", "meanwhile")
                          or _is_adverb(low[i])):
            i += 1
        if i >= ue or T.inq[i] or T.used[i]:
            return False
        if low[i] in ("he", "she", "they", "we", "i"):
            h = i
            s0 = i
        elif cap[i] and low[i] not in R.FUNCTION_WORDS and low[i] not in R.WEEKDAYS:
            h = i
            while h + 1 < ue and (cap[h + 1] or low[h + 1] in ("'s", "’s")) and not T.inq[h + 1]:
                h += 1
            if low[h] in ("'s", "’s"):
                return False
            s0 = i
        else:
            return False
        j = h + 1
        aux = False
        while j < ue and (low[j] in R.AUXILIARIES or low[j] in R.NEGATIONS or _is_adverb(low[j])):
            aux = aux or low[j] in R.AUXILIARIES
            j += 1
        if j >= ue or cap[j] or T.inq[j] or not low[j].isalpha():
            return False
        lj = low[j]
        if lj in R.FUNCTION_WORDS or lj in R.BROAD_NOT_VERBS:
            return False
        if not (lj in R.VERB_FORMS or lj.endswith("ed") or (aux and lj.endswith("ing"))
                or (lj.endswith("s") and not lj.endswith("ss") and not aux)):
            return False
        p, e = j + 1, self.clause_end(T, j + 1, ue)
        if sum(1 for x in range(p, e) if w[x][:1].isalnum()) < 2:
            return False
        return add("p", (s0, h + 1), (j, j + 1), [(p, e)])

    def verb_cue(self, T, P, i, us, ue, base, used, add, last_src) -> bool:
        low, w, cap = T.low, T.w, T.cap
        lw = low[i]
        if cap[i] and not P.title_case:
            return False
        cue_end = i + 1
        parts_set = R.CUE_PARTICLES.get(base)
        if parts_set and cue_end < ue and low[cue_end] in parts_set:
            cue_end += 1
        elif base in R.NEEDS_PARTICLE:
            return False
        if cue_end < ue and low[cue_end] == "by" and lw.endswith(("ed", "en", "wn")):
            if PASSIVE_RULES:     # passive: "was first reported by the paper"
                return self.passive_cue(T, i, us, ue, cue_end, add, used, True)
            return False
        if base in R.THAT_ONLY and not (cue_end < ue and (low[cue_end] in ("that", ",", ":")
                                                          or T.inq[cue_end])):
            return False
        # catenative chains: "began by saying ...", "kept insisting ...", "avoided criticizing"
        if CHAIN_ING and lw.endswith("ing") and i - 1 >= us and low[i - 1] in R.CHAIN_BEFORE_ING \
                and not T.inq[i - 1]:
            if last_src is None:
                subj = self.clause_subject(T, us, i, used)
                if subj is None:
                    return False
                src = self.span(T, *subj)
                sp = self.res.speaker(w, low, cap, subj[0], subj[1])
            else:
                src, sp = last_src
            p, e = self.content_after(T, cue_end, ue, base)
            if sum(1 for x in range(p, e) if w[x][:1].isalnum()) < 2 or (
                    low[p] in R.ADVERBIAL_PREPS and not any(
                        low[x] == "that" or T.inq[x] for x in range(p, e))):
                return False
            return add("p", None, (i, cue_end), [(p, e)], source=src, speaker=sp)
        # participle: ", saying that ..."
        if lw.endswith("ing") and i - 1 >= us and low[i - 1] == "," and (
                lw in R.PARTICIPLE_CUES or (PARTICIPLE_ANY and lw not in R.WEAK_FORMS and
                                            base not in R.THAT_ONLY)):
            if last_src is None:
                subj = self.clause_subject(T, us, i, used) if CLAUSE_SUBJECT else None
                if subj is None:
                    return False
                p, e = self.content_after(T, cue_end, ue, base)
                if sum(1 for x in range(p, e) if w[x][:1].isalnum()) < 2:
                    return False
                src = self.span(T, *subj)
                sp = self.res.speaker(w, low, cap, subj[0], subj[1])
                return add("p", None, (i, cue_end), [(p, e)], source=src, speaker=sp)
            p, e = self.content_after(T, cue_end, ue, base)
            return add("p", None, (i, cue_end), [(p, e)], source=last_src[0], speaker=last_src[1])
        # inverted: '..., said Smith' / '“...,” said the official'
        prev = low[i - 1] if i - 1 >= us else ""
        if (prev in (",",) or (_is_quote_tok(w[i - 1]) if i - 1 >= us else False)) and \
                (not INVERSION_ONLY_SPEECH or base in R.INVERSION_VERBS):
            if cue_end < ue and not T.inq[cue_end] and (cap[cue_end] or low[cue_end] in R.DETERMINERS
                                                         or low[cue_end] in R.TITLES) \
                    and low[cue_end] not in R.WEEKDAYS and low[cue_end] not in R.MONTHS:
                s0 = cue_end
                s1 = self.object_np(T, s0, ue)
                if INVERTED_NOT_CLAUSE and any(low[x] in R.AUXILIARIES and low[x] not in ("'s", "’s")
                                               for x in range(s0, s1)):
                    s1 = s0       # "X, a lawyer, said the ruling was fair": not inverted
                if s1 > s0 and (s1 >= ue or low[s1] in (",", ".", "!", "?", ";", "(", "—", ":")
                                or _is_quote_tok(w[s1]) or low[s1] in R.TIME_WORDS
                                or low[s1] in ("in", "at", "on", "during", "who", "after")):
                    a = self.before_start(T, us, i, used)
                    parts = [(a, i)]
                    # split quote: '“A,” said X, “B.”'
                    if s1 < ue and low[s1] == "," and s1 + 1 < ue and T.inq[s1 + 1] and \
                            T.qid[s1 + 1] != T.qid[i - 2 if i - 2 >= 0 else 0]:
                        parts.append((s1 + 1, self.qtok_end(T, s1 + 1)))
                    elif SPLIT_QUOTE_GAP and T.inq[i - 1]:
                        q = self.next_quote(T, s1, ue)
                        if q is not None:
                            parts.append(q)
                    return add("p", (s0, s1), (i, cue_end), parts)
        # normal: subject to the left
        h = i - 1
        aux = False
        passive = False
        while h >= us and (low[h] in R.AUXILIARIES or low[h] in R.NEGATIONS or _is_adverb(low[h])):
            if low[h] in R.AUXILIARIES:
                aux = True
                if low[h] in R.BE_FORMS and lw.endswith(("ed", "en", "wn", "ld", "ght")):
                    passive = True
            h -= 1
        if passive and PASSIVE_RULES:
            return self.passive_cue(T, i, us, ue, cue_end, add, used, False)
        if passive and REJECT_PASSIVE:
            return False
        if lw.endswith("ed") and cue_end < ue and low[cue_end] == "of" and base != "speak":
            return False          # "... accused of ..." (a reduced passive)
        # "Trump on Friday said"
        if h - 1 >= us and low[h] in R.WEEKDAYS and low[h - 1] in ("on", "last", "this"):
            h -= 2
        # "Rep. Smith (D-Ohio) said"
        if h >= us and low[h] == ")":
            k = h - 1
            while k >= us and k > h - 12 and low[k] != "(":
                k -= 1
            if k - 1 >= us and low[k] == "(":
                h = k - 1
        if h < us or T.inq[h]:
            # cue right after a quotation: '“...” he said' handled above; here subject missing
            return False
        lh = low[h]
        antecedent = None
        if lh in R.DETERMINERS and lh not in ("this", "that"):
            return False
        if lh in ("and", "but") and last_src is not None and not cap[i] and \
                lw.endswith(("ed", "s", "id", "ld")) and (h - 1 < us or low[h - 1] != ","
                                                          or True):
            p, e = self.content_after(T, cue_end, ue, base)
            if sum(1 for x in range(p, e) if w[x][:1].isalnum()) >= 2:
                return add("p", None, (i, cue_end), [(p, e)], source=last_src[0],
                           speaker=last_src[1])
            return False
        if CLAUSE_SUBJECT and last_src is None and not cap[i] and (
                (lh in ("and", "but") and lw.endswith(("ed", "s", "id", "ld", "ght", "ote")))
                or (lh == "to" and lw == base and INFINITIVE_CUES)):
            subj = self.clause_subject(T, us, h, used)
            if subj is not None:
                p, e = self.content_after(T, cue_end, ue, base)
                if sum(1 for x in range(p, e) if w[x][:1].isalnum()) >= 2 and not (
                        low[p] in R.ADVERBIAL_PREPS and not any(
                            low[x] == "that" or T.inq[x] for x in range(p, e))):
                    return add("p", subj, (i, cue_end), [(p, e)])
            return False
        if lh == ",":
            # "Smith, a spokesman for the campaign, said" / "Smith, who ..., said"
            k = h - 1
            commas = []
            while k >= us and k > h - 35 and not T.inq[k] and low[k] not in (";", ":"):
                if low[k] == ",":
                    commas.append(k)
                k -= 1
            pick = None
            for c in commas:            # nearest first; prefer one whose name opens the unit
                if c - 1 >= us and (cap[c - 1] or low[c - 1] in R.TITLES):
                    if pick is None:
                        pick = c
                    st0 = self.subject_np(T, c - 1, us)
                    j0 = us
                    while j0 < st0 and (low[j0] in R.CONJUNCTIONS or _is_quote_tok(w[j0])):
                        j0 += 1
                    if st0 == j0:
                        pick = c
                        break
            if pick is None and APPOSITIVE_NAME and h - 1 >= us and cap[h - 1] and \
                    not T.inq[h - 1] and low[h - 1] not in R.FUNCTION_WORDS:
                pick = h              # "A lawyer for the firm, Jane Roe, said"
            if pick is None:
                return False
            h = pick - 1
            lh = low[h]
        if lh in R.SUBJECT_PRONOUNS or lh in ("i", "we", "you"):
            if lh == "that" or (lh == "this" and base in ("mean",)):
                return False
            if lh in ("who", "which") and h - 1 >= us and low[h - 1] == ",":
                k = h - 2
                s = self.subject_np(T, k, us) if k >= us else h
                antecedent = (s, k + 1) if k >= us else None
            src = (h, h + 1)
        elif T.cap[h]:
            if lh in R.WEEKDAYS or lh in R.MONTHS:
                return False
            if T.sent[h] and lh in R.FUNCTION_WORDS and lh not in R.DETERMINERS:
                return False
            src = (self.subject_np(T, h, us), h + 1)
        elif lh in ("'s", "’s") and h - 1 >= us and lw not in R.WEEKDAYS:
            return False
        elif lh.isalpha() and lh not in R.FUNCTION_WORDS and lh not in R.DETERMINERS and \
                lh not in R.VERB_FORMS and lh not in R.CUE_NOUNS:
            if lw in R.WEAK_FORMS and not aux and not (cue_end < ue and low[cue_end] in ("that", ":")):
                return False
            if lw.endswith("ing") and not aux:
                return False
            src = (self.subject_np(T, h, us), h + 1)
        else:
            return False
        if lw.endswith("ing") and not aux and lh not in R.SUBJECT_PRONOUNS:
            return False
        strong_next = cue_end < ue and low[cue_end] in ("that", ":")
        if lw in R.WEAK_FORMS and not aux and not (lh in R.SUBJECT_PRONOUNS or cap[h]) and \
                not strong_next:
            return False
        if not all(not used[x] for x in range(src[0], src[1])):
            return False
        # a quotation right before the subject is the content: '“Q,” she said of it'
        qb = src[0] - 1
        if qb >= us and low[qb] == ",":
            qb -= 1
        quote_before = qb >= us and T.inq[qb] and _is_quote_tok(w[qb]) and \
            (cue_end >= ue or low[cue_end] not in ("that", ":"))
        p, e = self.content_after(T, cue_end, ue, base)
        nwords = sum(1 for x in range(p, e) if w[x][:1].isalnum())
        if p < e and low[p] in R.ADVERBIAL_PREPS and not any(
                low[x] == "that" or T.inq[x] for x in range(p, e)):
            nwords = 0            # "said in an interview", "reported from the capital"
        if nwords >= 2 and not quote_before:
            # "A, he said on Friday, B": the content is both sides of the parenthetical
            if MID_PARENTHETICAL and src[0] - 1 > us and low[src[0] - 1] == "," and \
                    not T.inq[src[0] - 2]:
                c = cue_end
                while c < p and c < cue_end + 8 and low[c] != "," and not T.inq[c] and \
                        low[c] not in ("that", ":") and low[c] not in R.VERB_FORMS:
                    c += 1
                if c < p and low[c] == ",":
                    a = self.before_start(T, us, src[0] - 1, used)
                    if sum(1 for x in range(a, src[0]) if w[x][:1].isalnum()) >= 2:
                        return add("p", src, (i, cue_end), [(a, src[0]), (p, e)],
                                   antecedent=antecedent)
            return add("p", src, (i, cue_end), [(p, e)], antecedent=antecedent)
        # content before: "Q, X said." / '“Q,” X said, “R.”'
        if src[0] - 1 >= us and (low[src[0] - 1] == "," or _is_quote_tok(w[src[0] - 1])):
            a = self.before_start(T, us, src[0], used)
            parts = [(a, src[0])]
            if cue_end < ue and low[cue_end] == "," and cue_end + 1 < ue and T.inq[cue_end + 1]:
                parts.append((cue_end + 1, self.qtok_end(T, cue_end + 1)))
            elif SPLIT_QUOTE_GAP and T.inq[src[0] - 1]:
                q = self.next_quote(T, cue_end, ue)
                if q is not None:
                    parts.append(q)
            return add("p", src, (i, cue_end), parts, antecedent=antecedent)
        # "He said:" closing the unit: the content is the next unit (see run)
        if COLON_NEXT and cue_end < ue and low[cue_end] == ":" and \
                all(not w[x][:1].isalnum() for x in range(cue_end, ue)) and not quote_before:
            source = self.span(T, *src)
            speaker = self.res.speaker(w, low, cap, src[0], src[1], antecedent)
            self.pending = (source, speaker, self.span(T, i, cue_end))
            for x in range(src[0], ue):
                used[x] = True
            return True
        return False

    def passive_cue(self, T, i, us, ue, cue_end, add, used, by_agent: bool) -> bool:
        """Passive cues: 'X is expected to ...', 'X was accused of ...' (no source: content is
        the subject plus the complement) and 'X was reported by Y' (source Y)."""
        low, cap = T.low, T.cap
        h = i - 1
        be = False
        while h >= us and (low[h] in R.AUXILIARIES or low[h] in R.NEGATIONS or _is_adverb(low[h])):
            be = be or low[h] in R.BE_FORMS
            h -= 1
        if not be or h < us or T.inq[h] or used[h]:
            return False
        cue_a = h + 1
        while cue_a < i and low[cue_a] not in R.AUXILIARIES:
            cue_a += 1
        lh = low[h]
        if lh in R.SUBJECT_PRONOUNS or lh in ("i", "we", "you"):
            if lh in ("this", "that", "it"):
                return False
            subj = (h, h + 1)
        elif cap[h] or (lh.isalpha() and lh not in R.FUNCTION_WORDS and lh not in R.VERB_FORMS):
            if lh in R.WEEKDAYS or lh in R.MONTHS:
                return False
            subj = (self.subject_np(T, h, us), h + 1)
        else:
            return False
        if any(used[x] for x in range(*subj)):
            return False
        if by_agent:
            s0 = cue_end + 1
            s1 = self.object_np(T, s0, ue)
            if s1 <= s0 or not (cap[s0] or low[s0] in R.DETERMINERS):
                return False
            parts = [subj]
            if s1 < ue and low[s1] in ("to", "as"):
                parts.append((s1, self.clause_end(T, s1, ue)))
            return add("p", (s0, s1), (cue_a, cue_end), parts)
        if cue_end >= ue or low[cue_end] not in R.PASSIVE_COMPLEMENT or T.inq[cue_end]:
            return False
        p = cue_end
        if low[p] == "of":
            p += 1
            cue_end += 1
        e = self.clause_end(T, p, ue)
        if e - p < 2:
            return False
        return add("p", None, (cue_a, cue_end), [subj, (p, e)], source=None, speaker=None)

    def clause_subject(self, T, us, lim, used) -> tuple[int, int] | None:
        """The subject of the unit's main clause when it is a name or a personal pronoun
        ('On Friday, Smith spoke ..., saying ...'), as token range, or None."""
        low, cap, w = T.low, T.cap, T.w
        j = us
        while j < lim and (low[j] in R.CONJUNCTIONS or _is_adverb(low[j]) or low[j] == ","
                           or _is_quote_tok(w[j]) and not T.inq[j]):
            j += 1
        if j < lim and low[j] in R.ADVERBIAL_PREPS | {"last", "earlier"} and not cap[j] or \
                (j < lim and cap[j] and low[j] in R.ADVERBIAL_PREPS):
            k = j
            while k < lim and low[k] != "," and k - j < 12:
                k += 1
            if k >= lim or low[k] != ",":
                return None
            j = k + 1
            while j < lim and (_is_adverb(low[j]) or low[j] == ","):
                j += 1
        if j >= lim or T.inq[j] or used[j]:
            return None
        if low[j] in ("he", "she", "they", "we", "i"):
            return (j, j + 1)
        if DET_SUBJECT and DET_SUBJECT_VERB and low[j] in ("the", "a", "an"):
            for k in range(j + 2, min(lim, j + 6)):
                lk = low[k]
                if T.inq[k - 1] or not (cap[k - 1] or (low[k - 1].isalpha() and
                                                       low[k - 1] not in R.FUNCTION_WORDS)):
                    break
                if (low[k - 1] in R.TITLES or cap[k - 1]) and not cap[k] and (
                        lk in R.AUXILIARIES or lk in R.VERB_FORMS or lk in R.BROAD_NOT_VERBS
                        or (lk.endswith("ed") and len(lk) > 4)):
                    return (j, k)
            return None
        if DET_SUBJECT and low[j] in ("the", "a", "an"):
            k = j + 1
            while k < lim and k - j < 5 and not T.inq[k] and (cap[k] or (
                    low[k].isalpha() and low[k] not in R.FUNCTION_WORDS and
                    low[k] not in R.VERB_FORMS and not _is_adverb(low[k]))):
                k += 1
            if k - 1 > j and k < lim and (low[k - 1] in R.TITLES or cap[k - 1]) and \
                    (low[k] in R.AUXILIARIES or low[k].endswith("ed") or low[k] in R.VERB_FORMS):
                return (j, k)
            return None
        if not cap[j] or low[j] in R.FUNCTION_WORDS or low[j] in R.WEEKDAYS or low[j] in R.MONTHS:
            return None
        k = j
        while k < lim and (cap[k] or low[k] in R.TITLES or low[k] in (".",)) and not T.inq[k] \
                and k - j < 6:
            k += 1
        if k >= lim or k == j:
            return None
        nxt = low[k]
        if nxt == ",":
            return (j, k) if self.is_person_like(T, j, k) else None
        if cap[k] or not nxt.isalpha() or nxt in R.FUNCTION_WORDS and nxt not in R.AUXILIARIES:
            return None
        return (j, k)

    def is_person_like(self, T, a, b) -> bool:
        return b - a >= 2 or T.low[a] in R.TITLES

    def before_start(self, T, us, b, used) -> int:
        a = us
        for x in range(b - 1, us - 1, -1):
            if used[x]:
                a = x + 1
                break
        return a

    def noun_cue(self, T, i, us, ue, add, used):
        low = T.low
        nxt = low[i + 1]
        if nxt == "to":
            if i + 2 >= ue or not low[i + 2].isalpha() or low[i + 2] in R.DETERMINERS or \
                    T.cap[i + 2]:
                return False
        h = i - 1
        while h >= us and (_is_adverb(low[h]) or low[h] in ("new", "latest", "repeated", "own",
                                                          "earlier", "previous", "recent")):
            h -= 1
        if h < us:
            return False
        if low[h] in R.POSSESSIVES:
            src = (h, h + 1)
        elif low[h] in ("'s", "’s") and h - 1 >= us:
            src = (self.subject_np(T, h - 1, us), h)
        else:
            return False
        if not all(not used[x] for x in range(src[0], src[1])):
            return False
        start = i + 1
        e = start
        while e < ue and not (low[e] in (",", ";", ".", "—") and not T.inq[e]):
            e += 1
        pron = {"his": "he", "her": "she", "their": "they", "its": "it"}.get(low[src[0]])
        if pron and src[1] - src[0] == 1:
            sp = self.res.pronoun(pron)
            return add("p", None, (i, i + 1), [(start, e)], source=self.span(T, *src), speaker=sp)
        return add("p", src, (i, i + 1), [(start, e)])

    def pre_rules(self, P: _Para, pi: int, order: int):
        """Paragraph-level patterns: 'NAME: words' (transcripts, headlines) and
        '“quote” ― Name' signatures."""
        T = P.T
        low, w, cap = T.low, T.w, T.cap
        n = T.n
        if n < 4:
            return
        # NAME: ...
        a = 1 if (T.inq[0] and _is_quote_tok(w[0])) else 0
        c = a
        while c < n and c - a < 4 and (cap[c] or low[c] in ("'s", "’s", ".")) and w[c] != ":":
            c += 1
        if c < n and c > a and w[c] == ":" and low[a] not in R.COLON_NOT_SOURCE and \
                sum(1 for x in range(c + 1, n) if w[x][:1].isalnum()) >= 3 and \
                not (T.inq[c] and not T.inq[a]):
            src = self.span(T, a, c)
            sp = self.res.speaker(w, low, cap, a, c)
            b = n
            while b > c + 1 and (w[b - 1] in (".", ",") or (_is_quote_tok(w[b - 1]) and a == 1)):
                b -= 1
            body = self.span(T, c + 1, b)
            if body is not None:
                self.emit(pi, "paraphrase" if not T.inq[c + 1] else "direct", sp, src,
                          self.span(T, c, c + 1), [body], order)
                for x in range(n):
                    T.used[x] = True
                return
        # “...” ― Name
        for i in range(1, n - 1):
            if w[i] in ("―", "—", "–", "--") and T.inq[i - 1] and _is_quote_tok(w[i - 1]) \
                    and not T.inq[i] and cap[i + 1]:
                j = i + 1
                while j < n and j - i <= 5 and (cap[j] or low[j] in (".", "'s")) and not T.inq[j] \
                        and low[j] not in R.FUNCTION_WORDS:
                    j += 1
                if j - i > 5 or (j < n and not (w[j] in (".", ",", ";") or _is_quote_tok(w[j]))):
                    continue
                q = T.qid[i - 1]
                k = i - 1
                while k - 1 >= 0 and T.qid[k - 1] == q:
                    k -= 1
                b = j
                while b > i + 1 and w[b - 1] in (".", ","):
                    b -= 1
                src = self.span(T, i + 1, b)
                sp = self.res.speaker(w, low, cap, i + 1, b)
                self.emit(pi, "direct", sp, src, self.span(T, i, i + 1), [self.span(T, k, i)],
                          order)
                for x in range(k, j):
                    T.used[x] = True

    def continue_quote(self, T: _Toks, pi: int, us: int, ue: int) -> bool:
        """A cue-less unit that is a quotation continues the previous direct statement of the
        same paragraph (or of the previous paragraph when this one opens with the quote)."""
        if not self.out or not (T.inq[us] and _is_quote_tok(T.w[us])):
            return False
        last = None
        for d in reversed(self.out[-4:]):
            if d["paragraph"] not in (pi, pi - 1):
                break
            if d["kind"] == "direct" or d["content"][-1].text[-1:] in ("”", '"', "'"):
                last = d
                break
        if last is None:
            return False
        if last["paragraph"] != pi and (us != 0 or not CONTINUE_ACROSS_PARAGRAPHS):
            return False
        q = T.qid[us]
        k = us
        while k < ue and T.qid[k] == q:
            k += 1
        rest = [T.w[x] for x in range(k, ue)]
        if any(x[:1].isalnum() for x in rest):
            return False
        sp = self.span(T, us, k)
        if sp is None or sp.start < last["content"][-1].end:
            return False
        last["content"] = last["content"] + (sp,)
        return True

    # ---- main
    def run(self) -> list[Statement]:
        text = self.text
        nlp = get_pipeline()
        paras = _paragraphs(text)
        pieces: list[tuple[int, int]] = []
        owner: list[int] = []
        skip = set()
        for pi, (s, e) in enumerate(paras):
            if pi == 0 and _is_header(text[s:e]):
                skip.add(pi)
                continue
            for c in _chunks(text, s, e):
                pieces.append(c)
                owner.append(pi)
        docs = nlp.pipe([text[s:e] for s, e in pieces], batch_size=256)
        cur_pi = -1
        cur_docs: list = []
        cur_bases: list[int] = []
        order = 0

        def flush():
            nonlocal order
            if cur_pi < 0 or not cur_docs:
                return
            ps, pe = paras[cur_pi]
            T = _Toks(cur_docs, cur_bases)
            P = _Para(text, T, _quote_spans(text, ps, pe))
            order += 1
            try:
                self.pre_rules(P, cur_pi, order)
            except Exception:  # defensive
                pass
            for us, ue in P.units():
                if all(T.used[x] or not T.w[x][:1].isalnum() for x in range(us, ue)):
                    continue
                order += 1
                pending, self.pending = self.pending, None
                if pending is not None:
                    sp = self.span(T, us, ue)
                    if sp is not None:
                        kind = "direct" if T.inq[us] and _is_quote_tok(T.w[us]) else "paraphrase"
                        a, b = self.trim(T, us, ue)
                        if T.inq[us] and _is_quote_tok(T.w[us]):
                            a = us
                        cs = self.span(T, a, b) if b > a else sp
                        self.emit(cur_pi, kind, pending[1], pending[0], pending[2], [cs], order)
                        continue
                try:
                    got = self.run_unit(P, cur_pi, us, ue, order)
                except Exception:  # defensive: a rule bug must never break extraction
                    got = False
                if not got and self.continue_quote(T, cur_pi, us, ue):
                    got = True
                if not got:
                    sp = self.span(T, us, ue)
                    if sp is not None:
                        self.emit(cur_pi, "narration", None, None, None, [sp], order)

        for (s, _end), pi, doc in zip(pieces, owner, docs):
            if pi != cur_pi:
                flush()
                cur_pi, cur_docs, cur_bases = pi, [], []
            cur_docs.append(doc)
            cur_bases.append(s)
        flush()
        # order statements by text position within paragraphs
        self.out.sort(key=lambda d: (d["paragraph"], d["order"], d["content"][0].start))
        res = []
        for k, d in enumerate(self.out, 1):
            res.append(Statement(f"s{k}", d["paragraph"], d["kind"], d["speaker"], d["source"],
                                 d["cue"], d["content"]))
        return res


def extract_statements(text: str, actors=None) -> list[Statement]:
    """Statements of ``text`` in text order (see module doc).  Never raises on odd text."""
    if not isinstance(text, str):
        text = str(text or "")
    if not text.strip():
        return []
    return _Extractor(text, actors).run()


def extraction_to_json(text: str, statements: Iterable[Statement], metadata: dict | None = None) -> dict:
    """``{"document": metadata, "statements": [...]}`` for the CLI's ``--json``."""
    doc = dict(metadata) if metadata else {}
    return {"document": doc, "statements": [s.to_dict() for s in statements]}


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def format_statements(text: str, statements: Iterable[Statement]) -> str:
    """One line per statement: id, kind, speaker (party), shortened content."""
    lines = []
    for st in statements:
        if st.speaker is not None:
            who = st.speaker.name + (f" ({st.speaker.party})" if st.speaker.party else "")
        elif st.source is not None:
            who = st.source.text
        else:
            who = "-"
        lines.append(f"{st.id:>5}  {st.kind:<10}  {_short(who, 30):<30}  {_short(st.text)}")
    return "\n".join(lines)
