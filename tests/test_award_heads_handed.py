"""Awards handed to a body's head, the body named only in the head's post, on texts composed for each shape
(FORMAT.md "Awards": the body is the recipient):

- a body's award handed to the head of an agency, a state enterprise, a local government or a hospital, by name
  and post (``มอบโล่รางวัล… ให้แก่ นายสมชาย ใจดี อธิบดีกรมควบคุมโรค``), one head or several joined by และ;
- the award's name quoted between มอบ and ให้แก่ (``มอบโล่ประกาศเกียรติคุณ “…” ให้แก่ <head>``).

Negatives: an award for people handed to a head (รางวัลข้าราชการพลเรือนดีเด่น), a head who only attends the
handing (``… ให้แก่ผู้ชนะ โดยมี <head> ร่วมแสดงความยินดี``), a head who hands the award out, an officer who is no
head, a quoted certificate of honour handed to a private person.
"""
from __future__ import annotations

import pytest

from test_award_heads import read


@pytest.mark.parametrize("head, body", [
    ("นายสมชาย ใจดี อธิบดีกรมควบคุมโรค", "กรมควบคุมโรค"),
    ("นายสมชาย ใจดี รองอธิบดีกรมควบคุมโรค", "กรมควบคุมโรค"),
    ("นางสมศรี มีสุข ผู้ว่าการการไฟฟ้าส่วนภูมิภาค", "การไฟฟ้าส่วนภูมิภาค"),
    ("นายสมศักดิ์ รักดี เลขาธิการสำนักงานคณะกรรมการอาหารและยา", "สำนักงานคณะกรรมการอาหารและยา"),
    ("นายสมชาย ใจดี ผู้อำนวยการโรงพยาบาลน่าน", "โรงพยาบาลน่าน"),
    ("นายสมชาย ใจดี นายกองค์การบริหารส่วนตำบลโก่งธนู", "องค์การบริหารส่วนตำบลโก่งธนู"),
])
@pytest.mark.parametrize("handed", ["มอบโล่รางวัลองค์กรโปร่งใส ครั้งที่ 10 ให้แก่ ", "มอบรางวัลองค์กรโปร่งใส ครั้งที่ 10 ให้กับ "])
def test_a_bodys_award_handed_to_its_head_is_the_bodys(head, body, handed):
    text = f"นายกรัฐมนตรี{handed}{head} ณ ทำเนียบรัฐบาล"
    assert {(r, p) for r, p, _ in read(text)} == {(body, "nacc-integrity")}


def test_an_award_handed_to_several_heads_is_each_bodys():
    text = ("นายกรัฐมนตรีมอบรางวัลองค์กรโปร่งใส ครั้งที่ 10 ให้แก่ นางสมศรี มีสุข ผู้ว่าการการไฟฟ้าส่วนภูมิภาค "
            "นายสมศักดิ์ รักดี เลขาธิการสำนักงานคณะกรรมการอาหารและยา และนายสมหมาย มั่นคง อธิบดีกรมควบคุมโรค")
    assert {r for r, _, _ in read(text)} == {"การไฟฟ้าส่วนภูมิภาค", "สำนักงานคณะกรรมการอาหารและยา", "กรมควบคุมโรค"}


@pytest.mark.parametrize("title, head, body", [
    ("วุฒิสภา ศรัทธาความดี", "นายสมศักดิ์ รักดี กรรมการผู้จัดการใหญ่ ธนาคารกรุงไทย", "ธนาคารกรุงไทย จำกัด (มหาชน)"),
    ("ตำบลต้นแบบความยั่งยืน", "นายสมศักดิ์ รักดี นายกองค์การบริหารส่วนตำบลโก่งธนู", "องค์การบริหารส่วนตำบลโก่งธนู"),
])
@pytest.mark.parametrize("plaque", ["มอบโล่ประกาศเกียรติคุณ", "มอบโล่รางวัล"])
def test_a_quoted_award_handed_to_a_head_is_the_bodys(title, head, body, plaque):
    text = f"นายสมชาย ใจดี ประธานคณะอนุกรรมาธิการ {plaque} “{title}” ให้แก่ {head}"
    assert {(r, p.removeprefix("รางวัล")) for r, p, _ in read(text)} == {(body, title)}


def test_the_years_quoted_with_a_certificates_name_are_not_its_name():
    text = ("รองนายกรัฐมนตรีมอบโล่ประกาศเกียรติคุณ “ห้องสมุดประชาชนโดดเด่น ปี 2565 - 2566” ให้แก่ "
            "นายสมชาย ใจดี อธิบดีกรมควบคุมโรค")
    assert {(r, p) for r, p, _ in read(text)} == {("กรมควบคุมโรค", "รางวัลห้องสมุดประชาชนโดดเด่น")}


@pytest.mark.parametrize("text", [
    # an award for people, handed to a head: his own
    "นายกรัฐมนตรีมอบโล่รางวัลข้าราชการพลเรือนดีเด่น ประจำปี 2566 ให้แก่ นายสมชาย ใจดี อธิบดีกรมควบคุมโรค",
    # the head attends; the award goes to winners not named
    "นายกรัฐมนตรีมอบรางวัลองค์กรโปร่งใส ครั้งที่ 10 ให้แก่หน่วยงานที่ชนะ โดยมี นายสมชาย ใจดี อธิบดีกรมควบคุมโรค ร่วมแสดงความยินดี",
    # the head hands the award out to a school's teacher
    "นายสมชาย ใจดี อธิบดีกรมควบคุมโรค มอบรางวัลครูดีเด่น ประจำปี 2566 ให้แก่ นางสมศรี มีสุข ครูโรงเรียนบ้านหนองบัว",
    # an officer, no head of the body
    "นายกรัฐมนตรีมอบโล่รางวัลองค์กรโปร่งใส ครั้งที่ 10 ให้แก่ นายสมชาย ใจดี นักวิชาการสาธารณสุขชำนาญการ กรมควบคุมโรค",
    # a quoted certificate of honour to a private person
    "ปลัดกระทรวงมหาดไทย มอบโล่ประกาศเกียรติคุณ “คนดีศรีสังคม” ให้แก่ นายสมศักดิ์ รักดี ข้าราชการบำนาญ",
])
def test_no_bodys_award_where_the_head_is_not_handed_it_for_the_body(text):
    assert read(text) == set()
