"""Lists of winners under a programme the scheme does not know, on short texts composed for each
layout of the genre, with negatives: outline headings (``1. รางวัลX`` over ``1.1 <unit>``), bodies named
by their kind (schools, banks, associations, producer groups), leaders' programmes with kinds of award
for organisations, and programme names that begin with ส่งเสริม (promote)."""
from __future__ import annotations

import pytest

from test_award_precision import extract, rows

from thaigovkg.extract.awards.recipients import _opens_item

_OPENING = ("กองทุนการออมแห่งชาติ จัดงานมอบรางวัลส่งเสริมการออมยอดเยี่ยม ประจำปี 2565 "
            "เพื่อขอบคุณหน่วยงานภาคีเครือข่าย ดังนี้\n")


# --- outline headings: the heading names the kind of award its sub-items won ---------------------------

@pytest.mark.parametrize("marker, sub", [("1.", "1.{}"), ("1)", "({})"), ("1.", "-")])
def test_an_outline_heading_is_the_category_of_the_units_below_it(marker, sub):
    items = [sub.format(i) if "{}" in sub else sub for i in (1, 2)]
    text = (_OPENING + f"{marker} รางวัลเกียรติยศ จำนวน 2 รางวัล\n"
            f"{items[0]} กรมราชทัณฑ์\n{items[1]} สำนักงานสลากกินแบ่งรัฐบาล\n")
    found = {(r[0], r[2] or r[3]) for r in rows(extract(text))}
    assert found == {("กรมราชทัณฑ์", "เกียรติยศ"), ("สำนักงานสลากกินแบ่งรัฐบาล", "เกียรติยศ")}


def test_a_table_of_counts_names_no_winner():
    text = ("กรมบัญชีกลางจัดพิธีมอบรางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการด้านการเงินการคลัง ครั้งที่ 9 "
            "ประจำปีงบประมาณ พ.ศ. 2565 รวมทั้งสิ้น 46 รางวัล ได้แก่\n"
            "1.รางวัลประกาศเกียรติคุณด้านการจัดซื้อจัดจ้าง จำนวน 8 รางวัล\n"
            "2.รางวัลประกาศเกียรติคุณด้านการเบิกจ่าย จำนวน 4 รางวัล\n"
            "3.รางวัลองค์กรที่มีความเป็นเลิศรายด้าน ไม่มีหน่วยงานได้รับรางวัล\n")
    assert rows(extract(text)) == []


def test_a_heading_that_says_nobody_won_gives_nothing():
    text = _OPENING + "1. รางวัลเกียรติยศ ไม่มีหน่วยงานได้รับรางวัล\n1.1 หมายเหตุ ประกาศผลปีหน้า\n"
    assert rows(extract(text)) == []


# --- bodies named by their kind, in a list of winners --------------------------------------------------

@pytest.mark.parametrize("body, kind", [
    ("โรงเรียนโนนสุวรรณพิทยาคม", "school"),
    ("ธนาคารกสิกรไทย จำกัด (มหาชน)", "company"),
    ("สมาคมคนพิการจังหวัดเชียงราย", "association"),
    ("มูลนิธิกระจกเงา", "foundation"),
    ("กลุ่มวิสาหกิจชุมชนตำบลหนองบ่อ", "outside"),
])
def test_a_body_named_by_its_kind_wins_in_a_list(body, kind):
    text = _OPENING + f"1. รางวัลเกียรติยศ จำนวน 2 รางวัล\n1.1 กรมราชทัณฑ์\n1.2 {body} จังหวัดบุรีรัมย์\n"
    extraction = extract(text)
    assert (body, "เกียรติยศ") in {(r[0], r[2] or r[3]) for r in rows(extraction)}
    learned = [o for o in extraction.organizations.values() if o.name == body]
    if not learned:     # a body of the tables (ontology/outside_bodies.csv: the commercial banks)
        from thaigovkg.gazetteer import load_gazetteer
        bodies = load_gazetteer().bodies
        learned = [bodies.orgs[bodies.find_by_name(body)]] if bodies.find_by_name(body) else []
    assert learned and learned[0].kind == kind and learned[0].parent is None


@pytest.mark.parametrize("prose", [
    "รัฐมนตรีเดินทางไปเยี่ยมโรงเรียนบ้านหนองบัว และมอบทุนการศึกษาแก่นักเรียน\n",
    "ได้แก่ โรงเรียนในสังกัด สพฐ. และโรงเรียนเอกชนทั่วประเทศ\n",
    "หน่วยงานที่เข้าร่วม ได้แก่ สมาคมธนาคารไทย และมูลนิธิชัยพัฒนา\n",
])
def test_a_body_outside_an_award_list_is_no_winner(prose):
    text = "คณะรัฐมนตรีรับทราบผลการดำเนินงานด้านการศึกษาของกระทรวงศึกษาธิการ\n" + prose
    extraction = extract(text)
    assert rows(extraction) == []
    assert not [o for o in extraction.organizations.values() if o.kind in ("school", "foundation", "association")]


def test_a_kind_of_school_is_no_school():
    text = _OPENING + "1. รางวัลเกียรติยศ จำนวน 2 รางวัล\n1.1 โรงเรียนต้นแบบด้านการออม\n1.2 กรมราชทัณฑ์\n"
    extraction = extract(text)
    assert {r[0] for r in rows(extraction)} == {"กรมราชทัณฑ์"}


# --- a leaders' programme with kinds of award for organisations ----------------------------------------

def test_a_leaders_programme_gives_organisations_their_kind_of_award():
    text = ("ปลัดกระทรวงมหาดไทย มอบโล่ประกาศเกียรติคุณรางวัลผู้นำระดับประเทศด้านการพัฒนาชนบทและขจัดความยากจน "
            "ประจำปี 2566 ให้แก่หน่วยงานที่ได้รับคัดเลือก จำนวน 2 หน่วยงาน ได้แก่ 1) ประเภทองค์กรนอกภาครัฐ "
            "รางวัลชนะเลิศ คือ มูลนิธิรักษ์ไทย 2) ประเภทองค์กรธุรกิจเอกชน รางวัลชนะเลิศ คือ "
            "บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)\n")
    found = {(r[0], r[2], r[3]) for r in rows(extract(text))}
    assert ("มูลนิธิรักษ์ไทย", "องค์กรนอกภาครัฐ", "ชนะเลิศ") in found
    assert ("บริษัท ไทยเบฟเวอเรจ จำกัด (มหาชน)", "องค์กรธุรกิจเอกชน", "ชนะเลิศ") in found


def test_a_leaders_programme_given_to_people_stays_empty():
    text = ("ปลัดกระทรวงมหาดไทย มอบรางวัลผู้นำการเปลี่ยนแปลงดีเด่น ประจำปี 2566 ประเภทบุคคล "
            "รางวัลชนะเลิศ คือ นายสมชาย ใจดี นายอำเภอเมืองลำพูน\n")
    assert rows(extract(text)) == []


# --- a programme named for what it promotes ------------------------------------------------------------

@pytest.mark.parametrize("name", ["ส่งเสริมการออมยอดเยี่ยม", "สร้างสรรค์นวัตกรรมท้องถิ่น"])
def test_a_programme_that_begins_with_a_verb_of_its_aim_is_learned(name):
    text = f"สำนักงานคลังจังหวัดขอนแก่น ได้รับรางวัล{name} ประจำปี 2565 ประเภทหน่วยงานภาครัฐ\n"
    extraction = extract(text)
    assert [p.name for p in extraction.programmes.values()] == [f"รางวัล{name}"]
    assert len(extraction.awards) == 1


def test_a_sentence_that_sends_an_award_names_no_programme():
    text = "กรมส่งเสริมการเกษตร ได้รับรางวัลส่งต่อให้จังหวัดต่าง ๆ ในปีนี้\n"
    assert not [p for p in extract(text).programmes if p.startswith("x-")]


# --- the kinds of award an outline lists under the programme its lead confers ---------------------------

_FUNDS = ("กรมบัญชีกลางมอบรางวัลทุนหมุนเวียนดีเด่น ประจำปี 2566\n"
          "วันนี้ (21 ก.พ. 67) กระทรวงการคลัง โดยกรมบัญชีกลาง ได้จัดงานมอบรางวัลทุนหมุนเวียนดีเด่น ประจำปี 2566 "
          "จำนวน 5 ประเภทรางวัลด้วยกัน ดังนี้\n"
          "1. รางวัลผลการดำเนินงานดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีผลการดำเนินงานโดยรวมดีเด่น จำนวน 2 ทุนหมุนเวียน ได้แก่\n"
          "1) กองทุนหลักประกันสุขภาพแห่งชาติ\n2) เงินทุนหมุนเวียนเพื่อการชลประทาน\n")


def test_an_outline_item_under_the_lead_s_programme_is_its_kind_of_award():
    text = ("สำนักงาน ก.พ.ร. มอบรางวัลหน่วยบริการประชาชนยอดเยี่ยม ประจำปี 2566 จำนวน 3 ประเภทรางวัลด้วยกัน ดังนี้\n"
            "1. รางวัลผลการดำเนินงานดีเด่น เป็นรางวัลสำหรับหน่วยงานที่มีผลการดำเนินงานโดยรวมดีเด่น จำนวน 2 หน่วยงาน ได้แก่\n"
            "1) กรมการปกครอง\n2) กรมที่ดิน\n")
    extraction = extract(text)
    assert [p.name for p in extraction.programmes.values()] == ["รางวัลหน่วยบริการประชาชนยอดเยี่ยม"]
    assert {(r[0], r[2]) for r in rows(extraction)} == {("กรมการปกครอง", "ผลการดำเนินงานดีเด่น"),
                                                          ("กรมที่ดิน", "ผลการดำเนินงานดีเด่น")}


@pytest.mark.parametrize("before, opens", [
    ("วันนี้ (21 ก.พ. 67) ", False), ("เมื่อวันที่ 3 (ตามเวลาท้องถิ่น 2) ", False),
    ("\n(1) ", True), ("\n2.1\xa0 ", True), ("ได้แก่ 1) ", True), ("\n• ", True), ("\n3. ", True)])
def test_a_bracketed_date_that_ends_in_a_number_opens_no_item(before, opens):
    # "วันนี้ (21 ก.พ. 67) กระทรวงการคลัง โดยกรมบัญชีกลาง ได้จัดงาน…": the host, not an item of a list
    assert _opens_item(before) is opens


def test_an_outline_item_with_its_own_year_stays_a_programme():
    text = ("สำนักงานคณะกรรมการข้าราชการพลเรือน มอบรางวัลแก่หน่วยงาน 2 รางวัล ดังนี้\n"
            "1. รางวัลการบริหารทรัพยากรบุคคลดีเด่น ประจำปี 2566 ได้แก่ กรมการปกครอง\n"
            "2. รางวัลนวัตกรรมการบริการประชาชน ประจำปี 2566 ได้แก่ กรมที่ดิน\n")
    names = {p.name for p in extract(text).programmes.values()}
    assert {"รางวัลการบริหารทรัพยากรบุคคลดีเด่น", "รางวัลนวัตกรรมการบริการประชาชน"} <= names


def test_an_outline_heading_whose_winners_are_people_gives_no_award():
    text = ("กระทรวงมหาดไทย จัดพิธีมอบรางวัลผู้มีจริยธรรมดีเด่น ประจำปี 2564 ดังนี้\n"
            "1. รางวัลโครงการส่งเสริมจริยธรรมของสำนักงานปลัดกระทรวงมหาดไทย จำนวน 2 ราย ได้แก่ 1) นายเชาวลิต แสงอุทัย "
            "2) นางสาวมณี ใจดี\n")
    assert rows(extract(text)) == []


# --- a body named by its kind as the subject of a receiving verb ---------------------------------------

@pytest.mark.parametrize("sentence, body", [
    ("องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น ได้รับรางวัลการบริหารจัดการขยะดีเด่น ประจำปี 2566",
     "องค์การบริหารส่วนตำบลหนองบัว"),
    ("ทัณฑสถานหญิงกลาง ได้รับรางวัลเรือนจำต้นแบบ ประจำปี 2566", "ทัณฑสถานหญิงกลาง"),
    ("หอการค้าจังหวัดขอนแก่น ได้รับรางวัลหอการค้าดีเด่น ประจำปี 2566", "หอการค้าจังหวัดขอนแก่น"),
    ("ศาลจังหวัดเชียงใหม่ ได้รับรางวัลศาลดีเด่น ประจำปี 2566", "ศาลจังหวัดเชียงใหม่"),
])
def test_a_body_named_by_its_kind_that_receives_an_award(sentence, body):
    assert [r[0] for r in rows(extract(sentence + "\n"))] == [body]


@pytest.mark.parametrize("sentence, body, parent", [
    ("ทัณฑสถานหญิงกลาง ได้รับรางวัลเรือนจำต้นแบบ ประจำปี 2566", "ทัณฑสถานหญิงกลาง", "doc"),
    ("สำนักงานเกษตรอำเภอพล ได้รับรางวัลหน่วยงานดีเด่น ประจำปี 2566", "สำนักงานเกษตรอำเภอพล", "doae"),
])
def test_a_body_the_shapes_place_under_a_parent_gets_the_one_its_kind_has(sentence, body, parent):
    extraction = extract(sentence + "\n")
    assert next(o for o in extraction.organizations.values() if o.name == body).parent == parent


@pytest.mark.parametrize("sentence", [
    "พิพิธภัณฑ์ศิลปะไทยร่วมสมัย ได้รับรางวัลพิพิธภัณฑ์ดีเด่น ประจำปี 2566",       # whose museum, the text does not say
    "กองโรคไม่ติดต่อ ได้รับรางวัลหน่วยงานดีเด่น ประจำปี 2566",                    # a division without its department
])
def test_a_body_with_no_known_parent_where_the_shapes_need_one_is_not_learned(sentence):
    extraction = extract(sentence + "\n")
    assert not [o for o in extraction.organizations.values() if o.kind in ("museum", "unit") and o.parent is None]


@pytest.mark.parametrize("sentence", [
    "รัฐมนตรีเดินทางไปเยี่ยมชมพิพิธภัณฑ์ศิลปะไทยร่วมสมัย และมอบนโยบายแก่เจ้าหน้าที่\n",
    "ศาลาประชาคมอำเภอเมือง ได้รับการปรับปรุงให้เป็นศูนย์บริการประชาชน\n",
    "โรงเรียนเทศบาล 1 วัดคำสายทอง ได้รับงบประมาณสนับสนุนการก่อสร้างอาคารเรียน\n",
])
def test_a_body_in_prose_receives_no_award(sentence):
    assert rows(extract(sentence)) == []


# --- an award handed to the units named after ให้แก่ / แก่, and winners a programme's name heads -------------

@pytest.mark.parametrize("sentence, winners", [
    ("นายกรัฐมนตรี มอบรางวัลหน่วยงานดีเด่น ประจำปี 2566 ให้แก่ กรมการปกครอง และกรมที่ดิน",
     ["กรมการปกครอง", "กรมที่ดิน"]),
    ("นายกรัฐมนตรี มอบโล่รางวัลหน่วยงานดีเด่น ประจำปี 2566 ให้กับกรมการปกครอง", ["กรมการปกครอง"]),
    ("นายกรัฐมนตรี มอบรางวัลหน่วยงานดีเด่น ประจำปี 2566 แก่ กรมการปกครอง กรมที่ดิน และกรมโยธาธิการและผังเมือง",
     ["กรมการปกครอง", "กรมที่ดิน", "กรมโยธาธิการและผังเมือง"]),
    ("รางวัลหน่วยงานดีเด่น ประจำปี 2566 ได้แก่ สำนักงานสาธารณสุขอำเภอเมืองขอนแก่น และสำนักงานเกษตรอำเภอพล",
     ["สำนักงานสาธารณสุขอำเภอเมืองขอนแก่น", "สำนักงานเกษตรอำเภอพล"]),
    # a hospital the recognizer cannot place (no place, no royal or revered name) is not learned: the rest still win
    ("กระทรวงสาธารณสุข มอบรางวัลโรงพยาบาลคุณธรรมดีเด่น ประจำปี 2566 ได้แก่ โรงพยาบาลมหาราชนครราชสีมา "
     "และโรงพยาบาลพุทธชินราช", ["โรงพยาบาลมหาราชนครราชสีมา", "โรงพยาบาลพุทธชินราช"]),
    ("กรมควบคุมโรค มอบรางวัลหน่วยงานดีเด่น ประจำปี 2566 ให้แก่ กองระบาดวิทยา กรมควบคุมโรค "
     "และกองโรคไม่ติดต่อ กรมควบคุมโรค", ["กองระบาดวิทยา", "กองโรคไม่ติดต่อ"]),
])
def test_units_an_award_is_handed_to_or_a_programme_heads(sentence, winners):
    assert sorted(r[0] for r in rows(extract(sentence + "\n"))) == sorted(winners)


@pytest.mark.parametrize("sentence", [
    "นายกรัฐมนตรี มอบรางวัลให้แก่ผู้ชนะการประกวดภาพถ่าย จำนวน 10 ราย\n",
    "รัฐมนตรี มอบโล่ให้แก่ผู้แทนกรมการปกครอง ในฐานะผู้สนับสนุนการจัดงาน\n",
    "รางวัลหน่วยงานดีเด่น ประจำปี 2566 มีหลักเกณฑ์ ได้แก่ ผลการดำเนินงาน และความพึงพอใจของประชาชน\n",
])
def test_a_prize_handed_to_people_or_criteria_name_no_winner(sentence):
    assert rows(extract(sentence)) == []


def test_a_division_every_department_has_is_not_learned_without_its_department():
    # "กองคลัง" alone could be any department's: no node that would merge them all
    extraction = extract("กองคลัง ได้รับรางวัลหน่วยงานดีเด่นด้านการเงินการคลัง ประจำปี 2566\n")
    assert rows(extraction) == []
    assert not [o for o in extraction.organizations.values() if o.name == "กองคลัง"]


def test_a_numbered_regional_office_sits_under_its_agency():
    extraction = extract("สำนักงานเศรษฐกิจการเกษตรที่ 5 ได้รับรางวัลชนะเลิศการประกวดคลิปวิดีโอ ประจำปี 2565\n")
    assert [r[0] for r in rows(extraction)] == ["สำนักงานเศรษฐกิจการเกษตรที่ 5"]
    office = next(o for o in extraction.organizations.values() if o.name == "สำนักงานเศรษฐกิจการเกษตรที่ 5")
    assert office.parent == "oae" and office.kind == "office"


# --- hospitals listed as winners: dashes, where each is, names that hold no place ------------------------

_HOSPITALS = "กระทรวงสาธารณสุข มอบรางวัลโรงพยาบาลคุณธรรมดีเด่น ประจำปี 2566 "


@pytest.mark.parametrize("listing", [
    "ได้แก่\n- โรงพยาบาลขอนแก่น\n- โรงพยาบาลอุดรธานี\n- โรงพยาบาลสกลนคร",
    "ให้แก่ 3 โรงพยาบาล ได้แก่ โรงพยาบาลขอนแก่น จังหวัดขอนแก่น โรงพยาบาลอุดรธานี จังหวัดอุดรธานี "
    "และโรงพยาบาลสกลนคร จ.สกลนคร",
])
def test_every_hospital_of_a_list_wins_and_no_province_does(listing):
    assert sorted(r[0] for r in rows(extract(_HOSPITALS + listing + "\n"))) == [
        "โรงพยาบาลขอนแก่น", "โรงพยาบาลสกลนคร", "โรงพยาบาลอุดรธานี"]


def test_a_kind_of_hospital_in_a_list_is_no_winner():
    text = _HOSPITALS + "ได้แก่ โรงพยาบาลชุมชน และโรงพยาบาลทั่วไป ทุกแห่งที่ผ่านเกณฑ์\n"
    assert rows(extract(text)) == []


def test_provinces_listed_after_a_city_are_winners_not_its_place():
    text = ("หน่วยงานสังกัดกระทรวงมหาดไทย ได้รับรางวัลเลิศรัฐ ประจำปี 2566 รวม 46 รางวัล อาทิเช่น การประปานครหลวง "
            "กรุงเทพมหานคร จังหวัดนครพนม จังหวัดนครราชสีมา และจังหวัดตรัง เป็นต้น\n")
    winners = {r[0] for r in rows(extract(text))}
    assert {"กรุงเทพมหานคร", "จังหวัดนครพนม", "จังหวัดนครราชสีมา", "จังหวัดตรัง"} <= winners


# --- kinds of award numbered without รางวัล, each with its numbered winners ------------------------------

_ROAD_SAFETY = ("นายกรัฐมนตรี มอบรางวัล Prime Minister Road Safety Award ประจำปี 2567 จำนวน 3 ประเภท คือ "
                "1) หน่วยงานภาครัฐ ได้แก่ 1. กรมป้องกันและบรรเทาสาธารณภัย 2. องค์การบริหารส่วนจังหวัดอุตรดิตถ์ "
                "2) หน่วยงานสถานศึกษา ได้แก่ 1. มหาวิทยาลัยวลัยลักษณ์ จ.นครศรีธรรมราช 2. โรงเรียนเทศบาล 2 (คลองจิหลาด) จ.กระบี่ "
                "3) ประเภทหน่วยงานภาคเอกชน 1. บจก.ไทยยามาฮ่ามอเตอร์ 2. บมจ.ธนชาตประกันภัย\n")


def test_kinds_numbered_without_the_word_award_each_give_their_winners_that_kind():
    found = {(r[0], r[2]) for r in rows(extract(_ROAD_SAFETY))}
    assert found == {
        ("กรมป้องกันและบรรเทาสาธารณภัย", "หน่วยงานภาครัฐ"), ("องค์การบริหารส่วนจังหวัดอุตรดิตถ์", "หน่วยงานภาครัฐ"),
        ("มหาวิทยาลัยวลัยลักษณ์", "หน่วยงานสถานศึกษา"), ("โรงเรียนเทศบาล 2 (คลองจิหลาด)", "หน่วยงานสถานศึกษา"),
        ("บริษัท ไทยยามาฮ่ามอเตอร์ จำกัด", "หน่วยงานภาคเอกชน"), ("บริษัท ธนชาตประกันภัย จำกัด (มหาชน)", "หน่วยงานภาคเอกชน")}


def test_a_company_written_short_is_learned_as_a_company():
    extraction = extract(_ROAD_SAFETY)
    companies = {o.name: o.kind for o in extraction.organizations.values() if o.name.startswith("บริษัท")}
    assert companies == {"บริษัท ไทยยามาฮ่ามอเตอร์ จำกัด": "company", "บริษัท ธนชาตประกันภัย จำกัด (มหาชน)": "company"}


def test_a_kind_of_school_without_its_number_is_no_school():
    text = _OPENING + "1. รางวัลเกียรติยศ จำนวน 2 รางวัล\n1.1 โรงเรียนเทศบาล\n1.2 กรมราชทัณฑ์\n"
    assert {r[0] for r in rows(extract(text))} == {"กรมราชทัณฑ์"}


def test_a_numbered_list_of_steps_is_no_list_of_kinds():
    text = ("กรมการปกครอง ได้รับรางวัลบริการภาครัฐ ประจำปี 2567 โดยมีขั้นตอน 3 ด้าน คือ 1) ยื่นคำขอ "
            "2) ตรวจสอบเอกสาร 3) อนุมัติ\n")
    assert {(r[0], r[2]) for r in rows(extract(text))} <= {("กรมการปกครอง", None)}


def test_the_revolving_fund_awards_read_with_their_scheme_s_terms():
    # a programme conferred in five or more corpus articles has its real terms in ontology/awards.ttl
    e = extract(_FUNDS + "2. รางวัลการพัฒนาดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีการพัฒนา จำนวน 1 ทุนหมุนเวียน ได้แก่\n"
                         "- ประเภทชมเชย\n1) กองทุนสิ่งแวดล้อม\n")
    found = {(r[0], r[1], r[2], r[3]) for r in rows(e)}
    assert ("กองทุนหลักประกันสุขภาพแห่งชาติ", "revolving-fund-award", "ผลการดำเนินงานดีเด่น", None) in found
    assert ("กองทุนสิ่งแวดล้อม", "revolving-fund-award", "การพัฒนาดีเด่น", "ชมเชย") in found


@pytest.mark.parametrize("sentence, name", [
    ("สัตวแพทยสภา มอบรางวัลสัตวแพทย์ตัวอย่างเพื่อเป็นการยกย่องผู้อุทิศตน ประจำปี 2566 แก่ กรมปศุสัตว์", "รางวัลสัตวแพทย์ตัวอย่าง"),
    ("กรมปศุสัตว์ ได้รับรางวัลนวัตกรรมเพื่อสังคม ประจำปี 2566", "รางวัลนวัตกรรมเพื่อสังคม"),
])
def test_a_programme_name_ends_before_a_purpose_clause(sentence, name):
    assert name in {p.name for p in extract(sentence + "\n").programmes.values()}


def test_short_lines_inside_a_list_head_its_items_and_give_them_their_round():
    """Winners of two rounds handed out at one ceremony, each kind of award with its rounds on short lines
    of their own ("ปี 2563", "ปี 2564 ประเภทดีเด่น"): every item is read under its kind, in its round."""
    from test_award_precision import extract as extract_text
    text = ("กรมบัญชีกลางมอบรางวัลทุนหมุนเวียนดีเด่น ประจำปี 2564\n\n"
            "อธิบดีกรมบัญชีกลาง เป็นประธานพิธีมอบรางวัลทุนหมุนเวียนดีเด่น ประจำปี 2564 โดยมีทุนหมุนเวียนที่ได้รับรางวัล ดังนี้\n"
            "1. รางวัลการพัฒนาดีเด่น เป็นรางวัลสำหรับทุนหมุนเวียนที่มีการพัฒนาปรับปรุงประสิทธิภาพของการดำเนินงานอย่างต่อเนื่อง\n"
            "ปี 2563 ประเภทดีเด่น\n"
            "1) กองทุนพัฒนาน้ำบาดาล\n"
            "ปี 2564 ประเภทดีเด่น\n"
            "1) กองทุนส่งเสริมงานจดหมายเหตุ\n"
            "2) กองทุนการแพทย์ฉุกเฉิน\n")
    got = {(a.year, a.category.label if a.category else None) for a in extract_text(text).awards}
    assert got == {(2563, "การพัฒนาดีเด่น"), (2564, "การพัฒนาดีเด่น")}, got
    assert len(extract_text(text).awards) == 3
