"""A receiving sentence that counts its awards and then names them (``<unit> ได้รับรางวัล<programme> จำนวน 2
รางวัล ได้แก่ รางวัลA ระดับดี และรางวัลB ระดับดีเด่น``) under a programme learned from the text: each name is
a kind of that programme and its own award. Texts composed for the shapes read on the corpus: one line,
the count opening the next line (a sentence the page broke), numbered names, names joined by a space or a
comma. Negatives: a programme's own division that nobody receives, a prize table, a count of kinds, a
known programme named in the list, a head who goes up to take the award (no person honoured).
"""
from __future__ import annotations

import pytest

from test_award_precision import extract

DATELINE = "วันอาทิตย์ที่ 21 พฤศจิกายน 2564\n"
PROGRAMME = "รางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการด้านการเงินการคลัง ประจำปีงบประมาณ พ.ศ. 2563"
# a programme no scheme knows, its kinds unknown too (the one above has its scheme in ontology/awards.ttl)
LEARNED = "รางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการด้านพัสดุภาครัฐ ประจำปีงบประมาณ พ.ศ. 2563"


def awards(text: str) -> set[tuple]:
    return {(a.recipient, a.category.label if a.category else None, a.level.label if a.level else None, a.person)
            for a in extract(DATELINE + text).awards}


TWO = {("rid", "ประกาศเกียรติคุณด้านการเบิกจ่าย", "ดี", None),
       ("rid", "ประกาศเกียรติคุณด้านการบัญชีภาครัฐ", "ดีเด่น", None)}


@pytest.mark.parametrize("between", [" ", "\n"])
def test_counted_awards_named_after_the_count(between):
    text = (f"กรมชลประทาน ได้รับ{PROGRAMME}{between}จำนวน 2 รางวัล ได้แก่ รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย ระดับดี "
            "และรางวัลประกาศเกียรติคุณด้านการบัญชีภาครัฐ ระดับดีเด่น ณ ตึกสันติไมตรี ทำเนียบรัฐบาล\n")
    assert awards(text) == TWO


def test_numbered_names_after_the_count():
    text = (f"กรมชลประทาน คว้า{PROGRAMME} รวม 2 รางวัล ประกอบด้วย 1) รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย ระดับดี "
            "2) รางวัลประกาศเกียรติคุณด้านการบัญชีภาครัฐ ระดับดีเด่น\n")
    assert awards(text) == TWO


@pytest.mark.parametrize("glue", [" ", " และ", " และ "])
def test_names_without_levels_joined_by_a_space_a_comma_or_and(glue):
    text = (f"กรมชลประทาน ได้รับ{PROGRAMME} จำนวน 2 รางวัล ได้แก่ รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย{glue}"
            "รางวัลประกาศเกียรติคุณด้านการบัญชีภาครัฐ จากนายกรัฐมนตรี\n")
    assert {a[1] for a in awards(text)} == {"ประกาศเกียรติคุณด้านการเบิกจ่าย", "ประกาศเกียรติคุณด้านการบัญชีภาครัฐ"}


def test_the_head_who_goes_up_to_take_it_is_no_honoree():
    text = (f"กรมชลประทาน ได้รับ{PROGRAMME} จำนวน 2 รางวัล ได้แก่ รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย ระดับดี "
            "และรางวัลประกาศเกียรติคุณด้านการบัญชีภาครัฐ ระดับดีเด่น โดย นายประพิศ จันทร์มา อธิบดีกรมชลประทาน "
            "ขึ้นรับรางวัล ณ ทำเนียบรัฐบาล\n")
    assert awards(text) == TWO


def test_a_division_nobody_receives_gives_no_award():
    text = (f"กรมบัญชีกลาง จัดพิธีมอบ{PROGRAMME} โดยแบ่งเป็น 2 รางวัล ได้แก่ รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย "
            "และรางวัลประกาศเกียรติคุณด้านการบัญชีภาครัฐ เพื่อเป็นขวัญกำลังใจแก่หน่วยงาน\n")
    assert not any(a[1] for a in awards(text))


def test_a_count_of_kinds_and_a_prize_table_name_no_kind():
    text = (f"กรมชลประทาน ได้รับ{LEARNED} รวมทั้งสิ้น 12 รางวัล ประกอบด้วย 3 ประเภทรางวัล ได้แก่ รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย\n"
            f"ส่วนจังหวัดชัยนาท ได้รับ{LEARNED} จำนวน 3 รางวัล คือ รางวัลที่ 1 ทองคำแท่ง รางวัลที่ 2 สร้อยคอทองคำ\n")
    assert not any(a[1] or a[2] for a in awards(text))


@pytest.mark.parametrize("programme", [LEARNED, PROGRAMME])
@pytest.mark.parametrize("prize", ["ทองคำแท่ง", "เงินสด 10,000 บาท", "คือ สร้อยคอทองคำ", "5,000 บาท"])
def test_what_a_numbered_prize_pays_is_no_placing(programme, prize):
    text = f"จังหวัดชัยนาท ได้รับ{programme} จำนวน 3 รางวัล คือ รางวัลที่ 1 {prize} รางวัลที่ 2 สร้อยคอทองคำ\n"
    assert not any(a[2] for a in awards(text))


def test_a_known_programme_in_the_list_is_read_as_itself():
    text = (f"กรมชลประทาน ได้รับ{PROGRAMME} จำนวน 2 รางวัล ได้แก่ รางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี "
            "และรางวัลประกาศเกียรติคุณด้านการบัญชีภาครัฐ\n")
    found = awards(text)
    assert ("rid", "เลิศรัฐ สาขาบริการภาครัฐ", "ดี", None) not in found
    assert not any(a[1] and a[1].startswith("เลิศรัฐ") for a in found)


# ---- the build report's check of a stated total against the awards read ------------------------------

def warnings(text: str) -> list[str]:
    return extract(DATELINE + text).warnings


HEADLINE = "กรมชลประทาน คว้า {} รางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการด้านการเงินการคลัง\n"
BODY = (f"กรมชลประทาน ได้รับ{PROGRAMME}\nจำนวน {{}} รางวัล ได้แก่ รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย ระดับดี "
        "และรางวัลประกาศเกียรติคุณด้านการบัญชีภาครัฐ ระดับดีเด่น\n")


def test_a_total_that_does_not_add_up_warns():
    text = HEADLINE.format(3) + BODY.format(3)
    assert any("received 3 awards; 2 were found" in w for w in warnings(text))


def test_a_total_read_in_full_does_not_warn():
    text = HEADLINE.format(2) + BODY.format(2)
    assert not any("awards;" in w for w in warnings(text))


def test_one_total_for_the_units_listed_together():
    text = ("นอกจากนี้ กรมชลประทาน และกรมพัฒนาที่ดิน ยังคว้า 2 รางวัลศูนย์ราชการสะดวก (GECC) ระดับพื้นฐาน ประจำปี 2564\n")
    found = {a.recipient for a in extract(DATELINE + text).awards}
    assert found == {"rid", "ldd"}
    assert not any("awards;" in w for w in warnings(text))


@pytest.mark.parametrize("whose", ["บุคคลและภาคีเครือข่ายของกรมชลประทาน", "ภาคีเครือข่ายของกระทรวงเกษตรและสหกรณ์ โดย กรมชลประทาน"])
def test_people_of_a_unit_who_received_are_no_total_of_the_unit(whose):
    text = (f"สำหรับ{whose} ที่ได้รับรางวัลผู้เสียสละเพื่อสังคม จำนวน 10 รางวัล ประกอบด้วย 1. นายสมชาย ใจดี 2. นางสมศรี ใจงาม\n")
    assert not any("awards;" in w for w in warnings(text))


def test_a_count_inside_an_item_of_a_longer_list_names_no_kind():
    text = ("นอกจากนี้ ในปี 2564 กรมชลประทาน ยังได้รับรางวัลมากมาย ได้แก่ 1) รางวัลเพชรวายุภักษ์ 2) "
            "รางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการด้านการเงินการคลังเป็นปีที่ 4 ติดต่อกัน จำนวน 2 รางวัล ได้แก่ "
            "รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย “ระดับดีเด่น” และรางวัลประกาศเกียรติคุณด้านการบัญชีภาครัฐ\n")
    found = extract(DATELINE + text).awards
    # the kinds are the item's own programme's (its scheme knows them), never the list's first programme's
    assert {(a.programme, a.category.label if a.category else None, a.level.label if a.level else None)
            for a in found if a.category} == {
        ("fiscal-management-excellence", "ประกาศเกียรติคุณด้านการเบิกจ่าย", "ดีเด่น"),
        ("fiscal-management-excellence", "ประกาศเกียรติคุณด้านการบัญชีภาครัฐ", None)}


@pytest.mark.parametrize("tally, awarded", [
    # a placing counted with each award's purse names no winner: the organiser wins nothing
    ("- รางวัลรองชนะเลิศ 3 รางวัล รางวัลละ 20,000 บาท\n- รางวัลชมเชย 4 รางวัล รางวัลละ 10,000 บาท\n", False),
    ("- รางวัลรองชนะเลิศ ๓ รางวัล, รางวัลละ ๒๐,๐๐๐ บาท\n", False),
    # a placing with its winner keeps it
    ("- รางวัลรองชนะเลิศ ได้แก่ กรมแพทย์ทหารเรือ ได้รับเงินรางวัล 20,000 บาท\n", True),
])
def test_a_placing_counted_with_its_purse_names_no_winner(tally, awarded):
    text = ("กรมแพทย์ทหารบก เป็นประธานในพิธีมอบรางวัลสิ่งประดิษฐ์ทางการแพทย์ทหาร ประจำปี 2566\n"
            "ประเภทสิ่งประดิษฐ์ดีเด่น ได้แก่\n" + tally)
    got = {(r, level) for r, _, level, _ in awards(text)}
    assert bool(got) is awarded, got


def test_the_unit_that_owns_a_work_is_a_role_not_a_name():
    from thaigovkg.extract.organizations.unit_names import _GENERIC_UNIT
    assert _GENERIC_UNIT.match("หน่วยเจ้าของผลงาน")
    assert _GENERIC_UNIT.match("หน่วยงานที่ได้รับรางวัล")
    assert not _GENERIC_UNIT.match("หน่วยบัญชาการทหารพัฒนา")
