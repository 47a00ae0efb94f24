"""One ledger lock, fresh reads under it, atomic writes of every staged file at the end."""
import multiprocessing as mp
import os
import signal
import threading
import time

import pytest

from crosscheck.errors import CrosscheckError
from crosscheck.store import Transaction, ledger_lock, transaction
from crosscheck.yamlio import write_files


def _project(tmp_path):
    (tmp_path / "ledger").mkdir()
    (tmp_path / "ledger" / "claims.yaml").write_text("claims: []\n", encoding="utf-8")
    return tmp_path


def test_nothing_is_written_until_the_block_ends(tmp_path):
    root = _project(tmp_path)
    with transaction(root) as tx:
        tx.write_text("ledger/claims.yaml", "claims: [] # changed\n")
        tx.write_text("ledger/new.yaml", "x: 1\n")
        assert (root / "ledger" / "claims.yaml").read_text() == "claims: []\n"
        assert not (root / "ledger" / "new.yaml").exists()
        assert tx.read_text("ledger/new.yaml") == "x: 1\n"  # a transaction sees its own staged writes
    assert (root / "ledger" / "claims.yaml").read_text() == "claims: [] # changed\n"
    assert (root / "ledger" / "new.yaml").read_text() == "x: 1\n"


def test_an_error_in_the_block_writes_nothing(tmp_path):
    root = _project(tmp_path)
    with pytest.raises(ZeroDivisionError):
        with transaction(root) as tx:
            tx.write_text("ledger/claims.yaml", "claims: [] # changed\n")
            raise ZeroDivisionError
    assert (root / "ledger" / "claims.yaml").read_text() == "claims: []\n"
    assert sorted(p.name for p in (root / "ledger").iterdir()) == [".crosscheck.lock", "claims.yaml"]


def test_a_file_saved_meanwhile_by_an_editor_makes_the_commit_refuse(tmp_path):
    root = _project(tmp_path)
    tx = Transaction(root)
    tx.read_yaml("ledger/claims.yaml")
    (root / "ledger" / "claims.yaml").write_text("claims: [] # the analyst's edit\n", encoding="utf-8")
    tx.write_text("ledger/claims.yaml", "claims: [] # the command's copy\n")
    with pytest.raises(CrosscheckError, match="changed on disk while this command ran"):
        tx.commit()
    assert (root / "ledger" / "claims.yaml").read_text() == "claims: [] # the analyst's edit\n"


def test_an_unchanged_file_is_not_rewritten(tmp_path):
    root = _project(tmp_path)
    before = (root / "ledger" / "claims.yaml").stat().st_mtime_ns
    time.sleep(0.01)
    with transaction(root) as tx:
        tx.write_text("ledger/claims.yaml", tx.read_text("ledger/claims.yaml"))
        assert tx.changed == []
    assert (root / "ledger" / "claims.yaml").stat().st_mtime_ns == before


def test_the_lock_is_reentrant_and_excludes_other_threads(tmp_path):
    root = _project(tmp_path)
    order = []
    with ledger_lock(root / "ledger"):
        with ledger_lock(root / "ledger"):  # the same thread again: no deadlock
            order.append("inner")

        def other():
            with ledger_lock(root / "ledger"):
                order.append("other")

        thread = threading.Thread(target=other)
        thread.start()
        time.sleep(0.5)
        order.append("outer done")
    thread.join(timeout=10)
    assert order == ["inner", "outer done", "other"]


def test_no_ledger_folder_is_a_one_line_error(tmp_path):
    with pytest.raises(CrosscheckError, match="no such ledger folder"):
        with ledger_lock(tmp_path / "ledger"):
            pass


def _hold(root, ready, release):
    with ledger_lock(os.path.join(root, "ledger")):
        ready.set()
        release.wait(30)


def test_a_second_process_waits_and_is_told_so(tmp_path, monkeypatch):
    root = _project(tmp_path)
    ctx = mp.get_context("spawn")
    ready, release = ctx.Event(), ctx.Event()
    holder = ctx.Process(target=_hold, args=(str(root), ready, release))
    holder.start()
    assert ready.wait(30)
    told = []
    monkeypatch.setattr("crosscheck.store.on_wait", told.append)
    threading.Timer(0.8, release.set).start()
    started = time.monotonic()
    with ledger_lock(root / "ledger"):
        waited = time.monotonic() - started
    holder.join(10)
    assert waited >= 0.5
    assert told == ["waiting for another crosscheck command to finish writing the ledger ..."]


def test_ctrl_c_during_the_renames_waits_for_the_last_one(tmp_path, monkeypatch):
    files = {tmp_path / f"f{n}.txt": f"new {n}\n" for n in range(5)}
    for path in files:
        path.write_text("old\n", encoding="utf-8")
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            os.kill(os.getpid(), signal.SIGINT)  # delivered only once every file is in place
        real_replace(src, dst)

    monkeypatch.setattr("crosscheck.yamlio.os.replace", replace)
    # Python's own Ctrl-C handler, as a command has it (a test run before may have left another in place)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            write_files(files)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert [p.read_text() for p in files] == [files[p] for p in files]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in files)  # no temp file left


def test_a_ledger_whose_lock_cannot_be_made_is_one_line(tmp_path, monkeypatch):
    import errno

    from filelock import FileLock

    root = _project(tmp_path)
    monkeypatch.setattr(FileLock, "acquire", lambda *a, **k: (_ for _ in ()).throw(
        PermissionError(errno.EACCES, "Permission denied")))
    with pytest.raises(CrosscheckError, match=r"ledger: cannot take the ledger's lock \(.crosscheck.lock\): Permission "
                                              r"denied; .* nothing was changed"):
        with transaction(root):
            pass


def test_a_folder_where_a_ledger_file_should_be_is_one_line(tmp_path):
    root = _project(tmp_path)
    (root / "ledger" / "provenance.jsonl").mkdir()
    with pytest.raises(CrosscheckError, match=r"provenance.jsonl: is a directory, not a file"):
        with transaction(root) as tx:
            tx.write_text("ledger/provenance.jsonl", "{}\n")
