"""Publishing: the graph arrives whole in a real Oxigraph server over the Graph Store Protocol."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest

from thaigovkg.publish import DEFAULT_GRAPH, _authorization, publish


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def sparql(endpoint: str, query: str) -> list[dict]:
    request = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json",
                                              "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)["results"]["bindings"]


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """One Oxigraph server for the module: its base URL."""
    program = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(program).exists():
        pytest.skip("the oxigraph server (pip install oxigraph, in the test extra) is not installed")
    port = free_port()
    process = subprocess.Popen([program, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/query?query=ASK%7B%7D")
        yield base
    finally:
        process.terminate()
        process.wait(10)


def graph_triples(path) -> list[ox.Triple]:
    return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


@pytest.mark.parametrize("content", ["nt", "turtle"])
def test_publish_every_triple_arrives_in_oxigraph(oxigraph_server, seed_build, content):
    path = seed_build[1]
    graph = f"https://example.org/test/{content}"
    report = publish(path, f"{oxigraph_server}/store", graph=graph, content=content)
    triples = graph_triples(path)
    assert report.triples == len(triples) and report.status in (200, 201, 204)
    count = sparql(f"{oxigraph_server}/query", f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert int(count[0]["n"]["value"]) == len(triples)
    asks = [f"ASK {{ GRAPH <{graph}> {{ {t} }} }}" for t in triples[:: max(1, len(triples) // 25)]]
    for query in asks:
        request = urllib.request.Request(f"{oxigraph_server}/query", data=urllib.parse.urlencode({"query": query}).encode(),
                                         headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request) as response:
            assert json.load(response)["boolean"] is True, query


def test_publish_again_replaces_the_graph(oxigraph_server, seed_build):
    path = seed_build[1]
    publish(path, f"{oxigraph_server}/store")
    publish(path, f"{oxigraph_server}/store")
    count = sparql(f"{oxigraph_server}/query",
                   f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DEFAULT_GRAPH}> {{ ?s ?p ?o }} }}")
    assert int(count[0]["n"]["value"]) == len(graph_triples(path))


def test_publish_to_nowhere_is_a_clear_error(seed_build):
    with pytest.raises(OSError, match="cannot reach the store"):
        publish(seed_build[1], f"http://127.0.0.1:{free_port()}/store")


def test_publish_answers_a_digest_challenge_and_falls_back_to_basic():
    request = urllib.request.Request("http://127.0.0.1:8890/sparql-graph-crud-auth?graph=x", method="PUT")
    digest = _authorization(request, ['Digest realm="SPARQL", nonce="abc123", qop="auth", opaque="xyz"'],
                            "dba", "dba")
    assert digest.startswith("Digest ") and 'username="dba"' in digest and "response=" in digest
    assert _authorization(request, ['Basic realm="x"'], "u", "p") == "Basic dTpw"
    assert _authorization(request, [], "u", "p") is None


VIRTUOSO_INI = """\
[Database]
DatabaseFile = virtuoso.db
ErrorLogFile = virtuoso.log
LockFile = virtuoso.lck
TransactionFile = virtuoso.trx
xa_persistent_file = virtuoso.pxa
Striping = 0

[TempDatabase]
DatabaseFile = virtuoso-temp.db
TransactionFile = virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
ServerThreads = 10
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
TempStorage = TempDatabase

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = .
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@pytest.fixture
def virtuoso(tmp_path):
    """A fresh Virtuoso (Debian virtuoso-opensource) in a temporary folder: its HTTP base URL."""
    program = shutil.which("virtuoso-t")
    if not program:
        pytest.fail("virtuoso-t is not installed (make test-stores installs it)")
    http_port = free_port()
    (tmp_path / "virtuoso.ini").write_text(VIRTUOSO_INI.format(sql_port=free_port(), http_port=http_port))
    process = subprocess.Popen([program, "+foreground", "+configfile", "virtuoso.ini"], cwd=tmp_path,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_for(f"{base}/sparql?query=ASK%7B%7D", seconds=90)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.mark.stores
@pytest.mark.parametrize("content", ["nt", "turtle"])
def test_publish_every_triple_arrives_in_virtuoso_with_digest_auth(virtuoso, seed_build, content):
    path = seed_build[1]
    triples = graph_triples(path)
    for _ in range(2):   # twice: PUT replaces the graph
        report = publish(path, f"{virtuoso}/sparql-graph-crud-auth", user="dba", password="dba", content=content)
    assert report.triples == len(triples)
    count = sparql(f"{virtuoso}/sparql", f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{DEFAULT_GRAPH}> {{ ?s ?p ?o }} }}")
    assert int(count[0]["n"]["value"]) == len(triples)
    headlines = sparql(f"{virtuoso}/sparql", f"SELECT ?h WHERE {{ GRAPH <{DEFAULT_GRAPH}> "
                                             "{ ?a <https://schema.org/headline> ?h } }")
    expected = {t.object.value for t in triples if t.predicate.value == "https://schema.org/headline"}
    assert {row["h"]["value"] for row in headlines} == expected      # Thai text arrives intact
    with pytest.raises(OSError):
        publish(path, f"{virtuoso}/sparql-graph-crud-auth", user="dba", password="wrong", content=content)
