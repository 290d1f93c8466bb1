"""Organisations of the whole state and the posts tied to them (issue 15), on short texts written
for each pattern: learned units only when they are names, parents from evidence, not neighbours."""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer


def extract(text: str):
    return extract_article(parse_article(text, "t.txt"))


def name_of(key: str | None, extraction) -> str | None:
    if key is None:
        return None
    if key in extraction.organizations:
        return extraction.organizations[key].name
    return load_gazetteer().agencies[key].name


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
