"""Award frames on composed texts of the genre: programmes the scheme does not know, their terms,
item-level reading of lists, joint works, certifications, and what is no conferral.

Every text here was written for the test (agencies real, works and programmes invented), in the
shapes seen in the news; each positive has a negative beside it where a rule could overreach.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, name


def rows(extraction):
    programmes = extraction.programmes
    return sorted((name(a.recipient, extraction),
                   programmes[a.programme].name if a.programme in programmes else a.programme, a.year,
                   a.branch.label if a.branch else None, a.category.label if a.category else None,
                   a.level.label if a.level else None, a.project) for a in extraction.awards)


# --- programmes learned from the text ---------------------------------------------------------------

def test_a_programme_the_scheme_lacks_is_learned_with_its_terms_and_work():
    text = ("ธนาคารออมสิน คว้ารางวัลองค์กรสร้างสรรค์สังคมดีเด่น ครั้งที่ 5 ประจำปี 2566\n\n"
            "ธนาคารออมสิน ได้รับรางวัลองค์กรสร้างสรรค์สังคมดีเด่น ครั้งที่ 5 ประจำปี 2566 ประเภทองค์กรขนาดใหญ่ "
            "ระดับ Gold จากผลงาน ออมสินรักษ์โลก\n")
    e = extract(text)
    assert rows(e) == [("ธนาคารออมสิน", "รางวัลองค์กรสร้างสรรค์สังคมดีเด่น", 2566, None, "องค์กรขนาดใหญ่", "Gold",
                        "ออมสินรักษ์โลก")]
    [award] = e.awards
    assert award.confidence < 1          # terms minted in a learned scheme: graded less sure
    assert award.programme.startswith("x-")


def test_one_programme_written_with_and_without_its_edition_and_year_is_one_key():
    one = extract("กรมอนามัย ได้รับรางวัลองค์กรสร้างสรรค์สังคมดีเด่น ครั้งที่ 5 ประจำปี 2566 ประเภทองค์กรขนาดใหญ่\n")
    two = extract("กรมควบคุมโรค คว้ารางวัล “องค์กรสร้างสรรค์สังคมดีเด่น” ปี 2567 ประเภทองค์กรขนาดกลาง\n")
    assert {a.programme for a in one.awards} == {a.programme for a in two.awards}


def test_an_english_programme_name_keeps_its_common_era_year_as_buddhist_era():
    e = extract("ธนาคารออมสิน คว้ารางวัล Asia Responsible Enterprise Awards 2023 ประเภท Green Leadership "
                "จากผลงาน ออมสินรักษ์โลก\n")
    assert rows(e) == [("ธนาคารออมสิน", "Asia Responsible Enterprise Awards", 2566, None, "Green Leadership", None,
                        "ออมสินรักษ์โลก")]
    assert e.programmes[e.awards[0].programme].language == "en"


def test_a_thai_name_and_its_english_name_in_brackets_are_one_programme():
    e = extract("กรมบัญชีกลาง ได้รับรางวัลความโปร่งใสในการก่อสร้างภาครัฐ (CoST Awards) ประจำปี 2565 "
                "ประเภทหน่วยงานภาครัฐ\n")
    assert len({a.programme for a in e.awards}) == 1
    [programme] = e.programmes.values()
    assert programme.name == "รางวัลความโปร่งใสในการก่อสร้างภาครัฐ"
    assert ("CoST Awards", "en") in programme.aliases


def test_a_contest_ranked_by_placings_is_the_programme_and_the_placing_its_level():
    text = ("กรมอนามัย ได้รับรางวัลชนะเลิศ การประกวดองค์กรสร้างสุขดีเด่น ประจำปี 2566 ประเภทหน่วยงานภาครัฐขนาดใหญ่ "
            "และกรมสุขภาพจิต ได้รับรางวัลรองชนะเลิศอันดับ 1 ประเภทหน่วยงานภาครัฐขนาดกลาง\n")
    assert rows(extract(text)) == [
        ("กรมสุขภาพจิต", "รางวัลการประกวดองค์กรสร้างสุขดีเด่น", 2566, None, "หน่วยงานภาครัฐขนาดกลาง", "รองชนะเลิศอันดับ 1", None),
        ("กรมอนามัย", "รางวัลการประกวดองค์กรสร้างสุขดีเด่น", 2566, None, "หน่วยงานภาครัฐขนาดใหญ่", "ชนะเลิศ", None),
    ]


def test_a_list_of_winners_by_placing_under_a_learned_programme():
    text = ("ผลการตัดสินรางวัลพลังงานทดแทนดีเด่น ประจำปี 2567 รางวัลชนะเลิศ ได้แก่ การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย "
            "รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ การไฟฟ้าส่วนภูมิภาค และรางวัลชมเชย ได้แก่ การไฟฟ้านครหลวง\n")
    assert [(r[0], r[5]) for r in rows(extract(text))] == [
        ("การไฟฟ้านครหลวง", "ชมเชย"), ("การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย", "ชนะเลิศ"),
        ("การไฟฟ้าส่วนภูมิภาค", "รองชนะเลิศอันดับที่ 1")]


def test_groups_of_entrants_are_categories_and_each_holds_for_its_winners():
    text = ("ผลการประกวดรางวัลชุมชนปลอดขยะ ประจำปี 2567 ดังนี้ 1) กลุ่มหน่วยงานขนาดเล็ก รางวัลชนะเลิศ ได้แก่ "
            "กรมอนามัย รางวัลชมเชย ได้แก่ กรมควบคุมโรค 2) กลุ่มหน่วยงานขนาดใหญ่ รางวัลชนะเลิศ ได้แก่ กรมการแพทย์\n")
    assert [(r[0], r[4], r[5]) for r in rows(extract(text))] == [
        ("กรมการแพทย์", "กลุ่มหน่วยงานขนาดใหญ่", "ชนะเลิศ"),
        ("กรมควบคุมโรค", "กลุ่มหน่วยงานขนาดเล็ก", "ชมเชย"),
        ("กรมอนามัย", "กลุ่มหน่วยงานขนาดเล็ก", "ชนะเลิศ")]


@pytest.mark.parametrize("text", [
    # prose about an award, a contest to come, money, a lottery, a bounty, an award to people
    "ทั้งนี้ รางวัลดังกล่าวเป็นรางวัลอันทรงเกียรติ ซึ่งกระทรวงจะจัดพิธีมอบรางวัลในเดือนหน้า ผู้สนใจสามารถส่งผลงาน"
    "เข้าประกวดได้ถึงวันที่ 30 กันยายน 2567 โดยรางวัลชนะเลิศจะได้รับเงินรางวัล 50,000 บาท\n",
    "กรมสรรพากร ได้รับความสนใจจากประชาชนจำนวนมาก ส่วนผู้ที่ถูกรางวัลเลขท้ายสามารถรับรางวัลได้ที่สำนักงานสลาก\n",
    "กรมอนามัย จัดพิธีมอบรางวัลนักวิจัยดีเด่น ประจำปี 2566 ให้แก่นายสมชาย ใจดี นักวิจัยของกรม\n",
    "กรมควบคุมโรค อยู่ระหว่างเข้ารับการประเมินมาตรฐานศูนย์ราชการสะดวก ประจำปี 2567 เพื่อขอรับรางวัลในปีหน้า\n",
])
def test_no_award_where_the_text_confers_none_on_an_organisation(text):
    assert not extract(text).awards


# --- list items read whole --------------------------------------------------------------------------

def test_a_joint_work_written_before_its_units_is_each_units_with_all_the_terms():
    text = ("ผลงาน “ระบบส่งต่อผู้ป่วยข้ามเขต” ของกรมการแพทย์ กรมควบคุมโรค และสำนักงานปลัดกระทรวงสาธารณสุข "
            "ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี\n")
    found = rows(extract(text))
    assert [r[0] for r in found] == ["กรมการแพทย์", "กรมควบคุมโรค", "สำนักงานปลัดกระทรวงสาธารณสุข"]
    assert {r[3:] for r in found} == {("บริการภาครัฐ", "พัฒนาการบริการ", "ดี", "ระบบส่งต่อผู้ป่วยข้ามเขต")}


def test_terms_written_after_the_work_in_each_item_are_that_items():
    text = ("กระทรวงสาธารณสุข ได้รับรางวัลเลิศรัฐ ประจำปี 2563 สาขาบริการภาครัฐ ดังนี้\n"
            "1.โรงพยาบาลเบตง เรื่อง “ห้องยาอัตโนมัติ” ประเภทนวัตกรรมการบริการ ระดับดี "
            "2.โรงพยาบาลรามัน เรื่อง “ผู้ป่วยนอกไร้คิว” ประเภทพัฒนาการบริการ ระดับดีเด่น\n")
    assert {(r[0], r[4], r[5], r[6]) for r in rows(extract(text))} == {
        ("โรงพยาบาลเบตง", "นวัตกรรมการบริการ", "ดี", "ห้องยาอัตโนมัติ"),
        ("โรงพยาบาลรามัน", "พัฒนาการบริการ", "ดีเด่น", "ผู้ป่วยนอกไร้คิว")}


def test_terms_announced_for_a_group_hold_for_each_member():
    text = ("ในสาขาการบริหารราชการแบบมีส่วนร่วม ประเภทสัมฤทธิผลประชาชนมีส่วนร่วม รางวัลเลิศรัฐ ประจำปี 2566 "
            "มีหน่วยงานได้รับรางวัล 2 แห่ง คือ กรมการพัฒนาชุมชน ซึ่งได้รับรางวัลจากผลงาน “ชุมชนออนไลน์” "
            "และกรมส่งเสริมการเกษตร ซึ่งได้รับรางวัลจากผลงาน “ตลาดนัดดิจิทัล”\n")
    assert [(r[0], r[4], r[6]) for r in rows(extract(text))] == [
        ("กรมการพัฒนาชุมชน", "สัมฤทธิผลประชาชนมีส่วนร่วม", "ชุมชนออนไลน์"),
        ("กรมส่งเสริมการเกษตร", "สัมฤทธิผลประชาชนมีส่วนร่วม", "ตลาดนัดดิจิทัล")]


def test_one_category_with_two_levels_and_their_counts_is_two_awards():
    text = ("กรมการปกครอง ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ประเภทนวัตกรรมการบริการ "
            "ระดับดีเด่น 2 ผลงาน ระดับดี 4 ผลงาน\n")
    assert [(r[4], r[5]) for r in rows(extract(text))] == [
        ("นวัตกรรมการบริการ", "ดี"), ("นวัตกรรมการบริการ", "ดีเด่น")]


def test_a_description_of_how_a_programme_is_divided_is_no_award_of_the_winner_before_it():
    text = ("กรมการจัดหางาน ได้รับรางวัลองค์กรสร้างสรรค์สังคมดีเด่น ประจำปี 2566 ประเภทองค์กรขนาดใหญ่\n"
            "สำหรับรางวัลองค์กรสร้างสรรค์สังคมดีเด่น ในปีนี้ได้แบ่งรางวัลเป็น 3 ประเภท ได้แก่ 1) ประเภทองค์กรขนาดเล็ก "
            "2) ประเภทองค์กรขนาดกลาง และ 3) ประเภทองค์กรขนาดใหญ่\n")
    assert [r[4] for r in rows(extract(text))] == ["องค์กรขนาดใหญ่"]


# --- certifications a programme calls its award -------------------------------------------------------

def test_passing_the_certification_is_the_award_and_an_assessment_under_way_is_not():
    text = ("กรมการปกครอง ผ่านการรับรองมาตรฐานศูนย์ราชการสะดวก (GECC) ประจำปี 2566 ระดับพื้นฐาน "
            "ขณะที่กรมที่ดินอยู่ระหว่างเข้ารับการประเมินมาตรฐานศูนย์ราชการสะดวก\n")
    assert [(r[0], r[5]) for r in rows(extract(text))] == [("กรมการปกครอง", "พื้นฐาน")]


# --- a programme divided into kinds of award --------------------------------------------------------

def test_the_kinds_a_programme_is_divided_into_are_its_categories_and_only_the_listed_won_them():
    text = ("กรมอนามัย ได้รับรางวัลพัฒนาบริการดีเด่น ประจำปี 2566\n\n"
            "ทั้งนี้ การมอบรางวัลพัฒนาบริการดีเด่น ประจำปี 2566 มีหน่วยงานเข้ารับรางวัลทั้งสิ้น 3 ประเภท ประกอบด้วย "
            "1) รางวัลหน่วยงานระดับกรม จำนวน 2 หน่วยงาน ได้แก่ กรมอนามัย และกรมควบคุมโรค "
            "2) รางวัลหน่วยงานระดับจังหวัด จำนวน 9 หน่วยงาน และ 3) รางวัลหน่วยงานระดับกระบวนงาน จำนวน 4 หน่วยงาน\n")
    e = extract(text)
    assert rows(e) == [("กรมควบคุมโรค", "รางวัลพัฒนาบริการดีเด่น", 2566, None, "หน่วยงานระดับกรม", None, None),
                       ("กรมอนามัย", "รางวัลพัฒนาบริการดีเด่น", 2566, None, "หน่วยงานระดับกรม", None, None)]
    assert len(e.programmes) == 1         # the kinds are no programmes of their own


def test_awards_a_unit_received_listed_after_their_count_are_categories_of_the_programme():
    e = extract("กรมบัญชีกลาง คว้ารางวัลบริหารเงินทุนดีเด่น ประจำปี 2565 จำนวน 2 รางวัล ได้แก่ "
                "รางวัลผลการดำเนินงานดีเด่น และรางวัลการบริหารความเสี่ยงดีเด่น ซึ่งจัดขึ้นโดยสำนักงบประมาณ\n")
    assert [r[4] for r in rows(e)] == ["การบริหารความเสี่ยงดีเด่น", "ผลการดำเนินงานดีเด่น"]
    assert {r[1] for r in rows(e)} == {"รางวัลบริหารเงินทุนดีเด่น"}


def test_a_numbered_list_of_awards_each_with_its_own_year_is_a_list_of_programmes():
    e = extract("นายกรัฐมนตรีมอบโล่รางวัล จำนวน 17 รางวัล ประกอบด้วย 1) รางวัลผู้ทำคุณประโยชน์ต่อการศึกษา "
                "ประจำปี 2566 จำนวน 8 ราย และ 2) รางวัลครูต้นแบบ ประจำปี 2565 จำนวน 9 ราย\n")
    assert len(e.programmes) == 2


def test_the_theme_of_the_event_in_quotes_is_no_awarded_work():
    e = extract("กรมบัญชีกลาง ได้รับรางวัลบริหารเงินทุนดีเด่น ประจำปี 2565 ประเภทองค์กรขนาดใหญ่ "
                "ซึ่งจัดขึ้นภายใต้ชื่องาน “ทุนหมุนเวียน สานต่อนโยบายรัฐ”\n")
    assert [r[6] for r in rows(e)] == [None]


def test_the_organisation_whose_policy_the_winner_followed_is_no_recipient():
    e = extract("กรมทางหลวงชนบทพัฒนาระบบดิจิทัลภายในหน่วยงาน ตามนโยบายของรัฐมนตรีว่าการกระทรวงคมนาคม "
                "คว้ารางวัลบริการดิจิทัลยอดเยี่ยม ประจำปี 2564 ประเภทหน่วยงานระดับกรม\n")
    assert "กระทรวงคมนาคม" not in {r[0] for r in rows(e)}


def test_a_level_a_unit_receives_in_its_own_sentence_is_an_award_of_a_known_programme():
    # the human-rights programme has categories; a unit's own sentence may still name only its level
    e = extract("ธนาคารออมสิน เข้ารับรางวัล “องค์กรต้นแบบด้านสิทธิมนุษยชน ประจำปี 2565” ประเภทดีเด่น "
                "จัดโดยกรมคุ้มครองสิทธิและเสรีภาพ\n")
    assert [(r[0], r[5]) for r in rows(e)] == [("ธนาคารออมสิน", "ดีเด่น")]


def test_a_programme_name_runs_on_over_according_to_a_way_of_life():
    e = extract("บริษัท ไทยสแตนเลย์การไฟฟ้า จำกัด ได้รับประกาศเกียรติคุณสถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี "
                "ตามวิถีเศรษฐกิจพอเพียง ประจำปี 2565\n")
    # (the certificate of honour carries the award: the programme is what it honours, labelled as a รางวัล)
    assert [p.name for p in e.programmes.values()] == [
        "รางวัลสถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี ตามวิถีเศรษฐกิจพอเพียง"]


@pytest.mark.parametrize("text", [
    "ธ.ก.ส. ชวนร่วมแข่งขันแต่งกายแฟนซี ชิงรางวัลแฟนซีมูลค่า 10,000 บาท ประจำปี 2567\n",
    "นักวิ่งที่ได้รับรางวัลสำหรับอันดับที่ 2 ชายและหญิง ประจำปี 2567 รับเงินรางวัล 450 ยูโร\n",
])
def test_prize_money_and_prose_after_an_award_word_are_no_programme(text):
    assert not extract(text).programmes


def test_a_ceremony_needs_a_conferral_not_a_programme_named_in_a_meeting():
    text = ("ข่าวประชาสัมพันธ์\n\nวันจันทร์ที่ 5 ธันวาคม 2565\n"
            "วันนี้ (5 ธ.ค. 65) ณ ห้องประชุมใหญ่ อาคารรัฐสภา นายสมพร ใจดี เป็นประธานการประชุมเตรียมการ "
            "เพื่อเสนอผลงานเข้าประกวดรางวัลเลิศรัฐ ประจำปี 2566 ของหน่วยงานในสังกัด\n")
    assert not extract(text).ceremonies


def test_winners_written_right_after_their_placings_each_take_their_own():
    e = extract("ทั้งนี้ มีหน่วยงานได้รับรางวัลบูธนิทรรศการดีเด่น ประจำปี 2565 รางวัลชนะเลิศ ได้แก่ กรมการแพทย์ "
                "รองชนะเลิศอันดับ 1 กรมควบคุมโรค รองชนะเลิศอันดับ 2 กรมวิทยาศาสตร์การแพทย์ รางวัลชมเชย กรมอนามัย\n")
    assert [(r[0], r[5]) for r in rows(e)] == [
        ("กรมการแพทย์", "ชนะเลิศ"), ("กรมควบคุมโรค", "รองชนะเลิศอันดับ 1"),
        ("กรมวิทยาศาสตร์การแพทย์", "รองชนะเลิศอันดับ 2"), ("กรมอนามัย", "ชมเชย")]


def test_the_next_placing_is_no_second_award_of_the_winner_before_it_even_where_its_own_winner_is_unread():
    e = extract("ทั้งนี้ มีหน่วยงานได้รับรางวัลบูธนิทรรศการดีเด่น ประจำปี 2565 ประเภทหน่วยงานขนาดใหญ่ รางวัลชนะเลิศ ได้แก่ "
                "กรมการแพทย์ รองชนะเลิศอันดับ 1 กลุ่มผู้สูงวัยบ้านนา\n")
    assert [(r[0], r[4], r[5]) for r in rows(e)] == [("กรมการแพทย์", "หน่วยงานขนาดใหญ่", "ชนะเลิศ")]


def test_two_programmes_joined_by_and_are_two_and_a_numbered_list_goes_on_past_a_trailing_plant_name():
    text = ("รมว.แรงงาน มอบประกาศเกียรติคุณ\n\nวันจันทร์ที่ 20 มิถุนายน 2565\n"
            "ในปี 2565 มีสถานประกอบกิจการที่ได้รับการพิจารณาเป็นสถานประกอบกิจการต้นแบบด้านแรงงานสัมพันธ์ ตามวิถีพอเพียง "
            "จำนวน 3 แห่ง ได้แก่ 1) บริษัท ไทยสแตนเลย์การไฟฟ้า จำกัด 2) บริษัท เจริญโภคภัณฑ์อาหาร จำกัด (มหาชน) "
            "โรงเพาะฟักลูกกุ้ง 2 - 3 3) บริษัท ไทยโคโคนัท จำกัด (มหาชน)\n"
            "“สถานประกอบกิจการที่ได้รับรางวัลสถานประกอบกิจการต้นแบบด้านแรงงานสัมพันธ์ ตามวิถีพอเพียง "
            "และคณะกรรมการสวัสดิการดีเด่นในวันนี้ จะเป็นต้นแบบที่ดี”\n")
    e = extract(text)
    assert {r[0] for r in rows(e)} == {"บริษัท ไทยสแตนเลย์การไฟฟ้า จำกัด", "บริษัท เจริญโภคภัณฑ์อาหาร จำกัด (มหาชน)",
                                       "บริษัท ไทยโคโคนัท จำกัด (มหาชน)"}
    assert not any("คณะกรรมการ" in p.name for p in e.programmes.values() if p.key in {a.programme for a in e.awards})


def test_an_honour_word_between_the_verb_and_the_programme_still_confers_it():
    e = extract("ธอส. รับรางวัลเกียรติคุณ Sustainability Disclosure Award ประจำปี 2567\n\n"
                "ธนาคารอาคารสงเคราะห์ รับรางวัลเกียรติคุณ Sustainability Disclosure Award ประจำปี 2567 จากสถาบันไทยพัฒน์\n")
    assert [(r[0], r[1]) for r in rows(e)] == [("ธนาคารอาคารสงเคราะห์", "Sustainability Disclosure Award")]


def test_a_term_read_by_its_words_ends_before_a_clause_but_not_inside_a_word():
    e = extract("กระทรวงมหาดไทย คว้ารางวัลชนะเลิศการประกวดร้านค้ากาชาดประจำปี 2565 ประเภทหน่วยงานภาครัฐ ด้วยการรังสรรค์พื้นที่\n")
    assert {r[4] for r in rows(e)} == {"หน่วยงานภาครัฐ"}
    e = extract("องค์การขนส่งมวลชนกรุงเทพ ได้รับรางวัลการออกแบบเพื่อทุกคน ประจำปี 2565 ประเภทยานพาหนะเพื่อคนทั้งมวล\n")
    assert {r[4] for r in rows(e)} == {"ยานพาหนะเพื่อคนทั้งมวล"}


@pytest.mark.parametrize("text, awards", [
    ("สถาบันบัณฑิตพัฒนบริหารศาสตร์ ได้รับการคัดเลือกให้ผ่านเข้ารอบสุดท้าย (Shortlist) ของรางวัล Asia Education Awards 2023\n", 0),
    ("สถาบันบัณฑิตพัฒนบริหารศาสตร์ ได้รับคัดเลือกเข้าชิงรางวัล Asia Education Awards 2023 ประเภท Best Innovation\n", 0),
    ("สถาบันบัณฑิตพัฒนบริหารศาสตร์ ได้รับรางวัล Asia Education Awards 2023 หลังจากผ่านเข้ารอบสุดท้าย 5 สถาบัน\n", 1),
])
def test_a_finalist_has_won_nothing_unless_it_then_won(text, awards):
    assert len(extract(text).awards) == awards


def test_winners_listed_after_a_giving_verb_with_thai_numerals_each_win():
    text = ("รมว.ยุติธรรม มอบรางวัล\n\nวันศุกร์ที่ 17 ธันวาคม 2564\n"
            "จากนั้น รมว.ยุติธรรม ได้มอบรางวัลสำนักงานยุติธรรมจังหวัดดีเด่น จำนวน ๓ รางวัล ได้แก่\n"
            "๑. สำนักงานยุติธรรมจังหวัดชลบุรี\n๒. สำนักงานยุติธรรมจังหวัดขอนแก่น\nและ ๓. สำนักงานยุติธรรมจังหวัดพิจิตร\n")
    assert [r[0] for r in rows(extract(text))] == ["สำนักงานยุติธรรมจังหวัดขอนแก่น", "สำนักงานยุติธรรมจังหวัดชลบุรี",
                                                   "สำนักงานยุติธรรมจังหวัดพิจิตร"]


def test_a_giving_verb_before_a_list_of_people_gives_no_organisation_an_award():
    text = ("รมว.ยุติธรรม มอบรางวัล\n\nวันศุกร์ที่ 17 ธันวาคม 2564\n"
            "จากนั้น ได้มอบรางวัลเจ้าหน้าที่ดีเด่น ประจำปี 2564 ได้แก่ นายสมชาย ใจดี และนางสมศรี ใจงาม\n")
    assert not extract(text).awards


@pytest.mark.parametrize("text", [
    "เรือนจำกลางนครปฐม ได้รับรางวัลพิเศษเป็นเหรียญรางวัลจากกรมราชทัณฑ์ ประจำปี 2566\n",
    "ผู้ชนะได้รับรางวัลล้วนเป็นเงินสด ประจำปี 2566\n",
    "กรมอนามัย ได้รับรางวัล Popular Vote ประจำปี 2566\n",
])
def test_prose_and_a_kind_of_prize_after_an_award_word_are_no_programme(text):
    assert not extract(text).programmes


def test_a_programme_for_leaders_honours_the_head_named_before_the_organisation():
    e = extract("ผยง ศรีวณิช คว้ารางวัล\n\nวันพฤหัสบดีที่ 12 ธันวาคม 2567\n"
                "นายผยง ศรีวณิช กรรมการผู้จัดการใหญ่ ธนาคารกรุงไทย รับรางวัลสุดยอดนักบริหารแห่งปี CEO of the Year 2024 "
                "จากเวที Dokbia Awards 2024\n")
    assert [(a.person, name(a.recipient, e)) for a in e.awards] == [("ผยง ศรีวณิช", "ธนาคารกรุงไทย จำกัด (มหาชน)")]


def test_a_programme_for_organisations_honours_no_person():
    e = extract("ธนาคารกรุงไทย คว้ารางวัล\n\nวันพฤหัสบดีที่ 12 ธันวาคม 2567\n"
                "นายผยง ศรีวณิช กรรมการผู้จัดการใหญ่ ธนาคารกรุงไทย รับรางวัลองค์กรโปร่งใสยอดเยี่ยม ประจำปี 2567\n")
    assert [a.person for a in e.awards] == [None]


def test_one_award_reported_by_two_articles_through_two_passes_is_one_node_that_conforms(tmp_path):
    """An award node is shared by every article that reports it: read once from a list after a giving verb and
    once from a unit that receives, it still holds one confidence (the shapes allow one)."""
    from thaigovkg.pipeline import build

    listed = ("นายกฯ มอบรางวัล\n\nวันศุกร์ที่ 17 ธันวาคม 2564\n"
              "โอกาสนี้ นายกรัฐมนตรีได้มอบรางวัลบริการดิจิทัลดีเด่น ประจำปี 2564 ให้แก่หน่วยงาน ประกอบด้วย "
              "กองทุนบำเหน็จบำนาญข้าราชการ การไฟฟ้านครหลวง และกรมการขนส่งทางบก\n")
    received = ("กบข. คว้ารางวัล\n\nวันศุกร์ที่ 17 ธันวาคม 2564\n"
                "กองทุนบำเหน็จบำนาญข้าราชการ ได้รับรางวัลบริการดิจิทัลดีเด่น ประจำปี 2564\n")
    for name, text in (("listed.txt", listed), ("received.txt", received)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = build([tmp_path / "listed.txt", tmp_path / "received.txt"], tmp_path / "graph.ttl", jobs=1)
    assert report.conforms is True
    from rdflib import Graph, Namespace
    tgk = Namespace("https://w3id.org/thaigovkg/ontology#")
    graph = Graph().parse(tmp_path / "graph.ttl")
    awards = set(graph.subjects(tgk.confidence, None))
    assert awards and all(len(list(graph.objects(a, tgk.confidence))) == 1 for a in awards)


# --- ordinal groups and "of the year" -------------------------------------------------------------------

def test_a_numbered_group_of_entrants_keeps_its_number():
    text = ("กรมราชทัณฑ์มอบรางวัลเรือนจำสีขาวดีเด่น\n\n"
            "เรือนจำกลางระยอง ได้รับรางวัลเรือนจำสีขาวดีเด่น กลุ่มที่ 2 ระดับดีมาก "
            "และเรือนจำอำเภอนางรอง ได้รับรางวัลเรือนจำสีขาวดีเด่น กลุ่มที่ ๑ ระดับดีเด่น\n")
    categories = {(r[0], r[4], r[5]) for r in rows(extract(text))}
    assert categories == {("เรือนจำกลางระยอง", "กลุ่มที่ 2", "ดีมาก"), ("เรือนจำอำเภอนางรอง", "กลุ่มที่ 1", "ดีเด่น")}   # Thai digits read as Arabic


def test_a_term_ends_before_a_clause_that_counts_the_years():
    text = ("ธนาคารออมสิน คว้ารางวัลองค์กรการเงินยั่งยืน สาขาธนาคารเพื่อสังคม ต่อเนื่องเป็นปีที่ 3\n\n"
            "ธนาคารออมสิน ได้รับรางวัลองค์กรการเงินยั่งยืน ประจำปี 2567 สาขาธนาคารเพื่อสังคม ต่อเนื่องเป็นปีที่ 3\n")
    assert {r[3] for r in rows(extract(text))} == {"ธนาคารเพื่อสังคม"}


@pytest.mark.parametrize("text, programme", [
    ("ธนาคารกรุงไทย ได้รับรางวัลแบรนด์องค์กรยั่งยืนแห่งปี 2567\n", "รางวัลแบรนด์องค์กรยั่งยืนแห่งปี"),
    # the year alone still ends the name
    ("ธนาคารกรุงไทย ได้รับรางวัลแบรนด์องค์กรยั่งยืน ปี 2567\n", "รางวัลแบรนด์องค์กรยั่งยืน"),
])
def test_of_the_year_belongs_to_the_programme_name(text, programme):
    assert {r[1] for r in rows(extract(text.strip() + "\n\n" + text))} == {programme}


def test_a_clause_that_names_its_own_programme_receives_that_programme():
    text = ("ธนาคารออมสิน คว้ารางวัลองค์กรการเงินยั่งยืน ประจำปี 2567\n\n"
            "ธนาคารออมสิน ได้รับรางวัลองค์กรการเงินยั่งยืน ประจำปี 2567 จากงาน FINANCE STAR AWARDS 2024\n"
            "นอกจากนี้ การเคหะแห่งชาติ ได้รับรางวัลบ้านเพื่อสังคมดีเด่น กลุ่มที่ 2 ระดับดีมาก\n")
    got = {(r[0], r[1], r[4], r[5]) for r in rows(extract(text))}
    assert ("การเคหะแห่งชาติ", "รางวัลบ้านเพื่อสังคมดีเด่น", "กลุ่มที่ 2", "ดีมาก") in got
    assert not any(r[0] == "การเคหะแห่งชาติ" and r[1] != "รางวัลบ้านเพื่อสังคมดีเด่น" for r in got)


def test_a_placing_and_a_branch_of_one_work_are_one_award_and_a_quoted_minister_no_work():
    text = ("มหาวิทยาลัยมหิดล คว้ารางวัลชนะเลิศ Global Campus Awards 2024 “สุชาติ” ชี้ เป็นการประกาศศักยภาพ\n\n"
            "มหาวิทยาลัยมหิดล สามารถคว้ารางวัลชนะเลิศ ในสาขาโครงการวิจัยแห่งปี จากผลงาน “Ageing Platform”\n")
    got = [(r[0], r[3], r[5], r[6]) for r in rows(extract(text))]
    assert got == [("มหาวิทยาลัยมหิดล", "โครงการวิจัยแห่งปี", "ชนะเลิศ", "Ageing Platform")]


def test_a_quoted_award_of_the_year_keeps_of_the_year():
    text = ("ธอส. คว้ารางวัล “ธนาคารยอดเยี่ยมด้านสินเชื่อบ้านแห่งปี 2567” 7 ปีซ้อน\n\n"
            "ธนาคารอาคารสงเคราะห์ ได้รับรางวัล “ธนาคารยอดเยี่ยมด้านสินเชื่อบ้านแห่งปี 2567”\n")
    assert {p.name for p in extract(text).programmes.values()} == {"รางวัลธนาคารยอดเยี่ยมด้านสินเชื่อบ้านแห่งปี"}


def test_a_programme_given_under_a_project_ends_before_it_and_a_group_keeps_what_it_is():
    text = ("กรมราชทัณฑ์มอบรางวัลเรือนจำสีขาวดีเด่นตามโครงการราชทัณฑ์สุขใจ\n\n"
            "กลุ่มที่ ๑ เรือนจำขนาดใหญ่ รางวัลระดับดีเด่น ได้แก่ เรือนจำกลางระยอง\n"
            "กลุ่มที่ ๒ เรือนจำขนาดกลาง รางวัลระดับดีมาก ได้แก่ เรือนจำจังหวัดยโสธร\n")
    got = {(r[0], r[1], r[4], r[5]) for r in rows(extract(text))}
    assert got == {("เรือนจำกลางระยอง", "รางวัลเรือนจำสีขาวดีเด่น", "กลุ่มที่ 1 เรือนจำขนาดใหญ่", "ดีเด่น"),
                   ("เรือนจำจังหวัดยโสธร", "รางวัลเรือนจำสีขาวดีเด่น", "กลุ่มที่ 2 เรือนจำขนาดกลาง", "ดีมาก")}, got


@pytest.mark.parametrize("text, name", [
    ("ได้รับรางวัลเรือนจำดีเด่นตามโครงการราชทัณฑ์ปันสุข ประจำปี 2567", "รางวัลเรือนจำดีเด่น"),
    # a tier alone before the project: the project names the award
    ("ได้รับรางวัลดีเด่นตามโครงการศาลต้นแบบ ประจำปี 2567", "รางวัลดีเด่นตามโครงการศาลต้นแบบ"),
])
def test_a_project_after_a_name_is_not_the_name(text, name):
    from thaigovkg.extract.programmes import _learned_names
    assert [n for _, _, n, _ in _learned_names(text)] == [name]


@pytest.mark.parametrize("text, term", [
    # the words after the space open a clause: an organiser, a headline's verb
    ("กรมบัญชีกลาง ได้รับรางวัลหน่วยงานส่งเสริมสิทธิแรงงานดีเด่น ประจำปี 2566 ประเภทหน่วยงานภาครัฐ จัดโดยสำนักงาน ป.ป.ช.\n", "หน่วยงานภาครัฐ"),
    ("กรมบัญชีกลาง คว้ารางวัลหน่วยงานส่งเสริมสิทธิแรงงานดีเด่น ประจำปี 2566 ประเภทหน่วยงานภาครัฐ เผยความสำเร็จของทีมงาน\n", "หน่วยงานภาครัฐ"),
    ("กรมบัญชีกลาง คว้ารางวัลหน่วยงานส่งเสริมสิทธิแรงงานดีเด่น ประจำปี 2566 ประเภทหน่วยงานภาครัฐ ตอกย้ำความโปร่งใส\n", "หน่วยงานภาครัฐ"),
    # negatives: words of the term's name after a space stay; an English name's Thai gloss stays
    ("กรมบัญชีกลาง ได้รับรางวัลหน่วยงานส่งเสริมสิทธิแรงงานดีเด่น ประจำปี 2566 ประเภทหน่วยงานภาครัฐ ขนาดใหญ่\n", "หน่วยงานภาครัฐ ขนาดใหญ่"),
    ("ธนาคารออมสิน ได้รับรางวัล Asia Pacific Enterprise Awards 2021 สาขา Corporate Excellence องค์กรที่เป็นเลิศประเภทธุรกิจการเงิน\n",
     "Corporate Excellence องค์กรที่เป็นเลิศ"),
])
def test_a_term_read_by_its_words_ends_where_the_next_clause_opens_after_a_space(text, term):
    assert {r[3] or r[4] for r in rows(extract(text))} == {term}


@pytest.mark.parametrize("text, award", [
    # a tier bare after รางวัล, then a facet and a kind: the level, the facet the branch, the kind the category
    ("บริษัท ไทยออยล์ จำกัด (มหาชน) ได้รับรางวัล Green Power Awards 2023 รางวัลดีเด่น ด้านพลังงานทดแทน ประเภทโรงไฟฟ้าชุมชน\n",
     ("ด้านพลังงานทดแทน", "โรงไฟฟ้าชุมชน", "ดีเด่น")),
    ("บริษัท ไทยออยล์ จำกัด (มหาชน) ได้รับรางวัล Green Power Awards 2023 รางวัลดีเยี่ยม ประเภทโรงไฟฟ้าชุมชน\n",
     (None, "โรงไฟฟ้าชุมชน", "ดีเยี่ยม")),
    # a facet alone stays the category
    ("บริษัท ไทยออยล์ จำกัด (มหาชน) ได้รับรางวัล Green Power Awards 2023 รางวัลด้านพลังงานทดแทน\n",
     (None, "ด้านพลังงานทดแทน", None)),
])
def test_a_tier_named_bare_after_the_award_word_is_the_level_and_a_facet_above_a_kind_the_branch(text, award):
    assert [r[3:6] for r in rows(extract(text))] == [award]


def test_a_tier_glued_to_more_words_opens_a_programme_name_and_is_no_level():
    e = extract("บริษัท ไทยออยล์ จำกัด (มหาชน) ได้รับรางวัลดีเด่นด้านความปลอดภัยในการทำงาน ประจำปี 2566\n")
    assert [r[5] for r in rows(e)] == [None]
