"""An award a body is said to have had before (เคยได้รับ…) with no year written for it is not this year's
award; with its year written it stays, with that year; the award conferred now on the same line stays.

Found judging a corpus slice (a winner's history read as awards of the article's year); the texts are
variants written for the tests, with negatives.
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article

_NOW = "กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ระดับดี\n"


def rows(text: str):
    return sorted((a.programme, a.year) for a in extract_article(parse_article(text, "t.txt")).awards)


@pytest.mark.parametrize("history", [
    "นอกจากนี้ กรมการจัดหางานเคยได้รับรางวัลองค์กรคุณธรรมต้นแบบ ประเภทหน่วยงานภาครัฐ มาแล้ว 2 ครั้ง",
    "ทั้งนี้ กรมการจัดหางาน ยังเคยได้รับรางวัลองค์กรคุณธรรมต้นแบบ ประเภทหน่วยงานภาครัฐ อีกด้วย",
    "กรมการจัดหางาน (กกจ.) ซึ่งเคยคว้ารางวัลองค์กรคุณธรรมต้นแบบ ประเภทหน่วยงานภาครัฐ มาก่อน",
])
def test_an_award_had_before_with_no_year_is_not_made(history):
    assert rows(_NOW + history + "\n") == [("psea", 2566)]


@pytest.mark.parametrize("history", [
    "นอกจากนี้ กรมการจัดหางานเคยได้รับรางวัลองค์กรคุณธรรมต้นแบบ ประเภทหน่วยงานภาครัฐ ในปี 2563",
    "ที่ผ่านมา กรมการจัดหางานได้รับรางวัลองค์กรคุณธรรมต้นแบบ ประเภทหน่วยงานภาครัฐ เมื่อปี 2563",
])
def test_an_award_had_before_with_its_year_keeps_that_year(history):
    assert rows(_NOW + history + "\n") == [("moral-model-organisation", 2563), ("psea", 2566)]


def test_the_award_conferred_now_stays_though_the_line_recalls_another():
    text = ("กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ระดับดี "
            "ซึ่งกรมการจัดหางานเคยได้รับรางวัลเลิศรัฐ มาแล้ว\n")
    assert rows(text) == [("psea", 2566)]


def test_a_winner_listed_with_its_history_keeps_this_years_award():
    text = ("รางวัลคุณภาพแห่งชาติ ประจำปี 2564 (Thailand Quality Award : TQA) จำนวน 1 องค์กร ได้แก่ "
            "บริษัท เคาท์เตอร์เซอร์วิส จำกัด ซึ่งเคยได้รับรางวัล TQC มาแล้ว\n")
    assert rows(text) == [("tqa", 2564)]
