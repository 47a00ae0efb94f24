"""Re-anchoring after a source is corrected: every quote-bearing file, context where words repeat, all or nothing."""
import json
import subprocess

import pytest

from crosscheck.errors import ProblemList
from crosscheck.ledger import load_ledger
from crosscheck.reanchor import reanchor
from factories import ARTICLE, cli, default_claims, evidence, ledger_file, make_project, quote, statement_id, tree_digest

FOLLOWUP_QUOTE = "The city council denied that any date had been agreed."
NOTE = ("Correction, 3 March: an earlier version misnamed the minister. The ministry has since repeated that "
        "repairs to the river bridge would finish by March 20.\n\n")


def _git(root, *args):
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@x", "HOME": str(root)})


def _project(tmp_path, commit=True):
    claims = default_claims() + [{"id": "council-denies", "text": "The council says no date was agreed.",
                                  "group": "later", "evidence": [
                                      evidence(ARTICLE, "The city council denied that any date had been agreed.",
                                               "wire", "asserts", "narration")]}]
    root = make_project(tmp_path / "p", claims=claims, background=[
        {"document": "article", **quote(ARTICLE, FOLLOWUP_QUOTE), "reason": "covered by the follow-up"}])
    if commit:
        _git(root, "init", "-q")
        _git(root, "add", "-A")
        _git(root, "commit", "-qm", "recorded")
    return root


def _prepend_note(root):
    path = root / "seeds" / "article.txt"
    text = path.read_text(encoding="utf-8")
    body = text.index("The transport ministry said")
    path.write_text(text[:body] + NOTE + text[body:], encoding="utf-8")
    return path.read_text(encoding="utf-8")


def test_every_quote_bearing_entry_moves_and_verify_passes(tmp_path):
    root = _project(tmp_path)
    text = _prepend_note(root)
    result = cli("verify", "--reanchor", root=root)
    assert result.returncode == 0, result.stderr
    assert f"moved statement {statement_id(root, 'The city council denied')!r}" in result.stdout
    assert "moved background 1" in result.stdout
    ledger = load_ledger(root)
    for claim in ledger.claims.values():
        for item in claim.evidence:
            assert text[item.statement.start:item.statement.end] == item.statement.quote
    moved = ledger.claims["repairs-finish"].evidence[0].statement
    assert moved.start > text.index("The transport ministry said")  # not into the correction note
    assert cli("verify", root=root).returncode == 0


def test_context_decides_between_repeated_words(tmp_path):
    root = _project(tmp_path)
    _prepend_note(root)
    lines = reanchor(root)
    assert any(f"moved statement {statement_id(root, 'repairs to the')!r}" in line and "(by context)" in line
               for line in lines)
    records = [json.loads(line) for line in (root / "ledger" / "provenance.jsonl").read_text().splitlines()]
    assert {r["how"] for r in records if r["action"] == "reanchor"} == {"by context", "the only occurrence"}


def test_repeated_words_without_the_recorded_version_are_refused(tmp_path):
    root = _project(tmp_path, commit=False)
    _prepend_note(root)
    before = tree_digest(root)
    result = cli("verify", "--reanchor", root=root)
    assert result.returncode == 2
    assert (f"cannot re-anchor statement {statement_id(root, 'repairs to the')!r}: quote 'repairs to the river bridge "
            "would finish by March 20' stands 2 times in article") in result.stderr
    assert "the recorded version is not in git" in result.stderr and "nothing was changed" in result.stderr
    assert tree_digest(root) == before


def test_surroundings_that_do_not_tell_apart_are_refused(tmp_path):
    paragraph = ("Officials met on Monday for a long and, by all accounts, difficult session about the works. Then "
                 "the minister said the bridge would reopen on March 20 after the repairs, and she added that no "
                 "further closures were planned for the rest of the year.\n")
    text = "Bridge talks\n\n" + paragraph
    claims = [{"id": "reopens", "text": "The bridge reopens on March 20.", "group": "bridge",
               "evidence": [evidence(text, "the bridge would reopen on March 20", "berg", "asserts")]}]
    root = make_project(tmp_path / "p", text=text, claims=claims)
    _git(root, "init", "-q")
    _git(root, "add", "-A")
    _git(root, "commit", "-qm", "recorded")
    printed_twice = "Bridge talks\n\nUpdated.\n\n" + paragraph + "\n" + paragraph
    (root / "seeds" / "article.txt").write_text(printed_twice, encoding="utf-8")
    before = tree_digest(root)
    with pytest.raises(ProblemList, match="stands 2 times in article .* their surroundings do not tell them apart"):
        reanchor(root)
    assert tree_digest(root) == before


def test_a_ledger_with_other_problems_is_not_reanchored(tmp_path):
    root = _project(tmp_path)
    _prepend_note(root)
    document = ledger_file(root, "document")
    document.write_text(document.read_text().replace("speaker: council", "speaker: nobody", 1), encoding="utf-8")
    assert "speaker: nobody" in document.read_text()
    before = tree_digest(root)
    with pytest.raises(ProblemList, match="unknown speaker 'nobody'"):
        reanchor(root)
    assert tree_digest(root) == before  # the new SHA-256 is not accepted while a quote cannot be checked


def test_words_that_now_stand_only_in_a_correction_note_do_not_move_there(tmp_path):
    """The body's words changed and the note repeats the old ones: they stand once, in the note, among other
    words. With the recorded version to compare, the context decides even for a single occurrence."""
    root = _project(tmp_path)
    path = root / "seeds" / "article.txt"
    text = path.read_text(encoding="utf-8")
    old = "The work will be done in three weeks"
    path.write_text(f'Correction: an earlier version quoted the minister as saying "{old}". She did not.\n\n'
                    + text.replace(old, "The work will take three weeks"), encoding="utf-8")
    before = tree_digest(root)
    result = cli("verify", "--reanchor", root=root)
    assert result.returncode == 2
    assert f"quote {old!r} stands once in article (at 62-98) but with other words around it" in result.stderr
    assert tree_digest(root) == before


def test_a_provenance_log_holding_conflict_markers_is_not_appended_to(tmp_path):
    root = _project(tmp_path)
    _prepend_note(root)
    log = root / "ledger" / "provenance.jsonl"
    log.write_text('<<<<<<< HEAD\n{"a": 1}\n=======\n{"b": 2}\n>>>>>>> theirs\n', encoding="utf-8")
    before = tree_digest(root)
    result = cli("verify", "--reanchor", root=root)
    assert result.returncode == 2 and f"{log}:1: merge-conflict marker '<<<<<<<'" in result.stderr
    assert tree_digest(root) == before
    log.write_text('{"a": 1}', encoding="utf-8")  # an editor dropped the last newline: appended after it
    assert cli("verify", "--reanchor", root=root).returncode == 0
    assert [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()][0] == {"a": 1}


def test_offsets_wrong_in_the_recorded_version_too_move_to_the_words_standing_once(tmp_path):
    """Offsets typed wrong (the text unchanged): the recorded version has other words there, so its context
    tells nothing; the quote stands once and goes there, as with no recorded version to compare."""
    root = _project(tmp_path)
    document = ledger_file(root, "document")
    text = document.read_text(encoding="utf-8")
    start = text.index("start: ", text.index("The work will be done"))
    line = text[start:text.index("\n", start)]
    document.write_text(text.replace(line, "start: 100000000000", 1), encoding="utf-8")
    assert cli("verify", root=root).returncode == 1
    result = cli("verify", "--reanchor", root=root)
    assert result.returncode == 0, result.stderr
    assert "(the only occurrence)" in result.stdout
    assert cli("verify", root=root).returncode == 0
