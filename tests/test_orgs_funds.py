"""Funds of the state as organisations: those of ontology/funds.csv under the body their act or the news gives,
whatever the article writes around them; any other fund only where the text writes its owner right after it
(apposed, สังกัด, ของ), its name bounded by the space before the owner. A fund whose owner the text does not give,
prose, kinds of fund, lists and bodies outside the state are not placed. Composed sentences."""
from __future__ import annotations

import pytest

from test_orgs_hospitals import named

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article


def funds(text: str) -> set[tuple[str, str | None]]:
    return {(n, p) for n, p in named(text) if n.startswith(("กองทุน", "เงินทุนหมุนเวียน"))}


@pytest.mark.parametrize("text, fund, owner", [
    ("ลูกจ้างสามารถยื่นใช้สิทธิกองทุนสงเคราะห์ลูกจ้างได้อีกครั้ง", "กองทุนสงเคราะห์ลูกจ้าง", "กรมสวัสดิการและคุ้มครองแรงงาน"),
    ("ผู้ประกันตนในระบบมีกองทุนประกันสังคม สำหรับแรงงานนอกระบบรัฐบาลได้จัดตั้งช่องทางอื่น", "กองทุนประกันสังคม",
     "สำนักงานประกันสังคม"),
    # spaces inside the name
    ("สอบถามได้ที่กองทุนความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน โทรศัพท์ 0 2245 0000",
     "กองทุนความปลอดภัย อาชีวอนามัย และสภาพแวดล้อมในการทำงาน", "กรมสวัสดิการและคุ้มครองแรงงาน"),
    # a short name: the node carries the fund's full name (FORMAT.md)
    ("ส่งเสริมการพัฒนาดิจิทัลผ่านกองทุนดีอี และการผลักดันเมืองอัจฉริยะ", "กองทุนพัฒนาดิจิทัลเพื่อเศรษฐกิจและสังคม",
     "สำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ"),
    # the owner glued on
    ("ขณะนี้มีกองทุนช่วยเหลือผู้ประสบสาธารณภัยสำนักนายกรัฐมนตรี จะช่วยเยียวยา", "กองทุนเงินช่วยเหลือผู้ประสบสาธารณภัย",
     "สำนักนายกรัฐมนตรี"),
    ("เสนอให้กองทุนเสมอภาคทางการศึกษา (กสศ.) ร่วมพัฒนาระบบ", "กองทุนเพื่อความเสมอภาคทางการศึกษา", "สำนักนายกรัฐมนตรี"),
])
def test_a_fund_of_the_table_stands_under_its_owner(text, fund, owner):
    assert (fund, owner) in funds(text)


@pytest.mark.parametrize("text, fund, owner", [
    ("โดยกองทุนหมุนเวียนเพื่อการกู้ยืมแก่ผู้ประกอบอาชีพการเพาะเลี้ยงสัตว์น้ำ กรมประมง ได้รับรางวัลชนะเลิศ",
     "กองทุนหมุนเวียนเพื่อการกู้ยืมแก่ผู้ประกอบอาชีพการเพาะเลี้ยงสัตว์น้ำ", "กรมประมง"),
    ("รางวัลดีเด่น ได้แก่ 1) เงินทุนหมุนเวียนเพื่อการจัดการสิ่งปฏิกูล สังกัดกรมอนามัย 2) กองทุนอื่น",
     "เงินทุนหมุนเวียนเพื่อการจัดการสิ่งปฏิกูล", "กรมอนามัย"),
    ("ผู้แทนกองทุนพัฒนาเด็กชนบท ของ สำนักงานปลัดกระทรวงศึกษาธิการ เข้าร่วมประชุม", "กองทุนพัฒนาเด็กชนบท",
     "สำนักงานปลัดกระทรวงศึกษาธิการ"),
])
def test_a_fund_written_with_its_owner_is_learned_under_it(text, fund, owner):
    assert (fund, owner) in funds(text)


def test_the_owner_written_after_a_fund_is_not_the_winner():
    text = "กองทุนหมุนเวียนเพื่อการกู้ยืมแก่ผู้ประกอบอาชีพการเพาะเลี้ยงสัตว์น้ำ กรมประมง ได้รับรางวัลชนะเลิศ"
    extraction = extract_article(parse_article(text, "t.txt"))
    learned = [o for o in extraction.organizations.values() if o.name.startswith("กองทุนหมุนเวียน")]
    assert [(o.kind, o.parent) for o in learned] == [("unit", "dof")]


@pytest.mark.parametrize("text", [
    # no owner written: not placed by a neighbour
    "ในการประชุม กองทุนพัฒนาเด็กชนบท และผู้แทนจากหลายหน่วยงานร่วมหารือ",
    # a list of bodies after it, not its owner
    "ผู้กู้ยืมชำระเงินกองทุนพัฒนาเด็กชนบท กรมประมง กรมบังคับคดี และกรมป่าไม้ ร่วมกันจัดงาน",
    # prose glued to the head
    "ทั้งนี้ กองทุนจะมีอำนาจในการปลดภาระผู้ค้ำประกัน กรมบังคับคดี จะดำเนินการต่อไป",
    # a phrase cut short at ของ
    "ผู้ประกอบการขอรับความช่วยเหลือจากกองทุนช่วยเหลือเพื่อการปรับตัวของ กระทรวงพาณิชย์ ได้",
    # kinds of fund: every village's, a company's provident fund
    "สมาชิกกองทุนหมู่บ้านบ้านหนองบัว กรมการพัฒนาชุมชน ร่วมงาน",
    "พนักงานมีกองทุนสำรองเลี้ยงชีพ ธนาคารกรุงไทย เป็นผู้จัดการ",
    # the fund's office and board are read by their own finders, not as the fund
    "ผู้อำนวยการสำนักงานกองทุนพัฒนาเด็กชนบท กรมประมง กล่าวว่า",
])
def test_no_fund_is_placed_where_the_text_gives_no_owner(text):
    assert not any(p for n, p in funds(text) if n.startswith(("กองทุนพัฒนาเด็ก", "กองทุนจะ", "กองทุนช่วยเหลือ",
                                                              "กองทุนหมู่บ้าน", "กองทุนสำรอง")))


def test_a_longer_name_is_not_cut_to_the_tables_fund():
    text = "ประเทศไทยได้รับการสนับสนุนจากกองทุนสิ่งแวดล้อมโลก ในการดำเนินโครงการ"
    assert ("กองทุนสิ่งแวดล้อม", "สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม") not in funds(text)
    assert ("กองทุนสิ่งแวดล้อม", "สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม") in funds(
        text.replace("กองทุนสิ่งแวดล้อมโลก", "กองทุนสิ่งแวดล้อม"))


def test_a_village_fund_that_wins_is_outside_the_state():
    text = "รางวัลกองทุนหมู่บ้านดีเด่น ประจำปี 2566 รางวัลชนะเลิศ ได้แก่ กองทุนหมู่บ้านวังไทร จังหวัดนครศรีธรรมราช"
    extraction = extract_article(parse_article(text, "t.txt"))
    learned = [o for o in extraction.organizations.values() if o.name.startswith("กองทุนหมู่บ้านวังไทร")]
    assert all(o.kind == "outside" and o.parent is None for o in learned)


def test_a_fund_is_no_owner_of_the_fund_before_it():
    text = "การบริจาคเงินให้แก่กองทุนเพื่อการพัฒนาระบบมาตรวิทยา กองทุนส่งเสริมวิทยาศาสตร์ วิจัยและนวัตกรรม และกองทุนอื่น"
    assert not any(n == "กองทุนเพื่อการพัฒนาระบบมาตรวิทยา" and p for n, p in funds(text))


def test_the_office_of_a_fund_is_not_the_fund():
    text = "นายสมชาย ใจดี ผู้อำนวยการสำนักงานกองทุนยุติธรรม กล่าวว่า"
    assert ("กองทุนยุติธรรม", "สำนักงานปลัดกระทรวงยุติธรรม") not in funds(text)
    assert ("กองทุนยุติธรรม", "สำนักงานปลัดกระทรวงยุติธรรม") in funds(text.replace("สำนักงานกองทุน", "กองทุน"))


@pytest.mark.parametrize("text, unit", [
    ("ผู้แทนกลุ่มอาชีพสมาชิก กองทุนพัฒนาบทบาทสตรี ร่วมงาน", "กลุ่มอาชีพสมาชิก"),
    ("ได้รับงบประมาณจากสำนักงานบริหารกองทุนเพื่อส่งเสริมการอนุรักษ์พลังงาน โดยมีผู้แทนร่วมงาน", "สำนักงานบริหาร"),
])
def test_a_fund_holds_no_unit(text, unit):
    assert not any(n.startswith(unit) and p and p.startswith("กองทุน") for n, p in named(text))


def test_a_project_named_after_a_fund_is_not_the_fund():
    text = "ขับเคลื่อนโครงการกองทุนการศึกษา สำนักงานเลขาธิการวุฒิสภา เพื่อประชาชน"
    assert not any(n == "กองทุนการศึกษา" for n, _ in funds(text))
    assert ("กองทุนการศึกษา", "สำนักงานเลขาธิการวุฒิสภา") in funds(text.replace("โครงการกองทุน", "กองทุน"))


def test_the_fund_not_its_owner_wins():
    text = ("กรมบัญชีกลางจัดงานมอบรางวัลทุนหมุนเวียนดีเด่น ประจำปี 2566 โดยกองทุนหมุนเวียนเพื่อการกู้ยืมแก่ผู้ประกอบอาชีพ"
            "การเพาะเลี้ยงสัตว์น้ำ กรมประมง ได้รับรางวัลชนะเลิศ\n")
    extraction = extract_article(parse_article(text, "t.txt"))
    winners = {extraction.organizations[a.recipient].name if a.recipient in extraction.organizations else a.recipient
               for a in extraction.awards}
    assert winners == {"กองทุนหมุนเวียนเพื่อการกู้ยืมแก่ผู้ประกอบอาชีพการเพาะเลี้ยงสัตว์น้ำ"}
