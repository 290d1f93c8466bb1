"""Provincial heads whose title names the province but not their office (issue 15, positions recall):
the provincial administration's security officer (ป้องกันจังหวัด…, a post of ที่ทำการปกครองจังหวัด under
กรมการปกครอง) and the agriculture and cooperatives office's head (เกษตรและสหกรณ์จังหวัด…, under the
permanent secretary's office). Composed texts, with negatives."""
from __future__ import annotations

import pytest

from test_orgs_recall import bodies, posts


@pytest.mark.parametrize("text, person, title, org", [
    ("โดยมี นายสมชาย ใจดี ป้องกันจังหวัดลำปาง นำกำลังชุดปฏิบัติการพิเศษฝ่ายปกครองเข้าตรวจค้น", "สมชาย ใจดี",
     "ป้องกันจังหวัดลำปาง", "ที่ทำการปกครองจังหวัดลำปาง"),
    ("ปลัดจังหวัดน่าน สั่งการให้ นายวิชัย มั่นคง ป้องกันจังหวัด น่าน พร้อมสมาชิก อส. ลงพื้นที่", "วิชัย มั่นคง",
     "ป้องกันจังหวัดน่าน", "ที่ทำการปกครองจังหวัดน่าน"),
    ("นายประเสริฐ ทองดี เกษตรและสหกรณ์จังหวัดแพร่ กล่าวว่า", "ประเสริฐ ทองดี", "เกษตรและสหกรณ์จังหวัดแพร่",
     "สำนักงานเกษตรและสหกรณ์จังหวัดแพร่"),
    ("ร่วมกับ นางสาวสุดา ศรีสุข เกษตรและสหกรณ์จังหวัดตราด และหัวหน้าส่วนราชการ", "สุดา ศรีสุข",
     "เกษตรและสหกรณ์จังหวัดตราด", "สำนักงานเกษตรและสหกรณ์จังหวัดตราด"),
])
def test_a_provincial_head_is_tied_to_the_office(text, person, title, org):
    assert (person, title, org) in posts(text)


def test_the_offices_are_placed_under_their_department():
    found = bodies("นายสมชาย ใจดี ป้องกันจังหวัดลำปาง และนายประเสริฐ ทองดี เกษตรและสหกรณ์จังหวัดแพร่ ร่วมประชุม")
    assert ("ที่ทำการปกครองจังหวัดลำปาง", "กรมการปกครอง") in {(n, p) for n, _, p in found}
    assert ("สำนักงานเกษตรและสหกรณ์จังหวัดแพร่", "สำนักงานปลัดกระทรวงเกษตรและสหกรณ์") in {(n, p) for n, _, p in found}


@pytest.mark.parametrize("text", [
    "มาตรการเพื่อป้องกันจังหวัดภูเก็ตจากโรคระบาด นายสมชาย ใจดี กล่าว",          # a verb phrase
    "นายสมชาย ใจดี ป้องกันจังหวัด กล่าวว่า",                                       # no province
    "ให้เกษตรและสหกรณ์จังหวัด ทั้ง 76 จังหวัด จัดทำแผน นายสมชาย ใจดี กล่าว",          # every province: no post
    "นายสมชาย ใจดี ผู้ประสานงานรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์จังหวัดสุรินทร์ กล่าว",  # the ministry's name ends there
])
def test_no_post_where_no_head_is_named(text):
    found = posts(text)
    assert not any(t.startswith(("ป้องกันจังหวัด", "เกษตรและสหกรณ์จังหวัด")) for _, t, _ in found)
