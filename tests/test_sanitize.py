"""Control and direction-override characters: refused in names and reasons, neutralised when printed."""
import json

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.sanitize import check_identifier, check_text, neutralise
from factories import cli, default_claims, make_project

HOSTILE = ["ana\u202egnp.exe", "ana\x1b[2J", "ana\x00", "ana\u2066x\u2069", "ana\u200f", "a\rb", "a\x85b"]


@pytest.mark.parametrize("value", HOSTILE)
def test_identifiers_refuse_control_and_bidi_characters(value):
    with pytest.raises(CrosscheckError, match=r"contains U\+[0-9A-F]{4}"):
        check_identifier(value, "the analyst's name")


def test_identifiers_are_trimmed_and_may_hold_any_letters():
    assert check_identifier("  Ana  Łukasiewicz-Öz ", "name") == "Ana Łukasiewicz-Öz"
    with pytest.raises(CrosscheckError, match="is empty"):
        check_identifier(" \t ", "name")


def test_free_text_keeps_tabs_and_newlines_but_not_escapes():
    assert check_text("line one\n\tline two", "the reason") == "line one\n\tline two"
    with pytest.raises(CrosscheckError, match="U\\+001B"):
        check_text("red \x1b[31m alert", "the reason")


def test_neutralise_shows_each_character_as_an_escape():
    assert neutralise("a\u202eb\x1b[2Jc\td\n") == "a\\u202eb\\u001b[2Jc\td\n"
    assert neutralise("plain, café") == "plain, café"
    assert json.loads(neutralise(json.dumps({"k": "x\u202ey"}, ensure_ascii=False))) == {"k": "x\u202ey"}


@pytest.mark.parametrize("field", ["--analyst", "--reason"])
def test_verdict_command_refuses_and_stores_nothing(tmp_path, field):
    root = make_project(tmp_path)
    values = {"--analyst": "ana", "--reason": "two sources"}
    values[field] = "x\u202eevil\x1b[31m"
    result = cli("verdict", "traffic-doubled", "confirmed", *[a for kv in values.items() for a in kv], root=root)
    assert result.returncode == 2
    assert "\u202e" not in result.stderr and "\x1b" not in result.stderr
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in result.stderr and "direction-override" in result.stderr
    assert not (root / "ledger" / "verdicts").exists()


def test_text_from_the_ledger_is_neutralised_when_printed(tmp_path):
    claims = default_claims()
    claims[1]["text"] = "\x1b[2J\u202eTraffic on the bridge has doubled"
    root = make_project(tmp_path, claims=claims)
    result = cli("status", root=root)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and "\u202e" not in result.stdout
    assert "\\u001b[2J\\u202eTraffic on the bridge has doubled" in result.stdout
