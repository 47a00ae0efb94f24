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
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CrosscheckError, ProblemList
from .kernels import KERNEL_ARGS, Executed, execute_notebooks, import_nbformat, kernel_env  # noqa: F401 (re-exported)
from .yamlio import atomic_write_text, write_error

#: Bumped whenever the cache's layout or the rendering changes in a way the key would not see.
CACHE_VERSION = "1"
CACHE_DIR = Path("build") / "cache"
NOTEBOOKS_DIR = "notebooks"
HASHED_DIRS = ("ledger", "seeds")
TEMPLATES = Path(__file__).resolve().parent / "templates"
NAV_MARK = "<!-- crosscheck:nav -->"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


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
            import_nbformat()
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


CACHE_STAMP = ".crosscheck-cache"


@dataclass
class _Cache:
    """The executed notebooks, pages and site data of earlier builds, in a folder of crosscheck's own."""

    folder: Path

    @classmethod
    def at(cls, root: Path, given: str | Path | None) -> "_Cache":
        """The cache in ``given`` (``--cache``, ``$CROSSCHECK_SITE_CACHE``), else ``root/build/cache``.

        A folder given by the user is used only when it is new, empty or marked as a crosscheck cache
        (``.crosscheck-cache``, written when crosscheck makes it) and lies outside ledger/, seeds/ and .git/:
        the cache prunes what it no longer needs, and must never delete or write over a user's files.
        """
        if not given:
            return cls((root / CACHE_DIR).resolve())
        from .outputs import protected

        folder = Path(given).resolve()
        why = protected(folder, root)
        if why:
            raise CrosscheckError(f"{why}; point $CROSSCHECK_SITE_CACHE at a folder of its own", given)
        if folder.exists() and not folder.is_dir():
            raise CrosscheckError("is not a folder; point $CROSSCHECK_SITE_CACHE at a folder of its own", given)
        if folder.is_dir() and any(folder.iterdir()) and not (folder / CACHE_STAMP).is_file():
            raise CrosscheckError(f"holds files crosscheck did not make (no {CACHE_STAMP} in it), and the site cache "
                                  "deletes what it no longer needs; point $CROSSCHECK_SITE_CACHE at a new or empty "
                                  "folder", given)
        return cls(folder)

    def _made(self) -> None:
        if not (self.folder / CACHE_STAMP).exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            atomic_write_text(self.folder / CACHE_STAMP, "crosscheck build-site's cache: executed notebooks and "
                                                         "pages; safe to delete\n")

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
        import_nbformat()
        import nbformat

        self._made()
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
        self._made()
        atomic_write_text(self.folder / "_site.data", json.dumps({"key": shared, "data": data}, ensure_ascii=False))

    def prune(self, keep: set[str]) -> None:
        """Remove the cached notebooks no longer in the workbook (only in a folder marked as the cache)."""
        if not (self.folder / CACHE_STAMP).is_file():
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
    from .outputs import check_site_folder, resolve_output

    root = Path(root).resolve()
    shown = out
    out = resolve_output(out, root)
    check_site_folder(out, root, shown)  # refuse before any work; checked again under the lock below
    jobs = max(1, int(jobs or os.cpu_count() or 1))
    started = time.perf_counter()

    notebooks = find_notebooks(root)
    names = [p.stem for p in notebooks]
    cache = _Cache.at(root, cache_dir or os.environ.get("CROSSCHECK_SITE_CACHE"))
    shared = shared_digest(root)
    keys = {p.stem: notebook_key(p, shared) for p in notebooks}
    pages, todo = _cached_pages(notebooks, cache, keys, force)
    running = execute_notebooks(todo, jobs, kernel_env(root)) if todo else None
    failures: list[CrosscheckError] = []
    try:
        yield from (f"cached   {name}.ipynb" for name in pages)
        if running:
            yield f"executing {len(todo)} notebook(s) on {min(jobs, len(todo))} kernel(s)"
        # The ledger's part (validation, statuses, claims.json, claim pages, JSON-LD) while the kernels run.
        site_url = _base_url(root, base_url)
        data = _ledger_data(root, cache, f"{shared} {site_url or ''}", site_url, force)
        yield from _collect(running, root, cache, keys, pages, failures)
    finally:
        if running:
            running.close()  # on an early exit, start no further notebook
            for _ in running:  # let the running ones finish and the kernels shut down
                pass
    if failures:
        raise failures[0] if len(failures) == 1 else ProblemList(failures)
    cache.prune(set(names))
    ordered = [pages[n] for n in names]
    _publish(data, ordered, out, root, shown, cache)
    yield (f"wrote {_display(out)}: index.html, {len(ordered)} page(s), {len(data['claims'])} claim page(s), "
           f"claims.json in {time.perf_counter() - started:.1f}s")
    if not site_url:
        yield ("note: ClaimReview addresses are relative to the site; give the address it will be published at "
               "with --base-url or site.base_url in crosscheck.yaml")


def _cached_pages(notebooks: list[Path], cache: _Cache, keys: dict[str, str],
                  force: bool) -> tuple[dict[str, Page], list[Path]]:
    """The pages the cache holds for unchanged notebooks, and the notebooks to run (longest first, by the last
    recorded run, so the workers finish together)."""
    pages: dict[str, Page] = {}
    todo: list[Path] = []
    for path in notebooks:
        hit = None if force else cache.load(path.stem, keys[path.stem])
        if hit is None:
            todo.append(path)
        else:
            meta, html = hit
            pages[path.stem] = Page(path.stem, meta.get("title") or path.stem, html)
    todo.sort(key=lambda p: -cache.seconds(p.stem))
    return pages, todo


def _ledger_data(root: Path, cache: _Cache, key: str, site_url: str | None, force: bool) -> dict[str, Any]:
    data = None if force else cache.load_data(key)
    if data is None:
        data = site_data(root, site_url)
        cache.store_data(key, data)
    return data


def _collect(running, root: Path, cache: _Cache, keys: dict[str, str], pages: dict[str, Page],
             failures: list[CrosscheckError]) -> Iterator[str]:
    """Each finished notebook rendered and cached into ``pages`` (a failure into ``failures``), with a line."""
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


def _publish(data: dict[str, Any], pages: list[Page], out: Path, root: Path, shown, cache: _Cache) -> None:
    """Write the site whole under the outputs' lock, the folder checked again there."""
    from .outputs import check_site_folder, output_lock

    with output_lock(root):
        check_site_folder(out, root, shown)
        try:
            _write_site(data, pages, out, cache)
        except OSError as error:  # a full disk, a read-only folder: the half-built folder is gone already
            raise write_error(error, out, "nothing was changed (an old site there is as it was)") from None


def _base_url(root: Path, given: str | None) -> str | None:
    from .settings import base_url, load_settings

    return base_url(given) if given else load_settings(root).base_url


def _display(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix() or "."
    except ValueError:
        return str(path)


def _write_site(data: dict[str, Any], pages: list[Page], out: Path, cache: "_Cache") -> None:
    from .outputs import write_stamp

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
        write_stamp(building, "build-site")
        _swap(building, out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise


def _swap(new: Path, out: Path) -> None:
    """Put ``new`` where ``out`` is; the old site stays whole until the new one is in place.

    ``out`` is absent or a site folder this command made (see crosscheck.outputs, checked by the caller).
    """
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
