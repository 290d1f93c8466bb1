"""People and the posts they hold.

A person is an honorific or rank, a given name and a surname
(``นายอนุกูล ปีดแก้ว``); a given name alone later on (``นายอนุกูล กล่าวว่า``)
points back to the person already met. A post is a title head and the
organisation after it (``อธิบดี`` + ``กรมการจัดหางาน``; ``ปลัด`` + ``พม.`` →
``ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์``), a committee member's
title, or a title complete in itself (``รองนายกรัฐมนตรี``). A post belongs to
the person it stands right after (or right before, where none precedes it).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import (ACTING_PREFIXES, HEAD_ABBREVIATIONS, HONORIFICS, NOT_SURNAME, NOT_SURNAME_WORDS,
                         POSITION_HEADS, STANDALONE_POSITIONS)
from ..model import Person, Post
from .reading import PersonMention, PositionMention, Reading

_THAI_RUN = r"[\u0e01-\u0e4e]"
_NAME_START = r"[\u0e01-\u0e2e\u0e40-\u0e44]"   # a consonant or a leading vowel (เ แ โ ใ ไ)
# After นาย a word that makes นาย part of a noun, not Mr: นายก (prime minister,
# mayor, president), นายอำเภอ (district chief), นายทหาร / นายตำรวจ (officers), นายจ้าง (employer) …
_NOT_AFTER_NAI = r"(?!ก(?:รัฐมนตรี|ฯ|สมาคม|เทศมนตรี|องค์การ|สภา|อบต|อบจ|ราชบัณฑิต)|อำเภอ|ทหาร|ตำรวจ|จ้าง|หน้า|ทะเบียน|ช่าง|ด่าน|ประกัน|ทุน|พราน|ท่า|เรือ|สถานี|งาน|แบบ)"
# Noble surnames written with ณ (ณ อยุธยา …) continue the surname.
_NOBLE = r"(?:[ \t]ณ[ \t](?:อยุธยา|ป้อมเพชร์|ป้อมเพชร|นคร|ระนอง|ถลาง|เชียงใหม่|สงขลา|ลำปาง|น่าน|พัทลุง|บางช้าง))"
# A given name written together with what the person did next: said, disclosed, received …
_GLUED_VERB = re.compile(r"กล่าว|เปิดเผย|ได้รับ|ได้|เป็น|ร่วม|มอบ|ให้สัมภาษณ์|เดินทาง")
_NICKNAME = re.compile(r"[“\"']([\u0e01-\u0e4e]{2,12})[”\"'][ \t]?$")


@lru_cache(maxsize=1)
def _person_regex() -> re.Pattern[str]:
    honorifics = sorted(HONORIFICS, key=len, reverse=True)
    # grouped by first letter (same order within a group): the engine then skips a group on one
    # character compare instead of trying all ~100 honorifics at every position (3.5× faster)
    groups: dict[str, list[str]] = {}
    for h in honorifics:
        groups.setdefault(h[0], []).append(("(?<!พระ" + h[0] + ")" if h == "นาง" else "") + re.escape(h[1:])
                                           + (_NOT_AFTER_NAI if h == "นาย" else ""))
    alternatives = "|".join(re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in groups.items())
    return re.compile(
        rf"(?P<hon>(?:(?:{alternatives})[ \t]?)+)"
        rf"(?P<given>{_NAME_START}{_THAI_RUN}+)"
        rf"(?:[ \t]{{1,2}}(?P<family>{_NAME_START}{_THAI_RUN}+{_NOBLE}?))?")


@lru_cache(maxsize=1)
def _head_regex() -> re.Pattern[str]:
    heads = sorted({*POSITION_HEADS, *HEAD_ABBREVIATIONS}, key=len, reverse=True)
    acting = "|".join(ACTING_PREFIXES)
    return re.compile(rf"(?P<acting>(?:{acting})[ \t]?)?(?P<head>{'|'.join(map(re.escape, heads))})[ \t]?$")


@lru_cache(maxsize=1)
def _standalone_regex() -> re.Pattern[str]:
    acting = "|".join(ACTING_PREFIXES)
    titles = "|".join(sorted(map(re.escape, STANDALONE_POSITIONS), key=len, reverse=True))
    first = "".join(sorted({re.escape(w[0]) for w in (*ACTING_PREFIXES, *STANDALONE_POSITIONS)}))
    return re.compile(rf"(?=[{first}])(?P<acting>(?:{acting})[ \t]?)?(?P<title>{titles})")   # (?=…): 2× faster scan


def find(reading: Reading) -> None:
    """Add people, their titles and the posts linking them to the reading."""
    _find_positions(reading)
    _find_people(reading)
    _attach_posts(reading)


# --- positions -------------------------------------------------------------

def _find_positions(reading: Reading) -> None:
    text, found = reading.text, []
    for org in reading.orgs:
        if org.role == "member":
            acting = text[max(0, org.start - 16):org.start].rstrip().endswith(ACTING_PREFIXES)
            title = reading.text[org.start:org.end].replace(" ", "")
            found.append(PositionMention(org.start, org.end, _member_title(reading, org.key, title), org.key, acting))
            continue
        head = _head_regex().search(text, max(0, org.start - 40), org.start)
        if not head:
            continue
        title = compose_title(reading, head.group("head"), org.key)
        if title:
            found.append(PositionMention(head.start(), org.end, title, org.key, bool(head.group("acting"))))
    taken = [(p.start, p.end) for p in found] + [(o.start, o.end) for o in reading.orgs]
    for match in _standalone_regex().finditer(text):
        start, end = match.span("title")
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(PositionMention(match.start(), end, STANDALONE_POSITIONS[match.group("title")], None,
                                     bool(match.group("acting"))))
    reading.positions = sorted(found, key=lambda p: p.start)
    for position in reading.positions:
        reading.mention("position", position.start, position.end, position.title, position.org or "")


def _member_title(reading: Reading, key: str, surface: str) -> str:
    """``กรรมการพัฒนาระบบราชการ``: a member of the committee, named in full."""
    return "กรรมการ" + reading.organization(key).name.removeprefix("คณะกรรมการ")


def compose_title(reading: Reading, head: str, org_key: str) -> str | None:
    """A full title from a head and an organisation: overlapping words written once.

    ``ปลัด`` + กระทรวงมหาดไทย → ปลัดกระทรวงมหาดไทย; ``รัฐมนตรีว่าการกระทรวง`` +
    กระทรวงแรงงาน → รัฐมนตรีว่าการกระทรวงแรงงาน; ``อธิบดี`` + กรมการจัดหางาน →
    อธิบดีกรมการจัดหางาน.
    """
    head = HEAD_ABBREVIATIONS.get(head, head)
    org = reading.organization(org_key)
    name = org.name
    if head == "กรรมการ" and org.kind != "committee":
        return None
    if head in ("ปลัด", "รองปลัด", "ผู้ช่วยปลัด") and name.startswith("กระทรวง"):
        head += "กระทรวง"
    for size in range(min(len(head), len(name)), 0, -1):
        if head.endswith(name[:size]) and size >= 3:
            return head + name[size:]
    return head + name


# --- people ------------------------------------------------------------------

def _find_people(reading: Reading) -> None:
    text = reading.text
    known: dict[str, str] = {}          # given name → full name met earlier in the article
    heads = tuple(sorted({*POSITION_HEADS, *STANDALONE_POSITIONS}, key=len, reverse=True))
    org_starts = {o.start for o in reading.orgs}
    for match in _person_regex().finditer(text):
        given, family = match.group("given"), match.group("family")
        given, cut = _cut_at_title(given, heads)
        glued = _GLUED_VERB.search(given, 2)
        if glued:
            given, cut = given[:glued.start()], True
        end = match.start("given") + len(given) if cut else match.end()
        if cut or not family or family.startswith(NOT_SURNAME) or family in NOT_SURNAME_WORDS \
                or match.start("family") in org_starts:
            family = None
            end = match.start("given") + len(given)
        elif family:
            family, cut = _cut_at_title(family, heads)
            end = match.start("family") + len(family)
        if len(given) < 2 or given.startswith(NOT_SURNAME[:8]):
            continue
        honorifics = tuple(h for h in re.split(r"[ \t]+", _split_honorifics(match.group("hon"))) if h)
        if family and len(family) >= 2:
            name = f"{given} {family}"
            known.setdefault(given, name)
            reading.persons.append(PersonMention(match.start(), end, name, honorifics, True))
        elif given in known:
            reading.persons.append(PersonMention(match.start(), end, known[given], honorifics, False))
    for person in reading.persons:
        reading.mention("person", person.start, person.end, person.name, " ".join(person.honorifics))
        if person.full:
            _add_person(reading, person)


@lru_cache(maxsize=4)
def _any_head(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, heads)))


def _cut_at_title(word: str, heads: tuple[str, ...]) -> tuple[str, bool]:
    """A name glued to the title after it (``อินทุสุตเลขาธิการ``) ends where the title starts."""
    if not _any_head(heads).search(word, 2):
        return word, False
    for head in heads:
        at = word.find(head, 2)
        if at >= 2:
            return word[:at], True
    return word, False


def _split_honorifics(run: str) -> str:
    """``ศาสตราจารย์กิตติคุณ ดร.`` → the honorifics, each kept apart."""
    parts, rest = [], run.strip()
    ordered = sorted(HONORIFICS, key=len, reverse=True)
    while rest:
        head = next((h for h in ordered if rest.startswith(h)), None)
        if head is None:
            break
        parts.append(head)
        rest = rest[len(head):].lstrip()
    return " ".join(parts)


def _add_person(reading: Reading, mention: PersonMention) -> None:
    people = reading.extraction.people
    current = people.get(mention.name)
    nickname = _NICKNAME.search(reading.text, max(0, mention.start - 20), mention.start)
    variants = set(current.variants if current else ())
    if nickname:
        variants.add(nickname.group(1))
    honorifics = tuple(dict.fromkeys((*(current.honorifics if current else ()), *mention.honorifics)))
    people[mention.name] = Person(mention.name, honorifics, tuple(sorted(variants)))
    reading.evidence(("person", mention.name), mention.start, mention.end)


# --- posts -------------------------------------------------------------------

# Between a name and its title: nothing, a nickname in brackets, or "ในฐานะ" (as).
_BRIDGE = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?(?:ในฐานะ[ \t]?|ตำแหน่ง[ \t]?)?")
# Between two titles of one person: and / as well as / who is.
_AND = re.compile(r"[ \t]*(?:และ|รวมทั้ง|ในฐานะ|ซึ่งเป็น|ซึ่งดำรงตำแหน่ง|เป็น)[ \t]*|[ \t]*\([^()\n]{1,20}\)[ \t]*")


def _attach_posts(reading: Reading) -> None:
    text = reading.text
    by_start = {p.start: p for p in reading.positions}
    used: set[int] = set()
    for person in reading.persons:
        bridge = _BRIDGE.match(text, person.end)
        position = by_start.get(bridge.end()) if bridge else None
        while position is not None:
            _add_post(reading, person, position)
            used.add(position.start)
            link = _AND.match(text, position.end)
            position = by_start.get(link.end()) if link else None
    # a title standing right before a name nobody else holds it for: "ปลัดกระทรวงมหาดไทย นายสุทธิพงษ์"
    person_starts = {p.start: p for p in reading.persons}
    for position in reading.positions:
        if position.start in used:
            continue
        gap = re.match(r"[ \t]*", text[position.end:])
        person = person_starts.get(position.end + (gap.end() if gap else 0))
        if person is not None:
            _add_post(reading, person, position)


def _add_post(reading: Reading, person: PersonMention, position: PositionMention) -> None:
    post = Post(person=person.name, title=position.title, org=position.org, acting=position.acting)
    if post not in reading.extraction.posts:
        reading.extraction.posts.append(post)
        reading.evidence(post, person.start, position.end)
    if position.org:
        reading.extraction.named.add(position.org)
