"""A faculty whose own name is one university's (ontology/faculties.csv, column university), written without
its university, is the node it is when written with it, under that university (composed texts)."""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer


def learned(text: str) -> set[tuple[str, str | None]]:
    gazetteer, e = load_gazetteer(), extract_article(parse_article(text, "t.txt"))
    return {(o.name, gazetteer.organization(o.parent).name if o.parent else None) for o in e.organizations.values()}


@pytest.mark.parametrize("text, faculty, university", [
    ("ผู้แทนคณะแพทยศาสตร์ศิริราชพยาบาล ร่วมงาน", "คณะแพทยศาสตร์ศิริราชพยาบาล", "มหาวิทยาลัยมหิดล"),
    ("นพ.สมชาย ใจดี คณบดีคณะแพทยศาสตร์ศิริราชพยาบาล กล่าว", "คณะแพทยศาสตร์ศิริราชพยาบาล", "มหาวิทยาลัยมหิดล"),
    ("ร่วมกับ คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี และกรมการแพทย์", "คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี", "มหาวิทยาลัยมหิดล"),
    ("ทีมแพทย์จากคณะแพทยศาสตร์วชิรพยาบาลได้ออกตรวจ", "คณะแพทยศาสตร์วชิรพยาบาล", "มหาวิทยาลัยนวมินทราธิราช"),
])
def test_a_named_faculty_alone_sits_under_its_university(text, faculty, university):
    assert (f"{faculty} {university}", university) in learned(text)


@pytest.mark.parametrize("alone, whole", [
    ("ผู้แทนคณะแพทยศาสตร์ศิริราชพยาบาล ร่วมงาน", "ผู้แทน คณะแพทยศาสตร์ศิริราชพยาบาล มหาวิทยาลัยมหิดล ร่วมงาน"),
    ("ทีมแพทย์จากคณะแพทยศาสตร์วชิรพยาบาลได้ออกตรวจ", "ทีมแพทย์จาก คณะแพทยศาสตร์วชิรพยาบาล มหาวิทยาลัยนวมินทราธิราช ออกตรวจ"),
])
def test_alone_and_with_its_university_it_is_one_node(alone, whole):
    assert learned(alone) == learned(whole)


@pytest.mark.parametrize("text", [
    "ผู้แทนคณะแพทยศาสตร์ ร่วมงาน",                      # a common faculty alone names no university
    "ผู้ป่วยเข้ารับการรักษาที่โรงพยาบาลศิริราช",              # the hospital is no faculty
    "ประชาชนในแขวงวชิรพยาบาล เขตดุสิต",                    # nor the place
])
def test_no_named_faculty_is_read_where_none_is_written(text):
    assert not any(name.startswith("คณะ") for name, _ in learned(text))
