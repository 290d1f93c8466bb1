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
from collections.abc import Iterator
from functools import lru_cache

from ..gazetteer import FOREIGN_COUNTRIES, OUTSIDE_KINDS, POSITION_HEADS, Gazetteer, literal_regex, province_alternation
from ..normalize import match_key
from ..thaidate import THAI_MONTH_ABBRS, THAI_MONTHS
from . import committees, community_bodies, named_bodies, place_bodies, security_units
from .reading import OrgMention, Reading, near_table_name

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
# Heads of agency names a short form may define: department, office, institute, organisation …
_DEFINED_HEADS = {"กรม": "department", "สำนักงาน": "office", "สำนัก": "office", "สถาบัน": "other",
                  "องค์การ": "other", "ศูนย์": "unit", "กอง": "unit", "การไฟฟ้า": "state_enterprise",
                  "การประปา": "state_enterprise", "การท่าเรือ": "state_enterprise", "ธนาคาร": "state_enterprise"}
_SHORT_FORM = r"[\u0e01-\u0e4e]{1,6}\.(?:[\u0e01-\u0e4e]{1,6}\.){0,4}(?:[\u0e01-\u0e4e]{1,4}\.?)?"
_DEFINITION = re.compile(r"[ \t]?\((" + _SHORT_FORM + r"|สำนักงาน ?" + _SHORT_FORM + r")\)")
# A hospital of a chain carries its number ("โรงพยาบาลพญาไท 2", "โรงพยาบาลราชวิถี 2"): one digit
# that counts nothing (no classifier or month after it: "… 2 แห่ง", "… 1 มิถุนายน").
_BRANCH_NUMBER = (r"[ \t][1-9](?![\d.,/:)-])(?![ \t]?(?:แห่ง|ราย|เตียง|จังหวัด|อำเภอ|เขต|โรค|คน|ปี|เดือน|วัน|ชั่วโมง|ล้าน|แสน"
                  r"|หมื่น|พัน|ร้อย|ครั้ง|เท่า|ลำดับ|ชั้น|หลัง|ห้อง|เครื่อง|ชุด|หน่วย|ทีม|ทศวรรษ|พรรษา|รอบ|"
                  + "|".join(re.escape(m) for m in THAI_MONTHS + THAI_MONTH_ABBRS) + "))")
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
# A company: "บริษัท บางจาก คอร์ปอเรชั่น จำกัด (มหาชน)" (words of any script, "(ประเทศไทย)" allowed);
# a business unit written before it is part of it ("กลุ่มธุรกิจการตลาด บริษัท …").
_COMPANY = re.compile(r"บริษัท[ \t]?((?:(?!บริษัท|จำกัด)[^\s“”\"()]|[ \t]|\(ประเทศไทย\)){2,60}?)[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?")
# A cooperative is registered like a company: "สหกรณ์การเกษตรท่าบ่อ จำกัด", "สหกรณ์ออมทรัพย์ครูพังงา จำกัด"
# (the space before จำกัด tells the name from "ข้อจำกัด"); it belongs to its members, not to government.
_COOPERATIVE = re.compile(r"สหกรณ์(?!ที่|และ|ต่าง|ใน|ทุก|ของ|มี|ได้|จะ|เป็น)[\u0e01-\u0e4e]{2,50}[ \t]จำกัด(?![\u0e01-\u0e4e])")
_BUSINESS_UNIT = re.compile(r"(?:กลุ่มธุรกิจ|หน่วยธุรกิจ|สายธุรกิจ)[\u0e01-\u0e4e]{2,40}[ \t]?$")
# "รพ.ระยอง" is โรงพยาบาลระยอง written short.
_HOSPITAL_SHORT = re.compile(r"รพ\.[ \t]?([\u0e01-\u0e4e]{2,40})")
# A hospital named by a common word is a kind of hospital: field, sub-district health promoting,
# (guarded where a town's name starts like the word: สตูล, จะนะ, มีนบุรี, หลักสี่)
# regional, general, private, community, network hub, state, temporary, model hospitals …
_GENERIC_HOSPITAL = re.compile(
    r"โรงพยาบาล(?:สนาม|ส่งเสริมสุขภาพ|สต(?![\u0e01-\u0e4e])|สต\.|ศูนย์|ทั่วไป|เอกชน|ชุมชน|แม่ข่าย|ลูกข่าย|เครือข่าย|(?:ใน)?สังกัด|ต่าง"
    r"|รัฐ|ของ|ใน|ใกล้บ้าน|อัจฉริยะ|แล้ว|ที่|ขนาด|ใหญ่|ทุก|ทั้ง|และ|หรือ|เอง|จังหวัด|อำเภอ|ประจำ|เฉพาะ|ระดับ"
    r"|คู่|เป้าหมาย|นำร่อง|กว่า|ปลายทาง|ต้นทาง|พี่เลี้ยง|หลัก(?!สี่|หก)|เดียว|นั้น|นี้|แห่ง|จำนวน|เพื่อ|ได้|จะ(?!นะ)|มี(?!น)|เป็น"
    r"|ชั่วคราว|ตาม|ต้นแบบ|แต่ละ|ชั้นนำ|มาก|ให้|ต้อง|ทันที|ประมาณ)"
    # … and so is a university named by one: Thai, state, private, leading, each, which …
    r"|มหาวิทยาลัย(?:ที่|และ|หรือ|ต้อง|ไทย|ไม่|ของ|ใน|ทุก|ต่าง|แห่ง|รัฐ|เอกชน|ให้|แล้ว|จะ|มี|เป็น|ได้|ก็|ทั้ง"
    r"|นั้น|นี้|มาก|ชั้นนำ|ชื่อดัง|กลุ่ม|เครือข่าย|แต่ละ|เหล่านี้|ใด|พร้อม|กับ|จึง|สามารถ|ศาสนา|สงฆ์|พันธมิตร|คู่|สี|วิจัย|ยั่งยืน|ดิจิทัล|อัจฉริยะ|ต้นแบบ"
    # a group of universities named without its place: "มหาวิทยาลัยราชภัฏ", "มหาวิทยาลัยเทคโนโลยีราชมงคล"
    r"|ราชภัฏ(?:(?![\u0e01-\u0e4e])|เขต|ภาค|กลุ่ม|ทั้ง|ทั่ว)|(?:เทคโนโลยี)?ราชมงคล(?![\u0e01-\u0e4e]))")
# A faculty is any "คณะ<X>" right before a university ("คณะเทคนิคการแพทย์ มหาวิทยาลัยมหิดล",
# "คณะแพทยศาสตร์โรงพยาบาลรามาธิบดี มหาวิทยาลัยมหิดล") unless คณะ heads a group of people
# (executives, committee, working group, lecturers, researchers, staff …) or "from / of" ends it.
_FACULTY = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=คณบดี))คณะ(?!ผู้|กรรมการ|อนุกรรมการ|ทำงาน|อาจารย์|วิจัย|นัก|เจ้าหน้าที่|บุคลากร|ครู|รัฐมนตรี"
                      r"|ทูต|แพทย์(?!ศาสตร์)|หรือ|และ|ภายใน|ต่าง|ที่|ของ|จาก)"
                      r"(?:(?!จาก|ของ|สังกัด|ภายใน|ร่วม|ได้|และ(?:ผู้|บุคลากร|คณะ))[\u0e01-\u0e4e]){3,40}?[ \t]?(มหาวิทยาลัย[\u0e01-\u0e4e]{2,40})")
# Units named by a common word (centre, division, group, bureau, office, institute) count
# only when an agency stands right after them as their parent ("กองยุทธศาสตร์และแผนงาน สป."), also
# written on to the title of their head or staff ("ผู้อำนวยการกองระบาดวิทยา กรมควบคุมโรค").
_HEADS_BEFORE_UNIT = ("ผู้อำนวยการ", "หัวหน้า", "ผู้บัญชาการ", "ผู้บังคับการ", "ประธาน", "เลขาธิการ", "โฆษก", "ที่ปรึกษา",
                      "ผู้จัดการ", "เจ้าหน้าที่", "ผู้แทน")
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
# Where a name glued to the next words ends: receive, win, about, by, which, is, held …
# … or clause words no unit name holds: still, let, that, -ly, from now on, new (branch), until,
# at once, already; and / or before the next unit of a list.
_NAME_END = re.compile(r"(?<=[\u0e01-\u0e4e]{3})(?:ได้รับ|คว้า|เข้ารับ|เรื่อง|ได้|โดย|ซึ่ง|เป็น|(?<!ความ)ร่วม|ที่ได้|ในการ|จำนวน|(?<!การ)มี|ทุกแห่ง"
                       r"|ยัง|ให้|(?<![กห])ว่า(?!ง|ราชการ|การ|ด้วย)|อย่าง|ต่อไป|แห่งใหม่|จนถึง|ทันที|แล้ว|สามารถ|ต้อง|ดังกล่าว|กล่าว"
                       r"|(?<!เตรียม)พร้อม(?!เพรียง)|กำลัง(?!พล|คน|ใจ|สำรอง|ผลิต|ทหาร)"
                       # "in order to" after a province's or district's office named in the abstract is the clause's
                       # purpose ("สำนักงานจังหวัดเพื่อขับเคลื่อน…"); elsewhere เพื่อ may be the name's own
                       # ("หน่วยวิจัยเพื่อขับเคลื่อนนโยบายสุขภาพ", "สถาบันเพื่อการยุติธรรม…")
                       r"|(?<=จังหวัด)เพื่อ|(?<=อำเภอ)เพื่อ"
                       # จัด (holds, organises) ends a name, but not as a word of one: management (บริหารจัดการ,
                       # การจัดการ, และจัดการ), elimination (ขจัด, กำจัด), expediting (เร่งรัดจัดการ)
                       r"|(?<!บริหาร)(?<!การ)(?<!การข)(?<!และข)(?<!เพื่อข)(?<!กำ)(?<!เร่งรัด)(?<!และ)จัด|(?<=และ)จัด(?!การ)"
                       r"|(?:และ|หรือ)(?=โรงพยาบาล|รพ\.|สำนักงาน|สำนัก|มหาวิทยาลัย|วิทยาลัย|ศูนย์|สถานี|สถาน|คณะ|ผู้|กอง|กรม"
                       r"|ภาคี|หน่วย|เรือนจำ|ค่าย|โรงเรียน|องค์การ|เทศบาล))")
_PROVINCE_AFTER = r"[ \t]?(?:จ\.|จังหวัด)[ \t]?[\u0e01-\u0e4e]+[ \t]?"
_TITLE_BEFORE = re.compile("(?:" + "|".join(sorted((h for h in POSITION_HEADS if len(h) > 3), key=len, reverse=True))
                           + r"|รัฐมนตรีว่าการ|รัฐมนตรีช่วยว่าการ)[ \t]?$")
# One more dotted part glued to a short form makes a longer code ("ศบค.มท.", "ศบค.ยธ").
_CODE_PART = re.compile(r"[\u0e01-\u0e4e]{1,3}(?:\.|(?![\u0e01-\u0e4e]))")
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
    # the rest of the state and the bodies outside it (gazetteer.bodies: armed forces, police, universities,
    # courts, museums, prisons, international bodies …), after the agencies: a name of both is the agency's
    for org in gazetteer.bodies.orgs.values():
        for name in (org.name, *org.aliases):
            add(name, org.key, "name")
        if org.name_en and " " in org.name_en and len(org.name_en) >= 12:
            add(org.name_en, org.key, "name")
        if org.kind == "committee" and org.name.startswith("คณะกรรมการ"):
            for name in (org.name, *org.aliases):
                add(name.removeprefix("คณะ"), org.key, "member", "member")
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


@lru_cache(maxsize=4)
def _short_forms(gazetteer: Gazetteer) -> dict[str, list[str]]:
    """Short form → keys: the agencies' and those of the other tables (``มธ.``, ``ธพส.``, ``ส.อ.ท.``,
    ``อาเซียน``), which articles write alone as they do the agencies'; an agency's first."""
    forms = {short: list(keys) for short, keys in gazetteer.abbreviations.items()}
    for short, keys in gazetteer.bodies.abbreviations.items():
        forms.setdefault(short, []).extend(k for k in keys if k not in forms[short])
    return forms


@lru_cache(maxsize=4)
def _short_form_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(_short_forms(gazetteer))


@lru_cache(maxsize=256)
def _abbreviation_regex_with(gazetteer: Gazetteer, extra: frozenset[str]) -> _EitherRegex:
    """The table's short forms and those an article defines (the table's regex and a small one:
    compiling the whole table again for each article's set cost 50 ms)."""
    return _EitherRegex(_short_form_regex(gazetteer), literal_regex(extra))


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


# Before a body's short form that is also its name (อาเซียน): the region or level it names, or another name it ends.
_REGION_BEFORE = re.compile(r"(?:ภูมิภาค|ระดับ|กลุ่มประเทศ|[\u0e01-\u0e4e.]-)[ \t]?$")


def find(reading: Reading) -> None:
    """Add every organisation mention of the article to the reading."""
    text, gazetteer = reading.text, reading.gazetteer
    candidates: list[tuple[int, int, int, OrgMention]] = []   # (start, -length, priority, mention)

    regex, surfaces = _surface_index(gazetteer)
    for match in regex.finditer(text):
        key, how, role = surfaces[re.sub(r"\s+", "", match.group())]
        if key in _hospital_keys(gazetteer) and (_name_goes_on(gazetteer, text, match.end())
                                                 or text.endswith("มูลนิธิ", max(0, match.start() - 8), match.start())):
            continue    # "โรงพยาบาลราชวิถี 2", "…ราชวิถีเชียงใหม่": another hospital; "มูลนิธิโรงพยาบาลราชวิถี": a foundation
        if _REGION_BEFORE.search(text, max(0, match.start() - 12), match.start()) \
                and match.group() in _organization_short_forms(gazetteer, key):
            continue    # "ภูมิภาคอาเซียน", "ระดับอาเซียน", "สภาธุรกิจสหรัฐฯ-อาเซียน": a region, a level, part of another name
        if how == "name" and text.startswith(FOREIGN_COUNTRIES, match.end()):
            continue    # "สำนักพระราชวังซาอุดีอาระเบีย", "กระทรวงการต่างประเทศญี่ปุ่น": that country's body, not ours
        candidates.append((match.start(), match.start() - match.end(), 0, OrgMention(match.start(), match.end(), key, how, role)))
    candidates.extend(_truncated_names(reading, candidates))
    candidates.extend(_misspelt_ministries(reading))
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

    candidates.extend(_companies(reading))
    candidates.extend(_faculties(reading))
    candidates.extend(_numbered_offices(reading))
    candidates.extend(_place_named_offices(reading))
    candidates.extend(_provincial_offices_without_the_word(reading))
    candidates.extend(_provincial_offices_by_short_form(reading))
    candidates.extend(place_bodies.find(reading, [c[3] for c in candidates]))
    candidates.extend(named_bodies.find(reading))
    candidates.extend(community_bodies.find(reading))
    candidates.extend(security_units.find(reading))
    candidates.extend(committees.find(reading))

    reading.orgs = _without_overlaps(candidates)
    _learn_definitions(reading)
    _add_short_forms(reading)
    _add_named_units(reading)
    from . import unit_lists    # here: it reads this module's helpers
    unit_lists.add(reading)
    _attest_written_short(reading)
    for org in reading.orgs:
        reading.mention("org", org.start, org.end, reading.organization(org.key).name, org.how)
        reading.evidence(("org", org.key), org.start, org.end)


# A name cut short with ฯ (ไปยาลน้อย): "กระทรวงเกษตรฯ", "กรมอุทยานฯ", "การรถไฟฯ"; "กระทรวงฯ" alone
# points back to the ministry named last. The Thai run before ฯ, tried from its longest tail
# that starts with an agency head word.
_LETTER_BEFORE_MARK = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]")   # Thai letters and marks, not ฯ


def _before_abbreviation_marks(text: str):
    """(start, end) of each run of 2 to 40 Thai letters right before a ฯ (the last 40 of a longer run).
    Found from each ฯ backwards: a regex looking ahead for ฯ would try 40 letters at every letter."""
    mark = text.find("ฯ")
    while mark != -1:
        start = mark
        while start > mark - 40 and start > 0 and _LETTER_BEFORE_MARK.match(text, start - 1):
            start -= 1
        if mark - start >= 2:
            yield start, mark
        mark = text.find("ฯ", mark + 1)
_AGENCY_HEAD = re.compile(r"กระทรวง|กรม|สำนักงาน|องค์การ|สถาบัน|ธนาคาร|การ")


@lru_cache(maxsize=4)
def _names_by_start(gazetteer: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(name without spaces, key) of every agency of the table, for prefix look-ups."""
    return tuple((re.sub(r"\s+", "", org.name), org.key) for org in gazetteer.agencies.values())


def _truncated_names(reading: Reading, named: list[tuple[int, int, int, OrgMention]]) -> list[tuple[int, int, int, OrgMention]]:
    """Agencies written as the start of their name and ฯ: the one agency of the table whose name
    starts so, else the one of those already named in the article, else the shortest of them."""
    text, found = reading.text, []
    in_article = {c[3].key for c in named}
    for run_start, run_end in _before_abbreviation_marks(text):
        run = text[run_start:run_end]
        for head in _AGENCY_HEAD.finditer(run):
            stem, start = run[head.start():], run_start + head.start()
            if stem == "กระทรวง":
                before = [c[3] for c in named if c[3].end <= start and reading.organization(c[3].key).kind == "ministry"]
                key = before[-1].key if before else None
            elif len(stem) - len(head.group()) < 2:
                continue
            elif any(n == stem for n, _ in _names_by_start(reading.gazetteer)):
                # the whole name before ฯ (which cuts short what follows it: "กรมทรัพยากรน้ำฯ" for "… กระทรวงทรัพยากรฯ")
                key = next(k for n, k in _names_by_start(reading.gazetteer) if n == stem)
            else:
                starts = [(n, k) for n, k in _names_by_start(reading.gazetteer) if n.startswith(stem) and n != stem]
                starts = [s for s in starts if s[1] in in_article] or starts
                key = min(starts, key=lambda s: len(s[0]))[1] if starts else None
            if key:
                found.append((start, start - run_end - 1, 1, OrgMention(start, run_end + 1, key, "truncated")))
                break
    return found


# A ministry with its head word misspelt ("ประทรวงมหาดไทย", "กระทรวล…"): the name after it is the table's.
_MISSPELT_MINISTRY = re.compile(r"(?:ประทรวง|กะทรวง|กระทวง|กระทรง|กระทรวล)(?=[\u0e01-\u0e4e ])")


def _misspelt_ministries(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    regex, surfaces = _surface_index(reading.gazetteer)
    found = []
    for match in _MISSPELT_MINISTRY.finditer(reading.text):
        written = "กระทรวง" + reading.text[match.end():match.end() + 60]
        hit = regex.match(written)
        if hit and hit.end() > len("กระทรวง") + 1:
            end = match.end() + hit.end() - len("กระทรวง")
            key = surfaces[re.sub(r"\s+", "", hit.group())][0]
            found.append((match.start(), match.start() - end, 1, OrgMention(match.start(), end, key, "name")))
    return found


@lru_cache(maxsize=4)
def _faculty_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """``คณะ<X> <university>``: the university a name of the tables or "มหาวิทยาลัย<name>"."""
    names = {re.escape(name) for org in [*gazetteer.agencies.values(), *gazetteer.bodies.orgs.values()]
             if org.kind in ("university", "private_university") for name in (org.name, *org.aliases)}
    universities = "|".join(sorted(names, key=len, reverse=True))
    generic = r"(มหาวิทยาลัย[\u0e01-\u0e4e]{2,40})"
    assert _FACULTY.pattern.endswith(generic)
    return re.compile(_FACULTY.pattern.removesuffix(generic) + rf"({universities}|มหาวิทยาลัย[\u0e01-\u0e4e]{{2,40}})")


def _faculties(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Faculties, each under its university: one of the tables, else one learned by its name (a
    university no table lists is no public one: it stands outside the state, as a private university)."""
    text, gazetteer = reading.text, reading.gazetteer
    found = []
    if "คณะ" not in text:
        return found    # (the pattern opens with lookbehinds: tried at every letter)
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
def _named_faculty_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(gazetteer.faculty_universities, flexible_spaces=False)


def _faculties_without_university(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """A faculty whose own name is one university's, written alone ("คณะแพทยศาสตร์ศิริราชพยาบาล"): the node
    it is when written with its university ("… มหาวิทยาลัยมหิดล"), under it. Where the university follows,
    the longer mention of _faculties covers this one."""
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


# A department's numbered regional office: "สำนักงานเศรษฐกิจการเกษตรที่ 10", "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 1",
# "สำนักงานชลประทานที่ 3"; the words between the head and the number name the department (or are the table's
# office itself), else ontology/regional_offices.csv says whose it is.
_NUMBERED_OFFICE = re.compile(r"(?P<head>สำนักงาน|สำนัก|ศูนย์)(?P<core>[\u0e01-\u0e4e]{3,40}?)"
                              r"(?P<area>ภาค|เขต)?ที่[ \t]?(?P<number>\d{1,2})(?![\d.,:/])"
                              r"(?![ \t]*(?:[-–]|ถึง)[ \t]*\d)")     # not a range: "ที่ 1 - 12" is every one of them


@lru_cache(maxsize=1)
def _regional_office_heads() -> dict[str, str]:
    from ..gazetteer import _read_csv
    return {row["head"]: row["parent"] for row in _read_csv("regional_offices.csv")}


def _numbered_offices(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
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
        name = stem + (match.group("area") or "") + "ที่ " + match.group("number")
        kind = "office" if head.startswith("สำนัก") else "unit"     # as the award lists' reader kinds them
        key = reading.learn_organization(name, kind, parent)
        found.append((match.start(), match.start() - match.end(), 1, OrgMention(match.start(), match.end(), key, "unit")))
    return found


@lru_cache(maxsize=1)
def _place_named_office_regex() -> re.Pattern[str]:
    heads = sorted(_regional_office_heads(), key=len, reverse=True)
    return re.compile(rf"(?P<head>{'|'.join(map(re.escape, heads))})(?P<province>[ \t]?จังหวัด)?(?P<run>[\u0e01-\u0e4e]{{3,40}})")


def _place_named_offices(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
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
    return re.compile(rf"(?<![\u0e01-\u0e4e])({'|'.join(sorted(map(re.escape, stems), key=len, reverse=True))})"
                      rf"({provinces})(?![\u0e01-\u0e4e])")


def _provincial_offices_without_the_word(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
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
    return re.compile(rf"(?<![\u0e01-\u0e4e.])({forms})[ \t]?(?:(?:จังหวัด|จ\.)[ \t]?)?({provinces})"
                      r"(?=[^\u0e01-\u0e4e]|$|และ|หรือ|ร่วม|ได้|จัด|ที่|โดย|เป็น|ให้|ใน|มี|จะ)")


def _provincial_offices_by_short_form(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
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


def university_key(reading: Reading, name: str) -> str | None:
    """The key of a university by its name: one of the tables (a misspelling of one included: ราชภัฎ for
    ราชภัฏ, a letter off), else a private or foreign one learned outside the state; None where the
    words after มหาวิทยาลัย are no name."""
    gazetteer = reading.gazetteer
    spelled = name.replace("ราชภัฎ", "ราชภัฏ")
    known = gazetteer.find_by_name(spelled) or gazetteer.bodies.find_by_name(spelled) or near_table_name(gazetteer, spelled)
    if known:
        return known
    kept = _before_prose(name, ())
    if kept is None or kept != name or _generic(reading, name, 0):
        return None
    words = _words(re.match(r"[\u0e01-\u0e4e]*", name.removeprefix("มหาวิทยาลัย")).group())
    if any(w in _PROSE_WORDS or w in _AFTER_PLACE_PROSE for w in words):
        return None         # no place to protect: any word of prose ends it ("…ราชมงคลทั้ง 9 แห่ง")
    return reading.learn_organization(name, "private_university", None)


def _companies(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Companies the table lacks (TQA winners, contractors) and their business units.

    A company has no parent in government unless the text gives one, or its name extends a
    company of the table ("บริษัท ปตท. สำรวจและผลิตปิโตรเลียม จำกัด (มหาชน)" belongs to ปตท.)."""
    text, gazetteer = reading.text, reading.gazetteer
    found = []
    for match in _COMPANY.finditer(text):
        if re.search(r"ไม่[ \t]?จำกัด$", match.group().removesuffix("(มหาชน)").rstrip()):
            continue        # "… ไม่จำกัด" (unlimited) ends a clause, not a company's name
        name = re.sub(r"\s+", " ", match.group())
        key = gazetteer.find_by_name(name)
        if key is None:
            parent = _parent_after(reading, match.end()) or _parent_company(gazetteer, match.group(1))
            key = reading.learn_organization(name, "company", parent)
        found.append((match.start(), match.start() - match.end(), 2, OrgMention(match.start(), match.end(), key, "unit")))
        unit = _BUSINESS_UNIT.search(text, max(0, match.start() - 50), match.start())
        if unit:
            unit_name = re.sub(r"\s+", " ", unit.group().strip() + " " + name)
            unit_key = reading.learn_organization(unit_name, "unit", key)
            found.append((unit.start(), unit.start() - match.end(), 2, OrgMention(unit.start(), match.end(), unit_key, "unit")))
    for match in _COOPERATIVE.finditer(text):
        name = re.sub(r"\s+", " ", match.group())
        key = gazetteer.find_by_name(name) or reading.learn_organization(name, "company", None)
        found.append((match.start(), match.start() - match.end(), 2, OrgMention(match.start(), match.end(), key, "unit")))
    return found


@lru_cache(maxsize=4)
def _table_companies(gazetteer: Gazetteer) -> dict[str, str]:
    """The companies of the table by their core name ("ปตท." for บริษัท ปตท. จำกัด (มหาชน))."""
    cores = {}
    for org in gazetteer.agencies.values():
        match = _COMPANY.fullmatch(org.name)
        if match:
            cores[re.sub(r"\s+", "", match.group(1))] = org.key
    return cores


# A state company's group brand as its subsidiaries spell it: PTT's companies are "บริษัท พีทีที โกลบอล เคมิคอล
# จำกัด (มหาชน)", "บริษัท พีทีที แอลเอ็นจี จำกัด" (tests/ANNOTATION.md: a state company's subsidiaries under it).
_GROUP_BRANDS = {"พีทีที": "ปตท.", "PTT": "ปตท."}


def _parent_company(gazetteer: Gazetteer, core: str) -> str | None:
    """The table company whose name this company's name extends, or whose group brand it opens with, if any."""
    compact = re.sub(r"\s+", "", core)
    brand = next((b for b in _GROUP_BRANDS if compact.startswith(b) and len(compact) > len(b) + 1), None)
    if brand:       # also written without its space ("บริษัท พีทีทีแอลเอ็นจี จำกัด")
        return _table_companies(gazetteer).get(_GROUP_BRANDS[brand])
    words = core.split()
    if len(words) < 2:
        return None
    return _table_companies(gazetteer).get(words[0])


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


def _hyphenated_place(gazetteer: Gazetteer, name: str) -> bool:
    """The hyphen in a unit's name is a real place's own ("โรงพยาบาลสุไหงโก-ลก")."""
    joined = re.search(r"([\u0e01-\u0e4e]+)-([\u0e01-\u0e4e]+)$", name)
    return bool(joined) and any(gazetteer.places.is_place(joined.group(1)[start:] + "-" + joined.group(2))
                                for start in range(len(joined.group(1)) - 1))


def _add_named_units(reading: Reading) -> None:
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
        name = _without_trailing_prose(gazetteer, name)
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
        located = _AT_DISTRICT.match(text, end)      # "โรงพยาบาลสมเด็จพระบรมราชินีนาถ ณ อำเภอนาทวี": one of a name
        if located and name.startswith("โรงพยาบาล") and place_prefix(gazetteer, located.group(1)) == located.group(1):
            name, end = name + " ณ อำเภอ" + located.group(1), located.end()
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
        name = _without_trailing_prose(gazetteer, name)
        end = match.start(1) + len(name) - len("โรงพยาบาล")
        if text.startswith(".", end) and len(name) - len("โรงพยาบาล") <= 3:
            continue    # "รพ.ผศ.": a dotted short form of a hospital's name, not its name
        # where prose was cut off, the name ends inside the run of letters: only its start is checked
        bounded = _bounded(text, match.start(), end if name == whole else match.start(1))
        if not free(match.start(), end) or not bounded or _generic(reading, name, match.start()) \
                or _counted_kind(name, text, end):
            continue
        name = _place_named(gazetteer, name)
        if name is None:
            continue
        end = match.start(1) + len(name) - len("โรงพยาบาล")
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


# A unit named by what it is to the body rather than by its work: head office, branch, the units
# reporting directly, the central or regional part, the units concerned.
_GENERIC_UNIT = re.compile(r"(?:ศูนย์|กอง|กลุ่ม|สำนัก(?:งาน)?|หน่วย|สถาบัน|ฝ่าย)(?:ใหญ่|สาขา|ขึ้นตรง|ในสังกัด|ส่วนกลาง|ส่วนภูมิภาค"
                           r"|ภูมิภาค|ต่าง ?ๆ|ทั้งหมด|ที่เกี่ยวข้อง|เครือข่าย|ย่อย|นี้|ดังกล่าว|เหล่านี้|เลขานุการ|ราชการ|จากส่วนกลาง|เขต"
                           r"|บริการ|ร้อย|พัน)(?![\u0e01-\u0e4e])"
                           # the unit that owns a work, the unit that won: a role, the name comes after it
                           r"|หน่วย(?:งาน)?(?:เจ้าของ|ที่ได้รับ|ผู้ได้รับ|ผู้ส่ง|ผู้เสนอ|(?:ที่)?รับผิดชอบ|ดำเนินการ)"
                           # the administrative officials ("ฝ่ายปกครอง"), no unit
                           r"|ฝ่าย(?:การ)?ปกครอง(?![\u0e01-\u0e4e])"
                           # a class of institution: financial, educational, higher-education, research institutions
                           r"|สถาบัน(?:การเงิน|การศึกษา|อุดมศึกษา|วิจัย)(?![\u0e01-\u0e4e])")
def _named_with_parent(gazetteer: Gazetteer, name: str, parent: str) -> str | None:
    """The table's body a unit and its parent name together ("สำนักงานปลัดกระทรวง" + "กระทรวงศึกษาธิการ" is
    สำนักงานปลัดกระทรวงศึกษาธิการ: the words both write, once)."""
    parent = parent.replace(" ", "")
    overlap = next((size for size in range(min(len(name), len(parent)), 2, -1) if name.endswith(parent[:size])), 0)
    return gazetteer.find_by_name(name + parent) or (gazetteer.find_by_name(name + parent[overlap:]) if overlap else None)


# Words that make a unit's name a kind or a quality: of the state, in the line, every one; "of the future / of the next
# decade" (a goal: "สู่โรงพยาบาลมะเร็งแห่งทศวรรษหน้า"); a name ending in "of", "under" whose object is cut off
# ("สถาบันอุดมศึกษาสังกัด สป.อว." = higher-education institutions under the ministry).
_GENERIC_UNIT_WORDS = re.compile(r"(?:ของรัฐ|ในสังกัด|ทั่วโลก|ทั่วประเทศ|ทุกแห่ง|แห่ง(?:อนาคต|ทศวรรษ|ศตวรรษ|ยุค))"
                                 r"|(?:(?<!ท้อง)(?<!หน้า)(?<!พื้น)ที่|ในพื้นที่|ทั้ง|ต่างๆ|ต่าง ๆ|ภูมิภาค|ของ|สังกัด)$")
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


# Words that start prose, not a unit's own name, when glued after "โรงพยาบาล<X>", "สถานีตำรวจ<X>",
# "มหาวิทยาลัย<X>" …: conjunctions, prepositions, auxiliaries, and the verbs the genre writes right
# after a unit that acts ("โรงพยาบาลภาชีจึงเปิด…", "โรงพยาบาลจุฬารัตน์มารับ…", "สถานีตำรวจภูธรถลางเพื่อดำเนินคดี").
# Matched against whole words (pythainlp newmm), so "มา" inside "มหาราช" or "ใน" inside a place is safe.
_PROSE_WORDS = frozenset("""
จึง จะ นั้น นี้ ที่ ซึ่ง เพื่อ ใน กับ แก่ แต่ ก็ ด้วย จาก โดย ยัง คือ ว่า เมื่อ ขณะ ขณะนี้ ตาม ต่อ ถึง สู่
ไป มา ไว้ ได้ ให้ แล้ว อยู่ เป็น มี ต้อง อาจ ควร ไม่ เคย กว่า เพียง เกือบ ประมาณ ส่วน ทั้ง ทุก หลาย อื่น อื่นๆ ใด ใดๆ
เหล่านี้ ดังกล่าว อัน สำหรับ ระหว่าง ภายใน ภายนอก เช่น รวมทั้ง พร้อม พร้อมทั้ง อีก เพิ่มเติม เรียบร้อย
รับ ส่ง ส่งต่อ นำ เปิด ปิด พบ เกิด ดำเนินการ กำหนด ประสบ เริ่ม ขาด ขาดแคลน ช่วย ดูแล ทำ ใช้ จัด ร่วม ออก เข้า
เพิ่ม ลด เตรียม เตรียมพร้อม แจ้ง ประสาน ประกาศ ให้บริการ รักษา ฉีด ตรวจ เยี่ยม มอบ รายงาน แก้ไข ปรับปรุง
เลื่อน ยกระดับ สนับสนุน ติดตั้ง อนุมัติ เสีย เลี่ยง ปฏิบัติ ประยุกต์ใช้ นำไป เร่ง เดินหน้า ยืนยัน
เพิ่มขึ้น ลดลง เข้าร่วม เข้าไป เปลี่ยน มุ่งเน้น บางแห่ง เพียงแต่ เรา ผลิต
""".split())
# … and words that make "โรงพยาบาล<word>" a kind or a quality of hospital rather than one hospital:
# first, nearest, other, average, late, quality, economy, branch, private, state sector, psychiatric.
_GENERIC_FIRST_WORDS = frozenset("""
แรก ใกล้ ใกล้เคียง ใกล้ที่สุด เฉลี่ย ช้า คุณภาพ เศรษฐกิจ สาขา เอกชน ภาครัฐ ภาคเอกชน รัฐบาล ท้องถิ่น ต้นแบบ มาตรฐาน
ขนาด ระดับ ระดับโลก ระดับชาติ เหล่าทัพ เศรษฐกิจพอเพียง ทุติยภูมิ ตติยภูมิ ปฐมภูมิ ดีเด่น เสมือนจริง ด้าน ผู้ป่วย ครบ เจ็บป่วย หัวหน้า ฝ่าย กลุ่ม หนึ่ง สำคัญ
""".split())
_DANGLING_WORDS = frozenset("แห่ง ทั่ว บาง และ หรือ".split())
_CLAUSE_END_WORDS = frozenset("ที่ นั้น นี้ แล้ว ด้วย เรียบร้อย เพิ่มเติม ดังกล่าว เหล่านี้ ทั้งหมด".split())
# A unit whose whole name is one such word is a kind ("โรงพยาบาลจิตเวช" = psychiatric hospitals).
_GENERIC_ONLY_WORDS = frozenset("จิตเวช ทหาร ประกันสังคม ชุมชน เครือข่าย สนาม ส่งเสริมสุขภาพ".split())
_SELF_NAMED_HEADS = ("โรงพยาบาล", "สถานสงเคราะห์", "สถานคุ้มครอง", "สถานธนานุบาล", "สถานีตำรวจภูธร", "สถานีตำรวจนครบาล",
                     "สถานีตำรวจ", "มหาวิทยาลัย", "ศูนย์บริการจัดหางาน")


@lru_cache(maxsize=4)
def _unit_kinds(gazetteer: Gazetteer) -> tuple[str, ...]:
    return tuple(sorted((h for h in gazetteer.unit_heads if "จังหวัด" not in h), key=lambda h: (-len(h), h)))


@lru_cache(maxsize=4096)
def _words(run: str) -> tuple[str, ...]:
    from pythainlp.tokenize import word_tokenize   # lazily: the tokenizer's dictionary loads once
    return tuple(word_tokenize(run, engine="newmm", keep_whitespace=False))


def _before_prose(name: str, kinds: tuple[str, ...] = ()) -> str | None:
    """A self-named unit's name up to the first word of prose glued after it; None where the words
    after its head are prose or a kind from the start ("โรงพยาบาลเมื่อ…", "โรงพยาบาลใกล้ที่สุด").
    The head is the longest kind the name starts with (``kinds``: the unit-head table's,
    "สถานคุ้มครองและพัฒนาคนพิการ"), so the words of the kind itself are never read as prose."""
    head = next((h for h in sorted(kinds + _SELF_NAMED_HEADS, key=len, reverse=True) if name.startswith(h)), None)
    if head is None:
        return name
    run = re.match(r"[\u0e01-\u0e4e]*", name[len(head):]).group()
    words = _words(run) if run else ()
    if not words or words[0] in _GENERIC_FIRST_WORDS or (len(words) == 1 and words[0] in _GENERIC_ONLY_WORDS):
        return None
    if words[0] in _PROSE_WORDS and (len(words) == 1 or len(run) - len(words[0]) >= 3):
        return None     # "โรงพยาบาลเมื่อ…", "มหาวิทยาลัยเข้า…" (but "จะนะ" = จะ|นะ is a town)
    kept = 0
    for word in words:
        # an unknown place name splits into dictionary pieces ("แกลง" = แก|ลง, "จะนะ" = จะ|นะ): a prose
        # word cuts only where more prose follows it, or where it ends a clause ("…ราชวิถีนั้น")
        if word in _PROSE_WORDS and (len(run) - kept - len(word) >= 3 or word in _CLAUSE_END_WORDS):
            break
        kept += len(word)
    else:
        return name
    kept_words = _words(run[:kept])
    while kept_words and kept_words[-1] in _DANGLING_WORDS:     # "มหาวิทยาลัยป่าไม้แห่ง|นี้"
        kept -= len(kept_words[-1])
        kept_words = kept_words[:-1]
    if kept == 0 or (len(kept_words) == 1 and kept_words[0] in _GENERIC_ONLY_WORDS):
        return None
    return name[:len(head) + kept]


def _without_trailing_prose(gazetteer: Gazetteer, name: str) -> str:
    """A self-named unit's name without a word of prose of three letters or more that ends it
    ("โรงพยาบาลราชทัณฑ์ดูแล", "…ราชทัณฑ์เรา", "…อภัยภูเบศรผลิต"), unless the whole is a place's name
    split into dictionary pieces ("ภูเพียง" = ภู|เพียง)."""
    head = next((h for h in _SELF_NAMED_HEADS if name.startswith(h)), None)
    if head is None:
        return name
    run = re.match(r"[\u0e01-\u0e4e]*", name[len(head):]).group()
    words = _words(run) if run else ()
    if len(words) < 2 or words[-1] not in _PROSE_WORDS or len(words[-1]) < 3 or gazetteer.places.provinces_of(run):
        return name
    return name[:len(head) + len(run) - len(words[-1])]


_COUNTING_WORD = re.compile(r"(?:ทั้ง|ระดับ|เฟส|ละ|ใน|ผ่าน|เข็ม|ที่|มา|มี|ลำดับ|รุ่น|กลุ่ม|ภาค|เป็น|กับ|นัด|วัน|ขนาด)[ \t][1-9]$")


# Words that no name of a place-named unit goes on with: verbs and the rest of the clause written on to it
# ("โรงพยาบาลขอนแก่นเริ่ม…", "สถานีตำรวจภูธรสระแก้วดำเนินคดี", "โรงพยาบาลเพชรบูรณ์ถูกแฮก").
_AFTER_PLACE_PROSE = frozenset("""
ถูก ทราบ ดัง เริ่ม ขนาด ทุกคน เนื่องจาก ครั้ง สั้น หาก กลับ ขอ ลงพื้นที่ ดำเนินคดี ดำเนินโครงการ ปี อาคาร บูรณาการ ขยาย
เห็นชอบ แนะ ได้รับ จัด ร่วม คว้า ชนะ ผ่าน ประกาศ ส่ง หลัง ภายหลัง กำลัง ก่อน ตั้งแต่ ทั่วโลก
ยึด จับ จับกุม ตรวจค้น ตรวจยึด สืบสวน เข้าตรวจ นำตัว ควบคุมตัว ส่วนขยาย ปลด พัฒนา จังหวัด อำเภอ ตำบล
ศึกษา จน โดดเด่น เผย แจง ชี้ สู้ ยัน ติดตาม ขึ้น หาย ตั้งเป้า ทำการ หยุด ล่าช้า บริการ ยินดี วันนี้ มุ่งมั่น ปลูกถ่าย ด้าน คง รวม
เจ้าของ
""".split())


_AT_DISTRICT = re.compile(r"[ \t]?ณ[ \t]?อำเภอ[ \t]?([\u0e01-\u0e4e]{2,25})(?![\u0e01-\u0e4e])")


def _place_named(gazetteer: Gazetteer, name: str) -> str | None:
    """A police station is named after a real place (and ends with it where a clause is written on to
    it); so does a hospital named after a place. None for a station named after no place
    ("สถานีตำรวจท้องที่เกิดเหตุ", "สถานีตำรวจและหน่วยงาน")."""
    head = next((h for h in ("สถานีตำรวจภูธร", "สถานีตำรวจนครบาล", "สถานีตำรวจ", "โรงพยาบาล") if name.startswith(h)), None)
    if head is None:
        return name
    rest = name[len(head):]
    district = "อำเภอ" if rest.startswith("อำเภอ") and head.startswith("สถานีตำรวจ") else ""
    place = _naming_place(gazetteer, rest[len(district):])
    if place is None:
        return None if head.startswith("สถานีตำรวจ") else name
    after = rest[len(district) + len(place):]
    if after and (_starts_prose(_words(after)[0]) or after in ("จ", "อ")):
        return head + district + place      # ("จ", "อ": a province's or district's short form glued on, "…บ้านไร่จ.อุทัยธานี")
    return name


_LONG_PROSE_WORDS = tuple(sorted((w for w in _PROSE_WORDS | _AFTER_PLACE_PROSE if len(w) >= 3), key=len, reverse=True))


def _starts_prose(word: str) -> bool:
    """A word of prose, or a compound the tokenizer keeps whole that starts with one ("ประสบปัญหา", "รับมอบ")."""
    return word in _AFTER_PLACE_PROSE or word in _PROSE_WORDS or word.startswith(_LONG_PROSE_WORDS)


def _without_stray_number(name: str) -> str:
    """Only a hospital's own name carries a branch number; a number after another unit
    ("มหาวิทยาลัยบูรพา 8") or after a counting word ("… ทั้ง 2", "… ระดับ 1") is not part of it."""
    if re.search(r"[ \t][1-9]$", name) and (not name.startswith("โรงพยาบาล") or _COUNTING_WORD.search(name)):
        return name[:-1].rstrip()
    return name


def _cut_name(run: str) -> str:
    """A unit name glued to the words after it ends before them (past its head word)."""
    match = _NAME_END.search(run, 6)
    return run[:match.start()] if match else run


# The name of a group of hospitals, each named with its place after it ("โรงพยาบาลสมเด็จพระยุพราช (รพร.) 21 แห่ง",
# "โรงพยาบาลสมเด็จพระยุพราชสระแก้ว", "โรงพยาบาลเฉลิมพระเกียรติ 80 พรรษา" of the King's 80th birthday; but the
# district hospital "โรงพยาบาลเฉลิมพระเกียรติ" is one).
_HOSPITAL_GROUPS = re.compile(r"โรงพยาบาล(?:สมเด็จพระยุพราช|เฉลิมพระเกียรติ[ \t]?\d{2,3}[ \t]?พรรษา)")


def _generic(reading: Reading, name: str, start: int) -> bool:
    """A kind of unit rather than one unit: "11 สถานคุ้มครองคนไร้ที่พึ่ง", "สำนักงานขนส่งจังหวัด",
    "สำนักงานขนส่งทุกแห่งทั่วประเทศ" (every office in the country)."""
    if name in reading.gazetteer.unit_heads or name.endswith("จังหวัด"):
        return True
    if _HOSPITAL_GROUPS.fullmatch(name):
        return True
    if re.search(r"ทุกแห่ง|ทั่วประเทศ|ต่างๆ|ต่าง ๆ|ทุกจังหวัด", name) or _GENERIC_HOSPITAL.match(name) \
            or _GENERIC_UNIT_WORDS.search(name):
        return True
    return bool(re.search(r"\d[ \t]*$", reading.text[max(0, start - 6):start]))


def _known_hospital(reading: Reading, name: str, start: int, end: int) -> tuple[str | None, str, int]:
    """(key, name, end) of a hospital the tables know under a name read with more or less than its own: prose
    glued after it, a ฯ cutting it short (its whole name then), a look-alike letter (พระมงกุฏเกล้า), the start
    of its name only (โรงพยาบาลภูมิพล);
    (None, name, end) unchanged where none. ``start`` is where โรงพยาบาล would stand in the text."""
    gazetteer = reading.gazetteer
    whole = _hospital_before_mark(reading, name)
    if whole is not None:
        key = gazetteer.find_by_name(whole) or gazetteer.bodies.find_by_name(whole)
        return key, whole, end
    glued = _table_hospital_start(gazetteer, name)
    if glued is not None:
        return glued[0], name[:glued[1]], start + glued[1]
    from ..resolve import slip
    compact = re.sub(r"\s+", "", name)
    close = {key for table_name, key in _hospital_names(gazetteer) if len(table_name) >= 14 and slip(table_name, compact)}
    if len(close) == 1:
        return close.pop(), name, end
    # the start of one table hospital's name, no place of its own: "โรงพยาบาลภูมิพล", "โรงพยาบาลพระมงกุฎ"
    rest = compact.removeprefix("โรงพยาบาล")
    if len(rest) >= 4 and place_prefix(gazetteer, rest, minimum=3) != rest:
        longer = {key for table_name, key in _hospital_names(gazetteer) if table_name.startswith(compact) and table_name != compact}
        if len(longer) == 1:
            return longer.pop(), name, end
    return None, name, end


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


# A hospital named by what it treats or whom it serves is a department's, a university's, the army's …,
# not the provincial network's ("โรงพยาบาลจิตเวชนครพนมราชนครินทร์" is the mental health department's).
_SPECIALIST_HOSPITAL = ("จิตเวช", "ธัญญารักษ์", "มะเร็ง", "ทันตกรรม", "เด็ก", "ผู้สูงอายุ", "ตำรวจ", "ราชทัณฑ์", "ทหาร", "ค่าย",
                        "มหาวิทยาลัย", "ศูนย์การแพทย์", "สัตว์", "ตา", "โรคทรวงอก", "ประสาท", "สงฆ์", "แพทย์แผนไทย",
                        "การแพทย์แผนไทย", "จักษุ", "ผิวหนัง", "โรคผิวหนัง", "จุฬาภรณ์",
                        # the universities' and the capital's teaching hospitals
                        "สวนดอก", "ศิริราช", "รามาธิบดี", "จุฬาลงกรณ์", "ศรีนครินทร์", "สงขลานครินทร์", "ธรรมศาสตร์",
                        "วชิรพยาบาล", "มหาราชนครเชียงใหม่")
# Names of the health ministry's own hospitals that are not places: royal names, revered monks, …
_REVERED_NAME = ("สมเด็จพระ", "พระ", "พุทธ", "เฉลิมพระเกียรติ", "หลวงพ่อ", "หลวงปู่", "พระอาจารย์", "มหาราช", "เจ้าพระยา",
                 "สิรินธร", "สมเด็จ")
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


_LOCAL_GOVERNMENT_WORDS = ("องค์การบริหารส่วน", "เทศบาล", "เมืองพัทยา", "กรุงเทพมหานคร")
_FIRST_NAME_BEFORE = re.compile(r"(?:นาย(?!ช่าง|แพทย์|กอง|ก|ทหาร|สัตวแพทย์|อำเภอ|ตำรวจ|ทะเบียน|ด่าน|สถานี|งาน|ท้าย|เรือ)"
                                r"|นางสาว|นาง(?!พยาบาล)|น\.ส\.)[\u0e01-\u0e4e]{2,20}[ \t]+$")
_COLLECTIVE_BEFORE = re.compile(r"(?:สมาคม|เครือข่าย|กีฬา|ชมรม|ที่ประชุม|สภา|สหพันธ์|กลุ่ม)$")
# Private hospital groups: their brands, and a town's name with "ราม" after it (the Ramkhamhaeng group's
# "บุรีรัมย์ราม", "แม่สอดราม"; not "โพธาราม" or "ศรีสงคราม", which are towns).
_PRIVATE_BRANDS = ("กรุงเทพ", "พญาไท", "เปาโล", "สมิติเวช", "บำรุงราษฎร์", "เกษมราษฎร์", "ศิครินทร์", "วิภาวดี", "วิภาราม",
                   "ราชธานี", "พระราม", "เมดพาร์ค", "บีเอ็นเอช", "ธนบุรี", "จุฬารัตน์", "ราชพฤกษ์", "เอกชัย", "ปิยะเวท")


_HOSPITAL_KINDS = ("hospital", "private_hospital")


@lru_cache(maxsize=4)
def _hospital_names(gazetteer: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(name or alias without spaces, key) of every hospital of the tables (ontology/hospitals.csv, the armed
    forces', the police's, บ้านแพ้ว), longest first."""
    orgs = [*gazetteer.agencies.values(), *gazetteer.bodies.orgs.values()]
    pairs = {(re.sub(r"\s+", "", name), org.key) for org in orgs if org.kind in _HOSPITAL_KINDS
             for name in (org.name, *org.aliases) if name.startswith("โรงพยาบาล")}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


@lru_cache(maxsize=4)
def _hospital_keys(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(key for _, key in _hospital_names(gazetteer))


_BRANCH_NUMBER_AT = re.compile(_BRANCH_NUMBER)


def _name_goes_on(gazetteer: Gazetteer, text: str, end: int) -> bool:
    """A hospital's name written on into a longer one: a branch number or a place (four letters or more)
    right after it ("โรงพยาบาลราชวิถี 2", "โรงพยาบาลราชวิถีเชียงใหม่"), or a few more letters closed by a
    quote mark, a new name given in quotes ("ในชื่อ “โรงพยาบาลราชวิถีล้านนา”")."""
    if _BRANCH_NUMBER_AT.match(text, end):
        return True
    run = re.match(r"[\u0e01-\u0e4e]*", text[end:end + 30]).group()
    if run and len(run) <= 20 and text.startswith(("”", '"', "’"), end + len(run)):
        return True
    return bool(run) and place_prefix(gazetteer, run, minimum=4) is not None


def _table_hospital_start(gazetteer: Gazetteer, name: str) -> tuple[str, int] | None:
    """The state hospital of the tables a name read from the text starts with, and its length as written,
    where the words after it are prose glued on ("รพ.ศิริราชศึกษา…", "โรงพยาบาลพระปกเกล้าจนคลอด…"), not
    more of another hospital's name ("โรงพยาบาลราชวิถีล้านนา"). A private group's name goes on into its
    branches' ("โรงพยาบาลกรุงเทพภูเก็ต"), so only the state's are cut so."""
    compact = re.sub(r"\s+", "", name)
    for table_name, key in _hospital_names(gazetteer):
        if not compact.startswith(table_name) or len(compact) == len(table_name):
            continue
        org = gazetteer.organization(key)
        rest = re.match(r"[\u0e01-\u0e4e]*", compact[len(table_name):]).group()
        if org is None or org.kind != "hospital" or not rest or not _starts_prose(_words(rest)[0]):
            return None
        written, letters = 0, 0
        while letters < len(table_name):
            letters += not name[written].isspace()
            written += 1
        return key, written
    return None


def _hospital_before_mark(reading: Reading, name: str) -> str | None:
    """The whole name of a hospital written short with ฯ ("โรงพยาบาลธรรมศาสตร์ฯ", "รพ.มหาราชฯ"): the one
    hospital of that start the article names in full, else the one of the tables; None where there are
    none or several."""
    stem = re.sub(r"\s+", "", name[:-1])
    if not name.endswith("ฯ") or len(stem) <= len("โรงพยาบาล") + 2:
        return None
    rest = re.escape(stem.removeprefix("โรงพยาบาล"))
    written = set()
    for match in re.finditer(r"(?:โรงพยาบาล|รพ\.)[ \t]?(" + rest + r"[\u0e01-\u0e2e\u0e30-\u0e4e]+)", reading.text):
        whole = _before_prose(_cut_name("โรงพยาบาล" + match.group(1)), _unit_kinds(reading.gazetteer))
        if whole and len(whole) > len(stem):
            written.add(whole)
    if len(written) == 1:
        return written.pop()
    if written:
        return None
    tables = {key for table_name, key in _hospital_names(reading.gazetteer) if table_name.startswith(stem)}
    return reading.gazetteer.organization(tables.pop()).name if len(tables) == 1 else None


def _private_chain(gazetteer: Gazetteer, name: str) -> bool:
    rest = name.removeprefix("โรงพยาบาล").replace(" ", "")
    if rest.startswith(_PRIVATE_BRANDS):
        return True
    place = place_prefix(gazetteer, rest, minimum=3)
    return place is not None and len(place) >= 4 and rest[len(place):] == "ราม"


def _in_the_health_network(gazetteer: Gazetteer, name: str) -> bool:
    """โรงพยาบาล<place outside Bangkok>… or a revered name: a provincial or community hospital."""
    rest = name.removeprefix("โรงพยาบาล").replace(" ", "")
    if rest.startswith(_SPECIALIST_HOSPITAL):
        return False
    place = _naming_place(gazetteer, rest)
    if place and "กรุงเทพมหานคร" not in gazetteer.places.provinces_of(place):
        tail = rest[len(place):]
        second = place_prefix(gazetteer, tail, minimum=4) if tail else None
        if not tail or tail[0].isdigit() or tail.startswith(_NETWORK_NAME_TAILS) \
                or (second and "กรุงเทพมหานคร" not in gazetteer.places.provinces_of(second)):
            return True
    honoured = rest.find("เฉลิมพระเกียรติ")     # "…เฉลิมพระเกียรติ 60 พรรษา": a royal jubilee's hospital, unless a university's
    if honoured > 0 and not gazetteer.bodies.find_by_name("มหาวิทยาลัย" + rest[:honoured]):
        return True
    return rest.startswith(_REVERED_NAME)


# What the network's hospitals write after their place (a royal title, a jubilee, a second place, a branch):
# "โรงพยาบาลกะปงชัยพัฒน์", "…เฉลิมพระเกียรติ 80 พรรษา", "…นราธิวาสราชนครินทร์", "โรงพยาบาลปากน้ำชุมพร". Any other
# words make another hospital's name (a private one: "โรงพยาบาลหนองคายวัฒนา", "…สุขสวัสดิ์อินเตอร์") or prose.
_NETWORK_NAME_TAILS = ("ชัยพัฒน์", "เฉลิมพระเกียรติ", "ราชนครินทร์", "ประชานุเคราะห์", "ประชารักษ์", "สวาทยานนท์", "สาขา",
                       "นานา")


# Words after a place that make the name a kind or a trade, not a place's hospital: "โรงพยาบาลตรวจโรค…"
_NOT_AFTER_A_PLACE = ("โรค", "แพทย์", "เวช", "การแพทย์", "และ", "หรือ")


def _naming_place(gazetteer: Gazetteer, rest: str) -> str | None:
    """The place a hospital's or a station's name is built on: the whole name, or a place of four letters
    or more with more name after it that is no kind of care ("เชียงรายประชานุเคราะห์"); a short
    place-like start ("สิ|นแพทย์", "ราม|าธิบดี") is none."""
    place = place_prefix(gazetteer, rest, minimum=3)
    if place is None or place == rest:
        return place
    after = rest[len(place):]
    if len(place) < 4 or after.startswith(_NOT_AFTER_A_PLACE):
        return None
    return place


def place_prefix(gazetteer: Gazetteer, run: str, minimum: int = 2) -> str | None:
    """The longest real place (province, district or subdistrict) the run of letters starts with."""
    places = gazetteer.places
    for size in range(min(len(run), 30), minimum - 1, -1):
        if places.provinces_of(run[:size]):
            return run[:size]
    return None


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


def _fits_under(reading: Reading, unit: str, parent: str) -> bool:
    body = reading.organization(parent)
    if body.kind in _SELF_CONTAINED_KINDS and not unit.startswith(_HOSPITAL_UNIT_HEADS):
        return False
    if unit.startswith("สถานีตำรวจ") and body.name.startswith(_BELOW_A_STATION):
        return False
    for words, branch in _BRANCH_WORDS:
        if words.search(unit) and branch in reading.gazetteer.agencies and branch != parent \
                and branch not in _ancestors_of(reading, parent):
            return False
    return True


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
        for match in re.finditer(r"(?<![\u0e01-\u0e4e.])สป\.(?![\u0e01-\u0e4e])", text):
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
    if not text[start:end].endswith(".") and end < len(text) and _THAI_LETTER.match(text[end]):
        return False
    # "ศบค.มท." is the ministry's own centre, a code of its own, not ศบค. followed by มท.
    return not (text[start:end].endswith(".") and _CODE_PART.match(text, end))


def _organization_short_forms(gazetteer: Gazetteer, key: str) -> tuple[str, ...]:
    org = gazetteer.organization(key)
    return org.abbreviations if org else ()


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


def _attest_written_short(reading: Reading) -> None:
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


def learn_placed_unit(reading: Reading, name: str, start: int, end: int, kind: str = "unit") -> str | None:
    """For other readers (an award list's winners): a hospital or another body the tables lack, learned
    under the parent the text states (สังกัด / ของ, or the agency right after it), or for a hospital the
    one its kind has, as this module learns self-named units; None where no parent is known (a body the
    shapes require to sit under a parent is not learned without one)."""
    if kind == "hospital":
        return _learn_named_unit(reading, name, start, end)
    parent = _parent_after(reading, end) or _apposed_parent(reading, end, start)
    return reading.learn_organization(name, kind, parent) if parent else None
