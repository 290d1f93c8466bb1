"""Groups hung on their grandparent and a province's office cut short with ฯ (issue 15, units19): the community
development department's branch held provincial offices' groups and a fund office's groups, and a
"สำนักงานพัฒนาชุมชนจังหวัดฯ" of one province read as another's. Composed texts, with negatives: groups whose office
is written, a department's own groups, a one-department article's divisions still placed."""
from __future__ import annotations

import pytest

from test_orgs_recall import bodies

CDD = "กรมการพัฒนาชุมชน"


def parent_of(found, name):
    return next((parent for n, _, parent in found if n == name), "not found")


# --- a province's office cut short with ฯ -----------------------------------------------------------------------

def test_a_provincial_office_cut_short_is_not_another_provinces():
    found = bodies("จังหวัดหนองบัวลำภู จัดงานตลาดชุมชน โดยการบูรณาการระหว่าง สำนักงานพัฒนาชุมชนจังหวัดฯ และอำเภอเมือง")
    assert not any(n.startswith("สำนักงานพัฒนาชุมชนจังหวัด") for n, _, _ in found)


def test_a_provincial_office_cut_short_is_the_articles_provinces_where_the_tables_have_it():
    found = bodies("ผู้ว่าราชการจังหวัดร้อยเอ็ด มอบหมายให้ สำนักงานพัฒนาชุมชนจังหวัดฯ จัดงานตลาดชุมชน")
    assert "สำนักงานพัฒนาชุมชนจังหวัดร้อยเอ็ด" in {n for n, _, _ in found}


def test_a_ministry_cut_short_still_resolves():
    names = {n for n, _, _ in bodies("เจ้าหน้าที่กรมอุทยานฯ ร่วมกับการรถไฟฯ ตรวจพื้นที่")}
    assert {"กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช", "การรถไฟแห่งประเทศไทย"} <= names


# --- a provincial community development office's groups -------------------------------------------------------

def test_a_community_development_group_with_its_province_written_after_is_that_provinces_offices():
    found = bodies("นายอำเภอเมือง และนางสาวกมลา ใจงาม ผู้อำนวยการกลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน "
                   "จังหวัดลำปาง ลงพื้นที่ติดตามโครงการของกรมการพัฒนาชุมชน")
    assert parent_of(found, "กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน") == "สำนักงานพัฒนาชุมชนจังหวัดลำปาง"
    assert parent_of(found, "สำนักงานพัฒนาชุมชนจังหวัดลำปาง") == CDD


def test_a_community_development_group_whose_head_acts_as_the_provincial_officer_is_that_offices():
    found = bodies("รองผู้ว่าราชการจังหวัดตราด พร้อมนายวิทยา ดีมาก ผู้อำนวยการกลุ่มงานส่งเสริมการพัฒนาชุมชน "
                   "รักษาราชการแทนพัฒนาการจังหวัดตราด ร่วมกิจกรรมของกรมการพัฒนาชุมชน")
    assert parent_of(found, "กลุ่มงานส่งเสริมการพัฒนาชุมชน") == "สำนักงานพัฒนาชุมชนจังหวัดตราด"


def test_a_community_development_group_with_no_office_known_is_not_the_departments():
    found = bodies("นายวิทยา ดีมาก ผู้อำนวยการกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน ร่วมกิจกรรมตามนโยบายของกรมการพัฒนาชุมชน")
    assert parent_of(found, "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน") != CDD


# --- a group of an office the article names, not of its department ----------------------------------------------

def test_groups_of_an_office_named_in_a_title_are_not_hung_on_the_department():
    found = bodies("นายสมหมาย ใจดี ปฏิบัติหน้าที่ ผู้อำนวยการสำนักงานกองทุนส่งเสริมอาชีพสตรี, นางสาวสมใจ รักงาน "
                   "ผู้อำนวยการกลุ่มอำนวยการ และนายสมชาย เก่งกล้า ผู้อำนวยการกลุ่มนโยบายและแผน ร่วมประชุม "
                   "ตามนโยบายของกรมการพัฒนาชุมชน")
    assert parent_of(found, "สำนักงานกองทุนส่งเสริมอาชีพสตรี") == CDD
    assert parent_of(found, "กลุ่มอำนวยการ") != CDD
    assert parent_of(found, "กลุ่มนโยบายและแผน") != CDD


@pytest.mark.parametrize("text, unit", [
    # a department's own groups stay its own, whatever office the article names
    ("นายสมศักดิ์ รักดี ผู้อำนวยการสำนักงานเลขานุการกรม และนายสมชาย ใจดี ผู้อำนวยการกลุ่มตรวจสอบภายใน "
     "ร่วมประชุม ตามนโยบายของกรมการพัฒนาชุมชน", "กลุ่มตรวจสอบภายใน"),
    # with no office named, a group in a one-department article is still the department's
    ("นายสมชาย ใจดี ผู้อำนวยการกลุ่มนโยบายและแผน ร่วมประชุม ตามนโยบายของกรมการพัฒนาชุมชน", "กลุ่มนโยบายและแผน"),
    # a division is the department's, whatever office the article names
    ("นายสมหมาย ใจดี ผู้อำนวยการสำนักงานกองทุนส่งเสริมอาชีพสตรี และนายสมชาย เก่งกล้า ผู้อำนวยการกองคลัง "
     "ร่วมประชุม ตามนโยบายของกรมการพัฒนาชุมชน", "กองคลัง"),
])
def test_a_departments_own_units_stay(text, unit):
    assert parent_of(bodies(text), unit) == CDD


# --- a class, a rank or an area office with no area taken for a unit ---------------------------------------------

@pytest.mark.parametrize("text, prefix", [
    ("หน่วยงานที่ร่วมลงนาม ได้แก่ กระทรวงมหาดไทย (มท.) ศธ. สถาบันอาชีวศึกษาและอุดมศึกษา กองทุนเพื่อความเสมอภาคทางการศึกษา "
     "(กสศ.) และภาคเอกชน", "สถาบันอาชีวศึกษา"),
    ("โดยมี ดร.สมชาย ใจดี ผู้อำนวยการฝ่ายอาวุโส ศูนย์ทดสอบผลิตภัณฑ์ไฟฟ้าและอิเล็กทรอนิกส์ "
     "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ ร่วมลงนาม", "ฝ่ายอาวุโส"),
    ("ผู้ประกอบการยื่นแบบได้ที่สำนักงานสรรพากรพื้นที่ กรมสรรพากร ทุกแห่ง", "สำนักงานสรรพากรพื้นที่"),
    ("พัฒนาการจังหวัดพังงา หัวหน้าส่วนราชการ ผู้อำนวยการกลุ่มงาน พัฒนาการอำเภอ ร่วมกิจกรรมของกรมการพัฒนาชุมชน", "กลุ่มงาน"),
])
def test_a_class_a_rank_or_an_area_office_with_no_area_is_no_unit(text, prefix):
    assert not any(n.startswith(prefix) for n, _, _ in bodies(text))


@pytest.mark.parametrize("text, name", [
    ("ผู้อำนวยการฝ่ายบริหารทั่วไป การไฟฟ้าส่วนภูมิภาค กล่าวว่า", "ฝ่ายบริหารทั่วไป"),
    ("ผู้ประกอบการยื่นแบบได้ที่สำนักงานสรรพสามิตพื้นที่เชียงใหม่ กรมสรรพสามิต", "สำนักงานสรรพสามิตพื้นที่เชียงใหม่"),
    ("ผู้อำนวยการสำนักงานบริหารพื้นที่อนุรักษ์ที่ 13 กรมอุทยานแห่งชาติ สัตว์ป่า และพันธุ์พืช กล่าวว่า",
     "สำนักงานบริหารพื้นที่อนุรักษ์ที่ 13"),
    ("นายสมชาย ใจดี ผู้อำนวยการสถาบันวิจัยวิทยาศาสตร์สุขภาพ กรมวิทยาศาสตร์การแพทย์ กล่าวว่า", "สถาบันวิจัยวิทยาศาสตร์สุขภาพ"),
    ("นางสาวสมใจ ดีงาม ผู้อำนวยการกลุ่มงานพัฒนาระบบเทคโนโลยีสารสนเทศ กรมการพัฒนาชุมชน ลงพื้นที่",
     "กลุ่มงานพัฒนาระบบเทคโนโลยีสารสนเทศ"),
])
def test_units_of_the_same_shape_stay(text, name):
    assert name in {n for n, _, _ in bodies(text)}


# --- a service that runs one hospital names it whole -------------------------------------------------------------

@pytest.mark.parametrize("text, whole", [
    ("ขณะนี้ผู้ต้องขังอยู่ในการดูแลของแพทย์ที่โรงพยาบาลราชทัณฑ์ผู้สัมผัสใกล้ชิดได้รับการตรวจแล้ว", "โรงพยาบาลราชทัณฑ์"),
    ("รัฐมนตรีมอบโรงพยาบาลราชทัณฑ์ศึกษาการผลิตยาสมุนไพร", "โรงพยาบาลราชทัณฑ์"),
])
def test_words_written_on_to_a_one_hospital_service_are_prose(text, whole):
    found = {n for n, _, _ in bodies(text)}
    assert whole in found and not any(n.startswith(whole) and n != whole for n in found)


def test_hospitals_of_a_service_with_many_keep_their_place():
    found = {n for n, _, _ in bodies("ผู้ป่วยอยู่ที่โรงพยาบาลจิตเวชนครราชสีมาราชนครินทร์ และโรงพยาบาลมะเร็งลำปาง")}
    assert {"โรงพยาบาลจิตเวชนครราชสีมาราชนครินทร์", "โรงพยาบาลมะเร็งลำปาง"} <= found


# --- the clause written on to a name, a clause or a set taken for one --------------------------------------------

@pytest.mark.parametrize("text, whole", [
    ("ซึ่งการตรวจคัดกรองผู้ต้องขังที่เรือนจำพิเศษพัทยาวันนี้ มียอดทั้งหมด 300 ราย", "เรือนจำพิเศษพัทยา"),
    ("เปิดเผยว่า การประชุมคณะอนุกรรมการประจำภาคใต้วันนี้ ได้พิจารณาแผนพัฒนาภาค", "คณะอนุกรรมการประจำภาคใต้"),
    ("จึงกำหนดให้มีการประชุมคณะกรรมการเตรียมการเปิดเดินรถไฟทางคู่สายใต้และสายตะวันออกเฉียงเหนือขึ้น โดยการประชุมครั้งนี้",
     "คณะกรรมการเตรียมการเปิดเดินรถไฟทางคู่สายใต้และสายตะวันออกเฉียงเหนือ"),
])
def test_today_or_a_particle_written_on_to_a_name_is_not_kept(text, whole):
    found = {n for n, _, _ in bodies(text)}
    assert whole in found and not any(n.startswith(whole) and n != whole for n in found)


def test_a_unit_whose_name_holds_the_particle_keeps_it():
    assert "ศูนย์ขึ้นทะเบียนแรงงาน" in {n for n, _, _ in bodies("เจ้าหน้าที่ศูนย์ขึ้นทะเบียนแรงงาน กรมการจัดหางาน ร่วมตรวจ")}


def test_a_committee_for_what_occurred_keeps_its_whole_name():
    found = {n for n, _, _ in bodies("ประธานคณะกรรมการติดตามความเสียหายและผลกระทบที่เกิดขึ้น ได้ลงพื้นที่ตรวจสอบ")}
    assert not any(n.endswith("ที่เกิด") for n in found)


@pytest.mark.parametrize("text, prefix", [
    ("การกระจายชุดตรวจไปยังหน่วยบริการที่ล่าช้านี้ สปสช. ต้องขออภัย", "หน่วยบริการที่"),
    ("รับทราบผลการดำเนินงานของคณะอนุกรรมการภายใต้คณะกรรมการนโยบายที่ดินแห่งชาติ ได้แก่ 1) การจัดที่ดิน",
     "คณะอนุกรรมการภายใต้"),
])
def test_a_clause_or_a_set_is_no_body(text, prefix):
    assert not any(n.startswith(prefix) for n, _, _ in bodies(text))
