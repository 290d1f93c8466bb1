"""Awards of earlier years a named body is said to have received, each with the year the clause writes for it
(``<body> ซึ่งเคยได้รับรางวัล<A> ในปี 2562, รางวัล<B> ในปี 2561``; ``ได้รับรางวัล<A> 3 ปีซ้อน ในปี 2562 - 2564``).
Found on a seeded study slice of award candidates (seed 19101); the texts are composed for the tests, with negatives.
"""
from __future__ import annotations

from test_award_precision import extract, name

VISIT = "รัฐมนตรีว่าการกระทรวงการคลังตรวจเยี่ยมสาขาใหม่ของธนาคาร\nวันนี้ (5 มีนาคม 2567) รัฐมนตรีได้เดินทางไปเยี่ยมชม"


def rows(extraction):
    return sorted((name(a.recipient, extraction), a.programme, a.year) for a in extraction.awards)


def test_each_recalled_award_keeps_the_year_written_for_it():
    found = rows(extract(VISIT + "ธนาคารอาคารสงเคราะห์ ซึ่งเคยได้รับรางวัลคุณภาพแห่งชาติ ในปี 2563"
                                 " และรางวัลเลิศรัฐ ประจำปี 2564 ก่อนจะรับฟังการบรรยายสรุป\n"))
    assert ("ธนาคารอาคารสงเคราะห์", "tqa", 2563) in found
    assert ("ธนาคารอาคารสงเคราะห์", "psea", 2564) in found


def test_the_same_programme_recalled_for_other_years_is_another_award():
    text = ("ผลรางวัลคุณภาพแห่งชาติ ประจำปี 2566\nองค์กรที่ได้รับรางวัลประจำปี 2566 ได้แก่\n"
            "รางวัลคุณภาพแห่งชาติ (TQA) ได้แก่ ธนาคารออมสิน ซึ่งเคยได้รับรางวัล TQC ในปี 2562 และรางวัล TQC ในปี 2560\n")
    years = sorted(year for recipient, programme, year in rows(extract(text))
                   if recipient == "ธนาคารออมสิน" and programme == "tqa")
    assert years == [2560, 2562, 2566]


def test_a_run_of_years_whose_length_is_stated_is_one_award_a_year():
    found = rows(extract(VISIT + "การไฟฟ้านครหลวง ได้รับรางวัลเลิศรัฐ 3 ปีซ้อน ในปี พ.ศ. 2562 - 2564\n"))
    assert [y for r, p, y in found if r == "การไฟฟ้านครหลวง" and p == "psea"] == [2562, 2563, 2564]


def test_a_two_year_round_is_one_award():
    found = rows(extract(VISIT + "การไฟฟ้านครหลวง ได้รับรางวัลเลิศรัฐ ประจำปี 2563 - 2564 ในงานสัมมนา\n"))
    assert len([y for r, p, y in found if r == "การไฟฟ้านครหลวง"]) <= 1


def test_a_recalled_award_without_a_year_makes_no_row():
    found = rows(extract(VISIT + "ธนาคารอาคารสงเคราะห์ ซึ่งเคยได้รับรางวัลคุณภาพแห่งชาติ และรางวัลเลิศรัฐ"
                                 " ก่อนจะรับฟังการบรรยายสรุป\n"))
    assert [r for r in found if r[0] == "ธนาคารอาคารสงเคราะห์"] == []


def test_a_body_in_a_persons_post_receives_nothing():
    found = rows(extract(VISIT + "ผู้อำนวยการธนาคารออมสิน ซึ่งเคยได้รับรางวัลผู้บริหารดีเด่น ประจำปี 2560 กล่าวต้อนรับ\n"))
    assert [r for r in found if r[2] == 2560] == []


def test_a_programme_named_as_where_it_was_won_is_no_second_award():
    found = rows(extract(VISIT + "ธนาคารอาคารสงเคราะห์ ซึ่งเคยได้รับรางวัลเลิศรัฐ ประจำปี 2564 จากการประกวดรางวัลคุณภาพแห่งชาติ\n"))
    assert ("ธนาคารอาคารสงเคราะห์", "psea", 2564) in found
    assert ("ธนาคารอาคารสงเคราะห์", "tqa", 2564) not in found


def test_the_ceremony_where_an_award_was_handed_is_no_second_award():
    found = rows(extract(VISIT + "ธนาคารอาคารสงเคราะห์ ซึ่งเคยได้รับรางวัลเลิศรัฐ ประจำปี 2564 และพิธีมอบรางวัลคุณภาพแห่งชาติ"
                                 " ในวันเดียวกัน\n"))
    assert ("ธนาคารอาคารสงเคราะห์", "psea", 2564) in found
    assert ("ธนาคารอาคารสงเคราะห์", "tqa", 2564) not in found


def test_a_year_compared_with_is_no_award_of_that_year():
    found = rows(extract(VISIT + "กระทรวงการคลัง ซึ่งเคยได้รับรางวัลเลิศรัฐรวม 13 รางวัล ซึ่งมากกว่าปี 2565 ที่ได้รับรางวัลรวม 9 รางวัล\n"))
    assert [r for r in found if r[2] == 2565] == []
