"""A placing written between the receiving verb and the programme's name (issue 14): "ได้รับรางวัลชนะเลิศ
ในการประกวด<name>", "คว้ารางวัลรองชนะเลิศ Asian … Awards". The verb before the placing confers the contest or
the English-named programme, with no year after its name; the placing is the level. Composed texts; the
negatives give no award: a prize announced for the future, a call for entries, a person's award, a country's
ranking."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows


@pytest.mark.parametrize("text, programme_word, level", [
    ("กรมราชทัณฑ์ได้รับรางวัลชนะเลิศ ในการประกวดเรือนจำสีขาวดีเด่น\n", "เรือนจำสีขาวดีเด่น", "ชนะเลิศ"),
    ("กรมราชทัณฑ์ได้รับรางวัลชนะเลิศการประกวดเรือนจำสีขาวดีเด่น\n", "เรือนจำสีขาวดีเด่น", "ชนะเลิศ"),
    ("กรมอนามัยคว้ารางวัลรองชนะเลิศอันดับ 1 จากการประกวดส้วมสะอาดระดับประเทศ\n", "ส้วมสะอาด", "รองชนะเลิศอันดับ 1"),
    ("โรงเรียนบ้านหนองบัว ได้รับรางวัลชมเชย การแข่งขันหุ่นยนต์กู้ภัยแห่งชาติ\n", "หุ่นยนต์กู้ภัย", "ชมเชย"),
    ("กรุงเทพมหานคร ได้รับรางวัลรองชนะเลิศ Asian Livable City Awards จากองค์การสหประชาชาติ\n", "Asian Livable City", "รองชนะเลิศ"),
    ("มหาวิทยาลัยมหิดล คว้ารางวัลชนะเลิศ Green Campus Awards\n", "Green Campus", "ชนะเลิศ"),
])
def test_the_verb_before_a_placing_confers_the_programme_after_it(text, programme_word, level):
    extraction = extract(text)
    found = rows(extraction)
    assert len(found) == 1
    assert found[0][3] == level
    assert programme_word in extraction.programmes[found[0][1]].name


@pytest.mark.parametrize("text", [
    # the prize to come, for whoever wins
    "ผู้ชนะจะได้รับรางวัลชนะเลิศ การประกวดเรือนจำสีขาวดีเด่น พร้อมเงินสด\n",
    "หน่วยงานที่ชนะจะได้รับรางวัลชนะเลิศ Green Campus Awards\n",
    # a call for entries: the placings the contest offers
    "กรมอนามัยขอเชิญชวนส่งผลงาน โดยรางวัลชนะเลิศ การประกวดส้วมสะอาด มีเงินรางวัล 10,000 บาท\n",
    # a person's award
    "นายสมชาย ใจดี ได้รับรางวัลชนะเลิศ การประกวดร้องเพลงลูกทุ่ง\n",
    # a country's ranking
    "ประเทศไทยคว้ารางวัลรองชนะเลิศ Asian Livable City Awards\n",
])
def test_no_award_where_nobody_won_or_no_body_won(text):
    assert rows(extract(text)) == []


@pytest.mark.parametrize("text", [
    "นายกรัฐมนตรีแสดงความยินดีกับผู้ที่ได้รับรางวัลชนะเลิศในการประกวดเรียงความวันแม่\n",
    "ปลัดกระทรวงมอบโล่ให้แก่นักเรียนที่ได้รับรางวัลชนะเลิศการประกวดสุนทรพจน์\n",
])
def test_the_people_who_won_a_contest_confer_no_programme(text):
    extraction = extract(text)
    assert rows(extraction) == [] and not extraction.programmes
