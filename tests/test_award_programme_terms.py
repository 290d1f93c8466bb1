"""A programme's term learned as a programme of its own (issue 14, awards precision).

* a known programme's branch written as the award, its programme left unnamed (``ได้รับรางวัลการบริการภาครัฐ``,
  a branch of เลิศรัฐ) is that programme's award with that branch, not a programme of its own;
* a category or a level of a known scheme is too common a phrase to say which programme conferred it
  (``รางวัลบริการดีเด่น``), and a name no scheme knows stays a learned programme.

Texts composed for the tests, with negatives.
"""
from __future__ import annotations

import pytest
from test_extract import extract


def rows(extraction) -> set[tuple]:
    names = {**{k: p.name for k, p in extraction.programmes.items()}}
    return {(names.get(a.programme, a.programme), a.branch.label if a.branch else None) for a in extraction.awards}


_BRANCH_ALONE = ("{unit} คว้ารางวัล{branch} ประจำปี 2566\n\n"
                 "นายสมชาย ใจดี อธิบดี{unit} เปิดเผยว่า {unit} ได้รับรางวัล{branch} ระดับดี ประจำปี 2566 "
                 "จากผลงานศูนย์ฝึกอาชีพออนไลน์ ณ ห้องประชุมใหญ่ กรุงเทพมหานคร\n")


@pytest.mark.parametrize("branch, programme, label", [
    ("การบริการภาครัฐ", "psea", "บริการภาครัฐ"),
    ("บริการภาครัฐ", "psea", "บริการภาครัฐ"),
    ("การบริหารราชการแบบมีส่วนร่วม", "psea", "การบริหารราชการแบบมีส่วนร่วม"),
])
def test_a_known_branch_written_alone_is_its_programmes_award(branch, programme, label):
    found = rows(extract(_BRANCH_ALONE.format(unit="กรมพัฒนาฝีมือแรงงาน", branch=branch)))
    assert found == {(programme, label)}


def test_a_known_branch_learns_no_programme():
    extraction = extract(_BRANCH_ALONE.format(unit="กรมพัฒนาฝีมือแรงงาน", branch="การบริการภาครัฐ"))
    assert extraction.programmes == {}


@pytest.mark.parametrize("name", [
    "บริการดีเด่น",                       # a category of the state-enterprise award, a common phrase
    "ศูนย์ฝึกอาชีพต้นแบบดีเด่น",            # no scheme knows it
])
def test_a_category_or_an_unknown_name_stays_a_programme_of_its_own(name):
    found = rows(extract(_BRANCH_ALONE.format(unit="กรมพัฒนาฝีมือแรงงาน", branch=name)))
    assert found and all(programme == "รางวัล" + name for programme, _ in found)


def test_the_branch_with_its_programme_named_is_unchanged():
    text = _BRANCH_ALONE.format(unit="กรมพัฒนาฝีมือแรงงาน", branch="เลิศรัฐ สาขาบริการภาครัฐ")
    assert rows(extract(text)) == {("psea", "บริการภาครัฐ")}


# --- a merit in a facet, no one named: a special prize of the programme named around it, no programme ----

_CONTEST = ("กรมส่งเสริมวัฒนธรรม ประกาศผลการประกวดสื่อ\n\n"
            "วันที่ 10 สิงหาคม 2564 กระทรวงวัฒนธรรม ประกาศผล รางวัลสื่อสร้างสรรค์ต้านภัยยาเสพติด ประจำปี 2564 ดังนี้\n"
            "ประเภทคลิปวิดีโอ รางวัลชนะเลิศ ได้แก่ สำนักงานวัฒนธรรมจังหวัดน่าน รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ "
            "สำนักงานวัฒนธรรมจังหวัดแพร่\n"
            "{prize} ได้แก่ สำนักงานวัฒนธรรมจังหวัดลำปาง สำนักงานวัฒนธรรมจังหวัดพะเยา\n")


@pytest.mark.parametrize("prize", ["รางวัลดีเด่นด้านเทคนิคการถ่ายทำ", "รางวัลยอดเยี่ยมด้านการใช้ภาษา"])
def test_a_merit_in_a_facet_is_no_programme_beside_the_contest(prize):
    extraction = extract(_CONTEST.format(prize=prize))
    assert {p.name for p in extraction.programmes.values()} == {"รางวัลสื่อสร้างสรรค์ต้านภัยยาเสพติด"}
    # the contest's placings are still read
    assert {a.level.label for a in extraction.awards if a.level} >= {"ชนะเลิศ", "รองชนะเลิศอันดับที่ 1"}


def test_a_merit_in_a_facet_is_a_programme_where_the_article_names_no_other():
    text = ("พม. มอบรางวัลดีเด่นด้านการป้องกันและปราบปรามการค้ามนุษย์ ประจำปี 2566\n\n"
            "วันที่ 5 มิถุนายน 2566 ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เป็นประธานพิธีมอบรางวัลดีเด่น"
            "ด้านการป้องกันและปราบปรามการค้ามนุษย์ ประจำปี 2566 ให้แก่ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสงขลา\n")
    names = {p.name for p in extract(text).programmes.values()}
    assert names == {"รางวัลดีเด่นด้านการป้องกันและปราบปรามการค้ามนุษย์"}


def test_a_programme_with_a_subject_before_its_merit_stays_one_beside_another():
    text = ("กรมสวัสดิการและคุ้มครองแรงงาน มอบรางวัล\n\n"
            "วันที่ 5 มิถุนายน 2566 บริษัท ปตท. จำกัด (มหาชน) ได้รับรางวัลเลิศรัฐ ประจำปี 2566 "
            "และได้รับรางวัลสถานประกอบกิจการดีเด่นด้านความปลอดภัย ประจำปี 2566 จากกรมสวัสดิการและคุ้มครองแรงงาน\n")
    names = {p.name for p in extract(text).programmes.values()}
    assert "รางวัลสถานประกอบกิจการดีเด่นด้านความปลอดภัย" in names
