"""An article as a sorted stream of award tokens: the terms, recipients and works the other
finders read, the headings of a list of awards, and the persons who win or are honoured."""
from __future__ import annotations

import re

from .. import programmes
from ..reading import Reading
from .common import Token
from .recipients import _add_companies, _add_districts, _add_listed_bodies, _add_listed_provinces, _list_members, _recipient_tokens
from .terms import _LEVEL_WORD, _generic_terms, _near_own_programme, _term_tokens, _with_tiers, generic_term
from .works import _work_tokens


def _tokens(reading: Reading) -> list[Token]:
    text = reading.text
    terms = _near_own_programme(reading, _with_tiers(reading, _term_tokens(reading)))
    terms = sorted(terms + _generic_terms(reading, [(t.start, t.end) for t in terms]), key=lambda t: t.start)
    terms = sorted(terms + _heading_terms(reading, terms), key=lambda t: t.start)
    terms = sorted(terms + _tallied_terms(reading, terms), key=lambda t: t.start)
    for term in terms:
        # the kind of award an item of a list that divides the programme names, known or read by its words
        term.divides = term.divides or any(d.start <= term.start < d.end and d.counted for d in reading.divisions) \
            or bool(_TALLY.match(text, term.end))
    _add_companies(reading, terms)
    _add_listed_bodies(reading, terms)
    _add_listed_provinces(reading, terms)
    _add_districts(reading, terms)
    recipients = _list_members(reading, _recipient_tokens(reading, terms), terms)
    people = _honoree_tokens(reading) + _winner_tokens(reading, terms)
    anchors = sorted(terms + recipients, key=lambda t: t.start)
    works = _work_tokens(reading, anchors)
    inside = [(w.start, w.end) for w in works if w.kind == "work"]
    kept = [t for t in terms + recipients + people if not any(s <= t.start < e for s, e in inside)]
    return sorted(kept + works + _heading_tokens(reading, terms), key=lambda t: (t.start, t.end))


# "1) ประเภทการเพิ่มผลผลิต จำนวน 7 รางวัล 2) …": a tally of the awards of a kind, the next item, the next award
# or the line end right after it: no winner named with it
_TALLY = re.compile(r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?(?:(?:จำนวน|รวม)[ \t]*[\d๐-๙]{1,3}[ \t]*รางวัล[ \t]*"
                    r"(?=\n|$|(?:และ)?[ \t]*(?:\(?[\d๐-๙]{1,2}[.)]|รางวัล))"
                    # "รางวัลรองชนะเลิศ 3 รางวัล รางวัลละ 30,000 บาท": a count and each award's purse
                    r"|[\d๐-๙]{1,3}[ \t]*รางวัล[ \t]*,?[ \t]*(?=รางวัลละ))")

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


def _heading_terms(reading: Reading, terms: list[Token]) -> list[Token]:
    """``1. รางวัลเกียรติยศ จำนวน 9 รางวัล`` heading a list of winners, under a programme learned from the
    text: the kind of award the heading names is a category of that programme (the scheme is not known,
    so its words are the term). A heading with a year or an edition of its own, or that names another
    programme, is no category; nor is one under a programme whose scheme is known."""
    text, tokens = reading.text, []
    for match in _AWARD_HEADING.finditer(text):
        at = match.end() + len("รางวัล")
        if any(t.start <= at and match.end() <= t.end for t in terms):
            continue
        before = [m for m in reading.programme_mentions if m.end <= match.start()]
        if not before or not before[-1].key.startswith("x-"):
            continue
        own = next((m for m in reading.programme_mentions if m.start <= match.end() < m.end + 1), None)
        if own is not None and own.key not in {m.key for m in before}:
            continue
        end = programmes._thai_name_end(text, at)
        if end is None or programmes._EDITION_OR_YEAR.match(text, end) or not _heads_winners(text, match, end):
            continue
        label = programmes._clean(text[at:end])
        kind = "level" if _LEVEL_WORD.fullmatch(label) else "category"
        if len(label) < 4 or kind == "category" and (programmes._NOT_A_NAME.match(label)
                                                     or programmes._GENERIC.fullmatch(label)):
            continue
        tokens.append(Token(match.end(), end, "term", (generic_term(kind, label),), written=label))
    return tokens


# "<unit> ได้รับรางวัล<programme> … จำนวน 2 รางวัล ได้แก่ ": a count of the awards the unit received, then their names
_TALLIED_LIST = re.compile(r"[\d๐-๙]{1,3}[ \t]*รางวัล[ \t]*(?:ได้แก่|ประกอบด้วย|คือ)[ \t]*:?[ \t]*")
# what opens the next award of that list: และ, a comma, an item number; then รางวัล
_TALLIED_NEXT = re.compile(r"[ \t]*(?:,|และ)?[ \t]*(?:\(?[\d๐-๙]{1,2}[.)])?[ \t]*(?=รางวัล)")
_TALLIED_FIRST = re.compile(r"(?:\(?[1๑][.)])?[ \t]*(?=รางวัล)")
# the receiving verb of the sentence that counts them (on its line, or on the line above when the count opens its line)
_RECEIVED_BEFORE = re.compile(r"ได้รับ|คว้า|รับรางวัล|รับมอบ|เข้ารับ|(?<=[ \t])รับ[ \t]?[\d๐-๙]")
_ITEM_OF_A_LIST = re.compile(r"(?:^|[ \t])\(?[\d๐-๙]{1,2}[.)][ \t]*รางวัล")
_GAP_OF_TERMS = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*")


def _tallied_terms(reading: Reading, terms: list[Token]) -> list[Token]:
    """``<unit> ได้รับรางวัล<programme> จำนวน 2 รางวัล ได้แก่ รางวัลA ระดับดี และรางวัลB ระดับดีเด่น``: the awards a
    receiving sentence counts and then names, under a programme learned from the text (its scheme is not
    known), are kinds of that programme, each its own award (the scheme is not known, so the words are the
    term). Only the run of names right after the count, each written as รางวัล<name> with nothing but
    known terms, และ, a comma or an item number between; a name that is another programme ends the run."""
    text, tokens = reading.text, []
    for match in _TALLIED_LIST.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        opener = text[line_start:match.start()]
        if re.fullmatch(r"[ \t]*(?:จำนวน|รวม(?:ทั้งสิ้น)?)?[ \t]*", opener):
            line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1    # the count opens a line the sentence broke
        received = list(_RECEIVED_BEFORE.finditer(text, max(line_start, match.start() - 300), match.start()))
        if not received or _ITEM_OF_A_LIST.search(text, received[-1].end(), match.start()):
            continue      # "ได้รับรางวัลมากมาย ได้แก่ 1) … 2) รางวัลX จำนวน 2 รางวัล ได้แก่ …": an item of a longer list
        before = [m for m in reading.programme_mentions if m.end <= match.start()]
        if not before or not before[-1].key.startswith("x-") or match.start() - before[-1].end > 200:
            continue
        first = _TALLIED_FIRST.match(text, match.end())
        position = first.end() if first else None
        while position is not None:
            at = position + len("รางวัล")
            own = next((m for m in reading.programme_mentions if m.start <= at < m.end), None)
            if own is not None and own.key != before[-1].key:
                break     # "… ได้แก่ รางวัลเลิศรัฐ …": another programme, read as such
            end = programmes._thai_name_end(text, at)
            if end is None:
                break
            while end > at and text[end - 1] in ", \t":
                end -= 1      # "รางวัลA, รางวัลB": the comma joins the next name
            known = any(t.start <= at < t.end for t in terms if t.kind == "term")
            label = programmes._clean(text[at:end])
            kind = "level" if _LEVEL_WORD.fullmatch(label) else "category"
            # "รางวัลประกาศเกียรติคุณด้าน…": a certificate of honour in a field names a kind of award (ประกาศ is no verb here)
            bare = label[len("ประกาศเกียรติคุณ"):] if label.startswith("ประกาศเกียรติคุณด้าน") else label
            if not known and len(label) >= 4 and not (kind == "category" and (programmes._NOT_A_NAME.match(bare)
                                                                              or programmes._GENERIC.fullmatch(label))):
                tokens.append(Token(at, end, "term", (generic_term(kind, label),), written=label))
            # skip the known terms written after the name (ระดับดี, ประเภทชมเชย), then the next award
            end = max([end] + [t.end for t in terms if end <= t.start <= end + 40 and _GAP_OF_TERMS.fullmatch(text, end, t.start)])
            following = _TALLIED_NEXT.match(text, end)
            position = following.end() if following and following.end() > end else None
    return tokens


# the winners a heading names on its own line (ได้แก่ / คือ / a dash), unless it says nobody won
_WINNERS_ON_LINE = re.compile(r"[^\n]*?(?:(?:ได้แก่|คือ)\s*|[ \t][-–:][ \t]*)[^\s]")
_NOBODY_WON = re.compile(r"[^\n]*?ไม่มี(?:หน่วยงาน|ผู้|องค์กร|จังหวัด)")
_PERSON_TITLE = re.compile(r"(?:\(?[\d๐-๙]{1,2}[.)][ \t]*)?(?:นาย|นาง|น\.ส\.|ด\.ช\.|ด\.ญ\.|ดร\.|ศ\.|รศ\.|ผศ\.|พล|พ\.|คุณ)")
_SUB_ITEM = re.compile(r"\n[ \t\u200b\xa0]*(?P<marker>[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})+\.?|\(?[\d๐-๙]{1,2}\)|[–\-•▪●✓])")


def _heads_winners(text: str, heading: re.Match, end: int) -> bool:
    """A heading that names its winners: on its own line, or in the items of the lines below it
    (``1. รางวัลX`` then ``1.1 <unit>``, or a dash or a bracketed number), not a line of a table of
    counts (``1. รางวัลX จำนวน 8 รางวัล`` followed by ``2. รางวัลY``)."""
    if _NOBODY_WON.match(text, end):
        return False
    on_line = _WINNERS_ON_LINE.match(text, end)
    if on_line:
        return not _PERSON_TITLE.match(text, on_line.end() - 1)     # "จำนวน 6 ราย ได้แก่ 1) นาย…": people won
    line_end = text.find("\n", end)
    below = _SUB_ITEM.match(text, line_end) if line_end >= 0 else None
    if below is None:
        return False
    own = re.sub(r"[^\d๐-๙.]", "", heading.group()).rstrip(".")
    marker = below.group("marker")
    return not marker[0].isdigit() or bool(own) and marker.startswith(own + ".")


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


# "… ระดับดีเด่น โดย พลเอก… ปลัดกระทรวง… (พร้อมด้วย …) ขึ้นรับรางวัล", "ชนะเลิศ ได้แก่ จังหวัดขอนแก่น โดยนาย…
# ผู้ว่าราชการจังหวัดขอนแก่น รับมอบ", "… เป็นผู้รับมอบ": the head who took the award for the unit, or "โดยนาย… ประธานในพิธี
# มอบรางวัล…" the one who handed it out, is not its honoree (not "ได้รับ", "สำหรับ": the person named may have won it)
_TAKES_IT_UP = re.compile(r"(?:(?!รางวัล|ผลงาน|[“\"\n]).){0,150}?(?:(?<!ได้)(?<!สำห)รับ(?:มอบ|รางวัล|โล่)"
                          r"|ประธาน(?:ใน|มอบ)|เป็นประธาน|(?<!รับ)มอบ(?:รางวัล|โล่))")


def _honoree_tokens(reading: Reading) -> list[Token]:
    """A person the award honours: ``โดย <ชื่อเล่น> <บุคคล>`` inside an award list."""
    text = reading.text
    tokens = []
    for person in reading.persons:
        before = text[max(0, person.start - 24):person.start]
        # (not "นำโดย": the one who leads a visiting group is nobody's honoree)
        if re.search(r"(?<!นำ)โดย(?!มี)[ \t]*(?:[“\"][^”\"]{1,20}[”\"][ \t]*)?$", before) \
                and not _TAKES_IT_UP.match(text, person.end):
            tokens.append(Token(person.start, person.end, "person", person.name))
    return tokens
