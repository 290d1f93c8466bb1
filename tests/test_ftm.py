"""The FollowTheMoney export, checked line by line with the followthemoney library itself."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from rdflib import Graph, URIRef

from thaigovkg.cli import main
from thaigovkg.ftm import entity_id
from thaigovkg.vocab import ORG, SCHEMA

ftm = pytest.importorskip("followthemoney", reason="pip install -e '.[test]' installs followthemoney")
from followthemoney import model  # noqa: E402

SCHEMATA = {"Person", "Position", "Occupancy", "PublicBody", "Organization"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory, seed_build) -> list[dict]:
    path = tmp_path_factory.mktemp("ftm") / "peps.ftm.json"
    assert main(["export", str(seed_build[1]), "-o", str(path)]) == 0
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def check_entity(data: dict) -> None:
    """One line as followthemoney sees it: known schema and properties, required ones present, every value
    valid for its type, and nothing the library's cleaning would drop or change."""
    schema = model.get(data["schema"])
    assert schema is not None and data["schema"] in SCHEMATA, data["schema"]
    for name in data["properties"]:
        assert schema.get(name) is not None, f"{data['schema']} has no property {name}"
    schema.validate(data)   # raises InvalidData
    for name in schema.required:
        assert data["properties"].get(name), f"{data['id']}: {name} is required"
    proxy = model.get_proxy(data, cleaned=False)   # re-validates and normalises every value
    cleaned = {k: sorted(v) for k, v in proxy.to_dict()["properties"].items()}
    assert cleaned == {k: sorted(v) for k, v in data["properties"].items()}, data["id"]


def test_every_line_is_a_valid_followthemoney_entity(exported):
    assert exported
    for data in exported:
        check_entity(data)
    assert len({e["id"] for e in exported}) == len(exported)


def test_check_entity_rejects_what_followthemoney_rejects():
    bad = [{"id": "a", "schema": "Occupancy", "properties": {"holder": ["p"]}},                      # no post
           {"id": "b", "schema": "Person", "properties": {"name": ["x"], "birthDate": ["31-31-2020"]}},  # bad date
           {"id": "c", "schema": "Person", "properties": {"name": ["x"], "rank": ["1"]}}]                 # no such property
    for data in bad:
        with pytest.raises(Exception):
            check_entity(data)


def test_no_reference_dangles_and_each_has_the_right_schema(exported):
    by_id = {e["id"]: e for e in exported}
    for data in exported:
        schema = model.get(data["schema"])
        for name, values in data["properties"].items():
            prop = schema.get(name)
            if prop.type.name != "entity":
                continue
            for value in values:
                assert value in by_id, f"{data['id']}.{name} → {value} is not in the file"
                assert model.get(by_id[value]["schema"]).is_a(prop.range), (name, by_id[value]["schema"])


def test_people_positions_and_occupancies_follow_the_graph(exported, seed_build):
    counts = Counter(e["schema"] for e in exported)
    assert counts["Person"] and counts["Position"] and counts["Occupancy"] and counts["PublicBody"]
    graph = Graph().parse(seed_build[1])
    holders = set(graph.objects(None, ORG.heldBy))
    assert {e["id"] for e in exported if e["schema"] == "Person"} == {entity_id(str(p)) for p in holders}
    # one occupancy per post and article reporting it
    reports = set()
    for post in graph.subjects(ORG.heldBy, None):
        for source in graph.subjects(SCHEMA.mentions, post):
            reports.add((post, graph.value(source, SCHEMA.isPartOf) or source))
    assert counts["Occupancy"] == len(reports)


def test_occupancy_carries_the_article_url_and_date_as_a_report_not_a_start(exported, seed_build):
    graph = Graph().parse(seed_build[1])
    dated = [e for e in exported if e["schema"] == "Occupancy" and "sourceUrl" in e["properties"]]
    assert dated
    for occupancy in dated:
        props = occupancy["properties"]
        assert not {"startDate", "endDate", "status"} & set(props)
        (url,) = props["sourceUrl"]
        article = graph.value(None, SCHEMA.url, URIRef(url))
        assert props["date"] == [str(graph.value(article, SCHEMA.datePublished))]


def test_person_has_thai_name_and_romanised_alias(exported):
    people = [e for e in exported if e["schema"] == "Person"]
    for person in people:
        assert any(not n.isascii() for n in person["properties"]["name"])
        assert any(a.isascii() for a in person["properties"].get("alias", [])), person
        assert person["properties"]["country"] == ["th"]


def test_positions_belong_to_public_bodies_with_english_names(exported):
    by_id = {e["id"]: e for e in exported}
    dsdw = by_id[entity_id("https://w3id.org/thaigovkg/id/org/dsdw")]
    assert dsdw["schema"] == "PublicBody"
    assert {"กรมพัฒนาสังคมและสวัสดิการ", "Department of Social Development and Welfare"} <= set(dsdw["properties"]["name"])
    assert by_id[dsdw["properties"]["parent"][0]]["properties"]["name"]


@pytest.mark.parametrize("iri", ["https://w3id.org/thaigovkg/id/org/moph_ops", "https://w3id.org/thaigovkg/id/org/x-0cb4",
                                 "https://w3id.org/thaigovkg/id/person/0b9c976d9a159e1a",
                                 "https://w3id.org/thaigovkg/id/org/กรม"])
def test_entity_ids_are_what_followthemoney_accepts(iri):
    from followthemoney import registry

    assert registry.entity.clean(entity_id(iri)) == entity_id(iri)


def test_entity_ids_of_different_iris_differ():
    iris = ["https://w3id.org/thaigovkg/id/org/moph_ops", "https://w3id.org/thaigovkg/id/org/moph.ops",
            "https://w3id.org/thaigovkg/id/org/moph-ops", "https://w3id.org/thaigovkg/id/post/moph_ops"]
    assert len({entity_id(i) for i in iris}) == len(iris)


def test_an_agency_key_with_an_underscore_is_a_valid_reference():
    """Real agencies' keys hold underscores (moph_ops): a Position pointing at one must validate."""
    data = {"id": "thaigovkg-position-1", "schema": "Position",
            "properties": {"name": ["ปลัดกระทรวงสาธารณสุข"], "country": ["th"],
                           "organization": [entity_id("https://w3id.org/thaigovkg/id/org/moph_ops")]}}
    check_entity(data)


def test_export_from_a_store_gives_the_same_entities(tmp_path, seeds_dir, exported):
    from thaigovkg.pipeline import build_store

    store = tmp_path / "store"
    build_store([seeds_dir], store, validate=False)
    assert main(["export", str(store), "-o", str(tmp_path / "store.ftm.json")]) == 0
    again = [json.loads(line) for line in (tmp_path / "store.ftm.json").read_text(encoding="utf-8").splitlines()]
    assert {(e["id"], e["schema"]) for e in again} == {(e["id"], e["schema"]) for e in exported}


def test_bodies_outside_the_state_are_organizations_and_the_state_public_bodies(tmp_path):
    from thaigovkg.ftm import entities
    from thaigovkg.graphsource import GraphSource

    ttl = tmp_path / "g.ttl"
    ttl.write_text("""@prefix org: <http://www.w3.org/ns/org#> . @prefix tgk: <https://w3id.org/thaigovkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@base <https://w3id.org/thaigovkg/id/> .
<org/moi> a tgk:Ministry, org:Organization ; skos:prefLabel "กระทรวงมหาดไทย"@th .
<org/prov_nan> a tgk:Province, org:Organization ; skos:prefLabel "จังหวัดน่าน"@th ; org:subOrganizationOf <org/moi> .
<org/c1> a tgk:Company, tgk:NonStateOrganization, org:Organization ; skos:prefLabel "บริษัท ตัวอย่าง จำกัด"@th .
<person/a> a foaf:Person ; foaf:name "สมชาย ใจดี"@th .
<person/b> a foaf:Person ; foaf:name "สมหญิง ใจดี"@th .
<post/1> a org:Post ; skos:prefLabel "ผู้ว่าราชการจังหวัดน่าน"@th ; org:heldBy <person/a> ; org:postIn <org/prov_nan> .
<post/2> a org:Post ; skos:prefLabel "กรรมการผู้จัดการ"@th ; org:heldBy <person/b> ; org:postIn <org/c1> .
""", encoding="utf-8")
    schema = {e["id"]: e["schema"] for e in entities(GraphSource.open(ttl))}
    assert schema[entity_id("https://w3id.org/thaigovkg/id/org/c1")] == "Organization"
    assert schema[entity_id("https://w3id.org/thaigovkg/id/org/prov_nan")] == "PublicBody"
    assert schema[entity_id("https://w3id.org/thaigovkg/id/org/moi")] == "PublicBody"
