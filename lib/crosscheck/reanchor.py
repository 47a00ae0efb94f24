"""Re-anchoring: after a source document is corrected, move quotes to where their words now stand.

``reanchor(root)`` walks every quote-bearing entry of the ledger (``quote_entries``: each document file's
statements and background, the one list loading and verify use too) and finds each quote whose document
no longer holds it at its offsets.

- Where the words stand once in the edited document, the quote moves there.
- Where they stand more than once, the surrounding words decide: the text around the quote's old place
  (taken from the recorded version of the document, which git still holds when the project is a git
  checkout) is compared with the text around each occurrence, and the quote moves only to an occurrence
  whose surroundings clearly match best. When nothing can tell them apart, it refuses.
- Where the words stand nowhere, it refuses.

A refusal changes nothing at all and names every quote it could not place. Otherwise, under the ledger
lock, every move is written, each document's new SHA-256 recorded, and each change logged in
``ledger/provenance.jsonl``, all in one transaction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .document import load_document
from .errors import CrosscheckError, ProblemList
from .layout import DOCUMENT_KEYS, LEDGER_DIR, PROVENANCE, document_files
from .ledger import QuoteMismatch, quote_mismatches
from .loading import quote_entries
from .store import Transaction, transaction
from .yamlio import check_conflict_markers, terminated
#: Characters of surrounding text compared on each side of a quote.
CONTEXT = 80
#: An occurrence wins on context only with at least this score (0-100) and this lead over the next.
CONTEXT_SCORE, CONTEXT_LEAD = 70.0, 15.0


@dataclass(frozen=True)
class Move:
    mismatch: QuoteMismatch
    to: int
    how: str  # "the only occurrence" or "by context"


def reanchor(root: str | Path, now: str | None = None) -> list[str]:
    """Move quotes whose words moved and record it; one line per change. Raises (changing nothing) when it refuses."""
    root = Path(root)
    with transaction(root) as tx:
        mismatches = quote_mismatches(root)
        hashes = _changed_hashes(root, tx)
        if not mismatches and not hashes:
            return ["nothing to re-anchor: every quote matches and every document is as recorded"]
        moves = _place(root, tx, mismatches)
        stamp = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        records, lines = _apply(tx, moves, hashes, stamp)
        log = f"{LEDGER_DIR}/{PROVENANCE}"
        previous = tx.read_text(log) or ""
        check_conflict_markers(previous, tx.path(log))  # appending would bury the conflict under new lines
        tx.write_text(log, terminated(previous) + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        lines.append(f"recorded {len(records)} change(s) in {log}")
    return lines


def _document_records(root: Path, tx: Transaction) -> dict[str, tuple[str, object]]:
    """Each document file, read through ``tx``: id -> (path relative to root, its data)."""
    records = {}
    for path in document_files(root):
        relative = path.relative_to(root).as_posix()
        records[path.stem] = (relative, tx.read_yaml(relative, DOCUMENT_KEYS))
    return records


def _changed_hashes(root: Path, tx: Transaction) -> dict[str, tuple[str, str]]:
    """Documents whose text no longer has the recorded SHA-256: id -> (recorded, current)."""
    changed = {}
    for doc_id, (_, data) in _document_records(root, tx).items():
        current = load_document(root / str(data["path"])).sha256
        if str(data.get("sha256")) != current:
            changed[doc_id] = (str(data.get("sha256")), current)
    return changed


def _place(root: Path, tx: Transaction, mismatches: list[QuoteMismatch]) -> dict[tuple, Move]:
    """Where each mismatched quote goes; raises ProblemList naming every quote that cannot be placed."""
    documents = {doc_id: data for doc_id, (_, data) in _document_records(root, tx).items()}
    old_texts: dict[str, str | None] = {}
    moves, refusals = {}, []
    for m in mismatches:
        key = (m.document, m.start, m.end, m.quote)
        if not m.found_at:
            refusals.append(CrosscheckError(f"cannot re-anchor {m.owner}: quote {m.quote[:60]!r} is no longer in "
                                            f"{m.document}; nothing was changed", m.file, m.line))
            continue
        entry = documents.get(m.document) or {}
        if m.document not in old_texts:
            old_texts[m.document] = recorded_text(root, str(entry.get("path", "")), str(entry.get("sha256", "")))
        old = old_texts[m.document]
        comparable = old is not None and old[m.start:m.end] == m.quote  # the recorded offsets held the quote
        if not comparable and len(m.found_at) == 1:  # nothing to compare with (no recorded version, or offsets
            moves[key] = Move(m, m.found_at[0], "the only occurrence")  # wrong in it too): the words decide
            continue
        new_text = load_document(root / str(entry["path"])).text
        target = by_context(old_texts[m.document], new_text, m)
        if target is None:
            refusals.append(_refusal(m, old_texts[m.document] is not None))
            continue
        moves[key] = Move(m, target, "by context" if len(m.found_at) > 1 else "the only occurrence")
    if refusals:
        raise ProblemList(refusals)
    return moves


def _refusal(m: QuoteMismatch, compared: bool) -> CrosscheckError:
    if len(m.found_at) == 1:
        at = f"{m.found_at[0]}-{m.found_at[0] + len(m.quote)}"
        how = (f"stands once in {m.document} (at {at}) but with other words around it than where it stood (a "
               "correction note quoting it?)")
    else:
        where = ", ".join(f"{s}-{s + len(m.quote)}" for s in m.found_at)
        why = ("their surroundings do not tell them apart" if compared
               else "the recorded version is not in git to compare their surroundings")
        how = f"stands {len(m.found_at)} times in {m.document} (at {where}) and {why}"
    return CrosscheckError(f"cannot re-anchor {m.owner}: quote {m.quote[:60]!r} {how}; set its offsets by hand; "
                           "nothing was changed", m.file, m.line)


def by_context(old_text: str | None, new_text: str, m: QuoteMismatch) -> int | None:
    """The occurrence of ``m.quote`` in ``new_text`` whose surroundings clearly best match its old place."""
    if old_text is None or old_text[m.start:m.end] != m.quote:
        return None
    from rapidfuzz import fuzz

    before, after = old_text[max(0, m.start - CONTEXT):m.start], old_text[m.end:m.end + CONTEXT]
    scored = []
    for start in m.found_at:
        end = start + len(m.quote)
        left = fuzz.ratio(before, new_text[max(0, start - CONTEXT):start]) if before else 100.0
        right = fuzz.ratio(after, new_text[end:end + CONTEXT]) if after else 100.0
        scored.append(((left + right) / 2, start))
    scored.sort(reverse=True)
    best, start = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    return start if best >= CONTEXT_SCORE and best - runner_up >= CONTEXT_LEAD else None


def recorded_text(root: Path, relative: str, sha256: str, depth: int = 200) -> str | None:
    """The text of ``relative`` as recorded (the version whose SHA-256 is ``sha256``), from git; None if not found."""
    def git(*args: str) -> bytes | None:
        try:
            done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout if done.returncode == 0 else None

    listing = git("log", f"-{depth}", "--format=%H", "--", relative) or b""
    for revision in [":", *(f"{c}:" for c in listing.decode().split())]:
        blob = git("show", f"{revision}{relative}")
        if blob is not None and hashlib.sha256(blob).hexdigest() == sha256:
            return blob.decode("utf-8")
    return None


def _apply(tx: Transaction, moves: dict[tuple, Move], hashes, stamp: str) -> tuple[list[dict], list[str]]:
    """Move the quotes in every document file (staged in ``tx``) and record the new SHA-256s; the
    provenance records and the lines to print."""
    records, lines = [], []
    for doc_id, (relative, data) in _document_records(tx.root, tx).items():
        changed = False
        for owner, entry in quote_entries(data):
            move = moves.get((doc_id, entry.get("start"), entry.get("end"), entry.get("quote")))
            if move is None:
                continue
            old = (entry["start"], entry["end"])
            entry["start"], entry["end"] = move.to, move.to + len(entry["quote"])
            changed = True
            before, after = hashes.get(doc_id, ("", ""))
            records.append({"time": stamp, "action": "reanchor", "file": relative, "owner": owner,
                            "document": doc_id, "quote": entry["quote"], "from": list(old),
                            "to": [entry["start"], entry["end"]], "how": move.how,
                            "sha256_before": before, "sha256_after": after})
            lines.append(f"moved {owner}: {doc_id} {old[0]}-{old[1]} -> {entry['start']}-{entry['end']} ({move.how})")
        if doc_id in hashes:
            before, after = hashes[doc_id]
            data["sha256"] = after
            changed = True
            records.append({"time": stamp, "action": "accept-document", "document": doc_id,
                            "sha256_before": before, "sha256_after": after})
            lines.append(f"recorded the new SHA-256 of {doc_id}: {after[:12]}... (was {before[:12]}...)")
        if changed:
            tx.write_yaml(relative, data)
    return records, lines
