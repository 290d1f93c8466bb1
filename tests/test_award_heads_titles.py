"""A title for a person won by a body's head (นักการเงินแห่งปี, Finance Minister of the Year) honours the head:
the body is the recipient and the head its person (FORMAT.md; issue 14: "a person's award credited to their
body"). Composed texts; negatives: a body's own title of the year, and a post no one is named with."""
from __future__ import annotations

from test_award_congratulators import article
from test_award_precision import extract, name


def honoured(text: str) -> set[tuple[str, str | None]]:
    extraction = extract(text)
    return {(name(a.recipient, extraction), a.person) for a in extraction.awards}


def test_a_headline_post_takes_the_name_the_body_gives_it():
    body = ("นายสมศักดิ์ รักษ์ไทย กรรมการผู้จัดการ ธนาคารอาคารสงเคราะห์ (ธอส.) รับรางวัลเกียรติยศ “นักการเงินแห่งปี 2564” "
            "จากวารสารการเงินธนาคาร ในงาน Money & Banking Awards 2022")
    found = honoured(article("กรรมการผู้จัดการ ธอส. รับรางวัล “นักการเงินแห่งปี 2564”", body))
    assert found == {("ธนาคารอาคารสงเคราะห์", "สมศักดิ์ รักษ์ไทย")}


def test_a_ministers_title_of_the_year_names_the_minister():
    body = ("นายสมชาย ใจกว้าง รัฐมนตรีว่าการกระทรวงการคลัง ได้รับการคัดเลือกให้เป็นรัฐมนตรีว่าการกระทรวงการคลังแห่งปี "
            "ของภูมิภาคเอเชีย-แปซิฟิก จากนิตยสาร The Banker")
    found = honoured(article("รัฐมนตรีว่าการกระทรวงการคลังได้รับรางวัล Finance Minister of the Year 2023 จากนิตยสาร The Banker", body))
    assert ("กระทรวงการคลัง", None) not in found
    assert ("กระทรวงการคลัง", "สมชาย ใจกว้าง") in found


def test_a_bodys_title_of_the_year_names_no_person():
    body = ("นายสมศักดิ์ รักษ์ไทย กรรมการผู้จัดการ ธนาคารอาคารสงเคราะห์ (ธอส.) รับรางวัล “ธนาคารยอดเยี่ยมด้านสินเชื่อบ้านแห่งปี 2567” "
            "ในงาน Money & Banking Awards 2024")
    found = honoured(article("ธอส. คว้ารางวัล “ธนาคารยอดเยี่ยมด้านสินเชื่อบ้านแห่งปี 2567”", body))
    assert found and all(person is None for _, person in found)


def test_a_post_no_one_is_named_with_stays_without_a_person():
    body = "ธนาคารอาคารสงเคราะห์ (ธอส.) แจ้งว่า กรรมการผู้จัดการ ธอส. รับรางวัล “นักการเงินแห่งปี 2564” จากวารสารการเงินธนาคาร"
    found = honoured(article("กรรมการผู้จัดการ ธอส. รับรางวัล “นักการเงินแห่งปี 2564”", body))
    assert all(person is None for _, person in found)


def test_a_short_post_in_the_headline_takes_the_name_given_with_the_full_post():
    body = ("วันนี้ (6 พฤษภาคม 2565) นายสมศักดิ์ รักษ์ไทย ปลัดกระทรวงสาธารณสุข รับรางวัลกิตติมศักดิ์ “ผู้บริหารหน่วยงานรัฐดีเด่น” "
            "จากผลงานการดูแลปัญหาโควิด 19")
    found = honoured(article("ปลัด สธ.รับรางวัลกิตติมศักดิ์ “ผู้บริหารหน่วยงานรัฐดีเด่น” จากการดูแลปัญหาโควิด 19", body))
    assert found and all(person == "สมศักดิ์ รักษ์ไทย" for _, person in found)


def test_a_ministers_award_names_the_minister():
    body = ("เมื่อวันที่ 6 พฤษภาคม 2565 นายสมชาย ใจกว้าง รัฐมนตรีว่าการกระทรวงแรงงาน รับรางวัล “รัฐมนตรีดีเด่น” "
            "งาน SIAMRATH ONLINE AWARD 2022 จากผลงานด้านการแก้ไขปัญหาแรงงาน")
    found = honoured(article("รมว.แรงงาน รับรางวัล “รัฐมนตรีดีเด่น” งาน SIAMRATH ONLINE AWARD 2022", body))
    assert found and all(person == "สมชาย ใจกว้าง" for _, person in found)


def test_the_prime_ministers_award_to_a_firm_names_no_person():
    body = ("นายสมศักดิ์ รักษ์ไทย กรรมการผู้จัดการ บริษัท ไทยเจริญ จำกัด รับรางวัล The Prime Minister’s Industry Award 2021 "
            "ประเภทการเพิ่มผลผลิต จากนายกรัฐมนตรี")
    found = honoured(article("นายกรัฐมนตรีมอบรางวัล The Prime Minister’s Industry Award 2021", body))
    assert all(person is None for _, person in found)
