"""Awards the reader used to miss, on texts composed for each shape (tests/ANNOTATION.md, FORMAT.md "Awards"):

- a unit named only through its head's post: ``ผู้ว่าราชการจังหวัดน่าน ได้รับรางวัล…`` (the province receives; the
  head is the person only where the award is the head's own, ``รางวัลผู้ว่าราชการจังหวัดสำเภาทอง``, a CEO's award);
- a unit's award handed to its head: ``มอบโล่รางวัล… ให้แก่ผู้ว่าราชการจังหวัดน่าน ผู้ว่าราชการจังหวัดแพร่ …``;
- a back-reference: ``<unit> ได้รับรางวัลดังกล่าว`` / ``รางวัลนี้`` after a sentence that named the programme;
- a certificate of honour named for its title: ``ได้รับ(รางวัล)ประกาศเกียรติคุณ<title>``, ``มอบประกาศเกียรติคุณ <title> ให้แก่ …``.

Negatives: an award for people handed to a head, governors of no named province, a back-reference with no
programme before it or to a unit that already has its award, a certificate of thanks or of taking part.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, name


DATELINE = "วันพุธที่ 25 พฤษภาคม 2565\n"


def read(text: str) -> set[tuple]:
    """(recipient, programme name, person) of every award read."""
    extraction = extract(DATELINE + text + "\n")
    return {(name(a.recipient, extraction), extraction.programmes[a.programme].name if a.programme in extraction.programmes
             else a.programme, a.person) for a in extraction.awards}


# --- a unit named only through its head's post --------------------------------------------------------

@pytest.mark.parametrize("head, unit", [
    ("นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน", "จังหวัดน่าน"),
    ("นายสมชาย ใจดี รองผู้ว่าราชการจังหวัดน่าน", "จังหวัดน่าน"),
    ("นายสมชาย ใจดี นายกเทศมนตรีนครขอนแก่น", "เทศบาลนครขอนแก่น"),
])
@pytest.mark.parametrize("verb", ["ได้รับรางวัล", "รับมอบโล่รางวัล", "เข้ารับรางวัล"])
def test_a_head_receives_the_award_of_the_unit(head, unit, verb):
    text = f"{head} {verb}เมืองสะอาดยั่งยืน ประจำปี 2566 จากกรมส่งเสริมการปกครองท้องถิ่น"
    assert read(text) == {(unit, "รางวัลเมืองสะอาดยั่งยืน", None)}


def test_an_award_named_for_the_head_names_the_head_as_person():
    text = "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน ได้รับรางวัลผู้ว่าราชการจังหวัดสำเภาทอง ประจำปี 2566 จากหอการค้าไทย"
    assert read(text) == {("จังหวัดน่าน", "รางวัลผู้ว่าราชการจังหวัดสำเภาทอง", "สมชาย ใจดี")}


@pytest.mark.parametrize("text", [
    # an award for people: the governor's own, no award to the province
    "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน ได้รับรางวัลข้าราชการพลเรือนดีเด่น ประจำปี 2566",
    # assigned, not awarded
    "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน ได้รับมอบหมายให้เป็นประธานการประกวดเมืองสะอาดยั่งยืน ประจำปี 2566",
    # the head hands the award out
    "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน มอบรางวัลเมืองสะอาดยั่งยืน ประจำปี 2566 ให้แก่ผู้ชนะการประกวด",
])
def test_a_head_who_wins_nothing_for_the_unit_gives_no_award(text):
    assert read(text) == set()


# --- a unit's award handed to its head ------------------------------------------------------------------

@pytest.mark.parametrize("heads", [
    "ผู้ว่าราชการจังหวัดน่าน ผู้ว่าราชการจังหวัดแพร่ และผู้ว่าราชการจังหวัดลำปาง",
    "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน นายสมศักดิ์ รักดี ผู้ว่าราชการจังหวัดแพร่ และนายสมหมาย มั่นคง ผู้ว่าราชการจังหวัดลำปาง",
])
def test_an_award_handed_to_the_heads_of_units_is_each_unit_s(heads):
    text = f"นายกรัฐมนตรีมอบโล่รางวัลจังหวัดสะอาด ประจำปี 2566 ให้แก่{heads}"
    assert read(text) == {(unit, "รางวัลจังหวัดสะอาด", None) for unit in ("จังหวัดน่าน", "จังหวัดแพร่", "จังหวัดลำปาง")}


def test_an_award_handed_to_one_head_is_the_unit_s():
    text = "นายกรัฐมนตรีมอบโล่รางวัลจังหวัดสะอาด ประจำปี 2566 ให้แก่ นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน"
    assert read(text) == {("จังหวัดน่าน", "รางวัลจังหวัดสะอาด", None)}


def test_an_award_for_heads_handed_to_them_names_each_head():
    text = ("นายกรัฐมนตรีมอบโล่รางวัลผู้ว่าราชการจังหวัดสำเภาทอง ประจำปี 2566 ให้แก่ นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน "
            "และนายสมศักดิ์ รักดี ผู้ว่าราชการจังหวัดแพร่")
    assert read(text) == {("จังหวัดน่าน", "รางวัลผู้ว่าราชการจังหวัดสำเภาทอง", "สมชาย ใจดี"),
                          ("จังหวัดแพร่", "รางวัลผู้ว่าราชการจังหวัดสำเภาทอง", "สมศักดิ์ รักดี")}


@pytest.mark.parametrize("text", [
    "นายกรัฐมนตรีมอบโล่รางวัลข้าราชการพลเรือนดีเด่น ประจำปี 2566 ให้แก่ นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน",
    "นายกรัฐมนตรีมอบโล่รางวัลจังหวัดสะอาด ประจำปี 2566 ให้แก่ผู้ว่าราชการจังหวัดทุกจังหวัด",
])
def test_an_award_for_people_or_for_no_named_unit_handed_to_heads_gives_none(text):
    assert read(text) == set()


# --- a back-reference to the programme an earlier sentence named ----------------------------------------

@pytest.mark.parametrize("reference", ["ได้รับรางวัลดังกล่าว", "ได้รับรางวัลนี้", "คว้ารางวัลดังกล่าว"])
def test_a_unit_receiving_the_award_named_before_receives_that_programme(reference):
    text = ("กรมสวัสดิการและคุ้มครองแรงงานคัดเลือกสถานประกอบกิจการเพื่อเข้ารับรางวัล ASEAN Red Ribbon Workplace Award "
            "ครั้งที่ 3 ซึ่งมอบให้แก่สถานประกอบกิจการที่ป้องกันเอชไอวีในที่ทำงานดีเด่น\n"
            f"โดยบริษัท อาหารสยาม จำกัด (มหาชน) {reference} เมื่อวันที่ 26 พฤศจิกายน 2563 ณ กรุงมะนิลา")
    assert read(text) == {("บริษัท อาหารสยาม จำกัด (มหาชน)", "ASEAN Red Ribbon Workplace Award", None)}


@pytest.mark.parametrize("text", [
    # nothing named before: no programme to refer to
    "ธนาคารออมสิน ได้รับรางวัลดังกล่าว เป็นปีที่ 3 ติดต่อกัน",
    # several awards referred to at once
    "ธนาคารออมสินเข้าร่วมการประกวดรางวัลองค์กรโปร่งใส ประจำปี 2566\nธนาคารออมสิน ได้รับรางวัลเหล่านี้ เป็นปีที่ 3 ติดต่อกัน",
    # people who received it
    "กระทรวงแรงงานมอบรางวัลสตรีทำงานดีเด่น ประจำปี 2566\nผู้ได้รับรางวัลดังกล่าว ได้รับโล่และเงินรางวัล",
])
def test_a_back_reference_with_nothing_to_refer_to_gives_no_award(text):
    assert read(text) == set()


def test_a_back_reference_of_a_unit_with_its_award_read_adds_no_other():
    """The unit's award read already (a title at an English-named event) is the one referred to."""
    text = ("ธนาคารอาคารสงเคราะห์ ได้รับรางวัลธนาคารยอดเยี่ยมด้านสินเชื่อบ้านแห่งปี 2567 ในงาน MONEY & BANKING AWARDS 2024\n"
            "การที่ ธนาคารอาคารสงเคราะห์ ได้รับรางวัลดังกล่าวเป็นปีที่ 7 ติดต่อกัน สะท้อนความพึงพอใจของลูกค้า")
    assert {programme for _, programme, _ in read(text)} == {"รางวัลธนาคารยอดเยี่ยมด้านสินเชื่อบ้านแห่งปี"}


# --- a chief executive's award names the executive --------------------------------------------------------

@pytest.mark.parametrize("programme", ["สุดยอดผู้นำซีอีโอแห่งปี 2022", "ซีอีโอแห่งปี 2022"])
def test_a_ceo_award_names_the_head_who_received_it(programme):
    text = f"นายสมชาย ใจดี กรรมการผู้จัดการ ธนาคารอาคารสงเคราะห์ (ธอส.) เข้ารับรางวัล{programme} ในงาน Asia CEO Summit"
    assert {(unit, person) for unit, _, person in read(text)} == {("ธนาคารอาคารสงเคราะห์", "สมชาย ใจดี")}


# --- a certificate of honour named for its title -----------------------------------------------------------

@pytest.mark.parametrize("verb", ["ได้รับประกาศเกียรติคุณ", "ได้รับรางวัลประกาศเกียรติคุณ", "รับมอบประกาศเกียรติคุณ"])
def test_a_certificate_of_honour_named_for_a_title_is_the_award(verb):
    text = f"กรมการปกครอง {verb}หน่วยงานส่งเสริมคุณธรรมดีเด่น ประจำปี 2566 จากกระทรวงวัฒนธรรม"
    assert read(text) == {("กรมการปกครอง", "รางวัลหน่วยงานส่งเสริมคุณธรรมดีเด่น", None)}


def test_a_certificate_of_honour_with_its_title_handed_to_units():
    text = ("รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ ได้มอบประกาศเกียรติคุณ สหกรณ์ดีเด่น ประจำปี 2565 "
            "ให้แก่ สหกรณ์ออมทรัพย์ครูอุทัยธานี จำกัด และสหกรณ์การเกษตรเมืองอุทัยธานี จำกัด")
    assert {unit for unit, _, _ in read(text)} == {"สหกรณ์ออมทรัพย์ครูอุทัยธานี จำกัด", "สหกรณ์การเกษตรเมืองอุทัยธานี จำกัด"}


@pytest.mark.parametrize("text", [
    # a certificate of thanks with no title
    "กระทรวงยุติธรรมได้มอบประกาศเกียรติคุณ ให้แก่กรมการปกครอง และกรมที่ดิน ที่ให้การสนับสนุนการจัดงาน",
    # a certificate and a pin, no title of merit
    "นายกรัฐมนตรีมอบประกาศเกียรติคุณ เข็มเชิดชูเกียรติ และเสื้อกั๊ก แก่กรมการปกครอง",
    # a certificate for taking part in a project
    "กรมการปกครอง ได้รับประกาศเกียรติคุณโครงการอบรมเจ้าหน้าที่ ประจำปี 2566",
    # "รางวัลประกาศเกียรติคุณด้าน…" is a kind of award, no programme's name
    "กรมการปกครอง ได้รับรางวัลประกาศเกียรติคุณด้านการส่งเสริมคุณธรรม ประจำปี 2566 จากกระทรวงวัฒนธรรม",
])
def test_a_certificate_of_honour_with_no_title_of_merit_gives_no_award(text):
    assert read(text) == set()



@pytest.mark.parametrize("first", ["เป็นธนาคารแห่งแรกของไทยที่", "ซึ่งเป็นรัฐวิสาหกิจไทยแห่งแรกที่", "เป็นองค์กรแรกในประเทศไทยที่"])
def test_the_first_unit_said_to_receive_the_award_receives_it(first):
    text = f"ธนาคารอาคารสงเคราะห์ {first}ได้รับรางวัล Global Performance Excellence Award 2020"
    assert read(text) == {("ธนาคารอาคารสงเคราะห์", "Global Performance Excellence Award", None)}


@pytest.mark.parametrize("first", ["เป็นธนาคารแห่งแรกของไทยที่", "เป็นองค์กรแรกของเอเชียที่"])
def test_the_first_unit_said_to_receive_the_award_named_before_receives_it(first):
    text = ("สมาคมคุณภาพแห่งเอเชียแปซิฟิกประกาศผลรางวัล Global Performance Excellence Award 2020\n"
            f"ธนาคารอาคารสงเคราะห์ {first}ได้รับรางวัลนี้")
    assert read(text) == {("ธนาคารอาคารสงเคราะห์", "Global Performance Excellence Award", None)}


@pytest.mark.parametrize("programme", ["ผู้บริหารองค์กรดีเด่น ประจำปี 2566", "นักบริหารดีเด่นแห่งปี 2566"])
def test_an_executive_s_award_received_by_the_head_honours_the_unit_led(programme):
    text = f"นายวิทัย รัตนากร ผู้อำนวยการธนาคารออมสิน รับรางวัล{programme} จากสมาคมนักบริหาร"
    assert {(unit, person) for unit, _, person in read(text)} == {("ธนาคารออมสิน", "วิทัย รัตนากร")}


@pytest.mark.parametrize("text", [
    # no head named with the unit: an award for people, nobody's award here
    "ธนาคารออมสิน รับรางวัลนักบริหารดีเด่นแห่งปี 2566 จากสมาคมนักบริหาร",
    # an award for people that is no executive's
    "นายวิทัย รัตนากร ผู้อำนวยการธนาคารออมสิน รับรางวัลข้าราชการพลเรือนดีเด่น ประจำปี 2566",
])
def test_an_award_for_people_without_an_executive_who_received_it_gives_none(text):
    assert read(text) == set()
