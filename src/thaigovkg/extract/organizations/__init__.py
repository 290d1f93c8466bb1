"""Organisations: full names, short forms, composed forms and units below department level.

Four kinds of mention, all resolved to an agency key:

* a full name or alias from the reference table (``กรมการจัดหางาน``);
* a short form (``พส.``), resolved first by the article's own definition
  (``กรมพัฒนาสังคมและสวัสดิการ (พส.)``), then by the title before it
  (``ประธาน ก.พ.ร.`` is the commission, ``เลขาธิการ ก.พ.ร.`` its office);
* a composed form: ``กระทรวง พม.`` (ministry + short form), ``สำนักงานปลัดกระทรวง พม.``
  (its permanent secretary's office), ``สำนักงาน ก.พ.ร.`` (a committee's office),
  ``กรรมการพัฒนาระบบราชการ`` (a member of that committee);
* a unit the table lacks, named after a province (``สำนักงานพัฒนาชุมชนจังหวัดร้อยเอ็ด``)
  or defined with a short form in the article; its parent comes from the
  unit-head table, from the department whose name it shares, or from
  ``สังกัด`` / ``ของ`` + organisation right after it.

``find`` runs the finders in order, keeps the leftmost, longest, most trusted of overlapping candidates, then
learns from the mentions kept. The finders: ``table_names`` (the reference table's names and forms),
``provincial_offices``, ``short_forms`` (bodies an article defines; later, short forms resolved and attested),
``defined_centres`` (centres defined with their own short form), ``companies``, ``faculties``, ``place_bodies``, ``named_bodies``, ``community_bodies``, ``schools``, ``security_units``,
``committees``; what is learned after the choice: ``named_units``, ``funds`` (funds named with their owner) and
``unit_lists``. They share ``unit_names``
(where a name ends, whether it names a kind), ``hospitals`` and ``parents`` (placing a unit under its parent).
"""
from __future__ import annotations

from ..reading import OrgMention, Reading
from . import (
    committees, community_bodies, companies, defined_centres, faculties, funds, named_bodies, place_bodies, provincial_offices,
    schools, security_units, short_forms, table_names, unit_lists)
from .named_units import add_named_units, learn_placed_unit
from .provincial_offices import learned_provincial_unit

__all__ = ["find", "learn_placed_unit", "learned_provincial_unit"]


def find(reading: Reading) -> None:
    """Add every organisation mention of the article to the reading."""
    candidates: list[tuple[int, int, int, OrgMention]] = []   # (start, -length, priority, mention)
    candidates.extend(table_names.find(reading))
    candidates.extend(provincial_offices.provincial_units(reading))
    candidates.extend(short_forms.defined_bodies(reading))
    candidates.extend(defined_centres.find(reading))
    candidates.extend(companies.find(reading))
    candidates.extend(faculties.find(reading))
    candidates.extend(provincial_offices.numbered_offices(reading))
    candidates.extend(provincial_offices.place_named_offices(reading))
    candidates.extend(provincial_offices.provincial_offices_without_the_word(reading))
    candidates.extend(provincial_offices.provincial_offices_by_short_form(reading))
    candidates.extend(place_bodies.find(reading, [c[3] for c in candidates]))
    candidates.extend(named_bodies.find(reading))
    candidates.extend(community_bodies.find(reading))
    candidates.extend(schools.find(reading))
    candidates.extend(security_units.find(reading))
    candidates.extend(committees.find(reading))

    reading.orgs = _without_overlaps(candidates)
    short_forms.learn_definitions(reading)
    short_forms.add_short_forms(reading)
    add_named_units(reading)
    funds.add(reading)
    unit_lists.add(reading)
    short_forms.attest_written_short(reading)
    for org in reading.orgs:
        reading.mention("org", org.start, org.end, reading.organization(org.key).name, org.how)
        reading.evidence(("org", org.key), org.start, org.end)


def _without_overlaps(candidates: list[tuple[int, int, int, OrgMention]]) -> list[OrgMention]:
    """Leftmost, then longest, then most trusted; spans that overlap a kept one go."""
    kept: list[OrgMention] = []
    end = -1
    for start, _, _, mention in sorted(candidates, key=lambda c: c[:3]):
        if start >= end:
            kept.append(mention)
            end = mention.end
    return kept
