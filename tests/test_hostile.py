"""Nothing injected: an article full of hostile text goes through ingest and the site, and none of it runs."""
import json
import shutil
from html.parser import HTMLParser

import pytest

from factories import ROOT, copy_seed_project, run_cli

HOSTILE = """Minister <script>window.__pwned = 'title'</script> says bridge opens

World Monday 2/March/2026 10:15 AM
By: <img src=x onerror="window.__pwned='byline'">
Minister <script>window.__pwned = 'title'</script> says bridge opens

The transport ministry said on Monday that the bridge <img src="http://198.51.100.7/x.png" onerror="window.__pwned='img'"> would open soon.

"We will open it </script><script>window.__pwned='quote'</script> next week," minister Anna Berg told reporters.

According to <a href="javascript:window.__pwned='link'">the council</a>, the work is \u202eweiver rednu\u202c and <iframe src="http://198.51.100.7/"></iframe> delayed.

<style>@import url(http://198.51.100.7/a.css);</style><link rel="stylesheet" href="https://198.51.100.7/b.css"> The city said "<svg onload=window.__pwned='svg'>" was a test.
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = tmp_path_factory.mktemp("hostile")
    copy_seed_project(project)
    for name in ("90-review.ipynb", "99-summary.ipynb"):
        shutil.copyfile(ROOT / "notebooks" / name, project / "notebooks" / name)
    article = project.parent / "hostile-article.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    result = run_cli("ingest", article, root=project)
    assert result.returncode == 0, result.stderr
    claims = json.loads(run_cli("export", "--format", "json", root=project).stdout)["claims"]
    target = next(c["id"] for c in claims if c["group"] == "hostile-article")
    verdict = run_cli("verdict", target, "contested", "--analyst", "<b onmouseover=alert(1)>eve</b>",
                      "--reason", "</script><script>window.__pwned='reason'</script>", root=project)
    assert verdict.returncode == 0, verdict.stderr
    built = run_cli("build-site", "--out", project / "site", root=project, env={"CROSSCHECK_ROOT": str(project)})
    assert built.returncode == 0, built.stderr
    return project / "site"


class _Elements(HTMLParser):
    """Every element and attribute of a page, and the text of its executable scripts and its styles.

    JSON-LD blocks are data: the claim texts inside them are checked by test_export's escaping test.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.code, self._in = [], [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend((tag, name, value or "") for name, value in attrs)
        kind = dict(attrs).get("type") or ""
        executable = tag == "style" or (tag == "script" and kind in ("", "text/javascript", "module"))
        self._in = tag if executable else None

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in:
            self.code.append(data)


def test_hostile_text_reaches_html_only_escaped(hostile_site):
    pages = {p.name: p.read_text(encoding="utf-8") for p in hostile_site.glob("*.html")}
    assert "70-hostile-article.html" in pages
    for name, html in pages.items():
        parsed = _Elements()
        parsed.feed(html)
        assert not {"iframe", "svg"} & set(parsed.tags), name
        assert [a for a in parsed.attributes if "__pwned" in a[2] or a[2].startswith("javascript:")] == [], name
        assert [a for a in parsed.attributes if a[1] in ("src", "href") and a[2].startswith(("http:", "https:"))
                and a[0] != "a"] == [], name
        assert not any("__pwned" in code or "198.51.100.7" in code for code in parsed.code), name
    assert "&lt;script&gt;window.__pwned" in pages["70-hostile-article.html"]


def test_hostile_site_runs_nothing_and_fetches_nothing(hostile_site, browser):
    context = browser.new_context()
    page = context.new_page()
    requests, dialogs = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in sorted(hostile_site.glob("*.html")):
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert page.evaluate("typeof window.__pwned") == "undefined", path.name
        assert page.evaluate("document.querySelectorAll('iframe, img[onerror], svg[onload], a[href^=javascript]').length") == 0
    context.close()
    assert dialogs == []
    assert [u for u in requests if not u.startswith("file://")] == []
