"""The whole flow on one screen: read → extract → resolve → RDF → write → validate.

``build`` is what ``thaigovkg build`` calls. Articles that cannot be read are
listed in the report with the reason, never dropped silently; the graph is
written atomically (a temporary file renamed over the old one), so a build
that dies midway leaves the previous graph usable.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .article import Rejected, iter_articles
from .extract import extract_article
from .gazetteer import load_gazetteer
from .model import Article, Extraction
from .resolve import resolve_people
from .to_rdf import article_graph, bind_prefixes
from .vocab import FOAF, ORG, RDF, SCHEMA, TGK

ENTITY_CLASSES = {
    "articles": SCHEMA.NewsArticle, "organizations": ORG.Organization, "people": FOAF.Person,
    "posts": ORG.Post, "ceremonies": TGK.AwardCeremony, "awards": TGK.AwardConferral,
}


@dataclass
class BuildReport:
    """What a build did: articles in and out, warnings, the graph's size, validity."""

    output: Path | None = None
    articles: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    triples: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    conforms: bool | None = None
    validation: str = ""

    def summary(self) -> str:
        lines = [f"articles read: {self.articles}" + (f", rejected: {len(self.rejected)}" if self.rejected else ""),
                 f"triples: {self.triples}"]
        lines += [f"  {kind}: {count}" for kind, count in self.entities.items()]
        if self.conforms is not None:
            lines.append("SHACL: conforms" if self.conforms else "SHACL: does NOT conform (see the report)")
        lines += [f"warning: {warning}" for warning in self.warnings]
        lines += [f"rejected: {r.origin}: {r.reason}" for r in self.rejected]
        return "\n".join(lines)


def iter_extractions(paths: Iterable[str | Path]) -> Iterator[Extraction | Rejected]:
    """Each article's extraction in input order, or why it could not be read or extracted."""
    gazetteer = load_gazetteer()
    for item in iter_articles(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        problem = _unfit(item)
        if problem:
            yield Rejected(item.origin, problem)
            continue
        try:
            yield extract_article(item, gazetteer)
        except Exception as error:  # one bad article never stops the build; it is reported
            yield Rejected(item.origin, f"extraction failed: {type(error).__name__}: {error}")


def extract_all(paths: Iterable[str | Path], progress: Callable[[int], None] | None = None
                ) -> tuple[list[Extraction], list[Rejected]]:
    """Every readable article's extraction, and the articles that could not be read."""
    extractions, rejected = [], []
    for item in iter_extractions(paths):
        (rejected if isinstance(item, Rejected) else extractions).append(item)
        if progress:
            progress(len(extractions) + len(rejected))
    return extractions, rejected


def _unfit(article: Article) -> str | None:
    if not article.text.strip():
        return "empty article"
    return None


def build_graph(extractions: list[Extraction]) -> Graph:
    """The knowledge graph of many articles: people resolved across them, every article's triples."""
    resolution = resolve_people(extractions)
    gazetteer = load_gazetteer()
    graph = bind_prefixes(Graph())
    for extraction in extractions:
        graph += article_graph(extraction, resolution, gazetteer)
    return graph


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Sorted Turtle, written to a temporary file and renamed into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            graph.serialize(stream, format="turtle")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def count_entities(graph: Graph) -> dict[str, int]:
    return {kind: len(set(graph.subjects(RDF.type, cls))) for kind, cls in ENTITY_CLASSES.items()}


def build(paths: Iterable[str | Path], output: str | Path, validate: bool = True,
          progress: Callable[[int], None] | None = None) -> BuildReport:
    """Build the graph of the articles at ``paths`` into ``output`` (Turtle) and validate it."""
    extractions, rejected = extract_all(paths, progress)
    graph = build_graph(extractions)
    report = BuildReport(output=write_turtle(graph, output), articles=len(extractions), rejected=rejected,
                         warnings=[w for e in extractions for w in e.warnings], triples=len(graph),
                         entities=count_entities(graph))
    if validate:
        from .validate import validate_graph

        result = validate_graph(graph)
        report.conforms, report.validation = result.conforms, result.text()
    return report
