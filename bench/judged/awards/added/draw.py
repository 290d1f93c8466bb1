"""The awards a newer full-corpus graph holds that an older one did not, in a seeded order, to judge.

    python bench/judged/awards/added/draw.py OLD.ttl NEW.ttl [--seed 53] [--size 40] > added.txt

An award is "new" when its label (programme, year, terms) and recipient name pair is not in the older
graph. Each is printed with its article's address and one sentence that mentions it.
"""
from __future__ import annotations

import argparse
import hashlib

from pyoxigraph import RdfFormat, Store

QUERY = """PREFIX tgk: <https://w3id.org/thaigovkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?a ?label ?rn (SAMPLE(?t) AS ?text) (SAMPLE(?u) AS ?url) WHERE {
  ?a a tgk:AwardConferral ; rdfs:label ?label ; tgk:recipient ?r . ?r skos:prefLabel|rdfs:label ?rn .
  OPTIONAL { ?s schema:mentions ?a ; schema:text ?t ; schema:isPartOf/schema:url ?u } } GROUP BY ?a ?label ?rn"""


def load(path: str) -> Store:
    store = Store()
    store.bulk_load(path=path, format=RdfFormat.TURTLE)
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--seed", default="53")
    parser.add_argument("--size", type=int, default=40)
    args = parser.parse_args()
    old = {(row["label"].value, row["rn"].value) for row in load(args.old).query(QUERY)}
    new: dict[tuple[str, str], object] = {}
    for row in load(args.new).query(QUERY):
        key = (row["label"].value, row["rn"].value)
        if key not in old:
            new.setdefault(key, row)
    print(len(old), "pairs before,", len(new), "new")
    order = sorted(new, key=lambda key: hashlib.sha256((args.seed + key[0] + key[1]).encode()).hexdigest())
    for index, key in enumerate(order[:args.size], 1):
        row = new[key]
        url = row["url"].value if row["url"] else ""
        text = row["text"].value[:500] if row["text"] else ""
        print(f"== n{index:02d} | {key[1]} | {key[0]}\n   {url}\n   {text}")


if __name__ == "__main__":
    main()
