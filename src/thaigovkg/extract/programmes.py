"""Award programmes an article names: known to the scheme, or learned from the text.

Known programmes are found by their labels in ``ontology/awards.ttl``. News names
hundreds of others, so any programme the article *confers* is learned from the
shapes the genre gives it:

* a receiving verb before it: ``ได้รับ / คว้า / รับ(มอบ) / เข้ารับ / ครอง รางวัล<name>``;
* a giving one: ``มอบรางวัล<name> (ให้แก่ …)``, ``พิธีมอบรางวัล<name>``;
* an edition or a year after it: ``รางวัล<name> ครั้งที่ 8``, ``… ประจำปี 2566``;
* a list of winners it heads: ``รางวัล<name> จำนวน 3 หน่วยงาน ได้แก่ …``;
* a contest that ranks its winners: ``รางวัลชนะเลิศ การประกวด<name>``;
* an English name: ``ASEAN Energy Awards 2023``, ``WSIS Prizes``.

A learned programme's name ends where its terms (สาขา, ประเภท, ระดับ, หมวด), its
edition or year, or the clause around it begins. Its key is its bare name (no
``รางวัล``, edition or year; spaces, case, punctuation and a plural ``s``
ignored), so the same programme written differently across articles is one node.
Names of prose (``รางวัลดังกล่าว``, ``รางวัลชนะเลิศ``, ``รางวัลอันทรงเกียรติ``) and of
money, lotteries and bounties are not programmes.

The article's *main* programme is the one its headline or lead confers, not the
most frequent: an article about an energy award that recalls a เลิศรัฐ award at
its end is about the energy award.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

from ..article import dateline
from ..gazetteer import Gazetteer, literal_regex
from ..model import Programme
from ..normalize import match_key
from ..thaidate import ce_to_be, find_years
from .reading import Reading


@dataclass
class ProgrammeMention:
    start: int
    end: int
    key: str
    year: int | None
    conferred: bool = False     # the text confers it here: a receiving or giving verb, a winners list, an edition


# --- how the genre writes a conferral around a programme's name ---------------------------

# received / won / accepted / holds / was given (ได้รับ, คว้า, รับ(มอบ), เข้ารับ, ครอง, ได้, ชนะ, ได้รับพระราชทาน),
# optionally with a count ("คว้า 3 รางวัล…") or the plaque, cup or pin that carries it
_RECEIVING = re.compile(r"(?:ได้รับ(?:การ(?:ประกาศ)?(?:ยกย่อง|คัดเลือก)(?:ให้ได้รับ|เป็น)?)?(?:พระราชทาน)?(?:มอบ)?|คว้า|(?<!สำห)รับ(?:มอบ)?|เข้ารับ(?:มอบ)?|ครอง|(?<![ก-ฮ])ได้|ชนะ)"
                        r"[ \t]*(?:(?:ถึง|อีก|รวม)?[ \t]*[\d๐-๙]{1,3}[ \t]*รางวัล[ \t]*(?:จาก)?[ \t]*)?"
                        r"(?:(?:โล่|ถ้วย|เข็ม|เกียรติบัตร|ประกาศนียบัตร)[^\s]{0,12}[ \t]*)?$")
# handed out / the ceremony of (มอบ, พิธีมอบ, ประกาศผล): the name after it is a programme conferred
_GIVING = re.compile(r"(?:มอบ|ประกาศผล|ตัดสิน|ประกวด)[ \t]*(?:โล่|ถ้วย)?[ \t]*$")
# an awarding that is an item of an event's programme: กิจกรรมการมอบรางวัล… (not "จะมอบ": said before a day the
# article may report as past, which the ceremony reader judges by its date)
_PLANNED_GIVING = re.compile(r"กิจกรรม(?:การ)?[ \t]?(?:มอบ|ประกาศผล)[ \t]*(?:โล่|ถ้วย)?[ \t]*$")
# "รางวัลA และรางวัลB", "รางวัลA, รางวัลB": one run of awards; a verb that hands them out earlier on the line
_AND_NEXT = re.compile(r"[ \t]*(?:,|และ)[ \t]*(?:,|และ)?[ \t]*")
_GIVING_ON_LINE = re.compile(r"(?:ประธาน|พิธี)?มอบ")
# the name's own edition or year follows: ครั้งที่ 8, ประจำปี(งบประมาณ) (พ.ศ.) 2566, ปี 2566, 2023
_EDITION_OR_YEAR = re.compile(r"[ \t]*(?:\([^()\n]{2,80}\)[ \t]*)?(?:ครั้งที่[ \t]*[\d๐-๙]|ประจำปี|ปี(?:งบประมาณ)?[ \t]*(?:พ\.ศ\.)?[ \t]*[\d๐-๙]{2}"
                             r"|(?:พ\.ศ\.|ค\.ศ\.|พุทธศักราช|คริสต์ศักราช)[ \t]*[\d๐-๙]{4}|(?:19|20|25)[\d]{2}(?![\d]))")
# the winners it heads: ได้แก่ / คือ / ประกอบด้วย within its line, or a count of units
_HEADS_WINNERS = re.compile(r"[^\n]{0,120}?(?:ได้แก่|คือ|ประกอบด้วย|(?:จำนวน|รวม)[ \t]*[\d๐-๙]{1,3}[ \t]*(?:หน่วยงาน|องค์กร|แห่ง|จังหวัด|ราย))")

# where a Thai programme's name ends: its terms, edition or year, or a word that opens a clause (not the field a merit
# word goes on with, written unbroken up to the edition or year: "…ยอดเยี่ยมและดีเด่นในการป้องกันและแก้ไขปัญหายาเสพติด ประจำปี")
# (year, edition, from, of, to, at, which, by, for, and, or, namely, amount, total, in the …, among,
#  is, with, that received/was given/has, this, that, as follows)
_NAME_STOP = re.compile(
    r"ประจำปี|ปีงบประมาณ|(?<!แห่ง)ปี[ \t]?(?:พ\.ศ\.)?[ \t]?[\d๐-๙]|พ\.ศ\.|ค\.ศ\.|พุทธศักราช|คริสต์ศักราช|ครั้งที่|(?<=[\u0e01-\u0e4e])[\d๐-๙]{4}"
    r"|ประเภท|สาขา|(?<!ยก)ระดับ(?!ประเทศ|ชาติ|โลก|นานาชาติ|ภูมิภาค|สากล|อาเซียน|เอเชีย)|หมวด(?:ที่)?[ \t]?[\d๐-๙]|จาก|ของ(?!ขวัญ|ราชการ)|ให้แก่|ให้กับ|แก่(?=[ \t]|หน่วย|องค์|ผู้|บุคคล|คณะ|ประชาชน|เด็ก|เยาวชน|ภาคี|สถาน)|ใน(?=[ \t])|ในงาน|ในพิธี|ในปี|ในระดับ|ในสาขา|ในประเภท|ในครั้ง|(?<=[ \t])ใน|(?:(?<=ดีเด่น)|(?<=ต้นแบบ)|(?<=ยอดเยี่ยม))ใน(?!(?:การ|ด้าน)[^\s]{2,80}?[ \t]?(?:ประจำปี|ครั้งที่))"
    r"|ซึ่ง|โดย|ได้แก่|คือ|จำนวน|รวม(?!ใจ|พลัง)|ที่(?:ได้|จะ|ผ่าน|มอบ|จัด|ทาง)|เป็นผู้|เป็นรางวัล|ดังนี้|ดังกล่าว|(?<!ห)นี้(?![\u0e31-\u0e3a\u0e47-\u0e4e])"
    r"|อย่างต่อเนื่อง|อย่างยิ่ง|ต่อเนื่อง|ติดต่อกัน|อีกด้วย|อีก(?=[ \t]*[\d๐-๙]|[ \t]*(?:หนึ่ง|ครั้ง|รางวัล|มากมาย|จำนวน)|[ \t]*$)|ด้วย(?:กัน)?(?=\s|$)|เมื่อ|ตั้งแต่|แบ่ง|เนื่อง(?:ใน|จาก|ด้วย)|(?<![\u0e01-\u0e4e])ณ(?=[ \t])|กับ(?=[ \t])|เป็นปีที่|เป็นครั้ง"
    # received it (มา) for years, from, before, again: "ได้รับรางวัลXมาอย่างต่อเนื่อง", "…มาจากกระทรวง…", "…มา 3 ปีซ้อน"
    r"|(?<!ที่)มา(?=แล้ว|ครอง|ได้|จาก|อย่าง|โดยตลอด|ตลอด|ต่อเนื่อง|ติดต่อ|ก่อน|หลาย|ทุกปี|[ \t]?[\d๐-๙]{1,2}[ \t]*(?:ปี|ครั้ง|สมัย))"
    # a purpose clause: to honour, to promote … ("รางวัลสัตวแพทย์ตัวอย่างเพื่อเป็นการยกย่อง…")
    r"|เพื่อ(?:เป็น|ยกย่อง|เชิดชู|ส่งเสริม|มอบ|สร้าง)"
    # a clause glued to the name: will / still / has / or / and gave / every / many / which is / on the day
    # ("รางวัลอุตสาหกรรมจะเป็นการเชิดชู…", "…ยอดเยี่ยมยังได้รับ…", "…เพื่อสังคมมีความหลากหลาย…",
    #  "…สีเขียวหรือ GI", "…ทุนการศึกษาและมอบโล่…", "…โล่เกียรติยศทุกท่าน", "…จังหวัดสะอาดในวันที่ 16 …")
    r"|จะ(?=[ \t]|เป็น|ได้|มี|จัด|พิจารณา|ต้อง|มอบ|ทำ|หยุด|ช่วย|สามารถ|ส่ง|นำ|เข้า)|ยัง(?=ได้|คง|มี|เป็น|ถือ)"
    r"|(?<!ที่)(?<!ผู้)(?<!ซึ่ง)(?<!และ)(?<!ไม่)มี(?=ความ|การ|ทั้ง|จำนวน|ผู้|รางวัล)|หรือ(?=[ \t]|[A-Za-z])"
    r"|และ(?=มอบ|ได้(?!แก่)|รับ(?!มือ|ผิดชอบ|รอง)|เป็น|จะ|ยัง|ร่วม(?!กัน|มือ)|นำ(?!ร่อง))|ทุก(?=ท่าน|คน|ราย|หน่วย|ปี|ประเภท)|ทั้ง(?:สิ้น|หมด|(?=[ \t]*[\d๐-๙]))|มากมาย|เพิ่ม(?:ขึ้น|เติม)"
    r"|ที่เป็น(?=เครื่อง|การ|รางวัล|ผู้|หนึ่ง|ส่วน)|ในวัน|ในเดือน"
    # the topic or theme a contest was held on ("…เพื่อการเผยแพร่ภารกิจกองทุนยุติธรรมในหัวข้อ “…”", "… ภายใต้แนวคิด “…”")
    r"|(?:ใน|ภายใต้)?หัวข้อ|ภายใต้(?:แนวคิด|ชื่อ|ธีม)"
    # another award named right after it ("ศิลปินร่วมสมัยดีเด่นรางวัลศิลปาธร"), a prize purse
    r"|เงินรางวัล|และ(?=รางวัล|ผู้(?:ที่)?ได้รับ)|ประสบ(?:ความ|ผล)สำเร็จ|(?<!ถ้วย)(?<!โล่)รางวัล")
# a chunk after a space that continues the name, rather than opening the clause after it
_CONTINUES = re.compile(r"[\u0e01-\u0e4e][\u0e01-\u0e4e]")
_CLAUSE_CHUNK = re.compile(r"(?:ขอ(?!น)|ปี|พ\.ศ|ค\.ศ|ประจำ|เมื่อ|อาทิ|เช่น|ประกอบ|แล้ว|อย่าง|และ|หรือ|โดย|ซึ่ง|จาก|ของ|ให้|แก่|ณ|ที่|ใน|เพื่อ|ได้|เป็น|กับ|ด้วย|พร้อม|ทั้ง|อีก|นอกจาก|ตาม(?!วิถี|หลัก|แนว|ปรัชญา|รอยพระ|พระราช)|ต่อ|มา|ไป|ครั้ง|รวม|จำนวน|คือ|ดัง|นับ|ถือ|ซึ่ง"
                           r"|สาขา|ประเภท|ระดับ|หมวด|กลุ่ม|ด้าน|ชนะเลิศ|รองชนะเลิศ|ชมเชย|เหรียญ|นาย|นาง|ดร\.|พล|พ\.|ร\.|น\.)"
                           # a headline's clause after the name: will, has, still, said, attended, reaffirms,
                           # showcases, boosts, prepares, made the list, held, reveals, backs, stresses …
                           r"|(?:จะ|มี|ยัง|เข้า(?!ใจ)|สามารถ|กล่าว|ตอกย้ำ|ย้ำ|ชู|เสริม|เตรียม|ติด(?:โผ|ต่อ|อันดับ)|จัด(?:ขึ้น|โดย|งาน)|เผย"
                           r"|หนุน|เน้น|มุ่ง|ยกย่อง|เชิดชู|สร้าง(?!สรรค์)|ขับเคลื่อน|รับ|มอบ|คว้า|ร่วม(?:กับ|งาน|พิธี)|นำ(?!ร่อง)|ปลื้ม|ยินดี"
                           r"|แสดง|สะท้อน|ภายใน|ภายใต้|ตั้งแต่|ส่วน|ก็|แต่|ทั้งนี้|ตลอด|เพิ่ม|เปิด(?:ชื่อ|ตัว|เผย|งาน)|ฉลอง"
                           # a headline's next clause opened by who speaks, a post's head ("… รางวัลX ปลัดวธ.แนะ…",
                           # "… รางวัลX อธิบดีกรม… เผย…")
                           r"|ปลัด|อธิบดี|รัฐมนตรี|รมว\.|รมช\.|ผู้ว่าราชการ|ผู้ว่าฯ|เลขาธิการ)")
# what a programme's bare name never is: prose (this, that, such, the various, all, many, from, in, of
# the …), a placing or a level said as an award, money, a lottery prize, a bounty, a count, the awards' rank among
# themselves ("ได้รับ 2 รางวัลหลัก ได้แก่ …": the main ones; "รางวัลรอง", the lesser)
_NOT_A_NAME = re.compile(
    r"(?:ดังกล่าว|นี้|นั้น|เดียว|ต่าง|ทั้ง|มากมาย|หลาย|ใด|อื่น|ที่|จาก|ใน|และ|แก่|กับ|ให้|อีก|ครั้ง|แห่ง(?:เกียรติ|ความ)|อัน|ทรงเกียรติ|เกียรติยศ$|เกียรติคุณ$|ประจำ|ได้|เป็น|รวม|จำนวน|ละ"
    r"|นานาชาติ$|ชนะเลิศ|รองชนะเลิศ|ชมเชย|พิเศษ(?:$|[ \t]|เป็น|ได้|คือ|ซึ่ง|จาก|จำนวน|อีก|ที่)|ยอดเยี่ยม$|ล้วน|แด่|รางวัล|ดีเด่น$|ดีมาก$|ดี$|หลัก$|รอง$|ระดับ|สาขา|ประเภท|หมวด|กลุ่ม|เหรียญ|อันดับ|ลำดับ|ที่\d"
    r"|เงิน|มูลค่า|สลาก|นำจับ|ใหญ่|ที่\s|ทุก|สูงสุด|มาก|สำคัญ|ต่อ|ตาม|ระหว่าง|เพื่อ|ด้วย|โดย|ซึ่ง|ตลอด|มา|ไป|[\d๐-๙]"
    # a verb or a clause: is divided into, has, counts as, will, still, not, then, makes, is given
    r"|อย่าง|แล้ว|หรือ|แบ่ง|มี|ถือ|นับ|จะ|ยัง|ไม่|ก็|คือ|ว่า|ทำ|ช่วย|สร้าง(?!สรรค์)|ส่ง(?!เสริม)|นำ|มอบ|รับ|คว้า|เข้า|ออก|ผ่าน|พิจารณา|คัดเลือก|ประกาศ|สะท้อน|แสดง|เชิดชู|ยกย่อง"
    # a cause, a possessive, a rank: "รางวัลเนื่องในโอกาส…" (the occasion, not a name), "รางวัลของนักศึกษา…",
    # "รางวัลรองอันดับ…"
    r"|เนื่อง|ของ|รองอันดับ|แต่"
    # a lottery's or a lucky draw's prose: from the day, within, the same time, before, back, extra, the
    # month, the company, a certificate ("รางวัล ตั้งแต่วันที่ 23 …", "รางวัล บริษัทฯจะทำการประกาศ…")
    r"|ตั้งแต่|วันที่|ภายใน|สำหรับ|แทน|เท่า|เพิ่ม|พร้อม|ก่อน|กลับ|สะสม|ณ|เดือน|บริษัท|มูลนิธิ|เจ้าหน้าที่|การันตี|กว่า|สามารถ|ชื่อ|ขึ้น|ต้อง|ชนะ|การ(?:มอบ|ประกาศ|จัด(?:งาน|พิธี)|ให้(?!บริการ))"
    r"|มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"
    # the thing that carries an award, said as its name: a cup, a plaque (รางวัลถ้วยรางวัล, รางวัลโล่รางวัลเกียรติยศ)
    r"|(?:ถ้วย|โล่)(?:รางวัล|พระราชทาน))")
# money right after a name: a prize purse, no programme ("รางวัลชนะเลิศ 20,000 บาท", "… 450 ยูโร")
_PRIZE_MONEY = re.compile(r"[^\n]{0,12}?[\d๐-๙][\d๐-๙,.]*[ \t]*(?:บาท|ล้านบาท|ยูโร|ดอลลาร์|เหรียญสหรัฐ|USD|EUR)")
# a contest ranked by placings: "(รางวัล)ชนะเลิศ (ใน)การประกวด<name>"
_PLACING = r"(?:ชนะเลิศ(?:อันดับ[ \t]?(?:ที่)?[ \t]?[\d๐-๙]|อันดับ[ \t]?(?:หนึ่ง|สอง|สาม))?|รองชนะเลิศ(?:[ \t]?อันดับ[ \t]?(?:ที่)?[ \t]?(?:[\d๐-๙]|หนึ่ง|สอง|สาม))?|ชมเชย|ยอดเยี่ยม|เหรียญ(?:ทอง(?:แดง)?|เงิน)|ดีเด่น)"
_CONTEST = re.compile(rf"รางวัล[ \t]?{_PLACING}[ \t]*(?:(?:ประเภท|สาขา|ระดับ|รุ่น)[^\n]{{2,60}}?[ \t])?(?:จาก|ใน)?[ \t]*(?P<contest>(?:การ)?(?:ประกวด|แข่งขัน))(?P<name>[ \t]?[\u0e01-\u0e4eA-Za-z])")
# between a programme's name and another name of it: an opening bracket, หรือ (or)
_ANOTHER_NAME = re.compile(r"[ \t]*(?:\(|หรือ)[ \t]*(?:รางวัล[ \t]?)?")
# a Thai name and its English one quoted right after it: "รางวัลหน่วยงานแห่งปี “Agency of the Year Awards 2023”"
_QUOTED_AFTER = re.compile(r"[ \t]*[“\"][ \t]*")
_ACRONYM_AFTER = re.compile(r"[ \t]*[:：][ \t]*([A-Z][A-Za-z]{2,12})[ \t]*\)")
# a body's short form, dotted, opening what follows a placing (สวจ.ปทุมธานี, อบต.บางพลี, รพ.สต.…): a winner, no name
_SHORT_FORM_FIRST = re.compile(r"[\u0e01-\u0e2e]{1,6}\.(?:[\u0e01-\u0e2e]{1,4}\.)*[ \t]?[\u0e01-\u0e4e]")
# a placing written before the programme's name in one word: รางวัลชนะเลิศสุดยอดผ้า…
_GLUED_PLACING = re.compile(r"(?:ชนะเลิศ(?:อันดับ[ \t]?(?:ที่)?[ \t]?[\d๐-๙])?|รองชนะเลิศ(?:[ \t]?อันดับ[ \t]?(?:ที่)?[ \t]?[\d๐-๙])?|ชมเชย)[ \t]?")
# a certificate of honour given as the award (มอบ/รับ/ได้รับ (รางวัล)ประกาศเกียรติคุณ… / โล่เกียรติคุณ…; not
# รางวัลประกาศเกียรติคุณด้าน…, a kind of award of the programme named around it)
# (a certificate that says it honours, เกียรติบัตร(และเข็ม/เครื่องหมาย)(ประกาศ)ยกย่อง / เชิดชูเกียรติ…, carries an award as a
# plaque does; a bare เกียรติบัตร is a course's or a visit's and names nothing)
_HONOUR = re.compile(r"(?:มอบ|รับ(?:มอบ)?|ได้รับ)[ \t]?(?:โล่[ \t]?)?(?:รางวัล[ \t]?(?!ประกาศเกียรติคุณด้าน))?(?P<honour>ประกาศเกียรติคุณ|โล่เกียรติคุณ|โล่เชิดชูเกียรติ"
                     r"|เกียรติบัตร(?:[ \t]?และ[ \t]?(?:เข็ม|เครื่องหมาย))?[ \t]?(?:ประกาศ)?(?:ยกย่อง|เชิดชูเกียรติ))[ \t]?(?=[“\"]?[\u0e01-\u0e4e])")
# a plaque handed to units named by the title they earned, with no รางวัล<name>: "มอบโล่ประกาศเกียรติคุณให้แก่สถาน
# ประกอบกิจการดีเด่น จำนวน 8 แห่ง", "มอบโล่รางวัลแก่จังหวัดที่มีผลดำเนินการฉีดวัคซีนดีเด่น": the title is the programme
_PLAQUE_TO = re.compile(r"มอบโล่(?:รางวัล)?[ \t]?(?:เกียรติคุณ|ประกาศเกียรติคุณ|เชิดชูเกียรติ|เกียรติยศ)?"
                        r"(?:[ \t]?(?:และ|,|/)?[ \t]?(?:ประกาศเกียรติคุณ|เกียรติบัตร(?:เชิดชูเกียรติ)?))*[ \t]?(?:ให้แก่|แก่|ให้กับ)[ \t]?")
_PLAQUE_TO_BEFORE = re.compile(_PLAQUE_TO.pattern + "$")
# "แก่องค์กรดีเด่น": a tier of a programme left unnamed, no programme of its own
_TIER_OF_UNITS = re.compile(r"(?:หน่วยงาน|องค์กร|องค์การ)[ \t]?(?:ดีเด่น|ยอดเยี่ยม|ต้นแบบ)")
# a count of awards before รางวัล: "จำนวน 102 รางวัล" names no programme
_COUNT_BEFORE = re.compile(r"(?:จำนวน|รวม|ทั้งสิ้น)[ \t]*[\d๐-๙,]+[ \t]*$")
# the title: a kind of unit (not a person, a fund, a meeting), a word of merit ending it, nothing of a count, a
# purpose, a selection or a project between ("แก่สถานประกอบกิจการที่ได้รับการคัดเลือกให้เป็นต้นแบบโครงการ…": thanks)
_UNIT_TITLE = re.compile(r"(?:หน่วยงาน|องค์กร|องค์การ|ส่วนราชการ|ศูนย์|สถาน(?!ที่)|สำนักงาน|โรงเรียน|โรงพยาบาล|เทศบาล|จังหวัด|อำเภอ|ตำบล"
                         r"|สหกรณ์|ชุมชน|หมู่บ้าน|บริษัท|ห้องสมุด|เครือข่าย)"
                         r"(?:(?!จำนวน|ประจำปี|เพื่อ|โดย|บุคคล|ได้รับ|คัดเลือก|โครงการ|และ|ณ[ \t]|[,;:\n])[^\n]){0,80}?"
                         r"(?:ดีเด่น|ยอดเยี่ยม|ต้นแบบ)"
                         # a field glued after the merit word runs to the next space: "ดีเด่นด้านการพัฒนา…", "ดีเด่นในการ…"
                         r"(?:(?:ด้าน|ใน(?:การ|ด้าน))[^\s,;:]{2,60})?")
# a plaque or certificate of honour named for a project, with no word of merit: it thanks those who took part
_PROJECT_PLAQUE = re.compile(r"[ \t]?[“\"]?[ \t]?โครงการ")
_YEARS_QUOTED = re.compile(r"[ \t]*(?:ประจำ)?ปี(?:งบประมาณ)?[ \t]*(?:พ\.ศ\.)?[ \t]*[\d๐-๙]|[ \t]*ครั้งที่[ \t]*[\d๐-๙]")
_MERIT = re.compile(r"ดีเด่น|ยอดเยี่ยม|ต้นแบบ|ชนะเลิศ|ดีมาก|โดดเด่น|เป็นเลิศ")
# selected as (a title): ได้รับการพิจารณา(คัดเลือก)(ให้)เป็น…, ได้รับ(การ)คัดเลือก(ให้)(เป็น)…: a selection, not "ได้รับเป็น
# ค่าตอบแทน…" (received as pay), nor "ผู้ได้รับคัดเลือก" (the one selected, a noun)
_SELECTED_AS = re.compile(r"(?=ได้รับ)(?<!ผู้)ได้รับ(?:การ)?(?:พิจารณา)?(?:คัดเลือก(?:ให้)?(?:เป็น)?|(?<=พิจารณา)(?:ให้)?เป็น)[ \t]?(?=[“\"]?[\u0e01-\u0e4e])")
# an English name right after รางวัล (capitalised words, an acronym)
# (and after its words of honour: "รับมอบโล่รางวัลเกียรติยศ ASEAN’s Top Corporate Brand 2022")
# (its edition's year may stand first: "รางวัล 2020 Asian Townscape Awards"; its award word may be written lower-case:
# "รางวัล Country award 2022")
_LATIN_AFTER_AWARD = re.compile(r"รางวัล[ \t]?(?:เกียรติยศ|เกียรติคุณ)?[ \t]?[“\"]?(?:(?:19|20)\d\d[ \t]+(?=[A-Z]))?"
                                r"(?P<name>[A-Z][A-Za-z0-9&.'’\-]*(?:[ \t]+(?:[A-Z][A-Za-z0-9&.'’\-]*|of|and|for|in|the|on|&|awards?|prizes?(?![A-Za-z])))*)")
# a branch or category written in Thai, its English name in brackets after it: "สาขาองค์กรดีเด่น… (Self Initiative Award)"
_TERM_GLOSSED = re.compile(r"(?:สาขา|ประเภท)[^\n()“”\"]{2,100}\([ \t]*$")
# a count of awards a unit received and the list of their names: "ได้รับ 2 รางวัล ได้แก่ “A” และ “B”"
_COUNTED_HEAD = re.compile(r"(?:ได้รับ|คว้า|รับ)[^\n]{0,20}?(?<![\d๐-๙,.])[\d๐-๙]{1,2}[ \t]*รางวัล[ \t]*(?:ได้แก่|คือ|ประกอบด้วย)[ \t]*:?[ \t]*")
_QUOTED_ITEM = re.compile(r"(?:[ \t]*(?:,|และ)[ \t]*)?(?:รางวัล[ \t]?)?[“\"](?P<name>[^“”\"\n]{4,80})[”\"]")
# a name that is only a facet (รางวัลด้านน้ำ, รางวัลด้านการจัดซื้อจัดจ้าง), or a merit in a facet with no one named
# (รางวัลดีเด่นด้านสื่อสร้างสรรค์, a contest's special prize): a category of the programme named around it
_FACET = re.compile(r"(?:(?:ดีเด่น|ยอดเยี่ยม)[ \t]?)?ด้าน(?!ละ)")
# the word before a name that makes it a term of another programme: สาขา / ประเภท / ด้าน
_TERM_LEAD_BEFORE = re.compile(r"(?:สาขา|ประเภท|ด้าน)[ \t]?$")
# English names: capitalised words ending in Award(s) / Prize(s) / Awards, an optional year
_ENGLISH = re.compile(r"(?<![A-Za-z0-9])(?P<name>(?:[A-Z][A-Za-z0-9&.'’\-]*|(?!(?:19|20)\d\d(?!\d))[0-9]+)(?:[ \t]+(?:[A-Z][A-Za-z0-9&.'’\-]*|of|and|for|in|the|on|&|[0-9]+))*?"
                      r"[ \t]+(?:Awards?|AWARDS?|Prizes?|PRIZES?))(?![A-Za-z])(?:[ \t]*(?P<year>(?:19|20)\d\d)(?!\d))?")
_AWARD_WORD_IN_NAME = re.compile(r"(?<![A-Za-z])(?:Awards?|AWARDS?|Prizes?|PRIZES?)(?![A-Za-z])")
# words that make a tier, a placing or a mention, not a programme, written in any case ("SPECIAL MENTION", "Grand Prize")
_ENGLISH_NOT = re.compile(r"^(?:The|A|An|This|Our|Best|Winners?|Gold|Silver|Sliver|Bronze|Platinum|Diamond|Special|Excellence|Excellent"
                          r"|Outstanding|Honou?rable|Popular|Grand|Mention|Merit|Jury|Judges'?|First|Second|Third|Runners?-?up"
                          r"|Finalists?|Highly|Commended|Top)$", re.IGNORECASE)
# a programme named for the people it honours: researcher, scientist, alumnus, teacher, student, person,
# civil servant, employee, staff, one who serves or gave service, social worker, elder, athlete, doctor, nurse, volunteer, youth, one who gave for society, artist, farmer
PEOPLES_AWARD = re.compile(r"รางวัล[ \t]?(?:นักวิจัย|นักวิทยาศาสตร์|ศิษย์เก่า|ครู|อาจารย์|นักเรียน|นักศึกษา|บุคคล|ข้าราชการ"
                           r"|พนักงาน|ลูกจ้าง|บุคลากร|ผู้ปฏิบัติงาน|ผู้ทำคุณประโยชน์|นักสังคมสงเคราะห์|ผู้สูงอายุ|นักกีฬา|นักบริหาร|ผู้บริหาร|แพทย์|พยาบาล|อาสาสมัคร|เยาวชน|ผู้เสียสละ|ศิลปิน|เกษตรกรดีเด่น|ปราชญ์|ผู้นำ(?!องค์กร)|คน(?!ละ)|พ่อ|แม่|ลูก)")

# before a year: since (ตั้งแต่ / นับแต่ / เริ่ม), founded or first held in, or the end of a range
_SINCE_BEFORE = re.compile(r"(?:ตั้งแต่|นับแต่|เริ่ม|(?:ก่อตั้ง|จัดตั้ง|สถาปนา|ริเริ่ม)(?:ขึ้น)?[ \t]?(?:เมื่อ|ใน)?"
                           r"|ครั้งแรก[ \t]?(?:เมื่อ|ใน)|[0-9][ \t]*(?:จน)?(?:ถึง|[-–]))[ \t]?$")
# after a year: since then, or a range
_SINCE_AFTER = re.compile(r"[ \t]*(?:เป็นต้นมา|เรื่อยมา|(?:จน)?ถึงปัจจุบัน|จนปัจจุบัน"
                          r"|(?:จน)?(?:ถึง|[-–])[ \t]*(?:ปี[ \t]?)?(?:พ\.ศ\.[ \t]?)?25[0-9]{2}(?![0-9]))")
# "… ในปี 2565 สำนักงาน กสทช. ได้รับ", "โดยปี 2566 นี้ …", "ซึ่งปี 2565 ที่ผ่านมา … ได้รับ" right before a programme's name
_YEAR_BEFORE_RECEIPT = re.compile(r"(?:ใน|เมื่อ|โดย|ซึ่ง)[ \t]?ปี[ \t]?(?:พ\.ศ\.[ \t]?)?(25[0-9]{2})(?![0-9])[^\n]{0,80}?"
                                  r"(?:ได้รับ|คว้า|รับ)(?:มอบ)?[ \t]?$")
# a sentence looking back: "ที่ผ่านมา …", "อนึ่งที่ผ่านมา", "เคยได้รับ"
_LOOKING_BACK = re.compile(r"^[ \t]*(?:อนึ่ง|ทั้งนี้|โดย)?[ \t]*(?:ที่ผ่านมา|ในอดีต|ก่อนหน้านี้)|เคย(?:ได้)?(?:รับ|คว้า)", re.MULTILINE)

LEAD_LINES = 6   # the headline and the lead: the lines a reader takes the article's subject from


# "… รางวัลทั้งสิ้น 4 ประเภท ประกอบด้วย 1) รางวัลA จำนวน 6 หน่วยงาน ได้แก่ … 2) รางวัลB …": a programme
# divided into kinds of award, each item a term of it (the word before the list says which kind)
_DIVISION_HEAD = re.compile(r"[\d๐-๙]{1,3}[ \t]?(?P<word>ประเภท|รางวัล|สาขา|ด้าน|ระดับ)[ \t]*(?:ประกอบด้วย|ได้แก่|ดังนี้|คือ|แบ่ง(?:ออก)?เป็น)[ \t]*:?\s{0,3}"
                            r"(?=\(?1[.)]|(?P<bare>รางวัล))")
_COUNT_OF_WINNERS = re.compile(r"[ \t]*(?:จำนวน|รวม)?[ \t]*[\d๐-๙]{1,3}[ \t]*(?:หน่วยงาน|องค์กร|แห่ง|จังหวัด|ราย|ทีม|ศูนย์)")
# the next item of a list that is not numbered: "รางวัลA รางวัลB และรางวัลC"
_NEXT_BARE_ITEM = re.compile(r"[ \t]*(?:,|และ|หรือ)?[ \t]*(?P<award>รางวัล)")
_DIVISION_KIND = {"ประเภท": "category", "รางวัล": "category", "สาขา": "branch", "ด้าน": "branch", "ระดับ": "level"}


@dataclass(frozen=True)
class Division:
    """An item of a list that divides a programme into kinds of award: ``1) รางวัลหน่วยงานระดับกระทรวง``."""
    start: int          # at its รางวัล
    end: int
    name: str           # without รางวัล
    kind: str           # branch, category or level
    counted: bool       # its list counts the winners of each kind ("จำนวน 6 หน่วยงาน"): only those listed won it


def divisions(text: str, units: tuple[int, ...] = ()) -> list[Division]:
    """The items of the lists that divide a programme into kinds of award. An item with a year or an
    edition of its own (``1) รางวัลผู้มีคุณูปการ… ประจำปี 2566 … 2) รางวัลคุรุสภา ประจำปี 2565``) is a
    programme of its own, and so is a list whose items are not numbered 1, 2, 3 in turn. ``units``: where
    the organisations the text names start (a kind's name ends where its first winner is written)."""
    found = []
    for head in _DIVISION_HEAD.finditer(text):
        kind, position, number = _DIVISION_KIND[head.group("word")], head.end(), 1
        paragraph_end = text.find("\n\n", position)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        items = []
        closing = re.match(r"\(?1([.)])", text[position:])
        while True:
            if head.group("bare") is not None:
                item = _NEXT_BARE_ITEM.match(text, position, paragraph_end)
            else:
                item = re.compile(rf"(?:(?<=\s)|^)\(?{number}[.)][ \t]*(?P<award>รางวัล)").search(text, position, paragraph_end)
            if not item and closing and head.group("word") != "รางวัล":
                # "6 ประเภท คือ 1) หน่วยงานภาครัฐ ได้แก่ 1. … 2) หน่วยงานสถานศึกษา ได้แก่ …": kinds named without รางวัล,
                # numbered in their own style (the winners inside each are numbered in another)
                item = _kind_item(text, number, closing.group(1), position, paragraph_end, units)
                if item is not None:
                    start, name_end = item
                    if items and start - items[-1].end > 1200:
                        break
                    items.append(Division(start, name_end, _clean(re.sub(r"^ประเภท[ \t]?", "", text[start:name_end])),
                                          kind, False))
                    position, number = name_end, number + 1
                    continue
            if not item or items and item.start() - items[-1].end > 600:
                break
            name_end = _thai_name_end(text, item.end("award"))
            if name_end is None:
                break
            # "รางวัลหน่วยงานระดับกระทรวง": a division is named with its scope; only a space ends it
            name_end = max(name_end, re.match(r"\S*", text[item.end("award"):]).end() + item.end("award"))
            following = _NEXT_BARE_ITEM.search(text, item.end("award"), name_end)
            if following is not None:
                name_end = following.start()       # "รางวัลA รางวัลB": the next item ends this one
            items.append(Division(item.start("award"), name_end, _clean(text[item.end("award"):name_end]), kind, False))
            position, number = name_end, number + 1
        if len(items) >= 2 and not any(_EDITION_OR_YEAR.match(text, i.end) for i in items):
            # "1) รางวัลA จำนวน 6 หน่วยงาน ได้แก่ …": the kinds and their winners, not what one unit received
            counted = any(_COUNT_OF_WINNERS.match(text, i.end) for i in items)
            found.extend(replace(i, counted=counted) for i in items if len(i.name) >= 3)
    return found


# the end of a kind's name written without รางวัล: its winners' list or count, a colon, the end of the line
_KIND_NAME_END = re.compile(r"[ \t]*(?:ได้แก่|คือ|ประกอบด้วย|จำนวน|[\d๐-๙]{1,3}[ \t]*(?:ราย|หน่วยงาน|แห่ง|องค์กร)|:|\n|\(?1[.)])")


def _kind_item(text: str, number: int, closing: str, position: int, end: int,
               units: tuple[int, ...] = ()) -> tuple[int, int] | None:
    """Item ``number`` of a numbered list of kinds (``2) หน่วยงานสถานศึกษา ได้แก่ …``), in the list's own
    style of number: where its name starts and ends, or None. A kind whose winners follow its name with
    no ได้แก่ (``2.การคัดกรองสุขภาพ สสจ.น่าน และสสจ.เลย``) ends at the first of them, after a space."""
    marker = re.compile(rf"(?:(?<=\s)|^)\(?{number}{re.escape(closing)}[ \t]*(?=[\u0e01-\u0e4e])")
    item = marker.search(text, position, end)
    if item is None:
        return None
    stop = _KIND_NAME_END.search(text, item.end(), min(end, item.end() + 80))
    winner = next((u for u in units if item.end() + 4 <= u <= (stop.start() if stop else item.end() + 80)
                   and text[u - 1] in " \t"), None)
    if winner is not None:
        return item.end(), len(text[:winner].rstrip(" \t"))
    if stop is None or stop.start() - item.end() < 4:
        return None
    return item.end(), stop.start()


@lru_cache(maxsize=4)
def _programme_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(gazetteer.programme_surfaces)


def find(reading: Reading) -> None:
    """The programme mentions of the article, and its main programme and year."""
    reading.divisions = divisions(reading.text, tuple(sorted(o.start for o in reading.orgs)))
    mentions = _find_programmes(reading)
    reading.programme_mentions = mentions
    if not mentions:
        return
    main = _main(reading, mentions)
    # a year of an earlier edition the article looks back on ("ที่ผ่านมา … ครั้งที่ 8 ปี 2561") is no vote for its own
    years = Counter(m.year for m in mentions if m.key == main and m.year and not looks_back(reading.text, m.start))
    year = years.most_common(1)[0][0] if years else published_year(reading)
    reading.main_programme = (main, year)


def _main(reading: Reading, mentions: list[ProgrammeMention]) -> str:
    """The programme the headline or lead confers; else the one conferred most; else the most named."""
    text = reading.text
    lead_end = _lead_end(text)
    for pool in ([m for m in mentions if m.start < lead_end and m.conferred],
                 [m for m in mentions if m.conferred], mentions):
        if pool:
            counts = Counter(m.key for m in pool)
            best = max(counts.values())
            return next(m.key for m in pool if counts[m.key] == best)
    return mentions[0].key


def _lead_end(text: str) -> int:
    position = 0
    for _ in range(LEAD_LINES):
        following = text.find("\n", position)
        if following < 0:
            return len(text)
        position = following + 1
    return position


def _find_programmes(reading: Reading) -> list[ProgrammeMention]:
    text, gazetteer = reading.text, reading.gazetteer
    spans: list[tuple[int, int, str]] = []
    for match in _programme_regex(gazetteer).finditer(text):
        key = gazetteer.programme_labels.get(match_key(match.group()))
        if key and _word_edges(text, match.start(), match.end()) \
                and not _TERM_LEAD_BEFORE.search(text, max(0, match.start() - 12), match.start()) \
                and not _head_of_longer_name(gazetteer, text, match.end(), key):
            spans.append((match.start(), match.end(), key))
    named = {key for _, _, key in spans}
    divided = {d.start for d in reading.divisions}
    learned = _learned_names(text)
    lead_end = _lead_end(text)
    facets = []
    bares = {_bare(name) for _, _, name, english in learned if not english}
    for start, end, name, english in learned:
        if any(s < end and start < e for s, e, _ in spans) or start in divided:
            continue
        if not english and _two_written_as_one(_bare(name), bares):
            continue
        if not english and (_FACET.match(_bare(name)) and not _ANOTHER_NAME.match(text, end) or _CARRIER.fullmatch(_bare(name))):
            # (not one followed by another name of it: "รางวัลด้านไอทีระดับภูมิภาค หรือ ASOCIO Awards" names a programme)
            facets.append((start, end, name))
            continue
        if _kind_in_outline(text, start, end, lead_end, spans, learned):
            continue
        owner = None if english or not _CARRIER_AT.match(text, start) else _tier_owner(gazetteer, name)
        if owner is not None:
            spans.append((start, end, owner))   # "เกียรติบัตรประกาศยกย่ององค์กรคุณธรรม ประจำปี…": the round of a known programme
            continue
        if not english and (any(t.scheme in named for label in (name, _bare(name))
                                for t in gazetteer.terms.get(match_key(label), []))
                            or _names_a_term(gazetteer, text, start, named)):
            continue      # "รางวัลรัฐวิสาหกิจยอดเยี่ยม": an award of a programme the article names, not a programme
        owner = None if english else _branch_owner(gazetteer, _bare(name))
        if owner is not None:
            # "ได้รับรางวัลการบริการภาครัฐ ประเภท…": a known programme's branch written as the award, its programme
            # left unnamed; the mention is the bare รางวัล, so that the branch is read as the term after it
            spans.append((start, start + len("รางวัล"), owner))
            continue
        key = gazetteer.programme_labels.get(match_key(name)) or gazetteer.programme_labels.get(match_key(_bare(name))) \
            or _learn(reading, name, english)
        spans.append((start, end, key))
    if not spans:
        # "เทศบาลนครหาดใหญ่ ได้รับรางวัลด้านอากาศ" under "รางวัลอาเซียนด้านสิ่งแวดล้อมเมืองที่ยั่งยืน": an award named by
        # its facet alone (ด้าน…) is a category of the programme the article names, one named by its plaque is that
        # programme's; only alone in the article is either a programme of its own
        spans += [(start, end, gazetteer.programme_labels.get(match_key(name)) or _learn(reading, name, False))
                  for start, end, name in facets]
    else:
        # "รางวัลด้านการพัฒนาชนบทและขจัดความยากจน ครั้งที่ 6" after "รางวัลผู้นำระดับประเทศด้านการพัฒนาชนบทและขจัดความยากจน":
        # the facet that ends a programme's name, written alone, is that programme named short (the first so named)
        for start, end, name in facets:
            tail = match_key(_bare(name))
            key = next((k for _, _, k in sorted(spans) if _programme_name(reading, k).endswith(tail)), None)
            if key is not None and len(tail) >= 8:
                spans.append((start, end, key))
    # a "programme" named right after a known one is one of its awards (รางวัลเฉพาะด้าน of
    # รางวัลรัฐบาลดิจิทัล), not a programme of its own
    known = [(s, e) for s, e, key in spans if key in gazetteer.programmes]
    spans = [(s, e, key) for s, e, key in spans
             if key in gazetteer.programmes or not any(0 <= s - ke <= 200 for _, ke in known)]
    spans.sort()
    years = [(s, e, y) for s, e, y in find_years(text) if not _not_a_programme_year(text, s, e)]
    spans = _one_key_per_programme(reading, spans)
    found = []
    for index, (start, end, key) in enumerate(spans):
        limit = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        found.append(ProgrammeMention(start, end, key, _year_of(text, start, end, limit, years),
                                      _conferred(text, start, end)))
    # a learned name the text never confers is prose, not a programme (its later mentions count
    # once one mention has the verb)
    conferred = {m.key for m in found if m.conferred}
    for mention, following in zip(found, found[1:]):
        # "มอบเข็ม… รางวัลA และรางวัลB": awards handed out in one run after the verb that hands them out
        line_start = text.rfind("\n", 0, mention.start) + 1
        if _AND_NEXT.fullmatch(text, mention.end, following.start) \
                and _GIVING_ON_LINE.search(text, max(line_start, mention.start - 150), mention.start):
            conferred |= {mention.key, following.key}
    mentions = [m for m in found if not m.key.startswith("x-") or m.key in conferred]
    for key in {m.key for m in found} - {m.key for m in mentions}:
        reading.extraction.programmes.pop(key, None)
    for m in mentions:
        reading.mention("programme", m.start, m.end, m.key, str(m.year or ""))
    return mentions


def _two_written_as_one(bare: str, bares: set[str]) -> bool:
    """``รางวัลผลงานวิชาการและหน่วยบริการด้าน…ดีเด่น`` (a headline's shorthand) where the article names
    ``รางวัลผลงานวิชาการดีเด่น`` and ``รางวัลหน่วยบริการด้าน…ดีเด่น``: two awards sharing one merit word, each
    named whole elsewhere; no programme of its own. A name whose parts each carry their merit word
    (``ชาวไร่อ้อยดีเด่นและโรงงานน้ำตาลดีเด่น``) is one programme of two kinds, and stays."""
    merit = _SHARED_MERIT.search(bare)
    if merit is None:
        return False
    for joint in re.finditer(r"[ \t]?และ[ \t]?", bare):
        first, second = bare[:joint.start()], bare[joint.end():]
        if len(first) >= 4 and len(second) >= 4 and not _MERIT.search(first) \
                and first + merit.group() in bares and second in bares:
            return True
    return False


_SHARED_MERIT = re.compile(r"(?:ดีเด่น|ยอดเยี่ยม|ต้นแบบ|ดีเยี่ยม)$")


def _one_key_per_programme(reading: Reading, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """One programme written two ways in one article is one: a Thai name and its English name in
    brackets (``รางวัลองค์กรโปร่งใส (NACC Integrity Awards)``), and a learned name and a longer one
    that holds it (``รางวัลหม่อมงามจิตต์ฯ``, ``รางวัลหม่อมงามจิตต์ บุรฉัตร บุคคลสำคัญของโลก``). The name
    written first keeps the key; the other becomes an alias of it."""
    text, programmes = reading.text, reading.extraction.programmes
    renames: dict[str, str] = {}
    learned = [(s, e, k) for s, e, k in spans if k.startswith("x-") and k in programmes]
    for index, (start, end, key) in enumerate(spans):
        following = next(((s, e, k) for s, e, k in spans[index + 1:index + 2]), None)
        if following and following[2].startswith("x-") and following[2] != key \
                and following[2] in programmes and (_ANOTHER_NAME.fullmatch(text, end, following[0])
                                                    or _QUOTED_AFTER.fullmatch(text, end, following[0])
                                                    and programmes[following[2]].language == "en"):
            renames[following[2]] = key      # the English name in brackets, or after หรือ, is the same programme
            acronym = _ACRONYM_AFTER.match(text, following[1])
            if acronym:                      # "(… Awards: AOSWADA)": a later "รางวัล AOSWADA" is it too
                for s2, e2, k2 in spans:
                    if k2 != key and k2 in programmes and programmes[k2].name == acronym.group(1):
                        renames[k2] = key
    bare = {k: match_key(_bare(programmes[k].name)).rstrip("ฯ") for _, _, k in learned}
    bare_names = {k: _bare(programmes[k].name) for _, _, k in learned}
    order = list(dict.fromkeys(k for _, _, k in learned))
    for i, first in enumerate(order):
        for other in order[i + 1:]:
            a, b = bare[first], bare[other]
            if min(len(a), len(b)) >= 8 and (a in b or b in a) and other not in renames:
                renames[other] = first
    for short in order:
        full = next((k for k in order if k != short and _initials_of(bare_names[short], bare_names[k])), None)
        if full is not None and short not in renames and renames.get(full) != short:
            renames[short] = full        # "AREA 2023" beside "Asia Responsible Enterprise Awards 2023": the full name
    for old, new in renames.items():
        while new in renames and renames[new] != old:
            new = renames[new]
        alias = programmes.pop(old, None)
        target = programmes.get(new)
        if alias is not None and target is not None and alias.name not in target.aliases:
            programmes[new] = replace(target, aliases=target.aliases + ((alias.name, alias.language),))
        renames[old] = new
    for key in {renames.get(k, k) for _, _, k in learned}:
        shorter = _run_on_of(programmes.get(key))
        if shorter is not None and programme_key(shorter.name) not in programmes \
                and not _quoted(text, _bare(programmes[key].name)):
            # the name written first ran on into its sentence; the article names the programme without the run-on
            # elsewhere: that is its name, and its key (so that other articles find the same node)
            new_key = programme_key(shorter.name)
            programmes[new_key] = replace(programmes.pop(key), key=new_key, name=shorter.name)
            renames.update({k: new_key for k, v in renames.items() if v == key})
            renames[key] = new_key
    for key in {renames.get(k, k) for _, _, k in learned}:
        whole = _whole_of(programmes.get(key), text)
        if whole is not None and programme_key(whole.name) not in programmes:
            # the name written first was cut before its qualifier (a headline's "รางวัลองค์กรที่มีความเป็นเลิศ ยกย่อง…"
            # beside the body's "…เป็นเลิศในการบริหารจัดการด้านการเงินการคลัง"): the whole name is its name and key
            new_key = programme_key(whole.name)
            programmes[new_key] = replace(programmes.pop(key), key=new_key, name=whole.name, aliases=whole.aliases)
            renames.update({k: new_key for k, v in renames.items() if v == key})
            renames[key] = new_key
    return [(s, e, renames.get(k, k)) for s, e, k in spans]


_ACRONYM = re.compile(r"[A-Z]{3,8}")
_SMALL_WORDS = {"of", "and", "for", "in", "the", "on", "&"}


def _initials_of(short: str, name: str) -> bool:
    """An English programme written by its initials (``AREA``, ``APEA``) beside its name (``Asia Responsible
    Enterprise Awards``, ``The Prestigious Asia Pacific Enterprise Awards``): the initials of its words, or of its
    last words (a leading "The Prestigious" is left out of the acronym)."""
    if not _ACRONYM.fullmatch(short):
        return False
    words = [w for w in re.split(r"[ \t]+", name) if w and w not in _SMALL_WORDS]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return False
    initials = "".join(w[0] for w in words)
    return initials == short or initials.endswith(short) and len(short) >= 4


# a qualifier glued to a name, which the name goes on with: in (the management of …), in the field of … (not a bare
# "ด้าน…", a facet of the programme, its category: "รางวัลผู้เสียสละเพื่อสังคมด้านผู้สูงอายุ")
_QUALIFIER = re.compile(r"ใน(?:การ|ด้าน)")


def _whole_of(programme: Programme | None, text: str) -> Programme | None:
    """Of a learned programme whose name another of its names goes on with a glued qualifier (``รางวัลองค์กรที่มีความ
    เป็นเลิศ`` beside ``…เป็นเลิศในการบริหารจัดการด้านการเงินการคลัง``), that whole name as a Programme (the one the
    article writes most, of those no other goes on from); else None."""
    if programme is None or programme.language != "th":
        return None
    name = _bare(programme.name)
    longer = [alias for alias, language in programme.aliases
              if language == "th" and _bare(alias).startswith(name) and _QUALIFIER.match(_bare(alias), len(name))]
    whole = [alias for alias in longer if not any(other != alias and _bare(other).startswith(_bare(alias)) for other in longer)]
    if len(name) < 4 or not whole:
        return None
    best = max(whole, key=lambda alias: (text.count(_bare(alias)), -whole.index(alias)))
    aliases = tuple(a for a in programme.aliases if a[0] != best) + ((programme.name, "th"),)
    return replace(programme, name=_label(best, False), aliases=aliases)


def _quoted(text: str, name: str) -> bool:
    """The article opens a quotation with the name: it is the name as written, however long."""
    words = r"[ \t]?".join(re.escape(w) for w in name.split())
    return bool(re.search(rf"[“\"][ \t]?(?:รางวัล[ \t]?)?{words}", text))


def _run_on_of(programme: Programme | None) -> Programme | None:
    """Of a learned programme whose name is another of its names followed by words after a space
    (``รางวัลภาพยนตร์ไทยยอดเยี่ยม ชมรมวิจารณ์บันเทิง`` beside ``รางวัลภาพยนตร์ไทยยอดเยี่ยม``), the
    shorter name as a Programme; else None. A name cut short with ฯ is no shorter name of it."""
    if programme is None or programme.language != "th":
        return None
    name = _bare(programme.name)
    for alias, language in programme.aliases:
        short = _bare(alias)
        if language == "th" and len(short) >= 4 and not short.endswith("ฯ") and name.startswith(short + " "):
            aliases = tuple(a for a in programme.aliases if a[0] != alias) + ((programme.name, "th"),)
            return replace(programme, name=_label(alias, False), aliases=aliases)
    return None


# an item of an outline (``1. รางวัล…`` at the head of its line) after a count of kinds of award or "as
# follows" (ดังนี้)
_OUTLINE_ITEM = re.compile(r"(?:^|\n)[ \t\u200b\xa0]*\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[.)][ \t\xa0]*$")
_KINDS_ANNOUNCED = re.compile(r"[\d๐-๙]{1,2}[ \t]*ประเภท|ประเภทรางวัล|ดังนี้")


def _kind_in_outline(text: str, start: int, end: int, lead_end: int, spans: list, learned: list) -> bool:
    """``… มอบรางวัลทุนหมุนเวียนดีเด่น … จำนวน 5 ประเภทรางวัล … ดังนี้`` then ``1. รางวัลผลการดำเนินงานดีเด่น
    เป็นรางวัลสำหรับ…``: an item of the outline under the programme the lead confers is one of its kinds of
    award, not a programme of its own, unless it has its own edition or year."""
    if not _OUTLINE_ITEM.search(text, max(0, start - 12), start) or _EDITION_OR_YEAR.match(text, end):
        return False
    lead = [(s, e) for s, e, *_ in list(spans) + list(learned) if s < lead_end and (s, e) != (start, end)
            and _conferred(text, s, e)]
    if not lead:
        return False
    return bool(_KINDS_ANNOUNCED.search(text, max(lead[0][1], start - 1500), start))


# what, glued to a known programme's name, makes a longer name of another: a facet (ด้าน…), "of the year", "international"
# (องค์กรโปร่งใสนานาชาติ is Transparency International)
_LONGER_NAME = re.compile(r"ด้าน|แห่งปี|นานาชาติ")


def _programme_name(reading: Reading, key: str) -> str:
    """A programme's bare name as the key compares it, known or learned."""
    programme = reading.extraction.programmes.get(key) or reading.gazetteer.programmes.get(key)
    return match_key(_bare(programme.name)) if programme is not None else ""


def _head_of_longer_name(gazetteer: Gazetteer, text: str, end: int, key: str) -> bool:
    """A known programme's name glued to a facet that is none of its terms heads a longer name of another
    programme: ``รางวัลรัฐวิสาหกิจดีเด่นด้านแรงงานสัมพันธ์`` (labour relations) is not ``รัฐวิสาหกิจดีเด่น``, nor is
    ``องค์กรโปร่งใสแห่งปี`` (a magazine's organisation of the year) ``องค์กรโปร่งใส``, where
    ``รางวัลเลิศรัฐด้านการบริการภาครัฐ`` is เลิศรัฐ with its branch."""
    if not _LONGER_NAME.match(text, end):
        return False
    from .awards.terms import _surface_key, _term_regex

    term = _term_regex(gazetteer).match(text, end)
    found = _surface_key(gazetteer, re.sub(r"\s+", "", term.group())) if term else None
    return not any(t.scheme == key for t in gazetteer.terms.get(found or "", []))


def _branch_owner(gazetteer: Gazetteer, bare: str) -> str | None:
    """The known programme whose branch a learned name is, word for word (บริการภาครัฐ of เลิศรัฐ,
    อุตสาหกรรมดีเด่น of the Prime Minister's industry award): a branch names one programme's division, so it
    says which programme conferred it; a category or a level (ดีเด่น, พัฒนาการดีเด่น) is too common a phrase to."""
    terms = gazetteer.terms.get(match_key(bare), [])
    schemes = {t.scheme for t in terms}
    if len(schemes) == 1 and all(t.kind == "branch" for t in terms) and next(iter(schemes)) in gazetteer.programmes:
        return next(iter(schemes))
    return None


# a certificate or plaque of honour (where the honour path starts its names)
_CARRIER_AT = re.compile(r"ประกาศเกียรติคุณ|โล่|เกียรติบัตร")


def _tier_owner(gazetteer: Gazetteer, name: str) -> str | None:
    """The known programme whose tier a certificate of honour names by its first word (``องค์กรคุณธรรม`` of the moral
    organisation programme): a certificate honours a round by the tier its holders reached, so the tier says which
    programme's round it is. Only a tier of one programme, of two words or more (not ดีเด่น, ชนะเลิศ)."""
    first = _bare(name).split()[0] if _bare(name).split() else ""
    terms = gazetteer.terms.get(match_key(first), [])
    schemes = {t.scheme for t in terms}
    if len(first) >= 10 and len(schemes) == 1 and all(t.kind == "level" for t in terms) \
            and next(iter(schemes)) in gazetteer.programmes:
        return next(iter(schemes))
    return None


def _names_a_term(gazetteer: Gazetteer, text: str, start: int, named: set[str]) -> bool:
    """The text at a learned name (after its รางวัล) is a term of a programme the article names."""
    from .awards.terms import _term_regex

    after = re.match(r"รางวัล[ \t]?", text[start:start + 8])
    match = _term_regex(gazetteer).match(text, start + (after.end() if after else 0))
    if not match:
        return False
    from .awards.terms import _surface_key

    key = _surface_key(gazetteer, re.sub(r"\s+", "", match.group()))
    return any(t.scheme in named for t in gazetteer.terms.get(key or "", []))


_EDITION_YEAR = re.compile(r"[ \t]*[”\"]?[ \t]*(?:ครั้งที่[ \t]?[\d๐-๙]{1,3}[ \t]*)?(?:(?:ประจำ)?ปี[ \t]?(?:(?:พ\.ศ\.|พุทธศักราช)[ \t]?)?|พุทธศักราช[ \t]?)(?P<year>25\d\d)(?!\d)"
                           r"(?:[ \t]*[-–][ \t]*(?P<last>25\d\d)(?!\d))?")
# "… ได้รับรางวัล “องค์กรเกียรติยศ” ซึ่งปี 2565 ที่ผ่านมา … ได้รับรางวัล “องค์กรคนดี”": a year that opens the next
# clause is that clause's, not the year of the name before it
_OPENS_A_CLAUSE = re.compile(r"(?:ซึ่ง|โดย|ขณะที่|ส่วน|ทั้งนี้|นอกจากนี้)[ \t]*(?:ใน|เมื่อ)?[ \t]*$")


def _year_of(text: str, start: int, end: int, limit: int, years: list[tuple[int, int, int]]) -> int | None:
    year = next((y for s, _, y in years if end <= s <= min(end + 60, limit)
                 and not (text.startswith("ปี", s) and _OPENS_A_CLAUSE.search(text, end, s))), None)
    if year is None:
        # "รางวัลนวัตกรรมแห่งชาติ “ด้านองค์กรนวัตกรรมดีเด่น ประเภท… ในกลุ่ม…” ประจำปี 2564": ประจำปี
        # belongs to the programme further along its line
        year = next((y for s, _, y in years if end <= s <= min(end + 160, limit)
                     and text.startswith("ประจำปี", s) and "\n" not in text[end:s]), None)
    if year is None:
        # "… ครั้งที่ 8 ปี 2561" (a year after an edition, which find_years takes for a duration: "8 ปี"), "ประจำปี
        # 2563 - 2564" (a two-year round, conferred once it ends): the year written right after the name
        edition = _EDITION_YEAR.match(text, end)
        year = int(edition.group("last") or edition.group("year")) if edition else None
    if year is None:
        # "รางวัล “ราชมงคลสรรเสริญกิตติมศักดิ์ พุทธศักราช 2565”": the year written inside a quoted name
        inside = re.search(r"(?:พ\.ศ\.|พุทธศักราช)[ \t]?(25\d\d)[ \t]*[”\"]$", text[start:end])
        year = int(inside.group(1)) if inside else None
    if year is None:
        # "ASEAN Energy Awards 2023": the Common Era year written with an English name
        english = re.match(r"[ \t]*((?:19|20)\d\d)(?!\d)", text[end:end + 8])
        if english and re.search(r"[A-Za-z]", text[max(start, end - 8):end]):
            year = ce_to_be(int(english.group(1)))
        elif re.match(r"[A-Z]", text[start:start + 1]):
            # "รางวัล 2020 Asian Townscape Awards": or written before it
            leading = re.search(r"(?<![\d.,])((?:19|20)\d\d)[ \t]+[“\"]?$", text[max(0, start - 8):start])
            year = ce_to_be(int(leading.group(1))) if leading else None
    if year is None and text.endswith("แห่งปี", start, end):
        # "รางวัลองค์กรยั่งยืนแห่งปี 2567": the year of an award "of the year" right after its name
        of_the_year = re.match(r"[ \t]*(25[0-9]{2})(?![0-9])", text[end:end + 8])
        year = int(of_the_year.group(1)) if of_the_year else None
    if year is None:
        # "โดยในปี 2565 สำนักงาน กสทช. ได้รับรางวัลรัฐบาลดิจิทัล…": the year stated before the receiving
        before = _YEAR_BEFORE_RECEIPT.search(text, max(0, start - 120), start)
        year = int(before.group(1)) if before else None
    return year


# "คว้ารางวัล Best Green Bond จากเวที <X Awards 2024>", "รับรางวัล A และรางวัล B จาก <X Awards>", "รับรางวัล Most Helpful
# Bank … จาก <ผู้จัด> ภายในงาน <X Awards>": an English title won at a programme named right after it is a category of
# that programme, no programme of its own
TITLE = re.compile(r"[ \t]*(?:มอบ)?รางวัล[ \t]?[“\"]?(?P<title>[A-Z][A-Za-z0-9&.'’\-]*(?:[ \t]+(?:[A-Z][A-Za-z0-9&.'’\-]*"
                   r"|of|and|for|in|the|on|&|during|at|to|[0-9][0-9\-]*)){0,12})[”\"]?")
_TITLE_JOIN = re.compile(r"[ \t]*(?:,|และ)[ \t]*(?=(?:มอบ)?รางวัล[ \t]?[“\"]?[A-Z])")
# (the title's own kind may stand between: "รับรางวัล “Transport Deal of the Year” ประเภทพาหนะพลังงานไฟฟ้า ในพิธีมอบรางวัล <X Awards>",
# glued to จาก: "ประเภทสถาบันการเงินจากเวที…"; so may its year: "… ประจำปี พ.ศ. 2563 ในการจัดอันดับ <X Awards>"; the stage may be
# a ranking, a contest or a results announcement, and carry its reach: "จากเวทีระดับโลก", "จากการประกาศผลในงาน", "ในการจัดอันดับรางวัล")
STAGE = (r"(?:เวที|งาน|พิธี|การประกวด|การจัดอันดับ|การประกาศผล(?:ใน(?:งาน|เวที))?)?"
          r"(?:ระดับ(?:โลก|นานาชาติ|สากล|ภูมิภาค|ประเทศ|เอเชีย)[\u0e01-\u0e4e]{0,12}?)?(?:ประกาศรางวัล|มอบรางวัล|รางวัล)?")
_GLOSS = r"[ \t]*(?:เป็น|หรือ|ตอกย้ำ)[^\n“”\"()]{1,100}?"
_WON_AT = (re.compile(r"[”\"]?[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?(?:(?:ประเภท|สาขา|ระดับ)[^\n“”\"()]{1,60}?(?:[ \t]+|(?=จาก)))?"
                      r"(?:ประจำปี[ \t]*(?:พ\.ศ\.|ค\.ศ\.)?[ \t]*[\d๐-๙]{4}[ \t]+)?"
                      r"(?:จาก|ใน|ภายใน|บน)" + STAGE + r"[ \t]*[“\"]?"),
           re.compile(r"[”\"]?[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?จาก[^\n“”\"]{1,100}?(?:ภายใน|ใน)(?:เวที|งาน)(?:ประกาศรางวัล|มอบรางวัล)?[ \t]*[“\"]?"),
           # a Thai gloss of the title before where it was won: "รับรางวัล Most Helpful Bank in Thailand เป็นธนาคารที่ช่วยเหลือ…
           # มากที่สุด จาก <ผู้จัด> ภายในงาน <X Awards>", "… หรือ แบรนด์ที่… จากเวที <X Awards>" (only before จาก: "เป็นองค์กรแรกในงาน
           # <X Award>" says what the unit is, after a programme's own tier)
           re.compile(r"[”\"]?" + _GLOSS + r"[ \t]*จาก" + STAGE + r"[ \t]*[“\"]?(?=[A-Z])"),
           re.compile(r"[”\"]?" + _GLOSS + r"[ \t]*จาก[^\n“”\"]{1,100}?(?:ภายใน|ใน)(?:เวที|งาน)(?:ประกาศรางวัล|มอบรางวัล)?[ \t]*[“\"]?(?=[A-Z])"))
_ENGLISH_PROGRAMME = re.compile(r"[A-Z][A-Za-z0-9&.,:'’\- \t]{0,80}?(?<![A-Za-z])(?:Awards?|AWARDS?|Prizes?|PRIZES?)(?![A-Za-z])")
_WINS = re.compile(r"(?:คว้า|ได้รับ|รับ(?:มอบ)?)[ \t]?")


def titles_won_at(text: str, at: int) -> tuple[list[tuple[int, int, str]], int | None]:
    """The English titles written from ``at`` (``รางวัล A และรางวัล B``) and where the programme they were won
    at begins (None where no English programme's name follows them)."""
    titles, position = [], at
    while True:
        title = TITLE.match(text, position)
        if not title or _AWARD_WORD_IN_NAME.search(title.group("title")):
            return [], None           # "รางวัล Asian Experience Awards": the programme itself
        titles.append((title.start("title"), title.end("title"), title.group("title")))
        join = _TITLE_JOIN.match(text, title.end())
        if not join:
            break
        position = join.end()
    for gap in _WON_AT:
        found = gap.match(text, titles[-1][1])
        if found and _ENGLISH_PROGRAMME.match(text, found.end()):
            return titles, found.end()
    return [], None


def _a_won_title(text: str, start: int) -> bool:
    """Whether ``รางวัล<name>`` at ``start`` is one of the titles ``titles_won_at`` reads after its verb, or the
    same title the article says elsewhere was won at a programme (the headline "EXIM BANK คว้ารางวัล “Transport Deal
    of the Year”" names only the title; the body names where it was won)."""
    line_start = text.rfind("\n", 0, start) + 1
    if any(any(s <= start + 12 and start <= e for s, e, _ in titles_won_at(text, verb.end())[0])
           for verb in _WINS.finditer(text, max(line_start, start - 300), start + 1)):
        return True
    title = TITLE.match(text, start)
    return bool(title) and title.group("title") in _titles_won_anywhere(text)


def _titles_won_anywhere(text: str) -> set[str]:
    """Every English title the article says a unit won at a programme named after it."""
    if "รางวัล" not in text or not _ENGLISH_PROGRAMME.search(text):
        return set()
    return {title for verb in _WINS.finditer(text) for _, _, title in titles_won_at(text, verb.end())[0]}


_ENDS_WITH_AWARD_WORD = re.compile(r"(?<![A-Za-z])(?:Awards?|AWARDS?|Prizes?|PRIZES?|awards?|prizes?)$")
# "รับรางวัล ASEAN Eco-Schools": an English name with no award word, led by a short form in capitals (ASEAN, TIP, AIA)
# and of two words or more, is a programme's name too; a title leads with a word of merit (Best, Top, Most)
_ACRONYM_LED = re.compile(r"(?!(?:BEST|TOP|MOST|THE|GOLD|SILVER|BRONZE|GRAND|SPECIAL)\b)[A-Z]{2,8}(?:[ \t]+[A-Za-z][A-Za-z0-9&.'’\-]*)+$")
_AWARD_BEFORE_NAME = re.compile(r"รางวัล[ \t]?[“\"]?[ \t]?(?:(?:19|20)\d\d[ \t]+)?$")
_LATIN_RUNNER_AFTER = re.compile(r"(?:[ \t]*,?[ \t]+[A-Z][A-Za-z&.\-]*)+")


def _conferred(text: str, start: int, end: int) -> bool:
    """Whether the text confers the programme named at start..end: a receiving or giving verb
    just before it, its edition or year just after it, or a list of winners it heads."""
    before = text[max(0, start - 40):start]
    # "คว้ารางวัล Asian Experience Awards": an English name that ends with its Award(s) / Prize(s) word, written
    # after รางวัล, takes the receiving or giving verb before it (not any Latin words after รางวัล: "รางวัล
    # Overall", a product's name)
    if _ENDS_WITH_AWARD_WORD.search(text, start, end) or _ACRONYM_LED.match(text[start:end]):
        before = _AWARD_BEFORE_NAME.sub("", before)
    # "รางวัลภาพยนตร์ไทยยอดเยี่ยม ชมรมวิจารณ์บันเทิง ครั้งที่ 31": the body that runs it between the name and its edition
    organiser = _ORGANISER_AFTER.match(text, end)
    # "HER AWARDS UNFPA, THAILAND 2024": the Latin words of who runs it between an English name and its year
    runner = _LATIN_RUNNER_AFTER.match(text, end)
    line_start = text.rfind("\n", 0, start) + 1
    won_at = any(titles_won_at(text, verb.end())[1] == start for verb in _WINS.finditer(text, max(line_start, start - 300), start))
    if start in _counted_items(text, text.rfind("\n", 0, start) + 1, start + 1):
        return True           # "ได้รับ 2 รางวัล ได้แก่ “A” และ “B”": the awards counted as received
    if _PLANNED_GIVING.search(before):
        return False          # "กิจกรรมการมอบรางวัล X 2565": an activity on an event's programme, nothing conferred yet
    return bool(won_at or _RECEIVING.search(before) or _GIVING.search(before) or _EDITION_OR_YEAR.match(text, end)
                or runner and _EDITION_OR_YEAR.match(text, runner.end())
                or organiser and _EDITION_OR_YEAR.match(text, organiser.end())
                or _HEADS_WINNERS.match(text, end)
                or _PLAQUE_TO_BEFORE.search(text, max(0, start - 80), start)
                or any(m.end() == start for m in _SELECTED_AS.finditer(text, max(0, start - 40), start + 2)))


# รางวัล that names an award, not เงินรางวัล (prize or reward money: a bounty per drug case, a savings lottery's prize)
_AWARD_NOT_MONEY = re.compile(r"(?=รางวัล)(?<!เงิน)(?<!เงิน )รางวัล")   # (?=…) first: the lookbehinds only where it stands


def _counted_items(text: str, start: int, end: int) -> dict[int, int]:
    """The quoted names (start: end) of the awards a count received heads, for the heads within start..end."""
    items = {}
    for head in _COUNTED_HEAD.finditer(text, start, end):
        position = head.end()
        while item := _QUOTED_ITEM.match(text, position):
            items[item.start("name")] = item.end("name")
            position = item.end()
    return items


def _learned_names(text: str) -> list[tuple[int, int, str, bool]]:
    """Candidate names of programmes not in the scheme: (start, end, name, English?)."""
    found: list[tuple[int, int, str, bool]] = []
    for match in _AWARD_NOT_MONEY.finditer(text):
        name_end = _thai_name_end(text, match.end())
        if name_end is None:
            continue
        name = _clean(text[match.start():name_end])
        bare = _bare(name)
        placing = _GLUED_PLACING.match(bare)
        rest = bare[placing.end():].strip() if placing else ""
        if placing and _SHORT_FORM_FIRST.match(rest):
            continue          # "รางวัลชนะเลิศ สวจ.ปทุมธานี": the placing, then its winner by short form
        if placing and len(rest) >= 6 and not _NOT_A_NAME.match(rest) and not _GENERIC.fullmatch(rest):
            # "คว้ารางวัลชนะเลิศสุดยอดผ้าจังหวัด…": the placing is the level, the rest the programme
            start = text.index(rest[:4], match.end())
            found.append((start, name_end, _clean(text[start:name_end]), False))
            continue
        if len(bare) < 4 or _NOT_A_NAME.match(bare) or _GENERIC.fullmatch(bare) or _PRIZE_MONEY.match(text, name_end) \
                or "มูลค่า" in bare or bare.startswith("สำหรับ"):
            continue          # "รางวัลแฟนซีมูลค่า 10,000 บาท", "รางวัลสำหรับอันดับที่ 2": prize money, prose
        if _a_won_title(text, match.start()):
            continue          # "รับรางวัล “Best X” จาก <X Awards>": a category of the programme after it
        found.append((match.start(), name_end, name, False))
    # "มอบประกาศเกียรติคุณองค์กรคุณธรรม…", "รับโล่เกียรติคุณ…": a certificate of honour named as the award
    for match in _HONOUR.finditer(text):
        name_end = _thai_name_end(text, match.end())
        if name_end is not None and name_end - match.end() >= 6:
            # the certificate or plaque carries the award, as a cup or a pin does: the programme is what it honours
            # ("มอบประกาศเกียรติคุณสถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี…" confers สถานประกอบกิจการต้นแบบแรงงานพันธุ์ดี…)
            name = _clean(text[match.end("honour"):name_end])
            if _PROJECT_PLAQUE.match(text, match.end()) and not _MERIT.search(name):
                continue      # "มอบโล่เกียรติคุณโครงการส่งเสริม…": a plaque for taking part in a project, no award
            quoted = text[match.end()] in "“\""     # "มอบโล่ประกาศเกียรติคุณ “วุฒิสภา ศรัทธาความดี”": its name, quoted
            if match.end() > match.end("honour") and not _MERIT.search(name) and not quoted:
                continue      # "มอบประกาศเกียรติคุณ สหกรณ์ดีเด่น…" names a title; "มอบประกาศเกียรติคุณ เข็ม…" does not
            if quoted:        # (“… ปี 2565 - 2566”: the years quoted with the name are no part of it)
                name = _clean(_YEARS_QUOTED.split(name)[0])
            if not _NOT_A_NAME.match(_bare(name)) and not _GENERIC.fullmatch(_bare(name)):
                found.append((match.start("honour"), name_end, name, False))
    # "มอบโล่ประกาศเกียรติคุณให้แก่สถานประกอบกิจการดีเด่น": the title the plaque honours, unless the line names
    # the programme with รางวัล after it (the plaque is that programme's)
    for plaque in _PLAQUE_TO.finditer(text):
        title = _UNIT_TITLE.match(text, plaque.end())
        if title is None or _programme_named_after(text, title.end()):
            continue
        name = _clean(title.group())
        if not _GENERIC.fullmatch(name) and not _NOT_A_NAME.match(name) and not _TIER_OF_UNITS.fullmatch(name):
            found.append((title.start(), title.end(), name, False))
    # "ที่ได้รับการพิจารณาเป็นสถานประกอบกิจการต้นแบบ…", "ได้รับคัดเลือกให้เป็นองค์กรคุณธรรมต้นแบบ": the title a
    # unit was selected for is the programme
    for match in _SELECTED_AS.finditer(text):
        name_end = _thai_name_end(text, match.end())
        if name_end is not None and name_end - match.end() >= 8:
            name = _clean(text[match.end():name_end])
            if not _NOT_A_NAME.match(name) and not _GENERIC.fullmatch(name):
                found.append((match.end(), name_end, name, False))
    # "ได้รับเลือก 2 รางวัล ได้แก่ “สุดยอดองค์กรแห่งปี” สาขา…": the awards a unit received, counted, then each named in quotes
    for start, end in _counted_items(text, 0, len(text)).items():
        name = _clean(text[start:end])
        if re.match(r"[\u0e01-\u0e4e]", name) and len(name) >= 4 and not _NOT_A_NAME.match(name) and not _GENERIC.fullmatch(name):
            found.append((start, end, name, False))
    # "รางวัล Recognition of Excellence 2023": an English name right after รางวัล, whatever its last word
    for match in _LATIN_AFTER_AWARD.finditer(text):
        name = re.sub(r"\s+", " ", match.group("name")).strip()
        end = match.end("name")
        last = list(_AWARD_WORD_IN_NAME.finditer(match.group("name")))
        if last and match.start("name") + last[-1].end() < end \
                and not re.match(r"[ \t]+(?:of|for|in|on|the|and|&)(?![A-Za-z])", match.group("name")[last[-1].end():]):
            # "รางวัล HER AWARDS UNFPA": an English name ends with its Award(s) / Prize(s) word; the words after
            # it name who runs it (not "Award of Service", "Prize for Peace": those words are the name's)
            end = match.start("name") + last[-1].end()
            name = re.sub(r"\s+", " ", text[match.start("name"):end]).strip()
        words = name.split()
        generic = len(words) > 1 and all(_ENGLISH_NOT.match(w) for w in words[:-1])    # "Popular Vote", "Best Paper"
        if len(name) >= 3 and not _ENGLISH_NOT.match(name) and not generic and not _a_won_title(text, match.start()) \
                and not any(s <= match.start("name") < e for s, e, _, _ in found):
            found.append((match.start("name"), end, name, True))
    for match in _CONTEST.finditer(text):
        name_end = _thai_name_end(text, match.start("name"))
        if name_end is None:
            continue
        name = _clean(text[match.start("contest"):name_end])
        if len(_bare(name)) >= 8:
            found.append((match.start("contest"), name_end, name, False))
    # (only where one of its last words is written: the pattern opens with a lookbehind, tried at every letter)
    for match in (_ENGLISH.finditer(text) if any(word in text for word in ("Award", "AWARD", "Prize", "PRIZE")) else ()):
        name = re.sub(r"\s+", " ", match.group("name")).strip()
        words = name.split()
        if len(words) < 2 or all(_ENGLISH_NOT.match(w) for w in words[:-1]):
            continue
        if any(s <= match.start("name") < e for s, e, _, english in found if english):
            continue
        found.append((match.start("name"), match.end("name"), name, True))
    # a name that stands as a term of another (สาขา Digital Government Awards), or glosses one in English
    # ("สาขาองค์กรดีเด่นด้านนวัตกรรม… (Self Initiative Award)"): no programme of its own
    return [f for f in found if not _TERM_LEAD_BEFORE.search(text, max(0, f[0] - 12), f[0])
            and not (f[3] and _TERM_GLOSSED.search(text, max(0, f[0] - 120), f[0]))]


def _programme_named_after(text: str, at: int) -> bool:
    """Whether รางวัล<name> follows within the line (a programme the plaque carries), not a count of awards."""
    return any(not _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start())
               for m in _AWARD_NOT_MONEY.finditer(text, at, min(at + 60, _line_end(text, at))))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _thai_name_end(text: str, at: int) -> int | None:
    """Where a Thai programme's name that begins at ``at`` (after รางวัล) ends, or None where no
    name follows: a quoted name runs to its closing quote; else name chunks, glued or joined by a
    single space, run up to a stop (terms, edition, year, a clause opener)."""
    position = at
    while position < len(text) and text[position] in " \t":
        position += 1
    if position < len(text) and text[position] in "“\"":
        closing = re.match(r"[“\"]([^“”\"\n]{3,80})[”\"]", text[position:])
        return position + closing.end() if closing else None
    if position - at > 1 or position >= len(text) or not re.match(r"[\u0e01-\u0e4e]", text[position]) \
            or position > at and _CLAUSE_CHUNK.match(text, position):
        return None
    end = position
    chunks = 0
    while True:
        chunk = re.match(r"[\u0e01-\u0e4eA-Za-z0-9.\-/&]+", text[end:])
        if not chunk:
            break
        stop = next((m for m in _NAME_STOP.finditer(text[:end + chunk.end() + 12], end + (2 if chunks == 0 else 0))
                     if m.start() < end + chunk.end()), None)
        if stop:
            end = stop.start()
            break
        end += chunk.end()
        chunks += 1
        acronym = _ACRONYM_IN_NAME.match(text, end)
        if acronym and chunks < 4 and _CONTINUES.match(text, acronym.end()) \
                and not _CLAUSE_CHUNK.match(text, acronym.end()) and not _UNIT_CHUNK.match(text, acronym.end()):
            end = acronym.end()       # "รางวัลผลงาน R2R ดีเด่น": a Latin short form inside the Thai name, which goes on after it
            continue
        following = re.match(r"[ \t](?=[\u0e01-\u0e4e])", text[end:end + 2])
        if following and _opens_as_the_name(text, position, end + 1):
            break         # "…ดีเด่นภาคบรรยาย ผลงานวิชาการดีเด่นภาคนิทรรศการ": the next award of a list
        # "…ด้านความปลอดภัย อาชีวอนามัย และสภาพแวดล้อม…": a list inside the name ends with และ + its last item
        listing = chunks >= 2 and re.match(r"และ(?!รางวัล|ประกาศเกียรติคุณ|คณะกรรมการ|โล่|เกียรติบัตร)[\u0e01-\u0e4e]{2}",
                                           text[end + 1:end + 20] if following else "")
        # ("… ตามวิถีเศรษฐกิจพอเพียง และคณะกรรมการสวัสดิการ…ดีเด่น": another programme, not the name's last item)
        if not following or chunks >= 4 or not listing and (_CLAUSE_CHUNK.match(text, end + 1) or _UNIT_CHUNK.match(text, end + 1)
                                                          or not _CONTINUES.match(text, end + 1)):
            break
        end += 1 + (3 if listing else 0)
    end = len(text[:end].rstrip(" \t"))
    # "รางวัลสมาชิก อส. และกองร้อย อส. ดีเด่น": a name that reaches a Thai short form's dot goes on to the merit
    # word after it (the short form is inside the name, not its end)
    if _SHORT_FORM_END.search(text, position, end) and (merit := _MERIT_AFTER.match(text, end)):
        end = merit.end()
    # "…เรือนจำดีเด่นตามโครงการราชทัณฑ์ปันสุข": the project an award is given under follows its name
    project = _UNDER_PROJECT.search(text, position, end)
    if project and project.start() - position >= 8 and not _NOT_A_NAME.match(text, position) \
            and not re.fullmatch(_PLACING + r"|ดี(?:มาก)?|เกียรติยศ", text[position:project.start()].strip()):
        end = len(text[:project.start()].rstrip(" \t"))
    # a quoted part of the name right after it: รางวัลสุดยอดหน่วยงานภาครัฐ “สำเภา-นาวาทอง”; not a quoted English
    # programme's name, a name of its own ("รางวัลเกียรติยศ “Money & Banking Awards 2021”": the words before it say what it is)
    quoted = re.match(r"[ \t]?[“\"]([^“”\"\n]{2,40})[”\"]", text[end:])
    if quoted and end - position >= 4 and not _CLAUSE_CHUNK.match(quoted.group(1)) \
            and not _QUOTED_ENGLISH_NAME.fullmatch(quoted.group(1)):
        end += quoted.end()
    return end if end - position >= 3 else None


def _opens_as_the_name(text: str, position: int, at: int) -> bool:
    """The words after a space open as the name did: the next award of a list written without its รางวัล
    ("รางวัลผลงานวิชาการดีเด่นภาคบรรยาย ผลงานวิชาการดีเด่นภาคนิทรรศการ", "…สงเคราะห์วิชาชีพ นักสังคมสงเคราะห์อาสาสมัคร"),
    not more of the name."""
    head = text[position:position + 5]
    return len(head) == 5 and " " not in head and text.startswith(head, at)


_SHORT_FORM_END = re.compile(r"(?<![\u0e01-\u0e4e])[\u0e01-\u0e2e]{1,6}\.$")
_MERIT_AFTER = re.compile(r"[ \t]?(?:ดีเด่น|ยอดเยี่ยม|ดีเยี่ยม|ต้นแบบ)(?![\u0e01-\u0e4e])")
# a Latin short form after a space inside a Thai name (R2R, SMEs, OTOP, BCG), the name's Thai words going on after it
_ACRONYM_IN_NAME = re.compile(r"[ \t][A-Z][A-Z0-9]{1,5}s?[ \t]?(?=[\u0e01-\u0e4e])")
_QUOTED_ENGLISH_NAME = re.compile(r"[A-Z][^“”\"\n]*?(?<![A-Za-z])(?:Awards?|AWARDS?|Prizes?|PRIZES?)(?:[ \t]*(?:19|20)\d\d)?[ \t]*")
_UNDER_PROJECT = re.compile(r"[ \t]?(?:ตาม|ภายใต้)โครงการ")
# a local unit named after a space ends the name: it is the winner ("… ได้รับรางวัลด้านน้ำ เทศบาลเมืองกระบี่ จังหวัดกระบี่")
_UNIT_CHUNK = re.compile(r"เทศบาล|องค์การบริหารส่วน|อบต\.|อบจ\.|ทต\.|ทม\.|ทน\.|จังหวัด|จ\.|อำเภอ|อ\.|โรงพยาบาล|รพ\.|โรงเรียน|ร\.ร\.|บริษัท"
                         # or the body that runs it ("รางวัลภาพยนตร์ไทยยอดเยี่ยม ชมรมวิจารณ์บันเทิง", "การประกวดวงโปงลาง กรมพลศึกษา")
                         r"|กรม(?!สมเด็จ|หลวง|พระ|หมื่น|ขุน)|กระทรวง|สำนักงาน|ชมรม|สมาคม|มูลนิธิ|กองทัพ|มหาวิทยาลัย|ธนาคาร|สภา(?!พ)")
# the body that runs a programme, named after it and before its edition or year
_ORGANISER_AFTER = re.compile(r"[ \t]+(?:จัดโดย|โดย)?[ \t]?(?=" + _UNIT_CHUNK.pattern + r")[^\s]+(?:[ \t][^\s\d๐-๙]+){0,3}?(?=[ \t]*(?:ครั้งที่|ประจำปี))")
# a bare name that is only a generic word: an agency, a project, a contest, a certificate, a plaque, royal
_GENERIC = re.compile(r"(?:หน่วยงาน|องค์กร|โครงการ|(?:การ)?ประกวด|(?:การ)?แข่งขัน|สุดยอด|ผลงาน|นวัตกรรม|เกียรติบัตร|ประกาศนียบัตร|โล่|ถ้วย|เข็ม"
                      r"|เลขท้าย|รถยนต์.*|เกียรติ|ทรงคุณค่า|พระราชทาน|กิจกรรม|ความเป็นเลิศ|ต่างๆ?|ๆ|ฯ)")
# the thing that carries an award, with its words of honour: a plaque of honour is the form of an award, its programme
# is what it was given under ("รับรางวัลโล่เกียรติยศ ITA Awards 2024"); only where the article names no other is it one
_CARRIER = re.compile(r"(?:โล่|ถ้วย|เข็ม|เหรียญ|เกียรติบัตร|ประกาศนียบัตร)(?:รางวัล)?[ \t]?(?:เกียรติยศ|เกียรติคุณ|เชิดชูเกียรติ|ประกาศเกียรติคุณ|พระราชทาน)[ \t]?ฯ?")


def _clean(name: str) -> str:
    name = re.sub(r"^รางวัล[ \t]*[“\"]", "รางวัล", name).rstrip("ฯ .")
    name = re.sub(r"(?:แห่ง|ของ|และ|ด้าน)$", "", name).rstrip()     # a word left dangling where a year was cut off
    return re.sub(r"[ \t]+", " ", name.replace("“", "").replace("”", "").replace('"', "")).strip()


def _bare(name: str) -> str:
    """A programme's name without รางวัล, its edition and its year, as the key compares it."""
    text = re.sub(r"^รางวัล[ \t]?", "", name.strip())
    text = re.sub(r"[ \t]*(?:ครั้งที่|ประจำปี(?:งบประมาณ)?|(?<!แห่ง)ปี|พ\.ศ\.|ค\.ศ\.|(?:(?:ประจำ)?ปี[ \t]?)?(?:พุทธ|คริสต์)ศักราช)?[ \t]*(?:19|20|25)\d\d$",
                  "", text)
    text = re.sub(r"[ \t]*ครั้งที่[ \t]*[\d๐-๙]+", "", text)
    return text.strip()


def programme_key(name: str) -> str:
    """The key of a learned programme: a hash of its bare name, spelling-independent."""
    bare = match_key(_bare(name)).casefold()
    bare = re.sub(r"(award|prize)s\b", r"\1", bare)
    return "x-" + hashlib.sha1(bare.encode("utf-8")).hexdigest()[:12]


def _label(name: str, english: bool) -> str:
    """A learned programme's label: an English name bare, a Thai one as รางวัล + its bare name, however the
    article wrote it (with or without รางวัล, edition or year), so that articles that write one programme
    differently give its node one label."""
    return _bare(name) if english else "รางวัล" + _bare(name)


def _learn(reading: Reading, name: str, english: bool) -> str:
    label = _label(name, english)
    key = programme_key(name)
    known = reading.extraction.programmes.get(key)
    # of two spellings of one name keep the first (the headline's)
    if known is None:
        reading.extraction.programmes[key] = Programme(key=key, name=label, organizer=_organizer_in_name(reading, label),
                                                       language="en" if english else "th")
    return key


def _organizer_in_name(reading: Reading, name: str) -> str | None:
    """A programme named after an agency (รางวัลสุดยอดนวัตกรรมสำนักงานปลัดกระทรวงมหาดไทย) is run by it:
    knowledge about the programme (Wikidata's *conferred by*), not a fact about one ceremony."""
    from .organizations.table_names import _surface_index

    regex, surfaces = _surface_index(reading.gazetteer)
    for start in range(len(name)):
        match = regex.match(name, start)
        if match:
            return surfaces[re.sub(r"\s+", "", match.group())][0]
    return None


def _not_a_programme_year(text: str, start: int, end: int) -> bool:
    """A year the prose gives for something other than an edition: a since-year (ตั้งแต่ปี 2548, ปี 2546
    เป็นต้นมา), a founding year (ก่อตั้งเมื่อปี 2510) or the first year of a range (ปี 2561 - 2565)."""
    return bool(_SINCE_BEFORE.search(text, max(0, start - 30), start) or _SINCE_AFTER.match(text, end))


def looks_back(text: str, position: int) -> bool:
    """A mention in a sentence looking back on earlier years (ที่ผ่านมา …, เคยได้รับ …)."""
    return bool(_LOOKING_BACK.search(text, max(0, text.rfind("\n", 0, position) + 1), position))


def _word_edges(text: str, start: int, end: int) -> bool:
    """A Latin label (TQA, PSEA) must stand as a word of its own."""
    if re.match(r"[A-Za-z]", text[start]) and start > 0 and re.match(r"[A-Za-z]", text[start - 1]):
        return False
    if re.match(r"[A-Za-z]", text[end - 1]) and end < len(text) and re.match(r"[A-Za-z]", text[end]):
        return False
    return True


def published_year(reading: Reading) -> int | None:
    """The year of the article's own dateline (a re-published article keeps it), else of its metadata."""
    published = dateline(reading.text) or reading.article.published
    return published.year + 543 if published else None
