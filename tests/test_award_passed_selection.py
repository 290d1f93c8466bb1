"""Winners listed after the award's selection they passed (``ในปี 2565 มีผู้ว่าราชการจังหวัดผ่านเกณฑ์การพิจารณา จำนวน
26 จังหวัด ได้แก่ 1. <ชื่อ> ผู้ว่าราชการจังหวัดกระบี่ …``, ``หน่วยงานที่ผ่านการคัดเลือก ได้แก่ A B และ C``): those who
passed are the winners, as after ได้รับรางวัล … ได้แก่. Found on the awd21 study slice (the governors' สำเภาทอง list,
26 awards and no row before); composed variants here, with negatives: a shortlist (ผ่านการคัดเลือกเข้ารอบ), a list
that passed no award's selection."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

DATE = "14/06/2566\n"

_GOVERNORS = ("นายทรงศักดิ์ เปิดเผยว่า รางวัลผู้ว่าราชการจังหวัดสำเภาทอง เป็นรางวัลแห่งความภาคภูมิใจ ในปี 2565 มีผู้ว่าราชการจังหวัด"
              "{cue} จำนวน 3 จังหวัด ได้แก่\n"
              "1. นายสมชาย ใจดี ผู้ว่าราชการจังหวัดกระบี่\n"
              "2. นายสมศักดิ์ รักดี ผู้ว่าราชการจังหวัดนนทบุรี (เมื่อครั้งดำรงตำแหน่งผู้ว่าราชการจังหวัดจันทบุรี)\n"
              "3. นายสมหมาย มั่นคง เกษียณอายุราชการ (เมื่อครั้งดำรงตำแหน่งผู้ว่าราชการจังหวัดฉะเชิงเทรา)\n")


@pytest.mark.parametrize("cue", ["ผ่านเกณฑ์การพิจารณา", "ผ่านการพิจารณา", "ผ่านการคัดเลือก"])
def test_heads_who_passed_the_awards_selection_are_its_winners(cue):
    found = {r[0] for r in rows(extract(DATE + _GOVERNORS.format(cue=cue)))}
    assert found == {"จังหวัดกระบี่", "จังหวัดจันทบุรี", "จังหวัดฉะเชิงเทรา"}


def test_units_that_passed_the_selection_win_the_programme_named_before():
    text = ("กรมบัญชีกลางมอบรางวัลหน่วยงานการคลังดีเด่น ประจำปี 2566 โดยมีหน่วยงานที่ผ่านการคัดเลือก ได้แก่ "
            "กรมการปกครอง กรมที่ดิน และกรมสรรพากร\n")
    assert {r[0] for r in rows(extract(DATE + text))} == {"กรมการปกครอง", "กรมที่ดิน", "กรมสรรพากร"}


@pytest.mark.parametrize("passed", ["ผ่านการคัดเลือกเข้ารอบสุดท้าย", "ผ่านการคัดเลือกในรอบสุดท้าย"])
def test_a_shortlist_wins_nothing(passed):
    text = ("กระทรวงอุตสาหกรรมจัดการประกวดรางวัลอุตสาหกรรม ประจำปี 2567 โดยในปีนี้มีสถานประกอบการที่"
            f"{passed} จำนวน 3 แห่ง ได้แก่ 1.บริษัท ไทยออยล์ จำกัด (มหาชน) 2.บริษัท ปตท. จำกัด (มหาชน) และ 3.บริษัท การบินไทย จำกัด (มหาชน)\n")
    assert not rows(extract(DATE + text))


def test_a_list_that_passed_no_awards_selection_wins_nothing():
    text = ("คณะรัฐมนตรีมีมติเห็นชอบโครงการที่ผ่านการพิจารณาของสำนักงบประมาณ ได้แก่ กรมการปกครอง กรมที่ดิน "
            "และกรมสรรพากร\n")
    assert not rows(extract(DATE + text))
