"""Winners listed by kind under the title they won: a heading line that names the title and counts its
winners, then one numbered line per kind of winner, the winner after ``ได้แก่``::

    สถาบันเกษตรกรดีเด่นแห่งชาติ ประจำปี 2566 จำนวน 12 กลุ่ม คือ
    1) กลุ่มเกษตรกรทำนา ได้แก่ กลุ่มเกษตรกรทำนาบ้านหนึ่ง อ.เมือง จ.ตัวอย่าง
    2) สหกรณ์การเกษตร ได้แก่ สหกรณ์การเกษตรตัวอย่าง จำกัด จังหวัดตัวอย่าง

Each winner that is a body (not a person: the same layout lists farmers and sages by name) receives the
title, learned as a programme, with its kind as the category. The frames read a list whose items hold a
work or terms; this layout holds neither, and the title heads it on a line of its own, so they pass it by.

Read only where the article confers something (a plaque, an award, a certificate received or handed out):
a list of pilot sites or members under a heading of the same shape names no winners.
"""
from __future__ import annotations

import re

from ...model import Award
from ..people.names import _person_regex
from ..programmes import _learn, published_year
from ..reading import Reading
from .common import minted

# the heading: [marker] [รางวัล] <title ending in a word of praise> [ประจำปี N] [จำนวน N <unit>] [คือ / ดังนี้ / ได้แก่] [:]
_HEADING = re.compile(
    r"^[ \t\u200b]*(?:\(?[\d๐-๙]{1,2}[.)][ \t]*)?(?:รางวัล[ \t]*)?"
    r"(?P<title>[\u0e01-\u0e4e][\u0e01-\u0e4e \t]{3,70}?(?:ดีเด่น|ดีเยี่ยม|ยอดเยี่ยม|ตัวอย่าง|ต้นแบบ)"
    r"(?:แห่งชาติ|ระดับ(?:ประเทศ|ชาติ|ภาค|เขต|จังหวัด))?)"
    r"[ \t]*(?:ประจำปี[ \t]*(?:พ\.ศ\.)?[ \t]*(?P<year>25[\d]{2}))?"
    r"[ \t]*(?P<count>จำนวน[ \t]*[\d๐-๙]{1,3}[ \t]*[\u0e01-\u0e4e]{2,10})?"
    r"[ \t]*(?P<opens>คือ|ดังนี้|ได้แก่)?[ \t]*:?[ \t]*$", re.M)
# an item: <marker> <kind> ได้แก่ <winner> (the winner may wrap to the next line)
_ITEM = re.compile(r"[ \t\u200b]*\(?[\d๐-๙]{1,2}[.)][ \t]*(?P<kind>[^\n]{2,90}?)[ \t]*ได้แก่[ \t]*(?:\n[ \t]*)?"
                   r"(?P<winner>[^\n]+)")
# a person, not a body, where the reader found none: an honorific or a rank before the name (names.py's), a monk, คุณ
_MONK_OR_KHUN = ("พระ", "คุณ")
# a body's name ends before its place (อ. / อำเภอ / ต. / จ. / จังหวัด after a space) or after จำกัด
_PLACE = re.compile(r"[ \t]+(?:ที่ทำการ|(?:อ|ต|จ)\.|อำเภอ|ตำบล|จังหวัด|กรุงเทพ)")
_REGISTERED = re.compile(r"จำกัด(?:[ \t]?\(มหาชน\))?")
# the head words of a body a kind list may name: groups, enterprises, cooperatives, centres, networks,
# companies, schools, hospitals, local governments, foundations, associations
_BODY = re.compile(r"(?:กลุ่ม|วิสาหกิจ|สหกรณ์|ร้านสหกรณ์|ศูนย์|เครือข่าย|บริษัท|ห้างหุ้นส่วน|โรงเรียน|โรงพยาบาล|เทศบาล"
                   r"|องค์การบริหารส่วน|มูลนิธิ|สมาคม|ชมรม|สถาบัน|ธนาคาร|สำนักงาน|ชุมชน|หมู่บ้าน|สภา)")
# a group of pupils or youths (a school's club) is no body that wins for itself (FORMAT.md: teams of pupils)
_PUPILS = re.compile(r"กลุ่มยุว|ยุวเกษตรกร|นักเรียน")
# the article confers: a plaque, an award, a certificate or a trophy received, handed out or bestowed
_CONFERS = re.compile(r"(?:ได้รับ|รับ|มอบ|เข้ารับ)(?:พระราชทาน)?(?:มอบ)?[ \t]?(?:โล่|รางวัล|เกียรติบัตร|ประกาศเกียรติคุณ|ถ้วย)")
LISTED = 0.6


def find(reading: Reading) -> None:
    """Add an award for every body a kind list names under the title it won."""
    text = reading.text
    if not _CONFERS.search(text):
        return
    extraction = reading.extraction
    for heading in _HEADING.finditer(text):
        if not (heading["count"] or heading["opens"]):
            continue        # a line that ends in a word of praise heads no list unless it counts or opens one
        title = re.sub(r"[ \t]+", " ", heading["title"]).strip()
        items = list(_items(text, heading.end()))
        if len(items) < 2:
            continue
        year = int(heading["year"]) if heading["year"] else _year_before(text, heading.start()) or published_year(reading)
        if year is None:
            continue
        programme = None
        for item in items:
            winner = _winner(reading, item)
            if winner is None:
                continue
            key, start, end = winner
            programme = programme or _learn(reading, title, False)
            kind = re.sub(r"[ \t]+", " ", item["kind"]).strip()
            award = Award(programme=programme, year=year, recipient=key,
                          category=minted(programme, "category", kind) if kind else None, confidence=LISTED)
            if any(a.programme == programme and a.recipient == key for a in extraction.awards):
                continue
            extraction.awards.append(award)
            extraction.named.add(key)
            reading.evidence(award, item.start(), item.end())
            reading.mention("award", start, end, title, reading.organization(key).name)


def _items(text: str, position: int):
    """The numbered items right below a heading, one after another, up to the first line that is none."""
    at = position + 1 if text.startswith("\n", position) else position
    while True:
        item = _ITEM.match(text, at)
        if item is None or "\n" in text[at:item.start("kind")]:
            return
        yield item
        at = item.end() + 1
        if at >= len(text):
            return


def _winner(reading: Reading, item: re.Match) -> tuple[str, int, int] | None:
    """(organisation key, start, end) of the body an item names, learned where the tables lack it; None for a
    person or a name that is no body."""
    text = reading.text
    start = item.start("winner")
    raw = item["winner"]
    if raw.startswith(_MONK_OR_KHUN) or _person_regex().match(raw) or any(p.start <= start < p.end or start <= p.start < start + 3
                                 for p in reading.persons):
        return None
    registered = _REGISTERED.search(raw)
    place = _PLACE.search(raw)
    cut = registered.end() if registered and (place is None or registered.start() < place.start()) else \
        place.start() if place else len(raw)
    name = re.sub(r"[ \t]+", " ", raw[:cut]).strip(" ,")
    if len(name) < 6 or not _BODY.match(name) or _PUPILS.search(name):
        return None
    end = start + cut
    known = next((o for o in reading.orgs if o.start == start and o.end >= start + len(name) * 4 // 5), None)
    if known is not None:
        return known.key, start, end
    kind = "company" if name.startswith(("บริษัท", "ห้างหุ้นส่วน")) else "outside"
    return reading.learn_organization(name, kind, None), start, end


_YEAR = re.compile(r"ประจำปี[ \t]*(?:พ\.ศ\.)?[ \t]*(25\d\d)")


def _year_before(text: str, position: int) -> int | None:
    """The last programme year written before the heading (the paragraph that announces the lists)."""
    years = [int(m.group(1)) for m in _YEAR.finditer(text, 0, position)]
    return years[-1] if years else None
