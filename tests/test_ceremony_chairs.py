"""Who presides a ceremony: the royal representative who hands the awards over, never the head of a body.

Issue 14 (ceremonies: the chair). Composed on the classes seen in seeded corpus samples: a privy councillor sent by
the King or a royal to hand a programme's awards over presides the rite and hands the awards (FORMAT.md: one person
may be both); the head of a working group or a committee (เป็นประธานคณะทำงาน…) holds a post and presides nothing.
Each has its negatives: the representative the awards' book is handed to, one who only opens the fair while another
hands the awards, a handing over done every year; a minister who presides the rite stays its chair.
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.extract.events import _CONFERRAL_CUE

HEAD = "ข่าวประชาสัมพันธ์\n\nวันอังคารที่ 2 พฤษภาคม 2566\n"


def ceremony(text: str):
    [event] = extract_article(parse_article(HEAD + text, "t.txt")).ceremonies
    return event


_ROYAL = ("เมื่อวันที่ 2 พฤษภาคม 2566 พระบาทสมเด็จพระเจ้าอยู่หัว ทรงพระกรุณาโปรดเกล้าฯ ให้{who} {sent} "
          "{hands}รางวัลคนดีศรีสังคม ประจำปี 2566 แก่กรมการแพทย์ ณ ห้องประชุมใหญ่ อาคารรัฐสภา\n")


@pytest.mark.parametrize("sent, hands", [
    ("เป็นผู้แทนพระองค์", "มอบ"),
    ("เป็นผู้แทนพระองค์", "ในการมอบ"),
    ("ผู้แทนพระองค์ เป็นประธานในพิธีเปิดงานวันเยาวชน พร้อมมอบโล่", ""),
    ("เป็นผู้แทนสมเด็จพระเจ้าลูกเธอ เจ้าฟ้าพัชรกิติยาภาฯ องค์ประธานมูลนิธิ", "ในการมอบ"),
])
def test_the_royal_representative_who_hands_the_awards_presides_and_hands_them(sent, hands):
    event = ceremony(_ROYAL.format(who="นายสมพร ใจดี องคมนตรี", sent=sent, hands=hands))
    assert event.chair == "สมพร ใจดี" and "สมพร ใจดี" in event.presenters


def test_the_representative_over_a_minister_who_opened_the_fair():
    text = (_ROYAL.format(who="นายสมพร ใจดี องคมนตรี", sent="เป็นผู้แทนพระองค์", hands="มอบ")
            + "โดยก่อนหน้านั้น นายวิชัย เก่งกาจ รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม เป็นประธานเปิดงานวันเยาวชน\n")
    assert ceremony(text).chair == "สมพร ใจดี"


@pytest.mark.parametrize("text", [
    # the representative the book of winners is handed to: the minister who hands it presides
    "เมื่อวันที่ 2 พฤษภาคม 2566 นายวิชัย เก่งกาจ รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม เป็นประธานในพิธีมอบรางวัลคนดีศรีสังคม "
    "ประจำปี 2566 ณ ห้องประชุมใหญ่ อาคารรัฐสภา และมอบหนังสือผู้ได้รับรางวัลแด่ผู้แทนพระองค์\n",
    # a representative who opens the event while a minister named on the way hands the awards
    "เมื่อวันที่ 2 พฤษภาคม 2566 นายสมพร ใจดี องคมนตรี เป็นผู้แทนพระองค์เปิดงานวันเยาวชน โดยมี นายวิชัย เก่งกาจ "
    "รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม เป็นประธานในพิธีมอบรางวัลคนดีศรีสังคม ประจำปี 2566 ณ ห้องประชุมใหญ่ อาคารรัฐสภา\n",
])
def test_a_representative_who_hands_nothing_over_is_not_the_chair(text):
    assert ceremony(text).chair == "วิชัย เก่งกาจ"


def test_a_representative_sent_every_year_is_a_habit_not_this_rite():
    text = ("เมื่อวันที่ 2 พฤษภาคม 2566 นายวิชัย เก่งกาจ รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม เป็นประธานในพิธีมอบรางวัลคนดีศรีสังคม "
            "ประจำปี 2566 ณ ห้องประชุมใหญ่ อาคารรัฐสภา\nที่ผ่านมา ทรงโปรดให้ผู้แทนพระองค์ มาประทานรางวัลคนดีศรีสังคม เป็นประจำทุกปี\n")
    assert ceremony(text).chair == "วิชัย เก่งกาจ"


@pytest.mark.parametrize("body", ["คณะทำงานคัดเลือกผลงาน", "คณะกรรมการตัดสินการประกวด", "มูลนิธิคนดีศรีสังคม", "กรรมการตัดสิน"])
def test_the_head_of_a_body_holds_a_post_and_presides_nothing(body):
    text = ("เมื่อวันที่ 2 พฤษภาคม 2566 ณ ห้องประชุมใหญ่ อาคารรัฐสภา มีพิธีมอบรางวัลคนดีศรีสังคม ประจำปี 2566 แก่กรมการแพทย์\n"
            f"โดยมีนายสมชาย รักดี เป็นประธาน{body} ลงพื้นที่ตรวจเยี่ยมเพื่อคัดเลือกหน่วยงาน\n")
    assert ceremony(text).chair is None


@pytest.mark.parametrize("rite", ["เป็นประธานในพิธีมอบ", "เป็นประธานมอบ"])
def test_who_presides_the_rite_stays_its_chair(rite):
    text = (f"เมื่อวันที่ 2 พฤษภาคม 2566 ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมชาย รักดี รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม {rite}"
            "รางวัลคนดีศรีสังคม ประจำปี 2566 แก่กรมการแพทย์\n")
    assert ceremony(text).chair == "สมชาย รักดี"


@pytest.mark.parametrize("clause", ["ประทานรางวัลแก่ผู้ชนะ", "ประทานโล่แก่หน่วยงาน", "พระราชทานรางวัลแก่ผู้ชนะ"])
def test_a_royal_handing_over_is_a_conferral(clause):
    assert _CONFERRAL_CUE.search(clause)


@pytest.mark.parametrize("plan", ["จะเป็นผู้แทนพระองค์", "มีกำหนดจัดพิธีในวันที่ 9 พฤษภาคม 2566 นี้ โดยนายสมพร ใจดี เป็นผู้แทนพระองค์"])
def test_a_representative_to_come_neither_presides_nor_hands_over(plan):
    text = (f"เมื่อวันที่ 2 พฤษภาคม 2566 นายวิชัย เก่งกาจ รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม แถลงว่า {plan} "
            "มอบรางวัลคนดีศรีสังคม ประจำปี 2566 แก่กรมการแพทย์\n")
    events = extract_article(parse_article(HEAD + text, "t.txt")).ceremonies
    assert not any(event.chair == "สมพร ใจดี" or "สมพร ใจดี" in event.presenters for event in events)


def test_a_representative_sent_to_an_event_being_prepared_reports_no_rite():
    text = ("กระทรวงสาธารณสุข เตรียมจัดกิจกรรมวันงดสูบบุหรี่โลก ประจำปี 2566\n"
            "โดยในปีนี้ ทรงพระกรุณาโปรดให้ นายสมพร ใจดี องคมนตรี เป็นผู้แทนพระองค์ไปเป็นประธานเปิดงานและมอบรางวัลคนดีศรีสังคม "
            "ประจำปี 2566 แก่กรมการแพทย์\n")
    events = extract_article(parse_article(HEAD + text, "t.txt")).ceremonies
    assert not any(event.chair == "สมพร ใจดี" for event in events)


def test_a_representative_sent_to_an_event_on_a_later_day_reports_no_rite():
    text = ("นายวิชัย เก่งกาจ กล่าวว่า กิจกรรมปีนี้ จัดวันที่ 31 พฤษภาคม 2566 ณ ห้องประชุมใหญ่ อาคารรัฐสภา ทรงพระกรุณาโปรดให้ "
            "นายสมพร ใจดี องคมนตรี เป็นผู้แทนพระองค์ไปเป็นประธานเปิดงานและมอบรางวัลคนดีศรีสังคม ประจำปี 2566 แก่กรมการแพทย์\n")
    events = extract_article(parse_article(HEAD + text, "t.txt")).ceremonies
    assert not any(event.chair == "สมพร ใจดี" for event in events)


# --- a programme the article only recalls: the day's handing over is of the event, not of it -----------------------

_RECALLED = ("เมื่อวันที่ 2 พฤษภาคม 2566 นายวิชัย เก่งกาจ รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม เป็นประธานเปิดงานวันคล้ายวันสถาปนา"
             "กรมการแพทย์ ครบรอบ 21 ปี ณ ห้องประชุมใหญ่ อาคารรัฐสภา\n"
             "{back} กรมการแพทย์ได้รับรางวัลคนดีศรีสังคม ประจำปี 2565 จากมูลนิธิคนดี\n"
             "นอกจากนี้ รัฐมนตรีได้มอบโล่ข้าราชการดีเด่นของหน่วยงาน และทุนการศึกษาแก่บุตรข้าราชการ\n")


@pytest.mark.parametrize("back", ["ทั้งนี้ ในช่วงที่ผ่านมา", "ในปีที่ผ่านมา", "ที่ผ่านมา", "ก่อนหน้านี้"])
def test_a_programme_only_recalled_has_no_ceremony_on_the_day_of_another_event(back):
    assert not extract_article(parse_article(HEAD + _RECALLED.format(back=back), "t.txt")).ceremonies


@pytest.mark.parametrize("told", ["ทั้งนี้", "ในโอกาสนี้", "วันนี้ (2 พ.ค. 66) ที่ผ่านมา"])
def test_a_programme_conferred_on_the_day_keeps_its_ceremony(told):
    assert extract_article(parse_article(HEAD + _RECALLED.format(back=told), "t.txt")).ceremonies


# --- winners named in a relative clause: who they are, not a conferral -------------------------------------------

@pytest.mark.parametrize("clause", [
    "นำทีมนักเรียนที่ได้รับรางวัลหุ่นยนต์โลก เข้าพบนายกรัฐมนตรี ณ ห้องสีม่วง ตึกไทยคู่ฟ้า",
    "หน่วยงานที่ได้รับรางวัลคนดีศรีสังคม ร่วมแสดงผลงาน ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
])
def test_who_received_named_in_a_relative_clause_is_no_conferral(clause):
    assert not _CONFERRAL_CUE.search(clause)


@pytest.mark.parametrize("clause", [
    "กรมการแพทย์ได้รับรางวัลคนดีศรีสังคม ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
    "ทีมนักเรียนไทยคว้ารางวัลหุ่นยนต์โลก จากนายสมพร ใจดี",
])
def test_a_unit_that_received_with_a_place_or_a_giver_is_a_conferral(clause):
    assert _CONFERRAL_CUE.search(clause)
