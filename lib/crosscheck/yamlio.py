"""Reading and atomically writing the plain-text files an analyst edits.

YAML is read round-trip (ruamel.yaml), so line numbers are known for error messages and comments
survive when the library rewrites a file (for example when re-anchoring quotes).
"""
from __future__ import annotations

import io
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import CrosscheckError

_CONFLICT = re.compile(r"^(<{7}|={7}|>{7})(?:\s|$)", re.MULTILINE)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_bytes(path: str | Path, limit: int | None = None) -> bytes:
    """A file's bytes; one-line errors for a missing file, a folder, an unreadable or too large file."""
    path = Path(path)
    try:
        if path.is_dir():
            raise CrosscheckError("is a directory, not a file", path)
        size = path.stat().st_size
        if limit is not None and size > limit:
            raise CrosscheckError(f"is {size / 2**20:.1f} MiB, larger than the {limit // 2**20} MiB limit", path)
        return path.read_bytes()
    except FileNotFoundError:
        raise CrosscheckError("no such file", path) from None
    except PermissionError:
        raise CrosscheckError("permission denied", path) from None
    except OSError as error:
        raise CrosscheckError(f"cannot read: {error.strerror}", path) from None


def read_text_file(path: str | Path) -> str:
    """A ledger file's text; one-line errors for missing, binary or mis-encoded files."""
    data = read_bytes(path)
    if b"\x00" in data:
        raise CrosscheckError(f"is binary, not text (NUL byte at offset {data.index(0)})", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CrosscheckError(f"is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})", path) from None


def check_conflict_markers(text: str, path: str | Path) -> None:
    """Refuse a file that still holds git merge-conflict markers."""
    match = _CONFLICT.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise CrosscheckError(
            f"merge-conflict marker {match.group(1)!r}; resolve the conflict (keep one side) before using the ledger",
            path,
            line,
        )


def parse_yaml(text: str, path: str | Path) -> Any:
    """Parse YAML text round-trip; syntax errors become one-line CrosscheckErrors with the line."""
    check_conflict_markers(text, path)
    try:
        return _yaml().load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "malformed YAML"
        raise CrosscheckError(f"malformed YAML: {problem}", path, mark.line + 1 if mark else None) from None
    except YAMLError as error:
        raise CrosscheckError(f"malformed YAML: {str(error).splitlines()[0]}", path) from None


def load_yaml(path: str | Path) -> Any:
    """Read and parse a YAML file (see parse_yaml)."""
    return parse_yaml(read_text_file(path), path)


def parse_yaml_mapping(text: str, path: str | Path) -> CommentedMap:
    data = parse_yaml(text, path)
    if data is None:
        return CommentedMap()
    if not isinstance(data, dict):
        raise CrosscheckError("expected a mapping of keys to values at the top level", path, 1)
    return data


def load_yaml_mapping(path: str | Path) -> CommentedMap:
    """Read a YAML file whose top level must be a mapping."""
    return parse_yaml_mapping(read_text_file(path), path)


def line_of(node: Any, key: Any = None) -> int | None:
    """The 1-based line where ``node`` (or its entry ``key``) stands in its file, when known."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if key is None:
            return lc.line + 1
        if isinstance(node, CommentedSeq):
            return lc.item(key)[0] + 1
        return lc.key(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return lc.line + 1 if lc.line is not None else None


def dump_yaml(data: Any) -> str:
    """YAML text for ``data``, keeping comments and order of round-trip data."""
    stream = io.StringIO()
    _yaml().dump(data, stream)
    return stream.getvalue()


def atomic_write_text(path: str | Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically: temp file in the same folder, fsync, rename.

    A reader (or a crash) sees either the old file or the new one, never a torn one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
