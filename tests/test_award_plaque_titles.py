"""A plaque handed to units named by the title they earned (``มอบโล่…แก่<units>ดีเด่น``) confers that title as a
programme when the line names no รางวัล<name>; a plaque of thanks, a souvenir, a tier alone, a project, a fund, a
meeting or a count of awards confers none. Sentences composed in the genre's shapes."""
from __future__ import annotations

import pytest

from thaigovkg.extract.programmes import _conferred, _learned_names


def learned(text: str) -> list[str]:
    return [name for _, _, name, _ in _learned_names(text)]


@pytest.mark.parametrize("plaque", ["มอบโล่", "มอบโล่รางวัล", "มอบโล่ประกาศเกียรติคุณ", "มอบโล่เชิดชูเกียรติ",
                                    "มอบโล่และประกาศเกียรติคุณ", "มอบโล่รางวัล เกียรติบัตร และประกาศเกียรติคุณ "])
@pytest.mark.parametrize("to", ["แก่", "ให้แก่", "ให้กับ", "แก่ "])
@pytest.mark.parametrize("title, after", [
    ("สถานประกอบกิจการดีเด่น", " จำนวน 8 แห่ง ได้แก่ บริษัท ก จำกัด"),
    ("จังหวัดที่มีผลการฉีดวัคซีนดีเด่น", " เพื่อเป็นขวัญกำลังใจ"),
    ("สถานีตำรวจที่มีผลการดำเนินงานดีเด่นในการคุ้มครองผู้เสียหาย", " จำนวน 40 รางวัล"),
    ("โรงพยาบาลส่งเสริมสุขภาพตำบลยอดเยี่ยม", " ประจำปี 2566"),
    ("ศูนย์ อปพร. ดีเด่น", " จำนวน 12 ศูนย์"),
])
def test_the_title_a_plaque_honours_is_a_programme(plaque, to, title, after):
    text = f"รัฐมนตรีเป็นประธาน{plaque}{to}{title}{after}"
    names = learned(text)
    assert names == [title]
    start = text.index(title)
    assert _conferred(text, start, start + len(title))


@pytest.mark.parametrize("text", [
    "มอบโล่แก่หน่วยงานที่ให้การสนับสนุนการจัดงาน",                           # thanks, no merit
    "มอบโล่ที่ระลึกแก่หน่วยงานต้นแบบที่มาศึกษาดูงาน",                        # a souvenir
    "มอบโล่แก่องค์กรดีเด่น ประจำปี 2566 จำนวน 15 รางวัล",                   # a tier of an unnamed programme
    "มอบโล่ประกาศเกียรติคุณแก่สถานประกอบกิจการที่ได้รับคัดเลือกเข้าร่วมโครงการต้นแบบ",  # a project
    "มอบโล่แก่กองทุนหมู่บ้านดีเด่น",                                       # a fund is no unit title here
    "มอบโล่แก่ผู้เข้าร่วมประชุมดีเด่น",                                       # people at a meeting
    "มอบโล่แก่หน่วยงาน บุคคลดีเด่น และอาสาสมัครดีเด่น",                    # persons
    "มอบเงินรางวัลแก่จังหวัดดีเด่น",                                         # prize money, no plaque
])
def test_no_programme_from_a_plaque_of_thanks(text):
    assert learned(text) == []


def test_a_programme_named_after_the_title_is_the_plaques():
    text = "มอบโล่และประกาศเกียรติคุณแก่สถานศึกษาที่มีผลการพัฒนายอดเยี่ยม ประจำปี 2566 รางวัล Prime Minister Awards"
    assert learned(text) == ["Prime Minister Awards"]
