"""Posts of the people award and ceremony articles name (issue 15), on composed sentences: a ministry written
in short with the spaces of its name, a minister's secretary or adviser with the ministry in short, the
commanders of the armed forces, the Privy Council, the head of a province's local administration office, a
name of three parts before its title, the officers of a province's chapter, deans, judges, prison commanders,
the police's and Bangkok's heads in short, the royal household; and what holds no post (a title of a list of
officials named by their titles alone, written after a named one, is none of his)."""
from __future__ import annotations

import pytest

from thaigovkg.gazetteer import load_gazetteer
from test_extract import extract

MHESI = "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"
MDES = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"


def posts(text: str) -> set[tuple[str, str, str | None]]:
    """(person, title, organisation name) of every post the text gives."""
    e = extract(text)
    gazetteer = load_gazetteer()

    def name(key):
        if key is None:
            return None
        return e.organizations[key].name if key in e.organizations else gazetteer.organization(key).name
    return {(p.person, p.title, name(p.org)) for p in e.posts}


@pytest.mark.parametrize("text, title", [
    ("นางสาวศุภมาส อิศรภักดี รมว.การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม เป็นประธานในพิธีมอบรางวัล",
     "รัฐมนตรีว่าการ" + MHESI),
    ("นางสาวศุภมาส อิศรภักดี รมว.อุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม กล่าว", "รัฐมนตรีว่าการ" + MHESI),
    # the spaces left out in part
    ("นายเอนก เหล่าธรรมทัศน์ รมว.การอุดมศึกษา วิทยาศาสตร์วิจัยและนวัตกรรม มอบรางวัล", "รัฐมนตรีว่าการ" + MHESI),
    ("นายสมชาย ใจดี รมช.การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (อว.) กล่าว", "รัฐมนตรีช่วยว่าการ" + MHESI),
])
def test_a_ministry_in_short_written_with_the_spaces_of_its_name(text, title):
    assert {(t, o) for _, t, o in posts(text)} == {(title, MHESI)}


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี รมว.การอุดมศึกษา กล่าว",                                    # cut short: which ministry is unsaid
    "นายสมชาย ใจดี ปลัดการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรมศาสตร์ กล่าว",     # the run goes on into another word
])
def test_a_ministry_name_cut_or_running_on_gives_no_post(text):
    assert not posts(text)


@pytest.mark.parametrize("text, person, title, ministry", [
    ("นายธเนศพล ธนบุณยวัฒน์ เลขานุการรัฐมนตรีแรงงาน กล่าว", "ธเนศพล ธนบุณยวัฒน์",
     "เลขานุการรัฐมนตรีว่าการกระทรวงแรงงาน", "กระทรวงแรงงาน"),
    ("โดยมีนายวัลลภ รุจิรากร เลขานุการรัฐมนตรีดีอี เข้าร่วมงาน", "วัลลภ รุจิรากร",
     "เลขานุการรัฐมนตรีว่าการกระทรวง" + MDES.removeprefix("กระทรวง"), MDES),
    ("นายสุทธิเกียรติ วีระกิจพานิช ที่ปรึกษารัฐมนตรีดีอี และนายสมศักดิ์ ดีมาก", "สุทธิเกียรติ วีระกิจพานิช",
     "ที่ปรึกษารัฐมนตรีว่าการกระทรวง" + MDES.removeprefix("กระทรวง"), MDES),
    ("นายสมชาย ใจดี ที่ปรึกษารัฐมนตรีคลัง เป็นผู้แทนรับรางวัล", "สมชาย ใจดี",
     "ที่ปรึกษารัฐมนตรีว่าการกระทรวงการคลัง", "กระทรวงการคลัง"),
])
def test_a_ministers_secretary_or_adviser_with_the_ministry_in_short(text, person, title, ministry):
    assert (person, title, ministry) in posts(text)


@pytest.mark.parametrize("text, title", [
    # written whole, or staff of other ministers: as before
    ("นายสมชาย ใจดี ที่ปรึกษารัฐมนตรีประจำสำนักนายกรัฐมนตรี กล่าว", "ที่ปรึกษารัฐมนตรีประจำสำนักนายกรัฐมนตรี"),
    ("นายสมชาย ใจดี เลขานุการรัฐมนตรีช่วยว่าการกระทรวงการคลัง กล่าว", "เลขานุการรัฐมนตรีช่วยว่าการกระทรวงการคลัง"),
    ("นายสมชาย ใจดี ที่ปรึกษารัฐมนตรีว่าการกระทรวงแรงงาน กล่าว", "ที่ปรึกษารัฐมนตรีว่าการกระทรวงแรงงาน"),
])
def test_a_ministers_staff_written_whole_keeps_its_title(text, title):
    assert {t for _, t, _ in posts(text)} == {title}


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี ที่ปรึกษารัฐมนตรีฯ กล่าว",                # which minister is unsaid
    "นายสมชาย ใจดี ที่ปรึกษารัฐมนตรีแรงงานจังหวัด กล่าว",      # the run goes on: no ministry named
    "นายสมชาย ใจดี เลขานุการรัฐมนตรี กรมประมง กล่าว",          # a department is no minister's
])
def test_a_ministers_staff_naming_no_ministry_holds_no_such_post(text):
    assert not {t for _, t, _ in posts(text) if "รัฐมนตรีว่าการ" in t}


@pytest.mark.parametrize("text, title, body", [
    ("พลเรือเอก สมประสงค์ นิลสมัย ผู้บัญชาการทหารเรือ เป็นประธานในพิธีมอบรางวัล", "ผู้บัญชาการทหารเรือ", "กองทัพเรือ"),
    ("พลเอก สมชาย ใจดี ผู้บัญชาการทหารบก มอบรางวัล", "ผู้บัญชาการทหารบก", "กองทัพบก"),
    ("พลเอก เจริญชัย หินเธาว์ ผู้ช่วยผู้บัญชาการทหารบก และพลตรี สมศักดิ์ ดีมาก", "ผู้ช่วยผู้บัญชาการทหารบก", "กองทัพบก"),
    ("พลอากาศเอก สมชาย ใจดี รองผู้บัญชาการทหารอากาศ กล่าว", "รองผู้บัญชาการทหารอากาศ", "กองทัพอากาศ"),
    ("พลเอก สมชาย ใจดี ผู้บัญชาการทหารสูงสุด กล่าว", "ผู้บัญชาการทหารสูงสุด", "กองบัญชาการกองทัพไทย"),
    ("พลเอก สมชาย ใจดี รองเสนาธิการทหารบก กล่าว", "รองเสนาธิการทหารบก", "กองทัพบก"),
])
def test_the_commanders_of_the_armed_forces_hold_posts_in_their_service(text, title, body):
    assert {(t, o) for _, t, o in posts(text)} == {(title, body)}


@pytest.mark.parametrize("text", [
    "พลเรือโท สมชาย ใจดี ผู้บัญชาการทหารเรือภาคที่ 1 กล่าว",     # a command of its own, not the navy's head
    "ผู้บัญชาการทหารบก หรือผู้แทน เป็นประธาน",                    # a post named without its holder
])
def test_a_command_of_its_own_or_a_post_without_holder_gives_no_commander(text):
    assert not {t for _, t, _ in posts(text) if t.startswith("ผู้บัญชาการทหาร")}


@pytest.mark.parametrize("text, person, title", [
    ("โดยมี นายแพทย์เกษม วัฒนชัย องคมนตรี เป็นประธานในพิธีมอบรางวัล", "เกษม วัฒนชัย", "องคมนตรี"),
    ("พลเอก สุรยุทธ์ จุลานนท์ ประธานองคมนตรี มอบรางวัล", "สุรยุทธ์ จุลานนท์", "ประธานองคมนตรี"),
    ("องคมนตรี พลเอก ชลิต พุกผาสุข เป็นประธาน", "ชลิต พุกผาสุข", "องคมนตรี"),
])
def test_the_privy_councils_members_hold_their_title_in_the_council(text, person, title):
    assert (person, title, "คณะองคมนตรี") in posts(text)


def test_a_former_privy_councillor_holds_only_the_former_post():
    """(pos21: a former post is read, titled อดีต…, never as the post held now)"""
    assert posts("นายสมชาย ใจดี อดีตองคมนตรี กล่าว") == {("สมชาย ใจดี", "อดีตองคมนตรี", "คณะองคมนตรี")}


@pytest.mark.parametrize("text, title, office", [
    ("นายปรีชา แดงแสงทอง ท้องถิ่นจังหวัดพิษณุโลก กล่าว", "ท้องถิ่นจังหวัดพิษณุโลก",
     "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดพิษณุโลก"),
    ("นายสมชาย ใจดี รองท้องถิ่นจังหวัดน่าน มอบรางวัล", "รองท้องถิ่นจังหวัดน่าน", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดน่าน"),
])
def test_the_head_of_a_provinces_local_administration_office(text, title, office):
    assert {(t, o) for _, t, o in posts(text)} == {(title, office)}


def test_a_local_government_of_a_province_names_no_office_head():
    # "…ส่วนท้องถิ่นจังหวัดน่าน": the words of local governments, no head's title
    assert not posts("นายสมชาย ใจดี ผู้แทนองค์กรปกครองส่วนท้องถิ่นจังหวัดน่าน กล่าว")


@pytest.mark.parametrize("text, person, title", [
    ("นางวันดี กุญชรยาคง จุลเจริญ นายกสมาคมแม่บ้านมหาดไทย กล่าวว่า", "วันดี กุญชรยาคง จุลเจริญ", "นายกสมาคมแม่บ้านมหาดไทย"),
    ("โดยมี นางรัดเกล้า อินทวงศ์ สุวรรณคีรี รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผย", "รัดเกล้า อินทวงศ์ สุวรรณคีรี",
     "รองโฆษกประจำสำนักนายกรัฐมนตรี"),
])
def test_a_name_of_three_parts_before_its_title(text, person, title):
    assert person in extract(text).people and {(p, t) for p, t, _ in posts(text)} == {(person, title)}


@pytest.mark.parametrize("text, person", [
    ("นายสมชาย ใจดี อดีต อธิบดีกรมประมง กล่าว", "สมชาย ใจดี"),                 # a former post: no name part, none held now
    ("นายสมชาย ใจดี กล่าว อธิบดีกรมประมง นายสมศักดิ์ ดีมาก", "สมชาย ใจดี"),    # a verb
    ("นายสมชาย ใจดี ร่วมกับ ปลัดกระทรวงมหาดไทย", "สมชาย ใจดี"),                 # a connective
])
def test_a_word_of_the_sentence_is_no_third_part_of_a_name(text, person):
    e = extract(text)
    assert person in e.people and not [p for p in e.posts if p.person == person and not p.former]


@pytest.mark.parametrize("text, person, title", [
    # a list of officials named by their titles alone goes on after the named one
    ("โดยมี นายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร ปลัดกระทรวงกลาโหม ผู้บัญชาการเหล่าทัพ เข้าร่วม",
     "ชัชชาติ สิทธิพันธุ์", "ผู้ว่าราชการกรุงเทพมหานคร"),
    ("นายสมชาย ใจดี รองอธิบดีกรมที่ดิน รองผู้ว่าราชการจังหวัดพิษณุโลก หัวหน้าสำนักงานจังหวัดพิษณุโลก หัวหน้าส่วนราชการ",
     "สมชาย ใจดี", "รองอธิบดีกรมที่ดิน"),
    # a second title before a name with no title of its own may be that person's
    ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย อธิบดีกรมการปกครอง นายสมศักดิ์ ดีมาก กล่าว", "สมชาย ใจดี", "ปลัดกระทรวงมหาดไทย"),
    ("นายวิทยา คุณปลื้ม นายกองค์การบริหารส่วนจังหวัดชลบุรี ปลัดจังหวัดชลบุรี พร้อมด้วยหัวหน้าส่วนราชการ", "วิทยา คุณปลื้ม",
     "นายกองค์การบริหารส่วนจังหวัดชลบุรี"),
    ("พล.ต.อำนาจ ดอนงาม ผู้บัญชาการมณฑลทหารบกที่ 14 ผู้บังคับการตำรวจภูธรจังหวัดชลบุรี นายวิทยา คุณปลื้ม นายกองค์การบริหาร"
     "ส่วนจังหวัดชลบุรี", "อำนาจ ดอนงาม", "ผู้บัญชาการมณฑลทหารบกที่ 14"),
])
def test_titles_of_others_after_a_named_official_are_not_his(text, person, title):
    assert {t for p, t, _ in posts(text) if p == person} == {title}


@pytest.mark.parametrize("text, person, title, body", [
    ("นางชุลีพร เตรัตน์ นายกเหล่ากาชาดจังหวัดตราด พร้อมด้วยกรรมการ", "ชุลีพร เตรัตน์", "นายกเหล่ากาชาดจังหวัดตราด",
     "เหล่ากาชาดจังหวัดตราด"),
    ("นางสมศรี ใจดี รองนายกเหล่ากาชาดจังหวัด น่าน มอบรางวัล", "สมศรี ใจดี", "รองนายกเหล่ากาชาดจังหวัดน่าน", "เหล่ากาชาดจังหวัดน่าน"),
    ("นางเกศิณี กวนทา กรรมการเหล่ากาชาดจังหวัดบึงกาฬ กล่าว", "เกศิณี กวนทา", "กรรมการเหล่ากาชาดจังหวัดบึงกาฬ",
     "เหล่ากาชาดจังหวัดบึงกาฬ"),
    # the housewives' club's president is titled without ชมรม; the club is the body
    ("นางศิริรัตน์ ศิริมาศ ประธานแม่บ้านมหาดไทยจังหวัดนครสวรรค์ นางสาวสมใจ ดีมาก", "ศิริรัตน์ ศิริมาศ",
     "ประธานแม่บ้านมหาดไทยจังหวัดนครสวรรค์", "ชมรมแม่บ้านมหาดไทยจังหวัดนครสวรรค์"),
    ("นางสมศรี ใจดี ประธานชมรมแม่บ้านมหาดไทยจังหวัดน่าน กล่าว", "สมศรี ใจดี", "ประธานชมรมแม่บ้านมหาดไทยจังหวัดน่าน",
     "ชมรมแม่บ้านมหาดไทยจังหวัดน่าน"),
])
def test_the_officers_of_a_provinces_chapter(text, person, title, body):
    assert posts(text) == {(person, title, body)}


@pytest.mark.parametrize("text", [
    "นางสมศรี ใจดี ประธานแม่บ้านมหาดไทยจังหวัด นายสมชาย ใจดี",      # no province: which chapter is unsaid
    "นางสมศรี ใจดี สมาชิกเหล่ากาชาดจังหวัดน่าน กล่าว",                # a member holds no office
])
def test_no_chapter_post_without_its_province_or_an_office(text):
    assert not posts(text)


@pytest.mark.parametrize("text, title", [
    ("ดร.จิระศักดิ์ ธาระจักร์ คณบดีคณะวิทยาศาสตร์และเทคโนโลยี ณ ห้องประชุม", "คณบดีคณะวิทยาศาสตร์และเทคโนโลยี"),
    ("นพ.อภิชาติ อัศวมงคลกุล คณบดีคณะแพทยศาสตรศิริราชพยาบาล เป็นประธานในพิธี", "คณบดีคณะแพทยศาสตรศิริราชพยาบาล"),
    ("ผศ.สมชาย ใจดี รองคณบดีคณะครุศาสตร์ มหาวิทยาลัยราชภัฏเชียงใหม่ กล่าว", "รองคณบดีคณะครุศาสตร์ มหาวิทยาลัยราชภัฏเชียงใหม่"),
])
def test_a_deans_title_names_the_faculty(text, title):
    assert {t for _, t, _ in posts(text)} == {title}


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี คณบดีคณะนี้ กล่าว",                     # "this faculty"
    "นายสมชาย ใจดี หัวหน้าคณะผู้แทนไทย กล่าว",             # a delegation, no faculty
    "นายสมชาย ใจดี ผู้อำนวยการคณะละคร กล่าว",              # a troupe's director: only a dean heads a faculty
])
def test_no_faculty_post_but_a_deans(text):
    assert not posts(text)


@pytest.mark.parametrize("text, person, title, body", [
    ("พลตำรวจโท ภาณุรัตน์ หลักบุญ ผู้ช่วย ผบ.ตร. กล่าว", "ภาณุรัตน์ หลักบุญ", "ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ",
     "สำนักงานตำรวจแห่งชาติ"),
    ("พล.ต.อ.สมชาย ใจดี ผบ.ตร. เป็นประธานในพิธี", "สมชาย ใจดี", "ผู้บัญชาการตำรวจแห่งชาติ", "สำนักงานตำรวจแห่งชาติ"),
    ("พล.ต.อ.สมชาย ใจดี รอง ผบ.ตร. มอบรางวัล", "สมชาย ใจดี", "รองผู้บัญชาการตำรวจแห่งชาติ", "สำนักงานตำรวจแห่งชาติ"),
    ("นางวันทนีย์ วัฒนะ ปลัดกรุงเทพมหานคร เป็นผู้กล่าวรายงาน", "วันทนีย์ วัฒนะ", "ปลัดกรุงเทพมหานคร", "กรุงเทพมหานคร"),
    ("นายสมชาย ใจดี รองปลัดกรุงเทพมหานคร รับรางวัล", "สมชาย ใจดี", "รองปลัดกรุงเทพมหานคร", "กรุงเทพมหานคร"),
    ("นายจตุพร บุรุษพัฒน์ ปกท.ทส. ได้นำคณะผู้บริหาร", "จตุพร บุรุษพัฒน์", "ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",
     "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
    ("นายสมชาย ใจดี อธิบดีผู้พิพากษาศาลอาญา กล่าว", "สมชาย ใจดี", "อธิบดีผู้พิพากษาศาลอาญา", "ศาลอาญา"),
])
def test_heads_in_short_and_their_bodies(text, person, title, body):
    found = posts(text)
    assert (person, title) in {(p, t) for p, t, _ in found}
    assert next(o for p, t, o in found if t == title) == body


@pytest.mark.parametrize("text, person, title", [
    ("นายสุพิชัย สุนทรบุระ รองเลขาธิการพระราชวัง เป็นผู้อัญเชิญ", "สุพิชัย สุนทรบุระ", "รองเลขาธิการพระราชวัง"),
    ("นายสมชาย ใจดี ผู้ช่วยราชเลขานุการในพระองค์ กล่าว", "สมชาย ใจดี", "ผู้ช่วยราชเลขานุการในพระองค์"),
    ("นายวินัย เลิศประเสริฐ ผู้พิพากษาหัวหน้าศาลจังหวัดชลบุรี นายวิรัตน์ เล้าประดิษฐ ผู้พิพากษาหัวหน้าศาลจังหวัดพัทยา",
     "วิรัตน์ เล้าประดิษฐ", "ผู้พิพากษาหัวหน้าศาลจังหวัดพัทยา"),
    ("นายมนตรี บุนนาค ผู้บัญชาการเรือนจำกลางบางขวาง รับรางวัล", "มนตรี บุนนาค", "ผู้บัญชาการเรือนจำกลางบางขวาง"),
    ("นางสมศรี ใจดี ผู้อำนวยการทัณฑสถานหญิงเชียงใหม่ รับรางวัล", "สมศรี ใจดี", "ผู้อำนวยการทัณฑสถานหญิงเชียงใหม่"),
])
def test_the_royal_household_judges_and_prisons(text, person, title):
    assert (person, title) in {(p, t) for p, t, _ in posts(text)}


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี ผู้บัญชาการเรือนจำทุกแห่ง ร่วมประชุม",          # every prison: none named
    "นายสมชาย ใจดี ผู้พิพากษาหัวหน้าศาลทุกแห่ง ร่วมประชุม",
    "นายสมชาย ใจดี ผู้พิพากษาหัวหน้าศาลจังหวัด นางสมศรี ใจดี ผู้พิพากษาหัวหน้าศาลเยาวชนและครอบครัวจังหวัด ร่วมกิจกรรม",
    "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดลพบุรี เป็นประธานแม่บ้านมหาดไทยจังหวัดลพบุรี",   # "presides", no chapter office
])
def test_no_post_of_every_prison_or_court_nor_of_presiding(text):
    assert {t for _, t, _ in posts(text)} <= {"ผู้ว่าราชการจังหวัดลพบุรี"}


@pytest.mark.parametrize("text, person, title, body", [
    # (no agency beside the title: the one the article is about, tests/test_posts_recall.py)
    ("นายชัยยุทธ คำคุณ ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร ในฐานะโฆษกกรมศุลกากร กล่าวว่า", "ชัยยุทธ คำคุณ",
     "ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร", "กรมศุลกากร"),
    ("นายชัยณรงค์ วาสนะสมสิทธิ์ ที่ปรึกษาด้านความมั่นคง กระทรวงมหาดไทย กล่าว", "ชัยณรงค์ วาสนะสมสิทธิ์",
     "ที่ปรึกษาด้านความมั่นคงกระทรวงมหาดไทย", "กระทรวงมหาดไทย"),
    ("นายสมชาย ใจดี รักษาการในตำแหน่งที่ปรึกษาด้านความมั่นคง นายสมศักดิ์ ดีมาก", "สมชาย ใจดี",
     "รักษาการในตำแหน่งที่ปรึกษาด้านความมั่นคง", None),
])
def test_an_adviser_titled_by_the_field_advised(text, person, title, body):
    assert (person, title, body) in posts(text)


@pytest.mark.parametrize("text, person, title, body", [
    # an adviser's post held in acting by the holder of a post of an agency written right before it: that agency's
    ("นายสมชาย ใจดี รองอธิบดีกรมศุลกากร รักษาการในตำแหน่งที่ปรึกษาด้านพัฒนาระบบภาษี กล่าว", "สมชาย ใจดี",
     "รักษาการในตำแหน่งที่ปรึกษาด้านพัฒนาระบบภาษี", "กรมศุลกากร"),
    ("นางสมศรี ดีมาก รองผู้อำนวยการ สคร. รักษาการที่ปรึกษาด้านการลงทุน เปิดเผยว่า", "สมศรี ดีมาก",
     "รักษาการที่ปรึกษาด้านการลงทุน", "สำนักงานคณะกรรมการนโยบายรัฐวิสาหกิจ"),     # the agency in short
])
def test_an_acting_adviser_is_of_the_agency_of_the_post_held(text, person, title, body):
    assert (person, title, body) in posts(text)


def test_an_acting_adviser_after_another_persons_name_is_of_no_agency():
    found = posts("นายสมศักดิ์ ดีมาก รองอธิบดีกรมศุลกากร นายสมชาย ใจดี รักษาการในตำแหน่งที่ปรึกษาด้านพัฒนาระบบภาษี")
    assert ("สมชาย ใจดี", "รักษาการในตำแหน่งที่ปรึกษาด้านพัฒนาระบบภาษี", None) in found


def test_an_advisers_field_then_another_title_as_well():
    found = posts("นายชัยยุทธ คำคุณ ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร ในฐานะโฆษกกรมศุลกากร กล่าวว่า")
    assert ("ชัยยุทธ คำคุณ", "โฆษกกรมศุลกากร", "กรมศุลกากร") in found


def test_a_field_written_on_to_a_word_is_no_advisers_title():
    assert not posts("นายสมชาย ใจดี เป็นคณะที่ปรึกษาด้านกฎหมาย กล่าว")


@pytest.mark.parametrize("text, person, title", [
    ("นายธวัชชัย ชีวานนท์ รองกรรมการผู้จัดการใหญ่ สายงานบริหารจัดการทางการเงินเพื่อธุรกิจ ธนาคารกรุงไทย เปิดเผยว่า",
     "ธวัชชัย ชีวานนท์", "รองกรรมการผู้จัดการใหญ่สายงานบริหารจัดการทางการเงินเพื่อธุรกิจธนาคารกรุงไทย"),
    ("นางสาวสุวรรณี ชินเชี่ยวชาญ ประธานเจ้าหน้าที่บริหาร สายงานการตลาด บริษัท เอส เอฟ คอร์ปอเรชั่น จำกัด (มหาชน) กล่าว",
     "สุวรรณี ชินเชี่ยวชาญ", "ประธานเจ้าหน้าที่บริหารสายงานการตลาดบริษัทเอสเอฟคอร์ปอเรชั่นจำกัด(มหาชน)"),
    # the bank in short is expanded
    ("นายวรณัฐ สุโฆษสมิต ผู้ช่วยกรรมการผู้จัดการ สายงานตรวจสอบ ธอส. เป็นผู้แทนธนาคาร", "วรณัฐ สุโฆษสมิต",
     "ผู้ช่วยกรรมการผู้จัดการสายงานตรวจสอบธนาคารอาคารสงเคราะห์"),
    ("นายสมชาย ใจดี ผู้ช่วยกรรมการผู้จัดการ ธนาคารออมสิน รับรางวัล", "สมชาย ใจดี", "ผู้ช่วยกรรมการผู้จัดการธนาคารออมสิน"),
])
def test_an_executives_line_of_business_is_part_of_the_title(text, person, title):
    assert (person, title) in {(p, t) for p, t, _ in posts(text)}


def test_a_line_of_business_after_a_board_chair_is_no_title():
    # only an executive heads a line ("ประธาน" of a board heads none): no post is made of the line
    assert not {t for _, t, _ in posts("นายสมชาย ใจดี ประธาน สายงานบริหาร ธนาคารกรุงไทย กล่าว") if "สาย" in t}


@pytest.mark.parametrize("text, person, title, body", [
    # an adviser speaking for an agency is that agency's, whatever other bodies the article names
    ("นายชัยยุทธ คำคุณ ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร ในฐานะโฆษกกรมศุลกากร เปิดเผยว่า กรมศุลกากรร่วมกับ"
     "สำนักงานตำรวจแห่งชาติและกรมสรรพสามิต จับกุมบุหรี่เถื่อน", "ชัยยุทธ คำคุณ",
     "ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร", "กรมศุลกากร"),
    ("นางสมศรี ดีมาก ที่ปรึกษาด้านยุทธศาสตร์การจัดเก็บภาษี (กลุ่มธุรกิจพลังงาน) ในฐานะโฆษกกรมสรรพากร เปิดเผยว่า "
     "ตามที่กระทรวงการคลังและกรมบัญชีกลางมีนโยบาย", "สมศรี ดีมาก",
     "ที่ปรึกษาด้านยุทธศาสตร์การจัดเก็บภาษี", "กรมสรรพากร"),
    ("นายสมชาย ใจดี รักษาการในตำแหน่งที่ปรึกษาด้านพัฒนาระบบควบคุมทางสรรพสามิต ในฐานะรองโฆษกกรมสรรพสามิต กล่าวว่า "
     "กรมศุลกากรและกรมสรรพากรร่วมกัน", "สมชาย ใจดี",
     "รักษาการในตำแหน่งที่ปรึกษาด้านพัฒนาระบบควบคุมทางสรรพสามิต", "กรมสรรพสามิต"),
])
def test_an_adviser_speaking_for_an_agency_is_its(text, person, title, body):
    assert (person, title, body) in posts(text)


@pytest.mark.parametrize("text, person, title", [
    # spokesperson of no agency of the tables (the government, a committee, an association): the adviser's body unsaid
    ("นายสมชาย ใจดี ที่ปรึกษาด้านการสื่อสาร ในฐานะโฆษกรัฐบาล กล่าวว่า กรมศุลกากรและกรมสรรพากรร่วมกัน", "สมชาย ใจดี",
     "ที่ปรึกษาด้านการสื่อสาร"),
    ("นางสมศรี ดีมาก ที่ปรึกษาด้านกฎหมาย ในฐานะโฆษกสมาคมธนาคารไทย กล่าวว่า กรมศุลกากรและกรมสรรพากรร่วมกัน",
     "สมศรี ดีมาก", "ที่ปรึกษาด้านกฎหมาย"),
    # a ministry's spokesperson is one of its departments' officials: which one is unsaid
    ("นายสมชาย ใจดี ที่ปรึกษาด้านเศรษฐกิจการเงิน ในฐานะรองโฆษกกระทรวงการคลัง แถลงว่า กรมศุลกากรและกรมสรรพากรร่วมกัน",
     "สมชาย ใจดี", "ที่ปรึกษาด้านเศรษฐกิจการเงิน"),
    # the agency on the next line is no spokesperson's
    ("นายสมชาย ใจดี ที่ปรึกษาด้านการสื่อสาร ในฐานะโฆษก\nกรมศุลกากรและกรมสรรพากรร่วมกันแถลง", "สมชาย ใจดี",
     "ที่ปรึกษาด้านการสื่อสาร"),
])
def test_an_adviser_speaking_for_no_agency_is_left_unplaced(text, person, title):
    assert (person, title, None) in posts(text)


def _group_and_parent(text: str) -> tuple[str | None, str | None]:
    """The community development group a director's post is tied to, and that group's parent, by name."""
    e = extract(text)
    post = next(p for p in e.posts if p.title.startswith("ผู้อำนวยการกลุ่มงาน"))
    if post.org is None:
        return None, None
    group = e.organizations[post.org]
    parent = e.organizations.get(group.parent) or load_gazetteer().organization(group.parent)
    return group.name, parent.name if parent else None


@pytest.mark.parametrize("text, group, office", [
    ("นางสมศรี ดีมาก ผู้อำนวยการกลุ่มงานส่งเสริมการพัฒนาชุมชน นักวิชาการพัฒนาชุมชน เจ้าหน้าที่สำนักงานพัฒนาชุมชนจังหวัดแพร่ "
     "เข้าร่วมประชุม", "กลุ่มงานส่งเสริมการพัฒนาชุมชน", "สำนักงานพัฒนาชุมชนจังหวัดแพร่"),
    ("สำนักงานพัฒนาชุมชนจังหวัดตราด จัดกิจกรรม โดยมี นายสมชาย ใจดี ผู้อำนวยการกลุ่มงานสารสนเทศการพัฒนาชุมชน "
     "และเจ้าหน้าที่ กรมการพัฒนาชุมชน ร่วมกิจกรรม", "กลุ่มงานสารสนเทศการพัฒนาชุมชน", "สำนักงานพัฒนาชุมชนจังหวัดตราด"),
])
def test_a_community_development_group_is_the_one_provincial_offices(text, group, office):
    assert _group_and_parent(text) == (group, office)


@pytest.mark.parametrize("text", [
    # two provincial offices: whose group it is is unsaid
    "นางสาวสมศรี ดีมาก ผู้อำนวยการกลุ่มงานยุทธศาสตร์การพัฒนาชุมชน และเจ้าหน้าที่ ร่วมลงพื้นที่ กับสำนักงานพัฒนาชุมชน"
    "จังหวัดราชบุรี และสำนักงานพัฒนาชุมชนจังหวัดเพชรบุรี",
    # no provincial office named at all
    "นายสมชาย ใจดี ผู้อำนวยการกลุ่มงานส่งเสริมการพัฒนาชุมชน (ทีม MOI SMART Agent for CAST กระทรวงมหาดไทย) ร่วมประชุม",
])
def test_a_community_development_group_of_no_one_office_is_left_unplaced(text):
    assert _group_and_parent(text) == (None, None)


@pytest.mark.parametrize("text, group, parent", [
    # the body written after the title is the parent, not the office named further on
    ("นายสมชาย ใจดี ผู้อำนวยการกลุ่มงานส่งเสริมการพัฒนาชุมชน กองพัฒนาชุมชน กรมส่งเสริมการปกครองท้องถิ่น "
     "และสำนักงานพัฒนาชุมชนจังหวัดแพร่ ร่วมประชุม", "กลุ่มงานส่งเสริมการพัฒนาชุมชน", "กองพัฒนาชุมชน"),
    # a group of another agency's work is not the community development office's
    ("นายสมชาย ใจดี ผู้อำนวยการกลุ่มงานส่งเสริมการพัฒนาเศรษฐกิจ กรมส่งเสริมการปกครองท้องถิ่น "
     "และสำนักงานพัฒนาชุมชนจังหวัดแพร่ ร่วมประชุม", "กลุ่มงานส่งเสริมการพัฒนาเศรษฐกิจ", "กรมส่งเสริมการปกครองท้องถิ่น"),
])
def test_a_group_written_with_its_own_body_keeps_it(text, group, parent):
    assert _group_and_parent(text) == (group, parent)
