"""The curation commands of ``crosscheck``: claim, evidence, actor and undo, thin over crosscheck.curate.

    crosscheck claim add TEXT --group G [--id ID] [--depends-on ID ...] [--note N] [--would-change W]
    crosscheck claim edit CLAIM [--text T] [--note N] [--would-change W] [--depends-on ID ...]
    crosscheck claim accept|delete CLAIM
    crosscheck claim merge CLAIM --into OTHER
    crosscheck claim split CLAIM --quote WORDS [--quote WORDS ...] --text TEXT [--id ID]
    crosscheck evidence add CLAIM --quote WORDS --speaker ID --stance S [--document D] [--occurrence N]
                            [--context WORDS] [--kind K] [--cue C] [--said-on DATE] [--note N]
    crosscheck evidence set-stance CLAIM --quote WORDS --stance S
    crosscheck evidence move CLAIM --quote WORDS --to OTHER
    crosscheck evidence remove CLAIM --quote WORDS
    crosscheck background add DOCUMENT --quote WORDS --reason R [--occurrence N] [--context WORDS]
    crosscheck background remove DOCUMENT --quote WORDS
    crosscheck actor add ID --name NAME --party PARTY [--party-name NAME --party-kind K] [--role R]
                         [--alias A ...] [--grade G --reason R]
    crosscheck actor edit ID [--name NAME] [--role R] [--alias A ...] [--party PARTY [--party-name NAME
                          --party-kind K]]
    crosscheck actor grade ID GRADE --reason TEXT
    crosscheck actor merge ID --into OTHER
    crosscheck claim list [--group G] [--drafts]
    crosscheck undo

``--quote`` names evidence by a few of its words (or its statement id); nothing takes offsets.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from collections.abc import Iterator


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date as YYYY-MM-DD") from None


@contextlib.contextmanager
def _about(args) -> Iterator[None]:
    """A refusal of a value typed on the command line (in no file) says which step and subject it is about:
    ``claim merge request-because-of-cold: this needs --into OTHER``; a file's problem already names its file."""
    from .errors import CrosscheckError, ProblemList

    try:
        yield
    except CrosscheckError as error:
        if error.path is not None or isinstance(error, ProblemList):
            raise
        where = f"{args.command} {args.action}"
        subject = getattr(args, "claim", None) or getattr(args, "actor", None) or getattr(args, "document", None)
        if subject:
            shown = subject if len(subject) <= 40 else subject[:37] + "..."
            where += f" {shown!r}" if not shown.strip() or " " in shown else f" {shown}"
        raise CrosscheckError(f"{where}: {error.problem}") from None


def _guarded(command):
    """``command`` with its refusals of typed values saying what they are about (``_about``)."""
    def run(args) -> int:
        with _about(args):
            return command(args)

    return run


def _root(args):
    from .cli import _root as root

    return root(args)


def cmd_claim(args) -> int:
    from . import curate

    root = _root(args)
    if args.action == "list":
        for line in curate.claim_listing(root, args.group, args.drafts):
            print(line)
        return 0
    _required(args.claim, "the claim (its id; for add, its text)")
    if args.action == "add":
        made = curate.add_claim(root, args.claim, _required(args.group, "--group GROUP"), claim_id=args.id, depends_on=args.depends_on or (),
                                note=args.note or "", would_change=args.would_change or "")
        print(f"added claim {made} to group {args.group}")
    elif args.action == "edit":
        curate.edit_claim(root, args.claim, text=args.text, note=args.note, would_change=args.would_change,
                          depends_on=args.depends_on)
        print(f"edited claim {args.claim}")
    elif args.action == "merge":
        curate.merge_claims(root, args.claim, _required(args.into, "--into OTHER"))
        print(f"merged claim {args.claim} into {args.into}")
    elif args.action == "split":
        made = curate.split_claim(root, args.claim, args.quote or [], _required(args.text, "--text TEXT"), new_id=args.id)
        print(f"split {len(args.quote)} piece(s) of evidence of {args.claim} into the new claim {made}")
    else:
        {"accept": curate.accept_claim, "delete": curate.delete_claim}[args.action](root, args.claim)
        print(f"{'accepted' if args.action == 'accept' else 'deleted'} claim {args.claim}")
    return 0


def _required(value, flag: str):
    from .errors import CrosscheckError

    if not value:
        raise CrosscheckError(f"this needs {flag}")
    return value


def cmd_evidence(args) -> int:
    from . import curate

    root, words = _root(args), _required(args.quote, "--quote WORDS")
    if args.action == "add":
        made = curate.add_evidence(root, args.claim, words, _required(args.speaker, "--speaker ID"),
                                   _required(args.stance, "--stance S"), document=args.document,
                                   occurrence=args.occurrence, context=args.context, kind=args.kind, cue=args.cue,
                                   said_on=args.said_on, note=args.note)
        print(f"claim {args.claim} now rests on statement {made} ({args.stance})")
    elif args.action == "set-stance":
        curate.set_stance(root, args.claim, words, _required(args.stance, "--stance S"))
        print(f"claim {args.claim}: stance set to {args.stance}")
    elif args.action == "set-speaker":
        statement = curate.set_speaker(root, args.claim, words, _required(args.speaker, "--speaker ID"))
        print(f"statement {statement} now said by {args.speaker} (in every claim it bears on)")
    elif args.action == "move":
        curate.move_evidence(root, args.claim, words, _required(args.to, "--to OTHER"))
        print(f"moved evidence from {args.claim} to {args.to}")
    else:
        curate.remove_evidence(root, args.claim, words)
        print(f"removed evidence from {args.claim}")
    return 0


def cmd_background(args) -> int:
    from . import curate

    root, words = _root(args), _required(args.quote, "--quote WORDS")
    if args.action == "add":
        curate.add_background(root, args.document, words, _required(args.reason, "--reason TEXT"),
                              occurrence=args.occurrence, context=args.context)
        print(f"{args.document}: marked as background")
    else:
        curate.remove_background(root, args.document, words)
        print(f"{args.document}: background entry removed")
    return 0


def cmd_actor(args) -> int:
    from . import curate

    root = _root(args)
    if args.action == "add":
        curate.add_actor(root, args.actor, _required(args.name, "--name NAME"), _required(args.party, "--party PARTY"),
                         role=args.role or "", aliases=args.alias or (), reliability=args.grade or "F",
                         reason=args.reason or "", party_name=args.party_name, party_kind=args.party_kind)
        print(f"added actor {args.actor}")
    elif args.action == "merge":
        moved = curate.merge_actors(root, args.actor, _required(args.into, "--into OTHER"))
        print(f"merged actor {args.actor} into {args.into}: {moved} statement(s) now theirs")
    elif args.action == "edit":
        curate.edit_actor(root, args.actor, name=args.name, role=args.role, aliases=args.alias, party=args.party,
                          party_name=args.party_name, party_kind=args.party_kind)
        print(f"edited actor {args.actor}")
    else:
        curate.grade_actor(root, args.actor, _required(args.grade, "GRADE"), _required(args.reason, "--reason TEXT"))
        print(f"graded {args.actor} {args.grade}")
    return 0


def cmd_undo(args) -> int:
    from .journal import undo

    for line in undo(_root(args)):
        print(line)
    return 0


def register(sub) -> None:
    """Add the curation commands to the ``crosscheck`` parser's subcommands, in the order ``--help`` lists them."""
    for build in (_claim_parser, _evidence_parser, _background_parser, _actor_parser):
        build(sub)
    p = sub.add_parser("undo", help="revert the last curation step made in this clone")
    p.set_defaults(func=cmd_undo)


def _claim_parser(sub) -> None:
    p = sub.add_parser("claim", help="list, add, edit, accept, merge, split or delete claims")
    p.add_argument("action", choices=("list", "add", "edit", "accept", "merge", "split", "delete"))
    p.add_argument("claim", nargs="?", help="the claim's id (for add: the claim's text; not for list)")
    p.add_argument("--drafts", action="store_true", help="list: only the drafts")
    p.add_argument("--group")
    p.add_argument("--id")
    p.add_argument("--text")
    p.add_argument("--note")
    p.add_argument("--would-change")
    p.add_argument("--depends-on", nargs="*")
    p.add_argument("--into", help="merge: the claim that keeps the evidence")
    p.add_argument("--quote", action="append", help="split: words of the evidence that goes to the new claim")
    p.set_defaults(func=_guarded(cmd_claim))


def _evidence_parser(sub) -> None:
    p = sub.add_parser("evidence", help="add, move or remove a claim's evidence, or set its stance or speaker, "
                                        "by its words")
    p.add_argument("action", choices=("add", "set-stance", "set-speaker", "move", "remove"))
    p.add_argument("claim")
    p.add_argument("--quote", help="the words (or the statement id)")
    p.add_argument("--speaker")
    p.add_argument("--stance")
    p.add_argument("--document")
    _placing_arguments(p)
    p.add_argument("--kind", help="direct, paraphrase or narration (default: from the text)")
    p.add_argument("--cue")
    p.add_argument("--said-on", type=_date)
    p.add_argument("--note")
    p.add_argument("--to", help="move: the claim that gets the evidence")
    p.set_defaults(func=_guarded(cmd_evidence))


def _background_parser(sub) -> None:
    p = sub.add_parser("background", help="mark words of a document as background (no claim), or unmark them")
    p.add_argument("action", choices=("add", "remove"))
    p.add_argument("document")
    p.add_argument("--quote", help="the words")
    p.add_argument("--reason", help="add: why they carry no claim")
    _placing_arguments(p)
    p.set_defaults(func=_guarded(cmd_background))


def _placing_arguments(p) -> None:
    """Which of several places the words stand: by count or by the words around them."""
    p.add_argument("--occurrence", type=int, help="which time the words stand, from 1")
    p.add_argument("--context", help="a few words around the quote that stand once")


def _actor_parser(sub) -> None:
    p = sub.add_parser("actor", help="add an actor, edit one (name, role, aliases, party), merge one drafted twice, "
                                     "or grade one")
    p.add_argument("action", choices=("add", "edit", "merge", "grade"))
    p.add_argument("actor")
    p.add_argument("--into", help="merge: the actor who keeps the statements")
    p.add_argument("grade", nargs="?", help="grade: the Admiralty grade, A to F")
    p.add_argument("--name")
    p.add_argument("--party")
    p.add_argument("--party-name", help="add, edit: make this new party (id --party) for the actor")
    p.add_argument("--party-kind", default="other")
    p.add_argument("--role")
    p.add_argument("--alias", action="append")
    p.add_argument("--reason")
    p.set_defaults(func=_guarded(cmd_actor))
