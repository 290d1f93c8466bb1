"""What is no award, and what is no programme of its own (issue 14, awards precision).

* money is no award: ``เงินรางวัล`` (a bounty per drug case, a savings lottery's prize) names no programme;
* a title needs a selection: ``ได้รับการคัดเลือกให้เป็น…`` names one, ``ได้รับเป็นค่าตอบแทน…`` (received as pay)
  and ``ผู้ได้รับคัดเลือก`` (the one selected) do not;
* a facet (``รางวัลด้านอากาศ``) is a category of the programme the article names, not a programme;
* an English name in brackets after a branch glosses the branch (``สาขา… (Self Initiative Award)``);
* a title won at an English programme keeps that programme when its kind stands between them;
* a known programme's name glued to a facet none of its terms (or to แห่งปี, นานาชาติ) heads another, longer name;
* a plaque of honour is the form of an award, its programme is the one named with it;
* an awarding listed as an event's activity confers nothing; royal grace received is no award; a prize table's rows
  are no placings; the awards a count received heads, each quoted, are programmes of their own.

Texts composed for the tests, with negatives (what must still be read).
"""
from __future__ import annotations

import pytest

from thaigovkg.extract.programmes import _CARRIER, _learned_names
from test_extract import extract


def learned(text: str) -> list[str]:
    return [name for _, _, name, _ in _learned_names(text)]


def programmes(extraction) -> set[str]:
    return {extraction.programmes[a.programme].name if a.programme in extraction.programmes else a.programme
            for a in extraction.awards}


def categories(extraction) -> set[str | None]:
    return {a.category.label if a.category else None for a in extraction.awards}


_DATED = "ข่าวทำเนียบรัฐบาล\n\nวันอังคารที่ 8 พฤศจิกายน 2565\n"


# --- money is no award ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "รัฐมนตรีว่าการกระทรวงยุติธรรม มอบเงินรางวัลการดำเนินการขยายผล ตามประมวลกฎหมายยาเสพติด จำนวน 2 หน่วยงาน "
    "คือ ตำรวจภูธรภาค 1 และ สำนักงาน ป.ป.ส. รวมมูลค่า 3.2 ล้านบาท\n",
    "ผู้ฝากไม่ต้องเสียภาษีดอกเบี้ยและเงินรางวัล ผู้ที่สนใจสามารถฝากได้ที่ธนาคารออมสินทุกสาขา\n",
    "กรมสรรพสามิต มอบเงินรางวัลนำจับผู้กระทำผิดให้แก่ กรมศุลกากร จำนวน 1.5 ล้านบาท\n",
])
def test_reward_money_is_no_award(text):
    assert extract(_DATED + text).awards == []


@pytest.mark.parametrize("text", [
    "มอบเงินรางวัลการดำเนินการขยายผล ตามประมวลกฎหมายยาเสพติด จำนวน 4 หน่วยงาน",
    "ไม่ต้องเสียภาษีดอกเบี้ยและเงินรางวัล ผู้ที่สนใจสามารถฝากได้ 2 ช่องทาง",
    "ได้รับเงิน รางวัลนำส่งผู้กระทำผิด จำนวน 2 ราย",
])
def test_reward_money_names_no_programme(text):
    assert learned(text) == []


def test_an_award_beside_reward_money_is_still_read():
    text = ("กรมสรรพสามิต ได้รับรางวัลองค์กรโปร่งใสดีเด่น ประจำปี 2566 และมอบเงินรางวัลนำจับให้แก่เจ้าหน้าที่\n")
    assert [a.recipient for a in extract(text).awards] == ["excise"]


# --- a title needs a selection ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "อัตราเงินเดือนของการทางพิเศษแห่งประเทศไทย ต่ำกว่าอัตราที่ได้รับเป็นค่าตอบแทนในการทำงานของรัฐวิสาหกิจอื่น "
    "ทั้งนี้ ได้มีการประกาศรางวัลพลังงานอาเซียนในที่ประชุม\n",
    "สำนักงาน ก.พ. เสนอวิธีการบรรจุ อันได้แก่ การบรรจุผู้ได้รับคัดเลือก การบรรจุผู้มีความรู้ความชำนาญงานสูง "
    "และการรับโอนข้าราชการ โดยรางวัลของผู้ชนะจะประกาศภายหลัง\n",
])
def test_received_as_pay_or_the_one_selected_names_no_title(text):
    assert extract(_DATED + text).awards == []


@pytest.mark.parametrize("text, names", [
    ("ไม่สอดคล้องกับอัตราเงินเดือนที่ได้รับเป็นค่าตอบแทนในการทำงาน", []),
    ("อันได้แก่ การบรรจุผู้ได้รับคัดเลือก การบรรจุผู้มีความรู้ความชำนาญงานสูง (Lateral Entry)", []),
    ("บริษัท ก ได้รับการคัดเลือกให้เป็นสถานประกอบกิจการต้นแบบดีเด่น ประจำปี 2566", ["สถานประกอบกิจการต้นแบบดีเด่น"]),
    ("บริษัท ก ได้รับการพิจารณาเป็นองค์กรคุณธรรมต้นแบบ ประจำปี 2566", ["องค์กรคุณธรรมต้นแบบ"]),
])
def test_a_title_is_learned_only_after_a_selection(text, names):
    assert learned(text) == names


@pytest.mark.parametrize("verb", ["ได้รับการคัดเลือกให้เป็น", "ได้รับการพิจารณาเป็น", "ได้รับการพิจารณาคัดเลือกเป็น", "ได้รับคัดเลือกเป็น"])
def test_a_unit_selected_as_a_title_still_receives_it(verb):
    text = (f"รมว.แรงงาน มอบประกาศเกียรติคุณ\n\nวันพุธที่ 14 มิถุนายน 2566\n"
            f"ในปี 2566 มีสถานประกอบกิจการที่{verb}สถานประกอบกิจการต้นแบบด้านแรงงานสัมพันธ์ จำนวน 2 แห่ง ได้แก่ "
            "1) บริษัท ไทยสแตนเลย์การไฟฟ้า จำกัด 2) บริษัท ไทยโคโคนัท จำกัด (มหาชน)\n")
    found = extract(text)
    assert programmes(found) == {"รางวัลสถานประกอบกิจการต้นแบบด้านแรงงานสัมพันธ์"} and len(found.awards) == 2


# --- a facet is a category of the programme the article names -----------------------------------------

def test_facets_are_categories_of_the_programme_named_before_them():
    text = ("คณะรัฐมนตรีเห็นชอบเมืองที่จะรับรางวัลอาเซียนด้านสิ่งแวดล้อมเมืองที่ยั่งยืน ครั้งที่ 5 สำหรับประเทศไทย "
            "เทศบาลนครยะลา จังหวัดยะลา ได้รับรางวัลด้านเมืองสิ่งแวดล้อมยั่งยืน เทศบาลนครหาดใหญ่ จังหวัดสงขลา ได้รับรางวัลด้านอากาศ "
            "เทศบาลเมืองทุ่งสง จังหวัดนครศรีธรรมราช ได้รับรางวัลด้านน้ำ\n")
    found = extract(text)
    assert programmes(found) == {"รางวัลอาเซียนด้านสิ่งแวดล้อมเมืองที่ยั่งยืน"}
    assert categories(found) == {"ด้านเมืองสิ่งแวดล้อมยั่งยืน", "ด้านอากาศ", "ด้านน้ำ"}


@pytest.mark.parametrize("programme", ["รางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการด้านการเงินการคลัง ประจำปี 2564",
                                       "รางวัลเลิศรัฐ ประจำปี 2566"])
def test_a_facet_after_a_programme_is_no_programme(programme):
    text = f"กรมการจัดหางาน ได้รับ{programme} โดยได้รับรางวัลด้านการจัดซื้อจัดจ้างอีกด้วย\n"
    names = programmes(extract(text))
    assert names and not any(n.startswith("รางวัลด้าน") for n in names)


def test_a_facet_alone_in_the_article_is_its_programme():
    text = "เทศบาลเมืองทุ่งสง จังหวัดนครศรีธรรมราช ได้รับรางวัลด้านการจัดการน้ำเสียชุมชน ประจำปี 2566\n"
    assert programmes(extract(text)) == {"รางวัลด้านการจัดการน้ำเสียชุมชน"}


# --- an English name after a branch glosses it -------------------------------------------------------

def test_an_english_name_in_brackets_after_a_branch_is_no_programme():
    text = ("ผู้ตรวจการแผ่นดินจัดพิธีมอบรางวัล Ombudsman Awards 2022 ดังนี้\n"
            "1.1 สาขาองค์กรดีเด่นด้านนวัตกรรมการให้บริการประชาชน (Self Initiative Award) รางวัลชนะเลิศ ได้แก่ "
            "ระบบนัดหมายออนไลน์ ของกรมสุขภาพจิต\n"
            "1.2 สาขาองค์กรดีเด่นด้านนวัตกรรมการอำนวยความเป็นธรรม (Fairness Innovation Award) รางวัลชนะเลิศ ได้แก่ "
            "ระบบติดตามคดี ของการประปานครหลวง\n")
    assert programmes(extract(text)) == {"Ombudsman Awards"}


def test_an_english_name_in_brackets_after_a_thai_programme_is_still_its_name():
    text = "กรมสรรพากร ได้รับรางวัลองค์กรโปร่งใส (NACC Integrity Awards) ครั้งที่ 12 ประจำปี 2566\n"
    names = programmes(extract(text))
    assert names and all("Self" not in n for n in names) and len(names) == 1


# --- a title won at an English programme, its kind between them -------------------------------------------

@pytest.mark.parametrize("kind", ["ประเภทพาหนะพลังงานไฟฟ้า ", "สาขาพลังงานหมุนเวียน ", ""])
def test_a_title_won_at_an_english_programme_is_no_programme(kind):
    text = (f"ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย รับรางวัล “Transport Deal of the Year” {kind}ในพิธีมอบรางวัล "
            "The Asset Triple A Sustainable Infrastructure Awards 2023 ที่ฮ่องกง\n")
    assert programmes(extract(text)) == {"The Asset Triple A Sustainable Infrastructure Awards"}


# --- a known programme's name at the head of a longer one --------------------------------------------------

def test_a_known_name_glued_to_another_facet_heads_a_longer_name():
    text = ("กรมสวัสดิการและคุ้มครองแรงงาน มอบรางวัลรัฐวิสาหกิจดีเด่นด้านแรงงานสัมพันธ์ ประจำปี 2566 "
            "ให้แก่ การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย\n")
    found = extract(text)
    assert programmes(found) == {"รางวัลรัฐวิสาหกิจดีเด่นด้านแรงงานสัมพันธ์"}
    assert "soe-award" not in {a.programme for a in found.awards}


def test_a_known_name_with_its_own_facet_or_a_space_is_still_known():
    found = extract("การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย ได้รับรางวัลรัฐวิสาหกิจดีเด่น ประจำปี 2566 ประเภทรางวัลการบริหารจัดการองค์กรดีเด่น\n")
    assert {a.programme for a in found.awards} == {"soe-award"}
    found = extract("กรมการปกครอง ได้รับรางวัลเลิศรัฐด้านการบริการภาครัฐ ประจำปี 2566\n")
    assert {a.programme for a in found.awards} == {"psea"}


def test_a_facet_named_with_another_name_of_it_is_a_programme():
    text = ("กรมศุลกากรคว้ารางวัลองค์กรดิจิทัลในระดับนานาชาติ\n"
            "กรมศุลกากร ได้รับรางวัลด้านนวัตกรรมดิจิทัลระดับภูมิภาค หรือ Asia Digital Awards ประจำปี 2566\n")
    found = extract(text)
    assert "รางวัลด้านนวัตกรรมดิจิทัลระดับภูมิภาค" in programmes(found) and categories(found) == {None}


# --- a plaque is the form of an award, not its programme ------------------------------------------------

@pytest.mark.parametrize("plaque", ["โล่เกียรติยศ", "โล่เชิดชูเกียรติ", "โล่ประกาศเกียรติคุณ", "เกียรติบัตรเกียรติคุณ"])
def test_a_plaque_before_an_english_programme_is_its_form(plaque):
    text = (f"ธนาคารออมสินรับรางวัล{plaque} ITA Awards 2024 สำหรับหน่วยงานที่มีคะแนนสูงสุดของกลุ่มรัฐวิสาหกิจ\n")
    found = extract(_DATED + text)
    assert programmes(found) == {"ITA Awards"} and [a.recipient for a in found.awards] == ["gsb"]


@pytest.mark.parametrize("plaque", ["โล่เกียรติยศ", "โล่เกียรติยศฯ", "โล่ประกาศเกียรติคุณ", "ถ้วยพระราชทาน"])
def test_a_plaque_heading_a_list_is_the_programme_the_article_names(plaque):
    text = (_DATED + "นายกรัฐมนตรีมอบโล่แก่หน่วยงานที่ได้รับรางวัลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
            f"ประจำปี 2565\nสำหรับหน่วยงานที่ได้รับรางวัล{plaque} ประกอบด้วย\n"
            "1) หน่วยงานที่มีผลการประเมินสูงที่สุด จำนวน 2 รางวัล ได้แก่ กรมการปกครอง และกรมที่ดิน\n")
    names = programmes(extract(text))
    assert names and not any(_CARRIER.match(n.removeprefix("รางวัล")) for n in names)


def test_a_programme_named_after_the_plaque_word_is_still_learned():
    assert learned("กรมการปกครอง ได้รับรางวัลโล่เกียรติยศองค์กรคุณธรรมต้นแบบ ประจำปี 2566") == ["รางวัลโล่เกียรติยศองค์กรคุณธรรมต้นแบบ"]


# --- an awarding that is an item of an event's programme confers nothing yet ---------------

@pytest.mark.parametrize("giving", ["กิจกรรมการมอบ", "กิจกรรมมอบ", "กิจกรรมการประกาศผล"])
def test_a_planned_awarding_confers_nothing(giving):
    text = ("สำนักงานกิจการยุติธรรม เตรียมร่วมงานมหกรรมงานวิจัยแห่งชาติ 2565\n"
            f"ภายในงานมีการจัดแสดงผลงานวิจัยกว่า 500 ผลงาน และ{giving}รางวัลมหกรรมงานวิจัยแห่งชาติ 2565 "
            "ในส่วนของกระทรวงยุติธรรมจะนำเสนอผลงานวิจัย 7 เรื่อง อาทิ “โครงการนำร่องเพื่อพัฒนามาตรฐานเรือนจำ” โดยสำนักงานกิจการยุติธรรม "
            "“การเพิ่มการใช้มาตรการพิเศษแทนการดำเนินคดีอาญาในเด็กและเยาวชน” โดยกรมพินิจและคุ้มครองเด็กและเยาวชน\n")
    assert extract(_DATED + text).awards == []


def test_an_awarding_that_took_place_confers():
    text = ("สำนักงานกิจการยุติธรรม ได้รับรางวัลมหกรรมงานวิจัยแห่งชาติ 2565 จากผลงาน “โครงการนำร่องเพื่อพัฒนามาตรฐานเรือนจำ”\n")
    assert [a.recipient for a in extract(_DATED + text).awards] == ["oja"]


# --- the awards a count received heads, each named in quotes -------------------------------------------

def test_an_organisation_award_counted_and_quoted_keeps_its_branch_apart_from_the_executive_award():
    text = ("ธพว. รับ 2 รางวัลเชิดชูเกียรติแห่งปี\n\nวันอังคารที่ 8 พฤศจิกายน 2565\n"
            "ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย ได้รับเลือก 2 รางวัล ได้แก่ “สุดยอดองค์กรแห่งปี” "
            "สาขาองค์กรผู้ส่งเสริมภาคธุรกิจ SME และกรรมการผู้จัดการ รับรางวัล “สุดยอดผู้บริหารแห่งปี” จากนิตยสาร CEO THAILAND\n")
    found = extract(text)
    org_awards = [a for a in found.awards if a.branch is not None]
    assert {found.programmes[a.programme].name for a in org_awards} == {"รางวัลสุดยอดองค์กรแห่งปี"}


@pytest.mark.parametrize("text, names", [
    ("ธนาคารออมสิน ได้รับ 2 รางวัล ได้แก่ “ธนาคารเพื่อสังคมแห่งปี” และ “องค์กรนวัตกรรมแห่งปี”", ["ธนาคารเพื่อสังคมแห่งปี", "องค์กรนวัตกรรมแห่งปี"]),
    ("ธนาคารออมสิน คว้า 3 รางวัล คือ “ธนาคารเพื่อสังคมแห่งปี”", ["ธนาคารเพื่อสังคมแห่งปี"]),
    ("ธนาคารออมสิน มีผลงานวิจัย 2 เรื่อง ได้แก่ “การออมของครัวเรือน” และ “หนี้ครัวเรือน”", []),   # no award counted
    ("ธนาคารออมสิน ได้รับ 2 รางวัล ได้แก่ “ดีเด่น” และ “ชนะเลิศ”", []),                               # placings, no names
])
def test_quoted_names_after_a_count_of_awards_received_are_learned(text, names):
    assert learned(text) == names


def test_a_known_name_glued_to_of_the_year_heads_a_longer_name():
    text = _DATED + "ธนาคารออมสิน ได้รับรางวัลองค์กรโปร่งใสแห่งปี จากนิตยสารการเงินธนาคาร ประจำปี 2565\n"
    assert "nacc-integrity" not in {a.programme for a in extract(text).awards}
    text = _DATED + "ธนาคารออมสิน ได้รับรางวัลองค์กรโปร่งใส ประจำปี 2565 จากสำนักงาน ป.ป.ช.\n"
    assert {a.programme for a in extract(text).awards} == {"nacc-integrity"}


# --- prose and tables that only look like conferrals ----------------------------------------------------

def test_transparency_international_is_no_transparent_organisation_award():
    text = (_DATED + "สำนักงาน ป.ป.ช. ปรับปรุงข้อมูลค่าคะแนน CPI ตามที่องค์กรโปร่งใสนานาชาติได้ประกาศไว้ "
            "ทั้งนี้ กองทุนการออมแห่งชาติ ได้รับรางวัลที่ 1 จากการจับสลาก\n")
    assert "nacc-integrity" not in {a.programme for a in extract(text).awards}


@pytest.mark.parametrize("verb", ["ได้รับพระมหากรุณาธิคุณ", "ได้รับพระกรุณาธิคุณ"])
def test_royal_grace_received_is_no_award(verb):
    text = (_DATED + f"สมาคมแม่บ้านมหาดไทย{verb}ที่สมเด็จพระกนิษฐาธิราชเจ้า พระราชทานรางวัล “เพชรดอกแก้ว” "
            "แก่ประธานแม่บ้านมหาดไทยจังหวัดที่มีผลการปฏิบัติงานดีเด่น ซึ่งปีนี้ได้กำหนดหลักเกณฑ์การประกวด ได้แก่ "
            "การขับเคลื่อนโครงการ “บ้านนี้มีรัก ปลูกผักกินเอง” และโครงการ “ผ้าไทยใส่ให้สนุก”\n")
    assert extract(text).awards == []


def test_a_unit_that_received_the_award_itself_still_receives():
    text = _DATED + "กรมการปกครอง ได้รับรางวัลเพชรดอกแก้ว ประจำปี 2565 จากสมาคมแม่บ้านมหาดไทย\n"
    assert len(extract(text).awards) == 1


_PRIZE_TABLE = ("กองทุนการออมแห่งชาติ ได้รับรางวัลองค์กรโปร่งใส ประจำปี 2566\n"
                "ต่อมาคณะรัฐมนตรีเห็นชอบการออกรางวัลของกองทุน รวมเงินรางวัล 780 ล้านบาทต่อปี ดังนี้\n"
                "ประเภทรางวัล\nจำนวน (รางวัล)\nจำนวนเงินรางวัล\n"
                "รางวัลที่ 1\n5\n1 ล้านบาท\n5 ล้านบาท\nรางวัลที่ 2\n10,000\n1,000 บาท\n10 ล้านบาท\n")


def test_the_rows_of_a_prize_table_are_no_placings():
    found = extract(_DATED + _PRIZE_TABLE)
    assert {a.level.label if a.level else None for a in found.awards} == {None}


def test_a_placing_with_its_prize_money_on_its_line_is_still_a_placing():
    text = _DATED + "กรมส่งเสริมการเกษตร คว้ารางวัลชนะเลิศ การประกวดเกษตรกรรุ่นใหม่ต้นแบบ ประจำปี 2565 พร้อมเงินรางวัล 50,000 บาท\n"
    assert {a.level.label if a.level else None for a in extract(text).awards} == {"ชนะเลิศ"}


def test_a_facet_that_ends_a_programme_s_name_is_that_programme_named_short():
    text = ("ปลัด มท. มอบโล่เกียรติคุณรางวัลผู้นำระดับประเทศด้านการพัฒนาชนบทและขจัดความยากจน ประจำปี 2566\n\n"
            "วันพุธที่ 28 กุมภาพันธ์ 2567\n"
            "คณะกรรมการคัดเลือกผู้แทนประเทศไทยเพื่อรับรางวัลผู้นำอาเซียนด้านการพัฒนาชนบทและขจัดความยากจน ได้ประกาศองค์กรที่ได้รับ"
            "รางวัลด้านการพัฒนาชนบทและขจัดความยากจน ครั้งที่ 6 จำนวน 2 รางวัล ดังนี้ 1) ประเภทองค์กรธุรกิจเอกชน (Private Sector) "
            "รางวัลชนะเลิศ ได้แก่ ธนาคารกรุงไทย จำกัด (มหาชน) รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ ธนาคารไทยเครดิต จำกัด (มหาชน)\n")
    assert programmes(extract(text)) == {"รางวัลผู้นำระดับประเทศด้านการพัฒนาชนบทและขจัดความยากจน"}


def test_a_facet_heading_the_winners_after_it_is_no_category_of_the_unit_before():
    text = (_DATED + "สกมช. มอบรางวัลการรักษาความมั่นคงปลอดภัยไซเบอร์ในภาพรวมดีเด่น (Cybersecurity Performance Excellence Awards) "
            "ได้แก่ 1. ธนาคารกรุงไทย จำกัด (มหาชน) และ 2. ธนาคารแห่งประเทศไทย "
            "และหน่วยงานที่ได้รับรางวัลด้านการสนับสนุนการดำเนินการด้านความมั่นคงปลอดภัยไซเบอร์ ได้แก่ บริษัท หัวเว่ย เทคโนโลยี่ (ประเทศไทย) จำกัด\n")
    assert categories(extract(text)) == {None}


@pytest.mark.parametrize("text, names", [
    ("กระทรวงวัฒนธรรม ได้รับรางวัลนานาชาติอีก 2 รางวัล จากภาพยนตร์สั้น", []),           # "international awards, two more"
    ("ธอส. ได้รับรางวัลเกียรติยศอีก 1 รางวัล จากงานมหกรรมการเงิน", []),
    ("ผู้ประกอบการเข้าร่วมงานประกาศรางวัลนานาชาติอีก จำนวน 3 เทศกาล", []),
    ("ธอส. คว้ารางวัลบ้านสวยอีกหนึ่งรางวัล ประจำปี 2565", ["รางวัลบ้านสวย"]),         # "another": the name before it stays
    ("กรมป่าไม้ ได้รับรางวัลกีฬาอีสานเกมส์ ประจำปี 2565", ["รางวัลกีฬาอีสานเกมส์"]),    # อีส… inside a word is no clause
])
def test_more_awards_after_a_name_end_it(text, names):
    assert learned(text) == names


# --- a placing, then its winner by a dotted short form: no programme named after the winner ------------

@pytest.mark.parametrize("winner", ["สวจ.ปทุมธานี", "อบต.บางพลี", "รพ.สต.บ้านนา", "สสจ. ลำปาง"])
def test_a_winner_by_short_form_after_a_placing_is_no_programme(winner):
    text = f"ผลการประกวด ได้แก่ รางวัลชนะเลิศ {winner} รางวัลรองชนะเลิศอันดับ 1 ทีมอื่น"
    assert not [n for n in learned(text) if winner.split(".")[0] in n]


@pytest.mark.parametrize("programme", ["สุดยอดผ้าจังหวัดน่าน", "จังหวัดสะอาด"])
def test_a_programme_after_a_placing_is_still_learned(programme):
    assert any(programme in n for n in learned(f"จังหวัดน่านคว้ารางวัลชนะเลิศ{programme} ประจำปี 2566"))


@pytest.mark.parametrize("text", [
    "กรมการแพทย์ได้รับ 2 รางวัลหลัก ได้แก่ รางวัลเลิศรัฐ และรางวัลบริการภาครัฐดีเด่น ประจำปี 2566",
    "โรงพยาบาลคว้ารางวัลหลัก ประจำปี 2566 จากเวทีประกวด",
    "ผลการตัดสินแบ่งเป็นรางวัลหลักและรางวัลรอง โดยรางวัลรอง ประจำปี 2566 มอบให้แก่เทศบาลนครยะลา",
])
def test_the_main_or_lesser_awards_name_no_programme(text):
    assert not {"รางวัลหลัก", "รางวัลรอง"} & set(learned(text))


def test_a_name_that_opens_with_the_same_letters_is_still_learned():
    assert "รางวัลหลักสูตรดีเด่น" in learned("มหาวิทยาลัยได้รับรางวัลหลักสูตรดีเด่น ประจำปี 2566 จากสำนักงานปลัดกระทรวง")
