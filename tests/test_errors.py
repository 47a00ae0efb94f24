"""One line per problem: a file name with a line break stays on its line; references to what one missing or
broken file declared are one line, naming that file."""
from pathlib import Path

from crosscheck.errors import CrosscheckError, UnknownReference, collapse_references


def test_a_line_break_in_a_file_name_stays_on_the_line():
    assert str(CrosscheckError("no such file", "/tmp/bridge\nreport.txt", 3)) == "/tmp/bridge\\nreport.txt:3: no such file"
    assert str(CrosscheckError("unknown stance 'x'")) == "unknown stance 'x'"  # a typed value: no file to name


def _unknown(n, kind="claim", where="a.yaml"):
    return UnknownReference(f"unknown {kind} 'x{n}'", Path(where), n, kind, f"x{n}")


def test_references_of_one_kind_are_one_line_listing_names_and_places():
    problems = [CrosscheckError("bad date", "s.yaml", 1), *[_unknown(n) for n in range(1, 6)], _unknown(9, where="b.yaml")]
    lines = [str(p) for p in collapse_references(problems)]
    assert lines[0] == "s.yaml:1: bad date"
    assert len(lines) == 2
    assert lines[1].startswith("a.yaml:1: 6 references to undeclared claims ('x1', 'x2', 'x3' and 3 more), at "
                               "a.yaml:1,2,3+2, b.yaml:9")
    single = collapse_references([_unknown(1)])
    assert [str(p) for p in single] == ["a.yaml:1: unknown claim 'x1'"]


def test_a_missing_declaring_file_is_named_once_for_everything_it_declared():
    problems = [_unknown(1, "speaker", "doc.yaml"), _unknown(2, "party", "sources.yaml"), _unknown(3, "claim")]
    lines = [str(p) for p in collapse_references(problems, {"speaker": Path("ledger/actors.yaml"),
                                                            "party": Path("ledger/actors.yaml")},
                                                 missing={"speaker", "party"})]
    assert len(lines) == 2
    assert lines[0].startswith("ledger/actors.yaml: is missing, and 2 place(s) in the ledger name speakers and parties")
    assert lines[1] == "a.yaml:3: unknown claim 'x3'"


def test_references_wait_for_a_file_that_could_not_be_read():
    broken = CrosscheckError("malformed YAML", "docs/d.yaml", 4)
    problems = [broken, *[_unknown(n, "statement") for n in range(1, 4)]]
    lines = [str(p) for p in collapse_references(problems, unread={"statement": [Path("docs/d.yaml")]})]
    assert lines == ["docs/d.yaml:4: malformed YAML; until it loads, 3 reference(s) to statements declared there "
                     "cannot be checked"]
