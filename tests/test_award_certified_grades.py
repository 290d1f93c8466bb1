"""A certification's grade is no award where the text does not call it one, and an English name written after
a category's Thai words belongs to the category whole.

Found judging a studied article (dev d60, an energy award and a building certified Platinum) and a random corpus
slice; the texts are variants written for the tests, with negatives.
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article

_WON = ("บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด (ธพส.) ได้รับรางวัล Thailand Energy Awards 2021 "
        "ประเภทอาคารสร้างสรรค์เพื่อการอนุรักษ์พลังงาน\n")


def awards(text: str):
    return extract_article(parse_article(text, "t.txt")).awards


@pytest.mark.parametrize("certified", [
    "อาคารธนพิพัฒน์ได้รับการรับรองระดับ Platinum จากสภาอาคารยั่งยืนของเยอรมัน",
    "ธพส. ได้รับการรับรองมาตรฐานอาคารเขียวระดับ Gold จากสถาบันอาคารเขียวไทย",
    "ที่ผ่านมาเราเคยได้รับ Certification ในระดับ Platinum จาก DGNB มาแล้ว",
    "อาคารผ่านการรับรอง LEED ระดับ Silver",
])
def test_the_grade_of_a_certification_not_called_an_award_is_no_level(certified):
    found = awards(_WON + certified + "\n")
    assert [a.level for a in found] == [None]


@pytest.mark.parametrize("won", [
    "ธพส. ยังได้รับรางวัล ASEAN Energy Awards 2021 ระดับ Gold",
    "ธพส. ได้รับการรับรองและรางวัล Green Building Awards ระดับ Gold",
])
def test_a_grade_the_text_calls_an_award_stays_a_level(won):
    found = awards(_WON + won + "\n")
    assert "Gold" in [a.level.label for a in found if a.level]


@pytest.mark.parametrize("name", ["Zero Energy Building", "Net Zero Energy Building", "Zero Carbon Office",
                                  "Building of the Year", "District Energy in Developing Countries"])
def test_an_english_name_after_the_thai_words_of_a_category_is_kept_whole(name):
    text = ("บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด (ธพส.) ได้รับรางวัล Thailand Energy Awards 2021 "
            f"ประเภทอาคารสร้างสรรค์เพื่อการอนุรักษ์พลังงาน อาคารที่ใช้พลังงานเป็นศูนย์ {name} จากรองนายกรัฐมนตรี\n")
    assert [a.category.label for a in awards(text)] == [f"อาคารสร้างสรรค์เพื่อการอนุรักษ์พลังงาน อาคารที่ใช้พลังงานเป็นศูนย์ {name}"]


def test_a_single_english_word_after_three_thai_words_is_left_out_as_before():
    text = ("บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด (ธพส.) ได้รับรางวัล Thailand Energy Awards 2021 "
            "ประเภทอาคาร สร้างสรรค์ อนุรักษ์พลังงาน ZEB จากรองนายกรัฐมนตรี\n")
    assert [a.category.label for a in awards(text)] == ["อาคาร สร้างสรรค์ อนุรักษ์พลังงาน"]


def test_a_certification_a_programme_calls_its_award_keeps_its_thai_grade():
    text = "สำนักงานจัดหางานจังหวัดน่าน ผ่านการรับรองมาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2566 ระดับก้าวหน้า\n"
    assert [a.level.label for a in awards(text) if a.level] == ["ก้าวหน้า"]
