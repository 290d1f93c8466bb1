"""Tests for thaigovkg.thaidate: Thai/English date mentions and Buddhist Era years."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaigovkg.normalize import normalize_text
from thaigovkg.thaidate import (
    THAI_MONTH_ABBRS,
    THAI_MONTHS,
    THAI_WEEKDAYS,
    DateMention,
    be_to_ce,
    ce_to_be,
    expand_year,
    find_dates,
    find_years,
    parse_thai_date,
)

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def to_thai_digits(text: str) -> str:
    return text.translate({ord(str(i)): THAI_DIGITS[i] for i in range(10)})


def only(text: str) -> DateMention:
    mentions = find_dates(text)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    assert text[m.start:m.end] == m.text
    return m


# --- years ---------------------------------------------------------------------------

@pytest.mark.parametrize(("be", "ce"), [(2567, 2024), (2543, 2000), (2400, 1857), (2700, 2157)])
def test_thaidate_be_ce_conversion(be: int, ce: int) -> None:
    assert be_to_ce(be) == ce
    assert ce_to_be(ce) == be


@given(st.integers(min_value=-10_000, max_value=10_000))
def test_thaidate_be_ce_round_trip(year: int) -> None:
    assert ce_to_be(be_to_ce(year)) == year


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (2567, 2567), (67, 2567), ("67", 2567), ("ปี 67", 2567), ("พ.ศ. 67", 2567), ("พ.ศ.2567", 2567),
        (2024, 2567), ("2024", 2567), ("ค.ศ. 2024", 2567), ("๒๕๖๗", 2567), ("ปี ๖๗", 2567),
        ("ประจำปีงบประมาณ พ.ศ. 2567", 2567), (" 2567 ", 2567), ("ในปี 2567", 2567), (1900, 2443), (2200, 2743),
        (None, None), ("", None), ("ไม่มีปี", None), (1500, None), (2300, None), (-5, None), ("7", None),
        (True, None), (3.5, None),
    ],
)
def test_thaidate_expand_year(value: object, expected: int | None) -> None:
    assert expand_year(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "phrase", "year_be"),
    [
        ("โครงการประจำปี 2567 ของกรม", "ประจำปี 2567", 2567),
        ("ในปี 2567 นี้", "ปี 2567", 2567),
        ("งบ ประจำปีงบประมาณ พ.ศ. 2567 จำนวน", "ประจำปีงบประมาณ พ.ศ. 2567", 2567),
        ("ปีงบประมาณ 2567", "ปีงบประมาณ 2567", 2567),
        ("รางวัลปี 64", "ปี 64", 2564),
        ("ตั้งแต่ พ.ศ. 2567", "พ.ศ. 2567", 2567),
        ("รางวัลประจำปี พ.ศ.2567", "ประจำปี พ.ศ.2567", 2567),
        ("ประจำปี ๒๕๖๗", "ประจำปี ๒๕๖๗", 2567),
        ("ปีการศึกษา 2566", "ปีการศึกษา 2566", 2566),
        ("ค.ศ. 2024", "ค.ศ. 2024", 2567),
        ("ปี 2024", "ปี 2024", 2567),
    ],
)
def test_thaidate_find_years_phrases(text: str, phrase: str, year_be: int) -> None:
    [(start, end, year)] = find_years(text)
    assert text[start:end] == phrase
    assert year == year_be


@pytest.mark.parametrize(
    "text",
    ["อายุ 45 ปี 10 เดือน", "ทุกปี 20 ครั้ง", "ปี 5", "ปี 2300", "ปี 256", "ปี 10.30 น.", "ไม่มีตัวเลข"],
)
def test_thaidate_find_years_rejects_non_years(text: str) -> None:
    assert find_years(text) == []


def test_thaidate_find_years_in_text_order() -> None:
    text = "ปี 2566 และปี 2567 ตาม พ.ศ. 2568"
    assert [y for _, _, y in find_years(text)] == [2566, 2567, 2568]


# --- dates: every documented form ----------------------------------------------------

@pytest.mark.parametrize(
    ("text", "mention", "date", "weekday", "relative"),
    [
        ("วันพุธที่ 18 กันยายน 2567", "วันพุธที่ 18 กันยายน 2567", dt.date(2024, 9, 18), "พุธ", None),
        ("เมื่อวันที่ 18 กันยายน 2567 ณ", "วันที่ 18 กันยายน 2567", dt.date(2024, 9, 18), None, None),
        ("18 กันยายน พ.ศ. 2567", "18 กันยายน พ.ศ. 2567", dt.date(2024, 9, 18), None, None),
        ("18 กันยายน พ.ศ.2567", "18 กันยายน พ.ศ.2567", dt.date(2024, 9, 18), None, None),
        ("18 ก.ย. 67", "18 ก.ย. 67", dt.date(2024, 9, 18), None, None),
        ("18 ก.ย. 2567", "18 ก.ย. 2567", dt.date(2024, 9, 18), None, None),
        ("18 ก.ย 2567", "18 ก.ย 2567", dt.date(2024, 9, 18), None, None),
        ("18 กย. 2567", "18 กย. 2567", dt.date(2024, 9, 18), None, None),
        ("18 ก. ย. 2567", "18 ก. ย. 2567", dt.date(2024, 9, 18), None, None),
        ("ข่าว (26 ก.ค. 67) ทำเนียบ", "26 ก.ค. 67", dt.date(2024, 7, 26), None, None),
        ("วันนี้ (26 ก.ค. 67) นายกรัฐมนตรี", "วันนี้ (26 ก.ค. 67)", dt.date(2024, 7, 26), None, "วันนี้"),
        ("วันพฤหัสบดีที่ 7 กันยายน 2566 ที่ผ่านมา", "วันพฤหัสบดีที่ 7 กันยายน 2566 ที่ผ่านมา",
         dt.date(2023, 9, 7), "พฤหัสบดี", "ที่ผ่านมา"),
        ("วันพฤหัสที่ 7 ก.ย. 66", "วันพฤหัสที่ 7 ก.ย. 66", dt.date(2023, 9, 7), "พฤหัสบดี", None),
        ("ภายในวันที่ 5 ต.ค.นี้", "วันที่ 5 ต.ค.นี้", None, None, "นี้"),
        ("26/07/2567", "26/07/2567", dt.date(2024, 7, 26), None, None),
        ("ลงวันที่ 26/7/67 แล้ว", "วันที่ 26/7/67", dt.date(2024, 7, 26), None, None),
        ("26/7/2024", "26/7/2024", dt.date(2024, 7, 26), None, None),
        ("on 18 September 2024.", "18 September 2024", dt.date(2024, 9, 18), None, None),
        ("on September 18, 2024 at", "September 18, 2024", dt.date(2024, 9, 18), None, None),
        ("Sept. 18, 2024", "Sept. 18, 2024", dt.date(2024, 9, 18), None, None),
        ("18 Sep 2024", "18 Sep 2024", dt.date(2024, 9, 18), None, None),
        ("the 18th of September 2024", "18th of September 2024", dt.date(2024, 9, 18), None, None),
        ("๑๘ กันยายน ๒๕๖๗", "๑๘ กันยายน ๒๕๖๗", dt.date(2024, 9, 18), None, None),
        ("วันที่ ๒๖ ก.ค. ๖๗", "วันที่ ๒๖ ก.ค. ๖๗", dt.date(2024, 7, 26), None, None),
        ("๒๖/๗/๖๗", "๒๖/๗/๖๗", dt.date(2024, 7, 26), None, None),
        ("18กันยายน2567", "18กันยายน2567", dt.date(2024, 9, 18), None, None),
        ("วันพุธที่18ก.ย.67", "วันพุธที่18ก.ย.67", dt.date(2024, 9, 18), "พุธ", None),
        ("18 ก.ย.พ.ศ.2567", "18 ก.ย.พ.ศ.2567", dt.date(2024, 9, 18), None, None),
        ("18 กันยายน ปี 2567", "18 กันยายน ปี 2567", dt.date(2024, 9, 18), None, None),
        ("18 กันยายน ค.ศ. 2024", "18 กันยายน ค.ศ. 2024", dt.date(2024, 9, 18), None, None),
        ("18 กรกฏาคม 2567", "18 กรกฏาคม 2567", dt.date(2024, 7, 18), None, None),
        ("1 มกราคม 2568", "1 มกราคม 2568", dt.date(2025, 1, 1), None, None),
        ("29 ก.พ. 67", "29 ก.พ. 67", dt.date(2024, 2, 29), None, None),
    ],
)
def test_thaidate_find_dates_forms(
    text: str, mention: str, date: dt.date | None, weekday: str | None, relative: str | None
) -> None:
    m = only(text)
    assert m.text == mention
    assert m.start == text.index(mention)
    assert m.date == date
    assert m.weekday == weekday
    assert m.relative == relative


def test_thaidate_find_dates_without_year() -> None:
    m = only("เมื่อวันที่ 29 สิงหาคมที่ผ่านมา ณ ทำเนียบรัฐบาล")
    assert (m.text, m.day, m.month, m.year_be, m.date, m.relative) == (
        "วันที่ 29 สิงหาคมที่ผ่านมา", 29, 8, None, None, "ที่ผ่านมา")


@pytest.mark.parametrize(
    ("text", "day", "month", "year_be"),
    [
        ("31 กุมภาพันธ์ 2567", 31, 2, 2567),
        ("29 ก.พ. 66", 29, 2, 2566),
        ("31 เมษายน 2567", 31, 4, 2567),
        ("31/06/2567", 31, 6, 2567),
    ],
)
def test_thaidate_find_dates_impossible_dates_have_no_date(text: str, day: int, month: int, year_be: int) -> None:
    m = only(text)
    assert (m.day, m.month, m.year_be, m.date) == (day, month, year_be, None)
    assert parse_thai_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "เวลา 14.00 น.",
        "มอบ 13 รางวัล",
        "จำนวน 2567 คน",
        "สำนักงาน ก.พ.ร. 13 ก.พ.ร.",
        "คณะกรรมการ ก.ค.ศ. 5 ก.ค.ศ.",
        "ผู้กู้ 5 กยศ",
        "45 กันยายน 2567",
        "0 มกราคม 2567",
        "32 มกราคม 2567",
        "26/13/2567",
        "26/7/2300",
        "1/2/3/4",
        "may 18 people",
        "",
    ],
)
def test_thaidate_find_dates_ignores_non_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("18 กันยายน 10.00 น.", "18 กันยายน"),  # the time is not a two-digit year
        ("18 ก.ย. 1500 คน", "18 ก.ย."),  # 1500 is no year under the range rule
        ("18 ก.ย. 256789", "18 ก.ย."),
    ],
)
def test_thaidate_find_dates_does_not_swallow_numbers(text: str, mention: str) -> None:
    m = only(text)
    assert m.text == mention
    assert m.year_be is None


def test_thaidate_find_dates_in_text_order_with_offsets() -> None:
    text = "วันที่ 1 ม.ค. 67 ประชุม และ 26/7/67 ต่อด้วย September 18, 2024 และวันพุธที่ 18 ธันวาคม 2567"
    mentions = find_dates(text)
    assert [m.date for m in mentions] == [
        dt.date(2024, 1, 1), dt.date(2024, 7, 26), dt.date(2024, 9, 18), dt.date(2024, 12, 18)]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert all(text[m.start:m.end] == m.text for m in mentions)


def test_thaidate_find_dates_same_offsets_after_digit_normalisation() -> None:
    raw = "วันที่ ๑๘ กันยายน ๒๕๖๗ ที่ผ่านมา"
    normalised = normalize_text(raw)
    assert [(m.start, m.end, m.date) for m in find_dates(raw)] == [
        (m.start, m.end, m.date) for m in find_dates(normalised)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ประชุมเมื่อ 29 สิงหาคม แล้วต่อวันที่ 18 ก.ย. 67", dt.date(2024, 9, 18)),
        ("18 September 2024", dt.date(2024, 9, 18)),
        ("ไม่มีวันที่", None),
        ("", None),
    ],
)
def test_thaidate_parse_thai_date_first_complete(text: str, expected: dt.date | None) -> None:
    assert parse_thai_date(text) == expected


def test_thaidate_date_mention_is_frozen() -> None:
    m = only("18 ก.ย. 67")
    with pytest.raises(AttributeError):
        m.day = 1  # type: ignore[misc]


# --- round trip ----------------------------------------------------------------------

DATES_BE = st.dates(min_value=dt.date(2400 - 543, 1, 1), max_value=dt.date(2700 - 543, 12, 31))
PREFIX = "ข่าวประชาสัมพันธ์ "
SUFFIX = " ณ ทำเนียบรัฐบาล"


@st.composite
def thai_formatted(draw: st.DrawFn) -> tuple[str, dt.date]:
    date = draw(DATES_BE)
    year_be = ce_to_be(date.year)
    month = draw(st.sampled_from([
        THAI_MONTHS[date.month - 1],
        THAI_MONTH_ABBRS[date.month - 1],
        THAI_MONTH_ABBRS[date.month - 1].rstrip("."),
        THAI_MONTH_ABBRS[date.month - 1].replace(".", "", 1),
    ]))
    choices = [str(year_be), f"พ.ศ. {year_be}", f"พ.ศ.{year_be}"]
    if 2500 <= year_be <= 2599:  # two-digit years are read as 25xx
        choices.append(f"{year_be % 100:02d}")
    year = draw(st.sampled_from(choices))
    lead = draw(st.sampled_from(["", "วันที่ ", f"วัน{THAI_WEEKDAYS[date.weekday()]}ที่ "]))
    if lead and draw(st.booleans()):
        lead = lead.rstrip()  # วันที่18
    day = draw(st.sampled_from([str(date.day), f"{date.day:02d}"]))
    sep1, sep2 = draw(st.sampled_from([" ", ""])), draw(st.sampled_from([" ", "", "  "]))
    relative = draw(st.sampled_from(["", " ที่ผ่านมา", "ที่ผ่านมา"]))
    mention = f"{lead}{day}{sep1}{month}{sep2}{year}{relative}"
    if draw(st.booleans()):
        mention = to_thai_digits(mention)
    return mention, date


@settings(max_examples=400, deadline=None)
@given(thai_formatted())
def test_thaidate_find_dates_round_trip_thai(case: tuple[str, dt.date]) -> None:
    mention, date = case
    text = PREFIX + mention + SUFFIX
    m = only(text)
    assert (m.start, m.end) == (len(PREFIX), len(PREFIX) + len(mention))
    assert m.date == date
    assert m.year_be == ce_to_be(date.year)
    assert (m.day, m.month) == (date.day, date.month)
    assert m.relative == ("ที่ผ่านมา" if "ที่ผ่านมา" in mention else None)
    assert parse_thai_date(text) == date


@st.composite
def slash_or_english(draw: st.DrawFn) -> tuple[str, dt.date]:
    kind = draw(st.sampled_from(["slash-be", "slash-ce", "en-dmy", "en-mdy"]))
    if kind == "slash-be":
        date = draw(DATES_BE)
        year_be = ce_to_be(date.year)
        year = draw(st.sampled_from([str(year_be)] + ([f"{year_be % 100:02d}"] if 2500 <= year_be <= 2599 else [])))
        return f"{date.day}/{date.month:02d}/{year}", date
    date = draw(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
    if kind == "slash-ce":
        return f"{date.day:02d}/{date.month}/{date.year}", date
    name = draw(st.sampled_from([EN_MONTHS[date.month - 1], EN_MONTHS[date.month - 1][:3]]))
    if kind == "en-dmy":
        return f"{date.day} {name} {date.year}", date
    return f"{name} {date.day}, {date.year}", date


@settings(max_examples=200, deadline=None)
@given(slash_or_english())
def test_thaidate_find_dates_round_trip_slash_and_english(case: tuple[str, dt.date]) -> None:
    mention, date = case
    text = PREFIX + mention + SUFFIX
    m = only(text)
    assert m.text == mention
    assert m.start == len(PREFIX)
    assert m.date == date


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789๐๑๒๓ /.,: กขคยพศปีวันที่ธันวาคมก.ย.Sept")), max_size=40))
def test_thaidate_find_dates_offsets_hold_on_noise(text: str) -> None:
    for m in find_dates(text):
        assert text[m.start:m.end] == m.text
        assert 1 <= m.day <= 31 and 1 <= m.month <= 12


@pytest.mark.parametrize("month", range(1, 13))
def test_thaidate_find_dates_every_month_form(month: int) -> None:
    abbr = THAI_MONTH_ABBRS[month - 1]
    forms = [
        THAI_MONTHS[month - 1],
        abbr,
        abbr.rstrip("."),  # ก.ย
        abbr.replace(".", "", 1),  # กย.
        abbr.replace(".", ""),  # กย
        EN_MONTHS[month - 1],
        EN_MONTHS[month - 1][:3],
        EN_MONTHS[month - 1].upper(),
    ]
    for form in forms:
        m = only(f"วันที่ 9 {form} 2567 ครับ" if form[0] >= "\u0e00" else f"on 9 {form} 2024.")
        assert (m.day, m.month, m.year_be) == (9, month, 2567), form


@pytest.mark.parametrize("text", ["18 ก.ยพ.ศ.2567", "18 กยพ.ศ. 2567", "18 ก.ย.ค.ศ.2024"])
def test_thaidate_find_dates_abbreviation_then_era(text: str) -> None:
    assert only(text).date == dt.date(2024, 9, 18)
