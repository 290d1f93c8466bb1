"""Bodies outside the state that name themselves: foundations, associations, federations, clubs, community
enterprises, provincial chambers of commerce, banks, and the United Nations' bodies and their offices in Thailand.

A foundation is ``มูลนิธิ`` and its name (``มูลนิธิกระจกเงา``), an association ``สมาคม`` and its name
(``สมาคมแม่บ้านมหาดไทย``); the name ends where the words stop (a space, a bracket) or where prose is
written on to it (``มูลนิธิออมสินมอบให้…`` is มูลนิธิออมสิน). The words after the head must make a name:
a word of prose or a kind right after it (``มูลนิธิต่างๆ``, ``สมาคมฯ``, ``ชมรมที่…``), or one word
that only says who the members are (``สมาคมกีฬา``), is none.

A United Nations body ends with ``แห่งสหประชาชาติ`` (``กองทุนประชากรแห่งสหประชาชาติ``); its office in
Thailand (``… (UNFPA) ประจำประเทศไทย``) is a unit of it. All of them stand outside the state: no parent
in government (tests/ANNOTATION.md), a unit only under its own body.

Three kinds of state body name themselves the same way and are read here too: the Damrongdham centres of a
province or district, the national committees (``คณะกรรมการ…แห่งชาติ``) and the prisons of the Department of
Corrections (``เรือนจำกลางบางขวาง``, ``ทัณฑสถานหญิงสงขลา``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import FOREIGN_COUNTRIES, HONORIFICS, Gazetteer
from ...normalize import match_key
from ..reading import OrgMention, Reading
from .unit_names import _starts_prose, _words     # one tokenizer cache for every finder

_THAI = r"[\u0e01-\u0e4e]"
# head word → kind (ontology/REFERENCE.md "Kinds")
_HEADS = {"มูลนิธิ": "foundation", "สมาคม": "association", "สมาพันธ์": "association", "สหพันธ์": "association",
          "ชมรม": "association",
          # a community enterprise registered by its members ("วิสาหกิจชุมชนบ้านริมคลองโฮมสเตย์"), a body of its own
          "วิสาหกิจชุมชน": "outside", "กลุ่มวิสาหกิจชุมชน": "outside"}
# Words a head may be written on to: connectives and the titles of the body's officers.
_GLUE = ("และ", "กับ", "ของ", "จาก", "โดย", "ให้", "แก่", "ที่", "ใน", "ร่วมกับ", "ได้แก่", "คือ", "เช่น", "อาทิ", "ถึง",
         "ต่อ", "ทั้ง", "ว่า", "ซึ่ง", "เป็น", "นายก", "อุปนายก", "ประธาน", "รองประธาน", "เลขาธิการ", "กรรมการ",
         "ผู้อำนวยการ", "ที่ปรึกษา", "เหรัญญิก", "สมาชิก", "ผู้แทน", "ผู้ก่อตั้ง", "ผู้จัดการ", "ประชุม", "การประชุม",
         "ภายใต้", "สังกัด")
# (not "สหพันธ์สาธารณรัฐเยอรมนี", a country); a hyphen may join two words of a name ("เอเชีย-โอเชียเนีย")
_HEAD_RE = re.compile(r"(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")(?!ฯ|สาธารณรัฐ)((?:" + _THAI
                      + r"|-(?=" + _THAI + r")){2,80})")
# What a name goes on with after a space: its country ("สมาคมสิ่งประดิษฐ์ สาธารณรัฐประเทศจีน"), "แห่งประเทศไทย",
# "(ประเทศไทย)".
_COUNTRY_AFTER = re.compile(r"[ \t]?(?:(?:สาธารณรัฐ|ราชอาณาจักร|แห่ง)" + _THAI + r"{2,30}|\(ประเทศไทย\))(?![\u0e01-\u0e4e])")
# A ministry's short form after an association's name names whose it is: "สมาคมแม่บ้าน มท." is สมาคมแม่บ้านมหาดไทย.
_MINISTRY_SHORT_AFTER = re.compile(r"[ \t]?([\u0e01-\u0e4e]{1,3}\.(?:[\u0e01-\u0e4e]{1,3}\.)?)")
# A royal patronage written after the name belongs to it: "… ในพระบรมราชูปถัมภ์", "… ในพระราชินูปถัมภ์".
_PATRONAGE = re.compile(r"[ \t]?ในพระ" + _THAI + r"{0,14}ปถัมภ์")
# Words no community enterprise's name starts with (the tokenizer keeps some whole: "ที่อยู่", "ในการ").
_CLAUSE_START = ("ที่", "ใน", "ต่าง", "ทั่ว", "ทุก", "และ", "หรือ", "ของ", "จำนวน", "เหล่า", "สามารถ", "ได้", "จะ", "มี", "เป็น")
# The words that end a name written on to prose, and the words that make the head a kind, not a name.
_STOP_WORDS = frozenset("""
จึง จะ นั้น นี้ ที่ ซึ่ง เพื่อ ใน กับ แก่ แต่ ก็ ด้วย จาก โดย ยัง คือ ว่า เมื่อ ขณะ ตาม ต่อ ถึง สู่ และ หรือ ของ
ไป มา ไว้ ได้ ให้ แล้ว อยู่ เป็น มี ต้อง อาจ ควร เคย กว่า เพียง ทั้ง ทุก หลาย อื่น อื่นๆ ใด กำลัง ยืนยัน เรียกร้อง
พบ หารือ ขอรับ แจ้ง ระบุ เผย ชี้ ชี้แจง ร้องเรียน ยื่น จำนวน รวม ราย กำหนด อย่าง ใช้
เหล่านี้ ดังกล่าว อัน สำหรับ ระหว่าง ภายใน เช่น รวมทั้ง พร้อม พร้อมทั้ง พร้อมด้วย อีก
รับ ส่ง นำ เปิด จัด ร่วม ออก เข้า มอบ กล่าว เปิดเผย แถลง ขอ ขอบคุณ เสนอ ประกาศ ลงนาม ได้รับ คว้า จัดงาน
ต่าง ต่างๆ ฯ แห่งนี้ ดังนี้ เอง นั่น ทำ ช่วย ดูแล มุ่ง เดินทาง เข้าร่วม เยี่ยม ประชุม สัญจร ส่วนกลาง
""".split())
_LONG_STOP_WORDS = tuple(sorted((w for w in _STOP_WORDS if len(w) >= 4), key=len, reverse=True)) \
    + ("จัด", "มอบ", "รับ", "ได้", "เป็น", "ให้", "ขอ", "คว้า", "ทำ")   # verbs the tokenizer keeps with their object ("จัดกิจกรรม")
# A name of which the last word is one of these runs on into the sentence: cut it.
_DANGLING = frozenset("แห่ง ทั่ว บาง และ หรือ ของ ใน ภาค การ ความ".split())
# A name that runs into these is a kind of body, not one: "สมาคมศิลปินพื้นบ้านภาคต่างๆ", "ชมรมผู้สูงอายุทุกแห่ง".
_KIND_AFTER = frozenset("ต่าง ต่างๆ ทั้ง ทุก หลาย เหล่านี้ ดังกล่าว อื่น อื่นๆ ใด จำนวน รวม ราย".split())
# The one word of a name that only says what kind of members it has: "สมาคมกีฬา", "ชมรมผู้สูงอายุ".
_KIND_WORDS = frozenset("""กีฬา ผู้สูงอายุ ธุรกิจ ภาคธุรกิจ วิชาชีพ การค้า ผู้ประกอบการ ท้องถิ่น ชาวบ้าน แม่บ้าน เกษตรกร ศิษย์เก่า
ผู้ปกครอง นักศึกษา นักเรียน ครู ผู้ปกครอง ชุมชน เยาวชน สตรี ผู้พิการ คนพิการ อาสาสมัคร แรงงาน วิชาการ ธนาคาร ประมง
ท่องเที่ยว โรงแรม ภาพยนตร์ ศิลปิน ข้าราชการ ผู้ส่งออก ผู้นำเข้า ผู้ผลิต ชาวนา ชาวประมง เอกชน พัฒนา นักข่าว ผู้สื่อข่าว""".split())
# After เพื่อ, whom or what a body is for ("เพื่อคนพิการ", "เพื่อการศึกษา"), not what it did next.
_FOR_WHOM = ("คน", "เด็ก", "ผู้", "สังคม", "ชุมชน", "สิทธิ", "สุขภาพ", "การศึกษา", "การกุศล", "ส่งออก", "สตรี", "เยาวชน",
             "ความ", "ชีวิต", "สันติ", "ประชา", "สาธารณ", "แรงงาน", "สิ่งแวดล้อม", "มวล", "การ", "อุตสาหกรรม", "เกษตร")
# After และ, the start of another body or of a person, or the holder's second title (an officer's: "อุปนายกสมาคมแม่บ้าน
# มหาดไทยและประธานชมรมแม่บ้านกรมที่ดิน", pos22's study: the title and the body ran on into "และประธาน"): the name ends before และ.
# (not ที่ปรึกษา, a word of names: "สมาคมตัวแทนประกันชีวิตและที่ปรึกษาการเงิน")
_NEXT_BODY = ("มูลนิธิ", "สมาคม", "สมาพันธ์", "สหพันธ์", "ชมรม", "กรม", "กระทรวง", "สำนัก", "ศูนย์", "สถาบัน", "องค์การ",
              "บริษัท", "ธนาคาร", "สภา", "หน่วยงาน", "ภาคี", "เครือข่าย", "นาย", "นาง", "ผู้", "ประชาชน", "เจ้าหน้าที่",
              "คณะ", "มหาวิทยาลัย", "โรงพยาบาล", "โรงเรียน", "วัด", "ภาค", "ประเทศ", "องค์กร", "สันนิบาต", "ชุมนุม", "กองทุน",
              "วิทยาลัย", "ประธาน", "รองประธาน", "อุปนายก", "เลขาธิการ", "เหรัญญิก", "กรรมการ")
_UN = re.compile(r"(?:องค์การ|กองทุน|โครงการ|สำนักงาน|คณะกรรมาธิการ|ศูนย์(?!ประชุม|การประชุม|กลาง)|สถาบัน)(?!ใหญ่)"
                 r"(?:(?!องค์การ|องค์กร|กองทุน|โครงการ|สำนักงาน|ของ)" + _THAI
                 + r"|[ \t](?=" + _THAI + r")){2,60}?(?P<of>แห่ง)?สหประชาชาติ(?!" + _THAI + ")")
_COUNTRY_OFFICE = re.compile(r"[ \t]*(?:\([A-Za-z\-. ]{2,20}\)[ \t]*)?ประจำประเทศไทย")
# The bodies every province (or district) has one of, named by the place: a provincial chamber of commerce
# ("หอการค้าจังหวัดเชียงใหม่"), a provincial federation of industries ("สภาอุตสาหกรรมจังหวัดระยอง", a member of the
# Federation of Thai Industries), a provincial farmers council (สภาเกษตรกร, Farmers Council Act B.E. 2553:
# "สภาเกษตรกรจังหวัดน่าน"), a culture council (สภาวัฒนธรรม, Culture Promotion Act B.E. 2553: "สภาวัฒนธรรมจังหวัดลำปาง",
# "สภาวัฒนธรรมอำเภอลับแล", "สภาวัฒนธรรมกรุงเทพมหานคร") and a children and youth council (สภาเด็กและเยาวชน, Child and
# Youth Development Promotion Act B.E. 2550), all outside the government; and the complaints centre the
# Ministry of Interior set up in every province and district (ศูนย์ดำรงธรรม), a unit of the province or the district
# ("ศูนย์ดำรงธรรมจังหวัดสมุทรสงคราม" under จังหวัดสมุทรสงคราม). The place must be a real one.
_PLACE_COUNCIL_KINDS = {"หอการค้า": "chamber", "สภาอุตสาหกรรม": "chamber", "สภาเกษตรกร": "association",
                        "สภาวัฒนธรรม": "association", "สภาเด็กและเยาวชน": "association", "ศูนย์ดำรงธรรม": "unit"}
_PROVINCE_ONLY_COUNCILS = ("หอการค้า", "สภาอุตสาหกรรม", "สภาเกษตรกร")
_PLACE_COUNCIL = re.compile(r"(?P<head>หอการค้า|สภาอุตสาหกรรม|สภาเกษตรกร|สภาวัฒนธรรม|สภาเด็กและเยาวชน|ศูนย์ดำรงธรรม)(?:(?P<level>จังหวัด|อำเภอ)[ \t]?(?P<place>"
                            + _THAI + r"{2,30})|(?P<bangkok>กรุงเทพมหานคร))")
# A limited partnership (ห้างหุ้นส่วนจำกัด, written short หจก.) is registered like a company and named by the word after
# its kind: "ห้างหุ้นส่วนจำกัด ศิลาเขาน้อย ตำบล…", "หจก.สามดีบริการ และ…". Its name has no closing word (a company's
# จำกัด), so it is taken only where something plainly ends it: the line, a mark, its place, a connective or verb, the
# next body. A name of several words ("ห้างหุ้นส่วนจำกัด แฮนด์ อิน แฮนด์") is not guessed; the kind alone ("บริษัทจำกัด
# หรือห้างหุ้นส่วนจำกัด)") or prose glued on to it ("ห้างหุ้นส่วนจำกัดประสงค์จะ…") names none.
_PARTNERSHIP = re.compile(r"(?:ห้างหุ้นส่วนจำกัด|หจก\.)(?P<space>[ \t]?)(?!โดย|ที่|ซึ่ง|และ|หรือ|ใน|ของ|ต่าง|ทุก|ทั้ง|จำนวน|เป็น|จะ|ได้|มี|นี้|ดังกล่าว|แห่ง)(?P<run>[\u0e01-\u0e4eA-Za-z0-9][\u0e01-\u0e4eA-Za-z0-9.&\-]{1,29})")
_PARTNERSHIP_END = re.compile(r"[ \t\xa0]*(?:$|\n|[,;:()\"“”]|(?:ตำบล|อำเภอ|จังหวัด|ต\.|อ\.|จ\.|และ|หรือ|โดย|ซึ่ง|ได้|ที่|เพื่อ|จาก|ใน"
                             r"|บริษัท|ห้างหุ้นส่วน|หจก\.|มอบ|ร่วม|เป็น|จะ|\d{1,2}[.)]))", re.M)
_PARTNERSHIP_COUNTRY = re.compile(r"[ \t]?\((?:ประเทศไทย|ไทยแลนด์|ไทย)\)")   # "… แพร่สักทองเฟอร์นิเจอร์ (ไทยแลนด์)"
_PARTNERSHIP_KIND = "ห้างหุ้นส่วนจำกัด"
_GLUED_NAME_MAX = 20    # a longer run glued on to the kind is a clause ("ห้างหุ้นส่วนจำกัดประกอบกิจการขายอาหารสัตว์…")
# A bank registered as a company: "ธนาคารกรุงศรีอยุธยา จำกัด (มหาชน)", "ธนาคารแสตนดาร์ดชาร์เตอร์ด (ไทย) จำกัด".
_BANK = re.compile(r"ธนาคาร(?:(?!จำกัด|ธนาคาร|บริษัท|กลุ่ม|[ \t]?และ[ \t])(?:[\u0e01-\u0e4eA-Za-z]|[ \t](?=[\u0e01-\u0e4e(])|\(ไทย\)|\(ประเทศไทย\))){2,50}?"
                   r"[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?")


# A prison or correctional institution of the Department of Corrections (กรมราชทัณฑ์, every one of them is its
# unit): its kind and the place it is named after ("เรือนจำกลางเชียงใหม่", "เรือนจำจังหวัดน่าน", "เรือนจำอำเภอไชยา",
# "เรือนจำพิเศษธนบุรี", "ทัณฑสถานหญิงสงขลา"), or a name of its own after a kind that says which institution it is
# ("เรือนจำกลางบางขวาง", "ทัณฑสถานวัยหนุ่มกลาง"). A bare "เรือนจำ…" is prose ("เรือนจำสีแดง", "เรือนจำทั่วประเทศ").
_PRISON = re.compile(r"(?P<kind>เรือนจำ(?P<level>กลาง|จังหวัด|อำเภอ|พิเศษ|ชั่วคราว)"
                     r"|ทัณฑสถาน(?:บำบัดพิเศษ|เกษตรอุตสาหกรรม|วัยหนุ่ม|หญิง|เปิด|โรงพยาบาล))[ \t]?(?P<run>" + _THAI + r"{2,40})")
_NEXT_PRISON = re.compile(r"เรือนจำ|ทัณฑสถาน")
_NOT_A_PRISON_NAME = ("เมือง", "กรุง", "ประเทศ", "แห่ง")     # a foreign city's prison, "เรือนจำกลางแห่งนี้"
_CORRECTIONS = "กรมราชทัณฑ์"


def _prisons(reading: Reading) -> list[OrgMention]:
    """Prisons and correctional institutions, each a unit of the Department of Corrections."""
    text, places = reading.text, reading.gazetteer.places
    parent = reading.gazetteer.find_by_name(_CORRECTIONS)
    found = []
    for match in _PRISON.finditer(text):
        kind, level = match.group("kind"), match.group("level")
        run = _NEXT_PRISON.split(match.group("run"))[0]      # "…เขาบินทัณฑสถานหญิงชลบุรี": the next one starts
        skipped = 0
        if level not in ("จังหวัด", "อำเภอ") and run.startswith("จังหวัด"):
            skipped, run = len("จังหวัด"), run[len("จังหวัด"):]     # "เรือนจำกลางจังหวัดตาก" is เรือนจำกลางตาก
        if level == "จังหวัด":
            known = places.province
        elif level == "อำเภอ":
            known = lambda name: places.districts.get(match_key(name))   # noqa: E731
        else:
            known = places.is_place
        words = _words(run)
        if words and words[0] in ("กรุงเทพ", "กรุงเทพฯ"):
            place, written = "กรุงเทพมหานคร", len(words[0])             # "เรือนจำพิเศษกรุงเทพฯ"
        else:
            place = _place_first(words, known)
            written = len(place) if place else 0
        if place is None and level not in ("จังหวัด", "อำเภอ") and _own_name(words, run, match.group("run"), known):
            place, written = run, len(run)
        if place is None:
            continue
        end = match.start("run") + skipped + written
        found.append(OrgMention(match.start(), end, reading.learn_organization(kind + place, "prison", parent), "named"))
    return found


# A vocational college of the Office of the Vocational Education Commission (สอศ., its parent): its kind and the place
# it is named after ("วิทยาลัยเทคนิคลำปาง", "วิทยาลัยอาชีวศึกษาเชียงราย", "วิทยาลัยการอาชีพนางรอง"), or a royal
# series and its place ("วิทยาลัยการอาชีพนวมินทราชินีมุกดาหาร"). A kind alone, a kind of college ("วิทยาลัยเทคนิคทั่วประเทศ",
# "วิทยาลัยอาชีวศึกษาเอกชน") and a name of its own (a private college's) are none; one where something takes place is a
# venue ("ณ วิทยาลัยเทคนิคน่าน").
_COLLEGE = re.compile(r"(?P<kind>วิทยาลัย(?:เทคนิค|อาชีวศึกษา|การอาชีพ|เกษตรและเทคโนโลยี|สารพัดช่าง|ช่างศิลป|พณิชยการ|ประมง"
                      r"|บริหารธุรกิจและการท่องเที่ยว))(?P<run>(?:" + _THAI + r"|-(?=" + _THAI + r")){2,40})")
_NOT_A_COLLEGE_NAME = ("เอกชน", "รัฐ", "ของ", "ใน", "ทั่ว", "ทุก", "ต่าง", "และ", "หรือ", "แห่ง", "ที่", "จังหวัด", "อำเภอ", "ต้นแบบ",
                       "นำร่อง", "เครือข่าย", "สังกัด", "ชั้น", "ระดับ", "กลุ่ม", "ภาค", "เพื่อ")
# (a hall or building may come first, with a name of its own: "ณ หอประชุมเฉลิมพระเกียรติ ร.9 วิทยาลัย…": up to three
# words after ณ or after a hall's word, none of which starts a list or a clause)
_VENUE_BEFORE = re.compile(r"(?:(?:^|[ \t])ณ|(?:^|[ \t(])ที่|ห้อง\S*|หอประชุม\S*|อาคาร\S*|บริเวณ|ภายใน)[ \t]*$"
                           r"|(?:(?:^|[ \t])ณ|ห้อง|หอประชุม|อาคาร)[ \t]?(?:(?!ได้แก่|โดย|และ|คือ|พร้อม|กับ)\S)+"
                           r"(?:[ \t](?:(?!ได้แก่|โดย|และ|คือ|พร้อม|กับ)\S)+){0,3}[ \t]*$")
_VOCATIONAL_OFFICE = "สำนักงานคณะกรรมการการอาชีวศึกษา"
# The colleges of a royal series are named by the series and their place ("วิทยาลัยการอาชีพนวมินทราชินีมุกดาหาร").
_ROYAL_SERIES = ("นวมินทราชินี", "กาญจนาภิเษก")


def _vocational_colleges(reading: Reading) -> list[OrgMention]:
    """Vocational colleges, each under the Office of the Vocational Education Commission."""
    text, places = reading.text, reading.gazetteer.places
    parent = reading.gazetteer.find_by_name(_VOCATIONAL_OFFICE)
    found = []
    for match in _COLLEGE.finditer(text):
        run = _COLLEGE.split(match.group("run"))[0] if _COLLEGE.search(match.group("run")) else match.group("run")
        if run.startswith(_NOT_A_COLLEGE_NAME) or _VENUE_BEFORE.search(text, max(0, match.start() - 60), match.start()):
            continue
        known = lambda name: places.is_place(name) or places.province(name)   # noqa: E731
        royal = next((r for r in _ROYAL_SERIES if run.startswith(r)), "")   # "…นวมินทราชินีมุกดาหาร": a series
        words = _words(run[len(royal):])
        place = _place_first(words, known)
        written = len(royal) + len(place) if place else 0
        place = royal + place if place else None
        if place is None:
            continue        # a name of its own is a private college's ("วิทยาลัยอาชีวศึกษาภาวนาโพธิคุณ"), not the state's
        end = match.start("run") + written
        found.append(OrgMention(match.start(), end, reading.learn_organization(match.group("kind") + place, "school", parent),
                                "named"))
    return found


def _place_first(words: tuple[str, ...], known) -> str | None:
    """The longest run of whole words that is a place, where prose (or nothing) follows it: "อุดรธานี" of
    "อุดรธานีได้…", but none in "แคน้อย" (แค is a place, น้อย goes on with it: a name of its own)."""
    for size in range(len(words), 0, -1):
        place = "".join(words[:size])
        if place not in _STOP_WORDS and known(place):
            rest = words[size:]
            return place if not rest or rest[0] in _STOP_WORDS or rest[0].startswith(_LONG_STOP_WORDS) else None
    return None


def _own_name(words: tuple[str, ...], run: str, written: str, known) -> bool:
    """Whether the letters after a prison's kind are a name of its own: the whole run of letters (a space or a
    stop after it), a few words, none of prose. Where the run opens with a real place, only a short word may go
    on with it ("แคน้อย", "ทุ่งเขน"): more is prose written on to the place ("แม่แตงต่อไป", "นครสวรรค์ระบาดเพิ่ม")."""
    opens_with_a_place = next((size for size in range(len(words) - 1, 0, -1) if known("".join(words[:size]))), None)
    if opens_with_a_place and (len(words) - opens_with_a_place > 1 or len(words[-1]) > 4):
        return False
    return run == written and 0 < len(words) <= 3 and not words[0].startswith(_NOT_A_PRISON_NAME) \
        and words[-1] not in _DANGLING and "แห่ง" not in words \
        and not any(w in _STOP_WORDS or w.startswith(_LONG_STOP_WORDS) for w in words)


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Candidates (start, -length, priority, mention) for the self-named bodies outside the state (and the
    prisons of the Department of Corrections, named the same way)."""
    found = _associations(reading) + _united_nations(reading) + _un_alone(reading) + _chambers(reading) + _banks(reading) + _sangha(reading) \
        + _national_committees(reading) + _prisons(reading) + _vocational_colleges(reading) + _latin_named(reading) \
        + _partnerships(reading) + _foreign_by_acronym(reading) + _foreign_ministries(reading) + _embassies_here(reading)
    return [(m.start, m.start - m.end, 2, m) for m in found]


# A ministry of another state, named with its country ("กระทรวงการต่างประเทศสาธารณรัฐประชาชนจีน", "กระทรวงพลังงาน
# แห่งราชอาณาจักรซาอุดีอาระเบีย", "กระทรวงการคลังสิงคโปร์"): that state's body, outside ours, whatever the words of
# its name share with a Thai ministry's; the polity or แห่ง/ของ before the country shows where the ministry's words end
# (a country glued straight on needs a ministry name the table knows: "กระทรวงการต่างประเทศได้หารือกับจีน" is prose).
FOREIGN_POLITY = r"(?:สหพันธ์)?(?:สาธารณรัฐ|ราชอาณาจักร)(?:ประชาธิปไตยประชาชน|ประชาชน|สังคมนิยม|อิสลาม)?"
_FOREIGN_MINISTRY = re.compile(
    r"กระทรวง(?P<run>(?:(?!กระทรวง|แห่ง|ของ|ไทย|สาธารณรัฐ|ราชอาณาจักร|สหพันธ์)[\u0e01-\u0e4e]){2,50}?)"
    r"(?P<link>[ \t]?(?:แห่ง|ของ)[ \t]?)?(?P<polity>" + FOREIGN_POLITY + r")?"
    r"(?P<country>" + "|".join(sorted(FOREIGN_COUNTRIES, key=len, reverse=True)) + r")")


_FOREIGN_TITLE_HEADS = ("ว่าการ", "รัฐมนตรี", "ปลัด", "เลขาธิการ", "อธิบดี")


def _foreign_ministries(reading: Reading) -> list[OrgMention]:
    text, gazetteer, found = reading.text, reading.gazetteer, []
    for match in _FOREIGN_MINISTRY.finditer(text):
        if text.endswith(_FOREIGN_TITLE_HEADS, max(0, match.start() - 20), match.start()):
            continue        # a foreign minister's title ("รัฐมนตรีว่าการกระทรวงพาณิชย์ของอินเดีย"): the post finder's, no Thai post
        ministry = "กระทรวง" + match.group("run")
        if not (match.group("polity") or (match.group("link") or "").strip()) \
                and gazetteer.agencies.get(gazetteer.find_by_name(ministry) or "") is None:
            continue        # a country glued on to words the table does not know as a ministry: prose
        if any(_starts_prose(word) for word in _words(match.group("run"))):
            continue        # "กระทรวงการต่างประเทศได้หารือกับจีน"
        after = text[match.end():match.end() + 12]
        if re.match(r"[\u0e01-\u0e4e]", after) and not _starts_prose(_words(after)[0]) \
                and not after.startswith(("และ", "กับ", "ว่าด้วย", "ประจำ", "ใน", "ที่", "เพื่อ", "โดย", "ได้", "ซึ่ง")):
            continue        # the country runs on into a longer word ("…จีนตอนใต้"): not the name's end
        name = re.sub(r"[ \t]+", " ", text[match.start():match.end()])
        found.append(OrgMention(match.start(), match.end(), reading.learn_organization(name, "foreign", None), "named"))
    return found


# A body abroad or above states that the article names in Thai and closes with its Latin acronym
# ("องค์การทรัพย์สินทางปัญญาโลก (WIPO)", "สถาบันเทคโนโลยีแห่งเอเชีย (AIT)", "องค์การส่งเสริมการค้าต่างประเทศญี่ปุ่น
# (JETRO)"): the acronym shows where the name ends, and a word of the world, a region or a foreign country in the name
# shows it is no body of the Thai state, so it needs no parent (a hub, "ศูนย์กลาง…", is a scheme or a place; a centre
# of "international standard" welding, "…มาตรฐานสากล", is Thai; "สหพันธ์สาธารณรัฐ…" is a country). A Thai body closed so (GBDi, TDRI) is left to the
# tables and the defined short forms: the text gives it no parent.
_ACRONYM_NAMED = re.compile(r"(?P<head>องค์การ|องค์กร|กองทุน|สถาบัน|สำนักงาน(?!ใหญ่)|ศูนย์(?!ประชุม|การประชุม|แสดงสินค้า|กลาง)|ธนาคาร"
                            r"|สภา|คณะกรรมาธิการ|สมาคม|สหพันธ์(?!สาธารณรัฐ))(?P<run>(?:(?!องค์การ|องค์กร|กองทุน|สหภาพ|สมาคม)" + _THAI + r"){3,70}?)[ \t]?"
                            r"\((?P<acronym>[A-Z][A-Za-z&\-]{1,11})\)")
# The words of a body's name abroad that are prose elsewhere: "ระหว่างประเทศ", "ต่างประเทศ", "เพื่อการพัฒนา", "แห่ง…".
_NAME_WORDS_ABROAD = frozenset({"ระหว่าง", "ต่าง", "เพื่อ", "แห่ง", "ของ", "ใน"})
# A foreign country's body (kind "foreign"); a body of the world or a region is "international".
_COUNTRY = re.compile(r"ญี่ปุ่น|เกาหลี|จีน$|สหรัฐ|ฝรั่งเศส|เยอรมนี|เยอรมัน|สิงคโปร์|อังกฤษ|สหราชอาณาจักร|ออสเตรเลีย|อินเดีย"
                      r"|แห่งสาธารณรัฐ|แห่งราชอาณาจักร|แห่งรัฐ")
_ABROAD = re.compile(r"ระหว่างประเทศ|ต่างประเทศ|โลก$|(?<!มาตรฐาน)สากล$|เอเชีย|แปซิฟิก|อาเซียน|ยุโรป|แอฟริกา|อเมริกา|" + _COUNTRY.pattern)


def _foreign_by_acronym(reading: Reading) -> list[OrgMention]:
    """Bodies abroad or above states, named in Thai and closed by their Latin acronym in brackets."""
    text, gazetteer, found = reading.text, reading.gazetteer, []
    for match in _ACRONYM_NAMED.finditer(text):
        head, run = match.group("head"), match.group("run")
        if not _bounded_start(text, match.start()) or _AT_A_VENUE.search(text, max(0, match.start() - 4), match.start()) \
                or not _ABROAD.search(run) or not _whole_name(run):
            continue        # a venue ("ณ ศูนย์…"), a body of the Thai state, prose or a second body in the run
        name = head + run
        key = gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name) \
            or reading.learn_organization(name, "foreign" if _COUNTRY.search(run) else "international", None)
        found.append(OrgMention(match.start(), match.start("run") + len(run), key, "named"))
    return found


_AT_A_VENUE = re.compile(r"ณ[ \t]*$")      # a body abroad written as a venue ("ณ สำนักงานใหญ่…") is a place


def _whole_name(run: str) -> bool:
    """No word of prose in the run and no second body after its และ."""
    words = _words(run)
    for index, word in enumerate(words):
        if word.startswith(tuple(_NAME_WORDS_ABROAD)):
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in _STOP_WORDS and word != "และ" or word.startswith(_LONG_STOP_WORDS) \
                or word == "และ" and following.startswith(_NEXT_BODY):
            return False
    return True


def _partnerships(reading: Reading) -> list[OrgMention]:
    """Limited partnerships, companies outside the state, where their one-word name is plainly whole."""
    found = []
    for match in _PARTNERSHIP.finditer(reading.text):
        run = match.group("run").rstrip(".")
        end = match.start("run") + len(run)
        if not _PARTNERSHIP_END.match(reading.text, end) or name_after_head("", run) != run \
                or "บริษัท" in run or "จำกัด" in run or (not match.group("space") and len(run) > _GLUED_NAME_MAX):
            continue
        name = _PARTNERSHIP_KIND + " " + run
        country = _PARTNERSHIP_COUNTRY.match(reading.text, end)
        if country:
            name, end = name + " " + country.group().strip(), country.end()
        key = reading.gazetteer.find_by_name(name) or reading.learn_organization(name, "company", None)
        found.append(OrgMention(match.start(), end, key, "named"))
    return found


def _bounded_start(text: str, start: int) -> bool:
    """The head starts a word: nothing Thai before it, or a connective or an officer's title."""
    if start == 0 or not re.match(_THAI, text[start - 1]):
        return True
    return text.endswith(_GLUE, max(0, start - 12), start)


def name_after_head(head: str, run: str, kind_only: bool = False) -> str | None:
    """The name a head and the letters written after it make: the words up to the first of prose
    (``สมาคมแม่บ้านมหาดไทยจัด…`` → สมาคมแม่บ้านมหาดไทย); None where the first word is prose or a kind."""
    words = _words(run)
    kept: list[str] = []
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word == "และ" and kept and following and following not in _STOP_WORDS \
                and not "".join(words[index + 1:index + 3]).startswith(_NEXT_BODY):   # (the tokenizer: "กรรม", "การสมาคม")
            kept.append(word)       # "…คอมพิวเตอร์และบริการ…": one name, not a second body or person
            continue
        if word.startswith("ในสังกัด") or (word == "ใน" and following.startswith("สังกัด")):
            return None             # "ชมรมแม่บ้านกรมในสังกัดกระทรวง…": the clubs of every department, a kind
        if kept and word.startswith("ใน") and len(word) > 2 and not word.startswith(("ในพระ", "ในภูมิภาค")):
            break                   # "ในขณะนั้น", "ในการ…": the sentence going on
        if word == "ใน" and kept and following.startswith(("ภูมิภาค", "พระ")):
            kept.append(word)       # "…ในภูมิภาคเอเชีย", "…ในพระบรมราชูปถัมภ์"
            continue
        if word == "เพื่อ" and kept and following.startswith(_FOR_WHOM):
            kept.append(word)       # "มูลนิธิสากลเพื่อคนพิการ", "สมาคมผู้ผลิตไก่เพื่อส่งออกไทย"
            continue
        if kept and (word == "ระหว่างประเทศ" or (word == "ระหว่าง" and following.startswith("ประเทศ"))):
            kept.append(word)       # "สมาคมเทศกาลและกิจกรรมระหว่างประเทศ": an international body, not "between"
            continue
        if word == "ของ" and kept and (following in ("ไทย", "ประเทศไทย", "รัฐ")
                                       or following.startswith(("สาธารณรัฐ", "ราชอาณาจักร"))):
            kept.append(word)       # "สมาคมผู้ส่งออกน้ำตาลของไทย", "สมาคมสถาบันการเงินของรัฐ", "…ของสาธารณรัฐเกาหลี"
            continue
        if word == "จาก" and kept and kept[-1] in ("ผลิตภัณฑ์", "สินค้า") and following \
                and following not in _STOP_WORDS:
            kept.append(word)       # "…และผลิตภัณฑ์จากปศุสัตว์ไทย": what the goods are made of, not where a verb came from
            continue
        if kept and kept[-1] not in ("การ", "ความ", "ผู้", "นัก") and \
                (word.startswith(_LONG_STOP_WORDS) or word.startswith(_NEXT_BODY[:5] + ("สันนิบาต", "ชุมนุม"))):
            # a compound the tokenizer keeps whole ("ร่วมกับ", "ได้รับ"), or the next body's head; not after a
            # nominaliser ("สมาคมส่งเสริมการรับช่วงการผลิตไทย": การรับ… is part of the name)
            break
        if "".join(kept).endswith(("แห่งชาติ", "แห่งประเทศไทย")) and not word.startswith("ใน"):
            break       # "…แห่งประเทศไทย", "…แห่งชาติ" end a name ("…แห่งประเทศไทยพัฒนาวงการ…" is prose after it)
        if word in _STOP_WORDS:
            if word in _KIND_AFTER:
                return None         # "สมาคมศิลปินพื้นบ้านภาคต่างๆ": a kind of association
            break
        kept.append(word)
    while kept and kept[-1] in _DANGLING:
        kept.pop()
    if kept and kept[-1] in HONORIFICS:
        return None     # "มูลนิธิรัฐบุรุษพลเอก เปรม …": a person's name goes on after the space, the name is not all here
    if not kept or sum(map(len, kept)) < 3 or (len(kept) == 1 and kept[0] in _KIND_WORDS) != kind_only:
        return None
    return head + "".join(kept)


def _associations(reading: Reading) -> list[OrgMention]:
    text, gazetteer = reading.text, reading.gazetteer
    spans: list[tuple[int, int, str, str]] = []
    for match in _HEAD_RE.finditer(text):
        if not _bounded_start(text, match.start()):
            continue
        head = match.group()[:match.start(1) - match.start()]
        if head.endswith("วิสาหกิจชุมชน") and match.group(1).startswith(_CLAUSE_START):
            continue        # "วิสาหกิจชุมชนที่อยู่ในจังหวัด": the sentence going on, no name
        name = name_after_head(head, match.group(1))
        if name is None:
            # "สมาคมแม่บ้าน มท.": a name of one kind word is whose the ministry's short form after it says
            kind_only = name_after_head(head, match.group(1), kind_only=True)
            short = _MINISTRY_SHORT_AFTER.match(text, match.start() + len(kind_only)) if kind_only else None
            ministry = _ministry_of_short_form(gazetteer, short.group(1)) if short else None
            if ministry:
                spans.append((match.start(), short.end(), kind_only + ministry, _HEADS[head]))
            continue
        end = match.start() + len(name)
        if text.startswith((".", "ฯ"), end):
            continue        # "ชมรมอสม.", "สมาคมนักข่าวฯ": a short form or ฯ ends it, the name is not all here
        number = _NUMBER_AFTER.match(text, end)
        if number and name.endswith(("เขต", "ภาค", "ที่")):
            end, name = number.end(), name + " " + number.group(1)      # "สมาคมผู้นำสตรีพัฒนาชุมชนเขต 1"
        if len(name) == len(match.group()):
            for extension in (_COUNTRY_AFTER, _PATRONAGE):
                more = extension.match(text, end)
                if more:
                    end, name = more.end(), name + more.group().strip()
            surname = _SURNAME_AFTER.match(text, end)
            if surname and surname.group(1) in _family_names():
                end, name = surname.end(), name + " " + surname.group(1)     # "มูลนิธิธรรมนัส พรหมเผ่า": named after a person
            short = _MINISTRY_SHORT_AFTER.match(text, end)
            ministry = _ministry_of_short_form(gazetteer, short.group(1)) if short else None
            if ministry:
                end, name = short.end(), name + ministry
        spans.append((match.start(), end, name, _HEADS[head]))
    found = []
    for start, end, name, kind in spans:
        key = gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name) or \
            reading.learn_organization(name, kind, _association_of_club(reading, name))
        found.append(OrgMention(start, end, key, "named"))
    return found


# A club named by an association of the tables and a place is that association's branch there
# ("ชมรมแม่บ้านมหาดไทยจังหวัดอุบลราชธานี" under สมาคมแม่บ้านมหาดไทย).
_CLUB_OF_PLACE = re.compile(r"ชมรม(?P<core>" + _THAI + r"{3,40}?)(?P<level>จังหวัด|อำเภอ)[ \t]?(?P<place>" + _THAI + r"{2,30})$")


def _association_of_club(reading: Reading, name: str) -> str | None:
    match = _CLUB_OF_PLACE.match(name)
    places = reading.gazetteer.places
    real = match and (places.province(match.group("place")) if match.group("level") == "จังหวัด"
                      else places.districts.get(match_key(match.group("place"))))
    if not real:
        return None
    return reading.gazetteer.bodies.find_by_name("สมาคม" + match.group("core"))


_NUMBER_AFTER = re.compile(r"[ \t]?(\d{1,2})(?![\d.,:/])")
_SURNAME_AFTER = re.compile(r"[ \t](" + _THAI + r"{3,30})(?![\u0e01-\u0e4e])")


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    from pythainlp.corpus import thai_family_names     # offline corpus shipped with pythainlp
    return frozenset(thai_family_names())


def _ministry_of_short_form(gazetteer: Gazetteer, short: str) -> str | None:
    """The bare name of the ministry a short form stands for ("มท." → มหาดไทย), None for any other."""
    keys = gazetteer.abbreviations.get(short) or ()
    ministries = [gazetteer.agencies[k].name for k in keys if gazetteer.agencies[k].kind == "ministry"]
    return ministries[0].removeprefix("กระทรวง").replace(" ", "") if len(ministries) == 1 else None


def _united_nations(reading: Reading) -> list[OrgMention]:
    text, gazetteer = reading.text, reading.gazetteer
    found = []
    for match in _UN.finditer(text):
        if not _bounded_start(text, match.start()):
            continue
        name = re.sub(r"[ \t]+", " ", match.group())
        office = _COUNTRY_OFFICE.match(text, match.end())
        key = gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name)
        if not (office and name.startswith("สำนักงาน")):   # "สำนักงานผู้ประสานงานสหประชาชาติ ประจำประเทศไทย": the office only
            key = key or reading.learn_organization(name, "international", None)
            found.append(OrgMention(match.start(), match.end(), key, "named"))
        if office:
            core = name.replace(" ", "")
            if core.startswith("สำนักงาน"):     # an office of the UN's own: its country office is the UN's
                office_name, parent = core + "ประจำประเทศไทย", gazetteer.bodies.find_by_name("องค์การสหประชาชาติ")
            else:
                office_name, parent = "สำนักงาน" + core + "ประจำประเทศไทย", key
            if parent:
                office_key = reading.learn_organization(office_name, "international", parent)
                reading.extraction.named.add(office_key)
                reading.evidence(("org", office_key), match.start(), office.end())
    return found


# The United Nations written alone ("เลขาธิการสหประชาชาติ", "…ของสหประชาชาติ"; th.wikipedia's title is
# สหประชาชาติ): not the tail of a UN body's name ("โครงการโรคเอดส์แห่งสหประชาชาติ") or of a venue's
# ("ศูนย์ประชุมสหประชาชาติ"), and not องค์การสหประชาชาติ, which the tables name.
_UN_ALONE = re.compile(r"(?<!แห่ง)(?<!องค์การ)(?<!ศูนย์ประชุม)(?<!ศูนย์การประชุม)สหประชาชาติ(?![\u0e01-\u0e4e])")


def _un_alone(reading: Reading) -> list[OrgMention]:
    if "สหประชาชาติ" not in reading.text:
        return []
    key = reading.gazetteer.bodies.find_by_name("องค์การสหประชาชาติ")
    return [OrgMention(m.start(), m.end(), key, "named") for m in _UN_ALONE.finditer(reading.text)] if key else []


def _chambers(reading: Reading) -> list[OrgMention]:
    """Chambers of commerce, councils and Damrongdham centres named after their province, district or Bangkok."""
    text, places = reading.text, reading.gazetteer.places
    found = []
    for match in _PLACE_COUNCIL.finditer(text):
        head, level, run = match.group("head"), match.group("level"), match.group("place")
        if (head in _PROVINCE_ONLY_COUNCILS and level != "จังหวัด") or (head == "ศูนย์ดำรงธรรม" and not level):
            continue        # (the national ones, e.g. the Thai Chamber of Commerce and the Bangkok one, are in the table)
        if match.group("bangkok"):
            place, end = "กรุงเทพมหานคร", match.end()
        else:
            known = places.province if level == "จังหวัด" else (lambda name: places.districts.get(match_key(name)))
            place = next((run[:size] for size in range(len(run), 1, -1) if known(run[:size])), None)
            if place is None:
                continue
            end = match.start("place") + len(place)
        name = head + (level or "") + place
        parent = None
        if _PLACE_COUNCIL_KINDS[head] == "unit":    # a unit of the province's or the district's administration
            parent = places.province_body(place) if level == "จังหวัด" else places.district_body(place)
            if parent is None:
                continue    # a district name several provinces have: whose it is is not said here
        found.append(OrgMention(match.start(), end, reading.learn_organization(name, _PLACE_COUNCIL_KINDS[head], parent),
                                "named"))
    return found


# A company or a news outlet written in Latin letters after its Thai kind word: a magazine, journal or news agency
# ("นิตยสาร The Banker", "วารสาร OpenGov Asia", "สำนักข่าว The Asset") is its Latin name; a company with no จำกัด
# after it is "บริษัท" and its Latin name ("บริษัท LINE ประเทศไทย", "บริษัท Contour"). The name is its capitalised
# words (joined by of / and / & / for / the / de) and stops before an award's words ("นิตยสาร Global Banking & Finance
# Review Best CEO …"); all stand outside the state.
_LATIN_WORD = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&+'’.\-]*"
_LATIN_NAMED = re.compile(r"(?P<kind>นิตยสาร|วารสาร|สำนักข่าว|หนังสือพิมพ์|บริษัท)[ \t\u00a0]?(?P<name>" + _LATIN_WORD
                          + r"(?:[ \t](?:of|and|for|the|de|&)?[ \t]?" + _LATIN_WORD + r")*)")
_AWARD_WORDS = re.compile(r"[ \t](?:Best|Award|Awards|Prize|Winner|Excellence|Outstanding|Top|Most)\b.*$")
# After the name: จำกัด (also after a bracket), a comma, a hyphen or a small word: the name is not all here.
_NOT_ALL_HERE = re.compile(r"[ \t]?(?:\([^()\n]{1,40}\)[ \t]?)?จำกัด|[ \t]?[,\-–]|[ \t][a-z]")
_REGISTERED = re.compile(r"\b(?:Co|Company|Limited|Ltd|PCL|Public|Inc|Corporation|Corp)\b", re.IGNORECASE)
# Kinds of company written in English ("บริษัท Start Up ของไทย", "บริษัท Deep Tech"): no company.
_GENERIC_LATIN = frozenset({"Start Up", "Startup", "Start-up", "Startups", "Subcontract", "Deep Tech", "Data", "SME", "SMEs",
                            "OEM", "IT", "AI", "Tech", "Fintech", "FinTech", "E-commerce", "Platform", "Holding", "Logistics"})
_COUNTRY_SUFFIX = re.compile(r"[ \t]?(?:\(ประเทศไทย\)|ประเทศไทย)")


def _latin_named(reading: Reading) -> list[OrgMention]:
    """Companies and news outlets named in Latin letters after their Thai kind word."""
    text, found = reading.text, []
    for match in _LATIN_NAMED.finditer(text):
        name = _AWARD_WORDS.sub("", match.group("name")).rstrip(" .-&")
        end = match.start("name") + len(name)
        if len(name) < 2 or _NOT_ALL_HERE.match(text, end) or _REGISTERED.search(name) or name in _GENERIC_LATIN:
            continue        # a registered company (จำกัด, Co., Ltd.), a name going on, or a kind of company
        kind = match.group("kind")
        if kind == "บริษัท":
            country = _COUNTRY_SUFFIX.match(text, end)
            if country:
                end = country.end()
            name = "บริษัท " + re.sub(r"[ \t]+", " ", text[match.start("name"):end])
        key = reading.gazetteer.find_by_name(name) or reading.gazetteer.bodies.find_by_name(name) \
            or reading.learn_organization(name, "company", None)
        found.append(OrgMention(match.start(), end, key, "named"))     # the kind word with it: no unit of its own
    return found


def _banks(reading: Reading) -> list[OrgMention]:
    text, gazetteer = reading.text, reading.gazetteer
    found = []
    for match in _BANK.finditer(text):
        if not _bounded_start(text, match.start()):
            continue
        name = re.sub(r"[ \t]+", " ", match.group())
        core = re.sub(r"[ \t]*จำกัด.*$", "", name)
        run = re.sub(r"[^\u0e01-\u0e4e]", "", core.removeprefix("ธนาคาร").split("(")[0])
        if not run or name_after_head("ธนาคาร", run) != "ธนาคาร" + run:
            continue        # prose between ธนาคาร and จำกัด ("ธนาคารที่มีวงเงินจำกัด") names no bank
        key = gazetteer.find_by_name(name) or gazetteer.find_by_name(core) or gazetteer.bodies.find_by_name(name) \
            or reading.learn_organization(name, "company", None)
        found.append(OrgMention(match.start(), match.end(), key, "named"))
    return found


# A temple is a body where its abbot is named by it ("เจ้าอาวาสวัดศรีดอนตัน", "ผู้ช่วยเจ้าอาวาสวัดศรีโคมคำ"); elsewhere
# "วัด…" is mostly a place or a venue (tests/ANNOTATION.md). The sangha of a district or a province is a body where
# its head is named by it ("เจ้าคณะอำเภอแม่ใจ" heads คณะสงฆ์อำเภอแม่ใจ, "รองเจ้าคณะจังหวัดพะเยา" is of
# สำนักงานเจ้าคณะจังหวัดพะเยา). All stand outside the state (religious bodies).
_ABBOT = re.compile(r"(?:ผู้ช่วย|รอง)?เจ้าอาวาส[ \t]?(วัด)(" + _THAI + r"{2,60})")
# A royal temple's rank is part of its name, mostly written after a space ("วัดปรมัยยิกาวาส วรวิหาร",
# "วัดสุทัศนเทพวราราม ราชวรมหาวิหาร"): the four ranks of royal monasteries.
_ROYAL_RANK = re.compile(r"[ \t]?(?:ราชวรมหาวิหาร|ราชวรวิหาร|วรมหาวิหาร|วรวิหาร)(?!" + _THAI + ")")
_SANGHA_HEAD = re.compile(r"(?:รอง)?เจ้าคณะ(อำเภอ|จังหวัด)[ \t]?(" + _THAI + r"{2,30})")
# The sangha of a province or a district written as a body ("คณะสงฆ์จังหวัดจันทบุรี ได้รับรางวัล", "คณะสงฆ์อำเภอแม่ใจ
# ร่วมกับ…"): named by its real place, as the article writes it.
_SANGHA_BODY = re.compile(r"คณะสงฆ์(อำเภอ|จังหวัด)[ \t]?(" + _THAI + r"{2,30})")


def _sangha(reading: Reading) -> list[OrgMention]:
    text = reading.text
    found = []
    for match in _SANGHA_BODY.finditer(text):
        body = _sangha_body(reading, match.group(1), match.group(2))
        if body is not None and _bounded_start(text, match.start()):
            found.append(OrgMention(match.start(), match.start(2) + len(body[1]), body[0], "named"))
    if "เจ้าอาวาส" not in text and "เจ้าคณะ" not in text:
        return found    # (the patterns, opening with an optional group, would be tried at every letter)
    for match in _ABBOT.finditer(text):
        name = name_after_head("วัด", match.group(2))
        if name is None:
            continue
        start = match.start(1)
        end = start + len(name)
        rank = _ROYAL_RANK.match(text, end) if end == match.end() else None
        if rank:
            end, name = rank.end(), name + rank.group()
        found.append(OrgMention(start, end, reading.learn_organization(name, "religious", None), "named"))
    for match in _SANGHA_HEAD.finditer(text):
        body = sangha_of_area(reading, match.group(1), match.group(2))
        if body is None:
            continue
        key, place = body
        reading.extraction.named.add(key)
        reading.evidence(("org", key), match.start(), match.start(2) + len(place))
    return found


def _sangha_body(reading: Reading, level: str, run: str) -> tuple[str, str] | None:
    """(key, place) of "คณะสงฆ์จังหวัด/อำเภอ<place>": the letters open with a real province or district (not a bare
    เมือง) and prose or nothing follows it."""
    places = reading.gazetteer.places
    known = places.province if level == "จังหวัด" else (lambda name: places.districts.get(match_key(name)))
    place = _place_first(_words(run), known)
    if place is None or place == "เมือง":
        return None
    return reading.learn_organization("คณะสงฆ์" + level + place, "religious", None), place


def sangha_of_area(reading: Reading, level: str, run: str) -> tuple[str, str] | None:
    """(the key of the sangha body, the place) an ecclesiastical governor's area names: the letters after
    เจ้าคณะจังหวัด / เจ้าคณะอำเภอ opening with a real province or district; None where they open with none, or with
    a bare เมือง (every province has its อำเภอเมือง: which one is not said)."""
    places = reading.gazetteer.places
    if level == "จังหวัด":
        place = places.province_prefix(run)
    else:
        place = next((run[:size] for size in range(len(run), 1, -1) if places.districts.get(match_key(run[:size]))), None)
    if place is None or place == "เมือง":
        return None
    name = ("คณะสงฆ์อำเภอ" if level == "อำเภอ" else "สำนักงานเจ้าคณะจังหวัด") + place
    return reading.learn_organization(name, "religious", None), place


# A national committee names itself: "คณะกรรมการพัฒนาระบบยาแห่งชาติ", "คณะกรรมการโรคติดต่อแห่งชาติ". Other
# "คณะกรรมการ…" are mostly a body's board ("คณะกรรมการรถไฟแห่งประเทศไทย", "คณะกรรมการสมาคม…") or a panel of the
# moment ("คณะกรรมการคัดเลือก", "คณะกรรมการฝ่ายไทย"), so only the national ones are read here.
_NATIONAL_COMMITTEE = re.compile(r"(?=คณะกรรมการ)(?<!อนุ)(คณะกรรมการ)(?!ฯ)(" + _THAI + r"{3,70}?แห่งชาติ)(?![\u0e01-\u0e4e])")
_BOARD_OF = re.compile(r"สมาคม|มูลนิธิ|บริษัท|ธนาคาร|การ(?:รถไฟ|ไฟฟ้า|ประปา|ท่าเรือ|ทาง)|องค์การ|สำนักงาน|สถาบัน|มหาวิทยาลัย")


def _national_committees(reading: Reading) -> list[OrgMention]:
    text, gazetteer = reading.text, reading.gazetteer
    found = []
    for match in _NATIONAL_COMMITTEE.finditer(text):
        if not _bounded_start(text, match.start()):
            continue
        key = national_committee(reading, match.group(2))
        if key is not None:
            found.append(OrgMention(match.start(), match.end(), key, "named"))
    return found


def national_committee(reading: Reading, task: str) -> str | None:
    """The national committee "คณะกรรมการ<task>" where the words make one name (a body's board and prose inside the
    run make none): from the tables, or learned at the top of the state."""
    gazetteer = reading.gazetteer
    if _BOARD_OF.search(task) or name_after_head("คณะกรรมการ", task) != "คณะกรรมการ" + task:
        return None
    name = "คณะกรรมการ" + task
    return gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name) or \
        reading.learn_organization(name, "committee", None)


# A foreign state's embassy in Thailand written out ("สถานเอกอัครราชทูตสาธารณรัฐประชาชนจีนประจำประเทศไทย",
# "สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย"): that state's body, outside ours, named as the post finder names the
# embassy an envoy's title gives (people/titles.py: the formal name of a state reduced to its common one), so the two
# meet in one node. Written on to an envoy's title it is the post finder's ("อุปทูตรักษาราชการสถานเอกอัครราชทูต…").
_EMBASSY_HERE = re.compile(r"สถานเอกอัครราชทูต(?P<state>[\u0e01-\u0e4e]{2,40}?)ประจำ(?:ประเทศไทย|ราชอาณาจักรไทย)")
_ENVOY_BEFORE = ("ทูต", "รักษาราชการ", "รักษาการ", "รักษาราชการแทน", "รักษาการแทน")


def _embassies_here(reading: Reading) -> list[OrgMention]:
    if "สถานเอกอัครราชทูต" not in reading.text:
        return []
    from ..people.titles import _EMBASSY_TO_THAILAND, _FORM_OF_STATE     # one naming of an embassy for both finders
    text, found = reading.text, []
    for match in _EMBASSY_HERE.finditer(text):
        if text.endswith(_ENVOY_BEFORE, max(0, match.start() - 16), match.start()):
            continue
        state = match.group("state")
        form = _FORM_OF_STATE.match(state)
        common = state[form.end():] if form else state
        if not (form or common in FOREIGN_COUNTRIES) or "ไทย" in state or "และ" in state or "ของ" in state:
            continue        # no state's name between: "สถานเอกอัครราชทูตต่างๆประจำประเทศไทย"
        if common in FOREIGN_COUNTRIES and common != "เกาหลี":
            state = common
        found.append(OrgMention(match.start(), match.end(),
                                reading.learn_organization(_EMBASSY_TO_THAILAND.format(state), "foreign", None), "named"))
    return found
