"""SPARQL over a built graph: named queries from ``queries/``, files, or text; results as tables.

``load_graph`` reads any RDF file rdflib knows by its suffix; ``open_source``
opens a file the same way, or a store folder (``thaigovkg.store``) as it is on
disk, without loading anything; ``run_query`` resolves what the user named and
runs it on either; ``format_result`` prints any answer: SELECT rows as an
aligned table, CSV, TSV or SPARQL 1.1 Results JSON, ASK as ``true``/``false``
(or JSON), CONSTRUCT and DESCRIBE graphs as Turtle (or N-Triples, JSON-LD).
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.query import Result
from rdflib.util import guess_format

from .resources import queries_dir


def load_graph(path: str | Path) -> Graph:
    """The graph in an RDF file (or a store's merged graph); a clear error names the file when it cannot be read."""
    path = Path(path)
    if path.is_dir():
        from .store import default_graph

        return default_graph(path)
    if not path.is_file():
        raise FileNotFoundError(f"no graph file '{path}'")
    graph = Graph()
    try:
        graph.parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as error:
        raise ValueError(f"cannot read the graph in '{path}': {error}") from None
    return graph


def named_queries() -> dict[str, Path]:
    """The queries shipped in ``queries/``, by name (file name without ``.rq``)."""
    return {path.stem: path for path in sorted(queries_dir().glob("*.rq"))}


def query_text(query: str) -> str:
    """SPARQL text for a query name (``awards``), a ``.rq`` file, or the SPARQL itself."""
    named = named_queries()
    if query in named:
        return named[query].read_text(encoding="utf-8")
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise FileNotFoundError(f"no query file '{query}'")
        return path.read_text(encoding="utf-8")
    if not any(word in query.upper() for word in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise ValueError(f"'{query}' is neither a named query ({', '.join(named)}), a .rq file, nor SPARQL")
    return query


def open_source(path: str | Path) -> Graph | ox.Store:
    """What queries run on: a store folder opened read-only as it is, or the graph in an RDF file."""
    if Path(path).is_dir():
        from .store import open_store

        return open_store(path)
    return load_graph(path)


def run_query(graph: Graph | ox.Store, query: str):
    """The answer of a named query, .rq file or SPARQL text: rdflib ``Result`` or Oxigraph results."""
    text = query_text(query)
    try:   # on a store, the default graph is the merge of all the articles' graphs
        return graph.query(text)
    except Exception as error:
        raise ValueError(f"the query failed: {error}") from None


RESULT_FORMATS = ("table", "csv", "tsv", "json", "turtle", "nt")


def format_result(result, fmt: str = "table") -> str:
    """Any answer as text: SELECT rows (table, csv, tsv, json), ASK true/false (or json), graphs as Turtle.

    Graph answers (CONSTRUCT, DESCRIBE) are Turtle for ``table`` and ``turtle``,
    N-Triples for ``nt``, JSON-LD for ``json``; CSV and TSV are for rows only.
    """
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown format '{fmt}' ({', '.join(RESULT_FORMATS)})")
    if isinstance(result, Result):
        if result.type == "SELECT":
            return format_rows(result, "table" if fmt in ("turtle", "nt") else fmt)
        if result.type == "ASK":
            return _format_boolean(bool(result.askAnswer), fmt)
        return _format_graph(ox.parse(result.graph.serialize(format="nt", encoding="utf-8"),
                                      format=ox.RdfFormat.N_TRIPLES), fmt)
    if isinstance(result, ox.QueryBoolean):
        return _format_boolean(bool(result), fmt)
    if isinstance(result, ox.QueryTriples):
        return _format_graph(result, fmt)
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
    names = [v.value for v in result.variables]
    rows = [[_ox_cell(row[v]) for v in names] for row in result]
    return _format_table(names, rows, "table" if fmt in ("turtle", "nt") else fmt)


def _ox_cell(term) -> str:
    return "" if term is None else str(term.value) if hasattr(term, "value") else str(term)


def _format_boolean(answer: bool, fmt: str) -> str:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": answer}) + "\n"
    return ("true" if answer else "false") + "\n"


def _format_graph(triples, fmt: str) -> str:
    if fmt in ("csv", "tsv"):
        raise ValueError("CONSTRUCT and DESCRIBE answer with a graph: use --format turtle, nt or json (JSON-LD)")
    rdf_format = {"nt": ox.RdfFormat.N_TRIPLES, "json": ox.RdfFormat.JSON_LD}.get(fmt, ox.RdfFormat.TURTLE)
    kwargs = {} if rdf_format == ox.RdfFormat.N_TRIPLES else {"prefixes": prefixes()}
    return ox.serialize(triples, format=rdf_format, **kwargs).decode("utf-8")


def prefixes() -> dict[str, str]:
    """The prefixes our Turtle uses (the graph's vocabularies, rdf, rdfs, owl), prefix → namespace."""
    from .to_rdf import bind_prefixes

    return {p: str(ns) for p, ns in bind_prefixes(Graph(bind_namespaces="core")).namespaces() if p != "xml"}


def _cell(value) -> str:
    return "" if value is None else str(value)


def format_rows(result: Result, fmt: str = "table") -> str:
    """SELECT results as ``table``, ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 Results JSON)."""
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[v]) for v in result.vars] for row in result]
    return _format_table(names, rows, fmt)


def _format_table(names: list[str], rows: list[list[str]], fmt: str) -> str:
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(names)
        writer.writerows(rows)
        return out.getvalue()
    if fmt != "table":
        raise ValueError(f"unknown format '{fmt}' (table, csv, tsv, json)")
    widths = [max([_width(n)] + [_width(r[i]) for r in rows]) for i, n in enumerate(names)]
    lines = ["  ".join(_pad(n, w) for n, w in zip(names, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} rows)")
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    """Columns a string takes in a terminal: Thai vowel and tone marks take none."""
    import unicodedata

    return sum(0 if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def rows_as_dicts(result: Result) -> list[dict[str, str | None]]:
    return [{str(v): (None if row[v] is None else str(row[v])) for v in result.vars} for row in result]


__all__ = ["load_graph", "open_source", "named_queries", "query_text", "run_query", "format_rows", "format_result",
           "rows_as_dicts", "RESULT_FORMATS", "json"]
