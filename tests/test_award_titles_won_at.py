"""An English title a unit won at a programme named right after it (``คว้ารางวัล Best Green Bond จากเวที The
Asset Triple A Awards 2024``) is an award of that programme, the title its category; the title is no programme
of its own. Found on seeded corpus samples of 2021-2024 (banks, state enterprises, ministries at award shows
that name their titles in English); the texts here are composed variants, with negatives.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

DATE = "14/06/2567\n"


@pytest.mark.parametrize("sentence, programme", [
    ("ธนาคารกรุงไทย คว้ารางวัล Best Green Bond จากเวที Asian Finance Awards 2023 จากความสำเร็จ", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย ได้รับรางวัล “Best Green Bond” จาก Asian Finance Awards 2023", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย รับรางวัล Best Green Bond ในงาน Asian Finance Awards 2023", "Asian Finance Awards"),
    ("ธนาคารกรุงไทยรับรางวัล Best Green Bond จาก The Asset ภายในงาน The Asset Triple A Awards 2023", "The Asset Triple A Awards"),
    ("ธนาคารกรุงไทย คว้ารางวัล Best Green Bond จากงานประกาศรางวัล Asian Finance Awards 2023", "Asian Finance Awards"),
    # the stage's reach, a ranking, a contest, a results announcement between the title and the programme
    ("ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond จากเวทีระดับโลก Asian Finance Awards 2023", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond จากเวทีระดับนานาชาติ “Asian Finance Awards 2023”", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond ในการจัดอันดับ Asian Finance Awards 2023", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond ในการจัดอันดับรางวัลAsian Finance Awards 2023", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย คว้ารางวัล Best Green Bond ในการประกวด Asian Finance Awards 2023", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย คว้ารางวัล Best Green Bond จากการประกาศผลในงาน Asian Finance Awards 2023", "Asian Finance Awards"),
    # the title's kind glued to จาก, the title's year before the stage
    ("ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond ประเภทสถาบันการเงินจากเวทีระดับโลก Asian Finance Awards 2023", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond ประจำปี พ.ศ. 2566 ในการจัดอันดับ Asian Finance Awards 2023", "Asian Finance Awards"),
    # a Thai gloss of the title before จาก
    ("ธนาคารกรุงไทย รับรางวัล Best Green Bond เป็นธนาคารที่ออกพันธบัตรสีเขียวดีที่สุด จาก Finance Asia ภายในงาน Asian Finance Awards 2023",
     "Asian Finance Awards"),
    ("ธนาคารกรุงไทย รับรางวัล Best Green Bond หรือ พันธบัตรสีเขียวยอดเยี่ยม จากเวที Asian Finance Awards 2023", "Asian Finance Awards"),
    ("ธนาคารกรุงไทย คว้ารางวัล Best Green Bond ตอกย้ำผู้นำด้านการเงินสีเขียวจากการระดมทุน จากเวที Asian Finance Awards 2023",
     "Asian Finance Awards"),
])
def test_a_title_won_at_a_programme_is_its_category(sentence, programme):
    extraction = extract(DATE + sentence + "\n")
    assert [(r[0], r[2]) for r in rows(extraction)] == [("ธนาคารกรุงไทย จำกัด (มหาชน)", "Best Green Bond")]
    award = extraction.awards[0]
    assert extraction.programmes[award.programme].name == programme and award.year == 2566
    assert all(p.name != "Best Green Bond" for p in extraction.programmes.values())


def test_two_titles_won_at_one_programme():
    text = (DATE + "กรมทางหลวง รับรางวัล \"Best Display Advertising of the Year\" และรางวัล \"Best Smart Channel\" "
            "จาก LINE THAILAND AWARDS 2022\n")
    assert {r[2] for r in rows(extract(text))} == {"Best Display Advertising of the Year", "Best Smart Channel"}


def test_a_title_completes_the_award_read_with_its_branch_and_work():
    text = (DATE + "กระทรวงสาธารณสุข ได้รับรางวัล BEST BRAND PERFORMANCE BY LINE ในงาน Thailand Social Awards ครั้งที่ 11 "
            "จากผลงาน “หมอพร้อม” แอปพลิเคชันด้านสุขภาพ\n")
    assert [(r[2], r[4]) for r in rows(extract(text))] == [("BEST BRAND PERFORMANCE BY LINE", "หมอพร้อม")]


@pytest.mark.parametrize("sentence", [
    "ธนาคารกรุงไทย ส่งผลงานเข้าประกวดรางวัล Best Green Bond จากเวที Asian Finance Awards 2023",   # entered only
    "ธนาคารกรุงไทย มอบรางวัล Best Green Bond ให้แก่ลูกค้า ในงาน Asian Finance Awards 2023",         # handed out
    "นักวิจัยของธนาคารกรุงไทย คว้ารางวัล Best Paper จากเวที Asian Finance Awards 2023",             # a researcher's
    "ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond จาก International Finance Magazine",                # no programme named
    "ธนาคารกรุงไทย จะได้รับรางวัล Best Green Bond จากเวที Asian Finance Awards 2023 ในเดือนหน้า",    # not yet
    "ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond จากเวทีระดับโลก Asian Finance Forum 2023",            # a forum, no award
    "ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond ในงานแสดงสินค้า Asian Finance Expo 2023",             # an expo, no award
    "ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond จากการประกวดผลิตภัณฑ์ Green Saver Plus 2023",          # a product's name
    "ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond เป็นปีที่สอง จากผลิตภัณฑ์ Krungthai Green Saver",       # a product, no programme
    "ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond เป็นธนาคารแรก จากการเข้าร่วมงาน Asian Finance Expo 2023",  # an expo
])
def test_no_title_award_without_a_receipt_at_a_named_programme(sentence):
    assert [r for r in rows(extract(DATE + sentence + "\n")) if r[2] == "Best Green Bond"] == []


def test_a_programme_named_after_the_verb_is_no_title():
    # "คว้ารางวัล Asian Banking Awards 2022 จากเวที …": the programme itself, read as before
    extraction = extract(DATE + "ธนาคารกรุงไทย คว้ารางวัล Asian Banking Awards 2022 จากเวที Singapore Finance Awards\n")
    assert [extraction.programmes[a.programme].name for a in extraction.awards] == ["Asian Banking Awards"]
    assert all(a.category is None for a in extraction.awards)


def test_a_headline_title_won_at_a_programme_in_the_body_is_no_programme():
    # the headline names only the title; the body says where it was won: one award, of the programme
    text = (DATE + "ธนาคารกรุงไทย คว้ารางวัล “Transport Deal of the Year” ตอกย้ำผู้นำการเงินสีเขียว\n"
            "ธนาคารกรุงไทย รับรางวัล “Transport Deal of the Year” ในพิธีมอบรางวัล Asian Finance Awards 2023\n")
    extraction = extract(text)
    assert all(p.name != "Transport Deal of the Year" for p in extraction.programmes.values())
    assert [(r[0], r[2]) for r in rows(extraction)] == [("ธนาคารกรุงไทย จำกัด (มหาชน)", "Transport Deal of the Year")]


def test_a_headline_title_never_won_at_a_programme_stays_a_programme():
    # no body names a programme the title was won at: the title is the programme, as before
    text = DATE + "ธนาคารกรุงไทย คว้ารางวัล “Transport Deal of the Year” จากนิตยสารการเงิน\n"
    extraction = extract(text)
    assert [extraction.programmes[a.programme].name.removeprefix("รางวัล") for a in extraction.awards] == ["Transport Deal of the Year"]


@pytest.mark.parametrize("sentence", [
    "EXIM BANK คว้ารางวัล Best Green Bond จากเวที Asian Finance Awards 2023",
    "ทั้งนี้ EXIM BANK ได้รับรางวัล Best Green Bond จากเวทีระดับโลก Asian Finance Awards 2023",
])
def test_the_export_import_banks_own_short_name_receives(sentence):
    assert [r[0] for r in rows(extract(DATE + sentence + "\n"))] == ["ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย"]


def test_another_countrys_exim_bank_is_not_the_thai_one():
    # "EXIM BANK" alone is the Thai bank's name in its releases; a foreign one is named with its country
    text = DATE + "ธนาคารกรุงไทย ได้รับรางวัล Best Green Bond จากเวที Asian Finance Awards 2023 ร่วมกับ Export-Import Bank of Korea\n"
    assert [r[0] for r in rows(extract(text))] == ["ธนาคารกรุงไทย จำกัด (มหาชน)"]
