"""Places and the bodies named after them (places.py): real places are recognised, made-up ones
are not, local governments are read by type + real place, bodies sit where tests/ANNOTATION.md
puts them."""
from __future__ import annotations

import pytest

from thaigovkg.gazetteer import load_gazetteer
from thaigovkg.places import load_places


@pytest.fixture(scope="module")
def places():
    return load_places()


@pytest.mark.parametrize("name", ["น่าน", "จังหวัดน่าน", "จ.น่าน", "โคราช", "จันทบุรี", "อุดรธานี", "ตาก", "ตรัง", "อำเภอเมืองน่าน", "อำเภอบางบ่อ",
                                  "อ.บางบ่อ", "ตำบลบ้านกลาง", "ต.บ้านกลาง", "เขตบางรัก", "แขวงลุมพินี"])
def test_real_places(places, name):
    assert places.is_place(name)


@pytest.mark.parametrize("name", ["มหาวิทยาลัย", "แสดง", "จังหวัดนิวยอร์ก", "อำเภอ", "", "โรงพยาบาล", "บ้านนายสมชาย",
                                  "อนาคต", "จังหวัด"])
def test_not_places(places, name):
    assert not places.is_place(name)


def test_provinces_of_a_shared_name_are_all_listed(places):
    assert {"ลำพูน", "เชียงใหม่", "ปทุมธานี"} <= set(places.provinces_of("บ้านกลาง"))
    assert places.provinces_of("เขตบางรัก") == ("กรุงเทพมหานคร", "ตรัง")   # Bang Rak is also a tambon of Trang
    assert places.provinces_of("ลุมพินี") == ("กรุงเทพมหานคร",)


def test_province_bodies_sit_under_the_interior_ministry(places):
    gazetteer = load_gazetteer()
    for name in ("จังหวัดน่าน", "น่าน", "จ.น่าน"):
        assert places.province_body(name) == "prov_nan"
    nan = gazetteer.organization("prov_nan")
    assert (nan.name, nan.kind, nan.parent, nan.name_en) == ("จังหวัดน่าน", "province", "moi", "Nan Province")
    assert places.province_body("กรุงเทพฯ") == "bma"
    bangkok = gazetteer.organization("bma")
    assert (bangkok.name, bangkok.parent) == ("กรุงเทพมหานคร", "moi")
    assert sum(1 for o in places.bodies.values() if o.kind == "province") == 76
    assert places.province_body("นิวยอร์ก") is None
    # a province whose name opens with the letter of a short form is read whole
    for name, key in (("จันทบุรี", "prov_chanthaburi"), ("อุดรธานี", "prov_udon_thani"), ("ตาก", "prov_tak"),
                      ("จ.จันทบุรี", "prov_chanthaburi")):
        assert places.province_body(name) == key, name


def test_district_bodies_sit_under_their_province(places):
    key = places.district_body("อำเภอบางบ่อ")
    assert places.organization(key).parent == "prov_samut_prakan"
    assert places.organization(key).name_en == "Bang Bo District"
    assert places.district_body("อำเภอเมือง") is None                           # 76 of them
    lamphun = places.organization(places.district_body("อำเภอเมือง", province="ลำพูน"))
    assert (lamphun.name, lamphun.parent) == ("อำเภอเมืองลำพูน", "prov_lamphun")
    khet = places.organization(places.district_body("เขตบางรัก"))
    assert (khet.name, khet.parent) == ("สำนักงานเขตบางรัก", "bma")
    assert places.district_body("ที่ว่าการอำเภอบางบ่อ") == key
    assert places.district_body("อำเภอนิวยอร์ก") is None


def test_district_and_subdistrict_counts(places):
    districts = {d.code for ds in places.districts.values() for d in ds}
    assert len(districts) == 928
    assert sum(len(v) for v in places.subdistricts.values()) == 7436


@pytest.mark.parametrize("written, name, kind", [
    ("อบต.บ้านกลาง", "องค์การบริหารส่วนตำบลบ้านกลาง", "subdistrict_administrative_organization"),
    ("องค์การบริหารส่วนตำบล บ้านกลาง", "องค์การบริหารส่วนตำบลบ้านกลาง", "subdistrict_administrative_organization"),
    ("ทต.บ้านสวน", "เทศบาลตำบลบ้านสวน", "subdistrict_municipality"),
    ("เทศบาลเมืองหัวหิน", "เทศบาลเมืองหัวหิน", "town_municipality"),
    ("ทน.ขอนแก่น", "เทศบาลนครขอนแก่น", "city_municipality"),
    ("อบจ.น่าน", "องค์การบริหารส่วนจังหวัดน่าน", "provincial_administrative_organization"),
    ("เมืองพัทยา", "เมืองพัทยา", "special_city"),
    ("กรุงเทพมหานคร", "กรุงเทพมหานคร", "bangkok"),
])
def test_local_governments_by_pattern(places, written, name, kind):
    found = places.local_government(written)
    assert found is not None and (found.name, found.type) == (name, kind)


@pytest.mark.parametrize("written", [
    "เทศบาลตำบลแสดง",                  # a verb, no place
    "องค์การบริหารส่วนตำบลนิวยอร์ก",
    "เทศบาลตำบล",                      # the type alone
    "องค์การบริหารส่วนจังหวัดกรุงเทพมหานคร",   # Bangkok has no PAO
    "องค์การบริหารส่วนจังหวัดบ้านกลาง",       # a PAO is named after a province
    "เทศบาลนครเซี่ยงไฮ้",                 # a foreign city
    "สำนักงานเทศบาล",
    "อบต.บ้านกลาง จังหวัดนิวยอร์ก",
    "อบต.ลุมพินี",                       # a khwaeng of Bangkok, where the BMA is the only local government
])
def test_not_local_governments(places, written):
    assert places.local_government(written) is None


def test_a_written_province_places_the_local_government(places):
    found = places.local_government("อบต.บ้านกลาง อ.เมือง จ.ลำพูน")
    assert (found.name, found.provinces, found.province) == ("องค์การบริหารส่วนตำบลบ้านกลาง", ("ลำพูน",), "ลำพูน")
    assert places.local_government("อบต.บ้านกลาง", province="จังหวัดลำพูน").province == "ลำพูน"
    assert places.local_government("อบต.บ้านกลาง").province is None             # ten provinces have one
    # a place the written province does not hold: no such body
    assert places.local_government("อบต.ลุมพินี จังหวัดน่าน") is None


def test_listed_local_governments_have_a_key_and_a_province(places):
    pao = places.local_government("องค์การบริหารส่วนจังหวัดน่าน")
    assert pao.key == "pao_nan" and places.organization("pao_nan").parent == "prov_nan"
    city = places.local_government("เทศบาลนครขอนแก่น")
    assert city.provinces == ("ขอนแก่น",) and places.organization(city.key).parent == "prov_khon_kaen"
    assert places.local_government("เมืองพัทยา").key == "pattaya"
    assert places.organization("pattaya").parent == "prov_chonburi"


def test_short_forms_expand(places):
    assert places.local_government_name("อบต.บ้านกลาง") == "องค์การบริหารส่วนตำบลบ้านกลาง"
    assert places.local_government_name("ทม. หัวหิน") == "เทศบาลเมืองหัวหิน"
    assert places.local_government_name("เทศบาลนครขอนแก่น") == "เทศบาลนครขอนแก่น"


def test_gazetteer_walks_up_from_a_place_body():
    gazetteer = load_gazetteer()
    district = gazetteer.places.district_body("อำเภอบางบ่อ")
    assert gazetteer.ancestors(district) == ["prov_samut_prakan", "moi"]
    assert gazetteer.ancestors("pao_nan") == ["prov_nan", "moi"]
    assert gazetteer.organization("x-unknown") is None
    # place bodies are not in the agency table the extractor matches everywhere
    assert gazetteer.find_by_name("จังหวัดน่าน") is None
    assert gazetteer.places.find_body("จังหวัดน่าน") == "prov_nan"


def test_a_place_body_and_its_ancestors_go_to_rdf_and_conform():
    from thaigovkg import iris
    from thaigovkg.model import Article, Extraction, Organization
    from thaigovkg.to_rdf import article_graph
    from thaigovkg.validate import validate_graph
    from thaigovkg.vocab import ORG, RDF, TGK

    learned = Organization(key="x-test-sao", name="องค์การบริหารส่วนตำบลบ้านกลาง", kind="local_government",
                           parent="prov_lamphun")
    district = load_places().district_body("อำเภอบางบ่อ")
    e = Extraction(article=Article(doc_id="t", text="องค์การบริหารส่วนตำบลบ้านกลาง จังหวัดลำพูน"),
                   organizations={learned.key: learned}, named={learned.key, district})
    graph = article_graph(e)
    node = iris.org_iri("x-test-sao")
    assert (node, RDF.type, TGK.LocalGovernment) in graph
    assert (node, ORG.subOrganizationOf, iris.org_iri("prov_lamphun")) in graph
    assert (iris.org_iri("prov_lamphun"), RDF.type, TGK.Province) in graph
    assert (iris.org_iri("prov_lamphun"), ORG.subOrganizationOf, iris.org_iri("moi")) in graph
    assert (iris.org_iri(district), RDF.type, TGK.District) in graph
    assert (iris.org_iri(district), ORG.subOrganizationOf, iris.org_iri("prov_samut_prakan")) in graph
    report = validate_graph(graph)
    assert report.conforms, report.text()


# --- the rest of the state and the bodies outside it (gazetteer.bodies) -------------------------
def test_bodies_by_name_kind_and_parent():
    gazetteer = load_gazetteer()
    bodies = gazetteer.bodies
    bhumibol = bodies.find_by_name("โรงพยาบาลภูมิพลอดุลยเดช")
    assert gazetteer.organization(bhumibol).kind == "hospital"
    assert gazetteer.ancestors(bhumibol) == ["rtaf_med", "rtaf", "rtarf", "mod"]
    assert gazetteer.organization(bodies.find_by_name("มหาวิทยาลัยราชภัฏสวนสุนันทา")).parent == "mhesi"
    assert bodies.find_by_name("มหาวิทยาลัยที่ไม่มีจริง") is None
    who = bodies.find_by_name("องค์การอนามัยโลก")
    assert gazetteer.is_outside(who) and gazetteer.organization(who).parent is None
    assert not gazetteer.is_outside(bhumibol) and not gazetteer.is_outside("moi")
    assert "cmu" in bodies.abbreviations["มช."]
    # kept apart from the agency table the finder matches everywhere
    assert gazetteer.find_by_name("โรงพยาบาลภูมิพลอดุลยเดช") is None
    assert gazetteer.find_body("กระทรวงมหาดไทย") == "moi"
    assert gazetteer.find_body("โรงพยาบาลภูมิพลอดุลยเดช") == bhumibol
    assert gazetteer.find_body("จังหวัดน่าน") == "prov_nan" and gazetteer.find_body("อำเภอบางบ่อ") == "district_1102"
    assert gazetteer.find_body("เทศบาลนครขอนแก่น") == "cm_4001"
    assert gazetteer.find_body("หน่วยงานที่ไม่มีจริง") is None
    names = bodies.names()
    assert len(names[0][0]) >= len(names[-1][0])


def test_faculties_longest_first():
    faculties = list(load_gazetteer().faculties)
    assert faculties.index("คณะแพทยศาสตร์ศิริราชพยาบาล") < faculties.index("คณะแพทยศาสตร์")
    assert load_gazetteer().faculties["คณะแพทยศาสตร์"] == "Faculty of Medicine"


def test_a_faculty_learned_under_a_table_university_and_outside_bodies_go_to_rdf_and_conform():
    from thaigovkg import iris
    from thaigovkg.model import Article, Extraction, Organization
    from thaigovkg.to_rdf import article_graph
    from thaigovkg.validate import validate_graph
    from thaigovkg.vocab import ORG, RDF, TGK

    kku = load_gazetteer().bodies.find_by_name("มหาวิทยาลัยขอนแก่น")
    faculty = Organization(key="x-fac", name="คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น", kind="faculty", parent=kku)
    # a foundation wrongly given a ministry, a company owned by the state, a unit of a private company
    foundation = Organization(key="x-fdn", name="มูลนิธิตัวอย่าง", kind="foundation", parent="moph")
    owned = Organization(key="x-sub", name="บริษัท ปตท. ตัวอย่าง จำกัด", kind="company", parent="ptt")
    private = Organization(key="x-co", name="บริษัท ตัวอย่าง จำกัด", kind="company")
    unit = Organization(key="x-unit", name="ฝ่ายขาย บริษัท ตัวอย่าง จำกัด", kind="unit", parent="x-co")
    # an office and a committee of bodies outside the state, learned with kinds of the state's own
    office = Organization(key="x-off", name="สำนักงานมูลนิธิตัวอย่าง", kind="office", parent="x-fdn")
    board = Organization(key="x-brd", name="คณะกรรมการบริหารตัวอย่าง", kind="committee", parent="cicot")
    orgs = {o.key: o for o in (faculty, foundation, owned, private, unit, office, board)}
    e = Extraction(article=Article(doc_id="t", text="…"), organizations=orgs,
                   named={*orgs, load_gazetteer().bodies.find_by_name("โรงพยาบาลภูมิพลอดุลยเดช")})
    graph = article_graph(e)
    node = iris.org_iri
    assert (node("x-fac"), RDF.type, TGK.Faculty) in graph
    assert (node(kku), RDF.type, TGK.University) in graph
    assert (node(kku), ORG.subOrganizationOf, node("mhesi")) in graph
    assert (node("bhumibol"), RDF.type, TGK.Hospital) in graph and (node("rtaf_med"), RDF.type, TGK.MilitaryUnit) in graph
    assert (node("x-fdn"), RDF.type, TGK.Foundation) in graph
    assert (node("x-fdn"), RDF.type, TGK.NonStateOrganization) in graph
    assert (node("x-fdn"), ORG.subOrganizationOf, None) not in graph       # never under the health ministry
    assert (node("x-sub"), RDF.type, TGK.StateEnterprise) in graph           # owned by ปตท.: in the state
    assert (node("x-unit"), RDF.type, TGK.NonStateOrganization) in graph    # a unit of a private company
    assert (node("x-unit"), ORG.subOrganizationOf, node("x-co")) in graph
    for key, parent in (("x-off", "x-fdn"), ("x-brd", "cicot")):   # the state has no body under them
        assert (node(key), RDF.type, TGK.NonStateOrganization) in graph
        assert (node(key), RDF.type, TGK.Office) not in graph and (node(key), RDF.type, TGK.Committee) not in graph
        assert (node(key), ORG.subOrganizationOf, node(parent)) in graph
    report = validate_graph(graph)
    assert report.conforms, report.text()
