"""People named by คุณ alone, with no title after the name (issue 15: people the finder missed), on composed
sentences: winners, guests and speakers listed by คุณ, a noble surname after คุณ; and what is no name (คุณ as
"you", a slogan in quotes, a word of quality or value, thanks, a name with คุณ set apart from it)."""
from __future__ import annotations

import pytest

from test_extract import extract


def people(text: str) -> set[str]:
    return set(extract(text).people)


@pytest.mark.parametrize("text, names", [
    ("รางวัลเกียรติยศให้กับ คุณสมปอง รุ่งฟ้าใส มอบโดย คุณวิรัตน์ ทองคำแท้ และรางวัลพิเศษ",
     {"สมปอง รุ่งฟ้าใส", "วิรัตน์ ทองคำแท้"}),
    ("ผู้ได้รับรางวัล 8 ท่าน อาทิ คุณนภัสรา เลิศวงศ์ไพศาล คุณกิตติ บุญล้อมรักษ์  คุณอรทัย ศรีประไพ (ดีเจต้อม) และคณะ",
     {"นภัสรา เลิศวงศ์ไพศาล", "กิตติ บุญล้อมรักษ์", "อรทัย ศรีประไพ"}),
    ("สอบถามได้ที่ กองส่งเสริมการค้า คุณพิมพ์ชนก แสงอรุณรัตน์\nโทรศัพท์ 02 123 4567", {"พิมพ์ชนก แสงอรุณรัตน์"}),
    ("การบรรยายดำเนินรายการโดยคุณวีรยุทธ ชัยมงคลกุล จัดโดยสถาบันดนตรี", {"วีรยุทธ ชัยมงคลกุล"}),
    ("คุณอารีรัตน์ พึ่งทอง ผู้ชนะเลิศ กล่าวขอบคุณ", {"อารีรัตน์ พึ่งทอง"}),
    ("โดยมีวิทยากร ได้แก่ เครือข่ายกลุ่มทอผ้า โดยคุณสุดารัตน์ พึ่งบุญมี และกลุ่มไหมทอง", {"สุดารัตน์ พึ่งบุญมี"}),
    ("ร่วมด้วย คุณธีรวัฒน์ ชุมพล ณ อยุธยา ประธานสำนักงานจัดงาน เข้าร่วม", {"ธีรวัฒน์ ชุมพล ณ อยุธยา"}),
])
def test_named_by_khun_alone(text, names):
    assert names <= people(text)


@pytest.mark.parametrize("text", [
    "ขอแสดงความยินดี คุณมีสิทธิ์ได้รับเงินเยียวยาจากรัฐบาล กรุณากดลิงก์เพื่อรับเงิน",   # "you", a scam message
    "ธนาคารเปิดตัวโครงการ “คุณสู้ เราช่วย” เพื่อช่วยลูกหนี้",                            # a slogan
    "ดั่งสโลแกนที่ว่า “คุณออม รัฐช่วยออม คุณได้บำนาญ”",
    "เพื่อให้ผู้ป่วยมีคุณภาพชีวิต ที่ดีขึ้น และได้รับบริการที่มีคุณค่า ต่อสังคม",             # quality, value
    "ขอบคุณทุกท่าน ที่มาร่วมงาน และคุณธรรม จริยธรรม ของข้าราชการ",                    # thanks, virtue
    "รู้สึกขอบคุณ เจ้าหน้าที่ ทุกคน",
    "คุณ สมชาย ใจดี ได้กล่าวไว้",                                                     # คุณ set apart from the name
    "ขับร้องโดย คุณอ๊อฟ สมชาย ทองดี แชมป์หมอลำ",                                         # a nickname first
])
def test_no_person_by_khun(text):
    assert not any(n.startswith(("มีสิทธิ", "สู้", "ออม", "ภาพ", "ค่า", "ทุก", "ธรรม", "เจ้าหน้าที่", "สมชาย", "อ๊อฟ"))
                   for n in people(text))


def test_khun_before_a_title_is_unchanged():
    text = "คุณมาลี ศรีสุข ผู้ช่วยผู้อำนวยการฝ่ายสื่อสารองค์กร ธนาคารออมสิน กล่าวว่า"
    assert "มาลี ศรีสุข" in people(text)


def test_a_surname_written_khun_is_no_second_person():
    text = "นายวิชาญ คุณประเสริฐ รัฐมนตรีว่าการกระทรวงวัฒนธรรม เป็นประธานในพิธี"
    assert people(text) == {"วิชาญ คุณประเสริฐ"}


def test_a_name_of_three_parts_before_its_title():
    text = "โดยมี คุณมาเรีย เฟอร์นันดา โลเปซ รองเลขาธิการองค์การสหประชาชาติ กล่าวเปิดงาน"
    assert "มาเรีย เฟอร์นันดา โลเปซ" in people(text)
