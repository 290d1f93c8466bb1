"""Former posts (issue 15, pos21): a post the article writes as held before it (อดีต before the title) is the
person's post with the title as written and the same organisation, marked former, never the post held at the
article's date; a candidate (ผู้สมัคร) holds none. Composed sentences (invented names), negatives included."""
from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Literal

from test_extract import extract
from test_posts_in_ceremonies import posts
from thaigovkg.vocab import ORG, SKOS, TGK


@pytest.mark.parametrize("text, title, org", [
    # glued or spaced, after the name
    ("นายสมชาย ใจดี อดีตผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า โครงการนี้ดี",
     "อดีตผู้ว่าราชการจังหวัดเชียงใหม่", "จังหวัดเชียงใหม่"),
    ("นายสมชาย ใจดี อดีต อธิบดีกรมการปกครอง กล่าวว่า โครงการนี้ดี", "อดีตอธิบดีกรมการปกครอง", "กรมการปกครอง"),
    # a deputy's word the finder writes on: "อดีตรอง…"
    ("นายสมชาย ใจดี อดีตรองผู้อำนวยการสำนักงบประมาณ เปิดเผยว่า", "อดีตรองผู้อำนวยการสำนักงบประมาณ", "สำนักงบประมาณ"),
    ("นายสมชาย ใจดี อดีตรองกรรมการผู้จัดการ ธนาคารออมสิน เป็นวิทยากร", "อดีตรองกรรมการผู้จัดการธนาคารออมสิน",
     "ธนาคารออมสิน"),
    # a member of parliament, a senator, a Thai envoy, a board chair, a provincial police chief, a subdistrict chief
    ("นายสมชาย ใจดี อดีต ส.ส.เชียงใหม่ เขต 1 กล่าวว่า", "อดีตสมาชิกสภาผู้แทนราษฎรจังหวัดเชียงใหม่เขต1", "สภาผู้แทนราษฎร"),
    ("นางสมหญิง ใจดี อดีตสมาชิกวุฒิสภา กล่าวว่า", "อดีตสมาชิกวุฒิสภา", "วุฒิสภา"),
    ("นายสมชาย ใจดี อดีตเอกอัครราชทูตไทยประจำกรุงโตเกียว กล่าวว่า", "อดีตเอกอัครราชทูตไทยประจำกรุงโตเกียว",
     "กระทรวงการต่างประเทศ"),
    ("นายสมชาย ใจดี อดีตประธานคณะกรรมการธนาคารออมสิน กล่าวว่า", "อดีตประธานคณะกรรมการธนาคารออมสิน", "ธนาคารออมสิน"),
    ("นายสมชาย ใจดี อดีตกำนันตำบลสันทราย ร่วมงาน", "อดีตกำนันตำบลสันทราย", None),
])
def test_a_former_post_is_the_persons_post_titled_as_written(text, title, org):
    found = posts(text)
    assert ("สมชาย ใจดี" if "สมชาย" in text else "สมหญิง ใจดี", title, org) in found
    assert not any(not t.startswith("อดีต") for _, t, _ in found)     # nothing read as held now


@pytest.mark.parametrize("text, expected", [
    # before the name, the name in brackets after it, and a second title joined by และ
    ("ในงานนี้ อดีตปลัดกระทรวงมหาดไทย นายสมชาย ใจดี กล่าวว่า งานนี้ดี",
     {("สมชาย ใจดี", "อดีตปลัดกระทรวงมหาดไทย", "กระทรวงมหาดไทย")}),
    ("ทั้งนี้ อดีตรัฐมนตรีว่าการกระทรวงการคลัง (นายสมชาย ใจดี) ได้มาเยี่ยม",
     {("สมชาย ใจดี", "อดีตรัฐมนตรีว่าการกระทรวงการคลัง", "กระทรวงการคลัง")}),
    ("นายสมชาย ใจดี ปลัดกระทรวงมหาดไทย และอดีตอธิบดีกรมการปกครอง กล่าวว่า",
     {("สมชาย ใจดี", "ปลัดกระทรวงมหาดไทย", "กระทรวงมหาดไทย"),
      ("สมชาย ใจดี", "อดีตอธิบดีกรมการปกครอง", "กรมการปกครอง")}),
    # a former governor and the governor of the day: two posts, two holders
    ("นายสมชาย ใจดี อดีตผู้ว่าราชการจังหวัดเชียงใหม่ และนายสมศักดิ์ ใจงาม ผู้ว่าราชการจังหวัดเชียงใหม่ ร่วมงาน",
     {("สมชาย ใจดี", "อดีตผู้ว่าราชการจังหวัดเชียงใหม่", "จังหวัดเชียงใหม่"),
      ("สมศักดิ์ ใจงาม", "ผู้ว่าราชการจังหวัดเชียงใหม่", "จังหวัดเชียงใหม่")}),
    # a bare title after a former post is as often past: left, unless the text says it is held now
    ("พลเอก สมชาย ใจดี อดีตประธานองคมนตรี และนายกรัฐมนตรี คนที่ 16 ได้กล่าวไว้",
     {("สมชาย ใจดี", "อดีตประธานองคมนตรี", "คณะองคมนตรี")}),
    ("พลเอก สมชาย ใจดี อดีตนายกรัฐมนตรี ประธานองคมนตรี ได้เคยกล่าวไว้", {("สมชาย ใจดี", "อดีตนายกรัฐมนตรี", None)}),
    ("นายสมชาย ใจดี อดีตรองนายกรัฐมนตรี เป็นที่ปรึกษาสำนักเลขาธิการคณะรัฐมนตรีว่า ตอนนี้",
     {("สมชาย ใจดี", "อดีตรองนายกรัฐมนตรี", None),
      ("สมชาย ใจดี", "ที่ปรึกษาสำนักเลขาธิการคณะรัฐมนตรี", "สำนักเลขาธิการคณะรัฐมนตรี")}),
    ("นายสมชาย ใจดี อดีตรองปลัดกระทรวงคมนาคมและอดีตอธิบดีกรมการปกครอง กล่าว",
     {("สมชาย ใจดี", "อดีตรองปลัดกระทรวงคมนาคม", "กระทรวงคมนาคม"),
      ("สมชาย ใจดี", "อดีตอธิบดีกรมการปกครอง", "กรมการปกครอง")}),
])
def test_former_posts_in_the_genres_layouts(text, expected):
    assert posts(text) == expected


@pytest.mark.parametrize("text", [
    # a candidate holds no post
    "นายสมชาย ใจดี ผู้สมัคร ส.ส.เชียงใหม่ เขต 1 กล่าวว่า",
    "นายสมชาย ใจดี ผู้สมัครนายกองค์การบริหารส่วนจังหวัดเชียงใหม่ กล่าวว่า",
    # อดีต written on to another word: the wife of a former governor holds none
    "นางสมหญิง ใจดี ภริยาอดีตผู้ว่าราชการจังหวัดเชียงใหม่ ร่วมงาน",
])
def test_no_post_for_a_candidate_nor_a_former_holders_spouse(text):
    assert posts(text) == set()


@pytest.mark.parametrize("text, title", [
    # a former envoy (a Thai one abroad, a foreign one here) held the post: none held now (was: no post at all)
    ("โดยมี นายวิชัย ทองดี อดีตเอกอัครราชทูต ณ กรุงโตเกียว ร่วมงาน", "อดีตเอกอัครราชทูต ณ กรุงโตเกียว"),
    ("นายวิชัย ทองดี อดีตเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย กล่าว", "อดีตเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย"),
])
def test_a_former_envoy_holds_only_the_former_post(text, title):
    assert {t for _, t, _ in posts(text)} == {title}


def test_in_the_past_is_no_former_post():
    """ในอดีต (in the past) before a title is no อดีต of the title: the title stands as written."""
    found = posts("ในอดีต ผู้ว่าราชการจังหวัดเชียงใหม่ นายสมชาย ใจดี เคยมาเยี่ยม")
    assert not any(t.startswith("อดีต") for _, t, _ in found)


def test_the_graph_marks_a_former_post_and_keeps_it_apart_from_the_post_held_now():
    from thaigovkg.to_rdf import article_graph

    text = ("นายสมชาย ใจดี อดีตผู้ว่าราชการจังหวัดเชียงใหม่ และนายสมศักดิ์ ใจงาม ผู้ว่าราชการจังหวัดเชียงใหม่ "
            "ร่วมงาน")
    extraction = extract(text, dt.date(2024, 9, 18))
    assert {p.person: p.former for p in extraction.posts} == {"สมชาย ใจดี": True, "สมศักดิ์ ใจงาม": False}
    graph = article_graph(extraction)
    titles = {str(graph.value(post, SKOS.prefLabel)): post for post in graph.subjects(ORG.heldBy, None)}
    former, now = titles["อดีตผู้ว่าราชการจังหวัดเชียงใหม่"], titles["ผู้ว่าราชการจังหวัดเชียงใหม่"]
    assert former != now and graph.value(former, ORG.postIn) == graph.value(now, ORG.postIn)
    assert (former, TGK.former, Literal(True)) in graph
    assert (now, TGK.former, None) not in graph


def test_a_former_post_is_an_ended_occupancy_in_the_ftm_export(tmp_path):
    pytest.importorskip("followthemoney")
    from thaigovkg.ftm import entities
    from thaigovkg.graphsource import GraphSource

    ttl = tmp_path / "g.ttl"
    ttl.write_text("""@prefix org: <http://www.w3.org/ns/org#> . @prefix tgk: <https://w3id.org/thaigovkg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix schema: <https://schema.org/> .
@base <https://w3id.org/thaigovkg/id/> .
<org/prov_nan> a tgk:Province, org:Organization ; skos:prefLabel "จังหวัดน่าน"@th .
<person/a> a foaf:Person ; foaf:name "สมชาย ใจดี"@th .
<person/b> a foaf:Person ; foaf:name "สมศักดิ์ ใจงาม"@th .
<post/1> a org:Post ; skos:prefLabel "อดีตผู้ว่าราชการจังหวัดน่าน"@th ; org:heldBy <person/a> ; org:postIn <org/prov_nan> ;
    tgk:former true .
<post/2> a org:Post ; skos:prefLabel "ผู้ว่าราชการจังหวัดน่าน"@th ; org:heldBy <person/b> ; org:postIn <org/prov_nan> .
<article/x> a schema:NewsArticle ; schema:mentions <post/1>, <post/2> .
""", encoding="utf-8")
    occupancies = {e["properties"]["holder"][0]: e["properties"] for e in entities(GraphSource.open(ttl))
                   if e["schema"] == "Occupancy"}
    statuses = {holder.rsplit("-", 1)[-1]: props.get("status") for holder, props in occupancies.items()}
    assert statuses == {"a": ["ended"], "b": None}
