"""Faculties of universities (``คณะเทคนิคการแพทย์ มหาวิทยาลัยมหิดล``), with or without the university written,
and campuses (``มหาวิทยาลัยเกษตรศาสตร์ วิทยาเขตกำแพงแสน``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import OUTSIDE_KINDS, Gazetteer, literal_regex
from ..reading import OrgMention, Reading, near_table_name
from .unit_names import _AFTER_PLACE_PROSE, _PROSE_WORDS, _before_prose, _cut_name, _generic, _starts_prose, _words


# A faculty is any "คณะ<X>" right before a university ("คณะเทคนิคการแพทย์ มหาวิทยาลัยมหิดล",
# "คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล") unless คณะ heads a group of people
# (executives, committee, working group, lecturers, researchers, staff …) or "from / of" ends it. Before it stands
# nothing Thai, or a word a faculty is written on to: its dean's or lecturer's title, from / of / by / and
# ("อาจารย์คณะสาธารณสุขศาสตร์ มหาวิทยาลัยธรรมศาสตร์", "จากคณะสังคมสงเคราะห์ศาสตร์ …"). (?=คณะ) first: the lookbehinds
# are then tried only where คณะ stands, not at every letter (a scan seven times faster).
_FACULTY = re.compile(r"(?=คณะ)(?:(?<![\u0e01-\u0e4e])|(?<=คณบดี)|(?<=อาจารย์)|(?<=จาก)|(?<=ของ)|(?<=โดย)|(?<=และ)|(?<=กับ)"
                      r"|(?<=นักศึกษา)|(?<=นิสิต))คณะ(?!ผู้|กรรมการ|อนุกรรมการ|ทำงาน|อาจารย์|วิจัย|นัก|เจ้าหน้าที่|บุคลากร|ครู|รัฐมนตรี"
                      r"|ทูต|แพทย์(?!ศาสตร์)|หรือ|และ|ภายใน|ต่าง|ที่|ของ|จาก)"
                      r"(?:(?!จาก|ของ|สังกัด|ภายใน|ร่วม|ได้|และ(?:ผู้|บุคลากร|คณะ))[\u0e01-\u0e4e]){3,40}?[ \t]?(มหาวิทยาลัย[\u0e01-\u0e4e]{2,40})")


@lru_cache(maxsize=4)
def _faculty_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """``คณะ<X> <university>``: the university a name of the tables or "มหาวิทยาลัย<name>"."""
    names = {re.escape(name) for org in [*gazetteer.agencies.values(), *gazetteer.bodies.orgs.values()]
             if org.kind in ("university", "private_university") for name in (org.name, *org.aliases)}
    universities = "|".join(sorted(names, key=len, reverse=True))
    generic = r"(มหาวิทยาลัย[\u0e01-\u0e4e]{2,40})"
    assert _FACULTY.pattern.endswith(generic)
    return re.compile(_FACULTY.pattern.removesuffix(generic) + rf"({universities}|มหาวิทยาลัย[\u0e01-\u0e4e]{{2,40}})")


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Faculties, each under its university: one of the tables, else one learned by its name (a
    university no table lists is no public one: it stands outside the state, as a private university)."""
    text, gazetteer = reading.text, reading.gazetteer
    found = _campuses(reading)
    if "คณะ" not in text:
        return found
    for match in _faculty_regex(gazetteer).finditer(text):
        written = match.group(1)
        university = gazetteer.find_by_name(written) or gazetteer.bodies.find_by_name(written)
        if university is None:
            written = _cut_name(written)
            university = university_key(reading, written)
        if university is None:
            continue
        end = match.start(1) + len(written)
        name = re.sub(r"[ \t]+", " ", text[match.start():end])
        # a faculty of a university outside the state is outside it too: a unit of that body
        kind = "unit" if reading.organization(university).kind in OUTSIDE_KINDS else "faculty"
        found.append((match.start(), match.start() - end, 0,
                      OrgMention(match.start(), end, reading.learn_organization(name, kind, university), "unit")))
    found.extend(_faculties_without_university(reading))
    return found


@lru_cache(maxsize=4)
def _campus_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """``<university of the tables> วิทยาเขต<name>``."""
    names = {re.escape(name) for org in [*gazetteer.agencies.values(), *gazetteer.bodies.orgs.values()]
             if org.kind in ("university", "private_university") for name in (org.name, *org.aliases)}
    universities = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"({universities})[ \t]?วิทยาเขต(?P<run>[\u0e01-\u0e4e]{{2,40}})")


# Words that make "วิทยาเขต…" a kind, not one campus: "วิทยาเขตทั่วประเทศ", "วิทยาเขตต่างๆ", "วิทยาเขตแห่งใหม่".
_NOT_A_CAMPUS = ("ทั่ว", "ต่าง", "ทุก", "ทั้ง", "หลาย", "แห่ง", "อื่น", "ใหม่", "หลัก", "ของ", "และ")


def _campuses(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """A university's campus, under the university: named by a real place ("วิทยาเขตกำแพงแสน", "วิทยาเขต
    ปัตตานีได้รับ…" is ปัตตานี), or by a name of its own that the text closes (a space or a mark after one to three
    words, none of prose: "วิทยาเขตพระราชวังสนามจันทร์"). Campus names checked against Thai Wikipedia's titles
    (``มหาวิทยาลัยเกษตรศาสตร์วิทยาเขตกำแพงแสน``, ``…วิทยาเขตเฉลิมพระเกียรติ``)."""
    text, gazetteer = reading.text, reading.gazetteer
    if "วิทยาเขต" not in text:
        return []
    places, found = gazetteer.places, []
    for match in _campus_regex(gazetteer).finditer(text):
        university = gazetteer.find_by_name(match.group(1)) or gazetteer.bodies.find_by_name(match.group(1))
        if university is None:
            continue
        run = match.group("run")
        words = _words(run)
        campus = None
        for size in range(len(words), 0, -1):
            place = "".join(words[:size])
            rest = words[size:]
            if (places.is_place(place) or places.province(place)) and (not rest or _starts_prose(rest[0])):
                campus = place
                break
        if campus is None and 0 < len(words) <= 3 and not text[match.end():match.end() + 1].isalnum() \
                and not any(_starts_prose(word) or word.startswith(_NOT_A_CAMPUS) for word in words):
            campus = run
        if campus is None:
            continue
        end = match.start("run") + len(campus)
        name = f"{reading.organization(university).name} วิทยาเขต{campus}"
        kind = "unit"
        found.append((match.start(), match.start() - end, 0,
                      OrgMention(match.start(), end, reading.learn_organization(name, kind, university), "unit")))
    return found


@lru_cache(maxsize=4)
def _named_faculty_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(gazetteer.faculty_universities, flexible_spaces=False)


def _faculties_without_university(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """A faculty whose own name is one university's, written alone ("คณะแพทยศาสตร์ศิริราชพยาบาล"): the node
    it is when written with its university ("… มหาวิทยาลัยมหิดล"), under it. Where the university follows,
    the longer mention that find() reads covers this one."""
    text, gazetteer = reading.text, reading.gazetteer
    found = []
    for match in _named_faculty_regex(gazetteer).finditer(text):
        written = match.group()
        university_name = gazetteer.faculty_universities[written]
        university = gazetteer.find_by_name(university_name) or gazetteer.bodies.find_by_name(university_name)
        if university is None:
            continue
        key = reading.learn_organization(f"{written} {university_name}", "faculty", university)
        found.append((match.start(), match.start() - match.end(), 1, OrgMention(match.start(), match.end(), key, "unit")))
    return found


def university_key(reading: Reading, name: str) -> str | None:
    """The key of a university by its name: one of the tables (a misspelling of one included: ราชภัฎ for
    ราชภัฏ, a letter off), else a private or foreign one learned outside the state; None where the
    words after มหาวิทยาลัย are no name."""
    gazetteer = reading.gazetteer
    spelled = name.replace("ราชภัฎ", "ราชภัฏ")
    known = gazetteer.find_by_name(spelled) or gazetteer.bodies.find_by_name(spelled) or near_table_name(gazetteer, spelled)
    if known:
        return known
    if _PUBLIC_GROUP.search(name):
        return _public_group_university(reading, spelled)
    kept = _before_prose(name, ())
    if kept is None or kept != name or _generic(reading, name, 0):
        return None
    words = _words(re.match(r"[\u0e01-\u0e4e]*", name.removeprefix("มหาวิทยาลัย")).group())
    if any(w in _PROSE_WORDS or w in _AFTER_PLACE_PROSE for w in words):
        return None         # no place to protect: any word of prose ends it ("…ราชมงคลทั้ง 9 แห่ง")
    return reading.learn_organization(name, "private_university", None)


# Rajabhat and Rajamangala universities are all public: one the tables lack is a name written
# another way (the group's word left out, a former name) or prose, never a private university.
_PUBLIC_GROUP = re.compile(r"ราชภัฏ|ราชภัฎ|ราชมงคล")


def _public_group_university(reading: Reading, name: str) -> str | None:
    """The table's university a Rajabhat or Rajamangala name written another way stands for
    ("มหาวิทยาลัยราชมงคลอีสาน" for มหาวิทยาลัยเทคโนโลยีราชมงคลอีสาน, "มหาวิทยาลัยราชภัฏสวนดุสิต" for
    มหาวิทยาลัยสวนดุสิต, "มหาวิทยาลัยราชภัฏอยุธยา" for …พระนครศรีอยุธยา, "…วไลยอลงกรณ์" without ในพระบรมราชูปถัมภ์);
    None for any other ("มหาวิทยาลัยราชภัฏแต่ละแห่ง", "มหาวิทยาลัยราชภัฏถือ…")."""
    gazetteer = reading.gazetteer
    name = re.sub(r"(?<!เทคโนโลยี)ราชมงคล", "เทคโนโลยีราชมงคล", name)
    for variant in (name, name.replace("ราชภัฏ", "", 1)):
        known = gazetteer.find_by_name(variant) or gazetteer.bodies.find_by_name(variant)
        if known:
            return known
    group = _PUBLIC_GROUP.search(name)
    place = name[group.end():].removesuffix("ฯ")    # "…วไลยอลงกรณ์ฯ": the title left out, marked
    if len(place) < 4:
        return None
    fitting = {org.key for org in gazetteer.bodies.orgs.values() if org.kind == "university"
               and org.name.startswith(name[:group.end()]) and _place_fits(org.name[group.end():], place)}
    return fitting.pop() if len(fitting) == 1 else None


def _place_fits(theirs: str, written: str) -> bool:
    """A place written short: the table's with its last words or its title left out ("บ้านสมเด็จเจ้าพระยา",
    "วไลยอลงกรณ์ ในพระบรมราชูปถัมภ์") or its first words ("พระนครศรีอยุธยา"); one university only may fit."""
    return theirs.startswith(written) or theirs.endswith(written)
