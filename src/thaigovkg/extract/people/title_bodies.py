"""Which organisation a title names, where the finder met no mention of it right after the head: a body of the
tables written a letter off, a committee, a unit the tables lack (learned under its agency), and the full title
composed from a head and a body (``compose_title``)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import ACTING_PREFIXES, FOREIGN_COUNTRIES, HEAD_ABBREVIATIONS, HONORIFICS, OUTSIDE_KINDS, POSITION_HEADS
from ..reading import Reading, near_table_name


# A body's name ends before "and" and a second title ("ผู้อำนวยการสถาบันโรคผิวหนังและผู้อำนวยการศูนย์…"): two posts.
# (not the heads that are also words of a body's name: และพัฒนาการเกษตร, และที่ปรึกษา…, และกรรมการ…)
_AND_A_TITLE = "และ(?:" + "|".join(sorted((re.escape(h) for h in POSITION_HEADS if h not in ("พัฒนาการ", "ที่ปรึกษา", "กรรมการ")),
                                          key=lambda h: (-len(h), h))) + ")"
_AND_A_TITLE_RE = re.compile(_AND_A_TITLE)

# The bodies outside the state run by a board of their own, whose member is titled กรรมการ before the body's name
# ("กรรมการสมาคมถ่ายภาพแห่งประเทศไทย", "กรรมการมูลนิธิ…", "กรรมการหอการค้าไทย")
BOARDED_OUTSIDE_KINDS = ("company", "foundation", "association", "chamber", "cooperative")

# A unit named after the higher-education ministry's work goes on with the spaces of the ministry's name:
# "กองขับเคลื่อนและพัฒนาการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "สำนักงานสภานโยบายการอุดมศึกษา วิทยาศาสตร์ …แห่งชาติ"
_HIGHER_EDUCATION_TAIL = re.compile(r"[ \t]วิทยาศาสตร์[ \t]?วิจัย[ \t]?และนวัตกรรม(?:แห่งชาติ)?(?![\u0e01-\u0e4e])")

# what the official did next, written together with the body's name ("…แห่งชาติเปิดเผยว่า"), or who came with them
# ("ผู้อำนวยการสถาบัน…และคณะ", "…พร้อมเจ้าหน้าที่", "…เป็นผู้รับมอบ")
# (not the ได้ of รายได้, income: "สำนักงานจัดหารายได้"; not และคณะ of a name going on: "…และคณะกรรมการ…")
_GLUED_TO_BODY = re.compile(r"ดังกล่าว|กล่าว|เปิดเผย|เผย|(?<!ราย)ได้รับ|(?<!ราย)ได้|ให้สัมภาษณ์|ให้การ|เดินทาง|พร้อมด้วย|แถลง|ชี้แจง"
                            r"|และคณะ(?:ฯ)?(?![\u0e01-\u0e4e])|พร้อม(?:เจ้าหน้าที่|คณะ)|เป็นผู้(?:รับ|แทน|มอบ|นำ|บรรยาย)|ร่วมเป็นเกียรติ|นำชม")

_SECRETARY_HEADS = ("เลขาธิการ", "รองเลขาธิการ", "ผู้ช่วยเลขาธิการ")
_BOARD_HEADS = ("ประธาน", "รองประธาน", "ประธานกรรมการ", "รองประธานกรรมการ", "กรรมการ")


# A committee named for its task and written whole: what follows the name closes it (a short form or English
# name in brackets, the holder's name, a verb of the clause, the end of the line). A name running on after a space
# ("คณะกรรมการส่งเสริม สินค้าและผลิตผลการเกษตร…"), a body's own board (บริหาร, ตรวจสอบ, ฝ่าย…: whose is written
# elsewhere or not at all), a numbered vice-chair (คนที่สาม) and committees of bodies outside the state are none.
_BOARD_OF_A_BODY = re.compile(r"(?:บริหาร|ตรวจสอบ|คัดเลือก|ตัดสิน|จัดงาน|ดำเนินงาน|ดำเนินการ|สรรหา|ฝ่าย|อำนวยการ|กำกับ|จัดการ"
                              r"|กลาง|ร่วม|คนที่|และ|ด้าน)|.*(?:พรรค|บริษัท|มูลนิธิ|สมาคม|ชมรม|สโมสร|ฯ|ของ(?:กระทรวง|กรม|สำนักงาน|สภา)|ซึ่ง$|โดย$)")
# A chair who states the role (ในฐานะประธานคณะกรรมการ…) of a steering or working committee named for its task at length
# ("คณะกรรมการอำนวยการจัดงานวันสตรีไทย", "คณะกรรมการกำกับการแก้ไขหนี้สินของประชาชนรายย่อย",
# "คณะอนุกรรมการอำนวยการบริหารจัดการการให้วัคซีนป้องกันโควิด 19") chairs that committee, not a body's own board.
_STATED_ROLE = re.compile(r"ในฐานะ[ \t]*(?:เป็น)?[ \t]*$")
_NOT_A_TASK = re.compile(r"พรรค|บริษัท|มูลนิธิ|สมาคม|ชมรม|สโมสร|ฯ|ของ(?:กระทรวง|กรม|สำนักงาน|สภา)|(?:ซึ่ง|โดย)$")
_STEERING_FOR_A_TASK = re.compile(r"(?:อำนวยการ|กำกับ|ดำเนินงาน|ดำเนินการ|จัดงาน)(?=[\u0e01-\u0e4e]{8})")
# …and the body it belongs to is not written right after it, its short form between ("คณะกรรมการธุรกิจอาหาร
# แปรรูปและอาหารแห่งอนาคต (PFC) สภาหอการค้าไทย"): a committee of that body, not one at the top
_SHORT_FORM_AFTER = re.compile(r"[ \t\xa0]*\([^()\n]{1,40}\)")
_CLAUSE_AFTER_NAME = re.compile(r"[ \t]*(?:$|\n|[(,“\"]|(?:เปิดเผย|แถลง|กล่าว|เป็นประธาน|ได้|พร้อมด้วย|ร่วม(?:ประชุม|กับ|ด้วย)|และคณะ(?![\u0e01-\u0e4e])))")


# Words that want what follows them (case of, about, on, of, and, in, under): a name cannot end with one.
_OBJECT_CUT_OFF = re.compile(r"(?:กรณี|เรื่อง|ว่าด้วย|เกี่ยวกับ|ของ|และ|ใน|ตาม|สังกัด)$")


def _a_whole_committee_name(reading: Reading, compact: str, end: int, stated: bool = False) -> bool:
    task = re.sub(r"^คณะ(?:อนุ)?กรรมการ", "", compact)
    steering = stated and _STEERING_FOR_A_TASK.match(task) and not _NOT_A_TASK.search(task)
    if len(task) < 10 or (_BOARD_OF_A_BODY.match(task) and not steering) or task.endswith(FOREIGN_COUNTRIES):
        return False
    short = _SHORT_FORM_AFTER.match(reading.text, end)
    if reading.org_at(short.end() if short else end, slack=2):
        return False
    if task.endswith(("กรุงเทพมหานคร", *("จังหวัด" + name for name in reading.gazetteer.provinces))):
        return True          # a province's committee: its name ends with the province ("…ประจำจังหวัดสตูล")
    after = reading.text[end:end + 20]
    honorific = any(after.lstrip(" \t").startswith(h) for h in HONORIFICS)
    return honorific or bool(_CLAUSE_AFTER_NAME.match(after))


def _body_of_title(reading: Reading, head: str, body: str, end: int, stated: bool = False) -> str | None:
    """The organisation a title names though the finder met no mention of it: a body of the tables written
    a letter off ("โฆษกประจำสำนักนายกรัฐมตรี"); a committee's secretary-general heads its office
    ("เลขาธิการคณะกรรมการการอาชีวศึกษา" → สำนักงานคณะกรรมการการอาชีวศึกษา); the chair or a member of a
    national committee, of one with an office of its own or of one named whole for its task, sits on that
    committee (a committee stands at the top of the state where no parent is known)."""
    gazetteer = reading.gazetteer
    compact = re.sub(r"[ \t]+", "", body)
    known = gazetteer.find_by_name(compact) or gazetteer.bodies.find_by_name(compact) or near_table_name(gazetteer, compact)
    if known:
        return known
    if not compact.startswith(("คณะกรรมการ", "คณะอนุกรรมการ")):
        return None
    # a subcommittee has no office of its own (สำนักงานคณะอนุกรรมการ… is only a letter or two off the committee's)
    office = None if compact.startswith("คณะอนุ") else \
        gazetteer.find_by_name("สำนักงาน" + compact) or near_table_name(gazetteer, "สำนักงาน" + compact)
    if head in _SECRETARY_HEADS:
        return office
    if _OBJECT_CUT_OFF.search(compact):
        return None         # "คณะกรรมการสอบสวนข้อเท็จจริงกรณี|ดังกล่าว": a word that wants its object ends it, no name
    if head in _BOARD_HEADS and (office or compact.endswith("แห่งชาติ")
                                 or _a_whole_committee_name(reading, compact, end, stated)):
        return reading.learn_organization(compact, "committee", None)
    return None


# A unit the tables lack, named whole in a title and followed by the agency it belongs to: "ผู้อำนวยการ
# กองบริหารจัดการทรัพยากรและกำหนดมาตรการ กรมประมง", "ผู้อำนวยการศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 11 กรมส่งเสริมอุตสาหกรรม".
# (hospitals, schools and committees have rules of their own: organizations/, _body_of_title)
_TITLED_UNIT = re.compile(r"(?:ศูนย์|สำนักงาน|สำนัก(?!งาน)|กอง|สถาบัน|กลุ่มงาน|กลุ่ม)[\u0e01-\u0e4e]{3}")     # not a bare "สำนักงาน"


def _named_before_in_short(reading: Reading, written: str, before: int) -> str | None:
    """A body cut short with ฯ after a title ("รองผู้อำนวยการสำนักงานฯ") is the one named last before it whose name
    begins with the words written ("ผู้อำนวยการสำนักงานสลากกินแบ่งรัฐบาล … รองผู้อำนวยการสำนักงานฯ")."""
    if not written.endswith("ฯ"):
        return None
    cut = re.sub(r"[ \t]+", "", written[:-1])
    for org in sorted((o for o in reading.orgs if o.end <= before), key=lambda o: o.end, reverse=True):
        name = reading.organization(org.key).name.replace(" ", "")
        if len(cut) >= 4 and name.startswith(cut) and len(name) > len(cut) + 2:
            return org.key
    return None


# The agency a unit belongs to may be written after a wider gap or after the word that says so: "ผู้อำนวยการกอง
# บริหารจัดการวัตถุอันตราย  กรมโรงงานอุตสาหกรรม" (two spaces), "ผู้อำนวยการกองคดี ในสังกัดกรมสอบสวนคดีพิเศษ",
# "ผู้อำนวยการกองสัญญาแบ่งปันผลผลิต สังกัดกรมเชื้อเพลิงธรรมชาติ" (สังกัด: "under", the parent stated).
_PARENT_CUE = re.compile(r"(?:[ \t\xa0]*(?:ใน)?สังกัด[ \t\xa0]*|[ \t\xa0]{2,}(?=[\u0e01-\u0e4e]))?")


def _unit_named_in_title(reading: Reading, name: str, start: int, end: int, title_start: int) -> str | None:
    """The unit, learned under the table agency written right after the title (its parent, as the text
    gives it; the checks of organizations/parents.py: not a neighbour in a list, not a police or military unit under
    a civil body, a ministry's central division under its permanent secretary's office), or else under the
    one department or office the article is about (``_agency_of_article``). None where no parent is known:
    a unit with no parent would stand at the top of the state."""
    from ..organizations.named_units import _central_division_parent
    from ..organizations.parents import _apposed_parent
    from ..organizations.unit_names import _GENERIC_UNIT, _GENERIC_UNIT_WORDS

    gazetteer = reading.gazetteer
    name = re.sub(r"[ \t]+", " ", name).strip()
    if not _TITLED_UNIT.match(name) or _GENERIC_UNIT.match(name) or _GENERIC_UNIT_WORDS.search(name) \
            or name in gazetteer.unit_heads or name.endswith("จังหวัด"):
        return None
    bracket = re.compile(r"[ \t]?\([^()\n]{1,20}\)").match(reading.text, end)    # its short form: "… (ศสอ.11)"
    cue = _PARENT_CUE.match(reading.text, bracket.end() if bracket else end)
    apposed = _apposed_parent(reading, cue.end(), start) or _parent_in_brackets(reading, name, start, end)
    if apposed is None and _COMMUNITY_DEVELOPMENT_GROUP.fullmatch(name):
        office = _community_development_office(reading, end)
        return reading.learn_organization(name, "unit", office) if office else None
    parent = apposed or _department_of_numbered_office(gazetteer, name)
    if parent is None and _a_unit_of_the_article(reading, name, start, end, title_start):
        parent = _agency_of_article(reading)
        if parent and name.startswith(_GROUP_HEADS) and not _DEPARTMENT_GROUP.match(name) and _office_between(reading, parent):
            return None     # a group of the article's office or division, not of its department
    agency = gazetteer.agencies.get(parent or "")
    if agency is None or agency.kind in OUTSIDE_KINDS:
        return None
    # a numbered regional สำนักงาน / สำนัก is an office, as the organisation finder kinds it
    kind = "office" if name.startswith("สำนัก") and _department_of_numbered_office(gazetteer, name) else "unit"
    return reading.learn_organization(name, kind, _central_division_parent(gazetteer, name, parent))


# …or the short form in the brackets is the agency's, not the unit's own: "ผู้อำนวยการกองคุ้มครองผู้บริโภคด้านสัญญา (สคบ.)",
# "นักวิเคราะห์นโยบายและแผนชำนาญการ สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด (สป.มท.)". Not where the agency's name opens
# with the unit's own head word (a unit's own short form that happens to be another body's: "ศูนย์… (ศทส.)").
def _parent_in_brackets(reading: Reading, name: str, start: int, end: int) -> str | None:
    from ..organizations.parents import _fits_under

    key = _table_body_in_brackets(reading, end)
    if key is None or _body_of_short_form_after(reading, name, end) or reading.gazetteer.agencies[key].kind == "ministry":
        return None         # (a ministry's short form leaves which of its offices unsaid, and is often another's: ยธ.)
    word = re.match(r"สำนักงาน|สำนัก|ศูนย์|กลุ่มงาน|กลุ่ม|กอง|สถาบัน", name)
    agency = reading.organization(key).name.replace(" ", "")
    if word is None or agency.startswith(word.group()) and not agency.startswith("สำนักงานปลัด") \
            or not _fits_under(reading, name, key):
        return None
    return key


# A short form in brackets right after a title's body names a body of the tables: where the body is written short of
# that body's table name ("รองผู้อำนวยการสำนักงานสภานโยบายการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (สอวช.)", the table's
# name ending with แห่งชาติ) it is that body.
_SHORT_FORM_OPENS = re.compile(r"[ \t\xa0]?\(")


def _table_body_in_brackets(reading: Reading, end: int) -> str | None:
    """The body of the tables whose short form alone fills the brackets right after ``end``."""
    opening = _SHORT_FORM_OPENS.match(reading.text, end)
    if opening is None:
        return None
    org = next((o for o in reading.orgs if o.start == opening.end() and o.how == "abbr"
                and reading.text.startswith(")", o.end)), None)
    return org.key if org is not None and org.key in reading.gazetteer.agencies else None


def _body_of_short_form_after(reading: Reading, name: str, end: int) -> str | None:
    """The body of the tables a title's body is written short of, its short form in brackets after it."""
    key = _table_body_in_brackets(reading, end)
    if key is None:
        return None
    table, written = reading.organization(key).name.replace(" ", ""), re.sub(r"[ \t]+", "", name)
    return key if len(written) >= 8 and table.startswith(written) and len(written) >= 0.75 * len(table) else None


# A department's field unit is named by its kind and its place: "หัวหน้าด่านตรวจพืชลาดกระบัง" (กรมวิชาการเกษตร),
# "ผู้อำนวยการสถานีพัฒนาที่ดินน่าน" (กรมพัฒนาที่ดิน), "ผู้อำนวยการท่าอากาศยานสุวรรณภูมิ" (ทอท.). ontology/field_units.csv
# says whose each kind is, and for a kind whose units belong to several owners (airports) which places each owner's are.
@lru_cache(maxsize=1)
def _field_unit_kinds() -> tuple[tuple[str, str, frozenset[str]], ...]:
    from ...gazetteer import _read_csv, _split
    rows = _read_csv("field_units.csv")
    return tuple(sorted(((row["head"], row["parent"], frozenset(_split(row["places"]))) for row in rows),
                        key=lambda row: -len(row[0])))


# A checkpoint at a port or an airport is named by it: "ด่านตรวจพืชท่าเรือกรุงเทพ", "ด่านตรวจพืชท่าอากาศยานสุวรรณภูมิ".
_AT_A_PORT = re.compile(r"(?:ท่าเรือ|ท่าอากาศยาน)[ \t]?")


def _field_unit(reading: Reading, name: str) -> str | None:
    """The field unit a title names whole, its kind and a place (one of the places listed for the kind, or where
    none are, a real province, district or subdistrict, or a port or an airport named by one), learned under the
    department that runs such units."""
    name = re.sub(r"[ \t]+", " ", name).strip()
    for head, parent_name, places in _field_unit_kinds():
        place = name[len(head):]
        if not name.startswith(head) or not place:
            continue
        port = _AT_A_PORT.match(place) if not places and head.startswith("ด่าน") else None
        if place in places if places else reading.gazetteer.places.is_place(place[port.end() if port else 0:]):
            parent = reading.gazetteer.find_by_name(parent_name)
            kind = "office" if name.startswith("สำนัก") else "unit"     # (as a numbered regional office is kinded)
            return reading.learn_organization(name, kind, parent) if parent else None
    return None


# A provincial community development office works in groups named after its work ("กลุ่มงานส่งเสริมการพัฒนาชุมชน",
# "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน", "กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน"); their directors are named without
# the office, which the article names elsewhere ("… เจ้าหน้าที่สำนักงานพัฒนาชุมชนจังหวัดแพร่"), by the province written after
# the group ("… การพัฒนาชุมชน จังหวัดนครราชสีมา") or by its head's title ("รักษาราชการแทนพัฒนาการจังหวัดสกลนคร"). The group
# is that one office's; where no one office is named it is none the text places (never the department, its grandparent).
_COMMUNITY_DEVELOPMENT_GROUP = re.compile(r"กลุ่มงาน[\u0e01-\u0e4e]{2,40}พัฒนาชุมชน")
_PROVINCIAL_COMMUNITY_OFFICE = "สำนักงานพัฒนาชุมชนจังหวัด"
_PROVINCE_WRITTEN_AFTER = re.compile(r"[ \t]?(?:จังหวัด|จ\.)[ \t]?([\u0e01-\u0e4e]+)")
_PROVINCIAL_DEVELOPMENT_OFFICER = re.compile(r"พัฒนาการจังหวัด[ \t]?([\u0e01-\u0e4e]+)")


def _community_development_office(reading: Reading, end: int) -> str | None:
    from ..organizations.provincial_offices import learned_provincial_unit

    offices = {o.key for o in reading.orgs
               if reading.organization(o.key).name.replace(" ", "").startswith(_PROVINCIAL_COMMUNITY_OFFICE)}
    if len(offices) == 1:
        return next(iter(offices))
    if offices:
        return None
    after = _PROVINCE_WRITTEN_AFTER.match(reading.text, end)
    provinces = {_province_starting(reading, after.group(1))} - {None} if after else set()
    provinces = provinces or {_province_starting(reading, m.group(1))
                              for m in _PROVINCIAL_DEVELOPMENT_OFFICER.finditer(reading.text)} - {None}
    if len(provinces) != 1:
        return None
    return learned_provincial_unit(reading, _PROVINCIAL_COMMUNITY_OFFICE + next(iter(provinces)), end)


def _province_starting(reading: Reading, run: str) -> str | None:
    """The province a run of letters starts with ("สกลนครร่วม…" → สกลนคร), by its table name."""
    places = reading.gazetteer.places
    prefix = places.province_prefix(run)
    return places.province(prefix) if prefix else None


# A group or section (กลุ่ม, กลุ่มงาน, ฝ่าย) mostly sits in a division or an office, not straight in a department: where the
# article names an office or division of its agency the tables lack (learned under it: "ผู้อำนวยการสำนักงานกองทุนพัฒนา
# บทบาทสตรี … ผู้อำนวยการกลุ่มอำนวยการ"), the group's parent is unsaid, so it is not hung on the department.
_GROUP_HEADS = ("กลุ่ม", "ฝ่าย")
# … but every department has its own internal audit, administrative development and ethics groups
_DEPARTMENT_GROUP = re.compile(r"กลุ่ม(?:งาน)?(?:ตรวจสอบภายใน|พัฒนาระบบบริหาร|คุ้มครองจริยธรรม)")
_OFFICE_HEADS = ("สำนัก", "กอง", "ศูนย์", "สถาบัน")


def _office_between(reading: Reading, agency: str) -> bool:
    return any(org.parent == agency and org.name.startswith(_OFFICE_HEADS) for org in reading.extraction.organizations.values())


# A unit named in a title with no agency beside it is the article's own agency's where the article is about one
# department or office ("นายสมชาย ใจดี ผู้อำนวยการกองวิจัยและพัฒนาประมงทะเล" among the officials of กรมประมง). Not
# an institute, a school or a hospital (bodies of their own, often outside the department), not a second title
# the person holds beside another ("… ในฐานะผู้อำนวยการศูนย์…", "รองปลัดกระทรวงยุติธรรม หัวหน้าศูนย์…": a centre
# of the ministry's or the cabinet's),
# not a unit abroad, nor a name cut short ("กองพิธีการศพที่", "ศูนย์ความร่วมมือด้านภาษาจีนฯ", "กองกฎหมาย 2" of a
# numbered list, a name going on after a space: "กองอุตสาหกรรมอ้อย น้ำตาลทราย และอุตสาหกรรมต่อเนื่อง").
_ARTICLE_UNIT = re.compile(r"(?!ศูนย์(?:อำนวยการ|บริหารสถานการณ์|ปฏิบัติการ(?!ต่อต้านการทุจริต)))"   # a command centre set up
                           r"(?:กอง|สำนัก|สำนักงาน|ศูนย์|กลุ่มงาน|กลุ่ม)[\u0e01-\u0e4e]{3,}(?:(?:ที่|ภาคที่|เขต|ภาค)[ \t]?[0-9]{1,2})?")   # for a crisis
_UNIT_HEAD = re.compile(r"(?:รอง|ผู้ช่วย)?[ \t]?(?:ผู้อำนวยการ|หัวหน้า|ผอ\.)[ \t]?")
_NAME_RUNS_ON = re.compile(r"[ \t]+(?!" + "|".join(map(re.escape, sorted(HONORIFICS, key=len, reverse=True)))
                           + r")[\u0e01-\u0e4e]+[ \t]*และ")      # "กองอุตสาหกรรมอ้อย น้ำตาลทราย และอุตสาหกรรมต่อเนื่อง"
_SECOND_TITLE_BEFORE = re.compile(r"(?:ในฐานะ|และ|รวมทั้ง|ตลอดจน|ปฏิบัติหน้าที่|เป็น)[ \t]*$")
_ABROAD_AFTER = re.compile(r"[^\n]{0,40}?(?:ประเทศ(?!ไทย|ชาติ)|" + "|".join(sorted(map(re.escape, FOREIGN_COUNTRIES), key=len, reverse=True)) + ")")
# A permanent secretary or a deputy of one: the ministry's own office (with its own divisions) takes part
_PERMANENT_SECRETARY = re.compile(r"ปลัดกระทรวง|ปลัด[ \t]?ก\.|(?:รอง|ผู้ช่วย)ปลัด(?!จังหวัด|อำเภอ)")
# The bodies an article may name beside its own agency without being about them: its ministry, the cabinet and
# other committees, the provinces and districts where things happen, the village groups and community enterprises
# it visits (kind "outside").
_CONTEXT_KINDS = frozenset({"ministry", "committee", "province", "district", "outside"})


def _a_unit_of_the_article(reading: Reading, name: str, start: int, end: int, title_start: int) -> bool:
    text = reading.text
    head = re.sub(r"^(?:" + "|".join(ACTING_PREFIXES) + r")[ \t]?", "", text[title_start:start].strip())
    return bool(_ARTICLE_UNIT.fullmatch(name)) and bool(_UNIT_HEAD.fullmatch(head)) and not name.endswith(("ที่", "ฯ")) \
        and not _SECOND_TITLE_BEFORE.search(text, max(0, title_start - 16), title_start) \
        and not any(o.end <= title_start and not text[o.end:title_start].strip() for o in reading.orgs) \
        and not _ABROAD_AFTER.match(text, end) and not _NAME_RUNS_ON.match(text, end) \
        and not name.endswith(tuple(reading.gazetteer.provinces))


def _agency_of_article(reading: Reading) -> str | None:
    """The one department or office (of the tables) the article names, where it names no other body below a
    ministry (a learned unit stands for the body above it, a provincial office for itself: the officials of a
    province come from many bodies) and names no ministry but its own, nor, for a department, its ministry's
    permanent secretary or deputies; written by its name at least once: whose units its officials head."""
    owners, ministries = set(), set()
    for mention in reading.orgs:
        org = reading.organization(mention.key)
        if org.kind == "ministry":
            ministries.add(org.key)
        provincial = org.key.startswith("x-") and org.name.endswith(tuple(reading.gazetteer.provinces))
        while not provincial and org.key.startswith("x-") and org.kind in ("unit", "office") and org.parent:
            org = reading.extraction.organizations.get(org.parent) or reading.gazetteer.organization(org.parent) or org
            if org.key == mention.key:
                break
        if org.kind not in _CONTEXT_KINDS:
            owners.add(org.key)
    if len(owners) != 1:
        return None
    owner = reading.gazetteer.agencies.get(next(iter(owners)))
    if owner is None or owner.kind not in ("department", "office"):
        return None
    if ministries and not ministries & set(reading.gazetteer.ancestors(owner.key)):
        return None     # the article is about another ministry's work: the one office it names is a guest's
    if owner.kind == "department" and _PERMANENT_SECRETARY.search(reading.text):
        return None     # the permanent secretary's office is there too, unnamed: whose the unit is is unsaid
    if not any(m.key == owner.key and m.how != "abbr" for m in reading.orgs):
        return None     # a short form alone may be another word ("ศก." for เศรษฐกิจ, not กรมศุลกากร)
    return owner.key


# A department's numbered regional office is named after it: "สำนักงานชลประทานที่ 14" (กรมชลประทาน),
# "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 11" (กรมส่งเสริมอุตสาหกรรม), "สำนักงานเจ้าท่าภูมิภาคที่ 2", "สำนักงานพัฒนาที่ดินเขต 1",
# "ศูนย์ป้องกันและบรรเทาสาธารณภัย เขต 6" (the number set apart), or ontology/regional_offices.csv says whose it is.
_NUMBERED_OFFICE = re.compile(r"(?P<head>สำนักงาน|สำนัก|ศูนย์)(?P<core>[\u0e01-\u0e4e]{3,40}?)[ \t]?(?:ภูมิภาค|ภาค|เขต)?(?:ที่)?[ \t]?[0-9]{1,2}")
# A basic-education service area office, named by its level and its province (and its number where the province
# has several): "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาสกลนคร เขต 2", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาบุรีรัมย์"
_AREA_OFFICE = re.compile(r"สำนักงานเขตพื้นที่การศึกษา(?:ประถมศึกษา|มัธยมศึกษา)(?P<province>[\u0e01-\u0e4e]{3,30}?)"
                          r"(?:[ \t]?เขต[ \t]?[0-9]{1,2})?")
_AREA_OFFICES_PARENT = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"


def _department_of_numbered_office(gazetteer, name: str) -> str | None:
    """The department a numbered regional office is named after (กรม<core>, กรมการ<core>) or the regional-office
    table gives, from the tables; a basic-education area office's is the basic education commission's office."""
    from ..organizations.provincial_offices import _regional_office_heads

    area = _AREA_OFFICE.fullmatch(name)
    if area and area.group("province") in gazetteer.provinces:
        return gazetteer.find_by_name(_AREA_OFFICES_PARENT)
    match = _NUMBERED_OFFICE.fullmatch(name)
    if match is None:
        return None
    core = match.group("core")
    listed = _regional_office_heads().get(match.group("head") + core)
    return next((key for department in (listed, "กรม" + core, "กรมการ" + core, "กรม" + core.removeprefix("การ"))
                 if department and (key := gazetteer.find_by_name(department))), None)


def compose_title(reading: Reading, head: str, org_key: str) -> str | None:
    """A full title from a head and an organisation: overlapping words written once.

    ``ปลัด`` + กระทรวงมหาดไทย → ปลัดกระทรวงมหาดไทย; ``รัฐมนตรีว่าการกระทรวง`` +
    กระทรวงแรงงาน → รัฐมนตรีว่าการกระทรวงแรงงาน; ``อธิบดี`` + กรมการจัดหางาน →
    อธิบดีกรมการจัดหางาน.
    """
    head = HEAD_ABBREVIATIONS.get(head, head)
    org = reading.organization(org_key)
    name = org.name
    if head == "รัฐมนตรี":     # รมต. before a body: its minister ("รมต.วธ.", "รมต.สำนักนายกรัฐมนตรี")
        head = "รัฐมนตรีว่าการ" if name.startswith("กระทรวง") else "รัฐมนตรีประจำ"
    if head.endswith("รัฐมนตรีว่าการกระทรวง") and not name.startswith("กระทรวง"):
        return None     # "เลขานุการรัฐมนตรี" before a body that is no ministry names no minister's staff
    if head == "กรรมการ" and org.kind not in ("committee", "state_enterprise", *BOARDED_OUTSIDE_KINDS):
        return None     # (a state enterprise's board member: "กรรมการธนาคารออมสิน"; a company's: "กรรมการบริษัท …")
    if head.endswith("ผู้ว่า") and not name.startswith("การ"):
        return None     # "ผู้ว่า" is a head only where the agency's การ… completes ผู้ว่าการ
    if head in ("ปลัด", "รองปลัด", "ผู้ช่วยปลัด") and name.startswith("กระทรวง"):
        head += "กระทรวง"
    for size in range(min(len(head), len(name)), 0, -1):
        if head.endswith(name[:size]) and size >= 3 and name[:size] != "การ":   # ผู้ว่าการ + การไฟฟ้า…: both written
            return head + name[size:]
    return head + name
