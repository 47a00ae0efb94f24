"""The one checked reader and the one atomic writer of crosscheck's files: every refusal is one line naming the
file, and a write that cannot be done changes nothing."""
import errno
import os

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck import yamlio
from crosscheck.yamlio import read_bytes, read_text_file, write_files


def _files(tmp_path):
    (tmp_path / "a.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("b: 1\n", encoding="utf-8")
    return tmp_path / "a.yaml", tmp_path / "b.yaml"


@pytest.mark.parametrize("code, says", [(errno.ENOSPC, "no space left"), (errno.EFBIG, "disk is full"),
                                        (errno.EACCES, "permission denied"), (errno.EROFS, "read-only")])
def test_a_write_the_system_refuses_is_one_line_and_changes_nothing(tmp_path, monkeypatch, code, says):
    a, b = _files(tmp_path)
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 2:  # the second file: the first is already written beside its target
            raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(CrosscheckError) as raised:
        write_files({a: "a: 2\n", b: "b: 2\n"})
    assert str(raised.value) == f"{b}: cannot write: {raised.value.problem.split(': ', 1)[1]}"
    assert says in str(raised.value) and str(raised.value).endswith("nothing was changed")
    assert (a.read_text(), b.read_text()) == ("a: 1\n", "b: 1\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.yaml", "b.yaml"]  # no temporary file left


def test_a_folder_that_cannot_be_made_is_named(tmp_path):
    (tmp_path / "file").write_text("x\n", encoding="utf-8")
    with pytest.raises(CrosscheckError, match="cannot write: .*nothing was changed"):
        write_files({tmp_path / "file" / "sub" / "x.yaml": "x: 1\n"})


def test_a_symbolic_link_is_neither_written_through_nor_replaced(tmp_path):
    target = tmp_path / "shared.jsonl"
    target.write_text("{}\n", encoding="utf-8")
    link = tmp_path / "ledger.jsonl"
    link.symlink_to(target)
    with pytest.raises(CrosscheckError, match=r"ledger.jsonl: is a symbolic link .*nothing was changed"):
        write_files({link: "{}\n{}\n"})
    assert link.is_symlink() and target.read_text() == "{}\n"


def test_a_read_only_file_is_refused_not_replaced(tmp_path, monkeypatch):
    a, _ = _files(tmp_path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: False if str(path) == str(a) else real_access(path, mode))
    with pytest.raises(CrosscheckError, match=r"a.yaml: is read-only"):
        write_files({a: "a: 2\n"})
    assert a.read_text() == "a: 1\n"


@pytest.mark.parametrize("data", ["a: 1\n".encode("utf-16"), "a: 1\nb: 2\n".encode("utf-16-le"),
                                  "a: 1\nb: 2\n".encode("utf-16-be")])
def test_a_utf16_ledger_file_is_named_as_utf16_not_binary(tmp_path, data):
    path = tmp_path / "actors.yaml"
    path.write_bytes(data)
    with pytest.raises(CrosscheckError, match="is UTF-16, not UTF-8"):
        read_text_file(path)
    path.write_bytes(b"a: 1\x00\x00\x00\x01")
    with pytest.raises(CrosscheckError, match="is binary"):
        read_text_file(path)


def test_a_name_holding_a_nul_byte_is_no_such_file(tmp_path):
    with pytest.raises(CrosscheckError, match="NUL byte"):
        read_bytes(str(tmp_path / "a\0.txt"))


@pytest.mark.parametrize("text", ["dredg\x85ing", "a\u2028b", "a\u2029b", "tab\tand\x0cform feed", "plain words"])
def test_every_string_reads_back_as_it_was_written(text):
    """YAML reads NEL and the Unicode line separators as line breaks: written raw they would come back as spaces,
    and a quote holding one would no longer match its document."""
    from ruamel.yaml.scalarstring import SingleQuotedScalarString

    from crosscheck.yamlio import dump_yaml, parse_yaml

    for value in (text, SingleQuotedScalarString(text)):
        assert parse_yaml(dump_yaml({"quote": value, "list": [value]}), "x.yaml") == {"quote": text, "list": [text]}


@pytest.mark.parametrize("tag", ["!!python/object/apply:os.system [\"touch pwned\"]", "!!python/name:os.system",
                                 "!note x", "!!binary VGhl", "!!set {a, b}"])
def test_tags_beyond_yamls_plain_types_are_refused_at_their_line(tag):
    from crosscheck.yamlio import parse_yaml

    with pytest.raises(CrosscheckError, match=r"x.yaml:2: the YAML tag .* is not allowed in ledger files"):
        parse_yaml(f"a: 1\nb: {tag}\n", "x.yaml")
    assert parse_yaml("a: !!str 12\nb: !!int '3'\n", "x.yaml")["b"] == 3


@pytest.mark.parametrize("stop", [KeyboardInterrupt, OSError(28, "No space left on device")])
def test_a_write_stopped_before_the_renames_leaves_no_folder_it_made(tmp_path, monkeypatch, stop):
    """Ctrl-C (or a full disk) while the temporary files are written: the folders made for new files go too,
    so a half-done migration leaves no empty documents/ beside the old files (refused as both layouts)."""
    (tmp_path / "old.yaml").write_text("kept\n", encoding="utf-8")
    written = []
    real = yamlio._write_temporary

    def second_fails(path, text):
        if written:
            raise stop
        written.append(path)
        return real(path, text)

    monkeypatch.setattr(yamlio, "_write_temporary", second_fails)
    with pytest.raises((KeyboardInterrupt, CrosscheckError)):
        yamlio.write_files({tmp_path / "documents" / "a.yaml": "a\n", tmp_path / "claims" / "deep" / "b.yaml": "b\n"},
                           remove=[tmp_path / "old.yaml"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.yaml"]
