"""Check a graph against the SHACL shapes: pyshacl (the reference), or the fast validator for large graphs.

``validate_graph`` runs pyshacl and reads its RDF results graph into the plain
``Violation`` records of ``shapes.py``; ``validate_path`` is what ``thaigovkg
validate`` calls: it picks the engine for an RDF file or a store folder (the fast
one of ``shacl.py`` for stores and large files). Validation runs without
inference: the builder states every class it means (``tgk:Department`` *and*
``org:Organization``), and inference would be slow.

Who calls whom: ``pipeline`` → ``shacl`` (fast) and ``validate`` (pyshacl, when
asked); ``validate`` → ``shacl``, ``store``; both validators → ``shapes``.
"""
from __future__ import annotations

from pathlib import Path

import rdflib
from rdflib import URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH
from rdflib.util import guess_format

from .shapes import ValidationReport, Violation, load_shapes, plural, rule_name, short, sort_key
from .vocab import RDF


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
        key=sort_key,
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
        rule=rule_name(shapes, shape),
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


__all__ = ["Violation", "ValidationReport", "load_shapes", "validate_graph", "validate_file", "validate_path", "short",
           "plural", "ENGINES"]
