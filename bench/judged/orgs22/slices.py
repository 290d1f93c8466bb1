"""The slices of orgs22 (a seeded random.Random(seed).shuffle of the kept corpus lines, in corpus order), drawn by random.Random(SEED).shuffle of the corpus lines kept, after dropping the ids of
bench/judged/recall/**/articles.csv, bench/judged/*/articles.csv, bench/judged/*/fresh_articles.csv and the
evaluation texts (recall.held_out fingerprints). Writes <out>/articles/*.txt and <out>/ids.txt.
python slices.py SEED SIZE OUT [award|meeting|all] [ids.txt of earlier slices…]  (award: only articles writing an award word, recall.AWARD_WORD; the articles recall.candidate keeps are nearly all read already)."""
import os
import csv, hashlib, json, random, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "recall")]
import recall

# orgs21's dropped_ids (its script runs its draw at import, so only its definitions are read)
exec((HERE.parent / "orgs21" / "slices.py").read_text(encoding="utf-8").split("def main")[0].split("import recall")[1])

REPO = HERE.parents[2]
COMMITTEE = re.compile(r"คณะ(?:อนุ)?กรรมการ")                        # meeting: a committee and a counted meeting, at most 8,000 characters (to be read whole)
MEETING = re.compile(r"ครั้งที่[ \t]?[0-9๐-๙]{1,3}/[0-9๐-๙]{2,4}")

def eval_ids():
    """The id columns of the evaluation indexes (only those columns are read)."""
    ids = set()
    for name in ("devset", "blind", "holdout"):
        path = REPO / "tests" / name / "index.csv"
        if path.exists():
            with path.open(encoding="utf-8") as h:
                ids |= {row["corpus_id"] for row in csv.DictReader(h) if row.get("corpus_id")}
    return ids

def main():
    seed, size, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    group = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != "all" else ""
    drop, held = dropped_ids() | eval_ids(), recall.held_out()
    for other in sys.argv[5:]:      # slices drawn before this one
        drop |= {l.split("\t")[1] for l in open(other, encoding="utf-8")}
    kept = []
    for line in open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in drop or (group == "award" and not recall.AWARD_WORD.search(a["text"])) \
                or (group == "meeting" and not (len(a["text"]) <= 8000 and COMMITTEE.search(a["text"]) and MEETING.search(a["text"]))):
            continue
        if recall.fingerprint(a["text"]) in held:
            continue
        kept.append((None, a))
    random.Random(seed).shuffle(kept)
    (out / "articles").mkdir(parents=True, exist_ok=True)
    with (out / "ids.txt").open("w", encoding="utf-8") as ids:
        for order, (_, a) in enumerate(kept[:size]):
            name = f"{order:04d}_{hashlib.sha1(a['id'].encode()).hexdigest()[:12]}.txt"
            (out / "articles" / name).write_text(a["text"], encoding="utf-8")
            ids.write(f"{order}\t{a['id']}\t{name}\n")
    print(len(drop), "ids dropped;", len(kept), "remain")

main()
