"""The tier21 pool: corpus articles with an award word and two or more ได้แก่ lists after it, evaluation
articles (by fingerprint and by the id columns of the index files) and the ids of earlier judged samples dropped."""
from __future__ import annotations

import os

import csv, glob, json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "bench/judged/recall"))
from recall import fingerprint, held_out  # noqa: E402

AWARD = re.compile(r"รางวัล|โล่")


def excluded_ids() -> set[str]:
    ids = set()
    for pattern in ("bench/judged/recall/**/articles.csv", "bench/judged/*/articles.csv", "bench/judged/*/fresh_articles.csv",
                    "tests/devset/index.csv", "tests/blind/index.csv", "tests/holdout/index.csv"):
        for path in glob.glob(str(REPO / pattern), recursive=True):
            if "/tier21/" in path:
                continue
            with open(path, encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    for column in ("corpus_id", "id"):
                        if row.get(column):
                            ids.add(row[column])
    return ids


def lists_after_award(text: str) -> int:
    award = AWARD.search(text)
    return text.count("ได้แก่", award.start()) if award else 0


def pool() -> list[dict]:
    prints, ids = held_out(), excluded_ids()
    found = []
    with open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in ids or lists_after_award(article["text"]) < 2:
                continue
            if fingerprint(article["text"]) in prints:
                continue
            found.append(article)
    return found


if __name__ == "__main__":
    articles = pool()
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "pool.jsonl", "w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps(article, ensure_ascii=False) + "\n")
    for seed in (21701, 21702):
        order = [a["id"] for a in articles]
        random.Random(seed).shuffle(order)
        (out / f"order_{seed}.txt").write_text("\n".join(order) + "\n", encoding="utf-8")
    print(len(articles))


def affected() -> list[dict]:
    """Every corpus article with an award word and two or more ได้แก่ after it, evaluation articles dropped (the
    changed-rows slice: the only articles the rule can touch)."""
    prints, ids = held_out(), set()
    for name in ("tests/devset/index.csv", "tests/blind/index.csv", "tests/holdout/index.csv"):
        with open(REPO / name, encoding="utf-8") as handle:
            ids |= {row["corpus_id"] for row in csv.DictReader(handle) if row.get("corpus_id")}
    found = []
    with open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in ids or lists_after_award(article["text"]) < 2 or fingerprint(article["text"]) in prints:
                continue
            found.append(article)
    return found
