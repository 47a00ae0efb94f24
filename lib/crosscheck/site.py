"""The shareable offline site: every notebook executed and rendered, an index of the claims, the data.

``build_site(root, out)`` executes ``root/notebooks/*.ipynb`` (in parallel on ``jobs`` long-lived kernels
of the current interpreter's ``python3`` kernel spec, each notebook in an emptied namespace with cwd = the
notebooks folder, longest first; see ``execute_notebooks``), renders each as a page with
nbconvert through the ``crosscheck`` template (no prompts, code folded away, no script, style sheet or
font from the network), and writes::

    out/index.html        the claims with their published ratings and derived statuses, and links to every page
    out/NAME.html         one page per notebook
    out/claims/ID.html    one page per claim: the fact check in brief, with its ClaimReview JSON-LD (Google's
                          guidance: one ClaimReview a page, each review on one page only)
    out/claims.json       crosscheck.export.to_json(ledger), byte for byte
    out/assets/crosscheck.css  the one style sheet (in place of JupyterLab's 256 KB one: only what pages use)

ClaimReview ``url`` values are absolute under the site's base address (``base_url``, or ``site.base_url`` in
crosscheck.yaml), else relative to the site.

A notebook whose inputs have not changed is not executed again: its key is a SHA-256 over its own
source, ``ledger/``, ``seeds/`` and the library source; the executed notebook, its rendered page, the key
and the seconds it took (to run the longest first next time) are kept in ``root/build/cache/``. The site
is built in a folder beside ``out`` and swapped in only when everything succeeded, so a failing notebook
leaves the old site as it was.
"""
from __future__ import annotations

import hashlib
import json
import os
import queue
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CrosscheckError, ProblemList
from .yamlio import atomic_write_text

#: Bumped whenever the cache's layout or the rendering changes in a way the key would not see.
CACHE_VERSION = "1"
CACHE_DIR = Path("build") / "cache"
NOTEBOOKS_DIR = "notebooks"
HASHED_DIRS = ("ledger", "seeds")
TEMPLATES = Path(__file__).resolve().parent / "templates"
NAV_MARK = "<!-- crosscheck:nav -->"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
#: Seconds one cell may run before the build gives up on its notebook.
CELL_TIMEOUT = 600


# --------------------------------------------------------------------------------------------- inputs

def find_notebooks(root: Path) -> list[Path]:
    """The notebooks to publish: ``root/notebooks/*.ipynb`` in name order (not templates/ or checkpoints)."""
    folder = Path(root) / NOTEBOOKS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.ipynb") if p.is_file() and not p.name.startswith("."))


def _library_dirs(root: Path) -> list[Path]:
    """The library source the kernels import: the installed package, and the project's own lib/."""
    dirs = [Path(__file__).resolve().parent]
    local = (Path(root) / "lib" / "crosscheck").resolve()
    if local.is_dir() and local not in dirs:
        dirs.append(local)
    return dirs


def _files_under(folder: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__" and not d.startswith("."))
        for name in sorted(filenames):
            if name.endswith((".pyc", ".pyo", ".lock")) or name.startswith("."):
                continue
            yield Path(dirpath) / name


def _digest_files(digest, label: str, folder: Path) -> None:
    if not folder.is_dir():
        digest.update(f"{label}: absent\0".encode())
        return
    for path in _files_under(folder):
        rel = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        digest.update(f"{label}/{rel}\0{len(data)}\0".encode())
        digest.update(data)


def shared_digest(root: Path) -> str:
    """SHA-256 over what every notebook reads: ledger/, seeds/ and the library source."""
    digest = hashlib.sha256(f"crosscheck-site {CACHE_VERSION}\0".encode())
    for name in HASHED_DIRS:
        _digest_files(digest, name, Path(root) / name)
    for number, folder in enumerate(_library_dirs(root)):
        _digest_files(digest, f"lib{number}", folder)
    return digest.hexdigest()


def notebook_key(path: Path, shared: str) -> str:
    digest = hashlib.sha256(shared.encode())
    digest.update(path.name.encode() + b"\0")
    digest.update(path.read_bytes())
    return digest.hexdigest()


# ------------------------------------------------------------------------------------------ execution

@dataclass
class Executed:
    """The outcome of executing one notebook: the notebook node, or the one-line error."""

    path: Path
    nb: Any = None
    seconds: float = 0.0
    error: str | None = None


def kernel_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["CROSSCHECK_ROOT"] = str(Path(root).resolve())
    env.setdefault("PYTHONHASHSEED", "0")
    env["JUPYTER_PLATFORM_DIRS"] = env.get("JUPYTER_PLATFORM_DIRS", "1")
    # The kernel is the interpreter running this build: put its bin/ first so 'python' is this one.
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    return env


def _cell_error(nb, exc: BaseException) -> str:
    """'cell N: Type: message' for the cell that failed (N counts every cell, from 1)."""
    for index, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", ()) if cell.get("cell_type") == "code" else ():
            if output.get("output_type") == "error":
                ename, evalue = output.get("ename", "Error"), output.get("evalue", "")
                return f"cell {index}: {ename}: {' '.join(str(evalue).split())}"
    ename = getattr(exc, "ename", None) or type(exc).__name__
    evalue = getattr(exc, "evalue", None) or str(exc).strip().splitlines()[-1:] or [""]
    if isinstance(evalue, list):
        evalue = evalue[0]
    return f"{ename}: {' '.join(str(evalue).split())}"[:500]


def _import_nbformat() -> None:
    """Import nbformat without rfc3987-syntax: jsonschema builds an Earley parser for IRIs when that optional
    package is installed, seconds of start-up for a format check notebooks never use."""
    if "nbformat" in sys.modules:
        return
    blocked = "rfc3987_syntax" not in sys.modules and "jsonschema" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # makes its import fail, quickly
    try:
        import nbformat  # noqa: F401
    finally:
        if blocked and sys.modules.get("rfc3987_syntax", 0) is None:
            del sys.modules["rfc3987_syntax"]


#: The kernels' command-line options (the benchmark's fresh kernels use them too).
KERNEL_ARGS = ("--HistoryManager.enabled=False", "--IPKernelApp.log_level=ERROR")


#: Run once in each pooled kernel right after it starts: note what a fresh namespace holds (for PRELUDE to put
#: back), then make the imports every notebook makes, so they are paid once per kernel (and while the build
#: does other work). A module that fails to import is left for the notebook that needs it to report.
WARM_UP = """\
def _crosscheck_restore(ip=get_ipython(), fresh=dict(get_ipython().user_ns), hidden=dict(get_ipython().user_ns_hidden)):
    for k, v in hidden.items():
        ip.user_ns_hidden.setdefault(k, v)
    for k, v in fresh.items():
        ip.user_ns.setdefault(k, v)
    for k in fresh:  # in the order a fresh kernel has them
        if k in ip.user_ns:
            ip.user_ns[k] = ip.user_ns.pop(k)
_ip = get_ipython()
_ip._crosscheck_restore = _crosscheck_restore
del _crosscheck_restore
try:
    import crosscheck, crosscheck.ledger, crosscheck.present, pandas
except Exception:
    pass
import gc as _gc, warnings as _w
_ip._crosscheck_warnings = list(_w.filters)
_gc.collect()
_gc.freeze()
del _gc, _w, _ip
"""
#: Run before each notebook in a pooled kernel, to give it what a fresh kernel would: an empty user namespace
#: (``%reset -f``) holding what IPython starts it with (the reset drops ``_``, ``__doc__`` and a few more), in
#: the same order, no input history (``In``), the notebooks folder as cwd (and as ``_dh``), the warning
#: filters as after the warm-up with their "once" registries invalidated (so a warning shows in every
#: notebook that triggers it), and the execution counter at 1. What survives the reset's garbage collection
#: (modules, the library's caches) is then frozen (gc.freeze), so the next reset's collection only walks what
#: the next notebook made: a full collection of a heap holding pandas and spaCy costs 0.1-0.3 s.
PRELUDE = """\
%reset -f
import gc as _gc, os as _os, pathlib as _pathlib, warnings as _w
_gc.freeze()
_os.chdir({folder!r})
_ip = get_ipython()
_ip.history_manager.input_hist_parsed[:] = [""]
_ip.history_manager.input_hist_raw[:] = [""]
_ip.history_manager.dir_hist[:] = [_pathlib.Path.cwd()]
_w.filters[:] = getattr(_ip, "_crosscheck_warnings", _w.filters)
getattr(_w, "_filters_mutated", lambda: None)()
_ip.execution_count = 1
del _gc, _os, _pathlib, _w, _ip
getattr(get_ipython(), "_crosscheck_restore", lambda: None)()
"""


class _PooledKernel:
    """One long-lived kernel that executes notebooks one after another, each in an emptied namespace."""

    def __init__(self, env: dict[str, str], cwd: Path, timeout: int):
        self.env, self.cwd, self.timeout = env, cwd, timeout
        self.km = None
        self.kc = None
        self.broken = False
        self._warm = None

    async def start(self) -> None:
        import asyncio

        from jupyter_client.manager import AsyncKernelManager

        self.km = AsyncKernelManager(kernel_name="python3")
        await self.km.start_kernel(extra_arguments=list(KERNEL_ARGS), env=self.env, cwd=str(self.cwd))
        self.kc = self.km.client()
        self.kc.start_channels()
        await self.kc.wait_for_ready(timeout=60)
        self.kc.allow_stdin = False
        self._warm = asyncio.ensure_future(self._run(WARM_UP, timeout=self.timeout))

    async def _run(self, code: str, timeout: float) -> dict | None:
        """Execute code silently (no outputs broadcast, no history, no execution count); the reply's content."""
        import asyncio
        from queue import Empty

        msg_id = self.kc.execute(code, silent=True, store_history=False, allow_stdin=False, stop_on_error=False)
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = await self.kc.get_shell_msg(timeout=1)
            except (Empty, asyncio.TimeoutError):
                if not await self.km.is_alive():
                    raise RuntimeError("the kernel died") from None
                if time.monotonic() > deadline:
                    raise TimeoutError(f"no reply in {timeout}s") from None
                continue
            if reply.get("parent_header", {}).get("msg_id") == msg_id:
                return reply.get("content")

    async def execute(self, path: Path) -> Executed:
        _import_nbformat()
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError

        started = time.perf_counter()
        try:
            nb = nbformat.read(str(path), as_version=4)
        except (OSError, ValueError, nbformat.ValidationError) as exc:  # not a notebook (JSON errors are ValueErrors)
            return Executed(path, None, 0.0, " ".join(f"{type(exc).__name__}: {exc}".split())[:500])
        try:
            if self._warm is not None:
                warm, self._warm = self._warm, None
                await warm  # its content is not checked: a failed import shows again in the notebook
            content = await self._run(PRELUDE.format(folder=str(path.parent)), timeout=60)
            if content and content.get("status") != "ok":
                raise RuntimeError(f"could not reset the kernel: {content.get('ename')}: {content.get('evalue')}")
            client = NotebookClient(
                nb,
                km=self.km,  # not owned: async_execute leaves the kernel running
                timeout=self.timeout,
                kernel_name="python3",
                resources={"metadata": {"path": str(path.parent)}},
                allow_errors=False,
            )
            client.kc = self.kc
            await client.async_execute(reset_kc=False)
        except Exception as exc:  # noqa: BLE001 - CellExecutionError, DeadKernelError, timeouts: reported as this notebook's failure
            if not isinstance(exc, CellExecutionError):
                self.broken = True  # dead, or still busy with a timed-out cell: the next notebook gets a new one
            return Executed(path, None, time.perf_counter() - started, _cell_error(nb, exc))
        return Executed(path, nb, time.perf_counter() - started)

    async def shutdown(self) -> None:
        import asyncio

        if self._warm is not None:
            self._warm.cancel()
            self._warm = None
        try:
            if self.kc is not None:
                self.kc.stop_channels()
        finally:
            self.kc = None
            if self.km is not None:
                km, self.km = self.km, None
                try:
                    await asyncio.wait_for(km.shutdown_kernel(now=True), timeout=30)
                except (TimeoutError, RuntimeError, OSError):  # would not stop in time: make sure the process is gone
                    if km.has_kernel:
                        await km.kill_kernel()


class execute_notebooks:
    """Execute notebooks in ``jobs`` long-lived kernels; iterate to get each outcome as it ends.

    Each kernel executes one notebook after another (in the order given: put the longest first), so
    importing the library, pandas and spaCy and filling the library's in-process caches is paid once per
    kernel rather than once per notebook. Before each notebook the kernel's namespace is emptied
    (``%reset -f``), its cwd set to the notebook's folder and its execution counter reset, so a notebook
    sees nothing another one defined and its outputs are those of a fresh kernel. A kernel that dies or
    times out is replaced. All kernels are shut down at the end, also on failure and on ``close()``.

    The kernels are separate processes; one event loop in a helper thread drives them all and starts at
    once, so the caller can do other work (and render finished notebooks) while they run.
    """

    def __init__(self, paths: Iterable[Path], jobs: int, env: dict[str, str], timeout: int = CELL_TIMEOUT):
        self.paths = list(paths)
        self.jobs = max(1, jobs)
        self.env = env
        self.timeout = timeout
        self._results: queue.Queue = queue.Queue()
        self._done = False
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._thread_main, name="crosscheck-execute", daemon=True)
        self._thread.start()

    def _thread_main(self) -> None:
        import asyncio

        try:
            if self.paths:
                asyncio.run(self._main())
        finally:
            self._results.put(None)

    async def _main(self) -> None:
        import asyncio

        todo = list(self.paths)

        async def worker() -> None:
            kernel: _PooledKernel | None = None
            try:
                while todo and not self._closing.is_set():
                    if kernel is None:
                        kernel = _PooledKernel(self.env, todo[0].parent, self.timeout)
                        try:
                            await kernel.start()
                        except Exception as exc:  # noqa: BLE001 - the kernel would not start: fail the next notebook with the reason
                            path = todo.pop(0)
                            self._results.put(Executed(path, None, 0.0, f"kernel did not start: "
                                                                         f"{type(exc).__name__}: {exc}"))
                            await kernel.shutdown()
                            kernel = None
                            continue
                    if not todo or self._closing.is_set():
                        break
                    path = todo.pop(0)
                    try:
                        outcome = await kernel.execute(path)
                    except BaseException as exc:  # noqa: BLE001 - never leave the consumer waiting; reported as a failure
                        outcome = Executed(path, None, 0.0, f"{type(exc).__name__}: {exc}")
                        kernel.broken = True
                    self._results.put(outcome)
                    if kernel.broken:
                        await kernel.shutdown()
                        kernel = None
            finally:
                if kernel is not None:
                    await kernel.shutdown()

        await asyncio.gather(*(worker() for _ in range(min(self.jobs, len(todo)))))

    def close(self) -> None:
        """Start no further notebook; iterate (or wait) for the running ones and the kernels' shutdown."""
        self._closing.set()

    def __iter__(self) -> Iterator[Executed]:
        try:
            while not self._done:
                item = self._results.get()
                if item is None:
                    self._done = True
                    break
                yield item
        finally:
            self._thread.join(timeout=120)


# ------------------------------------------------------------------------------------------ rendering

def _strip_widgets(nb) -> None:
    """Widget views cannot run offline: replace each with its static text, drop the saved widget state."""
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        for output in cell.get("outputs", ()):
            data = output.get("data")
            if not data or WIDGET_VIEW not in data:
                continue
            del data[WIDGET_VIEW]
            data.pop(WIDGET_STATE, None)
            plain = data.get("text/plain", "")
            data.clear()
            data["text/html"] = ('<div class="cc-widget-note">Interactive control: open this notebook in JupyterLab '
                                 'to use it.</div>')
            data["text/plain"] = plain or "interactive control"


_exporter_lock = threading.RLock()
_exporter = None


def _html_exporter():
    global _exporter
    with _exporter_lock:
        if _exporter is None:
            _import_nbformat()
            from nbconvert import HTMLExporter
            from traitlets.config import Config

            config = Config()
            config.TagRemovePreprocessor.enabled = True
            config.TagRemovePreprocessor.remove_cell_tags = ("remove-cell", "remove_cell")
            config.TagRemovePreprocessor.remove_input_tags = ("remove-input", "remove_input", "hide-input",
                                                              "hide_input")
            config.TagRemovePreprocessor.remove_all_outputs_tags = ("remove-output", "remove_output")
            config.HTMLExporter.exclude_input_prompt = True
            config.HTMLExporter.exclude_output_prompt = True
            _exporter = HTMLExporter(config=config, template_name="crosscheck",
                                     extra_template_basedirs=[str(TEMPLATES)])
        return _exporter


def notebook_title(nb, default: str) -> str:
    for cell in nb.cells:
        if cell.get("cell_type") != "markdown":
            continue
        for line in str(cell.get("source", "")).splitlines():
            match = re.match(r"^\s{0,3}#{1,2}\s+(.+?)\s*#*\s*$", line)
            if match:
                return re.sub(r"[*_`]", "", match.group(1)).strip() or default
    return default


def render_notebook(nb, name: str) -> str:
    """The page for an executed notebook, with the nav and JSON-LD markers still in it."""
    import copy

    nb = copy.deepcopy(nb)
    _strip_widgets(nb)
    nb.metadata["title"] = notebook_title(nb, name)
    with _exporter_lock:
        body, _ = _html_exporter().from_notebook_node(nb, resources={"metadata": {"name": name}})
    return body


# ------------------------------------------------------------------------------------------- the site

@dataclass
class Page:
    name: str          # notebook stem, e.g. "10-request"
    title: str
    html: str          # rendered, the nav marker in place

    @property
    def file(self) -> str:
        return self.name + ".html"

    @property
    def short(self) -> str:
        """The title up to its colon, for the nav ("What happened next: every claim ..." -> "What happened next")."""
        return self.title.split(":", 1)[0].strip() or self.title


@dataclass
class _Cache:
    folder: Path

    def paths(self, name: str) -> tuple[Path, Path, Path]:
        return self.folder / f"{name}.json", self.folder / f"{name}.ipynb", self.folder / f"{name}.html"

    def load(self, name: str, key: str) -> tuple[dict, str] | None:
        meta_path, nb_path, html_path = self.paths(name)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("key") != key or not nb_path.is_file():
                return None
            return meta, html_path.read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None

    def seconds(self, name: str) -> float:
        try:
            return float(json.loads(self.paths(name)[0].read_text(encoding="utf-8")).get("seconds", 0.0))
        except (OSError, ValueError, TypeError):
            return 0.0

    def store(self, name: str, key: str, nb, html: str, title: str, seconds: float) -> None:
        _import_nbformat()
        import nbformat

        self.folder.mkdir(parents=True, exist_ok=True)
        meta_path, nb_path, html_path = self.paths(name)
        atomic_write_text(nb_path, nbformat.writes(nb))
        atomic_write_text(html_path, html)
        atomic_write_text(meta_path, json.dumps({"key": key, "title": title, "seconds": round(seconds, 3)}, indent=1))

    def load_data(self, shared: str) -> dict[str, Any] | None:
        try:
            data = json.loads((self.folder / "_site.data").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data["data"] if data.get("key") == shared else None

    def store_data(self, shared: str, data: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.folder / "_site.data", json.dumps({"key": shared, "data": data}, ensure_ascii=False))

    def prune(self, keep: set[str]) -> None:
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.suffix in (".json", ".ipynb", ".html") and path.stem not in keep:
                path.unlink(missing_ok=True)


def page_for_group(group: str, names: list[str]) -> str | None:
    """The notebook that discusses a claim group: its name's words include the group, else contain it."""
    if not group:
        return None
    group_l = group.lower()
    words = {name: name.lower().split("-") for name in names}
    for name in names:  # 10-request for 'request'
        if group_l in words[name][1:] or group_l == "-".join(words[name][1:]):
            return name
    for name in names:
        if "-".join(words[name][1:]).find(group_l) >= 0:
            return name
    for name in names:
        if group_l in name.lower():
            return name
    return None


def site_data(root: Path, base_url: str | None = None) -> dict[str, Any]:
    """What the index, the claim pages and claims.json need from the ledger (loads and validates it)."""
    from .export import claim_page, claim_review, claim_slug, jsonld_script, published, to_json
    from .ledger import load_ledger
    from .present import claim_memo

    ledger = load_ledger(root)
    claims = []
    for cid, claim in ledger.claims.items():
        rating = published(ledger, cid)
        a = rating.derived
        claims.append({
            "id": cid, "text": claim.text, "summary": claim.summary, "group": claim.group, "status": a.status,
            "published": rating.status, "reviewed": rating.reviewed, "credibility": a.credibility,
            "explanation": a.explanation, "draft": bool(claim.draft), "file": claim_page(cid), "anchor": claim_slug(cid),
            "jsonld": jsonld_script(claim_review(ledger, cid, base_url=base_url)),
            "memo": str(claim_memo(ledger, cid, text=False)),
        })
    documents = [{"id": d, "title": doc.title, "url": doc.metadata.get("url"), "outlet": doc.metadata.get("outlet"),
                  "published": doc.metadata.get("published")} for d, doc in ledger.documents.items()]
    return {"claims_json": to_json(ledger), "claims": claims, "documents": documents}


def build_site(root: str | Path, out: str | Path, jobs: int | None = None, force: bool = False,
               cache_dir: str | Path | None = None, base_url: str | None = None) -> Iterator[str]:
    """Execute the notebooks (those whose inputs changed, or all with ``force``) and write the site to ``out``.

    The cache lives in ``cache_dir``, else ``$CROSSCHECK_SITE_CACHE``, else ``root/build/cache``. ``base_url`` is
    the address the site will be published at (default: ``site.base_url`` in crosscheck.yaml, if any).

    Yields one progress line per step. Raises CrosscheckError (one line per failing notebook, naming it
    and its cell's error; ProblemList for a ledger that fails validation) and leaves ``out`` untouched.
    """
    root = Path(root).resolve()
    out = Path(out)
    if not out.is_absolute():
        out = Path.cwd() / out
    jobs = max(1, int(jobs or os.cpu_count() or 1))
    started = time.perf_counter()

    notebooks = find_notebooks(root)
    names = [p.stem for p in notebooks]
    cache = _Cache(Path(cache_dir or os.environ.get("CROSSCHECK_SITE_CACHE") or root / CACHE_DIR).resolve())
    shared = shared_digest(root)
    keys = {p.stem: notebook_key(p, shared) for p in notebooks}

    pages: dict[str, Page] = {}
    todo: list[Path] = []
    cached_lines = []
    for path in notebooks:
        hit = None if force else cache.load(path.stem, keys[path.stem])
        if hit is None:
            todo.append(path)
        else:
            meta, html = hit
            pages[path.stem] = Page(path.stem, meta.get("title") or path.stem, html)
            cached_lines.append(f"cached   {path.name}")
    # Longest first (by the last recorded run), so the workers finish together.
    todo.sort(key=lambda p: -cache.seconds(p.stem))
    running = execute_notebooks(todo, jobs, kernel_env(root)) if todo else None
    try:
        yield from cached_lines
        if running:
            yield f"executing {len(todo)} notebook(s) on {min(jobs, len(todo))} kernel(s)"
        # The ledger's part (validation, statuses, claims.json, claim pages, JSON-LD) while the kernels run.
        site_url = _base_url(root, base_url)
        data_key = f"{shared} {site_url or ''}"
        data = None if force else cache.load_data(data_key)
        if data is None:
            data = site_data(root, site_url)
            cache.store_data(data_key, data)
        failures: list[CrosscheckError] = []
        for outcome in running or ():
            rel = outcome.path.relative_to(root).as_posix()
            if outcome.error:
                failures.append(CrosscheckError(f"failed at {outcome.error}", rel))
                yield f"FAILED   {outcome.path.name}: {outcome.error}"
                continue
            name = outcome.path.stem
            title = notebook_title(outcome.nb, name)
            html = render_notebook(outcome.nb, name)
            cache.store(name, keys[name], outcome.nb, html, title, outcome.seconds)
            pages[name] = Page(name, title, html)
            yield f"executed {outcome.path.name} in {outcome.seconds:.1f}s"
    finally:
        if running:
            running.close()  # on an early exit, start no further notebook
            for _ in running:  # let the running ones finish and the kernels shut down
                pass
    if failures:
        raise failures[0] if len(failures) == 1 else ProblemList(failures)
    cache.prune(set(names))

    ordered = [pages[n] for n in names]
    _write_site(data, ordered, out, cache)
    yield (f"wrote {_display(out)}: index.html, {len(ordered)} page(s), {len(data['claims'])} claim page(s), "
           f"claims.json in {time.perf_counter() - started:.1f}s")
    if not site_url:
        yield ("note: ClaimReview addresses are relative to the site; give the address it will be published at "
               "with --base-url or site.base_url in crosscheck.yaml")


def _base_url(root: Path, given: str | None) -> str | None:
    from .settings import base_url, load_settings

    return base_url(given) if given else load_settings(root).base_url


def _display(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix() or "."
    except ValueError:
        return str(path)


def _write_site(data: dict[str, Any], pages: list[Page], out: Path, cache: "_Cache") -> None:
    names = [p.name for p in pages]
    claim_page = {c["id"]: page_for_group(c["group"], names) for c in data["claims"]}
    out.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.building-"))
    try:
        (building / "assets").mkdir()
        shutil.copyfile(TEMPLATES / "site" / "crosscheck.css", building / "assets" / "crosscheck.css")
        (building / "claims.json").write_text(data["claims_json"], encoding="utf-8", newline="")
        for page in pages:
            (building / page.file).write_text(page.html.replace(NAV_MARK, _nav(pages, page.name), 1), encoding="utf-8")
        by_name = {p.name: p for p in pages}
        for claim in data["claims"]:
            path = building / claim["file"]
            path.parent.mkdir(exist_ok=True)
            path.write_text(_claim_page(claim, pages, by_name.get(claim_page[claim["id"]])), encoding="utf-8")
        (building / "index.html").write_text(_index(data, pages, claim_page), encoding="utf-8")
        for folder in (building, building / "assets", building / "claims"):
            if folder.is_dir():
                os.chmod(folder, 0o755)
        _swap(building, out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise


def _swap(new: Path, out: Path) -> None:
    """Put ``new`` where ``out`` is; the old site stays whole until the new one is in place."""
    if out.is_symlink() or out.is_file():
        out.unlink()
    if not out.exists():
        os.replace(new, out)
        return
    old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
    os.replace(out, old / "site")
    try:
        os.replace(new, out)
    except BaseException:
        os.replace(old / "site", out)
        raise
    finally:
        shutil.rmtree(old, ignore_errors=True)


_env = None


def _jinja():
    global _env
    if _env is None:
        import jinja2

        _env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES / "site")), autoescape=True,
                                  trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return _env


def _nav(pages: list[Page], current: str, prefix: str = "") -> str:
    return _jinja().get_template("nav.html.j2").render(pages=pages, current=current, prefix=prefix)


def _badge(status: str):
    from markupsafe import Markup

    from .present import status_badge

    return Markup(status_badge(status))


def _link(address, text):
    """A link for an http(s) address only (a javascript: or data: address in the ledger stays text)."""
    from markupsafe import Markup

    from .present import link

    return Markup(link(address, text))


def _claim_page(claim: dict[str, Any], pages: list[Page], page: Page | None) -> str:
    from markupsafe import Markup

    return _jinja().get_template("claim.html.j2").render(
        claim=claim, page=page, nav=Markup(_nav(pages, "", prefix="../")), jsonld=Markup(claim["jsonld"]),
        memo=Markup(claim["memo"]))


def _index(data: dict[str, Any], pages: list[Page], claim_page: dict) -> str:
    from markupsafe import Markup

    titles = {p.name: p.title for p in pages}
    rows = []
    for claim in data["claims"]:
        page = claim_page[claim["id"]]
        rows.append({**claim, "page": (page + ".html") if page else None,
                     "page_title": titles.get(page, "") if page else ""})
    counts: dict[str, int] = {}
    for row in rows:
        counts[row["published"]] = counts.get(row["published"], 0) + 1
    return _jinja().get_template("index.html.j2").render(
        rows=rows, pages=pages, documents=data["documents"], counts=counts, badge=_badge, link=_link,
        reviewed=sum(1 for row in rows if row["reviewed"]), nav=Markup(_nav(pages, "index")),
    )
