"""The builder end to end on the seeds: deterministic, ASCII, no blank nodes, valid."""
from __future__ import annotations

from rdflib import BNode, Graph, URIRef

from thaigovkg.pipeline import build
from thaigovkg.validate import validate_graph
from thaigovkg.to_rdf import sources
from thaigovkg.vocab import RDF, SCHEMA, TGK


def test_pipeline_builds_every_seed_and_conforms(seed_build):
    report, path = seed_build
    assert report.articles == 5 and not report.rejected
    assert report.conforms is True
    assert report.entities["awards"] > 0 and report.entities["people"] > 0
    assert "SHACL: conforms" in report.summary()


def test_pipeline_is_deterministic(seed_build, seeds_dir, tmp_path):
    _, first = seed_build
    again = tmp_path / "again.ttl"
    build([seeds_dir], again, validate=False)
    assert first.read_bytes() == again.read_bytes()


def test_pipeline_mints_ascii_iris_and_no_blank_nodes(seed_build):
    _, path = seed_build
    graph = Graph().parse(path)
    for triple in graph:
        for term in triple:
            assert not isinstance(term, BNode)
            if isinstance(term, URIRef):
                assert str(term).isascii(), term


def test_pipeline_gives_every_extracted_node_its_article_and_text(seed_build):
    _, path = seed_build
    graph = Graph().parse(path)
    for cls in (TGK.AwardConferral, TGK.AwardCeremony):
        for node in graph.subjects(predicate=None, object=cls):
            assert sources(graph, node)
            for article, sentence in sources(graph, node):
                assert (article, RDF.type, SCHEMA.NewsArticle) in graph
                assert sentence


def test_pipeline_reports_unreadable_articles_and_keeps_the_rest(tmp_path, seeds_dir):
    (tmp_path / "good.txt").write_text((seeds_dir / "004_5b55b0685eeb8631.txt").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    report = build([tmp_path], tmp_path / "out" / "graph.ttl", validate=False)
    assert report.articles == 1
    reasons = {r.origin.rsplit("/", 1)[-1]: r.reason for r in report.rejected}
    assert set(reasons) == {"binary.txt", "latin1.txt", "empty.txt"}
    assert "UTF-8" in reasons["latin1.txt"] and "binary" in reasons["binary.txt"]


def test_pipeline_warns_when_stated_totals_do_not_add_up(tmp_path):
    text = ("กรมการจัดหางาน คว้ารางวัลเลิศรัฐ ประจำปี 2566\n\n"
            "กรมการจัดหางาน ได้รับรางวัลเลิศรัฐ ประจำปี 2566 จำนวน 3 รางวัล ได้แก่ "
            "สาขาบริการภาครัฐ ระดับดี ประเภทนวัตกรรมการบริการ ผลงาน “จัดหางานออนไลน์”\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    report = build([tmp_path / "a.txt"], tmp_path / "g.ttl", validate=False)
    assert any("3 awards; 1 were found" in w for w in report.warnings)


def test_pipeline_graph_validates_with_the_shapes(seed_build):
    _, path = seed_build
    assert validate_graph(Graph().parse(path)).conforms
