"""Posts of bodies outside the Thai state (issue 15: recall of positions): a board member of a company, foundation,
association or chamber of commerce titled กรรมการ before the body's name, and the representative heading an
international body's office in Thailand. Composed sentences (invented names), negatives included."""
from __future__ import annotations

import pytest
from test_posts_in_ceremonies import posts


@pytest.mark.parametrize("text, person, title, org", [
    ("นายวิเชียร แสงทอง กรรมการสมาคมนักประดิษฐ์ไทย ร่วมมอบรางวัลแก่ผู้ชนะการประกวด",
     "วิเชียร แสงทอง", "กรรมการสมาคมนักประดิษฐ์ไทย", "สมาคมนักประดิษฐ์ไทย"),
    ("นางสุนีย์ พรหมดี กรรมการมูลนิธิชัยพัฒนา กล่าวแสดงความยินดีกับผู้ได้รับรางวัล",
     "สุนีย์ พรหมดี", "กรรมการมูลนิธิชัยพัฒนา", "มูลนิธิชัยพัฒนา"),
    ("โดยมี นายประเสริฐ ชัยมงคล กรรมการหอการค้าไทย เป็นผู้กล่าวรายงาน",
     "ประเสริฐ ชัยมงคล", "กรรมการหอการค้าไทย", "หอการค้าไทย"),
    ("นายกิตติ รุ่งโรจน์ กรรมการบริษัท ปตท. จำกัด (มหาชน) เข้าร่วมพิธี",
     "กิตติ รุ่งโรจน์", "กรรมการบริษัท ปตท. จำกัด (มหาชน)", "บริษัท ปตท. จำกัด (มหาชน)"),
    ("ดร.มาเรีย ลอเรนโซ ผู้แทนองค์การอนามัยโลกประจำประเทศไทย กล่าวชื่นชมผลงานของโรงพยาบาล",
     "มาเรีย ลอเรนโซ", "ผู้แทนองค์การอนามัยโลกประจำประเทศไทย", "องค์การอนามัยโลก"),
    ("นางแอนนา ชมิดท์ ผู้แทนโครงการพัฒนาแห่งสหประชาชาติ (UNDP) ประจำประเทศไทย ร่วมเป็นเกียรติในงาน",
     "แอนนา ชมิดท์", "ผู้แทนโครงการพัฒนาแห่งสหประชาชาติประจำประเทศไทย", "โครงการพัฒนาแห่งสหประชาชาติ"),
    ("ผู้แทนยูนิเซฟ ประเทศไทย (นางลีนา ปาร์ค) มอบเกียรติบัตรแก่เยาวชน",
     "ลีนา ปาร์ค", "ผู้แทนยูนิเซฟประเทศไทย", "องค์การยูนิเซฟ"),
    ("นายปีเตอร์ แฮนเซน รองผู้แทนองค์การอนามัยโลกประจำประเทศไทย ร่วมประชุม",
     "ปีเตอร์ แฮนเซน", "รองผู้แทนองค์การอนามัยโลกประจำประเทศไทย", "องค์การอนามัยโลก"),
])
def test_post_of_a_body_outside_the_state(text, person, title, org):
    assert (person, title, org) in posts(text)


@pytest.mark.parametrize("text, word", [
    # a subcommittee's member written on to อนุ: no board member of the association
    ("นายวิเชียร แสงทอง อนุกรรมการสมาคมนักประดิษฐ์ไทย ร่วมงาน", "กรรมการสมาคม"),
    # the board itself
    ("คณะกรรมการมูลนิธิชัยพัฒนา มีมติมอบทุนแก่นายสมพงษ์ ใจดี", "กรรมการมูลนิธิ"),
    # a representative sent to a meeting, no country office named: he stands in for the body
    ("นายสมชาย ใจดี ผู้แทนองค์การอนามัยโลก ร่วมประชุมหารือ", "ผู้แทน"),
    # a representative of an embassy stands in for its envoy
    ("นายทาคาชิ ยามาดะ ผู้แทนสถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ร่วมงาน", "ผู้แทน"),
    # a delegation, not its head
    ("คณะผู้แทนองค์การอนามัยโลกประจำประเทศไทย นำโดยนายสมชาย ใจดี เดินทางเยือน", "ผู้แทน"),
])
def test_no_post_of_a_body_outside_the_state(text, word):
    assert not any(word in title for _, title, _ in posts(text))


@pytest.mark.parametrize("text, word", [
    # "and" the representative of a body: a second person, unnamed, not the first one's second post
    ("นางสมศรี ใจดี อธิบดีกรมกิจการเด็กและเยาวชน และผู้แทนองค์การยูนิเซฟ ประเทศไทย ร่วมลงนาม", "ผู้แทน"),
    # the European Union's office in Thailand is named its representation: its staff hold no representative's post
    ("นางสาวอรทัย มีสุข เจ้าหน้าที่โครงการ ผู้แทนสหภาพยุโรปประจำประเทศไทย ร่วมประชุม", "ผู้แทน"),
])
def test_no_representative_post_of_another_person_or_office(text, word):
    assert not any(word in title for _, title, _ in posts(text))
