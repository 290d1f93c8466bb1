"""Centres an article defines with their own short form: ``ศูนย์อำนวยการความปลอดภัยทางถนน (ศปถ.)``.

A command or operations centre set up for a task is named once in full and then by its short form; the bracket shows
where the name ends, and the short form spelling the name shows where it starts (the nearest ``ศูนย์`` before it,
also glued to the word before: "ตามที่ศูนย์…", "ขับเคลื่อนศูนย์…"). Unlike ``short_forms.defined_bodies`` the name
may hold spaces ("ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบอุทกภัย วาตภัย และดินโคลนถล่ม (ศปช.)") and be long. The parent is
the body written right after it (สังกัด / ของ) or the agency its name ends with, and the centre is its unit. Where the
text gives none the centre is not learned: a parent is never guessed (ANNOTATION.md), and a state body placed nowhere
is what issue 15 counts as a defect (the full corpus held 110 such centres, raising the state bodies without a parent
from 0.24 % to 1.33 %; most are the cabinet's and ministries' command centres, whose owner the reference table gives
only for the national ones, ศบค. and ศรชล.).
"""
from __future__ import annotations

import re

from ..reading import OrgMention, Reading, near_table_name
from .parents import _parent_after
from .short_forms import _agency_ending, _holds_named_agency, _spells
from .table_names import _surface_index
from .unit_names import _generic

# The centre's own short form: Thai letters with dots, starting with ศ (ศูนย์): "(ศปถ.)", "(ศพส.วาสนะเวศม์)".
_CENTRE_SHORT_FORM = re.compile(r"[ \t]?\((ศ[\u0e01-\u0e4e]{1,6}\.(?:[\u0e01-\u0e4e]{1,12}\.?){0,3})\)")
_LONGEST_NAME = 130
# Words inside the run that show it is a clause, not one name: saying, a date, a relative clause.
_CLAUSE_WORDS = re.compile(r"กล่าว|เมื่อวัน|วันที่|ซึ่ง|โดย|ได้รับ")
_OWNER_CUE = re.compile(r"[ \t]?(?:ใน)?สังกัด")
# A kind of centre, one in every place: counted or spread after its short form ("(ศพก.) ทั้ง 882 ศูนย์ทั่วประเทศ",
# "(ศพอส.) 1,489 แห่ง"), or named by a level with no place ("…ระดับอำเภอ", "…องค์กรปกครองส่วนท้องถิ่น").
_SPREAD_AFTER = re.compile(r"[ \t]?(?:จำนวน|รวม|กว่า|ทั้ง)?[ \t]?[\d,]+[ \t]?(?:แห่ง|ศูนย์|หน่วย)"
                           r"|[ \t]?(?:ทั่วประเทศ|ทุก(?:จังหวัด|อำเภอ|ตำบล|แห่ง))")
_LEVEL_END = re.compile(r"(?:ระดับ[ \t]?)?(?:จังหวัด|อำเภอ|ตำบล|ท้องถิ่น|องค์กรปกครองส่วนท้องถิ่น|ชุมชน|หมู่บ้าน)$")
# Not one body: a hub, a back reference, a mall, a convention centre; learning centres, sites of a network in every
# district or community ("ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร (ศพก.)", 882 of them).
_NO_BODY_STARTS = ("ศูนย์กลาง", "ศูนย์ฯ", "ศูนย์การค้า", "ศูนย์ประชุม", "ศูนย์เรียนรู้", "ศูนย์การเรียนรู้")
# A venue: the centre's building or site, not the body ("ณ ศูนย์…", "ที่ตั้งศูนย์…").
_VENUE_BEFORE = re.compile(r"(?:ณ|สถานที่|อาคาร|ห้องประชุม)[ \t]*$")
# A title: an entry's work or a project named after the centre, in quotes ("ผลงาน “ศูนย์ส่งเสริม… (ศสส.)”").
_TITLE_BEFORE = re.compile(r"(?:ผลงาน|โครงการ|หัวข้อ|เรื่อง)[ \t]*[“\"‘']?[ \t]*$|[“\"‘'][ \t]*$")


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """``ศูนย์… (ศ….)``: a centre the tables lack, read from ``ศูนย์`` to its short form."""
    text, gazetteer = reading.text, reading.gazetteer
    regex, surfaces = _surface_index(gazetteer)
    candidates: list[tuple[int, int, int, OrgMention]] = []
    for bracket in _CENTRE_SHORT_FORM.finditer(text):
        end = bracket.start()
        window = text[max(0, end - _LONGEST_NAME):end]
        start_in = window.rfind("ศูนย์")
        if start_in < 0:
            continue
        start = end - len(window) + start_in
        run = text[start:end]
        owner = _OWNER_CUE.search(run)
        if owner:
            run = run[:owner.start()]   # "ศูนย์X สังกัดกรมY (ศX.)": the centre ends before its owner
        name = re.sub(r"[ \t]+", " ", run).strip()
        if "\n" in run or re.search(r"[()\"“”:;,]", run) or _CLAUSE_WORDS.search(name):
            continue
        if len(name) < len("ศูนย์") + 3 or name.startswith(_NO_BODY_STARTS):
            continue
        before = text[max(0, start - 12):start]
        if not _spells(bracket.group(1).split(".")[0], name) or _VENUE_BEFORE.search(before) \
                or _TITLE_BEFORE.search(before):
            continue
        if _SPREAD_AFTER.match(text, bracket.end()) or _LEVEL_END.search(name):
            continue
        if bracket.group(1) in gazetteer.abbreviations or near_table_name(gazetteer, name):
            continue        # the table's centre written another way: "ศูนย์บริหารสถานการณ์แพร่ระบาดของโรค… (ศบค.)"
        if gazetteer.find_by_name(name) or _holds_named_agency(regex, name) or _generic(reading, name, start):
            continue        # the table's own body, a run holding a table agency, a kind of centre
        parent = _parent_after(reading, start + len(run) if owner else bracket.end()) \
            or _agency_ending(regex, surfaces, name)
        if parent is None:
            continue
        key = reading.learn_organization(name, "unit", parent)
        stop = start + len(run.rstrip()) if owner else end
        candidates.append((start, -(stop - start), 3, OrgMention(start, stop, key, "defined")))
    return candidates
