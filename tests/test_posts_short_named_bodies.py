"""Posts whose title names the body short of its table name (issue 15: posts without an organisation, and recall of
award articles): a board's officers before the name of a state enterprise or a fund whose office the tables hold, a
fund's manager, a
police bureau's commander before the bureau's name without กองบัญชาการ. Composed sentences (invented names),
negatives included."""
from __future__ import annotations

import pytest
from test_posts_in_ceremonies import posts


@pytest.mark.parametrize("text, person, title, org", [
    ("โดยมี นายปรีดา ทองมาก ประธานกรรมการสลากกินแบ่งรัฐบาล เป็นผู้มอบรางวัล",
     "ปรีดา ทองมาก", "ประธานกรรมการสลากกินแบ่งรัฐบาล", "สำนักงานสลากกินแบ่งรัฐบาล"),
    ("นายวีระ ศรีสุข กรรมการและโฆษกคณะกรรมการสลากกินแบ่งรัฐบาล กล่าวว่า ผลการออกรางวัลเป็นไปด้วยความเรียบร้อย",
     "วีระ ศรีสุข", "กรรมการและโฆษกคณะกรรมการสลากกินแบ่งรัฐบาล", "สำนักงานสลากกินแบ่งรัฐบาล"),
    ("นางสาวจิรา ดวงดี ผู้จัดการกองทุนสนับสนุนการสร้างเสริมสุขภาพ (สสส.) กล่าวว่า โครงการได้รับรางวัล",
     "จิรา ดวงดี", "ผู้จัดการกองทุนสนับสนุนการสร้างเสริมสุขภาพ", "สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ"),
    ("พลตำรวจตรีสมเกียรติ กล้าดี รองผู้บัญชาการตำรวจปราบปรามยาเสพติด เข้าร่วมการประชุม",
     "สมเกียรติ กล้าดี", "รองผู้บัญชาการตำรวจปราบปรามยาเสพติด", "กองบัญชาการตำรวจปราบปรามยาเสพติด"),
    ("พลตำรวจโทชาญชัย มั่นคง ผู้บัญชาการตำรวจสอบสวนกลาง แถลงผลการจับกุม",
     "ชาญชัย มั่นคง", "ผู้บัญชาการตำรวจสอบสวนกลาง", "กองบัญชาการตำรวจสอบสวนกลาง"),
])
def test_post_in_the_body_the_title_names_short(text, person, title, org):
    assert (person, title, org) in posts(text)


@pytest.mark.parametrize("text, word", [
    # the board itself, no member's title
    ("คณะกรรมการสลากกินแบ่งรัฐบาล มีมติให้นายวีระ ศรีสุข เป็นผู้มอบรางวัล", "สลากกินแบ่งรัฐบาล"),
    # a government office serves a statutory committee of its own: no post in the office
    ("นางมาลัย ใจงาม กรรมการประกันสังคม ร่วมมอบโล่สถานประกอบการดีเด่น", "ประกันสังคม"),
    # a village's fund, not the national fund's office
    ("นายสมหมาย ใจดี กรรมการกองทุนหมู่บ้านบ้านหนองบัว ได้รับรางวัล", "กองทุนหมู่บ้าน"),
    # an office named after the holder it serves has no board
    ("นายสมชาย ดีเลิศ กรรมการปลัดกระทรวงมหาดไทย ร่วมงาน", "กรรมการปลัดกระทรวง"),
    # the title runs on into a longer name the tables lack
    ("นายวิชัย รุ่งเรือง ผู้บัญชาการตำรวจสอบสวนกลางภาคพิเศษ ร่วมงาน", "ตำรวจสอบสวนกลาง"),
])
def test_no_post_of_a_short_named_body(text, word):
    assert not any(word in t and org for _, t, org in posts(text))


def test_a_title_cut_short_with_paiyannoi_is_no_part_of_the_name():
    # "เลขานุการฯ" is the secretary's title cut short, not a third part of the name: the minister's title after it
    # is not the person's
    found = posts("นายวรพล ศรีงาม เลขานุการฯ รมว.ทส. ร่วมต้อนรับคณะ")
    assert not any(person.endswith("ฯ") for person, _, _ in found)
    assert not any(person.startswith("วรพล") and title.startswith("รัฐมนตรี") for person, title, _ in found)
