"""Third count: of the local-government names main's place check reads but place_bodies drops (census_dropped.tsv's
articles), those that main's whole extraction still misses (no organisation of that name, canonical or learned).
python census_full.py  -> census_full.tsv (name, articles missed, articles where found elsewhere)"""
import collections, json, os, re, sys
from pathlib import Path
__file__ = str(Path(__file__).resolve().parent / "census.py")
exec(open(__file__).read().split("stats = collections")[0])
from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.normalize import match_key
gaz = load_gazetteer()
names = {l.split("\t")[0] for l in open(HERE / "census_dropped.tsv", encoding="utf-8")}
names = {n for n in names if not re.search(r"(?:และ|หรือ)$", n)}
missed, elsewhere = collections.defaultdict(set), collections.defaultdict(set)
for line in open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    text = a["text"]
    here = [n for n in names if n in text]
    if a["id"] in eval_ids or not here or recall.fingerprint(text) in held:
        continue
    e = extract_article(parse_article(text, "t.txt"), gaz)
    got = {match_key(o.name) for o in e.organizations.values()}
    for m in e.mentions:
        if m.kind == "org":
            org = gaz.organization(m.value) if m.value else None
            got.add(match_key(org.name if org else m.value))
    for n in here:
        (elsewhere if match_key(n) in got else missed)[n].add(a["id"])
with open(HERE / "census_full.tsv", "w", encoding="utf-8") as out:
    for n in sorted(names, key=lambda n: -len(missed[n])):
        if missed[n] or elsewhere[n]:
            out.write(f"{n}\t{len(missed[n])}\t{len(elsewhere[n])}\n")
print("# names", len(names), "missed in", len(set().union(*missed.values()) if missed else set()), "articles;",
      sum(bool(v) for v in missed.values()), "names missed somewhere", file=sys.stderr)
