"""A certificate that says it honours carries the award, as a plaque does (prog22, issue 14): ``มอบเกียรติบัตร
(และเครื่องหมาย)เชิดชูเกียรติ<name>``, ``ได้รับเกียรติบัตร(ประกาศ)ยกย่อง<name>``. Found in the corpus study slice (seed
22301: the articles with a receiving verb and no award row are mostly these certificates). Composed variants, with
negatives: a bare certificate (a course's, a visit's), a certificate that honours persons (its programme may be learned,
as a persons' plaque's is, but no unit receives it), a title of units with no name of its own."""
from __future__ import annotations

import pytest

from test_award_precision import extract, name
from test_programme_english_shapes import DATE, awards, programme_names

UNIT = "สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"


@pytest.mark.parametrize("certificate", ["เกียรติบัตรยกย่อง", "เกียรติบัตรประกาศยกย่อง", "เกียรติบัตรเชิดชูเกียรติ",
                                         "เกียรติบัตรและเครื่องหมายเชิดชูเกียรติ", "เกียรติบัตรและเข็มเชิดชูเกียรติ"])
@pytest.mark.parametrize("name", ["องค์กรส่งเสริมสุขภาวะ", "สืบสานเกษตรกรรมยั่งยืน"])
def test_a_certificate_of_honour_received_names_its_programme(certificate, name):
    text = f"{UNIT}ได้รับ{certificate}{name} ประจำปี 2565 จากกระทรวงสาธารณสุข\n"
    assert awards(text) == {(UNIT, f"รางวัล{name}", 2565)}


@pytest.mark.parametrize("certificate", ["เกียรติบัตรประกาศยกย่อง", "เกียรติบัตรและเครื่องหมายเชิดชูเกียรติ"])
@pytest.mark.parametrize("to", ["ให้แก่", "ให้กับ"])
def test_a_certificate_of_honour_handed_to_a_unit(certificate, to):
    text = f"ปลัดกระทรวงมอบ{certificate}องค์กรส่งเสริมสุขภาวะ ประจำปีงบประมาณ พ.ศ. 2566 {to}{UNIT}\n"
    assert awards(text) == {(UNIT, "รางวัลองค์กรส่งเสริมสุขภาวะ", 2566)}


def test_the_name_ends_before_its_year_and_its_giver():
    assert programme_names(f"{UNIT}ได้รับเกียรติบัตรยกย่ององค์กรส่งเสริมสุขภาวะ ประจำปี 2565 จากกระทรวงสาธารณสุข\n") \
        == {"รางวัลองค์กรส่งเสริมสุขภาวะ"}


@pytest.mark.parametrize("text", [
    # a bare certificate: a course's, a visit's, a project's
    "ผู้ผ่านการอบรมจะได้รับเกียรติบัตรจากกระทรวงวัฒนธรรม ประจำปี 2565\n",
    f"รัฐมนตรีมอบเกียรติบัตรโครงการพัฒนาทักษะแห่งอนาคต ประจำปี 2566 ให้แก่{UNIT}\n",
    # a certificate that honours persons (civil servants, women)
    "ปลัดกระทรวงมอบเกียรติบัตรและเข็มเชิดชูเกียรติข้าราชการพลเรือนดีเด่น ประจำปี 2565 ให้แก่นายสมชาย ใจดี กรมการปกครอง\n",
    "ปลัดกระทรวงมอบเกียรติบัตรเชิดชูเกียรติบุคคลต้นแบบ ประจำปี 2565 ให้แก่นางสมหญิง ใจดี กรมการปกครอง\n",
    # units honoured by what they did, unnamed and counted: no name of a programme
    "รัฐมนตรีมอบเกียรติบัตรเชิดชูเกียรติแก่สถานประกอบกิจการที่มีการจัดตั้งสหกรณ์ออมทรัพย์ จำนวน 26 แห่ง\n",
    # honoured units counted, no name after the certificate
    "หน่วยงานในสังกัดได้รับเกียรติบัตรยกย่อง จำนวน 5 หน่วยงาน ดังนี้\n",
])
def test_no_programme_from_a_certificate_that_names_none(text):
    assert awards(text) == set()
    assert not any("เกียรติบัตร" in n or "สหกรณ์" in n or "ทักษะ" in n for n in programme_names(text))


def test_the_unit_a_purpose_clause_names_is_no_recipient():
    text = ("กระทรวงเกษตรและสหกรณ์จัดพิธีมอบเกียรติบัตรและเครื่องหมายเชิดชูเกียรติสืบสานเกษตรกรรมยั่งยืน ประจำปี 2565 "
            "เพื่อเชิดชูเกียรติแก่ข้าราชการ ผู้มีจิตอาสา ผู้ที่ทำคุณประโยชน์ให้แก่กระทรวงเกษตรและสหกรณ์\n")
    assert awards(text) == set()


def test_a_certificate_naming_a_known_programme_s_tier_is_that_programme_s_round():
    # "องค์กรคุณธรรม" is a tier of the moral organisation programme: the certificate names its round, and the tiers
    # listed after it are read as the levels
    text = ("ปลัดกระทรวงมอบเกียรติบัตรประกาศยกย่ององค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. 2565 "
            "โดยหน่วยงานในสังกัดได้รับเกียรติบัตรยกย่อง จำนวน 2 หน่วยงาน ดังนี้\n- ระดับคุณธรรมต้นแบบ ได้แก่\n"
            f"1. {UNIT}\n- ระดับองค์กรคุณธรรม ได้แก่\n1. สำนักงานสถิติแห่งชาติ\n")
    extraction = extract(DATE + text)
    assert {(name(a.recipient, extraction), a.programme, a.year) for a in extraction.awards} \
        == {(UNIT, "moral-model-organisation", 2565), ("สำนักงานสถิติแห่งชาติ", "moral-model-organisation", 2565)}


@pytest.mark.parametrize("text", [
    # the campaign, not a round: no certificate names it
    "ปลัดกระทรวงสาธารณสุขขับเคลื่อนองค์กรคุณธรรม ประจำปี 2563 แลกเปลี่ยนองค์ความรู้การดำเนินงาน\n",
    # a certificate naming a merit word, not a known programme's tier
    f"{UNIT}ได้รับเกียรติบัตรยกย่องดีเด่น ประจำปี 2565\n",
])
def test_no_known_programme_without_a_certificate_naming_its_tier(text):
    extraction = extract(DATE + text)
    assert not extraction.awards
    assert "moral-model-organisation" not in {c.programme for c in extraction.ceremonies}
