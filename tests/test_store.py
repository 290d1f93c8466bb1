"""The store: filled by the build's pipeline, resolved over all it holds; piecewise equals at once."""
from __future__ import annotations

import sqlite3
import zlib

import pyoxigraph as ox
import pytest

from thaigovkg import iris, store as stores
from thaigovkg.cli import main
from thaigovkg.pipeline import build
from thaigovkg.store import (LEDGER, REFERENCE_GRAPH, RESOLUTION_GRAPH, article_graphs, article_quads, is_store,
                             open_store)
from thaigovkg.vocab import FOAF

# Reports of one programme-year: two name the day (7 September), one gives none, one names another day
# (a second ceremony); the governor's surname is spelt two ways (ใจดีงาม twice, ใจดิงาม once).
DATED = ("สำนักงานที่ดินจังหวัดตราด คว้ารางวัลเลิศรัฐ ประจำปี 2566\n\n"
         "เมื่อวันที่ 7 กันยายน 2566 นายสมปอง ใจดีงาม ผู้ว่าราชการจังหวัดตราด เข้ารับรางวัลเลิศรัฐ ประจำปี 2566 "
         "ณ ห้องแกรนด์ ไดมอนด์ บอลรูม อิมแพค เมืองทองธานี\n")
ARTICLES = {
    "a1.txt": DATED,
    "a2.txt": DATED.replace("สำนักงานที่ดินจังหวัดตราด คว้า", "จังหวัดตราด รับ"),
    "a3.txt": DATED.replace("ใจดีงาม", "ใจดิงาม").replace("คว้า", "ได้รับ"),
    "u1.txt": ("กรมที่ดิน รับรางวัลเลิศรัฐ ประจำปี 2566\n\n"
               "กรมที่ดิน ได้รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ระดับดี ประเภทพัฒนาการบริการ "
               "ผลงาน “ที่ดินออนไลน์ทันใจ”\n"
               "พิธีมอบรางวัลเลิศรัฐ ประจำปี 2566 จัดโดยสำนักงาน ก.พ.ร.\n"),   # an undated report: its organiser only
    "o1.txt": ("สำนักงานที่ดินจังหวัดสตูล รับรางวัลเลิศรัฐ ประจำปี 2566\n\n"
               "เมื่อวันที่ 20 กันยายน 2566 นายสมบัติ รักถิ่นไทย ผู้ว่าราชการจังหวัดสตูล เข้ารับรางวัลเลิศรัฐ "
               "ประจำปี 2566 ณ ห้องประชุมศาลากลางจังหวัดสตูล\n"),
}


@pytest.fixture
def articles(tmp_path):
    """Each article as a .txt file: name → path."""
    folder = tmp_path / "articles"
    folder.mkdir()
    paths = {}
    for name, text in ARTICLES.items():
        paths[name] = folder / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


def quads(location) -> set[tuple[str, str]]:
    """(triple, graph) of every quad in the store, and of each article's graph as the ledger gives it."""
    store = open_store(location)
    return {(str(q.triple), str(q.graph_name)) for q in [*store.quads_for_pattern(None, None, None, None),
                                                          *article_quads(location)]}


def ledger(location) -> tuple[list, list, list]:
    """The ledger's summaries, each article's lines as stated, and the nodes each names, as rows."""
    db = sqlite3.connect(location / LEDGER)
    try:
        return (db.execute("SELECT iri, digest, summary FROM article ORDER BY iri").fetchall(),
                [(iri, zlib.decompress(lines)) for iri, lines in db.execute("SELECT iri, lines FROM stated ORDER BY iri")],
                db.execute("SELECT iri, article FROM node ORDER BY iri, article").fetchall())
    finally:
        db.close()


def add(location, paths, **options):
    return build(paths, store=location, validate=options.pop("validate", False), jobs=1, **options)


def names(location) -> dict[str, list[str]]:
    store = open_store(location)
    found: dict[str, list[str]] = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(str(FOAF.name)), None, ox.DefaultGraph()):
        found.setdefault(quad.subject.value, []).append(quad.object.value)
    return found


@pytest.mark.parametrize("steps", [
    [["a1", "u1"], ["a2", "a3", "o1"]],       # a rename (undated → 7 September) made, then undone by another day
    [["u1"], ["a1"], ["o1", "a2", "a3"]],     # the rename appears with the second step, goes with the third
    [["o1", "a3"], ["a1", "a2", "u1"]],       # the name first spelt ใจดิงาม, then ใจดีงาม by more articles
    [["a1", "a3"], ["a3", "a2", "u1", "o1"], ["a1"]],   # articles added twice, alone and among new ones
])
def test_store_built_piecewise_is_the_store_built_at_once(tmp_path, articles, steps):
    at_once = add(tmp_path / "at-once", list(articles.values()))
    assert at_once.store_update.added == 5
    piecewise = tmp_path / "piecewise"
    for step in steps:
        add(piecewise, [articles[f"{name}.txt"] for name in step])
    assert quads(piecewise) == quads(tmp_path / "at-once")
    assert ledger(piecewise) == ledger(tmp_path / "at-once")     # what later additions resolve from, too
    assert all(len(spellings) == 1 for spellings in names(piecewise).values())


def test_store_adding_articles_again_changes_nothing(tmp_path, articles):
    location = tmp_path / "store"
    add(location, list(articles.values()))
    before, kept = quads(location), ledger(location)
    again = add(location, [articles["a3.txt"], articles["u1.txt"]])
    assert (again.store_update.added, again.store_update.replaced, again.store_update.unchanged) == (0, 0, 2)
    assert quads(location) == before and ledger(location) == kept


def test_store_a_changed_article_replaces_its_old_version(tmp_path, articles):
    add(tmp_path / "store", list(articles.values()))
    articles["a3.txt"].write_text(ARTICLES["o1.txt"].replace("สมบัติ", "สมชาย"), encoding="utf-8")
    again = add(tmp_path / "store", [articles["a3.txt"]])
    assert again.store_update.replaced == 1
    add(tmp_path / "fresh", list(articles.values()))
    assert quads(tmp_path / "store") == quads(tmp_path / "fresh")


def test_store_readding_an_article_keeps_one_name_per_person(tmp_path, articles, capsys):
    """Defect: adding an article again split a person's name into two foaf:name values."""
    location = str(tmp_path / "store")
    paths = [str(articles[n]) for n in ("a1.txt", "a2.txt", "a3.txt")]
    assert main(["build", *paths, "--store", location, "--no-validate"]) == 0
    assert main(["build", paths[2], "--store", location, "--no-validate"]) == 0
    assert main(["query", location, "top-presenters", "--format", "csv"]) == 0
    capsys.readouterr()
    spellings = open_store(location).query(
        "SELECT ?p (COUNT(?n) AS ?names) WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; "
        "<http://xmlns.com/foaf/0.1/name> ?n } GROUP BY ?p")
    assert [int(row[1].value) for row in spellings] == [1]
    [name] = [row[0].value for row in open_store(location).query(
        "SELECT ?n WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?n }")]
    assert name == "สมปอง ใจดีงาม"       # the spelling two of the three articles use


def test_store_holds_the_turtle_files_graph_literal_for_literal(tmp_path, seeds_dir):
    """Defect: the store wrote tgk:confidence "1" where the file wrote "1.0" (the same value, another literal)."""
    file, location = tmp_path / "graph.ttl", tmp_path / "store"
    assert main(["build", str(seeds_dir), "-o", str(file), "--no-validate"]) == 0
    assert main(["build", str(seeds_dir), "--store", str(location), "--no-validate"]) == 0
    in_file = {str(q.triple) for q in ox.parse(path=str(file), format=ox.RdfFormat.TURTLE)}
    in_store = {str(q.triple) for q in open_store(location).quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert in_store == in_file
    assert any("confidence" in triple for triple in in_file)


def test_store_and_file_written_in_one_run_hold_one_graph(tmp_path, articles):
    report = build(list(articles.values()), tmp_path / "graph.ttl", store=tmp_path / "store", jobs=2, chunk_size=2)
    assert report.output.is_file() and is_store(report.store) and report.conforms is True
    in_file = {str(q.triple) for q in ox.parse(path=str(report.output), format=ox.RdfFormat.TURTLE)}
    stored = open_store(report.store)
    assert in_file == {str(q.triple) for q in stored.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    add(tmp_path / "alone", list(articles.values()))
    assert quads(report.store) == quads(tmp_path / "alone")
    rows = (tmp_path / "graph.report.jsonl").read_text(encoding="utf-8")
    assert '"status": "merge"' not in rows      # two days for one programme-year: no undated report is merged


def test_store_build_takes_jobs_and_shows_progress_like_the_file_build(tmp_path, articles, capsys):
    """Defect: the store build ran in one process, ignoring --jobs and --progress."""
    capsys.readouterr()
    report = build(list(articles.values()), store=tmp_path / "store", validate=False, progress=True, jobs=2,
                   chunk_size=2)
    bar = [line for line in capsys.readouterr().err.replace("\r", "\n").splitlines() if " left" in line]
    assert bar and bar[-1].strip().startswith("5 / ") and bar[-1].strip().endswith("100%")
    assert report.store_update.added == 5
    add(tmp_path / "one-process", list(articles.values()))
    assert quads(tmp_path / "store") == quads(tmp_path / "one-process")


def test_store_layout_article_graphs_resolution_graph_and_their_union(tmp_path, articles):
    location = tmp_path / "store"
    report = add(location, [articles[n] for n in ("a1.txt", "a3.txt", "u1.txt")], validate=True)
    assert report.conforms is True
    merges = [m for m in report.merges if m.kind == "ceremony"]
    assert len(merges) == 1 and "2023-09-07" in merges[0].reason
    store = open_store(location)
    assert len(article_graphs(location)) == 3
    # the articles' triples are stored once, in the default graph; their graphs come from the ledger
    assert {g.value for g in store.named_graphs()} == {REFERENCE_GRAPH, RESOLUTION_GRAPH}
    default = {q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    by_graph: dict[str, set] = {}
    for quad in article_quads(location):
        by_graph.setdefault(quad.graph_name.value, set()).add(quad.triple)
    assert set(by_graph) == {*article_graphs(location), REFERENCE_GRAPH, RESOLUTION_GRAPH}
    assert default == set().union(*(triples for graph, triples in by_graph.items() if graph != REFERENCE_GRAPH))
    name = ox.NamedNode(str(FOAF.name))
    for iri in article_graphs(location):      # names live in the resolution graph only
        assert not any(t.predicate == name for t in by_graph[iri])
    assert any(t.predicate == name for t in by_graph[RESOLUTION_GRAPH])
    # the undated report names the dated ceremony in the store; the ledger keeps what it states, to undo that
    merged, kept = merges[0].merged[0], merges[0].into
    stated = dict(ledger(location)[1])
    assert merged.encode() in stated[str(iris.article_iri("u1.txt"))]
    assert any(kept in str(t) for t in by_graph[str(iris.article_iri("u1.txt"))])
    assert not any(merged in str(t) for t in default)


def test_store_an_update_validates_the_nodes_it_changed(tmp_path, articles):
    location = tmp_path / "store"
    first = add(location, [articles[n] for n in ("a1.txt", "a2.txt")], validate=True)
    assert first.store_update.changed is None and first.conforms is True      # a new store: all of it checked
    second = add(location, [articles["o1.txt"]], validate=True)
    changed = second.store_update.changed
    assert second.conforms is True and changed
    assert any("/person/" in iri for iri in changed) and all(iri.startswith("http") for iri in changed)
    article_of_a1 = next(iri for iri in article_graphs(location) if iri not in changed)
    assert article_of_a1                                                        # a1's article node was not touched
    third = add(location, [articles["o1.txt"]], validate=True)
    assert third.store_update.changed == set() and "nothing changed" in third.summary()


def test_store_an_interrupted_update_is_undone_by_the_next(tmp_path, articles, monkeypatch):
    location = tmp_path / "store"
    add(location, [articles["a1.txt"], articles["u1.txt"]])

    def dies(*args, **kwargs):
        raise RuntimeError("killed")
    with monkeypatch.context() as patch:
        patch.setattr(stores, "_update_names", dies)
        with pytest.raises(RuntimeError):
            add(location, [articles["a2.txt"], articles["o1.txt"]])
    later = add(location, [articles["a3.txt"]])
    assert later.store_update.dropped == sorted(str(iris.article_iri(n)) for n in ("a2.txt", "o1.txt"))
    assert "interrupted update was undone" in later.summary() and "add them again" in later.summary()
    add(tmp_path / "expected", [articles[n] for n in ("a1.txt", "u1.txt", "a3.txt")])
    assert quads(location) == quads(tmp_path / "expected")
    add(location, [articles["a2.txt"], articles["o1.txt"]])        # added again, as the report says
    add(tmp_path / "all", list(articles.values()))
    assert quads(location) == quads(tmp_path / "all")


def test_store_refuses_a_file_a_foreign_folder_and_a_store_of_the_old_layout(tmp_path, articles, capsys):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "notes.txt").write_text("x", encoding="utf-8")
    for place, words in (("file", "it is a file"), ("folder", "holds other files")):
        assert main(["build", str(articles["a1.txt"]), "--store", str(tmp_path / place)]) == 1
        assert words in capsys.readouterr().err
    old = ox.Store(str(tmp_path / "old"))          # a store of the old builder: article graphs, no ledger
    old.add(ox.Quad(ox.NamedNode("https://w3id.org/thaigovkg/id/article/0"), ox.NamedNode("http://x/p"),
                    ox.Literal("x"), ox.NamedNode("https://w3id.org/thaigovkg/id/article/0")))
    del old
    assert main(["build", str(articles["a1.txt"]), "--store", str(tmp_path / "old")]) == 1
    assert "older thaigovkg" in capsys.readouterr().err
    assert not list(tmp_path.glob(".work-*"))


def test_store_of_the_named_graph_ledger_format_says_how_to_build_it_again(tmp_path, articles, capsys):
    """A store of ledger format 2 (each article's triples in its named graph) is refused with what to do."""
    location = tmp_path / "store"
    add(location, [articles["a1.txt"]])
    db = sqlite3.connect(location / LEDGER)
    db.execute("UPDATE meta SET value = '2' WHERE key = 'format'")
    db.commit()
    db.close()
    assert main(["build", str(articles["a2.txt"]), "--store", str(location)]) == 1
    assert main(["export", str(location), "-o", str(tmp_path / "kg.nq")]) == 1
    for err in capsys.readouterr().err.strip().splitlines()[-2:]:
        assert "ledger format 2, this one reads 3" in err and "--store NEW_FOLDER" in err


def test_store_a_folder_that_is_not_a_store_is_an_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a thaigovkg store"):
        open_store(tmp_path)


def test_store_an_id_read_twice_keeps_all_it_states_through_renames(tmp_path, articles):
    """Two records with one id (in different chunks) make one article; when a rename touching it is made and
    undone by later articles, nothing either record states is lost."""
    import json

    corpus = tmp_path / "twice.jsonl"
    second = ARTICLES["u1.txt"].replace("ที่ดินออนไลน์ทันใจ", "ที่ดินใกล้บ้าน")
    corpus.write_text("".join(json.dumps({"id": "u1", "text": text}, ensure_ascii=False) + "\n"
                              for text in (ARTICLES["u1.txt"], second)), encoding="utf-8")
    first = build([corpus, articles["a1.txt"]], store=tmp_path / "pieces", validate=False, jobs=1, chunk_size=1)
    assert first.store_update.added == 2 and first.merges          # the undated reports joined 7 September
    build([articles["o1.txt"]], store=tmp_path / "pieces", validate=False, jobs=1)     # another day: undone
    build([corpus, articles["a1.txt"], articles["o1.txt"]], store=tmp_path / "once", validate=False, jobs=1,
          chunk_size=1)
    assert quads(tmp_path / "pieces") == quads(tmp_path / "once")
    projects = {q[0] for q in quads(tmp_path / "once") if "schema.org/name" in q[0] and "ที่ดิน" in q[0]}
    assert len(projects) == 2


def test_store_update_romanises_only_names_it_has_not_romanised_before(tmp_path, articles, monkeypatch):
    """pythainlp takes milliseconds a name; a store holds its romanised names and gives them back."""
    from thaigovkg import romanise

    add(tmp_path / "store", [articles["a1.txt"]])
    asked: list[str] = []
    original = romanise._romanise

    def counted(name: str):
        asked.append(name)
        return original.__wrapped__(name)
    monkeypatch.setattr(romanise, "_romanise", counted)
    monkeypatch.setattr(romanise, "_KNOWN", {})
    add(tmp_path / "store", [articles["o1.txt"]])
    assert "สมบัติ รักถิ่นไทย" in asked and "สมปอง ใจดีงาม" not in asked
    latin = {q[0] for q in quads(tmp_path / "store") if "th-latn" in q[0]}
    assert any("Sompong" in triple or "Somphong" in triple for triple in latin), latin


@pytest.mark.parametrize("load_bytes", [stores.PRELOAD_BYTES, 1])     # all in one bulk load, a load a file
def test_store_loaded_beside_the_extraction_equals_one_loaded_after_it(tmp_path, articles, monkeypatch, load_bytes):
    """A new store is bulk-loaded while the articles are extracted, as stated, and renamed after (here the
    undated report joins the ceremony of 7 September): the same store as loading it after the extraction."""
    one_day = [articles[n] for n in ("a1.txt", "u1.txt", "a2.txt", "a3.txt")]
    monkeypatch.setattr(stores, "PRELOAD_BYTES", load_bytes)
    beside = add(tmp_path / "beside", one_day, chunk_size=1)
    assert beside.merges and beside.store_update.renamed_graphs == 0    # renamed, but no stored graph was
    with monkeypatch.context() as patch:
        patch.setattr(stores.Preload, "start", classmethod(lambda cls, location: None))
        add(tmp_path / "after", one_day, chunk_size=1)
    assert quads(tmp_path / "beside") == quads(tmp_path / "after")
    assert ledger(tmp_path / "beside") == ledger(tmp_path / "after")


def test_store_the_loader_gives_its_memory_back_after_each_load(tmp_path, articles, monkeypatch):
    """Each bulk load's freed memory goes back to the system (the loading thread's malloc arena keeps it
    otherwise, beside the main thread's work): a trim after every load, libc looked up once (its look-up
    starts a process, a copy of the build's)."""
    trims = []
    monkeypatch.setattr(stores, "PRELOAD_BYTES", 1)                   # a load a file
    monkeypatch.setattr(stores, "give_back_memory", lambda: trims.append(1))
    add(tmp_path / "store", [articles[n] for n in ("a1.txt", "a2.txt", "a3.txt")], chunk_size=1)
    assert len(trims) >= 3                                            # three chunks, a triple file each
    monkeypatch.undo()
    stores._malloc_trim.cache_clear()
    stores.give_back_memory()
    stores.give_back_memory()
    assert stores._malloc_trim.cache_info().misses == 1


def test_store_a_new_store_whose_build_dies_while_extracting_is_undone_by_the_next(tmp_path, articles, monkeypatch):
    """The chunks loaded before the build died are in the store, staged: the next build takes them out."""
    from thaigovkg import chunks

    location = tmp_path / "store"
    process = chunks.process_chunk

    def dies_at_the_third(index, *args, **kwargs):
        if index == 2:
            raise RuntimeError("killed")
        return process(index, *args, **kwargs)
    order = [articles[n] for n in ("a1.txt", "o1.txt", "a2.txt")]
    with monkeypatch.context() as patch:
        patch.setattr(chunks, "process_chunk", dies_at_the_third)
        with pytest.raises(RuntimeError):
            add(location, order, chunk_size=1)
    assert len(ledger(location)[1]) == 2 and next(open_store(location).quads_for_pattern(None, None, None, None))
    # (the first two articles went in before it died: their lines and triples)
    later = add(location, [articles["u1.txt"]])
    assert later.store_update.dropped == sorted(str(iris.article_iri(n)) for n in ("a1.txt", "o1.txt"))
    add(tmp_path / "expected", [articles["u1.txt"]])
    assert quads(location) == quads(tmp_path / "expected")


def tallies(location) -> tuple[dict | None, dict]:
    """The tally the store keeps (what its next update resolves from) and the one its ledger's summaries
    make (the full pass), as plain data."""
    from thaigovkg.resolve import Tally, resolve

    kept = stores.Ledger(location)
    try:
        tally, made = kept.tally(), Tally(kept.summaries())
        resolve(made)          # (which fills what the tally keeps of resolution: ``one_edits``)
        return tally and vars(tally), vars(made)
    finally:
        kept.close()


def test_store_an_update_resolves_from_the_kept_tally_and_equals_the_store_built_at_once(tmp_path, articles,
                                                                                          monkeypatch):
    """A daily update adds its articles to the tally the store keeps, without reading every summary again."""
    add(tmp_path / "at-once", list(articles.values()))
    location = tmp_path / "daily"
    add(location, [articles["a1.txt"], articles["u1.txt"]])
    with monkeypatch.context() as patch:
        def every_summary(self):
            raise AssertionError("the update read every summary again")
        patch.setattr(stores.Ledger, "summaries", every_summary)
        add(location, [articles["a2.txt"], articles["a3.txt"]])     # the rename (undated → 7 September) comes
        add(location, [articles["o1.txt"]])                         # … and goes with another day
    assert quads(location) == quads(tmp_path / "at-once")
    assert ledger(location) == ledger(tmp_path / "at-once")
    kept, made = tallies(location)
    assert kept == made


@pytest.mark.parametrize("spoil", ["another stamp", "no tally", "a replaced article"])
def test_store_resolves_over_every_summary_where_its_tally_cannot_be_added_to(tmp_path, articles, spoil):
    """A tally that is not the ledger's (a later update died after writing it), none, or an article replaced
    (a tally takes no article out): the update reads every summary, and the store is the one built at once."""
    location = tmp_path / "store"
    add(location, [articles["a1.txt"], articles["a3.txt"], articles["u1.txt"]])
    if spoil == "another stamp":
        data = (location / stores.TALLY).read_bytes()
        (location / stores.TALLY).write_bytes(b"0" * 32 + data[data.index(b"\n"):])
    elif spoil == "no tally":
        (location / stores.TALLY).unlink()
    else:
        articles["a3.txt"].write_text(ARTICLES["o1.txt"].replace("สมบัติ", "สมชาย"), encoding="utf-8")
    add(location, [articles["a3.txt"], articles["a2.txt"], articles["o1.txt"]])
    add(tmp_path / "at-once", list(articles.values()))
    assert quads(location) == quads(tmp_path / "at-once")
    kept, made = tallies(location)
    assert kept == made
