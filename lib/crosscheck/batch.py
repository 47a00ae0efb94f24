"""Many articles in one call: the commands that read articles (extract, check, draft) over files and folders.

``crosscheck extract wire/ extra.txt --jobs 2`` reads every article in one process, or spread over a pool
of worker processes that each hold the language pipeline, loaded once; each article's result is one JSON
line on standard output, in the order the articles were given (a folder: its ``*.txt`` and ``*.md`` files
by name, not its subfolders)::

    {"article": "wire/a.txt", "document": {...}, "statements": [...]}    extract
    {"article": "wire/a.txt", "document": {...}, "findings": [...]}      check
    {"article": "wire/a.txt", "document": {...}, "claims": [...]}        draft
    {"article": "wire/b.txt", "error": "wire/b.txt: is binary, not text (NUL byte at offset 3)"}

An article that cannot be read is reported on its own line and the others go on; so is one that trips a
bug (``"error": "internal error: ..."``, with ``"internal": true``), which ``CROSSCHECK_DEBUG=1`` raises
instead. A command is one entry of ``TASKS``: how one loaded article becomes its JSON object, and what
to load once per process before the first article.
"""
from __future__ import annotations

import datetime as dt
import json
import multiprocessing as mp
import os
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CrosscheckError

#: The files a folder's articles are.
ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class Options:
    """What every article of a call shares: the project's registry (to name speakers), a publication date."""

    registry: Any = None
    published: dt.datetime | None = None


@dataclass(frozen=True)
class Task:
    """One command over one article: ``read`` makes the loaded document's JSON object; ``warm`` loads once
    per process what ``read`` needs (the language pipeline), so no article pays for it."""

    read: Callable[[Any, Options], dict]
    warm: Callable[[], object]
    registry: bool = False  # whether it names speakers from the project's registry (Options.registry)


def document_metadata(document) -> dict:
    """A document's id, SHA-256 and metadata, as every command's JSON gives them."""
    return {"id": document.id, "sha256": document.sha256,
            **{k: v for k, v in document.metadata.items() if v is not None}}


def _extract(document, options: Options) -> dict:
    from .extract import extract_statements, extraction_to_json

    statements = extract_statements(document.text, actors=options.registry)
    return extraction_to_json(document.text, statements, document_metadata(document))


def _check(document, options: Options) -> dict:
    from .checks import findings_to_json, run_checks

    return {"document": document_metadata(document),
            **findings_to_json(run_checks(document.text, document.published, document.body_start))}


def _draft(document, options: Options) -> dict:
    from .draft import draft_article

    return draft_article(document, registry=options.registry).to_dict()


def _warm_pipeline() -> object:
    from .extract import get_pipeline

    return get_pipeline()


def _warm_checks() -> object:
    from .checks import run_checks

    return run_checks("On Monday, 3 March 2026, the 5 km road reopened, a week later.", dt.date(2026, 3, 2))


#: The commands that take articles. Adding one is one line here (and its parser arguments in crosscheck.cli).
TASKS: dict[str, Task] = {
    "extract": Task(_extract, _warm_pipeline, registry=True),
    "check": Task(_check, _warm_checks),
    "draft": Task(_draft, _warm_pipeline, registry=True),
}


# --------------------------------------------------------------------------------------------- articles


def articles(paths: Iterable[str | Path]) -> list[str]:
    """The articles named: each file as given, each folder's article files by name; each file once."""
    found: list[str] = []
    for given in paths:
        path = Path(given)
        inside = sorted(p for p in path.iterdir() if p.suffix in ARTICLE_SUFFIXES and not p.name.startswith(".")
                        and p.is_file()) if path.is_dir() else []
        found.extend(str(p) for p in inside)
        if not inside:
            found.append(str(given))  # a file, or a folder with no articles (said on its line)
    unique, seen = [], set()
    for article in found:
        if os.path.realpath(article) not in seen:
            seen.add(os.path.realpath(article))
            unique.append(article)
    return unique


@dataclass(frozen=True)
class Outcome:
    """One article's line of output, and whether it failed (``internal``: by a bug)."""

    article: str
    line: str
    failed: bool = False
    internal: bool = False

    @property
    def problem(self) -> str | None:
        """A failed article's error as one line naming the article (its JSON line holds the same error)."""
        if not self.failed:
            return None
        error = str(json.loads(self.line).get("error", "could not be read"))
        named = str(CrosscheckError("", self.article))  # "ARTICLE: ", as every error names its file
        return error if error.startswith(named) else named + error


def read_one(command: str, article: str, options: Options) -> Outcome:
    """One article through ``command``: its JSON line, or its error on the line."""
    from .document import load_document

    try:
        if Path(article).is_dir():
            raise CrosscheckError(f"holds no articles ({', '.join('*' + s for s in ARTICLE_SUFFIXES)})", article)
        override = {"published": options.published.isoformat()} if options.published else None
        document = load_document(article, metadata=override)
        data = {"article": article, **TASKS[command].read(document, options)}
        return Outcome(article, json.dumps(data, ensure_ascii=False, default=str))
    except CrosscheckError as error:
        return Outcome(article, json.dumps({"article": article, "error": str(error)}, ensure_ascii=False), True)
    except Exception as error:  # a bug: named on the article's line; the other articles go on
        if os.environ.get("CROSSCHECK_DEBUG"):
            raise
        problem = f"internal error: {type(error).__name__}: {error}"
        return Outcome(article, json.dumps({"article": article, "error": problem, "internal": True},
                                           ensure_ascii=False), True, True)


# ------------------------------------------------------------------------------------------------ runs


def run_batch(command: str, paths: Iterable[str | Path], options: Options = Options(),
              jobs: int | None = None) -> Iterator[Outcome]:
    """Every article named in ``paths`` through ``command``, in order, one Outcome each as it is ready.

    ``jobs`` worker processes (default: every core) share the articles; with one, or one article, they are
    read here, in this process. The pipeline is loaded once per process.
    """
    if command not in TASKS:
        raise CrosscheckError(f"no batch command {command!r} (one of {', '.join(TASKS)})")
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if jobs < 1:
        raise CrosscheckError(f"--jobs {jobs}: give 1 or more worker processes")
    found = articles(paths)
    if not found:
        return
    TASKS[command].warm()  # here, before the workers fork from this process: loaded once for them all
    if jobs == 1 or len(found) == 1:
        for article in found:
            yield read_one(command, article, options)
        return
    yield from _pooled(command, found, options, min(jobs, len(found)))


def _pooled(command: str, found: list[str], options: Options, jobs: int) -> Iterator[Outcome]:
    forking = "fork" in mp.get_all_start_methods()
    context = mp.get_context("fork" if forking else "spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(command, options))
    done = 0
    try:
        for outcome in pool.map(_worker_read, found, chunksize=1):
            done += 1
            yield outcome
    except BrokenProcessPool:  # a worker was killed (out of memory?): the articles not read say so
        for article in found[done:]:
            problem = "internal error: the worker process reading it stopped (killed, or out of memory?)"
            yield Outcome(article, json.dumps({"article": article, "error": problem, "internal": True}), True, True)
    finally:
        _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut the pool down now: queued articles dropped, workers ended (an interrupt does not wait for them)."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    for worker in workers:
        worker.join(5)


_WORKER: tuple[str, Options] | None = None


def _start_worker(command: str, options: Options) -> None:
    """A worker's start: Ctrl-C is the parent's to handle; the pipeline is loaded (inherited when forked)."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = (command, options)
    TASKS[command].warm()


def _worker_read(article: str) -> Outcome:
    command, options = _WORKER
    return read_one(command, article, options)


# -------------------------------------------------------------------------------------------- progress


class Progress:
    """"12/84 articles, 1 failed" on standard error: rewritten in place on a terminal, else a line a second."""

    def __init__(self, total: int, stream=None, every: float = 1.0):
        self.total, self.stream, self.every = total, stream or sys.stderr, every
        self.done = self.failed = self.width = 0
        self.terminal = bool(getattr(self.stream, "isatty", lambda: False)())
        self.started = self.shown = time.monotonic()

    def step(self, outcome: Outcome) -> None:
        self.done += 1
        self.failed += outcome.failed
        now = time.monotonic()
        if self.terminal or now - self.shown >= self.every or self.done == self.total:
            self.shown = now
            self._show(end="\n" if self.done == self.total or not self.terminal else "")

    def _show(self, end: str) -> None:
        failed = f", {self.failed} failed" if self.failed else ""
        text = f"crosscheck: {self.done}/{self.total} articles{failed}, {time.monotonic() - self.started:.1f} s"
        self.stream.write(("\r" + text.ljust(self.width) if self.terminal else text) + end)
        self.width = len(text)
        self.stream.flush()
