"""validate.py: pyshacl's results read into Violations and a report a person can read."""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[1]
try:  # an editable install makes this unnecessary; a bare checkout needs src/ on the path
    import thaigovkg  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(ROOT / "src"))

from thaigovkg.validate import (  # noqa: E402
    ValidationReport, Violation, load_shapes, short, validate_file, validate_graph,
)
from thaigovkg import vocab  # noqa: E402  (module, not names: pytest inspects module globals)

CASES = ROOT / "tests" / "shapes"
VALID = CASES / "valid" / "graph.ttl"
INVALID = CASES / "invalid"


@pytest.fixture(scope="module")
def valid_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(VALID, format="turtle")


def test_validate_valid_graph_conforms(valid_graph: rdflib.Graph) -> None:
    report = validate_graph(valid_graph)
    assert report.conforms
    assert report.violations == ()
    assert report.checked > 20
    assert report.text().splitlines()[0] == f"graph conforms: {report.checked} nodes checked"


def test_validate_report_names_node_rule_and_value() -> None:
    report = validate_file(INVALID / "CeremonyDate-thai-string.ttl")
    assert not report.conforms
    (violation,) = report.violations
    assert violation == Violation(
        focus="id:event/e1", path="schema:startDate", rule="CeremonyDate", constraint="sh:datatype",
        value='"18 กันยายน 2567"', message=violation.message, severity="Violation",
    )
    assert "xsd:date" in violation.message
    text = report.text()
    assert text.splitlines()[0] == "1 violation of 1 rule (3 nodes checked)"
    for part in ("id:event/e1", "CeremonyDate", '"18 กันยายน 2567"', "schema:startDate",
                 "sh:datatype", violation.message):
        assert part in text


def test_validate_report_shows_what_a_count_rule_found() -> None:
    report = validate_file(INVALID / "OrganizationParent-two-parents.ttl")
    (violation,) = report.violations
    assert violation.constraint == "sh:maxCount" and violation.value is None
    assert violation.values == ("id:org/msdhs", "id:org/opm")
    assert "found 2 values: id:org/msdhs, id:org/opm" in report.text()

    missing = validate_file(INVALID / "OrganizationParent-department.ttl")
    assert "id:org/d1 org:subOrganizationOf: found no value (sh:minCount)" in missing.text()


def test_validate_report_groups_by_rule_sorted_and_deterministic(valid_graph: rdflib.Graph) -> None:
    graph = rdflib.Graph()
    for triple in valid_graph:
        graph.add(triple)
    # break two rules, one of them on two nodes
    dsdw, nha = rdflib.URIRef(vocab.ID_BASE + "org/dsdw"), rdflib.URIRef(vocab.ID_BASE + "org/nha")
    graph.remove((dsdw, vocab.ORG.subOrganizationOf, None))
    graph.remove((nha, vocab.ORG.subOrganizationOf, None))
    graph.remove((rdflib.URIRef(vocab.ID_BASE + "org/ocp"), vocab.SKOS.prefLabel, None))
    report = validate_graph(graph)
    assert not report.conforms
    assert report.rules() == ("OrganizationLabel", "OrganizationParent")
    text = report.text()
    assert text.splitlines()[0] == f"3 violations of 2 rules ({report.checked} nodes checked)"
    assert text.index("OrganizationLabel: 1 violation") < text.index("OrganizationParent: 2 violations")
    assert text.index("id:org/dsdw") < text.index("id:org/nha")
    assert validate_graph(graph).text() == text


def test_validate_value_keeps_datatype() -> None:
    report = validate_file(INVALID / "CeremonyDate-xsd-string.ttl")
    assert report.violations[0].value == '"2024-09-18"^^xsd:string'


def test_validate_file_reads_other_formats(tmp_path: Path, valid_graph: rdflib.Graph) -> None:
    for name, fmt in (("graph.nt", "nt"), ("graph.rdf", "xml"), ("graph.turtle", "turtle")):
        path = tmp_path / name
        valid_graph.serialize(path, format=fmt, encoding="utf-8")
        assert validate_file(path).conforms, name


def test_validate_file_rejects_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.ttl"
    path.write_text('<https://w3id.org/thaigovkg/id/org/x> a <http://www.w3.org/ns/org#Organization>\n'
                    'this is not turtle .\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"broken\.ttl") as info:
        validate_file(path)
    assert "turtle" in str(info.value)
    assert len(str(info.value)) > len("cannot read broken.ttl as turtle: ")


def test_validate_file_missing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nowhere.ttl"):
        validate_file(tmp_path / "nowhere.ttl")


def test_validate_records_are_frozen() -> None:
    report = validate_file(INVALID / "AwardRecipient.ttl")
    assert isinstance(report, ValidationReport)
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.conforms = True  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.violations[0].rule = "x"  # type: ignore[misc]
    assert report.violations[0].rule == "AwardRecipient"
    assert report.violations[0].constraint == "sh:minCount"


def test_validate_load_shapes_is_cached() -> None:
    assert load_shapes() is load_shapes()
    assert len(load_shapes()) > 100


@pytest.mark.parametrize("term, text", [
    (rdflib.URIRef(vocab.ID_BASE + "org/msdhs"), "id:org/msdhs"),
    (vocab.TGK.recipient, "tgk:recipient"),
    (rdflib.URIRef("http://example.org/x"), "<http://example.org/x>"),
    (rdflib.Literal("พม.", lang="th"), '"พม."@th'),
    (rdflib.Literal("2024-09-18", datatype=vocab.XSD.date), '"2024-09-18"^^xsd:date'),
    (rdflib.Literal('say "hi"'), '"say \\"hi\\""'),
])
def test_validate_short_names(term: rdflib.term.Node, text: str) -> None:
    assert short(term) == text
