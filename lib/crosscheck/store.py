"""The project's files on disk: one project-wide lock, fresh reads under it, atomic writes at the end.

Every command that changes the ledger (a verdict, an ingest, a re-anchoring, a curation step) does it
in a transaction::

    with transaction(root) as tx:
        data = tx.read_yaml("ledger/claims.yaml", keys=("claims",))
        ...                                   # change data
        tx.write_yaml("ledger/claims.yaml", data)

Inside, the process holds the one ledger lock (``ledger/.crosscheck.lock``; the operating system drops
it when a process dies, so it never goes stale), and every file is read afresh under it: no writer can
replace a file with a copy it read before another writer's change. Nothing is written until the block
ends without an error; then every staged file is written beside its target, flushed to disk, and renamed
over it, with Ctrl-C held back until the last rename. A file that changed on disk since the transaction
read it (an editor saving it meanwhile) makes the commit refuse, writing nothing.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from . import startup
from .errors import CrosscheckError
from .yamlio import dump_yaml, load_yaml_mapping, read_bytes, read_text_file, write_files

LOCK_NAME = ".crosscheck.lock"
#: Seconds a command waits for another one's transaction before giving up.
LOCK_TIMEOUT = 300.0
#: Called once with a message when a command has to wait for the lock (the command line prints it).
on_wait: Callable[[str], None] = lambda message: None  # noqa: E731


@contextlib.contextmanager
def ledger_lock(folder: str | Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the one lock of the ledger in ``folder`` (a project's ``ledger/``); re-entrant within a thread."""
    path = Path(folder) / LOCK_NAME
    if not path.parent.is_dir():
        raise CrosscheckError("no such ledger folder", path.parent)
    lock = FileLock(str(path), is_singleton=True)
    try:
        try:
            lock.acquire(timeout=0.2)
        except Timeout:
            on_wait("waiting for another crosscheck command to finish writing the ledger ...")
            lock.acquire(timeout=timeout)
    except Timeout:
        raise CrosscheckError(f"the ledger stayed locked by another crosscheck command for {timeout:.0f} s; "
                              "nothing was written", path.parent) from None
    except OSError as error:  # a read-only ledger/ (the lock file cannot be made), a full disk
        raise CrosscheckError(f"cannot take the ledger's lock ({LOCK_NAME}): {error.strerror or error}; the "
                              "ledger folder must be writable to change the ledger; nothing was changed",
                              path.parent) from None
    try:
        yield
    finally:
        lock.release()


def _digest(path: Path) -> str | None:
    """The SHA-256 of the file at ``path`` now (None when there is none); a folder or a special file where a
    file should be is a one-line error, read through the one checked reader (crosscheck.yamlio)."""
    if not path.exists() and not path.is_symlink():
        return None
    return hashlib.sha256(read_bytes(path, limit=None)).hexdigest()


class Transaction:
    """Reads under the lock and writes staged until ``commit`` (see the module docstring)."""

    def __init__(self, root: str | Path):
        self.root = Path(root)
        self._seen: dict[Path, str | None] = {}
        self._staged: dict[Path, str] = {}
        self._removed: set[Path] = set()

    def path(self, relative: str | Path) -> Path:
        return self.root / relative

    def _note(self, path: Path) -> None:
        self._seen.setdefault(path, _digest(path))

    def exists(self, relative: str | Path) -> bool:
        path = self.path(relative)
        self._note(path)
        return path in self._staged or path.exists()

    def read_text(self, relative: str | Path) -> str | None:
        """The file's text as staged in this transaction or on disk now; None when there is none."""
        path = self.path(relative)
        self._note(path)
        if path in self._staged:
            return self._staged[path]
        return read_text_file(path) if path.exists() else None

    def read_yaml(self, relative: str | Path, keys: tuple[str, ...] | None = None) -> Any:
        """The file's YAML mapping (round-trip, comments kept), read afresh."""
        path = self.path(relative)
        self._note(path)
        if path in self._staged:
            from .yamlio import parse_yaml_mapping

            return parse_yaml_mapping(self._staged[path], path)
        return load_yaml_mapping(path, keys)

    def write_text(self, relative: str | Path, text: str) -> None:
        path = self.path(relative)
        self._note(path)
        self._staged[path] = text

    def write_yaml(self, relative: str | Path, data: Any) -> None:
        self.write_text(relative, dump_yaml(data))

    def staged_text(self, relative: str | Path) -> str | None:
        """The text staged for a file (None when it is to be removed or was not written)."""
        return self._staged.get(self.path(relative))

    def overlay(self) -> dict[Path, str | None]:
        """Every staged file as it will be after the commit (None: removed), to validate before writing."""
        return {**{p: None for p in self._removed}, **self._staged}

    def remove(self, relative: str | Path) -> None:
        """Remove the file at commit (only a file this transaction has read, so its content is known)."""
        path = self.path(relative)
        if path not in self._seen:
            raise ValueError(f"{path} must be read in the transaction before it is removed")
        self._staged.pop(path, None)
        self._removed.add(path)

    @property
    def changed(self) -> list[str]:
        """The staged files whose text differs from what is on disk, and those to remove, relative to the root."""
        written = [p for p, text in self._staged.items() if not p.exists() or p.read_bytes() != text.encode("utf-8")]
        return [os.path.relpath(p, self.root) for p in [*written, *sorted(p for p in self._removed if p.exists())]]

    def commit(self) -> list[str]:
        """Write every changed staged file atomically, then remove what was to be removed; the files changed."""
        changed = self.changed
        for relative in changed:
            path = self.path(relative)
            if _digest(path) != self._seen.get(path):
                raise CrosscheckError("changed on disk while this command ran (saved by an editor?); nothing "
                                      "was written: run the command again", path)
        paths = [self.path(r) for r in changed]
        write_files({p: self._staged[p] for p in paths if p in self._staged},
                    remove=[p for p in paths if p in self._removed])
        self._staged.clear()
        self._removed.clear()
        return changed


@contextlib.contextmanager
def transaction(root: str | Path, ledger_folder: str | Path | None = None) -> Iterator[Transaction]:
    """A Transaction on files under ``root``, holding the lock of ``root/ledger`` (or ``ledger_folder``),
    committed when the block ends without an error and no Ctrl-C came meanwhile (crosscheck.startup counts
    the ones a library swallowed: the command stops as interrupted, writing nothing)."""
    with ledger_lock(ledger_folder or Path(root) / "ledger"):
        tx = Transaction(root)
        came = startup.interrupts
        yield tx
        if startup.interrupts != came:  # Ctrl-C came and something caught it: what was read may be wrong
            raise KeyboardInterrupt
        tx.commit()
