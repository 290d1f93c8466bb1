"""Posts whose body is written in the title but was not tied (issue 15: posts without an organisation): an adviser's
field with the body glued to it, and a body written short of its table name followed by its short form in brackets.
Composed sentences, negatives included."""
from __future__ import annotations

import pytest
from test_posts_in_ceremonies import posts

from test_extract import extract
from thaigovkg.gazetteer import load_gazetteer

MDES = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"


@pytest.mark.parametrize("text, person, title, org", [
    ("โดยมี นางสาวพิมพ์ใจ สายสุข ที่ปรึกษาด้านการสื่อสารกระทรวงดีอี และผู้เกี่ยวข้องเข้าร่วม",
     "พิมพ์ใจ สายสุข", "ที่ปรึกษาด้านการสื่อสาร" + MDES, MDES),
    ("นายปกรณ์ ศรีสุข ที่ปรึกษาด้านความร่วมมือระหว่างประเทศกระทรวงพาณิชย์ เป็นประธานเปิดงาน",
     "ปกรณ์ ศรีสุข", "ที่ปรึกษาด้านความร่วมมือระหว่างประเทศกระทรวงพาณิชย์", "กระทรวงพาณิชย์"),
    ("นางวิไล มีสุข รักษาการที่ปรึกษาด้านวิชาการกรมการจัดหางาน กล่าวต้อนรับ",
     "วิไล มีสุข", "ที่ปรึกษาด้านวิชาการกรมการจัดหางาน", "กรมการจัดหางาน"),
])
def test_an_adviser_with_the_body_glued_to_the_field(text, person, title, org):
    found = {(p, t): o for p, t, o in posts(text)}
    assert found.get((person, title)) == org or found.get((person, "รักษาการ" + title)) == org


@pytest.mark.parametrize("text, person", [
    # a field that holds a word of a body's short form, no body written
    ("นายสมบัติ ดีมาก ที่ปรึกษาด้านพัฒนาระบบงานคลัง กล่าวว่า", "สมบัติ ดีมาก"),
    ("นายเก่ง มากมี ที่ปรึกษาด้านเศรษฐกิจการขนส่งทางบก กล่าวว่า", "เก่ง มากมี"),
    ("นายดี ดีใจ ที่ปรึกษาด้านศุลกากรและสรรพสามิต กล่าวว่า", "ดี ดีใจ"),
    # a body outside the state in brackets, or a short form the tables do not know
    ("นายดี ดีใจ ที่ปรึกษาด้านเศรษฐกิจดิจิทัล (ทีดีอาร์ไอ) กล่าวว่า", "ดี ดีใจ"),
    ("นายดี ดีใจ ที่ปรึกษาด้านเศรษฐกิจดิจิทัล (สศด.) กล่าวว่า", "ดี ดีใจ"),
])
def test_an_adviser_without_a_body_stays_untied(text, person):
    assert all(o is None for p, _, o in posts(text) if p == person)


def units(text: str) -> dict[str, tuple[str, str | None]]:
    """title → (organisation name, its parent's name) of every post the text gives."""
    e, gazetteer = extract(text), load_gazetteer()

    def org(key):
        return e.organizations[key] if key in e.organizations else gazetteer.organization(key)
    return {p.title: (org(p.org).name, org(org(p.org).parent).name if org(p.org).parent else None)
            for p in e.posts if p.org}


def test_a_body_written_short_of_its_table_name_before_its_short_form():
    found = units("นางสาวจันทร์ เพ็ญ รองผู้อำนวยการสำนักงานสภานโยบายการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (สอวช.) กล่าวว่า")
    (org, _), = found.values()
    assert org == "สำนักงานสภานโยบายการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมแห่งชาติ"


@pytest.mark.parametrize("text", [
    # the office's own short form, which happens to be another body's (สสช. is the statistical office's): the
    # office is not that body, nor (without a rule that says so) a unit of it
    "นายก้อง ดังดี ผู้อำนวยการสำนักงานส่งเสริมอาชีพชุมชน (สสช.) กล่าวรายงาน",
    # a short form the tables do not know
    "นายมานะ อดทน ผู้อำนวยการสำนักวิจัยตลาดแรงงาน (สวร.) กล่าวรายงาน",
    # a name much shorter than the table's: another body, not the one the short form names
    "นางสาวจันทร์ เพ็ญ ผู้อำนวยการสำนักงานสภานโยบาย (สอวช.) กล่าวว่า",
    # a place in brackets, no short form
    "นายมานะ อดทน ผู้อำนวยการศูนย์ซ่อมบำรุงเครื่องจักรกล (ปทุมธานี) กล่าวรายงาน",
])
def test_no_agency_from_a_bracket_that_is_not_one(text):
    assert units(text) == {}

