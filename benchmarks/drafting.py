#!/usr/bin/env python3
"""Drafting benchmark: draft claims from articles with ``crosscheck.draft`` and score them against gold.

usage: drafting.py [--set dev|heldout|seed|all] [FOLDER ...] [--root DIR] [--repeat N] [--json] [--show]

Each article is drafted in this process with no actor registry (a bare project) and scored against its
gold file on five figures: cross-party pair recall, precision (no false merges), stance accuracy on gold
evidence whose stance is not "asserts", speaker accuracy and party accuracy. benchmarks/drafting/README.md defines the
set, article and gold-file formats and each figure precisely. Speed is drafting (extraction included)
in articles per second, in CPU time and wall time, over ``--repeat`` passes.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "lib"))

from crosscheck.claims import STANCES  # noqa: E402
from crosscheck.document import load_document  # noqa: E402
from crosscheck.draft import draft_article  # noqa: E402
from crosscheck.errors import CrosscheckError  # noqa: E402
from crosscheck.ledger import load_ledger  # noqa: E402
from crosscheck.yamlio import load_yaml_mapping  # noqa: E402

# `heldout` is the current blind set; the earlier ones (heldout/ to heldout8/) were spent into dev/.
SETS = {"dev": HERE / "drafting" / "dev", "heldout": HERE / "drafting" / "heldout9"}


# ---- gold -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class GoldItem:
    start: int
    end: int
    speaker: str
    party: str
    stance: str


@dataclass
class Gold:
    """One article with its gold claims and the names each gold actor goes by."""

    name: str
    article: Path
    published: str | None
    claims: dict[str, list[GoldItem]]
    names: dict[str, set[str]] = field(default_factory=dict)
    text: str = ""
    party_names: dict[str, set[str]] = field(default_factory=dict)


def normalise(name: str) -> str:
    name = re.sub(r"['\u2019]s\b", "", name.casefold())
    name = re.sub(r"[^\w\s-]", " ", name)
    return re.sub(r"^(?:the|a|an)\s+", "", " ".join(name.split()))


def _actor_names(actors: dict) -> dict[str, set[str]]:
    names = {}
    for actor_id, entry in actors.items():
        forms = [str(actor_id), str(entry.get("name", "")), *(str(a) for a in entry.get("aliases") or [])]
        names[str(actor_id)] = {normalise(f) for f in forms if f}
    return names


def _party_names(parties: dict, actors: dict, names: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each party's names, normalised: its id, its name and every name of its actors."""
    result = {str(p): {normalise(str(p)), normalise(str((entry or {}).get("name", "")))} - {""}
              for p, entry in parties.items()}
    for actor_id, entry in actors.items():
        result.setdefault(str(entry.get("party")), set()).update(names.get(str(actor_id), set()))
    return result


def _locate(text: str, item: dict, where: str) -> tuple[int, int]:
    quote = item.get("quote")
    if not isinstance(quote, str) or not quote:
        raise CrosscheckError(f"{where}: evidence needs a quote")
    if item.get("start") is not None:
        start = int(item["start"])
        if text[start:start + len(quote)] != quote:
            raise CrosscheckError(f"{where}: quote {quote[:50]!r} is not at {start}")
    else:
        found = [m.start() for m in re.finditer(re.escape(quote), text)]
        if len(found) != 1:
            raise CrosscheckError(f"{where}: quote {quote[:50]!r} occurs {len(found)} times; give its start")
        start = found[0]
    end = start + len(quote)
    if item.get("end") is not None and int(item["end"]) != end:
        raise CrosscheckError(f"{where}: end {item['end']} is not start + len(quote) = {end}")
    return start, end


def _gold_claims(text: str, claims: list, actors: dict, parties: dict, path: Path) -> dict[str, list[GoldItem]]:
    result: dict[str, list[GoldItem]] = {}
    for claim in claims or []:
        claim_id = str(claim.get("id"))
        items = []
        for number, item in enumerate(claim.get("evidence") or [], 1):
            where = f"{path}: claim {claim_id}, evidence {number}"
            start, end = _locate(text, item, where)
            speaker = str(item.get("speaker"))
            if speaker not in actors:
                raise CrosscheckError(f"{where}: unknown speaker {speaker!r}")
            party = str(actors[speaker].get("party"))
            if party not in parties:
                raise CrosscheckError(f"{where}: speaker {speaker!r} has unknown party {party!r}")
            stance = str(item.get("stance"))
            if stance not in STANCES:
                raise CrosscheckError(f"{where}: stance {stance!r} is not one of {', '.join(STANCES)}")
            items.append(GoldItem(start, end, speaker, party, stance))
        if items:
            result[claim_id] = items
    return result


def load_gold_folder(folder: Path) -> list[Gold]:
    """The articles of a set folder with their gold (see drafting/README.md)."""
    if not folder.is_dir():
        raise CrosscheckError("is not a folder of articles", folder)
    articles = sorted(folder.glob("*.txt"))
    golds = {p.name.removesuffix(".gold.yaml") for p in folder.glob("*.gold.yaml")}
    for name in sorted(golds - {a.stem for a in articles}):
        raise CrosscheckError(f"{name}.gold.yaml has no article {name}.txt", folder)
    result = []
    for article in articles:
        path = article.with_name(article.stem + ".gold.yaml")
        if not path.exists():
            raise CrosscheckError(f"{article.name} has no gold file {path.name}", folder)
        data = load_yaml_mapping(path)
        actors, parties = dict(data.get("actors") or {}), dict(data.get("parties") or {})
        text = article.read_text(encoding="utf-8")
        published = str(data["published"]) if data.get("published") else None
        names = _actor_names(actors)
        result.append(Gold(article.stem, article, published, _gold_claims(text, data.get("claims"), actors, parties, path),
                           names, text, _party_names(parties, actors, names)))
    return result


def load_seed(root: Path) -> list[Gold]:
    """The project's documents scored against its curated ledger, read by crosscheck itself (any layout)."""
    ledger = load_ledger(root)
    names = {actor_id: {normalise(n) for n in (actor_id, *actor.names)} for actor_id, actor in ledger.registry.actors.items()}
    parties = {party_id: {"name": party.name} for party_id, party in ledger.registry.parties.items()}
    party_names = _party_names(parties, {a: {"party": actor.party} for a, actor in ledger.registry.actors.items()}, names)
    result = []
    for doc_id, document in ledger.documents.items():
        claims = {}
        for claim_id, claim in ledger.claims.items():
            items = [GoldItem(e.statement.start, e.statement.end, e.statement.speaker, e.statement.party, e.stance)
                     for e in claim.evidence if e.document == doc_id]
            if items:
                claims[claim_id] = items
        path = document.path if document.path.is_absolute() else root / document.path
        result.append(Gold(str(doc_id), path, None, claims, names, document.text, party_names))
    return result


# ---- scoring --------------------------------------------------------------------------------------

def matches(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two spans match when they overlap by at least half of the shorter one."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0 and overlap * 2 >= min(a[1] - a[0], b[1] - b[0])


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Score:
    pairs_found: int = 0
    pairs: int = 0
    draft_pairs_right: int = 0
    draft_pairs: int = 0
    stance_right: int = 0
    stances: int = 0
    speaker_right: int = 0
    speakers_found: int = 0
    speakers: int = 0
    party_right: int = 0
    parties_found: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("pairs_found", "pairs", "draft_pairs_right", "draft_pairs", "stance_right", "stances",
                     "speaker_right", "speakers_found", "speakers", "party_right", "parties_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | None]:
        ratio = lambda a, b: round(a / b, 3) if b else None  # noqa: E731
        return {"pair_recall": ratio(self.pairs_found, self.pairs),
                "precision": ratio(self.draft_pairs_right, self.draft_pairs),
                "stance_accuracy": ratio(self.stance_right, self.stances),
                "speaker_accuracy": ratio(self.speaker_right, self.speakers_found),
                "speaker_coverage": ratio(self.speakers_found, self.speakers),
                "party_accuracy": ratio(self.party_right, self.parties_found)}

    def counts(self) -> dict[str, int]:
        return {"pairs": self.pairs, "draft_pairs": self.draft_pairs, "stances": self.stances,
                "speakers": self.speakers_found}


def score(gold: Gold, draft) -> Score:
    result = Score()
    claims = [[(e["start"], e["end"], SimpleNamespace(**e)) for e in c.to_dict()["evidence"]] for c in draft.claims]
    _score_pairs(gold, claims, result)
    _score_stances(gold, claims, result)
    _score_speakers(gold, claims, result)
    _score_parties(gold, claims, result)
    return result


def _score_pairs(gold: Gold, claims, result: Score) -> None:
    gold_pairs = set()
    for items in gold.claims.values():
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                if a.party != b.party and (a.start, a.end) != (b.start, b.end):
                    gold_pairs.add(tuple(sorted([(a.start, a.end), (b.start, b.end)])))
    for a, b in sorted(gold_pairs):
        found = any(any(matches(x[:2], a) and matches(y[:2], b) for x in items for y in items if x is not y)
                    for items in claims)
        result.pairs += 1
        result.pairs_found += found
        if not found:
            result.misses.append(f"pair missed: {gold.text[a[0]:a[1]][:45]!r} ~ {gold.text[b[0]:b[1]][:45]!r}")
    draft_pairs = {}
    for items in claims:
        for i, x in enumerate(items):
            for y in items[i + 1:]:
                if x[2].party.casefold() != y[2].party.casefold():
                    draft_pairs[tuple(sorted([x[:2], y[:2]]))] = (x[2], y[2])
    for (a, b), (x, y) in sorted(draft_pairs.items()):
        right = any(any(matches(a, (g.start, g.end)) and matches(b, (h.start, h.end))
                        for g in items for h in items if g is not h) for items in gold.claims.values())
        result.draft_pairs += 1
        result.draft_pairs_right += right
        if not right:
            result.misses.append(f"false merge: {x.party}: {x.quote[:50]!r} + {y.party}: {y.quote[:50]!r}")


def _score_stances(gold: Gold, claims, result: Score) -> None:
    for claim_id, items in gold.claims.items():
        for g in items:
            if g.stance == "asserts":
                continue
            span = (g.start, g.end)
            candidates = [c for c in claims if any(matches(x[:2], span) for x in c)]
            result.stances += 1
            if not candidates:
                result.misses.append(f"stance: {claim_id}: no draft claim holds {span} ({g.stance})")
                continue
            best = max(candidates, key=lambda c: sum(any(matches(x[:2], (h.start, h.end)) for x in c) for h in items))
            item = max((x for x in best if matches(x[:2], span)), key=lambda x: _overlap(x[:2], span))
            result.stance_right += item[2].stance == g.stance
            if item[2].stance != g.stance:
                result.misses.append(f"stance: {claim_id}: {item[2].quote[:50]!r} is {item[2].stance}, gold {g.stance}")


def _best_items(gold: Gold, claims):
    """(gold item, best-overlapping matching draft item or None) for each distinct gold span."""
    spans = {}
    for items in gold.claims.values():
        for g in items:
            spans.setdefault((g.start, g.end), g)
    flat = [x for c in claims for x in c]
    for span, g in sorted(spans.items()):
        found = [x for x in flat if matches(x[:2], span)]
        yield g, (max(found, key=lambda x: _overlap(x[:2], span))[2] if found else None)


def _score_speakers(gold: Gold, claims, result: Score) -> None:
    for g, item in _best_items(gold, claims):
        result.speakers += 1
        if item is None:
            continue
        result.speakers_found += 1
        right = normalise(item.speaker) in gold.names.get(g.speaker, set())
        result.speaker_right += right
        if not right:
            result.misses.append(f"speaker: {item.quote[:50]!r} is {item.speaker!r}, gold {g.speaker!r}")


def _score_parties(gold: Gold, claims, result: Score) -> None:
    """Party accuracy: the draft item's party (its speaker when it has none), normalised as speakers
    are, is the gold actor's party's id, name or a name of one of that party's actors."""
    for g, item in _best_items(gold, claims):
        if item is None:
            continue
        result.parties_found += 1
        party = item.party or item.speaker
        right = normalise(party) in gold.party_names.get(g.party, set())
        result.party_right += right
        if not right:
            result.misses.append(f"party: {item.quote[:50]!r} is {party!r}, gold {g.party!r}")


# ---- running --------------------------------------------------------------------------------------

def _document(gold: Gold):
    return load_document(gold.article, metadata={"published": gold.published} if gold.published else None)


def run(golds: list[Gold], repeat: int) -> tuple[list, float, float]:
    documents = [_document(g) for g in golds]
    draft_article(documents[0]) if documents else None  # warm the pipeline outside the timing
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(repeat):
        drafts = [draft_article(d) for d in documents]
    return drafts, time.process_time() - cpu, time.perf_counter() - wall


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.2f}"


def report(label: str, golds: list[Gold], repeat: int, show: bool) -> dict:
    drafts, cpu, wall = run(golds, repeat)
    total, rows = Score(), []
    print(f"== {label}: {len(golds)} article(s)")
    print(f"{'article':<36} {'recall':>6} {'prec':>6} {'stance':>6} {'speaker':>7} {'party':>6}   pairs drafted stances speakers")
    for gold, draft in zip(golds, drafts):
        result = score(gold, draft)
        total.add(result)
        f, c = result.figures(), result.counts()
        rows.append({"article": gold.name, **f, **c})
        print(f"{gold.name[:36]:<36} {_fmt(f['pair_recall']):>6} {_fmt(f['precision']):>6} "
              f"{_fmt(f['stance_accuracy']):>6} {_fmt(f['speaker_accuracy']):>7} {_fmt(f['party_accuracy']):>6}   "
              f"{c['pairs']:>5} {c['draft_pairs']:>7} {c['stances']:>7} {c['speakers']:>8}")
        if show:
            for line in result.misses:
                print(f"    {line}")
    f = total.figures()
    count = len(golds) * repeat
    speed = {"articles_per_s_cpu": round(count / cpu, 1) if cpu else None,
             "articles_per_s_wall": round(count / wall, 1) if wall else None}
    print(f"{'overall':<36} {_fmt(f['pair_recall']):>6} {_fmt(f['precision']):>6} {_fmt(f['stance_accuracy']):>6} "
          f"{_fmt(f['speaker_accuracy']):>7} {_fmt(f['party_accuracy']):>6}   {total.pairs:>5} {total.draft_pairs:>7} {total.stances:>7} "
          f"{total.speakers_found:>8}")
    print(f"speaker coverage {_fmt(f['speaker_coverage'])}; speed {speed['articles_per_s_cpu']} articles/s (CPU), "
          f"{speed['articles_per_s_wall']} articles/s (wall), {repeat} pass(es)")
    return {"set": label, "articles": rows, "overall": {**f, **total.counts()}, **speed}


def _named_set(name: str) -> list[Gold]:
    """A set of the project's by name; one not written yet (the held-out set, early on) is empty."""
    return load_gold_folder(SETS[name]) if SETS[name].is_dir() else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path, help="set folders in the README's format")
    parser.add_argument("--set", choices=("dev", "heldout", "seed", "all"), action="append", dest="sets")
    parser.add_argument("--root", type=Path, default=ROOT, help="project root for the seed set")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true", help="list each miss, false merge and wrong stance or speaker")
    args = parser.parse_args(argv)
    sets = args.sets or ([] if args.folders else ["dev", "seed"])
    if "all" in sets:
        sets = ["dev", "heldout", "seed"]
    jobs = [(name, (lambda n=name: load_seed(args.root) if n == "seed" else _named_set(n))) for name in sets]
    jobs += [(str(folder), (lambda f=folder: load_gold_folder(f))) for folder in args.folders]
    results = []
    try:
        for label, load in jobs:
            golds = load()
            if not golds:
                print(f"== {label}: no articles" + (f" ({SETS[label]} does not exist yet)" if label in SETS
                                                     and not SETS[label].is_dir() else ""))
                continue
            results.append(report(label, golds, max(args.repeat, 1), args.show))
    except CrosscheckError as error:
        print(f"drafting.py: {error}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
