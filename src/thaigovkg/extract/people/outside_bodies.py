"""Posts of bodies outside the Thai state that the head finders leave without a title.

An international body's country office is headed by its representative, titled by the body and the country it serves
("ผู้แทนองค์การอนามัยโลกประจำประเทศไทย", "ผู้แทนยูนิเซฟ ประเทศไทย", "เอกอัครราชทูตและหัวหน้าคณะผู้แทนสหภาพยุโรปประจำประเทศไทย"): a
post in that body, the title as written. A representative without the country ("ผู้แทนองค์การอนามัยโลก" at a meeting)
only stands in for the body, and a representative of an embassy ("ผู้แทนสถานเอกอัครราชทูตญี่ปุ่น…") for its envoy:
neither is a post."""
from __future__ import annotations

import re

from ..reading import PositionMention, Reading
from .titles import _position

_INTERNATIONAL = "international"
# (not after "and": "อธิบดีกรม… และผู้แทนองค์การยูนิเซฟ ประเทศไทย" names a second person, the representative unnamed)
_REPRESENTATIVE = re.compile(r"(?<![\u0e01-\u0e4e])(?P<head>(?:รอง|ผู้ช่วย)?ผู้แทน|(?:เอกอัครราชทูตและ)?หัวหน้าคณะผู้แทน)"
                             r"[ \t]?$")
# The European Union's office is itself named its representation ("คณะผู้แทนสหภาพยุโรปประจำประเทศไทย", its staff
# "เจ้าหน้าที่… ผู้แทนสหภาพยุโรปประจำประเทศไทย"), headed by an ambassador: only the head's title is a post there
_OFFICE_NAMED_REPRESENTATION = ("สหภาพยุโรป",)
# …the country after the body, maybe past the body's Latin short form: "(UNDP) ประจำประเทศไทย"
_COUNTRY_SERVED = re.compile(r"(?:[ \t]?\([A-Za-z][A-Za-z .&-]{1,20}\))?[ \t]?(?P<country>(?:ประจำ[ \t]?)?ประเทศไทย)")


def representatives_of_international_bodies(reading: Reading, taken: list[tuple[int, int]]) -> list[PositionMention]:
    """The representatives above, where no other finder has read a title over them."""
    found = []
    for org in reading.orgs:
        body = reading.organization(org.key)
        if body is None or body.kind != _INTERNATIONAL:
            continue
        head = _REPRESENTATIVE.search(reading.text, max(0, org.start - 36), org.start)
        country = _COUNTRY_SERVED.match(reading.text, org.end)
        if head is None or country is None:
            continue
        if body.name in _OFFICE_NAMED_REPRESENTATION and not head.group("head").endswith("หัวหน้าคณะผู้แทน"):
            continue
        start, end = head.start(), country.end()
        if any(s < end and start < e for s, e in taken):
            continue
        surface = body.name if org.how == "abbr" else reading.text[org.start:org.end]
        title = head.group("head") + re.sub(r"[ \t]+", "", surface + country.group("country"))
        found.append(_position(start, end, title, org.key, None))
        taken.append((start, end))
    return found
