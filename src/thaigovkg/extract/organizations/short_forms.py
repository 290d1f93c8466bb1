"""Short forms: bodies an article defines with one (``กรมพัฒนาสังคมและสวัสดิการ (พส.)``), short forms
resolved by that definition or by the title before them, and the forms an article attests for a body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import POSITION_HEADS, Gazetteer
from ...normalize import match_key
from ...thaidate import THAI_MONTH_ABBRS
from ..reading import OrgMention, Reading, near_table_name
from .parents import _parent_after
from .table_names import (
    _REGION_BEFORE, _abbreviation_regex_with, _organization_short_forms, _short_form_regex, _short_forms,
    _surface_index)
from .unit_names import _THAI_LETTER, _generic


# Words a short form may follow with no space: of, by, in, from, and, with,
# at/that, under, to, for, permanent secretary, director-general, team, is, …
_GLUE_BEFORE_SHORT_FORM = (
    "ของ", "โดย", "ใน", "จาก", "และ", "กับ", "ที่", "สังกัด", "แก่", "ให้", "ปลัด", "อธิบดี", "ทีม",
    "ชาว", "เป็น", "ร่วม", "ต่อ", "ถึง", "คือ", "ได้แก่", "กระทรวง", "สำนักงาน", "ว่า", "ระหว่าง",
    "ประธาน", "กรรมการ", "เลขาธิการ", "ผู้แทน", "หน่วยงาน", "ทั้ง", "ซึ่ง", "ส่วน", "รมว.", "รมช.",
)
# Heads of agency names a short form may define: department, office, institute, organisation …
_DEFINED_HEADS = {"กรม": "department", "สำนักงาน": "office", "สำนัก": "office", "สถาบัน": "other",
                  "องค์การ": "other", "ศูนย์": "unit", "กอง": "unit", "การไฟฟ้า": "state_enterprise",
                  "การประปา": "state_enterprise", "การท่าเรือ": "state_enterprise", "ธนาคาร": "state_enterprise"}
_SHORT_FORM = r"[\u0e01-\u0e4e]{1,6}\.(?:[\u0e01-\u0e4e]{1,6}\.){0,4}(?:[\u0e01-\u0e4e]{1,4}\.?)?"
_DEFINITION = re.compile(r"[ \t]?\((" + _SHORT_FORM + r"|สำนักงาน ?" + _SHORT_FORM + r")\)")
_TITLE_BEFORE = re.compile("(?:" + "|".join(sorted((h for h in POSITION_HEADS if len(h) > 3), key=len, reverse=True))
                           + r"|รัฐมนตรีว่าการ|รัฐมนตรีช่วยว่าการ)[ \t]?$")
# One more dotted part glued to a short form makes a longer code ("ศบค.มท.", "ศบค.ยธ").
_CODE_PART = re.compile(r"[\u0e01-\u0e4e]{1,3}(?:\.|(?![\u0e01-\u0e4e]))")
# A receiving verb a dotted short form that ends in a name (ธ.ออมสิน, ม.มหิดล, มรภ.เชียงราย) may be glued to in a
# headline: "ธ.ออมสินคว้ารางวัล…", "ธ.กรุงไทยรับรางวัล…" (รับ only before what is received, not รับมือ / รับฟัง)
_GLUED_RECEIVING = re.compile(r"คว้า|ได้รับรางวัล|เข้ารับรางวัล|รับรางวัล|รับโล่")


@lru_cache(maxsize=1)
def _defined_regex() -> re.Pattern[str]:
    heads = "|".join(sorted(_DEFINED_HEADS, key=len, reverse=True))
    return re.compile(rf"(?<![\u0e01-\u0e4e])(?:{heads})[\u0e01-\u0e4e]{{2,60}}(?=[ \t]?\({_SHORT_FORM}\))")


# Defined names that name no body: a prince's title (กรมหลวง…, กรมพระยา…), the local governments as a kind.
_NOT_A_BODY_DEFINED = re.compile(r"กรม(?:หลวง|พระ|ขุน|หมื่น)|องค์กรปกครองส่วนท้องถิ่น|องค์การบริหารส่วน(?:ตำบล|จังหวัด)$|สำนักงานปลัดกระทรวง$"
                                 r"|สำนักงานรัฐมนตรี$")

_LIST_GLUE = ("และ", "หรือ", "กับ", "ให้", "จับมือ", "ได้", "จะ", "โดย")


def _holds_named_agency(regex: re.Pattern[str], run: str) -> bool:
    """A run before "(ชื่อย่อ)" that starts with an agency of the table, or holds one after "and / with /
    to …", names that agency, not a body of its own ("กรมชลประทานกระทรวงเกษตรและสหกรณ์ (กษ.)",
    "สำนักงานตรวจคนเข้าเมืองและกระทรวงมหาดไทย (มท.)"); a unit followed by its ministry is one body
    ("ศูนย์บรรเทาสาธารณภัยกระทรวงกลาโหม (ศบภ.กห.)")."""
    compact = re.sub(r"\s+", "", run)
    for match in regex.finditer(compact):
        if match.start() == 0 or compact[:match.start()].endswith(_LIST_GLUE):
            return True
    return False


def _agency_ending(regex: re.Pattern[str], surfaces: dict[str, tuple[str, str, str]], run: str) -> str | None:
    """The agency of the table a defined name ends with: its parent ("ศูนย์บรรเทาสาธารณภัยกระทรวงกลาโหม")."""
    compact = re.sub(r"\s+", "", run)
    ending = [m for m in regex.finditer(compact) if m.end() == len(compact) and m.start() > 0]
    return surfaces[ending[-1].group()][0] if ending else None


def learn_definitions(reading: Reading) -> None:
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


def add_short_forms(reading: Reading) -> None:
    """Short forms standing alone, resolved by definition, then context, then the table."""
    text, gazetteer = reading.text, reading.gazetteer
    local = reading.local_abbreviations
    forms = _short_forms(gazetteer)
    extra = frozenset(set(local) - forms.keys())
    regex = _abbreviation_regex_with(gazetteer, extra) if extra else _short_form_regex(gazetteer)
    taken = [(org.start, org.end) for org in reading.orgs] + reading.definition_spans
    found: list[OrgMention] = []
    for match in regex.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        if not _bounded(text, start, end) or _month_of_a_date(text, start, end):
            continue
        if match.group().replace(" ", "") in _ROAD_PREFIXES and _ROAD_NUMBER_AFTER.match(text, end):
            continue        # "ทล.214", "ทช.นม.3046": a highway's number, not the department that builds it
        if _SUBCOMMITTEE_MARK.search(text, max(0, start - 4), start):
            continue        # "อ.ก.พ.กระทรวงสาธารณสุข": อ. makes a committee's short form its sub-committee's
        if "." not in match.group() and _REGION_BEFORE.search(text, max(0, start - 12), start):
            continue        # a short form written as a word (อาเซียน) after ภูมิภาค / ระดับ / a hyphen: no body
        surface = match.group()
        compact = surface.replace(" ", "")
        key = local.get(compact) or _resolve_short_form(reading, surface, start)
        if key is None:
            continue
        found.append(OrgMention(start, end, key, "abbr"))
        reading.extraction.attested.add((key, _table_form(gazetteer, key, surface)))
    ministry_office = _dominant_ministry_office(reading)
    if ministry_office:
        for match in re.finditer(r"(?=สป)(?<![\u0e01-\u0e4e.])สป\.(?![\u0e01-\u0e4e])", text):
            if not any(s < match.end() and match.start() < e for s, e in taken + [(f.start, f.end) for f in found]):
                found.append(OrgMention(match.start(), match.end(), ministry_office, "abbr"))
    for org in reading.orgs:
        if org.how == "compound":
            _attest_inner(reading, org)
        elif org.how == "name" and text[org.start:org.end] in _organization_short_forms(gazetteer, org.key):
            # a short form the table also matches as a name (ยูเนสโก, อาเซียน) is still the article's short form
            reading.extraction.attested.add((org.key, text[org.start:org.end]))
    reading.orgs = sorted(reading.orgs + found, key=lambda o: o.start)


# A short form spelt as a month ("ก.พ." is also February) is the month where a day, เดือน or a range
# comes before it or a year after it: "(5 ก.พ. 67)", "เดือน ก.พ.", "ม.ค. – ก.พ. 64".
_DAY_BEFORE = re.compile(r"(?:\d|เดือน|[-–])[ \t\u00a0]*$")
_YEAR_AFTER = re.compile(r"[ \t\u00a0]*(?:\d{2}|\d{4})(?!\d)|[ \t\u00a0]*นี้")

# A road is numbered after its network's short form: ทล. (ทางหลวง, a highway), ทช. (ทางหลวงชนบท, a rural road, with
# its province's code: "ทช.นม.3046"); the departments share those letters.
_ROAD_PREFIXES = ("ทล.", "ทช.")
_ROAD_NUMBER_AFTER = re.compile(r"[ \t\u00a0]?(?:[\u0e01-\u0e4e]{1,3}\.[ \t]?)?\d")

# อ. (อนุกรรมการ) written before a committee's short form names its sub-committee ("อ.ก.พ.สธ.", "อ.ก.พ.ร."),
# not the committee; a body whose own short form starts with อ. (อ.ส.ค.) is matched whole before this.
_SUBCOMMITTEE_MARK = re.compile(r"(?<![\u0e01-\u0e4e.])อ\.[ \t]?$")


def _month_of_a_date(text: str, start: int, end: int) -> bool:
    return (text[start:end] in THAI_MONTH_ABBRS
            and bool(_DAY_BEFORE.search(text, max(0, start - 8), start) or _YEAR_AFTER.match(text, end)))


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
    surface = text[start:end]
    if not surface.endswith(".") and end < len(text) and _THAI_LETTER.match(text[end]) \
            and not ("." in surface and _GLUED_RECEIVING.match(text, end)):
        return False
    # "ศบค.มท." is the ministry's own centre, a code of its own, not ศบค. followed by มท.
    return not (surface.endswith(".") and _CODE_PART.match(text, end))


def _resolve_short_form(reading: Reading, surface: str, start: int) -> str | None:
    forms = _short_forms(reading.gazetteer)
    keys = forms.get(surface) or forms.get(surface.replace(" ", ""))
    if not keys:
        return None
    if len(keys) == 1:
        return keys[0]
    before = reading.text[max(0, start - 12):start].rstrip()
    organization = reading.gazetteer.organization
    wants_committee = before.endswith(("ประธาน", "กรรมการ", "มติ", "คณะ"))
    preferred = [k for k in keys if (organization(k).kind == "committee") == wants_committee]
    if preferred:
        return preferred[0]
    # otherwise the body the article already names outright
    named = {org.key for org in reading.orgs}
    return next((k for k in keys if k in named), keys[0])


def _table_form(gazetteer: Gazetteer, key: str, surface: str) -> str:
    """The short form as the table writes it (``สำนักงาน ก.พ.ร.``), else as found."""
    for abbr in _organization_short_forms(gazetteer, key):
        if match_key(abbr) == match_key(surface):
            return abbr
    return surface


def _attest_inner(reading: Reading, org: OrgMention) -> None:
    """A composed form uses a short form: ``กระทรวง พม.`` and ``สำนักงานปลัดกระทรวง พม.``
    use the ministry's (and name the ministry); ``สำนักงาน ก.พ.ร.`` and
    ``สำนักงานปลัดกระทรวง พม.`` are themselves short forms of the office."""
    gazetteer, extraction = reading.gazetteer, reading.extraction
    surface = reading.text[org.start:org.end]
    compact = surface.replace(" ", "")
    for prefix in ("สำนักงานปลัดกระทรวง", "กระทรวง"):
        inner = compact.removeprefix(prefix)
        if compact.startswith(prefix) and inner in gazetteer.abbreviations:
            ministry = gazetteer.abbreviations[inner][0]
            extraction.attested.add((ministry, inner))
            extraction.named.add(ministry)
            if prefix != "กระทรวง" and not _DEFINITION.match(reading.text, org.end):
                # unless the article gives the office its own short form right after it: (สป.พม.)
                extraction.attested.add((org.key, re.sub(r"[ \t]+", " ", surface)))
            return
    if org.key in gazetteer.agencies:
        extraction.attested.add((org.key, _table_form(gazetteer, org.key, surface)))


# A dotted short form inside a name as written ("สำนักงานประชาสัมพันธ์กทม.", "สมาคมแม่บ้าน มท.", "ธ.กรุงไทย", "กทม.")
# makes the written form the article's short form of the body; an address (จ. อ. ต.), a title or a number is none.
_SHORT_PART = re.compile(r"(?<![\u0e01-\u0e4e.])(?!(?:จ|อ|ต|ม|ถ|ซ|พ\.ศ|ค\.ศ|น)\.)(?:[\u0e01-\u0e4e]{1,4}\.){1,4}")
_WRITTEN_SHORT_KINDS = ("abbr", "compound", "defined")     # these attest their own forms


def _known_short(reading: Reading, letters: str) -> bool:
    """A short form written on to a name ("…ประชาสัมพันธ์กทม."): some tail of the letters is one the tables know."""
    return any(letters[i:] in reading.gazetteer.abbreviations or letters[i:] in _BANGKOK_SHORT
               for i in range(len(letters) - 3))


_BANGKOK_SHORT = ("กทม.",)


def attest_written_short(reading: Reading) -> None:
    """Each body named with a short form inside its written name is attested with that written name."""
    text = reading.text
    for org in reading.orgs:
        surface = re.sub(r"[ \t]+", " ", text[org.start:org.end]).strip()
        if org.how in _WRITTEN_SHORT_KINDS or "." not in surface:
            continue
        if not _SHORT_PART.search(surface) and not any(
                form in surface for form in re.findall(r"[\u0e01-\u0e4e]{2,5}\.", surface) if _known_short(reading, form)):
            continue
        organization = reading.organization(org.key)
        if organization is None or match_key(organization.name) == match_key(surface):
            continue
        reading.extraction.attested.add((org.key, surface))


def defined_bodies(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Bodies the article defines with a short form (``กรมพัฒนาสังคมและสวัสดิการ (พส.)``) that the table lacks,
    learned where the table or the text places them."""
    text, gazetteer = reading.text, reading.gazetteer
    candidates: list[tuple[int, int, int, OrgMention]] = []
    regex, surfaces = _surface_index(gazetteer)
    for match in _defined_regex().finditer(text):
        name = match.group()
        if gazetteer.find_by_name(name) or any(name.startswith(h) and len(name) <= len(h) + 1 for h in _DEFINED_HEADS):
            continue
        if _holds_named_agency(regex, name):
            # "กรมชลประทานกระทรวงเกษตรและสหกรณ์ (กษ.)", "กรมที่ดินจะได้นำเสนอให้สำนักเลขาธิการคณะรัฐมนตรี (สลค.)":
            # the run holds an agency of the table, which is what is named (and defined)
            continue
        if _NOT_A_BODY_DEFINED.match(name) or _generic(reading, name, match.start()):
            continue        # a prince's title (กรมหลวง…), a kind of office ("สำนักงานวัฒนธรรมจังหวัด (สวจ.)")
        kind = next(k for h, k in sorted(_DEFINED_HEADS.items(), key=lambda i: -len(i[0])) if name.startswith(h))
        known = gazetteer.bodies.find_by_name(name) or near_table_name(gazetteer, name)
        parent = None if known else _parent_after(reading, match.end()) or _agency_ending(regex, surfaces, name)
        if not known and not parent:
            continue        # a body the tables lack and the text places nowhere: no parentless node of the state
        key = known or reading.learn_organization(name, kind, parent)
        candidates.append((match.start(), match.start() - match.end(), 2, OrgMention(match.start(), match.end(), key, "defined")))
    return candidates
