"""A category whose name holds an administrative level (ประเภทหน่วยงานระดับกรม) is read whole: ระดับ there names
the level of the kind of recipient, not a tier. A tier (ระดับดีเด่น, ระดับ Gold) after a category stays the level.

Composed texts of the genre (agencies real, programmes invented).
"""
from __future__ import annotations

from test_award_frames import rows
from test_award_precision import extract


def test_a_department_level_category_is_read_whole():
    e = extract("กรมบัญชีกลาง ได้รับรางวัลนวัตกรรมการเงินการคลังดีเด่น ประจำปี 2566 ประเภทหน่วยงานระดับกรม "
                "ระดับ Gold จากผลงาน ระบบจ่ายตรงออนไลน์\n")
    assert [(r[4], r[5]) for r in rows(e)] == [("หน่วยงานระดับกรม", "Gold")]


def test_or_equivalent_glued_to_the_level_belongs_to_the_category():
    e = extract("กรมศุลกากร คว้ารางวัลนวัตกรรมการเงินการคลังดีเด่น ครั้งที่ 4 ประเภทส่วนราชการระดับกองหรือเทียบเท่า "
                "จากผลงาน ระบบตรวจปล่อยสินค้าอัจฉริยะ\n")
    assert [r[4] for r in rows(e)] == ["ส่วนราชการระดับกองหรือเทียบเท่า"]


def test_a_ministry_level_category_before_a_list_of_winners():
    e = extract("ผลการประกวดรางวัลนวัตกรรมการเงินการคลังดีเด่น ประจำปี 2567 ประเภทหน่วยงานระดับกระทรวง "
                "ได้แก่ กระทรวงการคลัง\n")
    assert [(r[0], r[4]) for r in rows(e)] == [("กระทรวงการคลัง", "หน่วยงานระดับกระทรวง")]


def test_what_follows_the_level_after_a_space_is_not_the_category():
    e = extract("กรมสรรพากร ได้รับรางวัลนวัตกรรมการเงินการคลังดีเด่น ประจำปี 2566 ประเภทหน่วยงานระดับกรม "
                "หรือส่วนราชการที่เรียกชื่ออย่างอื่น จากผลงาน ระบบยื่นภาษีออนไลน์\n")
    assert [r[4] for r in rows(e)] == ["หน่วยงานระดับกรม"]


def test_a_tier_after_a_category_stays_the_level():
    e = extract("กรมอนามัย ได้รับรางวัลองค์กรสร้างสุขดีเด่น ประจำปี 2566 ประเภทหน่วยงานภาครัฐ ระดับดีเด่น\n")
    assert [(r[4], r[5]) for r in rows(e)] == [("หน่วยงานภาครัฐ", "ดีเด่น")]


def test_a_scope_that_is_no_administrative_level_does_not_join_the_category():
    e = extract("กรมอนามัย ได้รับรางวัลองค์กรสร้างสุขดีเด่น ประจำปี 2566 ประเภทหน่วยงานภาครัฐระดับประเทศ\n")
    assert [(r[4], r[5]) for r in rows(e)] == [("หน่วยงานภาครัฐ", None)]
