"""What the judged samples share: the seeded order items are drawn in, the Wilson interval, and the CSV
files the verdicts are kept in (judge.py, awards/precision.py, recall/recall.py), and the command line and
the merges' score of the two duplicate benches (people/, orgs_duplicates/)."""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import math
from pathlib import Path


def draw(seed: int, *parts: str) -> str:
    """An item's place in the seeded random order: a hash of the seed and the item alone, so the order is
    a uniform random permutation that no judgement and no other item can move, and an item still in the
    graph after a change of the code keeps its place (and its judgement can be carried)."""
    return hashlib.sha256("\x1f".join((str(seed),) + parts).encode("utf-8")).hexdigest()


def first(seed: int, group: str, items: list[str], size: int) -> list[str]:
    """The ``size`` items first in the seeded order (a simple random sample without replacement)."""
    return sorted(items, key=lambda item: draw(seed, group, item))[:size]


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The 95 % Wilson interval of hits/n."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (centre - half, centre + half)


def read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(path: Path, fields: tuple[str, ...], rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        writer.writerows(rows)


def score_variants(folder: Path, counted: str) -> dict:
    """The duplicate rate of a judged variants sample (``variants.csv``, ``measure.json``): variants times the
    share judged the same, over the ``counted`` nodes (people, organizations), with the share's Wilson interval."""
    rows = read(folder / "variants.csv")
    counts = json.loads((folder / "measure.json").read_text(encoding="utf-8"))
    judged = [r for r in rows if r["verdict"] in ("same", "other")]
    same = sum(r["verdict"] == "same" for r in judged)
    low, high = wilson(same, len(judged))
    share = same / max(1, len(judged))
    total, found = counts[counted], counts["variants"]
    return {"judged": len(judged), "same": same, "same_share": round(share, 3),
            "same_wilson95": [round(low, 3), round(high, 3)], counted: total, "variants": found,
            "duplicate_rate": round(found * share / total, 4),
            "duplicate_rate_wilson95": [round(found * low / total, 4), round(found * high / total, 4)]}


def score_merges(folder: Path) -> dict:
    """The share of the build report's sampled merges judged right (``merges.csv``), with its Wilson interval."""
    rows = read(folder / "merges.csv")
    judged = [r for r in rows if r["verdict"] in ("ok", "wrong")]
    hits = sum(r["verdict"] == "ok" for r in judged)
    low, high = wilson(hits, len(judged))
    return {"judged": len(judged), "ok": hits, "precision": round(hits / max(1, len(judged)), 3),
            "wilson95": [round(low, 3), round(high, 3)]}


def duplicates_parser(description: str, what: str, size: int) -> argparse.ArgumentParser:
    """The verbs of a duplicates bench: measure, sample, merges, score (``what``: people, organisations)."""
    parser = argparse.ArgumentParser(description=description)
    sub = parser.add_subparsers(dest="verb", required=True)
    m = sub.add_parser("measure", help=f"{what}, variants (near-identical names), pairs by kind")
    m.add_argument("graph", type=Path)
    s = sub.add_parser("sample", help="a seeded sample of variants to judge, as CSV, with measure.json")
    s.add_argument("graph", type=Path)
    s.add_argument("--seed", type=int, default=15)
    s.add_argument("--size", type=int, default=size)
    s.add_argument("--out", type=Path, required=True)
    g = sub.add_parser("merges", help=f"a seeded sample of the build report's merges of {what} to judge, as CSV")
    g.add_argument("graph", type=Path)
    g.add_argument("--report", type=Path, help="the build report (default: GRAPH's .report.jsonl)")
    g.add_argument("--seed", type=int, default=15)
    g.add_argument("--size", type=int, default=40)
    g.add_argument("--out", type=Path, required=True)
    c = sub.add_parser("score", help="the duplicate rate and its 95 %% Wilson interval from the verdicts")
    c.add_argument("folder", type=Path)
    return parser
