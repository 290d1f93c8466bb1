"""Learned units only where their words make a name and the body beside them is their parent (issue 15):
kinds and roles, a cut-off object, a goal, prose glued on, a zone's place, a neighbour in a list, committees
of bodies above states. Composed texts, each rule with variants and negatives."""
from __future__ import annotations

import pytest
from test_orgs_divisions import learned

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article


def kinds(text: str) -> dict[str, str]:
    e = extract_article(parse_article(text + "\n", "t.txt"))
    return {org.name.replace(" ", ""): org.kind for org in e.organizations.values()}


def names(text: str) -> set[str]:
    return {name for name, _ in learned(text)}


@pytest.mark.parametrize("text, kind", [
    ("นักเรียนได้ศึกษาต่อในสถาบันอุดมศึกษาสังกัด สป.อว. จำนวน 120 คน", "สถาบันอุดมศึกษาสังกัด"),
    ("ผู้ป่วยได้รับการดูแลจากหน่วยรับผิดชอบ สปสช. ในพื้นที่", "หน่วยรับผิดชอบ"),
    ("ส่งมอบเครื่องช่วยหายใจให้หน่วยบริการ กระทรวงสาธารณสุข 7 แห่ง", "หน่วยบริการ"),
    ("เพื่อพัฒนาศักยภาพสู่โรงพยาบาลมะเร็งแห่งทศวรรษหน้า โดยมีอธิบดีกรมการแพทย์เข้าร่วม", "โรงพยาบาลมะเร็งแห่งทศวรรษหน้า"),
    ("ยกระดับสู่ศูนย์การแพทย์แห่งอนาคต กรมการแพทย์ ภายในปี 2570", "ศูนย์การแพทย์แห่งอนาคต"),
])
def test_a_kind_a_role_or_a_goal_is_no_unit(text, kind):
    assert not any(name.startswith(kind) for name in names(text))


@pytest.mark.parametrize("text, unit, parent", [
    # a name of the same heads that is one: kept
    ("สอบถามเพิ่มเติมได้ที่ กองสวัสดิการรักษาพยาบาล กรมบัญชีกลาง โทร 02 127 7000", "กองสวัสดิการรักษาพยาบาล", "กรมบัญชีกลาง"),
    ("ศูนย์บริการประชาชน สำนักงานปลัดสำนักนายกรัฐมนตรี ดำเนินการรับเรื่องร้องเรียน", "ศูนย์บริการประชาชน",
     "สำนักงานปลัดสำนักนายกรัฐมนตรี"),
])
def test_a_named_unit_of_those_heads_stays(text, unit, parent):
    assert (unit, parent) in learned(text)


@pytest.mark.parametrize("text", [
    "การสนับสนุนบทบาทของสำนักงานจังหวัดเพื่อขับเคลื่อนการดำเนินงานตามนโยบาย กระทรวงมหาดไทย",
    "ให้สำนักงานจังหวัดเพื่อรองรับภารกิจใหม่ กระทรวงมหาดไทย",
])
def test_a_purpose_clause_ends_the_name(text):
    assert not any("เพื่อ" in name for name in names(text))


@pytest.mark.parametrize("text, unit, parent", [
    ("นายสมชาย ใจดี ผู้อำนวยการศูนย์เพื่อความเป็นเลิศทางวิชาการ กรมอนามัย กล่าวว่า", "ศูนย์เพื่อความเป็นเลิศทางวิชาการ", "กรมอนามัย"),
    ("ร่วมกับหน่วยวิจัยเพื่อขับเคลื่อนนโยบายสุขภาพ คณะแพทยศาสตร์ศิริราชพยาบาล มหาวิทยาลัยมหิดล",
     "หน่วยวิจัยเพื่อขับเคลื่อนนโยบายสุขภาพ", "คณะแพทยศาสตร์ศิริราชพยาบาล มหาวิทยาลัยมหิดล"),
])
def test_a_names_own_for_stays(text, unit, parent):
    assert (unit, parent) in learned(text)


@pytest.mark.parametrize("text", [
    "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษามัธยมศึกษา กรุงเทพมหานคร เขต 2 ได้แต่งตั้งคณะกรรมการสอบสวน",
    "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษา กรุงเทพมหานคร เขต 1 กล่าวว่า",
])
def test_a_zones_place_is_no_parent(text):
    assert not any(parent == "กรุงเทพมหานคร" and name.startswith("สำนักงานเขตพื้นที่") for name, parent in learned(text))


def test_bangkok_after_a_bureau_is_still_its_parent():
    assert ("สำนักอนามัยกรุงเทพมหานคร", "กรุงเทพมหานคร") in learned("สำนักอนามัย กรุงเทพมหานคร ได้จัดหน่วยแพทย์")


@pytest.mark.parametrize("text", [
    "นายประสาร ศรีงาม ผู้อำนวยการศูนย์ป้องกันและปราบปรามประมงทะเลกระบี่ สำนักงานประมงจังหวัดระนอง และด่านตรวจประมงระนอง",
    "เจ้าหน้าที่ศูนย์ป้องกันและปราบปรามประมงทะเลชุมพร สำนักงานประมงจังหวัดระนอง ร่วมตรวจ",
])
def test_another_provinces_office_is_no_parent(text):
    assert not any(parent and "จังหวัดระนอง" in parent for _, parent in learned(text))


def test_the_same_provinces_office_stays_a_parent():
    found = learned("นายสมชาย ใจดี หัวหน้ากลุ่มงานควบคุมโรคติดต่อ สำนักงานสาธารณสุขจังหวัดระนอง กล่าวว่า")
    assert any(parent == "สำนักงานสาธารณสุขจังหวัดระนอง" for _, parent in found)


@pytest.mark.parametrize("text", [
    "ร่วมกับเรือนจำกลางสุราษฎร์ธานี โรงพยาบาลสุราษฎร์ธานี เรือนจำอำเภอไชยา และโรงพยาบาลไชยา",
    "หน่วยงานที่ร่วม ได้แก่ โรงพยาบาลสุราษฎร์ธานี เรือนจำอำเภอไชยา",
])
def test_a_hospital_beside_a_prison_is_not_its_unit(text):
    assert not any(name.startswith("โรงพยาบาล") and parent and parent.startswith("เรือนจำ") for name, parent in learned(text))


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี ประธานคณะกรรมการสอบสวนข้อเท็จจริงกรณีดังกล่าว ได้รายงานความคืบหน้า",
    "ประธานคณะกรรมการสอบสวนข้อเท็จจริงกรณี ได้รายงานความคืบหน้า",
])
def test_a_committee_name_does_not_end_on_a_word_wanting_its_object(text):
    assert not any(name.endswith(("กรณี", "กรณีดัง")) for name in names(text))


def test_said_is_cut_whole_after_a_unit():
    assert not any(name.endswith("ดัง") for name in names("ทั้งนี้ ศูนย์ฝึกอบรมดังกล่าว กรมพัฒนาฝีมือแรงงาน จะเปิดรับสมัคร"))


@pytest.mark.parametrize("text, name", [
    ("ครม.เห็นชอบให้ไทยเป็นเจ้าภาพการประชุมคณะกรรมการมรดกโลกสมัยสามัญ ครั้งที่ 46", "คณะกรรมการมรดกโลก"),
    ("ไทยเข้าร่วมการประชุมคณะกรรมาธิการอาเซียนด้านสตรี (ก.อ.ส.) ณ กรุงจาการ์ตา", "คณะกรรมาธิการอาเซียนด้านสตรี"),
    ("การประชุมคณะกรรมการบริหารองค์การอนามัยโลกภูมิภาคเอเชียตะวันออกเฉียงใต้ ครั้งที่ 77", None),
])
def test_a_committee_of_bodies_above_states_is_international(text, name):
    found = kinds(text)
    assert not any(kind == "committee" and ("โลก" in n or "อาเซียน" in n) for n, kind in found.items())
    if name:
        assert found.get(name) == "international"


@pytest.mark.parametrize("text, name", [
    ("การประชุมคณะกรรมการแห่งชาติว่าด้วยอนุสัญญาคุ้มครองมรดกโลก ครั้งที่ 1/2566", "คณะกรรมการแห่งชาติว่าด้วยอนุสัญญาคุ้มครองมรดกโลก"),
    ("การประชุมคณะกรรมการโรคติดต่อแห่งชาติ ครั้งที่ 2/2566 มีมติ", "คณะกรรมการโรคติดต่อแห่งชาติ"),
    ("การประชุมคณะกรรมการค่าจ้าง ครั้งที่ 3/2566", None),
])
def test_a_thai_committee_stays_the_states(text, name):
    found = kinds(text)
    if name:
        assert found.get(name) == "committee"
    assert "international" not in found.values()


@pytest.mark.parametrize("text", [
    "แจกถุงยังชีพใน 3 พื้นที่ ได้แก่ สำนักสงฆ์ท่าประดู่ทอง (อ.ควนขนุน) และศาลาหมู่บ้าน",
    "ณ สำนักปฏิบัติธรรมเขาพุทธโคดม กระทรวงวัฒนธรรม จัดกิจกรรมสวดมนต์",
    "สำนักงานปลัดกระทรวงมหาดไทย แจกถุงยังชีพใน 3 พื้นที่หลัก ได้แก่ สำนักสงฆ์ท่าประดู่ทอง (อ.ควนขนุน), ศาลาหมู่บ้าน หมู่ 1",
])
def test_a_monks_residence_is_no_unit(text):
    assert not any(name.startswith(("สำนักสงฆ์", "สำนักปฏิบัติธรรม")) for name in names(text))


@pytest.mark.parametrize("text", [
    "ให้ ธปท. และสถาบันการเงิน สำนักงานป้องกันและปราบปรามการฟอกเงิน ร่วมกันตรวจสอบ",
    "ผู้ให้บริการเครือข่ายสังคมออนไลน์ และสถาบันการเงิน กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ได้ประสาน",
])
def test_a_class_of_institution_is_no_unit(text):
    assert not any(name.startswith("สถาบันการเงิน") for name in names(text))


def test_an_institute_with_a_name_stays():
    assert ("สถาบันพัฒนานักกฎหมายมหาชน", "สำนักงานคณะกรรมการกฤษฎีกา") in learned(
        "นางสมาพร นิลประพันธ์ ผู้อำนวยการสถาบันพัฒนานักกฎหมายมหาชน สำนักงานคณะกรรมการกฤษฎีกา กล่าวว่า")


@pytest.mark.parametrize("text", [
    "ประสานงานกับพนักงานสอบสวนสถานีตำรวจนครบาลคันนายาวเจ้าของคดี เพื่อสอบถามความคืบหน้า",
    "พนักงานสอบสวนสถานีตำรวจภูธรบางบ่อเจ้าของพื้นที่ ได้ดำเนินคดี",
])
def test_the_case_owner_is_no_part_of_a_stations_name(text):
    found = names(text)
    assert not any("เจ้าของ" in name for name in found)
    assert any(name in ("สถานีตำรวจนครบาลคันนายาว", "สถานีตำรวจภูธรบางบ่อ") for name in found)


@pytest.mark.parametrize("text, kind", [
    ("ในส่วนของโรงพยาบาลเฉลิมพระเกียรติ 80 พรรษาได้วางเป้าหมายพัฒนาด้านภูมิสถาปัตย์", True),
    ("ในส่วนของโรงพยาบาลเฉลิมพระเกียรติ ๘๐ พรรษา ได้วางเป้าหมายพัฒนา", True),
    ("ผู้อำนวยการโรงพยาบาลหาดสำราญเฉลิมพระเกียรติ 80 พรรษา จังหวัดตรัง กล่าวว่า", False),
])
def test_a_group_of_royal_occasion_hospitals_is_no_hospital(text, kind):
    found = names(text)
    if kind:
        assert not any(name.startswith("โรงพยาบาลเฉลิมพระเกียรติ") for name in found)
    else:
        assert "โรงพยาบาลหาดสำราญเฉลิมพระเกียรติ80พรรษา" in found


def test_each_ends_a_committees_name():
    assert not any("แต่ละ" in name for name in names(
        "อัตราค่าจ้างที่คณะกรรมการค่าจ้างกำหนดขึ้นในแต่ละสาขาอาชีพตามมาตรฐานฝีมือแรงงานแห่งชาติ"))


def test_the_international_olympic_committee_is_international():
    assert kinds("ตามข้อกำหนดของคณะกรรมการโอลิมปิกสากล (IOC) ครั้งที่ 141").get("คณะกรรมการโอลิมปิกสากล") in (None, "international")


@pytest.mark.parametrize("text", [
    "บูรณาการกำลังกับ สถานีตำรวจภูธรธาตุพนม กองร้อยตำรวจตระเวนชายแดนที่ 235 สาธารณสุขอำเภอธาตุพนม",
    "ร่วมกับสถานีตำรวจภูธรเมืองขอนแก่น สถานีตำรวจภูธรบ้านเป็ด ตรวจค้น",
])
def test_a_station_beside_a_company_or_station_is_not_its_unit(text):
    found = learned(text)
    assert any(name.startswith("สถานีตำรวจภูธร") for name, _ in found)
    assert not any(name.startswith("สถานีตำรวจ") and parent and parent.startswith(("กองร้อย", "สถานีตำรวจ"))
                   for name, parent in found)


@pytest.mark.parametrize("text", [
    "หน่วยดำเนินการ กระทรวงยุติธรรม จะรายงานผล",
    "สำนักงานที่ดินในพื้นที่ กรุงเทพมหานคร เปิดให้บริการ",
    "ให้ประชาชนไปที่กองร้อย กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช",
])
def test_a_role_a_bare_head_or_the_units_in_an_area_are_no_unit(text):
    assert not any(name.startswith(("หน่วยดำเนินการ", "สำนักงานที่ดินในพื้นที่", "กองร้อย")) for name in names(text))
