"""Term tokens: the branches, categories and levels of the programmes the article names,
found by the gazetteer's surfaces, with the tiers named as awards of their own; and the
wording of a term as the article writes it."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import lru_cache

from ...gazetteer import Gazetteer, literal_regex
from ...model import Term
from ...normalize import match_key
from ..reading import Reading
from .common import OTHER_PROGRAMME_NEAR, Token, _HEADS_WINNERS

_SPECIAL_NAME = re.compile(r"[ \t]*คือ[ \t]*(?P<name>[^\s“”\"]{3,40}(?:[ \t][^\s“”\"]{2,30}){0,2}?)[ \t]*(?=ได้แก่)")
_TERM_LEADER = re.compile(r"^(?:รางวัล[ \t]?)?(?:สาขา|ด้าน|ประเภท)?[ \t]?(?:รางวัล)?[ \t]?")
WORDING_MARK = "-as-"     # IRI of a term as an article words it: <scheme concept>-as-<hash>
_COUNT_OF_UNITS = re.compile(r"[ \t]*(?:รวม|จำนวน)?[ \t]*\d[\d,]*[ \t]*(?:ศูนย์|แห่ง|หน่วยงาน)(?![ \t]*(?:ได้แก่|คือ|ดังนี้|ประกอบด้วย|:))")
_TERM_LEADS = ("สาขา", "ด้าน", "ประเภท", "รางวัล", "ระดับ", "ในระดับ", "หมวด", "(")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")
_FINAL_ROUND = re.compile(r"ชิง[ \t]?$")      # รอบชิงชนะเลิศ, เข้าชิงชนะเลิศ: competing for the placing
# a prize table's row, its cells on lines of their own: the placing, the count of prizes, the money each pays
_PRIZE_AMOUNT = re.compile(r"[ \t]*\n[ \t]*[\d๐-๙][\d๐-๙,]*[ \t]*\n[ \t]*[\d๐-๙][\d๐-๙,.]*[ \t]*(?:ล้าน|แสน|หมื่น)?[ \t]*บาท")
# … or inline, the prize each numbered award pays: "รางวัลที่ 1 ทองคำแท่ง รางวัลที่ 2 สร้อยคอทองคำ", "รางวัลที่ 1 เงินสด 10,000 บาท"
_PRIZE_ITEM = re.compile(r"[ \t]*(?:ได้แก่|คือ|เป็น)?[ \t]*(?:ทองคำ|สร้อย|แหวน|เงิน(?:สด|รางวัล)?[ \t]*[\d๐-๙]|[\d๐-๙][\d๐-๙,]*[ \t]*บาท|รถ(?:จักรยาน|ยนต์)|สลาก|บัตรกำนัล|โทรศัพท์|โทรทัศน์|ตู้เย็น)")
_NUMBERED_PRIZE = re.compile(r"(?:รางวัล[ \t]?)?ที่[ \t]?[\d๐-๙]{1,2}$")
_PMQA_40 = re.compile(r"(?<![\d.])(?:PMQA[ \t]*)?4\.0(?![\d])")


@lru_cache(maxsize=4)
def _term_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    """The scheme's term surfaces, each also after รางวัล (``รางวัลรองชนะเลิศอันดับที่ 2``): the longest
    surface wins over a shorter one that happens to include รางวัล."""
    return re.compile(r"(?:รางวัล[ \t]?)?(?:" + literal_regex(gazetteer.term_surfaces).pattern + ")")


def _surface_key(gazetteer: Gazetteer, surface: str) -> str | None:
    return gazetteer.term_surfaces.get(surface) or (
        gazetteer.term_surfaces.get(surface.removeprefix("รางวัล")) if surface.startswith("รางวัล") else None)


@lru_cache(maxsize=4)
def _written_levels(gazetteer: Gazetteer) -> dict[str, str]:
    """Levels written with a leading word or brackets of their own (SOE: ``ประเภทเกียรติยศ``,
    ``(เกียรติยศ)``) are matched as written, as a level with ระดับ is; the bare word (ดีเด่น) is not."""
    found = {}
    for key, terms in gazetteer.terms.items():
        if not any(t.kind == "level" for t in terms):
            continue
        bracketed = (f"({key})",) if _THAI_LETTER.match(key) else ()   # not "(TQA)": a gloss of the name
        for surface in ((key,) if key.startswith("ประเภท") else ()) + bracketed:
            if surface not in gazetteer.term_surfaces:
                found[surface] = key
    return found


@lru_cache(maxsize=4)
def _written_level_regex(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    surfaces = _written_levels(gazetteer)
    return literal_regex(surfaces) if surfaces else None


def _term_tokens(reading: Reading) -> list[Token]:
    text, gazetteer = reading.text, reading.gazetteer
    tokens: list[Token] = []
    # only the terms of the programmes this article names (and contest placings) are read
    schemes = {m.key for m in reading.programme_mentions} | {"generic-contest"}
    matches = list(_term_regex(gazetteer).finditer(text))
    written_levels = _written_level_regex(gazetteer)
    if written_levels is not None:
        matches += [m for m in written_levels.finditer(text)
                    if not any(o.start() < m.end() and m.start() < o.end() for o in matches)]
    for match in sorted(matches, key=lambda m: m.start()):
        surface = re.sub(r"\s+", "", match.group())
        key = _surface_key(gazetteer, surface) or _written_levels(gazetteer).get(surface)
        concepts = [c for c in gazetteer.terms.get(key or "", []) if c.scheme in schemes]
        if not concepts or _inside_a_word(text, match.start(), surface, concepts):
            continue
        if _PRIZE_AMOUNT.match(text, match.end()):
            continue          # "รางวัลที่ 1 / 5 / 1 ล้านบาท": a row of a prize table (a lottery's, a fund's), no one's award
        if _NUMBERED_PRIZE.search(match.group()) and _PRIZE_ITEM.match(text, match.end()):
            continue          # "รางวัลที่ 1 ทองคำแท่ง": what a numbered prize pays (a lucky draw's), no placing won
        if _FINAL_ROUND.search(text, max(0, match.start() - 8), match.start()):
            continue          # "ผ่านเข้านำเสนอผลงานรอบชิงชนะเลิศ": the final round, no placing won
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


def _inside_a_word(text: str, start: int, surface: str, concepts: list[Term]) -> bool:
    """A branch or category name without its leading word (สาขา, ประเภท, รางวัล …) glued to the
    word before it is prose: ``มุ่งมั่นพัฒนาการบริการประชาชน``, ``การให้บริการภาครัฐ``."""
    if start == 0 or surface.startswith(_TERM_LEADS) or not _THAI_LETTER.match(text, start - 1) \
            or text[max(0, start - 8):start].endswith(_TERM_LEADS):
        return False      # (a leading word the surface lacks: "รางวัล" + "ยกระดับบริการ…โควิด 19")
    return all(c.kind in ("branch", "category") for c in concepts) and bool(_THAI_LETTER.match(surface))


_QUOTED_AFTER_AWARD = re.compile(r"รางวัล[ \t]*[“\"]([^“”\"\n]{4,80})[”\"]")


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
    # รางวัล “การบริหารสู่ความเป็นเลิศ”: a tier quoted after รางวัล is the tier, not the award's own name
    for match in _QUOTED_AFTER_AWARD.finditer(text):
        add(match.start(), match.end(), "รางวัล" + match.group(1))
    for mention in reading.programme_mentions:
        if _HEADS_WINNERS.match(text, mention.end):
            add(mention.start, mention.end, text[mention.start:mention.end])
    return sorted(terms + found, key=lambda t: t.start)


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


# --- terms of programmes the scheme does not know ------------------------------------------------
#
# A programme learned from the text has no scheme to look its terms up in, so they are read by the
# genre's words and minted in the programme's own scheme (at a confidence that says so):
#   สาขา X (branch) · ประเภท X / หมวด N (category) · ระดับ X (level)
#   medals: เหรียญทอง / เงิน / ทองแดง, Gold / Silver / Bronze / Platinum (level, as written)
#   placings: ชนะเลิศ, รองชนะเลิศอันดับ N, ชมเชย (the generic-contest scheme's, read by the scheme)
GENERIC = "generic:"      # the IRI prefix of a term read by its words, before it is minted in a scheme
_LEAD_KINDS = (("สาขา", "branch"), ("ประเภท", "category"), ("หมวด", "category"), ("ระดับ", "level"), ("กลุ่ม", "category"),
               ("ด้าน", "category"))
# (the receiving verb may be glued to รางวัล before the term: "โดยมี<หน่วยงาน>ได้รับรางวัลประเภท…", "คว้ารางวัลสาขา…")
_GENERIC_LEAD = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=ใน)|(?<=และ)|(?<=ทั้ง)|(?:(?<=รับ)|(?<=คว้า))(?=รางวัล(?:ประเภท|สาขา|หมวด|ระดับ)))(?:รางวัล[ \t]?)?(?P<lead>สาขา|ประเภท(?:รางวัล)?|หมวด(?:ที่)?|ระดับ|กลุ่ม(?=จังหวัด|หน่วยงาน|องค์กร|ต้นแบบ|ทั่วไป|ขนาด|เทศบาล|องค์การ|อบต|โรงพยาบาล|สถาน|ส่วนราชการ|รัฐวิสาหกิจ|ผู้|ที่))[ \t]?"
                           r"(?P<quote>[“\"])?(?=[\u0e01-\u0e4eA-Za-z0-9])")
# "ได้รับรางวัลด้านอากาศ": a facet named right after รางวัล is a category (ด้าน in prose is not: only after รางวัล)
_FACET_LEAD = re.compile(r"(?<=รางวัล)[ \t]?(?P<tier>(?:ดีเด่น|ดีเยี่ยม|ยอดเยี่ยม|ดีมาก)[ \t])?(?P<lead>ด้าน)(?P<quote>[“\"])?(?=[\u0e01-\u0e4e])")
# "คว้ารางวัลดีเด่น ด้านอนุรักษ์พลังงาน", "ได้รับรางวัลดีเยี่ยม ประเภท…": a tier named bare after รางวัล, a space and a term or
# the programme after it, is the level (glued to more words it opens a programme's name: รางวัลดีเด่นด้านความปลอดภัย…);
# so is one heading the winners listed after it ("ที่ได้รับรางวัลดีเด่น จำนวน 3 แห่ง ได้แก่ …", as รางวัลชมเชย … ได้แก่ is)
_TIER_AFTER_AWARD = re.compile(r"(?<=รางวัล)[ \t]?(?P<name>ดีเด่น|ดีเยี่ยม|ยอดเยี่ยม|ดีมาก)(?=[ \t]+(?:ด้าน|สาขา|ประเภท|หมวด|กลุ่ม|[A-Z“\"])|[ \t]*(?:\n|$)"
                               r"|[ \t]*(?:จำนวน[ \t]*[\d๐-๙]{1,3}[ \t]*(?:แห่ง|หน่วยงาน|องค์กร|จังหวัด|ราย|รางวัล)[ \t]*)?(?:ได้แก่|คือ|ประกอบด้วย))")
# "(และ)หน่วยงานที่ได้รับรางวัล": a class of winners heading the list after it, not a unit named before
_HEADS_OTHERS = re.compile(r"(?:หน่วยงาน|องค์กร|องค์การ|ผู้|บริษัท|สถานประกอบการ)(?:ที่|ซึ่ง)(?:ได้)?รับรางวัล[ \t]?$")
# "ได้รับการรับรองมาตรฐานอาคารเขียวระดับ Gold", "Certification ในระดับ Platinum": the grade of a certification the
# text does not call an award (FORMAT.md: only a certification the programme calls its award is one)
_CERTIFIED_BEFORE = re.compile(r"(?:รับรอง|[Cc]ertifi(?:cation|cate|ed))(?:(?!รางวัล|[Aa]ward|AWARD|\n).){0,60}$")
_METAL_GRADE = re.compile(r"[A-Za-z]|ทอง|เงิน|แพลทินัม|เพชร")
_MEDAL = re.compile(r"(?:(?:รางวัล|ระดับ)[ \t]?)?(?P<name>เหรียญ[ \t]?(?:ทองแดง|ทอง|เงิน)|(?<![A-Za-z])(?:Platinum|Gold|Silver|Bronze|Diamond)(?![A-Za-z]))")
# a term's words end before: another term, the list or count after it, a work, a verb, a clause word (ขณะที่ /
# ส่วน opening the next body's clause: "A ได้รับรางวัลระดับดีเด่น ขณะที่B และC ได้รับรางวัลระดับดี")
_TERM_STOP = re.compile(r"[ \t]*(?:สาขา|ประเภท|ระดับ|หมวด|รางวัล|(?:รอง)?ชนะเลิศ|ชมเชย|เหรียญ|ได้แก่|คือ|จำนวน|ผลงาน|จากผลงาน|โดย|ของ|จาก|ให้แก่|ได้รับ|ซึ่ง|และ|หรือ|ประจำปี|ปี[ \t]?[\d๐-๙]"
                        r"|(?<=[ \t])(?:ด้วย|เพื่อ|ภายใต้|ทำให้|สะท้อน|นับเป็น|ถือเป็น|ต่อเนื่อง|ติดต่อกัน|เป็นปีที่|เป็นครั้งที่|ร่วมกับ"
                        r"|(?:ใน)?ขณะ(?:ที่|เดียวกัน)?|ส่วน(?!ราชการ|ภูมิภาค|กลาง|ท้องถิ่น|ตำบล|งาน|บุคคล|ร่วม|หนึ่ง|ประกอบ|ต่าง|ใหญ่|ตัว|บริการ))"
                        r"|รวม|อีก|(?<![\u0e01-\u0e4e])ณ|เมื่อ|ในการ|ในงาน|ใน|ที่(?:ได้|มี)|[\d๐-๙]{1,3}[ \t]*(?:รางวัล|ผลงาน|หน่วยงาน|แห่ง|องค์กร|ราย)|[(“\"”,:;])")
# what ระดับ X names as a level: a grade (excellent, very good, good, outstanding, basic, advanced,
# leading), a metal or colour, stars, a letter grade or an English word; not a scope (ระดับประเทศ)
_LEVEL_WORD = re.compile(r"(?:ดีเด่น|ดีมาก|ดีเยี่ยม|ดี|ยอดเยี่ยม|เยี่ยม|พื้นฐาน|ก้าวหน้า|เป็นเลิศ|เลิศ|โดดเด่น|เกียรติยศ|ชมเชย|พัฒนา|ต้นแบบ"
                         r"|ทองคำ|ทองแดง|ทอง|เงิน|แพลทินัม|เพชร|ฟ้า|เขียว|(?:[\d๐-๙][ \t]?)?ดาว|[A-D][+A]{0,2}"
                         r"|[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)(?:[ \t]?\([^()]{1,30}\))?")
# "ประเภทหน่วยงานระดับกรม", "ประเภทส่วนราชการระดับกองหรือเทียบเท่า": ระดับ naming an administrative level of the kind
# of recipient is part of the category, not a tier (a tier is a grade: ระดับดีเด่น)
_ADMIN_LEVEL = re.compile(r"ระดับ[ \t]?(?:กระทรวง|กรม|กอง|สำนัก|ส่วนราชการ|หน่วยงาน|กระบวนงาน|จังหวัด|อำเภอ|ตำบล|ท้องถิ่น|ภูมิภาค|เขต)"
                          r"(?:หรือ(?:ส่วนราชการที่)?เทียบเท่า(?:กระทรวง|กรม|กอง)?)?")
# the words after a term's leading word that make no term: a list or its count, prose
_NOT_A_TERM = re.compile(r"(?:ประกอบ|ได้แก่|ดังนี้|ดังกล่าว|ต่าง|นี้|ที่|ละ|ใด|อื่น|ทั้ง|การ[ \t]|เดียว|เท่านั้น|ของ|และ)")


# "ประเภทนักเรียน นักศึกษา กยศ. ต้นแบบ": a body's bare short form inside a kind's name is part of the name, no winner
_BARE_SHORT_FORM = re.compile(r"[\u0e01-\u0e2e]{2,6}\.")


def generic_term(kind: str, label: str) -> Term:
    """A term read by its words: its kind and label, to be minted in the scheme of the programme it is
    read for (``frames``)."""
    return Term(iri=f"{GENERIC}{kind}:{match_key(label)}", kind=kind, label=label, scheme="")


_REFERS_BACK = re.compile(r"รางวัล(?:ดังกล่าว|นี้)")


def _generic_terms(reading: Reading, taken: list[tuple[int, int]]) -> list[Token]:
    """Terms written with their leading word (สาขา, ประเภท, หมวด, ระดับ) or as medals, where the scheme
    names no term, read for programmes learned from the text (and for known ones, a term their scheme
    lacks, such as an earlier year's category)."""
    text = reading.text
    if not reading.programme_mentions:
        return []
    tokens: list[Token] = []
    facets: set[int] = set()

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    for match in sorted([*_GENERIC_LEAD.finditer(text), *_FACET_LEAD.finditer(text)], key=lambda m: m.start()):
        if re.search(r"(?<!อันดับ)(?<!อันดับ )(?<!ที่)(?<!ที่ )(?<![\d๐-๙])[\d๐-๙]{1,2}[ \t]?$", text[max(0, match.start() - 12):match.start()]):
            continue          # "3 สาขา", "2 ประเภท": a count of the programme's divisions
        lead = match.group("lead")
        kind = next(k for word, k in _LEAD_KINDS if lead.startswith(word))
        start = match.start("quote") + 1 if match.group("quote") else match.end()
        if match.group("quote"):
            closing = re.match(r"[^“”\"\n]{2,80}[”\"]", text[start:])
            if not closing:
                continue
            end = start + closing.end() - 1
        else:
            end = _words_end(text, start)
        ordinal = re.match(r"[ \t]?[\d๐-๙]{1,2}(?![\d๐-๙])", text[end:]) if text[start:end].rstrip().endswith("ที่") else None
        if ordinal:
            end += ordinal.end()          # "กลุ่มที่ 2", "ประเภทที่ 1": the ordinal is the term's name,
            described = re.match(r"[ \t](?=[\u0e01-\u0e4e])", text[end:end + 2])
            if described and not _TERM_STOP.match(text, end):
                end = _words_end(text, end + 1)   # with what the group is: "กลุ่มที่ 1 เรือนจำขนาดใหญ่"
        if kind != "level" and lead != "ด้าน" and (within := _ADMIN_LEVEL.match(text, end)):
            end = within.end()            # the category goes on through its administrative level
            rest = _CHUNK.match(text, end)
            if rest:                      # and the words glued after it ("ระดับจังหวัดดีเด่น"), to a stop
                stop = _TERM_STOP.search(text, end, rest.end())
                end = stop.start() if stop else rest.end()
        unit = next((o.start for o in reading.orgs if start < o.start < end
                     and (lead == "ด้าน" or text[o.start - 1] in " \t" and not _BARE_SHORT_FORM.fullmatch(text, o.start, o.end))),
                    None)
        if unit is not None:
            end = unit                    # "ได้รับรางวัลด้านอากาศ เทศบาลเมืองทุ่งสง ได้รับ…", "1.ประเภทหน่วยงานภาครัฐ กรมA
            #                               กรมB 2.…": the next winner ends the term (a unit glued on is its kind's own word)
        label = re.sub(r"[ \t]+", " ", text[start:end]).strip(" \t-–:")
        if lead == "ด้าน":
            label = lead + label          # ด้านอากาศ: a facet is named with its word
            if any(m.start <= match.start() < m.end for m in reading.programme_mentions):
                continue                  # "รางวัลด้านไอทีระดับภูมิภาค หรือ ASOCIO Awards": the programme's own name
            if _HEADS_OTHERS.search(text, max(0, match.start() - 40), match.start()):
                continue                  # "และหน่วยงานที่ได้รับรางวัลด้าน… ได้แก่ …": the facet of the winners listed after it
        if lead == "กลุ่ม":
            label = lead + label          # กลุ่มจังหวัดขนาดเล็ก: the group is named with its word
            if any(o.start <= match.start("lead") < o.end for o in reading.orgs):
                continue                  # กลุ่มงาน…, a unit's name, not a group of entrants
        if lead.startswith("หมวด"):
            number = re.match(r"[\d๐-๙]{1,2}", label)
            if not number:
                continue
        if len(label) < 2 or not free(match.start(), end):
            continue
        if kind == "branch" and (text[max(0, match.start() - 1):match.start()] == "(" or reading.gazetteer.places.is_place(label)):
            continue          # "(สาขานราธิวาส)": a company's branch office, no branch of an award
        if _NOT_A_TERM.match(label):
            continue          # "2 ประเภท ประกอบด้วย …", "ประเภทต่าง ๆ": a count or prose, no term
        if kind == "category" and _LEVEL_WORD.fullmatch(label) and not re.match(r"[A-Za-z]", label):
            kind = "level"    # ประเภทชมเชย, ประเภทดีเด่น: a tier written with ประเภท
        if kind == "level" and not _LEVEL_WORD.fullmatch(label):
            continue          # ระดับประเทศ, ระดับหน่วยงาน: the contest's scope or prose, not a level
        if kind == "level" and _METAL_GRADE.match(label) and _CERTIFIED_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            continue          # ได้รับการรับรอง… ระดับ Platinum: a certification's grade (ระดับดีเด่น may be a GECC award's)
        if kind != "level" and len(label) < 4:
            continue
        begin = match.start("lead") if match.groupdict().get("tier") else match.start()   # (after a tier: the facet itself)
        tokens.append(Token(begin, end, "term", (generic_term(kind, label),), written=label))
        if lead == "ด้าน":
            facets.add(begin)
    for match in _TIER_AFTER_AWARD.finditer(text):
        if free(match.start("name"), match.end("name")):
            tokens.append(Token(match.start("name"), match.end("name"), "term", (generic_term("level", match.group("name")),),
                                written=match.group("name")))
    for match in _MEDAL.finditer(text):
        if not free(match.start(), match.end()) or _CERTIFIED_BEFORE.search(text, max(0, match.start() - 80), match.start()):
            continue
        label = re.sub(r"[ \t]+", "", match.group("name")) if match.group("name").startswith("เหรียญ") else match.group("name")
        tokens.append(Token(match.start(), match.end(), "term", (generic_term("level", label),), written=label))
    tokens += [t for t in _english_award_names(reading) if free(t.start, t.end)]
    tokens = _facets_above_kinds(text, sorted(tokens, key=lambda t: t.start), facets)
    # for a programme the scheme knows, only inside its award clauses: right after one of its own terms
    # (a reference back to it, "ได้รับรางวัลดังกล่าวในประเภท…", opens one of its clauses too)
    known_ends = sorted([e for _, e in taken] + [m.end() for m in _REFERS_BACK.finditer(text)
                                                 if any(p.end <= m.start() for p in reading.programme_mentions)])
    kept = []
    for token in tokens:
        before = [m for m in reading.programme_mentions if m.end <= token.start]
        learned = bool(before) and before[-1].key.startswith("x-")
        # (a facet only for a learned programme: a known one's scheme has its facets, and ด้าน restates them)
        if learned or token.value[0].kind != "level" and token.start not in facets \
                and any(0 <= token.start - end <= 120 for end in known_ends):
            kept.append(token)
    # "4 ประเภท ประกอบด้วย 1) รางวัลหน่วยงานระดับกระทรวง … 2) …": the kinds a programme is divided into
    for division in reading.divisions:
        if free(division.start, division.end) and not any(t.start < division.end and division.start < t.end for t in kept) \
                and any(m.end <= division.start for m in reading.programme_mentions):
            kept.append(Token(division.start, division.end, "term", (generic_term(division.kind, division.name),),
                              written=division.name, divides=division.counted))
    return sorted(kept, key=lambda t: t.start)


# "<หน่วยงาน> คว้ารางวัล<programme> รวม 3 รางวัล ได้แก่ Best Digital Bank, Best SME Bank และรางวัล Best ESG Bank":
# the awards one body received, counted, then each named in English: each a kind (category) of the programme
_COUNTED_LIST = re.compile(r"(?<![\d๐-๙,.])[\d๐-๙]{1,2}[ \t]*รางวัล[ \t]*(?:ได้แก่|คือ|ประกอบด้วย|ดังนี้)[ \t]*:?[ \t]*")
_RECEIVED_ON_LINE = re.compile(r"ได้รับ|คว้า|(?<!สำห)รับ(?:มอบ)?รางวัล|ครอง")
_ENGLISH_ITEM = re.compile(r"[ \t]*(?:(?:,|และ)[ \t]*)?(?:\(?[\d๐-๙]{1,2}[.)][ \t]*)?(?:รางวัล[ \t]*)?[“\"]?"
                           r"(?P<name>[A-Z][A-Za-z0-9&'’\-]*(?:[ \t]+(?:[A-Za-z0-9&'’\-]+|:|&))*?)[”\"]?"
                           r"(?=[ \t]*(?:,|และ|\(?[\d๐-๙]{1,2}[.)]|รางวัล|\n|$|[ \t](?![A-Za-z0-9&'’\-:])))")
# an English award's name: a superlative, the word award, excellence, of the year
_AWARD_NAME_WORD = re.compile(r"\b(?:Best|Most|Top|Award|Awards|Excellence|Excellent|Outstanding|Leading|of the Year|Prize|Winner)\b", re.I)


def _english_award_names(reading: Reading) -> list[Token]:
    """Kinds of award named in English in a counted list one body received (the line receives, the count
    and ได้แก่ head the names): a name that reads as no award (a project, a platform) ends the list."""
    text, tokens = reading.text, []
    for head in _COUNTED_LIST.finditer(text):
        line_start = text.rfind("\n", 0, head.start()) + 1
        if not _RECEIVED_ON_LINE.search(text, line_start, head.start()):
            continue
        position, names = head.end(), []
        while True:
            item = _ENGLISH_ITEM.match(text, position)
            if not item or not item.group("name") or item.end() == position:
                break
            name = item.group("name").strip(" :")
            if not _AWARD_NAME_WORD.search(name):
                break
            names.append(Token(item.start("name"), item.start("name") + len(name), "term",
                               (generic_term("category", name),), written=name))
            position = item.end()
        if len(names) >= 2:
            tokens += names
    return tokens


# an English name: capitalised words joined by single spaces, with the small words between them
# ("Zero Energy Building", "District Energy in Developing Countries", "Employee Experience of the Year")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9.&/\-]*(?:[ \t](?:(?:of|the|in|for|and|on|to|&)[ \t])*[A-Z][A-Za-z0-9.&/\-]*)+(?![A-Za-z0-9])")
_CHUNK = re.compile(r"[\u0e01-\u0e4eA-Za-z0-9.&/\-]+")
# a verb that opens the next clause after a space (a headline's "… เผย…", "… ชี้…"): no word of a term's name
_CLAUSE_OPENS = re.compile(r"(?:เปิดเผย|เผย|กล่าว|ชี้|ย้ำ|ระบุ|แถลง|จัด(?:โดย|ขึ้น|งาน)|ตอกย้ำ|ยกระดับ|มุ่ง|พร้อม(?!ใจ))")


def _facets_above_kinds(text: str, tokens: list[Token], facets: set[int]) -> list[Token]:
    """A facet followed by a kind (``ด้านอนุรักษ์พลังงาน ประเภทอาคารสร้างสรรค์…``) is the programme's division, its
    branch, and the kind lies within it: one award with both, not two of one category each."""
    out = list(tokens)
    for index, token in enumerate(tokens):
        after = next((t for t in tokens if t.start >= token.end), None)
        if after and token.start in facets and token.value[0].kind == "category" and after.value[0].kind == "category" \
                and not text[token.end:after.start].strip() and text.startswith("ประเภท", after.start):
            out[index] = replace(token, value=(generic_term("branch", token.value[0].label),))
    return out


def _words_end(text: str, start: int) -> int:
    """Where a term's words that begin at ``start`` end: up to three chunks joined by single spaces,
    stopping at the next term, a list, a count, a work or a clause word. An English name written after the
    Thai words (``อาคารที่ใช้พลังงานเป็นศูนย์ Zero Energy Building``) is one chunk, not cut at its first word."""
    end, chunks = start, 0
    while chunks < 3:
        chunk = _LATIN_NAME.match(text, end) or _CHUNK.match(text, end)
        if not chunk:
            break
        stop = next((m for m in _TERM_STOP.finditer(text[:chunk.end() + 12], end + (2 if chunks == 0 else 0))
                     if m.start() < chunk.end()), None)
        if chunks and _THAI_LETTER.match(text, end - 2) and (stop and stop.start() > end or _CLAUSE_OPENS.match(text, end)):
            return end - 1        # "ประเภทองค์กรภาครัฐ จัดโดย…", "… เผยภารกิจ…": the words after the space open a clause
            #                       (after an English name, Thai words are its gloss: "Corporate Excellence องค์กรที่…")
        if stop:
            return stop.start()
        end = chunk.end()
        chunks += 1
        if not re.match(r"[ \t](?=[\u0e01-\u0e4eA-Za-z])", text[end:end + 2]) or _TERM_STOP.match(text, end):
            break
        end += 1
    return end
