"""Issue 14, ceremonies reported but not made: awards handed over at a meeting someone opened or chaired,
and what still reports none (a meeting that decides, a programme of activities told as to come, a certificate
named in quotation marks that is no programme, a guest of honour who gave no award).

The texts are composed for the tests, on the genre seen in corpus slices (seeds 9701, 9702): each rule has
variants and its negatives.
"""
from __future__ import annotations

import pytest
from test_ceremony_recall import HEAD, WINNERS

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
DAY = "วันนี้ (1 ธ.ค. 65) ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมพร ใจดี ปลัดกระทรวงมหาดไทย "


def ceremonies(body: str):
    return extract_article(parse_article(HEAD + body + "\n" + WINNERS, "t.txt")).ceremonies


# --- awards handed over at a meeting: the meeting's day and place are the conferral's ------------------------

@pytest.mark.parametrize("body", [
    DAY + "เป็นประธานเปิดการประชุมสัมมนาผู้บริหารท้องถิ่น และพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
    DAY + "เป็นประธานการประชุมผู้บริหารระดับสูง ครั้งที่ 12/2565 พร้อมมอบโล่รางวัลเลิศรัฐ ประจำปี 2565 "
    "ให้แก่หน่วยงานที่ได้รับรางวัล",
    DAY + "เปิดการประชุมวิชาการประจำปี 2565 และมอบรางวัลเลิศรัฐ ประจำปี 2565 ให้แก่หน่วยงาน",
    "วันนี้ (1 ธ.ค. 65) ณ ห้องประชุมใหญ่ อาคารรัฐสภา ก่อนการประชุม นายสมพร ใจดี ปลัดกระทรวงมหาดไทย "
    "ได้มอบโล่รางวัลเลิศรัฐ ประจำปี 2565 ให้แก่หน่วยงาน",
])
def test_awards_handed_over_at_a_meeting_are_a_ceremony(body):
    [ceremony] = ceremonies(body)
    assert (str(ceremony.date), ceremony.venue) == ("2022-12-01", "ห้องประชุมใหญ่ อาคารรัฐสภา")


@pytest.mark.parametrize("body", [
    # the meeting decides who is to receive, or that a rite is to be held
    "มติที่ประชุมคณะกรรมการจัดงาน เมื่อวันที่ 1 ธ.ค. 65 ให้ส่วนราชการจัดพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
    DAY + "แจ้งว่า ที่ประชุมฯ เห็นพ้องให้มีการมอบรางวัลเลิศรัฐ ประจำปี 2565 แก่หน่วยงาน",
    # a meeting that discusses or selects
    DAY + "เป็นประธานการประชุมคณะทำงาน ครั้งที่ 2/2565 เพื่อหารือแนวทางมอบรางวัลเลิศรัฐ ประจำปี 2565",
    DAY + "เป็นประธานการประชุมคณะกรรมการ พิจารณาผลงานที่จะมอบรางวัลเลิศรัฐ ประจำปี 2565",
])
def test_a_meeting_that_decides_or_selects_reports_no_ceremony(body):
    assert ceremonies(body) == []


# --- a programme of activities told as to come, with another event's day after it ----------------------------

def test_a_programme_told_as_to_come_with_a_day_weeks_past_reports_none():
    body = ("นายสมพร ใจดี ปลัดกระทรวงมหาดไทย กล่าวว่า กิจกรรมภายในงานจะประกอบด้วย การประชุมวิชาการ "
            "และพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 โดยในการประชุมคณะทำงานซึ่งจัดไปแล้ว เมื่อวันที่ 10 ตุลาคม 2565 ได้สรุปผล")
    assert ceremonies(body) == []


def test_a_conferral_to_come_on_a_day_just_past_was_held():
    body = ("นายสมพร ใจดี ปลัดกระทรวงมหาดไทย จะเข้ารับรางวัลเลิศรัฐ ประจำปี 2565 ในวันพฤหัสบดีที่ 1 ธันวาคม 2565 "
            "ณ ห้องประชุมใหญ่ อาคารรัฐสภา")
    [ceremony] = ceremonies(body)
    assert str(ceremony.date) == "2022-12-01"


# --- a certificate named in quotation marks is not the programme named later on the line ----------------------

@pytest.mark.parametrize("named, made", [
    ("“คนดีศรีกระทรวง”", False),
    ("“รางวัลเลิศรัฐ ประจำปี 2565”", True),    # the programme itself in quotation marks
    ("รางวัล “เลิศรัฐ ประจำปี 2565”", True),
])
def test_a_certificate_named_in_quotation_marks_is_its_own(named, made):
    body = (DAY + "เป็นประธานเปิดการอบรมผู้บริหาร\nทั้งนี้ ในการอบรมได้มีพิธีมอบประกาศเกียรติคุณ " + named
            + " จำนวน 17 ราย และการบรรยายเรื่องเกณฑ์รางวัลเลิศรัฐ ประจำปี 2565")
    assert bool(ceremonies(body)) is made


# --- a guest of honour who lectured handed over nothing ---------------------------------------------------------

@pytest.mark.parametrize("tail, presenter", [
    ("ผู้ได้รับรางวัลเลิศรัฐ ประจำปี 2565 ได้นำเสนอผลงาน และได้รับเกียรติจาก นายวิชัย เก่งกาจ มาบรรยายพิเศษ", False),
    ("หน่วยงานได้รับรางวัลเลิศรัฐ ประจำปี 2565 จาก นายวิชัย เก่งกาจ รองนายกรัฐมนตรี", True),
])
def test_a_guest_of_honour_is_no_presenter(tail, presenter):
    body = DAY + "เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565\nในการนี้ " + tail
    [ceremony] = ceremonies(body)
    assert ("วิชัย เก่งกาจ" in ceremony.presenters) is presenter


# --- the headline's short name for a contest the body names in full: the body's conferral is the ceremony ------

SHORT = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\nกระทรวงดิจิทัลฯ มอบรางวัลคลิปสั้นรู้ทันข่าวปลอม\n"


def _programmes_of(text: str):
    extraction = extract_article(parse_article(text, "t.txt"))
    return [(extraction.programmes[c.programme].name, c) for c in extraction.ceremonies]


@pytest.mark.parametrize("rite", [
    "เป็นประธานพิธีมอบรางวัลการประกวดคลิปวิดีโอสั้นเพื่อการรับรู้ข่าวปลอม",
    "เป็นประธานเปิดงานและมอบรางวัลการประกวดคลิปวิดีโอสั้นเพื่อการรับรู้ข่าวปลอม ให้แก่ทีมที่ชนะการประกวด",
])
def test_the_body_names_the_conferral_the_headline_calls_by_a_short_name(rite):
    text = SHORT + "วันนี้ (1 ธ.ค. 65) ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมพร ใจดี ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม " + rite + "\n"
    [(name, ceremony)] = _programmes_of(text)
    assert "คลิปวิดีโอสั้น" in name
    assert (str(ceremony.date), ceremony.venue) == ("2022-12-01", "ห้องประชุมใหญ่ อาคารรัฐสภา")


@pytest.mark.parametrize("body", [
    # another programme recalled, not conferred
    "นายสมพร ใจดี ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กล่าวว่า เมื่อปี 2564 กระทรวงเคยได้รับรางวัลการประกวดคลิปวิดีโอสั้นเพื่อการรับรู้ข่าวปลอม "
    "ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
    # another programme's rite to come
    "นายสมพร ใจดี ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กล่าวว่า กระทรวงจะจัดพิธีมอบรางวัลการประกวดคลิปวิดีโอสั้น"
    "เพื่อการรับรู้ข่าวปลอม ในเดือนมกราคม 2566 ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
])
def test_another_programme_named_but_not_conferred_is_no_ceremony(body):
    assert _programmes_of(SHORT + body + "\n") == []


def test_the_main_programmes_own_ceremony_leaves_the_others_alone():
    text = (SHORT + "วันนี้ (1 ธ.ค. 65) ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมพร ใจดี ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
            "เป็นประธานพิธีมอบรางวัลคลิปสั้นรู้ทันข่าวปลอม\n"
            "ทั้งนี้ ทีมที่ชนะเลิศยังได้รับรางวัลการประกวดคลิปวิดีโอสั้นเพื่อการรับรู้ข่าวปลอม อีกด้วย\n")
    assert [name for name, _ in _programmes_of(text)] == ["รางวัลคลิปสั้นรู้ทันข่าวปลอม"]


# --- a place after ณ of a kind the venue reader did not know -----------------------------------------------------

_AT = ("วันนี้ (1 ธ.ค. 65) นายสมพร ใจดี ปลัดกระทรวงมหาดไทย เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
       "{place} โดยมีผู้บริหารเข้าร่วม")


@pytest.mark.parametrize("place, venue", [
    ("ณ ศาลาสหทัยสมาคม ในพระบรมมหาราชวัง", "ศาลาสหทัยสมาคม ในพระบรมมหาราชวัง"),
    ("ณ วัดอรุณราชวราราม", "วัดอรุณราชวราราม"),
    ("ณ ชั้น 1 ศูนย์การค้าพาราไดซ์ พาร์ค", "ชั้น 1 ศูนย์การค้าพาราไดซ์ พาร์ค"),
    ("ณ โรงภาพยนตร์ เอส เอฟ เอ็กซ์ ซีเนม่า", "โรงภาพยนตร์ เอส เอฟ เอ็กซ์ ซีเนม่า"),
    ("ณ พระที่นั่งอัมพรสถาน พระราชวังดุสิต", "พระที่นั่งอัมพรสถาน พระราชวังดุสิต"),
    ("ณ ศูนย์วัฒนธรรมแห่งประเทศไทย", "ศูนย์วัฒนธรรมแห่งประเทศไทย"),
    ("ณ กระทรวงสาธารณสุข", "กระทรวงสาธารณสุข"),
    # not a place: a province, a country, a day; ที่ before such a word opens a clause
    ("ณ จังหวัดน่าน", None),
    ("ณ ประเทศญี่ปุ่น", None),
    ("ที่วัดผลได้", None),
])
def test_a_place_named_after_at(place, venue):
    [ceremony] = ceremonies(_AT.format(place=place))
    assert ceremony.venue == venue


# --- winners listed under one name, the rite reported under another ---------------------------------------------

def test_the_rite_named_otherwise_than_the_list_of_winners_is_the_ceremony():
    text = ("ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\nกระทรวงมหาดไทย ประกาศเจตนารมณ์ต่อต้านการทุจริต\n"
            "วันนี้ (1 ธ.ค. 65) ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมพร ใจดี ปลัดกระทรวงมหาดไทย เป็นประธานเปิดงาน "
            "และมอบโล่เชิดชูเกียรติหน่วยงานคุณธรรมดีเด่น\n"
            "ทั้งนี้ กรมการปกครอง ได้รับรางวัลหน่วยงานโปร่งใสต้นแบบ ประจำปี 2565\n")
    extraction = extract_article(parse_article(text, "t.txt"))
    [ceremony] = extraction.ceremonies
    assert (str(ceremony.date), ceremony.venue, ceremony.chair) == ("2022-12-01", "ห้องประชุมใหญ่ อาคารรัฐสภา", "สมพร ใจดี")


# --- the place of a rite to come ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line, venue", [
    ("กระทรวงมหาดไทย ประกาศผลการคัดเลือกรางวัลเลิศรัฐ ประจำปี 2565 พร้อมจัดพิธีมอบในวันที่ 16 ธันวาคมนี้ "
     "ณ ห้องประชุมใหญ่ อาคารรัฐสภา", None),
    ("กระทรวงมหาดไทย ประกาศผลการคัดเลือกรางวัลเลิศรัฐ ประจำปี 2565 ซึ่งจะจัดพิธีมอบ ณ ห้องประชุมใหญ่ อาคารรัฐสภา", None),
    ("กระทรวงมหาดไทย ประกาศผลรางวัลเลิศรัฐ ประจำปี 2565 ในพิธีมอบรางวัล ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
     "ห้องประชุมใหญ่ อาคารรัฐสภา"),
])
def test_the_place_of_a_rite_to_come_is_no_venue(line, venue):
    found = ceremonies(line)
    assert (found[0].venue if found else None) == venue


# --- an awards night named with its programme, beside a category read as a programme of its own ---------------

NIGHT = ("ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
         "ปลัดกระทรวงวัฒนธรรม {role}รางวัลเพชรสยาม ครั้งที่ 12\n"
         "เมื่อวันที่ 1 ธันวาคม 2565 นางสมศรี ใจดี ปลัดกระทรวงวัฒนธรรม {role}รางวัลเพชรสยาม ครั้งที่ 12 ประจำปี 2565 "
         "ณ โรงภาพยนตร์ลิโด้ ชั้น 2\n"
         "ทั้งนี้ นายวิชัย เก่งกาจ รองปลัดกระทรวงวัฒนธรรม เป็นผู้มอบรางวัลภาพยนตร์สั้นยอดเยี่ยม ประจำปี 2565 "
         "แก่บริษัท ไปรษณีย์ไทย จำกัด\n")


def _night(role: str):
    extraction = extract_article(parse_article(NIGHT.format(role=role), "t.txt"))
    return {extraction.programmes[c.programme].name: c for c in extraction.ceremonies}


def test_an_awards_night_named_with_its_programme_is_that_programmes_ceremony():
    night = _night("เป็นประธานในงานประกาศรางวัล").get("รางวัลเพชรสยาม")
    assert (str(night.date), night.venue, night.chair) == ("2022-12-01", "โรงภาพยนตร์ลิโด้ ชั้น 2", "สมศรี ใจดี")


def test_a_press_conference_on_the_awards_night_is_none():
    assert "รางวัลเพชรสยาม" not in _night("เป็นประธานแถลงข่าวงานประกาศรางวัล")


# --- the chair's own next clause: "X … ได้เป็นประธาน…", "X บรรยายพิเศษ… และเป็นประธานมอบรางวัล…" --------------------

@pytest.mark.parametrize("body, chair", [
    (DAY + "ได้เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565", "สมพร ใจดี"),
    (DAY + "บรรยายพิเศษ หัวข้อ “การบริการภาครัฐ” และเป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565", "สมพร ใจดี"),
    (DAY + "บรรยายพิเศษ และได้เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565", "สมพร ใจดี"),
    # a guest, a speaker or one who hands the role on is still no chair
    (DAY + "เข้าร่วมงาน และเป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565", None),
    (DAY + "กล่าวว่า ผู้ว่าราชการจังหวัดได้เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565", None),
    (DAY + "ได้มอบหมายให้ผู้อำนวยการกองคลังเป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565", None),
])
def test_the_chairs_own_next_clause_keeps_the_chair(body, chair):
    [ceremony] = ceremonies(body)
    assert ceremony.chair == chair
