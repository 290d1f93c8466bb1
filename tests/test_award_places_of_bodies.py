"""A province written after a body or facility the reader does not know (a plant, a school, a weaving group)
says where that body is: no award of the province. A province that receives, or whose award's terms come
before it, stays.

Found judging a corpus slice (a carmaker's plant "โรงงานสาขาเกตเวย์ จังหวัดฉะเชิงเทรา ได้รับรางวัล…"); the texts are
variants written for the tests, with negatives.
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article

_CEREMONY = "ในพิธีมอบรางวัลอุตสาหกรรมดีเด่น ประจำปี 2567 "


def recipients(text: str) -> list[str]:
    return sorted(a.recipient for a in extract_article(parse_article(text, "t.txt")).awards)


@pytest.mark.parametrize("body", [
    "บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด ได้รับรางวัลใน 3 สาขา และโรงงานสาขาเกตเวย์ จังหวัดฉะเชิงเทรา",
    "โรงไฟฟ้าน้ำพอง อำเภอน้ำพอง จ.ขอนแก่น",
    "โดยโรงงานบ้านโป่ง จังหวัดราชบุรี",
])
def test_a_province_written_after_a_plant_is_where_the_plant_is(body):
    text = _CEREMONY + body + " ได้รับรางวัลประเภท อุตสาหกรรมและบริการแห่งอนาคต\n"
    assert not [r for r in recipients(text) if r.startswith("prov_")]


@pytest.mark.parametrize("before", ["", "โดย", "ทั้งนี้ "])
def test_a_province_that_receives_stays(before):
    text = _CEREMONY + before + "จังหวัดฉะเชิงเทรา ได้รับรางวัลประเภท อุตสาหกรรมและบริการแห่งอนาคต\n"
    assert recipients(text) == ["prov_chachoengsao"]


def test_a_province_after_its_terms_stays():
    text = "กระทรวงมหาดไทยมอบรางวัลจังหวัดสะอาด ประจำปี 2566 โดยจังหวัดสุรินทร์ คว้ารางวัลชนะเลิศ ประเภทจังหวัดขนาดใหญ่\n"
    assert recipients(text) == ["prov_surin"]
