"""Learned units that are no body or sit under the wrong one (issue 15, units18's study sample): an institution in
the abstract or a class of them, a unit named by its role, Rajabhat and Rajamangala universities taken for private
ones, a department's division placed under a province's office or a provincial office under a university written
beside it, and a cabinet summary's restructuring table that lists several bodies' units. Composed texts, with
negatives: real bodies of the same shape must still be found and placed."""
from __future__ import annotations

import pytest

from test_orgs_recall import bodies, names


# --- an institution in the abstract, a class of institutions, a unit named by its role ------------------------

@pytest.mark.parametrize("text, prefix", [
    ("รัฐมนตรีกล่าวว่า สถาบันการเงินเฉพาะกิจ กระทรวงการคลัง จะช่วยเหลือลูกหนี้รายย่อย", "สถาบันการเงิน"),
    ("ให้สถาบันการเงินยื่นคำขอกู้ยืมเงินต่อ ธนาคารแห่งประเทศไทย ภายในสิ้นปี", "สถาบันการเงิน"),
    ("ส่งเสริมให้สถาบันอุดมศึกษากับ สำนักงานการวิจัยแห่งชาติ ร่วมมือกันพัฒนากำลังคน", "สถาบันอุดมศึกษา"),
    ("เทิดทูนสถาบันพระมหากษัตริย์ กระทรวงวัฒนธรรม โดยกรมการศาสนา จัดกิจกรรมทั่วประเทศ", "สถาบันพระมหากษัตริย์"),
    ("เสริมสร้างความเข้มแข็งของสถาบันครอบครัว กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ จึงจัดงานวันครอบครัว",
     "สถาบันครอบครัว"),
    ("ทำนุบำรุงสถาบันศาสนา กรมการศาสนา ร่วมกับวัดในพื้นที่", "สถาบันศาสนา"),
    ("10. ผู้อำนวยการกองที่รับผิดชอบสินค้าข้าว กรมการค้าภายใน กรรมการและเลขานุการ", "กองที่"),
    ("ให้ศูนย์ที่เกี่ยวข้อง กรมควบคุมโรค เร่งตรวจสอบข้อมูล", "ศูนย์ที่"),
])
def test_an_abstract_institution_or_a_role_is_no_unit(text, prefix):
    assert not any(n.startswith(prefix) for n in names(text))


@pytest.mark.parametrize("text, name", [
    ("ผู้อำนวยการสถาบันการแพทย์แผนไทย กรมการแพทย์แผนไทยและการแพทย์ทางเลือก เปิดเผยว่า", "สถาบันการแพทย์แผนไทย"),
    ("ผู้อำนวยการกลุ่มงานที่ปรึกษากฎหมาย กองนิติการ กรมสมมุติ กล่าวว่า", None),
    ("เจ้าหน้าที่สำนักงานที่ดินจังหวัดขอนแก่น ลงพื้นที่รังวัด", "สำนักงานที่ดินจังหวัดขอนแก่น"),
    ("ผู้อำนวยการศูนย์วิจัยข้าวปทุมธานี กรมการข้าว กล่าวว่า", "ศูนย์วิจัยข้าวปทุมธานี"),
])
def test_real_units_of_the_same_shape_stay(text, name):
    found = names(text)
    if name:
        assert any(n.startswith(name) for n in found)


# --- Rajabhat and Rajamangala universities are public ------------------------------------------------------------

def test_a_rajabhat_or_rajamangala_name_written_another_way_is_the_tables_university():
    found = bodies("คณะครุศาสตร์ มหาวิทยาลัยราชภัฏสวนดุสิต จัดอบรมครู ร่วมกับมหาวิทยาลัยราชมงคลอีสาน")
    assert ("คณะครุศาสตร์ มหาวิทยาลัยราชภัฏสวนดุสิต", "faculty", "มหาวิทยาลัยสวนดุสิต") in found
    assert ("มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน", "university", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม") in found
    assert not any(kind == "private_university" for _, kind, _ in found)


@pytest.mark.parametrize("text, name", [
    ("ณ มหาวิทยาลัยราชภัฏวไลยอลงกรณ์ จังหวัดปทุมธานี", "มหาวิทยาลัยราชภัฏวไลยอลงกรณ์ ในพระบรมราชูปถัมภ์"),
    ("ร่วมกับนักวิชาการของมหาวิทยาลัยราชภัฏอยุธยา ลงพื้นที่", "มหาวิทยาลัยราชภัฏพระนครศรีอยุธยา"),
    ("ร่วมกับมหาวิทยาลัยราชภัฎบ้านสมเด็จ จัดงาน", "มหาวิทยาลัยราชภัฏบ้านสมเด็จเจ้าพระยา"),
    ("เช่น มหาวิทยาลัยราชภัฎวไลยอลงกรณ์ฯ สระแก้ว และอื่น ๆ", "มหาวิทยาลัยราชภัฏวไลยอลงกรณ์ ในพระบรมราชูปถัมภ์"),
    ("นักศึกษามหาวิทยาลัยราชมงคลธัญบุรี เข้าร่วม", "มหาวิทยาลัยเทคโนโลยีราชมงคลธัญบุรี"),
])
def test_a_public_university_written_short_is_the_tables(text, name):
    found = bodies(text)
    assert (name, "university", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม") in found
    assert not any(kind == "private_university" for _, kind, _ in found)


@pytest.mark.parametrize("text", [
    "ให้มหาวิทยาลัยราชภัฏแต่ละแห่ง จัดทำแผนพัฒนา",
    "ผู้แทนมหาวิทยาลัยราชภัฏนคร เข้าร่วม",
    "คณะวิทยาศาสตร์ มหาวิทยาลัยราชภัฏถือว่าเป็นต้นแบบ",
    "ผู้แทนมหาวิทยาลัยราชภัฎเขตภาคใต้ เข้าร่วมประชุม",
])
def test_a_rajabhat_group_or_prose_is_no_private_university(text):
    assert not any(kind == "private_university" for _, kind, _ in bodies(text))


def test_a_private_university_is_still_learned():
    found = bodies("คณะนิติศาสตร์ มหาวิทยาลัยเวสเทิร์น จัดเสวนา และมหาวิทยาลัยราชภัฏเทพสตรี ร่วมงาน")
    assert ("มหาวิทยาลัยเวสเทิร์น", "private_university", None) in found
    assert any(n == "มหาวิทยาลัยราชภัฏเทพสตรี" and k == "university" for n, k, _ in found)


# --- a province's office and the units written beside it ---------------------------------------------------------

@pytest.mark.parametrize("text, unit, office", [
    ("โดยมีเจ้าหน้าที่จากกองพัฒนาการคุมประพฤติ สำนักงานคุมประพฤติสุโขทัย ศูนย์ฟื้นฟูสมรรถภาพผู้ติดยาเสพติด ร่วมงาน",
     "กองพัฒนาการคุมประพฤติ", "สำนักงานคุมประพฤติจังหวัดสุโขทัย"),
    ("ผู้แทนจากสำนักส่งเสริมและพัฒนาการเกษตร สำนักงานเกษตรจังหวัดน่าน และเกษตรกร ร่วมประชุม",
     "สำนักส่งเสริมและพัฒนาการเกษตร", "สำนักงานเกษตรจังหวัดน่าน"),
])
def test_a_division_is_no_unit_of_a_provincial_office(text, unit, office):
    assert not any(n.startswith(unit) and p == office for n, _, p in bodies(text))


def test_a_provincial_office_is_no_unit_of_a_university():
    found = bodies("ภาคีเครือข่าย อาทิ สำนักงานสาธารณสุขจังหวัดเชียงใหม่ สำนักงานท้องถิ่นจังหวัดเชียงใหม่ มหาวิทยาลัยเชียงใหม่ "
                   "และโรงพยาบาลนครพิงค์")
    assert not any(p == "มหาวิทยาลัยเชียงใหม่" and "จังหวัด" in n for n, _, p in found)
    assert not any(n.endswith("มหาวิทยาลัยเชียงใหม่") and n != "มหาวิทยาลัยเชียงใหม่" for n, _, _ in found)


def test_groups_of_a_provincial_office_and_units_of_a_university_stay():
    found = bodies("ผู้อำนวยการกลุ่มงานควบคุมโรคติดต่อ สำนักงานสาธารณสุขจังหวัดน่าน และผู้อำนวยการสำนักบริการวิชาการ "
                   "มหาวิทยาลัยเชียงใหม่ ร่วมประชุม")
    assert any(n.startswith("กลุ่มงานควบคุมโรคติดต่อ") and p == "สำนักงานสาธารณสุขจังหวัดน่าน" for n, _, p in found)
    assert any(n.startswith("สำนักบริการวิชาการ") and p == "มหาวิทยาลัยเชียงใหม่" for n, _, p in found)


# --- a restructuring table that lists several bodies' units ------------------------------------------------------

_TWO_BODIES = """5. เรื่อง ร่างกฎกระทรวงแบ่งส่วนราชการ จำนวน 2 ฉบับ
คณะรัฐมนตรีมีมติอนุมัติร่างกฎกระทรวงแบ่งส่วนราชการกรมวิทยาศาสตร์บริการ และร่างกฎกระทรวงแบ่งส่วนราชการสำนักงานปรมาณูเพื่อสันติ ดังนี้
1. กรมวิทยาศาสตร์บริการ
(1) สำนักงานเลขานุการกรม
(2) กองเทคโนโลยีชุมชนสมมุติ
2. สำนักงานปรมาณูเพื่อสันติ (ใน อว.)
(1) สำนักงานเลขานุการกรม
(2) กองกำกับดูแลความปลอดภัยทางรังสีสมมุติ
"""


def test_each_body_of_a_restructuring_table_gets_its_own_units():
    found = bodies(_TWO_BODIES)
    assert ("กองเทคโนโลยีชุมชนสมมุติ", "unit", "กรมวิทยาศาสตร์บริการ") in found
    assert ("กองกำกับดูแลความปลอดภัยทางรังสีสมมุติ", "unit", "สำนักงานปรมาณูเพื่อสันติ") in found
    assert ("กองกำกับดูแลความปลอดภัยทางรังสีสมมุติ", "unit", "กรมวิทยาศาสตร์บริการ") not in found
    assert {p for n, _, p in found if n == "สำนักงานเลขานุการกรม"} == {"กรมวิทยาศาสตร์บริการ", "สำนักงานปรมาณูเพื่อสันติ"}


def test_a_one_body_restructuring_keeps_its_units_under_the_body():
    found = bodies("5. เรื่อง ร่างกฎกระทรวงแบ่งส่วนราชการกรมวิทยาศาสตร์บริการ พ.ศ. ....\n"
                   "คณะรัฐมนตรีมีมติอนุมัติ โดยแบ่งส่วนราชการกรมวิทยาศาสตร์บริการ ดังนี้\n"
                   "(1) สำนักงานเลขานุการกรม\n(2) กองเทคโนโลยีชุมชนสมมุติ\n(3) กองบริหารและรับรองห้องปฏิบัติการ\n")
    assert ("กองเทคโนโลยีชุมชนสมมุติ", "unit", "กรมวิทยาศาสตร์บริการ") in found
    assert ("กองบริหารและรับรองห้องปฏิบัติการ", "unit", "กรมวิทยาศาสตร์บริการ") in found


# --- a site a body opens for a time is no unit of it -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "นายกฯ เยี่ยมผู้ประสบภัย ณ ศูนย์พักพิงชั่วคราวช่วยเหลือผู้ประสบอุทกภัย มรภ.เชียงราย",
    "ประชาชนย้ายไปยังศูนย์อพยพ องค์การบริหารส่วนตำบลเปร็ง เมื่อคืนนี้",
    "ศูนย์ฉีดวัคซีน โรงพยาบาลราชวิถี เปิดให้บริการทุกวัน",
    "โครงการเครื่องแปลงขยะ ณ ศูนย์คัดแยกขยะเทศบาลตำบลเมืองที อำเภอเมืองสุรินทร์",
    "ผู้ป่วยเข้าศูนย์พักคอย เทศบาลนครนนทบุรี และศูนย์กักกันโรค สถาบันบำราศนราดูร",
])
def test_a_shelter_or_a_vaccination_site_is_no_unit(text):
    assert not any(n.startswith("ศูนย์") for n in names(text))


@pytest.mark.parametrize("text, name", [
    ("เจ้าหน้าที่ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดตาก ช่วยเหลือผู้ไร้ที่พึ่ง", "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดตาก"),
    ("ผู้อำนวยการศูนย์อนามัยที่ 9 นครราชสีมา กรมอนามัย กล่าวว่า", "ศูนย์อนามัยที่ 9"),
])
def test_centres_that_are_units_stay(text, name):
    assert any(n.startswith(name) for n in names(text))
