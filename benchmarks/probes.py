"""A repeatable probe pass over the crosscheck command line, as an attacker and a careless user run it.

    .venv/bin/python benchmarks/probes.py [--only PATTERN] [--keep] [--jobs N] [--list] [--json]

Each probe runs real ``crosscheck`` subprocesses against a fresh temporary copy of the project (ledger/,
seeds/, notebooks/templates/, never the checkout itself) and is classified ok, traceback, internal error,
hang, data lost, unclear or wrong (see benchmarks/probes/harness.py). It prints one line per probe that is
not ok and a summary table, and exits 1 if any probe is not ok. The probes live in benchmarks/probes/, one
module per family.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the package benchmarks/probes/ (a package wins
from probes.run import main  # noqa: E402  over this file of the same name on the import path)

if __name__ == "__main__":
    sys.exit(main())
