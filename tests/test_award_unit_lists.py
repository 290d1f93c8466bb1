"""Lists of winning units each written with its parent right after it (a volunteer-defence company and
its provincial command, a police station and its division, a school and its area office), on short texts
composed for the genre, with negatives: each unit is one winner, its parent no co-winner; the placing
(รางวัลที่ 1) and the kind of award head the units after them; the programme is the one the kind of award
names, the year the one the list's heading states."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

_CORPS_LEAD = ("ผู้บัญชาการกองอาสารักษาดินแดน เป็นประธานในพิธี ประจำปี 2566 และเป็นประธานมอบเข็มอาสารักษาดินแดนสดุดี "
               "รางวัลกองร้อยอาสารักษาดินแดนดีเด่น และรางวัลสมาชิกกองอาสารักษาดินแดนผู้ปฏิบัติงานดีเด่น\n")
_CORPS_HEADING = ("ทั้งนี้ มีผลการพิจารณามอบรางวัลแก่กองร้อยอาสารักษาดินแดน ที่มีผลงานดีเด่นประจำปี พ.ศ. 2565 "
                  "และสมาชิกกองอาสารักษาดินแดนผู้ปฏิบัติงานดีเด่น ดังนี้\n")
_CORPS_LIST = ("ประเภทรางวัลกองร้อยอาสารักษาดินแดนอำเภอ รางวัลที่ 1 ได้แก่ กองร้อยอาสารักษาดินแดนอำเภอสะเดาที่ 4 "
               "กองบังคับการกองอาสารักษาดินแดนจังหวัดสงขลา รางวัลที่ 2 ได้แก่ กองร้อยอาสารักษาดินแดนอำเภอปัวที่ 3 "
               "กองบังคับการกองอาสารักษาดินแดนจังหวัดน่าน กองร้อยอาสารักษาดินแดนอำเภอพานที่ 6 "
               "กองบังคับการกองอาสารักษาดินแดนจังหวัดเชียงราย\n")
_MEMBERS = ("รางวัลสมาชิกกองอาสารักษาดินแดน ผู้ปฏิบัติงานดีเด่น ประกอบด้วย\n"
            "ประเภท ก. ด้านการป้องกัน รางวัลที่ 1 ได้แก่ นายหมู่โท สมชาย ใจดี กองร้อยอาสารักษาดินแดนอำเภอนาแห้วที่ 2 "
            "กองบังคับการกองอาสารักษาดินแดนจังหวัดเลย\n")


def _by_unit(extraction):
    return {r[0]: r for r in rows(extraction)}


def test_each_listed_company_wins_and_its_command_does_not():
    found = _by_unit(extract(_CORPS_LEAD + _CORPS_HEADING + _CORPS_LIST))
    companies = {"กองร้อยอาสารักษาดินแดนอำเภอสะเดาที่ 4", "กองร้อยอาสารักษาดินแดนอำเภอปัวที่ 3",
                 "กองร้อยอาสารักษาดินแดนอำเภอพานที่ 6"}
    assert set(found) == companies
    assert not any(name.startswith("กองบังคับการ") for name in found)


def test_the_placing_each_company_is_listed_under():
    extraction = extract(_CORPS_LEAD + _CORPS_HEADING + _CORPS_LIST)
    levels = {r[0]: r[3] for r in rows(extraction)}
    assert levels["กองร้อยอาสารักษาดินแดนอำเภอสะเดาที่ 4"] != levels["กองร้อยอาสารักษาดินแดนอำเภอปัวที่ 3"]
    assert levels["กองร้อยอาสารักษาดินแดนอำเภอปัวที่ 3"] == levels["กองร้อยอาสารักษาดินแดนอำเภอพานที่ 6"]


def test_the_companies_award_is_the_programme_their_kind_names_in_the_heading_year():
    extraction = extract(_CORPS_LEAD + _CORPS_HEADING + _CORPS_LIST + _MEMBERS)
    programmes = {a.programme for a in extraction.awards}
    assert len(programmes) == 1
    assert "กองร้อย" in extraction.programmes[programmes.pop()].name
    assert {a.year for a in extraction.awards} == {2565}


def test_a_members_award_goes_to_no_company():
    # the members' list names each member with the company and command he serves in: a person won
    found = _by_unit(extract(_CORPS_LEAD + _CORPS_HEADING + _MEMBERS))
    assert "กองร้อยอาสารักษาดินแดนอำเภอนาแห้วที่ 2" not in found


@pytest.mark.parametrize("units, command", [
    # police stations and their provincial police
    (("สถานีตำรวจภูธรเมืองเชียงใหม่ ตำรวจภูธรจังหวัดเชียงใหม่", "สถานีตำรวจภูธรเมืองลำพูน ตำรวจภูธรจังหวัดลำพูน"), "ตำรวจภูธรจังหวัด"),
    # schools and their primary education area office
    (("โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1",
      "โรงเรียนบ้านโนนสูง สำนักงานเขตพื้นที่การศึกษาประถมศึกษาอุดรธานี เขต 2"), "สำนักงานเขตพื้นที่การศึกษา"),
])
def test_units_with_the_body_over_them(units, command):
    text = ("กระทรวงมหาดไทย จัดพิธีมอบรางวัลหน่วยบริการประชาชนต้นแบบ ประจำปี 2566 ดังนี้\n"
            f"ประเภทหน่วยบริการขนาดใหญ่ รางวัลที่ 1 ได้แก่ {units[0]} รางวัลที่ 2 ได้แก่ {units[1]}\n")
    found = _by_unit(extract(text))
    assert not any(name.startswith(command) for name in found)
    assert {u.split(" ")[0] for u in units} <= set(found)


def test_schools_listed_after_their_kind():
    text = ("กระทรวงศึกษาธิการ มอบรางวัลโรงเรียนพระราชทาน ประจำปี 2566 ดังนี้\n"
            "ประเภทโรงเรียนขนาดเล็ก รางวัลที่ 1 ได้แก่ โรงเรียนบ้านหนองบัว จังหวัดขอนแก่น "
            "รางวัลที่ 2 ได้แก่ โรงเรียนวัดป่าเลไลยก์ จังหวัดสุพรรณบุรี\n")
    found = _by_unit(extract(text))
    assert {"โรงเรียนบ้านหนองบัว", "โรงเรียนวัดป่าเลไลยก์"} <= set(found)
    assert found["โรงเรียนบ้านหนองบัว"][3] != found["โรงเรียนวัดป่าเลไลยก์"][3]


def test_units_that_attended_won_nothing():
    text = ("ผู้บัญชาการกองอาสารักษาดินแดน เป็นประธานในพิธีสดุดีกองอาสารักษาดินแดน ประจำปี 2566 "
            "โดยมีผู้เข้าร่วมพิธี ได้แก่ กองร้อยอาสารักษาดินแดนอำเภอสะเดาที่ 4 กองบังคับการกองอาสารักษาดินแดนจังหวัดสงขลา "
            "กองร้อยอาสารักษาดินแดนอำเภอปัวที่ 3 กองบังคับการกองอาสารักษาดินแดนจังหวัดน่าน\n")
    assert rows(extract(text)) == []


def test_a_command_that_wins_in_its_own_right_is_the_winner():
    text = ("กองอาสารักษาดินแดน มอบรางวัลกองบังคับการกองอาสารักษาดินแดนจังหวัดดีเด่น ประจำปี 2565 ดังนี้\n"
            "รางวัลที่ 1 ได้แก่ กองบังคับการกองอาสารักษาดินแดนจังหวัดสงขลา "
            "รางวัลที่ 2 ได้แก่ กองบังคับการกองอาสารักษาดินแดนจังหวัดน่าน\n")
    found = _by_unit(extract(text))
    assert {"กองบังคับการกองอาสารักษาดินแดนจังหวัดสงขลา", "กองบังคับการกองอาสารักษาดินแดนจังหวัดน่าน"} <= set(found)


def test_a_list_heading_without_its_year_keeps_the_programme_year():
    text = ("กรมการปกครอง มอบรางวัลกองร้อยอาสารักษาดินแดนดีเด่น ประจำปี 2566 ณ ศาลากลางจังหวัด\n"
            "ผลการพิจารณา ดังนี้\n"
            "ประเภทรางวัลกองร้อยอาสารักษาดินแดนอำเภอ รางวัลที่ 1 ได้แก่ กองร้อยอาสารักษาดินแดนอำเภอสะเดาที่ 4 "
            "กองบังคับการกองอาสารักษาดินแดนจังหวัดสงขลา\n")
    assert {a.year for a in extract(text).awards} == {2566}
