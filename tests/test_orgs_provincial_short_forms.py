"""Provincial offices by short form and province (issue 15): ``สสจ.น่าน`` is สำนักงานสาธารณสุขจังหวัดน่าน under
its department, with the article's short form; a short form alone, or before a word that is no province, is none.
Composed texts, negatives included."""
from __future__ import annotations

import pytest

from thaigovkg.gazetteer import load_gazetteer
from test_extract import extract


def orgs(text: str) -> dict[str, str | None]:
    """Name → parent name of every organisation the text names."""
    e, gazetteer = extract(text), load_gazetteer()
    keys = {fact[1] for fact in e.evidence if isinstance(fact, tuple) and fact[0] == "org"} | set(e.named)
    found = {}
    for key in keys:
        org = e.organizations.get(key) or gazetteer.organization(key)
        parent = org.parent and (e.organizations.get(org.parent) or gazetteer.organization(org.parent))
        found[org.name] = parent.name if parent else None
    return found


@pytest.mark.parametrize("text, name, parent", [
    ("นายแพทย์สมชาย ใจดี แจ้งว่า สสจ.น่าน ได้รับรางวัลชนะเลิศ", "สำนักงานสาธารณสุขจังหวัดน่าน", "สำนักงานปลัดกระทรวงสาธารณสุข"),
    ("โดย พมจ. แพร่ ลงพื้นที่เยี่ยมผู้สูงอายุ", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดแพร่",
     "สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
    ("ปลัดกระทรวงได้กล่าวชื่นชม สอจ.ชุมพร ว่าดำเนินการได้ดี", "สำนักงานอุตสาหกรรมจังหวัดชุมพร", "สำนักงานปลัดกระทรวงอุตสาหกรรม"),
    ("รัฐมนตรีมอบหมายให้ สยจ.สงขลาร่วมกับตำรวจช่วยเหลือผู้เสียหาย", "สำนักงานยุติธรรมจังหวัดสงขลา", "สำนักงานปลัดกระทรวงยุติธรรม"),
    ("ร่วมกับ สวจ.จังหวัดลำปาง จัดงาน", "สำนักงานวัฒนธรรมจังหวัดลำปาง", "สำนักงานปลัดกระทรวงวัฒนธรรม"),
    ("เปิดศูนย์ประสานงาน ทสจ.ระนอง อย่างเป็นทางการ", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดระนอง",
     "สำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
    ("โดย ปภ.จังหวัดน่าน เร่งสำรวจความเสียหาย", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดน่าน", "กรมป้องกันและบรรเทาสาธารณภัย"),
])
def test_a_provincial_office_by_its_short_form_and_province(text, name, parent):
    assert orgs(text).get(name) == parent


def test_the_short_form_as_written_is_the_offices():
    e = extract("ทั้งนี้ สสจ.น่าน ได้รับรางวัลชนะเลิศ")
    assert "สสจ.น่าน" in {abbr for _, abbr in e.attested}


@pytest.mark.parametrize("text", [
    "มอบหมายให้ สสจ. ทุกจังหวัดเร่งเบิกจ่าย",                   # the offices of every province: a kind
    "สำนักงานวัฒนธรรมจังหวัด (สวจ.) ทั้ง 76 จังหวัด จัดทำสื่อ",     # all 76 of them
    "ให้ สอจ. 76 จังหวัด รายงานผล",
    "นายสมชาย อสจ.ระยอง กล่าวว่า",                               # อสจ. is the officer's title, not the office
    "โดย ปภ. ลงพื้นที่ช่วยเหลือ",                                  # the department itself, no province
    "สำนักงาน คปภ.จังหวัดอุบลราชธานี ตรวจสอบข้อมูล",                # คปภ. holds ปภ. but is another body
    "ส่งต่อให้ สสจ.ตากใบ",                                          # no province: ตาก goes on into ตากใบ
])
def test_a_short_form_without_its_province_is_no_provincial_office(text):
    heads = tuple(load_gazetteer().unit_head_short_forms.values())
    assert not [n for n in orgs(text) if n.startswith(heads) and not n.endswith("จังหวัด")]
