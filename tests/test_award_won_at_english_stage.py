"""An award won at an English-named programme, no title of it named (issue 14, FORMAT.md "Awards"):
``<หน่วยงาน> คว้ารางวัลจากเวที <X Awards 2021>``, ``ได้รับรางวัลจากงาน <X Award> ประจำปี 2564``,
``คว้า 4 รางวัลความเป็นเลิศจากเวที “<X Awards 2024>”``: the unit receives an award of that programme.

Negatives: an English event that is no programme (a festival, a product's brand), an invitation to a programme's
event, taking part in one, an award at a Thai-named event beside an English programme, and an English organisation
that runs the programme.
"""
from __future__ import annotations

import pytest

from test_award_heads import read


@pytest.mark.parametrize("unit, canonical", [
    ("ธนาคารกรุงไทย", "ธนาคารกรุงไทย จำกัด (มหาชน)"),
    ("ธนาคารออมสิน", "ธนาคารออมสิน"),
    ("การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย", "การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย"),
])
@pytest.mark.parametrize("gap, programme, after", [
    ("คว้ารางวัลจากงาน ", "Digital Service Awards", " 2021"),
    ("ได้รับรางวัลจากเวที ", "Asia Banking Awards", " ประจำปี 2564"),
    ("คว้ารางวัลอีกแล้ว จากเวที ", "Regional Property Awards", " 2021"),
    ("คว้า 3 รางวัลความเป็นเลิศจากเวที “", "Management Excellence Awards", " 2024”"),
    ("ได้รับรางวัลในงาน ", "Sustainability Report Award", " 2022 ณ กรุงเทพมหานคร"),
    ("คว้ารางวัลจากเวทีระดับโลก ", "Global Energy Climate Awards", " 2021"),
])
def test_an_award_won_at_an_english_programme(unit, canonical, gap, programme, after):
    assert read(f"{unit} {gap}{programme}{after}") == {(canonical, programme, None)}


@pytest.mark.parametrize("text", [
    "ธนาคารกรุงไทย ได้รับรางวัลจากงาน Thailand Coffee Fest 2021",              # a festival: no programme
    "ธนาคารกรุงไทย คว้ารางวัลจากงาน Krungthai NEXT 2021",                      # a product's brand
    "ธนาคารกรุงไทย ได้รับเชิญจากงาน Digital Service Awards 2021",              # invited, nothing won
    "ธนาคารกรุงไทย ร่วมงาน Digital Service Awards 2021",                       # took part
    "ธนาคารกรุงไทย ได้รับรางวัลในงานมหกรรมการเงิน ซึ่งจัดคู่กับ Digital Service Awards 2021",   # won at another event
    "ธนาคารกรุงไทย ได้รับรางวัลจาก Enterprise Asia ผู้จัดงาน",                  # an English organisation, no programme
])
def test_no_award_at_what_is_no_english_programme_won(text):
    assert read(text) == set()
