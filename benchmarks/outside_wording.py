"""Are the outside facts in ledger/sources.yaml the analyst's own words? A check against the evidence file.

The facts in ``sources.yaml`` paraphrase a shared evidence file that lives outside the repository (it is
not the project's to copy), so the check takes its path as an argument, like every benchmark:

    .venv/bin/python benchmarks/outside_wording.py --evidence ../shared/evidence/followup-2026-01-29_2026-02-05.md

For each fact it prints the longest run of consecutive words it shares with the file (case and
punctuation ignored) and fails (exit 1) when any fact shares a run of ``--length`` words (12) or more.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from crosscheck.errors import CrosscheckError
from crosscheck.ledger import load_ledger
from crosscheck.outside import shared_runs


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'\u2019%-]+", text.casefold())


def longest_shared_run(text: str, other: str) -> int:
    """The length in words of the longest run ``text`` shares with ``other``."""
    mine, theirs = _words(text), _words(other)
    best, previous = 0, [0] * (len(theirs) + 1)
    for word in mine:
        current = [0] * (len(theirs) + 1)
        for j, theirs_word in enumerate(theirs, start=1):
            if word == theirs_word:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evidence", required=True, type=Path, help="the shared evidence file (Markdown)")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parents[1], help="the project")
    parser.add_argument("--length", type=int, default=12, help="a shared run this long is a paste (words)")
    args = parser.parse_args(argv)
    if not args.evidence.is_file():
        print(f"outside_wording: {args.evidence}: not a file", file=sys.stderr)
        return 2
    try:
        ledger = load_ledger(args.root)
    except CrosscheckError as error:
        print(f"outside_wording: {error}", file=sys.stderr)
        return 2
    evidence = args.evidence.read_text(encoding="utf-8")
    pasted = 0
    for source in ledger.sources.values():
        runs = shared_runs(source.fact, evidence, args.length)
        pasted += bool(runs)
        mark = "PASTED" if runs else "ok"
        print(f"{source.id:<45} {len(source.fact.split()):>3} words, longest shared run "
              f"{longest_shared_run(source.fact, evidence):>2}  {mark}")
    print(f"{len(ledger.sources)} facts checked against {args.evidence.name}; {pasted} share a run of "
          f"{args.length}+ words")
    return 1 if pasted else 0


if __name__ == "__main__":
    sys.exit(main())
