"""The one error type the library raises for bad input, and its one-line form."""
from __future__ import annotations

from collections.abc import Collection
from pathlib import Path


class CrosscheckError(Exception):
    """A problem with an input file: which file, where in it, and what is wrong.

    ``str(error)`` is a single line, ``FILE[:LINE]: PROBLEM``, ready for a terminal (a line break in a
    file's name shown as ``\\n``); a problem with a value the user typed, in no file, is ``PROBLEM`` alone.
    """

    def __init__(self, problem: str, path: str | Path | None = None, line: int | None = None):
        self.problem = " ".join(str(problem).split())
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        if self.path is None:  # a value the user gave (an argument), named in the problem itself
            return self.problem
        where = _one_line(self.path)
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.problem}"


def _one_line(text: str) -> str:
    """A path as it can stand in a one-line message: line breaks (legal in file names) as escapes."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") if any(c in text for c in "\n\r") else text


class UnknownReference(CrosscheckError):
    """A name that refers to something no ledger file declares: a claim, a statement, a speaker, a party.

    ``kind`` says what is referred to and ``name`` the name used. One missing file makes many of these (a
    deleted claims file leaves every claim that depended on its claims pointing nowhere), so
    ``collapse_references`` reports them together.
    """

    def __init__(self, problem: str, path: str | Path | None, line: int | None, kind: str, name: str):
        super().__init__(problem, path, line)
        self.kind, self.name = kind, str(name)


#: How many places a collapsed line lists before it says "and N more".
SHOWN = 3


def collapse_references(problems: list[CrosscheckError], declared_in: dict[str, Path] | None = None,
                        missing: Collection[str] = (), unread: dict[str, Collection[Path]] | None = None
                        ) -> list[CrosscheckError]:
    """``problems`` with the ``UnknownReference``s of each kind folded into one line, where more than one.

    One missing or broken file makes many references point nowhere, so the file is what is named:

    - ``declared_in`` gives the file or folder that declares each kind (``speaker``: actors.yaml); a kind in
      ``missing`` is one whose declaring file is gone, and its one line names that file (the deleted file
      is the problem, the references its consequence);
    - ``unread`` gives, per kind, the files that could hold its declarations but could not be read (their
      own problem is reported): references of that kind wait until they load, and that problem's line says
      how many there are;
    - any other references of a kind are one line, listing the names and where they stand.
    """
    declared_in, unread = declared_in or {}, unread or {}
    waiting = {kind for kind, files in unread.items() if files}

    def key(problem: UnknownReference) -> tuple[str, str]:
        if problem.kind in waiting:
            return ("waiting", problem.kind)
        if problem.kind in missing and problem.kind in declared_in:
            return ("missing", str(declared_in[problem.kind]))
        return ("kind", problem.kind)

    groups: dict[tuple[str, str], list[UnknownReference]] = {}
    for problem in problems:
        if isinstance(problem, UnknownReference):
            groups.setdefault(key(problem), []).append(problem)
    notes = _waiting_notes(problems, groups, unread)
    result = []
    for problem in problems:
        group = groups.get(key(problem)) if isinstance(problem, UnknownReference) else None
        if group is None:
            result.append(_noted(problem, notes.get(id(problem))))
        elif problem is group[0] and key(problem)[0] != "waiting":
            result.append(_collapsed(group, declared_in.get(problem.kind), key(problem)[0] == "missing"))
    return result


def _waiting_notes(problems: list[CrosscheckError], groups: dict, unread: dict[str, Collection[Path]]) -> dict[int, str]:
    """For the first problem of an unread file, the references that wait for it: ``{id(problem): note}``."""
    notes: dict[int, list[str]] = {}
    for (how, kind), group in groups.items():
        if how != "waiting":
            continue
        files = {str(f) for f in unread[kind]}
        first = next((p for p in problems if not isinstance(p, UnknownReference) and str(p.path) in files), None)
        if first is not None:
            notes.setdefault(id(first), []).append(f"{len(group)} reference(s) to {_PLURAL.get(kind, kind + 's')}")
    return {key: "; until it loads, " + " and ".join(items) + " declared there cannot be checked"
            for key, items in notes.items()}


def _noted(problem: CrosscheckError, note: str | None) -> CrosscheckError:
    if not note:
        return problem
    return CrosscheckError(problem.problem + note, problem.path, problem.line)


_PLURAL = {"party": "parties"}


def _places(group: list[UnknownReference]) -> str:
    """Where the references stand, file by file: ``a.yaml:6,14,22+3, b.yaml:31`` (and how many more files)."""
    files: dict[str, list[int]] = {}
    for problem in group:
        files.setdefault(Path(problem.path).name if problem.path else "?", []).extend([problem.line] if problem.line else [])
    shown = [name + (":" + ",".join(map(str, lines[:SHOWN])) + (f"+{len(lines) - SHOWN}" if len(lines) > SHOWN else "")
                     if lines else "") for name, lines in list(files.items())[:SHOWN]]
    return ", ".join(shown) + (f" and {len(files) - SHOWN} more file(s)" if len(files) > SHOWN else "")


def _collapsed(group: list[UnknownReference], declarer: Path | None, missing: bool) -> CrosscheckError:
    if len(group) == 1 and not missing:
        return group[0]
    names = list(dict.fromkeys(p.name for p in group))
    shown = ", ".join(repr(n) for n in names[:SHOWN]) + (f" and {len(names) - SHOWN} more" if len(names) > SHOWN else "")
    places = _places(group)
    kinds = " and ".join(_PLURAL.get(k, k + "s") for k in dict.fromkeys(p.kind for p in group))
    if missing and declarer is not None:
        gone = "is missing" if Path(declarer).suffix else "is missing or holds no files"
        return CrosscheckError(f"{gone}, and {len(group)} place(s) in the ledger name {kinds} declared there "
                               f"({shown}; at {places}); restore it (`git checkout -- {Path(declarer).name}` in its "
                               "folder) or remove what names them", declarer)
    return CrosscheckError(f"{len(group)} references to undeclared {kinds} ({shown}), at {places}; declare them"
                           + (f" (in {Path(declarer).name})" if declarer else "") + " or fix the names",
                           group[0].path, group[0].line)


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
