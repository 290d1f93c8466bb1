"""The positions step: a title head before an organisation the finder met (``อธิบดี`` + ``กรมการจัดหางาน``), a
committee member's title, a head before a body the tables lack, a title complete in itself (``รองนายกรัฐมนตรี``),
then the special title finders (``titles``); last, the words written on to a title (a staff prefix, a qualifier)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import (ACTING_PREFIXES, FOREIGN_COUNTRIES, HEAD_ABBREVIATIONS, POSITION_HEADS, STANDALONE_POSITIONS,
                          literal_regex, opening)
from ..reading import PositionMention, Reading
from .common import _before_former
from .committee_posts import committee_posts
from .outside_bodies import representatives_of_international_bodies
from .short_named_bodies import posts_of_short_named_bodies
from .title_bodies import (BOARDED_OUTSIDE_KINDS, _AND_A_TITLE, _GLUED_TO_BODY, _HIGHER_EDUCATION_TAIL, _STATED_ROLE,
                           _body_of_short_form_after, _body_of_title, _field_unit, _named_before_in_short,
                           _unit_named_in_title, compose_title)
from .titles import (_district_officers, _graded_officers, _heads_sharing_a_body, _members_of_parliament,
                     _ministerial_posts_in_short, _mission_group_heads, _monastic_posts, _national_artists,
                     _national_board_chairs, _parliamentary_committee_officers, _police_posts_in_short, _position,
                     _posts_of_chapters, _posts_of_field_advisers, _posts_of_foreign_envoys, _posts_of_judges,
                     _posts_of_places, _posts_of_thai_envoys, _provincial_office_heads, _village_heads,
                     _local_council_posts, _army_area_commanders, _inspectors_of_the_article)


@lru_cache(maxsize=1)
def _head_regex() -> re.Pattern[str]:
    heads = sorted({*POSITION_HEADS, *HEAD_ABBREVIATIONS}, key=lambda h: (-len(h), h))   # longest first, fixed order
    acting = "|".join(ACTING_PREFIXES)
    # a board member who is also the manager: "กรรมการและผู้จัดการทั่วไป <agency>"
    # (the body may stand two spaces on, as a space and a no-break space are typed: "รักษาการผู้อำนวยการใหญ่  บริษัท อสมท.")
    first = opening([*ACTING_PREFIXES, *heads, "กรรมการและ"])
    # the heads as a trie, which tries the longest first as the list does, but skips a branch on one letter
    trie = literal_regex(heads, flexible_spaces=False).pattern
    return re.compile(rf"{first}(?P<acting>(?:{acting})[ \t]?)?(?P<head>(?:กรรมการและ)?(?:{trie}))[ \t]{{0,2}}$")


# A head glued to the name of a body the reference table lacks: a centre, bureau, division,
# institute, hospital, school, committee ("ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"); the name ends
# before "and" and a second title (_AND_A_TITLE).
# The heads of a body's own executive board ("ประธานคณะกรรมการบริหาร บริษัท …"): a post in the body after them
_EXECUTIVE_BOARD = "กรรมการบริหาร"
_UNKNOWN_BODY = (r"(?:ศูนย์|สำนัก|กอง(?!ทุน|ทัพ)|สถาบัน|โรงพยาบาล|โรงเรียน|คณะกรรมการ|คณะอนุกรรมการ|กลุ่ม|กองทุน"
                 r"|(?:เรือนจำ|ทัณฑสถาน)(?!ทุก|ต่าง|ทั่ว|ใน|และ)"      # a prison: "ผู้บัญชาการเรือนจำกลางบางขวาง"
                 # an airport, a checkpoint, a national park or a wildlife sanctuary, a station ("ผู้อำนวยการท่าอากาศยาน
                 # สุวรรณภูมิ", "หัวหน้าด่านกักกันสัตว์เชียงราย", "หัวหน้าอุทยานแห่งชาติเขาใหญ่", "หัวหน้าสถานีพัฒนาที่ดินน่าน")
                 r"|ท่าอากาศยาน(?!ไทย)|ด่าน(?!ต่าง|ทุก|ชายแดน|ใน|และ)|อุทยานแห่งชาติ|เขตรักษาพันธุ์สัตว์ป่า"
                 r"|สถานี(?!ตำรวจ|ต่าง|ทุก|ใน|และ)"
                 # a department's field unit named by its province ("ผู้อำนวยการแขวงทางหลวงพะเยา", "ผู้อำนวยการโครงการ
                 # ชลประทานน่าน", ontology/field_units.csv)
                 r"|แขวงทางหลวง|โครงการ(?:ชลประทาน|ส่งน้ำและบำรุงรักษา)(?!ทุก|ต่าง|ใน|และ)"
                 r"|คณะ(?!กรรมการ|อนุกรรมการ|ทำงาน|ผู้|รัฐมนตรี|นี้|ดังกล่าว|ต่าง)(?=[\u0e01-\u0e4e]{4}))"     # a faculty, its dean's only (below)
                 rf"(?:(?!{_AND_A_TITLE})[\u0e01-\u0e4e]){{3,60}}")


# A director in short before a unit, a centre or an institute the tables lack: "ผอ.ศูนย์ศึกษาการพัฒนาอ่าวคุ้งกระเบน…",
# "รอง ผอ.กองขับเคลื่อนและพัฒนาการอุดมศึกษา" (the title written in full)
_DIRECTOR_SHORT = frozenset({"ผอ.", "รอง ผอ."})

# A group of an office or a division, a กลุ่มงาน headed by its director or head ("ผู้อำนวยการกลุ่มงานสารสนเทศการพัฒนา
# ชุมชน", "หัวหน้ากลุ่มงานควบคุมโรคติดต่อ"), a กลุ่ม by its director ("ผู้อำนวยการกลุ่มส่งเสริมไม้ผล"); not a community's or
# an occupation's group of people, nor the head of any group ("หัวหน้ากลุ่มทรัมเป็ตของวง…", a section of an orchestra).
_GROUP_HEADS = ("ผู้อำนวยการ", "หัวหน้า")
_STATE_GROUP = re.compile(r"กลุ่มงาน|กลุ่ม(?!วิสาหกิจ|แม่บ้าน|เกษตรกร|อาชีพ|ออมทรัพย์|ผู้|ประชา|จังหวัด|ชาติพันธุ์|เครือข่าย|บริษัท"
                          r"|ธุรกิจ|เปราะบาง|เป้าหมาย|ทอ|สตรี|เยาวชน|ชาว|อสม|คน|ประเทศ|พรรค|ภารกิจ|ปตท|ทุน|สหกรณ์|ผลิต|ออม|อนุรักษ์"
                          r"|ท่องเที่ยว|ศิลปิน|นักเรียน|นักศึกษา|ปลูก|เลี้ยง|แปลงใหญ่|ข้าว|ผ้า|จักสาน|หัตถกรรม|ชุมชน|บ้าน|หมู่บ้าน|ลูกค้า)")
_FACULTY = re.compile(r"คณะ(?!กรรมการ|อนุกรรมการ)")
# A public fund is headed by its manager ("ผู้จัดการกองทุนพัฒนาสื่อปลอดภัยและสร้างสรรค์", "รองผู้จัดการกองทุนเงินให้กู้ยืม
# เพื่อการศึกษา"); a chair or a member of a fund names a village's or a group's fund as often (ประธานกองทุนหมู่บ้าน…)
_FUND_HEADS = ("ผู้จัดการ", "รองผู้จัดการ", "ผู้ช่วยผู้จัดการ")
# …with the number of a numbered office after it ("ศูนย์ถ่ายทอดเทคโนโลยีการสหกรณ์ที่ 19",
# "สำนักงานบังคับคดีแพ่งกรุงเทพมหานคร 4", after a space with its word for region: "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน
# เขต 1", "ศูนย์ส่งเสริมอุตสาหกรรม ภาคที่ 6"): the number names which one
_COUNTED = r"(?:สถาบัน|แห่ง|คน|ราย|หน่วย|ฉบับ|ครั้ง|ปี|เดือน|วัน|ล้าน|พัน|หมื่น|แสน|บาท|ชั่วโมง|กิโลเมตร|เมตร|%)"
_UNKNOWN_BODY_RE = re.compile(   # (?=[…]): the first letters of its words, scanned for first (1.6 times faster)
    rf"(?=[กคดทศสอเแโ]){_UNKNOWN_BODY}(?:(?![\u0e01-\u0e4e])|(?={_AND_A_TITLE}))(?:[ \t]?[0-9]{{1,3}}(?![0-9.,/])(?![ \t]?{_COUNTED})"   # not "… 3 สถาบัน"
    rf"|[ \t](?:เขต|ภาค|ภูมิภาค)(?:ที่)?[ \t]?[0-9]{{1,2}}(?![0-9.,/]))?")

# The heads of a body's board, written with the board before the body's name: "ประธานคณะกรรมการธนาคารออมสิน",
# "เลขาธิการคณะกรรมการกองทุนบำเหน็จบำนาญข้าราชการ" (the fund's chief executive), "รองเลขาธิการคณะกรรมการ ป.ป.ท." (the
# committee's office in short): the title as written, a post in the body.
_HEAD_OF_BOARD = re.compile(rf"(?:(?<![\u0e01-\u0e4e])|(?<=และ|ดีต))(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)?"
                            r"(?P<head>(?:รอง|ผู้ช่วย)?(?:ประธาน|เลขาธิการ)|กรรมการ)คณะกรรมการ[ \t]?$")


# In the cabinet's appointment lists the ministry is the heading of the item and each post
# names only the office: "รองปลัดกระทรวง สำนักงานปลัดกระทรวง" under "(กระทรวงเกษตรและสหกรณ์)".
_OWN_OFFICE = "สำนักงานปลัดกระทรวง"
_MINISTRY_HEADS = ("หัวหน้าผู้ตรวจราชการกระทรวง", "ผู้ตรวจราชการกระทรวง", "ผู้ช่วยปลัดกระทรวง", "รองปลัดกระทรวง",
                   "ปลัดกระทรวง")
_HEADING_REACH = 3000       # characters back to the ministry an item's heading names

# A title followed by a foreign country is a foreign office ("นายกรัฐมนตรีอินเดีย",
# "รัฐมนตรีว่าการกระทรวงพาณิชย์และอุตสาหกรรมของอินเดีย", "นายกรัฐมนตรีราชอาณาจักรเนเธอร์แลนด์", "นายกรัฐมนตรี สปป. ลาว",
# "นายกรัฐมนตรี ของสหราชอาณาจักร"), and so is one joined to a minister's title that names the country
# ("รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหมกัมพูชา", "รองนายกรัฐมนตรีและ รมต.การต่างประเทศของลาว").
_COUNTRIES = r"สปป\.[ \t]?ลาว|" + "|".join(re.escape(c) for c in sorted(FOREIGN_COUNTRIES, key=lambda c: (-len(c), c)))
_FOREIGN_AFTER_TITLE = re.compile(
    r"(?:[\u0e01-\u0e4e]{0,24}?(?:ของ|แห่ง)|[ \t](?:ของ|แห่ง))?[ \t]?(?:(?:ราชอาณาจักร|สาธารณรัฐ|สหพันธรัฐ|สหพันธ์สาธารณรัฐ"
    r"|สหรัฐ|เครือรัฐ|ประเทศ)(?!ไทย|ชาติ)|" + _COUNTRIES + ")"
    # (the minister's title read up to its first space: "…กระทรวงการต่างประเทศ" is no country)
    r"|[ \t]?และ[ \t]?(?:รัฐมนตรี|รมต\.|รมว\.)[\u0e01-\u0e4e.]{0,50}?(?:ของ|แห่ง)?[ \t]?"
    r"(?:(?:ราชอาณาจักร|สาธารณรัฐ|สหพันธรัฐ|สหรัฐ|เครือรัฐ)(?!ไทย)|" + _COUNTRIES + ")")


@lru_cache(maxsize=1)
def _standalone_regex() -> re.Pattern[str]:
    acting = "|".join(ACTING_PREFIXES)
    titles = literal_regex(STANDALONE_POSITIONS, flexible_spaces=False).pattern     # a trie: the longest title first
    first = "".join(sorted({re.escape(w[0]) for w in (*ACTING_PREFIXES, *STANDALONE_POSITIONS)}))
    return re.compile(rf"(?=[{first}])(?P<acting>(?:{acting})[ \t]?)?(?P<title>{titles})")   # (?=…): 2× faster scan


# The chief and the clerk of a local government, written before its name ("นายก อบต.บ้านกลาง",
# "รองนายกองค์การบริหารส่วนจังหวัดเชียงใหม่", "ปลัดเทศบาลนครนนทบุรี" is found with ปลัด's other posts)
_LOCAL_HEAD = re.compile(rf"(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)?(?P<head>(?:รอง)?นายก)[ \t]?$")

# In the cabinet's appointment lists the grade of a post stands between its head and the agency: "รองอธิบดี
# (นักบริหารระดับต้น) กรมการขนส่งทางบก", "ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวงสูง) สำนักงานปลัดกระทรวง…": the title is
# the head and the agency, the grade no part of it.
_GRADE_BEFORE_BODY = re.compile(r"[ \t]*\((?:นัก|ผู้|เศรษฐกร|วิศวกร|แพทย์|นิติกร|อำนวยการ|บริหาร)[^()\n]{1,50}\)[ \t]*$")


# …or between the head with the bare word of the unit and the unit's name: "ผู้อำนวยการกอง [ผู้อำนวยการเฉพาะด้าน (นิติการ)
# ระดับสูง] กองกฎหมายสวัสดิการสังคม", "ผู้อำนวยการศูนย์ [ผู้อำนวยการเฉพาะด้าน (แพทย์) สูง] ศูนย์อนามัยที่ 4",
# "ผู้อำนวยการกอง (ผู้อำนวยการสูง) กองส่งเสริม…" (the grade in round brackets): the head and the name.
_GRADED_UNIT_HEAD = re.compile(r"(?=[รผ])(?<![\u0e01-\u0e4e])(?P<head>(?:รอง|ผู้ช่วย)?ผู้อำนวยการ)(?P<word>กอง|ศูนย์|สำนัก(?!งาน))"
                               r"[ \t]*(?:\[[^\[\]\n]{2,80}\]|\((?:ผู้อำนวยการ|นักบริหาร)[^()\n]{0,60}\))[ \t]*")


def _glued_to_a_word(text: str, start: int) -> bool:
    """A head written on to the word before it ("อนุกรรมการ", "เป็นกรรมการ"), not on to "and"."""
    return start > 0 and "\u0e01" <= text[start - 1] <= "\u0e4e" and not text.endswith("และ", 0, start)


def find(reading: Reading) -> None:
    """Every title the article writes, with the organisation it names: ``reading.positions``."""
    text, found = reading.text, []
    for org in reading.orgs:
        if org.role == "member":
            before = text[max(0, org.start - 16):org.start].rstrip()
            acting = next((p for p in ACTING_PREFIXES if before.endswith(p)), "")
            title = reading.text[org.start:org.end].replace(" ", "")
            start = text.rfind(acting, max(0, org.start - 16), org.start) if acting else org.start
            found.append(_position(start, org.end, _member_title(reading, org.key, title), org.key, acting))
            continue
        head = _head_regex().search(text, max(0, org.start - 40), org.start)
        if not head and org.how == "local":     # a local government's chief: "นายก อบต.บ้านกลาง"
            head = _LOCAL_HEAD.search(text, max(0, org.start - 30), org.start)
        key = org.key
        if head and head.group("head") == "กรรมการ" and (text.endswith("คณะ", 0, head.start("head")) or (
                reading.organization(key).kind in BOARDED_OUTSIDE_KINDS and (
                    _glued_to_a_word(text, head.start("head")) or "\u0e01" <= text[org.end:org.end + 1] <= "\u0e4e"))):
            head = None         # "คณะกรรมการธนาคารออมสิน": the board itself, no member's title ("อนุกรรมการสมาคม…" neither,
            # nor one before a body's name the finder cut short: "กรรมการมูลนิธิอาสา|เพื่อนพึ่ง…")
        if not head and (board := _HEAD_OF_BOARD.search(text, max(0, org.start - 40), org.start)) \
                and not reading.organization(key).name.startswith("คณะ"):
            name = reading.organization(key).name.removeprefix("สำนักงานคณะกรรมการ")     # "…เลขาธิการคณะกรรมการ ป.ป.ท."
            found.append(_position(board.start("head"), org.end, board.group("head") + "คณะกรรมการ" + name, key,
                                   board.group("acting")))
            continue
        if not head and (grade := _GRADE_BEFORE_BODY.search(text, max(0, org.start - 60), org.start)):
            head = _head_regex().search(text, max(0, grade.start() - 40), grade.start())
            if head and head.group("head") in _MINISTRY_HEADS and reading.organization(key).name.startswith(_OWN_OFFICE):
                key = reading.organization(key).parent or key     # "ผู้ตรวจราชการกระทรวง (…) สำนักงานปลัดกระทรวงแรงงาน"
        if not head:
            found.extend(_officer_post(reading, org))
            continue
        if head.group("head") in _MINISTRY_HEADS and reading.organization(key).name.startswith(_OWN_OFFICE):
            key = reading.organization(key).parent or key     # "ปลัดกระทรวง สำนักงานปลัดกระทรวงทรัพยากรธรรมชาติ…"
        title = compose_title(reading, head.group("head"), key)
        if title:
            found.append(_position(head.start(), org.end, title, key, head.group("acting")))
    taken = [(p.start, p.end) for p in found] + [(o.start, o.end) for o in reading.orgs]
    for post in posts_of_short_named_bodies(reading, [(p.start, p.end) for p in found]):
        found.append(post)      # (over a body's mention the title only begins: "…สลากกินแบ่งรัฐบาล")
        taken.append((post.start, post.end))
    for post in representatives_of_international_bodies(reading, [(p.start, p.end) for p in found]):
        found.append(post)
        taken.append((post.start, post.end))

    def inside_short_titles(start: int, end: int) -> set[tuple[int, int]]:
        """A short form written inside a standalone title in short ("ตร." of "ผบ.ตร."): no body of its own there."""
        return {(o.start, o.end) for o in reading.orgs if o.how == "abbr" and start <= o.start and o.end <= end
                and "." in text[start:o.start]} - {(p.start, p.end) for p in found}
    for body in _UNKNOWN_BODY_RE.finditer(text):      # the body first: heads are searched only before one
        head = _head_regex().search(text, max(0, body.start() - 40), body.start())
        if not head or head.end() != body.start() or head.group("head") in HEAD_ABBREVIATIONS.keys() - _DIRECTOR_SHORT \
                or head.group("head").endswith(_EXECUTIVE_BOARD):
            continue        # (an executive board's chair is only read before a body the finder met)
        start = head.start("head")
        if any(s < body.end() and start < e for s, e in taken):
            continue
        if body.group().startswith("กองทุน") and head.group("head") not in _FUND_HEADS:
            continue
        if _FACULTY.match(body.group()) and not head.group("head").endswith("คณบดี"):
            continue        # "คณบดีคณะวิทยาศาสตร์และเทคโนโลยี": a faculty written without its university
        if body.group().startswith("กลุ่ม") and not (
                head.group("head").endswith("ผู้อำนวยการ" if not body.group().startswith("กลุ่มงาน") else _GROUP_HEADS)
                and _STATE_GROUP.match(body.group())):
            continue        # "ประธานกลุ่มวิสาหกิจชุมชน…", "หัวหน้ากลุ่มเกษตรกร…": a group of people, no unit of a body
        if body.group() == "สำนักงาน" and (short := _office_in_short(reading, body.end())):
            title = compose_title(reading, head.group("head"), short[0])
            found.append(_position(head.start(), short[1], title, short[0], head.group("acting")))
            taken.append((head.start(), short[1]))
            continue
        if body.group() == "สำนักงาน" and (graded := _office_after_grade(reading, body.end())):
            office, office_end = graded
            if isinstance(office, str):     # an office of the tables: its name makes the title
                title = compose_title(reading, head.group("head"), office)
                found.append(_position(head.start(), office_end, title, office, head.group("acting")))
                taken.append((head.start(), office_end))
                continue
            body = office                   # an office the tables lack: read on as if written right after the head
        elif body.group() == "สำนักงาน" and re.match(r"[ \t]?[A-Za-z]", text[body.end():body.end() + 2]):
            continue        # the bare word, the office named in Latin letters ("หัวหน้าสำนักงาน UNFPA"): no whole title
        if body.group() == _OWN_OFFICE and head.group("head") in _MINISTRY_HEADS:
            ministry = _ministry_of_heading(reading, start)
            if ministry:
                title = compose_title(reading, head.group("head"), ministry)
                found.append(_position(head.start(), body.end(), title, ministry, head.group("acting")))
            taken.append((head.start(), body.end()))       # no ministry named: the title is not whole
            continue
        glued = _GLUED_TO_BODY.search(text, body.start() + 6, body.end())
        end = glued.start() if glued else body.end()
        if text[body.start():end].endswith("อุดมศึกษา") and (tail := _HIGHER_EDUCATION_TAIL.match(text, end)):
            end = tail.end()
        if (spaced := _spaced_table_names(reading.gazetteer).match(text, body.start())) and spaced.end() > end:
            end = spaced.end()      # a name of the tables written with its spaces, which the run read up to the first
        stated = bool(_STATED_ROLE.search(text, max(0, head.start() - 12), head.start()))
        org = _body_of_title(reading, head.group("head"), text[body.start():end], end, stated) \
            or _body_of_short_form_after(reading, text[body.start():end], end) \
            or _unit_named_in_title(reading, text[body.start():end], body.start(), end, head.start()) \
            or _named_before_in_short(reading, text[body.start():end], head.start()) \
            or _field_unit(reading, text[body.start():end])
        title = HEAD_ABBREVIATIONS.get(head.group("head"), text[start:head.end()]) + text[body.start():end]
        if org:
            reading.evidence(("org", org), body.start(), end)
            if reading.organization(org).name.replace(" ", "") != re.sub(r"[ \t]+", "", text[body.start():end]) \
                    and not text.startswith("คณะกรรมการ", body.start()):
                title = compose_title(reading, head.group("head"), org) or title     # a misspelt body: its table name
        found.append(_position(head.start(), end, title, org, head.group("acting")))
        taken.append((head.start(), end))
    for match in _GRADED_UNIT_HEAD.finditer(text):      # "ผู้อำนวยการกอง [ผู้อำนวยการเฉพาะด้าน (นิติการ) สูง] กอง…"
        body = _UNKNOWN_BODY_RE.match(text, match.end())
        if body is None or not body.group().startswith(match.group("word")) \
                or any(p.start < body.end() and match.start() < p.end for p in found):
            continue
        name = text[body.start():body.end()]
        met = next((o for o in reading.orgs if o.start == body.start()), None)       # the unit, as the finder met it
        org = met.key if met else _body_of_title(reading, match.group("head"), name, body.end()) \
            or _unit_named_in_title(reading, name, body.start(), body.end(), match.start())
        found.append(_position(match.start(), body.end(), match.group("head") + name, org, None))
        taken.append((match.start(), body.end()))
    for match in _standalone_regex().finditer(text):
        start, end = match.span("title")
        overlapping = [(s, e) for s, e in taken if s < end and start < e]
        if overlapping and set(overlapping) - inside_short_titles(start, end):
            continue
        title = STANDALONE_POSITIONS[match.group("title")]
        if title.startswith(("ผู้บัญชาการทหาร", "รองผู้บัญชาการทหาร", "ผู้ช่วยผู้บัญชาการทหาร", "เสนาธิการทหาร")) \
                and _COMMAND_AFTER.match(text, end):
            continue
        org = _standalone_body(reading, title)
        found.append(_position(match.start(), end, title, org, match.group("acting")))
    found += _posts_of_places(reading, taken + [(p.start, p.end) for p in found])
    found += _village_heads(reading, taken + [(p.start, p.end) for p in found])
    found += _local_council_posts(reading, [(p.start, p.end) for p in found])      # (over the council's body)
    found += _army_area_commanders(reading, taken + [(p.start, p.end) for p in found])
    found += _inspectors_of_the_article(reading, taken + [(p.start, p.end) for p in found])
    found += _graded_officers(reading, taken + [(p.start, p.end) for p in found])
    found += _ministerial_posts_in_short(reading, taken + [(p.start, p.end) for p in found])
    found += _provincial_office_heads(reading, taken + [(p.start, p.end) for p in found])
    found += _posts_of_chapters(reading, taken + [(p.start, p.end) for p in found])
    found += _posts_of_judges(reading, taken + [(p.start, p.end) for p in found])
    found += _police_posts_in_short(reading, taken + [(p.start, p.end) for p in found])
    found += _parliamentary_committee_officers(reading, [(p.start, p.end) for p in found])   # (over the chamber's mention)
    found += _members_of_parliament(reading, [(p.start, p.end) for p in found])     # (over the chamber's mention)
    found += _posts_of_thai_envoys(reading, [(p.start, p.end) for p in found])       # (over the city's mention)
    found += _national_artists(reading, [(p.start, p.end) for p in found])
    found += _posts_of_field_advisers(reading, found)
    found += _heads_sharing_a_body(reading, found)
    found += _mission_group_heads(reading, found)
    found += _monastic_posts(reading, [(p.start, p.end) for p in found])
    found += _national_board_chairs(reading, [(p.start, p.end) for p in found])
    found = committee_posts(reading, found, taken)
    found += _district_officers(reading, taken + [(p.start, p.end) for p in found])
    found += _posts_of_foreign_envoys(reading, [(p.start, p.end) for p in found])
    found = [p for p in found if not _FOREIGN_AFTER_TITLE.match(text, p.end)]
    found = [_with_staff_prefix(text, _with_qualifier(text, p)) for p in found]
    found = [_as_former(text, _prime_ministers_staff(reading, p)) for p in found]
    found += _deputies_before_acting(text, found)
    reading.positions = sorted(found, key=lambda p: p.start)
    for position in reading.positions:
        reading.mention("position", position.start, position.end, position.title, position.org or "")


# In the cabinet's appointment lists the grade of a post stands between its head and the office it heads:
# "ผู้อำนวยการสำนักงาน [ผู้อำนวยการเฉพาะด้าน (แพทย์) ระดับสูง] สำนักงานป้องกันควบคุมโรคที่ 10", "รองผู้อำนวยการ
# สำนักงาน (นักบริหาร ระดับต้น) สำนักงานนโยบายและแผนพลังงาน", or the word is written once more without it
# ("รองผู้อำนวยการสำนักงาน สำนักงานนโยบายและแผนพลังงาน"): the title is the head and that office.
_GRADE_BEFORE_OFFICE = re.compile(r"[ \t]*(?:\[[^\[\]\n]{1,60}\][ \t]*|\([^()\n]{1,40}\)[ \t]*)?(?=สำนักงาน[\u0e01-\u0e4e])")


# The word สำนักงาน ending a title, then the office's short form: "ผู้อำนวยการสำนักงาน ป.ย.ป.", "โฆษกประจำสำนักงาน ปปง."
# (the office's head, titled by its full name); not a numbered regional office of it ("สำนักงาน ปปส. ภาค 4").
_REGIONAL_AFTER = re.compile(r"[ \t]*(?:ภาค|เขต|ที่|สาขา|ประจำ|จังหวัด|[0-9])")


_SHORT_FORM = re.compile(r"[ \t](?P<short>[\u0e01-\u0e2e][\u0e01-\u0e2e.]{1,9}\.)(?![\u0e01-\u0e4e])")


def _office_in_short(reading: Reading, end: int) -> tuple[str, int] | None:
    """(the office's key, where its short form ends) after the bare word สำนักงาน ending at ``end``."""
    short = _SHORT_FORM.match(reading.text, end)
    keys = reading.gazetteer.abbreviations.get(short.group("short"), ()) if short else ()
    if len(keys) != 1 or _REGIONAL_AFTER.match(reading.text, short.end()) \
            or not reading.gazetteer.organization(keys[0]).name.startswith("สำนักงาน"):
        return None
    return keys[0], short.end()


@lru_cache(maxsize=4)
def _spaced_table_names(gazetteer) -> re.Pattern[str]:
    """The names of the tables that are written with spaces ("คณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการ
    โทรคมนาคมแห่งชาติ", the office's name without its สำนักงาน too: the committee a secretary-general's title names)."""
    names = set()
    for org in gazetteer.agencies.values():
        if " " in org.name:
            names.add(org.name)
            if org.name.startswith("สำนักงานคณะกรรมการ"):
                names.add(org.name.removeprefix("สำนักงาน"))
    pattern = "|".join(r"[ \t]?".join(map(re.escape, name.split(" "))) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:{pattern})(?![\u0e01-\u0e4e])")


def _office_after_grade(reading: Reading, end: int) -> tuple[str | re.Match[str], int] | None:
    """(the key of a table office, or the match of an office the tables lack; where it ends) named after the bare
    word สำนักงาน that ends a title at ``end`` and a grade after it; None where no office follows."""
    grade = _GRADE_BEFORE_OFFICE.match(reading.text, end)
    if grade is None or grade.end() == end:
        return None
    org = next((o for o in reading.orgs if o.start == grade.end()), None)
    if org is not None:
        return org.key, org.end
    office = _UNKNOWN_BODY_RE.match(reading.text, grade.end())
    return (office, office.end()) if office else None


# A company's or a state enterprise's managing director and deputies, titled กรรมการผู้อำนวยการ ("รองกรรมการผู้อำนวยการใหญ่
# บริษัท ท่าอากาศยานไทย จำกัด (มหาชน)"): one title, not a director's (ผู้อำนวยการใหญ่) read inside it
_EXECUTIVE_DIRECTORS = ("ผู้ช่วยกรรมการผู้อำนวยการใหญ่", "รองกรรมการผู้อำนวยการใหญ่", "กรรมการผู้อำนวยการใหญ่",
                        "รองกรรมการผู้อำนวยการ", "กรรมการผู้อำนวยการ")
# The executives of a state enterprise or an agency, with the line of business or the department they head written
# between the title and the body ("ผู้ช่วยผู้ว่าการ สายกำกับระบบการชำระเงิน… ธนาคารแห่งประเทศไทย", "รองผู้จัดการทั่วไป
# สายงานกลยุทธ์และผลิตภัณฑ์ บรรษัทประกันสินเชื่ออุตสาหกรรมขนาดย่อม"): the title is the head, the line and the body.
_LINED_HEADS = ("ผู้ช่วยผู้ว่าการ", "รองผู้ว่าการ", "ผู้ว่าการ", "ผู้ช่วยผู้จัดการทั่วไป", "รองผู้จัดการทั่วไป", "ผู้จัดการทั่วไป",
                "ผู้ช่วยผู้อำนวยการใหญ่", "รองผู้อำนวยการใหญ่", "ผู้อำนวยการใหญ่", "ผู้ช่วยผู้อำนวยการ", "รองผู้อำนวยการ",
                "ผู้ช่วยผู้จัดการ", "รองผู้จัดการ")
# The officers of a body outside the state, and a company's or a bank's managers ("นายกสมาคมแม่บ้านมหาดไทย",
# "อุปนายกสมาคม…", "ประธานสมาพันธ์…", "กรรมการผู้จัดการใหญ่ธนาคารกรุงไทย"): the title is the head and the body
# as the article writes it.
_OFFICER_HEADS = ("ที่ปรึกษานายก", "อุปนายก", "นายก", "รองประธานคณะกรรมการ", "ประธานคณะกรรมการ", "รองประธานกรรมการ",
                  "ประธานกรรมการ", "รองประธาน", "ประธาน",
                  "เลขาธิการ", "กรรมการอำนวยการ", "เหรัญญิก", "ผู้อำนวยการ", "ผู้ก่อตั้ง", *_EXECUTIVE_DIRECTORS,
                  "ผู้ช่วยกรรมการผู้จัดการใหญ่",
                  "ผู้ช่วยกรรมการผู้จัดการ", "รองกรรมการผู้จัดการใหญ่",
                  "กรรมการผู้จัดการใหญ่", "รองกรรมการผู้จัดการ", "กรรมการผู้จัดการ", "ประธานเจ้าหน้าที่บริหาร",
                  "ผู้จัดการ", "หัวหน้า", "ผู้ช่วยเจ้าอาวาส", "รองเจ้าอาวาส", "เจ้าอาวาส", *_LINED_HEADS)
# …the line of business or the department an executive heads written between ("รองกรรมการผู้จัดการใหญ่ สายงานบริหาร
# จัดการทางการเงินเพื่อธุรกิจ ธนาคารกรุงไทย", "ประธานเจ้าหน้าที่บริหาร สายงานการตลาด บริษัท …", "รองกรรมการผู้จัดการใหญ่
# สายงานขายและปฏิบัติการลูกค้า 2 บริษัท …", "ผู้อำนวยการฝ่ายรัฐกิจสัมพันธ์ บริษัท …"): part of the title; the company's
# name may stand two or three spaces on
_OFFICER_HEAD = re.compile(rf"(?:(?<![\u0e01-\u0e4e])(?P<acting>{'|'.join(ACTING_PREFIXES)})[ \t]?|(?<![\u0e01-\u0e4e]))"
                           rf"(?P<head>{'|'.join(sorted(_OFFICER_HEADS, key=len, reverse=True))})"
                           r"(?P<line>[ \t]?(?:สาย(?:งาน)?|ฝ่าย)[\u0e01-\u0e4e]{2,70}(?:[ \t]?[0-9]{1,2}(?![0-9]))?)?[ \t]{0,3}$")
_MANAGER_HEADS = ("รองกรรมการผู้จัดการใหญ่", "กรรมการผู้จัดการใหญ่", "รองกรรมการผู้จัดการ", "ประธานเจ้าหน้าที่บริหาร",
                  "ผู้ช่วยกรรมการผู้จัดการใหญ่", "ผู้ช่วยกรรมการผู้จัดการ", *_EXECUTIVE_DIRECTORS)


def _officer_post(reading: Reading, org) -> list[PositionMention]:
    from ...gazetteer import OUTSIDE_KINDS

    body = reading.organization(org.key)
    head = _OFFICER_HEAD.search(reading.text, max(0, org.start - 120), org.start)
    if head is None or (head.group("line") and head.group("head") not in (*_MANAGER_HEADS, *_LINED_HEADS, "ผู้จัดการ",
                                                                           "ผู้อำนวยการ")):
        return []
    if body.kind not in OUTSIDE_KINDS and head.group("head") not in _MANAGER_HEADS \
            and not (head.group("line") and body.kind != "ministry"):
        return []
    surface = re.sub(r"[ \t]+", "", body.name if org.how == "abbr" else reading.text[org.start:org.end])   # ธอส.: expanded
    line = re.sub(r"[ \t]+", "", head.group("line") or "")
    return [_position(head.start(), org.end, head.group("head") + line + surface, org.key, head.group("acting"))]


# A deputy's, an assistant's, an advisor's or a secretary's word written on to a title the finder read without
# it: "รองกรรมการผู้จัดการ ธนาคารอาคารสงเคราะห์", "ที่ปรึกษารองนายกรัฐมนตรี" are posts of their own; so is one written on to
# the "and" that joins it to the holder's first title ("ที่ปรึกษาปลัดกระทรวงมหาดไทย และที่ปรึกษาอธิบดีกรม…").
# A minister's advisory board and working team have their chairs: "ประธานคณะที่ปรึกษารัฐมนตรีว่าการกระทรวงสาธารณสุข",
# "ประธานคณะทำงานรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์" (the minister's political staff, as the adviser).
_STAFF_PREFIX = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=และ|ดีต))(?:(?:ผู้ช่วยเลขานุการ|เลขานุการ|ที่ปรึกษา|(?:รอง)?ประธานคณะ(?:ที่ปรึกษา|ทำงาน)?)"
                           r"(?:ของ)?|รอง|ผู้ช่วย)$")


# …or set apart by a space before a minister's title: "เลขานุการ รมว.มหาดไทย", "ที่ปรึกษา รมว.ทส.", "เลขา รมว.ยุติธรรม",
# "ผู้ช่วย รมว.ยุติธรรม"
_STAFF_APART = re.compile(r"(?<![\u0e01-\u0e4e])(?:ผู้ช่วยเลขานุการ|เลขานุการ|เลขา|ที่ปรึกษา|ผู้ช่วย)[ \t]+$")


def _with_staff_prefix(text: str, position: PositionMention) -> PositionMention:
    if position.acting:
        return position
    apart = _STAFF_APART.search(text, max(0, position.start - 20), position.start) \
        if position.title.startswith("รัฐมนตรี") else None
    if apart:
        word = apart.group().strip(" \t")
        word = "เลขานุการ" if word == "เลขา" else word
        return PositionMention(apart.start(), position.end, word + position.title, position.org, position.acting)
    prefix = _STAFF_PREFIX.search(text, max(0, position.start - 20), position.start)
    if prefix is None or position.title.startswith(prefix.group()) \
            or prefix.group().endswith("ประธานคณะ") and not position.title.startswith("ที่ปรึกษา"):
        return position     # (the chair of a board: only before its advisers, "ประธานคณะ|ที่ปรึกษารัฐมนตรี…")
    return PositionMention(prefix.start(), position.end, prefix.group() + position.title, position.org, position.acting)


# The Prime Minister's and the deputies' advisers and secretaries ("ที่ปรึกษานายกรัฐมนตรี", "ที่ปรึกษาของรองนายกรัฐมนตรี"):
# political officials of the Prime Minister's secretariat, as its secretary-general and deputies are.
_PRIME_MINISTERS_STAFF = re.compile(r"(?:ผู้ช่วยเลขานุการ|เลขานุการ|ที่ปรึกษา)(?:ของ)?(?:รอง)?นายกรัฐมนตรี")
_PRIME_MINISTERS_SECRETARIAT = "สำนักเลขาธิการนายกรัฐมนตรี"


def _prime_ministers_staff(reading: Reading, position: PositionMention) -> PositionMention:
    if position.org is not None or not _PRIME_MINISTERS_STAFF.fullmatch(position.title.removeprefix(position.acting)):
        return position
    secretariat = reading.gazetteer.find_by_name(_PRIME_MINISTERS_SECRETARIAT)
    return PositionMention(position.start, position.end, position.title, secretariat, position.acting)


# A post the article writes as held before it, อดีต before the title ("นาย… อดีตผู้ว่าราชการจังหวัดเชียงใหม่", "อดีต ส.ส.
# เชียงใหม่", "… และอดีตอธิบดีกรม…"): the same title and body as the post held now would have, the title as written
# (อดีต + title, as an acting prefix is kept) and marked former, so that it is never read as held at the article's date.
# A candidate (ผู้สมัคร…) holds no post at all.
FORMER = "อดีต"


def _as_former(text: str, position: PositionMention) -> PositionMention:
    start = _before_former(text, position.start)
    if start == position.start:
        return position
    return PositionMention(start, position.end, FORMER + position.title, position.org, position.acting,
                           text[start:position.start])


# A qualifier written after a deputy's, an assistant's or an inspector's title is part of the post
# (tests/ANNOTATION.md): "รองปลัดกระทรวงมหาดไทย ด้านบริหาร", "ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 2".
_QUALIFIED_HEADS = ("รอง", "ผู้ช่วย", "ผู้ตรวจราชการ", "หัวหน้าผู้ตรวจราชการ", "ที่ปรึกษา", "ผู้ทรงคุณวุฒิ")
_QUALIFIER = re.compile(r"[ \t]?(?P<qualifier>ด้าน[\u0e01-\u0e4e]{3,25}(?![\u0e01-\u0e4e])"
                        r"|เขต(?:สุขภาพ|ตรวจราชการ)?(?:ที่)?[ \t]?\d{1,2}(?![\d.,]))")


def _with_qualifier(text: str, position: PositionMention) -> PositionMention:
    title = position.title.removeprefix(position.acting)
    match = _QUALIFIER.match(text, position.end)
    if match is None or not title.startswith(_QUALIFIED_HEADS) or position.org is None:
        return position
    qualifier = re.sub(r"[ \t]+", "", match.group("qualifier"))
    if qualifier.startswith("ด้าน") and _words(qualifier.removeprefix("ด้าน"))[0] in _NOT_A_QUALIFIER:
        return position
    return PositionMention(position.start, match.end(), position.title + qualifier, position.org, position.acting)


# "… ด้านการ…" that goes on with what the person did, not which side of the work the post covers
_NOT_A_QUALIFIER = frozenset("ที่ นี้ ต่าง ต่างๆ ใด การ".split())


def _words(run: str) -> tuple[str, ...]:
    from ..organizations.unit_names import _words as words
    return words(run) or ("",)


# A deputy's title written bare before the acting title it completes: "รองอธิบดี รักษาราชการแทนอธิบดีกรม…"
_BARE_DEPUTY = re.compile(r"(?<![\u0e01-\u0e4e])(?P<head>(?:รอง|ผู้ช่วย)(?P<core>[\u0e01-\u0e4e]{3,30}))[ \t]+$")


def _deputies_before_acting(text: str, found: list[PositionMention]) -> list[PositionMention]:
    """``รองอธิบดี รักษาราชการแทนอธิบดีกรมประมง`` holds two posts: the acting one, and the deputy's own
    post of the same body (``รองอธิบดีกรมประมง``), which the article writes only as far as its head."""
    taken = [(p.start, p.end) for p in found]
    deputies = []
    for acting in (p for p in found if p.acting):
        bare = _BARE_DEPUTY.search(text, max(0, acting.start - 40), acting.start)
        outright = acting.title.removeprefix(acting.acting)
        if bare is None or not outright.startswith(bare.group("core")) or \
                any(s < acting.start and bare.start() < e for s, e in taken):
            continue
        title = bare.group("head") + outright[len(bare.group("core")):]
        deputies.append(PositionMention(bare.start(), bare.end("head"), title, acting.org))
    return deputies


# A title complete in itself that names its body: Bangkok's governor heads the BMA; the Prime Minister's
# secretary-general and deputies (ฝ่ายการเมือง / ฝ่ายบริหาร) head สำนักเลขาธิการนายกรัฐมนตรี (tests/ANNOTATION.md), the
# palace's (เลขาธิการพระราชวัง) สำนักพระราชวัง; the
# government's spokesperson is the Prime Minister's office's (โฆษกประจำสำนักนายกรัฐมนตรี, as the genre also writes it), and
# so is the Thai Trade Representative (appointed by the Prime Minister, the office one of the Prime Minister's).
# The Prime Minister and deputies hold no post in a body of the tables (the cabinet is none).
_STANDALONE_BODIES = {"ผู้ว่าราชการกรุงเทพมหานคร": "bma", "เลขาธิการนายกรัฐมนตรี": "สำนักเลขาธิการนายกรัฐมนตรี",
                      "รองเลขาธิการนายกรัฐมนตรี": "สำนักเลขาธิการนายกรัฐมนตรี", "ผู้บัญชาการตำรวจแห่งชาติ": "rtp",
                      "รองผู้บัญชาการตำรวจแห่งชาติ": "rtp", "ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ": "rtp",
                      **{prefix + "ผู้บัญชาการทหาร" + force: body for prefix in ("", "รอง", "ผู้ช่วย")
                         for force, body in (("สูงสุด", "rtarf"), ("บก", "rta"), ("เรือ", "rtn"), ("อากาศ", "rtaf"))},
                      **{"เสนาธิการทหาร" + force: body for force, body in (("บก", "rta"), ("เรือ", "rtn"), ("อากาศ", "rtaf"))},
                      **{prefix + "ปลัดกระทรวงกลาโหม": "mod" for prefix in ("", "รอง", "ผู้ช่วย")},
                      "เสนาธิการทหาร": "rtarf", "ปลัดกรุงเทพมหานคร": "bma", "รองปลัดกรุงเทพมหานคร": "bma",
                      "องคมนตรี": "privy_council", "ประธานองคมนตรี": "privy_council",
                      **{prefix + "เลขาธิการพระราชวัง": "bhm" for prefix in ("", "รอง", "ผู้ช่วย")},
                      "โฆษกรัฐบาล": "opm", "รองโฆษกรัฐบาล": "opm", "ผู้แทนการค้าไทย": "opm", "รองผู้แทนการค้าไทย": "opm",
                      **{prefix + "เลขาธิการสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ": "nesdc" for prefix in ("", "รอง", "ผู้ช่วย")},
                      "อัยการสูงสุด": "ago", "รองอัยการสูงสุด": "ago",
                      "ผู้ตรวจการแผ่นดิน": "ombudsman", "ประธานผู้ตรวจการแผ่นดิน": "ombudsman",
                      **{t: "opm" for t in ("โฆษกประจำนายกรัฐมนตรี", "รองโฆษกประจำนายกรัฐมนตรี",
                                            "ผู้ช่วยรัฐมนตรีประจำนายกรัฐมนตรี")}}
# …a commander's title going on with a command of its own is none of these: "ผู้บัญชาการทหารเรือภาคที่ 1"
_COMMAND_AFTER = re.compile(r"ภาค|ที่[ \t]?[0-9]|เขต|ชั้น|เรือ|ราบ|ม้า|ช่าง|ปืน")


def _standalone_body(reading: Reading, title: str) -> str | None:
    body = _STANDALONE_BODIES.get(title) or next((b for t, b in _STANDALONE_BODIES.items() if title.startswith(t)), None)
    if body is None or reading.gazetteer.organization(body) is not None:      # a key ("bma")
        return body
    return reading.gazetteer.find_by_name(body)


def _ministry_of_heading(reading: Reading, before: int) -> str | None:
    """The ministry named last before a position (within the reach of an item's heading)."""
    for org in sorted(reading.orgs, key=lambda o: o.start, reverse=True):
        if org.start < before and before - org.start <= _HEADING_REACH and org.key in reading.gazetteer.agencies \
                and reading.gazetteer.agencies[org.key].kind == "ministry":
            return org.key
    return None


def _member_title(reading: Reading, key: str, surface: str) -> str:
    """``กรรมการพัฒนาระบบราชการ``: a member of the committee, named in full."""
    return "กรรมการ" + reading.organization(key).name.removeprefix("คณะกรรมการ")
