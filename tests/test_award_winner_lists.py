"""Lists of winners the reader used to stop short in, on short texts composed for each layout, with
negatives: a unit's place written after it before the next winner (``A จังหวัดX และ B จังหวัดY``),
provinces named bare after an award term, and a list of winners divided into counted kinds
(``1) <kind> จำนวน 11 รางวัล ได้แก่ A B … 2) <kind> จำนวน 10 รางวัล ได้แก่ …``)."""
from __future__ import annotations

import pytest

from test_award_precision import extract, name, rows

_CONFERS = "กรมควบคุมโรคมอบรางวัลโรงพยาบาลคุณภาพดีเด่น ประจำปี 2566 "


# --- a listed unit's place, then the next winner --------------------------------------------------------

@pytest.mark.parametrize("place", ["จังหวัด{}", "จ.{}", "อำเภอเมือง{} จังหวัด{}", "{}"])
def test_a_place_after_a_listed_winner_does_not_end_the_list(place):
    where = lambda p: place.format(p, p)
    text = (_CONFERS + f"รางวัลชนะเลิศ ได้แก่ โรงพยาบาลลำปาง {where('ลำปาง')} และโรงพยาบาลแพร่ {where('แพร่')} "
            f"รางวัลรองชนะเลิศ ได้แก่ โรงพยาบาลน่าน {where('น่าน')}\n")
    found = {(r[0], r[3]) for r in rows(extract(text))}
    assert found == {("โรงพยาบาลลำปาง", "ชนะเลิศ"), ("โรงพยาบาลแพร่", "ชนะเลิศ"), ("โรงพยาบาลน่าน", "รองชนะเลิศ")}


def test_a_place_then_prose_adds_no_winner():
    text = (_CONFERS + "รางวัลชนะเลิศ ได้แก่ โรงพยาบาลลำปาง จังหวัดลำปาง โดยมีกรมการแพทย์เป็นผู้สนับสนุนการประเมิน\n")
    assert {r[0] for r in rows(extract(text))} == {"โรงพยาบาลลำปาง"}


# --- provinces named bare after an award term -----------------------------------------------------------

@pytest.mark.parametrize("joined", ["{} {} และ{}", "{}, {} และ {}", "{} {} {}"])
def test_bare_provinces_after_an_award_term_are_the_provinces(joined):
    text = ("กระทรวงมหาดไทยมอบรางวัลจังหวัดสะอาด ประจำปี 2566 ดังนี้ รางวัลชนะเลิศ ได้แก่ ลำปาง "
            "รางวัลรองชนะเลิศอันดับ 1 จำนวน 3 จังหวัด ได้แก่ " + joined.format("น่าน", "แพร่", "พะเยา") + "\n")
    found = {(r[0], r[3]) for r in rows(extract(text))}
    assert found == {("จังหวัดลำปาง", "ชนะเลิศ"), ("จังหวัดน่าน", "รองชนะเลิศอันดับ 1"),
                     ("จังหวัดแพร่", "รองชนะเลิศอันดับ 1"), ("จังหวัดพะเยา", "รองชนะเลิศอันดับ 1")}


@pytest.mark.parametrize("first", ["ลำปาง", "จันทบุรี", "โคราช"])   # (จันทบุรี: a name that begins like จ.)
def test_bare_provinces_after_a_programme_are_its_winners(first):
    text = f"กรมควบคุมมลพิษมอบรางวัลจังหวัดที่มีการจัดการขยะดีเด่น ประจำปี 2566 ได้แก่ {first} น่าน และแพร่\n"
    province = {"โคราช": "จังหวัดนครราชสีมา"}.get(first, "จังหวัด" + first)
    assert {r[0] for r in rows(extract(text))} == {province, "จังหวัดน่าน", "จังหวัดแพร่"}


@pytest.mark.parametrize("group", [
    "จากโครงการที่ดำเนินการในพื้นที่ 4 จังหวัด ได้แก่",
    "โดยมีผู้แทนจังหวัดเข้าร่วม 3 จังหวัด ได้แก่",
    "ซึ่งขยายผลสู่จังหวัดนำร่อง ได้แก่",
    "ในจังหวัดที่ประสบอุทกภัย คือ",
])
def test_bare_provinces_of_another_group_are_no_winners(group):
    text = f"กรมการพัฒนาชุมชนได้รับรางวัลเลิศรัฐ ประจำปี 2566 {group} ลำปาง น่าน และแพร่\n"
    assert not [r for r in rows(extract(text)) if r[0].startswith("จังหวัด")]


def test_bare_provinces_in_prose_are_no_winners():
    text = ("กระทรวงมหาดไทยมอบรางวัลจังหวัดสะอาด ประจำปี 2566 ให้แก่กรมส่งเสริมการปกครองท้องถิ่น\n"
            "ทั้งนี้ พื้นที่ที่มีค่าฝุ่นเกินมาตรฐาน ได้แก่ ลำปาง น่าน และแพร่\n")
    assert not [r for r in rows(extract(text)) if r[0].startswith("จังหวัด")]


# --- a list of winners divided into counted kinds -------------------------------------------------------

_DIVIDED = ("สำหรับหน่วยงานที่ได้รับรางวัลโล่เกียรติยศ ประจำปี 2566 ประกอบด้วย\n"
            "1) หน่วยงานที่มีผลการประเมินสูงที่สุด จำนวน 3 รางวัล ได้แก่ กรมการปกครอง กรมที่ดิน และกรมสรรพากร\n"
            "{second}) หน่วยงานที่มีพัฒนาการสูงที่สุด {count} ได้แก่ กรมศุลกากร และกรมสรรพสามิต\n")


@pytest.mark.parametrize("second, count", [("2", "จำนวน 2 รางวัล"), ("2", "2 หน่วยงาน"), ("และ 2", "จำนวน 2 แห่ง")])
def test_each_counted_kind_of_a_divided_list_gives_its_winners(second, count):
    found = {(r[0], r[2]) for r in rows(extract(_DIVIDED.format(second=second, count=count)))}
    assert found == {("กรมการปกครอง", "หน่วยงานที่มีผลการประเมินสูงที่สุด"), ("กรมที่ดิน", "หน่วยงานที่มีผลการประเมินสูงที่สุด"),
                     ("กรมสรรพากร", "หน่วยงานที่มีผลการประเมินสูงที่สุด"), ("กรมศุลกากร", "หน่วยงานที่มีพัฒนาการสูงที่สุด"),
                     ("กรมสรรพสามิต", "หน่วยงานที่มีพัฒนาการสูงที่สุด")}


@pytest.mark.parametrize("kind", ["หน่วยงานที่เข้าร่วมงาน จำนวน 2 หน่วยงาน ได้แก่", "คณะกรรมการตัดสิน จำนวน 2 หน่วยงาน ได้แก่",
                                  "หน่วยงานที่มีพัฒนาการสูงที่สุด ได้แก่"])
def test_a_group_that_did_not_win_or_an_uncounted_kind_ends_the_list(kind):
    text = ("สำหรับหน่วยงานที่ได้รับรางวัลโล่เกียรติยศ ประจำปี 2566 ประกอบด้วย\n"
            "1) หน่วยงานที่มีผลการประเมินสูงที่สุด จำนวน 2 รางวัล ได้แก่ กรมการปกครอง และกรมที่ดิน\n"
            f"2) {kind} กรมศุลกากร และกรมสรรพสามิต\n")
    assert {r[0] for r in rows(extract(text))} == {"กรมการปกครอง", "กรมที่ดิน"}


# --- a line of a list that opens with its placing and ends with the unit that made the work ------------

_MACHINES = "กรมวิทยาศาสตร์บริการมอบรางวัลเทคโนโลยียอดเยี่ยมด้านเครื่องจักรกล ประจำปี 2565 ดังนี้\n"


@pytest.mark.parametrize("marker", ["", "1. ", "- "])
def test_the_unit_that_ends_a_placing_line_is_its_winner(marker):
    text = (_MACHINES + f"{marker}รางวัลชนะเลิศ     รถเก็บเกี่ยวข้าวโพด (ซังข้าวโพด) บริษัท เกษตรพัฒนา จำกัด\n"
            f"{marker}รางวัลรองชนะเลิศ อันดับ 1   ระบบเตือนภัยน้ำท่วม กรมชลประทาน\n")
    found = {(r[0], r[3]) for r in rows(extract(text))}
    assert found == {("บริษัท เกษตรพัฒนา จำกัด", "ชนะเลิศ"), ("กรมชลประทาน", "รองชนะเลิศ อันดับ 1")}


@pytest.mark.parametrize("line", [
    "รางวัลชนะเลิศ เงินรางวัล 30,000 บาท ธนาคารกรุงไทย",
    "รางวัลชนะเลิศ มอบโดยผู้แทน กรมชลประทาน",
    "รางวัลชนะเลิศ นายสมชาย ใจดี กรมชลประทาน",
    "รางวัลชนะเลิศ ทีมนักเรียนจาก กรมชลประทาน",
])
def test_a_purse_a_presenter_or_a_person_before_the_unit_is_no_winning_work(line):
    assert rows(extract(_MACHINES + line + "\n")) == []


def test_a_bare_place_between_listed_local_governments_does_not_end_the_list():
    text = ("กรมส่งเสริมการปกครองท้องถิ่นมอบรางวัลองค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการที่ดี ประจำปี 2567 "
            "ประเภททั่วไป จำนวน 3 รางวัล รางวัลชมเชย องค์การบริหารส่วนจังหวัดลำปาง จ.ลำปาง "
            "องค์การบริหารส่วนจังหวัดน่าน น่าน และองค์การบริหารส่วนจังหวัดแพร่ จ.แพร่\n")
    assert {r[0] for r in rows(extract(text))} == {"องค์การบริหารส่วนจังหวัดลำปาง", "องค์การบริหารส่วนจังหวัดน่าน",
                                                  "องค์การบริหารส่วนจังหวัดแพร่"}


def test_a_counted_kind_that_names_another_award_is_no_kind_of_the_first():
    text = ("กรมควบคุมโรคมอบรางวัลหน่วยงานที่มีผลการฉีดวัคซีนดีเด่น ประจำปี 2566 จำนวน 2 จังหวัด ได้แก่ ยโสธร และน่าน "
            "รางวัลหน่วยงานที่มีผลการฉีดวัคซีนก้าวหน้ารวดเร็ว จำนวน 2 จังหวัด ได้แก่ หนองคาย และสุโขทัย\n")
    found = {(r[0], r[1]) for r in rows(extract(text))}
    programmes = {p for _, p in found}
    assert {r for r, _ in found} == {"จังหวัดยโสธร", "จังหวัดน่าน", "จังหวัดหนองคาย", "จังหวัดสุโขทัย"}
    assert len(found) == 4 and len(programmes) == 2


# --- a kind counted after the winner of the last one opens the next kind -------------------------------

_INDUSTRY = ("นายกรัฐมนตรีมอบรางวัลอุตสาหกรรม ประจำปี พ.ศ. 2564 จำนวนรวมทั้งสิ้น 63 รางวัล ประกอบไปด้วย "
             "รางวัลอุตสาหกรรมยอดเยี่ยม จำนวน 1 รางวัล ได้แก่ บริษัท มาบตาพุดโอเลฟินส์ จำกัด ")


@pytest.mark.parametrize("count", ["37 รางวัล", "จำนวน 37 รางวัล", "(The Prime Minister’s Industry Award) 37 รางวัล"])
def test_a_kind_counted_after_a_winner_is_the_next_kind_not_the_winners_second_award(count):
    text = _INDUSTRY + f"รางวัลอุตสาหกรรมดีเด่น {count} ทั้งนี้ นายกรัฐมนตรีได้ร่วมถ่ายรูปกับผู้ประกอบการ\n"
    awards = extract(text).awards
    assert [(a.recipient, a.branch.label if a.branch else None) for a in awards] == [
        (awards[0].recipient, "อุตสาหกรรมยอดเยี่ยม")] and len(awards) == 1


def test_a_placing_counted_after_a_winner_is_no_second_award_of_that_winner():
    text = ("กรมควบคุมโรคมอบรางวัลโรงพยาบาลคุณภาพดีเด่น ประจำปี 2566 รางวัลชนะเลิศ ได้แก่ โรงพยาบาลลำปาง "
            "รางวัลชมเชย 3 รางวัล ทั้งนี้ ผู้ได้รับรางวัลจะได้รับโล่และเกียรติบัตร\n")
    assert {(r[0], r[3]) for r in rows(extract(text))} == {("โรงพยาบาลลำปาง", "ชนะเลิศ")}


# --- "<placing>ระดับ <tier> : <work> โดย <unit>" lines -------------------------------------------------

_DIAMONDS = "กระทรวงการคลังจัดพิธีมอบรางวัลเพชรวายุภักษ์ ครั้งที่ 9 ประจำปี 2567 ผลการประกวดมีดังนี้\n"


@pytest.mark.parametrize("by", ["โดย ", "โดย", " โดย  "])
def test_a_placing_line_whose_work_was_made_by_a_unit_is_that_units(by):
    text = (_DIAMONDS + f"รางวัลชนะเลิศระดับ Diamond : ระบบบริการตรวจสอบข้อมูลทางภาษี (My Tax Account) {by}กรมสรรพากร\n"
            f"รางวัลชนะเลิศระดับ Gold : ระบบ e-Excise บริการเบ็ดเสร็จจุดเดียว {by}กรมสรรพสามิต\n")
    found = {(r[0], r[3]) for r in rows(extract(text))}
    assert found == {("กรมสรรพากร", "Diamond"), ("กรมสรรพสามิต", "Gold")}


def test_a_joint_work_of_a_placing_line_is_each_units():
    text = _DIAMONDS + "รางวัลชนะเลิศระดับ Diamond : ระบบ New GFMIS Thai โดย กรมบัญชีกลาง และสำนักงานปลัดกระทรวงการคลัง\n"
    assert {(r[0], r[3]) for r in rows(extract(text))} == {("กรมบัญชีกลาง", "Diamond"), ("สำนักงานปลัดกระทรวงการคลัง", "Diamond")}


@pytest.mark.parametrize("giver", ["มอบโดย", "จัดโดย", "สนับสนุนโดย"])
def test_who_gave_or_organised_is_no_maker(giver):
    assert rows(extract(_DIAMONDS + f"รางวัลชนะเลิศระดับ Gold : ถ้วยรางวัล {giver} กรมบัญชีกลาง\n")) == []


# --- a company's plant or branch written after it in a list of winners ---------------------------------

@pytest.mark.parametrize("plant", ["โรงงานสมุทรสาคร", "สาขาลำปาง", "(โรงงาน 5)", "โรงงานบางปู (แห่งที่ 2)"])
@pytest.mark.parametrize("head", ["กรมโรงงานอุตสาหกรรมมอบรางวัลอุตสาหกรรมสีเขียว ประจำปี 2566 ได้แก่ ",
                                  "กรมควบคุมโรคมอบรางวัลสถานประกอบการปลอดโรค ประจำปี 2566 รางวัลชนะเลิศ ได้แก่ "])
def test_a_companys_plant_does_not_end_the_list(head, plant):
    text = head + f"บริษัท ไทยยูเนี่ยน กรุ๊ป จำกัด (มหาชน) {plant}, บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด และบริษัท มิตรผล จำกัด\n"
    assert {r[0] for r in rows(extract(text))} == {"บริษัท ไทยยูเนี่ยน กรุ๊ป จำกัด (มหาชน)",
                                                  "บริษัท โตโยต้า มอเตอร์ ประเทศไทย จำกัด", "บริษัท มิตรผล จำกัด"}


def test_a_placing_line_with_its_team_listed_below_is_the_teams_award():
    text = (_DIAMONDS + "รางวัลชนะเลิศระดับ Diamond : โครงการโทเคนเพื่อทางออกที่ยั่งยืน โดย สำนักงานคณะกรรมการนโยบายรัฐวิสาหกิจ\n"
            "1. นายรชต ซื่อสัตย์ นักวิเคราะห์นโยบายและแผนปฏิบัติการ\n2. นายดนุวิศว์ บุนนาค นักวิเคราะห์รัฐวิสาหกิจปฏิบัติการ\n")
    assert rows(extract(text)) == []


# --- "ผู้ได้รับรางวัล คือ <unit>": the one who received, one unit is enough -----------------------------------

@pytest.mark.parametrize("head", ["ผู้ได้รับรางวัล คือ", "ผู้ได้รับรางวัล ได้แก่", "ผู้ที่ได้รับรางวัล คือ"])
def test_each_item_naming_who_received_is_a_winner(head):
    text = ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมมอบรางวัล Prime Minister’s Digital Awards 2022 ทั้ง 2 สาขา ประกอบด้วย "
            f"1. Digital Organization of the Year {head} ธนาคารกรุงไทย จำกัด (มหาชน) "
            f"2. Digital Community of the Year {head} องค์การบริหารส่วนตำบลห้วยทราย อำเภอแม่ริม จังหวัดเชียงใหม่\n")
    assert {r[0] for r in rows(extract(text))} == {"ธนาคารกรุงไทย จำกัด (มหาชน)", "องค์การบริหารส่วนตำบลห้วยทราย"}


@pytest.mark.parametrize("after", [
    "คือ นายสมชาย ใจดี ผู้อำนวยการโรงพยาบาลลำปาง",            # a person received, the hospital is where he works
    "และผู้เข้าร่วมงาน ได้แก่ โรงพยาบาลลำปาง",                 # those who attended
])
def test_who_received_then_a_person_or_attendees_names_no_unit(after):
    text = f"กระทรวงสาธารณสุขมอบรางวัลคนดีศรีสาธารณสุข ประจำปี 2566 ผู้ได้รับรางวัล {after}\n"
    assert not [r for r in rows(extract(text)) if r[0] == "โรงพยาบาลลำปาง"]


# --- a list of winners divided into kinds named as one word, uncounted ----------------------------------

@pytest.mark.parametrize("joined", ["{} {} และ{}", "{}, {} และ {}"])
def test_uncounted_kinds_in_a_list_of_winners_are_their_categories(joined):
    items = ["สถานประกอบกิจการขนาดใหญ่ ได้แก่ บริษัท ซีเฟรชอินดัสตรี จำกัด (มหาชน) จังหวัดชุมพร",
             "สถานประกอบกิจการขนาดกลาง ได้แก่ บริษัท รูเบียอุตสาหกรรม จำกัด",
             "สถานประกอบกิจการขนาดเล็ก ได้แก่ บริษัท กรุงเทพสกรีน จำกัด จังหวัดราชบุรี"]
    text = ("กระทรวงแรงงานมอบรางวัลสถานประกอบกิจการดีเด่นด้านแรงงานสัมพันธ์ ประจำปี 2564 โดยสถานประกอบกิจการที่ได้รับรางวัล"
            "ถ้วยพระราชทาน จำนวน 3 รางวัล คือ " + joined.format(*items) + "\n")
    assert {(r[0], r[2]) for r in rows(extract(text))} == {
        ("บริษัท ซีเฟรชอินดัสตรี จำกัด (มหาชน)", "สถานประกอบกิจการขนาดใหญ่"),
        ("บริษัท รูเบียอุตสาหกรรม จำกัด", "สถานประกอบกิจการขนาดกลาง"),
        ("บริษัท กรุงเทพสกรีน จำกัด", "สถานประกอบกิจการขนาดเล็ก")}


@pytest.mark.parametrize("others", ["โดยมีหน่วยงานสนับสนุน ได้แก่", "ซึ่งร่วมกับ ได้แก่", "ผู้ประสานงาน คือ"])
def test_a_clause_between_winners_is_no_kind(others):
    text = ("กระทรวงแรงงานมอบรางวัลสถานประกอบกิจการดีเด่นด้านแรงงานสัมพันธ์ ประจำปี 2564 โดยสถานประกอบกิจการที่ได้รับรางวัล"
            f"ถ้วยพระราชทาน คือ บริษัท รูเบียอุตสาหกรรม จำกัด {others} บริษัท กรุงเทพสกรีน จำกัด\n")
    assert {r[0] for r in rows(extract(text))} == {"บริษัท รูเบียอุตสาหกรรม จำกัด"}


# --- "รางวัล<kind> จำนวน N รางวัล ได้แก่ A B และ C": a counted kind of award heads its winners -------------------

_DIGITAL = "นายกรัฐมนตรีได้มอบรางวัลรัฐบาลดิจิทัลประจำปี 2564 (Digital Government Awards 2021) จำนวน 33 รางวัล ประกอบด้วย 3 ประเภท\n"


@pytest.mark.parametrize("count", ["จำนวน 3 รางวัล", "3 รางวัล", "รวม 3 แห่ง"])
@pytest.mark.parametrize("joined", ["{} {} และ{}", "{}, {} และ {}"])
def test_a_counted_kind_of_award_heads_its_winners(count, joined):
    text = _DIGITAL + f"รางวัลรัฐบาลดิจิทัลระดับจังหวัดต้นแบบ {count} ได้แก่ " + joined.format("จังหวัดขอนแก่น", "จังหวัดพัทลุง", "จังหวัดลำปาง") + "\n"
    assert {(r[0], r[2]) for r in rows(extract(text))} == {
        (p, "รัฐบาลดิจิทัลระดับจังหวัดต้นแบบ") for p in ("จังหวัดขอนแก่น", "จังหวัดพัทลุง", "จังหวัดลำปาง")}


@pytest.mark.parametrize("kind", ["ดังกล่าว", "ทั้งสิ้น"])
def test_a_counted_award_referred_to_names_no_category(kind):
    text = _DIGITAL + f"โดยรางวัล{kind} 2 รางวัล ได้แก่ จังหวัดขอนแก่น และจังหวัดลำปาง\n"
    assert {(r[0], r[2]) for r in rows(extract(text))} == {("จังหวัดขอนแก่น", None), ("จังหวัดลำปาง", None)}


@pytest.mark.parametrize("listing", [
    "รางวัลรัฐบาลดิจิทัลระดับจังหวัด จำนวน 3 รางวัล ได้แก่ รางวัลดีเด่น รางวัลดี และรางวัลชมเชย",      # awards, not units
    "รางวัลรัฐบาลดิจิทัลระดับจังหวัด จำนวน 3 รางวัล โดยมีจังหวัดเข้าร่วม 3 จังหวัด ได้แก่ จังหวัดขอนแก่น จังหวัดพัทลุง",
    "ผู้มีสิทธิ์ลุ้นรางวัลพิเศษ จำนวน 2 ราย ได้แก่ นายสมชาย ใจดี จากจังหวัดขอนแก่น",
])
def test_a_counted_list_of_others_names_no_winner(listing):
    text = "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมจัดงานสัมมนาเรื่องข้อมูลเปิดภาครัฐ ประจำปี 2564\n" + listing + "\n"
    assert not rows(extract(text))


def test_a_clause_after_the_award_word_is_no_kind():
    text = _DIGITAL + "หน่วยงานในสังกัดกระทรวงอุตสาหกรรมได้รับรางวัลด้วยจำนวน 2 หน่วยงาน ได้แก่ กรมโรงงานอุตสาหกรรม และสำนักงานเศรษฐกิจอุตสาหกรรม\n"
    assert {(r[0], r[2]) for r in rows(extract(text))} == {("กรมโรงงานอุตสาหกรรม", None), ("สำนักงานเศรษฐกิจอุตสาหกรรม", None)}


# --- a kind that reached its target is a kind of winner; a target area is no winner -----------------------

@pytest.mark.parametrize("kind, won", [
    ("จังหวัดที่ขับเคลื่อนการประเมินบรรลุเป้าหมายสูงสุด จำนวน 2 รางวัล", True),
    ("จังหวัดเป้าหมายของการประเมินปีหน้า จำนวน 2 รางวัล", False),
])
def test_a_target_reached_is_no_target_area(kind, won):
    text = ("สำนักงาน ป.ป.ช. มอบรางวัลโล่เกียรติยศ ประจำปี 2565 สำหรับหน่วยงานที่ได้รับรางวัลโล่เกียรติยศฯ ประกอบด้วย\n"
            "1) หน่วยงานที่มีพัฒนาการสูงที่สุด จำนวน 2 รางวัล ได้แก่ กรมการปกครอง และกรมการขนส่งทางราง และ\n"
            f"2) {kind} ได้แก่ จังหวัดนครสวรรค์ และจังหวัดภูเก็ต\n")
    found = {r[0] for r in rows(extract(text))}
    assert {"กรมการปกครอง", "กรมการขนส่งทางราง"} <= found
    assert ({"จังหวัดนครสวรรค์", "จังหวัดภูเก็ต"} <= found) == won
    assert won or not found & {"จังหวัดนครสวรรค์", "จังหวัดภูเก็ต"}


# --- "<placing><the contest's name> ได้แก่ <unit>": the placing's winner, however long the name ---------------

def test_a_placing_then_its_contest_then_its_winner():
    text = ("กรมราชทัณฑ์จัดการประกวดแข่งขันสวนสนามผู้ต้องขังทั่วประเทศ ประจำปี 2567 โดยเรือนจำที่ชนะการประกวด ดังนี้ "
            "รางวัลชนะเลิศการประกวดแข่งขันสวนสนามผู้ต้องขังทั่วประเทศ ได้แก่ เรือนจำกลางระยอง รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ เรือนจำกลางสมุทรปราการ\n")
    found = {(r[0], r[3]) for r in rows(extract(text))}
    assert ("เรือนจำกลางระยอง", "ชนะเลิศ") in found and ("เรือนจำกลางสมุทรปราการ", "รองชนะเลิศอันดับที่ 1") in found


@pytest.mark.parametrize("between", [
    "ซึ่งมีผู้เข้าร่วมจาก 40 เรือนจำ คือ",           # a clause with a count: those who took part
    "โดยมีหน่วยงานสนับสนุน ได้แก่",                  # a clause naming others
])
def test_a_placing_then_a_clause_keeps_the_unit_out(between):
    text = ("กรมราชทัณฑ์จัดการประกวดแข่งขันสวนสนามผู้ต้องขังทั่วประเทศ ประจำปี 2567 โดยเรือนจำที่ชนะการประกวด ดังนี้ "
            f"รางวัลชนะเลิศการประกวดแข่งขันสวนสนามผู้ต้องขัง {between} เรือนจำกลางระยอง\n")
    assert ("เรือนจำกลางระยอง", "ชนะเลิศ") not in {(r[0], r[3]) for r in rows(extract(text))}


# --- a listed winner's score after its name does not end the list -----------------------------------------

@pytest.mark.parametrize("score", ["คะแนนเฉลี่ย {}", "(ได้คะแนน {} คะแนน)", "คะแนน {}"])
def test_a_score_after_a_listed_winner_does_not_end_the_list(score):
    text = ("กระทรวงสาธารณสุขได้มอบโล่เชิดชูเกียรติหน่วยงานในสังกัดที่มีผลการประเมินคุณธรรมและความโปร่งใส ประจำปี 2567 "
            f"จำนวน 3 หน่วยงาน ได้แก่ กรมอนามัย {score.format('93.92')} กรมควบคุมโรค {score.format('93.81')} "
            f"และกรมการแพทย์ {score.format('91.68')}\n")
    assert {r[0] for r in rows(extract(text))} == {"กรมอนามัย", "กรมควบคุมโรค", "กรมการแพทย์"}


def test_a_score_then_prose_adds_no_winner():
    text = ("กระทรวงสาธารณสุขได้มอบโล่เชิดชูเกียรติหน่วยงานในสังกัดที่มีผลการประเมินคุณธรรมและความโปร่งใส ประจำปี 2567 "
            "จำนวน 2 หน่วยงาน ได้แก่ กรมอนามัย คะแนนเฉลี่ย 93.92 และกรมควบคุมโรค คะแนนเฉลี่ย 93.81 "
            "โดยมีกรมการแพทย์เป็นผู้ประสานการประเมิน\n")
    assert "กรมการแพทย์" not in {r[0] for r in rows(extract(text))}


# --- a programme named, then written bare as the heading of its results, after another programme ------------

_TWO_PROGRAMMES = ("กระทรวงมหาดไทยมอบรางวัลการจัดการขยะมูลฝอยชุมชน “จังหวัดสะอาด” ประจำปี 2566 "
                   "และรางวัลอาสาสมัครท้องถิ่นรักษ์โลกดีเด่นแห่งชาติ ประจำปี 2566\n")


def test_a_programme_written_bare_heads_its_results():
    text = _TWO_PROGRAMMES + ("ผลการคัดเลือกจังหวัดที่มีการจัดการขยะมูลฝอยชุมชน “จังหวัดสะอาด” ระดับประเทศ แบ่งเป็น 2 กลุ่ม ดังนี้\n"
                              "1) กลุ่มจังหวัดภาคเหนือ รางวัลชนะเลิศ ได้แก่ จังหวัดพิษณุโลก รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ จังหวัดลำปาง\n")
    extraction = extract(text)
    named = {extraction.programmes[a.programme].name if a.programme in extraction.programmes else a.programme
             for a in extraction.awards}
    # (the first province after a group's name is read as the place, not the body: place_bodies, left as is)
    assert "จังหวัดลำปาง" in {r[0] for r in rows(extraction)}
    assert named and all("จังหวัดสะอาด" in n for n in named)


def test_a_name_glued_to_more_letters_is_another_programme():
    # "ทุนหมุนเวียนดีเด่น" holds "ทุนหมุนเวียน" (an earlier programme's name) but names a programme of its own
    text = ("กรมบัญชีกลางจัดงานรางวัลทุนหมุนเวียน ประจำปี 2566 และมอบรางวัลทุนหมุนเวียนดีเด่น ประจำปี 2566 ดังนี้ "
            "ประเภทผลการดำเนินงานดีเด่น ได้แก่ กองทุนประกันสังคม\n")
    extraction = extract(text)
    assert not [a for a in extraction.awards if extraction.programmes.get(a.programme) is not None
                and extraction.programmes[a.programme].name.endswith("ทุนหมุนเวียน")]


# --- heads listed item by item under a leaders' award: each body the recipient, its head the person ----------

_SOE = "กระทรวงการคลังมอบรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2566 ดังนี้\n1. รางวัลการพัฒนาองค์กรดีเด่น ได้แก่ การประปานครหลวง\n"


@pytest.mark.parametrize("marker", ["({})", "{}.", "{})", "-"])
def test_heads_listed_under_a_leaders_award_honour_their_bodies(marker):
    item = lambda n: marker.format(n) if "{}" in marker else marker
    text = _SOE + ("2. รางวัลผู้นำองค์กรดีเด่น\n"
                   f"{item(1)} นายฉัตรชัย ศิริไล กรรมการผู้จัดการธนาคารอาคารสงเคราะห์\n"
                   f"{item(2)} นายวิทัย รัตนากร ผู้อำนวยการธนาคารออมสิน\n"
                   "3. รางวัลบริการดีเด่น ได้แก่ การไฟฟ้าส่วนภูมิภาค\n")
    extraction = extract(text)
    led = {(name(a.recipient, extraction), a.person) for a in extraction.awards
           if a.category and a.category.label == "ผู้นำองค์กรดีเด่น"}
    assert led == {("ธนาคารอาคารสงเคราะห์", "ฉัตรชัย ศิริไล"), ("ธนาคารออมสิน", "วิทัย รัตนากร")}
    assert "การไฟฟ้าส่วนภูมิภาค" in {r[0] for r in rows(extraction)}


@pytest.mark.parametrize("items", [
    "(1) นายฉัตรชัย ศิริไล\n(2) นายวิทัย รัตนากร\n",                                   # names without posts
    "ซึ่งพิจารณาจากผลการประเมิน\n(1) นายฉัตรชัย ศิริไล กรรมการผู้จัดการธนาคารอาคารสงเคราะห์\n",   # prose between
])
def test_no_head_listed_with_a_post_right_below_gives_no_leaders_award(items):
    text = _SOE + "2. รางวัลผู้นำองค์กรดีเด่น\n" + items
    extraction = extract(text)
    assert not [a for a in extraction.awards if a.category and a.category.label == "ผู้นำองค์กรดีเด่น" and a.person]


def test_heads_listed_under_another_award_are_not_honoured_as_leaders():
    text = _SOE + "2. รางวัลบริการดีเด่น\n(1) นายฉัตรชัย ศิริไล กรรมการผู้จัดการธนาคารอาคารสงเคราะห์\n"
    assert not [a for a in extract(text).awards if a.person == "ฉัตรชัย ศิริไล"]


# --- winners grouped under the numbered region they are in ---------------------------------------------

@pytest.mark.parametrize("layout", [
    "ได้แก่ เขตสุขภาพที่ 1 ได้แก่ {a} {b} เขตสุขภาพที่ 4 ได้แก่ {c} และ{d}",
    "ดังนี้\nเขตสุขภาพที่ 1 ได้แก่ {a} {b}\nเขตสุขภาพที่ 4 ได้แก่ {c} และ{d}\n",
    "ดังนี้ 1) เขตตรวจราชการที่ 1 ได้แก่ {a}, {b} 2) เขตตรวจราชการที่ 4 ได้แก่ {c} {d}",
])
def test_winners_grouped_by_numbered_region_are_each_a_winner(layout):
    text = ("กรมอนามัยมอบรางวัลจังหวัดส่งเสริมสุขภาพดีเด่น ประจำปี 2566 "
            + layout.format(a="จังหวัดลำปาง", b="จังหวัดน่าน", c="จังหวัดนนทบุรี", d="จังหวัดสระบุรี") + "\n")
    found = {(r[0], r[2], r[3]) for r in rows(extract(text))}
    assert found == {(p, None, None) for p in ("จังหวัดลำปาง", "จังหวัดน่าน", "จังหวัดนนทบุรี", "จังหวัดสระบุรี")}


@pytest.mark.parametrize("group", [
    "กรมอนามัยจัดประชุมเครือข่าย ประจำปี 2566 โดยมีผู้แทนเข้าร่วม ดังนี้",
    "กรมอนามัยได้รับรางวัลเลิศรัฐ ประจำปี 2566 และขยายผลสู่พื้นที่นำร่อง ได้แก่",
    "กรมอนามัยลงพื้นที่ติดตามโครงการ ประจำปี 2566 ดังนี้",
])
def test_provinces_grouped_by_region_with_no_award_are_no_winners(group):
    text = f"{group} เขตสุขภาพที่ 1 ได้แก่ จังหวัดลำปาง จังหวัดน่าน เขตสุขภาพที่ 4 ได้แก่ จังหวัดนนทบุรี\n"
    assert not [r for r in rows(extract(text)) if r[0].startswith("จังหวัด")]


# --- a term that heads an inline numbered list of winners in the sentence that confers ---------------------

@pytest.mark.parametrize("marker", ["{}.", "{})", "({})"])
@pytest.mark.parametrize("place", ["", " จ.{}", " จังหวัด{}"])
def test_terms_heading_inline_numbered_winners_give_each_item(marker, place):
    item = lambda n, h: marker.format(n) + " โรงพยาบาล" + h + place.format(h)
    text = ("กรมอนามัยมอบรางวัลโรงพยาบาลส่งเสริมสุขภาพดีเด่น ประจำปี 2566 ระดับทอง ได้แก่ "
            f"{item(1, 'ลำปาง')} {item(2, 'น่าน')} ระดับเงิน ได้แก่ {item(1, 'แพร่')}\n")
    found = {(r[0], r[3]) for r in rows(extract(text))}
    assert found == {("โรงพยาบาลลำปาง", "ทอง"), ("โรงพยาบาลน่าน", "ทอง"), ("โรงพยาบาลแพร่", "เงิน")}


@pytest.mark.parametrize("sentence", [
    "กรมอนามัยจัดประชุม ประจำปี 2566 ประเภทดีเด่น ของการประเมิน มีหัวข้อ ดังนี้",
    "กรมอนามัยมอบรางวัลโรงพยาบาลส่งเสริมสุขภาพดีเด่น ประจำปี 2566 ซึ่งแบ่งเป็น ประเภทดีเด่น และประเภทดี โดยมีหน่วยงานเข้าร่วม ได้แก่",
    "กรมอนามัยมอบรางวัลโรงพยาบาลส่งเสริมสุขภาพดีเด่น ประจำปี 2566 ประเภทดีเด่น ได้แก่ โรงพยาบาลที่มีผลการประเมินสูงสุด โดยมีโรงพยาบาลเข้าร่วม",
])
def test_numbered_units_after_a_described_term_are_no_winners(sentence):
    text = f"{sentence} 1. โรงพยาบาลลำปาง 2. โรงพยาบาลน่าน\n"
    assert not rows(extract(text))


# --- a placing list after another programme was named ------------------------------------------------------

@pytest.mark.parametrize("between", ["และยังมีรางวัลบูธนิทรรศการ ประจำปี 2567 โดยกรมวิชาการ",
                                     "นอกจากนี้ยังมอบรางวัลบูธนิทรรศการ ประจำปี 2567",
                                     "ส่วนรางวัลบูธนิทรรศการ ประจำปี 2567 นั้น"])
def test_placings_after_another_programme_is_named_are_its_winners(between):
    text = ("สธ. จัดประชุมวิชาการ\nในปีนี้มีผลงานได้รับรางวัลผลงานวิชาการดีเด่นจำนวน 114 เรื่อง แบ่งเป็น ประเภท วาจา 50 เรื่อง "
            f"{between} รางวัลชนะเลิศ ได้แก่ กรมการแพทย์ รองชนะเลิศอันดับ 1 กรมควบคุมโรค รางวัลชมเชย กรมอนามัย\n")
    found = {(r[0], r[3]) for r in rows(extract(text))}
    assert found == {("กรมการแพทย์", "ชนะเลิศ"), ("กรมควบคุมโรค", "รองชนะเลิศอันดับ 1"), ("กรมอนามัย", "ชมเชย")}


def test_a_placing_that_describes_the_programme_names_no_winner():
    text = ("สธ. จัดประชุมวิชาการ\nการประชุมวิชาการในปีนี้ แบ่งรางวัลเป็น ประเภท วาจา และประเภทโปสเตอร์ โดยรางวัลชนะเลิศ "
            "ได้แก่ ผลงานที่มีคะแนนสูงสุด ซึ่งกรมการแพทย์เป็นผู้ประเมิน\n")
    assert not rows(extract(text))
