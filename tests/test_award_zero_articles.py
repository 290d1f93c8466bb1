"""Articles that state awards to organisations and gave none (issue 14, the open world).

Found by reading the zero-award articles of a seeded sample of corpus articles that state awards: an
English programme named after ``ได้รับ/คว้า/รับ รางวัล``, provinces listed after their placings, a winning
company whose registered name holds a bracketed part, an English name followed by who runs it before its
year, a programme divided into kinds with แบ่งเป็น. The texts are variants written for the tests, with
negatives (a contest announced, a prize to a person, a lottery, a province as a place).
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows


# a dateline, as the articles have: the programme's year is the article's where the text gives none
DATED = "ข่าวประชาสัมพันธ์\nวันพฤหัสบดีที่ 7 มีนาคม 2567\n"


def _programme_names(extraction) -> set[str]:
    return {extraction.programmes[a.programme].name for a in extraction.awards if a.programme in extraction.programmes}


# --- an English programme after the receiving verb and รางวัล -------------------------------------------

@pytest.mark.parametrize("sentence", [
    "ธนาคารกรุงไทย คว้ารางวัล Asian Banking Excellence Awards จากนิตยสาร The Asian Banker\n",
    "ธนาคารกรุงไทย ได้รับรางวัล Asian Banking Excellence Awards จากนิตยสาร The Asian Banker\n",
    "ธนาคารกรุงไทย เข้ารับรางวัล Asian Banking Excellence Awards จากนิตยสาร The Asian Banker\n",
])
def test_an_english_programme_after_the_verb_and_award_is_conferred(sentence):
    extraction = extract(DATED + sentence)
    assert [r[0] for r in rows(extraction)] == ["ธนาคารกรุงไทย จำกัด (มหาชน)"]
    assert _programme_names(extraction) == {"Asian Banking Excellence Awards"}


@pytest.mark.parametrize("sentence", [
    # a contest announced, a vote to win, an award hoped for: nothing was conferred
    "ธนาคารกรุงไทย เชิญชวนประชาชนร่วมโหวตเพื่อคว้ารางวัล Asian Banking Excellence Awards\n",
    "ธนาคารกรุงไทย จะเข้ารับรางวัล Asian Banking Excellence Awards ในเดือนหน้า\n",
    # a prize to a person is no award of an organisation
    "นางสาวสมใจ ใจดี ได้รับรางวัล Young Scientist Award จากมูลนิธิส่งเสริมวิทยาศาสตร์\n",
    # a tier of a science fair is no programme ("Grand Award อันดับที่ 2" of ISEF)
    "โรงเรียนกำเนิดวิทย์ ได้รับรางวัล Grand Award อันดับที่ 2 ในสาขาฟิสิกส์ จากการประกวดโครงงานวิทยาศาสตร์ระดับโลก\n",
])
def test_an_english_programme_not_conferred_on_an_organisation_gives_nothing(sentence):
    assert rows(extract(DATED + sentence)) == []


# --- provinces listed after their placings --------------------------------------------------------------

PROVINCES = (
    "กระทรวงมหาดไทย ประกาศผลการประกวดรางวัล “เมืองน่าอยู่ต้นแบบ” ประจำปี 2566 ดังนี้\n"
    "กลุ่มจังหวัดภาคเหนือ\n"
    "รางวัลชนะเลิศ จังหวัดน่าน\n"
    "รางวัลรองชนะเลิศอันดับที่ 1 จังหวัดแพร่\n"
    "รางวัลชมเชย จังหวัดพะเยา\n")


def test_provinces_after_their_placings_are_the_winners():
    found = {(r[0], r[3]) for r in rows(extract(DATED + PROVINCES))}
    assert found == {("จังหวัดน่าน", "ชนะเลิศ"), ("จังหวัดแพร่", "รองชนะเลิศอันดับที่ 1"), ("จังหวัดพะเยา", "ชมเชย")}


@pytest.mark.parametrize("text", [
    # a person who won, the province only where they are from
    "ผลการประกวดรางวัล “ครูภาษาไทยต้นแบบ” ประจำปี 2566\nรางวัลชนะเลิศ นายสมชาย ใจดี จังหวัดน่าน\n",
    # the province is where the ceremony is held
    "พิธีมอบรางวัล “เมืองน่าอยู่ต้นแบบ” ประจำปี 2566 ณ ศาลากลางจังหวัดน่าน\n",
    # a lottery's prize in a province
    "ผู้ถูกรางวัลที่ 1 สลากออมทรัพย์ อยู่ในจังหวัดน่าน\n",
])
def test_a_province_near_an_award_that_names_a_place_gives_nothing(text):
    assert not any(r[0].startswith("จังหวัด") for r in rows(extract(DATED + text)))


# --- a company whose name holds a bracketed part ----------------------------------------------------------

@pytest.mark.parametrize("company", ["บริษัท ขนมไทย (1991) จำกัด (มหาชน)", "บริษัท ขนมไทย (ประเทศไทย) จำกัด"])
def test_a_company_with_a_bracketed_part_in_its_name_is_the_winner(company):
    text = ("นายกรัฐมนตรี มอบรางวัลอุตสาหกรรม ประจำปี 2565 โดยผู้ประกอบการที่ได้รับรางวัลอุตสาหกรรมยอดเยี่ยมในปีนี้ "
            f"ได้แก่ {company}\n")
    assert [r[0] for r in rows(extract(DATED + text))] == [company]


def test_a_company_with_a_bracketed_part_far_from_any_award_is_no_winner():
    text = ("นายกรัฐมนตรี มอบรางวัลอุตสาหกรรม ประจำปี 2565 แก่ผู้ประกอบการ\n" + "ภาคอุตสาหกรรมขยายตัวต่อเนื่อง " * 20
            + "\nโดยบริษัท ขนมไทย (1991) จำกัด (มหาชน) ได้ลงทุนเพิ่มในจังหวัดระยอง\n")
    assert rows(extract(DATED + text)) == []


# --- an English name, who runs it, its year; a programme divided into kinds with แบ่งเป็น ---------------------

DIVIDED = ("ทาง UNICEF ได้มอบรางวัล HOPE AWARDS UNICEF, THAILAND 2024 จำนวนทั้งสิ้น 20 รางวัล แบ่งเป็น "
           "1) รางวัลขวัญใจมหาชน จำนวน 5 รางวัล อาทิ นางสาวสมใจ ใจดี และ 2) รางวัลจากส่วนกลางและภาคต่างๆ จำนวน 15 รางวัล "
           "โดยในส่วนของกระทรวง พม. มีหน่วยงานในสังกัด ได้รับรางวัล ได้แก่ 1. กรมกิจการสตรีและสถาบันครอบครัว\n")


def test_an_english_name_ends_at_its_award_word_and_keeps_its_year():
    extraction = extract(DATED + DIVIDED)
    assert _programme_names(extraction) == {"HOPE AWARDS"}
    assert {a.year for a in extraction.awards} == {2567}


def test_the_kinds_a_programme_is_divided_into_with_baeng_pen_are_its_categories():
    assert [(r[0], r[2]) for r in rows(extract(DATED + DIVIDED))] == [
        ("กรมกิจการสตรีและสถาบันครอบครัว", "จากส่วนกลางและภาคต่างๆ")]


def test_an_english_name_keeps_the_words_joined_to_it_after_its_award_word():
    text = "สมาคมธนาคารไทย มอบรางวัล Asian Award of Service ประจำปี 2566 แก่ธนาคารออมสิน\n"
    assert _programme_names(extract(DATED + text)) == {"Asian Award of Service"}


def test_an_english_name_with_its_runner_but_no_year_or_verb_confers_nothing():
    text = "กรมกิจการสตรีและสถาบันครอบครัว ร่วมประชุมหารือแนวทางรางวัล HOPE AWARDS UNICEF ในปีหน้า\n"
    assert rows(extract(DATED + text)) == []
