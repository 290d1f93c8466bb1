"""Awards: one per conferral, read as a stream of labelled tokens.

Award lists in the genre name a recipient, then the programme's terms
(branch สาขา, category ประเภท / หมวด, level ระดับ) in any order, then the
awarded works. The tokens are read left to right with the current recipient
and terms as state, the way a person reads such a list:

* a recipient (an organisation followed by ได้รับ / คว้า / รับ, or opening a
  list item, or after ได้แก่) starts a new context;
* a branch replaces the branch; a category or level fills its slot; a level
  given before any category (``สาขา… ระดับดี … ประเภท A … ประเภท B``) holds
  for the whole branch;
* a work (a quoted title after a cue, ``ผลงาน <title>``, or the items of
  ``N ผลงาน คือ 1) … 2) …``) is awarded with the current state;
* terms that no work follows are one award of their own when the next term
  or recipient comes (PMQA categories have no works).

Cues that are weak (ได้แก่, คือ, และ) count only close to the previous award
token, so a title quoted later in the prose is not taken for a work.

The package reads in that order: ``tokens`` (with ``terms``, ``recipients`` and
``works``) turns the article into the token stream, ``reader`` reads it into
awards, and ``passes`` adds what the reading leaves out and checks the totals;
``common`` holds what more than one of them uses.
"""
from __future__ import annotations

from .. import events
from ..reading import Reading
from .passes import _bare_awards, _check_totals, _drop_summaries, _leader_honorees, _listed_winners
from .frames import Frames
from .reader import _Reader
from .tokens import _tokens


def find(reading: Reading) -> None:
    """Add every award conferral the article reports, and check the totals it gives."""
    main = reading.main_programme
    if main is None or not _speaks_of_awards(reading.text):
        return
    tokens = _tokens(reading)
    import os
    reader = Frames(reading, main) if os.environ.get("TGK_FRAMES") else _Reader(reading, main)
    reader.run(tokens)
    _drop_summaries(reading)
    for award in reading.extraction.awards:
        reading.extraction.named.add(award.recipient)
    # an award of an earlier year the article recalls (ในปี 2566) had its ceremony elsewhere
    ceremonies = {(a.programme, a.year) for a in reading.extraction.awards if a not in reader.recalled} or {main}
    # "… เคยได้รับรางวัล… เมื่อปี 2550" in an article on the 2565 awards: the earlier year is recalled
    ceremonies = {(p, y) for p, y in ceremonies
                  if not (y and any(p == q and z and z > y for q, z in ceremonies))} or ceremonies
    for programme, year in sorted(ceremonies, key=str):
        event = events.ceremony(reading, programme, year)
        if event and (reading.extraction.awards or event.chair or event.presenters or event.date):
            reading.extraction.ceremonies.append(event)
    _bare_awards(reading)
    _listed_winners(reading, tokens)
    _leader_honorees(reading, tokens)
    _check_totals(reading, tokens)


def _speaks_of_awards(text: str) -> bool:
    """No award from an article that never says รางวัล (award), โล่ (plaque) or award: a programme's
    name alone (ศูนย์ราชการสะดวก is also a kind of service counter) is no conferral."""
    return "รางวัล" in text or "โล่" in text or "award" in text.lower()
