"""Who handed over, who organised, and where (issue 14, cer21): the rite's own name ("พิธีเปิดงานมอบโล่…") names
no presenter; a manager ("เป็นผู้จัดการ…") and the winner written before the rite's
name ("… ได้รับรางวัล… ภายในงานประกาศผลรางวัล…") organise nothing; the place of a wreath-laying that opens the day is
not the conferral's; a venue stops before a royal audience granted.

The texts are composed for the tests on the shapes of the judged samples (bench/judged/awards/3905f13 c060;
bench/judged/cer21). Each rule has its negative.
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article

HEAD = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
WINNERS = ("สำนักงานสถิติแห่งชาติ ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ "
           "ได้แก่ ผลงาน ระบบสถิติทางการออนไลน์\n")


def the_ceremony(body: str):
    found = [c for c in extract_article(parse_article(HEAD + body + "\n" + WINNERS, "t.txt")).ceremonies
             if c.programme == "psea"]
    assert len(found) == 1, found
    return found[0]


# --- the rite's name names no presenter --------------------------------------------------------------------------

def test_the_rite_s_name_names_no_presenter():
    line = ("วันที่ 2 ธันวาคม 2565 นายประยุทธ มั่นคง รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานในพิธีเปิดงานมอบโล่"
            "รางวัลเลิศรัฐ ประจำปี 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา")
    ceremony = the_ceremony(line)
    assert ceremony.chair == "ประยุทธ มั่นคง"
    assert ceremony.presenters == ()


def test_who_presides_and_hands_over_is_a_presenter():
    line = ("วันที่ 2 ธันวาคม 2565 นายประยุทธ มั่นคง รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานมอบโล่"
            "รางวัลเลิศรัฐ ประจำปี 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา")
    assert the_ceremony(line).presenters == ("ประยุทธ มั่นคง",)


# --- who organised ------------------------------------------------------------------------------------------------

RITE = ("วันที่ 2 ธันวาคม 2565 นายประยุทธ มั่นคง รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานในพิธีมอบรางวัลเลิศรัฐ "
        "ประจำปี 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา")


def test_a_manager_organises_nothing():
    line = "สำหรับรางวัลเลิศรัฐ ครั้งนี้ ธนาคารออมสินเป็นผู้จัดการการจัดจำหน่ายพันธบัตรของโครงการ"
    assert the_ceremony(RITE + "\n" + line).organizer is None


def test_a_host_still_organises():
    line = "สำหรับรางวัลเลิศรัฐ ครั้งนี้ ธนาคารออมสินเป็นผู้จัดงาน"
    assert the_ceremony(RITE + "\n" + line).organizer == "gsb"


def test_the_winner_written_before_the_rite_s_name_organises_nothing():
    line = ("วันที่ 2 ธันวาคม 2565 ธนาคารออมสิน ได้รับรางวัลเลิศรัฐ ประจำปี 2565 ภายในงานประกาศผลรางวัล "
            "ณ ห้องประชุมใหญ่ อาคารรัฐสภา")
    assert the_ceremony(line).organizer is None


def test_a_body_announcing_the_results_organises_them():
    line = ("ธนาคารออมสิน ประกาศผลรางวัลเลิศรัฐ ประจำปี 2565 และมอบรางวัลแก่หน่วยงาน ณ ห้องประชุมใหญ่ อาคารรัฐสภา "
            "เมื่อวันที่ 2 ธันวาคม 2565")
    assert the_ceremony(line).organizer == "gsb"


# --- where ---------------------------------------------------------------------------------------------------------

WREATH = ("วันนี้ (2 ธ.ค. 65) เวลา 07.00 น. ณ บริเวณพิธีหน้าศาลาว่าการกระทรวงมหาดไทย นายประยุทธ มั่นคง "
          "รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานในพิธีวางพวงมาลาถวายสักการะพระอนุสาวรีย์")


def test_the_place_of_a_wreath_laying_is_not_the_conferral_s():
    later = ("และในเวลา 09.00 น. นายประยุทธ มั่นคง เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
             "ซึ่งกระทรวงมหาดไทยจัดขึ้น")
    ceremony = the_ceremony(WREATH + "\n" + later)
    assert ceremony.venue is None
    assert str(ceremony.date) == "2022-12-02"


def test_the_place_of_the_conferral_on_the_same_line_is_kept():
    line = WREATH + " พร้อมมอบรางวัลเลิศรัฐ ประจำปี 2565 แก่หน่วยงาน"
    assert the_ceremony(line).venue == "บริเวณพิธีหน้าศาลาว่าการกระทรวงมหาดไทย"


def test_a_venue_stops_before_a_royal_audience_granted():
    line = ("วันที่ 2 ธันวาคม 2565 ณ พระที่นั่งอัมพรสถาน พระราชวังดุสิต พระราชทานพระบรมราชวโรกาสให้ผู้ได้รับ"
            "รางวัลเลิศรัฐ ประจำปี 2565 เฝ้าทูลละอองธุลีพระบาท รับพระราชทานรางวัล")
    assert the_ceremony(line).venue == "พระที่นั่งอัมพรสถาน พระราชวังดุสิต"


# --- the headline's giver called by a title ------------------------------------------------------------------------

def ceremony_under(headline: str):
    head = "รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-" + headline + "\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
    [ceremony] = [c for c in extract_article(parse_article(head + RITE + "\n" + WINNERS, "t.txt")).ceremonies
                  if c.programme == "psea"]
    return ceremony


@pytest.mark.parametrize("headline", ["มท.1 มอบรางวัลเลิศรัฐ ประจำปี 2565", "รมว.มหาดไทย มอบรางวัลเลิศรัฐ ประจำปี 2565",
                                      "รมว.มท. เปิดงานพร้อมมอบรางวัลเลิศรัฐ ประจำปี 2565"])
def test_a_headline_s_title_handing_over_is_the_chair(headline):
    ceremony = ceremony_under(headline)
    assert ceremony.chair == "ประยุทธ มั่นคง" and ceremony.presenters == ("ประยุทธ มั่นคง",)


@pytest.mark.parametrize("headline", ["มท. มอบรางวัลเลิศรัฐ ประจำปี 2565", "สสช. รับมอบรางวัลเลิศรัฐ ประจำปี 2565",
                                      "รมว.มหาดไทย เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
                                      "รมว.มหาดไทย เป็นประธานในพิธีประกาศผลและมอบรางวัลเลิศรัฐ ประจำปี 2565"])
def test_a_body_a_receiver_or_a_chair_in_the_headline_hands_nothing_over(headline):
    assert ceremony_under(headline).presenters == ()
