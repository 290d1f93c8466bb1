"""pos21's slices: a seeded ``random.Random(seed).shuffle`` of the corpus lines, less the ids every judged
folder has read (``bench/judged/**/articles.csv``, ``fresh_articles.csv``: their corpus_id / url columns) and
the evaluation articles (the corpus_id and url columns of ``tests/{devset,blind,holdout}/index.csv`` only).

    python bench/judged/pos21/slices.py SEED [--former] [--limit N] [--out DIR] [--drop CSV ...]

``--former`` keeps the articles that write อดีต right before a title head (the study and fresh slices);
``--out`` writes the articles as .txt files (``NNNN_<sha1>.txt``) and ``slice.csv``.
"""
from __future__ import annotations

import os

import argparse
import csv
import hashlib
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("CORPUS", "build/corpus.jsonl"))
# อดีต before a title (not ในอดีต "in the past"): the heads the genre writes after it
FORMER = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=และ))อดีต[ \t]?(?:รอง|ผู้ช่วย)?(?:ผู้ว่า|อธิบดี|ปลัด|รัฐมนตรี|นายก|ประธาน|"
                    r"ผู้อำนวยการ|เลขาธิการ|อธิการบดี|ส\.ส\.|สส\.|สมาชิก|สว\.|ส\.ว\.|เอกอัครราชทูต|ผู้บัญชาการ|ผู้บังคับการ|"
                    r"ผบ|ผอ\.|ผู้ตรวจ|กรรมการ|หัวหน้า|ผู้จัดการ|คณบดี|เจ้าหน้าที่|ข้าราชการ|ผู้พิพากษา|อัยการ|แม่ทัพ|"
                    r"ผู้กำกับ|กำนัน|ผู้ใหญ่บ้าน|นายอำเภอ|ที่ปรึกษา|โฆษก|เลขานุการ|ผู้แทน|สมาชิกวุฒิสภา|ผู้ก่อตั้ง)")


def excluded() -> tuple[set[str], set[str]]:
    ids, urls = set(), set()
    paths = [*REPO.glob("bench/judged/**/articles.csv"), *REPO.glob("bench/judged/**/fresh_articles.csv"),
             *(REPO / "tests" / part / "index.csv" for part in ("devset", "blind", "holdout"))]
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("corpus_id"):
                    ids.add(row["corpus_id"])
                for key in ("url", "corpus_url_id"):
                    if row.get(key):
                        urls.add(row[key].rstrip("/").rsplit("/", 1)[-1])
    return ids, urls


def draw(seed: int, former: bool, drop: set[str]) -> list[dict]:
    ids, urls = excluded()
    lines = [line for line in CORPUS.read_text(encoding="utf-8").split("\n") if line.strip()]
    random.Random(seed).shuffle(lines)
    out = []
    for line in lines:
        article = json.loads(line)
        if article["id"] in ids or article["id"] in drop or (article.get("url") or "").rstrip("/").rsplit("/", 1)[-1] in urls:
            continue
        if former and not FORMER.search(article["text"]):
            continue
        out.append(article)
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("seed", type=int)
    parser.add_argument("--former", action="store_true")
    parser.add_argument("--limit", type=int, default=1500)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--drop", type=Path, nargs="*", default=[], help="CSV files whose corpus ids to drop too")
    args = parser.parse_args()
    drop = set()
    for path in args.drop:
        with path.open(encoding="utf-8", newline="") as handle:
            drop |= {row["corpus_id"] for row in csv.DictReader(handle) if row.get("corpus_id")}
    articles = draw(args.seed, args.former, drop)[:args.limit]
    if args.out:
        (args.out / "articles").mkdir(parents=True, exist_ok=True)
        with (args.out / "slice.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(("order", "corpus_id", "url", "date", "file"))
            for order, article in enumerate(articles, 1):
                name = f"{order:04d}_{hashlib.sha1(article['id'].encode('utf-8')).hexdigest()[:16]}.txt"
                (args.out / "articles" / name).write_text(article["text"], encoding="utf-8")
                writer.writerow((order, article["id"], article.get("url", ""), article.get("date", ""), name))
    print(json.dumps({"seed": args.seed, "former": args.former, "drawn": len(articles)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
