"""Deterministic, ASCII IRIs: the same fact read twice gets the same name.

Reference agencies are named by their table key; everything else by a short
hash of its normalised defining fields, so no blank node is ever needed.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache

from rdflib import URIRef

from .normalize import match_key
from .vocab import ID_BASE


@lru_cache(maxsize=1 << 16, typed=True)   # match_key normalises each part: names recur across articles
def digest(*parts: object) -> str:
    """A 16-hex-digit hash of the parts, each compared as a name is (match_key)."""
    joined = "\x1f".join(match_key(str(p)) if p is not None else "" for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:16]


def _iri(path: str) -> URIRef:
    return URIRef(ID_BASE + path)


def org_iri(key: str) -> URIRef:
    return _iri(f"org/{key}")


def person_iri(name: str) -> URIRef:
    return _iri(f"person/{digest(name)}")


def post_iri(person: str, title: str, org: str | None) -> URIRef:
    return _iri(f"post/{digest(person, title, org)}")


def programme_iri(key: str) -> URIRef:
    return _iri(f"programme/{key}")


def event_iri(programme: str, year: int, date: object | None = None) -> URIRef:
    """A ceremony: a programme's year, and its day where an article gives it (regional
    ceremonies of one programme and year are different events)."""
    return _iri(f"event/{digest(programme, year, date)}" if date else f"event/{digest(programme, year)}")


def place_iri(name: str) -> URIRef:
    return _iri(f"place/{digest(name)}")


def work_iri(title: str) -> URIRef:
    return _iri(f"work/{digest(title)}")


def award_iri(*fields: object) -> URIRef:
    return _iri(f"award/{digest(*fields)}")


def article_iri(doc_id: str) -> URIRef:
    return _iri(f"article/{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:16]}")


def sentence_iri(article: URIRef, text: str) -> URIRef:
    """A sentence of an article, named under the article by a hash of its text."""
    return URIRef(f"{article}/sentence/{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}")
