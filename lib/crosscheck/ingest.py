"""Ingest a new article: record it, draft its ledger entries, and write its notebook.

``ingest(article, root)`` copies the article into ``seeds/`` (with a metadata sidecar), records its
SHA-256 in ``ledger/documents.yaml``, drafts one claim per extracted statement (``draft: true`` until an
analyst confirms it) with the speakers it needs in ``ledger/actors.yaml``, marks the body sentences no
statement covers as background to review, and writes two notebooks from papermill templates, executed,
with their jupytext twins: the article's workbook ``notebooks/70-ID.ipynb`` (from
``notebooks/templates/article.ipynb``) and its curation notebook ``notebooks/curate/ID.ipynb`` (from
``notebooks/templates/curate.ipynb``; under ``curate/``, so the site does not publish it).

Everything is prepared and validated in a staging copy first, under the ledger lock with the ledger
read afresh; only then are the project's files replaced, all in one transaction (crosscheck.store).
Ingesting the same article again changes nothing; the same text under another name is refused, naming
the document it already is; an unreadable article changes nothing at all. The article's own
``NAME.meta.yaml`` sidecar, when there is one, is validated and recorded with it.
"""
from __future__ import annotations

import copy
import datetime as dt
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .document import Document, load_document
from .errors import CrosscheckError, ProblemList
from .layout import (ACTORS, DOCUMENT_KEYS, LEDGER_DIR, SOURCES, claims_file, claims_files, document_file,
                     document_files, ledger_folder, slug)
from .ledger import load_ledger
from .provenance import resolve_party
from .store import Transaction, transaction
from .yamlio import atomic_write_text, dump_yaml, load_yaml_mapping

TEMPLATE = Path("notebooks") / "templates" / "article.ipynb"
DRAFT_PREFIX = "70"
#: The notebooks an ingest writes: (template in notebooks/templates/, where it goes under notebooks/).
NOTEBOOKS = (("article.ipynb", DRAFT_PREFIX + "-{}.ipynb"), ("curate.ipynb", "curate/{}.ipynb"))


#: Where ingested articles' drafts stand among the groups (their notebooks are numbered 70-ID too).
DRAFT_ORDER = 70


def ingest(article: str | Path, root: str | Path, published: dt.datetime | None = None) -> Iterator[str]:
    """Record ``article`` under ``root``; yields one line per thing done (or found already done).

    The whole run holds the ledger lock (crosscheck.store) and reads the ledger afresh under it, so a
    verdict or another ingest at the same time waits, and nothing either of them wrote is lost.
    """
    article, root = Path(article), Path(root)
    document, sidecar = read_article(article, published)
    doc_id = document_id(article, document)
    (root / LEDGER_DIR).mkdir(parents=True, exist_ok=True)
    with transaction(root) as tx:
        if _already_ingested(tx, doc_id, document, article):
            lines = [f"{doc_id}: already ingested; nothing changed"]
        else:
            lines = _ingest_new(tx, root, article, doc_id, document, sidecar)
    yield from lines


def document_id(article: Path, document: Document) -> str:
    """The id a new article gets: its file name as a lower-case id (accents dropped: ``Brückenbericht`` ->
    ``bruckenbericht``); a name with no Latin letters or digits (``новости.txt``) gets ``article-`` and the first
    hex digits of its SHA-256, so two such articles never compete for one id."""
    return slug(article.stem, empty="") or f"article-{document.sha256[:10]}"


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
    """True when the ledger records this very text as ``doc_id`` already (ingested, or recorded by hand as the
    seed is): it is never drafted again, which would replace its statements under the claims resting on
    them. Raises when the text is recorded under another id, or the id holds another text."""
    for path in document_files(tx.root):
        data = tx.read_yaml(path.relative_to(tx.root), DOCUMENT_KEYS)
        if data.get("sha256") == document.sha256 and path.stem != doc_id:
            raise CrosscheckError(f"is the same text as document {path.stem!r} ({data.get('path')}), already "
                                  "ingested; nothing changed", article)
    own = document_file(tx.root, doc_id)
    entry = tx.read_yaml(own.relative_to(tx.root), DOCUMENT_KEYS) if own.exists() else None
    seed = tx.path(f"seeds/{doc_id}.txt")
    if entry and entry.get("sha256") != document.sha256:
        raise CrosscheckError(f"the ledger already records a different document {doc_id!r}; rename the article", article)
    if seed.exists() and seed.read_bytes() != document.text.encode("utf-8"):
        raise CrosscheckError(f"seeds/{doc_id}.txt already holds a different document; rename the article", article)
    return bool(entry)


def _ingest_new(tx: Transaction, root: Path, article: Path, doc_id: str, document: Document,
                sidecar: str | None) -> list[str]:
    """Draft, validate and execute in a staging copy; stage every changed file in ``tx``; the lines to print."""
    with tempfile.TemporaryDirectory(prefix="crosscheck-ingest-") as tmp:
        staging = Path(tmp)
        _stage_project(tx, root, staging)
        atomic_write_text(staging / "seeds" / f"{doc_id}.txt", document.text)  # the one writer: errors name the file
        if sidecar is not None:
            atomic_write_text(staging / "seeds" / f"{doc_id}.meta.yaml", sidecar)
        staged_doc = load_document(staging / "seeds" / f"{doc_id}.txt")
        counts = _draft_ledger(staging, doc_id, staged_doc)
        try:
            load_ledger(staging)  # validates every draft entry against the staged document
        except CrosscheckError as error:
            raise _as_the_user_knows(error, staging, root, {f"seeds/{doc_id}.txt": article}) from None
        notebooks = _write_notebooks(root, staging, doc_id)
        outputs = [f"seeds/{doc_id}.txt", f"seeds/{doc_id}.meta.yaml",
                   document_file(".", doc_id).as_posix(), claims_file(".", doc_id).as_posix(),
                   *(p for n in notebooks for p in (n.as_posix(), n.with_suffix(".py").as_posix()))]
        for relative in outputs:
            if (staging / relative).exists():
                tx.write_text(relative, (staging / relative).read_bytes().decode("utf-8"))  # no newline translation
        changed = tx.changed
    size = len(document.text.encode("utf-8"))
    return [f"{doc_id}: recorded {size} bytes, SHA-256 {document.sha256[:12]}...",
            f"{doc_id}: drafted {counts['claims']} claim(s), {counts['actors']} new actor(s), "
            f"{counts['background']} background sentence(s) to review",
            *(f"wrote {relative}" for relative in changed)]


def _as_the_user_knows(error: CrosscheckError, staging: Path, root: Path, renamed: dict[str, Path]) -> CrosscheckError:
    """A problem found in the staging copy, naming the files as the user knows them (the article given, or the
    project's own file), not the temporary copy."""
    def moved(problem: CrosscheckError) -> CrosscheckError:
        path = Path(problem.path) if problem.path else None
        if path is None or not path.is_relative_to(staging):
            return problem
        relative = path.relative_to(staging).as_posix()
        found = copy.copy(problem)  # a subclass keeps its own fields
        found.path = str(renamed.get(relative, root / relative))
        return found

    if isinstance(error, ProblemList):
        return ProblemList([moved(p) for p in error.problems], error.partial)
    return moved(error)


def _stage_project(tx: Transaction, root: Path, staging: Path) -> None:
    """Copy the ledger (read afresh through ``tx``, under its lock) and the seeds into ``staging``."""
    folder = ledger_folder(root)
    names = [ACTORS, SOURCES, *(p.relative_to(folder).as_posix() for p in [*document_files(root), *claims_files(root)])]
    (staging / LEDGER_DIR).mkdir()
    for name in names:
        text = tx.read_text(f"{LEDGER_DIR}/{name}")
        if text is not None:
            target = staging / LEDGER_DIR / name
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_text(target, text)
    if (root / "seeds").is_dir():
        shutil.copytree(root / "seeds", staging / "seeds", ignore=shutil.ignore_patterns(".*"))
    else:
        (staging / "seeds").mkdir()


class _Speakers:
    """Who speaks in a new article: the registry's actors, or new ones drafted into its document file."""

    def __init__(self, registry, doc_id: str):
        self.registry, self.doc_id = registry, doc_id
        self.parties: dict[str, dict] = {}
        self.actors: dict[str, dict] = {}
        self.by_name: dict[str, str] = {}

    def actor_for(self, name: str, party: str | None, outlet: bool = False) -> str:
        """The actor id for a speaker the draft names: a registry id as it is, else a new actor (and party)."""
        known = self.registry.actors if self.registry else {}
        if name in known:
            return name
        found = self.registry.find(name) if self.registry else None
        if found:
            return found.id
        if name in self.by_name:
            return self.by_name[name]
        actor_id = _free(slug(name, empty="speaker"), {*known, *self.actors})
        party_id = party if party and self.registry and party in self.registry.parties else None
        if party_id is None:
            party_id = self._party(party or name, "outlet" if outlet else "other")
        self.actors[actor_id] = {"name": name, "party": party_id, "reliability": "F",
                                 "reliability_reason": "drafted by crosscheck ingest; grade this source"}
        self.by_name[name] = actor_id
        return actor_id

    def _party(self, name: str, kind: str) -> str:
        known = self.registry.parties if self.registry else {}
        for party_id, entry in {**{k: {"name": v.name} for k, v in known.items()}, **self.parties}.items():
            if entry["name"] == name:
                return party_id
        party_id = _free(slug(name, empty="party"), {*known, *self.parties})
        self.parties[party_id] = {"name": name, "kind": kind}
        return party_id


def _with_outlet(document: Document, doc_id: str) -> Document:
    """The document as the draft should see it: with an outlet to give its own narration to. When the
    metadata names none, the byline stands for it (wire copy is signed by its agency), else a name the
    analyst will replace ("the outlet of ID")."""
    from dataclasses import replace

    if document.metadata.get("outlet") or document.metadata.get("url"):
        return document
    outlet = document.metadata.get("byline") or f"the outlet of {doc_id}"
    return replace(document, metadata={**document.metadata, "outlet": outlet})


def _free(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3`` ... whichever is not taken."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def _draft_ledger(staging: Path, doc_id: str, document: Document) -> dict[str, int]:
    """Write the new document's file (record, statements, drafted speakers, background) and its claims
    file, from crosscheck.draft: the article's points, each with every statement bearing on it and its stance."""
    from .draft import draft_article
    from .loading import read_ledger, read_registry

    existing = read_ledger(staging, check_hash=False)
    speakers = _Speakers(read_registry(staging), doc_id)
    drafted = draft_article(_with_outlet(document, doc_id), registry=speakers.registry)
    outlet = document.metadata.get("outlet")
    if outlet and (speakers.registry is None or resolve_party(speakers.registry, outlet) is None):
        speakers.actor_for(str(outlet), None, outlet=True)  # a new outlet: a drafted party the analyst grades
    statements: dict[str, dict] = {}
    names: dict[str, str] = {}  # the draft's statement id -> the ledger's
    claims = []
    for item in drafted.claims:
        evidence = []
        for piece in item.evidence:
            s = piece.statement
            if s.id not in names:
                names[s.id] = s.id if s.id not in existing.declared else f"{doc_id}-{s.id}"
                statements[names[s.id]] = {
                    "speaker": speakers.actor_for(s.speaker, s.party, outlet=s.kind == "narration"),
                    "kind": s.kind, **({"cue": s.cue} if s.cue else {}),
                    "quote": document.text[s.start:s.end], "start": s.start, "end": s.end}  # the words as they stand
            evidence.append({"statement": names[s.id], "stance": piece.stance})
        claim_id = item.id if item.id not in existing.claims else f"{doc_id}-{item.id}"
        claims.append({"id": claim_id, "text": item.text, "draft": True, "note": item.claim.note, "evidence": evidence})
    covered = [(e["start"], e["end"]) for e in statements.values()]
    background = [{"quote": sentence.text, "start": sentence.start, "end": sentence.end,
                   "reason": "drafted by crosscheck ingest: no attributed statement found; confirm it carries no claim"}
                  for sentence in document.sentences
                  if not any(s < sentence.end and sentence.start < e for s, e in covered)]
    record = {"path": f"seeds/{doc_id}.txt", "sha256": document.sha256, "parties": speakers.parties,
              "actors": speakers.actors, "statements": dict(sorted(statements.items(), key=lambda kv: kv[1]["start"])),
              "background": background}
    atomic_write_text(document_file(staging, doc_id), dump_yaml({k: v for k, v in record.items() if v or k in
                                                                 ("path", "sha256", "statements")}))
    group = {"group": doc_id, "title": document.title, "order": DRAFT_ORDER, "claims": claims}
    atomic_write_text(claims_file(staging, doc_id), dump_yaml(group))
    return {"claims": len(claims), "actors": len(speakers.actors), "background": len(background)}


def notebook_template(root: Path, name: str = TEMPLATE.name) -> Path:
    """A notebook template: the project's own, else the one shipped with crosscheck."""
    for template in (root / TEMPLATE.parent / name, Path(__file__).resolve().parent / "templates" / "notebooks" / name,
                     Path(__file__).resolve().parents[2] / TEMPLATE.parent / name):
        if template.is_file():
            return template
    raise CrosscheckError("the notebook template is missing", root / TEMPLATE.parent / name)


def _write_notebooks(root: Path, staging: Path, doc_id: str) -> list[Path]:
    """Execute the papermill templates for ``doc_id`` against the staged ledger; store them with their twins.

    Returns where they went, relative to the project."""
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    from .kernels import execute_notebooks, import_nbformat, kernel_env
    from .workbook import notebook_text, strip_run_metadata, write_twin

    import_nbformat()
    written = []
    for name, where in NOTEBOOKS:
        notebook = load_notebook_node(str(notebook_template(root, name)))  # papermill's reader: cells get their tags
        notebook = parameterize_notebook(notebook, {"document_id": doc_id}, kernel_name="python3", language="python")
        relative = Path("notebooks") / where.format(doc_id)
        (staging / relative).parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(staging / relative, notebook_text(notebook))  # the one writer: errors name the file
        written.append(relative)
    outcomes = list(execute_notebooks([staging / r for r in written], 1, kernel_env(staging)))
    for outcome in outcomes:
        if outcome.error:
            raise CrosscheckError(f"the draft notebook failed at {outcome.error}; nothing was recorded", outcome.path.name)
    for outcome in outcomes:
        strip_run_metadata(outcome.nb)
        atomic_write_text(outcome.path, notebook_text(outcome.nb))
        write_twin(outcome.nb, outcome.path)
    return written
