"""The dataset description every export carries conforms to DCAT-AP 3 (the official SHACL shapes) and reads
the way ckanext-dcat reads a dataset: one dcat:Dataset, each file a distribution with its URL and media type."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyshacl
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF

from thaigovkg.catalog import FILE_TYPE, IANA
from thaigovkg.export import DATASET, DESCRIPTION_GRAPH, export
from thaigovkg.tables import DESCRIPTION_FILE, export_tables
from thaigovkg.vocab import DCAT, DCTERMS, PROV, XSD

SHAPES_DIR = Path(__file__).parent / "dcat-ap-3.0.0"
DAY = dt.date(2024, 9, 18)
BASE = "https://data.example.go.th/dataset/thaigovkg/"


@pytest.fixture(scope="module")
def dcat_ap_shapes() -> Graph:
    shapes = Graph()
    for name in ("dcat-ap-SHACL.ttl", "range.ttl"):
        shapes.parse(SHAPES_DIR / name, format="turtle")
    return shapes


def description_of(graph: Graph) -> Graph:
    """The description: every triple reachable from the dataset node (the data graph is not reachable from it)."""
    out, todo, seen = Graph(), [URIRef(DATASET)], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in graph.predicate_objects(node):
            out.add((node, p, o))
            if isinstance(o, URIRef):
                todo.append(o)
    return out


def violations(description: Graph, shapes: Graph) -> list[str]:
    conforms, report, text = pyshacl.validate(description, shacl_graph=shapes, inference="none")
    SH = "http://www.w3.org/ns/shacl#"
    return [] if conforms else [f"{report.value(r, URIRef(SH + 'focusNode'))} {report.value(r, URIRef(SH + 'resultPath'))}: "
                                f"{report.value(r, URIRef(SH + 'resultMessage'))}"
                                for r in report.subjects(RDF.type, URIRef(SH + "ValidationResult"))]


@pytest.mark.parametrize("suffix", [".ttl", ".jsonld"])
def test_export_description_has_no_dcat_ap_3_violation(tmp_path, seed_build, dcat_ap_shapes, suffix):
    out = tmp_path / f"thaigovkg{suffix}"
    export(seed_build[1], out, created=DAY, base_url=BASE)
    description = description_of(Graph().parse(out, format="json-ld" if suffix == ".jsonld" else "turtle"))
    assert len(description) > 50
    assert violations(description, dcat_ap_shapes) == []


def test_trig_export_keeps_the_description_in_its_own_graph_and_it_conforms(tmp_path, seed_build, dcat_ap_shapes):
    out = tmp_path / "thaigovkg.trig"
    export(seed_build[1], out, created=DAY)
    dataset = Dataset()
    dataset.parse(out, format="trig")
    description = Graph()
    for triple in dataset.graph(URIRef(DESCRIPTION_GRAPH)):
        description.add(triple)
    assert (URIRef(DATASET), RDF.type, DCAT.Dataset) in description
    assert violations(description, dcat_ap_shapes) == []


def test_the_shapes_do_catch_a_distribution_without_access_url(tmp_path, seed_build, dcat_ap_shapes):
    """The check can fail: without dcat:accessURL and the media type's class, DCAT-AP 3 reports violations."""
    out = tmp_path / "thaigovkg.ttl"
    export(seed_build[1], out, created=DAY)
    description = description_of(Graph().parse(out))
    description.remove((None, DCAT.accessURL, None))
    description.remove((URIRef(IANA + "text/turtle"), RDF.type, None))
    found = violations(description, dcat_ap_shapes)
    assert any("accessURL" in v for v in found) and any("mediaType" in v for v in found)


def test_csv_tables_description_conforms_and_lists_each_table(tmp_path, seed_build, dcat_ap_shapes):
    report = export_tables(seed_build[1], tmp_path / "tables", created=DAY, base_url=BASE)
    graph = Graph().parse(tmp_path / "tables" / DESCRIPTION_FILE)
    assert violations(description_of(graph), dcat_ap_shapes) == []
    d = URIRef(DATASET)
    urls = {str(graph.value(dist, DCAT.downloadURL)) for dist in graph.objects(d, DCAT.distribution)}
    assert urls == {BASE + name for name in report.rows}
    for dist in graph.objects(d, DCAT.distribution):
        name = str(graph.value(dist, DCAT.downloadURL)).rsplit("/", 1)[-1]
        assert graph.value(dist, DCAT.mediaType) == URIRef(IANA + "text/csv")
        assert graph.value(dist, DCTERMS["format"]) == URIRef(FILE_TYPE + "CSV")
        assert graph.value(dist, DCAT.byteSize).toPython() == (tmp_path / "tables" / name).stat().st_size


def test_description_reads_as_one_ckan_dataset(tmp_path, seed_build):
    """What ckanext-dcat's DCAT-AP profile reads: every dcat:Dataset becomes a portal entry, so there is one;
    a resource's URL is dcat:downloadURL (else accessURL); the licence comes from the distributions."""
    out = tmp_path / "kg.nt"
    export(seed_build[1], out, created=DAY, base_url=BASE)
    graph = Graph().parse(out, format="nt")
    assert list(graph.subjects(RDF.type, DCAT.Dataset)) == [URIRef(DATASET)]
    d = URIRef(DATASET)
    assert graph.value(d, DCTERMS.title, any=True) is not None
    assert {t.language for t in graph.objects(d, DCTERMS.title)} == {"en", "th"}
    (dist,) = graph.objects(d, DCAT.distribution)
    assert graph.value(dist, DCAT.downloadURL) == URIRef(BASE + "kg.nt")
    assert graph.value(dist, DCAT.accessURL) == URIRef(BASE + "kg.nt")
    assert graph.value(dist, DCAT.mediaType) == URIRef(IANA + "application/n-triples")
    assert graph.value(dist, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    period = graph.value(d, DCTERMS.temporal)
    articles = Graph().parse(seed_build[1])
    dates = sorted(str(o) for o in articles.objects(None, URIRef("https://schema.org/datePublished")))
    assert graph.value(period, DCAT.startDate) == Literal(dates[0], datatype=XSD.date)
    assert graph.value(period, DCAT.endDate) == Literal(dates[-1], datatype=XSD.date)
    sources = set(articles.objects(None, DCTERMS.source))
    assert set(graph.objects(d, PROV.wasDerivedFrom)) == sources and sources
    assert not list(graph.objects(d, DCTERMS.source))   # DCAT-AP: dct:source points at datasets only
