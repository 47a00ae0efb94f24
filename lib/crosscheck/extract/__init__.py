"""Attribution extraction: split an article into statements and say who said what.

``extract_statements(text, actors=None)`` returns a list of :class:`Statement`, one per reported
content (a direct quote, reported speech, a reported belief or intention) plus one per sentence of
the outlet's own narration, in text order.  Every span is given as character offsets into ``text``
(a ``str``; read files with ``encoding="utf-8", newline=""``) and ``text[start:end]`` always equals
the span's text.

A statement has ``id`` ("s1", ...), ``paragraph``, ``kind`` ("direct", "paraphrase" or "narration"),
``content`` (spans; several for a split quotation), ``source`` (the speaker's mention), ``cue`` (the
verb, noun or phrase that attributes it), ``speaker`` (name, party, actor_id) and, added with the
extract package (issue 10): ``question`` (the content asks rather than states: "How many times
...?", he asked; "asked whether ..."; "Q: ..."), the speaker's ``role`` (how the article describes
the speaker) and ``speaks_for`` (the organisation a spokesperson or representative speaks for; its
party is the speaker's party), and ``actor_id`` in ``Speaker.to_dict``.  A resolved speaker's
``party`` is never empty: without a registry it is the organisation's or the person's own name.
Questions an unnamed interviewer puts ("Q: ...", '"...?" Lee was asked', "Asked whether ...,") are
narration (the outlet's voice) marked as questions.

The pipeline is spaCy's blank English tokenizer (no model), :mod:`crosscheck.segment` for sentences
and quotations, and rules, one a module: ``according_to``, ``verb_cue`` (with ``passive``),
``noun_cue``, ``quotes`` (speaker lines, signatures, continued quotations), ``nested`` (a report
inside a content: "rejecting warnings from midwives' leaders that ..."), ``appositive`` (", a claim the
ministry rejected": the answering party's back reference), ``interview`` (with
``introductions``: who an interview is with); ``speakers`` resolves names, pronouns, roles and
spokespeople, ``employers`` which body a role or a bare noun means, ``bodies`` where a body's name
ends ("Department of Health and Social Care"); ``lexicon`` holds the word lists; ``driver`` runs them.

An actor registry may be passed: any object with ``find(mention) -> actor | None`` where an actor
has ``.id``, ``.name`` and ``.party``.  Resolved speakers then carry the actor's name, party and id.
Errors in a rule or in the registry propagate: nothing is swallowed.
"""
from .driver import extract_statements
from .model import KINDS, Span, Speaker, Statement, extraction_to_json, format_statements
from .tokens import get_pipeline

__all__ = ["KINDS", "Span", "Speaker", "Statement", "extract_statements", "extraction_to_json", "format_statements",
           "get_pipeline"]
