"""How long extract and check take on a 5 MiB article (one process), in wall and CPU seconds.

    .venv/bin/python benchmarks/long_input.py [--mib 5]
    .venv/bin/python benchmarks/long_input.py --draft 2000     # drafting an article of 2,000 distinct points

The article is generated: news-style paragraphs with quotes, dates, amounts in two currencies and
varied nouns, so that every check has work to do. With ``--draft N`` it is N paragraphs of two
sentences, each on a matter of its own (made-up words), and what is timed is ``crosscheck draft``, whose
stages that compare statements would be quadratic in them.
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


def distinct_points(paragraphs: int) -> str:
    """Paragraphs of two sentences, each paragraph on a matter of its own (made-up words, few shared)."""
    rng = random.Random(2026)
    syllables = ["ka", "lo", "mer", "tis", "van", "dru", "pel", "sor", "quin", "bra", "ent", "ol"]
    people = ["Anna Berg", "Tom Hale", "Ruth Osei", "Ivan Petrov", "Lena Marsh", "Omar Diallo"]
    word = lambda: "".join(rng.choice(syllables) for _ in range(3))  # noqa: E731
    return "\n\n".join(f"{rng.choice(people)} said the {word()} had {word()}ed the {word()} near the {word()}. "
                         f"The {word()} {word()} was {word()}, {rng.choice(people)} added." for _ in range(paragraphs))


def time_draft(paragraphs: int) -> None:
    from crosscheck import parse_document
    from crosscheck.draft import draft_article

    text = f"---\ntitle: Long\noutlet: Test Times\npublished: 2026-03-02\n---\n\n{distinct_points(paragraphs)}\n"
    document = parse_document(text)
    print(f"article: {len(document.sentences)} sentences, {len(text.split())} words; load average {os.getloadavg()[0]:.2f}")
    wall, cpu = time.perf_counter(), time.process_time()
    draft = draft_article(document)
    print(f"draft    {len(draft.claims):7d} claims wall {time.perf_counter() - wall:6.1f} s  cpu {time.process_time() - cpu:6.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=float, default=5.0)
    parser.add_argument("--draft", type=int, metavar="PARAGRAPHS",
                        help="time drafting an article of PARAGRAPHS paragraphs on distinct matters instead")
    args = parser.parse_args()
    if args.draft:
        return time_draft(args.draft)
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
