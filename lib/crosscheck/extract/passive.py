"""Rule: passive cues.  'X is expected to ...', 'X was accused of ...' have no source (the content
is the subject plus the complement); 'X was first reported by Y' has the source Y."""
from __future__ import annotations

from . import lexicon as L
from .phrases import clause_end, object_np, subject_np
from .unit import Exchange, Unit


def passive_cue(u: Unit, i: int, cue_end: int, by_agent: bool, base: str = "") -> bool:
    """The participle at token i (its cue ending at cue_end; at "by" when ``by_agent``)."""
    T, us, ue = u.T, u.us, u.ue
    low = T.low
    h = i - 1
    be = False
    while h >= us and (low[h] in L.AUXILIARIES or low[h] in L.NEGATIONS or T.adverb(h)):
        be = be or low[h] in L.BE_FORMS
        h -= 1
    if not be or h < us or T.inq[h] or T.used[h]:
        return False
    subject = _subject(u, h)
    if subject is None or not T.free(*subject):
        return False
    cue_start = h + 1
    while cue_start < i and low[cue_start] not in L.AUXILIARIES:
        cue_start += 1
    if by_agent:
        s0 = cue_end + 1
        s1 = object_np(T, s0, ue)
        if s1 <= s0 or not (T.cap[s0] or low[s0] in L.DETERMINERS):
            return False
        parts = [subject]
        if s1 < ue and low[s1] in ("to", "as"):
            parts.append((s1, clause_end(T, s1, ue)))
        return u.add((s0, s1), (cue_start, cue_end), parts)
    if base == "ask" and _was_asked(u, subject, (cue_start, cue_end)):
        return True
    if cue_end >= ue or low[cue_end] not in L.PASSIVE_COMPLEMENT or T.inq[cue_end]:
        return False
    p = cue_end
    if low[p] == "of":
        p += 1
        cue_end += 1
    end = clause_end(T, p, ue)
    if end - p < 2:
        return False
    return u.add(None, (cue_start, cue_end), [subject, (p, end)])


def _was_asked(u: Unit, subject: tuple[int, int], cue: tuple[int, int]) -> bool:
    """'"Will it open in May?" Lee was asked.': an unnamed interviewer's question to Lee (the
    outlet's voice), which opens a question-and-answer exchange with Lee."""
    T = u.T
    before = subject[0] - 1
    if before < u.us or not T.quote_mark(before) or (cue[1] < u.ue and T.low[cue[1]] not in L.STOP_PUNCT):
        return False
    start = before
    while start - 1 >= u.us and T.qid[start - 1] == T.qid[before]:
        start -= 1
    T.mark(start, cue[1])
    answerer = u.speaker(subject)           # Lee is named: the answers are hers
    u.emit("narration", None, None, T.span(*cue), [T.span(start, before + 1)])
    u.found[-1].exchange = Exchange(None, answerer)
    u.count += 1
    return True


def _subject(u: Unit, h: int) -> tuple[int, int] | None:
    """The passive's subject ending at token h: a personal pronoun, a name or a noun phrase."""
    T = u.T
    lh = T.low[h]
    if lh in L.SUBJECT_PRONOUNS or lh in ("i", "we", "you"):   # not "The trial, which is expected to last ...":
        return None if lh in ("this", "that", "it", "which", "who") else (h, h + 1)    # the outlet's aside
    noun = lh not in L.VERB_FORMS or h - 1 >= u.us and T.low[h - 1] in L.DETERMINERS    # "That claim was denied"
    if lh[:1].isdigit():    # "The museum's visitor figure of about 180,000 was confirmed by ...": from the noun
        k = h - 1
        while k > u.us and T.low[k] in ("about", "around", "some", "nearly", "almost", "roughly", "over"):
            k -= 1
        if k - 1 >= u.us and T.low[k] == "of" and T.low[k - 1].isalpha():
            return (subject_np(T, k - 1, u.us), h + 1)
        return None
    if T.cap[h] or (lh.isalpha() and lh not in L.FUNCTION_WORDS and noun):
        if lh in L.WEEKDAYS or lh in L.MONTHS:
            return None
        return (subject_np(T, h, u.us), h + 1)
    return None
