"""Finders: one per kind, each adding what it finds to a ``Reading`` of one article.

``extract_article`` runs them in order: organisations, people and posts,
programmes, awards (with the ceremonies where they were conferred). Later finders read what earlier ones found
(an award's recipient is an organisation mention), never the other way round.
"""
from __future__ import annotations

from ..gazetteer import Gazetteer, load_gazetteer
from ..model import Article, Extraction
from .reading import Reading


def extract_article(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Everything one article states about agencies, officials, ceremonies and awards."""
    from . import awards, organizations, people, programmes

    reading = Reading(article, gazetteer or load_gazetteer())
    organizations.find(reading)
    people.find(reading)
    programmes.find(reading)
    awards.find(reading)
    return reading.finish()


__all__ = ["extract_article", "Reading"]
