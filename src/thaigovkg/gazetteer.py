"""What the extractor knows before it reads: agencies, provinces, award terms, titles.

The tables live as plain files in ``ontology/`` (``agencies.csv``,
``provinces.csv``, ``unit_heads.csv``, ``awards.ttl``); this module loads them
once, lazily (``load_gazetteer`` is cached), and compiles them into fast
literal matchers. The rest of the state and the bodies outside it (the tables of
``BODY_FILES``: armed forces, police, universities, courts, museums, prisons,
international bodies …) and the places with the bodies named after them
(``places.py``: provinces, districts, local governments) are loaded on first use
(``Gazetteer.bodies``, ``Gazetteer.places``) and kept apart from ``agencies``,
which the organisation finder matches everywhere: it decides where they apply. Honorifics and
position heads are short closed lists, kept here with a gloss each.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Organization, Programme, Term
from .normalize import match_key
from .places import BANGKOK, Places, load_places
from .resources import ontology_file

# The tables of the rest of the state and of the bodies outside it, with the columns of agencies.csv
# (ontology/REFERENCE.md).
BODY_FILES = ("armed_forces.csv", "police.csv", "universities.csv", "state_enterprises.csv",
              "independent_bodies.csv", "museums.csv", "prisons.csv", "outside_bodies.csv", "hospitals.csv", "funds.csv")
# Kinds of the bodies outside the Thai state: never under a ministry, typed apart (to_rdf.CLASS_OF_KIND).
OUTSIDE_KINDS = frozenset({"company", "foundation", "association", "chamber", "cooperative", "international",
                           "foreign", "private_university", "private_hospital", "private_school", "religious",
                           "outside"})

# --- people ---------------------------------------------------------------
# Honorifics and ranks that stand before a name, longest first where one is a
# prefix of another. Kept apart from the name (FORMAT.md: names carry none).
HONORIFICS = (
    # civil: Mr, Mrs, Miss (and short forms)
    "นางสาว", "น.ส.", "นาย", "นาง",
    # academic: (emeritus / associate / assistant) professor, doctor
    "ศาสตราจารย์กิตติคุณ", "ศาสตราจารย์พิเศษ", "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์",
    "ศ.พิเศษ", "ศ.", "รศ.", "ผศ.", "ดร.",     # (ศ.พิเศษ: ศาสตราจารย์พิเศษ in short, "ศ.พิเศษ ดร.เอนก …")
    # medical: physician (m/f), dentist, pharmacist
    "นายแพทย์", "แพทย์หญิง", "นพ.", "พญ.", "ทันตแพทย์หญิง", "ทันตแพทย์", "ทพ.", "ทพญ.",
    "เภสัชกรหญิง", "เภสัชกร", "ภก.", "ภญ.", "นายสัตวแพทย์", "สพ.ญ.", "น.สพ.",
    "ทนพ.", "ทนพญ.",        # medical technologist (m/f)
    # army / navy / air force ranks, full and short, incl. acting (ว่าที่) ranks
    "พลเอก", "พลโท", "พลตรี", "พันเอก", "พันโท", "พันตรี", "ร้อยเอก", "ร้อยโท", "ร้อยตรี",
    "พล.อ.", "พล.ท.", "พล.ต.", "พ.อ.", "พ.ท.", "พ.ต.", "ร.อ.", "ร.ท.", "ร.ต.",
    "พลเรือเอก", "พลเรือโท", "พลเรือตรี", "พล.ร.อ.", "พล.ร.ท.", "พล.ร.ต.",
    "พลอากาศเอก", "พลอากาศโท", "พลอากาศตรี", "พล.อ.อ.", "พล.อ.ท.", "พล.อ.ต.",
    "นาวาเอก", "นาวาโท", "นาวาตรี", "น.อ.", "น.ท.", "น.ต.", "นาวาอากาศเอก", "น.อ.อ.",
    "ว่าที่ร้อยตรี", "ว่าที่ร้อยโท", "ว่าที่ร้อยเอก", "ว่าที่ ร.ต.", "ว่าที่ร.ต.",
    # police ranks
    "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พันตำรวจเอก", "พันตำรวจโท", "พันตำรวจตรี",
    "ร้อยตำรวจเอก", "ร้อยตำรวจโท", "ร้อยตำรวจตรี",
    "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พ.ต.อ.", "พ.ต.ท.", "พ.ต.ต.", "ร.ต.อ.", "ร.ต.ท.", "ร.ต.ต.",
    # royal and titled
    "หม่อมเจ้า", "หม่อมราชวงศ์", "หม่อมหลวง", "ม.จ.", "ม.ร.ว.", "ม.ล.", "คุณหญิง", "ท่านผู้หญิง",
    # navy and air force lieutenants, air force commanders (พลอากาศ… and นาวาอากาศเอก are above)
    "เรือเอก", "เรือโท", "เรือตรี", "เรืออากาศเอก", "เรืออากาศโท", "เรืออากาศตรี", "นาวาอากาศโท", "นาวาอากาศตรี",
    # non-commissioned ranks: army, navy, police ("จ่าเอก รังสรรค์ …", "ดาบตำรวจ วิเชียร …", "พ.จ.อ. สุนันท์ …")
    "จ่าสิบเอก", "จ่าสิบโท", "จ่าสิบตรี", "จ.ส.อ.", "สิบเอก", "สิบโท", "สิบตรี",
    "พันจ่าเอก", "พันจ่าโท", "พันจ่าตรี", "พ.จ.อ.", "จ่าเอก", "จ่าโท", "จ่าตรี",
    "อส.ทพ.",       # a ranger of the volunteer rangers (อาสาสมัครทหารพราน): "อส.ทพ.จิโรจน์ …"
    "ดาบตำรวจ", "ด.ต.", "จ่าสิบตำรวจ", "จ.ส.ต.", "สิบตำรวจเอก", "สิบตำรวจโท", "สิบตำรวจตรี",
    "(พิเศษ)",
    # emeritus written apart from ศาสตราจารย์ ("ศาสตราจารย์ กิตติคุณ ดร.", "ศาสตราจารย์เกียรติคุณ")
    "ศาสตราจารย์เกียรติคุณ", "ศาสตราจารย์ กิตติคุณ", "ศาสตราจารย์ เกียรติคุณ", "ศ.กิตติคุณ", "ศ.เกียรติคุณ",
    # the administrative rank of district officers (ปลัดอำเภอ): "นายหมวดเอก ศุภโชค …"
    "นายหมวดเอก", "นายหมวดโท", "นายหมวดตรี",
    # the ranks of the Volunteer Defence Corps (อส.), held by Interior officials: "นายกองเอก ขจร …"
    "นายกองใหญ่", "นายกองเอก", "นายกองโท", "นายกองตรี",
)
# A woman's rank is the rank with หญิง after it ("พลตรีหญิง", "พ.ต.ท.หญิง", "นาวาตรีหญิง").
_RANK = re.compile(r"^(?:พล|พัน|ร้อย|นาวา|ว่าที่|เรือ|จ่า|สิบ|ดาบ|[นพร]\.[อทต]\.)")
HONORIFICS = HONORIFICS + tuple(h + "หญิง" for h in HONORIFICS if _RANK.match(h))

# Words that follow a bare given name ("นายอนุกูล กล่าวว่า" = Mr Anukul said): they are
# not surnames. Verbs of saying and doing, conjunctions and prepositions begin no surname…
NOT_SURNAME = (
    "กล่าว", "เปิดเผย", "เผย", "ได้", "เป็น", "และ", "ที่", "ซึ่ง", "จึง", "ยัง", "ให้", "ร่วม", "นำ",
    "เข้า", "มอบ", "ประธาน", "พร้อม", "เดินทาง", "แสดง", "ชี้แจง", "เน้น", "ระบุ", "แถลง", "เยี่ยม",
    "จะ", "ก็", "กับ", "ผู้", "รอง", "อธิบดี", "ปลัด", "รัฐมนตรี", "เลขาธิการ", "ผู้อำนวยการ", "หัวหน้า",
    "นายก", "ประจำ", "โดย", "ใน", "จาก", "ของ", "ว่า", "คือ", "เพื่อ", "ตาม", "กำชับ", "สั่ง", "ย้ำ",
    "ติดตาม", "ประชุม", "ต้อนรับ", "อธิบาย", "ชื่นชม", "แนะนำ", "หารือ", "มุ่ง", "ยืนยัน", "สรุป",
    "ในฐานะ", "อดีต", "ปัจจุบัน", "ขณะ", "เมื่อ", "หลัง", "ก่อน", "กรม", "กระทรวง", "สำนัก", "ด้วย",
    "แต่", "หรือ", "ขอบคุณ", "ปฏิบัติ", "รักษา", "โฆษก", "ที่ปรึกษา", "ผู้ว่า", "ส.ส.", "สมาชิก",
    # …nor do the names of bodies and places written after a given name ("…นางดำตก เทศบาลตำบล…")
    "เทศบาล", "องค์การ", "องค์กร", "จังหวัด", "อำเภอ", "ตำบล", "โรงเรียน", "โรงพยาบาล", "มหาวิทยาลัย",
    "ศูนย์", "บริษัท", "สถาบัน", "สมาคม", "มูลนิธิ", "ชมรม", "ส่วนราชการ", "หน่วยงาน",
    # …nor an honorific: a second person begins there ("นายพล นายพัน", "นางแบบ นายแบบ…")
    "นาย", "นาง", "ดร.",
)
# Words of a civil servant's grade that follow นายแพทย์ / ทันตแพทย์ … as a title, not a name
# ("นายแพทย์เชี่ยวชาญ" = medical officer, expert level; "นายแพทย์ชำนาญการพิเศษ").
NOT_GIVEN_NAME = ("เชี่ยวชาญ", "ชำนาญการ", "ทรงคุณวุฒิ", "ปฏิบัติการ", "สาธารณสุข", "ประจำ", "อาวุโส", "ใหญ่",
                  # …nor do the words opening a sentence after a rank ("ร้อยตำรวจเอกหญิง นอกจากนี้ …")
                  "นอกจาก", "สำหรับ", "ทั้งนี้", "อย่างไรก็ตาม")
# …while these short words are not surnames only when they stand alone (ชมกลิ่น, ทองดี,
# มาลัย are surnames; ชม, ทอง, มา alone are verbs and nouns).
NOT_SURNAME_WORDS = (
    "มี", "ไป", "มา", "ทำ", "ใช้", "พบ", "ขอ", "ฝาก", "บอก", "ชม", "ต่อ", "ทาง", "ทุก", "อีก", "เอง",
    "นี้", "นั้น", "ทั้ง", "แจ้ง", "รับ", "ลง", "ตรวจ", "สร้าง", "คาด", "เชื่อ", "ถือ", "พูด", "ตอบ", "ฐานะ",
)

# --- positions ------------------------------------------------------------
# Heads of titles that take the organisation right after them
# ("อธิบดี" + "กรมการจัดหางาน" = Director-General of the Department of Employment).
POSITION_HEADS = (
    "รัฐมนตรีช่วยว่าการกระทรวง", "รัฐมนตรีว่าการกระทรวง", "รัฐมนตรีช่วยว่าการ", "รัฐมนตรีว่าการ",
    "ผู้ช่วยรัฐมนตรีประจำ", "รัฐมนตรีประจำ",
    "ผู้ช่วยปลัดกระทรวง", "รองปลัดกระทรวง", "ปลัดกระทรวง", "ผู้ช่วยปลัด", "รองปลัด", "ปลัด",
    "ผู้ตรวจราชการกระทรวง", "ผู้ตรวจราชการ",
    "รองอธิบดี", "ผู้ช่วยอธิบดี", "อธิบดี",
    "รองเลขาธิการ", "ผู้ช่วยเลขาธิการ", "เลขาธิการ",
    "รองผู้อำนวยการใหญ่", "ผู้อำนวยการใหญ่", "รองผู้อำนวยการ", "ผู้ช่วยผู้อำนวยการ", "ผู้อำนวยการ",
    "รองผู้ว่าการ", "ผู้ว่าการ", "รองผู้บัญชาการ", "ผู้บัญชาการ",
    # the chair of a body's own executive board, the body written after it ("ประธานคณะกรรมการบริหาร บริษัท …")
    "รองประธานคณะกรรมการบริหาร", "ประธานคณะกรรมการบริหาร", "รองประธานกรรมการบริหาร", "ประธานกรรมการบริหาร",
    "รองประธานกรรมการ", "ประธานกรรมการ", "รองประธาน", "ประธาน", "กรรมการ",
    # an honorary chair, a post the body confers, written on to it as a chair's ("ประธานกิตติมศักดิ์หอการค้าไทย")
    "ประธานกิตติมศักดิ์",
    "รองโฆษกประจำ", "รองโฆษก", "โฆษกประจำ", "โฆษก",
    # a minister's staff: adviser, secretary, assistant (the minister's title follows)
    "ที่ปรึกษารัฐมนตรีว่าการ", "ที่ปรึกษารัฐมนตรีช่วยว่าการ", "เลขานุการรัฐมนตรีว่าการ",
    "เลขานุการรัฐมนตรีช่วยว่าการ", "ผู้ช่วยรัฐมนตรีว่าการ", "ผู้ช่วยผู้ว่าการ",
    "หัวหน้าผู้ตรวจราชการกระทรวง", "หัวหน้าผู้ตรวจราชการ",
    # the governor of a state enterprise named การ…: "ผู้ว่า" + "การรถไฟแห่งประเทศไทย" (see compose_title)
    "ผู้ช่วยผู้ว่า", "รองผู้ว่า", "ผู้ว่า", "ที่ปรึกษา", "หัวหน้า", "เจ้ากรม", "ผู้อำนวยการสำนัก",
    "กรรมการและผู้จัดการใหญ่", "กรรมการผู้จัดการ", "ผู้จัดการทั่วไป", "ผู้จัดการ", "รองผู้จัดการ",
    # a company's or a state enterprise's managing director (not ผู้อำนวยการใหญ่ read inside the word)
    "ผู้ช่วยกรรมการผู้อำนวยการใหญ่", "รองกรรมการผู้อำนวยการใหญ่", "กรรมการผู้อำนวยการใหญ่", "รองกรรมการผู้อำนวยการ",
    "กรรมการผู้อำนวยการ",
    "กรรมการและเลขานุการ",
    "พัฒนาการ", "นายแพทย์สาธารณสุข",
    # a university's and a faculty's heads ("อธิการบดีมหาวิทยาลัยเชียงใหม่", "คณบดีคณะแพทยศาสตร์ มหาวิทยาลัย…")
    "ผู้ช่วยอธิการบดี", "รองอธิการบดี", "อธิการบดี", "รองคณบดี", "คณบดี",
    # the police's division and station heads ("ผู้กำกับการสถานีตำรวจภูธรเมืองน่าน"), a station's inspectors by their
    # line ("สารวัตรสืบสวนสถานีตำรวจภูธรแม่สาย", "รองสารวัตรป้องกันปราบปราม สถานีตำรวจนครบาลลุมพินี")
    "รองผู้บังคับการ", "ผู้บังคับการ", "รองผู้กำกับการ", "ผู้กำกับการ",
    *(deputy + "สารวัตร" + line for deputy in ("", "รอง")
      for line in ("", "ใหญ่", "ป้องกันปราบปราม", "สืบสวน", "สอบสวน", "จราจร", "อำนวยการ")),
    # an assistant manager ("ผู้ช่วยผู้จัดการและโฆษกธนาคาร…", the head read whole, not ผู้จัดการ inside it)
    "ผู้ช่วยผู้จัดการ", "ผู้ช่วยกรรมการผู้จัดการ",
)
# Short forms of heads (รมว. = minister of; ผอ. = director …) and what they stand for.
HEAD_ABBREVIATIONS = {
    "รมว.": "รัฐมนตรีว่าการกระทรวง", "รมช.": "รัฐมนตรีช่วยว่าการกระทรวง", "รมต.": "รัฐมนตรี",
    "ผอ.": "ผู้อำนวยการ", "รอง ผอ.": "รองผู้อำนวยการ", "ปลัดฯ": "ปลัดกระทรวง", "อธิบดีฯ": "อธิบดี", "ปกท.": "ปลัดกระทรวง",
    # a minister's secretary or adviser, the ministry in short ("เลขานุการรัฐมนตรีดีอี"): the minister's own staff
    "เลขานุการรัฐมนตรี": "เลขานุการรัฐมนตรีว่าการกระทรวง", "ที่ปรึกษารัฐมนตรี": "ที่ปรึกษารัฐมนตรีว่าการกระทรวง",
}
# Titles complete in themselves, tied to no organisation in FORMAT.md's sense.
STANDALONE_POSITIONS = {
    "นายกรัฐมนตรี": "นายกรัฐมนตรี", "นายกฯ": "นายกรัฐมนตรี",
    "รองนายกรัฐมนตรี": "รองนายกรัฐมนตรี", "รองนายกฯ": "รองนายกรัฐมนตรี",
    # …in the defence ministry's short forms ("พล.อ.ประยุทธ์ จันทร์โอชา นรม.และรมว.กห.")
    "นรม.": "นายกรัฐมนตรี", "รอง นรม.": "รองนายกรัฐมนตรี", "รองนรม.": "รองนายกรัฐมนตรี",
    # the Prime Minister's secretary-general and political deputies (สำนักเลขาธิการนายกรัฐมนตรี)
    "เลขาธิการนายกรัฐมนตรี": "เลขาธิการนายกรัฐมนตรี", "รองเลขาธิการนายกรัฐมนตรี": "รองเลขาธิการนายกรัฐมนตรี",
    "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง": "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง",
    "รองเลขาธิการนายกรัฐมนตรีฝ่ายบริหาร": "รองเลขาธิการนายกรัฐมนตรีฝ่ายบริหาร",
    "ผู้ว่าราชการกรุงเทพมหานคร": "ผู้ว่าราชการกรุงเทพมหานคร",
    # the police's commissioner-general and deputies (สำนักงานตำรวจแห่งชาติ)
    "ผู้บัญชาการตำรวจแห่งชาติ": "ผู้บัญชาการตำรวจแห่งชาติ", "รองผู้บัญชาการตำรวจแห่งชาติ": "รองผู้บัญชาการตำรวจแห่งชาติ",
    "ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ": "ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ",
    # the commanders of the armed forces and of each service, their deputies, assistants and chiefs of staff
    **{prefix + "ผู้บัญชาการทหาร" + force: prefix + "ผู้บัญชาการทหาร" + force
       for prefix in ("", "รอง", "ผู้ช่วย") for force in ("สูงสุด", "บก", "เรือ", "อากาศ")},
    **{"เสนาธิการทหาร" + force: "เสนาธิการทหาร" + force for force in ("", "บก", "เรือ", "อากาศ")},
    # the Privy Council's president and members
    "ประธานองคมนตรี": "ประธานองคมนตรี", "องคมนตรี": "องคมนตรี",
    # the government's spokespersons (of the Prime Minister's office) and the Thai Trade Representative
    "โฆษกรัฐบาล": "โฆษกรัฐบาล", "รองโฆษกรัฐบาล": "รองโฆษกรัฐบาล",
    "ผู้แทนการค้าไทย": "ผู้แทนการค้าไทย", "รองผู้แทนการค้าไทย": "รองผู้แทนการค้าไทย",
    # the police's commissioner-general in short ("ผู้ช่วย ผบ.ตร.")
    "ผบ.ตร.": "ผู้บัญชาการตำรวจแห่งชาติ", "รอง ผบ.ตร.": "รองผู้บัญชาการตำรวจแห่งชาติ", "รองผบ.ตร.": "รองผู้บัญชาการตำรวจแห่งชาติ",
    "ผู้ช่วย ผบ.ตร.": "ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ", "ผู้ช่วยผบ.ตร.": "ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ",
    # the armed forces' commanders and the defence ministry's permanent secretary in short, as the defence
    # ministry's releases write them ("พล.อ.ณัฐ อินทรเจริญ ปล.กห.", "รอง ผบ.ทบ."; a bare รอง. is a typing slip)
    **{prefix + short + "." + force + ".": full_prefix + full + name
       for prefix, full_prefix in (("", ""), ("รอง", "รอง"), ("รอง ", "รอง"), ("รอง.", "รอง"), ("ผู้ช่วย", "ผู้ช่วย"),
                                   ("ผู้ช่วย ", "ผู้ช่วย"), ("ผช.", "ผู้ช่วย"))
       for short, full, force, name in (("ผบ", "ผู้บัญชาการทหาร", "ทบ", "บก"), ("ผบ", "ผู้บัญชาการทหาร", "ทร", "เรือ"),
                                        ("ผบ", "ผู้บัญชาการทหาร", "ทอ", "อากาศ"), ("ผบ", "ผู้บัญชาการทหาร", "สส", "สูงสุด"),
                                        ("ปล", "ปลัดกระทรวง", "กห", "กลาโหม"))},
    # Bangkok's permanent secretary and deputies (กรุงเทพมหานคร)
    "ปลัดกรุงเทพมหานคร": "ปลัดกรุงเทพมหานคร", "รองปลัดกรุงเทพมหานคร": "รองปลัดกรุงเทพมหานคร",
    # the royal household's secretary-general and the king's private secretaries
    **{prefix + "เลขาธิการพระราชวัง": prefix + "เลขาธิการพระราชวัง" for prefix in ("", "รอง", "ผู้ช่วย")},
    **{prefix + "ราชเลขานุการในพระองค์": prefix + "ราชเลขานุการในพระองค์" for prefix in ("", "ผู้ช่วย")},
    # the heads of bodies whose title names the body without its สำนักงาน: the planning council's secretary-general,
    # the attorney general, the ombudsmen (each with its office, people/positions.py)
    **{prefix + "เลขาธิการสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ": prefix + "เลขาธิการสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ"
       for prefix in ("", "รอง", "ผู้ช่วย")},
    "อัยการสูงสุด": "อัยการสูงสุด", "รองอัยการสูงสุด": "รองอัยการสูงสุด",
    "ผู้ตรวจการแผ่นดิน": "ผู้ตรวจการแผ่นดิน", "ประธานผู้ตรวจการแผ่นดิน": "ประธานผู้ตรวจการแผ่นดิน",
    # the Prime Minister's own spokespersons and assistant minister, titled by the Prime Minister rather than the
    # office ("รองโฆษกประจำนายกรัฐมนตรี", "ผู้ช่วยรัฐมนตรีประจำนายกรัฐมนตรี"): posts of the Prime Minister's office
    **{title: title for title in ("โฆษกประจำนายกรัฐมนตรี", "รองโฆษกประจำนายกรัฐมนตรี", "ผู้ช่วยรัฐมนตรีประจำนายกรัฐมนตรี")},
    # the head of Thailand's Muslims, a post the state appoints
    "จุฬาราชมนตรี": "จุฬาราชมนตรี",
}
# Countries whose officials the releases name with titles like Thai ones ("นายกรัฐมนตรีอินเดีย"):
# a title followed by one of them is a foreign office, not a post in the Thai government.
FOREIGN_COUNTRIES = (
    "จีน", "ญี่ปุ่น", "เกาหลีใต้", "เกาหลี", "อินเดีย", "สหรัฐอเมริกา", "อเมริกา", "สหราชอาณาจักร", "อังกฤษ",
    "ฝรั่งเศส", "เยอรมนี", "เยอรมัน", "อิตาลี", "สเปน", "โปรตุเกส", "เนเธอร์แลนด์", "เบลเยียม", "สวิตเซอร์แลนด์",
    "ออสเตรีย", "สวีเดน", "นอร์เวย์", "เดนมาร์ก", "ฟินแลนด์", "ไอร์แลนด์", "โปแลนด์", "ฮังการี", "เช็ก", "กรีซ",
    "ตุรกี", "ทูร์เคีย", "รัสเซีย", "ยูเครน", "ออสเตรเลีย", "นิวซีแลนด์", "แคนาดา", "เม็กซิโก", "บราซิล",
    "อาร์เจนตินา", "ชิลี", "เปรู", "แอฟริกาใต้", "อียิปต์", "ซาอุดีอาระเบีย", "ซาอุดิอาระเบีย",
    "สหรัฐอาหรับเอมิเรตส์", "กาตาร์", "คูเวต", "บาห์เรน", "โอมาน", "อิหร่าน", "อิสราเอล", "จอร์แดน", "ปากีสถาน",
    "บังกลาเทศ", "ศรีลังกา", "เนปาล", "ภูฏาน", "มัลดีฟส์", "มาเลเซีย", "สิงคโปร์", "อินโดนีเซีย", "ฟิลิปปินส์",
    "เวียดนาม", "กัมพูชา", "สปป.ลาว", "ลาว", "เมียนมา", "พม่า", "บรูไน", "ติมอร์-เลสเต", "มองโกเลีย",
    "คาซัคสถาน", "อุซเบกิสถาน", "ไต้หวัน", "ฮ่องกง",
)

# "รักษาราชการแทน" / "รักษาการ" = acting; "ปฏิบัติหน้าที่" = performing the duties of.
ACTING_PREFIXES = ("รักษาราชการแทน", "รักษาการในตำแหน่ง", "รักษาการแทน", "รักษาการ", "ปฏิบัติหน้าที่แทน", "ปฏิบัติหน้าที่")

KIND_ORDER = ("ministry", "independent", "committee", "department", "office", "state_enterprise", "other", "unit")


@dataclass(eq=False)   # hashed by identity: compiled matchers are cached per gazetteer
class Gazetteer:
    """The reference knowledge, indexed for lookup and matching."""

    agencies: dict[str, Organization]
    by_key: dict[str, list[str]]                 # match_key(name or alias) → agency keys
    abbreviations: dict[str, list[str]]          # short form → agency keys, table order
    provinces: tuple[str, ...]
    unit_heads: dict[str, str]                   # "สำนักงานสาธารณสุขจังหวัด" → parent key
    programmes: dict[str, Programme]
    programme_labels: dict[str, str]             # match_key(label) → programme key
    terms: dict[str, list[Term]] = field(default_factory=dict)   # match_key(label) → concepts
    term_surfaces: dict[str, str] = field(default_factory=dict)  # surface form → match_key(label)
    programme_surfaces: tuple[str, ...] = ()                     # programme labels as written
    unit_head_short_forms: dict[str, str] = field(default_factory=dict)   # "สสจ." → "สำนักงานสาธารณสุขจังหวัด"

    def find_by_name(self, name: str) -> str | None:
        keys = self.by_key.get(match_key(name))
        return keys[0] if keys else None

    def by_name(self, name: str) -> Organization | None:
        key = self.find_by_name(name)
        return self.agencies[key] if key else None

    @property
    def places(self) -> Places:
        """Provinces, districts, subdistricts and local governments (``places.py``), loaded on first use."""
        return load_places()

    @property
    def bodies(self) -> Bodies:
        """The rest of the state and the bodies outside it (``BODY_FILES``), loaded on first use."""
        return load_bodies()

    @property
    def faculties(self) -> dict[str, str]:
        """The common faculties of a public university ("คณะแพทยศาสตร์" → "Faculty of Medicine"),
        longest first: a faculty is named ``<faculty> <university>`` and sits under its university."""
        return load_faculties()

    @property
    def faculty_universities(self) -> dict[str, str]:
        """Faculties whose own name is one university's ("คณะแพทยศาสตร์ศิริราชพยาบาล" → "มหาวิทยาลัยมหิดล"):
        the news often writes them without the university, and they still sit under it."""
        return load_faculty_universities()

    def organization(self, key: str) -> Organization | None:
        """An agency, a body of ``bodies`` or of ``places`` (a province, district, local government) by key."""
        if not key:                # callers ask with no key (an award token naming no body): none
            return None
        if key in self.agencies:
            return self.agencies[key]
        if key.startswith("x-"):   # learned from an article: never in a table
            return None
        return self.bodies.orgs.get(key) or self.places.organization(key)

    def find_body(self, name: str) -> str | None:
        """The key of a body by its exact name or alias in any table: the agencies, then ``bodies``, then the
        bodies of ``places`` (a province, Bangkok, a district's body, a listed local government)."""
        return self.find_by_name(name) or self.bodies.find_by_name(name) or self.places.find_body(name)

    def is_outside(self, key: str) -> bool:
        """Whether a body of the tables lies outside the Thai state (a company, foundation, …)."""
        org = self.organization(key)
        return org is not None and org.kind in OUTSIDE_KINDS

    def ancestors(self, key: str) -> list[str]:
        """The chain of parents above an agency or a body of ``places``, nearest first (cycles cut)."""
        chain, seen = [], {key}
        org = self.organization(key)
        parent = org.parent if org else None
        while parent and parent not in seen and (org := self.organization(parent)) is not None:
            chain.append(parent)
            seen.add(parent)
            parent = org.parent
        return chain

    def office_of_committee(self, key: str) -> str | None:
        """The secretariat (สำนักงาน + committee name) that serves a committee, where one exists."""
        agency = self.agencies.get(key)
        if agency is None or agency.kind != "committee":
            return None
        return self.find_by_name("สำนักงาน" + agency.name)

    def permanent_secretary_office(self, ministry_key: str) -> str | None:
        """The ministry's สำนักงานปลัด… office (office of the permanent secretary)."""
        name = self.agencies[ministry_key].name
        for candidate in ("สำนักงานปลัด" + name, "สำนักงานปลัด" + name.removeprefix("สำนัก")):
            key = self.find_by_name(candidate)
            if key:
                return key
        return None


def _read_csv(name: str) -> list[dict[str, str]]:
    with ontology_file(name).open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def province_alternation(provinces: Iterable[str], bangkok: bool = False) -> str:
    """The provinces' names as one regex alternation, longest first (a name never cut to a shorter one it begins
    with); Bangkok only when asked for, since the text names it otherwise (กรุงเทพฯ, กทม.)."""
    return "|".join(sorted((re.escape(p) for p in provinces if bangkok or p != BANGKOK), key=len, reverse=True))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from the files in ``ontology/``."""
    agencies: dict[str, Organization] = {}
    by_key: dict[str, list[str]] = defaultdict(list)
    abbreviations: dict[str, list[str]] = defaultdict(list)
    _index(_read_csv("agencies.csv"), agencies, by_key, abbreviations)
    provinces = tuple(row["name_th"] for row in _read_csv("provinces.csv"))
    unit_heads, unit_head_short_forms = {}, {}
    for row in _read_csv("unit_heads.csv"):
        keys = by_key.get(match_key(row["parent"]))
        if keys:
            unit_heads[row["head"]] = keys[0]
            if row.get("short_th"):
                unit_head_short_forms[row["short_th"]] = row["head"]
    programmes, programme_labels, terms, term_labels, programme_surfaces = _load_award_scheme()
    return Gazetteer(agencies=agencies, by_key=dict(by_key), abbreviations=dict(abbreviations),
                     provinces=provinces, unit_heads=unit_heads, programmes=programmes,
                     programme_labels=programme_labels, terms=terms,
                     term_surfaces=_term_surfaces(terms, term_labels), programme_surfaces=programme_surfaces,
                     unit_head_short_forms=unit_head_short_forms)


def _index(rows: Iterable[dict[str, str]], orgs: dict[str, Organization], by_key: dict[str, list[str]],
           abbreviations: dict[str, list[str]]) -> None:
    """Add rows of an agency table to ``orgs`` and index their names, aliases and short forms."""
    for row in rows:
        org = Organization(
            key=row["id"], name=row["name_th"], kind=row["kind"] or "other",
            parent=row.get("parent_id") or None, abbreviations=_split(row.get("abbreviations_th", "")),
            name_en=row.get("name_en") or None, aliases=_split(row.get("aliases_th", "")),
            wikidata=row.get("wikidata") or None)
        orgs[org.key] = org
        for name in (org.name, *org.aliases):
            if org.key not in by_key[match_key(name)]:
                by_key[match_key(name)].append(org.key)
        for abbr in org.abbreviations:
            abbreviations[abbr].append(org.key)


@dataclass(eq=False)
class Bodies:
    """The rest of the state (armed forces, police, universities, courts, museums, prisons, state
    enterprises) and the bodies outside it (international bodies, chambers, private universities …)."""

    orgs: dict[str, Organization]                 # key → body, with its kind and parent
    by_key: dict[str, list[str]]                  # match_key(name or alias) → keys
    abbreviations: dict[str, list[str]]           # short form (confirmed by the corpus) → keys

    def find_by_name(self, name: str) -> str | None:
        keys = self.by_key.get(match_key(name))
        return keys[0] if keys else None

    def names(self) -> tuple[tuple[str, str], ...]:
        """(name or alias, key) of every body, longest first: for a literal matcher."""
        pairs = {(name, org.key) for org in self.orgs.values() for name in (org.name, *org.aliases)}
        return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


@lru_cache(maxsize=1)
def load_bodies() -> Bodies:
    """The tables of ``BODY_FILES``, built once per process on first use."""
    orgs: dict[str, Organization] = {}
    by_key: dict[str, list[str]] = defaultdict(list)
    abbreviations: dict[str, list[str]] = defaultdict(list)
    for name in BODY_FILES:
        _index(_read_csv(name), orgs, by_key, abbreviations)
    return Bodies(orgs=orgs, by_key=dict(by_key), abbreviations=dict(abbreviations))


@lru_cache(maxsize=1)
def load_faculties() -> dict[str, str]:
    rows = _read_csv("faculties.csv")
    return {row["name_th"]: row["name_en"] for row in sorted(rows, key=lambda r: (-len(r["name_th"]), r["name_th"]))}


@lru_cache(maxsize=1)
def load_faculty_universities() -> dict[str, str]:
    return {row["name_th"]: row["university"] for row in _read_csv("faculties.csv") if row["university"]}


def _load_award_scheme() -> tuple[dict[str, Programme], dict[str, str], dict[str, list[Term]], dict[str, str], tuple[str, ...]]:
    """Programmes and their branch / category / level concepts from ``ontology/awards.ttl``."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import RDF, SKOS

    from .vocab import ID_BASE, TGK

    graph = Graph()
    graph.parse(ontology_file("awards.ttl"), format="turtle")
    programme_prefix = ID_BASE + "programme/"
    org_prefix = ID_BASE + "org/"
    programmes: dict[str, Programme] = {}
    labels: dict[str, str] = {}
    programme_surfaces: list[str] = []
    for iri in sorted(graph.subjects(RDF.type, TGK.AwardProgramme)):
        key = str(iri).removeprefix(programme_prefix)
        names = [str(v) for v in graph.objects(iri, SKOS.prefLabel) if getattr(v, "language", None) == "th"]
        organizer = graph.value(iri, TGK.administeredBy)
        programmes[key] = Programme(key=key, name=names[0] if names else key,
                                    organizer=str(organizer).removeprefix(org_prefix) if organizer else None)
        for label in graph.objects(iri, SKOS.prefLabel | SKOS.altLabel):
            labels.setdefault(match_key(str(label)), key)
            programme_surfaces.append(str(label))
    kinds = {TGK.AwardBranch: "branch", TGK.AwardCategory: "category", TGK.AwardLevel: "level"}
    terms: dict[str, list[Term]] = defaultdict(list)
    term_labels: dict[str, str] = {}
    for cls, kind in kinds.items():
        for iri in sorted(graph.subjects(RDF.type, cls)):
            scheme = graph.value(iri, SKOS.inScheme)
            pref = [str(v) for v in graph.objects(iri, SKOS.prefLabel) if getattr(v, "language", None) in ("th", None)]
            if not pref or scheme is None:
                continue
            broader = graph.value(iri, SKOS.broader)
            term = Term(iri=str(iri), kind=kind, label=pref[0],
                        scheme=str(scheme).removeprefix(programme_prefix),
                        broader=str(broader) if isinstance(broader, URIRef) else None)
            for label in sorted({str(v) for v in graph.objects(iri, SKOS.prefLabel | SKOS.altLabel)}):
                if term not in terms[match_key(label)]:
                    terms[match_key(label)].append(term)
                term_labels[re.sub(r"\s+", "", label)] = match_key(label)
    return programmes, labels, dict(terms), term_labels, tuple(sorted(set(programme_surfaces)))


# Leading words of award terms: สาขา = branch, ด้าน = field, ประเภท = type,
# ระดับ = level, รางวัล = award.
TERM_LEADERS = {"branch": ("สาขา", "ด้าน"), "category": ("ประเภท", "รางวัลประเภท"), "level": ("ระดับ", "ในระดับ")}


def _term_surfaces(terms: dict[str, list[Term]], labels: dict[str, str]) -> dict[str, str]:
    """Every surface form a term is matched by, mapped to its label key.

    Bare labels match only where they cannot be ordinary prose: long Thai
    branch and category names, PMQA chapters (หมวด), and contest placings (ชนะเลิศ = winner, ชมเชย =
    honourable mention, รางวัลที่ 1 = first prize); short levels such as ดี (good) need their ระดับ.
    """
    surfaces: dict[str, str] = {}
    for label, key in sorted(labels.items()):
        kinds = {term.kind for term in terms[key]}
        thai = bool(re.search(r"[\u0e01-\u0e4e]", label))
        bare_ok = thai and any(
            (kind in ("branch", "category") and len(key) >= 10) or (kind == "level" and ("ชนะเลิศ" in key or "ชมเชย" in key or key.startswith("รางวัลที่")))
            or (kind == "category" and key.startswith("หมวด"))
            for kind in kinds)
        if bare_ok:
            surfaces.setdefault(label, key)
        for kind in kinds:
            for leader in TERM_LEADERS[kind]:
                if not label.startswith(leader):
                    surfaces.setdefault(leader + label, key)
        if "level" in kinds and not label.startswith("ระดับ"):
            surfaces.setdefault(f"(ระดับ{label})", key)
    return surfaces


# --- literal matching -----------------------------------------------------

def literal_regex(words: Iterable[str], flexible_spaces: bool = True) -> re.Pattern[str]:
    """One regex matching any of ``words``, longest first, as a character trie.

    With ``flexible_spaces`` the words are compared without their spaces and
    a space may stand between any two characters of the text, so
    ``สำนักงาน ก.พ.ร.`` and ``สำนักงานก.พ.ร.`` both match. A trie keeps the
    regex fast however many words there are.
    """
    trie: dict = {}
    for word in words:
        word = re.sub(r"\s+", "", word) if flexible_spaces else word
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    gap = r"[ \t]?" if flexible_spaces else ""

    def build(node: dict, depth: int) -> str:
        branches = [re.escape(char) + build(child, depth + 1) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        # the gap before the branches, not in each: every branch then opens with its letter, which the
        # engine compares before it enters the branch (no word holds a space, so it matches the same)
        body = (gap if depth else "") + (branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")")
        # a word ending here is tried after the longer ones (greedy, longest first)
        return f"(?:{body})?" if "" in node else body

    return re.compile(build(trie, 0) or r"(?!)")


def opening(words: Iterable[str]) -> str:
    """``(?=[…])``: a match begins with the first letter of one of ``words``.

    Put first in a pattern that opens with lookbehinds or optional words, it changes no match: the
    engine, which otherwise tries the whole pattern at every position of the text, passes over every
    position where none of the letters stands at one compare (a scan two to eight times faster).
    """
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words if word})) + "])"


def kind_rank(kind: str) -> int:
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER)
