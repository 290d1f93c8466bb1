"""The kinds a programme is divided into are no awards of the body named beside them (issue 14: "a programme
described"). Composed texts: the kinds listed after แบ่ง…เป็น, the body's own kind stated elsewhere; negatives
where a listed kind is also the one conferred, and where each kind is followed by its winner."""
from __future__ import annotations

from test_award_congratulators import article
from test_award_precision import extract, name


def kinds(text: str) -> set[str | None]:
    return {a.category.label if a.category else None for a in extract(text).awards}


_HEAD = "กรมการจัดหางาน คว้ารางวัล “สำเภา-นาวาทอง” ประจำปี 2566"
_RECEIVES = ("วันที่ 13 กันยายน 2566 นายสมศักดิ์ รักษ์ไทย อธิบดีกรมการจัดหางาน รับรางวัล “สำเภา-นาวาทอง” "
             "ประจำปี 2566 ประเภทรางวัลหน่วยงานระดับกรม")


def test_the_kinds_listed_after_divided_into_are_not_the_bodys():
    preface = "โดยนายสมศักดิ์ กล่าวว่า หอการค้าไทยจัดงานนี้ขึ้นเป็นปีที่ 2 เพื่อเชิดชูเกียรติหน่วยงานภาครัฐ "
    for listing in ("ซึ่งในปีนี้แบ่งประเภทรางวัลเป็น 4 ประเภท ได้แก่ รางวัลระดับกระทรวง รางวัลระดับกรม "
                    "รางวัลระดับกระบวนงาน และรางวัลระดับภูมิภาค ในส่วนกรมการจัดหางานมีความโดดเด่นด้านบริการ",
                    "โดยโล่รางวัลแบ่งเป็นรางวัลหน่วยงานระดับกระทรวง รางวัลหน่วยงานระดับกรม และรางวัลหน่วยงานระดับกระบวนงาน"):
        found = kinds(article(_HEAD, _RECEIVES + "\n" + preface + listing))
        assert "หน่วยงานระดับกรม" in found
        assert not found & {"หน่วยงานระดับกระทรวง", "หน่วยงานระดับกระบวนงาน", "หน่วยงานระดับภูมิภาค"}


def test_a_listed_kind_written_again_where_it_is_conferred_stays():
    body = ("วันที่ 14 ธันวาคม 2565 นายสมศักดิ์ รักษ์ไทย ปลัดกระทรวงแรงงาน รับมอบรางวัลสุดยอดหน่วยงานภาครัฐระดับกระทรวง "
            "รางวัล “สำเภา-นาวาทอง” ประจำปี 2565\n"
            "รางวัลนี้จัดขึ้นเพื่อเชิดชูเกียรติหน่วยงานที่ได้รับรางวัล โดยโล่รางวัลแบ่งเป็นรางวัลหน่วยงานระดับกระทรวง "
            "รางวัลหน่วยงานระดับกรม และรางวัลหน่วยงานระดับกระบวนงาน\n"
            "ในส่วนของกระทรวงแรงงานคณะกรรมการตัดสินรางวัลฯ มีมติมอบรางวัลหน่วยงานระดับกระทรวงให้กระทรวงแรงงาน")
    extraction = extract(article("ก.แรงงาน คว้ารางวัล “สำเภา-นาวาทอง” ปี 2565", body))
    found = {(name(a.recipient, extraction), a.category.label if a.category else None) for a in extraction.awards}
    assert ("กระทรวงแรงงาน", "หน่วยงานระดับกระทรวง") in found
    assert not {label for _, label in found} & {"หน่วยงานระดับกรม", "หน่วยงานระดับกระบวนงาน"}


def test_kinds_each_followed_by_its_winner_are_a_list_of_winners():
    body = ("ผลการตัดสินรางวัล “สำเภา-นาวาทอง” ประจำปี 2566 แบ่งออกเป็น 2 ประเภท ดังนี้ ประเภทรางวัลหน่วยงานระดับกระทรวง ได้แก่ "
            "กระทรวงแรงงาน ประเภทรางวัลหน่วยงานระดับกรม ได้แก่ กรมการจัดหางาน")
    extraction = extract(article("ประกาศผลรางวัล “สำเภา-นาวาทอง” ประจำปี 2566", body))
    before = {(a.recipient, a.category.label if a.category else None) for a in extraction.awards}
    assert any(label == "หน่วยงานระดับกรม" for _, label in before)
