"""cer22's slices, in ``random.Random(SEED).shuffle`` order of the corpus lines.

    python bench/judged/cer22/draw.py pool  GRAPH CORPUS SEED OUT.jsonl   # receiving verb + award word, no award row
    python bench/judged/cer22/draw.py plain CORPUS SEED SIZE OUT.jsonl    # any article (the changed-rows slice)
    python bench/judged/cer22/draw.py award CORPUS SEED SIZE OUT.jsonl    # articles that hand out an award (มอบ + รางวัล)

Dropped first: the ids of ``bench/judged/**/articles.csv`` and ``*/fresh_articles.csv`` (any column named id or
corpus_id), and the evaluation articles by their index's corpus_id and url columns only (no evaluation text read).
An award row of the full-corpus graph: a sentence of the article that mentions an ``/id/award/`` node.
"""
import csv, hashlib, json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
AWARD_HANDED = re.compile(r"มอบ[^\n]{0,40}?รางวัล")
RECEIVED_AWARD = re.compile(r"(?:ได้รับ|คว้า|รับมอบ|เข้ารับ|ผ่านการ)[^\n]{0,40}?(?:รางวัล|โล่|เกียรติบัตร|การรับรอง|[Aa]ward|[Pp]rize)")


def dropped() -> tuple[set[str], set[str]]:
    ids, urls = set(), set()
    for path in list((REPO / "bench/judged").glob("**/articles.csv")) + list((REPO / "bench/judged").glob("*/fresh_articles.csv")):
        if HERE in path.parents:
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                for col in ("corpus_id", "id"):
                    if row.get(col):
                        ids.add(row[col])
    for s in ("devset", "blind", "holdout"):
        with (REPO / "tests" / s / "index.csv").open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                ids.add(row["corpus_id"])
                urls.add(row.get("url", ""))
    urls.discard("")
    return ids, urls


def awarded(ttl: Path) -> set[str]:
    art, found = None, set()
    for line in ttl.open(encoding="utf-8"):
        m = re.search(r"schema:isPartOf <[^>]*/article/([0-9a-f]{16})>", line)
        if m:
            art = m.group(1)
        elif art and "/id/award/" in line and "schema:mentions" in line:
            found.add(art)
    return found


def lines(corpus: Path, seed: int) -> list[str]:
    out = [line for line in corpus.read_text(encoding="utf-8").split("\n") if line.strip()]
    random.Random(seed).shuffle(out)
    return out


def main() -> None:
    verb = sys.argv[1]
    ids, urls = dropped()
    if verb == "pool":
        ttl, corpus, seed, out = Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])
        has = awarded(ttl)
        n = 0
        with out.open("w", encoding="utf-8") as f:
            for line in lines(corpus, seed):
                rec = json.loads(line)
                if rec["id"] in ids or rec.get("url") in urls or not RECEIVED_AWARD.search(rec["text"]) \
                        or hashlib.sha1(rec["id"].encode("utf-8")).hexdigest()[:16] in has:
                    continue
                f.write(line + "\n")
                n += 1
        print(f"{len(has)} articles with an award row; pool {n}", file=sys.stderr)
    else:
        corpus, seed, size, out = Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), Path(sys.argv[5])
        kept = [l for l in lines(corpus, seed) if json.loads(l)["id"] not in ids and json.loads(l).get("url") not in urls
                and (verb == "plain" or AWARD_HANDED.search(json.loads(l)["text"]))][:size]
        out.write_text("\n".join(kept) + "\n", encoding="utf-8")
        print(f"{len(kept)} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
