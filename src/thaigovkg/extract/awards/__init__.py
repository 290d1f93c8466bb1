"""Awards: one per conferral, read as frames that a reader fills.

The finders turn the article into a stream of labelled tokens: the terms of the
programmes it names (branch สาขา, category ประเภท / หมวด, level ระดับ, tiers,
medals, placings), the organisations that receive (``tokens``, ``terms``,
``recipients``, ``works``). ``frames`` cuts the stream into the units a person
reads an award text by (a receiving sentence, a list item, a member of a list
of winners, a heading that announces terms for the items below it) and fills
each: every recipient of a frame receives each of its works, with the terms the
frame writes or inherits from its heading. ``passes`` then adds what the frames
leave out (bare awards, listed winners, a leader's honour) and checks the totals
the article states; ``common`` holds what more than one of them uses.
"""
from __future__ import annotations

import re

from .. import events
from ..programmes import looks_back
from ..reading import Reading
from .passes import _bare_awards, _titles_at_ceremonies, _drop_units_totals, _titles_won_at, _check_totals, _drop_summaries, _join_halves, _leader_honorees, _leaders_listed, _listed_heads, _listed_winners
from .filters import (credit_the_tier_named, credit_units_under_parents, drop_congratulators, drop_enumerated_kinds,
                      drop_individuals_kinds, drop_organisers, drop_person_items, drop_places_of_bodies, drop_ranked_items,
                      drop_undated_recalls, name_the_honoured_heads, restate_list_years)
from . import kind_lists, recalled
from .frames import Frames
from .tokens import _tokens


def find(reading: Reading) -> None:
    """Add every award conferral the article reports, and check the totals it gives."""
    main = reading.main_programme
    if main is None:
        kind_lists.find(reading)        # (a title heading its winners by kind may be the article's only programme)
        return
    if not _speaks_of_awards(reading.text):
        return
    tokens = _tokens(reading)
    reader = Frames(reading, main)
    reader.run(tokens)
    _drop_summaries(reading)
    for award in reading.extraction.awards:
        reading.extraction.named.add(award.recipient)
    _titles_won_at(reading)
    _bare_awards(reading)
    _listed_winners(reading, tokens)
    _listed_heads(reading)
    _leader_honorees(reading, tokens)
    _titles_at_ceremonies(reading)     # (after the passes that add awards: a bare award is read under its title)
    _check_totals(reading, tokens)
    _drop_units_totals(reading)
    reader.recalled.extend(recalled.find(reading))     # earlier years' awards of a named body (the filters below see them)
    _drop_shortlisted(reading)
    drop_person_items(reading)
    _leaders_listed(reading, tokens)   # (after: a head listed with the post is this award's person, not a person's item)
    drop_enumerated_kinds(reading)
    drop_ranked_items(reading)
    drop_congratulators(reading)
    drop_organisers(reading)
    restate_list_years(reading)
    drop_undated_recalls(reading)
    drop_places_of_bodies(reading)
    drop_individuals_kinds(reading)
    credit_units_under_parents(reading)
    credit_the_tier_named(reading)
    name_the_honoured_heads(reading)    # (after: the body credited, its head named where the award honours them)
    kind_lists.find(reading)            # winners listed by kind under the title they won, which no frame reads
    _join_halves(reading)           # again: the passes after the frames may read another half of one award
    # an award of an earlier year the article recalls (ในปี 2566) had its ceremony elsewhere; a programme
    # whose ceremony the article names ("พิธีมอบรางวัล<programme> ประจำปี 2567") had one, whoever won
    ceremonies = {(a.programme, a.year) for a in reading.extraction.awards if a not in reader.recalled}
    named = [m for m in reading.programme_mentions if m.year]
    for index, mention in enumerate(named):
        before = reading.text[max(0, mention.start - 20):mention.start]
        joined = index and _AND_AWARD.search(before) and "\n" not in reading.text[named[index - 1].end:mention.start] \
            and (named[index - 1].key, named[index - 1].year) in ceremonies
        if _CEREMONY_OF.search(before) or joined:
            ceremonies.add((mention.key, mention.year))     # "พิธีมอบรางวัลA ประจำปี 2567 และรางวัลB ประจำปี 2567"
    # the article confers a programme though no winner was read: its ceremony, where it reports one; an article that
    # only names a programme (a meeting, a plan, a visit) or recalls one reports none
    conferred = _conferred_on_lines(reading, main)
    if not ceremonies and conferred and conferred[0][0] == main[0]:
        ceremonies = {main}
    # "… เคยได้รับรางวัล… เมื่อปี 2550" in an article on the 2565 awards: the earlier year is recalled
    ceremonies = {(p, y) for p, y in ceremonies
                  if not (y and any(p == q and z and z > y for q, z in ceremonies))} or ceremonies
    if _CABINET_SUMMARY.search(reading.text, 0, 400):
        ceremonies = set()      # a summary of a cabinet meeting reports what ministries submitted, no ceremony
    found = [event for programme, year in sorted(ceremonies, key=str) if (event := events.ceremony(reading, programme, year))]
    if not found and not _CABINET_SUMMARY.search(reading.text, 0, 400):
        # the ceremony of the programmes won (or of the main one) says nothing: the conferral the body reports may be
        # of a programme it names otherwise (a headline's short name, "ดีอีเอส มอบรางวัลคลิปสั้น…", for the contest
        # the body names in full; the rite's own name for the plaques whose winners are listed under another): of
        # those, the one whose ceremony the article tells most of (an awards night's day and chair over a category
        # handed over in passing)
        tried = {programme for programme, _ in ceremonies}
        others = [event for programme, year in conferred if programme not in tried
                  and (event := events.ceremony(reading, programme, year))]
        found = [max(others, key=_told_of)] if others else []
    reading.extraction.ceremonies.extend(events.one_per_programme(reading, found))


def _conferred_on_lines(reading: Reading, main: tuple[str, int | None]) -> list[tuple[str, int | None]]:
    """The programmes the article confers on a line of handing over or receiving (not looked back on), main first,
    each once, with its year (the main programme's where the mention gives none)."""
    text, found = reading.text, {}
    for mention in reading.programme_mentions:
        if mention.key not in found and not looks_back(text, mention.start) and _conferred_on_line(text, mention.start):
            found[mention.key] = mention.year or main[1]
    if main[0] in found:
        found = {main[0]: main[1], **found}
    return list(found.items())


def _told_of(event) -> int:
    """How many of a ceremony's own facts the article states."""
    return sum(1 for value in (event.date, event.venue, event.chair, event.presenters) if value)


# the headline of a cabinet meeting's summary: dozens of submissions, awards recalled in them, no ceremony
_CABINET_SUMMARY = re.compile(r"สรุปข่าวการประชุม(?:คณะรัฐมนตรี|[ \t]*ครม)")


# a unit that reached a final round, was nominated, or passed a screening and awaits the site visit or the
# award to come (จะได้รับ…) has won nothing (FORMAT.md: finalists are no award)
_SHORTLISTED = re.compile(r"ผ่านเข้ารอบ|เข้ารอบสุดท้าย|รอบชิงชนะเลิศ|เข้าชิงรางวัล|ได้รับการเสนอชื่อ|ถูกเสนอชื่อ|[Ff]inalist|[Ss]hortlist|[Nn]ominee"
                          r"|จะได้รับ(?:รางวัล|การตรวจประเมิน)|[Ss]ite[ \t]?[Vv]isit")
_WON_TOO = re.compile(r"คว้า|(?<!รอบชิง)ชนะเลิศ|(?<!จะ)ได้รับรางวัล|(?<!จะได้)รับรางวัล")      # (the final round is no placing)


def _drop_shortlisted(reading: Reading) -> None:
    extraction = reading.extraction
    for award in list(extraction.awards):
        sentence = extraction.evidence.get(award, "")
        lead = _list_lead(reading.text, sentence)
        if any(_SHORTLISTED.search(part) and not _WON_TOO.search(part) for part in (sentence, lead)):
            extraction.awards.remove(award)
            extraction.evidence.pop(award, None)


def _list_lead(text: str, sentence: str) -> str:
    """The words that open the list a sentence is a member of, on its line: "… ผ่านเข้ารอบสุดท้าย 9 สาขา
    ได้แก่ 1.A … 6.B …" (what the members reached), or "" where the sentence is no list member."""
    at = text.find(sentence) if sentence else -1
    if at < 0:
        return ""
    line_start = text.rfind("\n", 0, at) + 1
    # the fact a sentence was cut around lies near its middle (sentence_at): the last opener before it
    opener = None
    for opener in _LIST_OPENER.finditer(text, line_start, at + len(sentence) // 2):
        pass
    if opener is None:
        return ""
    clause_start = max(text.rfind(" ", line_start, max(line_start, opener.start() - 80)), line_start)
    return text[clause_start:opener.end()]


_LIST_OPENER = re.compile(r"ได้แก่|ดังนี้|ประกอบด้วย")


# a line that hands out or receives awards, or holds an awards night (not one that enters a contest or holds a meeting)
_CONFERRAL = re.compile(r"พิธี(?:ประกาศผล(?:และ)?)?มอบ|งานประกาศ(?:ผล)?รางวัล|มอบรางวัล|มอบโล่|รับรางวัล|รับโล่|เข้ารับ|รับมอบรางวัล|รับมอบโล่")


def _conferred_on_line(text: str, position: int) -> bool:
    start, end = text.rfind("\n", 0, position) + 1, text.find("\n", position)
    return bool(_CONFERRAL.search(text, start, len(text) if end < 0 else end))


# the ceremony named with its programme: พิธีมอบรางวัล<programme>, พิธีประกาศผลและมอบรางวัล<programme>, an awards night
# (งานประกาศผลรางวัล<programme>)
_AND_AWARD = re.compile(r"และ[ \t]?(?:รางวัล[ \t]?[“\"]?)?$")
_CEREMONY_OF = re.compile(r"(?:พิธี(?:ประกาศผล(?:และ)?)?มอบ(?:รางวัล|โล่(?:รางวัล)?)?[ \t]?(?:และ)?|งานประกาศ(?:ผล)?)(?:รางวัล)?[ \t]?[“\"]?$")


def _speaks_of_awards(text: str) -> bool:
    """No award from an article that never says รางวัล (award), โล่ (plaque), award, that a unit passed
    a certification (ผ่านการรับรอง) or received a certificate of honour (ได้รับประกาศเกียรติคุณ…): a
    programme's name alone (ศูนย์ราชการสะดวก is also a kind of service counter) is no conferral."""
    return "รางวัล" in text or "โล่" in text or "award" in text.lower() or bool(_CERTIFIED.search(text)) \
        or bool(_HONOURED.search(text))


# (or a certificate that says it honours: มอบเกียรติบัตร(และเครื่องหมาย)เชิดชูเกียรติ…, ได้รับเกียรติบัตรยกย่อง…)
_HONOURED = re.compile(r"(?:ได้รับ|รับ|มอบ)(?:มอบ)?[ \t]?(?:ประกาศเกียรติคุณ|เกียรติบัตร(?:[ \t]?และ[ \t]?(?:เข็ม|เครื่องหมาย))?[ \t]?(?:ประกาศ)?(?:ยกย่อง|เชิดชูเกียรติ))")
_CERTIFIED = re.compile(r"ผ่าน(?:เกณฑ์)?(?:การ)?(?:ตรวจ)?(?:ประเมิน)?(?:และ)?(?:การ)?รับรอง|ได้รับการรับรอง")
