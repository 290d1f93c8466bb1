"""A unit named before the parent it belongs to (``<unit> หน่วยงานในสังกัด<parent> เข้ารับรางวัล…``) is the winner,
not the parent; a year that opens the next clause (``… “องค์กรเกียรติยศ” ซึ่งปี 2565 ที่ผ่านมา …``) is that clause's,
not the year of the award named before it.

Found judging corpus slices; the texts are variants written for the tests, with negatives.
"""
from __future__ import annotations

import pytest

from thaigovkg.gazetteer import load_gazetteer
from test_extract import extract


def name(key: str, extraction) -> str:
    if key in extraction.organizations:
        return extraction.organizations[key].name
    return load_gazetteer().organization(key).name


def recipients(text: str) -> list[str]:
    extraction = extract(text)
    return sorted(name(a.recipient, extraction) for a in extraction.awards)


@pytest.mark.parametrize("under", ["หน่วยงานในสังกัด", "สังกัด", "ซึ่งเป็นหน่วยงานในสังกัด", "(สสช.) หน่วยงานสังกัด"])
@pytest.mark.parametrize("verb", ["เข้ารับรางวัลชุดข้อมูลยอดนิยม ประจำปี 2565", "ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดี"])
def test_a_unit_named_before_the_parent_it_belongs_to_wins(under, verb):
    text = f"โอกาสนี้ สำนักงานสถิติแห่งชาติ {under}กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอีเอส) {verb}\n"
    assert recipients(text) == ["สำนักงานสถิติแห่งชาติ"]


@pytest.mark.parametrize("text", [
    "กระทรวงสาธารณสุข ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดี\n",
    "กรมควบคุมโรค ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดี และกระทรวงสาธารณสุข "
    "ได้รับรางวัลองค์กรคุณธรรมต้นแบบ ประจำปี 2565\n",
])
def test_a_parent_that_receives_keeps_its_award(text):
    assert "กระทรวงสาธารณสุข" in recipients(text)


@pytest.mark.parametrize("opening", ["โดยปี 2566 นี้", "ในปี 2566 นี้"])
@pytest.mark.parametrize("turn", ["ซึ่งปี 2565 ที่ผ่านมา", "ซึ่งในปี 2565 ที่ผ่านมา", "โดยเมื่อปี 2565"])
def test_a_year_that_opens_the_next_clause_is_that_clauses(opening, turn):
    text = (f"{opening} สำนักงานปลัดกระทรวงวัฒนธรรม ได้รับรางวัล “องค์กรเกียรติยศ” {turn} "
            "สำนักงานปลัดกระทรวงวัฒนธรรม ได้รับรางวัล “องค์กรคนดี”\n")
    years = sorted(a.year for a in extract(text).awards)
    assert years == [2565, 2566]


def test_a_year_right_after_the_name_stays_its_year():
    text = "กรมการจัดหางาน ได้รับรางวัลองค์กรคุณธรรมต้นแบบ ปี 2565 จากกระทรวงวัฒนธรรม\n"
    assert [a.year for a in extract(text).awards] == [2565]


# --- the tier a term names: the ministry, not its permanent secretary's office; or the reverse -------------

@pytest.mark.parametrize("text", [
    "นายแพทย์โอภาส การย์กวินพงศ์ ปลัดกระทรวงสาธารณสุข เข้ารับรางวัล “สำเภา-นาวาทอง” ระดับกระทรวง ประจำปี 2566\n",
    "นายแพทย์โอภาส การย์กวินพงศ์ ปลัดกระทรวงสาธารณสุข รับมอบรางวัล “สำเภา-นาวาทอง” ประเภทหน่วยงานระดับ “กระทรวง” ประจำปี 2566\n",
])
def test_a_ministry_tier_award_the_permanent_secretary_receives_is_the_ministrys(text):
    assert recipients(text) == ["กระทรวงสาธารณสุข"]


def test_a_department_tier_award_read_for_a_ministry_is_its_permanent_secretarys_office():
    text = "กระทรวงพาณิชย์ ได้รับรางวัล “สำเภา-นาวาทอง” ประจำปี 2566 ประเภทหน่วยงานระดับกรม\n"
    assert recipients(text) == ["สำนักงานปลัดกระทรวงพาณิชย์"]


@pytest.mark.parametrize("text,winner", [
    ("สำนักงานปลัดกระทรวงสาธารณสุข ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ระดับดี\n",
     "สำนักงานปลัดกระทรวงสาธารณสุข"),
    ("กรมการค้าภายใน ได้รับรางวัล “สำเภา-นาวาทอง” ประจำปี 2566 ประเภทหน่วยงานระดับกรม\n", "กรมการค้าภายใน"),
    ("กระทรวงพาณิชย์ ได้รับรางวัล “สำเภา-นาวาทอง” ประจำปี 2566 ประเภทหน่วยงานระดับกระทรวง\n", "กระทรวงพาณิชย์"),
])
def test_an_award_whose_tier_fits_its_winner_stays(text, winner):
    assert recipients(text) == [winner]


# --- the year written right after a programme's name: after its edition, or a two-year round ---------------

@pytest.mark.parametrize("written,year", [
    ("ครั้งที่ 8 ปี 2561", 2561), ("ครั้งที่ 12 ประจำปี 2561", 2561), ("ประจำปี 2563 - 2564", 2564),
    ("ประจำปี 2563-2564", 2564), ("ประจำปี พ.ศ. 2563 – 2564", 2564),
])
def test_the_year_after_an_edition_or_a_two_year_round_is_the_programme_year(written, year):
    text = f"กรมการจัดหางาน ได้รับรางวัลหน่วยงานส่งเสริมคนพิการดีเด่น {written} ประเภทหน่วยงานภาครัฐ\n"
    assert [a.year for a in extract(text).awards] == [year]


def test_an_edition_alone_gives_no_year():
    text = "กรมการจัดหางาน ได้รับรางวัลหน่วยงานส่งเสริมคนพิการดีเด่น ครั้งที่ 8 ประเภทหน่วยงานภาครัฐ\n"
    assert [a.year for a in extract(text).awards] == [None]
