"""Two award sentences of the open world the reader used to miss, on texts composed for each shape.

- an English programme that calls itself an award, received with the word รางวัล before it and
  no year after it (``กรมทางหลวง รับรางวัล Prime Minister Road Safety Awards``): the verb stands
  before รางวัล, so the name is conferred;
- a unit's officer who receives on the unit's behalf (``… ธนาคารกรุงไทย เป็นผู้แทนธนาคาร รับรางวัล…``):
  the unit before ผู้แทน is the recipient.

Negatives: an English name that does not call itself an award (a category the giver names), a
programme only described, a royal representative who hands out awards, a representative *from*
units who attends.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows


DATELINE = "วันพุธที่ 25 พฤษภาคม 2565\n"


def recipients(text: str) -> set[tuple[str, str]]:
    extraction = extract(DATELINE + text)
    return {(r[0], extraction.programmes[r[1]].name if r[1] in extraction.programmes else r[1]) for r in rows(extraction)}


# --- an English programme conferred by the verb before its รางวัล ----------------------------------

@pytest.mark.parametrize("verb", ["รับรางวัล", "ได้รับรางวัล", "คว้ารางวัล", "เข้ารับรางวัล", "รับมอบรางวัล"])
@pytest.mark.parametrize("name", ["Prime Minister Road Safety Awards", "Asian Experience Awards", "Global Road Achievement Award"])
def test_an_english_award_name_after_the_word_award_is_conferred(verb, name):
    text = f"กรมทางหลวง {verb} {name} จากนิตยสารชั้นนำ\n"
    assert recipients(text) == {("กรมทางหลวง", name)}


def test_a_quoted_english_award_name_is_conferred_too():
    text = "ธนาคารออมสิน ได้รับรางวัล “Asian Experience Awards” จากนิตยสารด้านเศรษฐกิจของสิงคโปร์\n"
    assert [(unit, "Asian Experience Awards" in programme) for unit, programme in recipients(text)] == [("ธนาคารออมสิน", True)]


@pytest.mark.parametrize("text", [
    # the name is only described: no verb of receiving or giving before its รางวัล
    "รางวัล Prime Minister Road Safety Awards เป็นรางวัลที่ยกย่องหน่วยงานที่ลดอุบัติเหตุทางถนน\n",
    "กรมทางหลวง จัดสัมมนาเรื่องเกณฑ์รางวัล Asian Experience Awards ให้แก่ผู้สนใจ\n",
])
def test_an_english_award_name_only_described_gives_no_award(text):
    assert recipients(text) == set()


def test_an_english_name_that_is_no_award_name_stays_a_category():
    """"มอบรางวัล Best Govtech for Thais": the giver names the category of its programme, not a programme."""
    text = ("กระทรวงสาธารณสุข ได้รับรางวัล Line Thailand Awards 2021 “Best Govtech for Thais” จากบริษัท\n"
            "บริษัทได้พิจารณามอบรางวัล Best Govtech for Thais ให้กับหน่วยงานที่ใช้แพลตฟอร์มอย่างโดดเด่น\n")
    found = recipients(text)
    assert ("กระทรวงสาธารณสุข", "Line Thailand Awards") in found
    assert not any(p == "Best Govtech for Thais" for _, p in found)


# --- a unit's officer receives on its behalf ------------------------------------------------------

@pytest.mark.parametrize("behalf", ["เป็นผู้แทนธนาคาร รับรางวัล", "เป็นผู้แทนธนาคารรับมอบรางวัล", "ในฐานะผู้แทนองค์กร เข้ารับรางวัล",
                                    "เป็นผู้แทนขึ้นรับรางวัล", "(ที่ 2 จากซ้าย) เป็นผู้แทนหน่วยงานรับโล่รางวัล"])
def test_the_unit_of_a_representative_receives(behalf):
    text = f"นายกฤษณ์ ฉมาภิสิษฐ ผู้บริหารสายงานสื่อสารองค์กร ธนาคารออมสิน {behalf}องค์กรโปร่งใส ประจำปี 2566 จากสำนักงาน ป.ป.ช.\n"
    assert ("ธนาคารออมสิน", "nacc-integrity") in recipients(text)


@pytest.mark.parametrize("text", [
    # a royal representative hands the award out: the foundation is no recipient
    "ประธานองคมนตรี ประธานมูลนิธิราชทัณฑ์ปันสุข เป็นผู้แทนพระองค์มอบรางวัลเรือนจำดีเด่น ประจำปี 2567\n",
    # representatives from units attend the ceremony: no unit named as receiving
    "สำนักงานคณะกรรมการพัฒนาระบบราชการ เชิญผู้แทนจากหน่วยงานที่ได้รับรางวัลเข้าร่วมงาน ประจำปี 2567\n",
    # a representative who attends a meeting receives nothing
    "กรมทางหลวง เป็นผู้แทนรับฟังการประชุมเรื่องรางวัลความปลอดภัยทางถนน ประจำปี 2567\n",
])
def test_a_representative_who_receives_no_award_gives_none(text):
    assert recipients(text) == set()


@pytest.mark.parametrize("tier", ["Grand Award", "Special Award", "Gold Award"])
def test_a_tier_named_award_after_the_word_award_is_no_programme(tier):
    """"ได้รับรางวัล Grand Award อันดับที่ 2 ในสาขาฟิสิกส์": a tier of a contest the text names elsewhere."""
    text = f"โรงเรียนกำเนิดวิทย์ จังหวัดระยอง ได้รับรางวัล {tier} อันดับที่ 2 ในสาขาฟิสิกส์ จากโครงงานการศึกษา\n"
    assert recipients(text) == set()
