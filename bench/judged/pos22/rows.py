"""The posts of a built graph, one row per (article file, person, title, organisation), read with pyoxigraph
from the provenance (schema:mentions from the article or one of its sentences), with the flags.

    python bench/judged/pos21/rows.py GRAPH.ttl > rows.csv
"""
from __future__ import annotations

import csv
import sys

import pyoxigraph

QUERY = """PREFIX org: <http://www.w3.org/ns/org#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/> PREFIX schema: <https://schema.org/> PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX tgk: <https://w3id.org/thaigovkg/ontology#>
SELECT ?file ?name ?title ?orgName ?former ?text WHERE {
  ?post a org:Post ; org:heldBy/foaf:name ?name ; skos:prefLabel ?title .
  OPTIONAL { ?post org:postIn/skos:prefLabel ?orgName . FILTER (lang(?orgName) = "th") }
  OPTIONAL { ?post tgk:former ?former }
  ?src schema:mentions ?post . ?src schema:isPartOf? ?article . ?article a schema:NewsArticle ; dcterms:identifier ?file .
  OPTIONAL { ?src schema:text ?text }
}"""


def rows(path: str) -> list[tuple[str, ...]]:
    store = pyoxigraph.Store()
    store.bulk_load(path=path, format=pyoxigraph.RdfFormat.TURTLE)
    return sorted({tuple("" if t is None else t.value for t in s) for s in store.query(QUERY)})


if __name__ == "__main__":
    writer = csv.writer(sys.stdout)
    writer.writerow(("file", "person", "title", "organization", "former", "sentence"))
    writer.writerows(rows(sys.argv[1]))
