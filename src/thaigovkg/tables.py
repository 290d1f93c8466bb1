"""The graph as CSV tables with English headers, for portals that take tables (data.go.th asks for CSV).

``export_tables(source, folder)`` writes four tables and their DCAT-AP
description (``dataset.ttl``, the same description every export carries, with
one ``dcat:Distribution`` per table):

=======================  =====================================================
``agencies.csv``         one row per agency and Thai short form (as the named
                         query ``organizations``): name in Thai and English,
                         class, parent, Wikidata item
``people_posts.csv``     one row per person and post (as ``people``): the name,
                         its romanised form, the post, its organisation, when
                         the articles reporting it were published
``ceremonies.csv``       one row per ceremony and presenter (as ``events``)
``awards.csv``           one row per award (as ``awards``): programme, year,
                         recipient and its ministry, branch, category, level,
                         the awarded work, the person honoured, the ceremony,
                         the extractor's confidence and the source articles
=======================  =====================================================

Each table is read with the graph pattern of its named query (``queries/``),
with the nodes' IRIs added; what a node has once (an English name, a class, a
ministry) is looked up by node, so the rows are exactly the named query's rows,
a column or two wider: ``tests/test_tables.py`` checks that, table by table.
Values are plain text (Buddhist Era years as numbers, dates as ISO 8601);
a cell with several values (source URLs) joins them with `` | ``. UTF-8 with
a byte-order mark, so spreadsheet programs read the Thai right.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .catalog import DEFAULT_BASE_URL, DEFAULT_LICENSE, DEFAULT_TITLE, Distribution
from .files import write_atomically
from .graphsource import GraphSource

SEPARATOR = " | "
DESCRIPTION_FILE = "dataset.ttl"

# Organisation classes, most telling first (the same order as the hierarchy page's).
CLASS_ORDER = ("Ministry", "IndependentAgency", "Department", "StateEnterprise", "PublicOrganization",
               "Province", "LocalGovernment", "District", "University", "Court", "MilitaryUnit", "PoliceUnit",
               "Hospital", "Museum", "Prison", "Faculty", "School", "Office", "Committee", "Unit", "GovernmentAgency",
               "Company", "Cooperative", "Foundation", "Association", "ChamberOfCommerce", "InternationalOrganization",
               "ForeignGovernmentBody", "PrivateUniversity", "PrivateHospital", "PrivateSchool",
               "ReligiousOrganization", "NonStateOrganization", "FormalOrganization", "Organization")

Row = dict[str, str | None]


@dataclass(frozen=True)
class Table:
    """One CSV file: its name, what it holds, and the function that reads its rows (header order)."""

    name: str
    title: str
    description: str
    named_query: str
    columns: tuple[str, ...]
    read: Callable[[GraphSource], list[Row]]


# ---------------------------------------------------------------------------- look-ups by node
def _first(rows: Iterable[Row], key: str, value: str) -> dict[str, str]:
    """node → the smallest value of a property (a deterministic pick where the graph has several)."""
    found: dict[str, str] = {}
    for row in rows:
        node, text = row[key], row[value]
        if node and text is not None and (node not in found or text < found[node]):
            found[node] = text
    return found


def english_names(source: GraphSource) -> dict[str, str]:
    return _first(source.select('SELECT ?n ?label WHERE { ?n skos:prefLabel ?label . FILTER (lang(?label) = "en") }'),
                  "n", "label")


def org_classes(source: GraphSource) -> dict[str, str]:
    """Each organisation's most telling class (Ministry before Unit), by its local name."""
    best: dict[str, str] = {}
    for row in source.select("SELECT ?o ?c WHERE { ?o a org:Organization ; a ?c }"):
        name = row["c"].rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if name not in CLASS_ORDER:
            continue
        if row["o"] not in best or CLASS_ORDER.index(name) < CLASS_ORDER.index(best[row["o"]]):
            best[row["o"]] = name
    return best


def ministries(source: GraphSource) -> dict[str, str]:
    """Each organisation → the ministry above it (itself for a ministry), walking org:subOrganizationOf*."""
    rows = source.select("SELECT ?o ?m WHERE { ?o a org:Organization ; org:subOrganizationOf* ?m . "
                         "?m a tgk:Ministry }")
    return _first(rows, "o", "m")


def thai_names(source: GraphSource) -> dict[str, str]:
    return _first(source.select('SELECT ?n ?label WHERE { ?n skos:prefLabel ?label . FILTER (lang(?label) = "th") }'),
                  "n", "label")


def reports(source: GraphSource, cls: str) -> dict[str, list[tuple[str | None, str | None]]]:
    """node of class ``cls`` → (article date, article URL) of every article it was read from."""
    found: dict[str, set[tuple[str | None, str | None]]] = defaultdict(set)
    for row in source.select(f"""SELECT ?n ?date ?url WHERE {{
        ?n a {cls} . ?src schema:mentions ?n . ?src schema:isPartOf? ?a . ?a a schema:NewsArticle .
        OPTIONAL {{ ?a schema:datePublished ?date }} OPTIONAL {{ ?a schema:url ?url }} }}"""):
        found[row["n"]].add((row["date"], row["url"]))
    return {node: sorted(pairs, key=lambda p: (p[0] or "", p[1] or "")) for node, pairs in found.items()}


def _urls(pairs: list[tuple[str | None, str | None]]) -> str:
    return SEPARATOR.join(sorted({url for _, url in pairs if url}))


# ---------------------------------------------------------------------------- the four tables
def read_agencies(source: GraphSource) -> list[Row]:
    rows = source.select("""SELECT ?org ?name ?parentOrg ?parent ?abbreviation WHERE {
      ?org a org:Organization ; skos:prefLabel ?name . FILTER (lang(?name) = "th")
      OPTIONAL { ?org org:subOrganizationOf ?parentOrg . ?parentOrg skos:prefLabel ?parent .
                 FILTER (lang(?parent) = "th") }
      OPTIONAL { ?org tgk:abbreviation ?abbreviation } }""")
    english, classes = english_names(source), org_classes(source)
    wikidata = _first(source.select("SELECT ?o ?w WHERE { ?o a org:Organization ; schema:sameAs ?w }"), "o", "w")
    ministry = ministries(source)
    return [{"agency_iri": r["org"], "name_th": r["name"], "name_en": english.get(r["org"]),
             "abbreviation_th": r["abbreviation"], "type": classes.get(r["org"]), "parent_iri": r["parentOrg"],
             "parent_name_th": r["parent"], "ministry_iri": ministry.get(r["org"]),
             "wikidata": wikidata.get(r["org"])} for r in rows]


def read_people_posts(source: GraphSource) -> list[Row]:
    rows = source.select("""SELECT ?person ?name ?post ?position ?orgNode ?organization WHERE {
      ?person a foaf:Person ; foaf:name ?name .
      OPTIONAL { { SELECT ?person ?post ?position ?orgNode ?organization WHERE {
          ?post org:heldBy ?person ; skos:prefLabel ?position .
          OPTIONAL { ?post org:postIn ?orgNode . ?orgNode skos:prefLabel ?organization .
                     FILTER (lang(?organization) = "th") } } } } }""")
    english = english_names(source)
    latin = _first(source.select('SELECT ?p ?n WHERE { ?p a foaf:Person ; schema:alternateName ?n . '
                                 'FILTER (langMatches(lang(?n), "th-Latn")) }'), "p", "n")
    acting = {r["p"] for r in source.select("SELECT ?p WHERE { ?p tgk:acting true }")}
    former = {r["p"] for r in source.select("SELECT ?p WHERE { ?p tgk:former true }")}
    reported = reports(source, "org:Post")
    out = []
    for r in rows:
        pairs = reported.get(r["post"], []) if r["post"] else []
        dates = [d for d, _ in pairs if d]
        out.append({"person_iri": r["person"], "name_th": r["name"], "name_latn": latin.get(r["person"]),
                    "post_iri": r["post"], "position_th": r["position"], "organization_iri": r["orgNode"],
                    "organization_th": r["organization"], "organization_en": english.get(r["orgNode"] or ""),
                    "acting": ("true" if r["post"] in acting else "false") if r["post"] else None,
                    "former": ("true" if r["post"] in former else "false") if r["post"] else None,
                    "first_reported": min(dates, default=None), "last_reported": max(dates, default=None),
                    "source_urls": _urls(pairs) or None})
    return out


def read_ceremonies(source: GraphSource) -> list[Row]:
    rows = source.select("""SELECT ?event ?programmeNode ?programme ?year ?date ?venue ?organizerOrg ?organizer
                                   ?chairNode ?chair ?presenterNode ?presenter WHERE {
      ?event a tgk:AwardCeremony ; tgk:programme ?programmeNode ; tgk:programmeYear ?year .
      ?programmeNode skos:prefLabel ?programme . FILTER (lang(?programme) = "th")
      OPTIONAL { ?event schema:startDate ?date }
      OPTIONAL { ?event schema:location/schema:name ?venue }
      OPTIONAL { ?event schema:organizer ?organizerOrg . ?organizerOrg skos:prefLabel ?organizer .
                 FILTER (lang(?organizer) = "th") }
      OPTIONAL { ?event tgk:presidedBy ?chairNode . ?chairNode foaf:name ?chair }
      OPTIONAL { ?event tgk:presenter ?presenterNode . ?presenterNode foaf:name ?presenter } }""")
    english = english_names(source)
    reported = reports(source, "tgk:AwardCeremony")
    return [{"ceremony_iri": r["event"], "programme_iri": r["programmeNode"], "programme_th": r["programme"],
             "programme_year_be": r["year"], "date": r["date"], "venue_th": r["venue"],
             "organizer_iri": r["organizerOrg"], "organizer_th": r["organizer"],
             "organizer_en": english.get(r["organizerOrg"] or ""), "presided_by_iri": r["chairNode"],
             "presided_by_th": r["chair"], "presenter_iri": r["presenterNode"], "presenter_th": r["presenter"],
             "source_urls": _urls(reported.get(r["event"], [])) or None} for r in rows]


def read_awards(source: GraphSource) -> list[Row]:
    rows = source.select("""SELECT ?award ?programmeNode ?programme ?year ?recipientOrg ?recipient ?branch ?category
                                   ?level ?project ?honoree ?person WHERE {
      ?award a tgk:AwardConferral ; tgk:programme ?programmeNode ; tgk:recipient ?recipientOrg .
      ?programmeNode skos:prefLabel ?programme . ?recipientOrg skos:prefLabel ?recipient .
      FILTER (lang(?programme) = "th")
      FILTER (lang(?recipient) = "th")
      OPTIONAL { ?award tgk:programmeYear ?year }
      OPTIONAL { ?award tgk:branch/skos:prefLabel ?branch . FILTER (lang(?branch) = "th") }
      OPTIONAL { ?award tgk:category/skos:prefLabel ?category . FILTER (lang(?category) = "th") }
      OPTIONAL { ?award tgk:level/skos:prefLabel ?level . FILTER (lang(?level) = "th") }
      OPTIONAL { ?award tgk:awardedWork/schema:name ?project }
      OPTIONAL { ?award tgk:honoree ?honoree . ?honoree foaf:name ?person } }""")
    english, names, ministry = english_names(source), thai_names(source), ministries(source)
    ceremony = _first(source.select("SELECT ?a ?c WHERE { ?a tgk:conferredAt ?c }"), "a", "c")
    confidence = _first(source.select("SELECT ?a ?c WHERE { ?a a tgk:AwardConferral ; tgk:confidence ?c }"), "a", "c")
    reported = reports(source, "tgk:AwardConferral")
    out = []
    for r in rows:
        top = ministry.get(r["recipientOrg"])
        out.append({"award_iri": r["award"], "programme_iri": r["programmeNode"], "programme_th": r["programme"],
                    "programme_year_be": r["year"], "recipient_iri": r["recipientOrg"], "recipient_th": r["recipient"],
                    "recipient_en": english.get(r["recipientOrg"]), "ministry_iri": top,
                    "ministry_th": names.get(top or ""), "ministry_en": english.get(top or ""),
                    "branch_th": r["branch"], "category_th": r["category"], "level_th": r["level"],
                    "project_th": r["project"], "honoree_iri": r["honoree"], "honoree_th": r["person"],
                    "ceremony_iri": ceremony.get(r["award"]), "confidence": confidence.get(r["award"]),
                    "source_urls": _urls(reported.get(r["award"], [])) or None})
    return out


TABLES = (
    Table("agencies.csv", "Agencies", "Thai government agencies the articles name and their ancestors: Thai and "
          "English names, type, parent, ministry, Wikidata item; one row per agency and Thai short form.",
          "organizations", ("agency_iri", "name_th", "name_en", "abbreviation_th", "type", "parent_iri",
                            "parent_name_th", "ministry_iri", "wikidata"), read_agencies),
    Table("people_posts.csv", "People and posts", "People named in the articles and the posts the articles "
          "report them holding, with the dates of those articles (a report, not a start date), and whether held "
          "before them (former, อดีต…); one row per person and post.", "people", ("person_iri", "name_th", "name_latn", "post_iri", "position_th",
                                  "organization_iri", "organization_th", "organization_en", "acting", "former",
                                  "first_reported", "last_reported", "source_urls"), read_people_posts),
    Table("ceremonies.csv", "Award ceremonies", "Award ceremonies: programme, Buddhist Era year, date, venue, "
          "organiser, who presided; one row per ceremony and presenter.", "events",
          ("ceremony_iri", "programme_iri", "programme_th", "programme_year_be", "date", "venue_th", "organizer_iri",
           "organizer_th", "organizer_en", "presided_by_iri", "presided_by_th", "presenter_iri", "presenter_th",
           "source_urls"), read_ceremonies),
    Table("awards.csv", "Awards", "Every award conferred: programme, Buddhist Era year, recipient and its ministry, "
          "branch, category, level, the awarded work, the person honoured, the ceremony, the extractor's "
          "confidence and the source articles; one row per award.", "awards",
          ("award_iri", "programme_iri", "programme_th", "programme_year_be", "recipient_iri", "recipient_th",
           "recipient_en", "ministry_iri", "ministry_th", "ministry_en", "branch_th", "category_th", "level_th",
           "project_th", "honoree_iri", "honoree_th", "ceremony_iri", "confidence", "source_urls"), read_awards),
)


# ---------------------------------------------------------------------------- writing
@dataclass
class TablesReport:
    """What ``export_tables`` wrote: the folder, the rows of each table, the description file."""

    folder: Path
    rows: dict[str, int]
    description: Path

    def summary(self) -> str:
        counts = ", ".join(f"{name} {n} rows" for name, n in self.rows.items())
        return f"wrote {self.folder}/: {counts}; DCAT-AP description {self.description.name}"


def table_text(table: Table, rows: list[Row]) -> str:
    """The CSV text of one table: English header, rows sorted, empty cells for missing values."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.columns)
    for row in sorted(rows, key=lambda r: tuple(r.get(c) or "" for c in table.columns)):
        writer.writerow(["" if row.get(c) is None else row[c] for c in table.columns])
    return "\ufeff" + out.getvalue()


def export_tables(source: str | Path, folder: str | Path, created: dt.date | None = None,
                  title: str = DEFAULT_TITLE, license: str = DEFAULT_LICENSE,
                  base_url: str = DEFAULT_BASE_URL) -> TablesReport:
    """Write the four CSV tables of the graph in ``source`` and their DCAT-AP description to ``folder``."""
    from .export import describe
    from .query import prefixes
    from .vocab import DCAT, VOID

    graph = GraphSource.open(source)
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ValueError(f"cannot write tables to '{folder}': it is a file")
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    distributions = []
    for table in TABLES:
        rows = table.read(graph)
        data = table_text(table, rows).encode("utf-8")
        write_atomically(folder / table.name, data)
        counts[table.name] = len(rows)
        distributions.append(Distribution(table.name, f"{table.title} (CSV)",
                                          f"{table.description} {len(rows)} rows; English headers.", len(data)))
    store = graph.store
    if graph.union:   # describe() counts the default graph: give it the union of the file's graphs
        store = ox.Store()
        store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in graph.store)
    description = describe(store, ".csv", created, title, license, base_url, distributions)
    text = ox.serialize(description, format=ox.RdfFormat.TURTLE,
                        prefixes={**prefixes(), "void": str(VOID), "dcat": str(DCAT)})
    write_atomically(folder / DESCRIPTION_FILE, text)
    return TablesReport(folder, counts, folder / DESCRIPTION_FILE)


def read_table(path: str | Path) -> list[dict[str, str]]:
    """A table written by ``export_tables`` back as dicts (for tests and users)."""
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


__all__ = ["export_tables", "read_table", "table_text", "TABLES", "Table", "TablesReport", "DESCRIPTION_FILE"]
