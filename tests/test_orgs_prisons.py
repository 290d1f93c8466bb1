"""Prisons and correctional institutions (issue 15): each a unit of the Department of Corrections, named by
its kind and a real place or by a name of its own after a kind that says which institution it is; a bare
เรือนจำ followed by prose, a colour of the epidemic zones or a foreign city names none. Composed sentences."""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer

CORRECTIONS = "กรมราชทัณฑ์"


def prisons(text: str) -> set[tuple[str, str | None]]:
    """(name, parent name) of every prison or correctional institution the text names."""
    e = extract_article(parse_article(text, "t.txt"))
    gazetteer = load_gazetteer()
    learned = {o.name: o for o in e.organizations.values()}

    def org(name):
        if name in learned:
            return learned[name]
        key = gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name)
        return gazetteer.organization(key) if key else None
    found = set()
    for mention in e.mentions:
        o = org(mention.value) if mention.kind == "org" else None
        if o is not None and o.name.startswith(("เรือนจำ", "ทัณฑสถาน")):
            found.add((o.name, gazetteer.organization(o.parent).name if o.parent else None))
    return found


@pytest.mark.parametrize("text, name", [
    ("นายสมชาย ใจดี ผู้บัญชาการเรือนจำกลางหนองบัว กล่าวว่า", "เรือนจำกลางหนองบัว"),          # a name of its own
    ("เจ้าหน้าที่เรือนจำจังหวัดน่านได้รับรางวัล", "เรือนจำจังหวัดน่าน"),                      # a province, prose after
    ("ผู้ต้องขังของเรือนจำอำเภอไชยา จำนวน 20 คน", "เรือนจำอำเภอไชยา"),                       # a district
    ("ทัณฑสถานหญิงสงขลา และทัณฑสถานวัยหนุ่มกลาง จัดกิจกรรม", "ทัณฑสถานหญิงสงขลา"),
    ("ทัณฑสถานหญิงสงขลา และทัณฑสถานวัยหนุ่มกลาง จัดกิจกรรม", "ทัณฑสถานวัยหนุ่มกลาง"),
    ("ณ เรือนจำกลางจังหวัดตาก มีผู้ต้องขัง", "เรือนจำกลางตาก"),                              # จังหวัด written between
    ("ผู้อำนวยการเรือนจำชั่วคราวบ้านโป่งแดง เปิดเผยว่า", "เรือนจำชั่วคราวบ้านโป่งแดง"),
    ("เรือนจำพิเศษกรุงเทพฯ ได้จัดให้มีการฝึกวิชาชีพ", "เรือนจำพิเศษกรุงเทพมหานคร"),
])
def test_a_prison_is_a_unit_of_the_department_of_corrections(text, name):
    assert (name, CORRECTIONS) in prisons(text)


@pytest.mark.parametrize("text", [
    "เรือนจำสีแดง 10 แห่ง และเรือนจำทั่วประเทศ",                 # zones of the epidemic, every prison
    "เรือนจำกลางแห่งนี้ มีผู้ต้องขังราว 3,000 คน",                  # "this central prison": no name
    "เรือนจำจังหวัดต่างๆ ได้รับวัคซีนแล้ว",                        # no real province
    "ผู้ต้องขังในเรือนจำกลางเมืองดูไบ ได้รับการปล่อยตัว",            # a foreign city's prison
    "ทัณฑสถานวันนี้ มีผู้ต้องขังเพิ่มขึ้น",                          # a bare ทัณฑสถาน and prose
])
def test_prose_about_prisons_names_none(text):
    assert not prisons(text)


def test_the_head_of_a_named_prison_holds_a_post_in_it():
    e = extract_article(parse_article("นายสมชาย ใจดี ผู้บัญชาการเรือนจำกลางหนองบัว กล่าวว่า", "t.txt"))
    gazetteer = load_gazetteer()
    names = {p.title: (e.organizations.get(p.org) or gazetteer.organization(p.org)).name for p in e.posts if p.org}
    assert names.get("ผู้บัญชาการเรือนจำกลางหนองบัว") == "เรือนจำกลางหนองบัว"


@pytest.mark.parametrize("text, wrong", [
    ("ผู้ต้องขังเรือนจำชั่วคราวแม่แตงต่อไป ทั้งนี้", "เรือนจำชั่วคราวแม่แตงต่อไป"),      # a place, then prose
    ("ส่วนเรือนจำกลางนครสวรรค์ระบาดเพิ่ม 20 ราย", "เรือนจำกลางนครสวรรค์ระบาดเพิ่ม"),
])
def test_prose_written_on_to_a_prisons_place_is_no_part_of_its_name(text, wrong):
    assert wrong not in {name for name, _ in prisons(text)}


def test_a_short_word_going_on_with_a_place_is_part_of_the_name():
    assert ("เรือนจำชั่วคราวแคน้อย", CORRECTIONS) in prisons("ผู้บัญชาการเรือนจำชั่วคราวแคน้อย กล่าวว่า")
