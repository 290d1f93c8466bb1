"""Vocational colleges (issue 15): a college of the Office of the Vocational Education Commission is named by its
kind and its place (or a royal series and its place) and sits under that office; a kind alone, a kind of college and
a venue are none. Composed texts, negatives included."""
from __future__ import annotations

import pytest
from test_orgs_provincial_short_forms import orgs

_OVEC = "สำนักงานคณะกรรมการการอาชีวศึกษา"


def colleges(text: str) -> dict[str, str | None]:
    return {name: parent for name, parent in orgs(text).items() if name.startswith("วิทยาลัย")}


@pytest.mark.parametrize("text, name", [
    ("อันดับที่ 1 ได้แก่ วิทยาลัยเทคนิคลำปาง และได้เรียงลำดับ", "วิทยาลัยเทคนิคลำปาง"),
    ("7. วิทยาลัยอาชีวศึกษาเชียงราย\n8. ", "วิทยาลัยอาชีวศึกษาเชียงราย"),
    ("โดยนักศึกษาวิทยาลัยเทคนิคน่านได้รับรางวัลชนะเลิศ", "วิทยาลัยเทคนิคน่าน"),
    ("ร่วมกับวิทยาลัยการอาชีพนวมินทราชินีมุกดาหาร จัดอบรม", "วิทยาลัยการอาชีพนวมินทราชินีมุกดาหาร"),
    ("(3) วิทยาลัยการอาชีพสุไหงโก-ลก และ (4) วิทยาลัยเทคนิคจะนะ", "วิทยาลัยการอาชีพสุไหงโก-ลก"),
    ("ผู้อำนวยการวิทยาลัยเกษตรและเทคโนโลยีพะเยา กล่าวว่า", "วิทยาลัยเกษตรและเทคโนโลยีพะเยา"),
])
def test_a_vocational_college_by_its_place(text, name):
    assert colleges(text).get(name) == _OVEC and not [n for n in colleges(text) if n != name and name.startswith(n)]


@pytest.mark.parametrize("text", [
    "ส่งเสริมวิทยาลัยเทคนิคทั่วประเทศให้มีคุณภาพ",
    "นักเรียนวิทยาลัยอาชีวศึกษาเอกชนและรัฐ",
    "ให้วิทยาลัยเทคนิคในสังกัดจัดอบรม",
    "จัดกิจกรรม ณ วิทยาลัยเทคนิคลำปาง อำเภอเมือง",
    "ถวายพระพร ณ หอประชุมเฉลิมพระเกียรติ ร.9 วิทยาลัยอาชีวศึกษานครราชสีมา อ.เมือง",
    "ณ ห้องประชุมราไวย์ ชั้น 2 อาคาร R Phuket Hotel วิทยาลัยอาชีวศึกษาภูเก็ต อำเภอเมืองภูเก็ต",
    "เปิดวิทยาลัยเทคนิคแห่งใหม่",
    "โดยมีวิทยาลัยอาชีวศึกษาภาวนาโพธิคุณ เป็นพื้นที่ปฏิบัติการ",     # a name of its own: a private college
])
def test_a_kind_of_college_or_a_venue_is_none(text):
    assert not colleges(text)
