"""Undo: every curation step is recorded, and ``crosscheck undo`` reverts the last one.

A step is a file in ``.crosscheck/undo/`` (local to the clone, not shared through git): the command that
made it, and for each file it changed, the text before and the SHA-256 after. Undoing restores every
file's text before, in one transaction, but only while each still has the text the step wrote: a file
changed since (by a later command, an editor or a merge) makes it refuse, naming the file, so an undo
never overwrites anyone's later work. The step's record is then removed, and the next undo reverts the
step before it. Curation changes are also plain diffs of plain text: ``git diff`` shows them and
``git checkout`` restores a file, for anything older than the steps kept here.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from .errors import CrosscheckError
from .store import Transaction, transaction
from .yamlio import read_text_file

UNDO_DIR = Path(".crosscheck") / "undo"
#: How many steps are kept; older ones are forgotten (git still has them).
KEPT = 200


def _digest(text: str | None) -> str | None:
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text is not None else None


def record_step(tx: Transaction, command: str) -> None:
    """Stage, in ``tx``, the record of the step it is about to commit (call it last, before the commit)."""
    files = {}
    for relative in tx.changed:
        path = tx.path(relative)
        before = read_text_file(path) if path.exists() else None
        after = tx.staged_text(path)
        files[Path(relative).as_posix()] = {"before": before, "after_sha256": _digest(after)}
    if not files:
        return
    steps = _steps(tx.root)
    number = int(steps[-1].stem) + 1 if steps else 1
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    record = {"time": stamp, "command": command, "files": files}
    tx.write_text(UNDO_DIR / f"{number:06d}.json", json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    for old in steps[:max(0, len(steps) + 1 - KEPT)]:
        tx.read_text(old.relative_to(tx.root))
        tx.remove(old.relative_to(tx.root))


def _steps(root: Path) -> list[Path]:
    """The recorded steps, oldest first (``NNNNNN.json``; anything else in the folder is not a step)."""
    folder = root / UNDO_DIR
    return sorted(p for p in folder.glob("*.json") if p.stem.isdigit()) if folder.is_dir() else []


def _read_step(tx: Transaction, path: Path) -> dict:
    """A step's record, checked: damaged, or naming a file outside the ledger, it is refused, naming it (an
    undo restores exactly what a curation step changed, and a step changes only the ledger's files)."""
    def damaged(why: str) -> CrosscheckError:
        return CrosscheckError(f"this undo record is damaged ({why}); nothing was changed: undo by hand with git, "
                               "or delete the record to undo the step before it", path)

    try:
        step = json.loads(tx.read_text(path.relative_to(tx.root)))
    except (ValueError, RecursionError):
        raise damaged("not JSON") from None
    if not isinstance(step, dict) or not isinstance(step.get("files"), dict) or not step["files"]:
        raise damaged("it lists no files")
    ledger = (tx.root / "ledger").resolve()
    for relative, change in step["files"].items():
        target = (tx.root / str(relative)).resolve()
        if ledger not in target.parents or Path(str(relative)).is_absolute():
            raise damaged(f"{relative!r} lies outside the ledger, and undo restores only ledger files")
        if not isinstance(change, dict) or not isinstance(change.get("before"), (str, type(None))) \
                or not isinstance(change.get("after_sha256"), (str, type(None))):
            raise damaged(f"the entry of {relative!r} is not a text before and a SHA-256 after")
    step.setdefault("command", "a curation step")
    step.setdefault("time", "time unknown")
    return step


def undo(root: str | Path) -> list[str]:
    """Revert the last recorded curation step; one line per file restored. Refuses, changing nothing,
    when a file it would restore has changed since."""
    root = Path(root)
    with transaction(root) as tx:
        folder = root / UNDO_DIR
        steps = _steps(root)
        if not steps:
            raise CrosscheckError("nothing to undo: no curation step is recorded in this clone", folder)
        step_path = steps[-1]
        step = _read_step(tx, step_path)
        lines = [f"undid: {step['command']} ({step['time']})"]
        for relative, change in step["files"].items():
            current = tx.read_text(relative)
            if _digest(current) != change["after_sha256"]:
                raise CrosscheckError(f"changed since `{step['command']}` wrote it; undo it by hand or with git "
                                      "(nothing was changed)", root / relative)
            if change["before"] is None:
                tx.remove(relative)
                lines.append(f"removed {relative}")
            else:
                tx.write_text(relative, change["before"])
                lines.append(f"restored {relative}")
        tx.remove(step_path.relative_to(root))
    return lines
