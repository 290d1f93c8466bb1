"""The finders on short texts written for each pattern of the genre (not sentences of the seeds)."""
from __future__ import annotations

import datetime as dt

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer


def extract(text: str, published: dt.date | None = None):
    return extract_article(parse_article(text, "t.txt", published=published))


def org_name(key: str, extraction=None) -> str:
    if extraction and key in extraction.organizations:
        return extraction.organizations[key].name
    return load_gazetteer().agencies[key].name


def award_rows(extraction):
    return sorted((org_name(a.recipient, extraction), a.branch.label if a.branch else None,
                   a.category.label if a.category else None, a.level.label if a.level else None, a.project)
                  for a in extraction.awards)


# --- organisations -------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("ผู้แทนกรมควบคุมโรคเข้าร่วมประชุม", "กรมควบคุมโรค"),
    ("นายกฯ มอบนโยบายแก่ กระทรวง อว. วันนี้", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
    ("ที่ประชุมของ สป.มท. มีมติ", "สำนักงานปลัดกระทรวงมหาดไทย"),
    ("สำนักงานปลัดกระทรวง สธ. จัดงาน", "สำนักงานปลัดกระทรวงสาธารณสุข"),
])
def test_extract_organizations_by_name_short_form_and_composed_form(text, expected):
    found = {m.value for m in extract(text).mentions if m.kind == "org"}
    gazetteer = load_gazetteer()
    assert any(match.replace(" ", "") == expected.replace(" ", "") for match in found), found
    assert gazetteer.find_by_name(expected)


def test_extract_organizations_learn_a_short_form_the_article_defines():
    e = extract("กรมส่งเสริมการเกษตร (สสกษ.) จัดงานวันเกษตร โดย สสกษ. เชิญชวนเกษตรกร")
    found = [m for m in e.mentions if m.kind == "org"]
    assert [m.value for m in found] == ["กรมส่งเสริมการเกษตร"] * 2
    assert ("doae", "สสกษ.") in e.attested


def test_extract_organizations_learn_an_agency_the_table_lacks_from_its_definition():
    e = extract("กรมส่งเสริมนวัตกรรมชุมชน (สนชช.) สังกัดกระทรวงมหาดไทย เปิดตัวโครงการ และ สนชช. จะขยายผล")
    [learned] = e.organizations.values()
    assert learned.name == "กรมส่งเสริมนวัตกรรมชุมชน" and learned.kind == "department"
    assert org_name(learned.parent) == "กระทรวงมหาดไทย"
    assert [m.value for m in e.mentions if m.kind == "org"].count("กรมส่งเสริมนวัตกรรมชุมชน") == 2


@pytest.mark.parametrize("text, kind", [
    ("ประธาน ก.พ.ร. กล่าวเปิดงาน", "committee"),
    ("เลขาธิการ ก.พ.ร. แถลงผล", "office"),
])
def test_extract_organizations_resolve_an_ambiguous_short_form_by_the_title_before_it(text, kind):
    e = extract(text)
    org = next(m for m in e.mentions if m.kind == "org")
    assert load_gazetteer().by_name(org.value).kind == kind


def test_extract_organizations_ignore_a_short_form_glued_inside_a_word():
    # "พม" inside another word is not the ministry's short form
    e = extract("ทีมงานพม่า เดินทางมาเยือน")
    assert not [m for m in e.mentions if m.kind == "org"]


@pytest.mark.parametrize("text, unit, parent", [
    ("สำนักงานสาธารณสุขจังหวัดลำปาง จัดอบรม", "สำนักงานสาธารณสุขจังหวัดลำปาง", "สำนักงานปลัดกระทรวงสาธารณสุข"),
    ("สำนักงานประมงจังหวัดตราด รายงานว่า", "สำนักงานประมงจังหวัดตราด", "กรมประมง"),
    ("สำนักงานปศุสัตว์จังหวัดน่าน ออกตรวจ", "สำนักงานปศุสัตว์จังหวัดน่าน", "กรมปศุสัตว์"),
])
def test_extract_organizations_place_a_provincial_unit_under_its_department(text, unit, parent):
    e = extract(text)
    learned = [o for o in e.organizations.values() if o.name == unit]
    assert learned, e.organizations
    assert org_name(learned[0].parent, e) == parent


def test_extract_organizations_skip_generic_provincial_phrases():
    e = extract("ขอให้สำนักงานในจังหวัดเชียงใหม่ทุกแห่งเตรียมพร้อม")
    assert not e.organizations


# --- people and posts ----------------------------------------------------------

def test_extract_people_keep_honorifics_apart_and_compose_the_full_title():
    e = extract("นางสาวสมศรี ใจงาม อธิบดีกรมการจัดหางาน เปิดเผยว่า นางสาวสมศรี กล่าวต่อ")
    assert set(e.people) == {"สมศรี ใจงาม"}
    assert e.people["สมศรี ใจงาม"].honorifics == ("นางสาว",)
    assert [(p.person, p.title) for p in e.posts] == [("สมศรี ใจงาม", "อธิบดีกรมการจัดหางาน")]


@pytest.mark.parametrize("text, title", [
    ("นายสมชาย ดีมาก ปลัด มท. ลงพื้นที่", "ปลัดกระทรวงมหาดไทย"),
    ("ดร.สมหญิง รักไทย รัฐมนตรีว่าการกระทรวงแรงงาน กล่าว", "รัฐมนตรีว่าการกระทรวงแรงงาน"),
    ("นายวีระ กล้าหาญ รองอธิบดีกรมประมง รักษาราชการแทน", "รองอธิบดีกรมประมง"),
    ("นายชาติ ไทยดี กรรมการพัฒนาระบบราชการ ร่วมงาน", "กรรมการพัฒนาระบบราชการ"),
])
def test_extract_people_expand_short_forms_in_titles(text, title):
    e = extract(text)
    assert [p.title for p in e.posts] == [title]


def test_extract_people_read_ranks_and_acting_titles():
    e = extract("พลตำรวจเอกสมศักดิ์ มั่นคง รักษาราชการแทนอธิบดีกรมการปกครอง ตรวจเยี่ยม")
    assert set(e.people) == {"สมศักดิ์ มั่นคง"}
    assert e.people["สมศักดิ์ มั่นคง"].honorifics == ("พลตำรวจเอก",)
    assert [(p.title, p.acting) for p in e.posts] == [("อธิบดีกรมการปกครอง", True)]


def test_extract_people_take_a_title_written_before_the_name():
    e = extract("ปลัดกระทรวงสาธารณสุข นายแพทย์สุขใจ สบายดี เป็นประธานการประชุม")
    assert [(p.person, p.title) for p in e.posts] == [("สุขใจ สบายดี", "ปลัดกระทรวงสาธารณสุข")]


def test_extract_people_keep_a_nickname_as_a_variant():
    e = extract("โดย “ลุงดำ” นายสมหมาย ทองแท้ ผู้นำชุมชน")
    assert e.people["สมหมาย ทองแท้"].variants == ("ลุงดำ",)


def test_extract_people_do_not_read_nayok_as_mister():
    e = extract("นายกรัฐมนตรี มอบนโยบาย")
    assert not e.people
    assert [p.title for p in e.posts] == []


# --- programmes and ceremonies ----------------------------------------------------

CEREMONY = ("ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
            "เมื่อวันที่ 1 ธันวาคม 2565 ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมพร ใจดี ผู้อำนวยการสำนักงานสถิติแห่งชาติ "
            "เข้ารับรางวัลเลิศรัฐ ประจำปี 2565 โดยมี นายประยุทธ มั่นคง นายกรัฐมนตรี เป็นประธานในพิธี "
            "และนายวิชัย เก่งกาจ เลขาธิการ ก.พ.ร. เป็นผู้มอบรางวัล\n"
            "สำนักงานสถิติแห่งชาติ ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ "
            "ได้แก่ ผลงาน ระบบสถิติทางการออนไลน์\n")


def test_extract_events_read_date_venue_chair_presenter_and_organiser():
    e = extract(CEREMONY)
    [ceremony] = e.ceremonies
    assert (ceremony.programme, ceremony.year, ceremony.date) == ("psea", 2565, dt.date(2022, 12, 1))
    assert ceremony.venue == "ห้องประชุมใหญ่ อาคารรัฐสภา"
    assert ceremony.chair == "ประยุทธ มั่นคง" and ceremony.presenters == ("วิชัย เก่งกาจ",)
    assert org_name(ceremony.organizer) == "สำนักงานคณะกรรมการพัฒนาระบบราชการ"


def test_extract_events_ignore_the_dateline_and_the_day_results_were_announced():
    text = ("วันพุธที่ 6 กันยายน 2566\nสำนักงาน ก.พ.ร. ได้ประกาศผลรางวัลเลิศรัฐ ประจำปี 2566 เมื่อวันที่ 29 สิงหาคม 2566 "
            "กรมการพัฒนาชุมชน ได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ ผลงาน “ชุมชนออนไลน์”\n")
    [ceremony] = extract(text).ceremonies
    assert ceremony.date is None


def test_extract_events_learn_a_programme_named_by_the_genre_pattern():
    text = ("กรมอนามัย คว้ารางวัลนวัตกรรมดิจิทัลสุขภาพ (Digital Health Award) ประจำปี 2566 "
            "โดยได้รับรางวัลชนะเลิศ ในผลงาน แอปพลิเคชันสุขภาพดี\n")
    e = extract(text)
    programmes = list(e.programmes.values())
    assert [p.name for p in programmes] == ["รางวัลนวัตกรรมดิจิทัลสุขภาพ"]
    assert award_rows(e) == [("กรมอนามัย", None, None, "ชนะเลิศ", "แอปพลิเคชันสุขภาพดี")]


# --- awards ---------------------------------------------------------------------

def test_extract_awards_one_per_work_with_a_level_given_for_the_whole_branch():
    text = ("กรมการปกครอง ได้รับรางวัลเลิศรัฐ ประจำปี 2566 ดังนี้ สาขาบริการภาครัฐ ระดับดีเด่น จำนวน 3 รางวัล "
            "(1) ประเภทนวัตกรรมการบริการ ได้แก่ “ทะเบียนดิจิทัล” และ “บัตรออนไลน์” (2) ประเภทขยายผลมาตรฐานการบริการ "
            "ได้แก่ “อำเภอยิ้ม”\n")
    assert award_rows(extract(text)) == [
        ("กรมการปกครอง", "บริการภาครัฐ", "ขยายผลมาตรฐานการบริการ", "ดีเด่น", "อำเภอยิ้ม"),
        ("กรมการปกครอง", "บริการภาครัฐ", "นวัตกรรมการบริการ", "ดีเด่น", "ทะเบียนดิจิทัล"),
        ("กรมการปกครอง", "บริการภาครัฐ", "นวัตกรรมการบริการ", "ดีเด่น", "บัตรออนไลน์"),
    ]


def test_extract_awards_pmqa_categories_need_no_work():
    text = ("กรมบัญชีกลาง คว้ารางวัลเลิศรัฐ ประจำปี 2565 สาขาคุณภาพการบริหารจัดการภาครัฐ 2 รางวัล ได้แก่ "
            "หมวด 3 การให้ความสำคัญกับผู้รับบริการและผู้มีส่วนได้ส่วนเสีย และ PMQA 4.0 ระดับพื้นฐาน (Basic)\n")
    rows = award_rows(extract(text))
    assert [(r[2].split()[0], r[3], r[4]) for r in rows] == [("PMQA", "พื้นฐาน", None), ("หมวด", None, None)]
    assert "หมวด 3" in rows[1][2]
    assert all(r[1] == "คุณภาพการบริหารจัดการภาครัฐ" for r in rows)


def test_extract_awards_numbered_recipients_each_with_their_own_terms():
    text = ("หน่วยงานในสังกัดกระทรวงแรงงาน ได้รับรางวัลเลิศรัฐ ประจำปี 2564 ดังนี้\n"
            "1. กรมการจัดหางาน ได้รับรางวัล สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ ผลงาน “หางานง่าย”\n"
            "2. กรมสวัสดิการและคุ้มครองแรงงาน ได้รับรางวัล สาขาการบริหารราชการแบบมีส่วนร่วม ระดับดีเด่น "
            "ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม ผลงาน “แรงงานปลอดภัย”\n")
    rows = award_rows(extract(text))
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("กรมการจัดหางาน", "ดี", "หางานง่าย"),
        ("กรมสวัสดิการและคุ้มครองแรงงาน", "ดีเด่น", "แรงงานปลอดภัย"),
    ]


def test_extract_awards_contest_placings_go_to_the_unit_named_after_them():
    text = ("การประกวดรางวัลนวัตกรรมกรมประมง ประจำปี 2565 ผลการตัดสิน รางวัลชนะเลิศ ได้แก่ "
            "สำนักงานประมงจังหวัดสงขลา ในผลงาน เรือประมงอัจฉริยะ และ รางวัลรองชนะเลิศอันดับ 1 ได้แก่ "
            "สำนักงานประมงจังหวัดระยอง ในผลงาน ฟาร์มหอยออนไลน์\n")
    rows = award_rows(extract(text))
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("สำนักงานประมงจังหวัดระยอง", "รองชนะเลิศอันดับ 1", "ฟาร์มหอยออนไลน์"),
        ("สำนักงานประมงจังหวัดสงขลา", "ชนะเลิศ", "เรือประมงอัจฉริยะ"),
    ]


def test_extract_awards_none_from_an_article_without_awards():
    text = ("นายสมชาย ดีมาก อธิบดีกรมการจัดหางาน ลงพื้นที่ตรวจเยี่ยมสำนักงานจัดหางานจังหวัดขอนแก่น "
            "เพื่อติดตามผลงาน “ไทยมีงานทำ” และมอบนโยบายแก่เจ้าหน้าที่\n")
    e = extract(text)
    assert not e.awards and not e.ceremonies


def test_extract_awards_a_title_quoted_later_in_the_prose_is_no_work():
    text = ("กรมสรรพากร ได้รับรางวัลเลิศรัฐ ประจำปี 2563 สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ "
            "ผลงาน “ยื่นภาษีออนไลน์”\n" + "กรมสรรพากรมุ่งมั่นพัฒนาบริการให้ทันสมัยอย่างต่อเนื่อง " * 12 +
            "โดยได้นำเสนอ 2 ผลงาน คือ การพัฒนาแอป “เช็คภาษี”\n")
    assert [r[4] for r in award_rows(extract(text))] == ["ยื่นภาษีออนไลน์"]


def test_extract_awards_a_winner_named_with_no_terms_still_counts_once():
    text = "กรมศุลกากร ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2565 จากสำนักงานพัฒนารัฐบาลดิจิทัล\n"
    e = extract(text)
    assert [(org_name(a.recipient), a.programme, a.year, a.confidence < 1) for a in e.awards] == [
        ("กรมศุลกากร", "dg-awards", 2565, True)]


def test_extract_awards_a_list_of_units_with_an_unclosed_quote():
    text = ("กระทรวงสาธารณสุข ได้รับรางวัลเลิศรัฐ ประจำปี 2563 สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี "
            "2 ผลงาน ได้แก่ โรงพยาบาลสมุทรปราการ จ.สมุทรปราการ เรื่อง “คลินิกออนไลน์, "
            "โรงพยาบาลตราด เรื่อง “ส่งยาถึงบ้าน”\n")
    rows = award_rows(extract(text))
    assert [(r[0], r[4]) for r in rows] == [("โรงพยาบาลตราด", "ส่งยาถึงบ้าน"),
                                             ("โรงพยาบาลสมุทรปราการ", "คลินิกออนไลน์")]


def test_extract_awards_none_where_a_programme_name_stands_for_something_else():
    text = "กรมที่ดิน เปิดศูนย์ราชการสะดวก ให้บริการประชาชน โดยสำนักงานที่ดินจังหวัดน่าน ได้รับมาตรฐานศูนย์ราชการสะดวก\n"
    assert not extract(text).awards


def test_extract_organizations_by_english_name_in_an_english_release():
    e = extract("June 28, 2022, the Ministry of Justice and the Department of Corrections signed an agreement.")
    assert {m.value for m in e.mentions if m.kind == "org"} >= {"กระทรวงยุติธรรม"}


# --- other programmes (h-awards-other) ------------------------------------------

def test_extract_awards_a_description_of_the_categories_in_a_later_paragraph_is_no_award():
    text = ("กรมศุลกากร ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2566 ได้แก่ รางวัลหน่วยงานคุณภาพด้านบุคลากรดิจิทัล\n"
            + "การพัฒนาระบบบริการออนไลน์ของหน่วยงานรัฐดำเนินไปอย่างต่อเนื่องทุกปี " * 9 + "\n"
            "สำหรับปีนี้ผู้จัดแบ่งรางวัลเป็น 3 รางวัล ได้แก่ รางวัลผู้นำองค์กรดิจิทัลดีเด่น รางวัลพัฒนาการดีเด่น "
            "และรางวัลท้องถิ่นดิจิทัล\n")
    assert [r[2] for r in award_rows(extract(text))] == ["หน่วยงานคุณภาพด้านบุคลากรดิจิทัล"]


def test_extract_awards_a_term_of_a_second_programme_counts_only_near_its_name():
    text = ("กรมศุลกากรคว้ารางวัล DG Awards 2021\n"
            "กรมศุลกากร ได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2564 ผลจากการมุ่งพัฒนาการบริการออนไลน์ทุกช่องทาง "
            "ที่ผู้นำเข้าใช้งานได้ตลอดเวลา " + "และเชื่อมโยงข้อมูลกับหน่วยงานอื่น " * 4 +
            "ทั้งนี้ กรมศุลกากรได้รับรางวัล “เลิศรัฐยอดเยี่ยม” ในปี 2564 จากรางวัลเลิศรัฐ ด้วย\n")
    rows = [(a.programme, a.category.label if a.category else None) for a in extract(text).awards]
    assert ("psea", "เลิศรัฐยอดเยี่ยม") in rows
    assert not any(category == "พัฒนาการบริการ" for _, category in rows), rows


def test_extract_awards_tqa_tiers_facets_and_lists_of_winners():
    text = ("สถาบันเพิ่มผลผลิตแห่งชาติ ประกาศผลรางวัลคุณภาพแห่งชาติ ประจำปี 2566 ดังนี้\n"
            "- รางวัลคุณภาพแห่งชาติ (TQA) ได้แก่ บริษัท สยามตัวอย่าง จำกัด (มหาชน)\n"
            "- รางวัลการบริหารสู่ความเป็นเลิศที่มีความโดดเด่น ด้านนวัตกรรม ได้แก่ ธนาคารออมสิน "
            "และกลุ่มธุรกิจค้าปลีก บริษัท ไทยตัวอย่าง จำกัด (มหาชน)\n"
            "- รางวัลการบริหารสู่ความเป็นเลิศ (TQC) ได้แก่ คณะเภสัชศาสตร์ มหาวิทยาลัยขอนแก่น, บริษัท ตัวอย่างขนส่ง จำกัด "
            "และธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร\n")
    e = extract(text)
    rows = sorted((org_name(a.recipient, e), a.category.label if a.category else None, a.level.label)
                  for a in e.awards)
    assert rows == sorted([
        ("กลุ่มธุรกิจค้าปลีก บริษัท ไทยตัวอย่าง จำกัด (มหาชน)", "ด้านนวัตกรรม", "การบริหารสู่ความเป็นเลิศที่มีความโดดเด่น"),
        ("คณะเภสัชศาสตร์ มหาวิทยาลัยขอนแก่น", None, "การบริหารสู่ความเป็นเลิศ"),
        ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", None, "การบริหารสู่ความเป็นเลิศ"),
        ("ธนาคารออมสิน", "ด้านนวัตกรรม", "การบริหารสู่ความเป็นเลิศที่มีความโดดเด่น"),
        ("บริษัท ตัวอย่างขนส่ง จำกัด", None, "การบริหารสู่ความเป็นเลิศ"),
        ("บริษัท สยามตัวอย่าง จำกัด (มหาชน)", None, "คุณภาพแห่งชาติ"),
    ]), rows
    unit = next(o for o in e.organizations.values() if o.name.startswith("กลุ่มธุรกิจค้าปลีก"))
    assert org_name(unit.parent, e) == "บริษัท ไทยตัวอย่าง จำกัด (มหาชน)"


def test_extract_awards_a_tier_named_as_an_award_is_the_level():
    text = ("ธนาคารออมสิน รับรางวัลการบริหารสู่ความเป็นเลิศ (Thailand Quality Class : TQC) "
            "ในงานพิธีมอบรางวัลคุณภาพแห่งชาติ ประจำปี 2564\n")
    assert [(a.programme, a.year, a.level.label if a.level else None) for a in extract(text).awards] == [
        ("tqa", 2564, "การบริหารสู่ความเป็นเลิศ")]


def test_extract_awards_a_numbered_list_of_winners_under_a_tier_heading():
    text = ("ผลการตัดสินรางวัลคุณภาพแห่งชาติ ประจำปี 2564\n"
            "รางวัลการบริหารสู่ความเป็นเลิศที่มีความโดดเด่นด้านลูกค้า (Thailand Quality Class Plus: Customer) "
            "จำนวน 2 องค์กร ได้แก่\n1. ธนาคารออมสิน\n2. การไฟฟ้านครหลวง\n"
            "รางวัลการบริหารสู่ความเป็นเลิศ (Thailand Quality Class: TQC) จำนวน 1 องค์กร ได้แก่\n1. การประปานครหลวง\n")
    rows = sorted((org_name(a.recipient), a.category.label if a.category else None) for a in extract(text).awards)
    assert rows == sorted([("ธนาคารออมสิน", "ด้านลูกค้า"), ("การไฟฟ้านครหลวง", "ด้านลูกค้า"),
                           ("การประปานครหลวง", None)]), rows


def test_extract_awards_an_agency_written_after_its_unit_is_no_second_winner():
    text = ("กระทรวงสาธารณสุข ได้รับรางวัลเลิศรัฐ ประจำปี 2563 สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ ระดับดี "
            "ได้แก่ กองยุทธศาสตร์และแผนงาน สำนักงานปลัดกระทรวงสาธารณสุข เรื่อง “นัดหมายออนไลน์”\n")
    e = extract(text)
    assert len([a for a in e.awards if a.project == "นัดหมายออนไลน์"]) == 1
    assert not [a for a in e.awards if a.project is None and a.category is not None], award_rows(e)


def test_extract_awards_a_past_award_keeps_the_year_written_with_it():
    text = ("กรมศุลกากร รับรางวัลรัฐบาลดิจิทัล ประจำปี 2567 ได้แก่ รางวัลหน่วยงานคุณภาพด้านบุคลากรดิจิทัล "
            "ต่อยอดจากรางวัลพัฒนาการดีเด่นหน่วยงานระดับกรมที่ให้บริการเป็นหลัก (ประกาศนียบัตร) ในปี 2566 "
            "ซึ่งยกระดับจากปี 2566 ที่ได้รางวัลพัฒนาการดีเด่นหน่วยงานระดับกรม\n")
    e = extract(text)
    rows = sorted((a.year, a.category.label) for a in e.awards)
    assert rows == [(2566, "พัฒนาการดีเด่นหน่วยงานระดับกรมที่ให้บริการเป็นหลัก"),
                    (2567, "หน่วยงานคุณภาพด้านบุคลากรดิจิทัล")], rows
    assert {(c.programme, c.year) for c in e.ceremonies} <= {("dg-awards", 2567)}


def test_extract_awards_an_organisation_leader_award_honours_the_head_who_receives_it():
    text = ("อธิบดีกรมศุลกากรรับรางวัลผู้นำองค์กรดิจิทัลดีเด่นแห่งปี จากงาน DG Awards 2023\n"
            "นายสมศักดิ์ ใจดีงาม อธิบดีกรมศุลกากร เข้ารับรางวัลผู้นำองค์กรดิจิทัลดีเด่น "
            "ในงานรางวัลรัฐบาลดิจิทัล ประจำปี 2566\n")
    e = extract(text)
    assert [(org_name(a.recipient), a.category.label, a.person) for a in e.awards] == [
        ("กรมศุลกากร", "ผู้นำองค์กรดิจิทัลดีเด่น", "สมศักดิ์ ใจดีงาม")]


def test_extract_awards_the_main_dg_award_of_a_department_group():
    text = "การประปานครหลวง ได้รับรางวัลรัฐบาลดิจิทัล สำหรับหน่วยงานระดับกรมที่ให้บริการเป็นหลัก ประจำปี 2567\n"
    assert [a.category.label for a in extract(text).awards] == ["รัฐบาลดิจิทัล สำหรับหน่วยงานระดับกรมที่ให้บริการเป็นหลัก"]


def test_extract_awards_a_later_paragraph_that_receives_brings_the_winner_back():
    text = ("ธนาคารออมสิน คว้ารางวัลคุณภาพแห่งชาติ ประจำปี 2566 ได้แก่ รางวัล TQC Plus ด้าน People\n"
            "ผู้จัดการกล่าวว่า รางวัล TQC Plus ด้าน Innovation เป็นรางวัลที่ยากที่สุดของปีนี้\n"
            "ทั้งนี้ ธนาคารเคยได้รับรางวัลการบริหารสู่ความเป็นเลิศ ในปี 2563\n")
    rows = sorted((a.year, a.category.label if a.category else "", a.level.label) for a in extract(text).awards)
    assert rows == [(2563, "", "การบริหารสู่ความเป็นเลิศ"),
                    (2566, "ด้านบุคลากร", "การบริหารสู่ความเป็นเลิศที่มีความโดดเด่น")], rows


def test_extract_awards_gecc_winners_listed_under_a_level_and_a_level_only_counted():
    text = ("กรมการขนส่งทางบก รับโล่มาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2565 แบ่งเป็นระดับก้าวหน้า "
            "จำนวน 2 ศูนย์ ประกอบด้วย หน่วยงานในส่วนกลาง คือสำนักงานขนส่งจังหวัดขอนแก่น "
            "และหน่วยงานส่วนภูมิภาค ได้แก่ สำนักงานขนส่งจังหวัดลำปาง และระดับพื้นฐาน จำนวน 50 ศูนย์\n")
    rows = sorted((org_name(a.recipient, e), a.level.label) for e in [extract(text)] for a in e.awards)
    assert rows == [("สำนักงานขนส่งจังหวัดขอนแก่น", "ก้าวหน้า"), ("สำนักงานขนส่งจังหวัดลำปาง", "ก้าวหน้า")], rows


def test_extract_awards_gecc_a_unit_of_a_province_that_received_a_level():
    text = ("โรงพยาบาลบางปลาม้า จ.สุพรรณบุรี ที่ได้รับโล่รางวัลและตรารับรองมาตรฐานการให้บริการของศูนย์ราชการสะดวก "
            "(GECC) ในระดับก้าวหน้า ประจำปี พ.ศ. 2565 โดยทั่วประเทศได้รับการรับรองระดับเป็นเลิศ 5 ศูนย์ "
            "และระดับพื้นฐาน 300 ศูนย์\n")
    e = extract(text)
    assert [(org_name(a.recipient, e), a.programme, a.level.label) for a in e.awards] == [
        ("โรงพยาบาลบางปลาม้า", "gecc", "ก้าวหน้า")]


def test_extract_awards_the_plaque_of_a_programme_received_is_an_award():
    text = "กรมศุลกากร รับมอบโล่และตราการรับรองมาตรฐานการให้บริการของศูนย์ราชการสะดวก ประจำปี 2566\n"
    assert [(org_name(a.recipient), a.programme, a.year) for a in extract(text).awards] == [
        ("กรมศุลกากร", "gecc", 2566)]


def test_extract_awards_gecc_an_agency_is_credited_where_its_listed_units_are_not_read():
    text = ("กระทรวงยุติธรรม รับมอบโล่รับรองมาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2565 ดังนี้\n"
            "1. กรมราชทัณฑ์ ได้รับการรับรองมาตรฐาน GECC ระดับพื้นฐาน 2 หน่วยงาน ได้แก่ เรือนจำกลางตัวอย่าง "
            "และทัณฑสถานตัวอย่าง\n"
            "2. กรมบังคับคดี ได้รับการรับรองมาตรฐาน GECC ระดับก้าวหน้า 1 หน่วยงาน คือ สำนักงานบังคับคดีจังหวัดแพร่\n")
    e = extract(text)
    rows = sorted((org_name(a.recipient, e), a.level.label, a.confidence < 1) for a in e.awards if a.level)
    assert rows == [("กรมราชทัณฑ์", "พื้นฐาน", True), ("สำนักงานบังคับคดีจังหวัดแพร่", "ก้าวหน้า", False)], rows


def test_extract_awards_agencies_listed_after_received_the_award_each_win_it():
    text = ("กระทรวงอุตสาหกรรม มีหน่วยงานในสังกัดได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2566 ด้วยจำนวน 3 หน่วยงาน ได้แก่ "
            "1) กรมโรงงานอุตสาหกรรม 2)สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม และ 3)การนิคมอุตสาหกรรมแห่งประเทศไทย\n")
    e = extract(text)
    assert sorted((org_name(a.recipient), a.programme, a.category) for a in e.awards) == sorted([
        ("กรมโรงงานอุตสาหกรรม", "dg-awards", None), ("สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม", "dg-awards", None),
        ("การนิคมอุตสาหกรรมแห่งประเทศไทย", "dg-awards", None)])


def test_extract_awards_the_programme_award_conjoined_with_a_category_is_one_more():
    text = ("กรมศุลกากรได้รับรางวัลรัฐบาลดิจิทัล ประจำปี 2565 (Digital Government Awards) ต่อเนื่องเป็นปีที่ 3 "
            "และรางวัลหน่วยงานคุณภาพด้านบุคลากรดิจิทัล\n")
    rows = sorted((a.category.label if a.category else "") for a in extract(text).awards)
    assert rows == ["", "หน่วยงานคุณภาพด้านบุคลากรดิจิทัล"], rows
    heading = "กรมศุลกากร คว้ารางวัลเลิศรัฐ รางวัลพิเศษ สานพลังร่วมใจ ต้านภัยโควิด และรางวัลบริการภาครัฐ ประจำปี 2565\n"
    assert all(a.category or a.branch for a in extract(heading).awards)
