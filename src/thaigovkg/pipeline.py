"""The whole flow on one screen: read → extract → resolve → RDF → write → validate.

``build`` is what ``thaigovkg build`` calls. It streams the inputs in chunks of
articles to worker processes (one per core); each worker reads, extracts and
turns its articles into N-Triples lines, written to a checkpoint file in a work
folder next to the output. People's preferred spellings are chosen across the
whole corpus from a small name table (``resolve.person_key`` → spellings), and
their name triples written at the end; everything else an article says does not
depend on other articles. The graph is then sorted, written as Turtle and
validated over an Oxigraph store (``shacl.py``).

Nothing is lost: every article either contributes to the graph or is listed, with
its file, line and reason, in the build report (``<output>.report.jsonl``).
Outputs are written atomically (a temporary file renamed over the old one), so a
build that dies midway leaves the previous graph usable; run again, it reuses
the chunks already done and removes the work folder when it finishes.

``extract_all`` and ``build_graph`` are the plain sequential builder, kept as
the reference the parallel one is tested against.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.plugins.serializers.nt import _nt_row

from . import iris
from .article import RawArticle, Rejected, is_corpus, iter_articles, iter_sources, load_raw
from .extract import extract_article
from .gazetteer import load_gazetteer
from .model import Article, Extraction
from .resolve import ceremony_renames, ceremony_reports, person_key, resolve_across_articles, sole_days
from .to_rdf import article_graph, bind_prefixes, romanised_name
from .vocab import DCTERMS, FOAF, ID_BASE, ORG, PROV, RDF, SCHEMA, SKOS, TGK, WD, XSD

ENTITY_CLASSES = {
    "articles": SCHEMA.NewsArticle, "organizations": ORG.Organization, "people": FOAF.Person,
    "posts": ORG.Post, "ceremonies": TGK.AwardCeremony, "awards": TGK.AwardConferral,
}


@dataclass
class BuildReport:
    """What a build did: articles in and out, warnings, the graph's size, validity."""

    output: Path | None = None
    articles: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    triples: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    conforms: bool | None = None
    validation: str = ""
    report_path: Path | None = None      # the JSON Lines build report (rejected and warned articles)
    seconds: float = 0.0
    chunks_reused: int = 0
    megabytes: float = 0.0               # article text read (UTF-8)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per phase

    def summary(self, limit: int = 20) -> str:
        lines = [f"articles read: {self.articles}" + (f", rejected: {len(self.rejected)}" if self.rejected else ""),
                 f"triples: {self.triples}"]
        lines += [f"  {kind}: {count}" for kind, count in self.entities.items()]
        if self.conforms is not None:
            lines.append("SHACL: conforms" if self.conforms else "SHACL: does NOT conform (see the report)")
        if self.seconds:
            rate = self.articles / self.seconds if self.seconds else 0
            lines.append(f"time: {self.seconds:.1f} s ({rate:.0f} articles/s, {self.megabytes / self.seconds:.2f} MB/s)"
                         + (f", {self.chunks_reused} chunks reused from an interrupted build" if self.chunks_reused else ""))
            if self.timings:
                lines.append("  " + ", ".join(f"{phase} {seconds:.1f} s" for phase, seconds in self.timings.items()))
        for label, items in (("warning", self.warnings), ("rejected", [f"{r.origin}: {r.reason}" for r in self.rejected])):
            lines += [f"{label}: {item}" for item in items[:limit]]
            if len(items) > limit:
                lines.append(f"… and {len(items) - limit} more ({label}); see {self.report_path or 'the build report'}")
        if self.rejected:
            reasons = Counter(r.reason.split(":")[0].split(" (")[0] for r in self.rejected)
            lines.append("rejected by reason: " + ", ".join(f"{n} {why}" for why, n in reasons.most_common()))
        return "\n".join(lines)


def iter_extractions(paths: Iterable[str | Path]) -> Iterator[Extraction | Rejected]:
    """Each article's extraction in input order, or why it could not be read or extracted."""
    gazetteer = load_gazetteer()
    for item in iter_articles(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        problem = _unfit(item)
        if problem:
            yield Rejected(item.origin, problem)
            continue
        try:
            yield extract_article(item, gazetteer)
        except Exception as error:  # one bad article never stops the build; it is reported
            yield Rejected(item.origin, f"extraction failed: {type(error).__name__}: {error}")


def extract_all(paths: Iterable[str | Path], progress: Callable[[int], None] | None = None
                ) -> tuple[list[Extraction], list[Rejected]]:
    """Every readable article's extraction, and the articles that could not be read."""
    extractions, rejected = [], []
    for item in iter_extractions(paths):
        (rejected if isinstance(item, Rejected) else extractions).append(item)
        if progress:
            progress(len(extractions) + len(rejected))
    return extractions, rejected


def _unfit(article: Article) -> str | None:
    if not article.text.strip():
        return "empty article"
    return None


def build_graph(extractions: list[Extraction]) -> Graph:
    """The knowledge graph of many articles: people resolved across them, every article's triples."""
    resolution = resolve_across_articles(extractions)
    gazetteer = load_gazetteer()
    graph = bind_prefixes(Graph())
    for extraction in extractions:
        graph += article_graph(extraction, resolution, gazetteer)
    return graph


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Sorted Turtle, written to a temporary file and renamed into place."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            graph.serialize(stream, format="turtle")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def count_entities(graph: Graph) -> dict[str, int]:
    return {kind: len(set(graph.subjects(RDF.type, cls))) for kind, cls in ENTITY_CLASSES.items()}


# --------------------------------------------------------------------------- the parallel, resumable build

#: Articles per chunk: the unit of work given to a worker and of checkpointing.
CHUNK_SIZE = 200
#: Bumped whenever what a chunk file holds changes, so old work folders are not reused.
_WORK_FORMAT = "2"
# the person triples that depend on the spelling chosen across articles (written at the end)
_NAME_PREDICATES = frozenset({FOAF.name, SCHEMA.givenName, SCHEMA.familyName, SCHEMA.alternateName})
PREFIXES = {"tgk": str(TGK), "org": str(ORG), "schema": str(SCHEMA), "foaf": str(FOAF), "skos": str(SKOS),
            "prov": str(PROV), "dcterms": str(DCTERMS), "xsd": str(XSD), "wd": str(WD),
            "rdf": str(RDF), "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


def build(paths: Iterable[str | Path], output: str | Path, validate: bool = True,
          progress: bool | None = None, jobs: int | None = None, chunk_size: int = CHUNK_SIZE,
          validator: str = "fast", keep_work: bool = False) -> BuildReport:
    """Build the graph of the articles at ``paths`` into ``output`` (sorted Turtle) and validate it.

    ``jobs`` worker processes (default: one per core) extract chunks of ``chunk_size``
    articles; ``progress`` draws a progress bar on standard error (default: when it is
    a terminal). Rejected articles are listed in ``<output>.report.jsonl``. Raises
    ``ValueError`` when no article at all could be read.
    """
    began = time.monotonic()
    paths, output = [Path(p) for p in paths], Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    jobs = max(1, jobs or os.cpu_count() or 1)
    work = output.parent / f".work-{_inputs_hash(paths, output, chunk_size)}"
    _clear_leftovers(output, keep=work)
    work.mkdir(exist_ok=True)
    (work / "output").write_text(str(output.resolve()), encoding="utf-8")
    bar = _Progress(paths) if (progress or (progress is None and sys.stderr.isatty())) else None

    names: dict[str, Counter[str]] = defaultdict(Counter)     # person key → spellings → articles using it
    aliases: dict[str, set[str]] = defaultdict(set)           # person key → nicknames and other variants
    seen: dict[str, list[str]] = defaultdict(list)            # doc id → where it was read
    ceremonies: set[tuple] = set()                            # (programme, year, day or None) reported
    report = BuildReport(report_path=output.with_name(output.name.removesuffix(".ttl") + ".report.jsonl"))
    notes: list[dict] = []
    for summary in _run_chunks(paths, work, jobs, chunk_size, bar):
        report.articles += summary["articles"]
        report.megabytes += summary["bytes"] / 1e6
        report.chunks_reused += summary.get("reused", 0)
        for key, spelled, variants in summary["people"]:
            names[key][spelled] += 1
            aliases[key].update(variants)
        for doc_id, origin in summary["ids"]:
            seen[doc_id].append(origin)
        ceremonies.update((programme, year, day and dt.date.fromisoformat(day))
                          for programme, year, day in summary["ceremonies"])
        notes += summary["notes"]
    if bar:
        bar.close()
    for doc_id, origins in seen.items():     # chunks finish in any order: duplicates are judged at the end
        if len(origins) > 1:
            first, *others = sorted(origins, key=_origin_order)
            notes += [{"origin": origin, "status": "warning", "reason": f"duplicate id {doc_id!r} (first at "
                       f"{first}): its facts are merged into one article node"} for origin in others]
    seen.clear()
    notes.sort(key=lambda n: _origin_order(n["origin"]))
    report.rejected = [Rejected(n["origin"], n["reason"]) for n in notes if n["status"] == "rejected"]
    report.warnings = [f"{n['origin']}: {n['reason']}" for n in notes if n["status"] == "warning"]
    _write_atomically(report.report_path, "".join(json.dumps(_report_row(n), ensure_ascii=False) + "\n"
                                                 for n in notes).encode("utf-8"))
    if not report.articles:
        shutil.rmtree(work, ignore_errors=True)
        reasons = "; ".join(f"{r.origin}: {r.reason}" for r in report.rejected[:5])
        raise ValueError(f"no article could be read ({reasons})")

    report.timings["extract"] = time.monotonic() - began
    ntriples = work / "graph.nt"
    phase = time.monotonic()
    _merge(work, _name_lines(names, aliases), ntriples, ceremony_renames(sole_days(ceremonies)))
    names.clear(), aliases.clear()
    report.timings["merge and sort"], phase = time.monotonic() - phase, time.monotonic()
    writer = _start_turtle(ntriples, output)   # written by another process while this one loads and checks
    store = _load_store(ntriples)
    report.triples = len(store)
    report.entities = {kind: _count(store, cls) for kind, cls in ENTITY_CLASSES.items()}
    report.timings["store"], phase = time.monotonic() - phase, time.monotonic()
    if validate:
        if validator == "pyshacl":
            from .validate import validate_graph
            result = validate_graph(Graph().parse(ntriples, format="nt"))
        else:
            from .shacl import validate_store
            result = validate_store(store)
        report.conforms, report.validation = result.conforms, result.text()
        report.timings["SHACL"], phase = time.monotonic() - phase, time.monotonic()
    report.output = _finish_turtle(writer, ntriples, output)
    report.timings["turtle (after the rest)"] = time.monotonic() - phase
    if not keep_work:
        shutil.rmtree(work, ignore_errors=True)
    report.seconds = time.monotonic() - began
    return report


def _report_row(note: dict) -> dict:
    file, line = _split_origin(note["origin"])
    return {"file": file, "line": line, "status": note["status"], "reason": note["reason"]}


def _split_origin(origin: str) -> tuple[str, int | None]:
    head, _, tail = origin.rpartition(":")
    return (head, int(tail)) if head and tail.isdigit() else (origin, None)


def _origin_order(origin: str) -> tuple[str, int]:
    file, line = _split_origin(origin)
    return file, line or 0


# ---- the work: chunks of articles, each done once and kept until the build finishes

def _chunks(paths: list[Path], size: int, position: list[int]) -> Iterator[list[RawArticle | Rejected]]:
    chunk: list[RawArticle | Rejected] = []
    for item in iter_sources(paths, position):
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_chunks(paths: list[Path], work: Path, jobs: int, size: int, bar: _Progress | None) -> Iterator[dict]:
    """Each chunk's summary (articles, rejections, people's spellings), doing only the chunks not done before."""
    position = [0]
    chunks = enumerate(_chunks(paths, size, position))
    pending = []
    for index, chunk in chunks:
        done = _reused_chunk(work, index, chunk, bar, position)
        if done is not None:
            yield done
            continue
        pending.append((index, chunk))
        if len(pending) >= 2:
            break
    if not pending:
        return
    if jobs == 1 or len(pending) == 1:   # small inputs, or asked for one process: no pool to start
        for index, chunk in _chain(pending, chunks):
            summary = _done_chunk(work, index) or _process_chunk(index, chunk, str(work))
            if bar:
                bar.update(len(chunk), position[0])
            yield summary
        return
    yield from _run_pool(_chain(pending, chunks), work, jobs, bar, position)


def _reused_chunk(work: Path, index: int, chunk: list, bar: _Progress | None, position: list[int]) -> dict | None:
    """The summary of a chunk an earlier, interrupted run already finished (None if it did not)."""
    done = _done_chunk(work, index)
    if done is not None:
        done["reused"] = 1
        if bar:
            bar.update(len(chunk), position[0])
    return done


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _run_pool(chunks: Iterator, work: Path, jobs: int, bar: _Progress | None, position: list[int]) -> Iterator[dict]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    _warm_up()   # load the gazetteer and compile the finders' regexes once, before the workers fork
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    in_flight: dict = {}
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for index, chunk in chunks:
            done = _reused_chunk(work, index, chunk, bar, position)
            if done is not None:
                yield done
                continue
            while len(in_flight) >= 2 * jobs:    # back-pressure: never read far ahead of the workers
                finished, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in finished:
                    size = in_flight.pop(future)
                    if bar:
                        bar.update(size, position[0])
                    yield future.result()
            in_flight[pool.submit(_process_chunk, index, chunk, str(work))] = len(chunk)
        for future in list(in_flight):
            size = in_flight.pop(future)
            result = future.result()
            if bar:
                bar.update(size, position[0])
            yield result


def _warm_up() -> None:
    from .article import parse_article

    gazetteer = load_gazetteer()
    sample = ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) รับรางวัลเลิศรัฐ ประจำปี 2567\n\n"
              "นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวง พม. มอบรางวัล สาขาบริการภาครัฐ ระดับดีเด่น")
    plain = "ปลัด มท. เป็นประธานพิธีมอบรางวัล ณ ห้องประชุมกระทรวงมหาดไทย เมื่อวันที่ 18 กันยายน 2567"
    for text in (sample, plain):
        try:
            extraction = extract_article(parse_article(text, "warm-up"), gazetteer)
            article_graph(extraction, None, gazetteer, _TripleList())
        except Exception:   # only a warm-up: the real articles report their own failures
            pass


def _done_chunk(work: Path, index: int) -> dict | None:
    summary, lines = work / f"chunk-{index:06d}.json", work / f"chunk-{index:06d}.nt"
    if summary.is_file() and lines.is_file():
        try:
            return json.loads(summary.read_text(encoding="utf-8"))
        except ValueError:
            return None
    return None


def _process_chunk(index: int, chunk: list[RawArticle | Rejected], work: str) -> dict:
    """Read, extract and write one chunk of articles; the summary is what the main process keeps."""
    gazetteer = load_gazetteer()
    lines: set[bytes] = set()
    summary: dict = {"index": index, "articles": 0, "bytes": 0, "people": [], "ids": [], "notes": [],
                     "ceremonies": []}
    for item in chunk:
        if isinstance(item, RawArticle):
            try:
                item = _read(item)
            except Exception as error:  # a reader bug must not stop the build either
                item = Rejected(item.origin, f"reading failed: {type(error).__name__}: {error}")
        if isinstance(item, Rejected):
            summary["notes"].append({"origin": item.origin, "status": "rejected", "reason": item.reason})
            continue
        try:
            extraction = extract_article(item, gazetteer)
            graph = article_graph(extraction, None, gazetteer, _TripleList())
            article_lines = [_nt_row(triple).encode("utf-8") for triple in graph if triple[1] not in _NAME_PREDICATES]
        except Exception as error:  # one bad article never stops the build; it is reported
            summary["notes"].append({"origin": item.origin, "status": "rejected",
                                     "reason": f"extraction failed: {type(error).__name__}: {error}"})
            continue
        lines.update(article_lines)
        summary["articles"] += 1
        summary["bytes"] += len(item.text.encode("utf-8"))
        summary["ids"].append((item.doc_id, item.origin))
        summary["people"] += [(person_key(name), name, list(person.variants))
                              for name, person in sorted(extraction.people.items())]
        summary["notes"] += [{"origin": item.origin, "status": "warning", "reason": w} for w in extraction.warnings]
        summary["ceremonies"] += [(programme, year, day and day.isoformat())
                                  for programme, year, day in ceremony_reports(extraction)]
        if not _THAI_LETTER.search(item.text):
            summary["notes"].append({"origin": item.origin, "status": "warning",
                                     "reason": "no Thai text (English only?): only the article itself and "
                                               "what the gazetteer knows in English were extracted"})
    folder = Path(work)
    _write_atomically(folder / f"chunk-{index:06d}.nt", b"".join(sorted(lines)))
    _write_atomically(folder / f"chunk-{index:06d}.json", json.dumps(summary, ensure_ascii=False).encode("utf-8"))
    return summary


_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")   # a Thai consonant (ko kai … ho nok huk)


class _TripleList(list):
    """What a worker gives ``article_graph`` in place of an rdflib Graph: the triples, in a list.

    Indexing each triple in an rdflib store cost the workers more than reading the article;
    a triple added twice gives the same N-Triples line, and lines are kept in a set.
    """

    def add(self, triple: tuple) -> None:
        self.append(triple)

    def value(self, subject, predicate):
        return next((o for s, p, o in self if p == predicate and s == subject), None)


def _read(raw: RawArticle) -> Article | Rejected:
    item = load_raw(raw)
    if isinstance(item, Article):
        problem = _unfit(item)
        if problem:
            return Rejected(item.origin, problem)
    return item


# ---- the end: one graph, sorted, written and validated

def _name_lines(names: dict[str, Counter[str]], aliases: dict[str, set[str]]) -> list[bytes]:
    """The person triples that depend on the spelling most articles use (as ``resolve_across_articles`` picks it)."""
    lines = []
    th = lambda text: Literal(text, lang="th")  # noqa: E731
    for key, spellings in names.items():
        best = sorted(spellings.items(), key=lambda item: (-item[1], item[0]))[0][0]
        node = iris.person_iri(person_key(best))
        given, _, family = best.partition(" ")
        triples = [(node, FOAF.name, th(best)), (node, SCHEMA.givenName, th(given))]
        if family:
            triples.append((node, SCHEMA.familyName, th(family)))
        triples += [(node, SCHEMA.alternateName, th(v)) for v in sorted((set(spellings) | aliases[key]) - {best})]
        triples += romanised_name(node, best)
        lines += [_nt_row(triple).encode("utf-8") for triple in triples]
    return lines


def _merge(work: Path, extra: list[bytes], target: Path, renames: dict[str, str] | None = None) -> None:
    """All chunks' lines and ``extra``, without repeats, sorted, into one N-Triples file; the IRIs of
    undated ceremony reports renamed to their dated ceremony's (``resolve.ceremony_renames``)."""
    lines = set(extra)
    renamed = {f"<{old}>".encode(): f"<{new}>".encode() for old, new in (renames or {}).items()}
    for path in sorted(work.glob("chunk-*.nt")):
        with open(path, "rb") as stream:
            lines.update(_renamed(line, renamed) if renamed and b"/event/" in line else line for line in stream)
    ordered = sorted(lines)
    lines.clear()
    with open(target, "wb") as stream:
        stream.writelines(ordered)


_EVENT_IRI = re.compile(rb"<[^<>\s]*/event/[0-9a-f]+>")


def _renamed(line: bytes, renamed: dict[bytes, bytes]) -> bytes:
    return _EVENT_IRI.sub(lambda match: renamed.get(match.group(), match.group()), line)


def _load_store(ntriples: Path):
    from pyoxigraph import RdfFormat, Store

    store = Store()
    store.bulk_load(path=str(ntriples), format=RdfFormat.N_TRIPLES)
    return store


def _count(store, cls) -> int:
    rows = store.query(f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a <{cls}> }}")
    return int(next(iter(rows))[0].value)


def _start_turtle(ntriples: Path, output: Path):
    """A forked process writing the Turtle (None where processes cannot fork: written at the end)."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    process = multiprocessing.get_context("fork").Process(target=_write_sorted_turtle, args=(ntriples, output),
                                                          name="thaigovkg-turtle")
    process.start()
    return process


def _finish_turtle(writer, ntriples: Path, output: Path) -> Path:
    if writer is None:
        return _write_sorted_turtle(ntriples, output)
    writer.join()
    if writer.exitcode != 0:
        raise RuntimeError(f"writing {output} failed (the writing process exited with {writer.exitcode})")
    return output


def _write_sorted_turtle(ntriples: Path, output: Path) -> Path:
    """The sorted N-Triples as Turtle (subjects in order), written to a temporary file and renamed."""
    from pyoxigraph import RdfFormat, parse, serialize

    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", dir=output.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            serialize(parse(path=str(ntriples), format=RdfFormat.N_TRIPLES), stream, RdfFormat.TURTLE,
                      prefixes=PREFIXES)
        _readable(temporary)
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return output


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        _readable(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _clear_leftovers(output: Path, keep: Path) -> None:
    """Temporary files of killed builds of ``output``, and its work folders for other inputs or code."""
    for temporary in output.parent.glob(f".{output.name}.*"):
        temporary.unlink(missing_ok=True)
    for folder in output.parent.glob(".work-*"):
        marker = folder / "output"
        if folder != keep and marker.is_file() and marker.read_text(encoding="utf-8") == str(output.resolve()):
            shutil.rmtree(folder, ignore_errors=True)


def _readable(path: str) -> None:
    """mkstemp makes files only their owner can read: give the output the usual rights (umask applies)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _inputs_hash(paths: list[Path], output: Path, chunk_size: int) -> str:
    """What a build's chunks depend on: the input files (name, size, time), the code and data, the chunking."""
    digest = hashlib.sha1(f"{_WORK_FORMAT}\x1f{chunk_size}\x1f{output.resolve()}".encode())
    for given in paths:
        files = sorted(p for p in given.rglob("*") if p.is_file()) if given.is_dir() else [given]
        for path in files:
            stat = path.stat() if path.exists() else None
            digest.update(f"{path.resolve()}\x1f{stat and stat.st_size}\x1f{stat and stat.st_mtime_ns}\n".encode())
    package = Path(__file__).parent
    from .resources import resource_dir
    code = sorted(package.rglob("*.py")) + sorted(p for p in resource_dir("ontology").rglob("*") if p.is_file())
    for path in code:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class _Progress:
    """``12,400 / ~54,600 articles  410/s  2:07 left`` on standard error, redrawn in place."""

    def __init__(self, paths: list[Path]):
        self.total_bytes = sum(_size(p) for p in paths) or 1
        self.began = self.drawn = time.monotonic()
        self.done = 0
        self.tty = sys.stderr.isatty()

    def update(self, articles: int, position: int) -> None:
        self.done += articles
        now = time.monotonic()
        if now - self.drawn < (0.5 if self.tty else 10) and position < self.total_bytes:
            return
        self.drawn = now
        elapsed = now - self.began
        fraction = min(1.0, max(position / self.total_bytes, 1e-9))
        total = self.done / fraction if fraction > 0.001 else 0
        left = elapsed / fraction - elapsed if fraction > 0.001 else 0
        rate = self.done / elapsed if elapsed else 0
        line = (f"{self.done:,} / ~{total:,.0f} articles  {rate:,.0f}/s  {int(left // 60)}:{int(left % 60):02d} left"
                f"  {100 * fraction:.0f}%")
        sys.stderr.write(("\r" + line + " " * 8) if self.tty else line + "\n")
        sys.stderr.flush()

    def close(self) -> None:
        elapsed = time.monotonic() - self.began
        line = f"{self.done:,} articles in {elapsed:.0f} s ({self.done / elapsed if elapsed else 0:,.0f}/s); writing the graph"
        sys.stderr.write(("\r" + line + " " * 20 + "\n") if self.tty else line + "\n")
        sys.stderr.flush()


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and (p.suffix == ".txt" or is_corpus(p)))
    return path.stat().st_size if path.exists() else 0
