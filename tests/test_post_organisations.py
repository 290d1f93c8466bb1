"""Posts tied to the organisation their title names: a unit the tables lack, written whole in the title with
its agency right after it, and the Prime Minister's secretaries-general; no organisation where the text
gives no evidence of one."""
from __future__ import annotations

import datetime as dt

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article


def posts(sentence: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    """title → (organisation name, its parent's key, its kind) of each post the sentence gives."""
    extraction = extract_article(parse_article("ข่าว\n\n" + sentence + "\n", "t1", published=dt.date(2024, 1, 1)))
    found = {}
    for post in extraction.posts:
        org = extraction.organizations.get(post.org) if post.org else None
        found[post.title] = (org.name if org else post.org, org.parent if org else None, org.kind if org else None)
    return found


@pytest.mark.parametrize("sentence, title, unit, parent", [
    ("นายพัฒนพงศ์ ชูแสง ผู้อำนวยการกองบริหารจัดการทรัพยากรและกำหนดมาตรการ กรมประมง เป็นเลขานุการการประชุม",
     "ผู้อำนวยการกองบริหารจัดการทรัพยากรและกำหนดมาตรการ", "กองบริหารจัดการทรัพยากรและกำหนดมาตรการ", "dof"),
    # a numbered office, its short form in brackets before the agency
    ("นายโดม ถนอมบูรณ์ ผู้อำนวยการศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 11 (ศภ.11) กรมส่งเสริมอุตสาหกรรม กล่าวว่า",
     "ผู้อำนวยการศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 11", "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 11", "dip"),
    # a deputy, and an institute of a department
    ("นพ.วิชาญ ปาวัน รองผู้อำนวยการสถาบันป้องกันควบคุมโรคเขตเมือง กรมควบคุมโรค แถลงข่าว",
     "รองผู้อำนวยการสถาบันป้องกันควบคุมโรคเขตเมือง", "สถาบันป้องกันควบคุมโรคเขตเมือง", "ddc"),
    # a central division written with its ministry belongs to the permanent secretary's office
    ("นายสมชาย ใจดี ผู้อำนวยการกองการเจ้าหน้าที่ กระทรวงแรงงาน กล่าวว่า",
     "ผู้อำนวยการกองการเจ้าหน้าที่", "กองการเจ้าหน้าที่", "mol_ops"),
])
def test_a_unit_named_in_a_title_belongs_to_the_agency_written_after_it(sentence, title, unit, parent):
    name, found_parent, kind = posts(sentence)[title]
    assert (name, found_parent, kind) == (unit, parent, "unit")


@pytest.mark.parametrize("sentence, title", [
    # no agency written after the title: the unit's parent is unknown, so no unit is learned
    ("นายสมชาย ใจดี ผู้อำนวยการกองยุทธศาสตร์และแผนงาน เข้าร่วมประชุม", "ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"),
    ("นายสถาพร อังคณาวรกุล ผู้อำนวยการกองกฎหมาย สำนักงานปลัดกระทรวง ดำรงตำแหน่งที่ปรึกษา", "ผู้อำนวยการกองกฎหมาย"),
    # the agencies after it are a list, not its parent
    ("นายสมชาย ใจดี ผู้อำนวยการสำนักแผนภาษี กรมสรรพสามิต กรมศุลกากร และกรมสรรพากร ร่วมประชุม", "ผู้อำนวยการสำนักแผนภาษี"),
    # a bare head word is no unit's name
    ("นายสมชาย ใจดี รองผู้อำนวยการสำนักงาน กรมประมง กล่าว", "รองผู้อำนวยการสำนักงาน"),
    # a kind of office, not one office
    ("นายสมชาย ใจดี หัวหน้าสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด กรมป้องกันและบรรเทาสาธารณภัย กล่าว",
     "หัวหน้าสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด"),
])
def test_no_unit_is_learned_without_its_parent_written_beside_it(sentence, title):
    found = posts(sentence)
    assert title in found and found[title][0] is None


@pytest.mark.parametrize("sentence, title, parent", [
    ("นายปริญญา คัชมาตย์ ผู้อำนวยการสำนักงานชลประทานที่ 14 กล่าวว่า", "ผู้อำนวยการสำนักงานชลประทานที่ 14", "rid"),
    ("นายธงชัย พงษ์วิชัย รองผู้อำนวยการสำนักงานเจ้าท่าภูมิภาคที่ 2 ลงพื้นที่", "รองผู้อำนวยการสำนักงานเจ้าท่าภูมิภาคที่ 2", "md"),
    ("นายสมชาย ใจดี ผู้อำนวยการสำนักงานพัฒนาที่ดินเขต 1 กล่าว", "ผู้อำนวยการสำนักงานพัฒนาที่ดินเขต 1", "ldd"),
])
def test_a_numbered_regional_office_belongs_to_the_department_it_is_named_after(sentence, title, parent):
    name, found_parent, kind = posts(sentence)[title]
    assert (name, found_parent, kind) == (title.removeprefix("รอง").removeprefix("ผู้อำนวยการ"), parent, "office")


@pytest.mark.parametrize("sentence, title", [
    # no department is named so (กรมส่งเสริมการเกษตร is not "ส่งเสริมและพัฒนาการเกษตร")
    ("นายสมชาย ใจดี ผู้อำนวยการสำนักงานส่งเสริมและพัฒนาการเกษตรที่ 5 กล่าว", "ผู้อำนวยการสำนักงานส่งเสริมและพัฒนาการเกษตรที่ 5"),
    # no number: which office is not said
    ("นายสมชาย ใจดี ผู้อำนวยการสำนักงานชลประทาน กล่าว", "ผู้อำนวยการสำนักงานชลประทาน"),
])
def test_an_office_named_after_no_department_or_without_its_number_gets_none(sentence, title):
    assert posts(sentence)[title][0] is None


def test_the_prime_ministers_secretaries_general_head_his_secretariat_the_prime_minister_no_body():
    found = posts("พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี นายดิสทัต โหตระกิตย์ เลขาธิการนายกรัฐมนตรี "
                  "และนายกิตติกร โล่ห์สุนทร รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ร่วมประชุม")
    assert found["เลขาธิการนายกรัฐมนตรี"][0] == "spm"
    assert found["รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง"][0] == "spm"
    assert found["นายกรัฐมนตรี"][0] is None
