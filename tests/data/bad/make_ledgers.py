"""Write the bad-ledger corpus (tests/data/bad/ledgers/): a small good project, broken one way in each folder.

    .venv/bin/python tests/data/bad/make_ledgers.py

The folders are committed; this script says how each was made, and makes them again after a change of
the ledger's layout. Each case is (name, {relative path: function from the good text to the broken one}).
"""
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for factories

from factories import make_project  # noqa: E402

DOC, CLAIMS, ACTORS = "ledger/documents/article.yaml", "ledger/claims/repairs.yaml", "ledger/actors.yaml"
VERDICT = '{"claim": "traffic-doubled", "status": "confirmed", "analyst": "a", "time": "2026-03-02T10:00:00", ' \
          '"reason": "r", "previous": []}\n'


def _sub(old: str, new: str, count: int = 1):
    def change(text: str) -> str:
        assert old in text, (old, text[:200])
        return text.replace(old, new, count)
    return change


def _write(text: str):
    return lambda _old: text


def _conflict(text: str) -> str:
    ours = text.replace("reliability: C", "reliability: D")
    return f"<<<<<<< HEAD\n{ours}=======\n{text.replace('reliability: C', 'reliability: B')}>>>>>>> analyst-b\n"


BOMB = ('    note: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        '    would_change: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n')

CASES = {
    "unknown-ids": {DOC: _sub("speaker: council", "speaker: nobody")},
    "duplicate-ids": {CLAIMS: lambda t: t + t[t.index("  - id: repairs-finish"):]},
    "unknown-stance": {CLAIMS: _sub("stance: asserts", "stance: agrees")},
    "offsets-past-end": {DOC: _sub("start: 368\n    end: 413", "start: 5000\n    end: 5045")},
    "unknown-verdict-claim": {"ledger/verdicts/a.jsonl": _write(VERDICT.replace("traffic-doubled", "ghost"))},
    "truncated-verdicts": {"ledger/verdicts/a.jsonl": _write(VERDICT + VERDICT[:16])},
    "conflict-marker": {ACTORS: _conflict},
    "broken-yaml": {CLAIMS: _sub("    text: Repairs", "   text: [Repairs")},
    "changed-seed": {"seeds/article.txt": _sub("denied that", "rejected that")},
    "binary-seed": {"seeds/article.txt": _write("\x00\x01binary\x00")},
    "alias-bomb": {CLAIMS: _sub("  - id: repairs-finish\n", "  - id: repairs-finish\n" + BOMB)},
    "impossible-date-statement": {DOC: _sub("    kind: direct\n", "    kind: direct\n    said_on: 2026-13-01\n")},
    "impossible-date-actors": {ACTORS: lambda t: t + "    since: 2026-02-30\n"},
    "impossible-date-background": {DOC: lambda t: t + "background:\n  - quote: Traffic\n    reviewed: 2026-02-30\n"},
    "impossible-date-claims": {CLAIMS: _sub("    text: Repairs", "    decided: 2026-04-31\n    text: Repairs")},
    "impossible-date-meta": {"seeds/article.meta.yaml": _write("outlet: Example Wire\npublished: 2026-02-30\n")},
    "empty-claims": {CLAIMS: _write("")},
    "empty-sources": {"ledger/sources.yaml": _write("")},
    "empty-document": {DOC: _write("# nothing here\n")},
    "misspelt-key": {CLAIMS: _sub("\nclaims:", "\nclaim:")},
    "old-layout": {"ledger/claims.yaml": _write("claims: []\n")},
}


def main() -> None:
    out = HERE / "ledgers"
    shutil.rmtree(out, ignore_errors=True)
    for name, changes in CASES.items():
        root = make_project(out / name)
        for relative, change in changes.items():
            path = root / relative
            old = path.read_text(encoding="utf-8") if path.exists() else ""
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(change(old).encode("utf-8"))
    print(f"wrote {len(CASES)} broken projects to {out}")


if __name__ == "__main__":
    main()
