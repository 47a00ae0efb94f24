"""Where a command may write what it makes: a new path, or a path it made itself and nobody changed since.

``build-site --out DIR`` writes a folder and ``export --out FILE`` a file. Neither ever deletes or
replaces anything it did not make:

- a path that does not exist may be written, unless it lies inside ``ledger/``, ``seeds/`` or ``.git/``
  of the project (the analyst's data and the history are never an output);
- an existing folder may be replaced only when it holds a stamp (``.crosscheck-site``) listing every file
  the command wrote there with its SHA-256, and holds nothing else and nothing changed: a file added or
  edited since is the analyst's, and the command refuses, naming it;
- an existing file may be replaced only when the project's record of outputs (``build/outputs.json``)
  says this command wrote it, with the SHA-256 it still has;
- anything else (the project itself, a folder holding it, a symbolic link, a device) is refused.

A refusal is one line and changes nothing. Commands writing outputs take turns (one lock in the
project's ``build/``), so two builds of one site cannot interleave.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import CrosscheckError
from .yamlio import atomic_write_text, read_text_file

STAMP = ".crosscheck-site"
RECORD = Path("build") / "outputs.json"
PROTECTED = ("ledger", "seeds", ".git")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def protected(target: Path, root: Path) -> str | None:
    """Why ``target`` may never be written, or None."""
    if target == root or target in root.parents:
        return "is the project folder or holds it"
    for name in PROTECTED:
        folder = (root / name).resolve()
        if target == folder or folder in target.parents:
            return f"lies inside the project's {name}/, which holds the analyst's data, not outputs"
    return None


def resolve_output(out: str | Path, root: str | Path) -> Path:
    """``out`` as an absolute path, its folders' links resolved; refuses a link as the output itself, a
    path whose folders are not folders, and one the file system cannot hold (a name too long)."""
    from .ledger import working_folder

    out = Path(out)
    absolute = out if out.is_absolute() else working_folder() / out
    try:
        if absolute.is_symlink():
            raise CrosscheckError("is a symbolic link; give the output's real path", out)
        resolved = absolute.resolve() if absolute.name in ("", ".", "..") else absolute.parent.resolve() / absolute.name
        _check_folders(resolved, out)
        resolved.exists()  # a name too long for the file system fails here, before any work
    except OSError as error:
        raise CrosscheckError(f"cannot be an output: {error.strerror or error}; choose another --out", out) from None
    return resolved


def _check_folders(path: Path, shown) -> None:
    """The nearest existing folder above ``path`` must be a folder (``README.md/x`` cannot be made)."""
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise CrosscheckError(f"cannot be made: {parent.name} is a file, not a folder; choose another --out",
                                      shown)
            return


def check_site_folder(out: Path, root: Path, shown: str | Path) -> None:
    """Refuse unless ``out`` is new, or a site folder this command made whose files are all as it wrote them."""
    why = protected(out, root.resolve())
    if why:
        raise CrosscheckError(f"{why}; choose another --out", shown)
    if not out.exists():
        return
    if not out.is_dir():
        raise CrosscheckError("exists and is not a folder crosscheck made; choose another --out", shown)
    stamp = out / STAMP
    if not stamp.is_file():
        raise CrosscheckError(f"exists and was not made by crosscheck build-site (no {STAMP} in it); "
                              "choose a new --out or move the folder away", shown)
    written = _stamp_files(stamp, shown)
    for path in sorted(out.rglob("*")):
        if path == stamp or path.is_dir() and not path.is_symlink():
            continue
        relative = path.relative_to(out).as_posix()
        if relative not in written:
            raise CrosscheckError(f"holds {relative}, which crosscheck did not write; move it away first", shown)
        if path.is_symlink() or _sha256(path) != written[relative]:
            raise CrosscheckError(f"{relative} was changed after crosscheck wrote it; move it away first", shown)


def _stamp_files(stamp: Path, shown) -> dict[str, str]:
    try:
        data = json.loads(read_text_file(stamp))
        files = data["files"]
        if not isinstance(files, dict):
            raise TypeError
        return {str(k): str(v) for k, v in files.items()}
    except (ValueError, KeyError, TypeError):
        raise CrosscheckError(f"its {STAMP} is damaged, so crosscheck cannot tell what it wrote there; "
                              "choose a new --out", shown) from None


def write_stamp(folder: Path, command: str) -> None:
    """Record every file under ``folder`` (about to become the output) as written by ``command``."""
    files = {p.relative_to(folder).as_posix(): _sha256(p) for p in sorted(folder.rglob("*")) if p.is_file()}
    text = json.dumps({"written_by": f"crosscheck {command}", "files": files}, indent=1, sort_keys=True) + "\n"
    atomic_write_text(folder / STAMP, text)


def check_output_file(out: Path, root: Path, shown: str | Path, command: str) -> None:
    """Refuse unless ``out`` is a new file, or one ``command`` wrote before and nobody changed since."""
    why = protected(out, root.resolve())
    if why:
        raise CrosscheckError(f"{why}; choose another --out", shown)
    if not out.exists():
        if not out.parent.is_dir():
            raise CrosscheckError("its folder does not exist", shown)
        return
    if not out.is_file():
        raise CrosscheckError("exists and is not a regular file; choose another --out", shown)
    made = _record(root).get(str(out))
    if not made or made.get("command") != command:
        raise CrosscheckError(f"exists and was not written by crosscheck {command}; choose a new --out or "
                              "move the file away", shown)
    if made.get("sha256") != _sha256(out):
        raise CrosscheckError("was changed after crosscheck wrote it; move it away first", shown)


def _record(root: Path) -> dict:
    path = root / RECORD
    if not path.exists():
        return {}
    try:
        data = json.loads(read_text_file(path))
    except ValueError:
        return {}  # a damaged record vouches for nothing: every existing output is refused
    return data if isinstance(data, dict) else {}


def write_output_file(out: Path, root: Path, text: str, command: str) -> None:
    """Write ``text`` to ``out`` atomically and record it as ``command``'s output."""
    atomic_write_text(out, text)
    record = _record(root)
    record[str(out)] = {"command": command, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest()}
    atomic_write_text(root / RECORD, json.dumps(record, indent=1, sort_keys=True) + "\n")


@contextlib.contextmanager
def output_lock(root: Path) -> Iterator[None]:
    """One crosscheck command at a time writing outputs of this project (``build/outputs.lock``)."""
    path = root / "build" / "outputs.lock"
    lock = FileLock(str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=900)
    except Timeout:
        raise CrosscheckError("another crosscheck command has been writing outputs for 15 minutes", path) from None
    except OSError as error:  # a read-only build/ (the lock file cannot be made), a full disk
        raise CrosscheckError(f"cannot take the outputs' lock: {error.strerror or error}; the project's build/ "
                              "must be writable; nothing was written", path.parent) from None
    try:
        yield
    finally:
        lock.release()
