"""Organisations of the whole state and the posts tied to them (issue 15), on short texts written
for each pattern: learned units only when they are names, parents from evidence, not neighbours."""
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


def learned(text: str) -> set[tuple[str, str | None]]:
    """(name, parent name) of every organisation the text made the extractor learn."""
    e = extract(text)
    return {(o.name, name_of(o.parent, e)) for o in e.organizations.values()}


def posts(text: str) -> set[tuple[str, str | None]]:
    e = extract(text)
    return {(p.title, name_of(p.org, e)) for p in e.posts}


# --- learned units: the parent from evidence, never from a neighbour in a list ----------------------

@pytest.mark.parametrize("text, unit, parent", [
    # a unit written on to the title of its head, with its agency after it
    ("นพ.จักรรัฐ พิทยาวงศ์อานนท์ ผู้อำนวยการกองระบาดวิทยา กรมควบคุมโรค แถลงสถานการณ์",
     "กองระบาดวิทยา", "กรมควบคุมโรค"),
    ("นางสาวสมศรี ใจดี หัวหน้ากลุ่มงานบริหารทั่วไป กรมการข้าว กล่าว", "กลุ่มงานบริหารทั่วไป", "กรมการข้าว"),
    # a chain of ancestors after the unit is no list
    ("กองดัชนีเศรษฐกิจการค้า สำนักงานนโยบายและยุทธศาสตร์การค้า กระทรวงพาณิชย์ จัดงาน",
     "กองดัชนีเศรษฐกิจการค้า", "สำนักงานนโยบายและยุทธศาสตร์การค้า"),
    # a central division written with its ministry belongs to the permanent secretary's office
    ("ผู้แทนสำนักกฎหมาย กระทรวงคมนาคม ร่วมเป็นคณะกรรมการ", "สำนักกฎหมาย", "สำนักงานปลัดกระทรวงคมนาคม"),
    ("นายสมชาย ใจดี ผู้อำนวยการกองกลาง กระทรวงแรงงาน กล่าว", "กองกลาง", "สำนักงานปลัดกระทรวงแรงงาน"),
])
def test_a_unit_is_learned_under_the_agency_written_after_it(text, unit, parent):
    assert (unit, parent) in learned(text)


@pytest.mark.parametrize("text, unit", [
    # the agency after the unit is followed by a third body that is not its ancestor: a list
    ("ผู้แทนหน่วยงาน ได้แก่ กรมพัฒนาที่ดิน สถาบันวิจัยพืชสวน กรมการข้าว กรมชลประทาน และภาคเอกชน", "สถาบันวิจัยพืชสวน"),
    ("ห้องแล็บ ได้แก่ สถาบันไฟฟ้าและอิเล็กทรอนิกส์ บริษัท เอสจีเอส ประเทศไทย จำกัด บริษัท โกลบอล คอมไพลแอ็นซ์ จำกัด",
     "สถาบันไฟฟ้าและอิเล็กทรอนิกส์"),
    ("ร่วมกับ สำนักพระราชวัง กระทรวงกลาโหม กระทรวงการท่องเที่ยวและกีฬา จัดงาน", "สำนักพระราชวัง"),
    # a police or military unit is no unit of the civil body written next to it
    ("ร่วมกับ กองบัญชาการตำรวจนครบาล กรมการขนส่งทางบก จัดกิจกรรมรณรงค์", "กองบัญชาการตำรวจนครบาล"),
    ("โดย หน่วยบัญชาการทหารพัฒนา กรมทรัพยากรน้ำ ขุดลอกคลอง", "หน่วยบัญชาการทหารพัฒนา"),
])
def test_a_unit_beside_its_neighbours_in_a_list_gets_no_parent_from_them(text, unit):
    assert unit not in {name for name, _ in learned(text)}


@pytest.mark.parametrize("text", [
    "ณ สำนักงานใหญ่ บวท. ทุ่งมหาเมฆ",
    "หน่วยขึ้นตรง กอ.รมน. ร่วมประชุม",
    "ให้หน่วยงานต่าง ๆ และ สำนักงานสาขา ธ.ก.ส. ดำเนินการ",
])
def test_a_unit_named_by_what_it_is_to_its_body_is_no_unit(text):
    assert not learned(text)


def test_a_post_in_a_unit_written_on_to_its_title_belongs_to_the_unit():
    assert posts("นพ.จักรรัฐ พิทยาวงศ์อานนท์ ผู้อำนวยการกองระบาดวิทยา กรมควบคุมโรค แถลงสถานการณ์") == {
        ("ผู้อำนวยการกองระบาดวิทยา", "กองระบาดวิทยา")}


def test_the_last_words_of_a_headline_are_no_unit_of_the_agency_opening_the_next_line():
    text = ("สภาอุตสาหกรรมแห่งประเทศไทย ร่วมกับกลุ่มอุตสาหกรรมเครื่องปรับอากาศและเครื่องทำความเย็น\n"
            "กระทรวงสาธารณสุข รับมอบตู้เก็บวัคซีน\n")
    assert "กลุ่มอุตสาหกรรมเครื่องปรับอากาศและเครื่องทำความเย็น" not in {name for name, _ in learned(text)}
    assert ("กองระบาดวิทยา", "กรมควบคุมโรค") in learned("ผู้อำนวยการกองระบาดวิทยา กรมควบคุมโรค\n")
    # a unit that is a whole line of a signature block has its parent on the next line
    assert ("กองเกษตรสารนิเทศ", "สำนักงานปลัดกระทรวงเกษตรและสหกรณ์") in learned(
        "นายเฉลิมชัย กล่าว\nกลุ่มโฆษกและวิเคราะห์ข่าว\nกองเกษตรสารนิเทศ\nสำนักงานปลัดกระทรวงเกษตรและสหกรณ์\nโทร 0 2281 5955\n")


# --- provinces, Bangkok and local governments as bodies -------------------------------------------------

def bodies(text: str) -> list[tuple[str, str]]:
    e = extract(text)
    return [(m.value, m.detail) for m in e.mentions if m.kind == "org" and m.detail in ("body", "local")]


@pytest.mark.parametrize("text, expected", [
    # a list of bodies, each written with จังหวัด
    ("ได้แก่ กรมที่ดิน การประปานครหลวง กรุงเทพมหานคร จังหวัดนครพนม จังหวัดนครราชสีมา และจังหวัดตรัง เป็นต้น",
     ["กรุงเทพมหานคร", "จังหวัดนครพนม", "จังหวัดนครราชสีมา", "จังหวัดตรัง"]),
    # an actor or a recipient
    ("จังหวัดน่าน ได้รับรางวัลเลิศรัฐ ประจำปี 2566", ["จังหวัดน่าน"]),
    ("การประชุมจัดโดยจังหวัดน่าน ร่วมกับจังหวัดแพร่", ["จังหวัดน่าน", "จังหวัดแพร่"]),
    ("รางวัลชนะเลิศ ได้แก่ จังหวัดลำพูน รางวัลรองชนะเลิศ ได้แก่ จังหวัดสตูล", ["จังหวัดลำพูน", "จังหวัดสตูล"]),
    ("กรมการพัฒนาชุมชนและจังหวัดกาญจนบุรี ได้แสดงให้เห็น", ["จังหวัดกาญจนบุรี"]),
    ("กรมการขนส่งทางบก - กรุงเทพมหานคร ลงนามบันทึกข้อตกลง", ["กรุงเทพมหานคร"]),
    # winners listed bare after the first province's จังหวัด
    ("รางวัลชมเชย ได้แก่ จังหวัดอุดรธานี สุโขทัย พัทลุง และภูเก็ต",
     ["จังหวัดอุดรธานี", "จังหวัดสุโขทัย", "จังหวัดพัทลุง", "จังหวัดภูเก็ต"]),
])
def test_a_province_or_bangkok_is_a_body_where_the_text_makes_it_one(text, expected):
    assert [value for value, _ in bodies(text)] == expected


@pytest.mark.parametrize("text", [
    "ประชาชนในจังหวัดน่าน และจังหวัดแพร่ ได้รับผลกระทบ",
    "นายกรัฐมนตรีเดินทางไปจังหวัดน่าน เพื่อติดตามงาน",
    "โรงพยาบาลหนองกี่ จังหวัดบุรีรัมย์ ได้รับรางวัลเลิศรัฐ",        # where the hospital lies
    "ผลงานของสำนักงานป้องกันควบคุมโรคที่ 11 จังหวัดนครศรีธรรมราช กรมควบคุมโรค",
    "มีพื้นที่ได้รับผลกระทบ 4 จังหวัด ได้แก่ จังหวัดแพร่ ลำปาง พะเยา",  # counted provinces are places
    "ณ ห้องประชุม อาคารชาเลนเจอร์ อิมแพค เมืองทองธานี จังหวัดนนทบุรี ซึ่งได้รับ",
    "นายสมชาย ใจดี ปลัดจังหวัดกำแพงเพชร สำนักงานที่ดินจังหวัดกำแพงเพชร ร่วมงาน",
    "3) จังหวัดปทุมธานี ที่วัดโบสถ์ อำเภอสามโคก",
    "ผู้ติดเชื้อในกทม. และปริมณฑล ลดลง",
    "หญิงเร่ร่อนเดินกลางเมืองพัทยา จังหวัดชลบุรี",
    "เปิดบริการที่สำนักงานในภูมิภาค 7 แห่ง ได้แก่ จังหวัดเชียงใหม่ พิษณุโลก และสงขลา",   # sites counted and listed
    "พื้นที่เสี่ยงภาคเหนือ ได้แก่ จังหวัดเชียงใหม่ น่าน และเพชรบูรณ์",                      # a region's provinces
])
def test_a_province_written_as_a_place_is_no_body(text):
    assert not [v for v, d in bodies(text) if d == "body" or v == "เมืองพัทยา"], bodies(text)


def test_provinces_listed_bare_are_bodies_only_as_the_winners_of_an_award():
    found = [value for value, _ in bodies("แจกสัญญาเช่า ได้แก่ จังหวัดกาฬสินธุ์ นครราชสีมา และเชียงใหม่ เป็นต้น")]
    assert "จังหวัดนครราชสีมา" not in found and "จังหวัดเชียงใหม่" not in found


@pytest.mark.parametrize("text, name, parent", [
    ("ผู้แทนเทศบาลตำบลบ้านกลาง อำเภอเมือง จังหวัดลำพูน ร่วมงาน", "เทศบาลตำบลบ้านกลาง", "จังหวัดลำพูน"),
    ("นายวันชัย ภูมิระเบียบ นายก อบต.บ้านกลาง จ.ลำพูน กล่าวว่า", "องค์การบริหารส่วนตำบลบ้านกลาง", "จังหวัดลำพูน"),
    ("ผลงานของเทศบาลเมืองบ้านโป่ง ได้รับรางวัล", "เทศบาลเมืองบ้านโป่ง", "จังหวัดราชบุรี"),
    ("อบจ.เชียงใหม่ ได้ดำเนินการวางระบบ", "องค์การบริหารส่วนจังหวัดเชียงใหม่", "จังหวัดเชียงใหม่"),
])
def test_a_local_government_is_a_body_under_its_province(text, name, parent):
    e = extract(text)
    assert [m.value for m in e.mentions if m.kind == "org" and m.detail == "local"] == [name]
    learned = [o for o in e.organizations.values() if o.name == name]
    org = learned[0] if learned else load_gazetteer().organization(load_gazetteer().places.find_body(name))
    assert name_of(org.parent, e) == parent


@pytest.mark.parametrize("text", [
    "ผู้ติดเชื้อในกทม. และปริมณฑล ลดลง",                 # กทม. holds no ทม. (town municipality)
    "ให้เทศบาลตำบลและองค์การบริหารส่วนตำบลใน 40 จังหวัด ดำเนินการ",   # a kind, no place after the type
    "นักเรียนโรงเรียนเทศบาลเมืองบ้านโป่ง ร่วมงาน",          # a school's name
    "ประชาชนในเขตเทศบาลนครเชียงใหม่",                     # an area
])
def test_a_local_government_word_that_names_no_body(text):
    assert not [v for v, d in bodies(text) if d == "local"], bodies(text)


# --- posts tied to the bodies named after places ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("นายปกรณ์ ศรีสุข ผู้ว่าราชการจังหวัดลำปาง และนางพรทิพย์ มีชัย รองผู้ว่าราชการจังหวัด น่าน ต้อนรับ",
     {("ผู้ว่าราชการจังหวัดลำปาง", "จังหวัดลำปาง"), ("รองผู้ว่าราชการจังหวัดน่าน", "จังหวัดน่าน")}),
    ("นายโชคชัย รักเกื้อ นายอำเภอเมืองกำแพงเพชร รักษาการปลัดจังหวัดกำแพงเพชร ร่วมงาน",
     {("นายอำเภอเมืองกำแพงเพชร", "อำเภอเมืองกำแพงเพชร"), ("รักษาการปลัดจังหวัดกำแพงเพชร", "จังหวัดกำแพงเพชร")}),
    ("นายสมชาย ดีใจ นายอำเภอบ้านโป่ง จังหวัดราชบุรี กล่าว", {("นายอำเภอบ้านโป่ง", "อำเภอบ้านโป่ง")}),
    ("นางวันเพ็ญ นันทปัญญา นายกเทศมนตรีเมืองพิจิตร กล่าว", {("นายกเทศมนตรีเมืองพิจิตร", "เทศบาลเมืองพิจิตร")}),
    ("นายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร กล่าว", {("ผู้ว่าราชการกรุงเทพมหานคร", "กรุงเทพมหานคร")}),
    ("นายวันชัย ภูมิระเบียบ นายกองค์การบริหารส่วนตำบลท่าซัก กล่าว",
     {("นายกองค์การบริหารส่วนตำบลท่าซัก", "องค์การบริหารส่วนตำบลท่าซัก")}),
    ("นายสมชาย ดีใจ รองนายก อบจ.เชียงใหม่ กล่าว",
     {("รองนายกองค์การบริหารส่วนจังหวัดเชียงใหม่", "องค์การบริหารส่วนจังหวัดเชียงใหม่")}),
])
def test_a_post_named_after_a_place_belongs_to_the_body_of_that_place(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize("text", [
    "นายสมชาย ดีใจ นายอำเภอใจดี กล่าว",                  # no district of that name
    "นายสมชาย ดีใจ นายกเทศมนตรีตำบลกขคง กล่าว",          # no place of that name
])
def test_a_post_named_after_no_real_place_names_no_body(text):
    assert not posts(text)


# --- universities, faculties, hospitals and police stations: names and parents --------------------------

def org_mentions(text: str) -> list[str]:
    return [m.value for m in extract(text).mentions if m.kind == "org"]


@pytest.mark.parametrize("text, name", [
    ("ร่วมกับมหาวิทยาลัยราชภัฎสุรินทร์ จัดงาน", "มหาวิทยาลัยราชภัฏสุรินทร์"),        # ฎ written for ฏ: the table's
    ("คณะแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย ร่วมกับ", "คณะแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย"),
    ("ผู้ป่วยส่งต่อไปยังโรงพยาบาลภูมิพลอดุลยเดช", "โรงพยาบาลภูมิพลอดุลยเดช"),
    ("ร่วมกับกองบัญชาการตำรวจนครบาล จัดกิจกรรม", "กองบัญชาการตำรวจนครบาล"),
])
def test_the_tables_of_the_state_name_universities_military_hospitals_and_police(text, name):
    assert name in org_mentions(text)


@pytest.mark.parametrize("text, name, kind, parent", [
    # a faculty under the table's university
    ("รศ.ดร.พิมพ์ชนก บัวเพชร คณะวิทยาศาสตร์ มหาวิทยาลัยสงขลานครินทร์ กล่าว",
     "คณะวิทยาศาสตร์ มหาวิทยาลัยสงขลานครินทร์", "faculty", "มหาวิทยาลัยสงขลานครินทร์"),
    # hospitals named after a place outside Bangkok are of the provincial network, prose written on cut off
    ("ระบบจ่ายยา โรงพยาบาลขอนแก่นเริ่มให้บริการ", "โรงพยาบาลขอนแก่น", "hospital", "สำนักงานปลัดกระทรวงสาธารณสุข"),
    ("สธ.แจง รพ.เพชรบูรณ์ถูกแฮก ไม่ใช่ฐานข้อมูลหลัก", "โรงพยาบาลเพชรบูรณ์", "hospital", "สำนักงานปลัดกระทรวงสาธารณสุข"),
    ("ณ โรงพยาบาลหลวงพ่อเปิ่น จังหวัดนครปฐม", "โรงพยาบาลหลวงพ่อเปิ่น", "hospital", "สำนักงานปลัดกระทรวงสาธารณสุข"),
    ("นพ.สุวัฒน์ ผู้อำนวยการโรงพยาบาลสมเด็จพระบรมราชินีนาถ ณ อำเภอนาทวี ให้สัมภาษณ์",
     "โรงพยาบาลสมเด็จพระบรมราชินีนาถ ณ อำเภอนาทวี", "hospital", "สำนักงานปลัดกระทรวงสาธารณสุข"),
    # a hospital named by its service belongs to the department of that service
    ("โรงพยาบาลจิตเวชนครพนมราชนครินทร์ จัดงาน", "โรงพยาบาลจิตเวชนครพนมราชนครินทร์", "hospital", "กรมสุขภาพจิต"),
    # a police station named after a real place, the clause written on to it cut off
    ("ส่งพนักงานสอบสวน สถานีตำรวจภูธรสระแก้วดำเนินคดีต่อไป", "สถานีตำรวจภูธรสระแก้ว", "police", "สำนักงานตำรวจแห่งชาติ"),
])
def test_a_self_named_unit_is_learned_by_its_real_name_under_its_real_parent(text, name, kind, parent):
    e = extract(text)
    [org] = [o for o in e.organizations.values() if o.name == name]
    assert (org.kind, name_of(org.parent, e)) == (kind, parent)


@pytest.mark.parametrize("text, name, kind", [
    ("โรงพยาบาลเอกชน เช่น โรงพยาบาลมิตรประชา รับผู้ป่วย", "โรงพยาบาลมิตรประชา", "private_hospital"),
    ("มหาวิทยาลัยพายัพ ร่วมกับจังหวัดเชียงใหม่", "มหาวิทยาลัยพายัพ", "private_university"),
])
def test_private_hospitals_and_universities_stand_outside_the_state(text, name, kind):
    e = extract(text)
    [org] = [o for o in e.organizations.values() if o.name == name]
    assert (org.kind, org.parent) == (kind, None)


@pytest.mark.parametrize("text", [
    "ให้ติดต่อสถานีตำรวจเจ้าของคดีก่อน",                      # a station named after no place
    "ส่งเรื่องถึงพนักงานสอบสวนสถานีตำรวจท้องที่เกิดเหตุ",
    "ร่วมมือกับโรงพยาบาลการุณเวช ปทุมธานี",                  # a brand, not a place: not the province's
    "เพื่อเป็นมหาวิทยาลัยสีเขียว (Green Campus)",              # a university by a quality, no name
    "ก้าวสู่การเป็นมหาวิทยาลัยวิจัยที่ทำการเรียนการสอน",
])
def test_a_self_named_head_with_no_evidence_of_its_body_learns_none(text):
    assert not [o for o in extract(text).organizations.values() if o.kind in ("hospital", "police", "unit", "other")]
    assert not [o for o in extract(text).organizations.values()
                if o.parent and name_of(o.parent, extract(text)) in ("สำนักงานปลัดกระทรวงสาธารณสุข",
                                                                      "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม")]


@pytest.mark.parametrize("text, title, ministry", [
    ("นายสมชาย ใจดี รมว.แรงงาน กล่าว", "รัฐมนตรีว่าการกระทรวงแรงงาน", "กระทรวงแรงงาน"),
    ("นายสมชาย ใจดี รมว.คลัง กล่าว", "รัฐมนตรีว่าการกระทรวงการคลัง", "กระทรวงการคลัง"),
    ("นายสมชาย ใจดี รมช.เกษตรฯ กล่าว", "รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์", "กระทรวงเกษตรและสหกรณ์"),
    ("นายสมชาย ใจดี ปลัด ก.แรงงาน กล่าว", "ปลัดกระทรวงแรงงาน", "กระทรวงแรงงาน"),
    ("นายสมชาย ใจดี รมว.ศึกษาฯ กล่าว", "รัฐมนตรีว่าการกระทรวงศึกษาธิการ", "กระทรวงศึกษาธิการ"),
])
def test_a_ministerial_title_with_its_ministry_in_short_is_expanded(text, title, ministry):
    assert posts(text) == {(title, ministry)}


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี ปลัดแรงงานจังหวัดน่าน กล่าว",     # the run goes on: no ministry named
    "นายสมชาย ใจดี รมว.การ กล่าว",                   # no ministry by that name
])
def test_a_short_ministerial_title_naming_no_ministry_is_no_post(text):
    assert not {t for t, _ in posts(text) if t.startswith(("รัฐมนตรี", "ปลัดกระทรวง"))}


def test_a_hospital_beside_a_company_in_a_list_is_not_the_companys():
    e = extract("ผู้สนับสนุน ได้แก่ บริษัท ลมเย็น จำกัด โรงพยาบาลบางมด บริษัท วาย เอช เอ็ม กรุ๊ป จำกัด และ และบริษัท อาร์ เอฟ เอส จำกัด")
    assert not [o for o in e.organizations.values() if o.name.startswith("โรงพยาบาล") and o.parent]


# --- one node per real organisation: misspellings of the tables, defined bodies placed nowhere --------------

@pytest.mark.parametrize("written, name", [
    ("สำนักงานคณะกรมการส่งสริมการลงทุน", "สำนักงานคณะกรรมการส่งเสริมการลงทุน"),
    ("ธนาคารพัฒนาวิสาหกิจขนาดกลางและกลางย่อมแห่งประเทศไทย", "ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย"),
    ("สำนักงานสภาความมั่นแห่งชาติ", "สำนักงานสภาความมั่นคงแห่งชาติ"),
    ("สถาบันเทคโนโลยีพระจอมเกล้าคุณทหารลาดกระบัง", "สถาบันเทคโนโลยีพระจอมเกล้าเจ้าคุณทหารลาดกระบัง"),
])
def test_a_misspelt_name_of_the_tables_is_the_tables_body(written, name):
    from thaigovkg.extract.reading import near_table_name
    gazetteer = load_gazetteer()
    assert gazetteer.organization(near_table_name(gazetteer, written)).name == name


@pytest.mark.parametrize("written", [
    "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดนครพนม",     # another province's centre than the table's (นครราชสีมา)
    "ศูนย์อนามัยที่ 1",                           # another number
])
def test_a_name_of_another_place_or_number_is_no_misspelling(written):
    from thaigovkg.extract.reading import near_table_name
    assert near_table_name(load_gazetteer(), written) is None


@pytest.mark.parametrize("text", [
    "ศูนย์พัฒนาครอบครัวในชุมชน (ศพค.) จัดกิจกรรม",          # a body the text places nowhere
    "สำนักงานวัฒนธรรมจังหวัด (สวจ.) ทุกแห่ง",               # a kind of office
    "พระราชทานแก่กรมหลวงนราธิวาสราชนครินทร์ (กรมหลวงนราฯ)",  # a prince's title
])
def test_a_defined_name_the_text_places_nowhere_is_no_parentless_body(text):
    assert not [o for o in extract(text).organizations.values() if not o.parent]


def test_a_local_government_of_several_provinces_lies_where_the_article_says_else_is_no_node():
    nowhere = extract("เทศบาลตำบลบ้านกลางได้รับรางวัล")
    assert not [m for m in nowhere.mentions if m.kind == "org"] and not nowhere.organizations
    # the article names a district of one of its provinces: there it lies
    placed = extract("เทศบาลตำบลบ้านกลางได้รับรางวัล โดยมีนายอำเภอบ้านโฮ่ง ร่วมแสดงความยินดี")
    [name] = [m.value for m in placed.mentions if m.kind == "org" and m.detail == "local"]
    assert name == "เทศบาลตำบลบ้านกลาง"


@pytest.mark.parametrize("text, expected", [
    ("นายสมชาย ใจดี เลขาธิการคณะกรรมการการอาชีวศึกษา กล่าว",
     {("เลขาธิการคณะกรรมการการอาชีวศึกษา", "สำนักงานคณะกรรมการการอาชีวศึกษา")}),
    ("นายสมชาย ใจดี ประธานคณะกรรมการทรัพยากรน้ำแห่งชาติ กล่าว",
     {("ประธานคณะกรรมการทรัพยากรน้ำแห่งชาติ", "คณะกรรมการทรัพยากรน้ำแห่งชาติ")}),
    ("นายชัย วัชรงค์ โฆษกประจำสำนักนายกรัฐมตรี กล่าว", {("โฆษกประจำสำนักนายกรัฐมนตรี", "สำนักนายกรัฐมนตรี")}),
    ("นายสมชาย ใจดี ประธานคณะกรรมการบริหาร กล่าว", {("ประธานคณะกรรมการบริหาร", None)}),     # whose board: not said
])
def test_a_title_naming_a_committee_or_a_misspelt_body_is_tied_to_it(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize("variants", [
    ("คณะวิศวกรรมศาสตร์มหาวิทยาลัยราชภัฏมหาสารคาม ร่วมงาน", "คณะวิศวกรรมศาสตร์ มหาวิทยาลัยราชภัฏมหาสารคาม ร่วมงาน"),
    ("ผู้อำนวยการโรงพยาบาลสมเด็จพระบรมราชินีนาถ ณ อำเภอนาทวี กล่าว", "ผู้อำนวยการโรงพยาบาลสมเด็จพระบรมราชินีนาถ ณอำเภอนาทวี กล่าว"),
    ("บริษัท บางจาก คอร์ปอเรชั่น จำกัด(มหาชน) ได้รับรางวัล", "บริษัทบางจาก คอร์ปอเรชั่น จำกัด (มหาชน) ได้รับรางวัล"),
])
def test_spacing_variants_of_a_learned_name_are_one_node_with_one_name(variants):
    learned_of = [{(k, o.name) for k, o in extract(text).organizations.items()} for text in variants]
    assert learned_of[0] == learned_of[1] and learned_of[0]


def test_unlimited_is_no_companys_name():
    e = extract("บริษัท การบินไทย เปิดรับสมัครพนักงานจำนวนมาก ไม่จำกัด อายุ")
    assert not [o for o in e.organizations.values() if o.kind == "company"]


@pytest.mark.parametrize("text", [
    "ส่ง รพ. ตรวจโรค ก่อนส่งต่อ",                          # a kind of care after a short place-like word
    "ไปตรวจที่โรงพยาบาลสินแพทย์ ผลพบเชื้อ",                  # a brand, not สิ + แพทย์
    "ในการประชุมคณะกรรมการอธิการบดีมหาวิทยาลัยเทคโนโลยีราชมงคลทั้ง 9 แห่ง",
    "จากทั้งหมด 27 ทีมจากสถานสงเคราะห์เด็กทั่วโลก",
    "โรงพยาบาลรามาธิบดีและย่านนวัตกรรมโยธี",
])
def test_words_that_only_look_like_a_place_or_a_name_learn_no_unit(text):
    assert not [o for o in extract(text).organizations.values() if o.kind in ("hospital", "unit", "private_university")]


@pytest.mark.parametrize("text, name", [
    ("ที่โรงพยาบาลหาดใหญ่หลังฉีดสังเกตอาการ 30 นาที", "โรงพยาบาลหาดใหญ่"),
])
def test_a_clause_written_on_after_a_place_named_hospital_is_cut(text, name):
    assert name in {o.name for o in extract(text).organizations.values()}


@pytest.mark.parametrize("text, expected", [
    ("ผู้ตรวจราชการกระทรวง สำนักงานปลัดกระทรวง กระทรวงศึกษาธิการ", "สำนักงานปลัดกระทรวงศึกษาธิการ"),   # unit + ministry = the table's
    ("กรมที่ดิน กรมบัญชีกลาง สำนักงานงบประมาณ สำนักงานเศรษฐกิจการเกษตร ซึ่งที่ประชุม", "สำนักงบประมาณ"),  # สำนักงาน for สำนัก
])
def test_a_unit_and_its_parent_or_a_variant_of_a_table_name_is_the_tables_body(text, expected):
    e = extract(text)
    assert expected in {m.value for m in e.mentions if m.kind == "org"}
    assert not e.organizations


@pytest.mark.parametrize("text", [
    "ประเภท อบต. อบต.โคกสะอาด จังหวัดกาพสินธุ์ และ อบต.บ้านพลับ จังหวัดอุดรธานี มีคะแนน",   # province unreadable
    "ซึ่งเทศบาลตำบลคลองพนพัฒนา ร่วมกับ สสส. จังหวัดกระบี่ จัดงาน",                           # a longer name than its place
    "ตั้งจุดตรวจบริเวณหน้า อบต.แม่พริก จังหวัดลำปาง",                                         # a landmark
])
def test_a_local_government_the_text_does_not_give_whole_is_no_body(text):
    found = [m.text for m in extract(text).mentions if m.kind == "org" and m.detail == "local"]
    assert not [f for f in found if "โคกสะอาด" in f or "คลองพน" in f or "แม่พริก" in f], found


@pytest.mark.parametrize("text, unit", [
    ("ผู้อำนวยการสำนักบริหารการปกครองท้องที่ กรมการปกครอง กล่าว", "สำนักบริหารการปกครองท้องที่"),
    ("ผู้อำนวยการกองการเจ้าหน้าที่ สำนักงานปลัดกระทรวงเกษตรและสหกรณ์ กล่าว", "กองการเจ้าหน้าที่"),
    ("ผู้อำนวยการสำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด สำนักงานปลัดกระทรวงมหาดไทย กล่าว",
     "สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด"),
])
def test_words_inside_a_units_name_are_no_sign_of_a_kind(text, unit):
    assert unit in {name for name, _ in learned(text)}


@pytest.mark.parametrize("text", [
    "ประชุม ณ ศาลากลางจังหวัดน่าน เพื่อติดตามสถานการณ์",                  # the provincial hall is a building
    "พร้อมด้วย ผู้กำกับการ สถานีตำรวจภูธรจังหวัดนครปฐม ร่วมตรวจ",          # a station is named by its own place
    "ส่งตัวผู้ป่วยไปยังโรงพยาบาลที่จังหวัดชลบุรี โดยเร็ว",                    # a hospital in Chonburi: no name
    "เจ้าหน้าที่ฝ่ายปกครอง กระทรวงมหาดไทย ลงพื้นที่",                       # the administrative officials: a kind
    "ที่มา..สำนักงานเลขานุการ มท.3",                                        # a minister's secretariat, no unit's name
])
def test_a_building_a_kind_or_a_station_named_by_its_province_is_no_unit(text):
    names = {name for name, _ in learned(text)}
    assert not any(n.startswith(("ศาลากลาง", "สถานีตำรวจ", "โรงพยาบาลที่", "ฝ่าย", "สำนักงานเลขานุการ")) for n in names)


@pytest.mark.parametrize("text, glued", [
    ("เจ้าหน้าที่โรงพยาบาลยโสธรและสำนักงานสาธารณสุขจังหวัดยโสธร ร่วมกัน", "โรงพยาบาลยโสธรและสำนักงานสาธารณสุขจังหวัดยโสธร"),
    ("เจ้าหน้าที่สถานีตำรวจภูธรท่าสองยางยึดของกลาง", "สถานีตำรวจภูธรท่าสองยางยึด"),
])
def test_two_names_or_a_verb_glued_to_a_name_make_no_node(text, glued):
    assert glued not in {name for name, _ in learned(text)}


@pytest.mark.parametrize("text, name", [
    ("นำส่งโรงพยาบาลบุรีรัมย์ราม เพื่อรักษา", "โรงพยาบาลบุรีรัมย์ราม"),
    ("รักษาตัวที่โรงพยาบาลราชธานี จังหวัดพระนครศรีอยุธยา", "โรงพยาบาลราชธานี"),
])
def test_a_private_groups_hospital_is_outside_the_state(text, name):
    assert (name, None) in learned(text)


@pytest.mark.parametrize("text", [
    "ผู้ป่วยถูกส่งต่อไปยังโรงพยาบาลสวนดอก จังหวัดเชียงใหม่",           # Chiang Mai University's
    "ตรวจที่โรงพยาบาลจักษุบ้านแพ้ว จังหวัดสมุทรสาคร",                    # Ban Phaeo's eye hospital
    "โรงพยาบาลโรคผิวหนังเขตร้อนภาคใต้ จังหวัดตรัง ให้บริการ",             # the medical services department's
])
def test_a_teaching_or_specialist_hospital_is_no_provincial_hospital(text):
    assert not any(parent == "สำนักงานปลัดกระทรวงสาธารณสุข" for _, parent in learned(text))


@pytest.mark.parametrize("text, name, parent", [
    ("การขยายเตียงของโรงพยาบาลมะเร็งลพบุรี มีความคืบหน้า", "โรงพยาบาลมะเร็งลพบุรี", "กรมการแพทย์"),   # the department's own
    # (โรงพยาบาลราชวิถี itself is of ontology/hospitals.csv: tests/test_orgs_hospitals.py)
    ("ส่งตัวไปยังโรงพยาบาลเมืองพัทยา เพื่อรักษา", "โรงพยาบาลเมืองพัทยา", "เมืองพัทยา"),      # a local government's
])
def test_a_department_or_local_governments_hospital_is_placed_under_it(text, name, parent):
    assert (name, parent) in learned(text)


@pytest.mark.parametrize("text, name", [
    ("กลุ่มที่มีอาการปานกลางจะมีโรงพยาบาลราชทัณฑ์ดูแล ซึ่งมีการเตรียมพร้อม", "โรงพยาบาลราชทัณฑ์"),
    ("ทีมแพทย์ของโรงพยาบาลสมเด็จพระยุพราชเดชอุดมจะให้การดูแลรักษาอย่างดีที่สุด", "โรงพยาบาลสมเด็จพระยุพราชเดชอุดม"),
])
def test_a_word_of_prose_ending_a_hospitals_run_is_cut(text, name):
    names = {n for n, _ in learned(text)}
    assert name in names and not any(n.startswith(name) and n != name for n in names)


@pytest.mark.parametrize("text", [
    "โดยจังหวัดสงขลา มีน้ำท่วมในพื้นที่ 13 อำเภอ",
    "จ.พิษณุโลก เกิดน้ำท่วมในพื้นที่ 3 อำเภอ",
    "6. จังหวัดเชียงราย วัดสันละคร ตำบลสันมะเค็ด อำเภอพาน",
    "ชุมชนในพื้นที่ชุ่มน้ำทะเลน้อย จ.พัทลุง จะได้รับประโยชน์ทางเศรษฐกิจ",
    "ในเขตพื้นที่ควบคุมสูงสุด ได้แก่ จังหวัดนครปฐม จังหวัดนนทบุรี และจังหวัดสมุทรสาคร",
])
def test_a_province_that_something_happens_in_or_an_address_is_a_place(text):
    assert not [m for m in extract(text).mentions if m.kind == "org" and m.value.startswith("จังหวัด")]


@pytest.mark.parametrize("text, name", [
    ("โดยที่ผ่านมา โรงพยาบาลหาดใหญ่ประสบปัญหาเตียงผู้ป่วยหนักเต็ม ขาดระบบ", "โรงพยาบาลหาดใหญ่"),
    ("เจ้าหน้าที่โรงพยาบาลหว้านใหญ่รับมอบอุปกรณ์ทางการแพทย์", "โรงพยาบาลหว้านใหญ่"),
])
def test_a_compound_of_prose_after_a_hospitals_place_is_cut(text, name):
    assert {n for n, _ in learned(text)} == {name}


@pytest.mark.parametrize("text", [
    "ณ ลานพาร์ค พารากอน ศูนย์การค้าสยามพารากอน องค์การสวนสัตว์แห่งประเทศไทย ในพระบรมราชูปถัมภ์ เปิดให้",
    "ฉีดวัคซีนสำหรับประชาชนใน 7 กลุ่มเสี่ยงตามเงื่อนไขของ สปสช. โดยไม่เสียค่าใช้จ่าย",
    "ประธานสมาคมมหาวิทยาลัยพระพุทธศาสนานานาชาติ (IABU) กล่าว",
    "เปิดการแข่งขันกีฬามหาวิทยาลัยเทคโนโลยีราชมงคลแห่งประเทศไทย ครั้งที่ 38",
    "เครือข่ายมหาวิทยาลัยพันธมิตรเชิงยุทธศาสตร์ และพันธมิตรที่มีศักยภาพ",
    "เพื่อเป็นมหาวิทยาลัยสีเขียว (Green Campus)",
    "ร่วมกับภาคีเครือข่าย 3 ฝ่ายได้แก่ มหาวิทยาลัยศิลปากร จังหวัดราชบุรี และวัดขนอน",
])
def test_a_mall_a_risk_group_or_a_collective_of_universities_is_no_body(text):
    # an association of universities is an association (outside the state), no university
    assert not {(n, p) for n, p in learned(text) if not n.startswith("สมาคม")}


def test_an_association_of_universities_is_an_association_outside_the_state():
    assert learned("ประธานสมาคมมหาวิทยาลัยพระพุทธศาสนานานาชาติ (IABU) กล่าว") == {("สมาคมมหาวิทยาลัยพระพุทธศาสนานานาชาติ", None)}


def test_the_ministers_office_is_the_ministrys_own():
    text = "หน่วยงานส่วนกลาง อันประกอบด้วย สำนักงานรัฐมนตรี สำนักงานปลัดกระทรวงมหาดไทย ส่วนราชการระดับกรม"
    assert ("สำนักงานรัฐมนตรี", "สำนักงานปลัดกระทรวงมหาดไทย") not in learned(text)


def test_a_dateline_province_is_a_place():
    assert not [m for m in extract("จังหวัดยะลา - สมาคมสื่อ ร่วมกับคณะครุศาสตร์").mentions
                if m.kind == "org" and m.value.startswith("จังหวัด")]


@pytest.mark.parametrize("text", [
    "พระราชทานปริญญาบัตรแก่บัณฑิตผู้สำเร็จการศึกษาจากมหาวิทยาลัยราชภัฏเขตภาคเหนือ",
    "ก่อนส่งต่อให้มูลนิธิโรงพยาบาลสมเด็จพระยุพราชส่วนกลาง นำไปศึกษา",
    "กระทรวงมีกลไกการช่วยเหลือผ่านศูนย์คุ้มครองคนไร้ที่พึ่งและสถานคุ้มครองคนไร้ที่พึ่งและ (2) หน่วยงานเอกชน",
    "สำนักงานปลัดกระทรวงมหาดไทย และนายภควัต ฝ่ายแสนยอ สำนักงานปลัดกระทรวงมหาดไทย",
])
def test_a_group_a_foundation_a_list_running_on_or_a_surname_is_no_unit(text):
    # a foundation named after a hospital is the foundation (outside the state), no unit of the hospital
    assert not {(n, p) for n, p in learned(text) if not n.startswith("มูลนิธิ")}


def test_a_foundation_named_after_a_hospital_is_the_foundation_without_the_words_after_it():
    assert learned("ก่อนส่งต่อให้มูลนิธิโรงพยาบาลสมเด็จพระยุพราชส่วนกลาง นำไปศึกษา") == {("มูลนิธิโรงพยาบาลสมเด็จพระยุพราช", None)}


def test_a_province_glued_to_a_hospitals_name_is_cut_off():
    text = "ปลัดกระทรวงสาธารณสุข ติดตามการดำเนินงาน โรงพยาบาลหล่มสักจังหวัดเพชรบูรณ์ ชื่นชมระบบบริการ"
    assert {n for n, _ in learned(text)} == {"โรงพยาบาลหล่มสัก"}


@pytest.mark.parametrize("text", [
    "4) จังหวัดสระแก้ว พล.ต.ท.อิทธิพล อิทธิสารรณชัย ผบช.ภ.2 สั่งการ",
    "โดยจังหวัดระยอง มีมูลค่าเงินลงทุนสูงสุด 91,670 ล้านบาท",
    "โดยจังหวัดท่องเที่ยวรอง ได้แก่ จังหวัดกาฬสินธุ์ จังหวัดกำแพงเพชร จังหวัดจันทบุรี",
])
def test_a_numbered_province_followed_by_a_person_or_a_place_figure_is_a_place(text):
    assert not [m for m in extract(text).mentions if m.kind == "org" and m.value.startswith("จังหวัด")]


@pytest.mark.parametrize("text", [
    "1. จังหวัดน่าน\n2. จังหวัดแพร่",
    "รางวัลชนะเลิศ ได้แก่ จังหวัดจันทบุรี รางวัลรองชนะเลิศ ได้แก่ จังหวัดระยอง",
    "จังหวัดแม่ฮ่องสอน ขับเคลื่อนโครงการ “ผ้าไทยใส่ให้สนุก”",
])
def test_a_province_standing_alone_in_a_list_or_acting_is_a_body(text):
    assert [m for m in extract(text).mentions if m.kind == "org" and m.value.startswith("จังหวัด")]


@pytest.mark.parametrize("text, name, parent", [
    ("สำนักงานคลังจังหวัดสุรินทร์ กรมบัญชีกลาง\nรางวัลชนะเลิศ", "สำนักงานคลังจังหวัดสุรินทร์", "กรมบัญชีกลาง"),
    ("รางวัลคลังจังหวัดดีเด่น ได้แก่ สำนักงานคลังจังหวัดขอนแก่น", "สำนักงานคลังจังหวัดขอนแก่น", "กรมบัญชีกลาง"),
    ("ผู้แทนสำนักงานคลังจังหวัดนครราชสีมา เข้าร่วมประชุม", "สำนักงานคลังจังหวัดนครราชสีมา", "กรมบัญชีกลาง"),
])
def test_a_provincial_office_of_a_known_kind_is_no_misspelt_provincial_hall(text, name, parent):
    e = extract(text)
    assert (name, parent) in {(o.name, name_of(o.parent, e)) for o in e.organizations.values()}
    assert not any(m.value.startswith("สำนักงานจังหวัด") for m in e.mentions if m.kind == "org")


@pytest.mark.parametrize("written, name", [
    ("สำนักานจังหวัดสุรินทร์", "สำนักงานจังหวัดสุรินทร์"),      # a letter left out: still the provincial hall
    ("สำนักงานคลังจังหวดสุรินทร์", None),                       # nor is the treasury office misread when misspelt
])
def test_a_misspelt_provincial_office_stays_its_own_kind(written, name):
    from thaigovkg.extract.reading import near_table_name
    gazetteer = load_gazetteer()
    key = near_table_name(gazetteer, written)
    assert (gazetteer.organization(key).name if key else None) == name
