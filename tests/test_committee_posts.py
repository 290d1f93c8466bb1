"""Committees named where the text shows their end, and the posts held in them (issue 15, comm20): a committee's
English name in brackets closes its Thai name, and a chair's or secretary's title names a committee the article
names whole elsewhere (with or without คณะ). Composed sentences (invented names), negatives included."""
from __future__ import annotations

import pytest

from test_extract import extract
from test_posts_in_ceremonies import posts


def committees(text: str) -> dict[str, str]:
    """Learned committees and international bodies: name → kind."""
    return {o.name: o.kind for o in extract(text).organizations.values() if o.name.startswith("คณะ")}


@pytest.mark.parametrize("text, name", [
    ("ทั้งนี้ คณะกรรมการพัฒนาปลานิลและผลิตภัณฑ์ (Tilapia Board) ได้มีมติเห็นชอบแผนการผลิต",
     "คณะกรรมการพัฒนาปลานิลและผลิตภัณฑ์"),
    ("กระทรวงได้แต่งตั้ง คณะกรรมการบริหารจัดการห่วงโซ่อุปทานมะพร้าว (Coconut Committee) เพื่อดูแลราคา",
     "คณะกรรมการบริหารจัดการห่วงโซ่อุปทานมะพร้าว"),
])
def test_an_english_board_name_closes_a_committee(text, name):
    assert committees(text).get(name) == "committee"


@pytest.mark.parametrize("text, word", [
    # an English gloss of the last words, not the committee's name: where the Thai name ends is not shown
    ("จังหวัดได้แต่งตั้ง คณะทำงานจัดทำผังแม่บทการพัฒนาเมืองเก่า (Master Plan) ต่อไป", "คณะทำงาน"),
    # a committee of two states
    ("ไทยจะเป็นเจ้าภาพการประชุม คณะกรรมการร่วมทางการค้า (Joint Trade Committee: JTC) ไทย-ลาว", "คณะกรรมการร่วม"),
    ("ไทยจะเป็นเจ้าภาพการประชุม คณะกรรมการชายแดนส่วนกลาง (Regional Border Committee: RBC) ในปีหน้า", "คณะกรรมการชายแดน"),
    # another body's committee, whose is written after it
    ("สำนักงานได้รับเชิญเป็นสมาชิก คณะกรรมการนโยบายการแข่งขันทางการค้า (Competition Committee) ของ OECD", "คณะกรรมการนโยบาย"),
])
def test_no_committee_of_the_state_from_a_gloss_a_joint_or_anothers_committee(text, word):
    assert not any(name.startswith(word) and kind == "committee" for name, kind in committees(text).items())


def test_a_chair_before_an_english_board_name_holds_a_post_in_it():
    text = "นายสมคิด ใจงาม ประธานคณะกรรมการบริหารจัดการมะพร้าว (Coconut Board) เปิดเผยว่า ราคามะพร้าวปรับตัวดีขึ้น"
    assert ("สมคิด ใจงาม", "ประธานคณะกรรมการบริหารจัดการมะพร้าว", "คณะกรรมการบริหารจัดการมะพร้าว") in posts(text)


NAMED_WHOLE = "ที่ประชุมคณะกรรมการกำกับการประหยัดพลังงานภาครัฐ ครั้งที่ 2/2567 มีมติเห็นชอบมาตรการลดการใช้ไฟฟ้า"


@pytest.mark.parametrize("title_sentence, title", [
    # a chair written without คณะ, a verb written on to the name
    ("นางสุดา แสงดี ปลัดกระทรวงพลังงาน ในฐานะประธานกรรมการกำกับการประหยัดพลังงานภาครัฐเสนอ ผลการประชุม",
     "ประธานกรรมการกำกับการประหยัดพลังงานภาครัฐ"),
    # with คณะ, a word of the sentence written on to it
    ("นางสุดา แสงดี ปลัดกระทรวงพลังงาน ในฐานะประธานคณะกรรมการกำกับการประหยัดพลังงานภาครัฐแล้ว กล่าวว่า",
     "ประธานคณะกรรมการกำกับการประหยัดพลังงานภาครัฐ"),
    ("นางสุดา แสงดี ปลัดกระทรวงพลังงาน ในฐานะเลขานุการคณะกรรมการกำกับการประหยัดพลังงานภาครัฐ รายงานว่า",
     "เลขานุการคณะกรรมการกำกับการประหยัดพลังงานภาครัฐ"),
])
def test_a_title_names_the_committee_the_article_names_whole(title_sentence, title):
    assert ("สุดา แสงดี", title, "คณะกรรมการกำกับการประหยัดพลังงานภาครัฐ") in posts(title_sentence + " " + NAMED_WHOLE)


@pytest.mark.parametrize("text", [
    # the title's name runs on past the committee's: another committee (a region's)
    "นางสุดา แสงดี ในฐานะประธานกรรมการกำกับการประหยัดพลังงานภาครัฐภาคเหนือ กล่าวว่า " + NAMED_WHOLE,
    # the committee is nowhere named whole: where its name ends is not shown
    "นางสุดา แสงดี ปลัดกระทรวงพลังงาน ในฐานะประธานกรรมการกำกับการประหยัดพลังงานภาครัฐเสนอ ผลการประชุม",
])
def test_no_committee_post_where_the_name_is_not_the_named_ones(text):
    assert not any(org == "คณะกรรมการกำกับการประหยัดพลังงานภาครัฐ" for _, _, org in posts(text))


@pytest.mark.parametrize("text, title, body", [
    # an honorary chair (pos21): a post of the body written on to it, as a chair's
    ("นายสมชาย ใจดี ประธานกิตติมศักดิ์หอการค้าไทย กล่าวว่า", "ประธานกิตติมศักดิ์หอการค้าไทย", "หอการค้าไทย"),
    ("นายสมชาย ใจดี ประธานกิตติมศักดิ์หอการค้าจังหวัดสมุทรสาคร กล่าวว่า", "ประธานกิตติมศักดิ์หอการค้าจังหวัดสมุทรสาคร",
     "หอการค้าจังหวัดสมุทรสาคร"),
])
def test_an_honorary_chair_holds_a_post_in_the_body(text, title, body):
    assert ("สมชาย ใจดี", title, body) in posts(text)


def test_an_honorary_chair_of_nothing_named_holds_none():
    assert posts("นายสมชาย ใจดี ประธานกิตติมศักดิ์ ในงานนี้ กล่าวว่า") == set()
