"""The ceremony where a programme's awards were given, with what the article states of it.

The ceremony's date is a dated body sentence about the ceremony (not the
dateline, not an announcement of results, a press conference, a span of days or
an occasion's day); the venue follows ``ณ`` or ``ที่`` there; who presided
stands before ``เป็นประธาน`` (not of a press conference, nor of a meeting that
hands nothing over) and who handed out the awards before ``เป็นผู้มอบรางวัล``. The organiser only where the
text says who held or conferred it (``จัดโดย``, ``<body> จัดพิธี``, ``รับรางวัลจาก<body>``, ``<body> มอบรางวัล``,
``… ซึ่ง<body>จัดขึ้น``), never the programme's usual owner.
The programmes themselves are found by ``programmes.py``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from functools import lru_cache
from itertools import islice

from ..gazetteer import HONORIFICS, POSITION_HEADS, Gazetteer
from ..model import Ceremony
from ..thaidate import find_dates
from .programmes import looks_back
from .reading import Reading

# a line of the ceremony: its rite, a handing over or receiving (of an award, a plaque, a certificate of honour,
# a pin, a cup), a contest, or an awards night ("เป็นประธานเปิดงานประกาศรางวัล…")
_CEREMONY_WORDS = re.compile(r"(?<!ราช)พิธี|มอบรางวัล|รับรางวัล|เข้ารับ|ประกวด|ตัดสิน|มอบโล่|รับมอบ|ร่วมงาน"
                             r"|มอบ(?:เกียรติบัตร|ประกาศเกียรติคุณ|เข็ม|ถ้วย)|งานประกาศ(?:ผล)?รางวัล")
_ANNOUNCEMENT = re.compile(r"ประกาศ(?:ผล)?")
# "X คว้ารางวัล … ณ <place>": a day on which an award was won is the ceremony's where a place is given
_WON = re.compile(r"คว้า(?:รางวัล|โล่)")
# "วันนี้ (12 กันยายน 2565) เวลา 10.00 น. ที่กระทรวงสาธารณสุข จ.นนทบุรี": an agency right after the day is the place
_AT_AFTER_DAY = re.compile(r"[ \t]*\)?[ \t]*(?:เวลา[ \t]?\d{1,2}[.:]\d{2}[ \t]?น\.[ \t]*)?(?:ณ|ที่)[ \t]{0,3}")
# A venue follows ณ (at) or ที่ (at), a space or a few after it ("ณ  ห้อง…", typed twice), and begins with a kind of place: room, building,
# convention centre, hotel, Government House, hall, provincial hall …; or, after ณ, a place named in Latin letters
# ("ณ MCC Hall The Mall Ngamwongwan", "ณ Sands Expo and Convention Center": two capitalised words at least); after ณ,
# which names a place where ที่ may open a clause, also a hall, a temple, a floor, a cinema or theatre, a throne hall or
# palace, a museum, an institute, an office, a ministry or a department ("ณ ศาลาสหทัยสมาคม ในพระบรมมหาราชวัง",
# "ณ วัดอรุณราชวราราม", "ณ ชั้น 1 ศูนย์การค้า…", "ณ กระทรวงสาธารณสุข"; not "ณ จังหวัด…", "ณ ประเทศ…", "ณ วันที่…")
_VENUE_START = re.compile(
    r"(?:(?<=[\s(])|^)(?:ณ|ที่)[ \t]{0,3}(?=ห้อง|อาคาร|ศูนย์ประชุม|ศูนย์การประชุม|ศูนย์นิทรรศการ|โรงแรม|ทำเนียบรัฐบาล|หอประชุม|ตึก"
    r"|สโมสร|ศาลากลาง|ศาลาประชาคม|ศูนย์แสดงสินค้า|ศูนย์การค้า|อิมแพค|อิมแพ็ค|ไบเทค|สนาม|ลาน|เวที|มหาวิทยาลัย|พุทธมณฑล|หอ|โถง|บริเวณ)"
    r"|(?:(?<=[\s(])|^)ณ[ \t]{1,3}(?=[A-Z][A-Za-z]+[ \t][A-Z])"
    r"|(?:(?<=[\s(])|^)ณ[ \t]{0,3}(?=ศาลา|ศูนย์|วัด|ชั้น[ \t]?[\d๐-๙]|โรงภาพยนตร์|โรงละคร|ฮอลล์|พระที่นั่ง|พระตำหนัก|พระราชวัง|พิพิธภัณฑ์"
    r"|สถาบัน|สำนักงาน|กระทรวง|กรม)")
_CHAIR = re.compile(r"(?:เป็น|ทำหน้าที่)?ประธาน(?:ในพิธี|เปิดงาน|ในการ|ในงาน|พิธี|มอบ)?")
# "เป็นประธานมอบรางวัล" presides and hands out; "เป็นประธานในพิธีมอบรางวัล" only presides;
# "เป็นประธานในพิธีและผู้มอบรางวัล" does both.
# (the chair of "พิธีมอบโล่…" / "พิธีมอบรางวัลให้…" / "พิธีเปิดงานมอบโล่…" presides it: the rite's name says nothing of who handed them)
_PRESENTER = re.compile(r"เป็นผู้มอบ|ทำหน้าที่มอบ|(?<!พิธี)(?<!งาน)มอบรางวัลให้|(?<!รับ)(?<!พิธี)(?<!งาน)มอบโล่|(?:เป็น)?ประธานมอบ|และ(?:เป็น)?ผู้มอบ")
# the chair's sentence going on to hand the awards over itself: "X เป็นประธานในพิธี… และมอบรางวัล…",
# "… เป็นประธานเปิดงาน… พร้อมทั้งมอบโล่…", "… ประธานในพิธีมอบรางวัล… ซึ่งจัดขึ้นโดย สคร. ได้มอบรางวัล… ให้แก่…"
# (a clause of its own, after a space: not the rite's name, "พิธีเปิดงานและมอบรางวัล", "พิธีมอบ…", "การมอบ…";
# nor a verb whose subject is another person named on the way)
_CHAIR_ALSO_GIVES = re.compile(r"(?<=[ \t])(?:ได้|และ(?:ได้)?|พร้อม(?:ทั้ง|กับ|กันนี้(?:ได้)?)?|ก่อน|จากนั้น(?:ได้)?)"
                               r"[ \t]?มอบ(?:รางวัล|โล่|ประกาศเกียรติคุณ|เกียรติบัตร|ถ้วย)")
_CHAIR_SENTENCE = 300    # characters after the chair's cue where their sentence may go on to hand the awards over
# "<person or title> มอบรางวัล" (the headline's "นายกรัฐมนตรีมอบรางวัล …"): they handed out the awards
_GIVES = re.compile(r"(?:ได้|ให้เกียรติ)?มอบ(?:รางวัล|โล่|ประกาศเกียรติคุณ)")
# "<person> ได้รับมอบหมายจาก <who delegated> เป็นประธาน": the first person presides
_DELEGATED_BY = re.compile(r"(?:ได้)?รับมอบหมาย(?:ให้)?จาก")
# between a person and a role: the person did something else (and, said, attended, received, delegated the role to
# someone: "นายสุชาติ … มอบหมายให้เป็นประธาน…"; not "กล่าวในโอกาสเป็นประธาน…", speaking as the one who presides)
_NOT_THE_ROLE = re.compile(r"(?:^|[ \t])(?:และ|ได้|กล่าว(?!(?:ใน)?โอกาส)|เข้าร่วม|ร่วม|เข้ารับ|รับมอบ|เป็นผู้แทน|มอบหมาย)")
# the person's own next clause right before a role they take: "X … ได้เป็นประธาน…", "X บรรยายพิเศษ… และเป็นประธานมอบรางวัล…"
# (not a bare verb, "… และมอบโล่ที่ระลึก…", which the chair's own sentence reads; what comes before it is still read: "X กล่าวว่า… ได้เป็นประธาน…" names a speaker, "X เข้าร่วม… และเป็น…" a guest)
_OWN_NEXT_CLAUSE = re.compile(r"[ \t]*(?:และ)?[ \t]*(?:ได้)?[ \t]*$")
# "รับรางวัล … จาก <บุคคล>": received the award from a person
# (not a guest honouring the event in a clause of its own: "… ผู้ได้รับรางวัล และได้รับเกียรติจาก <person> มาบรรยาย…")
_RECEIVED_FROM = re.compile(r"(?<!สำห)รับ(?:มอบ)?(?:รางวัล|โล่)(?:(?!และ(?:ได้)?รับเกียรติ)[^\n]){0,160}?จาก[ \t]?")
_ORGANIZED_BY = re.compile(r"จัดขึ้นโดย|จัดโดย|ซึ่งจัดโดย")
# ("จัดให้มี" holds a rite, a contest or an event: "… จัดให้มีการมอบรางวัล…", "… จัดให้มีการสัมมนา… โดยมีกิจกรรมการมอบโล่…";
# not a service, a centre or a project set up, "… รัฐวิสาหกิจ… จัดให้มีศูนย์ราชการสะดวก", "… จัดให้มีโครงการ…";
# nor a dinner held for the winners, "… ได้จัดงานเลี้ยงอาหารค่ำเพื่อเป็นเกียรติแก่ผู้รับพระราชทานรางวัล…"; nor a manager,
# "ธนาคาร… เป็นผู้จัดการการจัดจำหน่ายพันธบัตร"; nor the rite's own name, "ได้รับรางวัล… ภายในงานประกาศผลรางวัล APEA…",
# whose winner is written before it)
_ORGANIZES = re.compile(r"(?:ได้)?(?:จัด(?:การประกวด|ประกวด|พิธี|งาน(?!เลี้ยง)|ให้มี(?=[ \t]?(?:การ(?:มอบ|ประกวด|แข่งขัน|ประกาศ|สัมมนา|ประชุม|เสวนา)|พิธี|งาน|กิจกรรม)))|(?<!งาน)(?<!พิธี)ประกาศผล(?:การ(?:พิจารณา|ตัดสิน|คัดเลือก))?รางวัล|เป็นผู้จัด(?!การ|ทำ|หา|จำหน่าย|ส่ง)|เป็นเจ้าภาพ)")
# "รับรางวัล… ประจำปี 2567 จากสำนักงาน ก.พ.ร.": received the award from a body, which conferred it
_RECEIVED_FROM_BODY = re.compile(r"(?:(?<!สำห)รับ(?:มอบ)?(?:รางวัล|โล่)|รับรอง(?:มาตรฐาน)?)[^\n]{0,120}?(?:(?<!มา)จาก|(?<=[\d๐-๙] )ของ|(?<=[\d๐-๙])ของ)[ \t]?(?!ผลงาน|การ)")
# "<body> มอบรางวัล…", "กระทรวงยุติธรรม มอบประกาศเกียรติคุณ…", "<body> (<short form>) ได้มอบโล่…": the body is the subject of the
# handing over, so it conferred the awards (a body's head handing them over is a title, read as a person; not "จะมอบ",
# "เตรียมมอบ", "ได้รับมอบ", "ร่วมพิธีมอบ", which say nothing of who conferred)
# … with its partners written before it: "พม. จับมือ มูลนิธิ… มอบรางวัล…", "<body> และ <partner> มอบรางวัล…" (the body written first)
_PARTNERED = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ร่วมกับ|จับมือ(?:กับ)?|และ|,)[ \t]*")
_CONFERS = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?ฯ?[ \t]?(?:ได้|จึง|ยัง)?[ \t]?มอบ(?:รางวัล|โล่|ประกาศเกียรติคุณ|เกียรติบัตร|ถ้วย)")
# "พิธีมอบรางวัล… ซึ่ง<body> (โดย <unit> | ร่วมกับ / และ <partners>) (ได้|ร่วมกัน)จัดขึ้น": a relative clause after the rite saying
# who held it (the body written first organised it, through its unit or with its partners; not one to come, "ซึ่ง<body>
# จะจัดขึ้น", "… กำหนดจัดขึ้น"; not where another event is named between the rite and the clause, "พิธีมอบรางวัล… ในงาน
# สัมมนา… ซึ่ง<body>จัดขึ้น", "… เป็นหนึ่งในกิจกรรม… ซึ่ง<body>จัดขึ้น": who held the seminar or the day's activities)
_WHICH_BODY = re.compile(r"ซึ่ง[ \t]?")
_HELD_IT = re.compile(r"(?:[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:โดย|ร่วมกับ|และ|จับมือ)(?:(?!จะ|กำหนด|เตรียม)[^\n]){0,80}?)?[ \t]*(?:ได้|ร่วมกัน)*[ \t]?"
                      r"จัด(?:ขึ้น|งาน|พิธี)(?!โดย)")
_RITE = re.compile(r"พิธี|งาน(?:ประกาศผล(?:และ)?)?(?:มอบ|ประกาศ)")
_ANOTHER_EVENT = re.compile(r"ประชุม|สัมมนา|เสวนา|อบรม|กิจกรรม|มหกรรม|นิทรรศการ|เทศกาล|งานวัน|งานแสดง|ประกวด|แข่งขัน")
# where the sentence that names an organiser begins: a line, a quotation, a reported "ว่า"
_CLAUSE_START = re.compile(r"\n|“|\"|ว่า[ \t]")


# a conferral reported as done: the ceremony, the results announced, a contest judged or won (not one held, which may
# still be open for entries: "… ด้วยการจัดการประกวดผ้าลายพระราชทาน…"), a handing
# over, a receiving (not ได้รับรางวัล alone, which says who won, not that a ceremony was held: that counts only
# where a place or a giver is named with it; not "การมอบรางวัล" / "การจัดงานมอบรางวัล", the event spoken of in
# general, nor "การจัดพิธีมอบรางวัล", though "มีการมอบรางวัล" reports one; not what is handed at a rite that confers no award: a policy,
# a grant, money, a certificate of standard, relief goods; not who receives or received, "ผู้(เข้า)รับรางวัล", "(คณะ)ผู้ได้รับรางวัล", "ทีมที่ได้รับรางวัล เข้าพบ…", named as guests or visitors;
# not "เข้ารับหน้าที่" or "เข้ารับบริการ", taking up a post or a service; not "การรับโล่…", a receiving spoken of in a report,
# nor "(ยื่น)ขอรับรางวัล", applying for one)
_CONFERRAL_CUE = re.compile(r"(?<!การจัด)พิธี(?:ประกาศผล(?:และ)?)?มอบ(?!นโยบาย|ทุน|เงิน|ใบรับรอง|บ้าน|ถุงยังชีพ|สิ่งของ|อุปกรณ์|ที่ดิน|โฉนด)|ตัดสิน(?:ผล|การ(?:ประกวด|แข่งขัน|แสดง))|(?<!การ)ประกาศผล(?:รางวัล|การ(?:ตัดสิน|คัดเลือก|ประกวด))|คว้ารางวัล(?:ชนะเลิศ|รองชนะเลิศ)|(?<!การจัด)งาน(?:ประกาศผล(?:และ)?)?มอบ|(?<!การจัด)งานประกาศ(?:ผล)?รางวัล|(?<=มีการ)มอบ(?:รางวัล|โล่)|(?<!การ)(?<!การจัดงาน)(?<!การจัดพิธี)มอบ(?:รางวัล|โล่|เกียรติบัตร|ประกาศเกียรติคุณ|ถ้วย|เข็ม|ใบประกาศ)"
                            r"|(?<!ได้)(?<!สำห)(?<!ตรวจ)(?<!ผู้)(?<!ผู้เข้า)(?<!การ)(?<!ขอ)รับ(?:มอบ)?(?:รางวัล|โล่|เกียรติบัตร|ประกาศเกียรติคุณ|ถ้วย)|(?<!ผู้)เข้ารับ(?!การ|ตำแหน่ง|ราชการ|หน้าที่|ฟัง|บริการ)|(?:พระราชทาน|ประทาน)(?:รางวัล|โล่|ถ้วย|เข็ม)"
                            r"|(?<!ผู้)(?<!ที่)(?:ได้รับ|คว้า)(?:รางวัล|โล่)(?=[^\n]{0,160}?(?:(?<=[\s(])(?:ณ|ที่)[ \t]?(?:ห้อง|อาคาร|โรงแรม|ทำเนียบ|ศูนย์|หอประชุม|สโมสร)|จาก[ \t]?(?:นาย|นาง|พล|ดร)))")
# before the cue in its clause: a meeting that decides, discusses or selects ("มติที่ประชุม… ให้ส่วนราชการจัดพิธีมอบ…", "ที่ประชุมฯ
# เห็นพ้องให้มีการมอบรางวัล…", "ประชุมคณะกรรมการ… พิจารณา…"; not a meeting someone opened or chaired that hands awards over
# too, "เปิดการประชุม… และพิธีมอบโล่รางวัล…", "ประชุมผู้บริหาร… พร้อมมอบโล่…", "ก่อนการประชุม… ได้มอบโล่…"), a call for entries, a look back, a
# congratulation, a lucky draw or a prize to be won (ลุ้นรับ…, the first 20 passengers), a search for candidates,
# a press conference or statement ("แถลงข่าว…", "ก.อุตฯ แถลงมอบรางวัล…"), a fair's programme of activities ("มีกำหนดจัดงาน…", "ภายในงานมีกิจกรรมที่น่าสนใจมากมาย อาทิ … พิธีมอบ…"),
# a judging round ("… เป็นองค์ประธานคณะกรรมการตัดสินการประกวด…", "รอบตัดสินระดับประเทศ"), a project's aim of
# selecting ("… เพื่อดำเนินการสรรหาและมอบรางวัลให้…"), a meeting's approval ("ที่ประชุม… รับรองให้โรงเรียน… เข้ารับรางวัล…"), an invitation to preside or to
# come ("… มาเรียนเชิญท่านรัฐมนตรี เป็นประธานในพิธีมอบรางวัล…"), an award announced ("องค์การอนามัยโลกประกาศมอบรางวัลแก่…",
# not "พิธีประกาศผลและมอบรางวัล"): no conferral reported. The clause is read up to the cue's end ("เพื่อรับรางวัล", "เพื่อเข้ารับ…", "เพื่อมอบ…": to receive,
# to hand over). A conferral recalled from an earlier year ("เมื่อปี 2562 ได้เข้ารับ…") is none the article reports.
_NOT_DONE = re.compile(r"เตรียม|เพื่อ(?:เข้า)?รับ|เพื่อมอบ|เมื่อปี|ปีที่แล้ว|(?<!สถาน)ที่ประชุม|มติ|ประชุม[^\n]{0,40}?(?:หารือ|ชี้แจง|พิจารณา|คัดเลือก)|เพื่อ(?:พิจารณา|คัดเลือก)|เปิดรับ|สมัคร|เคย|ที่ผ่านมา|ชื่นชม|ยินดี(?:ที่|กับ)|ความยินดีกับ|ขอบคุณ|อวยพร"
                       r"|จับ(?:รางวัล|สลาก)|ชิงรางวัล|ลุ้น|ท่านแรก|เฟ้นหา|สรรหา|(?:รับรอง|เห็นชอบ|อนุมัติ)ให้|แถลง|มีกำหนด|เรียนเชิญ|ขอเชิญ|เชิญชวน|ประกาศมอบ|กิจกรรม[^\n]{0,30}?อาทิ|คณะกรรมการ(?:ตัดสิน|พิจารณา)|รอบตัดสิน")
# anywhere before the cue on its line: a praise, a congratulation or its flowers ("นายกฯ ชื่นชม… ที่… ได้รับรางวัล…",
# "ขอแสดงความยินดีกับ…", "มอบช่อดอกไม้แสดงความยินดีแก่…"), reporting a conferral held elsewhere, not a ceremony (a speech of congratulation
# at the ceremony, "กล่าวแสดงความยินดี", names no one congratulated and stays, as does a rite someone presided that
# hands awards itself, "เป็นประธานในพิธีแสดงความยินดีแก่… และมอบรางวัล…")
# after the cue in its clause: a habit, not an event ("… และมีการมอบรางวัลอย่างต่อเนื่องทุกปี", "มอบรางวัล… เป็นประจำทุกปี";
# not a clause of its own that says the event is held yearly, "พิธีมอบรางวัล… ซึ่งจัดขึ้นเป็นประจำทุกปี")
_HABITUAL = re.compile(r"ทุก[ \t]?(?:ๆ[ \t]?)?ปี|เป็นประจำ")
_CLAUSE_OF_ITS_OWN = re.compile(r"ซึ่ง|โดย|ที่จัด")


def _habitual(text: str, start: int, end: int) -> bool:
    """Whether the cue's own clause, up to a clause of its own, tells a habit."""
    own = _CLAUSE_OF_ITS_OWN.search(text, start, end)
    return bool(_HABITUAL.search(text, start, own.start() if own else end))


# right before the cue: a screening passed to receive the award ("… ผ่านเกณฑ์การคัดเลือกเข้ารับรางวัลจากนายกรัฐมนตรี"), no conferral
_SCREENED_FOR = re.compile(r"ผ่าน(?:เกณฑ์)?(?:การ)?คัดเลือก(?:ให้)?[ \t]?$")
# (or a courtesy call to report it, "… เข้าพบ / เยี่ยมคารวะ <minister> … ที่ได้รับรางวัล…": the visit's day and place, not the conferral's)
_CONGRATULATED = re.compile(r"ชื่นชม|ยินดี(?:กับ|แก่)|ขอแสดงความยินดี|ดอกไม้|เข้าพบ|เยี่ยมคารวะ")
_PRESIDED_RITE = re.compile(r"ประธาน(?:ใน)?พิธี")
# right after the cue: a plaque of thanks, a souvenir, or a plaque to sponsors, donors, a network or those who
# took part, or to those retiring ("มอบโล่แก่ผู้สนับสนุนการจัดงาน", "มอบโล่ที่ระลึก", "มอบเกียรติบัตรแก่ผู้เข้าร่วม…",
# "มอบโล่เกียรติคุณและของที่ระลึกแก่ผู้เกษียณอายุราชการ"): no award
_THANKS = re.compile(r"[ \t]?(?:(?:เกียรติคุณ|รางวัล)?(?:ขอบคุณ|ขอบพระคุณ|ที่ระลึก|เป็นที่ระลึก)|(?:[^\n]{0,30}?(?:แก่|ให้(?:แก่|กับ)?))?[ \t]?"
                    r"(?:ผู้เกษียณ|ผู้(?:ให้การ)?สนับสนุน|หน่วยงาน(?:ที่ให้การ)?สนับสนุน|ผู้บริจาค|ภาคีเครือข่าย|ผู้มีอุปการคุณ|ผู้เข้าร่วม|ผู้ร่วม(?:งาน|กิจกรรม|สนับสนุน)))")
_CLAUSE_BACK = 100       # characters before a cue that are its clause
_CLAUSE_AHEAD = 80       # characters after a cue that are its clause
_DAY_AHEAD = 200         # characters after a cue where the day it names may be (after the programme's long name)
# a conferral to come: "จะมอบรางวัล", "จะมีพิธีมอบ…", "จะเข้ารับโล่…", "จะจัดงานประกาศรางวัล…" (the clause read up to the cue's end)
_TO_COME = re.compile(r"จะ(?:ได้)?(?:มี|จัด|ทำ)?(?:การ|งาน|ให้มี)?(?=พิธี|งานมอบ|งานประกาศ|มอบ|เข้ารับ|รับ)")
# a sentence that schedules or prepares what it reports ("มีกำหนดจัดงาน… ภายในงาน… พิธีมอบรางวัล…", "… รายงาน
# เตรียมความพร้อมการจัดงานมอบรางวัล… ซึ่งมีนายกรัฐมนตรีเป็นประธานมอบรางวัล", "ในวันพรุ่งนี้ (12 พ.ค.) … พิธีมอบ…"):
# no conferral yet, unless the article is published on one of the days it names ("งานมีกำหนดจัดขึ้นระหว่างวันที่
# 6 – 8 มีนาคม … ยังเป็นประธานในพิธีมอบรางวัล…" on 6 March: under way; a schedule of days all past stays a schedule)
# (and a fair's programme told as to come: "ภายในงานจะประกอบไปด้วย… มีการมอบรางวัล…", "… จะประกอบด้วยพิธีมอบ…")
# (a day "this coming": "จัดกิจกรรมวันภาษาไทย วันที่ 26 ก.ค. นี้ เปิดเวทีมอบรางวัล…")
_COMING_DAY = r"[\d๐-๙]{1,2}[ \t]?(?:[ก-ฮ]{1,2}\.[ก-ฮ]\.|[ก-๙]{2,8}(?:คม|ยน|พันธ์))[ \t]?(?:[\d๐-๙]{2,4}[ \t]?)?นี้(?![ก-๙])"
_SCHEDULED_BEFORE = re.compile(r"มีกำหนด(?:จัด|การ)|กำหนดจัด(?:งาน|พิธี|ขึ้น)?|ที่จะถึงนี้|เตรียม(?:ความพร้อม|การจัด|จัด)|พรุ่งนี้"
                               r"|ภายในงานจะ|จะประกอบ(?:ไป)?ด้วย|" + _COMING_DAY)
# the cue's clause says its ceremony is to come: "พิธีมอบรางวัล… ซึ่งจะจัดขึ้นในวันที่ 5 ตุลาคม นี้", "… ที่จะจัดขึ้น …",
# "เป็นประธานมอบรางวัล 13 ธันวาคม 2564 นี้"
_SCHEDULED_AFTER = re.compile(r"(?:ซึ่ง|ที่)?จะ(?:จัด|มี)ขึ้น|จะจัด(?:ให้มี|งาน|พิธี)|กำหนดจัด(?:ขึ้น)?|มีกำหนด(?:จัด|การ)"
                              r"|" + _COMING_DAY)
# prizes that are no award: a lottery's prizes and its winners (สลากกาชาด, ผู้โชคดี, ถูกรางวัล), a bounty for
# informants (รางวัลนำจับ, สินบน, แจ้งเบาะแส), a plaque thanking donors (ผู้บริจาค)
_NO_AWARD_PRIZE = re.compile(r"สลาก|ผู้โชคดี|ถูกรางวัล|นำจับ|สินบน|แจ้งเบาะแส|บริจาค")
# … of which a lottery or a bounty makes its whole programme a prize, wherever else the article names it handed over
_LOTTERY_OR_BOUNTY = re.compile(r"สลาก|ผู้โชคดี|ถูกรางวัล|นำจับ|สินบน|แจ้งเบาะแส")
# the end of a span of days: "8-9 ธันวาคม", "12 - 13 มีนาคม", "30 พ.ย. - 2 ธ.ค.", "… ถึงวันที่ 6"
_RANGE_BEFORE = re.compile(r"(?:[\d๐-๙.ก-ฮ\u0e30-\u0e4e][ \t]*[-–]|ถึง(?:วันที่)?)[ \t]*$")
# … and its start: "30 ธันวาคม 2565 ถึง 4 มกราคม 2566", "30 พ.ย. - 2 ธ.ค." (not "31 สิงหาคม 2566 – นายชัยวุฒิ …")
_RANGE_AFTER = re.compile(r"[ \t]*(?:[-–]|ถึง|จนถึง)[ \t]*(?:วันที่[ \t]*)?[\d๐-๙]")
# the day of an occasion, not of an event: "เฉลิมพระชนมพรรษา 6 รอบ 28 กรกฎาคม 2567", "ซึ่งตรงกับวันที่ …"
_OCCASION_BEFORE = re.compile(r"(?:ชนมพรรษา|คล้ายวัน|สถาปนา|ตรงกับ)[^\n]{0,20}$")
# the day a figure stands at, not a day something happened: "โดย ณ วันที่ 31 ธันวาคม 2564 สามารถปล่อยสินเชื่อ…",
# "(ข้อมูล ณ วันที่ 31 ส.ค. 2566)"
_AS_OF_BEFORE = re.compile(r"(?:^|(?<=[\s(]))ณ[ \t]*$")
_PRESS = re.compile(r"แถลงข่าว")


def _a_day_of_its_own(text: str, mention) -> bool:
    """A day on which something happened: not an end of a span, not the day of an occasion, not the day a figure
    stands at."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return not (_RANGE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
                or _RANGE_AFTER.match(text, mention.end)
                or _OCCASION_BEFORE.search(text, max(line_start, mention.start - 40), mention.start)
                or _AS_OF_BEFORE.search(text, max(line_start, mention.start - 4), mention.start))


# a report told on the day (X เปิดเผยว่า …): the conferral it reports may have a day of its own
_TOLD = re.compile(r"(?:เปิดเผย|กล่าว|เผย|แจ้ง)ว่า")
# a plan told after a day on its line: that day is when it was told ("วันนี้ (18 เม.ย.) … กล่าวว่า พรุ่งนี้ …")
_PLANNED = re.compile(r"พรุ่งนี้|จะ(?:จัด|มี|มอบ|เข้ารับ|ได้รับ|เดินทาง)|กำหนด(?:จัด|การ)|เตรียม(?:จัด|มอบ|ความพร้อม)")


# a ceremony's programme that names no programme: a description of what was won or who won it ("รางวัลชนะการประกวด",
# "รางวัลผู้ชนะการประกวดโลโก้",
# "รางวัลการแข่งขันโครงการ", "รางวัลด้านต่างๆ"), a word read as a name ("รางวัลตั้งแต่", "รางวัลล้วน"), a doubled
# award word, or a clause or slogan run on after the name ("พร้อมทั้งเห็นชอบ…", "… จะได้เข้ารับพระราชทานรางวัล",
# "… มุ่งยกระดับสาธารณสุขไทย…", "… สิ่งที่ท่านได้ไป…"), or the words before a quoted speech ("รางวัลความตอนหนึ่งว่า",
# "… ไม่ยุ่งยาก ไม่ว่า"), or a name cut before its end ("รางวัล…ประจำปี 2565 และ",
# "รางวัลหน่วยงานที่มีผลการประเมิน", "รางวัลการประกวดประเภทต่าง"), what was handed with it ("รางวัลนายกรัฐมนตรี
# เกียรติบัตร"), a visit run on ("… และคณะได้เดินชม…"); a plaque of thanks, to donors, to sponsors, to a panel's experts
# or to speakers ("รางวัลขอบคุณ…", "รางวัลผู้บริจาคเงิน…", "รางวัลผู้สนับสนุนโครงการ…", "รางวัลผู้ทรงคุณวุฒิในคณะกรรมการ…")
# is no award
_NO_PROGRAMME = re.compile(
    r"^(?:รางวัล[ \t]?(?:ขอบคุณ|ผู้บริจาค|ผู้เกษียณ|ผู้(?:ให้การ)?สนับสนุน|ผู้ทรงคุณวุฒิ|วิทยากร|ตั้งแต่|ด้านต่าง|ต่าง[ \t]?ๆ|ล้วน|แด่|ผู้มีเกียรติ|รางวัล|การ(?:ประกวด|แข่งขัน)รางวัล"
    r"|(?:ทีม|ผู้)?ชนะ(?:เลิศ)?(?:การ(?:ประกวด|แข่งขัน))?$|(?:ทีม|ผู้)ชนะ(?:เลิศ)?การ(?:ประกวด|แข่งขัน)|การ(?:ประกวด|แข่งขัน|ประกวดแข่งขัน)(?:โครงการ)?$)"
    r"|(?:พร้อม|และ|โดย|ซึ่ง|เพื่อ|จะ|ได้)|.*[ \t](?:จะ|ได้)(?:ได้)?(?:เข้า)?รับ"
    r"|.*[ \t](?:สิ่งที่|มุ่ง|ชูต้นแบบ|ซึ่ง|โดย)|.*และผู้ได้รับการเสนอชื่อ|.*ความตอนหนึ่ง|.*(?<!ศาลา)ว่า$"
    r"|.*[ \t]และคณะ|.*(?:[ \t]และ|ที่มี(?:ผล(?:การประเมิน)?)?|ประเภทต่าง(?:[ \t]?ๆ)?"
    r"|[ \t](?:เกียรติบัตร|ประกาศเกียรติคุณ|เงินรางวัล))$"
    # only the kind of entry a fair, a conference or a contest judges, with at most a merit word: a category of that
    # event, not a programme ("รางวัลการจัดนิทรรศการ", "รางวัลการนำเสนอผลงานยอดเยี่ยม", "รางวัลประกวดคลิปวิดีโอ";
    # not a contest named with what it is for, "รางวัลการประกวดคลิปวิดีโอสั้นรู้ทันข่าวปลอม")
    r"|รางวัล[ \t]?(?:การ)?(?:จัด|ประกวด|แข่งขัน)?[ \t]?(?:นิทรรศการ|นำเสนอ(?:ผลงาน)?(?:ด้วยวาจา|แบบ)?(?:โปสเตอร์)?|บูธ|โปสเตอร์"
    r"|คลิป(?:วิดีโอ|วีดีโอ|วิดีทัศน์)?(?:สั้น)?|วิดีโอ|ภาพถ่าย|เรียงความ|คำขวัญ|วาดภาพ|สุนทรพจน์|ตอบปัญหา)"
    r"(?:[ \t]?(?:ดีเด่น|ยอดเยี่ยม|ดีเยี่ยม|ชนะเลิศ))?$"
    # only the kind of unit that won, its name cut before what it won for ("รางวัลสถานประกอบกิจการ" of "… สถานประกอบกิจการ
    # ที่ผ่านเกณฑ์…", "รางวัลโรงเรียน"): the recipients, not a programme
    r"|รางวัล[ \t]?(?:สถานประกอบ(?:กิจ)?การ|สถานศึกษา|โรงเรียน|โรงพยาบาล|ชุมชน|หมู่บ้าน|เทศบาล|องค์กร|หน่วยงาน|บุคคล|ผู้ประกอบการ|บริษัท|จังหวัด|อำเภอ)$"
    # only the thing handed with its words of honour ("รางวัลโล่เกียรติคุณ", "รางวัลเกียรติยศ"): what was handed, under no programme
    r"|รางวัล[ \t]?(?:โล่|ถ้วย|เข็ม|เกียรติบัตร)?[ \t]?(?:รางวัล)?(?:เกียรติคุณ|เกียรติยศ|เชิดชูเกียรติ|ประกาศเกียรติคุณ)[ \t]?ฯ?$)")


_SPAN_START = re.compile(r"([\d๐-๙]{1,2})[ \t]*[-–][ \t]*$")


def _first_day(text: str, mention) -> dt.date:
    """The day a mention names, or the first of the span it ends ("6 – 8 มีนาคม 2566": 6 March)."""
    start = _SPAN_START.search(text, max(0, mention.start - 8), mention.start)
    if start:
        try:
            return mention.date.replace(day=int(start.group(1).translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))))
        except ValueError:
            pass
    return mention.date


def _prize_cues(text: str) -> list[re.Match[str]]:
    """The handing-over cues whose clause speaks of a lottery's or a bounty's prizes."""
    found = []
    for cue in _CONFERRAL_CUE.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        if _LOTTERY_OR_BOUNTY.search(text, max(line_start, cue.start() - _CLAUSE_BACK), min(line_end, cue.end() + _CLAUSE_AHEAD)):
            found.append(cue)
    return found


_JUST_PASSED = dt.timedelta(days=7)


def _conferral_cues(text: str, published: dt.date | None = None) -> list[re.Match[str]]:
    """The cues of a conferral the article reports as done: not to come (said so, or on a day after the article's),
    unless the day it names had passed when the article was published ("… จะเข้ารับโล่… ในวันพฤหัสบดีที่ 30
    กันยายน 2564" on 1 October)."""
    found, dates = [], None
    for cue in _CONFERRAL_CUE.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        line_end = text.find("\n", cue.end())
        line_end = len(text) if line_end < 0 else line_end
        back, ahead = max(line_start, cue.start() - _CLAUSE_BACK), min(line_end, cue.end() + _CLAUSE_AHEAD)
        if _NOT_DONE.search(text, back, cue.end()) or _NO_AWARD_PRIZE.search(text, back, ahead) \
                or _SCREENED_FOR.search(text, back, cue.start()) or _habitual(text, cue.end(), ahead) \
                or (_CONGRATULATED.search(text, line_start, cue.start()) and not _PRESIDED_RITE.search(text, line_start, cue.start())) \
                or _THANKS.match(text, cue.end()):
            continue
        dates = find_dates(text) if dates is None else dates
        # the days named in the clause after the cue (not an occasion's, not a span's end)
        days = [m.date for m in dates if m.date and cue.end() <= m.start < min(line_end, cue.end() + _DAY_AHEAD)
                and _a_day_of_its_own(text, m)]
        scheduled = _SCHEDULED_BEFORE.search(text, line_start, cue.start())
        if scheduled and published and any(_first_day(text, m) <= published <= m.date for m in dates
                                           if m.date and scheduled.end() <= m.start < cue.start()):
            scheduled = None      # the article is published on one of the scheduled days: under way
        # a day after the article's earlier on the line: the cue tells what that day will bring ("… จัดขึ้นในวันที่ 26
        # กรกฎาคม 2565 … โดยจะมีมีพิธีมอบ…" on 18 July)
        later_before = published and any(day and day > published and line_start <= m.start < cue.start()
                                         and _a_day_of_its_own(text, m) for m in dates if (day := _day_of(m, published)))
        to_come = _TO_COME.search(text, back, cue.end()) or scheduled or later_before \
            or _of_an_announced_event(text, cue, line_start, dates, published) \
            or _SCHEDULED_AFTER.search(text, cue.end(), ahead) or (published and any(day > published for day in days))
        # (a day named after the cue that had just passed when the article came out: the plan was carried out; a day
        # weeks before it is another event's, told after the plan: "… จะประกอบด้วย… พิธีมอบรางวัล… โดยใน… เมื่อวันที่ 23 ก.ค.")
        if to_come and not (published and any(published - _JUST_PASSED <= day <= published for day in days)):
            continue
        found.append(cue)
    return found


def _day_of(mention, published: dt.date | None) -> dt.date | None:
    """The day a mention names; one written without a year ("จัดงาน 12 พฤศจิกายน …") in the article's year."""
    if mention.date or mention.year_be is not None or not published or mention.relative in ("ที่ผ่านมา",):
        return mention.date
    try:
        return dt.date(published.year, mention.month, mention.day)
    except ValueError:
        return None


# the lead announcing an event to come: a press conference on holding it, a schedule ("… แถลงข่าวการจัดงาน…",
# "… มีกำหนดจัดงาน…", "… เตรียมจัดงาน…")
_ANNOUNCES_EVENT = re.compile(r"แถลงข่าว(?:การ)?(?:จัด|เตรียม)|มีกำหนด(?:การ)?จัด|เตรียม(?:ความพร้อม)?(?:การ)?จัด(?:งาน|พิธี)|จะจัดขึ้น")
# before the cue on its line: the event's programme told ("ภายในงานมีกิจกรรม… ประกอบด้วย… ยังมีพิธีมอบรางวัล…")
_EVENT_PROGRAMME = re.compile(r"ภายในงาน|ในงาน(?:จะ|มี|ประกอบ)|(?:ยัง|จะ)มี(?:พิธี|การ)|กิจกรรม[^\n]{0,40}?(?:ประกอบด้วย|อาทิ|ได้แก่)")
_LEAD_LINES = 6          # the headline, the dateline and the lead's first paragraphs, blank lines not counted


def _of_an_announced_event(text: str, cue, line_start: int, dates, published: dt.date | None) -> bool:
    """Whether the cue belongs to the programme of an event the article's lead announces, its line naming no day
    that had come (nor a span of days begun by the article's): the conferral is to come."""
    lead = [m for m in re.finditer(r"[^\n]*\S[^\n]*", text)][:_LEAD_LINES]
    lead_end = lead[-1].end() if lead else 0
    if not _ANNOUNCES_EVENT.search(text, 0, lead_end) or not _EVENT_PROGRAMME.search(text, line_start, cue.start()):
        return False
    return not any(line_start <= m.start < cue.start() and published and _day_of(m, published)
                   and (_first_day(text, m) if m.date else _day_of(m, published)) <= published for m in dates)


# --- the ceremony ------------------------------------------------------------

# a programme year more than this many years before the article's: a fiscal year's awards are conferred the year after,
# at times a year later still; an older year is an award the article recalls
_YEARS_RECALLED = 2
# the chair's cue naming the rite of conferral: "เป็นประธาน(ใน)พิธีมอบ…", "เป็นประธานในการมอบ…", "เป็นประธานมอบ…"
_PRESIDES_CONFERRAL = re.compile(r"(?:เป็น|ทำหน้าที่)?ประธาน(?:ใน)?(?:พิธี|งาน|การ)?(?:ประกาศผล(?:รางวัล)?(?:และ)?)?มอบ")


def ceremony(reading: Reading, programme: str, year: int | None) -> Ceremony | None:
    """The ceremony of a programme's year, with whatever the article says of it."""
    if year is None:
        return None
    year = _year_named_alike(reading, programme) or year
    published = reading.article.published
    if published and year < published.year + 543 - _YEARS_RECALLED:
        return None               # a programme year long past ("ผู้ได้รับรางวัล… ประจำปี 2561" in 2564): recalled, not held
    named_as = reading.extraction.programmes.get(programme)
    if named_as and _NO_PROGRAMME.search(named_as.name):
        return None               # a description or a clause read as the programme: no ceremony of a programme
    text = reading.text
    if _only_recalled(reading, programme):
        return None               # "ทั้งนี้ ในช่วงที่ผ่านมา … ได้รับรางวัล<programme>…": the day's handing over is another's
    about = lambda position: _about(reading, programme, position)  # noqa: E731  (a cue of this programme's ceremony)
    if any(about(cue.start()) for cue in _prize_cues(text)):
        return None               # a lottery's or a bounty's prizes handed out: no award, whatever the rite is called
    stand_in = _royal_stand_in(reading, about)    # a royal representative sent to hand them over reports the rite too
    if not stand_in and not any(about(cue.start()) and not _names_another(reading, cue)
                                for cue in _conferral_cues(text, reading.article.published)):
        # the article reports no conferral of it: a meeting, a speech, a congratulation, or a conferral of another
        # programme it names (a cue on a line naming no programme is the main programme's, as _about reads it)
        return None
    date, venue, line_span = _date_and_venue(reading, about, year)
    chair_cues = _cues_of_the_conferral_chair(reading, [c for c in _chair_cues(reading) if about(c.start())])
    chair = _person_before(reading, chair_cues)
    presenters = [p for p in (_person_before(reading, [m]) for m in _PRESENTER.finditer(text) if about(m.start())) if p]
    if chair and _chair_goes_on_to_give(reading, chair, chair_cues):
        presenters.append(chair)
    for cue in _RECEIVED_FROM.finditer(text):
        person = next((p for p in reading.persons if cue.end() <= p.start <= cue.end() + 1), None)
        if not about(cue.start()):
            continue
        if person:
            presenters.append(person.name)
        elif holder := _title_holder_after(reading, cue.end()):
            presenters.append(holder)        # "รับรางวัลจากนายกรัฐมนตรี", the Prime Minister named elsewhere
    presenters += _givers(reading, about)
    if chair and _headline_title_gives(reading):
        presenters.append(chair)      # "มท.1 มอบรางวัลจังหวัดสะอาด…": the title the headline gives is the chair's
    if stand_in:
        chair = stand_in              # who hands the awards over on the royal family's behalf presides the rite
        presenters.append(stand_in)
    presenters = tuple(dict.fromkeys(presenters))
    organizer = _organizer(reading, programme)
    if not (date or venue or chair or presenters
            or (organizer and (_ceremony_organised(reading, programme) or _handed_over_by_body(reading, programme)))):
        # the article reports no ceremony of this programme: nothing to say of one ("ได้รับรางวัล … จาก<body>" or
        # "<body> จัดให้มีการมอบรางวัล…" alone names who conferred the award, not a handing over)
        return None
    event = Ceremony(programme=programme, year=year, date=date, venue=venue, organizer=organizer,
                     chair=chair, presenters=presenters)
    named = next((m for m in reading.programme_mentions if m.key == programme), None)
    span = line_span or ((named.start, named.end) if named else None)
    if span:
        reading.evidence(event, *span)
    return event


# the royal representative: "… โปรดเกล้าฯ ให้ <person> องคมนตรี เป็นผู้แทนพระองค์…", "… เป็นผู้แทนสมเด็จพระเจ้าลูกเธอ…"
# (not the one the awards' book is handed to, "มอบหนังสือ… แด่ผู้แทนพระองค์", nor one to come, "จะเป็นผู้แทนพระองค์")
_ROYAL_STAND_IN = re.compile(r"(?<!แด่)(?<!แก่)(?<!ถวาย)(?<!จะ)(?:เป็น)?ผู้แทน(?:พระองค์|(?=[ \t]?(?:สมเด็จ|พระบาทสมเด็จ|พระเจ้า)))")
# … handing the awards over in the same sentence: "… ในการมอบรางวัล…", "… ประทานรางวัล…", "… เป็นประธานในพิธี… พร้อมมอบโล่…"
_STAND_IN_HANDS_OVER = re.compile(r"(?:พระราชทาน|ประทาน)(?:รางวัล|โล่|เข็ม|ถ้วย|เกียรติบัตร)|มอบ(?:รางวัล|โล่|เข็ม|ประกาศเกียรติคุณ|เกียรติบัตร|ถ้วย)")
_STAND_IN_SENTENCE = 320   # characters after the cue: the royal names and titles written out in full come first


def _royal_stand_in(reading: Reading, about) -> str | None:
    """The person the King or a royal sent as representative to hand this programme's awards over (no one else named
    on the way to the handing over, and not a handing over done every year): they preside, and they hand over."""
    text = reading.text
    for cue in _ROYAL_STAND_IN.finditer(text):
        line_end = text.find("\n", cue.end())
        end = min(len(text) if line_end < 0 else line_end, cue.end() + _STAND_IN_SENTENCE)
        gives = _STAND_IN_HANDS_OVER.search(text, cue.end(), end)
        line_start = text.rfind("\n", 0, cue.start()) + 1
        # (the plan may be told in the paragraph before, which the sentence goes on from: "… เตรียมจัดกิจกรรมวัน…"
        # then "… โดยในปีนี้… โปรดให้ <person> เป็นผู้แทนพระองค์ไปเป็นประธาน… และมอบรางวัล…")
        lead_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if not gives or not about(gives.start()) or _habitual(text, gives.end(), min(end, gives.end() + _CLAUSE_AHEAD)) \
                or any(cue.end() <= p.start < gives.start() for p in reading.persons) \
                or _SCHEDULED_BEFORE.search(text, lead_start, cue.start()) or _SCHEDULED_AFTER.search(text, cue.end(), end) \
                or _TO_COME.search(text, max(line_start, gives.start() - _CLAUSE_BACK), gives.end()) \
                or _a_later_day(reading, line_start, end):
            continue
        if person := _person_before(reading, [cue]):
            return person
    return None


def _a_later_day(reading: Reading, start: int, end: int) -> bool:
    """Whether the stretch names a day after the article's ("… จะจัดวันที่ 31 พฤษภาคม 2567" on 29 May): a plan."""
    published = reading.article.published
    return bool(published) and any(m.date and m.date > published and start <= m.start < end and _a_day_of_its_own(reading.text, m)
                                   for m in find_dates(reading.text))


# a sentence that opens by looking back: "ทั้งนี้ ในช่วงที่ผ่านมา …", "ในปีที่ผ่านมา …", "ที่ผ่านมา …", "ก่อนหน้านี้ …"
_LOOKS_BACK_OPENING = re.compile(r"(?:^|(?<=\n))[ \t]*(?:อนึ่ง|ทั้งนี้|โดย|นอกจากนี้|และ)?[ \t,]*(?:ใน)?(?:ช่วง|รอบ)?(?:ปี|หลายปี|[\d๐-๙]+[ \t]?ปี)?[ \t]?"
                                 r"(?:ที่ผ่านมา|ก่อนหน้านี้|ในอดีต)")


def _only_recalled(reading: Reading, programme: str) -> bool:
    """Whether every mention of the programme is in a sentence looking back on earlier awards: the article recalls it,
    and a handing over on a line naming no programme is of the day's event, not of it."""
    text = reading.text
    mentions = [m for m in reading.programme_mentions if m.key == programme]
    return bool(mentions) and all(looks_back(text, m.start)
                                  or _LOOKS_BACK_OPENING.match(text, text.rfind("\n", 0, m.start) + 1, m.start)
                                  for m in mentions)


# what a cue hands over, named in quotation marks right after it: "พิธีมอบประกาศเกียรติคุณ “MOPH Moral Coach”"
_NAMED_IN_QUOTES = re.compile(r"(?:รางวัล|โล่|ประกาศเกียรติคุณ|เกียรติบัตร|[ \t])*[“\"][^”\"\n]{2,80}[”\"]")


def _names_another(reading: Reading, cue: re.Match[str]) -> bool:
    """Whether the cue hands over something it names in quotation marks that is no programme the article confers
    (a certificate or an award the reader did not learn): that cue is not about a programme named later on its line."""
    named = _NAMED_IN_QUOTES.match(reading.text, cue.end())
    return bool(named) and not any(m.start < named.end() and named.start() < m.end for m in reading.programme_mentions)


# a programme's other name in brackets right after it, past its year: "รางวัลสถานประกอบการ… ประจำปี 2564
# (EIA Monitoring Awards 2021)"
_NAMED_AGAIN_IN_BRACKETS = re.compile(r"[^\n()]{0,30}?\([ \t]*")


def one_per_programme(reading: Reading, ceremonies: list[Ceremony]) -> list[Ceremony]:
    """One ceremony for a programme the article names twice (a Thai name with its English one in brackets): the
    ceremonies of both names merged under the name written first, which reads the bracketed one's fields."""
    text, mentions = reading.text, sorted(reading.programme_mentions, key=lambda m: m.start)
    same_as = {}
    for first, second in zip(mentions, mentions[1:]):
        if first.key != second.key and _NAMED_AGAIN_IN_BRACKETS.fullmatch(text, first.end, second.start):
            same_as.setdefault(second.key, first.key)
    by_name = {(c.programme, c.year): c for c in ceremonies}
    groups: dict[tuple[str, int], list[Ceremony]] = {}
    for event in ceremonies:
        first = (same_as.get(event.programme), event.year)
        groups.setdefault(first if first in by_name else (event.programme, event.year), []).append(event)
    merged = []
    for key, events in groups.items():
        kept, others = by_name[key], [e for e in events if e is not by_name[key]]
        for other in others:
            kept = dataclasses.replace(kept, presenters=tuple(dict.fromkeys(kept.presenters + other.presenters)),
                                       **{field: getattr(other, field) for field in ("date", "venue", "organizer", "chair")
                                          if getattr(kept, field) is None})
        if others:
            evidence = reading.extraction.evidence
            evidence.setdefault(kept, evidence.get(by_name[key]) or evidence.get(others[0], ""))
        merged.append(kept)
    return merged


def _cues_of_the_conferral_chair(reading: Reading, cues: list[re.Match[str]]) -> list[re.Match[str]]:
    """Of the chair's cues, those of who presides the conferral itself where the text names the rite, not of who opened
    the fair or the event around it ("… เป็นประธานพิธีเปิดกิจกรรม… และมอบหมายให้ นาง ก เป็นประธานพิธีมอบรางวัล…"); with
    the cues before the rite's where its own chair is not read and nobody else is brought in on the way, but those present
    ("… เป็นประธานในงาน… พร้อมกับเป็นประธานในพิธีมอบ…": the same person)."""
    text = reading.text
    rite = [c for c in cues if _PRESIDES_CONFERRAL.match(text, c.start())]
    if not rite:
        return cues
    if _person_before(reading, rite):
        return rite
    first = rite[0].start()
    same = [c for c in cues if c.end() <= first and not _DELEGATED.search(text, c.end(), first)
            and not any(c.end() <= p.start < first and not _ATTENDING.search(text, c.end(), p.start) for p in reading.persons)]
    return rite + same


# those present, brought in after the chair ("… โดยมี นาย ข กล่าวรายงาน พร้อมทั้งเป็นประธานพิธีมอบ…"): not who presides next
_ATTENDING = re.compile(r"โดยมี")


# who hands a role on to another: "มอบหมายให้", "ให้เกียรติ… แทน"
_DELEGATED = re.compile(r"มอบหมาย|แทน")


# a rite of worship that opens an anniversary day, held before the conferral and elsewhere ("… ณ บริเวณพิธีหน้าศาลาว่าการ…
# เป็นประธานในพิธีวางพวงมาลา…", then "ในเวลา 09.00 น. … เป็นประธานในพิธีมอบรางวัล…")
_WORSHIP = re.compile(r"วางพวงมาลา|วางพานพุ่ม|สักการะ|บวงสรวง|พิธีสงฆ์|ทำบุญ|ตักบาตร")


def _date_and_venue(reading: Reading, about=lambda position: True, year: int | None = None):
    text, published = reading.text, reading.article.published
    dates = find_dates(text)
    placeless = None          # the first day found for the ceremony, with no place on its line
    for mention in dates:
        if mention.date is None or not about(mention.start):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if len(line.strip()) <= (mention.end - mention.start) + 3:
            continue                      # a dateline, not a sentence
        ceremony_line = _CEREMONY_WORDS.search(line)
        if not ceremony_line and not _WON.search(line):
            continue
        if published and mention.date > published:
            continue                      # a day after the article's: the conferral is still to come
        # a day of another time (a law in force since 2528, a yearly day read in another year): the line may
        # still be the ceremony's and name its venue, but the day is not its day
        other_time = year is not None and not year - 1 <= mention.date.year + 543 <= year + 2
        if not _a_day_of_its_own(text, mention):
            continue                      # an event's span ("ระหว่างวันที่ 8-9 ธันวาคม"), an occasion's day ("6 รอบ 28 กรกฎาคม")
        # the clause from the day to the conferral it reports: the day is the conferral's only where that clause
        # tells no plan, no press conference, and no report of an event with a day of its own
        cue = _CONFERRAL_CUE.search(text, mention.end, line_end)
        until = cue.start() if cue else line_end
        if _PLANNED.search(text, mention.end, until):
            continue                      # "วันนี้ (18 เม.ย.) … ว่า พรุ่งนี้ (19 เม.ย.) … พิธีมอบ…": the day it was told
        if _PRESS.search(text, mention.end, until):
            continue                      # "วันนี้ (30 พ.ย.) … ประธานในงานแถลงข่าวพิธีมอบรางวัล…": a press conference's day
        told = _TOLD.search(text, mention.end, until)
        if told and any(told.end() <= other.start < line_end and other.date and _a_day_of_its_own(text, other)
                        for other in dates):
            continue                      # "วันนี้ (22 ก.ย.) … เปิดเผยว่า … จัดพิธีมอบรางวัล … เมื่อวานนี้ (21 ก.ย.)"
        if _ANNOUNCEMENT.search(text, max(line_start, mention.start - 60), mention.start):
            continue                      # the day results were announced
        venue = _venue(reading, mention.end, line_end) or _venue(reading, line_start, line_end) \
            or _agency_after_day(reading, mention.end, line_end)
        if venue and _WORSHIP.search(line) and not _CONFERRAL_CUE.search(line):
            venue = None                  # the place of a wreath-laying or a merit-making that opens the day, not the conferral's
        if not ceremony_line and not venue:
            continue
        if other_time:
            if venue and not placeless:
                return None, venue, (line_start, line_end)
            continue
        if not venue:
            # the day without a place: a later line on the same day may name the place (an occasion's day,
            # "จัดกิจกรรมวัน… 26 มิถุนายน 2566 … มอบประกาศเกียรติคุณ", then "… เป็นประธาน… ณ ห้องประชุม…")
            placeless = placeless or (mention, (line_start, line_end))
            continue
        if placeless and placeless[0].date != mention.date:
            break
        reading.mention("date", mention.start, mention.end, mention.date.isoformat())
        return mention.date, venue, (line_start, line_end)
    if placeless:
        mention, span = placeless
        reading.mention("date", mention.start, mention.end, mention.date.isoformat())
        return mention.date, None, span
    # a venue in a line of the ceremony, or of receiving the award (``เข้ารับรางวัล… ณ ทำเนียบรัฐบาล``)
    for match in re.finditer(r"[^\n]*(?:พิธี|เข้ารับ|รับมอบ|รับรางวัล|คว้ารางวัล|ได้รับรางวัล)[^\n]*", text):
        cue = re.search(r"พิธี|เข้ารับ|รับมอบ|รับรางวัล|คว้ารางวัล|ได้รับรางวัล", match.group())
        if not about(match.start() + cue.end()):
            continue
        if _SCHEDULED_AFTER.search(text, match.start() + cue.start(), match.end()) \
                or _TO_COME.search(text, match.start(), match.start() + cue.end()):
            continue              # the place of a rite to come ("… พร้อมจัดพิธีมอบในวันที่ 16 กันยายนนี้ ณ ห้องประชุม…")
        venue = _venue(reading, match.start(), match.end())
        if venue:
            return None, venue, match.span()
    return None, None, None


# where a venue ends: a person or a post, the next clause (โดย, เพื่อ, เวลา, ในโอกาสนี้ …), a reported speech
# ("… คอนเวนชั่น ว่า ภาคการเกษตร…"), what the same person did besides or next ("… กรุงเทพฯ อีกทั้งเป็นประธาน…", "… หลังจากนั้น เยี่ยมชม…"), a cause or a comment run on ("สืบเนื่องจาก", "นับเป็นอีกกิจกรรม", "ตนได้เดิน…"),
# the fair's programme ("ภายในงานมีกิจกรรม…"), another rite ("และทำพิธีเปิดแพร…"), who holds the event or hands the award
# ("… กระทรวงการคลัง จัดงานมอบรางวัล…", "… จากนายอนุชา…"), an alternative or a broadcast ("หรือ…", "และถ่ายทอดสด…",
# "… และผ่านระบบออนไลน์", online is no place), a count of who came ("… จำนวน 400 คน"), a day
# or another event's time ("… ก่อนการประชุมคณะรัฐมนตรี"), the (deputy) prime minister named after it, a body holding
# an event written glued to the place ("… จังหวัดนนทบุรี กระทรวงมหาดไทยจัดงานสัมมนา…");
# the King or a royal who sent someone or came ("ณ พระที่นั่ง… พระบาทสมเด็จพระเจ้าอยู่หัว ทรงพระกรุณาโปรดเกล้าฯ ให้…"), or
# granted an audience ("ณ พระที่นั่งอัมพรสถาน พระราชวังดุสิต พระราชทานพระบรมราชวโรกาสให้…");
# and the words a venue runs on into with no space before them: "…ทำเนียบรัฐบาลว่า ในวันนี้", "…พาร์คโดยมีนาย…",
# "…แห่งประเทศไทยพร้อมเดินหน้าสู่…"
@lru_cache(maxsize=1)
def _venue_stop() -> re.Pattern[str]:
    honorifics = "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True))
    heads = "|".join(sorted(map(re.escape, POSITION_HEADS), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{honorifics}|{heads}|โดย|เพื่อ|ซึ่ง|ได้|ร่วม|นำ|เวลา|พร้อม|จัดโดย|ภายใต้|มี|เป็น|ทั้งนี้"
                      rf"|เมื่อ|ใน(?:การ|งาน|พิธี|วัน|โอกาส)|(?:ใน)?โอกาสนี้|(?:หลัง)?จากนั้น|อีกทั้ง|ต่อไป|และ(?:ศึกษาดูงาน|ตรวจเยี่ยม|เยี่ยมชม|ลงพื้นที่|กล่าว)"
                      rf"|ว่า(?=[ \t])|สืบเนื่อง|ตน(?:ได้|จะ|เอง)|ภายในงาน|และ(?:ทำ|ประกอบ)พิธี"
                      rf"|จัด(?:งาน|พิธี|ขึ้น|ให้มี)|จาก|หรือ|นอกจากนี้|และ(?:ถ่ายทอด|มี)|จำนวน|(?:และ)?ผ่าน(?:ระบบ|สื่อ|ช่องทาง)|(?:ตั้งแต่|ระหว่าง)?วันที่|ก่อน(?:การ|เข้า|เริ่ม))"
                      rf"|(?<=\S)(?:โดยมี|ว่า(?=[ \t])|พร้อม(?:ด้วย|ทั้ง|กับ|เดินหน้า))|[ \t]+(?:รอง)?นายกรัฐมนตรี|[ \t]+\S*?จัด(?:งาน|พิธี|ให้มี)"
                      rf"|[ \t]+(?:พระบาทสมเด็จพระเจ้าอยู่หัว|ทรงพระกรุณา|โปรดเกล้า|พระราชทาน|ประทาน)"
                      rf"|นับเป็น|[,;\n]|\s\(")


# a short qualifier in brackets that the place goes on after, as written: "ตึกสันติไมตรี (หลังใน) ทำเนียบรัฐบาล",
# "ห้องประชุม 10-09 (Auditorium) ชั้น 10 …" (not a body's short name before its parent, nor a clause after the place)
_BRACKETED_PART = re.compile(r"\s\([^()\n]{1,40}\)[ \t]?(?=ชั้น|อาคาร|ห้อง|ตึก|ทำเนียบ|โรงแรม|ศูนย์(?!กลาง))")


def _venue_end(text: str, start: int, limit: int) -> re.Match[str] | None:
    """Where the venue from ``start`` stops, going on past a bracketed part the place continues after."""
    stop = _venue_stop().search(text, start, limit)
    while stop and (part := _BRACKETED_PART.match(text, stop.start())) and part.end() < limit:
        stop = _venue_stop().search(text, part.end(), limit)
    return stop


# the city after a venue, which the venue is written without: "… มหาวิทยาลัยหอการค้าไทย กรุงเทพมหานคร",
# "… อำเภอเมือง จังหวัดน่าน"
_TRAILING_CITY = re.compile(r"(?:[ \t]+(?:(?:แขวง|เขต|ตำบล|ต\.|อำเภอ|อ\.)[ \t]?\S+|(?:จังหวัด|จ\.)[ \t]?\S+|กรุงเทพมหานคร|กรุงเทพ[ \t]?ฯ|กรุงเทพ|กทม\.?))+$")


# a body named right after the city, the next clause's subject: "ที่โรงแรมบางกอก พาเลส กรุงเทพฯ กรมกิจการเด็กและเยาวชน
# ได้จัด…" (not a city inside a place's own name, "โรงแรมเรเนซองส์ กรุงเทพฯ ราชประสงค์")
_CITY_THEN_BODY = re.compile(r"[ \t]+(?:กรุงเทพมหานคร|กรุงเทพ[ \t]?ฯ|กทม\.?|(?:จังหวัด|จ\.)[ \t]?\S+)(?=[ \t]+(?:กรม|กระทรวง|สำนักงาน|สถาบัน|มูลนิธิ|สมาคม))")


def _without_city(venue: str) -> str:
    """The venue up to its city, and without it."""
    city = _CITY_THEN_BODY.search(venue)
    return _TRAILING_CITY.sub("", venue[:city.end()] if city else venue)


def _venue(reading: Reading, start: int, end: int) -> str | None:
    text = reading.text
    match = _VENUE_START.search(text, start, end)
    if not match:
        return None
    stop = _venue_end(text, match.end() + 2, min(end, match.end() + 160))
    venue = text[match.end(): stop.start() if stop else min(end, match.end() + 160)].strip()
    venue = _without_city(venue)
    if len(venue) < 4:
        return None
    reading.mention("venue", match.end(), match.end() + len(venue), venue)
    return venue


# after ที่ right after the day, words that are no place: "วันนี้ (1 ธ.ค.) ที่ผ่านมา", "… ที่จะถึงนี้", "… ที่ได้…"
_NO_PLACE_AFTER_AT = re.compile(r"ผ่านมา|จะ|ได้|มี|เป็น|ทำ|กำลัง|ให้|ไม่|นี้|แล้ว|สุด|สำคัญ|ตั้ง|อยู่|ประชุม")
_CITY_FIRST = re.compile(r"จังหวัด|จ\.|อำเภอ|อ\.|เขต|กรุงเทพ|กทม")
_PLACE_AFTER_DAY = 100    # characters after ณ/ที่ where the place ends, before who did what


def _agency_after_day(reading: Reading, start: int, end: int) -> str | None:
    """The place named right after the day: an agency with its province, or any place the lead writes
    before who did what ("วันนี้ (12 กรกฎาคม 2566) ที่แกรนด์ ริชมอนด์ สไตลิช คอนเวนชั่น โฮเทล จังหวัดนนทบุรี
    นายอนุทิน …"), ending where the venue stops within a short stretch."""
    text = reading.text
    at = _AT_AFTER_DAY.match(text, start, end)
    org = reading.org_at(at.end()) if at else None
    if org is None:
        return _place_after_day(reading, at, end) if at else None
    stop = _venue_end(text, org.end, min(end, org.end + 60))
    venue = _without_city(text[org.start: stop.start() if stop else min(end, org.end + 60)].strip())
    reading.mention("venue", org.start, org.start + len(venue), venue)
    return venue


def _place_after_day(reading: Reading, at: re.Match[str], end: int) -> str | None:
    """Any place after ณ/ที่ right after the day, where it ends soon (a clause runs on and names none)."""
    text = reading.text
    if at.group().rstrip().endswith("ที่") and _NO_PLACE_AFTER_AT.match(text, at.end()):
        return None
    stop = _venue_end(text, at.end() + 2, min(end, at.end() + _PLACE_AFTER_DAY))
    if not stop:
        return None               # no end in sight: a clause, not a place
    venue = _without_city(text[at.end():stop.start()].strip())
    if len(venue) < 4 or _CITY_FIRST.match(venue):
        return None               # a city or a province is where, not the venue ("ณ จังหวัดนครสวรรค์ /…")
    reading.mention("venue", at.end(), at.end() + len(venue), venue)
    return venue


# after เป็นประธาน, a body it heads: a committee, a working group, a foundation, a council, a club, a network
# ("… โดยมีนาย ก เป็นประธานคณะทำงานคัดเลือก…"): a post, whatever the article's ceremony
_PRESIDES_BODY = re.compile(r"[ \t]?(?:คณะ(?:ทำงาน|กรรมการ|อนุกรรมการ)|กรรมการ|อนุกรรมการ|มูลนิธิ|สภา|ชมรม|สมาคม|เครือข่าย|กลุ่ม)")
_PRESIDES_PRESS = re.compile(r"(?:ใน)?(?:การ|งาน)?แถลงข่าว")
_PRESIDES_MEETING = re.compile(r"(?:ใน)?(?:การ)?ประชุม")


def _chair_cues(reading: Reading) -> list[re.Match[str]]:
    """``เป็นประธาน…`` that names the role of presiding, not a post (``ประธาน ก.พ.ร.``), over an event whose
    paragraph hands awards over: the chair of a meeting or a press conference presides no conferral."""
    cues, text = [], reading.text
    for match in _CHAIR.finditer(text):
        if not match.group().startswith(("เป็น", "ทำหน้าที่")) and not match.group().endswith(("ในพิธี", "เปิดงาน")):
            continue
        if reading.org_at(match.end()) is not None or _PRESIDES_BODY.match(text, match.end()):
            continue              # the post of a body's head ("เป็นประธานคณะทำงานคัดเลือก…"), not presiding a rite
        if any(p.start <= match.start() < p.end for p in reading.positions):
            continue
        line_start, line_end = text.rfind("\n", 0, match.start()) + 1, text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if _PRESIDES_PRESS.match(text, match.end()):
            continue              # who presides a press conference about the ceremony
        if _PRESIDES_MEETING.match(text, match.end()) and not _CONFERRAL_CUE.search(text, line_start, line_end) \
                and not _conferral_follows(reading, line_end):
            continue              # who presides a meeting where no award is handed over
        cues.append(match)
    return cues


def _conferral_follows(reading: Reading, line_end: int, paragraphs: int = 3) -> bool:
    """Whether one of the next paragraphs hands awards over at the same event, with no chair named of its own
    ("… เป็นประธานเปิดงาน…" then "ประธานพิธีได้มอบรางวัล…", "นอกจากนี้ ยังได้เป็นประธานในพิธีมอบ…")."""
    text, start = reading.text, line_end + 1
    for _ in range(paragraphs):
        if start >= len(text):
            return False
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if _CONFERRAL_CUE.search(text, start, end):
            chairs = [m for m in _CHAIR.finditer(text, start, end) if m.group().startswith(("เป็น", "ทำหน้าที่"))]
            return not any(p for p in reading.persons if start <= p.start and any(p.end <= m.start() for m in chairs))
        start = end + 1
    return False


def _person_before(reading: Reading, cues) -> str | None:
    """The person named just before a cue, with only their titles between (or the one
    who was delegated: ``นาย ก ได้รับมอบหมายจากนาย ข … เป็นประธาน`` names นาย ก)."""
    text = reading.text
    for cue in cues:
        end = cue.start()
        delegated = [m for m in _DELEGATED_BY.finditer(text, max(0, end - 200), end) if "\n" not in text[m.end():end]]
        if delegated:
            end = delegated[-1].start()
        candidates = [p for p in reading.persons if p.end <= end and end - p.end <= 160]
        person = candidates[-1] if candidates else None
        if person and _namesake(reading, person):
            continue              # "มูลนิธิ พล.ต.อ.เภา สารสิน มอบโล่…": the foundation hands them over, not its namesake
        between = _without_titles(reading, person.end, end) if person else "\n"
        if cue.group().startswith(("เป็น", "ทำหน้าที่")):
            between = _OWN_NEXT_CLAUSE.sub("", between)     # a role the person takes in their own next clause
        if "\n" in between or _NOT_THE_ROLE.search(between):
            holder = _title_holder_before(reading, end)
            if holder:
                reading.evidence(("role", holder, cue.group()), cue.start(), cue.end())
                return holder
            continue
        reading.evidence(("role", person.name, cue.group()), person.start, cue.end())
        return person.name
    return None


# a body or a prize named after a person, written before the name: "มูลนิธิ พล.ต.อ.เภา สารสิน", "กองทุน นพ.…", "รางวัล…"
_NAMED_AFTER = re.compile(r"(?:มูลนิธิ|กองทุน|รางวัล)[ \t]*$")


def _namesake(reading: Reading, person) -> bool:
    """Whether the person is named only as the namesake of a foundation, a fund or a prize, not as someone present."""
    text = reading.text
    line_start = text.rfind("\n", 0, person.start) + 1
    return bool(_NAMED_AFTER.search(text, max(line_start, person.start - 12), person.start))


def _title_holder_after(reading: Reading, start: int) -> str | None:
    """The one person of the article holding the title written at ``start`` with no name after it."""
    title = next((p for p in reading.positions if start <= p.start <= start + 1), None)
    if title is None or any(title.end <= p.start <= title.end + 2 for p in reading.persons):
        return None               # the title is a named person's, read as that person
    return _sole_holder(reading, title.title)


def _title_holder_before(reading: Reading, end: int) -> str | None:
    """The one person of the article holding the title written just before ``end`` with no name
    ("จากนั้นรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เป็นประธานเปิดงาน…")."""
    text = reading.text
    while end > 0 and text[end - 1] in " \tฯ":
        end -= 1
    title = next((p for p in reading.positions if p.end == end), None)
    if title is None or any(title.start - 3 <= p.end <= title.start for p in reading.persons):
        return None               # a name right before the title: read as a person, not as a title
    return _sole_holder(reading, title.title)


def _sole_holder(reading: Reading, title: str) -> str | None:
    """The one person of the article who holds ``title`` (None where none or several do)."""
    holders = {post.person for post in reading.extraction.posts if post.title == title}
    return holders.pop() if len(holders) == 1 else None


def _chair_goes_on_to_give(reading: Reading, chair: str, cues) -> bool:
    """Whether the chair's own sentence goes on to hand the awards over, no other person named (or brought in
    with โดยมี) on the way."""
    text = reading.text
    for cue in cues:
        if _person_before(reading, [cue]) != chair:
            continue
        line_end = text.find("\n", cue.end())
        end = min(len(text) if line_end < 0 else line_end, cue.end() + _CHAIR_SENTENCE)
        gives = _CHAIR_ALSO_GIVES.search(text, cue.end(), end)
        if gives and not _THANKS.match(text, gives.end()) and "โดยมี" not in text[cue.end():gives.start()] \
                and not any(cue.end() <= p.start < gives.start() for p in reading.persons):
            return True
    return False


def _givers(reading: Reading, about=lambda position: True) -> list[str]:
    """People who are the subject of มอบรางวัล: named (with only their titles between), or
    called by a title that one person holds in the article (``ผู้ช่วยรัฐมนตรี…มอบรางวัล``)."""
    text, found = reading.text, []
    titles = {p.end: p for p in reading.positions}
    for cue in _GIVES.finditer(text):
        if not about(cue.end()):
            continue
        end = cue.start()
        while end > 0 and text[end - 1] in " \tฯ":
            end -= 1
        person = next((p for p in reversed(reading.persons) if p.end <= end and end - p.end <= 160), None)
        if person and _namesake(reading, person):
            continue
        if person and not _without_titles(reading, person.end, end).strip(" \tฯ"):
            found.append(person.name)
        elif end in titles:
            if holder := _sole_holder(reading, titles[end].title):
                found.append(holder)
        elif called := _called_by_given_name(reading, end):
            found.append(called)
    return found


# the giver a headline calls by a title's short form, with no name: "มท.1 มอบรางวัล…", "รมว.มท. นำคณะ… พร้อมมอบรางวัล…",
# "ปลัด พม. มอบโล่…" (not a body, "พม. มอบรางวัล…", nor who received, "ธพส. รับมอบรางวัล…", nor the rite's name,
# "… เป็นประธานในพิธีมอบรางวัล…", "… เป็นประธานในพิธีประกาศผลและมอบรางวัล…")
_HEADLINE_TITLE = re.compile(r"(?:^|[ \t\"“'‘-])(?:มท\.[ \t]?1|รมว\.|รมช\.|รมต\.|รองนายกฯ|นายกฯ|ปลัด[ \t]?[ก-ฮ]{1,4}\.|ผวจ\.|อธิบดี[ \t]?[ก-ฮ]{1,4}\.)")
_HEADLINE_GIVES = re.compile(r"(?<!ประกาศผล)(?:ได้|และ|พร้อม(?:ทั้ง)?)?[ \t]?(?<!รับ)(?<!พิธี)(?<!งาน)(?<!การ)(?<!ประกาศผลและ)"
                             r"มอบ(?:รางวัล|โล่|ประกาศเกียรติคุณ)")


def _headline_title_gives(reading: Reading) -> bool:
    """Whether the headline tells the awards handed over by someone it calls by a title's short form, no person named
    before the cue on the headline (the headline rule of tests/devset/notes/d32-d46.md: "มท.1 มอบรางวัล…" makes the one
    who presided the presenter; the headline's programme is often written short or run on, so any programme's rite
    the article reports with a chair is the one the headline tells)."""
    text = reading.text
    for line in islice(re.finditer(r"[^\n]*\S[^\n]*", text), _HEAD_LINES):
        if len(line.group()) > _HEADLINE_LENGTH:
            continue
        for cue in _HEADLINE_GIVES.finditer(text, line.start(), line.end()):
            title = None
            for title in _HEADLINE_TITLE.finditer(text, line.start(), cue.start()):
                pass
            if title and not any(line.start() <= p.start < cue.start() for p in reading.persons):
                return True
    return False


# a person called by their given name alone, as a headline does: "“อนุทิน” มอบรางวัล…", "รมว.สุชาติ มอบ…",
# "เลขานุการรัฐมนตรีฯ ไพลิน มอบรางวัล…" (the name after a space, a quotation mark, a short form's dot or นาย/นาง)
_GIVEN_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s\"“'.ฯ])|(?<=นาย)|(?<=นาง)|(?<=นางสาว))([ก-๙]{3,})[\"”']?[ \t]*$")


def _called_by_given_name(reading: Reading, end: int) -> str | None:
    """The one person of the article whose given name is the word just before ``end``."""
    text = reading.text
    line_start = text.rfind("\n", 0, end) + 1
    word = _GIVEN_NAME_BEFORE.search(text, max(line_start, end - 40), end)
    if not word:
        return None
    named = {p.name for p in reading.persons if p.name.split()[0] == word.group(1)}
    return named.pop() if len(named) == 1 else None


def _without_titles(reading: Reading, start: int, end: int) -> str:
    """The text between two points without the titles in it (and the และ joining two titles)."""
    pieces, at = [], start
    for position in reading.positions:
        if start <= position.start and position.end <= end:
            pieces.append(re.sub(r"(?:และ|ในฐานะ)[ \t]*$", "", reading.text[at:position.start]))
            at = position.end
    pieces.append(reading.text[at:end])
    return "".join(pieces)


# a panel that judges the entries ("ผ่านการพิจารณาจากคณะกรรมการตัดสินผู้ทรงคุณวุฒิ"): it chose the winners, it did
# not organise the conferral
_JUDGING_PANEL = re.compile(r"คณะ(?:อนุ)?(?:กรรมการ|ทำงาน)(?:ผู้)?(?:ตัดสิน|พิจารณา|คัดเลือก|ประเมิน|ตรวจประเมิน)")


def _organizer(reading: Reading, programme: str) -> str | None:
    """The body the article says organised or conferred this programme's awards: ``จัด(ขึ้น)โดย <body>``,
    ``<body> จัดพิธี / จัดการประกวด / ประกาศผล / เป็นผู้จัด``, ``รับรางวัล … จาก <body>``, ``<body> มอบรางวัล…``, ``… ซึ่ง<body>จัดขึ้น``, in a clause
    about this programme; never a judging panel. Never the programme's usual owner: that is knowledge about the
    programme, not a fact the article states."""
    panel = lambda key: _JUDGING_PANEL.match(reading.organization(key).name)  # noqa: E731
    return next((key for key in _organizers(reading, programme) if not panel(key)), None)


def _organizers(reading: Reading, programme: str):
    """The bodies the article says organised or conferred this programme's awards, the surest cue first."""
    gazetteer, text = reading.gazetteer, reading.text
    about = lambda position: _about(reading, programme, position) and not _in_history(reading, position)  # noqa: E731
    for cue in _ORGANIZED_BY.finditer(text):
        org = reading.org_at(cue.end(), slack=3)
        if org and about(cue.start()):
            yield _as_office(gazetteer, org.key)
    titles = [(p.start, p.end) for p in reading.positions]
    for cue in _ORGANIZES.finditer(text):
        starts = [m.end() for m in _CLAUSE_START.finditer(text, max(0, cue.start() - 200), cue.start())]
        sentence_start = starts[-1] if starts else max(0, cue.start() - 200)
        before = [o for o in reading.orgs if sentence_start <= o.start < cue.start() and o.role != "member"
                  and not any(s <= o.start < e for s, e in titles)]
        if before and about(cue.end()):
            yield _as_office(gazetteer, before[0].key)
    for cue in _RECEIVED_FROM_BODY.finditer(text):
        org = reading.org_at(cue.end(), slack=2)
        if org and not any(p.start == cue.end() for p in reading.persons) and about(cue.end()):
            yield _as_office(gazetteer, org.key)
    for which in _WHICH_BODY.finditer(text):
        org = reading.org_at(which.end(), slack=0)
        if org and _HELD_IT.match(text, _end_with_parent(reading, org)) and _of_the_rite(text, which.start()) \
                and about(which.start()):
            yield _as_office(gazetteer, org.key)
    for org in reading.orgs:
        cue = _CONFERS.match(text, org.end)
        if cue and org.role != "member" and not any(s <= org.start < e for s, e in titles) \
                and not _THANKS.match(text, cue.end()) and about(cue.end()):
            yield _as_office(gazetteer, _first_partner(reading, org).key)


# a year written before an organiser's clause: "เมื่อวันที่ 29 กรกฎาคม 2505 …", "ในปี พ.ศ. 2548 …"
_A_YEAR = re.compile(r"(?<![\d๐-๙])(25[0-9]{2})(?![\d๐-๙])")
_HISTORY_BACK = 200      # characters before an organiser's cue where its clause's time is told


def _in_history(reading: Reading, position: int) -> bool:
    """Whether the clause before ``position`` on its line tells a time years before the article's (who held the
    meeting a day commemorates, who founded the award): history, not this ceremony's organiser."""
    text, published = reading.text, reading.article.published
    if not published:
        return False
    line_start = text.rfind("\n", 0, position) + 1
    return any(int(year) < published.year + 543 - _YEARS_RECALLED
               for year in _A_YEAR.findall(text, max(line_start, position - _HISTORY_BACK), position))


def _first_partner(reading: Reading, org):
    """The body written first of the partners joined to ``org`` before it (``A จับมือ B``, ``A และ B``), a unit
    written with its parent counting as the unit (``สำนักงาน… กระทรวงวัฒนธรรม และสมาคม…``)."""
    while True:
        before = [o for o in reading.orgs if o.end <= org.start and o.role != "member"]
        partner = max(before, key=lambda o: o.end, default=None)
        if partner is None:
            return org
        gap = reading.text[partner.end:org.start]
        if not (_PARTNERED.fullmatch(gap) or (not gap.strip(" \t") and _parent_of(reading, partner.key) == org.key)):
            return org
        org = partner


def _end_with_parent(reading: Reading, org) -> int:
    """Where a body's name ends, with its parent written right after it (``กรมการปกครอง กระทรวงมหาดไทย``)."""
    parent = reading.org_at(org.end, slack=3, same_line=True)
    return parent.end if parent and _parent_of(reading, org.key) == parent.key else org.end


def _parent_of(reading: Reading, key: str) -> str | None:
    try:
        return reading.organization(key).parent
    except KeyError:
        return None


def _of_the_rite(text: str, position: int) -> bool:
    """Whether the clause at ``position`` looks back to the rite named before it on its line, no other event between."""
    line_start = text.rfind("\n", 0, position) + 1
    rites = list(_RITE.finditer(text, line_start, position))
    return bool(rites) and not _ANOTHER_EVENT.search(text, rites[-1].end(), position)


# "พิธีมอบรางวัล<programme> … จัดโดย <body>": the ceremony itself named with who organised it
_CEREMONY_ORGANIZED = re.compile(r"(?:พิธี|งาน)(?:ประกาศผล(?:และ)?)?มอบ[^\n]{0,120}?(?:จัดขึ้นโดย|จัดโดย)")


def _ceremony_organised(reading: Reading, programme: str) -> bool:
    return any(_about(reading, programme, m.end()) for m in _CEREMONY_ORGANIZED.finditer(reading.text))


# a handing over told with the body it came from: "<unit> เข้ารับรางวัล<programme> … จาก<body>", "… รับมอบโล่… จาก<body>",
# "<body> มอบรางวัล<programme> ให้แก่…" (tests/ANNOTATION.md: the office the award is received from organised the
# conferral, an entry of its own though the article tells no day or place; not "ได้รับรางวัล… จาก<body>", which says
# who won under whose programme, not that anything was handed over; nor "ได้รับคัดเลือกให้รับรางวัล… จาก<body>", chosen
# to receive it)
_RECEIVED_HANDED = re.compile(r"(?<!ให้)(?<!ให้[ \t])(?:เข้า)?รับ(?:มอบ)?(?:รางวัล|โล่)[^\n]{0,120}?จาก[ \t]?(?!ผลงาน|การ)")


_HEAD_LINES = 4          # the site's headline, the dateline, the headline again, the lead
_HEADLINE_LENGTH = 250   # characters: a headline, not a lead paragraph


def _line(text: str, position: int) -> str:
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1: len(text) if end < 0 else end]


def _handed_over_by_body(reading: Reading, programme: str) -> bool:
    """Whether the article's body tells this programme's awards handed over by a body: received from it, or given by
    it (a conferral cue of the programme, reported as done, standing in that clause; not on the headline or its copy,
    whose short name the body tells in full; not where the article says the handing over is still to come)."""
    text, orgs = reading.text, reading.orgs
    head = islice(re.finditer(r"[^\n]*\S[^\n]*", text), _HEAD_LINES)
    heads = {m.group().strip() for m in head if len(m.group()) <= _HEADLINE_LENGTH}
    cues = [c for c in _conferral_cues(text, reading.article.published) if _about(reading, programme, c.start())
            and _line(text, c.start()).strip() not in heads]     # a headline's short name (or its copy): the body tells it
    for cue in _CONFERRAL_CUE.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        if _about(reading, programme, cue.start()) and _TO_COME.search(text, max(line_start, cue.start() - _CLAUSE_BACK), cue.end()):
            return False          # "… ได้มอบรางวัล<programme> ให้แก่…" then "… จะมอบเข็ม… ต่อไป": the winners announced, the rite to come
    for cue in cues:
        received = _RECEIVED_HANDED.match(text, cue.start())
        if received and reading.org_at(received.end(), slack=2) and not any(p.start == received.end() for p in reading.persons):
            return True
        if any(o.role != "member" and _CONFERS.fullmatch(text, o.end, cue.end()) for o in orgs):
            return True
    return False


def _about(reading: Reading, programme: str, position: int) -> bool:
    """Whether the clause at ``position`` is about ``programme``: the programme named nearest to it on
    its line (before it, else after it) is that one."""
    text = reading.text
    line_start, line_end = text.rfind("\n", 0, position) + 1, text.find("\n", position)
    line_end = len(text) if line_end < 0 else line_end
    on_line = [m for m in reading.programme_mentions if line_start <= m.start < line_end]
    before = [m for m in on_line if m.start < position]
    nearest = before[-1] if before else (on_line[0] if on_line else None)
    if nearest is None:
        return programme == (reading.main_programme or (None,))[0]
    # "พิธีมอบรางวัลA ประจำปี 2567 และรางวัลB ประจำปี 2567": programmes conferred together share the clause,
    # here and wherever else the article speaks of one of them
    return programme in _conferred_together(reading).get(nearest.key, {nearest.key})


# between two programmes conferred together: the first one's year or quoted name, then และ (รางวัล)
_CONJOINED = re.compile(r"[^\n]{0,40}?[ \t]?และ[ \t]?")


def _conferred_together(reading: Reading) -> dict[str, set[str]]:
    """The programmes the article names as one conferral (``รางวัลA และรางวัลB``, or one programme by two names,
    ``รางวัลA ประจำปี 2564 (B Awards 2021)``), each with its group."""
    text, mentions = reading.text, sorted(reading.programme_mentions, key=lambda m: m.start)
    groups: dict[str, set[str]] = {}
    for first, second in zip(mentions, mentions[1:]):
        if first.key != second.key and "\n" not in text[first.end:second.start] \
                and (_CONJOINED.fullmatch(text, first.end, second.start)
                     or _NAMED_AGAIN_IN_BRACKETS.fullmatch(text, first.end, second.start)):
            group = groups.get(first.key, {first.key}) | groups.get(second.key, {second.key})
            for key in group:
                groups[key] = group
    for group in _named_alike(reading).values():
        group = set().union(*(groups.get(key, {key}) for key in group))
        for key in group:
            groups[key] = group
    # "มอบประกาศเกียรติคุณ A และ B ประจำปี 2565": B a programme the article names elsewhere, written here bare
    bare = {key: re.sub(r"^รางวัล[ \t]?", "", named.name) for key, named in reading.extraction.programmes.items()}
    for first in mentions:
        for joint in _AND.finditer(text, first.end, min(len(text), first.end + 40)):
            if "\n" in text[first.end:joint.start()]:
                break
            second = next((key for key, name in bare.items() if key != first.key and len(name) >= 8
                           and text.startswith(name, joint.end())), None)
            if second:
                group = groups.get(first.key, {first.key}) | groups.get(second, {second})
                for key in group:
                    groups[key] = group
    return groups


_AND = re.compile(r"[ \t]?และ[ \t]?(?:รางวัล)?")


# a programme written otherwise in the same article is the same programme: with or without spaces, quotation marks,
# a leading รางวัล or a trailing year ("รางวัล “แพทย์ชนบทดีเด่น กองทุน… พ.ศ. 2562”"), a title in short or in full
# ("กองทุน นพ.…" / "กองทุนนายแพทย์…"), or by the short form the article gives it in brackets ("รางวัลคณะผู้บริหาร
# การคลังประจำจังหวัด (คบจ.) ดีเด่น", then "รางวัล คบจ. ดีเด่น")
_SHORT_TITLES = (("นพ.", "นายแพทย์"), ("พญ.", "แพทย์หญิง"), ("ทพ.", "ทันตแพทย์"), ("ภก.", "เภสัชกร"))
_SHORT_FORM_AFTER = re.compile(r"[ \t]*\(([ก-ฮ]{1,6}(?:\.[ก-ฮ]{0,3})+\.?)\)")


def _bare_name(name: str) -> str:
    name = re.sub(r"[\s“”\"'‘’ฯ]", "", name)
    name = re.sub(r"(?:ประจำปี)?(?:พ\.ศ\.|ค\.ศ\.)?(?:งบประมาณ)?[\d๐-๙]{4}$", "", re.sub(r"^รางวัล", "", name))
    for short, full in _SHORT_TITLES:
        name = name.replace(short, full)
    return name


def _year_named_alike(reading: Reading, programme: str) -> int | None:
    """The year the article states with another name of a programme whose own name it writes with none
    ("รางวัลแพทย์ชนบทดีเด่น… " in the headline, "รางวัล “แพทย์ชนบทดีเด่น… พ.ศ. 2562”" in the body)."""
    mentions = reading.programme_mentions
    if any(m.year for m in mentions if m.key == programme):
        return None
    alike = _named_alike(reading).get(programme, set()) - {programme}
    years = {m.year for m in mentions if m.key in alike and m.year}
    return years.pop() if len(years) == 1 else None


def _named_alike(reading: Reading) -> dict[str, set[str]]:
    """The programmes the article names twice over (see above), each with its group."""
    text, mentions = reading.text, reading.programme_mentions
    bare = {m.key: set() for m in mentions}
    for m in mentions:
        bare[m.key].add(_bare_name(text[m.start:m.end]))
    shorts = {}
    for m in mentions:
        short = _SHORT_FORM_AFTER.match(text, m.end)
        if short:
            shorts.setdefault(m.key, set()).add(short.group(1))
    groups: dict[str, set[str]] = {}
    for first in bare:
        for second in bare:
            if first == second:
                continue
            alike = bare[first] & bare[second] or any(name.startswith(short) for short in shorts.get(first, ())
                                                      for name in bare[second])
            if alike:
                group = groups.get(first, {first}) | groups.get(second, {second})
                for key in group:
                    groups[key] = group
    return groups


def _as_office(gazetteer: Gazetteer, key: str) -> str:
    """A committee runs its events through its office (สำนักงาน ก.พ.ร. for ก.พ.ร.)."""
    return gazetteer.office_of_committee(key) or key
