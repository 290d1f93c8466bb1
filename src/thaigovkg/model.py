"""The data that flows through the pipeline, as frozen dataclasses.

An ``Article`` is read and normalised once; finders add ``Mention`` spans over
its text; resolution turns them into canonical entities (``Organization``,
``Person``, ``Post``, ``Ceremony``, ``Award``), gathered in an ``Extraction``
per article. Keys are canonical strings, so the same fact from two articles
gets the same IRI.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article: identity, normalised text and what the source says of it."""

    doc_id: str
    text: str
    source_url: str | None = None
    published: dt.date | None = None
    headline: str | None = None
    origin: str = ""  # file (and line, for a corpus) it was read from, for messages


@dataclass(frozen=True)
class Mention:
    """A labelled span of ``Article.text``: what was found where."""

    kind: str            # org, person, position, programme, term, project, date, venue …
    start: int
    end: int
    text: str
    value: str = ""      # the resolved name or key
    detail: str = ""     # extra, e.g. the term kind or the honorific


@dataclass(frozen=True)
class Organization:
    key: str                      # reference-table id, or "x-<hash>" for one learned from text
    name: str                     # canonical Thai name
    kind: str                     # ministry, department, office, independent, committee, state_enterprise, other, unit, company
    parent: str | None = None     # key of the parent
    abbreviations: tuple[str, ...] = ()
    name_en: str | None = None
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


@dataclass(frozen=True)
class Person:
    name: str                     # given name and surname, no honorifics
    honorifics: tuple[str, ...] = ()
    variants: tuple[str, ...] = ()

    @property
    def given(self) -> str:
        return self.name.split(" ", 1)[0]

    @property
    def family(self) -> str | None:
        parts = self.name.split(" ", 1)
        return parts[1] if len(parts) > 1 else None


@dataclass(frozen=True)
class Post:
    person: str                   # Person.name
    title: str                    # full position title
    org: str | None = None        # Organization.key
    acting: bool = False
    former: bool = False          # held before the article (อดีต…): the title then starts with อดีต


@dataclass(frozen=True)
class Programme:
    key: str                      # scheme slug ("psea") or "x-<hash>" of a programme learned from the text
    name: str                     # canonical name: Thai, or English where the news names it only in English
    organizer: str | None = None  # Organization.key of the body that confers it (knowledge of the programme)
    language: str = "th"          # the language of ``name``
    aliases: tuple[tuple[str, str], ...] = ()   # other names the article gives it: (name, language)


@dataclass(frozen=True)
class Term:
    """A branch, category or level of a programme (a SKOS concept)."""

    iri: str
    kind: str                     # branch, category, level
    label: str
    scheme: str                   # programme key the concept belongs to
    broader: str | None = None    # IRI of the branch a category belongs to


@dataclass(frozen=True)
class Ceremony:
    programme: str                # Programme.key
    year: int                     # Buddhist Era
    date: dt.date | None = None
    venue: str | None = None
    organizer: str | None = None  # Organization.key
    chair: str | None = None      # Person.name
    presenters: tuple[str, ...] = ()


@dataclass(frozen=True)
class Award:
    programme: str
    year: int | None
    recipient: str                # Organization.key
    branch: Term | None = None
    category: Term | None = None
    level: Term | None = None
    project: str | None = None
    person: str | None = None     # Person.name of the person honoured
    confidence: float = 1.0


@dataclass
class Extraction:
    """Everything found in one article, with the sentence each fact was read from."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    organizations: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    posts: list[Post] = field(default_factory=list)
    programmes: dict[str, Programme] = field(default_factory=dict)
    ceremonies: list[Ceremony] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    attested: set[tuple[str, str]] = field(default_factory=set)  # (agency key, short form) the text uses
    named: set[str] = field(default_factory=set)                 # agency keys the text names
    evidence: dict[object, str] = field(default_factory=dict)   # entity → source sentence
    warnings: list[str] = field(default_factory=list)
