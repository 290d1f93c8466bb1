"""English programme names the reader missed by their shape (prog21, issue 14): the edition's year written before the
name (``รางวัล 2020 Asian Townscape Awards``), the award word in lower case (``รางวัล Country award 2022``), and a
name with no award word led by a short form in capitals (``เข้ารับรางวัล ASEAN Eco-Schools``). Found on the
development set (d37, d34, d32); composed variants here, with negatives: a title led by a word of merit, Latin words
that are no name, a year that is no edition."""
from __future__ import annotations

import pytest

from test_award_precision import extract, name

DATE = "14/06/2566\n"


def awards(text: str) -> set[tuple[str, str, int | None]]:
    """(recipient, programme name, year) of every award read."""
    extraction = extract(DATE + text)
    return {(name(a.recipient, extraction), extraction.programmes[a.programme].name, a.year) for a in extraction.awards}


def programme_names(text: str) -> set[str]:
    return {p.name for p in extract(DATE + text).programmes.values()}


@pytest.mark.parametrize("year, be", [("2020", 2563), ("2023", 2566)])
@pytest.mark.parametrize("name", ["Asian Townscape Awards", "ASEAN Tourism Awards", "Thailand Energy Awards"])
def test_an_edition_year_before_an_english_name_is_its_year_not_its_name(year, be, name):
    text = f"กรมการท่องเที่ยวได้รับรางวัล {year} {name} ประเภท Best Practice\n"
    assert awards(text) == {("กรมการท่องเที่ยว", name, be)}


def test_a_year_after_the_name_still_wins_over_none():
    text = "กรมการท่องเที่ยวได้รับรางวัล ASEAN Tourism Awards 2022 ประเภท Best Practice\n"
    assert awards(text) == {("กรมการท่องเที่ยว", "ASEAN Tourism Awards", 2565)}


@pytest.mark.parametrize("word", ["award", "awards", "prize"])
def test_a_lower_case_award_word_ends_the_name(word):
    text = f"สำนักงานบริหารหนี้สาธารณะได้รับรางวัล Country {word} 2022 ประเภท Best liability management\n"
    assert awards(text) == {("สำนักงานบริหารหนี้สาธารณะ", f"Country {word}", 2565)}


@pytest.mark.parametrize("verb", ["เข้ารับรางวัล", "ได้รับรางวัล", "คว้ารางวัล"])
@pytest.mark.parametrize("name", ["ASEAN Eco-Schools", "TIP Heroes", "AIA Healthiest Schools"])
def test_a_name_led_by_a_short_form_needs_no_award_word(verb, name):
    text = f"ในปี 2566 โรงเรียนสาธิตเทศบาลบ้านหัวหิน{verb} {name} ระดับประเทศ\n"
    assert {(r, p) for r, p, _ in awards(text)} == {("โรงเรียนสาธิตเทศบาลบ้านหัวหิน", name)}


def test_a_name_handed_out_by_a_giving_verb():
    assert "ASEAN Eco-Schools" in programme_names(
        "ที่ประชุมรับรองการมอบรางวัล ASEAN Eco-Schools ระดับมัธยมศึกษา โดยโรงเรียนสาธิตเทศบาลบ้านหัวหินเข้ารับรางวัล ASEAN Eco-Schools\n")


@pytest.mark.parametrize("title", ["BEST Green Bond", "TOP Employer", "GOLD Winner"])
def test_a_title_led_by_a_word_of_merit_is_no_programme(title):
    assert not any(title in name for name in programme_names(f"ธนาคารออมสินได้รับรางวัล {title} ระดับภูมิภาค\n"))


@pytest.mark.parametrize("text", [
    "ธนาคารออมสินได้รับรางวัล Overall ระดับดีเด่น\n",               # one Latin word, no short form
    "ผู้โชคดีรับรางวัล iPhone Pro จำนวน 3 เครื่อง\n",                  # a product, lower-case lead
    "ธนาคารออมสินได้รับรางวัล Bank of the Year ระดับภูมิภาค\n",      # a title in capitals but no short form
])
def test_latin_words_that_are_no_programme_stay_unread(text):
    assert not awards(text)


def test_with_no_year_written_the_articles_year_stays():
    text = "กรมการท่องเที่ยวได้รับรางวัล ASEAN Tourism Awards ประเภท Best Practice\n"
    assert {y for _, _, y in awards(text)} == {2566}


def test_one_programme_written_with_its_year_before_or_after_is_one_node():
    before = extract(DATE + "กรมการท่องเที่ยวได้รับรางวัล 2020 ASEAN Tourism Awards ประเภท Best Practice\n")
    after = extract(DATE + "กรมการท่องเที่ยวได้รับรางวัล ASEAN Tourism Awards 2020 ประเภท Best Practice\n")
    assert {a.programme for a in before.awards} == {a.programme for a in after.awards} != set()
