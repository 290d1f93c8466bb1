"""Schools named in the text: ``โรงเรียน`` and the name of one school (``โรงเรียนกำเนิดวิทย์ จังหวัดระยอง``).

Award articles list the schools whose pupils or teachers won, one a line or one a clause, and name a school
where a pupil or a teacher comes from. ``โรงเรียน`` alone is also the common noun, and many words after it
make a kind of school, not one (``โรงเรียนในสังกัด``, ``โรงเรียนเอกชน``, ``โรงเรียนผู้สูงอายุ``,
``โรงเรียนตำรวจตระเวนชายแดน``), so the words after the head are a school's name only where

* they end where the words stop (a space, a mark, the line) or where prose is written on to them
  (``named_bodies.name_after_head``), and
* they are shaped as the names of schools are: opened by a village, a temple, a town or another stem
  schools are named by (``บ้าน…``, ``วัด…``, ``อนุบาล…``, ``เทศบาล…``, ``สาธิต…``, ``ชุมชน…``), closed by a
  word schools' names end with (``…วิทยา``, ``…วิทยาคม``, ``…พิทยาคม``, ``…วิทยาลัย``, ``…สงเคราะห์`` …),
  ending with a real place (``อัสสัมชัญลำปาง``), or followed by the place the article locates the school in
  (``โรงเรียนไทรน้อย จังหวัดนนทบุรี``).

The colleges of the Praboromarajchanok Institute (สถาบันพระบรมราชชนก, the health ministry's) are named by their
series and their place or a name of their own (``วิทยาลัยพยาบาลบรมราชชนนี ชัยนาท``, ``วิทยาลัยพยาบาลบรมราชชนนีสวรรค์
ประชารักษ์``, ``วิทยาลัยการสาธารณสุขสิรินธร จังหวัดพิษณุโลก``) and sit under the institute; the series alone is a kind.

A school where something takes place (``ณ โรงเรียน…``) is a venue (tests/ANNOTATION.md), as for the vocational
colleges. Whose a school is the text seldom says: it stands without a parent (tests/ANNOTATION.md: the office
that runs it where the article says, else null), but a university's demonstration school (``สาธิต<university>``)
says it is the university's; one the reference table knows keeps the table's place.
"""
from __future__ import annotations

import re

from ..reading import OrgMention, Reading
from .named_bodies import _VENUE_BEFORE, name_after_head
from .unit_names import _words

_THAI = r"[\u0e01-\u0e4e]"
_HEAD = "โรงเรียน"
_SCHOOL = re.compile(r"(?:โรงเรียน|ร\.ร\.|รร\.)(?P<space>[ \t]?)(?P<run>(?:" + _THAI + r"|-(?=" + _THAI + r")){2,60})")
# Stems a school's name opens with; the stem alone is a kind ("โรงเรียนอนุบาล", "โรงเรียนเทศบาล").
_OPENING = ("บ้าน", "วัด", "อนุบาล", "เทศบาล", "สาธิต", "ชุมชน", "ตำรวจตระเวนชายแดนบ้าน", "ตชด.", "ราชประชานุเคราะห์",
            "เตรียมอุดมศึกษา", "ราชวินิต", "สตรี", "เซนต์", "พระหฤทัย", "มัธยมวัด", "ผู้สูงอายุวัด", "ผู้สูงอายุตำบล")
# Words a school's name ends with.
_CLOSING = ("วิทยา", "วิทย์", "วิทย", "วิทยาคม", "วิทยาคาร", "วิทยาลัย", "วิทยานุสรณ์", "วิทยานุกูล", "วิทยาสรรพ์",
            "วิทยาสรรค์", "พิทยา", "พิทยาคม", "พิทยาคาร", "พิทยาลัย", "ศึกษาลัย", "ศึกษาคาร", "สงเคราะห์", "อุปถัมภ์",
            "อุทิศ", "นุสรณ์", "นุกูล", "บำรุง", "ราษฎร์", "ประชาสรรค์", "ราชูทิศ", "ทิศ", "วิเทศศึกษา", "คริสเตียน",
            "คม", "คาร", "ลัย")
# Names that are kinds of school, not one: the name as a whole, or its first word.
_KIND_NAMES = frozenset("""อนุบาล เทศบาล สาธิต ชุมชน เอกชน แพทย์ ผู้สูงอายุ พระปริยัติธรรม ตำรวจตระเวนชายแดน นายร้อย ประถมศึกษา
มัธยมศึกษา มัธยม ประถม ขยายโอกาส ขยายโอกาสทางการศึกษา สอนศาสนา สอนศาสนาอิสลาม ตาดีกา นานาชาติ ประจำ ประจำจังหวัด ปอเนาะ
สองภาษา วิทยาศาสตร์ กีฬา ศึกษาสงเคราะห์ ศึกษาพิเศษ การศึกษาพิเศษ สอนคนตาบอด สิ่งแวดล้อมศึกษา เบาหวาน เบาหวานวิทยา
จิตอาสา ครอบครัว คุณภาพ ต้นแบบ นำร่อง แกนนำ เครือข่าย ขนาดเล็ก ขนาดกลาง ขนาดใหญ่ รัฐ ปลอดภัย ปลอดบุหรี่ สุขภาพดี
นอกระบบ สอนขับรถ ชาวนา ชาวไร่ เกษตร ผู้ปกครอง พ่อแม่ ชีวิต สีขาว ดีเด่น ในฝัน มาตรฐาน ศูนย์ เป้าหมาย ปลายทาง
ต้นทาง พระพุทธศาสนา วันอาทิตย์ อาชีวศึกษา การเงิน ธนาคาร เศรษฐกิจพอเพียง สุขบัญญัติ รักษ์""".split())
_KIND_OPENING = ("ใน", "สังกัด", "ระดับ", "ขนาด", "ต่าง", "ทั่ว", "ทุก", "ที่", "ของ", "เอกชน", "รัฐบาล", "ประจำ", "แห่ง",
                 "คุณภาพ", "ต้นแบบ", "นำร่อง", "เครือข่าย", "แกนนำ", "ปลอด", "สุขภาพ", "ส่งเสริม", "จิตอาสา", "เพื่อ",
                 "มัธยมศึกษา", "ประถมศึกษา", "อนุบาลและ", "กับ", "และ", "หรือ", "การ", "ความ", "ผู้สูงอายุแห่ง")
# The place the article locates a school in, after a space: its province, district or subdistrict, or whose it is.
_LOCATED_AFTER = re.compile(r"[ \t]+(?:จังหวัด|จ\.|อำเภอ|อ\.|ตำบล|ต\.|เขต|กรุงเทพ|กทม|สังกัด|สพป|สพม|สำนักงานเขตพื้นที่)")
# A number written after a school's name belongs to it ("โรงเรียนเทศบาล 1", "โรงเรียนราชประชานุเคราะห์ 31"), not a
# count ("โรงเรียนเทศบาล 3 แห่ง"); a town's or a community's schools are told apart by their numbers alone.
_NUMBER_AFTER = re.compile(r"[ \t]?(\d{1,3})(?![\d.,:/])(?![ \t]*(?:แห่ง|โรง|คน|ราย|ทีม|ปี|เดือน|วัน|ชั่วโมง|ครั้ง|%|ร้อยละ|ล้าน|พัน|หมื่น))")
_NUMBERED = ("เทศบาล", "ชุมชน", "อนุบาล")
# A royal patronage or a royal title written after the name belongs to it.
_ROYAL_AFTER = re.compile(r"[ \t](?:ในพระ" + _THAI + r"{0,14}ปถัมภ์|รัช" + _THAI + r"{2,20}|" + _THAI + r"{2,20}าภิเษก)(?!" + _THAI + ")")


_INSTITUTE = "สถาบันพระบรมราชชนก"
_HEALTH_COLLEGE = re.compile(r"(?P<kind>วิทยาลัยพยาบาลบรมราชชนนี|วิทยาลัยการสาธารณสุขสิรินธร)[ \t]?(?:จังหวัด|จ\.)?[ \t]?"
                             r"(?P<run>" + _THAI + r"{2,40})")


def _health_colleges(reading: Reading) -> list[OrgMention]:
    """The institute's nursing and public-health colleges, each under the institute."""
    text, places, found = reading.text, reading.gazetteer.places, []
    parent = reading.gazetteer.find_by_name(_INSTITUTE)
    for match in _HEALTH_COLLEGE.finditer(text):
        run = match.group("run")
        words = _words(run)
        place = next(("".join(words[:size]) for size in range(len(words), 0, -1)
                      if places.province("".join(words[:size]))), None)
        name = place or name_after_head("", run)
        if name is None or name == _INSTITUTE or name.startswith(("สถาบัน", "สังกัด", "จำนวน", "ทั่ว", "ทุก", "ต่าง", "ใน")) \
                or (place is None and (len(words) > 3 or name != run)):
            continue    # the series alone, its institute after it, or prose: no one college
        end = match.start("run") + len(name)
        full = re.sub(r"[ \t]+", " ", text[match.start():end])       # as written: "… กรุงเทพ", "… จังหวัดพิษณุโลก"
        if " " not in full:
            full = match.group("kind") + " " + name
        found.append(OrgMention(match.start(), end, reading.learn_organization(full, "university", parent), "named"))
    return found


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Candidates (start, -length, priority, mention) for the schools and the institute's colleges the text names."""
    text, gazetteer = reading.text, reading.gazetteer
    found = _health_colleges(reading)
    for match in _SCHOOL.finditer(text):
        if not _starts_a_word(text, match.start()) \
                or _VENUE_BEFORE.search(text, max(0, match.start() - 60), match.start()) \
                or _LANDMARK_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        whole = match.group("run")
        if _LOCATED_AFTER.match(text, match.end("run")) and _is_a_name(whole, reading):
            name = whole        # its place after it shows where the name ends: "โรงเรียนห้วยแถลงพิทยาคม อำเภอ…"
        else:                   # (a word of it that is prose elsewhere stays: แถลง, แจ้ง, รวม, ใน, มูลนิธิ)
            name = name_after_head("", whole, kind_only=False) or name_after_head("", whole, kind_only=True)
        if name is None:
            continue
        end = match.start("run") + len(name)
        if text[end:end + 1] in (".", "ฯ"):
            continue        # "โรงเรียนบ้านหนองฯ": the name is not all here
        number = _NUMBER_AFTER.match(text, end)
        numbered = bool(number) and name in _NUMBERED
        if numbered:
            name, end = name + " " + number.group(1), number.end()      # "โรงเรียนเทศบาล 3": one of a town's schools
        elif not _is_a_name(name, reading):
            continue
        elif number:
            name, end = name + " " + number.group(1), number.end()
        located = _LOCATED_AFTER.match(text, end)
        royal = _ROYAL_AFTER.match(text, end)
        if royal:
            name, end = name + " " + royal.group().strip(), royal.end()
        other = _OTHER_NAME_AFTER.match(text, end)
        if other:
            name, end = name + " " + other.group().strip(), other.end()
        abbreviated = not match.group().startswith(_HEAD)
        cut = not name.startswith(whole)    # prose was written on to the name: only its own last word shows its end
        if not (numbered or _shaped(name, reading, ending_only=cut) or located and not abbreviated):
            continue        # (รร. and ร.ร. are a hotel's short form too: located alone is not enough)
        full = _HEAD + name
        key = gazetteer.find_by_name(full) or gazetteer.bodies.find_by_name(full) \
            or reading.learn_organization(full, "school", _university_of(name, reading))
        found.append(OrgMention(match.start(), end, key, "named"))
    return [(m.start, m.start - m.end, 2, m) for m in found]


# A school that says where something is ("หน้า ร.ร.…", "ข้างโรงเรียน…") is a landmark, a place.
_LANDMARK_BEFORE = re.compile(r"(?:หน้า|ข้าง|ใกล้|ตรงข้าม|หลัง|ติด)[ \t]*$")
# A school's other name in brackets right after it is part of its name ("โรงเรียนเทศบาล 2 (คลองจิหลาด)",
# "โรงเรียนบ้านทุ่ม (ทุ่มประชานุเคราะห์)"); a place or a short form in brackets is not.
_OTHER_NAME_AFTER = re.compile(r"[ \t]?\((?!จังหวัด|อำเภอ|ตำบล|ประเทศ|จ\.|อ\.|ต\.)" + _THAI + r"[\u0e01-\u0e4e \t]{1,40}\)")
# Words a school may be written on to: connectives, a pupil's or a teacher's word, an officer's title.
_GLUE = ("และ", "กับ", "ของ", "จาก", "โดย", "ให้", "แก่", "ได้แก่", "คือ", "เช่น", "อาทิ", "ร่วมกับ", "นักเรียน", "ครู",
         "ผู้อำนวยการ", "ตัวแทน", "ผู้แทน", "ทีม", "คณะ", "นักกีฬา", "ชนะเลิศ", "ศิษย์เก่า", "ยัง", "มี")


def _starts_a_word(text: str, start: int) -> bool:
    if start == 0 or not re.match(_THAI, text[start - 1]):
        return True
    return text.endswith(_GLUE, max(0, start - 12), start)


def _university_of(name: str, reading: Reading) -> str | None:
    """A university's demonstration school (``โรงเรียนสาธิตจุฬาลงกรณ์มหาวิทยาลัย``) is the university's."""
    if not name.startswith("สาธิต"):
        return None
    university = name[len("สาธิต"):].split(" ")[0]
    key = reading.gazetteer.find_by_name(university) or reading.gazetteer.bodies.find_by_name(university)
    org = reading.gazetteer.organization(key) if key else None
    return key if org is not None and org.kind == "university" else None


def _is_a_name(name: str, reading: Reading) -> bool:
    """Not a kind of school: neither the whole nor its opening word says only what kind it is."""
    words = _words(name)
    if not words or name in _KIND_NAMES or words[0] in _KIND_NAMES and len(words) == 1:
        return False
    if name.startswith(_KIND_OPENING) or "แห่ง" in words:
        return False
    return 2 < len(name) <= 45 and len(words) <= 6


def _shaped(name: str, reading: Reading, ending_only: bool = False) -> bool:
    """Whether the words are shaped as a school's name: a stem it opens with (and more after it), a word it
    closes with, or a real place closing it. Where prose was written on to the name, a stem it opens with does not
    show where it ends ("โรงเรียนวัดพระยา|ทำ…": the temple's name may go on), only its closing word or place."""
    bare = name.split(" ")[0]
    if not ending_only and any(bare.startswith(stem) and len(bare) > len(stem) + 1 for stem in _OPENING):
        return True
    if bare.endswith(_CLOSING) and bare not in _KIND_NAMES:
        return True
    places = reading.gazetteer.places
    words = _words(bare)
    return len(words) > 1 and any(places.province("".join(words[i:])) for i in range(1, len(words)))
