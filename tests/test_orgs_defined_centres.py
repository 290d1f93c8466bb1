"""Centres an article defines with their own short form (``ศูนย์… (ศ….)``): read from ``ศูนย์`` to the bracket, also
glued to the word before and with spaces inside; placed under the body written after them, and not learned where the
text gives no parent (none is guessed, and a state body placed nowhere is a defect). Kinds of centre, venues, titles,
hubs and the tables' own centres stay unread.
Composed sentences."""
from __future__ import annotations

import pytest

from test_orgs_hospitals import named

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article


def centres(text: str) -> set[tuple[str, str | None]]:
    return {(n, p) for n, p in named(text) if n.startswith("ศูนย์")}


@pytest.mark.parametrize("text, name", [
    ("ตามที่ศูนย์ประสานงานแก้ไขปัญหาภัยแล้งและน้ำท่วม (ศปภน.) เสนอมาตรการต่อที่ประชุม",
     "ศูนย์ประสานงานแก้ไขปัญหาภัยแล้งและน้ำท่วม"),
    ("โฆษกศูนย์ปฏิบัติการช่วยเหลือผู้ประสบภัยหนาว ลมแรง และไฟป่า (ศปภห.) แถลงว่าสถานการณ์คลี่คลายแล้ว",
     "ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบภัยหนาวลมแรงและไฟป่า"),     # spaces dropped, as for every learned name
    ("ประชาชนสามารถแจ้งเบาะแสได้ที่ศูนย์รับแจ้งเหตุหลอกลวงทางโทรศัพท์ (ศรท.) ตลอด 24 ชั่วโมง",
     "ศูนย์รับแจ้งเหตุหลอกลวงทางโทรศัพท์"),
])
def test_a_centre_whose_owner_the_text_does_not_give_is_not_placed_nowhere(text, name):
    assert not any(n == name for n, _ in centres(text))
    owned = text.replace(" (ศ", " สังกัดกรมป้องกันและบรรเทาสาธารณภัย (ศ", 1)     # the same centre, its owner written
    assert (name, "กรมป้องกันและบรรเทาสาธารณภัย") in centres(owned)


def test_the_short_form_then_stands_for_the_centre():
    text = ("ให้ตั้งศูนย์ประสานงานแก้ไขปัญหาภัยแล้งและน้ำท่วม (ศปภน.) ของกรมป้องกันและบรรเทาสาธารณภัย ขึ้นที่ส่วนกลาง\n"
            "ทั้งนี้ ศปภน. จะรายงานผลต่อคณะรัฐมนตรีทุกสัปดาห์")
    extraction = extract_article(parse_article(text, "t.txt"))
    learned = [o for o in extraction.organizations.values() if o.name == "ศูนย์ประสานงานแก้ไขปัญหาภัยแล้งและน้ำท่วม"]
    assert [o.kind for o in learned] == ["unit"]
    assert sum(m.kind == "org" and m.text == "ศปภน." for m in extraction.mentions) == 1


@pytest.mark.parametrize("text, name, parent", [
    ("รายงานจากศูนย์ติดตามการช่วยเหลือเกษตรกร สังกัดกรมส่งเสริมการเกษตร (ศตก.) ระบุว่าผลผลิตเพิ่มขึ้น",
     "ศูนย์ติดตามการช่วยเหลือเกษตรกร", "กรมส่งเสริมการเกษตร"),
    ("ทางศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) ของกรมการพัฒนาชุมชน ได้รายงานผลการประเมิน",  # its owner written
     "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "กรมการพัฒนาชุมชน"),
])
def test_a_centre_is_placed_under_the_body_the_text_writes_with_it(text, name, parent):
    assert (name, parent) in centres(text)


@pytest.mark.parametrize("text", [
    "สนับสนุนสมาชิกศูนย์เรียนรู้การผลิตผักปลอดภัย (ศรผ.) ทั้ง 500 ศูนย์ทั่วประเทศ",       # a kind, counted
    "มีศูนย์ดูแลผู้สูงอายุในชุมชน (ศดผ.) 1,200 แห่ง กระจายอยู่ทุกภาค",
    "ให้ตั้งศูนย์ปฏิบัติการป้องกันภัยหนาวระดับอำเภอ (ศปภอ.) ให้ครบทุกพื้นที่",            # a level, no place
    "การประชุมจัดขึ้น ณ ศูนย์ฝึกอบรมเกษตรกรภาคกลาง (ศฝก.) จังหวัดนครปฐม",              # a venue
    "รางวัลดีเด่น ได้แก่ ผลงาน “ศูนย์ส่งเสริมอาชีพชุมชนบนพื้นที่สูง (ศสอ.)” ของจังหวัดตาก",  # a work's title
    "ผลักดันให้ไทยเป็นศูนย์กลางการขนส่งของภูมิภาค (ศขภ.) ภายในปี 2570",               # a hub
    "ติดต่อศูนย์ข้อมูลข่าวสาร (ศบก.) ได้ในวันและเวลาราชการ",                         # a short form it does not spell
])
def test_near_misses_name_no_centre(text):
    assert centres(text) == set()


def test_the_tables_centre_written_another_way_learns_no_second_centre():
    text = "ขอให้ทุกหน่วยปฏิบัติตามมาตรการของศูนย์บริหารสถานการณ์แพร่ระบาดของโรคติดเชื้อโควิด-19 (ศบค.) อย่างเคร่งครัด"
    assert not any(n == "ศูนย์บริหารสถานการณ์แพร่ระบาดของโรคติดเชื้อโควิด-19" for n, _ in centres(text))


@pytest.mark.parametrize("text", [
    "เกษตรกรเข้ารับการอบรมที่ศูนย์เรียนรู้การผลิตข้าวอินทรีย์ (ศรข.) ของแต่ละอำเภอ",      # a site of a network
    "ส่งเสริมให้ตั้งศูนย์จัดการขยะชุมชน (ศจขช.) เพื่อคัดแยกขยะ",                        # one in every community
    "ที่ผ่านมา ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) ได้รายงานผลการประเมิน",             # every ministry keeps one
])
def test_sites_of_a_network_and_centres_with_no_owner_name_no_centre(text):
    assert centres(text) == set()
