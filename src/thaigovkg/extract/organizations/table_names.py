"""The reference table's names as written: full names, aliases, composed and member forms, short forms.

Also names cut short with ฯ (``กระทรวงเกษตรฯ``) and a ministry whose head word is misspelt (``ประทรวงมหาดไทย``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...gazetteer import FOREIGN_COUNTRIES, Gazetteer, literal_regex
from ..reading import OrgMention, Reading
from .hospitals import _hospital_keys, _name_goes_on


@lru_cache(maxsize=4)
def _surface_index(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, tuple[str, str, str]]]:
    """Every full, composed and member form of every agency: one regex, one lookup."""
    surfaces: dict[str, tuple[str, str, str]] = {}

    def add(surface: str, key: str | None, how: str, role: str = "") -> None:
        if key:
            surfaces.setdefault(re.sub(r"\s+", "", surface), (key, how, role))

    for org in gazetteer.agencies.values():
        for name in (org.name, *org.aliases):
            add(name, org.key, "name")
        if org.name_en and " " in org.name_en and len(org.name_en) >= 12:
            add(org.name_en, org.key, "name")     # English-language releases name agencies in English
    # the rest of the state and the bodies outside it (gazetteer.bodies: armed forces, police, universities,
    # courts, museums, prisons, international bodies …), after the agencies: a name of both is the agency's
    for org in gazetteer.bodies.orgs.values():
        for name in (org.name, *org.aliases):
            add(name, org.key, "name")
        if org.name_en and " " in org.name_en and len(org.name_en) >= 12:
            add(org.name_en, org.key, "name")
        if org.kind == "committee" and org.name.startswith("คณะกรรมการ"):
            for name in (org.name, *org.aliases):
                add(name.removeprefix("คณะ"), org.key, "member", "member")
    for org in gazetteer.agencies.values():
        for abbr in org.abbreviations:
            if org.kind == "ministry" and org.name.startswith("กระทรวง"):
                add("กระทรวง" + abbr, org.key, "compound")
                add("สำนักงานปลัดกระทรวง" + abbr, gazetteer.permanent_secretary_office(org.key), "compound")
            if org.kind == "committee":
                add("สำนักงาน" + abbr, gazetteer.office_of_committee(org.key), "compound")
        if org.kind == "committee" and org.name.startswith("คณะกรรมการ"):
            for name in (org.name, *org.aliases):
                add(name.removeprefix("คณะ"), org.key, "member", "member")
    return literal_regex(surfaces), surfaces


@lru_cache(maxsize=4)
def _abbreviation_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(gazetteer.abbreviations)


@lru_cache(maxsize=4)
def _short_forms(gazetteer: Gazetteer) -> dict[str, list[str]]:
    """Short form → keys: the agencies' and those of the other tables (``มธ.``, ``ธพส.``, ``ส.อ.ท.``,
    ``อาเซียน``), which articles write alone as they do the agencies'; an agency's first."""
    forms = {short: list(keys) for short, keys in gazetteer.abbreviations.items()}
    for short, keys in gazetteer.bodies.abbreviations.items():
        forms.setdefault(short, []).extend(k for k in keys if k not in forms[short])
    return forms


@lru_cache(maxsize=4)
def _short_form_regex(gazetteer: Gazetteer) -> re.Pattern[str]:
    return literal_regex(_short_forms(gazetteer))


@lru_cache(maxsize=256)
def _abbreviation_regex_with(gazetteer: Gazetteer, extra: frozenset[str]) -> _EitherRegex:
    """The table's short forms and those an article defines (the table's regex and a small one:
    compiling the whole table again for each article's set cost 50 ms)."""
    return _EitherRegex(_short_form_regex(gazetteer), literal_regex(extra))


class _EitherRegex:
    """The matches ``literal_regex(a | b)`` finds, from ``literal_regex(a)`` and ``literal_regex(b)``.

    A literal trie matches, at a position, the longest of its words written there; so does the
    union's, which is the longer of the two; scanning goes on after each match as ``finditer`` does.
    """

    def __init__(self, first: re.Pattern[str], second: re.Pattern[str]):
        self.first, self.second = first, second

    def finditer(self, text: str):
        a, b = self.first.search(text), self.second.search(text)
        while a is not None or b is not None:
            if b is None or (a is not None and (a.start(), -a.end()) <= (b.start(), -b.end())):
                match = a
            else:
                match = b
            yield match
            position = match.end()
            if a is not None and a.start() < position:
                a = self.first.search(text, position)
            if b is not None and b.start() < position:
                b = self.second.search(text, position)


# Before a body's short form that is also its name (อาเซียน): the region or level it names, or another name it ends.
_REGION_BEFORE = re.compile(r"(?:ภูมิภาค|ระดับ|กลุ่มประเทศ|[\u0e01-\u0e4e.]-)[ \t]?$")

# A name cut short with ฯ (ไปยาลน้อย): "กระทรวงเกษตรฯ", "กรมอุทยานฯ", "การรถไฟฯ"; "กระทรวงฯ" alone
# points back to the ministry named last. The Thai run before ฯ, tried from its longest tail
# that starts with an agency head word.
_LETTER_BEFORE_MARK = re.compile(r"[\u0e01-\u0e2e\u0e30-\u0e4e]")   # Thai letters and marks, not ฯ


def _before_abbreviation_marks(text: str):
    """(start, end) of each run of 2 to 40 Thai letters right before a ฯ (the last 40 of a longer run).
    Found from each ฯ backwards: a regex looking ahead for ฯ would try 40 letters at every letter."""
    mark = text.find("ฯ")
    while mark != -1:
        start = mark
        while start > mark - 40 and start > 0 and _LETTER_BEFORE_MARK.match(text, start - 1):
            start -= 1
        if mark - start >= 2:
            yield start, mark
        mark = text.find("ฯ", mark + 1)


_AGENCY_HEAD = re.compile(r"กระทรวง|กรม|สำนักงาน|องค์การ|สถาบัน|ธนาคาร|การ")


@lru_cache(maxsize=4)
def _names_by_start(gazetteer: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(name without spaces, key) of every agency of the table, for prefix look-ups."""
    return tuple((re.sub(r"\s+", "", org.name), org.key) for org in gazetteer.agencies.values())


def _truncated_names(reading: Reading, named: list[tuple[int, int, int, OrgMention]]) -> list[tuple[int, int, int, OrgMention]]:
    """Agencies written as the start of their name and ฯ: the one agency of the table whose name
    starts so, else the one of those already named in the article, else the shortest of them."""
    text, found = reading.text, []
    in_article = {c[3].key for c in named}
    for run_start, run_end in _before_abbreviation_marks(text):
        run = text[run_start:run_end]
        for head in _AGENCY_HEAD.finditer(run):
            stem, start = run[head.start():], run_start + head.start()
            if stem == "กระทรวง":
                before = [c[3] for c in named if c[3].end <= start and reading.organization(c[3].key).kind == "ministry"]
                key = before[-1].key if before else None
            elif len(stem) - len(head.group()) < 2:
                continue
            elif any(n == stem for n, _ in _names_by_start(reading.gazetteer)):
                # the whole name before ฯ (which cuts short what follows it: "กรมทรัพยากรน้ำฯ" for "… กระทรวงทรัพยากรฯ")
                key = next(k for n, k in _names_by_start(reading.gazetteer) if n == stem)
            else:
                starts = [(n, k) for n, k in _names_by_start(reading.gazetteer) if n.startswith(stem) and n != stem]
                if stem.endswith("จังหวัด"):
                    # "สำนักงานพัฒนาชุมชนจังหวัดฯ": the office of the article's province, never another province's
                    starts = [(n, k) for n, k in starts if n[len(stem):] in text]
                starts = [s for s in starts if s[1] in in_article] or starts
                key = min(starts, key=lambda s: len(s[0]))[1] if starts else None
            if key:
                found.append((start, start - run_end - 1, 1, OrgMention(start, run_end + 1, key, "truncated")))
                break
    return found


# A ministry with its head word misspelt ("ประทรวงมหาดไทย", "กระทรวล…"): the name after it is the table's.
_MISSPELT_MINISTRY = re.compile(r"(?:ประทรวง|กะทรวง|กระทวง|กระทรง|กระทรวล)(?=[\u0e01-\u0e4e ])")


def _misspelt_ministries(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    regex, surfaces = _surface_index(reading.gazetteer)
    found = []
    for match in _MISSPELT_MINISTRY.finditer(reading.text):
        written = "กระทรวง" + reading.text[match.end():match.end() + 60]
        hit = regex.match(written)
        if hit and hit.end() > len("กระทรวง") + 1:
            end = match.end() + hit.end() - len("กระทรวง")
            key = surfaces[re.sub(r"\s+", "", hit.group())][0]
            found.append((match.start(), match.start() - end, 1, OrgMention(match.start(), end, key, "name")))
    return found


def _organization_short_forms(gazetteer: Gazetteer, key: str) -> tuple[str, ...]:
    org = gazetteer.organization(key)
    return org.abbreviations if org else ()


# Another state written after a name ("กระทรวงพลังงานแห่งราชอาณาจักรซาอุดีอาระเบีย", "…สาธารณรัฐเกาหลี"), not Thailand.
_FOREIGN_STATE_AFTER = re.compile(r"[ \t]?(?:แห่ง|ของ)?[ \t]?(?:สหพันธ์)?(?:สาธารณรัฐ|ราชอาณาจักร)(?!ไทย)")


def find(reading: Reading) -> list[tuple[int, int, int, OrgMention]]:
    """The table's names as the article writes them, also cut short with ฯ or with a misspelt head word."""
    text, gazetteer = reading.text, reading.gazetteer
    candidates: list[tuple[int, int, int, OrgMention]] = []
    regex, surfaces = _surface_index(gazetteer)
    for match in regex.finditer(text):
        key, how, role = surfaces[re.sub(r"\s+", "", match.group())]
        if key in _hospital_keys(gazetteer) and (_name_goes_on(gazetteer, text, match.end())
                                                 or text.endswith("มูลนิธิ", max(0, match.start() - 8), match.start())):
            continue    # "โรงพยาบาลราชวิถี 2", "…ราชวิถีเชียงใหม่": another hospital; "มูลนิธิโรงพยาบาลราชวิถี": a foundation
        if key in gazetteer.bodies.orgs and text.endswith("สำนักงาน", max(0, match.start() - 8), match.start()) \
                and gazetteer.bodies.orgs[key].name.startswith(("กองทุน", "เงินทุนหมุนเวียน")):
            continue    # "สำนักงานกองทุนยุติธรรม": the fund's office, a body of its own (the title finders read it)
        if _REGION_BEFORE.search(text, max(0, match.start() - 12), match.start()) \
                and match.group() in _organization_short_forms(gazetteer, key):
            continue    # "ภูมิภาคอาเซียน", "ระดับอาเซียน", "สภาธุรกิจสหรัฐฯ-อาเซียน": a region, a level, part of another name
        if how == "name" and (text.startswith(FOREIGN_COUNTRIES, match.end()) or _FOREIGN_STATE_AFTER.match(text, match.end())):
            continue    # "สำนักพระราชวังซาอุดีอาระเบีย", "กระทรวงการต่างประเทศญี่ปุ่น": that country's body, not ours
        candidates.append((match.start(), match.start() - match.end(), 0, OrgMention(match.start(), match.end(), key, how, role)))
    candidates.extend(_truncated_names(reading, candidates))
    candidates.extend(_misspelt_ministries(reading))
    return candidates
