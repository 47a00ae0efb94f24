"""The built site in Debian's Chromium, opened from disk: every claim shown, every link works, nothing
logs an error, nothing is requested from anywhere but the disk, the JSON-LD parses, the figures render.

Chromium missing is a failure, not a skip (tests/conftest.py): CI installs it (.ci/run).
"""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse

import pytest

from conftest import ROOT
from crosscheck.audit import (
    PRINT_WIDTH, WIDTHS, axe_violations, claim_review_problems, claim_reviews, layout, local_only, rating_problems,
)
from crosscheck.ledger import load_ledger

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
    return sorted(site_dir.rglob("*.html"))


def test_index_shows_every_claim_with_its_status(site):
    site_dir, context = site
    claims = json.loads((site_dir / "claims.json").read_text(encoding="utf-8"))["claims"]
    page, watch = _open(context, (site_dir / "index.html").as_uri())
    try:
        for claim in claims:
            row = page.locator(f'tr[data-claim="{claim["id"]}"]')
            assert row.count() == 1, claim["id"]
            assert row.is_visible()
            assert row.locator(".cc-derived .cc-status").inner_text().strip() == claim["status"]
            assert row.locator(".cc-published-cell .cc-status").inner_text().strip() == claim["published"]["status"]
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
    expected = {p.relative_to(site_dir).as_posix() for p in _pages(site_dir)} | {"claims.json"}
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


def test_json_ld_blocks_parse_and_each_claim_page_carries_its_review(site):
    site_dir, context = site
    claim_ids = {c["id"] for c in json.loads((site_dir / "claims.json").read_text(encoding="utf-8"))["claims"]}
    seen = []
    for path in _pages(site_dir):
        page, _ = _open(context, path.as_uri())
        blocks = page.eval_on_selector_all('script[type="application/ld+json"]', "els => els.map(e => e.textContent)")
        page.close()
        assert len(blocks) == (1 if path.parent.name == "claims" else 0), path.name  # Google: one a page
        for text in blocks:
            data = json.loads(text)
            assert data["@type"] == "ClaimReview" and data["@context"] == "https://schema.org"
            assert data["url"].endswith("claims/" + path.name)
            seen.append(data["identifier"])
    assert sorted(seen) == sorted(claim_ids)  # each claim's review exactly once


def _find_page(site_dir: Path, needle: str) -> Path:
    for path in _pages(site_dir):
        if needle in path.read_text(encoding="utf-8"):
            return path
    pytest.fail(f"no page of the site holds {needle!r}", pytrace=False)


def test_timeline_svg_renders(site):
    site_dir, context = site
    path = _find_page(site_dir, "cc-chart-timeline")
    page, watch = _open(context, path.as_uri())
    try:
        svg = page.locator("svg.cc-chart-timeline").first
        box = svg.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 20, box
        assert page.evaluate("() => document.querySelector('svg.cc-chart-timeline').querySelectorAll('path, text').length") > 3
        assert not watch.errors
    finally:
        page.close()


def test_stance_matrix_renders(site):
    site_dir, context = site
    path = _find_page(site_dir, "cc-table-matrix")
    page, watch = _open(context, path.as_uri())
    try:
        table = page.locator("table.cc-table-matrix").first
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


# ------------------------------------------------------------------------------------------ as an editor reads it

def test_every_page_reads_at_every_width_and_in_print(built_site, browser):
    """Nothing wider than the viewport outside a scroll box at 390, 768 and 1280 px, nor on paper; no SVG text
    clipped or overlapping; no cell cut with "..."; no printed tuple; no code fold with nothing under it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", local_only)
    page = context.new_page()
    problems = []
    try:
        for path in _pages(built_site):
            name = path.relative_to(built_site).as_posix()
            page.goto(path.as_uri(), wait_until="load")
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 900})
                found = layout(page)
                problems += [f"{name} at {width}px: {w}" for w in found["wide"]]
                if found["scroll_width"] > found["width"]:
                    problems.append(f"{name} at {width}px scrolls sideways ({found['scroll_width']}px)")
                problems += [f"{name} at {width}px: svg {s}" for s in found["svg"]]
            problems += [f"{name}: cut cell {c[-40:]!r}" for c in found["cut"]]
            problems += [f"{name}: printed tuple {t[:40]!r}" for t in found["tuples"]]
            problems += [f"{name}: {found['empty_folds']} empty code fold(s)"] if found["empty_folds"] else []
            page.emulate_media(media="print")
            page.set_viewport_size({"width": PRINT_WIDTH, "height": 1100})
            printed = layout(page, True)
            problems += [f"{name} in print: {w}" for w in printed["wide"]]
            page.emulate_media(media="screen")
    finally:
        context.close()
    assert not problems, "\n".join(problems[:40])


def test_print_hides_the_nav_and_code_and_prints_every_address(built_site, browser):
    context = browser.new_context(viewport={"width": PRINT_WIDTH, "height": 1100})
    context.route("**/*", local_only)
    page = context.new_page()
    try:
        page.goto((built_site / "87-what-happened-next.html").as_uri(), wait_until="load")
        page.emulate_media(media="print")
        hidden = page.evaluate("""() => [...document.querySelectorAll('nav, details.cc-code')]
            .every(e => getComputedStyle(e).display === 'none')""")
        assert hidden
        addresses = page.evaluate("""() => [...document.querySelectorAll('main a[href^="http"]')]
            .map(a => [a.href, getComputedStyle(a, '::after').content])""")
        assert len(addresses) >= 20
        assert all(href.rstrip("/") in content or href in content for href, content in addresses), addresses[:3]
        assert page.evaluate("() => getComputedStyle(document.querySelector('h2')).breakAfter") == "avoid"
        pdf = page.pdf(format="A4")
        assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    finally:
        context.close()


def test_the_nav_collapses_on_a_phone(built_site, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto((built_site / "80-crosscheck.html").as_uri(), wait_until="load")
        nav = page.locator("nav.cc-nav").bounding_box()
        assert nav["height"] < 0.1 * 844, nav
        assert page.evaluate("() => getComputedStyle(document.querySelector('nav.cc-nav')).position") != "sticky"
        page.locator("nav .cc-menu > summary").click()
        assert page.locator("nav .cc-menu a").count() == len(list(built_site.glob("*.html"))) - 1
        page.set_viewport_size({"width": 1280, "height": 900})
        assert page.locator("nav .cc-menu").is_hidden() and page.locator("nav .cc-links").is_visible()
    finally:
        context.close()


def test_axe_finds_nothing_on_any_page(built_site, browser):
    """axe-core (bundled with axe-playwright-python: nothing fetched), its default rules: WCAG 2.0/2.1 A and AA
    and its best practices, on every page."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route("**/*", local_only)
    page = context.new_page()
    found = {}
    try:
        for path in _pages(built_site):
            page.goto(path.as_uri(), wait_until="load")
            violations = axe_violations(page)
            if violations:
                found[path.relative_to(built_site).as_posix()] = violations
    finally:
        context.close()
    assert found == {}


def test_every_claim_review_meets_googles_properties_as_extruct_reads_it(built_site):
    reviews = []
    for path in _pages(built_site):
        found = claim_reviews(path.read_text(encoding="utf-8"))
        for review in found:
            assert claim_review_problems(review) == [], (path.name, claim_review_problems(review))
        reviews += found
    assert len(reviews) == len(load_ledger(ROOT).claims)
    assert rating_problems(reviews) == []


def _chart_page(folder: Path, claims: int, days: int, width: int) -> Path:
    import datetime as dt

    import pandas as pd

    from crosscheck.present import STATUS_COLOURS, status_by_day_chart

    statuses = list(STATUS_COLOURS)
    columns = [(dt.date(2026, 1, 1) + dt.timedelta(days=d)).isoformat() for d in range(days)]
    frame = pd.DataFrame.from_dict({f"claim-{c}-{'long-name-' * (c % 4)}end": [statuses[(c * d) % 5] for d in range(days)]
                                    for c in range(claims)}, orient="index", columns=columns)
    path = folder / f"chart-{claims}-{days}-{width}.html"
    path.write_text(f"<!DOCTYPE html><html><body>{status_by_day_chart(frame)}</body></html>", encoding="utf-8")
    return path


@pytest.mark.parametrize("claims, days", [(1, 1), (3, 40), (60, 3), (25, 8)])
def test_the_status_chart_never_overlaps_or_clips_its_text(tmp_path, browser, claims, days):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto(_chart_page(tmp_path, claims, days, 1280).as_uri(), wait_until="load")
        found = layout(page)
        assert found["svg"] == [], found["svg"][:5]
        texts = page.evaluate("() => document.querySelectorAll('svg text').length")
        assert texts >= claims + 2 * days  # every claim labelled, every day's two lines, the legend
    finally:
        context.close()
