"""The ``crosscheck`` command: thin over the library.

Bad input never shows a traceback: each problem is one line ``crosscheck: FILE[:LINE]: PROBLEM`` on
standard error, and the exit status is non-zero (1 for a ledger that fails verification, 2 for
anything else that could not be done).
"""
from __future__ import annotations

from . import startup  # first: Ctrl-C while the rest loads ends the command quietly (see crosscheck.startup)

import argparse
import datetime as dt
import errno
import json
import os
import sys
from pathlib import Path

from .errors import CrosscheckError, ProblemList


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date as YYYY-MM-DD") from None


def _datetime(value: str) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date as YYYY-MM-DD") from None


def _root(args) -> Path:
    from .ledger import project_root

    return project_root(args.root)


def _ledger(args):
    from .ledger import load_ledger

    return load_ledger(_root(args))


def cmd_migrate(args) -> int:
    from .migrate import migrate

    for line in migrate(_root(args)):
        print(line)
    return 0


def cmd_status(args) -> int:
    from .verdicts import forks

    ledger = _ledger(args)
    for claim, heads in forks(ledger.verdicts).items():
        print(f"crosscheck: warning: claim {claim}: {len(heads)} verdict histories interleave; see `crosscheck verify`",
              file=sys.stderr)
    assessments = ledger.assessments(args.as_of)
    width = max((len(cid) for cid in ledger.claims), default=5)
    when = args.as_of.isoformat() if args.as_of else "latest"
    print(f"Claims as of {when}: {len(assessments)}")
    print(f"{'claim':<{width}}  {'status':<12}  cred  verdict       text")
    for cid, a in assessments.items():
        verdict = ledger.latest_verdict(cid)
        mark = (verdict.status + ("*" if verdict.status != a.status else "")) if verdict else "-"
        print(f"{cid:<{width}}  {a.status:<12}  {a.credibility:<4}  {mark:<12}  {ledger.claims[cid].text}")
        if args.explain:
            print(f"{'':<{width}}  {a.explanation}")
    if any(v and v.status != assessments[c].status for c, v in ((c, ledger.latest_verdict(c)) for c in assessments)):
        print("* the analyst's latest verdict disagrees with the derived status")
    reports = [s for s in ledger.sources.values() if args.as_of is None or s.published <= args.as_of]
    documents = [d for d in ledger.documents.values()
                 if args.as_of is None or d.published is None or d.published.date() <= args.as_of]
    print(f"Evidence counted: {len(documents)} document(s), {len(reports)} outside report(s)"
          f" of {len(ledger.sources)}")
    return 0


def _site_url(root: Path, given: str | None) -> str | None:
    """The site's base address: --base-url, else site.base_url in crosscheck.yaml, else None."""
    from .settings import base_url, load_settings

    return base_url(given) if given else load_settings(root).base_url


def cmd_export(args) -> int:
    from .export import export
    from .outputs import check_output_file, output_lock, resolve_output, write_output_file

    ledger = _ledger(args)
    base_url = _site_url(ledger.root, args.base_url)
    if not args.out:  # data for a pipe goes out as it is, in UTF-8 whatever the locale; a terminal sees it neutralised
        text = export(ledger, args.format, args.as_of, base_url=base_url)
        stream = sys.stdout if sys.stdout.isatty() else getattr(sys.stdout, "raw", sys.stdout)
        binary = getattr(stream, "buffer", None)
        if binary is not None and stream is not sys.stdout:
            stream.flush()
            binary.write(text.encode("utf-8", "backslashreplace"))
        else:
            stream.write(text)
        return 0
    out = resolve_output(args.out, ledger.root)
    check_output_file(out, ledger.root, args.out, "export")
    text = export(ledger, args.format, args.as_of, base_url=base_url)
    with output_lock(ledger.root):
        check_output_file(out, ledger.root, args.out, "export")
        write_output_file(out, ledger.root, text, "export")
    return 0


def cmd_verify(args) -> int:
    from .conflicts import fork_problems
    from .ledger import load_ledger

    root = _root(args)
    if args.reanchor:
        from .reanchor import reanchor

        for line in reanchor(root):
            print(line)
    if args.fill:
        from .curate import fill_offsets

        for line in fill_offsets(root):
            print(line)
    try:
        ledger = load_ledger(root)
        forked = fork_problems(ledger.verdicts)
        if forked:
            raise ProblemList(forked)
    except CrosscheckError as error:
        lines = error.lines() if isinstance(error, ProblemList) else [str(error)]
        for line in lines:
            print(f"crosscheck: {line}", file=sys.stderr)
        print(f"crosscheck: {len(lines)} problem(s); {_recovery_hint(lines)}", file=sys.stderr)
        return 1
    used = sum(len(c.evidence) for c in ledger.claims.values())
    print(f"ok: {len(ledger.documents)} document(s), {len(ledger.statements)} statement(s) and "
          f"{len(ledger.background)} background sentence(s) match their sources; {len(ledger.claims)} claim(s) "
          f"with {used} piece(s) of evidence, {len(ledger.verdicts)} verdict(s)")
    if ledger.unfilled:
        print(f"note: {len(ledger.unfilled)} quote(s) are given by their words alone; `crosscheck verify --fill` "
              "writes their offsets")
    return 0


def _recovery_hint(lines: list[str]) -> str:
    text = " ".join(lines)
    if "no longer matches" in text or "lie outside" in text:
        return "run `crosscheck verify --reanchor` to move quotes whose words still stand elsewhere, or fix them by hand"
    if "merge conflict" in text or "interleave" in text:
        return "settle each named disagreement (see the README's team page), then run `crosscheck verify` again"
    if "merge-conflict" in text or "malformed" in text or "not terminated" in text:
        return "fix the named line by hand or restore the file with `git checkout -- FILE`; nothing was rewritten"
    return "fix the named lines and run `crosscheck verify` again"


def cmd_verdict(args) -> int:
    ledger = _ledger(args)
    added = ledger.record_verdict(args.claim, args.status, args.analyst, args.reason)
    print(("recorded" if added else "already recorded") + f": {args.claim} {args.status} by {args.analyst}")
    return 0


def _load_article(path: str):
    from .document import load_document

    return load_document(path)


def _registry_for(args):
    """The project's registry for naming speakers, when there is a project here; None otherwise."""
    from .ledger import find_root, project_root
    from .loading import read_registry

    if args.root:
        return read_registry(project_root(args.root))
    try:
        root = find_root()
    except CrosscheckError:
        return None
    return read_registry(root)


def cmd_extract(args) -> int:
    if _many(args):
        return _batch("extract", args)
    from .extract import extract_statements, extraction_to_json, format_statements

    document = _load_article(args.articles[0])
    statements = extract_statements(document.text, actors=_registry_for(args))
    if args.json:
        print(json.dumps(extraction_to_json(document.text, statements, _metadata(document)), ensure_ascii=False, indent=2))
    else:
        print(format_statements(document.text, statements))
    return 0


def _metadata(document) -> dict:
    from .batch import document_metadata

    return document_metadata(document)


def cmd_check(args) -> int:
    if _many(args):
        return _batch("check", args)
    from .checks import findings_to_json, format_findings, run_checks

    document = _load_article(args.articles[0])
    published = args.published or document.published
    findings = run_checks(document.text, published, document.body_start)
    if args.json:
        print(json.dumps(findings_to_json(findings), ensure_ascii=False, indent=2))
    else:
        print(format_findings(findings))
    return 0


def cmd_draft(args) -> int:
    if _many(args):
        return _batch("draft", args)
    from .document import load_document
    from .draft import draft_article, format_draft

    document = load_document(args.articles[0], metadata={"published": args.published.isoformat()} if args.published else None)
    draft = draft_article(document, registry=_registry_for(args))
    print(json.dumps(draft.to_dict(), ensure_ascii=False, indent=2) if args.json else format_draft(draft))
    return 0


def _many(args) -> bool:
    """Whether the command reads many articles (JSON Lines): more than one, a folder, or --jsonl."""
    return args.jsonl or len(args.articles) > 1 or any(Path(a).is_dir() for a in args.articles)


def _batch(command: str, args) -> int:
    """Every article through ``command`` (crosscheck.batch), one JSON line each; exit 2 when one could not be
    read, 3 when one tripped a bug."""
    from .batch import TASKS, Options, Progress, articles, run_batch
    from .yamlio import sigint_held

    found = articles(args.articles)
    options = Options(registry=_registry_for(args) if TASKS[command].registry else None,
                      published=getattr(args, "published", None))
    progress = Progress(len(found)) if args.progress or sys.stderr.isatty() else None
    out = sys.stdout if sys.stdout.isatty() else getattr(sys.stdout, "raw", sys.stdout)  # data for a pipe as it is
    status = 0
    for outcome in run_batch(command, found, options, jobs=args.jobs):
        with sigint_held():  # each line goes out whole: Ctrl-C mid-write tore one (the interrupt comes after it)
            out.write(outcome.line + "\n")
            out.flush()
        if outcome.failed:  # said on standard error too: a pipe may hide the JSON line, the exit status says why
            print(f"crosscheck: {outcome.problem}", file=sys.stderr, flush=True)
            status = max(status, 3 if outcome.internal else 2)
        if progress:
            progress.step(outcome)
    return status


def cmd_ingest(args) -> int:
    from .ingest import ingest

    for line in ingest(args.article, _root_for_ingest(args), published=args.published):
        print(line)
    return 0


def _root_for_ingest(args) -> Path:
    from .ledger import new_project_root

    return new_project_root(args.root)


def cmd_setup_git(args) -> int:
    from .gitmerge import setup_git

    for line in setup_git(_root(args)):
        print(line)
    return 0


def cmd_merge_file(args) -> int:
    from .gitmerge import merge_driver

    return merge_driver(Path(args.base), Path(args.ours), Path(args.theirs), args.marker_size, args.path)


def cmd_run_notebooks(args) -> int:
    from .workbook import run_notebooks, workbook_notebooks

    root = _root(args)
    paths = [Path(p).resolve() for p in args.notebooks] or workbook_notebooks(root)
    for line in run_notebooks(paths, jobs=args.jobs, root=root):
        print(line)
    return 0


def cmd_build_site(args) -> int:
    from .site import build_site

    for line in build_site(_root(args), Path(args.out), jobs=args.jobs, force=args.force, base_url=args.base_url):
        print(line)
    if args.screens:
        from .screens import screenshots

        for line in screenshots(Path(args.out), Path(args.screens)):
            print(line)
    return 0


def parser() -> argparse.ArgumentParser:
    """The ``crosscheck`` parser: one builder per group of commands, in the order ``--help`` lists them."""
    main = argparse.ArgumentParser(prog="crosscheck", description="Claim-verification workbench.")
    main.add_argument("--root", help="project folder holding ledger/ (default: found upward from here)")
    sub = main.add_subparsers(dest="command", required=True)
    from .cli_curate import register

    for build in (_ledger_commands, _article_commands, register, _layout_commands, _publishing_commands):
        build(sub)
    return main


def _ledger_commands(sub) -> None:
    """status, export, verify, verdict: reading the ledger, and recording a verdict."""
    p = sub.add_parser("status", help="the claims with their derived statuses")
    p.add_argument("--as-of", type=_date, help="count only evidence public by this date (YYYY-MM-DD)")
    p.add_argument("--explain", action="store_true", help="print each claim's explanation under it")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("export", help="the whole ledger as json, csv or claimreview")
    p.add_argument("--format", choices=("json", "csv", "claimreview"), default="json")
    p.add_argument("--as-of", type=_date)
    p.add_argument("--out", help="write to this file (atomically) instead of standard output")
    p.add_argument("--base-url", help="the address the site is published at, for ClaimReview url "
                                      "(default: site.base_url in crosscheck.yaml)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("verify", help="validate the ledger against its documents; name every conflict")
    p.add_argument("--reanchor", action="store_true",
                   help="move quotes whose words now stand elsewhere in their document, recording that it did")
    p.add_argument("--fill", action="store_true",
                   help="write the offsets of quotes given by their words alone")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("verdict", help="record an analyst's verdict on a claim")
    p.add_argument("claim")
    p.add_argument("status")
    p.add_argument("--analyst", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(func=cmd_verdict)


def _article_commands(sub) -> None:
    """extract, check, draft (reading articles, writing nothing) and ingest (recording one)."""
    p = sub.add_parser("extract", help="statements and their speakers in articles (many: JSON Lines)")
    _article_arguments(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("check", help="consistency checks on articles (many: JSON Lines)")
    _article_arguments(p)
    p.add_argument("--published", type=_datetime, help="publication date (overrides the articles' own)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("draft", help="draft claims from articles: points, every party's stance, status (writes nothing; "
                                     "many: JSON Lines)")
    _article_arguments(p)
    p.add_argument("--published", type=_datetime, help="publication date (overrides the articles' own)")
    p.set_defaults(func=cmd_draft)

    p = sub.add_parser("ingest", help="record an article and draft its ledger entries and notebook")
    p.add_argument("article")
    p.add_argument("--published", type=_datetime, help="publication date when the article has none")
    p.set_defaults(func=cmd_ingest)


def _layout_commands(sub) -> None:
    """migrate, setup-git, merge-file: the ledger's files on disk and in git."""
    p = sub.add_parser("migrate", help="convert a ledger from the layout of before (claims.yaml, ...) to the present one")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("setup-git", help="let git merge the ledger's files entry by entry in this clone (once a clone)")
    p.set_defaults(func=cmd_setup_git)

    p = sub.add_parser("merge-file", help="git's merge driver for the ledger's files (enabled by setup-git)")
    p.add_argument("base")
    p.add_argument("ours", help="the file git merges into (written)")
    p.add_argument("theirs")
    p.add_argument("marker_size", nargs="?", type=int, default=7)
    p.add_argument("path", nargs="?", default="", help="the file's path in the repository")
    p.set_defaults(func=cmd_merge_file)


def _publishing_commands(sub) -> None:
    """run-notebooks and build-site: executing the workbook and writing the offline site."""
    p = sub.add_parser("run-notebooks", help="execute the workbook's notebooks in place and rewrite their twins")
    p.add_argument("notebooks", nargs="*", help="notebooks to run (default: all numbered ones and the templates)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.set_defaults(func=cmd_run_notebooks)

    p = sub.add_parser("build-site", help="execute the notebooks and write the offline site")
    p.add_argument("--out", default="site")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--force", action="store_true", help="execute every notebook even when its inputs are unchanged")
    p.add_argument("--base-url", help="the address the site will be published at, for ClaimReview url "
                                      "(default: site.base_url in crosscheck.yaml)")
    p.add_argument("--screens", metavar="DIR", help="then write screenshots of every page at 390, 768 and 1280 px "
                                                    "and as printed into DIR (Chromium; about 20 s)")
    p.set_defaults(func=cmd_build_site)


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return jobs


def _article_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of a command that reads articles: one for its own output, many for JSON Lines."""
    p.add_argument("articles", nargs="+", metavar="ARTICLE",
                   help="article files, or folders of them (their *.txt and *.md files)")
    p.add_argument("--json", action="store_true", help="one article: JSON instead of text")
    p.add_argument("--jsonl", action="store_true", help="JSON Lines (one article a line) even for one article")
    p.add_argument("--jobs", type=_jobs, default=None, help="worker processes for many articles (default: every core)")
    p.add_argument("--progress", action="store_true", help="progress on standard error even when it is not a terminal")


class _Neutralised:
    """A text stream that shows control and direction-override characters as escapes (crosscheck.sanitize).

    Everything the command prints passes through it, so text read from a ledger or an article can never
    steer the terminal. ``raw`` is the stream itself, for data written to a pipe (``export`` to stdout).
    """

    def __init__(self, stream):
        self.raw = stream

    def write(self, text: str) -> int:
        from .sanitize import neutralise

        return self.raw.write(neutralise(text))

    def __getattr__(self, name):
        return getattr(self.raw, name)


class _Closed:
    """Standard output when the shell closed it (``>&-``): Python has no stream to write to."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


def _tolerant(stream):
    """``stream`` showing what its encoding cannot (an ASCII terminal) as escapes instead of failing."""
    if stream is None:
        return _Closed()
    if hasattr(stream, "reconfigure") and getattr(stream, "errors", "") == "strict":
        try:
            stream.reconfigure(errors="backslashreplace")
        except (ValueError, OSError):  # a stream already written to in another encoding mode
            pass
    return stream


def main(argv: list[str] | None = None) -> int:
    """Run the command; whatever happens, one line per problem on standard error and an exit status.

    Ctrl-C at any moment (also while the parser is built and the library loads, and again while the first
    one's cleanup runs) is one line and 130; an output stream that is closed, full or gone is one line and 2,
    and never an error at exit. Once the outcome is known the process ends with it (crosscheck.startup.settle).
    """
    came, interrupted = startup.interrupts, False
    try:
        code = _command(argv)
    except KeyboardInterrupt:
        interrupted = True
    while True:  # Ctrl-C while settling: settle again (settled, the command ignores it)
        try:
            startup.settle()
            break
        except KeyboardInterrupt:
            interrupted = True
    if interrupted or startup.interrupts != came:  # also a Ctrl-C that a library caught on the way
        _say("interrupted")
        return 130
    return code


def _command(argv: list[str] | None) -> int:
    """The command's exit status; its problems said as lines (a KeyboardInterrupt goes on to main)."""
    streams = sys.stdout, sys.stderr
    try:
        startup.interruptible()
        sys.stdout, sys.stderr = _Neutralised(_tolerant(sys.stdout)), _Neutralised(_tolerant(sys.stderr))
        code = _run(argv)
        sys.stdout.flush()  # a full disk or a closed stream shows here, not as noise when Python exits
        return code
    except BrokenPipeError:  # the reader stopped early (``| head``): not an error of this command
        _silence(streams[0])
        return 0
    except OSError as error:
        if error.filename is None and _is_stdout_error(error, streams[0]):
            _silence(streams[0])
            _say(f"<stdout>: cannot write the output: {error.strerror or error}")
            return 2
        raise
    finally:
        sys.stdout, sys.stderr = streams


def _say(line: str) -> None:
    try:
        print(f"crosscheck: {line}", file=sys.stderr, flush=True)
    except (OSError, ValueError):  # standard error is gone too: the exit status says it
        pass


def _is_stdout_error(error: OSError, stdout) -> bool:
    return error.errno in (errno.ENOSPC, errno.EBADF, errno.EIO, errno.EFBIG, errno.EDQUOT) or stdout is None


def _silence(stream) -> None:
    """Point standard output at /dev/null, so Python's flush at exit cannot fail again (as its docs advise)."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _run(argv: list[str] | None) -> int:
    came = startup.interrupts
    try:
        from . import store

        args = parser().parse_args(argv)
        store.on_wait = lambda message: print(f"crosscheck: {message}", file=sys.stderr, flush=True)
        return args.func(args)
    except (BrokenPipeError, KeyboardInterrupt):
        raise
    except Exception as error:  # noqa: BLE001 - each said as one line and an exit status by _report; not kept going
        if startup.interrupts != came or _wrapped_interrupt(error):  # the problem may be Ctrl-C's doing: a
            raise KeyboardInterrupt from None  # lookup that swallowed it gave nothing; Python wrapped it
        return _report(error)


def _report(error: Exception) -> int:
    """One line per problem on standard error; the exit status (an output stream's error goes on to main)."""
    if isinstance(error, ProblemList):
        for line in error.lines():
            print(f"crosscheck: {line}", file=sys.stderr)
        return 2
    if isinstance(error, CrosscheckError):
        print(f"crosscheck: {error}", file=sys.stderr)
        return 2
    if isinstance(error, OSError):
        if error.filename is None:
            raise  # an output stream (see main)
        # The environment refused a file (a read-only folder, a full disk) somewhere no check named it.
        print(f"crosscheck: {CrosscheckError(error.strerror or str(error), error.filename)}", file=sys.stderr)
        return 2
    if os.environ.get("CROSSCHECK_DEBUG"):  # a bug, not bad input: one line, with a way to see more
        raise
    print(f"crosscheck: internal error: {type(error).__name__}: {error} (set CROSSCHECK_DEBUG=1 for details)",
          file=sys.stderr)
    return 3


def _wrapped_interrupt(error: BaseException) -> bool:
    """Whether a KeyboardInterrupt caused ``error`` (somewhere in its chain of causes)."""
    seen = set()
    while error is not None and id(error) not in seen:
        if isinstance(error, KeyboardInterrupt):
            return True
        seen.add(id(error))
        error = error.__cause__ or error.__context__
    return False


if __name__ == "__main__":
    sys.exit(main())
