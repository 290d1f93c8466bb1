"""A given name followed by the sentence, not a surname (issue 15, ppl22), on composed texts: the headline's
"<rank> <given name> <verb phrase>" points to the person the article names in full (before or after it), a clause
after an unresolved given name gives no person, นายก written on to a name or a body is the prime minister's or a
president's title (not นาย + กเศรษฐา); and real surnames made of ordinary words stay names."""
from __future__ import annotations

import pytest

from test_extract import extract


def people(text: str) -> set[str]:
    return set(extract(text).people)


@pytest.mark.parametrize("text, names", [
    # the headline's verb phrase, the full name in the body after it
    ("รองนายกรัฐมนตรี พลเอก ประวิตร อนุมัติ (ร่าง) พ.ร.บ. การเปลี่ยนแปลงสภาพภูมิอากาศ\n"
     "วันนี้ พลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี เป็นประธานการประชุม", {"ประวิตร วงษ์สุวรรณ"}),
    ("รัฐมนตรีว่าการกระทรวงมหาดไทย นายอนุชา ลงพื้นที่นราธิวาส ติดตามสถานการณ์น้ำ\n"
     "นายอนุชา บูรพชัยศรี รัฐมนตรี กล่าวว่า", {"อนุชา บูรพชัยศรี"}),
    # …and the full name before it
    ("นายสมศักดิ์ เทพสุทิน รัฐมนตรี กล่าวว่า วันนี้ตนกับนายสมศักดิ์ ห่วงสถานการณ์น้ำ", {"สมศักดิ์ เทพสุทิน"}),
    # a given name written on to what the person did, the rest words of the dictionary
    ("สิ่งที่พล.อ.ประยุทธ์สร้างไว้ มีแต่ความเจริญ และพล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าว",
     {"ประยุทธ์ จันทร์โอชา"}),
    # นายก + a name: the person named in full
    ("โดยนายกเศรษฐา เปิดงาน 15 พ.ค.นี้ ทั้งนี้ นายเศรษฐา ทวีสิน นายกรัฐมนตรี จะเดินทางมา", {"เศรษฐา ทวีสิน"}),
    # นายก + a rank and a name: the name after the rank
    ("รัฐบาลที่ผ่านมา นายกพลเอกสุรยุทธ์ จุลานนท์ ได้ขอโทษ", {"สุรยุทธ์ จุลานนท์"}),
])
def test_the_sentence_after_a_given_name_points_to_the_person(text, names):
    assert people(text) == names


@pytest.mark.parametrize("text", [
    "ว่ามอบหมายให้นายวิษณุ ช่วยทำงานในส่วนไหน",                  # an unresolved given name and a clause
    "ผู้ก่อเหตุได้พบนายนครชัย แล้วขี่รถกลับออกไป",
    "วันนี้ตนกับนายอนุชา อยู่ที่รัฐสภา เนื่องจากมีการอภิปราย",
    "ปลัดมหาดไทย พร้อมด้วยนายกแม่บ้านมหาดไทย บรรยายพิเศษ",       # นายก + a body
    "โดยนายกเศรษฐา เปิดงาน 15 พ.ค.นี้",                          # นายก + a name met nowhere in full
    "อดีตลูกจ้าง ปลื้มนายกตู่ ดูแล ปรับเพิ่มเงินสงเคราะห์",           # นายก + a nickname, a verb after it
])
def test_no_person_from_a_given_name_and_the_sentence(text):
    assert not people(text)


@pytest.mark.parametrize("text, names", [
    # real surnames made of ordinary words (a verb first), with a title after them or in a list
    ("นางสาวฐิติมา มีศรี นักวิชาการคอมพิวเตอร์ชำนาญการพิเศษ กรมโรงงานอุตสาหกรรม", {"ฐิติมา มีศรี"}),
    ("นายเอกนัฏ พร้อมพันธุ์ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธาน", {"เอกนัฏ พร้อมพันธุ์"}),
    ("5. นายกิตติพันธ์ ใจดี 6. นายพิชัย ซื่อมั่น 7. นายวิรัช อยู่ถาวร 8. นางสาวกัลยา กลั่นประโคน",
     {"กิตติพันธ์ ใจดี", "พิชัย ซื่อมั่น", "วิรัช อยู่ถาวร", "กัลยา กลั่นประโคน"}),
    ("พลตำรวจตรี พรพิทักษ์ รู้ยืนยง รองผู้บัญชาการตำรวจปราบปรามยาเสพติด และนายเกษม ตั้งเกษมสำราญ",
     {"พรพิทักษ์ รู้ยืนยง", "เกษม ตั้งเกษมสำราญ"}),
    # a given name opening with ก and a consonant is a name (กมล, กนก), with a title after it
    ("นายกมล มีศรี ผู้อำนวยการกองคลัง กรมบัญชีกลาง และนางกนกพร ใจดี", {"กมล มีศรี", "กนกพร ใจดี"}),
    # a name met in full twice, and one whose surname reads as a verb met alone: both stay
    ("นายสมชาย ชอบงาม ประธานชมรม และนายวีระ อยู่เกตุ ร่วมงาน นายสมชาย ชอบงาม กล่าว", {"สมชาย ชอบงาม", "วีระ อยู่เกตุ"}),
])
def test_real_surnames_of_ordinary_words_stay(text, names):
    assert people(text) == names


def test_two_people_of_one_given_name_keep_their_surnames():
    """A surname that reads as a verb, right before the person's title, is the surname even where the article
    names another person of the same given name in full."""
    assert people("นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน มอบหมายให้ นายสุชาติ พรชัยวิเศษกุล "
                  "อธิบดีกรมการจัดหางาน ลงพื้นที่") == {"สุชาติ ชมกลิ่น", "สุชาติ พรชัยวิเศษกุล"}


def test_a_verb_phrase_written_on_to_a_title_is_no_surname():
    """"มาเป็นรัฐมนตรี" (came to be minister) after a given name: the title is cut off, the rest is the sentence."""
    assert people("ดังนั้น นายจักรพงษ์ มาเป็นรัฐมนตรีประจำสำนักนายกรัฐมนตรี ก็จะมาดูแลสำนักงบประมาณ") == set()
    assert people("นายจักรพงษ์ แสงมณี รัฐมนตรีประจำสำนักนายกรัฐมนตรี กล่าวว่า นายจักรพงษ์ มาเป็นรัฐมนตรีประจำสำนัก"
                  "นายกรัฐมนตรี") == {"จักรพงษ์ แสงมณี"}


def test_a_list_entry_is_a_name_whatever_its_words():
    """Two people of one given name in a list: the second's surname opens with a verb (ตั้ง) and stays his."""
    assert people("1. นายเจษฎา เอี่ยมวิจารย์          มหาวิทยาลัย\n2. นางสาวกัลยา ศรีสุข\n3. นายเจษฎา ตั้งมงคลสุข\n") \
        == {"เจษฎา เอี่ยมวิจารย์", "กัลยา ศรีสุข", "เจษฎา ตั้งมงคลสุข"}
