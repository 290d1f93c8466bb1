"""Local governments listed as winners (issues 14 and 15): a tier of a programme heads a list of municipalities
and sub-district or provincial administrative organisations, written short (ทต. ทม. ทน. อบต. อบจ.) or in full,
each with its district or province after it, the items joined by spaces, commas, numbers or และ. Every item
the gazetteer knows wins the tier. Composed texts (the names are real places, the lists invented), with
negatives: local governments listed as pilot sites or as co-hosts in an article that confers an award win
nothing (the pilot sites one is a known miss of main, marked xfail).
"""
from __future__ import annotations

import pytest

from test_award_precision import extract, name

HEAD = ("ปลัด มท. มอบรางวัลการบริหารจัดการที่ดี ประจำปี 2566 แก่องค์กรปกครองส่วนท้องถิ่น\n\n"
        "วันนี้ (5 ก.ย. 66) ปลัดกระทรวงมหาดไทยเป็นประธานมอบรางวัลการบริหารจัดการที่ดี ประจำปี 2566 "
        "ให้แก่องค์กรปกครองส่วนท้องถิ่นที่มีผลงานดีเด่น\n")
SHORT = ("เทศบาลตำบลหนองบัว", "เทศบาลตำบลท่าช้าง", "องค์การบริหารส่วนตำบลดอนแก้ว", "เทศบาลเมืองบ้านสวน")


def winners(text):
    extraction = extract(text)
    return sorted((name(a.recipient, extraction), extraction.programmes[a.programme].name, a.year,
                   a.level.label if a.level else None) for a in extraction.awards)


def tier(names):
    return sorted((n, "รางวัลการบริหารจัดการที่ดี", 2566, "ชมเชย") for n in names)


@pytest.mark.parametrize("items", [
    "ทต.หนองบัว จ.อุดรธานี ทต.ท่าช้าง จ.นครราชสีมา อบต.ดอนแก้ว จ.เชียงใหม่ และ ทม.บ้านสวน จ.ชลบุรี",
    "ทต.หนองบัว จ.อุดรธานี, ทต.ท่าช้าง จ.นครราชสีมา, อบต.ดอนแก้ว จ.เชียงใหม่, ทม.บ้านสวน จ.ชลบุรี",
    "1. ทต.หนองบัว จ.อุดรธานี 2. ทต.ท่าช้าง จ.นครราชสีมา 3. อบต.ดอนแก้ว จ.เชียงใหม่ 4. ทม.บ้านสวน จ.ชลบุรี",
], ids=["spaces-and", "commas", "numbers"])
def test_a_tier_heads_local_governments_written_short(items):
    assert winners(HEAD + "รางวัลชมเชย ได้แก่ " + items + "\n") == tier(SHORT)


def test_a_tier_heads_local_governments_written_in_full():
    items = ("เทศบาลตำบลหนองบัว จังหวัดอุดรธานี เทศบาลตำบลท่าช้าง จังหวัดนครราชสีมา "
             "และองค์การบริหารส่วนตำบลดอนแก้ว จังหวัดเชียงใหม่")
    assert winners(HEAD + "รางวัลชมเชย ได้แก่ " + items + "\n") == tier(SHORT[:3])


def test_city_and_provincial_bodies_written_short():
    items = "อบจ.ลำพูน ทน.ขอนแก่น จ.ขอนแก่น และ ทม.บ้านสวน จ.ชลบุรี"
    assert winners(HEAD + "รางวัลชมเชย ได้แก่ " + items + "\n") == tier(
        ["องค์การบริหารส่วนจังหวัดลำพูน", "เทศบาลนครขอนแก่น", "เทศบาลเมืองบ้านสวน"])


@pytest.mark.xfail(strict=True, reason="main: a ได้แก่ list on the line after a tier's winners inherits the tier, whatever "
                   "its head says (pilot sites, any kind of body); seen on composed texts, left for a measured round")
def test_pilot_sites_listed_in_an_award_article_win_nothing():
    pilots = ("ทั้งนี้ กรมฯ จะขยายผลไปยังพื้นที่นำร่อง ได้แก่ ทต.หนองบัว จ.อุดรธานี ทต.ท่าช้าง จ.นครราชสีมา "
              "และ อบต.ดอนแก้ว จ.เชียงใหม่\n")
    found = winners(HEAD + "รางวัลชมเชย ได้แก่ ทม.บ้านสวน จ.ชลบุรี\n" + pilots)
    assert [row[0] for row in found] == ["เทศบาลเมืองบ้านสวน"]


def test_co_hosts_of_a_ceremony_win_nothing():
    text = ("ปลัด มท. เป็นประธานพิธีมอบรางวัลการบริหารจัดการที่ดี ประจำปี 2566\n\n"
            "วันนี้ (5 ก.ย. 66) ปลัดกระทรวงมหาดไทยเป็นประธานในพิธีมอบรางวัลการบริหารจัดการที่ดี ประจำปี 2566 "
            "จัดโดยกรมส่งเสริมการปกครองท้องถิ่น ร่วมกับ ทต.หนองบัว จ.อุดรธานี และ ทต.ท่าช้าง จ.นครราชสีมา\n")
    assert winners(text) == []
