"""An article as a sorted stream of award tokens: the terms, recipients and works the other
finders read, the headings of a list of awards, and the persons who win or are honoured."""
from __future__ import annotations

import re

from ..reading import Reading
from .common import Token
from .recipients import _add_companies, _list_members, _recipient_tokens
from .terms import _generic_terms, _near_own_programme, _term_tokens, _with_tiers
from .works import _work_tokens


def _tokens(reading: Reading) -> list[Token]:
    text = reading.text
    terms = _near_own_programme(reading, _with_tiers(reading, _term_tokens(reading)))
    terms = sorted(terms + _generic_terms(reading, [(t.start, t.end) for t in terms]), key=lambda t: t.start)
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


def _honoree_tokens(reading: Reading) -> list[Token]:
    """A person the award honours: ``โดย <ชื่อเล่น> <บุคคล>`` inside an award list."""
    text = reading.text
    tokens = []
    for person in reading.persons:
        before = text[max(0, person.start - 24):person.start]
        if re.search(r"โดย(?!มี)[ \t]*(?:[“\"][^”\"]{1,20}[”\"][ \t]*)?$", before):
            tokens.append(Token(person.start, person.end, "person", person.name))
    return tokens
