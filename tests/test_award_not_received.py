"""What is not a conferral, on short texts composed for each shape with the award it must still give: a
tally of a kind's awards (``1) ประเภท… จำนวน 7 รางวัล 2) …``), ได้รับ that receives no award (was assigned,
got admiration, had the honour of someone presiding), and a dateline's dash, which opens no list. Then the
Prime Minister's Industry Award, read under its scheme (branch and category)."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

from thaigovkg.extract.awards.recipients import _opens_item

_KINDS = ("1. รางวัลอุตสาหกรรมยอดเยี่ยม จำนวน 1 รางวัล\n"
          "2. รางวัลอุตสาหกรรมดีเด่น แบ่งเป็น 3 ประเภท ประกอบด้วย 1) ประเภทการเพิ่มผลผลิต จำนวน 7 รางวัล "
          "2) ประเภทการจัดการพลังงาน จำนวน 2 รางวัล และ 3) ประเภทเศรษฐกิจหมุนเวียน จำนวน 2 รางวัล\n")


@pytest.mark.parametrize("before", [
    "นายวันชัย เลขาธิการสำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม กล่าวว่า สมอ. ได้รับมอบหมายให้เป็นหน่วยงานหลักในการจัดงาน"
    "รางวัลอุตสาหกรรม ประจำปี 2564 ซึ่งมีรางวัลรวม 14 ประเภทรางวัล ดังนี้\n",
    "กระทรวงอุตสาหกรรมได้รับความชื่นชมจากสถานประกอบการ ในการจัดรางวัลอุตสาหกรรม ประจำปี 2564 ซึ่งแบ่งประเภทรางวัล ดังนี้\n",
    "กรุงเทพฯ 7 กุมภาพันธ์ 2567 - กระทรวงอุตสาหกรรม แถลงข่าวเตรียมจัดงานมอบรางวัลอุตสาหกรรม ประจำปี 2566 "
    "โดยได้รับเกียรติจากนายกรัฐมนตรี เป็นประธาน โดยแบ่งประเภทรางวัล ดังนี้\n",
])
def test_the_kinds_a_programme_is_divided_into_go_to_no_organiser(before):
    assert rows(extract(before + _KINDS)) == []


def test_a_tally_still_lets_a_unit_with_its_own_verb_win():
    text = ("กรมโรงงานอุตสาหกรรมได้รับรางวัลอุตสาหกรรม ประจำปี 2566 จำนวน 2 รางวัล ได้แก่ "
            "ประเภทการจัดการพลังงาน และประเภทเศรษฐกิจหมุนเวียน\n")
    found = {(r[0], r[2]) for r in rows(extract(text))}
    assert found == {("กรมโรงงานอุตสาหกรรม", "การจัดการพลังงาน"), ("กรมโรงงานอุตสาหกรรม", "เศรษฐกิจหมุนเวียน")}


def test_a_count_followed_by_the_category_on_its_item_is_no_tally():
    # "2.1) สาขา… จำนวน 1 รางวัล หมวด 1 …": the count sits between the branch and its category
    text = ("2) กรมพัฒนาสังคมและสวัสดิการ (พส.) ได้รับรางวัลเลิศรัฐ ประจำปี 2567 3 รางวัล ประกอบด้วย "
            "2.1) สาขาคุณภาพการบริหารจัดการภาครัฐ จำนวน 1 รางวัล  หมวด 1 ด้านการนำองค์การและความรับผิดชอบต่อสังคม\n")
    assert [r[0] for r in rows(extract(text))] == ["กรมพัฒนาสังคมและสวัสดิการ"]


@pytest.mark.parametrize("before, opens", [
    ("กรุงเทพฯ 7 กุมภาพันธ์ 2567 - ", False),
    ("วันนี้ เวลา 13.30 น. - ", False),
    ("ผู้ได้รับรางวัล มีดังนี้\n- ", True),
    ("ได้แก่ 1) กรมราชทัณฑ์ 2) ", True),
])
def test_a_datelines_dash_opens_no_item(before, opens):
    assert _opens_item(before) is opens


def test_the_industry_award_is_read_with_its_branch_and_category():
    text = ("นายกรัฐมนตรีมอบรางวัลอุตสาหกรรม ประจำปี 2567 (The Prime Minister’s Industry Award 2024) "
            "โดยบริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน) ได้รับรางวัลอุตสาหกรรมดีเด่น ประเภทการจัดการพลังงาน\n")
    awards = extract(text).awards
    assert [(a.programme, a.year, a.branch.label if a.branch else None, a.category.label if a.category else None)
            for a in awards] == [("pm-industry-award", 2567, "อุตสาหกรรมดีเด่น", "การจัดการพลังงาน")]


def test_prizes_a_contest_announces_go_to_no_organiser():
    text = ("กรมการพัฒนาชุมชน จัดการประกวดผลิตภัณฑ์ OTOP ประจำปี 2564 โดยแบ่งรางวัลเป็น รางวัล The Best of The Best "
            "จะได้เหรียญทอง จำนวน 1 รางวัล รางวัลชนะเลิศเหรียญทอง จำนวน 7 รางวัล รางวัลรองชนะเลิศอันดับ 1 เหรียญเงิน "
            "จำนวน 6 รางวัล และรางวัลชมเชย จำนวน 24 รางวัล\n")
    assert rows(extract(text)) == []


@pytest.mark.parametrize("sentence, won", [
    ("สำนักงานปลัดกระทรวงอุตสาหกรรม ผ่านเกณฑ์การประเมินรางวัลเลิศรัฐ ประจำปี 2567 สาขาบริการภาครัฐ "
     "เป็นผลงานที่อยู่ในเกณฑ์ที่จะได้รับรางวัล ระดับดี และจะได้รับการตรวจประเมิน ณ พื้นที่ปฏิบัติงาน (Site Visit)\n", False),
    ("สำนักงานปลัดกระทรวงอุตสาหกรรม ได้รับรางวัลเลิศรัฐ ประจำปี 2567 สาขาบริการภาครัฐ ระดับดี "
     "หลังผ่านการตรวจประเมิน ณ พื้นที่ปฏิบัติงาน (Site Visit)\n", True),
])
def test_a_unit_that_awaits_its_site_visit_has_won_nothing_yet(sentence, won):
    assert bool(rows(extract(sentence))) is won


@pytest.mark.parametrize("text, programme", [
    ("บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน) ได้รับรางวัลอุตสาหกรรมสีเขียว ระดับที่ 4 วัฒนธรรมสีเขียว ประจำปี 2566\n", "green-industry-award"),
    ("การท่องเที่ยวแห่งประเทศไทยมอบรางวัลอุตสาหกรรมท่องเที่ยวไทย ครั้งที่ 14 ประจำปี 2566 ให้แก่ บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)\n", "thailand-tourism-awards"),
    ("บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน) ได้รับรางวัลอุตสาหกรรมดีเด่น ประจำปี 2566 ประเภทการจัดการพลังงาน\n", "pm-industry-award"),
])
def test_awards_whose_names_begin_like_the_industry_award_stay_their_own(text, programme):
    assert {a.programme for a in extract(text).awards} == {programme}


_WINNERS = ("มหาวิทยาลัยมหิดล คว้ารางวัลชนะเลิศ Global Campus Awards 2024 ในสาขาความยั่งยืนแห่งปี "
            "จากผลงาน “Green Campus”\n")


@pytest.mark.parametrize("finalists, listed", [
    # the members of a list whose lead says they reached the final round have won nothing
    ("ในปีนี้มี 3 มหาวิทยาลัยของไทยผ่านเข้ารอบสุดท้าย ได้แก่ 1.มหาวิทยาลัยบูรพา ในสาขาความเป็นผู้นำและทีมผู้บริหารแห่งปี "
     "2.มหาวิทยาลัยนเรศวร ในสาขาการมีส่วนร่วมที่โดดเด่นในการพัฒนาภูมิภาคและชุมชนท้องถิ่นแห่งปี 3.มหาวิทยาลัยทักษิณ ในสาขาโครงการวิจัยแห่งปี: ศิลปศาสตร์ มนุษยศาสตร์ และสังคมศาสตร์ "
     "4.มหาวิทยาลัยเชียงใหม่ ในสาขานวัตกรรมดิจิทัลแห่งปี และ 5.มหาวิทยาลัยขอนแก่น ในสาขาการสอนแห่งปี\n", False),
    # a lead that says they won, after the final round, keeps them
    ("ในปีนี้มี 3 มหาวิทยาลัยของไทยผ่านเข้ารอบสุดท้ายและคว้ารางวัล ได้แก่ 1.มหาวิทยาลัยบูรพา ในสาขาความเป็นผู้นำและทีมผู้บริหารแห่งปี "
     "2.มหาวิทยาลัยนเรศวร ในสาขาการมีส่วนร่วมที่โดดเด่นในการพัฒนาภูมิภาคและชุมชนท้องถิ่นแห่งปี 3.มหาวิทยาลัยทักษิณ ในสาขาโครงการวิจัยแห่งปี: ศิลปศาสตร์ มนุษยศาสตร์ และสังคมศาสตร์ "
     "4.มหาวิทยาลัยเชียงใหม่ ในสาขานวัตกรรมดิจิทัลแห่งปี และ 5.มหาวิทยาลัยขอนแก่น ในสาขาการสอนแห่งปี\n", True),
])
def test_finalists_a_list_names_after_its_lead_have_won_nothing(finalists, listed):
    recipients = {row[0] for row in rows(extract("มหิดลคว้ารางวัล Global Campus Awards 2024\n\n" + _WINNERS + finalists))}
    assert "มหาวิทยาลัยมหิดล" in recipients
    assert ("มหาวิทยาลัยเชียงใหม่" in recipients) is listed
