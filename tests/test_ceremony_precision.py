"""A ceremony only where the article reports a conferral that happened, with its whole programme name, the chair of
the conferral and a venue without its city.

Issue 14 (ceremonies precision). The texts are composed for the tests on the classes seen in seeded corpus samples
(a programme year long past named of a guest, a fair's programme told as to come, the chair of the opening beside
the chair of the conferral, a venue with its province, a headline's name cut before its qualifier). Each class has
its negative: a real ceremony keeps what it states.
"""
from __future__ import annotations

import pytest
from test_extract import extract


HEAD = "ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"


def _names(extraction) -> list[str]:
    return [extraction.programmes[c.programme].name for c in extraction.ceremonies]


# --- a programme year long past: an award the article recalls, no ceremony ------------------------------------------

_TALK = (HEAD + "วันนี้ (5 ธ.ค. 65) ที่ห้องประชุมใหญ่ อาคารรัฐสภา นายสมพร ใจดี รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม "
         "ร่วมเสวนาในงานวันรณรงค์ยุติความรุนแรง โดยมีผู้ร่วมเสวนา ประกอบด้วย 1) นางสาวปนัดดา ดีงาม "
         "ผู้ได้รับรางวัลคนดีศรีสังคม ประจำปี {year} และ 2) นายวิชัย เก่งกาจ ศิลปิน นอกจากนี้ เป็นประธานในพิธีมอบรางวัล"
         "การประกวดคลิปวิดีโอ เพื่อรณรงค์ยุติความรุนแรงในครอบครัว\n")


@pytest.mark.parametrize("year", ["2559", "2561", "2562"])
def test_a_programme_year_long_past_is_recalled_not_held(year):
    assert not extract(_TALK.format(year=year)).ceremonies


_HELD = (HEAD + "เมื่อวันที่ 1 ธันวาคม 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมพร ใจดี รัฐมนตรีว่าการกระทรวงการพัฒนาสังคม "
         "เป็นประธานในพิธีมอบรางวัลคนดีศรีสังคม ประจำปี {year} ให้แก่กรมการแพทย์\n")


@pytest.mark.parametrize("year", ["2563", "2564", "2565"])
def test_a_fiscal_year_conferred_a_year_or_two_later_keeps_its_ceremony(year):
    [ceremony] = extract(_HELD.format(year=year)).ceremonies
    assert ceremony.year == int(year) and ceremony.venue == "ห้องประชุมใหญ่ อาคารรัฐสภา"


# --- a fair's programme told as to come: no conferral yet -------------------------------------------------------

_FAIR = (HEAD + "นายสมพร ใจดี รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เปิดเผยภายหลังเป็นประธานในพิธีเปิดงานวันเกษตรแห่งชาติ "
         "ณ ลานอเนกประสงค์ อาคารรัฐประศาสนภักดี ว่า กระทรวงจัดงานขึ้นเพื่อเผยแพร่ความรู้\n"
         "“ในวันนี้ได้มีพิธีเปิดงานอย่างยิ่งใหญ่ ซึ่ง{fair}นิทรรศการเทคโนโลยีการเกษตร มีการมอบรางวัลเกษตรกรดีเด่นระดับประเทศ "
         "ประจำปี 2565 และการแสดงสินค้า จึงขอเชิญชวนประชาชนมาร่วมงาน” นายสมพร กล่าว\n")


@pytest.mark.parametrize("fair", ["ภายในงานจะประกอบไปด้วย", "ภายในงานจะมี", "งานนี้จะประกอบด้วย"])
def test_a_fair_programme_to_come_is_no_ceremony(fair):
    assert not extract(_FAIR.format(fair=fair)).ceremonies


@pytest.mark.parametrize("fair", ["ภายในงานได้จัดให้มี", "ภายในงานประกอบด้วย"])
def test_a_fair_programme_reported_keeps_its_ceremony(fair):
    [ceremony] = extract(_FAIR.format(fair=fair)).ceremonies
    assert ceremony.chair == "สมพร ใจดี"


# --- the chair of the conferral, not of the opening of the event around it ------------------------------------------

_OPENING = (HEAD + "วันที่ 1 ธันวาคม 2565 เวลา 14.30 น. นายสมพร ใจดี รัฐมนตรีว่าการกระทรวงวัฒนธรรม "
            "เป็นประธานพิธีเปิดกิจกรรมการท่องเที่ยวเชิงวัฒนธรรม{then}รางวัลแหล่งท่องเที่ยวดีเด่น จำนวน 40 แห่ง "
            "ในงานมหกรรมการท่องเที่ยว โดยมีผู้บริหารกระทรวงเข้าร่วม\n")


@pytest.mark.parametrize("then", [" และมอบหมายให้นางวันดี ใจงาม รองปลัดกระทรวงวัฒนธรรม เป็นประธานพิธีมอบ",
                                  " จากนั้นนางวันดี ใจงาม รองปลัดกระทรวงวัฒนธรรม เป็นประธานในพิธีมอบ",
                                  " และนางวันดี ใจงาม รองปลัดกระทรวงวัฒนธรรม เป็นประธานมอบ"])
def test_the_chair_of_the_conferral_not_of_the_opening(then):
    [ceremony] = extract(_OPENING.format(then=then)).ceremonies
    assert ceremony.chair == "วันดี ใจงาม"


def test_the_chair_of_the_opening_is_not_the_chair_of_a_rite_handed_to_another():
    [ceremony] = extract(_OPENING.format(then=" และมอบหมายให้รองปลัดกระทรวงวัฒนธรรม เป็นประธานพิธีมอบ")).ceremonies
    assert ceremony.chair != "สมพร ใจดี"


@pytest.mark.parametrize("then", [" และมอบ", " พร้อมทั้งมอบ", " ณ ลานอเนกประสงค์ พร้อมกับเป็นประธานในพิธีมอบเหรียญ และมอบ",
                                  " โดยมี นายวิชัย เก่งกาจ ปลัดกระทรวงวัฒนธรรม กล่าวรายงาน พร้อมทั้งเป็นประธานพิธีมอบ"])
def test_the_chair_of_the_opening_who_hands_the_awards_over_presides(then):
    [ceremony] = extract(_OPENING.format(then=then)).ceremonies
    assert ceremony.chair == "สมพร ใจดี"


# --- a venue without its city ------------------------------------------------------------------------------------

_AT = (HEAD + "เมื่อวันที่ 1 ธันวาคม 2565 {place} นายสมพร ใจดี ปลัดกระทรวงสาธารณสุข เป็นประธานในพิธีมอบรางวัลคนดีศรีสังคม "
       "ประจำปี 2565 ให้แก่กรมการแพทย์\n")


@pytest.mark.parametrize("place, venue", [
    ("ที่กระทรวงสาธารณสุข จ.นนทบุรี", "กระทรวงสาธารณสุข"),
    ("ที่กระทรวงสาธารณสุข จังหวัดนนทบุรี", "กระทรวงสาธารณสุข"),
    ("ณ ศูนย์นิทรรศการและการประชุมไบเทค บางนา กรุงเทพ ฯ", "ศูนย์นิทรรศการและการประชุมไบเทค บางนา"),
    ("ณ ศูนย์นิทรรศการและการประชุมไบเทค บางนา กรุงเทพฯ", "ศูนย์นิทรรศการและการประชุมไบเทค บางนา"),
    ("ที่กระทรวงสาธารณสุข", "กระทรวงสาธารณสุข"),
    ("ณ ศาลากลางจังหวัดน่าน", "ศาลากลางจังหวัดน่าน"),
])
def test_a_venue_is_written_without_its_city(place, venue):
    [ceremony] = extract(_AT.format(place=place)).ceremonies
    assert ceremony.venue == venue


# --- a programme's whole name, not the headline's name cut before its qualifier --------------------------------------

_CUT = ("ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n{headline}\n"
        "นางสาวกุลยา ตันติเตมิท อธิบดีกรมบัญชีกลาง เปิดเผยว่า ในวันนี้ (5 ธ.ค. 65) กรมบัญชีกลางจัดพิธีมอบ{whole} "
        "ประจำปี 2565 ณ ตึกสันติไมตรี ทำเนียบรัฐบาล ให้แก่กรมการแพทย์\n")


@pytest.mark.parametrize("headline, whole", [
    ("กรมบัญชีกลางมอบรางวัลองค์กรที่มีความเป็นเลิศ ยกย่องหน่วยงานที่มุ่งมั่น",
     "รางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการด้านพัสดุภาครัฐ"),
    ("กรมบัญชีกลางมอบรางวัลหน่วยงานที่มีความโดดเด่น ยกย่องหน่วยงานที่มุ่งมั่น", "รางวัลหน่วยงานที่มีความโดดเด่นในด้านการบริหารความเสี่ยง"),
])
def test_a_name_cut_before_its_qualifier_takes_the_whole_name(headline, whole):
    assert _names(extract(_CUT.format(headline=headline, whole=whole))) == [whole]


@pytest.mark.parametrize("headline, whole, name", [
    # the longer name goes on with no qualifier: another name, not the whole of this one
    ("กรมบัญชีกลางมอบรางวัลคนดีศรีสังคม ยกย่องหน่วยงานที่มุ่งมั่น", "รางวัลคนดีศรีสังคมรุ่นใหม่", "รางวัลคนดีศรีสังคม"),
    # a facet glued to it (ด้าน…): the programme's category, not its name
    ("กรมบัญชีกลางมอบรางวัลคนดีศรีสังคม ยกย่องหน่วยงานที่มุ่งมั่น", "รางวัลคนดีศรีสังคมด้านผู้สูงอายุ", "รางวัลคนดีศรีสังคม"),
    # the name written whole first keeps it
    ("กรมบัญชีกลางมอบรางวัลหน่วยงานต้นแบบด้านการบริหารความเสี่ยง ประจำปี 2565", "รางวัลหน่วยงานต้นแบบด้านการบริหารความเสี่ยง",
     "รางวัลหน่วยงานต้นแบบด้านการบริหารความเสี่ยง"),
])
def test_a_name_that_goes_on_otherwise_stays(headline, whole, name):
    assert _names(extract(_CUT.format(headline=headline, whole=whole)))[:1] == [name]


# --- a screening passed to receive an award: no conferral --------------------------------------------------------

_SCREENED = "ภาคอุตสาหกรรมของไทยฟันฝ่าวิกฤตมาได้ จน{passed}รางวัลจากนายกรัฐมนตรี จำนวนทั้งสิ้น 57 ราย\n"


@pytest.mark.parametrize("passed", ["ผ่านเกณฑ์การคัดเลือกเข้ารับ", "ผ่านการคัดเลือกเข้ารับ", "ผ่านการคัดเลือกให้เข้ารับ"])
def test_a_screening_passed_to_receive_an_award_is_no_conferral(passed):
    from thaigovkg.extract.events import _conferral_cues
    assert not _conferral_cues(_SCREENED.format(passed=passed))


@pytest.mark.parametrize("passed", ["ได้เข้ารับ", "ผ่านการคัดเลือก และได้เข้ารับ"])
def test_an_award_received_after_a_screening_is_a_conferral(passed):
    from thaigovkg.extract.events import _conferral_cues
    assert _conferral_cues(_SCREENED.format(passed=passed))


# --- a day "this coming", a fair's activities "such as", a judging round, a contest held, a habit: no conferral ---

def _cues(text: str):
    import datetime as dt
    from thaigovkg.extract.events import _conferral_cues
    return [cue.group() for cue in _conferral_cues(text, dt.date(2022, 12, 5))]


@pytest.mark.parametrize("clause", [
    "กระทรวงจัดกิจกรรมวันภาษาไทยแห่งชาติ วันที่ 26 ธ.ค. นี้ เปิดเวทีมอบรางวัลคนดีศรีสังคม",
    "กระทรวงจัดงานวันเด็กแห่งชาติ ในวันที่ 14 มกราคม 2566 นี้ พร้อมมอบรางวัลเด็กดีเด่น",
    "ซึ่งภายในงานมีกิจกรรมที่น่าสนใจมากมาย อาทิ พิธีสงฆ์ พิธีเปิดงาน พิธีมอบโล่รางวัลเชิดชูเกียรติหน่วยงานดีเด่น",
    "ภายในงานมีกิจกรรมต่าง ๆ อาทิ การมอบรางวัลคนดีศรีสังคม และพิธีมอบโล่รางวัลหน่วยงานดีเด่น",
    "สมเด็จพระเจ้าลูกเธอ เสด็จเป็นองค์ประธานคณะกรรมการตัดสินการประกวดผ้าลายพระราชทาน",
    "สำหรับการประกวดผ้าลายพระราชทาน รอบตัดสินระดับประเทศ ในวันนี้ ได้ตัดสินการประกวด 13 ประเภท",
    "กระทรวงมหาดไทย โดยกรมการพัฒนาชุมชน ได้สนองพระดำริด้วยการจัดการประกวดผ้าลายพระราชทาน ประจำปี 2565",
    "นายสมพร ใจดี เป็นประธานเปิดการประกวดผ้าลายพระราชทาน โดยกรมการพัฒนาชุมชนจัดประกวดขึ้นเป็นปีที่ 3",
    "“กระทรวงสนับสนุนให้องค์กรไทยนำเกณฑ์รางวัลคุณภาพไปใช้ และมีการมอบรางวัลอย่างต่อเนื่องทุกปี”",
    "กรมบัญชีกลางมอบรางวัลหน่วยงานดีเด่นเป็นประจำ เพื่อยกย่องหน่วยงาน",
])
def test_a_day_to_come_a_fair_programme_or_a_judging_round_confers_nothing(clause):
    assert not _cues(clause + "\n")


@pytest.mark.parametrize("clause", [
    "เมื่อวันที่ 1 ธ.ค. 65 กระทรวงจัดกิจกรรมวันภาษาไทยแห่งชาติ เปิดเวทีมอบรางวัลคนดีศรีสังคม",
    "ซึ่งภายในงานมีพิธีมอบโล่รางวัลเชิดชูเกียรติหน่วยงานดีเด่น",
    "นายสมพร ใจดี เป็นประธานในพิธีมอบรางวัลการประกวดผ้าลายพระราชทาน ให้แก่ผู้ชนะการประกวด",
    "กรมการพัฒนาชุมชน ได้จัดการประกวดผ้าลายพระราชทาน และมอบรางวัลแก่ผู้ชนะการประกวด",
    "นายสมพร ใจดี เป็นประธานในพิธีมอบรางวัลหน่วยงานดีเด่น ซึ่งกรมบัญชีกลางจัดขึ้นเป็นประจำทุกปี",
])
def test_a_conferral_reported_is_a_cue(clause):
    assert _cues(clause + "\n")


# --- a courtesy call by the winners, an invitation, an award announced, a day to come earlier on the line -------

@pytest.mark.parametrize("clause", [
    "พร้อมด้วยคณะผู้ได้รับรางวัล เข้าพบ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ณ ห้องสีเหลือง ตึกสันติไมตรี",
    "โดยมีผู้ที่ได้รับรางวัลร่วมแสดงผลงาน ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
    "สภาหอการค้ารู้สึกเป็นเกียรติที่ได้มาเรียนเชิญท่านรัฐมนตรี เป็นประธานในพิธีมอบรางวัลผู้ว่าราชการจังหวัดสำเภาทอง",
    "จึงขอเชิญชวนหน่วยงานร่วมพิธีมอบรางวัลคนดีศรีสังคม",
    "สำหรับกิจกรรมวันภาษาไทยแห่งชาติ จัดขึ้นในวันที่ 26 ธันวาคม 2565 ณ หอประชุมใหญ่ โดยจะมีมีพิธีมอบโล่เกียรติยศ",
    "องค์การอนามัยโลกประกาศมอบรางวัลระดับโลกแก่บุคลากรสาธารณสุขไทย 2 ท่าน โดย นายสมพร ใจดี รับรางวัล Sasakawa Health Prize",
])
def test_a_courtesy_call_an_invitation_or_a_day_to_come_confers_nothing(clause):
    assert not _cues(clause + "\n")


@pytest.mark.parametrize("clause", [
    "กรมการแพทย์ได้รับรางวัลคนดีศรีสังคม ณ ห้องประชุมใหญ่ อาคารรัฐสภา",
    "โดยได้รับเกียรติจากนายสมพร ใจดี เป็นประธานในพิธีมอบรางวัลคนดีศรีสังคม",
    "งานสัมมนาจัดขึ้นระหว่างวันที่ 5-6 ธันวาคม 2565 พร้อมทั้งมีการมอบรางวัลคนดีศรีสังคม",
    "เมื่อวันที่ 1 ธันวาคม 2565 ณ หอประชุมใหญ่ มีพิธีมอบโล่เกียรติยศ",
    "นายสมพร ใจดี เป็นประธานในพิธีประกาศผลและมอบรางวัลคนดีศรีสังคม",
])
def test_a_conferral_reported_beside_them_is_a_cue(clause):
    assert _cues(clause + "\n")
