"""Awards: one per conferral, read as a stream of labelled tokens.

Award lists in the genre name a recipient, then the programme's terms
(branch สาขา, category ประเภท / หมวด, level ระดับ) in any order, then the
awarded works. The tokens are read left to right with the current recipient
and terms as state, the way a person reads such a list:

* a recipient (an organisation followed by ได้รับ / คว้า / รับ, or opening a
  list item, or after ได้แก่) starts a new context;
* a branch replaces the branch; a category or level fills its slot; a level
  given before any category (``สาขา… ระดับดี … ประเภท A … ประเภท B``) holds
  for the whole branch;
* a work (a quoted title after a cue, ``ผลงาน <title>``, or the items of
  ``N ผลงาน คือ 1) … 2) …``) is awarded with the current state;
* terms that no work follows are one award of their own when the next term
  or recipient comes (PMQA categories have no works).

Cues that are weak (ได้แก่, คือ, และ) count only close to the previous award
token, so a title quoted later in the prose is not taken for a work.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..gazetteer import Gazetteer, literal_regex
from ..model import Award, Term
from ..normalize import match_key
from ..vocab import ID_BASE
from . import events
from .reading import OrgMention, Reading

RECENT = 220        # characters within which a weak cue still belongs to the list
EXPIRE = 450        # characters of prose after which the terms read so far lapse
OTHER_PROGRAMME_NEAR = 120  # characters around a mention of a second programme where its terms count

# ได้รับ that receives no award: acknowledged, was assigned, was affected, was approved, was invited, was appointed
_NOT_RECEIVING = r"ทราบ|มอบหมาย|ผลกระทบ|ความเดือดร้อน|อนุมัติ|เชิญ|(?:การ)?แต่งตั้ง"
# รับ alone receives an award only when what it receives follows: รับรางวัล / รับมอบ / รับโล่ / รับ 2 รางวัล /
# รับ “…” (not รับฟัง, รับทราบ, รับผิดชอบ, รับมือ, รับสมัคร: listen, note, be responsible, cope, enrol)
_RECEIVED_THING = r"[ \t]*(?:มอบ|รางวัล|โล่|ตรา|เกียรติบัตร|ประกาศนียบัตร|ถ้วย|[\d๐-๙]|[“\"])"
# "<หน่วยงาน> ที่ได้รับรางวัล…" names a winner; "เข้ารับการตรวจประเมิน" (undergoing an assessment) does not
_RECIPIENT_AFTER = re.compile(
    r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:(?:จ\.|จังหวัด)[ \t]?[\u0e01-\u0e4e]{2,20}[ \t]*)?"   # "โรงพยาบาล… จ.กาญจนบุรี (ที่) ได้รับ"
    r"(?:ที่[ \t]?(?=ได้รับ|คว้า|ได้รางวัล)|ยัง|สามารถ|ได้|จึง|ก็)?[ \t]*(?:คว้า|ได้รับ(?!" + _NOT_RECEIVING + r")|รับ(?=" + _RECEIVED_THING + r")"
    r"|ครอง|ชนะ|เข้ารับ(?!การ|ตำแหน่ง)|ได้รางวัล)")
_ITEM_MARKER = re.compile(r"(?:^|[\s(])(?:\d{1,2}(?:\.\d{1,2})*[).]|[–\-•▪●✓]|\(\d{1,2}\))[ \t]*$")
_AFTER_LISTING = re.compile(r"(?:ได้แก่|คือ)[ \t]*:?[ \t]*$")
# "<หน่วยงาน> (จ.<จังหวัด>) เรื่อง “…”": a unit named with the work it won, in a list under the terms
_BEFORE_WORK = re.compile(r"(?:[ \t]?(?:จ\.|จังหวัด)[ \t]?[\u0e01-\u0e4e]+)?[ \t]*(?:เรื่อง|ผลงาน|ในผลงาน|โครงการ)?[ \t]*[“\"]")
# "... ได้รับรางวัลเลิศรัฐ ประจำปี 2566 จำนวน 3 รางวัล": a count of awards, skipping a year on the way
# "<หน่วยงาน> จากผลงาน <title>": a unit named with the work it won, unquoted
_BEFORE_NAMED_WORK = re.compile(r"[ \t]*(?:จาก|ใน)ผลงาน")
_LIST_JOIN = re.compile(r"[ \t]*,?[ \t]*(?:และ|หรือ)?[ \t]*")
_AWARD_FOR_WORK = re.compile(r"(?:รางวัล)?[ \t]*(?:จาก|ใน)ผลงาน")
_MOREOVER = re.compile(r"นอกจากนี้|นอกจากนั้น|ทั้งนี้")
_UNDER = re.compile(r"สังกัด[ \t]?$")
_PERMANENT_SECRETARY = re.compile(r"ปลัด[ \t]?$")
_COUNT = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[^\n\d]|(?<!\d)\d{4}(?!\d)){0,60}?(?<!\d)(\d{1,3})[ \t]?รางวัล")
_OPEN_TITLE = re.compile(r"“[^“”\n]{2,240}(?=“|\n|$)")
_UNKNOWN_ITEM = re.compile(r"(?:,|[ \t]และ)[ \t]*[\u0e01-\u0e4e][^,“”\"\n]{2,80}?[ \t]*เรื่อง[ \t]*$")
_INNER_QUOTE = re.compile(r"“[^“”\n]{1,60}”")
_OPEN_TITLE_END = re.compile(r"(?P<verb>[ \t]*ได้รับ|[ \t]+และ(?=[^“”\n]{3,80}?[ \t]เรื่อง[ \t]*“))"
                             r"|[ \t]*,[ \t]*|[ \t]+(?:และ[ \t]?)?")   # "… และ<หน่วยงาน> เรื่อง “…"
_QUOTE = re.compile(r"[“\"]([^“”\"\n]{2,240})[”\"]")   # an unclosed “ does not swallow the next title
# "รางวัล “…”", "โล่เกียรติยศ “…”", "2 รางวัล “A” และ “B”": a quote that names the award itself
_NAMES_THE_AWARD = re.compile(r"(?:รางวัล|โล่[^\s“”\"]{0,15})[ \t]*(?:[“\"][^“”\"\n]{1,80}[”\"][ \t]*(?:,|และ|หรือ)[ \t]*)*$")
_WORK_CUE = re.compile(r"(?:ผลงาน|โครงการ|นวัตกรรม|เรื่อง)[ \t]*:?[ \t]*$")
_WEAK_CUE = re.compile(r"(?:ได้แก่|คือ|และ|,|ชื่อ|เรื่อง)[^\n“”\"]{0,40}$")
# "ผลงาน <title>" (work), not "17 ผลงาน" (a count of works)
_UNQUOTED_CUE = re.compile(r"(?<![\d][ \t])(?<!\d)(?:(?<=จาก)ผลงาน[ \t]*|ผลงาน(?:[ \t]*:[ \t]*|[ \t]+))(?:คือ[ \t]*:?[ \t]*)?")
# A title does not open with a function word: in, from, that, and, which, by, for
_NOT_A_TITLE = ("ใน", "จาก", "ที่", "และ", "ซึ่ง", "โดย", "เพื่อ", "ของ", "ให้", "จำนวน", "รวม", "ทั้ง")
_COUNT_LIST = re.compile(r"\d{1,3}[ \t]?(?:ผลงาน|รางวัล|โครงการ)[ \t]*(?:คือ|ได้แก่|ดังนี้)[ \t]*:?[ \t]*(?=\(?1[).])")
_LIST_ITEM = re.compile(r"\(?(\d{1,2})[).][ \t]*")
_STOP = re.compile(
    r"\n|[ \t]\(?\d{1,2}(?:\.\d{1,2})*[).][ \t]|[ \t](?:ถัดมา|นอกจากนี้|ทั้งนี้|และ[ \t]?รางวัล|โดยมี|ซึ่ง|ที่มุ่ง|เพื่อให้|ได้รับ"
    r"|ระดับ|ประเภท|สาขา|และ[ \t]?(?:ประเภท|สาขา|ระดับ))|[“”\"]")
_UNIT_BY = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?โดย[ \t]*")
_UNIT_OF_WORK = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:โดย|จาก|ของ)[ \t]*")
_WORK_GROUP = re.compile(r"[ \t,]*(?:และ)?[ \t]*(?:ผลงาน)?[ \t]*:?[ \t]*")
_TRAILING_UNIT = re.compile(r"[ \t]*(?:โดย|ของ)[ \t]*$")
_EMBEDDED_LEVEL = re.compile(r"[ \t]*\((?:ระดับ)([^()]{1,30})\)[ \t]*$")
_SPECIAL_NAME = re.compile(r"[ \t]*คือ[ \t]*(?P<name>[^\s“”\"]{3,40}(?:[ \t][^\s“”\"]{2,30}){0,2}?)[ \t]*(?=ได้แก่)")
_LINE_HEAD = re.compile(r"[ \t\u200b]*(?:และ[ \t]*)?(?:\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[).]|[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})+|[–\-•▪●✓])?[ \t]*(?:รางวัล)?$")   # a list item's marker (and รางวัล) before a term
# "<programme> (TQA) จำนวน 1 องค์กร (ได้แก่)": a name heading the list of its winners
# (a count of organisations heads it even without ได้แก่, as it does after a tier)
_HEADS_WINNERS = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:จำนวน[ \t]*\d{1,3}[ \t]*องค์กร(?:[ \t]*(?:ได้แก่|คือ))?|ได้แก่|คือ)")
# "กลุ่มธุรกิจการตลาด บริษัท บางจาก คอร์ปอเรชั่น จำกัด (มหาชน)": a company, and a business unit of it
_COMPANY = re.compile(r"(?P<unit>(?:กลุ่มธุรกิจ|หน่วยธุรกิจ|สายธุรกิจ)[^\s,()]{2,40}[ \t]?)?"
                      r"(?P<company>บริษัท[ \t]?[^\n,()]{2,60}?[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?)")
_LIST_GLUE = re.compile(r"[ \t]{0,3}(?:,|และ|หรือ)?[ \t]{0,3}(?:และ)?[ \t]{0,3}|\s{0,3}(?:และ[ \t]?)?\(?\d{1,2}[.)][ \t]{0,3}"
                        r"|[ \t]{0,3}(?:และ)?[ \t]?หน่วยงาน[^\s]{0,20}[ \t]*(?:ได้แก่|คือ)[ \t]*")   # และหน่วยงานส่วนภูมิภาค ได้แก่
_COUNTED = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:(?:จำนวน|รวม)[ \t]*\d|\d[\d,]*[ \t]*(?:ศูนย์|แห่ง|หน่วยงาน|องค์กร|รางวัล))")
# "<term> จำนวน 2 องค์กร 1) A 2) B" / "<term> จำนวน 1 องค์กร A": a count of organisations heads
# the list of winners even without ได้แก่ (a count of awards does not: a new sentence may follow)
_LIST_HEAD = re.compile(r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?(?:มี(?:องค์กร|หน่วยงาน)ที่ได้รับรางวัล[ \t]*)?(?:(?:(?:จำนวน)?[ \t]*\d{1,3}[ \t]*(?:องค์กร|หน่วยงาน|แห่ง|ศูนย์|รางวัล)[ \t]*)?"
                        r"(?:ได้แก่|คือ|ประกอบด้วย)[ \t]*:?\s{0,3}(?:หน่วยงาน[^\s]{0,20}[ \t]*(?:ได้แก่|คือ)[ \t]*)?"
                        r"|จำนวน[ \t]*\d{1,3}[ \t]*(?:องค์กร|หน่วยงาน|แห่ง)[ \t]*)(?:\(?1[.)][ \t]*)?")
_NUMBERED_ITEM = re.compile(r"(?:(?<=\s)|(?<=และ))\(?\d{1,2}[.)][ \t]*")
_YEAR_AFTER_TERM = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:ใน|เมื่อ)[ \t]?ปี[ \t]?(?:พ\.ศ\.[ \t]?)?(25\d\d)(?!\d)")
_YEAR_BEFORE_TERM = re.compile(r"(?:จาก|ใน)ปี[ \t]?(25\d\d)[ \t]*ที่(?:ได้รับ|ได้)[ \t]*$")
# "รับมอบโล่และตราการรับรอง<programme>": the plaque, seal or certificate of a programme
_TOKEN_OF_AWARD = re.compile(r"(?:มอบ)?[ \t]*(?:โล่|ตรา|ประกาศนียบัตร|เกียรติบัตร)[^\n]{0,30}")
_WINNERS_LISTED = re.compile(r"ได้รับรางวัล[^\n“”\"]{0,60}?(?:ได้แก่|ประกอบด้วย)[ \t]*:?\s{0,3}(?:\(?1[.)][ \t]*)?")
# "ได้รับรางวัลรัฐบาลดิจิทัล (…) 4 ปีซ้อน และรางวัลหน่วยงานคุณภาพ…": the programme's own award, and another
# "… ได้รับรางวัลเลิศรัฐ รวมทั้งสิ้น 46 รางวัล อาทิเช่น A B และ C เป็นต้น": winners named as examples
_WINNERS_EXEMPLIFIED = re.compile(r"ได้รับรางวัล[^\n“”\"]{0,60}?(?:อาทิ(?:เช่น)?|เช่น(?!กัน))[ \t]*:?[ \t]*")
_CONJOINED_AWARD = re.compile(r"(?:(?!ได้แก่|ประกอบด้วย|คือ|ประเภท|ดังนี้|รางวัล|สาขา|ระดับ)[^\n:]){0,150}?[ \t]และ[ \t]?(?:ได้รับ)?รางวัล(?!ดังกล่าว|นี้)")
_RECEIVES = re.compile(r"ได้รับ|คว้า|รับรางวัล|รับมอบ|เข้ารับ")
# "ชื่อผลงาน "…" อยู่ในระดับดี": a level right after a work is that work's
_LEVEL_AFTER_WORK = re.compile(r"[ \t]*(?:\(|อยู่|ได้รับ(?:รางวัล)?)?[ \t]*")
_TERM_LEADER = re.compile(r"^(?:รางวัล[ \t]?)?(?:สาขา|ด้าน|ประเภท)?[ \t]?(?:รางวัล)?[ \t]?")
WORDING_MARK = "-as-"     # IRI of a term as an article words it: <scheme concept>-as-<hash>
_COUNT_OF_UNITS = re.compile(r"[ \t]*(?:รวม|จำนวน)?[ \t]*\d[\d,]*[ \t]*(?:ศูนย์|แห่ง|หน่วยงาน)(?![ \t]*(?:ได้แก่|คือ|ดังนี้|ประกอบด้วย|:))")
_TERM_LEADS = ("สาขา", "ด้าน", "ประเภท", "รางวัล", "ระดับ", "ในระดับ", "หมวด", "(")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_PMQA_40 = re.compile(r"(?<![\d.])(?:PMQA[ \t]*)?4\.0(?![\d])")


@dataclass
class Token:
    start: int
    end: int
    kind: str                       # recipient, branch, category, level, work, person
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


@lru_cache(maxsize=4)
def _term_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(gazetteer.term_surfaces)


def find(reading: Reading) -> None:
    """Add every award conferral the article reports, and check the totals it gives."""
    main = reading.main_programme
    if main is None or not _speaks_of_awards(reading.text):
        return
    tokens = _tokens(reading)
    reader = _Reader(reading, main)
    reader.run(tokens)
    _drop_summaries(reading)
    for award in reading.extraction.awards:
        reading.extraction.named.add(award.recipient)
    # an award of an earlier year the article recalls (ในปี 2566) had its ceremony elsewhere
    ceremonies = {(a.programme, a.year) for a in reading.extraction.awards if a not in reader.recalled} or {main}
    for programme, year in sorted(ceremonies, key=str):
        event = events.ceremony(reading, programme, year)
        if event and (reading.extraction.awards or event.chair or event.presenters or event.date):
            reading.extraction.ceremonies.append(event)
    _bare_awards(reading)
    _listed_winners(reading, tokens)
    _leader_honorees(reading, tokens)
    _check_totals(reading, tokens)


def _speaks_of_awards(text: str) -> bool:
    """No award from an article that never says รางวัล (award), โล่ (plaque) or award: a programme's
    name alone (ศูนย์ราชการสะดวก is also a kind of service counter) is no conferral."""
    return "รางวัล" in text or "โล่" in text or "award" in text.lower()


# --- tokens ------------------------------------------------------------------

def _tokens(reading: Reading) -> list[Token]:
    text = reading.text
    terms = _near_own_programme(reading, _with_tiers(reading, _term_tokens(reading)))
    _add_companies(reading, terms)
    recipients = _list_members(reading, _recipient_tokens(reading, terms), terms)
    people = _honoree_tokens(reading) + _winner_tokens(reading, terms)
    anchors = sorted(terms + recipients, key=lambda t: t.start)
    works = _work_tokens(reading, anchors)
    inside = [(w.start, w.end) for w in works if w.kind == "work"]
    kept = [t for t in terms + recipients + people if not any(s <= t.start < e for s, e in inside)]
    return sorted(kept + works + _heading_tokens(reading, terms), key=lambda t: (t.start, t.end))


# "8. รางวัล…" / "- รางวัล…" at the head of a line: an item of a list of awards
_AWARD_HEADING = re.compile(r"^[ \t\u200b]*(?:\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[).]|[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})+|[–\-•▪●])"
                            r"[ \t]*(?=รางวัล)", re.M)


def _heading_tokens(reading: Reading, terms: list[Token]) -> list[Token]:
    """Award headings of a list (``8. รางวัลความร่วมมือ…`` on a line of its own, its winners on the
    lines below): each opens a new item. The value says whether a known term names the award."""
    tokens = []
    for match in _AWARD_HEADING.finditer(reading.text):
        known = any(match.end() <= t.start <= match.end() + 1 for t in terms if t.kind == "term")
        tokens.append(Token(match.start(), match.end(), "heading", known))
    return tokens


def _winner_tokens(reading: Reading, terms: list[Token]) -> list[Token]:
    """A person named as the winner of a placing (``รางวัลชนะเลิศ นางสาว… ผลงาน “…”``,
    ``ประเภทเด็กและเยาวชน ได้แก่ นาย…``): the award is theirs, not an organisation's."""
    text, tokens = reading.text, []
    ends = [t.end for t in terms if t.kind == "term"]
    for person in reading.persons:
        if not person.full:
            continue
        if any(0 <= person.start - end <= 40 and _BEFORE_WINNER.fullmatch(text, end, person.start) for end in ends):
            tokens.append(Token(person.start, person.end, "winner", person.name))
    return tokens


# between a placing and the person who won it: a count, ได้แก่ / คือ, a colon (not โดย: that person is honoured)
_BEFORE_WINNER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:(?:จำนวน)?[ \t]*\d{1,3}[ \t]*(?:รางวัล|คน|ราย)[ \t]*)?"
                            r"(?:ได้แก่|คือ)?[ \t]*:?[ \t]*(?:\(?\d{1,2}(?:\.\d{1,2})*[).][ \t]*)?")


def _term_tokens(reading: Reading) -> list[Token]:
    text, gazetteer = reading.text, reading.gazetteer
    tokens: list[Token] = []
    # only the terms of the programmes this article names (and contest placings) are read
    schemes = {m.key for m in reading.programme_mentions} | {"generic-contest"}
    for match in _term_regex(gazetteer).finditer(text):
        surface = re.sub(r"\s+", "", match.group())
        key = gazetteer.term_surfaces.get(surface)
        concepts = [c for c in gazetteer.terms.get(key or "", []) if c.scheme in schemes]
        if not concepts or _inside_a_word(text, match.start(), surface, concepts):
            continue
        if all(c.kind == "level" for c in concepts) and _COUNT_OF_UNITS.match(text, match.end()):
            continue      # "ระดับพื้นฐาน 355 ศูนย์": a total of units by level, no one's award
        written = _TERM_LEADER.sub("", match.group()).strip()
        tokens.append(Token(match.start(), match.end(), "term", tuple(concepts), written=written))
    # "4.0" alone is PMQA 4.0 only in a list under the management-quality branch
    taken = [(t.start, t.end) for t in tokens]
    pmqa = [c for cs in gazetteer.terms.values() for c in cs
            if c.kind == "category" and "4.0" in c.label and c.scheme in schemes]
    if pmqa:
        for match in _PMQA_40.finditer(text):
            if any(s <= match.start() < e for s, e in taken) or text[max(0, match.start() - 14):match.start()].rstrip().endswith("ระบบราชการ"):
                continue
            tokens.append(Token(match.start(), match.end(), "term", tuple(pmqa), strong=False))
    # "รางวัลพิเศษ คือ <ชื่อ> ได้แก่": the special award's own name is its level
    for token in list(tokens):
        if any(c.kind == "category" for c in token.value):
            special = _SPECIAL_NAME.match(text, token.end)
            if special:
                name = special.group("name")
                known = gazetteer.terms.get(match_key(name), [])
                levels = tuple(c for c in known if c.kind == "level") or (None,)
                tokens.append(Token(special.start("name"), special.end("name"), "level-name", (levels[0], name)))
    return sorted(tokens, key=lambda t: t.start)


@lru_cache(maxsize=4)
def _tier_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """Levels named as awards of their own (รางวัลการบริหารสู่ความเป็นเลิศ = TQC): matched bare, as
    branch and category names are, where a short level (ดี) needs its ระดับ."""
    programme_names = {match_key(p.name) for p in gazetteer.programmes.values()}
    return literal_regex(sorted(key for key, terms in gazetteer.terms.items()
                                if key.startswith("รางวัล") and len(key) >= 16 and key not in programme_names
                                and any(t.kind == "level" for t in terms)))


def _with_tiers(reading: Reading, terms: list[Token]) -> list[Token]:
    """Add the tiers of a programme (TQA / TQC / TQC Plus) as level tokens: a level named as an
    award (``รางวัลการบริหารสู่ความเป็นเลิศ (TQC) ได้แก่ …``), and the programme's own name heading
    a list of winners where a tier bears that name (``รางวัลคุณภาพแห่งชาติ (TQA) ได้แก่ …``)."""
    text, gazetteer = reading.text, reading.gazetteer
    schemes = {m.key for m in reading.programme_mentions}
    taken = [(t.start, t.end) for t in terms]
    found = []

    def add(start: int, end: int, label: str) -> None:
        levels = tuple(t for t in gazetteer.terms.get(match_key(label), [])
                       if t.kind == "level" and t.scheme in schemes)
        if levels and not any(s < end and start < e for s, e in taken):
            found.append(Token(start, end, "term", levels))
            taken.append((start, end))

    for match in _tier_regex(gazetteer).finditer(text):
        add(match.start(), match.end(), match.group())
    for mention in reading.programme_mentions:
        if _HEADS_WINNERS.match(text, mention.end):
            add(mention.start, mention.end, text[mention.start:mention.end])
    return sorted(terms + found, key=lambda t: t.start)


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


def _near_own_programme(reading: Reading, terms: list[Token]) -> list[Token]:
    """Terms of a programme other than the article's main one count only after or near a mention
    of it: a DG-award article that recalls "รางวัลเลิศรัฐยอดเยี่ยม" does not make every
    "พัฒนาการบริการ" (service development) in its DG prose a เลิศรัฐ category."""
    main = reading.main_programme[0] if reading.main_programme else None
    mentions = reading.programme_mentions
    kept = []
    for token in terms:
        if token.kind != "term":
            kept.append(token)
            continue
        before = [m.key for m in mentions if m.end <= token.start][-1:]
        concepts = tuple(c for c in token.value if c.scheme in (main, "generic-contest", *before) or any(
            m.key == c.scheme and m.start - OTHER_PROGRAMME_NEAR <= token.start <= m.end + OTHER_PROGRAMME_NEAR
            for m in mentions))
        if concepts:
            kept.append(replace(token, value=concepts))
    return kept


def _as_written(term: Term, written: str) -> Term:
    """A category as the article words it where the wording drops or adds การ (ประเภทพัฒนาบริการ
    for พัฒนาการบริการ): the award keeps the article's words, in a concept of its own whose IRI
    extends the scheme's (``<concept>-as-<hash>``, linked to it by skos:exactMatch)."""
    if term.kind != "category" or term.broader is None or not written:
        return term
    words, label = match_key(written), match_key(term.label)
    if words == label or words.replace("การ", "") != label.replace("การ", ""):
        return term
    digest = hashlib.sha1(words.encode("utf-8")).hexdigest()[:8]
    return replace(term, iri=f"{term.iri}{WORDING_MARK}{digest}", label=re.sub(r"\s+", " ", written))


def _inside_a_word(text: str, start: int, surface: str, concepts: list[Term]) -> bool:
    """A branch or category name without its leading word (สาขา, ประเภท, รางวัล …) glued to the
    word before it is prose: ``มุ่งมั่นพัฒนาการบริการประชาชน``, ``การให้บริการภาครัฐ``."""
    if start == 0 or surface.startswith(_TERM_LEADS) or not _THAI_LETTER.match(text, start - 1) \
            or text[max(0, start - 8):start].endswith(_TERM_LEADS):
        return False      # (a leading word the surface lacks: "รางวัล" + "ยกระดับบริการ…โควิด 19")
    return all(c.kind in ("branch", "category") for c in concepts) and bool(_THAI_LETTER.match(surface))


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
        if _UNDER.search(before):
            # "หน่วยงานในสังกัด สธ. ได้รับ … รวม 52 รางวัล": a total for the units under it; the
            # awards the article goes on to name are theirs
            tokens.append(Token(org.start, org.end, "recipient", None))
            continue
        if key != org.key:
            org = replace(org, key=key)
        after_listing = bool(_AFTER_LISTING.search(before))
        if (_BEFORE_WORK.match(text, org.end) or _BEFORE_NAMED_WORK.match(text, org.end)) \
                and (any(0 <= org.start - e <= 400 for e in term_ends)
                     or tokens and tokens[-1].keep_terms and org.start - tokens[-1].end <= 400):
            tokens.append(Token(org.start, org.end, "recipient", org.key, keep_terms=True))
            continue
        if tokens and tokens[-1].keep_terms and _LIST_JOIN.fullmatch(text, tokens[-1].end, org.start) \
                and tokens[-1].end < org.start:
            tokens.append(Token(org.start, org.end, "recipient", org.key, keep_terms=True, listed=True))
            continue
        if _INDIVIDUAL_BEFORE.search(before):
            continue      # "นักวิจัย… มหาวิทยาลัยมหิดล คว้ารางวัล…": a person of the organisation won
        unit = _unit_named_before(reading, org) if _RECIPIENT_AFTER.match(text, org.end) else None
        if unit is not None:
            # "กรมควบคุมโรค กระทรวงสาธารณสุข ได้รับรางวัล…": the department, its ministry named after it
            if tokens and tokens[-1].start == unit.start:
                tokens.pop()
            org = OrgMention(unit.start, org.end, unit.key, unit.how, unit.role)
        if (_RECIPIENT_AFTER.match(text, org.end) or _ITEM_MARKER.search(before) or not before.strip()
                and _RECIPIENT_AFTER.match(text, org.end) or after_listing
                or _heads_its_lines(text, org, before, term_starts)):
            keep = after_listing and any(0 <= org.start - e <= 40 for e in term_ends)
            cue = _RECIPIENT_AFTER.match(text, org.end)
            if cue and _AWARD_FOR_WORK.match(text, cue.end()) and any(0 <= org.start - e <= RECENT for e in term_ends):
                keep = True       # "<award> … โดย <หน่วยงาน> ได้รับรางวัลจากผลงาน …": the award just named
            if after_listing and not keep and not _RECIPIENT_AFTER.match(text, org.end):
                # "ได้แก่ <org>" with no award term before it is a list of names, not of winners
                if not any(0 <= org.start - e <= 80 for e in term_ends):
                    continue
            tokens.append(Token(org.start, org.end, "recipient", org.key, keep_terms=keep,
                                partners=_listed_before(reading, unit or org) if cue else ()))
    return tokens


def _list_members(reading: Reading, recipients: list[Token], terms: list[Token]) -> list[Token]:
    """``<term> ได้แก่ A, B และ C`` or ``ได้แก่ 1. A 2. B``: the organisations listed after a term,
    with only a comma, a space, และ (and) or the item numbers between, are the term's winners, each
    its own conferral."""
    text = reading.text
    found = {t.start: t for t in recipients}
    term_ends = [t.end for t in terms if t.kind == "term"]
    last = None
    for org in sorted(reading.orgs, key=lambda o: o.start):
        if org.role == "member":
            continue
        if last is not None and _LIST_GLUE.fullmatch(text, last.end, org.start) and not _apposed(reading, last.value, org.key):
            last = found[org.start] = Token(org.start, org.end, "recipient", org.key, keep_terms=True, more=True)
        elif any(_LIST_HEAD.fullmatch(text, end, org.start) for end in term_ends if end <= org.start):
            # "<term> (TQC Plus: Customer) จำนวน 1 องค์กร ได้แก่ <org>": the term's winner
            last = found[org.start] = Token(org.start, org.end, "recipient", org.key, keep_terms=True)
        else:
            last = found.get(org.start)
    _numbered_members(reading, found, terms)
    return sorted(found.values(), key=lambda t: t.start)


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
    return following == unit or following in reading.gazetteer.ancestors(unit) or following in _learned_ancestors(reading, unit)


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


_APPOSED_GAP = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?")
# a person of the organisation named after it: researcher, scientist, lecturer, student, pupil, alumnus,
# athlete, teacher (an award to them is no award to the organisation)
_INDIVIDUAL_BEFORE = re.compile(r"(?:นักวิจัย|นักวิทยาศาสตร์|อาจารย์|นักศึกษา|นักเรียน|ศิษย์เก่า|นักกีฬา|ครู)"
                                r"[^\s]{0,30}[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ของ|จาก|แห่ง|สังกัด)?[ \t]*$")


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


def _honoree_tokens(reading: Reading) -> list[Token]:
    """A person the award honours: ``โดย <ชื่อเล่น> <บุคคล>`` inside an award list."""
    text = reading.text
    tokens = []
    for person in reading.persons:
        before = text[max(0, person.start - 24):person.start]
        if re.search(r"โดย(?!มี)[ \t]*(?:[“\"][^”\"]{1,20}[”\"][ \t]*)?$", before):
            tokens.append(Token(person.start, person.end, "person", person.name))
    return tokens


def _work_tokens(reading: Reading, anchors: list[Token]) -> list[Token]:
    """Awarded works: quoted titles after a cue, ``ผลงาน <title>``, numbered lists of titles."""
    text = reading.text
    works: list[Token] = []
    person_starts = {p.start for p in reading.persons}

    def recent(position: int) -> bool:
        ends = [t.end for t in anchors if t.end <= position] + [w.end for w in works if w.end <= position]
        return bool(ends) and position - max(ends) <= RECENT

    def term_at(position: int) -> bool:
        return any(position <= t.start <= position + 2 for t in anchors if t.kind == "term")

    for match in [*_QUOTE.finditer(text), *_unclosed_quotes(reading)]:
        content = match.group(1).strip()
        after = re.match(r"[ \t]*", text[match.end():]).end() + match.end()
        if after in person_starts or content.startswith(("รางวัล", "ประเภท", "สาขา", "ระดับ")):
            continue                  # a nickname before a name, or the award's own name
        if any(t.start <= match.start() and match.end() <= t.end for t in anchors if t.kind == "term"):
            continue                  # a quoted part of a term: รางวัลพิเศษ “สานพลังร่วมใจ ต้านภัยโควิด”
        if any(match.start() <= t.start < match.end() and t.kind == "term" and t.strong for t in anchors) and \
                not content.startswith("ผลงาน"):
            if term_at(match.start() + 1):
                continue
        before = text[max(0, match.start() - 60):match.start()]
        if _NAMES_THE_AWARD.search(before):
            continue                  # รางวัล “องค์กรคนดี”: the award's name, not a work
        anchor_close = any(0 <= match.start() - t.end <= 4 for t in anchors if t.kind == "term")
        strong = bool(_WORK_CUE.search(before)) or content.startswith("ผลงาน") or anchor_close
        if not strong and not (_WEAK_CUE.search(before) and recent(match.start())):
            continue
        cued = bool(_WORK_CUE.search(before)) or content.startswith("ผลงาน")
        by = _unit_after(reading, match.end(), of_work=cued)
        work = _work(match.start(), match.end(), content, by=by)
        work.orphan = by is None and _by_an_unknown_unit(reading, match.start())
        works.append(work)
    for match in _UNQUOTED_CUE.finditer(text):
        if any(w.start <= match.start() < w.end for w in works) or term_at(match.end()):
            continue
        if re.match(r"[“\"(\d]", text[match.end():match.end() + 1]):
            continue                  # a quoted title or a numbered list follows: read as such
        if not recent(match.start()):
            continue
        stop = _STOP.search(text, match.end() + 1, match.end() + 240)
        end = stop.start() if stop else min(len(text), match.end() + 240)
        if stop and stop.group() in "“”\"" :
            continue                  # the title is quoted: the quote is the work
        end = next((t.start for t in anchors if t.kind == "recipient" and match.end() < t.start < end), end)
        title_end, by = _strip_unit(reading, match.end(), end)
        title = text[match.end():title_end]
        if title_end - match.end() >= 5 and not title.startswith(_NOT_A_TITLE) and not reading.org_at(match.end()):
            works.append(_work(match.end(), title_end, title, quoted=False, by=by))
    for match in _COUNT_LIST.finditer(text):
        if not recent(match.start()):
            continue
        position = match.end()
        line_end = text.find("\n", position)
        line_end = len(text) if line_end < 0 else line_end
        items = list(_LIST_ITEM.finditer(text, position, line_end))
        for index, item in enumerate(items):
            if index and not re.search(r"\s$", text[item.start() - 1:item.start()]):
                continue
            end = items[index + 1].start() if index + 1 < len(items) else line_end
            if reading.org_at(item.end(), slack=2) or term_at(item.end()) or text.startswith("รางวัล", item.end()):
                break                 # a list of winners or of awards, not of works
            if any(item.end() <= w.start < end for w in works):
                continue          # "1) ผลงาน “…”": the quoted title is the item's work already
            title_end, by = _strip_unit(reading, item.end(), end)
            if title_end - item.end() >= 4 and not any(w.start <= item.end() < w.end for w in works):
                works.append(_work(item.end(), title_end, text[item.end():title_end], quoted=False, by=by))
    works.sort(key=lambda w: w.start)
    works = _in_award_talk(reading, anchors, works)
    _share_next_unit(text, works)
    return works


# a word of awarding: award, plaque, the English word (Award / AWARDS)
_AWARD_WORD = re.compile(r"รางวัล|โล่|[Aa]ward|AWARD")


def _in_award_talk(reading: Reading, anchors: list[Token], works: list[Token]) -> list[Token]:
    """A work is an award's only where the text around it speaks of awards: an award word, a
    programme or an award term shortly before it, or a work of the same list before it. A project
    quoted in prose far from any award (``โครงการ “คนละครึ่ง”`` in a cabinet-meeting summary that
    names a programme pages earlier) is nobody's award, whoever was the last winner named."""
    text = reading.text
    talk = sorted([t.end for t in anchors if t.kind == "term"] + [m.end for m in reading.programme_mentions]
                  + [m.end() for m in _AWARD_WORD.finditer(text)])
    kept: list[Token] = []
    for work in works:
        index = bisect.bisect_right(talk, work.start)
        last = talk[index - 1] if index else -1
        last = max([last] + [w.end for w in kept if w.end <= work.start])
        if last >= 0 and work.start - last <= EXPIRE:
            kept.append(work)
    return kept


def _share_next_unit(text: str, works: list[Token]) -> None:
    """``ผลงาน “A” ผลงาน “B” จาก <หน่วยงาน>``: a quoted work with no unit of its own, followed
    directly by another whose unit is named, is that unit's too (the list groups them)."""
    for index in range(len(works) - 2, -1, -1):
        work, following = works[index], works[index + 1]
        if work.by is None and following.by and work.strong and following.strong \
                and _WORK_GROUP.fullmatch(text, work.end, following.start):
            work.by = following.by


def _unclosed_quotes(reading: Reading) -> list[re.Match[str]]:
    """A title whose closing quote was forgotten (``เรื่อง “<title>, <หน่วยงาน> เรื่อง “…``) ends
    before the next unit of the list (after a comma, a space or และ), before ได้รับ, or at the end
    of the line; a title may hold a quoted name of its own (``“… ใกล้บ้าน “เขื่องในโมเดล”,``)."""
    text, found = reading.text, []
    org_starts = {o.start for o in reading.orgs}
    for opening in re.finditer(r"“", text):
        rest = _OPEN_TITLE.match(text, opening.start())
        if not rest:
            continue
        end = rest.end()
        stop = next((m.start() for m in _OPEN_TITLE_END.finditer(text[:end + 100], opening.start() + 3)
                     if m.start() < end and (m.group("verb") or m.end() in org_starts)), None)
        if stop is None:
            inner = _INNER_QUOTE.match(text, end)
            if inner and re.match(r"[ \t]*(?:,|และ|\n|$)", text[inner.end():inner.end() + 4]):
                stop = inner.end()
            elif end == len(text) or text[end] == "\n":
                stop = end
            else:
                continue
        if stop - opening.start() > 3:
            found.append(re.compile(r"“(.{%d})" % (stop - opening.start() - 1), re.S).match(text, opening.start()))
    return [m for m in found if m]


def _by_an_unknown_unit(reading: Reading, start: int) -> bool:
    """``…, และ<หน่วยงานที่ไม่รู้จัก> เรื่อง “…”``: a list item whose unit is not a known agency;
    its work is not the previous unit's."""
    item = _UNKNOWN_ITEM.search(reading.text, max(0, start - 100), start)
    return bool(item) and not any(item.start() < o.start < start for o in reading.orgs)


def _strip_unit(reading: Reading, start: int, end: int) -> tuple[int, str | None]:
    """Where a title ends, and the unit that did the work: the title stops before
    ``โดย <หน่วยงาน>`` (by), or before a trailing ``ของ <หน่วยงาน>`` (of)."""
    text = reading.text
    by = None
    for org in reading.orgs:
        if not start < org.start < end:
            continue
        cue = _TRAILING_UNIT.search(text, start, org.start)
        if cue and (text[cue.start():cue.end()].strip().startswith("โดย") or not text[org.end:end].strip(" \t.,")):
            end, by = cue.start(), org.key
            break
    title = re.sub(r"(?:[ \t]+และ)?[ \t,.]*$", "", text[start:end])
    return start + len(title), by


# "<หน่วยงาน> ได้พิจารณามอบรางวัล / เป็นผู้จัด / ประกาศผล": the organiser, not a winner
_GIVES_THE_AWARD = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ได้|ซึ่ง|ที่|จะ)?[ \t]*(?:พิจารณา|คัดเลือก)?[ \t]*"
                              r"(?:มอบ(?!หมาย)|จัด(?:งาน|พิธี|การประกวด|ประกวด)|เป็นผู้(?:มอบ|จัด)|ประกาศ)")


def _unit_after(reading: Reading, end: int, of_work: bool = False) -> str | None:
    """``“<title>” โดย <หน่วยงาน>``: the unit named right after a quoted work; after a title
    cued as a work (``ผลงาน “<title>” จาก/ของ <หน่วยงาน>``) จาก and ของ name its unit too."""
    cue = (_UNIT_OF_WORK if of_work else _UNIT_BY).match(reading.text[end:end + 50])
    if not cue:
        return None
    org = reading.org_at(end + cue.end(), slack=1)
    if org is None:
        return None
    following = org
    while True:       # past the organisation's parent written after it
        nxt = next((o for o in reading.orgs if following.end <= o.start <= following.end + 1), None)
        if nxt is None:
            break
        following = nxt
    if _GIVES_THE_AWARD.match(reading.text, following.end):
        return None
    return org.key


def _work(start: int, end: int, content: str, quoted: bool = True, by: str | None = None) -> Token:
    title = re.sub(r"^ผลงาน[ \t]*:?[ \t]*", "", content.strip())
    level = None
    embedded = _EMBEDDED_LEVEL.search(title)
    if embedded:
        level, title = embedded.group(1).strip(), title[:embedded.start()]
    title = re.sub(r"[ \t]+", " ", title).strip(" \t:,")
    return Token(start, end, "work", title, level=level, strong=quoted, by=by)


# --- reading the tokens --------------------------------------------------------

class _Reader:
    """The left-to-right reading of award tokens, with the context a person keeps in mind."""

    def __init__(self, reading: Reading, main: tuple[str, int | None]) -> None:
        self.reading = reading
        self.programme, self.year = main
        self.recipient: str | None = None
        self.partners: tuple[str, ...] = ()     # units that share the current recipient's awards
        self.branch: Term | None = None
        self.category: Term | None = None
        self.level: Term | None = None
        self.level_for_branch = False
        self.level_ahead = False        # a level read after its category's award: it heads the next item
        self.person: str | None = None
        self.stated_year: int | None = None     # "รางวัล… ในปี 2566": the year the text gives the award
        self.recalled: list[Award] = []           # awards of a stated year other than the ceremony's
        self.lapsed: tuple[str, int] | None = None  # the winner a describing paragraph set aside, and where
        self.fallback: str | None = None             # the agency credited where its listed units are not read
        self.recipient_at = -1
        self.listed = False     # the recipient is a member of a list of winners after its terms (ได้แก่ A, B)
        self.pending: tuple[int, int] | None = None     # span of terms not yet given as an award
        self.last_end = 0
        self.last_award: Award | None = None
        self.last_work_end = -10

    def run(self, tokens: list[Token]) -> None:
        programmes = self.reading.programme_mentions
        for token in tokens:
            if token.start - self.last_end > EXPIRE:
                self.flush()
                self.branch = self.category = self.level = None
                self.person = None
                if not _AWARD_WORD.search(self.reading.text, self.last_end, token.start):
                    # the text has moved on to other things (a cabinet-meeting summary's next item):
                    # the winner named before is no longer the subject
                    self.recipient, self.partners, self.lapsed, self.fallback = None, (), None, None
                if token.kind == "term" and self._in_later_prose(token.start):
                    self._describing_from(token.start)
            elif token.kind == "term" and self.recipient and self._in_later_prose(token.start):
                self.flush()
                self._describing_from(token.start)
            elif _MOREOVER.search(self.reading.text, self.last_end, token.start):
                self.flush()      # "… ได้แก่ <หน่วยงาน> นอกจากนี้ … ระดับดี รวม 21 รางวัล": the item before is complete
            self._programme_before(programmes, token.start)
            getattr(self, "on_" + token.kind.replace("-", "_"))(token)
            if token.kind != "heading":       # a list marker is no award token: prose after it still lapses
                self.last_end = max(self.last_end, token.end)
        self.flush()

    def _describing_from(self, position: int) -> None:
        """This paragraph describes the programme: its terms are no award of the winner named
        before; a later paragraph that says the winner received (ได้รับ) more brings it back."""
        if self.recipient:
            self.lapsed = (self.recipient, position)
        self.recipient = None

    def _recalls_winner(self, position: int) -> bool:
        text = self.reading.text
        line_start = text.rfind("\n", 0, position) + 1
        return (self.recipient is None and self.lapsed is not None and line_start > self.lapsed[1]
                and bool(_RECEIVES.search(text, line_start, position)))

    def _in_later_prose(self, position: int) -> bool:
        """A term inside a later paragraph of prose that receives nothing (no ได้รับ / คว้า before it,
        and not heading its line as a list item) describes the programme (``แบ่งรางวัลเป็น 5 รางวัล
        ได้แก่ …``); it is no award of the last recipient."""
        text = self.reading.text
        line_start = text.rfind("\n", 0, position) + 1
        return (line_start > self.last_end and not _LINE_HEAD.match(text, line_start, position)
                and not _RECEIVES.search(text, line_start, position))

    def _switch_programme(self, key: str, position: int) -> None:
        """A term of another programme the article names (a back-reference: "ได้รับรางวัล
        “เลิศรัฐยอดเยี่ยม” ในปี2563" in a DG-award article) is an award of that programme."""
        self.flush()
        self.branch = self.category = self.level = None
        mentions = [m for m in self.reading.programme_mentions if m.key == key]
        dated = sorted((abs(m.start - position), m.year) for m in mentions if m.year)
        self.programme = key
        self.year = dated[0][1] if dated else self.reading.main_programme[1]

    def _programme_before(self, programmes, position: int) -> None:
        """The programme last named before a token is the one its awards belong to."""
        before = [m for m in programmes if m.end <= position]
        if before and before[-1].key != self.programme:
            self.flush()          # the terms read so far were of the programme named before them
        if before:
            self.programme = before[-1].key
            self.year = before[-1].year or self.reading.main_programme[1]

    # one method per token kind
    def on_recipient(self, token: Token) -> None:
        if not (token.more or token.keep_terms):
            self.flush()                  # the last award is given before its fallback is forgotten
        self.lapsed = self.fallback = None
        self.listed = token.keep_terms or token.more
        # the subject of a receiving sentence ("กรมราชทัณฑ์ ได้รับ…"), not a member of a list
        self.recipient_at = -1 if token.keep_terms or not _RECIPIENT_AFTER.match(self.reading.text, token.end) else token.start
        if token.more:
            # "ได้แก่ A และ B": the terms read are A's award, and B's as well
            pending = self.pending
            self.flush()
            self.pending = pending
            self.recipient, self.partners = token.value, token.partners
            return
        if token.listed and self.pending:
            self.emit(None, self.level, *self.pending)    # the one before in the list has the same award
        if token.keep_terms:
            # "รางวัลชนะเลิศ ได้แก่ <หน่วยงาน>": the terms just read are this recipient's
            self.recipient, self.partners = token.value, token.partners
            return
        self.flush()
        self.recipient = token.value
        self.partners = token.partners
        self.branch = self.category = self.level = None
        self.person = None

    def on_term(self, token: Token) -> None:
        concepts: tuple[Term, ...] = token.value
        term = _as_written(self._choose(concepts), token.written)
        if self._recalls_winner(token.start):
            self.pending = None           # the described terms were no award
            self.branch = self.category = self.level = None
            self.recipient, self.lapsed = self.lapsed[0], None
        if term.scheme not in (self.programme, "generic-contest"):
            self._switch_programme(term.scheme, token.start)
        if term.kind != "level" or self.category is None:
            year = _stated_year(self.reading.text, token.start, token.end)
            if year != self.stated_year:
                self.flush()      # an award read so far keeps its own year
                self.stated_year = year
        if (_HEADS_WINNERS.match(self.reading.text, token.end) or _COUNTED.match(self.reading.text, token.end)) \
                and not self._has_categories():
            # "- รางวัล… ด้านนวัตกรรม ได้แก่ <winners>" / "ระดับพื้นฐาน จำนวน 89 ศูนย์": the winners
            # follow or are only counted; whoever won the last tier is not one of them (programmes
            # whose winners are organisations without works)
            self.flush()
            line_start = self.reading.text.rfind("\n", 0, token.start) + 1
            # "กรมราชทัณฑ์ ได้รับ… ระดับพื้นฐาน 2 หน่วยงาน ได้แก่ <units not recognised>": the
            # agency named on the same line is credited where none of its units is read
            self.fallback = self.recipient if self.recipient and self.recipient_at >= line_start \
                and _LIST_HEAD.match(self.reading.text, token.end) else None
            self.recipient = None
        if term.kind == "branch":
            if self.branch is None or term.iri != self.branch.iri:
                self.flush()
                self.branch, self.category, self.level = term, None, None
                if not self._branch_has_categories(term):
                    self.pending = (token.start, token.end)   # a branch with no categories is an award
        elif term.kind == "category":
            if self.category is not None and term.iri == self.category.iri:
                return
            if not token.strong and (self.branch is None or self.branch.iri != term.broader):
                return            # a bare "4.0" outside the PMQA branch
            if not (self.category is None and self.level_for_branch):
                self.flush()      # (a level given for the whole branch waits for its categories)
            self.category = term
            if term.broader and (self.branch is None or self.branch.iri != term.broader):
                self.branch = self._concept(term.broader) or self.branch
            elif term.broader is None and self._scheme_has_branches(term.scheme):
                self.branch = None    # a top tier (เลิศรัฐยอดเยี่ยม, เกียรติยศเลิศรัฐ) stands above the branches
            if not (self.level_for_branch or self.level_ahead):
                self.level = None
            self.level_ahead = False
            tier = self._concept(term.broader) if term.broader else None
            if tier is not None and tier.kind == "level":
                self.branch, self.level = None, tier     # a facet of a tier: ด้านลูกค้า of TQC Plus
            self.pending = (token.start, token.end)
        else:
            if 0 <= self.last_work_end <= token.start and self.last_award and self.last_award.level is None \
                    and _LEVEL_AFTER_WORK.fullmatch(self.reading.text, self.last_work_end, token.start):
                self._amend_level(term)
                return
            if self._is_tier(term) and not (self.category and self.category.broader == term.iri):
                self.flush()          # a tier (TQC) opens an award of its own, without the last facet
                self.category = None
            self.level = term
            self.level_for_branch = self.category is None
            # "…ผลงาน “A” 1.2 ระดับดี ประเภท B": the category before was given; this level is B's
            self.level_ahead = self.category is not None and self.pending is None
            if not self.level_ahead:
                self.pending = self.pending or (token.start, token.end)

    def on_heading(self, token: Token) -> None:
        """A new item of a list of awards: the members of the list before it are done with; an
        award the scheme does not know (``5. รางวัลการเปิดเผยข้อมูล…``) ends the terms read too."""
        if self.recipient and self.listed:
            self.flush()
            self.recipient, self.partners, self.listed = None, (), False
        if not token.value:
            self.flush()
            self.branch = self.category = self.level = None
            self.level_for_branch = self.level_ahead = False
            self.fallback = None

    def on_winner(self, token: Token) -> None:
        """A person won the placing just read: no organisation's award, unless the award is one for
        an organisation's leader (ผู้นำองค์กร…), which honours the person named."""
        if self.category is not None and self.category.label.startswith("ผู้นำ"):
            return
        self.pending = None
        self.recipient, self.partners, self.fallback, self.listed = None, (), None, False

    def on_level_name(self, token: Token) -> None:
        known, name = token.value
        self.level = known or self._minted("level", name)
        self.level_for_branch = False
        self.pending = self.pending or (token.start, token.end)

    def on_person(self, token: Token) -> None:
        self.person = token.value

    def on_work(self, token: Token) -> None:
        if token.orphan:
            self.pending, self.last_work_end = None, token.end
            return
        level = self.level
        if token.level:
            level = self._level_named(token.level)
        self.emit(token.value, level, token.start, token.end, by=token.by)
        self.pending = None
        self.last_work_end = token.end

    def flush(self) -> None:
        """Terms no work followed are an award of their own: a category, or a level where the
        programme has no categories (ศูนย์ราชการสะดวก, contests)."""
        if self.pending and (self.category or (self.level and not self._has_categories())
                             or (self.branch and not self._branch_has_categories(self.branch))):
            self.emit(None, self.level, *self.pending)
        self.pending = None

    def _has_categories(self) -> bool:
        """Whether a level alone waits for its category: not where the programme's categories are
        only facets of some tiers (TQA)."""
        return _has_plain_categories(self.reading.gazetteer, self.programme)

    def _scheme_has_branches(self, scheme: str) -> bool:
        return _scheme_kinds(self.reading.gazetteer, scheme, "branch")

    def _branch_has_categories(self, branch: Term) -> bool:
        return "/x-" in branch.iri or branch.iri in _broader_terms(self.reading.gazetteer)

    def _is_facet(self, term: Term) -> bool:
        tier = self._concept(term.broader) if term.broader else None
        return tier is not None and tier.kind == "level"

    def _is_tier(self, term: Term) -> bool:
        """A level of a programme whose categories are facets of levels (TQA, TQC, TQC Plus)."""
        return term.kind == "level" and any(
            t.kind == "category" and t.scheme == term.scheme and self._is_facet(t)
            for terms in self.reading.gazetteer.terms.values() for t in terms)

    def emit(self, work: str | None, level: Term | None, start: int, end: int, by: str | None = None) -> None:
        if by is None:
            for partner in self.partners:
                self._emit_for(partner, work, level, start, end)
        if by or self.recipient:
            self._emit_for(by or self.recipient, work, level, start, end)
        elif self.fallback:
            self._emit_for(self.fallback, work, level, start, end, cap=0.8)   # credited, not named

    def _emit_for(self, recipient: str | None, work: str | None, level: Term | None, start: int, end: int,
                  cap: float = 1.0) -> None:
        if recipient is None or self.programme is None or _for_people(self.reading, self.programme):
            return
        if not (work or self.branch or self.category or level):
            return
        confidence = cap
        for term in (self.branch, self.category, level):
            if term is not None and "/x-" in term.iri:
                confidence = min(confidence, 0.7)
        if self.year is None:
            confidence = min(confidence, 0.6)
        award = Award(programme=self.programme, year=self.stated_year or self.year, recipient=recipient, branch=self.branch,
                      category=self.category, level=level, project=work or None, person=self.person,
                      confidence=confidence)
        extraction = self.reading.extraction
        if award not in extraction.awards:
            extraction.awards.append(award)
            if self.stated_year and self.stated_year != self.year:
                self.recalled.append(award)
            self.reading.evidence(award, start, end)
            self.reading.mention("award", start, end, work or (self.category or level or self.branch).label,
                                 self.reading.organization(recipient).name)
        self.last_award = award
        self.person = None

    def _amend_level(self, level: Term) -> None:
        awards = self.reading.extraction.awards
        index = awards.index(self.last_award)
        amended = replace(self.last_award, level=level)
        evidence = self.reading.extraction.evidence.pop(self.last_award, None)
        if amended in awards:
            awards.pop(index)
        else:
            awards[index] = amended
        if evidence:
            self.reading.extraction.evidence.setdefault(amended, evidence)
        self.last_award = amended

    # concepts
    def _choose(self, concepts: tuple[Term, ...]) -> Term:
        """Of the concepts a label names, the one of this programme's scheme, else the generic one."""
        for scheme in (self.programme, "generic-contest"):
            for term in concepts:
                if term.scheme == scheme:
                    return term
        return concepts[0]

    def _concept(self, iri: str) -> Term | None:
        for concepts in self.reading.gazetteer.terms.values():
            for term in concepts:
                if term.iri == iri:
                    return term
        return None

    def _level_named(self, name: str) -> Term:
        known = [t for t in self.reading.gazetteer.terms.get(match_key(name), []) if t.kind == "level"]
        return self._choose(tuple(known)) if known else self._minted("level", name)

    def _minted(self, kind: str, label: str) -> Term:
        """A term the scheme lacks, minted in this programme's scheme (and graded less sure)."""
        digest = hashlib.sha1(match_key(label).encode("utf-8")).hexdigest()[:10]
        return Term(iri=f"{ID_BASE}programme/{self.programme}/{kind}/x-{digest}", kind=kind,
                    label=label.strip(), scheme=self.programme)


def _listed_winners(reading: Reading, tokens: list[Token]) -> None:
    """``หน่วยงานในสังกัดได้รับรางวัลด้วยจำนวน 6 หน่วยงาน ได้แก่ 1) A 2) B …``: the agencies listed
    after "received the award" with no term of their own each won the programme's award."""
    text, extraction = reading.text, reading.extraction
    term_starts = [t.start for t in tokens if t.kind in ("term", "work")]
    orgs = sorted((o for o in reading.orgs if o.role != "member"), key=lambda o: o.start)
    cues = [(cue, False) for cue in _WINNERS_LISTED.finditer(text)] + \
           [(cue, True) for cue in _WINNERS_EXEMPLIFIED.finditer(text)]
    for cue, exemplified in cues:
        programme = ([m for m in reading.programme_mentions if m.end <= cue.end()] or [None])[-1]
        if programme is None or exemplified and programme.start < cue.start():
            continue          # "ได้รับรางวัลมากมาย อาทิ …" names examples of the programme it names itself
        chain, end = [], cue.end()
        for org in orgs:
            if org.start < end:
                continue
            if not (_LIST_GLUE.fullmatch(text, end, org.start) or not chain and not text[end:org.start].strip()):
                break
            chain.append(org)
            end = org.end
        line_start = text.rfind("\n", 0, cue.start()) + 1
        if len(chain) < 2 or any(max(line_start, cue.start() - 100) <= t < end for t in term_starts):
            continue
        year = programme.year or (reading.main_programme[1] if reading.main_programme else None)
        if _for_people(reading, programme.key):
            continue
        for org in chain:
            if year is None or any(a.programme == programme.key and a.recipient == org.key for a in extraction.awards):
                continue
            award = Award(programme=programme.key, year=year, recipient=org.key, confidence=0.7)
            extraction.awards.append(award)
            reading.evidence(award, org.start, org.end)
            reading.mention("award", org.start, org.end, reading.text[programme.start:programme.end],
                            reading.organization(org.key).name)


def _stated_year(text: str, start: int, end: int) -> int | None:
    """The year written with one award term (a past award in an article about this year's):
    ``รางวัลพัฒนาการดีเด่น… (ประกาศนียบัตร) ในปี 2566`` or ``จากปี 2566 ที่ได้รางวัล…``."""
    after = _YEAR_AFTER_TERM.match(text, end)
    before = _YEAR_BEFORE_TERM.search(text, max(0, start - 40), start)
    found = after or before
    return int(found.group(1)) if found else None


def _leader_honorees(reading: Reading, tokens: list[Token]) -> None:
    """``ดร. เอกนิติ … อธิบดีกรมสรรพสามิต เข้ารับรางวัลผู้นำองค์กรดิจิทัลดีเด่น``: an award to an
    organisation's leader honours the head named, with the post, just before it."""
    text, extraction = reading.text, reading.extraction
    for token in tokens:
        if token.kind != "term" or not any(c.kind == "category" and c.label.startswith("ผู้นำองค์กร") for c in token.value):
            continue
        line_start = text.rfind("\n", 0, token.start) + 1
        for position in sorted(reading.positions, key=lambda p: -p.start):
            if not (line_start <= position.start < token.start and token.start - position.end <= 40) or not position.org:
                continue
            holder = next((p for p in reading.persons if p.full and 0 <= position.start - p.end <= 3), None)
            awards = [a for a in extraction.awards if a.person is None and a.category is not None
                      and a.category.label.startswith("ผู้นำองค์กร") and a.recipient == position.org]
            if holder is None or not awards:
                break
            for award in awards:
                honoured = replace(award, person=holder.name)
                extraction.awards[extraction.awards.index(award)] = honoured
                evidence = extraction.evidence.pop(award, None)
                if evidence:
                    extraction.evidence.setdefault(honoured, evidence)
            break
    _drop_repeats(extraction)


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


_AWARD_FIELDS = ("branch", "category", "level", "project", "person")


def _drop_summaries(reading: Reading) -> None:
    """A headline or lead that sums up an award (``รับรางวัลเลิศรัฐ … ประเภทพัฒนาการบริการ``)
    before the body details it (level, work) is the same award: keep only the fuller one."""
    awards = reading.extraction.awards

    def within(part: Award, whole: Award) -> bool:
        return part is not whole and (part.programme, part.year, part.recipient) == \
            (whole.programme, whole.year, whole.recipient) and \
            all(getattr(part, f) is None or getattr(part, f) == getattr(whole, f) for f in _AWARD_FIELDS) and \
            any(getattr(part, f) is None and getattr(whole, f) is not None for f in _AWARD_FIELDS)

    kept = [a for a in awards if not any(within(a, other) for other in awards)]
    if len(kept) < len(awards):
        awards[:] = kept


@lru_cache(maxsize=4)
def _broader_terms(gazetteer: Gazetteer) -> frozenset[str]:
    """The branches that have categories under them."""
    return frozenset(t.broader for ts in gazetteer.terms.values() for t in ts if t.broader)


@lru_cache(maxsize=64)
def _has_plain_categories(gazetteer: Gazetteer, scheme: str) -> bool:
    """Whether a scheme has categories that are not facets of a level (TQA's are all facets)."""
    levels = {t.iri for ts in gazetteer.terms.values() for t in ts if t.kind == "level"}
    return any(t.kind == "category" and t.scheme == scheme and t.broader not in levels
               for ts in gazetteer.terms.values() for t in ts)


@lru_cache(maxsize=64)
def _scheme_kinds(gazetteer: Gazetteer, scheme: str, kind: str) -> bool:
    return any(t.kind == kind and t.scheme == scheme for ts in gazetteer.terms.values() for t in ts)


def _bare_awards(reading: Reading) -> None:
    """``<หน่วยงาน> ได้รับรางวัล<โครงการ>`` with no terms or works read for it: still one award,
    graded less sure, so that no winner the article names is lost."""
    text, extraction = reading.text, reading.extraction
    year = reading.main_programme[1] if reading.main_programme else None
    for org in reading.orgs:
        cue = _RECIPIENT_AFTER.match(text, org.end)
        if not cue or org.role == "member":
            continue
        line_start = text.rfind("\n", 0, org.start) + 1
        if _INDIVIDUAL_BEFORE.search(text, max(line_start, org.start - 40), org.start):
            continue
        unit = _unit_named_before(reading, org)
        if unit is not None:
            org = OrgMention(unit.start, org.end, unit.key, unit.how, unit.role)
        programme = next((m for m in reading.programme_mentions
                          if cue.end() <= m.start <= cue.end() + 8 and "\n" not in text[cue.end():m.start]
                          or _TOKEN_OF_AWARD.fullmatch(text, cue.end(), m.start)), None)
        if programme is None:
            continue
        covered = any(a.programme == programme.key and
                      (a.recipient == org.key or org.key in reading.gazetteer.ancestors(a.recipient)
                       or org.key in _learned_ancestors(reading, a.recipient)) for a in extraction.awards)
        named = text[programme.start:programme.end]     # the programme's own name, not a tier of it
        if covered and not (_CONJOINED_AWARD.match(text, programme.end)
                            and not reading.gazetteer.terms.get(match_key(named))):
            continue
        if _for_people(reading, programme.key):
            continue
        award = Award(programme=programme.key, year=programme.year or year, recipient=org.key, confidence=0.6)
        if award.year and award not in extraction.awards:
            extraction.awards.append(award)
            reading.evidence(award, org.start, programme.end)
            reading.mention("award", org.start, programme.end, reading.text[programme.start:programme.end],
                            reading.organization(org.key).name)


def _check_totals(reading: Reading, tokens: list[Token]) -> None:
    """``<หน่วยงาน> ได้รับ … 13 รางวัล``: warn where the awards found do not add up."""
    text, extraction = reading.text, reading.extraction
    stated: dict[str, int] = {}
    for token in tokens:
        if token.kind != "recipient" or token.value is None:
            continue
        cue = _RECIPIENT_AFTER.match(text, token.end)
        if not cue:
            continue
        count = _COUNT.match(text, cue.end())
        if count and "\n" not in text[token.end:count.end()]:
            stated.setdefault(token.value, int(count.group(1)))
    for key, total in sorted(stated.items()):
        found = sum(1 for a in extraction.awards
                    if a.recipient == key or key in reading.gazetteer.ancestors(a.recipient)
                    or key in _learned_ancestors(reading, a.recipient))
        if found != total:
            name = reading.organization(key).name
            extraction.warnings.append(
                f"{reading.article.doc_id}: the article says {name} received {total} awards; {found} were found")


# a programme named for the people it honours: researcher, scientist, alumnus, teacher, student, person,
# civil servant, athlete, doctor, nurse, volunteer, youth, one who gave for society
_PEOPLES_AWARD = re.compile(r"รางวัล[ \t]?(?:นักวิจัย|นักวิทยาศาสตร์|ศิษย์เก่า|ครู|อาจารย์|นักเรียน|นักศึกษา|บุคคล|ข้าราชการ"
                            r"|พนักงาน|นักกีฬา|แพทย์|พยาบาล|อาสาสมัคร|เยาวชน|ผู้เสียสละ)")


def _for_people(reading: Reading, key: str) -> bool:
    """A programme learned from the text whose name says it honours people (รางวัลศิษย์เก่าดีเด่น,
    รางวัลนักวิทยาศาสตร์รุ่นใหม่): whoever receives it, it is no award of their organisation."""
    programme = reading.extraction.programmes.get(key) if key.startswith("x-") else None
    return programme is not None and bool(_PEOPLES_AWARD.match(programme.name))


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
