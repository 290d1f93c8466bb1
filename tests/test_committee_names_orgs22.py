"""Committees named with spaces inside and closed by a meeting count, a year or a short form a few words on (issue 15,
orgs22): "คณะกรรมการติดตาม เร่งรัด… ครั้งที่ ๒/๒๕๖๗"; and a meeting counted "ในคราวประชุมครั้งที่…" or in Thai digits.
Composed sentences (invented names), negatives included: prose, a person, a body, a document or a place between the
name and the count, a name cut short (ฯ), no closing mark, a duty alone."""
from __future__ import annotations

import re

import pytest

from test_committee_names_comm21 import committees


def compact(found: dict) -> dict:
    return {re.sub(r"\s+", "", name): value for name, value in found.items()}


@pytest.mark.parametrize("text, name", [
    ("นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการติดตาม เร่งรัดการฟื้นฟูป่าชายเลน ปลูก และดูแลรักษา ครั้งที่ ๒/๒๕๖๗ ณ ทำเนียบรัฐบาล",
     "คณะกรรมการติดตามเร่งรัดการฟื้นฟูป่าชายเลนปลูกและดูแลรักษา"),
    ("วันนี้ มีการประชุมคณะอนุกรรมการส่งเสริมสิทธิชุมชน คดีความ และการเยียวยาผู้ประสบภัย ครั้งที่ 1/2567 ที่ห้องประชุม",
     "คณะอนุกรรมการส่งเสริมสิทธิชุมชนคดีความและการเยียวยาผู้ประสบภัย"),
    ("ประชุมคณะกรรมการอนุรักษ์และพัฒนาคลองโบราณ และย่านเมืองเก่า ในคราวประชุมครั้งที่ 2/2565 มีมติเห็นชอบ",
     "คณะกรรมการอนุรักษ์และพัฒนาคลองโบราณและย่านเมืองเก่า"),
    ("เป็นประธานการประชุมคณะกรรมการอำนวยการจัดงานประเพณีแข่งเรือยาว พุทธศักราช 2566 ครั้งที่ 1/2566 ที่ศาลากลาง",
     "คณะกรรมการอำนวยการจัดงานประเพณีแข่งเรือยาวพุทธศักราช2566"),
    ("ได้ประชุมคณะกรรมการส่งเสริมเกษตรอินทรีย์ ประมงพื้นบ้าน และสัตว์น้ำ (คกอ.) เพื่อพิจารณาแผน",
     "คณะกรรมการส่งเสริมเกษตรอินทรีย์ประมงพื้นบ้านและสัตว์น้ำ"),
    # ornamental plants (…ไม้ประดับ) end in no level (ระดับ)
    ("ประชุมคณะอนุกรรมการบริหารจัดการสินค้าพืชสวน ไม้ผล ไม้ประดับ ครั้งที่ 2/2564 เร่งหาแนวทาง",
     "คณะอนุกรรมการบริหารจัดการสินค้าพืชสวนไม้ผลไม้ประดับ"),
    # one run, the meeting counted "ในคราวประชุม" or in Thai digits
    ("ที่ประชุมคณะกรรมการกลั่นกรองการใช้จ่ายงบฟื้นฟูเหมืองแร่ ในคราวประชุมครั้งที่ 8/2565 มีมติ",
     "คณะกรรมการกลั่นกรองการใช้จ่ายงบฟื้นฟูเหมืองแร่"),
    ("ในการประชุมคณะกรรมการพัฒนาแหล่งน้ำชุมชนยั่งยืน ครั้งที่ ๓/๒๕๖๖ ณ ห้องประชุมกรม",
     "คณะกรรมการพัฒนาแหล่งน้ำชุมชนยั่งยืน"),
])
def test_a_committee_named_with_spaces_is_learned_where_its_count_closes_it(text, name):
    assert compact(committees(text)).get(name) == ("committee", None)


@pytest.mark.parametrize("text", [
    # prose between the name and the count
    "คณะกรรมการพัฒนาแหล่งน้ำชุมชน ได้มีมติ เห็นชอบ ครั้งที่ 3/2566",
    "คณะกรรมการพัฒนาแหล่งน้ำชุมชน ซึ่งประชุม ครั้งที่ 3/2566",
    # a person, a body, a place or a document between them
    "ประธานคณะกรรมการพัฒนาแหล่งน้ำชุมชน นายสมชาย ใจดี ครั้งที่ 3/2566",
    "คณะกรรมการพัฒนาแหล่งน้ำชุมชน จังหวัดน่าน ครั้งที่ 3/2566",
    "คณะกรรมการพัฒนาแหล่งน้ำชุมชน ตามพระราชบัญญัติแหล่งน้ำ ครั้งที่ 3/2566",
    # a name cut short, more words than a name has, a duty alone
    "คณะอนุกรรมการติดตามฯ ภาคเหนือ ครั้งที่ 1/2567",
    "คณะกรรมการพัฒนาแหล่งน้ำชุมชน หนึ่ง สอง สาม สี่ ห้า หก ครั้งที่ 3/2566",
    "คณะกรรมการตัดสิน ผลงาน ครั้งที่ 1/2566",
    # a committee of every level of a place ("…ระดับพื้นที่")
    "คณะกรรมการพัฒนาแหล่งน้ำชุมชน ระดับพื้นที่ ครั้งที่ 3/2566",
    # no closing mark
    "คณะกรรมการพัฒนาแหล่งน้ำชุมชน และย่านเมืองเก่า เห็นชอบแผนงาน",
])
def test_no_spaced_committee_without_a_clean_close(text):
    assert not [n for n in compact(committees(text)) if n.startswith("คณะกรรมการพัฒนาแหล่งน้ำชุมชน") and n != "คณะกรรมการพัฒนาแหล่งน้ำชุมชน"
                or n.startswith(("คณะอนุกรรมการติดตาม", "คณะกรรมการตัดสิน"))]
