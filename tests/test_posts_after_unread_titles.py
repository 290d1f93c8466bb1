"""A post the finders read, written after a title of the holder's own they do not read (issue 15: people found
without their post): an acting post after a unit's head, a grade in brackets or a graded line title, and any post
after a graded line title (the graded title then a post of that post's body). Composed sentences, negatives included."""
from __future__ import annotations

import pytest
from test_posts_in_ceremonies import posts


@pytest.mark.parametrize("text, person, title, org", [
    ("เมื่อวันที่ 5 มีนาคม 2567 นายสมชาย ใจดี หัวหน้ากลุ่มงานบริหารทั่วไป รักษาราชการแทนอธิบดีกรมประมง เป็นประธานเปิดงาน",
     "สมชาย ใจดี", "รักษาราชการแทนอธิบดีกรมประมง", "กรมประมง"),
    ("โดยมี นางสาวมาลี สุขใจ หัวหน้ากลุ่มนโยบายและแผนงาน รักษาราชการแทน อุตสาหกรรมจังหวัดสุโขทัย พร้อมคณะเจ้าหน้าที่",
     "มาลี สุขใจ", "รักษาราชการแทนอุตสาหกรรมจังหวัดสุโขทัย", None),
    ("นายวิชัย ทองดี รองผู้ว่าการ (ปฏิบัติการ 1) รักษาการแทนผู้ว่าการการประปาส่วนภูมิภาค กล่าวว่า",
     "วิชัย ทองดี", "รักษาการแทนผู้ว่าการการประปาส่วนภูมิภาค", "การประปาส่วนภูมิภาค"),
    ("ร่วมด้วย นายสุชาติ มั่นคง เจ้าพนักงานที่ดินจังหวัดน่าน รักษาราชการแทนรองอธิบดีกรมที่ดิน ร่วมงาน",
     "สุชาติ มั่นคง", "รักษาราชการแทนรองอธิบดีกรมที่ดิน", "กรมที่ดิน"),
    ("นางมาลี สุขใจ นักวิชาการแรงงานชำนาญการพิเศษ รักษาราชการแทนจัดหางานจังหวัดน่าน พร้อมด้วยหัวหน้าส่วนราชการ",
     "มาลี สุขใจ", "รักษาราชการแทนจัดหางานจังหวัดน่าน", None),
])
def test_acting_post_after_an_unread_title(text, person, title, org):
    found = {(p, t): o for p, t, o in posts(text)}
    assert (person, title) in found
    if org is not None:
        assert found[(person, title)] == org


@pytest.mark.parametrize("text, person, graded, post", [
    ("นางมาลี สุขใจ นักวิชาการแรงงานชำนาญการพิเศษ รักษาราชการแทนจัดหางานจังหวัดน่าน พร้อมด้วยหัวหน้าส่วนราชการ",
     "มาลี สุขใจ", "นักวิชาการแรงงานชำนาญการพิเศษ", "รักษาราชการแทนจัดหางานจังหวัดน่าน"),
    ("ได้แก่ นายสมชาย ใจดี นักพัฒนาสังคมชำนาญการพิเศษ ผู้อำนวยการสถานพัฒนาและฟื้นฟูเด็กจังหวัดหนองคาย ได้รับรางวัล",
     "สมชาย ใจดี", "นักพัฒนาสังคมชำนาญการพิเศษ", "ผู้อำนวยการสถานพัฒนาและฟื้นฟูเด็กจังหวัดหนองคาย"),
    ("โดยมี นางสาวมาลี สุขใจ นักวิชาการเกษตรชำนาญการ รักษาการในตำแหน่งผู้อำนวยการกองคลัง กรมส่งเสริมการเกษตร เข้าร่วม",
     "มาลี สุขใจ", "นักวิชาการเกษตรชำนาญการ", None),
])
def test_graded_title_before_a_post_is_a_post_of_its_body(text, person, graded, post):
    found = {(p, t): o for p, t, o in posts(text)}
    assert (person, graded) in found
    if post is not None:
        assert (person, post) in found and found[(person, graded)] == found[(person, post)]


@pytest.mark.parametrize("text, person", [
    # a verb between: what the person did, then someone's acting post
    ("นายสมชาย ใจดี หัวหน้ากลุ่มงานแผน กล่าวว่า รักษาราชการแทนอธิบดีกรมประมง ได้สั่งการแล้ว", "สมชาย ใจดี"),
    # a role in the event, no title: the acting post after it is another person's
    ("โดยมี นายสมชาย ใจดี ผู้ดำเนินรายการ รักษาราชการแทนอธิบดีกรมประมง นายวิชัย ทองดี กล่าวเปิดงาน", "สมชาย ใจดี"),
    # another person named between
    ("โดยมี นายสมชาย ใจดี นักวิชาการเกษตรชำนาญการ และนายวิชัย ทองดี รักษาราชการแทนอธิบดีกรมประมง ร่วมงาน", "สมชาย ใจดี"),
    # a former post
    ("นายสมชาย ใจดี อดีตหัวหน้ากลุ่มงานแผน รักษาราชการแทนอธิบดีกรมประมง นายวิชัย ทองดี กล่าว", "สมชาย ใจดี"),
    # a head's title joined by "and" to a post held by someone else's words
    ("นายสมชาย ใจดี หัวหน้ากลุ่มงานแผน และเจ้าหน้าที่ของรักษาราชการแทนอธิบดีกรมประมง ร่วมงาน", "สมชาย ใจดี"),
])
def test_no_post_across_other_words(text, person):
    assert not any(p == person and t.startswith("รักษาราชการแทน") for p, t, _ in posts(text))


def test_graded_title_alone_is_no_post():
    found = posts("นางมาลี สุขใจ นักวิชาการเกษตรชำนาญการ เป็นผู้ดำเนินรายการ ผู้อำนวยการกองคลัง นายวิชัย ทองดี กล่าว")
    assert not any(p == "มาลี สุขใจ" for p, _, _ in found)


@pytest.mark.parametrize("text, person, second", [
    ("โดยมี นายสมชาย ใจดี รองนายกรัฐมนตรี รัฐมนตรีว่าการกระทรวงพลังงาน เป็นประธาน", "สมชาย ใจดี",
     "รัฐมนตรีว่าการกระทรวงพลังงาน"),
    ("นายวิชัย ทองดี รัฐมนตรีประจำสำนักนายกรัฐมนตรี ประธานคณะกรรมการพัฒนาระบบราชการ กล่าวว่า", "วิชัย ทองดี",
     "ประธานคณะกรรมการพัฒนาระบบราชการ"),
    ("โดยมี นายสมชาย ใจดี รองปลัดกระทรวงยุติธรรม หัวหน้าศูนย์ปฏิบัติการต่อต้านการทุจริต นายวิชัย ทองดี "
     "ผู้ตรวจราชการกระทรวงยุติธรรม ร่วมงาน", "สมชาย ใจดี", "หัวหน้าศูนย์ปฏิบัติการต่อต้านการทุจริต"),
])
def test_second_duty_after_a_space(text, person, second):
    assert any(p == person and t == second for p, t, _ in posts(text))


@pytest.mark.parametrize("text, person, other", [
    # a guest named by the title alone: the head of another agency
    ("โดยมี นายสมชาย ใจดี เลขาธิการนายกรัฐมนตรี ปลัดสำนักนายกรัฐมนตรี นายวิชัย ทองดี อธิบดีกรมประมง ร่วมงาน",
     "สมชาย ใจดี", "ปลัดสำนักนายกรัฐมนตรี"),
    # the title stands before a name with no title of its own: that name's
    ("โดยมี นายสมชาย ใจดี อธิบดีกรมประมง ประธานคณะกรรมการพัฒนาระบบราชการ นายวิชัย ทองดี กล่าวเปิดงาน",
     "สมชาย ใจดี", "ประธานคณะกรรมการพัฒนาระบบราชการ"),
    # an event role after the title is no post
    ("นายสมชาย ใจดี อธิบดีกรมประมง ผู้ดำเนินรายการ ได้กล่าวถึงโครงการ", "สมชาย ใจดี", "ผู้ดำเนินรายการ"),
])
def test_no_second_duty(text, person, other):
    assert not any(p == person and t == other for p, t, _ in posts(text))


@pytest.mark.parametrize("text, person, second", [
    ("นายสมชาย ใจดี เลขาธิการคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ (สดช.) ในฐานะโฆษกกระทรวงดีอี กล่าวว่า",
     "สมชาย ใจดี", "โฆษกกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
    ("นางมาลี สุขใจ ที่ปรึกษาด้านยุทธศาสตร์การจัดเก็บภาษี (กลุ่มธุรกิจพลังงาน) ในฐานะโฆษกกรมสรรพากร เปิดเผยว่า",
     "มาลี สุขใจ", "โฆษกกรมสรรพากร"),
    ("นายวิชัย ทองดี อธิบดีกรมประมง (ปม.) และรักษาราชการแทนอธิบดีกรมปศุสัตว์ ร่วมงาน", "วิชัย ทองดี",
     "รักษาราชการแทนอธิบดีกรมปศุสัตว์"),
])
def test_second_title_after_the_first_ones_short_form(text, person, second):
    assert any(p == person and t == second for p, t, _ in posts(text))


def test_and_after_a_short_form_before_another_name_joins_no_title():
    found = posts("นายวิชัย ทองดี อธิบดีกรมประมง (ปม.) และนายสมชาย ใจดี อธิบดีกรมปศุสัตว์ ร่วมงาน")
    assert not any(p == "วิชัย ทองดี" and t == "อธิบดีกรมปศุสัตว์" for p, t, _ in found)
    assert any(p == "สมชาย ใจดี" and t == "อธิบดีกรมปศุสัตว์" for p, t, _ in found)


@pytest.mark.parametrize("text, person, title", [
    ("ได้แก่ 1.1) นางมาลี สุขใจ นักพัฒนาสังคมชำนาญการพิเศษ กองคุ้มครองและพัฒนาอาชีพ และ 1.2) นายวิชัย ทองดี",
     "มาลี สุขใจ", "นักพัฒนาสังคมชำนาญการพิเศษ"),
    ("นางสาวมาลี สุขใจ พยาบาลวิชาชีพชำนาญการ ศูนย์พัฒนาการจัดสวัสดิการผู้สูงอายุบ้านบางละมุง ได้รับรางวัล",
     "มาลี สุขใจ", "พยาบาลวิชาชีพชำนาญการ"),
    ("นายสมชาย ใจดี นายแพทย์เชี่ยวชาญ (ด้านเวชกรรม) กลุ่มงานศัลยศาสตร์ ภารกิจด้านวิชาการ ได้รับเลือก",
     "สมชาย ใจดี", "นายแพทย์เชี่ยวชาญ"),
])
def test_graded_title_before_a_unit_the_tables_lack(text, person, title):
    assert any(p == person and t == title for p, t, _ in posts(text))


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี นักวิชาการป่าไม้ปฏิบัติการ ที่เสียชีวิตจากการปฏิบัติหน้าที่",              # no unit: a grade alone
    "นายสมชาย ใจดี นักวิชาการเกษตรชำนาญการ กลุ่มเพื่อนช่วยเพื่อนรักษ์ป่า ได้รับรางวัล",      # a group of people
    "นายสมชาย ใจดี นักวิชาการเกษตรชำนาญการ คณะทำงานโครงการพัฒนาชุมชน ได้รับรางวัล",          # a team, no unit
    "นายสมชาย ใจดี วิศวกรชำนาญการพิเศษ นางสาวมาลี สุขใจ นักวิชาการคอมพิวเตอร์ชำนาญการ ได้รับรางวัล",  # a list of names
])
def test_no_graded_post_without_a_unit(text):
    assert not any(p == "สมชาย ใจดี" for p, _, _ in posts(text))
