"""A body named with a short form inside its written name (issue 15): the written name is the article's short form
of the body (tests/ANNOTATION.md: "the Thai short forms the article itself uses for the body"), as the gold writes
``สำนักงานประชาสัมพันธ์กทม.`` and ``สมาคมแม่บ้าน มท.``; an address (จ. อ. ต.) or a name written in full is none.
Composed texts, negatives included."""
from __future__ import annotations

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article


def attested(text: str) -> set[str]:
    return {abbr for _, abbr in extract_article(parse_article(text, "t.txt")).attested}


@pytest.mark.parametrize("text, form", [
    ("โดยสำนักงานประชาสัมพันธ์กทม. ได้จัดงานแถลงข่าว", "สำนักงานประชาสัมพันธ์กทม."),
    ("โดยสมาคมแม่บ้าน มท. ได้จัดกิจกรรม", "สมาคมแม่บ้าน มท."),
    ("ร่วมกับ กทม. จัดงานวันเด็ก", "กทม."),
    ("ผู้ป่วยถูกส่งต่อไปยัง รพ.ระยอง ทันที", "รพ.ระยอง"),
])
def test_a_written_name_holding_a_short_form_is_the_articles_short_form(text, form):
    assert form in attested(text)


@pytest.mark.parametrize("text, written", [
    ("โรงพยาบาลหนองกี่ จ.บุรีรัมย์ ได้รับรางวัล", "จ.บุรีรัมย์"),           # an address after a name written in full
    ("บริษัท ปตท. จำกัด (มหาชน) ได้รับรางวัล", "บริษัท ปตท. จำกัด (มหาชน)"),   # the canonical name itself
    ("สำนักงานประชาสัมพันธ์กรุงเทพมหานคร ได้จัดงาน", "สำนักงานประชาสัมพันธ์กรุงเทพมหานคร"),  # written in full
])
def test_a_name_written_in_full_or_an_address_is_no_short_form(text, written):
    assert not {form for form in attested(text) if written in form or form in written and "." in form}
