"""Recipients listed inline after an award clause, and tiers named without their programme (issue 14, awd22).

Three layouts, composed (the names are real bodies, the lists invented), each with negatives:
- a list after ได้แก่ where one item is a body the reader does not know: it is passed over (no winner is made of
  it) and the list goes on to the next body it knows, when that item and the next begin with a body's head;
- a tier heading a list of winners (``รางวัลดีเด่น จำนวน 3 แห่ง ได้แก่``, ``สำหรับรางวัลระดับดีเด่น ได้แก่``, ``ได้รับ
  รางวัลระดับดี``) is a level, and in an article about one programme it is that programme's;
- ``<A> เป็น 1 ใน 4 โรงพยาบาลที่ได้รับรางวัล<P> ประเภท X ร่วมกับ B C และ D``: B, C and D share A's award.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, name

PROGRAMME = "รางวัลองค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการที่ดี"
CEREMONY = ("กรมส่งเสริมการปกครองท้องถิ่นมอบรางวัลองค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการที่ดี\n\n"
            "วันที่ 12 มีนาคม 2567 นายสมชาย ใจดี อธิบดีกรมส่งเสริมการปกครองท้องถิ่น เป็นประธานมอบรางวัล"
            "องค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการที่ดี ประจำปี 2567 ณ โรงแรมมิราเคิล แกรนด์ คอนเวนชั่น "
            "กรุงเทพมหานคร ")


def awards(text):
    extraction = extract(text)
    return sorted((name(a.recipient, extraction), extraction.programmes[a.programme].name,
                   a.level.label if a.level else None, a.category.label if a.category else None)
                  for a in extraction.awards)


def recipients(text):
    return sorted({row[0] for row in awards(text)})


@pytest.mark.parametrize("items", [
    "เทศบาลนครเชียงใหม่ เทศบาลเมืองแม่โจ้ และองค์การบริหารส่วนตำบลสุเทพ",
    "เทศบาลนครเชียงใหม่, เทศบาลเมืองแม่โจ้, องค์การบริหารส่วนตำบลสุเทพ",
    "เทศบาลนครเชียงใหม่ เทศบาลเมืองแม่โจ้ จังหวัดเชียงใหม่ และองค์การบริหารส่วนตำบลสุเทพ",
], ids=["spaces-and", "commas", "with-its-province"])
def test_an_unknown_body_in_the_list_does_not_end_it(items):
    text = CEREMONY + "โดยมีองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลดีเด่น จำนวน 3 แห่ง ได้แก่ " + items + "\n"
    assert awards(text) == [("องค์การบริหารส่วนตำบลสุเทพ", PROGRAMME, "ดีเด่น", None),
                            ("เทศบาลนครเชียงใหม่", PROGRAMME, "ดีเด่น", None)]


def test_the_unknown_body_itself_is_no_winner():
    text = CEREMONY + "โดยมีองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลดีเด่น ได้แก่ เทศบาลนครเชียงใหม่ เทศบาลเมืองแม่โจ้\n"
    assert recipients(text) == ["เทศบาลนครเชียงใหม่"]


def test_an_item_that_is_no_body_still_ends_the_list():
    # "ชุมชนบ้านสวน" begins with no body's head: the list is no longer one of bodies, nothing after it is read
    text = (CEREMONY + "โดยมีองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลดีเด่น ได้แก่ เทศบาลนครเชียงใหม่ ชุมชนบ้านสวน "
            "และองค์การบริหารส่วนตำบลสุเทพ\n")
    assert "องค์การบริหารส่วนตำบลสุเทพ" not in recipients(text)


def test_two_tiers_each_heading_a_count_and_a_list_are_levels():
    text = (CEREMONY + "โดยมีองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลดีเด่น จำนวน 2 แห่ง ได้แก่ เทศบาลนครเชียงใหม่ "
            "และองค์การบริหารส่วนตำบลสุเทพ และรางวัลชมเชย จำนวน 2 แห่ง ได้แก่ เทศบาลตำบลหนองหอย "
            "และองค์การบริหารส่วนตำบลป่าแดด\n")
    assert awards(text) == [("องค์การบริหารส่วนตำบลป่าแดด", PROGRAMME, "ชมเชย", None),
                            ("องค์การบริหารส่วนตำบลสุเทพ", PROGRAMME, "ดีเด่น", None),
                            ("เทศบาลตำบลหนองหอย", PROGRAMME, "ชมเชย", None),
                            ("เทศบาลนครเชียงใหม่", PROGRAMME, "ดีเด่น", None)]


def test_pilot_sites_after_the_winners_stay_no_winners():
    text = (CEREMONY + "โดยมีองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลดีเด่น ได้แก่ เทศบาลนครเชียงใหม่\n"
            "ทั้งนี้ กรมฯ จะขยายผลไปยังพื้นที่นำร่อง ได้แก่ เทศบาลตำบลหนองหอย เทศบาลเมืองแม่โจ้ "
            "และองค์การบริหารส่วนตำบลป่าแดด\n")
    assert recipients(text) == ["เทศบาลนครเชียงใหม่"]


HOSPITALS = ("กระทรวงสาธารณสุขมอบรางวัลโรงพยาบาลคุณธรรม ประจำปี 2566\n\n"
             "วันที่ 5 มิถุนายน 2566 นพ.สมศักดิ์ รักงาน ปลัดกระทรวงสาธารณสุข เป็นประธานในพิธีมอบรางวัลโรงพยาบาลคุณธรรม "
             "ประจำปี 2566 ให้แก่โรงพยาบาลที่ผ่านการประเมิน จำนวน 2 แห่ง ประกอบด้วย โรงพยาบาลมหาราชนครราชสีมา "
             "และโรงพยาบาลอุดรธานี\n\n")


def test_a_tier_in_a_later_paragraph_is_the_programmes_level():
    text = HOSPITALS + ("สำหรับรางวัลระดับดีเด่น ได้แก่ โรงพยาบาลพุทธชินราช พิษณุโลก, โรงพยาบาลลำปาง "
                        "โดยโรงพยาบาลชลบุรีได้รับรางวัลระดับดี\n")
    found = awards(text)
    assert ("โรงพยาบาลพุทธชินราช", "รางวัลโรงพยาบาลคุณธรรม", "ดีเด่น", None) in found
    assert ("โรงพยาบาลลำปาง", "รางวัลโรงพยาบาลคุณธรรม", "ดีเด่น", None) in found
    assert ("โรงพยาบาลชลบุรี", "รางวัลโรงพยาบาลคุณธรรม", "ดี", None) in found


def test_a_scope_after_the_award_is_no_level():
    # ระดับประเทศ names the contest's scope: the hospital after it wins no tier of its own
    text = HOSPITALS + "ทั้งนี้ โรงพยาบาลชลบุรีได้รับรางวัลระดับประเทศ มาแล้วหลายครั้ง\n"
    assert all(row[2] is None for row in awards(text))


ENERGY = ("โรงพยาบาลขอนแก่นคว้ารางวัล Thailand Energy Awards 2023\n\n"
          "วันที่ 20 กันยายน 2566 โรงพยาบาลขอนแก่น เป็น 1 ใน 4 โรงพยาบาลที่ได้รับรางวัล Thailand Energy Awards 2023 "
          "ประเภทอาคารควบคุม ร่วมกับ โรงพยาบาลลำปาง โรงพยาบาลอุดรธานี และโรงพยาบาลชลบุรี "
          "โดยมีรัฐมนตรีว่าการกระทรวงพลังงานเป็นประธานในพิธีมอบรางวัล\n")


def test_bodies_the_award_is_shared_with_win_it_too():
    assert awards(ENERGY) == [(h, "Thailand Energy Awards", None, "อาคารควบคุม")
                              for h in ("โรงพยาบาลขอนแก่น", "โรงพยาบาลชลบุรี", "โรงพยาบาลลำปาง", "โรงพยาบาลอุดรธานี")]


def test_partners_of_a_single_winner_win_nothing():
    # no "one of N winners": the bodies after ร่วมกับ organise with the winner, they do not share its award
    text = ("โรงพยาบาลขอนแก่นคว้ารางวัล Thailand Energy Awards 2023\n\n"
            "วันที่ 20 กันยายน 2566 โรงพยาบาลขอนแก่น ได้รับรางวัล Thailand Energy Awards 2023 ประเภทอาคารควบคุม "
            "ร่วมกับ โรงพยาบาลลำปาง และโรงพยาบาลอุดรธานี จัดกิจกรรมรณรงค์ประหยัดพลังงานในโรงพยาบาล\n")
    assert recipients(text) == ["โรงพยาบาลขอนแก่น"]
    assert all(row[3] == "อาคารควบคุม" for row in awards(text))


def test_one_of_several_selected_as_a_pilot_wins_nothing():
    # (changed rows 22103: "อำเภอวังเจ้าเป็น 1 ใน 10 อำเภอ … ที่ได้รับการคัดเลือกเป็นอำเภอนำร่อง" was read as a winner)
    text = (ENERGY + "\nนอกจากนี้ โรงพยาบาลลำปาง เป็น 1 ใน 10 โรงพยาบาลทั่วประเทศที่ได้รับการคัดเลือกเป็นโรงพยาบาลนำร่อง "
            "ด้านการประหยัดพลังงาน ประจำปี 2567\n")
    assert sorted(row[0] for row in awards(text)) == ["โรงพยาบาลขอนแก่น", "โรงพยาบาลชลบุรี", "โรงพยาบาลลำปาง", "โรงพยาบาลอุดรธานี"]
    alone = ("กระทรวงพลังงานมอบรางวัล Thailand Energy Awards 2023 ประเภทอาคารควบคุม\n\n"
             "ทั้งนี้ โรงพยาบาลลำปาง เป็น 1 ใน 10 โรงพยาบาลทั่วประเทศที่ได้รับการคัดเลือกเป็นโรงพยาบาลนำร่อง "
             "ด้านการประหยัดพลังงาน ประจำปี 2566\n")
    assert recipients(alone) == []
