"""Short forms and international bodies (issue 15): a short form spelt as a month is the month in a date;
each pattern on composed texts, with negatives."""
from __future__ import annotations

import pytest

from thaigovkg.gazetteer import load_gazetteer
from test_extract import extract


def names(text: str) -> set[str]:
    e = extract(text)
    keys = {fact[1] for fact in e.evidence if isinstance(fact, tuple) and fact[0] == "org"} | set(e.named)
    return {(e.organizations.get(k) or load_gazetteer().organization(k)).name for k in keys}


_OCSC = "สำนักงานคณะกรรมการข้าราชการพลเรือน"


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี กล่าวว่า วันนี้ (5 ก.พ. 67) เวลา 10.00 น. ณ ห้องประชุม",
    "ตั้งแต่วันที่ 1-28 ก.พ.2567 ประชาชนสามารถลงทะเบียน",
    "คาดว่าในเดือน ก.พ. นี้จะเริ่มดำเนินการ",
    "ระหว่างเดือน ม.ค. – ก.พ. 64 กำหนดอัตราค่าบริการ",
    "ภายใน 14 ก.พ. นี้ ทุกหน่วยงานต้องรายงาน",
])
def test_a_month_in_a_date_is_no_body(text):
    assert _OCSC not in names(text)


@pytest.mark.parametrize("text", [
    "เจ้าหน้าที่จากสำนักงาน ก.พ. มาให้ความรู้แก่ข้าราชการ",
    "ตามหลักเกณฑ์ที่ ก.พ. กำหนด ทุกส่วนราชการต้องปฏิบัติ",
    "ตามมติ ก.พ. ให้ส่วนราชการปรับอัตรากำลัง",
])
def test_the_commission_by_its_short_form_stays(text):
    assert names(text) & {_OCSC, "คณะกรรมการข้าราชการพลเรือน"}


# --- the short forms of the tables other than the agencies', read alone as the agencies' are ---------

def short_forms(text: str) -> set[tuple[str, str]]:
    """(short form, name) the article attests."""
    e = extract(text)
    return {(abbr, (e.organizations.get(k) or load_gazetteer().organization(k)).name) for k, abbr in e.attested}


@pytest.mark.parametrize("text, short, name", [
    ("นายสมชาย ใจดี ผู้แทน ธพส. เข้าร่วมประชุม", "ธพส.", "บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด"),
    ("โดยความร่วมมือกับ มธ. และภาคเอกชน", "มธ.", "มหาวิทยาลัยธรรมศาสตร์"),
    ("ประธาน ส.อ.ท. กล่าวว่า ภาคอุตสาหกรรมพร้อมสนับสนุน", "ส.อ.ท.", "สภาอุตสาหกรรมแห่งประเทศไทย"),
    ("ไทยพร้อมเจรจาการค้ากับอียู ในปีหน้า", "อียู", "สหภาพยุโรป"),
    # a Thai common name of an international body, written on to the word before it
    ("การประชุมรัฐมนตรีอาเซียนด้านสิ่งแวดล้อม ครั้งที่ 17", "อาเซียน", "สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้"),
    ("เมืองเก่าได้รับการขึ้นทะเบียนเป็นมรดกโลกโดยยูเนสโก", "ยูเนสโก",
     "องค์การการศึกษา วิทยาศาสตร์และวัฒนธรรมแห่งสหประชาชาติ"),
    ("ร่วมกับยูนิเซฟ จัดกิจกรรมวันเด็ก", "ยูนิเซฟ", "องค์การยูนิเซฟ"),
])
def test_a_short_form_of_the_other_tables(text, short, name):
    assert (short, name) in short_forms(text)


@pytest.mark.parametrize("text, absent", [
    # glued into a longer word or name: no short form of its own
    ("นายสมชาย ใจดี เลขาธิการ สมช. กล่าวว่า", "มหาวิทยาลัยเชียงใหม่"),
    ("ผู้แทนกรมอาเซียน กระทรวงการต่างประเทศ เข้าร่วม", "สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้"),
    ("ผู้แทนสำนักเลขาธิการอาเซียน เข้าร่วม", "สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้"),
])
def test_no_short_form_inside_a_longer_name(text, absent):
    assert absent not in names(text)


@pytest.mark.parametrize("text", [
    "ผลักดันไทยเป็นฐานการผลิตยานยนต์ไฟฟ้าในภูมิภาคอาเซียน",
    "ทั้งในระดับประเทศและระดับอาเซียน",
    "คณะนักธุรกิจจากสภาธุรกิจสหรัฐฯ-อาเซียน เข้าพบ",
])
def test_a_region_or_level_named_by_the_short_form_is_no_body(text):
    assert "สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้" not in names(text)


@pytest.mark.parametrize("text", [
    "ได้มีการประชุม อ.ก.พ.กระทรวงสาธารณสุข ในการกำหนดเลขตำแหน่ง",
    "ผ่านความเห็นชอบจาก อ.ก.พ. วิสามัญเกี่ยวกับการบริหารทรัพยากรบุคคล",
])
def test_a_sub_committee_is_not_the_committee(text):
    assert not names(text) & {_OCSC, "คณะกรรมการข้าราชการพลเรือน"}


def test_a_body_whose_short_form_starts_with_o_stays():
    e = extract("เห็นชอบให้ อ.ส.ค. ภาคเหนือ รับซื้อน้ำนมดิบ")
    assert any(abbr == "อ.ส.ค." for _, abbr in e.attested) or "อ.ส.ค." not in load_gazetteer().abbreviations
