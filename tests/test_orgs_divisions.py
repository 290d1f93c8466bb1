"""Divisions and sub-district hospitals named in lists (issue 15): a department's list of its units, a
coordinated list with its parent written once, รพ.สต. Composed texts, each rule with variants and negatives."""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer


def learned(text: str) -> set[tuple[str, str | None]]:
    """(name, parent name) of every body the article learns."""
    e = extract_article(parse_article(text + "\n", "t.txt"))
    g = load_gazetteer()
    out = set()
    for org in e.organizations.values():
        parent = e.organizations.get(org.parent) or g.organization(org.parent) if org.parent else None
        out.add((org.name.replace(" ", ""), parent.name if parent else None))
    return out


ANAMAI = "กรมอนามัย"
DOAE = "กรมส่งเสริมการเกษตร"


@pytest.mark.parametrize("text", [
    "กรมอนามัย มอบรางวัลหน่วยงานดีเด่น ประจำปี 2566 แก่หน่วยงานในสังกัด ได้แก่ กองแผนงาน กองคลัง และกองการเจ้าหน้าที่",
    "กรมอนามัย มอบโล่แก่หน่วยงานในสังกัด ได้แก่ กองแผนงาน, กองคลัง และกองการเจ้าหน้าที่ ณ ห้องประชุม",
    "หน่วยงานในสังกัดกรมอนามัย ที่ได้รับรางวัล ได้แก่ กองแผนงาน กองคลัง และกองการเจ้าหน้าที่",
    "กรมอนามัย ได้รับรางวัลเลิศรัฐ ประจำปี 2566 จำนวน 3 รางวัล ดังนี้\n1. กองแผนงาน\n2. กองคลัง\n3. กองการเจ้าหน้าที่",
    "กรมอนามัย คว้ารางวัลบริการภาครัฐ 3 รางวัล ได้แก่\n- กองแผนงาน ระดับดีเด่น\n- กองคลัง ระดับดี\n- กองการเจ้าหน้าที่ ระดับดี",
])
def test_a_departments_list_of_its_units(text):
    found = learned(text)
    for unit in ("กองแผนงาน", "กองคลัง", "กองการเจ้าหน้าที่"):
        assert (unit, ANAMAI) in found


def test_a_unit_on_its_own_line_keeps_its_long_name():
    found = learned(f"{DOAE} ได้รับรางวัลเลิศรัฐ 2 รางวัล ดังนี้\n1. กองส่งเสริมโครงการพระราชดำริ การเกษตรที่สูงและกิจกรรมพิเศษ\n2. กองคลัง")
    assert ("กองส่งเสริมโครงการพระราชดำริการเกษตรที่สูงและกิจกรรมพิเศษ", DOAE) in found
    assert ("กองคลัง", DOAE) in found


@pytest.mark.parametrize("text", [
    # the department is no owner of the list: a speaker's post, another body between, no receipt or ownership
    "นายสมชาย ใจดี อธิบดีกรมอนามัย กล่าวว่า หน่วยงานที่เกี่ยวข้อง ได้แก่ กองแผนงาน และกองคลัง",
    "กรมอนามัย ร่วมกับกรมควบคุมโรค ได้รับรางวัล ได้แก่ กองแผนงาน และกองคลัง",
    "กรมอนามัย จัดประชุม ผู้เข้าร่วม ได้แก่ กองแผนงาน และกองคลัง",
    # a list of funds or armed forces, not units
    "กรมอนามัย ได้รับงบประมาณ ดังนี้ กองทุนหลักประกันสุขภาพ และกองทัพบก",
])
def test_no_list_without_an_owner(text):
    found = learned(text)
    assert not any(name.startswith("กอง") for name, _ in found)


def test_the_list_ends_at_an_item_with_its_own_parent():
    found = learned(f"{ANAMAI} ได้รับรางวัล ได้แก่ กองแผนงาน กองคลัง สำนักงานปลัดกระทรวงการคลัง และกองการเจ้าหน้าที่")
    assert ("กองแผนงาน", ANAMAI) in found
    assert ("กองคลัง", ANAMAI) not in found
    assert not any(name == "กองการเจ้าหน้าที่" and parent == ANAMAI for name, parent in found)


def test_the_list_ends_where_prose_follows():
    found = learned(f"{ANAMAI} มอบรางวัลแก่หน่วยงานในสังกัด ได้แก่ กองแผนงานซึ่งได้คะแนนสูงสุด และกองคลัง")
    assert ("กองแผนงาน", ANAMAI) in found
    assert ("กองคลัง", ANAMAI) not in found


@pytest.mark.parametrize("text", [
    "กองวิศวกรรมการแพทย์ และกองแบบแผน กรมสนับสนุนบริการสุขภาพ ร่วมตรวจสอบอาคาร",
    "กองวิศวกรรมการแพทย์, กองแบบแผน กรมสนับสนุนบริการสุขภาพ ร่วมตรวจสอบอาคาร",
    "เจ้าหน้าที่จากกองคลัง กองวิศวกรรมการแพทย์ และกองแบบแผน กรมสนับสนุนบริการสุขภาพ ร่วมตรวจสอบอาคาร",
])
def test_a_parent_written_once_for_a_coordinated_list(text):
    found = learned(text)
    assert ("กองวิศวกรรมการแพทย์", "กรมสนับสนุนบริการสุขภาพ") in found
    assert ("กองแบบแผน", "กรมสนับสนุนบริการสุขภาพ") in found


@pytest.mark.parametrize("text", [
    # a unit of another rank is no item of the list; nor is a surname, nor a name glued to prose
    "กลุ่มงานพัฒนาระบบ และกองแบบแผน กรมสนับสนุนบริการสุขภาพ ร่วมตรวจสอบ",
    "นายสมชาย กองแก้ว และกองแบบแผน กรมสนับสนุนบริการสุขภาพ ร่วมตรวจสอบ",
    "กองวิศวกรรมการแพทย์ได้รับ และกองแบบแผน กรมสนับสนุนบริการสุขภาพ ร่วมตรวจสอบ",
])
def test_coordinated_list_negatives(text):
    found = learned(text)
    assert ("กองแบบแผน", "กรมสนับสนุนบริการสุขภาพ") in found
    assert {name for name, _ in found} <= {"กองแบบแผน"} | {n for n, _ in found if not n.startswith(("กอง", "กลุ่ม"))}


def test_a_parent_after_the_first_item_is_not_the_next_ones():
    found = learned("รางวัลระดับดี ได้แก่ กองทะเบียนประวัติอาชญากร สำนักงานตำรวจแห่งชาติ และกองพิสูจน์หลักฐานกลาง")
    assert not any(name.startswith("กองพิสูจน์") for name, _ in found)


MOPH_OPS = "สำนักงานปลัดกระทรวงสาธารณสุข"


@pytest.mark.parametrize("text, name", [
    ("โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว ได้รับรางวัลดีเด่น", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านหนองบัว"),
    ("รพ.สต.บ้านโคก อำเภอเมือง จังหวัดขอนแก่น ได้รับรางวัล", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก"),
    ("ทีมจาก รพ.สต. บ้านโคก ลงพื้นที่", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก"),
    ("รพ.สต.หนองสีดา เป็นต้นแบบศูนย์ร่วมสุข", "โรงพยาบาลส่งเสริมสุขภาพตำบลหนองสีดา"),
])
def test_sub_district_hospitals(text, name):
    assert (name, MOPH_OPS) in learned(text)


@pytest.mark.parametrize("text", [
    "โรงพยาบาลส่งเสริมสุขภาพตำบลทุกแห่ง ให้บริการฉีดวัคซีน",
    "รพ.สต.ที่ถ่ายโอน ไปยัง อบจ. ยังคงให้บริการ",
    "รพ.สต. ตำรวจ อาสาตำรวจ ร่วมคัดกรอง",
    "ถ่ายโอน รพ.สต.ให้ อบจ. จำนวน 3,000 แห่ง",
    "มีโรงพยาบาลส่งเสริมสุขภาพตำบล 9,787 แห่ง",
])
def test_sub_district_hospitals_as_a_kind(text):
    assert not any(name.startswith("โรงพยาบาลส่งเสริมสุขภาพตำบล") for name, _ in learned(text))


RESTRUCTURING = """4. เรื่อง ร่างกฎกระทรวงแบ่งส่วนราชการสำนักงานเศรษฐกิจการคลัง กระทรวงการคลัง พ.ศ. ....
คณะรัฐมนตรีมีมติรับทราบร่างกฎกระทรวงดังกล่าว ดังนี้
(1) สำนักงานเลขานุการกรม
(2) ศูนย์วิจัยและฝึกอบรม
ด้านสิ่งแวดล้อม
(3) สำนักกฎหมาย
(2) กองกฎหมาย
- เปลี่ยนชื่อ เป็น “กองนโยบายภาษี”
(9) กองนโยบายเศรษฐกิจ           มหภาค
คงเดิม
(3) - (4) กองติดตามและประเมินผลการลงทุน 1 - 2
(5) กองบริการชาวต่างชาติ ซึ่งจัดตั้งใหม่เพื่อสนับสนุน
5. เรื่อง ขอรับการจัดสรรงบประมาณ
(1) กองแผนงาน"""


def test_a_restructurings_units_are_the_departments():
    found = learned(RESTRUCTURING)
    fpo = "สำนักงานเศรษฐกิจการคลัง"
    for unit in ("สำนักงานเลขานุการกรม", "ศูนย์วิจัยและฝึกอบรมด้านสิ่งแวดล้อม", "สำนักกฎหมาย", "กองกฎหมาย",
                 "กองนโยบายภาษี", "กองนโยบายเศรษฐกิจมหภาค"):
        assert (unit, fpo) in found
    names = {name for name, _ in found}
    assert "กองติดตามและประเมินผลการลงทุน" not in names      # two numbered divisions at once
    assert "กองบริการชาวต่างชาติซึ่งจัดตั้งใหม่เพื่อสนับสนุน" not in names
    assert "กองแผนงาน" not in names                            # the next item of the summary


def test_no_restructuring_without_a_department_named():
    found = learned("เรื่อง ร่างกฎกระทรวงแบ่งส่วนราชการ พ.ศ. ....\n(1) กองกฎหมาย\n(2) กองคลัง")
    assert not any(name.startswith("กอง") for name, _ in found)


def test_each_restructuring_is_its_own_bodys():
    found = learned("1.1 ร่างกฎกระทรวงแบ่งส่วนราชการของสำนักงานปลัดสำนักนายกรัฐมนตรี สำนักนายกรัฐมนตรี\n(1) กองกลาง\n"
                    "1.2 ร่างกฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวง กระทรวงสาธารณสุข\n(1) กองการพยาบาล\n(2) กองสาธารณสุขฉุกเฉิน")
    assert ("กองกลาง", "สำนักงานปลัดสำนักนายกรัฐมนตรี") in found
    assert ("กองการพยาบาล", "สำนักงานปลัดกระทรวงสาธารณสุข") in found
    assert not any(name == "กองการพยาบาล" and parent != "สำนักงานปลัดกระทรวงสาธารณสุข" for name, parent in found)


@pytest.mark.parametrize("item", [
    "สำนักงานศุลกากรท่าเรือกรุงเทพตามที่รัฐมนตรีประกาศกำหนด",    # a clause run on
    "สำนักงานคณะกรรมการส่งเสริม",                                # a table body's name, wrapped
    "ศูนย์ปฏิบัติการต่อต้านการทุจริตฯ",                            # cut short
])
def test_restructuring_items_that_are_no_names(item):
    found = learned(f"เรื่อง ร่างกฎกระทรวงแบ่งส่วนราชการกรมศุลกากร กระทรวงการคลัง\n(1) {item}\n(2) กองกฎหมาย")
    assert ("กองกฎหมาย", "กรมศุลกากร") in found
    assert not any(name.startswith(item[:12]) for name, _ in found)


def test_a_table_header_naming_the_body_short_does_not_end_its_restructuring():
    found = learned("2. เรื่อง ร่างกฎกระทรวงแบ่งส่วนราชการกรมทรัพยากรน้ำ กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม\n"
                    "กฎกระทรวงแบ่งส่วนราชการกรมทรัพยากร พ.ศ. 2545\nร่างกฎกระทรวงแบ่งส่วนราชการกรมทรัพยากรน้ำฯ\n"
                    "(2) กองการจัดสรรน้ำ\n(5) ศูนย์ป้องกันวิกฤติน้ำ")
    assert ("กองการจัดสรรน้ำ", "กรมทรัพยากรน้ำ") in found
    assert ("ศูนย์ป้องกันวิกฤติน้ำ", "กรมทรัพยากรน้ำ") in found


SECTION = """กรมอนามัย ได้รับรางวัลเลิศรัฐ ประจำปี 2566 จำนวน 4 รางวัล ดังนี้
รางวัลบริการภาครัฐ ระดับดีเด่น
1. กองแผนงาน ผลงาน ระบบนัดหมายออนไลน์
รางวัลบริการภาครัฐ ระดับดี จำนวน 2 รางวัล
2. กองคลัง
3. กองการเจ้าหน้าที่
รางวัลการพัฒนาระบบราชการ
4. กองประเมินผลกระทบต่อสุขภาพ

ทั้งนี้ กรมควบคุมโรค ได้รับรางวัลด้วย
1. กองระบาดวิทยา"""


def test_a_departments_section_with_award_headings():
    found = learned(SECTION)
    for unit in ("กองแผนงาน", "กองคลัง", "กองการเจ้าหน้าที่", "กองประเมินผลกระทบต่อสุขภาพ"):
        assert (unit, "กรมอนามัย") in found
    assert not any(name == "กองระบาดวิทยา" and parent == "กรมอนามัย" for name, parent in found)


def test_a_section_ends_at_another_body():
    found = learned("กรมอนามัย ได้รับรางวัล ดังนี้\n1. กองคลัง\nกรมควบคุมโรค ได้รับรางวัล\n2. กองระบาดวิทยา")
    assert ("กองคลัง", "กรมอนามัย") in found
    assert not any(name == "กองระบาดวิทยา" and parent == "กรมอนามัย" for name, parent in found)


@pytest.mark.parametrize("text, unit, body", [
    ("สอบถามเพิ่มเติมได้ที่ สำนักงานเศรษฐกิจการคลัง กองนโยบายภาษี โทร. 0 2273 9020", "กองนโยบายภาษี", "สำนักงานเศรษฐกิจการคลัง"),
    ("ติดต่อกรมการกงสุล (กองคุ้มครองและดูแลผลประโยชน์คนไทยในต่างประเทศ) ถนนแจ้งวัฒนะ", "กองคุ้มครองและดูแลผลประโยชน์คนไทยในต่างประเทศ", "กรมการกงสุล"),
    ("ข่าว/ภาพ\nกรมอนามัย กองแผนงาน\n", "กองแผนงาน", "กรมอนามัย"),
])
def test_a_unit_after_its_body_in_a_contact_or_bracket(text, unit, body):
    assert (unit, body) in learned(text)


@pytest.mark.parametrize("text", [
    "หน่วยงานที่เกี่ยวข้องทั้งกรมควบคุมโรค กรมอนามัย กองสาธารณสุขฉุกเฉิน เตรียมพร้อมสิ่งสนับสนุน",
    "ร่วมกับกรมควบคุมโรค และกรมอนามัย กองสาธารณสุขฉุกเฉิน\n",
    "กรมอนามัย กองสาธารณสุขฉุกเฉินได้จัดประชุม",
    "กรมอนามัย (กองสาธารณสุขฉุกเฉิน และกองแผนงาน) ร่วมประชุม",
])
def test_no_unit_after_a_body_in_prose_or_a_list(text):
    assert not any(name == "กองสาธารณสุขฉุกเฉิน" and parent == "กรมอนามัย" for name, parent in learned(text))


@pytest.mark.parametrize("text", [
    "นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง\n",
    "ติดต่อ กระทรวงมหาดไทย ฝ่ายความมั่นคง โทร. 0 2222 1141",
])
def test_no_unit_glued_to_a_title_or_a_wing_of_a_ministry(text):
    assert not any(name.startswith("ฝ่าย") for name, _ in learned(text))


def test_a_count_after_a_body_is_no_contact():
    found = learned("ลงนามความร่วมมือระหว่างกรมการจัดหางาน สถาบันการศึกษา 4 แห่ง และสถานประกอบการ")
    assert not any(name.startswith("สถาบันการศึกษา") for name, _ in found)
