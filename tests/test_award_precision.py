"""What in this genre is NOT an award conferral, on short texts written for each pattern.

Each rule was found by judging a random sample of the awards read from the 2020-2024 corpus;
the texts here are variants written for the tests, with negatives (what must still be read).
"""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer


def extract(text: str):
    return extract_article(parse_article(text, "t.txt"))


def name(key: str, extraction) -> str:
    if key in extraction.organizations:
        return extraction.organizations[key].name
    return load_gazetteer().agencies[key].name


def rows(extraction):
    return sorted(((name(a.recipient, extraction), a.programme, a.category.label if a.category else None,
                    a.level.label if a.level else None, a.project) for a in extraction.awards), key=str)


_PROSE = "คณะรัฐมนตรีรับทราบผลการดำเนินงานด้านเศรษฐกิจและสังคมของหน่วยงานต่าง ๆ ตามที่เสนอ "


# --- a quoted project far from any award talk is no awarded work ------------------------------------

@pytest.mark.parametrize("later", [
    "โดยเฉพาะโครงการ “คนละครึ่ง” ที่ช่วยกระตุ้นเศรษฐกิจ",
    "กระทรวงพาณิชย์จัดงาน “ตลาดนัดออนไลน์” ให้เกษตรกร",
    "ขยายผลโครงการ “ชิงเก็บ ลดเผา” ในพื้นที่เสี่ยง",
    "ได้นำเสนอผลงาน “ระบบติดตามพัสดุ” ต่อที่ประชุม",
])
def test_a_project_quoted_in_prose_far_after_the_award_is_no_work(later):
    text = ("กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ "
            "ผลงาน “หางานง่าย”\n" + _PROSE * 8 + "\n" + later + "\n")
    assert [r[4] for r in rows(extract(text))] == ["หางานง่าย"]


def test_a_cabinet_summary_names_a_programme_pages_before_a_project_of_a_listed_unit():
    text = ("1. เรื่อง ผลการมอบรางวัลศูนย์ราชการสะดวก ประจำปี 2565\n" + _PROSE * 10 + "\n"
            "- ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร ดำเนินโครงการ “สินเชื่อเพื่อชุมชน” ต่อเนื่อง\n")
    assert not [a for a in extract(text).awards if a.project]


def test_works_of_a_long_list_are_read_however_far_the_list_runs_from_the_award_word():
    items = " ".join(f"{i}) ผลงาน “บริการที่ {i} ของหน่วยงานในสังกัดที่พัฒนาขึ้นเพื่อประชาชนในพื้นที่ห่างไกล”"
                     for i in range(1, 8))
    text = ("กรมการปกครอง ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ "
            "จำนวน 7 รางวัล ได้แก่ " + items + "\n")
    assert len([r for r in rows(extract(text)) if r[4]]) == 7


def test_a_work_named_after_the_award_word_in_a_later_paragraph_is_still_read():
    text = ("กรมสรรพากร ได้รับรางวัลเลิศรัฐ ประจำปี 2564 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ\n"
            + _PROSE * 8 + "\nสำหรับรางวัลดังกล่าว ได้รับจากผลงาน “ยื่นภาษีออนไลน์”\n")
    assert "ยื่นภาษีออนไลน์" in [r[4] for r in rows(extract(text))]
