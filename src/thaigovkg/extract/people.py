"""People and the posts they hold.

A person is an honorific or rank, a given name and a surname
(``นายอนุกูล ปีดแก้ว``); a given name alone later on (``นายอนุกูล กล่าวว่า``)
points back to the person already met. A post is a title head and the
organisation after it (``อธิบดี`` + ``กรมการจัดหางาน``; ``ปลัด`` + ``พม.`` →
``ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์``), a committee member's
title, or a title complete in itself (``รองนายกรัฐมนตรี``). A post belongs to
the person it stands right after (or right before, where none precedes it).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..gazetteer import (ACTING_PREFIXES, FOREIGN_COUNTRIES, HEAD_ABBREVIATIONS, HONORIFICS, NOT_GIVEN_NAME, NOT_SURNAME,
                         NOT_SURNAME_WORDS, OUTSIDE_KINDS, POSITION_HEADS, STANDALONE_POSITIONS, province_alternation)
from ..model import Person, Post
from .reading import PersonMention, PositionMention, Reading, near_table_name

_THAI_RUN = r"[\u0e01-\u0e4e]"
_NAME_START = r"[\u0e01-\u0e2e\u0e40-\u0e44]"   # a consonant or a leading vowel (เ แ โ ใ ไ)
# After นาย a word that makes นาย part of a noun, not Mr: นายก (prime minister,
# mayor, president), นายอำเภอ (district chief), นายทหาร / นายตำรวจ (officers), นายจ้าง (employer) …
_NOT_AFTER_NAI = (r"(?!ก(?:รัฐมนตรี|ฯ|สมาคม|เทศมนตรี|องค์การ|องค์กร|สภา|อบต|อบจ|ราชบัณฑิต|เหล่ากาชาด|สโมสร|และ|สั่ง)"
                  r"|อำเภอ|ทหาร|ตำรวจ|จ้าง|หน้า|ทะเบียน|ช่าง|ด่าน|ประกัน|ทุน|พราน|ท่า|เรือ(?!ง)|สถานี|งาน|แบบ|ธนาคาร)")
# …and words that end in นาย: มิถุนายน (June), พัฒนา|ยก (develop, raise), นครนายก, ทนาย (lawyer)
_NOT_BEFORE_NAI = r"(?<!มิถุน)(?<!พัฒน)(?<!นครน)(?<!ทน)"
# After นาง a word that makes นาง part of a noun, not Mrs: นางฟ้า (angel), หอยนางรม (oyster),
# พระเจ้าพี่นางเธอ (a royal title), นางพญา (a flower), นางแบบ (model), นางงาม, นางสงกรานต์ …
_NOT_AFTER_NANG = r"(?!ฟ้า|รม|เธอ|พญา|แบบ|งาม|สงกรานต์|พยาบาล|รำ|นพมาศ|กวัก|สนม|ข้าหลวง|ใน)"
_NOT_BEFORE_NANG = r"(?<!พระน)(?<!พี่น)(?<!น้องน)(?<!หอยน)(?<!เห็ดน)"
# หม่อมเจ้า inside ทูลกระหม่อม (a royal address) or โปรดกระหม่อม is no honorific
_NOT_BEFORE_MOM = r"(?<!กระห)"
# เรือเอก (navy lieutenant) is also a boat: เรือเอกชน (a private boat)
_NOT_AFTER_RANK = {"เอก": r"(?!ชน)"}
# "ทนายอนันต์ชัย ไชยเดช": a lawyer is named after the word for lawyer written on to the name, the way
# an honorific is (not ทนายความ, the profession); the person is found, with no honorific
_LAWYER = r"ทนาย(?!ความ)[ \t]?"
_LAWYER_MAX_CONSONANTS = 8      # "ทนายอาสาประจำสถานีตำรวจ" (a volunteer lawyer at the station) names nobody
# A name followed by จำกัด or (มหาชน) is a company's: "บริษัท … นางศิลา จำกัด"
_COMPANY_AFTER = re.compile(r"[ \t]*(?:จำกัด(?![\u0e01-\u0e4e])|\(มหาชน\))")
# An abbreviated honorific (ศ., ทพ., ดร. …) written right after a few consonants closes an
# acronym, not a title before a name: กยศ., สอศ., กทพ.
# …or letters with dots: ก.ม.จ. (an ethics committee) holds no ม.จ.
_ACRONYM_BEFORE = re.compile(r"(?<![\u0e01-\u0e4e])(?:[\u0e01-\u0e2e]{1,5}|(?:[\u0e01-\u0e2e]{1,2}\.)+)$")
# นาย / นาง written on to a word and set apart from what follows ends a word: แก้งสนามนาง (a district),
# ทุกนาย (every officer), คำทำนาย (prophecy); a Mr or Mrs written so follows a connective ("และนางสาว ศุภมาส")
_CIVIL = ("นาย", "นาง", "นางสาว")
_CONNECTIVE_BEFORE = re.compile(r"(?:และ|ของ|โดย|มี|กับ|ด้วย|จาก|ให้|ที่|ว่า|แก่|ถึง|ต่อ|คือ|ได้แก่|อาทิ|เช่น)$")
# a surname written on to "and" and the next person ("อัจฉริยโสภณและนางสาวมนุพร") ends before และ
_NOT_NEXT_PERSON = r"(?!และ(?:นาย|นาง|ดร\.|พล|พัน|ร้อย))"
_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")
_MAX_SURNAME_CONSONANTS = 12      # the Names Act allows ten; a longer run is the sentence going on
# Noble surnames written with ณ (ณ อยุธยา …) continue the surname.
_NOBLE = r"(?:[ \t]ณ[ \t](?:อยุธยา|ป้อมเพชร์|ป้อมเพชร|นคร|ระนอง|ถลาง|เชียงใหม่|สงขลา|ลำปาง|น่าน|พัทลุง|บางช้าง|หนองคาย))"
# A given name written together with what the person did next: said, disclosed, received …
_GLUED_VERB = re.compile(r"กล่าว|เปิดเผย|ได้รับ|ได้|เป็น|ร่วม|มอบ|ให้สัมภาษณ์|ให้|เดินทาง|จะ|ต้อง|เสนอ|ยืนยัน")
_NICKNAME = re.compile(r"[“\"']([\u0e01-\u0e4e]{2,12})[”\"'][ \t]?$")


@lru_cache(maxsize=1)
def _person_regex() -> re.Pattern[str]:
    honorifics = sorted(HONORIFICS, key=len, reverse=True)
    # grouped by first letter (same order within a group): the engine then skips a group on one
    # character compare instead of trying all ~100 honorifics at every position (3.5× faster)
    groups: dict[str, list[str]] = {}
    for h in honorifics:
        before = {"นาง": _NOT_BEFORE_NANG, "นาย": _NOT_BEFORE_NAI, "หม่อมเจ้า": _NOT_BEFORE_MOM}.get(h, "")
        after = {"นาง": _NOT_AFTER_NANG, "นาย": _NOT_AFTER_NAI}.get(h, _NOT_AFTER_RANK.get(h[-3:], ""))
        groups.setdefault(h[0], []).append(before + re.escape(h[1:]) + after)
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    return re.compile(
        rf"(?P<hon>(?:(?:{alternatives})[ \t]?)+|{_LAWYER})"
        rf"(?P<given>{_NAME_START}{_THAI_RUN}+)"
        rf"(?:[ \t]{{1,2}}(?P<family>{_NAME_START}(?:{_NOT_NEXT_PERSON}{_THAI_RUN})+{_NOBLE}?))?")


@lru_cache(maxsize=1)
def _head_regex() -> re.Pattern[str]:
    heads = sorted({*POSITION_HEADS, *HEAD_ABBREVIATIONS}, key=lambda h: (-len(h), h))   # longest first, fixed order
    acting = "|".join(ACTING_PREFIXES)
    # a board member who is also the manager: "กรรมการและผู้จัดการทั่วไป <agency>"
    # (the body may stand two spaces on, as a space and a no-break space are typed: "รักษาการผู้อำนวยการใหญ่  บริษัท อสมท.")
    return re.compile(rf"(?P<acting>(?:{acting})[ \t]?)?(?P<head>(?:กรรมการและ)?(?:{'|'.join(map(re.escape, heads))}))[ \t]{{0,2}}$")


# A head glued to the name of a body the reference table lacks: a centre, bureau, division,
# institute, hospital, school, committee ("ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร").
# The name ends before "and" and a second title ("ผู้อำนวยการสถาบันโรคผิวหนังและผู้อำนวยการศูนย์…"): two posts.
# (not the heads that are also words of a body's name: และพัฒนาการเกษตร, และที่ปรึกษา…, และกรรมการ…)
_AND_A_TITLE = "และ(?:" + "|".join(sorted((re.escape(h) for h in POSITION_HEADS if h not in ("พัฒนาการ", "ที่ปรึกษา", "กรรมการ")),
                                          key=lambda h: (-len(h), h))) + ")"
_AND_A_TITLE_RE = re.compile(_AND_A_TITLE)
# The heads of a body's own executive board ("ประธานคณะกรรมการบริหาร บริษัท …"): a post in the body after them
_EXECUTIVE_BOARD = "กรรมการบริหาร"
_UNKNOWN_BODY = (r"(?:ศูนย์|สำนัก|กอง(?!ทุน|ทัพ)|สถาบัน|โรงพยาบาล|โรงเรียน|คณะกรรมการ|คณะอนุกรรมการ|กลุ่ม|กองทุน"
                 r"|(?:เรือนจำ|ทัณฑสถาน)(?!ทุก|ต่าง|ทั่ว|ใน|และ)"      # a prison: "ผู้บัญชาการเรือนจำกลางบางขวาง"
                 # an airport, a checkpoint, a national park or a wildlife sanctuary, a station ("ผู้อำนวยการท่าอากาศยาน
                 # สุวรรณภูมิ", "หัวหน้าด่านกักกันสัตว์เชียงราย", "หัวหน้าอุทยานแห่งชาติเขาใหญ่", "หัวหน้าสถานีพัฒนาที่ดินน่าน")
                 r"|ท่าอากาศยาน(?!ไทย)|ด่าน(?!ต่าง|ทุก|ชายแดน|ใน|และ)|อุทยานแห่งชาติ|เขตรักษาพันธุ์สัตว์ป่า"
                 r"|สถานี(?!ตำรวจ|ต่าง|ทุก|ใน|และ)"
                 r"|คณะ(?!กรรมการ|อนุกรรมการ|ทำงาน|ผู้|รัฐมนตรี|นี้|ดังกล่าว|ต่าง)(?=[\u0e01-\u0e4e]{4}))"     # a faculty, its dean's only (below)
                 rf"(?:(?!{_AND_A_TITLE})[\u0e01-\u0e4e]){{3,60}}")


# A director in short before a unit, a centre or an institute the tables lack: "ผอ.ศูนย์ศึกษาการพัฒนาอ่าวคุ้งกระเบน…",
# "รอง ผอ.กองขับเคลื่อนและพัฒนาการอุดมศึกษา" (the title written in full)
_DIRECTOR_SHORT = frozenset({"ผอ.", "รอง ผอ."})
# A unit named after the higher-education ministry's work goes on with the spaces of the ministry's name:
# "กองขับเคลื่อนและพัฒนาการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม", "สำนักงานสภานโยบายการอุดมศึกษา วิทยาศาสตร์ …แห่งชาติ"
_HIGHER_EDUCATION_TAIL = re.compile(r"[ \t]วิทยาศาสตร์[ \t]?วิจัย[ \t]?และนวัตกรรม(?:แห่งชาติ)?(?![\u0e01-\u0e4e])")
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
_FUND_HEADS = ("ผู้จัดการ", "รองผู้จัดการ")
# …with the number of a numbered office after it ("ศูนย์ถ่ายทอดเทคโนโลยีการสหกรณ์ที่ 19",
# "สำนักงานบังคับคดีแพ่งกรุงเทพมหานคร 4"): the number names which one
_COUNTED = r"(?:สถาบัน|แห่ง|คน|ราย|หน่วย|ฉบับ|ครั้ง|ปี|เดือน|วัน|ล้าน|พัน|หมื่น|แสน|บาท|ชั่วโมง|กิโลเมตร|เมตร|%)"
_UNKNOWN_BODY_RE = re.compile(
    rf"{_UNKNOWN_BODY}(?:(?![\u0e01-\u0e4e])|(?={_AND_A_TITLE}))(?:[ \t]?[0-9]{{1,3}}(?![0-9.,/])(?![ \t]?{_COUNTED})"   # not "… 3 สถาบัน"
    rf"|[ \t]เขต[ \t]?[0-9]{{1,2}}(?![0-9.,/]))?")      # "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1"

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


# what the official did next, written together with the body's name ("…แห่งชาติเปิดเผยว่า")
# (not the ได้ of รายได้, income: "สำนักงานจัดหารายได้")
_GLUED_TO_BODY = re.compile(r"ดังกล่าว|กล่าว|เปิดเผย|เผย|(?<!ราย)ได้รับ|(?<!ราย)ได้|ให้สัมภาษณ์|ให้การ|เดินทาง|พร้อมด้วย|แถลง|ชี้แจง")


@lru_cache(maxsize=1)
def _standalone_regex() -> re.Pattern[str]:
    acting = "|".join(ACTING_PREFIXES)
    titles = "|".join(sorted(map(re.escape, STANDALONE_POSITIONS), key=len, reverse=True))
    first = "".join(sorted({re.escape(w[0]) for w in (*ACTING_PREFIXES, *STANDALONE_POSITIONS)}))
    return re.compile(rf"(?=[{first}])(?P<acting>(?:{acting})[ \t]?)?(?P<title>{titles})")   # (?=…): 2× faster scan


@lru_cache(maxsize=4)
def _place_post_regex(provinces: tuple[str, ...]) -> re.Pattern[str]:
    """The posts of the bodies named after places, the place making the title: a provincial governor or
    deputy ("ผู้ว่าราชการจังหวัดพิษณุโลก", "รองผู้ว่าราชการจังหวัด น่าน", "ผวจ.ตาก") and the province's
    permanent secretary (ปลัดจังหวัด…); Bangkok's governor; a district chief or clerk (นายอำเภอ…,
    ปลัดอำเภอ…); a mayor (นายกเทศมนตรีนคร/เมือง/ตำบล…)."""
    names = province_alternation(provinces)
    acting = "|".join(ACTING_PREFIXES)
    return re.compile(       # (?=…): the letters these titles start with, so the scan skips the rest at once
        rf"(?=[รปผน])(?P<acting>(?:{acting})[ \t]?)?(?P<deputy>(?:รอง|ผู้ช่วย)[ \t]?)?(?:"
        rf"(?P<governor>ผู้ว่าราชการจังหวัด|ผวจ\.|ปลัดจังหวัด)[ \t]?(?P<province>{names})"
        rf"|(?P<bangkok>ผู้ว่าราชการกรุงเทพมหานคร|ผู้ว่าฯ[ \t]?กทม\.|ผู้ว่า[ \t]?กทม\.)"
        rf"|(?P<district>นายอำเภอ|ปลัดอำเภอ)[ \t]?(?P<place>{_THAI_RUN}{{2,30}})"
        rf"|นายกเทศมนตรี(?P<municipality>นคร|เมือง|ตำบล)[ \t]?(?P<town>{_THAI_RUN}{{2,30}}))")


# A minister's or a permanent secretary's title with the ministry in short: "รมว.แรงงาน", "รมช.เกษตรฯ",
# "ปลัด ก.แรงงาน", "รมว.คลัง" (the ministry's name without กระทรวง, its การ, or cut short with ฯ); รมต. (a minister) before a
# ministry is its minister ("นายสุชาติ ชมกลิ่น รมต.แรงงาน").
_MINISTERIAL_SHORT = re.compile(
    rf"(?=[รปเท])(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)?(?P<head>รมว\.|รมช\.|รมต\.|รัฐมนตรีว่าการ|รัฐมนตรีช่วยว่าการ|ผู้ช่วยปลัด|รองปลัด|ปลัด"
    r"|เลขานุการรัฐมนตรี(?!ว่าการ|ช่วยว่าการ)|ที่ปรึกษารัฐมนตรี(?!ว่าการ|ช่วยว่าการ))"
    r"[ \t]?(?:(?P<dotted>[\u0e01-\u0e2e]{2,3}\.|(?:[\u0e01-\u0e2e]{1,2}\.){2})|(?:ก\.|กระทรวง)?[ \t]?(?P<ministry>[\u0e01-\u0e2e\u0e30-\u0e4e]{3,40})"
    r"(?P<mark>ฯ)?)")
_MINISTERIAL_HEADS = {"รมว.": "รัฐมนตรีว่าการกระทรวง", "รมช.": "รัฐมนตรีช่วยว่าการกระทรวง", "รมต.": "รัฐมนตรีว่าการกระทรวง","รัฐมนตรีว่าการ": "รัฐมนตรีว่าการกระทรวง",
                      "รัฐมนตรีช่วยว่าการ": "รัฐมนตรีช่วยว่าการกระทรวง", "ปลัด": "ปลัดกระทรวง", "รองปลัด": "รองปลัดกระทรวง",
                      "ผู้ช่วยปลัด": "ผู้ช่วยปลัดกระทรวง", "เลขานุการรัฐมนตรี": "เลขานุการรัฐมนตรีว่าการกระทรวง",
                      "ที่ปรึกษารัฐมนตรี": "ที่ปรึกษารัฐมนตรีว่าการกระทรวง"}


@lru_cache(maxsize=4)
def _ministry_short_names(gazetteer) -> dict[str, str]:
    """A ministry's name without กระทรวง, and without its leading การ ("แรงงาน", "คลัง", "การคลัง") → key."""
    names = {}
    for key, org in gazetteer.agencies.items():
        if org.kind == "ministry" and org.name.startswith("กระทรวง"):
            bare = org.name.removeprefix("กระทรวง").replace(" ", "")
            for form in (bare, bare.removeprefix("การ")):
                names.setdefault(form, key)
    for abbreviation, keys in gazetteer.abbreviations.items():      # a short form written without dots: ดีอี
        if "." not in abbreviation and len(keys) == 1 and gazetteer.agencies[keys[0]].kind == "ministry":
            names.setdefault(abbreviation, keys[0])
    return names


@lru_cache(maxsize=4)
def _spaced_ministry_names(gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    """The short names written with the spaces of the ministry's own name ("รมว.การอุดมศึกษา วิทยาศาสตร์
    วิจัยและนวัตกรรม"), which a run read up to its first space cuts: a pattern of them, and the key by compact name."""
    forms = {}
    for key, org in gazetteer.agencies.items():
        if org.kind == "ministry" and org.name.startswith("กระทรวง") and " " in org.name:
            bare = org.name.removeprefix("กระทรวง")
            for form in (bare, bare.removeprefix("การ")):
                forms.setdefault(form, key)
    pattern = "|".join(r"[ \t]?".join(map(re.escape, form.split(" "))) for form in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?:{pattern})(?![\u0e01-\u0e4e])"), {f.replace(" ", ""): k for f, k in forms.items()}


def _ministry_in_short(gazetteer, run: str, cut: bool) -> tuple[str, str] | None:
    """(key, the part of the run that names it): the longest short name the run starts with, or, for a
    name cut short with ฯ, the one ministry whose short name the whole run begins; else the one long short
    name (8 letters or more) the whole run misspells by a letter ("เกษตรละสหกรณ์", "เกษตรและสหกรณ"): a slip
    of the pen, where a shorter name one letter off may be another word."""
    from .reading import _one_edit

    names = _ministry_short_names(gazetteer)
    if cut:
        keys = {key for name, key in names.items() if name.startswith(run)}
        return (keys.pop(), run) if len(keys) == 1 else None
    for size in range(len(run), 2, -1):
        if run[:size] in names:
            return names[run[:size]], run[:size]
    keys = {key for name, key in names.items() if len(name) >= 8 and _one_edit(name, run)}
    return (keys.pop(), run) if len(keys) == 1 else None


def _ministerial_posts_in_short(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    found = []
    for match in _MINISTERIAL_SHORT.finditer(reading.text):
        if any(s < match.end("head") and match.start() < e for s, e in taken):
            continue        # (the run may go on over a title after it: the span it names is checked below)
        spaced, keys = _spaced_ministry_names(reading.gazetteer)
        if match.group("dotted"):       # the ministry's dotted short form, "และ" written on to it: "รมช.กห.และ พล.อ.…"
            ministries = [k for k in reading.gazetteer.abbreviations.get(match.group("dotted"), ())
                          if reading.gazetteer.agencies[k].kind == "ministry"]
            if len(ministries) != 1:
                continue
            key, end = ministries[0], match.end("dotted")
        elif written := spaced.match(reading.text, match.start("ministry")):
            key, end = keys[re.sub(r"[ \t]+", "", written.group())], written.end()
        elif hit := _ministry_in_short(reading.gazetteer, match.group("ministry"), bool(match.group("mark"))):
            key, end = hit[0], match.start("ministry") + len(hit[1]) + (1 if match.group("mark") else 0)
        else:
            continue
        if any(s < end and match.start() < e for s, e in taken):
            continue
        if not match.group("mark") and not match.group("dotted") and re.match(_THAI_RUN, reading.text[end:end + 1]) \
                and not _AND_A_TITLE_RE.match(reading.text, end):
            continue        # the run goes on: "ปลัดแรงงานจังหวัด…" names no ministry ("รมว.มหาดไทยและโฆษก…" does)
        title = compose_title(reading, _MINISTERIAL_HEADS[match.group("head")], key)
        if title:
            found.append(_position(match.start(), end, title, key, match.group("acting")))
            reading.extraction.named.add(key)
    return found


# The chief and the clerk of a local government, written before its name ("นายก อบต.บ้านกลาง",
# "รองนายกองค์การบริหารส่วนจังหวัดเชียงใหม่", "ปลัดเทศบาลนครนนทบุรี" is found with ปลัด's other posts)
_LOCAL_HEAD = re.compile(rf"(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)?(?P<head>(?:รอง)?นายก)[ \t]?$")


def _posts_of_places(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    """Posts whose body is a province, Bangkok, a district or a municipality, found by the place the
    title names; the body is the post's organisation (tests/ANNOTATION.md)."""
    from .place_bodies import district_key, local_government_key, unlisted_local_government_key

    text, places = reading.text, reading.gazetteer.places
    found = []
    for match in _untaken(_place_post_regex(reading.gazetteer.provinces).finditer(text), taken):
        deputy = re.sub(r"[ \t]+", "", match.group("deputy") or "")
        end, org = match.end(), None
        if match.group("governor"):
            head = "ปลัดจังหวัด" if match.group("governor") == "ปลัดจังหวัด" else "ผู้ว่าราชการจังหวัด"
            title, org = deputy + head + match.group("province"), places.province_body(match.group("province"))
        elif match.group("bangkok"):
            title, org = deputy + "ผู้ว่าราชการกรุงเทพมหานคร", "bma"
        elif match.group("district"):
            hit = district_key(reading, match.group("place"), match.start("place"))
            if hit is None:
                continue
            (org, place), end = hit, match.start("place") + len(hit[1])
            title = deputy + match.group("district") + place
        else:
            kind = match.group("municipality")
            run = match.group("town")
            hit = next(((size, key) for size in range(len(run), 1, -1)
                        if (key := local_government_key(reading, "เทศบาล" + kind + run[:size], match.start("town") + size))), None)
            if hit is None:     # a municipality no source lists, placed by the address after it
                key = unlisted_local_government_key(reading, "เทศบาล" + kind, run, match.end("town"))
                hit = (len(run), key) if key else None
            if hit is None:
                continue
            end, org = match.start("town") + hit[0], hit[1]
            title = deputy + "นายกเทศมนตรี" + kind + run[:hit[0]]
        if org is None:
            continue
        found.append(_position(match.start(), end, title, org, match.group("acting")))
        reading.evidence(("org", org), match.start(), end)
    return found


_NAME_REACH = 60        # characters back to the holder's name


def _untaken(matches: Iterable[re.Match[str]], taken: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches that overlap no span another finder has taken already."""
    return (m for m in matches if not any(s < m.end() and m.start() < e for s, e in taken))


def _name_right_before(text: str, start: int) -> bool:
    """Whether a person's given name and surname (after an honorific or คุณ) end right before ``start``."""
    for regex in (_person_regex(), _KHUN):
        name = regex.search(text, max(0, start - _NAME_REACH), start)
        while name and not re.fullmatch(r"[ \t]+", text[name.end():start]):
            name = regex.search(text, name.start() + 1, start)
        if name and name.group("family"):
            return True
    return False


# A subdistrict's chief (กำนัน) and a village's headman (ผู้ใหญ่บ้าน) or assistant, right after the holder's name, with the
# subdistrict or the village where the text names it ("กำนันตำบลแม่นะ", "กำนัน ต.หนองไผ่", "ผู้ใหญ่บ้าน หมู่ที่ 3",
# "ผู้ใหญ่บ้านหมู่ 18 บ้านโนนกอก ต.หนองนาคำ"); the short ต. is written out. Not the officials listed as a class
# ("นายอำเภอ กำนัน ผู้ใหญ่บ้าน และ…"), which stand after no name, nor "ผู้ใหญ่บ้านในพื้นที่" (the village heads of the area).
_VILLAGE_HEAD = re.compile(
    r"(?<![\u0e01-\u0e4e])(?P<head>กำนัน|(?:ผู้ช่วย)?ผู้ใหญ่บ้าน)"
    r"(?P<village>[ \t]?หมู่(?:ที่|บ้านที่)?[ \t]?[0-9]{1,2}(?![0-9])(?:[ \t]?บ้าน[\u0e01-\u0e4e]{2,25})?)?"
    r"(?:[ \t]?(?:ตำบล|ต\.)[ \t]?(?P<tambon>[\u0e01-\u0e4e]{2,25}))?")
_PLACE_WORD_GLUED = re.compile(r"กล่าว|เปิดเผย|ได้|เป็น|ร่วม|ให้|พร้อม|และ|ซึ่ง|ที่|อำเภอ|จังหวัด")


def _village_heads(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    text, found = reading.text, []
    if "กำนัน" not in text and "ผู้ใหญ่บ้าน" not in text:
        return found        # (the pattern opens with a lookbehind: scanned only where its word is written)
    for match in _untaken(_VILLAGE_HEAD.finditer(text), taken):
        if not _name_right_before(text, match.start()):
            continue
        end, title = match.end("head"), match.group("head")
        if match.group("village"):
            end, title = match.end("village"), title + re.sub(r"[ \t]+", " ", match.group("village"))
        if match.group("tambon"):
            tambon = match.group("tambon")
            glued = _PLACE_WORD_GLUED.search(tambon, 2)
            tambon = tambon[:glued.start()] if glued else tambon
            end, title = match.start("tambon") + len(tambon), title + (" " if match.group("village") else "") + "ตำบล" + tambon
        elif not match.group("village") and re.match(r"[\u0e01-\u0e4e]", text[end:end + 1]):
            continue        # "ผู้ใหญ่บ้านในพื้นที่", "กำนันยอดเยี่ยม": no title of one place
        found.append(_position(match.start(), end, title, None, None))
    return found


# A civil servant's line title with its grade, right after the holder's name ("นักพัฒนาสังคมชำนาญการพิเศษ",
# "นักวิชาการอุตสาหกรรมชำนาญการพิเศษ", "เจ้าพนักงานปกครองชำนาญการ", "นายแพทย์เชี่ยวชาญ", "พยาบาลวิชาชีพชำนาญการ"): a post
# as tests/ANNOTATION.md reads it, where the unit it serves in is written right after it (its body). Without one it
# is no post: a grade alone ties the person to no organisation (a tenth of all posts had none when it was read bare).
_GRADED_TITLE = re.compile(
    r"(?<![\u0e01-\u0e4e])(?P<title>(?:นัก|เจ้าพนักงาน|นายแพทย์|แพทย์|ทันตแพทย์|เภสัชกร|พยาบาล|วิศวกร|นายสัตวแพทย์"
    r"|สัตวแพทย์|นิติกร|เศรษฐกร|สถาปนิก)[\u0e01-\u0e4e]{0,30}?(?:ชำนาญการพิเศษ|ชำนาญการ|ชำนาญงาน|ปฏิบัติการ|เชี่ยวชาญ"
    r"|ทรงคุณวุฒิ|อาวุโส|ปฏิบัติงาน))(?![\u0e01-\u0e4e])")

_GRADES = ("ชำนาญ", "ปฏิบัติ", "เชี่ยวชาญ", "ทรงคุณวุฒิ", "อาวุโส")
# (a field in brackets may stand between the grade and the unit: "นายแพทย์เชี่ยวชาญ (ด้านเวชกรรม) โรงพยาบาล…")
_GRADE_QUALIFIER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?")


def _graded_officers(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    text, found = reading.text, []
    if not any(grade in text for grade in _GRADES):
        return found        # (the pattern opens with a lookbehind: scanned only where a grade is written)
    for match in _untaken(_GRADED_TITLE.finditer(text), taken):
        if not _name_right_before(text, match.start()):
            continue
        gap = _GRADE_QUALIFIER.match(text, match.end())
        body = next((o for o in reading.orgs if o.start == gap.end() and o.role != "member"), None)
        if body is not None:
            found.append(_position(match.start(), match.end(), match.group("title"), body.key, None))
    return found


# The officers of a committee of the House or the Senate, right after the holder's name ("ประธานคณะกรรมาธิการการแรงงาน
# สภาผู้แทนราษฎร", "รองประธานคณะกรรมาธิการการอุตสาหกรรม", "โฆษกคณะกรรมาธิการวิสามัญพิจารณาร่างพระราชบัญญัติ…"): the
# chamber's standing committees are named การ…, its ad hoc ones วิสามัญ…; the chamber written after is part of the name
# and the post's body. (Not a foreign or a regional commission: คณะกรรมาธิการยุโรป, …อาเซียน…)
_PARLIAMENTARY_COMMITTEE = re.compile(
    r"(?<![\u0e01-\u0e4e])(?P<head>(?:รอง)?ประธาน|โฆษก|เลขานุการ|ที่ปรึกษา)(?P<committee>(?:คณะ)?กรรมาธิการ"
    r"(?:การ|วิสามัญ)[\u0e01-\u0e4e]{2,60}(?:(?:[ \t][\u0e01-\u0e4e]{2,40}){1,4}?(?=[ \t](?:สภาผู้แทนราษฎร|วุฒิสภา)))?)"
    r"(?:[ \t](?P<chamber>สภาผู้แทนราษฎร|วุฒิสภา))?")
# …a name listing the committee's fields with spaces ends at the chamber, or else after the words joined by และ
# ("…การศาสนา ศิลปะและวัฒนธรรม เป็นประธาน")
_COMMITTEE_FIELDS = re.compile(r"(?:[ \t](?=[\u0e01-\u0e4e]*และ)[\u0e01-\u0e4e]{2,40})+")
_CHAMBERS = {"สภาผู้แทนราษฎร": "house", "วุฒิสภา": "senate"}


def _parliamentary_committee_officers(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    text, found = reading.text, []
    if "กรรมาธิการ" not in text:
        return []
    for match in _PARLIAMENTARY_COMMITTEE.finditer(text):
        committee = match.group("committee")
        glued = _GLUED_TO_BODY.search(committee, 14)
        committee = committee[:glued.start()] if glued else committee
        end = match.end() if match.group("chamber") and not glued else match.start("committee") + len(committee)
        if not match.group("chamber") and not glued and (fields := _COMMITTEE_FIELDS.match(text, end)):
            committee, end = committee + fields.group(), fields.end()
        if any(s < end and match.start() < e for s, e in taken) or not _name_right_before(text, match.start()):
            continue
        chamber = match.group("chamber") if end == match.end() else None
        title = match.group("head") + re.sub(r"[ \t]+", " ", committee) + (" " + chamber if chamber else "")
        found.append(_position(match.start(), end, title, _CHAMBERS.get(chamber), None))
    return found


# The police's titles in short before their unit in short, as the police and the provinces write them: a provincial
# police commander or deputy ("ผบก.ภ.จว.ลำปาง", "รอง ผบก.ภ.จว.ชุมพร"), a station's superintendent, deputy or inspector
# ("ผกก.สภ.สบปราบ", "สวป.สภ.เมืองขอนแก่น"); the title written in full, the unit its organisation.
_POLICE_HEADS = {"ผบก.": "ผู้บังคับการ", "ผกก.": "ผู้กำกับการ", "สวญ.": "สารวัตรใหญ่", "สวป.": "สารวัตรป้องกันปราบปราม",
                 "สวส.": "สารวัตรสืบสวน", "สว.": "สารวัตร"}
_PROVINCIAL_POLICE, _POLICE_STATION = "ตำรวจภูธรจังหวัด", "สถานีตำรวจภูธร"
_GLUED_TO_STATION = re.compile(r"สั่งการ|รายงาน|ร่วมกับ|นำกำลัง")      # what the superintendent did, written on to the station


@lru_cache(maxsize=4)
def _police_short_regex(provinces: tuple[str, ...]) -> re.Pattern[str]:
    heads = "|".join(map(re.escape, sorted(_POLICE_HEADS, key=len, reverse=True)))
    return re.compile(rf"(?<![\u0e01-\u0e4e.])(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)?(?P<deputy>(?:รอง|ผู้ช่วย)[ \t]?)?"
                      rf"(?P<head>{heads})[ \t]?(?:ภ\.?จว\.[ \t]?(?P<province>{province_alternation(provinces)})"
                      rf"|สภ\.[ \t]?(?P<station>{_THAI_RUN}{{2,30}}))")


def _police_posts_in_short(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    text, found = reading.text, []
    if "สภ." not in text and "จว." not in text:
        return found        # (every match names a station or a provincial police in short)
    for match in _untaken(_police_short_regex(reading.gazetteer.provinces).finditer(text), taken):
        head = re.sub(r"[ \t]+", "", match.group("deputy") or "") + _POLICE_HEADS[match.group("head")]
        if match.group("province"):
            if match.group("head") != "ผบก.":
                continue
            unit, end = _PROVINCIAL_POLICE + match.group("province"), match.end()
            org = reading.gazetteer.bodies.find_by_name(unit)
        else:
            if match.group("head") == "ผบก.":
                continue
            station = match.group("station")
            glued = _GLUED_TO_BODY.search(station, 2) or _GLUED_TO_STATION.search(station, 2)
            station = station[:glued.start()] if glued else station
            if len(station) < 2:
                continue
            end = match.start("station") + len(station)
            if station == "เมือง":      # "ผกก.สภ.เมือง จ.นครศรีธรรมราช": the town is the province's
                town = re.compile(rf"[ \t]?(?:จ\.|จังหวัด)[ \t]?({province_alternation(reading.gazetteer.provinces)})").match(text, end)
                if town is None:
                    continue
                station, end = station + town.group(1), town.end()
            unit = _POLICE_STATION + station
            org = reading.learn_organization(unit, "police", "rtp")
        if org is None:
            continue
        found.append(_position(match.start(), end, head + unit, org, match.group("acting")))
        reading.evidence(("org", org), match.start(), end)
    return found


# A member of parliament, a post in the House (ส.ส. in short) or the Senate: "สมาชิกสภาผู้แทนราษฎรจังหวัดตรัง",
# "ส.ส.สงขลา เขต 3" (also สส.), "สมาชิกสภาผู้แทนราษฎร แบบบัญชีรายชื่อ", "สมาชิกวุฒิสภา". The constituency stays on the title
# (a qualifier, tests/ANNOTATION.md), its province written in full ("จ.", "กทม.", the bare name → จังหวัด…); a party
# after it is no part of the post ("ส.ส.ก้าวไกล", a party written on to the title, is left: which words are the
# party's is unsaid).
_FORMER = re.compile(r"(?:อดีต|ผู้สมัคร)[ \t]*$")      # a former member, a candidate: no post held
_MEMBER_ENDS = r"(?=[^\u0e01-\u0e4e]|$|และ|พรรค|ใน|ซึ่ง|ผู้|ร่วม|กล่าว|เปิดเผย|ได้|เป็น|\()"


@lru_cache(maxsize=4)
def _member_of_parliament_regex(provinces: tuple[str, ...]) -> re.Pattern[str]:
    names = province_alternation(provinces, bangkok=True)
    area = r"เขต[ \t]?(?P<area>[0-9]{1,2})(?![0-9])"
    place = rf"(?:จังหวัด|จ\.)?[ \t]?(?P<province>{names}|กทม\.)"
    return re.compile(
        r"(?<![\u0e01-\u0e4e.(])(?P<head>สมาชิกสภาผู้แทนราษฎร|ส\.ส\.|สส\.)(?:[ \t]?\(ส\.ส\.\))?[ \t]?"
        rf"(?:(?P<list>(?:แบบ)?บัญชีรายชื่อ)|{place}(?:[ \t]?{area})?|{area.replace('area', 'area_first')}"
        rf"(?:[ \t]?{place.replace('province', 'province_after')})?)?{_MEMBER_ENDS}"
        rf"|(?<![\u0e01-\u0e4e.])(?P<senator>สมาชิกวุฒิสภา){_MEMBER_ENDS}")


def _members_of_parliament(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if not any(word in reading.text for word in ("สมาชิกสภาผู้แทนราษฎร", "ส.ส.", "สส.", "สมาชิกวุฒิสภา")):
        return []       # (the pattern opens with a lookbehind: tried at every letter)
    found = []
    for match in _member_of_parliament_regex(reading.gazetteer.provinces).finditer(reading.text):
        end = len(match.group().rstrip(" \t")) + match.start()
        if any(s < end and match.start() < e for s, e in taken) \
                or _FORMER.search(reading.text, max(0, match.start() - 8), match.start()):
            continue
        if match.group("senator"):
            found.append(_position(match.start(), end, "สมาชิกวุฒิสภา", "senate", None))
            continue
        province = match.group("province") or match.group("province_after")
        province = "กรุงเทพมหานคร" if province == "กทม." else province
        area = match.group("area") or match.group("area_first")
        if match.group("head") != "สมาชิกสภาผู้แทนราษฎร" and not (province or area or match.group("list")) \
                and re.match(r"[\u0e01-\u0e4e]", reading.text[end:end + 1]) and not reading.text.startswith("พรรค", end):
            continue        # "ส.ส.ก้าวไกล": what is written on to the short form is unsaid
        title = "สมาชิกสภาผู้แทนราษฎร" + (match.group("list") or "") \
            + ("" if not province else province if province == "กรุงเทพมหานคร" else "จังหวัด" + province) \
            + (f"เขต{area}" if area else "")
        found.append(_position(match.start(), end, title, "house", None))
    return found


# A Thai envoy abroad, titled by the capital or city of the post ("เอกอัครราชทูต ณ กรุงโตเกียว", "กงสุลใหญ่ ณ นครเซี่ยงไฮ้",
# "เอกอัครราชทูตไทยประจำกรุงออสโล") or, said to be Thai, by the country ("เอกอัครราชทูตไทยประจำสหราชอาณาจักร"): a post of
# the foreign ministry, the title as written. A foreign envoy to Thailand (…ประจำประเทศไทย, ประจำกรุงเทพฯ) is none of these.
_THAI_ENVOY = re.compile(r"(?<![\u0e01-\u0e4e])(?P<title>(?:เอกอัครราชทูต|อัครราชทูต|กงสุลใหญ่)(?:"
                         r"(?:ไทย)?[ \t]?(?:ณ|ประจำ)[ \t]?(?:กรุง(?!เทพ)|นคร|เมือง)[\u0e01-\u0e4e]{2,30}"
                         r"|ไทย[ \t]?ประจำ[ \t]?(?!ประเทศไทย|กรุงเทพ)[\u0e01-\u0e4e]{2,30}))(?![\u0e01-\u0e4e])")
_FOREIGN_MINISTRY = "กระทรวงการต่างประเทศ"


def _posts_of_thai_envoys(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if "ราชทูต" not in reading.text and "กงสุลใหญ่" not in reading.text:
        return []       # (as above)
    found = []
    for match in _untaken(_THAI_ENVOY.finditer(reading.text), taken):
        title = re.sub(r"[ \t]+", " ", match.group("title"))
        found.append(_position(match.start(), match.end(), title, reading.gazetteer.find_by_name(_FOREIGN_MINISTRY), None))
    return found


# A national artist (ศิลปินแห่งชาติ), the honour the genre titles people by, with its branch and the branch's field as
# written ("ศิลปินแห่งชาติ สาขาทัศนศิลป์ (ประณีตศิลป์-ทอผ้า)"); the year of the honour, after it or between ("ศิลปินแห่งชาติ
# พ.ศ. 2564 สาขาทัศนศิลป์ (ภาพพิมพ์)"), is no part of the title.
_NATIONAL_ARTIST = re.compile(r"(?<![\u0e01-\u0e4e])ศิลปินแห่งชาติ(?:[ \t]?(?:(?:พ\.ศ\.|ประจำปี)[ \t]?[0-9]{4}[ \t]?)?"
                              r"(?P<branch>สาขา[\u0e01-\u0e4e]{3,30})(?:[ \t]?(?P<field>\([^()\n]{2,60}\)))?)?"
                              r"(?=[^\u0e01-\u0e4e]|$|ประจำปี|พุทธศักราช|และ)")


def _national_artists(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if "ศิลปินแห่งชาติ" not in reading.text:
        return []       # (as above)
    found = []
    for match in _untaken(_NATIONAL_ARTIST.finditer(reading.text), taken):
        field = re.sub(r"[ \t]*-[ \t]*", "-", match.group("field") or "")
        title = "ศิลปินแห่งชาติ" + (match.group("branch") or "") + (" " + field if field else "")
        found.append(_position(match.start(), match.end(), title, None, None))
    return found


# The officers of a province's chapter of a body outside the state, the chapter named by the province: the Red
# Cross's (เหล่ากาชาดจังหวัด…, presided by the governor's spouse) and the Interior housewives' club's, whose president
# is titled without ชมรม ("ประธานแม่บ้านมหาดไทยจังหวัดนครสวรรค์"); the title as the article writes it. The club is
# its association's branch, as where it is named in full (named_bodies: "ชมรมแม่บ้านมหาดไทยจังหวัด…"), so one node.
_CHAPTERS = {"เหล่ากาชาดจังหวัด": "เหล่ากาชาดจังหวัด", "แม่บ้านมหาดไทยจังหวัด": "ชมรมแม่บ้านมหาดไทยจังหวัด"}
_CHAPTER_OF = {"แม่บ้านมหาดไทยจังหวัด": "สมาคมแม่บ้านมหาดไทย"}
_CHAPTER_HEADS = ("รองนายก", "นายก", "อุปนายก", "รองประธาน", "ประธาน", "กรรมการ", "เลขานุการ", "เหรัญญิก", "ที่ปรึกษา")


@lru_cache(maxsize=4)
def _chapter_post_regex(provinces: tuple[str, ...]) -> re.Pattern[str]:
    names = province_alternation(provinces)
    heads = "|".join(sorted(_CHAPTER_HEADS, key=len, reverse=True))
    acting = "|".join(ACTING_PREFIXES)      # "รักษาการแทนนายกเหล่ากาชาดจังหวัดชัยภูมิ"
    return re.compile(rf"(?<!เป็น)(?P<acting>(?:{acting})[ \t]?)?(?P<head>{heads})(?P<chapter>{'|'.join(_CHAPTERS)})[ \t]?"
                      rf"(?P<province>{names})(?![\u0e01-\u0e4e])")


def _posts_of_chapters(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if not any(chapter in reading.text for chapter in _CHAPTERS):
        return []       # (the pattern opens with a lookbehind: tried at every letter)
    found = []
    for match in _untaken(_chapter_post_regex(reading.gazetteer.provinces).finditer(reading.text), taken):
        chapter = match.group("chapter")
        parent = reading.gazetteer.bodies.find_by_name(_CHAPTER_OF[chapter]) if chapter in _CHAPTER_OF else None
        org = reading.learn_organization(_CHAPTERS[chapter] + match.group("province"), "association", parent)
        title = match.group("head") + match.group("chapter") + match.group("province")
        found.append(_position(match.start(), match.end(), title, org, match.group("acting")))
        reading.evidence(("org", org), match.start("chapter"), match.end())
    return found


# A court's chief judge, titled by the court as the article writes it ("ผู้พิพากษาหัวหน้าศาลจังหวัดชลบุรี",
# "อธิบดีผู้พิพากษาศาลอาญา"); the court is the post's body where the tables know it.
_JUDGE = re.compile(rf"(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)?(?P<title>(?:รอง)?(?:ผู้พิพากษาหัวหน้า|อธิบดีผู้พิพากษา)"
                    r"(?P<court>ศาล(?!ทุก|ต่าง)[\u0e01-\u0e4e]{2,40}))(?![\u0e01-\u0e4e])")


def _posts_of_judges(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if "ผู้พิพากษา" not in reading.text:
        return []       # (every title it reads holds the word; the pattern, opening with an optional group, is tried at every letter)
    found = []
    for match in _JUDGE.finditer(reading.text):
        if match.group("court").endswith("จังหวัด"):
            continue        # "ผู้พิพากษาหัวหน้าศาลจังหวัด": the province left unsaid, the court not named
        court = next((o for o in reading.orgs if o.start == match.start("court") and o.end == match.end()), None)
        if any(s < match.end() and match.start() < e for s, e in taken if not court or (s, e) != (court.start, court.end)):
            continue
        found.append(_position(match.start(), match.end(), match.group("title"), court.key if court else None,
                               match.group("acting")))
    return found


# An adviser titled by the field advised, a post of its own ("ที่ปรึกษาด้านพัฒนาระบบควบคุมทางศุลกากร"), with the body
# written after it where one is ("ที่ปรึกษาด้านความมั่นคง กระทรวงมหาดไทย"): the title as the article writes it.
_FIELD_ADVISER = re.compile(rf"(?:(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)|(?<![\u0e01-\u0e4e]))"
                            r"(?P<title>ที่ปรึกษาด้าน[\u0e01-\u0e4e]{3,50})(?![\u0e01-\u0e4e])")


_AGENCY_KINDS = ("ministry", "department", "office", "independent", "state_enterprise")


# In the cabinet's appointment lists an adviser's grade stands between the title and the agency: "ที่ปรึกษาด้านการลงทุน
# (นักวิเคราะห์นโยบายและแผนทรงคุณวุฒิ) สำนักงานคณะกรรมการส่งเสริมการลงทุน" is a post in that agency.
_GRADE_AFTER_TITLE = re.compile(r"[ \t]*\((?:นัก|เศรษฐกร|วิศวกร|แพทย์|นิติกร)[^()\n]{2,50}"
                                r"(?:ทรงคุณวุฒิ|เชี่ยวชาญ|ชำนาญการพิเศษ|ชำนาญการ)\)[ \t]*")


# An adviser who speaks for an agency is one of its own senior officials: "ที่ปรึกษาด้านพัฒนาระบบควบคุมทางสรรพสามิต ในฐานะ
# โฆษกกรมสรรพสามิต", "ที่ปรึกษาด้านยุทธศาสตร์การจัดเก็บภาษี (กลุ่มธุรกิจพลังงาน) ในฐานะโฆษกกรมสรรพากร" (a bracketed
# field between): the adviser's post is that agency's, however many other bodies the article names. Not a ministry's
# spokesperson: one of its departments' officials ("ที่ปรึกษาด้านเศรษฐกิจการเงิน ในฐานะรองโฆษกกระทรวงการคลัง" is of สศค.).
_AS_SPOKESPERSON_OF = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?ในฐานะ[ \t]?(?:รอง)?โฆษก[ \t]?")


def _agency_spoken_for(reading: Reading, end: int) -> str | None:
    """The agency (of the tables' kinds) the adviser is spokesperson of, written right after the title."""
    spoken = _AS_SPOKESPERSON_OF.match(reading.text, end)
    body = reading.org_at(spoken.end(), slack=0, same_line=True) if spoken else None
    return body.key if body and reading.organization(body.key).kind in set(_AGENCY_KINDS) - {"ministry"} else None


def _posts_of_field_advisers(reading: Reading, held: list[PositionMention]) -> list[PositionMention]:
    if "ที่ปรึกษาด้าน" not in reading.text:
        return []       # (as for judges: a word every match holds, looked for before the pattern tries every letter)
    found = []
    for match in _FIELD_ADVISER.finditer(reading.text):
        if any(p.start < match.end() and match.start() < p.end for p in held):
            continue
        field, field_end = match.group("title"), match.end()
        if field.endswith("อุดมศึกษา") and (tail := _HIGHER_EDUCATION_TAIL.match(reading.text, field_end)):
            field, field_end = field + re.sub(r"[ \t]+", " ", tail.group()), tail.end()    # the ministry's spaced words
        body = reading.org_at(field_end, same_line=True)
        grade = _GRADE_AFTER_TITLE.match(reading.text, field_end)
        graded = reading.org_at(grade.end(), slack=0) if grade else None
        if body is not None and reading.organization(body.key).kind in _AGENCY_KINDS:
            title, end, org = field + reading.organization(body.key).name, body.end, body.key
        elif graded is not None and reading.organization(graded.key).kind in _AGENCY_KINDS:
            title, end, org = field, field_end, graded.key      # (the title as it was read)
        else:
            title, end, org = field, field_end, _agency_spoken_for(reading, field_end)
            if org is None and match.group("acting"):
                org = _agency_of_post_before(reading, held, match.start())
            elif org is None and not _SECOND_TITLE_BEFORE.search(reading.text, max(0, match.start() - 16), match.start()) \
                    and not _PERMANENT_SECRETARY.search(reading.text):
                org = _agency_of_article(reading)     # an adviser of the one agency the article is about (where its
                #                                       ministry's permanent secretary is named, maybe the ministry's)
        found.append(_position(match.start(), end, title, org, match.group("acting")))
    return found


# A ministry's departments are grouped into mission groups, each headed by a deputy permanent secretary, who is titled
# by both posts: "รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้านกิจการความมั่นคงภายใน", "… ในฐานะหัวหน้ากลุ่มภารกิจด้าน
# บริหารความยุติธรรม", "… (หัวหน้ากลุ่มภารกิจด้านการขนส่ง)", "… หัวหน้ากลุ่มภารกิจการพัฒนาโครงสร้างพื้นฐานด้านทางหลวง". The
# group's head is read only after the post it goes with (the title as written, up to the first space), and is a post of
# that post's ministry.
MISSION_GROUP_HEAD = "หัวหน้ากลุ่มภารกิจ"
_MISSION_GROUP_HEAD = re.compile(rf"(?:(?<![\u0e01-\u0e4e])|(?<=ในฐานะ)){MISSION_GROUP_HEAD}[\u0e01-\u0e4e]{{4,80}}")
_BETWEEN_TWO_TITLES = re.compile(r"[ \t]*(?:ในฐานะ[ \t]*|\([ \t]*)?")
_GLUED_TO_GROUP = re.compile(_GLUED_TO_BODY.pattern + r"|เป็นประธาน|เป็นผู้")
_TITLES_AFTER_A_TITLE = (MISSION_GROUP_HEAD, "เจ้าอาวาส", "รองเจ้าอาวาส", "ผู้ช่วยเจ้าอาวาส", "เจ้าคณะ", "รองเจ้าคณะ")


def _mission_group_heads(reading: Reading, held: list[PositionMention]) -> list[PositionMention]:
    if MISSION_GROUP_HEAD not in reading.text:
        return []       # (as for judges)
    text, found = reading.text, []
    for match in _untaken(_MISSION_GROUP_HEAD.finditer(text), [(p.start, p.end) for p in held]):
        before = next((p for p in held if p.end <= match.start()
                       and _BETWEEN_TWO_TITLES.fullmatch(text, p.end, match.start())), None)
        if before is None:
            continue
        glued = _GLUED_TO_GROUP.search(text, match.start() + len(MISSION_GROUP_HEAD) + 4, match.end())
        end = glued.start() if glued else match.end()
        found.append(_position(match.start(), end, text[match.start():end], _ministry_of(reading, before.org), None))
    return found


def _ministry_of(reading: Reading, key: str | None) -> str | None:
    """The ministry a body belongs to (itself, for a ministry), None where it has none."""
    seen = set()
    while key is not None and key not in seen and reading.organization(key).kind != "ministry":
        seen.add(key)
        key = reading.organization(key).parent
    return key if key not in seen else None


# A foreign envoy to Thailand, titled by the country ("เอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทย", "เอกอัครราชทูต
# วิสามัญผู้มีอำนาจเต็มแห่งสาธารณรัฐฟินแลนด์ประจำประเทศไทย", "อุปทูตญี่ปุ่นประจำราชอาณาจักรไทย"): the title as written, of no
# Thai body. Foreign envoys as a class ("เอกอัครราชทูตต่างประเทศประจำประเทศไทย"), one whose country is not named
# ("เอกอัครราชทูตประจำประเทศไทย") and one written on to another word (ภริยาเอกอัครราชทูต…, อดีตเอกอัครราชทูต…) hold none.
_FOREIGN_ENVOY = re.compile(r"(?<![\u0e01-\u0e4e])(?:เอกอัครราชทูต|อัครราชทูต|อุปทูต)(?:วิสามัญผู้มีอำนาจเต็ม)?(?:แห่ง)?"
                            r"(?!ต่างประเทศ|ประจำ|และ|ของ)[\u0e01-\u0e4e]{2,50}?ประจำ(?:ประเทศไทย|ราชอาณาจักรไทย)"
                            r"(?=[^\u0e01-\u0e4e]|$|" + _GLUED_TO_BODY.pattern + r"|และ|เข้า|พร้อม|ร่วม|ณ)")


def _posts_of_foreign_envoys(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if "ทูต" not in reading.text:
        return []       # (as above)
    return [_position(match.start(), match.end(), match.group(), None, None)
            for match in _untaken(_FOREIGN_ENVOY.finditer(reading.text), taken)]


# The Sangha's posts: an abbot (เจ้าอาวาสวัด…, its deputy and assistant) and the ecclesiastical governors (เจ้าคณะภาค/
# จังหวัด/อำเภอ/ตำบล…, รองเจ้าคณะ…), the title as written up to the first space ("เจ้าคณะภาค 7" with its number): posts of
# no body of the state (temples are outside it, tests/ANNOTATION.md).
_MONASTIC_POST = re.compile(r"(?<![\u0e01-\u0e4e])(?:รอง|ผู้ช่วย)?(?:เจ้าอาวาส(?=วัด)|เจ้าคณะ(?=ภาค|จังหวัด|อำเภอ|ตำบล|แขวง|เขต))"
                            r"[\u0e01-\u0e4e]{3,40}(?:(?<=ภาค)[ \t]?[0-9]{1,2}(?![0-9]))?")


def _monastic_posts(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if "เจ้าอาวาส" not in reading.text and "เจ้าคณะ" not in reading.text:
        return []       # (as for judges)
    found = []
    for match in _untaken(_MONASTIC_POST.finditer(reading.text), taken):
        glued = _GLUED_TO_GROUP.search(reading.text, match.start() + 8, match.end())
        end = glued.start() if glued else match.end()
        found.append(_position(match.start(), end, reading.text[match.start():end], None, None))
    return found


# The chair of a national board written without คณะ ("ประธานกรรมการวัฒนธรรมแห่งชาติ", "รองประธานกรรมการภาพยนตร์และ
# วีดิทัศน์แห่งชาติ", "… ในฐานะประธานกรรมการกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ"): the title as written, of the board where
# the tables know it. Only a name that ends in แห่งชาติ is read whole; a board of anything else runs on into the sentence.
_NATIONAL_BOARD_CHAIR = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=ในฐานะ)|(?<=และ))(?P<head>(?:รอง)?ประธานกรรมการ)"
                                   r"(?P<board>(?!บริหาร|บริษัท)[\u0e01-\u0e4e]{3,60}?แห่งชาติ)"
                                   r"(?=[^\u0e01-\u0e4e]|$|" + _GLUED_TO_BODY.pattern + ")")


def _national_board_chairs(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if "ประธานกรรมการ" not in reading.text:
        return []       # (as for judges)
    return [_position(match.start(), match.end(), match.group(), reading.gazetteer.find_by_name("คณะกรรมการ" + match.group("board")),
                      None) for match in _untaken(_NATIONAL_BOARD_CHAIR.finditer(reading.text), taken)]


# A department's district officer titled by the district ("พัฒนาการอำเภอเสนา", "สาธารณสุขอำเภอปัว", "เกษตรอำเภอ…",
# "ท้องถิ่นอำเภอ…", "ปศุสัตว์อำเภอ…"): the head of the department's office in the district, a post of the department. The
# district must be a real one, as for a district chief ("พัฒนาการอำเภอทุกอำเภอ" names none).
_DISTRICT_OFFICERS = {"พัฒนาการอำเภอ": "กรมการพัฒนาชุมชน", "สาธารณสุขอำเภอ": "สำนักงานปลัดกระทรวงสาธารณสุข",
                      "เกษตรอำเภอ": "กรมส่งเสริมการเกษตร", "ท้องถิ่นอำเภอ": "กรมส่งเสริมการปกครองท้องถิ่น",
                      "ปศุสัตว์อำเภอ": "กรมปศุสัตว์"}
_DISTRICT_OFFICER = re.compile(rf"(?<![\u0e01-\u0e4e])(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)?"
                               rf"(?P<head>{'|'.join(_DISTRICT_OFFICERS)})[ \t]?(?P<place>{_THAI_RUN}{{2,30}})")


def _district_officers(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if "อำเภอ" not in reading.text:
        return []       # (as for judges)
    from .place_bodies import district_key

    found = []
    for match in _untaken(_DISTRICT_OFFICER.finditer(reading.text), taken):
        hit = district_key(reading, match.group("place"), match.start("place"))
        if hit is None:
            continue
        found.append(_position(match.start(), match.start("place") + len(hit[1]), match.group("head") + hit[1],
                               reading.gazetteer.find_by_name(_DISTRICT_OFFICERS[match.group("head")]), match.group("acting")))
    return found


# Two heads of one body, the body written once after the second: "รองอธิบดีและโฆษกกรมสวัสดิการและคุ้มครองแรงงาน",
# "ผู้ช่วยผู้จัดการและโฆษกธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร", "รองปลัดกระทรวงและโฆษกกระทรวงวัฒนธรรม": the first head
# is a post of that body too (the first head standing alone, not written on to another word).
@lru_cache(maxsize=1)
def _head_and_before() -> re.Pattern[str]:
    heads = "|".join(sorted(map(re.escape, POSITION_HEADS), key=lambda h: (-len(h), h)))
    return re.compile(rf"(?<![\u0e01-\u0e4e])(?P<head>{heads})[ \t]?และ[ \t]?$")


def _heads_sharing_a_body(reading: Reading, held: list[PositionMention]) -> list[PositionMention]:
    found = []
    for position in held:
        before = _head_and_before().search(reading.text, max(0, position.start - 40), position.start) \
            if position.org and not position.acting else None
        if before is None or any(p.start < before.end("head") and before.start() < p.end for p in held):
            continue
        title = compose_title(reading, before.group("head"), position.org)
        if title and title != position.title:
            found.append(_position(before.start(), before.end("head"), title, position.org, None))
    return found


def _agency_of_post_before(reading: Reading, held: list[PositionMention], start: int) -> str | None:
    """An adviser's post held in acting by one who holds a post of an agency written right before it ("รองอธิบดี
    กรมศุลกากร รักษาการในตำแหน่งที่ปรึกษาด้าน…"): acting posts are filled inside the agency, so it is that one's
    (the agency above a unit: "ผู้อำนวยการสำนักแผนภาษี" of กรมสรรพสามิต)."""
    before = next((p for p in held if p.org and p.end <= start and not reading.text[p.end:start].strip()), None)
    key, seen = (before.org if before else None), set()
    while key is not None and key not in seen and reading.organization(key).kind not in _AGENCY_KINDS:
        seen.add(key)
        key = reading.organization(key).parent
    return key if key not in seen else None


def find(reading: Reading) -> None:
    """Add people, their titles and the posts linking them to the reading."""
    _find_positions(reading)
    _find_people(reading)
    _attach_posts(reading)
    _find_people_in_english(reading)


# --- positions -------------------------------------------------------------

# In the cabinet's appointment lists the grade of a post stands between its head and the agency: "รองอธิบดี
# (นักบริหารระดับต้น) กรมการขนส่งทางบก", "ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวงสูง) สำนักงานปลัดกระทรวง…": the title is
# the head and the agency, the grade no part of it.
_GRADE_BEFORE_BODY = re.compile(r"[ \t]*\((?:นัก|ผู้|เศรษฐกร|วิศวกร|แพทย์|นิติกร|อำนวยการ|บริหาร)[^()\n]{1,50}\)[ \t]*$")


# …or between the head with the bare word of the unit and the unit's name: "ผู้อำนวยการกอง [ผู้อำนวยการเฉพาะด้าน (นิติการ)
# ระดับสูง] กองกฎหมายสวัสดิการสังคม", "ผู้อำนวยการศูนย์ [ผู้อำนวยการเฉพาะด้าน (แพทย์) สูง] ศูนย์อนามัยที่ 4",
# "ผู้อำนวยการกอง (ผู้อำนวยการสูง) กองส่งเสริม…" (the grade in round brackets): the head and the name.
_GRADED_UNIT_HEAD = re.compile(r"(?<![\u0e01-\u0e4e])(?P<head>(?:รอง|ผู้ช่วย)?ผู้อำนวยการ)(?P<word>กอง|ศูนย์|สำนัก(?!งาน))"
                               r"[ \t]*(?:\[[^\[\]\n]{2,80}\]|\((?:ผู้อำนวยการ|นักบริหาร)[^()\n]{0,60}\))[ \t]*")


def _find_positions(reading: Reading) -> None:
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
    found += _district_officers(reading, taken + [(p.start, p.end) for p in found])
    found += _posts_of_foreign_envoys(reading, [(p.start, p.end) for p in found])
    found = [p for p in found if not _FOREIGN_AFTER_TITLE.match(text, p.end)]
    found = [_with_staff_prefix(text, _with_qualifier(text, p)) for p in found]
    found = [_prime_ministers_staff(reading, p) for p in found]
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

# The head of a department's provincial office is titled by the office's work and the province: "อุตสาหกรรมจังหวัด
# เชียงใหม่" heads สำนักงานอุตสาหกรรมจังหวัดเชียงใหม่ (the unit-head table's offices), "พัฒนาการจังหวัด…" the
# community development office, "นายแพทย์สาธารณสุขจังหวัด…" the public health office, "ป้องกันจังหวัด…" the
# provincial administration office's security officer (with its volunteer defence corps, not the disaster
# prevention office, whose head is หัวหน้าสำนักงาน…). Offices whose head has a title of another form
# (หัวหน้าสำนักงานจังหวัด, จ่าจังหวัด …) are left out.
_OFFICE_TITLES_APART = {"พัฒนาการ": "สำนักงานพัฒนาชุมชนจังหวัด", "นายแพทย์สาธารณสุข": "สำนักงานสาธารณสุขจังหวัด",
                        "ท้องถิ่น": "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด", "ป้องกัน": "ที่ทำการปกครองจังหวัด"}
_NOT_OFFICE_TITLES = ("จังหวัด", "ปกครอง", "ป้องกันและบรรเทาสาธารณภัย", "พระพุทธศาสนา", "ที่ดิน", "สาธารณสุข",
                      "ส่งเสริมการปกครองท้องถิ่น")


@lru_cache(maxsize=4)
def _office_title_regex(gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    offices = dict(_OFFICE_TITLES_APART)
    for head in gazetteer.unit_heads:
        if head.startswith("สำนักงาน") and head.endswith("จังหวัด"):
            work = head.removeprefix("สำนักงาน").removesuffix("จังหวัด")
            if work and work not in _NOT_OFFICE_TITLES:
                offices.setdefault(work, head)
    provinces = province_alternation(gazetteer.provinces)
    works = "|".join(sorted(map(re.escape, offices), key=len, reverse=True))
    acting = "|".join(ACTING_PREFIXES)
    return re.compile(rf"(?<![\u0e01-\u0e4e])(?P<acting>(?:{acting})[ \t]?)?(?P<deputy>รอง)?(?P<work>{works})จังหวัด[ \t]?"
                      rf"(?P<province>{provinces})(?:(?![\u0e01-\u0e4e])|(?=และ|พร้อม|กล่าว|เปิดเผย|ร่วม))"), offices
# (the province's name ends the title where "and" or what the holder did is written on to it: "อุตสาหกรรมจังหวัด
# มุกดาหารและคณะ", "เกษตรจังหวัดน่านกล่าว")


def _provincial_office_heads(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    """Posts titled by a provincial office's work and its province, tied to that office."""
    from .organizations import learned_provincial_unit

    if "จังหวัด" not in reading.text:
        return []       # (every title it reads holds the word; the pattern opens with a lookbehind)
    regex, offices = _office_title_regex(reading.gazetteer)
    found = []
    for match in _untaken(regex.finditer(reading.text), taken):
        office = offices[match.group("work")] + match.group("province")
        org = learned_provincial_unit(reading, office, match.end())
        if org is None:
            continue
        title = (match.group("deputy") or "") + match.group("work") + "จังหวัด" + match.group("province")
        found.append(_position(match.start(), match.end(), title, org, match.group("acting")))
    return found


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
    from ..gazetteer import OUTSIDE_KINDS

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
_STAFF_PREFIX = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=และ))(?:(?:ผู้ช่วยเลขานุการ|เลขานุการ|ที่ปรึกษา|(?:รอง)?ประธานคณะ(?:ที่ปรึกษา|ทำงาน)?)"
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
    from .organizations import _words as words
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


def _position(start: int, end: int, title: str, org: str | None, acting: str | None) -> PositionMention:
    """A post as the article writes it: an acting prefix stays on the title ("รักษาราชการแทนอธิบดีกรม…",
    tests/ANNOTATION.md), so the acting post and the one held outright are two posts."""
    prefix = re.sub(r"[ \t]+", "", acting or "")
    return PositionMention(start, end, prefix + title, org, prefix)


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
_CLAUSE_AFTER_NAME = re.compile(r"[ \t]*(?:$|\n|[(,“\"]|(?:เปิดเผย|แถลง|กล่าว|เป็นประธาน|ได้|พร้อมด้วย|ร่วม(?:ประชุม|กับ|ด้วย)))")


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
                      "ผู้ตรวจการแผ่นดิน": "ombudsman", "ประธานผู้ตรวจการแผ่นดิน": "ombudsman"}
# …a commander's title going on with a command of its own is none of these: "ผู้บัญชาการทหารเรือภาคที่ 1"
_COMMAND_AFTER = re.compile(r"ภาค|ที่[ \t]?[0-9]|เขต|ชั้น|เรือ|ราบ|ม้า|ช่าง|ปืน")


def _standalone_body(reading: Reading, title: str) -> str | None:
    body = _STANDALONE_BODIES.get(title) or next((b for t, b in _STANDALONE_BODIES.items() if title.startswith(t)), None)
    if body is None or reading.gazetteer.organization(body) is not None:      # a key ("bma")
        return body
    return reading.gazetteer.find_by_name(body)


# A unit the tables lack, named whole in a title and followed by the agency it belongs to: "ผู้อำนวยการ
# กองบริหารจัดการทรัพยากรและกำหนดมาตรการ กรมประมง", "ผู้อำนวยการศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 11 กรมส่งเสริมอุตสาหกรรม".
# (hospitals, schools and committees have rules of their own: organizations.py, _body_of_title)
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
    gives it; the checks of organizations.py: not a neighbour in a list, not a police or military unit under
    a civil body, a ministry's central division under its permanent secretary's office), or else under the
    one department or office the article is about (``_agency_of_article``). None where no parent is known:
    a unit with no parent would stand at the top of the state."""
    from .organizations import _GENERIC_UNIT, _GENERIC_UNIT_WORDS, _apposed_parent, _central_division_parent

    gazetteer = reading.gazetteer
    name = re.sub(r"[ \t]+", " ", name).strip()
    if not _TITLED_UNIT.match(name) or _GENERIC_UNIT.match(name) or _GENERIC_UNIT_WORDS.search(name) \
            or name in gazetteer.unit_heads or name.endswith("จังหวัด"):
        return None
    bracket = re.compile(r"[ \t]?\([^()\n]{1,20}\)").match(reading.text, end)    # its short form: "… (ศสอ.11)"
    cue = _PARENT_CUE.match(reading.text, bracket.end() if bracket else end)
    apposed = _apposed_parent(reading, cue.end(), start)
    if apposed is None and (office := _community_development_office(reading, name)):
        return reading.learn_organization(name, "unit", office)
    parent = apposed or _department_of_numbered_office(gazetteer, name) \
        or (_agency_of_article(reading) if _a_unit_of_the_article(reading, name, start, end, title_start) else None)
    agency = gazetteer.agencies.get(parent or "")
    if agency is None or agency.kind in OUTSIDE_KINDS:
        return None
    # a numbered regional สำนักงาน / สำนัก is an office, as the organisation finder kinds it
    kind = "office" if name.startswith("สำนัก") and _department_of_numbered_office(gazetteer, name) else "unit"
    return reading.learn_organization(name, kind, _central_division_parent(gazetteer, name, parent))


# A department's field unit is named by its kind and its place: "หัวหน้าด่านตรวจพืชลาดกระบัง" (กรมวิชาการเกษตร),
# "ผู้อำนวยการสถานีพัฒนาที่ดินน่าน" (กรมพัฒนาที่ดิน), "ผู้อำนวยการท่าอากาศยานสุวรรณภูมิ" (ทอท.). ontology/field_units.csv
# says whose each kind is, and for a kind whose units belong to several owners (airports) which places each owner's are.
@lru_cache(maxsize=1)
def _field_unit_kinds() -> tuple[tuple[str, str, frozenset[str]], ...]:
    from ..gazetteer import _read_csv, _split
    rows = _read_csv("field_units.csv")
    return tuple(sorted(((row["head"], row["parent"], frozenset(_split(row["places"]))) for row in rows),
                        key=lambda row: -len(row[0])))


def _field_unit(reading: Reading, name: str) -> str | None:
    """The field unit a title names whole, its kind and a place (one of the places listed for the kind, or where
    none are, a real province, district or subdistrict), learned under the department that runs such units."""
    name = re.sub(r"[ \t]+", " ", name).strip()
    for head, parent_name, places in _field_unit_kinds():
        place = name[len(head):]
        if not name.startswith(head) or not place:
            continue
        if place in places if places else reading.gazetteer.places.is_place(place):
            parent = reading.gazetteer.find_by_name(parent_name)
            kind = "office" if name.startswith("สำนัก") else "unit"     # (as a numbered regional office is kinded)
            return reading.learn_organization(name, kind, parent) if parent else None
    return None


# A provincial community development office works in groups named after its work ("กลุ่มงานส่งเสริมการพัฒนาชุมชน",
# "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน", "กลุ่มงานสารสนเทศการพัฒนาชุมชน"); their directors are named without the office, which
# the article names elsewhere ("… นักวิชาการพัฒนาชุมชน เจ้าหน้าที่สำนักงานพัฒนาชุมชนจังหวัดแพร่"): the group is that office's
# where the article names one such office and no other.
_COMMUNITY_DEVELOPMENT_GROUP = re.compile(r"กลุ่มงาน[\u0e01-\u0e4e]{2,30}การพัฒนาชุมชน")
_PROVINCIAL_COMMUNITY_OFFICE = "สำนักงานพัฒนาชุมชนจังหวัด"


def _community_development_office(reading: Reading, name: str) -> str | None:
    if not _COMMUNITY_DEVELOPMENT_GROUP.fullmatch(name):
        return None
    offices = {o.key for o in reading.orgs
               if reading.organization(o.key).name.replace(" ", "").startswith(_PROVINCIAL_COMMUNITY_OFFICE)}
    return next(iter(offices)) if len(offices) == 1 else None


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
# other committees, the provinces and districts where things happen.
_CONTEXT_KINDS = frozenset({"ministry", "committee", "province", "district"})


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
    from .organizations import _regional_office_heads

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
    if head == "กรรมการ" and org.kind != "committee":
        return None
    if head.endswith("ผู้ว่า") and not name.startswith("การ"):
        return None     # "ผู้ว่า" is a head only where the agency's การ… completes ผู้ว่าการ
    if head in ("ปลัด", "รองปลัด", "ผู้ช่วยปลัด") and name.startswith("กระทรวง"):
        head += "กระทรวง"
    for size in range(min(len(head), len(name)), 0, -1):
        if head.endswith(name[:size]) and size >= 3 and name[:size] != "การ":   # ผู้ว่าการ + การไฟฟ้า…: both written
            return head + name[size:]
    return head + name


# --- people ------------------------------------------------------------------

#: Every title word, longest first (sorted once: sorting them for each article cost more than reading its names).
_TITLE_HEADS = tuple(sorted({*POSITION_HEADS, *STANDALONE_POSITIONS}, key=lambda h: (-len(h), h)))


def _find_people(reading: Reading) -> None:
    text = reading.text
    known: dict[str, str] = {}          # given name → full name met earlier in the article
    heads = _TITLE_HEADS
    org_starts = {o.start for o in reading.orgs}
    position_starts = {p.start for p in reading.positions}
    for match in _person_regex().finditer(text):
        if "." in match.group("hon") and _ACRONYM_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            # the acronym ends at its first dotted letters; an honorific after them still opens a name
            # ("ม.ท.ศ. นายวิชญ์พิพล …": ศ. closes ม.ท.ศ., นาย is Mr)
            first = _split_honorifics(match.group("hon")).split(" ")[0]
            rest = re.compile(r"[ \t]*").match(text, match.start() + len(first)).end()
            if not first or rest >= match.start("given"):
                continue
            match = _person_regex().match(text, rest)
            if match is None or "." in match.group("hon").split()[0]:
                continue
        if match.group("hon").endswith((" ", "\t")) and match.group("hon").strip() in _CIVIL \
                and re.match(_THAI_RUN, text[match.start() - 1:match.start()]) \
                and not _CONNECTIVE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue
        given, family = match.group("given"), match.group("family")
        given, cut = _cut_at_title(given, heads)
        if given.endswith("ฯ"):                 # "นายชลน่านฯ": the one named before, shortened
            given, cut = given.rstrip("ฯ"), True
        glued = _GLUED_VERB.search(given, 2)
        if glued:
            given, cut = given[:glued.start()], True
        end = match.start("given") + len(given) if cut else match.end()
        if cut or not family or family in NOT_SURNAME_WORDS or match.start("family") in org_starts \
                or family.startswith(NOT_SURNAME) and not _opens_a_surname(text, family, match.end("family"), heads):
            family = None
            end = match.start("given") + len(given)
        elif family:
            family, cut = _cut_at_title(family, heads)
            end = match.start("family") + len(family)
            if len(_CONSONANT.findall(family.split()[0])) > _MAX_SURNAME_CONSONANTS:
                family, end = None, match.start("given") + len(given)
            elif not cut and (second := _second_surname(reading, end, heads, org_starts, position_starts)):
                family, end = family + " " + second.group("second"), second.end("second")
        if len(given) < 2 or given.startswith(NOT_SURNAME[:8]) or given.startswith(NOT_GIVEN_NAME):
            continue
        if _COMPANY_AFTER.match(text, end) or _COMPANY_AFTER.match(text, match.end("given")):
            continue
        if match.group("hon").startswith("ทนาย") and (
                not family or len(_CONSONANT.findall(given)) > _LAWYER_MAX_CONSONANTS or given.startswith(NOT_SURNAME)):
            continue
        honorifics = tuple(h for h in re.split(r"[ \t]+", _split_honorifics(match.group("hon"))) if h)
        if family and len(family) >= 2:
            name = f"{given} {family}"
            known.setdefault(given, name)
            reading.persons.append(PersonMention(match.start(), end, name, honorifics, True))
        elif given in known:
            reading.persons.append(PersonMention(match.start(), end, known[given], honorifics, False))
    reading.persons = sorted(reading.persons + _called_khun(reading, position_starts) + _monks(reading, position_starts),
                             key=lambda p: p.start)
    for person in reading.persons:
        reading.mention("person", person.start, person.end, person.name, " ".join(person.honorifics))
        if person.full:
            _add_person(reading, person)


# คุณ (the polite "Khun") before a name: the companies' and the banks' people, and officials in some releases
# ("คุณธริศรา ธนจิราดลสุข ผู้ช่วยผู้อำนวยการฝ่าย…"). คุณ also opens words (คุณภาพ, quality; คุณค่า, value) and kin
# (คุณแม่, mother): a name is read only where it is a given name and a surname with the person's title right after.
_KHUN = re.compile(rf"(?<![.])คุณ(?!หญิง|ภาพ|ค่า|ธรรม|สมบัติ|ลักษณะ|ประโยชน์|ูปการ|วุฒิ|ความ|งาม|แม่|พ่อ|ครู|ตา|ยาย"
                   rf"|ป้า|ลุง|น้า|หมอ|พระ|ท่าน)[ \t]?(?P<given>{_NAME_START}{_THAI_RUN}+)[ \t]{{1,2}}(?P<family>{_NAME_START}{_THAI_RUN}+)")


# A monk is named by his ecclesiastical title-name, written as one word (พระครูสิริรัตนานุกูล, พระธรรมรัตนากร,
# สมเด็จพระมหาธีราจารย์), his lay name in brackets after it maybe ("พระครูสิริจันทประโชติ (คงเดช)"): read as a person only
# with a monk's post right after it (เจ้าอาวาสวัด…, เจ้าคณะ…), the name as written. Monks as a class (พระสงฆ์, พระภิกษุ)
# and a name of two words (a title and the monk's Pali name) are left alone. (The name may be written on to a word
# that opens it: "นำโดยพระครู…", "และพระครู…", "นมัสการพระครู…".)
_MONK = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=โดย|และ|จาก|ของ)|(?<=กับ|แก่)|(?<=นมัสการ))(?:สมเด็จ)?พระ(?!สงฆ์|ภิกษุ|ภิกษุณี|บรม|เจ้า|องค์)[\u0e01-\u0e4e]{4,40}"
                   r"(?=(?:[ \t]*\([^()\n]{1,30}\))?[ \t]{1,2}(?:รอง|ผู้ช่วย)?(?:เจ้าอาวาส|เจ้าคณะ))")


def _monks(reading: Reading, position_starts: set[int]) -> list[PersonMention]:
    if "เจ้าอาวาส" not in reading.text and "เจ้าคณะ" not in reading.text:
        return []
    found, taken = [], [(p.start, p.end) for p in reading.persons]
    for match in _untaken(_MONK.finditer(reading.text), taken):
        if _BRIDGE.match(reading.text, match.end()).end() in position_starts:
            found.append(PersonMention(match.start(), match.end(), match.group(), (), True))
    return found


def _called_khun(reading: Reading, position_starts: set[int]) -> list[PersonMention]:
    found, taken = [], [(p.start, p.end) for p in reading.persons]
    for match in _KHUN.finditer(reading.text):
        given, family = match.group("given"), match.group("family")
        if _cut_at_title(given, _TITLE_HEADS)[1] or given.startswith((*NOT_SURNAME, *NOT_GIVEN_NAME)) \
                or family.startswith(NOT_SURNAME) or family in NOT_SURNAME_WORDS \
                or any(s < match.end() and match.start() < e for s, e in taken) \
                or re.match(_THAI_RUN, reading.text[match.start() - 1:match.start()]) \
                and not _CONNECTIVE_BEFORE.search(reading.text, max(0, match.start() - 8), match.start()):
            continue        # (written on to a word: ขอบคุณ, thanks; on to "and" or "with", a name)
        family, _ = _cut_at_title(family, _TITLE_HEADS)
        end = match.start("family") + len(family)
        if len(family) < 2 or re.compile(r"[ \t]*").match(reading.text, end).end() not in position_starts:
            continue
        found.append(PersonMention(match.start(), end, f"{given} {family}", ("คุณ",), True))
    return found


# A married woman's two surnames, her own and her husband's ("นางวันดี กุญชรยาคง จุลเจริญ นายกสมาคม…"), or a
# name of three parts: a third word written between the surname and the title right after it is the name's
_SECOND_SURNAME = re.compile(rf"[ \t]{{1,2}}(?P<second>{_NAME_START}{_THAI_RUN}{{2,20}})[ \t]{{1,2}}")


def _second_surname(reading: Reading, end: int, heads: tuple[str, ...], org_starts: set[int],
                    position_starts: set[int]) -> re.Match[str] | None:
    """The third part of a name at ``end``, where a title begins right after it; not a word of the sentence
    (a verb, a connective, อดีต: a former post, พ้นจากตำแหน่ง: leaves the post), a title word, an honorific or a
    body's name."""
    match = _SECOND_SURNAME.match(reading.text, end)
    if match is None or match.end() not in position_starts or match.start("second") in org_starts:
        return None
    word = match.group("second")
    if "ตำแหน่ง" in word or word.startswith(NOT_SURNAME) or word in NOT_SURNAME_WORDS or _any_head(heads).search(word) \
            or _person_regex().match(word) or _GLUED_VERB.search(word) or word in _dictionary():
        return None     # (a word of the dictionary: "เลขานุการ รมว.…", "ดำรงตำแหน่ง ผู้ว่าการ…")
    return match


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """Thai words of the dictionary pythainlp ships (offline): few surnames are among them."""
    from pythainlp.corpus import thai_words
    return frozenset(thai_words())


# Words that usually go on with the sentence after a given name ("นายสมชาย พร้อมด้วย…", "…ยังกล่าวว่า")
# but also begin surnames: พร้อมพันธุ์, จึงรุ่งเรืองกิจ, ยังตรง, นำพูลสุขสันติ์, ของทิพย์, ประจำวงษ์, กรมดิษฐ์
_SURNAME_OPENERS = ("พร้อม", "จึง", "ยัง", "นำ", "ของ", "ประจำ", "กรม", "มุ่ง", "ร่วม")
# …and what after such a word still goes on with the sentence: พร้อมด้วย, พร้อมกับ, พร้อมคณะ, นำทีม …
_NEXT_WORD = re.compile(r"[ \t]+(\S+)")
_SENTENCE_GOES_ON = ("ด้วย", "กับ", "ทั้ง", "กัน", "คณะ", "ภริยา", "ภรรยา", "สามี", "พวก", "ทีม", "นี้", "นั้น")


def _opens_a_surname(text: str, family: str, end: int, heads: tuple[str, ...]) -> bool:
    """``นายเอกนัฏ พร้อมพันธุ์ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม``: a run after a given name that begins
    with a word like พร้อม or จึง is the surname where the person's title follows it, set apart
    by a space, the way the genre introduces an official. Text of the sentence (พร้อมด้วย …,
    ยังกล่าวว่า) is not, whatever follows it."""
    opener = next((w for w in _SURNAME_OPENERS if family.startswith(w)), None)
    if opener is None or "ว่า" in family:
        return False
    rest = family[len(opener):]
    if len(rest) < 2 or rest.startswith(NOT_SURNAME) or rest.startswith(_SENTENCE_GOES_ON) \
            or _any_head(heads).search(family):
        return False
    after = _NEXT_WORD.match(text, end)
    return bool(after) and after.group(1).startswith((*heads, *HEAD_ABBREVIATIONS))


@lru_cache(maxsize=4)
def _any_head(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, heads)))


def _cut_at_title(word: str, heads: tuple[str, ...]) -> tuple[str, bool]:
    """A name glued to the title after it (``อินทุสุตเลขาธิการ``) ends where the title starts:
    at the first title word in it (which title is tried first must not matter)."""
    head = _any_head(heads).search(word, 2)
    return (word[:head.start()], True) if head else (word, False)


# the longest honorific a run starts with (an alternation takes the first of its words that matches)
_LEADING_HONORIFIC = re.compile("|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True)))


def _split_honorifics(run: str) -> str:
    """``ศาสตราจารย์กิตติคุณ ดร.`` → the honorifics, each kept apart."""
    parts, rest = [], run.strip()
    while rest:
        head = _LEADING_HONORIFIC.match(rest)
        if head is None:
            break
        parts.append(head.group())
        rest = rest[head.end():].lstrip()
    return " ".join(parts)


def _add_person(reading: Reading, mention: PersonMention) -> None:
    people = reading.extraction.people
    current = people.get(mention.name)
    nickname = _NICKNAME.search(reading.text, max(0, mention.start - 20), mention.start)
    variants = set(current.variants if current else ())
    if nickname:
        variants.add(nickname.group(1))
    honorifics = tuple(dict.fromkeys((*(current.honorifics if current else ()), *mention.honorifics)))
    people[mention.name] = Person(mention.name, honorifics, tuple(sorted(variants)))
    reading.evidence(("person", mention.name), mention.start, mention.end)


# --- posts -------------------------------------------------------------------

# Between a name and its title: nothing, a nickname or the name in Latin letters in brackets ("นายหาน จื้อเฉียง
# (H.E. Mr. Han Zhiqiang) เอกอัครราชทูต…"), "ในฐานะ" (as), or the words of an appointment list
# ("นายวิชัย ทองดี ให้ดำรงตำแหน่งเลขานุการรัฐมนตรี…", "… ข้าราชการพลเรือนสามัญ ตำแหน่ง ผู้อำนวยการกอง…", laid out with spaces).
# (not "ดำรงตำแหน่ง" written on to the title, as a story tells who held an office once: "ทักษิณ ชินวัตร ดำรงตำแหน่งนายกรัฐมนตรี")
_BRIDGE = re.compile(r"[ \t]*(?:\((?:[^()\n]{1,30}|[^()\n\u0e00-\u0e7f]{31,80})\)[ \t]*)?(?:ในฐานะ[ \t]?|(?:ข้าราชการ(?:พลเรือนสามัญ|การเมือง)[ \t]*)?"
                     r"(?:ตำแหน่ง[ \t]*|ให้(?:ไป)?ดำรงตำแหน่ง[ \t]*|ดำรงตำแหน่ง[ \t]+))?")
# Between two titles of one person: and / as well as / who is.
_AND = re.compile(r"[ \t]*(?:และ|รวมทั้ง|ในฐานะ|ซึ่งเป็น|ซึ่งดำรงตำแหน่ง|เป็น)[ \t]*|[ \t]*\([^()\n]{1,20}\)[ \t]*")


def _attach_posts(reading: Reading) -> None:
    text = reading.text
    by_start = {p.start: p for p in reading.positions}
    used: set[int] = set()
    titled: set[int] = set()            # persons with a title of their own right after the name
    first_titles: dict[int, PositionMention] = {}
    for person in reading.persons:
        bridge = _BRIDGE.match(text, person.end)
        position = by_start.get(bridge.end()) if bridge else None
        while position is not None:
            _add_post(reading, person, position)
            used.add(position.start)
            titled.add(person.start)
            first_titles.setdefault(person.start, position)
            link = _AND.match(text, position.end)
            after = by_start.get(link.end()) if link else None
            if after is None:       # "รองอธิบดีกรมประมง รักษาราชการแทนอธิบดีกรมประมง": an acting title goes on
                acting = by_start.get(re.compile(r"[ \t]*").match(text, position.end).end())
                after = acting if acting is not None and acting.acting else None
            if after is None:       # "รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้าน…", "เจ้าคณะตำบล… เจ้าอาวาสวัด…": so do
                #                     a mission group's head and a monk's posts
                follower = by_start.get(_BETWEEN_TWO_TITLES.match(text, position.end).end())
                after = follower if follower is not None and follower.title.startswith(_TITLES_AFTER_A_TITLE) else None
            position = after
    # a title standing right before a name nobody else holds it for: "ปลัดกระทรวงมหาดไทย นายสุทธิพงษ์";
    # not the tail of a longer title glued to a word before it ("เลขานุการ|รัฐมนตรีว่าการ…"), nor to a
    # name with its own title after it (the title then ends the previous person's words)
    person_starts = {p.start: p for p in reading.persons}
    person_ends = {p.end for p in reading.persons}
    position_ends = {p.end for p in reading.positions}
    for position in reading.positions:
        if position.start in used or re.match(_THAI_RUN, text[position.start - 1:position.start]):
            continue
        gap = re.match(r"[ \t]*", text[position.end:])
        person = person_starts.get(position.end + (gap.end() if gap else 0))
        if person is not None and person.start not in titled \
                and _opens_clause(reading, position.start, person_ends, position_ends):
            _add_post(reading, person, position)
    _holders_in_brackets(reading, used, titled)
    _share_listed_titles(reading, first_titles, titled)


# The genre names an office and then its holder in brackets: "รัฐมนตรีว่าการกระทรวงคมนาคม (นายศักดิ์สยาม ชิดชอบ)",
# "รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงสาธารณสุข (นายอนุทิน ชาญวีรกูล) เป็นประธาน" (both titles his).
_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")
# …not where the one in brackets stands in for the office holder: "ผู้แทนรัฐมนตรีว่าการ… (นาย…)"
_ON_BEHALF_BEFORE = re.compile(r"(?:ผู้แทน|แทน|ผู้ช่วย|เลขานุการ|ที่ปรึกษา|อดีต)[ \t]*$")


def _holders_in_brackets(reading: Reading, used: set[int], titled: set[int]) -> None:
    text = reading.text
    person_starts = {p.start: p for p in reading.persons if p.full}
    by_end = {p.end: p for p in reading.positions}
    for position in reading.positions:
        if position.start in used:
            continue
        bracket = _OPEN_BRACKET.match(text, position.end)
        person = person_starts.get(bracket.end()) if bracket else None
        if person is None or person.start in titled or not _CLOSE_BRACKET.match(text, person.end):
            continue
        held = [position]       # titles joined to this one by "and" before it are the same person's
        while (before := next((p for end, p in by_end.items() if end <= held[-1].start
                               and _AND.fullmatch(text, end, held[-1].start)), None)) and before.start not in used:
            held.append(before)
        if _ON_BEHALF_BEFORE.search(text, max(0, held[-1].start - 12), held[-1].start):
            continue
        for title in reversed(held):
            _add_post(reading, person, title)
            used.add(title.start)


# Posts several people hold at once: deputies, assistants, inspectors, advisors, vice-presidents, members.
_SHARED_TITLES = ("รอง", "ผู้ช่วย", "ผู้ตรวจราชการ", "ที่ปรึกษา", "อุปนายก", "กรรมการ", "รัฐมนตรีช่วยว่าการ", "ผู้ทรงคุณวุฒิ")
# Between two names of a list that shares one title: spaces (a zero-width one too), a comma, and.
_NAME_GAP = re.compile(r"[ \t\u200b]*(?:,|และ)?[ \t\u200b]*")


def _share_listed_titles(reading: Reading, first_titles: dict[int, PositionMention], titled: set[int]) -> None:
    """Names written one after another with one title after the last hold that title each, where several may
    hold it: "นางกุลทรัพย์ ชื่นโกสุม นางปวีณ์ริศา เกิดสม และนางวรสุดา รัตนสุคนธ์ อุปนายกสมาคมแม่บ้านมหาดไทย" (a name
    with a title of its own ends the list; "… นายสด แดงเอียด นายพนมบุตร จันทรโชติ อธิบดีกรมศิลปากร" is the last
    name's, one department having one director-general)."""
    text = reading.text
    persons = sorted((p for p in reading.persons if p.full), key=lambda p: p.start)
    by_end = {p.end: p for p in persons}
    for holder in persons:
        position = first_titles.get(holder.start)
        if position is None or not position.title.startswith(_SHARED_TITLES):
            continue        # a post one person holds at a time (อธิบดี…, ปลัดกระทรวง…) is the last name's alone
        current = holder
        while True:
            before = next((p for end, p in by_end.items() if end < current.start and _NAME_GAP.fullmatch(text, end, current.start)), None)
            if before is None or before.start in titled:
                break
            _add_post(reading, before, position)
            current = before


# A title stands before its holder's name where it opens a clause ("เปิดเผยว่า ปลัดกระทรวง… นาย…",
# "ร่วมงาน ปลัดกระทรวง… นาย…"), not where it ends the words of the person before: right after that
# person's name or title, after a third part of that name ("นายดำรงค์ สิริวิชย อิ่มวิเศษ รองผู้ว่าราชการ…
# นางสาว…"), after a title word ("เลขานุการ รมว.อว. ดร.…") or a name written on to its honorific.
_SAYS = re.compile(r"(?:ว่า|โดย|และ|ด้วย)$")
# …or after a title on a parliamentary committee, which the finders do not read ("รองประธานคณะกรรมาธิการการอุตสาหกรรม
# สมาชิกสภาผู้แทนราษฎร จ.ลพบุรี พันเอก …": both the member's before)
_STANDING_COMMITTEE_TITLE = re.compile(r"(?:รอง|ผู้ช่วย)?(?:ประธาน|เลขานุการ|โฆษก|ที่ปรึกษา)?(?:คณะ)?(?:อนุ)?กรรมาธิการ")
_HOLDER_WORD = re.compile(r"(?:เลขานุการ|ผู้ช่วย|รอง|ที่ปรึกษา|ประธาน|กรรมการ|หัวหน้า|ผู้อำนวยการ|อธิบดี|ปลัด|เลขาธิการ)$")


def _opens_clause(reading: Reading, start: int, person_ends: set[int], position_ends: set[int]) -> bool:
    text = reading.text
    before = text[max(0, start - 60):start].rstrip(" \t")
    end = start - (len(text[max(0, start - 60):start]) - len(before))
    if not before or not re.match(_THAI_RUN, before[-1]):
        return True
    if end in person_ends or end in position_ends:
        return False
    word = re.search(r"[^\s]+$", before).group()
    word_start = end - len(word)
    if _HOLDER_WORD.search(word) or _person_regex().search(word) or _STANDING_COMMITTEE_TITLE.match(word):
        return False
    if word.startswith(NOT_SURNAME) or word in NOT_SURNAME_WORDS or _SAYS.search(word):
        return True                     # a verb or connective, no part of a name: "เปิดเผยว่า", "ร่วมงาน"
    previous = text[max(0, word_start - 60):word_start].rstrip(" \t")
    return (word_start - (len(text[max(0, word_start - 60):word_start]) - len(previous))) not in person_ends


def _add_post(reading: Reading, person: PersonMention, position: PositionMention) -> None:
    post = Post(person=person.name, title=position.title, org=position.org, acting=bool(position.acting))
    if post not in reading.extraction.posts:
        reading.extraction.posts.append(post)
        reading.evidence(post, person.start, position.end)
    if position.org:
        reading.extraction.named.add(position.org)


# --- English-language releases ---------------------------------------------------
# People are written in Latin script after their titles ("Prime Minister and Defense Minister
# Gen. Prayut Chan-o-cha", "Government Spokesperson Thanakorn Wangboonkongchana") or before
# them ("Mr. Somchai Jaidee, Director-General of the Department of Lands"). The name stays in
# Latin script (the gold lists it as a variant of the Thai name); the post is the Thai title.

# Two to four parts ("Lee Hsien Loong", "Geoffrey Quinton Mitchell Doidge"), lower case letters with
# diacritics too ("Andrej Babiš"); which parts really are the name is settled by _english_name.
_EN_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f"
_EN_PART = rf"[A-Z][{_EN_LOWER}]+(?:-[{_EN_LOWER}]+)*"
_EN_NAME = rf"(?!Prime |Minister |Deputy |Awards? |Herbal ){_EN_PART}(?: {_EN_PART}){{1,3}}(?![A-Za-z{_EN_LOWER}-])"
_EN_RANKS = r"(?:(?:Pol\. |Lt\. |Air Chief Marshal |ACM |Adm\. )?(?:Gen|Mr|Mrs|Ms|Miss|Dr|Col|Maj|Capt)\.?[ \t])*"
_EN_TITLE = (r"(?:Deputy )?Prime Minister|(?:Deputy )?Government Spokes(?:person|man|woman)"
             r"|Minister of (?:the )?[A-Z][a-z]+(?:,? (?:and )?[A-Z][a-z]+){0,4}|(?:[A-Z][a-z]+ ){1,3}Minister|Minister")
# "Deputy Minister of X" opens the titles only: "… Interior Theerarat S. and Deputy Minister of Defense Gen. …"
# must not read as one run of titles swallowing the first name
_EN_TITLED_PERSON = re.compile(rf"(?P<titles>(?:Deputy (?=Minister of ))?(?:{_EN_TITLE})(?:,? and (?:{_EN_TITLE}))*)[ \t]+{_EN_RANKS}(?P<name>{_EN_NAME})")
_EN_PERSON_TITLED = re.compile(rf"(?:Mr|Mrs|Ms|Dr)\.[ \t](?P<name>{_EN_NAME}),[ \t]"
                               r"(?P<head>(?:Deputy )?(?:Director-General|Permanent Secretary)) (?:of|for) (?:the )?")
_EN_FOREIGN = re.compile(r",? of (?:the )?[A-Z]")
_EN_HEADS = {"Director-General": "อธิบดี", "Deputy Director-General": "รองอธิบดี",
             "Permanent Secretary": "ปลัด", "Deputy Permanent Secretary": "รองปลัด"}


@lru_cache(maxsize=4)
def _ministries_in_english(gazetteer) -> dict[str, str]:
    """"defense" → key of กระทรวงกลาโหม: a ministry by the words after "Ministry of"."""
    index = {}
    for key, org in gazetteer.agencies.items():
        if org.kind == "ministry" and org.name_en and org.name_en.startswith("Ministry of "):
            index[_english_words(org.name_en.removeprefix("Ministry of "))] = key
    return index


def _english_words(words: str) -> str:
    words = words.lower().removeprefix("the ").replace("defence", "defense").replace("labour", "labor")
    return re.sub(r"[ ,]+", " ", words).strip()


# Capitalised words that are no part of a person's name: the words of titles, bodies, documents and
# dates that run on after a title ("Prime Minister Office Thanakorn …", "Minister of Foreign Affairs
# Dato’ …", "Memorandum of Cooperation on Road Safety") and the short words of a headline ("… Is Getting …")
_EN_NOT_NAME = frozenset((
    "Affairs", "Office", "Section", "Centre", "Center", "Secretary", "General", "Permanent", "Republic", "Socialist",
    "Kingdom", "Government", "Ministry", "Department", "Embassy", "Economic", "Road", "Safety", "Science", "Research",
    "Operation", "Honourable", "Right", "Excellency", "Highness", "Royal", "Minister", "President", "Prime", "Deputy",
    "National", "International", "Council", "Committee", "Cabinet", "Award", "Awards", "Day", "Days", "Summit",
    "Meeting", "Conference", "Thailand", "Thai", "Bangkok", "House", "Building", "Province",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "The", "And", "Of", "In", "On", "At", "To", "For", "With", "Is", "Are", "Was", "Were", "Has", "Have",
    "Over", "Also", "Will", "Not"))
# a verb of the report written on to the surname ("Wangboonkongchanadisclosed", "Chan-o-chawas pleased")
_EN_GLUED_VERB = re.compile(rf"(?<=[{_EN_LOWER}]{{3}})(?:disclosed|stated|revealed|explained|added|said)$"
                            rf"|(?<=-[{_EN_LOWER}]{{3}})was$")
# the lower case words of a title-case headline ("… Marks 90 Days in Office with Policies under …")
_EN_SMALL_WORDS = frozenset(("with", "from", "into", "under", "over", "about", "upon", "after", "amid", "during",
                             "between", "than", "that", "this", "their", "and", "the", "of", "in", "on", "at",
                             "to", "for", "as", "by", "a", "an"))


_EN_CLAUSE = re.compile(r"(?:(?!Deputy |Minister|Prime |President|Spokes|Secretary|Director|Ambassador|Governor"
                        r"|(?:Gen|Mr|Mrs|Ms|Dr)\.)[^,;.:()?!\n]){0,200}")


def _english_name(text: str, start: int, name: str) -> tuple[str, int] | None:
    """The name (and where it ends) in the capitalised words read after or before a title: the parts up to
    a word that is no name, a verb written on to the last part cut off; None where fewer than two parts
    are left or the words around are a title-case headline, in which a name cannot be told from the
    words after it ("Prime Minister Paetongtarn Marks 90 Days in Office …")."""
    parts = []
    for part in name.split(" "):
        if part in _EN_NOT_NAME:
            break
        verb = _EN_GLUED_VERB.search(part)
        if verb:
            parts.append(part[:verb.start()])
            break
        parts.append(part)
    if len(parts) < 2:
        return None
    name = " ".join(parts)
    end = start + len(name)
    # the words up to the end of the clause or the next person's title ("… and Deputy Minister of …")
    clause = _EN_CLAUSE.match(text, end).group()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", clause) if w.lower() not in _EN_SMALL_WORDS]
    if len(words) >= 3 and all(w[0].isupper() for w in words[:8]):
        return None
    return name, end


_EN_TITLE_RE = re.compile(rf"(?:Deputy )?(?:{_EN_TITLE})")


def _english_titles(run: str) -> list[str]:
    """The titles of a run split at its "and"s; a piece that is no title on its own goes on the title
    before it ("Minister of Finance, and Samdech Moha Borvor Thipadei" is one title, of no ministry)."""
    titles: list[str] = []
    for piece in re.split(r",? and (?=[A-Z])", run):
        if titles and not _EN_TITLE_RE.fullmatch(piece):
            titles[-1] += " and " + piece
        else:
            titles.append(piece)
    return titles


def _find_people_in_english(reading: Reading) -> None:
    text = reading.text
    if "Minister" not in text and "Spokes" not in text and "Mr." not in text and "Ms." not in text:
        return
    for match in _EN_TITLED_PERSON.finditer(text):
        titles = _english_titles(match.group("titles"))
        posts = [_english_post(reading, title) for title in titles]
        if any(post is None and re.match(r"(?:Deputy )?Minister of ", title) for title, post in zip(titles, posts)):
            continue        # "Minister of Saudi Arabia Mohammed …": the title ran on into words of no ministry
        name = _english_name(text, match.start("name"), match.group("name"))
        if name is None:
            continue
        person = _add_english_person(reading, match.start("name"), *name)
        if _EN_FOREIGN.match(text, name[1]):
            continue                           # "Prime Minister Narendra Modi of India"
        for post in posts:
            if post:
                _add_post(reading, person, PositionMention(match.start(), match.end("titles"), *post))
    for match in _EN_PERSON_TITLED.finditer(text):
        org = reading.org_at(match.end())
        if org is None:
            continue
        title = compose_title(reading, _EN_HEADS[match.group("head")], org.key)
        if title:
            person = _add_english_person(reading, match.start("name"), match.group("name"), match.end("name"))
            _add_post(reading, person, PositionMention(match.start("name"), org.end, title, org.key))


def _add_english_person(reading: Reading, start: int, name: str, end: int) -> PersonMention:
    person = PersonMention(start, end, name, (), True)
    reading.persons.append(person)
    reading.mention("person", person.start, person.end, person.name)
    _add_person(reading, person)
    return person


def _english_post(reading: Reading, title: str) -> tuple[str, str | None] | None:
    """The Thai title (and its organisation) for an English one; None where it names no post."""
    title = title.removeprefix("The ").removeprefix("Thai ")
    if title.endswith("Prime Minister"):      # "Japanese Prime Minister …" holds no Thai post
        return {"Prime Minister": ("นายกรัฐมนตรี", None), "Deputy Prime Minister": ("รองนายกรัฐมนตรี", None)}.get(title)
    if "Spokes" in title:
        office = "opm" if "opm" in reading.gazetteer.agencies else None
        head = "รองโฆษกประจำ" if title.startswith("Deputy") else "โฆษกประจำ"
        return (compose_title(reading, head, office), office) if office else None
    deputy = title.startswith("Deputy Minister of ")      # "Deputy Minister of Commerce": รัฐมนตรีช่วยว่าการ
    title = title.removeprefix("Deputy ") if deputy else title
    words = title.removeprefix("Minister of ") if title.startswith("Minister of ") else title.removesuffix(" Minister")
    ministry = _ministries_in_english(reading.gazetteer).get(_english_words(words))
    if ministry is None:
        return None
    head = "รัฐมนตรีช่วยว่าการกระทรวง" if deputy else "รัฐมนตรีว่าการกระทรวง"
    return compose_title(reading, head, ministry), ministry
