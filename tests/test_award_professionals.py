"""A doctor, nurse or pharmacist named with the hospital they work at wins a person's award, not the hospital's
(FORMAT.md: an award to a private person is no row; issue 14: "a person's award credited to their body").
Composed texts; negatives: the hospital's director accepting, the department of medical services winning."""
from __future__ import annotations

import pytest

from test_award_congratulators import article
from test_award_precision import extract, name


def recipients(text: str) -> set[str]:
    extraction = extract(text)
    return {name(a.recipient, extraction) for a in extraction.awards}


@pytest.mark.parametrize("who", ["จักษุแพทย์จอประสาทตา", "แพทย์ประจำ", "พยาบาลวิชาชีพชำนาญการ", "เภสัชกร"])
def test_a_professional_of_a_hospital_wins_their_own_award(who):
    body = (f"องค์การอนามัยโลกประกาศมอบรางวัลแก่บุคลากรสาธารณสุขไทย โดย นายสมศักดิ์ รักษ์ไทย {who} รพ.ราชวิถี "
            "รับรางวัล Sasakawa Health Prize ประจำปี 2565 ในการคัดกรองเบาหวานเข้าจอประสาทตา")
    assert "โรงพยาบาลราชวิถี" not in recipients(article("องค์การอนามัยโลกมอบรางวัลแก่บุคลากรสาธารณสุขไทย", body))


def test_the_director_accepting_for_the_hospital_stays():
    body = ("นายแพทย์สมศักดิ์ รักษ์ไทย ผู้อำนวยการโรงพยาบาลราชวิถี รับรางวัลเลิศรัฐ ประจำปี 2565 "
            "สาขาบริการภาครัฐ ระดับดี")
    assert "โรงพยาบาลราชวิถี" in recipients(article("รพ.ราชวิถี คว้ารางวัลเลิศรัฐ ประจำปี 2565", body))


def test_the_department_of_medical_services_is_no_professional():
    body = "กรมการแพทย์ ได้รับรางวัลเลิศรัฐ ประจำปี 2565 สาขาบริการภาครัฐ ระดับดี"
    assert "กรมการแพทย์" in recipients(article("กรมการแพทย์ คว้ารางวัลเลิศรัฐ ประจำปี 2565", body))
