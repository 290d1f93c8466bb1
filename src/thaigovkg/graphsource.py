"""One way to read a built graph for the exports and the report: an Oxigraph store over a file or a store folder.

``GraphSource.open(path)`` loads an RDF file into an in-memory Oxigraph store
(N-Quads and TriG: the union of their graphs is what queries see) or opens a
store folder read-only, as it is on disk (its default graph is the merge of the
articles). ``select`` answers a SELECT with plain Python values (``None`` for an
unbound variable), so the CSV tables, the FollowTheMoney export and the report
read the graph the same way whatever it came from.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

PREFIXES = """PREFIX tgk: <https://w3id.org/thaigovkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


@dataclass
class GraphSource:
    """A store to query; ``union`` when the triples sit in the named graphs of a TriG/N-Quads file."""

    store: ox.Store
    union: bool = False

    @classmethod
    def open(cls, path: str | Path) -> GraphSource:
        from .export import _file_format
        from .store import is_store, open_store

        path = Path(path)
        if is_store(path):
            return cls(open_store(path))
        if not path.is_file():
            raise FileNotFoundError(f"no graph file or store '{path}'")
        store = ox.Store()
        try:
            store.bulk_load(path=str(path), format=_file_format(path))
        except (SyntaxError, ValueError) as error:
            raise ValueError(f"cannot read the graph in '{path}': {error}") from None
        return cls(store, union=path.suffix.lower() in (".nq", ".trig"))

    def terms(self, sparql: str) -> list[dict[str, object]]:
        """SELECT rows as Oxigraph terms (None where unbound)."""
        solutions = self.store.query(PREFIXES + sparql, use_default_graph_as_union=self.union)
        names = [v.value for v in solutions.variables]
        return [{n: s[n] for n in names} for s in solutions]

    def select(self, sparql: str) -> list[dict[str, str | None]]:
        """SELECT rows as strings (a literal's lexical form, an IRI's text; None where unbound)."""
        return [{n: (None if t is None else t.value) for n, t in row.items()} for row in self.terms(sparql)]


__all__ = ["GraphSource", "PREFIXES"]
