"""Award conferrals the extractor used to miss, on short texts written for each pattern of the genre.

The classes were found by reading a seeded sample of award-heavy articles of 2021-2023 against
what the extractor read; the texts here are variants written for the tests, with negatives (what
must stay empty or unchanged).
"""
from __future__ import annotations

from test_award_precision import extract, rows

SOE_LIST = (
    "สำหรับผลรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2564 มีดังนี้\n"
    "1. รางวัลคณะกรรมการรัฐวิสาหกิจดีเด่น\n"
    "(1) ประเภทเกียรติยศ ได้แก่ การไฟฟ้าส่วนภูมิภาค\n"
    "(2) ประเภทดีเด่น ได้แก่ การประปานครหลวง และธนาคารออมสิน\n"
    "2. รางวัลบริการดีเด่น ได้แก่ ธนาคารอาคารสงเคราะห์ และการยาสูบแห่งประเทศไทย\n"
    "3. รางวัลการดำเนินงานเพื่อสังคมและสิ่งแวดล้อมดีเด่น\n"
    "(1) ประเภทดีเด่น ได้แก่ การไฟฟ้านครหลวง\n"
    "(2) ประเภทชมเชย ได้แก่ การยางแห่งประเทศไทย\n"
    "4. รางวัลรัฐวิสาหกิจยอดเยี่ยม ได้แก่ การประปาส่วนภูมิภาค\n")


# --- the SOE awards: their categories and levels -----------------------------------------------------

def test_a_soe_list_gives_each_winner_its_category_and_level():
    found = {(r[0], r[2], r[3]) for r in rows(extract(SOE_LIST))}
    assert found == {
        ("การไฟฟ้าส่วนภูมิภาค", "คณะกรรมการรัฐวิสาหกิจดีเด่น", "เกียรติยศ"),
        ("การประปานครหลวง", "คณะกรรมการรัฐวิสาหกิจดีเด่น", "ดีเด่น"),
        ("ธนาคารออมสิน", "คณะกรรมการรัฐวิสาหกิจดีเด่น", "ดีเด่น"),
        ("ธนาคารอาคารสงเคราะห์", "บริการดีเด่น", None),
        ("การยาสูบแห่งประเทศไทย", "บริการดีเด่น", None),
        ("การไฟฟ้านครหลวง", "การดำเนินงานเพื่อสังคมและสิ่งแวดล้อมดีเด่น", "ดีเด่น"),
        ("การยางแห่งประเทศไทย", "การดำเนินงานเพื่อสังคมและสิ่งแวดล้อมดีเด่น", "ชมเชย"),
        ("การประปาส่วนภูมิภาค", "รัฐวิสาหกิจยอดเยี่ยม", None),
    }


def test_the_top_soe_award_is_no_programme_of_its_own():
    extraction = extract(SOE_LIST)
    assert {a.programme for a in extraction.awards} == {"soe-award"}
    assert not [p for p in extraction.programmes if p.startswith("x-")]


def test_one_enterprise_listing_the_soe_awards_it_received():
    text = ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร คว้า 2 รางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ได้แก่ "
            "รางวัลการพัฒนาสู่รัฐวิสาหกิจดิจิทัล และรางวัลการบริหารจัดการองค์กรดีเด่น (เกียรติยศ)\n")
    assert {(r[2], r[3]) for r in rows(extract(text))} == {
        ("การพัฒนาสู่รัฐวิสาหกิจดิจิทัล", None), ("การบริหารจัดการองค์กรดีเด่น", "เกียรติยศ")}


def test_a_soe_category_quoted_after_its_type_word():
    text = ("การทางพิเศษแห่งประเทศไทย เข้ารับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ประเภทรางวัล "
            "\"การพัฒนาองค์กรดีเด่น\" จากนายกรัฐมนตรี\n")
    assert rows(extract(text)) == [("การทางพิเศษแห่งประเทศไทย", "soe-award", "การพัฒนาองค์กรดีเด่น", None, None)]


def test_soe_categories_described_without_winners_give_no_award():
    text = ("นายกรัฐมนตรี เป็นประธานในพิธีมอบรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 รวม 36 รางวัล ประกอบด้วย "
            "1) รางวัลรัฐวิสาหกิจยอดเยี่ยม 2) รางวัลคณะกรรมการรัฐวิสาหกิจดีเด่น 3) รางวัลบริการดีเด่น "
            "ประเภทดีเด่น และประเภทชมเชย (เกียรติยศ)\n")
    assert rows(extract(text)) == []


def test_soe_levels_count_only_in_an_article_on_the_soe_awards():
    text = ("กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ "
            "(เกียรติยศ) ประเภทชมเชย\n")
    assert [r[3] for r in rows(extract(text))] == [None]


# --- a unit written with its abbreviation and its ministry ---------------------------------------------

def test_an_enterprise_with_its_abbreviation_and_ministry_is_the_winner():
    text = ("นายสุรเชษฐ์ เหล่าพูลสุข ผู้ว่าการการทางพิเศษแห่งประเทศไทย (กทพ.) กระทรวงคมนาคม "
            "เข้ารับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ประเภทรางวัล \"การพัฒนาองค์กรดีเด่น\"\n")
    assert [r[0] for r in rows(extract(text))] == ["การทางพิเศษแห่งประเทศไทย"]


def test_an_award_recalled_from_an_earlier_year_has_no_ceremony_here():
    text = ("การทางพิเศษแห่งประเทศไทย เข้ารับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ประเภทรางวัล "
            "\"การพัฒนาองค์กรดีเด่น\" ณ ทำเนียบรัฐบาล\n"
            "อนึ่ง กทพ. ได้รับรางวัลรัฐวิสาหกิจดีเด่น ประเภทพัฒนาองค์กรดีเด่น เมื่อปี 2550 มาแล้ว\n")
    extraction = extract(text)
    assert sorted(a.year for a in extraction.awards) == [2550, 2565]
    assert [c.year for c in extraction.ceremonies] == [2565]


# --- "A และ B ได้รับรางวัล…" with no terms ------------------------------------------------------------

def test_every_unit_listed_before_the_verb_receives_the_bare_award():
    text = "กรมการจัดหางาน กรมการปกครอง และกรมสวัสดิการและคุ้มครองแรงงาน ได้รับรางวัลเลิศรัฐ ประจำปี 2565\n"
    assert [r[0] for r in rows(extract(text))] == ["กรมการจัดหางาน", "กรมการปกครอง", "กรมสวัสดิการและคุ้มครองแรงงาน"]


def test_a_unit_written_with_its_parent_is_one_bare_winner():
    text = ("กองต่อต้านการค้ามนุษย์ สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
            "ได้รับรางวัลเลิศรัฐ ประจำปี 2565\n")
    assert [r[0] for r in rows(extract(text))] == ["กองต่อต้านการค้ามนุษย์"]


def test_an_agency_named_in_an_earlier_clause_does_not_share_the_bare_award():
    text = ("นายสมชาย ใจดี อธิบดีกรมการจัดหางาน กล่าวว่า กรมสวัสดิการและคุ้มครองแรงงาน "
            "ได้รับรางวัลเลิศรัฐ ประจำปี 2565\n")
    assert [r[0] for r in rows(extract(text))] == ["กรมสวัสดิการและคุ้มครองแรงงาน"]


# --- a tier quoted after รางวัล ----------------------------------------------------------------------

def test_a_quoted_tier_is_the_tier():
    text = ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร ได้รับรางวัล “การบริหารสู่ความเป็นเลิศ” (TQC) "
            "ในงานรางวัลคุณภาพแห่งชาติ ประจำปี 2562\n")
    assert [(r[1], r[3]) for r in rows(extract(text))] == [("tqa", "การบริหารสู่ความเป็นเลิศ")]


def test_a_quoted_name_that_is_no_tier_stays_the_award_s_own_name():
    text = ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร ได้รับรางวัลคุณภาพแห่งชาติ ประจำปี 2562 "
            "รางวัล “องค์กรแห่งความสุข”\n")
    assert [(r[1], r[3], r[4]) for r in rows(extract(text))] == [("tqa", None, None)]
