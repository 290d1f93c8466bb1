"""Dereferenceable IRIs: real HTTP requests to a running `serve`, answers parsed, the node's own facts checked."""
from __future__ import annotations

import json
from decimal import Decimal
import threading
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from thaigovkg.linkeddata import choose_format, iri_of_path, path_of_iri
from thaigovkg.serve import make_server
from thaigovkg.vocab import FOAF, ID_BASE, ORG, RDF, SCHEMA, TGK

OPDC = ID_BASE + "org/opdc"
DSDW = ID_BASE + "org/dsdw"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
RDFLIB = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt"}


@pytest.fixture(scope="module")
def server(seed_build):
    server = make_server(seed_build[1], port=0, timeout=10, workers=1)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.close()


@pytest.fixture(scope="module")
def graph(seed_build) -> Graph:
    return Graph().parse(seed_build[1])


def fetch(server, path: str, accept: str | None = None):
    request = urllib.request.Request(server.url.rstrip("/") + path, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def canonical(graph: Graph) -> Graph:
    """Literals in canonical form: the server's store reads 1.0 as a decimal back as 1."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and isinstance(o.value, Decimal):
            o = Literal(format(o.value.normalize(), "f"), datatype=o.datatype)
        out.add((s, p, o))
    return out


def own_facts(graph: Graph, iri: str) -> Graph:
    out = Graph()
    for p, o in graph.predicate_objects(URIRef(iri)):
        out.add((URIRef(iri), p, o))
    return canonical(out)


def some(graph: Graph, cls) -> str:
    return str(sorted(graph.subjects(RDF.type, cls))[0])


class Page(HTMLParser):
    """The parts of an IRI page the tests read: the text of elements by id, links, all text."""

    VOID = {"meta", "link", "br", "img", "input", "hr"}

    def __init__(self, text: str):
        super().__init__()
        self.links: list[str] = []
        self.ids: dict[str, str] = {}
        self.stack: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag in self.VOID:
            return
        self.stack.append((tag, attrs.get("id")))
        if attrs.get("id"):
            self.ids[attrs["id"]] = ""

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.text.append(data)
        for _, ident in self.stack:
            if ident:
                self.ids[ident] += data


@pytest.mark.parametrize("kind", ["org", "person", "award"])
@pytest.mark.parametrize("media", ["text/turtle", "application/ld+json", "application/n-triples"])
def test_rdf_answer_holds_the_nodes_own_facts(server, graph, kind, media):
    iri = {"org": OPDC, "person": some(graph, FOAF.Person), "award": some(graph, TGK.AwardConferral)}[kind]
    status, headers, body = fetch(server, path_of_iri(iri), media)
    assert status == 200, body
    assert headers["Content-Type"].split(";")[0] == media
    assert headers["Vary"] == "Accept"
    answer = canonical(Graph().parse(data=body.decode("utf-8"), format=RDFLIB[media]))
    expected = own_facts(graph, iri)
    assert len(expected) > 2
    assert isomorphic(answer, expected)


def test_curl_without_accept_gets_turtle_and_format_parameter_wins(server, graph):
    status, headers, body = fetch(server, "/id/org/dsdw")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert isomorphic(canonical(Graph().parse(data=body.decode(), format="turtle")), own_facts(graph, DSDW))
    status, headers, body = fetch(server, "/id/org/dsdw?format=jsonld", BROWSER_ACCEPT)
    assert headers["Content-Type"].startswith("application/ld+json")
    assert json.loads(body)


def test_browser_gets_a_page_with_thai_and_english_names_neighbours_sentences_and_awards(server, graph):
    status, headers, body = fetch(server, "/id/org/dsdw", BROWSER_ACCEPT)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = Page(body.decode("utf-8"))
    assert page.ids["name-th"] == "กรมพัฒนาสังคมและสวัสดิการ"
    assert page.ids["name-en"] == "Department of Social Development and Welfare"
    assert "/id/org/msdhs" in page.links                           # its parent, a neighbour
    units = {str(s) for s in graph.subjects(ORG.subOrganizationOf, URIRef(DSDW))}
    assert units and all(path_of_iri(u) in page.links for u in units)   # its units link to it
    awards = {str(a) for a in graph.subjects(TGK.recipient, URIRef(DSDW))}
    assert awards and all(path_of_iri(a) in page.links for a in awards)
    sentences = {str(t) for s in graph.subjects(SCHEMA.mentions, URIRef(DSDW)) for t in graph.objects(s, SCHEMA.text)}
    text = "".join(page.text)
    assert sentences and all(sentence in text for sentence in sentences)


def test_person_page_shows_the_romanised_name(server, graph):
    person = some(graph, FOAF.Person)
    status, _, body = fetch(server, path_of_iri(person), "text/html")
    page = Page(body.decode("utf-8"))
    assert page.ids["name-th"] == str(graph.value(URIRef(person), FOAF.name))
    latin = [str(n) for n in graph.objects(URIRef(person), SCHEMA.alternateName) if n.language == "th-latn"]
    assert latin and page.ids["name-latn"] == latin[0]


def test_unknown_node_and_bad_format_are_refused(server):
    assert fetch(server, "/id/org/no-such-agency", "text/turtle")[0] == 404
    assert fetch(server, "/id/org/dsdw?format=xls")[0] == 400
    assert fetch(server, "/id/", "text/turtle")[0] == 404


@pytest.mark.parametrize("accept, expected", [
    (BROWSER_ACCEPT, "html"), ("*/*", "turtle"), (None, "turtle"), ("application/ld+json", "jsonld"),
    ("text/turtle;q=0.5, application/n-triples", "nt"), ("text/html;q=0.1, text/turtle", "turtle"),
    ("image/png", "turtle"),
])
def test_content_negotiation(accept, expected):
    assert choose_format(accept) == expected


def test_paths_and_iris_map_both_ways():
    assert iri_of_path("/id/org/opdc") == OPDC and path_of_iri(OPDC) == "/id/org/opdc"
    assert iri_of_path("/sparql") is None and path_of_iri("http://example.org/x") is None
    assert iri_of_path("/id/org/a%3Eb") is None   # nothing that could break out of <…> in a query


@pytest.mark.browser
def test_query_page_links_result_iris_to_their_pages(server, tmp_path):
    """In Chromium: the query page's results link the graph's IRIs to /id/… pages, which answer HTML."""
    import re
    import shutil
    import subprocess

    program = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not program:
        pytest.fail("chromium is not installed (make test-browser installs it)")
    query = urllib.parse.quote("SELECT ?org ?label WHERE { ?org a <http://www.w3.org/ns/org#Organization> ; "
                               "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label } ORDER BY ?org LIMIT 5")
    dom = subprocess.run([program, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--disable-background-networking", f"--user-data-dir={tmp_path / 'profile'}",
                          "--virtual-time-budget=10000", "--dump-dom", f"{server.url}?query={query}&run=1"],
                         capture_output=True, text=True, timeout=120).stdout
    links = re.findall(r'<a href="([^"]+)">https://w3id\.org/thaigovkg/id/', dom)
    assert len(links) == 5 and all(link.startswith("/id/org/") for link in links), dom[-1500:]
    status, headers, body = fetch(server, links[0], BROWSER_ACCEPT)
    assert status == 200 and headers["Content-Type"].startswith("text/html")


def test_award_page_names_the_award_and_links_its_recipient_and_programme(server, graph):
    award = some(graph, TGK.AwardConferral)
    status, headers, body = fetch(server, path_of_iri(award), BROWSER_ACCEPT)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = Page(body.decode("utf-8"))
    assert page.ids["name-th"] == str(graph.value(URIRef(award), URIRef("http://www.w3.org/2000/01/rdf-schema#label")))
    for prop in (TGK.recipient, TGK.programme):
        assert path_of_iri(str(graph.value(URIRef(award), prop))) in page.links
    sources = {str(t) for s in graph.subjects(SCHEMA.mentions, URIRef(award)) for t in graph.objects(s, SCHEMA.text)}
    assert sources and all(text in "".join(page.text) for text in sources)
