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


@pytest.mark.parametrize("path", [CASES / "valid" / "graph.ttl", *sorted((CASES / "invalid").glob("*.ttl"))],
                         ids=lambda p: p.stem)
def test_shacl_fast_validator_reports_what_pyshacl_reports(path):
    reference = validate_graph(rdflib.Graph().parse(path, format="turtle"))
    fast = validate_file_fast(path)
    assert _rdf11(fast) == _rdf11(reference)
    assert fast.text() == _rdf11(reference).text() or "xsd:string" in reference.text()


def test_shacl_fast_validator_agrees_on_the_seed_graph(seed_build):
    _, graph = seed_build
    reference = validate_graph(rdflib.Graph().parse(graph))
    fast = validate_file_fast(graph)
    assert fast == reference and fast.conforms and fast.checked > 50
