"""awd23 changed rows: python bench/judged/awd23/changed.py MAIN.ttl BRANCH.ttl [...more pairs]. The award rows of
queries/awards.rq (the scored 8-tuple) and the event rows of queries/events.rq that one graph has and the other lacks,
each award row with the article and the sentence it was read from (the graph's tgk:Sentence that mentions it), as CSV
on stdout: side (added/removed), table, the row, article, sentence."""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[3]


def rows(store, name):
    query = (REPO / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    result = store.query(query)
    names = [v.value for v in result.variables]
    out = set()
    for solution in result:
        out.add(tuple((solution[n].value if solution[n] is not None else "") for n in names))
    return names, out


def sentences(store, row):
    """The sentences that mention an award with this programme name, year and recipient."""
    programme, year, recipient = row[0], row[1], row[2]
    query = """PREFIX tgk: <https://w3id.org/thaigovkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX schema: <https://schema.org/>
    SELECT DISTINCT ?article ?text WHERE { ?award a tgk:AwardConferral ; tgk:programme ?p ; tgk:recipient ?r .
      ?p skos:prefLabel ?pn . ?r skos:prefLabel ?rn . FILTER(str(?pn) = %s && str(?rn) = %s)
      OPTIONAL { ?award tgk:programmeYear ?y } FILTER(COALESCE(str(?y), "") = %s)
      ?s schema:mentions ?award ; schema:isPartOf ?article . OPTIONAL { ?s schema:text ?text } }""" % (
        _lit(programme), _lit(recipient), _lit(year))
    return [(s["article"].value.rsplit("/", 1)[-1], s["text"].value if s["text"] is not None else "") for s in store.query(query)]


def _lit(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def load(path):
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
    return store


def main(pairs):
    writer = csv.writer(sys.stdout)
    writer.writerow(["side", "table", "programme", "year", "recipient", "branch", "category", "level", "project",
                     "person", "article", "sentence"])
    for main_path, branch_path in zip(pairs[::2], pairs[1::2]):
        stores = {"main": load(main_path), "branch": load(branch_path)}
        for table in ("awards", "events"):
            _, before = rows(stores["main"], table)
            _, after = rows(stores["branch"], table)
            for side, changed, store in (("removed", before - after, stores["main"]), ("added", after - before, stores["branch"])):
                for row in sorted(changed):
                    found = sentences(store, row) if table == "awards" else [("", "")]
                    for article, text in found[:3] or [("", "")]:
                        writer.writerow([side, table, *row, *([""] * (8 - len(row))), article,
                                         re.sub(r"\s+", " ", text)[:400]])


if __name__ == "__main__":
    main(sys.argv[1:])
