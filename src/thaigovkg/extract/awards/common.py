"""What the token finders, the reader and the post-passes all use: the ``Token``, the
distances that bound a list, the cues more than one of them reads, and the tests of an
organisation or a programme that both the finders and the post-passes ask. Kept apart so
that the other modules import from here and never from each other in a circle."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ...model import Term
from ...normalize import match_key
from ...vocab import ID_BASE
from ..reading import OrgMention, Reading

RECENT = 220        # characters within which a weak cue still belongs to the list
EXPIRE = 450        # characters of prose after which the terms read so far lapse
OTHER_PROGRAMME_NEAR = 120  # characters around a mention of a second programme where its terms count

# ได้รับ that receives no award: acknowledged, was assigned, was affected, got a state or a feeling (ความ…:
# trouble, cooperation, interest, admiration), was approved, was invited, was appointed, had the honour of
# someone presiding (ได้รับเกียรติจาก…), had the royal grace of a permission (ได้รับพระมหากรุณาธิคุณ…)
_NOT_RECEIVING = r"ทราบ|มอบหมาย|ผลกระทบ|ความ|อนุมัติ|เชิญ|(?:การ)?แต่งตั้ง|เกียรติ[ \t]?(?:จาก|ให้|เป็น)|พระ(?:มหา)?กรุณา"
# รับ alone receives an award only when what it receives follows: รับรางวัล / รับมอบ / รับโล่ / รับ 2 รางวัล /
# รับ “…” (not รับฟัง, รับทราบ, รับผิดชอบ, รับมือ, รับสมัคร: listen, note, be responsible, cope, enrol)
_RECEIVED_THING = r"[ \t]*(?:มอบ(?!หมาย)|รางวัล|โล่|ตรา|เกียรติบัตร|ประกาศนียบัตร|ถ้วย|[\d๐-๙]|[“\"])"
# "<หน่วยงาน> เป็นผู้แทนธนาคารรับรางวัล…", "(ที่ 2 จากซ้าย) เป็นผู้แทนหน่วยงานเข้ารับ…": the person named with the
# unit's post receives on the unit's behalf (the unit, or a word for it, after ผู้แทน; not ผู้แทนจาก…, ผู้แทนพระองค์)
_ON_BEHALF = (r"(?:(?:เป็น|ในฐานะ)?ผู้แทน(?:หน่วยงาน|องค์กร|องค์การ|ธนาคาร|บริษัท|กรม|จังหวัด|โรงพยาบาล|มหาวิทยาลัย|สำนักงาน)?"
              r"[ \t]*(?:ขึ้น(?=รับ))?)?")
# "ธนาคาร… (ธพว.) หรือ SME D Bank คว้ารางวัล…": the English name the body also goes by, between its name and the verb
_LATIN_ALIAS = r"(?:หรือ[ \t]?[A-Z][A-Za-z0-9&.\-]*(?:[ \t][A-Za-z0-9&.\-]+){0,3}[ \t]*)?"
# "อบต.… ซึ่งได้เป็นหน่วยงานที่ได้รับรางวัล…", "ธ.ก.ส. เป็นธนาคารแห่งแรกของไทยที่ได้รับรางวัลนี้": the unit said to be
# one (the first, the only one, in Thailand, in Asia) that received; the class may be the kind of body the programme
# is for ("A B และC เป็นองค์กรปกครองส่วนท้องถิ่นที่ได้รับรางวัลระดับดีเด่น", สถานศึกษา, โรงพยาบาล…); not a firm's
# (สถานประกอบการ, บริษัท: "บริษัท… ตั้งอยู่ตำบล… อำเภอB จังหวัดC เป็นสถานประกอบการที่ได้รับ…" puts its address there)
_UNIT_CLASS = (r"(?:หน่วยงาน|องค์กรปกครองส่วนท้องถิ่น|องค์กร|องค์การ|ส่วนราชการ|รัฐวิสาหกิจ|ธนาคาร|จังหวัด|โรงพยาบาล"
               r"|เทศบาล|อำเภอ|สถานศึกษา|โรงเรียน|มหาวิทยาลัย|สถานีตำรวจ|เรือนจำ)")
_WHICH_IS_A_UNIT = (r"(?:(?:ซึ่ง)?(?:ได้)?เป็น" + _UNIT_CLASS +
                    r"(?:ไทย|ของรัฐ|ภาครัฐ|ต้นแบบ|นำร่อง|ขนาด(?:ใหญ่|กลาง|เล็ก))?(?:แห่ง)?(?:แรก|เดียว|หนึ่ง)?(?:ของ(?:ประเทศ)?ไทย|ในประเทศไทย|ของเอเชีย|ของโลก)?[ \t]?(?=ที่[ \t]?(?:ได้รับ|คว้า)))?")
# "<หน่วยงาน> เป็น 1 ใน 5 จังหวัดที่ได้รับรางวัล…": the unit, one of several winners (the others may follow, ร่วมกับ …);
# not one of several selected (ที่ได้รับการคัดเลือกเป็นอำเภอนำร่อง: a pilot, no award)
_ONE_OF_SEVERAL = (r"(?:(?:ซึ่ง)?(?:ได้)?เป็น[ \t]?(?:1|หนึ่ง)[ \t]?ใน[ \t]?[\d๐-๙]{1,3}[ \t]?[\u0e01-\u0e4e]{0,20}?[ \t]?"
                   r"(?=(?:ที่|ซึ่ง)[ \t]?(?:ได้รับ|คว้า)[ \t]?(?:รางวัล|โล่|ถ้วย)))?")
# "<หน่วยงาน> ที่ได้รับรางวัล…" names a winner; "เข้ารับการตรวจประเมิน" (undergoing an assessment) does not
_RECIPIENT_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*){0,2}(?:(?:อ\.|อำเภอ)[ \t]?[\u0e01-\u0e4e]{2,20}[ \t]*)?"     # "อบต.… อำเภอเมือง จังหวัดขอนแก่น ได้รับ"
    r"(?:(?:จ\.|จังหวัด)[ \t]?[\u0e01-\u0e4e]{2,20}[ \t]*)?"   # "โรงพยาบาล… จ.กาญจนบุรี (ที่) ได้รับ"
    + _LATIN_ALIAS + _WHICH_IS_A_UNIT + _ONE_OF_SEVERAL +
    r"(?:(?:ที่|ซึ่ง)[ \t]?(?=ได้รับ|คว้า|ได้รางวัล|ผ่าน)|ยัง|สามารถ|ได้|จึง|ก็)?[ \t]*" + _ON_BEHALF + r"(?:คว้า|ได้รับ(?!" + _NOT_RECEIVING + r")|รับ(?=" + _RECEIVED_THING + r")"
    r"|ครอง|ชนะ|เข้ารับ(?!การ|ตำแหน่ง)|ได้รางวัล"
    # a certification a programme calls its award: ผ่านการรับรองมาตรฐาน…, ผ่านเกณฑ์การประเมิน…
    r"|ผ่าน(?:เกณฑ์)?(?:การ)?(?:ตรวจ)?(?:ประเมิน)?(?:และ)?(?:การ)?รับรอง|ผ่านเกณฑ์(?:การ)?(?:ตรวจ)?ประเมิน)")
# a person of the organisation named after it: researcher, scientist, technical officer, lecturer, student,
# pupil, alumnus, athlete, teacher, a doctor, nurse or pharmacist of a hospital, a bank's customers ("ลูกค้าของ SME D Bank
# ที่ได้รับรางวัล": the firms it lends to won) (an award to them is no award to the organisation; not กรมการแพทย์,
# นายแพทย์ the honorific)
_INDIVIDUAL_BEFORE = re.compile(r"(?:นักวิจัย|นักวิทยาศาสตร์|นักวิชาการ|อาจารย์|นักศึกษา|นักเรียน|ศิษย์เก่า|นักกีฬา|ครู"
                                r"|(?<![\u0e01-\u0e2e])(?:จักษุ|ทันต|สัตว|ศัลย)?แพทย์|พยาบาลวิชาชีพ|เภสัชกร|ลูกค้า)"
                                r"[^\s]{0,30}[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ของ|จาก|แห่ง|สังกัด)?[ \t]*$")
# an organisation named as whose policy, command or lead the winner followed (with its head's post)
_WHOSE_POLICY = re.compile(r"(?:นโยบาย|ข้อสั่งการ|คำสั่ง|การนำของ|การกำกับ(?:ดูแล)?ของ|ภายใต้การ(?:นำ|กำกับ(?:ดูแล)?)(?:ของ)?)[ \t]*(?:ของ)?[ \t]*"
                           r"(?:(?:รัฐมนตรี(?:ช่วย)?ว่าการ|รมว\.|รมช\.|ปลัด|อธิบดี|ผู้ว่าราชการ|เลขาธิการ|ผู้อำนวยการ|ผู้บัญชาการ)[ \t]?)?$")
# "<programme> (TQA) จำนวน 1 องค์กร (ได้แก่)": a name heading the list of its winners
# (a count of organisations heads it even without ได้แก่, as it does after a tier)
_HEADS_WINNERS = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:จำนวน[ \t]*\d{1,3}[ \t]*องค์กร(?:[ \t]*(?:ได้แก่|คือ))?|ได้แก่|คือ)")
# "<term> จำนวน 2 องค์กร 1) A 2) B" / "<term> จำนวน 1 องค์กร A": a count of organisations heads
# the list of winners even without ได้แก่ (a count of awards does not: a new sentence may follow)
# what a placing pays, written between it and its winners: "รางวัลรองชนะเลิศ อันดับ 1 เงินรางวัล 150,000 บาท จำนวน 2
# รางวัล ได้แก่ …"
_PRIZE_MONEY = r"(?:(?:พร้อม)?เงินรางวัล[ \t]*(?:มูลค่า)?[ \t]*[\d๐-๙][\d๐-๙,]{0,12}[ \t]*บาท[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?)?"
_LIST_HEAD = re.compile(r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?" + _PRIZE_MONEY + r"(?:มี(?:องค์กร|หน่วยงาน)ที่ได้รับรางวัล[ \t]*)?(?:(?:(?:จำนวน)?[ \t]*\d{1,3}[ \t]*(?:องค์กร|หน่วยงาน|แห่ง|ศูนย์|รางวัล)[ \t]*)?"
                        r"(?:ได้แก่|คือ|ประกอบด้วย)[ \t]*:?\s{0,3}(?:หน่วยงาน[^\s]{0,20}[ \t]*(?:ได้แก่|คือ)[ \t]*)?"
                        r"|จำนวน[ \t]*\d{1,3}[ \t]*(?:องค์กร|หน่วยงาน|แห่ง)[ \t]*)(?:\(?1[.)][ \t]*)?")
_LIST_GLUE = re.compile(r"[ \t]{0,3}(?:,|และ|หรือ)?[ \t]{0,3}(?:และ)?[ \t]{0,3}|\s{0,3}(?:และ[ \t]?)?\(?\d{1,2}[.)][ \t]{0,3}"
                        r"|[ \t]{0,3}(?:และ)?[ \t]?หน่วยงาน[^\s]{0,20}[ \t]*(?:ได้แก่|คือ)[ \t]*")   # และหน่วยงานส่วนภูมิภาค ได้แก่
# the head of a list item before what it names: its marker, spaces
_ITEM_HEAD = re.compile(r"[ \t\u200b]*(?:\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[).]?|[–\-•▪●✓])[ \t]*")
# a word of awarding: award, plaque, the English word (Award / AWARDS)
_AWARD_WORD = re.compile(r"รางวัล|โล่|[Aa]ward|AWARD")
# a receiving verb right before a term: the term ends a receiving clause ("A ได้รับรางวัลระดับดีเด่น …")
_RECEIVED_RIGHT_BEFORE = re.compile(r"(?:ได้รับ|คว้า|รับ)[ \t]*$")
# (or the close of a bracket whose abbreviation was the unit: "การทางพิเศษแห่งประเทศไทย (กทพ.) กระทรวงคมนาคม")
_APPOSED_GAP = re.compile(r"[ \t]*\)?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?")
from ..programmes import PEOPLES_AWARD as _PEOPLES_AWARD   # a programme named for the people it honours


@dataclass
class Token:
    """A labelled span of the article; the reader has one method per kind."""
    start: int
    end: int
    kind: str                       # term, level-name, recipient, person, winner, work, heading
    value: object = None
    keep_terms: bool = False        # a recipient after "ได้แก่" keeps the terms before it
    level: str | None = None        # a level written inside a work's title "(ระดับดีเด่น)"
    strong: bool = True
    by: str | None = None           # the unit named after a work (โดย <หน่วยงาน>) that did it
    more: bool = False              # a further member of a list of recipients (ได้แก่ A, B และ C)
    listed: bool = False            # a recipient after another in a list ("ได้แก่ A B และ C"): same terms
    written: str = ""               # a term as the article words it, leading สาขา / ประเภท … dropped
    orphan: bool = False            # a work of a unit that is not a known agency: nobody's award here
    partners: tuple[str, ...] = ()  # units listed before this one and its verb ("A B และ C ได้รับ…"): same award
    divides: bool = False           # a kind of award a list divides the programme into: only those listed with it won it


def _unit_named_before(reading: Reading, org: OrgMention) -> OrgMention | None:
    """``กรมควบคุมโรค (คร.) กระทรวงสาธารณสุข ได้รับ…``: the unit written just before its own parent
    is the one that takes the verb; the parent only says where it belongs."""
    before = [o for o in reading.orgs if o.end <= org.start and o.role != "member"]
    if not before or not _APPOSED_GAP.fullmatch(reading.text, before[-1].end, org.start):
        return None
    unit = before[-1]
    if org.key != unit.key and (org.key in reading.gazetteer.ancestors(unit.key)
                                or org.key in _learned_ancestors(reading, unit.key)):
        return unit
    return None


def _learned_ancestors(reading: Reading, key: str) -> list[str]:
    chain, seen = [], {key}
    org = reading.extraction.organizations.get(key)
    while org is not None and org.parent and org.parent not in seen:
        chain.append(org.parent)
        seen.add(org.parent)
        parent = org.parent
        org = reading.extraction.organizations.get(parent)
        if org is None:
            chain.extend(reading.gazetteer.ancestors(parent))
    return chain


def _for_people(reading: Reading, key: str) -> bool:
    """A programme learned from the text whose name says it honours people (รางวัลศิษย์เก่าดีเด่น,
    รางวัลนักวิทยาศาสตร์รุ่นใหม่): whoever receives it, it is no award of their organisation."""
    programme = reading.extraction.programmes.get(key) if key.startswith("x-") else None
    return programme is not None and bool(_PEOPLES_AWARD.match(programme.name))


def minted(programme: str, kind: str, label: str) -> Term:
    """A term the scheme lacks, minted in this programme's scheme (and graded less sure)."""
    digest = hashlib.sha1(match_key(label).encode("utf-8")).hexdigest()[:10]
    return Term(iri=f"{ID_BASE}programme/{programme}/{kind}/x-{digest}", kind=kind, label=label.strip(), scheme=programme)
