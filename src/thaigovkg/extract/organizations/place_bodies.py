"""Provinces, districts, Bangkok and local governments as bodies: where a place name names the administration.

``จังหวัดน่าน`` is a place in most sentences ("ในจังหวัดน่าน", "ที่จังหวัดน่าน") and the provincial
administration in some: a recipient or an actor ("จังหวัดน่าน ได้รับรางวัล…", "โดยจังหวัดน่าน"), one of a
list of bodies ("การประปานครหลวง กรุงเทพมหานคร จังหวัดนครพนม …"). So a province, a district and Bangkok
count as bodies only where the words around them say so. A local government's name (a type and a real
place: ``เทศบาลตำบลบ้านกลาง``, ``อบต.บ้านกลาง``) names the body itself, unless it is written as an area
(``ในเขตเทศบาล…``) or is part of another name (``โรงเรียนเทศบาล…``). The places and their bodies are the
gazetteer's (``gazetteer.places``); a local government no source lists is learned under its province.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...gazetteer import Gazetteer, province_alternation
from ...normalize import match_key
from ...places import BANGKOK, LOCAL_GOVERNMENT_SHORT_FORMS, LOCAL_GOVERNMENT_TYPES
from ..reading import OrgMention, Reading

_THAI = r"[\u0e01-\u0e4e]"
# Words before a place name that make it the place, not the body: in, at, area, across, people of, of,
# to, from, visit … and an address (อำเภอ… / ตำบล… before the province).
_PLACE_BEFORE = re.compile(
    r"(?:ใน|ที่|ณ|พื้นที่|ภายใน|ทั่ว|ทุก|ชาว|ประชาชน|ราษฎร|ของ|แห่ง|ประจำ|เขต|ภาค|ไป|มา|สู่|ถึง|ยัง|จาก|ระดับ|เยือน"
    r"|เยี่ยม|ลงพื้นที่|เดินทาง|ติด|ใกล้|รอบ|นอก|บ้าน|เมือง|ตั้งอยู่|อยู่|อำเภอ\S*|อ\.\S*|ตำบล\S*|ต\.\S*|หมู่\S*|ม\.\d+"
    r"|กลุ่มจังหวัด\S*|ภาคเหนือ|ภาคใต้|ภาคกลาง|ภาคตะวันออก\S*)[ \t]*$")
# Words before a name that make it a body: by, with, to, namely, e.g., both, and the start of a line or
# of a numbered item (award lists), an outline's too ("3.1.2 จังหวัดน่าน").
_BODY_WORD_BEFORE = re.compile(r"(?:โดย|ร่วมกับ|ให้แก่|แก่|ได้แก่|หน่วยงาน|ส่วนราชการ)[ \t]*$")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,3}(?:\.\d{1,3})*[.)][ \t]*|\d{1,3}(?:\.\d{1,3})+[ \t]+|[-•][ \t]*"
                         r"|\(\d{1,3}\)[ \t]*)?$")
# A numbered item that names its kind of award and, after a dash, the province that won it, alone to the
# line's end: "3.1.1 จังหวัดส่งเสริมการออมยอดเยี่ยม (ภาคเหนือ) - จังหวัดน่าน".
_ITEM_DASH = re.compile(r"(?:^|\n)[ \t]*\(?\d{1,3}(?:\.\d{1,3})*[.)]?[ \t]*[^\n]{2,120}?[ \t][-–][ \t]*$")
# At the start of a line or a numbered item the province is a body where it stands alone (an award list,
# a signature, a minister's provinces) or acts; followed by a person or another unit it is where they are
# ("4) จังหวัดสระแก้ว พล.ต.ท. … สั่งการ", "5.จังหวัดยะลา กองร้อยทหารพราน…").
_ALONE_AFTER = re.compile(r"[ \t]*(?:\n|$|,|และ|หรือ|\()")
# Verbs after a name that make it an actor or a recipient.
_BODY_AFTER = re.compile(r"[ \t]*(?:ได้รับ|ได้|คว้า|รับรางวัล|รับมอบ|จัด|ร่วม|ดำเนินการ|มอบ|เป็นเจ้าภาพ|ประกาศ|เสนอ|ขอ|ชนะ"
                         r"|มีคำสั่ง|แต่งตั้ง|ลงนาม|จะ|ยัง|สามารถ|ผ่าน|เป็นหน่วยงาน|ซึ่งได้รับ|ที่ได้รับ|ขับเคลื่อน|สนอง|น้อมนำ|บูรณาการ"
                         r"|มอบหมาย|เร่ง|แจ้ง|รณรงค์|ประชาสัมพันธ์|สั่งการ|เตรียม|ออกประกาศ)")
# The body the province stands for after "และ"/"กับ" must follow another body: "กรมการปกครอง และจังหวัดน่าน";
# after "และ" that follows a place ("ในจังหวัดน่าน และจังหวัดแพร่"), it is a place too.
_JOINED = re.compile(r"(?:และ|กับ|รวมทั้ง|พร้อมด้วย)[ \t]*$")
_GAP = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ|รวมทั้ง)?[ \t]*$")
_BANGKOK = ("กรุงเทพมหานคร", "กทม.")
# The verbs of _BODY_AFTER that a province's name may be written on to ("จังหวัดปราจีนบุรีได้ประกาศ"): the
# actor's reading still needs _BODY_AFTER and no place word before it.
_GLUED_VERBS = "ได้รับ|ได้|คว้า|จะ|จัด|ร่วม|ดำเนินการ|ประกาศ|มอบหมาย|สั่งการ|แต่งตั้ง|เตรียม"


@lru_cache(maxsize=4)
def _province_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    names = province_alternation(gazetteer.provinces)
    # (a verb may be written on to the name: "จังหวัดปราจีนบุรีได้ประกาศ…", _BODY_AFTER then decides)
    return re.compile(rf"(?=[จก])(?:(?:จังหวัด|จ\.)[ \t]?(?P<province>{names})(?!(?!และ|หรือ|{_GLUED_VERBS}){_THAI})|(?P<bangkok>กรุงเทพมหานคร|กทม\.)(?!{_THAI}|พื้นที่))")


@lru_cache(maxsize=1)
def _local_regex() -> re.Pattern[str]:
    # a short form is a word of its own ("กทม." holds no ทม.); a connective is no place ("เทศบาลตำบลและ…")
    short = "|".join(map(re.escape, sorted(LOCAL_GOVERNMENT_SHORT_FORMS, key=len, reverse=True)))
    full = "|".join(map(re.escape, sorted(LOCAL_GOVERNMENT_TYPES, key=len, reverse=True)))
    return re.compile(rf"(?=[อเท])(?:(?P<type>{full}|(?<!{_THAI})(?:{short}))[ \t]?(?!และ|หรือ|ใน|ที่|ทั้ง|ต่าง|ทุก)(?P<place>{_THAI}{{2,40}})"
                      r"|(?P<pattaya>เมืองพัทยา))")


# A local government's name written as an area, a venue or a part of another name: within the municipal
# area, at its office, a municipal school, the municipal council, a member of it.
_NOT_THE_BODY_BEFORE = re.compile(r"(?:เขต|ในเขต|พื้นที่|โรงเรียน\S*|สภา|สมาชิกสภา|ชุมชน|ตลาด|สนามกีฬา|สวนสาธารณะ|ถนน|(?:^|\s)ณ|ที่ทำการ"
                                  r"|หน้า|บริเวณ|ข้าง|ใกล้|ตรงข้าม)[ \t]*$")
# A province written after a name, narrowing where it lies: "… อำเภอเมือง จังหวัดลำพูน", "… จ.ลำพูน".
_PROVINCE_AFTER = re.compile(rf"[ \t]*(?:(?:อำเภอ|อ\.)[ \t]?{_THAI}+[ \t]*)?(?:จังหวัด|จ\.)[ \t]?(?P<province>{_THAI}+)")


def find(reading: Reading, named: list[OrgMention]) -> list[tuple[int, int, int, OrgMention]]:
    """Candidates (start, -length, priority, mention) for the bodies named after places; ``named``
    are the agencies already found, which make a list of bodies."""
    found = _provinces_and_bangkok(reading, named)
    found += _local_governments(reading)
    found += _bangkok_district_offices(reading)
    return [(m.start, m.start - m.end, 1, m) for m in found]


# A Bangkok district office is named by สำนักงานเขต and its khet ("สำนักงานเขตคลองเตย", "สำนักงานเขตดุสิตได้…"), with
# Bangkok after it or not ("สำนักงานเขตพระนคร กรุงเทพมหานคร"): the gazetteer's body under the BMA. The khet must be a
# real one and end there (a space, a mark, Bangkok, or a word that starts the sentence's going on); an education area
# office ("สำนักงานเขตพื้นที่การศึกษา…") and an agency's regional one ("สำนักงานเขตภาคเหนือ") are no khet's.
_KHET_END = re.compile(rf"(?!{_THAI})|(?=กรุงเทพ|กทม|ได้|จัด|ร่วม|และ|ซึ่ง|โดย|เป็น|ที่|ใน|มี|ให้|รับ|มอบ|นำ|ดำเนิน)")
_BANGKOK_AFTER = re.compile(r"[ \t]?กรุงเทพมหานคร")


@lru_cache(maxsize=4)
def _khet_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    khets = {d.name for ds in gazetteer.places.districts.values() for d in ds if d.province == BANGKOK}
    names = "|".join(map(re.escape, sorted(khets, key=len, reverse=True)))
    return re.compile(rf"สำนักงานเขต[ \t]?(?P<khet>{names})(?:{_KHET_END.pattern})")


def _bangkok_district_offices(reading: Reading) -> list[OrgMention]:
    places = reading.gazetteer.places
    found = []
    for match in _khet_regex(reading.gazetteer).finditer(reading.text):
        key = places.district_body(match.group("khet"), BANGKOK)
        if key:
            bangkok = _BANGKOK_AFTER.match(reading.text, match.end())
            found.append(OrgMention(match.start(), bangkok.end() if bangkok else match.end(), key, "body"))
    return found


def _provinces_and_bangkok(reading: Reading, named: list[OrgMention]) -> list[OrgMention]:
    """Provinces and Bangkok where they name the body: a run of them written one after another (each
    with จังหวัด) is a list of bodies where something marks it so; one alone right after another body is
    where that body lies ("โรงพยาบาลหนองกี่ จังหวัดบุรีรัมย์ ได้รับรางวัล")."""
    text, places = reading.text, reading.gazetteer.places
    ends = {org.end for org in named}
    starts = {org.start for org in named}
    runs: list[list[_Province]] = []
    for match in _with_bare_names(reading.gazetteer, text, _province_regex(reading.gazetteer).finditer(text)):
        if runs and _RUN_GAP.fullmatch(text, runs[-1][-1].end(), match.start()):
            runs[-1].append(match)
        else:
            runs.append([match])
    found = []
    for whole in runs:
        # a bare name after a province's จังหวัด is a body only where that province is one
        run = [m for m in whole if not m.bare]
        first, last = run[0], run[-1]
        before = _line_before(text, first.start())
        if _PLACE_BEFORE.search(before):
            continue
        right_after_a_body = re.search(r"[ \t]+$", before) is not None and \
            (first.start() - len(re.search(r"[ \t]+$", before).group())) in ends
        if len(run) == 1 and (right_after_a_body or _UNIT_BEFORE.search(text, max(0, first.start() - 80), first.start())):
            continue        # where the body before it lies
        if len(run) == 1 and not _names_the_body(text, first.start(), first.end(), ends, starts, places):
            continue
        if len(run) > 1 and not (right_after_a_body or _names_the_body(text, first.start(), last.end(), ends, starts, places)):
            continue
        for match in whole:
            key = "bma" if match.group("bangkok") else places.province_body(match.group("province"))
            if key:
                found.append(OrgMention(match.start(), match.end(), key, "body"))
    return found


@dataclass(frozen=True)
class _Province:
    """A province (or Bangkok) written in the text: with จังหวัด, or bare after one that has it."""
    span: tuple[int, int]
    province: str | None
    bangkok: str | None = None
    bare: bool = False

    def start(self) -> int:
        return self.span[0]

    def end(self) -> int:
        return self.span[1]

    def group(self, name: str) -> str | None:
        return self.province if name == "province" else self.bangkok


@lru_cache(maxsize=4)
def _bare_province_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    names = province_alternation(gazetteer.provinces)
    return re.compile(rf"[ \t]*(?:,[ \t]*)?(?:และ|หรือ)?[ \t]*(?P<province>{names})(?=[ \t]*(?:,|และ|หรือ|\n|$|[ \t](?!{_THAI}{{0,3}}[ \t]?\d)))")


def _with_bare_names(gazetteer: Gazetteer, text: str, matches) -> list[_Province]:
    """``รางวัลชมเชย ได้แก่ จังหวัดอุดรธานี สุโขทัย พัทลุง และภูเก็ต``: the provinces listed bare after the
    first one's จังหวัด, read where an award was just named (in prose such lists are mostly of places)."""
    found: list[_Province] = []
    bare = _bare_province_regex(gazetteer)
    for match in matches:
        found.append(_Province((match.start(), match.end()), match.group("province"), match.group("bangkok")))
        if match.group("province") is None or not (_AWARD_BEFORE.search(text, max(0, match.start() - 120), match.start())
                                                   or _GOVERNORS_LISTED.search(text, max(0, match.start() - 60), match.start())):
            continue
        position = match.end()
        while (following := bare.match(text, position)) is not None:
            found.append(_Province((following.start("province"), following.end("province")), following.group("province"), bare=True))
            position = following.end()
    return found


# The last word before a province holds a unit's name: the province is where that unit lies.
_UNIT_BEFORE = re.compile(r"(?:^|\s)\S*?(?:โรงพยาบาล|รพ\.|สถาน|ศูนย์|สำนัก|กอง|กลุ่ม|โรงเรียน|วิทยาลัย|มหาวิทยาลัย|สถานี|สถาบัน|เรือนจำ"
                          r"|ทัณฑสถาน|พิพิธภัณฑ์|ค่าย|ด่าน|หน่วย|เทศบาล|องค์การ|อบต\.|อบจ\.|บริษัท|สหกรณ์|ที่ว่าการ|ศาล|(?<!จังห)วัด|ชมรม"
                          r"|สมาคม|มูลนิธิ|คณะ|ท่าอากาศยาน|สนามบิน|ตำรวจ|ทหาร|อาสาสมัคร|เจ้าหน้าที่|ข้าราชการ|สภา|หอการค้า|ตลาด"
                          r"|สนาม|แม่บ้าน|ทีม)\S*(?:[ \t]+(?:ที่[ \t]?)?\d{1,3})?[ \t]+$")
_RUN_GAP = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ)?[ \t]*")


def _line_before(text: str, start: int) -> str:
    """The 30 characters before a name, from the line break at most: the last words of the line above
    ("…ในพื้นที่ชุมชนโดยรอบ" + a break + "จังหวัดปราจีนบุรีได้ประกาศ") do not make the name a place."""
    return text[max(0, start - 30, text.rfind("\n", 0, start)):start]


def _body_before(text: str, before: str, end: int) -> bool:
    """A word before the province that makes it a body, or the start of a line where it stands alone or acts."""
    if _BODY_WORD_BEFORE.search(before):
        return True
    return bool(_LINE_START.search(before)) and bool(_ALONE_AFTER.match(text, end) or _BODY_AFTER.match(text, end))


def _address_before(places, before: str) -> bool:
    """A district or subdistrict written right before the province: an address ("ทะเลน้อย จ.พัทลุง")."""
    word = re.search(rf"({_THAI}{{3,40}})[ \t]+$", before)
    if word is None or places is None:
        return False
    run = word.group(1)
    whole = run == before.strip() or before[word.start() - 1:word.start()].isspace()
    # the whole word, or a place of five letters or more it ends with ("…พื้นที่ชุ่มน้ำทะเลน้อย")
    return (whole and bool(places.provinces_of(run))) or any(places.provinces_of(run[i:]) for i in range(0, len(run) - 4))


def _names_the_body(text: str, start: int, end: int, ends: set[int], starts: set[int], places=None) -> bool:
    """Whether the words around a province's name make it the administration, not the place."""
    before = _line_before(text, start)
    if _GOVERNORS_LISTED.search(text, max(0, start - 60), start):
        return True
    if _PLACE_BEFORE.search(before) or _places_listed(text, start) \
            or _sites_listed(text, start) \
            or _HAPPENS_TO_A_PLACE.match(text, end) or _address_before(places, before):
        return False
    if _STRONG_BEFORE.search(before):
        return True         # "โดยจังหวัดน่าน", "ร่วมกับจังหวัดน่าน", "รางวัลชนะเลิศ ได้แก่ จังหวัดน่าน"
    if _VENUE_BEFORE.search(text, max(0, start - 70), start) or _PLACE_AFTER.match(text, end):
        return False
    gap = _GAP.search(before)
    after_a_body = gap is not None and (start - len(gap.group())) in ends
    if before and not before[-1].isspace() and before[-1] not in "\"“'(":
        # written on to the word before: a body only after a word that makes it one ("โดยจังหวัดน่าน",
        # "กรมการพัฒนาชุมชนและจังหวัดกาญจนบุรี"), else the end of another name ("ปลัดจังหวัดน่าน",
        # "ศาลากลางจังหวัดน่าน", "ทีม ศรส.จังหวัดบุรีรัมย์")
        return bool(_body_before(text, before, end) or (after_a_body or _WINS_AFTER.match(text, end)) and _JOINED.search(before))
    before_a_body = _RUN_GAP.match(text, end).end() in starts
    item_dash = bool(_ITEM_DASH.search(text[text.rfind("\n", 0, start) + 1:start]) and _ALONE_AFTER.match(text, end))
    if after_a_body or before_a_body or item_dash or _body_before(text, before, end):
        return True
    if _JOINED.search(before):
        return bool(_WINS_AFTER.match(text, end))   # "… และจังหวัดแพร่" after no body: another place, unless it wins
    return bool(_BODY_AFTER.match(text, end))


# "… และจังหวัดน่านได้รับรางวัลชมเชย": a province joined after the last clause that itself receives an award is a
# body (a place is affected, visited or reached; it wins no award)
_WINS_AFTER = re.compile(r"[ \t]*(?:ได้รับ|คว้า|รับ)[ \t]?(?:รางวัล|โล่)")
# A venue written shortly before ("ณ ดอยสุเทพ จังหวัดเชียงใหม่"): the province is its address.
_VENUE_BEFORE = re.compile(r"(?:^|[ \t])ณ[ \t]?[^\n]{0,60}\Z")   # (\Z: not before the line break that ends the line above)
# (or the placing a winners list writes before it: "รางวัลชนะเลิศ จังหวัดลำพูน", "รางวัลรองชนะเลิศอันดับที่ 1 จังหวัด…")
_STRONG_BEFORE = re.compile(r"(?:โดย|ร่วมกับ|ให้แก่|แก่|ได้แก่|รางวัล[ \t]?(?:(?:รอง)?ชนะเลิศ(?:[ \t]?อันดับ(?:ที่)?[ \t]?[\d๐-๙])?|ชมเชย))[ \t]*:?[ \t]*$")
# Provinces counted or named by a kind and then listed ("4 จังหวัด ได้แก่ …", "จังหวัดชายแดนภาคใต้ ได้แก่ …"):
# places, unless what is listed are the winners of an award ("รางวัลชนะเลิศ ได้แก่ จังหวัด…").
_PLACES_LISTED = re.compile(r"(?:(?<![\d.])\d+[ \t]*จังหวัด|พื้นที่|จังหวัด(?:ท่องเที่ยว|ที่|ใหญ่|เป้าหมาย|ชายแดน|นำร่อง|ละ|ต่าง|ใน|ภาค|ข้างเคียง|ใกล้เคียง|ปริมณฑล))"
                            r"(?:(?!รางวัล|ได้รับ(?!ผลกระทบ|ความเสียหาย|ความเดือดร้อน))[^\n]){0,60}(?:ได้แก่|อาทิ|เช่น|ประกอบด้วย|คือ)[ \t]*$")
# Sites counted, or a region named, then listed by their provinces ("ภาคบริการโลหิต 12 แห่ง ได้แก่ จังหวัด…",
# "1 ใน 9 แห่งทั่วประเทศ ได้แก่ …", "ภาคตะวันออกเฉียงเหนือ ได้แก่ จังหวัด…"): where they are, unless an award
# was just named (its winners are listed so too).
_SITES_LISTED = re.compile(r"(?:[\d๐-๙]+[ \t]*(?:แห่ง|ศูนย์|สาขา|เขต|ภาค|ภูมิภาค)|ภาค(?:เหนือ|ใต้|กลาง|ตะวันออก|ตะวันตก)\S*)"
                           r"[^\n]{0,30}?(?:ได้แก่|อาทิ|เช่น|ประกอบด้วย|คือ)[ \t]*$")
_AWARD_BEFORE = re.compile(r"รางวัล|ชนะเลิศ|ได้รับการ(?:คัดเลือก|รับรอง)|เกียรติคุณ|เกียรติบัตร|โล่")
# The governors of the provinces listed after them: "ผู้ว่าราชการจังหวัด 17 จังหวัดภาคเหนือ ได้แก่ จังหวัดเชียงใหม่ เชียงราย …"
# name each province's administration (tests/ANNOTATION.md: a province named through its governor is a body).
_GOVERNORS_LISTED = re.compile(r"ผู้ว่าราชการจังหวัด[^\n]{0,40}(?:ได้แก่|ประกอบด้วย)[ \t]*$")


def _places_listed(text: str, start: int) -> bool:
    listed = _PLACES_LISTED.search(text, max(0, start - 90), start)
    return bool(listed) and not _AWARD_COUNTS.search(text, max(0, listed.start() - 120), listed.end())


# "มอบรางวัลจังหวัดสะอาด ประจำปี 2566 จำนวน 3 จังหวัด ได้แก่ จังหวัดน่าน …": provinces counted right after the award
# they won (its name, edition and year, to whom) are its winners; a clause between the award and the count
# ("มอบโล่รางวัล… พร้อมประชุมสำนักงาน… 6 จังหวัด ได้แก่") lists others
_AWARD_COUNTS = re.compile(r"รางวัล[^\s\d]*(?:[ \t]*(?:ประจำปี(?:งบประมาณ)?[ \t]*(?:พ\.ศ\.)?[ \t]*[\d๐-๙]{4}|ครั้งที่[ \t]*[\d๐-๙]{1,3}))*"
                           r"[ \t]*(?:ให้แก่|ให้กับ|แก่)?[ \t]*(?:จำนวน|รวม(?:ทั้งสิ้น)?)?[ \t]*[\d๐-๙]{1,3}[ \t]*จังหวัด[ \t]*(?:ได้แก่|ไดัแก่)[ \t]*$")


def _sites_listed(text: str, start: int) -> bool:
    listed = _SITES_LISTED.search(text, max(0, start - 70), start)
    # an outline item ("2.1.3 จังหวัดส่งเสริมการออมยอดเยี่ยม (ภาคใต้) ได้แก่ …") looks back to the award heading its outline
    line_start = text.rfind("\n", 0, start) + 1
    reach = 400 if _OUTLINE_ITEM.match(text, line_start) else 120
    return bool(listed) and not _AWARD_BEFORE.search(text, max(0, listed.start() - reach), listed.start())


_OUTLINE_ITEM = re.compile(r"[ \t]*\(?\d{1,2}(?:\.\d{1,2})+[.)]?[ \t]")


# What follows a province that makes it a place: at, in, a subdistrict or district, a date line.
_PLACE_AFTER = re.compile(r"[ \t]*(?:ณ|ที่(?!ได้)|ใน|ตำบล|ต\.|อำเภอ|อ\.|ซึ่งเป็นพื้นที่|มีพื้นที่|สถานที่|จำนวน|วัด|หอประชุม|ห้องประชุม"
                          r"|บริเวณ|[-–][ \t]|\d)")       # … and a dash after it: a dateline ("จังหวัดยะลา - …")
# What happens to a place, even after a word that would make it a body ("โดยจังหวัดสงขลา มีน้ำท่วม…",
# "จ.พิษณุโลก เกิดน้ำท่วม", "จังหวัดยะลา มีหน่วยงาน 4 แห่ง"): floods, damage, people and units in it; and a road
# or flood report's item, what happened there in brackets ("1. จังหวัดขอนแก่น (การจราจรผ่านไม่ได้ 3 แห่ง)").
_HAPPENS_TO_A_PLACE = re.compile(r"[ \t]*(?:เกิด|ประสบ|ได้รับผลกระทบ|มีน้ำ|มีผู้|มีฝน|มีหน่วยงาน|มีประชากร|มีพื้นที่|มีจำนวน|มีมูลค่า|มีเป้าหมาย|มียอด"
                                 r"|\([ \t]*(?:การจราจร|ถนน|ทางหลวง|น้ำท่วม|น้ำล้น))")


def _local_governments(reading: Reading) -> list[OrgMention]:
    text = reading.text
    found = []
    for match in _local_regex().finditer(text):
        if _NOT_THE_BODY_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue
        if match.group("pattaya"):      # a town as much as a body: as a province is
            if not _names_the_body(text, match.start(), match.end(), set(), set()):
                continue
            name, end = "เมืองพัทยา", match.end()
        else:
            hit = _longest_local_government(reading, match)
            if hit is None:
                continue
            name, end = hit
        key = local_government_key(reading, name, end)
        if key:
            found.append(OrgMention(match.start(), end, key, "local"))
    return found


def _longest_local_government(reading: Reading, match: re.Match[str]) -> tuple[str, int] | None:
    """The longest local government the words after a type make (a name glued to prose ends early)."""
    places = reading.gazetteer.places
    kind, run = match.group("type"), match.group("place")
    province = _province_written_after(reading, match.end())
    if province is None and _PROVINCE_AFTER.match(reading.text, match.end()):
        return None         # "อบต.โคกสะอาด จังหวัดกาพสินธุ์": a province the tables cannot read, so no guess
    for size in range(len(run), 1, -1):
        government = places.local_government(kind + run[:size], province)
        if government is not None:
            rest = run[size:]
            if rest and not _PROSE_AFTER_NAME.match(rest):
                return None     # "เทศบาลตำบลคลองพนพัฒนา": the name goes on past its place
            return government.name, match.start("place") + size
    return None


# A local government no source lists, named by a word of its own and placed by the address written after it:
# "นายกเทศมนตรีตำบลเกล็ดแก้ว อำเภอสัตหีบ จังหวัดชลบุรี" (a municipality need not be named after its subdistrict).
# Only through its head's title: the name alone with an address is as often where something lies.
_ADDRESS_AFTER = re.compile(rf"[ \t]+(?:อำเภอ|อ\.)[ \t]?{_THAI}+[ \t]*(?:จังหวัด|จ\.)[ \t]?(?P<province>{_THAI}+)")
_NOT_A_LOCAL_NAME = re.compile(r"ได้|จะ|ร่วม|จัด|โดย|ซึ่ง|เป็น|กับ|แก่|เพื่อ|ว่า|กล่าว|คว้า|รางวัล|และ|หรือ|ทุก|ต่าง|ทั้ง")


def unlisted_local_government_key(reading: Reading, kind: str, run: str, end: int) -> str | None:
    """The key of a local government of type ``kind`` (เทศบาลตำบล …) named ``run`` and written up to ``end``,
    learned under the province of the address written after it; None without one."""
    if len(run) > 20 or _NOT_A_LOCAL_NAME.search(run):
        return None
    address = _ADDRESS_AFTER.match(reading.text, end)
    places = reading.gazetteer.places
    province = next((address.group("province")[:size] for size in range(len(address.group("province")), 1, -1)
                     if places.province(address.group("province")[:size])), None) if address else None
    body = places.province_body(province) if province else None
    return reading.learn_organization(kind + run, "local_government", body) if body else None


# What may follow a local government's place written on to it: prose, not more of its name.
_PROSE_AFTER_NAME = re.compile(r"(?:ได้|จะ|และ|หรือ|ร่วม|ที่|ซึ่ง|โดย|เป็น|มี|ให้|ใน|จัด|ยัง|กับ|แก่|เพื่อ|ว่า|นำ|เข้า|ดำเนิน|อำเภอ|จังหวัด"
                               r"|ตำบล|เขต|ทั้ง|ก็|คว้า|รับ|ขอ|ส่ง|พร้อม|เมื่อ|กล่าว)")


def _province_written_after(reading: Reading, end: int) -> str | None:
    after = _PROVINCE_AFTER.match(reading.text, end)
    if after is None:
        return None
    run = after.group("province")
    places = reading.gazetteer.places
    return places.province_prefix(run)


def local_government_key(reading: Reading, name: str, end: int, province: str | None = None) -> str | None:
    """The key of a local government named ``name`` (short forms allowed) and written up to ``end``:
    a listed one where its province is known, else one learned under its province (or under none
    where the place lies in several provinces and the text says not which)."""
    places = reading.gazetteer.places
    province = province or _province_written_after(reading, end)
    government = places.local_government(name, province)
    if government is None:
        return None
    if government.type == "bangkok":
        return "bma"
    if government.type == "special_city":
        return "pattaya" if reading.gazetteer.organization("pattaya") else None
    home = government.province or _province_of_article(reading, government.provinces)
    if home is None:
        return None         # a name of several provinces' bodies, the text saying not which: no parentless node
    if government.key:
        return government.key
    return reading.learn_organization(government.name, "local_government", places.province_body(home))


_PLACE_NAMED = re.compile(rf"(?:จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.)[ \t]?({_THAI}{{2,30}})")


def _province_of_article(reading: Reading, candidates: tuple[str, ...]) -> str | None:
    """The one province among ``candidates`` that the article names, itself or through a district or
    subdistrict written as one (a local government named in several provinces lies in the one the
    article is about)."""
    named = _provinces_named(reading) & set(candidates)
    return next(iter(named)) if len(named) == 1 else None


def _provinces_named(reading: Reading) -> set[str]:
    if reading.provinces_named is not None:
        return reading.provinces_named
    places, named = reading.gazetteer.places, set()
    for match in _PLACE_NAMED.finditer(reading.text):
        run = match.group(1)
        for size in range(len(run), 1, -1):
            found = places.provinces_of(run[:size])
            if found:
                if len(found) == 1 or match.group().startswith(("จังหวัด", "จ.")):
                    named |= set(found)
                break
    reading.provinces_named = named
    return named


def district_key(reading: Reading, run: str, start: int) -> tuple[str, str] | None:
    """(key of the district's body, the district's name as written) for the longest district name the
    run of letters after นายอำเภอ / ปลัดอำเภอ starts with, in the province written after it or the one
    the article names ("นายอำเภอเมืองน่าน", "นายอำเภอเมือง จังหวัดน่าน")."""
    places = reading.gazetteer.places
    for size in range(len(run), 1, -1):
        name = run[:size]
        if not places.districts.get(match_key(name)):
            continue
        candidates = tuple(sorted({d.province for d in places.districts[match_key(name)]}))
        province = _province_written_after(reading, start + size) or \
            (candidates[0] if len(candidates) == 1 else _province_of_article(reading, candidates))
        key = places.district_body(name, province)
        if key:
            return key, name
        return None
    return None
