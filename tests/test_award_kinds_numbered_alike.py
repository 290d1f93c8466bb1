"""Kinds of award and their winners numbered with the same markers (``1. รางวัลA … 1. <unit> 2. รางวัลB … - ประเภท
ดีเด่น 1. <unit> 2. <unit>``): the winners after a kind belong to that kind, not to the first kind; composed texts."""
from __future__ import annotations

import pytest

from test_award_precision import extract

from thaigovkg.gazetteer import load_gazetteer

_HEAD = "กรมบัญชีกลางจัดงานมอบรางวัลทุนหมุนเวียนดีเด่น ประจำปี 2566 โดยมีทุนหมุนเวียนที่ได้รับรางวัล ดังนี้\n"
_FIRST = ("1. รางวัลผลการดำเนินงานดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีผลการดำเนินงานดีเด่นตามเกณฑ์ประเมิน\n"
          "ทุนหมุนเวียนที่ได้รับรางวัล\n1. กองทุนประกันสังคม\n2. กองทุนสิ่งแวดล้อม\n")
_SECOND = ("2. รางวัลการพัฒนาดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีการพัฒนาและปรับปรุงการดำเนินงานอย่างต่อเนื่อง\n"
           "ทุนหมุนเวียนที่ได้รับรางวัลในปีนี้ มีรายชื่อดังต่อไปนี้\n{bullet}\n1. กองทุนส่งเสริมความเท่าเทียมระหว่างเพศ\n"
           "2. กองทุนพัฒนาระบบสถาบันการเงินเฉพาะกิจ\n")


def _won(text):
    found = extract(text)
    return {(found.organizations[a.recipient].name if a.recipient in found.organizations
             else load_gazetteer().organization(a.recipient).name,     # a fund of the tables (ontology/funds.csv)
             a.category.label if a.category else None) for a in found.awards}


@pytest.mark.parametrize("bullet", ["- ประเภทดีเด่น", "– ประเภทดีเด่น", "• ประเภทดีเด่น"])
def test_the_second_kinds_winners_are_its_own(bullet):
    won = _won(_HEAD + _FIRST + _SECOND.format(bullet=bullet))
    categories = {name: category for name, category in won}
    assert categories.get("กองทุนส่งเสริมความเท่าเทียมระหว่างเพศ") == "การพัฒนาดีเด่น"
    assert categories.get("กองทุนพัฒนาระบบสถาบันการเงินเฉพาะกิจ") == "การพัฒนาดีเด่น"
    assert ("กองทุนส่งเสริมความเท่าเทียมระหว่างเพศ", "ผลการดำเนินงานดีเด่น") not in won


def test_the_first_kinds_winners_stay_with_it():
    won = _won(_HEAD + _FIRST + _SECOND.format(bullet="- ประเภทดีเด่น"))
    assert ("กองทุนประกันสังคม", "ผลการดำเนินงานดีเด่น") in won
    assert ("กองทุนสิ่งแวดล้อม", "ผลการดำเนินงานดีเด่น") in won


def test_units_numbered_like_the_kind_are_its_winners():
    # (numbered winners under one kind are siblings: each wins the kind, none heads the next)
    text = _HEAD + _FIRST + "ทั้งนี้ กรมบัญชีกลางจะนำผลการประเมินไปพัฒนาระบบต่อไป\n"
    assert _won(text) == {("กองทุนประกันสังคม", "ผลการดำเนินงานดีเด่น"), ("กองทุนสิ่งแวดล้อม", "ผลการดำเนินงานดีเด่น")}


def test_kinds_described_without_winners_give_nothing():
    text = (_HEAD + "1. รางวัลผลการดำเนินงานดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีผลการดำเนินงานดีเด่นตามเกณฑ์ประเมิน\n"
            "2. รางวัลการพัฒนาดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีการพัฒนาและปรับปรุงการดำเนินงานอย่างต่อเนื่อง\n")
    assert _won(text) == set()


def test_a_unit_that_receives_in_its_own_item_keeps_its_award():
    # (negative: an item that names its own award is no winner of the kind above it)
    text = (_HEAD + "1. รางวัลผลการดำเนินงานดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีผลการดำเนินงานดีเด่นตามเกณฑ์ประเมิน\n"
            "2. กองทุนประกันสังคม ได้รับรางวัลการพัฒนาดีเด่น\n")
    assert _won(text) == {("กองทุนประกันสังคม", "การพัฒนาดีเด่น")}
