"""Posts the genre states that the finders missed, second round (issue 15: positions recall), on composed sentences,
negatives included: company executives titled กรรมการผู้อำนวยการ or with their line of business, public funds'
managers, subdistrict chiefs and village headmen, civil servants' graded titles."""
from __future__ import annotations

import re

import pytest
from test_posts_in_ceremonies import posts


def compact(title: str) -> str:
    return re.sub(r"\s+", "", title)


def titles_of(text: str, person: str) -> set[str]:
    return {compact(t) for p, t, _ in posts(text) if p == person}


@pytest.mark.parametrize("text, title", [
    ("วันนี้ นายวิชัย ทองดี รองกรรมการผู้อำนวยการใหญ่ บริษัท ท่าอากาศยานไทย จำกัด (มหาชน) ให้การต้อนรับ",
     "รองกรรมการผู้อำนวยการใหญ่บริษัทท่าอากาศยานไทยจำกัด(มหาชน)"),
    ("นายวิชัย ทองดี กรรมการผู้อำนวยการใหญ่ บริษัท ท่าอากาศยานไทย จำกัด (มหาชน) เปิดเผยว่า",
     "กรรมการผู้อำนวยการใหญ่บริษัทท่าอากาศยานไทยจำกัด(มหาชน)"),
    ("นางมาลี สุขใจ รองกรรมการผู้จัดการใหญ่ สายงานขายและปฏิบัติการลูกค้า 2 บริษัท โทรคมนาคมแห่งชาติ จำกัด (มหาชน) "
     "ให้การต้อนรับ", "รองกรรมการผู้จัดการใหญ่สายงานขายและปฏิบัติการลูกค้า2บริษัทโทรคมนาคมแห่งชาติจำกัด(มหาชน)"),
    ("โดย นางมาลี สุขใจ ผู้อำนวยการฝ่ายสื่อสารองค์กร   บริษัท หัวเว่ย เทคโนโลยี่ (ประเทศไทย) จำกัด  มอบเงิน",
     "ผู้อำนวยการฝ่ายสื่อสารองค์กรบริษัทหัวเว่ยเทคโนโลยี่(ประเทศไทย)จำกัด"),
])
def test_company_executives(text, title):
    person = "วิชัย ทองดี" if "วิชัย" in text else "มาลี สุขใจ"
    assert title in titles_of(text, person)


def test_executive_director_is_no_director_general():
    """ผู้อำนวยการใหญ่ read inside กรรมการผู้อำนวยการใหญ่ makes no title of its own."""
    found = titles_of("นายวิชัย ทองดี รองกรรมการผู้อำนวยการใหญ่ บริษัท ท่าอากาศยานไทย จำกัด (มหาชน) กล่าว", "วิชัย ทองดี")
    assert not any(t.startswith("ผู้อำนวยการใหญ่") for t in found)


@pytest.mark.parametrize("text, title", [
    ("นายวิชัย ทองดี ผู้จัดการกองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์ เข้าร่วมประชุม", "ผู้จัดการกองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์"),
    ("นายวิชัย ทองดี รองผู้จัดการกองทุนพัฒนาการกีฬาแห่งชาติ กล่าวว่า", "รองผู้จัดการกองทุนพัฒนาการกีฬาแห่งชาติ"),
    ("นายวิชัย ทองดี ผู้ช่วยผู้จัดการกองทุนสนับสนุนการสร้างเสริมสุขภาพ กล่าว", "ผู้ช่วยผู้จัดการกองทุนสนับสนุนการสร้างเสริมสุขภาพ"),
])
def test_fund_managers(text, title):
    assert title in titles_of(text, "วิชัย ทองดี")


@pytest.mark.parametrize("text", [
    "นายวิชัย ทองดี ประธานกองทุนหมู่บ้านบ้านนาดี กล่าวว่า",          # a village's fund: its chair, no public fund
    "นายวิชัย ทองดี กรรมการกองทุนหมู่บ้านบ้านนาดี ร่วมประชุม",
])
def test_no_fund_post_but_a_managers(text):
    assert not any("กองทุน" in t for t in titles_of(text, "วิชัย ทองดี"))


@pytest.mark.parametrize("text, title", [
    ("โดยมี นายวิชัย ทองดี กำนันตำบลแม่นะ ให้การต้อนรับ", "กำนันตำบลแม่นะ"),
    ("นายวิชัย ทองดี กำนัน ต.หนองไผ่ อ.แก้งคร้อ จ.ชัยภูมิ กล่าวว่า", "กำนันตำบลหนองไผ่"),
    ("นางมาลี สุขใจ กำนันตำบลหัวรอกล่าวว่า ผักที่ชาวบ้านปลูก", "กำนันตำบลหัวรอ"),
    ("นายวิชัย ทองดี ผู้ใหญ่บ้าน หมู่ที่ 3 ร่วมลงพื้นที่", "ผู้ใหญ่บ้านหมู่ที่3"),
    ("นายวิชัย ทองดี ผู้ใหญ่บ้านหมู่ 18 บ้านโนนสูง ต.หนองนาคำ ประธานกลุ่มทอผ้า", "ผู้ใหญ่บ้านหมู่18บ้านโนนสูงตำบลหนองนาคำ"),
    ("นายวิชัย ทองดี ผู้ช่วยผู้ใหญ่บ้าน หมู่ 5 กล่าวว่า", "ผู้ช่วยผู้ใหญ่บ้านหมู่5"),
    ("นายวิชัย ทองดี ผู้ใหญ่บ้าน เป็นผู้กล่าวต้อนรับ", "ผู้ใหญ่บ้าน"),
])
def test_village_heads(text, title):
    person = "มาลี สุขใจ" if "มาลี" in text else "วิชัย ทองดี"
    assert title in titles_of(text, person)


@pytest.mark.parametrize("text", [
    "นายอำเภอ กำนัน ผู้ใหญ่บ้าน และประชาชนในพื้นที่ให้การต้อนรับ",           # the officials as a class
    "โดยมี นายอำเภอเมือง ปลัดอำเภอ กำนัน ผู้ใหญ่บ้าน ร่วมกัน",
    "นายวิชัย ทองดี ผู้ใหญ่บ้านในพื้นที่ ลงพื้นที่ตรวจสอบ",                      # the village heads of the area
    "นายวิชัย ทองดี ได้รับรางวัลกำนันยอดเยี่ยม ประจำปี 2567",                      # an award's name
    "นายวิชัย ทองดี นายอำเภอเมือง พร้อมด้วยกำนัน ผู้ใหญ่บ้าน ร่วมกัน",
])
def test_no_village_head(text):
    assert not any(t.startswith(("กำนัน", "ผู้ใหญ่บ้าน", "ผู้ช่วยผู้ใหญ่บ้าน")) for _, t, _ in posts(text))


@pytest.mark.parametrize("text, person, title, org", [
    ("2. คุณมาลี สุขใจ นักพัฒนาสังคมชำนาญการพิเศษ ผู้อำนวยการสถานสงเคราะห์ และ 3. นายวิชัย ทองดี",
     "มาลี สุขใจ", "นักพัฒนาสังคมชำนาญการพิเศษ", None),
    ("โดยมี นายวิชัย ทองดี นักวิชาการอุตสาหกรรมชำนาญการพิเศษ กรมส่งเสริมอุตสาหกรรม ร่วมบรรยาย", "วิชัย ทองดี",
     "นักวิชาการอุตสาหกรรมชำนาญการพิเศษ", "กรมส่งเสริมอุตสาหกรรม"),
    ("นายวิชัย ทองดี เจ้าพนักงานปกครองชำนาญการ ที่ว่าการอำเภอเมือง กล่าว", "วิชัย ทองดี", "เจ้าพนักงานปกครองชำนาญการ", None),
    ("นางสาวมาลี สุขใจ พยาบาลวิชาชีพชำนาญการ กล่าวว่า", "มาลี สุขใจ", "พยาบาลวิชาชีพชำนาญการ", None),
    ("นายแพทย์วิชัย ทองดี นายแพทย์เชี่ยวชาญ (ด้านเวชกรรม) โรงพยาบาลราชวิถี", "วิชัย ทองดี", "นายแพทย์เชี่ยวชาญ", None),
])
def test_graded_titles(text, person, title, org):
    found = {(t, o) for p, t, o in posts(text) if p == person}
    assert (title, org) in found if org else title in {t for t, _ in found}


@pytest.mark.parametrize("text", [
    "กรมฯ ได้ส่งนักวิชาการชำนาญการพิเศษ จำนวน 3 คน ลงพื้นที่",                   # nobody named
    "นายวิชัย ทองดี กล่าวว่า ต้องการนักวิเคราะห์นโยบายและแผนชำนาญการ เพิ่มอีก",   # a post wanted, not held
])
def test_no_graded_title(text):
    assert not any("ชำนาญการ" in t for _, t, _ in posts(text))
