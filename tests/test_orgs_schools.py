"""Schools (issue 15): a school names itself (โรงเรียน and its name) and the name ends where the school's name
ends, not at the next word; a school as a common noun, a kind or a venue is no body. Composed texts, negatives
included."""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer


def names(text: str) -> set[str]:
    e = extract_article(parse_article(text, "t.txt"))
    keys = {fact[1] for fact in e.evidence if isinstance(fact, tuple) and fact[0] == "org"} | set(e.named)
    return {(e.organizations.get(k) or load_gazetteer().organization(k)).name for k in keys}


def schools(text: str) -> set[str]:
    return {n for n in names(text) if n.startswith("โรงเรียน")}




@pytest.mark.parametrize("text, name", [
    ("นายกรัฐมนตรีตรวจเยี่ยมโรงเรียนบ้านหนองบัว อำเภอเมือง จังหวัดขอนแก่น", "โรงเรียนบ้านหนองบัว"),
    ("คณะครูและนักเรียนโรงเรียนวัดสุวรรณาราม ร่วมแสดง", "โรงเรียนวัดสุวรรณาราม"),
    ("ร่วมกับโรงเรียนรัตนราษฎร์บำรุง อำเภอบ้านโป่ง จัดกิจกรรม", "โรงเรียนรัตนราษฎร์บำรุง"),
    ("ผู้อำนวยการโรงเรียนอัสสัมชัญลำปางกล่าวว่า", "โรงเรียนอัสสัมชัญลำปาง"),
    ("มอบทุนให้แก่โรงเรียนนาเชือกพิทยาสรรค์ และโรงเรียนบ้านดอนตาล", "โรงเรียนบ้านดอนตาล"),
    ("มอบอุปกรณ์กีฬาแก่โรงเรียนวัดอัมพวาหมู่ 4 และชุมชน", "โรงเรียนวัดอัมพวา"),
])
def test_a_school_by_its_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "ให้นักเรียนที่หยุดเรียนในโรงเรียนเป็นเวลานาน กลับมาเรียน",
    "กิจกรรมเช่นโรงเรียนคุณธรรม ศิลปะบำบัด",
    "การมอบฟาร์มไก่ไข่ โรงเรียนเพาะเห็ด และพืชผักสวนครัว",
    "ประกอบด้วยโรงเรียนทั่วไป โรงเรียนกองทุน และโรงเรียนเฉพาะความพิการ",
    "ส่งเสริมโรงเรียนเอกชนและโรงเรียนขนาดเล็กทั่วประเทศ",
    "การดำเนินงานของโรงเรียนผู้สูงอายุทุกตำบล",
    "ในโรงเรียนพื้นที่ลำปางกว่า 100 แห่ง",
    # a venue, not a body the article names
    "วันนี้ เวลา 10.00 น. ณ โรงเรียนบ้านลาดวิทยา อำเภอบ้านลาด จังหวัดเพชรบุรี",
    "ที่ห้องประชุมโรงเรียนกมลาไสย อำเภอกมลาไสย จังหวัดกาฬสินธุ์",
    "ใช้พื้นที่โรงเรียนวัดอัมพวาหมู่ 4 เป็นศูนย์พักคอย",
])
def test_a_school_as_a_common_noun_is_no_body(text):
    assert not schools(text)


@pytest.mark.parametrize("text, name", [
    # the next word written on to the name is no part of it: an address, an office, an award, a verb
    ("ได้แก่ โรงเรียนบ้านหนองบัวอำเภอเมืองจังหวัดน่าน ได้รับรางวัล", "โรงเรียนบ้านหนองบัว"),
    ("ได้แก่ โรงเรียนวัดดอนสังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1", "โรงเรียนวัดดอน"),
    ("โดยโรงเรียนบ้านหนองบัวชนะเลิศการประกวด", "โรงเรียนบ้านหนองบัว"),
    ("รางวัลชนะเลิศ ได้แก่ โรงเรียนบ้านโคกจังหวัดน่าน", "โรงเรียนบ้านโคก"),
    ("ได้แก่ โรงเรียนบ้านนาจ.น่าน ได้รับรางวัล", "โรงเรียนบ้านนา"),
    # a level or an owner that opens a name of its own
    ("ได้แก่ โรงเรียนอนุบาลน่าน ได้รับรางวัลชนะเลิศ", "โรงเรียนอนุบาลน่าน"),
    ("ได้แก่ โรงเรียนมัธยมแพรกษาวิเทศศึกษา ได้รับเหรียญทอง", "โรงเรียนมัธยมแพรกษาวิเทศศึกษา"),
    ("ได้แก่ โรงเรียนเทศบาลตำบลแพรกษา ได้รับเหรียญทอง", "โรงเรียนเทศบาลตำบลแพรกษา"),
])
def test_a_school_name_ends_where_its_name_ends(text, name):
    assert schools(text) == {name}


@pytest.mark.parametrize("text", [
    "ส่งเสริมโรงเรียนอนุบาลทั่วประเทศ และโรงเรียนมัธยมศึกษาขนาดกลาง",
    "ยกระดับโรงเรียนมัธยมปลายให้มีคุณภาพ",
    "โรงเรียนในสังกัดเทศบาลตำบลแพรกษา ได้รับเหรียญทอง",
    "ได้แก่ โรงเรียนเทศบาลในจังหวัดน่าน ได้รับเหรียญทอง",
    "เปิดโรงเรียนอนุบาลสำหรับเด็กเล็กในชุมชน",
])
def test_a_level_or_owner_alone_is_a_kind(text):
    assert not schools(text)


@pytest.mark.parametrize("text, name", [
    # the sentence written on to the name goes on after it
    ("มอบขนมให้แก่เด็กนักเรียนโรงเรียนบ้านนาดีอีกด้วย", "โรงเรียนบ้านนาดี"),
    ("เหตุการณ์รถบัสทัศนศึกษาของนักเรียนโรงเรียนวัดดอนสักเกิดเพลิงไหม้", "โรงเรียนวัดดอนสัก"),
    ("ร่วมทำบุญกับนักเรียนโรงเรียนวัดบางพลีใหญ่ผ่านระบบออนไลน์", "โรงเรียนวัดบางพลีใหญ่"),
    ("ได้ทราบว่านักเรียนโรงเรียนบ้านเกาะลันตามีปัญหาการเดินทาง", "โรงเรียนบ้านเกาะลันตา"),
    ("ได้แก่ โรงเรียนมีนประสาทวิทยา ได้รับรางวัล", "โรงเรียนมีนประสาทวิทยา"),
])
def test_a_school_name_stops_before_the_sentence(text, name):
    assert schools(text) == {name}


def test_a_second_body_after_and_is_not_part_of_the_school():
    assert "โรงเรียนนครไทยและวิทยาลัยการอาชีพ" not in names("จัดตั้งสถาบันฯ และโรงเรียนนครไทยและวิทยาลัยการอาชีพ อำเภอนครไทย")


def test_a_numbered_school_keeps_its_number():
    assert schools("รวมถึงโรงเรียนมัธยมพัชรกิติยาภา 3 จังหวัดสุราษฎร์ธานี") == {"โรงเรียนมัธยมพัชรกิติยาภา 3"}


@pytest.mark.parametrize("text", [
    "มอบทุนแก่โรงเรียนบ้านหนองบัว 3 คน และโรงเรียนบ้านดอนตาล 2 ราย",
    "ได้แก่ โรงเรียนบ้านหนองบัว 5 ธันวาคม 2566",
])
def test_a_count_or_a_date_after_a_school_is_no_number_of_it(text):
    assert not any(name[-1].isdigit() for name in schools(text))


def test_a_school_behind_a_named_hall_is_a_venue():
    assert not schools("ลงพื้นที่พบปะเกษตรกร ณ หอประชุมรวมใจภักดิ์ โรงเรียนบ่อพลอยรัชดาภิเษก อำเภอบ่อพลอย")


@pytest.mark.parametrize("text, name", [
    ("ได้แก่ เด็กชายสมชาย ใจดี โรงเรียนวัดราษฎร์บำรุง (งามศิริวิทยาคาร) กรุงเทพมหานคร", "โรงเรียนวัดราษฎร์บำรุง (งามศิริวิทยาคาร)"),
    ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนวัดโพธิ์ทอง (วาสนานุกูล) กล่าวว่า", "โรงเรียนวัดโพธิ์ทอง (วาสนานุกูล)"),
])
def test_a_school_keeps_its_bracketed_second_name(text, name):
    assert schools(text) == {name}


@pytest.mark.parametrize("text, name", [
    ("งบประมาณให้แก่โรงเรียนวัดหัวฝาย (เพิ่มเติม) เนื่องจากรูปแบบไม่เหมาะสม", "โรงเรียนวัดหัวฝาย"),
    ("ได้แก่ โรงเรียนบ้านนาดี (จังหวัดน่าน) ได้รับรางวัล", "โรงเรียนบ้านนาดี"),
    ("ได้แก่ โรงเรียนบ้านนาดี (น่าน) ได้รับรางวัล", "โรงเรียนบ้านนาดี"),
])
def test_a_note_or_place_in_brackets_is_no_second_name(text, name):
    assert schools(text) == {name}


@pytest.mark.parametrize("text", [
    "พบปะประชาชน ณ อาคารอเนกประสงค์ โรงเรียนวัดเขาพระยาสังฆาราม อำเภอเมือง",
    "จัดกิจกรรม ณ ลานกิจกรรม ชั้น 1 โรงเรียนบ้านหนองบัว จังหวัดน่าน",
])
def test_a_school_after_a_venue_phrase_is_a_venue(text):
    assert not schools(text)


def test_a_school_listed_after_the_venue_is_named():
    assert schools("จัดพิธี ณ ทำเนียบรัฐบาล โดยมีผู้แทนโรงเรียนบ้านหนองบัว จังหวัดน่าน ได้รับรางวัล") == {"โรงเรียนบ้านหนองบัว"}
