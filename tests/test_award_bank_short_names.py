"""Banks written by the short names their releases use: ``SME D Bank`` (the SME bank's own name in 304 corpus
articles), ``ธ.กรุงไทย`` (225 articles, as ``ธ.ออมสิน``), and a dotted short form glued to the receiving verb of a
headline (``ธ.ออมสินคว้ารางวัล…``). Counted on award sentences of seeded corpus samples; the texts here are
variants composed for the tests, with negatives: a bank as a sponsor, a bank whose customers won, a short form
glued to a word that receives no award.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

SOE = "ประจำปี 2565 ประเภท “การพัฒนาองค์กรดีเด่น” จากนายกรัฐมนตรี\n"
SME = "ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย"
KTB = "ธนาคารกรุงไทย จำกัด (มหาชน)"
GSB = "ธนาคารออมสิน"


@pytest.mark.parametrize("written, verb, bank", [
    ("SME D Bank", "คว้ารางวัล", SME),
    ("SME D Bank", " ได้รับรางวัล", SME),
    (f"{SME} (ธพว.) หรือ SME D Bank", " คว้ารางวัล", SME),
    ("ธ.กรุงไทย", " ได้รับรางวัล", KTB),
    ("ธ.กรุงไทย", "รับรางวัล", KTB),          # glued, as headlines write it
    ("ธ.ออมสิน", "คว้ารางวัล", GSB),
    ("ธ.ออมสิน", "เข้ารับรางวัล", GSB),
])
def test_a_bank_by_its_short_name_receives(written, verb, bank):
    text = f"{written}{verb}รัฐวิสาหกิจดีเด่น {SOE}"
    assert rows(extract(text)) == [(bank, "soe-award", "การพัฒนาองค์กรดีเด่น", None, None)]


@pytest.mark.parametrize("text", [
    # a bank as the sponsor of a ceremony: no winner
    f"นายกรัฐมนตรีมอบรางวัลรัฐวิสาหกิจดีเด่น {SOE}โดยได้รับการสนับสนุนจาก ธ.กรุงไทย และ SME D Bank\n",
    # the bank's customers won, not the bank
    f"ลูกค้าของ SME D Bank จำนวน 16 รายที่ได้รับรางวัลรัฐวิสาหกิจดีเด่น {SOE}",
    f"สำหรับลูกค้า ธ.กรุงไทย ที่ได้รับรางวัลรัฐวิสาหกิจดีเด่น {SOE}",
    # a glued word that is no receipt: copes with (รับมือ), listens to (รับฟัง)
    f"ธ.ออมสินรับมือวิกฤตเศรษฐกิจ และจะส่งผลงานเข้าประกวดรางวัลรัฐวิสาหกิจดีเด่น {SOE}",
    f"ธ.กรุงไทยรับฟังความเห็นลูกค้าก่อนเสนอชื่อเข้าชิงรางวัลรัฐวิสาหกิจดีเด่น {SOE}",
])
def test_a_bank_that_did_not_win_gets_nothing(text):
    assert rows(extract(text)) == []


@pytest.mark.parametrize("glued", ["สาขาศาลายา", "รับมือวิกฤต", "รับฟังความเห็น", "วิทยานุสรณ์"])
def test_a_short_form_glued_to_another_word_is_still_no_name(glued):
    """``ธ.ออมสินสาขา…``, ``ธ.ออมสินรับมือ…``: a dotted short form run on into a word that receives nothing is
    not read as the body; only a receiving verb may be glued to it."""
    text = f"ผู้แทนจากหลายหน่วยงานร่วมงาน ธ.ออมสิน{glued} ในวันนี้\n"
    assert [m.text for m in extract(text).mentions if m.kind == "org"] == []
