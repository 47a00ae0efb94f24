"""Rule: a statement reported inside another's content, with a source of its own.

"..., rejecting warnings from midwives' leaders that it would close in the spring": the midwives'
leaders assert "it would close in the spring", and the outer speaker rejects it.  The same for
"dismissed claims by the union that ...", "denied Ms. Lowe's allegation that ...", "reports by
residents that ...".  The rule runs after a paragraph's other rules, over the contents they found
and adds one paraphrase statement for each nested report whose source is named: the noun is its
cue, the clause after "that" its content.  No two contents overlap: a part of the outer content that
holds the nested report is dropped when the outer has other parts ("X will stay open, she said,
rejecting warnings from Y that ..."), else it ends before the nested clause ("disputed a
researcher's claim").
"""
from __future__ import annotations

import bisect

from . import lexicon as L
from .phrases import subject_np
from .tokens import Tokens
from .unit import Found

#: Nouns that report what someone else said or holds ("warnings from X that ...").
NESTED_NOUNS = frozenset("""
warning warnings claim claims allegation allegations report reports suggestion suggestions assertion
assertions accusation accusations charge charges prediction predictions fear fears complaint complaints
rumour rumours rumor rumors
""".split())
_BY = ("from", "by", "of", "in")         # "a report in the Sunday Herald that ..."
_CLAUSE_ENDS = (",", ";", ".", "—", "–", ":", "(", ")")
_SOURCE_LIMIT = 8
_BACK_WORDS = ("it", "that", "this", "so")


def nested_statements(T: Tokens, found: list[Found], resolver) -> list[Found]:
    """The nested reports inside the contents of ``found`` (statements of this paragraph's tokens)."""
    out = []
    for outer in found:
        kept = []
        for span in outer.content:
            a = bisect.bisect_left(T.st, span.start)
            b = bisect.bisect_left(T.st, span.end)
            for i in range(a, b - 2):
                nested = _nested_at(T, i, a, b, resolver) or _report_in_clause_at(T, i, b, resolver)
                if nested is not None:
                    source, speaker, content, that, cue = nested
                    out.append(Found(outer.paragraph, outer.order, "paraphrase", speaker, source, T.span(cue, cue + 1),
                                     (content,)))
                    kept_words = T.words(a, that)
                    answer = kept_words == 1 and T.low[a] in _BACK_WORDS     # "denied it, after the union said ..."
                    span = T.span(a, that) if len(outer.content) == 1 and (kept_words >= 2 or answer) else None
                    break
            if span is not None:
                kept.append(span)
        outer.content = tuple(kept) or outer.content
    return out


#: Conjunctions that open a clause of circumstance: "denied it, after the union said ...".
_SUBORDINATORS = frozenset("after as when because since while before although though".split())
_SPEECH = frozenset(L.SPEECH_VERBS)


def _report_in_clause_at(T: Tokens, i: int, b: int, resolver):
    """(source span, speaker, content span, end of the outer content, cue) for a report in a clause of
    circumstance that token i (its comma) opens ("it had cut no checks, after the crew's union said
    engineers had been told to sign them"), else None."""
    if T.low[i] != "," or T.inq[i] or T.low[i + 1] not in _SUBORDINATORS:
        return None
    verb = next((j for j in range(i + 3, min(b, i + 3 + _SOURCE_LIMIT))
                 if T.low[j] in _CLAUSE_ENDS or T.inq[j] or _finite_speech(T.low[j])), None)
    if verb is None or T.low[verb] in _CLAUSE_ENDS or T.inq[verb]:
        return None
    source = (subject_np(T, verb - 1, i + 2), verb)
    start = verb + 1 + (verb + 1 < b and T.low[verb + 1] == "that")
    end = start
    while end < b and not (T.low[end] in _CLAUSE_ENDS and not T.inq[end]):
        end += 1
    if source[0] != i + 2 or T.words(start, end) < 3:
        return None
    last_group, speaking = resolver.last_group, list(resolver.speaking)
    speaker = resolver.speaker(T, *source)
    resolver.last_group, resolver.speaking = last_group, speaking
    return T.span(*source), speaker, T.span(start, end), i, verb


def _finite_speech(word: str) -> bool:
    """A finite form of a verb of speech ("said", "says", "warned"), not "saying" nor a noun's plural."""
    return L.VERB_FORMS.get(word) in _SPEECH and not word.endswith("ing") and (word.endswith("ed") or word in (
        "said", "says", "told", "tells", "wrote", "writes", "warns", "claims", "insists", "adds", "argues"))


def _nested_at(T: Tokens, i: int, a: int, b: int, resolver):
    """(source span, speaker, content span, end of the outer content, cue) for a nested report whose noun
    is token i, else None."""
    if T.low[i] not in NESTED_NOUNS or T.inq[i]:
        return None
    if T.low[i + 1] in _BY:                          # "warnings from midwives' leaders that ..."
        that = next((j for j in range(i + 2, min(b, i + 2 + _SOURCE_LIMIT)) if T.low[j] == "that"), None)
        if that is None or that == i + 2 or any(T.low[j] in _CLAUSE_ENDS or T.inq[j] for j in range(i + 2, that)):
            return None
        source = (i + 2, that)
    elif i - 2 >= a and T.low[i - 1] in ("'s", "’s") and T.low[i + 1] == "that":   # "Ms. Lowe's allegation that"
        that = i + 1
        source = (subject_np(T, i - 2, a), i - 1)
    else:
        return None
    end = that + 1
    while end < b and not (T.low[end] in _CLAUSE_ENDS and not T.inq[end]):
        end += 1
    if T.words(that + 1, end) < 3 or not T.words(*source):
        return None
    last_group, speaking = resolver.last_group, list(resolver.speaking)
    speaker = resolver.speaker(T, *source)
    # "it" and "Finance director Graham Pike" later still mean the outer speaker, not the one reported
    resolver.last_group, resolver.speaking = last_group, speaking
    return T.span(*source), speaker, T.span(that + 1, end), that, i
