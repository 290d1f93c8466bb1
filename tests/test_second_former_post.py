"""A former post written after the holder's current title with only a space (pos22; pos21's fresh slice: 4 posts in 3
of 30 articles): the person's too, marked former; not a former post standing before another name, nor ในอดีต (in the
past). Composed sentences (invented names), negatives included."""
from __future__ import annotations

import pytest

from test_posts_in_ceremonies import posts

GOV = ("สมชาย ใจดี", "ปลัดกระทรวงมหาดไทย", "กระทรวงมหาดไทย")


@pytest.mark.parametrize("text, former", [
    ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย อดีตผู้ว่าราชการจังหวัดเชียงใหม่ เป็นผู้มอบรางวัล",
     [("สมชาย ใจดี", "อดีตผู้ว่าราชการจังหวัดเชียงใหม่", "จังหวัดเชียงใหม่")]),
    # two former posts in a row, each after a space
    ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย อดีตอธิบดีกรมการปกครอง อดีตผู้ว่าราชการจังหวัดน่าน มอบโล่รางวัล",
     [("สมชาย ใจดี", "อดีตอธิบดีกรมการปกครอง", "กรมการปกครอง"),
      ("สมชาย ใจดี", "อดีตผู้ว่าราชการจังหวัดน่าน", "จังหวัดน่าน")]),
    # then another person with a title of their own: the former post stays the first one's
    ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย อดีตผู้ว่าราชการจังหวัดเชียงใหม่ นายสมศักดิ์ ดีใจ อธิบดีกรมการปกครอง มอบรางวัล",
     [("สมชาย ใจดี", "อดีตผู้ว่าราชการจังหวัดเชียงใหม่", "จังหวัดเชียงใหม่"),
      ("สมศักดิ์ ดีใจ", "อธิบดีกรมการปกครอง", "กรมการปกครอง")]),
])
def test_a_former_post_after_a_space_is_the_holders(text, former):
    found = posts(text)
    assert GOV in found
    for post in former:
        assert post in found


@pytest.mark.parametrize("text, absent", [
    # ในอดีต: in the past, no post
    ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย ในอดีตผู้ว่าราชการจังหวัดเชียงใหม่มีหน้าที่มาก", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
    # a former post before a name without a title of its own is that name's, not the first holder's
    ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย อดีตผู้ว่าราชการจังหวัดเชียงใหม่ นายสมศักดิ์ ดีใจ มอบรางวัล",
     "อดีตผู้ว่าราชการจังหวัดเชียงใหม่"),
])
def test_no_former_post_for_the_first_holder(text, absent):
    found = posts(text)
    assert GOV in found
    assert not any(person == "สมชาย ใจดี" and absent in title for person, title, _ in found)


# An officer's body glued to "and" and a second title (pos22's study; 11 names in the full graph of main ran on so:
# "สมาคมแม่บ้านมหาดไทยและประธาน", "สมาคมการประมงแห่งประเทศไทยและกรรมการ"): the body ends before และ.
@pytest.mark.parametrize("text, post", [
    ("นางสมหญิง ใจดี อุปนายกสมาคมแม่บ้านมหาดไทยและประธานชมรมแม่บ้านกรมที่ดิน ร่วมงาน",
     ("สมหญิง ใจดี", "อุปนายกสมาคมแม่บ้านมหาดไทย", "สมาคมแม่บ้านมหาดไทย")),
    ("นายสมชาย ใจดี นายกสมาคมประมงสมุทรปราการและกรรมการสมาคมการประมงแห่งประเทศไทย มอบรางวัล",
     ("สมชาย ใจดี", "นายกสมาคมประมงสมุทรปราการ", "สมาคมประมงสมุทรปราการ")),
    ("นายสมชาย ใจดี นายกสมาคมโรคไตแห่งประเทศไทยและรองประธานเครือข่ายลดบริโภคเค็ม มอบรางวัล",
     ("สมชาย ใจดี", "นายกสมาคมโรคไตแห่งประเทศไทย", "สมาคมโรคไตแห่งประเทศไทย")),
])
def test_a_body_ends_before_and_a_second_title(text, post):
    found = posts(text)
    assert post in found
    assert not any("และ" in (org or "") for _, _, org in found)


@pytest.mark.parametrize("text, org", [
    # และ inside a name, before a word that is no title
    ("นายสมชาย ใจดี นายกสมาคมตัวแทนประกันชีวิตและที่ปรึกษาการเงิน มอบรางวัล", "สมาคมตัวแทนประกันชีวิตและที่ปรึกษาการเงิน"),
    ("นายสมชาย ใจดี นายกสมาคมผู้ผลิตอาหารและเครื่องดื่ม มอบรางวัล", "สมาคมผู้ผลิตอาหารและเครื่องดื่ม"),
])
def test_a_name_with_and_stays_whole(text, org):
    assert any(o == org for _, _, o in posts(text))
