"""The built site in Debian's Chromium, opened from disk: every claim shown, every link works, nothing
logs an error, nothing is requested from anywhere but the disk, the JSON-LD parses, the figures render.

Chromium missing is a failure, not a skip (tests/conftest.py): CI installs it (.ci/run).
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

LOCAL_SCHEMES = {"file", "data", "about", "blob"}


class Watch:
    """Everything a page logged as an error, and every request it made."""

    def __init__(self, page):
        self.errors: list[str] = []
        self.requests: list[str] = []
        page.on("console", lambda m: m.type == "error" and self.errors.append(f"console: {m.text} ({page.url})"))
        page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e} ({page.url})"))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("websocket", lambda ws: self.requests.append(ws.url))

    def remote(self) -> list[str]:
        return [url for url in self.requests if urlparse(url).scheme not in LOCAL_SCHEMES]


@pytest.fixture(scope="module")
def site(built_site, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    context.set_default_timeout(20_000)
    try:
        yield built_site, context
    finally:
        context.close()


def _open(context, url: str):
    page = context.new_page()
    watch = Watch(page)
    page.goto(url, wait_until="load")
    return page, watch


def _pages(site_dir: Path) -> list[Path]:
    return sorted(site_dir.glob("*.html"))


def test_index_shows_every_claim_with_its_status(site):
    site_dir, context = site
    claims = json.loads((site_dir / "claims.json").read_text(encoding="utf-8"))["claims"]
    page, watch = _open(context, (site_dir / "index.html").as_uri())
    try:
        for claim in claims:
            row = page.locator(f'tr[data-claim="{claim["id"]}"]')
            assert row.count() == 1, claim["id"]
            assert row.is_visible()
            assert row.locator(".cc-status").inner_text().strip() == claim["status"]
            assert claim["text"][:40] in " ".join(row.inner_text().split())
        assert not watch.errors and not watch.remote(), (watch.errors, watch.remote())
    finally:
        page.close()


def test_every_link_opens_its_page(site):
    site_dir, context = site
    index, watch = _open(context, (site_dir / "index.html").as_uri())
    hrefs = sorted({h for h in index.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
                    if not urlparse(h).scheme and not h.startswith("#")})
    index.close()
    expected = {p.name for p in _pages(site_dir) if p.name != "index.html"} | {"claims.json", "index.html"}
    assert expected <= set(hrefs) | {"index.html"}, set(hrefs) ^ expected
    for href in hrefs:
        page, watch = _open(context, (site_dir / "index.html").as_uri())
        try:
            link = page.locator(f'a[href="{href}"]').first
            with page.expect_navigation(wait_until="load"):
                link.click()
            assert page.url.endswith("/" + href), (href, page.url)
            if href.endswith(".html"):
                assert page.title().strip(), href
                assert page.locator("main").inner_text().strip(), f"{href} is blank"
            assert not watch.errors and not watch.remote(), (href, watch.errors, watch.remote())
        finally:
            page.close()


def test_no_page_logs_an_error_or_loads_from_the_network(site):
    site_dir, context = site
    problems = []
    for path in _pages(site_dir):
        page, watch = _open(context, path.as_uri())
        page.wait_for_timeout(150)  # late scripts, style sheets and fonts
        # Open every folded code cell too: nothing in them may break either.
        page.eval_on_selector_all("details", "els => els.forEach(e => e.open = true)")
        page.wait_for_timeout(50)
        problems += watch.errors + [f"{path.name} requested {url}" for url in watch.remote()]
        page.close()
    assert not problems, "\n".join(problems)


def test_json_ld_blocks_parse(site):
    site_dir, context = site
    claim_ids = {c["id"] for c in json.loads((site_dir / "claims.json").read_text(encoding="utf-8"))["claims"]}
    seen = []
    for path in _pages(site_dir):
        page, _ = _open(context, path.as_uri())
        for text in page.eval_on_selector_all('script[type="application/ld+json"]', "els => els.map(e => e.textContent)"):
            data = json.loads(text)
            assert data["@type"] == "ClaimReview" and data["@context"] == "https://schema.org"
            seen.append(data["identifier"])
        page.close()
    assert sorted(seen) == sorted(claim_ids)  # each claim's review exactly once


def _find_page(site_dir: Path, needle: str) -> Path:
    for path in _pages(site_dir):
        if needle in path.read_text(encoding="utf-8"):
            return path
    pytest.fail(f"no page of the site holds {needle!r}", pytrace=False)


def test_timeline_svg_renders(site):
    site_dir, context = site
    path = _find_page(site_dir, "crosscheck-timeline")
    page, watch = _open(context, path.as_uri())
    try:
        svg = page.locator("svg.crosscheck-timeline").first
        box = svg.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 20, box
        assert page.evaluate("() => document.querySelector('svg.crosscheck-timeline').querySelectorAll('rect, line, circle, text').length") > 3
        assert not watch.errors
    finally:
        page.close()


def test_stance_matrix_renders(site):
    site_dir, context = site
    path = _find_page(site_dir, 'id="T_matrix')
    page, watch = _open(context, path.as_uri())
    try:
        table = page.locator('table[id^="T_matrix"]').first
        box = table.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 40, box
        assert table.locator("tbody tr").count() > 0
        assert table.locator("tbody td").first.inner_text().strip()
        assert not watch.errors
    finally:
        page.close()


def test_widgets_are_not_blank(site):
    site_dir, context = site
    for path in _pages(site_dir):
        html = path.read_text(encoding="utf-8")
        assert "application/vnd.jupyter.widget-view+json" not in html, path.name
        assert "application/vnd.jupyter.widget-state+json" not in html, path.name
    review = site_dir / "90-review.html"
    if review.exists():
        page, _ = _open(context, review.as_uri())
        try:
            notes = page.locator(".cc-widget-note, .crosscheck-review")
            assert notes.count() > 0
            assert all(notes.nth(i).inner_text().strip() for i in range(notes.count()))
        finally:
            page.close()
