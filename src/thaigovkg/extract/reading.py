"""The state of reading one article: its text, the mentions found so far, the facts kept."""
from __future__ import annotations

import hashlib
import re
from difflib import SequenceMatcher
from functools import lru_cache
from dataclasses import dataclass, field

from ..article import sentence_at
from ..gazetteer import Gazetteer
from ..model import Article, Extraction, Mention, Organization


@dataclass
class OrgMention:
    start: int
    end: int
    key: str
    how: str            # name, abbr, compound, unit, defined, member
    role: str = ""      # "member" for committee-member titles (กรรมการ…)


@dataclass
class PersonMention:
    start: int
    end: int
    name: str           # canonical "given family"
    honorifics: tuple[str, ...]
    full: bool          # False for a given name standing alone (a back-reference)


@dataclass
class PositionMention:
    start: int
    end: int
    title: str          # as the post is written, an acting prefix included ("รักษาราชการแทนอธิบดีกรม…")
    org: str | None
    acting: str = ""    # the acting prefix the article writes ("รักษาราชการแทน"), "" for a post held outright
    former: str = ""    # อดีต as written before a post held before the article ("อดีตผู้ว่าราชการจังหวัด…"), else ""

    # The award passes read a head's post from where its title proper starts (a former head is still the head
    # the list or the award names): after the อดีต written before it.
    @property
    def title_start(self) -> int:
        return self.start + len(self.former)

    @property
    def held_title(self) -> str:
        return self.title.removeprefix("อดีต") if self.former else self.title


_TYPO_MIN_LENGTH = 12


@lru_cache(maxsize=1 << 14)      # learned names recur across the articles of a worker
def near_table_name(gazetteer: Gazetteer, name: str) -> str | None:
    """The agency of the table a learned name misspells: "สำนัก" written for "สำนักงาน" ("สำนักตำรวจ
    แห่งชาติ"), "บริษัท" written before a company's own name ("บริษัทธนาคารกรุงไทย จำกัด (มหาชน)"), or one
    letter left out, added or changed in a long name ("…แหงชาติ", "ส่งสริม…", "สำนักงประมาณ"). Only a
    single agency of the table may be that close; else the name stays learned."""
    compact = re.sub(r"\s+", "", name)
    for variant in (re.sub(r"^สำนัก(?!งาน)", "สำนักงาน", compact), re.sub(r"^สำนักงาน", "สำนัก", compact),
                    compact.removeprefix("บริษัท")):
        if variant != compact:
            known = gazetteer.find_by_name(variant) or gazetteer.bodies.find_by_name(variant)
            if known:
                return known
    if len(compact) < _TYPO_MIN_LENGTH or _office_of_a_known_kind(gazetteer, compact):
        return None
    names = _table_names(gazetteer)
    close = {key for size in (len(compact) - 1, len(compact), len(compact) + 1)
             for table_name, key in names.get((compact[:3], size), ())
             if _one_edit(table_name, compact) and _same_place_and_number(table_name, compact)}
    if len(close) == 1:
        return next(iter(close))
    # (the words of registration, จำกัด (มหาชน), are no evidence: ธนาคารกสิกรไทย is not ธนาคารกรุงไทย)
    if close or len(_REGISTERED.sub("", compact)) < _FUZZY_MIN_LENGTH or compact.startswith("โรงพยาบาล"):
        return None     # (hospitals' names share long starts: "โรงพยาบาลสมเด็จพระยุพราช" is no "…สมเด็จพระยา")
    # a longer name a few letters off ("สำนักงานคณะกรมการส่งสริมการลงทุน", "…ขนาดกลางและกลางย่อม…"): the one table
    # name clearly most alike, a run of letters shared with it that long
    scored = []
    matcher = SequenceMatcher(None, "", _REGISTERED.sub("", compact), autojunk=False)   # the name's index, made once
    for size in range(len(compact) - 4, len(compact) + 5):
        for table_name, key in names.get((compact[:3], size), ()):
            matcher.set_seq1(_REGISTERED.sub("", table_name))
            if matcher.real_quick_ratio() >= _FUZZY_RATIO and matcher.quick_ratio() >= _FUZZY_RATIO \
                    and _same_place_and_number(table_name, compact):
                scored.append((matcher.ratio(), key))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= _FUZZY_RATIO and (len(scored) == 1 or scored[1][0] < scored[0][0] - 0.03
                                                     or scored[1][1] == scored[0][1]):
        return scored[0][1]
    return None


def _office_of_a_known_kind(gazetteer: Gazetteer, compact: str) -> bool:
    """A head of the unit table written with its province names that kind of office: "สำนักงานคลังจังหวัดสุรินทร์"
    is the province's treasury office, not a misspelt "สำนักงานจังหวัดสุรินทร์" a few letters away."""
    head, place, _ = compact.partition("จังหวัด")
    return bool(place) and head + "จังหวัด" in gazetteer.unit_heads


def _same_place_and_number(a: str, b: str) -> bool:
    """Two names a few letters apart are one body's only where they name the same province and number:
    "…จังหวัดนครพนม" is another office than "…จังหวัดนครราชสีมา", "…ที่ 1" than "…ที่ 10"."""
    place = lambda name: name[name.find("จังหวัด"):] if "จังหวัด" in name else ""   # noqa: E731
    return place(a) == place(b) and re.findall(r"\d+", a) == re.findall(r"\d+", b)


_FUZZY_MIN_LENGTH = 18
_REGISTERED = re.compile(r"(?:จำกัด)?(?:\((?:องค์การ)?มหาชน\))?$")
_FUZZY_RATIO = 0.9


@lru_cache(maxsize=4)
def _table_names(gazetteer: Gazetteer) -> dict[tuple[str, int], tuple[tuple[str, str], ...]]:
    """(name without spaces, key) of every body of the tables, by its first three letters and length."""
    index: dict[tuple[str, int], list[tuple[str, str]]] = {}
    for org in [*gazetteer.agencies.values(), *gazetteer.bodies.orgs.values()]:
        for name in (org.name, *org.aliases):
            compact = re.sub(r"\s+", "", name)
            index.setdefault((compact[:3], len(compact)), []).append((compact, org.key))
    return {k: tuple(sorted(v)) for k, v in index.items()}


def _one_edit(a: str, b: str) -> bool:
    """a and b differ by one letter left out, added or changed."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


_THAI_SPACE = re.compile(r"(?<=[\u0e01-\u0e4e])[ \t]+(?=[\u0e01-\u0e4e])")
_KEPT_SPACE_BEFORE = ("มหาวิทยาลัย", "จุฬาลงกรณ์มหาวิทยาลัย")
_COMPANY_PARTS = re.compile(r"^(บริษัท)[ \t]*|[ \t]*(จำกัด)(?=[ \t]*\(|$)|[ \t]*(\(มหาชน\))$")


# Words of the clause no name ends with, written on to it: today ("…เรือนจำพิเศษพัทยาวันนี้ มียอด…"), the particle of
# setting up or holding ("ให้มีการประชุมคณะกรรมการ…สายสีชมพูขึ้น"); but "ที่เกิดขึ้น" (that occurred) may end a committee's task.
_CLAUSE_WRITTEN_ON = re.compile(r"(?<=[\u0e01-\u0e4e]{4})(?:ในวันนี้|วันนี้|(?<!เกิด)ขึ้น)$")


def canonical_name(name: str, kind: str = "", parent: str = "") -> str:
    """The one way a learned name is written, whatever spacing the article used, so that its variants
    are one node with one name: spaces between Thai words dropped ("คณะวิศวกรรมศาสตร์มหาวิทยาลัย…" and
    "คณะวิศวกรรมศาสตร์ มหาวิทยาลัย…"), but one kept before the parent's name it ends with, before a
    university after its faculty and around ณ, none inside brackets and one before them; a company keeps its
    words apart ("บริษัท X จำกัด (มหาชน)")."""
    name = _CLAUSE_WRITTEN_ON.sub("", re.sub(r"\s+", " ", name).strip())
    name = re.sub(r"\([ ]+", "(", re.sub(r"[ ]+\)", ")", name))
    name = re.sub(r"(?<=[^ (])\(", " (", name)
    if kind in ("company", "cooperative") or name.startswith(("บริษัท", "สหกรณ์")) or "บริษัท" in name or "จำกัด" in name:
        if not name.startswith(("บริษัท", "สหกรณ์")):
            return name         # a business unit written before its company: as written, spaces made one
        return _COMPANY_PARTS.sub(lambda m: "บริษัท " if m.group(1) else " จำกัด" if m.group(2) else " (มหาชน)", name).strip()
    pieces = _THAI_SPACE.split(name)
    joined = pieces[0]
    for piece in pieces[1:]:
        keep = piece == "ณ" or piece.startswith(_KEPT_SPACE_BEFORE) or joined.endswith(" ณ")
        joined += (" " if keep else "") + piece
    compact_parent = parent.replace(" ", "")
    if compact_parent and joined.endswith(compact_parent) and len(joined) > len(compact_parent) \
            and joined[:-len(compact_parent)] != "โรงพยาบาล":     # "โรงพยาบาลเมืองพัทยา" is one name
        # a unit named with its parent: "เขื่อนภูมิพล การไฟฟ้าฝ่ายผลิตแห่งประเทศไทย", "คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น"
        return joined[:-len(compact_parent)].rstrip() + " " + parent
    if joined.startswith("คณะ"):        # a faculty and its university: "คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น"
        joined = re.sub(r"(?<=[\u0e01-\u0e4e])(?=(?:จุฬาลงกรณ์)?มหาวิทยาลัย)", " ", joined, count=1)
    return joined


@dataclass
class Reading:
    """One article being read; finders append to it, ``finish`` returns the Extraction."""

    article: Article
    gazetteer: Gazetteer
    orgs: list[OrgMention] = field(default_factory=list)
    persons: list[PersonMention] = field(default_factory=list)
    positions: list[PositionMention] = field(default_factory=list)
    local_abbreviations: dict[str, str] = field(default_factory=dict)   # defined in this article
    definition_spans: list[tuple[int, int]] = field(default_factory=list)  # "(พส.)" right after a name
    programme_mentions: list = field(default_factory=list)              # programmes.ProgrammeMention
    divisions: list = field(default_factory=list)                       # programmes.Division
    main_programme: tuple[str, int | None] | None = None               # (programme key, BE year)
    provinces_named: set[str] | None = None                            # place_bodies: provinces the text names
    extraction: Extraction = field(init=False)

    def __post_init__(self) -> None:
        self.extraction = Extraction(article=self.article)

    @property
    def text(self) -> str:
        return self.article.text

    def mention(self, kind: str, start: int, end: int, value: str = "", detail: str = "") -> Mention:
        found = Mention(kind, start, end, self.text[start:end], value, detail)
        self.extraction.mentions.append(found)
        return found

    def evidence(self, fact: object, start: int, end: int) -> None:
        """Remember the sentence a fact was first read from."""
        self.extraction.evidence.setdefault(fact, sentence_at(self.text, start, end))

    def organization(self, key: str) -> Organization:
        """The agency for a key: learned in this article, from the reference tables, or a body of
        ``gazetteer.places`` (a province, district, local government)."""
        org = self.extraction.organizations.get(key) or self.gazetteer.organization(key)
        if org is None:
            raise KeyError(key)
        return org

    def learn_organization(self, name: str, kind: str, parent: str | None) -> str:
        """A key for an agency the reference table lacks, stable across articles."""
        known = self.gazetteer.find_by_name(name) or self.gazetteer.bodies.find_by_name(name) \
            or near_table_name(self.gazetteer, name)
        if known:
            return known
        name = canonical_name(name, kind, self.organization(parent).name if parent else "")
        # a learned name is unique only under its parent (every ministry has a กองยุทธศาสตร์และแผนงาน)
        basis = f"{name}\x1f{parent}" if parent else name
        key = "x-" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]
        current = self.extraction.organizations.get(key)
        if current is None or (current.parent is None and parent):
            self.extraction.organizations[key] = Organization(key=key, name=name, kind=kind, parent=parent)
        return key

    def org_at(self, position: int, slack: int = 1, same_line: bool = False) -> OrgMention | None:
        """The organisation mention starting at ``position`` (give or take ``slack`` spaces; with
        ``same_line`` no line break between: a headline's last word is no unit of the next line's agency)."""
        for org in self.orgs:
            if not position <= org.start <= position + slack:
                continue
            gap = self.text[position:org.start]
            if not gap.strip() and not (same_line and "\n" in gap):
                return org
        return None

    def finish(self) -> Extraction:
        extraction = self.extraction
        extraction.mentions.sort(key=lambda m: (m.start, m.end, m.kind))
        return extraction
