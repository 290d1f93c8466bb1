"""Score a graph's posts on the fresh slice against the hand annotation: (person, title) pairs, spaces ignored;
organisation agreement reported on the matched pairs.

    python bench/judged/pos22/score_fresh.py ROWS.csv   (bench/judged/pos21/rows.py's output for the fresh graph)
"""
from __future__ import annotations

import csv
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 1.0)
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return (c - h, c + h)


def flat(s: str) -> str:
    return "".join(s.split())


def main() -> int:
    orders = {row["file"][:-4]: int(row["order"]) for row in csv.DictReader((HERE / "fresh_articles.csv").open())}
    gold = {(int(r["order"]), flat(r["person"]), flat(r["title"])): flat(r["organization"])
            for r in csv.DictReader((HERE / "fresh_annotation.csv").open())}
    pred = {}
    for r in csv.DictReader(open(sys.argv[1])):
        key = Path(r["file"]).name.removesuffix(".txt")
        if key in orders:
            pred[(orders[key], flat(r["person"]), flat(r["title"]))] = flat(r["organization"])
    hit = gold.keys() & pred.keys()
    org = sum(1 for k in hit if gold[k] == pred[k])
    r, p = len(hit) / len(gold), len(hit) / len(pred)
    print(f"gold {len(gold)} predicted {len(pred)} correct {len(hit)}")
    print(f"recall {r:.3f} {tuple(round(x, 3) for x in wilson(len(hit), len(gold)))}  "
          f"precision {p:.3f} {tuple(round(x, 3) for x in wilson(len(hit), len(pred)))}  F1 {2 * r * p / (r + p):.3f}")
    print(f"organisation as annotated on matched pairs: {org}/{len(hit)}")
    if "-v" in sys.argv:
        for k in sorted(gold.keys() - pred.keys()):
            print("  missing ", k)
        for k in sorted(pred.keys() - gold.keys()):
            print("  spurious", k)
        for k in sorted(hit):
            if gold[k] != pred[k]:
                print("  org     ", k, gold[k], "|", pred[k])
    return 0


if __name__ == "__main__":
    sys.exit(main())
