"""An award for the heads of units (governors, mayors, hospital directors), its winners listed by name and
post: each head's unit is the recipient and the head the person (FORMAT.md "an award that honours an
organisation's head"). Texts composed for the shapes read on the corpus: numbered lines, one run-on line
with the short form ผวจ., the post held when honoured written after the one held now; negatives: a
people's award listing officials, one post named after the cue, heads who only attend.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract

DATELINE = "วันอาทิตย์ที่ 21 พฤศจิกายน 2564\n"


def honoured(text: str) -> set[tuple[str, str | None]]:
    extraction = extract(DATELINE + text)
    return {(extraction.organizations[a.recipient].name if a.recipient in extraction.organizations else a.recipient,
             a.person) for a in extraction.awards}


GOVERNORS_NUMBERED = (
    "พลเอก อนุพงษ์ เผ่าจินดา รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานพิธีมอบรางวัลสำเภาทองแก่ผู้ว่าราชการจังหวัด "
    "ที่ผ่านการพิจารณาผลงาน จำนวน 3 ราย ได้แก่\n"
    "1. นายสมศักดิ์ จังตระกุล ผู้ว่าราชการจังหวัดขอนแก่น\n"
    "2. นายประจญ ปรัชญ์สกุล ผู้ว่าราชการจังหวัดเชียงใหม่ (เมื่อครั้งดำรงตำแหน่งผู้ว่าราชการจังหวัดเชียงราย)\n"
    "3. นายภาณุ แย้มศรี อดีตผู้ว่าราชการจังหวัดพระนครศรีอยุธยา\n"
    "รางวัลสำเภาทองเป็นรางวัลที่หอการค้าไทยริเริ่มจัดขึ้นตั้งแต่ปี 2553\n")


def test_numbered_governors_honour_their_provinces():
    assert honoured(GOVERNORS_NUMBERED) == {
        ("prov_khon_kaen", "สมศักดิ์ จังตระกุล"),
        ("prov_chiang_rai", "ประจญ ปรัชญ์สกุล"),          # the post held when honoured
        ("prov_phra_nakhon_si_ayutthaya", "ภาณุ แย้มศรี"),
    }


def test_a_run_on_list_with_the_short_form_and_the_post_held_then():
    text = ("สำหรับผู้ว่าราชการจังหวัดที่ได้รับรางวัลผู้ว่าราชการจังหวัด \"สำเภาทอง\" ประจำปี 2567 ได้แก่ "
            "1. นายชาธิป รุจนเสรี ผวจ.กำแพงเพชร 2. นายขจรเกียรติ รักพานิชมณี ผวจ.ฉะเชิงเทรา ขณะดำรงตำแหน่ง "
            "ผวจ.นครศรีธรรมราช 3. นายนฤชา โฆษาศรีวิไลซ์ อธิบดี สถ. ขณะดำรงตำแหน่ง ผวจ.บุรีรัมย์\n")
    assert honoured(text) == {("prov_kamphaeng_phet", "ชาธิป รุจนเสรี"),
                              ("prov_nakhon_si_thammarat", "ขจรเกียรติ รักพานิชมณี"),
                              ("prov_buriram", "นฤชา โฆษาศรีวิไลซ์")}


@pytest.mark.parametrize("bullet", ["- ", "• ", ""])
def test_bulleted_or_bare_lines_of_governors(bullet):
    text = ("นายกรัฐมนตรี มอบรางวัลผู้ว่าราชการจังหวัดดีเด่น ประจำปี 2564 ให้แก่ผู้ว่าราชการจังหวัด ได้แก่\n"
            f"{bullet}นายสมศักดิ์ จังตระกุล ผู้ว่าราชการจังหวัดขอนแก่น\n"
            f"{bullet}นายภาณุ แย้มศรี ผู้ว่าราชการจังหวัดพระนครศรีอยุธยา\n")
    assert {unit for unit, _ in honoured(text)} == {"prov_khon_kaen", "prov_phra_nakhon_si_ayutthaya"}


@pytest.mark.parametrize("text", [
    # a people's award listing officials by post: no head honoured for a unit
    "สำหรับผู้ได้รับรางวัล “คนดีมี MIND” ประจำปี 2565 จำนวน 2 ราย ได้แก่ 1. นางสาวชลาริน นิลพิฤกษ์ ผู้อำนวยการกองกลาง "
    "2. นางไพรินทร์ กันทะวงษ์ ผู้อำนวยการกองคลัง\n",
    # one governor after the cue: the presenter's post, not a list of winners
    "มอบรางวัลผู้ว่าราชการจังหวัดดีเด่น ประจำปี 2564 ได้แก่ นายสมศักดิ์ จังตระกุล ผู้ว่าราชการจังหวัดขอนแก่น "
    "เป็นผู้มอบรางวัลแก่ผู้แทนชุมชน\n",
    # governors who attend a ceremony, no winners' cue before them
    "พิธีมอบรางวัลสำเภาทอง ประจำปี 2564 มีผู้เข้าร่วม เช่น นายสมศักดิ์ จังตระกุล ผู้ว่าราชการจังหวัดขอนแก่น "
    "และนายภาณุ แย้มศรี ผู้ว่าราชการจังหวัดพระนครศรีอยุธยา\n",
])
def test_officials_listed_without_an_award_for_heads_give_no_head_award(text):
    assert not any(person for _, person in honoured(text))
