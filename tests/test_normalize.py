"""Tests for thaigovkg.normalize: the article normal form and the name-comparison key."""
from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thaigovkg.normalize import (
    ZERO_WIDTH_CHARS,
    collapse_spaces,
    match_key,
    normalize_text,
    thai_digits_to_arabic,
)

# Thai block plus the characters normalize_text treats specially, to give hypothesis
# a good chance of hitting Thai mark sequences and the removal rules.
THAI_HEAVY = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0E00, max_codepoint=0x0E7F),
        st.sampled_from(list(" \t\n\r\u00a0\u3000\u2028" + ZERO_WIDTH_CHARS + "\x00\x85\x7f.abc1")),
    ),
    max_size=60,
)


# --- robustness catalogue -------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("\ufeffกระทรวง", "กระทรวง", id="bom"),
        pytest.param("กระ\u200bทรวง", "กระทรวง", id="zwsp-inside-word"),
        pytest.param("กระ\u200c\u200d\u2060ทรวง", "กระทรวง", id="other-zero-width"),
        pytest.param("เเม่น้ำ", "แม่น้ำ", id="double-sara-e"),
        pytest.param("ปี ๒๕๖๗", "ปี 2567", id="thai-digits"),
        pytest.param("บรรทัด 1\r\nบรรทัด 2\rบรรทัด 3", "บรรทัด 1\nบรรทัด 2\nบรรทัด 3", id="crlf-and-cr"),
        pytest.param("a\x00b\x07c\x1bd\x7fe\x85f\x9fg", "abcdefg", id="control-chars"),
        pytest.param("คอลัมน์\tหนึ่ง\nสอง", "คอลัมน์\tหนึ่ง\nสอง", id="tab-newline-kept"),
        pytest.param("นายก\u00a0รัฐมนตรี\u2009ไทย\u3000x", "นายก รัฐมนตรี ไทย x", id="space-separators"),
        pytest.param("ยินดี 🎉🇹🇭 ครับ", "ยินดี 🎉🇹🇭 ครับ", id="emoji"),
        pytest.param("กระทรวงการคลัง (Ministry of Finance)", "กระทรวงการคลัง (Ministry of Finance)", id="mixed-english"),
        pytest.param("นํ้า", "น้ำ", id="nikhahit-tone-sara-aa"),
        pytest.param("น้ํา", "น้ำ", id="tone-nikhahit-sara-aa"),
        pytest.param("ก่่า", "ก่า", id="duplicate-tone-mark"),
        pytest.param("ดีีี", "ดี", id="repeated-vowel"),
        pytest.param("ก่ี", "กี่", id="tone-before-vowel"),
        pytest.param("พ ุ่ม", "พุ่ม", id="space-before-mark"),
        pytest.param("e\u0301", "\u00e9", id="nfc"),
        pytest.param("ย่อหน้า 1\n\n  ย่อหน้า 2  ", "ย่อหน้า 1\n\n  ย่อหน้า 2  ", id="layout-kept"),
    ],
)
def test_normalize_text_catalogue(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize(
    "word",
    ["น้ำ", "กษัตริย์", "ฤๅษี", "แม่", "ที่", "กี่", "สำนักงาน", "พระบาทสมเด็จพระเจ้าอยู่หัว", "ศึกษาธิการ",
     "ก.พ.ร.", "ๆ", "ฯพณฯ", "ปี่", "เก้า", "ไม่", "ใหญ่", "โรงเรียน"],
)
def test_normalize_text_leaves_ordinary_words(word: str) -> None:
    assert normalize_text(word) == word


def test_normalize_text_leaves_the_pythainlp_dictionary_alone() -> None:
    """Every correctly spelled word of pythainlp's bundled word list comes back unchanged."""
    from pythainlp.corpus import thai_words

    changed = [w for w in sorted(thai_words()) if normalize_text(w) != w]
    assert changed == []


def test_normalize_text_maps_every_space_separator() -> None:
    spaces = "".join(chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs")
    assert normalize_text("a" + spaces + "b") == "a" + " " * len(spaces) + "b"


@pytest.mark.parametrize("raw", ["\ud800", "ก\udfff", "\U0010ffff", "\x00" * 5, "\u0e48" * 50, "\r" * 3])
def test_normalize_text_never_raises_on_odd_input(raw: str) -> None:
    assert isinstance(normalize_text(raw), str)


# --- properties ----------------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(), THAI_HEAVY))
def test_normalize_text_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), THAI_HEAVY))
def test_normalize_text_output_is_clean(text: str) -> None:
    out = normalize_text(text)
    assert "\r" not in out
    assert not any(ch in out for ch in ZERO_WIDTH_CHARS)
    assert not any("\u0e50" <= ch <= "\u0e59" for ch in out)
    assert all(ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Zs", "Zl", "Zp") or ch == " " for ch in out)
    assert "\u0e40\u0e40" not in out
    assert unicodedata.is_normalized("NFC", out)


@given(st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E) | st.sampled_from("\n\t")))
def test_normalize_text_keeps_printable_ascii(text: str) -> None:
    assert normalize_text(text) == text


# --- helpers -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("raw", "expected"),
    [("๐๑๒๓๔๕๖๗๘๙", "0123456789"), ("พ.ศ. ๒๕๖๗", "พ.ศ. 2567"), ("abc 12", "abc 12"), ("", "")],
)
def test_thai_digits_to_arabic_converts(raw: str, expected: str) -> None:
    assert thai_digits_to_arabic(raw) == expected


@given(st.text())
def test_thai_digits_to_arabic_keeps_length(text: str) -> None:
    assert len(thai_digits_to_arabic(text)) == len(text)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("  ก   ข\t\tค  ", "ก ข ค"), ("\tx\t", "x"), ("", ""), ("a \t b", "a b"), ("a\nb", "a\nb")],
)
def test_collapse_spaces_collapses_and_strips(raw: str, expected: str) -> None:
    assert collapse_spaces(raw) == expected


@given(st.text(alphabet=" \tกขab\n"))
def test_collapse_spaces_is_idempotent(text: str) -> None:
    once = collapse_spaces(text)
    assert collapse_spaces(once) == once
    assert "  " not in once and "\t" not in once


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("สำนักงาน ก.พ.ร.", "สำนักงานก.พ.ร."),
        ("สำนักงาน ก.พ.ร.", "สำนักงาน กพร"),
        ("กระทรวง\u200bการคลัง", "กระทรวงการคลัง"),
        ("“กรมบัญชีกลาง”", "กรมบัญชีกลาง"),
        ("‘ทำเนียบ’ (รัฐบาล)", "ทำเนียบรัฐบาล"),
        ("เเผนงาน", "แผนงาน"),
        ("ปี ๒๕๖๗", "ปี2567"),
        ("กรม\u00a0ป่าไม้", "กรม ป่าไม้"),
        ("Ministry of Finance", "MinistryofFinance"),
    ],
)
def test_match_key_equates_variants(left: str, right: str) -> None:
    assert match_key(left) == match_key(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [("กรมป่าไม้", "กรมปาไม้"), ("กระทรวงการคลัง", "กระทรวงการต่างประเทศ"), ("Finance", "finance")],
)
def test_match_key_keeps_distinct_names_apart(left: str, right: str) -> None:
    assert match_key(left) != match_key(right)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), THAI_HEAVY))
def test_match_key_is_idempotent_and_spaceless(text: str) -> None:
    key = match_key(text)
    assert match_key(key) == key
    assert not any(ch.isspace() for ch in key)


def test_a_title_spaced_differently_in_two_articles_gets_one_label():
    from thaigovkg.normalize import join_thai_words, match_key
    a, b = "ผู้อำนวยการ ศูนย์ปฏิบัติการด้านการคมนาคม", "ผู้อำนวยการศูนย์ปฏิบัติการ  ด้านการคมนาคม"
    assert match_key(a) == match_key(b)
    assert join_thai_words(a) == join_thai_words(b) == "ผู้อำนวยการศูนย์ปฏิบัติการด้านการคมนาคม"
    assert join_thai_words("ผู้อำนวยการ Smart Job Center จังหวัดน่าน") == "ผู้อำนวยการ Smart Job Center จังหวัดน่าน"
