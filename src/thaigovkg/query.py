"""SPARQL over a built graph: named queries from ``queries/``, files, or text; results as tables.

The same answer everywhere: a graph file, a store folder and the endpoint
(``serve.py``) all run queries in Oxigraph, with the project's standard
prefixes (``vocab.PREFIXES``) predeclared, so the same query text gives the same
rows, columns in the order the query names them (``SELECT *``: in alphabetical
order, Oxigraph's fixed order).

``open_source`` opens a store folder as it is on disk, without loading anything,
or loads an RDF file into an Oxigraph store in memory (a quads file, TriG or
N-Quads, is read as the union of its graphs); ``run_query`` resolves what the
user named and runs it (on an rdflib ``Graph`` too, for the library's callers);
``format_result`` prints any answer: SELECT rows as an aligned table, CSV, TSV
or SPARQL 1.1 Results JSON, ASK as ``true``/``false`` (or JSON), CONSTRUCT and
DESCRIBE graphs as Turtle (or N-Triples, JSON-LD). ``load_graph`` reads a file
into rdflib, for callers that want its API.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.query import Result
from rdflib.util import guess_format

from .resources import queries_dir
from .vocab import PREFIXES


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


def query_description(text: str) -> str:
    """What a named query answers: its opening comment lines, joined."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(part for part in lines if part)


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


class Source:
    """An Oxigraph store to query: a store folder (read-only), or an RDF file loaded in memory."""

    def __init__(self, store: ox.Store, union: bool = False):
        self.store, self.union = store, union

    def query(self, text: str):
        return self.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=self.union)


def open_source(path: str | Path) -> Source:
    """What queries run on: a store folder opened read-only as it is, or the graph in an RDF file."""
    path = Path(path)
    if path.is_dir():
        from .store import open_store

        return Source(open_store(path))
    if not path.is_file():
        raise FileNotFoundError(f"no graph file or store '{path}'")
    store, rdf_format = ox.Store(), ox.RdfFormat.from_extension(path.suffix[1:].lower()) or ox.RdfFormat.TURTLE
    try:
        store.bulk_load(path=str(path), format=rdf_format)
    except (SyntaxError, ValueError) as error:
        raise ValueError(f"cannot read the graph in '{path}': {error}") from None
    return Source(store, union=rdf_format in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG))


def run_query(graph: Source | Graph | ox.Store, query: str):
    """The answer of a named query, .rq file or SPARQL text: Oxigraph results (rdflib ``Result`` on a Graph)."""
    text = query_text(query)
    try:   # on a store, the default graph is the merge of all the articles' graphs
        if isinstance(graph, Graph):
            result = graph.query(text, initNs=PREFIXES)
            if result.type == "SELECT" and _selects_all(text):
                result.vars = sorted(result.vars)    # as Oxigraph: rdflib's order changes from run to run
            return result
        if isinstance(graph, ox.Store):
            return graph.query(text, prefixes=PREFIXES)
        return graph.query(text)
    except SyntaxError as error:
        raise ValueError(explain_syntax_error(text, error)) from None
    except Exception as error:
        raise ValueError(f"the query failed: {error}") from None


_SELECT_ALL = re.compile(r"^\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?\*", re.IGNORECASE | re.MULTILINE)


def _selects_all(text: str) -> bool:
    return bool(_SELECT_ALL.search(text))


_PREFIXED = re.compile(r"(?<![\w<?$:/#@.-])([A-Za-z][\w.-]*)?:[A-Za-z_\d]")
_DECLARED = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def explain_syntax_error(text: str, error: Exception) -> str:
    """A query that does not parse, in a few words: the prefix it forgot to declare, or where it breaks."""
    message = str(error)
    if "Prefix not found" in message:
        declared = set(PREFIXES) | set(_DECLARED.findall(text))
        plain = re.sub(r"<[^<>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*", " ", text)
        missing = sorted({name for name in _PREFIXED.findall(plain) if name not in declared})
        if missing:
            return (f"the query uses the prefix {', '.join(f'{m}:' for m in missing)} without declaring it "
                    f"(add PREFIX {missing[0]}: <…>); these are predeclared: {', '.join(sorted(PREFIXES))}")
    where = re.match(r"error at (\d+):(\d+):?", message)
    reason = message.split("expected one of")[0][where.end() if where else 0:].strip().rstrip(":")
    if where:
        row, column = int(where.group(1)), int(where.group(2))
        lines = text.splitlines() or [""]
        line = lines[min(row, len(lines)) - 1]
        return (f"the query could not be parsed at line {row}, column {column}: {reason or 'unexpected text'}\n"
                f"  {line}\n  {' ' * max(column - 1, 0)}^")
    return f"the query could not be parsed: {(reason or message)[:300]}"


RESULT_FORMATS = ("table", "csv", "tsv", "json", "turtle", "nt")


def format_result(result, fmt: str = "table") -> str:
    """Any answer as text: SELECT rows (table, csv, tsv, json), ASK true/false (or json), graphs as Turtle.

    Graph answers (CONSTRUCT, DESCRIBE) are Turtle for ``table`` and ``turtle``,
    N-Triples for ``nt``, JSON-LD for ``json``; CSV and TSV are for rows only.
    """
    if fmt not in RESULT_FORMATS:
        raise ValueError(f"unknown format '{fmt}' ({', '.join(RESULT_FORMATS)})")
    if isinstance(result, Result):
        if result.type in ("SELECT", "ASK"):
            _rows_only(result.type, fmt)
        if result.type == "SELECT":
            return format_rows(result, fmt)
        if result.type == "ASK":
            return _format_boolean(bool(result.askAnswer), fmt)
        return _format_graph(ox.parse(result.graph.serialize(format="nt", encoding="utf-8"),
                                      format=ox.RdfFormat.N_TRIPLES), fmt)
    if isinstance(result, ox.QueryBoolean):
        _rows_only("ASK", fmt)
        return _format_boolean(bool(result), fmt)
    if isinstance(result, ox.QueryTriples):
        return _format_graph(result, fmt)
    _rows_only("SELECT", fmt)
    if fmt == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
    names = [v.value for v in result.variables]
    rows = [[_ox_cell(row[v]) for v in names] for row in result]
    return _format_table(names, rows, fmt)


def _rows_only(kind: str, fmt: str) -> None:
    if fmt in ("turtle", "nt"):
        what = "rows" if kind == "SELECT" else "true or false"
        raise ValueError(f"{kind} answers with {what}, not a graph: use --format table, csv, tsv or json "
                         f"(turtle and nt are for CONSTRUCT and DESCRIBE)")


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


__all__ = ["Source", "explain_syntax_error", "query_description", "load_graph", "open_source", "named_queries", "query_text", "run_query", "format_rows", "format_result",
           "rows_as_dicts", "RESULT_FORMATS", "json"]
