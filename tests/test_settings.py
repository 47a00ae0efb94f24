"""crosscheck.yaml: read, never written; its one setting, site.base_url, checked with a one-line error."""
from __future__ import annotations

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.settings import base_url, load_settings


def test_no_file_means_no_base_url(tmp_path):
    assert load_settings(tmp_path).base_url is None


def test_the_base_url_is_read_and_ends_in_a_slash(tmp_path):
    (tmp_path / "crosscheck.yaml").write_text("site:\n  base_url: https://desk.example/site\n", encoding="utf-8")
    before = (tmp_path / "crosscheck.yaml").read_bytes()
    assert load_settings(tmp_path).base_url == "https://desk.example/site/"
    assert (tmp_path / "crosscheck.yaml").read_bytes() == before


@pytest.mark.parametrize("text, expected", [
    ("site:\n  base_url: ftp://desk.example/\n", "crosscheck.yaml:2: base_url must be an absolute http(s) address"),
    ("site:\n  base_url: /site/\n", "crosscheck.yaml:2: base_url must be"),
    ("site:\n  base_url: https://desk.example/?a=1\n", "crosscheck.yaml:2: base_url must be"),
    ("site:\n  baseurl: https://desk.example/\n", "crosscheck.yaml:2: unknown setting site.baseurl"),
    ("sites:\n  base_url: https://desk.example/\n", "crosscheck.yaml:1: unknown section 'sites'"),
    ("site: https://desk.example/\n", "crosscheck.yaml:1: 'site' must be a mapping"),
    ("site: [\n", "crosscheck.yaml"),
])
def test_a_bad_setting_is_one_line_naming_the_file_and_line(tmp_path, text, expected):
    (tmp_path / "crosscheck.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CrosscheckError) as error:
        load_settings(tmp_path)
    message = str(error.value)
    assert "\n" not in message and expected in message.replace(str(tmp_path) + "/", ""), message


def test_a_base_url_given_on_the_command_line_is_checked_too():
    assert base_url("http://localhost:8000") == "http://localhost:8000/"
    with pytest.raises(CrosscheckError, match="--base-url"):
        base_url("javascript:alert(1)")


@pytest.mark.parametrize("value", ['https://x.example/"><script>alert(1)</script>/', "https://x.example/\x1b[2J/",
                                   "https://x.example/a b/", "https://x.example/\u202e/", "https://x.example/<b>/"])
def test_an_address_holding_what_no_address_holds_raw_is_refused(value):
    """Quotes, angle brackets, white space and controls would close the attribute or the JSON-LD string it goes into."""
    with pytest.raises(CrosscheckError, match="base_url must be an absolute http"):
        base_url(value)
