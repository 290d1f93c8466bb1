"""grp21's slices: corpus articles that write a receiving/conferring verb near a group word.

    PYTHONPATH=src python bench/judged/grp21/draw.py build/corpus.jsonl SEED N OUT.jsonl

Kept: an article where ได้รับรางวัล / รับรางวัล / มอบรางวัล is within 150 characters of กลุ่ม, วิสาหกิจชุมชน,
สหกรณ์, ชมรม or ทีม. Dropped first, before anything is written: the evaluation articles (ids of the three
index.csv files, and texts by fingerprint, ``../recall/recall.py``). Every one of the 343 corpus articles of this
kind is already in some bench articles.csv (earlier rounds read them), so, as rcp21 did, the bench ids are not
dropped: with ``--skip FILE.jsonl`` the ids of an earlier slice of this round are (the fresh slice drops the
study's). Written in ``random.Random(SEED).shuffle`` order; the first N kept.
"""
import csv, json, random, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent / "recall"))
from recall import fingerprint, held_out  # noqa: E402

VERB = re.compile(r"ได้รับรางวัล|รับรางวัล|มอบรางวัล")
GROUP = re.compile(r"กลุ่ม|วิสาหกิจชุมชน|สหกรณ์|ชมรม|ทีม")


def dropped_ids() -> set[str]:
    ids = set()
    for name in ("devset", "blind", "holdout"):
        with (REPO / "tests" / name / "index.csv").open(encoding="utf-8") as f:
            ids |= {r["corpus_id"] for r in csv.DictReader(f)}
    return ids


def bench_ids() -> set[str]:
    ids = set()
    for path in list((REPO / "bench/judged").glob("*/articles.csv")) + list((REPO / "bench/judged").glob("*/fresh_articles.csv")) \
            + list((REPO / "bench/judged/recall").glob("**/articles.csv")):
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                for col in ("id", "corpus_id"):
                    if row.get(col):
                        ids.add(row[col])
    return ids


def near(text: str) -> bool:
    return any(GROUP.search(text, max(0, m.start() - 150), m.end() + 150) for m in VERB.finditer(text))


def main() -> None:
    args = sys.argv[1:]
    skip = set()
    if "--skip" in args:
        i = args.index("--skip")
        skip = {json.loads(line)["id"] for line in Path(args[i + 1]).open(encoding="utf-8") if line.strip()}
        del args[i:i + 2]
    corpus, seed, n, out = Path(args[0]), int(args[1]), int(args[2]), Path(args[3])
    drop, prints = dropped_ids() | skip, held_out()
    lines = [line for line in corpus.read_text(encoding="utf-8").split("\n") if line.strip()]
    random.Random(seed).shuffle(lines)
    kept = 0
    with out.open("w", encoding="utf-8") as f:
        for line in lines:
            rec = json.loads(line)
            if rec["id"] in drop or fingerprint(rec["text"]) in prints or not near(rec["text"]):
                continue
            f.write(line + "\n")
            kept += 1
            if kept >= n:
                break
    print(f"{len(drop)} ids dropped; {kept} kept", file=sys.stderr)


if __name__ == "__main__":
    main()
