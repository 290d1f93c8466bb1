"""Across articles: one node per real person despite the spellings news gives a name.

Thai misspellings of a name are mostly a vowel or tone mark (``อินทุสุต`` /
``อินทุสูต``), so people are grouped by given name and the consonant skeleton
of the surname; the spelling most articles use is the name, the others its
variants. Organisations need no step here: every article resolves them to the
same reference key or the same hash of the same name.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .model import Extraction

# Thai vowel signs and tone marks (above, below, following) and the silencer.
_MARKS = re.compile(r"[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")


def person_key(name: str) -> str:
    """The name as resolution compares it: given name and the surname's consonants."""
    given, _, family = name.partition(" ")
    return f"{given} {_MARKS.sub('', family)}" if family else given


@dataclass
class Resolution:
    """The canonical spelling of every name seen, and the other spellings of each."""

    canonical: dict[str, str] = field(default_factory=dict)
    variants: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def name(self, spelled: str) -> str:
        return self.canonical.get(spelled, spelled)


def resolve_people(extractions: Iterable[Extraction]) -> Resolution:
    """Group the people of many articles; the most used spelling (then the first in order) wins."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for extraction in extractions:
        for name, person in extraction.people.items():
            counts[person_key(name)][name] += 1
    resolution = Resolution()
    for spellings in counts.values():
        best = sorted(spellings.items(), key=lambda item: (-item[1], item[0]))[0][0]
        for spelled in spellings:
            resolution.canonical[spelled] = best
            if spelled != best:
                resolution.variants[best].add(spelled)
    return resolution
