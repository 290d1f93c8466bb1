"""The security forces' units (issue 15): police divisions, border patrol, volunteer defence and ranger
companies, army circles, divisions and regiments, air wings; on short texts composed for each pattern.
A name ends with its number or its place; the parent comes from the name, the text or the reference data,
never from a neighbour in a list."""
from __future__ import annotations

import csv

import pytest

from thaigovkg.gazetteer import load_gazetteer
from thaigovkg.resources import ontology_file
from test_extract import extract


def name_of(key, extraction):
    if key is None:
        return None
    if key in extraction.organizations:
        return extraction.organizations[key].name
    return load_gazetteer().organization(key).name


def parent_of(key, extraction):
    org = extraction.organizations.get(key) or load_gazetteer().organization(key)
    return name_of(org.parent, extraction)


def units(text: str) -> set[tuple[str, str | None]]:
    """(name, parent name) of every organisation mention of the text."""
    e, gazetteer = extract(text), load_gazetteer()
    keys = set(e.organizations) | {gazetteer.find_body(m.value) for m in e.mentions if m.kind == "org"} - {None}
    return {(name_of(k, e), parent_of(k, e)) for k in keys}


@pytest.mark.parametrize("text, unit, parent", [
    # numbered police divisions: under the bureau the family's name says
    ("พล.ต.ต.สมชาย ใจดี ผู้บังคับการกองบังคับการตรวจคนเข้าเมือง 6 เปิดเผยว่า", "กองบังคับการตรวจคนเข้าเมือง 6",
     "สำนักงานตรวจคนเข้าเมือง"),
    ("เจ้าหน้าที่กองบังคับการตำรวจนครบาล 3 ร่วมกับฝ่ายปกครอง", "กองบังคับการตำรวจนครบาล 3", "กองบัญชาการตำรวจนครบาล"),
    ("โดยกองบังคับการปราบปรามยาเสพติด 1 จับกุมผู้ต้องหา", "กองบังคับการตำรวจปราบปรามยาเสพติด 1",
     "กองบัญชาการตำรวจปราบปรามยาเสพติด"),
    ("ชุดสืบสวนกองบังคับการสืบสวนสอบสวนตำรวจภูธรภาค 2 ได้ขยายผล", "กองบังคับการสืบสวนสอบสวนตำรวจภูธรภาค 2",
     "ตำรวจภูธรภาค 2"),
    ("ร่วมกับกองบังคับการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี 4, ธนาคาร", "กองบังคับการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี 4",
     "กองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี"),
    # named divisions (ontology/police.csv), one spelled with กระทำผิด
    ("กองบังคับการตำรวจน้ำ ร่วมกับกรมประมง ตรวจเรือ", "กองบังคับการตำรวจน้ำ", "กองบัญชาการตำรวจสอบสวนกลาง"),
    ("ส่งเรื่องให้กองบังคับการปราบปรามการกระทำผิดเกี่ยวกับการคุ้มครองผู้บริโภค ดำเนินคดี",
     "กองบังคับการปราบปรามการกระทำความผิดเกี่ยวกับการคุ้มครองผู้บริโภค", "กองบัญชาการตำรวจสอบสวนกลาง"),
    ("ผู้แทนกองบังคับการปราบปราม และกองบังคับการตำรวจจราจร", "กองบังคับการปราบปราม", "กองบัญชาการตำรวจสอบสวนกลาง"),
    # the full forms of a police region and a provincial police are the table's bodies
    ("กองบัญชาการตำรวจภูธรภาค 9 สนับสนุนกำลัง", "ตำรวจภูธรภาค 9", "สำนักงานตำรวจแห่งชาติ"),
    ("ผู้แทนกองบังคับการตำรวจภูธรจังหวัดสงขลา เข้าร่วม", "ตำรวจภูธรจังหวัดสงขลา", "ตำรวจภูธรภาค 9"),
    # border patrol: companies (three digits), superintendencies (two), with or without ที่, written short
    ("กองร้อยตำรวจตระเวนชายแดนที่ 445 ได้รับรางวัล", "กองร้อยตำรวจตระเวนชายแดนที่ 445", "กองบัญชาการตำรวจตระเวนชายแดน"),
    ("บูรณาการร่วมกับ สภ.โพนทอง, กองร้อย ตชด.ที่ 246, ตม.จังหวัดเลย", "กองร้อยตำรวจตระเวนชายแดนที่ 246",
     "กองบัญชาการตำรวจตระเวนชายแดน"),
    ("กองกำกับการตำรวจตระเวนชายแดนที่ 42 จัดกิจกรรม", "กองกำกับการตำรวจตระเวนชายแดนที่ 42", "กองบัญชาการตำรวจตระเวนชายแดน"),
    # army: a circle under the army area of its first digit, a division, a regiment, a ranger company
    ("มณฑลทหารบกที่ 32 จัดกำลังพล", "มณฑลทหารบกที่ 32", "กองทัพภาคที่ 3"),
    ("ณ กองบัญชาการกองพลทหารราบที่ 15 ค่ายสมเด็จพระสุริโยทัย", "กองพลทหารราบที่ 15", "กองทัพบก"),
    ("กำลังพลจากกรมทหารราบที่ 112 ร่วมพิธี", "กรมทหารราบที่ 112", "กองทัพบก"),
    ("สนธิกำลังกับกองร้อยทหารพรานที่ 4815 ลาดตระเวน", "กองร้อยทหารพรานที่ 4815", "กองทัพบก"),
    ("ร่วมกับ กองร้อย ทพ.ที่ 2102 ตรวจค้น", "กองร้อยทหารพรานที่ 2102", "กองทัพบก"),
    ("กองบิน 41 จัดเครื่องบินสนับสนุน", "กองบิน 41", "กองทัพอากาศ"),
    # a regiment of the King's Guard is known by its number
    ("ทหารจากกรมทหารม้าที่ 4 รักษาพระองค์ มาประจำในพื้นที่", "กรมทหารม้าที่ 4", "กองทัพบก"),
])
def test_a_unit_is_named_whole_under_its_parent(text, unit, parent):
    assert (unit, parent) in units(text)


@pytest.mark.parametrize("text, unit, parent", [
    # a company followed by its province's command: that command
    ("รางวัลที่ 1 ได้แก่ กองร้อยอาสารักษาดินแดนอำเภอเชียงดาวที่ 9 กองบังคับการกองอาสารักษาดินแดนจังหวัดเชียงใหม่ รางวัลที่ 2",
     "กองร้อยอาสารักษาดินแดนอำเภอเชียงดาวที่ 9", "กองบังคับการกองอาสารักษาดินแดนจังหวัดเชียงใหม่"),
    # a district of one province: that province's command; written short, the number after a space
    ("นำกำลังสมาชิกกองร้อย อส.อ.ปาย ที่ 4 ร่วมกับฝ่ายปกครอง", "กองร้อยอาสารักษาดินแดนอำเภอปายที่ 4",
     "กองบังคับการกองอาสารักษาดินแดนจังหวัดแม่ฮ่องสอน"),
    # a province's own company; the place bare, and the prose written on after the number
    ("สมาชิกกองร้อยอาสารักษาดินแดนสุราษฎร์ธานีที่ 1 ร่วมกับเจ้าหน้าที่ตำรวจ", "กองร้อยอาสารักษาดินแดนจังหวัดสุราษฎร์ธานีที่ 1",
     "กองบังคับการกองอาสารักษาดินแดนจังหวัดสุราษฎร์ธานี"),
    ("สมาชิกกองร้อยอาสารักษาดินแดนอำเภองาวที่ 2 ได้นำกำลังเข้าตรวจค้น", "กองร้อยอาสารักษาดินแดนอำเภองาวที่ 2",
     "กองบังคับการกองอาสารักษาดินแดนจังหวัดลำปาง"),
    # the commands and the headquarters
    ("สั่งการให้กองบังคับการกองอาสารักษาดินแดนจังหวัดลำปาง ดูแลการจัดพิธีศพ", "กองบังคับการกองอาสารักษาดินแดนจังหวัดลำปาง",
     "กองบัญชาการกองอาสารักษาดินแดน"),
    ("เป็นการสูญเสียกำลังพลของกองบัญชาการกองอาสารักษาดินแดนจากการปฏิบัติหน้าที่", "กองบัญชาการกองอาสารักษาดินแดน",
     "กรมการปกครอง"),
])
def test_volunteer_defence_units(text, unit, parent):
    assert (unit, parent) in units(text)


def test_a_list_of_units_from_different_bureaus_keeps_each_parent():
    found = units("ผู้แทนหน่วยงาน ได้แก่ กองบังคับการตรวจคนเข้าเมือง 2 กองบังคับการตำรวจนครบาล 8 "
                  "กองร้อยตำรวจตระเวนชายแดนที่ 336 มณฑลทหารบกที่ 46 และกองร้อยอาสารักษาดินแดนจังหวัดยะลาที่ 3")
    assert {("กองบังคับการตรวจคนเข้าเมือง 2", "สำนักงานตรวจคนเข้าเมือง"),
            ("กองบังคับการตำรวจนครบาล 8", "กองบัญชาการตำรวจนครบาล"),
            ("กองร้อยตำรวจตระเวนชายแดนที่ 336", "กองบัญชาการตำรวจตระเวนชายแดน"),
            ("มณฑลทหารบกที่ 46", "กองทัพภาคที่ 4"),
            ("กองร้อยอาสารักษาดินแดนจังหวัดยะลาที่ 3", "กองบังคับการกองอาสารักษาดินแดนจังหวัดยะลา")} <= found


@pytest.mark.parametrize("text", [
    "คิดเป็นกองร้อยละ 5 ของงบประมาณทั้งหมด",                                # not a company
    "ศูนย์ฟื้นฟู ณ กองร้อยอาสารักษาดินแดนอำเภอทุกแห่งในพื้นที่",              # no place: a kind of company
    "มาเข้ารับการบำบัดที่กองร้อยอาสารักษาดินแดน จังหวัด/ กองร้อยอาสารักษาดินแดนอำเภอ",
    "ทหารหน่วยเฉพาะกิจกรมทหารพรานที่ 36 ลาดตระเวน",                        # a task force, not the regiment
    "กองพันมณฑลทหารบกที่ 42 จัดกำลังพลบริจาคโลหิต",                         # a battalion of the circle
    "ผู้บังคับหน่วยเฉพาะกิจกรมทหารราบที่ 25 สั่งการ",
    "ติดตามการบริหารงานตำรวจระดับ กองบัญชาการ กองบังคับการ และสถานีตำรวจ ทั่วประเทศ",
    "กองบังคับการตรวจคนเข้าเมือง 1,000 นาย",
    "สำรวจบริเวณกรมทหารราบที่ 3 กองพลนาวิกโยธิน ถึงศูนย์วิจัย",              # the marines' regiment: no army unit                                 # a count, not division 1
    "กองร้อยตำรวจตระเวนชายแดนที่ 4451 ได้รับรางวัล",                         # four digits: no company number
])
def test_no_unit_where_the_words_make_no_name(text):
    names = {name for name, _ in units(text)}
    assert not {n for n in names if n and n.startswith(("กองร้อย", "กรมทหาร", "มณฑลทหารบก", "กองบังคับการตรวจคนเข้าเมือง"))}, names


def test_the_place_ends_the_name():
    # the clause written on to the place is not part of the name, nor a place the district's name starts
    found = {name for name, _ in units("สมาชิกกองร้อยอาสารักษาดินแดนอำเภอแม่แจ่ม บูรณาการร่วมกับตำรวจ")}
    assert "กองร้อยอาสารักษาดินแดนอำเภอแม่แจ่ม" in found
    assert not {n for n in found if n and n.startswith("กองร้อยอาสารักษาดินแดนอำเภอแม่แจ่มบูรณาการ")}


def test_a_post_is_tied_to_the_division_in_its_title():
    e = extract("พล.ต.ต.สมชาย ใจดี ผู้บังคับการกองบังคับการปราบปรามการค้ามนุษย์ เปิดเผยว่า")
    assert ("ผู้บังคับการกองบังคับการปราบปรามการค้ามนุษย์", "กองบังคับการปราบปรามการค้ามนุษย์") in \
        {(p.title, name_of(p.org, e)) for p in e.posts}


def test_police_divisions_reference_rows():
    with open(ontology_file("police.csv"), encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    for key in ("ecd", "nred", "cppd", "atpd", "tcsd", "acd", "highway_police", "railway_police", "marine_police"):
        assert rows[key]["parent_id"] == "cib" and rows[key]["name_th"].startswith("กองบังคับการ"), key
        assert "Royal Thai Police" in rows[key]["source"] and "corpus" in rows[key]["source"], key
    assert rows["traffic_police"]["parent_id"] == "mpb"
    # the full forms are aliases of the regions and the provincial police, never new nodes
    assert all(f"กองบัญชาการตำรวจภูธรภาค {n}" in rows[f"ppr{n}"]["aliases_th"].split(";") for n in range(1, 10))
    assert all("กองบังคับการ" + row["name_th"] in row["aliases_th"].split(";") for key, row in rows.items() if key.startswith("ppo_"))


@pytest.mark.parametrize("text, unit", [
    ("พลตรี สมชาย ใจดี ผู้บัญชาการกองกำลังสุรนารี ตรวจเยี่ยมฐานปฏิบัติการ", "กองกำลังสุรนารี"),
    ("เจ้าหน้าที่กองกำลังผาเมืองร่วมกับตำรวจตรวจยึดยาเสพติด", "กองกำลังผาเมือง"),
    ("ทหารกองกำลังสุรสีห์ปฏิบัติภารกิจช่วยเหลือผู้ประสบภัย", "กองกำลังสุรสีห์"),
])
def test_the_armys_border_forces_are_the_armys(text, unit):
    assert (unit, "กองทัพบก") in units(text)


def test_a_border_force_post_is_tied_to_the_force():
    e = extract("พันเอก สมชาย ใจดี รองผู้บัญชาการกองกำลังบูรพา กล่าวว่า")
    assert ("รองผู้บัญชาการกองกำลังบูรพา", "กองกำลังบูรพา") in {(p.title, name_of(p.org, e)) for p in e.posts}


@pytest.mark.parametrize("text", [
    "กองกำลังป้องกันชายแดนจันทบุรีและตราด ลาดตระเวน",        # the navy's, another name
    "นายสมชาย ใจดี ผู้บัญชาการกองกำลังสุรนารีย์ใหม่ กล่าว",     # the name runs on
])
def test_no_border_force_of_another_name(text):
    assert not {n for n, _ in units(text) if n and n.startswith("กองกำลัง")}
