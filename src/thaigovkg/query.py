"""SPARQL over a built graph: named queries from ``queries/``, files, or text; results as tables.

``load_graph`` reads any RDF file rdflib knows by its suffix; ``run_query``
resolves what the user named; ``format_rows`` prints SELECT results as an
aligned table, CSV, TSV or SPARQL 1.1 Results JSON.
"""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import Graph
from rdflib.query import Result
from rdflib.util import guess_format

from .resources import queries_dir


def load_graph(path: str | Path) -> Graph:
    """The graph in an RDF file; a clear error names the file when it cannot be read."""
    path = Path(path)
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


def run_query(graph: Graph, query: str) -> Result:
    text = query_text(query)
    try:
        return graph.query(text)
    except Exception as error:
        raise ValueError(f"the query failed: {error}") from None


def _cell(value) -> str:
    return "" if value is None else str(value)


def format_rows(result: Result, fmt: str = "table") -> str:
    """SELECT results as ``table``, ``csv``, ``tsv`` or ``json`` (SPARQL 1.1 Results JSON)."""
    if fmt == "json":
        return result.serialize(format="json").decode("utf-8")
    names = [str(v) for v in result.vars]
    rows = [[_cell(row[v]) for v in result.vars] for row in result]
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


__all__ = ["load_graph", "named_queries", "query_text", "run_query", "format_rows", "rows_as_dicts", "json"]
