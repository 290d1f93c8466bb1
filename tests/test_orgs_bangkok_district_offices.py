"""Bangkok district offices (issue 15): สำนักงานเขต and a real khet, with Bangkok after it or not, is the khet's office
under the BMA, wherever the khet's name ends; an education area office, an agency's regional office and the offices
of all the khets name none. Composed texts, negatives included."""
from __future__ import annotations

import pytest
from test_orgs_provincial_short_forms import orgs


def offices(text: str) -> dict[str, str | None]:
    return {name: parent for name, parent in orgs(text).items() if name.startswith("สำนักงานเขต")}


@pytest.mark.parametrize("text, name", [
    ("โดยบูรณาการร่วมกับสำนักงานเขตบางซื่อ สำนักอนามัย และชุมชน", "สำนักงานเขตบางซื่อ"),
    ("ความร่วมมือของ บริษัท ไทยดี จำกัด สำนักงานเขตสาทร กรุงเทพมหานคร และภาคีเครือข่าย", "สำนักงานเขตสาทร"),
    ("มอบสิ่งของให้แก่ สำนักงานเขตบางนาได้นำไปแจกจ่ายแก่ประชาชน", "สำนักงานเขตบางนา"),
    ("1. สำนักงานเขตลาดกระบัง\n2. สำนักงานเขตมีนบุรี", "สำนักงานเขตลาดกระบัง"),
    ("1. สำนักงานเขตลาดกระบัง\n2. สำนักงานเขตมีนบุรี", "สำนักงานเขตมีนบุรี"),
])
def test_a_khets_office_is_under_bangkok(text, name):
    assert offices(text).get(name) == "กรุงเทพมหานคร"


@pytest.mark.parametrize("text", [
    "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาเลย เขต 1 กล่าวว่า",   # an education area office
    "สำนักงานเขตภาคเหนือตอนบน ของบรรษัท",                              # an agency's regional office
    "ประสานสำนักงานเขตในพื้นที่กรุงเทพมหานครทุกแห่ง",                      # the offices of all the khets
    "สำนักงานเขตบางนาคราช",                                            # a khet's name goes on: no khet
])
def test_no_khet_no_office(text):
    assert "กรุงเทพมหานคร" not in offices(text).values()
