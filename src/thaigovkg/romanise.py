"""Thai names in Latin letters, for readers without Thai (the Royal Institute system).

Used where a person's triples are written: by ``to_rdf`` for one article, and by
the resolution stage (``resolve.resolve_names``) for the name chosen across all.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from rdflib import Literal, URIRef

from .vocab import SCHEMA


#: Names romanised before, given back without working them out again (``remember``).
_KNOWN: dict[str, str] = {}


def remember(pairs: Iterable[tuple[str, str]]) -> None:
    """Thai names and their romanised forms worked out before (a store's ledger keeps them): pythainlp
    takes a few milliseconds a name, and a store resolves its twenty thousand names on every update."""
    _KNOWN.update(pairs)


def romanise(name: str) -> str | None:
    """A Thai name in Latin letters by the Royal Institute system (pythainlp's ``royin`` engine, rule-based,
    offline), each part capitalised: ``อนุชา นาคาศัย`` → ``Anucha Nakhasai``; None for a name with no Thai."""
    if not any("\u0e01" <= ch <= "\u0e5b" for ch in name):
        return None
    known = _KNOWN.get(name)
    return known if known is not None else _romanise(name)


@lru_cache(maxsize=1 << 16)
def _romanise(name: str) -> str | None:
    from pythainlp.transliterate import romanize

    parts = [romanize(part, engine="royin") for part in name.split()]
    latin = " ".join(part[:1].upper() + part[1:] for part in parts if part)
    return latin or None


def romanised_name(node: URIRef, name: str) -> list[tuple]:
    """The person's romanised name as ``schema:alternateName`` tagged ``th-Latn`` (Thai in Latin script),
    for readers without Thai; nothing for a name that is not Thai. The tag is written in lower case,
    ``th-latn`` (tags compare without case; Oxigraph writes every tag so, and rdflib keeps what it is given)."""
    latin = romanise(name)
    return [(node, SCHEMA.alternateName, Literal(latin, lang="th-latn"))] if latin else []


__all__ = ["romanise", "romanised_name", "remember"]
