"""Where a learned programme's name ends (issue 14, cer22): before the topic a contest was held on
("…ภาพยนตร์สั้น หัวข้อ “…”", "…ยุติธรรมในหัวข้อ “…”"); before the next award of a list written without its
รางวัล ("…ดีเด่นภาคบรรยาย ผลงานวิชาการดีเด่นภาคนิทรรศการ"); and a headline's two awards sharing one merit word
("…ผลงานวิชาการและหน่วยบริการ…ดีเด่น", each named whole in the body) are those two, not a programme; the field a
merit word goes on with, unbroken up to the edition or year, is part of the name ("…ยอดเยี่ยมและดีเด่นในการป้องกันและ
แก้ไขปัญหายาเสพติด ประจำปี 2564").

The texts are composed for the tests on the shapes of the judged samples (bench/judged/cer22: study c007, c009,
c023, c034; bench/judged/awards/3905f13 c007, c038). Each rule has its negative.
"""
from __future__ import annotations

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article

HEAD = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"


def names(body: str) -> set[str]:
    return {p.name for p in extract_article(parse_article(HEAD + body + "\n", "t.txt")).programmes.values()}


def ceremony_programmes(body: str) -> list[str]:
    extraction = extract_article(parse_article(HEAD + body + "\n", "t.txt"))
    return [extraction.programmes[c.programme].name for c in extraction.ceremonies if c.programme in extraction.programmes]


# --- the topic a contest was held on ends the name -----------------------------------------------------------------

def test_a_topic_after_a_space_ends_the_name():
    found = names("วันที่ 8 มกราคม 2565 นางสาวสมใจ ใจดี รองปลัดกระทรวงการคลัง เป็นประธานในงานมอบรางวัลการประกวดภาพยนตร์สั้น "
                  "หัวข้อ “ออมวันนี้ เพื่อความมั่นคงในอนาคต” ในรูปแบบออนไลน์")
    assert "รางวัลการประกวดภาพยนตร์สั้น" in found
    assert not any("หัวข้อ" in name for name in found)


def test_a_topic_glued_to_the_name_ends_it():
    found = names("วันที่ 19 ตุลาคม 2564 นายสมชาย ใจดี รองปลัดกระทรวงยุติธรรม เป็นประธานพิธีมอบโล่รางวัลแก่ผู้ชนะ"
                  "\nโดยผู้ที่ได้รับรางวัลโครงการประกวด คลิปวิดีโอสั้นเพื่อการเผยแพร่ภารกิจกองทุนยุติธรรมในหัวข้อ "
                  "“กองทุนยุติธรรมพึ่งได้” มีทั้งหมด 5 ทีม ได้แก่ ทีมหนึ่ง ทีมสอง")
    assert "รางวัลโครงการประกวด คลิปวิดีโอสั้นเพื่อการเผยแพร่ภารกิจกองทุนยุติธรรม" in found


def test_a_theme_after_under_ends_the_name():
    found = names("วันที่ 30 ตุลาคม 2566 นายสมชาย ใจดี เป็นประธานพิธีมอบโล่รางวัลการประกวดสื่อเสริมสร้างวินัยภายใต้แนวคิด "
                  "“วินัยสร้างชาติ” ณ หอศิลป์แห่งชาติ")
    assert "รางวัลการประกวดสื่อเสริมสร้างวินัย" in found


def test_a_quoted_part_right_after_the_name_is_still_the_name():
    # (negative: no topic word, the quotation goes on with the name)
    found = names("วันที่ 2 ธันวาคม 2565 นายสมชาย ใจดี เป็นประธานพิธีมอบรางวัลการประกวดภาพยนตร์สั้นเพื่อการออม “ออมก่อนรวยกว่า” "
                  "ประจำปี 2565 ณ ห้องประชุมใหญ่")
    assert "รางวัลการประกวดภาพยนตร์สั้นเพื่อการออม ออมก่อนรวยกว่า" in found


# --- the next award of a list, written without its รางวัล, ends the name -----------------------------------------------

def test_a_list_of_awards_that_repeat_their_head_is_not_one_name():
    found = names("นายสมชาย ใจดี ปลัดกระทรวงเกษตรและสหกรณ์ เป็นประธานมอบรางวัลผลงานวิชาการดีเด่นภาคบรรยาย "
                  "ผลงานวิชาการดีเด่นภาคนิทรรศการ ภายในงานประชุมวิชาการ ประจำปี 2565 เมื่อวันที่ 3 ตุลาคม 2565")
    assert "รางวัลผลงานวิชาการดีเด่นภาคบรรยาย" in found
    assert not any("นิทรรศการ" in name for name in found)


def test_a_gloss_that_repeats_the_head_is_not_the_name():
    found = names("วันที่ 14 กันยายน 2565 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน เป็นประธานในพิธีเปิดงาน "
                  "พร้อมมอบรางวัลเมืองแห่งมืออาชีพ เมืองต้นแบบแห่งการพัฒนาบุคลากร ณ สโมสรทหารบก")
    assert "รางวัลเมืองแห่งมืออาชีพ" in found


def test_a_list_inside_the_name_still_ends_with_its_last_item():
    # (negative: the words after the space do not open as the name did)
    found = names("วันที่ 2 ธันวาคม 2565 นายสมชาย ใจดี มอบรางวัลความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงานดีเด่น "
                  "ประจำปี 2565 ให้แก่บริษัท ก จำกัด")
    assert "รางวัลความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงานดีเด่น" in found


# --- two awards sharing one merit word --------------------------------------------------------------------------------

SHORTHAND = ("สธ.มอบรางวัลผลงานวิชาการและหน่วยบริการด้านการบำบัดผู้ติดยาเสพติดดีเด่น ในงานประชุมวิชาการยาเสพติด\n"
             "วันนี้ (9 สิงหาคม 2566) ที่อิมแพคฟอรั่ม เมืองทองธานี นายแพทย์สมชาย ใจดี ผู้อำนวยการสำนัก เป็นประธานมอบรางวัลผลงานวิชาการดีเด่น "
             "และรางวัลหน่วยบริการด้านการบำบัดผู้ติดยาเสพติดดีเด่น ในงานประชุมวิชาการยาเสพติด ครั้งที่ 1")


def test_a_headline_s_two_awards_sharing_a_merit_word_are_no_programme():
    assert "รางวัลผลงานวิชาการและหน่วยบริการด้านการบำบัดผู้ติดยาเสพติดดีเด่น" not in names(SHORTHAND)
    assert ceremony_programmes(SHORTHAND) == ["รางวัลผลงานวิชาการดีเด่น"]


def test_a_programme_of_two_kinds_each_with_its_merit_word_stays():
    # (negative: "ชาวไร่อ้อยดีเด่นและโรงงานน้ำตาลดีเด่น" is one programme, its two kinds named in its outline)
    found = names("นางสาวสมใจ ใจดี รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธานมอบรางวัลชาวไร่อ้อยดีเด่นและโรงงานน้ำตาลดีเด่น "
                  "ประจำปี พ.ศ. 2566 ณ ห้องประชุมใหญ่\nประกอบด้วย\n1. รางวัลชาวไร่อ้อยดีเด่น จำนวน 47 รางวัล\n"
                  "2. รางวัลโรงงานน้ำตาลดีเด่น จำนวน 20 รางวัล")
    assert "รางวัลชาวไร่อ้อยดีเด่นและโรงงานน้ำตาลดีเด่น" in found


def test_a_shorthand_whose_parts_are_named_nowhere_else_stays():
    # (negative: without the two whole names in the article, the name is all the text gives)
    found = names("วันนี้ (9 สิงหาคม 2566) ที่อิมแพคฟอรั่ม เมืองทองธานี นายแพทย์สมชาย ใจดี มอบรางวัลผลงานวิชาการและหน่วยบริการ"
                  "ด้านการบำบัดผู้ติดยาเสพติดดีเด่น ประจำปี 2566 ในงานประชุมวิชาการยาเสพติด")
    assert "รางวัลผลงานวิชาการและหน่วยบริการด้านการบำบัดผู้ติดยาเสพติดดีเด่น" in found


# --- the field a merit word goes on with, unbroken up to the edition or year, is the name's -----------------------------

def test_the_field_after_the_merit_word_up_to_the_year_is_the_name_s():
    found = names("วันนี้ (30 มิถุนายน 2564) ณ ตึกสันติไมตรี ทำเนียบรัฐบาล นายสมชาย ใจดี รองนายกรัฐมนตรี เป็นประธานในพิธีมอบ"
                  "โล่ประกาศเกียรติคุณบุคคลและองค์กรที่มีผลงานยอดเยี่ยมและดีเด่นในการป้องกันและแก้ไขปัญหายาเสพติด ประจำปี 2564")
    assert "บุคคลและองค์กรที่มีผลงานยอดเยี่ยมและดีเด่นในการป้องกันและแก้ไขปัญหายาเสพติด" in {n.removeprefix("รางวัล") for n in found}


def test_a_field_clause_that_does_not_reach_the_year_still_ends_the_name():
    # (negative: "ดีเด่นในการ…" going on into the clause, no edition or year after it)
    found = names("วันที่ 2 ธันวาคม 2565 นายสมชาย ใจดี มอบรางวัลสถานประกอบกิจการดีเด่นในการจัดสวัสดิการแรงงาน ให้แก่บริษัท ก จำกัด "
                  "ณ ห้องประชุมใหญ่")
    assert "รางวัลสถานประกอบกิจการดีเด่น" in found
