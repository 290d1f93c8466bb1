"""Bad input, faults and odd text: every article is in the graph or in the report, nothing breaks the RDF."""
from __future__ import annotations

import json
import re
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from thaigovkg import iris
from thaigovkg.article import clean_url, parse_article
from thaigovkg.cli import main
from thaigovkg.extract import extract_article
from thaigovkg.pipeline import build, build_graph, extract_all
from thaigovkg.to_rdf import article_graph
from thaigovkg.vocab import DCTERMS

ROOT = Path(__file__).resolve().parents[1]


def _seed_texts(seeds_dir: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]


def _identifiers(path: Path) -> set[str]:
    graph = Graph().parse(path)
    return {str(o) for o in graph.objects(None, DCTERMS.identifier)}


# ------------------------------------------------------------------ a corpus of bad inputs

def test_robustness_bad_inputs_are_reported_by_name_and_reason_and_no_good_one_is_lost(tmp_path, seeds_dir):
    seeds = _seed_texts(seeds_dir)
    inputs = tmp_path / "in"
    inputs.mkdir()
    good_lines = [json.dumps({"id": f"good-{i}", "text": text, "date": "2024-09-18"}, ensure_ascii=False)
                  for i, text in enumerate(seeds)]
    lines = [
        good_lines[0],
        '{"id": "broken", "text": "ไม่ปิดวงเล็บ',                                   # 2: malformed JSON
        good_lines[1],
        json.dumps({"id": "no-text"}),                                                 # 4: no text
        json.dumps({"id": "html", "text": "<!DOCTYPE html><html><body><p>ข่าว</p></body></html>"}),  # 5
        json.dumps({"id": "empty", "text": "   \n\u200b\n"}),                          # 6: empty
        json.dumps({"id": "huge", "text": "ก" * 1_000_000}),                           # 7: 3 MB of UTF-8
        json.dumps({"id": "english", "text": "Ministry of Interior wins an award\n\nBangkok, 18 September 2024"}),
        "[1, 2, 3]",                                                                   # 9: not an object
        good_lines[2],
    ]
    corpus = inputs / "corpus.jsonl"
    with open(corpus, "wb") as stream:
        for line in lines:
            stream.write(line.encode("utf-8") + b"\n")
        stream.write(b'{"id": "latin", "text": "caf\xe9"}\n')                         # 11: not UTF-8
        stream.write(b'{"id": "nul", "text": "a\x00b"}\n')                             # 12: binary
        stream.write(good_lines[3].encode("utf-8") + b"\n")                            # 13
    (inputs / "good.txt").write_text(seeds[4], encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02\xff not text")
    (inputs / "latin1.txt").write_bytes("café กระทรวง".encode("utf-8")[:0] + "caf\xe9".encode("latin-1"))
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "page.txt").write_text("<html><head><title>x</title></head><body>ข่าว</body></html>", encoding="utf-8")
    (inputs / "huge.txt").write_bytes(("ข่าว " * 600_000).encode("utf-8"))

    output = tmp_path / "out" / "graph.ttl"
    report = build([inputs], output, validate=True, jobs=2, chunk_size=3)

    rejected = {r.origin.replace(str(inputs) + "/", ""): r.reason for r in report.rejected}
    expected = {
        "corpus.jsonl:2": "malformed JSON", "corpus.jsonl:4": "no 'text'", "corpus.jsonl:5": "HTML",
        "corpus.jsonl:6": "empty", "corpus.jsonl:7": "too large", "corpus.jsonl:9": "must be an object",
        "corpus.jsonl:11": "UTF-8", "corpus.jsonl:12": "binary",
        "binary.txt": "binary", "latin1.txt": "UTF-8", "empty.txt": "empty", "page.txt": "HTML",
        "huge.txt": "too large",
    }
    assert set(rejected) == set(expected), rejected
    for origin, word in expected.items():
        assert word in rejected[origin], (origin, rejected[origin])
    # the good ones: four corpus lines, one file, and the English-only article (built, with a warning)
    assert report.articles == 6
    assert _identifiers(output) >= {"good-0", "good-1", "good-2", "good-3", "good.txt", "english"}
    assert any("english" in w or "corpus.jsonl:8" in w for w in report.warnings)
    assert report.conforms is True
    # the report on disk: one JSON object per problem, with file, line, status and reason
    rows = [json.loads(line) for line in report.report_path.read_text(encoding="utf-8").splitlines()]
    assert {(Path(r["file"]).name, r["line"]) for r in rows if r["status"] == "rejected"} == {
        (origin.split(":")[0], int(origin.split(":")[1]) if ":" in origin else None) for origin in expected}
    assert {r["status"] for r in rows} <= {"rejected", "warning", "merge"}      # merges: resolution's, for review
    assert {r["status"] for r in rows if "file" in r} == {"rejected", "warning"}
    assert all({"kind", "into", "merged", "reason"} <= set(r) for r in rows if r["status"] == "merge")
    assert not list(output.parent.glob(".work-*")), "the work folder is removed after a build"


def test_robustness_cli_exit_status_says_some_articles_were_rejected(tmp_path, seeds_dir, capsys):
    (tmp_path / "good.txt").write_text(_seed_texts(seeds_dir)[0], encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00binary")
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "out" / "g.ttl")]) == 2
    captured = capsys.readouterr()
    assert "bad.txt" in captured.out and "build report:" in captured.err


def test_robustness_a_repeated_id_is_built_once_and_reported(tmp_path, seeds_dir):
    text = _seed_texts(seeds_dir)[0]
    corpus = tmp_path / "twice.jsonl"
    corpus.write_text("".join(json.dumps({"id": "same", "text": text}, ensure_ascii=False) + "\n" for _ in range(3)),
                      encoding="utf-8")
    report = build([corpus], tmp_path / "out" / "graph.ttl", validate=False, jobs=2, chunk_size=1)
    duplicates = [w for w in report.warnings if "duplicate id 'same'" in w]
    assert report.articles == 3 and len(duplicates) == 2
    assert all(w.startswith((f"{corpus}:2", f"{corpus}:3")) and f"first at {corpus}:1" in w for w in duplicates)


# ------------------------------------------------------------------ parallel = sequential, deterministic

def test_robustness_parallel_build_is_the_sequential_graph(tmp_path, seeds_dir, devset_dir):
    paths = [seeds_dir, devset_dir / "articles"]
    extractions, _ = extract_all(paths)
    reference = build_graph(extractions)
    one = build(paths, tmp_path / "one" / "graph.ttl", validate=False, jobs=1)
    two = build(paths, tmp_path / "two" / "graph.ttl", validate=False, jobs=2, chunk_size=4)
    assert one.output.read_bytes() == two.output.read_bytes()
    assert isomorphic(reference, Graph().parse(two.output))
    assert two.triples == len(reference)


def test_robustness_build_resumes_from_the_chunks_already_done(tmp_path, seeds_dir, devset_dir):
    paths = [seeds_dir, devset_dir / "articles"]
    output = tmp_path / "graph.ttl"
    whole = build(paths, output, validate=False, jobs=1, chunk_size=4, keep_work=True)
    expected = output.read_bytes()
    work = next(tmp_path.glob(".work-*"))
    chunks = sorted(work.glob("chunk-*.json"))
    for path in chunks[len(chunks) // 2:]:      # as if the build had died halfway
        path.unlink()
    output.write_text("the previous graph", encoding="utf-8")
    again = build(paths, output, validate=False, jobs=2, chunk_size=4)
    assert again.chunks_reused == len(chunks) // 2
    assert output.read_bytes() == expected and again.articles == whole.articles
    assert not work.exists()


# ------------------------------------------------------------------ a build killed at a random point

def _copies_corpus(folder: Path, seeds_dir: Path, devset_dir: Path, count: int = 300) -> Path:
    texts = _seed_texts(seeds_dir) + [p.read_text(encoding="utf-8")
                                       for p in sorted((devset_dir / "articles").glob("*.txt"))]
    corpus = folder / "copies.jsonl"
    with open(corpus, "w", encoding="utf-8") as stream:
        for i in range(count):
            stream.write(json.dumps({"id": f"copy-{i:04d}", "text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return corpus


@pytest.mark.slow
def test_robustness_killed_build_leaves_the_old_graph_and_resumes_to_the_same_graph(tmp_path, seeds_dir, devset_dir):
    corpus = _copies_corpus(tmp_path, seeds_dir, devset_dir)
    reference = tmp_path / "reference" / "graph.ttl"
    build([corpus], reference, validate=False, chunk_size=20)
    output = tmp_path / "out" / "graph.ttl"
    output.parent.mkdir()
    output.write_text("# the previous graph\n", encoding="utf-8")
    command = [sys.executable, "-m", "thaigovkg.cli", "build", str(corpus), "-o", str(output), "--no-validate"]
    env = dict(os.environ, PYTHAINLP_OFFLINE="1")
    rng = random.Random(6)
    for attempt in range(3):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   start_new_session=True)
        time.sleep(rng.uniform(1.5, 6.0))
        os.killpg(process.pid, signal.SIGKILL)          # the build and its workers, mid-flight
        process.wait()
        text = output.read_text(encoding="utf-8")
        assert text == "# the previous graph\n" or text == reference.read_text(encoding="utf-8")
    finished = subprocess.run(command, env=env, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert output.read_bytes() == reference.read_bytes()
    assert not list(output.parent.glob(".work-*"))


@pytest.mark.slow
def test_robustness_killed_store_build_is_undone_and_built_again_to_the_same_store(tmp_path, seeds_dir, devset_dir):
    """Killed while extracting, and killed while loading the store: run again, the store is the one built at once."""
    import pyoxigraph

    corpus = _copies_corpus(tmp_path, seeds_dir, devset_dir)
    build([corpus], store=tmp_path / "reference", validate=False, chunk_size=20)
    location = tmp_path / "out" / "store"
    command = [sys.executable, "-m", "thaigovkg.cli", "build", str(corpus), "--store", str(location), "--no-validate",
               "--progress"]
    env = dict(os.environ, PYTHAINLP_OFFLINE="1")
    for moment in ("extracting", "loading"):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   start_new_session=True)
        if moment == "extracting":
            time.sleep(3.0)
        else:
            for line in process.stderr:
                if b"loading" in line:
                    break
        os.killpg(process.pid, signal.SIGKILL)          # the build and its workers, mid-flight
        process.wait()
        process.stderr.close()
    finished = subprocess.run(command, env=env, capture_output=True, text=True)
    assert finished.returncode == 0, finished.stderr
    assert "an interrupted update was undone" in finished.stdout      # the kill came while loading

    def quads(where):
        return {(str(q.triple), str(q.graph_name)) for q in pyoxigraph.Store.read_only(str(where))}
    assert quads(location) == quads(tmp_path / "reference")
    assert not list(location.parent.glob(".work-*"))


# ------------------------------------------------------------------ text never breaks the RDF

_NASTY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60) | st.sampled_from(
    ['"', "'", "<", ">", "\\", "\\u0000", "\n", "\r\n", "\t", "\x00", "\x7f", "\u2028", "a b", "{|}^`",
     "ที่มา : https://x.go.th/a b\"<c>", "กระทรวงมหาดไทย (มท.)", '"""', "\\\"", "@th", "^^"])


def _roundtrip(graph: Graph) -> None:
    import pyoxigraph

    turtle = graph.serialize(format="turtle")
    again = Graph().parse(data=turtle, format="turtle")
    assert isomorphic(graph, again)
    ntriples = graph.serialize(format="nt")
    parsed = list(pyoxigraph.parse(ntriples.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES))
    assert len(parsed) == len(graph)
    oxi_turtle = pyoxigraph.serialize(parsed, format=pyoxigraph.RdfFormat.TURTLE)
    assert isomorphic(graph, Graph().parse(data=oxi_turtle.decode("utf-8"), format="turtle"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_NASTY, min_size=1, max_size=4))
def test_robustness_iris_are_ascii_and_valid_for_any_text(parts):
    for node in (iris.person_iri(parts[0]), iris.post_iri(*parts[:1], parts[-1], None), iris.place_iri(parts[0]),
                 iris.work_iri("".join(parts)), iris.award_iri(*parts), iris.article_iri(parts[0])):
        assert str(node).isascii() and not set(str(node)) & set(' <>"{}|\\^`\n')
    graph = Graph()
    graph.add((iris.article_iri(parts[0]), DCTERMS.identifier, Literal("".join(parts))))
    _roundtrip(graph)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.lists(_NASTY, min_size=1, max_size=6), doc_id=_NASTY, url=_NASTY)
def test_robustness_any_article_text_makes_valid_rdf(body, doc_id, url):
    text = "กระทรวงมหาดไทย " + " ".join(body) + "\nนายอนุทิน ชาญวีรกูล รัฐมนตรีว่าการกระทรวงมหาดไทย\n" + \
        f"ที่มา : https://www.thaigov.go.th/{url}"
    article = parse_article(text, doc_id=doc_id or "x", source_url=None)
    if article.source_url is not None:
        assert article.source_url == clean_url(article.source_url)
        URIRef(article.source_url)   # no warning-worthy characters left
    _roundtrip(article_graph(extract_article(article)))


@given(_NASTY)
def test_robustness_clean_url_gives_an_iri_or_nothing(text):
    url = clean_url("https://a.go.th/" + text)
    assert url is not None and not set(url) & set(' <>"{}|\\^`') and all(ch >= " " for ch in url)
    assert not re.search(r"%(?![0-9A-Fa-f]{2})", url)
    assert clean_url(text) is None or text.strip().lower().startswith(("http://", "https://"))


# ------------------------------------------------------------------ queries that run too long

def test_robustness_query_that_runs_too_long_is_stopped(seed_build, capsys):
    _, graph = seed_build
    endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    began = time.monotonic()
    assert main(["query", str(graph), endless, "--timeout", "1"]) == 1
    assert time.monotonic() - began < 15
    assert "ran longer than 1 s and was stopped" in capsys.readouterr().err


# ------------------------------------------------------------------ the reader's fast path changes nothing

_THAI_ALPHABET = st.text(alphabet=st.sampled_from([chr(c) for c in range(0x0E01, 0x0E5C)] + [" ", "\n", "a"]),
                         max_size=40)


@settings(max_examples=500, deadline=None)
@given(_THAI_ALPHABET)
def test_robustness_normalize_skips_the_thai_fixers_only_when_they_would_change_nothing(text):
    from thaigovkg import normalize

    class Always:
        def search(self, _text):
            return True

    fast = normalize.normalize_text(text)
    trigger = normalize._thai_fix_trigger
    normalize._thai_fix_trigger = lambda: Always()
    try:
        assert normalize.normalize_text(text) == fast
    finally:
        normalize._thai_fix_trigger = trigger
