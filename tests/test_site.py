"""The offline site: nothing from the network, claims.json as exported, the cache, atomic replacement."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

from conftest import ROOT, write_notebook
from crosscheck.errors import CrosscheckError
from crosscheck.export import to_json
from crosscheck.ledger import load_ledger
from crosscheck.site import _strip_widgets, build_site, find_notebooks, page_for_group

REMOTE = re.compile(r"^\s*(?:https?:|wss?:|ftp:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'");\s]+)""", re.IGNORECASE)
JS_REMOTE = re.compile(r"""(?:\bimport\b[^;]*?|\bimport\s*\(\s*|\bfetch\s*\(\s*|\bsrc\s*=\s*)['"`]((?:https?:|wss?:)?//[^'"`]+)""")
# Attributes that make a browser fetch something (a plain <a href> is a link to follow, not a load).
LOADING = {
    "script": ("src",), "img": ("src", "srcset"), "source": ("src", "srcset"), "iframe": ("src",),
    "video": ("src", "poster"), "audio": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",),
    "track": ("src",), "image": ("href", "xlink:href"), "use": ("href", "xlink:href"), "frame": ("src",),
}


class _References(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in LOADING.get(tag, ()):
            value = attrs.get(name) or ""
            for part in value.split(","):
                if REMOTE.match(part.strip().split(" ")[0] if part.strip() else ""):
                    self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "link":
            rel = (attrs.get("rel") or "").lower()
            if any(r in rel for r in ("stylesheet", "preload", "modulepreload", "icon", "prefetch", "import",
                                      "manifest", "font")) and REMOTE.match(attrs.get("href") or ""):
                self.found.append(f"<link rel={rel!r} href={attrs.get('href')!r}>")
        if attrs.get("style"):
            self.found.extend(css_references(attrs["style"]))
        self._in = tag if tag in ("style", "script") else None
        self._script_type = (attrs.get("type") or "").lower() if tag == "script" else ""

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self.found.extend(css_references(data))
        elif self._in == "script" and "json" not in self._script_type:  # JSON-LD "@context" is data
            self.found.extend(f"script loads {m}" for m in JS_REMOTE.findall(data))


def css_references(css: str) -> list[str]:
    found = [f"url({u})" for _, u in CSS_URL.findall(css) if REMOTE.match(u)]
    found += [f"@import {u}" for u in CSS_IMPORT.findall(css) if REMOTE.match(u)]
    return found


def network_references(site: Path) -> dict[str, list[str]]:
    """Every reference in the built site that would make a browser load something from the network."""
    problems = {}
    for path in sorted(site.rglob("*")):
        if path.suffix == ".html":
            parser = _References()
            parser.feed(path.read_text(encoding="utf-8"))
            found = parser.found
        elif path.suffix == ".css":
            found = css_references(path.read_text(encoding="utf-8"))
        else:
            continue
        if found:
            problems[path.relative_to(site).as_posix()] = found
    return problems


def test_the_reference_finder_finds_what_it_must(tmp_path):
    (tmp_path / "a.html").write_text(
        '<html><head><script src="https://cdn.example/require.js"></script>'
        '<link rel="stylesheet" href="//fonts.example/css">'
        '<style>@import url("https://x.example/a.css"); .a { background: url(http://x.example/i.png) }'
        '@font-face { src: url(https://x.example/f.woff2) }</style>'
        '<script type="module">import mermaid from "https://cdn.example/mermaid.mjs";</script>'
        '<script type="application/ld+json">{"@context": "https://schema.org"}</script></head>'
        '<body><a href="https://source.example/article">a source</a><img src="https://x.example/p.png">'
        '<div style="background-image: url(\'https://x.example/b.png\')"></div></body></html>', encoding="utf-8")
    (tmp_path / "b.css").write_text("@import 'https://x.example/c.css';", encoding="utf-8")
    found = network_references(tmp_path)
    text = " ".join(found["a.html"])
    for needle in ("require.js", "fonts.example", "a.css", "i.png", "f.woff2", "mermaid.mjs", "p.png", "b.png"):
        assert needle in text, (needle, found)
    assert found["b.css"]
    assert not any("source.example" in f or "schema.org" in f for f in found["a.html"])


def _lines(root, out, **kw) -> list[str]:
    return list(build_site(root, out, jobs=2, **kw))


@pytest.fixture
def built(project, tmp_path):
    """The synthetic project, built once: (project, out, progress lines)."""
    out = tmp_path / "out" / "site"
    return project, out, _lines(project, out)


def test_synthetic_site_has_every_page_and_nothing_from_the_network(built):
    _project, out, lines = built
    assert sorted(p.name for p in out.glob("*.html")) == ["00-intro.html", "10-bridge.html", "index.html"]
    assert not (out / "draft.html").exists()  # notebooks/templates/ is not published
    assert sum(line.startswith("executed") for line in lines) == 2
    assert network_references(out) == {}
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="10-bridge.html"' in index and 'href="00-intro.html"' in index
    assert "bridge-reopens" in index and "loose-claim" in index
    # Text from the ledger reaches HTML escaped.
    assert "&lt;after repairs&gt; &amp; more" in index and "<after repairs>" not in index
    # The pages carry no input prompts and no CDN machinery.
    page = (out / "10-bridge.html").read_text(encoding="utf-8")
    assert "jp-InputPrompt" not in page and "require.js" not in page and "MathJax" not in page
    assert "bridge page" in page


def test_claims_json_is_the_export_and_byte_identical_across_builds(built, tmp_path):
    project, out, _ = built
    first = (out / "claims.json").read_bytes()
    assert first == to_json(load_ledger(project)).encode("utf-8")
    again = tmp_path / "again"
    _lines(project, again, force=True)
    assert (again / "claims.json").read_bytes() == first


def _reviews(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    return [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">\n(.*?)\n</script>', text, re.S)]


def test_each_claim_has_its_own_page_with_its_one_claim_review(built):
    _, out, _ = built
    assert sorted(p.name for p in (out / "claims").iterdir()) == ["bridge-reopens.html", "loose-claim.html"]
    for page in ("index.html", "00-intro.html", "10-bridge.html"):
        assert _reviews(out / page) == []  # Google: one ClaimReview a page, each review on one page
    review = _reviews(out / "claims" / "bridge-reopens.html")
    assert [r["identifier"] for r in review] == ["bridge-reopens"]
    assert review[0]["url"] == "claims/bridge-reopens.html"
    page = (out / "claims" / "bridge-reopens.html").read_text(encoding="utf-8")
    assert 'href="../10-bridge.html">The bridge</a>' in page  # the page that discusses its group
    assert 'href="../assets/crosscheck.css"' in page and "&lt;after repairs&gt;" in page
    loose = (out / "claims" / "loose-claim.html").read_text(encoding="utf-8")
    assert "discussed in" not in loose  # its group has no page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="claims/bridge-reopens.html"' in index and "not yet reviewed" in index


def test_the_base_url_comes_from_the_command_line_or_the_project_setting(built, tmp_path):
    project, out, _ = built
    _lines(project, out, base_url="https://desk.example/site")
    assert _reviews(out / "claims" / "bridge-reopens.html")[0]["url"] == "https://desk.example/site/claims/bridge-reopens.html"
    (project / "crosscheck.yaml").write_text("site:\n  base_url: https://other.example/\n", encoding="utf-8")
    lines = _lines(project, out)
    assert _reviews(out / "claims" / "bridge-reopens.html")[0]["url"] == "https://other.example/claims/bridge-reopens.html"
    assert not any(line.startswith("executed") for line in lines)  # the notebooks do not depend on it
    assert not any("relative to the site" in line for line in lines)
    (project / "crosscheck.yaml").write_text("site:\n  base_url: nowhere\n", encoding="utf-8")
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with pytest.raises(CrosscheckError, match=r"crosscheck.yaml:2: base_url must be"):
        _lines(project, out)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before


def test_the_cli_takes_a_base_url_for_the_site_and_the_export(built, capsys):
    from crosscheck.cli import main

    project, out, _ = built
    assert main(["--root", str(project), "build-site", "--out", str(out), "--base-url", "https://desk.example"]) == 0
    assert _reviews(out / "claims" / "loose-claim.html")[0]["url"] == "https://desk.example/claims/loose-claim.html"
    capsys.readouterr()
    assert main(["--root", str(project), "export", "--format", "claimreview", "--base-url", "https://desk.example/"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["url"] == "https://desk.example/claims/bridge-reopens.html"
    assert main(["--root", str(project), "export", "--format", "claimreview", "--base-url", "desk"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--base-url" in err[0]


def test_the_site_has_one_small_style_sheet_of_its_own(built):
    _, out, _ = built
    assert sorted(p.name for p in (out / "assets").iterdir()) == ["crosscheck.css"]
    assert (out / "assets" / "crosscheck.css").stat().st_size < 20_000
    page = (out / "10-bridge.html").read_text(encoding="utf-8")
    assert "lab.css" not in page and 'href="assets/crosscheck.css"' in page


def test_a_code_cell_without_output_is_left_off_the_page(project, tmp_path):
    write_notebook(project / "notebooks" / "20-quiet.ipynb", ("markdown", "# Quiet"),
                   ("code", "x = 41"), ("code", "assert x == 41"), ("code", "x + 1"))
    out = tmp_path / "site"
    _lines(project, out)
    page = (out / "20-quiet.html").read_text(encoding="utf-8")
    assert page.count('<details class="cc-code">') == 1 and "42" in page and "x = 41" not in page


def test_second_build_executes_nothing_and_a_ledger_change_executes_again(built):
    project, out, _ = built
    lines = _lines(project, out)
    assert not any(line.startswith("executed") for line in lines), lines
    assert sum(line.startswith("cached") for line in lines) == 2
    with open(project / "ledger" / "documents" / "bridge.yaml", "a", encoding="utf-8") as handle:
        handle.write("# touched\n")
    lines = _lines(project, out)
    assert sum(line.startswith("executed") for line in lines) == 2, lines
    assert sum(line.startswith("executed") for line in _lines(project, out, force=True)) == 2


def test_a_changed_notebook_is_the_only_one_executed(built):
    project, out, _ = built
    write_notebook(project / "notebooks" / "10-bridge.ipynb", ("markdown", "# The bridge, again"),
                   ("code", "print('changed')"))
    lines = _lines(project, out)
    assert [line.split()[1] for line in lines if line.startswith("executed")] == ["10-bridge.ipynb"]
    assert "changed" in (out / "10-bridge.html").read_text(encoding="utf-8")


def test_a_failing_notebook_leaves_the_old_site_and_names_itself(built):
    project, out, _ = built
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    write_notebook(project / "notebooks" / "20-broken.ipynb", ("markdown", "# Broken"),
                   ("code", "x = 1"), ("code", "raise ValueError('the ledger is <odd>')"))
    with pytest.raises(CrosscheckError) as caught:
        _lines(project, out)
    message = str(caught.value)
    assert "20-broken.ipynb" in message and "ValueError" in message and "cell 3" in message
    assert "\n" not in message
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert after == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]  # no half-built folder left behind


def test_the_cli_reports_a_failing_notebook_in_one_line(built, capsys):
    from crosscheck.cli import main

    project, out, _ = built
    write_notebook(project / "notebooks" / "30-bad.ipynb", ("code", "1/0"))
    assert main(["--root", str(project), "build-site", "--out", str(out), "--jobs", "2"]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "30-bad.ipynb" in err[0] and "ZeroDivisionError" in err[0]


# The pooled kernels: several notebooks one after another in one long-lived kernel.

def _kernel_children() -> list:
    import psutil

    found = []
    for child in psutil.Process().children(recursive=True):
        try:
            if any("ipykernel" in part for part in child.cmdline()):
                found.append(child)
        except psutil.Error:
            pass
    return found


def _outputs(nb) -> list:
    """Each cell's type, source and outputs, without execution counts."""
    cells = []
    for cell in nb.cells:
        outputs = [{k: v for k, v in dict(o).items() if k != "execution_count"} for o in cell.get("outputs", ())]
        cells.append((cell.cell_type, cell.source, outputs))
    return cells


def test_pooled_kernels_give_the_outputs_of_fresh_kernels(project, tmp_path):
    from nbclient import NotebookClient

    from crosscheck.site import KERNEL_ARGS, kernel_env

    write_notebook(project / "notebooks" / "20-outputs.ipynb", ("markdown", "# Outputs"),
                   ("code", "import pandas as pd\nfrom IPython.display import HTML, display\n"
                            "frame = pd.DataFrame({'claim': ['a', 'b'], 'n': [1, 2]})\nframe"),
                   ("code", "display(HTML('<b>bold</b>'))\nprint('out')\nimport sys\n"
                            "print('err', file=sys.stderr)\n_ = 3\n40 + 2"),
                   ("code", "import os\nprint(os.path.basename(os.getcwd()), os.environ['CROSSCHECK_ROOT'] != '')"),
                   ("code", "print([k for k in globals() if not k.startswith('_i')], len(Out), len(In), _)\n"
                            "print(sorted(get_ipython().user_ns_hidden), __doc__, __spec__)"))
    write_notebook(project / "notebooks" / "30-more.ipynb", ("code", "x = 1\nx"), ("code", "frame = None\nx + 1"))
    lines = list(build_site(project, tmp_path / "site", jobs=1))  # one kernel runs all four notebooks
    assert "executing 4 notebook(s) on 1 kernel(s)" in lines
    env = kernel_env(project)
    for path in find_notebooks(project):
        pooled = nbformat.read(str(project / "build" / "cache" / f"{path.stem}.ipynb"), as_version=4)
        fresh = nbformat.read(str(path), as_version=4)
        NotebookClient(fresh, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}},
                       extra_arguments=list(KERNEL_ARGS)).execute(env=env)
        assert _outputs(pooled) == _outputs(fresh), path.name
        assert [c.get("execution_count") for c in pooled.cells] == [c.get("execution_count") for c in fresh.cells]
    assert _kernel_children() == []


def test_a_notebook_sees_nothing_the_previous_one_left_in_its_kernel(project, tmp_path):
    write_notebook(project / "notebooks" / "01-leave.ipynb",
                   ("code", "left_behind = 'from 01'\nimport os\nos.chdir('/')\nleft_behind"))
    write_notebook(project / "notebooks" / "02-look.ipynb",
                   ("code", "import os\nfrom pathlib import Path\n"
                            "assert 'left_behind' not in globals(), 'sees the previous notebook'\n"
                            "assert Path.cwd().name == 'notebooks', os.getcwd()\n"
                            "assert len(Out) == 0 and _ == '', (Out, _)\nprint('clean')"))
    write_notebook(project / "notebooks" / "03-use.ipynb", ("code", "print(left_behind)"))
    write_notebook(project / "notebooks" / "04-after.ipynb", ("code", "print('after a failure')"))
    lines = []
    with pytest.raises(CrosscheckError) as caught:
        for line in build_site(project, tmp_path / "site", jobs=1):  # one kernel, name order (nothing cached)
            lines.append(line)
    assert "executed 04-after.ipynb" in " ".join(lines), lines  # the same kernel goes on after a failure
    message = str(caught.value)
    assert "03-use.ipynb" in message and "NameError" in message and "left_behind" in message, message
    assert "01-leave" not in message and "02-look" not in message, message
    page = nbformat.read(str(project / "build" / "cache" / "02-look.ipynb"), as_version=4)
    assert page.cells[0].outputs[0]["text"] == "clean\n"
    assert _kernel_children() == []


def test_a_dead_kernel_fails_its_notebook_and_a_new_kernel_runs_the_rest(project, tmp_path):
    write_notebook(project / "notebooks" / "05-die.ipynb", ("code", "import os\nos._exit(1)"))
    lines = []
    with pytest.raises(CrosscheckError) as caught:
        for line in build_site(project, tmp_path / "site", jobs=1):
            lines.append(line)
    message = str(caught.value)
    assert "05-die.ipynb" in message and "\n" not in message, message
    assert "executed 00-intro.ipynb" in " ".join(lines) and "executed 10-bridge.ipynb" in " ".join(lines), lines
    assert not (tmp_path / "site").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["project"]  # nothing half-written beside it
    assert _kernel_children() == []


def test_widget_views_become_static_text():
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("panel")
    cell.outputs = [nbformat.v4.new_output("display_data", data={
        "text/plain": "VBox(children=(Dropdown(description='Claim'),))",
        "application/vnd.jupyter.widget-view+json": {"model_id": "abc", "version_major": 2, "version_minor": 0},
    })]
    nb.cells.append(cell)
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    _strip_widgets(nb)
    data = nb.cells[0].outputs[0]["data"]
    assert "application/vnd.jupyter.widget-view+json" not in data and "widgets" not in nb.metadata
    assert "Interactive control" in data["text/html"] and data["text/plain"].startswith("VBox")


def test_groups_map_to_pages():
    names = ["00-article", "10-request", "20-strikes-energy", "99-summary"]
    assert page_for_group("request", names) == "10-request"
    assert page_for_group("energy", names) == "20-strikes-energy"
    assert page_for_group("us", names) is None or page_for_group("us", names) == "99-summary"
    assert page_for_group("", names) is None
    assert page_for_group("weather", names) is None


# The real project, built once per session (tests/conftest.py).

def test_real_site_publishes_every_notebook_and_claim_offline(built_site):
    expected = {p.stem + ".html" for p in find_notebooks(ROOT)} | {"index.html"}
    assert {p.name for p in built_site.glob("*.html")} == expected
    assert {p.stem for p in (built_site / "claims").glob("*.html")} == set(load_ledger(ROOT).claims)
    assert network_references(built_site) == {}


def test_real_pages_have_no_empty_fold_no_printed_tuple_and_no_cut_cell(built_site):
    for path in sorted(built_site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        assert "jp-mod-noOutputs" not in text, path.name  # an empty code fold
        assert not re.search(r"<pre>\s*\(\d+, \d+\)\s*</pre>", text), path.name
        assert not re.search(r"(\.\.\.|\u2026)</td>", text), path.name
        assert "These cells fail" not in text and "Statuses established" not in text, path.name


def test_real_claims_json_is_the_export(built_site):
    assert (built_site / "claims.json").read_text(encoding="utf-8") == to_json(load_ledger(ROOT))


def test_real_index_lists_every_claim(built_site):
    index = (built_site / "index.html").read_text(encoding="utf-8")
    ledger = load_ledger(ROOT)
    for cid in ledger.claims:
        assert f'data-claim="{cid}"' in index


def test_the_cache_never_deletes_or_writes_over_a_users_folder(project, tmp_path, monkeypatch):
    """$CROSSCHECK_SITE_CACHE at a folder of the user's, or inside ledger/: refused before any work, nothing lost."""
    before = {p.relative_to(project): p.read_bytes() for p in (project / "ledger").rglob("*") if p.is_file()}
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.json").write_text('{"the analyst": "notes"}\n', encoding="utf-8")
    for folder, says in ((mine, "holds files crosscheck did not make"), (project / "ledger", "ledger/"),
                         (project / "seeds" / "cache", "seeds/")):
        monkeypatch.setenv("CROSSCHECK_SITE_CACHE", str(folder))
        with pytest.raises(CrosscheckError, match=says):
            _lines(project, tmp_path / "site")
    assert (mine / "notes.json").read_text(encoding="utf-8") == '{"the analyst": "notes"}\n'
    assert {p.relative_to(project): p.read_bytes() for p in (project / "ledger").rglob("*") if p.is_file()} == before
    assert not (project / "seeds" / "cache").exists()
    new = tmp_path / "new-cache"
    monkeypatch.setenv("CROSSCHECK_SITE_CACHE", str(new))
    _lines(project, tmp_path / "site")
    assert (new / ".crosscheck-cache").is_file()  # marked as its own: the next build may use and prune it
    (new / "00-intro.json").rename(new / "05-gone.json")
    _lines(project, tmp_path / "site")
    assert not (new / "05-gone.json").exists()


def test_a_site_that_cannot_be_written_is_one_line_and_the_old_one_stays(built, monkeypatch):
    import errno
    import os

    project, out, _ = built
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    monkeypatch.setattr(os, "chmod", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EFBIG, "File too large")))
    with pytest.raises(CrosscheckError, match=r"site: cannot write: the disk is full .*an old site there is as it was"):
        _lines(project, out)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["site"]
