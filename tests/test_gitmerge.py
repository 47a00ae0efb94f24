"""The ledger's merge driver: entries merged one by one, a conflict around one entry, never a guess."""
from __future__ import annotations

import pytest

from crosscheck.conflicts import conflict_problems, sides
from crosscheck.gitmerge import Unmergeable, merge_driver, merge_texts
from crosscheck.yamlio import parse_yaml

BASE = """\
# Who is who.
parties:
  ministry:
    name: Transport ministry
    kind: government
actors:
  berg:
    name: Anna Berg
    party: ministry
    reliability: B
    reliability_reason: on the record
  council:
    name: The city council
    party: ministry
    reliability: C
    reliability_reason: a party to the dispute
"""

ORTIZ = "  ortiz:\n    name: Lena Ortiz\n    party: ministry\n    reliability: F\n    reliability_reason: new\n"
REYES = "  reyes:\n    name: Tom Reyes\n    party: ministry\n    reliability: F\n    reliability_reason: new\n"


def test_entries_added_at_the_end_on_both_sides_are_both_kept():
    merged = merge_texts(BASE, BASE + ORTIZ, BASE + REYES)
    assert merged.conflicts == 0
    assert merged.text == BASE + ORTIZ + REYES


def test_one_entry_changed_on_both_sides_is_a_conflict_around_that_entry_alone():
    ours = BASE.replace("reliability: C", "reliability: D") + ORTIZ
    theirs = BASE.replace("reliability: C", "reliability: B").replace("on the record", "said so twice")
    merged = merge_texts(BASE, ours, theirs, labels=("HEAD", "ben"))
    assert merged.conflicts == 1
    assert "reliability_reason: said so twice" in merged.text.split("<<<<<<<")[0]  # berg: only theirs changed it
    assert merged.text.count("<<<<<<< HEAD\n") == 1 and "  council:\n" in merged.text.split("=======")[1]
    assert ORTIZ in merged.text.split(">>>>>>> ben\n")[1]  # ours' new entry stands outside the conflict
    (line,) = [str(p) for p in conflict_problems("ledger/actors.yaml", merged.text)]
    assert "merge conflict on actor 'council': HEAD has grade D (a party to the dispute), ben has grade B" in line


def test_an_entry_removed_on_one_side_and_kept_on_the_other_is_removed():
    ours = BASE.replace(BASE[BASE.index("  council:"):], "")
    assert merge_texts(BASE, ours, BASE + ORTIZ).text == ours + ORTIZ


def test_an_entry_removed_on_one_side_and_changed_on_the_other_is_a_conflict():
    ours = BASE.replace(BASE[BASE.index("  council:"):], "")
    theirs = BASE.replace("reliability: C", "reliability: A")
    merged = merge_texts(BASE, ours, theirs, labels=("HEAD", "ben"))
    assert merged.conflicts == 1
    kept, other = sides(merged.text)[:2]
    assert "council" not in parse_yaml(kept, "x")["actors"] and parse_yaml(other, "x")["actors"]["council"]["reliability"] == "A"


def test_comments_stay_with_their_entries():
    base = BASE.replace("  council:\n", "  # --- the other side ---\n  council:\n")
    ours = base.replace("reliability: B", "reliability: A")
    theirs = base + ORTIZ
    merged = merge_texts(base, ours, theirs)
    assert merged.conflicts == 0
    assert merged.text == ours + ORTIZ
    assert merged.text.startswith("# Who is who.\n")


CLAIMS = """\
group: repairs
title: The repairs
claims:
  - id: repairs-finish
    text: Repairs finish by March 20.
    evidence:
      - statement: s1
        stance: asserts
  - id: traffic-doubled
    text: Traffic has doubled.
"""


def test_list_entries_are_merged_by_id_in_place():
    first = "  - id: bridge-closed\n    text: The bridge is closed.\n"
    second = "  - id: bridge-tolls\n    text: Tolls rise.\n"
    ours = CLAIMS.replace("  - id: traffic-doubled", first + "  - id: traffic-doubled")
    theirs = CLAIMS.replace("Traffic has doubled.", "Traffic has tripled.") + second
    merged = merge_texts(CLAIMS, ours, theirs)
    assert merged.conflicts == 0
    ids = [c["id"] for c in parse_yaml(merged.text, "x")["claims"]]
    assert ids == ["repairs-finish", "bridge-closed", "traffic-doubled", "bridge-tolls"]
    assert "Traffic has tripled." in merged.text


def test_a_scalar_changed_on_both_sides_is_a_conflict_and_the_same_change_is_not():
    ours = CLAIMS.replace("title: The repairs", "title: Repairs")
    assert merge_texts(CLAIMS, ours, ours).text == ours
    merged = merge_texts(CLAIMS, ours, CLAIMS.replace("title: The repairs", "title: Bridge repairs"))
    assert merged.conflicts == 1
    assert [str(p).split(": ", 1)[1] for p in conflict_problems("c.yaml", merged.text)][0].startswith(
        "merge conflict on 'title': HEAD has 'Repairs', theirs has 'Bridge repairs'")


def test_a_file_made_on_both_sides_merges_like_any_other():
    assert merge_texts("", BASE + ORTIZ, BASE + REYES).text == BASE + ORTIZ + REYES
    assert merge_texts("", BASE, BASE).text == BASE


@pytest.mark.parametrize("odd", [
    "<<<<<<< HEAD\nparties: {}\n=======\nparties: []\n>>>>>>> b\n",  # already conflicted
    "- a\n- b\n",                                                    # not a mapping
    "parties: [\n",                                                  # not YAML
    '"parties": {}\nactors: {}\n',                                  # a top-level key git's margin rule misses
])
def test_a_version_it_cannot_read_is_left_to_git(odd):
    with pytest.raises(Unmergeable):
        merge_texts(BASE, odd, BASE + REYES)


@pytest.mark.parametrize("odd", [
    "parties: {ministry: {name: M, kind: government}}\n",  # flow style
    "parties:\n    ministry:\n        name: M\n",          # another indentation
])
def test_a_section_laid_out_otherwise_merges_as_one_block(odd):
    merged = merge_texts(BASE, BASE.replace(BASE[:BASE.index("actors:")], odd), BASE + REYES)
    assert merged.conflicts == 0 and merged.text == odd + BASE[BASE.index("actors:"):] + REYES


def test_the_driver_falls_back_to_git_line_merge(tmp_path):
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_text("a: 1\nb: 2\n")
    ours.write_text('a: 1\nb: 2\n"c": 3\n')  # a quoted key: not a file the driver reads
    theirs.write_text("a: 0\nb: 2\n")
    assert merge_driver(base, ours, theirs, 7, "ledger/x.yaml") == 0
    assert ours.read_text() == 'a: 0\nb: 2\n"c": 3\n'
    ours.write_text('a: 5\nb: 2\n"c": 3\n')
    assert merge_driver(base, ours, theirs, 7, "ledger/x.yaml") == 1
    assert ours.read_text().startswith("<<<<<<< HEAD\na: 5\n=======\na: 0\n>>>>>>> theirs\n")


def test_the_driver_writes_the_merge_and_says_whether_it_conflicts(tmp_path):
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_text(BASE)
    ours.write_text(BASE + ORTIZ)
    theirs.write_text(BASE + REYES)
    assert merge_driver(base, ours, theirs) == 0 and ours.read_text() == BASE + ORTIZ + REYES
    ours.write_text(BASE.replace("reliability: C", "reliability: D"))
    theirs.write_text(BASE.replace("reliability: C", "reliability: E"))
    assert merge_driver(base, ours, theirs) == 1 and ours.read_text().count("<<<<<<< ") == 1


def test_crlf_files_merge_and_keep_their_line_ends():
    crlf = BASE.replace("\n", "\r\n")
    merged = merge_texts(crlf, crlf + ORTIZ.replace("\n", "\r\n"), crlf + REYES.replace("\n", "\r\n"))
    assert merged.conflicts == 0 and merged.text == (BASE + ORTIZ + REYES).replace("\n", "\r\n")


def test_a_driver_bug_falls_back_to_git_and_says_so(tmp_path, monkeypatch, capsys):
    import crosscheck.gitmerge as driver

    def broken(*args, **kwargs):
        raise TypeError("a bug")

    monkeypatch.setattr(driver, "merge_texts", broken)
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_text(BASE)
    ours.write_text(BASE + ORTIZ)
    theirs.write_text(BASE.replace("reliability: C", "reliability: A"))
    assert merge_driver(base, ours, theirs, 7, "ledger/actors.yaml") == 0  # git's line merge places both
    assert ours.read_text() == BASE.replace("reliability: C", "reliability: A") + ORTIZ
    assert capsys.readouterr().err == ("crosscheck: ledger/actors.yaml: the merge driver failed (TypeError: a bug); "
                                       "merged by lines instead\n")
