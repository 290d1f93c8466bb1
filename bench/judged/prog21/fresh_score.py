"""Score a graph on the hand annotation (fresh_annotation.csv): programme-year recall (an event or award row of the
article with one of the programme's names, bare per FORMAT.md, and its year) and awards lenient recall (recipient,
programme and year). Writes the per-row verdict to stdout; totals with Wilson 95 % intervals last.
    python fresh_score.py GRAPH.ttl [ANNOTATION.csv]"""
import csv, sys
from pathlib import Path
import pyoxigraph as ox
sys.path.insert(0, str(Path(__file__).resolve().parents[3].parent / "shared" / "eval")); sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from score import norm_programme  # noqa: E402
from sampling import wilson  # noqa: E402

TGK = "https://w3id.org/thaigovkg/ontology#"
SK = "http://www.w3.org/2004/02/skos/core#"
store = ox.Store(); store.bulk_load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
ann = sys.argv[2] if len(sys.argv) > 2 else str(Path(__file__).with_name("fresh_annotation.csv"))
q = f"""SELECT DISTINCT ?id ?name ?year ?rec WHERE {{
  ?a <http://purl.org/dc/terms/identifier> ?id . ?s <https://schema.org/isPartOf> ?a ; <https://schema.org/mentions> ?x .
  ?x a ?k . FILTER(?k IN (<{TGK}AwardConferral>, <{TGK}AwardCeremony>))
  ?x <{TGK}programme> ?p . ?p <{SK}prefLabel> ?name . OPTIONAL {{ ?x <{TGK}programmeYear> ?year }}
  OPTIONAL {{ ?x <{TGK}recipient>/<{SK}prefLabel> ?rec }} }}"""
rows = {}
for r in store.query(q):
    rows.setdefault(r["id"].value, []).append((norm_programme(r["name"].value), r["year"].value if r["year"] else "",
                                                r["rec"].value if r["rec"] else ""))
tot = {"progyear": [0, 0], "award": [0, 0]}
for a in csv.DictReader(open(ann)):
    names = {norm_programme(n) for n in a["programme"].split("|")}
    got = rows.get(a["corpus_id"], [])
    if a["kind"] == "progyear":
        ok = any(p in names and y == a["year"] for p, y, _ in got)
    else:
        ok = any(p in names and y == a["year"] and rec == a["recipient"] for p, y, rec in got)
    tot[a["kind"]][0] += ok; tot[a["kind"]][1] += 1
    print(a["n"], a["order"], a["kind"], "held" if ok else "MISS", a["programme"][:50], a["year"], a["recipient"][:30],
          "| graph:", sorted({(p[:40], y) for p, y, _ in got})[:4])
for k, (h, n) in tot.items():
    lo, hi = wilson(h, n)
    print(f"{k}: {h}/{n} = {h / n:.3f} [{lo:.3f}, {hi:.3f}]")
