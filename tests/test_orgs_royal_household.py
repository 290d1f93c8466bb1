"""The Bureau of the Royal Household (สำนักพระราชวัง), a body under no ministry, and its secretary-general's posts;
a table agency's name run straight into a foreign country's is that country's body; the War Veterans
Organisation written without สงเคราะห์ (composed texts)."""
from __future__ import annotations

import pytest

from thaigovkg.gazetteer import load_gazetteer
from test_extract import extract


def post_bodies(text: str) -> set[tuple[str, str | None]]:
    gazetteer, e = load_gazetteer(), extract(text)
    return {(p.title, gazetteer.organization(p.org).name if p.org and gazetteer.organization(p.org) else p.org)
            for p in e.posts}


def test_the_bureau_is_a_body_under_no_ministry():
    bureau = load_gazetteer().organization("bhm")
    assert (bureau.name, bureau.parent) == ("สำนักพระราชวัง", None)


@pytest.mark.parametrize("text", [
    "ทั้งนี้ สำนักพระราชวังได้จัดสถานที่สำหรับลงนามถวายพระพร",
    "ผู้แทนสำนักพระราชวัง ผู้ว่าราชการจังหวัด และผู้ทรงคุณวุฒิร่วมเป็นกรรมการ",
    "ร่วมกับ สำนักพระราชวัง กระทรวงมหาดไทย จัดพิธี",
])
def test_the_bureau_is_named(text):
    assert "สำนักพระราชวัง" in {m.text for m in extract(text).mentions}


@pytest.mark.parametrize("text, title", [
    ("นายสมชาย ใจดี เลขาธิการพระราชวัง กล่าว", "เลขาธิการพระราชวัง"),
    ("พลอากาศตรี สมหมาย ใจงาม รองเลขาธิการพระราชวัง เป็นประธานฝ่ายฆราวาส", "รองเลขาธิการพระราชวัง"),
    ("นางสาวสมศรี ใจดี ผู้ช่วยเลขาธิการพระราชวัง ร่วมพิธี", "ผู้ช่วยเลขาธิการพระราชวัง"),
])
def test_the_secretary_generals_posts_are_the_bureaus(text, title):
    assert (title, "สำนักพระราชวัง") in post_bodies(text)


@pytest.mark.parametrize("text, body", [
    ("เพื่อหารือข้อราชการ ณ สำนักพระราชวังซาอุดีอาระเบีย (Royal Court)", "สำนักพระราชวัง"),
    ("ผู้แทนกระทรวงการต่างประเทศญี่ปุ่น ร่วมประชุม", "กระทรวงการต่างประเทศ"),
    ("คณะผู้แทนกระทรวงพาณิชย์จีน เยือนไทย", "กระทรวงพาณิชย์"),
])
def test_a_table_name_run_into_a_foreign_country_is_not_the_thai_body(text, body):
    assert body not in {m.text for m in extract(text).mentions}


@pytest.mark.parametrize("text, body", [
    # the country after a space, or another word glued on, leaves the Thai body named
    ("ผู้แทนกระทรวงการต่างประเทศ ญี่ปุ่น และจีน ร่วมประชุม", "กระทรวงการต่างประเทศ"),
    ("กระทรวงพาณิชย์จัดงานแสดงสินค้า", "กระทรวงพาณิชย์"),
])
def test_a_thai_body_next_to_a_country_stays_named(text, body):
    assert body in {m.text for m in extract(text).mentions}


@pytest.mark.parametrize("text", [
    "เรียกรับผลประโยชน์ที่เกี่ยวกับองค์การทหารผ่านศึก ว่า",
    "ร่วมกับ องค์การทหารผ่านศึก และกระทรวงกลาโหม",
    "ผู้แทนองค์การสงเคราะห์ทหารผ่านศึก ร่วมงาน",
])
def test_the_war_veterans_organisation_written_short_is_the_table_agency(text):
    assert "องค์การสงเคราะห์ทหารผ่านศึก" in {m.value for m in extract(text).mentions if m.kind == "org"}
