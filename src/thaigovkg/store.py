"""A persistent graph store on disk: one named graph per article, rebuilt one article at a time.

The store is an embedded Oxigraph database (a folder). It holds

- one named graph per article, named by the article's IRI
  (``iris.article_iri(doc_id)``): exactly the triples ``to_rdf.article_graph``
  writes for it;
- the default graph: the merge (a set) of all the article graphs, kept up to
  date on every change, so queries see what ``thaigovkg build`` writes as
  Turtle, without duplicate rows for a fact that several articles state;
- the reference graph (``REFERENCE_GRAPH``): the award scheme of
  ``ontology/awards.ttl``, every programme and concept, kept apart from the
  default graph (queries reach it with ``GRAPH``; TriG and N-Quads exports
  carry it).

Adding an article that is already in the store replaces its named graph, and
removes from the default graph the triples no other article still states; each
article is replaced in one transaction, so a crash leaves the old version or the
new one, never half. Nothing else changes.

People: within one call of ``build_store`` names are resolved across the batch
(``resolve.resolve_across_articles``), as ``thaigovkg build`` does. Person IRIs do not
depend on the spelling (``iris.person_iri(person_key(name))``), so a person
added later joins the same node; but each incremental addition keeps its own
batch's preferred spelling in ``foaf:name`` and ``schema:alternateName``, so a
store built piecewise may hold two spellings where one batch build holds one.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import iris
from .gazetteer import load_gazetteer
from .article import Rejected
from .model import Extraction
from .pipeline import ENTITY_CLASSES, BuildReport, extract_all
from .resolve import resolve_across_articles
from .resources import ontology_file
from .to_rdf import article_graph, bind_prefixes
from .vocab import ID_BASE

REFERENCE_GRAPH = ID_BASE + "graph/reference"


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a store folder (an Oxigraph/RocksDB database)."""
    path = Path(path)
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(path: str | Path, read_only: bool = True) -> ox.Store:
    """The store in folder ``path``; read-only unless asked (many readers may share it)."""
    path = Path(path)
    if read_only:
        if not is_store(path):
            raise FileNotFoundError(f"'{path}' is not a thaigovkg store (no Oxigraph database in it)")
        return ox.Store.read_only(str(path))
    if path.exists() and not path.is_dir():
        raise ValueError(f"cannot make a store in '{path}': it is a file")
    path.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(path))


def _ntriples(graph: Graph) -> str:
    return graph.serialize(format="nt")


def replace_article(store: ox.Store, graph_iri: str, graph: Graph) -> None:
    """Put ``graph`` in the store as the named graph ``graph_iri``, replacing what was there.

    One SPARQL update, hence one transaction: the old article's triples leave
    the default graph unless another graph still has them, then the new ones
    go into both its named graph and the default graph.
    """
    data = _ntriples(graph)
    g = f"<{graph_iri}>"
    store.update(
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {g}) }} }} ;\n"
        f"DROP SILENT GRAPH {g} ;\n"
        f"INSERT DATA {{ GRAPH {g} {{\n{data}}} }} ;\n"
        f"INSERT DATA {{\n{data}}}")


def remove_article(store: ox.Store, graph_iri: str) -> None:
    """Take one article out of the store (its graph, and its triples no other article states)."""
    replace_article(store, graph_iri, Graph())
    store.remove_graph(ox.NamedNode(graph_iri))


def load_reference(store: ox.Store) -> None:
    """(Re)load the award scheme into the reference graph."""
    graph = ox.NamedNode(REFERENCE_GRAPH)
    quads = [ox.Quad(t.subject, t.predicate, t.object, graph)
             for t in ox.parse(path=str(ontology_file("awards.ttl")), format=ox.RdfFormat.TURTLE)]
    store.update(f"DROP SILENT GRAPH <{REFERENCE_GRAPH}>")
    store.extend(quads)


def add_extractions(store: ox.Store, extractions: list[Extraction],
                    progress: Callable[[int], None] | None = None,
                    rejected: list[Rejected] | None = None) -> Graph:
    """Add (or replace) the articles of one batch; names resolved across the batch. The batch's graph.

    An article the store cannot take (an IRI Oxigraph refuses, say) is listed in
    ``rejected`` when a list is given, and the others still go in; else it raises.
    """
    resolution = resolve_across_articles(extractions)
    gazetteer = load_gazetteer()
    batch = bind_prefixes(Graph())
    for number, extraction in enumerate(extractions, 1):
        graph = article_graph(extraction, resolution, gazetteer)
        try:
            replace_article(store, str(iris.article_iri(extraction.article.doc_id)), graph)
        except (SyntaxError, ValueError) as error:
            if rejected is None:
                raise
            rejected.append(Rejected(extraction.article.origin or extraction.article.doc_id,
                                     f"the store refused its triples: {error}"))
            continue
        batch += graph
        if progress:
            progress(number)
    return batch


def count(store: ox.Store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))[0].value)


def article_graphs(store: ox.Store) -> list[str]:
    """The IRIs of the articles' named graphs, sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)
                  and g.value != REFERENCE_GRAPH and g.value.startswith(ID_BASE + "article/"))


def build_store(paths: Iterable[str | Path], location: str | Path, validate: bool = True,
                reference: bool = True, progress: Callable[[int], None] | None = None) -> BuildReport:
    """Add the articles at ``paths`` to the store at ``location`` (made if missing); a report of the batch."""
    extractions, rejected = extract_all(paths, progress)
    unreadable = len(rejected)
    store = open_store(location, read_only=False)
    try:
        batch = add_extractions(store, extractions, rejected=rejected)
        if reference:
            load_reference(store)
        store.flush()
        entities = {kind: count(store, f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a <{cls}> }}")
                    for kind, cls in ENTITY_CLASSES.items()}
        report = BuildReport(output=Path(location), articles=len(extractions) - (len(rejected) - unreadable),
                             rejected=rejected,
                             warnings=[w for e in extractions for w in e.warnings],
                             triples=count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
                             entities=entities)
    finally:
        del store
    if validate:
        from .validate import validate_graph

        result = validate_graph(batch)
        report.conforms, report.validation = result.conforms, result.text()
    return report


def default_graph(location: str | Path) -> Graph:
    """The store's merged graph (every article's triples, once) as an rdflib Graph."""
    store = open_store(location)
    data = ox.serialize(store.quads_for_pattern(None, None, None, ox.DefaultGraph()),
                        format=ox.RdfFormat.N_QUADS)
    return bind_prefixes(Graph()).parse(data=data.decode("utf-8"), format="nt")


__all__ = ["REFERENCE_GRAPH", "is_store", "open_store", "build_store", "add_extractions", "replace_article",
           "remove_article", "load_reference", "article_graphs", "default_graph"]
