"""The slices of orgs21, drawn in sampling.draw(seed, [group,] corpus id) order after dropping the ids of
bench/judged/recall/**/articles.csv, bench/judged/*/articles.csv, bench/judged/*/fresh_articles.csv and the
evaluation texts (recall.held_out fingerprints). Writes <out>/articles/*.txt and <out>/ids.txt.
python slices.py SEED SIZE OUT [fund|army|all] [ids.txt of earlier slices…]  (fund: only articles writing กองทุน or ทุนหมุนเวียน)."""
import os
import csv, hashlib, json, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "recall")]
from sampling import draw
import recall

def dropped_ids():
    ids = set()
    for path in list(HERE.parent.glob("recall/**/articles.csv")) + list(HERE.parent.glob("*/articles.csv")) \
            + list(HERE.parent.glob("*/fresh_articles.csv")):
        with path.open(encoding="utf-8") as h:
            for row in csv.DictReader(h):
                if row.get("corpus_id"):
                    ids.add(row["corpus_id"])
    return ids

FUND = re.compile(r"กองทุน|ทุนหมุนเวียน")
ARMY = re.compile(r"กองร้อย|กองพัน")     # companies and battalions (step 2)

def main():
    seed, size, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    group = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != "all" else ""
    drop, held = dropped_ids(), recall.held_out()
    for other in sys.argv[5:]:      # slices drawn before this one
        drop |= {l.split("\t")[1] for l in open(other, encoding="utf-8")}
    kept = []
    for line in open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8"):
        a = json.loads(line)
        if a["id"] in drop or (group == "fund" and not FUND.search(a["text"])) \
                or (group == "army" and not ARMY.search(a["text"])):
            continue
        if recall.fingerprint(a["text"]) in held:
            continue
        kept.append((draw(seed, *( [group] if group else [] ), a["id"]), a))
    kept.sort(key=lambda k: k[0])
    (out / "articles").mkdir(parents=True, exist_ok=True)
    with (out / "ids.txt").open("w", encoding="utf-8") as ids:
        for order, (_, a) in enumerate(kept[:size]):
            name = f"{order:04d}_{hashlib.sha1(a['id'].encode()).hexdigest()[:12]}.txt"
            (out / "articles" / name).write_text(a["text"], encoding="utf-8")
            ids.write(f"{order}\t{a['id']}\t{name}\n")
    print(len(drop), "ids dropped;", len(kept), "remain")

main()
