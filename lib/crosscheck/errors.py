"""The one error type the library raises for bad input, and its one-line form."""
from __future__ import annotations

from pathlib import Path


class CrosscheckError(Exception):
    """A problem with an input file: which file, where in it, and what is wrong.

    ``str(error)`` is a single line, ``FILE[:LINE]: PROBLEM``, ready for a terminal.
    """

    def __init__(self, problem: str, path: str | Path | None = None, line: int | None = None):
        self.problem = " ".join(str(problem).split())
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.problem}"


class ProblemList(CrosscheckError):
    """Several problems found at once (for example by ledger validation); one line each.

    ``partial`` may carry what could be read despite the problems (a registry of the good entries), so a
    caller collecting problems from several files can go on checking the others.
    """

    def __init__(self, problems: list[CrosscheckError], partial: object = None):
        self.problems = list(problems)
        self.partial = partial
        first = self.problems[0] if self.problems else CrosscheckError("no problems")
        super().__init__(first.problem, first.path, first.line)

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]
