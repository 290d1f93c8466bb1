"""Which programme a row is attached to where an article names several; composed texts.

* An outline of what a unit won, each item headed by a programme (``1) รางวัล<A> … 2) รางวัล<B> … และ 3) รางวัล<C>
  จำนวน 3 รางวัล ได้แก่ …``): the terms of an item are its own programme's, not the one named before its marker.
* Programmes a unit receives joined in one clause (``ได้รับรางวัล<A> ประจำปี 2566 และรางวัล<B>``): each is an award,
  not only the first.
Negatives: one programme's kinds in an outline, written ``รางวัล<kind>`` like programmes; a kind of another programme
after และรางวัล; a programme named in a clause of its own after the one received.
"""
from __future__ import annotations

import datetime as dt

import pytest

from test_extract import extract, org_name

_UNIT = "กรมสรรพากร"


def _by_programme(text):
    found = extract(text)
    return sorted((a.programme, a.category.label if a.category else None, a.level.label if a.level else None)
                  for a in found.awards if org_name(a.recipient, found) == _UNIT)


_ITEMS = {
    "psea": "รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดีเด่น",
    "nacc-integrity": "รางวัลองค์กรโปร่งใส ประเภทหน่วยงานภาครัฐ",
    "dg-awards": "รางวัลรัฐบาลดิจิทัล ระดับดีเด่น ประเภทหน่วยงานระดับกรม",
}


@pytest.mark.parametrize("marker", ["{n}) ", "{n}. ", "({n}) "])
def test_each_outline_item_is_under_the_programme_it_names(marker):
    lines = [marker.format(n=n) + item for n, item in enumerate(_ITEMS.values(), 1)]
    text = _UNIT + "ได้รับรางวัลในปี 2566 ดังนี้\n" + "\n".join(lines) + "\n"
    assert _by_programme(text) == [("dg-awards", "หน่วยงานระดับกรม", "ดีเด่น"),
                                   ("nacc-integrity", "หน่วยงานภาครัฐ", None),
                                   ("psea", "พัฒนาการบริการ", "ดีเด่น")]


def test_an_inline_outline_after_and_keeps_the_last_items_programme():
    # "… 2) รางวัล<B> จำนวน 2 รางวัล ได้แก่ … และ 3) รางวัล<C> จำนวน 3 รางวัล ได้แก่ รางวัล “ชนะเลิศระดับ …” ประเภท…"
    text = (_UNIT + "ได้รับรางวัลในปี 2566 ดังนี้ 1) รางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดีเด่น "
            "2) รางวัลองค์กรโปร่งใส จำนวน 1 รางวัล ได้แก่ ประเภทหน่วยงานภาครัฐ และ 3) รางวัลรัฐบาลดิจิทัล จำนวน 1 รางวัล "
            "ได้แก่ รางวัล “ชนะเลิศ” ประเภทหน่วยงานระดับกรม\n")
    rows = _by_programme(text)
    assert ("dg-awards", "หน่วยงานระดับกรม", "ชนะเลิศ") in rows
    assert ("nacc-integrity", "หน่วยงานภาครัฐ", None) in rows
    assert not any(p == "nacc-integrity" and c == "หน่วยงานระดับกรม" for p, c, _ in rows)


@pytest.mark.parametrize("opening", [
    "1) รางวัลบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดีเด่น\n2) รางวัลบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี\n",
    "1) สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดีเด่น และ 2) สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี\n",
])
def test_one_programmes_kinds_in_an_outline_stay_under_it(opening):
    # (negative: รางวัล<kind> heading an item is the programme's own division, no programme of its own)
    text = _UNIT + "ได้รับรางวัลเลิศรัฐ ประจำปี 2566 จำนวน 2 รางวัล ดังนี้\n" + opening
    assert _by_programme(text) == [("psea", "นวัตกรรมการบริการ", "ดี"), ("psea", "พัฒนาการบริการ", "ดีเด่น")]


@pytest.mark.parametrize("joined, second", [
    ("ได้รับรางวัลเลิศรัฐ ประจำปี 2566 และรางวัลองค์กรโปร่งใส", ["nacc-integrity"]),
    ("ได้รับรางวัลเลิศรัฐ ประจำปี 2566 และได้รับรางวัลองค์กรโปร่งใส", ["nacc-integrity"]),
    ("คว้ารางวัลเลิศรัฐ ประจำปี 2566, รางวัลรัฐบาลดิจิทัล และรางวัลองค์กรโปร่งใส", ["dg-awards", "nacc-integrity"]),
    ("คว้ารางวัลเลิศรัฐ ประจำปี 2566 รางวัลองค์กรโปร่งใส และรางวัลอื่น ๆ", ["nacc-integrity"]),
    ("รับรางวัลเลิศรัฐ ประจำปี 2566 จากสำนักงาน ก.พ.ร. และรางวัลองค์กรโปร่งใส", ["nacc-integrity"]),
    ("ได้รับรางวัลองค์กรโปร่งใส (NACC Integrity Awards) ประจำปี 2566 และรางวัลเลิศรัฐ", ["nacc-integrity"]),
    ("ได้รับรางวัลเลิศรัฐ 2566 และรางวัลองค์กรโปร่งใส", ["nacc-integrity"]),
])
def test_programmes_received_together_are_each_an_award(joined, second):
    found = extract(_UNIT + joined + "\n", published=dt.date(2023, 9, 20))
    assert sorted(a.programme for a in found.awards) == sorted({"psea", *second})


@pytest.mark.parametrize("text", [
    "ได้รับรางวัลเลิศรัฐ ประจำปี 2566 และรางวัลบริการภาครัฐ",       # a kind of the programme, written like one
    "ได้รับรางวัลเลิศรัฐ ประจำปี 2566 ซึ่งเป็นรางวัลที่มอบแก่หน่วยงานที่มีผลงานดีเด่น และรางวัลองค์กรโปร่งใสเป็นรางวัลของ ป.ป.ช.",
    "ได้รับรางวัลเลิศรัฐ ประจำปี 2566 ทั้งนี้ รางวัลองค์กรโปร่งใสจะประกาศผลในเดือนหน้า",
])
def test_a_programme_not_received_with_the_first_gives_nothing(text):
    # (negative: only the first programme is received)
    assert [a.programme for a in extract(_UNIT + text + "\n").awards] == ["psea"]


def test_a_second_programme_with_terms_of_its_own_keeps_them():
    text = (_UNIT + "ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดีเด่น "
            "และรางวัลองค์กรโปร่งใส ประเภทหน่วยงานภาครัฐ\n")
    assert _by_programme(text) == [("nacc-integrity", "หน่วยงานภาครัฐ", None), ("psea", "พัฒนาการบริการ", "ดีเด่น")]
    assert len(extract(text).awards) == 2
