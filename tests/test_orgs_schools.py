"""Schools (issue 15, orgs19): ``โรงเรียน`` and the name of one school, as award articles list their winners and
name where a pupil or a teacher comes from; a kind of school, the common noun and a venue are none; a university's
demonstration school sits under the university. Composed texts, negatives included."""
from __future__ import annotations

import pytest
from test_orgs_provincial_short_forms import orgs


def schools(text: str) -> dict[str, str | None]:
    return {name: parent for name, parent in orgs(text).items() if name.startswith("โรงเรียน")}


@pytest.mark.parametrize("text, name", [
    # one a line in a winners' list, each closed by its province
    ("ผลการประกวด ดังนี้\nโรงเรียนหนองบัวพิทยาคม จังหวัดอุดรธานี ได้รับรางวัลชนะเลิศ\n", "โรงเรียนหนองบัวพิทยาคม"),
    ("รางวัลรองชนะเลิศ ได้แก่ โรงเรียนบ้านโคกสูง อ.เมือง จ.ขอนแก่น", "โรงเรียนบ้านโคกสูง"),
    ("2) โรงเรียนวัดท่าเกวียน จังหวัดลพบุรี\n3) ", "โรงเรียนวัดท่าเกวียน"),
    # a name no stem or ending shows, closed by the place the article gives it
    ("ทีมนักเรียนจากโรงเรียนสันติสุข จังหวัดแพร่ คว้ารางวัล", "โรงเรียนสันติสุข"),
    # a pupil's or a teacher's school, written on to the word for them
    ("นางสาวสมใจ ใจดี ครูโรงเรียนเทศบาลวัดกลาง ได้รับรางวัลครูดีเด่น", "โรงเรียนเทศบาลวัดกลาง"),
    ("นักเรียนโรงเรียนอัสสัมชัญนครพนมที่ได้รับรางวัล", "โรงเรียนอัสสัมชัญนครพนม"),
    ("โดยมีโรงเรียนอนุบาลสุโขทัย ได้รับรางวัลโรงเรียนปลอดขยะ", "โรงเรียนอนุบาลสุโขทัย"),
    # a number and a royal title belong to the name
    ("มอบโล่ให้แก่ โรงเรียนเทศบาล 3 และโรงเรียนวัดใหม่", "โรงเรียนเทศบาล 3"),
    ("และ โรงเรียนท่าใหม่วิทยาคม รัชมังคลาภิเษก ได้รับรางวัล", "โรงเรียนท่าใหม่วิทยาคม รัชมังคลาภิเษก"),
])
def test_a_school_by_its_name(text, name):
    assert name.replace(" ", "") in {n.replace(" ", "") for n in schools(text)}, schools(text)


def test_a_demonstration_school_is_its_universitys():
    found = {name.replace(" ", ""): parent
             for name, parent in schools("ผลงานจาก โรงเรียนสาธิตจุฬาลงกรณ์มหาวิทยาลัย ฝ่ายประถม ได้รับรางวัล").items()}
    assert found.get("โรงเรียนสาธิตจุฬาลงกรณ์มหาวิทยาลัย") == "จุฬาลงกรณ์มหาวิทยาลัย"
    # a town's demonstration school is no university's
    assert schools("ยังมีโรงเรียนสาธิตเทศบาลบ้านสวน ได้รับรางวัล") == {"โรงเรียนสาธิตเทศบาลบ้านสวน": None}


@pytest.mark.parametrize("text", [
    "ส่งเสริมให้โรงเรียนในสังกัดจัดกิจกรรม",
    "นักเรียนโรงเรียนเอกชนและโรงเรียนรัฐ",
    "ขยายผลไปยังโรงเรียนต่าง ๆ ทั่วประเทศ",
    "จัดตั้งโรงเรียนผู้สูงอายุ ทุกตำบล",
    "ขับเคลื่อนธรรมนูญสุขภาพในโรงเรียนผู้สูงอายุแห่งแรกในประเทศไทย",
    "ครูโรงเรียนตำรวจตระเวนชายแดน ซึ่งการสนับสนุนดังกล่าว",
    "พัฒนาโรงเรียนขนาดเล็ก จังหวัดน่าน",
    "โรงเรียนคุณภาพ จังหวัดละ 1 แห่ง",
    "ฉีดวัคซีนให้นักเรียน ณ โรงเรียนบ้านหนองแวง จังหวัดขอนแก่น",      # a venue
    "ให้นักเรียนทุกโรงเรียนได้รับความรู้",
    "ได้รับรางวัลโรงเรียนปลอดขยะ ประจำปี 2566",                        # a programme's title, no school
    "เปิดโรงเรียนเบาหวานวิทยา ขับเคลื่อนงาน อสม.",                       # a scheme's name
])
def test_a_kind_of_school_or_a_venue_is_none(text):
    assert not schools(text), schools(text)


@pytest.mark.parametrize("text, name", [
    ("ความร่วมมือของหน่วยงาน อาทิ วิทยาลัยพยาบาลบรมราชชนนี ขอนแก่น และสภาอุตสาหกรรม", "วิทยาลัยพยาบาลบรมราชชนนี ขอนแก่น"),
    ("นักศึกษาวิทยาลัยพยาบาลบรมราชชนนีพุทธชินราช ได้รับรางวัลชนะเลิศ", "วิทยาลัยพยาบาลบรมราชชนนี พุทธชินราช"),
    ("ร่วมกับวิทยาลัยการสาธารณสุขสิรินธร จังหวัดตรัง จัดอบรม", "วิทยาลัยการสาธารณสุขสิรินธร จังหวัดตรัง"),
])
def test_a_college_of_the_praboromarajchanok_institute(text, name):
    found = {n.replace(" ", ""): p for n, p in orgs(text).items()}
    assert found.get(name.replace(" ", "")) == "สถาบันพระบรมราชชนก", found


@pytest.mark.parametrize("text", [
    "วิทยาลัยพยาบาลบรมราชชนนี สถาบันพระบรมราชชนก จัดอบรม",
    "นักศึกษาวิทยาลัยพยาบาลบรมราชชนนีทั่วประเทศ",
    "วิทยาลัยการสาธารณสุขสิรินธร จำนวน 7 แห่ง",
])
def test_the_colleges_series_alone_is_none(text):
    assert not [n for n in orgs(text) if n.startswith("วิทยาลัย")], orgs(text)


@pytest.mark.parametrize("text, name", [
    ("รางวัลชนะเลิศ ได้แก่ คณะสงฆ์จังหวัดลำพูน และมูลนิธิ", "คณะสงฆ์จังหวัดลำพูน"),
    ("โดยคณะสงฆ์อำเภอแม่ใจร่วมกับเทศบาล", "คณะสงฆ์อำเภอแม่ใจ"),
])
def test_the_sangha_of_a_province_or_a_district_written_as_a_body(text, name):
    assert name in orgs(text) and orgs(text)[name] is None, orgs(text)


@pytest.mark.parametrize("text", ["คณะสงฆ์จังหวัดต่างๆ ร่วมกัน", "คณะสงฆ์อำเภอเมือง จัดงาน", "ให้คณะสงฆ์จังหวัดดำเนินการ"])
def test_a_sangha_without_its_place_is_none(text):
    assert not [n for n in orgs(text) if n.startswith("คณะสงฆ์")], orgs(text)


@pytest.mark.parametrize("text, name", [
    ("ได้แก่ โรงเรียนห้วยแถลงพิทยาคม อำเภอห้วยแถลง ได้รับรางวัล", "โรงเรียนห้วยแถลงพิทยาคม"),
    ("ครูโรงเรียนแจ้งวิทยา จังหวัดเพชรบุรี", "โรงเรียนแจ้งวิทยา"),
    ("นักเรียนโรงเรียนวัดในไร่ จังหวัดนครปฐม", "โรงเรียนวัดในไร่"),
])
def test_a_word_that_is_prose_elsewhere_stays_in_a_name_its_place_closes(text, name):
    assert name in schools(text), schools(text)


@pytest.mark.parametrize("text", ["โรงเรียนแห่งหนึ่งใน อำเภอเมือง", "โรงเรียนในสังกัดกระทรวงศึกษาธิการ จังหวัดน่าน",
                                  "โรงเรียนทั่ว จังหวัดน่าน"])
def test_a_kind_closed_by_a_place_is_still_none(text):
    assert not schools(text), schools(text)


def test_a_name_cut_from_glued_prose_needs_its_own_ending():
    # the temple's name may go on ("…นาทำ"): an opening stem shows no end, so no school is guessed
    assert not schools("นักเรียนโรงเรียนวัดบางนาทำกิจกรรมร่วมกัน"), schools("นักเรียนโรงเรียนวัดบางนาทำกิจกรรมร่วมกัน")
    # a closing word does: "…วิทยา|ที่…"
    assert "โรงเรียนบางนาวิทยา" in schools("นักเรียนโรงเรียนบางนาวิทยาที่ได้รับรางวัล")


@pytest.mark.parametrize("text, name", [
    ("2. โรงเรียนเทศบาล 1 (วัดกลาง) จ.กระบี่", "โรงเรียนเทศบาล 1 (วัดกลาง)"),
    ("เช่น โรงเรียนบ้านหนองไผ่ (ไผ่ประชาสรรค์) จังหวัดขอนแก่น", "โรงเรียนบ้านหนองไผ่ (ไผ่ประชาสรรค์)"),
])
def test_a_schools_other_name_in_brackets_belongs_to_it(text, name):
    assert name.replace(" ", "") in {n.replace(" ", "") for n in schools(text)}, schools(text)


def test_a_place_in_brackets_is_not_the_schools_name():
    assert set(schools("ได้แก่ โรงเรียนบ้านหนองไผ่ (จังหวัดขอนแก่น) และ")) == {"โรงเรียนบ้านหนองไผ่"}
