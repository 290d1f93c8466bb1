"""The organisations of a built graph, one row per (article file, organisation, kind, parent), read with pyoxigraph
from the provenance (schema:mentions from the article or one of its sentences).

    python bench/judged/comm21/orgrows.py GRAPH.ttl > orgs.csv
"""
from __future__ import annotations

import csv
import sys

import pyoxigraph

QUERY = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX tgk: <https://w3id.org/thaigovkg/ontology#> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT ?file ?name ?kind ?parentName WHERE {
  ?o a org:Organization ; skos:prefLabel ?name . FILTER (lang(?name) = "th")
  OPTIONAL { ?o a ?kind . FILTER (STRSTARTS(STR(?kind), STR(tgk:))) }
  OPTIONAL { ?o org:subOrganizationOf/skos:prefLabel ?parentName . FILTER (lang(?parentName) = "th") }
  ?src schema:mentions ?o . ?src schema:isPartOf? ?article . ?article a schema:NewsArticle ; dcterms:identifier ?file .
}"""


def rows(path: str) -> list[tuple[str, ...]]:
    store = pyoxigraph.Store()
    store.bulk_load(path=path, format=pyoxigraph.RdfFormat.TURTLE)
    return sorted({tuple("" if t is None else t.value.rsplit("#", 1)[-1] for t in s) for s in store.query(QUERY)})


if __name__ == "__main__":
    writer = csv.writer(sys.stdout)
    writer.writerow(("file", "organization", "kind", "parent"))
    writer.writerows(rows(sys.argv[1]))
