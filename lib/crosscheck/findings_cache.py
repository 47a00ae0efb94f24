"""Check findings cached per document: in the process, and on disk under ``build/cache/findings/``.

The key is the document's SHA-256, its publication date and body offset, and a digest of the checks'
own source code, so a change to the document or to any check computes the findings afresh. The disk
cache lets the workbook's notebooks, each in its own kernel, share one run of the checks. A cache that
cannot be read or written is ignored: the findings are then computed as usual.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from .document import Document
from .findings import Finding, Span

CACHE_DIR = Path("build") / "cache" / "findings"


@lru_cache(maxsize=1)
def checks_digest() -> str:
    """A digest of the source of every check (and of the Finding type)."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted([*(here / "checks").glob("*.py"), here / "findings.py", here / "document.py"]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def cache_key(document: Document) -> str:
    published = document.metadata.get("published") or ""
    raw = f"{document.sha256}|{published}|{document.body_start}|{checks_digest()}"
    return hashlib.sha256(raw.encode()).hexdigest()


def _from_dict(data: dict) -> Finding:
    spans = tuple(Span(s["start"], s["end"], s["text"]) for s in data["spans"])
    return Finding(data["kind"], data["severity"], data["message"], spans, data["data"])


_MEMORY: dict[str, list[Finding]] = {}


def document_findings(document: Document, root: Path | None = None) -> list[Finding]:
    """The consistency findings of ``document``, from a cache when it holds them."""
    key = cache_key(document)
    if key in _MEMORY:
        return _MEMORY[key]
    path = (root / CACHE_DIR / f"{key}.json") if root is not None else None
    findings = _read(path, document) if path else None
    if findings is None:
        from .checks import run_checks

        findings = run_checks(document.text, document.published, document.body_start)
        if path:
            _write(path, findings)
    _MEMORY[key] = findings
    return findings


def _read(path: Path, document: Document) -> list[Finding] | None:
    try:
        findings = [_from_dict(item) for item in json.loads(path.read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    # a cached span must still slice the document it was computed on
    if all(document.text[s.start:s.end] == s.text for f in findings for s in f.spans):
        return findings
    return None


def _write(path: Path, findings: list[Finding]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps([f.to_dict() for f in findings], ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
