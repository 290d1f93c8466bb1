"""Checks on the award taxonomy ontology/awards.ttl (the extractor's gazetteer of programmes and terms)."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

AWARDS_TTL = Path(__file__).parents[1] / "ontology" / "awards.ttl"
TGK = Namespace("https://w3id.org/thaigovkg/ontology#")
ID_BASE = "https://w3id.org/thaigovkg/id/"
KINDS = {TGK.AwardBranch: "branch", TGK.AwardCategory: "category", TGK.AwardLevel: "level"}
PSEA = URIRef(ID_BASE + "programme/psea")

# Terms the gold annotations (../shared/gold) use, as the articles write them.
SEED_TERMS = {
    "branch": ["บริการภาครัฐ", "คุณภาพการบริหารจัดการภาครัฐ", "การบริหารราชการแบบมีส่วนร่วม"],
    "category": ["สัมฤทธิผลประชาชนมีส่วนร่วม", "เลื่องลือขยายผล", "เปิดใจใกล้ชิดประชาชน", "ผู้นำหุ้นส่วนความร่วมมือ",
                 "นวัตกรรมการบริการ", "ขยายผลมาตรฐานการบริการ", "บริการตอบโจทย์ตรงใจ", "ขับเคลื่อนเห็นผล",
                 "หมวด 1 ด้านการนำองค์การและความรับผิดชอบต่อสังคม", "หมวด 1 การนำองค์การและความรับผิดชอบต่อสังคม",
                 "หมวด 6 ด้านกระบวนการคุณภาพและนวัตกรรม", "PMQA 4.0", "รางวัลพิเศษ"],
    "level": ["ดี", "ดีเด่น", "ก้าวหน้า", "ระดับก้าวหน้า (Advance)", "ชนะเลิศ", "รองชนะเลิศอันดับ 1",
              "รองชนะเลิศอันดับ 2", "ต้นแบบการพัฒนานวัตกรรม"],
}
# Programme names as the gold and the news write them.
SEED_PROGRAMMES = ["รางวัลเลิศรัฐ", "รางวัลสุดยอดนวัตกรรมสำนักงานปลัดกระทรวงมหาดไทย", "รางวัลคุณภาพแห่งชาติ",
                   "รางวัลรัฐบาลดิจิทัล", "ศูนย์ราชการสะดวก", "PSEA", "TQA", "GECC", "Excellent Innovation Award"]


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(AWARDS_TTL, format="turtle")
    return g


def _programmes(g: Graph) -> set:
    return set(g.subjects(RDF.type, TGK.AwardProgramme))


def _concepts(g: Graph) -> set:
    found = set(g.subjects(RDF.type, SKOS.Concept))
    for kind in KINDS:
        found |= set(g.subjects(RDF.type, kind))
    return found


def _kind(g: Graph, c) -> str:
    kinds = [name for cls, name in KINDS.items() if (c, RDF.type, cls) in g]
    assert len(kinds) == 1, f"{c} has kinds {kinds}"
    return kinds[0]


def _labels(g: Graph, node) -> list[Literal]:
    return [o for p in (SKOS.prefLabel, SKOS.altLabel) for o in g.objects(node, p)]


def _key(label: Literal) -> str:
    return "".join(str(label).split())


def test_parses_and_is_not_empty(graph):
    assert len(graph) > 100
    assert PSEA in _programmes(graph)
    assert len(_concepts(graph)) > 40


def test_programmes_are_schemes_with_th_and_en_names(graph):
    for p in _programmes(graph):
        assert (p, RDF.type, SKOS.ConceptScheme) in graph, p
        langs = [lbl.language for lbl in graph.objects(p, SKOS.prefLabel)]
        assert langs.count("th") == 1 and langs.count("en") == 1, (p, langs)


def test_administered_by_points_at_reference_keys(graph):
    for p, org in graph.subject_objects(TGK.administeredBy):
        assert str(org).startswith(ID_BASE + "org/"), (p, org)
    assert (PSEA, TGK.administeredBy, URIRef(ID_BASE + "org/opdc")) in graph


def test_every_concept_is_well_formed(graph):
    programmes = _programmes(graph)
    for c in _concepts(graph):
        assert (c, RDF.type, SKOS.Concept) in graph, c
        _kind(graph, c)
        th_prefs = [lbl for lbl in graph.objects(c, SKOS.prefLabel) if lbl.language == "th"]
        assert len(th_prefs) == 1, (c, th_prefs)
        schemes = list(graph.objects(c, SKOS.inScheme))
        assert len(schemes) == 1 and schemes[0] in programmes, (c, schemes)
        for top in graph.objects(c, SKOS.topConceptOf):
            assert top == schemes[0], c
        assert str(c).startswith(str(schemes[0]) + "/"), c


def test_labels_unique_per_scheme_and_kind(graph):
    seen: dict[tuple, dict[str, URIRef]] = defaultdict(dict)
    for c in _concepts(graph):
        scheme = next(graph.objects(c, SKOS.inScheme))
        bucket = seen[(scheme, _kind(graph, c))]
        for key in {_key(lbl) for lbl in _labels(graph, c)}:
            assert bucket.setdefault(key, c) == c, f"label {key!r} on both {bucket[key]} and {c}"


def test_broader_is_a_branch_or_tier_of_the_same_scheme(graph):
    for c in _concepts(graph):
        broader = list(graph.objects(c, SKOS.broader))
        if _kind(graph, c) != "category":
            assert not broader, c
            continue
        assert len(broader) <= 1, c
        for b in broader:
            # a category's branch, or the tier it distinguishes (TQC Plus: ด้านลูกค้า)
            assert (b, RDF.type, TGK.AwardBranch) in graph or (b, RDF.type, TGK.AwardLevel) in graph, (c, b)
            assert set(graph.objects(b, SKOS.inScheme)) == set(graph.objects(c, SKOS.inScheme)), (c, b)


def test_iris_are_ascii(graph):
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                assert str(term).isascii(), term


def test_labels_are_trimmed_and_nonempty(graph):
    for s, p, o in graph:
        if p in (SKOS.prefLabel, SKOS.altLabel):
            assert str(o) and str(o) == str(o).strip() and "  " not in str(o), (s, o)
            assert o.language in ("th", "en"), (s, o)


def test_psea_has_three_branches_and_the_2565_special_award(graph):
    branches = {str(next(lbl for lbl in graph.objects(b, SKOS.prefLabel) if lbl.language == "th"))
                for b in graph.subjects(SKOS.inScheme, PSEA) if (b, RDF.type, TGK.AwardBranch) in graph}
    assert branches == {"บริการภาครัฐ", "คุณภาพการบริหารจัดการภาครัฐ", "การบริหารราชการแบบมีส่วนร่วม",
                        "รางวัลพิเศษ สานพลังร่วมใจ ต้านภัยโควิด"}
    special = URIRef(ID_BASE + "programme/psea/branch/covid-special")
    assert not set(graph.subjects(SKOS.broader, special))      # no categories: an award of its own


def test_pmqa_categories_one_to_seven(graph):
    prefs = {str(lbl) for c in graph.subjects(SKOS.inScheme, PSEA)
             for lbl in graph.objects(c, SKOS.prefLabel) if lbl.language == "th"}
    for n in range(1, 8):
        assert any(p.startswith(f"หมวด {n} ") for p in prefs), n


@pytest.mark.parametrize("kind", sorted(SEED_TERMS))
def test_seed_terms_are_labels(graph, kind):
    keys = {_key(lbl) for c in _concepts(graph) if _kind(graph, c) == kind for lbl in _labels(graph, c)}
    missing = [t for t in SEED_TERMS[kind] if _key(Literal(t)) not in keys]
    assert not missing, missing


def test_seed_programme_names_are_labels(graph):
    keys = {_key(lbl) for p in _programmes(graph) for lbl in _labels(graph, p)}
    missing = [t for t in SEED_PROGRAMMES if _key(Literal(t)) not in keys]
    assert not missing, missing


def test_programme_labels_do_not_collide(graph):
    owner: dict[str, URIRef] = {}
    for p in _programmes(graph):
        for key in {_key(lbl) for lbl in _labels(graph, p)}:
            assert owner.setdefault(key, p) == p, f"programme label {key!r} on {owner[key]} and {p}"
