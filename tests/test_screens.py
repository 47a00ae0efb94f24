"""Screenshots of a built site at three widths and as printed, into a folder the command owns."""
from __future__ import annotations

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.screens import STAMP, screenshots
from crosscheck.site import build_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from conftest import make_project

    project = make_project(tmp_path_factory.mktemp("screens") / "project")
    list(build_site(project, project / "site", jobs=2))
    return project / "site"


def test_every_page_at_every_width_and_in_print(site, tmp_path, browser):
    out = tmp_path / "screens"
    lines = list(screenshots(site, out, browser))
    pages = sorted(p.relative_to(site).with_suffix("").as_posix().replace("/", "--") for p in site.rglob("*.html"))
    assert len(lines) == len(pages) == 5  # index, two notebooks, two claims
    expected = {f"{p}-{w}.png" for p in pages for w in (390, 768, 1280)} | {f"{p}-print.pdf" for p in pages} | {STAMP}
    assert {p.name for p in out.iterdir()} == expected
    assert (out / "index-390.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (out / "index-print.pdf").read_bytes()[:5] == b"%PDF-"
    from PIL import Image

    assert Image.open(out / "claims--bridge-reopens-390.png").size[0] == 390


def test_a_second_run_replaces_its_own_files_only(site, tmp_path, browser):
    out = tmp_path / "screens"
    list(screenshots(site, out, browser))
    (out / "gone-page-390.png").write_bytes(b"old")  # a page that no longer exists: its shot is removed
    (out / "notes.txt").write_text("the reviewer's notes", encoding="utf-8")
    list(screenshots(site, out, browser))
    assert not (out / "gone-page-390.png").exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "the reviewer's notes"


def test_a_folder_it_did_not_make_is_refused_and_left_alone(site, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "holiday-390.png").write_bytes(b"not a screenshot")
    with pytest.raises(CrosscheckError, match="did not make"):
        list(screenshots(site, out))
    assert [p.name for p in out.iterdir()] == ["holiday-390.png"]
    with pytest.raises(CrosscheckError, match="is a file"):
        list(screenshots(site, out / "holiday-390.png"))
    with pytest.raises(CrosscheckError, match="no pages"):
        list(screenshots(tmp_path / "empty", tmp_path / "new"))


def test_build_site_takes_screenshots_on_request(site, tmp_path, chromium):
    from factories import run_cli  # a subprocess: it launches its own Chromium

    out = tmp_path / "shots"
    done = run_cli("build-site", "--out", site, "--screens", out, root=site.parent)
    assert done.returncode == 0, done.stderr
    assert "screens  index.html: 390, 768, 1280 px, print" in done.stdout
    assert (out / "10-bridge-1280.png").is_file()
