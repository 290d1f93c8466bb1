"""Across articles: one node per real person, and one per real ceremony.

Thai misspellings of a name are mostly a vowel or tone mark (``อินทุสุต`` /
``อินทุสูต``), so people are grouped by given name and the consonant skeleton
of the surname; the spelling most articles use is the name, the others its
variants. Organisations need no step here: every article resolves them to the
same reference key or the same hash of the same name.

A ceremony is named by its programme, year and day (regional ceremonies of
one programme-year are different events). A report that gives no day would
otherwise make a node of its own; where the dated reports of that programme
and year all give one same day, the undated report is that ceremony.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import iris
from .model import Extraction

# Thai vowel signs and tone marks (above, below, following) and the silencer.
_MARKS = re.compile(r"[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")

CeremonyReport = tuple[str, int, "dt.date | None"]    # programme key, BE year, day (None when not given)


def person_key(name: str) -> str:
    """The name as resolution compares it: given name and the surname's consonants."""
    given, _, family = name.partition(" ")
    return f"{given} {_MARKS.sub('', family)}" if family else given


@dataclass
class Resolution:
    """The canonical spelling of every name seen, the other spellings of each, and the day
    of every programme-year whose dated reports agree on one."""

    canonical: dict[str, str] = field(default_factory=dict)
    variants: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ceremony_days: dict[tuple[str, int], dt.date] = field(default_factory=dict)

    def name(self, spelled: str) -> str:
        return self.canonical.get(spelled, spelled)

    def ceremony_day(self, programme: str, year: int, day: dt.date | None) -> dt.date | None:
        """The day that names a reported ceremony's node: its own, else the one its programme-year has."""
        return day or self.ceremony_days.get((programme, year))


def resolve_across_articles(extractions: Iterable[Extraction]) -> Resolution:
    """Group the people of many articles (the most used spelling, then the first in order, wins),
    and give undated ceremony reports the day of their programme-year where it is unambiguous."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    reports: list[CeremonyReport] = []
    for extraction in extractions:
        for name, person in extraction.people.items():
            counts[person_key(name)][name] += 1
        reports += ceremony_reports(extraction)
    resolution = Resolution(ceremony_days=sole_days(reports))
    for spellings in counts.values():
        best = sorted(spellings.items(), key=lambda item: (-item[1], item[0]))[0][0]
        for spelled in spellings:
            resolution.canonical[spelled] = best
            if spelled != best:
                resolution.variants[best].add(spelled)
    return resolution


def ceremony_reports(extraction: Extraction) -> list[CeremonyReport]:
    return [(c.programme, c.year, c.date) for c in extraction.ceremonies]


def sole_days(reports: Iterable[CeremonyReport]) -> dict[tuple[str, int], dt.date]:
    """Programme-year → its day, for those whose dated reports give exactly one day."""
    days: dict[tuple[str, int], set[dt.date]] = defaultdict(set)
    undated: set[tuple[str, int]] = set()
    for programme, year, day in reports:
        if day is None:
            undated.add((programme, year))
        else:
            days[(programme, year)].add(day)
    return {key: next(iter(found)) for key, found in sorted(days.items()) if len(found) == 1 and key in undated}


def ceremony_renames(days: dict[tuple[str, int], dt.date]) -> dict[str, str]:
    """The IRI an undated report of a ceremony was written under → the dated ceremony's IRI
    (for builders that write each article's triples before they know the other articles)."""
    return {str(iris.event_iri(programme, year)): str(iris.event_iri(programme, year, day))
            for (programme, year), day in days.items()}
