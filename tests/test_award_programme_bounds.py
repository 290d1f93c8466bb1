"""Where a learned programme's name ends, in shapes the other name tests leave out: a clause glued after the
name (received it for years, from, before: มา…), a year written out in words (พุทธศักราช), a Latin short form
inside a Thai name (R2R, SMEs), and a quoted English name after a Thai word that only says what it is.

Sentences composed in the genre's shapes, with negatives: a category after the programme stays a category,
a merit word inside a name stays there, a dot that ends a sentence ends nothing more.
"""
from __future__ import annotations

import pytest

from test_award_programme_names import learned, name_after_award
from test_extract import award_rows, extract


def programme_names(extraction) -> list[str]:
    return sorted({extraction.programmes[a.programme].name for a in extraction.awards if a.programme in extraction.programmes})


# --- a clause glued after the name: "ได้รับรางวัลXมาอย่างต่อเนื่อง" --------------------------------------------

@pytest.mark.parametrize("clause", [
    "มาอย่างต่อเนื่อง", "มาจากกระทรวงสาธารณสุข", "มาต่อเนื่อง 5 ปี", "มา 3 ปีติดต่อกัน", "มาแล้ว 2 ครั้ง",
    "มาโดยตลอด", "มาหลายปี", "มาก่อนหน้านี้", "มาทุกปี", "ด้วย\nวันที่ 7 พฤศจิกายน 2565", "ด้วย และมอบ",
])
@pytest.mark.parametrize("name", ["องค์กรต้นแบบด้านสุขภาพ", "ชุดข้อมูลยอดนิยมตลอดกาล", "สถานประกอบกิจการดีเด่น"])
def test_a_clause_glued_after_the_name_ends_it(name, clause):
    assert name_after_award(f"กรมอนามัย ได้รับรางวัล{name}{clause}") == name


@pytest.mark.parametrize("name", [
    "มาตรฐานอาหารปลอดภัยดีเด่น",        # มาตรฐาน: มา opens a word of the name
    "องค์กรธรรมาภิบาลดีเด่น",             # ธรรมา… is a word of the name
    "ด้วยรักและห่วงใย",                  # ด้วย glued to the next word of the name
    "หน่วยงานที่มาตรฐานดีเยี่ยม",
])
def test_words_with_ma_or_duay_inside_the_name_stay(name):
    assert name_after_award(f"กรมอนามัย ได้รับรางวัล{name} ประจำปี 2566") == name


# --- a year written out in words: พุทธศักราช ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "สมาคมแม่บ้านมหาดไทย เข้ารับรางวัลราชมงคลสรรเสริญกิตติมศักดิ์ พุทธศักราช 2565 จากมหาวิทยาลัย",
    "สมาคมแม่บ้านมหาดไทย เข้ารับรางวัล “ราชมงคลสรรเสริญกิตติมศักดิ์ พุทธศักราช 2565” จากมหาวิทยาลัย",
    "สมาคมแม่บ้านมหาดไทย เข้ารับรางวัลราชมงคลสรรเสริญกิตติมศักดิ์ ประจำปีพุทธศักราช 2565 จากมหาวิทยาลัย",
])
def test_a_year_written_out_is_the_year_not_the_name(text):
    extraction = extract(text)
    assert programme_names(extraction) == ["รางวัลราชมงคลสรรเสริญกิตติมศักดิ์"]
    assert {a.year for a in extraction.awards} == {2565}


# --- a Latin short form inside a Thai name ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ["ผลงาน R2R ดีเด่น", "สถานประกอบกิจการ SMEs ดีเด่น", "ฟาร์มเกษตร BCG ต้นแบบ"])
def test_a_latin_short_form_inside_a_thai_name_continues_it(name):
    assert name_after_award(f"กรมอนามัย ได้รับรางวัล{name} ประจำปี 2566") == name


def test_the_work_cue_inside_the_programme_s_name_names_no_work():
    rows = award_rows(extract("กรมอนามัย ได้รับรางวัลผลงาน R2R ดีเด่น ประจำปี 2566"))
    assert rows == [("กรมอนามัย", None, None, None, None)]


@pytest.mark.parametrize("text, name", [
    # a short form followed by a clause, a unit, a year or a category ends the name before it
    ("กรมอนามัย ได้รับรางวัลนวัตกรรมดีเด่น SCG ร่วมกับกรมปศุสัตว์", "นวัตกรรมดีเด่น"),
    ("กรมอนามัย ได้รับรางวัลนวัตกรรมดีเด่น PTT ประจำปี 2566", "นวัตกรรมดีเด่น"),
    ("กรมอนามัย ได้รับรางวัลนวัตกรรมดีเด่น EGAT จังหวัดลำปาง", "นวัตกรรมดีเด่น"),
    ("กรมอนามัย ได้รับรางวัลองค์กรต้นแบบ ESG ประเภทองค์กรขนาดใหญ่", "องค์กรต้นแบบ"),
    ("กรมอนามัย ได้รับรางวัลสุดยอด CEO หนุนสร้างโอกาสผู้ประกอบการ", "สุดยอด"),
    # a word written in Latin that is no short form (a name of a place, an English word) is no part of it
    ("ธนาคารกรุงไทย รับรางวัลซีอีโอแห่งปี Bangkok Post CEO of the Year 2021", "ซีอีโอแห่งปี"),
])
def test_a_latin_word_that_opens_what_follows_ends_the_name(text, name):
    assert name_after_award(text) == name


def test_a_dot_that_ends_a_sentence_ends_the_name_and_nothing_more():
    assert name_after_award("กรมอนามัย ได้รับรางวัลศูนย์ อปพร. ดีเด่น ประจำปี 2566") == "ศูนย์ อปพร. ดีเด่น"
    assert name_after_award("กรมอนามัย ได้รับรางวัลหน่วยบริการดีเด่น สปสช. ประจำปี 2566") == "หน่วยบริการดีเด่น สปสช."
    assert name_after_award("กรมอนามัย ได้รับรางวัลองค์กรต้นแบบ SMEs.\nรางวัลนี้") == "องค์กรต้นแบบ"


# --- a quoted English name after a Thai word that says what it is ---------------------------------------------

@pytest.mark.parametrize("text, english", [
    ("กรมสรรพากร คว้ารางวัลเกียรติยศ “Money & Banking Awards 2021” กลุ่มรางวัลบูธสวยงาม", "Money & Banking Awards"),
    ("กรมสรรพากร คว้า 4 รางวัลความเป็นเลิศ “TMA Excellence Awards 2024” ตอกย้ำผู้นำนวัตกรรม", "TMA Excellence Awards"),
    ("กรมสรรพากร รับรางวัลพระราชทาน “Thailand Corporate Excellence Awards 2020” สาขาความเป็นเลิศ",
     "Thailand Corporate Excellence Awards"),
])
def test_a_quoted_english_programme_after_a_word_of_honour_is_the_programme(text, english):
    assert [name for name in learned(text) if "Award" in name] == [english]


def test_a_thai_name_and_its_quoted_english_name_are_one_programme():
    extraction = extract("กรมสรรพากร ได้รับรางวัลหน่วยงานแห่งปี “Agency of the Year Awards 2023” จากนิตยสาร")
    assert programme_names(extraction) == ["รางวัลหน่วยงานแห่งปี"]
    programme = next(iter(extraction.programmes.values()))
    assert ("Agency of the Year Awards", "en") in programme.aliases or "Agency of the Year Awards" in str(programme.aliases)


@pytest.mark.parametrize("text, name", [
    # a quoted Thai part of the name, or a quoted English word that names no programme, stays in the name
    ("กรมสรรพากร ได้รับรางวัลสุดยอดหน่วยงานภาครัฐ “สำเภา-นาวาทอง” ประจำปี 2566", "สุดยอดหน่วยงานภาครัฐ “สำเภา-นาวาทอง”"),
    ("กรมสรรพากร ได้รับรางวัลองค์กรดีเด่น “Smart Office” ประจำปี 2566", "องค์กรดีเด่น “Smart Office”"),
])
def test_a_quoted_part_that_is_no_english_programme_stays_in_the_name(text, name):
    assert name_after_award(text) == name


def test_a_category_after_the_programme_stays_a_category():
    rows = award_rows(extract("กรมอนามัย ได้รับรางวัลผลงาน R2R ดีเด่น ประเภทหน่วยงานส่วนกลาง ประจำปี 2566"))
    assert rows == [("กรมอนามัย", None, "หน่วยงานส่วนกลาง", None, None)]
