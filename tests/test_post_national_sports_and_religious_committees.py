"""Bodies outside the state whose officers the releases name by title alone (ontology/outside_bodies.csv): three
"คณะกรรมการ…แห่งประเทศไทย" (either spelling of Olympic) and a research foundation; their officers' posts are theirs."""
from __future__ import annotations

import datetime as dt

import pytest

from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article


def posts(sentence: str) -> dict[str, str | None]:
    extraction = extract_article(parse_article("ข่าว\n\n" + sentence + "\n", "t1", published=dt.date(2024, 1, 1)))
    return {post.title: post.org for post in extraction.posts}


@pytest.mark.parametrize("sentence, title, key", [
    ("พลเอก สมชาย ใจดี ประธานคณะกรรมการโอลิมปิคแห่งประเทศไทย ในพระบรมราชูปถัมภ์ นำนักกีฬาเข้าพบ",
     "ประธานคณะกรรมการโอลิมปิคแห่งประเทศไทย", "noct"),
    ("นายสมศักดิ์ ดีงาม เลขาธิการคณะกรรมการโอลิมปิกแห่งประเทศไทย กล่าวว่า",
     "เลขาธิการคณะกรรมการโอลิมปิคแห่งประเทศไทย", "noct"),
    ("โดยมี นายอารีย์ ยิ้มแย้ม รองประธานคณะกรรมการกลางอิสลามแห่งประเทศไทย ร่วมพิธี",
     "รองประธานคณะกรรมการกลางอิสลามแห่งประเทศไทย", "cicot"),
    ("นายวิชัย ทองคำ เลขาธิการคณะกรรมการพาราลิมปิกแห่งประเทศไทย ให้การต้อนรับ",
     "เลขาธิการคณะกรรมการพาราลิมปิกแห่งประเทศไทย", "pct"),
    ("นายสมชาย ใจดี ประธานสถาบันวิจัยเพื่อการพัฒนาประเทศไทย เปิดเผยว่า", "ประธานสถาบันวิจัยเพื่อการพัฒนาประเทศไทย", "tdri"),
])
def test_an_officer_of_the_committee_holds_a_post_of_it(sentence, title, key):
    assert posts(sentence)[title] == key


def test_an_islamic_committee_of_a_province_is_not_the_central_one():
    found = posts("นายอับดุล สมาน ประธานคณะกรรมการอิสลามประจำจังหวัดสตูล กล่าวว่า")
    assert "cicot" not in found.values()
