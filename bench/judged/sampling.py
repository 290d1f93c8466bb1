"""What the judged samples share: the seeded order items are drawn in, the Wilson interval, and the CSV
files the verdicts are kept in (judge.py, awards/precision.py, recall/recall.py)."""
from __future__ import annotations

import csv
import hashlib
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
