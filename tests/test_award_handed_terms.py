"""Units an award is handed to (``มอบรางวัล<programme's term> … ให้แก่ A และ B``) where the programme is known and
its term stands between มอบ and ให้แก่: each unit received that award, with the term; composed texts, with negatives."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

_GIVEN = "กรมส่งเสริมอุตสาหกรรมมอบรางวัลอุตสาหกรรมดีเด่น ประจำปี 2566 {to} {units}\n"


@pytest.mark.parametrize("to", ["ให้แก่", "ให้กับ", "ให้แก่ "])
@pytest.mark.parametrize("units, names", [
    ("กรมการปกครอง", {"กรมการปกครอง"}),
    ("บริษัท สยามฟู้ด จำกัด", {"บริษัท สยามฟู้ด จำกัด"}),
    ("บริษัท สยามฟู้ด จำกัด และบริษัท น่านค้าไม้ จำกัด", {"บริษัท สยามฟู้ด จำกัด", "บริษัท น่านค้าไม้ จำกัด"}),
    ("กรมการปกครอง และกรมที่ดิน", {"กรมการปกครอง", "กรมที่ดิน"}),
])
def test_units_handed_a_known_programmes_term_each_won_it(to, units, names):
    found = extract(_GIVEN.format(to=to, units=units))
    assert {r[0] for r in rows(found)} == names
    assert all(a.branch is not None for a in found.awards)     # the term written before ให้แก่ is kept


@pytest.mark.parametrize("text", [
    # handed to people, or to a group the article does not name
    "กรมส่งเสริมอุตสาหกรรมมอบรางวัลอุตสาหกรรมดีเด่น ประจำปี 2566 ให้แก่ผู้ประกอบการที่มีผลงานดีเด่น\n",
    # a meeting with units, no award handed to them
    "กรมส่งเสริมอุตสาหกรรมประชุมเรื่องรางวัลอุตสาหกรรมดีเด่น ประจำปี 2566 ร่วมกับกรมการปกครอง และกรมที่ดิน\n",
    # the units attended: no winners
    "กรมส่งเสริมอุตสาหกรรมมอบรางวัลอุตสาหกรรมดีเด่น ประจำปี 2566 โดยมีผู้เข้าร่วมงาน ได้แก่ กรมการปกครอง และกรมที่ดิน\n",
])
def test_no_units_handed_the_award_no_rows(text):
    assert not {r[0] for r in rows(extract(text))} & {"กรมการปกครอง", "กรมที่ดิน"}
