"""What more than one step reads by: a Thai letter, the spans finders have taken, the words between a name and
its title."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_THAI_RUN = r"[\u0e01-\u0e4e]"


def _untaken(matches: Iterable[re.Match[str]], taken: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches that overlap no span another finder has taken already."""
    return (m for m in matches if not any(s < m.end() and m.start() < e for s, e in taken))


# อดีต right before a title: the post was held before the article ("อดีตผู้ว่าราชการจังหวัด…", "อดีต ส.ส.…", "… และอดีต
# อธิบดีกรม…"); not "ในอดีต" (in the past) nor อดีต written on to another word (positions._as_former)
_FORMER_BEFORE = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=และ))อดีต[ \t]?$")


def _before_former(text: str, start: int) -> int:
    """Where a title that starts at ``start`` starts with the อดีต written before it (``start`` where none is)."""
    former = _FORMER_BEFORE.search(text, max(0, start - 10), start)
    return former.start() if former else start


# Between a name and its title: nothing, a nickname or the name in Latin letters in brackets ("นายหาน จื้อเฉียง
# (H.E. Mr. Han Zhiqiang) เอกอัครราชทูต…"), "ในฐานะ" (as), or the words of an appointment list
# ("นายวิชัย ทองดี ให้ดำรงตำแหน่งเลขานุการรัฐมนตรี…", "… ข้าราชการพลเรือนสามัญ ตำแหน่ง ผู้อำนวยการกอง…", laid out with spaces).
# (not "ดำรงตำแหน่ง" written on to the title, as a story tells who held an office once: "ทักษิณ ชินวัตร ดำรงตำแหน่งนายกรัฐมนตรี")
_BRIDGE = re.compile(r"[ \t]*(?:\((?:[^()\n]{1,30}|[^()\n\u0e00-\u0e7f]{31,80})\)[ \t]*)?(?:ในฐานะ[ \t]?|(?:ข้าราชการ(?:พลเรือนสามัญ|การเมือง)[ \t]*)?"
                     r"(?:ตำแหน่ง[ \t]*|ให้(?:ไป)?ดำรงตำแหน่ง[ \t]*|ดำรงตำแหน่ง[ \t]+))?")
