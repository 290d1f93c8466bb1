"""Lists of winners headed by what each received, on short texts composed for each layout, with negatives:
a plaque's tier counted before its units (``1. โล่เงิน จำนวน 1 หน่วยงาน ได้แก่ A``; the tier is the level), units
counted "from" (``จำนวน 14 โล่ จากหน่วยงาน ได้แก่``), units that received a plaque or a royal award (``ได้รับโล่…``,
``เข้ารับพระราชทานรางวัล…``) listed after it, and a list opener typed with a slipped vowel (``ไดัแก่``, ``ประกอด้วย``)."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

_PLAQUES = ("กระทรวงมหาดไทยจัดพิธีมอบโล่รางวัลหน่วยงานบริการประชาชนดีเด่น ประจำปี 2566\n"
            "สำหรับหน่วยงานที่ได้รับโล่รางวัลหน่วยงานบริการประชาชนดีเด่น ประจำปี 2566 มีดังนี้\n"
            "1. โล่ทอง จำนวน 1 หน่วยงาน ได้แก่ กรมการปกครอง\n"
            "2. โล่เงิน {count} ได้แก่ กรมที่ดิน กรมสรรพากร และกรมศุลกากร\n")


@pytest.mark.parametrize("count", ["จำนวน 3 หน่วยงาน", "จำนวน 3 โล่ จากหน่วยงาน", "3 โล่ จาก 3 หน่วยงาน", "จำนวน 3 แห่ง"])
def test_each_plaque_tier_gives_its_units_at_that_level(count):
    found = {(r[0], r[2], r[3]) for r in rows(extract(_PLAQUES.format(count=count)))}
    assert found == {("กรมการปกครอง", None, "โล่ทอง"), ("กรมที่ดิน", None, "โล่เงิน"),
                     ("กรมสรรพากร", None, "โล่เงิน"), ("กรมศุลกากร", None, "โล่เงิน")}


def test_a_counted_kind_that_is_no_plaque_stays_a_category():
    text = ("กระทรวงมหาดไทยมอบรางวัลหน่วยงานบริการประชาชนดีเด่น ประจำปี 2566 ดังนี้\n"
            "1. หน่วยงานขนาดใหญ่ จำนวน 2 รางวัล จากหน่วยงาน ได้แก่ กรมการปกครอง และกรมที่ดิน\n")
    found = {(r[0], r[2], r[3]) for r in rows(extract(text))}
    assert found == {("กรมการปกครอง", "หน่วยงานขนาดใหญ่", None), ("กรมที่ดิน", "หน่วยงานขนาดใหญ่", None)}


@pytest.mark.parametrize("group", ["ผู้เข้าร่วมงาน จำนวน 3 หน่วยงาน ได้แก่", "โล่ที่จะมอบในปีหน้า มีหน่วยงานนำร่อง 3 แห่ง ได้แก่",
                                   "คณะกรรมการตัดสิน จำนวน 3 หน่วยงาน จากหน่วยงาน ได้แก่"])
def test_units_of_another_group_after_a_plaque_are_no_winners(group):
    text = ("กระทรวงมหาดไทยจัดพิธีมอบโล่รางวัลหน่วยงานบริการประชาชนดีเด่น ประจำปี 2566 ให้แก่กรมการปกครอง\n"
            f"ทั้งนี้ {group} กรมที่ดิน กรมสรรพากร และกรมศุลกากร\n")
    assert {r[0] for r in rows(extract(text))} <= {"กรมการปกครอง"}


def test_a_plaque_counted_with_examples_names_no_winners():
    text = ("กระทรวงมหาดไทยจัดพิธีมอบโล่รางวัลหน่วยงานบริการประชาชนดีเด่น ประจำปี 2566\n"
            "ส่วนโล่มาตรฐาน จำนวน 94 โล่ จาก 73 หน่วยงาน เช่น กรมที่ดิน และกรมสรรพากร เป็นต้น\n")
    assert not {r[0] for r in rows(extract(text))} & {"กรมที่ดิน", "กรมสรรพากร"}


# --- units that received a plaque or a royal award, listed after it -------------------------------------

@pytest.mark.parametrize("received", ["ได้รับโล่รางวัลโรงพยาบาลคุณภาพดีเด่น ประจำปี 2566",
                                      "เข้ารับพระราชทานรางวัลโรงพยาบาลคุณภาพดีเด่น ประจำปี 2566",
                                      "เข้าเฝ้ารับพระราชทานรางวัลโรงพยาบาลคุณภาพดีเด่น ประจำปี 2566"])
@pytest.mark.parametrize("opener", ["ได้แก่", "ไดัแก่"])
def test_units_listed_after_what_they_received_are_winners(received, opener):
    text = f"ในปีนี้มีหน่วยงานที่{received} {opener} โรงพยาบาลลำปาง โรงพยาบาลแพร่ และโรงพยาบาลน่าน\n"
    assert {r[0] for r in rows(extract(text))} == {"โรงพยาบาลลำปาง", "โรงพยาบาลแพร่", "โรงพยาบาลน่าน"}


@pytest.mark.parametrize("opener", ["ประกอบด้วย", "ประกอด้วย"])
def test_kinds_listed_after_a_typed_opener_give_their_winners(opener):
    text = (f"กรมการแพทย์มอบรางวัลโรงพยาบาลคุณภาพดีเด่น ประจำปี 2566 {opener} 1) ประเภทโรงพยาบาลศูนย์ ได้แก่ "
            "โรงพยาบาลลำปาง 2) ประเภทโรงพยาบาลชุมชน ได้แก่ โรงพยาบาลแพร่\n")
    found = {(r[0], r[2]) for r in rows(extract(text))}
    assert found == {("โรงพยาบาลลำปาง", "โรงพยาบาลศูนย์"), ("โรงพยาบาลแพร่", "โรงพยาบาลชุมชน")}


@pytest.mark.parametrize("opener", ["ได้แก่", "ไดัแก่"])
def test_a_royal_audience_without_an_award_lists_no_winners(opener):
    text = ("ผู้บริหารกระทรวงสาธารณสุขเข้าเฝ้ารับพระราชทานพระราชดำรัส ในการนี้มีผู้เข้าเฝ้า "
            f"{opener} โรงพยาบาลลำปาง และโรงพยาบาลแพร่\n")
    assert not rows(extract(text))


# --- provinces counted right after the award they won ---------------------------------------------------

@pytest.mark.parametrize("count", ["จำนวน 3 จังหวัด ได้แก่", "แก่ 3 จังหวัด ได้แก่", "ให้แก่ 3 จังหวัด ได้แก่", "3 จังหวัด ได้แก่"])
@pytest.mark.parametrize("glue", [" ", ""])
def test_provinces_counted_after_their_award_are_its_winners(count, glue):
    text = f"กระทรวงมหาดไทยมอบรางวัลจังหวัดสะอาด ประจำปี 2566 {count}{glue}จังหวัดน่าน จังหวัดแพร่ และจังหวัดพะเยา\n"
    assert {r[0] for r in rows(extract(text))} == {"จังหวัดน่าน", "จังหวัดแพร่", "จังหวัดพะเยา"}


@pytest.mark.parametrize("between", ["จากโครงการนำร่อง 3 จังหวัด ได้แก่", "โดยมีผู้แทน 3 จังหวัด ได้แก่",
                                     "ของจังหวัดตาก พร้อมประชุมสำนักงานจังหวัด 3 จังหวัด ได้แก่",
                                     "ในพื้นที่ 3 จังหวัด ได้แก่"])
def test_provinces_counted_after_another_clause_are_places(between):
    text = (f"กรมการพัฒนาชุมชนได้รับรางวัลจังหวัดสะอาด ประจำปี 2566 {between} จังหวัดน่าน จังหวัดแพร่ "
            "และจังหวัดพะเยา\n")
    assert not {r[0] for r in rows(extract(text))} & {"จังหวัดน่าน", "จังหวัดแพร่", "จังหวัดพะเยา"}


# --- units ranked by a figure that each received a plaque ----------------------------------------------

_RANKED = ("กองทุนเงินให้กู้ยืมเพื่อการศึกษาจัดงานมอบรางวัลสถานศึกษาดีเด่น ประจำปี 2566\n"
           "{head}\n1. มหาวิทยาลัยพะเยา\n2. มหาวิทยาลัยศิลปากร\n3. มหาวิทยาลัยบูรพา\n")


@pytest.mark.parametrize("head", [
    "สถานศึกษาที่มีอัตราการชำระหนี้ดีที่สุด 3 อันดับแรก ได้รับโล่ประกาศเกียรติคุณ ดังนี้",
    "สถานศึกษาที่มียอดชำระหนี้สูงสุด 3 อันดับแรก ที่ได้รับรางวัลสถานศึกษาดีเด่น ได้แก่",
])
def test_ranked_units_that_each_received_a_plaque_are_winners(head):
    found = {r[0] for r in rows(extract(_RANKED.format(head=head)))}
    assert {"มหาวิทยาลัยพะเยา", "มหาวิทยาลัยศิลปากร", "มหาวิทยาลัยบูรพา"} <= found


def test_units_under_an_award_item_above_a_ranking_line_are_winners():
    text = ("กองทุนการออมแห่งชาติมอบรางวัลส่งเสริมการออมยอดเยี่ยม ประจำปี 2565 ดังนี้\n"
            "1. รางวัลจังหวัดที่มียอดสมาชิกสูงสุด\n"
            "รางวัลหน่วยงานที่มียอดสมาชิกใหม่สูงสุด ประจำปี 2565\n"
            "2. รางวัลมอบให้กับหน่วยงาน จำนวน 2 รางวัล\n"
            "2.1 รางวัลหน่วยงานส่งเสริมการออมดีเด่น ได้แก่ กรมการปกครอง\n"
            "2.2 รางวัลสหกรณ์ส่งเสริมการออมดีเด่น ได้แก่ กรมที่ดิน\n")
    assert {"กรมการปกครอง", "กรมที่ดิน"} <= {r[0] for r in rows(extract(text))}


@pytest.mark.parametrize("head", [
    "สถานศึกษาที่มีอัตราการชำระหนี้ดีที่สุด 3 อันดับแรก ดังนี้",
    "ผลการจัดอันดับสถานศึกษาที่มียอดชำระหนี้สูงสุด ผู้โชคดีรางวัลที่ 1 ได้รับเงิน 1,000 บาท",
])
def test_ranked_units_that_received_nothing_are_no_winners(head):
    found = {r[0] for r in rows(extract(_RANKED.format(head=head)))}
    assert not found & {"มหาวิทยาลัยพะเยา", "มหาวิทยาลัยศิลปากร", "มหาวิทยาลัยบูรพา"}
