"""Committees the tables lack: ``คณะกรรมการ…`` and ``คณะอนุกรรมการ…`` where the text shows where the name ends.

A committee's name is a run of words with no mark of its end, so one is learned only where the text closes it:

* a national committee's name ends with แห่งชาติ (``คณะกรรมการโรคติดต่อแห่งชาติจึงได้เสนอ…``);
* the article gives it a short form right after it (``คณะกรรมการนโยบายการบินพลเรือน (กนบ.)``), or an English
  name of a word and Board or Committee (``คณะกรรมการพัฒนาและบริหารจัดการผลไม้ (Fruit Board)``);
* a meeting of it is counted right after it (``คณะกรรมการค่าจ้าง ครั้งที่ 3/2566``), or its year is
  (``คณะกรรมการจัดงานรางวัลอุตสาหกรรม ประจำปี พ.ศ. 2565``);
* a sub-committee is placed under a committee (``… ภายใต้คณะกรรมการ…``);
* the name of the ministry or department it belongs to ends it, written on to it or after a space, where the
  owner's name ends there (``คณะทำงาน…ผู้มีอิทธิพล กระทรวงมหาดไทย``, ``…ประเมินผลประจำกระทรวงยุติธรรม ผ่าน…``): the
  text places it, and the committee stands under its owner;
* a space and a clause word follow it (``คณะทำงานคัดเลือกเรือนจำดีเด่น ได้มอบ…``), or, after its chair's or secretary's title, a space
  (``ประธานคณะกรรมการจัดงานแข่งเรือยาวประเพณี และ…``): an award article's panels and working groups
  (``คณะทำงาน…``) are named this way. A run of words that only says what a panel does
  (``คณะกรรมการตัดสินการประกวด``) is no name.

A sub-committee sits under the committee of the tables written after it, or the one it is named after
(``คณะอนุกรรมการพัฒนาระบบราชการ…`` under คณะกรรมการพัฒนาระบบราชการ); with neither it stands alone where its
name says what it does (``คณะอนุกรรมการตัดสินรางวัล…``; a parent is never guessed), and is not learned where it
names only an area (``คณะอนุกรรมการด้านกีฬา``: whose, the text does not show).

A committee stands at the top of the state unless it is a sub-committee or its owner is written in its name (tests/ANNOTATION.md gives a unit its
body; a committee of the cabinet or of a law has none the text could show).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import Gazetteer
from ..reading import OrgMention, Reading, near_table_name
from .table_names import _surface_index

_THAI = r"[\u0e01-\u0e4e]"
# Words a committee's name may be written on to: by, from, of, and, with, to, in, the meeting of, a resolution of …
_GLUE_BEFORE = ("โดย", "จาก", "ของ", "และ", "หรือ", "กับ", "แก่", "ให้", "ใน", "ต่อ", "ถึง", "ที่ประชุม", "ประชุม", "มติ",
                "เสนอ", "ตาม", "ภายใต้", "ได้แก่", "คือ", "แต่งตั้ง", "ที่", "จัดตั้ง")
# The titles of a committee's officers, written on to its name ("ประธานคณะกรรมการ…"): the post names one committee.
_TITLE_BEFORE = ("ประธาน", "เลขานุการ", "หัวหน้า")
_HEAD = re.compile(rf"คณะ(?:(?P<sub>อนุ)?กรรม(?:การ|าธิการ)|ทำงาน)(?P<run>{_THAI}{{3,90}})")
# A run that is no name: a list, "the committees of …", "the said committee", "each committee", a set.
_NOT_A_NAME = re.compile(r"(?:ฯ|ฝ่าย|และ|หรือ|ที่(?!ปรึกษา[\u0e01-\u0e4e])|ประกอบด้วย|ทั้ง|ต่าง|ของ|ใน|ภายใต้|ชุด|ดังกล่าว|นี้|นั้น|แต่ละ|ทุก|จังหวัด$|อำเภอ$|ได้|จะ|มี|เป็น|ให้|ซึ่ง|โดย)"
                         # … and the board of a body, named by the body ("คณะกรรมการสมาพันธ์สมาคมภาพยนตร์แห่งชาติ",
                         # "คณะกรรมการบริหารองค์การยูเนสโก"): the body is what is named
                         r"|(?:บริหาร)?(?:สมาพันธ์|สมาคม|บริษัท|มูลนิธิ|สภา|องค์การ|องค์กร|ธนาคาร|สถาบัน|มหาวิทยาลัย|กองทุน|สำนักงาน|กรม|ศูนย์"
                         r"|การไฟฟ้า|การประปา|การกีฬา|การท่องเที่ยว|การรถไฟ|การท่าเรือ|การเคหะ|การนิคม|หอการค้า|สหกรณ์)")
_SHORT_FORM_AFTER = re.compile(rf"[ \t]?\((?:{_THAI}{{1,8}}\.){{1,5}}{_THAI}{{0,4}}\.?\)")
# …or its English name, a word and Board or Committee, as the ministries name their commodity boards and steering
# committees ("คณะกรรมการโคนมและผลิตภัณฑ์นม (Milk Board)", "(Fruit Board)"); a longer English name is as often a
# foreign or international body's, translated ("(Sustainability Accounting Standards Board)", "(High Level Committee)",
# "(Board of Governors)"), and an English gloss of the last words ("(Master Plan)") does not show where the name ends.
_ENGLISH_NAME_AFTER = re.compile(r"[ \t]?\([ \t]?[A-Z][a-z]+[ \t](?:[Bb]oard|[Cc]ommittee)[ \t]?(?::[ \t]?[A-Z]{2,8}[ \t]?)?\)")
# …not where it is one of two states or more: a joint or border committee ("คณะกรรมการร่วมทางการค้า (Joint Trade
# Committee: JTC) ไทย-ตุรกี", "คณะกรรมการชายแดนทั่วไป (General Border Committee: GBC)"), a committee "on" a matter as a
# treaty body is translated ("คณะกรรมการว่าด้วยอุปสรรคทางเทคนิคต่อการค้า (Committee on Technical Barriers to Trade)").
_OF_STATES_TOGETHER = ("ร่วม", "ว่าด้วย", "ชายแดน")
_JOINT = re.compile(r"\b(?:[Jj]oint|[Bb]order|[Bb]ilateral)\b")
# …nor where whose it is follows ("คณะกรรมการนโยบายกฎระเบียบ (Regulatory Policy Committee) ของ OECD"): another body's.
_WHOSE_AFTER = re.compile(r"[ \t]*(?:ของ|ภายใต้|ใน)")
_MEETING_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:ใน(?:การ|คราว)(?:การ)?ประชุม[ \t]*)?ครั้งที่[ \t]?\d")
_UNDER = re.compile(r"[ \t]?(?:ภายใต้|ใน|ของ|สังกัด)[ \t]?")
# A committee of a given year closes its name with it ("คณะกรรมการจัดงานรางวัลอุตสาหกรรม ประจำปี พ.ศ. 2565"); the
# year is no part of the name.
_YEAR_AFTER = re.compile(r"[ \t]+ประจำปี[ \t]?(?:พ\.ศ\.[ \t]?)?(?:25|20)\d{2}(?!\d)")
# A name with spaces inside ("คณะกรรมการติดตาม เร่งรัดการดำเนินงานป้องกัน ปราบปราม และแก้ไขปัญหายาเสพติด ครั้งที่ ๒/๒๕๖๗",
# "…ลอยกระทง พุทธศักราช 2566 ครั้งที่ 1/2566") is read only where a meeting count, a year or a short form closes it a few
# words on, none of which goes on with the sentence, names a body, a person, a place or a document the committee follows.
_PIECE_STOP = (r"ได้|ยัง|มี|ประกอบด้วย|จึง|จะ|ซึ่ง|โดย|เมื่อ|พิจารณา|ลงพื้นที่|กำหนด|มอบ|เป็น|ร่วม|ประชุม|ตาม|เสนอ|กล่าว|ว่า|ณ|ที่|ของ"
               r"|ภายใต้|ใน|นาย|นาง|ผู้|รอง|ประธาน|เลขา|ครั้ง|วัน|คณะ|กระทรวง|กรม|สำนัก|จังหวัด|อำเภอ|ทั้ง|นั้น|นี้|แล้ว|หรือ|กับ"
               r"|พร้อม|เพื่อ|ประจำ|เรื่อง|หน่วยงาน|ฝ่าย")
_PIECE = re.compile(rf"[ \t]+(?!{_PIECE_STOP})(?:{_THAI}{{2,40}}|(?:พ\.ศ\.|พุทธศักราช)[ \t]?\d{{4}}|\d{{1,4}})(?!{_THAI}|\d|\.)")
# …nor holds a verb of the news or a name cut short ("…ประมงไทย เปิดเผยภายหลังการประชุมคณะกรรมการฯ ครั้งที่ 1/2564").
_PIECE_PROSE = re.compile(r"ฯ|ประชุม|เปิดเผย|กล่าว|เห็นชอบ|มอบหมาย|แถลง|ชี้แจง|รายงาน|มีมติ")
_MOST_PIECES = 5
_NATIONAL = "แห่งชาติ"
# The bodies a committee is named with as its owner, written last ("…ประจำกระทรวงยุติธรรม").
_OWNERS = ("ministry", "department")
# A ministry's notice, order or rule, named by the ministry: the name goes on with what it is about.
_DOCUMENT = ("ประกาศ", "คำสั่ง", "ระเบียบ", "กฎ")
# A committee's secretariat ("สำนักงานเลขานุการคณะกรรมการ… กรมส่งเสริมการเกษตร") is the unit of the body after it.
_SECRETARIAT = ("สำนักงานเลขานุการ", "สำนักเลขานุการ", "ฝ่ายเลขานุการ")
_BODY_OUTSIDE = re.compile(r"สหกรณ์|บริษัท|มูลนิธิ|สมาคม|ชมรม")
_LIST_GOES_ON = re.compile(r"[ \t]*(?:และ|หรือ|,|กระทรวง|กรม|สำนักงาน)")
_NATIONAL_PLACES = ("ป่าสงวน", "อุทยาน", "วนอุทยาน")
_NATIONAL_RUN = re.compile(rf"{_THAI}{{3,80}}?{_NATIONAL}(?!{_THAI})")
# The session of a meeting is written between a committee's name and its count ("คณะกรรมการมรดกโลกสมัยสามัญ ครั้งที่ 46").
_SESSION = re.compile(r"(?:ในการประชุม)?สมัย(?:วิ)?สามัญ$")
# A committee of bodies above states (the UN's, ASEAN's, an international one "สากล", the World Heritage or Mekong commission, a bilateral joint
# commission of Thailand and another country) is an international body, not the Thai state's; a Thai national committee
# for one of their conventions is the state's ("คณะกรรมการแห่งชาติว่าด้วยอนุสัญญา…", "…ประสานงานกับองค์การ…").
_ABOVE_STATES = re.compile(r"สหประชาชาติ|อาเซียน|สากล|(?:มรดก|อนามัย|ธนาคาร|อาหาร)โลก|แม่น้ำโขง|ทวิภาคี|พหุภาคี|ระหว่างรัฐบาล")
_THAI_SIDE = re.compile(r"แห่งชาติ|กับ")
# A committee that every village, subdistrict, district, province or group of provinces has is a kind, not one body.
_KIND_OF_COMMITTEE = re.compile(r"หมู่บ้าน|ตำบล|อำเภอ|จังหวัด(?!ชายแดนภาคใต้)|(?<!ป)ระดับ(?:พื้นที่|ท้องถิ่น|ชาติ)?$")
# (the southern border provinces are one region, not a province each: "คณะกรรมการยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้";
# a name ending in ไม้ประดับ, ornamental plants, ends in no level)
# After a space, a word that goes on with the sentence: the name before it is whole.
_CLAUSE_AFTER = re.compile(r"[ \t]+(?:ได้|ยัง|มี|ประกอบด้วย|จึง|จะ|ซึ่ง|โดย|เมื่อ|พิจารณา|ลงพื้นที่|กำหนด|มอบ|เป็น|ร่วมกับ)")
# "ใน" inside a run unclosed by a short form, a count or a year starts prose ("…ทุนหมุนเวียนในระดับดี",
# "…ดีเด่นในวันนี้"), a royal patronage aside.
_IN_CLAUSE = re.compile(r"ใน(?!พระ)")
# A last word that wants its object: the name goes on past the space ("…สอบสวนข้อเท็จจริงกรณี ได้…").
_WANTS_MORE = ("กรณี", "เรื่อง", "ด้าน", "ของ", "และ", "การ", "ความ", "เพื่อ", "ที่", "แห่ง", "ว่าด้วย", "สำหรับ", "ระดับ")
# After a chair's committee, the next person ("… และนายสมชาย"), or the line's end: a name may go on after a
# space with และ ("…ส่งเสริมสินค้าเกษตร และผลิตผลการเกษตร…"), so only a person or the end closes it.
_PERSON_AFTER = re.compile(r"[ \t]*(?:$|\n|,|[ \t](?:(?:และ|กับ|พร้อมด้วย|พร้อม)[ \t]?)?"
                           r"(?:นาย|นาง|น\.ส\.|ดร\.|ศ\.|รศ\.|ผศ\.|พล\.|พ\.|ร\.|ว่าที่))", re.M)
# A working group is named for its task ("คณะทำงานคัดเลือกเรือนจำดีเด่น"); one named for a project or nothing
# ("คณะทำงานโครงการพัฒนาชุมชน") is a team, no body.
_TASK = re.compile(r"คัดเลือก|พิจารณา|ตัดสิน|ประเมิน|ขับเคลื่อน|จัดทำ|ตรวจ|ติดตาม|ศึกษา|พัฒนา|ส่งเสริม|บูรณาการ|แก้ไข|ป้องกัน"
                   r"|ดำเนินงาน|จัดงาน|ประสานงาน|กำกับ|บริหาร|อำนวยการ")
# A run that only says what a panel does, not which one it is: "ตัดสินการประกวด", "คัดเลือกผลงาน", "ดำเนินงาน".
_DUTY_ONLY = re.compile(r"(?:ตัดสิน|ตรวจ(?:ประเมิน|เยี่ยม|สอบ|ติดตาม)?|ประเมิน|คัดเลือก|พิจารณา|จัดงาน|จัด|ดำเนินงาน|ดำเนินการ"
                        r"|บริหาร|อำนวยการ|ประสานงาน|กลั่นกรอง|ติดตาม|ประกวด|สรรหา|ผู้ทรงคุณวุฒิ|ที่ปรึกษา|กลาง|เฉพาะกิจ|ร่วม|สอบสวน|สอบข้อเท็จจริง|วินิจฉัย)"
                        r"(?:ผล(?:งาน)?|รางวัล|การประกวด|การแข่งขัน|การคัดเลือก|การประเมิน|โครงการ|ผู้ได้รับรางวัล|ข้อเท็จจริง|วินัย|อย่างร้ายแรง|ร้ายแรง|ฯ)*$")
# Clause words glued after a name: where it ends is then not shown ("…การทุจริตแห่งชาติ" is closed, "…ค่าจ้างได้มีมติ" is not).
_PROSE = re.compile(r"(?<=\S{3})(?:ได้รับ|ได้|จึง|จะ|โดย|ซึ่ง|มีมติ|แล้ว|ว่า(?!ด้วย)|ดังกล่าว|ยัง|เพื่อพิจารณา|ครั้งที่|แต่ละ)")


@lru_cache(maxsize=4)
def _committee_cores(gazetteer: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(core name, key) of every committee of the tables, longest first: "พัฒนาระบบราชการ" of
    คณะกรรมการพัฒนาระบบราชการ."""
    cores = []
    for org in [*gazetteer.agencies.values(), *gazetteer.bodies.orgs.values()]:
        if org.kind == "committee" and org.name.startswith("คณะกรรมการ"):
            for name in (org.name, *org.aliases):
                if name.startswith("คณะกรรมการ"):
                    cores.append((re.sub(r"\s+", "", name.removeprefix("คณะกรรมการ")), org.key))
    return tuple(sorted(cores, key=lambda c: -len(c[0])))


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Candidates (start, -length, priority, mention) for the committees the text names and closes."""
    text, gazetteer = reading.text, reading.gazetteer
    found = []
    for match in _HEAD.finditer(text):
        start = match.start()
        if start and re.match(_THAI, text[start - 1]) and not text.endswith(_GLUE_BEFORE + _TITLE_BEFORE, max(0, start - 10), start):
            continue        # inside another word: "สำนักงานคณะกรรมการ…" is the committee's office
        run = match.group("run")
        if _NOT_A_NAME.match(run):
            continue
        head = match.group()[:len(match.group()) - len(run)]
        if head == "คณะทำงาน" and not _TASK.match(run):
            continue        # a project's team, not a working group named for its task
        sub = bool(match.group("sub"))
        titled = text[max(0, start - 11):start].rstrip(" \t").endswith(_TITLE_BEFORE)
        glued = bool(start) and re.match(_THAI, text[start - 1]) is not None \
            and not text.endswith(_GLUE_BEFORE, max(0, start - 10), start)
        closed = _closed_name(text, match.start("run"), run, titled, glued)
        spaced_owner = None
        if closed is None:
            closed, spaced_owner = _closed_by_owner(gazetteer, text, start, match.start("run"), run)
        if closed is None:
            closed = _closed_across_spaces(text, match.start("run"), run)
        if closed is None:
            continue
        session = _SESSION.search(closed)
        if session and session.start() >= 3:
            closed = closed[:session.start()]
        name, end = head + re.sub(r"[ \t]+", " ", closed), match.start("run") + len(closed)
        if _known(gazetteer, name):
            continue        # a committee of the tables, which the finder names already
        owner = spaced_owner or _owner_written_last(gazetteer, closed)
        if owner and text.endswith(_SECRETARIAT, 0, start):
            continue
        if _KIND_OF_COMMITTEE.search(closed) or (owner is None and _holds_an_agency(gazetteer, closed)):
            continue        # every village's or district's committee, a committee "of the ministry …" in prose: no name
        if not sub and any(re.sub(r"[ \t]+", "", closed).startswith(core) for core, _ in _committee_cores(gazetteer)):
            continue        # a committee of the tables with words glued after its name
        parent = _parent_committee(reading, closed, end) if sub else None
        parent = parent or owner
        if sub and parent is None and closed.startswith("ด้าน"):
            continue        # "คณะอนุกรรมการด้านกีฬา": an area of a committee not shown, ambiguous alone
        if _ABOVE_STATES.search(closed) and not _THAI_SIDE.search(closed):
            key = reading.learn_organization(name, "international", None)
            found.append((start, start - end, 3, OrgMention(start, end, key, "named")))
            continue
        key = reading.learn_organization(name, "committee", parent)
        found.append((start, start - end, 3, OrgMention(start, end, key, "committee")))
    return found


def _closed_name(text: str, start: int, run: str, titled: bool = False, glued: bool = False) -> str | None:
    """The run's words up to where the text closes the name, or None where it does not; ``titled``: an
    officer's title stands before the head, ``glued``: written on to it (then แห่งชาติ with letters after it
    may be a foreign country's committee, "…แห่งชาติจีน": not read)."""
    national = run.find(_NATIONAL)
    if national > 0 and run[:national].endswith(_NATIONAL_PLACES):
        # "…ในเขตป่าสงวนแห่งชาติ ป่า…": a national forest or park, the name goes on, unless a count closes it
        # ("คณะกรรมการพิจารณาการใช้ประโยชน์ในเขตป่าสงวนแห่งชาติ ครั้งที่ 5/2564")
        return run if _MEETING_AFTER.match(text, start + len(run)) and not _PROSE.search(run) else None
    if national > 0 and not (glued and len(run) > national + len(_NATIONAL)):
        name = run[:national + len(_NATIONAL)]
        return None if _PROSE.search(name) else name
    end = start + len(run)
    if _PROSE.search(run):
        return None     # prose glued on: where the name ends is not shown
    english = _ENGLISH_NAME_AFTER.match(text, end)
    if english and len(run) >= 8 and not _DUTY_ONLY.match(run) and not _IN_CLAUSE.search(run, 3) and "ของ" not in run \
            and not run.startswith(_OF_STATES_TOGETHER) \
            and not _JOINT.search(english.group()) and not _WHOSE_AFTER.match(text, english.end()):
        return run      # (not "คณะทำงาน…ในคณะกรรมการ… (Fruit Board)": the English name is the committee's written last)
    if _SHORT_FORM_AFTER.match(text, end) or _MEETING_AFTER.match(text, end) or _YEAR_AFTER.match(text, end):
        return run
    under = _UNDER.match(text, end)
    if under and text.startswith("คณะกรรมการ", under.end()):
        return run      # "คณะอนุกรรมการ… ภายใต้คณะกรรมการ…"
    if len(run) < 8 or _DUTY_ONLY.match(run) or _IN_CLAUSE.search(run, 3) or run.endswith(_WANTS_MORE) \
            or "แห่งประเทศไทย" in run or "ของ" in run or run.startswith(("ด้าน", "บริหาร", "ร่วม")):
        # "คณะกรรมการตัดสินการประกวด": what the panel does, not which panel; "…ในวันนี้": prose;
        # "คณะกรรมการรถไฟแห่งประเทศไทย", "…อีคอมเมิร์ซของกระทรวง…", "…ด้านการกำกับดูแลกิจการที่ดี": a body's
        # board (…บริหาร…), its committee on one matter, a joint one with another state (ร่วม…): named by the
        # body or the states, or not at all
        return None
    if titled and run.endswith("และคณะ") and len(run) > 14:
        return run[:-len("และคณะ")]     # "ประธานคณะกรรมการ…บางหลวงและคณะ": the chair's party follows the name
    if run.endswith("ฯ"):
        return None     # "คณะอนุกรรมการขับเคลื่อนฯ": a name cut short, the rest not written
    if _CLAUSE_AFTER.match(text, end) or (titled and _PERSON_AFTER.match(text, end)):
        return run
    return None


def _closed_across_spaces(text: str, start: int, run: str) -> str | None:
    """The words of a name written with spaces inside, up to the meeting count, year or short form that closes it
    (the text as written), or None where no such mark follows within a few words."""
    end = start + len(run)
    if (end < len(text) and re.match(_THAI, text[end])) or _PROSE.search(run) or run.endswith("ฯ") or _NATIONAL in run:
        return None     # (…แห่งชาติ ends a name; a national forest's own name after it is a place: "…ป่าสงวนแห่งชาติ ป่าดงใหญ่")
    for _ in range(_MOST_PIECES):
        piece = _PIECE.match(text, end)
        if piece is None or _PIECE_PROSE.search(piece.group()):
            return None
        end = piece.end()
        if _SHORT_FORM_AFTER.match(text, end) or _MEETING_AFTER.match(text, end) or _YEAR_AFTER.match(text, end):
            closed = text[start:end]
            compact = re.sub(r"[ \t]+", "", closed)
            return None if _PROSE.search(compact) or _DUTY_ONLY.match(compact) else closed
    return None


def _owner_written_last(gazetteer: Gazetteer, run: str) -> str | None:
    """The ministry or department a committee's name ends with, where it holds no other agency and the words
    before it name the committee ("คณะกรรมการตรวจสอบและประเมินผลประจำกระทรวงยุติธรรม",
    "คณะกรรมการแก้ไขปัญหาความเดือดร้อนของมวลชนกระทรวงเกษตรและสหกรณ์"): the body whose committee it is, its parent."""
    regex, surfaces = _surface_index(gazetteer)
    inside = [match for match in regex.finditer(run) if match.start() > 0]
    if len(inside) != 1 or inside[0].end() != len(run) or inside[0].start() < 8:
        return None
    key = surfaces.get(re.sub(r"\s+", "", inside[0].group()), ("",))[0]
    agency = gazetteer.agencies.get(key)
    before = run[:inside[0].start()].removesuffix("ประจำ").removesuffix("ประจํา")
    if agency is None or agency.kind not in _OWNERS or not _names_a_committee(before):
        return None
    return key


def _closed_by_owner(gazetteer: Gazetteer, text: str, head: int, start: int, run: str) -> tuple[str | None, str | None]:
    """A committee's name the name of its ministry or department ends, written on to it or after a space, where
    the owner's name ends there ("คณะทำงานขับเคลื่อนการดำเนินการป้องกันและปราบปรามผู้มีอิทธิพล กระทรวงมหาดไทย",
    "…ประเมินผลประจำกระทรวงยุติธรรม ผ่านระบบ…"): (the name as written, the owner written after a space). Not
    a body of the tables with words after it ("คณะกรรมการกฤษฎีกาตอบข้อหารือ… กระทรวงแรงงาน"), nor an owner in a list
    of bodies ("คณะกรรมการอ้อยและน้ำตาลทราย กระทรวงเกษตรและสหกรณ์ และกระทรวงพาณิชย์")."""
    end = start + len(run)
    regex, surfaces = _surface_index(gazetteer)
    known = regex.match(text, head)
    if (end < len(text) and re.match(_THAI, text[end])) or (known and known.end() > start + 2):
        return None, None       # the run was cut at its longest (where the name ends is not shown), or a known body
    if _owner_written_last(gazetteer, run):
        return run, None
    after = regex.match(text, end + 1) if text.startswith(" ", end) else None
    if after is None or (after.end() < len(text) and re.match(_THAI, text[after.end()])) \
            or _LIST_GOES_ON.match(text, after.end()):
        return None, None
    key = surfaces.get(re.sub(r"\s+", "", after.group()), ("",))[0]
    agency = gazetteer.agencies.get(key)
    if agency is None or agency.kind not in _OWNERS or not _names_a_committee(run) or _holds_an_agency(gazetteer, run) \
            or _written_without(text, head, end, (after.group(), agency.name, *agency.abbreviations)):
        return None, None
    return run + " " + after.group(), key


def _written_without(text: str, head: int, end: int, owner: tuple[str, ...]) -> bool:
    """Whether the committee is written elsewhere with its name ending and no owner after it ("ประธานคณะกรรมการ
    ฟื้นฟู…ประมงไทย เปิดเผย…", then "…กระทรวงเกษตรและสหกรณ์ คณะกรรมการฟื้นฟู…ประมงไทย กรมประมง โดย…"): the body
    after it is the next of a list, not its owner."""
    for other in re.finditer(re.escape(text[head:end]) + r"(?![\u0e01-\u0e4e])", text):
        if other.start() != head and not text[other.end():].lstrip(" \t").startswith(owner):
            return True
    return False


def _names_a_committee(words: str) -> bool:
    """Whether the words after a committee's head (before its owner) can be its name: long enough, more than a
    duty, no clause in them, none wanting more words (not "…ที่ดินที่เกี่ยวข้องกับ กระทรวงคมนาคม": the ministry
    is what the committee deals with; not "…ตามประกาศ กระทรวงสาธารณสุข เรื่อง…": a ministry's notice; not
    "…ดำเนินการสหกรณ์ออมทรัพย์กระทรวงเกษตรและสหกรณ์": the board of a body outside the state, named by it)."""
    return len(words) >= 8 and not _DUTY_ONLY.match(words) and not words.endswith(_WANTS_MORE + _GLUE_BEFORE + _DOCUMENT) \
        and not _IN_CLAUSE.search(words, 3) and not _PROSE.search(words) and not _BODY_OUTSIDE.search(words)


def _holds_an_agency(gazetteer: Gazetteer, run: str) -> bool:
    regex, _ = _surface_index(gazetteer)
    return any(match.start() > 0 for match in regex.finditer(run))


def _known(gazetteer: Gazetteer, name: str) -> bool:
    compact = re.sub(r"\s+", "", name)
    return bool(gazetteer.find_by_name(compact) or gazetteer.bodies.find_by_name(compact) or near_table_name(gazetteer, compact))


def _parent_committee(reading: Reading, core: str, end: int) -> str | None:
    """A sub-committee's committee of the tables, or a national one the text names: the one written after it
    (ภายใต้ / ใน / ของ คณะกรรมการ…), else the one whose name it carries on ("คณะอนุกรรมการพัฒนาระบบราชการเกี่ยวกับ…")."""
    cores = _committee_cores(reading.gazetteer)
    under = _UNDER.match(reading.text, end)
    if under and reading.text.startswith("คณะกรรมการ", under.end()):
        after = re.sub(r"[ \t]+", "", reading.text[under.end() + len("คณะกรรมการ"):under.end() + 150])
        written = next((key for name, key in cores if after.startswith(name)), None)
        if written:
            return written
        national = _NATIONAL_RUN.match(reading.text, under.end() + len("คณะกรรมการ"))
        if national and not _PROSE.search(national.group()):   # "… ภายใต้คณะกรรมการโรคติดต่อแห่งชาติ": learned too
            return reading.learn_organization("คณะกรรมการ" + national.group(), "committee", None)
    return next((key for name, key in cores if core.startswith(name)), None)
