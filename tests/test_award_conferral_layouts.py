"""Conferral layouts that name the programme and then its winners without a receiving verb on each (awd23): a
count of winners listed after the programme (ประกอบด้วย / คือ / ได้แก่, with or without ทั้งสิ้น / จำนวน), the
placings of a contest each heading its winner, successive receiving clauses each with its own level, and units
named as examples of those handed the award. Composed texts (a ceremony sentence, then the layout; agencies real,
no article's words); negatives: applicants, finalists, judges, sponsors, participants, a plan, places affected.
"""
from __future__ import annotations

import pytest

from test_award_frames import rows
from test_extract import extract

_HEAD = "ประกาศผลรางวัล\n\n"
_PSEA = ("วันที่ 10 กรกฎาคม 2566 สำนักงาน ก.พ.ร. จัดพิธีมอบรางวัลบริการภาครัฐแห่งชาติ ประจำปี 2566 "
         "ณ ศูนย์การประชุมแห่งชาติสิริกิติ์\n")
_INDUSTRY = "วันที่ 5 กันยายน 2566 กระทรวงอุตสาหกรรม จัดพิธีมอบรางวัลอุตสาหกรรมดีเด่น ประจำปี 2566 ณ โรงแรมเซ็นทารา\n"
_THREE = "กรมการปกครอง กรมส่งเสริมการเกษตร และกรมประมง"
_THREE_WON = ["กรมการปกครอง", "กรมประมง", "กรมส่งเสริมการเกษตร"]


def won(text: str) -> list[tuple]:
    return [(r[0], r[5]) for r in rows(extract(_HEAD + text))]


@pytest.mark.parametrize("line, winners", [
    ("ในปีนี้ มีหน่วยงานได้รับรางวัลบริการภาครัฐแห่งชาติ ทั้งสิ้น 3 หน่วยงาน ประกอบด้วย " + _THREE, _THREE_WON),
    ("มีหน่วยงานได้รับรางวัลบริการภาครัฐแห่งชาติ จำนวน ๔ หน่วยงาน ประกอบด้วย กรมอนามัย, กรมควบคุมโรค, กรมการแพทย์ "
     "และกรมสุขภาพจิต", ["กรมการแพทย์", "กรมควบคุมโรค", "กรมสุขภาพจิต", "กรมอนามัย"]),
    ("โดยมีหน่วยงานได้รับรางวัลบริการภาครัฐแห่งชาติ 2 หน่วยงาน ได้แก่ กรมที่ดิน และกรมพัฒนาที่ดิน",
     ["กรมที่ดิน", "กรมพัฒนาที่ดิน"]),
    ("รางวัลบริการภาครัฐแห่งชาติ ประจำปี 2566 มอบให้แก่ 3 หน่วยงาน ได้แก่ " + _THREE, _THREE_WON),
    ("รางวัลบริการภาครัฐแห่งชาติ ประจำปี ๒๕๖๖ มอบให้แก่หน่วยงานจำนวน 2 แห่ง ได้แก่ กรมอนามัย และกรมการแพทย์",
     ["กรมการแพทย์", "กรมอนามัย"]),
])
def test_a_count_of_winners_listed_after_the_programme(line, winners):
    """The programme's own name holds a term (รางวัลบริการภาครัฐ…): it is the name, no term the list's frames read."""
    assert won(_PSEA + line + "\n") == [(w, None) for w in winners]


def test_companies_counted_after_a_programme_with_no_term_in_its_name():
    line = ("ในปีนี้มีสถานประกอบการได้รับรางวัลอุตสาหกรรมดีเด่น ทั้งสิ้น 2 แห่ง ประกอบด้วย บริษัท ปตท. จำกัด (มหาชน) "
            "และบริษัท ปูนซิเมนต์ไทย จำกัด (มหาชน)\n")
    assert [r[0] for r in won(_INDUSTRY + line)] == ["บริษัท ปตท. จำกัด (มหาชน)", "บริษัท ปูนซิเมนต์ไทย จำกัด (มหาชน)"]


@pytest.mark.parametrize("line, level", [
    ("ทั้งนี้ หน่วยงานที่ได้รับรางวัลบริการภาครัฐแห่งชาติ ระดับดีเด่น มีจำนวน 3 หน่วยงาน คือ " + _THREE, "ดีเด่น"),
    ("หน่วยงานที่ได้รับรางวัลบริการภาครัฐแห่งชาติ ระดับดี จำนวน ๓ หน่วยงาน คือ " + _THREE, "ดี"),
])
def test_the_level_the_listing_clause_writes_is_each_winners(line, level):
    assert won(_PSEA + line + "\n") == [(w, level) for w in _THREE_WON]


@pytest.mark.parametrize("line, expected", [
    ("โดยรางวัลชนะเลิศ ได้แก่ จังหวัดเชียงใหม่ รองชนะเลิศอันดับ 1 ได้แก่ จังหวัดลำปาง รองชนะเลิศอันดับ 2 ได้แก่ จังหวัดน่าน",
     [("จังหวัดน่าน", "รองชนะเลิศอันดับ 2"), ("จังหวัดลำปาง", "รองชนะเลิศอันดับ 1"), ("จังหวัดเชียงใหม่", "ชนะเลิศ")]),
    ("รางวัลชนะเลิศ ได้แก่ กรมการปกครอง รางวัลรองชนะเลิศอันดับ 1 ได้แก่ กรมประมง และรางวัลรองชนะเลิศอันดับ 2 ได้แก่ กรมอนามัย",
     [("กรมการปกครอง", "ชนะเลิศ"), ("กรมประมง", "รองชนะเลิศอันดับ 1"), ("กรมอนามัย", "รองชนะเลิศอันดับ 2")]),
    ("ผลการตัดสิน รางวัลชนะเลิศ ได้แก่ จังหวัดขอนแก่น, รองชนะเลิศอันดับ ๑ ได้แก่ จังหวัดอุดรธานี",
     [("จังหวัดขอนแก่น", "ชนะเลิศ"), ("จังหวัดอุดรธานี", "รองชนะเลิศอันดับ 1")]),
])
def test_placings_heading_their_winners_under_a_programme_with_categories(line, expected):
    assert won(_PSEA + line + "\n") == expected


@pytest.mark.parametrize("line, expected", [
    ("ในการนี้ จังหวัดเชียงใหม่ได้รับรางวัลระดับดีเด่น จังหวัดลำปางได้รับรางวัลระดับดี และจังหวัดน่านได้รับรางวัลชมเชย",
     [("จังหวัดน่าน", "ชมเชย"), ("จังหวัดลำปาง", "ดี"), ("จังหวัดเชียงใหม่", "ดีเด่น")]),
    ("ในการนี้ จังหวัดขอนแก่น ได้รับรางวัลระดับดีเด่น จังหวัดอุดรธานี ได้รับรางวัลระดับดี",
     [("จังหวัดขอนแก่น", "ดีเด่น"), ("จังหวัดอุดรธานี", "ดี")]),
    ("โดยกรมการปกครองได้รับรางวัลระดับดีเด่น กรมประมงได้รับรางวัลระดับดี และกรมอนามัยได้รับรางวัลชมเชย",
     [("กรมการปกครอง", "ดีเด่น"), ("กรมประมง", "ดี"), ("กรมอนามัย", "ชมเชย")]),
    ("จังหวัดสงขลาคว้ารางวัลระดับดีเด่น และจังหวัดตรังคว้ารางวัลระดับดี",
     [("จังหวัดตรัง", "ดี"), ("จังหวัดสงขลา", "ดีเด่น")]),
])
def test_each_receiving_clause_gives_its_own_subject_its_level(line, expected):
    """Main gave every level to the first subject (จังหวัด read as a temple วัด before the next province; a level
    that ends a receiving clause taken to list the next body as its winner)."""
    assert won(_PSEA + line + "\n") == expected


@pytest.mark.parametrize("line, winners", [
    ("ในพิธีดังกล่าว นายกรัฐมนตรีได้มอบรางวัลแก่หน่วยงานต่าง ๆ อาทิ " + _THREE, _THREE_WON),
    ("รองนายกรัฐมนตรีมอบรางวัลให้แก่หน่วยงานที่ได้รับรางวัล เช่น กรมอนามัย และกรมควบคุมโรค", ["กรมควบคุมโรค", "กรมอนามัย"]),
])
def test_units_named_as_examples_of_those_handed_the_award(line, winners):
    assert won(_PSEA + line + "\n") == [(w, None) for w in winners]


@pytest.mark.parametrize("line", [
    "ในปีนี้ มีหน่วยงานสมัครเข้ารับการประเมินรางวัลบริการภาครัฐแห่งชาติ ทั้งสิ้น 3 หน่วยงาน ประกอบด้วย " + _THREE,
    "หน่วยงานที่ผ่านเข้ารอบรางวัลบริการภาครัฐแห่งชาติ มีจำนวน 3 หน่วยงาน คือ " + _THREE,
    "รางวัลบริการภาครัฐแห่งชาติ ประจำปี 2566 มีคณะกรรมการตัดสิน 3 หน่วยงาน ได้แก่ " + _THREE,
    "รางวัลบริการภาครัฐแห่งชาติ ประจำปี 2566 ได้รับการสนับสนุนจาก 3 หน่วยงาน ได้แก่ " + _THREE,
    "โดยในปีหน้าจะมอบรางวัลแก่หน่วยงานต่าง ๆ อาทิ " + _THREE,
    "หน่วยงานที่เข้าร่วมประกวดรางวัลบริการภาครัฐแห่งชาติ ได้แก่ " + _THREE,
    "ในการนี้ มีหน่วยงานเข้าร่วมพิธีมอบรางวัลบริการภาครัฐแห่งชาติ จำนวน 3 หน่วยงาน ได้แก่ " + _THREE,
    "นายกรัฐมนตรีมอบรางวัลแก่ผู้แทนหน่วยงานที่เกี่ยวข้อง ได้แก่ กรมการปกครอง และกรมประมง",
])
def test_no_winners_in_lists_of_others(line):
    assert won(_PSEA + line + "\n") == []


def test_provinces_that_suffer_win_nothing():
    line = "ในจังหวัดเชียงใหม่ได้รับความเสียหาย และจังหวัดลำปางได้รับผลกระทบ\n"
    e = extract(_HEAD + _PSEA + line)
    assert rows(e) == [] and "prov_lampang" not in e.organizations


@pytest.mark.parametrize("line, winners, category", [
    ("โดย" + _THREE + " ได้รับรางวัลดังกล่าวในประเภทหน่วยงานภาครัฐ", _THREE_WON, "หน่วยงานภาครัฐ"),
    ("โดยกรมอนามัย และกรมควบคุมโรค ได้รับรางวัลดังกล่าว ประเภทพัฒนาการบริการ", ["กรมควบคุมโรค", "กรมอนามัย"], "พัฒนาการบริการ"),
    ("ซึ่งกรมที่ดินได้รับรางวัลนี้ในประเภทนวัตกรรมการบริการ", ["กรมที่ดิน"], "นวัตกรรมการบริการ"),
])
def test_a_category_after_a_reference_back_to_the_programme(line, winners, category):
    e = extract(_HEAD + _PSEA + line + "\n")
    assert [(r[0], r[4]) for r in rows(e)] == [(w, category) for w in winners]

