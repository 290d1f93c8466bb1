"""Who an award honours: a head who takes a unit's award up, or the person who hands it out, is not its
honoree; a person listed as a winner with a post (ประธานคณะกรรมการ…) is not the body of the post.

Found judging the awards of a random corpus slice (FORMAT.md: ``person`` is a person honoured by the award;
an award to a private person is no row); the texts are variants written for the tests, with negatives.
"""
from __future__ import annotations

import pytest
from test_award_precision import extract, name


def people(text: str) -> list[tuple[str, str | None]]:
    extraction = extract(text)
    return sorted(((name(a.recipient, extraction), a.person) for a in extraction.awards), key=str)


# --- the head who takes the award up for the unit, or hands it out, is not honoured ----------------------

@pytest.mark.parametrize("takes", ["รับมอบ", "เป็นผู้รับมอบ", "เป็นผู้แทนรับรางวัล", "ขึ้นรับรางวัล", "รับโล่"])
def test_the_head_who_takes_a_provinces_placing_is_not_its_honoree(takes):
    text = ("กระทรวงมหาดไทยมอบรางวัลจังหวัดสะอาด ประจำปี 2566 รางวัลชนะเลิศ ได้แก่ จังหวัดขอนแก่น "
            f"โดยนายไกรสร กองฉลาด ผู้ว่าราชการจังหวัดขอนแก่น {takes}\n")
    assert people(text) == [("จังหวัดขอนแก่น", None)]


@pytest.mark.parametrize("takes", ["เป็นผู้รับมอบ", "รับรางวัล", "ประธานในพิธี มอบรางวัลให้แก่กรมการจัดหางาน",
                                   "เป็นประธานในพิธี"])
def test_the_person_after_a_units_terms_who_takes_or_hands_out_the_award_is_not_honoured(takes):
    text = ("กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ระดับดี "
            f"โดยนายสมชาย ใจดี อธิบดีกรมการจัดหางาน {takes}\n")
    assert people(text) == [("กรมการจัดหางาน", None)]


@pytest.mark.parametrize("after", ["", " สำหรับรางวัลนี้", " ผู้ได้รับรางวัลเกียรติยศ"])
def test_a_person_written_after_the_terms_with_no_taking_verb_stays_honoured(after):
    text = ("กระทรวงมหาดไทยมอบรางวัลจังหวัดสะอาด ประจำปี 2566 รางวัลชนะเลิศ ได้แก่ จังหวัดขอนแก่น "
            f"โดยนายไกรสร กองฉลาด ผู้ว่าราชการจังหวัดขอนแก่น{after}\n")
    assert people(text) == [("จังหวัดขอนแก่น", "ไกรสร กองฉลาด")]


# --- a person listed as a winner, with the post of chairing a body, is no award of the body ----------------

@pytest.mark.parametrize("post", ["ประธานคณะกรรมการมูลนิธิโรงพยาบาลสมเด็จพระยุพราช",
                                  "องคมนตรีและประธานคณะกรรมการมูลนิธิโรงพยาบาลสมเด็จพระยุพราช",
                                  "ประธานมูลนิธิโรงพยาบาลสมเด็จพระยุพราช"])
def test_a_listed_person_who_chairs_a_foundation_is_no_award_of_the_foundation(post):
    text = ("รางวัลชัยนาทนเรนทร ประจำปี 2566 มีผู้ได้รับรางวัล ดังนี้ 1.ประเภทบริหาร นายแพทย์สมชาย ใจดี "
            f"{post} “ผู้บริหารการศึกษา” 2.ประเภทวิชาการ นายสมปอง ดีงาม ประธานกรรมการบริษัท ปตท. จำกัด (มหาชน)\n")
    assert people(text) == []


def test_a_bodys_award_its_chairman_goes_up_to_take_stays_the_bodys():
    text = ("รางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2566 ประเภทคณะกรรมการรัฐวิสาหกิจดีเด่น ได้แก่ "
            "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร โดยนายสมปอง ดีงาม ประธานกรรมการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร "
            "เข้ารับรางวัล\n")
    assert people(text) == [("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", None)]


# --- an individual's award: a kind for individuals, or a technical officer of the body ---------------------

@pytest.mark.parametrize("kind", ["ประเภทบุคคลภาครัฐ", "ประเภทบุคคลทั่วไป", "ประเภท บุคคลดีเด่น"])
def test_a_body_followed_by_a_kind_for_individuals_is_where_the_honoured_person_works(kind):
    text = ("ทั้งนี้ มีบุคคลที่ได้รับรางวัล อาทิ 1) รองศาสตราจารย์ เรณู พุกบุญมี ผู้อำนวยการโรงเรียนพยาบาลรามาธิบดี "
            f"คณะแพทยศาสตร์ มหาวิทยาลัยมหิดล ได้รับรางวัลสตรีดีเด่น ประจำปี 2564 {kind} และ 2) กรมกิจการสตรีและสถาบันครอบครัว "
            "ได้รับรางวัลสตรีดีเด่น ประจำปี 2564 ประเภทหน่วยงานภาครัฐ\n")
    assert [r for r, _ in people(text)] == ["กรมกิจการสตรีและสถาบันครอบครัว"]


@pytest.mark.parametrize("text", [
    "มหาวิทยาลัยมหิดล ได้รับรางวัลองค์กรต้นแบบด้านสิทธิมนุษยชน ประจำปี 2564 ประเภทบุคคลและองค์กร\n",
    "กรมการปกครอง ได้รับรางวัลองค์กรต้นแบบด้านสิทธิมนุษยชน ประจำปี 2566 ประเภทหน่วยงาน และนายสมชาย ใจดี "
    "ได้รับรางวัลประเภทบุคคล\n",
])
def test_a_kind_for_individuals_and_bodies_or_another_persons_kind_leaves_the_body_its_award(text):
    assert len(people(text)) == 1


@pytest.mark.parametrize("officer", ["เป็นนักวิชาการของการยางแห่งประเทศไทย ที่", "นักวิชาการเกษตรชำนาญการ การยางแห่งประเทศไทย "])
def test_a_technical_officer_of_a_body_is_no_award_of_the_body(officer):
    text = (f"คุณปรีดิ์เปรม ทัศนกุล {officer}ได้รับรางวัล Wickham ประจำปี 2563 "
            "ประเภทการพัฒนามาตรฐานอุตสาหกรรมยาง\n")
    assert people(text) == []


def test_a_body_that_receives_keeps_its_award():
    text = "การยางแห่งประเทศไทย ได้รับรางวัล Wickham ประจำปี 2563 ประเภทการพัฒนามาตรฐานอุตสาหกรรมยาง\n"
    assert [r for r, _ in people(text)] == ["การยางแห่งประเทศไทย"]


# --- a clause word glued to a kind of body names no body -------------------------------------------------

@pytest.mark.parametrize("glued", ["ธนาคารยังได้รับ", "ธนาคารก็ได้รับ", "ธนาคารจึงได้รับ", "ธนาคารสามารถคว้า"])
def test_a_clause_word_after_a_kind_of_body_names_no_new_body(glued):
    text = ("ธนาคารกรุงไทย จำกัด (มหาชน) ได้รับรางวัล Thailand Corporate Excellence Awards 2024 ประเภท Distinguished "
            f"สาขาการพัฒนาที่ยั่งยืน นอกจากนี้ {glued}รางวัลประเภท Distinguished สาขาสินค้า/การบริการ\n")
    assert {r for r, _ in people(text)} == {"ธนาคารกรุงไทย จำกัด (มหาชน)"}


def test_a_school_whose_name_begins_like_a_clause_word_is_still_read():
    text = ("กระทรวงศึกษาธิการ มอบรางวัลสถานศึกษาพอเพียง ประจำปี 2566 ได้แก่ โรงเรียนยางตลาดวิทยาคาร จังหวัดกาฬสินธุ์ "
            "และโรงเรียนก้าวหน้าวิทยา จังหวัดขอนแก่น\n")
    assert [r for r, _ in people(text)] == ["โรงเรียนก้าวหน้าวิทยา", "โรงเรียนยางตลาดวิทยาคาร"]
