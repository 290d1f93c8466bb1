"""Districts as winners (``อำเภอแม่ใจ จังหวัดพะเยา ได้รับรางวัล…``, ``รางวัลชนะเลิศ ได้แก่ อำเภอเวียงสา จังหวัดน่าน``):
the district's body, resolved by its name and the province written after it; and the prize money a placing
pays written between it and its winners (``… อันดับ 1 เงินรางวัล 150,000 บาท จำนวน 2 รางวัล ได้แก่ …``). Found on
seeded corpus samples; the texts here are variants composed for the tests, with negatives: a district as a
place (``ณ อำเภอ…``, ``พื้นที่อำเภอ…``), a district as the address of the body just named, its officials
(``นายอำเภอ…``), a team named for it.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

AWARD = "รางวัลการบริหารจัดการที่ดี ประจำปี 2566 ประเภท “การพัฒนาองค์กรดีเด่น”\n"


def _winners(text):
    return sorted(r[0] for r in rows(extract(text)))


@pytest.mark.parametrize("subject", [
    "อำเภอแม่ใจ จังหวัดพะเยา ได้รับ",
    "อำเภอแม่ใจ จ.พะเยา ได้รับ",
    "อำเภอแม่ใจได้รับ",
    "ที่ว่าการอำเภอแม่ใจ คว้า",
])
def test_a_district_that_receives(subject):
    assert _winners(subject + AWARD) == ["อำเภอแม่ใจ"]


def test_a_mueang_district_is_resolved_by_its_province():
    assert _winners("อำเภอเมือง จังหวัดน่าน คว้า" + AWARD) == ["อำเภอเมืองน่าน"]


@pytest.mark.parametrize("listed", [
    "ได้แก่ อำเภอแม่ใจ จังหวัดพะเยา และอำเภอเมือง จังหวัดน่าน",
    "ได้แก่ อำเภอแม่ใจ จังหวัดพะเยา, อำเภอเมือง จังหวัดน่าน",
])
def test_districts_listed_after_an_award(listed):
    assert _winners(AWARD.strip() + " " + listed + "\n") == ["อำเภอเมืองน่าน", "อำเภอแม่ใจ"]


def test_districts_listed_without_a_province_each_win():
    text = AWARD.strip() + " ได้แก่ อำเภอแม่ใจ อำเภอปง และอำเภอเชียงม่วน จังหวัดพะเยา\n"
    assert _winners(text) == ["อำเภอปง", "อำเภอเชียงม่วน", "อำเภอแม่ใจ"]


@pytest.mark.parametrize("text", [
    f"จัดพิธีมอบ{AWARD.strip()} ณ อำเภอแม่ใจ จังหวัดพะเยา ได้รับความสนใจจากประชาชน\n",   # the venue
    f"พื้นที่อำเภอแม่ใจ ได้รับ{AWARD}",                                                       # the area
    f"ประชาชนในอำเภอแม่ใจ ได้รับ{AWARD}",
    f"นายอำเภอแม่ใจ ได้รับ{AWARD}",                                                          # its official
    f"ปลัดอำเภอแม่ใจ ได้รับ{AWARD}",
    f"ทีมอำเภอแม่ใจ ได้รับ{AWARD}",                                                          # a team
    f"ชุมชนบ้านสันป่าม่วง ตำบลแม่ใจ อำเภอแม่ใจ ได้รับ{AWARD}",                               # a community's address
    f"ชุมชนคุณธรรมวัดป่าแดง อำเภอแม่ใจ ที่ได้รับ{AWARD}",
    f"วันนี้ ที่วัดศรีถ้อย อำเภอแม่ใจ ได้รับ{AWARD}",
    f"กลุ่มทอผ้าบ้านแม่สุก อำเภอแม่ใจ จังหวัดพะเยา ได้รับ{AWARD}",
    f"อำเภอแม่ใจ จังหวัดพะเยา จัดงานเฉลิมฉลอง และเยี่ยมชมผลงานที่ได้รับ{AWARD}",               # no receiving verb
])
def test_a_district_that_is_a_place_wins_nothing(text):
    assert "อำเภอแม่ใจ" not in _winners(text)


def test_a_district_after_a_body_is_where_it_lies():
    assert _winners(f"โรงพยาบาลแม่ใจ อำเภอแม่ใจ จังหวัดพะเยา ได้รับ{AWARD}") == ["โรงพยาบาลแม่ใจ"]


@pytest.mark.parametrize("winners, expected", [
    ("อำเภอดอนพุด จังหวัดสระบุรี และอำเภอหนองฮี จังหวัดร้อยเอ็ด", ["อำเภอดอนพุด", "อำเภอหนองฮี"]),
    ("กรมการปกครอง และกรมที่ดิน", ["กรมการปกครอง", "กรมที่ดิน"]),
])
@pytest.mark.parametrize("money", ["เงินรางวัล 150,000 บาท ", "พร้อมเงินรางวัล 150,000 บาท ", ""])
def test_the_prize_money_between_a_placing_and_its_winners(winners, expected, money):
    text = ("ผลการประกวดรางวัลการบริหารจัดการที่ดี ประจำปี 2566 มีดังนี้ 1) รางวัลชนะเลิศ เงินรางวัล 500,000 บาท ได้แก่ "
            f"จังหวัดน่าน 2) รางวัลรองชนะเลิศ อันดับ 1 {money}จำนวน 2 รางวัล ได้แก่ {winners}\n")
    got = rows(extract(text))
    assert [(r[0], r[3]) for r in got if r[0] != "จังหวัดน่าน"] == [(name, "รองชนะเลิศ อันดับ 1") for name in expected]
    assert [(r[0], r[3]) for r in got if r[0] == "จังหวัดน่าน"] == [("จังหวัดน่าน", "ชนะเลิศ")]
