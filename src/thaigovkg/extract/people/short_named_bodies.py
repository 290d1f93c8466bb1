"""Posts whose body the title names short of its table name: a board member of a state enterprise or a fund whose
office the tables hold ("ประธานกรรมการสลากกินแบ่งรัฐบาล", "โฆษกคณะกรรมการสลากกินแบ่งรัฐบาล": the board of
สำนักงานสลากกินแบ่งรัฐบาล), a fund's manager ("ผู้จัดการกองทุนสนับสนุนการสร้างเสริมสุขภาพ": the
head of สำนักงานกองทุนสนับสนุนการสร้างเสริมสุขภาพ) and a police bureau's commander ("รองผู้บัญชาการตำรวจปราบปราม
ยาเสพติด": กองบัญชาการตำรวจปราบปรามยาเสพติด). The title stays as written; the body is the one the title names."""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import ACTING_PREFIXES, Gazetteer, opening
from ..reading import PositionMention, Reading
from .titles import _position

_OFFICE, _BOARD, _BUREAU = "สำนักงาน", "คณะกรรมการ", "กองบัญชาการ"
# The offices named after the post holder they serve are no board's ("สำนักงานปลัดกระทรวง…", "สำนักงานเลขาธิการ…")
_NOT_A_BOARD = ("ปลัด", "เลขาธิการ", "รัฐมนตรี", "นายกรัฐมนตรี", "ราชเลขาธิการ", "ผู้ตรวจ", "อัยการ", "ศาล", "ตำรวจ")
# A state enterprise's or a fund's office is run by its board; a government office serves a statutory committee that
# is a body of its own ("คณะกรรมการป้องกันและปราบปรามการฟอกเงิน", "คณะกรรมการประกันสังคม"), its members' posts not the office's
_RUN_BY_A_BOARD = frozenset({"state_enterprise", "other"})
_ACTING = "|".join(ACTING_PREFIXES)
# a board's officers: with the word คณะกรรมการ any of them, without it only the chair's and the member's words
_BOARD_HEADS = r"(?:(?:รอง)?ประธาน|กรรมการและ(?:โฆษก|เลขานุการ)|กรรมการ|โฆษก|เลขานุการ|ที่ปรึกษา)คณะกรรมการ" \
               r"|(?:รอง)?ประธานกรรมการ|กรรมการ"
_POLICE_HEADS = r"(?:รอง|ผู้ช่วย)?ผู้บัญชาการ"
_FUND_HEADS = r"(?:รอง|ผู้ช่วย)?ผู้จัดการ"


@lru_cache(maxsize=4)
def _regex(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pattern of the titles, and the body's key by the name the title writes."""
    boards: dict[str, str] = {}
    funds: dict[str, str] = {}
    bureaus: dict[str, str] = {}
    for key, org in gazetteer.agencies.items():
        name = org.name.replace(" ", "")
        if name.startswith(_OFFICE + _BOARD):
            continue        # "สำนักงานคณะกรรมการ…": its board's titles are read with the committee's name
        if name.startswith(_OFFICE) and org.kind in _RUN_BY_A_BOARD and len(name) - len(_OFFICE) >= 6 \
                and not name[len(_OFFICE):].startswith(_NOT_A_BOARD):
            boards[name[len(_OFFICE):]] = key
            if name.startswith(_OFFICE + "กองทุน"):
                funds[name[len(_OFFICE):]] = key
        elif name.startswith(_BUREAU + "ตำรวจ"):
            bureaus[name[len(_BUREAU):]] = key
    if not boards and not bureaus:
        return None
    alternation = lambda names: "|".join(map(re.escape, sorted(names, key=len, reverse=True)))  # noqa: E731
    first = opening([*ACTING_PREFIXES, "รอง", "ผู้", "ประธาน", "กรรมการ", "โฆษก", "เลขานุการ", "ที่ปรึกษา"])   # (of the heads)
    return re.compile(rf"{first}(?:(?<![\u0e01-\u0e4e])|(?<=และ))(?P<acting>(?:{_ACTING})[ \t]?)?"
                      rf"(?:(?P<board>{_BOARD_HEADS})(?P<office>{alternation(boards) or '(?!)'})"
                      rf"|(?P<manager>{_FUND_HEADS})(?P<fund>{alternation(funds) or '(?!)'})"
                      rf"|(?P<police>{_POLICE_HEADS})(?P<bureau>{alternation(bureaus) or '(?!)'}))(?![\u0e01-\u0e4e])"), {**boards, **bureaus}


def posts_of_short_named_bodies(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    """The posts above, where no other finder has read a title over them."""
    compiled = _regex(reading.gazetteer)
    if compiled is None:
        return []
    regex, keys = compiled
    found = []
    for match in regex.finditer(reading.text):
        start, end = match.start(), match.end()
        if any(s < end and start < e for s, e in taken):
            continue
        name = match.group("office") or match.group("fund") or match.group("bureau")
        head = match.group("board") or match.group("manager") or match.group("police")
        found.append(_position(start, end, head + name, keys[name], match.group("acting")))
    return found
