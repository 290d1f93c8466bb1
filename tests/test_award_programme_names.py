"""Where a programme's name learned from the text ends, and which of an article's names of it is its name.

Sentences composed in the genre's shapes (headlines with a clause after the name, the body that runs it,
a clause glued to it), with negatives: words that only look like a clause opener belong to the name.
"""
from __future__ import annotations

import pytest

from test_award_precision import extract

from thaigovkg.extract.programmes import _learned_names, _thai_name_end
from thaigovkg.normalize import match_key


def learned(text: str) -> list[str]:
    return [name for _, _, name, _ in _learned_names(text)]


def name_after_award(text: str) -> str | None:
    """The name _thai_name_end reads after the first รางวัล of the text."""
    at = text.index("รางวัล") + len("รางวัล")
    end = _thai_name_end(text, at)
    return None if end is None else text[at:end].strip()


# --- a headline's clause after the name, past a space -------------------------------------------------

@pytest.mark.parametrize("name, clause", [
    ("อุตสาหกรรมสีเขียว", "ตอกย้ำความรับผิดชอบต่อสังคม"),
    ("ผู้เสียสละเพื่อสังคม", "ชูต้นแบบทำความดีทั้งคนไทยและต่างชาติ"),
    ("แกนนำเครือข่ายสุขภาพทั่วประเทศ", "เสริมพลังขับเคลื่อนงานสุขภาพ"),
    ("ชัยนาทนเรนทร", "เข้าเฝ้าฯ รับพระราชทานรางวัล"),
    ("ชัยนาทนเรนทร", "จะพิจารณาจากผู้ที่ทำงาน"),
    ("อย.ควอลิตี้ อวอร์ด", "จัดขึ้นต่อเนื่องเป็นปีที่ 15"),
    ("ผู้ใช้โซเชียลยอดเยี่ยม", "ติดโผ Finalist 1 ใน 5"),
    ("แรงงานคุณภาพขวัญใจนายจ้าง", "เตรียมพบประธานาธิบดีไต้หวัน"),
    ("ศรีสังวาลย์", "กล่าวว่า การประชุมครั้งนี้"),
    ("การประกวดคลิปสั้น", "ภายใต้หัวข้อ คนรุ่นใหม่"),
    ("ผู้ชนะการประกวดโลโก้", "ฉลองครบ 60 ปี"),
    ("อุตสาหกรรม", "มีรางวัลจำนวนทั้งสิ้น 15 ประเภท"),
])
def test_a_clause_after_a_space_ends_the_name(name, clause):
    assert name_after_award(f"นายกรัฐมนตรีมอบรางวัล{name} {clause}") == name


@pytest.mark.parametrize("name, body", [
    ("ภาพยนตร์ไทยยอดเยี่ยม", "ชมรมวิจารณ์บันเทิง"),
    ("การประกวดวงโปงลาง", "กรมพลศึกษา"),
    ("บำรุงสภากาชาดไทย", "กระทรวงอุตสาหกรรม"),
    ("นักเขียนดีเด่น", "สมาคมนักเขียนแห่งประเทศไทย"),
])
def test_the_body_that_runs_it_after_a_space_ends_the_name(name, body):
    assert name_after_award(f"ได้รับรางวัล{name} {body} ประจำปี 2566") == name


def test_a_royal_title_after_a_space_is_no_department():
    # "กรมสมเด็จพระ…" is a royal title, not a กรม (department) that runs the award
    name = name_after_award("ได้รับรางวัลพระราชทานสมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ")
    assert name.startswith("พระราชทานสมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จ")


def test_words_of_a_name_after_a_space_continue_it():
    assert name_after_award("ได้รับรางวัลเกียรติยศ นักร้องเพลงไทยสากล ทรงคุณค่าตลอดกาล ได้แก่") \
        == "เกียรติยศ นักร้องเพลงไทยสากล ทรงคุณค่าตลอดกาล"
    assert name_after_award("คว้ารางวัลกำนัน ผู้ใหญ่บ้านยอดเยี่ยม จำนวน 4 คน") == "กำนัน ผู้ใหญ่บ้านยอดเยี่ยม"


# --- a clause glued to the name ------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("นอกจากการมอบรางวัลอุตสาหกรรมจะเป็นการเชิดชูเกียรติ", "อุตสาหกรรม"),
    ("ผู้ได้รับรางวัลอุตสาหกรรมยอดเยี่ยมยังได้รับรางวัลพิเศษ", "อุตสาหกรรมยอดเยี่ยม"),
    ("ผู้ที่ได้รับรางวัลผู้เสียสละเพื่อสังคมมีความหลากหลายทั้ง 10 ท่าน", "ผู้เสียสละเพื่อสังคม"),
    ("การมอบรางวัลอุตสาหกรรมสีเขียวหรือ GI ให้กับผู้ประกอบการ", "อุตสาหกรรมสีเขียว"),
    ("มอบรางวัลทุนการศึกษาและมอบโล่รางวัลการประกวดตราสัญลักษณ์", "ทุนการศึกษา"),
    ("จะจัดพิธีมอบรางวัลจังหวัดสะอาดในวันที่ 16 กันยายน 65", "จังหวัดสะอาด"),
    ("ยินดีกับผู้ได้รับรางวัลเกียรติยศจักรดาวที่เป็นเครื่องยืนยันถึงการปฏิบัติงาน", "เกียรติยศจักรดาว"),
    ("จึงได้รับรางวัลด้านดีไซน์มากมาย และส่งออก", "ด้านดีไซน์"),
    ("ในพิธีมอบรางวัลสำเภาทองแก่ผู้ว่าราชการจังหวัด", "สำเภาทอง"),
    ("พิจารณาผู้ว่าราชการจังหวัดรางวัลสำเภาทองใน 4 มิติ", "สำเภาทอง"),
    ("ผู้ได้รับรางวัลข้าราชการพลเรือนดีเด่นและผู้ได้รับการเสนอชื่อ เข้าร่วม", "ข้าราชการพลเรือนดีเด่น"),
    ("มอบรางวัลเกษตรกรเลี้ยงโคนำร่องประสบความสำเร็จ เผย เริ่มเลี้ยง", "เกษตรกรเลี้ยงโคนำร่อง"),
    ("ในฐานะที่ทรงได้รับรางวัล ศิลปินร่วมสมัยดีเด่นรางวัลศิลปาธร สาขาศิลปะการออกแบบ", "ศิลปินร่วมสมัยดีเด่น"),
])
def test_a_clause_glued_to_the_name_ends_it(text, name):
    assert name_after_award(text) == name


@pytest.mark.parametrize("text, name", [
    # หนี้ (debt) is no นี้ (this); ของราชการ belongs to the name of an information centre
    ("ธนาคารคว้ารางวัลตราสารหนี้ยอดเยี่ยม จากสมาคมตลาดตราสารหนี้ไทย", "ตราสารหนี้ยอดเยี่ยม"),
    ("รับโล่รางวัลศูนย์ข้อมูลข่าวสารของราชการโดดเด่น ประจำปี 2565", "ศูนย์ข้อมูลข่าวสารของราชการโดดเด่น"),
    # และรับมือ (and cope with), และร่วมมือ: the name's own words, not "and received"
    ("มอบรางวัลการประกวดคลิปเพื่อรู้เท่าทันและรับมือกับข่าวปลอม ประจำปี 2565",
     "การประกวดคลิปเพื่อรู้เท่าทันและรับมือกับข่าวปลอม"),
    # ที่มีความ… and ผู้มี… are the name's own relative clauses
    ("ได้รับรางวัลองค์กรที่มีความเป็นเลิศในการบริหารจัดการ ประจำปี 2564", "องค์กรที่มีความเป็นเลิศในการบริหารจัดการ"),
    ("ได้รับรางวัลผู้มีผลงานดีเด่น ประจำปี 2564", "ผู้มีผลงานดีเด่น"),
])
def test_words_that_only_look_like_a_clause_stay_in_the_name(text, name):
    assert name_after_award(text) == name


# --- prose after รางวัล is no name ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ผู้ถูกรางวัลให้ติดต่อรับรางวัล ตั้งแต่วันที่ 23 ธันวาคม 2567",
    "ผู้โชคดีที่ได้รับรางวัล บริษัทฯจะทำการประกาศรายชื่อผ่าน Facebook",
    "ผู้ที่ได้รับรางวัล ภายในวันที่ 22 สิงหาคม 2566",
    "ในพิธีและมอบรางวัลณ ตึกสันติไมตรี ทำเนียบรัฐบาล",
    "ประเทศไทยมอบรางวัลพร้อมโล่รางวัลเกียรติยศจากการรถไฟฯ",
    "ทั้งนี้ผู้ได้รับรางวัลสามารถแสดงตัวพร้อมหลักฐานติดต่อรับรางวัลได้ข้างเวที",
    "ผู้ที่ได้รับรางวัลเพิ่มมากขึ้น",
    "ออกรางวัลพร้อมกันในวันที่ 1 กุมภาพันธ์ 2567",
    "ประกาศผลและมอบรางวัลเดือนสิงหาคม 2564",
    "ผู้ที่จะได้รับรางวัลต้องมีคุณสมบัติในการปฏิบัติงานในหน้าที่อย่างเต็มประสิทธิภาพ",
    "ผลงานของเยาวชนที่ได้รับรางวัลชนะการประกวดระดับประเทศ",
    "ปลัดกระทรวงเป็นประธานมอบรางวัลกิจกรรม ประจำปีงบประมาณ 2568",
    "ธนาคารคว้า 4 รางวัลความเป็นเลิศจากเวที",
])
def test_prose_after_the_word_award_is_no_programme(text):
    assert learned(text) == []


# --- one article, two names of one programme: the shorter when the longer ran on past a space --------

def test_a_name_that_ran_on_gives_way_to_the_article_s_shorter_name():
    extraction = extract("พม. มอบรางวัลผู้เสียสละเพื่อสังคม ประจำปี 2566 ยกย่องต้นแบบทำความดี\n\n"
                         "วันนี้ (31 ม.ค. 66) รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมฯ เป็นประธานในพิธีมอบรางวัลผู้เสียสละเพื่อสังคม"
                         " ปลื้มใจ ณ ห้องประชุมชั้น 2 กรมพัฒนาสังคมและสวัสดิการ\n")
    names = {p.name for p in extraction.programmes.values()}
    assert "รางวัลผู้เสียสละเพื่อสังคม" in names
    assert not any("ปลื้ม" in n for n in names)


def test_a_quoted_long_name_is_kept():
    extraction = extract("ปลัดกระทรวงสาธารณสุข เป็นประธานพิธีมอบรางวัล “โล่เกียรติยศ โครงการจิตอาสากู้ชีพไทย ประจำปี 2565”\n"
                         "ขอแสดงความยินดีกับผู้ที่ได้รับรางวัลโล่เกียรติยศ และขอบคุณจิตอาสา\n")
    names = {p.name for p in extraction.programmes.values()}
    assert any("จิตอาสากู้ชีพไทย" in n for n in names)


def test_the_organiser_between_name_and_edition_still_confers_it():
    extraction = extract("วธ.ร่วมประกาศรางวัลภาพยนตร์ไทยยอดเยี่ยม ชมรมวิจารณ์บันเทิง ครั้งที่ 31 ประจำปี 2565\n\n"
                         "นายอิทธิพล คุณปลื้ม รัฐมนตรีว่าการกระทรวงวัฒนธรรม เป็นประธานงานประกาศรางวัลภาพยนตร์ไทยยอดเยี่ยม"
                         " ชมรมวิจารณ์บันเทิง ครั้งที่ 31 ประจำปี 2565\n")
    assert [p.name for p in extraction.programmes.values()] == ["รางวัลภาพยนตร์ไทยยอดเยี่ยม"]


# --- a certificate or plaque of honour carries the award: the programme is what it honours -------------

@pytest.mark.parametrize("text, name", [
    ("รัฐมนตรีว่าการกระทรวงแรงงาน มอบประกาศเกียรติคุณสถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี ประจำปี 2566",
     "สถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี"),
    ("ธอส. รับโล่ประกาศเกียรติคุณศูนย์ข้อมูลข่าวสารของราชการโดดเด่น ประจำปี 2565", "ศูนย์ข้อมูลข่าวสารของราชการโดดเด่น"),
    ("ปลัดกระทรวง มอบโล่เชิดชูเกียรติอาสาสมัครคุมประพฤติดีเด่น ประจำปี 2564", "อาสาสมัครคุมประพฤติดีเด่น"),
])
def test_the_certificate_of_honour_is_not_the_programme_s_name(text, name):
    assert name in learned(text)


@pytest.mark.parametrize("text", [
    "ในโอกาสนี้ได้มอบโล่เชิดชูเกียรติให้กับสำนักงานปลัดกระทรวงสาธารณสุข ประจำปี 2565",
    "นายกรัฐมนตรีมอบโล่เกียรติคุณให้แก่ผู้ประกอบการ ประจำปี 2564",
    "ผู้ได้รับโล่เชิดชูเกียรติจากพลเอก ประยุทธ์ จันทร์โอชา ประจำปี 2564",
    "มอบโล่เกียรติคุณแทนคำขอบคุณ ประจำปี 2567",
    "มอบโล่เชิดชูเกียรติสำหรับบุคลากร หน่วยงานที่สนับสนุน ประจำปี 2567",
])
def test_a_plaque_given_to_someone_names_no_programme(text):
    assert learned(text) == []


# --- programmes conferred together share their ceremony ------------------------------------------------

def test_the_giver_of_two_programmes_named_together_gives_both():
    extraction = extract("มูลนิธิฯ เปิดตัวผู้ได้รับรางวัลนักวิทยาศาสตร์ดีเด่น ประจำปี 2565\n\n"
                         "(16 สิงหาคม 2565) มูลนิธิฯ จัดงานเปิดตัวผู้ได้รับรางวัลนักวิทยาศาสตร์ดีเด่นและรางวัลนักวิทยาศาสตร์รุ่นใหม่"
                         "ประจำปี 2565 ภายในงานได้รับเกียรติจาก นายเอนก เหล่าธรรมทัศน์ รัฐมนตรีว่าการกระทรวงการอุดมศึกษา"
                         " วิทยาศาสตร์ วิจัยและนวัตกรรม มอบโล่ให้แก่ผู้ที่ได้รับรางวัล ณ ห้องวิภาวดีบอลรูม โรงแรมเซ็นทารา\n")
    names = {key: p.name for key, p in extraction.programmes.items()}
    assert sorted(names.values()) == ["รางวัลนักวิทยาศาสตร์ดีเด่น", "รางวัลนักวิทยาศาสตร์รุ่นใหม่"]
    ceremony = next(c for c in extraction.ceremonies if names.get(c.programme) == "รางวัลนักวิทยาศาสตร์ดีเด่น")
    assert ceremony.presenters == ("เอนก เหล่าธรรมทัศน์",)


# --- one programme written differently across articles: one key, one label ----------------------------

@pytest.mark.parametrize("other", [
    "นายกรัฐมนตรีมอบประกาศเกียรติคุณสถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี ประจำปี 2567\n",
    "บริษัทได้รับรางวัล “สถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี” ครั้งที่ 5 ประจำปี 2566\n",
    "ได้รับรางวัลสถานประกอบกิจการต้นแบบ แรงงานพันธุ์ดี ประจำปี 2565\n",
])
def test_the_same_programme_written_differently_is_one_node(other):
    first = extract("บริษัทได้รับรางวัลสถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี ประจำปี 2566\n").programmes
    second = extract(other).programmes
    assert set(first) == set(second)
    key = next(iter(first))
    assert match_key(first[key].name) == match_key(second[key].name) == match_key("รางวัลสถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี")


def test_different_programmes_keep_their_own_nodes():
    one = extract("บริษัทได้รับรางวัลชุมชนท่องเที่ยวสีเขียว ประจำปี 2566\n").programmes
    other = extract("บริษัทได้รับรางวัลชุมชนท่องเที่ยวดีเด่น ประจำปี 2566\n").programmes
    assert set(one) and set(other) and not set(one) & set(other)


def test_a_name_that_opens_with_a_noun_of_action_is_a_name():
    # การจัดการ (management), การให้บริการ (service) open names; การมอบ (the handing over) opens prose
    assert learned("รฟม. รับมอบโล่รางวัลการจัดการพื้นที่สีเขียว จากกรมส่งเสริมคุณภาพสิ่งแวดล้อม") == ["รางวัลการจัดการพื้นที่สีเขียว"]
    assert "รางวัลการให้บริการดีเด่น" in learned("ได้รับรางวัลการให้บริการดีเด่น ประจำปี 2566")
    assert learned("จำนวน 9 รางวัล การมอบรางวัลเกียรติยศแก่บุคคลและหน่วยงานที่ให้ความร่วมมือ") == []


@pytest.mark.parametrize("text, names", [
    ("ได้รับรางวัล SPECIAL MENTION จากงานประกวด", []),
    ("คว้ารางวัล Grand Prize ในงานประกวด", []),
    ("ได้รับรางวัล Top Innovation Award 2023", ["Top Innovation Award"]),
])
def test_a_tier_or_a_mention_in_english_is_no_programme_in_any_case(text, names):
    assert learned(text) == names


@pytest.mark.parametrize("text, programmes", [
    # the headline names the programme by its initials, the body by its name: one programme, named in full
    ("การประปานครหลวงคว้า 2 รางวัล APSA 2024 ตอกย้ำองค์กรแห่งความยั่งยืน\n"
     "การประปานครหลวง ได้รับรางวัลระดับภูมิภาค Asia Pacific Sustainability Awards 2024 ประเภท Green Leadership\n"
     "Asia Pacific Sustainability Awards 2024 \"APSA 2024\" จัดขึ้นเป็นปีที่ 5\n", {"Asia Pacific Sustainability Awards"}),
    ("การประปานครหลวงคว้ารางวัล APSEA 2024\n"
     "การประปานครหลวงได้รับรางวัล The Prestigious Asia Pacific Sustainable Enterprise Awards 2024 ประเภท Green Leadership\n",
     {"The Prestigious Asia Pacific Sustainable Enterprise Awards"}),
    # negatives: initials of another name, or of a name of two words, are another programme
    ("การประปานครหลวงคว้ารางวัล ASEAN Energy Awards 2024\n"
     "การประปานครหลวงได้รับรางวัล Asia Pacific Sustainability Awards 2024 ประเภท Green Leadership\n",
     {"ASEAN Energy Awards", "Asia Pacific Sustainability Awards"}),
    ("การประปานครหลวงคว้ารางวัล PSA 2024\n"
     "การประปานครหลวงได้รับรางวัล Asia Pacific Sustainability Awards 2024 ประเภท Green Leadership\n",
     {"PSA", "Asia Pacific Sustainability Awards"}),
])
def test_a_programme_written_by_its_initials_is_the_programme_the_article_names_in_full(text, programmes):
    e = extract(text)
    assert {e.programmes[a.programme].name for a in e.awards} == programmes
