"""The commands that read articles (``extract``, ``check``, ``draft``) on strange files, one at a time and as
folders (JSON Lines, ``--jobs``): empty, binary, NUL bytes, UTF-16, CRLF, 50 MB, links that point nowhere
or in a loop, FIFOs, devices, a folder of 1000 articles, a folder mixing good and bad ones, Ctrl-C mid-folder.
They write nothing (the harness checks every file)."""
from __future__ import annotations

import json
import os
import socket
import time

from .harness import Fault, Project, Run, probe, refused, row, worked
from .texts import BRIDGE, HARBOUR, SCHOOL, article_for

COMMANDS = ("extract", "check", "draft")


def _article(name: str, data: str | bytes):
    def setup(p: Project) -> None:
        p.article(name, data)
    return setup


def _link(name: str, target: str):
    def setup(p: Project) -> None:
        os.symlink(target.replace("{O}", str(p.out)), p.out / name)
    return setup


def _huge(p: Project) -> None:
    """A 50 MB article: refused by its size before it is read."""
    block = (BRIDGE.split("\n\n", 1)[1] * 200).encode("utf-8")
    with open(p.out / "huge.txt", "wb") as handle:
        while handle.tell() < 50 * 2**20:
            handle.write(block)


def _socket(p: Project) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(p.out / "sock.txt"))
    server.close()


STRANGE = [  # label, setup, the article's name, expected, what a refusal says
    ("empty", _article("empty.txt", b""), "empty.txt", "refuse", "empty"),
    ("only-blank-lines", _article("blank.txt", "\n\r\n \t\n\ufeff\n"), "blank.txt", "refuse", "empty"),
    ("binary", _article("b.txt", bytes(range(256)) * 40), "b.txt", "refuse", "binary|NUL"),
    ("png-named-txt", _article("p.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64), "p.txt", "refuse",
     "binary|NUL"),
    ("nul-in-the-middle", _article("nul.txt", BRIDGE.replace("minister", "mini\x00ster", 1)), "nul.txt", "refuse",
     "binary|NUL"),
    ("utf16-with-mark", _article("u16.txt", BRIDGE.encode("utf-16")), "u16.txt", "refuse", "UTF-16"),
    ("utf16-be-without-mark", _article("u16be.txt", BRIDGE.encode("utf-16-be")), "u16be.txt", "refuse", "UTF-16"),
    ("utf32", _article("u32.txt", BRIDGE.encode("utf-32")), "u32.txt", "refuse", "UTF|binary|NUL"),
    ("latin1", _article("l1.txt", BRIDGE.replace("minister", "ministre \xe9").encode("latin-1")), "l1.txt", "refuse",
     "UTF-8"),
    ("crlf", _article("crlf.txt", HARBOUR.replace("\n", "\r\n")), "crlf.txt", "ok", None),
    ("mixed-line-ends", _article("mixed.txt", SCHOOL.replace("\n\n", "\r\n\n", 2).replace("\n", "\r", 1)),
     "mixed.txt", "ok", None),
    ("no-final-newline", _article("nofinal.txt", BRIDGE.rstrip("\n")), "nofinal.txt", "ok", None),
    ("50mb", _huge, "huge.txt", "refuse", "MiB|large|limit"),
    ("dangling-link", _link("dangling.txt", "{O}/nowhere.txt"), "dangling.txt", "refuse", "no such"),
    ("link-loop", _link("loop.txt", "loop.txt"), "loop.txt", "refuse", "link|loop|cannot read|no such"),
    ("link-to-dev-urandom", _link("random.txt", "/dev/urandom"), "random.txt", "refuse", "device"),
    ("fifo", lambda p: os.mkfifo(p.out / "pipe.txt"), "pipe.txt", "refuse", "FIFO"),
    ("socket", _socket, "sock.txt", "refuse", "socket|regular"),
]
for command in COMMANDS:
    for label, setup, name, expect, says in STRANGE:
        row("files", f"{command}-file-{label}", [command, "{O}/" + name], expect, setup=setup, names=name, says=says,
            timeout=120)
    row("files", f"{command}-stdin-dash", [command, "-"], "either", names="-", says="no such")


# ------------------------------------------------------------------------------------------ folders
def _many(count: int):
    def setup(p: Project) -> None:
        folder = p.out / "wire"
        folder.mkdir()
        for n in range(count):
            (folder / f"{n:04d}.txt").write_text(article_for(n), encoding="utf-8")
    return setup


def _lines(run: Run) -> list[dict]:
    """The JSON lines of a folder run; a line that is not JSON is a wrong result."""
    found = []
    for line in run.out.splitlines():
        try:
            found.append(json.loads(line))
        except ValueError:
            raise Fault("wrong", f"a line of the JSON Lines output is not JSON: {line[:100]}") from None
    return found


for command in ("extract", "check"):
    @probe("files", setup=_many(1000), name=f"{command}-a-folder-of-1000-articles")
    def _thousand(p: Project, command=command) -> None:
        run = p.run(command, p.out / "wire", "--jobs", "2", timeout=900)
        worked(run)
        lines = _lines(run)
        if len(lines) != 1000 or any("error" in line for line in lines):
            raise Fault("wrong", f"{len(lines)} lines for 1000 articles, {sum('error' in x for x in lines)} errors")
        if [x["article"] for x in lines] != sorted(x["article"] for x in lines):
            raise Fault("wrong", "the articles' lines are not in the order of their names")


def _mixed(p: Project) -> None:
    folder = p.out / "mixed"
    folder.mkdir()
    (folder / "a-good.txt").write_text(BRIDGE, encoding="utf-8")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-binary.txt").write_bytes(b"\x00\x01" * 64)
    (folder / "d-utf16.txt").write_bytes(HARBOUR.encode("utf-16"))
    os.mkfifo(folder / "e-pipe.txt")
    os.symlink("/dev/zero", folder / "f-zero.txt")
    os.symlink(folder / "nowhere.txt", folder / "g-dangling.txt")
    (folder / "h-folder.txt").mkdir()
    (folder / "i-crlf.md").write_text(SCHOOL.replace("\n", "\r\n"), encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 32)
    os.symlink(folder, folder / "j-self")


for command in COMMANDS:
    @probe("files", setup=_mixed, name=f"{command}-a-folder-of-good-and-bad-articles")
    def _mixed_folder(p: Project, command=command) -> None:
        """Good articles get their line; each bad one its error on its line and one line on stderr; exit 2."""
        run = p.run(command, p.out / "mixed", "--jobs", "2", timeout=300)
        lines = _lines(run)
        good = {x["article"].rsplit("/", 1)[-1] for x in lines if "error" not in x}
        if good != {"a-good.txt", "i-crlf.md"}:
            raise Fault("wrong", f"good articles read: {sorted(good)}")
        if any(x.get("internal") for x in lines):
            raise Fault("internal error", next(x["error"] for x in lines if x.get("internal")))
        refused(run, "b-empty.txt", "empty", lines=None)
        bad = [x for x in lines if "error" in x]
        for entry in bad:
            name = entry["article"].rsplit("/", 1)[-1]
            if not any(name in line for line in run.lines):
                raise Fault("unclear", f"{name} failed (its JSON line says so) and stderr does not name it")

    row("files", f"{command}-an-empty-folder", [command, "{O}/nothing"], setup=lambda p: (p.out / "nothing").mkdir(),
        names="nothing", says="no articles")
    row("files", f"{command}-a-folder-of-other-files", [command, "{O}/docs"], names="docs", says="no articles",
        setup=lambda p: ((p.out / "docs").mkdir(), (p.out / "docs" / "a.docx").write_bytes(b"PK")))
    row("files", f"{command}-one-article-twice", [command, "{O}/b.txt", "{O}/./b.txt"], "ok",
        setup=_article("b.txt", BRIDGE), then=lambda p, run: _once(run))
    row("files", f"{command}-jobs-zero", [command, "--jobs", "0", "{O}/b.txt"], setup=_article("b.txt", BRIDGE),
        says="jobs|processes|0", argument=True)
    row("files", f"{command}-jobs-negative", [command, "--jobs", "-3", "{O}/b.txt"], setup=_article("b.txt", BRIDGE),
        says="jobs|processes|-3", argument=True)
    row("files", f"{command}-jobs-more-than-articles", [command, "--jobs", "64", "{O}/b.txt", "{O}/h.txt"], "ok",
        setup=lambda p: (p.article("b.txt", BRIDGE), p.article("h.txt", HARBOUR)))
    row("files", f"{command}-jsonl-one-missing", [command, "--jsonl", "{O}/nope.txt"], names="nope.txt",
        says="no such")


def _once(run: Run) -> None:
    lines = [line for line in run.out.splitlines() if line.strip()]
    if len(lines) != 1:
        raise Fault("wrong", f"one article named twice gave {len(lines)} lines")


@probe("files", setup=_many(200))
def extract_folder_interrupted(p: Project) -> None:
    """Ctrl-C while two workers read a folder: exit 130 (or by the signal), one line, no worker left running."""
    job = p.start("extract", p.out / "wire", "--jobs", "2")
    time.sleep(6)
    job.interrupt()
    run = job.wait(60)
    if run.rc not in (0, 130, -2):
        raise Fault("unclear", f"exit {run.rc} after Ctrl-C: {run.first()}")
    stray = [line for line in run.lines if not line.startswith("crosscheck: ")]
    if stray:
        raise Fault("unclear", f"after Ctrl-C it printed: {stray[0][:140]}")


@probe("files", setup=_many(40))
def extract_folder_into_a_closed_pipe(p: Project) -> None:
    run = p.shell(f'$CC --root "$P" extract --jobs 2 "{p.out / "wire"}" | head -c 100 >/dev/null; echo done')
    if run.err.strip():
        raise Fault("unclear", f"noise on stderr when the reader stopped early: {run.err.strip().splitlines()[-1][:120]}")


@probe("files", setup=_many(3))
def check_folder_output_is_data(p: Project) -> None:
    """Piped, a folder's output is JSON Lines, one per article, even when an article holds escapes."""
    p.article("wire/ansi.txt", BRIDGE.replace("The city council", "The \x1b[2Jcity council"))
    run = p.run("check", p.out / "wire", raw_ok=True)
    worked(run)
    if len(_lines(run)) != 4:
        raise Fault("wrong", f"{len(_lines(run))} lines for 4 articles")


row("files", "draft-the-seed-folder", ["draft", "{P}/seeds"], "ok", then=lambda p, run: _lines(run), timeout=180)
row("files", "extract-a-fifo-among-files", ["extract", "{O}/b.txt", "{O}/pipe.txt"], names="pipe.txt", says="FIFO",
    setup=lambda p: (p.article("b.txt", BRIDGE), os.mkfifo(p.out / "pipe.txt")), timeout=60)
