"""Score the frozen fresh annotation against one checkout's extraction of each fresh article (its organisation
names and parents, as tests/test_orgs_hospitals.named reads them). Run with PYTHONPATH=<checkout>/src:
python fresh_score.py ARTICLES_DIR LABEL [ANNOTATION.csv SCORES.csv] -> prints the figures, appends rows to the scores
(default fresh_annotation.csv, fresh_scores.csv)."""
import csv, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2] / "tests")]
from sampling import wilson
from test_orgs_hospitals import named
from thaigovkg.gazetteer import load_gazetteer, load_bodies

folder, label = Path(sys.argv[1]), sys.argv[2]
files = {l.split("\t")[0]: l.split("\t")[2].strip() for l in open(folder / "ids.txt", encoding="utf-8")}
g, bodies = load_gazetteer(), load_bodies()
def ancestors(name):
    key = g.find_by_name(name) or bodies.find_by_name(name)
    out = []
    while key:
        org = g.agencies.get(key) or bodies.orgs.get(key)
        if not org or not org.parent: break
        key = org.parent
        parent = g.agencies.get(key) or bodies.orgs.get(key)
        out.append(parent.name if parent else key)
    return out
key = lambda s: re.sub(r"\s+", "", s or "")
annotation, scores = (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else ("fresh_annotation.csv", "fresh_scores.csv")
rows = list(csv.DictReader(open(HERE / annotation, encoding="utf-8")))
cache, out, found, placed, judged = {}, [], 0, 0, 0
required = [r for r in rows if r["status"] == "required"]
for r in required:
    if r["order"] not in cache:
        cache[r["order"]] = named((folder / "articles" / files[r["order"]]).read_text(encoding="utf-8"))
    got = {key(n): p for n, p in cache[r["order"]]}
    canonical = g.find_by_name(r["name"]) or bodies.find_by_name(r["name"])     # a short name the tables know
    org = g.agencies.get(canonical or "") or bodies.orgs.get(canonical or "")
    if org and key(r["name"]) not in got and key(org.name) in got:
        got[key(r["name"])] = got[key(org.name)]      # FORMAT.md: organisations carry their canonical full name
    hit = key(r["name"]) in got
    parent = got.get(key(r["name"]))
    want = r["parent"]
    if want in ("(table)", "(outside)", "(not judged)"):
        right = hit and (want != "(outside)" or parent is None)
    else:
        judged += 1
        right = hit and parent is not None and (key(parent) == key(want) or key(want) in map(key, ancestors(parent)))
        placed += right
    found += hit
    out.append({"label": label, "order": r["order"], "name": r["name"], "parent": want, "found": int(hit),
                "predicted_parent": parent or "", "right": int(right)})
n = len(required)
lo, hi = wilson(found, n); plo, phi = wilson(placed, judged)
print(f"{label}: required found {found}/{n} = {found/n:.3f} [{lo:.3f}, {hi:.3f}]; "
      f"judged parent right {placed}/{judged} = {placed/max(1, judged):.3f} [{plo:.3f}, {phi:.3f}]")
path = HERE / scores
old = [x for x in csv.DictReader(open(path, encoding="utf-8"))] if path.exists() else []
old = [x for x in old if x["label"] != label] + out
with open(path, "w", encoding="utf-8", newline="") as h:
    w = csv.DictWriter(h, list(out[0])); w.writeheader(); w.writerows(old)
