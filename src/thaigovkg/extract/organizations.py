"""Organisations: full names, short forms, composed forms and units below department level.

Four kinds of mention, all resolved to an agency key:

* a full name or alias from the reference table (``กรมการจัดหางาน``);
* a short form (``พส.``), resolved first by the article's own definition
  (``กรมพัฒนาสังคมและสวัสดิการ (พส.)``), then by the title before it
  (``ประธาน ก.พ.ร.`` is the commission, ``เลขาธิการ ก.พ.ร.`` its office);
* a composed form: ``กระทรวง พม.`` (ministry + short form), ``สำนักงานปลัดกระทรวง พม.``
  (its permanent secretary's office), ``สำนักงาน ก.พ.ร.`` (a committee's office),
  ``กรรมการพัฒนาระบบราชการ`` (a member of that committee);
* a unit the table lacks, named after a province (``สำนักงานพัฒนาชุมชนจังหวัดร้อยเอ็ด``)
  or defined with a short form in the article; its parent comes from the
  unit-head table, from the department whose name it shares, or from
  ``สังกัด`` / ``ของ`` + organisation right after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import POSITION_HEADS, Gazetteer, literal_regex
from ..normalize import match_key
from .reading import OrgMention, Reading

_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
# Words a short form may follow with no space: of, by, in, from, and, with,
# at/that, under, to, for, permanent secretary, director-general, team, is, …
_GLUE_BEFORE_SHORT_FORM = (
    "ของ", "โดย", "ใน", "จาก", "และ", "กับ", "ที่", "สังกัด", "แก่", "ให้", "ปลัด", "อธิบดี", "ทีม",
    "ชาว", "เป็น", "ร่วม", "ต่อ", "ถึง", "คือ", "ได้แก่", "กระทรวง", "สำนักงาน", "ว่า", "ระหว่าง",
    "ประธาน", "กรรมการ", "เลขาธิการ", "ผู้แทน", "หน่วยงาน", "ทั้ง", "ซึ่ง", "ส่วน", "รมว.", "รมช.",
)
# Heads of unit names that end with a province: office, bureau, centre,
# hospital, station, provincial hall, college, prison, checkpoint, institute.
_UNIT_HEADS = ("สำนักงาน", "สำนัก", "ศูนย์", "โรงพยาบาล", "สถานี", "ที่ทำการ", "ศาลากลาง",
               "วิทยาลัย", "เรือนจำ", "ด่าน", "สถาบัน", "หน่วยบริการ", "ค่าย")
# A unit name ending in these is a generic phrase ("สำนักงานในจังหวัด" = offices in the province).
_GENERIC_ENDINGS = ("ใน", "ของ", "ทุก", "ทั่ว", "แต่ละ", "ทั้ง", "และ", "กับ", "ทุกแห่งใน", "ต่าง")
# Heads of agency names a short form may define: department, office, institute, organisation …
_DEFINED_HEADS = {"กรม": "department", "สำนักงาน": "office", "สำนัก": "office", "สถาบัน": "other",
                  "องค์การ": "other", "ศูนย์": "unit", "กอง": "unit", "การไฟฟ้า": "state_enterprise",
                  "การประปา": "state_enterprise", "การท่าเรือ": "state_enterprise", "ธนาคาร": "state_enterprise"}
_SHORT_FORM = r"[\u0e01-\u0e4e]{1,6}\.(?:[\u0e01-\u0e4e]{1,6}\.){0,4}(?:[\u0e01-\u0e4e]{1,4}\.?)?"
_DEFINITION = re.compile(r"[ \t]?\((" + _SHORT_FORM + r"|สำนักงาน ?" + _SHORT_FORM + r")\)")
# Units that name themselves: hospital, children's or disability home, police station,
# university; "คณะ<X> มหาวิทยาลัย<Y>" is a faculty of a university.
_SELF_NAMED_UNIT = re.compile(
    r"(?:โรงพยาบาล|สถานสงเคราะห์|สถานคุ้มครอง|สถานธนานุบาล|สถานีตำรวจ|มหาวิทยาลัย|สำนักงานขนส่ง"
    r"|สำนักงานจัดหางาน|ศูนย์บริการจัดหางาน)[\u0e01-\u0e4e]{2,60}"
    r"(?:[ \t]?(?:พื้นที่|แห่งที่|เขต)[ \t]?\d{1,2}|[ \t]\d{2,3}[ \t]พรรษา)?")
_FACULTY = re.compile(r"(?<![\u0e01-\u0e4e])คณะ[\u0e01-\u0e4e]{3,30}?ศาสตร์[ \t]?(มหาวิทยาลัย[\u0e01-\u0e4e]{2,40})")
# Units named by a common word (centre, division, group, bureau, office, institute) count
# only when an agency stands right after them as their parent ("กองยุทธศาสตร์และแผนงาน สป.").
_APPOSED_UNIT = re.compile(r"(?<![\u0e01-\u0e4e])(?:ศูนย์|กอง(?!ทุน|ทัพ)|กลุ่ม(?!เป้าหมาย|เปราะบาง)|สำนัก(?!งาน)|สำนักงาน|หน่วย(?!งาน)|สถาบัน|ฝ่าย)"
                           r"[\u0e01-\u0e4e]{3,60}")
# Where a name glued to the next words ends: receive, win, about, by, which, is, held …
_NAME_END = re.compile(r"(?<=[\u0e01-\u0e4e]{3})(?:ได้รับ|คว้า|เข้ารับ|เรื่อง|ได้|โดย|ซึ่ง|เป็น|จัด|ร่วม|ที่ได้|ในการ|จำนวน|มี|ทุกแห่ง)")
_PROVINCE_AFTER = r"[ \t]?(?:จ\.|จังหวัด)[ \t]?[\u0e01-\u0e4e]+[ \t]?"
_TITLE_BEFORE = re.compile("(?:" + "|".join(sorted((h for h in POSITION_HEADS if len(h) > 3), key=len, reverse=True))
                           + r"|รัฐมนตรีว่าการ|รัฐมนตรีช่วยว่าการ)[ \t]?$")
_PARENT_CUE = re.compile(r"[ \t]?(?:\([^()\n]{1,20}\)[ \t]?)?(?:ใน)?(?:สังกัด|ของ)[ \t]?")


@lru_cache(maxsize=4)
def _surface_index(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """Every full, composed and member form of every agency: one regex, one lookup."""
    surfaces: dict[str, tuple[str, str, str]] = {}

    def add(surface: str, key: str | None, how: str, role: str = "") -> None:
        if key:
            surfaces.setdefault(re.sub(r"\s+", "", surface), (key, how, role))

    for org in gazetteer.agencies.values():
        for name in (org.name, *org.aliases):
            add(name, org.key, "name")
        if org.name_en and " " in org.name_en and len(org.name_en) >= 12:
            add(org.name_en, org.key, "name")     # English-language releases name agencies in English
    for org in gazetteer.agencies.values():
        for abbr in org.abbreviations:
            if org.kind == "ministry" and org.name.startswith("กระทรวง"):
                add("กระทรวง" + abbr, org.key, "compound")
                add("สำนักงานปลัดกระทรวง" + abbr, gazetteer.permanent_secretary_office(org.key), "compound")
            if org.kind == "committee":
                add("สำนักงาน" + abbr, gazetteer.office_of_committee(org.key), "compound")
        if org.kind == "committee" and org.name.startswith("คณะกรรมการ"):
            for name in (org.name, *org.aliases):
                add(name.removeprefix("คณะ"), org.key, "member", "member")
    return literal_regex(surfaces), surfaces


@lru_cache(maxsize=4)
def _abbreviation_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(gazetteer.abbreviations)


@lru_cache(maxsize=256)
def _abbreviation_regex_with(gazetteer: Gazetteer, extra: frozenset[str]) -> _EitherRegex:
    """The table's short forms and those an article defines (the table's regex and a small one:
    compiling the whole table again for each article's set cost 50 ms)."""
    return _EitherRegex(_abbreviation_regex(gazetteer), literal_regex(extra))


class _EitherRegex:
    """The matches ``literal_regex(a | b)`` finds, from ``literal_regex(a)`` and ``literal_regex(b)``.

    A literal trie matches, at a position, the longest of its words written there; so does the
    union's, which is the longer of the two; scanning goes on after each match as ``finditer`` does.
    """

    def __init__(self, first: re.Pattern[str], second: re.Pattern[str]):
        self.first, self.second = first, second

    def finditer(self, text: str):
        a, b = self.first.search(text), self.second.search(text)
        while a is not None or b is not None:
            if b is None or (a is not None and (a.start(), -a.end()) <= (b.start(), -b.end())):
                match = a
            else:
                match = b
            yield match
            position = match.end()
            if a is not None and a.start() < position:
                a = self.first.search(text, position)
            if b is not None and b.start() < position:
                b = self.second.search(text, position)


@lru_cache(maxsize=4)
def _unit_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    provinces = "|".join(sorted(map(re.escape, gazetteer.provinces), key=len, reverse=True))
    heads = "|".join(sorted(_UNIT_HEADS, key=len, reverse=True))
    return re.compile(rf"(?:{heads})[\u0e01-\u0e4e]{{0,50}}?จังหวัด[ \t]?(?:{provinces})")


@lru_cache(maxsize=1)
def _defined_regex() -> re.Pattern[str]:
    heads = "|".join(sorted(_DEFINED_HEADS, key=len, reverse=True))
    return re.compile(rf"(?<![\u0e01-\u0e4e])(?:{heads})[\u0e01-\u0e4e]{{2,60}}(?=[ \t]?\({_SHORT_FORM}\))")


def find(reading: Reading) -> None:
    """Add every organisation mention of the article to the reading."""
    text, gazetteer = reading.text, reading.gazetteer
    candidates: list[tuple[int, int, int, OrgMention]] = []   # (start, -length, priority, mention)

    regex, surfaces = _surface_index(gazetteer)
    for match in regex.finditer(text):
        key, how, role = surfaces[re.sub(r"\s+", "", match.group())]
        candidates.append((match.start(), match.start() - match.end(), 0, OrgMention(match.start(), match.end(), key, how, role)))
    for match in _unit_regex(gazetteer).finditer(text):
        name = re.sub(r"[ \t]+", "", match.group())
        prefix = name[: name.rfind("จังหวัด")]
        if prefix.endswith(_GENERIC_ENDINGS):
            continue
        key = gazetteer.find_by_name(name) or _learn_unit(reading, name, match.end())
        if key:
            candidates.append((match.start(), match.start() - match.end(), 1, OrgMention(match.start(), match.end(), key, "unit")))
    for match in _defined_regex().finditer(text):
        name = match.group()
        if gazetteer.find_by_name(name) or any(name.startswith(h) and len(name) <= len(h) + 1 for h in _DEFINED_HEADS):
            continue
        kind = next(k for h, k in sorted(_DEFINED_HEADS.items(), key=lambda i: -len(i[0])) if name.startswith(h))
        parent = _parent_after(reading, match.end())
        key = reading.learn_organization(name, kind if parent else "agency", parent)
        candidates.append((match.start(), match.start() - match.end(), 2, OrgMention(match.start(), match.end(), key, "defined")))

    reading.orgs = _without_overlaps(candidates)
    _learn_definitions(reading)
    _add_short_forms(reading)
    _add_named_units(reading)
    for org in reading.orgs:
        reading.mention("org", org.start, org.end, reading.organization(org.key).name, org.how)
        reading.evidence(("org", org.key), org.start, org.end)


def _add_named_units(reading: Reading) -> None:
    """Units the table lacks: self-named ones (hospitals, homes, universities, faculties) and
    common-word ones with their parent agency right after them."""
    text, gazetteer = reading.text, reading.gazetteer
    taken = [(o.start, o.end) for o in reading.orgs]
    found: list[OrgMention] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken + [(f.start, f.end) for f in found])

    for match in _FACULTY.finditer(text):
        if not free(match.start(), match.end()):
            continue
        university = reading.learn_organization(_cut_name(match.group(1)), "other", gazetteer.unit_heads.get("มหาวิทยาลัย"))
        name = re.sub(r"[ \t]+", " ", match.group())
        found.append(OrgMention(match.start(), match.end(), reading.learn_organization(name, "unit", university), "unit"))
    for match in _SELF_NAMED_UNIT.finditer(text):
        name = _cut_name(match.group())
        end = match.start() + len(name)
        if not free(match.start(), end) or gazetteer.find_by_name(name) in {o.key for o in reading.orgs}:
            continue
        if _generic(reading, name, match.start()):
            continue
        key = gazetteer.find_by_name(name) or _learn_named_unit(reading, name, end)
        if key:
            found.append(OrgMention(match.start(), end, key, "unit"))
    for match in _APPOSED_UNIT.finditer(text):
        name = _cut_name(match.group())
        end = match.start() + len(name)
        if not free(match.start(), end) or gazetteer.find_by_name(name):
            continue
        parent = _apposed_parent(reading, end)
        if parent:
            found.append(OrgMention(match.start(), end, reading.learn_organization(name, "unit", parent), "unit"))
    reading.orgs = sorted(reading.orgs + found, key=lambda o: o.start)


def _cut_name(run: str) -> str:
    """A unit name glued to the words after it ends before them (past its head word)."""
    match = _NAME_END.search(run, 6)
    return run[:match.start()] if match else run


def _generic(reading: Reading, name: str, start: int) -> bool:
    """A kind of unit rather than one unit: "11 สถานคุ้มครองคนไร้ที่พึ่ง", "สำนักงานขนส่งจังหวัด",
    "สำนักงานขนส่งทุกแห่งทั่วประเทศ" (every office in the country)."""
    if name in reading.gazetteer.unit_heads or name.endswith("จังหวัด"):
        return True
    if re.search(r"ทุกแห่ง|ทั่วประเทศ|ต่างๆ|ต่าง ๆ|ทุกจังหวัด", name):
        return True
    return bool(re.search(r"\d[ \t]*$", reading.text[max(0, start - 6):start]))


def _learn_named_unit(reading: Reading, name: str, end: int) -> str | None:
    """A self-named unit's parent: the one the text states (สังกัด / ของ), else the one its
    kind always has (unit_heads.csv), else the agency written right after it."""
    parent = _parent_after(reading, end)
    if parent is None:
        for head in sorted(reading.gazetteer.unit_heads, key=len, reverse=True):
            if name.startswith(head):
                parent = reading.gazetteer.unit_heads[head]
                break
    parent = parent or _apposed_parent(reading, end)
    if parent is None:
        return None
    kind = "other" if name.startswith("มหาวิทยาลัย") else "unit"
    return reading.learn_organization(name, kind, parent)


def _apposed_parent(reading: Reading, end: int) -> str | None:
    """The agency written right after a unit (after its province, if any): its parent."""
    text = reading.text
    position = end
    province = re.match(_PROVINCE_AFTER, text[end:end + 40])
    for start in (end, end + province.end() if province else None):
        if start is None:
            continue
        org = reading.org_at(start, slack=1)
        if org is not None and org.role != "member":
            return org.key
    return None


def _without_overlaps(candidates: list[tuple[int, int, int, OrgMention]]) -> list[OrgMention]:
    """Leftmost, then longest, then most trusted; spans that overlap a kept one go."""
    kept: list[OrgMention] = []
    end = -1
    for start, _, _, mention in sorted(candidates, key=lambda c: c[:3]):
        if start >= end:
            kept.append(mention)
            end = mention.end
    return kept


def _learn_unit(reading: Reading, name: str, end: int) -> str | None:
    """A key for a provincial unit, placed under its parent; None where no parent is known."""
    gazetteer = reading.gazetteer
    stem = name[: name.rfind("จังหวัด")]
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


def _learn_definitions(reading: Reading) -> None:
    """``ชื่อเต็ม (ชื่อย่อ)``: the article defines a short form; it wins over the table."""
    text = reading.text
    for org in reading.orgs:
        match = _DEFINITION.match(text, org.end)
        if not match:
            continue
        abbr = match.group(1)
        head = abbr.split(" ")[0].rstrip(".")
        if any(head.startswith(h) for h in POSITION_HEADS if len(h) > 3):
            continue
        if _TITLE_BEFORE.search(text, max(0, org.start - 30), org.start):
            continue    # "รัฐมนตรีว่าการกระทรวง… (รมว.พม.)" abbreviates the title, not the ministry
        if not _spells(abbr, reading.organization(org.key).name):
            continue    # "(ศปก.มท.)" after กระทรวงมหาดไทย names a body of the ministry, not the ministry
        reading.local_abbreviations.setdefault(abbr.replace(" ", ""), org.key)
        reading.extraction.attested.add((org.key, abbr))
        reading.definition_spans.append(match.span(1))


def _spells(abbreviation: str, name: str) -> bool:
    """A short form's consonants appear in order in the name it stands for (พส. in พัฒนาสังคม…)."""
    letters = iter(name)
    return all(char in letters for char in re.sub(r"[^\u0e01-\u0e2e]", "", abbreviation))


def _add_short_forms(reading: Reading) -> None:
    """Short forms standing alone, resolved by definition, then context, then the table."""
    text, gazetteer = reading.text, reading.gazetteer
    local = reading.local_abbreviations
    known = set(gazetteer.abbreviations) | set(local)
    if not known:
        return
    extra = frozenset(set(local) - gazetteer.abbreviations.keys())
    regex = _abbreviation_regex_with(gazetteer, extra) if extra else _abbreviation_regex(gazetteer)
    taken = [(org.start, org.end) for org in reading.orgs] + reading.definition_spans
    found: list[OrgMention] = []
    for match in regex.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        if not _bounded(text, start, end):
            continue
        surface = match.group()
        compact = surface.replace(" ", "")
        key = local.get(compact) or _resolve_short_form(reading, surface, start)
        if key is None:
            continue
        found.append(OrgMention(start, end, key, "abbr"))
        reading.extraction.attested.add((key, _table_form(gazetteer, key, surface)))
    ministry_office = _dominant_ministry_office(reading)
    if ministry_office:
        for match in re.finditer(r"(?<![\u0e01-\u0e4e.])สป\.(?![\u0e01-\u0e4e])", text):
            if not any(s < match.end() and match.start() < e for s, e in taken + [(f.start, f.end) for f in found]):
                found.append(OrgMention(match.start(), match.end(), ministry_office, "abbr"))
    for org in reading.orgs:
        if org.how == "compound":
            _attest_inner(reading, org)
    reading.orgs = sorted(reading.orgs + found, key=lambda o: o.start)


def _dominant_ministry_office(reading: Reading) -> str | None:
    """``สป.`` alone means the permanent secretary's office of the ministry the article names most."""
    gazetteer = reading.gazetteer
    counts: dict[str, int] = {}
    for org in reading.orgs:
        for key in [org.key, *gazetteer.ancestors(org.key)] if org.key in gazetteer.agencies else []:
            if gazetteer.agencies[key].kind == "ministry":
                counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    ministry = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
    return gazetteer.permanent_secretary_office(ministry)


def _bounded(text: str, start: int, end: int) -> bool:
    """A short form is a word of its own: no Thai letter glued before it but a known connective."""
    if start > 0 and _THAI_LETTER.match(text[start - 1]):
        before = text[max(0, start - 12):start]
        if not before.endswith(_GLUE_BEFORE_SHORT_FORM):
            return False
    if not text[start:end].endswith(".") and end < len(text) and _THAI_LETTER.match(text[end]):
        return False
    return True


def _resolve_short_form(reading: Reading, surface: str, start: int) -> str | None:
    keys = reading.gazetteer.abbreviations.get(surface) or reading.gazetteer.abbreviations.get(surface.replace(" ", ""))
    if not keys:
        return None
    if len(keys) == 1:
        return keys[0]
    before = reading.text[max(0, start - 12):start].rstrip()
    agencies = reading.gazetteer.agencies
    wants_committee = before.endswith(("ประธาน", "กรรมการ", "มติ", "คณะ"))
    preferred = [k for k in keys if (agencies[k].kind == "committee") == wants_committee]
    if preferred:
        return preferred[0]
    # otherwise the body the article already names outright
    named = {org.key for org in reading.orgs}
    return next((k for k in keys if k in named), keys[0])


def _table_form(gazetteer: Gazetteer, key: str, surface: str) -> str:
    """The short form as the table writes it (``สำนักงาน ก.พ.ร.``), else as found."""
    for abbr in gazetteer.agencies[key].abbreviations if key in gazetteer.agencies else ():
        if match_key(abbr) == match_key(surface):
            return abbr
    return surface


def _attest_inner(reading: Reading, org: OrgMention) -> None:
    """A composed form uses a short form: ``กระทรวง พม.`` and ``สำนักงานปลัดกระทรวง พม.``
    use the ministry's (and name the ministry); ``สำนักงาน ก.พ.ร.`` is itself the office's."""
    gazetteer, extraction = reading.gazetteer, reading.extraction
    surface = reading.text[org.start:org.end]
    compact = surface.replace(" ", "")
    for prefix in ("สำนักงานปลัดกระทรวง", "กระทรวง"):
        inner = compact.removeprefix(prefix)
        if compact.startswith(prefix) and inner in gazetteer.abbreviations:
            ministry = gazetteer.abbreviations[inner][0]
            extraction.attested.add((ministry, inner))
            extraction.named.add(ministry)
            return
    if org.key in gazetteer.agencies:
        extraction.attested.add((org.key, _table_form(gazetteer, org.key, surface)))
