"""Programme-years a graph reads per article (awards and ceremonies mentioned by its sentences).
    python perart.py GRAPH.ttl [ID ...]   (ID: dcterms:identifier; all when none)"""
import sys
import pyoxigraph as ox
TGK = "https://w3id.org/thaigovkg/ontology#"
st = ox.Store(); st.bulk_load(path=sys.argv[1], format=ox.RdfFormat.TURTLE)
q = f"""SELECT ?id ?kind ?name ?year (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  ?a <http://purl.org/dc/terms/identifier> ?id . ?s <https://schema.org/isPartOf> ?a ; <https://schema.org/mentions> ?x .
  ?x a ?kind . FILTER(?kind IN (<{TGK}AwardConferral>, <{TGK}AwardCeremony>))
  ?x <{TGK}programme> ?p . ?p <http://www.w3.org/2004/02/skos/core#prefLabel> ?name .
  OPTIONAL {{ ?x <{TGK}programmeYear> ?year }} }} GROUP BY ?id ?kind ?name ?year ORDER BY ?id"""
want = set(sys.argv[2:])
for r in st.query(q):
    i = r["id"].value
    if want and not any(i.startswith(w) or w in i for w in want): continue
    print(i, r["kind"].value.rsplit("#")[-1][5:], r["name"].value, r["year"].value if r["year"] else "-", r["n"].value, sep=" | ")
