"""Units named in lists, placed where the text gives their parent (issue 15).

Three shapes, each reading the parent from the text, never from a neighbour in the list:

* a department that confers on or receives for its units, then lists them
  (``กรมอนามัย มอบรางวัล … แก่หน่วยงานในสังกัด ได้แก่ กองแผนงาน และกองคลัง``,
  ``กรมส่งเสริมการเกษตร ได้รับรางวัล … ดังนี้ 1. กองการเจ้าหน้าที่ 2. กองคลัง``,
  ``… หน่วยงานในสังกัดกรมอนามัย ได้แก่ …``, ``กรม X แบ่งส่วนราชการเป็น 6 กอง ได้แก่ …``);
* a coordinated list with its parent written once, after the last unit
  (``กองวิศวกรรมการแพทย์ และกองแบบแผน กรมสนับสนุนบริการสุขภาพ``);
* a department's restructuring (``ร่างกฎกระทรวงแบ่งส่วนราชการ<กรม X>``, a cabinet decision): every unit its
  section lists on a line of its own or quotes (``(2) กองกฎหมาย``, ``เปลี่ยนชื่อ เป็น “กองกฎหมาย”``) is X's;
* a sub-district health-promoting hospital (``โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก``, ``รพ.สต.บ้านโคก``),
  of the health ministry's network as the other place-named hospitals (unit_heads.csv), unless the
  text places it under another body (สังกัด / ของ).
"""
from __future__ import annotations

import re

from ..reading import OrgMention, Reading
from .named_units import _FIRST_NAME_BEFORE, _central_division_parent, _qualified
from .parents import _parent_after, _rank
from .table_names import _names_by_start
from .unit_names import (
    _GENERIC_FIRST_WORDS, _GENERIC_UNIT, _GENERIC_UNIT_WORDS, _PROSE_WORDS, _cut_name, _starts_prose, _words, counted_before,
    place_prefix)

# Heads of a department's units (not funds, armed forces or commands: กองทุน, กองทัพ, กองบัญชาการ …; not a monks'
# residence or a meditation centre: สำนักสงฆ์, สำนักปฏิบัติธรรม).
_UNIT_HEAD = (r"(?:กอง(?!ทุน|ทัพ|บัญชาการ|กำลัง|พล|พัน|ร้อย|เรือ|บิน|งาน|ปราบ|ประกวด|ละ|หนุน|ถ่าน|เชียร์|อำนวยการรักษา)"
              r"|ศูนย์(?!การค้า|ประชุม|ฯ)|สำนักงาน|สำนัก(?!สงฆ์|ปฏิบัติธรรม)|กลุ่มงาน|ฝ่าย(?!ปกครอง|ค้าน|รัฐ)|สถาบัน)")
_UNIT_HEAD_AT = re.compile(_UNIT_HEAD)
# Words that open a list: namely, consisting of, as follows, that is.
_LIST_CUE = re.compile(r"(?:ได้แก่|ประกอบด้วย|ดังนี้|คือ)")
# The department owns what it lists: its units (หน่วยงาน/ส่วนราชการในสังกัด), its structure (แบ่ง…เป็น N กอง),
# or what it received or conferred (ได้รับ, คว้า, มอบ … แก่).
_OWNED = re.compile(r"(?:หน่วยงาน|ส่วนราชการ)(?:ใน|ภายใน)?สังกัด|แบ่ง(?:ส่วนราชการ|โครงสร้าง)|เป็น[ \t]?\d{1,2}[ \t]?(?:กอง|สำนัก|ศูนย์)")
_RECEIVED = re.compile(r"ได้รับ|คว้า|รับมอบ|มอบ")
_OWNER_KINDS = ("department", "office", "other", "independent", "ministry", "state_enterprise")
# Between items: a space, a comma, and / or, a line break, a number or bullet.
_ITEM_GAP = re.compile(r"[ \t]*[,:]?[ \t]*(?:\r?\n[ \t]*)?(?:และ|หรือ)?[ \t]*(?:[-•][ \t]*|\(?\d{1,2}[.)][ \t]*)?(?:และ|หรือ)?[ \t]*")
# What ends a unit's name on its own line of a list: a bracket, a figure, or what it won and from whom.
_LINE_ITEM_END = re.compile(r"[ \t]*(?:\(|\d|ได้รับ|จาก|ระดับ|รางวัล|จำนวน|สาขา|ประเภท|โดย|ซึ่ง|เป็น|ที่ได้|ผลงาน|เรื่อง)")
_THAI_RUN = re.compile(r"[\u0e01-\u0e4e]+")


def add(reading: Reading) -> None:
    """Learn the units of lists and the sub-district hospitals, each where its position is free."""
    found: list[OrgMention] = []
    found += _department_lists(reading, found)
    found += _restructured_units(reading, found)
    found += _department_sections(reading, found)
    found += _units_after_their_body(reading, found)
    reading.orgs = sorted(reading.orgs + found, key=lambda o: o.start)
    _coordinated(reading)
    reading.orgs = sorted(reading.orgs + _health_stations(reading), key=lambda o: o.start)


def _free(reading: Reading, start: int, end: int, extra: list[OrgMention] = ()) -> bool:
    return not any(o.start < end and start < o.end for o in [*reading.orgs, *extra])


def _unit_name(reading: Reading, start: int, own_line: bool) -> str | None:
    """The unit's name at ``start``: on a line of its own, the line up to what follows the name (a name may
    hold a space: "กองส่งเสริมโครงการพระราชดำริ การเกษตรที่สูงและกิจกรรมพิเศษ"); in a running list, its run of
    letters, cut before prose glued on."""
    text = reading.text
    if own_line:
        line_end = text.find("\n", start)
        line = text[start:line_end if line_end != -1 else len(text)]
        stop = _LINE_ITEM_END.search(line, 3)
        line = line[:stop.start()] if stop else line
        pieces = line.split()
        if not pieces or len(pieces) > 3 or any(not _THAI_RUN.fullmatch(p) for p in pieces):
            return None
        name = " ".join(pieces)
        return name if _cut_name(name) == name else None
    run = _THAI_RUN.match(text, start)
    return _cut_name(run.group()) if run else None


def _acceptable(reading: Reading, name: str) -> bool:
    head = _UNIT_HEAD_AT.match(name)
    if head is None or len(name.replace(" ", "")) - head.end() < 3:
        return False
    if _GENERIC_UNIT.match(name) or _GENERIC_UNIT_WORDS.search(name) or name.endswith(("จังหวัด", "และ", "หรือ")):
        return False
    if re.search(r"ฯ|ตามที่|ประกาศ|กำหนด", name) or _words(name.replace(" ", ""))[-1] in ("เขต", "ภาค"):
        return False    # a name cut short, a clause run on, a kind of regional office
    compact = name.replace(" ", "")
    if any(table.startswith(compact) and table != compact for table, _ in _names_by_start(reading.gazetteer)):
        return False    # the start of a body of the tables, its name wrapped ("สำนักงานคณะกรรมการส่งเสริม" / "การลงทุน")
    return not (name.startswith(("สำนักงาน", "ศูนย์")) and "จังหวัด" in name)     # a provincial office: its own finder


def _owner(reading: Reading, cue: re.Match[str]) -> str | None:
    """The department whose units the list names: the body written right after หน่วยงานในสังกัด, else the
    table's department of the cue's line with nothing but its own words between (no other body): what it
    owns (its units, its structure) or what it received or conferred."""
    text, gazetteer = reading.text, reading.gazetteer
    line_start = text.rfind("\n", 0, cue.start()) + 1
    before = [o for o in reading.orgs if line_start <= o.start and o.end <= cue.start()]
    owned = list(_OWNED.finditer(text, line_start, cue.start()))
    if owned and owned[-1].group().endswith("สังกัด"):
        after = reading.org_at(owned[-1].end(), slack=1, same_line=True)
        if after is not None:
            return after.key if after.key in gazetteer.agencies else None
    if not before:
        return None
    owner = before[-1]
    agency = gazetteer.agencies.get(owner.key)
    if agency is None or agency.kind not in _OWNER_KINDS or owner.role == "member":
        return None
    between = text[owner.end:cue.start()]
    if len(between) > 200:
        return None
    if any(m.start() >= owner.end for m in owned):
        return owner.key
    if _RECEIVED.search(between) and before[0] is owner:
        return owner.key    # the line's only body, the subject of the receipt or the giving
    return None


def _department_lists(reading: Reading, found: list[OrgMention]) -> list[OrgMention]:
    text, gazetteer = reading.text, reading.gazetteer
    learned: list[OrgMention] = []
    for cue in _LIST_CUE.finditer(text):
        gap = _ITEM_GAP.match(text, cue.end())
        if not _UNIT_HEAD_AT.match(text, gap.end()):
            continue
        owner = _owner(reading, cue)
        if owner is None:
            continue
        position = cue.end()
        while True:
            gap = _ITEM_GAP.match(text, position)
            start = gap.end()
            if not _UNIT_HEAD_AT.match(text, start) or reading.org_at(start, slack=0) is not None:
                break       # the list ends, or an item the other finders read (its own parent, a table body)
            own_line = "\n" in gap.group() or bool(re.search(r"\d[.)]|[-•]", gap.group()))
            own_line = own_line and (text.rfind("\n", 0, start) > text.rfind("\n", 0, cue.start()) or text.find("\n", cue.end()) == -1
                                     or not text[cue.end():text.find("\n", cue.end())].strip())
            name = _unit_name(reading, start, own_line)
            if name is None or not _acceptable(reading, name):
                break
            end = start + len(name)
            if not _free(reading, start, end, learned):
                break
            parent = _central_division_parent(gazetteer, name, owner)
            if parent is None:
                break       # a wing of a ministry, no unit of it
            key = gazetteer.find_by_name(name) or reading.learn_organization(_qualified(reading, name, owner), "unit", parent)
            learned.append(OrgMention(start, end, key, "unit"))
            if own_line:    # the rest of its line says what it won
                line_end = text.find("\n", end)
                position = line_end if line_end != -1 else len(text)
                continue
            position = end
            if _THAI_RUN.match(text, end):      # prose glued on ends the list ("…และกองคลังได้รับ…")
                break
    return learned


# A unit of a coordinated list, right before the next one: "กองวิศวกรรมการแพทย์ และ", "ศูนย์ A, ".
_BEFORE_COORDINATED = re.compile(r"(?:^|(?<=[\s,]))(" + _UNIT_HEAD + r"[\u0e01-\u0e4e]{3,60})[ \t]*(?:,[ \t]*(?:และ|หรือ)?|และ|หรือ)[ \t]*$")


def _coordinated(reading: Reading) -> None:
    """``กองA และกองB กรมC``: the parent written once, after the last unit of the list, is every unit's. Only
    units of one rank (a division beside a division) make such a list."""
    text, gazetteer = reading.text, reading.gazetteer
    added: list[OrgMention] = []
    for unit in list(reading.orgs):
        body = reading.extraction.organizations.get(unit.key)
        if body is None or body.kind != "unit" or not body.parent:
            continue
        after = reading.org_at(unit.end, slack=1, same_line=True)
        if after is None or body.parent not in (after.key, _central_division_parent(gazetteer, "กอง", after.key)):
            continue        # its parent is not written right after it
        rank = _rank(text[unit.start:unit.end])
        current = unit
        while rank is not None:
            match = _BEFORE_COORDINATED.search(text, max(0, current.start - 120), current.start)
            if match is None:
                break
            name = match.group(1)
            start, end = match.start(1), match.end(1)
            if _cut_name(name) != name or not _acceptable(reading, name) or _rank(name) != rank \
                    or not _free(reading, start, end, added) \
                    or _FIRST_NAME_BEFORE.search(text, max(0, start - 30), start):
                break
            key = gazetteer.find_by_name(name) or reading.learn_organization(
                _qualified(reading, name, after.key), "unit", body.parent)
            current = OrgMention(start, end, key, "unit")
            added.append(current)
    reading.orgs = sorted(reading.orgs + added, key=lambda o: o.start)


# "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโคก", "รพ.สต.บ้านโคก", "รพ.สต. หนองสีดา".
_HEALTH_STATION = re.compile(r"(?:โรงพยาบาลส่งเสริมสุขภาพตำบล|รพ\.[ \t]?สต\.)[ \t]?([\u0e01-\u0e4e]{2,40})")
_STATION_HEAD = "โรงพยาบาลส่งเสริมสุขภาพตำบล"
_OTHER_KINDS = ("โรงเรียน", "โรงพยาบาล", "ชุมชน", "สำนักงาน", "ศูนย์", "หน่วย", "สถาน")


def _health_stations(reading: Reading) -> list[OrgMention]:
    """Sub-district health-promoting hospitals named by their village or sub-district (บ้าน<X> or a real
    place); a kind ("รพ.สต.ทุกแห่ง", "รพ.สต.ที่ถ่ายโอน") is none."""
    text, gazetteer = reading.text, reading.gazetteer
    found: list[OrgMention] = []
    for match in _HEALTH_STATION.finditer(text):
        run = match.group(1)
        words = _words(run)
        if not words or words[0] in _PROSE_WORDS or words[0] in _GENERIC_FIRST_WORDS \
                or run.startswith(_OTHER_KINDS):
            continue        # (another kind of a list of kinds: "ตั้งแต่โรงพยาบาลส่งเสริมสุขภาพตำบล โรงเรียน ชุมชน")
        if not (run.startswith("บ้าน") or place_prefix(gazetteer, run, minimum=3)):
            continue
        kept = 0
        for index, word in enumerate(words):
            if index and _starts_prose(word) and not (word == "บ้าน" and index == 0):
                break
            kept += len(word)
        own = run[:kept]
        if re.search(r"และ|หรือ", own):
            continue        # "รพ.สต.และสถานที่ของทางราชการ": a list of kinds
        if len(own) < 2 or (own.startswith("บ้าน") and len(own) < 5):
            continue
        end = match.start(1) + len(own)
        if not _free(reading, match.start(), end, found) \
                or re.search(r"ทุก|ทั่ว|ต่าง ?ๆ|ที่$", own) or counted_before(text, match.start()):
            continue
        parent = _parent_after(reading, end) or gazetteer.unit_heads.get("โรงพยาบาล")
        if parent is None:
            continue
        name = _STATION_HEAD + own
        key = gazetteer.find_by_name(name) or reading.learn_organization(name, "hospital", parent)
        found.append(OrgMention(match.start(), end, key, "unit" if text.startswith("โรง", match.start()) else "abbr"))
        if not text.startswith("โรง", match.start()):
            reading.extraction.attested.add((key, "รพ.สต." + own))
    return found


# A restructuring names the department whose units it divides: "ร่างกฎกระทรวงแบ่งส่วนราชการสำนักงานเศรษฐกิจการคลัง".
_RESTRUCTURING = re.compile(r"แบ่งส่วนราชการ(?:ใน|ของ)?[ \t]?")
# The next item of a cabinet summary ("5. เรื่อง …") ends the section.
_NEXT_SECTION = re.compile(r"^[ \t]*(?:\d{1,2}\.[ \t]*)?เรื่อง", re.M)
_LINE_ITEM = re.compile(r"^[ \t]*(?:\(\d{1,2}(?:\.\d{1,2})?\)|\d{1,2}[.)]|[-•])?[ \t]*(?=" + _UNIT_HEAD + ")", re.M)
_QUOTED_UNIT = re.compile(r"[“\"](" + _UNIT_HEAD + r"[^”\"\n]{3,80})[”\"]")
# A table cell's status, not the rest of a wrapped name: unchanged, abolished, set up, renamed …
_STATUS_WORDS = ("คงเดิม", "ยุบ", "จัดตั้ง", "เปลี่ยน", "ปรับ", "โอน", "หมายเหตุ", "เพิ่ม", "ยกเลิก")


def _restructured_units(reading: Reading, found: list[OrgMention]) -> list[OrgMention]:
    text, gazetteer = reading.text, reading.gazetteer
    learned: list[OrgMention] = []
    for cue in _RESTRUCTURING.finditer(text):
        owner_key = _restructured_body(reading, cue.end())
        agency = gazetteer.agencies.get(owner_key) if owner_key else None
        if agency is None or agency.kind not in ("department", "office", "other"):
            continue
        line_end = text.find("\n", cue.end())
        line_end = line_end + 1 if line_end != -1 else len(text)
        next_section = _NEXT_SECTION.search(text, line_end)
        scope_end = next_section.start() if next_section else len(text)
        for other in _RESTRUCTURING.finditer(text, line_end, scope_end):
            other_line = text.rfind("\n", 0, other.start()) + 1
            if _NUMBERED_LINE.match(text, other_line) and _restructured_body(reading, other.end()) != owner_key:
                scope_end = other_line      # the next numbered item restructures another body ("2. ร่างกฎกระทรวง…")
                break
        items = [(m.end(), True) for m in _LINE_ITEM.finditer(text, cue.end(), scope_end)]
        items += [(m.start(1), False) for m in _QUOTED_UNIT.finditer(text, cue.end(), scope_end)]
        for start, on_its_line in sorted(items):
            if on_its_line:
                name = _wrapped_line_name(text, start)
            else:
                pieces = text[start:text.find("”", start) if "”" in text[start:] else start].split()
                name = " ".join(pieces) if 0 < len(pieces) <= 3 and all(_THAI_RUN.fullmatch(p) for p in pieces) else None
                name = name if name and _cut_name(name) == name else None
            if name is None or not _acceptable(reading, name):
                continue
            end = start + len(name.split()[0])
            if not _free(reading, start, end, learned) or reading.org_at(start, slack=0) is not None:
                continue
            parent = _section_body(reading, cue.end(), start) or owner_key
            key = gazetteer.find_by_name(name) or reading.learn_organization(name, "unit", parent)
            learned.append(OrgMention(start, end, key, "unit"))
    return learned


# A line of a restructuring's table that names a body alone: "3. กรมวิทยาศาสตร์บริการ (ใน วท.)", "สำนักงานการวิจัยแห่งชาติ".
_BODY_LINE = re.compile(r"^[ \t]*(?:\d{1,2}\.[ \t]*)?([\u0e01-\u0e4e][\u0e01-\u0e4e ]{3,80}?)[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*$", re.M)


def _section_body(reading: Reading, scope_start: int, start: int) -> str | None:
    """The body whose units a cabinet summary's table lists at ``start``: the last line above it (within the section)
    that names one department or office of the tables alone. A summary that restructures several bodies lists each
    body's units under its name ("3. กรมวิทยาศาสตร์บริการ (ใน วท.)" / "(3) สำนักบริหารและรับรองห้องปฏิบัติการ"),
    all after the first draft's cue."""
    gazetteer = reading.gazetteer
    found = None
    for line in _BODY_LINE.finditer(reading.text, scope_start, start):
        key = gazetteer.find_by_name(line.group(1).strip())
        agency = gazetteer.agencies.get(key) if key else None
        if agency is not None and agency.kind in ("department", "office", "other"):
            found = key
    return found


_PS_OFFICE = "สำนักงานปลัดกระทรวง"
_NUMBERED_LINE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\.?[ \t]")


def _restructured_body(reading: Reading, position: int) -> str | None:
    """The body a restructuring divides, written at ``position``; "สำนักงานปลัดกระทรวง กระทรวงX" is X's
    permanent secretary's office."""
    text = reading.text
    if text.startswith(_PS_OFFICE, position):
        ministry = reading.org_at(position + len(_PS_OFFICE), slack=1, same_line=True)
        if ministry is not None and ministry.key in reading.gazetteer.agencies:
            return reading.gazetteer.permanent_secretary_office(ministry.key)
    owner = reading.org_at(position, slack=1, same_line=True)
    return owner.key if owner else None


def _wrapped_line_name(text: str, start: int) -> str | None:
    """A unit's name alone on its line of a table, with the rest of it on the next line where the cell wrapped
    ("กองส่งเสริมการมีส่วนร่วมของ" / "ประชาชน"); None where more than a name is on the line."""
    line_end = text.find("\n", start)
    line = text[start:line_end if line_end != -1 else len(text)].rstrip()
    pieces = line.split()
    if not pieces or len(pieces) > 3 or any(not _THAI_RUN.fullmatch(p) for p in pieces):
        return None
    name = " ".join(pieces)
    if line_end != -1:
        following = text[line_end + 1:text.find("\n", line_end + 1) if "\n" in text[line_end + 1:] else len(text)].strip()
        if _THAI_RUN.fullmatch(following) and len(following) <= 25 and not following.startswith(_STATUS_WORDS) \
                and not _UNIT_HEAD_AT.match(following):
            name += following
    return name if _cut_name(name) == name else None


# A line that ends with its list's cue: the items follow on the lines below ("… ดังนี้", "… ได้แก่ :").
_CUE_AT_LINE_END = re.compile(r"(?:ได้แก่|ประกอบด้วย|ดังนี้|ดังต่อไปนี้)[ \t]*:?[ \t]*$", re.M)
_SECTION_LINES = 40


def _department_sections(reading: Reading, found: list[OrgMention]) -> list[OrgMention]:
    """The lines below a department's receipt or list of its units ("กรม X ได้รับรางวัล … ดังนี้"), award
    headings between them ("รางวัลบริการภาครัฐ ระดับดี จำนวน 2 รางวัล"): each line that is a unit's name is X's.
    The section ends at a line naming another body of the tables, a paragraph of prose, or a blank line
    after the first item."""
    text, gazetteer = reading.text, reading.gazetteer
    learned: list[OrgMention] = []
    for cue in _CUE_AT_LINE_END.finditer(text):
        owner = _owner(reading, cue)
        if owner is None:
            continue
        position = cue.end() + 1
        for _ in range(_SECTION_LINES):
            if position >= len(text):
                break
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            line = text[position:line_end]
            item = _LINE_ITEM.match(text, position, line_end)
            if not line.strip():
                if learned and any(o.start >= cue.end() for o in learned):
                    break
            elif item and _UNIT_HEAD_AT.match(text, item.end()):
                start = item.end()
                taken = reading.org_at(start, slack=0)
                if taken is None:
                    name = _unit_name(reading, start, True)
                    parent = _central_division_parent(gazetteer, name, owner) if name else None
                    if parent and _acceptable(reading, name) and _free(reading, start, start + len(name), learned):
                        key = gazetteer.find_by_name(name) or reading.learn_organization(
                            _qualified(reading, name, owner), "unit", parent)
                        learned.append(OrgMention(start, start + len(name), key, "unit"))
                elif taken.key in gazetteer.agencies:
                    break       # a body of the tables heads the line: another body's part of the list
            elif len(line) > 120 or any(o.key in gazetteer.agencies and position <= o.start < line_end for o in reading.orgs):
                break           # prose, or a line about another body
            position = line_end + 1
    return learned


# What may follow a unit written after its body in a contact line or a bracket: a phone, the line's end,
# the bracket's close ("ติดต่อกรมการกงสุล (กองคุ้มครองและดูแลผลประโยชน์คนไทยในต่างประเทศ)", "… กองนโยบายภาษี โทร. 0 2273").
_CONTACT_AFTER = re.compile(r"[ \t]*(?:โทร|หมายเลข|สายด่วน|เบอร์|$)", re.M)


def _units_after_their_body(reading: Reading, found: list[OrgMention]) -> list[OrgMention]:
    """A unit written right after the body of the tables it belongs to, where only a contact or the end of the
    line follows it (a contact line, a signature) or it stands in brackets after the body: that body's unit."""
    text, gazetteer = reading.text, reading.gazetteer
    learned: list[OrgMention] = []
    for body in list(reading.orgs):
        agency = gazetteer.agencies.get(body.key)
        if agency is None or agency.kind not in _OWNER_KINDS or body.role == "member":
            continue
        gap = _BODY_UNIT_GAP.match(text, body.end)
        if gap is None:
            continue        # glued on: a title's qualifier ("รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง"), not a unit
        start = gap.end()
        if not _UNIT_HEAD_AT.match(text, start) or reading.org_at(start, slack=0) is not None:
            continue
        run = _THAI_RUN.match(text, start).group()
        name = _cut_name(run)
        end = start + len(name)
        if name != run or not _acceptable(reading, name) or not _free(reading, start, end, learned):
            continue
        bracket = gap.group(1) or gap.group(2)
        closed = bracket and text.startswith(")", end)
        if not closed and (bracket or not _CONTACT_AFTER.match(text, end)):
            continue
        if _LIST_GAP_BEFORE.search(text, max(0, body.start - 3), body.start):
            continue        # the body is an item of a list ("… กรมอนามัย กองสาธารณสุขฉุกเฉิน"), not the unit's head
        parent = _central_division_parent(gazetteer, name, body.key)
        if parent is None:
            continue
        key = gazetteer.find_by_name(name) or reading.learn_organization(_qualified(reading, name, body.key), "unit", parent)
        learned.append(OrgMention(start, end, key, "unit"))
    return learned


_BODY_UNIT_GAP = re.compile(r"[ \t]+(\()?[ \t]?|[ \t]?(\()[ \t]?")
_LIST_GAP_BEFORE = re.compile(r"(?:,|และ|หรือ)[ \t]?$")
