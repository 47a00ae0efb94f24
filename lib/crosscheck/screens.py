"""Screenshots of a built site, so a reviewer can look without a browser of their own.

``screenshots(site, out)`` opens every page of ``site`` in Debian's Chromium (Playwright), from disk with every
other request refused, and writes ``out/NAME-WIDTH.png`` for each page at 390, 768 and 1280 px wide (the whole
page, not only the first screen) and ``out/NAME-print.pdf`` as it prints (A4). ``out`` must be a new folder or one
this made before (it leaves a ``.crosscheck-screens`` stamp there); in it, old screenshots of pages that no longer
exist are removed (only files of the names this writes).
"""
from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from .errors import CrosscheckError

WIDTHS = (390, 768, 1280)
STAMP = ".crosscheck-screens"
_OURS = re.compile(r"^.+-(?:\d+\.png|print\.pdf)$")


def _claim_folder(out: Path) -> None:
    """Make ``out`` (or take it back): refuse a folder that holds anything this did not make."""
    if out.exists() and not out.is_dir():
        raise CrosscheckError("is a file, not a folder for screenshots; choose a new path", out)
    if out.is_dir() and any(out.iterdir()) and not (out / STAMP).is_file():
        raise CrosscheckError("is a folder that crosscheck did not make for screenshots; choose a new path", out)
    out.mkdir(parents=True, exist_ok=True)
    (out / STAMP).write_text("screenshots written by crosscheck.screens; the folder may be removed\n", encoding="utf-8")


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise CrosscheckError("chromium is not installed (Debian: apt-get install chromium); no screenshots taken")
    return path


def _name(site: Path, page: Path) -> str:
    return page.relative_to(site).with_suffix("").as_posix().replace("/", "--")


def screenshots(site: str | Path, out: str | Path, browser=None) -> Iterator[str]:
    """Write the screenshots and PDFs of every page of ``site`` into ``out``; yields one line per page.
    ``browser``: a Playwright Chromium to use (default: launch Debian's Chromium for the run)."""
    site, out = Path(site), Path(out)
    pages = sorted(site.rglob("*.html"))
    if not pages:
        raise CrosscheckError("no pages to photograph (build the site first)", site)
    _claim_folder(out)
    written: set[str] = set()
    if browser is not None:
        yield from _photograph(browser, site, pages, out, written)
    else:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:
            raise CrosscheckError("screenshots need Playwright (pip install -e '.[test]')") from None
        with sync_playwright() as p:
            launched = p.chromium.launch(executable_path=_chromium(), args=["--no-sandbox", "--disable-gpu"])
            try:
                yield from _photograph(launched, site, pages, out, written)
            finally:
                launched.close()
    for stale in out.iterdir():
        if stale.is_file() and _OURS.match(stale.name) and stale.name not in written:
            stale.unlink()


def _photograph(browser, site: Path, pages: list[Path], out: Path, written: set[str]) -> Iterator[str]:
    from .audit import local_only

    context = browser.new_context(viewport={"width": WIDTHS[-1], "height": 900})
    context.route("**/*", local_only)
    try:
        page = context.new_page()
        for path in pages:
            name = _name(site, path)
            page.goto(path.resolve().as_uri(), wait_until="load")
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                page.screenshot(path=str(out / f"{name}-{width}.png"), full_page=True)
                written.add(f"{name}-{width}.png")
            page.pdf(path=str(out / f"{name}-print.pdf"), format="A4", print_background=True)
            written.add(f"{name}-print.pdf")
            yield f"screens  {path.relative_to(site).as_posix()}: {', '.join(map(str, WIDTHS))} px, print"
    finally:
        context.close()
