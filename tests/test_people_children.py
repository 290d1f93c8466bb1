"""Children named in the award lists (issue 15: people the finder missed), on composed sentences: เด็กหญิง,
เด็กชาย, ด.ญ. and ด.ช. before a listed name; and the words for girl and boy where they name nobody (a home for
girls, a girl's age, a letter standing for a withheld name, a word before them)."""
from __future__ import annotations

import pytest

from test_extract import extract


def people(text: str) -> set[str]:
    return set(extract(text).people)


@pytest.mark.parametrize("text, names", [
    ("รางวัลชนะเลิศ ได้แก่ เด็กหญิงอรอุมา ศรีสว่าง โรงเรียนบ้านหนองแก รางวัลรองชนะเลิศ ได้แก่ เด็กชายภูริ ทองงาม",
     {"อรอุมา ศรีสว่าง", "ภูริ ทองงาม"}),
    ("ผู้ได้รับรางวัล ได้แก่ ด.ญ.ชนิดา แก้วประเสริฐ จ.ตรัง ด.ช. กฤตภาส บุญมาเยือน (น้องต้นกล้า) และ ด.ญ.พิมพ์ลดา สุขเกษม",
     {"ชนิดา แก้วประเสริฐ", "กฤตภาส บุญมาเยือน", "พิมพ์ลดา สุขเกษม"}),
    ("ประเภทเด็ก ได้แก่ เด็กหญิงกมลวรรณ ใจสว่าง ในบทเพลง รักแผ่นดิน และเด็กชายธนภัทร รุ่งเรืองศรี อายุ 12 ปี",
     {"กมลวรรณ ใจสว่าง", "ธนภัทร รุ่งเรืองศรี"}),
    ("รางวัลชมเชย เด็กหญิงสุนิสา มากมูล ชื่อผลงาน บ้านของฉัน\nรางวัลพิเศษ เด็กชายอนุวัฒน์ พรหมสุข",
     {"สุนิสา มากมูล", "อนุวัฒน์ พรหมสุข"}),
])
def test_children_listed(text, names):
    assert names <= people(text)


@pytest.mark.parametrize("text", [
    "มอบสิ่งของให้สถานสงเคราะห์เด็กหญิงบ้านศรีสุข กรุงเทพฯ นายวิชัย ทองดี ผู้อำนวยการ กล่าวว่า",
    "พบว่า เด็กหญิงผู้ถูกกระทำความรุนแรง อายุ 11 ปี กำลังศึกษาอยู่",
    "ได้พูดคุยกับเด็กหญิงเอ อายุ 14 ปี และเด็กชายบี (นามสมมติ)",
    "ได้ช่วยเหลือ เด็กหญิงอีกคนหนึ่ง ชื่อเด็กหญิงซี (นามสมมติ) ที่ไม่มีบัตร",
    "รัฐมนตรีชื่นชมเด็กชายไร้แขนหัวใจแกร่ง ชูต้นแบบทำความดี",
    "สานฝันให้เด็กหญิงน้ำฝน วัย 11 ปี มีบัตรประชาชนครั้งแรก",
])
def test_girls_and_boys_unnamed(text):
    assert not people(text) - {"วิชัย ทองดี"}


def test_a_name_after_the_word_for_girl_is_read():
    text = "ลงพื้นที่ช่วยเหลือเด็กหญิงดังกล่าว โดยมีนางสาวมาลี ศรีสุข ผู้ช่วยปลัดกระทรวง พม. นำทีม"
    assert "มาลี ศรีสุข" in people(text)
