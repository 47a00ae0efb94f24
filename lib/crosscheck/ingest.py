"""Ingest a new article: record it, draft its ledger entries, and write its notebook.

``ingest(article, root)`` copies the article into ``seeds/`` (with a metadata sidecar), records its
SHA-256 in ``ledger/documents.yaml``, drafts one claim per extracted statement (``draft: true`` until an
analyst confirms it) with the speakers it needs in ``ledger/actors.yaml``, marks the body sentences no
statement covers as background to review, and writes ``notebooks/70-ID.ipynb`` from the papermill
template ``notebooks/templates/article.ipynb``, executed, with its jupytext twin.

Everything is prepared and validated in a staging copy first; only then are the project's files
replaced, each atomically. Ingesting the same article again changes nothing; an unreadable article
changes nothing at all.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .document import Document, load_document
from .errors import CrosscheckError
from .ledger import FILES, LEDGER_DIR, load_ledger
from .yamlio import atomic_write_text, dump_yaml, load_yaml_mapping

TEMPLATE = Path("notebooks") / "templates" / "article.ipynb"
DRAFT_PREFIX = "70"


def slug(text: str) -> str:
    """A lower-case, dash-separated id made of letters, digits and dashes."""
    value = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return value[:80] or "article"


def _empty_ledger(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    defaults = {
        FILES["documents"]: "documents: {}\n",
        FILES["actors"]: "parties: {}\nactors: {}\n",
        FILES["claims"]: "claims: []\n",
        FILES["background"]: "background: []\n",
        FILES["verdicts"]: "",
    }
    for name, text in defaults.items():
        if not (folder / name).exists():
            (folder / name).write_text(text, encoding="utf-8")


def ingest(article: str | Path, root: str | Path, published: dt.datetime | None = None) -> Iterator[str]:
    """Record ``article`` under ``root``; yields one line per thing done (or found already done)."""
    article, root = Path(article), Path(root)
    document = load_document(article, metadata={"published": published.isoformat()} if published else None)
    doc_id = slug(article.stem)
    seed = root / "seeds" / f"{doc_id}.txt"
    raw = article.read_bytes()
    if seed.exists() and seed.read_bytes() != raw:
        raise CrosscheckError(f"seeds/{doc_id}.txt already holds a different document; rename the article", article)
    notebook = root / "notebooks" / f"{DRAFT_PREFIX}-{doc_id}.ipynb"
    documents_file = root / LEDGER_DIR / FILES["documents"]
    if documents_file.exists():
        recorded = (load_yaml_mapping(documents_file).get("documents") or {}).get(doc_id)
        if recorded and recorded.get("sha256") == document.sha256 and seed.exists() and notebook.exists():
            yield f"{doc_id}: already ingested; nothing changed"
            return
        if recorded and recorded.get("sha256") != document.sha256:
            raise CrosscheckError(f"the ledger already records a different {doc_id!r}; rename the article", article)
    with tempfile.TemporaryDirectory(prefix="crosscheck-ingest-") as tmp:
        staging = Path(tmp)
        if (root / LEDGER_DIR).exists():
            shutil.copytree(root / LEDGER_DIR, staging / LEDGER_DIR, ignore=shutil.ignore_patterns("*.lock", ".*.tmp"))
        if (root / "seeds").exists():
            shutil.copytree(root / "seeds", staging / "seeds")
        _empty_ledger(staging / LEDGER_DIR)
        (staging / "seeds").mkdir(exist_ok=True)
        shutil.copyfile(article, staging / "seeds" / f"{doc_id}.txt")
        staged_doc = load_document(staging / "seeds" / f"{doc_id}.txt",
                                   metadata={"published": published.isoformat()} if published else None)
        if published:
            atomic_write_text(staging / "seeds" / f"{doc_id}.meta.yaml", dump_yaml({"published": published.isoformat()}))
        counts = _draft_ledger(staging, doc_id, staged_doc)
        load_ledger(staging)  # validates every draft entry against the staged document
        _write_notebook(root, staging, doc_id)
        changed = []
        for relative in (f"seeds/{doc_id}.txt", f"seeds/{doc_id}.meta.yaml", *(f"{LEDGER_DIR}/{n}" for n in FILES.values()),
                         f"notebooks/{DRAFT_PREFIX}-{doc_id}.ipynb", f"notebooks/{DRAFT_PREFIX}-{doc_id}.py"):
            source, target = staging / relative, root / relative
            if source.exists() and (not target.exists() or target.read_bytes() != source.read_bytes()):
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp_target = target.with_name(f".{target.name}.ingest")
                shutil.copyfile(source, tmp_target)
                os.replace(tmp_target, target)
                changed.append(relative)
    yield f"{doc_id}: recorded {len(raw)} bytes, SHA-256 {document.sha256[:12]}..."
    yield (f"{doc_id}: drafted {counts['claims']} claim(s), {counts['actors']} new actor(s), "
           f"{counts['background']} background sentence(s) to review")
    for relative in changed:
        yield f"wrote {relative}"


def _draft_ledger(staging: Path, doc_id: str, document: Document) -> dict[str, int]:
    from .actors import load_registry
    from .extract import extract_statements

    folder = staging / LEDGER_DIR
    documents = load_yaml_mapping(folder / FILES["documents"])
    if documents.get("documents") is None:
        documents["documents"] = {}
    documents["documents"][doc_id] = {"path": f"seeds/{doc_id}.txt", "sha256": document.sha256}
    atomic_write_text(folder / FILES["documents"], dump_yaml(documents))

    actors_data = load_yaml_mapping(folder / FILES["actors"])
    for key in ("parties", "actors"):
        if actors_data.get(key) is None:
            actors_data[key] = {}
    registry = load_registry(folder / FILES["actors"])
    new_actors = 0

    def actor_for(name: str | None, party: str | None, outlet: bool = False) -> str:
        nonlocal new_actors
        found = registry.find(name) if name else None
        if found:
            return found.id
        actor_id = slug(name or f"{doc_id}-narrator")
        if actor_id not in actors_data["actors"]:
            party_id = slug(party) if party else actor_id
            if party_id not in actors_data["parties"]:
                actors_data["parties"][party_id] = {"name": party or name or doc_id, "kind": "outlet" if outlet else "other",
                                                    "draft": True}
            actors_data["actors"][actor_id] = {
                "name": name or f"{doc_id} narrator", "party": party_id, "reliability": "F",
                "reliability_reason": "drafted by crosscheck ingest; grade this source", "draft": True}
            new_actors += 1
        return actor_id

    outlet = document.metadata.get("outlet") or document.metadata.get("byline")
    narrator = actor_for(str(outlet) if outlet else None, None, outlet=True)
    claims_data = load_yaml_mapping(folder / FILES["claims"])
    if claims_data.get("claims") is None:
        claims_data["claims"] = []
    existing = {str(c.get("id")) for c in claims_data["claims"] if isinstance(c, dict)}
    covered: list[tuple[int, int]] = []
    drafted = 0
    for statement in extract_statements(document.text, actors=registry):
        parts = [p for p in statement.content if p.start >= document.body_start and p.text.strip()]
        if not parts:
            continue
        speaker = statement.speaker
        if statement.kind == "narration" or speaker is None:
            actor_id = narrator
        elif speaker.actor_id:
            actor_id = speaker.actor_id
        else:
            actor_id = actor_for(speaker.name, speaker.party)
        claim_id = f"{doc_id}-{statement.id}"
        covered.extend((p.start, p.end) for p in parts)
        if claim_id in existing:
            continue
        kind = statement.kind if statement.kind in ("direct", "paraphrase", "narration") else "paraphrase"
        claims_data["claims"].append({
            "id": claim_id,
            "text": _claim_text(statement.text),
            "group": doc_id,
            "draft": True,
            "note": f"Drafted by crosscheck ingest from statement {statement.id}; confirm, rewrite or delete.",
            "evidence": [{
                "document": doc_id, "start": p.start, "end": p.end, "quote": p.text, "speaker": actor_id,
                "kind": kind, "cue": statement.cue.text if statement.cue else "", "stance": "asserts",
            } for p in parts],
        })
        drafted += 1
    atomic_write_text(folder / FILES["actors"], dump_yaml(actors_data))
    atomic_write_text(folder / FILES["claims"], dump_yaml(claims_data))

    background_data = load_yaml_mapping(folder / FILES["background"])
    if background_data.get("background") is None:
        background_data["background"] = []
    marked = 0
    for sentence in document.sentences:
        if any(s < sentence.end and sentence.start < e for s, e in covered):
            continue
        background_data["background"].append({
            "document": doc_id, "start": sentence.start, "end": sentence.end, "quote": sentence.text,
            "reason": "drafted by crosscheck ingest: no attributed statement found; confirm it carries no claim",
        })
        marked += 1
    atomic_write_text(folder / FILES["background"], dump_yaml(background_data))
    return {"claims": drafted, "actors": new_actors, "background": marked}


def _claim_text(text: str) -> str:
    text = " ".join(text.split()).strip(" \"'\u201c\u201d\u2018\u2019,")
    text = re.sub(r"^that\s+", "", text)
    return (text[:1].upper() + text[1:]) if text else "(empty statement)"


def _write_notebook(root: Path, staging: Path, doc_id: str) -> None:
    """Execute the papermill template for ``doc_id`` against the staged ledger; store it with its twin."""
    import nbformat
    import papermill

    from .workbook import strip_run_metadata, write_twin

    template = root / TEMPLATE
    if not template.exists():
        template = Path(__file__).resolve().parents[2] / TEMPLATE
    if not template.exists():
        raise CrosscheckError("the notebook template is missing", root / TEMPLATE)
    out_dir = staging / "notebooks"
    out_dir.mkdir(exist_ok=True)
    target = out_dir / f"{DRAFT_PREFIX}-{doc_id}.ipynb"
    previous = os.environ.get("CROSSCHECK_ROOT")
    os.environ["CROSSCHECK_ROOT"] = str(staging)
    try:
        papermill.execute_notebook(str(template), str(target), parameters={"document_id": doc_id},
                                   cwd=str(out_dir), progress_bar=False, log_output=False, kernel_name="python3")
    except papermill.PapermillExecutionError as error:
        raise CrosscheckError(f"the draft notebook failed: {error.ename}: {error.evalue}", target.name) from None
    finally:
        if previous is None:
            os.environ.pop("CROSSCHECK_ROOT", None)
        else:
            os.environ["CROSSCHECK_ROOT"] = previous
    notebook = nbformat.read(target, as_version=4)
    strip_run_metadata(notebook)
    nbformat.write(notebook, target)
    write_twin(notebook, target)
