"""Converting a ledger from the layout of before to the present one (see crosscheck.layout).

Before, ``claims.yaml`` and ``claims-followup.yaml`` held every claim with each piece of evidence written
out in full (document, offsets, quote, speaker, kind, cue, when said, stance), so a statement bearing on
three claims was written three times; ``documents.yaml``, ``background.yaml`` and ``verdicts.jsonl`` held
the rest. ``migrate(root)`` declares each distinct statement once in its document's file, makes each
claim refer to its statements by id with its own stance and note, puts each group of claims in a file
of its own, and each analyst's verdicts in a history of their own (chained by ``previous``).

It changes nothing unless the result carries exactly what the old files did: it loads the converted
ledger in a staging copy and compares every claim, every piece of evidence (offsets, quote, speaker,
kind, cue, date, stance, note), every background sentence, document and verdict with what the old files
say; so no derived status, grade or exported quote can change. The old files are then moved, unchanged,
into ``ledger/before-migration/`` (delete them once you have looked; git keeps them too).
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .errors import CrosscheckError, ProblemList
from .layout import CLAIMS_DIR, DOCUMENTS_DIR, LEDGER_DIR, LEGACY, VERDICTS_DIR, is_id, slug, verdicts_name
from .store import Transaction, transaction
from .yamlio import atomic_write_text, dump_yaml, line_of, parse_yaml_mapping

KEPT = "before-migration"
_FILLER = {"the", "a", "an", "to", "of", "on", "in", "at", "that", "and", "for", "by", "with", "from", "is", "was",
           "be", "had", "has", "have", "it", "its", "s"}
_STATEMENT_FIELDS = ("document", "start", "end", "quote", "speaker", "kind", "cue", "said_on")
VERDICT_FIELDS = ("claim", "status", "analyst", "time", "reason")


def migrate(root: str | Path) -> list[str]:
    """Convert the ledger under ``root``; one line per file written. Raises, changing nothing, when it cannot."""
    root = Path(root)
    with transaction(root) as tx:
        present = [name for name in LEGACY if tx.exists(f"{LEDGER_DIR}/{name}")]
        if present and any(_holds_anything(root / LEDGER_DIR / name) for name in (DOCUMENTS_DIR, CLAIMS_DIR, VERDICTS_DIR)):
            raise CrosscheckError("holds both layouts (documents/, claims/ or verdicts/ beside the old files); "
                                  "nothing was changed", root / LEDGER_DIR)
        legacy = _read_legacy(tx)
        if not legacy:
            return ["nothing to migrate: the ledger is already in the present layout"]
        kept = [name for name in legacy["texts"] if (root / LEDGER_DIR / KEPT / name).exists()]
        if kept:
            raise CrosscheckError(f"already holds {', '.join(kept)}, which migrating would put there; move "
                                  "them away first; nothing was changed", root / LEDGER_DIR / KEPT)
        files = convert(legacy)
        _check_in_staging(root, tx, files, legacy)
        for relative, text in files.items():
            tx.write_text(f"{LEDGER_DIR}/{relative}", text)
        for name, text in legacy["texts"].items():
            tx.write_text(f"{LEDGER_DIR}/{KEPT}/{name}", text)
            tx.remove(f"{LEDGER_DIR}/{name}")
    return [*(f"wrote {LEDGER_DIR}/{relative}" for relative in files),
            f"moved {', '.join(legacy['texts'])} unchanged to {LEDGER_DIR}/{KEPT}/; delete them once you have looked"]


def _holds_anything(folder: Path) -> bool:
    """A folder of the present layout with something in it (an empty one, left by a crash, is no layout)."""
    return folder.exists() and (not folder.is_dir() or any(folder.iterdir()))


#: The top-level key each old YAML file holds.
LEGACY_KEYS = {"documents.yaml": "documents", "claims.yaml": "claims", "claims-followup.yaml": "claims",
               "background.yaml": "background"}


def _read_legacy(tx: Transaction) -> dict[str, Any] | None:
    """The old files, read and checked: every problem a conversion would trip on is named at its line in the
    old file (the converted files do not exist yet), and nothing is converted until there is none."""
    texts = {name: tx.read_text(f"{LEDGER_DIR}/{name}") for name in LEGACY}
    texts = {name: text for name, text in texts.items() if text is not None}
    if not texts:
        return None
    problems: list[CrosscheckError] = []
    data = {}
    for name, text in texts.items():
        if name.endswith(".yaml"):
            try:
                data[name] = parse_yaml_mapping(text, tx.path(f"{LEDGER_DIR}/{name}"))
            except CrosscheckError as error:
                problems.append(error)
                data[name] = {}
            else:
                if not data[name]:  # an emptied file is a loss to restore, not a ledger with nothing in it
                    problems.append(CrosscheckError(f"is empty (expected `{LEGACY_KEYS[name]}:`); restore it from git "
                                                    "before migrating; nothing was changed",
                                                    tx.path(f"{LEDGER_DIR}/{name}")))
    before = len(problems)
    documents = _mapping(data.get("documents.yaml", {}), "documents", tx.path(f"{LEDGER_DIR}/documents.yaml"), problems)
    documents_read = len(problems) == before and bool(data.get("documents.yaml"))  # read, and not emptied
    claims = [*_entries(data, "claims.yaml", "claims", tx, problems),
              *_entries(data, "claims-followup.yaml", "claims", tx, problems)]
    background = _entries(data, "background.yaml", "background", tx, problems)
    verdicts = _legacy_verdicts(texts.get("verdicts.jsonl", ""), tx.path(f"{LEDGER_DIR}/verdicts.jsonl"), problems)
    _check_ids(documents if documents_read else None, claims, tx, problems)
    if problems:
        raise ProblemList(problems)
    return {"texts": texts, "claims": [c for _, c in claims], "verdicts": verdicts, "documents": dict(documents),
            "background": [b for _, b in background]}


def _mapping(data, key: str, path: Path, problems: list) -> dict:
    value = data.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        problems.append(CrosscheckError(f"'{key}' must map ids to entries", path, line_of(data, key)))
        return {}
    return value


def _entries(data: dict, name: str, key: str, tx: Transaction, problems: list) -> list[tuple[Path, dict]]:
    """The entries of an old list file (claims or background), each a mapping; their evidence checked too."""
    path = tx.path(f"{LEDGER_DIR}/{name}")
    entries = (data.get(name) or {}).get(key) or []
    if not isinstance(entries, list):
        problems.append(CrosscheckError(f"'{key}' must be a list", path, line_of(data[name], key)))
        return []
    found = []
    for index, entry in enumerate(entries):
        line = line_of(entries, index)
        if not isinstance(entry, dict):
            problems.append(CrosscheckError(f"entry {index + 1} of '{key}' must be a mapping", path, line))
            continue
        items = entry.get("evidence") if key == "claims" else [entry]
        if not isinstance(items or [], list) or not all(isinstance(i, dict) for i in items or []):
            problems.append(CrosscheckError("evidence must be a list of mappings", path, line))
            continue
        bad = [i for i in items or [] if not all(_whole(i.get(k)) for k in ("start", "end"))]
        if bad:
            problems.append(CrosscheckError("start and end must be whole numbers", path, line_of(bad[0], "start") or line))
            continue
        found.append((path, entry))
    return found


def _whole(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_ids(documents: dict | None, claims: list[tuple[Path, dict]], tx: Transaction, problems: list) -> None:
    """Document ids, claim ids and groups become file names and ids: they must be ids; evidence must name a
    recorded document (unless documents.yaml itself could not be read: its own problem is named)."""
    path = tx.path(f"{LEDGER_DIR}/documents.yaml")
    unknown: dict[str, list[tuple[Path, int | None, dict]]] = {}
    for doc_id in documents or {}:
        if not is_id(str(doc_id)):
            problems.append(CrosscheckError(f"document id {str(doc_id)!r} must be a lower-case id (letters, digits, "
                                            "dots, dashes, underscores)", path, line_of(documents, doc_id)))
    for where, claim in claims:
        for key in ("id", "group"):
            if key in claim and not is_id(str(claim[key])):
                problems.append(CrosscheckError(f"claim {key} {str(claim[key])!r} must be a lower-case id (letters, "
                                                "digits, dots, dashes, underscores)", where, line_of(claim, key)))
        for item in claim.get("evidence") or [] if documents is not None else []:
            if str(item.get("document")) not in documents:
                unknown.setdefault(str(item.get("document")), []).append((where, line_of(item, "document"), claim))
    for doc_id, places in unknown.items():  # one line a document, however many pieces of evidence name it
        where, line, claim = places[0]
        more = f" (and {len(places) - 1} more piece(s) of evidence)" if len(places) > 1 else ""
        problems.append(CrosscheckError(f"claim {claim.get('id')!r}: evidence names document {doc_id!r}, which "
                                        f"documents.yaml does not record{more}", where, line))


def _legacy_verdicts(text: str, path: Path, problems: list) -> list[dict]:
    """The old verdict lines, each a JSON object of text fields; a bad line is named by its number."""
    from .yamlio import check_conflict_markers

    try:
        check_conflict_markers(text, path)
    except CrosscheckError as error:
        problems.append(error)
        return []
    verdicts = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except (ValueError, RecursionError):
            raw = None
        if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in VERDICT_FIELDS):
            problems.append(CrosscheckError(f"line is not a verdict (a JSON object with the text fields "
                                            f"{', '.join(VERDICT_FIELDS)})", path, number))
            continue
        verdicts.append(raw)
    return verdicts


def _statement_key(item) -> tuple:
    return tuple(str(item.get(k) or "") if k in ("cue", "said_on") else item.get(k) for k in _STATEMENT_FIELDS)


def convert(legacy: dict[str, Any]) -> dict[str, str]:
    """The files of the present layout (paths relative to ``ledger/``) carrying what ``legacy`` holds."""
    ids = _statement_ids(legacy["claims"])
    files = {}
    for doc_id, record in legacy["documents"].items():
        files[f"{DOCUMENTS_DIR}/{doc_id}.yaml"] = _document_file(doc_id, record, legacy, ids)
    groups: dict[str, list] = {}
    for claim in legacy["claims"]:
        groups.setdefault(str(claim.get("group") or "claims"), []).append(claim)
    for rank, (group, claims) in enumerate(groups.items(), start=1):
        files[f"{CLAIMS_DIR}/{group}.yaml"] = _claims_file(group, rank * 10, claims, ids)
    files.update(_verdict_files(legacy["verdicts"]))
    return files


def _statement_ids(claims: list) -> dict[tuple, str]:
    """A readable id for each distinct statement: its speaker and its first words."""
    ids: dict[tuple, str] = {}
    taken: set[str] = set()
    items = [item for claim in claims for item in claim.get("evidence") or []]
    for item in sorted(items, key=lambda i: (str(i.get("document")), i.get("start") or 0, i.get("end") or 0)):
        key = _statement_key(item)
        if key in ids:
            continue
        speaker = str(item.get("speaker") or "")
        words = [w for w in slug(str(item.get("quote", ""))).split("-")
                 if w not in _FILLER and w not in speaker.split("-")][:4]
        base = slug(f"{speaker} {' '.join(words)}", 48)
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}-{n}", n + 1
        ids[key] = candidate
        taken.add(candidate)
    return ids


def _document_file(doc_id: str, record, legacy: dict[str, Any], ids: dict[tuple, str]) -> str:
    statements = {}
    for key, statement_id in ids.items():
        if key[0] != doc_id:
            continue
        entry = dict(zip(_STATEMENT_FIELDS, key, strict=True))
        del entry["document"]
        ordered = {k: entry[k] for k in ("speaker", "kind", "cue", "said_on", "quote", "start", "end") if entry[k] not in ("", None)}
        statements[statement_id] = ordered
    background = [{k: b[k] for k in ("quote", "start", "end", "reason") if k in b}
                  for b in legacy["background"] if str(b.get("document")) == doc_id]
    data = {"path": record.get("path"), "sha256": record.get("sha256"), "statements": statements}
    if background:
        data["background"] = background
    header = (f"# {doc_id}: the document's record, each statement in it declared once (quote by its words; the\n"
              "# offsets are filled in and checked by crosscheck), and the sentences that carry no claim.\n")
    return header + dump_yaml(data)


def _claims_file(group: str, order: int, claims: list, ids: dict[tuple, str]) -> str:
    entries = []
    for claim in claims:
        entry = {k: claim[k] for k in ("id", "text", "summary", "depends_on", "note", "would_change", "draft")
                 if k in claim}
        entry["evidence"] = [{"statement": ids[_statement_key(item)], "stance": item.get("stance"),
                              **({"note": item["note"]} if item.get("note") else {})}
                             for item in claim.get("evidence") or []]
        entries.append(entry)
    data = {"group": group, "title": group.replace("-", " ").capitalize(), "order": order, "claims": entries}
    return f"# Claims of the group {group!r}, each with the statements bearing on it and their stances.\n" + dump_yaml(data)


def _verdict_files(verdicts: list[dict]) -> dict[str, str]:
    from .verdicts import Verdict, heads

    made: list[Verdict] = []
    files: dict[str, str] = {}
    for raw in verdicts:
        previous = tuple(sorted(v.id for v in heads(made, raw["claim"])))
        verdict = Verdict(raw["claim"], raw["status"], raw["analyst"], raw["time"], raw["reason"], previous)
        made.append(verdict)
        name = verdicts_name(verdict.analyst)
        files[name] = files.get(name, "") + verdict.to_json() + "\n"
    return files


def _check_in_staging(root: Path, tx: Transaction, files: dict[str, str], legacy: dict[str, Any]) -> None:
    """Load the converted ledger beside the project and compare it with the old files; raise on a difference."""
    from .ledger import load_ledger

    with tempfile.TemporaryDirectory(prefix="crosscheck-migrate-") as tmp:
        staging = Path(tmp)
        if (root / "seeds").is_dir():
            shutil.copytree(root / "seeds", staging / "seeds", ignore=shutil.ignore_patterns(".*"))
        for name in ("actors.yaml", "sources.yaml"):
            text = tx.read_text(f"{LEDGER_DIR}/{name}")
            if text is not None:
                (staging / LEDGER_DIR).mkdir(exist_ok=True)
                atomic_write_text(staging / LEDGER_DIR / name, text)  # the one writer: errors name the file
        for relative, text in files.items():
            (staging / LEDGER_DIR / relative).parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(staging / LEDGER_DIR / relative, text)
        try:
            ledger = load_ledger(staging)
        except ProblemList as error:  # named as the files the conversion would write
            raise ProblemList([CrosscheckError(f"{p.problem} (in the converted ledger; nothing was changed: fix the "
                                               "old files first)", str(p.path).replace(str(staging), str(root)), p.line)
                               for p in error.problems]) from None
        before, after = legacy_view(legacy), ledger_view(ledger)
        if before != after:
            different = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            raise CrosscheckError(f"the converted ledger would differ from the old one in {', '.join(different[:5])}; "
                                  "nothing was changed", root / LEDGER_DIR)


def _words(value) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def legacy_view(legacy: dict[str, Any]) -> dict[str, Any]:
    """Everything the old files say that a status, grade or export rests on, keyed for comparison."""
    view: dict[str, Any] = {}
    for claim in legacy["claims"]:
        evidence = [(*_statement_key(item), item.get("stance"), _words(item.get("note")))
                    for item in claim.get("evidence") or []]
        view[f"claim {claim['id']}"] = (_words(claim.get("text")), _words(claim.get("summary")),
                                        str(claim.get("group") or "claims"),
                                        tuple(str(d) for d in claim.get("depends_on") or []), _words(claim.get("note")),
                                        _words(claim.get("would_change")), bool(claim.get("draft", False)), tuple(evidence))
    view["background"] = sorted((str(b["document"]), b["start"], b["end"], b["quote"], _words(b["reason"]))
                                for b in legacy["background"])
    view["documents"] = {str(k): (v.get("path"), v.get("sha256")) for k, v in legacy["documents"].items()}
    view["verdicts"] = [tuple(v[k] for k in ("claim", "status", "analyst", "time", "reason")) for v in legacy["verdicts"]]
    return view


def ledger_view(ledger) -> dict[str, Any]:
    """The same view of a loaded ledger (see ``legacy_view``)."""
    view: dict[str, Any] = {}
    for claim in ledger.claims.values():
        evidence = []
        for item in claim.evidence:
            s = item.statement
            evidence.append((s.document, s.start, s.end, s.quote, s.speaker, s.kind, s.cue,
                             s.said_on.isoformat() if s.said_on else "", item.stance, item.note))
        view[f"claim {claim.id}"] = (claim.text, claim.summary, claim.group, claim.depends_on, claim.note,
                                     claim.would_change, claim.draft, tuple(evidence))
    view["background"] = sorted((b.document, b.start, b.end, b.quote, b.reason) for b in ledger.background)
    view["documents"] = {k: (d.path.relative_to(ledger.root).as_posix(), ledger.recorded_hashes[k])
                         for k, d in ledger.documents.items()}
    view["verdicts"] = [(v.claim, v.status, v.analyst, v.time, v.reason) for v in ledger.verdicts]
    return view
