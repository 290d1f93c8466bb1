"""Issue 14, a ceremony told only by the body it was handed over by: ``<unit> เข้ารับรางวัล<programme> … จาก<body>``,
``… รับมอบโล่… จาก<body>``, ``<body> มอบรางวัล<programme> ให้แก่…`` is an entry with its organiser
(tests/ANNOTATION.md, "Ceremonies"), though the article tells no day, place or person of it.

The texts are composed for the tests on the genre of the corpus's award news (study slice seed 18401); the
negatives: an award won from a body's programme (``ได้รับรางวัล… จาก<body>``), a handing over to come, a
congratulation, results announced, a headline's short name that the body tells otherwise.
"""
from __future__ import annotations

import pytest
from test_extract import extract, org_name


HEAD = ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ข่าวความก้าวหน้าของหน่วยงาน\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
        "ข่าวความก้าวหน้าของหน่วยงาน\n"
        "นายปรีชา ทองดี อธิบดีกรมส่งเสริมการเกษตร เปิดเผยว่า กรมได้ดำเนินงานตามนโยบายของรัฐบาลอย่างต่อเนื่อง "
        "เพื่อยกระดับคุณภาพการให้บริการแก่ประชาชนทั่วประเทศ และสร้างความเชื่อมั่นต่อหน่วยงานภาครัฐ\n")


def organisers(body: str) -> list[str | None]:
    return [org_name(c.organizer) if c.organizer else None for c in extract(HEAD + body + "\n").ceremonies]


@pytest.mark.parametrize("body, organizer", [
    ("กรมส่งเสริมการเกษตร เข้ารับรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565 จากสำนักงานคณะกรรมการพัฒนาระบบราชการ",
     "สำนักงานคณะกรรมการพัฒนาระบบราชการ"),
    ("ทั้งนี้ ผู้แทนกรมส่งเสริมการเกษตร รับมอบโล่รางวัลองค์กรโปร่งใสดีเด่น ประจำปี 2566 จาก สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
     "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"),
    ("กระทรวงแรงงาน มอบรางวัลสถานประกอบการดีเด่นด้านแรงงานสัมพันธ์ ประจำปี 2565 ให้แก่กรมส่งเสริมการเกษตร",
     "กระทรวงแรงงาน"),
])
def test_a_handing_over_by_a_body_is_a_ceremony_with_its_organiser(body, organizer):
    assert organisers(body) == [organizer]


@pytest.mark.parametrize("body", [
    # won under a body's programme: who won, nothing handed over told
    "กรมส่งเสริมการเกษตร ได้รับรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565 จากสำนักงานคณะกรรมการพัฒนาระบบราชการ",
    # chosen to receive it
    "กรมส่งเสริมการเกษตร ได้รับคัดเลือกให้รับรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565 จากสำนักงานคณะกรรมการพัฒนาระบบราชการ",
    # to come
    "กรมส่งเสริมการเกษตร จะเข้ารับรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565 จากสำนักงานคณะกรรมการพัฒนาระบบราชการ",
    # a congratulation on an award won elsewhere
    "ขอแสดงความยินดีกับกรมส่งเสริมการเกษตร ที่เข้ารับรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565 จากสำนักงานคณะกรรมการพัฒนาระบบราชการ",
    # results announced, no rite
    "สำนักงานคณะกรรมการพัฒนาระบบราชการ ประกาศผลรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565 "
    "โดยกรมส่งเสริมการเกษตร ได้รับรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565",
    # the winners announced as given by a body, the handing over to come
    "สำนักงานคณะกรรมการพัฒนาระบบราชการ ได้มอบรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565 ให้แก่กรมส่งเสริมการเกษตร\n"
    "โดยสำนักงานคณะกรรมการพัฒนาระบบราชการ จะมอบโล่รางวัลบริการภาครัฐยอดเยี่ยม ให้แก่หน่วยงานที่ได้รับรางวัลต่อไป",
    # recalled from an earlier year
    "เมื่อปี 2562 กรมส่งเสริมการเกษตร เคยเข้ารับรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2562 จากสำนักงานคณะกรรมการพัฒนาระบบราชการ",
])
def test_no_ceremony_where_nothing_was_handed_over(body):
    assert organisers(body) == []


def test_a_headline_handing_over_is_told_by_the_body():
    text = ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-กระทรวงแรงงาน มอบรางวัลแรงงานสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
            "กระทรวงแรงงาน มอบรางวัลแรงงานสัมพันธ์\n")
    assert not extract(text).ceremonies


@pytest.mark.parametrize("body, organizer", [
    # the panel judged the entries; who handed the awards over is told apart, or not at all
    ("พิธีมอบรางวัลนวัตกรรมดีเด่นกรมส่งเสริมการเกษตร ประจำปี 2565 จัดขึ้นเมื่อวันที่ 1 ธันวาคม 2565 ณ ห้องประชุมกรม "
     "ในครั้งนี้มีผลงานที่ได้รับรางวัลนวัตกรรมดีเด่นกรมส่งเสริมการเกษตร ประจำปี 2565 จำนวน 12 ผลงาน ซึ่งได้ผ่านการพิจารณาจาก"
     "คณะกรรมการตัดสินผู้ทรงคุณวุฒิ โดยทุกผลงานแสดงถึงความคิดสร้างสรรค์", None),
    ("พิธีมอบรางวัลนวัตกรรมดีเด่นกรมส่งเสริมการเกษตร ประจำปี 2565 จัดขึ้นเมื่อวันที่ 1 ธันวาคม 2565 ณ ห้องประชุมกรม "
     "ผู้แทนสหกรณ์ รับรางวัลนวัตกรรมดีเด่นกรมส่งเสริมการเกษตร ประจำปี 2565 จากคณะกรรมการพิจารณาคัดเลือกผลงาน", None),
    # a body named after its panel still organised it
    ("กรมส่งเสริมการเกษตร เข้ารับรางวัลบริการภาครัฐยอดเยี่ยม ประจำปี 2565 จากสำนักงานคณะกรรมการพัฒนาระบบราชการ "
     "ซึ่งผ่านการพิจารณาจากคณะกรรมการตัดสินรางวัล", "สำนักงานคณะกรรมการพัฒนาระบบราชการ"),
])
def test_a_judging_panel_is_no_organiser(body, organizer):
    assert organisers(body) == [organizer]
