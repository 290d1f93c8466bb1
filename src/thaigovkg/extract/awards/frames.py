"""Award frames: the token stream cut into the units a reader fills, then each filled.

A *frame* is one unit of an award text: a receiving sentence (``กรม ก ได้รับรางวัล… ผลงาน “…”``),
an item of a list (``2) ผลงาน “…” โดยกรม ข``, ``3.โรงพยาบาล ค เรื่อง “…” ประเภท… ระดับ…``), a member
of a list of winners (``ได้แก่ A, B และ C``) or a heading that announces terms for the items below
it (``1.1 รางวัลบริการภาครัฐ ระดับดี ประเภท… จำนวน 3 รางวัล ได้แก่``). Frames nest: an item inherits
what its heading or the receiving sentence before it leaves open (the recipient, the programme, the
branch, category and level), and overrides what it states itself.

Filling a frame gives its awards:

* each work of the frame is one award; the terms written inside the frame belong to its works, before
  or after them (``… เรื่อง “X” ประเภท A ระดับ B``), in the order the frame writes them;
* a frame with no work gives one award per group of terms (a new category or a level followed by
  its count closes a group);
* every recipient of the frame (the subject and the units listed with it, each member of a joint
  work) receives each award; a work done by a named unit (``“X” โดยกรม ข``) is that unit's;
* a heading whose items gave awards gives none of its own.

Kinds of frame, and what opens one:

``receipt``   an organisation that takes a receiving verb (``ได้รับ``, ``คว้า``, ``รับ``, ``เข้ารับ``)
``item``      a list marker (``1.``, ``2)``, ``(3)``, ``-``) or a unit heading its own line
``member``    an organisation listed after the terms it won (``ได้แก่ A``, ``A เรื่อง “…”``)
``heading``   an award heading line (``2. รางวัล…``), or a paragraph of terms with no recipient
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ...gazetteer import Gazetteer
from ...model import Award, Term
from ...normalize import match_key
from ..reading import Reading
from .common import EXPIRE, Token, minted, _APPOSED_GAP, _RECEIVED_RIGHT_BEFORE, _AWARD_WORD, _HEADS_WINNERS, _ITEM_HEAD, _LIST_HEAD, _RECIPIENT_AFTER, _for_people
from .recipients import _apposed
from .terms import GENERIC, _as_written

# a list marker: 1. / 1) / (1) / 1.1 / 1.1) / - / • at the head of a line, or 1) (2) inline after a space
_LINE_MARKER = re.compile(r"^[ \t\u200b]*(?P<marker>\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})+[).]?|\(?[\d๐-๙]{1,2}[).]|[–\-•▪●✓])",
                          re.M)
_INLINE_MARKER = re.compile(r"(?:(?<=[ \t])|(?<=และ))(?P<marker>\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*\)|\([\d๐-๙]{1,2}\)"
                            r"|[\d๐-๙]{1,2}(?:\.[1-9๑-๙][\d๐-๙]?)*\.(?=[ \t]?[\u0e01-\u0e4e“\"])"
                            r"|[\d๐-๙]{1,2}(?:\.[1-9๑-๙][\d๐-๙]?)+(?=[ \t][\u0e01-\u0e4e“\"]))[ \t]*(?=\S)")
# what may stand before a term at the head of a line of an award list: a marker, และ, รางวัล
_LINE_OPENING = re.compile(r"[ \t\u200b]*(?:และ[ \t]*)?(?:\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[).]|[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})+|[–\-•▪●✓])?[ \t]*(?:รางวัล)?[ \t]*")
# a line that opens with the count of the awards the sentence above received, and their list
_TALLY_OPENING = re.compile(r"[ \t]*(?:จำนวน|รวม(?:ทั้งสิ้น)?)[ \t]*[\d๐-๙]{1,3}[ \t]*รางวัล[ \t]*(?:ได้แก่|ประกอบด้วย|คือ)[ \t]*:?[ \t]*"
                            r"(?:\(?[1๑][.)])?[ \t]*(?:รางวัล)?")
# what stands after the terms that head a list: a count of winners or works, then ได้แก่ / คือ / ดังนี้
_HEADS = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:(?:จำนวน|รวม)?[ \t]*[\d๐-๙]{1,3}[ \t]*"
                    r"(?:องค์กร|หน่วยงาน|แห่ง|ศูนย์|รางวัล|ผลงาน|จังหวัด|ราย|โครงการ)[ \t]*)?(?:ได้แก่|คือ|ประกอบด้วย|ดังนี้)")
# between two terms of one run: spaces, และ, a comma, a bracketed gloss
_RUN_GAP = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:,|และ)?[ \t]*")
# between a work and the units that did it: ของ / โดย / จาก, a bracketed gloss
_WORK_OF = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:ของ|โดย|จาก)[ \t]*")
# "แบ่งรางวัลเป็น 5 รางวัล", "แบ่งออกเป็น 3 สาขา", "ประกอบด้วย 3 ประเภท": how a programme is divided
_DIVIDED = re.compile(r"แบ่ง(?:รางวัล)?(?:ออก)?(?:เป็น)|(?:มี|ประกอบด้วย)[ \t]*[\d๐-๙]{1,2}[ \t]*(?:สาขา|ประเภท|ด้าน|หมวด)")
# after a number that is no list marker: a time (13.30 น.), a unit, a percentage
_NOT_A_MARKER = re.compile(r"[ \t]?(?:น\.|นาฬิกา|%|ล้าน|บาท|ปี|เดือน|วัน)")
# the winners a kind of award names right after it: ได้แก่ / คือ, or the first item of their numbered list
_WINNERS_OF_KIND = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:ได้แก่|คือ|\(?1[.)])")
_MOREOVER = re.compile(r"นอกจากนี้|นอกจากนั้น|ทั้งนี้|อนึ่ง")
_SUBHEADING = 30       # the longest line that heads the items of a list rather than ends it
_BARE_NAME = 12        # the shortest programme name, written without รางวัล, that names the programme alone
_NAME_ENDS = r"(?![\u0e01-\u0e4e])"      # (a name glued to more letters is another name: ทุนหมุนเวียนดีเด่น)
# a paragraph that hands out awards (มอบรางวัล, มอบโล่): a term in it that heads a list of winners is no description
_CONFERS = re.compile(r"มอบ(?:โล่)?(?:รางวัล|โล่)")
_RECEIVES = re.compile(r"ได้รับ|คว้า|(?<!สำห)รับรางวัล|(?<!สำห)รับมอบ|เข้ารับ|ผ่านการรับรอง|ได้รับการรับรอง")
# characters between the terms of two awards that share one work (", และประเภท", " ทั้งสองประเภท ")
_TERMS_TOGETHER = 60
# a level followed by its count closes its award: "ระดับดีเด่น 2 ผลงาน ระดับดี 4 ผลงาน"
_COUNT_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:จำนวน|รวม)?[ \t]*[\d๐-๙]{1,3}[ \t]*(?:ผลงาน|รางวัล)")
# a kind counted by its awards or by its winners ("รางวัลอุตสาหกรรมดีเด่น จำนวน 36 ราย", "… 5 แห่ง"): after a winner of
# the kind before it, the list's next kind
_KIND_COUNT_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:จำนวน|รวม)?[ \t]*[\d๐-๙]{1,3}[ \t]*"
                               r"(?:ผลงาน|รางวัล|ราย|แห่ง|หน่วยงาน|องค์กร|จังหวัด)")
# "ชื่อผลงาน "…" อยู่ในระดับดี": a level right after a work is that work's
_LEVEL_AFTER_WORK = re.compile(r"[ \t]*(?:\(|อยู่|ได้รับ(?:รางวัล)?)?[ \t]*")
_YEAR_AFTER_TERM = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:ใน|เมื่อ)[ \t]?ปี[ \t]?(?:พ\.ศ\.[ \t]?)?(25\d\d)(?!\d)")
_YEAR_BEFORE_TERM = re.compile(r"(?:จาก|ใน)ปี[ \t]?(25\d\d)[ \t]*ที่(?:ได้รับ|ได้)[ \t]*$")
# the praise a programme's name ends with, after whom it honours
_PRAISE = re.compile(r"[ \t]?(?:ที่มีผลงาน|ผู้มีผลงาน|ผู้ปฏิบัติงาน)?(?:ดีเด่น|ยอดเยี่ยม|ดีมาก|ต้นแบบ)$")
# between a placing and the tier written right after it: at most one space ("รางวัลชนะเลิศระดับ Gold")
_TIER_AFTER = re.compile(r"[ \t]?")
# between the terms of one programme and the next programme its units receive: และ, the verb again, รางวัล
_JOINED_AFTER_TERMS = re.compile(r"[ \t]*(?:,[ \t]*)?และ[ \t]?(?:ได้รับ|คว้า|รับ)?[ \t]?(?:รางวัล)?[ \t]?[“\"]?")
_ENDS_WITH_LIST_HEAD = re.compile(r"(?:ได้แก่|คือ|ดังนี้|ประกอบด้วย|:)[ \t]*$")


@dataclass
class _Span:
    start: int
    end: int


@dataclass(eq=False)
class Frame:
    """One unit of an award text and what it states."""
    kind: str                                   # receipt, item, member, heading
    start: int
    depth: int = 0                              # nesting of list markers: 1. = 1, 1.1 = 2, 1) = 3
    recipients: list[str] = field(default_factory=list)
    fallback: str | None = None                 # credited, less sure, where the listed units are not read
    tokens: list[Token] = field(default_factory=list)   # terms, works, level-names, persons, winners in order
    parent: "Frame | None" = None
    programme: str | None = None
    year: int | None = None
    end: int = 0
    gave: bool = False                          # this frame or one of its children gave an award
    fresh: bool = False                         # inherits no terms (an award heading the scheme lacks)
    recipient_end: int = 0                      # where its last recipient's name ends
    lists: bool = False                         # its terms head a list of its units (ได้แก่ …)
    work_first: bool = False                    # its work is written before its units (ผลงาน “X” ของ A ได้รับ…)
    prose: bool = False                         # a paragraph that describes the programme: it heads nothing
    named: bool = False                         # its programme is named at its head (``3) รางวัล<C> …``)

    def terms(self) -> list[Token]:
        return [t for t in self.tokens if t.kind in ("term", "level-name")]

    def works(self) -> list[Token]:
        return [t for t in self.tokens if t.kind == "work" and not t.orphan]

    def lineage(self):
        frame = self.parent
        while frame is not None:
            yield frame
            frame = frame.parent


class Frames:
    """Cuts the token stream into frames and fills each: the reading of one article's awards."""

    def __init__(self, reading: Reading, main: tuple[str, int | None]) -> None:
        self.reading = reading
        self.text = reading.text
        self.main = main
        self.recalled: list[Award] = []
        self.frames: list[Frame] = []
        self.current: Frame | None = None
        self.context: Frame | None = None       # the frame whose items follow (a heading, a receipt with a list)
        self.last_end = 0
        self.consumed = 0                       # the end of the last token read, headings included
        self.lapsed: Frame | None = None        # the context a describing paragraph set aside
        self.sources: set[int] = set()          # the inherited terms the last slots took
        self.used: set[int] = set()             # terms a later frame's award inherited: no award of their own

    # ---- cutting ------------------------------------------------------------------------------

    def run(self, tokens: list[Token]) -> None:
        markers = self._markers()
        tokens = _without_repeats(tokens)
        self.tokens = tokens
        for index, token in enumerate(tokens):
            self.index = index
            self._breaks_before(token, markers)
            self._take(token)
            if token.kind != "heading":
                self.last_end = max(self.last_end, token.end)
            self.consumed = max(self.consumed, token.end)
        self._close()
        # children before their heading: a heading whose items gave awards gives none of its own
        awards = self.reading.extraction.awards
        before = len(awards)
        for frame in reversed(self.frames):
            self._fill(frame)
        awards[before:] = awards[before:][::-1]

    def _markers(self) -> list[tuple[int, int, int]]:
        """(start, end, depth) of every list marker. Depth is read as an outline is: the first style of
        marker is the top level, a new style inside it one level down, a style seen before goes back to
        its level (``1) … 1.1) … 1. … 2. … 1.2) … 2)``)."""
        found = {}
        for match in _LINE_MARKER.finditer(self.text):
            found[match.start("marker")] = match.end("marker")
        for match in _INLINE_MARKER.finditer(self.text):
            found.setdefault(match.start("marker"), match.end("marker"))
        markers, styles, previous = [], [], 0
        for start in sorted(found):
            marker = self.text[start:found[start]]
            window = self.text[max(self.text.rfind("\n", 0, start), start - 20):start]
            if _NOT_A_MARKER.match(self.text, found[start]) or marker.endswith(")") and not marker.startswith("(") \
                    and window.count("(") > window.count(")"):
                continue      # a time (13.30 น.), a bracketed date "(16 ก.ย. 64)"
            if any(len(line.strip()) > _SUBHEADING and not _LINE_MARKER.match(line)
                   for line in self.text[previous:start].split("\n")[1:-1]):
                styles = []   # a paragraph of prose between two lists: the next list starts afresh (a short
                              # line, "ปี 2563", "ประเภทดีเด่น", heads the items below it inside the list)
            style = _style(marker)
            if style in styles:
                del styles[styles.index(style) + 1:]
            else:
                styles.append(style)
            markers.append((start, found[start], len(styles)))
            previous = start
        return markers

    def _breaks_before(self, token: Token, markers: list[tuple[int, int, int]]) -> None:
        """Close and open frames for what stands between the last token and this one: list markers,
        a new paragraph, prose long enough that the text has moved on."""
        text = self.text
        gap_start = self.last_end
        if token.start - gap_start > EXPIRE:
            self._close()
            if not _AWARD_WORD.search(text, gap_start, token.start):
                self.context = None           # the text has moved on to other things
            elif self.context is not None and token.start - self.context.end > 3 * EXPIRE:
                self.context = None
        elif _MOREOVER.search(text, gap_start, token.start):
            self._close()
        gap_start = max(gap_start, self.consumed)
        between = [m for m in markers if gap_start <= m[0] and m[1] <= token.start]
        if between:
            start, _, depth = between[-1]
            if self._describing_list(start):
                self._close()
                if self.context is not None:
                    self.lapsed = self.context
                self.context = None
            self._open_item(start, depth)
            return
        if "\n" in text[gap_start:token.start]:
            current = self.current
            self._close()
            if current is not None and current.kind in ("item", "member") and current.parent is not None \
                    and (current.works() or current.recipients and current.terms()):
                self.context = current.parent       # the next line is the list's next item
            if self._in_later_prose(token):
                if self.context is not None:
                    self.lapsed = self.context
                self.context = None
            elif self.context is None and self.lapsed is not None and token.kind == "term" and self._receives_on_line(token):
                # "ทั้งนี้ ธนาคารเคยได้รับรางวัล…": a later paragraph that receives brings the winner back
                self.context = self.lapsed

    def _describing_list(self, marker: int) -> bool:
        """An inline list in a paragraph of prose that receives nothing, or that says how the programme
        is divided (``ในปีนี้ได้แบ่งรางวัลเป็น 5 รางวัล ได้แก่ 1) … 2) …``): its items are the
        programme's awards, no winner's."""
        text = self.text
        line_start = text.rfind("\n", 0, marker) + 1
        if _LINE_MARKER.match(text, line_start) or _RECEIVES.search(text, line_start, marker):
            return False
        kinds = [d for d in self.reading.divisions if d.start <= marker + 12 and (_WINNERS_OF_KIND.match(text, d.end)
                                                                                 or self._winner_right_after(d.end))]
        if kinds and (kinds[-1].start >= marker or marker - kinds[-1].end <= 400):
            return False          # "คือ 1) หน่วยงานภาครัฐ ได้แก่ 1. … 2. …": a kind of award and its winners
        if self.context is not None and self.context.start >= line_start:
            return False          # the receiving sentence that heads this list is on its line
        current = self.current
        if current is not None and current.start >= line_start and current.terms() \
                and _ENDS_WITH_LIST_HEAD.search(text[self.last_end:marker]):
            return False          # "ประเภทดีเด่น ได้แก่ 1. A 2. B": the terms just read head this list, on its line
        return True

    def _winner_right_after(self, end: int) -> bool:
        """``2.การคัดกรองสุขภาพ สสจ.น่าน และสสจ.เลย``: a kind of award whose winners follow its name."""
        gap = re.match(r"[ \t]+", self.text[end:end + 4])
        return gap is not None and any(o.start == end + gap.end() for o in self.reading.orgs)

    def _receives_on_line(self, token: Token) -> bool:
        line_start = self.text.rfind("\n", 0, token.start) + 1
        return bool(_RECEIVES.search(self.text, line_start, token.start))

    def _in_later_prose(self, token: Token) -> bool:
        """A term inside a paragraph of prose that receives nothing and is no list item describes the
        programme (``แบ่งรางวัลเป็น 5 รางวัล ได้แก่ …``): it is no award of the recipients before it.
        A line that opens with the term (or its marker and รางวัล) is a line of the award list."""
        if token.kind != "term":
            return False
        text = self.text
        line_start = text.rfind("\n", 0, token.start) + 1
        opening = text[line_start:token.start]
        if _TALLY_OPENING.fullmatch(opening):
            return False          # "จำนวน 2 รางวัล ได้แก่ รางวัลA …": the count of the sentence above, its line broken
        line_end = text.find("\n", token.end)
        if len(text[line_start:len(text) if line_end < 0 else line_end].strip()) <= _SUBHEADING:
            return False          # "ปี 2563 ประเภทดีเด่น": a short line heads the items below it, no prose
        if _CONFERS.search(opening) and self._heads_list(token):
            return False          # "<office> มอบรางวัล<P> ประเภทดีเด่น ได้แก่ 1. A 2. B": the winners of what it confers
        return not _LINE_OPENING.fullmatch(opening) and not _RECEIVES.search(opening)

    def _open(self, kind: str, start: int, depth: int = 0, parent: Frame | None = None) -> Frame:
        self._close()
        frame = Frame(kind, start, depth, parent=parent)
        frame.programme, frame.year = self._programme_at(start)
        if kind in ("item", "heading"):
            self._programme_at_head(frame)
        self.current = frame
        return frame

    def _programme_at_head(self, frame: Frame) -> None:
        """An item whose marker the programme's name follows (``2) รางวัล<B> … และ 3) รางวัล<C> จำนวน 3 รางวัล
        ได้แก่ …``, an outline of what a unit won) is under that programme, not under the one named before its
        marker: its terms and the items under it are the programme's."""
        head = _ITEM_HEAD.match(self.text, frame.start)
        mention = next((m for m in self.reading.programme_mentions if head and m.start == head.end()), None)
        if mention is not None:
            frame.programme, frame.year = mention.key, mention.year or self.main[1]
            frame.named = True

    def _open_item(self, start: int, depth: int) -> None:
        """A list item: its parent is the nearest heading or list-heading frame above its depth."""
        self._close()
        parent = self.context
        while parent is not None and parent.kind in ("item", "heading") and parent.depth >= depth and parent.depth \
                and not self._awaits_items(parent, depth):
            parent = parent.parent
        frame = self._open("item", start, depth, parent)
        if not self._is_heading_line(start):
            return
        frame.kind = "heading"

    def _awaits_items(self, heading: Frame, depth: int) -> bool:
        """A kind of award whose winners are numbered with the marker the kinds use (``2. รางวัลB …
        - ประเภทดีเด่น 1. <unit> 2. <unit>``): the items after it at its own depth are its winners while it
        has none yet or its winners so far were such items; the next kind turns its item into a heading."""
        if heading.kind != "heading" or heading.recipients or not heading.terms():
            return False
        children = [f for f in self.frames if f.parent is heading]
        return all(f.depth == depth and f.kind in ("item", "heading") for f in children)

    def _is_heading_line(self, start: int) -> bool:
        return False

    def _close(self) -> None:
        frame = self.current
        if frame is None:
            return
        frame.end = max(frame.end, self.last_end)
        self._own_programme(frame)
        self.frames.append(frame)
        self.current = None
        # what the next frames inherit from: a receiving sentence (its recipient), or a frame of terms
        # with no work (a heading, a list's head); an item with its own work is a sibling of the next
        if frame.prose:
            return
        if frame.kind == "receipt" or frame.fresh or frame.kind != "member" and not frame.works() and (
                frame.terms() and not frame.recipients
                # a unit alone on its line waits for its award lines, unless it is a winner under terms
                or frame.recipients and not frame.terms() and not self._inherits_terms(frame)):
            self.context = frame

    def _own_programme(self, frame: Frame) -> None:
        """A unit that receives a programme its own clause names, before the terms ("นอกจากนี้ A ได้รับ
        รางวัล<P> กลุ่มที่ 2 ระดับดีมาก"), receives that programme, not the one named before the clause; a
        heading of a kind of award that begins with whom a programme honours is under that programme."""
        if self._named_by_its_kinds(frame.terms() + [t for a in frame.lineage() for t in a.terms()], frame.programme):
            frame.programme, frame.year = self._programme_of(frame, frame.terms())
        if frame.kind not in ("receipt", "item") or not frame.recipients or not frame.recipient_end:
            return
        terms = frame.terms()
        limit = terms[0].start if terms else frame.end
        own = [m for m in self.reading.programme_mentions if frame.recipient_end <= m.start < limit
               and "\n" not in self.text[frame.recipient_end:m.start]
               and _RECEIVES.search(self.text, frame.recipient_end, m.start)]
        if own and own[0].key != frame.programme:
            frame.programme, frame.year = own[0].key, own[0].year or frame.year

    def _take(self, token: Token) -> None:
        kind = token.kind
        if kind == "heading":
            depth = self.current.depth if self.current is not None and self.current.start == token.start else 1
            if self.current is not None and self.current.start != token.start:
                self._close()
            parent = self.context
            while parent is not None and parent.kind in ("item", "heading") and parent.depth >= depth:
                parent = parent.parent
            if self.current is None or self.current.start != token.start:
                self._open("heading", token.start, depth, parent)
            else:
                self.current.kind = "heading"
            if not token.value:
                self.current.fresh = True           # an award the scheme does not know: its terms start afresh
            return
        if kind == "recipient":
            self._take_recipient(token)
            return
        frame = self.current
        if kind == "term" and frame is not None and frame.kind == "receipt" and frame.recipients and frame.terms():
            joined = self._joined_programme(frame, token)
            if joined is not None:
                # "A ได้รับรางวัล<P> ประเภท X และรางวัล<Q> ประเภท Y": the terms after Q are Q's, for the same units
                received = frame
                frame = self._open("receipt", joined.start)
                frame.recipients, frame.fallback = list(received.recipients), received.fallback
                frame.recipient_end = joined.start
                frame.programme, frame.year, frame.named = joined.key, joined.year or self.main[1], True
        if frame is None and kind == "term" and self.context is None and self._in_later_prose(token):
            # a term in a paragraph that describes the programme: a frame of its own, which heads nothing
            frame = self._open("heading", token.start)
            frame.prose = True
        if kind == "term" and self._heads_list(token):
            if frame is not None and frame.recipients and not frame.works() and frame.kind in ("item", "receipt") \
                    and "\n" not in self.text[frame.recipient_end:token.start]:
                # "1. กรมราชทัณฑ์ ได้รับ… ระดับพื้นฐาน 2 หน่วยงาน ได้แก่ <units>": the units the item's
                # agency lists; the agency is credited where none of them is read
                frame.tokens.append(token)
                frame.end = token.end
                frame.lists = True
                return
            if frame is not None and frame.kind == "heading" and not frame.recipients and any(
                    frame.end <= m.start < token.start and m.key != frame.programme for m in self.reading.programme_mentions):
                # "… แบ่งเป็น ประเภท A 50 เรื่อง และยังมีรางวัล<Q> … รางวัลชนะเลิศ ได้แก่ B": another programme was named
                # since the heading's terms; the term heads a list of that programme's winners, not of the heading's
                frame = self._open("heading", token.start, 0, self.context)
            elif frame is None or frame.works() or frame.kind == "member" or frame.kind == "item" and frame.recipients:
                # "… และ รางวัลรองชนะเลิศอันดับ 1 ได้แก่ B", "…, ประเภทพัฒนาบริการ ได้แก่ C": the next
                # heading of the list once the last one's winners were read; it restates what changes
                # and keeps the rest (a new category keeps the branch and the level)
                chain = ([frame] if frame else []) + list(frame.lineage() if frame else [])
                anchor = next((f for f in chain if f.kind == "heading"), None)
                if anchor is None and self.context is not None and self.context.kind == "heading" \
                        and self._has_members(self.context):
                    anchor = self.context
                parent = anchor if anchor is not None else self.context
                frame = self._open("heading", token.start, anchor.depth if anchor else 0, parent)
            elif frame.kind == "item":
                frame.kind = "heading"
        elif frame is None or kind == "term" and frame.works() and (
                self._terms_lead(frame) and self._repeats(frame, token)
                or frame.kind == "member" and not self._terms_lead(frame) and not self._items_carry_terms(frame)
                and not _RECEIVES.search(self.text, frame.works()[-1].end, token.start)):
            # the next award after a complete one: under the receiving sentence it continues, else
            # under what the last frame was under
            parent = frame if frame is not None and frame.kind == "receipt" else \
                frame.parent if frame is not None and frame.parent is not None else self.context
            frame = self._open("item" if parent is not None else "heading", token.start,
                               parent.depth + 1 if parent is not None else 0, parent)
        elif kind == "term" and frame.kind == "member" and not frame.works() and frame.parent is not None \
                and frame.parent.kind == "heading" and self._kind(token) == "level" \
                and "level" in {self._kind(t) for t in frame.parent.terms()}:
            # "ชนะเลิศ ได้แก่ A รองชนะเลิศอันดับ 1 B …": a placing after a winner of the heading's placing is
            # the list's next heading (whose winner went unread), not a second award of that winner
            anchor = frame.parent
            frame = self._open("heading", token.start, anchor.depth, anchor)
        elif kind == "term" and frame.kind == "member" and frame.recipients and not frame.works() \
                and frame.parent is not None and frame.parent.kind == "heading" and self._counted(token):
            # "รางวัลA จำนวน 1 รางวัล ได้แก่ <unit> รางวัลB 37 รางวัล / 36 ราย": a kind counted after a winner of the last
            # one is the list's next kind (whose winners go unnamed), not a second award of that winner
            anchor = frame.parent
            frame = self._open("heading", token.start, anchor.depth, anchor)
        frame.tokens.append(token)
        frame.end = token.end

    def _joined_programme(self, frame: Frame, token: Token):
        """Another programme the frame's units receive, joined after the terms of the first (``… ระดับดีเด่น
        และรางวัล<Q>``) right before this term; None where there is none."""
        last = frame.terms()[-1].end
        for mention in self.reading.programme_mentions:
            if last <= mention.start and mention.end <= token.start and mention.key != frame.programme \
                    and _JOINED_AFTER_TERMS.fullmatch(self.text, last, mention.start) \
                    and not self.text[mention.end:token.start].strip(" \t”\""):
                return mention
        return None

    def _counted(self, token: Token) -> bool:
        """The run of terms the token opens is followed by a count of its awards or winners (``รางวัลB (…) 37 รางวัล``,
        ``รางวัลB จำนวน 36 ราย``)."""
        end = token.end
        for following in self.tokens[self.index + 1:]:
            if following.kind not in ("term", "level-name") or not _RUN_GAP.fullmatch(self.text, end, following.start):
                break
            end = following.end
        return bool(_KIND_COUNT_AFTER.match(self.text, end))

    def _items_carry_terms(self, frame: Frame) -> bool:
        """Whether the list this member belongs to writes terms after each item's work (``A เรื่อง “X”
        ประเภท B ระดับ C``): decided by the list's first member, whose terms cannot head anything."""
        head = frame.parent
        first = next((f for f in self.frames if f.parent is head and f.kind == "member"), None)
        if first is None or first is frame:
            return bool(head is None or not head.terms())
        return any(t.kind == "term" and t.start > first.works()[0].start for t in first.tokens) if first.works() else False

    def _work_of(self, frame: Frame | None, token: Token) -> Token | None:
        """The work a frame ends with when it is written before the units that did it (``ผลงาน “X” ของ
        <units> ได้รับ…``, ``<work> ของ<agency> ผ่านเกณฑ์…``)."""
        if frame is None or frame.recipients or not frame.works():
            return None
        work = frame.works()[-1]
        first = min([token.start] + [o.start for o in self.reading.orgs if o.key in token.partners and o.start > work.end])
        return work if _WORK_OF.fullmatch(self.text, work.end, first) else None

    def _has_members(self, frame: Frame) -> bool:
        return any(f.parent is frame and f.recipients for f in self.frames)

    def _inherits_terms(self, frame: Frame) -> bool:
        return any(ancestor.terms() for ancestor in frame.lineage())

    def _heads_list(self, token: Token) -> bool:
        """A run of terms followed by ได้แก่ / คือ or a count (``ประเภท A ระดับดี 6 ผลงาน ได้แก่``) heads
        a list of its winners; the run's first term opens the heading."""
        end = token.end
        for following in self.tokens[self.index + 1:]:
            if following.kind not in ("term", "level-name") or not _RUN_GAP.fullmatch(self.text, end, following.start):
                break
            end = following.end
        if _HEADS.match(self.text, end) or _HEADS_WINNERS.match(self.text, end) or _LIST_HEAD.match(self.text, end):
            return True
        # "… รองชนะเลิศอันดับ 1 <unit>": a placing its winner follows at once heads that winner
        following = next((t for t in self.tokens[self.index + 1:] if t.start >= end), None)
        return following is not None and following.kind == "recipient" and following.keep_terms \
            and all(getattr(c, "kind", None) == "level" for c in token.value) and not self.text[end:following.start].strip(" \t\u00a0:")

    def _close_after(self, end: int, term: Token) -> bool:
        """A term written right after a work, with nothing of another award between (``ผลงาน “X”
        ระดับดี``, ``… เรื่อง “X” ประเภท A ระดับ B``): the work's own."""
        gap = re.sub(r"(?:ได้รับ|ได้)(?:รางวัล)?", "", self.text[end:term.start])    # "… “X” ได้รับรางวัลประเภท A"
        return len(gap) <= 60 and "\n" not in gap and not _AWARD_WORD.search(gap)

    def _terms_lead(self, frame: Frame) -> bool:
        terms, works = frame.terms(), frame.works()
        return bool(terms and works and terms[0].start < works[0].start)

    def _repeats(self, frame: Frame, token: Token) -> bool:
        """A term of a kind the frame already holds, after its work: the next award of the list."""
        kinds = {self._kind(t) for t in frame.terms()}
        return self._kind(token) in kinds

    def _take_recipient(self, token: Token) -> None:
        text = self.text
        if token.value is None:
            # "หน่วยงานในสังกัด สธ. ได้รับ … รวม 52 รางวัล": a total for its units; the awards named later are theirs
            frame = self._open("receipt", token.start)
            self.context = None
            frame.end = token.end
            return
        current = self.current
        if current is not None and current.recipients and current.recipients[-1] \
                and _APPOSED_GAP.fullmatch(text, current.recipient_end, token.start) \
                and _apposed(self.reading, current.recipients[-1], token.value):
            # "กองยุทธศาสตร์และแผนงาน สำนักงานปลัดกระทรวงสาธารณสุข": the unit's parent names its place
            current.recipient_end = current.end = token.end
            return
        subject = bool(_RECIPIENT_AFTER.match(text, token.end)) and not token.keep_terms
        if token.more or token.listed:
            # a further member of "ได้แก่ A, B และ C": it shares the terms the list heads
            head = current.parent if current is not None and current.kind == "member" else (current or self.context)
            frame = self._open("member", token.start, head.depth + 1 if head else 0, head)
        elif token.keep_terms:
            if current is not None and current.kind == "member" and current.parent is not None \
                    and not (current.terms() and not current.works()):
                head = current.parent         # the next member of the same list
            else:
                head = current if current is not None and (current.terms() or current.kind == "heading") else self.context
            if current is not None and current.kind == "item" and not current.recipients and not current.works() \
                    and not any(t.divides for t in current.tokens):
                # "1) <unit> เรื่อง “…” ประเภท …": the unit opens the item its marker began
                frame = current
            else:
                frame = self._open("member", token.start, head.depth + 1 if head else 0, head)
        elif subject:
            if current is not None and current.kind == "item" and not current.recipients and not current.tokens:
                frame = current       # "1. กรมการจัดหางาน ได้รับรางวัล …": the subject of the item its marker began
            else:
                work = self._work_of(current, token)
                frame = self._open("receipt", token.start, 0, None)
                if work is not None:
                    # "ผลงาน “X” ของ A B และ C ได้รับรางวัล…": the work its units then receive the award for
                    current.tokens.remove(work)
                    frame.tokens.append(work)
                    frame.work_first = True
        else:
            if current is not None and current.kind == "item" and not current.recipients and not current.tokens:
                frame = current
            else:
                parent = self.context
                while parent is not None and parent.kind in ("item", "member") and parent.recipients:
                    parent = parent.parent            # a unit's item is no parent of the next unit's
                frame = self._open("item", token.start, current.depth if current else 0, parent)
        frame.recipients = [*token.partners, token.value]
        frame.end = frame.recipient_end = token.end

    def _programme_at(self, position: int) -> tuple[str, int | None]:
        before = [m for m in self.reading.programme_mentions if m.end <= position]
        bare = [m for m in self._bare_mentions() if m.end <= position and not any(m.end <= b.start for b in before)]
        if bare:
            before = [max(bare, key=lambda m: m.end)]
        if before:
            return before[-1].key, before[-1].year or self.main[1]
        return self.main

    def _bare_mentions(self) -> list:
        """A programme named ``รางวัล<name>`` and later written bare, as the heading of its results ("ผลการคัดเลือก
        จังหวัดที่มีการจัดการขยะมูลฝอยชุมชน “จังหวัดสะอาด” … ดังนี้"): the programme of the list below it, though
        another programme was named in between. Only a long name (a short one is a word of prose)."""
        if not hasattr(self, "_bare"):
            text, found, seen = self.text, [], set()
            mentions = self.reading.programme_mentions
            for mention in sorted(mentions, key=lambda m: m.start):
                name = text[mention.start:mention.end]
                bare = name[len("รางวัล"):].strip() if name.startswith("รางวัล") else ""
                if len(bare) < _BARE_NAME or (mention.key, bare) in seen:
                    continue
                seen.add((mention.key, bare))
                for match in re.compile(re.escape(bare) + _NAME_ENDS).finditer(text, mention.end):
                    if not any(m.start <= match.start() < m.end for m in mentions):
                        found.append(replace(mention, start=match.start(), end=match.end()))
            self._bare = found
        return self._bare

    # ---- filling ------------------------------------------------------------------------------

    def _fill(self, frame: Frame) -> None:
        recipients = self._recipients(frame)
        works = frame.works()
        if any(t.kind == "winner" for t in frame.tokens) and not self._leader_award(frame):
            return                                # a person won the placing: no organisation's award
        person = next((t.value for t in frame.tokens if t.kind == "person"), None)
        if works:
            for work, terms in self._terms_per_work(frame, works):
                # "ทั้งประเภท A และประเภท B เรื่อง “X”": one work, an award in each category
                groups = self._groups_of(terms) or [[]]
                for group in groups:
                    programme = self._programme_of(frame, group)
                    slots = self._slots(frame, group, programme[0])
                    if self._apart_from_work(group, groups, work):
                        if self._complete(slots, programme[0], frame):
                            self._give(frame, recipients, slots, None, group[-1], person, programme)
                        continue
                    if work.level:
                        slots["level"] = self._level_named(slots, work.level)
                    # a joint work written before its units is each unit's; else a work "โดย <unit>" is that unit's
                    targets = [work.by] if work.by and not frame.work_first else recipients
                    self._give(frame, targets, slots, work.value, work, person, programme)
            if not self._terms_lead(frame):
                return
            # terms written after the last work of a frame whose terms lead ("… จากผลงาน “X” โดย A และ
            # รางวัลบริการภาครัฐ อีก 10 รางวัล แบ่งเป็น ประเภท … ระดับ … 2 รางวัล …") are awards of their own
            rest = [t for t in frame.terms() if t.start > works[-1].end
                    and not (len(works) == 1 and self._close_after(works[-1].end, t))]
            for group in self._groups_of(rest):
                programme = self._programme_of(frame, group)
                slots = self._slots(frame, group, programme[0])
                if self._complete(slots, programme[0], frame):
                    self._give(frame, recipients, slots, None, group[-1], person, programme)
            return
        groups = self._groups(frame)
        if not groups:
            if frame.kind == "receipt" or not frame.recipients:
                return
            # "ได้แก่ A, B และ C": a member with no term of its own wins what its heading announced
            groups = [([], _Span(frame.start, frame.end))]
        for terms, span in groups:
            programme = self._programme_of(frame, terms)
            slots = self._slots(frame, terms, programme[0])
            if self._complete(slots, programme[0], frame):
                if any(id(t) in self.used for t in terms):
                    continue          # a heading whose items took these terms gives no award of its own
                # an agency whose listed units were not read is credited, less sure
                cap = 0.8 if frame.lists else 1.0
                self._give(frame, recipients, slots, None, span, person, programme, cap)

    def _apart_from_work(self, group: list[Token], groups: list[list[Token]], work: Token) -> bool:
        """One work is each category's only where the categories are written together (``ทั้งประเภท A
        และประเภท B เรื่อง “X”``); an award whose terms end in prose before the next award's terms
        (``รางวัล A (ประเภท B) โดยร่วมกับ … รางวัล C … จากโครงการ X``) is an award of its own, not X's."""
        before = [g for g in groups if g and g[-1].end <= work.start]
        if group not in before or group is before[-1]:
            return False
        following = before[before.index(group) + 1]
        return following[0].start - group[-1].end > _TERMS_TOGETHER

    def _leader_award(self, frame: Frame) -> bool:
        slots = self._slots(frame, frame.terms(), self._programme_of(frame, frame.terms())[0])
        category = slots.get("category")
        return category is not None and category.label.startswith("ผู้นำ")

    def _recipients(self, frame: Frame) -> list[str]:
        if frame.recipients:
            return [r for r in frame.recipients if r]
        if any(t.divides for t in frame.tokens):
            return []         # "2) รางวัลหน่วยงานระดับกรม จำนวน 16 หน่วยงาน": a kind of award whose winners go unnamed
        for ancestor in frame.lineage():
            if ancestor.recipients:
                return [r for r in ancestor.recipients if r]
        return []

    def _terms_per_work(self, frame: Frame, works: list[Token]) -> list[tuple[Token, list[Token]]]:
        """Each work with the terms of the frame that belong to it: all of them for a single work;
        for several, the terms before each work (terms lead) or after it (terms trail), whichever way
        the frame writes its first term."""
        terms = frame.terms()
        if len(works) == 1 and frame.work_first:
            return [(works[0], terms)]
        if len(works) == 1:
            work = works[0]
            return [(work, [t for t in terms if t.start < work.start or self._close_after(work.end, t)])]
        trail = bool(terms) and terms[0].start > works[0].start
        result = []
        for index, work in enumerate(works):
            if trail:
                until = works[index + 1].start if index + 1 < len(works) else frame.end + 1
                own = [t for t in terms if work.end <= t.start < until]
                result.append((work, own))
            else:
                own = [t for t in terms if t.start < work.start]
                result.append((work, own))
        return result

    def _groups(self, frame: Frame) -> list[tuple[list[Token], Token]]:
        """The terms of a frame without works as the awards they make."""
        return [(group, group[-1]) for group in self._groups_of(frame.terms())]

    def _groups_of(self, terms: list[Token]) -> list[list[Token]]:
        """Terms as the awards they make. A new award begins at a branch after a category or a level
        (``… ระดับก้าวหน้า และสาขา B …``), at a term of a kind the award already has, and after a level
        followed by its count (``ระดับดีเด่น 2 ผลงาน ระดับดี 4 ผลงาน``). What the new award keeps: the
        branch, and whatever was written before the terms it replaces (a level announced before the
        categories holds for each of them; a category holds for each level written after it)."""
        groups: list[list[Token]] = []
        current: list[Token] = []
        for token in terms:
            kind = self._kind(token)
            kinds = [self._kind(t) for t in current]
            if current and kind == "level" and self._kind(current[-1]) == "level" and self._tier_of_placing(current[-1], token):
                current[-1] = token       # "รางวัลชนะเลิศระดับ Gold": the placing's tier is the award's one level
                continue
            if current and kind == "branch" and ("category" in kinds or "level" in kinds) \
                    and not self._same_term(token, current) and not self._tier_of_branch(current, token):
                groups.append(current)
                current = []
            elif current and kind in kinds and not self._same_term(token, current):
                groups.append(current)
                first = kinds.index(kind)
                current = [t for i, t in enumerate(current) if self._kind(t) == "branch" or i < first]
            current.append(token)
            if kind == "level" and _COUNT_AFTER.match(self.text, token.end) and "category" in kinds:
                groups.append(current)
                current = [t for t in current if self._kind(t) != "level"]
        if current:
            groups.append(current)
        return [group for group in groups if group]

    def _tier_of_branch(self, current: list[Token], branch: Token) -> bool:
        """A tier written right before the branch (``รางวัลดีเด่น ด้านอนุรักษ์พลังงาน ประเภท…``): one award."""
        return all(self._kind(t) == "level" for t in current) and not self.text[current[-1].end:branch.start].strip()

    def _tier_of_placing(self, placing: Token, tier: Token) -> bool:
        """A tier written right after a placing (``รางวัลชนะเลิศระดับ Gold``, ``ชนะเลิศ ระดับ Diamond``): one award."""
        return bool(_TIER_AFTER.fullmatch(self.text, placing.end, tier.start)) and self.text.startswith("ระดับ", tier.start)

    def _same_term(self, token: Token, group: list[Token]) -> bool:
        """The term already in the group, written again (``รางวัลบริการภาครัฐ สาขาบริการภาครัฐ``)."""
        if token.kind != "term":
            return False
        iris = {c.iri for c in token.value}
        return any(t.kind == "term" and iris & {c.iri for c in t.value} for t in group)

    def _kind(self, token: Token) -> str:
        if token.kind == "level-name":
            return "level"
        return token.value[0].kind

    def _programme_of(self, frame: Frame, terms: list[Token]) -> tuple[str | None, int | None]:
        """The frame's programme, unless its terms belong to another programme the article names (a
        back-reference: ได้รับรางวัล “เลิศรัฐยอดเยี่ยม” ในปี 2564 in a DG-award article); then that one,
        with the year of its nearest dated mention."""
        programme, year = frame.programme or self.main[0], frame.year or self.main[1]
        if any(f.named and f.programme == programme for f in (frame, *frame.lineage())):
            return programme, year          # a level the named programme's scheme lacks is still its own
        for token in terms:
            if token.kind != "term":
                continue
            schemes = {c.scheme for c in token.value} - {"generic-contest", ""}
            if schemes and programme not in schemes:
                other = sorted(schemes)[0]
                mentions = [m for m in self.reading.programme_mentions if m.key == other]
                dated = sorted((abs(m.start - token.start), m.year) for m in mentions if m.year)
                return other, dated[0][1] if dated else self.main[1]
        named = self._named_by_its_kinds(terms + [t for a in frame.lineage() for t in a.terms()], programme)
        if named is not None:
            mentions = [m for m in self.reading.programme_mentions if m.key == named]
            dated = sorted((abs(m.start - frame.start), m.year) for m in mentions if m.year)
            return named, dated[0][1] if dated else self.main[1]
        return programme, year

    def _named_by_its_kinds(self, terms: list[Token], programme: str | None) -> str | None:
        """The learned programme whose subject a kind of award read by its words begins with: under
        ``รางวัลกองร้อยอาสารักษาดินแดนดีเด่น และรางวัลสมาชิก…ผู้ปฏิบัติงานดีเด่น``, ``ประเภทรางวัลกองร้อย
        อาสารักษาดินแดนอำเภอ`` is a kind of the companies' award, whichever was named last; None where the
        frame's own programme fits or no other does."""
        labels = [re.sub(r"^รางวัล[ \t]?", "", c.label) for t in terms if t.kind == "term"
                  for c in t.value if c.iri.startswith(GENERIC) and c.kind == "category"]
        if not labels:
            return None
        fits = [key for key in dict.fromkeys(m.key for m in self.reading.programme_mentions)
                if any(label.startswith(subject) for label in labels for subject in [self._subject(key)] if subject)]
        return fits[0] if fits and programme not in fits else None

    def _subject(self, key: str) -> str | None:
        """Whom a learned programme honours: its bare name without the praise (ดีเด่น, ยอดเยี่ยม …)."""
        programme = self.reading.extraction.programmes.get(key)
        if programme is None or not key.startswith("x-"):
            return None
        subject = _PRAISE.sub("", re.sub(r"^รางวัล[ \t]?", "", programme.name)).strip()
        return subject if len(subject) >= 6 else None

    def _slots(self, frame: Frame, terms: list[Token], programme: str | None = None) -> dict[str, Term | None]:
        """Branch, category and level: inherited from the frame's ancestors, then the frame's own."""
        slots: dict[str, Term | None] = {"branch": None, "category": None, "level": None}
        chain = []
        if not frame.fresh:
            for ancestor in frame.lineage():
                chain.append(ancestor)
                if ancestor.fresh:
                    break
        chain.reverse()
        programme = programme or frame.programme or self.main[0]
        source: dict[str, Token] = {}
        for ancestor in chain:
            if ancestor.programme != programme:
                continue
            for token in ancestor.terms():
                for kind in self._set(slots, token, programme):
                    source[kind] = token
        for token in terms:
            for kind in self._set(slots, token, programme):
                source.pop(kind, None)
        self.sources = {id(source[kind]) for kind, term in slots.items() if term is not None and kind in source}
        return slots

    def _set(self, slots: dict, token: Token, programme: str) -> tuple[str, ...]:
        """Put a term in its slot; the slots it changed."""
        if token.kind == "level-name":
            known, name = token.value
            slots["level"] = known or self._minted(programme, "level", name)
            return ("level",)
        term = _as_written(self._choose(token.value, programme), token.written)
        if term.iri.startswith(GENERIC):
            term = self._minted(programme, term.kind, term.label)     # read by its words: the programme's own
        elif term.scheme == "generic-contest" and token.written and programme not in ("generic-contest", None):
            # a placing, in the words the article uses
            term = self._minted(programme, term.kind, _placing_label(token))
        if term.kind == "branch":
            if slots["branch"] is None or slots["branch"].iri != term.iri:
                slots["branch"], slots["category"] = term, None
                return ("branch", "category")
            return ("branch",)
        if term.kind == "category":
            slots["category"] = term
            if term.broader:
                broader = self._concept(term.broader)
                if broader is not None and broader.kind == "level":
                    slots["branch"], slots["level"] = None, broader     # a facet of a tier: ด้านลูกค้า of TQC Plus
                    return ("category", "branch", "level")
                if broader is not None:
                    slots["branch"] = broader
                    return ("category", "branch")
            elif self._scheme_has(term.scheme, "branch"):
                slots["branch"] = None          # a top tier (เลิศรัฐยอดเยี่ยม) stands above the branches
                return ("category", "branch")
            return ("category",)
        slots["level"] = term
        category = slots["category"]
        if category is not None and self._is_facet(category) and category.broader != term.iri:
            slots["category"] = None            # a tier (TQC) is an award of its own, without another tier's facet
            return ("level", "category")
        return ("level",)

    def _is_facet(self, term: Term) -> bool:
        tier = self._concept(term.broader) if term.broader else None
        return tier is not None and tier.kind == "level"

    def _complete(self, slots: dict, programme: str | None, frame: Frame) -> bool:
        """Terms that make an award with no work: a category, or a level where the programme has no
        categories (ศูนย์ราชการสะดวก, contests) or where a unit receives it in its own sentence
        (``ธพว. เข้ารับรางวัล… ประเภทดีเด่น``), or a branch that has none; for a programme learned from
        the text, whose scheme is not known, any term it was read with."""
        if programme and programme.startswith("x-") and any(slots.values()):
            return True
        if slots["category"] is not None:
            return True
        if slots["level"] is not None and (frame.kind == "receipt" and frame.recipients
                                           or not _has_plain_categories(self.reading.gazetteer, programme)
                                           or self._placing_heads(frame, slots["level"])):
            return True
        branch = slots["branch"]
        return branch is not None and not ("/x-" in branch.iri or branch.iri in _broader_terms(self.reading.gazetteer))

    def _placing_heads(self, frame: Frame, level: Term) -> bool:
        """``รางวัลชนะเลิศ ได้แก่ จังหวัดA รองชนะเลิศอันดับ 1 ได้แก่ จังหวัดB``: a contest's placing that names its winner
        ranks the winners of whatever programme is in force, one with categories too; each listed unit won it."""
        if frame.kind != "member" or not frame.recipients:
            return False
        placings = [t for f in (frame, *frame.lineage()) for t in f.terms()
                    if t.kind == "term" and all(c.kind == "level" and c.scheme == "generic-contest" for c in t.value)
                    and self._heads_its_winner(t, frame.start)]
        return level.label in {_placing_label(t) for t in placings}

    def _heads_its_winner(self, placing: Token, winner: int) -> bool:
        """A placing heads the winner written right after it; one received (``ได้รับรางวัลชนะเลิศ <name>``) only
        through ได้แก่ / คือ."""
        between = _HEADS_ITS_WINNER.fullmatch(self.text, placing.end, winner)
        return bool(between) and ("ได้แก่" in between.group() or "คือ" in between.group()
                                  or not _RECEIVED_RIGHT_BEFORE.search(self.text, max(0, placing.start - 10), placing.start))

    def _give(self, frame: Frame, recipients: list[str], slots: dict, work: str | None, span,
              person: str | None, programme_year: tuple[str | None, int | None], cap: float = 1.0) -> None:
        programme, year = programme_year
        if programme is None or _for_people(self.reading, programme) and not _for_organisations(slots):
            return
        stated = _stated_year(self.text, span.start, span.end)
        given = False
        targets = recipients or ([frame.fallback] if frame.fallback else [])
        for recipient in targets:
            if not recipient:
                continue
            if not (work or slots["branch"] or slots["category"] or slots["level"]):
                continue
            confidence = cap
            for term in slots.values():
                if term is not None and "/x-" in term.iri:
                    confidence = min(confidence, 0.7)
            if year is None:
                confidence = min(confidence, 0.6)
            award = Award(programme=programme, year=stated or year, recipient=recipient, branch=slots["branch"],
                          category=slots["category"], level=slots["level"], project=work or None, person=person,
                          confidence=confidence)
            extraction = self.reading.extraction
            if award not in extraction.awards:
                extraction.awards.append(award)
                if stated and stated != year:
                    self.recalled.append(award)
                self.reading.evidence(award, span.start, span.end)
                label = work or (slots["category"] or slots["level"] or slots["branch"]).label
                self.reading.mention("award", span.start, span.end, label, self.reading.organization(recipient).name)
            given = True
        if given:
            frame.gave = True
            for ancestor in frame.lineage():
                ancestor.gave = True
            self.used |= self.sources

    # ---- concepts -----------------------------------------------------------------------------

    def _choose(self, concepts: tuple[Term, ...], programme: str) -> Term:
        """Of the concepts a label names, the one of this programme's scheme, else the generic one."""
        for scheme in (programme, "generic-contest"):
            for term in concepts:
                if term.scheme == scheme:
                    return term
        return concepts[0]

    def _concept(self, iri: str) -> Term | None:
        return _concepts(self.reading.gazetteer).get(iri)

    def _scheme_has(self, scheme: str, kind: str) -> bool:
        return _scheme_kinds(self.reading.gazetteer, scheme, kind)

    def _level_named(self, slots: dict, name: str) -> Term:
        programme = (slots["level"] or slots["category"] or slots["branch"])
        scheme = programme.scheme if programme else self.main[0]
        known = [t for t in self.reading.gazetteer.terms.get(match_key(name), []) if t.kind == "level"]
        return self._choose(tuple(known), scheme) if known else self._minted(scheme, "level", name)

    def _minted(self, programme: str, kind: str, label: str) -> Term:
        return minted(programme, kind, label)


# a kind of award for organisations (ประเภทองค์กรนอกภาครัฐ, ประเภทหน่วยงาน…): a programme named for
# leaders or people also honours bodies in it
_ORGANISATIONS_KIND = re.compile(r"(?:ประเภท)?[ \t]?(?:องค์กร|องค์การ|หน่วยงาน|สถานประกอบ|ส่วนราชการ)")


def _for_organisations(slots: dict) -> bool:
    return any(term is not None and _ORGANISATIONS_KIND.match(term.label) for term in slots.values())


def _without_repeats(tokens: list[Token]) -> list[Token]:
    """One work where the finders read the same title twice (a closed and an unclosed quote)."""
    kept: list[Token] = []
    for token in tokens:
        if token.kind == "work" and kept and kept[-1].kind == "work" and kept[-1].start == token.start:
            if len(token.value) < len(kept[-1].value):
                kept[-1] = token
            continue
        kept.append(token)
    return kept


def _style(marker: str) -> str:
    """The style of a list marker: 1) and 2) are one style, 1.1) another, - a third."""
    return re.sub(r"[\d๐-๙]+", "N", marker)


def _stated_year(text: str, start: int, end: int) -> int | None:
    """The year written with one award term (a past award in an article about this year's):
    ``รางวัลพัฒนาการดีเด่น… (ประกาศนียบัตร) ในปี 2566`` or ``จากปี 2566 ที่ได้รางวัล…``."""
    after = _YEAR_AFTER_TERM.match(text, end)
    before = _YEAR_BEFORE_TERM.search(text, max(0, start - 40), start)
    found = after or before
    return int(found.group(1)) if found else None


@lru_cache(maxsize=4)
def _concepts(gazetteer: Gazetteer) -> dict[str, Term]:
    return {t.iri: t for ts in gazetteer.terms.values() for t in ts}


@lru_cache(maxsize=4)
def _broader_terms(gazetteer: Gazetteer) -> frozenset[str]:
    """The branches that have categories under them."""
    return frozenset(t.broader for ts in gazetteer.terms.values() for t in ts if t.broader)


# what stands between a placing and the winner it heads: ได้แก่ / คือ, a colon, nothing ("จนได้รับรางวัลชนะเลิศ United
# Nations Public Service Awards ขององค์การสหประชาชาติ" names the conferrer far after the placing it received)
_HEADS_ITS_WINNER = re.compile(r"[ \t]*(?:ได้แก่|คือ)?[ \t]*:?[ \t]*")


def _placing_label(token: Token) -> str:
    """A contest's placing as the article words it, under a programme of its own: รางวัล / ระดับ dropped."""
    return re.sub(r"^(?:รางวัล|ระดับ)[ \t]?", "", token.written.strip("() "))


@lru_cache(maxsize=64)
def _has_plain_categories(gazetteer: Gazetteer, scheme: str) -> bool:
    """Whether a scheme has categories that are not facets of a level (TQA's are all facets)."""
    levels = {t.iri for ts in gazetteer.terms.values() for t in ts if t.kind == "level"}
    return any(t.kind == "category" and t.scheme == scheme and t.broader not in levels
               for ts in gazetteer.terms.values() for t in ts)


@lru_cache(maxsize=64)
def _scheme_kinds(gazetteer: Gazetteer, scheme: str, kind: str) -> bool:
    return any(t.kind == kind and t.scheme == scheme for ts in gazetteer.terms.values() for t in ts)
