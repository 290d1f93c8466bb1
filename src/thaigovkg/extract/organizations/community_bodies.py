"""Winners of local contests that the other finders do not see: village producer groups and the agriculture
ministry's provincial technology centres.

A producer group of a village (``กลุ่มทอผ้าบ้านหินเกิ้ง``, ``กลุ่มแม่บ้านเกษตรกรบ้านโนนกกข่า``) is a body of
its members, outside the state. ``กลุ่ม`` and an activity alone is a kind of group (``กลุ่มแม่บ้านเกษตรกร``,
``กลุ่มทอผ้าในพื้นที่``), so a group is read only where it is placed: a village in its name, or the village,
subdistrict or district written after it (``… หมู่ 10``, ``… ตำบลโคกขมิ้น``), or its province after it in a
winners' list (``รางวัลชนะเลิศ ได้แก่ … กลุ่มทอผ้าไหมหมี่ขิด จังหวัดอุดรธานี``).

An Agritech and Innovation Center (``ศูนย์เทคโนโลยีเกษตรและนวัตกรรมจังหวัดตรัง``, ``ศูนย์ AIC จังหวัดตรัง``) is
one of the ministry's centres, one in every province, run by the Office of the Permanent Secretary; without
a province (``ศูนย์ AIC 77 จังหวัด``) it is the scheme, no body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import Gazetteer, province_alternation
from ..reading import OrgMention, Reading
from .named_bodies import name_after_head

_THAI = r"[\u0e01-\u0e4e]"
# กลุ่ม and what its members do together; longest first so that "กลุ่มทอผ้า" wins over "กลุ่มผ้า"; a hyphen joins
# two villages' names ("กลุ่มทอผ้าไหมบ้านแฝก-โนนสำราญ")
_ACTIVITIES = ("ทอผ้า", "ผ้า", "แม่บ้าน", "ออมทรัพย์", "ผู้ผลิต", "ผู้เลี้ยง", "ผู้ปลูก", "อาชีพ", "ส่งเสริมอาชีพ",
               "จักสาน", "หัตถกรรม", "แปรรูป", "เกษตรกร", "ผลิตภัณฑ์", "ผู้ทอผ้า", "สตรี", "ปลูก", "เลี้ยง")
_GROUP = re.compile(r"(?<!วิสาหกิจชุมชน)(?P<head>กลุ่ม(?:"
                    + "|".join(sorted(_ACTIVITIES, key=len, reverse=True)) + r"))(?P<run>(?:" + _THAI + r"|-(?=" + _THAI + r")){0,60})")
# Grouping people ("รวมกลุ่มทอผ้า…", "แต่ละกลุ่มอาชีพ"), or a director's title: a village group has a chair, a
# director heads a group of the state ("ผู้อำนวยการกลุ่ม…", tests/test_posts_recall.py).
_NOT_A_GROUP_BEFORE = re.compile(r"(?:รวม|แบ่ง|จับ|เป็น|ทุก|แต่ละ|ราย|(?:ผู้อำนวยการ|หัวหน้า|ผอ\.)[ \t]?)$")
_SAVINGS_PURPOSE = "เพื่อการผลิต"
_VILLAGE_IN_NAME = re.compile(r"(?<!พื้น)(?<!แม่)บ้าน" + _THAI + r"{2}")   # not พื้นบ้าน "local", แม่บ้าน "housewife"
# The address a winners' list writes after a group: its village number, subdistrict or district.
_ADDRESS_AFTER = re.compile(r"[ \t]*(?:หมู่(?:ที่)?[ \t]?\d|ม\.[ \t]?\d|ตำบล|ต\.[ \t]?" + _THAI + r"|อำเภอ|อ\.[ \t]?" + _THAI + ")")
# A district or province written on to the name without a space ("กลุ่มเกษตรกรทำนาบ้านร้องประดู่จังหวัดอุตรดิตถ์")
# ends it, as does a village number ("…บ้านทุ่งโฮ้งหมู่ 5"); a subdistrict so written is the group's own name
# ("กลุ่มทอผ้าไหมชุมชนตำบลโนนสวาง").
_ADDRESS_GLUED = re.compile(r"(?<=" + _THAI + r")(?:อำเภอ|จังหวัด|หมู่(?:ที่)?$)")
_PROVINCE_AFTER = re.compile(r"[ \t]*(?:จังหวัด|จ\.)[ \t]?" + _THAI)
# A winners' list item: a placing or "ได้แก่" earlier on the same line.
_WINNERS_BEFORE = re.compile(r"(?:ได้แก่|ชนะเลิศ|ชมเชย|รางวัล)[^\n]{0,120}$")

_AIC_PARENT = "moac_ops"     # สำนักงานปลัดกระทรวงเกษตรและสหกรณ์
_AIC_NAME = "ศูนย์เทคโนโลยีเกษตรและนวัตกรรม"


@lru_cache(maxsize=4)
def _aic_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    names = province_alternation(gazetteer.provinces)
    return re.compile(r"ศูนย์(?:เทคโนโลยีเกษตรและนวัตกรรม|[ \t]?AIC)(?:[ \t]?\((?:AIC|Agritech[^()\n]{0,60})\))?"
                      rf"[ \t]?(?:จังหวัด|จ\.)[ \t]?(?P<province>{names})(?!{_THAI})")


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """Candidates (start, -length, priority, mention) for village producer groups and AIC centres."""
    found = _village_groups(reading) + _aic_centres(reading)
    return [(m.start, m.start - m.end, 2, m) for m in found]


def _village_groups(reading: Reading) -> list[OrgMention]:
    text = reading.text
    found = []
    for match in _GROUP.finditer(text):
        if _NOT_A_GROUP_BEFORE.search(text, max(0, match.start() - 14), match.start()):
            continue
        head, run = match.group("head"), match.group("run")
        if head.endswith("ออมทรัพย์") and run.startswith(_SAVINGS_PURPOSE):
            head, run = head + _SAVINGS_PURPOSE, run[len(_SAVINGS_PURPOSE):]    # "กลุ่มออมทรัพย์เพื่อการผลิต" is the kind
        glued = _ADDRESS_GLUED.search(run)
        name = name_after_head(head, run[:glued.start()] if glued else run)
        if name is None:
            continue        # "กลุ่มแม่บ้านเกษตรกรในพื้นที่": no name after the kind
        end = match.start() + len(name)
        placed = _VILLAGE_IN_NAME.search(name, len(head)) or _ADDRESS_AFTER.match(text, end) or (
            _PROVINCE_AFTER.match(text, end) and _WINNERS_BEFORE.search(text, max(0, match.start() - 120), match.start()))
        if not placed:
            continue
        found.append(OrgMention(match.start(), end, reading.learn_organization(name, "outside", None), "named"))
    return found


def _aic_centres(reading: Reading) -> list[OrgMention]:
    found = []
    for match in _aic_regex(reading.gazetteer).finditer(reading.text):
        name = _AIC_NAME + "จังหวัด" + match.group("province")
        found.append(OrgMention(match.start(), match.end(), reading.learn_organization(name, "other", _AIC_PARENT), "named"))
    return found
