"""Companies and news outlets named in Latin letters after their Thai kind word (issue 15): a magazine, journal or
news agency is its Latin name (the gold writes "The Asset", "OpenGov Asia"), a company with no จำกัด after it is
บริษัท and its Latin name ("บริษัท Contour"); the name stops before an award's words, and a registered company
(จำกัด, Co., Ltd.) is left to the company finder. Composed texts, negatives included."""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer


def names(text: str) -> set[str]:
    e = extract_article(parse_article(text, "t.txt"))
    keys = {fact[1] for fact in e.evidence if isinstance(fact, tuple) and fact[0] == "org"} | set(e.named)
    return {(e.organizations.get(k) or load_gazetteer().organization(k)).name for k in keys}


@pytest.mark.parametrize("text, name", [
    ("ธนาคารคว้ารางวัล Bank of the Year จากนิตยสาร The Banker เป็นครั้งที่ 3", "The Banker"),
    ("รางวัลจากวารสาร Capital Finance International (CFI) ต่อเนื่องเป็นปีที่ 4", "Capital Finance International"),
    ("ได้รับรางวัลจากสำนักข่าว The Asset ในการจัดอันดับ", "The Asset"),
    ("รองโฆษกรัฐบาลเผย วารสาร OpenGov Asia สิงคโปร์ ให้รางวัล", "OpenGov Asia"),
    ("ประธานเจ้าหน้าที่บริหาร บริษัท Contour กล่าวว่า", "บริษัท Contour"),
    ("และบริษัท LINE ประเทศไทยมอบรางวัล Best Official Account", "บริษัท LINE ประเทศไทย"),
    ("รางวัลจากนิตยสาร Global Banking & Finance Review Best CEO in Banking", "Global Banking & Finance Review"),
])
def test_a_latin_name_after_its_kind_word(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, absent", [
    ("ได้แก่ บริษัท SCG Packaging Co., Ltd. ได้รับรางวัล", "บริษัท SCG Packaging Co"),     # registered: not all here
    ("รางวัลจากนิตยสาร Global Banking & Finance Review Best CEO in Banking", "Global Banking & Finance Review Best CEO in Banking"),
    ("ได้รับรางวัลจากสำนักข่าว The Asset ในการจัดอันดับ", "สำนักข่าว"),                  # the kind word is no unit
    ("ส่งผลงานไปยังนิตยสาร ของสมาคม", "นิตยสาร"),                                          # no Latin name: nothing
])
def test_no_name_runs_on_or_stands_alone(text, absent):
    assert absent not in names(text)


@pytest.mark.parametrize("text", [
    "โดยเฉพาะบริษัท Data center ต่าง ๆ เช่น",
    "ให้ความสนใจบริษัท Start Up ของไทยที่เข้าร่วมออกบูธ",
    "นายจ้างบริษัท AL -SHARQ POLYSTYRENE FACTORY CO., LTD.",
    "จำนวน 40 ถัง บริษัท TARF (Saraburi Plant) จำกัด จำนวน 20 ถัง",
    "นายจ้างบริษัท CROWN EMIRATES COMPANY LTD ประเทศซาอุดีอาระเบีย",
])
def test_a_kind_of_company_or_a_registered_name_is_left_alone(text):
    assert not {n for n in names(text) if n.startswith("บริษัท ") and not n.endswith(("จำกัด", "(มหาชน)"))}

