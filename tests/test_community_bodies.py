"""Winners of local contests (issue 14/15): village producer groups, outside the state, read where they are
placed (a village in the name, an address after it, a province after it in a winners' list), and the agriculture
ministry's provincial AIC centres under its permanent secretary's office. Composed texts, with negatives."""
from __future__ import annotations

import pytest

from test_orgs_recall import bodies, names

PERMANENT_SECRETARY = "สำนักงานปลัดกระทรวงเกษตรและสหกรณ์"


@pytest.mark.parametrize("text, name", [
    # a village in the name
    ("ผ้าที่ได้รับรางวัลชนะเลิศ ได้แก่ผ้าของกลุ่มทอผ้าบ้านนาเจริญ อำเภอเมือง", "กลุ่มทอผ้าบ้านนาเจริญ"),
    ("รัฐมนตรีเยี่ยมชมกลุ่มแม่บ้านเกษตรกรบ้านสวนหลวงซึ่งผลิตผ้าย้อมคราม", "กลุ่มแม่บ้านเกษตรกรบ้านสวนหลวง"),
    ("ผลิตภัณฑ์จากกลุ่มจักสานไม้ไผ่บ้านโคกสูง-หนองแวง ได้รับการคัดสรร", "กลุ่มจักสานไม้ไผ่บ้านโคกสูง-หนองแวง"),
    # the village number, subdistrict or district after it
    ("2. รางวัลรองชนะเลิศ ได้แก่ นางสมศรี ใจงาม กลุ่มผู้เลี้ยงไหมสามัคคีธรรม หมู่ที่ 4 ตำบลนาคู",
     "กลุ่มผู้เลี้ยงไหมสามัคคีธรรม"),
    ("ณ กลุ่มออมทรัพย์เพื่อการผลิตพัฒนาใหม่ ต.หนองบัว อ.เมือง จ.อุดรธานี", "กลุ่มออมทรัพย์เพื่อการผลิตพัฒนาใหม่"),
    # the address written on to the name ends it
    ("ได้แก่ 1) กลุ่มเกษตรกรทำนาบ้านหนองแสงจังหวัดพิจิตร 2) กลุ่มเกษตรกรทำสวน", "กลุ่มเกษตรกรทำนาบ้านหนองแสง"),
    ("5) กลุ่มแม่บ้านเกษตรกร ได้แก่ กลุ่มแม่บ้านเกษตรกรบ้านดอนมูลหมู่ 5 จ.น่าน", "กลุ่มแม่บ้านเกษตรกรบ้านดอนมูล"),
    # ... but a subdistrict written on to it is its own name
    ("รางวัลชมเชย ได้แก่ ผ้าไหมลายดอกบัว กลุ่มทอผ้าแม่บ้านเกษตรกรตำบลหนองแก อำเภอเมือง",
     "กลุ่มทอผ้าแม่บ้านเกษตรกรตำบลหนองแก"),
    # a province after it, in a winners' list
    ("- รางวัลชนะเลิศ ได้แก่ นายสมปอง ดีมาก กลุ่มทอผ้าไหมลายดอกแก้ว จังหวัดสุรินทร์", "กลุ่มทอผ้าไหมลายดอกแก้ว"),
])
def test_a_placed_group_is_a_body_outside_the_state(text, name):
    found = {(n, kind, parent) for n, kind, parent in bodies(text) if n == name}
    assert found == {(name, "outside", None)}


@pytest.mark.parametrize("text", [
    # groups of people, no body
    "มอบรางวัลแก่เกษตรกรดีเด่น และกลุ่มแม่บ้านเกษตรกรในพื้นที่ จังหวัดน่าน",
    "ส่งเสริมกลุ่มทอผ้า กลุ่มหัตถกรรม รวมทั้งกลุ่มอาชีพต่าง ๆ ในชุมชน",
    "สินค้าจากกลุ่มเกษตรกร วิสาหกิจชุมชน และสหกรณ์การเกษตร",
    "กลุ่มแม่บ้านเกษตรกร จังหวัดเลย ร่วมพิธี",            # a kind, and no winners' list
    "รางวัลชนะเลิศ ได้แก่ กลุ่มแม่บ้านเกษตรกร จังหวัดเลย",   # a kind word alone is no name, even in a list
    "ผลงานของกลุ่มทอผ้าไหมลายดอกแก้ว จังหวัดสุรินทร์ จัดแสดงในงาน",   # a province after it outside a list
    "นางสมศรี ใจดี ผู้อำนวยการกลุ่มส่งเสริมอาชีพบ้านและชุมชน กล่าวว่า",   # a director heads a group of the state
    # not producer groups at all
    "กลุ่มเป้าหมายของโครงการ ได้แก่ กลุ่มจังหวัดภาคเหนือตอนบน 1",
    "พัฒนาผ้าพื้นบ้านให้กลุ่มทอผ้าทั่วประเทศ",
    # a name that runs on into prose stops where the prose starts; the rest is no name
    "กลุ่มทอผ้าไหมได้รับรางวัลจากจังหวัด",
])
def test_a_group_of_people_is_no_body(text):
    assert not {n for n in names(text) if n.startswith("กลุ่ม")}


def test_a_named_group_stops_where_prose_starts():
    assert "กลุ่มทอผ้าบ้านดอนแก้ว" in names("กลุ่มทอผ้าบ้านดอนแก้วได้รับรางวัลชนะเลิศ")


@pytest.mark.parametrize("text, province", [
    ("3. ประเภทศูนย์ AIC สมรรถนะสูง รางวัลชนะเลิศ ได้แก่ ศูนย์เทคโนโลยีเกษตรและนวัตกรรมจังหวัดเพชรบุรี", "เพชรบุรี"),
    ("มหาวิทยาลัยวลัยลักษณ์ ศูนย์เทคโนโลยีเกษตรและนวัตกรรม จังหวัดนครศรีธรรมราช รองชนะเลิศ", "นครศรีธรรมราช"),
    ("รางวัลชมเชย ได้แก่ ศูนย์ AIC จ.ตรัง", "ตรัง"),
    ("ศูนย์เทคโนโลยีเกษตรและนวัตกรรม (AIC) จังหวัดสมุทรสาคร ได้รับรางวัล", "สมุทรสาคร"),
])
def test_an_aic_centre_of_a_province_is_a_unit_of_the_permanent_secretary(text, province):
    name = "ศูนย์เทคโนโลยีเกษตรและนวัตกรรมจังหวัด" + province
    assert (name, "other", PERMANENT_SECRETARY) in bodies(text)


@pytest.mark.parametrize("text", [
    "ขับเคลื่อนศูนย์เทคโนโลยีเกษตรและนวัตกรรม (Agritech and Innovation Center หรือ AIC) ให้เป็นแหล่งบริการเกษตรกร",
    "ศูนย์ AIC 77 จังหวัด ทั่วประเทศ",
    "ศูนย์เทคโนโลยีเกษตรและนวัตกรรมจากทั่วประเทศ",
])
def test_the_aic_scheme_is_no_centre(text):
    assert not {n for n in names(text) if n.startswith("ศูนย์เทคโนโลยีเกษตร")}
