"""What may stand between a recipient's name and its receiving verb: the English name the body also goes
by (``… (ธพว.) หรือ SME D Bank คว้ารางวัล…``), and a clause that says it is the unit that received
(``อบต.… ซึ่งได้เป็นหน่วยงานที่ได้รับรางวัล…``). Found on seeded corpus samples of 2021-2024; the texts
here are variants composed for the tests, with negatives.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

SOE = "ประจำปี 2565 ประเภท “การพัฒนาองค์กรดีเด่น” จากนายกรัฐมนตรี\n"


@pytest.mark.parametrize("alias, verb", [
    ("หรือ EXAT", "คว้ารางวัลรัฐวิสาหกิจดีเด่น"),
    ("หรือ EXAT ", "เข้ารับรางวัลรัฐวิสาหกิจดีเด่น"),
    ("หรือ Expressway Authority of Thailand", "ได้รับรางวัลรัฐวิสาหกิจดีเด่น"),
])
def test_an_english_alias_between_the_name_and_the_verb(alias, verb):
    text = f"การทางพิเศษแห่งประเทศไทย (กทพ.) {alias} {verb} {SOE}"
    assert rows(extract(text)) == [("การทางพิเศษแห่งประเทศไทย", "soe-award", "การพัฒนาองค์กรดีเด่น", None, None)]


@pytest.mark.parametrize("rest", [
    "ส่งผลงานเข้าประกวดรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ประเภท “การพัฒนาองค์กรดีเด่น”\n",    # entered, won nothing
    "จะได้รับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ประเภท “การพัฒนาองค์กรดีเด่น” ในเดือนหน้า\n",   # not yet received
    "เป็นผู้จัดพิธีมอบรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565\n",
])
def test_an_alias_before_no_receipt_gives_nothing(rest):
    assert rows(extract(f"การทางพิเศษแห่งประเทศไทย (กทพ.) หรือ EXAT {rest}")) == []


@pytest.mark.parametrize("clause", [
    "ซึ่งได้เป็นหน่วยงานที่ได้รับ",
    "ซึ่งเป็นหน่วยงานที่ได้รับ",
    "เป็นหน่วยงานแรกที่ได้รับ",
    "เป็นองค์กรเดียวที่คว้า",
])
def test_the_unit_said_to_be_the_one_that_received(clause):
    text = (f"วันนี้ ผู้ว่าราชการจังหวัดขอนแก่น เปิดเผยว่า การทางพิเศษแห่งประเทศไทย {clause}"
            f"รางวัลรัฐวิสาหกิจดีเด่น {SOE}")
    assert rows(extract(text)) == [("การทางพิเศษแห่งประเทศไทย", "soe-award", "การพัฒนาองค์กรดีเด่น", None, None)]


@pytest.mark.parametrize("clause", [
    "ซึ่งเป็นหน่วยงานที่ได้รับมอบหมายให้จัดพิธีมอบ",         # was assigned to hold the ceremony
    "ซึ่งเป็นหน่วยงานที่จะได้รับ",                            # will receive
    "เป็นหน่วยงานที่ได้รับเชิญให้ร่วมพิธีมอบ",                  # was invited to the ceremony
])
def test_a_unit_that_was_assigned_invited_or_will_receive_gets_nothing(clause):
    text = f"การทางพิเศษแห่งประเทศไทย {clause}รางวัลรัฐวิสาหกิจดีเด่น {SOE}"
    assert rows(extract(text)) == []


@pytest.mark.parametrize("led, honoured", [
    ("นำโดยนางสมศรี ใจดี นายกองค์การบริหารส่วนตำบลโคกยาง", None),      # leads a visiting group
    ("โดยนางสมศรี ใจดี", "สมศรี ใจดี"),                                  # the person the award honours
])
def test_the_leader_of_a_visiting_group_is_no_honoree(led, honoured):
    text = ("องค์การบริหารส่วนตำบลเก่าขาม ได้รับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 ประเภท “การพัฒนาองค์กรดีเด่น” "
            f"{led} ได้เดินทางมาศึกษาดูงาน\n")
    assert [a.person for a in extract(text).awards] == [honoured]
