"""The corpus articles pos22's rules can touch (the judged sets' and the evaluation articles' ids dropped):
an association's, a foundation's or a club's name glued to และ + an officer's title, or a former post (อดีต + a
title head) written after a space right after a Thai word (a first title). Writes them as a slice folder.

    python bench/judged/pos22/affected.py OUT_DIR [--limit N]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from slices import CORPUS, FORMER, excluded   # noqa: E402  (pos22 slices: pos21's)

GLUED = re.compile(r"(?:มูลนิธิ|สมาคม|สมาพันธ์|สหพันธ์|ชมรม)[\u0e01-\u0e4e]{2,80}และ(?:ประธาน|รองประธาน|อุปนายก|เลขาธิการ|เหรัญญิก|กรรมการ)")
SPACED_FORMER = re.compile(r"[\u0e01-\u0e4e\.] " + FORMER.pattern)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--limit", type=int, default=1500)
    args = parser.parse_args()
    ids, urls = excluded()
    kept = []
    for line in CORPUS.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        article = json.loads(line)
        if article["id"] in ids or (article.get("url") or "").rstrip("/").rsplit("/", 1)[-1] in urls:
            continue
        if GLUED.search(article["text"]) or SPACED_FORMER.search(article["text"]):
            kept.append(article)
    (args.out / "articles").mkdir(parents=True, exist_ok=True)
    with (args.out / "slice.csv").open("w", encoding="utf-8") as handle:
        handle.write("order,corpus_id,file\n")
        for order, article in enumerate(kept[:args.limit], 1):
            name = f"{order:04d}_{hashlib.sha1(article['id'].encode('utf-8')).hexdigest()[:16]}.txt"
            (args.out / "articles" / name).write_text(article["text"], encoding="utf-8")
            handle.write(f"{order},{article['id']},{name}\n")
    print(json.dumps({"affected": len(kept), "written": min(len(kept), args.limit)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
