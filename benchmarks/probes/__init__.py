"""A repeatable probe pass over the ``crosscheck`` command line, as an attacker and a careless user run it.

Each module holds one family of probes (see harness for what a probe is and how its outcome is judged);
``run.main`` runs them. Start it as ``.venv/bin/python benchmarks/probes.py [--only PATTERN] [--keep]``.
"""
FAMILIES = ("paths", "articles", "roots", "out_paths", "ledger_files", "verdict_lines", "seeds", "arguments", "environment",
            "curation", "migration", "drafting", "files", "concurrency", "signals")
