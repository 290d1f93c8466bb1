"""Issue 14, a ceremony's organiser where the text states it: a body that is the subject of the handing over
(``<body> มอบรางวัล…``), and a relative clause after the rite saying who held it (``… ซึ่ง<body>จัดขึ้น``).

The texts are composed for the tests, on the genre seen in corpus slices (seeds 13301, 13302): each rule has
variants and its negatives (a body's head handing the awards over, a body that receives, a conferral to come, a
plaque of thanks, another programme's conferral, a seminar or a day's activities held by a body, a rite to come).
"""
from __future__ import annotations

import pytest
from test_extract import extract, org_name


HEAD = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
RITE = ("เมื่อวันที่ 1 ธันวาคม 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายประยุทธ มั่นคง นายกรัฐมนตรี "
        "เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565")
WINNERS = "\nกรมการพัฒนาชุมชน ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี\n"


def the_ceremony(text: str):
    [ceremony] = [c for c in extract(HEAD + text + WINNERS).ceremonies if c.programme == "psea"]
    return ceremony


def organiser(text: str) -> str | None:
    key = the_ceremony(text).organizer
    return org_name(key) if key else None


# --- a body that hands the awards over conferred them ------------------------------------------------------

@pytest.mark.parametrize("lead, organizer", [
    ("กระทรวงมหาดไทย มอบรางวัลเลิศรัฐ ประจำปี 2565 ให้แก่หน่วยงานดีเด่น", "กระทรวงมหาดไทย"),
    ("กระทรวงมหาดไทยได้มอบโล่รางวัลเลิศรัฐ ประจำปี 2565", "กระทรวงมหาดไทย"),
    ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) มอบประกาศเกียรติคุณรางวัลเลิศรัฐ ประจำปี 2565",
     "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
    ("พม. มอบรางวัลเลิศรัฐ ประจำปี 2565", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
])
def test_a_body_handing_the_awards_over_is_the_organiser(lead, organizer):
    assert organiser(lead + "\n" + RITE) == organizer


@pytest.mark.parametrize("lead", [
    "กรมการพัฒนาชุมชน ได้รับมอบรางวัลเลิศรัฐ ประจำปี 2565",             # the body receives
    "นายสมพร ใจดี ปลัดกระทรวงมหาดไทย มอบรางวัลเลิศรัฐ ประจำปี 2565",     # its head hands them over: a person
    "ปลัดกระทรวงมหาดไทย มอบรางวัลเลิศรัฐ ประจำปี 2565",                  # … named by the title alone
    "กระทรวงมหาดไทย มอบโล่ขอบคุณแก่ผู้สนับสนุนโครงการ",                   # a plaque of thanks, no award
    "นอกจากนี้ กระทรวงแรงงาน มอบรางวัลคนดีศรีสังคม ประจำปี 2565 แก่ข้าราชการ",  # another programme's conferral
])
def test_no_organiser_where_no_body_hands_this_programme_over(lead):
    assert organiser(lead + "\n" + RITE) is None


def test_a_body_that_will_hand_the_awards_over_is_no_organiser_of_this_rite():
    text = RITE + "\nในปีหน้า กระทรวงมหาดไทยจะมอบรางวัลเลิศรัฐ ประจำปี 2566 ต่อไป"
    assert organiser(text) is None


# --- "พิธีมอบรางวัล… ซึ่ง<body>จัดขึ้น": who held the rite ---------------------------------------------------

@pytest.mark.parametrize("clause, organizer", [
    (" ซึ่งกระทรวงมหาดไทยจัดขึ้น", "กระทรวงมหาดไทย"),
    (" ซึ่งกระทรวงมหาดไทยโดยกรมการปกครองได้จัดขึ้น", "กระทรวงมหาดไทย"),
    (" โดยมีผู้บริหารระดับสูงร่วมในพิธี ซึ่งกรมการปกครอง ได้จัดขึ้นเพื่อเชิดชูเกียรติหน่วยงาน", "กรมการปกครอง"),
    (" ซึ่งกรมการปกครอง ร่วมกับ มูลนิธิสายใจไทย ร่วมกันจัดขึ้น", "กรมการปกครอง"),
])
def test_the_body_that_held_the_rite_is_the_organiser(clause, organizer):
    assert organiser(RITE + clause) == organizer


@pytest.mark.parametrize("clause", [
    " ในงานสัมมนาผู้บริหารท้องถิ่น ซึ่งกรมการปกครองจัดขึ้น",           # the seminar's organiser
    " ซึ่งเป็นหนึ่งในกิจกรรมวันต่อต้านยาเสพติดโลก ซึ่งกรมการปกครองจัดขึ้น",  # the day's activities
    "\nส่วนพิธีมอบรางวัลเลิศรัฐ ครั้งต่อไป ซึ่งกรมการปกครองจะจัดขึ้นในปีหน้า",          # one to come
    "\nส่วนพิธีมอบรางวัลเลิศรัฐ ครั้งต่อไป ซึ่งกรมการปกครอง โดยกองการเจ้าหน้าที่ จะจัดขึ้นในปีหน้า",
    " ซึ่งกรมการปกครองเป็นหน่วยงานที่ได้รับรางวัล",                       # a clause about the body, no holding
])
def test_no_organiser_from_a_clause_about_another_event(clause):
    assert organiser(RITE + clause) is None


# --- partners: the body written first -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "กระทรวงมหาดไทย จับมือ มูลนิธิสายใจไทย มอบรางวัลเลิศรัฐ ประจำปี 2565\n" + RITE,
    "กระทรวงมหาดไทย ร่วมกับ มูลนิธิสายใจไทย มอบรางวัลเลิศรัฐ ประจำปี 2565\n" + RITE,
    RITE + " ซึ่งกระทรวงมหาดไทย และมูลนิธิสายใจไทย ร่วมกันจัดขึ้น",
])
def test_of_partners_the_body_written_first_is_the_organiser(text):
    assert organiser(text) == "กระทรวงมหาดไทย"


def test_a_partner_of_another_clause_is_not_joined():
    text = "มูลนิธิสายใจไทย ให้การสนับสนุน\nกระทรวงมหาดไทย มอบรางวัลเลิศรัฐ ประจำปี 2565\n" + RITE
    assert organiser(text) == "กระทรวงมหาดไทย"


def test_a_unit_written_with_its_ministry_is_the_partner_written_first():
    text = RITE + " ซึ่งกรมการปกครอง กระทรวงมหาดไทย และมูลนิธิสายใจไทย ร่วมกันจัดขึ้น"
    assert organiser(text) == "กรมการปกครอง"
    text = "กรมการปกครอง กระทรวงมหาดไทย จับมือ มูลนิธิสายใจไทย มอบรางวัลเลิศรัฐ ประจำปี 2565\n" + RITE
    assert organiser(text) == "กรมการปกครอง"
