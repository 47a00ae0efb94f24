"""Re-anchoring: after a source document is corrected, move quotes to where their words now stand.

``reanchor(root)`` finds every quote whose document no longer holds it at its offsets. Where the same
words stand elsewhere in the edited document, it moves the offsets (to the occurrence nearest the old
place) and records the move in ``ledger/provenance.jsonl``; it then records the document's new SHA-256.
Where the words no longer stand anywhere, it refuses: it changes nothing at all and names each quote.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .document import load_document
from .errors import CrosscheckError, ProblemList
from .ledger import FILES, LEDGER_DIR, QuoteMismatch, quote_mismatches
from .yamlio import atomic_write_text, load_yaml_mapping, read_text_file

PROVENANCE = "provenance.jsonl"


def _nearest(mismatch: QuoteMismatch) -> int:
    return min(mismatch.found_at, key=lambda start: (abs(start - mismatch.start), start))


def reanchor(root: str | Path, now: str | None = None) -> list[str]:
    """Move quotes whose words moved; record it. Returns one line per change; raises when it refuses."""
    root = Path(root)
    folder = root / LEDGER_DIR
    mismatches = quote_mismatches(root)
    lost = [m for m in mismatches if not m.found_at]
    if lost:
        raise ProblemList([
            CrosscheckError(f"cannot re-anchor {m.owner}: quote {m.quote[:60]!r} is no longer in {m.document}; "
                            "nothing was changed", m.file, m.line)
            for m in lost])
    moves = {(m.document, m.start, m.end, m.quote): _nearest(m) for m in mismatches}
    stamp = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    documents_path = folder / FILES["documents"]
    documents = load_yaml_mapping(documents_path)
    hashes = {}
    for doc_id, entry in (documents.get("documents") or {}).items():
        current = load_document(root / str(entry["path"])).sha256
        if str(entry.get("sha256")) != current:
            hashes[str(doc_id)] = (str(entry.get("sha256")), current)
    if not moves and not hashes:
        return ["nothing to re-anchor: every quote matches and every document is as recorded"]

    records, lines = [], []
    for name, key in ((FILES["claims"], "claims"), (FILES["background"], "background")):
        path = folder / name
        if not path.exists():
            continue
        data = load_yaml_mapping(path)
        changed = False
        for owner, entry in _spans(data, key):
            target = moves.get((str(entry.get("document")), entry.get("start"), entry.get("end"), entry.get("quote")))
            if target is None:
                continue
            old = (entry["start"], entry["end"])
            entry["start"], entry["end"] = target, target + len(entry["quote"])
            changed = True
            before, after = hashes.get(str(entry["document"]), ("", ""))
            records.append({"time": stamp, "action": "reanchor", "file": f"{LEDGER_DIR}/{name}", "owner": owner,
                            "document": str(entry["document"]), "quote": entry["quote"], "from": list(old),
                            "to": [entry["start"], entry["end"]], "sha256_before": before, "sha256_after": after})
            lines.append(f"moved {owner}: {entry['document']} {old[0]}-{old[1]} -> {entry['start']}-{entry['end']}")
        if changed:
            from .yamlio import dump_yaml

            atomic_write_text(path, dump_yaml(data))
    for doc_id, (before, after) in hashes.items():
        documents["documents"][doc_id]["sha256"] = after
        records.append({"time": stamp, "action": "accept-document", "document": doc_id,
                        "sha256_before": before, "sha256_after": after})
        lines.append(f"recorded the new SHA-256 of {doc_id}: {after[:12]}... (was {before[:12]}...)")
    if hashes:
        from .yamlio import dump_yaml

        atomic_write_text(documents_path, dump_yaml(documents))
    log = folder / PROVENANCE
    previous = read_text_file(log) if log.exists() else ""
    atomic_write_text(log, previous + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    lines.append(f"recorded {len(records)} change(s) in {LEDGER_DIR}/{PROVENANCE}")
    return lines


def _spans(data, key: str):
    entries = data.get(key) or []
    if key == "background":
        for index, entry in enumerate(entries):
            if isinstance(entry, dict):
                yield f"background {index + 1}", entry
        return
    for claim in entries:
        if not isinstance(claim, dict):
            continue
        for number, item in enumerate(claim.get("evidence") or [], start=1):
            if isinstance(item, dict):
                yield f"claim {claim.get('id')!r} evidence {number}", item
