"""Committees whose name the text closes but main did not read (issue 15, comm21): a committee named with the
ministry or department it belongs to written last (its parent, from the text), a committee named for a national
forest closed by its meeting's count, an advisory sub-committee (ที่ปรึกษา…). Composed sentences (invented names),
negatives included."""
from __future__ import annotations

import pytest

from test_extract import extract
from test_posts_in_ceremonies import posts
from thaigovkg.gazetteer import load_gazetteer


def committees(text: str) -> dict[str, tuple[str, str | None]]:
    """Learned committees: name → (kind, parent's name)."""
    graph = extract(text)
    orgs = graph.organizations
    return {o.name: (o.kind, orgs[o.parent].name if o.parent in orgs
                     else load_gazetteer().organization(o.parent).name if o.parent else None)
            for o in orgs.values() if o.name.startswith("คณะ")}


@pytest.mark.parametrize("text, name, parent", [
    ("นายสมชาย เป็นประธานการประชุมคณะกรรมการแก้ไขปัญหาหนี้สินเกษตรกรรายย่อยกระทรวงเกษตรและสหกรณ์ ครั้งที่ 2/2567 ณ ห้องประชุม",
     "คณะกรรมการแก้ไขปัญหาหนี้สินเกษตรกรรายย่อย กระทรวงเกษตรและสหกรณ์", "กระทรวงเกษตรและสหกรณ์"),
    ("ในการประชุมคณะกรรมการพัฒนาระบบงานสารบรรณประจำกระทรวงยุติธรรม (คพส.) ได้พิจารณาแผน",
     "คณะกรรมการพัฒนาระบบงานสารบรรณประจำ กระทรวงยุติธรรม", "กระทรวงยุติธรรม"),
    ("ทั้งนี้ คณะทำงานขับเคลื่อนการแก้ไขปัญหาหมอกควันกรมควบคุมมลพิษ ได้ลงพื้นที่ตรวจสอบ",
     "คณะทำงานขับเคลื่อนการแก้ไขปัญหาหมอกควัน กรมควบคุมมลพิษ", "กรมควบคุมมลพิษ"),
    # the owner after a space, its name ending there
    ("นายสมชาย เลขานุการคณะทำงานขับเคลื่อนการป้องกันและปราบปรามการลักลอบขนสินค้า กระทรวงมหาดไทย\nกล่าวว่า",
     "คณะทำงานขับเคลื่อนการป้องกันและปราบปรามการลักลอบขนสินค้า กระทรวงมหาดไทย", "กระทรวงมหาดไทย"),
    ("โดยมีการประชุมคณะกรรมการธรรมาภิบาลข้อมูลการเกษตร กระทรวงเกษตรและสหกรณ์ ในวันนี้",
     "คณะกรรมการธรรมาภิบาลข้อมูลการเกษตร กระทรวงเกษตรและสหกรณ์", "กระทรวงเกษตรและสหกรณ์"),
    # written on to it, closed by the owner's name alone
    ("ร่วมประชุมกับคณะกรรมการพัฒนาระบบงานสารบรรณประจำกระทรวงยุติธรรม ผ่านระบบการประชุมทางไกล",
     "คณะกรรมการพัฒนาระบบงานสารบรรณประจำ กระทรวงยุติธรรม", "กระทรวงยุติธรรม"),
])
def test_a_committee_named_with_its_ministry_last_is_learned_under_it(text, name, parent):
    assert committees(text).get(name) == ("committee", parent)


@pytest.mark.parametrize("text", [
    # a duty only before the ministry: which committee, the text does not show
    "ในการประชุมคณะกรรมการตรวจสอบกระทรวงยุติธรรม ครั้งที่ 1/2567 ได้พิจารณาแผน",
    # the name is not closed: no count, no short form, no clause word after a space
    "โดยมีคณะกรรมการแก้ไขปัญหาหนี้สินเกษตรกรรายย่อยกระทรวงเกษตรและสหกรณ์ร่วมหารือ",
    # the owner's name goes on into the sentence: where it ends is not shown
    "โดยมีการประชุมคณะกรรมการธรรมาภิบาลข้อมูลการเกษตร กระทรวงเกษตรและสหกรณ์ได้เห็นชอบ",
    # a duty only before the owner after a space
    "จึงได้แต่งตั้งคณะกรรมการสอบข้อเท็จจริง กระทรวงยุติธรรม เพื่อพิจารณา",
    # a name wanting more words before the owner
    "โดยมีคณะกรรมการขับเคลื่อนการแก้ไขปัญหาด้าน กระทรวงมหาดไทย ร่วมด้วย",
    # the ministry is what the committee deals with, not whose it is
    "ที่ประชุมคณะอนุกรรมการแก้ไขปัญหาที่ดินที่เกี่ยวข้องกับ กระทรวงคมนาคม ครั้งที่ 1/2567 ได้พิจารณา",
    # the owner one of a list of bodies
    "ได้หารือกับคณะกรรมการส่งเสริมการปลูกกาแฟ กระทรวงเกษตรและสหกรณ์ และกระทรวงพาณิชย์ ในวันนี้",
    # a committee of the tables and what it did, then a ministry
    "หลังจากที่คณะกรรมการกฤษฎีกาตอบข้อหารือประเด็นระเบียบ กระทรวงแรงงาน สำนักงานประกันสังคม ดำเนินการ",
    # "the committee consists of …": no name
    "จะมีการจัดตั้งคณะกรรมการประกอบด้วย กรมเจ้าท่า กระทรวงคมนาคม และกรมควบคุมมลพิษ",
    # a ministry's notice, not the committee's owner
    "ประชุมคณะกรรมการติดตามผลการดำเนินงานตามประกาศกระทรวงสาธารณสุข เรื่องการควบคุมยา ครั้งที่ 2/2565",
    # the secretariat of a committee, a unit of the department after it
    "ข้อมูลจากสำนักงานเลขานุการคณะกรรมการพัฒนาปลาน้ำจืดไทย กรมประมง ระบุว่า",
    # the committee, read whole by itself elsewhere, then a department in a list of bodies
    "นายสมชาย ในฐานะประธานคณะกรรมการฟื้นฟูและพัฒนาการเลี้ยงหอยไทย เปิดเผยว่า ทั้งกระทรวงเกษตรและสหกรณ์ "
    "คณะกรรมการฟื้นฟูและพัฒนาการเลี้ยงหอยไทย กรมประมง โดยอธิบดีกรมประมง ได้บูรณาการทำงาน",
    # the board of a cooperative named by the ministry's staff
    "นายทะเบียนมีคำสั่งให้คณะกรรมการดำเนินการสหกรณ์ออมทรัพย์กระทรวงเกษตรและสหกรณ์ จำกัด หยุดปฏิบัติหน้าที่",
    # two agencies in the run: whose, not shown
    "ในการประชุมคณะกรรมการประสานงานกรมชลประทานกับกรมทรัพยากรน้ำ ครั้งที่ 1/2567 ได้พิจารณาแผน",
])
def test_no_committee_of_a_ministry_where_the_name_is_not_shown(text):
    assert not any("กระทรวง" in name or "กรม" in name for name in committees(text))


def test_a_count_closes_a_committee_named_for_a_national_forest():
    text = "นายสมชาย เป็นประธานการประชุมคณะกรรมการพิจารณาการใช้ประโยชน์ในเขตอุทยานแห่งชาติ ครั้งที่ 3/2566 ณ ห้องประชุม"
    assert committees(text).get("คณะกรรมการพิจารณาการใช้ประโยชน์ในเขตอุทยานแห่งชาติ", ("",))[0] == "committee"


def test_a_national_forest_without_a_count_closes_no_committee():
    text = "โดยคณะกรรมการพิจารณาการใช้ประโยชน์ในเขตอุทยานแห่งชาติ ดอยสุเทพ ได้ลงพื้นที่"
    assert not any(name.startswith("คณะกรรมการพิจารณาการใช้ประโยชน์") for name in committees(text))


def test_an_advisory_sub_committee_is_learned():
    text = "โดย คณะอนุกรรมการที่ปรึกษาด้านการจัดการความรู้ทางทะเล (อจท.) ได้เสนอแนวทาง"
    assert "คณะอนุกรรมการที่ปรึกษาด้านการจัดการความรู้ทางทะเล" in committees(text)


def test_an_advisory_committee_named_by_its_role_alone_is_not_learned():
    text = "ทั้งนี้ คณะกรรมการที่ปรึกษา ประกอบด้วย ผู้ทรงคุณวุฒิจากหลายสาขา"
    assert "คณะกรรมการที่ปรึกษา" not in committees(text)


def test_an_advisory_committee_of_another_named_by_its_role_alone_is_not_learned():
    text = "คณะกรรมการที่ปรึกษา ของคณะกรรมการโรคติดต่อแห่งชาติ ได้ทบทวนข้อมูล"
    assert "คณะกรรมการที่ปรึกษา" not in committees(text)


def test_a_committee_followed_by_a_relative_clause_is_not_learned():
    text = "ทั้งนี้ คณะกรรมการที่ได้รับแต่งตั้ง (กกต.) ได้ประชุม"
    assert not any(name.startswith("คณะกรรมการที่") for name in committees(text))


def test_a_chair_of_a_ministrys_committee_holds_a_post_in_it_under_the_ministry():
    text = "นายสมชาย ใจดี ประธานคณะกรรมการพัฒนาธุรกิจชุมชนยั่งยืน กระทรวงมหาดไทย กล่าวว่า"
    name = "คณะกรรมการพัฒนาธุรกิจชุมชนยั่งยืน กระทรวงมหาดไทย"
    assert any(title.startswith("ประธานคณะกรรมการพัฒนาธุรกิจชุมชนยั่งยืน") and org == name for _, title, org in posts(text))
    assert committees(text)[name] == ("committee", "กระทรวงมหาดไทย")
