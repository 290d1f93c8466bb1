"""The awarded work of each award: where a title is written without quotes, where it ends, and what
is no title at all (a description of a unit's achievements, the award's own name).

Every text here was written for the test (agencies real, works and programmes invented), in the
shapes seen in the news; each positive has a negative beside it where a rule could overreach.
"""
from __future__ import annotations

import pytest

from test_award_frames import rows
from test_award_precision import extract


def works(text: str) -> list[str | None]:
    return [row[-1] for row in rows(extract(text))]


_GSB = "ธนาคารออมสิน ได้รับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ประเภทนวัตกรรมดีเด่น "


# --- จาก(การดำเนิน)โครงการ <title>: the project named after its cue, ending at the clause after it ----------

@pytest.mark.parametrize("tail, work", [
    ("จากโครงการ ออมสินปันสุข ที่ธนาคารได้ดำเนินการมาอย่างต่อเนื่อง", "ออมสินปันสุข"),
    ("จากโครงการ Smart Branch Service ซึ่งช่วยลดเวลารอคอย", "Smart Branch Service"),
    ("จากโครงการ Smart Branch Service สะท้อนว่าธนาคารให้ความสำคัญกับลูกค้า", "Smart Branch Service"),
    ("จากโครงการ Smart Branch Service เป็นการนำเทคโนโลยีมาใช้", "Smart Branch Service"),
    ("จากการดำเนินโครงการ Smart Branch Service ภายใต้แนวคิดธนาคารเพื่อสังคม", "Smart Branch Service"),
    # written as one word, โครงการ is the title's own first word
    ("จากการดำเนินโครงการพักหนี้เกษตรกรรายย่อย ซึ่งช่วยลดภาระหนี้", "โครงการพักหนี้เกษตรกรรายย่อย"),
    ("จากโครงการพักหนี้เกษตรกรรายย่อย พร้อมทั้งการอบรมความรู้ทางการเงิน", "โครงการพักหนี้เกษตรกรรายย่อย"),
])
def test_a_project_after_its_cue_is_the_work_up_to_the_clause_after_it(tail, work):
    assert works(_GSB + tail) == [work]


@pytest.mark.parametrize("tail", [
    "จากการดำเนินโครงการต่าง ๆ ของธนาคารอย่างต่อเนื่อง",          # projects in general
    "จากการดำเนินโครงการของธนาคารอย่างต่อเนื่อง",                 # the bank's projects
    "ซึ่งคณะกรรมการพิจารณาคัดเลือกจากโครงการที่ส่งเข้าประกวดทั้งหมด",  # what the jury chose from
])
def test_projects_in_general_are_no_work(tail):
    assert works(_GSB + tail) == [None]


def test_a_project_named_far_from_any_award_on_its_line_is_no_work():
    text = (_GSB + "\n"
            "ในปีนี้ธนาคารได้รับงบประมาณเพิ่มเติมจากโครงการ ออมสินปันสุข เพื่อขยายสาขา\n")
    assert works(text) == [None]


# --- ผลงาน written against the title, right after the unit in a list item ----------------------------

def test_a_work_written_against_its_cue_after_the_unit_and_its_province_is_that_units():
    text = ("รางวัลท้องถิ่นดิจิทัล ประจำปี 2565 ประเภทยอดเยี่ยม 2 รางวัล ได้แก่ "
            "1. เทศบาลนครยะลา จังหวัดยะลา ผลงานการจัดการขยะด้วยระบบดิจิทัล ของเทศบาลนครยะลา และ "
            "2. เทศบาลเมืองพิบูลมังสาหาร จังหวัดอุบลราชธานี ผลงาน E-Service Phibun\n")
    assert sorted(w for w in works(text)) == ["E-Service Phibun", "การจัดการขยะด้วยระบบดิจิทัล"]


def test_a_units_achievements_in_prose_are_no_work():
    text = ("เทศบาลนครยะลา ได้รับรางวัลท้องถิ่นดิจิทัล ประจำปี 2565 ประเภทยอดเยี่ยม "
            "ซึ่งเทศบาลมีผลงานมากมายในการพัฒนาเมือง\n")
    assert works(text) == [None]


# --- ผลงาน that describes achievements, not a work's name ---------------------------------------------

@pytest.mark.parametrize("achievements", [
    "จากผลงานเด่นด้านการควบคุมยาสูบในชุมชน",
    "จากผลงานโดดเด่นในการบริหารจัดการกำลังคน",
    "จากผลงานด้านการแก้ไขปัญหาแรงงาน",
    "จากผลงานเป็นที่ประจักษ์ในการดูแลผู้สูงอายุ",
    "จากผลงานดีเด่นในการให้บริการประชาชน",
])
def test_achievements_described_after_jak_phon_ngan_are_no_work(achievements):
    assert works(_GSB + achievements) == [None]


def test_a_work_named_after_jak_phon_ngan_is_still_read():
    assert works(_GSB + "จากผลงานระบบจองคิวออนไลน์ ที่ช่วยลดเวลารอคอย") == ["ระบบจองคิวออนไลน์"]
    assert works(_GSB + "จากผลงาน ออมสินปันสุข ซึ่งช่วยลดภาระหนี้") == ["ออมสินปันสุข"]


# --- a quoted title after the topic of the work, and a quoted name that is the award's ----------------

@pytest.mark.parametrize("cue", ["จากผลงานหัวข้อ ", "จากผลงานในหัวข้อ ", "ผลงานหัวข้อ: "])
def test_the_topic_of_a_work_in_quotes_is_its_title(cue):
    text = "กรมควบคุมโรค ได้รับรางวัลบริการสาธารณะแห่งสหประชาชาติ ประจำปี 2565 " + cue + "“Smart Outbreak Response”\n"
    assert works(text) == ["Smart Outbreak Response"]


def test_the_topic_of_an_event_in_quotes_is_still_no_work():
    text = ("กรมควบคุมโรค ได้รับรางวัลบริการสาธารณะแห่งสหประชาชาติ ประจำปี 2565 "
            "ในการประชุมหัวข้อ “Public Service for All”\n")
    assert works(text) == [None]


@pytest.mark.parametrize("name", ["Best Innovation Award 2024", "Excellence in GIS Award", "Public Service Prize"])
def test_a_quoted_name_ending_in_award_or_prize_is_the_awards_own_not_a_work(name):
    text = "กรมโยธาธิการและผังเมือง ได้รับรางวัลบริการสาธารณะแห่งสหประชาชาติ ประจำปี 2565 ระดับชนะเลิศ “" + name + "”\n"
    assert works(text) == [None]


def test_a_quoted_work_whose_name_holds_award_inside_is_still_a_work():
    text = ("กรมโยธาธิการและผังเมือง ได้รับรางวัลบริการสาธารณะแห่งสหประชาชาติ ประจำปี 2565 "
            "จากผลงาน “Award Tracking Platform”\n")
    assert works(text) == ["Award Tracking Platform"]


# --- a title cut short by the headline is the body's full title ---------------------------------------

def test_a_headline_that_cuts_the_title_short_and_the_body_are_one_award():
    text = ("ธนาคารอาคารสงเคราะห์ ได้รับรางวัลธรรมาภิบาลดีเด่น ประจำปี 2566 จากการดำเนินโครงการ Green Home Loan\n"
            "ธนาคารอาคารสงเคราะห์ ได้รับรางวัลธรรมาภิบาลดีเด่น ประจำปี 2566 "
            "จากการดำเนินโครงการ “Green Home Loan for All Thai” ซึ่งช่วยให้ประชาชนมีบ้าน\n")
    assert works(text) == ["Green Home Loan for All Thai"]


def test_two_works_neither_a_prefix_of_the_other_stay_two_awards():
    text = ("ธนาคารอาคารสงเคราะห์ ได้รับรางวัลธรรมาภิบาลดีเด่น ประจำปี 2566 จากการดำเนินโครงการ “Green Home Loan”\n"
            "ธนาคารอาคารสงเคราะห์ ได้รับรางวัลธรรมาภิบาลดีเด่น ประจำปี 2566 จากการดำเนินโครงการ “Home Care Loan”\n")
    assert sorted(works(text)) == ["Green Home Loan", "Home Care Loan"]


# --- one work, and the award before it written apart in prose ----------------------------------------

def test_an_award_written_apart_before_the_next_awards_work_keeps_no_work():
    text = ("ธนาคารออมสิน ได้รับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2566 ได้แก่ รางวัลความร่วมมือเชิงยุทธศาสตร์เพื่อการพัฒนาดีเด่น "
            "(ประเภทเชิดชูเกียรติ) โดยร่วมกับหน่วยงานภาคีเพื่อยกระดับการให้บริการทางการเงินแก่ลูกค้ากลุ่มเปราะบางทั่วประเทศ "
            "รางวัลบริการดีเด่น ได้รับจากโครงการ “ออมสินใกล้บ้าน”\n")
    got = {(row[4], row[5], row[6]) for row in rows(extract(text))}
    assert ("บริการดีเด่น", None, "ออมสินใกล้บ้าน") in got
    assert not any(category == "ความร่วมมือเชิงยุทธศาสตร์เพื่อการพัฒนาดีเด่น" and work for category, _, work in got)


def test_categories_written_together_share_their_one_work():
    text = ("ธนาคารออมสิน ได้รับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2566 ทั้งประเภทบริการดีเด่น "
            "และประเภทความคิดสร้างสรรค์และนวัตกรรมดีเด่น จากโครงการ “ออมสินใกล้บ้าน”\n")
    assert works(text) == ["ออมสินใกล้บ้าน", "ออมสินใกล้บ้าน"]


# --- a list of winners by placing that names each work first and its unit after it --------------------

_PLACINGS = "ในพิธีมอบรางวัลองค์กรดีเด่นด้านนวัตกรรมการให้บริการ ประจำปี 2566 "


def test_each_placing_names_its_work_and_the_unit_after_it():
    text = (_PLACINGS + "รางวัลชนะเลิศ ได้แก่ ระบบนัดหมายออนไลน์ ของกรมสุขภาพจิต "
            "รางวัลรองชนะเลิศอันดับ 1 ได้แก่ การยกระดับบริการด้วย MWA Smart Care ของการประปานครหลวง "
            "และรางวัลรองชนะเลิศอันดับ 2 ได้แก่ ข้าวพันธุ์หอมนิล บริษัท ปตท. จำกัด (มหาชน)\n")
    got = {(row[0], row[5], row[6]) for row in rows(extract(text))}
    assert ("กรมสุขภาพจิต", "ชนะเลิศ", "ระบบนัดหมายออนไลน์") in got
    assert ("การประปานครหลวง", "รองชนะเลิศอันดับ 1", "การยกระดับบริการด้วย MWA Smart Care") in got
    assert len(got) == 3


def test_a_placings_work_of_a_unit_not_known_is_not_the_next_units():
    text = (_PLACINGS + "รางวัลชนะเลิศ ได้แก่ ระบบนัดหมายออนไลน์ ของศูนย์บริการสุขภาพชุมชนบ้านใหม่ "
            "รางวัลรองชนะเลิศอันดับ 1 ได้แก่ ระบบน้ำประปาอัจฉริยะ ของการประปานครหลวง\n")
    got = {(row[0], row[5], row[6]) for row in rows(extract(text))}
    assert got == {("การประปานครหลวง", "รองชนะเลิศอันดับ 1", "ระบบน้ำประปาอัจฉริยะ")}


@pytest.mark.parametrize("item", [
    "กรมสุขภาพจิต",                                            # the unit itself: no work
    "กลุ่มธุรกิจบริการลูกค้า การประปานครหลวง",                     # a unit the reader does not know, then its parent
])
def test_a_placing_that_names_a_unit_has_no_work(item):
    text = _PLACINGS + "รางวัลชนะเลิศ ได้แก่ " + item + "\n"
    assert all(row[6] is None for row in rows(extract(text)))


def test_a_work_of_a_team_of_students_is_no_universitys_award():
    text = (_PLACINGS + "รางวัลชนะเลิศ ได้แก่ โครงงานการศึกษาเรื่องการลดขั้นตอนใบอนุญาต ของทีมจากมหาวิทยาลัยรามคำแหง\n")
    assert rows(extract(text)) == []


# --- a winners list item whose work's end is stated: "<placing> : <work> โดย<unit>", "หน่วยเจ้าของผลงาน <unit>" --

_INNOVATION = "ผลการประกวดรางวัลนวัตกรรมภาครัฐดีเด่น ประจำปี 2566 มีดังนี้\n"


@pytest.mark.parametrize("item, unit, work", [
    ("รางวัลชนะเลิศระดับ Gold : ระบบติดตามหนี้ภาษีด้วยเทคโนโลยี Blockchain โดยกรมสรรพากร",
     "กรมสรรพากร", "ระบบติดตามหนี้ภาษีด้วยเทคโนโลยี Blockchain"),
    ("รางวัลชนะเลิศระดับ Silver: การพัฒนาระบบจองคิวออนไลน์ของกระทรวงการคลัง (Smart Queue)  โดย กรมบัญชีกลาง",
     "กรมบัญชีกลาง", "การพัฒนาระบบจองคิวออนไลน์ของกระทรวงการคลัง (Smart Queue)"),
    ("รางวัลชนะเลิศ :e-Tax Refund พร้อมใช้ทุกที่ โดยกรมสรรพากร", "กรมสรรพากร", "e-Tax Refund พร้อมใช้ทุกที่"),
])
def test_a_work_after_a_placings_colon_runs_to_its_unit(item, unit, work):
    got = {(row[0], row[6]) for row in rows(extract(_INNOVATION + item + "\n"))}
    assert got == {(unit, work)}


@pytest.mark.parametrize("item", [
    "รางวัลชนะเลิศระดับ Gold : ระบบติดตามหนี้ภาษีด้วยเทคโนโลยี Blockchain โดย\n1. นางสาวสมใจ ใจดี นักวิชาการคลัง",   # a team of people
    "รางวัลชนะเลิศระดับ Gold : ระบบติดตามหนี้ภาษี ซึ่งกรมสรรพากรได้รับรางวัลนี้",       # no โดย <unit>: no stated end
    # the unit named, but a team of its people listed below: the team's award
    "รางวัลชนะเลิศระดับ Gold : ระบบติดตามหนี้ภาษี โดย กรมสรรพากร\n1. นางสาวสมใจ ใจดี นักวิชาการภาษี",
])
def test_a_placings_colon_without_its_unit_gives_no_work(item):
    assert all(row[6] is None for row in rows(extract(_INNOVATION + item + "\n")))


def test_the_owner_of_the_work_is_its_unit_not_a_body_named_in_the_title():
    text = ("ผลการประกวดรางวัลสิ่งประดิษฐ์ดีเด่น ประจำปี 2566\n"
            "- รางวัลชนะเลิศ ได้แก่ ระบบเฝ้าระวังภัยไซเบอร์ของกระทรวงกลาโหม หน่วยเจ้าของผลงาน กรมแพทย์ทหารบก "
            "ได้รับโล่และเงินรางวัล\n")
    got = {(row[0], row[6]) for row in rows(extract(text))}
    assert ("กรมแพทย์ทหารบก", "ระบบเฝ้าระวังภัยไซเบอร์ของกระทรวงกลาโหม") in got
    assert not any(unit == "กระทรวงกลาโหม" for unit, _ in got)


# --- "(คว้ารางวัล…) ด้วยโครงการ <title>", "จาก โครงการ <title>": the project's cue after the award ------------

@pytest.mark.parametrize("tail, work", [
    ("ด้วยโครงการอาคารจอดรถอัจฉริยะ ศูนย์ราชการแจ้งวัฒนะ ภายหลังคว้ารางวัลระดับประเทศมาแล้ว", "โครงการอาคารจอดรถอัจฉริยะ ศูนย์ราชการแจ้งวัฒนะ"),
    ("ด้วยโครงการอาคารจอดรถอัจฉริยะ ที่ได้รับการออกแบบอย่างยั่งยืน", "โครงการอาคารจอดรถอัจฉริยะ"),
    ("ด้วยโครงการ Smart Branch Service ซึ่งช่วยลดเวลารอคอย", "Smart Branch Service"),
    ("จาก โครงการออมสินปันสุข ใน 2 รางวัล", "โครงการออมสินปันสุข"),
])
def test_a_project_after_with_or_a_spaced_from_is_the_work(tail, work):
    assert works(_GSB + tail) == [work]


@pytest.mark.parametrize("tail", [
    "ด้วยโครงการต่าง ๆ ของธนาคารอย่างต่อเนื่อง",          # projects in general
    "ด้วยโครงการที่หลากหลายเพื่อสังคม",
    "จากการพัฒนาโครงการสาธารณสุขมูลฐาน ร่วมก่อตั้งโรงพยาบาลชุมชนหลายแห่ง",   # a career, no work's title
])
def test_projects_in_general_after_with_are_no_work(tail):
    assert works(_GSB + tail) == [None]


# --- an unquoted title ends at the next clause: a person presiding or receiving, the year, the date, what it did --

_LERT = "กรมการพัฒนาชุมชน ได้รับรางวัลเลิศรัฐ ประจำปี 2566 จากผลงานตลาดนัดชุมชนออนไลน์"


@pytest.mark.parametrize("tail", [
    " มีนายสมชาย ใจดี รองนายกรัฐมนตรี เป็นประธานในพิธี",
    " โดยนายสมชาย ใจดี อธิบดี เป็นผู้แทนรับมอบรางวัล",
    " ประจำปี 2566",
    " ในปี 2566 กรมยังได้รับรางวัลอื่นอีก",
    " เมื่อวันที่ 5 มีนาคม 2566 ณ ศูนย์ราชการ",
    " ทำให้ประชาชนเข้าถึงบริการได้ง่ายขึ้น",
    " ช่วยให้ผู้ประกอบการเข้าถึงตลาดได้มากขึ้น",
    " อันเป็นการยกระดับการบริการประชาชน",
    " และได้รับเกียรติบัตรอีกด้วย",
    " เป็นประธานในพิธี",
])
def test_an_unquoted_title_ends_before_the_next_clause(tail):
    assert works(_LERT + tail + "\n") == ["ตลาดนัดชุมชนออนไลน์"]


@pytest.mark.parametrize("text, work", [
    # a word of the stops written inside the title (no space before it) is the title's own
    (_LERT.replace("ตลาดนัดชุมชนออนไลน์", "ระบบช่วยลดขั้นตอนการขออนุญาต") + " ซึ่งช่วยประชาชน\n", "ระบบช่วยลดขั้นตอนการขออนุญาต"),
    (_LERT + " (Community Market Online) ช่วยให้ผู้ประกอบการขายได้\n", "ตลาดนัดชุมชนออนไลน์ (Community Market Online)"),
])
def test_a_stop_word_inside_the_title_does_not_end_it(text, work):
    assert works(text) == [work]


def test_a_long_list_item_title_ends_at_the_next_winner_beyond_any_stop():
    text = ("รางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดีเด่น ประเภทพัฒนาบริการ ได้แก่ กรมควบคุมโรค "
            "จากผลงาน Safe Swim Thailand กรมสุขภาพจิต จากผลงานการดูแลผู้มีความเสี่ยงทางใจผ่านระบบออนไลน์ทั่วประเทศ"
            "อย่างต่อเนื่องและครอบคลุมทุกพื้นที่ของประเทศไทยทั้งในเขตเมืองและชนบทห่างไกลเพื่อให้ประชาชนเข้าถึงบริการ"
            "และกรมอนามัย จากผลงานคลินิกแม่และเด็กเคลื่อนที่\n")
    assert ("กรมควบคุมโรค", "Safe Swim Thailand") in {(row[0], row[6]) for row in rows(extract(text))}
