"""The shapes against hand-made graphs: the valid graph conforms, each invalid
graph breaks exactly the rule its header names; the ontology declares every
``tgk:`` term the code and the shapes use."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SH

ROOT = Path(__file__).resolve().parents[1]
try:  # an editable install makes this unnecessary; a bare checkout needs src/ on the path
    import thaigovkg  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(ROOT / "src"))

from thaigovkg.resources import ontology_file, shapes_dir  # noqa: E402
from thaigovkg.validate import load_shapes, validate_file  # noqa: E402
from thaigovkg.vocab import TGK  # noqa: E402

CASES = ROOT / "tests" / "shapes"
INVALID = sorted((CASES / "invalid").glob("*.ttl"))
VALID = sorted((CASES / "valid").glob("*.ttl"))
TGK_NS = str(TGK._NS)
TGK_TERMS = sorted(TGK.__annotations__)


def expected_rule(path: Path) -> str:
    """The rule an invalid case must break: its ``# expect: Rule`` header, else its file name up to '-'."""
    match = re.search(r"^# expect: (\S+)", path.read_text(encoding="utf-8"), re.MULTILINE)
    return match.group(1) if match else path.stem.split("-", 1)[0]


def shape_rules() -> set[str]:
    """The sh:name of every property shape: the rules a report can name."""
    shapes = load_shapes()
    return {str(shapes.value(s, SH.name)) for s in shapes.subjects(RDF.type, SH.PropertyShape)}


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_shapes_valid_graph_conforms(path: Path) -> None:
    report = validate_file(path)
    assert report.conforms, report.text()
    assert report.violations == (), report.text()


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_shapes_invalid_graph_breaks_its_rule(path: Path) -> None:
    rule = expected_rule(path)
    report = validate_file(path)
    assert not report.conforms, f"{path.name} conforms but should break {rule}"
    assert report.rules() == (rule,), f"{path.name}: expected only {rule}\n{report.text()}"
    assert rule in report.text()


def test_shapes_every_rule_has_an_invalid_case() -> None:
    covered = {expected_rule(p) for p in INVALID}
    assert shape_rules() - covered == set()
    assert covered - shape_rules() == set(), "a case expects a rule no shape defines"


def test_shapes_required_cases_exist() -> None:
    names = {p.stem for p in INVALID}
    for required in ("OrganizationLabel", "OrganizationParent-department", "AwardRecipient",
                     "CeremonyDate-thai-string", "CeremonyDate-xsd-string"):
        assert required in names


def test_shapes_every_shape_has_iri_name_and_message() -> None:
    shapes = load_shapes()
    names: list[str] = []
    for kind in (SH.NodeShape, SH.PropertyShape):
        for shape in shapes.subjects(RDF.type, kind):
            assert isinstance(shape, rdflib.URIRef), f"blank {kind} shape"
            assert str(shape).startswith("https://w3id.org/thaigovkg/shapes#")
            name = shapes.value(shape, SH.name)
            assert name is not None and str(name) == str(shape).rsplit("#", 1)[1]
            names.append(str(name))
            if kind == SH.PropertyShape:
                assert shapes.value(shape, SH.message) is not None, f"{name} has no sh:message"
            else:
                assert shapes.value(shape, SH.targetClass) is not None, f"{name} has no sh:targetClass"
    assert len(names) == len(set(names)), "two shapes share a name"
    # pyshacl is far slower with sh:or; a simpler form always worked so far
    assert not list(shapes.subjects(SH["or"], None))


def test_shapes_one_file_per_main_class() -> None:
    files = {p.name for p in shapes_dir().glob("*.ttl")}
    assert {"organization.ttl", "person.ttl", "event.ttl", "award.ttl", "article.ttl"} <= files


def test_shapes_use_only_declared_tgk_terms() -> None:
    shapes = load_shapes()
    used = {str(t)[len(TGK_NS):] for triple in shapes for t in triple
            if isinstance(t, rdflib.URIRef) and str(t).startswith(TGK_NS)}
    assert used - set(TGK_TERMS) == set()


# ---------------------------------------------------------------- ontology

@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_file("thaigovkg.ttl"), format="turtle")


def test_ontology_header(ontology: rdflib.Graph) -> None:
    from rdflib import DCTERMS

    onto = rdflib.URIRef("https://w3id.org/thaigovkg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in ontology
    for prop in (DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.created, OWL.versionInfo):
        assert ontology.value(onto, prop) is not None, prop


@pytest.mark.parametrize("term", TGK_TERMS)
def test_ontology_declares_term(ontology: rdflib.Graph, term: str) -> None:
    iri = TGK[term]
    kinds = set(ontology.objects(iri, RDF.type))
    allowed = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    assert kinds & allowed, f"tgk:{term} is not declared"
    langs = {lbl.language for lbl in ontology.objects(iri, RDFS.label)}
    assert {"th", "en"} <= langs, f"tgk:{term} needs rdfs:label @th and @en"
    comments = [c for c in ontology.objects(iri, RDFS.comment) if c.language == "en"]
    assert comments, f"tgk:{term} needs an English rdfs:comment"
    if OWL.Class in kinds:
        assert ontology.value(iri, RDFS.subClassOf) is not None, f"tgk:{term} is tied to nothing"


def test_ontology_declares_nothing_else(ontology: rdflib.Graph) -> None:
    declared = {str(s)[len(TGK_NS):] for s in ontology.subjects(RDF.type, None)
                if str(s).startswith(TGK_NS)}
    assert declared == set(TGK_TERMS)


def test_ontology_reuses_standard_vocabularies(ontology: rdflib.Graph) -> None:
    from rdflib import FOAF, SKOS

    org = rdflib.Namespace("http://www.w3.org/ns/org#")
    schema = rdflib.Namespace("https://schema.org/")
    # a subclass chain without inference: Department ⊑ GovernmentAgency ⊑ org:FormalOrganization ⊑ org:Organization
    assert org.FormalOrganization in set(ontology.transitive_objects(TGK.Department, RDFS.subClassOf))
    assert (TGK.AwardCeremony, RDFS.subClassOf, schema.Event) in ontology
    assert (TGK.AwardProgramme, RDFS.subClassOf, SKOS.ConceptScheme) in ontology
    assert (TGK.AwardBranch, RDFS.subClassOf, SKOS.Concept) in ontology
    assert (TGK.AwardedWork, RDFS.subClassOf, schema.CreativeWork) in ontology
    assert (TGK.abbreviation, RDFS.subPropertyOf, SKOS.altLabel) in ontology
    assert (TGK.presenter, RDFS.range, FOAF.Person) in ontology
    assert (TGK.recipient, RDFS.range, org.Organization) in ontology
