"""The SHACL shapes of ``shapes/`` and what checking a graph against them reports.

Both validators answer with the same frozen records: ``validate.py`` (pyshacl,
the reference) and ``shacl.py`` (the fast one, over an Oxigraph store). Each
``Violation`` names the node, the property, the rule and what was found, IRIs
shortened to prefixed names; a ``ValidationReport`` prints them grouped by rule
and sorted, so two runs on the same graph give the same text.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass

import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import SH

from .resources import shapes_dir
from .vocab import DCTERMS, FOAF, ID_BASE, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TGK, XSD

SHAPES_BASE = "https://w3id.org/thaigovkg/shapes#"

# Longest namespace first, so ``id:`` never swallows a more specific prefix.
_PREFIXES: tuple[tuple[str, str], ...] = tuple(sorted(
    {
        "id": ID_BASE,
        "tgk": str(TGK._NS),
        "tgksh": SHAPES_BASE,
        "org": str(ORG),
        "schema": str(SCHEMA),
        "foaf": str(FOAF),
        "skos": str(SKOS),
        "prov": str(PROV),
        "dcterms": str(DCTERMS),
        "xsd": str(XSD),
        "rdf": str(RDF),
        "rdfs": str(RDFS),
        "owl": str(OWL),
        "sh": str(SH),
    }.items(),
    key=lambda item: (-len(item[1]), item[0]),
))

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Violation:
    """One failed constraint: which node, which property, which rule, what was found."""

    focus: str                 # the node that failed, a prefixed name where possible
    path: str | None           # the property checked (prefixed), None for node-level rules
    rule: str                  # the shape's sh:name, else the local name of its IRI
    constraint: str            # the SHACL parameter that failed: "sh:minCount", "sh:datatype" …
    value: str | None          # the offending value (prefixed IRI or Turtle literal), if any
    message: str               # the shape's sh:message, else pyshacl's own text
    severity: str              # "Violation", "Warning" or "Info"
    # For rules about how many values (sh:minCount, sh:maxCount, sh:uniqueLang …),
    # where SHACL reports no single value: every value the node has on the path.
    values: tuple[str, ...] = ()

    def found(self) -> str:
        """What the graph holds that broke the rule, in words."""
        if self.value is not None:
            return self.value
        if not self.values:
            return "no value"
        listed = ", ".join(self.values)
        return f"{plural(len(self.values), 'value')}: {listed}"


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms to the shapes, and every violation found."""

    conforms: bool
    violations: tuple[Violation, ...]
    checked: int = 0           # focus nodes the shapes target in the graph

    def rules(self) -> tuple[str, ...]:
        """The names of the rules broken, sorted."""
        return tuple(sorted({v.rule for v in self.violations}))

    def summary(self) -> str:
        """One line: conforms and how many nodes, or how many violations of how many rules."""
        errors = [v for v in self.violations if v.severity == "Violation"]
        others = len(self.violations) - len(errors)
        extra = f", {plural(others, 'warning')}" if others else ""
        if self.conforms:
            return f"graph conforms: {plural(self.checked, 'node')} checked{extra}"
        rules = {v.rule for v in errors}
        return (f"{plural(len(errors), 'violation')} of {plural(len(rules), 'rule')}{extra}"
                f" ({plural(self.checked, 'node')} checked)")

    def text(self) -> str:
        """The report to print: the summary, then each rule broken and every node that broke it."""
        lines = [self.summary()]
        groups: dict[tuple[int, str], list[Violation]] = defaultdict(list)
        for v in self.violations:
            groups[(_SEVERITY_ORDER.get(v.severity, 9), v.rule)].append(v)
        for (_, rule), members in sorted(groups.items()):
            lines.append("")
            lines.append(f"{rule}: {plural(len(members), members[0].severity.lower())}")
            for v in sorted(members, key=sort_key):
                where = f" {v.path}" if v.path else ""
                lines.append(f"  {v.focus}{where}: found {v.found()} ({v.constraint})")
                lines.append(f"    {v.message}")
        return "\n".join(lines) + "\n"


@functools.lru_cache(maxsize=1)
def load_shapes() -> rdflib.Graph:
    """All shapes of ``shapes/*.ttl`` in one graph (read once and cached: do not modify it)."""
    graph = rdflib.Graph()
    files = sorted(shapes_dir().glob("*.ttl"))
    if not files:
        raise FileNotFoundError(f"no SHACL shapes (*.ttl) in {shapes_dir()}")
    for path in files:
        graph.parse(path, format="turtle")
    return graph


# ------------------------------------------------------------------ helpers

def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def sort_key(v: Violation) -> tuple[str, str, str, str, str]:
    return (v.rule, v.focus, v.path or "", v.constraint, v.value or "")


def short(term: rdflib.term.Node) -> str:
    """An IRI as a prefixed name (``id:org/msdhs``, ``skos:prefLabel``), a literal as Turtle."""
    if isinstance(term, URIRef):
        iri = str(term)
        for prefix, base in _PREFIXES:
            if iri.startswith(base) and len(iri) > len(base):
                return f"{prefix}:{iri[len(base):]}"
        return f"<{iri}>"
    if isinstance(term, Literal):
        lexical = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if term.language:
            return f'"{lexical}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{lexical}"^^{short(term.datatype)}'
        if term.datatype == XSD.string:
            return f'"{lexical}"^^xsd:string'
        return f'"{lexical}"'
    return f"_:{term}"


def rule_name(shapes: rdflib.Graph, shape: rdflib.term.Node | None) -> str:
    if shape is None:
        return "(unknown rule)"
    name = shapes.value(shape, SH.name)
    if name is not None:
        return str(name)
    if isinstance(shape, URIRef):
        iri = str(shape)
        return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or iri
    return "(anonymous rule)"



__all__ = ["SHAPES_BASE", "Violation", "ValidationReport", "load_shapes", "short", "rule_name", "sort_key", "plural"]
