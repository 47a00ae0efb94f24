"""Ctrl-C in the ``crosscheck`` command: imported first by crosscheck.cli, before anything else loads.

Until ``cli.main`` is running, Python would turn Ctrl-C into a KeyboardInterrupt traceback from whatever
import is under way. In the command itself (the console script, or ``python -m crosscheck.cli``), and only
there, Ctrl-C ends the start-up quietly, by the signal; ``interruptible`` (called first thing by ``main``)
makes it a KeyboardInterrupt again, which main turns into one line and exit 130, and counts it in
``interrupts``: a library that catches every exception (ruamel.yaml's ``CommentedMap.get`` does, and returns
its default) can swallow the KeyboardInterrupt, not the count. A program that merely imports the library
keeps its own Ctrl-C. Once main has its outcome, ``settle`` makes the process end with it.
"""
from __future__ import annotations

import signal
import sys


def _is_the_command() -> bool:
    main = sys.modules.get("__main__")
    spec = getattr(main, "__spec__", None)
    return getattr(spec, "name", None) == "crosscheck.cli" or sys.argv[0].rsplit("/", 1)[-1] == "crosscheck"


QUIET = _is_the_command()
if QUIET:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


#: How many times Ctrl-C came while the command ran (counted in the command only).
interrupts = 0


def _interrupt(signum: int, frame) -> None:
    """The command's Ctrl-C: counted, then Python's own KeyboardInterrupt."""
    global interrupts
    interrupts += 1
    signal.default_int_handler(signum, frame)


def interruptible() -> None:
    """Ctrl-C as KeyboardInterrupt again, once the command's start-up ended it quietly; counted."""
    if QUIET and signal.getsignal(signal.SIGINT) is signal.SIG_DFL:
        signal.signal(signal.SIGINT, _interrupt)


def settle() -> None:
    """End with the outcome main has, whatever Ctrl-C comes now or came before.

    In the command, Ctrl-C is ignored from here on: it has nothing left to stop, and Python would make it a
    KeyboardInterrupt in an exit handler, or a death by the signal once it restores the default handler at
    shutdown. Everywhere, CPython's note of an unhandled KeyboardInterrupt is cleared: CPython makes it
    whenever a KeyboardInterrupt leaves code that exec() or eval() ran from a string (the methods a dataclass
    or a namedtuple generates as a module loads), even when the command catches it later, and then ends
    ``python -m crosscheck.cli`` by SIGINT after finalisation instead of with the exit status (Py_RunMain's
    exit_sigint). CPython clears the note before it runs each such string, so running one that does nothing
    clears it.
    """
    if QUIET:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    exec("pass")  # noqa: S102 - a string on purpose: see above
