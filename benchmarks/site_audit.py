"""Read the built site as an editor's browser and a search engine would, and print per-page figures.

    .venv/bin/python benchmarks/site_audit.py SITE_FOLDER [--json]

For every page of SITE_FOLDER (as written by `crosscheck build-site`), in Debian's Chromium:

- overflow: at 390, 768 and 1280 px wide and in print (A4), the elements wider than the viewport that no
  scroll box holds (``crosscheck.audit.OVERFLOW_JS``), and whether the page scrolls sideways;
- cut: table cells whose text ends in "..." (pandas' truncation) and outputs that are a bare tuple;
- svg: SVG text that sticks out of its drawing or overlaps other text;
- axe: axe-core's violations of the WCAG 2.1 A and AA rules (the copy bundled with axe-playwright-python);
- jsonld: the ClaimReviews extruct reads, and the Google properties each one lacks (crosscheck.audit).

Nothing is fetched from the network: pages are opened from disk and any other request is aborted.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON object")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "lib"))
    from playwright.sync_api import sync_playwright

    from crosscheck.audit import audit_page

    pages = sorted(args.site.rglob("*.html"))
    if not pages:
        sys.exit(f"site_audit: no pages in {args.site}")
    figures = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=["--no-sandbox"])
        try:
            for path in pages:
                figures[path.relative_to(args.site).as_posix()] = audit_page(browser, path)
        finally:
            browser.close()
    head = f"{'page':<44} {'390':>4} {'768':>4} {'1280':>4} {'print':>5} {'cut':>4} {'svg':>4} {'axe':>4} {'reviews':>7} {'lacking':>7}"
    print(head)
    for name, f in figures.items():
        o = f["overflow"]
        print(f"{name:<44} {o['390']:>4} {o['768']:>4} {o['1280']:>4} {o['print']:>5} {f['cut']:>4} {f['svg']:>4} "
              f"{f['axe']:>4} {f['reviews']:>7} {f['lacking']:>7}")
    totals = {k: sum(f[k] for f in figures.values()) for k in ("cut", "svg", "axe", "reviews", "lacking")}
    print(f"{'total':<44} {'':>4} {'':>4} {'':>4} {'':>5} {totals['cut']:>4} {totals['svg']:>4} {totals['axe']:>4} "
          f"{totals['reviews']:>7} {totals['lacking']:>7}")
    rules: dict[str, int] = {}
    for f in figures.values():
        for rule, n in f["axe_rules"].items():
            rules[rule] = rules.get(rule, 0) + n
    if rules:
        print("axe rules: " + ", ".join(f"{r} {n}" for r, n in sorted(rules.items(), key=lambda x: -x[1])))
    for name, f in figures.items():
        for line in f["details"][:8]:
            print(f"  {name}: {line}")
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
