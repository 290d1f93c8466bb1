"""A graph checked against the SHACL shapes in ``shapes/``, as a report a person can read.

pyshacl answers with an RDF results graph; this module reads it into plain
frozen ``Violation`` records (IRIs shortened to prefixed names) and prints them
grouped by rule, sorted, so two runs on the same graph give the same text.
Validation runs without inference: the builder states every class it means
(``tgk:Department`` *and* ``org:Organization``), and inference would be slow.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib import Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.util import guess_format

from thaigovkg.resources import shapes_dir
from thaigovkg.vocab import (
    DCTERMS, FOAF, ID_BASE, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, TGK, XSD,
)

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
        return f"{_plural(len(self.values), 'value')}: {listed}"


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
        extra = f", {_plural(others, 'warning')}" if others else ""
        if self.conforms:
            return f"graph conforms: {_plural(self.checked, 'node')} checked{extra}"
        rules = {v.rule for v in errors}
        return (f"{_plural(len(errors), 'violation')} of {_plural(len(rules), 'rule')}{extra}"
                f" ({_plural(self.checked, 'node')} checked)")

    def text(self) -> str:
        """The report to print: the summary, then each rule broken and every node that broke it."""
        lines = [self.summary()]
        groups: dict[tuple[int, str], list[Violation]] = defaultdict(list)
        for v in self.violations:
            groups[(_SEVERITY_ORDER.get(v.severity, 9), v.rule)].append(v)
        for (_, rule), members in sorted(groups.items()):
            lines.append("")
            lines.append(f"{rule}: {_plural(len(members), members[0].severity.lower())}")
            for v in sorted(members, key=_sort_key):
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


def validate_graph(graph: rdflib.Graph) -> ValidationReport:
    """The report of checking ``graph`` against the shapes (no inference)."""
    from pyshacl import validate  # imported here: pyshacl takes a second to import

    shapes = load_shapes()
    conforms, results, _ = validate(
        data_graph=graph, shacl_graph=shapes, inference="none",
        advanced=False, meta_shacl=False, allow_warnings=True,
    )
    violations = tuple(sorted(
        (_violation(results, shapes, result, graph)
         for result in results.subjects(RDF.type, SH.ValidationResult)),
        key=_sort_key,
    ))
    return ValidationReport(conforms=bool(conforms), violations=violations,
                            checked=_count_targets(graph, shapes))


def validate_file(path: str | Path) -> ValidationReport:
    """The report for an RDF file, in any format rdflib knows from the suffix (Turtle if unknown).

    Raises ``ValueError`` naming the file when it cannot be parsed, and
    ``FileNotFoundError`` when it does not exist.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no such RDF file: {path}")
    fmt = guess_format(str(path)) or "turtle"
    graph = rdflib.Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # parsers raise many types: BadSyntax, SAXParseException, JSON errors …
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise ValueError(f"cannot read {path.name} as {fmt}: {detail}") from exc
    return validate_graph(graph)


ENGINES = ("auto", "fast", "pyshacl")
FAST_ABOVE = 20_000_000   # bytes: larger files go to the fast validator when the engine is "auto"


def validate_path(path: str | Path, engine: str = "auto") -> ValidationReport:
    """The report for an RDF file or a store folder (its merged default graph).

    ``pyshacl`` is the reference; ``fast`` (``shacl.py``, proven equal to it by the
    tests) checks over an Oxigraph store and is the one that copes with a whole-corpus
    graph; ``auto`` takes it for stores and files over ``FAST_ABOVE`` bytes.
    """
    from .store import is_store

    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine '{engine}' (one of {', '.join(ENGINES)})")
    path = Path(path)
    if is_store(path):
        if engine == "pyshacl":
            from .store import default_graph

            return validate_graph(default_graph(path))
        from .shacl import validate_store
        from .store import open_store

        return validate_store(open_store(path))
    if not path.is_file():
        raise FileNotFoundError(f"no such RDF file or store: {path}")
    if engine == "pyshacl" or (engine == "auto" and path.stat().st_size <= FAST_ABOVE):
        return validate_file(path)
    from .shacl import validate_file_fast

    try:
        return validate_file_fast(path)
    except (SyntaxError, ValueError) as exc:   # Oxigraph: unknown format (ValueError) or bad data (SyntaxError)
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise ValueError(f"cannot read {path.name}: {detail}") from exc


# ------------------------------------------------------------------ helpers

def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _sort_key(v: Violation) -> tuple[str, str, str, str, str]:
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


def _path_text(shapes: rdflib.Graph, results: rdflib.Graph, path: rdflib.term.Node) -> str:
    """A SHACL property path as text: ``skos:prefLabel``, ``^org:heldBy``, ``a/b``."""
    if isinstance(path, URIRef):
        return short(path)
    for graph in (results, shapes):
        inverse = graph.value(path, SH.inversePath)
        if inverse is not None:
            return "^" + _path_text(shapes, results, inverse)
        if graph.value(path, RDF.first) is not None:
            return "/".join(_path_text(shapes, results, p) for p in Collection(graph, path))
        for key, mark in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
            inner = graph.value(path, key)
            if inner is not None:
                return f"({_path_text(shapes, results, inner)}){mark}"
        alternatives = graph.value(path, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(_path_text(shapes, results, p) for p in Collection(graph, alternatives)) + ")"
    return "(complex path)"


def _rule_name(shapes: rdflib.Graph, shape: rdflib.term.Node | None) -> str:
    if shape is None:
        return "(unknown rule)"
    name = shapes.value(shape, SH.name)
    if name is not None:
        return str(name)
    if isinstance(shape, URIRef):
        iri = str(shape)
        return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or iri
    return "(anonymous rule)"


def _constraint_name(component: rdflib.term.Node | None) -> str:
    """``sh:MinCountConstraintComponent`` → ``sh:minCount``."""
    if component is None:
        return "(unknown)"
    text = short(component)
    if text.startswith("sh:") and text.endswith("ConstraintComponent"):
        local = text[3:-len("ConstraintComponent")]
        return "sh:" + local[:1].lower() + local[1:]
    return text


def _violation(results: rdflib.Graph, shapes: rdflib.Graph, result: rdflib.term.Node,
               data: rdflib.Graph) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    shape = results.value(result, SH.sourceShape)
    value = results.value(result, SH.value)
    severity = results.value(result, SH.resultSeverity)
    # Prefer the shape's own message (written for people); pyshacl's is the fallback.
    messages = sorted(str(m) for m in shapes.objects(shape, SH.message)) if shape is not None else []
    if not messages:
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
    # Count rules report no value: show what the node has instead (predicate and inverse paths only).
    held: tuple[str, ...] = ()
    if value is None and focus is not None and isinstance(path, URIRef):
        held = tuple(sorted(short(o) for o in data.objects(focus, path)))
    elif value is None and focus is not None and path is not None:
        inverse = results.value(path, SH.inversePath) or shapes.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            held = tuple(sorted(short(s) for s in data.subjects(inverse, focus)))
    return Violation(
        focus=short(focus) if focus is not None else "(no node)",
        path=_path_text(shapes, results, path) if path is not None else None,
        rule=_rule_name(shapes, shape),
        constraint=_constraint_name(results.value(result, SH.sourceConstraintComponent)),
        value=short(value) if value is not None else None,
        message=" / ".join(messages) or "(no message)",
        severity=short(severity)[3:] if severity is not None else "Violation",
        values=held,
    )


def _count_targets(graph: rdflib.Graph, shapes: rdflib.Graph) -> int:
    """How many distinct nodes of ``graph`` some shape targets by class."""
    classes = set(shapes.objects(None, SH.targetClass))
    return len({node for cls in classes for node in graph.subjects(RDF.type, cls)})


__all__ = ["Violation", "ValidationReport", "load_shapes", "validate_graph", "validate_file", "short"]
