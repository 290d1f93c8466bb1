"""A body that congratulates or praises the winners is no winner by it (issue 14: "not the body's award").

Texts composed for the tests: the head or the body praises another that won; negatives where the congratulating
body also received, and where the winner is named by itself.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, name


def article(headline: str, body: str) -> str:
    """The genre's layout: the headline, the date lines, the headline again, the body."""
    return (f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{headline}\n\n\nวันพุธที่ 13 พฤศจิกายน 2567\nพิมพ์\n{headline}\n{body}\n")


def recipients(text: str) -> set[str]:
    extraction = extract(text)
    return {name(a.recipient, extraction) for a in extraction.awards}


@pytest.mark.parametrize("head", [
    "ปลัด มท. “สมศักดิ์ รักษ์ไทย” ชื่นชม",
    "ปลัด มท. \"สมศักดิ์ รักษ์ไทย\" ชื่นชม",
    "ปลัด มท. \"สมศักดิ์ รักษ์ไทย\" ขอแสดงความยินดีกับ",
    "ปลัดกระทรวงมหาดไทย ขอแสดงความยินดีกับ",
    "ปลัดกระทรวงมหาดไทย ยินดีกับ",
    "กระทรวงมหาดไทย ร่วมแสดงความยินดีกับ",
])
def test_the_head_or_body_that_praises_a_winner_is_no_winner(head):
    headline = f"{head} กรมการปกครอง คว้ารางวัลองค์กรต้นแบบด้านสิทธิมนุษยชน ประจำปี 2567 องค์กรภาครัฐ ประเภทราชการส่วนกลาง ระดับดี"
    found = recipients(article(headline, "วันนี้ (13 พ.ย. 67) นายสมศักดิ์ รักษ์ไทย ปลัดกระทรวงมหาดไทย กล่าวแสดงความยินดีกับกรมการปกครอง"))
    assert "กรมการปกครอง" in found
    assert not found & {"กระทรวงมหาดไทย", "สำนักงานปลัดกระทรวงมหาดไทย"}


def test_a_body_that_praises_and_also_receives_keeps_its_award():
    text = ("กระทรวงมหาดไทย ขอแสดงความยินดีกับ กรมการปกครอง ที่ได้รับรางวัลเลิศรัฐ ประจำปี 2567 "
            "และกระทรวงมหาดไทย ได้รับรางวัลเลิศรัฐ ประจำปี 2567 สาขาการบริหารราชการแบบมีส่วนร่วม ระดับดีเด่น\n")
    found = recipients(text)
    assert {"กรมการปกครอง", "กระทรวงมหาดไทย"} <= found


def test_a_winner_praised_by_a_body_not_named_as_winner_stays():
    text = "นายกรัฐมนตรี ชื่นชม กรมการปกครอง คว้ารางวัลเลิศรัฐ ประจำปี 2567 สาขาบริการภาครัฐ ระดับดี\n"
    assert "กรมการปกครอง" in recipients(text)


def test_a_body_that_welcomes_is_no_congratulator():
    body = ("นายกรัฐมนตรี มอบรางวัลเลิศรัฐ ประจำปี 2567 สาขาบริการภาครัฐ ระดับดี ให้แก่ จังหวัดน่าน\n"
            "จังหวัดน่าน ยินดีต้อนรับคณะศึกษาดูงานจากจังหวัดแพร่")
    assert "จังหวัดน่าน" in recipients(article("นายกฯ มอบรางวัลเลิศรัฐ ประจำปี 2567", body))
