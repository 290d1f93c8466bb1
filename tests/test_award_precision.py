"""What in this genre is NOT an award conferral, on short texts written for each pattern.

Each rule was found by judging a random sample of the awards read from the 2020-2024 corpus;
the texts here are variants written for the tests, with negatives (what must still be read).
"""
from __future__ import annotations

import pytest

from thaigovkg.gazetteer import load_gazetteer
from test_extract import extract


def name(key: str, extraction) -> str:
    if key in extraction.organizations:
        return extraction.organizations[key].name
    return load_gazetteer().organization(key).name


def rows(extraction):
    return sorted(((name(a.recipient, extraction), a.programme, a.category.label if a.category else None,
                    a.level.label if a.level else None, a.project) for a in extraction.awards), key=str)


_PROSE = "คณะรัฐมนตรีรับทราบผลการดำเนินงานด้านเศรษฐกิจและสังคมของหน่วยงานต่าง ๆ ตามที่เสนอ "


# --- a quoted project far from any award talk is no awarded work ------------------------------------

@pytest.mark.parametrize("later", [
    "โดยเฉพาะโครงการ “คนละครึ่ง” ที่ช่วยกระตุ้นเศรษฐกิจ",
    "กระทรวงพาณิชย์จัดงาน “ตลาดนัดออนไลน์” ให้เกษตรกร",
    "ขยายผลโครงการ “ชิงเก็บ ลดเผา” ในพื้นที่เสี่ยง",
    "ได้นำเสนอผลงาน “ระบบติดตามพัสดุ” ต่อที่ประชุม",
])
def test_a_project_quoted_in_prose_far_after_the_award_is_no_work(later):
    text = ("กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ "
            "ผลงาน “หางานง่าย”\n" + _PROSE * 8 + "\n" + later + "\n")
    assert [r[4] for r in rows(extract(text))] == ["หางานง่าย"]


def test_a_cabinet_summary_names_a_programme_pages_before_a_project_of_a_listed_unit():
    text = ("1. เรื่อง ผลการมอบรางวัลศูนย์ราชการสะดวก ประจำปี 2565\n" + _PROSE * 10 + "\n"
            "- ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร ดำเนินโครงการ “สินเชื่อเพื่อชุมชน” ต่อเนื่อง\n")
    assert not [a for a in extract(text).awards if a.project]


def test_works_of_a_long_list_are_read_however_far_the_list_runs_from_the_award_word():
    items = " ".join(f"{i}) ผลงาน “บริการที่ {i} ของหน่วยงานในสังกัดที่พัฒนาขึ้นเพื่อประชาชนในพื้นที่ห่างไกล”"
                     for i in range(1, 8))
    text = ("กรมการปกครอง ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ "
            "จำนวน 7 รางวัล ได้แก่ " + items + "\n")
    assert len([r for r in rows(extract(text)) if r[4]]) == 7


def test_a_work_named_after_the_award_word_in_a_later_paragraph_is_still_read():
    text = ("กรมสรรพากร ได้รับรางวัลเลิศรัฐ ประจำปี 2564 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ\n"
            + _PROSE * 8 + "\nสำหรับรางวัลดังกล่าว ได้รับจากผลงาน “ยื่นภาษีออนไลน์”\n")
    assert "ยื่นภาษีออนไลน์" in [r[4] for r in rows(extract(text))]


# --- a department written with its ministry after it is the winner -----------------------------------

@pytest.mark.parametrize("unit, ministry", [
    ("กรมควบคุมโรค", "กระทรวงสาธารณสุข"),
    ("กรมทางหลวงชนบท (ทช.)", "กระทรวงคมนาคม"),
    ("กรมการจัดหางาน", "กระทรวงแรงงาน"),
])
def test_the_department_before_its_ministry_takes_the_verb(unit, ministry):
    text = f"{unit} {ministry} ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2565 จากสำนักงานพัฒนารัฐบาลดิจิทัล\n"
    e = extract(text)
    assert [name(a.recipient, e) for a in e.awards] == [unit.split(" (")[0]]


def test_a_ministry_that_receives_on_its_own_still_wins():
    e = extract("กระทรวงคมนาคม ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2565 จากสำนักงานพัฒนารัฐบาลดิจิทัล\n")
    assert [name(a.recipient, e) for a in e.awards] == ["กระทรวงคมนาคม"]


# --- awards won by people are no organisation's ------------------------------------------------------

@pytest.mark.parametrize("who", ["นักวิจัยโลหิตวิทยา", "อาจารย์คณะวิทยาศาสตร์", "นักศึกษาปริญญาเอก", "ศิษย์เก่า"])
def test_a_person_of_a_university_who_wins_is_no_award_of_the_university(who):
    text = f"{who} มหาวิทยาลัยมหิดล คว้ารางวัลนักวิทยาศาสตร์ดีเด่น ประจำปี 2565 จากมูลนิธิส่งเสริมวิทยาศาสตร์\n"
    assert not extract(text).awards


def test_the_university_itself_that_wins_still_counts():
    e = extract("มหาวิทยาลัยมหิดล คว้ารางวัลองค์กรโปร่งใส ประจำปี 2565 จากสำนักงาน ป.ป.ช.\n")
    assert [name(a.recipient, e) for a in e.awards] == ["มหาวิทยาลัยมหิดล"]


@pytest.mark.parametrize("listing", [
    "รางวัลชนะเลิศ นางสาวสมใจ ใจดี ผลงาน “บ้านอบอุ่น” และรางวัลรองชนะเลิศ นายสมชาย ดีมาก ผลงาน “ครอบครัวสุข”",
    "รางวัลชนะเลิศ ได้แก่ นางสาวสมใจ ใจดี ผลงาน “บ้านอบอุ่น”",
    "1) รางวัลชนะเลิศ จำนวน 1 รางวัล ได้แก่ นายสมชาย ดีมาก ผลงาน “ครอบครัวสุข”",
])
def test_contest_placings_won_by_members_of_the_public_are_no_award_of_the_organiser(listing):
    text = ("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดกระบี่ ได้รับรางวัลครอบครัวอบอุ่น ประจำปี 2565 "
            "ระดับหน่วยงาน ส่วนประเภทบุคคล มีผู้ได้รับรางวัล ดังนี้ " + listing + "\n")
    e = extract(text)
    assert [(name(a.recipient, e), a.level, a.project) for a in e.awards] == [
        ("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดกระบี่", None, None)]


@pytest.mark.parametrize("verb", ["รับฟังความเห็นจากทุกภาคส่วน", "รับทราบผลการประกวด", "รับผิดชอบการจัดประกวด",
                                  "รับสมัครผลงานเข้าประกวด", "ได้รับทราบผลการประกวด", "ได้รับมอบหมายให้จัดประกวด"])
def test_a_verb_that_receives_no_award_makes_no_winner(verb):
    text = (f"วันนี้ กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ {verb} รางวัลครอบครัวอบอุ่น ประจำปี 2565 "
            "รางวัลชนะเลิศ ได้แก่ นางสาวสมใจ ใจดี ผลงาน “บ้านอบอุ่น”\n")
    assert not extract(text).awards


@pytest.mark.parametrize("verb", ["รับรางวัล", "รับมอบรางวัล", "รับโล่รางวัล", "รับ 2 รางวัล", "ได้รับรางวัล",
                                  "เข้ารับรางวัล"])
def test_verbs_that_receive_an_award_still_make_a_winner(verb):
    e = extract(f"กรมการจัดหางาน {verb}รัฐบาลดิจิทัล ประจำปี 2565 จากสำนักงานพัฒนารัฐบาลดิจิทัล\n")
    assert [name(a.recipient, e) for a in e.awards] == ["กรมการจัดหางาน"]


def test_contest_placings_won_by_units_are_still_theirs():
    text = ("การประกวดรางวัลนวัตกรรมกรมประมง ประจำปี 2565 ผลการตัดสิน รางวัลชนะเลิศ ได้แก่ "
            "สำนักงานประมงจังหวัดสงขลา ในผลงาน เรือประมงอัจฉริยะ\n")
    assert [r[3] for r in rows(extract(text))] == ["ชนะเลิศ"]


# --- the organiser named after a work is not the unit that did it ------------------------------------

@pytest.mark.parametrize("organiser", [
    "โดยกรมคุ้มครองสิทธิและเสรีภาพ กระทรวงยุติธรรมได้พิจารณามอบรางวัลให้กับองค์กรที่ดำเนินงานดีเด่น",
    "โดยกรมคุ้มครองสิทธิและเสรีภาพ เป็นผู้มอบรางวัล",
    "โดยกรมคุ้มครองสิทธิและเสรีภาพ จัดงานมอบรางวัลขึ้นที่กรุงเทพมหานคร",
])
def test_the_organiser_after_a_work_is_no_winner(organiser):
    text = ("กรมสรรพากร ได้รับรางวัลองค์กรโปร่งใส ประจำปี 2564 ระดับชมเชย จากผลงาน “ภาษีเพื่อคนเปราะบาง” "
            + organiser + "\n")
    e = extract(text)
    assert {name(a.recipient, e) for a in e.awards} == {"กรมสรรพากร"}


def test_the_unit_after_a_work_that_did_it_is_still_the_winner():
    text = ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ได้รับรางวัลเลิศรัฐ ประจำปี 2564 สาขาบริการภาครัฐ "
            "ระดับดี ประเภทพัฒนาการบริการ ผลงาน “บ้านพักปลอดภัย” โดยกรมกิจการเด็กและเยาวชน\n")
    e = extract(text)
    assert [name(a.recipient, e) for a in e.awards] == ["กรมกิจการเด็กและเยาวชน"]


# --- a quoted name after รางวัล / โล่ is the award's own name, not a work ----------------------------

@pytest.mark.parametrize("said", [
    "คว้ารางวัล “องค์กรคนดี” ประจำปี 2566",
    "รับมอบโล่เกียรติยศ “องค์กรคนดี” ประจำปี 2566",
    "รับ 2 รางวัล “หน่วยงานดีเด่น” และ “บุคคลดีเด่น” ประจำปี 2566",
])
def test_a_quoted_award_name_is_no_work(said):
    text = "กระทรวงเกษตรและสหกรณ์ " + said + " ซึ่งมุ่งสู่การเป็นองค์กรคุณธรรมต้นแบบ\n"
    assert not [a for a in extract(text).awards if a.project]


def test_a_quoted_title_after_a_work_cue_is_still_a_work():
    text = ("กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ "
            "จากผลงาน “หางานง่าย”\n")
    assert [r[4] for r in rows(extract(text))] == ["หางานง่าย"]


# --- a new numbered award heading opens a new item of the list --------------------------------------

def test_a_heading_after_a_list_of_winners_is_not_the_last_winners_award():
    text = ("ผลรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2565 มีดังนี้\n"
            "1. รางวัลนวัตกรรมดีเด่น\n"
            "(1) ประเภทดีเด่น ได้แก่ การประปานครหลวง\n"
            "(2) ประเภทชมเชย ได้แก่ การไฟฟ้านครหลวง และธนาคารออมสิน\n"
            "2. รางวัลความร่วมมือเชิงยุทธศาสตร์เพื่อการพัฒนาดีเด่น\n"
            "(1) ประเภทดีเด่น จำนวน 1 คู่ความร่วมมือ ได้แก่ การไฟฟ้าฝ่ายผลิตแห่งประเทศไทยและการเคหะแห่งชาติ\n")
    found = {(r[0], r[2]) for r in rows(extract(text))}
    assert ("การประปานครหลวง", "นวัตกรรมดีเด่น") in found
    assert not [f for f in found if f[1] != "นวัตกรรมดีเด่น" and f[0] in ("ธนาคารออมสิน", "การไฟฟ้านครหลวง")]


def test_an_award_heading_the_scheme_lacks_ends_the_terms_before_it():
    text = ("ผลรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2564 มีดังนี้\n"
            "1. รางวัลผู้นำองค์กรดีเด่น ได้แก่ นายสมพงษ์ ปรีเปรม\n"
            "2. รางวัลการดำเนินงานเพื่อสังคมดีเด่น\n"
            "(1) ประเภทชมเชย ได้แก่ ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย และการยางแห่งประเทศไทย\n")
    assert not [r for r in rows(extract(text)) if r[2] == "ผู้นำองค์กรดีเด่น"]


def test_numbered_awards_of_one_recipient_that_receives_are_all_its_own():
    text = ("สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ได้รับรางวัลเลิศรัฐ ประจำปี 2566 3 รางวัล ดังนี้\n"
            "1.1) รางวัลบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ ผลงาน “บ้านพักปลอดภัย”\n"
            "1.2) รางวัลการบริหารราชการแบบมีส่วนร่วม ระดับดี ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม ผลงาน “ชุมชนเข้มแข็ง”\n"
            "1.3) รางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0 ระดับก้าวหน้า\n")
    e = extract(text)
    assert len(e.awards) == 3
    assert {name(a.recipient, e) for a in e.awards} == {"สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"}


# --- learned programmes: prose is no name, and an award for people is no organisation's --------------

@pytest.mark.parametrize("prose", [
    "มอบรางวัลแก่ร้านที่ได้รับดาวมิชลินและงานเลี้ยง ประจำปี 2565",
    "รางวัลการเปิดเผยข้อมูลดีเด่นเป็นรางวัลที่มอบให้กับรัฐวิสาหกิจ ประจำปี 2565",
    "พระราชทานรางวัลนานาชาติซึ่งกระทรวงได้จัดกิจกรรม ประจำปี 2565",
])
def test_a_clause_after_the_word_award_is_no_programme_name(prose):
    e = extract("กระทรวงวัฒนธรรม " + prose + "\n")
    assert not e.programmes


def test_a_programme_name_the_scheme_lacks_is_still_learned():
    e = extract("กระทรวงคมนาคม รับมอบโล่ประกาศเกียรติคุณ รางวัลหน่วยงานภาครัฐที่ส่งเสริมการจ้างงานคนพิการ ประจำปี 2566\n")
    assert [p.name for p in e.programmes.values()] == ["รางวัลหน่วยงานภาครัฐที่ส่งเสริมการจ้างงานคนพิการ"]
    assert [name(a.recipient, e) for a in e.awards] == ["กระทรวงคมนาคม"]


@pytest.mark.parametrize("award", ["รางวัลศิษย์เก่าดีเด่นมหาวิทยาลัยขอนแก่น", "รางวัลนักวิทยาศาสตร์รุ่นใหม่",
                                   "รางวัลบุคคลดีเด่นด้านการพัฒนาสังคม", "รางวัลครูดีเด่น"])
def test_a_learned_award_named_for_people_is_no_award_of_their_organisation(award):
    e = extract(f"โฆษกกระทรวงสาธารณสุข รับ{award} ประจำปี 2565 จากผลงานด้านการควบคุมโรค\n")
    assert not e.awards


# --- the winner named before lapses where the text moves on to other things ----------------------------

def test_a_term_in_a_later_item_about_something_else_is_not_the_last_winners():
    text = ("1. เรื่อง ผลการมอบรางวัลเลิศรัฐ ประจำปี 2565\nกรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2565 "
            "สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ\n" + _PROSE * 10 +
            "\n2. เรื่อง การท่องเที่ยว\nมาตรการสำหรับนักท่องเที่ยวประเภทพิเศษ และสาขาบริการภาครัฐ ระดับดีเด่น\n")
    assert [(r[0], r[3]) for r in rows(extract(text))] == [("กรมการจัดหางาน", "ดี")]


def test_a_later_paragraph_about_the_award_still_belongs_to_the_winner():
    text = ("กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ\n"
            + _PROSE * 10 + "\nนอกจากรางวัลดังกล่าว กรมยังได้รับรางวัล สาขาการบริหารราชการแบบมีส่วนร่วม ระดับดีเด่น "
            "ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม\n")
    assert [r[0] for r in rows(extract(text))] == ["กรมการจัดหางาน"] * 2
