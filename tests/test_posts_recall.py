"""Posts the genre states that the finders missed (issue 15: positions recall, posts without an organisation), on
composed sentences, negatives included: members of parliament and senators."""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(person, title, organisation name) of every post the text gives."""
    e = extract_article(parse_article(text, "t.txt"))
    gazetteer = load_gazetteer()

    def name(key):
        if key is None:
            return None
        return e.organizations[key].name if key in e.organizations else gazetteer.organization(key).name
    return {(p.person, p.title, name(p.org)) for p in e.posts}


HOUSE, SENATE = "สภาผู้แทนราษฎร", "วุฒิสภา"


@pytest.mark.parametrize("text, title, org", [
    ("โดยมี นางสมศรี ใจงาม สมาชิกสภาผู้แทนราษฎรจังหวัดตรัง ร่วมลงพื้นที่", "สมาชิกสภาผู้แทนราษฎรจังหวัดตรัง", HOUSE),
    ("นายวิชัย ทองดี สมาชิกสภาผู้แทนราษฎร จังหวัดน่าน เขต 2 กล่าวว่า", "สมาชิกสภาผู้แทนราษฎรจังหวัดน่านเขต2", HOUSE),
    ("นายวิชัย ทองดี ส.ส.สงขลา เขต 3 นายสมชาย ใจดี อธิบดีกรมประมง", "สมาชิกสภาผู้แทนราษฎรจังหวัดสงขลาเขต3", HOUSE),
    ("นายวิชัย ทองดี สส.อุบลราชธานี พรรคหนึ่ง ให้การต้อนรับ", "สมาชิกสภาผู้แทนราษฎรจังหวัดอุบลราชธานี", HOUSE),
    ("นายวิชัย ทองดี ส.ส. เขต 1 จ.นครสวรรค์ ร่วมด้วย", "สมาชิกสภาผู้แทนราษฎรจังหวัดนครสวรรค์เขต1", HOUSE),
    ("นายวิชัย ทองดี สมาชิกสภาผู้แทนราษฎร กรุงเทพมหานคร เป็นผู้ตั้งกระทู้ถาม", "สมาชิกสภาผู้แทนราษฎรกรุงเทพมหานคร", HOUSE),
    ("นางสาวมาลี สุขใจ สมาชิกสภาผู้แทนราษฎรแบบบัญชีรายชื่อ นายสมชาย ใจดี อธิบดีกรมประมง", "สมาชิกสภาผู้แทนราษฎรแบบบัญชีรายชื่อ", HOUSE),
    ("นายวิชัย ทองดี ส.ส.บัญชีรายชื่อ และหัวหน้าพรรคก้าวหน้า ระบุว่า", "สมาชิกสภาผู้แทนราษฎรบัญชีรายชื่อ", HOUSE),
    ("นายวิชัย ทองดี สมาชิกสภาผู้แทนราษฎร พร้อมด้วยนายสมชาย ใจดี", "สมาชิกสภาผู้แทนราษฎร", HOUSE),
    ("นายวิชัย ทองดี ส.ส.พรรคประชาชน อภิปรายว่า", "สมาชิกสภาผู้แทนราษฎร", HOUSE),
    ("นายวิชัย ทองดี สมาชิกสภาผู้แทนราษฎร (ส.ส.) จังหวัดศรีสะเกษ พรรคหนึ่ง ได้รับ", "สมาชิกสภาผู้แทนราษฎรจังหวัดศรีสะเกษ", HOUSE),
    ("นายวิชัย ทองดี สมาชิกวุฒิสภา นายสมชาย ใจดี อธิบดีกรมประมง", "สมาชิกวุฒิสภา", SENATE),
    ("นางมาลี สุขใจ สมาชิกวุฒิสภาและประธานคณะกรรมาธิการการต่างประเทศ", "สมาชิกวุฒิสภา", SENATE),
])
def test_members_of_parliament(text, title, org):
    assert any(t == title and o == org for _, t, o in posts(text))


@pytest.mark.parametrize("text", [
    "นายวิชัย ทองดี ส.ส.ก้าวหน้า เปิดเผยว่า",
    "โครงการของ สสส. นายวิชัย ทองดี กล่าว",                     # a party written on to the short form: unsaid
    "นายกรัฐมนตรี ขอบคุณ ส.ส.ทุกฝ่าย ที่ทำหน้าที่",                    # no one named
    "นายวิชัย ทองดี อดีตสมาชิกสภาผู้แทนราษฎรจังหวัดน่าน กล่าวว่า",      # a former member
    "นายวิชัย ทองดี ผู้สมัครรับเลือกตั้งสมาชิกสภาผู้แทนราษฎร เขต 2",     # a candidate
    "นายวิชัย ทองดี อดีต ส.ส.น่าน กล่าวว่า",
    "ภาคประชาชน สสส.สงขลา นายวิชัย ทองดี กล่าว",                         # a short form of another body
])
def test_no_member_of_parliament(text):
    assert not any(t.startswith(("สมาชิกสภาผู้แทนราษฎร", "สมาชิกวุฒิสภา")) for _, t, _ in posts(text))


def test_member_after_a_parliamentary_committee_title_is_the_one_before():
    """The member's title goes on the titles of the name before it, not on a name after it whose own title the
    finders do not read."""
    found = posts("โดยมีนายประทวน สุขดี รองประธานคณะกรรมาธิการการอุตสาหกรรม สมาชิกสภาผู้แทนราษฎร จ.ลพบุรี "
                  "พันเอก ดุสิต ใจงาม เสนาธิการมณฑลทหารบกที่ 13 นายสมชาย ใจดี อธิบดีกรมประมง")
    assert not any(person == "ดุสิต ใจงาม" for person, _, _ in found)


def test_member_written_in_brackets_is_one_post():
    found = posts("นายวิชัย ทองดี สมาชิกสภาผู้แทนราษฎร (ส.ส.) จังหวัดศรีสะเกษ พรรคหนึ่ง ได้รับหนังสือ")
    assert {t for _, t, _ in found} == {"สมาชิกสภาผู้แทนราษฎรจังหวัดศรีสะเกษ"}


@pytest.mark.parametrize("text, title, org", [
    ("คณะรัฐมนตรีอนุมัติแต่งตั้ง นายวรณัฐ คงเมือง ที่ปรึกษาด้านนโยบายและยุทธศาสตร์ความมั่นคง (นักวิเคราะห์นโยบายและแผน"
     "ทรงคุณวุฒิ) สำนักงานสภาความมั่นคงแห่งชาติ ให้ดำรงตำแหน่ง", "ที่ปรึกษาด้านนโยบายและยุทธศาสตร์ความมั่นคง",
     "สำนักงานสภาความมั่นคงแห่งชาติ"),
    ("2. นางมาลี สุขใจ ที่ปรึกษาด้านพัฒนาระบบการเงินการคลัง (นักวิชาการคลังทรงคุณวุฒิ) กรมบัญชีกลาง ไปดำรงตำแหน่ง",
     "ที่ปรึกษาด้านพัฒนาระบบการเงินการคลัง", "กรมบัญชีกลาง"),
])
def test_adviser_with_a_grade_before_the_agency(text, title, org):
    assert (title, org) in {(t, o) for _, t, o in posts(text)}


def test_adviser_with_no_agency_after_the_bracket_has_none():
    found = posts("นายวรณัฐ คงเมือง ที่ปรึกษาด้านนโยบายและแผนงาน (นักวิเคราะห์นโยบายและแผนทรงคุณวุฒิ) ให้ดำรงตำแหน่ง")
    assert ("วรณัฐ คงเมือง", "ที่ปรึกษาด้านนโยบายและแผนงาน", None) in found


@pytest.mark.parametrize("text, title, org", [
    ("พร้อมด้วย นายวิศิษฏ์ วิศิษฏ์สรอรรถ ผู้อำนวยการสำนักงาน ป.ย.ป. ชี้แจงการประชุม",
     "ผู้อำนวยการสำนักงานขับเคลื่อนการปฏิรูปประเทศ ยุทธศาสตร์ชาติ และการสร้างความสามัคคีปรองดอง",
     "สำนักงานขับเคลื่อนการปฏิรูปประเทศ ยุทธศาสตร์ชาติ และการสร้างความสามัคคีปรองดอง"),
    ("โดยนายสมชาย ใจดี โฆษกประจำสำนักงาน ปปง. พร้อมผู้เกี่ยวข้องร่วมแถลง",
     "โฆษกประจำสำนักงานป้องกันและปราบปรามการฟอกเงิน", "สำนักงานป้องกันและปราบปรามการฟอกเงิน"),
])
def test_office_head_with_the_office_in_short(text, title, org):
    assert (title, org) in {(t, o) for _, t, o in posts(text)}


@pytest.mark.parametrize("text", [
    "นายภิญโญ โฆสิต ผู้อำนวยการสำนักงาน ปปส. ภาค 4 นายดนัยโชค บุญโสม นายกองค์การบริหารส่วนตำบลอุทัยสวรรค์",  # regional
    "นายภิญโญ โฆสิต ผู้อำนวยการสำนักงาน ปปส.ภาค 4 กล่าวว่า",
    "นายภิญโญ โฆสิต ผู้อำนวยการสำนักงาน อสม. กล่าวว่า",       # no office of the tables by that short form
])
def test_office_in_short_not_read(text):
    assert not any(o and o.startswith("สำนักงานคณะกรรมการป้องกันและปราบปรามยาเสพติด") for _, _, o in posts(text))
    assert not any(t.startswith("ผู้อำนวยการสำนักงาน") and len(t) > len("ผู้อำนวยการสำนักงาน") for _, t, _ in posts(text))


@pytest.mark.parametrize("text, title", [
    ("โดยมี นางสาวมาลี สุขใจ ผอ.ศูนย์ศึกษาการพัฒนาอ่าวคุ้งกระเบน ร่วมงาน", "ผู้อำนวยการศูนย์ศึกษาการพัฒนาอ่าวคุ้งกระเบน"),
    ("นายวิชัย ทองดี ผอ.สำนักก่อสร้างสะพาน นายสมชาย ใจดี อธิบดีกรมประมง", "ผู้อำนวยการสำนักก่อสร้างสะพาน"),
    ("โดยมี ดร.วิชัย ทองดี รอง ผอ.สถาบันวิจัยเทคโนโลยีชีวภาพ ร่วมงาน", "รองผู้อำนวยการสถาบันวิจัยเทคโนโลยีชีวภาพ"),
    # a unit named after the higher-education ministry's work, with the spaces of the ministry's name
    ("นายวิชัย ทองดี ผอ.กองพัฒนาการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม กล่าวว่า",
     "ผู้อำนวยการกองพัฒนาการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
    ("นายวิชัย ทองดี ผู้อำนวยการกองขับเคลื่อนและพัฒนาการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม กล่าวว่า",
     "ผู้อำนวยการกองขับเคลื่อนและพัฒนาการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
])
def test_director_in_short_before_a_unit(text, title):
    assert title in {t for _, t, _ in posts(text)}


def test_director_in_short_of_nothing_named():
    assert posts("นายกรัฐมนตรีกล่าวว่า ในฐานะ ผอ.กอ.รมน. ขอมอบภารกิจ") == set()


@pytest.mark.parametrize("text, title, org", [
    ("นายธนกร วังดี โฆษกรัฐบาล เปิดเผยว่า", "โฆษกรัฐบาล", "สำนักนายกรัฐมนตรี"),
    ("นางสาวรัชดา ธนาดี รองโฆษกรัฐบาล เผยว่า", "รองโฆษกรัฐบาล", "สำนักนายกรัฐมนตรี"),
    ("นางนลินี ทวีดี ผู้แทนการค้าไทย เปิดเผยภายหลังการหารือ", "ผู้แทนการค้าไทย", "สำนักนายกรัฐมนตรี"),
])
def test_spokespersons_and_trade_representative(text, title, org):
    assert (title, org) in {(t, o) for _, t, o in posts(text)}


def test_spokesperson_of_no_one_named():
    assert posts("โฆษกรัฐบาล เปิดเผยว่า ที่ประชุมเห็นชอบ") == set()


def test_director_in_short_of_a_unit_of_the_article_agency():
    """An article about one department: a unit its director heads, written in short, is the department's."""
    text = ("กรมประมงจัดประชุมหารือ นายสมชาย ใจดี อธิบดีกรมประมง เป็นประธาน โดยมี นายวิชัย ทองดี "
            "ผอ.กองวิจัยและพัฒนาประมงทะเล ร่วมประชุม")
    assert ("วิชัย ทองดี", "ผู้อำนวยการกองวิจัยและพัฒนาประมงทะเล") in {(p, t) for p, t, o in posts(text) if o}


def test_field_adviser_of_the_article_agency():
    text = ("กรมศุลกากรจับกุมการลักลอบนำเข้าสินค้า นายสมชาย ใจดี อธิบดีกรมศุลกากร มอบหมายให้ นายวิชัย ทองดี "
            "ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร แถลงผลการจับกุม")
    assert ("วิชัย ทองดี", "ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร", "กรมศุลกากร") in posts(text)


@pytest.mark.parametrize("text", [
    # the ministry's permanent secretary named too: the adviser may be the ministry's
    "กรมศุลกากรจับกุมการลักลอบ นายสมชาย ใจดี ปลัดกระทรวงการคลัง และนายวิชัย ทองดี ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร แถลง",
    # a second title of one who holds a post of his own
    "กรมศุลกากรจับกุมการลักลอบ นายวิชัย ทองดี ผู้อำนวยการสำนักสืบสวนและปราบปราม และที่ปรึกษาด้านพัฒนาระบบควบคุม แถลง",
    # two agencies named: whose adviser is unsaid
    "กรมศุลกากรและกรมสรรพสามิตจับกุมการลักลอบ โดยนายวิชัย ทองดี ที่ปรึกษาด้านพัฒนาระบบควบคุม แถลง",
])
def test_field_adviser_of_no_agency(text):
    assert not any(t.startswith("ที่ปรึกษาด้าน") and o for _, t, o in posts(text))


def test_assistant_to_a_minister_in_short_set_apart():
    found = posts("โดยมี นางสาวมาลี สุขใจ ผู้ช่วย รมว.ยุติธรรม นายวิชัย ทองดี เลขาธิการ ป.ป.ส. ร่วมงาน")
    assert ("มาลี สุขใจ", "ผู้ช่วยรัฐมนตรีว่าการกระทรวงยุติธรรม", "กระทรวงยุติธรรม") in found


@pytest.mark.parametrize("text, title", [
    ("โดยมี นายดามพ์ บุญดี เอกอัครราชทูต ณ กรุงริยาด นายสมชาย ใจดี อธิบดีกรมประมง", "เอกอัครราชทูต ณ กรุงริยาด"),
    ("โดยมี นายสิงห์ ลาภดี เอกอัครราชทูตไทย ณ กรุงโตเกียว ร่วมงาน", "เอกอัครราชทูตไทย ณ กรุงโตเกียว"),
    ("โดยมี นางสาววิมล ใจดี เอกอัครราชทูตไทย ประจำกรุงออสโล ร่วมงาน", "เอกอัครราชทูตไทย ประจำกรุงออสโล"),
    ("โดยมี นายจาตุรนต์ ไชยดี กงสุลใหญ่ ณ เมืองฮ่องกง และผู้บริหาร", "กงสุลใหญ่ ณ เมืองฮ่องกง"),
    ("นายวิชัย ทองดี เอกอัครราชทูตไทยประจำสหราชอาณาจักร กล่าวว่า", "เอกอัครราชทูตไทยประจำสหราชอาณาจักร"),
])
def test_thai_envoys(text, title):
    assert any(t == title and o == "กระทรวงการต่างประเทศ" for _, t, o in posts(text))


@pytest.mark.parametrize("text", [
    "โดยมี นายหาน จื้อดี เอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทย ร่วมงาน",      # a foreign envoy
    "โดยมี นายเดวิด เดลี เอกอัครราชทูตสหภาพยุโรป ประจำประเทศไทย ร่วมงาน",
    "โดยมี นายวิชัย ทองดี อดีตเอกอัครราชทูต ณ กรุงโตเกียว ร่วมงาน",                    # a former envoy
    "นายกรัฐมนตรีพบหารือกับเอกอัครราชทูต ณ กรุงโตเกียว และคณะ",                        # no one named
    "โดยมี นางมาลี สุขใจ อัครราชทูตที่ปรึกษา (ฝ่ายเกษตร) ประจำกรุงโตเกียว ร่วมงาน",     # a ministry's counsellor abroad
])
def test_no_thai_envoy(text):
    assert not any(o == "กระทรวงการต่างประเทศ" for _, _, o in posts(text))


@pytest.mark.parametrize("text, committee", [
    ("นายโสภณ เมฆดี ผู้ช่วยรัฐมนตรีประจำกระทรวงสาธารณสุข ในฐานะประธานคณะอนุกรรมการอำนวยการบริหารจัดการการให้วัคซีน"
     "ป้องกันโควิด 19 กล่าวว่า", "คณะอนุกรรมการอำนวยการบริหารจัดการการให้วัคซีนป้องกันโควิด 19"),
    ("พลตำรวจเอก กิตติ์ พันธุ์ดี รองผู้บัญชาการตำรวจแห่งชาติ ในฐานะรองประธานกรรมการคณะกรรมการกำกับการแก้ไขหนี้สิน"
     "ของประชาชนรายย่อย กล่าวรายงาน", "คณะกรรมการกำกับการแก้ไขหนี้สินของประชาชนรายย่อย"),
])
def test_stated_chair_of_a_steering_committee_named_for_its_task(text, committee):
    assert any(o and o.replace(" ", "") == committee.replace(" ", "") for _, _, o in posts(text))


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี ประธานคณะกรรมการอำนวยการจัดงานวันสตรีไทย กล่าวว่า",           # the role not stated
    "นายสมชาย ใจดี ในฐานะประธานคณะกรรมการบริหารกองทุนหมู่บ้าน กล่าวว่า",          # a body's own board
    "นายสมชาย ใจดี ในฐานะประธานคณะกรรมการอำนวยการ กล่าวว่า",                       # no task named
    "นายสมชาย ใจดี ในฐานะประธานคณะกรรมการอำนวยการมูลนิธิเด็กไทย กล่าวว่า",          # a foundation's board
])
def test_no_steering_committee_learned(text):
    assert not any(o and o.startswith("คณะ") for _, _, o in posts(text))


@pytest.mark.parametrize("text, person, title, org", [
    ("2. นางพรรณี พุ่มดี รองอธิบดี (นักบริหารระดับต้น) กรมการขนส่งทางบก ไปดำรงตำแหน่งผู้ตรวจราชการกระทรวง",
     "พรรณี พุ่มดี", "รองอธิบดีกรมการขนส่งทางบก", "กรมการขนส่งทางบก"),
    ("1. นายชัยพล สุขดี ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวง ระดับสูง) สำนักงานปลัดกระทรวงวัฒนธรรม ไปดำรงตำแหน่ง",
     "ชัยพล สุขดี", "ผู้ตรวจราชการกระทรวงวัฒนธรรม", "กระทรวงวัฒนธรรม"),
    ("3. นายปัญญา ชูดี รองผู้อำนวยการ (นักบริหารระดับต้น) สำนักงานนโยบายและแผนการขนส่งและจราจร ไปดำรงตำแหน่ง",
     "ปัญญา ชูดี", "รองผู้อำนวยการสำนักงานนโยบายและแผนการขนส่งและจราจร", "สำนักงานนโยบายและแผนการขนส่งและจราจร"),
])
def test_grade_between_head_and_agency(text, person, title, org):
    assert (person, title, org) in posts(text)


def test_leaving_a_post_is_no_part_of_the_name():
    found = posts("1. นางบุปผา เรืองดี พ้นจากตำแหน่ง อธิบดี (นักบริหารระดับสูง) กรมพัฒนาฝีมือแรงงาน")
    assert not any("ตำแหน่ง" in person for person, _, _ in found)


def test_a_qualifier_in_brackets_is_no_grade():
    """"(แผนและพัฒนา)" names the side of the work the deputy covers, part of the post: not read as a grade."""
    assert posts("นางวันเพ็ญ ใจดี รองผู้ว่าการ (แผนและพัฒนา) การประปานครหลวง กล่าว") == set()


@pytest.mark.parametrize("text, title", [
    ("โดยมี นายมีชัย แต้ดี ศิลปินแห่งชาติ สาขาทัศนศิลป์ (ประณีตศิลป์-ทอผ้า) ประจำปี พ.ศ. 2564 ร่วมงาน",
     "ศิลปินแห่งชาติสาขาทัศนศิลป์ (ประณีตศิลป์-ทอผ้า)"),
    ("โดยมี นายวิรัช อยู่ดี ศิลปินแห่งชาติ สาขาศิลปะการแสดง (ดนตรีไทยสากล) พุทธศักราช 2559 ร่วมงาน",
     "ศิลปินแห่งชาติสาขาศิลปะการแสดง (ดนตรีไทยสากล)"),
    ("และศาสตราจารย์ถาวร โกดี ศิลปินแห่งชาติ พ.ศ. 2564 สาขาทัศนศิลป์ (ภาพพิมพ์) และผู้อำนวยการ",
     "ศิลปินแห่งชาติสาขาทัศนศิลป์ (ภาพพิมพ์)"),
    ("นายธรรมนิตย์ นิคมดี ศิลปินแห่งชาติประจำปี 2564 ร่วมงาน", "ศิลปินแห่งชาติ"),
])
def test_national_artists(text, title):
    assert title in {t for _, t, _ in posts(text)}


def test_national_artists_announced_name_no_one():
    assert posts("กรมส่งเสริมวัฒนธรรมประกาศยกย่องศิลปินแห่งชาติ ประจำปี 2566 จำนวน 12 คน") == set()


@pytest.mark.parametrize("text, title", [
    ("นายจิรายุ ห่วงดี ที่ปรึกษาของนายกรัฐมนตรี เปิดเผยว่า", "ที่ปรึกษาของนายกรัฐมนตรี"),
    ("โดยมี นายวิชัย ไชยดี ที่ปรึกษารองนายกรัฐมนตรี นายสุรสีห์ กิตติดี เลขาธิการสำนักงานทรัพยากรน้ำแห่งชาติ",
     "ที่ปรึกษารองนายกรัฐมนตรี"),
    ("โดยมี นายสมชาย ใจดี ที่ปรึกษาของรองนายกรัฐมนตรี (นายภูมิ เวชดี) ร่วมงาน", "ที่ปรึกษาของรองนายกรัฐมนตรี"),
])
def test_prime_ministers_advisers_are_of_the_secretariat(text, title):
    assert any(t == title and o == "สำนักเลขาธิการนายกรัฐมนตรี" for _, t, o in posts(text))


def test_prime_minister_holds_no_post_of_the_secretariat():
    assert ("ประยุทธ์ จันทร์ดี", "นายกรัฐมนตรี", None) in posts("พลเอก ประยุทธ์ จันทร์ดี นายกรัฐมนตรี เป็นประธาน")


@pytest.mark.parametrize("text, title", [
    ("1. นายชนิสร์ คล้ายดี ผู้อำนวยการกอง [ผู้อำนวยการเฉพาะด้าน (นิติการ) ระดับสูง]   กองกฎหมายสวัสดิการสังคม "
     "สำนักงานคณะกรรมการกฤษฎีกา ดำรงตำแหน่ง", "ผู้อำนวยการกองกฎหมายสวัสดิการสังคม"),
    ("3. นางสาวภิญญู กำเนิดดี ผู้อำนวยการกอง [ผู้อำนวยการเฉพาะด้าน (วิชาการคอมพิวเตอร์) สูง] กองเทคโนโลยีสารสนเทศ "
     "กรมสรรพากร ให้ดำรงตำแหน่ง", "ผู้อำนวยการกองเทคโนโลยีสารสนเทศ"),
])
def test_grade_between_the_unit_word_and_the_units_name(text, title):
    assert any(t == title and o for _, t, o in posts(text))


def test_grade_before_a_name_of_another_kind_of_unit_is_none():
    found = posts("1. นายชนิสร์ คล้ายดี ผู้อำนวยการกอง [ผู้อำนวยการเฉพาะด้าน (นิติการ) ระดับสูง] สำนักงานคณะกรรมการกฤษฎีกา")
    assert not any(t.startswith("ผู้อำนวยการกอง") for _, t, _ in found)


def test_a_committee_of_the_tables_written_with_its_spaces():
    found = posts("นายไตรรัตน์ วิริยะดี รักษาการเลขาธิการคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ "
                  "(กสทช.) และนายสมชาย ใจดี อธิบดีกรมประมง")
    assert ("ไตรรัตน์ วิริยะดี",
            "รักษาการเลขาธิการคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ",
            "สำนักงานคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ") in found


def test_emeritus_professor_in_short_opens_a_name():
    found = posts("ดำเนินการเสวนาโดย ศ.กิตติคุณ นพ.สุทธิพร จิตต์ดี ประธานคณะทำงานที่ปรึกษา")
    assert not any(person.startswith("กิตติคุณ") for person, _, _ in found)


def test_a_body_cut_short_with_the_abbreviation_mark_is_the_one_named_before():
    found = posts("พันโท หนุน ศันสดี ผู้อำนวยการสำนักงานสลากกินแบ่งรัฐบาล พร้อมด้วย เรือโท สุภาส ทัศนดี "
                  "รองผู้อำนวยการสำนักงานฯ ลงพื้นที่")
    assert ("สุภาส ทัศนดี", "รองผู้อำนวยการสำนักงานสลากกินแบ่งรัฐบาล", "สำนักงานสลากกินแบ่งรัฐบาล") in found


def test_a_body_cut_short_with_nothing_named_before():
    assert ("สมชาย ใจดี", "รองผู้อำนวยการสำนักงานฯ", None) in posts("นายสมชาย ใจดี รองผู้อำนวยการสำนักงานฯ ลงพื้นที่")


def test_income_is_no_verb_written_on_to_a_name():
    found = posts("นายขรรค์ ประจวบดี ผู้อำนวยการสำนักงานจัดหารายได้ สภากาชาดไทย รองประธาน")
    assert "ผู้อำนวยการสำนักงานจัดหารายได้" in {t for _, t, _ in found}
