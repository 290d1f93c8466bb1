"""The store: an embedded Oxigraph database in a folder, filled by the same pipeline as the Turtle file.

A store folder holds

- the default graph, what queries see: every article's triples, with
  resolution's IRI renames applied (an undated ceremony report names the dated
  ceremony), and the resolution graph's: the same graph as ``thaigovkg build -o``
  writes for the same articles;
- the resolution graph (``RESOLUTION_GRAPH``): the triples that depend on every
  article of the store, people's names (the spelling most articles use, the
  others as ``schema:alternateName``);
- the reference graph (``REFERENCE_GRAPH``): the award scheme of
  ``ontology/awards.ttl``, kept apart from the default graph;
- ``resolution.sqlite`` beside the database files (the ledger): each article's
  summary (what resolution needs, ``resolve.ArticleSummary``), the renames in
  force, each article's triples as it states them (before renames, compressed:
  ``article_quads`` gives them as one named graph per article, for exports), and
  the shared nodes each article names (``ntriples.nodes_of``: people, posts,
  organisations, awards …, not the article's own nodes).

The articles' triples are not stored a second time in named graphs (once they
were: two thirds of the loader's work). What the named graphs answered, the
ledger answers: which articles a rename concerns (those naming the renamed node),
and whether a triple taken out of one article is still stated by another (an
article's own nodes, ``…/id/article/<id>…``, only it states; a triple of shared
nodes, the articles naming its node are read until one states it).

Adding articles (``update``) bulk-loads their triples into the default graph and
their lines into the ledger, then resolves again over the summaries of every
article in the store and rewrites only what changed: the names of the people
whose spellings changed, the triples of the articles whose renames changed (from
the triples as stated), the default graph's triples that no article states any
more. So a store built piecewise, or with an article added twice, equals the
store built at once. An article added again unchanged (same digest) is skipped;
changed, it replaces its old version.

Bulk loading is not transactional, so an update marks itself pending in the
ledger first; if it dies, the next update (or ``thaigovkg build`` into the
store) removes the articles of the interrupted one, rebuilds the default graph
from the ledger and resolves again: the store is consistent, without those
articles, which are listed so they can be added again.

This module knows nothing of extraction or validation: ``pipeline.py`` calls it
with the articles' summaries, their lines (``ntriples.pack_articles`` files) and
their triples (sorted N-Triples files).
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .ntriples import BytesReader, Renamer, file_buffers, nodes_of, unpack_articles
from .resolve import ArticleSummary, Resolved, Tally, combine, no_collection, reads_tally, resolve
from .resources import ontology_file
from .romanise import remember
from .vocab import ID_BASE

REFERENCE_GRAPH = ID_BASE + "graph/reference"
RESOLUTION_GRAPH = ID_BASE + "graph/resolution"
LEDGER = "resolution.sqlite"
#: What resolution read of every article (``resolve.Tally``), beside the ledger: a daily update adds its articles
#: to it instead of reading every summary again. Valid when its stamp is the ledger's (written in one commit).
TALLY = "resolution.tally"
#: Bumped when what the ledger holds changes: a store of another format must be built again.
LEDGER_FORMAT = "3"      # 3: every article's lines in the ledger, no article graphs (2: in named graphs)
_ARTICLE_PREFIX = ID_BASE + "article/"


def is_store(path: str | Path) -> bool:
    """True when ``path`` is a store folder (an Oxigraph/RocksDB database)."""
    path = Path(path)
    return path.is_dir() and (path / "CURRENT").is_file()


def open_store(path: str | Path, read_only: bool = True) -> ox.Store:
    """The store in folder ``path``; read-only unless asked (many readers may share it)."""
    path = Path(path)
    if read_only:
        if not is_store(path):
            raise FileNotFoundError(f"'{path}' is not a thaigovkg store (no Oxigraph database in it)")
        return ox.Store.read_only(str(path))
    check_location(path)
    path.mkdir(parents=True, exist_ok=True)
    return ox.Store(str(path))


def check_location(path: Path) -> None:
    """Refuse a place a store cannot go: a file, or a folder holding other things."""
    if path.exists() and not path.is_dir():
        raise ValueError(f"cannot make a store in '{path}': it is a file")
    if path.is_dir() and not is_store(path) and any(path.iterdir()):
        raise ValueError(f"cannot make a store in '{path}': the folder holds other files (give a new or empty folder)")
    if is_store(path) and not (path / LEDGER).is_file() and any(
            g.value.startswith(_ARTICLE_PREFIX) for g in ox.Store.read_only(str(path)).named_graphs()
            if isinstance(g, ox.NamedNode)):
        raise ValueError(f"the store in '{path}' was made by an older thaigovkg (it has no ledger, {LEDGER}): "
                         f"{REBUILD}")


def load_reference(store: ox.Store) -> None:
    """(Re)load the award scheme into the reference graph."""
    graph = ox.NamedNode(REFERENCE_GRAPH)
    quads = [ox.Quad(t.subject, t.predicate, t.object, graph)
             for t in ox.parse(path=str(ontology_file("awards.ttl")), format=ox.RdfFormat.TURTLE)]
    store.remove_graph(graph) if store.contains_named_graph(graph) else None
    store.extend(quads)


def count(store: ox.Store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))[0].value)


def article_graphs(location: str | Path) -> list[str]:
    """The IRIs of the store's articles (the graphs ``article_quads`` names), sorted."""
    ledger = Ledger(Path(location), read_only=True)
    try:
        return sorted(row[0] for row in ledger.db.execute("SELECT iri FROM article"))
    finally:
        ledger.close()


def article_quads(location: str | Path) -> Iterator[ox.Quad]:
    """Each article's triples (renamed as now) in its own named graph, the article's IRI, then the
    store's own named graphs (resolution, reference): the named graphs of an N-Quads export."""
    ledger = Ledger(Path(location), read_only=True)
    try:
        renamer = Renamer(ledger.renames())
        for iri in article_graphs(location):
            graph = ox.NamedNode(iri)
            for triple in ox.parse(renamer(ledger.stated(iri) or b""), format=ox.RdfFormat.N_TRIPLES):
                yield ox.Quad(triple.subject, triple.predicate, triple.object, graph)
    finally:
        ledger.close()
    store = open_store(location)
    for quad in store.quads_for_pattern(None, None, None, None):
        if not isinstance(quad.graph_name, ox.DefaultGraph):
            yield quad


def default_graph(location: str | Path):
    """The store's merged graph (every article's triples, once) as an rdflib Graph."""
    from rdflib import Graph

    from .to_rdf import bind_prefixes

    store = open_store(location)
    data = ox.serialize(store.quads_for_pattern(None, None, None, ox.DefaultGraph()),
                        format=ox.RdfFormat.N_QUADS)
    return bind_prefixes(Graph()).parse(data=data.decode("utf-8"), format="nt")


# --------------------------------------------------------------------------- the ledger

#: What to do with a store this version cannot read.
REBUILD = ("build it again into a new folder (thaigovkg build ARTICLES --store NEW_FOLDER), "
           "or export it with the thaigovkg that made it")


class Ledger:
    """What resolution needs of every article in the store, and the lines each states (``stated``: sorted
    N-Triples, compressed; ``node``: the shared nodes each names), in SQLite beside the database files."""

    def __init__(self, folder: Path, read_only: bool = False):
        self.folder = folder
        self.combined: set[str] = set()
        if read_only:
            self.db = sqlite3.connect(f"file:{folder / LEDGER}?mode=ro", uri=True, isolation_level=None)
        else:
            self.db = sqlite3.connect(folder / LEDGER, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        found = self.get("format")
        known = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'article'").fetchone()
        if found is None and not (known and self.db.execute("SELECT 1 FROM article LIMIT 1").fetchone()):
            if not read_only:
                self.put("format", LEDGER_FORMAT)
        elif found != LEDGER_FORMAT:
            self.db.close()
            raise ValueError(f"the store in '{folder}' was made by another version of thaigovkg (ledger format "
                             f"{found}, this one reads {LEDGER_FORMAT}): {REBUILD}")
        if not read_only:
            self.db.executescript("""
                CREATE TABLE IF NOT EXISTS article (iri TEXT PRIMARY KEY, digest TEXT, summary TEXT);
                CREATE TABLE IF NOT EXISTS staged (iri TEXT PRIMARY KEY, digest TEXT, summary TEXT);
                CREATE TABLE IF NOT EXISTS stated (iri TEXT PRIMARY KEY, lines BLOB);
                CREATE TABLE IF NOT EXISTS node (iri TEXT, article TEXT, PRIMARY KEY (iri, article)) WITHOUT ROWID;
            """)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all its statements kept, or none."""
        self.db.execute("BEGIN")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row and row[0]

    def put(self, key: str, value: str | None) -> None:
        if value is None:
            self.db.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def renames(self) -> dict[str, str]:
        return json.loads(self.get("renames") or "{}")

    def stage(self, summaries: Iterable[ArticleSummary]) -> None:
        """The articles of one update, an id given twice combined into one summary (listed in ``combined``)."""
        self.combined: set[str] = set()
        with self.transaction() as db:
            db.execute("DELETE FROM staged")
        self.stage_more(summaries)

    def stage_more(self, summaries: Iterable[ArticleSummary]) -> None:
        """More articles of the same update (``stage`` began it), as they come."""
        with self.transaction() as db:
            for summary in summaries:
                row = (summary.iri, summary.digest, summary.dumps())
                if db.execute("INSERT OR IGNORE INTO staged VALUES (?, ?, ?)", row).rowcount:
                    continue
                earlier = db.execute("SELECT summary FROM staged WHERE iri = ?", (summary.iri,)).fetchone()[0]
                self.combined.add(summary.iri)
                summary = combine(ArticleSummary.from_json(json.loads(earlier)), summary)
                db.execute("INSERT OR REPLACE INTO staged VALUES (?, ?, ?)", (summary.iri, summary.digest, summary.dumps()))

    def drop_unchanged(self) -> int:
        """Forget staged articles the store holds with the same digest; how many there were."""
        with self.transaction():
            gone = self.db.execute("DELETE FROM staged WHERE iri IN (SELECT s.iri FROM staged s JOIN article a "
                                   "ON a.iri = s.iri AND a.digest = s.digest)").rowcount
        return gone

    def staged_iris(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT iri FROM staged")}

    def staged_and_stored(self) -> set[str]:
        """Staged articles the store already holds (in another version)."""
        return {row[0] for row in self.db.execute("SELECT s.iri FROM staged s JOIN article a ON a.iri = s.iri")}

    def summaries(self) -> Iterator[ArticleSummary]:
        """Every article's summary as the store will hold it: the stored ones, the staged ones instead."""
        rows = self.db.execute("SELECT summary FROM (SELECT 0 AS part, rowid AS row, summary FROM article "
                               "WHERE iri NOT IN (SELECT iri FROM staged) UNION ALL SELECT 1, rowid, summary "
                               "FROM staged) ORDER BY part, row")      # (the order the tally adds them in)
        for (text,) in rows:
            yield ArticleSummary.from_json(json.loads(text))

    def staged_summaries(self) -> Iterator[ArticleSummary]:
        for (text,) in self.db.execute("SELECT summary FROM staged ORDER BY rowid"):
            yield ArticleSummary.from_json(json.loads(text))

    def tally(self) -> Tally | None:
        """The tally of the stored articles as the last finished update left it, if it is there and its own."""
        path = self.folder / TALLY
        stamp = self.get("tally")
        if stamp is None or not path.is_file():
            return None
        data = path.read_bytes()
        head, _, body = data.partition(b"\n")
        if head.decode("ascii", "replace") != stamp:
            return None
        try:
            return Tally.loads(body)
        except ValueError:          # (marshal's own errors are ValueError, EOFError and TypeError)
            return None
        except (EOFError, TypeError):
            return None

    def write_tally(self, tally: Tally) -> str:
        """The tally written beside the ledger (in force once ``commit_staged`` takes its stamp)."""
        import os
        import uuid

        stamp = uuid.uuid4().hex
        path, part = self.folder / TALLY, self.folder / (TALLY + ".part")
        part.write_bytes(stamp.encode("ascii") + b"\n" + tally.dumps())
        os.replace(part, path)
        return stamp

    def stated(self, iri: str) -> bytes | None:
        """The article's lines as it states them (sorted N-Triples), None when the ledger has none."""
        row = self.db.execute("SELECT lines FROM stated WHERE iri = ?", (iri,)).fetchone()
        return zlib.decompress(row[0]) if row else None

    def every_stated(self) -> Iterator[bytes]:
        """Every article's lines, article by article (the stored and the staged ones)."""
        for (packed,) in self.db.execute("SELECT lines FROM stated"):
            yield zlib.decompress(packed)

    def put_stated(self, articles: Iterable[tuple[str, bytes, list[str]]]) -> None:
        """Articles' lines (``ntriples.unpack_articles``: IRI, compressed lines, nodes) in the ledger. An
        article already there was given twice in this update (an old version is dropped before): the union."""
        with self.transaction() as db:
            for iri, packed, nodes in articles:
                if not db.execute("INSERT OR IGNORE INTO stated VALUES (?, ?)", (iri, packed)).rowcount:
                    lines = set(self.stated(iri).splitlines(keepends=True)) | set(
                        zlib.decompress(packed).splitlines(keepends=True))
                    db.execute("UPDATE stated SET lines = ? WHERE iri = ?",
                               (zlib.compress(b"".join(sorted(lines)), 1), iri))
                db.executemany("INSERT OR IGNORE INTO node VALUES (?, ?)", ((node, iri) for node in nodes))

    def drop_stated(self, iri: str) -> bytes:
        """Take the article's lines (and its nodes) out of the ledger; the lines it stated."""
        lines = self.stated(iri) or b""
        self.db.executemany("DELETE FROM node WHERE iri = ? AND article = ?", ((n, iri) for n in nodes_of(lines)))
        self.db.execute("DELETE FROM stated WHERE iri = ?", (iri,))
        return lines

    def naming(self, nodes: Iterable[str]) -> list[str]:
        """The articles whose lines name one of ``nodes`` (IRIs of shared nodes, as stated), sorted."""
        found: set[str] = set()
        for node in nodes:
            found.update(row[0] for row in self.db.execute("SELECT article FROM node WHERE iri = ?", (node,)))
        return sorted(found)

    def commit_staged(self, renames: dict[str, str], names: bytes, tally: str | None = None) -> None:
        """The staged articles become the stored ones, with the renames and name triples now in force
        (and the tally of stamp ``tally``); the update is no longer pending."""
        with self.transaction():
            self.put("tally", tally)
            self.db.execute("INSERT OR REPLACE INTO article SELECT iri, digest, summary FROM staged ORDER BY rowid")
            self.db.execute("DELETE FROM staged")
            self.put("renames", json.dumps(renames, sort_keys=True))
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('names', ?)", (zlib.compress(names, 1),))
            self.put("pending", None)

    def names(self) -> bytes | None:
        """The name triples in force (sorted N-Triples), as the last update that finished left them."""
        row = self.db.execute("SELECT value FROM meta WHERE key = 'names'").fetchone()
        return zlib.decompress(row[0]) if row else None

    def forget(self, iris: Iterable[str]) -> None:
        with self.transaction():
            for iri in iris:
                self.db.execute("DELETE FROM article WHERE iri = ?", (iri,))
                self.drop_stated(iri)

    def articles(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM article").fetchone()[0]

    def close(self) -> None:
        self.db.close()


def _tally(ledger: Ledger, incremental: bool) -> Tally | None:
    """What resolution reads of every article the store will hold: the tally the last update left with the
    staged articles added (``incremental``: only new articles, no interrupted update undone), else made
    again from every summary. None when a resolver reads the summaries themselves (they are read again)."""
    if not reads_tally():
        return None
    with no_collection():
        tally = ledger.tally() if incremental else None
        staged = ledger.staged_iris()
        if tally is None or len(tally) != ledger.articles() or any(iri in tally for iri in staged):
            return Tally(ledger.summaries())      # (an article replaced: a tally takes no article out)
        for summary in ledger.staged_summaries():
            tally.add(summary)
        return tally


class _Summaries:
    """The ledger's summaries as an iterable that reads them again for each resolver."""

    def __init__(self, ledger: Ledger):
        self.ledger = ledger

    def __iter__(self) -> Iterator[ArticleSummary]:
        return self.ledger.summaries()


# --------------------------------------------------------------------------- an update

@dataclass
class StoreUpdate:
    """What adding articles to a store did."""

    location: Path
    added: int = 0                   # articles new to the store
    replaced: int = 0                # articles it held, changed
    unchanged: int = 0               # articles it held the same (skipped)
    articles: int = 0                # articles in the store after
    resolved: Resolved = field(default_factory=Resolved)
    renamed_graphs: int = 0          # stored articles whose triples were rewritten because a rename changed
    names_changed: int = 0           # resolution triples removed or added
    changed: set[str] | None = None  # IRIs of the nodes whose triples changed (None: the whole store is new)
    interrupted: bool = False        # an interrupted update was undone first
    redone: int = 0                  # articles of the interrupted update that this one adds again
    dropped: list[str] = field(default_factory=list)    # articles of the interrupted update left out: add them again


def update(location: str | Path, summaries: Iterable[ArticleSummary], article_files: list[Path],
           triple_files: list[Path], phase: Callable[[str], None] | None = None,
           preloaded: Preload | None = None) -> StoreUpdate:
    """Add the articles to the store at ``location``: their summaries, their lines (``ntriples.pack_articles``
    files, each article's lines as stated) and the same triples once a file (sorted N-Triples files).

    With ``preloaded`` (a new store filled while the articles were extracted), the articles are staged
    and loaded already, as stated: what is left is resolution (run while the loader ends its last loads and
    compacts the store: it reads only the ledger), the renames and the names."""
    location = Path(location)
    say = phase or (lambda text: None)
    if preloaded is not None:       # the store is the loader's until its loads end (``finish``)
        store, ledger = None, preloaded.ledger
    else:
        store = open_store(location, read_only=False)
        ledger = Ledger(location)
    try:
        result = StoreUpdate(location)
        was_empty = preloaded is not None or (ledger.articles() == 0 and ledger.get("pending") is None)
        if preloaded is None and ledger.get("pending") is not None:
            say("an earlier update of this store was interrupted: undoing it")
            result.dropped = _undo_interrupted(store, ledger)
            result.interrupted, was_empty = True, False
        if preloaded is None:
            ledger.stage(summaries)
        staged = ledger.staged_iris()
        result.redone = len(set(result.dropped) & staged)
        result.dropped = sorted(set(result.dropped) - staged)
        result.unchanged = ledger.drop_unchanged()
        changed = ledger.staged_iris()
        replaced = ledger.staged_and_stored()
        result.added, result.replaced = len(changed) - len(replaced), len(replaced)
        ledger.put("pending", "1")
        touched = _Touched(record=not was_empty)

        old_renames = ledger.renames()
        with ledger.transaction():
            for iri in sorted(replaced):            # the old versions of changed articles go
                touched.removed(_triples(Renamer(old_renames)(ledger.drop_stated(iri))))
        say(f"resolving names and ceremonies over {ledger.articles() + result.added:,} articles")
        _remember_romanised(ledger.names())
        tally = _tally(ledger, incremental=preloaded is None and not result.interrupted and not replaced)
        resolved = resolve(_Summaries(ledger) if tally is None else tally)
        stamp = tally and ledger.write_tally(tally)     # (in force once the ledger takes its stamp, at the end)
        del tally
        result.resolved = resolved
        if preloaded is not None:
            say("finishing the store's bulk load")
            store, ledger = preloaded.finish()
            _rename_loaded(store, resolved.renames)   # loaded as stated a moment ago: no stored article
        else:                                         # is renamed (``renamed_graphs`` stays 0)
            result.renamed_graphs = _rewrite_renamed(store, ledger, old_renames, resolved.renames, touched,
                                                     skip=changed)
        if preloaded is None and changed:
            say(f"loading {len(changed):,} articles into the store")
            skip = staged - changed
            _load_articles(store, ledger, article_files, triple_files, Renamer(resolved.renames), skip, touched)
        _clean_default_graph(store, ledger, resolved.renames, touched)
        result.names_changed, names = _update_names(store, ledger, resolved, touched,
                                                    trust_ledger=not result.interrupted)
        _ensure_reference(store, ledger)
        ledger.commit_staged(resolved.renames, names, tally=stamp)
        store.flush()
        result.articles = ledger.articles()
        result.changed = touched.nodes if touched.record else None
        return result
    except BaseException:
        if preloaded is not None and store is None:   # failed before the loads ended: they end, still pending
            preloaded.abandon()
        raise
    finally:
        ledger.close()
        del store


#: Bytes of triple files given to one bulk load. Oxigraph's bulk loader holds what it is given in memory in
#: batches of a million quads (about 4.5 times the text: 1.3 GiB for 10,000 articles), beside the extraction's
#: workers; the build's peak is one such load. Loads of 64 MB keep the loading process near 0.5 GiB (128 MB:
#: 0.8 GiB), the same CPU (32 to 512 MB measured within the noise on 10,000 articles).
PRELOAD_BYTES = 64 * 2**20


def give_back_memory() -> None:
    """Hand the memory Oxigraph's bulk loader freed back to the system: glibc's malloc keeps it otherwise, in
    the loading thread's own arena, where the main thread's work and the processes started later cannot use it."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim():
    """glibc's ``malloc_trim``, or None (not glibc). Looked up once: ``find_library`` starts a process."""
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def _up_to(files: Iterator[Path], budget: int) -> Iterator[Path]:
    """The next files from ``files`` until their sizes reach ``budget`` (at least one, if any is left)."""
    total = 0
    for path in files:
        yield path
        total += path.stat().st_size
        if total >= budget:
            return


class Preload:
    """A new store filled while its articles are still being extracted, beside the extraction.

    Each finished chunk's triples (the default graph) go to bulk loads running in a thread (Oxigraph
    loads without the interpreter's lock; ``PRELOAD_BYTES`` at a time, which bounds the loader's memory),
    read when the loader wants them; its articles' lines go to the ledger (a few hundred rows a chunk).
    So the store is written while the workers extract, in one pass over the data, instead of after them.
    Renames are not known yet: the triples go in as the articles state them, and ``update`` then replaces
    the few quads that hold a renamed IRI (``_rename_loaded``).

    Crash-safe like any update: the ledger marks the update pending first, and stages each chunk's
    articles before its files are queued, so an interrupted build's articles are undone by the next.
    """

    def __init__(self, store: ox.Store, ledger: Ledger):
        import queue
        import threading

        self.store, self.ledger = store, ledger
        self.files: queue.Queue = queue.Queue()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._load, name="thaigovkg-store-load", daemon=True)
        self.thread.start()

    @classmethod
    def start(cls, location: str | Path) -> Preload | None:
        """The preload of the store at ``location`` when it is new (no articles, no interrupted update),
        else None (``update`` adds to it after the extraction)."""
        location = Path(location)
        store = open_store(location, read_only=False)
        ledger = Ledger(location)
        if ledger.articles() or ledger.get("pending") is not None:
            ledger.close()
            del store
            return None
        ledger.stage(())
        ledger.put("pending", "1")
        return cls(store, ledger)

    def _load(self) -> None:
        files = iter(self.files.get, None)
        try:
            while True:
                load = list(_up_to(files, PRELOAD_BYTES))
                if not load:
                    break
                # our own chunk files: the IRIs were checked when they were made (lenient skips checking them again)
                self.store.bulk_load(BytesReader(file_buffers(load)), ox.RdfFormat.N_TRIPLES, lenient=True)
                give_back_memory()
            self.store.optimize()    # the loads' files compacted: SHACL and the first queries read fewer of them
        except BaseException as error:   # raised again in the main thread by ``finish``
            self.error = error
            for _ in files:                # the rest, unread, until ``finish`` ends the queue (none once it has)
                pass

    def add(self, summaries: Iterable[ArticleSummary], article_file: Path, triple_file: Path) -> None:
        """One chunk: its articles staged and their lines kept, then its triples queued for the loader."""
        self.ledger.stage_more(summaries)
        self.ledger.put_stated(unpack_articles(article_file.read_bytes()))
        self.files.put(triple_file)

    def finish(self) -> tuple[ox.Store, Ledger]:
        """Wait for the load to end; the store and its ledger, for ``update`` to go on with."""
        self.files.put(None)
        self.thread.join()
        store, ledger, self.store, self.ledger = self.store, self.ledger, None, None   # theirs now, not ours
        if self.error is not None:
            ledger.close()
            raise self.error
        return store, ledger

    def abandon(self) -> None:
        """The build failed: end the load and let go of the store (still pending: the next update undoes it)."""
        self.files.put(None)
        self.thread.join()
        if self.ledger is not None:
            self.ledger.close()
        self.store = self.ledger = None


class _Touched:
    """What an update changed in the default graph: triples to check, nodes to validate again."""

    def __init__(self, record: bool):
        self.record = record
        self.candidates: set[ox.Triple] = set()    # triples removed from some graph: still stated elsewhere?
        self.nodes: set[str] = set()

    def removed(self, triples: Iterable[ox.Triple]) -> None:
        for triple in triples:
            self.candidates.add(triple)
            self.node_triple(triple)

    def node_triple(self, triple: ox.Triple) -> None:
        if self.record:
            for term in (triple.subject, triple.object):
                if isinstance(term, ox.NamedNode):
                    self.nodes.add(term.value)

    def lines(self, data: bytes) -> None:
        if self.record:
            self.nodes.update(match.decode() for match in _IRI.findall(data))


_IRI = re.compile(rb"<([^<>\s]*)>")


def _triples(lines: bytes) -> list[ox.Triple]:
    return [quad.triple for quad in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES)] if lines else []


def _rewrite_renamed(store: ox.Store, ledger: Ledger, old: dict[str, str], new: dict[str, str],
                     touched: _Touched, skip: set[str] = frozenset()) -> int:
    """Bring the stored articles whose renames changed to the new ones: each such article's lines (as it
    states them, in the ledger) renamed the old way and the new way; the triples only the new way has go
    into the default graph, those only the old way had become candidates to take out. ``skip``: the
    articles of this update (loaded after, renamed the new way). Returns the articles rewritten."""
    changed = {source for source in old.keys() | new.keys() if old.get(source) != new.get(source)}
    if not changed:
        return 0
    before, after = Renamer(old), Renamer(new)
    rewritten = 0
    default = ox.DefaultGraph()
    for iri in ledger.naming(changed):
        if iri in skip:
            continue
        stated = ledger.stated(iri) or b""
        was, now = set(before(stated).splitlines(keepends=True)), set(after(stated).splitlines(keepends=True))
        if was == now:
            continue
        touched.removed(_triples(b"".join(was - now)))
        added = _triples(b"".join(now - was))
        store.extend(ox.Quad(t.subject, t.predicate, t.object, default) for t in added)
        for triple in added:
            touched.node_triple(triple)
        rewritten += 1
    return rewritten


def _rename_loaded(store: ox.Store, renames: dict[str, str]) -> None:
    """A new store, loaded as its articles state them, brought to the renames: the default graph's triples
    that hold a renamed IRI replaced by their renamed forms. (A rename applies to every article, so a triple
    holding a renamed IRI is stated by none after it, and a triple holding none is unchanged.)"""
    if not renames:
        return
    renamer = Renamer(renames)
    default = ox.DefaultGraph()
    holding: set[ox.Quad] = set()
    for iri in renames:
        node = ox.NamedNode(iri)
        holding.update(store.quads_for_pattern(node, None, None, default))
        holding.update(store.quads_for_pattern(None, None, node, default))
    lines = ox.serialize(holding, format=ox.RdfFormat.N_QUADS)
    for quad in holding:
        store.remove(quad)
    store.extend(ox.parse(renamer(lines), format=ox.RdfFormat.N_QUADS))


def _load_articles(store: ox.Store, ledger: Ledger, article_files: list[Path], triple_files: list[Path],
                   renamer: Renamer, skip: set[str], touched: _Touched) -> None:
    """The articles' lines into the ledger and their triples (renamed) into the default graph.

    The default graph takes the triple files (each triple once a file), which also hold the unchanged
    articles (``skip``) of the batch: their triples, renamed as now, are in the store already.
    """
    for path in article_files:
        articles = [article for article in unpack_articles(path.read_bytes()) if article[0] not in skip]
        ledger.put_stated(articles)
        if touched.record:
            for _, packed, _ in articles:
                touched.lines(renamer(zlib.decompress(packed)))
    # our own chunk files: the IRIs were checked when they were made (lenient skips checking them again)
    store.bulk_load(BytesReader(file_buffers(triple_files, renamer if renamer else None)), ox.RdfFormat.N_TRIPLES,
                    lenient=True)


class _Statements:
    """Whether the store's articles (as the ledger holds them, renamed as now) state a triple.

    An article's own nodes (``…/id/article/<id>…``) only it states; for a triple of shared nodes, the
    articles naming its subject or its object (whichever fewer articles name), under any name a rename
    gives it, are read until one states it: only the lines that begin with the triple's subject and
    predicate are parsed, and a few thousand articles' lines are kept for the next triple."""

    KEEP = 4096

    def __init__(self, ledger: Ledger, renames: dict[str, str]):
        self.ledger = ledger
        self.renamer = Renamer(renames)
        self.named_as: dict[str, set[str]] = {}
        for source, target in renames.items():
            self.named_as.setdefault(target, {target}).add(source)
        self.read: dict[str, bytes] = {}

    def _lines(self, iri: str) -> bytes:
        if iri not in self.read:
            if len(self.read) >= self.KEEP:
                self.read.clear()
            self.read[iri] = self.renamer(self.ledger.stated(iri) or b"")
        return self.read[iri]

    def candidates(self, triple: ox.Triple) -> list[str]:
        nodes = [term.value for term in (triple.subject, triple.object) if isinstance(term, ox.NamedNode)
                 and term.value.startswith(ID_BASE)]
        for node in nodes:
            if node.startswith(_ARTICLE_PREFIX):
                return [_ARTICLE_PREFIX + node[len(_ARTICLE_PREFIX):].split("/", 1)[0]]
        if not nodes:           # (none of ours: every article; not met in the corpus)
            return [row[0] for row in self.ledger.db.execute("SELECT iri FROM stated")]
        return min((self.ledger.naming(self.named_as.get(node, {node})) for node in nodes), key=len)

    def __contains__(self, triple: ox.Triple) -> bool:
        head = f"{triple.subject} {triple.predicate} ".encode()     # how our N-Triples lines begin
        for iri in self.candidates(triple):
            data = self._lines(iri)
            at = data.find(head)
            while at >= 0:
                if at == 0 or data[at - 1] == 10:      # (at a line's start)
                    line = data[at:data.index(b"\n", at) + 1]
                    if _triples(line) == [triple]:
                        return True
                at = data.find(head, at + 1)
        return False


def _clean_default_graph(store: ox.Store, ledger: Ledger, renames: dict[str, str], touched: _Touched) -> None:
    """Take out of the default graph the triples no article (or the resolution graph) states any more."""
    default, resolution = ox.DefaultGraph(), ox.NamedNode(RESOLUTION_GRAPH)
    stated = _Statements(ledger, renames)
    gone = []
    for triple in touched.candidates:
        if next(store.quads_for_pattern(triple.subject, triple.predicate, triple.object, resolution), None):
            continue
        if triple not in stated:
            gone.append(ox.Quad(triple.subject, triple.predicate, triple.object, default))
    for quad in gone:
        store.remove(quad)
        touched.node_triple(quad.triple)
    touched.candidates.clear()


def _update_names(store: ox.Store, ledger: Ledger, resolved: Resolved, touched: _Touched,
                  trust_ledger: bool = True) -> tuple[int, bytes]:
    """The resolution graph (and the default graph) brought to the names resolved now: the triples changed,
    and the name triples now (for the ledger). What is there is read from the ledger (the last finished
    update's), or from the store itself after an interrupted update."""
    graph, default = ox.NamedNode(RESOLUTION_GRAPH), ox.DefaultGraph()
    lines = b"".join(resolved.lines())
    before = ledger.names() if trust_ledger else None
    if before is None:
        before = ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, graph)),
                              format=ox.RdfFormat.N_TRIPLES)
    old, new = set(before.splitlines(keepends=True)), set(lines.splitlines(keepends=True))
    gone, added = b"".join(sorted(old - new)), b"".join(sorted(new - old))
    if not old and len(new) > 10_000:      # a new store: in bulk
        store.bulk_load(lines, ox.RdfFormat.N_TRIPLES, to_graph=graph)
        store.bulk_load(lines, ox.RdfFormat.N_TRIPLES, to_graph=default)
        touched.lines(lines)
        return len(new), lines
    for quad in ox.parse(gone, format=ox.RdfFormat.N_TRIPLES) if gone else ():
        store.remove(ox.Quad(quad.subject, quad.predicate, quad.object, graph))
        store.remove(ox.Quad(quad.subject, quad.predicate, quad.object, default))
    if added:
        triples = [quad.triple for quad in ox.parse(added, format=ox.RdfFormat.N_TRIPLES)]
        store.extend(ox.Quad(t.subject, t.predicate, t.object, g) for t in triples for g in (graph, default))
    touched.lines(gone + added)
    return len(old ^ new), lines


def _remember_romanised(names: bytes | None) -> None:
    """The romanised names of the name triples in force, given to ``romanise`` so it need not redo them."""
    if not names:
        return
    wanted = (b"<http://xmlns.com/foaf/0.1/name>", b'"@th-latn .')
    lines = b"".join(line for line in names.splitlines(keepends=True) if any(w in line for w in wanted))
    thai: dict[str, str] = {}
    latin: dict[str, str] = {}
    for quad in ox.parse(lines, format=ox.RdfFormat.N_TRIPLES):
        if quad.predicate.value == "http://xmlns.com/foaf/0.1/name":
            thai[quad.subject.value] = quad.object.value
        elif quad.object.language == "th-latn":
            latin[quad.subject.value] = quad.object.value
    remember((thai[node], form) for node, form in latin.items() if node in thai)


def _ensure_reference(store: ox.Store, ledger: Ledger) -> None:
    digest = hashlib.sha1(ontology_file("awards.ttl").read_bytes()).hexdigest()
    if ledger.get("reference") != digest or not store.contains_named_graph(ox.NamedNode(REFERENCE_GRAPH)):
        load_reference(store)
        ledger.put("reference", digest)


def _undo_interrupted(store: ox.Store, ledger: Ledger) -> list[str]:
    """After an update died: its articles out, the default graph rebuilt from the ledger (every article's
    lines, renamed as the last finished update left them) and the resolution graph."""
    dropped = sorted(ledger.staged_iris())
    ledger.forget(dropped)
    with ledger.transaction():
        ledger.db.execute("DELETE FROM staged")
    renamer = Renamer(ledger.renames())
    store.clear_graph(ox.DefaultGraph())
    store.bulk_load(BytesReader(renamer(lines) for lines in ledger.every_stated()), ox.RdfFormat.N_TRIPLES,
                    lenient=True)
    names = store.quads_for_pattern(None, None, None, ox.NamedNode(RESOLUTION_GRAPH))
    store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in names)
    return dropped


def counts(store: ox.Store, classes: dict[str, str]) -> tuple[int, dict[str, int]]:
    """Triples in the default graph, and distinct nodes of each class."""
    triples = count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return triples, {kind: count(store, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls}> }}")
                     for kind, cls in classes.items()}


__all__ = ["REFERENCE_GRAPH", "RESOLUTION_GRAPH", "is_store", "open_store", "check_location", "update",
           "Preload", "StoreUpdate", "load_reference", "article_graphs", "default_graph", "counts", "Ledger"]
