"""shacl.py, the fast validator over an Oxigraph store, answers as pyshacl (validate.py) does."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import rdflib

from thaigovkg.shacl import validate_file_fast
from thaigovkg.validate import validate_graph

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "shapes"


def _rdf11(report):
    """The report with ``"x"^^xsd:string`` written ``"x"``: the same RDF 1.1 literal, which Oxigraph
    (rightly) cannot tell apart and rdflib prints differently."""
    def fix(text):
        return text.replace("^^xsd:string", "") if text else text

    return dataclasses.replace(report, violations=tuple(sorted(
        (dataclasses.replace(v, value=fix(v.value), values=tuple(fix(x) for x in v.values)) for v in report.violations),
        key=lambda v: (v.rule, v.focus, v.path or "", v.constraint, v.value or ""))))


# the candidates' queries read a path whole (never few) or node by node (always few): the same report either way
@pytest.mark.parametrize("few", [10**9, 0], ids=["path-whole", "node-by-node"])
@pytest.mark.parametrize("path", [CASES / "valid" / "graph.ttl", *sorted((CASES / "invalid").glob("*.ttl"))],
                         ids=lambda p: p.stem)
def test_shacl_fast_validator_reports_what_pyshacl_reports(path, few, monkeypatch):
    monkeypatch.setattr("thaigovkg.shacl._FEW", few)
    reference = validate_graph(rdflib.Graph().parse(path, format="turtle"))
    fast = validate_file_fast(path)
    assert _rdf11(fast) == _rdf11(reference)
    assert fast.text() == _rdf11(reference).text() or "xsd:string" in reference.text()


def test_shacl_fast_validator_agrees_on_the_seed_graph(seed_build):
    _, graph = seed_build
    reference = validate_graph(rdflib.Graph().parse(graph))
    fast = validate_file_fast(graph)
    assert fast == reference and fast.conforms and fast.checked > 50


_INVERSE_SHAPES = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix tgksh: <https://w3id.org/thaigovkg/shapes#> .
tgksh:PersonShape a sh:NodeShape ; sh:name "PersonShape" ; sh:targetClass foaf:Person ;
    sh:property tgksh:OnePost .
tgksh:OnePost a sh:PropertyShape ; sh:name "OnePost" ; sh:path [ sh:inversePath org:heldBy ] ;
    sh:minCount 1 ; sh:maxCount 1 ; sh:class org:Post ; sh:message "one post holds a person" .
"""

_INVERSE_DATA = """
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix org: <http://www.w3.org/ns/org#> .
@base <https://w3id.org/thaigovkg/id/> .
<person/p1> a foaf:Person .
<person/p2> a foaf:Person .
<person/p3> a foaf:Person .
<post/s1> a org:Post ; org:heldBy <person/p1> .
<post/s2> a org:Post ; org:heldBy <person/p1> .
<article/a1> org:heldBy <person/p2> .
"""


def test_shacl_inverse_paths_report_as_pyshacl_does(monkeypatch, tmp_path):
    """Counts and value checks on ``[ sh:inversePath P ]``: the same records, the path written ``^P``."""
    from thaigovkg import shacl, validate

    shapes = rdflib.Graph().parse(data=_INVERSE_SHAPES, format="turtle")
    monkeypatch.setattr(validate, "load_shapes", lambda: shapes)
    monkeypatch.setattr(shacl, "compiled_shapes", lambda: shacl._compile(shapes))
    path = tmp_path / "data.ttl"
    path.write_text(_INVERSE_DATA, encoding="utf-8")
    reference = validate_graph(rdflib.Graph().parse(path, format="turtle"))
    fast = validate_file_fast(path)
    assert fast == reference
    assert {(v.focus, v.path, v.constraint, v.value, v.values) for v in fast.violations} == {
        ("id:person/p1", "^org:heldBy", "sh:maxCount", None, ("id:post/s1", "id:post/s2")),
        ("id:person/p2", "^org:heldBy", "sh:class", "id:article/a1", ()),
        ("id:person/p3", "^org:heldBy", "sh:minCount", None, ()),
    }


def test_shacl_other_complex_paths_are_refused():
    from thaigovkg import shacl

    shapes = rdflib.Graph().parse(data=_INVERSE_SHAPES.replace(
        "[ sh:inversePath org:heldBy ]", "( org:heldBy org:postIn )"), format="turtle")
    with pytest.raises(NotImplementedError, match="inverse"):
        shacl._compile(shapes)


def _loaded(path):
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load(path=str(path))
    return store


def _iris(store) -> set[str]:
    import pyoxigraph

    return {term.value for quad in store for term in (quad.subject, quad.object)
            if isinstance(term, pyoxigraph.NamedNode)}


@pytest.mark.parametrize("path", sorted((CASES / "invalid").glob("*.ttl")), ids=lambda p: p.stem)
def test_shacl_checking_some_nodes_reports_what_checking_all_reports_of_them(path):
    """A store update validates only the nodes it changed: the same violations, for those nodes."""
    from thaigovkg.shacl import validate_store
    from thaigovkg.shapes import short

    store = _loaded(path)
    whole = validate_store(store)
    assert validate_store(store, focus=_iris(store)).violations == whole.violations
    some = sorted(_iris(store))[::2]
    shown = {short(rdflib.URIRef(iri)) for iri in some}
    assert validate_store(store, focus=some).violations == tuple(v for v in whole.violations if v.focus in shown)


def test_shacl_a_store_on_disk_checked_by_two_threads_gives_one_report(tmp_path):
    import pyoxigraph

    from thaigovkg.shacl import validate_store

    broken = sorted((CASES / "invalid").glob("*.ttl"))
    location = tmp_path / "store"
    store = pyoxigraph.Store(str(location))
    for path in broken:
        store.bulk_load(path=str(path))
    alone = validate_store(store)
    assert not alone.conforms
    assert validate_store(store, jobs=2) == alone
