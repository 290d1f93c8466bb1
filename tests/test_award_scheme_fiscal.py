"""The Comptroller General's fiscal-management awards, a programme conferred in five or more corpus articles: its
scheme (ontology/awards.ttl) gives the terms one spelling whichever way the news writes them, and its short name
is the same programme."""
import pytest

from test_award_precision import name
from test_extract import extract

_FULL = "รางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการด้านการเงินการคลัง"
_KEY = "fiscal-management-excellence"


def _awards(text):
    found = extract(text)
    return {(a.programme, name(a.recipient, found),
             a.category.label if a.category else None, a.level.label if a.level else None) for a in found.awards}


@pytest.mark.parametrize("category", ["ประเภทรางวัลด้านการเบิกจ่าย", "รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย",
                                      "ประกาศเกียรติคุณด้านการเบิกจ่าย"])
def test_a_dimension_is_one_category_however_written(category):
    text = (f"กรมสรรพากรได้รับ{_FULL} ประจำปีงบประมาณ พ.ศ. 2565 {category} ระดับดีเด่น "
            "จากกรมบัญชีกลาง ณ ทำเนียบรัฐบาล\n")
    assert (_KEY, "กรมสรรพากร", "ประกาศเกียรติคุณด้านการเบิกจ่าย", "ดีเด่น") in _awards(text)


def test_the_short_name_is_the_same_programme():
    text = ("กรมสรรพากร คว้ารางวัลองค์กรที่มีความเป็นเลิศด้านการเงินการคลัง ด้านการจัดซื้อจัดจ้าง ระดับดี "
            "ประจำปีงบประมาณ พ.ศ. 2565\n")
    assert {a[0] for a in _awards(text)} == {_KEY}


def test_a_level_alone_is_no_category():
    text = f"กรมสรรพากรได้รับ{_FULL} ประจำปีงบประมาณ พ.ศ. 2565 ระดับดี\n"
    assert (_KEY, "กรมสรรพากร", None, "ดี") in _awards(text)
