"""Companies and cooperatives (``บริษัท … จำกัด (มหาชน)``, ``สหกรณ์… จำกัด``) and a business unit written before one."""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import Gazetteer
from ..reading import OrgMention, Reading
from .parents import _parent_after


# A company: "บริษัท บางจาก คอร์ปอเรชั่น จำกัด (มหาชน)" (words of any script, "(ประเทศไทย)" allowed);
# a business unit written before it is part of it ("กลุ่มธุรกิจการตลาด บริษัท …").
_COMPANY = re.compile(r"บริษัท[ \t]?((?:(?!บริษัท|จำกัด)[^\s“”\"()]|[ \t]|\(ประเทศไทย\)){2,60}?)[ \t]?จำกัด(?:[ \t]?\(มหาชน\))?")
# A cooperative is registered like a company: "สหกรณ์การเกษตรท่าบ่อ จำกัด", "สหกรณ์ออมทรัพย์ครูพังงา จำกัด"
# (the space before จำกัด tells the name from "ข้อจำกัด"); it belongs to its members, not to government.
_COOPERATIVE = re.compile(r"สหกรณ์(?!ที่|และ|ต่าง|ใน|ทุก|ของ|มี|ได้|จะ|เป็น)[\u0e01-\u0e4e]{2,50}[ \t]จำกัด(?![\u0e01-\u0e4e])")
_BUSINESS_UNIT = re.compile(r"(?:กลุ่มธุรกิจ|หน่วยธุรกิจ|สายธุรกิจ)[\u0e01-\u0e4e]{2,40}[ \t]?$")


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Companies the table lacks (TQA winners, contractors) and their business units.

    A company has no parent in government unless the text gives one, or its name extends a
    company of the table ("บริษัท ปตท. สำรวจและผลิตปิโตรเลียม จำกัด (มหาชน)" belongs to ปตท.)."""
    text, gazetteer = reading.text, reading.gazetteer
    found = []
    for match in _COMPANY.finditer(text):
        if re.search(r"ไม่[ \t]?จำกัด$", match.group().removesuffix("(มหาชน)").rstrip()):
            continue        # "… ไม่จำกัด" (unlimited) ends a clause, not a company's name
        name = re.sub(r"\s+", " ", match.group())
        key = gazetteer.find_by_name(name)
        if key is None:
            parent = _parent_after(reading, match.end()) or _parent_company(gazetteer, match.group(1))
            key = reading.learn_organization(name, "company", parent)
        found.append((match.start(), match.start() - match.end(), 2, OrgMention(match.start(), match.end(), key, "unit")))
        unit = _BUSINESS_UNIT.search(text, max(0, match.start() - 50), match.start())
        if unit:
            unit_name = re.sub(r"\s+", " ", unit.group().strip() + " " + name)
            unit_key = reading.learn_organization(unit_name, "unit", key)
            found.append((unit.start(), unit.start() - match.end(), 2, OrgMention(unit.start(), match.end(), unit_key, "unit")))
    for match in _COOPERATIVE.finditer(text):
        name = re.sub(r"\s+", " ", match.group())
        key = gazetteer.find_by_name(name) or reading.learn_organization(name, "company", None)
        found.append((match.start(), match.start() - match.end(), 2, OrgMention(match.start(), match.end(), key, "unit")))
    return found


@lru_cache(maxsize=4)
def _table_companies(gazetteer: Gazetteer) -> dict[str, str]:
    """The companies of the table by their core name ("ปตท." for บริษัท ปตท. จำกัด (มหาชน))."""
    cores = {}
    for org in gazetteer.agencies.values():
        match = _COMPANY.fullmatch(org.name)
        if match:
            cores[re.sub(r"\s+", "", match.group(1))] = org.key
    return cores


# A state company's group brand as its subsidiaries spell it: PTT's companies are "บริษัท พีทีที โกลบอล เคมิคอล
# จำกัด (มหาชน)", "บริษัท พีทีที แอลเอ็นจี จำกัด" (tests/ANNOTATION.md: a state company's subsidiaries under it).
_GROUP_BRANDS = {"พีทีที": "ปตท.", "PTT": "ปตท."}


def _parent_company(gazetteer: Gazetteer, core: str) -> str | None:
    """The table company whose name this company's name extends, or whose group brand it opens with, if any."""
    compact = re.sub(r"\s+", "", core)
    brand = next((b for b in _GROUP_BRANDS if compact.startswith(b) and len(compact) > len(b) + 1), None)
    if brand:       # also written without its space ("บริษัท พีทีทีแอลเอ็นจี จำกัด")
        return _table_companies(gazetteer).get(_GROUP_BRANDS[brand])
    words = core.split()
    if len(words) < 2:
        return None
    return _table_companies(gazetteer).get(words[0])
