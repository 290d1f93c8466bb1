"""A venue written with a bracketed part that the place goes on after: the venue as written, brackets and all.

Issue 14 (events17). ``ณ ตึกสันติไมตรี (หลังใน) ทำเนียบรัฐบาล`` and ``ณ ห้องประชุม … (Auditorium) ชั้น 10 …`` were cut
at the bracket, leaving a venue the annotators never write. The texts are composed for the tests (invented names
and rooms); the negatives keep a bracket that is no part of the place, or one after which the sentence goes on.
"""
from __future__ import annotations

import pytest

from test_ceremony_venues_and_names import DAY, RITE, ceremonies


@pytest.mark.parametrize("written, venue", [
    ("ณ ตึกนารีสโมสร (หลังนอก) ทำเนียบรัฐบาล", "ตึกนารีสโมสร (หลังนอก) ทำเนียบรัฐบาล"),
    ("ณ ห้องประชุมศรีสยาม 7-02 (Main Hall) ชั้น 7 อาคารรวมใจ", "ห้องประชุมศรีสยาม 7-02 (Main Hall) ชั้น 7 อาคารรวมใจ"),
    ("ณ ห้องวิภาวดี (ห้อง B) โรงแรมสายลม", "ห้องวิภาวดี (ห้อง B) โรงแรมสายลม"),
    ("ณ ศาลาประชาคม (อาคาร 2) ศูนย์ราชการจังหวัด", "ศาลาประชาคม (อาคาร 2) ศูนย์ราชการจังหวัด"),
    ("ณ ตึกนารีสโมสร (หลังนอก) ทำเนียบรัฐบาล โดยมี นายสมปอง ดีใจ เข้าร่วม", "ตึกนารีสโมสร (หลังนอก) ทำเนียบรัฐบาล"),
])
def test_the_bracketed_part_stays(written, venue):
    [ceremony] = ceremonies(DAY + RITE + written)
    assert ceremony.venue == venue


@pytest.mark.parametrize("written, venue", [
    # the bracket is followed by no place: the venue stops before it, as before
    ("ณ ห้องประชุมใหญ่ อาคารรัฐสภา (ถ่ายทอดสด) เพื่อเชิดชูหน่วยงาน", "ห้องประชุมใหญ่ อาคารรัฐสภา"),
    ("ณ โรงแรมสายลม (ภาคเช้า) และมอบโล่", "โรงแรมสายลม"),
    # a centre named after the bracket that is a body's, not the place's (ศูนย์กลาง…): no run-on
    ("ณ ห้องประชุมใหญ่ อาคารรัฐสภา (ออนไลน์) ศูนย์กลางการประชุม", "ห้องประชุมใหญ่ อาคารรัฐสภา"),
])
def test_a_bracket_the_place_does_not_go_on_after(written, venue):
    [ceremony] = ceremonies(DAY + RITE + written)
    assert ceremony.venue == venue
