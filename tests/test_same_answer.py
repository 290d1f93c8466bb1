"""The same answer everywhere: a graph file, a store and the endpoint take the same query text, give the same rows."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest

from thaigovkg.cli import main
from thaigovkg.query import format_result, named_queries, open_source, run_query
from thaigovkg.serve import make_server

# org:, tgk:, skos: used without a PREFIX line: predeclared everywhere, as on WDQS
UNDECLARED = ("SELECT ?name WHERE { ?unit org:subOrganizationOf ?parent ; skos:prefLabel ?name . "
              "FILTER (lang(?name) = 'th') } ORDER BY ?name")
SELECT_ALL = ("PREFIX tgk: <https://w3id.org/thaigovkg/ontology#> SELECT * WHERE { ?award a tgk:AwardConferral ; tgk:recipient ?recipient ; tgk:programme ?programme ; "
              "tgk:programmeYear ?year ; tgk:confidence ?confidence } ORDER BY ?award")


@pytest.fixture(scope="module")
def built(tmp_path_factory, seeds_dir):
    """The seeds as a Turtle file and as a store, written by two builds."""
    folder = tmp_path_factory.mktemp("same")
    file, store = folder / "graph.ttl", folder / "store"
    assert main(["build", str(seeds_dir), "-o", str(file), "--no-validate"]) == 0
    assert main(["build", str(seeds_dir), "--store", str(store), "--no-validate"]) == 0
    return file, store


@pytest.fixture(scope="module")
def endpoint(built):
    server = make_server(built[1], port=0, workers=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.url + "sparql"
    server.shutdown()
    server.close()


def ask_endpoint(url: str, query: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def rows_of_json(data: bytes) -> tuple[list[str], list[tuple]]:
    answer = json.loads(data)
    names = answer["head"]["vars"]
    return names, [tuple(_cell(binding.get(n)) for n in names) for binding in answer["results"]["bindings"]]


def _cell(term: dict | None):
    if term is None:
        return None
    return term["value"], term.get("xml:lang"), term.get("datatype")


def local_rows(source, query: str) -> tuple[list[str], list[tuple]]:
    return rows_of_json(format_result(run_query(open_source(source), query), "json").encode("utf-8"))


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_gives_the_same_rows_from_a_file_a_store_and_the_endpoint(built, endpoint, name):
    file, store = built
    text = named_queries()[name].read_text(encoding="utf-8")
    from_file, from_store = local_rows(file, name), local_rows(store, name)
    status, body = ask_endpoint(endpoint, text)
    assert status == 200, body
    assert from_file == from_store == rows_of_json(body)
    assert from_file[1] or name == "uncertain-awards"


def test_standard_prefixes_are_predeclared_for_a_file_a_store_and_the_endpoint(built, endpoint, capsys):
    """Defect: a query using org: without declaring it worked on a file, failed on a store and at the endpoint."""
    file, store = built
    outputs = []
    for source in (file, store):
        assert main(["query", str(source), UNDECLARED, "--format", "csv"]) == 0
        outputs.append(capsys.readouterr().out)
    status, body = ask_endpoint(endpoint, UNDECLARED)
    assert status == 200, body
    assert outputs[0] == outputs[1] and outputs[0].count("\n") > 2
    assert [row[0][0] for row in rows_of_json(body)[1]] == outputs[0].splitlines()[1:]


def test_an_undeclared_prefix_is_named_in_one_line_everywhere(built, endpoint, capsys):
    query = "SELECT ?x WHERE { ?x ex:partOf ?y }"
    for source in built:
        assert main(["query", str(source), query]) == 1
        error = capsys.readouterr().err
        assert error.startswith("Error:") and "ex:" in error and "PREFIX ex:" in error and error.count("\n") == 1
    status, body = ask_endpoint(endpoint, query)
    assert status == 400 and b"ex:" in body and body.count(b"\n") == 1


def test_a_parse_error_is_short_and_points_at_the_place(built, capsys):
    assert main(["query", str(built[1]), "SELECT ?x WHERE { ?x ?y }"]) == 1
    error = capsys.readouterr().err
    assert "line 1" in error and "^" in error and len(error) < 400


def _columns_in_a_fresh_process(source, seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHAINLP_OFFLINE="1")
    done = subprocess.run([sys.executable, "-m", "thaigovkg.cli", "query", str(source), SELECT_ALL, "--format", "csv"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()[0]


def test_select_star_columns_come_in_one_fixed_order(built, endpoint):
    """Defect: SELECT * gave its columns in another order on every run (CSV scripts broke)."""
    file, store = built
    headers = {_columns_in_a_fresh_process(source, seed) for source in (file, store) for seed in ("1", "2", "3")}
    assert headers == {"award,confidence,programme,recipient,year"}
    status, body = ask_endpoint(endpoint, SELECT_ALL)
    assert rows_of_json(body)[0] == ["award", "confidence", "programme", "recipient", "year"]


def test_columns_come_in_the_order_the_query_names_them(built, endpoint):
    query = "SELECT ?year ?award ?programme WHERE { ?award tgk:programme ?programme ; tgk:programmeYear ?year }"
    for source in built:
        assert local_rows(source, query)[0] == ["year", "award", "programme"]
    assert rows_of_json(ask_endpoint(endpoint, query)[1])[0] == ["year", "award", "programme"]
