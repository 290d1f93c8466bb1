"""A title a unit receives (``รับรางวัล “องค์กรนวัตกรรมแห่งปี”``) at the ceremony of another programme the same
paragraph names (``เป็นประธานมอบรางวัล Prime Minister's Digital Award 2022 … <หน่วยงาน> รับรางวัล “X”``, ``เข้ารับ
รางวัล “X” ในงานมอบรางวัล<P> ประจำปี 2566``) is that programme's category, not a programme of its own. Found on the
awd20 fresh slice, now the awd21 study slice (a bank, a state enterprise, the statistics office; bench/judged/awd21);
composed variants here, with negatives: a title with a ceremony of its own, a ceremony on another line, a programme
the scheme knows."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

DATE = "14/06/2566\n"


def _read(text: str) -> list[tuple[str, str, str | None]]:
    extraction = extract(DATE + text + "\n")
    return [(r[0], extraction.programmes[r[1]].name if r[1] in extraction.programmes else r[1], r[2])
            for r in rows(extraction)]


@pytest.mark.parametrize("text, programme, title", [
    # the ceremony before the title, on its line
    ("นายกรัฐมนตรี เป็นประธานมอบรางวัล Prime Minister’s Digital Award 2022 ณ ทำเนียบรัฐบาล โดยนายผยง ศรีวณิช "
     "กรรมการผู้จัดการใหญ่ ธนาคารกรุงไทย รับรางวัล “องค์กรนวัตกรรมแห่งปี”", "Prime Minister’s Digital Award",
     "องค์กรนวัตกรรมแห่งปี"),
    ("นางสาวกฤษณา รองผู้อำนวยการ ร่วมงานมอบรางวัลการเผยแพร่ข้อมูลเปิดยอดเยี่ยมแห่งปี ประจำปี 2565 โอกาสนี้ "
     "สำนักงานสถิติแห่งชาติ เข้ารับรางวัลชุดข้อมูลยอดนิยมตลอดกาลด้วย", "รางวัลการเผยแพร่ข้อมูลเปิดยอดเยี่ยมแห่งปี",
     "ชุดข้อมูลยอดนิยมตลอดกาล"),
    # the ceremony right after the title
    ("การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย เข้ารับรางวัล “คณะกรรมการกิจการสัมพันธ์ดีเด่น” ในงานมอบรางวัล"
     "สถานประกอบกิจการที่มีระบบบริหารจัดการด้านแรงงานยอดเยี่ยม ประจำปี 2566",
     "รางวัลสถานประกอบกิจการที่มีระบบบริหารจัดการด้านแรงงานยอดเยี่ยม", "คณะกรรมการกิจการสัมพันธ์ดีเด่น"),
])
def test_a_title_received_at_a_ceremony_is_its_programmes_category(text, programme, title):
    found = _read(text)
    assert len(found) == 1 and found[0][1:] == (programme, title)


def test_a_title_with_a_ceremony_of_its_own_stays_a_programme():
    text = ("นายกรัฐมนตรีเป็นประธานมอบรางวัล Prime Minister’s Digital Award 2022 และพิธีมอบรางวัล “องค์กรนวัตกรรมแห่งปี” "
            "ประจำปี 2565 โดยธนาคารกรุงไทย รับรางวัล “องค์กรนวัตกรรมแห่งปี”")
    assert {p for _, p, _ in _read(text)} <= {"รางวัลองค์กรนวัตกรรมแห่งปี"}


def test_a_ceremony_on_another_line_names_no_programme_of_the_title():
    text = ("นายกรัฐมนตรีเป็นประธานมอบรางวัล Prime Minister’s Digital Award 2022 ณ ทำเนียบรัฐบาล\n"
            "ธนาคารกรุงไทย รับรางวัล “องค์กรนวัตกรรมแห่งปี” ประจำปี 2565")
    assert "Prime Minister’s Digital Award" not in {p for _, p, _ in _read(text)}


def test_a_programme_the_scheme_knows_keeps_its_own_name():
    text = ("นายกรัฐมนตรีเป็นประธานมอบรางวัล Prime Minister’s Digital Award 2022 ณ ทำเนียบรัฐบาล "
            "โดยกรมสรรพากร รับรางวัลเลิศรัฐ ประจำปี 2565")
    assert "Prime Minister’s Digital Award" not in {p for r, p, _ in _read(text) if r == "กรมสรรพากร"}


# --- a kind glued to the receiving verb's รางวัล ------------------------------------------------------------------
# "… พิธีมอบรางวัล<P> จำนวน 14 รางวัล โดยมี<หน่วยงาน>ได้รับรางวัลประเภท<kind>": the verb glued to รางวัลประเภท
# hides no term (found on the awd21 study slice: a provincial social-development office, no row before)

_CEREMONY = "นายกรัฐมนตรีเป็นประธานพิธีมอบรางวัลดีเด่นด้านการป้องกันและปราบปรามการค้ามนุษย์ ประจำปี 2565 จำนวน 14 รางวัล "


@pytest.mark.parametrize("verb", ["ได้รับ", "คว้า", "เข้ารับ"])
def test_a_kind_glued_to_the_verbs_award_is_the_units_category(verb):
    found = _read(_CEREMONY + f"โดยมีกรมการปกครอง{verb}รางวัลประเภทหน่วยงานดีเด่นด้านการคุ้มครองช่วยเหลือ")
    assert [(r, t) for r, _, t in found] == [("กรมการปกครอง", "หน่วยงานดีเด่นด้านการคุ้มครองช่วยเหลือ")]


def test_a_branch_glued_to_the_verbs_award_gives_the_units_award():
    found = _read(_CEREMONY + "โดยมีกรมการปกครองได้รับรางวัลสาขาการคุ้มครองช่วยเหลือ")
    assert [r for r, _, _ in found] == ["กรมการปกครอง"]


@pytest.mark.parametrize("reach", ["ระดับโลก", "ระดับประเทศ"])
def test_a_reach_glued_to_the_verbs_award_is_no_term(reach):
    found = _read(f"ธนาคารกรุงไทย คว้ารางวัล{reach} ประจำปี 2566")
    assert all(t is None for _, _, t in found)
