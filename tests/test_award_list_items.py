"""Winners enumerated in lists, on short texts composed for each layout, with negatives: a numbered
item that goes on after its winner (who received for it, with the post) before the next number."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

_LEAD = "สำนักงานคณะกรรมการการรักษาความมั่นคงปลอดภัยไซเบอร์แห่งชาติ นำผู้บริหารหน่วยงานที่ได้รับรางวัลความมั่นคงปลอดภัยไซเบอร์ดีเด่น ประจำปี 2565 ได้แก่ "


@pytest.mark.parametrize("one, two, three", [("1.", "2.", "3."), ("1)", "2)", "3)"), ("(1)", "(2)", "(3)"), ("๑.", "๒.", "๓.")])
def test_numbered_winners_each_named_with_who_received_for_it(one, two, three):
    text = (_LEAD + f"{one} ธนาคารออมสิน โดย นายวิทัย รัตนากร ผู้อำนวยการธนาคารออมสิน "
            f"{two} กรมสรรพากร โดย นายลวรณ แสงสนิท อธิบดีกรมสรรพากร และ {three} การไฟฟ้าส่วนภูมิภาค\n")
    assert sorted(r[0] for r in rows(extract(text))) == ["กรมสรรพากร", "การไฟฟ้าส่วนภูมิภาค", "ธนาคารออมสิน"]


def test_a_numbered_item_that_names_a_unit_in_passing_keeps_the_list_going():
    text = (_LEAD + "1. ธนาคารออมสิน ซึ่งร่วมมือกับกรมบัญชีกลาง 2. กรมสรรพากร\n")
    assert sorted(r[0] for r in rows(extract(text))) == ["กรมสรรพากร", "ธนาคารออมสิน"]


@pytest.mark.parametrize("after", [
    # the item's line ends: what the next line names is prose
    "1. ธนาคารออมสิน\nกรมสรรพากร กล่าวว่าจะส่งผลงานเข้าประกวดในปีหน้า 2. กรมศุลกากร\n",
    # another award sentence begins inside the item: the list is over
    "1. ธนาคารออมสิน ส่วนรางวัลชมเชยนั้นกรมสรรพากรได้รับไปเมื่อปีก่อน 2. กรมศุลกากร\n",
    # a far paragraph after the item is no part of it
    "1. ธนาคารออมสิน " + "ซึ่งมีการดำเนินงานอย่างต่อเนื่องและมีประสิทธิภาพสูงในทุกด้าน " * 5 + "กรมสรรพากร 2. กรมศุลกากร\n",
])
def test_units_after_the_end_of_a_numbered_item_are_no_winners(after):
    assert [r[0] for r in rows(extract(_LEAD + after))] == ["ธนาคารออมสิน"]


# --- one unit a line, after ได้แก่ / ดังนี้, numbered, bulleted or bare ---------------------------------

_GIVEN = "กรมการพัฒนาชุมชน มอบรางวัลหน่วยงานดีเด่นด้านการส่งเสริมอาชีพ ประจำปี 2566 "
_OFFICES = ["สำนักงานพัฒนาชุมชนจังหวัดขอนแก่น", "สำนักงานพัฒนาชุมชนจังหวัดเลย", "สำนักงานพัฒนาชุมชนจังหวัดน่าน"]


@pytest.mark.parametrize("opener", ["ได้แก่", "ดังนี้", "ประกอบด้วย"])
@pytest.mark.parametrize("marker", ["{}. ", "({}) ", "{}) ", "- ", "", "{} "])
def test_units_listed_one_a_line_each_win(opener, marker):
    thai = "๐๑๒๓๔๕๖๗๘๙"
    lines = []
    for index, office in enumerate(_OFFICES, 1):
        number = str(index) if marker != "{} " else thai[index]
        lines.append((marker.format(number) if marker != "{} " else f"{number}. ") + office)
    text = _GIVEN + opener + "\n" + "\n".join(lines) + "\n"
    assert sorted(r[0] for r in rows(extract(text))) == sorted(_OFFICES)


def test_a_unit_on_its_line_with_where_it_is_still_wins():
    text = _GIVEN + "ได้แก่\nโรงพยาบาลขอนแก่น จังหวัดขอนแก่น\nโรงพยาบาลอุดรธานี (รพ.อุดรธานี)\nโรงพยาบาลสกลนคร\n"
    assert sorted(r[0] for r in rows(extract(text))) == ["โรงพยาบาลขอนแก่น", "โรงพยาบาลสกลนคร", "โรงพยาบาลอุดรธานี"]


def test_a_line_that_goes_on_after_its_unit_ends_the_list():
    text = _GIVEN + "ได้แก่\n" + _OFFICES[0] + "\n" + _OFFICES[1] + " กล่าวว่าจะนำผลงานไปขยายผลต่อไป\n"
    assert [r[0] for r in rows(extract(text))] == [_OFFICES[0]]


@pytest.mark.parametrize("group", [
    "โดยมีหน่วยงานเข้าร่วมงาน",                   # who attended
    "โดยมีคณะกรรมการตัดสิน",                      # the judges
    "ซึ่งมีจังหวัดนำร่อง",                          # a pilot area
    "โดยมีภาคีเครือข่ายร่วมสนับสนุน",                # partners
])
@pytest.mark.parametrize("opener", ["ได้แก่ ", "ดังนี้\n", "ประกอบด้วย "])
def test_a_list_of_those_who_attended_judged_or_took_part_names_no_winner(group, opener):
    separator = "\n" if opener.endswith("\n") else " "
    text = _GIVEN + group + " " + opener + separator.join(_OFFICES) + "\n"
    assert rows(extract(text)) == []


# --- several awards named in English, counted, to one body -----------------------------------------------

_BANK = "ธนาคารออมสิน ได้รับรางวัล Asian Banking Awards 2023 "


@pytest.mark.parametrize("listing", [
    "รวม 3 รางวัล ได้แก่ Best Digital Bank, Best Social Bank และ Best SME Bank of the Year",
    "จำนวน 3 รางวัล ได้แก่ รางวัล Best Digital Bank รางวัล Best Social Bank และรางวัล Best SME Bank of the Year",
    "จำนวน 3 รางวัล ประกอบด้วย 1) Best Digital Bank 2) Best Social Bank 3) Best SME Bank of the Year",
    "3 รางวัล คือ “Best Digital Bank”, “Best Social Bank” และ “Best SME Bank of the Year”",
])
def test_each_award_named_in_english_is_one_award_of_its_kind(listing):
    found = {(r[0], r[2]) for r in rows(extract(_BANK + listing + "\n"))}
    assert found == {("ธนาคารออมสิน", "Best Digital Bank"), ("ธนาคารออมสิน", "Best Social Bank"),
                     ("ธนาคารออมสิน", "Best SME Bank of the Year")}


@pytest.mark.parametrize("listing", [
    "จำนวน 2 รางวัล ได้แก่ Traffy Fondue และ Noburo",                 # what won (works, platforms), no kinds
    "จำนวน 2 รางวัล ได้แก่ Best Digital Bank",                        # one name: no list of kinds
])
def test_english_names_that_are_no_list_of_kinds_give_the_bare_award(listing):
    assert [(r[0], r[2]) for r in rows(extract(_BANK + listing + "\n"))] == [("ธนาคารออมสิน", None)]


def test_kinds_named_in_english_on_a_line_that_receives_nothing_give_no_award():
    text = "ธนาคารแห่งประเทศไทยจะจัดงาน Asian Banking Awards 2023 มีรางวัลทั้งหมด 2 รางวัล ได้แก่ Best Digital Bank และ Best Social Bank\n"
    assert rows(extract(text)) == []


def test_a_programme_named_for_a_committee_still_heads_its_winners():
    text = "กระทรวงการคลังมอบรางวัลคณะกรรมการรัฐวิสาหกิจดีเด่น ประจำปี 2566 ได้แก่ การไฟฟ้าส่วนภูมิภาค และธนาคารออมสิน\n"
    assert sorted(r[0] for r in rows(extract(text))) == ["การไฟฟ้าส่วนภูมิภาค", "ธนาคารออมสิน"]
