"""Awards of earlier years a named body is said to have received, each with the year the text writes for it.

``<หน่วยงาน> ซึ่งเคยได้รับรางวัล<A> ในปี 2562, รางวัล<B> ในปี 2561 และรางวัล<C> ในปี 2560``: a visit report, a
winners list or an anniversary statement recalls what the body won before. The other passes read the body and the
programme but take the article's own year, or find the programme already credited to the body this year and read
nothing more; yet each recalled award is a conferral of its own year (ANNOTATION.md: a recalled award is a row, with
that year). Only a year written for the programme in the clause makes a row: a recalled award without one makes none.
``ได้รับรางวัล<A> 3 ปีซ้อน ในปี 2562 - 2564``: a run of years whose length the text states is one award a year.
"""
from __future__ import annotations

import re

from ...model import Award
from ...normalize import thai_digits_to_arabic
from ..reading import Reading
from .common import _INDIVIDUAL_BEFORE, _WHOSE_POLICY, _for_people, _learned_ancestors
from .passes import BARE, _received_at, _AWARD_WORD_GAP, _TOKEN_OF_AWARD

# "<หน่วยงาน> (…) ซึ่งเคยได้รับรางวัล", "<หน่วยงาน> ยังเคยคว้ารางวัล": the body, then the verb of a recalled award
_HAD = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:ซึ่ง|ที่)?[ \t]?(?:ยัง|ก็)?[ \t]?เคย[ \t]?(?:ได้รับ|คว้า)(?:มอบ)?")
# the clause of the verb ends at its line, or where the sentence turns to something else: a new sentence, a
# relative clause, a comparison ("… 13 รางวัล ซึ่งมากกว่าปี 2565 ที่ได้รับ 9 รางวัล": that year is another count)
_CLAUSE_END = re.compile(r"\n|[ \t]?(?:ทั้งนี้|นอกจากนี้|อีกทั้ง|โดยมี|ซึ่ง|และเป็น|และได้รับ(?:การ)?(?!รางวัล)|มากกว่า|เมื่อเทียบ)")
_CLAUSE = 260
# a year the text writes for a programme: BE (ปี 2562, พ.ศ. 2562, ประจำปี 2562), or CE right after a Latin name
_BE_YEAR = re.compile(r"(?<![\d๐-๙])(25[0-9]{2}|๒๕[๐-๙]{2})(?![\d๐-๙])")
_CE_YEAR = re.compile(r"(?<![\d])((?:19|20)[0-9]{2})(?![\d])")
# "3 ปีซ้อน ในปี พ.ศ. 2562 - 2564": a count of years in a row and the run they span
_IN_A_ROW = re.compile(r"([\d๐-๙]{1,2})[ \t]*ปี[ \t]?(?:ซ้อน|ติดต่อกัน)")
_RUN = re.compile(r"(25[0-9]{2})[ \t]*[-–][ \t]*(25[0-9]{2})(?![\d])")
# a clause about a shortlist, a nomination or an award still to come is no conferral
_NOT_WON = re.compile(r"จะได้รับ|เข้ารอบ|เสนอชื่อ|[Ff]inalist|ชิงรางวัล")


def find(reading: Reading) -> list[Award]:
    """Add each recalled award of a named body whose year the clause writes, unless that award was read; return
    those added (a recalled award had its ceremony elsewhere)."""
    text, added = reading.text, []
    for org in sorted(reading.orgs, key=lambda o: o.start):
        if org.role == "member" or _inside_a_post(reading, org):
            continue
        line_start = text.rfind("\n", 0, org.start) + 1
        if _INDIVIDUAL_BEFORE.search(text, max(line_start, org.start - 40), org.start) \
                or _WHOSE_POLICY.search(text, max(line_start, org.start - 30), org.start):
            continue
        had = _HAD.match(text, org.end)
        verb_end = had.end() if had else _received_at(reading, org)
        if verb_end is None:
            continue
        first = _programme_after(reading, verb_end)
        if first is None:
            continue
        ender = _CLAUSE_END.search(text, verb_end, verb_end + _CLAUSE)
        clause_end = ender.start() if ender else min(len(text), verb_end + _CLAUSE)
        if _NOT_WON.search(text, verb_end, clause_end):
            continue
        mentions = _named_in_turn(reading, first, clause_end)
        for index, mention in enumerate(mentions):
            if _for_people(reading, mention.key):
                continue
            own_end = mentions[index + 1].start if index + 1 < len(mentions) else clause_end
            for year in _years_written(text, mention, own_end, clause_end):
                award = _add(reading, org, mention, year)
                if award is not None:
                    added.append(award)
    return added


def _named_in_turn(reading: Reading, first, clause_end: int) -> list:
    """The programmes the clause names one after another, the first one received included: each later one opens
    with a comma or และ (``…ในปี 2562, รางวัล TQC Plus ในปี 2561 และรางวัล TQC ในปี 2560``; the same
    programme again is another award of another year). A programme named as where the award was won (``จากการ
    ประกวด<B>``) is none of them."""
    text, found = reading.text, [first]
    for mention in sorted(reading.programme_mentions, key=lambda m: m.start):
        if mention.start < found[-1].end or mention.start >= clause_end:
            continue
        if _NEXT_NAMED.search(text, max(found[-1].end, mention.start - 15), mention.start):
            found.append(mention)
    return found


# before a programme named next in a clause: a comma or และ, the verb again, รางวัล, an opening quote (not the
# ceremony where it was handed out: "… ประจำปี 2567 และพิธีมอบรางวัล<B>")
_NEXT_NAMED = re.compile(r"(?:,|และ)[ \t]*(?:ได้รับ|คว้า)?[ \t]*(?:รางวัล)?[ \t]*[“\"]?[ \t]*$")


def _inside_a_post(reading: Reading, org) -> bool:
    """A body named in a person's post (ผู้อำนวยการธนาคารออมสิน): the person is who the verb is about."""
    return any(post.start <= org.start and org.end <= post.end and post.start < org.start for post in reading.positions)


def _programme_after(reading: Reading, verb_end: int):
    """The programme the verb receives: named at once, after the word รางวัล, or after a plaque or certificate."""
    text = reading.text
    for mention in reading.programme_mentions:
        if mention.start < verb_end or mention.start > verb_end + 80:
            continue
        if mention.start <= verb_end + 2 or _AWARD_WORD_GAP.fullmatch(text, verb_end, mention.start) \
                or _TOKEN_OF_AWARD.fullmatch(text, verb_end, mention.start):
            return mention
    return None


def _years_written(text: str, mention, own_end: int, clause_end: int) -> list[int]:
    """The years the clause writes for one programme: its own year, written between its name and the next
    programme's, or each year of a run (``3 ปีซ้อน … 2562 - 2564``) whose length the clause states."""
    segment = text[mention.start:own_end]
    run, count = _RUN.search(segment), _IN_A_ROW.search(text, mention.start, clause_end)
    if run and count:
        first, last = int(run.group(1)), int(run.group(2))
        if last - first + 1 == int(thai_digits_to_arabic(count.group(1))) and mention.year in (first, last, None):
            return list(range(first, last + 1))
    if not mention.year:
        return []
    written = {int(thai_digits_to_arabic(y)) for y in _BE_YEAR.findall(segment)}
    if re.search(r"[A-Za-z]", text[mention.start:mention.end]):
        written |= {int(y) + 543 for y in _CE_YEAR.findall(segment)}
    return [mention.year] if mention.year in written else []


def _add(reading: Reading, org, mention, year: int) -> Award | None:
    extraction = reading.extraction
    if any(a.programme == mention.key and a.year == year
           and (a.recipient == org.key or org.key in reading.gazetteer.ancestors(a.recipient)
                or org.key in _learned_ancestors(reading, a.recipient)) for a in extraction.awards):
        return None
    award = Award(programme=mention.key, year=year, recipient=org.key, confidence=BARE)
    extraction.awards.append(award)
    reading.evidence(award, org.start, mention.end)
    reading.mention("award", org.start, mention.end, reading.text[mention.start:mention.end],
                    reading.organization(org.key).name)
    return award
