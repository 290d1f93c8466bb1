"""A list that divides a programme into kinds and names each kind's winners right after it, with no ได้แก่
(``แบ่งเป็น 3 ประเภท ได้แก่ 1.<kind> A B และC 2.<kind> D``), on short texts composed for the layout, with
negatives: kinds listed with no winner, a colon that opens what the item says of a unit, a body's short
form inside a kind's name; and the provincial offices a list glues to its number or to และ (``2.สสจ.แพร่``,
``และสสจ.เลย``)."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

_HEAD = "กรมอนามัยมอบโล่รางวัลการขับเคลื่อนงานผู้สูงอายุดีเด่น ประจำปี 2566 แบ่งเป็น 2 ประเภท ได้แก่ "


def _found(text: str) -> set[tuple[str, str | None]]:
    return {(r[0], r[2]) for r in rows(extract(text))}


@pytest.mark.parametrize("lead", ["", "ประเภท"])
def test_each_kind_gives_the_units_written_after_it(lead):
    text = _HEAD + (f"1.{lead}การคัดกรองสุขภาพผู้สูงอายุ กรมการปกครอง กรมที่ดิน และกรมสรรพากร "
                    f"2.{lead}การดูแลผู้สูงอายุกลุ่มเปราะบาง กรมศุลกากร และกรมสรรพสามิต\n")
    assert _found(text) == {("กรมการปกครอง", "การคัดกรองสุขภาพผู้สูงอายุ"), ("กรมที่ดิน", "การคัดกรองสุขภาพผู้สูงอายุ"),
                            ("กรมสรรพากร", "การคัดกรองสุขภาพผู้สูงอายุ"),
                            ("กรมศุลกากร", "การดูแลผู้สูงอายุกลุ่มเปราะบาง"), ("กรมสรรพสามิต", "การดูแลผู้สูงอายุกลุ่มเปราะบาง")}


def test_kinds_on_their_own_lines_give_their_provincial_offices():
    text = (_HEAD.rstrip() + "\n1. ประเภทการคัดกรองสุขภาพผู้สูงอายุ สสจ.น่าน สสจ.ลำปาง และสสจ.เลย\n"
            "2. ประเภทการดูแลผู้สูงอายุกลุ่มเปราะบาง สสจ.ขอนแก่น\n")
    assert _found(text) == {("สำนักงานสาธารณสุขจังหวัดน่าน", "การคัดกรองสุขภาพผู้สูงอายุ"),
                            ("สำนักงานสาธารณสุขจังหวัดลำปาง", "การคัดกรองสุขภาพผู้สูงอายุ"),
                            ("สำนักงานสาธารณสุขจังหวัดเลย", "การคัดกรองสุขภาพผู้สูงอายุ"),
                            ("สำนักงานสาธารณสุขจังหวัดขอนแก่น", "การดูแลผู้สูงอายุกลุ่มเปราะบาง")}


@pytest.mark.parametrize("listed", ["ได้แก่ 1.สสจ.น่าน 2.สสจ.แพร่ และ 3.สสจ.เลย", "ให้แก่ สสจ.น่าน สสจ.แพร่ และสสจ.เลย"])
def test_a_provincial_office_glued_to_its_number_or_to_and_is_a_winner(listed):
    text = f"กรมอนามัยมอบโล่รางวัลการขับเคลื่อนงานผู้สูงอายุดีเด่น ประจำปี 2566 {listed}\n"
    assert {r[0] for r in rows(extract(text))} == {"สำนักงานสาธารณสุขจังหวัดน่าน", "สำนักงานสาธารณสุขจังหวัดแพร่",
                                                  "สำนักงานสาธารณสุขจังหวัดเลย"}


def test_kinds_listed_with_no_winner_give_no_award():
    text = _HEAD + "1.การคัดกรองสุขภาพผู้สูงอายุ 2.การดูแลผู้สูงอายุกลุ่มเปราะบาง โดยมีหน่วยงานส่งผลงาน 120 ผลงาน\n"
    assert not rows(extract(text))


def test_a_colon_after_an_award_item_opens_prose_not_winners():
    text = ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร ได้รับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2563 จำนวน 2 รางวัล ประกอบด้วย\n"
            "1) รางวัลการเปิดเผยข้อมูลและความโปร่งใสดีเด่น : กรมบัญชีกลาง ให้ความสำคัญกับการเปิดเผยข้อมูลของรัฐวิสาหกิจ\n"
            "2) รางวัลบริการดีเด่น : ธนาคารมุ่งเน้นการให้บริการลูกค้า\n")
    assert "กรมบัญชีกลาง" not in {r[0] for r in rows(extract(text))}


def test_a_bodys_short_form_stays_inside_the_kinds_name():
    text = ("กองทุนเงินให้กู้ยืมเพื่อการศึกษามอบรางวัลกิจกรรมเชิดชูคนดี ประจำปี 2567 "
            "ประเภทสถานศึกษา กยศ. ต้นแบบ ได้แก่ มหาวิทยาลัยพะเยา\n")
    assert _found(text) == {("มหาวิทยาลัยพะเยา", "สถานศึกษา กยศ. ต้นแบบ")}
