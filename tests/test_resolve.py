"""Resolution across articles: one node per real ceremony, a person's posts kept apart by time and source."""
from __future__ import annotations

import datetime as dt

from rdflib import Graph

from thaigovkg import iris
from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.pipeline import build, build_graph
from thaigovkg.resolve import ceremony_renames, sole_days
from thaigovkg.to_rdf import sources
from thaigovkg.vocab import DCTERMS, ORG, SCHEMA, SKOS, TGK

# Two reports of one ceremony: the first gives its day, the second does not.
DATED = ("สำนักงานที่ดินจังหวัดตราด คว้ารางวัลเลิศรัฐ ประจำปี 2566\n\n"
         "เมื่อวันที่ 7 กันยายน 2566 นายสมปอง ใจดีงาม ผู้ว่าราชการจังหวัดตราด เข้ารับรางวัลเลิศรัฐ ประจำปี 2566 "
         "ณ ห้องแกรนด์ ไดมอนด์ บอลรูม อิมแพค เมืองทองธานี\n")
# A report of the same ceremony that gives no day (it names who handed the awards over); a report that
# says nothing of a ceremony makes none (FORMAT.md: ceremonies only where an article reports one).
UNDATED = ("กรมที่ดิน รับรางวัลเลิศรัฐ ประจำปี 2566\n\n"
           "กรมที่ดิน ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ "
           "ผลงาน “ที่ดินออนไลน์ทันใจ” โดยมีนายวิษณุ เครืองาม รองนายกรัฐมนตรี เป็นผู้มอบรางวัล\n")
# The same programme-year held on another day (a second, regional ceremony).
OTHER_DAY = ("สำนักงานที่ดินจังหวัดสตูล รับรางวัลเลิศรัฐ ประจำปี 2566\n\n"
             "เมื่อวันที่ 20 กันยายน 2566 นายสมบัติ รักถิ่นไทย ผู้ว่าราชการจังหวัดสตูล เข้ารับรางวัลเลิศรัฐ ประจำปี 2566 "
             "ณ ห้องประชุมศาลากลางจังหวัดสตูล\n")


def extraction(text: str, doc_id: str, published: dt.date):
    return extract_article(parse_article(text, doc_id, published=published))


def ceremonies(graph: Graph) -> list:
    return sorted(set(graph.subjects(predicate=None, object=TGK.AwardCeremony)))


def test_sole_days_merge_only_an_unambiguous_programme_year():
    day, other = dt.date(2023, 9, 7), dt.date(2023, 9, 20)
    assert sole_days([("psea", 2566, day), ("psea", 2566, None)]) == {("psea", 2566): day}
    assert sole_days([("psea", 2566, day), ("psea", 2566, other), ("psea", 2566, None)]) == {}
    assert sole_days([("psea", 2566, day), ("psea", 2567, None)]) == {}     # another year is another ceremony
    assert sole_days([("psea", 2566, day), ("gecc", 2566, None)]) == {}     # another programme too
    assert ceremony_renames({("psea", 2566): day}) == {
        str(iris.event_iri("psea", 2566)): str(iris.event_iri("psea", 2566, day))}


def test_an_undated_report_joins_the_dated_ceremony_and_keeps_both_sources():
    dated = extraction(DATED, "a1", dt.date(2023, 9, 7))
    undated = extraction(UNDATED, "a2", dt.date(2023, 9, 8))
    assert [c.date for c in dated.ceremonies] == [dt.date(2023, 9, 7)]
    assert [c.date for c in undated.ceremonies] == [None]
    graph = build_graph([dated, undated])
    [node] = ceremonies(graph)
    assert node == iris.event_iri("psea", 2566, dt.date(2023, 9, 7))
    assert {article for article, _ in sources(graph, node)} == {iris.article_iri("a1"), iris.article_iri("a2")}
    assert len({sentence for _, sentence in sources(graph, node)}) == 2
    # the award of the undated report is conferred at the one ceremony
    assert set(graph.objects(None, TGK.conferredAt)) == {node}


def test_an_undated_report_stays_apart_when_the_programme_year_had_two_ceremonies():
    reports = [extraction(DATED, "a1", dt.date(2023, 9, 7)), extraction(OTHER_DAY, "a3", dt.date(2023, 9, 20)),
               extraction(UNDATED, "a2", dt.date(2023, 9, 8))]
    assert len(ceremonies(build_graph(reports))) == 3


def test_the_parallel_build_merges_as_the_sequential_one_and_twice_alike(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("a1.txt", DATED), ("a2.txt", UNDATED)):
        (folder / name).write_text(text, encoding="utf-8")
    first, second = tmp_path / "one.ttl", tmp_path / "two.ttl"
    build([folder], first, validate=False, jobs=2, chunk_size=1)
    build([folder], second, validate=False, jobs=1, chunk_size=2)
    assert first.read_bytes() == second.read_bytes()
    graph = Graph().parse(first)
    [node] = ceremonies(graph)
    assert graph.value(node, SCHEMA.startDate).toPython() == dt.date(2023, 9, 7)
    assert len({article for article, _ in sources(graph, node)}) == 2


def test_a_persons_posts_stay_apart_by_time_and_source():
    earlier = extraction("กรมสรรพากร รับรางวัล\n\nนายสมเกียรติ ทองประเสริฐ อธิบดีกรมสรรพากร เปิดเผยว่า กรมได้รับรางวัล\n",
                         "b1", dt.date(2020, 9, 17))
    later = extraction("กรมสรรพสามิต รับรางวัล\n\nนายสมเกียรติ ทองประเสริฐ อธิบดีกรมสรรพสามิต เปิดเผยว่า กรมได้รับรางวัล\n",
                       "b2", dt.date(2023, 12, 7))
    graph = build_graph([earlier, later])
    posts = {str(graph.value(post, SKOS.prefLabel)): post for post in graph.subjects(predicate=None, object=ORG.Post)}
    assert set(posts) == {"อธิบดีกรมสรรพากร", "อธิบดีกรมสรรพสามิต"}
    assert len({graph.value(post, ORG.heldBy) for post in posts.values()}) == 1      # one person
    first, second = posts["อธิบดีกรมสรรพากร"], posts["อธิบดีกรมสรรพสามิต"]
    assert [d.toPython() for d in graph.objects(first, DCTERMS.date)] == [dt.date(2020, 9, 17)]
    assert [d.toPython() for d in graph.objects(second, DCTERMS.date)] == [dt.date(2023, 12, 7)]
    assert {article for article, _ in sources(graph, first)} == {iris.article_iri("b1")}
    assert {article for article, _ in sources(graph, second)} == {iris.article_iri("b2")}


# ------------------------------------------------------------------ the stage and its extension point

def test_compose_follows_chains_and_refuses_circles():
    from thaigovkg.resolve import compose
    import pytest

    assert compose({"a": "b"}, {"b": "c", "x": "y"}) == {"a": "c", "b": "c", "x": "y"}
    with pytest.raises(ValueError, match="circle"):
        compose({}, {"a": "b", "b": "c", "c": "a"})


def test_compose_drops_a_later_rename_back_to_a_node_already_merged():
    from thaigovkg.resolve import compose
    import pytest

    # Two resolvers may pick the other name as main: the second's B → A names the node A → B made already.
    assert compose({"a": "b"}, {"b": "a"}) == {"a": "b"}
    assert compose({"a": "b", "b": "c"}, {"c": "a", "x": "y"}) == {"a": "c", "b": "c", "x": "y"}
    with pytest.raises(ValueError):
        compose({"a": "b"}, {"b": "c", "c": "b"})


def test_a_resolver_added_to_the_stage_is_applied_alike_by_the_file_and_the_store(tmp_path, monkeypatch):
    """The extension point for issue 15's merges: a resolver returns renames and merges with reasons;
    the Turtle file and the store apply them the same way, the build report lists them, and a store
    built in pieces still equals the one built at once."""
    import json

    import pyoxigraph as ox

    from thaigovkg import resolve as stage
    from thaigovkg.resolve import Merge, Resolved

    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("a1.txt", DATED), ("a2.txt", UNDATED), ("a3.txt", OTHER_DAY)):
        (folder / name).write_text(text, encoding="utf-8")
    first = build([folder], tmp_path / "plain.ttl", validate=False)
    labels = {str(s): str(o) for s, o in Graph().parse(first.output).subject_objects(SKOS.prefLabel)}
    unit = next(iri for iri, label in labels.items() if label == "สำนักงานที่ดินจังหวัดตราด")
    department = next(iri for iri, label in labels.items() if label == "กรมที่ดิน")

    def merge_units(summaries, renames):          # a stand-in for a real rule: reads the summaries, merges one unit
        assert all(summary.iri.startswith("https://w3id.org/thaigovkg/id/article/") for summary in summaries)
        return Resolved(renames={unit: department},
                        merges=[Merge("organization", department, (unit,), "a test: the land office is its department")])

    monkeypatch.setattr(stage, "RESOLVERS", (merge_units, *stage.RESOLVERS))
    report = build([folder], tmp_path / "merged.ttl", store=tmp_path / "store", validate=False)
    in_file = {str(q.triple) for q in ox.parse(path=str(report.output), format=ox.RdfFormat.TURTLE)}
    store = ox.Store.read_only(str(tmp_path / "store"))
    assert in_file == {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert not any(unit in triple for triple in in_file) and any(department in t and "ตราด" in t for t in in_file)
    assert not list(store.quads_for_pattern(ox.NamedNode(unit), None, None, None))
    rows = [json.loads(line) for line in report.report_path.read_text(encoding="utf-8").splitlines()]
    assert {"status": "merge", "kind": "organization", "into": department, "merged": [unit],
            "reason": "a test: the land office is its department"} in rows
    del store
    build([folder / "a1.txt"], store=tmp_path / "pieces", validate=False)       # the unit's article first, alone
    build([folder / "a2.txt", folder / "a3.txt"], store=tmp_path / "pieces", validate=False)

    def quads(location):
        return {(str(q.triple), str(q.graph_name)) for q in ox.Store.read_only(str(location))}
    assert quads(tmp_path / "pieces") == quads(tmp_path / "store")
