"""Hospitals written in full where the text shows where the name ends: an item's number or an ordinal before it (no
count), the district after ณ that belongs to the name, a place whose own name ends like a word of prose, a short form
with a clause word glued on. Composed sentences; each rule with near-misses that must stay unread."""
from __future__ import annotations

import pytest

from test_orgs_hospitals import hospitals

NETWORK = "สำนักงานปลัดกระทรวงสาธารณสุข"


@pytest.mark.parametrize("text, expected", [
    # a numbered list, one hospital a line: the item's number counts nothing
    ("งบลงทุนครอบคลุมโรงพยาบาล ดังนี้\n1 รพ.นครพิงค์ จังหวัดเชียงใหม่\n2 รพ.พระปกเกล้า จังหวัดจันทบุรี\n",
     {"โรงพยาบาลนครพิงค์", "โรงพยาบาลพระปกเกล้า"}),
    ("ผลการฉีดวัคซีนโควิด 19 รพ.ลำพูน ครอบคลุมร้อยละ 90 ของประชากร", {"โรงพยาบาลลำพูน"}),
    ("ผู้แทนเขตสุขภาพที่ 8 โรงพยาบาลอุดรธานี ร่วมประชุมด้วย", {"โรงพยาบาลอุดรธานี"}),
    ("ผลการจัดอันดับ 2 โรงพยาบาลสกลนคร ได้คะแนนสูงสุดในภาค", {"โรงพยาบาลสกลนคร"}),
])
def test_a_number_that_counts_nothing_leaves_the_hospital_named(text, expected):
    assert {n for n, _ in hospitals(text)} == expected


@pytest.mark.parametrize("text", [
    "ผู้ป่วยกระจายอยู่ใน 4 โรงพยาบาลมหาสารคาม และอำเภอใกล้เคียง",     # a count: hospitals of the province
    "มอบเครื่องมือแพทย์ให้แก่ 3 รพ.สต.บ้านโคก ในวันเดียวกัน",
])
def test_a_count_before_the_name_still_makes_a_kind(text):
    assert hospitals(text) == set()


@pytest.mark.parametrize("text", [
    "คลินิกเฉพาะทางจัดที่ รพ.สมเด็จพระบรมราชินีนาถ ณ อ.นาทวี จ.สงขลา รวม 30 คลินิก",
    "คลินิกเฉพาะทางจัดที่โรงพยาบาลสมเด็จพระบรมราชินีนาถ ณ อำเภอนาทวี จังหวัดสงขลา",
])
def test_a_hospital_named_with_its_district_after_ณ_is_one_name_written_short_or_in_full(text):
    assert hospitals(text) == {("โรงพยาบาลสมเด็จพระบรมราชินีนาถ ณ อำเภอนาทวี", NETWORK)}


def test_a_hospital_with_a_district_after_it_but_no_ณ_keeps_its_own_name():
    text = "ผู้ป่วยได้รับการรักษาที่ รพ.สมเด็จพระบรมราชินีนาถ อ.นาทวี จ.สงขลา"
    assert hospitals(text) == {("โรงพยาบาลสมเด็จพระบรมราชินีนาถ", NETWORK)}


def test_a_place_whose_name_ends_like_of_names_the_hospital():
    text = "คณะติดตามผลการดำเนินงานของโรงพยาบาลสมเด็จพระยุพราชเชียงของ จังหวัดเชียงราย"
    assert hospitals(text) == {("โรงพยาบาลสมเด็จพระยุพราชเชียงของ", NETWORK)}


def test_a_name_ending_in_of_with_no_place_is_still_a_phrase():
    text = "เจ้าหน้าที่สถานสงเคราะห์เด็กของ จังหวัดเชียงรายเข้าร่วม"
    from test_orgs_hospitals import named
    assert not any(n.startswith("สถานสงเคราะห์") for n, _ in named(text))


@pytest.mark.parametrize("text, name", [
    ("ผู้ป่วยเกิดอาการชักบนรถและนำส่ง รพ.ราชวิถีได้อย่างปลอดภัย", "โรงพยาบาลราชวิถี"),
    ("เจ้าหน้าที่ รพ.สิงห์บุรีโดยมี นายแพทย์สาธารณสุขจังหวัดเป็นผู้ประสาน", "โรงพยาบาลสิงห์บุรี"),
    ("ผู้บาดเจ็บถูกนำส่ง รพ.ลำพูนแล้ว ส่วนที่เหลือกลับบ้าน", "โรงพยาบาลลำพูน"),
])
def test_a_short_form_with_a_clause_word_glued_on_names_the_hospital(text, name):
    assert {n for n, _ in hospitals(text)} == {name}


@pytest.mark.parametrize("text", [
    "ประชาชนสามารถไปตรวจที่ รพ.ใกล้บ้านได้ทันที",
    "ผู้ป่วยสามารถเข้ารับบริการที่ รพ.เอกชนได้ทุกแห่ง",
])
def test_a_kind_written_short_with_a_clause_word_glued_on_stays_a_kind(text):
    assert hospitals(text) == set()
