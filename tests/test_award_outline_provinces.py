"""Provinces that win in an outline list of winners (``3.1.2 จังหวัดน่าน``) or after the dash that ends a
numbered item's kind of award (``3.1.1 จังหวัดส่งเสริมการออมยอดเยี่ยม (ภาคเหนือ) - จังหวัดน่าน``), on short
composed texts; negatives: provinces visited, taking part, funded or sitting on a committee in the same
layouts give no award."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

_OPENING = ("กองทุนการออมแห่งชาติ จัดงานมอบรางวัลส่งเสริมการออมยอดเยี่ยม ประจำปี 2566 "
            "เพื่อขอบคุณหน่วยงานภาคีเครือข่าย ดังนี้\n"
            "2. รางวัลระดับจังหวัด จำนวน 3 รางวัล รายละเอียดดังนี้\n"
            "2.1 รางวัลยอดสมาชิกสูงสุดระดับจังหวัด ประจำปี 2566 ตามภูมิภาค จำนวน 3 รางวัล\n")
_WON = {"จังหวัดน่าน", "จังหวัดนครสวรรค์", "จังหวัดนราธิวาส"}


@pytest.mark.parametrize("items", [
    ["2.1.1 จังหวัดน่าน", "2.1.2 จังหวัดนครสวรรค์", "2.1.3 จังหวัดนราธิวาส"],
    ["2.1.1 จังหวัดส่งเสริมการออมยอดเยี่ยม (ภาคเหนือ) - จังหวัดน่าน",
     "2.1.2 จังหวัดส่งเสริมการออมยอดเยี่ยม (ภาคกลาง) – จังหวัดนครสวรรค์",
     "2.1.3 จังหวัดส่งเสริมการออมยอดเยี่ยม (ภาคใต้) - จังหวัดนราธิวาส"],
    ["2.1.1 ภาคเหนือ - จังหวัดน่าน", "2.1.2 ภาคกลาง - จังหวัดนครสวรรค์", "2.1.3 ภาคใต้ - จังหวัดนราธิวาส"],
])
def test_each_province_an_outline_lists_wins(items):
    found = {r[0] for r in rows(extract(_OPENING + "\n".join(items) + "\n"))}
    assert found == _WON


def test_two_provinces_after_one_dash_both_win():
    text = _OPENING + "2.1.1 จังหวัดส่งเสริมการออมยอดเยี่ยม (ภาคเหนือ) - จังหวัดแพร่ และจังหวัดอุตรดิตถ์\n"
    assert {r[0] for r in rows(extract(text))} == {"จังหวัดแพร่", "จังหวัดอุตรดิตถ์"}


_PROSE = "นายกรัฐมนตรีมอบรางวัลคุณภาพแห่งชาติ ประจำปี 2566 แก่บริษัท ดอยคำผลิตภัณฑ์อาหาร จำกัด เมื่อวันที่ 10 มีนาคม 2566\n"


@pytest.mark.parametrize("tail", [
    # provinces visited
    "ต่อจากนั้น นายกรัฐมนตรีมีกำหนดลงพื้นที่ตรวจราชการ ดังนี้\n1.1 จังหวัดน่าน\n1.2 จังหวัดแพร่\n1.3 จังหวัดพะเยา\n",
    # provinces taking part
    "โครงการนำร่องมีจังหวัดเข้าร่วม ดังนี้\n2.1 ภาคเหนือ - จังหวัดน่าน\n2.2 ภาคกลาง - จังหวัดนครสวรรค์\n",
    # projects funded in provinces
    "ที่ประชุมอนุมัติงบประมาณ ดังนี้\n3.1 โครงการพัฒนาแหล่งน้ำบ้านนาหมื่น - จังหวัดน่าน\n3.2 โครงการขุดลอกคลอง - จังหวัดแพร่\n",
    # members of a committee
    "คณะกรรมการประกอบด้วย\n4.1 ผู้แทนกระทรวงมหาดไทย - จังหวัดน่าน\n4.2 ผู้แทนกรมการปกครอง - จังหวัดแพร่\n",
])
def test_provinces_in_other_outlines_win_nothing(tail):
    assert {r[0] for r in rows(extract(_PROSE + tail))} == {"บริษัท ดอยคำผลิตภัณฑ์อาหาร จำกัด"}
