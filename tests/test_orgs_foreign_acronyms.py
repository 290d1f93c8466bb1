"""Bodies abroad or above states named in Thai and closed by their Latin acronym (issue 15): the acronym shows
where the name ends and a word of the world, a region or a foreign country shows the body stands outside the Thai
state (no parent). A venue, a Thai body, prose or two bodies joined before the bracket are none. Composed texts."""
from __future__ import annotations

import pytest

from test_orgs_provincial_short_forms import orgs


@pytest.mark.parametrize("text, name", [
    ("ผู้แทนองค์การโรคระบาดสัตว์ระหว่างประเทศ (OIE) เข้าร่วมประชุม", "องค์การโรคระบาดสัตว์ระหว่างประเทศ"),
    ("ร่วมกับกองทุนระหว่างประเทศเพื่อพัฒนาเกษตรกรรม (IFAD) สนับสนุนเกษตรกร", "กองทุนระหว่างประเทศเพื่อพัฒนาเกษตรกรรม"),
    ("เช่น องค์การส่งเสริมการค้าต่างประเทศญี่ปุ่น (JETRO) และหอการค้า", "องค์การส่งเสริมการค้าต่างประเทศญี่ปุ่น"),
    ("อาทิ สำนักงานเพื่อการพัฒนาแห่งสาธารณรัฐฝรั่งเศส (AFD) ได้ให้เงินกู้", "สำนักงานเพื่อการพัฒนาแห่งสาธารณรัฐฝรั่งเศส"),
    ("นักศึกษาจากสถาบันเทคโนโลยีแห่งเอเชีย (AIT) และมหาวิทยาลัยมหิดล", "สถาบันเทคโนโลยีแห่งเอเชีย"),
    ("ความร่วมมือกับองค์การตำรวจสากล (Interpol) ในการติดตามตัว", "องค์การตำรวจสากล"),
])
def test_a_body_abroad_closed_by_its_acronym(text, name):
    assert orgs(text).get(name, "absent") is None


@pytest.mark.parametrize("text", [
    "จัดงาน ณ ศูนย์ประชุมและแสดงสินค้านานาชาติ (KICE) จังหวัดขอนแก่น",           # a venue
    "ทดสอบ ณ ศูนย์ทดสอบมาตรฐานเอเชีย (ATC) เมื่อวันที่ 3",                    # after ณ: a place
    "โดยสถาบันส่งเสริมการวิเคราะห์ข้อมูลขนาดใหญ่ภาครัฐ (GBDi) ได้จัดอบรม",       # a Thai body: no parent shown
    "ที่ศูนย์ปลอดภัยคมนาคมและศูนย์ปฏิบัติการร่วมเอเชีย (MOTOC) เปิดให้บริการ",      # two bodies joined
    "โดยสถาบันวิจัยยังได้จัดกิจกรรมร่วมกับญี่ปุ่น (CSR) ในปีนี้",                  # prose in the run
])
def test_no_body_abroad(text):
    assert not [n for n, parent in orgs(text).items() if parent is None and n.startswith(("ศูนย์", "สถาบัน"))]


@pytest.mark.parametrize("text", [
    "ผลักดันไทยเป็นศูนย์กลางธุรกิจระหว่างประเทศ (IBC) ของภูมิภาค",                 # a hub: a scheme, no body
    "ผู้เชี่ยวชาญจากศูนย์ฝึกอบรมงานเชื่อมมาตรฐานสากล (TCIW) ร่วมสอน",              # a Thai centre of an international standard
    "ความร่วมมือกับสหพันธ์สาธารณรัฐเยอรมนี (FRG) ด้านพลังงาน",                    # a country
])
def test_no_body_abroad_in_a_hub_a_standard_or_a_country(text):
    assert not [n for n, parent in orgs(text).items() if parent is None and n.startswith(("ศูนย์", "สหพันธ์"))]


def test_a_country_s_body_is_foreign_a_world_body_international():
    from thaigovkg.article import parse_article
    from thaigovkg.extract import extract_article
    e = extract_article(parse_article("ร่วมกับองค์การส่งเสริมการค้าต่างประเทศญี่ปุ่น (JETRO) และองค์การโรคระบาดสัตว์ระหว่างประเทศ (OIE)",
                                      "t.txt"))
    kinds = {org.name: org.kind for org in e.organizations.values()}
    assert kinds == {"องค์การส่งเสริมการค้าต่างประเทศญี่ปุ่น": "foreign", "องค์การโรคระบาดสัตว์ระหว่างประเทศ": "international"}
