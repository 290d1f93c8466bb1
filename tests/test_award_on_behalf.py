"""Award sentences of the open world the reader used to miss, on texts composed for each shape.

- an English programme received with มอบ and the word รางวัล between the verb and its name
  (``กระทรวงสาธารณสุข รับมอบรางวัล Line Thailand Awards 2021``);
- an English programme after the award word's words of honour (``รับมอบรางวัลเกียรติคุณ <X Award>``,
  ``รับมอบโล่รางวัลเกียรติยศ <X Brand> 2022``): the English name is the programme;
- a unit's officer who receives on the unit's behalf (``… ธนาคารกรุงไทย เป็นผู้แทนธนาคาร รับรางวัล…``):
  the unit before ผู้แทน is the recipient.

Negatives: a tier named in English (Grand Award), a programme only described or handed out, a royal representative who hands out awards, a representative *from*
units who attends, words of honour with no English name or a tier after them.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows


DATELINE = "วันพุธที่ 25 พฤษภาคม 2565\n"


def recipients(text: str) -> set[tuple[str, str]]:
    extraction = extract(DATELINE + text)
    return {(r[0], extraction.programmes[r[1]].name if r[1] in extraction.programmes else r[1]) for r in rows(extraction)}


# --- รับมอบรางวัล <English name>: the words มอบ and รางวัล stand between the verb and the name ------------

@pytest.mark.parametrize("verb", ["รับมอบรางวัล", "รับมอบรางวัล “", "ได้รับมอบรางวัล", "รับรางวัล"])
def test_an_english_programme_received_with_mob_and_the_award_word(verb):
    text = f"กระทรวงสาธารณสุข {verb}Line Thailand Awards 2021 จากบริษัท ไลน์ คอมพานี (ประเทศไทย) จำกัด\n"
    assert [(unit, "Line Thailand Awards" in programme) for unit, programme in recipients(text)] == [("กระทรวงสาธารณสุข", True)]


@pytest.mark.parametrize("text", [
    # the name is only described: no verb of receiving before it
    "รางวัล Line Thailand Awards 2021 เป็นรางวัลที่มอบให้กับองค์กรที่ใช้แพลตฟอร์มอย่างโดดเด่น\n",
    # the unit hands the award out
    "กระทรวงสาธารณสุข ร่วมมอบรางวัล Line Thailand Awards 2021 ให้แก่ผู้ชนะการประกวด\n",
])
def test_an_english_programme_not_received_gives_no_award(text):
    assert recipients(text) == set()


@pytest.mark.parametrize("tier", ["Grand Award", "Special Award", "Gold Award"])
def test_a_tier_named_award_after_the_word_award_is_no_programme(tier):
    """"ได้รับรางวัล Grand Award อันดับที่ 2 ในสาขาฟิสิกส์": a tier of a contest the text names elsewhere."""
    text = f"โรงเรียนกำเนิดวิทย์ จังหวัดระยอง ได้รับรางวัล {tier} อันดับที่ 2 ในสาขาฟิสิกส์ จากโครงงานการศึกษา\n"
    assert recipients(text) == set()


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


# --- รับ(มอบ)รางวัล<words of honour> <English name>: the honour words between the award word and the name ----

@pytest.mark.parametrize("honour", ["รับมอบรางวัลเกียรติคุณ {}", "รับมอบโล่รางวัลเกียรติยศ {}", "ได้รับรางวัลเกียรติยศ {}",
                                    "คว้ารางวัลเกียรติยศ {}", "เข้ารับรางวัลเกียรติคุณ {}"])
@pytest.mark.parametrize("name", ["Clear Disclosure Award", "Mekong Top Corporate Brand", "ASEAN’s Green Leader"])
def test_an_english_programme_after_words_of_honour(honour, name):
    text = f"การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย {honour.format(name)} 2022 จากสถาบันวิจัยแห่งหนึ่ง\n"
    assert recipients(text) == {("การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย", name)}


@pytest.mark.parametrize("text", [
    # the words of honour with no English name after them
    "การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย ได้รับรางวัลเกียรติยศ จาก ASEAN Foundation\n",
    # a tier, not a programme
    "การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย ได้รับรางวัลเกียรติยศ Gold\n",
    # described, not conferred
    "รางวัลเกียรติคุณ Clear Disclosure Award มีเกณฑ์การพิจารณา 5 ด้าน\n",
])
def test_words_of_honour_with_no_english_programme_received_give_no_award(text):
    assert recipients(text) == set()
