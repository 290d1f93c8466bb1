"""Posts in a committee the article names whole elsewhere.

A committee's name has no mark of its end, so a title written with it ("ประธานคณะกรรมการกลั่นกรองการใช้จ่ายเงินกู้",
or without คณะ as the genre often writes a chair's: "ในฐานะประธานกรรมการกลั่นกรองการใช้จ่ายเงินกู้ เสนอ …") is read
whole only where the article names the committee where its end shows (organizations/committees.py: a short form,
a count, แห่งชาติ, an English name after it). The title then names that committee and the post is in it; the name
must end where the title's words end (a space, a bracket, a verb written on to it: "…เงินกู้เสนอ"), not run on
into a longer name ("ประธานคณะกรรมการกลั่นกรองการใช้จ่ายเงินกู้ภาคเหนือ" names another).
"""
from __future__ import annotations

import re

from ..reading import PositionMention, Reading
from .title_bodies import _GLUED_TO_BODY

# The officers of a committee, written on to its name with or without คณะ; before the head nothing Thai but as,
# and, be (ในฐานะประธาน…, และประธาน…, เป็นประธาน…).
_HEAD = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=ในฐานะ)|(?<=และ)|(?<=เป็น))"
                   r"(?P<head>รองประธาน|ประธาน|เลขานุการ|กรรมการ)(?=(?:คณะ)?(?:อนุ)?กรรมการ|คณะทำงาน)")
# Words that go on with the sentence after the name, written on to it (…เงินกู้เสนอ, …ผลไม้แล้ว).
_CLAUSE_GLUED = re.compile(rf"(?:{_GLUED_TO_BODY.pattern}|เสนอ|แล้ว|มอบหมาย|เป็นประธาน)")


def committee_posts(reading: Reading, found: list[PositionMention], taken: list[tuple[int, int]]) -> list[PositionMention]:
    """``found`` with the titles of the committees the article names whole tied to them, and those the finders
    did not read added (not over a span a finder left unread on purpose, ``taken``)."""
    names = _named_committees(reading)
    if not names:
        return found
    text, result = reading.text, list(found)
    for match in _HEAD.finditer(text):
        at = match.end("head")
        hit = next(((name, key, end) for name, key in names
                    for end in (_written(text, at, name),) if end is not None), None)
        if hit is None:
            continue
        name, key, end = hit
        title = match.group("head") + text[at:end]
        there = [p for p in result if p.start < end and match.start() < p.end]
        if not there and not any(s < end and match.start() < e for s, e in taken):
            result.append(PositionMention(match.start(), end, title, key))
        elif len(there) == 1 and there[0].start == match.start() and not there[0].acting \
                and (there[0].org is None or _prose_glued_on(reading, there[0].org, name)):
            result[result.index(there[0])] = PositionMention(match.start(), end, title, key)
    return result


def _prose_glued_on(reading: Reading, key: str, name: str) -> bool:
    """Whether the body a finder read in a title is the committee with a word of the sentence glued on
    ("…ภาครัฐแล้ว")."""
    read = reading.organization(key).name
    return read.startswith(name) and len(read) > len(name) and _CLAUSE_GLUED.match(read, len(name)) is not None


def _named_committees(reading: Reading) -> list[tuple[str, str]]:
    """(name, key) of each committee of the state the organisation finder met in the article, longest first."""
    names = {}
    for org in reading.orgs:
        organization = reading.organization(org.key)
        if organization.kind == "committee" and organization.name.startswith(("คณะกรรมการ", "คณะอนุกรรมการ", "คณะทำงาน")) \
                and " " not in organization.name:
            names[organization.name] = org.key
    return sorted(names.items(), key=lambda item: -len(item[0]))


def _written(text: str, at: int, name: str) -> int | None:
    """Where the committee's name written at ``at`` (with its คณะ or, for a committee, without) ends, if it
    ends there."""
    for form in (name, name.removeprefix("คณะ") if name.startswith(("คณะกรรมการ", "คณะอนุกรรมการ")) else None):
        if form and text.startswith(form, at):
            end = at + len(form)
            if end == len(text) or not re.match(r"[\u0e01-\u0e4e]", text[end]) or _CLAUSE_GLUED.match(text, end):
                return end
    return None
