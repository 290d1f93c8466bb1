"""A programme named after the award's tier or kind (issue 14, FORMAT.md "Awards"): ``<หน่วยงาน> ได้รับรางวัลดีเลิศ
(Excellence) <X Award> 2023``, ``ได้รับรางวัลระดับดีเลิศ <X Award>``, ``ได้รับรางวัลชนะเลิศจังหวัดสะอาด``, ``ได้รับรางวัล
ระดับสากลประเภท <title> ในเวที <X Awards> 2021``: the unit receives that programme; the tier is no programme of its own.

Negatives: the tier alone (``รางวัลดีเลิศ``) is no programme's name; a tier before an English event that is no programme,
a kind won at a festival, and a tier before a programme nobody received (an invitation to apply).
"""
from __future__ import annotations

import pytest

from test_award_heads import read

from thaigovkg.extract.programmes import _learned_names

UNITS = [("กรมสรรพากร", "กรมสรรพากร"), ("ธนาคารกรุงไทย", "ธนาคารกรุงไทย จำกัด (มหาชน)")]


@pytest.mark.parametrize("unit, canonical", UNITS)
@pytest.mark.parametrize("tier", ["รางวัลดีเลิศ (Excellence) ", "รางวัลดีเลิศ ", "รางวัลระดับดีเลิศ ", "รางวัลดีเยี่ยม (Very Good) ",
                                  "รางวัลชนะเลิศ ", "รางวัลรองชนะเลิศอันดับ 1 ", "โล่รางวัลดีเด่น "])
@pytest.mark.parametrize("programme, after", [("Thailand Lean Award", " 2023"), ("Regional Service Excellence Awards", " ประจำปี 2566")])
def test_an_english_programme_after_the_tier(unit, canonical, tier, programme, after):
    assert read(f"{unit} ได้รับ{tier}{programme}{after} จากสถาบันเพิ่มผลผลิตแห่งชาติ") == {(canonical, programme, None)}


@pytest.mark.parametrize("unit, canonical", UNITS)
@pytest.mark.parametrize("gap", ["ได้รับรางวัลระดับสากลประเภท Great Practice ในเวที ", "คว้ารางวัลสาขา Best Digital Innovation จากเวที ",
                                 "ได้รับรางวัลประเภทองค์กรขนาดใหญ่ ในงาน "])
def test_an_english_programme_after_the_kind_won_there(unit, canonical, gap):
    assert read(f"{unit} {gap}Global Corporate Sustainability Awards 2021") \
        == {(canonical, "Global Corporate Sustainability Awards", None)}


def test_a_thai_programme_after_a_glued_placing():
    assert read("จังหวัดอุบลราชธานี ได้รับรางวัลชนะเลิศจังหวัดสะอาดในปีนี้") == {("จังหวัดอุบลราชธานี", "รางวัลจังหวัดสะอาด", None)}


@pytest.mark.parametrize("text", [
    "กรมสรรพากรได้รับรางวัลดีเลิศ จากสำนักงาน ก.พ.ร.",
    "กรมสรรพากรได้รับรางวัลระดับดีเลิศ (Excellence) ประจำปี 2566",
])
def test_the_tier_alone_is_no_programme(text):
    assert not [name for _, _, name, _ in _learned_names(text) if "ดีเลิศ" in name]


@pytest.mark.parametrize("text", [
    "กรมสรรพากร ได้รับรางวัลดีเลิศ (Excellence) Thailand Coffee Fest 2023",                 # an event, no programme
    "ธนาคารกรุงไทย ได้รับรางวัลประเภท Best Booth ในงาน Thailand Coffee Fest 2021",          # a festival's prize
    "กรมสรรพากร เชิญชวนหน่วยงานสมัครรางวัลดีเลิศ Thailand Lean Award ภายในเดือนมิถุนายน",    # nobody received it
    "ธนาคารกรุงไทย ได้รับเชิญร่วมงาน ประเภทองค์กรขนาดใหญ่ ในงาน Global Corporate Sustainability Awards 2021",  # invited
])
def test_no_award_where_nothing_after_the_tier_was_received(text):
    assert read(text) == set()
