"""Devset award articles with no predicted award of a gold programme: their gold programmes, and whether each is a
programme node of the graph at all (bare names, the scorer's normaliser).
    python devmiss.py GRAPH.ttl GOLD_DIR
"""
import glob, json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[3].parent / "shared" / "eval"))
import pyoxigraph as ox
from score import norm_programme, _choices

TGK = "https://w3id.org/thaigovkg/ontology#"
st = ox.Store(); st.bulk_load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
labels = {norm_programme(r["l"].value) for r in st.query(
    f"SELECT ?l WHERE {{ ?p a <{TGK}AwardProgramme> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }}")}
pred = {}
for r in st.query(f"""SELECT DISTINCT ?id ?l ?rl WHERE {{ ?a <http://purl.org/dc/terms/identifier> ?id .
    ?s <https://schema.org/isPartOf> ?a ; <https://schema.org/mentions> ?x . ?x a <{TGK}AwardConferral> ;
    <{TGK}programme> ?p . ?p <http://www.w3.org/2004/02/skos/core#prefLabel> ?l .
    OPTIONAL {{ ?x <{TGK}recipient> ?o . ?o <http://www.w3.org/2004/02/skos/core#prefLabel> ?rl }} }}"""):
    pred.setdefault(r["id"].value, set()).add(norm_programme(r["l"].value))
arts = progs = learned = 0
for f in sorted(glob.glob(f"{sys.argv[2]}/*.json")):
    g = json.load(open(f)); stem = Path(f).stem
    gold = {frozenset(norm_programme(p) for p in _choices(a["programme"]) if p) for a in g.get("awards", [])}
    if not gold:
        continue
    mine = next((v for k, v in pred.items() if stem.split("_")[1] in k or stem in k), set())
    if any(alts & mine for alts in gold):
        continue
    arts += 1
    for alts in gold:
        progs += 1; hit = bool(alts & labels); learned += hit
        print(stem, "LEARNED" if hit else "missing", " | ".join(sorted(alts)), "|| pred:", ";".join(sorted(mine)), sep="\t")
print(f"articles {arts}, programmes {progs}, programme nodes in graph {learned}", file=sys.stderr)
