"""Placing a unit under its parent: the body written after it, ranks of unit heads, lists and branches of the state."""
from __future__ import annotations

import re

from ...model import Organization
from ..reading import OrgMention, Reading
from .hospitals import _HOSPITAL_KINDS
from .table_names import _abbreviation_regex, _surface_index


_PROVINCE_AFTER = r"[ \t]?(?:จ\.|จังหวัด)[ \t]?[\u0e01-\u0e4e]+[ \t]?"
_PARENT_CUE = re.compile(r"[ \t]?(?:\([^()\n]{1,20}\)[ \t]?)?(?:ใน)?(?:สังกัด|ของ)[ \t]?")

# Heads of the smallest units, which sit under a provincial office or a division (กลุ่มงานอำนวยการ
# สำนักงานสาธารณสุขจังหวัด…); a unit of any other head written beside a learned unit is its sibling.
_SUB_UNIT_HEADS = ("กลุ่ม", "ฝ่าย", "งาน", "หน่วย")
# Units nest by the rank of their heads: a group or section in a division or centre, a division or centre in a
# bureau or office ("กองการเจ้าหน้าที่ สำนักบริหารกลาง กรม…"); units of one rank written together are a list.
_HEAD_RANKS = ((_SUB_UNIT_HEADS, 0), (("กอง", "ศูนย์"), 1), (("สำนัก", "สถาบัน"), 2))


def _rank(name: str) -> int | None:
    return next((rank for heads, rank in _HEAD_RANKS if name.startswith(heads)), None)


def _nests_in(unit: str, parent: str) -> bool:
    """A unit sits in a learned unit written after it where it is one of the smallest (a group, a section) or
    the latter's head ranks above its own."""
    below, above = _rank(unit), _rank(parent)
    return below == 0 or (below is not None and above is not None and below < above)


def _apposed_parent(reading: Reading, end: int, unit_start: int | None = None) -> str | None:
    """The agency written right after a unit (after its province, if any): its parent."""
    text = reading.text
    position = end
    province = re.match(_PROVINCE_AFTER, text[end:end + 40])
    for start in (end, end + province.end() if province else None):
        if start is None:
            continue
        org = reading.org_at(start, slack=1, same_line=not _alone_on_its_line(text, unit_start, end))
        if org is not None and org.role != "member":
            learned_unit = org.key not in reading.gazetteer.agencies and reading.organization(org.key).kind in ("unit", "agency")
            if learned_unit and (unit_start is None or not _nests_in(text[unit_start:end], reading.organization(org.key).name)):
                return None     # a unit the text names beside another is a sibling in a list, not its parent
            if _listed_after(reading, org):
                return None     # "สถาบันวิจัยพืชสวน กรมการข้าว กรมชลประทาน": neighbours in a list
            if unit_start is not None and not _fits_under(reading, text[unit_start:end], org.key):
                return None     # "กองบัญชาการตำรวจนครบาล กรมการขนส่งทางบก": a police unit is no unit of a department
            if _ZONE_AFTER.match(text, org.end):
                return None     # "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา กรุงเทพมหานคร เขต 2": the place names the unit's zone
            if unit_start is not None and _other_province(reading, text[unit_start:end], org.key):
                return None     # "ศูนย์…ประมงทะเลกระบี่ สำนักงานประมงจังหวัดระนอง": a neighbour in a list, not its parent
            return org.key
    return None


_ZONE_AFTER = re.compile(r"[ \t]?เขต[ \t]?\d")


def _other_province(reading: Reading, unit: str, parent: str) -> bool:
    """A unit named after one province is no unit of another province's office: its province ends its
    name ("…ทะเลกระบี่") and the body after it is of another (สำนักงานประมงจังหวัดระนอง)."""
    places = reading.gazetteer.places
    written = re.search(r"จังหวัด([\u0e01-\u0e4e]+)$", reading.organization(parent).name.replace(" ", ""))
    theirs = places.province(written.group(1)) if written else None
    if theirs is None:
        return False
    unit = unit.replace(" ", "")
    own = next((p for p in places.province_names.values() if unit.endswith(p)), None)
    return own is not None and own != theirs


def _alone_on_its_line(text: str, start: int | None, end: int) -> bool:
    """A unit that is the whole of its line, as in a signature block ("กองเกษตรสารนิเทศ\\nสำนักงานปลัด…"),
    has its parent on the next line; a headline's last words have not."""
    if start is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text[end:end + 1] in ("\n", "\r")


# Between two bodies of one list: a space, a comma, and / or, a short form in brackets after the first.
_LIST_GAP = re.compile(r"(?:[ \t]?\([^()\n]{1,20}\))?[ \t]*,?[ \t]*(?:และ|หรือ|รวมทั้ง)?[ \t]*")


def _listed_after(reading: Reading, org: OrgMention) -> bool:
    """The body written after ``org`` is another item of a list, not one of its ancestors: so the body
    before ``org`` is a third item, not its unit ("… สถาบันวิจัยพืชสวน กรมการข้าว กรมชลประทาน …"). A chain
    of ancestors ("กองดัชนีเศรษฐกิจการค้า สำนักงานนโยบายและยุทธศาสตร์การค้า กระทรวงพาณิชย์") is no list."""
    gap = _LIST_GAP.match(reading.text, org.end)
    after = reading.org_at(gap.end(), slack=0, same_line=True) if gap else None
    if after is None or after.key == org.key:
        return False
    if after.key in reading.extraction.organizations and reading.organization(after.key).kind == "unit":
        return False    # "กองระบาดวิทยา กรมควบคุมโรค และกองโรคไม่ติดต่อ กรมควบคุมโรค": the next item starts with its own unit
    return after.key not in _ancestors_of(reading, org.key)


def _ancestors_of(reading: Reading, key: str) -> list[str]:
    chain, seen = [], {key}
    parent = reading.organization(key).parent
    while parent and parent not in seen:
        chain.append(parent)
        seen.add(parent)
        parent = reading.organization(parent).parent if (parent in reading.gazetteer.agencies
                                                         or parent in reading.extraction.organizations) else None
    return chain


# Words that tie a unit to one branch of the state: police units sit under the police, military
# ones under the armed forces, whatever body the text writes next to them.
_BRANCH_WORDS = ((re.compile(r"ตำรวจ"), "rtp"), (re.compile(r"ทหาร|กองทัพ|กองเรือ|กองบิน|กองพล|กองพัน|กองกำลัง"), "mod"))

# Heads of the units a hospital or a prison has (its centres, groups, sections, clinics); an institute, a bureau,
# an office or another hospital written beside one is its neighbour in a list ("สถาบันบำราศนราดูร โรงพยาบาลราชวิถี",
# "โรงพยาบาลสุราษฎร์ธานี เรือนจำอำเภอไชยา").
_HOSPITAL_UNIT_HEADS = ("ศูนย์", "กลุ่ม", "ฝ่าย", "งาน", "หน่วย", "กอง", "คลินิก")
_SELF_CONTAINED_KINDS = _HOSPITAL_KINDS + ("prison",)

# A police station sits under a bureau or a provincial command, never under a company, a sub-division or another
# station written beside it ("สถานีตำรวจภูธรธาตุพนม, กองร้อยตำรวจตระเวนชายแดนที่ 235": a list).
_BELOW_A_STATION = ("กองร้อย", "กองพัน", "กองกำกับการ", "สถานีตำรวจ")


# A fund holds money, no units: a group of its members or its own managing office written beside it is no unit of it
# ("กลุ่มอาชีพสมาชิก กองทุนพัฒนาบทบาทสตรี", "สำนักงานบริหารกองทุน…": the office runs the fund).
FUND_HEADS = ("กองทุน", "เงินทุนหมุนเวียน")


def _fits_under(reading: Reading, unit: str, parent: str) -> bool:
    body = reading.organization(parent)
    if body.name.startswith(FUND_HEADS):
        return False
    if body.kind in _SELF_CONTAINED_KINDS and not unit.startswith(_HOSPITAL_UNIT_HEADS):
        return False
    if unit.startswith("สถานีตำรวจ") and body.name.startswith(_BELOW_A_STATION):
        return False
    if _provincial_mismatch(reading, unit, body):
        return False
    for words, branch in _BRANCH_WORDS:
        if words.search(unit) and branch in reading.gazetteer.agencies and branch != parent \
                and branch not in _ancestors_of(reading, parent):
            return False
    return True


# A province's office of a department ("สำนักงานคุมประพฤติจังหวัดสุโขทัย") holds groups and sections, never a division,
# bureau or institute of the department, which a text writes beside it in a list ("กองพัฒนาการคุมประพฤติ
# สำนักงานคุมประพฤติสุโขทัย"); and it is no unit of a university written after it ("สำนักงานท้องถิ่นจังหวัดเชียงใหม่
# มหาวิทยาลัยเชียงใหม่"). Military and police units (กองร้อย …) sit under provincial commands.
_DIVISION_HEAD = re.compile(r"กอง(?!ร้อย|พัน|กำกับการ|บังคับการ|อาสา)|สำนัก(?!งาน)|สถาบัน")
_PROVINCE_ENDING = re.compile(r"จังหวัด[ \t]?([\u0e01-\u0e4e]+)$")


def _provincial(reading: Reading, name: str) -> bool:
    written = _PROVINCE_ENDING.search(name)
    return bool(written) and reading.gazetteer.places.province(written.group(1)) is not None


def _provincial_mismatch(reading: Reading, unit: str, body: Organization) -> bool:
    if _DIVISION_HEAD.match(unit) and body.name.startswith("สำนักงาน") and _provincial(reading, body.name) \
            and not _provincial(reading, unit):
        return True
    return unit.startswith("สำนักงาน") and _provincial(reading, unit) and body.kind in ("university", "private_university")


def _parent_after(reading: Reading, end: int) -> str | None:
    """The organisation named by ``สังกัด`` (under) or ``ของ`` (of) right after a unit."""
    cue = _PARENT_CUE.match(reading.text, end)
    if not cue:
        return None
    regex, surfaces = _surface_index(reading.gazetteer)
    match = regex.match(reading.text, cue.end())
    if match:
        return surfaces[re.sub(r"\s+", "", match.group())][0]
    abbr = _abbreviation_regex(reading.gazetteer).match(reading.text, cue.end())
    if abbr:
        keys = reading.gazetteer.abbreviations.get(abbr.group())
        return keys[0] if keys else None
    return None
