"""A minister's or a permanent secretary's title whose ministry is written a letter off (issue 15, positions
recall): "รัฐมนตรีช่วยว่าการกระทรวงเกษตรละสหกรณ์" is the agriculture ministry's deputy minister, titled in full.
Only names of 8 letters or more, and only one ministry that close; a foreign ministry that starts the same way
(เกษตรและพัฒนาชนบท, เกษตร ป่าไม้ และประมง) is no slip. Composed texts, with negatives."""
from __future__ import annotations

import pytest

from test_orgs_recall import posts


@pytest.mark.parametrize("text, person, title, org", [
    ("นางสาวสมศรี ใจงาม รัฐมนตรีช่วยว่าการกระทรวงเกษตรละสหกรณ์ กล่าวว่า", "สมศรี ใจงาม",
     "รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์", "กระทรวงเกษตรและสหกรณ์"),
    ("โดยมี นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ เป็นประธาน", "สมชาย ใจดี",
     "รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์", "กระทรวงเกษตรและสหกรณ์"),
    ("นายสมชาย ใจดี ปลัดกระทรวงเกษตรและสกรณ์ กล่าว", "สมชาย ใจดี", "ปลัดกระทรวงเกษตรและสหกรณ์",
     "กระทรวงเกษตรและสหกรณ์"),
    ("นายสมชาย ใจดี รองปลัดกระทรวงสาธารณะสุข เปิดเผยว่า", "สมชาย ใจดี", "รองปลัดกระทรวงสาธารณสุข",
     "กระทรวงสาธารณสุข"),
])
def test_a_ministry_written_a_letter_off_is_that_ministry(text, person, title, org):
    assert (person, title, org) in posts(text)


@pytest.mark.parametrize("text", [
    "นายเจิ่น แทงห์ นาม รัฐมนตรีช่วยว่าการกระทรวงเกษตรและพัฒนาชนบท สาธารณรัฐสังคมนิยมเวียดนาม กล่าว",
    "นายมาซาโอะ มัตสึโมโตะ รัฐมนตรีว่าการกระทรวงเกษตร ป่าไม้ และประมง ญี่ปุ่น กล่าว",
    "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงเกษตรสหรัฐ กล่าว",
])
def test_another_ministry_that_starts_the_same_way_is_not_thailands(text):
    assert not any(org == "กระทรวงเกษตรและสหกรณ์" for _, _, org in posts(text))
