"""The probe harness: a fresh copy of the project per probe, ``crosscheck`` run as a user runs it, a verdict.

A probe is a function of a ``Project`` (a throw-away copy of the seed project with a folder ``outside/``
beside it for articles and other files a user keeps elsewhere). It runs commands through ``Project.run``
(a real subprocess, ``python -m crosscheck.cli``, under a timeout) or ``Project.start`` (running in the
background, for concurrency and signals), and raises ``Fault`` when what it sees is wrong. Around every
probe the harness also looks, whatever the probe asked:

- at every run's output: "Traceback" anywhere, exit 3 or "internal error", a timeout, raw control or
  direction-override characters reaching the terminal;
- at the whole probe folder (project and outside/) before and after: any file deleted, changed, replaced
  or created that the probe did not list in ``writes`` is data lost (``build/`` and lock files are the
  command's own and always allowed);
- when the ledger passed ``crosscheck verify`` before and its files changed: that it still passes, and
  that no temporary file was left half-written beside a ledger file or seed;
- at processes: a kernel or helper still running 10 s after the probe is a hang.
"""
from __future__ import annotations

import ctypes
import fnmatch
import hashlib
import json
import os
import re
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "crosscheck.cli"]
SEED_ID = "dw-2026-01-30-kremlin-trump-kyiv"
SEED = f"seeds/{SEED_ID}.txt"
META = f"seeds/{SEED_ID}.meta.yaml"
CLAIM = "trump-asked-putin-halt-kyiv-strikes"
#: The ledger's files (crosscheck.layout): the seed's document file, the claims file holding CLAIM, the
#: desk's verdict history; a verdict by analyst NAME goes to ledger/verdicts/NAME.jsonl.
DOC = f"ledger/documents/{SEED_ID}.yaml"
CLAIMS = "ledger/claims/request.yaml"
VERDICTS = "ledger/verdicts/crosscheck-desk.jsonl"
VERDICTS_DIR = "ledger/verdicts"
STATEMENT = "kremlin-said-friday-russian-president"  # a statement of DOC that CLAIM rests on

#: The outcome classes, in the order of the summary table; a probe gets the most severe one it earned.
CATEGORIES = ("ok", "traceback", "internal error", "hang", "data lost", "unclear", "wrong")
SEVERITY = ("data lost", "hang", "traceback", "internal error", "wrong", "unclear")
#: What a terminal must never receive raw (the same class crosscheck.sanitize neutralises).
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069]")
SUMMARY_LINE = re.compile(r"^crosscheck: \d+ problem\(s\); ")
WAITING = "waiting for another crosscheck command"
ALWAYS_WRITABLE = ("project/build", "*.lock")


class Fault(Exception):
    """What a probe found wrong: one of CATEGORIES (not "ok") and one line saying what happened."""

    def __init__(self, category: str, detail: str):
        assert category in CATEGORIES[1:], category
        super().__init__(f"{category}: {detail}")
        self.category, self.detail = category, " ".join(detail.split())


@dataclass
class Run:
    """One finished command: what was typed, its exit status, what it printed, how long it took."""

    argv: list[str]
    shown: str
    rc: int | None
    out: str
    err: str
    seconds: float
    timed_out: bool = False
    raw_ok: bool = False  # stdout is data for a pipe (export), not text for a terminal
    #: Ctrl-C sent within the first moments: a traceback none of whose frames is crosscheck's own code comes from
    #: Python's start-up (site, runpy), before the first line of crosscheck runs, which no program can hold back
    python_startup: bool = False

    @property
    def lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]

    def first(self) -> str:
        text = (self.err.strip() or self.out.strip() or "(no output)").splitlines()[0]
        return text if len(text) <= 160 else text[:157] + "..."


class Started:
    """A command running in the background, in a process group of its own (as a terminal runs a job)."""

    def __init__(self, project: "Project", argv: list[str], shown: str, raw_ok: bool, **popen):
        self.project, self.argv, self.shown, self.raw_ok = project, argv, shown, raw_ok
        self.began = time.monotonic()
        self.process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        start_new_session=True, **popen)
        project.started.append(self)

    def interrupt(self) -> None:
        """Ctrl-C: SIGINT to the whole foreground group, as the terminal sends it."""
        _signal_group(self.process.pid, signal.SIGINT)

    def kill(self) -> None:
        """A crash: SIGKILL to the command itself (its kernels, in sessions of their own, are left to notice)."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)

    def wait(self, timeout: float = 120) -> Run:
        timed_out = False
        try:
            out, err = self.process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            _signal_group(self.process.pid, signal.SIGKILL)
            out, err = self.process.communicate()
        run = Run(self.argv, self.shown, None if timed_out else self.process.returncode, _text(out), _text(err),
                  time.monotonic() - self.began, timed_out, self.raw_ok)
        self.project.runs.append(run)
        return run


def shown_text(text: str) -> str:
    """Text safe for the harness's own report: control characters and lone surrogates as escapes."""
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return RAW_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _signal_group(pid: int, number: int) -> None:
    try:
        os.killpg(pid, number)
    except ProcessLookupError:
        pass


def _text(data: bytes | None) -> str:
    return (data or b"").decode("utf-8", errors="backslashreplace")


def drop_file_override() -> None:
    """In a child about to exec: drop root's power to ignore file permissions (CAP_DAC_OVERRIDE,
    CAP_DAC_READ_SEARCH, CAP_FOWNER), so read-only files and folders are read-only to it as to a user."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def limit_file_size(limit: int) -> Callable[[], None]:
    """A preexec function making every write past ``limit`` bytes of a file fail (EFBIG), as a full disk does."""
    import resource

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


class Project:
    """A fresh copy of the project for one probe: ``root`` (the project) and ``out`` (outside/) in ``dir``."""

    def __init__(self, base: Path, name: str, template: Path):
        self.dir = base / name
        self.root = self.dir / "project"
        self.out = self.dir / "outside"
        shutil.copytree(template, self.root, symlinks=True)
        self.out.mkdir()
        self.runs: list[Run] = []
        self.started: list[Started] = []
        self.made: set[str] = set()  # paths the probe itself wrote (relative to dir), never data lost

    # ------------------------------------------------------------------ files
    def path(self, relative: str | Path) -> Path:
        """A path in the project (``outside/...`` in the folder beside it)."""
        relative = str(relative)
        if relative.startswith("outside/") or relative == "outside":
            return self.dir / relative
        return self.root / relative

    def read(self, relative: str) -> str:
        return self.path(relative).read_bytes().decode("utf-8")

    def write(self, relative: str, data: str | bytes) -> Path:
        path = self.path(relative)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_symlink() or path.exists() and not path.is_file():
            remove(path)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        self.made.add(path.relative_to(self.dir).as_posix())
        return path

    def link(self, relative: str, target: str | Path) -> Path:
        """A symbolic link at ``relative`` to ``target`` (a project-relative name or an absolute path)."""
        path = self.path(relative)
        os.symlink(target if Path(target).is_absolute() else self.path(str(target)), path)
        self.made.add(path.relative_to(self.dir).as_posix())
        return path

    def edit(self, relative: str, change: Callable[[str], str]) -> None:
        text = self.read(relative)
        changed = change(text)
        if changed == text:
            raise SetupError(f"the edit of {relative} changed nothing")
        self.write(relative, changed)

    def replace(self, relative: str, old: str, new: str, count: int = 1) -> None:
        text = self.read(relative)
        if old not in text:
            raise SetupError(f"{old!r} is not in {relative}")
        self.write(relative, text.replace(old, new, count))

    def article(self, name: str, data: str | bytes) -> Path:
        """An article the user keeps outside the project."""
        return self.write(f"outside/{name}", data)

    def add_notebooks(self, *names: str) -> None:
        """Copy workbook notebooks (and their twins) from the real checkout into the copy."""
        for name in names:
            for suffix in (".ipynb", ".py"):
                target = self.root / "notebooks" / f"{name}{suffix}"
                shutil.copyfile(ROOT / "notebooks" / f"{name}{suffix}", target)
                self.made.add(target.relative_to(self.dir).as_posix())

    def relocate(self, name: str) -> None:
        """Move the project to ``dir/name`` (a folder name with spaces, newlines, unicode ...)."""
        target = self.dir / name
        self.root.rename(target)
        self.root = target

    # --------------------------------------------------------------- commands
    def command(self, args: Iterable[str | Path], root: bool | str | Path = True) -> tuple[list[str], str]:
        args = [str(a) for a in args]
        if root is True:
            args = ["--root", str(self.root), *args]
        elif root is not False and root is not None:
            args = ["--root", str(root), *args]
        return [*CLI, *args], "crosscheck " + self.shown(shlex.join(args))

    def shown(self, text: str) -> str:
        return shown_text(text.replace(str(self.root), "$P").replace(str(self.dir), "$D"))

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if k not in ("CROSSCHECK_ROOT", "CROSSCHECK_DEBUG", "CROSSCHECK_SITE_CACHE")}
        env.update(extra or {})
        return env

    def run(self, *args, root: bool | str | Path = True, cwd: Path | None = None, env: dict | None = None,
            timeout: float = 90, stdin: bytes | None = None, preexec: Callable | None = None,
            raw_ok: bool = False, stdout=None) -> Run:
        """Run ``crosscheck ARGS`` to the end (``--root`` the project unless ``root`` says otherwise)."""
        argv, shown = self.command(args, root)
        began = time.monotonic()
        try:
            done = subprocess.run(argv, input=stdin, stdout=stdout or subprocess.PIPE, stderr=subprocess.PIPE,
                                  cwd=cwd or self.out, env=self.env(env), timeout=timeout, preexec_fn=preexec,
                                  check=False)
            run = Run(argv, shown, done.returncode, _text(done.stdout), _text(done.stderr),
                      time.monotonic() - began, raw_ok=raw_ok)
        except subprocess.TimeoutExpired as expired:
            run = Run(argv, shown, None, _text(expired.stdout), _text(expired.stderr), timeout, True, raw_ok)
        self.runs.append(run)
        return run

    def start(self, *args, root: bool | str | Path = True, cwd: Path | None = None, env: dict | None = None,
              raw_ok: bool = False) -> Started:
        argv, shown = self.command(args, root)
        return Started(self, argv, shown, raw_ok, cwd=cwd or self.out, env=self.env(env))

    def shell(self, script: str, timeout: float = 90, env: dict | None = None) -> Run:
        """A shell line using ``$CC`` for the crosscheck command (pipes, closed descriptors, redirections)."""
        environment = self.env({"CC": shlex.join(CLI), "P": str(self.root), **(env or {})})
        began = time.monotonic()
        try:
            done = subprocess.run(["sh", "-c", script], capture_output=True, cwd=self.out, env=environment,
                                  timeout=timeout, check=False)
            run = Run(["sh", "-c", script], f"sh -c {script!r}", done.returncode, _text(done.stdout),
                      _text(done.stderr), time.monotonic() - began)
        except subprocess.TimeoutExpired as expired:
            run = Run(["sh", "-c", script], f"sh -c {script!r}", None, _text(expired.stdout), _text(expired.stderr),
                      timeout, True)
        self.runs.append(run)
        return run

    def verify(self) -> Run:
        """``crosscheck verify`` on the project, not counted among the probe's runs."""
        argv, shown = self.command(["verify"])
        done = subprocess.run(argv, capture_output=True, cwd=self.out, env=self.env(), timeout=120, check=False)
        return Run(argv, shown, done.returncode, _text(done.stdout), _text(done.stderr), 0.0)

    def verdicts(self) -> list[dict]:
        """Every verdict in every analyst's history (ledger/verdicts/*.jsonl)."""
        found = []
        for path in sorted((self.root / VERDICTS_DIR).glob("*.jsonl")):
            found += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        return found

    def documents(self) -> set[str]:
        """The ids of the documents the ledger records (ledger/documents/ID.yaml)."""
        return {path.stem for path in (self.root / "ledger" / "documents").glob("*.yaml")}

    def claim_ids(self) -> list[str]:
        """Every claim id in every claims file, in file order (duplicates kept)."""
        return [m for path in sorted((self.root / "ledger" / "claims").glob("*.yaml"))
                for m in re.findall(r"^  - id: (\S+)$", path.read_text(encoding="utf-8"), re.M)]

    # ------------------------------------------------------------ the folder
    def digest(self) -> dict[str, str]:
        """Every entry under the probe folder: kind, mode and content digest (links by target)."""
        entries = {}
        for folder, dirs, files in os.walk(self.dir):
            for name in [*dirs, *files]:
                path = Path(folder) / name
                entries[path.relative_to(self.dir).as_posix()] = _fingerprint(path)
        return entries


def _fingerprint(path: Path) -> str:
    info = path.lstat()
    mode = f"{stat.S_IMODE(info.st_mode):o}"
    if stat.S_ISLNK(info.st_mode):
        return f"link {os.readlink(path)}"
    if stat.S_ISDIR(info.st_mode):
        return f"dir {mode}"
    if not stat.S_ISREG(info.st_mode):
        return f"special {stat.S_IFMT(info.st_mode):o}"
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return f"file {mode} {digest.hexdigest()}"


def remove(path: Path) -> None:
    if path.is_symlink() or path.is_file() or path.exists() and not path.is_dir():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


class SetupError(Exception):
    """A probe could not prepare its case: a bug in the probe, not a finding."""


# --------------------------------------------------------------------------- expectations

def refused(run: Run, names: str | Iterable[str] | None = None, says: str | None = None, lines: int | None = 1,
            argument: bool = False) -> None:
    """The command must refuse: exit != 0, each stderr line ``crosscheck: ...``, one naming ``names`` (any of
    them), the problem matching ``says`` (a regex), at most ``lines`` lines of problem. ``argument``: the
    refusal may be argparse's usage message, for a bad command-line argument."""
    if run.rc is None:
        return  # a hang: reported by the harness
    if run.rc == 0:
        raise Fault("wrong", f"accepted (exit 0): {run.first()}")
    errs = run.lines
    if argument and errs and errs[0].startswith("usage: "):
        error = [line for line in errs if ": error: " in line]
        if not error:
            raise Fault("unclear", f"usage message without an error line: {errs[-1]}")
        if says and not re.search(says, error[0], re.I):
            raise Fault("unclear", f"does not say /{says}/: {error[0]}")
        return
    if not errs:
        raise Fault("unclear", f"exit {run.rc} with nothing on stderr")
    stray = [line for line in errs if not line.startswith("crosscheck: ")]
    if stray:
        raise Fault("unclear", f"stderr line not in the form 'crosscheck: ...': {stray[0][:140]}")
    problems = [line for line in errs if not SUMMARY_LINE.match(line) and WAITING not in line]
    wanted = [names] if isinstance(names, str) else list(names or [])
    if wanted and not any(name in line or shown_text(name) in line for line in problems for name in wanted):
        raise Fault("unclear", f"does not name {wanted[0]}: {problems[0][:160] if problems else errs[0]}")
    if not wanted and not any(re.search(r"/|\.(ya?ml|jsonl?|txt|ipynb|html)\b", line) for line in problems):
        raise Fault("unclear", f"names no file: {problems[0][:160]}")
    if says and not re.search(says, " ".join(problems), re.I):
        raise Fault("unclear", f"does not say /{says}/: {problems[0][:160]}")
    if lines is not None and len(problems) > lines:
        raise Fault("unclear", f"{len(problems)} lines for one problem: {problems[0][:120]} | {problems[1][:80]}")


def worked(run: Run, says: str | None = None) -> None:
    """The command must work: exit 0 (and its output match ``says``, when given)."""
    if run.rc is None:
        return
    if run.rc != 0:
        try:
            refused(run, lines=None)
        except Fault as fault:
            raise Fault(fault.category, f"exit {run.rc}, {fault.detail}") from None
        raise Fault("wrong", f"refused valid input: {run.first()}")
    if says and not re.search(says, run.out + run.err, re.I):
        raise Fault("wrong", f"exit 0 but output lacks /{says}/: {run.first()}")


def either(run: Run, names: str | Iterable[str] | None = None, says: str | None = None, lines: int | None = 1,
           argument: bool = False) -> None:
    """Working and a clean refusal are both fine."""
    if run.rc not in (0, None):
        refused(run, names, says, lines, argument)


# ------------------------------------------------------------------------------ checks

def output_faults(run: Run) -> list[Fault]:
    text = run.out + run.err
    faults = []
    if run.timed_out:
        faults.append(Fault("hang", f"no answer in {run.seconds:.0f} s: {run.shown}"))
    if "Traceback" in text and not (run.python_startup and not frames_of_crosscheck(text)):
        tail = [line for line in text.splitlines() if line.strip()][-1:]
        faults.append(Fault("traceback", f"{run.shown}: {tail[0][:140] if tail else ''}"))
    if run.rc == 3 or "internal error" in run.err:
        line = next((x for x in run.err.splitlines() if "internal error" in x), run.first())
        faults.append(Fault("internal error", f"{run.shown}: {line[:180]}"))
    raw = RAW_CONTROL.search(run.err if run.raw_ok else text)
    if raw:
        faults.append(Fault("wrong", f"{run.shown}: raw U+{ord(raw.group()):04X} reached the terminal"))
    return faults


def frames_of_crosscheck(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("File ") and "crosscheck" in line]


def allowed(relative: str, writes: Iterable[str]) -> bool:
    """Whether ``relative`` (to the probe folder) may change: a pattern names a path and all under it;
    patterns are relative to the project unless they start with ``outside`` (or ``*``)."""
    for pattern in (*ALWAYS_WRITABLE, *writes):
        full = pattern if pattern.startswith(("outside", "project", "*")) else f"project/{pattern}"
        if fnmatch.fnmatchcase(relative, full) or fnmatch.fnmatchcase(relative, full + "/*"):
            return True
    return False


def changes(before: dict[str, str], after: dict[str, str], writes: Iterable[str], root_name: str,
            made: Iterable[str] = ()) -> list[str]:
    """What changed that the probe did not allow (nor ``made`` itself), as 'deleted X', 'changed X', ..."""
    def norm(path: str) -> str:  # a relocated project keeps its 'project/' patterns
        head, _, rest = path.partition("/")
        return f"project/{rest}" if head == root_name else ("project" if path == root_name else path)

    found = []
    for path in sorted(set(before) | set(after)):
        if before.get(path) == after.get(path) or allowed(norm(path), writes) or path in made:
            continue
        if path not in after:
            what = "deleted"
        elif path not in before:
            what = "created"
        else:
            what = "changed" if before[path].split()[0] == after[path].split()[0] else "replaced"
        if what == "changed" and before[path].startswith("dir"):
            what = "changed mode of"
        found.append(f"{what} {path}")
    return found


def leftover_processes(project: Project) -> list[int]:
    """Processes (kernels, helpers) still running with this probe's folder in their environment or command."""
    marker = str(project.dir).encode() + b"/"  # not the folder of another probe whose name starts alike
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if marker in (entry / "environ").read_bytes() or marker in (entry / "cmdline").read_bytes():
                pids.append(int(entry.name))
        except OSError:
            continue
    return pids


def site_is_whole(folder: Path) -> str | None:
    """None when ``folder`` is absent or a complete site as its stamp lists it; else what is wrong."""
    if not folder.exists():
        return None
    stamp = folder / ".crosscheck-site"
    if not stamp.is_file():
        return f"{folder.name}/ exists without its stamp"
    listed = json.loads(stamp.read_text(encoding="utf-8"))["files"]
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p != stamp}
    if present != set(listed):
        return f"{folder.name}/ holds {len(present)} files, its stamp lists {len(listed)}"
    for name, digest in listed.items():
        if hashlib.sha256((folder / name).read_bytes()).hexdigest() != digest:
            return f"{folder.name}/{name} differs from its stamp"
    return None


@dataclass
class Probe:
    """A registered probe: ``body(project)`` after ``setup(project)``; ``writes``: the paths it may change."""

    name: str
    family: str
    body: Callable[[Project], None]
    setup: Callable[[Project], None] | None = None
    writes: tuple[str, ...] = ()
    ledger: bool = False  # verify before and after: the ledger must still pass when it passed
    litter_ok: bool = False  # a SIGKILL may leave a temporary file behind
    notes: list[str] = field(default_factory=list)


PROBES: list[Probe] = []


def probe(family: str, writes: Iterable[str] = (), ledger: bool = False, litter_ok: bool = False,
          setup: Callable[[Project], None] | None = None, name: str | None = None):
    """Register the decorated function as a probe named after it (underscores as dashes)."""
    def register(body: Callable[[Project], None]):
        add(Probe(name or body.__name__.strip("_").replace("_", "-"), family, body, setup, tuple(writes), ledger,
                  litter_ok))
        return body

    return register


def add(item: Probe) -> None:
    if any(p.name == item.name for p in PROBES):
        raise SetupError(f"two probes are named {item.name}")
    PROBES.append(item)


def row(family: str, name: str, args: Iterable | Callable[[Project], Iterable], expect: str = "refuse", *,
        setup: Callable[[Project], None] | None = None, names: str | Iterable[str] | Callable | None = None,
        says: str | None = None, lines: int | None = 1, writes: Iterable[str] = (), root: bool | str = True,
        env: dict | None = None, timeout: float = 90, argument: bool = False, raw_ok: bool = False,
        ledger: bool = False, cwd: str | None = None, preexec: Callable | None = None,
        then: Callable[[Project, Run], None] | None = None) -> None:
    """A one-command probe: run ``args`` (or ``args(project)``) and expect "refuse", "ok" or "either".

    In string arguments (and ``root``) ``{P}`` stands for the project root and ``{O}`` for the outside
    folder; ``names`` may be a function of the project too; ``cwd`` is "dir" (the probe folder), "root" or
    None (outside/). ``then(project, run)`` checks more and raises Fault.
    """
    def body(p: Project) -> None:
        argv = args(p) if callable(args) else [_place(a, p) for a in args]
        folder = {"dir": p.dir, "root": p.root, None: None}[cwd]
        run = p.run(*argv, root=_place(root, p), env=env, timeout=timeout, raw_ok=raw_ok, cwd=folder,
                    preexec=preexec)
        wanted = names(p) if callable(names) else names
        if then:  # side effects first: they matter whatever the exit status says
            then(p, run)
        if expect == "ok":
            worked(run, says)
        elif expect == "either":
            either(run, wanted, says, lines, argument)
        else:
            refused(run, wanted, says, lines, argument)

    add(Probe(name, family, body, setup, tuple(writes), ledger))


def _place(value, p: Project):
    if isinstance(value, str):
        return value.replace("{P}", str(p.root)).replace("{O}", str(p.out))
    return value


# ------------------------------------------------------------------------------ running

@dataclass
class Result:
    name: str
    family: str
    category: str
    detail: str = ""
    command: str = ""
    seconds: float = 0.0
    seen: list[str] = field(default_factory=list)  # each run: exit status and first line (for --json)


def build_template(base: Path) -> Path:
    """The project as a user's clone has it: ledger/, seeds/, notebook templates, a README, a lib/ and a
    git history (for re-anchoring by context and for --out .git), with the check findings' cache warm."""
    template = base / "template"
    shutil.copytree(ROOT / "ledger", template / "ledger", ignore=shutil.ignore_patterns("*.lock"))
    shutil.copytree(ROOT / "seeds", template / "seeds")
    shutil.copytree(ROOT / "notebooks" / "templates", template / "notebooks" / "templates")
    (template / "README.md").write_text("# A probe copy of the crosscheck project\n", encoding="utf-8")
    (template / "lib").mkdir()
    (template / "lib" / "NOTES.txt").write_text("The analyst's own notes on the library.\n", encoding="utf-8")
    git = ["git", "-C", str(template), "-c", "user.name=probe", "-c", "user.email=probe@example.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "the seed project"], check=True)
    for command in ("status", "verify"):
        warm = subprocess.run([*CLI, "--root", str(template), command], capture_output=True, check=False)
        if warm.returncode != 0:
            raise SetupError(f"the seed project fails {command}: {_text(warm.stderr)[:300]}")
    return template


def run_probe(item: Probe, template: Path, base: Path, keep: bool) -> Result:
    began = time.monotonic()
    project = Project(base, item.name, template)
    try:
        return _judge(item, project, began)
    finally:
        for started in project.started:
            if started.process.poll() is None:
                _signal_group(started.process.pid, signal.SIGKILL)
                started.process.wait()
        if not keep:
            _make_removable(project.dir)
            shutil.rmtree(project.dir, ignore_errors=True)


def _judge(item: Probe, p: Project, began: float) -> Result:
    if item.setup:
        item.setup(p)
    p.made.clear()  # what the setup wrote is the user's: only the probe's own later writes are excused
    passed_before = item.ledger and (item.setup is None or p.verify().rc == 0)  # the template passes
    before = p.digest()
    faults: list[Fault] = []
    try:
        item.body(p)
    except Fault as fault:
        faults.append(fault)
    for run in p.runs:
        faults.extend(output_faults(run))
    after = p.digest()
    lost = changes(before, after, item.writes, p.root.name, p.made)
    if lost:
        faults.append(Fault("data lost", f"{lost[0]}" + (f" (+{len(lost) - 1} more)" if len(lost) > 1 else "")))
    faults.extend(_ledger_faults(item, p, before, after, passed_before))
    faults.extend(_process_faults(p))
    command = p.runs[0].shown if p.runs else ""
    seen = [f"{run.rc}: {shown_text(run.first())}" for run in p.runs]
    if not faults:
        return Result(item.name, item.family, "ok", command=command, seconds=time.monotonic() - began, seen=seen)
    worst = min(faults, key=lambda f: SEVERITY.index(f.category))
    return Result(item.name, item.family, worst.category, worst.detail, command, time.monotonic() - began, seen)


def _ledger_faults(item: Probe, p: Project, before, after, passed_before: bool) -> list[Fault]:
    prefix = (f"{p.root.name}/ledger/", f"{p.root.name}/seeds/")
    touched = [k for k in set(before) | set(after) if k.startswith(prefix) and before.get(k) != after.get(k)]
    faults = []
    litter = [k for k in after if k not in before and k.startswith(prefix) and k.endswith(".tmp")]
    if litter and not item.litter_ok:
        faults.append(Fault("data lost", f"half-written file left behind: {litter[0]}"))
    if passed_before and touched:
        check = p.verify()
        if check.rc != 0:
            faults.append(Fault("data lost", f"the ledger passed verify before and fails after: {check.first()}"))
    return faults


def _process_faults(p: Project) -> list[Fault]:
    deadline = time.monotonic() + 10
    pids = leftover_processes(p)
    while pids and time.monotonic() < deadline:
        time.sleep(0.5)
        pids = leftover_processes(p)
    for pid in pids:  # processes this probe started (kernels of its commands): ended by their id
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return [Fault("hang", f"{len(pids)} process(es) still running 10 s after the probe (kernels?)")] if pids else []


def _make_removable(folder: Path) -> None:
    for path, dirs, _ in os.walk(folder):
        for name in dirs:
            target = Path(path) / name
            if not target.is_symlink():
                os.chmod(target, 0o755)
    if folder.exists():
        os.chmod(folder, 0o755)
