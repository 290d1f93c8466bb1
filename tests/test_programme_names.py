"""A learned programme that articles spell two ways ("… Award", "… Awards", in capitals) is one node with one
preferred name per language, the other spellings its alternative names: in the file build, and in a store built
at once or piecewise (issue 14: one programme, one node; SKOS: one prefLabel per language)."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from thaigovkg import iris
from thaigovkg.pipeline import build
from thaigovkg.resolve import ArticleSummary, resolve
from thaigovkg.store import open_store
from thaigovkg.vocab import RDF, TGK

SPELLINGS = {"a1.txt": ("กรมการจัดหางาน", "Asia Digital Service Award 2023"),
             "a2.txt": ("กรมที่ดิน", "ASIA DIGITAL SERVICE AWARDS 2023"),
             "a3.txt": ("กรมสรรพากร", "Asia Digital Service Awards 2023"),
             "a4.txt": ("กรมศุลกากร", "Asia Digital Service Awards 2023")}


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (unit, programme) in SPELLINGS.items():
        (folder / name).write_text(f"{unit} คว้ารางวัล {programme}\n\n{unit} ได้รับรางวัล {programme}\n", encoding="utf-8")
    return folder


def summary(doc_id: str, *programmes: tuple[str, str, str]) -> ArticleSummary:
    return ArticleSummary(str(iris.article_iri(doc_id)), doc_id, programmes=programmes)


def test_the_spelling_most_articles_use_is_the_name_the_others_alternative_names():
    summaries = [summary("a1", ("x-1", "Sample Award", "en")), summary("a2", ("x-1", "Sample Awards", "en")),
                 summary("a3", ("x-1", "Sample Awards", "en"), ("x-1", "รางวัลตัวอย่าง", "th")),
                 summary("a4", ("x-2", "รางวัลอื่น", "th"))]
    labels = {(str(s).rsplit("/", 1)[1], str(p).rsplit("#", 1)[1], str(o), o.language)
              for s, p, o in resolve(summaries).triples if "/programme/" in str(s)}
    assert labels == {("x-1", "prefLabel", "Sample Awards", "en"), ("x-1", "altLabel", "Sample Award", "en"),
                      ("x-1", "prefLabel", "รางวัลตัวอย่าง", "th"), ("x-2", "prefLabel", "รางวัลอื่น", "th")}


def test_a_programme_spelled_three_ways_has_one_name_in_the_file_build(tmp_path, articles):
    output = build([articles], tmp_path / "graph.ttl", validate=False, jobs=1).output
    graph = Graph().parse(output)
    awards = list(graph.subjects(RDF.type, TGK.AwardConferral))
    schemes = {graph.value(award, TGK.programme) for award in awards}
    assert len(awards) == 4 and len(schemes) == 1
    scheme = schemes.pop()
    assert list(graph.objects(scheme, SKOS.prefLabel)) == [Literal("Asia Digital Service Awards", lang="en")]
    assert set(graph.objects(scheme, SKOS.altLabel)) == {Literal("Asia Digital Service Award", lang="en"),
                                                         Literal("ASIA DIGITAL SERVICE AWARDS", lang="en")}


def test_a_store_built_piecewise_names_the_programme_as_one_built_at_once(tmp_path, articles):
    paths = sorted(articles.iterdir())
    build([articles], store=tmp_path / "at-once", validate=False, jobs=1)
    for step in (paths[:1], paths[1:3], paths[3:]):
        build(step, store=tmp_path / "piecewise", validate=False, jobs=1)

    def names(location) -> set[tuple[str, str]]:
        store = open_store(location)
        return {(q.predicate.value, q.object.value) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
                if q.predicate.value in (str(SKOS.prefLabel), str(SKOS.altLabel)) and "/programme/" in q.subject.value}
    assert names(tmp_path / "piecewise") == names(tmp_path / "at-once")
    assert [name for predicate, name in names(tmp_path / "at-once") if predicate == str(SKOS.prefLabel)] == \
        ["Asia Digital Service Awards"]
