"""Funds of the state the tables lack, named with the body that runs them.

The state's funds the news names often are reference data (``ontology/funds.csv``, under the body their act or the
news gives). Any other fund (``กองทุน…``, ``เงินทุนหมุนเวียน…``) is read only where the text writes its owner right
after it: apposed (``กองทุนหมุนเวียนเพื่อการกู้ยืมแก่ผู้ประกอบอาชีพการเพาะเลี้ยงสัตว์น้ำ กรมประมง``, the layout of the
Comptroller General's ทุนหมุนเวียนดีเด่น lists) or after สังกัด / ของ. The name is the run of letters from the head
to the space before the owner (a fund's name runs on with เพื่อ…, แก่…, glued); a run a clause word cuts is prose,
not a name whose end the text shows. A fund whose owner the text does not write is not learned: its owner is never
guessed from a neighbour, and a state body placed nowhere is a defect (issue 15). Kinds of fund every village,
company or scheme has (กองทุนหมู่บ้าน, กองทุนสำรองเลี้ยงชีพ, กองทุนรวม …) are no body of the state.
"""
from __future__ import annotations

import re

from ...gazetteer import OUTSIDE_KINDS
from ..reading import OrgMention, Reading
from .parents import FUND_HEADS, _apposed_parent, _parent_after
from .unit_names import _cut_name

# The head, and what makes it no fund's name: an office or committee of the fund (read by their finders), the
# fund's money (เงินกองทุน is still the fund), a back reference or a kind (กองทุนฯ, กองทุนต่าง ๆ, กองทุนนี้), a kind
# of fund found in every village, community, company or scheme.
_FUND = re.compile(r"(?<!สำนักงาน)(?:กองทุน|เงินทุนหมุนเวียน)"
                   r"(?!ฯ|ต่าง|ละ|นี้|นั้น|ดังกล่าว|ของ|ที่|ใน|และ|หรือ|จะ|ได้|ก็|มี|เป็น|ให้กับ|ขอ|ยัง|จึง|ต้อง|สามารถ|กำหนด|รวม|ย่อย|หมู่บ้าน|ชุมชน"
                   r"|สำรองเลี้ยงชีพ|แม่ของแผ่นดิน|สวัสดิการ|บำเหน็จบำนาญ(?!ข้าราชการ)|ประกันชีวิต|ประกันวินาศภัย)"
                   r"[\u0e01-\u0e4e]{4,100}(?![\u0e01-\u0e4e])")
# A run ending in a word that joins it to the next ("…เพื่อการปรับตัวของ พณ."): a phrase cut short, no name.
_DANGLING = ("ของ", "และ", "หรือ", "แก่", "เพื่อ", "กับ", "ใน", "สำหรับ")
# A project, an entry's work or a title named after a fund ("โครงการกองทุนการศึกษา ส.ว."), not the fund.
_TITLE_BEFORE = re.compile(r"(?:โครงการ|ผลงาน|หัวข้อ|เรื่อง)[ \t]*[“\"‘']?[ \t]*$|[“\"‘'][ \t]*$")
# Owners a fund is no unit of: a committee (its board), a body outside the state.
_NO_OWNER_KINDS = OUTSIDE_KINDS | {"committee"}


def add(reading: Reading) -> None:
    """``กองทุน… <owner>``: a fund the tables lack, learned as a unit of the owner written right after it."""
    text, gazetteer = reading.text, reading.gazetteer
    found: list[OrgMention] = []
    for match in _FUND.finditer(text):
        name = match.group()
        start, end = match.start(), match.end()
        if _cut_name(name) != name or name.endswith(_DANGLING) or any(o.start < end and start < o.end for o in reading.orgs):
            continue        # prose glued on, or a body already read there (the tables' funds, an office, a board)
        if gazetteer.find_by_name(name) or gazetteer.bodies.find_by_name(name) \
                or _TITLE_BEFORE.search(text, max(0, start - 12), start):
            continue
        parent = _parent_after(reading, end) or _apposed_parent(reading, end, start)
        owner = reading.organization(parent) if parent else None
        if owner is None or owner.kind in _NO_OWNER_KINDS or owner.name.startswith(FUND_HEADS):
            continue        # no owner, or another fund: the next item of a list of funds, not its owner
        found.append(OrgMention(start, end, reading.learn_organization(name, "unit", parent), "unit"))
    reading.orgs = sorted(reading.orgs + found, key=lambda o: o.start)
