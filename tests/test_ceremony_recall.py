"""Issue 14, ceremonies' recall: the chair who hands the awards over too, the day and place of a conferral
told with words the reader did not know as a ceremony's, two programmes conferred at one rite.

The texts are composed for the tests, on the genre seen in corpus slices (seeds 8301, 8302): each rule has
variants and its negatives.
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article

HEAD = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
WINNERS = ("สำนักงานสถิติแห่งชาติ ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ "
           "ได้แก่ ผลงาน ระบบสถิติทางการออนไลน์\n")
CHAIR = "ประยุทธ มั่นคง"


def ceremony_of(body: str):
    extraction = extract_article(parse_article(HEAD + body + "\n" + WINNERS, "t.txt"))
    [ceremony] = extraction.ceremonies
    return ceremony


# --- the chair's own sentence goes on to hand the awards over ------------------------------------------

@pytest.mark.parametrize("body", [
    "เมื่อวันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
    "ณ ห้องประชุมใหญ่ อาคารรัฐสภา และมอบรางวัลให้แก่หน่วยงานที่ได้รับรางวัล",
    "เมื่อวันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานเปิดงานวันบริการภาครัฐ "
    "พร้อมทั้งมอบโล่รางวัลเลิศรัฐ ประจำปี 2565 แก่หน่วยงานที่ได้รับรางวัล",
    "เมื่อวันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี ประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
    "ซึ่งจัดขึ้นโดยสำนักงาน ก.พ.ร. ได้มอบรางวัลเลิศรัฐ ประจำปี 2565 ให้แก่สำนักงานสถิติแห่งชาติ",
])
def test_a_chair_whose_sentence_goes_on_to_hand_over_is_a_presenter(body):
    ceremony = ceremony_of(body)
    assert ceremony.chair == CHAIR
    assert CHAIR in ceremony.presenters


@pytest.mark.parametrize("body", [
    # the rite's name, not a clause of its own
    "เมื่อวันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีเปิดงานและมอบรางวัลเลิศรัฐ "
    "ประจำปี 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
    # another person named on the way hands them over
    "เมื่อวันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
    "ณ ห้องประชุมใหญ่ อาคารรัฐสภา โดยมี นายวิชัย เก่งกาจ เลขาธิการ ก.พ.ร. ได้มอบรางวัลให้แก่หน่วยงาน",
    # someone brought in with โดยมี, named by a title
    "เมื่อวันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
    "โดยมีผู้บริหารกระทรวง และมอบรางวัลแก่หน่วยงาน",
    # a souvenir to sponsors is no award
    "เมื่อวันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565 "
    "ณ ห้องประชุมใหญ่ อาคารรัฐสภา และมอบโล่ที่ระลึกแก่ผู้สนับสนุนการจัดงาน",
])
def test_a_chair_who_hands_nothing_over_in_their_sentence_is_no_presenter(body):
    ceremony = ceremony_of(body)
    assert ceremony.chair == CHAIR
    assert CHAIR not in ceremony.presenters


# --- the day and the place of an awards night, or of handing over certificates of honour -----------------

@pytest.mark.parametrize("body", [
    "วันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานเปิดงานประกาศรางวัลเลิศรัฐ ประจำปี 2565 "
    "โดยมี ผู้บริหารหน่วยงานเข้าร่วม ที่โรงแรมเซ็นทารา แกรนด์",
    "วันนี้ (1 ธันวาคม 2565) นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานงานประกาศผลรางวัลเลิศรัฐ ประจำปี 2565 "
    "ณ โรงแรมเซ็นทารา แกรนด์",
    "วันนี้ (1 ธันวาคม 2565) นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานมอบเกียรติบัตรรางวัลเลิศรัฐ ประจำปี 2565 "
    "ณ โรงแรมเซ็นทารา แกรนด์",
])
def test_an_awards_night_or_certificates_handed_over_have_their_day_and_place(body):
    ceremony = ceremony_of(body)
    assert str(ceremony.date) == "2022-12-01"
    assert ceremony.venue == "โรงแรมเซ็นทารา แกรนด์"


@pytest.mark.parametrize("body", [
    # a press conference about the awards night
    "วันที่ 1 ธันวาคม 2565 นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานแถลงข่าวงานประกาศรางวัลเลิศรัฐ ประจำปี 2565 "
    "ณ โรงแรมเซ็นทารา แกรนด์\n"
    "นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
    # the day the results were announced
    "เมื่อวันที่ 1 ธันวาคม 2565 ประกาศผลรางวัลเลิศรัฐ ประจำปี 2565 และเปิดเผยรายชื่อหน่วยงาน\n"
    "นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
])
def test_a_press_conference_or_an_announcement_gives_the_ceremony_no_day(body):
    assert ceremony_of(body).date is None


def test_an_awards_night_to_come_is_no_ceremony():
    text = (HEAD + "นายประยุทธ มั่นคง นายกรัฐมนตรี จะจัดงานประกาศรางวัลเลิศรัฐ ประจำปี 2565 ณ โรงแรมเซ็นทารา แกรนด์\n"
            + WINNERS)
    assert extract_article(parse_article(text, "t.txt")).ceremonies == []


# --- the ceremony's day found on a line without its place: the place from a later line of that day ----------

DAY_OF_OCCASION = ("กรมสวัสดิการและคุ้มครองแรงงาน จัดกิจกรรมวันแรงงานแห่งชาติ 1 ธันวาคม 2565 "
                   "มอบประกาศเกียรติคุณแก่หน่วยงานที่ได้รับรางวัลเลิศรัฐ ประจำปี 2565\n")


@pytest.mark.parametrize("later, venue", [
    ("นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ เมื่อวันที่ 1 ธันวาคม 2565 "
     "ณ ห้องประชุมใหญ่ อาคารรัฐสภา", "ห้องประชุมใหญ่ อาคารรัฐสภา"),
    # another day's line keeps its place to itself
    ("นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ เมื่อวันที่ 2 ธันวาคม 2565 "
     "ณ ห้องประชุมใหญ่ อาคารรัฐสภา", None),
    ("นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ", None),
])
def test_the_place_of_the_ceremony_day_may_be_on_a_later_line_of_that_day(later, venue):
    ceremony = ceremony_of(DAY_OF_OCCASION + later)
    assert str(ceremony.date) == "2022-12-01"
    assert ceremony.venue == venue


# --- two programmes conferred at one rite, the second written bare after และ -------------------------------

RITE = ("เมื่อวันที่ 1 ธันวาคม 2565 นายสมชาย ใจงาม รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานในพิธีมอบ"
        "รางวัลสถานประกอบกิจการต้นแบบด้านความปลอดภัย ")
WON = ("การไฟฟ้านครหลวง ได้รับรางวัลสถานประกอบกิจการต้นแบบด้านความปลอดภัย ประจำปี 2565\n"
       "การประปานครหลวง ได้รับรางวัลคณะกรรมการสวัสดิการดีเด่น ประจำปี 2565\n")


def _second_ceremony(joined: str):
    extraction = extract_article(parse_article(HEAD + RITE + joined + WON, "t.txt"))
    names = {key: named.name for key, named in extraction.programmes.items()}
    return next((c for c in extraction.ceremonies if names.get(c.programme) == "รางวัลคณะกรรมการสวัสดิการดีเด่น"), None)


def test_a_programme_written_bare_after_another_at_its_rite_shares_the_ceremony():
    second = _second_ceremony("และคณะกรรมการสวัสดิการดีเด่น ประจำปี 2565 ณ ห้องประชุม ชั้น 5 กระทรวงแรงงาน\n")
    assert (str(second.date), second.venue, second.chair) == ("2022-12-01", "ห้องประชุม ชั้น 5 กระทรวงแรงงาน", "สมชาย ใจงาม")


def test_a_programme_not_joined_to_the_rite_gets_none_of_its_ceremony():
    assert _second_ceremony("ประจำปี 2565 ณ ห้องประชุม ชั้น 5 กระทรวงแรงงาน\n"
                            "และคณะกรรมการสวัสดิการดีเด่น ได้จัดนิทรรศการ\n") is None


# --- a headline calling the giver by their given name alone -------------------------------------------------

BODY = ("เมื่อวันที่ 1 ธันวาคม 2565 นายสมชาย ใจงาม รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานในพิธีมอบรางวัลเลิศรัฐ "
        "ประจำปี 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา")


def _headed(headline: str):
    text = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n" + headline + "\n" + BODY + "\n" + WINNERS
    [ceremony] = extract_article(parse_article(text, "t.txt")).ceremonies
    return ceremony


@pytest.mark.parametrize("headline", [
    "“สมชาย” มอบรางวัลเลิศรัฐ ประจำปี 2565 แก่หน่วยงานดีเด่น",
    "รมว.สมชาย มอบรางวัลเลิศรัฐ ประจำปี 2565",
    "รัฐมนตรีแรงงาน สมชาย มอบรางวัลเลิศรัฐ ประจำปี 2565",
])
def test_a_giver_called_by_given_name_is_the_one_person_of_that_name(headline):
    assert _headed(headline).presenters == ("สมชาย ใจงาม",)


@pytest.mark.parametrize("headline", [
    # two people of that given name: which one is not said
    "“สมชาย” มอบรางวัลเลิศรัฐ ประจำปี 2565\nนายสมชาย มีสุข ผู้อำนวยการสำนักงานสถิติแห่งชาติ กล่าวขอบคุณ",
    # a word that is no one's given name
    "กระทรวงแรงงาน มอบรางวัลเลิศรัฐ ประจำปี 2565",
    # a given name inside a longer word
    "ทีมสมชาย มอบรางวัลเลิศรัฐ ประจำปี 2565",
])
def test_a_given_name_not_of_one_person_names_no_giver(headline):
    assert _headed(headline).presenters == ()


# --- a chair called by a title that one person of the article holds; speaking as the one who presides -------

MINISTER = "นายสมชาย ใจงาม รัฐมนตรีว่าการกระทรวงแรงงาน กล่าวว่า หน่วยงานภาครัฐพัฒนาการบริการอย่างต่อเนื่อง\n"


@pytest.mark.parametrize("body", [
    MINISTER + "เมื่อวันที่ 1 ธันวาคม 2565 รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
    "เมื่อวันที่ 1 ธันวาคม 2565 นายสมชาย ใจงาม รัฐมนตรีว่าการกระทรวงแรงงาน กล่าวในโอกาสเป็นประธานในพิธีมอบ"
    "รางวัลเลิศรัฐ ประจำปี 2565",
])
def test_a_chair_by_title_or_speaking_as_chair(body):
    assert ceremony_of(body).chair == "สมชาย ใจงาม"


@pytest.mark.parametrize("body", [
    # a title no one of the article holds
    MINISTER + "เมื่อวันที่ 1 ธันวาคม 2565 ผู้ว่าราชการจังหวัดน่าน เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
    # who speaks welcomes the one who presides
    "เมื่อวันที่ 1 ธันวาคม 2565 นายสมชาย ใจงาม รัฐมนตรีว่าการกระทรวงแรงงาน กล่าวต้อนรับผู้ว่าราชการจังหวัด "
    "ที่เป็นประธานในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2565",
])
def test_no_chair_from_a_title_no_one_holds_or_a_speaker(body):
    assert ceremony_of(body).chair is None


# --- a place the lead writes right after the day, before who did what ----------------------------------------

@pytest.mark.parametrize("at, venue", [
    ("ที่แกรนด์ ริชมอนด์ สไตลิช คอนเวนชั่น โฮเทล จังหวัดนนทบุรี", "แกรนด์ ริชมอนด์ สไตลิช คอนเวนชั่น โฮเทล"),
    ("เวลา 10.00 น. ณ เดอะ สุโกศล กรุงเทพฯ", "เดอะ สุโกศล"),
    ("ณ ที่ว่าการอำเภอเมืองน่าน", "ที่ว่าการอำเภอเมืองน่าน"),
])
def test_a_place_right_after_the_day_is_the_venue(at, venue):
    body = (f"วันนี้ (1 ธันวาคม 2565) {at} นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ "
            "ประจำปี 2565")
    assert ceremony_of(body).venue == venue


@pytest.mark.parametrize("at", [
    "ที่สำคัญคือ",                                                  # "what matters is", no place
    "ที่มีความหมายยิ่ง",                                             # "which means much", no place
    "ณ จังหวัดน่าน /สำนักงานจังหวัดน่าน จัดงาน",                      # a province is where, not the venue
    "ณ " + "ริมแม่น้ำเจ้าพระยาซึ่งมีผู้คนมากมายมาร่วมงานกันอย่างคึกคักตลอดทั้งวันจนถึงช่วงค่ำของวันนั้นเองอีกด้วย" * 2,
])
def test_no_place_after_the_day_where_none_is_written_or_it_never_ends(at):
    body = (f"วันนี้ (1 ธันวาคม 2565) {at} นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลเลิศรัฐ "
            "ประจำปี 2565")
    assert ceremony_of(body).venue is None


# --- received from a title that one person of the article holds -------------------------------------------

PM = "นายประยุทธ มั่นคง นายกรัฐมนตรี กล่าวว่า รัฐบาลสนับสนุนการพัฒนาบริการภาครัฐ\n"
RECEIVED = ("เมื่อวันที่ 1 ธันวาคม 2565 นายสมพร ใจดี ผู้อำนวยการสำนักงานสถิติแห่งชาติ "
            "เข้ารับรางวัลเลิศรัฐ ประจำปี 2565 จากนายกรัฐมนตรี ณ ห้องประชุมใหญ่ อาคารรัฐสภา\n")


def test_received_from_a_title_held_by_one_person_names_the_presenter():
    assert ceremony_of(PM + RECEIVED).presenters == (CHAIR,)


def test_received_from_a_title_no_one_holds_names_no_presenter():
    assert ceremony_of(RECEIVED).presenters == ()


# --- one who delegates the role neither presides nor hands over --------------------------------------------

def test_who_delegates_the_chair_is_no_chair_nor_presenter():
    ceremony = ceremony_of("เมื่อวันที่ 1 ธันวาคม 2565 นายวิชัย เก่งกาจ อธิบดีกรมสวัสดิการและคุ้มครองแรงงาน กล่าวว่า "
                           "นายสมชาย ใจงาม รัฐมนตรีว่าการกระทรวงแรงงาน มอบหมายให้เป็นประธานเปิดงาน และมอบรางวัลเลิศรัฐ "
                           "ประจำปี 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา")
    assert ceremony.chair is None and "สมชาย ใจงาม" not in ceremony.presenters


def test_who_is_delegated_by_name_presides():
    ceremony = ceremony_of("เมื่อวันที่ 1 ธันวาคม 2565 นายสมชาย ใจงาม รัฐมนตรีว่าการกระทรวงแรงงาน มอบหมายให้ "
                           "นายวิชัย เก่งกาจ อธิบดีกรมสวัสดิการและคุ้มครองแรงงาน เป็นประธานในพิธีมอบรางวัลเลิศรัฐ "
                           "ประจำปี 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา")
    assert ceremony.chair == "วิชัย เก่งกาจ"
