"""Who came with a head (และคณะ, พร้อมเจ้าหน้าที่, ร่วมเป็นเกียรติ …) is no part of the body the head's title names:
"…โรงเรียนอัสสัมชัญและคณะ" learned bodies that do not exist; a name that goes on after และ stays whole."""
from __future__ import annotations

import pytest

from test_post_organisations import posts


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
