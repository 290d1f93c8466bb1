"""Issue 14, one programme written two ways in one article: the ceremony's line names it otherwise than the
headline or the lead (with or without spaces and quotation marks, a title in short or in full, a trailing
``พ.ศ.`` year, or the short form the article gives it in brackets), and is still that programme's line.

Composed for the tests on the genre of award news (the lead names a programme one way, the rite's line another);
the negatives: two programmes that merely share words, a short form that another programme's name does not begin
with.
"""
from __future__ import annotations

import pytest
from test_extract import extract


HEAD = ("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{headline}\n\nวันศุกร์ที่ 13 กันยายน 2567\n{headline}\n")


def the_ceremonies(headline: str, body: str):
    return extract(HEAD.format(headline=headline) + body + "\n").ceremonies


@pytest.mark.parametrize("headline, lead, rite", [
    # a title in short in the headline and the lead, in full with quotation marks and the year on the rite's line
    ("“สมชาย” มอบรางวัลครูชนบทดีเด่นกองทุน นพ.สมปอง ใจงาม",
     "นายสมชาย ใจดี ปลัดกระทรวงศึกษาธิการ มอบรางวัลครูชนบทดีเด่นกองทุน นพ.สมปอง ใจงาม แก่โรงเรียนบ้านนาดี และโรงเรียนบ้านนาใต้",
     "พร้อมมอบรางวัล “ครูชนบทดีเด่น กองทุนนายแพทย์สมปอง ใจงาม พ.ศ. 2566” ให้แก่โรงเรียนบ้านนาดี"),
    # the short form given in brackets in the lead, used on the rite's line
    ("กรมบัญชีกลางจัดพิธีมอบรางวัลคณะกรรมการพัฒนาการเกษตรประจำอำเภอ (คพอ.) ดีเด่น ประจำปี 2566",
     "กรมบัญชีกลางจัดพิธีมอบรางวัลคณะกรรมการพัฒนาการเกษตรประจำอำเภอ (คพอ.) ดีเด่น ประจำปี 2566 ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
     "เป็นประธานมอบรางวัล คพอ. ดีเด่น"),
])
def test_the_rite_named_otherwise_is_the_programme_s(headline, lead, rite):
    body = (lead + "\nวันนี้ (13 กันยายน 2567) ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมชาย ใจดี ปลัดกระทรวงศึกษาธิการ "
            "เป็นประธานเปิดการประชุมวิชาการ " + rite)
    [ceremony] = the_ceremonies(headline, body)
    assert (str(ceremony.date), ceremony.venue, ceremony.chair) == ("2024-09-13", "ห้องประชุมใหญ่ อาคารรัฐสภา", "สมชาย ใจดี")
    assert ceremony.year == 2566      # the year written with the programme's other name


def test_programmes_sharing_words_are_two():
    # the lead's programme, won from a body; the rite's line names another programme with words in common
    body = ("กรมส่งเสริมการเกษตร เข้ารับรางวัลเกษตรกรดีเด่นแห่งชาติ ประจำปี 2566 จากสำนักงานปลัดกระทรวงเกษตรและสหกรณ์\n"
            "นอกจากนี้ วันนี้ (13 กันยายน 2567) ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมชาย ใจดี ปลัดกระทรวงเกษตรและสหกรณ์ "
            "เป็นประธานพิธีมอบรางวัลสหกรณ์ดีเด่นแห่งชาติ ประจำปี 2566 ให้แก่สหกรณ์การเกษตรเมืองน่าน จำกัด")
    extraction = extract(HEAD.format(headline="ข่าวกระทรวงเกษตรและสหกรณ์") + body + "\n")
    dated = {extraction.programmes[c.programme].name for c in extraction.ceremonies if c.date}
    assert dated and all("สหกรณ์ดีเด่น" in name for name in dated)
