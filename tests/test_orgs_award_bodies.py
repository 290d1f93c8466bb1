"""Bodies award articles name and the extractor missed (issue 15, orgs18): panels and working groups closed by
their chair's title and the next person or by a clause word; faculties written on to a lecturer's title or
"from"; campuses of universities; associations named "international" or "for an industry"; foundations "under"
which a company stands; the United Nations written alone (not a UN body's name's tail). Composed texts, each
rule with variants and negatives."""
from __future__ import annotations

import pytest

from test_orgs_recall import bodies


def names(text: str) -> dict[str, str | None]:
    return {name.replace(" ", ""): parent for name, _, parent in bodies(text)}


@pytest.mark.parametrize("text, name", [
    # a chair's title before, a space after
    ("นายสมชาย ใจดี ในฐานะประธานคณะกรรมการจัดงานแข่งเรือยาวประเพณีลุ่มน้ำยม และนางสมศรี มีสุข ร่วมแถลงข่าว",
     "คณะกรรมการจัดงานแข่งเรือยาวประเพณีลุ่มน้ำยม"),
    ("โดยนางสาวมาลี รักดี ประธานคณะอนุกรรมการคัดเลือกหน่วยงานสื่อสารองค์กรดีเด่น ได้สั่งการให้เร่งดำเนินการ",
     "คณะอนุกรรมการคัดเลือกหน่วยงานสื่อสารองค์กรดีเด่น"),
    # a clause word after a space
    ("ทั้งนี้ คณะทำงานคัดเลือกสวนสาธารณะดีเด่น ได้ลงพื้นที่ตรวจเยี่ยมสวนทั้ง 12 แห่ง", "คณะทำงานคัดเลือกสวนสาธารณะดีเด่น"),
    ("โดยคณะอนุกรรมการตัดสินรางวัลห้องสมุดมีชีวิตดีเด่น ประกอบด้วยผู้ทรงคุณวุฒิ 7 ท่าน",
     "คณะอนุกรรมการตัดสินรางวัลห้องสมุดมีชีวิตดีเด่น"),
    # the southern border provinces are one region, not every province's committee
    ("รองนายกรัฐมนตรี ประธานคณะกรรมการยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้ ได้มอบนโยบาย",
     "คณะกรรมการยุทธศาสตร์การพัฒนาจังหวัดชายแดนภาคใต้"),
])
def test_a_panel_the_text_closes_is_named(text, name):
    assert name in names(text)


def test_a_sub_committee_under_a_national_committee_the_text_names():
    found = names("เห็นชอบองค์ประกอบของคณะอนุกรรมการเร่งรัดกำจัดโรคพยาธิใบไม้ตับ ภายใต้คณะกรรมการควบคุมโรคพยาธิแห่งชาติ เพื่อให้")
    assert found.get("คณะอนุกรรมการเร่งรัดกำจัดโรคพยาธิใบไม้ตับ") == "คณะกรรมการควบคุมโรคพยาธิแห่งชาติ"


def test_the_chairs_party_is_no_part_of_the_name():
    found = names("ดร.สมพร ใจดี ประธานคณะกรรมการจัดงานเทศกาลโคมไฟริมน้ำเชียงคานและคณะ, ร่วมงาน")
    assert "คณะกรรมการจัดงานเทศกาลโคมไฟริมน้ำเชียงคาน" in found and not any(n.endswith("และคณะ") for n in found)


@pytest.mark.parametrize("text", [
    # what a panel does is no name
    "ทั้งนี้ คณะกรรมการตัดสินการประกวด ได้พิจารณาผลงานทั้งหมดแล้ว",
    "โดยคณะทำงานคัดเลือกผลงาน ได้ลงพื้นที่ตรวจประเมิน",
    "ทั้งนี้ คณะกรรมการตรวจประเมินผลงาน ได้ลงพื้นที่",
    # every province's or village's committee is a kind
    "ประธานคณะกรรมการพัฒนาจังหวัด เพื่อขับเคลื่อนแผน",
    # prose glued on, a word wanting its object, a body's own department committee
    "คณะกรรมการสวัสดิการแรงงานในสถานประกอบกิจการดีเด่นในวันนี้ จะเป็นต้นแบบ",
    "ประธานคณะกรรมการสอบข้อเท็จจริงเรื่อง ได้รายงานผล",
    "ประธานคณะกรรมการฝ่ายวิชาการ ของสมาคม ได้กล่าวรายงาน",
    # a sub-committee named by an area only, of a committee the text does not show
    "โดยนางสาวมาลี รักดี ประธานคณะอนุกรรมการด้านการสื่อสารองค์กร ได้สั่งการ",
    # ฯ: a name cut short, the rest not written
    "ที่ประชุมคณะอนุกรรมการขับเคลื่อนฯ ได้เห็นชอบแผน",
    "ประธานคณะกรรมการส่งเสริมและพัฒนาฯ นายสมชาย ใจดี กล่าว",
    # a generic disciplinary panel, a joint committee with another state, a name going on after เพื่อ or a
    # national forest
    "ล่าสุดมีการแต่งตั้งคณะกรรมการสอบสวนวินัยอย่างร้ายแรง ได้ดำเนินการแล้ว",
    "ทั้งสองฝ่ายควรเร่งจัดการประชุมคณะกรรมการร่วมด้านการค้า ซึ่งจะช่วยขับเคลื่อนความร่วมมือ",
    "คณะอนุกรรมการกลั่นกรองการเยียวยาเกษตรกรผู้ปลูกลำไย เพื่อการฟื้นฟูอาชีพในภาคเหนือได้เห็นชอบ",
    "คณะอนุกรรมการแก้ไขปัญหาที่ดินในเขตป่าสงวนแห่งชาติ ป่าดงใหญ่ ครั้งที่ 1/2567",
    # a project's team is no working group named for its task
    "นายสมชาย ใจดี คณะทำงานโครงการพัฒนาแหล่งน้ำชุมชน ได้รับรางวัล",
    # after a chair's title, a name may go on past the space with และ
    "นายสมชาย ใจดี ประธานคณะกรรมการส่งเสริมผ้าไทย และหัตถกรรมพื้นบ้าน แถลงวันนี้",
    # no title, no clause word: where the name ends is not shown
    "คณะกรรมการจัดงานเทศกาลดอกไม้งาม ปี 2567 ณ สวนหลวง",
])
def test_a_panel_unclosed_or_generic_is_not_learned(text):
    assert not any(name.startswith(("คณะกรรมการ", "คณะทำงาน", "คณะอนุกรรมการ")) for name in names(text))


@pytest.mark.parametrize("text, faculty, university", [
    ("ดร.สมหมาย อาจารย์คณะเภสัชศาสตร์ มหาวิทยาลัยเชียงใหม่ ให้ความเห็นว่า", "คณะเภสัชศาสตร์มหาวิทยาลัยเชียงใหม่",
     "มหาวิทยาลัยเชียงใหม่"),
    ("ผู้แทนจากคณะวิศวกรรมศาสตร์ มหาวิทยาลัยขอนแก่น ร่วมประชุม", "คณะวิศวกรรมศาสตร์มหาวิทยาลัยขอนแก่น",
     "มหาวิทยาลัยขอนแก่น"),
])
def test_a_faculty_written_on_to_a_title_or_from(text, faculty, university):
    assert names(text).get(faculty) == university


def test_a_group_of_lecturers_is_no_faculty():
    assert not any(name.startswith("คณะอาจารย์") for name in names("จากคณะอาจารย์ มหาวิทยาลัยขอนแก่น ร่วมประชุม"))


@pytest.mark.parametrize("text, campus, university", [
    ("โดยมหาวิทยาลัยเกษตรศาสตร์ วิทยาเขตกำแพงแสน ได้รับรางวัลดีเด่น", "มหาวิทยาลัยเกษตรศาสตร์วิทยาเขตกำแพงแสน",
     "มหาวิทยาลัยเกษตรศาสตร์"),
    ("ร่วมกับมหาวิทยาลัยสงขลานครินทร์ วิทยาเขตปัตตานีได้จัดกิจกรรม", "มหาวิทยาลัยสงขลานครินทร์วิทยาเขตปัตตานี",
     "มหาวิทยาลัยสงขลานครินทร์"),
    ("ทั้งนี้ มหาวิทยาลัยศิลปากร วิทยาเขตพระราชวังสนามจันทร์ ร่วมงาน", "มหาวิทยาลัยศิลปากรวิทยาเขตพระราชวังสนามจันทร์",
     "มหาวิทยาลัยศิลปากร"),
])
def test_a_campus_stands_under_its_university(text, campus, university):
    assert names(text).get(campus) == university


@pytest.mark.parametrize("text", [
    "นักศึกษาจากมหาวิทยาลัยมหิดล วิทยาเขตทั่วประเทศ ร่วมงาน",
    "มหาวิทยาลัยเกษตรศาสตร์ วิทยาเขตต่างๆ ร่วมกิจกรรม",
    "มหาวิทยาลัยขอนแก่น วิทยาเขตแห่งใหม่จะเปิดในปีหน้า",
])
def test_campuses_of_a_kind_are_none(text):
    assert not any("วิทยาเขต" in name for name in names(text))


@pytest.mark.parametrize("text, name", [
    ("โดยสมาคมเทศกาลและกิจกรรมระหว่างประเทศ คัดเลือกเมืองต้นแบบ", "สมาคมเทศกาลและกิจกรรมระหว่างประเทศ"),
    ("ร่วมกับสมาคมส่งเสริมล้านนาเพื่ออุตสาหกรรมไมซ์และการท่องเที่ยว (Visit) จัดงาน",
     "สมาคมส่งเสริมล้านนาเพื่ออุตสาหกรรมไมซ์และการท่องเที่ยว"),
    ("บริษัทก่อตั้งขึ้นภายใต้มูลนิธิรักษ์ป่าน่าน โดยมีแนวคิดระดมความรู้", "มูลนิธิรักษ์ป่าน่าน"),
])
def test_an_association_or_foundation_is_named_whole(text, name):
    assert name in names(text)


def test_between_countries_is_no_part_of_a_name():
    found = names("สมาคมผู้ส่งออกข้าวไทยระหว่างประชุมกับคู่ค้า ได้หารือ")
    assert not any(name.endswith(("ระหว่าง", "ระหว่างประชุม")) for name in found)


@pytest.mark.parametrize("text", [
    "ได้รับรางวัลเกียรติยศจากสหประชาชาติ เมื่อปี 2549",
    "เลขาธิการสหประชาชาติ กล่าวชื่นชมประเทศไทย",
])
def test_the_un_written_alone(text):
    assert "องค์การสหประชาชาติ" in names(text)


@pytest.mark.parametrize("text", [
    "โครงการโรคเอดส์แห่งสหประชาชาติ ชื่นชมประเทศไทย",
    "การประชุมจัดขึ้น ณ ศูนย์ประชุมสหประชาชาติ ถนนราชดำเนินนอก",
])
def test_the_un_as_the_tail_of_a_bodys_or_venues_name_is_not_the_un(text):
    assert "องค์การสหประชาชาติ" not in names(text)


def test_a_un_body_keeps_its_own_name():
    found = names("กองทุนประชากรแห่งสหประชาชาติ ร่วมกับรัฐบาลไทย")
    assert "กองทุนประชากรแห่งสหประชาชาติ" in found

