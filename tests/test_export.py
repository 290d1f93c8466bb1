"""Exports: every format re-parses to the built graph (plus its VoID/DCAT description); quads keep graphs."""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from thaigovkg.export import DATASET, DESCRIPTION_GRAPH, export
from thaigovkg.pipeline import build_store
from thaigovkg.store import REFERENCE_GRAPH, RESOLUTION_GRAPH, article_graphs, open_store
from thaigovkg.vocab import DCAT, DCTERMS, PROV, RDF, SCHEMA, TGK, VOID, XSD

DAY = dt.date(2024, 9, 18)
RDFLIB_FORMAT = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}
OX_FORMAT = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}


@pytest.fixture(scope="module")
def built(seed_build) -> tuple[str, Graph]:
    path = seed_build[1]
    return path, Graph().parse(path, format="turtle")


@pytest.fixture(scope="module")
def store(tmp_path_factory, seeds_dir):
    location = tmp_path_factory.mktemp("store") / "store"
    build_store([seeds_dir], location, validate=False)
    return location


def description_subjects(graph: Graph) -> set:
    """The dataset node and every node reachable from it: the description (the data is not reachable from it)."""
    todo, seen = [URIRef(DATASET)], set()
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo += [o for o in graph.objects(node, None) if isinstance(o, URIRef)]
    return seen


def without_description(graph: Graph) -> Graph:
    data = Graph()
    described = description_subjects(graph)
    for triple in graph:
        if triple[0] not in described:
            data.add(triple)
    return data


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_export_reparses_in_rdflib_to_the_built_graph(tmp_path, built, suffix):
    path, graph = built
    out = tmp_path / f"kg{suffix}"
    report = export(path, out, created=DAY)
    reread = Graph().parse(out, format=RDFLIB_FORMAT[suffix])
    data = without_description(reread)
    assert report.triples == len(graph)
    if not isomorphic(data, graph):
        _, extra, missing = graph_diff(to_isomorphic(data), to_isomorphic(graph))
        pytest.fail(f"extra: {sorted(extra)[:5]}\nmissing: {sorted(missing)[:5]}")
    assert (URIRef(DATASET), RDF.type, VOID.Dataset) in reread


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_export_reparses_in_pyoxigraph_to_the_built_graph(tmp_path, built, suffix):
    path, _ = built
    out = tmp_path / f"kg{suffix}"
    export(path, out, created=DAY)
    described = {str(n) for n in description_subjects(Graph().parse(out, format=RDFLIB_FORMAT[suffix]))}
    exported = {str(t) for t in ox.parse(path=str(out), format=OX_FORMAT[suffix])
                if t.subject.value not in described}
    assert exported == {str(t) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}


def test_export_describes_the_dataset_with_void_and_dcat(tmp_path, built):
    path, graph = built
    out = tmp_path / "kg.ttl"
    export(path, out, created=DAY)
    reread = Graph().parse(out)
    d = URIRef(DATASET)
    assert (d, RDF.type, DCAT.Dataset) in reread
    assert reread.value(d, VOID.triples).toPython() == len(graph)
    assert reread.value(d, DCTERMS.created) == Literal("2024-09-18", datatype=XSD.date)
    assert reread.value(d, DCTERMS.issued) == Literal("2024-09-18", datatype=XSD.date)
    assert reread.value(d, DCTERMS.license) is not None and reread.value(d, DCTERMS.title) is not None
    partitions = {reread.value(p, VOID["class"]): reread.value(p, VOID.entities).toPython()
                  for p in reread.objects(d, VOID.classPartition)}
    assert partitions[TGK.AwardConferral] == len(set(graph.subjects(RDF.type, TGK.AwardConferral)))
    assert partitions[SCHEMA.NewsArticle] == 5
    vocabularies = {str(v) for v in reread.objects(d, VOID.vocabulary)}
    assert {"http://www.w3.org/ns/org", "https://schema.org/", "https://w3id.org/thaigovkg/ontology"} <= vocabularies
    sources = set(reread.objects(d, PROV.wasDerivedFrom))
    assert sources == set(graph.objects(None, DCTERMS.source)) and sources


def test_export_is_the_same_file_for_the_same_date(tmp_path, built):
    path, _ = built
    export(path, tmp_path / "a" / "kg.ttl", created=DAY)
    export(path, tmp_path / "b" / "kg.ttl", created=DAY)
    assert (tmp_path / "a" / "kg.ttl").read_bytes() == (tmp_path / "b" / "kg.ttl").read_bytes()


@pytest.mark.parametrize("suffix", [".nq", ".trig"])
def test_export_quads_from_a_store_keep_one_graph_per_article(tmp_path, store, suffix):
    out = tmp_path / f"kg{suffix}"
    report = export(store, out, created=DAY)
    dataset = Dataset()
    dataset.parse(out, format="nquads" if suffix == ".nq" else "trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    articles = set(article_graphs(store))
    assert len(articles) == 5 and report.graphs == 7
    assert graphs == articles | {REFERENCE_GRAPH, RESOLUTION_GRAPH, DESCRIPTION_GRAPH}
    by_graph: dict[str, set[str]] = {}
    for quad in ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS if suffix == ".nq" else ox.RdfFormat.TRIG):
        by_graph.setdefault(getattr(quad.graph_name, "value", ""), set()).add(str(quad.triple))
    for article in articles:       # each article's graph: its own node, and what it states of others
        assert f"<{article}> <{RDF.type}> <{SCHEMA.NewsArticle}>" in by_graph[article]
    merged = {str(q.triple) for q in open_store(store).quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert set().union(*(by_graph[g] for g in articles | {RESOLUTION_GRAPH})) == merged


def test_export_quads_from_a_turtle_file_split_by_provenance(tmp_path, built):
    path, graph = built
    out = tmp_path / "kg.nq"
    report = export(path, out, created=DAY)
    parsed = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    articles = {str(a) for a in graph.subjects(RDF.type, SCHEMA.NewsArticle)}
    assert report.graphs == len(articles) == 5
    by_graph: dict[str, set[str]] = {}
    for quad in parsed:
        by_graph.setdefault(getattr(quad.graph_name, "value", ""), set()).add(str(quad.triple))
    assert set(by_graph) <= articles | {DESCRIPTION_GRAPH, ""}
    union = set().union(*(triples for name, triples in by_graph.items() if name != DESCRIPTION_GRAPH))
    assert union == {str(t) for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}
    for article in articles:   # each article's own node sits in its own graph
        assert any(t.startswith(f"<{article}> ") for t in by_graph[article])


def test_export_store_triples_are_the_merged_graph(tmp_path, store):
    out = tmp_path / "kg.nt"
    report = export(store, out, created=DAY)
    described = {str(n) for n in description_subjects(Graph().parse(out, format="nt"))}
    data = {str(t) for t in ox.parse(path=str(out), format=ox.RdfFormat.N_TRIPLES)
            if t.subject.value not in described}
    merged = {str(q.triple) for q in open_store(store).quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert data == merged and report.triples == len(merged)


def test_export_to_an_unknown_suffix_is_an_error(tmp_path, built):
    with pytest.raises(ValueError, match="cannot tell the format"):
        export(built[0], tmp_path / "kg.xyz")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix", [".ttl", ".nq"])
def test_export_files_are_readable_by_others(tmp_path, built, suffix):
    """Defect: exports were written with mode 0600 (mkstemp's), so a web server could not read them."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        out = tmp_path / f"kg{suffix}"
        export(built[0], out, created=DAY)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
