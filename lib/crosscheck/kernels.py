"""Executing notebooks: a pool of long-lived kernels, each notebook in a namespace as fresh as a new kernel's.

The one notebook runner of the project: the site build, ``crosscheck run-notebooks`` and ``crosscheck
ingest`` all execute through ``execute_notebooks``. Kernels are the current interpreter's ``python3``
kernel, started in a session of their own (so Ctrl-C in the terminal reaches crosscheck, not them),
talking over IPC sockets in a private temporary folder (nothing on TCP, no "without encryption"
warning), with their log quietened to errors.
"""
from __future__ import annotations

import os
import queue
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: Seconds one cell may run before the run gives up on its notebook.
CELL_TIMEOUT = 600


@dataclass
class Executed:
    """The outcome of executing one notebook: the notebook node, or the one-line error."""

    path: Path
    nb: Any = None
    seconds: float = 0.0
    error: str | None = None


def kernel_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["CROSSCHECK_ROOT"] = str(Path(root).resolve())
    env.setdefault("PYTHONHASHSEED", "0")
    env["JUPYTER_PLATFORM_DIRS"] = env.get("JUPYTER_PLATFORM_DIRS", "1")
    # The kernel is the interpreter running this build: put its bin/ first so 'python' is this one.
    bindir = str(Path(sys.executable).parent)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    return env


def _cell_error(nb, exc: BaseException) -> str:
    """'cell N: Type: message' for the cell that failed (N counts every cell, from 1)."""
    for index, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", ()) if cell.get("cell_type") == "code" else ():
            if output.get("output_type") == "error":
                ename, evalue = output.get("ename", "Error"), output.get("evalue", "")
                return f"cell {index}: {ename}: {' '.join(str(evalue).split())}"
    ename = getattr(exc, "ename", None) or type(exc).__name__
    evalue = getattr(exc, "evalue", None) or str(exc).strip().splitlines()[-1:] or [""]
    if isinstance(evalue, list):
        evalue = evalue[0]
    return f"{ename}: {' '.join(str(evalue).split())}"[:500]


def import_nbformat() -> None:
    """Import nbformat without rfc3987-syntax: jsonschema builds an Earley parser for IRIs when that optional
    package is installed, seconds of start-up for a format check notebooks never use."""
    if "nbformat" in sys.modules:
        return
    blocked = "rfc3987_syntax" not in sys.modules and "jsonschema" not in sys.modules
    if blocked:
        sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]  # makes its import fail, quickly
    try:
        import nbformat  # noqa: F401
    finally:
        if blocked and sys.modules.get("rfc3987_syntax", 0) is None:
            del sys.modules["rfc3987_syntax"]


#: The kernels' command-line options (the benchmark's fresh kernels use them too).
KERNEL_ARGS = ("--HistoryManager.enabled=False", "--IPKernelApp.log_level=ERROR")


#: Run once in each pooled kernel right after it starts: note what a fresh namespace holds (for PRELUDE to put
#: back), then make the imports every notebook makes, so they are paid once per kernel (and while the build
#: does other work). A module that fails to import is left for the notebook that needs it to report.
WARM_UP = """\
def _crosscheck_restore(ip=get_ipython(), fresh=dict(get_ipython().user_ns), hidden=dict(get_ipython().user_ns_hidden)):
    for k, v in hidden.items():
        ip.user_ns_hidden.setdefault(k, v)
    for k, v in fresh.items():
        ip.user_ns.setdefault(k, v)
    for k in fresh:  # in the order a fresh kernel has them
        if k in ip.user_ns:
            ip.user_ns[k] = ip.user_ns.pop(k)
_ip = get_ipython()
_ip._crosscheck_restore = _crosscheck_restore
del _crosscheck_restore
try:
    import crosscheck, crosscheck.ledger, crosscheck.present, pandas
except Exception:
    pass
import gc as _gc, warnings as _w
_ip._crosscheck_warnings = list(_w.filters)
_gc.collect()
_gc.freeze()
del _gc, _w, _ip
"""
#: Run before each notebook in a pooled kernel, to give it what a fresh kernel would: an empty user namespace
#: (``%reset -f``) holding what IPython starts it with (the reset drops ``_``, ``__doc__`` and a few more), in
#: the same order, no input history (``In``), the notebooks folder as cwd (and as ``_dh``), the warning
#: filters as after the warm-up with their "once" registries invalidated (so a warning shows in every
#: notebook that triggers it), and the execution counter at 1. What survives the reset's garbage collection
#: (modules, the library's caches) is then frozen (gc.freeze), so the next reset's collection only walks what
#: the next notebook made: a full collection of a heap holding pandas and spaCy costs 0.1-0.3 s.
PRELUDE = """\
%reset -f
import gc as _gc, os as _os, pathlib as _pathlib, warnings as _w
_gc.freeze()
_os.chdir({folder!r})
_ip = get_ipython()
_ip.history_manager.input_hist_parsed[:] = [""]
_ip.history_manager.input_hist_raw[:] = [""]
_ip.history_manager.dir_hist[:] = [_pathlib.Path.cwd()]
_w.filters[:] = getattr(_ip, "_crosscheck_warnings", _w.filters)
getattr(_w, "_filters_mutated", lambda: None)()
_ip.execution_count = 1
del _gc, _os, _pathlib, _w, _ip
getattr(get_ipython(), "_crosscheck_restore", lambda: None)()
"""


class _PooledKernel:
    """One long-lived kernel that executes notebooks one after another, each in an emptied namespace."""

    def __init__(self, env: dict[str, str], cwd: Path, timeout: int):
        self.env, self.cwd, self.timeout = env, cwd, timeout
        self.km = None
        self.kc = None
        self.broken = False
        self._warm = None
        self._sockets: str | None = None

    async def start(self) -> None:
        import asyncio

        from jupyter_client.manager import AsyncKernelManager

        self._sockets = tempfile.mkdtemp(prefix="crosscheck-kernel-")  # private (0700): IPC, not TCP
        self.km = AsyncKernelManager(kernel_name="python3", transport="ipc", ip=os.path.join(self._sockets, "k"))
        await self.km.start_kernel(extra_arguments=list(KERNEL_ARGS), env=self.env, cwd=str(self.cwd))
        self.kc = self.km.client()
        self.kc.start_channels()
        await self.kc.wait_for_ready(timeout=60)
        self.kc.allow_stdin = False
        self._warm = asyncio.ensure_future(self._run(WARM_UP, timeout=self.timeout))

    async def _run(self, code: str, timeout: float) -> dict | None:
        """Execute code silently (no outputs broadcast, no history, no execution count); the reply's content."""
        import asyncio
        from queue import Empty

        msg_id = self.kc.execute(code, silent=True, store_history=False, allow_stdin=False, stop_on_error=False)
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = await self.kc.get_shell_msg(timeout=1)
            except (Empty, asyncio.TimeoutError):
                if not await self.km.is_alive():
                    raise RuntimeError("the kernel died") from None
                if time.monotonic() > deadline:
                    raise TimeoutError(f"no reply in {timeout}s") from None
                continue
            if reply.get("parent_header", {}).get("msg_id") == msg_id:
                return reply.get("content")

    async def execute(self, path: Path) -> Executed:
        import_nbformat()
        import nbformat
        from nbclient import NotebookClient
        from nbclient.exceptions import CellExecutionError

        started = time.perf_counter()
        try:
            nb = nbformat.read(str(path), as_version=4)
        except (OSError, ValueError, nbformat.ValidationError) as exc:  # not a notebook (JSON errors are ValueErrors)
            return Executed(path, None, 0.0, " ".join(f"{type(exc).__name__}: {exc}".split())[:500])
        try:
            if self._warm is not None:
                warm, self._warm = self._warm, None
                await warm  # its content is not checked: a failed import shows again in the notebook
            content = await self._run(PRELUDE.format(folder=str(path.parent)), timeout=60)
            if content and content.get("status") != "ok":
                raise RuntimeError(f"could not reset the kernel: {content.get('ename')}: {content.get('evalue')}")
            client = NotebookClient(
                nb,
                km=self.km,  # not owned: async_execute leaves the kernel running
                timeout=self.timeout,
                kernel_name="python3",
                resources={"metadata": {"path": str(path.parent)}},
                allow_errors=False,
            )
            client.kc = self.kc
            await client.async_execute(reset_kc=False)
        except Exception as exc:  # noqa: BLE001 - CellExecutionError, DeadKernelError, timeouts: reported as this notebook's failure
            if not isinstance(exc, CellExecutionError):
                self.broken = True  # dead, or still busy with a timed-out cell: the next notebook gets a new one
            return Executed(path, None, time.perf_counter() - started, _cell_error(nb, exc))
        return Executed(path, nb, time.perf_counter() - started)

    async def shutdown(self) -> None:
        import asyncio

        if self._warm is not None:
            self._warm.cancel()
            self._warm = None
        try:
            if self.kc is not None:
                self.kc.stop_channels()
        finally:
            self.kc = None
            if self.km is not None:
                km, self.km = self.km, None
                try:
                    await asyncio.wait_for(km.shutdown_kernel(now=True), timeout=30)
                except (TimeoutError, RuntimeError, OSError):  # would not stop in time: make sure the process is gone
                    if km.has_kernel:
                        await km.kill_kernel()
            if self._sockets is not None:
                shutil.rmtree(self._sockets, ignore_errors=True)  # the folder start() made for the sockets
                self._sockets = None


class execute_notebooks:
    """Execute notebooks in ``jobs`` long-lived kernels; iterate to get each outcome as it ends.

    Each kernel executes one notebook after another (in the order given: put the longest first), so
    importing the library, pandas and spaCy and filling the library's in-process caches is paid once per
    kernel rather than once per notebook. Before each notebook the kernel's namespace is emptied
    (``%reset -f``), its cwd set to the notebook's folder and its execution counter reset, so a notebook
    sees nothing another one defined and its outputs are those of a fresh kernel. A kernel that dies or
    times out is replaced. All kernels are shut down at the end, also on failure and on ``close()``.

    The kernels are separate processes; one event loop in a helper thread drives them all and starts at
    once, so the caller can do other work (and render finished notebooks) while they run.
    """

    def __init__(self, paths: Iterable[Path], jobs: int, env: dict[str, str], timeout: int = CELL_TIMEOUT):
        self.paths = list(paths)
        self.jobs = max(1, jobs)
        self.env = env
        self.timeout = timeout
        self._results: queue.Queue = queue.Queue()
        self._done = False
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._thread_main, name="crosscheck-execute", daemon=True)
        self._thread.start()

    def _thread_main(self) -> None:
        import asyncio

        try:
            if self.paths:
                asyncio.run(self._main())
        finally:
            self._results.put(None)

    async def _main(self) -> None:
        import asyncio

        todo = list(self.paths)

        async def worker() -> None:
            kernel: _PooledKernel | None = None
            try:
                while todo and not self._closing.is_set():
                    if kernel is None:
                        kernel = _PooledKernel(self.env, todo[0].parent, self.timeout)
                        try:
                            await kernel.start()
                        except Exception as exc:  # noqa: BLE001 - the kernel would not start: fail the next notebook with the reason
                            path = todo.pop(0)
                            self._results.put(Executed(path, None, 0.0, f"kernel did not start: "
                                                                         f"{type(exc).__name__}: {exc}"))
                            await kernel.shutdown()
                            kernel = None
                            continue
                    if not todo or self._closing.is_set():
                        break
                    path = todo.pop(0)
                    try:
                        outcome = await kernel.execute(path)
                    except BaseException as exc:  # noqa: BLE001 - never leave the consumer waiting; reported as a failure
                        outcome = Executed(path, None, 0.0, f"{type(exc).__name__}: {exc}")
                        kernel.broken = True
                    self._results.put(outcome)
                    if kernel.broken:
                        await kernel.shutdown()
                        kernel = None
            finally:
                if kernel is not None:
                    await kernel.shutdown()

        await asyncio.gather(*(worker() for _ in range(min(self.jobs, len(todo)))))

    def close(self) -> None:
        """Start no further notebook; iterate (or wait) for the running ones and the kernels' shutdown."""
        self._closing.set()

    def __iter__(self) -> Iterator[Executed]:
        try:
            while not self._done:
                item = self._results.get()
                if item is None:
                    self._done = True
                    break
                yield item
        finally:
            self._thread.join(timeout=120)
