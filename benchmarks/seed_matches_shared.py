"""Check that every seed in seeds/ is byte for byte the shared original it was copied from.

    .venv/bin/python benchmarks/seed_matches_shared.py ../shared

Prints one line per seed found in SHARED/seeds/ and exits 1 when any differs or is missing here. (The
tests check each seed against the SHA-256 the ledger recorded, which needs nothing beside the clone.)
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(shared: Path) -> int:
    originals = sorted((shared / "seeds").glob("*.txt"))
    if not originals:
        print(f"no seeds in {shared / 'seeds'}")
        return 1
    bad = 0
    for original in originals:
        copy = ROOT / "seeds" / original.name
        same = copy.is_file() and copy.read_bytes() == original.read_bytes()
        bad += not same
        print(f"{'same' if same else 'DIFFERS'}  seeds/{original.name}")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
