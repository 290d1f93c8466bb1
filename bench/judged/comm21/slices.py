"""comm21's slices: pos21's draw (``bench/judged/pos21/slices.py``: a seeded ``random.Random(seed).shuffle`` of the
corpus lines, less every judged folder's ids and the evaluation articles' ids), keeping with ``--committee`` the
articles that write a committee's head (คณะกรรมการ, คณะอนุกรรมการ, คณะทำงาน, บอร์ด) with a name after it (the study
and fresh slices).

    python bench/judged/comm21/slices.py SEED [--committee] [--limit N] [--out DIR] [--drop CSV ...]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pos21"))
import slices as pos21          # noqa: E402

COMMITTEE = re.compile(r"(?:คณะ(?:อนุ)?กรรมการ|คณะทำงาน|บอร์ด)[\u0e01-\u0e4e]{4}")


def committee(article: dict) -> bool:
    return COMMITTEE.search(article["text"]) is not None


def committees_only(draw):
    """pos21's draw, keeping the articles that write a committee."""
    return lambda seed, former, drop: list(filter(committee, draw(seed, former, drop)))


if __name__ == "__main__":
    if "--committee" in sys.argv:
        sys.argv.remove("--committee")
        pos21.draw = committees_only(pos21.draw)
    sys.exit(pos21.main())
