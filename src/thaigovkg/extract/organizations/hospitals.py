"""Hospitals named by their place or brand: the health ministry's network, private chains, the table's own."""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import Gazetteer
from ...thaidate import THAI_MONTHS, THAI_MONTH_ABBRS
from ..reading import Reading
from .unit_names import _before_prose, _cut_name, _naming_place, _starts_prose, _unit_kinds, _words, place_prefix


# A hospital of a chain carries its number ("โรงพยาบาลพญาไท 2", "โรงพยาบาลราชวิถี 2"): one digit
# that counts nothing (no classifier or month after it: "… 2 แห่ง", "… 1 มิถุนายน").
_BRANCH_NUMBER = (r"[ \t][1-9](?![\d.,/:)-])(?![ \t]?(?:แห่ง|ราย|เตียง|จังหวัด|อำเภอ|เขต|โรค|คน|ปี|เดือน|วัน|ชั่วโมง|ล้าน|แสน"
                  r"|หมื่น|พัน|ร้อย|ครั้ง|เท่า|ลำดับ|ชั้น|หลัง|ห้อง|เครื่อง|ชุด|หน่วย|ทีม|ทศวรรษ|พรรษา|รอบ|"
                  + "|".join(re.escape(m) for m in THAI_MONTHS + THAI_MONTH_ABBRS) + "))")


def _known_hospital(reading: Reading, name: str, start: int, end: int) -> tuple[str | None, str, int]:
    """(key, name, end) of a hospital the tables know under a name read with more or less than its own: prose
    glued after it, a ฯ cutting it short (its whole name then), a look-alike letter (พระมงกุฏเกล้า), the start
    of its name only (โรงพยาบาลภูมิพล);
    (None, name, end) unchanged where none. ``start`` is where โรงพยาบาล would stand in the text."""
    gazetteer = reading.gazetteer
    whole = _hospital_before_mark(reading, name)
    if whole is not None:
        key = gazetteer.find_by_name(whole) or gazetteer.bodies.find_by_name(whole)
        return key, whole, end
    glued = _table_hospital_start(gazetteer, name)
    if glued is not None:
        return glued[0], name[:glued[1]], start + glued[1]
    from ...resolve import slip
    compact = re.sub(r"\s+", "", name)
    close = {key for table_name, key in _hospital_names(gazetteer) if len(table_name) >= 14 and slip(table_name, compact)}
    if len(close) == 1:
        return close.pop(), name, end
    # the start of one table hospital's name, no place of its own: "โรงพยาบาลภูมิพล", "โรงพยาบาลพระมงกุฎ"
    rest = compact.removeprefix("โรงพยาบาล")
    if len(rest) >= 4 and place_prefix(gazetteer, rest, minimum=3) != rest:
        longer = {key for table_name, key in _hospital_names(gazetteer) if table_name.startswith(compact) and table_name != compact}
        if len(longer) == 1:
            return longer.pop(), name, end
    return None, name, end


# A hospital named by what it treats or whom it serves is a department's, a university's, the army's …,
# not the provincial network's ("โรงพยาบาลจิตเวชนครพนมราชนครินทร์" is the mental health department's).
_SPECIALIST_HOSPITAL = ("จิตเวช", "ธัญญารักษ์", "มะเร็ง", "ทันตกรรม", "เด็ก", "ผู้สูงอายุ", "ตำรวจ", "ราชทัณฑ์", "ทหาร", "ค่าย",
                        "มหาวิทยาลัย", "ศูนย์การแพทย์", "สัตว์", "ตา", "โรคทรวงอก", "ประสาท", "สงฆ์", "แพทย์แผนไทย",
                        "การแพทย์แผนไทย", "จักษุ", "ผิวหนัง", "โรคผิวหนัง", "จุฬาภรณ์",
                        # the universities' and the capital's teaching hospitals
                        "สวนดอก", "ศิริราช", "รามาธิบดี", "จุฬาลงกรณ์", "ศรีนครินทร์", "สงขลานครินทร์", "ธรรมศาสตร์",
                        "วชิรพยาบาล", "มหาราชนครเชียงใหม่")
# Names of the health ministry's own hospitals that are not places: royal names, revered monks, …
_REVERED_NAME = ("สมเด็จพระ", "พระ", "พุทธ", "เฉลิมพระเกียรติ", "หลวงพ่อ", "หลวงปู่", "พระอาจารย์", "มหาราช", "เจ้าพระยา",
                 "สิรินธร", "สมเด็จ")
# Private hospital groups: their brands, and a town's name with "ราม" after it (the Ramkhamhaeng group's
# "บุรีรัมย์ราม", "แม่สอดราม"; not "โพธาราม" or "ศรีสงคราม", which are towns).
_PRIVATE_BRANDS = ("กรุงเทพ", "พญาไท", "เปาโล", "สมิติเวช", "บำรุงราษฎร์", "เกษมราษฎร์", "ศิครินทร์", "วิภาวดี", "วิภาราม",
                   "ราชธานี", "พระราม", "เมดพาร์ค", "บีเอ็นเอช", "ธนบุรี", "จุฬารัตน์", "ราชพฤกษ์", "เอกชัย", "ปิยะเวท")

_HOSPITAL_KINDS = ("hospital", "private_hospital")


@lru_cache(maxsize=4)
def _hospital_names(gazetteer: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(name or alias without spaces, key) of every hospital of the tables (ontology/hospitals.csv, the armed
    forces', the police's, บ้านแพ้ว), longest first."""
    orgs = [*gazetteer.agencies.values(), *gazetteer.bodies.orgs.values()]
    pairs = {(re.sub(r"\s+", "", name), org.key) for org in orgs if org.kind in _HOSPITAL_KINDS
             for name in (org.name, *org.aliases) if name.startswith("โรงพยาบาล")}
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair)))


@lru_cache(maxsize=4)
def _hospital_keys(gazetteer: Gazetteer) -> frozenset[str]:
    return frozenset(key for _, key in _hospital_names(gazetteer))


_BRANCH_NUMBER_AT = re.compile(_BRANCH_NUMBER)


def _name_goes_on(gazetteer: Gazetteer, text: str, end: int) -> bool:
    """A hospital's name written on into a longer one: a branch number or a place (four letters or more)
    right after it ("โรงพยาบาลราชวิถี 2", "โรงพยาบาลราชวิถีเชียงใหม่"), or a few more letters closed by a
    quote mark, a new name given in quotes ("ในชื่อ “โรงพยาบาลราชวิถีล้านนา”")."""
    if _BRANCH_NUMBER_AT.match(text, end):
        return True
    run = re.match(r"[\u0e01-\u0e4e]*", text[end:end + 30]).group()
    if run and len(run) <= 20 and text.startswith(("”", '"', "’"), end + len(run)):
        return True
    return bool(run) and place_prefix(gazetteer, run, minimum=4) is not None


def _table_hospital_start(gazetteer: Gazetteer, name: str) -> tuple[str, int] | None:
    """The state hospital of the tables a name read from the text starts with, and its length as written,
    where the words after it are prose glued on ("รพ.ศิริราชศึกษา…", "โรงพยาบาลพระปกเกล้าจนคลอด…"), not
    more of another hospital's name ("โรงพยาบาลราชวิถีล้านนา"). A private group's name goes on into its
    branches' ("โรงพยาบาลกรุงเทพภูเก็ต"), so only the state's are cut so."""
    compact = re.sub(r"\s+", "", name)
    for table_name, key in _hospital_names(gazetteer):
        if not compact.startswith(table_name) or len(compact) == len(table_name):
            continue
        org = gazetteer.organization(key)
        rest = re.match(r"[\u0e01-\u0e4e]*", compact[len(table_name):]).group()
        if org is None or org.kind != "hospital" or not rest or not _starts_prose(_words(rest)[0]):
            return None
        written, letters = 0, 0
        while letters < len(table_name):
            letters += not name[written].isspace()
            written += 1
        return key, written
    return None


def _hospital_before_mark(reading: Reading, name: str) -> str | None:
    """The whole name of a hospital written short with ฯ ("โรงพยาบาลธรรมศาสตร์ฯ", "รพ.มหาราชฯ"): the one
    hospital of that start the article names in full, else the one of the tables; None where there are
    none or several."""
    stem = re.sub(r"\s+", "", name[:-1])
    if not name.endswith("ฯ") or len(stem) <= len("โรงพยาบาล") + 2:
        return None
    rest = re.escape(stem.removeprefix("โรงพยาบาล"))
    written = set()
    for match in re.finditer(r"(?:โรงพยาบาล|รพ\.)[ \t]?(" + rest + r"[\u0e01-\u0e2e\u0e30-\u0e4e]+)", reading.text):
        whole = _before_prose(_cut_name("โรงพยาบาล" + match.group(1)), _unit_kinds(reading.gazetteer))
        if whole and len(whole) > len(stem):
            written.add(whole)
    if len(written) == 1:
        return written.pop()
    if written:
        return None
    tables = {key for table_name, key in _hospital_names(reading.gazetteer) if table_name.startswith(stem)}
    return reading.gazetteer.organization(tables.pop()).name if len(tables) == 1 else None


def _private_chain(gazetteer: Gazetteer, name: str) -> bool:
    rest = name.removeprefix("โรงพยาบาล").replace(" ", "")
    if rest.startswith(_PRIVATE_BRANDS):
        return True
    place = place_prefix(gazetteer, rest, minimum=3)
    return place is not None and len(place) >= 4 and rest[len(place):] == "ราม"


def _in_the_health_network(gazetteer: Gazetteer, name: str) -> bool:
    """โรงพยาบาล<place outside Bangkok>… or a revered name: a provincial or community hospital."""
    rest = name.removeprefix("โรงพยาบาล").replace(" ", "")
    if rest.startswith(_SPECIALIST_HOSPITAL):
        return False
    place = _naming_place(gazetteer, rest)
    if place and "กรุงเทพมหานคร" not in gazetteer.places.provinces_of(place):
        tail = rest[len(place):]
        second = place_prefix(gazetteer, tail, minimum=4) if tail else None
        if not tail or tail[0].isdigit() or tail.startswith(_NETWORK_NAME_TAILS) \
                or (second and "กรุงเทพมหานคร" not in gazetteer.places.provinces_of(second)):
            return True
    honoured = rest.find("เฉลิมพระเกียรติ")     # "…เฉลิมพระเกียรติ 60 พรรษา": a royal jubilee's hospital, unless a university's
    if honoured > 0 and not gazetteer.bodies.find_by_name("มหาวิทยาลัย" + rest[:honoured]):
        return True
    return rest.startswith(_REVERED_NAME)


# What the network's hospitals write after their place (a royal title, a jubilee, a second place, a branch):
# "โรงพยาบาลกะปงชัยพัฒน์", "…เฉลิมพระเกียรติ 80 พรรษา", "…นราธิวาสราชนครินทร์", "โรงพยาบาลปากน้ำชุมพร". Any other
# words make another hospital's name (a private one: "โรงพยาบาลหนองคายวัฒนา", "…สุขสวัสดิ์อินเตอร์") or prose.
_NETWORK_NAME_TAILS = ("ชัยพัฒน์", "เฉลิมพระเกียรติ", "ราชนครินทร์", "ประชานุเคราะห์", "ประชารักษ์", "สวาทยานนท์", "สาขา",
                       "นานา")
