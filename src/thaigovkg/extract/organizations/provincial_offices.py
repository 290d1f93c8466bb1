"""Offices named after a province, a numbered area or a district, and the units learned from them
(``สำนักงานพัฒนาชุมชนจังหวัดร้อยเอ็ด``, ``สำนักงานชลประทานที่ 3``, ``สนง.เกษตรจังหวัดน่าน``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ...gazetteer import Gazetteer, opening, province_alternation
from ...normalize import match_key
from ..reading import OrgMention, Reading
from .parents import _parent_after
from .short_forms import _GLUE_BEFORE_SHORT_FORM
from .unit_names import _HEADS_BEFORE_UNIT, _THAI_LETTER, _starts_prose, _words


# Heads of unit names that end with a province: office, bureau, centre,
# hospital, station, provincial hall, college, prison, checkpoint, institute.
_UNIT_HEADS = ("สำนักงาน", "สำนัก", "ศูนย์", "โรงพยาบาล", "สถานี", "ที่ทำการ", "ศาลากลาง",
               "วิทยาลัย", "เรือนจำ", "ด่าน", "สถาบัน", "หน่วยบริการ", "ค่าย", "สถานพัฒนา", "สถานแรกรับ")
# A unit name ending in these is a generic phrase ("สำนักงานในจังหวัด" = offices in the province).
_GENERIC_ENDINGS = ("ใน", "ของ", "ทุก", "ทั่ว", "แต่ละ", "ทั้ง", "และ", "กับ", "ทุกแห่งใน", "ต่าง")
# Heads of provincial-unit matches that make no provincial unit: the provincial hall is a building, and
# a police station or a hospital is named by its own place (learned as a self-named unit, the province
# written on to it cut off: "โรงพยาบาลหล่มสักจังหวัดเพชรบูรณ์").
_NOT_PROVINCIAL_UNITS = ("ศาลากลาง", "สถานีตำรวจ", "โรงพยาบาล")
# A second name joined to the first: "… และสำนักงาน…", "… และคณะ", "… และผู้บังคับการ…".
_JOINED_NAMES = re.compile(r"(?:และ|หรือ)(?=โรงพยาบาล|รพ\.|สำนักงาน|สำนัก|มหาวิทยาลัย|วิทยาลัย|ศูนย์|สถานี|สถาน|คณะ|ผู้|กอง|กรม"
                           r"|ภาคี|หน่วย|เรือนจำ|ค่าย|โรงเรียน|องค์การ|เทศบาล)")

# A numbered office of a province or of Bangkok: "พื้นที่ 3" (area 3), "แห่งที่ 2" (office no. 2);
# not a range ("พื้นที่ 1 - 5" names five offices at once).
_OFFICE_NUMBER = r"(?:[ \t]?(?:พื้นที่|แห่งที่)[ \t]?\d{1,2}(?![\d \t]*(?:[-–]|ถึง)))"
_BANGKOK = "กรุงเทพมหานคร"


@lru_cache(maxsize=4)
def _unit_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """A unit named after its province (``สำนักงานขนส่งจังหวัดชลบุรี``, also with a space before
    จังหวัด and an office number) or after a numbered area of Bangkok
    (``สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 7``, where the number is required)."""
    provinces = province_alternation(gazetteer.provinces, bangkok=True)
    heads = "|".join(sorted(_UNIT_HEADS, key=len, reverse=True))
    run = rf"(?:(?!จังหวัด|{_BANGKOK})[\u0e01-\u0e4e])"
    return re.compile(rf"(?:{heads})(?:{run}{{0,50}}?[ \t]?จังหวัด[ \t]?(?:{provinces}){_OFFICE_NUMBER}?"
                      rf"|{run}{{2,50}}?{_BANGKOK}[ \t]?พื้นที่[ \t]?\d{{1,2}}(?![\d \t]*(?:[-–]|ถึง)))")


@lru_cache(maxsize=4)
def _province_list_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """One more province of a list after a provincial unit: " ชลบุรี", ", ชัยภูมิ", " และเพชรบุรี",
    with its office number ("อุดรธานี แห่งที่ 2"). Bangkok is no จังหวัด, so it is left out."""
    provinces = province_alternation(gazetteer.provinces)
    return re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:และ|หรือ)?[ \t]?|และ|หรือ)({provinces})"
                      rf"(?=[^\u0e01-\u0e4e]|และ|หรือ|$)({_OFFICE_NUMBER}?)")


# A department's numbered regional office: "สำนักงานเศรษฐกิจการเกษตรที่ 10", "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 1",
# "สำนักงานชลประทานที่ 3", also its zone or region without ที่ ("ศูนย์ความปลอดภัยในการทำงานเขต 9",
# "สำนักงานทรัพยากรน้ำแห่งชาติภาค 2"); the words between the head and the number name the department (or are
# the table's office itself), else ontology/regional_offices.csv says whose it is.
_NUMBERED_OFFICE = re.compile(r"(?P<head>สำนักงาน|สำนัก|ศูนย์)(?P<core>[\u0e01-\u0e4e]{3,40}?)"
                              r"(?:(?P<area>ภาค|เขต)?(?P<nth>ที่)|(?P<zone>ภาค|เขต))[ \t]?(?P<number>\d{1,2})(?![\d.,:/])"
                              r"(?![ \t]*(?:[-–]|ถึง)[ \t]*\d)")     # not a range: "ที่ 1 - 12" is every one of them


@lru_cache(maxsize=1)
def _regional_office_heads() -> dict[str, str]:
    from ...gazetteer import _read_csv
    return {row["head"]: row["parent"] for row in _read_csv("regional_offices.csv")}


def numbered_offices(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    gazetteer, found = reading.gazetteer, []
    text = reading.text
    for match in _NUMBERED_OFFICE.finditer(text):
        if match.start() and _THAI_LETTER.match(text, match.start() - 1) \
                and not text.endswith(_HEADS_BEFORE_UNIT + _GLUE_BEFORE_SHORT_FORM, max(0, match.start() - 12), match.start()):
            continue        # inside another word, unless written on to a title, a connective or its staff
        head, core = match.group("head"), match.group("core")
        stem = head + core
        parent_name = _regional_office_heads().get(stem)
        parent = gazetteer.find_by_name(parent_name) if parent_name else None
        for name in (stem, "กรม" + core, "กรมการ" + core, "สำนักงาน" + core):
            if parent is None:
                parent = gazetteer.find_by_name(name)
        if parent is None or gazetteer.agencies.get(parent) is None \
                or gazetteer.agencies[parent].kind not in ("department", "office", "other"):
            continue
        name = stem + (match.group("area") or "") + "ที่ " + match.group("number") if match.group("nth") \
            else stem + match.group("zone") + " " + match.group("number")
        kind = "office" if head.startswith("สำนัก") else "unit"     # as the award lists' reader kinds them
        key = reading.learn_organization(name, kind, parent)
        found.append((match.start(), match.start() - match.end(), 1, OrgMention(match.start(), match.end(), key, "unit")))
    return found


@lru_cache(maxsize=1)
def _place_named_office_regex() -> re.Pattern[str]:
    heads = sorted(_regional_office_heads(), key=len, reverse=True)
    return re.compile(rf"(?P<head>{'|'.join(map(re.escape, heads))})(?P<province>[ \t]?จังหวัด)?(?P<run>[\u0e01-\u0e4e]{{3,40}})")


def place_named_offices(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """A department's centre or station named after the province or district it serves ("ศูนย์วิจัยข้าวชัยนาท",
    "สถานีพัฒนาที่ดินน่าน", "ศูนย์วิจัยและพัฒนาการเกษตรจังหวัดยะลา"), under the department regional_offices.csv
    gives its kind. The place must be a real province or district and end the name, or prose follow it: "ศูนย์วิจัยข้าว
    ทุกแห่ง", "ศูนย์วิจัยพืชสวนได้…" are the kind, no centre."""
    gazetteer, text, found = reading.gazetteer, reading.text, []
    for match in _place_named_office_regex().finditer(text):
        if match.start() and _THAI_LETTER.match(text, match.start() - 1) \
                and not text.endswith(_HEADS_BEFORE_UNIT + _GLUE_BEFORE_SHORT_FORM, max(0, match.start() - 12), match.start()):
            continue        # inside another word
        run = match.group("run")
        place = next((run[:size] for size in range(len(run), 2, -1) if _province_or_district(gazetteer, run[:size])), None)
        if place is None:
            continue
        after = run[len(place):]
        if after and not (_starts_prose(_words(after)[0]) or after.startswith(("จังหวัด", "อำเภอ", "ตำบล"))):
            continue        # the run goes on with more name: the place is not what ends it
        parent = gazetteer.find_by_name(_regional_office_heads()[match.group("head")])
        if parent is None:
            continue
        end = match.start("run") + len(place)
        name = match.group("head") + ("จังหวัด" if match.group("province") else "") + place
        found.append((match.start(), match.start() - end, 1,
                      OrgMention(match.start(), end, reading.learn_organization(name, "unit", parent), "unit")))
    return found


def _province_or_district(gazetteer: Gazetteer, name: str) -> bool:
    places = gazetteer.places
    return bool(places.province(name) or places.districts.get(match_key(name)))


@lru_cache(maxsize=4)
def _office_without_the_word_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """``สำนักงานสถิติอุทัยธานี``: a provincial office of the unit-head table written with its province but
    without จังหวัด (a list of teams, a signature)."""
    stems = {head.removesuffix("จังหวัด") for head in gazetteer.unit_heads
             if head.startswith("สำนักงาน") and head.endswith("จังหวัด") and len(head) > len("สำนักงานจังหวัด")}
    provinces = province_alternation(gazetteer.provinces)
    return re.compile(rf"{opening(stems)}(?<![\u0e01-\u0e4e])({'|'.join(sorted(map(re.escape, stems), key=len, reverse=True))})"
                      rf"({provinces})(?![\u0e01-\u0e4e])")


def provincial_offices_without_the_word(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    found = []
    for match in _office_without_the_word_regex(reading.gazetteer).finditer(reading.text):
        name = match.group(1) + "จังหวัด" + match.group(2)
        key = reading.gazetteer.find_by_name(name) or _learn_unit(reading, name, match.end())
        if key:
            found.append((match.start(), match.start() - match.end(), 1, OrgMention(match.start(), match.end(), key, "unit")))
    return found


@lru_cache(maxsize=4)
def _office_by_short_form_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """``สสจ.น่าน``, ``พมจ. แพร่``, ``ปภ.จังหวัดน่าน``: a department's provincial office by the short form its
    offices share (``unit_heads.csv``, short_th) and its province (also after จังหวัด / จ.)."""
    forms = "|".join(sorted(map(re.escape, gazetteer.unit_head_short_forms), key=len, reverse=True))
    provinces = province_alternation(gazetteer.provinces)
    # the province ends where the letters stop or a word of the sentence is written on to it ("สอจ.ระยองร่วมกับ…")
    # (a list may glue the form to its joining word or its number: "และสสจ.เลย", "2.สสจ.แพร่")
    return re.compile(rf"{opening(gazetteer.unit_head_short_forms)}(?:(?<![\u0e01-\u0e4e.])|(?<=และ)|(?<=หรือ)|(?<=[\d๐-๙]\.))({forms})[ \t]?(?:(?:จังหวัด|จ\.)[ \t]?)?({provinces})"
                      r"(?=[^\u0e01-\u0e4e]|$|และ|หรือ|ร่วม|ได้|จัด|ที่|โดย|เป็น|ให้|ใน|มี|จะ)")


def provincial_offices_by_short_form(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """A provincial office named by its short form and province is that office, and the article's short form of it."""
    gazetteer, found = reading.gazetteer, []
    if not gazetteer.unit_head_short_forms:
        return found
    for match in _office_by_short_form_regex(gazetteer).finditer(reading.text):
        head = gazetteer.unit_head_short_forms[match.group(1)]
        name = head.removesuffix("จังหวัด") + "จังหวัด" + match.group(2)
        key = gazetteer.find_by_name(name) or _learn_unit(reading, name, match.end())
        if key:
            found.append((match.start(), match.start() - match.end(), 1, OrgMention(match.start(), match.end(), key, "unit")))
            reading.extraction.attested.add((key, re.sub(r"\s+", "", match.group())))
    return found


def _unit_matches(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The place-named units of the text; where two names are joined by และ/หรือ in one match ("โรงพยาบาลยโสธร
    และสำนักงานสาธารณสุขจังหวัดยโสธร"), the match, then the second name read again from where it starts."""
    for match in regex.finditer(text):
        yield match
        joined = _JOINED_NAMES.search(_unit_stem(match.group()))
        second = regex.match(text, match.start() + joined.end()) if joined else None
        if second and second.end() == match.end():
            yield second


def _unit_name(surface: str) -> str:
    """A place-named unit as one word, its office number kept apart: "…อุดรธานี แห่งที่ 2"."""
    return re.sub(r"(พื้นที่|แห่งที่)(\d+)$", r"\1 \2", re.sub(r"[ \t]+", "", surface))


def _unit_stem(name: str) -> str:
    """The unit's kind without its place: "สำนักงานขนส่ง" in "สำนักงานขนส่งจังหวัดชลบุรี"."""
    for place in ("จังหวัด", _BANGKOK):
        if place in name:
            return name[: name.rfind(place)]
    return name


def _counted(text: str, end: int) -> bool:
    """A unit followed by a count of places is a kind ("สำนักงานขนส่งจังหวัดจำนวน 76 แห่ง")."""
    return bool(re.match(r"[ \t]?(?:จำนวน|รวม|กว่า)?[ \t]?\d+[ \t]?(?:แห่ง|ศูนย์|หน่วย)", text[end:end + 24]))


def _listed_provinces(reading: Reading, stem: str, end: int) -> list[tuple[int, int, int, OrgMention]]:
    """"สำนักงานขนส่งจังหวัดกาฬสินธุ์ ชลบุรี และเพชรบุรี": the unit's kind shared by every province
    of the list; one unit per province, its span the province (and office number)."""
    found = []
    regex = _province_list_regex(reading.gazetteer)
    while (match := regex.match(reading.text, end)):
        start, end = match.start(1), match.end()
        name = _unit_name(stem + "จังหวัด" + match.group(1) + match.group(2))
        key = reading.gazetteer.find_by_name(name) or _learn_unit(reading, name, end)
        if key is None:
            break
        found.append((start, start - end, 1, OrgMention(start, end, key, "unit")))
    return found


def _learn_unit(reading: Reading, name: str, end: int) -> str | None:
    """A key for a provincial unit, placed under its parent; None where no parent is known."""
    gazetteer = reading.gazetteer
    stem = _unit_stem(name)
    parent = None
    for head in sorted(gazetteer.unit_heads, key=len, reverse=True):
        if name.startswith(head) or stem == head.removesuffix("จังหวัด"):
            parent = gazetteer.unit_heads[head]
            break
    if parent is None and stem.startswith("สำนักงาน") and len(stem) > len("สำนักงาน") + 2:
        # สำนักงาน<X>จังหวัด… is the provincial office of กรม<X> or กรมการ<X>
        core = stem.removeprefix("สำนักงาน")
        for department in ("กรม" + core, "กรมการ" + core, "กรม" + core.removeprefix("การ"), "สำนักงาน" + core + "แห่งชาติ"):
            parent = gazetteer.find_by_name(department)
            if parent:
                break
    if parent is None:
        parent = _parent_after(reading, end)
    if parent is None:
        return None
    return reading.learn_organization(name, "unit", parent)


def learned_provincial_unit(reading: Reading, name: str, end: int) -> str | None:
    """The key of a department's provincial office by its name (``สำนักงานอุตสาหกรรมจังหวัดเชียงใหม่``),
    for the posts that name it through its head's title."""
    return reading.gazetteer.find_by_name(name) or _learn_unit(reading, name, end)


def provincial_units(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Units named after their province or a numbered area of Bangkok, each learned under its parent,
    and the provinces listed after one (``สำนักงานขนส่งจังหวัดชลบุรี ระยอง และจันทบุรี``)."""
    text, gazetteer = reading.text, reading.gazetteer
    candidates: list[tuple[int, int, int, OrgMention]] = []
    for match in _unit_matches(_unit_regex(gazetteer), text):
        name = _unit_name(match.group())
        prefix = _unit_stem(name)
        if prefix.endswith(_GENERIC_ENDINGS) or _counted(text, match.end()):
            continue
        if name.startswith("โรงพยาบาล") and re.search(r"[ \t]จังหวัด", match.group()):
            continue    # "โรงพยาบาลแกลง จังหวัดระยอง": a hospital is named by its town, the province only locates it
        if name.startswith(_NOT_PROVINCIAL_UNITS) or _JOINED_NAMES.search(prefix):
            # a building ("ศาลากลางจังหวัดน่าน" is the provincial hall), a station (named by its own place,
            # never "สถานีตำรวจภูธรจังหวัดนครปฐม"), a kind ("โรงพยาบาลที่จังหวัดชลบุรี") or two names
            # ("โรงพยาบาลยโสธรและสำนักงานสาธารณสุขจังหวัดยโสธร")
            continue
        key = gazetteer.find_by_name(name) or _learn_unit(reading, name, match.end())
        if key:
            candidates.append((match.start(), match.start() - match.end(), 1, OrgMention(match.start(), match.end(), key, "unit")))
            if "จังหวัด" in name:
                candidates.extend(_listed_provinces(reading, prefix, match.end()))
    return candidates
