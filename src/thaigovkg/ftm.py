"""People in public office as FollowTheMoney entities, the model of OpenSanctions' PEP data.

``export_ftm(source, path)`` writes one entity a line (FollowTheMoney JSON:
``id``, ``schema``, ``properties`` with lists of strings), modelled the way
OpenSanctions' PEP crawlers do it (a Person, a Position defined apart from who
holds it, and an Occupancy linking the two):

- **Person**: everyone the graph has in a post (``org:heldBy``): the Thai name
  (``name``), its romanised form and other spellings (``alias``), given and
  family name, honorifics (``title``), ``country`` th.
- **Position**: a post's title in one organisation, the same for every holder
  (``name`` as the article writes it, in Thai; ``organization``; ``country`` th).
- **Occupancy**: one per post and article reporting it, with the article's URL
  (``sourceUrl``) and its publication date as ``date``: the day the post was
  reported held, which is neither when it began nor when it ended. So
  ``startDate`` and ``endDate`` stay empty, and ``status`` too, which
  OpenSanctions reads as unknown: the graph records no appointment or departure,
  only that a post the article writes as held before it (อดีต…, ``tgk:former``)
  has ended (``status`` ended, no date). A post held as acting (รักษาราชการแทน)
  says so in ``summary``.
- **PublicBody** (a government agency) or **Organization** (a company): every
  organisation a position belongs to, and its parents (``parent``), with Thai
  and English names, Thai short forms (``abbreviation``) and Wikidata item.

Every reference points at an entity in the file. No person is tagged
``role.pep``: OpenSanctions decides which positions make a person politically
exposed in its own position database, and the graph holds posts of every rank.
Ids are ``thaigovkg-`` and the graph IRI's last two segments (an Occupancy's
is a hash of its post and article), stable across exports.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from .files import write_atomically
from .graphsource import GraphSource
from .vocab import ID_BASE

COUNTRY = "th"
TGK = "https://w3id.org/thaigovkg/ontology#"
# bodies outside the Thai state (companies, foundations, international bodies …) are FtM Organizations;
# org:FormalOrganization alone is how graphs built before the state/outside classes typed a company
COMPANY_CLASSES = ("http://www.w3.org/ns/org#FormalOrganization", TGK + "NonStateOrganization")


def entity_id(iri: str) -> str:
    """``https://w3id.org/thaigovkg/id/person/0b9c…`` → ``thaigovkg-person-0b9c…``.

    FollowTheMoney ids are letters, digits, ``-`` and ``.``: a ``/`` becomes ``-`` and any other character
    ``.`` and its hex code (``moph_ops`` → ``moph.5fops``), so no two of the graph's IRIs (kind/key, the
    key without a ``/``) share an id."""
    rest = iri.removeprefix(ID_BASE).replace("/", "-")
    return "thaigovkg-" + "".join(ch if ch.isascii() and (ch.isalnum() or ch == "-") else
                                  "".join(f".{b:02x}" for b in ch.encode("utf-8")) for ch in rest)


def _entity(ident: str, schema: str, properties: dict[str, set[str] | list[str]]) -> dict:
    return {"id": ident, "schema": schema,
            "properties": {k: sorted(v) for k, v in sorted(properties.items()) if v}}


@dataclass
class FtmReport:
    """What ``export_ftm`` wrote: the file and the entities of each schema."""

    output: Path
    counts: dict[str, int]

    def summary(self) -> str:
        counts = ", ".join(f"{n} {schema}" for schema, n in sorted(self.counts.items()))
        return f"wrote {self.output} (FollowTheMoney, one entity a line): {counts}"


def entities(source: GraphSource) -> list[dict]:
    """The FollowTheMoney entities of the people in posts, their positions, occupancies and organisations."""
    posts = source.select("""SELECT ?post ?person ?title ?org WHERE {
        ?post a org:Post ; org:heldBy ?person ; skos:prefLabel ?title . OPTIONAL { ?post org:postIn ?org } }""")
    acting = {r["p"] for r in source.select("SELECT ?p WHERE { ?p a org:Post ; tgk:acting true }")}
    former = {r["p"] for r in source.select("SELECT ?p WHERE { ?p a org:Post ; tgk:former true }")}
    reports = source.select("""SELECT ?post ?article ?date ?url WHERE {
        ?post a org:Post . ?src schema:mentions ?post . ?src schema:isPartOf? ?article .
        ?article a schema:NewsArticle .
        OPTIONAL { ?article schema:datePublished ?date } OPTIONAL { ?article schema:url ?url } }""")
    out: list[dict] = []

    people: set[str] = {r["person"] for r in posts}
    person_props: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in source.select("""SELECT ?p ?name ?given ?family ?alt ?honorific WHERE { ?p a foaf:Person ; foaf:name ?name .
        OPTIONAL { ?p schema:givenName ?given } OPTIONAL { ?p schema:familyName ?family }
        OPTIONAL { ?p schema:alternateName ?alt } OPTIONAL { ?p schema:honorificPrefix ?honorific } }"""):
        if row["p"] not in people:
            continue
        props = person_props[row["p"]]
        props["name"].add(row["name"])
        for key, column in (("firstName", "given"), ("lastName", "family"), ("alias", "alt"), ("title", "honorific")):
            if row[column]:
                props[key].add(row[column])
        props["country"].add(COUNTRY)
    for person in sorted(people):
        out.append(_entity(entity_id(person), "Person", person_props.get(person) or {"country": {COUNTRY}}))

    positions: dict[str, tuple[str, str | None]] = {}
    post_position: dict[str, str] = {}
    for row in posts:
        key = hashlib.sha1(f"{row['title']}\x1f{row['org'] or ''}".encode("utf-8")).hexdigest()[:16]
        ident = f"thaigovkg-position-{key}"
        positions[ident] = (row["title"], row["org"])
        post_position[row["post"]] = ident
    for ident, (title, org) in sorted(positions.items()):
        props: dict[str, set[str]] = {"name": {title}, "country": {COUNTRY}}
        if org:
            props["organization"] = {entity_id(org)}
        out.append(_entity(ident, "Position", props))

    holder = {r["post"]: r["person"] for r in posts}
    for row in reports:
        if row["post"] not in holder:
            continue
        key = hashlib.sha1(f"{row['post']}\x1f{row['article']}".encode("utf-8")).hexdigest()[:16]
        props = {"holder": {entity_id(holder[row["post"]])}, "post": {post_position[row["post"]]}}
        if row["date"]:
            props["date"] = {row["date"]}
        if row["url"]:
            props["sourceUrl"] = {row["url"]}
        if row["post"] in acting:
            props["summary"] = {"Reported as acting (รักษาราชการแทน)"}
        if row["post"] in former:
            props["status"] = {"ended"}
        out.append(_entity(f"thaigovkg-occupancy-{key}", "Occupancy", props))

    out += _organisations(source, {org for _, org in positions.values() if org})
    return sorted(out, key=lambda e: (e["schema"], e["id"]))


def _organisations(source: GraphSource, wanted: set[str]) -> list[dict]:
    """The organisations positions belong to, with every ancestor, so no ``parent`` dangles."""
    parents: dict[str, set[str]] = defaultdict(set)
    for row in source.select("SELECT ?o ?p WHERE { ?o org:subOrganizationOf ?p }"):
        parents[row["o"]].add(row["p"])
    todo, keep = list(wanted), set()
    while todo:
        org = todo.pop()
        if org not in keep:
            keep.add(org)
            todo.extend(parents.get(org, ()))
    props: dict[str, dict[str, set[str]]] = {org: defaultdict(set) for org in keep}
    companies = set()
    for row in source.select("""SELECT ?o ?label ?abbr ?wd ?c WHERE { ?o a ?c .
        OPTIONAL { ?o skos:prefLabel ?label } OPTIONAL { ?o tgk:abbreviation ?abbr } OPTIONAL { ?o schema:sameAs ?wd } }"""):
        if row["o"] not in props:
            continue
        p = props[row["o"]]
        if row["label"]:
            p["name"].add(row["label"])
        if row["abbr"]:
            p["abbreviation"].add(row["abbr"])
        if row["wd"] and row["wd"].startswith("http://www.wikidata.org/entity/"):
            p["wikidataId"].add(row["wd"].rsplit("/", 1)[-1])
        if row["c"] in COMPANY_CLASSES:
            companies.add(row["o"])
    out = []
    for org in sorted(keep):
        p = props[org]
        p["country"].add(COUNTRY)
        p["parent"] = {entity_id(parent) for parent in parents.get(org, ()) if parent in keep}
        if not p.get("name"):
            p["name"].add(org.rsplit("/", 1)[-1])
        out.append(_entity(entity_id(org), "Organization" if org in companies else "PublicBody", p))
    return out


def export_ftm(source: str | Path, output: str | Path) -> FtmReport:
    """Write the FollowTheMoney entities of ``source`` (an RDF file or a store folder) to ``output``, one a line."""
    output = Path(output)
    found = entities(GraphSource.open(source))
    output.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(entity, ensure_ascii=False) + "\n" for entity in found)
    write_atomically(output, text.encode("utf-8"))
    counts: dict[str, int] = defaultdict(int)
    for entity in found:
        counts[entity["schema"]] += 1
    return FtmReport(output, dict(counts))


__all__ = ["export_ftm", "entities", "entity_id", "FtmReport"]
