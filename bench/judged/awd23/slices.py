"""The awd23 changed-rows slice, reproduced: python bench/judged/awd23/slices.py OUT_DIR (corpus from $CORPUS or
build/corpus.jsonl). Every corpus article that writes รางวัล, the evaluation articles dropped (the id and URL
columns of tests/{devset,blind,holdout}/index.csv; nothing else of those sets is read), texts deduplicated, in corpus
order, cut into two halves (award_a.jsonl, award_b.jsonl) for two -j 1 builds. No fresh slice: the award pool is spent.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "bench/judged/awd22"))
from slices import ids_of, within  # noqa: E402

CORPUS = Path(os.environ.get("CORPUS", "build/corpus.jsonl"))


def main(out: Path) -> None:
    evaluation = ids_of([REPO / f"tests/{s}/index.csv" for s in ("devset", "blind", "holdout")])
    award, texts = [], set()
    with open(CORPUS, encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if "รางวัล" not in article["text"] or within(article, evaluation):
                continue
            key = re.sub(r"\s+", "", article["text"])
            if key in texts:
                continue
            texts.add(key)
            award.append(line)
    out.mkdir(parents=True, exist_ok=True)
    half = len(award) // 2
    for name, lines in (("award_a", award[:half]), ("award_b", award[half:])):
        (out / f"{name}.jsonl").write_text("".join(lines), encoding="utf-8")
        print(name, len(lines))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
