"""Passes over the awards the reader gave, in the order ``find`` runs them: drop summaries
the body details, add the bare awards and the listed winners no term was read for, credit a
leader's award to the head named, and check the totals the article states."""
from __future__ import annotations

import re
from dataclasses import replace

from ...model import Award, Term
from ...normalize import match_key
from ..reading import OrgMention, Reading
from .recipients import _PLANT, _apposed, _listed_before, _shared_after, _total_for_its_units
from ..programmes import STAGE, looks_back, titles_won_at
from .common import (Token, minted, _INDIVIDUAL_BEFORE, _WHOSE_POLICY, _LIST_GLUE, _RECIPIENT_AFTER, _for_people, _learned_ancestors,
                     _unit_named_before)

# "รับมอบโล่และตราการรับรอง<programme>": the plaque, seal or certificate of a programme
_TOKEN_OF_AWARD = re.compile(r"(?:มอบ)?[ \t]*(?:รางวัล[ \t]?)?(?:โล่|ตรา|ประกาศนียบัตร|เกียรติบัตร|ประกาศเกียรติคุณ)[^\n]{0,30}"
                             r"|(?:มอบ)?(?:รางวัล)?[ \t]?[“\"]?[ \t]?(?:ประกาศ)?(?:เกียรติคุณ|เกียรติยศ|ยอดเยี่ยม|ดีเด่น|ชนะเลิศ|พิเศษ)[ \t]?")   # รับ(มอบ)รางวัลเกียรติคุณ <programme>
# "รับมอบรางวัล “Asian Experience Awards”": an English name after the word รางวัล (and มอบ) that the verb receives
_AWARD_WORD_GAP = re.compile(r"(?:มอบ)?[ \t]*รางวัล[ \t]*[“\"]?[ \t]*")
# "คว้ารางวัลจากเวที PropertyGuru Thailand Property Awards 2021", "คว้า 2 รางวัลนวัตกรรมจาก International Innovation
# Awards": an award won at an English-named programme with no title of it named (the stages titles_won_at reads)
_AWARD_AT_STAGE = re.compile(r"[ \t]*(?:[\d๐-๙]{1,2}[ \t]*)?รางวัล[\u0e01-\u0e4e]{0,20}?[ \t]?(?:จาก|ใน)" + STAGE
                             + r"[ \t]*[“\"]?[ \t]*")
# "ได้รับรางวัลรัฐบาลดิจิทัล (…) 4 ปีซ้อน และรางวัลหน่วยงานคุณภาพ…": the programme's own award, and another
_CONJOINED_AWARD = re.compile(r"(?:(?!ได้แก่|ประกอบด้วย|คือ|ประเภท|ดังนี้|รางวัล|สาขา|ระดับ)[^\n:]){0,150}?[ \t]และ[ \t]?(?:ได้รับ)?รางวัล(?!ดังกล่าว|นี้)")
# "ได้รับรางวัล… ได้แก่ / ดังนี้", "ที่ได้รับการพิจารณาเป็น<ชื่อ> จำนวน 10 แห่ง ได้แก่ 1) …", "ได้รับคัดเลือกให้เป็น…
# ได้แก่", "ผ่านการรับรอง… ได้แก่": winners listed after what they received; after "ที่ได้รับ…" or "ผู้ได้รับรางวัล คือ"
# (the ones who received it are) one unit is enough
# (a list opens with ได้แก่ / ประกอบด้วย, also as typed with a vowel slipped: ไดัแก่, ประกอด้วย)
_SUCH_AS = r"(?:ได้แก่|ไดัแก่)"
_CONSISTS_OF = r"(?:ประกอบด้วย|ประกอด้วย)"
_WINNERS_LISTED = re.compile(r"(?P<relative>ที่|ผู้(?:ที่)?)?(?:ได้รับ(?:รางวัล|โล่|การ(?:พิจารณา|คัดเลือก)(?:ให้)?(?:เป็น)?|คัดเลือก(?:ให้)?(?:เป็น)?)|(?:ได้)?มอบ(?:รางวัล|โล่)"
                             r"|(?:เข้า)?(?:เฝ้า)?รับพระราชทาน(?:รางวัล|โล่)"
                             r"|ผ่าน(?:เกณฑ์)?(?:การ)?(?:ประเมิน)?(?:และ)?(?:การ)?รับรอง"
                             # "มีผู้ว่าราชการจังหวัดผ่านเกณฑ์การพิจารณา จำนวน 26 จังหวัด ได้แก่": those who passed the award's
                             # selection are its winners (not those who passed into a round: ผ่านการคัดเลือกในรอบสุดท้าย, เข้ารอบ…, are finalists)
                             r"|ผ่าน(?:เกณฑ์)?(?:การ)?(?:พิจารณา|คัดเลือก)(?![ \t]?(?:ให้)?(?:ใน|เข้า)?[ \t]?รอบ))[^\n“”\"]{0,240}?"
                             rf"(?:{_SUCH_AS}|{_CONSISTS_OF}|ดังนี้|(?<=[ \t])คือ)[ \t]*:?\s{{0,3}}(?:\(?[1๑][.)][ \t]*)?")
# "มอบรางวัลหน่วยงานดีเด่น ประจำปี 2566 ให้แก่ กรมการปกครอง และกรมที่ดิน": an award handed to the units named
# right after ให้แก่ / ให้กับ / แก่ (one is enough: the text names whom it was given to)
# (the programme's name may be quoted between: "มอบโล่ประกาศเกียรติคุณ “วุฒิสภา ศรัทธาความดี” ให้แก่ …")
_QUOTED_NAME_OR = r"(?:[^\n“”\"]|[“\"][^\n“”\"]{2,80}[”\"])"
# (the units may be named as examples of a group handed it: "มอบรางวัลแก่หน่วยงานต่าง ๆ อาทิ A B และ C"; or as those
# whose representatives took it: "มอบโล่รางวัลให้กับผู้แทนของ A B และ C", the bodies won)
_WINNERS_GIVEN = re.compile(r"(?<!จะ)(?<!จะ )(?<!เตรียม)(?:ได้)?มอบ(?:โล่)?(?:รางวัล|โล่)" + _QUOTED_NAME_OR + r"{0,200}?(?:ให้แก่|ให้กับ|(?<=[ \t])แก่|(?<=มอบรางวัล)แก่)[ \t]*"
                            r"(?:ผู้แทน(?:ของ|จาก)?[ \t]*)?"
                            r"(?:(?:หน่วยงาน|องค์กร|ส่วนราชการ|จังหวัด)[^\n\d]{0,30}?(?:อาทิ(?:เช่น)?|เช่น|ได้แก่)[ \t]*:?[ \t]*)?")
# "มอบประกาศเกียรติคุณ สหกรณ์ดีเด่น ประจำปี 2565 ให้แก่ A และ B": a certificate of honour that names its title
_HONOUR_GIVEN = re.compile(r"(?:ได้)?มอบ(?:โล่)?(?:ประกาศเกียรติคุณ|เกียรติบัตร(?:[ \t]?และ[ \t]?(?:เข็ม|เครื่องหมาย))?[ \t]?(?:ประกาศ)?(?:ยกย่อง|เชิดชูเกียรติ))"
                           r"(?:(?!เพื่อ)[^\n“”\"]){0,200}?(?:ให้แก่|ให้กับ|(?<=[ \t])แก่)[ \t]*")
# (not across a purpose: "มอบเกียรติบัตร… เพื่อเชิดชูเกียรติแก่ข้าราชการ … ผู้ทำคุณประโยชน์ให้แก่กระทรวง…" honours persons)
# "รางวัลหน่วยงานดีเด่น ประจำปี 2566 ได้แก่ A และ B": the winners a programme's name heads
_WINNERS_HEADED = re.compile(r"[^\n“”\"]{0,80}?(?:ได้แก่|คือ)[ \t]*:?\s{0,3}(?:\(?[1๑][.)][ \t]*)?")
# "รางวัลรัฐบาลดิจิทัลระดับจังหวัด จำนวน 5 รางวัล ได้แก่ A B และ C": a kind of award, counted, heading its winners (the
# kind, not a term the scheme knows, is their category)
# (or a plaque's tier, counted: "โล่เงิน จำนวน 1 หน่วยงาน ได้แก่ A", "โล่ทองแดง จำนวน 14 โล่ จากหน่วยงาน ได้แก่ B C")
_COUNTED_UNITS = (r"(?:รางวัล|โล่|แห่ง|หน่วยงาน|องค์กร|จังหวัด|ราย)(?:[ \t]*จาก[ \t]*(?:[\d๐-๙]{1,3}[ \t]*)?(?:หน่วยงาน|แห่ง|องค์กร))?"
                  rf"[ \t]*(?:{_SUCH_AS}|คือ)")
_COUNTED_KIND = re.compile(r"(?:รางวัล|(?=โล่[^\s\d]))(?P<kind>[^\s\d()“”\"][^\n\d“”\"]{2,80}?)[ \t]*(?:จำนวน|รวม)?[ \t]*[\d๐-๙]{1,3}[ \t]*"
                           + _COUNTED_UNITS + r"[ \t]*:?\s{0,3}(?:\(?[1๑][.)][ \t]*)?")
# a kind that is a plaque's or a medal's tier (โล่เงิน, เหรียญทอง): the award's level, not its category (FORMAT.md)
_TIER_KIND = re.compile(r"(?:โล่|เหรียญ)[^\s\d]")
# (what follows รางวัล that names no kind: a reference back, a total, a clause: "ได้รับรางวัลด้วยจำนวน 6 หน่วยงาน")
_NO_KIND = re.compile(r"[ \t]*(?:ดังกล่าว|นี้|ทั้ง|รวม|อีก|ต่าง|เหล่านี้|ที่|ประจำปี|ด้วย|จาก|ใน|แก่|ให้|ของ|เป็น|ได้|เพียง|มาก|ถึง"
                      r"|กว่า|สูงสุด|ละ|แล้ว|ต่อเนื่อง|ซ้อน|ไป|มา|และ|หรือ|โดย|ซึ่ง)")
# where a listed unit is (อำเภอ…, จังหวัด…, จ.…), written after its name; a bullet that opens the next item
_LOCATOR = re.compile(r"(?:[ \t]+(?:อำเภอ|อ\.|จังหวัด|จ\.)[ \t]?[\u0e01-\u0e4e]{2,30})+")
_BULLET = re.compile(r"\s{0,3}[-–•▪●✓][ \t]*")
# the score a listed unit was assessed at, written after its name: "คะแนนเฉลี่ย 93.92", "(ได้คะแนน 95.5 คะแนน)"
_SCORE = re.compile(r"[ \t]*\(?(?:ได้)?คะแนน(?:เฉลี่ย|รวม)?[ \t]*[\d๐-๙]{1,3}(?:\.[\d๐-๙]{1,2})?(?:[ \t]*(?:คะแนน|%))?\)?")


def _is_place(reading: Reading, key: str) -> bool:
    """A province, district or local government: named for a place, so the place after it is another winner."""
    organization = reading.organization(key)
    return organization is not None and organization.kind in ("province", "district", "local_government")


# An award read with no term (a unit and a programme, or a unit listed as a programme's winner) is as sure
# whichever pass read it: its node is shared by every article that reports it, and holds one confidence.
BARE = 0.6
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
# a gloss in brackets after a listed winner: "(Labour Rights Promotion Network Foundation: LPN)"
_GLOSS = re.compile(r"[ \t]*\([^()\n]{1,80}\)")
# "… ได้รับรางวัลเลิศรัฐ รวมทั้งสิ้น 46 รางวัล อาทิเช่น A B และ C เป็นต้น": winners named as examples
_WINNERS_EXEMPLIFIED = re.compile(r"ได้รับรางวัล[^\n“”\"]{0,60}?(?:อาทิ(?:เช่น)?|เช่น(?!กัน))[ \t]*:?[ \t]*")
# "... ได้รับรางวัลเลิศรัฐ ประจำปี 2566 จำนวน 3 รางวัล": a count of awards, skipping a year on the way
_COUNT = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[^\n\d]|(?<!\d)\d{4}(?!\d)){0,60}?(?<!\d)(\d{1,3})[ \t]?รางวัล")


_AWARD_FIELDS = ("branch", "category", "level", "project", "person")


def _drop_summaries(reading: Reading) -> None:
    """A headline or lead that sums up an award (``รับรางวัลเลิศรัฐ … ประเภทพัฒนาการบริการ``)
    before the body details it (level, work) is the same award: keep only the fuller one."""
    awards = reading.extraction.awards

    def within(part: Award, whole: Award) -> bool:
        return part is not whole and (part.programme, part.year, part.recipient) == \
            (whole.programme, whole.year, whole.recipient) and \
            all(getattr(part, f) is None or getattr(part, f) == getattr(whole, f) or _cut_title(part, whole, f)
                for f in _AWARD_FIELDS) and \
            any(getattr(part, f) is None and getattr(whole, f) is not None or _cut_title(part, whole, f) for f in _AWARD_FIELDS)

    kept = [a for a in awards if not any(within(a, other) for other in awards)]
    if len(kept) < len(awards):
        awards[:] = kept
    _join_halves(reading)


def _cut_title(part: Award, whole: Award, field: str) -> bool:
    """A work's title the headline cuts short (``โครงการ Good Governance Towards Sustainable Housing``)
    that the body gives in full (``… Sustainable Housing [G H] BANK``): one work."""
    if field != "project" or not part.project or not whole.project:
        return False
    return len(part.project) < len(whole.project) and whole.project.startswith(part.project)


def _join_halves(reading: Reading) -> None:
    """One work's award read in two halves (``คว้ารางวัลชนะเลิศ ในสาขา X จากผลงาน “W”``: the placing in one,
    the branch in the other) is one award with both, where no term of one contradicts the other."""
    awards = reading.extraction.awards
    for index, award in enumerate(awards):
        if award.project is None:
            continue
        for other in awards[index + 1:]:
            if (other.programme, other.year, other.recipient, other.project, other.person) != \
                    (award.programme, award.year, award.recipient, award.project, award.person):
                continue
            terms = ("branch", "category", "level")
            if any(getattr(award, t) and getattr(other, t) and getattr(award, t) != getattr(other, t) for t in terms):
                continue
            joined = replace(award, **{t: getattr(award, t) or getattr(other, t) for t in terms},
                             confidence=max(award.confidence, other.confidence))
            evidence = reading.extraction.evidence
            evidence[joined] = evidence.pop(award, None) or evidence.get(other, "")
            evidence.pop(other, None)
            awards[index] = joined
            awards.remove(other)
            return _join_halves(reading)


def _titles_won_at(reading: Reading) -> None:
    """``<หน่วยงาน> คว้ารางวัล Best Green Bond จากเวที The Asset Triple A Awards 2024``: each English title the
    unit won at the programme named after it is an award of that programme, the title its category."""
    text, extraction = reading.text, reading.extraction
    main_year = reading.main_programme[1] if reading.main_programme else None
    for org in reading.orgs:
        verb_end = _received_at(reading, org)
        if verb_end is None or org.role == "member":
            continue
        line_start = text.rfind("\n", 0, org.start) + 1
        if _INDIVIDUAL_BEFORE.search(text, max(line_start, org.start - 40), org.start) \
                or _WHOSE_POLICY.search(text, max(line_start, org.start - 30), org.start):
            continue
        unit = _unit_named_before(reading, org)
        key = unit.key if unit is not None else org.key
        titles, at = titles_won_at(text, verb_end)
        programme = next((m for m in reading.programme_mentions if m.start == at), None) if titles else None
        if programme is None or _for_people(reading, programme.key):
            continue
        for start, end, title in titles:
            award = Award(programme=programme.key, year=programme.year or main_year, recipient=key,
                          category=minted(programme.key, "category", title), confidence=0.7)
            if not award.year or any((a.programme, a.year, a.recipient, a.category) ==
                                     (award.programme, award.year, key, award.category) for a in extraction.awards):
                continue
            # the frames read this award without its title ("… สาขา B จากผลงาน “W”"): the title completes it
            partial = next((a for a in extraction.awards if (a.programme, a.year, a.recipient) == (award.programme, award.year, key)
                            and a.category is None), None)
            if partial is not None:
                extraction.awards.remove(partial)
                award = replace(partial, category=award.category, confidence=min(partial.confidence, award.confidence))
            extraction.awards.append(award)
            reading.evidence(award, org.start, programme.end)
            reading.mention("award", start, end, title, reading.organization(key).name)


# a title received at the ceremony of another programme the paragraph names: "…เป็นประธานมอบรางวัล Prime Minister’s
# Digital Award 2022 … โดย<ผู้บริหาร> ธนาคารกรุงไทย รับรางวัล “องค์กรนวัตกรรมแห่งปี”", "รฟม. เข้ารับรางวัล
# "คณะกรรมการกิจการสัมพันธ์ดีเด่น" ในงานมอบรางวัล<P> ประจำปี 2566": the verb receives the title, the ceremony names
# the programme it is a category of
_TITLE_RECEIVED = re.compile(r"(?:ได้รับ|(?<!สำห)รับ|คว้า)(?:มอบ)?[ \t]?$")
_CEREMONY_NAMED_BEFORE = re.compile(r"มอบ(?:รางวัล)?[ \t]?[“\"]?$")
_AT_CEREMONY_AFTER = re.compile(r"[”\"]?[ \t]*(?:หรือ[ \t]*[“\"][^“”\"\n]{2,80}[”\"][ \t]*)?(?:ใน|จาก)(?:งาน|พิธี|เวที)"
                                r"(?:มอบรางวัล|ประกาศ(?:ผล)?รางวัล)?[ \t]?[“\"]?")
_OWN_CEREMONY = re.compile(r"(?:พิธี|งาน)(?:ประกาศผล(?:และ)?)?(?:มอบ)?(?:รางวัล)?[ \t]?[“\"]?$")


def _titles_at_ceremonies(reading: Reading) -> None:
    """A programme learned from a title a unit receives (``รับรางวัล “X”``) is a category of the programme whose
    ceremony the same paragraph names: before the title (``มอบรางวัล<P>`` on its line) or right after it
    (``… ในงานมอบรางวัล<P>``, ``จากเวที<P>``). Not where the title has a ceremony of its own."""
    text, extraction = reading.text, reading.extraction
    mentions = reading.programme_mentions
    titled = {a.programme for a in extraction.awards if a.programme.startswith("x-")}
    moved: dict[str, object] = {}
    for mention in mentions:
        key = mention.key
        if key not in titled or key in moved or not _TITLE_RECEIVED.search(text, max(0, mention.start - 12), mention.start):
            continue
        if any(_OWN_CEREMONY.search(text, max(0, m.start - 20), m.start) for m in mentions if m.key == key):
            continue          # "พิธีมอบรางวัล<X>": the title is a programme with its own ceremony
        after = _AT_CEREMONY_AFTER.match(text, mention.end)
        # (the ceremony's name may open with the รางวัล the stage words end with: "ในงานมอบรางวัล<P>")
        ceremony = next((m for m in mentions if after and mention.end < m.start and after.end() - 9 <= m.start <= after.end()
                         and m.key != key), None)
        if ceremony is None:
            line_start = text.rfind("\n", 0, mention.start) + 1
            before = [m for m in mentions if line_start <= m.start and m.end <= mention.start and m.key != key
                      and _CEREMONY_NAMED_BEFORE.search(text, max(0, m.start - 12), m.start)]
            ceremony = before[-1] if before else None
        if ceremony is None or looks_back(text, ceremony.start) or _for_people(reading, ceremony.key):
            continue
        moved[key] = ceremony
    for award in list(extraction.awards):
        ceremony = moved.get(award.programme)
        if ceremony is None:
            continue
        title = re.sub(r"^รางวัล[ \t]?", "", reading.extraction.programmes[award.programme].name)
        new = replace(award, programme=ceremony.key, year=ceremony.year or award.year,
                      category=award.category or minted(ceremony.key, "category", title))
        extraction.awards.remove(award)
        sentence = extraction.evidence.pop(award, None)
        if new not in extraction.awards:
            extraction.awards.append(new)
            if sentence is not None:
                extraction.evidence.setdefault(new, sentence)


def _bare_awards(reading: Reading) -> None:
    """``<หน่วยงาน> ได้รับรางวัล<โครงการ>`` with no terms or works read for it: still one award,
    graded less sure, so that no winner the article names is lost. The unit may be named only
    through its head's post (``ผู้ว่าราชการจังหวัดน่าน ได้รับรางวัล…``), and the programme only as
    ``รางวัลดังกล่าว`` after an earlier sentence named it."""
    text, extraction = reading.text, reading.extraction
    year = reading.main_programme[1] if reading.main_programme else None
    for org in sorted([*reading.orgs, *_heads_as_units(reading)], key=lambda o: o.start):
        verb_end = _received_at(reading, org)
        if verb_end is None or org.role == "member":
            continue
        line_start = text.rfind("\n", 0, org.start) + 1
        if _INDIVIDUAL_BEFORE.search(text, max(line_start, org.start - 40), org.start) \
                or _WHOSE_POLICY.search(text, max(line_start, org.start - 30), org.start):
            continue
        unit = _unit_named_before(reading, org)
        if unit is not None:
            org = OrgMention(unit.start, org.end, unit.key, unit.how, unit.role)
        programme = next((m for m in reading.programme_mentions
                          if verb_end <= m.start <= verb_end + 8 and "\n" not in text[verb_end:m.start]
                          or _TOKEN_OF_AWARD.fullmatch(text, verb_end, m.start)
                          or _AWARD_WORD_GAP.fullmatch(text, verb_end, m.start)
                          or _AWARD_AT_STAGE.fullmatch(text, verb_end, m.start) and text[m.start].isascii()), None)
        if programme is None and _BACK_REFERENCE.match(text, verb_end) \
                and not any(a.recipient == org.key for a in extraction.awards):
            programme = _referred_programme(reading, org.start)     # (an award read for the unit is the one referred to)
        if programme is None:
            continue
        for index, programme in enumerate(_joined_programmes(reading, programme)):
            _bare_award(reading, org, programme, year, first=index == 0)


# "ทั้งนี้ โรงพยาบาล ก ได้มุ่งมั่นพัฒนาคุณภาพ…อย่างต่อเนื่อง ได้รับรางวัล X ปี 2562": the subject that opens a sentence,
# a clause of its own doings, then the receiving verb with no one else named between
_SUBJECT_OPENS = re.compile(r"(?:^|\n|(?:ทั้งนี้|นอกจากนี้|อีกทั้ง|ปัจจุบัน|ต่อมา)[ \t]*,?[ \t]*)$")
_ACROSS = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:ได้|ยัง|ก็)?(?P<clause>[^\n]{10,160}?)[ \t](?:จึง|จน|และ|ยัง)?[ \t]?"
                     r"(?P<cue>(?P<verb>ได้รับ|คว้า)รางวัล)")
# words of a clause that hands something over, acts with others, enters or proposes, or is a relative clause
# (another body or person named in it is checked apart)
_OTHER_ACTOR = re.compile(r"มอบ|ให้แก่|ให้กับ|ร่วม|ซึ่ง|(?<![\u0e01-\u0e4e])ที่|ได้รับ|คว้า|เสนอ|สมัคร|[.:;“\"]|[ \t]{2}")


def _received_at(reading: Reading, org) -> int | None:
    """Where the receiving verb of a unit ends: right after its name, or past a clause of its own doings."""
    cue = _RECIPIENT_AFTER.match(reading.text, org.end)
    return cue.end() if cue else _verb_across_clause(reading, org)


def _verb_across_clause(reading: Reading, org) -> int | None:
    """The end of the receiving verb of a unit that opens its sentence, past a clause of its own doings (no other
    body or person named in it, nothing handed over, no relative clause), where an award word follows the verb."""
    text = reading.text
    if not _SUBJECT_OPENS.search(text, max(0, org.start - 20), org.start):
        return None
    across = _ACROSS.match(text, org.end)
    if across is None or _OTHER_ACTOR.search(across["clause"]):
        return None
    if any(org.end < other.start < across.start("cue") for other in [*reading.orgs, *reading.persons]):
        return None
    return across.end("verb")


def _joined_programmes(reading: Reading, first) -> list:
    """The programme a unit receives and those joined to it in the same clause with nothing of their own
    between (``ได้รับรางวัล<A> ประจำปี 2566 และรางวัล<B>``, ``คว้ารางวัล<A>, รางวัล<B> และรางวัล<C>``): each is
    received. A kind written like a programme (``รางวัลบริการภาครัฐ``, a known term of another) joins none."""
    text, found = reading.text, [first]
    for mention in sorted(reading.programme_mentions, key=lambda m: m.start):
        last = found[-1]
        if mention.start < last.end or mention.key in {m.key for m in found}:
            continue
        gap = _JOINED_PROGRAMME.fullmatch(text, last.end, mention.start)
        if gap is None or not gap["joined"] and not text.startswith("รางวัล", mention.start) \
                and "รางวัล" not in gap.group():
            if mention.start > last.end:
                break
            continue
        if any(term.scheme != mention.key for term in reading.gazetteer.terms.get(match_key(text[mention.start:mention.end]), [])):
            break       # (another programme's kind; a programme's own top tier, องค์กรโปร่งใส, is still the programme)
        found.append(mention)
    return found


# between two programmes a unit receives together: the first one's gloss, year or edition and who conferred it, then
# และ / a comma / รวมทั้ง (the verb again, the word รางวัล, an opening quote), or the next รางวัล<name> at once; never a
# term, a count, a list or the clause's end
_JOINED_PROGRAMME = re.compile(r"[ \t]*[”\"]?[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:(?:(?:ประจำปี|ครั้งที่|ปี)[ \t]*(?:พ\.ศ\.[ \t]*)?[\d๐-๙]{1,4}|(?:19|20|25)\d\d)[ \t]*)?"
                               r"(?:(?:จาก|โดย)[^\n,“”\"()]{1,60}?[ \t]*)?"
                               r"(?:(?P<joined>,[ \t]*(?:และ)?|และ|รวมทั้ง|รวมถึง)[ \t]?(?:ได้รับ|คว้า|รับ)?[ \t]?)?(?:รางวัล)?[ \t]?[“\"]?[ \t]?")


def _bare_award(reading: Reading, org: OrgMention, programme, year: int | None, first: bool) -> None:
    """One bare award of the programme to the unit (and to the units listed before it), unless one was read."""
    text, extraction = reading.text, reading.extraction
    covered = any(a.programme == programme.key and
                  (a.recipient == org.key or org.key in reading.gazetteer.ancestors(a.recipient)
                   or org.key in _learned_ancestors(reading, a.recipient)) for a in extraction.awards)
    named = text[programme.start:programme.end]     # the programme's own name, not a tier of it
    if covered and not (first and _CONJOINED_AWARD.match(text, programme.end)
                        and not reading.gazetteer.terms.get(match_key(named))):
        return
    leader = None
    if _for_people(reading, programme.key):
        leader = _executive_honoured(reading, org, programme)
        if leader is None:
            return        # (an executive's award received by the executive honours the unit led, FORMAT.md)
    # "A และ B ได้รับรางวัล…": the units listed before the one that takes the verb receive it too (and those it received
    # it with: "A ได้รับรางวัลดังกล่าว… ร่วมกับ B และ C")
    for key in (*_listed_before(reading, org), org.key, *_shared_after(reading, org)):
        if key != org.key and any(a.programme == programme.key and a.recipient == key for a in extraction.awards):
            continue
        if leader and key != org.key:
            continue
        award = Award(programme=programme.key, year=programme.year or year, recipient=key, confidence=BARE,
                      person=leader or (_head_honoured(reading, org, programme) if key == org.key else None))
        if award.year and award not in extraction.awards:
            extraction.awards.append(award)
            reading.evidence(award, org.start, programme.end)
            reading.mention("award", org.start, programme.end, reading.text[programme.start:programme.end],
                            reading.organization(key).name)


# "ได้รับรางวัลดังกล่าว", "รับรางวัลนี้": the award an earlier sentence named (not รางวัลเหล่านี้: several)
_BACK_REFERENCE = re.compile(r"[ \t]*(?:โล่)?รางวัล[ \t]?(?:ดังกล่าว|นี้(?![\u0e31-\u0e3a\u0e47-\u0e4e]))")
_REFERS_BACK = 1500     # characters back within which the award referred to was named


def _referred_programme(reading: Reading, start: int):
    """The programme ``รางวัลดังกล่าว`` refers to: the last one named before it, not far back."""
    before = [m for m in reading.programme_mentions if m.end <= start and start - m.end <= _REFERS_BACK]
    return before[-1] if before else None


def _heads_as_units(reading: Reading) -> list[OrgMention]:
    """A province or a local government named only through its head's post (``ผู้ว่าราชการจังหวัดน่าน``,
    ``นายกเทศมนตรีนครขอนแก่น``): the unit the head receives for (FORMAT.md: the body is the recipient)."""
    named = {(o.end, o.key) for o in reading.orgs}
    return [OrgMention(p.start, p.end, p.org, "post") for p in reading.positions
            if p.org and (p.end, p.org) not in named and _RECEIVING_HEAD.match(reading.text, p.title_start)
            and not p.acting]


def _head_honoured(reading: Reading, unit: OrgMention, programme) -> str | None:
    """The head an award names as its honouree (``รางวัลผู้ว่าราชการจังหวัดสำเภาทอง``, a CEO's award)
    when the head receives it: the person named right before the post."""
    if unit.how != "post":
        return None
    name = reading.extraction.programmes[programme.key].name if programme.key in reading.extraction.programmes else ""
    if not (_HEAD_POST.search(name) or _FOR_LEADERS.search(name)):
        return None
    holder = next((p for p in reading.persons if p.full and 0 <= unit.start - p.end <= 3), None)
    return holder.name if holder else None


def _executive_honoured(reading: Reading, unit: OrgMention, programme) -> str | None:
    """``นายวิทัย … ผู้อำนวยการธนาคารออมสิน รับรางวัลนักบริหารดีเด่น…``: an award for executives, which names the
    people it honours, received by the head named with the unit in the post: the head, for the unit led."""
    name = reading.extraction.programmes[programme.key].name if programme.key in reading.extraction.programmes else ""
    if not _FOR_LEADERS.search(name):
        return None
    post = next((p for p in reading.positions if p.org == unit.key and p.start <= unit.start and unit.end <= p.end), None)
    holder = post and next((p for p in reading.persons if p.full and 0 <= post.start - p.end <= 3), None)
    return holder.name if holder else None


# what ends the item of a numbered list of winners: a line break, an item number, an award word
_ITEM_ENDS = re.compile(r"\n|รางวัล|(?<![\d๐-๙.,:])\(?[\d๐-๙]{1,2}[.)](?![\d๐-๙])")
_ITEM_TRAILER = 200         # characters an item may say after its winner (who received for it, with the post)


def _in_item(text: str, item_end: int, start: int) -> bool:
    """A unit named in the words a numbered item adds after its winner (``1. ธนาคารกรุงไทย โดย นายผยง ศรีวณิช
    กรรมการผู้จัดการใหญ่ธนาคารกรุงไทย 2. …``): no winner of its own, and no end of the list."""
    return start - item_end <= _ITEM_TRAILER and not _ITEM_ENDS.search(text, item_end, start)


# one unit a line: the break between two lines, and what may follow a unit on its own line (where it is)
_LINE_BREAK = re.compile(r"[ \t]*\)?[ \t]*\n[ \t]*")      # (after a short form in brackets the unit's own)
_ENDS_LINE = re.compile(r"\n\s*$")
_LINE_TAIL = re.compile(r"(?:[ \t]*\([^()\n]{1,80}\))?(?:[ \t]+(?:อำเภอ|อ\.|จังหวัด|จ\.)[ \t]?[\u0e01-\u0e4e]{2,30})*[ \t]*(?:\n|$)")


def _alone_on_line(text: str, end: int) -> bool:
    """Whether nothing but where the unit is follows it on its line (``สำนักงานเกษตรอำเภอพล จังหวัดขอนแก่น⏎``)."""
    return bool(_LINE_TAIL.match(text, end))


# a group a list may name after an award sentence that did not win: those who attended, a committee or its
# judges, a pilot or target area (not a target reached: บรรลุเป้าหมาย), partners, criteria (read just before ได้แก่ / ดังนี้, after the programme's name:
# รางวัลคณะกรรมการรัฐวิสาหกิจดีเด่น is an award)
# (or the bodies above the winner: "… จากหน่วยงานที่รับผิดชอบหลัก ได้แก่ กรม…", "หน่วยงานต้นสังกัด ได้แก่ …")
_OTHER_GROUP = re.compile(r"เข้าร่วม|ร่วมงาน|ร่วมพิธี|ร่วมแสดงความยินดี|กรรมการ|ผู้ทรงคุณวุฒิ|นำร่อง|(?<!บรรลุ)เป้าหมาย|หลักเกณฑ์"
                          r"|ภาคีเครือข่าย|สนับสนุน|หน่วยงานที่เกี่ยวข้อง|ร่วมกับ|รับผิดชอบ|กำกับดูแล|ต้นสังกัด|สมัคร|เข้ารอบ")
_GROUP_NAMED = 45
_TOOK_PART = re.compile(r"เข้าร่วม|ร่วมพิธี|ร่วมงาน|สมัคร|เข้ารอบ|เสนอชื่อ")
_ATTENDED = re.compile(r"(?:เข้าร่วม|ร่วม)(?:งาน|ใน)?พิธี[ \t]*$")
# a kind of award that heads its part of a list of winners, with their count: "2) หน่วยงานที่มีพัฒนาการสูงที่สุด
# จำนวน 10 รางวัล ได้แก่ " (the count keeps a clause of prose from passing for a kind)
_KIND_LISTED = re.compile(r"\s{0,3}(?:และ)?\s{0,3}(?:\(?[\d๐-๙]{1,2}[.)][ \t]*)?(?P<kind>[^\s\d()][^\n]{3,100}?)[ \t]*(?:(?:จำนวน|รวม)[ \t]*)?"
                          r"[\d๐-๙]{1,3}[ \t]*" + _COUNTED_UNITS + r"[ \t]*:?[ \t]*")
# "… จำนวน 3 รางวัล คือ สถานประกอบกิจการขนาดใหญ่ ได้แก่ A สถานประกอบกิจการขนาดกลาง ได้แก่ B": a kind written as one
# word, uncounted, inside a list of winners (prose between two winners has spaces and clause words, a kind neither:
# "โดยมีหน่วยงานสนับสนุน ได้แก่" names others)
_KIND_NAMED = re.compile(r"[ \t]*,?\s{0,3}(?:และ)?\s{0,3}(?:\(?[\d๐-๙]{1,2}[.)][ \t]*)?"
                         r"(?P<kind>(?:(?!โดย|มี|ซึ่ง|ที่|ร่วม|สนับสนุน|จัด|เข้า|ได้|ไดั|เป็น|ของ|จาก|กับ|ผู้)[^\s\d()]){4,60})[ \t]*"
                         rf"(?:{_SUCH_AS}|คือ)[ \t]*:?[ \t]*")


# "… ดังนี้ เขตสุขภาพที่ 1 ได้แก่ จังหวัดลำปาง จังหวัดน่าน เขตสุขภาพที่ 4 ได้แก่ …": the winners grouped by the numbered
# region they are in (a health or inspection region); the region is no kind of award and no winner, only where the next
# winners are (a region named by words, ภาคเหนือ, is read as the kind the list is divided into, _KIND_NAMED)
_REGION_GROUP = re.compile(r"\s{0,3}(?:และ)?[ \t]*(?:\(?[\d๐-๙]{1,2}[.)][ \t]*)?"
                           r"(?:เขตสุขภาพ|เขตตรวจราชการ)(?:ที่)?[ \t]?[\d๐-๙]{1,2}"
                           r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?"
                           rf"(?:{_SUCH_AS}|คือ)[ \t]*:?[ \t]*")


def _listed_winners(reading: Reading, tokens: list[Token]) -> None:
    """``หน่วยงานในสังกัดได้รับรางวัลด้วยจำนวน 6 หน่วยงาน ได้แก่ 1) A 2) B …``: the agencies listed
    after "received the award" with no term of their own each won the programme's award."""
    text, extraction = reading.text, reading.extraction
    # (a term read inside a programme's own name, "รางวัลบริการภาครัฐแห่งชาติ" its umbrella branch, is the name: no
    # term of the list that the frames would read)
    named = [(m.start, m.end) for m in reading.programme_mentions]
    tokens = [t for t in tokens if t.kind != "term" or not any(s <= t.start and t.end <= e for s, e in named)]
    term_starts = [t.start for t in tokens if t.kind in ("term", "work")]
    orgs = sorted((o for o in reading.orgs if o.role != "member"), key=lambda o: o.start)
    # (a counted kind first: it names its winners' category, a wider cue around it does not)
    cues = [(cue, False) for cue in _COUNTED_KIND.finditer(text)] + \
           [(cue, False) for cue in _WINNERS_LISTED.finditer(text)] + \
           [(cue, True) for cue in _WINNERS_EXEMPLIFIED.finditer(text)] + \
           [(cue, False) for cue in _WINNERS_GIVEN.finditer(text)] + \
           [(cue, False) for cue in _HONOUR_GIVEN.finditer(text)] + \
           [(cue, False) for cue in (_WINNERS_HEADED.match(text, m.end) for m in reading.programme_mentions) if cue]
    for cue, exemplified in cues:
        programme = ([m for m in reading.programme_mentions if m.end <= cue.end()] or [None])[-1]
        if programme is None or (exemplified or cue.re is _HONOUR_GIVEN) and programme.start < cue.start():
            continue          # "ได้รับรางวัลมากมาย อาทิ …" names examples of the programme it names itself; a
                              # certificate of honour handed out is an award only where it names its title
        if _OTHER_GROUP.search(text, max(cue.start(), cue.end() - _GROUP_NAMED, programme.end), cue.end()):
            continue          # "… โดยมีหน่วยงานเข้าร่วมงาน ได้แก่ …": the list names who attended, not who won
        opens = min(cue.start(), programme.start)
        if cue.re in (_WINNERS_HEADED, _COUNTED_KIND) and _TOOK_PART.search(
                text, max(text.rfind("\n", 0, opens) + 1, opens - _GROUP_NAMED), opens):
            continue          # "หน่วยงานที่เข้าร่วมประกวดรางวัล<P> ได้แก่ …": those who took part, named before the programme
        if _ATTENDED.search(text, max(0, cue.start() - 20), cue.start()):
            continue          # "มีหน่วยงานเข้าร่วมพิธีมอบรางวัล<P> จำนวน 3 หน่วยงาน ได้แก่ …": who attended the ceremony
        chain, end = [], cue.end()
        item_end, kinds = end, {}
        # (no kind where the award counted is a programme named or one referred to: "รางวัลดังกล่าว 3 แห่ง")
        kind = cue.group("kind").strip() if cue.re is _COUNTED_KIND and not _NO_KIND.match(cue.group("kind")) and not any(
            m.start < cue.end("kind") and cue.start() < m.end for m in reading.programme_mentions) else None
        numbered = cue.group().rstrip().endswith(("1)", "1.", "๑)", "๑."))
        per_line = bool(_ENDS_LINE.search(cue.group()))
        for org in orgs:
            if org.start < end:
                continue
            if chain and _LOCATOR.fullmatch(text, end, org.end) and reading.organization(org.key).kind == "province" \
                    and not _is_place(reading, chain[-1].key):
                end = org.end           # "โรงพยาบาลขอนแก่น จังหวัดขอนแก่น โรงพยาบาลอุดรธานี …": where the unit is
                continue
            if chain and not text[end:org.start].strip() and _apposed(reading, chain[-1].key, org.key):
                end = org.end           # "กองระบาดวิทยา กรมควบคุมโรค": the unit's department, no winner of its own
                continue
            located = _LOCATOR.match(text, end)
            if located and any(end <= o.start < located.end() for o in orgs):
                located = None          # a province that is a winner of its own, not where the last one is
            gloss = (_GLOSS.match(text, end) or located) if chain else None
            after = gloss.end() if gloss else end
            plant = _PLANT.match(text, after, org.start) if chain else None
            after = plant.end() if plant else after     # "บริษัท … จำกัด (มหาชน) โรงงานสมุทรสาคร, …": its plant
            score = _SCORE.match(text, after, org.start) if chain else None
            after = score.end() if score else after     # "A คะแนนเฉลี่ย 93.92 B คะแนนเฉลี่ย 93.81 และ C": its score
            if org.start < after:
                continue                # "โรงพยาบาลอุดรธานี (รพ.อุดรธานี)": the unit's short form in its gloss
            # "1) A 2) B จำกัด (มหาชน) โรงเพาะฟัก… 3) C": in a numbered list the next number goes on, whatever
            # a unit's name trailed (its branch, its plant)
            number = len(chain) + 1
            next_item = numbered and chain and re.fullmatch(
                rf"[^\n]{{0,60}}?\s{{0,3}}(?:และ)?[ \t]*\(?(?:{number}|{str(number).translate(_THAI_DIGITS)})[.)][ \t]*",
                text[after:org.start])
            # "ได้แก่⏎A⏎B": a list written one unit a line, each line the unit's name alone
            next_line = per_line and chain and _LINE_BREAK.fullmatch(text, after, org.start) and _alone_on_line(text, org.end)
            # "ประกอบด้วย 1) หน่วยงานที่มีผลการประเมินสูงที่สุด จำนวน 11 รางวัล ได้แก่ A B … 2) <kind> จำนวน 10 รางวัล ได้แก่ C …":
            # the list divided into kinds, each counted and then listed; the kind is its units' category
            divided = _KIND_LISTED.fullmatch(text, after if chain else end, org.start) \
                or _KIND_NAMED.fullmatch(text, after if chain else end, org.start)
            if divided and not _OTHER_GROUP.search(divided.group("kind")) and not any(
                    divided.start("kind") <= m.start < divided.end("kind") for m in reading.programme_mentions) \
                    and not any(divided.start("kind") <= t < divided.end("kind") for t in term_starts):
                # (a kind that names a programme or an award term is another award, read as such)
                kind = divided.group("kind")
            elif not (_LIST_GLUE.fullmatch(text, after, org.start) or next_item or next_line or _BULLET.fullmatch(text, after, org.start)
                      or not chain and not text[end:org.start].strip()
                      or _REGION_GROUP.fullmatch(text, after if chain else end, org.start)):
                if numbered and chain and _in_item(text, item_end, org.start):
                    end = org.end       # "1. A โดย นายผยง … ผู้จัดการใหญ่ธนาคารกรุงไทย 2. B": who received for A, in A's item
                    continue
                break
            chain.append(org)
            kinds[org.start] = kind
            end = item_end = org.end
        line_start = text.rfind("\n", 0, cue.start()) + 1
        # one winner is enough after "ที่ได้รับ… คือ" (the winners of what was received)
        relative = not exemplified and (cue.re is not _WINNERS_LISTED or cue.group("relative"))
        handed = _terms_handed(cue, tokens, programme.key) if cue.re in _HANDS_TERMS else None
        if len(chain) < (1 if relative else 2) or any(
                max(line_start, cue.start() - 100) <= t < end and not (handed and cue.start() <= t < cue.end()) for t in term_starts):
            continue
        year = programme.year or (reading.main_programme[1] if reading.main_programme else None)
        if _for_people(reading, programme.key):
            continue
        for org in chain:
            if year is None or any(a.programme == programme.key and a.recipient == org.key for a in extraction.awards):
                continue
            kind = kinds[org.start]
            tier = bool(kind and _TIER_KIND.match(kind))
            category = minted(programme.key, "category", kind) if kind and not tier else None
            level = minted(programme.key, "level", kind) if tier else None
            award = Award(programme=programme.key, year=year, recipient=org.key, category=category, level=level,
                          confidence=BARE)
            if handed:
                award = replace(award, **handed)
            extraction.awards.append(award)
            reading.evidence(award, org.start, org.end)
            reading.mention("award", org.start, org.end, reading.text[programme.start:programme.end],
                            reading.organization(org.key).name)


# the cues whose own words may write the award's terms: "มอบรางวัลP ประเภท X ให้แก่ …", "หน่วยงานที่ได้รับรางวัลP ระดับดีเด่น
# มีจำนวน 3 หน่วยงาน คือ …", "รางวัลP ระดับดีเด่น ได้แก่ …"
_HANDS_TERMS = (_WINNERS_GIVEN, _HONOUR_GIVEN, _WINNERS_LISTED, _WINNERS_HEADED)


def _terms_handed(cue: re.Match, tokens: list[Token], programme: str) -> dict[str, Term] | None:
    """``มอบรางวัลอุตสาหกรรมดีเด่น ประเภทการบริหารความปลอดภัย ประจำปี 2566 ให้แก่ <A> และ <B>``: the terms of the
    programme written between มอบ and ให้แก่ are the award each unit handed it received (one per kind; two
    different terms of a kind say the sentence hands out more than one award, which the frames read)."""
    handed: dict[str, Term] = {}
    for token in tokens:
        if token.kind != "term" or not cue.start() <= token.start < cue.end():
            continue
        for term in token.value:
            if term.scheme != programme:
                continue
            if handed.get(term.kind, term) != term:
                return None
            handed[term.kind] = term
    return handed or None


# the post of a unit's head that an award for heads names: the governor, the mayor, the chief executive of a
# local government, the director of a hospital or school ("รางวัลผู้ว่าราชการจังหวัดสำเภาทอง", "มอบรางวัล…แก่
# นายกเทศมนตรี…"); the heads listed under it are honoured for their units
_HEAD_POST = re.compile(r"ผู้ว่าราชการจังหวัด|ผวจ\.|นายกเทศมนตรี|นายกองค์การบริหารส่วน|นายก[ \t]?อบ[ตจ]\.|ผู้บริหารท้องถิ่น"
                        r"|ผู้บริหารองค์กรปกครองส่วนท้องถิ่น|ผู้อำนวยการโรงพยาบาล|ผู้อำนวยการโรงเรียน|ผู้บริหารสถานศึกษา")
# a head, or the governor's deputy, who takes an award up for the unit
_RECEIVING_HEAD = re.compile(r"(?:รองผู้ว่าราชการจังหวัด|รองผวจ\.)|" + _HEAD_POST.pattern)
# one listed head: the item's number or bullet, the name, what stands before the post ("อดีต", "ขณะดำรงตำแหน่ง",
# "เกษียณอายุราชการ (เมื่อครั้งดำรงตำแหน่ง"), within one line and short of the next award talk
_HEAD_ITEM = re.compile(r"[ \t]*\)?\s{0,3}(?:และ|,)?[ \t]*(?:\(?\d{1,3}[.)]|[-–•▪●])?[ \t]*[^\n]{0,80}")
_HEAD_ITEM_STOP = re.compile(r"รางวัล|ได้แก่|ดังนี้|ประกอบด้วย")
_ITEM_NUMBER = re.compile(r"(?:^|\s)\(?\d{1,3}[.)](?!\d)")
# a head an award is handed to for the body the post names: those above, and the heads of agencies, state
# enterprises and firms and their deputies ("มอบโล่รางวัล… ให้แก่ นาย ก อธิบดีกรม ข", "… ผู้บัญชาการ…")
_HANDED_HEAD_POST = re.compile(_HEAD_POST.pattern + r"|(?:รอง|ผู้ช่วย)?(?:อธิบดี|ผู้อำนวยการ(?:ใหญ่)?|เลขาธิการ|ผู้ว่าการ"
                               r"|ผู้บัญชาการ|กรรมการผู้จัดการ(?:ใหญ่)?|กรรมการผู้อำนวยการ(?:ใหญ่)?|ปลัด|อธิการบดี|นายอำเภอ)")
# right after ให้แก่: a head's post, or a name and then the post ("ให้แก่ นายสมชาย ใจดี ผู้ว่าราชการจังหวัดน่าน")
_HEAD_NEXT = re.compile(r"[ \t]*(?:[^\s]{2,30}[ \t]+[^\s]{2,30}[ \t]+)?(?:" + _HANDED_HEAD_POST.pattern + ")")
# "… ผวจ.ฉะเชิงเทรา ขณะดำรงตำแหน่ง ผวจ.นครศรีธรรมราช", "(เมื่อครั้งดำรงตำแหน่งผู้ว่าราชการจังหวัดสกลนคร)": the post the
# head held when honoured, written after the one held now
_HELD_THEN = re.compile(r"(?:ขณะ|เมื่อครั้ง)(?:ดำรง)?ตำแหน่ง[ \t]*$")


def _listed_heads(reading: Reading) -> None:
    """``มอบรางวัลสำเภาทองแก่ผู้ว่าราชการจังหวัด … จำนวน 21 ราย ได้แก่ 1. นายสมศักดิ์ … ผู้ว่าราชการจังหวัดขอนแก่น
    2. …``: an award for the heads of units, listed by name and post, honours the unit each head led when
    honoured (FORMAT.md: the organisation is the recipient, the head the person)."""
    text, extraction = reading.text, reading.extraction
    persons = [p for p in reading.persons if p.full]
    positions = sorted((p for p in reading.positions if p.org), key=lambda p: p.start)
    cues = [*_WINNERS_LISTED.finditer(text), *_WINNERS_GIVEN.finditer(text),
            *(cue for cue in (_WINNERS_HEADED.match(text, m.end) for m in reading.programme_mentions) if cue)]
    for cue in cues:
        programme = ([m for m in reading.programme_mentions if m.end <= cue.end()] or [None])[-1]
        if programme is None or "\n" in text[programme.start:cue.start()]:
            continue
        named = extraction.programmes[programme.key].name if programme.key in extraction.programmes else ""
        for_heads = bool(_HEAD_POST.search(named) or _HEAD_POST.search(text, programme.start, cue.end()))
        # "มอบโล่รางวัลจังหวัดสะอาด ให้แก่ผู้ว่าราชการจังหวัดน่าน …": a unit's award handed to its head
        handed = cue.re is _WINNERS_GIVEN and bool(_HEAD_NEXT.match(text, cue.end()))
        if not (for_heads or handed and not _for_people(reading, programme.key)):
            continue
        year = programme.year or (reading.main_programme[1] if reading.main_programme else None)
        end, honoured = cue.end(), []       # [person, post of a head or None] per item
        for post in (q for q in positions if q.start >= cue.end()):
            gap = text[end:post.start]
            head = bool((_HANDED_HEAD_POST if handed else _HEAD_POST).match(text, post.title_start))
            # (heads handed the award by post alone, "ให้แก่ผู้ว่าราชการจังหวัดน่าน ผู้ว่าราชการจังหวัดแพร่", are one each)
            another_head = handed and head and bool(honoured) and honoured[-1][1] is not None and not _HELD_THEN.search(gap)
            if honoured and not _ITEM_NUMBER.search(gap) and "\n" not in gap and len(gap) <= 80 and not another_head:
                if head and _HELD_THEN.search(gap):
                    honoured[-1][1] = post      # the post held when honoured
                end = post.end                  # else another post of the same head
                continue
            if not _HEAD_ITEM.fullmatch(text, end, post.start) or _HEAD_ITEM_STOP.search(gap):
                break
            person = next((p for p in persons if end <= p.start and p.end <= post.title_start), None)
            # a head who now holds another post (อธิบดี … ขณะดำรงตำแหน่ง ผวจ.…) waits for the post held then
            honoured.append([person, post if head else None])
            end = post.end
        honoured = [(person, post) for person, post in honoured if post is not None]
        if len(honoured) < (1 if handed else 2) or year is None:
            continue        # one head named after the cue may be the presenter's post; a list is the winners
        for person, post in honoured:
            if any(a.programme == programme.key and a.recipient == post.org for a in extraction.awards):
                continue
            award = Award(programme=programme.key, year=year, recipient=post.org,
                          person=person.name if person and for_heads else None, confidence=BARE)
            extraction.awards.append(award)
            reading.evidence(award, (person or post).start, post.end)
            reading.mention("award", (person or post).start, post.end, text[programme.start:programme.end],
                            reading.organization(post.org).name)


_FOR_LEADERS = re.compile(r"นักบริหาร|ผู้บริหาร(?!จัดการ)|ผู้นำองค์กร|ซีอีโอ|\bCEO\b|Leader", re.IGNORECASE)


def _leader_honorees(reading: Reading, tokens: list[Token]) -> None:
    """``ดร. เอกนิติ … อธิบดีกรมสรรพสามิต เข้ารับรางวัลผู้นำองค์กรดิจิทัลดีเด่น``: an award to an
    organisation's leader honours the head named, with the post, just before it."""
    text, extraction = reading.text, reading.extraction
    # where a leader's award is named: its category (ผู้นำองค์กร…), or a programme named for leaders
    # (รางวัลสุดยอดนักบริหารแห่งปี, CEO of the Year) that the article confers
    anchors = [(t.start, "category") for t in tokens if t.kind == "term"
               and any(c.kind == "category" and c.label.startswith("ผู้นำองค์กร") for c in t.value)]
    anchors += [(m.start, m.key) for m in reading.programme_mentions if m.key in extraction.programmes
                and _FOR_LEADERS.search(extraction.programmes[m.key].name)]
    for start, anchor in sorted(anchors):
        org, holder = _head_before(reading, start)
        awards = [a for a in extraction.awards if a.person is None and a.recipient == org and (
            a.programme == anchor if anchor != "category"
            else a.category is not None and a.category.label.startswith("ผู้นำองค์กร"))]
        if holder is None:
            continue
        for award in awards:
            honoured = replace(award, person=holder)
            extraction.awards[extraction.awards.index(award)] = honoured
            evidence = extraction.evidence.pop(award, None)
            if evidence:
                extraction.evidence.setdefault(honoured, evidence)
    _drop_repeats(extraction)


# an item of a list: its number or bullet at the line's start ("(1) นายฉัตรชัย …", "2. นายวิทัย …", "- นาย…")
_LEADER_ITEM = re.compile(r"[ \t\xa0]*(?:\(?[\d๐-๙]{1,2}[.)]|[-–•▪●])[ \t\xa0]*")


def _leaders_listed(reading: Reading, tokens: list[Token]) -> None:
    """``4. รางวัลผู้นำองค์กรดีเด่น⏎(1) นายฉัตรชัย ศิริไล กรรมการผู้จัดการธนาคารอาคารสงเคราะห์⏎(2) …``: the heads listed
    item by item under a leaders' award term are honoured for the bodies they lead; each body is the recipient, its
    head the person (FORMAT.md). Only items of their own lines right below the term, each a person and the post."""
    text, extraction = reading.text, reading.extraction
    persons = [p for p in reading.persons if p.full]
    for token in tokens:
        category = next((c for c in token.value if c.kind == "category" and _FOR_LEADERS.search(c.label)), None) \
            if token.kind == "term" else None
        if category is None:
            continue
        line_end = text.find("\n", token.end)
        if line_end < 0 or text[token.end:line_end].strip():
            continue        # the term heads a list only where nothing follows it on its line
        mentioned = [m for m in reading.programme_mentions if m.end <= token.start]
        programme, year = (mentioned[-1].key, mentioned[-1].year) if mentioned else reading.main_programme
        year = year or reading.main_programme[1]
        start = line_end + 1
        while year and (item := _LEADER_ITEM.match(text, start)):
            end = text.find("\n", item.end())
            end = len(text) if end < 0 else end
            person = next((p for p in persons if item.end() <= p.start < end), None)
            post = next((q for q in reading.positions if q.org and person and person.end <= q.start < end
                         and not text[person.end:q.start].strip()), None)
            if post is None:
                break
            award = Award(programme=programme, year=year, recipient=post.org, category=category, person=person.name,
                          confidence=BARE)
            if not any(a.programme == programme and a.recipient == post.org and a.category == category for a in extraction.awards):
                extraction.awards.append(award)
                reading.evidence(award, person.start, post.end)
                reading.mention("award", person.start, post.end, category.label, reading.organization(post.org).name)
            start = end + 1


def _head_before(reading: Reading, start: int) -> tuple[str | None, str | None]:
    """The organisation and the head named just before a leader's award on its line: the holder of the
    post written there (``ดร. เอกนิติ … อธิบดีกรมสรรพสามิต``), else the person named right before the
    organisation (``นายผยง ศรีวณิช กรรมการผู้จัดการใหญ่ ธนาคารกรุงไทย รับรางวัล…``)."""
    text = reading.text
    line_start = text.rfind("\n", 0, start) + 1
    for position in sorted(reading.positions, key=lambda p: -p.start):
        if line_start <= position.start < start and start - position.end <= 40 and position.org:
            holder = next((p for p in reading.persons if p.full and 0 <= position.title_start - p.end <= 3), None)
            return position.org, holder.name if holder else None
    org = next((o for o in sorted(reading.orgs, key=lambda o: -o.start)
                if line_start <= o.start and o.end <= start and start - o.end <= 40), None)
    if org is None:
        return None, None
    holder = next((p for p in sorted(reading.persons, key=lambda p: -p.start)
                   if p.full and line_start <= p.start and 0 <= org.start - p.end <= 60), None)
    return org.key, holder.name if holder else None


def _drop_repeats(extraction) -> None:
    """One conferral read twice: once in full and once with its person or its category cut short
    (``รางวัลพัฒนาการดีเด่นหน่วยงานระดับกรม`` for ``…ระดับกรมที่ให้บริการเป็นหลัก``) is one award."""
    awards = extraction.awards
    def covers(full: Award, part: Award) -> bool:
        return (full is not part and full.programme == part.programme and full.year == part.year
                and full.recipient == part.recipient and part.project is None and part.level in (None, full.level)
                and part.branch in (None, full.branch) and (part.person is None or part.person == full.person)
                and (part.category is None and part.person is None and full.person is not None
                     or part.category is not None and full.category is not None
                     and full.category.label.startswith(part.category.label)
                     and (full.category != part.category or part.person is None and full.person is not None)))
    repeats = [a for a in awards if any(covers(b, a) for b in awards)]
    for award in repeats:
        awards.remove(award)
        extraction.evidence.pop(award, None)


# a relative clause after a unit named as whose people they are ("ภาคีเครือข่ายของ พม. ที่ได้รับ…", "… โดย พส. ที่ได้รับ…")
_RELATIVE = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:ที่|ซึ่ง)")
_POSSESSOR_BEFORE = re.compile(r"(?:ของ|โดย)[ \t]*$")


def _check_totals(reading: Reading, tokens: list[Token]) -> None:
    """``<หน่วยงาน> ได้รับ … 13 รางวัล``: warn where the awards found do not add up."""
    text, extraction = reading.text, reading.extraction
    stated: dict[tuple[str, ...], int] = {}
    for token in tokens:
        if token.kind != "recipient" or token.value is None:
            continue
        cue = _RECIPIENT_AFTER.match(text, token.end)
        if not cue:
            continue
        if _RELATIVE.match(text, token.end) and _POSSESSOR_BEFORE.search(text, max(0, token.start - 30), token.start):
            continue      # "บุคคลและภาคีเครือข่ายของ พม. ที่ได้รับรางวัล … 10 รางวัล": the people it names received them
        count = _COUNT.match(text, cue.end())
        if count and "\n" not in text[token.end:count.end()]:
            # "A และ B ยังคว้า 2 รางวัล": one count for the units listed together
            stated.setdefault(tuple(dict.fromkeys((*token.partners, token.value))), int(count.group(1)))
    for keys, total in sorted(stated.items()):
        found = sum(1 for a in extraction.awards
                    if any(a.recipient == key or key in reading.gazetteer.ancestors(a.recipient)
                           or key in _learned_ancestors(reading, a.recipient) for key in keys))
        if found != total:
            name = " และ ".join(reading.organization(key).name for key in keys)
            extraction.warnings.append(
                f"{reading.article.doc_id}: the article says {name} received {total} awards; {found} were found")


def _drop_units_totals(reading: Reading) -> None:
    """``กรมการจัดหางาน ได้ผ่านการรับรอง… จำนวน 3 ศูนย์ ได้แก่ …``: where the article says a body's award was
    its units' (a counted list of them), an award of the same programme that a headline or a bare mention
    gives the body itself is theirs too, when a unit under it holds one."""
    extraction = reading.extraction
    totals = {o.key for o in reading.orgs if o.role != "member" and _total_for_its_units(reading, o)}
    def under(award: Award, key: str) -> bool:
        return key in reading.gazetteer.ancestors(award.recipient) or key in _learned_ancestors(reading, award.recipient)
    dropped = [a for a in extraction.awards if a.recipient in totals and a.person is None
               and any(b.programme == a.programme and under(b, a.recipient) for b in extraction.awards)]
    for award in dropped:
        extraction.awards.remove(award)
        extraction.evidence.pop(award, None)
