"""The posts step: a post belongs to the person it stands right after (or right before, where none precedes it);
titles joined by "and" are one person's; a holder named in brackets after the title, and names listed before one
shared title, hold it too."""
from __future__ import annotations

import re

from ...gazetteer import NOT_SURNAME, NOT_SURNAME_WORDS, POSITION_HEADS
from ...model import Post
from ..reading import PersonMention, PositionMention, Reading
from .common import _BRIDGE, _THAI_RUN
from .names import _person_regex
from .titles import _BETWEEN_TWO_TITLES, _GRADED_TITLE, _TITLES_AFTER_A_TITLE


# Between two titles of one person: and / as well as / who is, the short form of the first in brackets before it
# ("เลขาธิการคณะกรรมการ… (สดช.) ในฐานะโฆษกกระทรวงดีอี").
_AND = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:และ|รวมทั้ง|ในฐานะ|ซึ่งเป็น|ซึ่งดำรงตำแหน่ง|เป็น)[ \t]*"
                  r"|[ \t]*\([^()\n]{1,20}\)[ \t]*")


# After a former post a title without อดีต of its own is as often past too ("อดีตประธานองคมนตรี และนายกรัฐมนตรี คนที่ 16",
# "อดีตนายกรัฐมนตรี ประธานองคมนตรีและรัฐบุรุษ", of a man long dead) as held now: it is the person's only where the
# text says it is held now ("อดีตรองนายกรัฐมนตรี เป็นที่ปรึกษา…", "… ปัจจุบันดำรงตำแหน่ง…").
_NOW_AFTER_FORMER = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?:และ[ \t]*)?(?:ซึ่ง)?(?:ปัจจุบัน(?:ดำรงตำแหน่ง|เป็น)?|เป็น|ในฐานะ)"
                               r"[ \t]*")


def attach(reading: Reading) -> None:
    """Each title tied to the person who holds it: ``reading.extraction.posts``."""
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
            if after is None:       # "รองนายกรัฐมนตรี รัฐมนตรีว่าการกระทรวงพลังงาน", "รองปลัดกระทรวงยุติธรรม หัวหน้าศูนย์…"
                after = _second_duty(reading, position, used)
            if after is not None and position.former and not after.former \
                    and not _NOW_AFTER_FORMER.fullmatch(text, position.end, after.start):
                after = None
            position = after
    _posts_after_an_unread_title(reading, used, titled)
    # a title standing right before a name nobody else holds it for: "ปลัดกระทรวงมหาดไทย นายสุทธิพงษ์";
    # not the tail of a longer title glued to a word before it ("เลขานุการ|รัฐมนตรีว่าการ…"), nor to a
    # name with its own title after it (the title then ends the previous person's words)
    person_starts = {p.start: p for p in reading.persons}
    person_ends = {p.end for p in reading.persons}
    position_ends = {p.end for p in reading.positions}
    for position in reading.positions:
        if position.start in used or re.match(_THAI_RUN, text[position.start - 1:position.start]) \
                and not _CONNECTIVE_GLUED.search(text, max(0, position.start - 6), position.start):
            continue
        gap = re.match(r"[ \t]*", text[position.end:])
        person = person_starts.get(position.end + (gap.end() if gap else 0))
        if person is not None and person.start not in titled \
                and _opens_clause(reading, position.start, person_ends, position_ends):
            _add_post(reading, person, position)
    _holders_in_brackets(reading, used, titled)
    _share_listed_titles(reading, first_titles, titled)


# …or written on to a connective before it: "รับรางวัลจากนายกรัฐมนตรี นายเศรษฐา ทวีสิน", "โดยมีปลัดกระทรวง… นาย…"
_CONNECTIVE_GLUED = re.compile(r"(?:จาก|โดย|โดยมี|และ|กับ|แก่|ถึง|ต่อ|ได้แก่|อาทิ|คือ)$")


# A second duty written after a space right after the holder's first title: a minister's post after the deputy Prime
# Minister's, a committee's chair, a unit's head ("รองนายกรัฐมนตรี รัฐมนตรีว่าการกระทรวงพลังงาน", "รัฐมนตรีประจำสำนัก
# นายกรัฐมนตรี ประธานคณะกรรมการแก้ไขปัญหา…", "รองปลัดกระทรวงยุติธรรม หัวหน้าศูนย์ปฏิบัติการต่อต้านการทุจริต"); not the head of
# another agency (a guest named by the title alone: "เลขาธิการนายกรัฐมนตรี ปลัดสำนักนายกรัฐมนตรี นาย…"), nor a title standing
# before a name without a title of its own (that name's). A former post (อดีต…) after a space goes on too: a guest is never
# named by a post they no longer hold ("ปลัดกระทรวงมหาดไทย อดีตผู้ว่าราชการจังหวัดเชียงใหม่", pos21's fresh slice: 4 in 3 of 30).
_SECOND_DUTIES = ("ประธาน", "รองประธาน", "หัวหน้า", "รัฐมนตรี", "โฆษก")


def _second_duty(reading: Reading, first: PositionMention, used: set[int]) -> PositionMention | None:
    text = reading.text
    if not re.match(r"[ \t]", text[first.end:first.end + 1]):
        return None
    at = re.compile(r"[ \t]+").match(text, first.end).end()
    follower = next((p for p in reading.positions if p.start == at), None)
    if follower is None or follower.start in used or not (follower.former or follower.title.startswith(_SECOND_DUTIES)):
        return None
    at = re.compile(r"[ \t]*").match(text, follower.end).end()
    person = next((p for p in reading.persons if p.start == at), None)
    if person is not None and not any(p.start == _BRIDGE.match(text, person.end).end() for p in reading.positions):
        return None
    return follower


# A holder's own title the finders do not read (a civil servant's graded line title, a group's or a unit's head, a
# grade in brackets), written between the name and a post they do read: "นาย… นักวิชาการแรงงานชำนาญการพิเศษ
# รักษาราชการแทนจัดหางานจังหวัดบุรีรัมย์", "นางสาว… หัวหน้ากลุ่มนโยบายและแผนงาน รักษาราชการแทน อุตสาหกรรมจังหวัด…", "นาย…
# รองผู้ว่าการ (ปฏิบัติการ 2) รักษาการแทนผู้ว่าการการประปาส่วนภูมิภาค": the acting post after it is the person's; after a
# graded title so is any post ("นาง… นักพัฒนาสังคมชำนาญการพิเศษ ผู้อำนวยการสถานพัฒนาและฟื้นฟูเด็กจังหวัดหนองคาย"), and
# the graded title is a post of that post's body (tests/ANNOTATION.md). Not across a verb, a connective or another name.
_UNREAD_TITLE = re.compile(
    rf"[ \t]+(?:(?P<graded>{_GRADED_TITLE.pattern})|(?:เจ้าพนักงาน|{'|'.join(sorted(POSITION_HEADS, key=len, reverse=True))})"
    r"[^\n]{0,60}?)[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?")
# …or any post the finders read with its body, after an unread title that ends with its grade in brackets or "and":
# "นพ.… ที่ปรึกษาระดับกระทรวง และโฆษกกระทรวงสาธารณสุข", "นพ.… หัวหน้าที่ปรึกษาระดับกระทรวง (นายแพทย์ทรงคุณวุฒิระดับ 11)
# โฆษกกระทรวงสาธารณสุข"
_UNREAD_TITLE_AND = re.compile(
    rf"[ \t]+(?:{'|'.join(sorted(POSITION_HEADS, key=len, reverse=True))})[^\n]{{0,60}}?[ \t]*"
    r"(?:\([^()\n]{1,40}\)[ \t]*(?:และ[ \t]*)?|และ[ \t]*)")
_NO_TITLE_WORDS = re.compile(r"กล่าว|เป็น|ได้|พร้อม|โดย|มอบ|ซึ่ง|[ \t]และ|ร่วมกับ|เข้าร่วม|ในฐานะ|อดีต")
_UNREAD_TITLE_REACH = 100       # characters from the name to the post read after it


def _posts_after_an_unread_title(reading: Reading, used: set[int], titled: set[int]) -> None:
    text = reading.text
    starts = sorted(p.start for p in reading.persons)
    for person in reading.persons:
        if person.start in titled or not person.full:
            continue
        after = next((p for p in reading.positions if person.end < p.start <= person.end + _UNREAD_TITLE_REACH), None)
        gap = _UNREAD_TITLE.fullmatch(text, person.end, after.start) if after is not None else None
        if gap is None or after.start in used or _NO_TITLE_WORDS.search(gap.group()) \
                or any(person.end < s < after.start for s in starts) or not (after.acting or gap.group("graded")):
            if after is not None and _after_an_unread_title_and(text, person, after, used, starts):
                _add_post(reading, person, after)
                used.add(after.start)
                titled.add(person.start)
            continue
        if gap.group("graded"):
            _add_post(reading, person, PositionMention(gap.start("graded"), gap.end("graded"), gap.group("graded"),
                                                       after.org))
        _add_post(reading, person, after)
        used.add(after.start)
        titled.add(person.start)


def _after_an_unread_title_and(text: str, person: PersonMention, after: PositionMention, used: set[int],
                               starts: list[int]) -> bool:
    """Whether ``after`` is the person's post, read past an unread title that ends in brackets or "and"."""
    joined = _UNREAD_TITLE_AND.fullmatch(text, person.end, after.start)
    return joined is not None and after.org is not None and after.start not in used and not after.acting \
        and not _NO_TITLE_WORDS.search(re.sub(r"และ[ \t]*$", "", joined.group())) \
        and not any(person.end < s < after.start for s in starts)


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
    if re.match(_THAI_RUN, text[start - 1:start]):
        return bool(_CONNECTIVE_GLUED.search(text, max(0, start - 6), start))     # (no part of a name)
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
    post = Post(person=person.name, title=position.title, org=position.org, acting=bool(position.acting),
                former=bool(position.former))
    if post not in reading.extraction.posts:
        reading.extraction.posts.append(post)
        reading.evidence(post, person.start, position.end)
    if position.org:
        reading.extraction.named.add(position.org)
