"""Awards and ceremonies that the article, read as a whole, does not report, on short texts composed for each
pattern (with the negatives that must still be read).

The patterns were found by judging a development sample (seed 31) of the full-corpus graph from the source
sentences: list items that name a person and their workplace, rankings by a figure, plaques for taking part
in a project, people's awards, programme names that run into the occasion or a reported clause, and
ceremonies of a plan, a meeting, a congratulation or the event spoken of in general.
"""
from __future__ import annotations

import datetime

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer

_DATELINE = "วันพุธที่ 16 สิงหาคม 2566\n"


def extract(text: str):
    return extract_article(parse_article(_DATELINE + text, "t.txt"))


def recipients(extraction) -> set[str]:
    gazetteer = load_gazetteer()
    return {(extraction.organizations[a.recipient] if a.recipient in extraction.organizations
             else gazetteer.organization(a.recipient)).name for a in extraction.awards}


def programme_names(extraction) -> set[str]:
    return {p.name for p in extraction.programmes.values()}


# --- a list item that opens with a person's name honours the person, not their workplace ---------------

_PEOPLE = ("ปลัดกระทรวงสาธารณสุข มอบรางวัลนักการสาธารณสุขดีเด่น ชัยนาทนเรนทร ประจำปี 2565 จำนวน 2 รางวัล ได้แก่ "
           "1.ประเภทบริหาร {first} สถาบันบำราศนราดูร กรมควบคุมโรค “อายุรแพทย์ผู้อุทิศตน” "
           "2.ประเภทวิชาการ {second} ศูนย์เชี่ยวชาญเฉพาะทาง คณะแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย “ผู้ศึกษา ค้นคว้า วิจัย”\n")


@pytest.mark.parametrize("first, second", [
    ("นายแพทย์สมชาย ใจดี นายแพทย์ทรงคุณวุฒิ ด้านเวชกรรม", "ศาสตราจารย์ นายแพทย์สมศักดิ์ รักเรียน"),
    ("นายสมชาย ใจดี", "ดร.สมศักดิ์ รักเรียน นักวิชาการสาธารณสุขชำนาญการพิเศษ"),
    ("นางสาวสมหญิง ใจดี พยาบาลวิชาชีพ", "รองศาสตราจารย์ ดร.สมศักดิ์ รักเรียน"),
])
def test_a_listed_person_with_their_workplace_gives_the_workplace_no_award(first, second):
    assert not extract(_PEOPLE.format(first=first, second=second)).awards


@pytest.mark.parametrize("sentence", [
    "นายสมชาย ใจดี อธิการบดีมหาวิทยาลัยขอนแก่น เข้ารับรางวัลองค์กรคุณธรรมต้นแบบ ประจำปี 2566 ระดับดีเด่น\n",
    "นายสมชาย ใจดี อธิการบดีมหาวิทยาลัยขอนแก่น ได้รับรางวัลองค์กรคุณธรรมต้นแบบ ประจำปี 2566 ระดับดีเด่น\n",
])
def test_a_head_who_accepts_for_the_organisation_still_gives_it_the_award(sentence):
    assert "มหาวิทยาลัยขอนแก่น" in recipients(extract(sentence))


# --- a ranking by a figure is no conferral ----------------------------------------------------------------

@pytest.mark.parametrize("head", [
    "รายชื่อสถานศึกษาที่มีอัตราการชำระหนี้ดีที่สุด 5 อันดับแรกของประเทศ ประจำปี 2566\nสถานศึกษาระดับอุดมศึกษา\n",
    "ผลการจัดอันดับหน่วยงานที่มียอดเบิกจ่ายสูงสุด ประจำปี 2566\n",
])
def test_the_items_under_a_ranking_head_are_no_awards(head):
    text = ("กองทุนพัฒนาการศึกษา จัดพิธีมอบรางวัลกองทุนสร้างสรรค์ ประจำปี 2566\n"
            "ประเภทสถานศึกษาต้นแบบ จำนวน 2 รางวัล\n1. มหาวิทยาลัยมหิดล\n2. มหาวิทยาลัยบูรพา\n" + head +
            "1. มหาวิทยาลัยพะเยา\n2. มหาวิทยาลัยศิลปากร\n")
    found = recipients(extract(text))
    assert not found & {"มหาวิทยาลัยพะเยา", "มหาวิทยาลัยศิลปากร"}
    assert "มหาวิทยาลัยบูรพา" in found


# --- a plaque for taking part in a project is no award; a plaque of merit named for a project is ----------

@pytest.mark.parametrize("plaque, learned", [
    ("มอบโล่เกียรติคุณโครงการส่งเสริมการจัดทำคาร์บอนฟุตพริ้นท์ขององค์กรปกครองส่วนท้องถิ่น", False),
    ("มอบโล่เกียรติคุณโครงการลดใช้พลังงานในสำนักงาน", False),
    ("มอบโล่เกียรติคุณโครงการหมู่บ้านต้นแบบดีเด่น", True),
    ("มอบโล่เชิดชูเกียรติโครงการชุมชนยอดเยี่ยม", True),
])
def test_a_plaque_named_for_a_project_is_a_programme_only_with_a_word_of_merit(plaque, learned):
    text = f"ปลัดกระทรวงมหาดไทย {plaque} ให้แก่ เทศบาลเมืองตาก และเทศบาลเมืองตาคลี\n"
    names = programme_names(extract(text))
    assert any("โครงการ" in n for n in names) is learned


# --- a programme that honours people gives their office no award -----------------------------------------

@pytest.mark.parametrize("programme", ["ผู้ปฏิบัติงานดีเด่นด้านการป้องกันการค้ามนุษย์", "บุคลากรดีเด่น",
                                       "ผู้ทำคุณประโยชน์ต่อสังคม"])
def test_a_programme_for_people_gives_the_office_of_the_one_who_received_it_no_award(programme):
    text = (f"นางสาวโสภณา บุญหลง หัวหน้าสำนักงานเลขานุการศูนย์บัญชาการป้องกันการค้ามนุษย์ด้านแรงงาน "
            f"ได้เข้ารับรางวัล{programme} ประจำปี 2566\n")
    assert not extract(text).awards


# --- a programme's name ends before the occasion, a reported clause, a thank-you ---------------------------

@pytest.mark.parametrize("text, name", [
    ("นายกรัฐมนตรีมอบรางวัลโรงเรียนปลอดบุหรี่ดีเด่น เนื่องในวันงดสูบบุหรี่โลก ประจำปี 2566 ให้แก่ โรงเรียนบ้านหนองบัว\n",
     "รางวัลโรงเรียนปลอดบุหรี่ดีเด่น"),
    ("รัฐมนตรีมอบรางวัลหน่วยงานบริการประชาชนดีเด่น ขอบคุณทุกหน่วยงานที่ร่วมมือ ประจำปี 2566 ให้แก่ กรมการปกครอง\n", "รางวัลหน่วยงานบริการประชาชนดีเด่น"),
])
def test_a_programme_name_stops_before_the_occasion_or_the_prose_after_it(text, name):
    names = programme_names(extract(text))
    assert name in names
    assert not any("เนื่อง" in n or "ขอบคุณ" in n for n in names)


@pytest.mark.parametrize("text", [
    "นายกรัฐมนตรีรับมอบรางวัลว่า รู้สึกแปลกใจ และดีใจด้วย ประจำปี 2567\n",
    "นายกรัฐมนตรีมอบรางวัลเนื่องในโอกาสวันอาสาสมัคร ประจำปี 2567\n",
    "ทรงพระราชทานรางวัลถ้วยรางวัล ประจำปี 2566 ให้กับนักวิจัย\n",
])
def test_the_occasion_a_reported_clause_or_a_cup_is_no_programme(text):
    assert not any(n.startswith(("รางวัลว่า", "รางวัลเนื่อง", "รางวัลถ้วย")) for n in programme_names(extract(text)))


# --- a ceremony only where the article reports a conferral done -----------------------------------------------

_HELD = ("วันนี้ (13 ธันวาคม 2564) เวลา 14.00 น. ณ ห้องมัฆวานรังสรรค์ สโมสรทหารบก พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี "
         "เป็นประธานพิธีมอบรางวัลอุตสาหกรรม ประจำปี 2564 ให้แก่ บริษัท ปตท. จำกัด (มหาชน)\n")


@pytest.mark.parametrize("text", [
    "ที่ประชุมรายงานการเตรียมความพร้อมการจัดงานมอบรางวัลอุตสาหกรรม ประจำปี 2564 ซึ่งจะจัดขึ้นในวันที่ 13 ธันวาคม 2564 "
    "ณ สโมสรทหารบก โดยมีนายกรัฐมนตรีเป็นประธาน\n",
    "วันนี้ (12 ธันวาคม 2564) นายกรัฐมนตรี ชื่นชม บริษัท ปตท. จำกัด (มหาชน) ที่ได้รับรางวัลอุตสาหกรรม ประจำปี 2564\n",
    "วันนี้ (12 ธันวาคม 2564) ณ ห้องประชุม ปลัดกระทรวงกล่าวว่า กิจกรรมหนึ่งที่ส่งเสริมอุตสาหกรรม คือ การจัดงานมอบรางวัลอุตสาหกรรม "
    "ประจำปี 2564 ซึ่งเป็นเกียรติแก่ผู้ประกอบการ\n",
])
def test_no_ceremony_from_a_plan_a_meeting_a_congratulation_or_the_event_in_general(text):
    assert not extract(text).ceremonies


def test_a_ceremony_held_is_still_read_with_its_day_and_place():
    ceremonies = extract(_HELD).ceremonies
    assert [(c.date, c.chair) for c in ceremonies] == [(datetime.date(2021, 12, 13), "ประยุทธ์ จันทร์โอชา")]
    assert "สโมสรทหารบก" in ceremonies[0].venue


@pytest.mark.parametrize("text", [
    "วันนี้ (12 ธันวาคม 2564) รัฐมนตรีกล่าวว่า พรุ่งนี้ (13 ธันวาคม 2564) กระทรวงอุตสาหกรรม จัดงานวันอุตสาหกรรม "
    "และพิธีมอบรางวัลอุตสาหกรรม ประจำปี 2564\n",
    "วันนี้ (12 ธันวาคม 2564) ปลัดกระทรวงเปิดเผยว่า บริษัท ปตท. จำกัด (มหาชน) จะเข้ารับรางวัลอุตสาหกรรม ประจำปี 2564 "
    "จากนายกรัฐมนตรี ในวันที่ 13 ธันวาคม 2564\n",
])
def test_a_ceremony_announced_is_no_ceremony_reported(text):
    # (bench/judged/awards/2b156ac: a ceremony only planned or announced is no conferral the article reports;
    # the article is published on the day it was told)
    assert not extract_article(parse_article("วันอาทิตย์ที่ 12 ธันวาคม 2564\n" + text, "t.txt")).ceremonies


def test_a_ceremony_announced_for_a_day_past_when_published_has_that_day():
    text = ("วันอังคารที่ 14 ธันวาคม 2564\n"
            "ปลัดกระทรวงเปิดเผยว่า บริษัท ปตท. จำกัด (มหาชน) จะเข้ารับรางวัลอุตสาหกรรม ประจำปี 2564 "
            "จากนายกรัฐมนตรี ในวันที่ 13 ธันวาคม 2564\n")
    assert [c.date for c in extract_article(parse_article(text, "t.txt")).ceremonies] == [datetime.date(2021, 12, 13)]


# --- an article that confers two years: each list takes the year its heading states ------------------------

_TWO_YEARS = ("รัฐมนตรีว่าการกระทรวงมหาดไทย เป็นประธานในพิธีมอบรางวัลการจัดการขยะมูลฝอยชุมชน “จังหวัดสะอาด” ประจำปี 2563 และ 2565\n"
              "สำหรับในปี 2563 ผลการคัดเลือกจังหวัดสะอาด ระดับประเทศ ประจำปี 2563 แบ่งเป็น 2 กลุ่มจังหวัด ดังนี้ "
              "1) กลุ่มจังหวัดภาคเหนือ รางวัลชนะเลิศ ได้แก่ จังหวัดลำพูน รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ จังหวัดแพร่ "
              "2) กลุ่มจังหวัดภาคใต้ รางวัลชนะเลิศ ได้แก่ จังหวัดสตูล\n"
              "สำหรับในปี 2565 ผลการคัดเลือกจังหวัดสะอาด ระดับประเทศ ประจำปี 2565 แบ่งเป็น 2 กลุ่มจังหวัด ดังนี้ "
              "1) กลุ่มจังหวัดภาคเหนือ รางวัลชนะเลิศ ได้แก่ จังหวัดพิจิตร รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ จังหวัดน่าน "
              "2) กลุ่มจังหวัดภาคใต้ รางวัลชนะเลิศ ได้แก่ จังหวัดยะลา\n")


def test_each_list_of_a_two_year_article_takes_its_own_year():
    years = {(load_gazetteer().organization(a.recipient).name, a.year) for a in extract(_TWO_YEARS).awards}
    assert {("จังหวัดแพร่", 2563), ("จังหวัดสตูล", 2563), ("จังหวัดยะลา", 2565), ("จังหวัดน่าน", 2565)} <= years
    assert not {("จังหวัดยะลา", 2563), ("จังหวัดน่าน", 2563), ("จังหวัดลำพูน", 2565)} & years


def test_a_one_year_article_keeps_its_year_whatever_year_a_heading_recalls():
    text = _TWO_YEARS.replace("ประจำปี 2563 และ 2565\n", "ประจำปี 2565\n").replace("ปี 2563", "ปี 2565")
    assert {a.year for a in extract(text).awards} == {2565}


# --- the final round is no placing ---------------------------------------------------------------------------

@pytest.mark.parametrize("lead", ["ผ่านเข้านำเสนอผลงานรอบชิงชนะเลิศ", "เข้ารอบชิงชนะเลิศ", "ผ่านเข้าชิงชนะเลิศ"])
def test_the_final_round_gives_no_first_place(lead):
    text = f"ในการประกวดรางวัลองค์กรลีนดีเด่น ประจำปี 2565 บริษัท ไทยซัมมิท พีเคเค จำกัด {lead} และได้รับรางวัลองค์กรลีนดีเด่น\n"
    assert not [a for a in extract(text).awards if a.level is not None and a.level.label == "ชนะเลิศ"]


def test_a_first_place_is_still_read():
    text = "บริษัท ไทยซัมมิท พีเคเค จำกัด คว้ารางวัลชนะเลิศ การประกวดองค์กรลีนดีเด่น ประจำปี 2565\n"
    assert [a.level.label for a in extract(text).awards if a.level is not None] == ["ชนะเลิศ"]


@pytest.mark.parametrize("text, name", [
    ("เทศบาลนครยะลา ได้รับรางวัลด้านเมืองสิ่งแวดล้อมยั่งยืน เทศบาลนครหาดใหญ่ ได้รับรางวัลด้านอากาศ ประจำปี 2564\n",
     "รางวัลด้านเมืองสิ่งแวดล้อมยั่งยืน"),
    ("รฟฟท. จัดพิธีมอบรางวัลโครงการยกระดับภาพลักษณ์การให้บริการ ประจำปี 2565 ให้แก่สถานีที่ชนะเลิศ\n",
     "รางวัลโครงการยกระดับภาพลักษณ์การให้บริการ"),
])
def test_a_programme_name_ends_before_a_unit_and_runs_through_a_word_that_holds_a_term(text, name):
    names = programme_names(extract(text))
    assert name in names
    assert not any("เทศบาลนครหาดใหญ่" in n or n.endswith("ยก") for n in names)


@pytest.mark.parametrize("text", ["ที่ประชุมนำเสนอผลงานที่ได้รับรางวัลของนักศึกษาหลักสูตรผู้บริหาร ประจำปี 2565\n",
                                  "สำนักงานสลากฯ มอบรางวัลรองอันดับหนึ่ง ประจำปี 2567\n",
                                  "ผู้ว่าราชการจังหวัดมอบรางวัลพระราชทาน ประจำปี 2564 แก่ผู้ชนะ\n"])
def test_a_possessive_a_rank_or_a_royal_word_alone_is_no_programme(text):
    assert not any(n.startswith(("รางวัลของ", "รางวัลรอง")) or n in ("รางวัลพระราชทาน", "พระราชทาน")
                   for n in programme_names(extract(text)))


# --- a summary of a cabinet meeting reports no ceremony ---------------------------------------------------------

_CABINET_ITEM = ("12. เรื่อง รายงานผลการดำเนินงาน\nคณะรัฐมนตรีรับทราบว่า เมื่อวันที่ 31 พฤษภาคม 2565 ณ โรงแรมเซ็นทารา "
                 "กรมควบคุมโรค เข้ารับรางวัลองค์กรคุณธรรมต้นแบบ ประจำปี 2565 จากนายกรัฐมนตรี\n")


@pytest.mark.parametrize("headline", ["สรุปข่าวการประชุมคณะรัฐมนตรี 13 ธันวาคม 2565\n", "สรุปข่าวการประชุม ครม. 17 ธันวาคม 2567\n"])
def test_a_cabinet_meeting_summary_reports_no_ceremony(headline):
    assert not extract(headline + _CABINET_ITEM).ceremonies


def test_the_same_report_outside_a_cabinet_summary_has_its_ceremony():
    assert [c.date for c in extract("กรมควบคุมโรครับรางวัลองค์กรคุณธรรมต้นแบบ\n" + _CABINET_ITEM).ceremonies] == \
        [datetime.date(2022, 5, 31)]


# --- the body that organised the contest, or whose head handed the awards out, won nothing by it ------------------

def _read_with_award(text: str, recipient: str):
    """The article read up to its awards, with one award to ``recipient`` given as the reader would."""
    from thaigovkg.extract import Reading, organizations, people, programmes
    from thaigovkg.model import Award

    reading = Reading(parse_article(_DATELINE + text, "t.txt"), load_gazetteer())
    organizations.find(reading)
    people.find(reading)
    programmes.find(reading)
    key = next(o.key for o in reading.orgs if reading.organization(o.key).name == recipient)
    award = Award(programme="x-composed", year=2567, recipient=key)
    reading.extraction.awards.append(award)
    reading.evidence(award, 0, len(reading.text))
    return reading


_CONTEST = "การประกวดผ้าทอดีเด่น ประจำปี 2567 รางวัลชนะเลิศ ได้แก่ กลุ่มผ้าทอบ้านนาดี\n"


@pytest.mark.parametrize("text", [
    "กรมการพัฒนาชุมชน จัดการประกวดผ้าทอดีเด่น ประจำปี 2567\n" + _CONTEST,
    "นายสยาม ศิริมงคล อธิบดีกรมการพัฒนาชุมชน เป็นประธานมอบรางวัลการประกวดผ้าทอดีเด่น ประจำปี 2567\n" + _CONTEST,
    _CONTEST + "การประกวดนี้จัดโดยกรมการพัฒนาชุมชน\n",
])
def test_the_organiser_of_a_contest_is_not_its_winner(text):
    from thaigovkg.extract.awards.filters import drop_organisers

    reading = _read_with_award(text, "กรมการพัฒนาชุมชน")
    drop_organisers(reading)
    assert not reading.extraction.awards


@pytest.mark.parametrize("text", [
    "กรมการพัฒนาชุมชน จัดงานวันสถาปนากรม และกรมการพัฒนาชุมชน ได้รับรางวัลการประกวดผ้าทอดีเด่น ประจำปี 2567\n",
    "กรมการพัฒนาชุมชน ได้รับรางวัลการประกวดผ้าทอดีเด่น ประจำปี 2567 จากกระทรวงวัฒนธรรม\n",
])
def test_an_organiser_that_itself_receives_keeps_its_award_and_a_mere_winner_is_kept(text):
    from thaigovkg.extract.awards.filters import drop_organisers

    reading = _read_with_award(text, "กรมการพัฒนาชุมชน")
    drop_organisers(reading)
    assert len(reading.extraction.awards) == 1
