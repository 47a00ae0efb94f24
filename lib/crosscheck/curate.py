"""Curation: every change an analyst makes to claims, evidence and actors, by words, never by offsets.

Each function here is one step: it takes the ledger lock and reads the files it changes afresh
(crosscheck.store), changes them in place (comments and order kept), validates the ledger as it would be
by loading it whole, then writes every file atomically and records the step so ``crosscheck undo`` can
revert it (crosscheck.journal). A step that would leave the ledger invalid writes nothing and says why in
one line. The command line and the JupyterLab panel call these functions and nothing else.

Evidence is named by its words: ``quote`` is a few words of the statement's quote (they must pick out
one statement of the claim) or a statement id. A new quote is given by its words, and ``occurrence`` or
``context`` when they stand more than once (crosscheck.quotes).
"""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .claims import KINDS, STANCES
from .errors import CrosscheckError
from .layout import (ACTORS, CLAIMS_KEYS, DOCUMENT_KEYS, LEDGER_DIR, SOURCES, claims_file, claims_files, document_files,
                     is_id, slug)
from .loading import quote_entries
from .quotes import locate
from .sanitize import check_identifier, check_text
from .store import Transaction, transaction

#: Where a new group of claims goes when no order is given: after the others.
NEW_GROUP_STEP = 10


@contextlib.contextmanager
def step(root: str | Path, command: str) -> Iterator[Transaction]:
    """One curation step: a transaction whose result is validated whole and recorded for undo.

    The ledger must load as it stands before the step (its problems are named, nothing is changed): a step
    never builds on a file it cannot read, nor writes offsets against a document changed since it was recorded.
    """
    from .journal import record_step
    from .ledger import load_ledger

    root = Path(root)
    with transaction(root) as tx:
        load_ledger(root)
        yield tx
        if tx.changed:
            load_ledger(root, overlay=tx.overlay())  # raises, writing nothing, when the result is invalid
            record_step(tx, command)


# ----------------------------------------------------------------------------------------- finding


def _claims_files(tx: Transaction) -> dict[Path, CommentedMap]:
    return {p: tx.read_yaml(p.relative_to(tx.root), CLAIMS_KEYS) for p in claims_files(tx.root)}


def _find_claim(tx: Transaction, claim_id: str) -> tuple[Path, CommentedMap, int]:
    """(claims file, its data, index) of a claim; a one-line error naming close ids when there is none."""
    for path, data in _claims_files(tx).items():
        for index, entry in enumerate(data.get("claims") or []):
            if isinstance(entry, dict) and str(entry.get("id")) == claim_id:
                return path, data, index
    raise CrosscheckError(f"no claim {claim_id!r}{_near(claim_id, _all_claim_ids(tx))}", tx.root / LEDGER_DIR / "claims")


def _all_claim_ids(tx: Transaction) -> list[str]:
    return [str(e.get("id")) for d in _claims_files(tx).values() for e in d.get("claims") or [] if isinstance(e, dict)]


def _near(word: str, known: list[str]) -> str:
    from rapidfuzz import process

    close = [m[0] for m in process.extract(word, known, limit=3, score_cutoff=60)]
    return f" (did you mean {', '.join(close)}?)" if close else ""


def _documents(tx: Transaction) -> dict[str, tuple[Path, CommentedMap]]:
    return {p.stem: (p, tx.read_yaml(p.relative_to(tx.root), DOCUMENT_KEYS)) for p in document_files(tx.root)}


def _statement_quotes(tx: Transaction) -> dict[str, str]:
    return {sid: str(entry.get("quote", "")) for _, data in _documents(tx).values()
            for owner, entry in quote_entries(data) if owner.startswith("statement ")
            for sid in [owner[len("statement '"):-1]]}


def _pick_evidence(tx: Transaction, claim: CommentedMap, words: str, claim_id: str) -> int:
    """The index in ``claim['evidence']`` of the item whose statement is ``words`` (an id) or quotes them."""
    items = claim.get("evidence") or []
    quotes = _statement_quotes(tx)
    by_id = [i for i, item in enumerate(items) if str(item.get("statement")) == words]
    found = by_id or [i for i, item in enumerate(items) if words in quotes.get(str(item.get("statement")), "")]
    if len(found) == 1:
        return found[0]
    listed = "; ".join(f"{item.get('statement')}: {_short(quotes.get(str(item.get('statement')), ''))!r}"
                       for item in items)
    if not found:
        raise CrosscheckError(f"claim {claim_id!r} has no evidence quoting {words!r}; its evidence: {listed or 'none'}")
    raise CrosscheckError(f"{len(found)} pieces of evidence of claim {claim_id!r} quote {words!r}; give more words or "
                          f"the statement id: {listed}")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _check_stance(stance: str) -> str:
    if stance not in STANCES:
        raise CrosscheckError(f"unknown stance {stance!r} (use one of {', '.join(STANCES)})")
    return stance


# ------------------------------------------------------------------------------------------ claims


def add_claim(root, text: str, group: str, *, claim_id: str | None = None, depends_on=(), note: str = "",
              would_change: str = "", draft: bool = False) -> str:
    """Add a claim to ``group`` (its file is made when new); returns the claim's id."""
    text = _text(text, "the claim's text")
    with step(root, f"claim add {_short(text, 40)!r}") as tx:
        return _add_claim(tx, text, group, claim_id, depends_on, note, would_change, draft)


def _add_claim(tx: Transaction, text: str, group: str, claim_id: str | None, depends_on=(), note: str = "",
               would_change: str = "", draft: bool = False) -> str:
    claim_id = claim_id or _new_claim_id(tx, text)
    if not is_id(claim_id):
        raise CrosscheckError(f"claim id {claim_id!r}: use lower-case letters, digits, dots, dashes or underscores")
    if claim_id in _all_claim_ids(tx):
        raise CrosscheckError(f"there is already a claim {claim_id!r}; give another --id")
    path, data = _group_file(tx, group)
    entry = CommentedMap(id=claim_id, text=text)
    for key, value in (("depends_on", [str(d) for d in depends_on]), ("note", note), ("would_change", would_change)):
        if value:
            entry[key] = value if key == "depends_on" else " ".join(check_text(value, key).split())
    if draft:
        entry["draft"] = True
    entry["evidence"] = CommentedSeq()
    data["claims"].append(entry)
    tx.write_yaml(path.relative_to(tx.root), data)
    return claim_id


def _text(value: str, what: str) -> str:
    text = " ".join(check_text(value, what).split())
    if not text:
        raise CrosscheckError(f"{what} is empty")
    return text


def _new_claim_id(tx: Transaction, text: str) -> str:
    base = slug(" ".join(text.split()[:7]), 60, empty="claim")
    taken, candidate, n = set(_all_claim_ids(tx)), base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _group_file(tx: Transaction, group: str) -> tuple[Path, CommentedMap]:
    group = check_identifier(group, "the group")
    if not is_id(group):
        raise CrosscheckError(f"group {group!r}: use lower-case letters, digits, dots, dashes or underscores")
    files = _claims_files(tx)
    for path, data in files.items():
        if data.get("group") == group:
            data.setdefault("claims", CommentedSeq())
            return path, data
    orders = [float(d.get("order", 100)) for d in files.values() if isinstance(d.get("order", 100), (int, float))]
    order = int(max(orders, default=0)) + NEW_GROUP_STEP
    return claims_file(tx.root, group), CommentedMap(group=group, title=group.replace("-", " ").capitalize(),
                                                     order=order, claims=CommentedSeq())


def edit_claim(root, claim_id: str, *, text: str | None = None, note: str | None = None,
               would_change: str | None = None, depends_on: list[str] | None = None) -> None:
    """Change a claim's words: its text, note, what would change it, what it depends on."""
    with step(root, f"claim edit {claim_id}") as tx:
        path, data, index = _find_claim(tx, claim_id)
        entry = data["claims"][index]
        for key, value in (("text", text), ("note", note), ("would_change", would_change)):
            if value is not None:
                entry[key] = _text(value, f"the claim's {key.replace('_', ' ')}") if key == "text" else \
                    " ".join(check_text(value, key).split())
        if depends_on is not None:
            entry["depends_on"] = [str(d) for d in depends_on]
        tx.write_yaml(path.relative_to(tx.root), data)


def accept_claim(root, claim_id: str) -> None:
    """Mark a drafted claim as the analyst's own (no longer a draft)."""
    with step(root, f"claim accept {claim_id}") as tx:
        path, data, index = _find_claim(tx, claim_id)
        entry = data["claims"][index]
        if not entry.get("draft"):
            raise CrosscheckError(f"claim {claim_id!r} is not a draft; nothing to accept")
        del entry["draft"]
        tx.write_yaml(path.relative_to(tx.root), data)


def delete_claim(root, claim_id: str) -> None:
    """Delete a claim that nothing depends on and no verdict names; its statements stay declared."""
    with step(root, f"claim delete {claim_id}") as tx:
        _refuse_if_referenced(tx, claim_id, "delete")
        path, data, index = _find_claim(tx, claim_id)
        del data["claims"][index]
        tx.write_yaml(path.relative_to(tx.root), data)


def _refuse_if_referenced(tx: Transaction, claim_id: str, what: str, replacement: str | None = None) -> None:
    from .verdicts import load_verdicts

    if any(v.claim == claim_id for v in load_verdicts(tx.root / LEDGER_DIR)):
        raise CrosscheckError(f"cannot {what} claim {claim_id!r}: analysts' verdicts name it (the verdict history "
                              "is append-only); rewrite its text instead")
    sources = tx.read_yaml(Path(LEDGER_DIR) / SOURCES, ("sources",)) if tx.exists(Path(LEDGER_DIR) / SOURCES) else {}
    reports = [entry.get("id") for entry in sources.get("sources") or []
               if isinstance(entry, dict) and claim_id in (entry.get("stances") or {})]
    dependents = []
    for path, data in _claims_files(tx).items():
        for entry in data.get("claims") or []:
            if claim_id in [str(d) for d in entry.get("depends_on") or []]:
                if replacement is None:
                    dependents.append(entry.get("id"))
                    continue
                entry["depends_on"] = list(dict.fromkeys(replacement if str(d) == claim_id else str(d)
                                                         for d in entry["depends_on"]))
                tx.write_yaml(path.relative_to(tx.root), data)
    reasons = ([f"the outside report{'s' * (len(reports) > 1)} {_listed(reports)} "
                f"give{'s' * (len(reports) == 1)} a stance on it"] if reports else []) + \
              ([f"claim{'s' * (len(dependents) > 1)} {_listed(dependents)} depend{'s' * (len(dependents) == 1)} on it"]
               if dependents else [])
    if reasons:  # every obstacle at once, so the analyst clears them in one go
        raise CrosscheckError(f"cannot {what} claim {claim_id!r}: {' and '.join(reasons)}; move or remove "
                              f"{'those' if len(reports) + len(dependents) > 1 else 'that'} first",
                              tx.path(Path(LEDGER_DIR) / SOURCES) if reports else None)


def _listed(names: list, shown: int = 3) -> str:
    """``'a', 'b', 'c' and 4 more``."""
    text = ", ".join(repr(n) for n in names[:shown])
    return text + (f" and {len(names) - shown} more" if len(names) > shown else "")


def merge_claims(root, source_id: str, into_id: str) -> None:
    """Move every piece of evidence of ``source_id`` into ``into_id`` and delete ``source_id``.

    A statement both claims rest on keeps the stance it has in ``into_id``, unless the stances differ:
    then nothing is merged, and the step says which statement to settle first.
    """
    if source_id == into_id:
        raise CrosscheckError(f"cannot merge claim {source_id!r} into itself")
    with step(root, f"claim merge {source_id} {into_id}") as tx:
        _find_claim(tx, into_id)
        _refuse_if_referenced(tx, source_id, "merge away", replacement=into_id)
        source_path, source_data, source_index = _find_claim(tx, source_id)
        source = source_data["claims"][source_index]
        into_path, into_data, into_index = _find_claim(tx, into_id)
        target = (source_data if into_path == source_path else into_data)["claims"][into_index]
        have = {str(i.get("statement")): i for i in target.get("evidence") or []}
        for item in source.get("evidence") or []:
            kept = have.get(str(item.get("statement")))
            if kept is not None and kept.get("stance") != item.get("stance"):
                raise CrosscheckError(f"statement {item.get('statement')!r} is {item.get('stance')} in {source_id!r} but "
                                      f"{kept.get('stance')} in {into_id!r}; set one stance first (nothing was merged)")
            if kept is None:
                target.setdefault("evidence", CommentedSeq()).append(item)
        del source_data["claims"][source_index]
        tx.write_yaml(source_path.relative_to(tx.root), source_data)
        if into_path != source_path:
            tx.write_yaml(into_path.relative_to(tx.root), into_data)


def split_claim(root, claim_id: str, quotes: list[str], text: str, *, new_id: str | None = None) -> str:
    """Move the evidence named by ``quotes`` out of a claim into a new claim with ``text``, in the same
    group, as one step; returns the new claim's id."""
    text = _text(text, "the new claim's text")
    if not quotes:
        raise CrosscheckError("say which evidence goes to the new claim (--quote WORDS, one or more)")
    with step(root, f"claim split {claim_id}") as tx:
        _, data, _ = _find_claim(tx, claim_id)
        new_id = _add_claim(tx, text, str(data["group"]), new_id)
        for words in quotes:
            _move_evidence(tx, claim_id, words, new_id)
        return new_id


# ---------------------------------------------------------------------------------------- evidence


def add_evidence(root, claim_id: str, quote: str, speaker: str, stance: str, *, document: str | None = None,
                 occurrence: int | None = None, context: str | None = None, kind: str | None = None,
                 cue: str | None = None, said_on: dt.date | None = None, note: str | None = None) -> str:
    """Add the statement quoted by ``quote`` (declared once in its document, found by its words) to a claim
    with ``stance``; returns the statement's id."""
    _check_stance(stance)
    if kind is not None and kind not in KINDS:
        raise CrosscheckError(f"unknown kind {kind!r} (use one of {', '.join(KINDS)})")
    with step(root, f"evidence add {claim_id} {_short(quote, 30)!r}") as tx:
        path, data, index = _find_claim(tx, claim_id)
        doc_id = document or _document_of(tx, data["claims"][index])
        statement_id = _declare(tx, doc_id, quote, speaker, occurrence=occurrence, context=context, kind=kind,
                                cue=cue, said_on=said_on)
        evidence = data["claims"][index].setdefault("evidence", CommentedSeq())
        if any(str(i.get("statement")) == statement_id for i in evidence):
            raise CrosscheckError(f"claim {claim_id!r} already rests on statement {statement_id!r}; set its stance "
                                  "instead")
        item = CommentedMap(statement=statement_id, stance=stance)
        if note:
            item["note"] = " ".join(check_text(note, "the note").split())
        evidence.append(item)
        tx.write_yaml(path.relative_to(tx.root), data)
    return statement_id


def _document_of(tx: Transaction, claim: CommentedMap) -> str:
    """The document a new piece of evidence is in when none is named: the claim's, or the only one."""
    documents = _documents(tx)
    owners = {doc_id for doc_id, (_, data) in documents.items()
              for item in claim.get("evidence") or []
              if str(item.get("statement")) in (data.get("statements") or {})}
    if len(owners) == 1:
        return owners.pop()
    if len(documents) == 1:
        return next(iter(documents))
    raise CrosscheckError(f"say which document the words are in (--document; one of {', '.join(sorted(documents))})")


def _declare(tx: Transaction, doc_id: str, words: str, speaker: str, **how) -> str:
    """The id of the statement of ``speaker`` quoting ``words`` in ``doc_id``: an existing one, or a new one
    declared in the document's file (in order of where it stands)."""
    from .document import load_document

    documents = _documents(tx)
    if doc_id not in documents:
        raise CrosscheckError(f"no document {doc_id!r}{_near(doc_id, list(documents))}")
    path, data = documents[doc_id]
    text = load_document(tx.root / str(data["path"])).text
    start, end = locate(text, words, occurrence=how["occurrence"], context=how["context"], document=doc_id)
    statements = data.setdefault("statements", CommentedMap())
    for statement_id, entry in statements.items():
        if (entry.get("start"), entry.get("end"), entry.get("speaker")) == (start, end, speaker):
            return str(statement_id)
    statement_id = _new_statement_id(statements, speaker, words)
    entry = CommentedMap(speaker=check_identifier(speaker, "the speaker"),
                         kind=how["kind"] or _kind(text, start, end, tx, speaker))
    if how["cue"]:
        entry["cue"] = " ".join(check_text(how["cue"], "the cue").split())
    if how["said_on"]:
        entry["said_on"] = how["said_on"].isoformat()
    entry.update(quote=words, start=start, end=end)
    position = sum(1 for e in statements.values() if isinstance(e, dict) and (e.get("start") or 0) <= start)
    statements.insert(position, statement_id, entry)
    tx.write_yaml(path.relative_to(tx.root), data)
    return statement_id


def _new_statement_id(statements, speaker: str, words: str) -> str:
    base = slug(f"{speaker} {' '.join(words.split()[:4])}", 48, empty="statement")
    candidate, n = base, 2
    while candidate in statements:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _kind(text: str, start: int, end: int, tx: Transaction, speaker: str) -> str:
    """direct when the words stand inside quotation marks; narration for an outlet's own voice; else paraphrase."""
    from .loading import read_registry

    registry = read_registry(tx.root)
    actor = registry.actors.get(speaker) if registry else None
    if actor and registry.parties.get(actor.party) and registry.parties[actor.party].kind == "outlet":
        return "narration"
    paragraph_start = text.rfind("\n\n", 0, start) + 1
    opened = sum(text[paragraph_start:start].count(q) for q in '"\u201c') - text[paragraph_start:start].count("\u201d")
    return "direct" if opened % 2 == 1 or text[start:start + 1] in '"\u201c' else "paraphrase"


def _evidence_step(root, claim_id: str, words: str, command: str):
    """Context for a step on one piece of evidence: yields (tx, claims file, its data, claim, index)."""
    @contextlib.contextmanager
    def run():
        with step(root, command) as tx:
            path, data, index = _find_claim(tx, claim_id)
            claim = data["claims"][index]
            yield tx, path, data, claim, _pick_evidence(tx, claim, words, claim_id)
    return run()


def set_stance(root, claim_id: str, quote: str, stance: str) -> None:
    """Set the stance of one piece of a claim's evidence (named by its words or statement id)."""
    _check_stance(stance)
    with _evidence_step(root, claim_id, quote, f"evidence set-stance {claim_id} {stance}") as (tx, path, data, claim, i):
        claim["evidence"][i]["stance"] = stance
        tx.write_yaml(path.relative_to(tx.root), data)


def set_speaker(root, claim_id: str, quote: str, speaker: str) -> str:
    """Give the statement behind one piece of a claim's evidence to another speaker, in every claim it bears
    on ('"...," said commission spokesman Ravi Mehta' drafted as the outlet's). An outlet's narration given
    to someone else becomes their paraphrase or direct quote. Returns the statement id."""
    from .document import load_document

    speaker = check_identifier(speaker, "the speaker")
    with _evidence_step(root, claim_id, quote, f"evidence set-speaker {claim_id} {speaker}") as (tx, _, _, claim, i):
        statement_id = str(claim["evidence"][i]["statement"])
        for doc_path, document in _documents(tx).values():
            entry = (document.get("statements") or {}).get(statement_id)
            if entry is None:
                continue
            entry["speaker"] = speaker
            if entry.get("kind") == "narration":
                text = load_document(tx.root / str(document["path"])).text
                start, end = (entry["start"], entry["end"]) if entry.get("start") is not None else locate(
                    text, entry.get("quote"), occurrence=entry.get("occurrence"), context=entry.get("context"),
                    document=doc_path.stem)
                entry["kind"] = _kind(text, start, end, tx, speaker)
            tx.write_yaml(doc_path.relative_to(tx.root), document)
            return statement_id
    raise CrosscheckError(f"claim {claim_id!r}: statement {statement_id!r} is declared in no document")


def remove_evidence(root, claim_id: str, quote: str) -> None:
    """Take one piece of evidence off a claim (the statement stays declared in its document)."""
    with _evidence_step(root, claim_id, quote, f"evidence remove {claim_id}") as (tx, path, data, claim, i):
        del claim["evidence"][i]
        tx.write_yaml(path.relative_to(tx.root), data)


def move_evidence(root, claim_id: str, quote: str, to_claim: str) -> None:
    """Move one piece of evidence, with its stance and note, from a claim to another."""
    with step(root, f"evidence move {claim_id} {to_claim}") as tx:
        _move_evidence(tx, claim_id, quote, to_claim)


def _move_evidence(tx: Transaction, claim_id: str, quote: str, to_claim: str) -> None:
    path, data, index = _find_claim(tx, claim_id)
    claim = data["claims"][index]
    item = claim["evidence"][_pick_evidence(tx, claim, quote, claim_id)]
    target_path, target_data, target_index = _find_claim(tx, to_claim)
    if target_path == path:
        target_data = data
    target = target_data["claims"][target_index].setdefault("evidence", CommentedSeq())
    if any(str(e.get("statement")) == str(item.get("statement")) for e in target):
        raise CrosscheckError(f"claim {to_claim!r} already rests on statement {item.get('statement')!r}")
    claim["evidence"].remove(item)
    target.append(item)
    tx.write_yaml(path.relative_to(tx.root), data)
    if target_path != path:
        tx.write_yaml(target_path.relative_to(tx.root), target_data)


# -------------------------------------------------------------------------------------- background


def add_background(root, document: str, quote: str, reason: str, *, occurrence: int | None = None,
                   context: str | None = None) -> None:
    """Mark words of a document as background (they carry no claim), with the reason, in text order."""
    from .document import load_document

    reason = _text(reason, "the reason it is background")
    with step(root, f"background add {document} {_short(quote, 30)!r}") as tx:
        path, data = _document_entry(tx, document)
        text = load_document(tx.root / str(data["path"])).text
        start, end = locate(text, quote, occurrence=occurrence, context=context, document=document)
        entries = data.setdefault("background", CommentedSeq())
        if any((e.get("start"), e.get("end")) == (start, end) for e in entries if isinstance(e, dict)):
            raise CrosscheckError(f"these words of {document} are already background")
        position = sum(1 for e in entries if isinstance(e, dict) and (e.get("start") or 0) <= start)
        entries.insert(position, CommentedMap(quote=quote, start=start, end=end, reason=reason))
        tx.write_yaml(path.relative_to(tx.root), data)


def remove_background(root, document: str, quote: str) -> None:
    """Take the background entry whose words hold ``quote`` off a document (it must be the only one)."""
    with step(root, f"background remove {document} {_short(quote, 30)!r}") as tx:
        path, data = _document_entry(tx, document)
        entries = data.get("background") or []
        found = [i for i, e in enumerate(entries) if isinstance(e, dict) and quote in str(e.get("quote", ""))]
        if len(found) != 1:
            listed = "; ".join(repr(_short(str(e.get("quote", "")))) for e in entries if isinstance(e, dict))
            how = "no background entry" if not found else f"{len(found)} background entries"
            raise CrosscheckError(f"{document} has {how} quoting {quote!r}; its background: {listed or 'none'}")
        del entries[found[0]]
        tx.write_yaml(path.relative_to(tx.root), data)


def _document_entry(tx: Transaction, document: str) -> tuple[Path, CommentedMap]:
    documents = _documents(tx)
    if document not in documents:
        raise CrosscheckError(f"no document {document!r}{_near(document, list(documents))}")
    return documents[document]


# ------------------------------------------------------------------------------------------ actors


def add_actor(root, actor_id: str, name: str, party: str, *, role: str = "", aliases=(), reliability: str = "F",
              reason: str = "", party_name: str | None = None, party_kind: str = "other") -> None:
    """Add an actor (and, with ``party_name``, a new party) to ``ledger/actors.yaml``."""
    from .actors import PARTY_KINDS, RELIABILITY

    if not is_id(actor_id):
        raise CrosscheckError(f"actor id {actor_id!r}: use lower-case letters, digits, dots, dashes or underscores")
    if reliability not in RELIABILITY or party_kind not in PARTY_KINDS:
        raise CrosscheckError(f"reliability is a grade A-F and a party's kind one of {', '.join(PARTY_KINDS)}")
    with step(root, f"actor add {actor_id}") as tx:
        relative = Path(LEDGER_DIR) / ACTORS
        data = tx.read_yaml(relative, ("parties", "actors")) if tx.exists(relative) else CommentedMap()
        data.setdefault("parties", CommentedMap())
        data.setdefault("actors", CommentedMap())
        if actor_id in _declared_actors(tx):
            raise CrosscheckError(f"there is already an actor {actor_id!r}")
        _check_party(tx, party, party_name)
        if party_name:
            data["parties"][party] = CommentedMap(name=_text(party_name, "the party's name"), kind=party_kind)
        entry = CommentedMap(name=_text(name, "the actor's name"), party=party)
        if role:
            entry["role"] = _text(role, "the role")
        if aliases:
            entry["aliases"] = [_text(a, "an alias") for a in aliases]
        entry.update(reliability=reliability, reliability_reason=" ".join(check_text(reason, "the reason").split()))
        data["actors"][actor_id] = entry
        tx.write_yaml(relative, data)


def _declared_actors(tx: Transaction) -> dict[str, tuple[Path, CommentedMap]]:
    """Every actor's declaring file and data: actors.yaml, and each document's drafted speakers."""
    found = {}
    relative = Path(LEDGER_DIR) / ACTORS
    sources = [(tx.path(relative), tx.read_yaml(relative, ("parties", "actors")))] if tx.exists(relative) else []
    sources += list(_documents(tx).values())
    for path, data in sources:
        for actor_id in data.get("actors") or {}:
            found.setdefault(str(actor_id), (path, data))
    return found


def _declared_actor(tx: Transaction, actor_id: str) -> tuple[Path, CommentedMap, CommentedMap]:
    """(declaring file, its data, the actor's entry); a one-line error naming close ids when there is none."""
    declared = _declared_actors(tx)
    if actor_id not in declared:
        raise CrosscheckError(f"no actor {actor_id!r}{_near(actor_id, list(declared))}")
    path, data = declared[actor_id]
    return path, data, data["actors"][actor_id]


def grade_actor(root, actor_id: str, grade: str, reason: str) -> None:
    """Set an actor's Admiralty reliability grade (A-F) and the reason, where the actor is declared."""
    from .actors import RELIABILITY

    if grade not in RELIABILITY:
        raise CrosscheckError(f"reliability {grade!r} is not an Admiralty grade: "
                              + ", ".join(f"{k} {v}" for k, v in RELIABILITY.items()))
    reason = _text(reason, "the reason for the grade")
    with step(root, f"actor grade {actor_id} {grade}") as tx:
        path, data, entry = _declared_actor(tx, actor_id)
        entry["reliability"], entry["reliability_reason"] = grade, reason
        tx.write_yaml(path.relative_to(tx.root), data)


def edit_actor(root, actor_id: str, *, name: str | None = None, role: str | None = None, aliases=None,
               party: str | None = None, party_name: str | None = None, party_kind: str = "other") -> None:
    """Change an actor's name, role, aliases or party where the actor is declared (actors.yaml, or the
    document that first met them). With ``party_name``, ``party`` is a new party made beside the actor.
    An empty role or an empty list of aliases removes them."""
    from .actors import PARTY_KINDS

    if party_kind not in PARTY_KINDS:
        raise CrosscheckError(f"a party's kind is one of {', '.join(PARTY_KINDS)}")
    if party_name and not party:
        raise CrosscheckError("a new party needs its id (--party) beside its name")
    with step(root, f"actor edit {actor_id}") as tx:
        path, data, entry = _declared_actor(tx, actor_id)
        if name is not None:
            entry["name"] = _text(name, "the actor's name")
        for key, value in (("role", role), ("aliases", aliases)):
            if value is not None and (value if key == "aliases" else str(value).strip()):
                entry[key] = [_text(a, "an alias") for a in value] if key == "aliases" else _text(value, "the role")
            elif value is not None:
                entry.pop(key, None)
        before_party = entry.get("party")
        if party is not None:
            _set_party(tx, data, entry, party, party_name, party_kind)
            _drop_unused_party(tx, path, data, before_party)
        tx.write_yaml(path.relative_to(tx.root), data)


def merge_actors(root, source: str, into: str) -> int:
    """One person drafted twice ("the chairman", "Aalto"): give every statement of ``source`` to ``into``,
    and every outside report relayed from ``source``, then remove ``source``'s declaration. Returns how
    many statements changed speaker."""
    if source == into:
        raise CrosscheckError(f"cannot merge actor {source!r} into itself")
    with step(root, f"actor merge {source} {into}") as tx:
        _declared_actor(tx, into)
        path = _declared_actor(tx, source)[0]
        moved = 0
        for doc_path, document in _documents(tx).values():
            changed = [e for e in (document.get("statements") or {}).values() if e.get("speaker") == source]
            for entry in changed:
                entry["speaker"] = into
            if changed:
                moved += len(changed)
                tx.write_yaml(doc_path.relative_to(tx.root), document)
        _relay_sources(tx, source, into)
        fresh = tx.read_yaml(path.relative_to(tx.root))  # as staged above, when it is a document's file
        party = fresh["actors"][source].get("party")
        del fresh["actors"][source]
        _drop_unused_party(tx, path, fresh, party)
        tx.write_yaml(path.relative_to(tx.root), fresh)
        return moved


def _relay_sources(tx: Transaction, source: str, into: str) -> None:
    """Outside reports that name ``source`` as the speaker they relay now name ``into``."""
    relative = Path(LEDGER_DIR) / SOURCES
    if not tx.exists(relative):
        return
    data = tx.read_yaml(relative, ("sources",))
    reports = [r for r in data.get("sources") or [] if isinstance(r, dict) and r.get("speaker") == source]
    for report in reports:
        report["speaker"] = into
    if reports:
        tx.write_yaml(relative, data)


def _check_party(tx: Transaction, party: str, party_name: str | None) -> None:
    """A party given by id must be declared (a new one comes with its name), and a new one must not be: refused
    here, as the value typed, before its consequences reach every report the actor speaks in."""
    relative = Path(LEDGER_DIR) / ACTORS
    files = [tx.read_yaml(relative, ("parties", "actors"))] if tx.exists(relative) else []
    declared = [str(p) for d in [*files, *(d for _, d in _documents(tx).values())] for p in d.get("parties") or {}]
    if party_name and party in declared:
        raise CrosscheckError(f"there is already a party {party!r}; give it without a new name")
    if not party_name and party not in declared:
        raise CrosscheckError(f"no party {party!r}{_near(party, declared)}; to make it, give --party-name NAME "
                              "(and --party-kind)")


def _set_party(tx: Transaction, data: CommentedMap, entry: CommentedMap, party: str, party_name: str | None,
               party_kind: str) -> None:
    party = check_identifier(party, "the party")
    if not is_id(party):
        raise CrosscheckError(f"party id {party!r}: use lower-case letters, digits, dots, dashes or underscores")
    _check_party(tx, party, party_name)
    if party_name:
        data.setdefault("parties", CommentedMap())[party] = CommentedMap(name=_text(party_name, "the party's name"),
                                                                         kind=party_kind)
    entry["party"] = party


def _drop_unused_party(tx: Transaction, path: Path, data: CommentedMap, party) -> None:
    """A party declared in ``data`` (as ingest drafts one per speaker) that no actor and no outside report
    names any more is removed with it: moving Helen Ashby to the company leaves no party "Helen Ashby"."""
    if not party or party not in (data.get("parties") or {}):
        return
    relative = Path(LEDGER_DIR) / ACTORS
    files = [data, *(d for doc_path, d in _documents(tx).values() if doc_path != path)]
    if tx.exists(relative) and tx.path(relative) != path:
        files.append(tx.read_yaml(relative, ("parties", "actors")))
    if any(isinstance(a, dict) and a.get("party") == party for d in files for a in (d.get("actors") or {}).values()):
        return
    sources = Path(LEDGER_DIR) / SOURCES
    reports = tx.read_yaml(sources, ("sources",)).get("sources") or [] if tx.exists(sources) else []
    if any(isinstance(r, dict) and party in (r.get("party"), r.get("outlet")) for r in reports):
        return
    del data["parties"][party]


# ------------------------------------------------------------------------------------------ offsets


def fill_offsets(root: str | Path) -> list[str]:
    """Write the offsets of every quote given by its words alone (statements and background)."""
    from .document import load_document

    lines = []
    with step(root, "verify --fill") as tx:
        for doc_id, (path, data) in _documents(tx).items():
            text = load_document(tx.root / str(data["path"])).text
            filled = 0
            for owner, entry in quote_entries(data):
                if entry.get("start") is None and entry.get("end") is None:
                    start, end = locate(text, entry.get("quote"), occurrence=entry.get("occurrence"),
                                        context=entry.get("context"), document=doc_id, where=(path, None))
                    entry["start"], entry["end"] = start, end
                    filled += 1
                    lines.append(f"filled {doc_id} {owner}: {start}-{end}")
            if filled:
                tx.write_yaml(path.relative_to(tx.root), data)
    return lines or ["nothing to fill: every quote has its offsets"]


def claim_listing(root, group: str | None = None, drafts_only: bool = False) -> list[str]:
    """Lines listing the claims (of ``group``, or drafts only): id, status, text, and each piece of evidence
    with its statement id, speaker, stance and words, so the command line can name them."""
    from .ledger import load_ledger

    ledger = load_ledger(root)
    assessed = ledger.assessments()
    lines = []
    for claim_id, claim in ledger.claims.items():
        if group and claim.group != group or drafts_only and not claim.draft:
            continue
        marker = "draft " if claim.draft else ""
        lines.append(f"{claim_id}  [{marker}{assessed[claim_id].status}]  {claim.text}")
        for item in claim.evidence:
            s = item.statement
            lines.append(f"    {s.id}  {s.speaker} {item.stance}: {_short(s.quote, 70)!r}")
    return lines or ["no claims" + (f" in group {group!r}" if group else "") + (" that are drafts" if drafts_only else "")]


def document_text(root, doc_id: str) -> str:
    """A recorded document's text (for a panel that shows passages)."""
    with transaction(root) as tx:
        documents = _documents(tx)
        if doc_id not in documents:
            raise CrosscheckError(f"no document {doc_id!r}")
        from .document import load_document

        return load_document(Path(root) / str(documents[doc_id][1]["path"])).text


__all__ = ["accept_claim", "add_actor", "add_background", "add_claim", "add_evidence", "claim_listing", "delete_claim",
           "document_text",
           "edit_actor", "edit_claim", "fill_offsets", "grade_actor", "merge_actors", "merge_claims", "move_evidence",
           "remove_background", "remove_evidence", "set_stance", "split_claim", "step"]
