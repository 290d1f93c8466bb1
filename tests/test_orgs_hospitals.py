"""Hospitals as organisations: named whole and only when named (ontology/hospitals.csv and the learned ones),
placed under the body that runs them, one node for the variants of one name. Composed sentences."""
from __future__ import annotations

import csv

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import OUTSIDE_KINDS, load_gazetteer
from thaigovkg.resources import ontology_file

from test_resolve_orgs import article, merged, org


def named(text: str) -> set[tuple[str, str | None]]:
    """(name, parent name) of every organisation the text names, of the tables or learned."""
    e = extract_article(parse_article(text, "t.txt"))
    gazetteer = load_gazetteer()
    learned = {o.name: o for o in e.organizations.values()}

    def body(name):
        if name in learned:
            return learned[name]
        return gazetteer.organization(gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name) or "")

    def parent_name(org):
        if not org.parent:
            return None
        return e.organizations[org.parent].name if org.parent in e.organizations else gazetteer.organization(org.parent).name

    found = set()
    for name in {m.value for m in e.mentions if m.kind == "org"} | set(learned):
        org = body(name)
        found.add((name, parent_name(org) if org else "?"))
    return found


def hospitals(text: str) -> set[tuple[str, str | None]]:
    return {(n, p) for n, p in named(text) if n.startswith("โรงพยาบาล")}


@pytest.mark.parametrize("text, name, parent", [
    ("การขยายเตียงของโรงพยาบาลราชวิถี มีความคืบหน้า", "โรงพยาบาลราชวิถี", "กรมการแพทย์"),
    ("ผู้ป่วยถูกส่งตัวไปรักษาต่อที่รพ.ศรีธัญญา เมื่อวานนี้", "โรงพยาบาลศรีธัญญา", "กรมสุขภาพจิต"),
    ("คณะผู้บริหารเยี่ยมชมโรงพยาบาลศิริราช เพื่อศึกษาดูงาน", "โรงพยาบาลศิริราช", "มหาวิทยาลัยมหิดล"),
    ("แพทย์จากโรงพยาบาลเวชการุณย์รัศมิ์ ร่วมออกหน่วย", "โรงพยาบาลเวชการุณย์รัศมิ์", "กรุงเทพมหานคร"),
    ("ทหารที่บาดเจ็บถูกนำส่งโรงพยาบาลอานันทมหิดล จังหวัดลพบุรี", "โรงพยาบาลอานันทมหิดล", "กรมแพทย์ทหารบก"),
    ("ผู้ว่าราชการจังหวัดเยี่ยมผู้ป่วยที่โรงพยาบาลพุทธชินราช พิษณุโลก", "โรงพยาบาลพุทธชินราช", "สำนักงานปลัดกระทรวงสาธารณสุข"),
    ("นักศึกษาฝึกงานที่โรงพยาบาลจุฬาลงกรณ์ สภากาชาดไทย", "โรงพยาบาลจุฬาลงกรณ์", "สภากาชาดไทย"),
])
def test_a_named_hospital_of_the_tables_is_placed_under_the_body_that_runs_it(text, name, parent):
    assert (name, parent) in hospitals(text)


@pytest.mark.parametrize("text, name", [
    ("ผู้บาดเจ็บรักษาตัวที่โรงพยาบาลกล้วยน้ำไท และโรงพยาบาลเวชธานี", "โรงพยาบาลกล้วยน้ำไท"),
    ("ผู้บาดเจ็บรักษาตัวที่โรงพยาบาลกล้วยน้ำไท และโรงพยาบาลเวชธานี", "โรงพยาบาลเวชธานี"),
    ("ลงนามความร่วมมือกับรพ.วิชัยเวช อินเตอร์เนชั่นแนล", "โรงพยาบาลวิชัยเวช"),
])
def test_a_private_hospital_stands_outside_the_state(text, name):
    assert (name, None) in hospitals(text)
    key = load_gazetteer().bodies.find_by_name(name)
    assert load_gazetteer().organization(key).kind in OUTSIDE_KINDS


@pytest.mark.parametrize("text, name", [
    ("ทั้งนี้ รพ.ศิริราชศึกษาในบุคลากรสาธารณสุข พบว่า", "โรงพยาบาลศิริราช"),
    ("แม่และเด็กได้รับการดูแลที่โรงพยาบาลพระปกเกล้าจนคลอดบุตรอย่างปลอดภัย", "โรงพยาบาลพระปกเกล้า"),
    ("รพ.สุโขทัยโดดเด่นวางระบบดูแลผู้ป่วยจิตเวช", "โรงพยาบาลสุโขทัย"),
])
def test_prose_glued_after_a_hospitals_name_is_no_part_of_it(text, name):
    found = {n for n, _ in hospitals(text)}
    assert found == {name}


@pytest.mark.parametrize("text, name, not_name", [
    # another hospital whose name goes on from the table's: a place, a name of its own, a branch number
    ("โรงพยาบาลเขตเมืองเชียงใหม่ ในชื่อ “โรงพยาบาลราชวิถีล้านนา” เปิดบริการแล้ว", "โรงพยาบาลราชวิถีล้านนา", "โรงพยาบาลราชวิถี"),
    ("ย้ายผู้ป่วยไปโรงพยาบาลราชวิถี 2 (รังสิต) เมื่อวันที่ 5 มีนาคม", "โรงพยาบาลราชวิถี 2", "โรงพยาบาลราชวิถี"),
])
def test_a_longer_name_than_the_tables_is_another_hospital(text, name, not_name):
    found = {n for n, _ in hospitals(text)}
    assert name in found and not_name not in found
    assert (name, "กรมการแพทย์") in hospitals(text)


def test_a_name_cut_short_with_the_abbreviation_mark_is_the_one_the_article_names_whole():
    text = ("ผู้ป่วย 3 รายถูกนำส่ง รพ.มหาราชฯ ทันที ต่อมานายแพทย์สาธารณสุขจังหวัดได้เยี่ยมผู้ป่วย"
            "ที่โรงพยาบาลมหาราชนครศรีธรรมราช")
    assert {n for n, _ in hospitals(text)} == {"โรงพยาบาลมหาราชนครศรีธรรมราช"}
    # alone, the start fits three hospitals of the tables: none of them is chosen
    assert "โรงพยาบาลมหาราชนครศรีธรรมราช" not in {n for n, _ in hospitals("ผู้ป่วยถูกนำส่ง รพ.มหาราชฯ ทันที")}
    # the one hospital of the tables with that start
    assert ("โรงพยาบาลสมเด็จพระนางเจ้าสิริกิติ์", "กรมแพทย์ทหารเรือ") in hospitals("ผู้ป่วยถูกส่งต่อไปยัง รพ.สมเด็จพระนางเจ้าสิริกิติ์ฯ แล้ว")


def test_a_look_alike_letter_in_a_tables_hospital_is_that_hospital():
    assert ("โรงพยาบาลพระมงกุฎเกล้า", "กรมแพทย์ทหารบก") in hospitals("แพทย์จากโรงพยาบาลพระมงกุฏเกล้า ให้คำแนะนำ")
    # a province's hospital is no slip of another's
    assert ("โรงพยาบาลสระบุรี", "สำนักงานปลัดกระทรวงสาธารณสุข") in hospitals("ผู้ป่วยรักษาตัวที่โรงพยาบาลสระบุรี ปลอดภัยแล้ว")


def test_an_institute_written_beside_a_hospital_in_a_list_is_no_unit_of_it():
    text = "หน่วยงานที่ร่วมงาน ได้แก่ โรงพยาบาลภูมิพลอดุลยเดช สถาบันบำราศนราดูร โรงพยาบาลราชวิถี สถาบันป้องกันควบคุมโรคเขตเมือง"
    assert not any(p == "โรงพยาบาลราชวิถี" for _, p in named(text))
    # a hospital's own centre written right before it is its unit
    assert ("ศูนย์รับบริจาคอวัยวะ โรงพยาบาลราชวิถี", "โรงพยาบาลราชวิถี") in named(
        "ประชาชนแจ้งความจำนงที่ศูนย์รับบริจาคอวัยวะ โรงพยาบาลราชวิถี ได้ทุกวัน") or \
        any(p == "โรงพยาบาลราชวิถี" for _, p in named("ประชาชนแจ้งความจำนงที่ศูนย์รับบริจาคอวัยวะ โรงพยาบาลราชวิถี ได้ทุกวัน"))


@pytest.mark.parametrize("text", [
    "โรงพยาบาลในสังกัดกระทรวงสาธารณสุขทุกแห่งเตรียมพร้อม",
    "โรงพยาบาลที่มีความพร้อมจะรับผู้ป่วยเพิ่ม",
    "ประชาชนสามารถเข้ารับบริการได้ที่โรงพยาบาลทุกแห่ง",
    "ข้อมูลที่โรงพยาบาลแสดงไว้บนเว็บไซต์",
])
def test_a_hospital_followed_by_prose_or_a_kind_is_no_hospital(text):
    assert hospitals(text) == set()


# --- the reference table -------------------------------------------------------------------------------

def rows() -> list[dict[str, str]]:
    with ontology_file("hospitals.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_the_hospitals_table_names_hospitals_placed_under_bodies_of_the_tables_or_outside_the_state():
    gazetteer = load_gazetteer()
    for row in rows():
        # a hospital, or a department's specialist institute ("สถาบันบำราศนราดูร", "สถาบันประสาทวิทยา")
        heads = ("โรงพยาบาล", "สถาบัน")
        assert row["name_th"].startswith(heads) and all(a.startswith(heads) for a in row["aliases_th"].split(";") if a)
        if row["kind"] == "private_hospital":
            assert row["parent_id"] == ""
        else:
            assert row["kind"] == "hospital" and gazetteer.organization(row["parent_id"]) is not None, row
        assert "name/parent: curated" in row["source"] and ("th.wikipedia title" in row["source"] or "corpus" in row["source"])


def test_no_hospital_of_the_table_is_named_twice_in_the_tables():
    gazetteer = load_gazetteer()
    for row in rows():
        for name in [row["name_th"], *filter(None, row["aliases_th"].split(";"))]:
            assert gazetteer.find_by_name(name) is None
            assert gazetteer.bodies.by_key[__import__("thaigovkg.normalize").normalize.match_key(name)] == [row["id"]]


# --- resolution across articles ------------------------------------------------------------------------

def test_a_learned_hospital_cut_short_with_the_mark_joins_the_one_hospital_of_that_start_under_its_parent():
    summaries = [article("a1", ("x-1", "โรงพยาบาลสมเด็จพระยุพราชสระแก้ว", "moph_ops", "hospital")),
                 article("a2", ("x-1", "โรงพยาบาลสมเด็จพระยุพราชสระแก้ว", "moph_ops", "hospital")),
                 article("a3", ("x-2", "โรงพยาบาลสมเด็จพระยุพราชสระแก้วฯ", "moph_ops", "hospital")),
                 # two hospitals of that start: which one is not known
                 article("a4", ("x-3", "โรงพยาบาลชุมชนเฉลิมพระเกียรติฯ", "moph_ops", "hospital")),
                 article("a5", ("x-4", "โรงพยาบาลชุมชนเฉลิมพระเกียรติหนึ่ง", "moph_ops", "hospital")),
                 article("a6", ("x-5", "โรงพยาบาลชุมชนเฉลิมพระเกียรติสอง", "moph_ops", "hospital")),
                 # under another parent
                 article("a7", ("x-6", "โรงพยาบาลค่ายสุรนารีฯ", "moph_ops", "hospital")),
                 article("a8", ("x-7", "โรงพยาบาลค่ายสุรนารี", "rta", "hospital"))]
    assert merged(summaries) == {org("x-2"): org("x-1")}


@pytest.mark.parametrize("text, name", [
    ("โรงพยาบาลกะปงชัยพัฒน์ ออกหน่วยบริการ", "โรงพยาบาลกะปงชัยพัฒน์"),                       # a royal title after its place
    ("ผู้ป่วยถูกส่งตัวไปโรงพยาบาลนาวังเฉลิมพระเกียรติ 80 พรรษา แล้ว", "โรงพยาบาลนาวังเฉลิมพระเกียรติ 80 พรรษา"),
    ("โรงพยาบาลบุรีรัมย์ตั้งเป้าลดผู้ป่วยเบาหวานรายใหม่", "โรงพยาบาลบุรีรัมย์"),            # a verb after its place
    ("ผู้บาดเจ็บถูกนำส่งโรงพยาบาลบ้านไร่จ.อุทัยธานี", "โรงพยาบาลบ้านไร่"),                         # จ. written on to it
])
def test_a_place_named_hospital_is_the_networks_with_its_own_words_only(text, name):
    assert (name, "สำนักงานปลัดกระทรวงสาธารณสุข") in hospitals(text)


@pytest.mark.parametrize("text", [
    "ผู้ป่วยเข้ารับการรักษาที่โรงพยาบาลหนองคายวัฒนา ปลอดภัยแล้ว",      # a private hospital named after its town
    "ทีมแพทย์โรงพยาบาลสมุทรปราการยินดีรับผู้ป่วยทุกคน",                   # not "โรงพยาบาลสมุทรปราการยินดี"
])
def test_other_words_after_a_place_make_no_hospital_of_the_network(text):
    assert not any(p == "สำนักงานปลัดกระทรวงสาธารณสุข" and n != "โรงพยาบาลสมุทรปราการ" for n, p in hospitals(text))


def test_the_start_of_one_tables_hospitals_name_is_that_hospital_but_a_place_stays_its_own():
    assert ("โรงพยาบาลภูมิพลอดุลยเดช", "กรมแพทย์ทหารอากาศ") in hospitals("ทหารอากาศที่บาดเจ็บถูกส่งตัวไปยัง รพ.ภูมิพล ทันที")
    # โรงพยาบาลสงขลา is the province's hospital, not โรงพยาบาลสงขลานครินทร์
    assert ("โรงพยาบาลสงขลา", "สำนักงานปลัดกระทรวงสาธารณสุข") in hospitals("ผู้ป่วยถูกส่งตัวไปยังโรงพยาบาลสงขลา เมื่อเช้านี้")


def test_hospitals_counted_by_their_kind_are_no_hospital():
    text = "ผู้ป่วยอยู่ในการดูแลของโรงพยาบาลธัญญารักษ์ 6 แห่งในภูมิภาค จำนวน 13,033 คน"
    assert hospitals(text) == set()
    # one hospital, then a count of something else
    assert ("โรงพยาบาลธัญญารักษ์สงขลา", "กรมการแพทย์") in hospitals("โรงพยาบาลธัญญารักษ์สงขลา มีเตียง 120 เตียง")


@pytest.mark.parametrize("text", [
    "ส่งต่อผู้ป่วยให้ รพ.ธัญญารักษ์ ทั้ง 6 จังหวัด ได้แก่ เชียงใหม่ แม่ฮ่องสอน",
    "พัฒนาบ้านเกิดตั้งแต่โรงพยาบาลส่งเสริมสุขภาพตำบล โรงเรียน ชุมชน และวัด",
])
def test_a_list_or_count_of_kinds_names_no_hospital(text):
    assert hospitals(text) == set()


def test_a_health_station_named_by_its_village_stays():
    assert ("โรงพยาบาลส่งเสริมสุขภาพตำบลวัดตะกู", "สำนักงานปลัดกระทรวงสาธารณสุข") in hospitals(
        "ย้ายจุดบริการ เช่น รพ.สต.วัดตะกู ใช้ศาลาริมทางเข้าวัด")


def test_a_foundation_named_after_a_hospital_is_no_mention_of_the_hospital():
    assert not any(n == "โรงพยาบาลเวชศาสตร์เขตร้อน" for n, _ in named(
        "ให้ยกเว้นภาษีแก่ (5) มูลนิธิโรงพยาบาลเวชศาสตร์เขตร้อน ในพระอุปถัมภ์"))


def test_the_group_of_crown_prince_hospitals_is_a_kind_and_each_of_them_a_hospital():
    assert hospitals("โรงพยาบาลสมเด็จพระยุพราช (รพร.) 21 แห่งทั่วประเทศ ร่วมกับเครือข่าย") == set()
    assert ("โรงพยาบาลสมเด็จพระยุพราชธาตุพนม", "สำนักงานปลัดกระทรวงสาธารณสุข") in hospitals(
        "องคมนตรีเยี่ยมโรงพยาบาลสมเด็จพระยุพราชธาตุพนม จังหวัดนครพนม")


def test_a_bma_hospital_written_with_another_spelling_of_its_name():
    assert ("โรงพยาบาลหลวงพ่อทวีศักดิ์ ชุตินฺธโร อุทิศ", "กรุงเทพมหานคร") in hospitals(
        "บริการที่โรงพยาบาลกลาง โรงพยาบาลหลวงพ่อทวีศักดิ์ ชุตินธฺโร อุทิศ และโรงพยาบาลเวชการุณย์รัศมิ์")


# A department's specialist institutes are hospitals of the table (ontology/hospitals.csv) under their department.
@pytest.mark.parametrize("text, name, parent", [
    ("นายแพทย์สมชาย ใจดี ผู้อำนวยการสถาบันบำราศนราดูร กล่าวว่า", "สถาบันบำราศนราดูร", "กรมควบคุมโรค"),
    ("สถาบันประสาทวิทยา กรมการแพทย์ ได้รับรางวัลบริการภาครัฐ", "สถาบันประสาทวิทยา", "กรมการแพทย์"),
    ("กรมสุขภาพจิต โดยสถาบันราชานุกูล จัดงาน", "สถาบันราชานุกูล", "กรมสุขภาพจิต"),
    ("รางวัลนี้มอบให้แก่สถาบันโรคผิวหนัง และสถาบันมะเร็งแห่งชาติ", "สถาบันมะเร็งแห่งชาติ", "กรมการแพทย์"),
])
def test_a_departments_specialist_institute_is_a_hospital_under_it(text, name, parent):
    from test_orgs_recall import bodies
    assert (name, "hospital", parent) in bodies(text)


# A hyphen inside a place's own name ("สุไหงโก-ลก") keeps a unit named after the place whole; a hyphen before a longer
# word joins two names or is a foreign name's.
@pytest.mark.parametrize("text, body", [
    ("โรงพยาบาลสุไหงโก-ลก ได้รับรางวัลโรงพยาบาลคุณภาพ", ("โรงพยาบาลสุไหงโก-ลก", "สำนักงานปลัดกระทรวงสาธารณสุข")),
    ("นายแพทย์สมชาย ใจดี ผู้อำนวยการโรงพยาบาลสุไหงโก-ลก กล่าวว่า", ("โรงพยาบาลสุไหงโก-ลก", "สำนักงานปลัดกระทรวงสาธารณสุข")),
    ("ส่งตัวผู้ป่วยไปยังโรงพยาบาลหาดใหญ่-นาหม่อม", ("โรงพยาบาลหาดใหญ่", "สำนักงานปลัดกระทรวงสาธารณสุข")),
])
def test_a_hyphen_inside_a_place_keeps_the_units_name_whole(text, body):
    assert body in named(text)


@pytest.mark.parametrize("text", [
    "เหตุโจมตีโรงพยาบาลอัล-อะห์ลี ในฉนวนกาซา",                       # a foreign hospital's name
    "โรงพยาบาลเตรียมความพร้อมรับมือน้ำท่วมฉับพลัน-น้ำป่าไหลหลาก",      # a headline, no hospital
    "ประกอบด้วย สถานแรกรับ สถานสงเคราะห์เด็กอ่อน-โต สถานสงเคราะห์เด็กโต",  # kinds of homes, no place
    "โรงพยาบาลแม่และเด็ก-ผู้สูงอายุ ของเอกชน",
])
def test_a_hyphen_joining_other_words_makes_no_unit(text):
    assert not any("-" in name for name, _ in named(text))
