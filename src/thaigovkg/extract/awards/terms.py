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
_PMQA_40 = re.compile(r"(?<![\d.])(?:PMQA[ \t]*)?4\.0(?![\d])")


@lru_cache(maxsize=4)
def _term_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(gazetteer.term_surfaces)


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
        key = gazetteer.term_surfaces.get(surface) or _written_levels(gazetteer).get(surface)
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
