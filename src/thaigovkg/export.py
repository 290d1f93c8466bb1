"""The graph as files for others: Turtle, N-Triples, N-Quads, TriG or JSON-LD, with a VoID/DCAT description.

``export(source, output)`` reads a Turtle (or other RDF) file, or a store folder
(``thaigovkg.store``), and writes ``output`` in the format its suffix names:

=========  ===========================================================
``.ttl``   Turtle: the merged graph
``.nt``    N-Triples: the merged graph
``.jsonld`` JSON-LD: the merged graph
``.nq``    N-Quads: one named graph per article, plus the reference graph
``.trig``  TriG: the same named graphs as N-Quads
=========  ===========================================================

Every export also carries a description of the dataset, the node
``DATASET`` typed ``void:Dataset`` and ``dcat:Dataset``: the DCAT-AP 3 part
(``catalog.py``: titles, licence, keywords, temporal extent, provenance, the
articles' source URLs as ``prov:wasDerivedFrom``, ``dcterms:created`` and
``dcterms:issued`` from the date given, today by default: pass it to make an
export reproducible, and a ``dcat:distribution`` for the file written, with
its download URL under ``base_url``, media type and format) and the VoID part
(``void:triples``, a ``void:classPartition`` with ``void:entities`` for every
class, a ``void:vocabulary`` for every vocabulary used).
In N-Quads and TriG it sits in its own named graph, ``DESCRIPTION_GRAPH``.
``thaigovkg build`` never writes it, so built Turtle stays byte-for-byte
deterministic.

Named graphs: from a store they are the store's (one per article, its triples as
built, from the store's ledger, plus the resolution graph and the award scheme in the
reference graph). From a single file
they are rebuilt from provenance: a triple goes into the graph of every article
that mentions its subject (``schema:mentions``, from the article or from one of
its ``tgk:Sentence`` nodes; an article and its sentences into its own graph); a
subject without provenance (an ancestor agency, a programme, a concept, a
place) goes with the articles whose nodes point to it; whatever no article
reaches stays in the default graph. A file has no reference graph.

Streaming: from a store, every format is written from Oxigraph's iterators
straight to the file (no rdflib graph), so a graph larger than memory can be
exported. A file source is parsed twice by Oxigraph's streaming parser; the
description (and, for N-Quads and TriG, the split into graphs) is worked out
on an in-memory Oxigraph copy, so a file source must fit in memory. Terms are
written as they were read from a file; a store keeps numbers in canonical form
(``1.0`` as a decimal reads back ``1``). Files are written to a temporary
name and renamed into place.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .catalog import (DATASET, DEFAULT_BASE_URL, DEFAULT_LICENSE, DEFAULT_TITLE, Distribution, dataset_triples,
                      distribution_triples)
from .files import atomic_path
from .query import prefixes
from .store import REFERENCE_GRAPH, article_graphs, article_quads, is_store, open_store
from .vocab import DCAT, ID_BASE, RDF, SCHEMA, VOID, XSD

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
           ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD}
QUAD_SUFFIXES = {".nq", ".trig"}
FORMAT_NAMES = {".ttl": "Turtle", ".nt": "N-Triples", ".nq": "N-Quads (one named graph per article)",
                ".trig": "TriG (one named graph per article)", ".jsonld": "JSON-LD"}

DESCRIPTION_GRAPH = ID_BASE + "graph/dataset"


@dataclass
class ExportReport:
    """What an export wrote: the file, its format, the data's triple count and the named graphs."""

    output: Path
    format: str
    triples: int
    graphs: int

    def summary(self) -> str:
        graphs = f", {self.graphs} named graphs" if self.graphs else ""
        return f"wrote {self.output} ({self.format}): {self.triples} triples{graphs}, with a VoID/DCAT description"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value: object, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    return ox.Literal(str(value), datatype=_n(datatype)) if datatype else ox.Literal(str(value))


def _rows(store: ox.Store, sparql: str) -> list:
    return list(store.query(sparql))


def vocabulary_of(iri: str) -> str:
    """The vocabulary a term belongs to: its namespace without a trailing ``#``."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[:cut + 1].rstrip("#")


def describe(store: ox.Store, suffix: str = ".ttl", created: dt.date | None = None,
             title: str = DEFAULT_TITLE, license: str = DEFAULT_LICENSE, base_url: str = DEFAULT_BASE_URL,
             distributions: Iterable[Distribution] | None = None) -> list[ox.Triple]:
    """The VoID statistics and DCAT-AP description (``catalog.py``) of the graph in ``store``'s default
    graph, as triples; the distribution is the exported file (``thaigovkg.<suffix>``) unless given."""
    created = created or dt.date.today()
    d = _n(DATASET)
    out = [ox.Triple(d, _n(RDF.type), _n(VOID.Dataset)), *dataset_triples(store, created, title, license),
           ox.Triple(d, _n(VOID.uriSpace), _lit(ID_BASE))]
    triples = _rows(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0][0].value
    out.append(ox.Triple(d, _n(VOID.triples), _lit(triples, XSD.integer)))
    vocabularies = set()
    for cls, entities in _rows(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c"):
        partition = _n(f"{DATASET}/class/{hashlib.sha1(cls.value.encode()).hexdigest()[:16]}")
        out += [ox.Triple(d, _n(VOID.classPartition), partition),
                ox.Triple(partition, _n(VOID["class"]), cls),
                ox.Triple(partition, _n(VOID.entities), _lit(entities.value, XSD.integer))]
        vocabularies.add(vocabulary_of(cls.value))
    vocabularies |= {vocabulary_of(p.value) for (p,) in _rows(store, "SELECT DISTINCT ?p WHERE { ?s ?p ?o }")}
    out += [ox.Triple(d, _n(VOID.vocabulary), _n(v)) for v in sorted(vocabularies)]
    if distributions is None:
        distributions = [Distribution(f"thaigovkg{suffix}", f"The knowledge graph as {FORMAT_NAMES[suffix]}")]
    for distribution in distributions:
        out += distribution_triples(distribution, created, base_url, license)
    return out


def _file_format(path: Path) -> ox.RdfFormat:
    suffix = path.suffix.lower()
    if suffix == ".ttl" or suffix not in FORMATS and suffix not in (".rdf", ".xml", ".owl", ".n3"):
        return ox.RdfFormat.TURTLE
    return FORMATS.get(suffix) or {".n3": ox.RdfFormat.N3}.get(suffix, ox.RdfFormat.RDF_XML)


def _file_triples(path: Path) -> Iterator[ox.Triple]:
    for item in ox.parse(path=str(path), format=_file_format(path)):
        yield item.triple if isinstance(item, ox.Quad) else item


def split_by_provenance(store: ox.Store) -> dict[str, list[str]]:
    """Subject IRI → the article graphs it belongs in (see the module docstring)."""
    graphs: dict[str, set[str]] = defaultdict(set)
    for (article,) in _rows(store, f"SELECT ?a WHERE {{ ?a a <{SCHEMA.NewsArticle}> }}"):
        graphs[article.value].add(article.value)
    for subject, article in _rows(store, f"SELECT ?s ?a WHERE {{ ?a a <{SCHEMA.NewsArticle}> . "
                                         f"{{ ?a <{SCHEMA.mentions}> ?s }} UNION {{ ?s <{SCHEMA.isPartOf}> ?a }} UNION "
                                         f"{{ ?source <{SCHEMA.isPartOf}> ?a ; <{SCHEMA.mentions}> ?s }} }}"):
        graphs[subject.value].add(article.value)
    edges: dict[str, set[str]] = defaultdict(set)
    for subject, target in _rows(store, "SELECT DISTINCT ?s ?o WHERE { ?s ?p ?o . FILTER (isIRI(?o)) "
                                        "FILTER EXISTS { ?o ?q ?x } }"):
        edges[subject.value].add(target.value)
    attributed = set(graphs)
    frontier = list(attributed)
    while frontier:   # carry the graphs of attributed nodes to the unattributed nodes they point to
        subject = frontier.pop()
        for target in edges.get(subject, ()):
            if target in attributed:
                continue
            before = len(graphs[target])
            graphs[target] |= graphs[subject]
            if len(graphs[target]) != before:
                frontier.append(target)
    return {subject: sorted(found) for subject, found in graphs.items()}


def _quads_from_file(path: Path, store: ox.Store) -> list[ox.Quad]:
    graph_of = split_by_provenance(store)
    quads = []
    for triple in _file_triples(path):
        subject = getattr(triple.subject, "value", "")
        for graph in graph_of.get(subject, [None]):
            quads.append(ox.Quad(triple.subject, triple.predicate, triple.object,
                                 _n(graph) if graph else ox.DefaultGraph()))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject)))
    return quads


def _store_triples(store: ox.Store) -> Iterator[ox.Triple]:
    for quad in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        yield quad.triple


def _write_atomically(items: Iterable, path: Path, rdf_format: ox.RdfFormat) -> None:
    kwargs = {} if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else {
        "prefixes": {**prefixes(), "void": str(VOID), "dcat": str(DCAT)}}
    with atomic_path(path) as temporary, temporary.open("wb") as stream:
        ox.serialize(items, stream, rdf_format, **kwargs)


def export(source: str | Path, output: str | Path, created: dt.date | None = None,
           title: str = DEFAULT_TITLE, license: str = DEFAULT_LICENSE,
           base_url: str = DEFAULT_BASE_URL) -> ExportReport:
    """Write the graph in ``source`` (an RDF file or a store folder) to ``output``, format from its suffix."""
    source, output = Path(source), Path(output)
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"cannot tell the format of '{output}': use one of {', '.join(FORMATS)}, "
                         "a folder ending in / (CSV tables) or .ftm.json (FollowTheMoney)")
    from_store = is_store(source)
    if from_store:
        store = open_store(source)
    elif source.is_file():
        store = ox.Store()
        try:
            store.bulk_load(path=str(source), format=_file_format(source))
        except (SyntaxError, ValueError) as error:
            raise ValueError(f"cannot read the graph in '{source}': {error}") from None
    else:
        raise FileNotFoundError(f"no graph file or store '{source}'")
    description = describe(store, suffix, created, title, license, base_url,
                           [Distribution(output.name, f"The knowledge graph as {FORMAT_NAMES[suffix]}")])
    triples = next(int(t.object.value) for t in description if t.predicate == _n(VOID.triples))
    rdf_format = FORMATS[suffix]
    if suffix in QUAD_SUFFIXES:
        data = article_quads(source) if from_store else iter(_quads_from_file(source, store))
        graph = _n(DESCRIPTION_GRAPH)
        items = _chain(data, (ox.Quad(t.subject, t.predicate, t.object, graph) for t in description))
        named = len(article_graphs(source)) + sum(1 for g in store.named_graphs()) if from_store else len(
            {g for gs in split_by_provenance(store).values() for g in gs})
    else:
        data = _store_triples(store) if from_store else _file_triples(source)
        items = _chain(data, iter(description))
        named = 0
    _write_atomically(items, output, rdf_format)
    return ExportReport(output=output, format=rdf_format.name, triples=triples, graphs=named)


def _chain(*parts: Iterable) -> Iterator:
    for part in parts:
        yield from part


__all__ = ["export", "describe", "split_by_provenance", "ExportReport", "FORMATS", "DATASET",
           "DESCRIPTION_GRAPH", "REFERENCE_GRAPH", "DEFAULT_LICENSE"]
