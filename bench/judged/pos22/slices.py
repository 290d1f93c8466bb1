"""pos22's slices: pos21's draw (``bench/judged/pos21/slices.py``: a seeded ``random.Random(seed).shuffle`` of the
corpus lines, less every judged folder's ids and the evaluation articles' ids), keeping award and ceremony articles
with ``--ceremony`` (they write both รางวัล and มอบ: the study and fresh slices). Rows of a graph:
``bench/judged/pos21/rows.py``.

    python bench/judged/pos22/slices.py SEED [--ceremony] [--limit N] [--out DIR] [--drop CSV ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pos21"))
import slices as pos21          # noqa: E402

CORPUS, FORMER, excluded = pos21.CORPUS, pos21.FORMER, pos21.excluded


def ceremony(article: dict) -> bool:
    return "รางวัล" in article["text"] and "มอบ" in article["text"]


if __name__ == "__main__":
    if "--ceremony" in sys.argv:
        sys.argv.remove("--ceremony")
        draw = pos21.draw
        pos21.draw = lambda seed, former, drop: [a for a in draw(seed, former, drop) if ceremony(a)]
    sys.exit(pos21.main())
