"""Units of the security forces that the tables cannot list one by one: numbered police divisions, the
companies of the border patrol police, of the volunteer defence corps (อาสารักษาดินแดน, อส.) and of the
rangers, the army's divisions, regiments and military circles, the air force's wings.

Each family is a head (``กองบังคับการตรวจคนเข้าเมือง``, ``กองร้อยอาสารักษาดินแดน``, ``มณฑลทหารบก`` …) and what
completes its name: a number (``ที่ 5``) or a real place (a province or a district, checked against the
gazetteer's places), or both. The name ends with its number or its place, so the clause written on to it
is never part of it (``กองร้อยอาสารักษาดินแดนอำเภองาวที่ 2 ได้นำ…``). A head word of another kind before it
makes a unit of another name (``หน่วยเฉพาะกิจกรมทหารพรานที่ 36`` is a task force, ``กองพันมณฑลทหารบกที่ 42``
a battalion): no match.

The parent is what the family's name says (a numbered immigration division is the immigration bureau's, a
regional investigation division its police region's, a military circle its army area's by its first
digit), else the service its head makes certain (a ranger company is the army's, a volunteer defence
company the Department of Provincial Administration's, a border patrol company the border patrol police
bureau's); never a neighbour in a list. The named divisions of a bureau (``กองบังคับการตำรวจน้ำ`` …) are
rows of ``ontology/police.csv``, found with the other table names.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...gazetteer import Gazetteer
from ..reading import OrgMention, Reading

_THAI = r"[\u0e01-\u0e4e]"
_SP = r"[ \t]?"
# Head words a unit's head may be written on to that make it part of another unit's name: a task force
# (หน่วยเฉพาะกิจกรมทหารพรานที่ 36), a battalion of a circle (กองพันมณฑลทหารบกที่ 42), a circle's own units.
_OTHER_UNIT_BEFORE = r"(?<!เฉพาะกิจ)(?<!กองพัน)(?<!กองร้อย)(?<!ศูนย์)"


@dataclass(frozen=True)
class _Numbered:
    """A unit named by its head and a number: ``pattern`` holds the group ``n``; ``name`` and ``parent`` are
    formatted with it (``parent`` names a body of the tables). ``needs``: a word every match holds, looked
    for first where the pattern opens with a lookbehind or an optional word (tried at every letter)."""
    pattern: str
    name: str
    parent: str
    kind: str
    needs: str = ""


_NUMBERED = (
    # police: the numbered divisions of a bureau (บก.ตม.1–6, บก.น.1–9, บก.ปส.1–4, บก.สอท.1–5, บก.ทท.1–3,
    # บก.สส.ภ.1–9, บก.ตชด.ภาค 1–4) and the border patrol's superintendencies and companies
    _Numbered(r"กองบังคับการตรวจคนเข้าเมือง" + _SP + r"(?:ที่" + _SP + r")?(?P<n>[1-6])",
              "กองบังคับการตรวจคนเข้าเมือง {n}", "สำนักงานตรวจคนเข้าเมือง", "police"),
    _Numbered(r"กองบังคับการตำรวจนครบาล" + _SP + r"(?P<n>[1-9])", "กองบังคับการตำรวจนครบาล {n}",
              "กองบัญชาการตำรวจนครบาล", "police"),
    # (written with or without ตำรวจ; with it in most articles, as its bureau is)
    _Numbered(r"กองบังคับการ(?:ตำรวจ)?ปราบปรามยาเสพติด" + _SP + r"(?P<n>[1-4])", "กองบังคับการตำรวจปราบปรามยาเสพติด {n}",
              "กองบัญชาการตำรวจปราบปรามยาเสพติด", "police"),
    _Numbered(r"กองบังคับการ(?:ตำรวจ)?สืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี" + _SP + r"(?P<n>[1-5])",
              "กองบังคับการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี {n}",
              "กองบัญชาการตำรวจสืบสวนสอบสวนอาชญากรรมทางเทคโนโลยี", "police"),
    _Numbered(r"กองบังคับการตำรวจท่องเที่ยว" + _SP + r"(?P<n>[1-3])", "กองบังคับการตำรวจท่องเที่ยว {n}",
              "กองบัญชาการตำรวจท่องเที่ยว", "police"),
    _Numbered(r"กองบังคับการสืบสวนสอบสวน" + _SP + r"(?:ตำรวจ)?ภูธรภาค" + _SP + r"(?:ที่" + _SP + r")?(?P<n>[1-9])",
              "กองบังคับการสืบสวนสอบสวนตำรวจภูธรภาค {n}", "ตำรวจภูธรภาค {n}", "police"),
    _Numbered(r"กองบังคับการตำรวจตระเวนชายแดนภาค" + _SP + r"(?:ที่" + _SP + r")?(?P<n>[1-4])",
              "กองบังคับการตำรวจตระเวนชายแดนภาค {n}", "กองบัญชาการตำรวจตระเวนชายแดน", "police"),
    _Numbered(r"กองกำกับการ(?:ตำรวจตระเวนชายแดน|" + _SP + r"ตชด\.)" + _SP + r"(?:ที่" + _SP + r")?(?P<n>[1-4][1-9])",
              "กองกำกับการตำรวจตระเวนชายแดนที่ {n}", "กองบัญชาการตำรวจตระเวนชายแดน", "police"),
    _Numbered(r"กองร้อย(?:ตำรวจตระเวนชายแดน|" + _SP + r"ตชด\.?)" + _SP + r"(?:ที่" + _SP + r")?(?P<n>[1-4]\d\d)",
              "กองร้อยตำรวจตระเวนชายแดนที่ {n}", "กองบัญชาการตำรวจตระเวนชายแดน", "police"),
    # army: military circles (มทบ.11–46, under the army area of their first digit), divisions, regiments,
    # ranger companies (four digits: the regiment's two, the company's two)
    _Numbered(_OTHER_UNIT_BEFORE + r"มณฑลทหารบก" + _SP + r"ที่" + _SP + r"(?P<n>[1-4]\d|[23]10)",
              "มณฑลทหารบกที่ {n}", "กองทัพภาคที่ {n[0]}", "military", needs="มณฑลทหารบก"),
    # (its headquarters written before it is the division: "กองบัญชาการกองพลทหารราบที่ 15")
    _Numbered(_OTHER_UNIT_BEFORE + r"(?:กองบัญชาการ" + _SP + r")?กองพล(?P<arm>ทหารราบ|ทหารม้า|ทหารปืนใหญ่|รบพิเศษ|พัฒนา|ทหารช่าง)ที่" + _SP + r"(?P<n>[1-9]\d?)",
              "กองพล{arm}ที่ {n}", "กองทัพบก", "military", needs="กองพล"),
    # (a regiment of the King's Guard carries its title, part of its span, not of the name it is known by;
    # a regiment of the marine division is the navy's: no army regiment)
    _Numbered(_OTHER_UNIT_BEFORE + r"กรม(?P<arm>ทหารราบ|ทหารม้า|ทหารปืนใหญ่|ทหารพราน|ทหารช่าง)ที่" + _SP + r"(?P<n>[1-9]\d{0,2})"
              r"(?:" + _SP + r"(?:มหาดเล็ก)?รักษาพระองค์(?:ฯ)?)?(?!" + _SP + r"\d|" + _SP + r"(?:\(ร\.\d+\)" + _SP + r")?(?:กองพล)?นาวิกโยธิน)",
              "กรม{arm}ที่ {n}", "กองทัพบก", "military", needs="กรมทหาร"),
    _Numbered(r"กองร้อย(?:ทหารพราน|" + _SP + r"ทพ\.)" + _SP + r"(?:ที่" + _SP + r")?(?P<n>[1-9]\d{3})",
              "กองร้อยทหารพรานที่ {n}", "กองทัพบก", "military"),
    # the rangers' commands of an army area's operations centre (บก.ควบคุม ทพ. ศปก.ทภ.)
    _Numbered(r"กองบังคับการควบคุมทหารพราน" + _SP + r"ศูนย์ปฏิบัติการกองทัพภาค" + _SP + r"(?:ที่" + _SP + r")?(?P<n>[1-4])",
              "กองบังคับการควบคุมทหารพรานศูนย์ปฏิบัติการกองทัพภาคที่ {n}", "กองทัพภาคที่ {n}", "military"),
    # the army's infantry companies of the border forces, numbered with four digits like the rangers'
    _Numbered(r"กองร้อยทหารราบ" + _SP + r"(?:ที่" + _SP + r")?(?P<n>[1-9]\d{3})", "กองร้อยทหารราบที่ {n}", "กองทัพบก", "military"),
    # the air force's wings (กองบิน 1, 2, 4, 5, 6, 7, 21, 23, 41, 46, 56 …)
    _Numbered(r"(?<!กองบังคับการ)กองบิน" + _SP + r"(?P<n>[1-9]\d?)", "กองบิน {n}", "กองทัพอากาศ", "military", needs="กองบิน"),
)
# the volunteer defence corps: its headquarters, a province's command, a province's or a district's company
_VOLUNTEERS = r"(?:อาสารักษาดิน(?:แ|เเ)ดน|อาสา[ \t]รักษาดิน(?:แ|เเ)ดน|อส\.)"
_VOLUNTEER_HQ = re.compile(r"กองบัญชาการกองอาสารักษาดิน(?:แ|เเ)ดน")
_VOLUNTEER_COMMAND = re.compile(r"กองบังคับการ" + _SP + r"(?:กอง)?" + _VOLUNTEERS + _SP + r"(?:จังหวัด|จ\.)" + _SP
                                + r"(?P<rest>" + _THAI + r"{2,30})")
_VOLUNTEER_COMPANY = re.compile(r"กองร้อย" + _SP + _VOLUNTEERS + _SP + r"(?:สังกัด)?(?:(?P<level>จังหวัด|อำเภอ|จ\.|อ\.)" + _SP
                                + r")?(?P<rest>" + _THAI + r"{2,40})")
_COMPANY_NUMBER = re.compile(_SP + r"ที่" + _SP + r"(?P<n>\d{1,3})(?!\d|[.,]\d)")
_DEPARTMENT_OF_PROVINCIAL_ADMINISTRATION = "กรมการปกครอง"
# the army's border forces, each named by its epithet ("กองกำลังสุรนารี", "กองกำลังผาเมือง")
_BORDER_FORCE = re.compile(r"กองกำลัง(?:บูรพา|สุรสีห์|สุรนารี|สุรศักดิ์มนตรี|ผาเมือง|นเรศวร|เทพสตรี)")
_ARMY = "กองทัพบก"
# "กองบังคับการปราบปราม" alone (บก.ป., the crime suppression division); followed by more letters it is the
# start of another division's name
_CRIME_SUPPRESSION = re.compile(r"กองบังคับการปราบปราม(?!" + _THAI + ")")


@lru_cache(maxsize=1)
def _numbered_regexes() -> tuple[tuple[re.Pattern[str], _Numbered], ...]:
    # a number ends the name: no digit, decimal point or range after it
    return tuple((re.compile(family.pattern + r"(?!\d|[.,/:]\d)"), family) for family in _NUMBERED)


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Candidates (start, -length, priority, mention) for the security forces' units of the article."""
    found = _numbered_units(reading) + _volunteer_units(reading)
    text = reading.text
    cib = _table_key(reading.gazetteer, "กองบัญชาการตำรวจสอบสวนกลาง")
    for match in _CRIME_SUPPRESSION.finditer(text):
        found.append(_mention(reading, match.start(), match.end(), "กองบังคับการปราบปราม", cib, "police"))
    army = _table_key(reading.gazetteer, _ARMY)
    for match in _BORDER_FORCE.finditer(text):
        if _name_ends(text, match.end()):
            found.append(_mention(reading, match.start(), match.end(), match.group(), army, "military"))
    return [(m.start, m.start - m.end, 1, m) for m in found if m]


def _table_key(gazetteer: Gazetteer, name: str) -> str | None:
    return gazetteer.find_body(name)


def _mention(reading: Reading, start: int, end: int, name: str, parent: str | None, kind: str) -> OrgMention | None:
    if parent is None:
        return None
    key = reading.gazetteer.find_body(name) or reading.learn_organization(name, kind, parent)
    return OrgMention(start, end, key, "unit")


def _numbered_units(reading: Reading) -> list[OrgMention | None]:
    found = []
    for regex, family in _numbered_regexes():
        if family.needs not in reading.text:
            continue
        for match in regex.finditer(reading.text):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            parent = _table_key(reading.gazetteer, family.parent.format(**groups))
            found.append(_mention(reading, match.start(), match.end(), family.name.format(**groups), parent, family.kind))
    return found


def _volunteer_units(reading: Reading) -> list[OrgMention | None]:
    """The volunteer defence corps' headquarters, provincial commands and companies, each named after a real
    province or district (and the company's number). A company is its province's command's (the one written
    right after it, ``…อำเภอจะนะที่ 9 กองบังคับการกองอาสารักษาดินแดนจังหวัดสงขลา``, else the command of the
    province its name or its district lies in), a command the headquarters', and the headquarters the
    Department of Provincial Administration's."""
    gazetteer, text = reading.gazetteer, reading.text
    found = [OrgMention(m.start(), m.end(), hq, "unit") for m in _VOLUNTEER_HQ.finditer(text) if _name_ends(text, m.end()) and (hq := _volunteer_hq(reading))]
    commands: dict[int, OrgMention] = {}         # start → the command named there
    for match in _VOLUNTEER_COMMAND.finditer(text):
        province = _province_prefix(gazetteer, match.group("rest"))
        if province and _name_ends(text, match.start("rest") + len(province)):
            end = match.start("rest") + len(province)
            key = _volunteer_command(reading, gazetteer.places.province(province))
            commands[match.start()] = OrgMention(match.start(), end, key, "unit")
    found.extend(commands.values())
    for match in _VOLUNTEER_COMPANY.finditer(text):
        level, rest = match.group("level") or "", match.group("rest")
        place = area = None
        if level in ("", "จังหวัด", "จ."):
            place = _province_prefix(gazetteer, rest)
            area = "จังหวัด" if place else None
        if place is None and level in ("", "อำเภอ", "อ."):
            place = _district_prefix(gazetteer, rest)
            area = "อำเภอ" if place else None
        if place is None:
            continue
        end = match.start("rest") + len(place)
        number = _COMPANY_NUMBER.match(text, end)
        if number:
            end = number.end()
        elif not _name_ends(text, end):
            continue        # the place runs on into more letters: not the place the company is named after
        if area == "จังหวัด":
            place = gazetteer.places.province(place)
            provinces = (place,)
        else:
            provinces = tuple({district.province for district in gazetteer.places.districts[place]})
        name = f"กองร้อยอาสารักษาดินแดน{area}{place}" + (f"ที่ {number.group('n')}" if number else "")
        gap = re.match(r"[ \t]*", text[end:]).end()
        command = commands.get(end + gap)
        if command:
            parent = command.key
        elif len(provinces) == 1:
            parent = _volunteer_command(reading, provinces[0])
        else:
            parent = _volunteer_hq(reading)     # a district name several provinces have, and no command named
        found.append(_mention(reading, match.start(), end, name, parent, "unit"))
    return found


_VOLUNTEER_HQ_NAME = "กองบัญชาการกองอาสารักษาดินแดน"


def _volunteer_hq(reading: Reading) -> str | None:
    parent = _table_key(reading.gazetteer, _DEPARTMENT_OF_PROVINCIAL_ADMINISTRATION)
    return reading.learn_organization(_VOLUNTEER_HQ_NAME, "unit", parent) if parent else None


def _volunteer_command(reading: Reading, province: str) -> str | None:
    hq = _volunteer_hq(reading)
    return reading.learn_organization(f"กองบังคับการกองอาสารักษาดินแดนจังหวัด{province}", "unit", hq) if hq else None


def _province_prefix(gazetteer: Gazetteer, run: str) -> str | None:
    """The longest province name (or its alias) the run of letters starts with."""
    for size in range(min(len(run), 25), 2, -1):
        if gazetteer.places.province(run[:size]):
            return run[:size]
    return None


def _district_prefix(gazetteer: Gazetteer, run: str) -> str | None:
    """The longest district name the run of letters starts with."""
    for size in range(min(len(run), 25), 1, -1):
        if run[:size] in gazetteer.places.districts:
            return run[:size]
    return None


# What may follow a place that ends a unit's name: no letter, or a word that starts the clause
_CLAUSE_AFTER = re.compile(r"(?:(?!" + _THAI + r")|ได้|จะ|และ|หรือ|ร่วม|ที่|ซึ่ง|โดย|เป็น|มี|ให้|ใน|ของ|เพื่อ|พร้อม"
                           r"|จาก|จึง|กับ|แก่|ต่อ|ทำ|ยัง|ต้อง|ก็|จังหวัด|จ\.|อำเภอ|อ\.|บูรณาการ|นำ|เข้า|ออก|ดำเนิน|จัด|ตั้ง|ปฏิบัติ|สังกัด)")


def _name_ends(text: str, end: int) -> bool:
    return bool(_CLAUSE_AFTER.match(text, end))
