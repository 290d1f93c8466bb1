"""SHACL at corpus size: the shapes of ``shapes/`` checked over an Oxigraph store.

pyshacl (``validate.py``, the reference) needs the whole graph in rdflib memory
(about 1.3 GB per million triples) and walks it in Python node by node. This
module reads the same shapes and checks them with one SPARQL query per property
shape over a pyoxigraph ``Store`` (focus nodes and their values in one pass),
evaluating the constraints in Python on the grouped values. It answers with the
same ``ValidationReport`` of the same ``Violation`` records as ``validate.py``;
``tests/test_shacl.py`` holds it to pyshacl's answers on the seed graph and every
broken graph in ``tests/shapes/invalid/``.

It covers the SHACL Core parts the shapes use: ``sh:targetClass``; property
shapes with a predicate path or an inverse one (``sh:path [ sh:inversePath P ]``:
the values are the nodes ``?v`` with ``?v P ?focus``, reported as ``^P`` like
``validate.py`` does); ``sh:minCount``, ``sh:maxCount``, ``sh:datatype``,
``sh:class``, ``sh:nodeKind``, ``sh:languageIn``, ``sh:in``, ``sh:hasValue``,
``sh:minInclusive`` / ``sh:maxInclusive`` (and the exclusive pair),
``sh:uniqueLang``, ``sh:qualifiedValueShape`` with ``sh:qualifiedMinCount`` /
``sh:qualifiedMaxCount``, ``sh:severity``, ``sh:deactivated``. A shape using
anything else raises ``NotImplementedError`` naming it, so the fast path can
never silently check less than the reference.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import rdflib
from pyoxigraph import BlankNode as OxBlankNode, Literal as OxLiteral, NamedNode as OxNamedNode
from rdflib import BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from .shapes import ValidationReport, Violation, load_shapes, rule_name, short, sort_key
from .vocab import RDF, XSD

RDF_LANGSTRING = str(RDF.langString)
_KNOWN = {SH.targetClass, SH.property, SH.name, SH.description, SH.message, SH.path, SH.minCount, SH.maxCount,
          SH.datatype, SH["class"], SH.nodeKind, SH.languageIn, SH["in"], SH.hasValue, SH.minInclusive,
          SH.maxInclusive, SH.minExclusive, SH.maxExclusive, SH.uniqueLang, SH.qualifiedValueShape,
          SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.severity, SH.deactivated, SH.order, SH.group,
          RDF.type, rdflib.RDFS.comment, rdflib.RDFS.label}


@dataclass
class _Constraints:
    """The constraints of one shape (a property shape, or an inline qualified value shape)."""

    node: rdflib.term.Node
    name: str = ""
    path: URIRef | None = None
    inverse: bool = False                       # sh:path [ sh:inversePath path ]
    message: str = ""
    severity: str = "Violation"
    min_count: int | None = None
    max_count: int | None = None
    datatype: str | None = None
    classes: tuple[str, ...] = ()
    node_kind: str | None = None
    languages: tuple[str, ...] | None = None
    allowed: frozenset | None = None           # sh:in, as N-Triples strings of the terms
    has_value: str | None = None
    bounds: tuple[tuple[str, Literal], ...] = ()
    unique_lang: bool = False
    qualified: _Constraints | None = None
    qualified_min: int | None = None
    qualified_max: int | None = None


@dataclass
class _NodeShape:
    node: rdflib.term.Node
    classes: tuple[str, ...]
    properties: list[_Constraints] = field(default_factory=list)


@functools.lru_cache(maxsize=1)
def compiled_shapes() -> tuple[_NodeShape, ...]:
    """The node shapes of ``shapes/`` with their property shapes, read once."""
    return _compile(load_shapes())


def _compile(shapes: rdflib.Graph) -> tuple[_NodeShape, ...]:
    result = []
    for node in sorted(set(shapes.subjects(SH.targetClass, None)), key=str):
        if shapes.value(node, SH.deactivated) == Literal(True):
            continue
        _check_known(shapes, node)
        classes = tuple(sorted(str(c) for c in shapes.objects(node, SH.targetClass)))
        shape = _NodeShape(node, classes)
        for prop in sorted(shapes.objects(node, SH.property), key=str):
            if shapes.value(prop, SH.deactivated) == Literal(True):
                continue
            shape.properties.append(_constraints(shapes, prop))
        result.append(shape)
    return tuple(result)


def _check_known(shapes: rdflib.Graph, node: rdflib.term.Node) -> None:
    unknown = {p for p in shapes.predicates(node, None)} - _KNOWN
    if unknown:
        raise NotImplementedError(f"the fast validator does not know {', '.join(sorted(map(short, unknown)))} "
                                  f"(in shape {short(node)}): use validate.validate_graph (pyshacl)")


def _constraints(shapes: rdflib.Graph, node: rdflib.term.Node) -> _Constraints:


    _check_known(shapes, node)
    value = functools.partial(shapes.value, node)
    path, inverse = value(SH.path), False
    if path is not None and not isinstance(path, URIRef):
        inner = shapes.value(path, SH.inversePath)
        if not isinstance(inner, URIRef) or set(shapes.predicate_objects(path)) != {(SH.inversePath, inner)}:
            raise NotImplementedError(f"the fast validator checks predicate paths and inverse predicate paths only "
                                      f"(shape {short(node)})")
        path, inverse = inner, True
    messages = sorted(str(m) for m in shapes.objects(node, SH.message))
    severity = value(SH.severity)
    c = _Constraints(node=node, name=rule_name(shapes, node), path=path, inverse=inverse, message=" / ".join(messages),
                     severity=short(severity)[3:] if severity is not None else "Violation")
    if value(SH.minCount) is not None:
        c.min_count = int(value(SH.minCount))
    if value(SH.maxCount) is not None:
        c.max_count = int(value(SH.maxCount))
    if value(SH.datatype) is not None:
        c.datatype = str(value(SH.datatype))
    c.classes = tuple(sorted(str(x) for x in shapes.objects(node, SH["class"])))
    if value(SH.nodeKind) is not None:
        c.node_kind = str(value(SH.nodeKind))
    if value(SH.languageIn) is not None:
        c.languages = tuple(str(x).lower() for x in Collection(shapes, value(SH.languageIn)))
    if value(SH["in"]) is not None:
        c.allowed = frozenset(_key(x) for x in Collection(shapes, value(SH["in"])))
    if value(SH.hasValue) is not None:
        c.has_value = _key(value(SH.hasValue))
    c.bounds = tuple((name, value(SH[name])) for name in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive")
                     if value(SH[name]) is not None)
    c.unique_lang = value(SH.uniqueLang) == Literal(True)
    if value(SH.qualifiedValueShape) is not None:
        c.qualified = _constraints(shapes, value(SH.qualifiedValueShape))
        if value(SH.qualifiedMinCount) is not None:
            c.qualified_min = int(value(SH.qualifiedMinCount))
        if value(SH.qualifiedMaxCount) is not None:
            c.qualified_max = int(value(SH.qualifiedMaxCount))
    return c


def _key(term: rdflib.term.Node) -> str:
    """A term as comparable text: an IRI as itself, a literal with its language or datatype."""
    if isinstance(term, Literal):
        return f"L\x1f{term}\x1f{(term.language or '').lower()}\x1f{term.datatype or ''}"
    return f"I\x1f{term}"


# ---------------------------------------------------------------- the check

def validate_store(store, focus: Iterable[str] | None = None, jobs: int = 1) -> ValidationReport:
    """The report of checking a pyoxigraph ``Store`` (default graph) against the shapes, like pyshacl's.

    ``focus`` (IRIs) checks only those nodes, as the shapes would check them in the whole
    graph: what a store update changed, when the store conformed before. The whole store may
    be checked by ``jobs`` threads, each taking a share of the property shapes (Oxigraph runs
    a query without the interpreter's lock; on disk each query waits on lookups: a second core
    halves the time). Threads, not processes: they share the store and what it has read into
    memory, where a second process read the same data again (measured on the full corpus's
    store: one process of 0.57 GB against two of 0.25 + 0.42).
    """
    rules = [(shape, prop) for shape in compiled_shapes() for prop in shape.properties]
    if focus is None and jobs > 1:
        violations = _in_threads(store, rules, jobs)
    else:
        violations = _check_rules(_Checker(store, focus), rules, range(len(rules)))
    violations.sort(key=sort_key)
    # like pyshacl with allow_warnings: only results of severity Violation make a graph fail
    conforms = not any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=conforms, violations=tuple(violations),
                            checked=_Checker(store, focus).targeted({cls for shape, _ in rules for cls in shape.classes}))


def _check_rules(checker: _Checker, rules: list, which: Iterable[int]) -> list[Violation]:
    violations = []
    for index in which:
        shape, prop = rules[index]
        for node in checker.candidates(shape.classes, prop):
            violations += checker.check(prop, node, checker.values(node, prop))
    return violations


def _in_threads(store, rules: list, jobs: int) -> list[Violation]:
    """The rules shared among ``jobs`` threads (this one included), by the number of nodes each targets."""
    from concurrent.futures import ThreadPoolExecutor

    sizes: dict[tuple, int] = {}
    for shape, _ in rules:
        if shape.classes not in sizes:
            values = " ".join(f"<{c}>" for c in shape.classes)
            rows = store.query("SELECT (COUNT(?f) AS ?n) WHERE { VALUES ?c { %s } ?f a ?c }" % values)
            sizes[shape.classes] = int(next(iter(rows))[0].value)
    shares: list[list[int]] = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for index in sorted(range(len(rules)), key=lambda i: -sizes[rules[i][0].classes]):
        least = loads.index(min(loads))
        shares[least].append(index)
        loads[least] += sizes[rules[index][0].classes] + 1
    with ThreadPoolExecutor(max_workers=jobs - 1, thread_name_prefix="thaigovkg-shacl") as pool:
        others = [pool.submit(_check_rules, _Checker(store), rules, share) for share in shares[1:] if share]
        violations = _check_rules(_Checker(store), rules, shares[0])
        for future in others:
            violations += future.result()
    return violations


def validate_file_fast(path: str | Path) -> ValidationReport:
    """The report for an RDF file (any format Oxigraph reads, by its suffix), checked over a store."""
    from pyoxigraph import Store

    store = Store()
    store.bulk_load(path=str(path))
    return validate_store(store)


#: A path with more than this many triples per focus node is read node by node (``_few_of_the_path``).
_FEW = 4


class _Checker:
    """Checks the shapes' constraints, node by node, on the nodes that may break them.

    Which nodes may: over the whole graph, SPARQL queries evaluated inside Oxigraph find
    them (nodes without a required value, with too many, with a value failing a test that
    Oxigraph can run; a value the test cannot be sure of counts as failing), so the store's
    millions of terms are never turned into Python objects; with ``focus``, the focus nodes.
    Every node found is then checked exactly in Python, so the queries only save time and
    the report is the same as checking every node.
    """

    def __init__(self, store, focus: Iterable[str] | None = None):
        self.store = store
        self.focus = None if focus is None else [OxNamedNode(iri) for iri in sorted(set(focus))]
        # rdf:type/rdfs:subClassOf* only when the data has subclass statements: the plain join is faster
        has_subclasses = self.store.query(f"ASK {{ ?a <{rdflib.RDFS.subClassOf}> ?b }}")
        self.typed = f"a/<{rdflib.RDFS.subClassOf}>*" if has_subclasses else "a"
        from pyoxigraph import DefaultGraph
        self._default_graph = DefaultGraph()
        self._rdf_type = OxNamedNode(str(RDF.type))
        self._types: dict = {}
        self._sizes: dict[str, int] = {}

    # ---- which nodes

    def targeted(self, classes: set[str]) -> int:
        """How many distinct nodes some shape targets (by a class they state directly)."""
        if self.focus is not None:
            return sum(1 for node in self.focus if self._direct_types(node) & classes)
        values = " ".join(f"<{c}>" for c in sorted(classes))
        rows = self.store.query("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { VALUES ?c { %s } ?f a ?c }" % values)
        return int(next(iter(rows))[0].value)

    def candidates(self, classes: tuple[str, ...], c: _Constraints) -> list:
        """The focus nodes of ``classes`` that may break ``c`` (all of them that are given, with ``focus``)."""
        if self.focus is not None:
            wanted = set(classes)
            return [node for node in self.focus if self.types(node) & wanted]
        found = set()
        for query in self._queries(classes, c):
            found.update(row[0] for row in self.store.query(query))
        return sorted(found, key=lambda node: node.value)

    def _queries(self, classes: tuple[str, ...], c: _Constraints) -> list[str]:
        """One query: the focus nodes, each with the counts of its values (all, and those passing each test),
        kept when some count or test may fail.

        The counts come from a sub-select over every triple of the path, grouped by node, joined to the
        focus nodes by hash; a class test is a hash join too (a sub-select of the class's members). So the
        query reads each triple of the path once in index order, and its time grows with the graph's size:
        a join that looks up each focus node's values (or an ``EXISTS`` per value) instead costs a random
        index read per node, and those grow dearer as the store outgrows the caches (measured: 7 times the
        time for 4 times the articles, against 4.2 times this way)."""
        focus = "VALUES ?c { %s } ?f %s ?c ." % (" ".join(f"<{k}>" for k in classes), self.typed)
        path = f"<{c.path}>"
        joins: list[str] = []        # the sub-select's hash joins (class tests), filled by ``_value_test``
        counts: list[str] = ["(COUNT(?v) AS ?n)"]   # one row per value: triples are a set (no DISTINCT needed)

        def count(aggregate: str) -> str:      # an aggregate of the values, 0 for a node without any
            name = f"?a{len(counts)}"
            counts.append(f"({aggregate} AS {name})")
            return f"COALESCE({name}, 0)"

        def share(test: str) -> str:       # how many values pass ``test`` (an error counts as not passing)
            return count(f"SUM(IF(COALESCE({test}, false), 1, 0))")
        every = "COALESCE(?n, 0)"
        may_fail = []
        if c.min_count:
            may_fail.append(f"{every} < {c.min_count}")
        if c.max_count is not None:
            may_fail.append(f"{every} > {c.max_count}")
        test = self._value_test(c, joins)
        if test is not None:
            may_fail.append(f"{share(test)} < {every}")
        if c.has_value is not None:
            may_fail.append(f"{share(_sparql_key(c.has_value))} = 0")
        if c.unique_lang:
            may_fail.append(f"{count('COUNT(?lang)')} > {count('COUNT(DISTINCT ?lang)')}")
        if c.qualified is not None:
            if c.qualified_min:
                may_fail.append(f"{share(self._value_test(c.qualified, joins) or 'true')} < {c.qualified_min}")
            if c.qualified_max is not None:    # counted exactly in Python: every node with a value
                may_fail.append(f"{every} > 0")
        if not may_fail:
            return []
        edge = f"?v {path} ?f ." if c.inverse else f"?f {path} ?v ."
        if self._few_of_the_path(focus, path, c.inverse):
            edge = "{ SELECT DISTINCT ?f WHERE { %s } } %s" % (focus, edge)
        language = " BIND (IF(lang(?v) != '', LCASE(lang(?v)), ?none) AS ?lang)" if c.unique_lang else ""
        values = "SELECT ?f %s WHERE { %s%s%s } GROUP BY ?f" % (" ".join(counts), edge, "".join(joins), language)
        return ["SELECT ?f WHERE { %s OPTIONAL { %s } FILTER (%s) }"
                % (focus, values, " || ".join(f"COALESCE({test}, true)" for test in may_fail))]

    def _few_of_the_path(self, focus: str, path: str, inverse: bool) -> bool:
        """Whether the focus nodes are few beside the path's triples (``a`` over every typed node, for a class
        of a few hundred): then the sub-select counts the focus nodes' values only, looked up node by node,
        instead of grouping every triple of the path (measured on the corpus's store: for the type tests,
        a tenth of the time and a twentieth of the memory, which grew with the store)."""
        focus_count = self._size("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { %s }" % focus)
        ends = "?v %s ?f" % path if inverse else "?f %s ?v" % path
        return focus_count * _FEW < self._size("SELECT (COUNT(*) AS ?n) WHERE { %s }" % ends)

    def _size(self, query: str) -> int:
        if query not in self._sizes:
            self._sizes[query] = int(next(iter(self.store.query(query)))[0].value)
        return self._sizes[query]

    def _value_test(self, c: _Constraints, joins: list[str]) -> str | None:
        """A SPARQL test of ``?v`` that passes only values that pass ``c``'s value constraints (it may fail
        some that pass: they are checked again in Python); None when ``c`` has none. A class test adds to
        ``joins`` a hash join binding a variable for the class's members."""
        tests = []
        if c.datatype is not None:
            tests.append(_datatype_test(c.datatype))
        for cls in c.classes:
            member = f"?is{len(joins)}"
            joins.append(f" OPTIONAL {{ SELECT DISTINCT ?v {member} WHERE {{ ?v {self.typed} <{cls}> . "
                         f"BIND (true AS {member}) }} }}")
            tests.append(f"BOUND({member})")
        if c.node_kind is not None:
            kinds = {str(SH.IRI): "isIRI(?v)", str(SH.BlankNode): "isBlank(?v)", str(SH.Literal): "isLiteral(?v)",
                     str(SH.BlankNodeOrIRI): "(isBlank(?v) || isIRI(?v))",
                     str(SH.BlankNodeOrLiteral): "(isBlank(?v) || isLiteral(?v))",
                     str(SH.IRIOrLiteral): "(isIRI(?v) || isLiteral(?v))"}
            tests.append(kinds.get(c.node_kind, "false"))
        if c.languages is not None:
            tags = " || ".join("true" if tag == "*" else f"LCASE(lang(?v)) = {_string(tag)} || "
                               f"STRSTARTS(LCASE(lang(?v)), {_string(tag + '-')})" for tag in c.languages)
            tests.append(f"(isLiteral(?v) && lang(?v) != '' && ({tags or 'false'}))")
        if c.allowed is not None:
            tests.append("(" + (" || ".join(_sparql_key(key) for key in sorted(c.allowed)) or "false") + ")")
        if c.has_value is not None:
            tests.append(_sparql_key(c.has_value))
        for name, bound in c.bounds:
            operator = {"minInclusive": ">=", "maxInclusive": "<=", "minExclusive": ">", "maxExclusive": "<"}[name]
            comparable = bound.datatype is not None and (str(bound.datatype) in _INTEGER_TYPES or str(bound.datatype)
                                                         in (_XSD_DECIMAL, _XSD_DATE, *_XSD_FLOATS))
            tests.append(f"(?v {operator} {bound.n3()})" if comparable else "false")
        return " && ".join(tests) if tests else None

    # ---- one node

    def values(self, node, c: _Constraints) -> list:
        """``node``'s values on ``c``'s path (with ``^path``, the subjects that point at it)."""
        predicate = OxNamedNode(str(c.path))
        if c.inverse:
            return [q.subject for q in self.store.quads_for_pattern(None, predicate, node, self._default_graph)]
        return [q.object for q in self.store.quads_for_pattern(node, predicate, None, self._default_graph)]

    def _direct_types(self, node) -> set[str]:
        return {q.object.value for q in self.store.quads_for_pattern(node, self._rdf_type, None, self._default_graph)}

    def types(self, node) -> set[str]:
        """The classes of ``node`` (and their superclasses, when the data states rdfs:subClassOf)."""
        if node not in self._types:
            found = self._direct_types(node)
            if self.typed != "a":
                found = {wider for cls in found for wider in self._superclasses(cls)}
            self._types[node] = found
        return self._types[node]

    @functools.lru_cache(maxsize=None)
    def _superclasses(self, cls: str) -> frozenset[str]:
        rows = self.store.query(f"SELECT ?c WHERE {{ <{cls}> <{rdflib.RDFS.subClassOf}>* ?c }}")
        return frozenset({cls} | {row[0].value for row in rows})

    def is_a(self, value, cls: str) -> bool:
        return not _is_literal(value) and cls in self.types(value)

    def check(self, c: _Constraints, focus, values: list) -> list[Violation]:
        found = []

        def fail(component: str, value=None):
            found.append(self.violation(c, focus, component, value, values))

        if c.min_count is not None and len(values) < c.min_count:
            fail("minCount")
        if c.max_count is not None and len(values) > c.max_count:
            fail("maxCount")
        for value in values:
            if c.datatype is not None and not _has_datatype(value, c.datatype):
                fail("datatype", value)
            for cls in c.classes:
                if not self.is_a(value, cls):
                    fail("class", value)
            if c.node_kind is not None and not _has_kind(value, c.node_kind):
                fail("nodeKind", value)
            if c.languages is not None and not _in_languages(value, c.languages):
                fail("languageIn", value)
            if c.allowed is not None and _ox_key(value) not in c.allowed:
                fail("in", value)
            for name, bound in c.bounds:
                if not _within(value, name, bound):
                    fail(name, value)
        if c.has_value is not None and c.has_value not in {_ox_key(v) for v in values}:
            fail("hasValue")
        if c.unique_lang:
            languages = [v.language.lower() for v in values if _is_literal(v) and v.language]
            for language in sorted({lang for lang in languages if languages.count(lang) > 1}):
                fail("uniqueLang")
        if c.qualified is not None:
            conforming = sum(1 for v in values if self._conforms_alone(c.qualified, v))
            if c.qualified_min is not None and conforming < c.qualified_min:
                fail("qualifiedMinCount")
            if c.qualified_max is not None and conforming > c.qualified_max:
                fail("qualifiedMaxCount")
        return found

    def _conforms_alone(self, c: _Constraints, value) -> bool:
        """Whether a single value node conforms to an inline (node) shape: its value-type constraints."""
        if c.datatype is not None and not _has_datatype(value, c.datatype):
            return False
        if any(not self.is_a(value, cls) for cls in c.classes):
            return False
        if c.node_kind is not None and not _has_kind(value, c.node_kind):
            return False
        if c.languages is not None and not _in_languages(value, c.languages):
            return False
        if c.allowed is not None and _ox_key(value) not in c.allowed:
            return False
        if c.has_value is not None and _ox_key(value) != c.has_value:
            return False
        return all(_within(value, name, bound) for name, bound in c.bounds)

    def violation(self, c: _Constraints, focus, component: str, value, values: list) -> Violation:
        held: tuple[str, ...] = ()
        if value is None and c.path is not None:
            held = tuple(sorted(short(_rdflib(v)) for v in values))
        constraint = "sh:" + component
        path = None if c.path is None else ("^" if c.inverse else "") + short(c.path)
        return Violation(focus=short(_rdflib(focus)), path=path,
                         rule=c.name, constraint=constraint, value=short(_rdflib(value)) if value is not None else None,
                         message=c.message or f"value does not satisfy {constraint}", severity=c.severity,
                         values=held)


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _sparql_key(key: str) -> str:
    """A SPARQL test that ``?v`` is the term ``_key`` wrote (sameTerm: a literal's case of language aside)."""
    kind, *parts = key.split("\x1f")
    if kind == "I":
        return f"sameTerm(?v, <{parts[0]}>)"
    text, language, datatype = parts
    if language:
        return f"(isLiteral(?v) && str(?v) = {_string(text)} && LCASE(lang(?v)) = {_string(language)})"
    if datatype and datatype != _XSD_STRING:
        return f"sameTerm(?v, STRDT({_string(text)}, <{datatype}>))"
    return f"sameTerm(?v, {_string(text)})"


#: Datatypes Oxigraph can cast to: a value is well formed when its text cast back is the value itself.
_CASTABLE = {str(XSD[t]) for t in ("integer", "decimal", "float", "double", "boolean", "date", "dateTime", "time")}


def _datatype_test(datatype: str) -> str:
    if datatype == RDF_LANGSTRING:
        return "(isLiteral(?v) && lang(?v) != '')"
    well_formed = (f"sameTerm(<{datatype}>(STR(?v)), ?v)" if datatype in _CASTABLE else
                   "true" if datatype == _XSD_STRING else "false")
    return f"(isLiteral(?v) && lang(?v) = '' && sameTerm(datatype(?v), <{datatype}>) && {well_formed})"


# ---------------------------------------------------------------- terms

def _is_literal(term) -> bool:
    return isinstance(term, OxLiteral)


def _rdflib(term) -> rdflib.term.Node:
    if isinstance(term, OxLiteral):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value) if datatype == _XSD_STRING else Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, OxBlankNode):
        return BNode(term.value)
    return URIRef(term.value)


def _ox_key(term) -> str:
    if _is_literal(term):
        datatype = "" if term.language or term.datatype.value == _XSD_STRING else term.datatype.value
        return f"L\x1f{term.value}\x1f{(term.language or '').lower()}\x1f{datatype}"
    return f"I\x1f{term.value}"


_KINDS = {str(SH.IRI): (OxNamedNode,), str(SH.BlankNode): (OxBlankNode,), str(SH.Literal): (OxLiteral,),
          str(SH.BlankNodeOrIRI): (OxBlankNode, OxNamedNode), str(SH.BlankNodeOrLiteral): (OxBlankNode, OxLiteral),
          str(SH.IRIOrLiteral): (OxNamedNode, OxLiteral)}


def _has_kind(term, kind: str) -> bool:
    return isinstance(term, _KINDS.get(kind, ()))


def _in_languages(term, languages: tuple[str, ...]) -> bool:
    if not _is_literal(term) or not term.language:
        return False
    language = term.language.lower()
    return any(language == tag or language.startswith(tag + "-") or tag == "*" for tag in languages)


_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_DATE = re.compile(r"-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?")
_XSD_STRING, _XSD_DECIMAL, _XSD_BOOLEAN, _XSD_DATE = (str(XSD.string), str(XSD.decimal), str(XSD.boolean),
                                                      str(XSD.date))
_XSD_FLOATS = (str(XSD.double), str(XSD.float))
_INTEGER_TYPES = {str(XSD[t]) for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                        "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                        "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}


def _has_datatype(term, datatype: str) -> bool:
    """sh:datatype: a literal of that datatype whose text is a legal value of it (ill-typed literals fail)."""
    if not _is_literal(term):
        return False
    if datatype == RDF_LANGSTRING:
        return bool(term.language)
    if term.language:
        return False
    if term.datatype.value != datatype:
        return False
    return _well_formed(term.value, datatype)


def _well_formed(text: str, datatype: str) -> bool:
    if datatype in _INTEGER_TYPES:
        return bool(_INTEGER.fullmatch(text))
    if datatype == _XSD_DECIMAL:
        return bool(_DECIMAL.fullmatch(text))
    if datatype == _XSD_BOOLEAN:
        return text in ("true", "false", "1", "0")
    if datatype == _XSD_DATE:
        if not _DATE.fullmatch(text):
            return False
        try:
            dt.date.fromisoformat(text[:10])
        except ValueError:
            return False
        return True
    if datatype in _XSD_FLOATS:
        try:
            float(text)
        except ValueError:
            return text in ("INF", "-INF", "NaN")
        return True
    return True


def _number(text: str, datatype: str):
    try:
        if datatype in _INTEGER_TYPES or datatype == _XSD_DECIMAL:
            return Decimal(text)
        if datatype in _XSD_FLOATS:
            return float(text)
        if datatype == _XSD_DATE:
            return dt.date.fromisoformat(text[:10])
    except (InvalidOperation, ValueError):
        return None
    return None


def _within(term, name: str, bound: Literal) -> bool:
    if not _is_literal(term) or term.language:
        return False
    value = _number(term.value, term.datatype.value)
    limit = _number(str(bound), str(bound.datatype or XSD.string))
    if value is None or limit is None:
        return False
    try:
        return {"minInclusive": value >= limit, "maxInclusive": value <= limit,
                "minExclusive": value > limit, "maxExclusive": value < limit}[name]
    except TypeError:   # a date against a number
        return False


__all__ = ["validate_store", "validate_file_fast", "compiled_shapes"]
