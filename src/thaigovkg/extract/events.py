"""Award programmes, their years, and the ceremony where the awards were given.

A programme is named by a label of the award scheme (``รางวัลเลิศรัฐ``) or by
the genre's pattern ``รางวัล<ชื่อ> (English name) ประจำปี(งบประมาณ) <ปี>``. Its
year is the Buddhist Era year written after it. The ceremony's date is a dated
body sentence about the ceremony (not the dateline, not an announcement of
results); the venue follows ``ณ`` or ``ที่`` there; who presided stands before
``เป็นประธาน`` and who handed out the awards before ``เป็นผู้มอบรางวัล``.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ..gazetteer import HONORIFICS, POSITION_HEADS, Gazetteer, literal_regex
from ..model import Ceremony, Programme
from ..normalize import match_key
from ..article import dateline
from ..thaidate import find_dates, find_years
from .reading import Reading

# A programme named by the genre's pattern: รางวัล + up to four words + optional
# English name in brackets + ประจำปี (of the year) / ปีงบประมาณ (fiscal year).
_NAMED_PROGRAMME = re.compile(
    r"รางวัล[ \t]?(?P<name>[\u0e01-\u0e4e][\u0e01-\u0e4eA-Za-z0-9.]{2,}(?:[ \t][\u0e01-\u0e4eA-Za-z][\u0e01-\u0e4eA-Za-z.]{1,}){0,3}?)"
    r"[ \t]?(?:\([A-Za-z][^()\n]{2,80}\)[ \t]?)?(?=ประจำปี|ปีงบประมาณ)")
# Words that make "รางวัล X" prose rather than a programme's name: this, that,
# from, in, and, all, total, amount, received …
_NOT_A_NAME = ("ดังกล่าว", "นี้", "ที่", "จาก", "ใน", "และ", "ต่าง", "ทั้ง", "รวม", "จำนวน", "ประจำ", "ได้", "แก่", "กับ",
               "ให้", "อีก", "ครั้ง", "แห่ง", "เกียรติยศ", "ชนะเลิศ", "รองชนะเลิศ", "ชมเชย", "พิเศษ", "ระดับ", "สาขา",
               "ประเภท", "ดีเด่น", "ยอดเยี่ยม", "มากมาย", "หลาย")
# A clause inside "รางวัล …": which, that is an award given to, that received (prose, not a name)
_CLAUSE = re.compile(r"ซึ่ง|เป็นรางวัล|ที่มอบ|ที่ได้รับ|ให้แก่|ให้กับ")
# Words of a ceremony or contest: ceremony, give/receive an award, contest, judging.
_CEREMONY_WORDS = re.compile(r"พิธี|มอบรางวัล|รับรางวัล|เข้ารับ|ประกวด|ตัดสิน|มอบโล่|รับมอบ|ร่วมงาน")
_ANNOUNCEMENT = re.compile(r"ประกาศ(?:ผล)?")
# "X คว้ารางวัล … ณ <place>": a day on which an award was won is the ceremony's where a place is given
_WON = re.compile(r"คว้า(?:รางวัล|โล่)")
# "วันนี้ (12 กันยายน 2565) เวลา 10.00 น. ที่กระทรวงสาธารณสุข จ.นนทบุรี": an agency right after the day is the place
_AT_AFTER_DAY = re.compile(r"[ \t]*\)?[ \t]*(?:เวลา[ \t]?\d{1,2}[.:]\d{2}[ \t]?น\.[ \t]*)?(?:ณ|ที่)[ \t]?")
# A venue follows ณ (at) or ที่ (at) and begins with a kind of place: room, building,
# convention centre, hotel, Government House, hall, provincial hall …
_VENUE_START = re.compile(
    r"(?:(?<=[\s(])|^)(?:ณ|ที่)[ \t]?(?=ห้อง|อาคาร|ศูนย์ประชุม|ศูนย์การประชุม|ศูนย์นิทรรศการ|โรงแรม|ทำเนียบรัฐบาล|หอประชุม|ตึก"
    r"|สโมสร|ศาลากลาง|อิมแพค|อิมแพ็ค|ไบเทค|สนาม|ลาน|เวที|มหาวิทยาลัย|พุทธมณฑล|หอ|โถง|บริเวณ)")
_CHAIR = re.compile(r"(?:เป็น|ทำหน้าที่)?ประธาน(?:ในพิธี|เปิดงาน|ในการ|ในงาน|พิธี|มอบ)?")
# "เป็นประธานมอบรางวัล" presides and hands out; "เป็นประธานในพิธีมอบรางวัล" only presides;
# "เป็นประธานในพิธีและผู้มอบรางวัล" does both.
_PRESENTER = re.compile(r"เป็นผู้มอบ|ทำหน้าที่มอบ|มอบรางวัลให้|(?<!รับ)มอบโล่|(?:เป็น)?ประธานมอบ|และ(?:เป็น)?ผู้มอบ")
# "<person or title> มอบรางวัล" (the headline's "นายกรัฐมนตรีมอบรางวัล …"): they handed out the awards
_GIVES = re.compile(r"(?:ได้|ให้เกียรติ)?มอบ(?:รางวัล|โล่)")
# "<person> ได้รับมอบหมายจาก <who delegated> เป็นประธาน": the first person presides
_DELEGATED_BY = re.compile(r"(?:ได้)?รับมอบหมาย(?:ให้)?จาก")
# between a person and a role: the person did something else (and, said, attended, received)
_NOT_THE_ROLE = re.compile(r"(?:^|[ \t])(?:และ|ได้|กล่าว|เข้าร่วม|ร่วม|เข้ารับ|รับมอบ|เป็นผู้แทน)")
# "รับรางวัล … จาก <บุคคล>": received the award from a person
_RECEIVED_FROM = re.compile(r"รับ(?:มอบ)?(?:รางวัล|โล่)[^\n]{0,80}?จาก[ \t]?")
_ORGANIZED_BY = re.compile(r"จัดขึ้นโดย|จัดโดย|ซึ่งจัดโดย")
_ORGANIZES = re.compile(r"(?:ได้)?จัด(?:การประกวด|ประกวด|พิธี|งาน|ให้มี)")


# before a year: since (ตั้งแต่ / นับแต่ / นับตั้งแต่ / เริ่ม), founded or first held in (ก่อตั้งเมื่อ, จัดขึ้นครั้งแรกเมื่อ),
# or the end of a range (2546 ถึงปี 2565)
_SINCE_BEFORE = re.compile(r"(?:ตั้งแต่|นับแต่|เริ่ม|(?:ก่อตั้ง|จัดตั้ง|สถาปนา|ริเริ่ม)(?:ขึ้น)?[ \t]?(?:เมื่อ|ใน)?"
                           r"|ครั้งแรก[ \t]?(?:เมื่อ|ใน)|[0-9][ \t]*(?:จน)?(?:ถึง|[-–]))[ \t]?$")
# after a year: since then (เป็นต้นมา, จนถึงปัจจุบัน), or a range (- 2565, ถึงปี 2565)
_SINCE_AFTER = re.compile(r"[ \t]*(?:เป็นต้นมา|เรื่อยมา|(?:จน)?ถึงปัจจุบัน|จนปัจจุบัน"
                          r"|(?:จน)?(?:ถึง|[-–])[ \t]*(?:ปี[ \t]?)?(?:พ\.ศ\.[ \t]?)?25[0-9]{2}(?![0-9]))")
# "… ในปี 2565 สำนักงาน กสทช. ได้รับ" right before a programme's name
_YEAR_BEFORE_RECEIPT = re.compile(r"(?:ใน|เมื่อ)[ \t]?ปี[ \t]?(?:พ\.ศ\.[ \t]?)?(25[0-9]{2})(?![0-9])[^\n]{0,80}?"
                                  r"(?:ได้รับ|คว้า|รับ)(?:มอบ)?[ \t]?$")
# a sentence looking back: "ที่ผ่านมา บสย. ได้รับ…" opening its line, "อนึ่งที่ผ่านมา", "เคยได้รับ"
_LOOKING_BACK = re.compile(r"^[ \t]*(?:อนึ่ง|ทั้งนี้|โดย)?[ \t]*(?:ที่ผ่านมา|ในอดีต|ก่อนหน้านี้)|เคย(?:ได้)?(?:รับ|คว้า)", re.MULTILINE)


@dataclass
class ProgrammeMention:
    start: int
    end: int
    key: str
    year: int | None


@lru_cache(maxsize=4)
def _programme_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(gazetteer.programme_surfaces)


def find(reading: Reading) -> None:
    """Add programme mentions and, where the article reports one, the ceremony."""
    mentions = _find_programmes(reading)
    reading.programme_mentions = mentions
    if not mentions:
        return
    main = Counter(m.key for m in mentions).most_common(1)[0][0]
    # a year of an earlier edition the article looks back on ("ที่ผ่านมา … ครั้งที่ 8 ปี 2561") is no vote for its own
    years = Counter(m.year for m in mentions if m.key == main and m.year and not _looks_back(reading.text, m.start))
    year = years.most_common(1)[0][0] if years else _published_year(reading)
    reading.main_programme = (main, year)


def _find_programmes(reading: Reading) -> list[ProgrammeMention]:
    text, gazetteer = reading.text, reading.gazetteer
    spans: list[tuple[int, int, str]] = []
    for match in _programme_regex(gazetteer).finditer(text):
        key = gazetteer.programme_labels.get(match_key(match.group()))
        if key and _word_edges(text, match.start(), match.end()):
            spans.append((match.start(), match.end(), key))
    named = {key for _, _, key in spans}
    for match in _NAMED_PROGRAMME.finditer(text):
        if any(s < match.end() and match.start() < e for s, e, _ in spans):
            continue
        words = match.group("name")
        if words.startswith(_NOT_A_NAME) or re.search(r"\d", words) or _CLAUSE.search(words):
            continue
        name = "รางวัล" + re.sub(r"(?<=[\u0e01-\u0e4e])[ \t]+(?=[\u0e01-\u0e4e])", "", words)
        if any(t.scheme in named for t in gazetteer.terms.get(match_key(name), [])):
            continue      # "รางวัลรัฐวิสาหกิจยอดเยี่ยม": an award of a programme the article names, not a programme
        key = gazetteer.programme_labels.get(match_key(name)) or _learn_programme(reading, name)
        spans.append((match.start(), match.start("name") + len(words), key))
    # a "programme" named right after a known one is one of its awards (รางวัลเฉพาะด้าน of
    # รางวัลรัฐบาลดิจิทัล), not a programme of its own
    known = [(s, e) for s, e, key in spans if key in gazetteer.programmes]
    spans = [(s, e, key) for s, e, key in spans
             if key in gazetteer.programmes or not any(0 <= s - ke <= 200 for _, ke in known)]
    spans.sort()
    years = [(s, e, y) for s, e, y in find_years(text) if not _not_a_programme_year(text, s, e)]
    mentions = []
    for index, (start, end, key) in enumerate(spans):
        limit = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        year = next((y for s, _, y in years if end <= s <= min(end + 60, limit)), None)
        if year is None:
            # "รางวัลนวัตกรรมแห่งชาติ “ด้านองค์กรนวัตกรรมดีเด่น ประเภท… ในกลุ่ม…” ประจำปี 2564": ประจำปี
            # belongs to the programme further along its line
            year = next((y for s, _, y in years if end <= s <= min(end + 160, limit)
                         and text.startswith("ประจำปี", s) and "\n" not in text[end:s]), None)
        if year is None:
            # "โดยในปี 2565 สำนักงาน กสทช. ได้รับรางวัลรัฐบาลดิจิทัล…": the year stated before the receiving
            before = _YEAR_BEFORE_RECEIPT.search(text, max(0, start - 120), start)
            year = int(before.group(1)) if before else None
        mentions.append(ProgrammeMention(start, end, key, year))
        reading.mention("programme", start, end, key, str(year or ""))
    return mentions


def _not_a_programme_year(text: str, start: int, end: int) -> bool:
    """A year the prose gives for something other than an edition: a since-year (ตั้งแต่ปี 2548, ปี 2546
    เป็นต้นมา), a founding year (ก่อตั้งเมื่อปี 2510) or the first year of a range (ปี 2561 - 2565)."""
    return bool(_SINCE_BEFORE.search(text, max(0, start - 30), start) or _SINCE_AFTER.match(text, end))


def _looks_back(text: str, position: int) -> bool:
    """A mention in a sentence looking back on earlier years (ที่ผ่านมา …, เคยได้รับ …)."""
    return bool(_LOOKING_BACK.search(text, max(0, text.rfind("\n", 0, position) + 1), position))


def _word_edges(text: str, start: int, end: int) -> bool:
    """A Latin label (TQA, PSEA) must stand as a word of its own."""
    if re.match(r"[A-Za-z]", text[start]) and start > 0 and re.match(r"[A-Za-z]", text[start - 1]):
        return False
    if re.match(r"[A-Za-z]", text[end - 1]) and end < len(text) and re.match(r"[A-Za-z]", text[end]):
        return False
    return True


def _learn_programme(reading: Reading, name: str) -> str:
    key = "x-" + hashlib.sha1(match_key(name).encode("utf-8")).hexdigest()[:12]
    known = reading.extraction.programmes.get(key)
    # of two spellings of one name keep the one with fewer spaces
    if known is None or len(name) < len(known.name):
        reading.extraction.programmes[key] = Programme(key=key, name=name, organizer=_organizer_in_name(reading, name))
    return key


def _organizer_in_name(reading: Reading, name: str) -> str | None:
    """A programme named after an agency (รางวัลสุดยอดนวัตกรรมสำนักงานปลัดกระทรวงมหาดไทย) is run by it."""
    from .organizations import _surface_index

    regex, surfaces = _surface_index(reading.gazetteer)
    for start in range(len(name)):
        match = regex.match(name, start)
        if match:
            return surfaces[re.sub(r"\s+", "", match.group())][0]
    return None


def _published_year(reading: Reading) -> int | None:
    """The year of the article's own dateline (a re-published article keeps it), else of its metadata."""
    published = dateline(reading.text) or reading.article.published
    return published.year + 543 if published else None


# --- the ceremony ------------------------------------------------------------

def ceremony(reading: Reading, programme: str, year: int | None) -> Ceremony | None:
    """The ceremony of a programme's year, with whatever the article says of it."""
    if year is None:
        return None
    text = reading.text
    date, venue, line_span = _date_and_venue(reading)
    chair = _person_before(reading, _chair_cues(reading))
    presenters = [p for p in (_person_before(reading, [m]) for m in _PRESENTER.finditer(text)) if p]
    for cue in _RECEIVED_FROM.finditer(text):
        person = next((p for p in reading.persons if cue.end() <= p.start <= cue.end() + 1), None)
        if person:
            presenters.append(person.name)
    presenters += _givers(reading)
    presenters = tuple(dict.fromkeys(presenters))
    organizer = _organizer(reading, programme)
    event = Ceremony(programme=programme, year=year, date=date, venue=venue, organizer=organizer,
                     chair=chair, presenters=presenters)
    named = next((m for m in reading.programme_mentions if m.key == programme), None)
    span = line_span or ((named.start, named.end) if named else None)
    if span:
        reading.evidence(event, *span)
    return event


def _date_and_venue(reading: Reading):
    text = reading.text
    for mention in find_dates(text):
        if mention.date is None:
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
        if _ANNOUNCEMENT.search(text, max(line_start, mention.start - 60), mention.start):
            continue                      # the day results were announced
        venue = _venue(reading, mention.end, line_end) or _venue(reading, line_start, line_end) \
            or _agency_after_day(reading, mention.end, line_end)
        if not ceremony_line and not venue:
            continue
        reading.mention("date", mention.start, mention.end, mention.date.isoformat())
        return mention.date, venue, (line_start, line_end)
    for match in re.finditer(r"[^\n]*พิธี[^\n]*", text):
        venue = _venue(reading, match.start(), match.end())
        if venue:
            return None, venue, match.span()
    return None, None, None


@lru_cache(maxsize=1)
def _venue_stop() -> re.Pattern[str]:
    honorifics = "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True))
    heads = "|".join(sorted(map(re.escape, POSITION_HEADS), key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{honorifics}|{heads}|โดย|เพื่อ|ซึ่ง|ได้|ร่วม|นำ|เวลา|พร้อม|จัดโดย|ภายใต้|มี|เป็น|ทั้งนี้"
                      rf"|เมื่อ|กรุงเทพฯ|ใน(?:การ|งาน|พิธี))|[,;\n]|\s\(")


def _venue(reading: Reading, start: int, end: int) -> str | None:
    text = reading.text
    match = _VENUE_START.search(text, start, end)
    if not match:
        return None
    stop = _venue_stop().search(text, match.end() + 2, min(end, match.end() + 160))
    venue = text[match.end(): stop.start() if stop else min(end, match.end() + 160)].strip()
    if len(venue) < 4:
        return None
    reading.mention("venue", match.end(), match.end() + len(venue), venue)
    return venue


def _agency_after_day(reading: Reading, start: int, end: int) -> str | None:
    """The agency, with its province, named as the place right after the day."""
    text = reading.text
    at = _AT_AFTER_DAY.match(text, start, end)
    org = reading.org_at(at.end()) if at else None
    if org is None:
        return None
    stop = _venue_stop().search(text, org.end, min(end, org.end + 60))
    venue = text[org.start: stop.start() if stop else min(end, org.end + 60)].strip()
    reading.mention("venue", org.start, org.start + len(venue), venue)
    return venue


def _chair_cues(reading: Reading) -> list[re.Match[str]]:
    """``เป็นประธาน…`` that names the role of presiding, not a post (``ประธาน ก.พ.ร.``)."""
    cues = []
    for match in _CHAIR.finditer(reading.text):
        if not match.group().startswith(("เป็น", "ทำหน้าที่")) and not match.group().endswith(("ในพิธี", "เปิดงาน")):
            continue
        if reading.org_at(match.end()) is not None:
            continue
        if any(p.start <= match.start() < p.end for p in reading.positions):
            continue
        cues.append(match)
    return cues


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
        if not candidates:
            continue
        person = candidates[-1]
        between = _without_titles(reading, person.end, end)
        if "\n" in between or _NOT_THE_ROLE.search(between):
            continue
        reading.evidence(("role", person.name, cue.group()), person.start, cue.end())
        return person.name
    return None


def _givers(reading: Reading) -> list[str]:
    """People who are the subject of มอบรางวัล: named (with only their titles between), or
    called by a title that one person holds in the article (``ผู้ช่วยรัฐมนตรี…มอบรางวัล``)."""
    text, found = reading.text, []
    titles = {p.end: p for p in reading.positions}
    for cue in _GIVES.finditer(text):
        end = cue.start()
        while end > 0 and text[end - 1] in " \tฯ":
            end -= 1
        person = next((p for p in reversed(reading.persons) if p.end <= end and end - p.end <= 160), None)
        if person and not _without_titles(reading, person.end, end).strip(" \tฯ"):
            found.append(person.name)
        elif end in titles:
            holders = {post.person for post in reading.extraction.posts if post.title == titles[end].title}
            if len(holders) == 1:
                found.append(holders.pop())
    return found


def _without_titles(reading: Reading, start: int, end: int) -> str:
    """The text between two points without the titles in it (and the และ joining two titles)."""
    pieces, at = [], start
    for position in reading.positions:
        if start <= position.start and position.end <= end:
            pieces.append(re.sub(r"(?:และ|ในฐานะ)[ \t]*$", "", reading.text[at:position.start]))
            at = position.end
    pieces.append(reading.text[at:end])
    return "".join(pieces)


def _organizer(reading: Reading, programme: str) -> str | None:
    gazetteer, text = reading.gazetteer, reading.text
    known = gazetteer.programmes.get(programme)
    if known and known.organizer in gazetteer.agencies:
        return _as_office(gazetteer, known.organizer)
    for cue in _ORGANIZED_BY.finditer(text):
        org = reading.org_at(cue.end())
        if org:
            return _as_office(gazetteer, org.key)
    for cue in _ORGANIZES.finditer(text):
        line_start = text.rfind("\n", 0, cue.start()) + 1
        before = [o for o in reading.orgs if max(line_start, cue.start() - 200) <= o.start < cue.start()
                  and o.role != "member"]
        if before:
            return _as_office(gazetteer, before[0].key)
    learned = reading.extraction.programmes.get(programme)
    return learned.organizer if learned else None


def _as_office(gazetteer: Gazetteer, key: str) -> str:
    """A committee runs its events through its office (สำนักงาน ก.พ.ร. for ก.พ.ร.)."""
    return gazetteer.office_of_committee(key) or key
