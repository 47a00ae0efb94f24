"""Nothing injected: an article full of hostile text goes through ingest and the site, and none of it runs."""
import contextlib
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


@contextlib.contextmanager
def _watched_page(browser):
    """A page whose dialogs and requests are recorded; on leaving, none may have opened or gone off-disk."""
    context = browser.new_context()
    page = context.new_page()
    requests, dialogs = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        yield page
    finally:
        context.close()
    assert dialogs == []
    assert [u for u in requests if not u.startswith("file://")] == []


def test_hostile_site_runs_nothing_and_fetches_nothing(hostile_site, browser):
    with _watched_page(browser) as page:
        for path in sorted(hostile_site.glob("*.html")):
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            assert page.evaluate("typeof window.__pwned") == "undefined", path.name
            assert page.evaluate(
                "document.querySelectorAll('iframe, img[onerror], svg[onload], a[href^=javascript]').length") == 0


# ------------------------------------------------------------------------------------------------------------
# Hostile text in every field of every ledger file (and the project setting), through the whole site.

MARK = "__pwned"
#: Attributes that load, run or send something (besides every on... handler).
ACTIVE = {"href", "src", "srcset", "action", "formaction", "data", "style", "xlink:href", "poster", "background"}


def _hostile(field: str) -> str:
    """Text that would run, load or break out if any page wrote it raw, naming the field it was put in."""
    return (f'{field} <script>window.{MARK}="{field}"</script><img src=x onerror="window.{MARK}=1">'
            f'</td></th></table><svg onload="window.{MARK}=1"></svg><iframe src="http://198.51.100.7/"></iframe>'
            f'<a href="javascript:window.{MARK}=1">link</a> & "double" \'single\' {{{{ 7*7 }}}} $x^2$')


def _poison(data, fields: tuple[str, ...], where: str) -> None:
    """Put hostile text into each of ``fields`` of every mapping in ``data`` (recursively)."""
    if isinstance(data, list):
        for n, item in enumerate(data):
            _poison(item, fields, f"{where}[{n}]")
    elif isinstance(data, dict):
        for key, value in list(data.items()):
            if key in fields and (isinstance(value, str) or value is None):
                data[key] = _hostile(f"{where}.{key}")
            elif isinstance(value, (dict, list)):
                _poison(value, fields, f"{where}.{key}")


def _rewrite(path, fields: tuple[str, ...], extra=None) -> None:
    from crosscheck.yamlio import dump_yaml, load_yaml

    data = load_yaml(path)
    _poison(data, fields, path.stem)
    if extra:
        extra(data)
    path.write_text(dump_yaml(data), encoding="utf-8")


def _hostile_group(folder) -> None:
    """A group of its own (no memo asserts its statuses) holding a claim whose every text is hostile, resting
    on the first request claim's first statement. Ids and groups are refused unless they are plain
    lower-case ids (test_hostile_ids_are_refused_when_the_ledger_loads)."""
    from crosscheck.yamlio import dump_yaml, load_yaml

    first = load_yaml(folder / "request.yaml")["claims"][0]["evidence"][0]
    claim = {"id": "hostile-claim", "text": _hostile("text"), "summary": "x <b>", "note": _hostile("note"),
             "would_change": _hostile("would_change"), "evidence": [dict(first)]}
    (folder / "hostile.yaml").write_text(dump_yaml({"group": "hostile", "title": _hostile("title"), "order": 95,
                                                   "claims": [claim]}), encoding="utf-8")


@pytest.fixture(scope="module")
def poisoned_site(tmp_path_factory):
    from crosscheck.ledger import load_ledger
    from crosscheck.site import build_site

    project = copy_seed_project(tmp_path_factory.mktemp("poisoned"))
    for notebook in (ROOT / "notebooks").glob("*.ipynb"):
        shutil.copyfile(notebook, project / "notebooks" / notebook.name)
    ledger = project / "ledger"
    _rewrite(ledger / "actors.yaml", ("name", "description", "role", "reliability_reason"),
             lambda d: [a.setdefault("aliases", []).append(_hostile("alias")) for a in d["actors"].values()])
    short = f'<img src=x onerror="window.{MARK}=1">s'  # a summary is at most 75 characters
    for path in sorted((ledger / "claims").glob("*.yaml")):
        _rewrite(path, ("title", "text", "note", "would_change"),
                 lambda d: [c.update(summary=short) for c in d["claims"] if c.get("summary")])
    _hostile_group(ledger / "claims")
    for path in sorted((ledger / "documents").glob("*.yaml")):
        _rewrite(path, ("cue", "reason"))
    _rewrite(ledger / "sources.yaml", ("fact", "note", "reliability_reason", "author", "carrier"),
             lambda d: [s.update(address=f'https://198.51.100.7/"><script>window.{MARK}=1</script>')
                        for s in d["sources"][:3]])
    for meta in (project / "seeds").glob("*.meta.yaml"):
        _rewrite(meta, ("published_note",), lambda d: d.update(url=f"javascript:window.{MARK}=1",  # and the outlet
                 outlet=_hostile("actors.parties.dw.name")))  # by its (hostile) name, which must match the party's
    with open(ledger / "verdicts" / "eve.jsonl", "a", encoding="utf-8") as handle:
        handle.write(json.dumps({"claim": "request-because-of-cold", "status": "contested",
                                 "analyst": f'<b onmouseover="window.{MARK}=1">eve</b>', "time": "2026-02-01T10:00:00+00:00",
                                 "reason": _hostile("verdict reason"), "previous": []}) + "\n")
    from crosscheck.errors import CrosscheckError
    from crosscheck.settings import load_settings

    (project / "crosscheck.yaml").write_text(
        f"site:\n  base_url: 'https://desk.example/\"><script>window.{MARK}=1</script>/'\n", encoding="utf-8")
    with pytest.raises(CrosscheckError, match="base_url must be an absolute http"):  # no address holds that raw
        load_settings(project)
    (project / "crosscheck.yaml").write_text("site:\n  base_url: \"https://desk.example/it's&x=(1)/\"\n", encoding="utf-8")
    load_ledger(project)  # still a valid ledger
    out = project / "site"
    lines = list(build_site(project, out, jobs=2))
    assert (out / "index.html").is_file(), lines
    return out


@pytest.mark.parametrize("field", ["id", "group"])
def test_hostile_ids_are_refused_when_the_ledger_loads(tmp_path, field):
    from crosscheck.errors import ProblemList
    from crosscheck.ledger import load_ledger

    project = copy_seed_project(tmp_path / "p")
    path = project / "ledger" / "claims" / "weather.yaml"
    text = path.read_text(encoding="utf-8")
    old = "group: weather" if field == "group" else "id: forecast-minus-30-celsius"
    path.write_text(text.replace(old, f"{field}: '<script>window.{MARK}=1</script>'", 1), encoding="utf-8")
    with pytest.raises(ProblemList) as raised:
        load_ledger(project)
    assert any("weather.yaml" in line and "lower-case" in line for line in raised.value.lines())


def test_hostile_ledger_text_is_written_escaped_everywhere(poisoned_site):
    pages = sorted(poisoned_site.rglob("*.html"))
    assert len(pages) > 30
    for path in pages:
        html = path.read_text(encoding="utf-8")
        parsed = _Elements()
        parsed.feed(html)
        assert not {"iframe", "img"} & set(parsed.tags), path.name
        active = [a for a in parsed.attributes if a[1].startswith("on") or a[1] in ACTIVE]
        assert [a for a in active if MARK in a[2] or "198.51.100.7" in a[2]
                or a[2].strip().lower().startswith(("javascript:", "data:"))] == [], path.name
        assert [a for a in parsed.attributes if a[1] == "id" and (MARK in a[2] or " " in a[2])] == [], path.name
        assert not any(MARK in code or "198.51.100.7" in code for code in parsed.code), path.name
    matrix = (poisoned_site / "80-crosscheck.html").read_text(encoding="utf-8")
    assert "actors.parties.kremlin.name &lt;script&gt;" in matrix  # the party name in the matrix's column header


def test_hostile_ledger_site_runs_nothing_fetches_nothing_and_shows_the_text(poisoned_site, browser):
    with _watched_page(browser) as page:
        for path in sorted(poisoned_site.rglob("*.html")):
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            page.eval_on_selector_all("details", "els => els.forEach(e => e.open = true)")
            page.mouse.move(10, 10)
            assert page.evaluate(f"typeof window.{MARK}") == "undefined", path.name
            assert page.evaluate("document.querySelectorAll('iframe, img, svg[onload], a[href^=javascript]').length") == 0
        page.goto((poisoned_site / "80-crosscheck.html").as_uri())
        header = page.locator("table.cc-table-matrix thead").inner_text()
        assert f'<script>window.{MARK}="actors.parties.kremlin.name"</script>' in header
