"""Census of local governments the corpus names that main's tables and place names do not read (issue 15).
For every type word (เทศบาลนคร/เมือง/ตำบล, องค์การบริหารส่วนตำบล, and their short forms) not written as an area,
the run of Thai letters after it: read by main (places.local_government on some prefix), or not; of those not, the
longest prefix that is a th.wikipedia title (pythainlp's list). Evaluation texts dropped first (ids and fingerprints).
python census.py > census.tsv   (CORPUS env or build/corpus.jsonl)"""
import collections, json, os, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "recall"), str(HERE.parents[2] / "src")]
import recall
from thaigovkg.gazetteer import load_gazetteer
from thaigovkg.places import LOCAL_GOVERNMENT_TYPES, LOCAL_GOVERNMENT_SHORT_FORMS
from thaigovkg.extract.organizations.place_bodies import _NOT_THE_BODY_BEFORE
from pythainlp.corpus import thai_wikipedia_titles

places = load_gazetteer().places
titles = {t for t in thai_wikipedia_titles() if t.startswith(tuple(LOCAL_GOVERNMENT_TYPES))}
types = sorted(list(LOCAL_GOVERNMENT_TYPES) + list(LOCAL_GOVERNMENT_SHORT_FORMS), key=len, reverse=True)
RX = re.compile(r"(?P<type>" + "|".join(re.escape(t) if t in LOCAL_GOVERNMENT_TYPES else r"(?<![\u0e01-\u0e4e])" + re.escape(t)
                                        for t in types) + r")[ \t]?(?P<run>[\u0e01-\u0e4e]{2,40})")
held = recall.held_out()
import csv
eval_ids = {r["corpus_id"] for f in ("devset", "blind", "holdout") if (HERE.parents[2] / "tests" / f / "index.csv").exists()
            for r in csv.DictReader(open(HERE.parents[2] / "tests" / f / "index.csv", encoding="utf-8")) if r.get("corpus_id")}
stats = collections.Counter(); names = collections.defaultdict(set); mentions = collections.Counter()
for line in open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    if a["id"] in eval_ids or recall.fingerprint(a["text"]) in held:
        continue
    text = a["text"]
    for m in RX.finditer(text):
        if _NOT_THE_BODY_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        kind = LOCAL_GOVERNMENT_SHORT_FORMS.get(m.group("type"), m.group("type"))
        run = m.group("run")
        if any(places.local_government(kind + run[:k]) for k in range(len(run), 1, -1)):
            stats["read"] += 1; continue
        hit = next((kind + run[:k] for k in range(len(run), 1, -1) if kind + run[:k] in titles), None)
        stats["wiki" if hit else "other"] += 1
        if hit:
            names[hit].add(a["id"]); mentions[hit] += 1
print("# mentions", dict(stats), "distinct wiki names", len(names), "articles", len(set().union(*names.values())) if names else 0, file=sys.stderr)
for n, ids in sorted(names.items(), key=lambda kv: -len(kv[1])):
    print(f"{n}\t{len(ids)}\t{mentions[n]}")

