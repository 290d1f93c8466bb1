"""Award and ceremony rows per article (the article whose sentences mention the node), for diffing two graphs.
    python perart.py MAIN.ttl BRANCH.ttl   -> the rows of each article that differ (- main only, + branch only)"""
import sys
import pyoxigraph as ox
TGK = "https://w3id.org/thaigovkg/ontology#"
L = "<http://www.w3.org/2004/02/skos/core#prefLabel>"


def rows(path):
    st = ox.Store(); st.bulk_load(path=path, format=ox.RdfFormat.TURTLE)
    q = f"""SELECT ?id ?kind ?x ?name ?year ?who ?date ?venue WHERE {{
      ?a <http://purl.org/dc/terms/identifier> ?id . ?s <https://schema.org/isPartOf> ?a ; <https://schema.org/mentions> ?x .
      ?x a ?kind . FILTER(?kind IN (<{TGK}AwardConferral>, <{TGK}AwardCeremony>))
      ?x <{TGK}programme> ?p . ?p {L} ?name . OPTIONAL {{ ?x <{TGK}programmeYear> ?year }}
      OPTIONAL {{ ?x <{TGK}recipient> ?o . ?o {L} ?who }} OPTIONAL {{ ?x <https://schema.org/startDate> ?date }}
      OPTIONAL {{ ?x <https://schema.org/location> ?v . ?v {L} ?venue }} }}"""
    out = {}
    for r in st.query(q):
        v = lambda k: r[k].value if r[k] is not None else ""
        out.setdefault(v("id"), set()).add((v("kind").rsplit("#")[-1][5:], v("name"), v("year"), v("who"), v("date"), v("venue")))
    return out


main, branch = rows(sys.argv[1]), rows(sys.argv[2])
for i in sorted(set(main) | set(branch)):
    a, b = main.get(i, set()), branch.get(i, set())
    if a != b:
        print("###", i)
        for r in sorted(a - b): print("  -", " | ".join(r))
        for r in sorted(b - a): print("  +", " | ".join(r))
