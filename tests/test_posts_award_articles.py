"""The people of award articles and their posts (issue 15: a third of the blind set's pairs unread): a state
enterprise's board member and the heads of a body's board, a graded title the award lists write after ตำแหน่ง and
before สังกัด, a foreign name of several parts before its title, an envoy's title with a space before ประจำ, a post
read past an unread title that ends in a grade in brackets or "and", and a title written on to a connective before
its holder's name. Composed sentences (invented names), negatives included."""
from __future__ import annotations

import pytest
from test_extract import extract
from test_posts_in_ceremonies import posts


def pairs(text: str) -> set[tuple[str, str]]:
    return {(p, t) for p, t, _ in posts(text)}


@pytest.mark.parametrize("text, person, title, org", [
    ("ในพิธีมีนางวิไล สายทอง กรรมการธนาคารออมสิน ร่วมมอบรางวัลแก่ผู้ชนะ",
     "วิไล สายทอง", "กรรมการธนาคารออมสิน", "ธนาคารออมสิน"),
    ("โดยมี นายกฤช มั่นคง กรรมการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.) เป็นผู้มอบโล่",
     "กฤช มั่นคง", "กรรมการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร"),
    ("ดร.สมร ทองคำ เลขาธิการคณะกรรมการกองทุนบำเหน็จบำนาญข้าราชการ (กบข.) เปิดเผยว่า กองทุนได้รับรางวัล",
     "สมร ทองคำ", "เลขาธิการคณะกรรมการกองทุนบำเหน็จบำนาญข้าราชการ", "กองทุนบำเหน็จบำนาญข้าราชการ"),
    ("นายวีระ ศรีสุข ประธานคณะกรรมการธนาคารออมสิน มอบรางวัลพนักงานดีเด่น",
     "วีระ ศรีสุข", "ประธานคณะกรรมการธนาคารออมสิน", "ธนาคารออมสิน"),
    ("นำโดยนายชาติชาย ดีงาม รองเลขาธิการคณะกรรมการ ป.ป.ท. และคณะ",       # the committee's office in short
     "ชาติชาย ดีงาม", "รองเลขาธิการคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ",
     "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ"),
])
def test_board_posts_of_a_state_body(text, person, title, org):
    assert (person, title, org) in posts(text)


@pytest.mark.parametrize("text", [
    "คณะกรรมการธนาคารออมสิน มีมติมอบรางวัลแก่สาขาดีเด่น 10 แห่ง",          # the board itself
    "นายวีระ ศรีสุข กรรมการกรมประมง ร่วมงาน",                               # a department has no board member
])
def test_no_board_post(text):
    assert not any(t.startswith(("กรรมการธนาคาร", "กรรมการกรม")) for _, t, _ in posts(text))


@pytest.mark.parametrize("text, person, title", [
    ("รางวัลคนต้นแบบ ได้แก่ นางสิรินทร์ อิ่มเอม ตำแหน่งเจ้าพนักงานขนส่งปฏิบัติงาน สังกัดสำนักงานเจ้าท่าภูมิภาคที่ 3 ได้รับโล่",
     "สิรินทร์ อิ่มเอม", "เจ้าพนักงานขนส่งปฏิบัติงาน"),
    ("ผู้ได้รับรางวัล คือ นายเอก ดีมาก ตำแหน่ง นักวิชาการเกษตรชำนาญการพิเศษ กรมส่งเสริมการเกษตร",
     "เอก ดีมาก", "นักวิชาการเกษตรชำนาญการพิเศษ"),
])
def test_graded_title_after_the_word_for_post(text, person, title):
    assert (person, title) in pairs(text)


@pytest.mark.parametrize("text", [
    "นางสาวมาลี สุขใจ คว้าตำแหน่งนักกีฬายอดเยี่ยมของการแข่งขัน",      # a sports title, no graded post
    "เปิดรับสมัครตำแหน่งนักวิชาการเกษตรชำนาญการ สังกัดกรมส่งเสริมการเกษตร จำนวน 5 อัตรา",   # nobody named
])
def test_no_graded_post_without_its_holder(text):
    assert not posts(text)


@pytest.mark.parametrize("text, person, title", [
    ("โดยมีนายฮาซัน บิน อับดุลเลาะห์ อัล ฟาริซี เอกอัครราชทูตโอมานประจำประเทศไทย ร่วมพิธี",
     "ฮาซัน บิน อับดุลเลาะห์ อัล ฟาริซี", "เอกอัครราชทูตโอมานประจำประเทศไทย"),
    ("นายอะเดโวเล โอกุนเด อาเดบาโย (H.E. Mr. Adewole Ogunde Adebayo) เอกอัครราชทูตสาธารณรัฐกานาประจำประเทศไทย เข้าเยี่ยมคารวะ",
     "อะเดโวเล โอกุนเด อาเดบาโย", "เอกอัครราชทูตสาธารณรัฐกานาประจำประเทศไทย"),
    ("นายซาอิด บิน มาร์ซูก เอกอัครราชทูตคูเวต ประจำประเทศไทย มอบรางวัล",
     "ซาอิด บิน มาร์ซูก", "เอกอัครราชทูตคูเวตประจำประเทศไทย"),
])
def test_foreign_names_of_several_parts_before_their_title(text, person, title):
    assert (person, title) in pairs(text)


@pytest.mark.parametrize("text, name", [
    ("นายซาอิด บิน กล่าวต้อนรับคณะผู้แทน", "ซาอิด บิน"),                                 # no title after it
    ("นายสมชาย ใจดี ชาวบ้าน ตำบลหนองแก ได้รับรางวัล", "สมชาย ใจดี"),                     # words of the sentence
    ("นายสมชาย ใจดี ประธาน ชมรม ผู้สูงอายุ กล่าว", "สมชาย ใจดี"),
])
def test_no_further_parts_without_a_title(text, name):
    assert {p.name for p in extract(text).people.values()} == {name}


@pytest.mark.parametrize("text, person, title, org", [
    ("นพ.สุรชัย แก้วดี ที่ปรึกษาระดับกระทรวง และโฆษกกระทรวงสาธารณสุข กล่าวว่า โรงพยาบาลได้รับรางวัล",
     "สุรชัย แก้วดี", "โฆษกกระทรวงสาธารณสุข", "กระทรวงสาธารณสุข"),
    ("นพ.สุรชัย แก้วดี หัวหน้าที่ปรึกษาระดับกระทรวง (นายแพทย์ทรงคุณวุฒิระดับ 11) โฆษกกระทรวงสาธารณสุข เปิดเผยว่า",
     "สุรชัย แก้วดี", "โฆษกกระทรวงสาธารณสุข", "กระทรวงสาธารณสุข"),
])
def test_post_after_an_unread_title_and(text, person, title, org):
    assert (person, title, org) in posts(text)


@pytest.mark.parametrize("text", [
    # a verb between: the spokesperson after it is another person
    "นพ.สุรชัย แก้วดี ประธานชมรมแพทย์ชนบท กล่าวต้อนรับ และโฆษกกระทรวงสาธารณสุข ให้สัมภาษณ์",
    # another person named between
    "นพ.สุรชัย แก้วดี ประธานชมรมแพทย์ชนบท และนายวิชัย ทองดี โฆษกกระทรวงสาธารณสุข ร่วมงาน",
])
def test_no_post_after_an_unread_title_across_other_words(text):
    assert ("สุรชัย แก้วดี", "โฆษกกระทรวงสาธารณสุข") not in pairs(text)


@pytest.mark.parametrize("text, person, title", [
    ("สถานประกอบการจะรับรางวัลจากนายกรัฐมนตรี นายสมเกียรติ วงศ์ไทย ณ ทำเนียบรัฐบาล",
     "สมเกียรติ วงศ์ไทย", "นายกรัฐมนตรี"),
    ("พิธีเปิดโดยผู้ว่าราชการจังหวัดน่าน นายสมศักดิ์ มีดี เป็นประธาน", "สมศักดิ์ มีดี", "ผู้ว่าราชการจังหวัดน่าน"),
])
def test_title_on_a_connective_before_its_holder(text, person, title):
    assert (person, title) in pairs(text)


@pytest.mark.parametrize("text, person", [
    # the representative is the one named, not the governor
    ("โดยมีผู้แทนผู้ว่าราชการจังหวัดน่าน นายสมศักดิ์ มีดี เป็นผู้รับมอบ", "สมศักดิ์ มีดี"),
    # written on to a word that is no connective
    ("ตามนโยบายรัฐมนตรีว่าการกระทรวงแรงงาน นายสมศักดิ์ มีดี ได้ลงพื้นที่", "สมศักดิ์ มีดี"),
])
def test_no_title_on_another_word_before_a_name(text, person):
    assert not any(p == person for p, _ in pairs(text))


def test_a_mayor_written_nayok_thetsaban_is_no_person():
    text = "นายสมปอง ดีใจ นายกเทศบาลตำบลบ้านโป่ง ร่วมพิธีมอบรางวัล"
    assert {p.name for p in extract(text).people.values()} == {"สมปอง ดีใจ"}
