"""The people step: a person is an honorific or rank, a given name and a surname (``นายอนุกูล ปีดแก้ว``); a given
name alone later on (``นายอนุกูล กล่าวว่า``) points back to the person already met. คุณ before a name (with a title
after it, or written on to the given name), a child's honorific before a listed name and a monk's title-name (where a
title follows it) are read too. A "surname" that reads as the sentence going on (``พลเอก ประวิตร อนุมัติ …`` in a
headline) points to the person the article names in full, or gives no person; นายก written on to a name is no นาย."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ...gazetteer import (HEAD_ABBREVIATIONS, HONORIFICS, NOT_GIVEN_NAME, NOT_SURNAME, NOT_SURNAME_WORDS, POSITION_HEADS,
                          STANDALONE_POSITIONS, opening)
from ...model import Person
from ..reading import PersonMention, Reading
from .common import _BRIDGE, _THAI_RUN, _untaken


_NAME_START = r"[\u0e01-\u0e2e\u0e40-\u0e44]"   # a consonant or a leading vowel (เ แ โ ใ ไ)
# After นาย a word that makes นาย part of a noun, not Mr: นายก (prime minister,
# mayor, president), นายอำเภอ (district chief), นายทหาร / นายตำรวจ (officers), นายจ้าง (employer) …
_NOT_AFTER_NAI = (r"(?!ก(?:รัฐมนตรี|ฯ|สมาคม|เทศมนตรี|เทศบาล|องค์การ|องค์กร|สภา|อบต|อบจ|ราชบัณฑิต|เหล่ากาชาด|สโมสร|และ|สั่ง)"
                  r"|อำเภอ|ทหาร|ตำรวจ|จ้าง|หน้า|ทะเบียน|ช่าง|ด่าน|ประกัน|ทุน|พราน|ท่า|เรือ(?!ง)|สถานี|งาน|แบบ|ธนาคาร)")
# …and words that end in นาย: มิถุนายน (June), พัฒนา|ยก (develop, raise), นครนายก, ทนาย (lawyer)
_NOT_BEFORE_NAI = r"(?<!มิถุน)(?<!พัฒน)(?<!นครน)(?<!ทน)"
# After นาง a word that makes นาง part of a noun, not Mrs: นางฟ้า (angel), หอยนางรม (oyster),
# พระเจ้าพี่นางเธอ (a royal title), นางพญา (a flower), นางแบบ (model), นางงาม, นางสงกรานต์ …
_NOT_AFTER_NANG = r"(?!ฟ้า|รม|เธอ|พญา|แบบ|งาม|สงกรานต์|พยาบาล|รำ|นพมาศ|กวัก|สนม|ข้าหลวง|ใน)"
_NOT_BEFORE_NANG = r"(?<!พระน)(?<!พี่น)(?<!น้องน)(?<!หอยน)(?<!เห็ดน)"
# หม่อมเจ้า inside ทูลกระหม่อม (a royal address) or โปรดกระหม่อม is no honorific
_NOT_BEFORE_MOM = r"(?<!กระห)"
# เรือเอก (navy lieutenant) is also a boat: เรือเอกชน (a private boat)
_NOT_AFTER_RANK = {"เอก": r"(?!ชน)"}
# "ทนายอนันต์ชัย ไชยเดช": a lawyer is named after the word for lawyer written on to the name, the way
# an honorific is (not ทนายความ, the profession); the person is found, with no honorific
_LAWYER = r"ทนาย(?!ความ)[ \t]?"
_LAWYER_MAX_CONSONANTS = 8      # "ทนายอาสาประจำสถานีตำรวจ" (a volunteer lawyer at the station) names nobody
# A name followed by จำกัด or (มหาชน) is a company's: "บริษัท … นางศิลา จำกัด"
_COMPANY_AFTER = re.compile(r"[ \t]*(?:จำกัด(?![\u0e01-\u0e4e])|\(มหาชน\))")
# An abbreviated honorific (ศ., ทพ., ดร. …) written right after a few consonants closes an
# acronym, not a title before a name: กยศ., สอศ., กทพ.
# …or letters with dots: ก.ม.จ. (an ethics committee) holds no ม.จ.
_ACRONYM_BEFORE = re.compile(r"(?<![\u0e01-\u0e4e])(?:[\u0e01-\u0e2e]{1,5}|(?:[\u0e01-\u0e2e]{1,2}\.)+)$")
# นาย / นาง written on to a word and set apart from what follows ends a word: แก้งสนามนาง (a district),
# ทุกนาย (every officer), คำทำนาย (prophecy); a Mr or Mrs written so follows a connective ("และนางสาว ศุภมาส")
_CIVIL = ("นาย", "นาง", "นางสาว")
_CONNECTIVE_BEFORE = re.compile(r"(?:และ|ของ|โดย|มี|กับ|ด้วย|จาก|ให้|ที่|ว่า|แก่|ถึง|ต่อ|คือ|ได้แก่|อาทิ|เช่น)$")
# a surname written on to "and" and the next person ("อัจฉริยโสภณและนางสาวมนุพร") ends before และ
_NOT_NEXT_PERSON = r"(?!และ(?:นาย|นาง|ดร\.|พล|พัน|ร้อย))"
_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")
_MAX_SURNAME_CONSONANTS = 12      # the Names Act allows ten; a longer run is the sentence going on
# Noble surnames written with ณ (ณ อยุธยา …) continue the surname.
_NOBLE = r"(?:[ \t]ณ[ \t](?:อยุธยา|ป้อมเพชร์|ป้อมเพชร|นคร|ระนอง|ถลาง|เชียงใหม่|สงขลา|ลำปาง|น่าน|พัทลุง|บางช้าง|หนองคาย))"
# A given name written together with what the person did next: said, disclosed, received …
_GLUED_VERB = re.compile(r"กล่าว|เปิดเผย|ได้รับ|ได้|เป็น|ร่วม|มอบ|ให้สัมภาษณ์|ให้|เดินทาง|จะ|ต้อง|เสนอ|ยืนยัน")
_NICKNAME = re.compile(r"[“\"']([\u0e01-\u0e4e]{2,12})[”\"'][ \t]?$")


# A child's honorific: the young winners of the award lists ("รางวัลชนะเลิศ ได้แก่ เด็กหญิงอรอุมา ศรีสว่าง โรงเรียน…",
# "ด.ช.ภูริ ทองงาม จ.ตรัง"). เด็กหญิง / เด็กชาย are also the words for girl and boy ("สถานสงเคราะห์เด็กหญิงบ้าน…",
# "เด็กหญิงอายุ 11 ปี", "เด็กหญิงเอ (นามสมมติ)"): a child is named only where the name stands apart from the words
# before it and ends where the lists' names end (see _LISTED_END).
_CHILD = ("เด็กหญิง", "เด็กชาย", "ด.ญ.", "ด.ช.")
# after a listed name: the next name, a nickname or place in brackets, the line's end, a comma or "and", or what
# the lists write after a child: the school, the province or district, the age, the class, the song or the work
_LISTED_END = re.compile(r"[ \t]*(?:$|\n|\(|,|และ)|[ \t]+(?:" + "|".join(map(re.escape, sorted(
    (*HONORIFICS, *_CHILD, "จ.", "จังหวัด", "อ.", "อำเภอ", "โรงเรียน", "นักเรียน", "ชั้น", "ระดับ", "อายุ", "ในบทเพลง",
     "ชื่อผลงาน", "ผลงาน", "จาก"), key=len, reverse=True))) + ")", re.M)


@lru_cache(maxsize=1)
def _person_regex() -> re.Pattern[str]:
    honorifics = sorted((*HONORIFICS, *_CHILD), key=len, reverse=True)
    # grouped by first letter (same order within a group): the engine then skips a group on one
    # character compare instead of trying all ~100 honorifics at every position (3.5× faster)
    groups: dict[str, list[str]] = {}
    for h in honorifics:
        before = {"นาง": _NOT_BEFORE_NANG, "นาย": _NOT_BEFORE_NAI, "หม่อมเจ้า": _NOT_BEFORE_MOM}.get(h, "")
        after = {"นาง": _NOT_AFTER_NANG, "นาย": _NOT_AFTER_NAI}.get(h, _NOT_AFTER_RANK.get(h[-3:], ""))
        groups.setdefault(h[0], []).append(before + re.escape(h[1:]) + after)
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    return re.compile(
        rf"{opening([*honorifics, 'ทนาย'])}(?P<hon>(?:(?:{alternatives})[ \t]?)+|{_LAWYER})"
        rf"(?P<given>{_NAME_START}{_THAI_RUN}+)"
        rf"(?:[ \t]{{1,2}}(?P<family>{_NAME_START}(?:{_NOT_NEXT_PERSON}{_THAI_RUN})+{_NOBLE}?))?")


_NAME_REACH = 60        # characters back to the holder's name


def _name_right_before(text: str, start: int) -> bool:
    """Whether a person's given name and surname (after an honorific or คุณ) end right before ``start``."""
    for regex in (_person_regex(), _KHUN):
        name = regex.search(text, max(0, start - _NAME_REACH), start)
        while name and not re.fullmatch(r"[ \t]+", text[name.end():start]):
            name = regex.search(text, name.start() + 1, start)
        if name and name.group("family"):
            return True
    return False


#: Every title word, longest first (sorted once: sorting them for each article cost more than reading its names).
_TITLE_HEADS = tuple(sorted({*POSITION_HEADS, *STANDALONE_POSITIONS}, key=lambda h: (-len(h), h)))


def find(reading: Reading) -> None:
    """The people the article names: ``reading.persons`` (after the positions: a name's third part, a name after
    คุณ and a monk's are read only before a title)."""
    text = reading.text
    known: dict[str, str] = {}          # given name → full name met in the article
    pending: list[_Doubt] = []          # mentions read once the whole article's names are known
    heads = _TITLE_HEADS
    org_starts = {o.start for o in reading.orgs}
    position_starts = {p.start for p in reading.positions}
    regex, pos = _person_regex(), 0
    while (match := regex.search(text, pos)) is not None:
        pos = match.end()
        if "." in match.group("hon") and _ACRONYM_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            # the acronym ends at its first dotted letters; an honorific after them still opens a name
            # ("ม.ท.ศ. นายวิชญ์พิพล …": ศ. closes ม.ท.ศ., นาย is Mr)
            first = _split_honorifics(match.group("hon")).split(" ")[0]
            rest = re.compile(r"[ \t]*").match(text, match.start() + len(first)).end()
            if not first or rest >= match.start("given"):
                continue
            match = _person_regex().match(text, rest)
            if match is None or "." in match.group("hon").split()[0]:
                continue
        if match.group("hon").endswith((" ", "\t")) and match.group("hon").strip() in _CIVIL \
                and re.match(_THAI_RUN, text[match.start() - 1:match.start()]) \
                and not _CONNECTIVE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        given, family = match.group("given"), match.group("family")
        given, cut = _cut_at_title(given, heads)
        if given.endswith("ฯ"):                 # "นายชลน่านฯ": the one named before, shortened
            given, cut = given.rstrip("ฯ"), True
        glued = _GLUED_VERB.search(given, 2)
        if glued:
            given, cut = given[:glued.start()], True
        end = match.start("given") + len(given) if cut else match.end()
        if cut or not family or family in NOT_SURNAME_WORDS or match.start("family") in org_starts \
                or family.startswith(NOT_SURNAME) and not _opens_a_surname(text, family, match.end("family"), heads):
            family = None
            end = match.start("given") + len(given)
        elif family:
            family, cut = _cut_at_title(family, heads)
            end = match.start("family") + len(family)
            if len(_CONSONANT.findall(family.split()[0])) > _MAX_SURNAME_CONSONANTS:
                family, end = None, match.start("given") + len(given)
            elif not cut and (parts := _further_parts(reading, end, heads, org_starts, position_starts, family)):
                family, end = " ".join((family, *(p.group("second") for p in parts))), parts[-1].end("second")
        if len(given) < 2 or given.startswith(NOT_SURNAME[:8]) or given.startswith(NOT_GIVEN_NAME):
            continue
        if _COMPANY_AFTER.match(text, end) or _COMPANY_AFTER.match(text, match.end("given")):
            continue
        if match.group("hon").strip().endswith(_CHILD) and not _child_named(text, match, family, end):
            pos = match.start("given")     # "เด็กหญิงดังกล่าว โดยมีนางสาวมาลี …": the next name is read on
            continue
        if match.group("hon").startswith("ทนาย") and (
                not family or len(_CONSONANT.findall(given)) > _LAWYER_MAX_CONSONANTS or given.startswith(NOT_SURNAME)):
            continue
        honorifics = tuple(h for h in re.split(r"[ \t]+", _split_honorifics(match.group("hon"))) if h)
        if _prime_minister(match, given):
            # "นายกเศรษฐา", "นายกแม่บ้านมหาดไทย": นายก (prime minister, president) and a name or a body, not
            # นาย + กเศรษฐา; a person named in the article is the one meant, and an honorific inside opens a name
            rest = given[1:]
            pending.append(_Doubt(match.start(), match.start("given") + len(given), rest, None, (), False, True))
            pos = match.start("given") + 1
            continue
        if family and len(family) >= 2:
            name = f"{given} {family}"
            verbal, clause = _reads_as_sentence(family.split()[0])
            # (right before the person's title the run is the surname, as the genre introduces an official:
            # "นายสุชาติ ชมกลิ่น รัฐมนตรี…", "นางสาวฐิติมา มีศรี นักวิชาการ…", even where another สุชาติ is named;
            # not a run written on to the title: "นายจักรพงษ์ มาเป็นรัฐมนตรี…", came to be minister)
            if verbal and ("ตำแหน่ง" in family or text[end:end + 1] not in " \t"
                           or _SPACES.match(text, end).end() not in position_starts) and not _list_entry(text, match, end):
                # "ประวิตร อนุมัติ", "อนุชา อยู่ที่รัฐสภา": a given name and what the person did
                pending.append(_Doubt(match.start(), end, given, family, honorifics, clause,
                                      _after_nai_k(match, given), match.start("given") + len(given)))
                continue
            known.setdefault(given, name)
            reading.persons.append(PersonMention(match.start(), end, name, honorifics, True))
        elif given in known:
            reading.persons.append(PersonMention(match.start(), end, known[given], honorifics, False))
    reading.persons.extend(_resolve(pending, known))
    reading.persons = sorted(reading.persons + _called_khun(reading, org_starts, position_starts) + _monks(reading, position_starts),
                             key=lambda p: p.start)
    for person in reading.persons:
        reading.mention("person", person.start, person.end, person.name, " ".join(person.honorifics))
        if person.full:
            _add_person(reading, person)


_SPACES = re.compile(r"[ \t]*")


class _Doubt(NamedTuple):
    """A mention decided once the article's names are all read: a given name with a run after it that reads as the
    sentence going on rather than a surname, or a name after นายก."""
    start: int
    end: int
    given: str
    family: str | None          # the run read as a surname, where the name may be real after all
    honorifics: tuple[str, ...]
    clause: bool                # the run is plainly a clause: no person where the given name is not resolved
    after_nai_k: bool           # written นายก + given name: the prime minister's or a president's title
    given_end: int = 0


def _resolve(pending: list[_Doubt], known: dict[str, str]) -> list[PersonMention]:
    """A doubtful mention points to the person of the article with that given name (met before or after it, with
    a surname read as a name), or to the person whose given name it starts with where the rest is words of the
    dictionary ("พล.อ.ประยุทธ์สร้างไว้"); unresolved, a run that is plainly a clause, or a name after นายก, gives
    no person, while a real surname made of ordinary words (มีศรี, ใจดี, อยู่เกตุ) stays a name."""
    out = []
    for doubt in pending:
        person, cut = known.get(doubt.given), len(doubt.given)
        if person is None and doubt.given not in _dictionary():
            prefix = next((g for g in known if len(g) >= 3 and doubt.given.startswith(g)
                           and _reads_as_sentence(doubt.given[len(g):])[0]), None)
            if prefix:
                person, cut = known[prefix], len(prefix)
        if person is not None and person != f"{doubt.given} {doubt.family}":
            end = doubt.given_end - (len(doubt.given) - cut) if doubt.family else doubt.end - (len(doubt.given) - cut)
            out.append(PersonMention(doubt.start, end, person, doubt.honorifics, False))
        elif doubt.family and not doubt.clause and not doubt.after_nai_k:
            out.append(PersonMention(doubt.start, doubt.end, f"{doubt.given} {doubt.family}", doubt.honorifics, True))
    return out


# Tags of pythainlp's tagger (orchid, pud) for a word that goes on with the sentence: verbs, auxiliaries, adverbs,
# conjunctions; and words that make a run a clause, not a name (no surname holds them as a word of its own)
_ORCHID_SENTENCE_TAGS = ("V", "J", "ADV", "X")
_PUD_SENTENCE_TAGS = ("VERB", "AUX", "ADV", "CCONJ", "SCONJ")
_CLAUSE_WORDS = frozenset({"ที่", "ไป", "แล้ว", "ไว้", "ใน", "ว่า", "ได้", "เป็น", "จะ", "ก็", "ซึ่ง", "เพื่อ", "และ",
                           "หรือ", "แต่", "ถ้า", "เช่น", "ดังนั้น", "นอกจากนี้", "ไหน", "อะไร", "อย่างไร", "ไม่", "กับ",
                           "ให้", "เพราะ", "ด้วย"})
# …and verbs of the headlines the tagger reads as nouns (ห่วงสถานการณ์น้ำ, ดำรงตำแหน่ง, ควบ, รับมอบหนังสือ)
_HEADLINE_VERBS = frozenset({"ห่วง", "ห่วงใย", "ดำรง", "ดำรงตำแหน่ง", "ควบ", "รับมอบ", "ลงพื้นที่", "เปิดงาน"})
_CLAUSE_LENGTH = 4           # words of the dictionary: a surname of ordinary words has two or three


@lru_cache(maxsize=8192)
def _reads_as_sentence(run: str) -> tuple[bool, bool]:
    """Whether a run after a given name is made of words of the dictionary and opens with a verb, adverb or
    conjunction (the sentence going on: อนุมัติ, ลงพื้นที่นราธิวาส, ดังนั้น), and whether it is plainly a clause
    (a clause word among its words, or four words or more)."""
    from pythainlp.tokenize import word_tokenize     # lazily, as unit_names does
    from pythainlp.tag import pos_tag
    words = word_tokenize(run, engine="newmm", keep_whitespace=False)
    if not words or not all(w in _dictionary() for w in words):
        return False, False
    first = words[0]
    verbal = first in _CLAUSE_WORDS or first in _HEADLINE_VERBS \
        or pos_tag([first], corpus="orchid")[0][1].startswith(_ORCHID_SENTENCE_TAGS) \
        or pos_tag([first], corpus="pud")[0][1] in _PUD_SENTENCE_TAGS
    return verbal, verbal and (any(w in _CLAUSE_WORDS for w in words) or len(words) >= _CLAUSE_LENGTH)


# A list's entry: a line of a number (or a dash) and a name alone ("3. นายเจษฎา ตั้งมงคลสุข"), a name whatever its words
_ENTRY_BEFORE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|[-•])?[ \t]*")
_ENTRY_AFTER = re.compile(r"[ \t]*(?:\n|$)")


def _list_entry(text: str, match: re.Match[str], end: int) -> bool:
    line = text.rfind("\n", 0, match.start()) + 1
    return bool(_ENTRY_BEFORE.fullmatch(text, line, match.start())) and bool(_ENTRY_AFTER.match(text, end))


_LEADING_VOWEL = "เแโใไ"


def _after_nai_k(match: re.Match[str], given: str) -> bool:
    """นาย written on to a given name that opens with ก and a consonant no Thai cluster starts with (not กร กล กว):
    maybe นายก + a name ("นายกตู่")."""
    return match.group("hon") == "นาย" and len(given) > 2 and given[0] == "ก" and "\u0e01" <= given[1] <= "\u0e2e" \
        and given[1] not in "รลวฤ"


def _prime_minister(match: re.Match[str], given: str) -> bool:
    """นาย written on to ก and a leading vowel or an honorific: นายก and what follows (no Thai syllable is written
    ก + เ, so กเศรษฐา is no given name)."""
    return match.group("hon") == "นาย" and len(given) > 2 and given[0] == "ก" \
        and (given[1] in _LEADING_VOWEL or bool(_LEADING_HONORIFIC.match(given, 1)))


def _child_named(text: str, match: re.Match[str], family: str | None, end: int) -> bool:
    """Whether a child's honorific opens a name: the honorific alone (no rank before it) and apart from the word
    before it (or after a connective), a given name of three letters or more (not a letter standing for a name:
    เด็กหญิงเอ), a surname, and the end of a listed name after it."""
    return match.group("hon").strip() in _CHILD and bool(family) and len(match.group("given")) >= 3 \
        and not family.endswith("ฯ") and not any(c in family for c in _CHILD) and bool(_LISTED_END.match(text, end)) \
        and (not re.match(_THAI_RUN, text[match.start() - 1:match.start()])
             or bool(_CONNECTIVE_BEFORE.search(text, max(0, match.start() - 8), match.start())))


# คุณ (the polite "Khun") before a name: the companies' and the banks' people, and officials in some releases
# ("คุณธริศรา ธนจิราดลสุข ผู้ช่วยผู้อำนวยการฝ่าย…"). คุณ also opens words (คุณภาพ, quality; คุณค่า, value) and kin
# (คุณแม่, mother): a name is read only where it is a given name and a surname with the person's title right after.
_KHUN = re.compile(rf"(?=คุณ)(?<![.])คุณ(?!หญิง|ภาพ|ค่า|ธรรม|สมบัติ|ลักษณะ|ประโยชน์|ูปการ|วุฒิ|ความ|งาม|แม่|พ่อ|ครู|ตา|ยาย"
                   rf"|ป้า|ลุง|น้า|หมอ|พระ|ท่าน)[ \t]?(?P<given>{_NAME_START}{_THAI_RUN}+)[ \t]{{1,2}}(?P<family>{_NAME_START}{_THAI_RUN}+{_NOBLE}?)")


# A monk is named by his ecclesiastical title-name, written as one word (พระครูสิริรัตนานุกูล, พระธรรมรัตนากร,
# สมเด็จพระมหาธีราจารย์), his lay name in brackets after it maybe ("พระครูสิริจันทประโชติ (คงเดช)"): read as a person only
# with a monk's post right after it (เจ้าอาวาสวัด…, เจ้าคณะ…), the name as written. Monks as a class (พระสงฆ์, พระภิกษุ)
# and a name of two words (a title and the monk's Pali name) are left alone. (The name may be written on to a word
# that opens it: "นำโดยพระครู…", "และพระครู…", "นมัสการพระครู…".)
_MONK = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=โดย|และ|จาก|ของ)|(?<=กับ|แก่)|(?<=นมัสการ))(?:สมเด็จ)?พระ(?!สงฆ์|ภิกษุ|ภิกษุณี|บรม|เจ้า|องค์)[\u0e01-\u0e4e]{4,40}"
                   r"(?=(?:[ \t]*\([^()\n]{1,30}\))?[ \t]{1,2}(?:รอง|ผู้ช่วย)?(?:เจ้าอาวาส|เจ้าคณะ))")


def _monks(reading: Reading, position_starts: set[int]) -> list[PersonMention]:
    if "เจ้าอาวาส" not in reading.text and "เจ้าคณะ" not in reading.text:
        return []
    found, taken = [], [(p.start, p.end) for p in reading.persons]
    for match in _untaken(_MONK.finditer(reading.text), taken):
        if _BRIDGE.match(reading.text, match.end()).end() in position_starts:
            found.append(PersonMention(match.start(), match.end(), match.group(), (), True))
    return found


def _called_khun(reading: Reading, org_starts: set[int], position_starts: set[int]) -> list[PersonMention]:
    found, taken = [], [(p.start, p.end) for p in reading.persons]
    for match in _KHUN.finditer(reading.text):
        given, family = match.group("given"), match.group("family")
        if _cut_at_title(given, _TITLE_HEADS)[1] or given.startswith((*NOT_SURNAME, *NOT_GIVEN_NAME)) \
                or family.startswith(NOT_SURNAME) or family in NOT_SURNAME_WORDS \
                or any(s < match.end() and match.start() < e for s, e in taken) \
                or re.match(_THAI_RUN, reading.text[match.start() - 1:match.start()]) \
                and not _CONNECTIVE_BEFORE.search(reading.text, max(0, match.start() - 8), match.start()):
            continue        # (written on to a word: ขอบคุณ, thanks; on to "and" or "with", a name)
        family, cut = _cut_at_title(family, _TITLE_HEADS)
        end = match.start("family") + len(family)
        if len(family) < 2:
            continue
        if not cut and (parts := _further_parts(reading, end, _TITLE_HEADS, org_starts, position_starts, family)):
            family, end = " ".join((family, *(p.group("second") for p in parts))), parts[-1].end("second")   # a name of three parts
        if re.compile(r"[ \t]*").match(reading.text, end).end() not in position_starts \
                and (cut or not _khun_alone(reading.text, match)):
            continue
        found.append(PersonMention(match.start(), end, f"{given} {family}", ("คุณ",), True))
    return found


# คุณ with no title after the name: the guests, winners and speakers of the releases, listed by คุณ alone
# ("มอบรางวัลแก่ คุณสมหญิง ใจงาม คุณวีระ ทองดี …", "ดำเนินรายการโดย คุณ…"). Read where คุณ is written on to the
# given name and neither part runs on into the sentence: คุณ as "you" ("คุณมีสิทธิ์ได้รับเงิน…") and slogans in
# quotes ("“คุณสู้ เราช่วย”") are left alone, and so is a nickname before the name (written with mai tri, as
# nicknames are and given names are not: "คุณอ๊อฟ สมพร ทองดี", "คุณเป๊ก – …").
_MAX_GIVEN_CONSONANTS = 10


def _khun_alone(text: str, match: re.Match[str]) -> bool:
    given, family = match.group("given"), match.group("family")
    return text[match.start() + 3] not in " \t" and "\u0e4a" not in given \
        and not (match.start() and text[match.start() - 1] in "“\"'‘") \
        and len(_CONSONANT.findall(given)) <= _MAX_GIVEN_CONSONANTS \
        and len(_CONSONANT.findall(family)) <= _MAX_SURNAME_CONSONANTS \
        and not _GLUED_VERB.search(given, 2) and not _GLUED_VERB.search(family, 2)


# A married woman's two surnames, her own and her husband's ("นางวันดี กุญชรยาคง จุลเจริญ นายกสมาคม…"), or a
# name of three parts: a third word written between the surname and the title right after it is the name's
_SECOND_SURNAME = re.compile(rf"[ \t]{{1,2}}(?P<second>{_NAME_START}{_THAI_RUN}{{2,20}})(?![\u0e01-\u0e4e])")
# …and a foreign name of more parts, its particles words of the dictionary too, the name in Latin letters in brackets
# maybe before the title ("นายอับดุลเราะห์มาน บิน อับดุลอาซีซ อัล ซูไฮบานี เอกอัครราชทูต…", "นายโอวีคูโรมา โอโรกุน
# เจบะฮ์ (H.E. Mr. Ovikuroma …) เอกอัครราชทูต…")
_NAME_PARTICLES = frozenset({"บิน", "บินติ", "อัล", "อิบนุ", "อบู", "เดอ", "ฟอน", "ฟาน", "แวน"})
_MAX_FURTHER_PARTS = 4
_BEFORE_THE_TITLE = re.compile(r"[ \t]{1,2}(?:\([^()\n\u0e00-\u0e7f]{3,80}\)[ \t]{0,2})?")


def _further_parts(reading: Reading, end: int, heads: tuple[str, ...], org_starts: set[int],
                   position_starts: set[int], family: str = "") -> list[re.Match[str]]:
    """The further parts of a name at ``end``, where a title begins right after them; none a word of the sentence
    (a verb, a connective, อดีต: a former post, พ้นจากตำแหน่ง: leaves the post), a title word, an honorific, a
    body's name or a word cut short with ฯ (a title: "เลขานุการฯ รมว.ทส.", no name is written so)."""
    parts: list[re.Match[str]] = []
    foreign = family in _NAME_PARTICLES         # (after a particle the parts may be words of the dictionary: อับดุลเลาะห์)
    while len(parts) < _MAX_FURTHER_PARTS:
        match = _SECOND_SURNAME.match(reading.text, parts[-1].end() if parts else end)
        if match is None or match.start("second") in org_starts or match.start("second") in position_starts:
            return []
        word = match.group("second")
        if "ตำแหน่ง" in word or "ฯ" in word or word.startswith(NOT_SURNAME) or word in NOT_SURNAME_WORDS \
                or _any_head(heads).search(word) or _person_regex().match(word) or _GLUED_VERB.search(word) \
                or word in _dictionary() and not (foreign or word in _NAME_PARTICLES):
            return []   # (a word of the dictionary: "เลขานุการ รมว.…", "ดำรงตำแหน่ง ผู้ว่าการ…")
        parts.append(match)
        foreign = foreign or word in _NAME_PARTICLES
        gap = _BEFORE_THE_TITLE.match(reading.text, match.end())
        if gap is None:
            return []
        if gap.end() in position_starts:
            return parts
    return []


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Thai words of the dictionary pythainlp ships (offline): few surnames are among them."""
    from pythainlp.corpus import thai_words
    return frozenset(thai_words())


# Words that usually go on with the sentence after a given name ("นายสมชาย พร้อมด้วย…", "…ยังกล่าวว่า")
# but also begin surnames: พร้อมพันธุ์, จึงรุ่งเรืองกิจ, ยังตรง, นำพูลสุขสันติ์, ของทิพย์, ประจำวงษ์, กรมดิษฐ์
_SURNAME_OPENERS = ("พร้อม", "จึง", "ยัง", "นำ", "ของ", "ประจำ", "กรม", "มุ่ง", "ร่วม")
# …and what after such a word still goes on with the sentence: พร้อมด้วย, พร้อมกับ, พร้อมคณะ, นำทีม …
_NEXT_WORD = re.compile(r"[ \t]+(\S+)")
_SENTENCE_GOES_ON = ("ด้วย", "กับ", "ทั้ง", "กัน", "คณะ", "ภริยา", "ภรรยา", "สามี", "พวก", "ทีม", "นี้", "นั้น")


def _opens_a_surname(text: str, family: str, end: int, heads: tuple[str, ...]) -> bool:
    """``นายเอกนัฏ พร้อมพันธุ์ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม``: a run after a given name that begins
    with a word like พร้อม or จึง is the surname where the person's title follows it, set apart
    by a space, the way the genre introduces an official. Text of the sentence (พร้อมด้วย …,
    ยังกล่าวว่า) is not, whatever follows it."""
    opener = next((w for w in _SURNAME_OPENERS if family.startswith(w)), None)
    if opener is None or "ว่า" in family:
        return False
    rest = family[len(opener):]
    if len(rest) < 2 or rest.startswith(NOT_SURNAME) or rest.startswith(_SENTENCE_GOES_ON) \
            or _any_head(heads).search(family):
        return False
    after = _NEXT_WORD.match(text, end)
    return bool(after) and after.group(1).startswith((*heads, *HEAD_ABBREVIATIONS))


@lru_cache(maxsize=4)
def _any_head(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, heads)))


def _cut_at_title(word: str, heads: tuple[str, ...]) -> tuple[str, bool]:
    """A name glued to the title after it (``อินทุสุตเลขาธิการ``) ends where the title starts:
    at the first title word in it (which title is tried first must not matter)."""
    head = _any_head(heads).search(word, 2)
    return (word[:head.start()], True) if head else (word, False)


# the longest honorific a run starts with (an alternation takes the first of its words that matches)
_LEADING_HONORIFIC = re.compile("|".join(re.escape(h) for h in sorted((*HONORIFICS, *_CHILD), key=len, reverse=True)))


def _split_honorifics(run: str) -> str:
    """``ศาสตราจารย์กิตติคุณ ดร.`` → the honorifics, each kept apart."""
    parts, rest = [], run.strip()
    while rest:
        head = _LEADING_HONORIFIC.match(rest)
        if head is None:
            break
        parts.append(head.group())
        rest = rest[head.end():].lstrip()
    return " ".join(parts)


def _add_person(reading: Reading, mention: PersonMention) -> None:
    people = reading.extraction.people
    current = people.get(mention.name)
    nickname = _NICKNAME.search(reading.text, max(0, mention.start - 20), mention.start)
    variants = set(current.variants if current else ())
    if nickname:
        variants.add(nickname.group(1))
    honorifics = tuple(dict.fromkeys((*(current.honorifics if current else ()), *mention.honorifics)))
    people[mention.name] = Person(mention.name, honorifics, tuple(sorted(variants)))
    reading.evidence(("person", mention.name), mention.start, mention.end)
