"""A ceremony keeps only what the article reports of it (issue 14, cer19): the day a figure stands at is no day of
the rite, a foundation's namesake hands nothing over, a body setting up a service organises no conferral, a venue
stops before an online audience or a head count, and plaques to a panel's experts are no programme.

The texts are composed for the tests on the shapes seen in the study slice (seed 19301): "โดย ณ วันที่ 31 ธันวาคม
2564 สามารถปล่อยสินเชื่อ…" on a line that names the award, "มูลนิธิ พล.ต.อ.… มอบโล่…", "… รัฐวิสาหกิจ… จัดให้มี
ศูนย์ราชการสะดวก", "… จังหวัดนนทบุรี และผ่านระบบออนไลน์ จำนวน 400 คน". Each rule has its negative.
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from test_extract import org_name

HEAD = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
WINNERS = ("สำนักงานสถิติแห่งชาติ ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ "
           "ได้แก่ ผลงาน ระบบสถิติทางการออนไลน์\n")
RECEIVED = ("สำนักงานสถิติแห่งชาติ เข้ารับรางวัลเลิศรัฐ ประจำปี 2565 จาก นายประยุทธ มั่นคง นายกรัฐมนตรี "
            "ณ ห้องประชุมใหญ่ อาคารรัฐสภา")


def the_ceremony(body: str):
    [ceremony] = [c for c in extract_article(parse_article(HEAD + body + "\n" + WINNERS, "t.txt")).ceremonies
                  if c.programme == "psea"]
    return ceremony


# --- the day a figure stands at ------------------------------------------------------------------------------

@pytest.mark.parametrize("figures", [
    "สำนักงานสถิติแห่งชาติซึ่งเข้ารับรางวัลในครั้งนี้ มีผลงานต่อเนื่อง โดย ณ วันที่ 30 พฤศจิกายน 2565 "
    "ให้บริการข้อมูลแล้ว 1,250,000 ครั้ง",
    "สำนักงานสถิติแห่งชาติซึ่งเข้ารับรางวัลในครั้งนี้ มีผู้ใช้บริการ 1,250,000 ราย (ข้อมูล ณ 30 พ.ย. 2565)",
])
def test_the_day_a_figure_stands_at_is_no_day_of_the_rite(figures):
    assert the_ceremony(RECEIVED + "\n" + figures).date is None


def test_the_day_the_award_was_received_is_the_rite_s():
    # (the negative: the same line with the day it happened)
    line = ("สำนักงานสถิติแห่งชาติซึ่งเข้ารับรางวัลในครั้งนี้ เมื่อวันที่ 30 พฤศจิกายน 2565 "
            "ให้บริการข้อมูลแล้ว 1,250,000 ครั้ง")
    assert str(the_ceremony(RECEIVED + "\n" + line).date) == "2022-11-30"


# --- a foundation named after a person ----------------------------------------------------------------------

RITE = ("เมื่อวันที่ 1 ธันวาคม 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายประยุทธ มั่นคง นายกรัฐมนตรี "
        "เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565")


@pytest.mark.parametrize("line", [
    "โดยมูลนิธิ พล.ต.อ.สมศักดิ์ ใจกล้า มอบรางวัลเลิศรัฐ ประจำปี 2565 ให้แก่หน่วยงานดีเด่น",
    "ในโอกาสนี้ กองทุน นพ.สมศักดิ์ ใจกล้า มอบรางวัลเลิศรัฐ ให้แก่หน่วยงานดีเด่น",
    "ในโอกาสนี้ มูลนิธิ ศาสตราจารย์ ดร.สมศักดิ์ ใจกล้า ได้มอบรางวัลให้แก่หน่วยงานดีเด่น",
])
def test_a_foundation_s_namesake_hands_nothing_over(line):
    assert "สมศักดิ์ ใจกล้า" not in the_ceremony(RITE + "\n" + line).presenters


def test_a_person_who_hands_the_awards_over_still_does():
    # (the negative: the same person named as someone present hands them over)
    line = "ในโอกาสนี้ นายสมศักดิ์ ใจกล้า มอบรางวัลเลิศรัฐ ประจำปี 2565 ให้แก่หน่วยงานดีเด่น"
    assert "สมศักดิ์ ใจกล้า" in the_ceremony(RITE + "\n" + line).presenters


# --- a service set up is no rite held ---------------------------------------------------------------------

def test_a_body_setting_up_a_service_organises_no_conferral():
    line = ("นายสมชาย ใจดี รัฐมนตรีประจำสำนักนายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
            "ให้กับหน่วยงานในสังกัดกรมการขนส่งทางบก ตามที่รัฐบาลได้มอบนโยบายให้ส่วนราชการและรัฐวิสาหกิจที่เกี่ยวข้อง"
            "จัดให้มีศูนย์บริการประชาชน")
    assert the_ceremony(line + " ณ ห้องประชุมใหญ่ อาคารรัฐสภา").organizer is None


def test_a_body_holding_a_dinner_for_the_winners_organises_no_conferral():
    line = ("ทั้งนี้ กระทรวงมหาดไทยได้จัดงานเลี้ยงอาหารค่ำเพื่อเป็นเกียรติแก่ผู้ได้รับรางวัลเลิศรัฐ ประจำปี 2565 "
            "เมื่อวันที่ 30 พฤศจิกายน 2565")
    assert the_ceremony(RECEIVED + "\n" + line).organizer is None


def test_a_body_holding_the_conferral_still_organises_it():
    line = ("กรมการขนส่งทางบก จัดให้มีการมอบรางวัลเลิศรัฐ ประจำปี 2565 "
            "โดยมีนายสมชาย ใจดี รัฐมนตรีประจำสำนักนายกรัฐมนตรี เป็นประธานในพิธี ณ ห้องประชุมใหญ่ อาคารรัฐสภา")
    organizer = the_ceremony(line).organizer
    assert organizer and org_name(organizer) == "กรมการขนส่งทางบก"


# --- where a venue ends ------------------------------------------------------------------------------------

RITE_NO_PLACE = ("เมื่อวันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี "
                 "เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565")


@pytest.mark.parametrize("written", [
    "ณ ห้องประชุมใหญ่ อาคารรัฐสภา และผ่านระบบออนไลน์",
    "ณ ห้องประชุมใหญ่ อาคารรัฐสภา ผ่านสื่ออิเล็กทรอนิกส์",
    "ณ ห้องประชุมใหญ่ อาคารรัฐสภา จำนวน 400 คน ประกอบด้วย ผู้บริหาร",
    "ณ ห้องประชุมใหญ่ อาคารรัฐสภา จังหวัดนนทบุรี และผ่านระบบออนไลน์ จำนวน 400 คน",
])
def test_a_venue_stops_before_an_online_audience_or_a_head_count(written):
    assert the_ceremony(RITE_NO_PLACE + " " + written).venue == "ห้องประชุมใหญ่ อาคารรัฐสภา"


def test_a_venue_written_whole_is_kept():
    # (the negative: a place whose own name holds the words, with no space before them)
    assert the_ceremony(RITE_NO_PLACE + " ณ ห้องจำนวนศรี อาคารผ่านฟ้า").venue == "ห้องจำนวนศรี อาคารผ่านฟ้า"


# --- plaques to experts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "เมื่อวันที่ 1 ธันวาคม 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธี"
    "มอบรางวัลผู้ทรงคุณวุฒิในคณะกรรมการนโยบายป่าชุมชน",
    "เมื่อวันที่ 1 ธันวาคม 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธี"
    "มอบรางวัลวิทยากรดีเด่นของโครงการอบรม",
])
def test_plaques_to_experts_or_speakers_have_no_ceremony(line):
    found = extract_article(parse_article(HEAD + line + "\n", "t.txt")).ceremonies
    assert not [c for c in found if c.programme != "psea"]
