"""The programme census: every award programme a built graph confers, with what it was read from.

``thaigovkg census GRAPH|STORE -o FILE.csv`` writes one row per programme that
has at least one award in the graph: its key (a scheme slug, or ``x-<hash>``
for a programme learned from the text), its names (Thai, English, other
spellings the articles used), how many articles confer it and how many awards,
recipients and ceremonies it has, its years, and the terms read for it with
their counts (``level:ชนะเลิศ=12;category:…``). Rows are sorted by articles,
then by awards, then by key, so the file is the same for the same graph.

It is how the scheme grows: a programme conferred in five or more articles of
the corpus is worth its real terms in ``ontology/awards.ttl`` (the census of the
shared corpus is kept in ``ontology/programme_census.csv``).
"""
from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .graphsource import GraphSource
from .vocab import ID_BASE

COLUMNS = ("programme", "name_th", "name_en", "other_names", "known", "articles", "awards", "recipients",
           "ceremonies", "years", "terms")
PROGRAMME_BASE = ID_BASE + "programme/"


@dataclass
class Census:
    """The census rows, and how to write them."""

    rows: list[dict[str, object]]

    def csv(self) -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(self.rows)
        return out.getvalue()

    def conferred_in(self, articles: int) -> list[dict[str, object]]:
        return [row for row in self.rows if int(row["articles"]) >= articles]


def programme_census(source: GraphSource) -> Census:
    """The programmes the graph confers, counted (see the module's docstring)."""
    awards = source.select("""SELECT ?programme ?award ?year ?recipient ?article WHERE {
        ?award a tgk:AwardConferral ; tgk:programme ?programme ; tgk:recipient ?recipient .
        OPTIONAL { ?award tgk:programmeYear ?year }
        OPTIONAL { ?source schema:mentions ?award ; schema:isPartOf? ?article . ?article a schema:NewsArticle }
    }""")
    names = source.select("""SELECT ?programme ?label ?kind WHERE {
        ?programme a tgk:AwardProgramme .
        { ?programme skos:prefLabel ?label BIND("pref" AS ?kind) } UNION { ?programme skos:altLabel ?label BIND("alt" AS ?kind) }
    }""")
    ceremonies = source.select("SELECT ?programme ?event WHERE { ?event a tgk:AwardCeremony ; tgk:programme ?programme }")
    terms = source.select("""SELECT ?programme ?award ?kind ?label WHERE {
        ?award a tgk:AwardConferral ; tgk:programme ?programme .
        VALUES (?property ?kind) { (tgk:branch "branch") (tgk:category "category") (tgk:level "level") }
        ?award ?property ?term . ?term skos:prefLabel ?label . FILTER (lang(?label) = "th")
    }""")
    per: dict[str, dict] = defaultdict(lambda: {"awards": set(), "articles": set(), "recipients": set(),
                                                 "year_of": {}, "ceremonies": set(), "terms": Counter(),
                                                 "th": set(), "en": set(), "other": set()})
    for row in awards:
        entry = per[row["programme"]]
        entry["awards"].add(row["award"])
        entry["recipients"].add(row["recipient"])
        if row["article"]:
            entry["articles"].add(row["article"])
        if row["year"]:
            entry["year_of"][row["award"]] = row["year"]
    for row in ceremonies:
        if row["programme"] in per:
            per[row["programme"]]["ceremonies"].add(row["event"])
    seen_terms = set()
    for row in terms:
        if row["programme"] in per and (row["award"], row["kind"], row["label"]) not in seen_terms:
            seen_terms.add((row["award"], row["kind"], row["label"]))
            per[row["programme"]]["terms"][(row["kind"], row["label"])] += 1
    for row in names:
        if row["programme"] not in per:
            continue
        label = row["label"]
        language = "th" if any("\u0e00" <= ch <= "\u0e7f" for ch in label) else "en"
        per[row["programme"]][language if row["kind"] == "pref" else "other"].add(label)
    rows = []
    for programme, entry in per.items():
        key = programme.removeprefix(PROGRAMME_BASE)
        th, en = sorted(entry["th"]), sorted(entry["en"])
        rows.append({
            "programme": key,
            "name_th": th[0] if th else "",
            "name_en": en[0] if en else "",
            "other_names": ";".join(sorted((entry["other"] | set(th[1:]) | set(en[1:])) - set(th[:1]) - set(en[:1]))),
            "known": "no" if key.startswith("x-") else "yes",
            "articles": len(entry["articles"]),
            "awards": len(entry["awards"]),
            "recipients": len(entry["recipients"]),
            "ceremonies": len(entry["ceremonies"]),
            "years": ";".join(f"{year}={n}" for year, n in sorted(Counter(entry["year_of"].values()).items())),
            "terms": ";".join(f"{kind}:{label}={n}" for (kind, label), n in
                              sorted(entry["terms"].items(), key=lambda item: (-item[1], item[0]))[:20]),
        })
    rows.sort(key=lambda r: (-int(r["articles"]), -int(r["awards"]), r["programme"]))
    return Census(rows)


def write_census(graph: str | Path, output: str | Path) -> Census:
    """The census of the graph or store at ``graph``, written as CSV to ``output``."""
    from .files import write_atomically

    census = programme_census(GraphSource.open(graph))
    write_atomically(Path(output), census.csv().encode("utf-8"))
    return census


__all__ = ["COLUMNS", "Census", "programme_census", "write_census"]
