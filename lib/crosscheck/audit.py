"""The built site read as an editor's browser and a search engine read it.

- ``claim_review_problems(review)``: what one ClaimReview (as extruct reads it) lacks or gets wrong against
  Google's documented required and recommended properties and schema.org's vocabulary;
  ``rating_problems(reviews)``: verdicts that share a rating number;
- ``LAYOUT_JS``: run in a page, lists what is wider than the viewport outside a scroll box, clipped or
  overlapping SVG text, cells cut with "...", outputs that are a bare tuple and code folds with nothing
  under them;
- ``audit_page(browser, path)``: all of it for one page at 390, 768 and 1280 px and in print, with axe-core's
  violations, WCAG 2.1 A/AA and best practices (the copy bundled with axe-playwright-python: nothing is fetched).

Google's guidance: https://developers.google.com/search/docs/appearance/structured-data/factcheck
(``url`` and ``claimReviewed`` and ``reviewRating.alternateName`` required; ``author``, ``datePublished``,
``itemReviewed`` with its ``author``, ``datePublished`` and ``appearance`` recommended; ``claimReviewed``
best under 75 characters; one ClaimReview a page).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from .claims import SUMMARY_LIMIT

WIDTHS = (390, 768, 1280)
#: A4 less 15 mm margins each side, in CSS pixels (96 per inch).
PRINT_WIDTH = round((210 - 30) / 25.4 * 96)
CLAIM_REVIEWED_LIMIT = SUMMARY_LIMIT

#: The schema.org properties each type the site's ClaimReviews use may carry (a subset of schema.org's, the ones
#: that make sense here); anything else is reported, for instance jobTitle on an Organization (Person only).
PROPERTIES = {
    "ClaimReview": {"url", "claimReviewed", "reviewRating", "author", "datePublished", "itemReviewed", "reviewBody",
                    "name", "identifier", "inLanguage", "publisher", "dateModified", "description"},
    "Claim": {"author", "datePublished", "appearance", "firstAppearance", "name", "description", "url"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "alternateName", "name", "ratingExplanation", "description"},
    "Person": {"name", "jobTitle", "url", "sameAs", "affiliation", "description"},
    "Organization": {"name", "url", "sameAs", "description"},
    "NewsArticle": {"headline", "name", "url", "datePublished", "publisher", "author", "inLanguage"},
    "CreativeWork": {"headline", "name", "url", "datePublished", "publisher", "author", "inLanguage"},
}


def _type(node: Any) -> str:
    kind = node.get("@type") if isinstance(node, dict) else None
    return kind[0] if isinstance(kind, list) and kind else (kind or "")


def _vocabulary(node: Any, where: str) -> list[str]:
    """Properties that schema.org does not give this node's type (recursively)."""
    if isinstance(node, list):
        return [p for item in node for p in _vocabulary(item, where)]
    if not isinstance(node, dict):
        return []
    kind = _type(node)
    allowed = PROPERTIES.get(kind)
    problems = [] if allowed is not None else [f"{where}: type {kind or '(none)'} is not one the site should use"]
    for key, value in node.items():
        if key.startswith("@"):
            continue
        if allowed is not None and key not in allowed:
            problems.append(f"{where}: {key} is not a property of {kind}")
        problems += _vocabulary(value, f"{where}.{key}")
    return problems


def _is_date(value: Any) -> bool:
    try:
        dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return False
    return True


def _named(node: Any) -> bool:
    return isinstance(node, dict) and _type(node) in ("Person", "Organization") and bool(str(node.get("name", "")).strip())


def claim_review_problems(review: dict, base_url: str | None = None) -> list[str]:
    """Everything Google's required and recommended properties ask of ``review`` that it lacks, and every
    property schema.org does not define for its type. ``base_url``: the address ``url`` must start with."""
    problems = []
    url = str(review.get("url") or "")
    if not url:
        problems.append("url missing")
    elif base_url and not url.startswith(base_url):
        problems.append(f"url {url} is not under {base_url}")
    text = str(review.get("claimReviewed") or "")
    if not text.strip():
        problems.append("claimReviewed missing")
    elif len(text) > CLAIM_REVIEWED_LIMIT:
        problems.append(f"claimReviewed is {len(text)} characters (Google: under {CLAIM_REVIEWED_LIMIT})")
    problems += _rating_problems(review.get("reviewRating"))
    if not _named(review.get("author")):
        problems.append("author (a named Organization or Person) missing")
    if not _is_date(review.get("datePublished")):
        problems.append("datePublished missing or not a date")
    problems += _item_problems(review.get("itemReviewed"))
    return problems + _vocabulary(review, "ClaimReview")


def _rating_problems(rating: Any) -> list[str]:
    if not isinstance(rating, dict):
        return ["reviewRating missing"]
    problems = [] if str(rating.get("alternateName") or "").strip() else ["reviewRating.alternateName missing"]
    numbers = {}
    for key in ("ratingValue", "bestRating", "worstRating"):
        try:
            numbers[key] = float(rating[key])
        except (KeyError, TypeError, ValueError):
            problems.append(f"reviewRating.{key} missing or not a number")
    if len(numbers) == 3 and not numbers["worstRating"] <= numbers["ratingValue"] <= numbers["bestRating"]:
        problems.append("reviewRating.ratingValue outside worstRating..bestRating")
    return problems


def _item_problems(item: Any) -> list[str]:
    if not isinstance(item, dict) or _type(item) != "Claim":
        return ["itemReviewed (a Claim) missing"]
    problems = [] if _named(item.get("author")) else ["itemReviewed.author (who made the claim) missing"]
    if not _is_date(item.get("datePublished")):
        problems.append("itemReviewed.datePublished missing")
    appearance = item.get("appearance")
    appearances = appearance if isinstance(appearance, list) else [appearance]
    if not appearance or not all(isinstance(a, dict) and str(a.get("url") or "") for a in appearances):
        problems.append("itemReviewed.appearance (with its url) missing")
    return problems


def rating_problems(reviews: list[dict]) -> list[str]:
    """Rating numbers shared by two verdicts, or one verdict rated with two numbers, across ``reviews``. The
    verdict is the rating's ``name`` (crosscheck's status word), else its ``alternateName``."""
    numbers: dict[str, set] = {}
    for review in reviews:
        rating = review.get("reviewRating") or {}
        numbers.setdefault(str(rating.get("name") or rating.get("alternateName")), set()).add(rating.get("ratingValue"))
    problems = [f"{name} is rated {sorted(map(str, values))}" for name, values in numbers.items() if len(values) > 1]
    owners: dict[Any, list[str]] = {}
    for name, values in numbers.items():
        for value in values:
            owners.setdefault(value, []).append(name)
    problems += [f"rating {value} stands for {', '.join(sorted(names))}" for value, names in owners.items()
                 if len(names) > 1]
    return problems


def claim_reviews(html: str, url: str = "") -> list[dict]:
    """The ClaimReviews in a page's JSON-LD, read with extruct (as search engines' consumers read it)."""
    import extruct

    found = extruct.extract(html, base_url=url or None, syntaxes=["json-ld"], uniform=True)["json-ld"]
    items = []
    for item in found:
        items += item.get("@graph", [item]) if isinstance(item, dict) else []
    return [item for item in items if _type(item) == "ClaimReview"]


# ------------------------------------------------------------------------------------------ in a browser

#: Run in a page: what an editor would see go wrong. Returns a dict of lists of short descriptions.
LAYOUT_JS = r"""
(print) => {
  const vw = document.documentElement.clientWidth;
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (el.classList.length ? '.' + [...el.classList].slice(0, 2).join('.') : '');
  const scroller = el => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll') return p;
    }
    return null;
  };
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') continue;
    const folded = el.closest('details:not([open])');
    if (folded && !el.closest('summary') && el !== folded) continue;
    const box = print ? null : scroller(el);
    const limit = box ? box.getBoundingClientRect() : {left: 0, right: vw};
    if (box && limit.right <= vw + 1 && limit.left >= -1) continue;
    if (r.right > limit.right + 1 || r.left < limit.left - 1) wide.push(el);
  }
  const outer = wide.filter(el => !wide.some(o => o !== el && o.contains(el)));
  const svg = [];
  for (const s of document.querySelectorAll('svg')) {
    const box = s.getBoundingClientRect();
    const texts = [...s.querySelectorAll('text')].map(t => [t, t.getBoundingClientRect()]).filter(x => x[1].width);
    for (const [t, r] of texts) {
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        svg.push('clipped: ' + t.textContent.slice(0, 40));
    }
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i][1], b = texts[j][1];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left), h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) svg.push('overlap: ' + texts[i][0].textContent.slice(0, 30) + ' / ' + texts[j][0].textContent.slice(0, 30));
    }
  }
  const cut = [...document.querySelectorAll('td, th')].map(c => c.innerText.trim())
    .filter(t => t.endsWith('...') || t.endsWith('\u2026'));
  const tuples = [...document.querySelectorAll('.jp-OutputArea-output pre')].map(p => p.innerText.trim())
    .filter(t => /^[\(\[]\s*[\(\['"\d]/.test(t) && /[\)\]]$/.test(t));
  const folds = [...document.querySelectorAll('details.cc-code')].filter(d => {
    const cell = d.closest('.jp-Cell');
    const out = cell && cell.querySelector('.jp-OutputArea-output');
    return !out || !out.innerText.trim() && !out.querySelector('svg, img, table');
  }).length;
  return {scroll_width: document.documentElement.scrollWidth, width: vw, wide: outer.map(el => name(el) + ' ' +
          Math.round(el.getBoundingClientRect().width) + 'px'), svg, cut, tuples, empty_folds: folds};
}
"""


def layout(page, print_: bool = False) -> dict:
    """LAYOUT_JS's findings for the page as it is now laid out."""
    return page.evaluate(LAYOUT_JS, print_)


def axe_violations(page) -> dict[str, int]:
    """axe-core's violations on the page, {rule id: number of elements}: its default rule set, that is the WCAG
    2.0/2.1 A and AA rules and its best practices (empty table headers, heading order among them)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"resultTypes": ["violations"]})
    return {v["id"]: len(v["nodes"]) for v in results.response["violations"]}


def local_only(route) -> None:
    """A Playwright route handler: files from disk load, anything else is aborted."""
    if route.request.url.startswith(("file:", "data:", "about:")):
        route.continue_()
    else:
        route.abort()


def audit_page(browser, path: Path) -> dict[str, Any]:
    """One page's figures: overflow per width and in print, cut cells, SVG faults, axe violations, ClaimReviews."""
    figures: dict[str, Any] = {"overflow": {}, "details": []}
    context = browser.new_context(viewport={"width": WIDTHS[-1], "height": 900})
    context.route("**/*", local_only)
    try:
        page = context.new_page()
        page.goto(Path(path).resolve().as_uri(), wait_until="load")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            found = layout(page)
            figures["overflow"][str(width)] = len(found["wide"]) + (found["scroll_width"] > found["width"])
            figures["details"] += [f"{width}px: {w}" for w in found["wide"][:3]]
        page.emulate_media(media="print")
        page.set_viewport_size({"width": PRINT_WIDTH, "height": 1100})
        printed = layout(page, True)
        figures["overflow"]["print"] = len(printed["wide"])
        figures["details"] += [f"print: {w}" for w in printed["wide"][:3]]
        page.emulate_media(media="screen")
        page.set_viewport_size({"width": WIDTHS[-1], "height": 900})
        found = layout(page)
        figures["cut"] = len(found["cut"]) + len(found["tuples"]) + found["empty_folds"]
        figures["svg"] = len(found["svg"])
        figures["details"] += found["svg"][:3] + [f"cut: {c[-50:]}" for c in found["cut"][:3]] + found["tuples"][:2]
        rules = axe_violations(page)
        figures["axe"], figures["axe_rules"] = sum(rules.values()), rules
        reviews = claim_reviews(Path(path).read_text(encoding="utf-8"))
        figures["reviews"] = len(reviews)
        lacking = [p for r in reviews for p in claim_review_problems(r)]
        figures["lacking"] = len(lacking)
        figures["details"] += sorted(set(re.sub(r"\d+ characters", "N characters", p) for p in lacking))
    finally:
        context.close()
    return figures
