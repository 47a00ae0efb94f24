"""Control and direction-override characters: refused in names and reasons, neutralised when printed."""
import json
import re

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.sanitize import check_id, check_identifier, check_text, neutralise
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


def test_bytes_that_are_not_utf8_in_an_argument_are_refused_by_name():
    """Python hands such bytes over as lone surrogates: no file can store them, so they are refused, not crashed on."""
    import os

    for check in (check_identifier, check_text):
        with pytest.raises(CrosscheckError, match="contains the byte 0xe9, which is not UTF-8"):
            check(os.fsdecode(b"caf\xe9"), "the reason")
    assert neutralise("a\ud800b") == "a\\ud800b"


@pytest.mark.parametrize("value, says", [
    (["a", "b"], "must be text"), ({"a": 1}, "must be text"), (True, "must be text"), ("kremlin\u202e", "contains U+202E"),
    ("\x1b]0;x\x07", "contains U+001B"), ("two\nlines", "contains U+000A"), ("   ", "an id is lower-case"),
    ("Kremlin", "an id is lower-case"), ("a/b", "an id is lower-case"),
])
def test_ledger_ids_are_lower_case_ids_and_nothing_else(value, says):
    with pytest.raises(CrosscheckError, match=re.escape(says)):
        check_id(value, "party id", "actors.yaml", 3)
    assert check_id("fox-news.2", "party id") == "fox-news.2"


def test_odd_ids_in_the_registry_are_named_once_on_load(tmp_path):
    from factories import ACTORS

    actors = {"parties": {**ACTORS["parties"], "two\nlines": {"name": "Evil", "kind": "other"}},
              "actors": {**ACTORS["actors"], "evil\u202e": {"name": "Evil", "party": "wire"}}}
    root = make_project(tmp_path, actors=actors)
    result = cli("verify", root=root)
    problems = [line for line in result.stderr.splitlines() if "problem(s)" not in line]
    assert result.returncode == 1 and len(problems) == 2, result.stderr
    assert "party id 'two\\u000alines' contains U+000A" in problems[0]
    assert "actor id 'evil\\u202e' contains U+202E RIGHT-TO-LEFT OVERRIDE" in problems[1]
