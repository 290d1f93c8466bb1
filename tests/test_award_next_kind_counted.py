"""A list of kinds of award, each counted, the winners named for some (``รางวัลA จำนวน 1 ราย ได้แก่ <unit>
รางวัลB จำนวน 36 ราย``): a kind counted by its winners (ราย, แห่ง, หน่วยงาน …) after a winner of the kind before it
is the list's next kind, not a second award of that winner, and the winner keeps its own; composed texts."""
from __future__ import annotations

import pytest

from test_award_precision import extract

_KINDS = ("กระทรวงอุตสาหกรรมจัดพิธีมอบรางวัลอุตสาหกรรม ประจำปี 2565 มีผู้ได้รับรางวัล 57 ราย "
          "แบ่งเป็นรางวัลอุตสาหกรรมยอดเยี่ยม จำนวน 1 ราย ได้แก่ {winner} รางวัลอุตสาหกรรมดีเด่น {count}\n")


def _won(text):
    found = extract(text)
    return {(found.organizations[a.recipient].name if a.recipient in found.organizations else a.recipient,
             a.branch.label if a.branch else None) for a in found.awards}


@pytest.mark.parametrize("count", ["จำนวน 36 ราย", "36 ราย", "จำนวน 36 แห่ง", "รวม 36 หน่วยงาน", "จำนวน 36 องค์กร",
                                   "จำนวน 36 รางวัล"])
def test_a_winner_keeps_its_kind_when_the_next_kind_is_counted(count):
    found = _won(_KINDS.format(winner="บริษัท สยามฟู้ด จำกัด", count=count))
    assert found == {("บริษัท สยามฟู้ด จำกัด", "อุตสาหกรรมยอดเยี่ยม")}


def test_a_count_of_people_or_money_is_no_next_kind():
    # (no count after the second term: the winner's award stands as the text reads it, whatever it is)
    text = ("กระทรวงอุตสาหกรรมจัดพิธีมอบรางวัลอุตสาหกรรม ประจำปี 2565 แบ่งเป็นรางวัลอุตสาหกรรมยอดเยี่ยม จำนวน 1 ราย "
            "ได้แก่ บริษัท สยามฟู้ด จำกัด โดยมีผู้เข้าร่วมงาน 300 คน\n")
    assert _won(text) == {("บริษัท สยามฟู้ด จำกัด", "อุตสาหกรรมยอดเยี่ยม")}
