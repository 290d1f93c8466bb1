"""Recipient tokens: the organisations that take a receiving verb, open a list item or
follow ได้แก่ after a term, with the companies and business units among them; and the
units listed with them that share their award."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..organizations import learn_placed_unit
from ..organizations.unit_names import _GENERIC_HOSPITAL
from ..reading import OrgMention, Reading
from .common import (RECENT, _RECEIVED_RIGHT_BEFORE, _WHOSE_POLICY, Token, _APPOSED_GAP, _ITEM_HEAD, _INDIVIDUAL_BEFORE, _LIST_GLUE, _LIST_HEAD, _RECIPIENT_AFTER,
                     _learned_ancestors, _unit_named_before)

_ITEM_MARKER = re.compile(r"(?:^|[\s(])(?:\d{1,2}(?:\.\d{1,2})*[).]|\d{1,2}(?:\.\d{1,2})+|[–\-•▪●✓]|\(\d{1,2}\))[ \t\xa0]*(?:ทีม[ \t]*)?$")   # "• ทีม <unit>": a team is its unit
_RIGHT_AFTER = re.compile(r"[ \t\u00a0]*:?[ \t\u00a0]*")
# (a colon after an item's award opens what it says of the unit: "3) รางวัลX : ธ.ก.ส. ให้ความสำคัญ…", no list of winners)
_SPACE_ONLY = re.compile(r"[ \t\u00a0]*")
_AFTER_LISTING = re.compile(r"(?:ได้แก่|คือ)[ \t]*:?[ \t]*$")
# an outline item that names its kind of award and then its winner: "2.1.1 จังหวัดส่งเสริมการออมยอดเยี่ยม (ภาคเหนือ)
# ได้แก่ จังหวัดเชียงราย" (the award term heads the outline, lines above)
_ITEM_LISTS = re.compile(r"[ \t]*\(?\d{1,2}(?:\.\d{1,2})+[.)]?[ \t]+[^\n]{2,120}?(?:ได้แก่|คือ)[ \t]*:?[ \t]*")
# "<หน่วยงาน> (จ.<จังหวัด>) เรื่อง “…”": a unit named with the work it won, in a list under the terms
_BEFORE_WORK = re.compile(r"(?:[ \t]?(?:จ\.|จังหวัด)[ \t]?[\u0e01-\u0e4e]+)?[ \t]*(?:เรื่อง|ผลงาน|ในผลงาน|โครงการ)?[ \t]*[“\"]")
# "<หน่วยงาน> จากผลงาน <title>": a unit named with the work it won, unquoted
_BEFORE_NAMED_WORK = re.compile(r"[ \t]*(?:จาก|ใน)ผลงาน")
_LIST_JOIN = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ)?[ \t]*")
_AWARD_FOR_WORK = re.compile(r"(?:รางวัล)?[ \t]*(?:จาก|ใน)ผลงาน")
_UNDER = re.compile(r"สังกัด[ \t]?$")
_PERMANENT_SECRETARY = re.compile(r"ปลัด[ \t]?$")
# "กลุ่มธุรกิจการตลาด บริษัท บางจาก คอร์ปอเรชั่น จำกัด (มหาชน)": a company, and a business unit of it; a
# company's name may hold a bracketed part before จำกัด ("บริษัท เบียร์ไทย (1991) จำกัด (มหาชน)", "… (ประเทศไทย) จำกัด")
_COMPANY = re.compile(r"(?P<unit>(?:กลุ่มธุรกิจ|หน่วยธุรกิจ|สายธุรกิจ)[^\s,()]{2,40}[ \t]?)?"
                      r"(?P<company>บริษัท[ \t]?[^\n,()]{2,60}?(?:[ \t]?\([^()\n]{1,20}\))?[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?)")
_NUMBERED_ITEM = re.compile(r"(?:(?<=\s)|(?<=และ))\(?\d{1,2}[.)][ \t]*")


def _add_companies(reading: Reading, terms: list[Token]) -> None:
    """Companies and their business units among the winners of a list (TQA): ``กลุ่มธุรกิจการตลาด
    บริษัท บางจาก คอร์ปอเรชั่น จำกัด (มหาชน)`` is a unit of the company. Read only close after an
    award term, so that a company named elsewhere in the prose is left to the organisation finder."""
    text = reading.text
    ends = [t.end for t in terms]
    added = []
    for match in _COMPANY.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        if not any(0 <= match.start() - end <= RECENT or line_start <= end <= match.start() for end in ends):
            continue
        inside = [o for o in reading.orgs if match.start() <= o.start and o.end <= match.end()]
        if any(o.start < match.end() and match.start() < o.end for o in reading.orgs if o not in inside):
            continue
        company_start = match.start("company")
        known = next((o for o in inside if o.start == company_start and o.end == match.end()), None)
        company = known.key if known else reading.learn_organization(
            re.sub(r"[ \t]+", " ", text[company_start:match.end()]), "company", None)
        key = company
        if match.group("unit"):
            key = reading.learn_organization(re.sub(r"[ \t]+", " ", match.group()), "unit", company)
        elif known:
            continue
        for org in inside:
            reading.orgs.remove(org)
        added.append(OrgMention(match.start(), match.end(), key, "unit"))
        reading.mention("org", match.start(), match.end(), reading.organization(key).name, "unit")
        reading.evidence(("org", key), match.start(), match.end())
        reading.evidence(("org", company), company_start, match.end())
    reading.orgs = sorted(reading.orgs + added, key=lambda o: o.start)


# a winner named by the kind of body it is (the reference data cannot hold them all), in a list of winners
# or as the subject of a receiving verb: a school, a bank, an association, a foundation, a club, a community
# enterprise or producers' group, a (revolving) fund, a sub-district or provincial administrative
# organisation, a museum, a prison, a chamber of commerce, a court, a hospital, a division with a name of
# its own, a district or numbered regional office
_LISTED_BODY = re.compile(
    r"(?:(?<![\u0e01-\u0e4e])|(?<=และ))(?P<head>โรงเรียน|ธนาคาร|สมาคม|มูลนิธิ|ชมรม|วิสาหกิจชุมชน|กองทุน|เงินทุนหมุนเวียน"
    r"|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|พิพิธภัณฑ(?:สถาน|์)|ทัณฑสถาน|เรือนจำ|หอการค้า|ศาล(?!า|ย)|โรงพยาบาลส่งเสริมสุขภาพตำบล|โรงพยาบาล"
    # a division whose name is its own (กองระบาดวิทยา), not one every department has (กองคลัง, กองกลาง …)
    r"|กอง(?!ทุน|ทัพ|บัญชาการ|บิน|พล|เรือ|ร้อย|พัน|กำลัง|งาน|คลัง|กลาง|การเจ้าหน้าที่|บริหาร|แผน|ยุทธศาสตร์|พัสดุ|นิติการ|ตรวจ|สารสนเทศ"
    r"|ประชาสัมพันธ์|การต่างประเทศ|เทคโนโลยีสารสนเทศ|พัฒนาระบบ|การเงิน|บัญชี|อำนวยการ|ส่งเสริม|ติดตาม|วิชาการ|ประเมิน|กฎหมาย)"
    # an office of a district or a numbered region: สำนักงานเกษตรอำเภอพล, สำนักงานเศรษฐกิจการเกษตรที่ 5
    r"|สำนักงาน(?=[\u0e01-\u0e4e]{3,40}(?:อำเภอ[\u0e01-\u0e4e]{2}|(?:ที่|เขต)[ \t]?[\d๐-๙]))|กลุ่ม(?=วิสาหกิจ|ทอผ้า|ผ้า|แม่บ้าน|เกษตรกร|ผู้ผลิต|ผู้ปลูก|ผู้เลี้ยง|ผู้ใช้น้ำ|ออมทรัพย์|สตรี|อาชีพ|ท่องเที่ยว|หัตถกรรม|จักสาน))"
    # (nor a clause word glued to the kind: "ธนาคารยังได้รับ…", "โรงเรียนจึงได้รับ…" name no body)
    r"(?!ใน|ที่|และ|หรือ|ต่าง|ทุก|ของ|จาก|เอกชน|รัฐ|ขนาด|ต้นแบบ|ดีเด่น|ยอดเยี่ยม|กลุ่ม|เครือข่าย|แห่ง|นำร่อง|เป้าหมาย|สังกัด|ทั่ว|ละ|นั้น|นี้"
    r"|ยัง|ก็|จึง|ได้|สามารถ)"
    r"(?P<name>[\u0e01-\u0e4e]{3,80})(?P<registered>[ \t]?(?:\(ประเทศไทย\)[ \t]?)?จำกัด(?:[ \t]?\(มหาชน\))?)?")
_BODY_KINDS = {"โรงเรียน": "school", "ธนาคาร": "company", "สมาคม": "association", "มูลนิธิ": "foundation",
               "ชมรม": "association", "วิสาหกิจชุมชน": "outside", "กลุ่ม": "outside",
               "กองทุน": "agency", "เงินทุนหมุนเวียน": "agency", "องค์การบริหารส่วนตำบล": "local_government",
               "องค์การบริหารส่วนจังหวัด": "local_government", "พิพิธภัณฑ์": "museum", "พิพิธภัณฑสถาน": "museum", "ทัณฑสถาน": "prison",
               "เรือนจำ": "prison", "หอการค้า": "chamber", "ศาล": "court", "โรงพยาบาลส่งเสริมสุขภาพตำบล": "hospital", "โรงพยาบาล": "hospital",
               "กอง": "unit", "สำนักงาน": "office", "บริษัท": "company"}
# funds of a village or a community, run by their members (the village fund act registers them; it does not run them)
_COMMUNITY_FUNDS = ("กองทุนหมู่บ้าน", "กองทุนชุมชน")
# a company written short: "บจก.ไทยฮอนด้า", "บมจ.ธนชาตประกันภัย", up to the next item, a comma or the line's end
_ABBREVIATED_COMPANY = re.compile(r"(?<![\u0e01-\u0e4e])(?P<form>บจก\.|บมจ\.|หจก\.)[ \t]?(?P<name>[^\s,()][^\n,()]{1,50}?(?:[ \t]?\(ประเทศไทย\))?)"
                                  r"(?=[ \t]+(?:และ[ \t]?)?\(?[\d๐-๙]{1,2}[.)]|[ \t]*(?:,|\n|$)|[ \t]+และ|[ \t]*(?:(?:ซึ่ง|ที่)[ \t]?(?:ได้รับ|คว้า)|ได้รับ|คว้า|จ\.|จังหวัด))")
# a school of a local government named by its number (and its place in brackets); a kind of school
_SCHOOL_NUMBER = re.compile(r"[ \t]?[\d๐-๙]{1,2}(?![\d๐-๙.,])(?:[ \t]?\([\u0e01-\u0e4e \t]{2,40}\))?")
_BARE_SCHOOL = re.compile(r"โรงเรียน(?:เทศบาล|อนุบาล|บ้าน|วัด|ประถม|มัธยม)")
# the number of a regional office, after its name: "… ที่ 5", "… เขต 12"
_REGION_NUMBER = re.compile(r"[ \t]?[\d๐-๙]{1,2}(?![\d๐-๙])")
def _district_office_parent(reading: Reading, name: str) -> str | None:
    """The department a district office belongs to: the one its service's provincial office is under
    (``สำนักงานเกษตรอำเภอพล`` → the parent of ``สำนักงานเกษตรจังหวัด``, ontology/unit_heads.csv)."""
    service = name.split("อำเภอ")[0] if "อำเภอ" in name else None
    return reading.gazetteer.unit_heads.get(service + "จังหวัด") if service else None


# the parent a body's kind gives it where the text does not (kinds the shapes place under a parent)
_PLACED_BY_KIND = {"prison": ((r".", "กรมราชทัณฑ์"),), "museum": (), "office": (), "hospital": (), "unit": ()}
# where the place a body is in is written after its name, before the verb: อำเภอ…, จังหวัด…, จ.…
_LOCATED = re.compile(r"(?:[ \t]*(?:อำเภอ|อ\.|จังหวัด|จ\.)[ \t]?[\u0e01-\u0e4e]{2,30})*")
# what comes right before a winner in a list: ได้แก่ / คือ, a dash or a colon, an item's number or bullet
_BEFORE_LISTED = re.compile(r"(?:ได้แก่|คือ|(?:ให้)?แก่|ให้กับ|[-–:•▪●✓,]|และ|(?:^|\n)[ \t\xa0]*[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})+\.?"
                            r"|(?:^|[\s(])\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[).])[ \t\xa0]*$")


def _add_listed_bodies(reading: Reading, terms: list[Token]) -> None:
    """Bodies named by their kind (a school, a bank, an association, a sub-district administrative
    organisation, a museum, a company written บจก. …) as the winners of a list (``ได้แก่ โรงเรียนโนนสุวรรณ
    พิทยาคม จังหวัดบุรีรัมย์``, ``1.6 ธนาคารกสิกรไทย จำกัด (มหาชน)``) or as the subject of a receiving verb
    (``องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดขอนแก่น ได้รับรางวัล…``): learned as bodies of their
    kind, only there (a list item within a few lines of an award term or heading, or the verb), so that a
    school a minister visits stays prose."""
    text = reading.text
    ends = [t.end for t in terms]
    # an award word, and the end of the line it is on (a long heading line of a list: "1. รางวัล… ได้แก่")
    headings = [m.end() for m in re.finditer(r"รางวัล", text)] + [m.end() for m in _AWARD_LINE.finditer(text)]
    added = []
    for start, end, name, head in _named_bodies(text):
        line_start = text.rfind("\n", 0, start) + 1
        receives = _RECIPIENT_AFTER.match(text, _LOCATED.match(text, end).end())
        listed = (_BEFORE_LISTED.search(text, max(line_start - 1, start - 12, 0), start)
                  or any(o.end <= start and _LIST_GLUE.fullmatch(text, o.end, start) for o in reading.orgs + added)) \
            and any(0 <= start - e <= RECENT for e in ends + headings)
        if not (receives or listed):
            continue
        inside = [o for o in reading.orgs if start <= o.start and o.end <= end]
        if any(o.start < end and start < o.end for o in reading.orgs if o not in inside):
            continue
        parent = None
        if inside:
            if head != "สำนักงาน" or len(inside) > 1 or inside[0].end == end:
                continue
            # "สำนักงานเศรษฐกิจการเกษตรที่ 5": a regional office of the agency its name begins with
            parent = inside[0].key
            reading.orgs.remove(inside[0])
        kind = _BODY_KINDS[head]
        if head == "กองทุน" and name.startswith(_COMMUNITY_FUNDS):
            kind = "outside"    # a village's or community's fund (กองทุนหมู่บ้านวังไทร): its members', not the state's
        if head == "ธนาคาร" and "จำกัด" not in name and reading.gazetteer.find_by_name(name):
            kind = "state_enterprise"
        if kind in _PLACED_BY_KIND and parent is None:
            # the parent the text states; else a prison is the corrections department's, a district office
            # its service's (สำนักงานเกษตรอำเภอ… as สำนักงานเกษตรจังหวัด…); a body whose parent neither the text
            # nor its kind gives is not learned (the shapes need one)
            key = learn_placed_unit(reading, name, start, end, kind)
            parent = None if key else next((reading.gazetteer.find_by_name(owner) for words, owner in _PLACED_BY_KIND[kind]
                                            if re.search(words, name)), None) or _district_office_parent(reading, name)
            key = key or (reading.learn_organization(name, kind, parent) if parent else None)
        else:
            key = reading.learn_organization(name, kind, parent or _fund_runner(reading, head, end))
        if key is None:
            continue
        added.append(OrgMention(start, end, key, "name"))
        reading.mention("org", start, end, reading.organization(key).name, "name")
        reading.evidence(("org", key), start, end)
    reading.orgs = sorted(reading.orgs + added, key=lambda o: o.start)


# "รางวัลชนะเลิศ ได้แก่ ลำปาง น่าน และแพร่", "… ดีเด่น จำนวน 4 จังหวัด ได้แก่ ยโสธร ภูเก็ต และน่าน": provinces named
# bare (without จังหวัด) as the winners of an award term; a group that did not win (a pilot or target area,
# those who attended, a region hit by a flood) is no list of winners
_PROVINCES_LISTED = re.compile(r"(?:(?:จำนวน|รวม)?[ \t]*[\d๐-๙]{1,3}[ \t]*จังหวัด[ \t]*)?(?:ได้แก่|คือ)[ \t]*:?[ \t]*")
# what the head of a list (the words before its ได้แก่) calls a group that did not win. The roles heading ได้แก่ lists
# most often in the corpus's award articles, counted (tier21/NOTES.md): an area (พื้นที่ 290 lists, เป้าหมาย 132,
# hit by ผลกระทบ 93 / ประสบ 23, at risk, watched or controlled), the bodies concerned (เกี่ยวข้อง 181) or assigned
# (มอบหมาย 22), a committee (กรรมการ 107), those who took part (เข้าร่วม 97, ร่วมงาน 15),
# signatories (ลงนาม 20), pilot sites (นำร่อง 19) and those the work spreads to (ขยายผล 8), places visited (เยี่ยมชม 11),
# hosts (เจ้าภาพ 8, ร่วมจัด 8), applicants and finalists. Not ร่วมมือ: "รางวัลความร่วมมือ … จำนวน 1 คู่ความร่วมมือ ได้แก่
# <bank>" names winners; nor partners (ภาคี 52, พันธมิตร 8) or representatives (ผู้แทน 38): "มอบโล่ขอบคุณภาคีเครือข่าย
# ได้แก่ …", "มอบรางวัลแก่ผู้แทนหน่วยงาน ได้แก่ …" honour them or their bodies.
_NO_WINNERS = re.compile(r"เข้าร่วม|ร่วมงาน|นำร่อง|ขยายผล|เป้าหมาย|พื้นที่|ผลกระทบ|ประสบ|เสี่ยง|เฝ้าระวัง|ควบคุม|สมัคร|เข้ารอบ|เสนอชื่อ"
                         r"|เกี่ยวข้อง|มอบหมาย|กรรมการ|ลงนาม|เยี่ยมชม|เจ้าภาพ|ร่วมจัด")
_PROVINCE_GLUE = re.compile(r"[ \t]*,?[ \t]*(?:และ)?[ \t]*")
_PROVINCE_END = re.compile(r"(?=[ \t]|,|และ|\n|$|\))")
_PROVINCE_NEAR = 80         # characters between the award term and the ได้แก่ that lists its provinces


def _add_listed_provinces(reading: Reading, terms: list[Token]) -> None:
    """Provinces written bare in a list of winners right after an award term (``รางวัลรองชนะเลิศ ได้แก่ น่าน
    แพร่ และพะเยา``) are the provinces as bodies, each a winner; read only there, since a bare place name in
    prose is a place."""
    text, places = reading.text, reading.gazetteer.places
    province = _province_names(reading)
    added = []
    # the end of each award term, and of each programme named (its winners listed right after it)
    for after in sorted({t.end for t in terms if t.kind == "term"} | {m.end for m in reading.programme_mentions}):
        line_end = text.find("\n", after)
        line_end = len(text) if line_end < 0 else line_end
        for head in _PROVINCES_LISTED.finditer(text, after, min(line_end, after + _PROVINCE_NEAR + 20)):
            if head.start() - after > _PROVINCE_NEAR or _NO_WINNERS.search(text, after, head.start()) \
                    or any(after <= o.start < head.start() for o in reading.orgs):
                continue
            end = head.end()
            while (name := province.match(text, end)) and _PROVINCE_END.match(text, name.end()):
                key = places.province_body(name.group())
                if key and not any(o.start < name.end() and name.start() < o.end for o in reading.orgs + added):
                    added.append(OrgMention(name.start(), name.end(), key, "name"))
                    reading.mention("org", name.start(), name.end(), reading.organization(key).name, "name")
                    reading.evidence(("org", key), name.start(), name.end())
                end = _PROVINCE_GLUE.match(text, name.end()).end()
            break
    reading.orgs = sorted(reading.orgs + added, key=lambda o: o.start)


# "อำเภอแม่ใจ จังหวัดพะเยา ได้รับรางวัล…", "รางวัลชนะเลิศ ได้แก่ อำเภอแม่ใจ": a district as a body, the winner (not
# นายอำเภอ / ปลัดอำเภอ, its officials, nor a district written as where something is: ณ / ใน / ที่ / พื้นที่ อำเภอ…)
_DISTRICT = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=และ))(?:ที่ว่าการ)?อำเภอ[ \t]?")
_DISTRICT_PROVINCE = re.compile(r"[ \t]*(?:จังหวัด|จ\.)[ \t]?")
_WHERE_BEFORE = re.compile(r"(?:(?:^|[\s(])ณ|ใน|ที่|พื้นที่|ภายใน|ตำบล[\u0e01-\u0e4e]+|ต\.[\u0e01-\u0e4e]+"
                           # the address of a community, village, temple, group or farm named just before it
                           r"|(?:ชุมชน|หมู่บ้าน|บ้าน|(?<!จังห)วัด|กลุ่ม|ฟาร์ม|ร้าน|ศูนย์|แหล่ง|ตลาด|หมู่ที่[ \t]?[\d๐-๙]+)\S*)[ \t]*$")


def _add_districts(reading: Reading, terms: list[Token]) -> None:
    """Districts (``อำเภอแม่ใจ``, ``ที่ว่าการอำเภอแม่ใจ``) as the subject of a receiving verb or an item of a list of
    winners close after an award term: the district's body, resolved by its name and the province written after
    it; read only there, since a district in prose is where something is."""
    text, places = reading.text, reading.gazetteer.places
    names, provinces = _district_names(reading), _province_names(reading)
    ends = [t.end for t in terms] + [m.end() for m in re.finditer(r"รางวัล", text)]
    added = []
    for head in _DISTRICT.finditer(text):
        name = names.match(text, head.end())
        if not name or not (_PROVINCE_END.match(text, name.end()) or _RECIPIENT_AFTER.match(text, name.end())):
            continue
        end, province = name.end(), None
        written = _DISTRICT_PROVINCE.match(text, end)
        if written and (where := provinces.match(text, written.end())) and _PROVINCE_END.match(text, where.end()):
            end, province = where.end(), where.group()
        start, line_start = head.start(), text.rfind("\n", 0, head.start()) + 1
        # the province written after it, which the finders may have read as a body, is the district's address
        address = [o for o in reading.orgs if name.end() <= o.start and o.end <= end]
        if _WHERE_BEFORE.search(text, max(line_start, start - 60), start) \
                or any(o.start < end and start < o.end for o in reading.orgs + added if o not in address) \
                or any(0 <= start - o.end <= 1 for o in reading.orgs):
            continue        # a place (ณ อำเภอ…), or where the body just named lies ("โรงพยาบาลแม่ใจ อำเภอแม่ใจ")
        receives = _RECIPIENT_AFTER.match(text, end)
        listed = (_BEFORE_LISTED.search(text, max(line_start - 1, start - 12, 0), start)
                  or added and _LIST_GLUE.fullmatch(text, added[-1].end, start)) \
            and any(0 <= start - e <= RECENT for e in ends)
        key = places.district_body(name.group(), province) if receives or listed else None
        if key:
            for org in address:
                reading.orgs.remove(org)
            added.append(OrgMention(start, end, key, "name"))
            reading.mention("org", start, end, reading.organization(key).name, "name")
            reading.evidence(("org", key), start, end)
    reading.orgs = sorted(reading.orgs + added, key=lambda o: o.start)


def _district_names(reading: Reading) -> re.Pattern:
    """The districts' names (แม่ใจ, เมืองพะเยา, เมือง), longest first."""
    names = {d.name for ds in reading.gazetteer.places.districts.values() for d in ds} | {"เมือง"}
    return _names_pattern(tuple(sorted(names, key=len, reverse=True)))


# "เงินทุนหมุนเวียนเพื่อการบริหารท่าเรือพาณิชย์สัตหีบ – กองทัพเรือ": the agency written after a fund's dash runs it
_RUN_BY = re.compile(r"[ \t]*[–\-][ \t]*")


def _fund_runner(reading: Reading, head: str, end: int) -> str | None:
    """The agency that runs a fund, written after a dash right after the fund's name: the fund's parent,
    which names whose it is rather than a further winner."""
    dash = _RUN_BY.match(reading.text, end) if head in ("กองทุน", "เงินทุนหมุนเวียน") else None
    runner = reading.org_at(dash.end(), slack=0, same_line=True) if dash else None
    return runner.key if runner and runner.role != "member" else None


def _runs_fund_before(reading: Reading, org: OrgMention) -> bool:
    """``<fund> – กองทัพเรือ``: the agency after the dash is the fund's parent, no winner of its own."""
    fund = next((o for o in reading.orgs if o.end <= org.start and _RUN_BY.fullmatch(reading.text, o.end, org.start)), None)
    if fund is None:
        return False
    owner = reading.organization(fund.key).parent      # a fund of the tables (ontology/funds.csv) has its owner there
    return org.key in _learned_ancestors(reading, fund.key) or org.key == owner


def _named_bodies(text: str):
    """(start, end, name, head) of every name a body of a known kind could have: the head word and the
    name glued to it, cut before a clause word, with a school's or a regional office's number; a company
    written บจก. / บมจ. spelt out as บริษัท … จำกัด (มหาชน)."""
    for match in _LISTED_BODY.finditer(text):
        head, start = match.group("head"), match.start()
        name = re.sub(r"[ \t]+", " ", match.group()).strip()
        cut = _NAME_CLAUSE.search(match.group("name"))
        if cut:
            name = head + match.group("name")[:cut.start()]
            if len(name) - len(head) < 3:
                continue
        end = start + len(name) if cut else match.end()
        number = _SCHOOL_NUMBER.match(text, end) if head == "โรงเรียน" else None
        if number:
            name, end = name + number.group(), number.end()       # "โรงเรียนเทศบาล 2 (คลองจิหลาด)"
        elif _BARE_SCHOOL.fullmatch(name):
            continue                            # "โรงเรียนเทศบาล", "โรงเรียนอนุบาล": a kind of school
        if name.endswith(("ที่", "เขต")):
            number = _REGION_NUMBER.match(text, end) if head == "สำนักงาน" else None
            if not number:
                continue                        # "…จังหวัดเลยที่ 1": a numbered unit this rule cannot name
            name, end = name + number.group(), number.end()
        if head == "โรงพยาบาล" and _GENERIC_HOSPITAL.match(name):
            continue                            # โรงพยาบาลชุมชน, โรงพยาบาลทั่วไป: a kind of hospital
        yield start, end, name, head
    for match in _ABBREVIATED_COMPANY.finditer(text):
        name = re.sub(r"[ \t]+", " ", match.group("name")).strip()
        if match.group("form") == "หจก.":       # a limited partnership
            yield match.start(), match.end("name"), f"ห้างหุ้นส่วนจำกัด {name}", "บริษัท"
            continue
        public = " (มหาชน)" if match.group("form") == "บมจ." else ""
        yield match.start(), match.end("name"), f"บริษัท {name} จำกัด{public}", "บริษัท"


# a line that names an award; words that end a body's name glued to the clause after it
_AWARD_LINE = re.compile(r"[^\n]*รางวัล[^\n]*")
_NAME_CLAUSE = re.compile(r"(?<=[\u0e01-\u0e4e]{3})(?:ได้รับ|คว้า|เข้ารับ|ซึ่ง|โดย|ที่ได้|ได้|เป็น|จำนวน|ร่วม(?:กับ|มือ)|(?:และ|กับ)(?=โรงเรียน|ธนาคาร|สมาคม|มูลนิธิ|ชมรม|กลุ่ม|บริษัท|สำนักงาน|กรม|ผู้)|ของ|จาก|ภายใน|ใน(?!ทร|นท))")


def _recipient_tokens(reading: Reading, terms: list[Token]) -> list[Token]:
    text = reading.text
    tokens = []
    term_ends = [t.end for t in terms]
    term_starts = [t.start for t in terms]
    for org in reading.orgs:
        if org.role == "member":
            continue
        line_start = text.rfind("\n", 0, org.start) + 1
        before = text[max(line_start, org.start - 30):org.start]
        key = _receiving_office(reading, org, before)
        if key is None:
            continue
        if _runs_fund_before(reading, org):
            continue
        if _UNDER.search(before) or _total_for_its_units(reading, org):
            # "หน่วยงานในสังกัด สธ. ได้รับ … รวม 52 รางวัล", "กรม… ได้รับ … จำนวน 3 ศูนย์ ได้แก่ <its units>": a
            # total for the units under it; the awards the article goes on to name are theirs
            tokens.append(Token(org.start, org.end, "recipient", None))
            continue
        if key != org.key:
            org = replace(org, key=key)
        # "… รางวัลชนะเลิศ ได้แก่ A รองชนะเลิศอันดับ 1 B": a winner written right after its placing or medal
        after_listing = bool(_AFTER_LISTING.search(before)) or any(
            t.kind == "term" and all(c.kind == "level" for c in t.value) and _RIGHT_AFTER.fullmatch(text, t.end, org.start)
            and not _its_own_receipt(text, t, org) for t in terms)
        closes_item = _closes_its_item(reading, org, terms)
        opens_kinds_winners = _right_after_an_item_term(text, org, terms)
        after_listing = after_listing or closes_item or opens_kinds_winners
        if (_BEFORE_WORK.match(text, org.end) or _BEFORE_NAMED_WORK.match(text, org.end)) \
                and (any(0 <= org.start - e <= 400 for e in term_ends)
                     or tokens and tokens[-1].keep_terms and org.start - tokens[-1].end <= 400):
            tokens.append(Token(org.start, org.end, "recipient", org.key, keep_terms=True))
            continue
        if tokens and tokens[-1].keep_terms and _LIST_JOIN.fullmatch(text, tokens[-1].end, org.start) \
                and tokens[-1].end < org.start:
            tokens.append(Token(org.start, org.end, "recipient", org.key, keep_terms=True, listed=True))
            continue
        if _INDIVIDUAL_BEFORE.search(before) or _WHOSE_POLICY.search(before):
            continue      # "นักวิจัย… มหาวิทยาลัยมหิดล คว้ารางวัล…": a person of the organisation won;
            #               "ตามนโยบายของรัฐมนตรีว่าการกระทรวงคมนาคม คว้ารางวัล": whose policy, not who won
        unit = _unit_named_before(reading, org) if _RECIPIENT_AFTER.match(text, org.end) else None
        if unit is not None:
            # "กรมควบคุมโรค กระทรวงสาธารณสุข ได้รับรางวัล…": the department, its ministry named after it
            if tokens and tokens[-1].start == unit.start:
                tokens.pop()
            org = OrgMention(unit.start, org.end, unit.key, unit.how, unit.role)
        if (_RECIPIENT_AFTER.match(text, org.end) or _opens_item(before) or not before.strip()
                and _RECIPIENT_AFTER.match(text, org.end) or after_listing
                or _heads_its_lines(text, org, before, term_starts)):
            keep = after_listing and (any(0 <= org.start - e <= 40 for e in term_ends) or _names_its_contest(reading, org, terms)) \
                or closes_item
            cue = _RECIPIENT_AFTER.match(text, org.end)
            if cue and _AWARD_FOR_WORK.match(text, cue.end()) and any(0 <= org.start - e <= RECENT for e in term_ends):
                keep = True       # "<award> … โดย <หน่วยงาน> ได้รับรางวัลจากผลงาน …": the award just named
            if (after_listing or _opens_item(before)) and _heads_another_role(reading, org, terms):
                continue      # "… พื้นที่นำร่อง ได้แก่ <org>" after a tier's winners: pilot sites, hosts, members, no winners
            if after_listing and not keep and not _RECIPIENT_AFTER.match(text, org.end):
                # "ได้แก่ <org>" with no award term before it is a list of names, not of winners
                if not any(0 <= org.start - e <= 80 for e in term_ends) and not _ITEM_LISTS.fullmatch(text, line_start, org.start):
                    continue
            tokens.append(Token(org.start, org.end, "recipient", org.key, keep_terms=keep, listed=opens_kinds_winners,
                                partners=_listed_before(reading, unit or org) if cue else ()))
    return tokens


def _its_own_receipt(text: str, term: Token, org: OrgMention) -> bool:
    """``A ได้รับรางวัลระดับดีเด่น B ได้รับรางวัลระดับดี และC ได้รับรางวัลชมเชย``: a level that ends one body's receiving
    clause, the next body taking a receiving verb of its own: B is the subject of the next clause, not a winner listed
    after A's level (``รางวัลชนะเลิศ จังหวัดA`` has no verb before the placing)."""
    return bool(_RECEIVED_RIGHT_BEFORE.search(text, max(0, term.start - 10), term.start)) \
        and bool(_RECIPIENT_AFTER.match(text, org.end))


# what a line of a list of winners may say between its placing and the unit that ends it: the work's name
# (a product, a project), with no verb, no list opener and no other award word
_ITEM_BETWEEN = re.compile(r"[ \t]*(?:ผลงาน|โครงการ|เรื่อง)?[^\n]{2,150}?[ \t]+")
_NOT_A_WORK = re.compile(r"ได้รับ|คว้า|รับรางวัล|ได้แก่|คือ|ประกอบด้วย|ดังนี้|รางวัล|จำนวน|ผู้|นาย|นาง|ทีม|โดย|ของ|จาก|บาท|เงิน|สนับสนุน")
_ITEM_OPENING = re.compile(r"[ \t\u200b]*(?:\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[).]|[–\-•▪●])?[ \t]*$")


def _closes_its_item(reading: Reading, org: OrgMention, terms: list[Token]) -> bool:
    """``รางวัลชนะเลิศ   รถเก็บเกี่ยวข้าวโพด บริษัท เกษตรพัฒนา จำกัด⏎``, ``รางวัลชนะเลิศระดับ Gold : ระบบ e-Excise
    โดย กรมสรรพสามิต⏎``: a line of a list of winners that opens with its placing (or another term), names the
    work, and ends with the units that made it; each is that line's winner."""
    text = reading.text
    first, last = _run_of(reading, org)
    line_start = text.rfind("\n", 0, first.start) + 1
    tail = _LINE_TAIL_ONLY.match(text, last.end)
    if not tail or _TEAM_BELOW.match(text, tail.end()):
        return False          # (a line whose team members are listed below it: the team's award, no unit's)
    opening = next((t for t in terms if t.kind == "term" and line_start <= t.start and t.end < first.start
                    and _ITEM_OPENING.fullmatch(text, line_start, t.start)), None)
    if opening is None:
        return False
    last_term = max(t.end for t in terms if t.kind == "term" and opening.start <= t.start and t.end < first.start)
    between = text[last_term:first.start]
    maker = _MADE_BY.search(between)
    if maker:
        between = between[:maker.start()] + " "      # "<work> โดย <unit>": the unit that made the work
    return bool(_ITEM_BETWEEN.fullmatch(between)) and not _NOT_A_WORK.search(between) \
        and not any(last_term <= o.start < first.start for o in reading.orgs)


# "… โดย <unit>" at the end of an item: who made the work (not มอบโดย / จัดโดย / สนับสนุนโดย: who gave it)
_MADE_BY = re.compile(r"(?<!มอบ)(?<!จัด)(?<!สนับสนุน)(?<!ประเมิน)[ \t]*โดย[ \t]*$")


def _run_of(reading: Reading, org: OrgMention) -> tuple[OrgMention, OrgMention]:
    """The first and the last unit of the run ``A, B และ C`` that ``org`` is written in."""
    orgs = [o for o in reading.orgs if o.role != "member"]
    index = next((i for i, o in enumerate(orgs) if o.start == org.start), None)
    if index is None:
        return org, org
    first = last = index
    while first > 0 and orgs[first - 1].end <= orgs[first].start and _LIST_JOIN.fullmatch(reading.text, orgs[first - 1].end, orgs[first].start):
        first -= 1
    while last + 1 < len(orgs) and orgs[last].end <= orgs[last + 1].start and _LIST_JOIN.fullmatch(reading.text, orgs[last].end, orgs[last + 1].start):
        last += 1
    return orgs[first], orgs[last]


# the numbered members of a team on the lines below a placing line: "1. นายธรรมธร เกตุแก้ว นักวิชาการ…"
_TEAM_BELOW = re.compile(r"[ \t]*\(?1[.)][ \t]*(?:นาย|นางสาว|นาง|น\.ส\.|ดร\.|ผศ\.|รศ\.|ศ\.)")


# nothing but where the unit is (or its gloss) after it on its line
_LINE_TAIL_ONLY = re.compile(r"(?:[ \t]*\([^()\n]{1,80}\))?(?:[ \t]+(?:อำเภอ|อ\.|จังหวัด|จ\.)[ \t]?[\u0e01-\u0e4e]{2,30})*[ \t]*(?:\n|$)")


# the close of a bracketed date or aside ("วันนี้ (21 ก.พ. 67) <unit>"): no item number
_CLOSES_ASIDE = re.compile(r"\([^()\n]*[^\d()\s][^()\n]*\)[ \t]*$")
# a dateline's dash ("กรุงเทพฯ 7 กุมภาพันธ์ 2567 - <body> แถลง…"): the story begins, no list does
_DATELINE_DASH = re.compile(r"(?:[\d๐-๙]{4}|[\d๐-๙]{1,2}[ \t]?(?:น\.|นาฬิกา))[ \t]*[–\-][ \t\xa0]*$")


# "รางวัลชนะเลิศการประกวดแข่งขันสวนสนามผู้ต้องขังทั่วประเทศ ได้แก่ <unit>": a term, the name of the contest it was
# won in, ได้แก่; a clause between them (a verb, a count, another party) is prose, not a name
_CONTEST_NAMED = re.compile(r"[^\n]{0,100}?(?:ได้แก่|คือ)[ \t]*:?[ \t]*")
_NOT_A_CONTEST = re.compile(r"ได้รับ|โดย|ซึ่ง|และ|จำนวน|เข้าร่วม|ร่วมกับ|[\d๐-๙]")


def _names_its_contest(reading: Reading, org: OrgMention, terms: list[Token]) -> bool:
    """The unit follows ``<term><contest's name> ได้แก่`` on one line: the term's winner, however long the name."""
    text = reading.text
    last = max((t.end for t in terms if t.kind == "term" and t.end <= org.start), default=None)
    return last is not None and bool(_CONTEST_NAMED.fullmatch(text, last, org.start)) \
        and not _NOT_A_CONTEST.search(text, last, org.start) and not any(last <= o.start < org.start for o in reading.orgs)


def _right_after_an_item_term(text: str, org: OrgMention, terms: list[Token]) -> bool:
    """``1.ประเภทหน่วยงานภาครัฐ กรมA กรมB และกรมC 2.…``: a list item that opens with its kind of award and
    names its winners right after it, with no ได้แก่ between: the unit is a winner of that kind."""
    return any(t.kind == "term" and _SPACE_ONLY.fullmatch(text, t.end, org.start)
               and _opens_item(text[max(0, t.start - 12):t.start]) for t in terms)


def _opens_item(before: str) -> bool:
    """The unit opens an item of a list: a number, a bullet or a dash right before it (``1)``, ``2.1``,
    ``•``), not the close of a bracketed date that happens to end in a number, nor a dateline's dash."""
    return bool(_ITEM_MARKER.search(before)) and not _CLOSES_ASIDE.search(before) and not _DATELINE_DASH.search(before)


def _list_members(reading: Reading, recipients: list[Token], terms: list[Token]) -> list[Token]:
    """``<term> ได้แก่ A, B และ C`` or ``ได้แก่ 1. A 2. B``: the organisations listed after a term,
    with only a comma, a space, และ (and) or the item numbers between, are the term's winners, each
    its own conferral."""
    text = reading.text
    found = {t.start: t for t in recipients}
    term_ends = [t.end for t in terms if t.kind == "term"]
    last, last_end, sharing = None, 0, None
    for org in sorted(reading.orgs, key=lambda o: o.start):
        if org.role == "member":
            continue
        if sharing is not None and last is not None and org.start > last_end + 40:
            sharing = None
        if last is not None and _APPOSED_GAP.fullmatch(text, last_end, org.start) and _apposed(reading, last.value, org.key):
            # "กองร้อยอาสารักษาดินแดนอำเภอจะนะที่ 9 กองบังคับการกองอาสารักษาดินแดนจังหวัดสงขลา": the command after a
            # listed unit is its parent, which names where the unit is; no co-winner, and the list goes on after it
            found.pop(org.start, None)
            last_end = org.end
            continue
        if last is not None and _LIST_GLUE.fullmatch(text, _where_member_is(reading, last_end, org.start), org.start) \
                and not _apposed(reading, last.value, org.key):
            if sharing is not None:
                last = _share(found, sharing, org)      # (a further body the award is shared with)
            else:
                last = found[org.start] = Token(org.start, org.end, "recipient", org.key, keep_terms=True, more=True)
        elif last is not None and _past_unknown_items(text, _where_member_is(reading, last_end, org.start), org):
            # "ได้แก่ เทศบาลนครA เทศบาลเมืองB และองค์การบริหารส่วนตำบลC": B unknown to the reader is passed over (no
            # winner is made of it), and the list goes on to the next body it knows
            last = found[org.start] = Token(org.start, org.end, "recipient", org.key, keep_terms=True, more=True)
        elif (sharing := _sharer(reading, found, term_ends, org)) is not None:
            # "<A> เป็น 1 ใน 4 … ที่ได้รับรางวัล<P> ประเภท X ร่วมกับ B C และ D": B, C and D share A's award
            last = _share(found, sharing, org)
        elif any(_LIST_HEAD.fullmatch(text, end, org.start) for end in term_ends if end <= org.start):
            # "<term> (TQC Plus: Customer) จำนวน 1 องค์กร ได้แก่ <org>": the term's winner
            last = found[org.start] = Token(org.start, org.end, "recipient", org.key, keep_terms=True)
        else:
            last = found.get(org.start)
        last_end = org.end
    _numbered_members(reading, found, terms)
    return sorted(found.values(), key=lambda t: t.start)


# "<A> เป็น 1 ใน 4 โรงพยาบาลที่ได้รับรางวัล<P> ประเภท X ร่วมกับ B C และ D": the bodies the award was shared with, after
# the terms of a clause that says the subject is one of several winners
_ONE_OF_WINNERS = re.compile(r"(?:1|หนึ่ง)[ \t]?ใน[ \t]?[\d๐-๙]{1,3}[ \t]?[^\s\d]{0,30}?[ \t]?(?:ที่|ซึ่ง)[ \t]?(?:ได้รับ|คว้า|รับ)[ \t]?(?:รางวัล|โล่|ถ้วย)")
_SHARED_WITH = re.compile(r"[ \t]*ร่วมกับ[ \t]*")


# "<A> ได้รับรางวัลดังกล่าวเป็นปีที่ 3 ติดต่อกัน ร่วมกับ B และ C": the body after ร่วมกับ that ends A's own receiving
# clause shares the award A received (what may stand between: the award, its terms, a streak; not the work, its
# partner or organiser: "ได้รับรางวัลจากโครงการที่ดำเนินการร่วมกับ B", "ในงานที่จัดโดย X ร่วมกับ B")
_RECEIVED_WITH = re.compile(r"[ \t]*(?:ได้รับ|คว้า)[ \t]?(?:รางวัล|โล่)(?:(?!โดย|ซึ่ง|จาก|ผลงาน|โครงการ|จัด|ดำเนิน|พัฒนา|ทำงาน|ร่วม|มอบ"
                            r"|ใน(?:พิธี|งาน|การ)|ณ|และ|ที่(?!\s?[\d๐-๙])|[\n“”\"]).){0,120}?[ \t]*ร่วมกับ[ \t]*")


def _sharer(reading: Reading, found: dict[int, Token], term_ends: list[int], org: OrgMention) -> int | None:
    """Where the winner starts whose award the body after ร่วมกับ shares: the receiving subject of the clause
    that says it is one of several winners, on the line of the terms ร่วมกับ follows, or whose own receiving clause
    ร่วมกับ ends (the bodies listed after it ending the sentence); None where there is none."""
    text = reading.text
    end = next((e for e in term_ends if e <= org.start and _SHARED_WITH.fullmatch(text, e, org.start)), None)
    if end is not None:
        line_start = text.rfind("\n", 0, end) + 1
        clause = _ONE_OF_WINNERS.search(text, line_start, end)
        subject = max((s for s, t in found.items() if line_start <= s and t.end <= clause.start()), default=None) if clause else None
        if subject is not None:
            return subject
    subject = max((s for s, t in found.items() if t.end < org.start and _RECEIVED_WITH.fullmatch(text, t.end, org.start)),
                  default=None)
    return subject if subject is not None and _sharing_list(reading, org.start, found[subject].value) else None


def _share(found: dict[int, Token], sharing: int, org: OrgMention) -> Token:
    """The subject at ``sharing`` receives with ``org`` as a partner (the same frame, the same award)."""
    subject = found[sharing]
    if org.key not in subject.partners and org.key != subject.value:
        found[sharing] = replace(subject, partners=(*subject.partners, org.key))
    return Token(org.start, org.end, "recipient", org.key)


# the heads a listed body's name opens with (a local government, a hospital, a school, a province, an office …):
# an item so headed that the reader does not know is still an item of the list, between two it knows
_ITEM_BODY_HEAD = (r"(?:เทศบาล(?:นคร|เมือง|ตำบล)|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|โรงพยาบาล|โรงเรียน|จังหวัด|สำนักงาน|กรม"
                   r"|ศูนย์|วิทยาลัย|มหาวิทยาลัย|สถานี|เรือนจำ|ทัณฑสถาน|(?:อบต|อบจ|ทต|ทม|ทน)\.)")
_GAP = r"[ \t]{0,3},?[ \t]{0,3}(?:และ)?[ \t]{0,3}"
_UNKNOWN_ITEMS = re.compile(r"(?:" + _GAP + _ITEM_BODY_HEAD + r"[\u0e01-\u0e4e]{2,40}"
                            r"(?:[ \t]+(?:อำเภอ|อ\.|จังหวัด|จ\.)[ \t]?[\u0e01-\u0e4e]{2,30}?(?=[ \t,]|และ))*){1,2}" + _GAP)
_STARTS_WITH_BODY_HEAD = re.compile(_ITEM_BODY_HEAD)


def _past_unknown_items(text: str, end: int, org: OrgMention) -> bool:
    """Only one or two items the reader does not know, each a body's head and a name, stand between a listed
    winner (and its place) and the next body, itself named by a body's head: the list goes on."""
    return bool(_STARTS_WITH_BODY_HEAD.match(text, org.start)) and bool(_UNKNOWN_ITEMS.fullmatch(text, end, org.start))


# where a listed unit is, written after its name ("ได้แก่ โรงพยาบาลหนองคาย จังหวัดหนองคาย และโรงพยาบาลพิจิตร
# จังหวัดพิจิตร"), with its short form in brackets: the list goes on after it
_MEMBER_PLACE = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+(?:อำเภอ|อ\.|จังหวัด|จ\.)[ \t]?[\u0e01-\u0e4e]{2,30}?(?=[ \t,]|และ))+")


def _where_member_is(reading: Reading, end: int, limit: int) -> int:
    """The end of the place written after a listed unit (or ``end`` where none is), short of ``limit``: its
    district and province, or its province's bare name ("อบต.นาทอน สตูล อบต.โพนทอง")."""
    text = reading.text
    plant = _PLANT.match(text, end, limit)
    if plant:
        end = plant.end()       # "บริษัท ไทยยูเนี่ยน กรุ๊ป จำกัด (มหาชน) โรงงานสมุทรสาคร, …": the company's plant that won
    place = _MEMBER_PLACE.match(text, end, limit)
    if place:
        return place.end()
    bare = _BARE_PLACE.match(text, end, limit)
    province = _province_names(reading).match(text, bare.end(), limit) if bare else None
    return province.end() if province and _PROVINCE_END.match(text, province.end()) else end


_BARE_PLACE = re.compile(r"[ \t]+")
# a company's plant or branch written after its name: "โรงงานสมุทรสาคร", "สาขาลำปาง", "(โรงงาน 5)"
_PLANT = re.compile(r"[ \t]*\((?:โรงงาน|สาขา)[^()\n]{0,30}\)|[ \t]+(?:โรงงาน|สาขา|โรงสี|โรงเพาะฟัก)[^\s,()]{1,40}(?:[ \t]?\([^()\n]{1,30}\))?")


def _province_names(reading: Reading) -> re.Pattern:
    """The provinces' names and aliases written bare (ลำปาง, โคราช), longest first."""
    names = reading.gazetteer.places.province_ids
    return _names_pattern(tuple(sorted((n for n in names if len(n) >= 3), key=len, reverse=True)))


@lru_cache(maxsize=4)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, names)))


def _numbered_members(reading: Reading, found: dict[int, Token], terms: list[Token]) -> None:
    """``<term> จำนวน 3 องค์กร 1) A 2) <unit not known> 3) B``: every numbered item up to the next
    term is a winner of the term, though an item between them is not read as an organisation."""
    text = reading.text
    starts = sorted(t.start for t in terms if t.kind == "term")
    for term in terms:
        if term.kind != "term":
            continue
        head = _LIST_HEAD.match(text, term.end)
        if not head or not _NUMBERED_ITEM.search(text, head.start(), head.end()):
            continue
        line_end = text.find("\n", head.end())
        stop = min([s for s in starts if s >= head.end()] + [len(text) if line_end < 0 else line_end])
        items = [head.end()] + [m.end() for m in _NUMBERED_ITEM.finditer(text, head.end(), stop)]
        for index, position in enumerate(items):
            org = reading.org_at(position, slack=2)
            if org is None or org.role == "member" or org.end > stop:
                continue
            found[org.start] = Token(org.start, org.end, "recipient", org.key, keep_terms=True, more=index > 0)


def _apposed(reading: Reading, unit: str, following: str) -> bool:
    """``กองยุทธศาสตร์และแผนงาน สป.``: an agency written after a unit it contains names the
    unit's place, not a further winner."""
    return following == unit or following in reading.gazetteer.ancestors(unit) or following in _learned_ancestors(reading, unit) \
        or _names_its_command(reading, unit, following)


# a unit of a kind, and the kinds of body that command it, written right after it in a list of winners
# ("สถานีตำรวจภูธรเมืองลำพูน ตำรวจภูธรจังหวัดลำพูน", "โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษา…"):
# the body after the unit says where it stands, whatever parent the reference data gives the unit
_COMMANDED_BY = (
    (("สถานีตำรวจ",), ("ตำรวจภูธรจังหวัด", "ตำรวจภูธรภาค", "กองบังคับการตำรวจนครบาล", "กองบัญชาการตำรวจนครบาล")),
    (("กองร้อยอาสารักษาดินแดน",), ("กองบังคับการกองอาสารักษาดินแดน",)),
    (("กองพัน", "กองร้อย"), ("กรมทหาร", "กองพล", "มณฑลทหารบก", "กองทัพภาค", "กองกำลัง")),
    (("โรงเรียน",), ("สำนักงานเขตพื้นที่การศึกษา",)),
    (("โรงพยาบาล",), ("สำนักงานสาธารณสุขจังหวัด",)),
)


def _names_its_command(reading: Reading, unit: str, following: str) -> bool:
    first, second = (reading.organization(unit) if unit else None), (reading.organization(following) if following else None)
    if first is None or second is None:
        return False
    return any(first.name.startswith(heads) and second.name.startswith(commands) and not second.name.startswith(heads)
               for heads, commands in _COMMANDED_BY)


def _listed_before(reading: Reading, org: OrgMention) -> tuple[str, ...]:
    """``ได้แก่ A B และ C ได้รับรางวัล…``: the units listed right before the one that takes the verb,
    joined only by spaces, commas or และ, receive the same award; a unit followed by its own parent
    (``กองต่อต้านการค้ามนุษย์ สำนักงานปลัดกระทรวง พม.``) is one name, not a list."""
    text, partners, following = reading.text, [], org
    for other in reversed([o for o in reading.orgs if o.end <= org.start and o.role != "member"]):
        if other.end >= following.start or not _LIST_JOIN.fullmatch(text, other.end, following.start) \
                or following.key in reading.gazetteer.ancestors(other.key) \
                or following.key in _learned_ancestors(reading, other.key):
            break
        if other.key != org.key and other.key not in partners:
            partners.append(other.key)
        following = other
    return tuple(reversed(partners))


def _shared_after(reading: Reading, org: OrgMention) -> tuple[str, ...]:
    """``A ได้รับรางวัลดังกล่าวเป็นปีที่ 3 ติดต่อกัน ร่วมกับ B และ C``: the units listed after ร่วมกับ that ends A's own
    receiving clause share A's award."""
    clause = _RECEIVED_WITH.match(reading.text, org.end)
    return _sharing_list(reading, clause.end(), org.key) if clause else ()


# what may follow the bodies an award is shared with: the sentence ends, or a new clause opens (not a verb of their
# own: "ร่วมกับ B และ C จัดกิจกรรมรณรงค์…" names who acts with the winner, not who won with it)
_SHARED_LIST_ENDS = re.compile(r"[ \t]*(?:\n|$|[.;]|(?:อีก)?ด้วย|(?:โดย|ซึ่ง|ทั้งนี้|นอกจากนี้|ณ|เมื่อ|ใน(?:พิธี|งาน|ครั้งนี้|ปีนี้|การนี้)))")


def _sharing_list(reading: Reading, start: int, subject: str) -> tuple[str, ...]:
    """The units listed from ``start`` (after ร่วมกับ), where the list ends the clause; () where it does not."""
    text, shared, end = reading.text, [], start
    for other in sorted((o for o in reading.orgs if o.start >= start and o.role != "member"), key=lambda o: o.start):
        if not (not text[end:other.start].strip() if not shared else _LIST_GLUE.fullmatch(text, end, other.start)):
            break
        if other.key != subject and other.key not in shared:
            shared.append(other.key)
        end = other.end
    return tuple(shared) if _SHARED_LIST_ENDS.match(text, end) else ()


# "… จำนวน 3 ศูนย์ ได้แก่", "… ทั้งสิ้น 4 รางวัล คือ": the count of what a body received, heading the list of it
_COUNTED_LIST = re.compile(r"[^\n]{0,200}?(?:จำนวน|ทั้งสิ้น|รวม)[ \t]*[\d๐-๙]{1,3}[ \t]*(?:ศูนย์|แห่ง|หน่วยงาน|หน่วย|รางวัล|สำนักงาน|โรงพยาบาล|โรงเรียน|สถานี)"
                           r"[ \t]*(?:ได้แก่|คือ|ประกอบด้วย)[ \t]*:?\s{0,3}(?:\(?1[.)][ \t]*)?")


_ITEM_REACH = 120     # characters after the list's head within which its first unit is written


def _total_for_its_units(reading: Reading, org: OrgMention) -> bool:
    """``กรมการจัดหางาน ได้ผ่านการรับรอง… จำนวน 3 ศูนย์ ได้แก่ <ศูนย์…> <สำนักงานจัดหางานจังหวัด…>``: a body whose
    receiving verb heads a counted list of its own units received nothing itself; the units listed won (a
    counted list of awards or of other bodies leaves it the winner)."""
    text = reading.text
    cue = _RECIPIENT_AFTER.match(text, org.end)
    listed = _COUNTED_LIST.match(text, cue.end()) if cue else None
    if not listed:
        return False
    line_end = text.find("\n", listed.end())
    line_end = len(text) if line_end < 0 else line_end
    # the first unit the list names (an item may be a unit the finders do not know)
    first = next((o for o in reading.orgs if listed.end() <= o.start < min(line_end, listed.end() + _ITEM_REACH)
                  and o.role != "member"), None)
    return first is not None and first.key != org.key and (
        org.key in reading.gazetteer.ancestors(first.key) or org.key in _learned_ancestors(reading, first.key))


def _receiving_office(reading: Reading, org: OrgMention, before: str) -> str | None:
    """``ปลัดกระทรวงสาธารณสุข เข้ารับรางวัล``: the permanent secretary receives for the office
    he heads (สำนักงานปลัดกระทรวง…), not for the ministry his title names."""
    if not _PERMANENT_SECRETARY.search(before):
        return org.key
    agency = reading.gazetteer.agencies.get(org.key)
    if agency is None or agency.kind != "ministry":
        return org.key
    return reading.gazetteer.permanent_secretary_office(org.key)


def _heads_its_lines(text: str, org: OrgMention, before: str, term_starts: list[int]) -> bool:
    """A table-like list: the unit alone on its line, its award terms on the next line."""
    line_end = text.find("\n", org.end)
    if before.strip() or line_end < 0 or text[org.end:line_end].strip():
        return False
    return any(line_end < start <= line_end + 3 for start in term_starts)


# what says a list names winners: an award word, a receiving verb, a placing or a tier
_WINNER_WORD = re.compile(r"รางวัล|โล่|[Aa]ward|ได้รับ|คว้า|(?<!สำห)รับ|ชนะเลิศ|อันดับ|ชมเชย|ดีเด่น|ยอดเยี่ยม|เหรียญ")
_LIST_OPENER = re.compile(r"(?:ได้แก่|คือ|ประกอบด้วย|ดังนี้)[ \t]*:?[ \t]*$")


def _heads_another_role(reading: Reading, org: OrgMention, terms: list[Token]) -> bool:
    """``รางวัลชมเชย ได้แก่ A⏎ทั้งนี้ … ขยายผลไปยังพื้นที่นำร่อง ได้แก่ B``: the list the unit is in has a head of its
    own (the words before its ได้แก่ since the last unit, term or award word on that line; for items numbered or
    bulleted on the lines below, the line above them that ends with ได้แก่) that names another role than winning
    (_NO_WINNERS: pilot sites, those who took part, hosts, a committee …; an item line above that names an award
    heads the items below it instead): its units won nothing, whatever tier was
    read above. A head with no such word continues the list it follows."""
    text = reading.text
    line_start = text.rfind("\n", 0, org.start) + 1
    opener = _LIST_OPENER.search(text, line_start, org.start)
    while opener is None and line_start > 0 and _ITEM_HEAD.match(text, line_start):
        line_end = line_start - 1
        line_start = text.rfind("\n", 0, line_end) + 1
        if _ITEM_HEAD.match(text, line_start) and _WINNER_WORD.search(text, line_start, line_end):
            return False      # "1. รางวัลเกียรติยศ จำนวน 2 รางวัล⏎1.1 <unit>": an item above heads its winners
        opener = _LIST_OPENER.search(text, line_start, line_end)
    if opener is None:
        return False
    start = max([line_start] + [o.end for o in reading.orgs if line_start <= o.end <= opener.start()]
                + [t.end for t in terms if line_start <= t.end <= opener.start()]
                + [m.end() for m in _WINNER_WORD.finditer(text, line_start, opener.start())])
    return bool(_NO_WINNERS.search(text, start, opener.start()))
