"""Local governments listed as winners (issues 14 and 15): a tier of a programme heads a list of municipalities
and sub-district or provincial administrative organisations, written short (ทต. ทม. ทน. อบต. อบจ.) or in full,
each with its district or province after it, the items joined by spaces, commas, numbers or และ. Every item
the gazetteer knows wins the tier. Composed texts (the names are real places, the lists invented), with
negatives: local governments listed as pilot sites or as co-hosts in an article that confers an award win
nothing (tier21: a list whose head names another role does not inherit the tier read above it).
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


# tier21: the list after a tier's winners, by what its head says
@pytest.mark.parametrize("head", [
    "หน่วยงานร่วมจัด ได้แก่",
    "ซึ่งได้ร่วมลงนามบันทึกความเข้าใจ ได้แก่",
    "โดยมีหน่วยงานที่เกี่ยวข้อง ได้แก่",
    "ซึ่งเป็นเจ้าภาพการประชุมในปีหน้า ได้แก่",
    "คณะได้เดินทางไปเยี่ยมชมหน่วยงาน ได้แก่",
    "ผู้แทนคณะกรรมการ ได้แก่",
], ids=["co-hosts", "signatories", "bodies-concerned", "hosts", "visited", "committee"])
def test_a_list_whose_head_names_another_role_wins_nothing(head):
    others = head + " ทต.หนองบัว จ.อุดรธานี และ ทต.ท่าช้าง จ.นครราชสีมา\n"
    found = winners(HEAD + "รางวัลชมเชย ได้แก่ ทม.บ้านสวน จ.ชลบุรี\n" + others)
    assert [row[0] for row in found] == ["เทศบาลเมืองบ้านสวน"]


def test_a_second_tier_after_the_first_is_read():
    found = winners(HEAD + "รางวัลรองชนะเลิศ ได้แก่ ทม.บ้านสวน จ.ชลบุรี\n"
                    "รางวัลชมเชย ได้แก่ ทต.หนองบัว จ.อุดรธานี และ ทต.ท่าช้าง จ.นครราชสีมา\n")
    assert [(row[0], row[3]) for row in found] == [
        ("เทศบาลตำบลท่าช้าง", "ชมเชย"), ("เทศบาลตำบลหนองบัว", "ชมเชย"), ("เทศบาลเมืองบ้านสวน", "รองชนะเลิศ")]


def test_a_tier_after_a_region_named_on_its_line_still_heads_its_winners():
    # (พื้นที่ names another role only after the last award word of the head: here the tier comes after it)
    found = winners(HEAD + "ในพื้นที่ภาคเหนือ รางวัลชมเชย ได้แก่ อบต.ดอนแก้ว จ.เชียงใหม่\n")
    assert found == tier(["องค์การบริหารส่วนตำบลดอนแก้ว"])


@pytest.mark.parametrize("marker", ["1. ", "- "], ids=["numbered", "bulleted"])
def test_items_below_a_tier_keep_it_and_items_below_another_role_win_nothing(marker):
    numbered = marker[0].isdigit()
    items = lambda names, first: "".join(f"{f'{first + i}. ' if numbered else marker}{n}\n" for i, n in enumerate(names))
    text = (HEAD + "รางวัลชมเชย ได้แก่\n" + items(["ทต.หนองบัว จ.อุดรธานี", "ทต.ท่าช้าง จ.นครราชสีมา"], 1)
            + "หน่วยงานร่วมจัด ได้แก่\n" + items(["อบต.ดอนแก้ว จ.เชียงใหม่", "ทม.บ้านสวน จ.ชลบุรี"], 1))
    assert winners(text) == tier(SHORT[:2])


def test_items_continued_on_their_own_lines_keep_the_tier():
    text = HEAD + "รางวัลชมเชย จำนวน 4 แห่ง ได้แก่\n" + "".join(
        f"{i}. {n}\n" for i, n in enumerate(["ทต.หนองบัว จ.อุดรธานี", "ทต.ท่าช้าง จ.นครราชสีมา",
                                              "อบต.ดอนแก้ว จ.เชียงใหม่", "ทม.บ้านสวน จ.ชลบุรี"], 1))
    assert winners(text) == tier(SHORT)


@pytest.mark.xfail(strict=True, reason="main and tier21: a run of units on the line after the tier's line, with no marker "
                   "and no head, is not read (a recall miss of the list reader, not of the head rule)")
def test_a_run_continued_on_the_next_line_without_a_head_keeps_the_tier():
    found = winners(HEAD + "รางวัลชมเชย ได้แก่ ทต.หนองบัว จ.อุดรธานี ทต.ท่าช้าง จ.นครราชสีมา\n"
                    "อบต.ดอนแก้ว จ.เชียงใหม่ และ ทม.บ้านสวน จ.ชลบุรี\n")
    assert found == tier(SHORT)
