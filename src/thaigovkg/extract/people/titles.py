"""The special title finders: posts whose title is written in a form of its own (a place's governor, chief or
mayor, a village head, a graded officer, a minister or the police in short, a member of parliament, an envoy, a
judge, a monk, …), each reading the text outside the spans taken already."""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import ACTING_PREFIXES, FOREIGN_COUNTRIES, POSITION_HEADS, province_alternation
from ..reading import OrgMention, PositionMention, Reading
from .common import _THAI_RUN, _before_former, _untaken
from .names import _name_right_before
from .title_bodies import (_AND_A_TITLE_RE, _GLUED_TO_BODY, _HIGHER_EDUCATION_TAIL, _PERMANENT_SECRETARY,
                           _SECOND_TITLE_BEFORE, _agency_of_article, compose_title)


def _position(start: int, end: int, title: str, org: str | None, acting: str | None) -> PositionMention:
    """A post as the article writes it: an acting prefix stays on the title ("รักษาราชการแทนอธิบดีกรม…",
    tests/ANNOTATION.md), so the acting post and the one held outright are two posts."""
    prefix = re.sub(r"[ \t]+", "", acting or "")
    return PositionMention(start, end, prefix + title, org, prefix)


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
    from ..reading import _one_edit

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


def _posts_of_places(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    """Posts whose body is a province, Bangkok, a district or a municipality, found by the place the
    title names; the body is the post's organisation (tests/ANNOTATION.md)."""
    from ..organizations.place_bodies import district_key, local_government_key, unlisted_local_government_key

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


# A subdistrict's chief (กำนัน) and a village's headman (ผู้ใหญ่บ้าน) or assistant, right after the holder's name, with the
# subdistrict or the village where the text names it ("กำนันตำบลแม่นะ", "กำนัน ต.หนองไผ่", "ผู้ใหญ่บ้าน หมู่ที่ 3",
# "ผู้ใหญ่บ้านหมู่ 18 บ้านโนนกอก ต.หนองนาคำ"); the short ต. is written out. Not the officials listed as a class
# ("นายอำเภอ กำนัน ผู้ใหญ่บ้าน และ…"), which stand after no name, nor "ผู้ใหญ่บ้านในพื้นที่" (the village heads of the area).
_VILLAGE_HEAD = re.compile(
    r"(?:(?<![\u0e01-\u0e4e])|(?<=อดีต))(?P<head>กำนัน|(?:ผู้ช่วย)?ผู้ใหญ่บ้าน)"
    r"(?P<village>[ \t]?หมู่(?:ที่|บ้านที่)?[ \t]?[0-9]{1,2}(?![0-9])(?:[ \t]?บ้าน[\u0e01-\u0e4e]{2,25})?)?"
    r"(?:[ \t]?(?:ตำบล|ต\.)[ \t]?(?P<tambon>[\u0e01-\u0e4e]{2,25}))?")
_PLACE_WORD_GLUED = re.compile(r"กล่าว|เปิดเผย|ได้|เป็น|ร่วม|ให้|พร้อม|และ|ซึ่ง|ที่|อำเภอ|จังหวัด")


def _village_heads(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    text, found = reading.text, []
    if "กำนัน" not in text and "ผู้ใหญ่บ้าน" not in text:
        return found        # (the pattern opens with a lookbehind: scanned only where its word is written)
    for match in _untaken(_VILLAGE_HEAD.finditer(text), taken):
        if not _name_right_before(text, _before_former(text, match.start())):
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
    r"(?:(?<![\u0e01-\u0e4e])|(?<=ตำแหน่ง))(?P<title>(?:นัก|เจ้าพนักงาน|นายแพทย์|แพทย์|ทันตแพทย์|เภสัชกร|พยาบาล|วิศวกร|นายสัตวแพทย์"
    r"|สัตวแพทย์|นิติกร|เศรษฐกร|สถาปนิก)[\u0e01-\u0e4e]{0,30}?(?:ชำนาญการพิเศษ|ชำนาญการ|ชำนาญงาน|ปฏิบัติการ|เชี่ยวชาญ"
    r"|ทรงคุณวุฒิ|อาวุโส|ปฏิบัติงาน))(?![\u0e01-\u0e4e])")

_GRADES = ("ชำนาญ", "ปฏิบัติ", "เชี่ยวชาญ", "ทรงคุณวุฒิ", "อาวุโส")
# (a field in brackets may stand between the grade and the unit: "นายแพทย์เชี่ยวชาญ (ด้านเวชกรรม) โรงพยาบาล…"; the award
# lists write the word for post before the title and the one for serving in before the unit: "นาง… ตำแหน่งเจ้าพนักงาน
# ขนส่งปฏิบัติงาน สังกัดสำนักงานเจ้าท่าภูมิภาคที่ 6")
_GRADE_QUALIFIER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:สังกัด[ \t]*)?")
_POST_WORD = re.compile(r"ตำแหน่ง[ \t]*$")


def _graded_officers(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    text, found = reading.text, []
    if not any(grade in text for grade in _GRADES):
        return found        # (the pattern opens with a lookbehind: scanned only where a grade is written)
    for match in _untaken(_GRADED_TITLE.finditer(text), taken):
        word = _POST_WORD.search(text, max(0, match.start() - 12), match.start())
        if not _name_right_before(text, word.start() if word else match.start()):
            continue
        gap = _GRADE_QUALIFIER.match(text, match.end())
        body = next((o for o in reading.orgs if o.start == gap.end() and o.role != "member"), None)
        if body is not None:
            found.append(_position(match.start(), match.end(), match.group("title"), body.key, None))
        elif (unit := _unit_after_grade(reading, gap.end(), match.start(), taken)) is not None:
            found.append(_position(match.start(), match.end(), match.group("title"), unit or None, None))
    return found


def _unit_after_grade(reading: Reading, start: int, title_start: int, taken: list[tuple[int, int]]) -> str | None:
    """The unit the tables lack written right after a graded title ("นักพัฒนาสังคมชำนาญการพิเศษ กองคุ้มครองและพัฒนา
    อาชีพ", "พยาบาลวิชาชีพชำนาญการ ศูนย์พัฒนาการจัดสวัสดิการผู้สูงอายุบ้านบางละมุง"): the unit, learned as it is after a
    head's title where the finders can place it, else "" (a post in a unit, as a head's before one the tables lack);
    None where no unit follows."""
    from .positions import _UNKNOWN_BODY_RE
    from .title_bodies import _unit_named_in_title, _field_unit

    unit = _UNKNOWN_BODY_RE.match(reading.text, start)
    if unit is None or unit.group().startswith(("คณะ", "กองทุน")) \
            or unit.group().startswith("กลุ่ม") and not unit.group().startswith("กลุ่มงาน") \
            or any(s < unit.end() and unit.start() < e for s, e in taken):
        return None
    glued = _GLUED_TO_BODY.search(reading.text, unit.start() + 6, unit.end())
    end = glued.start() if glued else unit.end()
    name = reading.text[unit.start():end]
    return _unit_named_in_title(reading, name, unit.start(), end, title_start) or _field_unit(reading, name) or ""


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
    return re.compile(rf"(?:(?<![\u0e01-\u0e4e.])|(?<=อดีต))(?P<acting>(?:{'|'.join(ACTING_PREFIXES)})[ \t]?)?(?P<deputy>(?:รอง|ผู้ช่วย)[ \t]?)?"
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
_CANDIDATE = re.compile(r"ผู้สมัคร[ \t]*$")      # a candidate: no post held (a former member's is: positions._as_former)
_MEMBER_ENDS = r"(?=[^\u0e01-\u0e4e]|$|และ|พรรค|ใน|ซึ่ง|ผู้|ร่วม|กล่าว|เปิดเผย|ได้|เป็น|\()"


@lru_cache(maxsize=4)
def _member_of_parliament_regex(provinces: tuple[str, ...]) -> re.Pattern[str]:
    names = province_alternation(provinces, bangkok=True)
    area = r"เขต[ \t]?(?P<area>[0-9]{1,2})(?![0-9])"
    place = rf"(?:จังหวัด|จ\.)?[ \t]?(?P<province>{names}|กทม\.)"
    return re.compile(
        r"(?:(?<![\u0e01-\u0e4e.(])|(?<=อดีต))(?P<head>สมาชิกสภาผู้แทนราษฎร|ส\.ส\.|สส\.)(?:[ \t]?\(ส\.ส\.\))?[ \t]?"
        rf"(?:(?P<list>(?:แบบ)?บัญชีรายชื่อ)|{place}(?:[ \t]?{area})?|{area.replace('area', 'area_first')}"
        rf"(?:[ \t]?{place.replace('province', 'province_after')})?)?{_MEMBER_ENDS}"
        rf"|(?:(?<![\u0e01-\u0e4e.])|(?<=อดีต))(?P<senator>สมาชิกวุฒิสภา){_MEMBER_ENDS}")


def _members_of_parliament(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if not any(word in reading.text for word in ("สมาชิกสภาผู้แทนราษฎร", "ส.ส.", "สส.", "สมาชิกวุฒิสภา")):
        return []       # (the pattern opens with a lookbehind: tried at every letter)
    found = []
    for match in _member_of_parliament_regex(reading.gazetteer.provinces).finditer(reading.text):
        end = len(match.group().rstrip(" \t")) + match.start()
        if any(s < end and match.start() < e for s, e in taken) \
                or _CANDIDATE.search(reading.text, max(0, match.start() - 10), match.start()):
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
_THAI_ENVOY = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=อดีต))(?P<title>(?:เอกอัครราชทูต|อัครราชทูต|กงสุลใหญ่)(?:"
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
        found.append(_position(match.start(), match.end(), match.group("title"),
                               court.key if court else _court_of_justice(reading, match.group("court")), match.group("acting")))
    return found


# A provincial, a district or a juvenile and family court named by its seat ("ศาลจังหวัดน่าน", "ศาลจังหวัดธัญบุรี",
# "ศาลแขวงพระนครศรีอยุธยา", "ศาลเยาวชนและครอบครัวจังหวัดสมุทรสงคราม") is a court of justice (ontology/independent_bodies.csv:
# every such court is one by the Act on the Organisation of Courts of Justice), where the seat is a real place.
_SEATED_COURT = re.compile(r"ศาล(?:จังหวัด|แขวง|เยาวชนและครอบครัวจังหวัด)(?P<seat>[\u0e01-\u0e4e]{2,30})")
_COURTS_OF_JUSTICE = "ศาลยุติธรรม"


def _court_of_justice(reading: Reading, court: str) -> str | None:
    gazetteer = reading.gazetteer
    seated = _SEATED_COURT.fullmatch(court)
    parent = gazetteer.bodies.find_by_name(_COURTS_OF_JUSTICE)
    if seated is None or parent is None or not gazetteer.places.is_place(seated.group("seat")):
        return None
    return reading.learn_organization(court, "court", parent)


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


# The body may be written glued to the field, with no space ("ที่ปรึกษาด้านต่างประเทศกระทรวงวัฒนธรรม", "ที่ปรึกษาด้านการ
# สื่อสารกระทรวงดีอี"): the pattern reads it into the field. A ministry, department or office whose name ends the field
# and begins with its kind's word is that body; a word of the field that is also a short form ("คลัง") is none.
_GLUED_BODY_HEAD = re.compile(r"กระทรวง|กรม|สำนักงาน")


def _body_glued_to_field(reading: Reading, start: int, end: int) -> OrgMention | None:
    """The body (of the tables' kinds) whose name ends the adviser's field, at least a word of field before it."""
    for org in reading.orgs:
        if org.end == end and start + len("ที่ปรึกษาด้าน") + 3 <= org.start and org.how != "abbr" \
                and _GLUED_BODY_HEAD.match(reading.text, org.start) and reading.organization(org.key).kind in _AGENCY_KINDS:
            return org
    return None


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
        body = reading.org_at(field_end, same_line=True) or _body_glued_to_field(reading, match.start("title"), field_end)
        if body is not None and body.start < field_end:
            field = field[:body.start - match.start("title")]       # the field alone, the body's name after it
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
# ("เอกอัครราชทูตประจำประเทศไทย") and one written on to another word (ภริยาเอกอัครราชทูต…) hold none; a former one
# (อดีตเอกอัครราชทูต…) held it (positions._as_former).
_FOREIGN_ENVOY = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=อดีต))(?:เอกอัครราชทูต|อัครราชทูต|อุปทูต)(?:วิสามัญผู้มีอำนาจเต็ม)?(?:แห่ง)?"
                            r"(?!ต่างประเทศ|ประจำ|และ|ของ)[\u0e01-\u0e4e]{2,50}?[ \t]?ประจำ(?:ประเทศไทย|ราชอาณาจักรไทย)"
                            r"(?=[^\u0e01-\u0e4e]|$|" + _GLUED_TO_BODY.pattern + r"|และ|เข้า|พร้อม|ร่วม|ณ)")


def _posts_of_foreign_envoys(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    if "ทูต" not in reading.text:
        return []       # (as above)
    return [_position(match.start(), match.end(), title,
                      None if _RESIDENT_ABROAD.match(reading.text, match.end()) else _embassy(reading, title), None)
            for match in _untaken(_FOREIGN_ENVOY.finditer(reading.text), taken)
            for title in (re.sub(r"[ \t]+(?=ประจำ)", "", match.group()),)]     # (a space before ประจำ: one title)


# "เอกอัครราชทูตสาธารณรัฐแซมเบียประจำประเทศไทย (ถิ่นพำนัก ณ กรุงกัวลาลัมเปอร์)": accredited from abroad, no embassy here
_RESIDENT_ABROAD = re.compile(r"[ \t]*\([ \t]*(?:มี)?ถิ่นพำนัก")


# An envoy to Thailand heads (or, as chargé d'affaires, stands in at) the embassy of the state the title names:
# "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งญี่ปุ่นประจำประเทศไทย", "อุปทูตรักษาการแทนเอกอัครราชทูตสาธารณรัฐประชาชนจีน
# ประจำประเทศไทย" → สถานเอกอัครราชทูต<state>ประจำประเทศไทย, a foreign state's body (outside the Thai state, no parent).
# The state is written by its name (one of FOREIGN_COUNTRIES) or by its form (สาธารณรัฐ…, ราชอาณาจักร…); a union of
# states (สหภาพยุโรป) has a delegation, not an embassy, and words that are no state's name hold none.
_ENVOY_WORDS = re.compile(r"^(?:เอกอัครราชทูต|อัครราชทูต|อุปทูต)(?:[ \t]?(?:รักษา(?:ราชการ|การ)(?:แทน)?|รักษา))?"
                          r"(?:สถาน)?(?:เอกอัครราชทูต)?(?:วิ)?(?:สามัญผู้มีอำนาจเต็ม)?(?:แห่ง)?")
_EMBASSY_TO_THAILAND = "สถานเอกอัครราชทูต{}ประจำประเทศไทย"
# One embassy whether the title gives its state's formal name or its common one ("สาธารณรัฐประชาชนจีน", "จีน"): the
# form is dropped where a common name of FOREIGN_COUNTRIES is left (not for Korea: "สาธารณรัฐเกาหลี" and the People's
# Democratic one are two states, neither plain "เกาหลี").
_FORM_OF_STATE = re.compile(r"(?:สหพันธ์|สหพันธ|สมาพันธ)?(?:สาธารณรัฐ|สาธาณรัฐ)(?:ประชาชน|สังคมนิยม|อิสลาม|ประชาธิปไตยประชาชน"
                            r"|แห่งสหภาพ)?|ราชอาณาจักร|อาณาจักร|เครือรัฐ|ราชรัฐ|สหพันธรัฐ|สมาพันธรัฐ|แกรนด์ดัชชี|สุลต่าน|รัฐ")


def _embassy(reading: Reading, title: str) -> str | None:
    state = re.sub(r"ประจำ(?:ประเทศไทย|ราชอาณาจักรไทย).*$", "", title[_ENVOY_WORDS.match(title).end():])
    form = _FORM_OF_STATE.match(state)
    if not (form or state.endswith(FOREIGN_COUNTRIES)) or re.search(r"[ \t]|ของ|และ", state):
        return None
    common = state[form.end():] if form else state
    if common in FOREIGN_COUNTRIES and common != "เกาหลี":
        state = common
    return reading.learn_organization(_EMBASSY_TO_THAILAND.format(state), "foreign", None)


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
        title = reading.text[match.start():end]
        found.append(_position(match.start(), end, title, _sangha_governed(reading, title, end), None))
    return found


# A governor of a province's or a district's sangha heads the body the organisation finder learns from the same
# words (organizations/named_bodies.py: "เจ้าคณะอำเภอแม่ใจ" of คณะสงฆ์อำเภอแม่ใจ, "รองเจ้าคณะจังหวัดพะเยา" of
# สำนักงานเจ้าคณะจังหวัดพะเยา), where the area is a real place and the title ends with it. A region (ภาค 7) or a
# subdistrict names no body the articles write.
# The Dhammayut order has governors of its own ("เจ้าคณะจังหวัดลพบุรี (ธ)", "เจ้าคณะจังหวัดเชียงใหม่-ลำพูน-แม่ฮ่องสอน
# (ธรรมยุต)"), of a body the finder's one name per area does not tell apart: those stay untied.
_AREA_GOVERNOR = re.compile(r"(?:รอง|ผู้ช่วย)?เจ้าคณะ(อำเภอ|จังหวัด)[ \t]?(.+)")
_DHAMMAYUT_AFTER = re.compile(r"[ \t]*(?:\((?:ธ|ธรรมยุต)|ฝ่ายธรรมยุต|ธรรมยุต|-)")


def _sangha_governed(reading: Reading, title: str, end: int) -> str | None:
    from ..organizations.named_bodies import sangha_of_area

    match = _AREA_GOVERNOR.fullmatch(title)
    if match is None or _DHAMMAYUT_AFTER.match(reading.text, end):
        return None
    body = sangha_of_area(reading, match.group(1), match.group(2))
    return body[0] if body and body[1] == match.group(2) else None     # not "เจ้าคณะจังหวัดตราดในสมัยนั้น" (then)


# The chair of a national board written without คณะ ("ประธานกรรมการวัฒนธรรมแห่งชาติ", "รองประธานกรรมการภาพยนตร์และ
# วีดิทัศน์แห่งชาติ", "… ในฐานะประธานกรรมการกองทุนหมู่บ้านและชุมชนเมืองแห่งชาติ"): the title as written, of the national
# committee it names (organizations/named_bodies.py: from the tables, else learned as the organisation finder learns it).
# Only a name that ends in แห่งชาติ is read whole; a board of anything else runs on into the sentence.
_NATIONAL_BOARD_CHAIR = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=ในฐานะ)|(?<=และ))(?P<head>(?:รอง)?ประธานกรรมการ)"
                                   r"(?P<board>(?!บริหาร|บริษัท)[\u0e01-\u0e4e]{3,60}?แห่งชาติ)"
                                   r"(?=[^\u0e01-\u0e4e]|$|" + _GLUED_TO_BODY.pattern + ")")


def _national_board_chairs(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    from ..organizations.named_bodies import national_committee

    if "ประธานกรรมการ" not in reading.text:
        return []       # (as for judges)
    found = []
    for match in _untaken(_NATIONAL_BOARD_CHAIR.finditer(reading.text), taken):
        board = match.group("board")
        if _PUBLIC_ORGANISATION_AFTER.match(reading.text, match.end()):     # the board of a public organisation
            gazetteer = reading.gazetteer
            org = gazetteer.find_by_name(board) or gazetteer.find_by_name("สำนักงาน" + board)
        else:
            org = national_committee(reading, board)
        found.append(_position(match.start(), match.end(), match.group(), org, None))
    return found


# "ประธานกรรมการนวัตกรรมแห่งชาติ (องค์การมหาชน)" chairs the board of สำนักงานนวัตกรรมแห่งชาติ, no committee of its own
_PUBLIC_ORGANISATION_AFTER = re.compile(r"[ \t]*\(องค์การมหาชน\)")


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
    from ..organizations.place_bodies import district_key

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
    from ..organizations import learned_provincial_unit

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


# The officers of a local government's council, right after the holder's name ("ประธานสภาองค์การบริหารส่วนตำบล
# บ้านตุ่น", "สมาชิกสภาเทศบาลเมืองน่าน", "รองประธานสภา อบจ.ลำปาง", "ส.อบจ.เชียงราย"): the council is the local
# government's own, so the post is tied to that local government, as its mayor's is (tests/ANNOTATION.md). Only a
# local government the places know (its province written after it, or the article's); the title writes it out.
_COUNCIL_POST = re.compile(
    r"(?<![\u0e01-\u0e4e.])(?:(?P<head>(?:รอง)?ประธานสภา|สมาชิกสภา|เลขานุการสภา)[ \t]?"
    r"(?P<body>องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต\.|อบจ\.|เทศบาล(?:นคร|เมือง|ตำบล))"
    r"|(?P<member>ส\.[ \t]?(?:อบต|อบจ)\.))[ \t]?(?P<place>[\u0e01-\u0e4e]{2,30})")
_COUNCIL_BODIES = {"อบต.": "องค์การบริหารส่วนตำบล", "อบจ.": "องค์การบริหารส่วนจังหวัด"}


def _local_council_posts(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    from ..organizations.place_bodies import local_government_key

    text, found = reading.text, []
    if "สภา" not in text and "ส." not in text:
        return found
    for match in _untaken(_COUNCIL_POST.finditer(text), taken):
        if not _name_right_before(text, match.start()):
            continue
        if match.group("member"):
            head, body = "สมาชิกสภา", _COUNCIL_BODIES[re.sub(r"[ \t]+", "", match.group("member"))[2:]]
        else:
            head, body = match.group("head"), _COUNCIL_BODIES.get(match.group("body"), match.group("body"))
        run = match.group("place")
        glued = _GLUED_TO_BODY.search(run, 2)
        run = run[:glued.start()] if glued else run
        hit = next(((size, key) for size in range(len(run), 1, -1)
                    if (key := local_government_key(reading, body + run[:size], match.start("place") + size))), None)
        if hit is None:
            continue
        end, org = match.start("place") + hit[0], hit[1]
        found.append(_position(match.start(), end, head + reading.organization(org).name.replace(" ", ""), org, None))
        reading.evidence(("org", org), match.start(), end)
    return found


# An army area's commander and deputies, titled by the area ("แม่ทัพภาคที่ 3", "รองแม่ทัพภาคที่ 1"): the post of
# that army area (กองทัพภาคที่ N, under the army).
_ARMY_AREA_COMMANDER = re.compile(r"(?<![\u0e01-\u0e4e])(?P<title>(?:รอง|ผู้ช่วย)?แม่ทัพภาค)[ \t]?(?:ที่)?[ \t]?(?P<n>[1-4])(?![0-9])")


def _army_area_commanders(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    found = []
    if "แม่ทัพ" not in reading.text:
        return found
    for match in _untaken(_ARMY_AREA_COMMANDER.finditer(reading.text), taken):
        if not _name_right_before(reading.text, match.start()):
            continue
        org = reading.gazetteer.bodies.find_by_name(f"กองทัพภาคที่ {match.group('n')}")
        found.append(_position(match.start(), match.end(), f"{match.group('title')}ที่ {match.group('n')}", org, None))
    return found


# An inspector titled by the bare word of the body ("ผู้ตรวจราชการกรม", "ผู้ตรวจราชการกระทรวง" with no name after it)
# in an article about one department or one ministry: that body's inspector (the article names no other of its kind).
_BARE_INSPECTOR = re.compile(r"(?<![\u0e01-\u0e4e])(?P<head>ผู้ตรวจราชการ)(?P<word>กรม|กระทรวง)(?![\u0e01-\u0e4e]|ฯ)")


def _inspectors_of_the_article(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    found = []
    if "ผู้ตรวจราชการ" not in reading.text:
        return found
    for match in _untaken(_BARE_INSPECTOR.finditer(reading.text), taken):
        if not _name_right_before(reading.text, match.start()):
            continue
        kind = "department" if match.group("word") == "กรม" else "ministry"
        bodies = {o.key for o in reading.orgs if o.key in reading.gazetteer.agencies
                  and reading.gazetteer.agencies[o.key].kind == kind
                  and reading.organization(o.key).name.startswith(match.group("word"))}
        if len(bodies) != 1:
            continue
        org = next(iter(bodies))
        title = compose_title(reading, match.group("head") + match.group("word"), org)
        if title:
            found.append(_position(match.start(), match.end(), title, org, None))
    return found
