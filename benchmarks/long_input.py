"""How long extract and check take on a 5 MiB article (one process), in wall and CPU seconds.

    .venv/bin/python benchmarks/long_input.py [--mib 5]

The article is generated: news-style paragraphs with quotes, dates, amounts in two currencies and
varied nouns, so that every check has work to do.
"""
from __future__ import annotations

import argparse
import os
import random
import time


def article(mib: float) -> str:
    rng = random.Random(2026)
    places = ["bridge", "harbour", "station", "school", "market", "tunnel", "airport", "hospital"]
    template = ('The ministry said on Monday that the {p} would reopen by March {d} after a detour of {m} miles '
                '({u} km). "We will finish the work in {w} weeks," minister Anna Berg told reporters, '
                'adding that traffic had doubled since 2020. According to the council, over two thirds of the budget '
                'is spent.\n\n')
    parts, size = [], 0
    while size < mib * 2**20:
        m = rng.randint(1, 9)
        piece = template.format(p=rng.choice(places), d=rng.randint(1, 28), m=m, u=round(m * 1.609, 1),
                                w=rng.randint(2, 6))
        parts.append(piece)
        size += len(piece.encode())
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=float, default=5.0)
    args = parser.parse_args()
    from crosscheck.checks import run_checks
    from crosscheck.extract import extract_statements, get_pipeline

    get_pipeline()
    run_checks("Warm up on Friday.", None)
    text = article(args.mib)
    print(f"article: {len(text.encode()) / 2**20:.1f} MiB, {len(text.split())} words; load average "
          f"{os.getloadavg()[0]:.2f}")
    import datetime as dt

    for name, run in (("extract", lambda: extract_statements(text)),
                      ("check", lambda: run_checks(text, dt.date(2026, 3, 2)))):
        wall, cpu = time.perf_counter(), time.process_time()
        found = run()
        print(f"{name:8s} {len(found):7d} items  wall {time.perf_counter() - wall:6.1f} s  "
              f"cpu {time.process_time() - cpu:6.1f} s")


if __name__ == "__main__":
    main()
