"""Precision filters: what the reader gave that the article, read as a whole, does not confer. They run
after the reader and the passes, and only remove awards or correct their year.

* A list item that opens with a person's name honours that person; the organisation written after the
  name is where they work (``1. นายวงศธร ยังเจริญ  โรงเรียนอรุณประดิษฐ``, ``ประเภทบริการ นายแพทย์… สถาบัน…
  กรมควบคุมโรค``). FORMAT.md: an award to a private person is no row. Where a receiving verb follows the
  organisation (``นาย ก อธิบดีกรม ข เข้ารับรางวัล…``) the head accepts for the organisation, and it stays; so
  does a body's award handed to its head (``มอบโล่รางวัล… ให้แก่ นาย ก อธิบดีกรม ข``).
* The items under a heading that ranks units by a figure (``… 25 อันดับแรก``) are no winners.
* The kinds a programme is divided into (``แบ่งประเภทรางวัลเป็น 4 ประเภท ได้แก่ …``) describe it: none is the
  award a body won by being listed there.
* The body that organised the contest, or whose head handed the awards out, is no winner by it.
* The body that congratulates or praises the winners (its head ``ชื่นชม``, ``แสดงความยินดีกับ``) is no winner by it.
* In an article that confers two years of a programme, a list takes the year its heading states.
* An award a body had before (เคยได้รับ…) with no year written for it is not made.
* A province written after a body the reader does not know (โรงงาน…, กลุ่ม… จังหวัด X) is where that body is.
* A body followed by a kind for individuals (ประเภทบุคคล…) is where the honoured person works.
* A title for a person (นักการเงินแห่งปี, Finance Minister of the Year) won by a body's head honours the head: the
  body is the recipient and the head its person, as for a leader's award.
* A unit named before the parent it belongs to (<unit> สังกัด<parent> ได้รับ…) wins, not the parent; where a term
  names the winners' tier (ระดับกระทรวง, ระดับกรม) the body of that tier is credited.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..reading import Reading
from .common import _for_people, _learned_ancestors
from .passes import _FOR_LEADERS, _HANDED_HEAD_POST, _head_before

# between a person's name and their organisation: their posts and units, no verb, no new item
_ITEM_BREAK = re.compile(r"\n|(?:^|\s)\(?[\d๐-๙]{1,3}[.)]\s|[,;“”\"]|ได้แก่|คือ|และ(?=\s|นาย|นาง|ดร)"
                         # or a verb or a preposition: the person does something to or for the organisation
                         # (ประธาน presides only as ประธานใน…, ประธานมอบ…, ประธานเปิด…; "ประธานคณะกรรมการมูลนิธิ…" is a post)
                         r"|มอบ|รับ|คว้า|ประธาน(?=ใน|มอบ|เปิด|พิธี|การ)|ให้|แก่|กับ|โดย|ว่า|กล่าว|เปิดเผย|ร่วม|พร้อม|จาก|ผลงาน|เรื่อง|เยี่ยม|ตรวจ|นำ|เป็น")
# a receiving verb after the organisation: its head receives for it
_RECEIVES_AFTER = re.compile(r"[^\n“\"]{0,60}?(?:ได้รับ|(?<!ค้น)คว้า|(?<!สำห)รับ(?:มอบ)?(?:รางวัล|โล่)|เข้ารับ|ครอง|ชนะ|ผ่านการ)")
_PERSON_TO_ORG = 160      # characters a person's posts and units may take before their organisation


def _recipient_mentions(reading: Reading, award) -> list:
    """The mentions of the award's recipient inside the sentence it was read from (none without one)."""
    sentence = reading.extraction.evidence.get(award)
    if not sentence or (start := reading.text.find(sentence)) < 0:
        return []
    end = start + len(sentence)
    return [o for o in reading.orgs if o.key == award.recipient and start <= o.start < end]


def _drop_where(reading: Reading, only_as) -> None:
    """Remove every award whose recipient, in the sentence it was read from, is only ever mentioned
    ``only_as`` says (``only_as(reading, mention, award)``): a workplace, a place, a body recalled …"""
    extraction = reading.extraction
    for award in list(extraction.awards):
        mentions = _recipient_mentions(reading, award)
        if mentions and all(only_as(reading, o, award) for o in mentions):
            extraction.awards.remove(award)
            extraction.evidence.pop(award, None)


def _restate(extraction, award, **changes) -> None:
    """The award restated with ``changes`` (its year, its recipient), dropped where the article already
    gives the restated award."""
    moved = replace(award, **changes)
    if moved in extraction.awards:
        extraction.awards.remove(award)
        if award not in extraction.awards:
            extraction.evidence.pop(award, None)
    else:
        extraction.awards[extraction.awards.index(award)] = moved
        extraction.evidence[moved] = extraction.evidence.pop(award, "")


def drop_person_items(reading: Reading) -> None:
    """Remove an award whose recipient, in the sentence it was read from, is only ever the workplace
    of a person named before it in the same list item."""
    _drop_where(reading, lambda reading, o, award: _workplace_of_person(reading, o.start, o.end)
                and not _handed_to_head(reading, o, award))


# "มอบโล่รางวัล… ให้แก่": the award handed over on the line, and those it is handed to named after it (heads with
# their posts, joined by และ / commas, with no verb of their own between: "… โดยมี นาย ก อธิบดี… ร่วมงาน" is none)
_HANDED_TO = re.compile(r"มอบ(?:โล่)?(?:รางวัล|โล่)[^\n]*?(?:ให้แก่|ให้กับ|(?<=[ \t])แก่)")
_NOT_HANDED_TO = re.compile(r"รับ|มอบ|ได้|เป็น|โดย|ร่วม|ว่า|กล่าว|พร้อม|ซึ่ง|ที่|ใน|จาก|\n")
_HANDED_REACH = 250        # characters back from the person within which the award is handed over


def _handed_to_head(reading: Reading, org, award) -> bool:
    """``มอบโล่รางวัล… ให้แก่ นาย ก นายกองค์การบริหารส่วนตำบล ข``: the award handed to the head named with the post
    that names the body (FORMAT.md: the body is the recipient), not an award for people (รางวัลข้าราชการดีเด่น)."""
    text = reading.text
    post = next((p for p in reading.positions if p.org == award.recipient and p.start <= org.start and org.end <= p.end
                 and _HANDED_HEAD_POST.match(text, p.title_start)), None)
    person = post and next((p for p in reading.persons if p.full and 0 <= post.title_start - p.end <= 3), None)
    if person is None or _for_people(reading, award.programme):
        return False
    line_start = max(text.rfind("\n", 0, person.start) + 1, person.start - _HANDED_REACH)
    cues = list(_HANDED_TO.finditer(text, line_start, person.start))
    if not cues:
        return False
    cue = cues[-1]
    # the heads before this one: their names and posts only
    between = text[cue.end():person.start]
    for other in [*reading.positions, *reading.persons]:
        if cue.end() <= other.start and other.end <= person.start:
            between = between.replace(text[other.start:other.end], " ")
    return not _NOT_HANDED_TO.search(between)


def _workplace_of_person(reading: Reading, start: int, end: int) -> bool:
    text = reading.text
    person = next((p for p in reversed(reading.persons) if p.end <= start and start - p.end <= _PERSON_TO_ORG), None)
    if person is None or not person.full or _ITEM_BREAK.search(text, person.end, start):
        return False
    line_end = text.find("\n", end)
    return not _RECEIVES_AFTER.match(text, end, len(text) if line_end < 0 else line_end)


# a heading that ranks units by a figure: "… 25 อันดับแรก", "จัดอันดับ", "ที่มีอัตรา…ดีที่สุด", "Top 10"
_RANKING_HEAD = re.compile(r"[\d๐-๙]{1,3}[ \t]*อันดับ(?:แรก)?|จัดอันดับ|การจัดลำดับ|(?:อัตรา|คะแนน|ยอด)[^\n]{0,40}(?:ดีที่สุด|สูงสุด)|[Tt]op[ \t]?[\d]{1,3}")
_ITEM_LINE = re.compile(r"[ \t]*\(?[\d๐-๙]{1,3}[.)]")
# a line that heads an award list of its own: ends the walk up from an item
_AWARD_HEAD = re.compile(r"รางวัล|ประเภท|สาขา|โล่|เกียรติบัตร")
_SUBHEAD = 40            # a line this short between a heading and its items is a sub-heading ("สถานศึกษาระดับอุดมศึกษา")


def drop_ranked_items(reading: Reading) -> None:
    """Remove an award read only from the items of a ranking (the 25 institutions with the best repayment
    rate): a ranking by a figure is no conferral (FORMAT.md: a score is no award), unless the heading says what
    each ranked unit received (a plaque, an award)."""
    text, extraction = reading.text, reading.extraction
    for award in list(extraction.awards):
        sentence = extraction.evidence.get(award)
        if not sentence or "\n" in sentence or not _ITEM_LINE.match(sentence):
            continue
        starts = [m.start() for m in re.finditer(re.escape(sentence), text)]
        if starts and all(_under_ranking(text, s) for s in starts):
            extraction.awards.remove(award)
            extraction.evidence.pop(award, None)


def _under_ranking(text: str, position: int) -> bool:
    end = text.rfind("\n", 0, position)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        end = start - 1
        if not line.strip():
            continue
        if _ITEM_LINE.match(line):
            if _CONFERRED.search(line):
                return False    # "4.1 รางวัลมอบให้กับหน่วยบริการ จำนวน 4 รางวัล": an award heads the items below it
            continue
        if _CONFERRED.search(line):
            # "มหาวิทยาลัยที่มีอัตราการชำระหนี้ดีที่สุด 25 อันดับแรก ได้รับโล่ประกาศเกียรติคุณ ดังนี้", "รางวัลหน่วยงานที่มี
            # ยอดสมาชิกสูงสุด": the ranked units received an award (FORMAT.md: a plaque each received is an award)
            return False
        if _RANKING_HEAD.search(line):
            return True
        if _AWARD_HEAD.search(line) or len(line.strip()) > _SUBHEAD:
            return False
    return False


# what a ranked unit receives, written in the heading or an item above it: an award, a plaque, a certificate
_CONFERRED = re.compile(r"รางวัล(?!ที่[ \t]?[\d๐-๙])|โล่|เกียรติบัตร|ประกาศเกียรติคุณ")


# "แบ่งประเภทรางวัลเป็น 4 ประเภท ได้แก่ …", "โล่รางวัลแบ่งเป็น …", "แบ่งออกเป็น 3 สาขา": the kinds of a programme listed
_DIVIDED_INTO = re.compile(r"แบ่ง(?:ประเภท|ระดับ|สาขา|กลุ่ม)?(?:การ)?(?:มอบ)?(?:รางวัล)?(?:ออก)?[ \t]?เป็น")
# a list of kinds ends at the line, at a unit named (a winner), or at a verb of receiving or giving
_KINDS_END = re.compile(r"\n|ได้รับ|คว้า|รับรางวัล|มอบ(?:รางวัล|โล่|ให้)")
_KINDS_REACH = 300
# what follows a kind that is one of an enumeration: the next kind, a joining word, the list's end; not its winner
_NEXT_KIND = re.compile(r"[ \t]*(?:,|และ|หรือ|\(?[\d๐-๙]{1,2}[.)]|รางวัล|ประเภท|ระดับ|สาขา|$)")


def drop_enumerated_kinds(reading: Reading) -> None:
    """Remove an award whose terms were read only where the article lists the kinds its programme is divided into
    (``ซึ่งในปีนี้แบ่งประเภทรางวัลเป็น 4 ประเภท ได้แก่ รางวัลระดับกระทรวง รางวัลระดับกรม …``): a programme
    described is no conferral (FORMAT.md); the body's own kind is the one the article says it won."""
    text, extraction = reading.text, reading.extraction
    spans = []
    for cue in _DIVIDED_INTO.finditer(text):
        reach = min(len(text), cue.end() + _KINDS_REACH)
        stop = _KINDS_END.search(text, cue.end(), reach)
        end = min([stop.start() if stop else reach, *(o.start for o in reading.orgs if cue.end() <= o.start < reach)])
        spans.append((cue.end(), end))
    if not spans:
        return
    for award in list(extraction.awards):
        labels = {t.label for t in (award.branch, award.category, award.level) if t is not None}
        name = reading.organization(award.recipient).name if labels else None
        read_at = [m for m in extraction.mentions if m.kind == "award" and m.value in labels and m.detail == name]
        if read_at and all(_enumerated(text, spans, m) for m in read_at) \
                and not any(_written_elsewhere(text, spans, m.text) for m in read_at):
            extraction.awards.remove(award)
            extraction.evidence.pop(award, None)


def _enumerated(text: str, spans: list[tuple[int, int]], mention) -> bool:
    """The kind is one of a list of kinds: followed by the next one, or the last, after และ."""
    return any(start <= mention.start and mention.end <= end
               and (_NEXT_KIND.match(text[:end], mention.end) or re.search(r"และ[ \t]?$", text[start:mention.start]))
               for start, end in spans)


def _written_elsewhere(text: str, spans: list[tuple[int, int]], words: str) -> bool:
    """The kind is written again outside the lists of kinds (``มีมติมอบรางวัลหน่วยงานระดับกระทรวงให้กระทรวงแรงงาน``)."""
    return any(not any(start <= m.start() < end for start, end in spans) for m in re.finditer(re.escape(words), text))


# the year a list of winners states in its heading: "… ระดับประเทศ ประจำปี 2565 แบ่งเป็น 5 กลุ่มจังหวัด ดังนี้ 1) …"
_LIST_YEAR = re.compile(r"(?:ประจำปี(?:งบประมาณ)?|ในปี)[ \t]*(?:พ\.ศ\.)?[ \t]*(25[5-9]\d)(?![\d])(?=[^\n]{0,120}?(?:แบ่งเป็น|ดังนี้|ได้แก่|ประกอบด้วย))")
# "… ประจำปี 2563 และ 2565": the further years a programme's mention names
_MORE_YEARS = re.compile(r"[ \t]*(?:(?:และ|,)[ \t]*(?:ปี[ \t]*)?(25[5-9]\d)(?![\d]))+")


def restate_list_years(reading: Reading) -> None:
    """In an article that confers a programme for two years (``ประจำปี 2563 และ 2565``), an award read from a
    list takes the year the list's heading states, not the article's main year."""
    text, extraction = reading.text, reading.extraction
    for award in list(extraction.awards):
        years = _programme_years(reading, award.programme)
        mention = next(iter(_recipient_mentions(reading, award)), None) if len(years) >= 2 else None
        if mention is None:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        headings = [int(m.group(1)) for m in _LIST_YEAR.finditer(text, line_start, mention.start)]
        year = headings[-1] if headings else None
        if year in years and year != award.year:
            _restate(extraction, award, year=year)
    _restate_subheading_years(reading)
    _restate_heading_years(reading)


# a line that heads the list below it and states the year of the awards: "… มอบรางวัลแก่… ประจำปี พ.ศ. 2565 … ดังนี้"
_HEADING_YEAR = re.compile(r"(?:ประจำปี(?:งบประมาณ)?|ในปี)[ \t]*(?:พ\.ศ\.)?[ \t]*(25[5-9]\d)(?![\d])[^\n]{0,160}?(?:ดังนี้|ได้แก่|ประกอบด้วย)[ \t]*:?[ \t]*$")
_ANY_YEAR = re.compile(r"(?<![\d])25[5-9]\d(?![\d])")
_LINES_UP = 6          # how far above its items a list's heading line may stand


def _restate_heading_years(reading: Reading) -> None:
    """The awards of a list whose programme no mention dates take the year the list's heading line states
    (``มีผลการพิจารณามอบรางวัลแก่… ประจำปี พ.ศ. 2565 … ดังนี้`` over the lines of winners), not the article's
    year (the ceremony's, a year later). The heading is the nearest line above, with no year between."""
    text, extraction = reading.text, reading.extraction
    for award in list(extraction.awards):
        mention = None if _programme_years(reading, award.programme) else next(iter(_recipient_mentions(reading, award)), None)
        if mention is None:
            continue
        position = text.rfind("\n", 0, mention.start)
        for _ in range(_LINES_UP):
            if position <= 0:
                break
            line_start = text.rfind("\n", 0, position) + 1
            line = text[line_start:position]
            heading = _HEADING_YEAR.search(line)
            if heading:
                year = int(heading.group(1))
                if year != award.year and (award.year is None or abs(year - award.year) <= 2):
                    _restate(extraction, award, year=year)
                break
            if _ANY_YEAR.search(line):
                break
            position = line_start - 1


def _restate_subheading_years(reading: Reading) -> None:
    """``ปี 2563`` on a line of its own above list items (winners of two rounds handed out at one
    ceremony): the items below it, up to the next heading, won that year's round."""
    text, extraction = reading.text, reading.extraction
    for award in list(extraction.awards):
        mention = next(iter(_recipient_mentions(reading, award)), None)
        if mention is None:
            continue
        position = text.rfind("\n", 0, mention.start)
        while position > 0:
            line_start = text.rfind("\n", 0, position) + 1
            line = text[line_start:position]
            heading = _YEAR_SUBHEADING.fullmatch(line.strip())
            if heading:
                year = int(heading.group(1))
                if year != award.year and award.year and abs(year - award.year) <= 2:
                    _restate(extraction, award, year=year)
                break
            if not _LIST_ITEM_LINE.match(line):
                break
            position = line_start - 1


# a year on a line of its own, perhaps with the kind of award below it: "ปี 2563", "ปี 2564 ประเภทดีเด่น"
_YEAR_SUBHEADING = re.compile(r"(?:ปี|ประจำปี)[ \t]*(?:พ\.ศ\.)?[ \t]*(25[5-9]\d)(?![\d])(?:[ \t]+[^\s][^\n]{0,24})?")
_LIST_ITEM_LINE = re.compile(r"[ \t]*(?:\(?[\d๐-๙]{1,2}[.)]|[-•])")




def _programme_years(reading: Reading, key: str) -> set[int]:
    years = set()
    for m in reading.programme_mentions:
        if m.key == key and m.year:
            years.add(m.year)
            after = re.compile(rf"[^\n]{{0,40}}?{m.year}").match(reading.text, m.end)
            more = _MORE_YEARS.match(reading.text, after.end()) if after else None
            if more:
                years.update(int(y) for y in re.findall(r"25[5-9]\d", more.group()))
    return years


# "<หน่วยงาน> (ได้)จัดการประกวด / จัดพิธี / จัดงาน / ได้รับพระราชทานพระอนุญาตให้จัด", "จัด(ขึ้น)โดย <หน่วยงาน>"
_ORGANISES_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:(?:โดย|ร่วมกับ)[^\n]{0,60}?)?(?:ได้)?[ \t]?(?:จัด(?:การ)?(?:ประกวด|พิธี|งาน|ให้มี)"
                             r"|รับพระราชทานพระอนุญาตให้จัด|เป็นผู้จัด|เป็นเจ้าภาพ)")
_ORGANISED_BY = re.compile(r"(?:จัดขึ้นโดย|จัดโดย|ซึ่งจัดโดย)[ \t]*")
# the organisation itself receives: "<หน่วยงาน> ได้รับรางวัล / คว้า / เข้ารับ / รับโล่"
_ITSELF_RECEIVES = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ยัง|ก็|จึง)?(?:ได้รับ(?!พระราชทานพระอนุญาต|อนุญาต|มอบหมาย|ทราบ|การ|พระกรุณา)"
                              r"|(?<!ค้น)คว้า|เข้ารับ(?!การ|ตำแหน่ง|ราชการ)|รับ(?:มอบ)?(?:รางวัล|โล่|ประกาศ|ตรา))")
# the head of a body hands the awards out: "<ตำแหน่ง> เป็นประธานมอบ… / มอบรางวัล… / มอบโล่…"
_HANDS_OUT = re.compile(r"[ \t]*(?:เป็น)?(?:ประธาน(?:ในพิธี)?)?[ \t]?มอบ(?:รางวัล|โล่|ประกาศ|เกียรติบัตร|ถ้วย|เหรียญ)")


def drop_organisers(reading: Reading) -> None:
    """Remove an award to the body the article says organised the contest or the ceremony, or whose head
    handed the awards out (the organiser read as the winner where the winners are people or groups the
    reader does not know), unless the article also says that body received an award."""
    text, extraction = reading.text, reading.extraction
    organisers = {o.key for o in reading.orgs if _ORGANISES_AFTER.match(text, o.end)}
    organisers |= {o.key for cue in _ORGANISED_BY.finditer(text) for o in reading.orgs if o.start == cue.end()}
    organisers |= {p.org for p in reading.positions if p.org and _HANDS_OUT.match(text, p.end)}
    if not organisers:
        return
    receives = {o.key for o in reading.orgs if _ITSELF_RECEIVES.match(text, o.end)}
    for award in list(extraction.awards):
        if award.recipient in organisers and award.recipient not in receives:
            extraction.awards.remove(award)
            extraction.evidence.pop(award, None)


# "<หน่วยงาน / ตำแหน่ง> ("<ชื่อ>") (ขอ)(ร่วม)(แสดงความ)ชื่นชม / ยินดีกับ": the body, or its head, congratulates the winners
# (not ยินดีต้อนรับ, ยินดีให้: a body that welcomes or is glad to help)
_CONGRATULATES = re.compile(r"[ \t]*(?:ขอ|ได้|ร่วม|จึง|ก็)*[ \t]?(?:แสดงความ(?:ชื่นชม|ยินดี)|ชื่นชม|ยินดี(?:กับ|ด้วย))")
# a head's name between the post and the verb, written plain or quoted: "ปลัด มท. “อรรษิษฐ์ สัมพันธรัตน์” ชื่นชม"
_QUOTED_NAME = re.compile(r"[ \t]*[“\"][^”\"\n]{2,40}[”\"]")


def drop_congratulators(reading: Reading) -> None:
    """Remove an award to a body that the article says congratulates or praises the winners, itself or by its head
    (``ปลัด มท. ชื่นชม กรมการปกครอง คว้ารางวัล…``, ``กระทรวง พม. ขอแสดงความยินดีกับหน่วยงานที่ได้รับรางวัล``):
    the congratulating body is read as a winner where its name stands next to the award; it won nothing, unless
    the article also says it (or its head) received an award."""
    text, extraction = reading.text, reading.extraction
    congratulators, receivers = set(), set()
    for key, end in _bodies_and_heads(reading):
        after = _after_name(reading, end)
        if _CONGRATULATES.match(text, after):
            congratulators.add(key)
        if _ITSELF_RECEIVES.match(text, after):
            receivers.add(key)
    for award in list(extraction.awards):
        if award.recipient in congratulators and award.recipient not in receivers:
            extraction.awards.remove(award)
            extraction.evidence.pop(award, None)


def _bodies_and_heads(reading: Reading):
    """Each body the article names, with where its name ends: by its own name, and by its head's post (the
    permanent secretary's post stands for the office he heads, as where he receives)."""
    for o in reading.orgs:
        yield o.key, o.end
    for p in reading.positions:
        if p.org is None:
            continue
        yield p.org, p.end
        agency = reading.gazetteer.agencies.get(p.org)
        if p.title.startswith("ปลัด") and agency is not None and agency.kind == "ministry":
            office = reading.gazetteer.permanent_secretary_office(p.org)
            if office:
                yield office, p.end


def _after_name(reading: Reading, end: int) -> int:
    """Where the words after a post go on, past the name of the person who holds it."""
    quoted = _QUOTED_NAME.match(reading.text, end)
    if quoted:
        return quoted.end()
    person = next((p for p in reading.persons if end <= p.start <= end + 2), None)
    return person.end if person else end


# "<หน่วยงาน> (ซึ่ง/ยัง/ก็)เคยได้รับรางวัล<programme> … มาแล้ว 2 ครั้ง": an award the body had before, its verb
# right after the body's name
_HAD_BEFORE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ซึ่ง|ที่|ยัง|ก็|ได้)?[ \t]?เคย(?:ได้รับ|ได้|คว้า|รับ)")
_RECALLED_CLAUSE = 200      # characters after เคยได้รับ within which the recalled award's years are written
_YEAR_WRITTEN = re.compile(r"(?<![\d])(?:25[4-6]\d|20[0-2]\d)(?![\d])")


def drop_undated_recalls(reading: Reading) -> None:
    """Remove an award a body is said to have had before (``เคยได้รับรางวัล…``) where the article writes no year
    for it: it is not this year's award, and its own year is unknown (ANNOTATION.md: a recalled award keeps its
    year). The award is the recalled one where its programme is named after เคย, not before it on the line
    (``ได้แก่ บริษัท ก ซึ่งเคยได้รับรางวัล TQC …``: the TQA named before stays)."""
    _drop_where(reading, lambda reading, o, award: _recalled_undated(reading, o.start, o.end, award.programme))


def _recalled_undated(reading: Reading, start: int, end: int, programme: str) -> bool:
    text = reading.text
    cue = _HAD_BEFORE.match(text, end)
    if cue is None:
        return False
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", cue.end())
    clause_end = min(cue.end() + _RECALLED_CLAUSE, len(text) if line_end < 0 else line_end)
    named = [m for m in reading.programme_mentions if m.key == programme and line_start <= m.start < clause_end]
    return bool(named) and all(m.start >= cue.end() for m in named) and not _YEAR_WRITTEN.search(text, cue.end(), clause_end)


# a body or facility the reader does not know, named right before a province (not a centre or a station: a
# province's own unit, ศูนย์ดำรงธรรมจังหวัด…, may be credited to the province; not สาขา: an award's branch): "โรงงานสาขาเกตเวย์ จังหวัดฉะเชิงเทรา
# ได้รับรางวัล…", "กลุ่มทอผ้าบ้านโนนกอก อำเภอ… จังหวัดอุดรธานี คว้า…": the province is where it is
_BODY_BEFORE_PLACE = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=และ)|(?<=โดย))(?:โรงงาน|โรงไฟฟ้า|เหมือง|อาคาร|โรงแรม|ร้าน|ฟาร์ม|นิคม|โรงเรียน|วัด"
                                r"|ชุมชน|หมู่บ้าน|กลุ่ม|ตลาด|ท่าอากาศยาน|ท่าเรือ)[^\s]{1,40}\)?[ \t]+"
                                r"(?:(?:ตำบล|ต\.|อำเภอ|อ\.)[ \t]?[^\s]{2,20}[ \t]+)*$")


def drop_places_of_bodies(reading: Reading) -> None:
    """Remove an award to a province read only where the province is written after a body or facility the
    reader does not know (a plant, a branch, a school, a weaving group): the province says where that
    body is; the award is the body's (FORMAT.md: the recipient is the organisation that won)."""
    _drop_where(reading, lambda reading, o, award: _places_a_body(reading.text, o.start))


def _places_a_body(text: str, start: int) -> bool:
    if not text.startswith(("จังหวัด", "จ."), start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_BODY_BEFORE_PLACE.search(text, max(line_start, start - 100), start))


# "… <หน่วยงาน> ได้รับรางวัลสตรีดีเด่น ประเภทบุคคลภาครัฐ": the kind of award for individuals, written in the
# clause that follows the body (a head's or a member's award, the body only where they work)
_INDIVIDUALS_KIND = re.compile(r"ประเภท[ \t]?บุคคล(?![^\s]{0,20}(?:และ|หรือ)?[ \t]?(?:องค์กร|หน่วยงาน))")
# (the clause ends at a line, an item, or a word that turns to another part: "… ระดับหน่วยงาน ส่วนประเภทบุคคล …")
_CLAUSE_ENDS = re.compile(r"\n|(?:^|\s)\(?[\d๐-๙]{1,2}[.)]|[ \t]และ[ \t]*\(?[\d๐-๙]{1,2}[.)]|[ \t](?:ส่วน|ขณะที่|สำหรับ|นอกจากนี้|ทั้งนี้)")
_CLAUSE_REACH = 160


def drop_individuals_kinds(reading: Reading) -> None:
    """Remove an award whose body is followed, in its clause, by a kind of award for individuals
    (``ประเภทบุคคลภาครัฐ``): the award honours a person of the body (FORMAT.md: an award to a person is
    no row), not the body."""
    _drop_where(reading, lambda reading, o, award: _individuals_kind_after(reading, o.end))


def _individuals_kind_after(reading: Reading, end: int) -> bool:
    text = reading.text
    stop = _CLAUSE_ENDS.search(text, end, end + _CLAUSE_REACH)
    clause_end = stop.start() if stop else min(len(text), end + _CLAUSE_REACH)
    later = [o.start for o in [*reading.orgs, *reading.persons] if end < o.start < clause_end]   # (the next one's own clause)
    return bool(_INDIVIDUALS_KIND.search(text, end, min([clause_end, *later])))


# "<unit> (หน่วยงานใน)สังกัด<parent> เข้ารับรางวัล…": the parent only says where the unit belongs
_UNDER_PARENT = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ซึ่ง(?:เป็น)?[ \t]?)?(?:หน่วยงาน|ส่วนราชการ)?[ \t]?(?:ใน)?สังกัด[ \t]?")


def credit_units_under_parents(reading: Reading) -> None:
    """Give to the unit an award read for its parent where the text names the unit and then the parent it
    belongs to (``สำนักงานสถิติแห่งชาติ หน่วยงานในสังกัดกระทรวงดิจิทัลฯ เข้ารับรางวัล…``, ``สำนักงานจัดหางาน
    จังหวัดแพร่ สังกัดกรมการจัดหางาน ได้รับ…``): the unit won (FORMAT.md: the parent is no recipient by
    being named)."""
    text, extraction = reading.text, reading.extraction
    for award in list(extraction.awards):
        mentions = _recipient_mentions(reading, award)
        # (the parent's short form in brackets after it is the same mention: "กระทรวงดิจิทัลฯ (ดีอีเอส)")
        mentions = [o for o in mentions if not any(p.key == o.key and re.fullmatch(r"[ \t]*\(", text[p.end:o.start])
                                                   for p in mentions if p.end <= o.start)]
        units = {_unit_before_parent(reading, o) for o in mentions}
        if len(units) != 1 or None in units:
            continue
        _restate(extraction, award, recipient=units.pop())


def _unit_before_parent(reading: Reading, parent) -> str | None:
    before = [o for o in reading.orgs if o.end <= parent.start and o.key != parent.key]
    if not before or not _UNDER_PARENT.fullmatch(reading.text, before[-1].end, parent.start):
        return None
    unit = before[-1].key
    under = parent.key in reading.gazetteer.ancestors(unit) or parent.key in _learned_ancestors(reading, unit)
    return unit if under else None


# a term that names the tier of government the winners are ("หน่วยงานระดับกระทรวง", ระดับ “กรม”)
_MINISTRY_TIER = re.compile(r"ระดับ[ \t]?[“\"]?กระทรวง")
_DEPARTMENT_TIER = re.compile(r"ระดับ[ \t]?[“\"]?กรม")
_PERMANENT_SECRETARYS_OFFICE = "สำนักงานปลัด"


def credit_the_tier_named(reading: Reading) -> None:
    """Where an award's term names the tier of its winners, credit the body of that tier: a ministry-level
    award received by the permanent secretary (``ปลัดกระทรวงสาธารณสุข เข้ารับรางวัล… ระดับกระทรวง``) is the
    ministry's, not the office the secretary heads; a department-level award read for a ministry is its
    permanent secretary's office's (the ministry's department-level body)."""
    extraction, gazetteer = reading.extraction, reading.gazetteer
    for award in list(extraction.awards):
        labels = " ".join(t.label for t in (award.branch, award.category, award.level) if t is not None)
        if not labels or award.recipient not in gazetteer.agencies:
            continue
        name = gazetteer.organization(award.recipient).name
        tier = None
        if _MINISTRY_TIER.search(labels) and name.startswith(_PERMANENT_SECRETARYS_OFFICE + "กระทรวง"):
            tier = gazetteer.find_by_name(name[len(_PERMANENT_SECRETARYS_OFFICE):])
        elif _DEPARTMENT_TIER.search(labels) and name.startswith("กระทรวง"):
            tier = gazetteer.find_by_name(_PERMANENT_SECRETARYS_OFFICE + name)
        if tier is None or tier == award.recipient:
            continue
        _restate(extraction, award, recipient=tier)


# a title that honours a person, not a body: a leader's (passes._FOR_LEADERS) or a financier's, a minister's of the year
# (not the Prime Minister's awards to firms: รางวัลนายกรัฐมนตรี, Prime Minister's … Award)
_FOR_A_PERSON = re.compile(_FOR_LEADERS.pattern + r"|นักการเงิน|นักการธนาคาร|[Bb]anker of the [Yy]ear|[Mm]inister of the [Yy]ear"
                           r"|[Ff]inancier|[Pp]erson of the [Yy]ear|(?<!นายก)รัฐมนตรี[^\s]{0,30}(?:ดีเด่น|แห่งปี)", _FOR_LEADERS.flags)
# the head's post, without the body it heads: two mentions of one post ("ปลัด สธ.", "ปลัดกระทรวงสาธารณสุข") share it
_HEAD_POST = re.compile(r"(?:รอง|ผู้ช่วย)?(?:ปลัด|อธิบดี|รัฐมนตรี(?:ช่วย)?ว่าการ|ผู้อำนวยการ(?:ใหญ่)?|เลขาธิการ|ผู้ว่าการ|ผู้ว่าราชการ"
                        r"|กรรมการผู้จัดการ(?:ใหญ่)?|ผู้จัดการ|ประธาน(?:กรรมการ)?|ผู้บัญชาการ)")


def name_the_honoured_heads(reading: Reading) -> None:
    """Name the head an award for a person honours (``นายก ข รัฐมนตรีว่าการกระทรวงการคลัง ได้รับรางวัล Finance
    Minister of the Year``, ``… กรรมการผู้จัดการธนาคารอาคารสงเคราะห์ รับรางวัล “นักการเงินแห่งปี”``): FORMAT.md,
    an award that honours an organisation's head names the organisation as recipient and the head as person. The
    head is the one named with the post just before a mention of the programme."""
    extraction = reading.extraction
    for award in list(extraction.awards):
        programme = extraction.programmes.get(award.programme)
        if award.person is not None or programme is None or not _FOR_A_PERSON.search(programme.name):
            continue
        holders = {holder for m in reading.programme_mentions if m.key == award.programme
                   for org, holder in [_head_before(reading, m.start)] if _leads(reading, org, award.recipient)
                   for holder in ([holder] if holder else _holders_of_post_before(reading, m.start))}
        if len(holders) == 1:
            _restate(extraction, award, person=holders.pop())


def _leads(reading: Reading, org: str | None, recipient: str) -> bool:
    """The head of ``org`` leads the recipient: the same body, or the permanent secretary's office of its ministry."""
    agency = reading.gazetteer.agencies.get(org) if org else None
    return org == recipient or agency is not None and agency.kind == "ministry" \
        and reading.gazetteer.permanent_secretary_office(org) == recipient


def _holders_of_post_before(reading: Reading, start: int) -> set[str]:
    """A post written with no name before an award (a headline's ``กรรมการผู้จัดการ ธอส. รับรางวัล…``): whoever the
    article names with the same post elsewhere."""
    line_start = reading.text.rfind("\n", 0, start) + 1
    post = next((p for p in sorted(reading.positions, key=lambda p: -p.start)
                 if line_start <= p.start < start and start - p.end <= 40 and p.org), None)
    if post is None:
        return set()
    head = _HEAD_POST.match(post.held_title)
    if head is None:
        return set()
    return {holder.name for p in reading.positions if p.org == post.org and (same := _HEAD_POST.match(p.title))
            and same.group() == head.group() for holder in reading.persons if holder.full and 0 <= p.start - holder.end <= 3}
