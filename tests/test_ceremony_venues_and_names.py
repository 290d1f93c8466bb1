"""A ceremony's venue as written, one ceremony per programme named twice, no ceremony of a selection or an approval.

Issue 14. The texts are composed for the tests on the shapes seen in corpus slices (seeds 9301, 9302): a venue after
ณ typed with two spaces or named in Latin letters, a venue running on into "อีกทั้ง…", a programme's Thai name with
its English one in brackets making two ceremonies, a call for entries "to select and confer" and a meeting approving
who will receive read as conferrals. Each has its negative.
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article

HEAD = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
WINNERS = ("สำนักงานสถิติแห่งชาติ ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ "
           "ได้แก่ ผลงาน ระบบสถิติทางการออนไลน์\n")
DAY = "เมื่อวันที่ 1 ธันวาคม 2565 "
RITE = "นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "


def ceremonies(body: str):
    return extract_article(parse_article(HEAD + body + "\n" + WINNERS, "t.txt")).ceremonies


# --- the venue: after ณ however many spaces, in Latin letters, up to what else the chair did ----------------

@pytest.mark.parametrize("written, venue", [
    ("ณ  ห้องประชุมใหญ่ อาคารรัฐสภา", "ห้องประชุมใหญ่ อาคารรัฐสภา"),                 # two spaces
    ("ณ   โรงแรมเซ็นทารา แกรนด์", "โรงแรมเซ็นทารา แกรนด์"),                          # three
    ("ณ ห้องประชุมใหญ่ อาคารรัฐสภา", "ห้องประชุมใหญ่ อาคารรัฐสภา"),                  # one, as before
    ("ณ Grand Hall Royal Paragon", "Grand Hall Royal Paragon"),
    ("ณ MCC HALL เดอะมอลล์", "MCC HALL เดอะมอลล์"),
    ("ณ ห้องประชุมใหญ่ อาคารรัฐสภา อีกทั้งเป็นประธานเปิดนิทรรศการ", "ห้องประชุมใหญ่ อาคารรัฐสภา"),
    ("ณ ห้องประชุมใหญ่ อาคารรัฐสภา หลังจากนั้น เยี่ยมชมนิทรรศการ", "ห้องประชุมใหญ่ อาคารรัฐสภา"),
])
def test_the_venue_as_written(written, venue):
    [ceremony] = ceremonies(DAY + RITE + written)
    assert ceremony.venue == venue


@pytest.mark.parametrize("written", [
    "ณ Bangkok",                    # one Latin word: a city, not a venue
    "ที่ Grand Hall Royal Paragon",  # ที่ before Latin letters is as often "that" as "at"
    "ณ กรุงเทพมหานคร",
])
def test_no_venue_from_a_city_or_an_uncertain_at(written):
    [ceremony] = ceremonies(DAY + RITE + written)
    assert ceremony.venue is None


# --- one programme named in Thai and, in brackets, in English is one ceremony -------------------------------

ASEAN_THAI = "รางวัลสถานประกอบการที่ปฏิบัติตามมาตรการสิ่งแวดล้อมดีเด่น"
ASEAN_EN = "Green Monitoring Awards"


def _two_names(between: str) -> str:
    return (f"กรมโยธา รับมอบรางวัล {ASEAN_EN} 2022\n"
            f"{DAY}นายสมชาย ใจดี อธิบดีกรมโยธา เข้ารับมอบ{ASEAN_THAI} ประจำปี 2565{between}{ASEAN_EN} 2022) "
            "ณ ห้องแกรนด์บอลรูม โรงแรมมิราเคิล โดยมี นายวิชัย เก่งกาจ รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติ "
            "เป็นผู้มอบรางวัล")


@pytest.mark.parametrize("between", [" (", " ( ", "("])
def test_a_thai_name_with_its_english_one_in_brackets_is_one_ceremony(between):
    extraction = extract_article(parse_article(HEAD + _two_names(between) + "\n", "t.txt"))
    [ceremony] = [c for c in extraction.ceremonies if c.year == 2565]
    assert ceremony.venue == "ห้องแกรนด์บอลรูม โรงแรมมิราเคิล"
    assert ceremony.date is not None
    assert "วิชัย เก่งกาจ" in ceremony.presenters


def test_two_programmes_conferred_together_stay_two_ceremonies():
    body = (DAY + "นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
            "และรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ณ ตึกสันติไมตรี ทำเนียบรัฐบาล\n"
            "การไฟฟ้านครหลวง ได้รับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ประเภทรางวัลบริหารจัดการองค์กรดีเด่น")
    assert len(ceremonies(body)) == 2


# --- a selection to come or an approval to receive is no conferral ------------------------------------------

@pytest.mark.parametrize("body", [
    "วันนี้ (1 ธันวาคม 2565) นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย เปิดเผยว่า กระทรวงจัดทำโครงการรางวัลเมืองสะอาด "
    "ประจำปี 2565 เพื่อดำเนินการสรรหาและมอบรางวัลให้เทศบาลที่มีผลงานดีเด่น ขอเชิญชวนส่งผลงานภายในวันที่ 31 ธันวาคม 2565 นี้",
    "วันนี้ (1 ธันวาคม 2565) นายสมชาย ใจดี โฆษกรัฐบาล เปิดเผยว่า ที่ประชุมเจ้าหน้าที่อาวุโสด้านสิ่งแวดล้อม "
    "ได้พิจารณารับรองให้เทศบาลนครยะลา เข้ารับรางวัลเมืองสะอาด ประจำปี 2565",
    "วันนี้ (1 ธันวาคม 2565) คณะกรรมการได้เห็นชอบให้เทศบาลนครยะลา เข้ารับรางวัลเมืองสะอาด ประจำปี 2565",
])
def test_a_selection_or_an_approval_is_no_ceremony(body):
    extraction = extract_article(parse_article(HEAD + body + "\n" + WINNERS, "t.txt"))
    assert not [c for c in extraction.ceremonies if "เมืองสะอาด" in extraction.programmes[c.programme].name]


@pytest.mark.parametrize("body", [
    DAY + "นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย เป็นประธานในพิธีมอบรางวัลเมืองสะอาด ประจำปี 2565 "
    "ให้แก่เทศบาลที่ได้รับการสรรหา ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
    DAY + "เทศบาลนครยะลา เข้ารับรางวัลเมืองสะอาด ประจำปี 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
])
def test_a_conferral_reported_stays(body):
    [ceremony] = [c for c in ceremonies(body) if c.venue]
    assert ceremony.venue == "ห้องประชุมใหญ่ อาคารรัฐสภา"
