"""Bodies the genre names that orgs17's fresh slice and a second study slice showed missed or misread (issue 15,
orgs17b): a department's zone or region office numbered without ที่, a ministry of another state, political
parties (ontology/outside_bodies.csv), and a highway's number read as the department. Composed texts, with
negatives."""
from __future__ import annotations

import pytest

from test_orgs_recall import bodies, names


@pytest.mark.parametrize("written, name, parent", [
    ("นายสมมุติ ผู้อำนวยการศูนย์ความปลอดภัยในการทำงานเขต 7 ลงพื้นที่ตรวจโรงงาน", "ศูนย์ความปลอดภัยในการทำงานเขต 7",
     "กรมสวัสดิการและคุ้มครองแรงงาน"),
    ("เจ้าหน้าที่ศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 13 นำรถน้ำเข้าช่วยเหลือ", "ศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 13",
     "กรมป้องกันและบรรเทาสาธารณภัย"),
    ("สำนักงานศึกษาธิการภาค 4 จัดอบรมครู", "สำนักงานศึกษาธิการภาค 4", "สำนักงานปลัดกระทรวงศึกษาธิการ"),
    ("ศูนย์บริหารการทะเบียนภาค 3 ออกบัตรให้ประชาชน", "ศูนย์บริหารการทะเบียนภาค 3", "กรมการปกครอง"),
    ("สำนักงานพัฒนาที่ดินเขต 6 แจกปุ๋ยแก่เกษตรกร", "สำนักงานพัฒนาที่ดินเขต 6", "กรมพัฒนาที่ดิน"),
])
def test_a_zone_or_region_office_numbered_without_ti(written, name, parent):
    assert (name, "unit", parent) in {(n, "unit" if k in ("unit", "office") else k, p) for n, k, p in bodies(written)}


def test_a_range_of_zones_and_an_unknown_centre_make_no_office():
    found = names("ศูนย์ความปลอดภัยในการทำงานเขต 1-12 ทุกแห่ง และศูนย์สมมุติขึ้นมาใหม่เขต 3 ร่วมงาน")
    assert not any("เขต" in n for n in found)


@pytest.mark.parametrize("written, name", [
    ("ลงนามความร่วมมือกับกระทรวงเกษตรแห่งสาธารณรัฐสังคมนิยมเวียดนาม เมื่อวันนี้", "กระทรวงเกษตรแห่งสาธารณรัฐสังคมนิยมเวียดนาม"),
    ("ผู้แทนกระทรวงการต่างประเทศสาธารณรัฐเกาหลี เข้าพบ", "กระทรวงการต่างประเทศสาธารณรัฐเกาหลี"),
    ("หารือกับกระทรวงการคลังมาเลเซีย ในเรื่องภาษี", "กระทรวงการคลังมาเลเซีย"),
    ("กระทรวงพลังงานของราชอาณาจักรกัมพูชาได้ส่งหนังสือมา", "กระทรวงพลังงานของราชอาณาจักรกัมพูชา"),
])
def test_a_ministry_of_another_state_is_its_body_not_ours(written, name):
    found = bodies(written)
    assert (name, "foreign", None) in found
    assert not {n for n, _, _ in found} & {"กระทรวงเกษตรและสหกรณ์", "กระทรวงการต่างประเทศ", "กระทรวงการคลัง", "กระทรวงพลังงาน"}


def test_a_thai_ministry_with_thailand_or_a_country_in_prose_stays_ours():
    found = names("กระทรวงพลังงานแห่งราชอาณาจักรไทยลงนาม ขณะที่กระทรวงการต่างประเทศได้หารือกับจีน และกระทรวงการคลัง ญี่ปุ่นตอบรับ")
    assert {"กระทรวงพลังงาน", "กระทรวงการต่างประเทศ", "กระทรวงการคลัง"} <= found
    assert not any(n.endswith(("จีน", "ญี่ปุ่น")) for n in found)


@pytest.mark.parametrize("written, name", [
    ("นายสมมุติ ทดสอบ หัวหน้าพรรคภูมิใจไทย กล่าวว่า", "พรรคภูมิใจไทย"),
    ("ส.ส.พรรคเพื่อไทยระบุว่า จะยื่นญัตติ", "พรรคเพื่อไทย"),
    ("ผู้แทนพรรคคอมมิวนิสต์จีนเข้าเยี่ยมคารวะ", "พรรคคอมมิวนิสต์จีน"),
])
def test_a_political_party_is_a_body_outside_the_state(written, name):
    assert any(n == name and p is None for n, _, p in bodies(written))


def test_coalition_and_generic_parties_are_no_party():
    found = names("พรรคร่วมรัฐบาลและพรรคการเมืองทุกพรรค รวมทั้งพรรคฝ่ายค้าน หารือกัน")
    assert not any(n.startswith("พรรค") for n in found)


def test_a_highway_number_is_no_department():
    found = names("การจราจรบน ทล.214 และ ทล. 12 รวมทั้งถนน ทช.นม.3046 ผ่านได้แล้ว")
    assert not found & {"กรมทางหลวง", "กรมทางหลวงชนบท"}
    assert {"กรมทางหลวง", "กรมทางหลวงชนบท"} <= names("เจ้าหน้าที่ ทล. และ ทช. ร่วมกันซ่อมถนน")


@pytest.mark.parametrize("written, name", [
    ("ผู้แทนสถานเอกอัครราชทูตเดนมาร์กประจำประเทศไทย เข้าร่วมงาน", "สถานเอกอัครราชทูตเดนมาร์กประจำประเทศไทย"),
    ("ได้รับการสนับสนุนจากสถานเอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทยในการจัดงาน", "สถานเอกอัครราชทูตจีนประจำประเทศไทย"),
    ("ร่วมกับสถานเอกอัครราชทูตสาธารณรัฐเกาหลีประจำประเทศไทย จัดนิทรรศการ", "สถานเอกอัครราชทูตสาธารณรัฐเกาหลีประจำประเทศไทย"),
])
def test_a_foreign_embassy_in_thailand_written_out_is_a_body_abroad(written, name):
    assert (name, "foreign", None) in bodies(written)


def test_no_embassy_without_a_state():
    assert not any(n.startswith("สถานเอกอัครราชทูต")
                   for n in names("ผู้แทนสถานเอกอัครราชทูตต่างๆประจำประเทศไทย และสถานเอกอัครราชทูตไทยประจำประเทศไทย"))
