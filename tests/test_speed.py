"""The speed-ups must not change what is found: each fast path against the plain one it replaces."""
import unicodedata

from thaigovkg.extract.organizations import _EitherRegex
from thaigovkg.gazetteer import literal_regex
from thaigovkg.normalize import _translation_table, _translate, normalize_text
from thaigovkg.chunks import TripleList as _TripleList


def test_either_regex_finds_what_the_union_trie_finds():
    table, extra = {"พม.", "สป.", "ก.พ.ร.", "สปสช."}, {"พม.ก.", "สป", "ศปก.มท."}
    text = "สป.พม. และ สปสช. กับ พม.ก. ของ ศปก. มท. ตาม ก.พ. ร. สปxสป"
    union = [(m.span(), m.group()) for m in literal_regex(table | extra).finditer(text)]
    either = [(m.span(), m.group()) for m in _EitherRegex(literal_regex(table), literal_regex(extra)).finditer(text)]
    assert either == union
    assert ((6, 9), "พม.") not in either and any(group == "พม.ก." for _, group in either)


def test_translate_replaces_like_str_translate():
    text = "ปี\u00a0๒๕๖๗\u200bข่าว\r\x07ท้าย\u2028"
    assert _translate(text) == text.translate(_translation_table()) == "ปี 2567ข่าว\nท้าย\n"


def test_normalize_text_is_a_fixed_point_after_a_changing_first_round():
    text = "ประจำปี\u00a0๒๕๖๗ เเละ ก ่า"
    once = normalize_text(text)
    assert normalize_text(once) == once and unicodedata.is_normalized("NFC", once)
    assert "\u00a0" not in once and "2567" in once and "แ" in once


def test_triple_list_value_is_the_object_of_a_subject_and_predicate():
    triples = _TripleList()
    triples.add(("s", "p", "o"))
    triples.add(("s", "q", "x"))
    assert triples.value("s", "q") == "x" and triples.value("t", "q") is None and len(triples) == 2
