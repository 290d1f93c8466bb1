"""The unit that won, not the body above it: a department whose receiving verb heads a counted list of
its own centres and offices received nothing itself (``กรม… ได้ผ่านการรับรอง… จำนวน 3 ศูนย์ ได้แก่ …``),
and the agency written after a fund's dash runs the fund (``เงินทุนหมุนเวียน… – กองทัพเรือ``) rather than
winning beside it. Found on seeded corpus samples; the texts here are variants composed for the tests,
with negatives.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

GECC = "มาตรฐานการให้บริการของศูนย์ราชการสะดวก (GECC) ประจำปี 2564"
UNITS = "สำนักงานจัดหางานจังหวัดเชียงราย และสำนักงานจัดหางานจังหวัดระยอง"


def recipients(text):
    return sorted({r[0] for r in rows(extract(text))})


@pytest.mark.parametrize("head", [
    f"กรมการจัดหางาน ได้ผ่านการรับรอง{GECC} จำนวน 2 ศูนย์ ได้แก่ ",
    f"กรมการจัดหางาน ได้รับรางวัล{GECC} จำนวน 2 แห่ง ได้แก่ ",
    f"ซึ่งกรมการจัดหางานได้รับรางวัล{GECC} ทั้งสิ้น 2 รางวัล คือ ",
    f"กรมการจัดหางาน ผ่านการรับรอง{GECC} รวม 2 หน่วยงาน ประกอบด้วย 1. ",
])
def test_a_department_whose_verb_heads_a_counted_list_of_its_units(head):
    text = f"กกจ. รับรางวัลศูนย์ราชการสะดวก ประจำปี 2564\n{head}{UNITS}\n"
    names = recipients(text)
    assert "กรมการจัดหางาน" not in names
    assert "สำนักงานจัดหางานจังหวัดเชียงราย" in names


@pytest.mark.parametrize("listed", [
    "จำนวน 2 รางวัล ได้แก่ รางวัลระดับพื้นฐาน และรางวัลระดับก้าวหน้า",      # a count of awards, not of units
    "จำนวน 2 แห่ง ได้แก่ ที่ทำการชั้น 1 และชั้น 2",                           # places of its own, no unit named
])
def test_a_counted_list_that_names_no_unit_leaves_the_department_the_winner(listed):
    text = f"กรมการจัดหางาน ได้รับรางวัล{GECC} {listed}\n"
    assert "กรมการจัดหางาน" in recipients(text)


def test_a_counted_list_of_other_bodies_leaves_the_department_the_winner():
    text = f"กรมการจัดหางาน ได้รับรางวัล{GECC} จำนวน 2 แห่ง ได้แก่ กรมสรรพสามิต และกรมศุลกากร\n"
    assert "กรมการจัดหางาน" in recipients(text)


FUNDS = ("กรมบัญชีกลางมอบรางวัลทุนหมุนเวียนดีเด่น ประจำปี 2563\n"
         "1. รางวัลการพัฒนาดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีการพัฒนาปรับปรุงการดำเนินงาน\n"
         "- ประเภทดีเด่น จำนวน 2 ทุน ได้แก่ ")


@pytest.mark.parametrize("dash", [" – ", " - ", "–", " -"])
def test_the_agency_after_a_funds_dash_runs_it(dash):
    text = f"{FUNDS}1) เงินทุนหมุนเวียนเพื่อการชลประทาน 2) เงินทุนหมุนเวียนเพื่อการบริหารท่าเรือพาณิชย์สัตหีบ{dash}กองทัพเรือ\n"
    names = recipients(text)
    assert "กองทัพเรือ" not in names
    assert "เงินทุนหมุนเวียนเพื่อการบริหารท่าเรือพาณิชย์สัตหีบ" in names


def test_an_agency_listed_after_a_fund_without_a_dash_is_a_winner():
    text = f"{FUNDS}1) เงินทุนหมุนเวียนเพื่อการชลประทาน 2) กองทัพเรือ\n"
    assert "กองทัพเรือ" in recipients(text)


WON = "ขอแสดงความยินดีกับ อบต.เก่าขาม ที่ได้รับรางวัลการพัฒนาธนาคารน้ำใต้ดินอย่างเป็นระบบ ประจำปี 2566 "


@pytest.mark.parametrize("supervisor", [
    "ส่วนการขยายผลต้องได้รับคำแนะนำจากหน่วยงานที่รับผิดชอบหลักได้แก่ กรมทรัพยากรน้ำบาดาล และสถาบันการศึกษา",
    "โดยมีหน่วยงานที่กำกับดูแล ได้แก่ กรมทรัพยากรน้ำบาดาล",
    "ทั้งนี้ หน่วยงานต้นสังกัด คือ กรมทรัพยากรน้ำบาดาล",
])
def test_the_body_named_as_responsible_for_the_winner_won_nothing(supervisor):
    names = recipients(f"{WON}{supervisor}\n")
    assert "กรมทรัพยากรน้ำบาดาล" not in names
    assert "องค์การบริหารส่วนตำบลเก่าขาม" in names


def test_a_list_of_winners_after_the_verb_still_gives_each_its_award():
    text = "หน่วยงานที่ได้รับรางวัลการพัฒนาธนาคารน้ำใต้ดินอย่างเป็นระบบ ประจำปี 2566 ได้แก่ กรมทรัพยากรน้ำบาดาล และกรมชลประทาน\n"
    assert recipients(text) == ["กรมชลประทาน", "กรมทรัพยากรน้ำบาดาล"]


@pytest.mark.parametrize("tail", ["ภายในของทุนหมุนเวียนเอง", "ภายในจากหน่วยงานต้นสังกัด", ""])
def test_a_funds_name_ends_before_ภายใน(tail):
    # a table flattened into lines: the column heading's last words glued to the fund's name
    text = (f"{FUNDS}5 ทุน\nประเภทของการตรวจสอบภายใน ทุนหมุนเวียนที่ได้รับรางวัล\n- ทุนหมุนเวียนที่ใช้หน่วยงานตรวจสอบ\n"
            f"1. กองทุนเพื่อการพัฒนาวิทยาศาสตร์และเทคโนโลยี{tail}\n2. กองทุนหลักประกันสุขภาพแห่งชาติ\n")
    assert recipients(text) == ["กองทุนหลักประกันสุขภาพแห่งชาติ", "กองทุนเพื่อการพัฒนาวิทยาศาสตร์และเทคโนโลยี"]
