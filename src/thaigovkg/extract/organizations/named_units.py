"""Units the table lacks, named in the text: self-named units (hospitals, stations, homes), units apposed to
their parent (``กองยุทธศาสตร์และแผนงาน สป.``), dams and plants, learned and placed under their parents.
"""
from __future__ import annotations

import re

from ...gazetteer import OUTSIDE_KINDS, Gazetteer
from ..reading import OrgMention, Reading, near_table_name
from . import place_bodies
from .faculties import university_key
from .hospitals import _BRANCH_NUMBER, _SPECIALIST_HOSPITAL, _in_the_health_network, _known_hospital, _private_chain
from .parents import _apposed_parent, _fits_under, _parent_after
from .short_forms import _bounded
from .unit_names import (
    _GENERIC_UNIT, _GENERIC_UNIT_WORDS, _HEADS_BEFORE_UNIT, _THAI_LETTER, _before_prose, _cut_name, _generic,
    _place_named, _unit_kinds, _without_stray_number, _without_trailing_prose, _words, place_prefix)


# Units that name themselves: hospital, children's or disability home, police station,
# university; "คณะ<X> มหาวิทยาลัย<Y>" is a faculty of a university.
# A hyphen inside a place's own name before its last short syllable ("สุไหงโก-ลก", "แป-ระ"): a unit named after the
# place keeps it whole (the place check after it decides). A hyphen before a longer word joins two names
# ("โรงพยาบาลหาดใหญ่-นาหม่อม") or a foreign one ("โรงพยาบาลอัล-อะห์ลี"), left as it was.
_PLACE_HYPHEN = r"(?<=[\u0e01-\u0e4e]{2})-(?=[\u0e01-\u0e4e]{2,3}(?![\u0e01-\u0e4e]))"
_SELF_NAMED_UNIT = re.compile(
    r"(?:โรงพยาบาล|สถานสงเคราะห์|สถานคุ้มครอง|สถานธนานุบาล|สถานีตำรวจ|มหาวิทยาลัย"
    r"|ศูนย์บริการจัดหางาน)(?:[\u0e01-\u0e4e]|" + _PLACE_HYPHEN + r"){2,60}"
    r"(?:[ \t]?(?:พื้นที่|แห่งที่|เขต)[ \t]?\d{1,2}|[ \t]\d{2,3}[ \t]พรรษา|" + _BRANCH_NUMBER + ")?")
# "รพ.ระยอง" is โรงพยาบาลระยอง written short.
_HOSPITAL_SHORT = re.compile(r"รพ\.[ \t]?([\u0e01-\u0e4e]{2,40})")
# Units named by a common word (centre, division, group, bureau, office, institute) count
# only when an agency stands right after them as their parent ("กองยุทธศาสตร์และแผนงาน สป.")
# (a monks' residence or a meditation centre, สำนักสงฆ์ / สำนักปฏิบัติธรรม, is a religious place, no unit of the state)
_APPOSED_UNIT = re.compile(r"(?:ศูนย์(?!การค้า|ประชุม)|กอง(?!ทุน|ทัพ)|กลุ่ม(?!เป้าหมาย|เปราะบาง|เสี่ยง|ผู้|ประชาชน)|สำนัก(?!งาน|สงฆ์|ปฏิบัติธรรม)|สำนักงาน"
                           r"|หน่วย(?!งาน)|สถาบัน|ฝ่าย)(?!ได้แก่|คือ|และ|หรือ|ทั้ง|ของ)"
                           r"[\u0e01-\u0e4e]{3,60}")
# A dam or power plant is a unit of the state enterprise written right after it or named by
# ของ / สังกัด ("เขื่อนสิริกิติ์ การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย", "โรงไฟฟ้าบางปะกง ของ กฟผ."); a kind
# of plant or dam (by fuel, size, purpose) is not one.
_PLANT_OR_DAM = re.compile(r"(?<![\u0e01-\u0e4e])(?:เขื่อน|โรงไฟฟ้า)(?!ของ|และ|ที่|ใน|เพื่อ|พลัง|ขนาด|ยัง|แห่ง|ได้|ใช้|แทน|เดิม"
                           r"|ชีวมวล|ถ่านหิน|ก๊าซ|นิวเคลียร์|ขยะ|หลัก|ทุก|ต่าง|เอกชน|ชุมชน|ป้องกัน|กั้น|ดิน|หิน|ไม้|ต้นแบบ)"
                           r"(?:(?!ของ|สังกัด)[\u0e01-\u0e4e]){2,18}(?![\u0e01-\u0e4e])")


def _hyphenated_place(gazetteer: Gazetteer, name: str) -> bool:
    """The hyphen in a unit's name is a real place's own ("โรงพยาบาลสุไหงโก-ลก")."""
    joined = re.search(r"([\u0e01-\u0e4e]+)-([\u0e01-\u0e4e]+)$", name)
    return bool(joined) and any(gazetteer.places.is_place(joined.group(1)[start:] + "-" + joined.group(2))
                                for start in range(len(joined.group(1)) - 1))


def add_named_units(reading: Reading) -> None:
    """Units the table lacks: self-named ones (hospitals, homes, universities, faculties) and
    common-word ones with their parent agency right after them."""
    text, gazetteer = reading.text, reading.gazetteer
    taken = [(o.start, o.end) for o in reading.orgs]
    found: list[OrgMention] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken + [(f.start, f.end) for f in found])

    for match in _SELF_NAMED_UNIT.finditer(text):
        # prose is looked for in the whole run before it is cut at a clause word, which would hide it
        # ("โรงพยาบาลพระนารายณ์มหาราชจะให้…" is cut at จะ, not at ให้)
        name = _before_prose(match.group(), _unit_kinds(gazetteer))
        if name is None:
            continue
        name = _before_prose(_without_stray_number(_cut_name(name)), _unit_kinds(gazetteer))
        if name is None:
            continue
        name = _one_of_its_service(_without_trailing_prose(gazetteer, name))
        end = match.start() + len(name)
        if "-" in name and not _hyphenated_place(gazetteer, name):
            continue    # "สถานสงเคราะห์เด็กอ่อน-โต": a hyphen joining words of a kind, no place's own
        if not free(match.start(), end) or gazetteer.find_by_name(name) in {o.key for o in reading.orgs}:
            continue
        if _generic(reading, name, match.start()) or _counted_kind(name, text, end):
            continue
        if name.startswith("มหาวิทยาลัย") and _COLLECTIVE_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue    # "สมาคมมหาวิทยาลัย…", "กีฬามหาวิทยาลัย…": an association or games of universities
        if text.endswith("มูลนิธิ", max(0, match.start() - 8), match.start()) or re.search(r"(?:และ|หรือ)$", name):
            continue    # a foundation named after the unit ("มูลนิธิโรงพยาบาล…"), a name running on into a list
        name = _place_named(gazetteer, name)
        if name is None:
            continue
        end = match.start() + len(name)
        name, end = _at_district(gazetteer, text, name, end)
        key = gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name)
        if key is None and name.startswith("โรงพยาบาล"):
            key, name, end = _known_hospital(reading, name, match.start(), end)
        key = key or _learn_named_unit(reading, name, match.start(), end)
        if key:
            found.append(OrgMention(match.start(), end, key, "unit"))
    for match in _HOSPITAL_SHORT.finditer(text):
        whole = _cut_name("โรงพยาบาล" + match.group(1))
        name = _before_prose(whole, _unit_kinds(gazetteer))
        if name is None:
            continue
        name = _one_of_its_service(_without_trailing_prose(gazetteer, name))
        end = match.start(1) + len(name) - len("โรงพยาบาล")
        if text.startswith(".", end) and len(name) - len("โรงพยาบาล") <= 3:
            continue    # "รพ.ผศ.": a dotted short form of a hospital's name, not its name
        # where prose was cut off (a clause word, "รพ.ราชวิถีได้…", or a prose word, "รพ.ภูมิพลแล้ว"), the name ends
        # inside the run of letters: only its start is checked
        bounded = _bounded(text, match.start(), end if name == "โรงพยาบาล" + match.group(1) else match.start(1))
        if not free(match.start(), end) or not bounded or _generic(reading, name, match.start()) \
                or _counted_kind(name, text, end):
            continue
        name = _place_named(gazetteer, name)
        if name is None:
            continue
        end = match.start(1) + len(name) - len("โรงพยาบาล")
        name, end = _at_district(gazetteer, text, name, end)
        key = gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name)
        if key is None:
            key, name, end = _known_hospital(reading, name, match.start(1) - len("โรงพยาบาล"), end)
        key = key or _learn_named_unit(reading, name, match.start(), end)
        if key:
            found.append(OrgMention(match.start(), end, key, "abbr"))
            reading.extraction.attested.add((key, "รพ." + name.removeprefix("โรงพยาบาล")))
    for match in _PLANT_OR_DAM.finditer(text):
        name = _cut_name(match.group())
        end = match.start() + len(name)
        apposed = reading.org_at(end, slack=1, same_line=True)
        parent = _parent_after(reading, end) or (apposed.key if apposed else None)
        owner = gazetteer.agencies.get(parent or "")
        if not free(match.start(), end) or owner is None or owner.kind != "state_enterprise":
            continue
        if apposed and apposed.key == parent:   # named with its owner, as a faculty with its university
            name = re.sub(r"[ \t]+", " ", text[match.start():apposed.end])
        found.append(OrgMention(match.start(), end, reading.learn_organization(name, "unit", parent), "unit"))
    # right to left, each unit learned before the one written before it: "กลุ่มงานพัฒนาระบบ กองยุทธศาสตร์และแผนงาน
    # สำนักงานปลัดกระทรวงสาธารณสุข" is a group of a division of the office
    named = reading.orgs
    for match in reversed(list(_APPOSED_UNIT.finditer(text))):
        reading.orgs = sorted(named + found, key=lambda o: o.start)
        if match.start() and _THAI_LETTER.match(text, match.start() - 1) \
                and not text.endswith(_HEADS_BEFORE_UNIT, max(0, match.start() - 12), match.start()) \
                and (text.startswith("กลุ่ม", match.start())
                     or not text.endswith(_CONNECTIVES_BEFORE_UNIT, max(0, match.start() - 12), match.start())):
            # inside another word, unless written on to its head's title or a connective (but "โดยกลุ่ม…" is
            # mostly a group of people: "กลุ่มแรงงานสตรี", "กลุ่มบริษัท")
            continue
        name = _cut_name(match.group())
        end = match.start() + len(name)
        number = _UNIT_NUMBER.match(text, end) if name.endswith("ที่") else None
        if number:      # a numbered unit: "สำนักก่อสร้างทางที่ 2 กรมทางหลวง"
            name, end = name + " " + number.group(1), number.end()
        glued = _glued_parent(reading, named + found, match.start(), end)
        if glued is not None:
            unit = _unit_glued_to(reading, match.start(), glued)
            if unit is not None:
                named = [o for o in named if o is not glued]
                found = [o for o in found if o is not glued]
                found.append(unit)
            continue
        if not free(match.start(), end) or gazetteer.find_by_name(name):
            continue
        if _FIRST_NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue        # a surname ("นายภควัต ฝ่ายแสนยอ")
        near = near_table_name(gazetteer, name)
        if near:    # "สำนักคณะกรรมการการอาชีวศึกษา": an agency of the table, misspelt
            found.append(OrgMention(match.start(), end, near, "name"))
            continue
        if _GENERIC_UNIT.match(name) or _GENERIC_UNIT_WORDS.search(name) \
                or (name.startswith(("สำนักงาน", "ศูนย์")) and name.endswith("จังหวัด")):
            continue        # a kind: "ศูนย์ดำรงธรรมจังหวัด", "สถาบันอุดมศึกษาของรัฐ…", "กลุ่มธุรกิจที่ …"
        bracket = _SHORT_FORM_AFTER.match(text, end)        # its own short form between: "ศูนย์… (นาโนเทค) สวทช."
        parent = _apposed_parent(reading, bracket.end() if bracket else end, match.start())
        if parent and parent in reading.extraction.organizations \
                and reading.organization(parent).kind in ("association", "foundation", "religious", "chamber", "outside"):
            parent = None   # "กลุ่มปันจักสีลัต ชมรมอิหม่าม": a learned club beside it in a list, not its body
        whole = _named_with_parent(gazetteer, name, reading.organization(parent).name) if parent else None
        if whole:       # "สำนักงานปลัดกระทรวง กระทรวงศึกษาธิการ": the table's สำนักงานปลัดกระทรวงศึกษาธิการ
            found.append(OrgMention(match.start(), end, whole, "name"))
            continue
        parent = _central_division_parent(gazetteer, name, parent) if parent else None
        if parent is None and name.startswith("สำนัก") and name.endswith("กทม") and text.startswith(".", end):
            name, end, parent = name.removesuffix("กทม") + "กรุงเทพมหานคร", end + 1, "bma"   # "สำนักงานประชาสัมพันธ์กทม."
        if parent is None and name.startswith("สำนัก") and _BANGKOK_AFTER.match(text, end):
            parent = "bma"  # "สำนักอนามัย กรุงเทพมหานคร", "สำนักอนามัย กทม.": a bureau of the BMA
        if parent:
            found.append(OrgMention(match.start(), end, reading.learn_organization(
                _qualified(reading, name, parent), "unit", parent), "unit"))
    reading.orgs = sorted(named + found, key=lambda o: o.start)


_SHORT_FORM_AFTER = re.compile(r"[ \t]?\([^()\n]{1,20}\)")
_COUNTED_AFTER = re.compile(r"[ \t]?(?:ทั้ง[ \t]?\d+|\d+[ \t]?แห่ง)")


def _counted_kind(name: str, text: str, end: int) -> bool:
    """Hospitals named by their service alone and counted ("โรงพยาบาลธัญญารักษ์ 6 แห่งในภูมิภาค", "รพ.ธัญญารักษ์
    ทั้ง 6 จังหวัด"): the department's hospitals of that kind, not one (but "โรงพยาบาลเอราวัณ 2 แห่ง" is one name)."""
    return name.removeprefix("โรงพยาบาล") in (*_SERVICE_HOSPITALS, *_SPECIALIST_HOSPITAL) and bool(_COUNTED_AFTER.match(text, end))


def _glued_parent(reading: Reading, orgs: list[OrgMention], start: int, end: int) -> OrgMention | None:
    """The body of the tables (or a hospital, a university) written right on to a unit's name, inside the run
    the unit's name was read from: "ศูนย์ดำรงธรรมกระทรวงมหาดไทย", "ศูนย์รับบริจาคอวัยวะและดวงตาโรงพยาบาลเพชรบูรณ์"."""
    text = reading.text
    if any(o.start == start for o in orgs):
        return None     # a body of the tables starts the run: "สำนักงานบริหารหนี้สาธารณะ…"
    for org in sorted(orgs, key=lambda o: o.start):
        if start + 6 <= org.start < end and org.end > org.start + 3 and re.fullmatch(r"[\u0e01-\u0e4e]+", text[start:org.start]):
            if org.role == "member" or text.endswith(_CONNECTIVES_BEFORE_UNIT + _GLUED_NOT_A_UNIT, start, org.start):
                return None     # "ศูนย์…ของกรม…": the unit ends before ของ, the apposition rules read it
            return org
    return None


_GLUED_UNIT_HEAD = re.compile(r"ศูนย์|กอง|กลุ่มงาน|กลุ่ม|ฝ่าย|สำนักงาน|สำนัก|สถาบัน")
# Words of a clause, not of a name, before a body glued on ("…ที่สำนักนายกรัฐมนตรีเสนอต่อเวลา…อธิบดีกรม…").
_GLUED_PROSE = frozenset("แจ้ง เสนอ ได้ จะ ให้ ต้อง ว่า ไป มา แล้ว ยัง กล่าว ต่อ เวลา ตำแหน่ง ดำรงตำแหน่ง เป็น มี"
                         # a post or a clause between the run and the body ("ฝ่ายสงฆ์และรัฐมนตรีว่าการกระทรวง…")
                         " แทน เชิญ ประสงค์ รัฐมนตรี ว่าการ ปลัด อธิบดี".split())
# Words before a body glued on that make the run no unit of it: and / or (a list), -ly, for (a purpose).
_GLUED_NOT_A_UNIT = ("หรือ", "เพื่อ", "ด้าน", "ระหว่าง", "ร่วมกับ", "ตาม", "ภายใต้")


def _unit_glued_to(reading: Reading, start: int, org: OrgMention) -> OrgMention | None:
    """The unit a run and the body glued on to it name, the whole as the name (tests/ANNOTATION.md: a name
    ambiguous alone is qualified by its parent as the article writes it), under that body (a ministry's
    central division under its permanent secretary's office). A head alone is the body's own office
    ("สำนักงานการประปานครหลวง", "สำนักงานบีโอไอ"), and "ของ" makes a phrase, not a name."""
    gazetteer, text = reading.gazetteer, reading.text
    unit = text[start:org.start]
    head = _GLUED_UNIT_HEAD.match(unit)
    if head is None or len(unit) - head.end() < 3 or "ของ" in unit or _GENERIC_UNIT.match(unit) \
            or any(word in _GLUED_PROSE for word in _words(unit[head.end():])) or _GENERIC_UNIT_WORDS.search(unit) or gazetteer.find_by_name(unit) \
            or _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start):
        return None
    body = reading.organization(org.key)
    if body.kind in OUTSIDE_KINDS and org.key not in reading.extraction.organizations or not _fits_under(reading, unit, org.key):
        return None
    name = unit + body.name if text[org.start:org.end].replace(" ", "") == body.name.replace(" ", "") \
        else re.sub(r"[ \t]+", " ", text[start:org.end])
    known = gazetteer.find_by_name(name)
    if known:
        return OrgMention(start, org.end, known, "name")
    parent = _central_division_parent(gazetteer, unit, org.key)
    if parent is None:
        return None     # a ministry's wing ("ฝ่ายความมั่นคง…กระทรวงมหาดไทย") is no unit: nothing learned without its parent
    return OrgMention(start, org.end, reading.learn_organization(name, "unit", parent), "unit")


# Connectives a unit's name may be written on to ("จากศูนย์ดวงตา …", "บทบาทของศูนย์อำนวยการ…").
_CONNECTIVES_BEFORE_UNIT = ("ของ", "จาก", "โดย", "และ", "หรือ", "กับ", "แก่", "ให้", "ที่", "ใน", "ยัง", "ต่อ", "ถึง", "สังกัด",
                            "ได้แก่", "คือ")
# The number of a numbered unit after its ที่ (not a range: "ที่ 1 - 12" is every one of them).
_UNIT_NUMBER = re.compile(r"[ \t]?(\d{1,2})(?![\d.,:/])(?![ \t]*(?:[-–]|ถึง)[ \t]*\d)")
_BANGKOK_AFTER = re.compile(r"[ \t]?(?:กรุงเทพมหานคร|กทม\.)(?![\u0e01-\u0e4e])(?![ \t]?เขต[ \t]?\d)")   # not a zone's place
# Parents whose units are named with them (tests/ANNOTATION.md: a name ambiguous alone is qualified by its parent):
# "ศูนย์ดวงตา สภากาชาดไทย", "สำนักอนามัย กรุงเทพมหานคร", "ศูนย์เทคโนโลยีและสารสนเทศ สถาบันพระปกเกล้า"; a division of a
# ministry's or a department's office is named alone, as the table names the offices.
_QUALIFYING_KINDS = ("independent", "province", "local_government", "hospital", "university")


def _qualified(reading: Reading, name: str, parent: str) -> str:
    body = reading.organization(parent)
    if (body.kind in _QUALIFYING_KINDS or parent == "bma") and not name.replace(" ", "").endswith(body.name.replace(" ", "")):
        return name + " " + body.name
    return name


def _named_with_parent(gazetteer: Gazetteer, name: str, parent: str) -> str | None:
    """The table's body a unit and its parent name together ("สำนักงานปลัดกระทรวง" + "กระทรวงศึกษาธิการ" is
    สำนักงานปลัดกระทรวงศึกษาธิการ: the words both write, once)."""
    parent = parent.replace(" ", "")
    overlap = next((size for size in range(min(len(name), len(parent)), 2, -1) if name.endswith(parent[:size])), 0)
    return gazetteer.find_by_name(name + parent) or (gazetteer.find_by_name(name + parent[overlap:]) if overlap else None)


# The heads of a ministry's central divisions, which belong to its permanent secretary's office
# (tests/ANNOTATION.md: "กองกลาง กระทรวง X" is a division of สำนักงานปลัดกระทรวง X).
_CENTRAL_DIVISION_HEADS = ("กอง", "ศูนย์", "กลุ่ม", "ฝ่าย", "สำนัก")


def _central_division_parent(gazetteer: Gazetteer, name: str, parent: str) -> str | None:
    """A division written with its ministry ("กองกลาง กระทรวงแรงงาน") belongs to the ministry's
    permanent secretary's office; any other parent stays."""
    agency = gazetteer.agencies.get(parent)
    if name.startswith("สำนักงานรัฐมนตรี") and agency is not None and agency.parent \
            and gazetteer.permanent_secretary_office(agency.parent) == parent:
        return agency.parent    # the minister's office is the ministry's own, beside its permanent secretary's office
    if agency is not None and agency.kind == "ministry" and name.startswith("ฝ่าย"):
        return None     # a wing ("ฝ่ายความมั่นคง กระทรวงมหาดไทย") is a side of the ministry's work, no unit of it
    if agency is None or agency.kind != "ministry" or name.startswith("สำนักงาน") \
            or not name.startswith(_CENTRAL_DIVISION_HEADS):
        return parent
    return gazetteer.permanent_secretary_office(parent) or parent


_AT_DISTRICT = re.compile(r"[ \t]?ณ[ \t]?(?:อำเภอ|อ\.)[ \t]?([\u0e01-\u0e4e]{2,25})(?![\u0e01-\u0e4e])")


def _at_district(gazetteer: Gazetteer, text: str, name: str, end: int) -> tuple[str, int]:
    """A hospital's name that goes on with the district it stands in ("โรงพยาบาลสมเด็จพระบรมราชินีนาถ ณ อำเภอนาทวี",
    written short "รพ.สมเด็จพระบรมราชินีนาถ ณ อ.นาทวี"): one name, the district written in full."""
    located = _AT_DISTRICT.match(text, end)
    if located and name.startswith("โรงพยาบาล") and place_prefix(gazetteer, located.group(1)) == located.group(1):
        return name + " ณ อำเภอ" + located.group(1), located.end()
    return name, end


def _learn_named_unit(reading: Reading, name: str, start: int, end: int) -> str | None:
    """A self-named unit's key under its parent: the one the text states (สังกัด / ของ, or the agency
    written right after it), else the one its kind has (unit_heads.csv) where its name shows it is of
    that kind. A university is one of the tables or none of the state's; a hospital is of the health
    ministry's network where it is named after a place outside Bangkok or a royal or revered name, a
    private one where the text says so, else unplaced (not learned); a police station must be named
    after a real place."""
    gazetteer = reading.gazetteer
    if name.startswith("มหาวิทยาลัย"):
        return university_key(reading, name)
    parent = _parent_after(reading, end) or _apposed_parent(reading, end, start)
    if parent and reading.organization(parent).kind in OUTSIDE_KINDS:
        parent = None       # "โรงพยาบาลบางมด บริษัท วาย เอช เอ็ม กรุ๊ป จำกัด": a company beside it in a list, not its owner
    kind = "hospital" if name.startswith("โรงพยาบาล") else "police" if name.startswith("สถานีตำรวจ") else "unit"
    if kind == "hospital" and _private_chain(gazetteer, name):
        return reading.learn_organization(name, "private_hospital", None)
    if kind == "hospital" and name.removeprefix("โรงพยาบาล").startswith(_LOCAL_GOVERNMENT_WORDS):
        # a local government's hospital ("โรงพยาบาลเมืองพัทยา", "โรงพยาบาลองค์การบริหารส่วนจังหวัดสุราษฎร์ธานี")
        owner = place_bodies.local_government_key(reading, name.removeprefix("โรงพยาบาล"), end)
        return reading.learn_organization(name, kind, owner) if owner else None
    if parent is None:
        head = next((h for h in sorted(gazetteer.unit_heads, key=len, reverse=True) if name.startswith(h)), None)
        service = next((key for word, key in _SERVICE_HOSPITALS.items() if name.startswith("โรงพยาบาล" + word)), None)
        if kind == "hospital" and service in gazetteer.agencies:
            rest = name.removeprefix("โรงพยาบาล")
            if any(rest[len(word):].startswith(other) for word in _SERVICE_HOSPITALS if rest.startswith(word)
                   for other in _SERVICE_HOSPITALS):
                return None     # two hospitals written together ("โรงพยาบาลราชวิถีเลิดสิน และ นพรัตนราชธานี")
            return reading.learn_organization(name, kind, service)
        specialist = name.removeprefix("โรงพยาบาล").replace(" ", "").startswith(_SPECIALIST_HOSPITAL)
        if kind == "hospital" and head == "โรงพยาบาล" and (specialist or not _in_the_health_network(gazetteer, name)
                                                           and not _PROVINCE_WRITTEN_AFTER.match(reading.text, end)):
            if _PRIVATE_BEFORE.search(reading.text, max(0, start - 60), start):
                return reading.learn_organization(name, "private_hospital", None)
            return None
        parent = gazetteer.unit_heads.get(head) if head else None
    if parent is None:
        return None
    return reading.learn_organization(name, kind, parent)


_PRIVATE_BEFORE = re.compile(r"เอกชน[^\n\d]{0,50}$")      # within the item: not "4.รพ.เอกชน 5.รพ.ศรีธัญญา"
# A province outside Bangkok written after a hospital's name: a provincial or community hospital of that
# province ("โรงพยาบาลรวมชัยประชารักษ์ จังหวัดศรีสะเกษ"), unless the text calls it private.
_PROVINCE_WRITTEN_AFTER = re.compile(r"[ \t]?(?:จังหวัด|จ\.)[ \t]?(?!กรุงเทพ)[\u0e01-\u0e4e]")
# Hospitals named by the service they belong to: the department (or body) that runs all of that kind
# (to move to ontology/unit_heads.csv with the reference data).
_SERVICE_HOSPITALS = {"จิตเวช": "dmh", "ธัญญารักษ์": "dms", "มะเร็ง": "dms", "ตำรวจ": "rtp", "ราชทัณฑ์": "doc",
                      # the medical services department's own hospitals in Bangkok
                      "ราชวิถี": "dms", "เลิดสิน": "dms", "นพรัตนราชธานี": "dms", "นพรัตน์ราชธานี": "dms", "สงฆ์": "dms",
                      # the Chulabhorn Royal Academy's hospital
                      "จุฬาภรณ์": "cra"}

# A service that runs one hospital names it whole: what is written on to "โรงพยาบาลราชทัณฑ์" is the clause
# ("…ราชทัณฑ์ผู้สัมผัสใกล้ชิด…", "…ราชทัณฑ์ศึกษาการผลิต…"), never a second hospital's name.
_ONE_HOSPITAL_SERVICES = ("โรงพยาบาลราชทัณฑ์", "โรงพยาบาลตำรวจ", "โรงพยาบาลสงฆ์")


def _one_of_its_service(name: str) -> str:
    return next((whole for whole in _ONE_HOSPITAL_SERVICES if name.startswith(whole)), name)


_LOCAL_GOVERNMENT_WORDS = ("องค์การบริหารส่วน", "เทศบาล", "เมืองพัทยา", "กรุงเทพมหานคร")
_FIRST_NAME_BEFORE = re.compile(r"(?:นาย(?!ช่าง|แพทย์|กอง|ก|ทหาร|สัตวแพทย์|อำเภอ|ตำรวจ|ทะเบียน|ด่าน|สถานี|งาน|ท้าย|เรือ)"
                                r"|นางสาว|นาง(?!พยาบาล)|น\.ส\.)[\u0e01-\u0e4e]{2,20}[ \t]+$")
_COLLECTIVE_BEFORE = re.compile(r"(?:สมาคม|เครือข่าย|กีฬา|ชมรม|ที่ประชุม|สภา|สหพันธ์|กลุ่ม)$")


def learn_placed_unit(reading: Reading, name: str, start: int, end: int, kind: str = "unit") -> str | None:
    """For other readers (an award list's winners): a hospital or another body the tables lack, learned
    under the parent the text states (สังกัด / ของ, or the agency right after it), or for a hospital the
    one its kind has, as this module learns self-named units; None where no parent is known (a body the
    shapes require to sit under a parent is not learned without one)."""
    if kind == "hospital":
        return _learn_named_unit(reading, name, start, end)
    parent = _parent_after(reading, end) or _apposed_parent(reading, end, start)
    return reading.learn_organization(name, kind, parent) if parent else None
