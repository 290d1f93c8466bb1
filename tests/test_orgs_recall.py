"""Recall of organisations and posts on articles no rule was written for (issue 15): bodies outside the
state named by their own words, numbered regional offices, units named with their parent, provincial
office heads, qualifiers, titles shared by a list of names. Each pattern on composed texts, with negatives."""
from __future__ import annotations

import pytest

from thaigovkg.gazetteer import load_gazetteer
from test_extract import extract


def name_of(key: str | None, extraction) -> str | None:
    if key is None:
        return None
    if key in extraction.organizations:
        return extraction.organizations[key].name
    return load_gazetteer().organization(key).name


def bodies(text: str) -> set[tuple[str, str, str | None]]:
    """(name, kind, parent name) of every organisation the text names or learns."""
    e = extract(text)
    keys = set(e.named) | {fact[1] for fact in e.evidence if isinstance(fact, tuple) and fact[0] == "org"}
    keys |= set(e.organizations)
    out = set()
    for key in keys:
        org = e.organizations.get(key) or load_gazetteer().organization(key)
        out.add((org.name, org.kind, name_of(org.parent, e)))
    return out


def names(text: str) -> set[str]:
    return {name for name, _, _ in bodies(text)}


def posts(text: str) -> set[tuple[str, str, str | None]]:
    e = extract(text)
    return {(p.person, p.title, name_of(p.org, e)) for p in e.posts}


# --- bodies outside the state named by their own words --------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("ร่วมกับมูลนิธิกระจกเงา และมูลนิธิปวีณาหงสกุล จัดกิจกรรม", "มูลนิธิกระจกเงา", "foundation"),
    ("ร่วมกับมูลนิธิกระจกเงา และมูลนิธิปวีณาหงสกุล จัดกิจกรรม", "มูลนิธิปวีณาหงสกุล", "foundation"),
    # prose written on to the name ends it
    ("โดยสมาคมแม่บ้านมหาดไทยจัดกิจกรรมมอบสิ่งของ", "สมาคมแม่บ้านมหาดไทย", "association"),
    ("ในการประชุมสมาคมแม่บ้านมหาดไทยสัญจร ครั้งที่ 3", "สมาคมแม่บ้านมหาดไทย", "association"),
    # และ joining two words of one name, a hyphen, ใน + region, a country after a space, a royal patronage
    ("รางวัลจากสมาพันธ์อุตสาหกรรมคอมพิวเตอร์และบริการในภูมิภาคเอเชีย-โอเชียเนีย ที่มอบให้",
     "สมาพันธ์อุตสาหกรรมคอมพิวเตอร์และบริการในภูมิภาคเอเชีย-โอเชียเนีย", "association"),
    ("ได้รับรางวัลพิเศษจากสมาคมสิ่งประดิษฐ์ สาธารณรัฐประเทศจีน", "สมาคมสิ่งประดิษฐ์สาธารณรัฐประเทศจีน", "association"),
    ("นายสมชาย ใจดี นายกสมาคมกีฬาฟุตบอลแห่งประเทศไทย ในพระบรมราชูปถัมภ์ กล่าว",
     "สมาคมกีฬาฟุตบอลแห่งประเทศไทยในพระบรมราชูปถัมภ์", "association"),
    # a ministry's short form after an association's name names whose it is
    ("สมาคมแม่บ้าน มท. คว้ารางวัลชนะเลิศ", "สมาคมแม่บ้านมหาดไทย", "association"),
    ("ร่วมกับหอการค้าจังหวัดเชียงใหม่ จัดงาน", "หอการค้าจังหวัดเชียงใหม่", "chamber"),
    ("ผู้แทนธนาคารกรุงศรีอยุธยา จำกัด (มหาชน) เข้าร่วม", "ธนาคารกรุงศรีอยุธยา จำกัด (มหาชน)", "company"),
    ("ธนาคารแสตนดาร์ดชาร์เตอร์ด (ไทย) จำกัด (มหาชน) ร่วมลงนาม", "ธนาคารแสตนดาร์ดชาร์เตอร์ด (ไทย) จำกัด (มหาชน)", "company"),
    ("ซึ่งจัดโดยกองทุนประชากรแห่งสหประชาชาติ (UNFPA) ประจำประเทศไทย", "กองทุนประชากรแห่งสหประชาชาติ", "international"),
    ("ร่วมกับโครงการเอดส์แห่งสหประชาชาติ (UNAIDS) จัดงาน", "โครงการเอดส์แห่งสหประชาชาติ", "international"),
])
def test_a_body_outside_the_state_is_learned_by_its_own_words_with_no_parent(text, name, kind):
    assert (name, kind, None) in bodies(text)


def test_the_office_in_thailand_of_a_united_nations_body_is_its_unit():
    found = bodies("ผู้แทนสำนักงานผู้ประสานงานสหประชาชาติ (UN) ประจำประเทศไทย กล่าว "
                   "และกองทุนประชากรแห่งสหประชาชาติ (UNFPA) ประจำประเทศไทย ได้จัดพิธี")
    assert ("สำนักงานผู้ประสานงานสหประชาชาติประจำประเทศไทย", "international", "องค์การสหประชาชาติ") in found
    assert ("สำนักงานกองทุนประชากรแห่งสหประชาชาติประจำประเทศไทย", "international",
            "กองทุนประชากรแห่งสหประชาชาติ") in found
    assert "สำนักงานผู้ประสานงานสหประชาชาติ" not in {n for n, _, _ in found}


@pytest.mark.parametrize("text, wrong", [
    ("องค์กรภาคประชาสังคม มูลนิธิต่างๆ และสื่อมวลชน", "มูลนิธิต่าง"),
    ("ในส่วนของสมาคมกีฬาให้พิจารณาสนับสนุน", "สมาคมกีฬา"),
    ("รางวัลชมรมผู้สูงอายุ จำนวน 4 รางวัล", "ชมรมผู้สูงอายุ"),
    ("คณะผู้บริหารจากสมาคมศิลปินพื้นบ้านภาคต่างๆ เข้าเยี่ยมคารวะ", "สมาคมศิลปินพื้นบ้านภาค"),
    ("สมาคมฯ ได้ร่วมหารือแนวทาง", "สมาคม"),
    ("ชมรมอสม. ทุกจังหวัดยืนยันจุดยืน", "ชมรมอสม"),
    ("ณ เมืองนูเรมเบิร์ก สหพันธ์สาธารณรัฐเยอรมนี", "สหพันธ์สาธารณรัฐเยอรมนี"),
    ("ณ ห้องเอสแคป ศูนย์ประชุมสหประชาชาติ กรุงเทพฯ", "ศูนย์ประชุมสหประชาชาติ"),
    ("ผ่านธนาคารที่เป็นผู้ให้บริการในวงเงินจำกัด", "ธนาคารที่เป็นผู้ให้บริการในวงเงินจำกัด"),
])
def test_a_kind_of_body_or_a_word_inside_prose_is_no_body(text, wrong):
    assert not any(n.startswith(wrong) for n in names(text))


def test_a_registered_name_is_not_a_fuzzy_match_of_another_company():
    found = bodies("1. ธนาคารกรุงไทย จำกัด (มหาชน) 2. ธนาคารกสิกรไทย จำกัด (มหาชน) 3. ธนาคารออมสิน")
    assert ("ธนาคารกสิกรไทย จำกัด (มหาชน)", "company", None) in found


# --- numbered regional offices and units named with their parent -------------------------------------

@pytest.mark.parametrize("text, name, parent", [
    ("• ทีม สำนักงานเศรษฐกิจการเกษตรที่ 10", "สำนักงานเศรษฐกิจการเกษตรที่ 10", "สำนักงานเศรษฐกิจการเกษตร"),
    ("และเจ้าหน้าที่ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 1 ลงพื้นที่", "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 1", "กรมส่งเสริมอุตสาหกรรม"),
    ("ผู้อำนวยการสำนักงานชลประทานที่ 12 รายงาน", "สำนักงานชลประทานที่ 12", "กรมชลประทาน"),
    # the reference table for the offices whose words name no department
    ("รายงานข้อมูลไปที่สำนักงานป้องกันควบคุมโรคที่ 6 ชลบุรี", "สำนักงานป้องกันควบคุมโรคที่ 6", "กรมควบคุมโรค"),
    ("โดยสำนักงานพัฒนาและบำรุงรักษาทางน้ำที่ 7 เปิดหน่วยปฏิบัติงาน", "สำนักงานพัฒนาและบำรุงรักษาทางน้ำที่ 7", "กรมเจ้าท่า"),
    # a unit of an independent body or of Bangkok is named with it
    ("เป็นอันดับ 1 จากศูนย์ดวงตา สภากาชาดไทย ภาพรวม", "ศูนย์ดวงตา สภากาชาดไทย", "สภากาชาดไทย"),
    ("• ทีม ศูนย์เทคโนโลยีและสารสนเทศ สถาบันพระปกเกล้า", "ศูนย์เทคโนโลยีและสารสนเทศ สถาบันพระปกเกล้า", "สถาบันพระปกเกล้า"),
    ("ร่วมกับสำนักอนามัย กรุงเทพมหานคร ชี้แจงมาตรการ", "สำนักอนามัย กรุงเทพมหานคร", "กรุงเทพมหานคร"),
    # a division of a department is named alone
    ("จากข้อมูลของกองระบาดวิทยา กรมควบคุมโรค พบว่า", "กองระบาดวิทยา", "กรมควบคุมโรค"),
])
def test_a_regional_office_or_a_unit_is_learned_under_its_body(text, name, parent):
    assert any(n == name and p == parent for n, _, p in bodies(text))


@pytest.mark.parametrize("text, wrong", [
    ("ส่วนภูมิภาคติดต่อที่ศูนย์สนับสนุนบริการสุขภาพที่ 1-12 หรือทางเว็บไซต์", "ศูนย์สนับสนุนบริการสุขภาพที่"),
    ("ศูนย์ขยายพันธุ์พืชที่ 1 – 10 ของกรมส่งเสริมการเกษตร", "ศูนย์ขยายพันธุ์พืชที่"),
    ("สำนักงานตั้งอยู่เลขที่ 5 ถนนพระราม 6", "สำนักงานตั้งอยู่"),
    ("ด้านการส่งเสริมทักษะฝีมือให้กับกลุ่มแรงงานสตรีนั้น กรมพัฒนาฝีมือแรงงานมีการ", "กลุ่มแรงงานสตรี"),
])
def test_a_range_an_address_or_a_group_of_people_is_no_unit(text, wrong):
    assert not any(n.startswith(wrong) for n in names(text))


# --- posts --------------------------------------------------------------------------------------------

def test_names_listed_one_after_another_share_the_title_after_the_last():
    found = posts("โดยมี นายทรงศักดิ์ ทองศรี\u200b น.ส.ซาบีดา ไทยเศรษฐ์ และ น.ส.ธีรรัตน์ สำเร็จวาณิชย์ รมช.มหาดไทย "
                  "นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย เข้าร่วม")
    for person in ("ทรงศักดิ์ ทองศรี", "ซาบีดา ไทยเศรษฐ์", "ธีรรัตน์ สำเร็จวาณิชย์"):
        assert (person, "รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย", "กระทรวงมหาดไทย") in found
    assert ("สุทธิพงษ์ จุลเจริญ", "รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย", "กระทรวงมหาดไทย") not in found


def test_a_name_with_a_title_of_its_own_ends_the_list():
    found = posts("โดยมี นางวรวรรณ ชิตอรุณ รองปลัดกระทรวงอุตสาหกรรม นายสุระ เพชรพิรุณ นายสมพล โนดไธสง "
                  "ผู้ตรวจราชการกระทรวงอุตสาหกรรม เข้าร่วม")
    assert ("สมพล โนดไธสง", "ผู้ตรวจราชการกระทรวงอุตสาหกรรม", "กระทรวงอุตสาหกรรม") in found
    assert ("สุระ เพชรพิรุณ", "ผู้ตรวจราชการกระทรวงอุตสาหกรรม", "กระทรวงอุตสาหกรรม") in found
    assert ("วรวรรณ ชิตอรุณ", "ผู้ตรวจราชการกระทรวงอุตสาหกรรม", "กระทรวงอุตสาหกรรม") not in found


def test_names_apart_in_prose_share_no_title():
    found = posts("นายสมชาย ใจดี กล่าวว่า ได้หารือกับ นายสมศักดิ์ รักไทย ปลัดกระทรวงแรงงาน")
    assert not any(p == "สมชาย ใจดี" for p, _, _ in found)


@pytest.mark.parametrize("text, person, title, org", [
    ("นางพัชรี ใบยา อุตสาหกรรมจังหวัดเชียงใหม่ กล่าว", "พัชรี ใบยา", "อุตสาหกรรมจังหวัดเชียงใหม่",
     "สำนักงานอุตสาหกรรมจังหวัดเชียงใหม่"),
    ("นายพิสดาร ประดา พัฒนาการจังหวัดอุบลราชธานี กล่าว", "พิสดาร ประดา", "พัฒนาการจังหวัดอุบลราชธานี",
     "สำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี"),
    ("นายแพทย์อภิรัต กตัญญุตานนท์ นายแพทย์สาธารณสุขจังหวัดชลบุรี เปิดเผยว่า", "อภิรัต กตัญญุตานนท์",
     "นายแพทย์สาธารณสุขจังหวัดชลบุรี", "สำนักงานสาธารณสุขจังหวัดชลบุรี"),
])
def test_a_provincial_office_head_is_tied_to_the_office(text, person, title, org):
    assert (person, title, org) in posts(text)


def test_a_province_office_word_inside_prose_is_no_post():
    assert not posts("เพื่อพัฒนาอุตสาหกรรมจังหวัดระยอง นายสมชาย ใจดี กล่าว")


@pytest.mark.parametrize("text, person, title", [
    ("นายอรรษิษฐ์ สัมพันธรัตน์ รองปลัดกระทรวงมหาดไทย ด้านบริหาร เป็นผู้แทน", "อรรษิษฐ์ สัมพันธรัตน์",
     "รองปลัดกระทรวงมหาดไทยด้านบริหาร"),
    ("นายแพทย์ภาณุมาศ ญาณเวทย์สกุล ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 2 ให้สัมภาษณ์",
     "ภาณุมาศ ญาณเวทย์สกุล", "ผู้ตรวจราชการกระทรวงสาธารณสุขเขตสุขภาพที่2"),
])
def test_a_deputys_or_an_inspectors_qualifier_is_part_of_the_post(text, person, title):
    assert person in {p for p, t, _ in posts(text) if t.replace(" ", "") == title}


def test_a_qualifier_after_a_head_that_takes_none_stays_out():
    found = posts("นายสมชาย ใจดี อธิบดีกรมประมง ด้านการประมงทะเลได้กล่าว")
    assert ("สมชาย ใจดี", "อธิบดีกรมประมง", "กรมประมง") in found


@pytest.mark.parametrize("text, person, title", [
    ("นางกุลทรัพย์ ชื่นโกสุม นางวรสุดา รัตนสุคนธ์ อุปนายกสมาคมแม่บ้านมหาดไทย นางสุจิตรา ศรีนาม "
     "ที่ปรึกษานายกสมาคมแม่บ้านมหาดไทย", "กุลทรัพย์ ชื่นโกสุม", "อุปนายกสมาคมแม่บ้านมหาดไทย"),
    ("นางกุลทรัพย์ ชื่นโกสุม นางวรสุดา รัตนสุคนธ์ อุปนายกสมาคมแม่บ้านมหาดไทย นางสุจิตรา ศรีนาม "
     "ที่ปรึกษานายกสมาคมแม่บ้านมหาดไทย", "สุจิตรา ศรีนาม", "ที่ปรึกษานายกสมาคมแม่บ้านมหาดไทย"),
    ("นายธนกร ปุลิเวคินทร์ ประธานสมาพันธ์สมาคมภาพยนตร์แห่งชาติ กล่าว", "ธนกร ปุลิเวคินทร์",
     "ประธานสมาพันธ์สมาคมภาพยนตร์แห่งชาติ"),
    ("นายผยง ศรีวณิช กรรมการผู้จัดการใหญ่ธนาคารกรุงไทย กล่าว", "ผยง ศรีวณิช", "กรรมการผู้จัดการใหญ่ธนาคารกรุงไทย"),
])
def test_an_officer_of_a_body_outside_the_state_holds_a_post_of_it(text, person, title):
    assert person in {p for p, t, _ in posts(text) if t == title}


# --- provinces as bodies --------------------------------------------------------------------------------

def province_bodies(text: str) -> set[str]:
    return {m.value for m in extract(text).mentions if m.kind == "org" and m.value.startswith("จังหวัด")}


def test_the_provinces_listed_after_their_governors_are_bodies():
    found = province_bodies("โดยมี ผู้ว่าราชการจังหวัด 17 จังหวัดภาคเหนือ ได้แก่ จังหวัดเชียงใหม่ เชียงราย น่าน แพร่ "
                            "และจังหวัดอุทัยธานี ร่วมแสดงแบบผ้าไทย")
    assert {"จังหวัดเชียงใหม่", "จังหวัดเชียงราย", "จังหวัดน่าน", "จังหวัดแพร่", "จังหวัดอุทัยธานี"} <= found


def test_provinces_that_received_an_honour_are_bodies_and_a_name_may_run_on_to_and():
    found = province_bodies("ยังมีจังหวัดที่ได้รับใบประกาศเกียรติคุณและโล่ประกาศเกียรติคุณ ได้แก่ จังหวัดนครปฐมและลำปาง")
    assert "จังหวัดนครปฐม" in found


@pytest.mark.parametrize("text", [
    "มี 12 จังหวัด ที่ได้รับผลกระทบ ได้แก่ จังหวัดอุทัยธานี นครราชสีมา บุรีรัมย์",
    "ประชาชนใน 4 จังหวัด ได้แก่ จังหวัดนครปฐมและจังหวัดราชบุรี",
])
def test_provinces_affected_or_listed_as_places_are_no_bodies(text):
    assert not province_bodies(text)


# --- temples and the sangha, named through their heads -------------------------------------------------

def test_a_temple_and_a_sangha_are_bodies_where_their_head_is_named_by_them():
    found = bodies("นำโดยพระครูสิริจันทประโชติ (คงเดช) เจ้าอาวาสวัดศรีดอนตัน เจ้าคณะอำเภอแม่ใจ และ"
                   "พระเมธีวชิรคุณ รองเจ้าคณะจังหวัดพะเยา และผู้ช่วยเจ้าอาวาสวัดศรีโคมคำ พระอารามหลวง")
    assert {("วัดศรีดอนตัน", "religious", None), ("วัดศรีโคมคำ", "religious", None),
            ("คณะสงฆ์อำเภอแม่ใจ", "religious", None), ("สำนักงานเจ้าคณะจังหวัดพะเยา", "religious", None)} <= found


def test_a_temple_as_a_venue_is_no_body():
    assert not any(n.startswith("วัด") for n in names("จัดงาน ณ วัดพระเชตุพนวิมลมังคลาราม เขตพระนคร"))


def test_the_chulabhorn_hospital_is_the_royal_academys():
    assert ("โรงพยาบาลจุฬาภรณ์", "hospital", "ราชวิทยาลัยจุฬาภรณ์") in bodies("ล่าสุด ร่วมมือกับโรงพยาบาลจุฬาภรณ์ ปลูกถ่ายกระจกตา")


@pytest.mark.parametrize("text, expected", [
    ("รองนายกฯ ถก คณะกรรมการพัฒนาระบบยาแห่งชาติ เตรียมทำกฎหมาย", {"คณะกรรมการพัฒนาระบบยาแห่งชาติ"}),
    ("ที่ประชุมคณะกรรมการโรคติดต่อแห่งชาติ มีมติ", {"คณะกรรมการโรคติดต่อแห่งชาติ"}),
    # a body's board, a panel of the moment: none
    ("ที่ประชุมคณะกรรมการรถไฟแห่งประเทศไทย มีมติ", set()),
    ("ที่ประชุมคณะกรรมการสมาคมแม่บ้านมหาดไทยแห่งชาติ", set()),
    ("โดยคณะกรรมการคัดเลือก ได้พิจารณา", set()),
])
def test_a_national_committee_names_itself(text, expected):
    assert {n for n, kind, _ in bodies(text) if kind == "committee"} == expected


@pytest.mark.parametrize("text, name, parent", [
    ("• ทีม สำนักงานสถิติอุทัยธานี ชื่อผลงาน", "สำนักงานสถิติจังหวัดอุทัยธานี", "สำนักงานสถิติแห่งชาติ"),
    ("นางเยาวภา ล้อมณรงค์ ผู้อำนวยการสถานพัฒนาและฟื้นฟูเด็กจังหวัดหนองคาย และ", "สถานพัฒนาและฟื้นฟูเด็กจังหวัดหนองคาย",
     "กรมกิจการเด็กและเยาวชน"),
    ("สำนักงานประชาสัมพันธ์กทม. จำนวนที่ส่งตรวจสอบ 214 เรื่อง", "สำนักงานประชาสัมพันธ์กรุงเทพมหานคร", "กรุงเทพมหานคร"),
])
def test_a_provincial_office_or_a_bangkok_bureau_written_short_is_its_body(text, name, parent):
    assert any(n.replace(" ", "") == name and p == parent for n, _, p in bodies(text))


def test_unesco_by_its_thai_short_name():
    assert "องค์การการศึกษา วิทยาศาสตร์และวัฒนธรรมแห่งสหประชาชาติ" in names("เมื่อปี 2561 ยูเนสโกได้ประกาศขึ้นทะเบียนโขน")


@pytest.mark.parametrize("text, person, title", [
    ("นางสาวธิดาพร มีกิ่งทอง รองกรรมการผู้จัดการ ธนาคารอาคารสงเคราะห์ เป็นผู้แทนธนาคาร", "ธิดาพร มีกิ่งทอง",
     "รองกรรมการผู้จัดการธนาคารอาคารสงเคราะห์"),
    ("นายวิชัย ไชยมงคล ที่ปรึกษารองนายกรัฐมนตรี นายสุรชาติ เทียนทอง เลขานุการรัฐมนตรีว่าการกระทรวงสาธารณสุข",
     "วิชัย ไชยมงคล", "ที่ปรึกษารองนายกรัฐมนตรี"),
    ("1. นางนันทวรรณ ชื่นศิริ ที่ปรึกษานายกรัฐมนตรี", "นันทวรรณ ชื่นศิริ", "ที่ปรึกษานายกรัฐมนตรี"),
])
def test_a_deputys_or_an_advisors_word_written_on_to_a_title_is_part_of_the_post(text, person, title):
    found = {(p, t) for p, t, _ in posts(text)}
    assert (person, title) in found
    assert (person, title.removeprefix("รอง").removeprefix("ที่ปรึกษา")) not in found


@pytest.mark.parametrize("text, name", [
    ("ร่วมกับเครือข่ายลดอุบัติเหตุ มูลนิธิเมาไม่ขับ เครือข่ายเหยื่อ", "มูลนิธิเมาไม่ขับ"),
    ("นายกสมาคมอุตสาหกรรมทูน่าไทยกำหนดแนวทาง", "สมาคมอุตสาหกรรมทูน่าไทย"),
])
def test_a_name_holding_a_negation_or_cut_before_a_glued_verb(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, wrong", [
    ("ปัจจุบันได้เติบโตเป็นศูนย์กลางส่วนภูมิภาคขององค์กรสหประชาชาติ และถือเป็น", "ศูนย์กลาง"),
    ("ณ ศูนย์การประชุมสหประชาชาติ กรุงเทพฯ", "ศูนย์การประชุม"),
    ("ชมรมแม่บ้านกรมในสังกัดกระทรวงมหาดไทย ร่วมจัดงาน", "ชมรมแม่บ้านกรม"),
    ("ประธานสมาคมผู้สื่อข่าว และช่างภาพ", "สมาคมผู้สื่อข่าว"),
])
def test_a_venue_a_description_or_a_kind_of_club_is_no_body(text, wrong):
    assert not any(n.startswith(wrong) for n in names(text))


@pytest.mark.parametrize("text, name", [
    ("ซึ่งประธานสมาคมแม่บ้านกรมส่งเสริมการปกครองท้องถิ่นในขณะนั้น ได้ริเริ่ม", "สมาคมแม่บ้านกรมส่งเสริมการปกครองท้องถิ่น"),
    ("การทำงานของสมาคมแม่บ้านมหาดไทยอย่างไม่หยุดยั้ง", "สมาคมแม่บ้านมหาดไทย"),
    ("ข้อมูลที่สมาคมประกันวินาศภัยไทยใช้พิจารณา", "สมาคมประกันวินาศภัยไทย"),
])
def test_prose_written_on_to_a_name_is_cut_off(text, name):
    assert name in names(text)


def test_a_name_ending_in_a_rank_before_a_persons_name_is_not_all_there():
    assert not any(n.startswith("มูลนิธิรัฐบุรุษ") for n in names("ร่วมกับมูลนิธิรัฐบุรุษพลเอก เปรม ติณสูลานนท์ จัดงาน"))


@pytest.mark.parametrize("text, name", [
    ("บีโอไอ ร่วมกับสมาคมส่งเสริมการรับช่วงการผลิตไทย (ไทยซับคอน) และ", "สมาคมส่งเสริมการรับช่วงการผลิตไทย"),
    ("นายกสมาคมกีฬาเทควันโดแห่งประเทศไทยพัฒนาวงการกีฬาเทควันโด", "สมาคมกีฬาเทควันโดแห่งประเทศไทย"),
    ("ร่วมกับมูลนิธิธรรมนัส พรหมเผ่า ได้ตรวจเยี่ยม", "มูลนิธิธรรมนัสพรหมเผ่า"),
    ("ผู้แทนสมาคมแห่งมหาสมุทรอินเดียและประเทศคู่เจรจา", "สมาคมแห่งมหาสมุทรอินเดีย"),
])
def test_a_name_ends_where_another_body_or_prose_begins(text, name):
    assert name in {n.replace(" ", "") for n in names(text)}


def test_a_second_body_glued_to_the_first_is_not_part_of_its_name():
    assert not any("สันนิบาต" in n for n in names("จัดประชุมสมาคมชาวนาสันนิบาตสหกรณ์ และ"))


@pytest.mark.parametrize("text, name", [
    ("นายกสมาคมผู้นำสตรีพัฒนาชุมชนเขต 1 พร้อมชมการแสดง", "สมาคมผู้นำสตรีพัฒนาชุมชนเขต 1"),
    ("คณะกรรมการมูลนิธิราชทัณฑ์ปันสุขทำความดีเพื่อชาติ ตรวจเยี่ยม", "มูลนิธิราชทัณฑ์ปันสุข"),
])
def test_a_numbered_chapter_keeps_its_number_and_a_glued_verb_ends_a_name(text, name):
    assert name in names(text)


def test_a_group_listed_beside_a_club_is_no_unit_of_it():
    found = bodies("กำนัน-ผู้ใหญ่บ้าน กลุ่มปันจักสีลัต ชมรมอิหม่าม และสื่อมวลชนในพื้นที่")
    assert not any(n == "กลุ่มปันจักสีลัต" for n, _, _ in found)


def test_a_post_one_person_holds_at_a_time_is_not_shared_by_a_list():
    found = posts("โดยมีผู้ทรงคุณวุฒิ อาทิ คุณหญิงทิพาวดี เมฆสวรรค์ นายอภัย จันทนจุลกะ นายสด แดงเอียด "
                  "นายพนมบุตร จันทรโชติ อธิบดีกรมศิลปากร")
    assert {p for p, t, _ in found if t == "อธิบดีกรมศิลปากร"} == {"พนมบุตร จันทรโชติ"}


# --- unit names that hold จัด / ร่วม / มี, numbered units, nested units, units glued to their body -------------

@pytest.mark.parametrize("text, name, parent", [
    # จัดการ / ขจัด / กำจัด are words of a name, not "holds" (the verb that ends one)
    ("ผู้แทนกองบริหารจัดการทรัพยากรน้ำ กรมชลประทาน เข้าร่วม", "กองบริหารจัดการทรัพยากรน้ำ", "กรมชลประทาน"),
    ("โดยสำนักบริหารจัดการน้ำ กรมทรัพยากรน้ำ แจ้งว่า", "สำนักบริหารจัดการน้ำ", "กรมทรัพยากรน้ำ"),
    ("โดยศูนย์อำนวยการขจัดความยากจน กรมการพัฒนาชุมชน แจ้งว่า", "ศูนย์อำนวยการขจัดความยากจน", "กรมการพัฒนาชุมชน"),
    ("หรือสำนักประสานความร่วมมือระหว่างประเทศ สำนักงานปลัดกระทรวงแรงงาน", "สำนักประสานความร่วมมือระหว่างประเทศ",
     "สำนักงานปลัดกระทรวงแรงงาน"),
    ("ติดต่อได้ที่กองบริหารแรงงานไทยไปต่างประเทศ กรมการจัดหางาน", "กองบริหารแรงงานไทยไปต่างประเทศ", "กรมการจัดหางาน"),
    # a numbered unit keeps its number
    ("ล่าสุด สำนักก่อสร้างทางที่ 2 กรมทางหลวง ได้เร่ง", "สำนักก่อสร้างทางที่ 2", "กรมทางหลวง"),
    # its own short form between the unit and its body
    ("ศูนย์นาโนเทคโนโลยีแห่งชาติ (นาโนเทค) สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ (สวทช.) จัดงาน",
     "ศูนย์นาโนเทคโนโลยีแห่งชาติ", "สำนักงานพัฒนาวิทยาศาสตร์และเทคโนโลยีแห่งชาติ"),
    # three parts: each in the next
    ("กลุ่มงานพัฒนาระบบ กองยุทธศาสตร์และแผนงาน สำนักงานปลัดกระทรวงสาธารณสุข ได้รับรางวัล", "กลุ่มงานพัฒนาระบบ",
     "กองยุทธศาสตร์และแผนงาน"),
    ("กองการเจ้าหน้าที่ สำนักบริหารกลาง กรมประมง ได้รับรางวัล", "กองการเจ้าหน้าที่", "สำนักบริหารกลาง"),
    ("กองการเจ้าหน้าที่ สำนักบริหารกลาง กรมประมง ได้รับรางวัล", "สำนักบริหารกลาง", "กรมประมง"),
    # a unit and its body written as one word: the whole is its name
    ("โดยศูนย์ปฏิบัติการต่อต้านการทุจริตกระทรวงยุติธรรม ได้รับเรื่อง", "ศูนย์ปฏิบัติการต่อต้านการทุจริตกระทรวงยุติธรรม",
     "สำนักงานปลัดกระทรวงยุติธรรม"),
    ("ร่วมกับศูนย์รับบริจาคอวัยวะและดวงตาโรงพยาบาลเพชรบูรณ์ จัดงาน", "ศูนย์รับบริจาคอวัยวะและดวงตา โรงพยาบาลเพชรบูรณ์",
     "โรงพยาบาลเพชรบูรณ์"),
])
def test_a_unit_is_read_whole_and_placed_under_the_body_written_with_it(text, name, parent):
    assert any(n.replace(" ", "") == name.replace(" ", "") and p == parent for n, _, p in bodies(text))


@pytest.mark.parametrize("text, not_a_unit", [
    ("กองสาธารณสุขจัดงานวันนี้ กรมอนามัย", "กองสาธารณสุขจัดงานวันนี้"),       # glued to a word: no unit at all
    ("ให้สำนักงานที่ 1 - 12 กรมทางหลวง ดำเนินการ", "สำนักงานที่ 1"),            # a range of offices
    ("ติดต่อได้ที่สำนักงานเขต บรรษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม", "สำนักงานเขต"),   # a kind of office
    ("ชำระที่สำนักงานการประปานครหลวง หรือธนาคาร", "สำนักงานการประปานครหลวง"),     # the body's own office
    ("ฝ่ายเลขานุการของคณะกรรมการประสานงานสภาผู้แทนราษฎร", "ฝ่ายเลขานุการของคณะกรรมการประสานงานสภาผู้แทนราษฎร"),
    ("กองการเจ้าหน้าที่ กองคลัง กรมประมง ได้รับรางวัล", "กองการเจ้าหน้าที่"),  # a list of divisions, not one in another
])
def test_no_unit_where_the_words_make_none(text, not_a_unit):
    assert not any(n.replace(" ", "").startswith(not_a_unit.replace(" ", "")) for n in names(text))


# --- committees ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, parent", [
    ("ป้องกันควบคุมโรค คณะกรรมการโรคติดต่อแห่งชาติจึงได้เสนอให้เพิ่ม", "คณะกรรมการโรคติดต่อแห่งชาติ", None),
    ("ในคราวประชุมคณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ ครั้งที่ 2/2565 เมื่อวันที่",
     "คณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ", None),
    ("โดยคณะกรรมการนโยบายการบินพลเรือน (กนบ.) มีมติ", "คณะกรรมการนโยบายการบินพลเรือน", None),
    ("คณะอนุกรรมการตัดสินรางวัล ภายใต้คณะกรรมการพัฒนาระบบราชการ ได้ประชุม", "คณะอนุกรรมการตัดสินรางวัล",
     "คณะกรรมการพัฒนาระบบราชการ"),
])
def test_a_committee_is_learned_where_the_text_closes_its_name(text, name, parent):
    assert (name, "committee", parent) in bodies(text)


@pytest.mark.parametrize("text", [
    "คณะกรรมการฯ ครั้งที่ 3/2565 มีมติ",                               # a short reference
    "ที่ประชุมคณะกรรมการทั้ง 3 ชุด ครั้งที่ 1",                           # the committees of a set
    "คณะกรรมการค่าจ้างได้มีมติปรับค่าจ้าง ครั้งที่ 2",                     # prose glued on: the end is not shown
    "นายสมชาย ใจดี ประธานคณะกรรมการสมาพันธ์สมาคมภาพยนตร์แห่งชาติ กล่าว",   # the board of a body
    "คณะอนุกรรมการด้านกีฬา ครั้งที่ 1",                                  # a sub-committee of no known committee
    "สำนักงานคณะกรรมการคุ้มครองผู้บริโภค (สคบ.) จัดงาน",                   # the committee's office
])
def test_no_committee_where_the_name_is_not_closed_or_is_no_committee(text):
    learned = extract(text).organizations.values()
    assert not [org.name for org in learned if org.kind == "committee"]


# --- faculties after a dean's title, misspelt ministries, unlisted municipalities, community enterprises ------

def test_a_faculty_written_on_to_its_deans_title_and_the_post():
    text = "ดร.สมชาย ใจดี คณบดีคณะวิทยาศาสตร์ มหาวิทยาลัยเชียงใหม่ กล่าว"
    assert ("คณะวิทยาศาสตร์ มหาวิทยาลัยเชียงใหม่", "faculty", "มหาวิทยาลัยเชียงใหม่") in bodies(text)
    assert ("สมชาย ใจดี", "คณบดีคณะวิทยาศาสตร์ มหาวิทยาลัยเชียงใหม่", "คณะวิทยาศาสตร์ มหาวิทยาลัยเชียงใหม่") in posts(text)


@pytest.mark.parametrize("text", ["ประทรวงมหาดไทย ได้จัดงาน", "นายสมชาย ใจดี ปลัดประทรวงมหาดไทย กล่าว"])
def test_a_misspelt_ministry_is_the_ministry(text):
    assert "กระทรวงมหาดไทย" in names(text)


def test_the_mayor_of_a_municipality_no_source_lists_is_placed_by_the_address():
    text = "นายสมชาย ใจดี นายกเทศมนตรีตำบลเกล็ดแก้ว อำเภอสัตหีบ จังหวัดชลบุรี กล่าว"
    assert ("สมชาย ใจดี", "นายกเทศมนตรีตำบลเกล็ดแก้ว", "เทศบาลตำบลเกล็ดแก้ว") in posts(text)
    assert ("เทศบาลตำบลเกล็ดแก้ว", "local_government", "จังหวัดชลบุรี") in bodies(text)
    # no address after it, or no name: nothing learned; the name alone with an address may be where something lies
    assert not posts("นายสมชาย ใจดี นายกเทศมนตรีตำบลเกล็ดแก้ว กล่าว")
    assert not posts("นายสมชาย ใจดี นายกเทศมนตรีตำบลทุกแห่ง อำเภอสัตหีบ จังหวัดชลบุรี")
    assert "เทศบาลตำบลเกล็ดแก้ว" not in names("ชุมชนบ้านทุ่ง เทศบาลตำบลเกล็ดแก้ว อำเภอสัตหีบ จังหวัดชลบุรี")


@pytest.mark.parametrize("text, name", [
    ("ชื่นชม กลุ่มวิสาหกิจชุมชนบ้านริมคลองโฮมสเตย์ ที่มีการรู้จัก", "กลุ่มวิสาหกิจชุมชนบ้านริมคลองโฮมสเตย์"),
    ("ได้แก่ วิสาหกิจชุมชนปลาส้มบ้านคำกลาง จ.อุบลราชธานี", "วิสาหกิจชุมชนปลาส้มบ้านคำกลาง"),
])
def test_a_community_enterprise_is_a_body_outside_the_state(text, name):
    assert (name, "outside", None) in bodies(text)


@pytest.mark.parametrize("text", ["ผู้ประกอบการ OTOP วิสาหกิจชุมชนที่อยู่ในจังหวัด", "วิสาหกิจชุมชนสามารถประยุกต์ใช้เทคโนโลยี",
                                  "รางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2563"])
def test_no_community_enterprise_in_prose(text):
    assert not any("วิสาหกิจ" in n for n in names(text))


# --- heads of universities and of the police ---------------------------------------------------------------

@pytest.mark.parametrize("text, post", [
    ("ดร.สมชาย ใจดี อธิการบดีมหาวิทยาลัยเชียงใหม่ กล่าว", ("สมชาย ใจดี", "อธิการบดีมหาวิทยาลัยเชียงใหม่", "มหาวิทยาลัยเชียงใหม่")),
    ("รศ.สมหญิง ใจดี รองอธิการบดีมหาวิทยาลัยขอนแก่น กล่าว", ("สมหญิง ใจดี", "รองอธิการบดีมหาวิทยาลัยขอนแก่น", "มหาวิทยาลัยขอนแก่น")),
    ("พล.ต.อ.สมชาย ใจดี ผู้บัญชาการตำรวจแห่งชาติ กล่าว", ("สมชาย ใจดี", "ผู้บัญชาการตำรวจแห่งชาติ", "สำนักงานตำรวจแห่งชาติ")),
    ("พล.ต.อ.สมชาย ใจดี รองผู้บัญชาการตำรวจแห่งชาติ กล่าว", ("สมชาย ใจดี", "รองผู้บัญชาการตำรวจแห่งชาติ", "สำนักงานตำรวจแห่งชาติ")),
    # a royally granted surname "ณ หนองคาย" is part of the name
    ("นายสุพจน์ รอดเรือง ณ หนองคาย ผู้ว่าราชการจังหวัดพังงา เปิดเผยว่า",
     ("สุพจน์ รอดเรือง ณ หนองคาย", "ผู้ว่าราชการจังหวัดพังงา", "จังหวัดพังงา")),
])
def test_the_heads_of_universities_and_of_the_police(text, post):
    assert post in posts(text)


def test_a_rector_without_a_university_holds_no_post():
    assert not posts("ดร.สมชาย ใจดี อธิการบดี กล่าว")


@pytest.mark.parametrize("text, title", [
    ("พันตำรวจเอก สมชาย ใจดี ผู้กำกับการสถานีตำรวจภูธรเมืองน่าน กล่าว", "ผู้กำกับการสถานีตำรวจภูธรเมืองน่าน"),
    ("พล.ต.ต.สมชาย ใจดี ผู้บังคับการกองบังคับการปราบปราม กล่าว", "ผู้บังคับการกองบังคับการปราบปราม"),
    # a numbered area office keeps its area in the title
    ("นายสมชาย ใจดี ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1 กล่าว",
     "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1"),
])
def test_police_heads_and_numbered_area_offices_in_titles(text, title):
    assert title in {t for _, t, _ in posts(text)}


def test_a_unit_in_a_list_keeps_its_body_when_the_next_item_is_a_unit_of_it_too():
    found = bodies("มอบรางวัลให้แก่ กองระบาดวิทยา กรมควบคุมโรค และกองโรคไม่ติดต่อ กรมควบคุมโรค")
    assert ("กองระบาดวิทยา", "unit", "กรมควบคุมโรค") in found and ("กองโรคไม่ติดต่อ", "unit", "กรมควบคุมโรค") in found


@pytest.mark.parametrize("text", [
    "ในการนี้ ฝ่ายสงฆ์และรัฐมนตรีว่าการกระทรวงวัฒนธรรม ได้ร่วมกันประกอบพิธี\n",
    "โดยมีฝ่ายเลขานุการแทนปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม เข้าร่วม\n",
    "ทั้งนี้ ฝ่ายกงสุลกระทรวงการต่างประเทศ ได้ให้ความช่วยเหลือคนไทย\n",
])
def test_a_run_glued_to_a_ministry_through_a_post_or_a_wing_is_no_unit(text):
    # found in a full build as units with no parent: a post or a clause between the run and the body, a ministry's wing
    learned = extract(text).organizations.values()
    assert all(o.parent for o in learned), [(o.name, o.parent) for o in learned]
    assert not any(o.name.startswith("ฝ่าย") for o in learned)


# Commercial banks as most articles write them, without "จำกัด (มหาชน)" (ontology/outside_bodies.csv): one
# node per bank whichever way it is written, a company outside the state, no parent.
@pytest.mark.parametrize("text, name", [
    ("นายสมชาย ใจดี กล่าวว่า ธนาคารกสิกรไทย ได้รับรางวัลองค์กรดีเด่น", "ธนาคารกสิกรไทย จำกัด (มหาชน)"),
    ("รางวัลนี้มอบให้แก่ธนาคารไทยพาณิชย์ และธนาคารกรุงเทพฯ", "ธนาคารไทยพาณิชย์ จำกัด (มหาชน)"),
    ("รางวัลนี้มอบให้แก่ธนาคารไทยพาณิชย์ และธนาคารกรุงเทพฯ", "ธนาคารกรุงเทพ จำกัด (มหาชน)"),
    ("โดยมีธนาคารทหารไทยธนชาต ร่วมสนับสนุน", "ธนาคารทหารไทยธนชาต จำกัด (มหาชน)"),
    ("ธนาคารกรุงศรีอยุธยา จำกัด (มหาชน) คว้ารางวัล", "ธนาคารกรุงศรีอยุธยา จำกัด (มหาชน)"),
])
def test_a_commercial_bank_written_without_its_registration_is_the_bank(text, name):
    found = bodies(text)
    assert (name, "company", None) in found
    assert not any(n.startswith("ธนาคาร") and n != name and "จำกัด" not in n for n, _, _ in found)


@pytest.mark.parametrize("text", [
    "ลูกค้าสามารถชำระผ่านธนาคารได้ทุกแห่ง",                 # a kind, no bank
    "ธนาคารได้รับรางวัลธนาคารยอดเยี่ยมแห่งปี",               # the bank of the article, unnamed
])
def test_a_bank_unnamed_is_no_commercial_bank(text):
    assert not any(kind == "company" for _, kind, _ in bodies(text))


def test_the_equitable_education_fund_is_a_state_agency_with_its_short_form():
    found = bodies("กองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.) ร่วมกับกระทรวงศึกษาธิการ มอบรางวัลครูรัก(ษ์)ถิ่น")
    assert ("กองทุนเพื่อความเสมอภาคทางการศึกษา", "other", "สำนักนายกรัฐมนตรี") in found
    assert "กองทุนเพื่อความเสมอภาคทางการศึกษา" in names("ผู้จัดการ กสศ. กล่าวว่า กองทุนเพื่อความเสมอภาคทางการศึกษา จะมอบทุน")


# A council every province or district has, named by the place (named_bodies._PLACE_COUNCIL): a body outside
# the government, no parent; the place must be a real one.
@pytest.mark.parametrize("text, name", [
    ("สภาวัฒนธรรมจังหวัดลำปาง ได้รับรางวัลเชิดชูเกียรติ", "สภาวัฒนธรรมจังหวัดลำปาง"),
    ("นายสมชาย ใจดี ประธานสภาวัฒนธรรมอำเภอลับแล กล่าวว่า", "สภาวัฒนธรรมอำเภอลับแล"),
    ("โดยสภาวัฒนธรรมกรุงเทพมหานคร ร่วมจัดงาน", "สภาวัฒนธรรมกรุงเทพมหานคร"),
    ("สภาเด็กและเยาวชนจังหวัดสุราษฎร์ธานีคว้ารางวัลชนะเลิศ", "สภาเด็กและเยาวชนจังหวัดสุราษฎร์ธานี"),
    ("ผู้แทนสภาเด็กและเยาวชนแห่งประเทศไทย เข้าร่วม", "สภาเด็กและเยาวชนแห่งประเทศไทย"),
    ("หอการค้าจังหวัดเชียงใหม่ ร่วมกับสภาวัฒนธรรมจังหวัดเชียงใหม่", "สภาวัฒนธรรมจังหวัดเชียงใหม่"),
    ("หอการค้าจังหวัดเชียงใหม่ ร่วมกับสภาวัฒนธรรมจังหวัดเชียงใหม่", "หอการค้าจังหวัดเชียงใหม่"),
    ("สภาอุตสาหกรรมจังหวัดระยอง ร่วมกับ หอการค้าจังหวัดระยอง จัดงาน", "สภาอุตสาหกรรมจังหวัดระยอง"),
    ("นายสมชาย ใจดี ประธานสภาอุตสาหกรรมจังหวัดนครราชสีมา กล่าวว่า", "สภาอุตสาหกรรมจังหวัดนครราชสีมา"),
    ("สภาเกษตรกรจังหวัดน่านได้รับรางวัลดีเด่น", "สภาเกษตรกรจังหวัดน่าน"),
    ("โดยมีผู้แทนสภาเกษตรกรจังหวัด พระนครศรีอยุธยา เข้าร่วม", "สภาเกษตรกรจังหวัดพระนครศรีอยุธยา"),
])
def test_a_council_named_by_its_place_is_a_body_outside_the_government(text, name):
    assert any(n == name and parent is None for n, _, parent in bodies(text))


@pytest.mark.parametrize("text", [
    "เครือข่ายสภาวัฒนธรรมทุกระดับ ร่วมกิจกรรม",               # a kind, no place
    "สภาเด็กและเยาวชนจังหวัดต่างๆ ร่วมเสนอความเห็น",           # no real province
    "สภาวัฒนธรรมจังหวัด หน่วยงานภาครัฐ และเอกชน",              # the kind of council, no place
    "สภาเด็กและเยาวชนขององค์กรปกครองส่วนท้องถิ่น",
    "สภาอุตสาหกรรมจังหวัดทั่วประเทศ ร่วมเสนอ",                 # every province's, no place
    "สภาเกษตรกรจังหวัด 77 จังหวัด ร่วมประชุม",
    "สภาอุตสาหกรรมอำเภอเมืองน่าน",                              # no district has one
    "สภาเกษตรกรแห่งชาติ จัดประชุม",                              # the national council is no provincial one
])
def test_a_council_without_a_real_place_is_none(text):
    assert not any(n.startswith(("สภาวัฒนธรรม", "สภาเด็ก", "สภาอุตสาหกรรมจังหวัด", "สภาอุตสาหกรรมอำเภอ", "สภาเกษตรกร"))
                   for n in names(text))


# The Damrongdham centre of a province or a district (ศูนย์ดำรงธรรม) is a unit of that province or district.
@pytest.mark.parametrize("text, name, parent", [
    ("รางวัลชนะเลิศ ได้แก่ ศูนย์ดำรงธรรมจังหวัดสมุทรสงคราม", "ศูนย์ดำรงธรรม จังหวัดสมุทรสงคราม", "จังหวัดสมุทรสงคราม"),
    ("ยื่นเรื่องร้องเรียนต่อศูนย์ดำรงธรรมจังหวัดน่าน ได้ทุกวัน", "ศูนย์ดำรงธรรม จังหวัดน่าน", "จังหวัดน่าน"),
    ("ศูนย์ดำรงธรรมอำเภอเมืองน่าน ได้รับเรื่อง", "ศูนย์ดำรงธรรม อำเภอเมืองน่าน", "อำเภอเมืองน่าน"),
])
def test_a_damrongdham_centre_is_a_unit_of_its_province_or_district(text, name, parent):
    assert (name, "unit", parent) in bodies(text)


@pytest.mark.parametrize("text", [
    "ติดต่อศูนย์ดำรงธรรมจังหวัด หรือศูนย์ดำรงธรรมอำเภอทุกแห่ง",      # the kind, every province's
    "ร้องเรียนผ่านศูนย์ดำรงธรรมจังหวัดต่างๆ ทั่วประเทศ",
])
def test_a_damrongdham_centre_without_a_real_place_is_none(text):
    assert not any(n.startswith("ศูนย์ดำรงธรรม") for n in names(text))


@pytest.mark.parametrize("text, first, second", [
    ("หน่วยงานสนับสนุน ได้แก่ โรงพยาบาลน่านและสำนักงานสาธารณสุขจังหวัดน่าน  รางวัลระดับดี",
     "โรงพยาบาลน่าน", "สำนักงานสาธารณสุขจังหวัดน่าน"),
    ("สำนักงานขนส่งจังหวัดชลบุรีและสำนักงานขนส่งจังหวัดระยอง ร่วมกันจัดงาน",
     "สำนักงานขนส่งจังหวัดชลบุรี", "สำนักงานขนส่งจังหวัดระยอง"),
    ("สำนักงานพัฒนาชุมชนจังหวัดแพร่หรือสำนักงานเกษตรจังหวัดแพร่ เป็นผู้รับผิดชอบ",
     "สำนักงานพัฒนาชุมชนจังหวัดแพร่", "สำนักงานเกษตรจังหวัดแพร่"),
])
def test_two_place_named_units_joined_by_a_conjunction_are_both_read(text, first, second):
    found = mentions(text)
    assert first in found and second in found


def test_a_kind_joined_to_a_unit_is_still_no_unit():
    assert not {n for n in mentions("โรงพยาบาลที่จังหวัดชลบุรีและโรงพยาบาลอื่น") if n.startswith("โรงพยาบาล")}


def mentions(text: str) -> set[str]:
    return {m.value for m in extract(text).mentions if m.kind == "org"}


def test_a_fund_after_and_is_a_second_body_not_part_of_the_association():
    found = {name for name, _, _ in bodies("ภารกิจของสมาคมแม่บ้านมหาดไทยและกองทุนพัฒนาบทบาทสตรี ในการที่จะน้อมนำ")}
    assert "สมาคมแม่บ้านมหาดไทย" in found and "สมาคมแม่บ้านมหาดไทยและกองทุนพัฒนาบทบาทสตรี" not in found


@pytest.mark.parametrize("text, name", [
    ("บริษัท พีทีที โกลบอล เคมิคอล จำกัด (มหาชน) ได้รับรางวัล", "บริษัท พีทีที โกลบอล เคมิคอล จำกัด (มหาชน)"),
    ("โดยบริษัท พีทีที แอลเอ็นจี จำกัด ร่วมกับ", "บริษัท พีทีที แอลเอ็นจี จำกัด"),
    ("โดยบริษัท พีทีทีแอลเอ็นจี จำกัด ร่วมกับ", "บริษัท พีทีทีแอลเอ็นจี จำกัด"),
])
def test_a_state_companys_subsidiary_by_its_group_brand(text, name):
    assert (name, "company", "บริษัท ปตท. จำกัด (มหาชน)") in bodies(text)


def test_a_company_named_alone_by_the_brand_is_no_subsidiary():
    assert ("บริษัท พีทีที จำกัด", "company", "บริษัท ปตท. จำกัด (มหาชน)") not in bodies("โดยบริษัท พีทีที จำกัด ร่วมกับ")


@pytest.mark.parametrize("text, club", [
    ("ร่วมกับ ชมรมแม่บ้านมหาดไทยจังหวัดอุบลราชธานี และสำนักงานพัฒนาชุมชน", "ชมรมแม่บ้านมหาดไทยจังหวัดอุบลราชธานี"),
    ("โดยชมรมแม่บ้านมหาดไทยอำเภอเมืองน่าน ได้มอบ", "ชมรมแม่บ้านมหาดไทยอำเภอเมืองน่าน"),
])
def test_a_club_of_an_association_of_the_tables_and_a_place_is_its_branch(text, club):
    # a branch of a body outside the state sits under that body, as the devset gold places these clubs (d33, d50)
    assert (club, "association", "สมาคมแม่บ้านมหาดไทย") in bodies(text)


def test_a_club_named_by_its_presidents_title_is_the_same_branch():
    # "ประธานแม่บ้านมหาดไทยจังหวัดตาก" titles the club's president without ชมรม: one node with the club named in full
    named = bodies("ชมรมแม่บ้านมหาดไทยจังหวัดตาก จัดกิจกรรม")
    titled = bodies("โดยมี นางวรรณฤดี กิจเจริญ ประธานแม่บ้านมหาดไทยจังหวัดตาก ร่วมพิธี")
    assert ("ชมรมแม่บ้านมหาดไทยจังหวัดตาก", "association", "สมาคมแม่บ้านมหาดไทย") in named & titled


@pytest.mark.parametrize("text, club", [
    ("โดยชมรมผู้สูงอายุจังหวัดน่าน ได้มอบ", "ชมรมผู้สูงอายุจังหวัดน่าน"),                 # no such association in the tables
    ("โดยชมรมแม่บ้านมหาดไทยจังหวัดใหม่ ได้มอบ", None),                                     # no such place
])
def test_a_club_without_a_known_association_or_place_has_no_parent(text, club):
    assert not [b for b in bodies(text) if b[0].startswith("ชมรม") and b[2] is not None]


@pytest.mark.parametrize("text, name", [
    ("การประชุมคณะกรรมการจัดงานรางวัลอุตสาหกรรม ประจำปี พ.ศ. 2565 ครั้งที่ 1", "คณะกรรมการจัดงานรางวัลอุตสาหกรรม"),
    ("โดยคณะกรรมการคัดเลือกเกษตรกรดีเด่น ประจำปี 2566 ได้พิจารณา", "คณะกรรมการคัดเลือกเกษตรกรดีเด่น"),
])
def test_a_committee_closed_by_its_year(text, name):
    assert (name, "committee", None) in bodies(text)


@pytest.mark.parametrize("text", [
    "คณะกรรมการจัดงานประจำปี 2566 ได้ประชุม",          # the year glued on: where the name ends is not shown
    "ตามที่คณะกรรมการฯ ประจำปี 2566 ได้พิจารณา",       # no name
    "คณะกรรมการในจังหวัด ประจำปี 2566 ได้ประชุม",       # a kind
])
def test_no_committee_where_the_year_closes_no_name(text):
    assert not [b for b in bodies(text) if b[1] == "committee"]


# A limited partnership (ห้างหุ้นส่วนจำกัด, หจก.) is a company named by the word after its kind.
@pytest.mark.parametrize("text, name", [
    ("ห้างหุ้นส่วนจำกัด ศิลาเขาน้อย ได้รับรางวัลสถานประกอบการดีเด่น", "ห้างหุ้นส่วนจำกัด ศิลาเขาน้อย"),
    ("ลงพื้นที่ ห้างหุ้นส่วนจำกัดบ้านไร่ก่อสร้าง ตำบลหนองบัว", "ห้างหุ้นส่วนจำกัด บ้านไร่ก่อสร้าง"),
    ("3. หจก. สมใจการค้า มอบเงิน จำนวน 20,000 บาท", "ห้างหุ้นส่วนจำกัด สมใจการค้า"),
    ("หจก.รุ่งเรืองพาณิชย์ และบริษัท ดีดี จำกัด ได้รับรางวัล", "ห้างหุ้นส่วนจำกัด รุ่งเรืองพาณิชย์"),
    ("ได้แก่ ห้างหุ้นส่วนจำกัด ว.พิบูลย์กิจ บริษัท ทัศนา จำกัด", "ห้างหุ้นส่วนจำกัด ว.พิบูลย์กิจ"),
    ("ไปยังห้างหุ้นส่วนจำกัด ลำปางเซรามิก (ไทยแลนด์) ตั้งอยู่ที่", "ห้างหุ้นส่วนจำกัด ลำปางเซรามิก (ไทยแลนด์)"),
])
def test_a_limited_partnership_is_a_company_named_by_its_word(text, name):
    assert (name, "company", None) in bodies(text)


@pytest.mark.parametrize("text", [
    "นิติบุคคล (บริษัทจำกัดหรือห้างหุ้นส่วนจำกัด) ที่สนใจประกอบธุรกิจ",     # the kind, no name
    "โอนเงินเข้าบัญชีของห้างหุ้นส่วนจำกัดโดยตรง",                           # prose written on to the kind
    "ห้างหุ้นส่วนจำกัดที่ได้รับอนุญาต จำนวน 12 ราย",
    "ห้างหุ้นส่วนจำกัดและบริษัทจำกัด ต้องยื่นงบการเงิน",
    "ห้างหุ้นส่วนจำกัดบริษัทจำกัด สมาคม และมูลนิธิ",
    "หรือห้างหุ้นส่วนจำกัดประสงค์จะประกอบการขนส่ง",                      # a verb glued on: a clause
    "จดทะเบียนจัดตั้งห้างหุ้นส่วนจำกัดประกอบกิจการขายอาหารสัตว์ และ",
    "ว่าจ้างห้างหุ้นส่วนจำกัด สมิต โยธากิต ดำเนินการ",                    # a name of several words: not guessed
])
def test_a_limited_partnership_without_a_name_is_none(text):
    assert not any(n.startswith("ห้างหุ้นส่วนจำกัด") for n in names(text))
