"""A school head's post is of the school the title names whole (tests/ANNOTATION.md: a school's parent is the office
that runs it where the article says, else null); a kind of school alone, a name cut short, a clause glued to the
kind and a school for the elderly give none."""
from __future__ import annotations

import datetime as dt

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article


def posts(sentence: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """title → (organisation name, its parent's key, its kind) of each post the sentence gives."""
    extraction = extract_article(parse_article("ข่าว\n\n" + sentence + "\n", "t1", published=dt.date(2024, 1, 1)))
    found = {}
    for post in extraction.posts:
        org = extraction.organizations.get(post.org) if post.org else None
        found[post.title] = (org.name if org else post.org, org.parent if org else None, org.kind if org else None)
    return found


@pytest.mark.parametrize("sentence, title, school", [
    ("นายสมหมาย ทองดี ผู้อำนวยการโรงเรียนบ้านหนองปลาไหล ร่วมพิธีเปิดห้องสมุด",
     "ผู้อำนวยการโรงเรียนบ้านหนองปลาไหล", "โรงเรียนบ้านหนองปลาไหล"),
    ("โดยมี นางสาวมาลี ศรีสุข รองผู้อำนวยการโรงเรียนวัดทุ่งนาเจริญ และคณะครูให้การต้อนรับ",
     "รองผู้อำนวยการโรงเรียนวัดทุ่งนาเจริญ", "โรงเรียนวัดทุ่งนาเจริญ"),
    # a numbered school of a royal series
    ("นายชาติ ดีงาม ผู้อำนวยการโรงเรียนราชประชานุเคราะห์ 58 กล่าวขอบคุณ",
     "ผู้อำนวยการโรงเรียนราชประชานุเคราะห์ 58", "โรงเรียนราชประชานุเคราะห์ 58"),
    # an acting head
    ("นางกานดา ใจงาม รักษาการผู้อำนวยการโรงเรียนห้วยทรายพิทยาคม เป็นผู้รับมอบ",
     "รักษาการผู้อำนวยการโรงเรียนห้วยทรายพิทยาคม", "โรงเรียนห้วยทรายพิทยาคม"),
])
def test_a_school_head_holds_a_post_of_the_school_the_title_names(sentence, title, school):
    assert posts(sentence)[title] == (school, None, "school")


@pytest.mark.parametrize("sentence, title", [
    # a kind of school, numbered or not: which one is not said
    ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนเทศบาล 3 ร่วมพิธี", "ผู้อำนวยการโรงเรียนเทศบาล 3"),
    ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนอนุบาล ร่วมพิธี", "ผู้อำนวยการโรงเรียนอนุบาล"),
    # a name cut short
    ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนสาธิตวัดพระแก้วฯ ร่วมพิธี", "ผู้อำนวยการโรงเรียนสาธิตวัดพระแก้วฯ"),
    # a school for the elderly is a community's course
    ("นางสมศรี ใจดี ผู้อำนวยการโรงเรียนผู้สูงอายุตำบลหนองแก ร่วมพิธี", "ผู้อำนวยการโรงเรียนผู้สูงอายุตำบลหนองแก"),
])
def test_no_school_without_a_whole_name(sentence, title):
    found = posts(sentence)
    assert found.get(title, (None,))[0] is None


def test_a_clause_glued_to_the_kind_names_no_school():
    found = posts("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนเป็นผู้รับมอบเงินบริจาค")
    assert all(kind != "school" for _, _, kind in found.values())


def test_a_teacher_of_a_school_holds_no_post_of_it():
    found = posts("นางสาวมาลี ศรีสุข ครูโรงเรียนบ้านหนองปลาไหล ร่วมพิธี")
    assert all(kind != "school" for _, _, kind in found.values())


@pytest.mark.parametrize("sentence, title", [
    ("นายสมชาย ใจดี ผู้อำนวยการโรงเรียนสันติวิทยาคมและคณะ ให้การต้อนรับ", "ผู้อำนวยการโรงเรียนสันติวิทยาคม"),
    ("นายสมชาย ใจดี ผู้อำนวยการท่าอากาศยานลำปางพร้อมเจ้าหน้าที่ ให้การต้อนรับ", "ผู้อำนวยการท่าอากาศยานลำปาง"),
    ("นายสมชาย ใจดี ผู้อำนวยการสถาบันวิจัยพืชน้ำภาคใต้ร่วมเป็นเกียรติ ในพิธี", "ผู้อำนวยการสถาบันวิจัยพืชน้ำภาคใต้"),
])
def test_who_came_with_the_head_is_no_part_of_the_body_name(sentence, title):
    assert title in posts(sentence)


def test_a_body_name_going_on_after_and_is_kept_whole():
    found = posts("นายสมชาย ใจดี ประธานคณะกรรมการพัฒนาเด็กและคณะกรรมการเยาวชนแห่งชาติ กล่าว")
    assert not any(t.endswith("พัฒนาเด็ก") for t in found)


def test_a_committee_named_for_its_task_ends_before_who_came_with_its_chair():
    found = posts("ดร.สมพร ใจดี ประธานคณะกรรมการขับเคลื่อนการท่องเที่ยวชุมชนริมคลองบางหลวงและคณะ, ร่วมงาน")
    assert found["ประธานคณะกรรมการขับเคลื่อนการท่องเที่ยวชุมชนริมคลองบางหลวง"][0] \
        == "คณะกรรมการขับเคลื่อนการท่องเที่ยวชุมชนริมคลองบางหลวง"


def test_a_school_in_an_article_about_one_department_is_no_unit_of_it():
    text = ("นายสมศักดิ์ มั่นคง อธิบดีกรมประมง เป็นประธานการประชุมติดตามการแก้ไขปัญหาประมง ณ กรมประมง\n"
            "นายสมชาย ใจดี ผู้อำนวยการโรงเรียนบ้านคลองตะเคียน กล่าวว่า")
    assert posts(text)["ผู้อำนวยการโรงเรียนบ้านคลองตะเคียน"] == ("โรงเรียนบ้านคลองตะเคียน", None, "school")
