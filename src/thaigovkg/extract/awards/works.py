"""Work tokens: the awarded works (quoted titles after a cue, ``ผลงาน <title>``, the items of
``N ผลงาน คือ 1) … 2) …``), where each title ends, and the unit named as having done it."""
from __future__ import annotations

import bisect
import re

from ..reading import Reading
from .common import EXPIRE, RECENT, Token, _AWARD_WORD

_QUOTE = re.compile(r"[“\"]([^“”\"\n]{2,240})[”\"]")   # an unclosed “ does not swallow the next title
# "รางวัล “…”", "โล่เกียรติยศ “…”", "2 รางวัล “A” และ “B”": a quote that names the award itself
_NAMES_THE_AWARD = re.compile(r"(?:รางวัล|โล่[^\s“”\"]{0,15})[ \t]*(?:[“\"][^“”\"\n]{1,80}[”\"][ \t]*(?:,|และ|หรือ)[ \t]*)*$")
# words a work's own title begins with: project, system, application, platform, innovation, model
_WORK_HEADS = ("โครงการ", "ระบบ", "แอปพลิเคชัน", "แอพพลิเคชั่น", "แพลตฟอร์ม", "นวัตกรรม", "โมเดล", "ศูนย์บริการ")
# "ภายใต้ชื่องาน “…”", "แนวคิด “…”", "ในงาน “…”": the theme or the event, no work
_THEME_CUE = re.compile(r"(?:ชื่องาน|(?<![ก-๎])งาน|ภายใต้|แนวคิด|(?<!ผลงาน)(?<!ผลงานใน)หัวข้อ|ธีม|คำขวัญ|สโลแกน|ชื่อกิจกรรม|กิจกรรม|มหกรรม|การประชุม)[ \t]*:?[ \t]*$")
# "ผลงาน “…”", "จากโครงการ “…”", "ผลงานหัวข้อ “…”" / "ผลงานในหัวข้อ “…”" (the topic of a work is its title)
_WORK_CUE = re.compile(r"(?:ผลงาน|โครงการ|นวัตกรรม|เรื่อง)(?:[ \t]*(?:ใน)?หัวข้อ)?[ \t]*:?[ \t]*$")
# what a person quoted by name in a headline does next: points out, reveals, stresses, is delighted, hands over …
_SPEAKS = re.compile(r"[ \t]*(?:ชี้|เผย|ย้ำ|กล่าว|ยัน|ปลื้ม|ยินดี|ชื่นชม|แนะ|สั่ง|มอบ|นำ(?!เสนอ)|เปิด|ลุย|ห่วง|เร่ง|หนุน|ขอบคุณ|แสดงความยินดี"
                     r"|เยือน|ร่วม|ตรวจ|ประชุม|พบ|รับ|เป็นประธาน|ลงพื้นที่|โชว์|ดัน|จับมือ|ประกาศ|พร้อม|มั่นใจ)")
_WEAK_CUE = re.compile(r"(?:ได้แก่|คือ|และ|,|ชื่อ|เรื่อง)[^\n“”\"]{0,40}$")
# "ผลงาน <title>" (work), not "17 ผลงาน" (a count of works)
_UNQUOTED_CUE = re.compile(
    r"(?<![\d][ \t])(?<!\d)(?:(?<=จาก)ผลงาน[ \t]*|ผลงาน(?:[ \t]*:[ \t]*|[ \t]+))(?:คือ[ \t]*:?[ \t]*)?"
    # "<หน่วยงาน> ผลงานการ…" in a list item: the cue written against the title, right after the unit
    r"|(?P<after_unit>(?<=[ \t])ผลงาน(?=[\u0e01-\u0e4e]))"
    # "จาก(การดำเนิน)โครงการ <name>": the project's name after its cue; "จากโครงการ<วลี>" written as one
    # word (โครงการลดดอกเบี้ย…) keeps โครงการ as the title's first word (not โครงการต่าง ๆ / ของ / นี้);
    # "จาก โครงการ…" written apart, and "(คว้ารางวัล…) ด้วยโครงการ…", cue it the same way
    r"|(?P<project>(?:(?<=จาก)|(?<=จาก[ \t])|(?<=ด้วย))(?<!เลือกจาก)(?<!พิจารณาจาก)(?<!เลือกจาก[ \t])(?<!พิจารณาจาก[ \t])"
    r"(?:การดำเนิน(?:งาน)?)?(?:โครงการ[ \t]+|โครงการ(?=[A-Za-z])"
    r"|(?=โครงการ(?!ต่าง|ของ|นี้|ดังกล่าว|ที่|ฯ|ใน|และ|เพื่อ)[\u0e01-\u0e4e])))")
# A title does not open with a function word (in, from, that, and, which, by, for) nor with words that
# describe a unit's achievements rather than name a work: ผลงานเด่นด้าน…, ผลงานโดดเด่น, ผลงานด้าน…, ผลงานเป็นที่ประจักษ์
_NOT_A_TITLE = ("ใน", "จาก", "ที่", "และ", "ซึ่ง", "โดย", "เพื่อ", "ของ", "ให้", "จำนวน", "รวม", "ทั้ง",
                "เด่น", "โดดเด่น", "ดีเด่น", "ด้าน", "เป็น", "ต่าง", "ทาง", "นี้", "ดังกล่าว", "มากมาย")
_COUNT_LIST = re.compile(r"\d{1,3}[ \t]?(?:ผลงาน|รางวัล|โครงการ)[ \t]*(?:คือ|ได้แก่|ดังนี้)[ \t]*:?[ \t]*(?=\(?1[).])")
_LIST_ITEM = re.compile(r"\(?(\d{1,2})[).][ \t]*")
_STOP = re.compile(
    r"\n|[ \t]\(?\d{1,2}(?:\.\d{1,2})*[).][ \t]|[ \t](?:ถัดมา|นอกจากนี้|ทั้งนี้|และ[ \t]?รางวัล|โดยมี|ซึ่ง|ที่มุ่ง|เพื่อให้|ได้รับ"
    r"|ระดับ|ประเภท|สาขา|และ[ \t]?(?:ประเภท|สาขา|ระดับ)|ภายหลัง|หลังจาก|ใน[ \t]?\d"   # … ภายหลังคว้า…, … ใน 2 รางวัล
    # the clause that describes the work after its title: ที่ธนาคารได้…, สะท้อน…, ถือเป็น…, เป็นการ…, พร้อม…, ด้วยการ…,
    # ในงาน / ในการประกวด…, ภายใต้…, จัดโดย…, ณ …, โดยตน / โดยได้ …, or the next award (รางวัล…)
    r"|ที่(?=ได้|มี|เป็น|จะ|สามารถ|ช่วย|สะท้อน|ผ่าน|ธนาคาร|บริษัท|กรม|หน่วยงาน|องค์กร|ดำเนิน|นำ|ทำ|สร้าง|ส่งเสริม|ใช้|ประสบ)"
    r"|สะท้อน|ถือ(?:เป็น|ว่า)|เป็น(?:การ|โครงการ|ผลงาน|ประธาน|ผู้)|นำเสนอ|มุ่ง|พร้อม(?:ทั้ง|กับ|ด้วย|มอบ)?|ด้วย(?:การ)?|ในงาน|ในการ|ภายใต้|จัดโดย|ณ[ \t]|รางวัล"
    # the next clause: a person who presides or receives (มี/โดย + honorific), the year or the date, what the work
    # does or brought (ทำให้, ช่วยให้, อันเป็น, ส่งผล), what the unit did next (และได้…, และยัง…)
    r"|(?:มี|โดย)(?=นาย|นาง|ดร\.|พล\.?|ศ\.|รศ\.|ผศ\.|คุณ)|ประจำปี|(?:ใน)?ปี[ \t]?(?:พ\.ศ\.[ \t]?)?[\d๐-๙]{4}"
    r"|เมื่อ(?:วันที่)?[ \t]?[\d๐-๙]|วันที่[ \t]?[\d๐-๙]|ทำให้|ช่วย(?:ให้|ลด|เพิ่ม)|อันเป็น|ส่งผล|และ(?=ได้|ยัง)"
    r"|โดย(?=ตน|มี|ได้|เป็น|นำ|ธนาคาร|รางวัล|ผู้))|[“”\"]")
# what may stand between a unit and its work in a list item: its district and province
_UNIT_PLACE = re.compile(r"(?:[ \t]*(?:อ\.|อำเภอ|จ\.|จังหวัด)[ \t]?[\u0e01-\u0e4e]{2,30})*[ \t]*")
# a quoted name that is the award's own (“Special Achievement in GIS (SAG) Award 2024”), not a work
_AWARD_NAME = re.compile(r"(?:[Aa]wards?|AWARDS?|[Pp]rizes?|PRIZES?)(?:[ \t]+(?:19|20)\d\d)?[ \t]*$")
_OPEN_TITLE = re.compile(r"“[^“”\n]{2,240}(?=“|\n|$)")
_OPEN_TITLE_END = re.compile(r"(?P<verb>[ \t]*ได้รับ|[ \t]+และ(?=[^“”\n]{3,80}?[ \t]เรื่อง[ \t]*“))"
                             r"|[ \t]*,[ \t]*|[ \t]+(?:และ[ \t]?)?")   # "… และ<หน่วยงาน> เรื่อง “…"
_INNER_QUOTE = re.compile(r"“[^“”\n]{1,60}”")
# "…, และ<unit not known> เรื่อง “…”" (not "… และประเภท <category> เรื่อง “…”": a term, no unit)
_UNKNOWN_ITEM = re.compile(r"(?:,|[ \t]และ)[ \t]*(?!ประเภท|สาขา|ระดับ|รางวัล|ด้าน)[\u0e01-\u0e4e][^,“”\"\n]{2,80}?[ \t]*เรื่อง[ \t]*$")
_UNIT_BY = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?โดย[ \t]*")
_UNIT_OF_WORK = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:โดย|จาก|ของ)[ \t]*")
_WORK_GROUP = re.compile(r"[ \t,]*(?:และ)?[ \t]*(?:ผลงาน)?[ \t]*:?[ \t]*")
_TRAILING_UNIT = re.compile(r"[ \t]*(?:โดย|ของ)[ \t]*$")
_EMBEDDED_LEVEL = re.compile(r"[ \t]*\((?:ระดับ)([^()]{1,30})\)[ \t]*$")


def _work_tokens(reading: Reading, anchors: list[Token]) -> list[Token]:
    """Awarded works: quoted titles after a cue, ``ผลงาน <title>``, numbered lists of titles."""
    text = reading.text
    works: list[Token] = []
    person_starts = {p.start for p in reading.persons}

    def recent(position: int) -> bool:
        ends = [t.end for t in anchors if t.end <= position] + [w.end for w in works if w.end <= position]
        return bool(ends) and position - max(ends) <= RECENT

    def term_at(position: int) -> bool:
        return any(position <= t.start <= position + 2 for t in anchors if t.kind == "term")

    for match in [*_QUOTE.finditer(text), *_unclosed_quotes(reading)]:
        content = match.group(1).strip()
        after = re.match(r"[ \t]*", text[match.end():]).end() + match.end()
        if after in person_starts or content.startswith(("รางวัล", "ประเภท", "สาขา", "ระดับ")) or _AWARD_NAME.search(content):
            continue                  # a nickname before a name, or the award's own name
        if len(content) <= 25 and " " not in content and _SPEAKS.match(text, match.end()):
            continue                  # "“ศุภมาส” ชี้ …", "“พัชรวาท” มอบ…": the news names a minister so, no work
        if any(t.start <= match.start() and match.end() <= t.end for t in anchors if t.kind == "term"):
            continue                  # a quoted part of a term: รางวัลพิเศษ “สานพลังร่วมใจ ต้านภัยโควิด”
        if any(match.start() <= t.start < match.end() and t.kind == "term" and t.strong for t in anchors) and \
                not content.startswith("ผลงาน"):
            if term_at(match.start() + 1):
                continue
        before = text[max(0, match.start() - 60):match.start()]
        if _NAMES_THE_AWARD.search(before) or _THEME_CUE.search(before):
            continue                  # รางวัล “องค์กรคนดี”: the award's name, not a work; งาน “…”: the event
        anchor_close = any(0 <= match.start() - t.end <= 4 for t in anchors if t.kind == "term")
        # a title that names a kind of work (โครงการ…, ระบบ…) with its unit after it (ของ/โดย <หน่วยงาน>)
        headed = content.startswith(_WORK_HEADS) and _unit_after(reading, match.end(), of_work=True) is not None
        strong = bool(_WORK_CUE.search(before)) or content.startswith("ผลงาน") or anchor_close or headed
        if not strong and not (_WEAK_CUE.search(before) and recent(match.start())):
            continue
        cued = bool(_WORK_CUE.search(before)) or content.startswith("ผลงาน") or headed
        by = _unit_after(reading, match.end(), of_work=cued)
        work = _work(match.start(), match.end(), content, by=by)
        work.orphan = by is None and _by_an_unknown_unit(reading, match.start())
        works.append(work)
    for match in _UNQUOTED_CUE.finditer(text):
        if any(w.start <= match.start() < w.end for w in works) or term_at(match.end()):
            continue
        if any(m.start < match.start() < m.end for m in reading.programme_mentions):
            continue                  # "รางวัลผลงาน R2R ดีเด่น": the word inside a programme's own name cues no work
        if re.match(r"[“\"(\d]", text[match.end():match.end() + 1]):
            continue                  # a quoted title or a numbered list follows: read as such
        if not recent(match.start()):
            continue
        if match.group("after_unit") and not any(o.end <= match.start() and _UNIT_PLACE.fullmatch(text, o.end, match.start())
                                                 for o in reading.orgs):
            continue                  # ผลงาน written against a word is a title's cue only right after its unit
        if match.group("project") is not None and not _AWARD_WORD.search(text, text.rfind("\n", 0, match.start()) + 1, match.start()):
            continue                  # จากโครงการ … names the awarded work only after an award in its line
        stop = _STOP.search(text, match.end() + 1, match.end() + 240)
        end = stop.start() if stop else min(len(text), match.end() + 240)
        if stop and stop.group() in "“”\"" :
            continue                  # the title is quoted: the quote is the work
        end = next((t.start for t in anchors if t.kind == "recipient" and match.end() < t.start < end), end)
        title_end, by = _strip_unit(reading, match.end(), end)
        title = text[match.end():title_end]
        if title_end - match.end() >= 5 and not title.startswith(_NOT_A_TITLE) and not reading.org_at(match.end()):
            works.append(_work(match.end(), title_end, title, quoted=False, by=by))
    for match in _COUNT_LIST.finditer(text):
        if not recent(match.start()):
            continue
        position = match.end()
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        items = list(_LIST_ITEM.finditer(text, position, line_end))
        for index, item in enumerate(items):
            if index and not re.search(r"\s$", text[item.start() - 1:item.start()]):
                continue
            end = items[index + 1].start() if index + 1 < len(items) else line_end
            if reading.org_at(item.end(), slack=2) or term_at(item.end()) or text.startswith("รางวัล", item.end()):
                break                 # a list of winners or of awards, not of works
            if any(item.end() <= w.start < end for w in works):
                continue          # "1) ผลงาน “…”": the quoted title is the item's work already
            title_end, by = _strip_unit(reading, item.end(), end)
            if title_end - item.end() >= 4 and not any(w.start <= item.end() < w.end for w in works):
                works.append(_work(item.end(), title_end, text[item.end():title_end], quoted=False, by=by))
    works.extend(_listed_works(reading, anchors, works))
    works.sort(key=lambda w: w.start)
    works = _in_award_talk(reading, anchors, works)
    _share_next_unit(text, works)
    return works


# "รางวัลชนะเลิศ ได้แก่ <work> ของ<unit>": a placing, level or category, then the list opener
# (or a colon: "รางวัลชนะเลิศระดับ Gold : <work> โดย<unit>", whose work then ends only at โดย <unit> in its line)
_LISTED_OPENER = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:(?:ได้แก่|คือ)[ \t]*:?|(?P<colon>:))[ \t]*")
# an item that opens with a word for a unit names a unit the reader does not know (กลุ่มธุรกิจโรงกลั่น …
# บริษัท บางจาก …), a team or a person, not a work
_A_UNITS_NAME = ("กลุ่ม", "ฝ่าย", "สำนัก", "กอง", "สายงาน", "หน่วย", "โรงงาน", "โรงพยาบาล", "โรงเรียน", "สถานี",
                 "บริษัท", "เทศบาล", "องค์การ", "องค์กร", "จังหวัด", "อำเภอ", "ตำบล", "วิสาหกิจ", "สหกรณ์", "มูลนิธิ",
                 "สมาคม", "คณะ", "ทีม", "ศูนย์", "สถาบัน", "มหาวิทยาลัย", "วิทยาลัย", "ห้างหุ้นส่วน", "ธนาคาร", "การไฟฟ้า")
# between the listed work and its unit: ของ, or จาก / โดย, or only a space
_OF_UNIT = re.compile(r"[ \t]*ของ[ \t]*")
# "<work> หน่วยเจ้าของผลงาน <unit>": the owner of the work named as such (a ของ inside the title is not it)
_OWNER_OF_WORK = re.compile(r"[ \t]*(?:หน่วย(?:งาน)?)?เจ้าของผลงาน[ \t]*:?[ \t]*")
# "<work> โดย <unit>" after a colon opener: the unit, and nothing else, ends the title
_BY_UNIT = re.compile(r"[ \t]*โดย[ \t]*")
# the unit's own words before the agency known as its parent ("คณะแพทยศาสตร์ " before the hospital), at most one space
_UNIT_LEAD = re.compile(r"[^\s,]*(?:[ \t][^\s,]*)?")
_PEOPLES_TEAM = re.compile(r"ทีม|นักศึกษา|นักเรียน|นักวิจัย|อาจารย์|ครู|คณะผู้|ผู้")
_LISTED_UNIT_CUE = re.compile(r"[ \t]+(?:(?:จาก|โดย)[ \t]*)?|[ \t]*(?:จาก|โดย)[ \t]*")


def _listed_works(reading: Reading, anchors: list[Token], works: list[Token]) -> list[Token]:
    """``รางวัลชนะเลิศ ได้แก่ <title> ของ<หน่วยงาน> รางวัลรองชนะเลิศ ได้แก่ …``: an item of a list of
    winners that names the work first and its unit after it. The title is what stands between the
    opener and the unit, where it is not an organisation, a person, a quote (read as such) or a term,
    and holds no clause (the stops of an unquoted title)."""
    text, found = reading.text, []
    person_starts = [p.start for p in reading.persons]
    for term in (t for t in anchors if t.kind == "term"):
        opener = _LISTED_OPENER.match(text, term.end)
        if not opener:
            continue
        start = opener.end()
        if reading.org_at(start, slack=2) or any(start <= p <= start + 12 for p in person_starts) \
                or re.match(r"[“\"'‘(\d]|ผลงาน|รางวัล|นาย|นาง|ดร\.", text[start:start + 6]) \
                or any(w.start <= start + 8 and w.end > start for w in works):
            continue
        line_end = text.find("\n", start)
        limit = min([t.start for t in anchors if t.kind == "term" and t.start > start]
                    + [start + 200, len(text) if line_end < 0 else line_end])
        owner = _OWNER_OF_WORK.search(text, start + 4, limit)
        bounded = owner is not None or opener.group("colon") is not None
        of = None if bounded else _OF_UNIT.search(text, start + 4, limit)
        if owner:
            end, unit = owner.start(), reading.org_at(owner.end(), slack=1)
        elif opener.group("colon"):
            # "ระดับ Gold : <title> โดย<unit>" (one item a line): the title may hold ด้วย, ของ, a quote
            line_end = len(text) if line_end < 0 else line_end
            unit = next((o for o in reading.orgs if start + 4 <= o.start < line_end and any(
                m.end() == o.start for m in _BY_UNIT.finditer(text, start + 4, o.start))), None)
            if unit is None or any(line_end < p <= line_end + 8 for p in person_starts):
                continue          # (a team of people listed below the line: theirs, no unit's award)
            end = next(m.start() for m in _BY_UNIT.finditer(text, start + 4, unit.start) if m.end() == unit.start)
        elif of:
            # "… ได้แก่ <title> ของ<unit>"; where no known unit stands right after ของ, the item's work all
            # the same (the next item's work is not this placing's), but nobody's award here
            end = of.start()
            unit = next((o for o in reading.orgs if of.end() <= o.start <= of.end() + 40
                         and _UNIT_LEAD.fullmatch(text, of.end(), o.start)), None)   # ของคณะแพทยศาสตร์ <โรงพยาบาล…>
            if unit is not None and _PEOPLES_TEAM.search(text, of.end(), unit.start):
                unit = None               # "ของทีมจากมหาวิทยาลัย…": a team of students or researchers, no unit's award
        else:
            unit = next((o for o in reading.orgs if start + 4 <= o.start < limit), None)
            cue = unit and next((m for m in _LISTED_UNIT_CUE.finditer(text, start, unit.start) if m.end() == unit.start), None)
            if not cue:
                continue
            end = cue.start()
        title = text[start:end]
        if bounded:     # its end is stated: what stands before it is the title unless it holds a verb or an award
            if re.search(r"ได้รับ|รางวัล|\n", title) or len(title.strip()) < 4 or any(start <= p < end for p in person_starts) \
                    or any(start <= t.start < end and t.kind != "term" for t in anchors):
                continue
        elif _STOP.search(title) or any(start <= t.start < end for t in anchors) or len(title.strip()) < 4 \
                or title.startswith(_NOT_A_TITLE + _A_UNITS_NAME) or any(start <= p < end for p in person_starts):
            continue
        work = _work(start, end, title, quoted=False, by=unit.key if unit else None)
        work.orphan = unit is None
        found.append(work)
    return found


def _in_award_talk(reading: Reading, anchors: list[Token], works: list[Token]) -> list[Token]:
    """A work is an award's only where the text around it speaks of awards: an award word, a
    programme or an award term shortly before it, or a work of the same list before it. A project
    quoted in prose far from any award (``โครงการ “คนละครึ่ง”`` in a cabinet-meeting summary that
    names a programme pages earlier) is nobody's award, whoever was the last winner named."""
    text = reading.text
    talk = sorted([t.end for t in anchors if t.kind == "term"] + [m.end for m in reading.programme_mentions]
                  + [m.end() for m in _AWARD_WORD.finditer(text)])
    kept: list[Token] = []
    for work in works:
        index = bisect.bisect_right(talk, work.start)
        last = talk[index - 1] if index else -1
        last = max([last] + [w.end for w in kept if w.end <= work.start])
        if last >= 0 and work.start - last <= EXPIRE or _RECEIVED_AFTER.match(text, work.end):
            kept.append(work)
    return kept


# "ผลงาน “X” ของ A B และ C ได้รับรางวัล…": a work whose units and award follow it in its sentence
_RECEIVED_AFTER = re.compile(r"[^\n“”\"]{0,200}?(?:ได้รับ|คว้า|รับ)(?:มอบ)?(?:รางวัล|โล่)")


def _share_next_unit(text: str, works: list[Token]) -> None:
    """``ผลงาน “A” ผลงาน “B” จาก <หน่วยงาน>``: a quoted work with no unit of its own, followed
    directly by another whose unit is named, is that unit's too (the list groups them)."""
    for index in range(len(works) - 2, -1, -1):
        work, following = works[index], works[index + 1]
        if work.by is None and following.by and work.strong and following.strong \
                and _WORK_GROUP.fullmatch(text, work.end, following.start):
            work.by = following.by


def _unclosed_quotes(reading: Reading) -> list[re.Match[str]]:
    """A title whose closing quote was forgotten (``เรื่อง “<title>, <หน่วยงาน> เรื่อง “…``) ends
    before the next unit of the list (after a comma, a space or และ), before ได้รับ, or at the end
    of the line; a title may hold a quoted name of its own (``“… ใกล้บ้าน “เขื่องในโมเดล”,``)."""
    text, found = reading.text, []
    org_starts = {o.start for o in reading.orgs}
    for opening in re.finditer(r"“", text):
        rest = _OPEN_TITLE.match(text, opening.start())
        if not rest:
            continue
        end = rest.end()
        stop = next((m.start() for m in _OPEN_TITLE_END.finditer(text[:end + 100], opening.start() + 3)
                     if m.start() < end and (m.group("verb") or m.end() in org_starts)), None)
        if stop is None:
            inner = _INNER_QUOTE.match(text, end)
            if inner and re.match(r"[ \t]*(?:,|และ|\n|$)", text[inner.end():inner.end() + 4]):
                stop = inner.end()
            elif end == len(text) or text[end] == "\n":
                stop = end
            else:
                continue
        if stop - opening.start() > 3:
            found.append(re.compile(r"“(.{%d})" % (stop - opening.start() - 1), re.S).match(text, opening.start()))
    return [m for m in found if m]


def _by_an_unknown_unit(reading: Reading, start: int) -> bool:
    """``…, และ<หน่วยงานที่ไม่รู้จัก> เรื่อง “…”``: a list item whose unit is not a known agency;
    its work is not the previous unit's."""
    item = _UNKNOWN_ITEM.search(reading.text, max(0, start - 100), start)
    return bool(item) and not any(item.start() < o.start < start for o in reading.orgs)


# what may follow a trailing "ของ <หน่วยงาน>" where the title ends: punctuation, the list's และ
_NOTHING_AFTER = re.compile(r"[ \t.,]*(?:และ)?[ \t.,]*")


def _strip_unit(reading: Reading, start: int, end: int) -> tuple[int, str | None]:
    """Where a title ends, and the unit that did the work: the title stops before
    ``โดย <หน่วยงาน>`` (by), or before a trailing ``ของ <หน่วยงาน>`` (of)."""
    text = reading.text
    by = None
    for org in reading.orgs:
        if not start < org.start < end:
            continue
        cue = _TRAILING_UNIT.search(text, start, org.start)
        if cue and (text[cue.start():cue.end()].strip().startswith("โดย") or _NOTHING_AFTER.fullmatch(text, org.end, end)):
            end, by = cue.start(), org.key
            break
    title = re.sub(r"(?:[ \t]+และ)?[ \t,.]*$", "", text[start:end])
    return start + len(title), by


# "<หน่วยงาน> ได้พิจารณามอบรางวัล / เป็นผู้จัด / ประกาศผล": the organiser, not a winner
_GIVES_THE_AWARD = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ได้|ซึ่ง|ที่|จะ)?[ \t]*(?:พิจารณา|คัดเลือก)?[ \t]*"
                              r"(?:มอบ(?!หมาย)|จัด(?:งาน|พิธี|การประกวด|ประกวด)|เป็นผู้(?:มอบ|จัด)|ประกาศ)")


def _unit_after(reading: Reading, end: int, of_work: bool = False) -> str | None:
    """``“<title>” โดย <หน่วยงาน>``: the unit named right after a quoted work; after a title
    cued as a work (``ผลงาน “<title>” จาก/ของ <หน่วยงาน>``) จาก and ของ name its unit too."""
    cue = (_UNIT_OF_WORK if of_work else _UNIT_BY).match(reading.text[end:end + 50])
    if not cue:
        return None
    org = reading.org_at(end + cue.end(), slack=1)
    if org is None:
        return None
    following = org
    while True:       # past the organisation's parent written after it
        nxt = next((o for o in reading.orgs if following.end <= o.start <= following.end + 1), None)
        if nxt is None:
            break
        following = nxt
    if _GIVES_THE_AWARD.match(reading.text, following.end):
        return None
    return org.key


def _work(start: int, end: int, content: str, quoted: bool = True, by: str | None = None) -> Token:
    title = re.sub(r"^ผลงาน[ \t]*:?[ \t]*", "", content.strip())
    level = None
    embedded = _EMBEDDED_LEVEL.search(title)
    if embedded:
        level, title = embedded.group(1).strip(), title[:embedded.start()]
    title = re.sub(r"[ \t]+", " ", title).strip(" \t:,")
    return Token(start, end, "work", title, level=level, strong=quoted, by=by)
