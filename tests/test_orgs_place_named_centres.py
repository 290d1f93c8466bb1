"""A department's centre or station named after the province or district it serves (issue 15): the kind comes from
ontology/regional_offices.csv with its department ("ศูนย์วิจัยข้าวชัยนาท" under กรมการข้าว); the place must be real
and end the name or have prose after it. The kind alone, a kind of centre or a word that is no place is none.
Composed texts, negatives included."""
from __future__ import annotations

import pytest

from test_orgs_provincial_short_forms import orgs


@pytest.mark.parametrize("text, name, parent", [
    ("โดยศูนย์วิจัยพืชสวนยะลา ดำเนินโครงการวิจัยกาแฟ", "ศูนย์วิจัยพืชสวนยะลา", "กรมวิชาการเกษตร"),
    ("โดย ศูนย์วิจัยและพัฒนาการเกษตรจังหวัดยะลา ส่งเสริมเกษตรกร", "ศูนย์วิจัยและพัฒนาการเกษตรจังหวัดยะลา", "กรมวิชาการเกษตร"),
    ("นายสมชาย ใจดี ผู้อำนวยการศูนย์วิจัยข้าวปทุมธานี กล่าวว่า", "ศูนย์วิจัยข้าวปทุมธานี", "กรมการข้าว"),
    ("เจ้าหน้าที่สถานีพัฒนาที่ดินน่าน ลงพื้นที่ตรวจดิน", "สถานีพัฒนาที่ดินน่าน", "กรมพัฒนาที่ดิน"),
    ("ร่วมกับศูนย์ศึกษาและพัฒนาชุมชนลำปาง จัดอบรมผู้นำ", "ศูนย์ศึกษาและพัฒนาชุมชนลำปาง", "กรมการพัฒนาชุมชน"),
    ("ศูนย์วิจัยพืชสวนเชียงรายได้ทดลองปลูกพันธุ์ใหม่", "ศูนย์วิจัยพืชสวนเชียงราย", "กรมวิชาการเกษตร"),
])
def test_a_centre_named_by_its_place(text, name, parent):
    assert orgs(text).get(name) == parent


@pytest.mark.parametrize("text", [
    "ศูนย์วิจัยข้าวทุกแห่งทั่วประเทศเร่งผลิตเมล็ดพันธุ์",     # every centre: a kind
    "ศูนย์วิจัยพืชสวนได้พัฒนาพันธุ์ทุเรียน",                 # prose after the kind
    "ความร่วมมือกับศูนย์วิจัยข้าวนานาชาติ",                  # no place
    "ศูนย์วิจัยข้าวพันธุ์ใหม่ให้ผลผลิตสูง",                    # a word that is no place
])
def test_no_centre_without_its_place(text):
    assert not [n for n in orgs(text) if n.startswith(("ศูนย์วิจัย", "สถานีพัฒนา"))]
