"""The state machine that turns the token stream into awards: a left-to-right reading that
keeps the current programme, recipient and terms in mind, and gives an award at each work
or where terms no work followed are done with."""
from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import lru_cache

from ...gazetteer import Gazetteer
from ...model import Award, Term
from ...normalize import match_key
from ...vocab import ID_BASE
from ..reading import Reading
from .common import EXPIRE, Token, _AWARD_WORD, _HEADS_WINNERS, _LIST_HEAD, _RECIPIENT_AFTER, _for_people
from .terms import _as_written

_MOREOVER = re.compile(r"นอกจากนี้|นอกจากนั้น|ทั้งนี้")
_LINE_HEAD = re.compile(r"[ \t\u200b]*(?:และ[ \t]*)?(?:\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[).]|[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})+|[–\-•▪●✓])?[ \t]*(?:รางวัล)?$")   # a list item's marker (and รางวัล) before a term
_RECEIVES = re.compile(r"ได้รับ|คว้า|รับรางวัล|รับมอบ|เข้ารับ")
_COUNTED = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:(?:จำนวน|รวม)[ \t]*\d|\d[\d,]*[ \t]*(?:ศูนย์|แห่ง|หน่วยงาน|องค์กร|รางวัล))")
# "ชื่อผลงาน "…" อยู่ในระดับดี": a level right after a work is that work's
_LEVEL_AFTER_WORK = re.compile(r"[ \t]*(?:\(|อยู่|ได้รับ(?:รางวัล)?)?[ \t]*")
_YEAR_AFTER_TERM = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:ใน|เมื่อ)[ \t]?ปี[ \t]?(?:พ\.ศ\.[ \t]?)?(25\d\d)(?!\d)")
_YEAR_BEFORE_TERM = re.compile(r"(?:จาก|ใน)ปี[ \t]?(25\d\d)[ \t]*ที่(?:ได้รับ|ได้)[ \t]*$")


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
        if before and (before[-1].key != self.programme or before[-1].year and before[-1].year != self.year):
            self.flush()          # the terms read so far were of the programme (and year) named before them
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
            if self.category is not None and self.level is not None and term.iri != self.level.iri \
                    and self.pending and self.recipient and self.listed:
                # "(1) ประเภทเกียรติยศ ได้แก่ A (2) ประเภทดีเด่น ได้แก่ B": the winners listed under the
                # level before are done with; this level heads the next list of the same category
                self.flush()
                self.recipient, self.partners, self.listed = None, (), False
                self.level, self.level_for_branch, self.level_ahead = term, False, False
                self.pending = (token.start, token.end)
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


def _stated_year(text: str, start: int, end: int) -> int | None:
    """The year written with one award term (a past award in an article about this year's):
    ``รางวัลพัฒนาการดีเด่น… (ประกาศนียบัตร) ในปี 2566`` or ``จากปี 2566 ที่ได้รางวัล…``."""
    after = _YEAR_AFTER_TERM.match(text, end)
    before = _YEAR_BEFORE_TERM.search(text, max(0, start - 40), start)
    found = after or before
    return int(found.group(1)) if found else None


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
