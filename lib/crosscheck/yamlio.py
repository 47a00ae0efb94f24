"""Reading and atomically writing the plain-text files an analyst edits.

YAML is read round-trip (ruamel.yaml), so line numbers are known for error messages and comments
survive when the library rewrites a file (for example when re-anchoring quotes).
"""
from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import signal
import stat
import tempfile
import threading
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer, ComposerError
from ruamel.yaml.constructor import ConstructorError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml import scalarstring
from ruamel.yaml.events import AliasEvent
from ruamel.yaml.representer import RoundTripRepresenter

from .errors import CrosscheckError

_CONFLICT = re.compile(r"^(<{7}|={7}|>{7})(?:\s|$)", re.MULTILINE)


class _Constructor(RoundTripConstructor):
    """Round-trip construction where an impossible date (``2026-13-01``) is an error at its line."""

    def construct_yaml_timestamp(self, node, values=None):
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError as error:
            raise ConstructorError(None, None, f"{node.value!r} is not a real date ({error}); write it as "
                                   "YYYY-MM-DD", node.start_mark) from None


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


#: The only explicit tags a ledger file may carry: YAML's core types (``!!str 12``); anything else (``!!python/...``,
#: ``!!binary``, ``!!set``, a custom ``!note``) would be read as something other than the text it looks like.
PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq",
                                                                "timestamp"))


class _NoAliasComposer(Composer):
    """Refuses YAML aliases (``*name``): an analyst's file has no use for them, and nested aliases expand
    exponentially (a "billion laughs" note) in anything that walks the data. Refuses tags beyond YAML's core
    types too (``!!python/object/apply:...`` is never run, and is not silently read as text either)."""

    def compose_node(self, parent, index):
        event = self.parser.peek_event()
        if self.parser.check_event(AliasEvent):
            raise ComposerError(None, None, f"YAML aliases (*{event.anchor}) are not allowed in ledger files; "
                                "write the value out", event.start_mark)
        tag = getattr(event, "tag", None)
        tag = getattr(tag, "value", tag)  # ruamel gives a Tag object or a string
        if tag not in (None, "!") and str(tag) not in PLAIN_TAGS:
            shown = str(tag).replace("tag:yaml.org,2002:", "!!")
            raise ComposerError(None, None, f"the YAML tag {shown} is not allowed in ledger files (only plain text, "
                                "numbers, dates, lists and mappings); remove it", event.start_mark)
        return super().compose_node(parent, index)


#: Characters YAML reads as line breaks (NEL, LINE and PARAGRAPH SEPARATOR): written raw in a plain or single-quoted
#: string they come back as a space (a draft quoting "dredg\x85ing" would no longer match its document).
_YAML_BREAKS = ("\x85", "\u2028", "\u2029")


class _Representer(RoundTripRepresenter):
    """Round-trip representation where a string holding a YAML line-break character is written double-quoted,
    the one style that escapes it (``\\N``, ``\\L``, ``\\P``) so that it reads back as written."""

    def _escaped(self, data, represent):
        if any(c in data for c in _YAML_BREAKS):
            return self.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')
        return represent(self, data)

    def represent_str(self, data):
        return self._escaped(data, RoundTripRepresenter.represent_str)

    def represent_single_quoted_scalarstring(self, data):
        return self._escaped(data, RoundTripRepresenter.represent_single_quoted_scalarstring)

    def represent_plain_scalarstring(self, data):
        return self._escaped(data, RoundTripRepresenter.represent_plain_scalarstring)


_Representer.add_representer(str, _Representer.represent_str)
_Representer.add_representer(scalarstring.SingleQuotedScalarString, _Representer.represent_single_quoted_scalarstring)
_Representer.add_representer(scalarstring.PlainScalarString, _Representer.represent_plain_scalarstring)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.Representer = _Representer
    yaml.Composer = _NoAliasComposer
    yaml.representer.ignore_aliases = lambda data: True  # written out in full: the reader refuses aliases
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


#: Ledger and metadata files larger than this are refused: they are hand-written text.
MAX_LEDGER_BYTES = 64 * 1024 * 1024


def read_bytes(path: str | Path, limit: int | None = MAX_LEDGER_BYTES) -> bytes:
    """A regular file's bytes, at most ``limit`` of them; one-line errors for anything else.

    A FIFO, a device (``/dev/zero``), a socket or a folder is refused before it is opened for reading,
    so nothing can hang or read without end; the size is checked first and the read is bounded too (a
    file that grows while being read is refused, not read on).
    """
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise CrosscheckError("is a directory, not a file", path)
        if not stat.S_ISREG(info.st_mode):
            raise CrosscheckError(f"is {_file_kind(info.st_mode)}, not a regular file", path)
        if limit is not None and info.st_size > limit:
            raise CrosscheckError(f"is {info.st_size / 2**20:.1f} MiB, larger than the {limit // 2**20} MiB limit", path)
        with open(path, "rb", buffering=0) as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode):  # replaced between the check and the open
                raise CrosscheckError(f"is {_file_kind(opened.st_mode)}, not a regular file", path)
            data = handle.read(limit + 1) if limit is not None else handle.read()
    except FileNotFoundError:
        raise CrosscheckError("no such file", path) from None
    except NotADirectoryError:
        raise CrosscheckError("no such file (a part of the path is not a folder)", path) from None
    except PermissionError:
        raise CrosscheckError("permission denied", path) from None
    except OSError as error:
        raise CrosscheckError(f"cannot read: {error.strerror}", path) from None
    except ValueError:  # "embedded null byte": no file can have such a name
        raise CrosscheckError("no such file (the name holds a NUL byte)", path) from None
    if limit is not None and len(data) > limit:
        raise CrosscheckError(f"grew past the {limit // 2**20} MiB limit while being read", path)
    return data


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_text_file(path: str | Path) -> str:
    """A ledger file's text; one-line errors for missing, binary or mis-encoded files."""
    data = read_bytes(path)
    if b"\x00" in data:
        raise CrosscheckError(not_text_reason(data), path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CrosscheckError(f"is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start})", path) from None


def not_text_reason(data: bytes) -> str:
    """Why bytes holding NUL are not a UTF-8 text file: UTF-16 (with or without its mark), else binary."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(data):
        return "is UTF-16, not UTF-8; save it as UTF-8 (in most editors: Save with Encoding, UTF-8)"
    return f"is binary, not text (NUL byte at offset {data.index(0)})"


def _looks_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a byte-order mark: a NUL in (nearly) every other byte, on one side."""
    sample = data[:4096]
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.9


def terminated(text: str) -> str:
    """A file of lines ready to take another: with the newline an editor may have left off the last."""
    return text if not text or text.endswith("\n") else text + "\n"


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
    except (ConstructorError, ComposerError) as error:  # ours: an impossible date, an alias
        mark = error.problem_mark or error.context_mark
        raise CrosscheckError(error.problem or "malformed YAML", path, mark.line + 1 if mark else None) from None
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "malformed YAML"
        raise CrosscheckError(f"malformed YAML: {problem}", path, mark.line + 1 if mark else None) from None
    except RecursionError:
        raise CrosscheckError("malformed YAML: nested too deeply to read", path) from None
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


def load_yaml_mapping(path: str | Path, keys: tuple[str, ...] | None = None) -> CommentedMap:
    """Read a YAML file whose top level must be a mapping; an empty file is an error (see parse_yaml_file)."""
    return parse_yaml_file(read_text_file(path), path, keys)


def parse_yaml_file(text: str, path: str | Path, keys: tuple[str, ...] | None = None) -> CommentedMap:
    """A YAML file's text whose top level must be a mapping; an empty file is an error.

    With ``keys``, the top level may hold only those keys and must hold at least one of them, so a
    misspelt key (``claim:``) is an error rather than a file read as holding nothing.
    """
    data = parse_yaml_mapping(text, path)
    if not data:
        expected = f" (expected {', '.join(f'`{k}:`' for k in keys)})" if keys else ""
        raise CrosscheckError(f"is empty{expected}; restore it from git (`git checkout -- {Path(path).name}` in "
                              "its folder) or remove it", path)
    if keys is not None:
        for key in data:
            if key not in keys:
                raise CrosscheckError(f"unknown top-level key {key!r} (expected {', '.join(keys)})", path,
                                      line_of(data, key))
    return data


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
    """Replace ``path`` with ``text`` atomically: a reader (or a crash) sees the old file or the new one."""
    write_files({Path(path): text})


def write_files(files: dict[Path, str], remove: Iterable[Path] = ()) -> None:
    """Write several files (and remove others) as nearly at once as the file system allows.

    The one writer of crosscheck's files. Each is first written in full to a temporary file beside it and
    flushed to disk; only then are they renamed over their targets, one after another, and the files in
    ``remove`` unlinked, with SIGINT held back meanwhile, so an interrupt leaves either none or all of them
    changed. Any failure to write (a full disk, a read-only folder, a name too long) is one CrosscheckError
    naming the file, raised before anything was replaced: ``FILE: cannot write: REASON; nothing was changed``.

    A target that is a symbolic link is refused, not written through and not replaced: written through, a
    link in a cloned repository could make crosscheck change a file anywhere on the analyst's disk; replaced,
    the file it points to would silently miss the change. A target the analyst made read-only is refused too.
    """
    files = {Path(p): text for p, text in files.items()}
    remove = [Path(p) for p in remove]
    for path in [*files, *remove]:
        _check_target(path)
    temps: list[tuple[str, Path]] = []
    made: list[Path] = []  # folders this call created, so a failure or Ctrl-C before the renames leaves none
    done = False
    try:
        for path, text in files.items():
            try:
                made += _make_folders(path.parent)
                temps.append((_write_temporary(path, text), path))
            except OSError as error:
                raise write_error(error, path) from None
        _replace_all(temps, remove)
        for folder in {path.parent for path in [*files, *remove]}:
            _fsync_dir(folder)
        done = True
    finally:
        for tmp, _ in temps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        for folder in [] if done else reversed(made):
            with contextlib.suppress(OSError):  # one that holds a file already renamed into it stays
                folder.rmdir()


def _make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; the ones created, outermost first."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for made in reversed(missing):
        made.mkdir(exist_ok=True)
    return list(reversed(missing))


def write_error(error: OSError, path: Path, changed: str = "nothing was changed") -> CrosscheckError:
    """An operating system's refusal to write ``path`` as one line: ``FILE: cannot write: REASON; ...``."""
    reason = {errno.EFBIG: "the disk is full or the file too large (EFBIG)", errno.ENOSPC: "no space left on the disk",
              errno.EDQUOT: "the disk quota is exhausted", errno.EROFS: "the file system is read-only",
              errno.EACCES: "permission denied (read-only?)", errno.EPERM: "not permitted",
              errno.ENAMETOOLONG: "the file name is too long"}.get(error.errno, error.strerror or str(error))
    return CrosscheckError(f"cannot write: {reason}; {changed}", error.filename if _inside(error, path) else path)


def _inside(error: OSError, path: Path) -> bool:
    """Whether the error names a folder holding ``path`` (the folder is then the better name)."""
    return bool(error.filename) and str(path).startswith(str(error.filename)) and str(error.filename) != str(path)


def _check_target(path: Path) -> None:
    if path.is_symlink():
        raise CrosscheckError(f"is a symbolic link (to {os.readlink(path)}); crosscheck writes files only in place, "
                              "never through a link (it could point anywhere) nor over it; replace the link by the file "
                              "itself; nothing was changed", path)
    if path.exists() and not path.is_file():
        raise CrosscheckError("is not a regular file (a folder?); nothing was changed", path)
    if path.exists() and not os.access(path, os.W_OK):
        raise CrosscheckError("is read-only; make it writable to change it; nothing was changed", path)


def _write_temporary(path: Path, text: str) -> str:
    """``text`` in a new temporary file beside ``path``, flushed to disk, with ``path``'s permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="", errors="strict") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def _replace_all(temps: list[tuple[str, Path]], remove: list[Path]) -> None:
    """Rename every temporary file over its target, then unlink ``remove``, with Ctrl-C held back."""
    total = len(temps)
    with sigint_held():
        while temps:
            tmp, path = temps[0]
            try:
                os.replace(tmp, path)
            except OSError as error:
                done = total - len(temps)
                raise write_error(error, path, "nothing was changed" if not done else
                                  f"{done} of {total} files were written before it") from None
            temps.pop(0)
        for path in remove:
            try:
                path.unlink(missing_ok=True)
            except OSError as error:
                raise write_error(error, path, "every other file was written") from None


@contextlib.contextmanager
def sigint_held() -> Iterator[None]:
    """Defer SIGINT (Ctrl-C) until the block ends; a no-op outside the main thread.

    Python runs signal handlers in the main thread whichever thread the operating system delivers the
    signal to, so the handler itself is swapped for one that only notes the signal; the interrupt is
    raised once the block is done.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: caught.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught and callable(previous):
        previous(signal.SIGINT, None)  # Python's default handler raises KeyboardInterrupt here
    elif caught and previous == signal.SIG_DFL:
        os.kill(os.getpid(), signal.SIGINT)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
