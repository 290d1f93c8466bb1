"""The speed-ups must not change what is found: each fast path against the plain one it replaces."""
import unicodedata

from thaigovkg.extract.organizations.table_names import _EitherRegex
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


def test_article_graph_without_names_is_the_graph_less_its_name_triples():
    from thaigovkg.article import parse_article
    from thaigovkg.extract import extract_article
    from thaigovkg.resolve import NAME_PREDICATES
    from thaigovkg.to_rdf import article_graph

    text = ("ข่าวกระทรวงมหาดไทย\n\nนายสมชาย ใจดี ปลัดกระทรวงมหาดไทย และ ดร.สมหญิง รักเรียน อธิบดีกรมการปกครอง "
            "ร่วมประชุมกับนายอนุชา นาคาศัย ที่กรุงเทพมหานคร")
    extraction = extract_article(parse_article(text, "names.txt"))
    assert extraction.people
    whole, without = set(article_graph(extraction)), set(article_graph(extraction, names=False))
    assert without == {t for t in whole if str(t[1]) not in NAME_PREDICATES}
    assert whole - without and all(str(t[1]) in NAME_PREDICATES for t in whole - without)


def test_split_honorifics_takes_the_longest_honorific_first_like_a_plain_scan():
    from thaigovkg.extract.people.names import _split_honorifics
    from thaigovkg.gazetteer import HONORIFICS

    def plain(run: str) -> str:
        parts, rest = [], run.strip()
        while rest:
            head = next((h for h in sorted(HONORIFICS, key=len, reverse=True) if rest.startswith(h)), None)
            if head is None:
                break
            parts.append(head)
            rest = rest[len(head):].lstrip()
        return " ".join(parts)

    for run in ("ศาสตราจารย์กิตติคุณ ดร.", "พลตำรวจเอก ดร.", "ผศ.ดร.", "นาย", "นางสาว", "ดร. นาย", "xนาย", "",
                "พลเอก พลเอก", "รองศาสตราจารย์ ดร.นายแพทย์"):
        assert _split_honorifics(run) == plain(run), run


def test_one_sequence_matcher_for_many_table_names_gives_the_fresh_ratios():
    from difflib import SequenceMatcher

    name = "สำนักงานคณะกรมการส่งสริมการลงทุน"
    tables = ("สำนักงานคณะกรรมการส่งเสริมการลงทุน", "สำนักงานคณะกรรมการการเลือกตั้ง", "สำนักงานส่งเสริมการค้า", name)
    shared = SequenceMatcher(None, "", name, autojunk=False)
    for table in tables:
        shared.set_seq1(table)
        fresh = SequenceMatcher(None, table, name, autojunk=False)
        assert (shared.real_quick_ratio(), shared.quick_ratio(), shared.ratio()) == \
               (fresh.real_quick_ratio(), fresh.quick_ratio(), fresh.ratio())


def test_a_numbered_family_needs_a_word_every_name_it_finds_holds():
    from thaigovkg.extract.organizations.security_units import _numbered_regexes

    written = ("มณฑลทหารบกที่ 32 กองบัญชาการกองพลทหารราบที่ 15 กองพลทหารม้าที่ 2 กรมทหารพรานที่ 41 "
               "กรมทหารราบที่ 1 มหาดเล็กรักษาพระองค์ กองบิน 21 กองบิน 7")
    guarded = [(regex, family) for regex, family in _numbered_regexes() if family.needs]
    assert len(guarded) == 4
    for regex, family in guarded:
        found = [m.group() for m in regex.finditer(written)]
        assert found and all(family.needs in name for name in found), family.name
        assert not list(regex.finditer(written.replace(family.needs, "x")))


def _first_letters(items) -> tuple[set[str], bool]:
    """The letters a match of parsed ``items`` can begin with, and whether it can match nothing."""
    from re import _constants as c

    letters: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            return letters | {chr(arg)}, False
        if op is c.IN:
            for kind, value in arg:
                assert kind in (c.LITERAL, c.RANGE), kind
                low, high = (value, value) if kind is c.LITERAL else value
                letters |= {chr(code) for code in range(low, high + 1)}
            return letters, False
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):      # zero width: look at what follows
            continue
        if op is c.SUBPATTERN:
            found, empty = _first_letters(arg[3])
        elif op is c.BRANCH:
            both = [_first_letters(branch) for branch in arg[1]]
            found, empty = set().union(*(f for f, _ in both)), any(e for _, e in both)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            found, empty = _first_letters(arg[2])
            empty = empty or arg[0] == 0
        else:
            raise AssertionError(f"not read here: {op}")
        letters |= found
        if not empty:
            return letters, False
    return letters, True


def test_each_opening_lookahead_holds_every_letter_a_match_can_begin_with():
    """A pattern given a lookahead of its first letters (``gazetteer.opening``) finds what it found without it."""
    from re import _parser

    from thaigovkg.extract.organizations.faculties import _faculty_regex
    from thaigovkg.extract.organizations.provincial_offices import _office_by_short_form_regex
    from thaigovkg.extract.organizations.named_bodies import _NATIONAL_COMMITTEE
    from thaigovkg.extract.organizations.provincial_offices import _office_without_the_word_regex
    from thaigovkg.extract.people.names import _KHUN, _person_regex
    from thaigovkg.extract.people.positions import _GRADED_UNIT_HEAD, _UNKNOWN_BODY_RE, _head_regex
    from thaigovkg.extract.programmes import _AWARD_NOT_MONEY, _SELECTED_AS
    from thaigovkg.extract.people.short_named_bodies import _regex
    from thaigovkg.gazetteer import load_gazetteer
    from thaigovkg.thaidate import _date_regex

    gazetteer = load_gazetteer()
    for regex in (_faculty_regex(gazetteer), _office_by_short_form_regex(gazetteer), _UNKNOWN_BODY_RE,
                  _regex(gazetteer)[0], _date_regex(), _person_regex(), _head_regex(), _NATIONAL_COMMITTEE,
                  _office_without_the_word_regex(gazetteer), _KHUN, _GRADED_UNIT_HEAD, _AWARD_NOT_MONEY, _SELECTED_AS):
        lookahead, rest = regex.pattern.split("]", 1) if regex.pattern.startswith("(?=[") else ("", regex.pattern)
        if not lookahead:       # a word: "(?=คณะ)"
            lookahead, rest = regex.pattern.split(")", 1)
            allowed = {lookahead.removeprefix("(?=")[0]}
        else:
            allowed, _ = _first_letters(_parser.parse(lookahead.removeprefix("(?=") + "]").data)
        needed, empty = _first_letters(_parser.parse(rest.removeprefix(")")).data)
        assert not empty and needed and needed <= allowed, (regex.pattern[:60], needed - allowed)


def test_literal_regex_with_the_gap_before_the_branches_finds_what_a_gap_in_each_branch_finds():
    import random
    import re

    from thaigovkg.gazetteer import load_gazetteer

    def plain(words):      # the trie as first written: the optional gap opens every branch below the root
        trie: dict = {}
        for word in words:
            node = trie
            for char in re.sub(r"\s+", "", word):
                node = node.setdefault(char, {})
            node[""] = {}

        def build(node, depth):
            branches = [("[ \t]?" if depth else "") + re.escape(c) + build(child, depth + 1)
                        for c, child in sorted(node.items()) if c]
            if not branches:
                return ""
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
            return f"(?:{body})?" if "" in node else body
        return re.compile(build(trie, 0))

    gazetteer = load_gazetteer()
    words = sorted({*gazetteer.abbreviations, *[o.name for o in list(gazetteer.agencies.values())[:400]], "ก.พ.", "ก.พ.ร.", "สป", "สป.", "สปสช."})
    pieces, rng = words + [" ", "  ", "\t", "x", "และ", "ๆ", "."], random.Random(16)
    texts = ["".join(rng.choice(pieces) for _ in range(60)) for _ in range(300)]
    texts += [" ".join(word) for word in words[:200]]           # each letter spaced
    fast, slow = literal_regex(words), plain(words)
    for text in texts:
        assert [(m.span(), m.group()) for m in fast.finditer(text)] == [(m.span(), m.group()) for m in slow.finditer(text)]


def test_title_tries_find_what_the_longest_first_lists_find():
    import re

    from thaigovkg.extract.people.positions import _head_regex, _standalone_regex
    from thaigovkg.gazetteer import ACTING_PREFIXES, HEAD_ABBREVIATIONS, POSITION_HEADS, STANDALONE_POSITIONS

    acting = "|".join(ACTING_PREFIXES)
    heads = "|".join(sorted(map(re.escape, {*POSITION_HEADS, *HEAD_ABBREVIATIONS}), key=len, reverse=True))
    titles = "|".join(sorted(map(re.escape, STANDALONE_POSITIONS), key=len, reverse=True))
    listed_head = re.compile(rf"(?P<acting>(?:{acting})[ \t]?)?(?P<head>(?:กรรมการและ)?(?:{heads}))[ \t]{{0,2}}$")
    listed_title = re.compile(rf"(?P<acting>(?:{acting})[ \t]?)?(?P<title>{titles})")
    words = sorted({*POSITION_HEADS, *HEAD_ABBREVIATIONS, *STANDALONE_POSITIONS})
    for word in words:
        for text in (f"นาย ก {word}", f"รักษาการ{word}  ", f"กรรมการและ{word} ", f"{word}กรม", f"x{word[:-1]}", f"{word}{word}"):
            for regex, listed in ((_head_regex(), listed_head), (_standalone_regex(), listed_title)):
                found, expected = regex.search(text), listed.search(text)
                assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))
