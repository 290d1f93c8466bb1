"""The store: one named graph per article, rebuilt one article at a time, same graph as a batch build."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from thaigovkg import iris
from thaigovkg.pipeline import extract_all
from thaigovkg.query import format_result, load_graph, open_source, run_query
from thaigovkg.store import (REFERENCE_GRAPH, add_extractions, article_graphs, build_store, default_graph, is_store,
                             open_store, remove_article)

NEW_ARTICLE = "d01_593978c743887bd0.txt"


@pytest.fixture(scope="module")
def extractions(seeds_dir, devset_dir):
    """(seed extractions, the extraction of one new article)."""
    seeds, rejected = extract_all([seeds_dir])
    new, _ = extract_all([devset_dir / "articles" / NEW_ARTICLE])
    assert seeds and len(new) == 1 and not rejected
    return seeds, new


def quads(location) -> set[tuple[str, str]]:
    """(triple, graph IRI or "" for the default graph) of every quad in the store."""
    store = open_store(location)
    return {(str(q.triple), getattr(q.graph_name, "value", "")) for q in store.quads_for_pattern(None, None, None, None)}


def make(location, *batches):
    store = open_store(location, read_only=False)
    for batch in batches:
        add_extractions(store, batch)
    store.flush()
    del store
    return location


def show_diff(a, b) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    return f"only in the first: {sorted(only_a)[:5]}\nonly in the second: {sorted(only_b)[:5]}"


def test_store_adding_an_article_gives_the_graph_of_building_all_at_once(tmp_path, extractions):
    seeds, new = extractions
    piecewise = make(tmp_path / "piecewise", seeds, new)
    at_once = make(tmp_path / "at-once", seeds + new)
    a, b = default_graph(piecewise), default_graph(at_once)
    assert isomorphic(a, b), show_diff(a, b)
    assert quads(piecewise) == quads(at_once)
    assert len(article_graphs(open_store(piecewise))) == len(seeds) + 1


def test_store_readding_articles_neither_duplicates_nor_loses_triples(tmp_path, extractions):
    seeds, new = extractions
    location = make(tmp_path / "store", seeds, new)
    before = quads(location)
    make(location, seeds[:2])          # the first two seeds again
    make(location, new)
    assert quads(location) == before


def test_store_removing_an_article_leaves_the_triples_others_state(tmp_path, extractions):
    seeds, _ = extractions
    location = make(tmp_path / "store", seeds)
    gone = str(iris.article_iri(seeds[0].article.doc_id))
    before = quads(location)
    store = open_store(location, read_only=False)
    remove_article(store, gone)
    store.flush()
    del store
    store = open_store(location)
    merged = {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    union = {str(q.triple) for q in store.quads_for_pattern(None, None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    assert merged == union                      # the default graph is the merge of the graphs left
    assert gone not in {g.value for g in store.named_graphs()}
    kept = {q for q in before if q[1] not in (gone, "")}
    assert kept == {q for q in quads(location) if q[1]}    # the other graphs are untouched
    assert len(merged) < len({q for q in before if not q[1]})


def test_store_merged_graph_is_the_turtle_build(tmp_path, extractions, seed_build):
    seeds, _ = extractions
    location = make(tmp_path / "store", seeds)
    turtle = ox.Store()
    turtle.bulk_load(path=str(seed_build[1]), format=ox.RdfFormat.TURTLE)
    store = open_store(location)
    in_store = {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert in_store == {str(q.triple) for q in turtle}


def test_store_build_store_adds_articles_and_the_reference_graph(tmp_path, seeds_dir):
    location = tmp_path / "store"
    report = build_store([seeds_dir], location, validate=False)
    assert is_store(location) and report.articles == 5 and report.entities["awards"] > 0
    store = open_store(location)
    assert len(list(store.quads_for_pattern(None, None, None, ox.NamedNode(REFERENCE_GRAPH)))) > 100
    assert len(article_graphs(store)) == 5


@pytest.mark.parametrize("query", ["awards", "organizations", "people", "events"])
def test_store_answers_named_queries_like_the_turtle_graph(tmp_path, extractions, seed_build, query):
    location = make(tmp_path / "store", extractions[0])
    from_store = format_result(run_query(open_source(location), query), "csv")
    from_turtle = format_result(run_query(load_graph(seed_build[1]), query), "csv")
    assert from_store == from_turtle
    assert from_store.count("\n") > 1


def test_store_a_folder_that_is_not_a_store_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a thaigovkg store"):
        open_store(tmp_path)
