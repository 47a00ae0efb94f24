"""Ingest a new article: record it, draft its ledger entries, and write its notebook.

``ingest(article, root)`` copies the article into ``seeds/`` (with a metadata sidecar), records its
SHA-256 in ``ledger/documents.yaml``, drafts one claim per extracted statement (``draft: true`` until an
analyst confirms it) with the speakers it needs in ``ledger/actors.yaml``, marks the body sentences no
statement covers as background to review, and writes ``notebooks/70-ID.ipynb`` from the papermill
template ``notebooks/templates/article.ipynb``, executed, with its jupytext twin.

Everything is prepared and validated in a staging copy first, under the ledger lock with the ledger
read afresh; only then are the project's files replaced, all in one transaction (crosscheck.store).
Ingesting the same article again changes nothing; the same text under another name is refused, naming
the document it already is; an unreadable article changes nothing at all. The article's own
``NAME.meta.yaml`` sidecar, when there is one, is validated and recorded with it.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .document import Document, load_document
from .errors import CrosscheckError
from .ledger import FILES, LEDGER_DIR, load_ledger
from .store import Transaction, transaction
from .yamlio import atomic_write_text, dump_yaml, load_yaml_mapping

TEMPLATE = Path("notebooks") / "templates" / "article.ipynb"
DRAFT_PREFIX = "70"


def slug(text: str) -> str:
    """A lower-case, dash-separated id made of letters, digits and dashes."""
    value = re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")
    return value[:80] or "article"


#: The ledger files a bare project starts with.
EMPTY_LEDGER = {
    FILES["documents"]: "documents: {}\n",
    FILES["actors"]: "parties: {}\nactors: {}\n",
    FILES["claims"]: "claims: []\n",
    FILES["background"]: "background: []\n",
}


def ingest(article: str | Path, root: str | Path, published: dt.datetime | None = None) -> Iterator[str]:
    """Record ``article`` under ``root``; yields one line per thing done (or found already done).

    The whole run holds the ledger lock (crosscheck.store) and reads the ledger afresh under it, so a
    verdict or another ingest at the same time waits, and nothing either of them wrote is lost.
    """
    article, root = Path(article), Path(root)
    document, sidecar = read_article(article, published)
    doc_id = slug(article.stem)
    (root / LEDGER_DIR).mkdir(parents=True, exist_ok=True)
    with transaction(root) as tx:
        if _already_ingested(tx, doc_id, document, article):
            lines = [f"{doc_id}: already ingested; nothing changed"]
        else:
            lines = _ingest_new(tx, root, article, doc_id, document, sidecar)
    yield from lines


def read_article(article: Path, published: dt.datetime | None) -> tuple[Document, str | None]:
    """The article (validated) and the text of the metadata sidecar to record with it, if any.

    The sidecar is the article's own ``NAME.meta.yaml`` (validated when the article loads) with
    ``--published``, when given, written over its ``published``.
    """
    override = {"published": published.isoformat()} if published else None
    document = load_document(article, metadata=override)
    sidecar_path = article.with_name(article.stem + ".meta.yaml")
    if not sidecar_path.exists() and not published:
        return document, None
    data = load_yaml_mapping(sidecar_path) if sidecar_path.exists() else {}
    if published:
        data["published"] = published.isoformat()
    return document, dump_yaml(data)


def _already_ingested(tx: Transaction, doc_id: str, document: Document, article: Path) -> bool:
    """True when this very text is recorded as ``doc_id`` with its seed and notebook; raises on a clash."""
    relative = f"{LEDGER_DIR}/{FILES['documents']}"
    recorded = (tx.read_yaml(relative, ("documents",)).get("documents") or {}) if tx.exists(relative) else {}
    for other_id, entry in recorded.items():
        if isinstance(entry, dict) and entry.get("sha256") == document.sha256 and str(other_id) != doc_id:
            raise CrosscheckError(f"is the same text as document {str(other_id)!r} ({entry.get('path')}), already "
                                  "ingested; nothing changed", article)
    entry = recorded.get(doc_id)
    seed = tx.path(f"seeds/{doc_id}.txt")
    if entry and entry.get("sha256") != document.sha256:
        raise CrosscheckError(f"the ledger already records a different document {doc_id!r}; rename the article", article)
    if seed.exists() and seed.read_bytes() != document.text.encode("utf-8"):
        raise CrosscheckError(f"seeds/{doc_id}.txt already holds a different document; rename the article", article)
    notebook = tx.path(f"notebooks/{DRAFT_PREFIX}-{doc_id}.ipynb")
    return bool(entry) and seed.exists() and notebook.exists()


def _ingest_new(tx: Transaction, root: Path, article: Path, doc_id: str, document: Document,
                sidecar: str | None) -> list[str]:
    """Draft, validate and execute in a staging copy; stage every changed file in ``tx``; the lines to print."""
    with tempfile.TemporaryDirectory(prefix="crosscheck-ingest-") as tmp:
        staging = Path(tmp)
        _stage_project(tx, root, staging)
        (staging / "seeds" / f"{doc_id}.txt").write_text(document.text, encoding="utf-8", newline="")
        if sidecar is not None:
            (staging / "seeds" / f"{doc_id}.meta.yaml").write_text(sidecar, encoding="utf-8")
        staged_doc = load_document(staging / "seeds" / f"{doc_id}.txt")
        counts = _draft_ledger(staging, doc_id, staged_doc)
        load_ledger(staging)  # validates every draft entry against the staged document
        _write_notebook(root, staging, doc_id)
        outputs = [f"seeds/{doc_id}.txt", f"seeds/{doc_id}.meta.yaml", *(f"{LEDGER_DIR}/{n}" for n in EMPTY_LEDGER),
                   f"notebooks/{DRAFT_PREFIX}-{doc_id}.ipynb", f"notebooks/{DRAFT_PREFIX}-{doc_id}.py"]
        for relative in outputs:
            if (staging / relative).exists():
                tx.write_text(relative, (staging / relative).read_bytes().decode("utf-8"))  # no newline translation
        changed = tx.changed
    size = len(document.text.encode("utf-8"))
    return [f"{doc_id}: recorded {size} bytes, SHA-256 {document.sha256[:12]}...",
            f"{doc_id}: drafted {counts['claims']} claim(s), {counts['actors']} new actor(s), "
            f"{counts['background']} background sentence(s) to review",
            *(f"wrote {relative}" for relative in changed)]


def _stage_project(tx: Transaction, root: Path, staging: Path) -> None:
    """Copy the ledger (read afresh through ``tx``, under its lock) and the seeds into ``staging``."""
    (staging / LEDGER_DIR).mkdir()
    for name in FILES.values():
        text = tx.read_text(f"{LEDGER_DIR}/{name}")
        if text is None and name in EMPTY_LEDGER:
            text = EMPTY_LEDGER[name]
        if text is not None:
            (staging / LEDGER_DIR / name).write_text(text, encoding="utf-8", newline="")
    if (root / "seeds").is_dir():
        shutil.copytree(root / "seeds", staging / "seeds", ignore=shutil.ignore_patterns(".*"))
    else:
        (staging / "seeds").mkdir()


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


def notebook_template(root: Path) -> Path:
    """The ingest notebook template: the project's own, else the one shipped with crosscheck."""
    for template in (root / TEMPLATE, Path(__file__).resolve().parent / "templates" / "notebooks" / TEMPLATE.name,
                     Path(__file__).resolve().parents[2] / TEMPLATE):
        if template.is_file():
            return template
    raise CrosscheckError("the notebook template is missing", root / TEMPLATE)


def _write_notebook(root: Path, staging: Path, doc_id: str) -> None:
    """Execute the papermill template for ``doc_id`` against the staged ledger; store it with its twin."""
    import nbformat
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    from .kernels import execute_notebooks, import_nbformat, kernel_env
    from .workbook import strip_run_metadata, write_twin

    import_nbformat()
    notebook = load_notebook_node(str(notebook_template(root)))  # papermill's reader: every cell gets its tags
    notebook = parameterize_notebook(notebook, {"document_id": doc_id}, kernel_name="python3", language="python")
    target = staging / "notebooks" / f"{DRAFT_PREFIX}-{doc_id}.ipynb"
    target.parent.mkdir(exist_ok=True)
    nbformat.write(notebook, target)
    outcome = next(iter(execute_notebooks([target], 1, kernel_env(staging))))
    if outcome.error:
        raise CrosscheckError(f"the draft notebook failed at {outcome.error}; nothing was recorded", target.name)
    strip_run_metadata(outcome.nb)
    nbformat.write(outcome.nb, target)
    write_twin(outcome.nb, target)
