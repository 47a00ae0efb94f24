#!/usr/bin/env python3
"""Attribution benchmark: run ``crosscheck.extract`` over a PolNeAR-style split and score it.

usage: attribution.py --polnear DIR [--out PRED_DIR] [--check-reference polnear_score.py] [--json]
                      [--repeat N]

DIR holds text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat standoff; the first annotator
file per NAME in sorted order is gold).  Predictions (a JSON list per article of
``{"content": span | [spans], "source": span | null}``, direct and paraphrase statements only)
are written to PRED_DIR (a temporary folder by default) and scored with this file's own
implementation of the rule in the split's README:

* a prediction matches a gold attribution when the character Jaccard of their contents (white
  space left out) is >= 0.5, one to one, greedily by best overlap (0.3 and 0.8 reported too);
* P / R / F1 count matched contents; source_acc is the share of matched pairs whose predicted
  source overlaps the gold source (or both have none); e2e_F1 counts a match only when its
  source is right too.

Throughput is measured on extraction only, in this single process (one core).
``--check-reference PATH`` also runs the reference scorer on the same predictions and exits
non-zero if any figure differs.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "lib"))

from crosscheck.extract import extract_statements, get_pipeline  # noqa: E402

THRESHOLDS = (0.3, 0.5, 0.8)


# ---- gold ----------------------------------------------------------------------------------------

def gold_files(split: Path) -> dict[str, Path]:
    first: dict[str, Path] = {}
    for p in sorted(os.listdir(split / "attributions")):
        first.setdefault(p.rsplit("_", 1)[0], split / "attributions" / p)
    return first


def read_ann(path: Path) -> list[dict]:
    """Gold attributions: ``[{"content": [(s, e)...], "source": [(s, e)...]}]``."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0].startswith("T") and len(cols) >= 2:
                _kind, _, rng = cols[1].partition(" ")
                spans[cols[0]] = [tuple(int(x) for x in piece.split()) for piece in rng.split(";")]
            elif cols[0].startswith("E") and len(cols) >= 2:
                events.append(dict(r.split(":", 1) for r in cols[1].split()))
    gold = []
    for ev in events:
        content = spans.get(ev.get("Content"), [])
        source = spans.get(ev.get("Source"), []) if ev.get("Source") else []
        if content:
            gold.append({"content": content, "source": source})
    return gold


# ---- scoring (own implementation of the README rule) --------------------------------------------

def _flatten(obj) -> list[tuple[int, int]]:
    if obj is None:
        return []
    if isinstance(obj, list):
        return [sp for o in obj for sp in _flatten(o)]
    return [(int(obj["start"]), int(obj["end"]))]


def _chars(spans, text: str) -> frozenset[int]:
    n = len(text)
    return frozenset(i for s, e in spans for i in range(max(0, s), min(n, e))
                     if not text[i].isspace())


def score_article(text: str, gold: list[dict], preds: list[dict]) -> dict:
    g_c = [_chars(g["content"], text) for g in gold]
    g_s = [_chars(g["source"], text) for g in gold]
    p_c = [_chars(_flatten(p.get("content")), text) for p in preds]
    p_s = [_chars(_flatten(p.get("source")), text) for p in preds]
    cands = []
    for gi, gc in enumerate(g_c):
        if not gc:
            continue
        for pj, pc in enumerate(p_c):
            if not pc:
                continue
            inter = len(gc & pc)
            if inter:
                cands.append((inter / len(gc | pc), gi, pj))
    cands.sort(reverse=True)
    out = {}
    for t in THRESHOLDS:
        gu, pu = set(), set()
        tp = src_ok = 0
        pairs = []
        for jac, gi, pj in cands:
            if jac < t:
                break
            if gi in gu or pj in pu:
                continue
            gu.add(gi)
            pu.add(pj)
            tp += 1
            ok = (not g_s[gi] and not p_s[pj]) or bool(g_s[gi] & p_s[pj])
            src_ok += ok
            pairs.append((gi, pj, ok))
        out[t] = {"tp": tp, "fp": len(p_c) - len(pu), "fn": len(g_c) - len(gu),
                  "src_ok": src_ok, "src_n": tp, "pairs": pairs}
    return out


def summarize(totals: dict) -> dict:
    res = {}
    for t, r in totals.items():
        tp, fp, fn, ok = r["tp"], r["fp"], r["fn"], r["src_ok"]
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        sa = ok / r["src_n"] if r["src_n"] else 0.0
        ep = ok / (tp + fp) if tp + fp else 0.0
        er = ok / (tp + fn) if tp + fn else 0.0
        ef = 2 * ep * er / (ep + er) if ep + er else 0.0
        res[f"j{t}"] = {"P": round(p, 3), "R": round(rc, 3), "F1": round(f1, 3),
                        "source_acc": round(sa, 3), "e2e_F1": round(ef, 3),
                        "tp": tp, "fp": fp, "fn": fn, "src_ok": ok, "src_n": r["src_n"]}
    return res


# ---- run -------------------------------------------------------------------------------------------

def predictions(text: str) -> list[dict]:
    out = []
    for st in extract_statements(text):
        if st.kind == "narration":
            continue
        d = st.to_dict()
        out.append({"id": d["id"], "kind": d["kind"], "content": d["content"], "source": d["source"],
                    "cue": d["cue"], "speaker": d["speaker"]})
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--polnear", required=True, type=Path, help="split folder (text/, attributions/)")
    ap.add_argument("--out", type=Path, help="write predictions here (default: a temporary folder)")
    ap.add_argument("--check-reference", type=Path, metavar="POLNEAR_SCORE_PY",
                    help="also run the reference scorer and require equal figures")
    ap.add_argument("--repeat", type=int, default=1, help="extraction passes for timing (default 1)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    split = args.polnear
    golds = gold_files(split)
    texts = {}
    for name in golds:
        with open(split / "text" / f"{name}.txt", encoding="utf-8", newline="") as f:
            texts[name] = f.read()

    get_pipeline()                       # build the pipeline outside the timed region
    extract_statements("Warm-up, she said.")
    preds: dict[str, list[dict]] = {}
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(max(1, args.repeat)):
        for name, text in texts.items():
            preds[name] = predictions(text)
    elapsed = (time.perf_counter() - t0) / max(1, args.repeat)
    cpu = (time.process_time() - c0) / max(1, args.repeat)

    tmp = None
    out_dir = args.out
    if out_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="attribution-preds-")
        out_dir = Path(tmp.name)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, ps in preds.items():
        with open(out_dir / f"{name}.json", "w", encoding="utf-8") as f:
            json.dump(ps, f)

    totals = {t: {"tp": 0, "fp": 0, "fn": 0, "src_ok": 0, "src_n": 0} for t in THRESHOLDS}
    for name, text in texts.items():
        r = score_article(text, read_ann(golds[name]), preds[name])
        for t in THRESHOLDS:
            for k in totals[t]:
                totals[t][k] += r[t][k]
    figures = {"articles": len(texts), "missing_predictions": 0, **summarize(totals)}
    words = sum(len(t.split()) for t in texts.values())
    figures["throughput"] = {"seconds": round(elapsed, 3),
                             "articles_per_s": round(len(texts) / elapsed, 1) if elapsed else None,
                             "words_per_s": round(words / elapsed) if elapsed else None,
                             "words": words, "cpu_seconds": round(cpu, 3),
                             "articles_per_cpu_s": round(len(texts) / cpu, 1) if cpu else None,
                             "words_per_cpu_s": round(words / cpu) if cpu else None,
                             "load_average": round(os.getloadavg()[0], 2)}

    status = 0
    if args.check_reference:
        proc = subprocess.run([sys.executable, str(args.check_reference), str(split), str(out_dir),
                               "--json"], capture_output=True, text=True)
        if proc.returncode != 0:
            print(proc.stderr, file=sys.stderr)
            status = 2
        else:
            ref = json.loads(proc.stdout)
            mine = {k: v for k, v in figures.items() if k != "throughput"}
            ref = {k: ({kk: vv for kk, vv in v.items()} if isinstance(v, dict) else v)
                   for k, v in ref.items()}
            same = json.dumps(mine, sort_keys=True) == json.dumps(ref, sort_keys=True)
            figures["reference_agrees"] = same
            if not same:
                print("MISMATCH with reference scorer:\n ours", json.dumps(mine, sort_keys=True),
                      "\n  ref", json.dumps(ref, sort_keys=True), file=sys.stderr)
                status = 1

    if args.json:
        print(json.dumps(figures))
    else:
        h = figures["j0.5"]
        print(f"articles {figures['articles']}   predictions in {out_dir if args.out else '(temp dir)'}")
        for t in THRESHOLDS:
            r = figures[f"j{t}"]
            print(f"  jaccard>={t}:  P {r['P']:.3f}  R {r['R']:.3f}  F1 {r['F1']:.3f}  "
                  f"source_acc {r['source_acc']:.3f}  e2e_F1 {r['e2e_F1']:.3f}  "
                  f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})")
        tp = figures["throughput"]
        print(f"headline (jaccard>=0.5): F1 {h['F1']:.3f}  source_acc {h['source_acc']:.3f}  "
              f"e2e_F1 {h['e2e_F1']:.3f}")
        print(f"throughput (1 process, extraction only): {tp['articles_per_s']} articles/s, "
              f"{tp['words_per_s']} words/s ({tp['words']} words in {tp['seconds']} s wall); "
              f"CPU time: {tp['articles_per_cpu_s']} articles/s, {tp['words_per_cpu_s']} words/s; "
              f"load average {tp['load_average']}")
        if "reference_agrees" in figures:
            print("reference scorer agrees:", figures["reference_agrees"])
    if tmp is not None:
        tmp.cleanup()
    return status


if __name__ == "__main__":
    sys.exit(main())
