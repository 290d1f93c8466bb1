"""The whole flow on one screen: read → extract → resolve → sinks (Turtle file, store) → validate.

``build`` is what ``thaigovkg build`` calls, for a Turtle file (``output``), a
store (``store``) or both in one run:

1. **extract** (``chunks.py``): the inputs are streamed in chunks of articles to
   worker processes, one per core; each article's triples are written on their
   own, with a small summary (``resolve.ArticleSummary``), to a work folder next
   to the output. A build that dies resumes from the chunks already done.
2. **resolve** (``resolve.py``): from the summaries alone, the triples that depend
   on the whole corpus (people's names: the spelling most articles use) and the
   IRI renames (an undated ceremony report → its dated ceremony), with every merge
   listed for review in the build report.
3. **sinks**, each applying the same resolution the same way (``ntriples.Renamer``
   on the article triples, the name triples beside them):
   - the **Turtle file**: the chunks' sorted lines merged on disk
     (``ntriples.merge_sorted``), renamed, with the name triples, written as
     sorted Turtle by a forked process: byte-identical for the same input;
   - the **store** (``store.py``): the articles' triples bulk-loaded into the default
     graph, each article's lines kept in the store's ledger (a new store while the
     workers extract, chunk by chunk, in bulk loads beside them: ``store.Preload``); resolution runs again
     over every article the store holds and only what it changes is rewritten.
4. **validate** (``shacl.py``): the shapes checked over an Oxigraph store on disk:
   the store itself (only the nodes an update changed, when it held articles
   before), or, for a file alone, a temporary one in the work folder.

Nothing is lost: every article either contributes to the graph or is listed, with
its file, line and reason, in the build report (``<output>.report.jsonl``, or
``<store>.report.jsonl``), with the merges resolution made. Outputs are written
atomically, so a build that dies midway leaves the previous graph usable. Memory
does not grow with the corpus beyond resolution's counts of people's spellings.

``extract_all`` and ``build_graph`` are the plain sequential builder, kept as
the reference the parallel one is tested against.
"""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .article import Rejected, iter_articles
from .chunks import CHUNK_SIZE, WORK_FORMAT, Progress, chunk_files, run_chunks
from .extract import extract_article
from .files import atomic_path, write_atomically
from .gazetteer import load_gazetteer
from .model import Extraction
from .ntriples import Renamer, merge_sorted, write_turtle_file
from .resolve import ArticleSummary, Merge, Resolved, resolve
from .to_rdf import article_graph, bind_prefixes
from .vocab import DCTERMS, FOAF, ORG, PROV, RDF, SCHEMA, SKOS, TGK, WD, XSD

ENTITY_CLASSES = {
    "articles": SCHEMA.NewsArticle, "organizations": ORG.Organization, "people": FOAF.Person,
    "posts": ORG.Post, "ceremonies": TGK.AwardCeremony, "awards": TGK.AwardConferral,
}
#: The prefixes the Turtle file is written with.
TURTLE_PREFIXES = {"tgk": str(TGK), "org": str(ORG), "schema": str(SCHEMA), "foaf": str(FOAF), "skos": str(SKOS),
                   "prov": str(PROV), "dcterms": str(DCTERMS), "xsd": str(XSD), "wd": str(WD),
                   "rdf": str(RDF), "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


@dataclass
class BuildReport:
    """What a build did: articles in and out, warnings, merges, the graph's size, validity."""

    output: Path | None = None           # the Turtle file written
    store: Path | None = None            # the store written
    articles: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    triples: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    conforms: bool | None = None
    validation: str = ""
    report_path: Path | None = None      # the JSON Lines build report (rejected and warned articles, merges)
    seconds: float = 0.0
    chunks_reused: int = 0
    megabytes: float = 0.0               # article text read (UTF-8)
    timings: dict[str, float] = field(default_factory=dict)   # seconds per phase
    cpu: dict[str, float] = field(default_factory=dict)       # CPU seconds per phase (this process and the
                                                              # processes it waited for in the phase)
    store_update: object | None = None   # store.StoreUpdate: added, replaced, unchanged …

    def summary(self, limit: int = 20) -> str:
        lines = [f"articles read: {self.articles}" + (f", rejected: {len(self.rejected)}" if self.rejected else "")]
        update = self.store_update
        if update is not None:
            lines.append(f"store {update.location}: {update.added} added, {update.replaced} replaced, "
                         f"{update.unchanged} unchanged; {update.articles} articles in the store"
                         + (f"; {update.renamed_graphs} stored articles renamed anew" if update.renamed_graphs else ""))
            if update.interrupted:
                lines.append(f"  an interrupted update was undone first: {update.redone} of its articles are in again "
                             f"with this build" + (f"; {len(update.dropped)} are not, add them again (the first: "
                                                   f"{update.dropped[0]})" if update.dropped else ""))
        lines.append(f"triples: {self.triples}" + (" (the store's default graph)" if update is not None else ""))
        lines += [f"  {kind}: {count}" for kind, count in self.entities.items()]
        if self.merges:
            kinds = Counter(m.kind for m in self.merges)
            lines.append("merges: " + ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
                         + f" (listed in {self.report_path or 'the build report'})")
        if self.conforms is not None:
            lines.append("SHACL: conforms" if self.conforms else "SHACL: does NOT conform (see the report)")
        elif self.validation:
            lines.append(f"SHACL: {self.validation}")
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


# --------------------------------------------------------------------------- the sequential reference

def iter_extractions(paths: Iterable[str | Path]) -> Iterator[Extraction | Rejected]:
    """Each article's extraction in input order, or why it could not be read or extracted."""
    gazetteer = load_gazetteer()
    for item in iter_articles(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        if not item.text.strip():
            yield Rejected(item.origin, "empty article")
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


def build_graph(extractions: list[Extraction]) -> Graph:
    """The knowledge graph of many articles, one after the other: every article's triples written alone,
    then resolution over their summaries (the merges of people, bodies, posts and awards, names, ceremonies)
    applied the way the parallel build applies it, so that it is that build's reference."""
    from rdflib import URIRef
    from rdflib.plugins.serializers.nt import _nt_row

    from .resolve import NAME_PREDICATES, is_resolved_label, summarize

    gazetteer = load_gazetteer()
    graph = bind_prefixes(Graph())
    summaries = []
    for extraction in extractions:
        article = [triple for triple in article_graph(extraction, None, gazetteer, names=False)
                   if str(triple[1]) not in NAME_PREDICATES and not is_resolved_label(str(triple[0]), str(triple[1]))]
        summaries.append(summarize(extraction, {_nt_row(triple).encode("utf-8") for triple in article}))
        for triple in article:
            graph.add(triple)
    resolved = resolve(summaries)
    rename = lambda term: URIRef(resolved.renames[str(term)]) if str(term) in resolved.renames else term  # noqa: E731
    if resolved.renames:
        renamed = [triple for triple in graph if any(str(term) in resolved.renames for term in triple)]
        for s, p, o in renamed:
            graph.remove((s, p, o))
            graph.add((rename(s), p, rename(o)))
    for triple in resolved.triples:
        graph.add(triple)
    return graph


def write_turtle(graph: Graph, path: str | Path) -> Path:
    """Sorted Turtle, written to a temporary file and renamed into place."""
    with atomic_path(path) as temporary:
        with open(temporary, "wb") as stream:
            graph.serialize(stream, format="turtle")
    return Path(path)


def count_entities(graph: Graph) -> dict[str, int]:
    return {kind: len(set(graph.subjects(RDF.type, cls))) for kind, cls in ENTITY_CLASSES.items()}


# --------------------------------------------------------------------------- the build

def build(paths: Iterable[str | Path], output: str | Path | None = None, validate: bool = True,
          progress: bool | None = None, jobs: int | None = None, chunk_size: int = CHUNK_SIZE,
          validator: str = "fast", keep_work: bool = False, store: str | Path | None = None) -> BuildReport:
    """Build the graph of the articles at ``paths`` into ``output`` (sorted Turtle), ``store`` (a store
    folder, made if missing, the articles added to what it holds), or both, and validate it.

    ``jobs`` worker processes (default: one per core) extract chunks of ``chunk_size``
    articles; ``progress`` draws a progress bar on standard error (default: when it is
    a terminal). Rejected articles and resolution's merges are listed in the build report
    (``<output>.report.jsonl``, else ``<store>.report.jsonl``). Raises ``ValueError`` when
    no article at all could be read, or an output cannot be written where it is asked.
    """
    began = time.monotonic()
    paths = [Path(p) for p in paths]
    output, store = (Path(output) if output else None), (Path(store) if store else None)
    _check_targets(output, store)
    target = output or store
    target.parent.mkdir(parents=True, exist_ok=True)
    jobs = max(1, jobs or os.cpu_count() or 1)
    marker = f"{output and output.resolve()}\n{store and store.resolve()}"
    work = target.parent / f".work-{_inputs_hash(paths, marker, chunk_size)}"
    _clear_leftovers(target, marker, keep=work)
    work.mkdir(exist_ok=True)
    (work / "output").write_text(marker, encoding="utf-8")
    bar = Progress(paths) if (progress or (progress is None and sys.stderr.isatty())) else None
    say = bar.phase if bar else (lambda text: None)

    report = BuildReport(report_path=_report_path(target))
    clock = _PhaseClock(report, began)
    seen: dict[str, list[str]] = defaultdict(list)            # doc id → where it was read
    notes: list[dict] = []
    indexes: list[int] = []
    preload = None
    if store is not None:           # a new store is loaded beside the extraction, chunk by chunk
        from .store import Preload

        preload = Preload.start(store)
    try:
        for summary in run_chunks(paths, work, jobs, chunk_size, quads=store is not None, bar=bar):
            report.articles += summary["articles"]
            report.megabytes += summary["bytes"] / 1e6
            report.chunks_reused += summary.get("reused", 0)
            indexes.append(summary["index"])
            for doc_id, origin in summary["ids"]:
                seen[doc_id].append(origin)
            notes += summary["notes"]
            if preload is not None:
                _, triples, quads = chunk_files(work, summary["index"])
                preload.add((ArticleSummary.from_json(item) for item in summary["summaries"]), quads, triples)
    except BaseException:
        if preload is not None:
            preload.abandon()
        raise
    if bar:
        bar.close("resolving and writing" if output is None or store is None else "resolving, writing the file "
                  "and the store")
    notes += _duplicates(seen)
    seen.clear()
    notes.sort(key=lambda n: _origin_order(n["origin"]))
    report.rejected = [Rejected(n["origin"], n["reason"]) for n in notes if n["status"] == "rejected"]
    report.warnings = [f"{n['origin']}: {n['reason']}" for n in notes if n["status"] == "warning"]
    if not report.articles:
        if preload is not None:
            preload.abandon()
        write_atomically(report.report_path, _report_lines(notes, []))
        shutil.rmtree(work, ignore_errors=True)
        reasons = "; ".join(f"{r.origin}: {r.reason}" for r in report.rejected[:5])
        raise ValueError(f"no article could be read ({reasons})")
    clock.lap("extract")
    batch = _BatchSummaries(work, sorted(indexes))

    writer = None
    if output is not None:
        say("resolving names and ceremonies")
        resolved = resolve(batch)
        report.merges = resolved.merges
        ntriples = work / "graph.nt"
        say("merging and sorting the chunks' triples")
        _merge(work, indexes, resolved, ntriples)
        clock.lap("resolve, merge and sort")
        writer = _start_turtle(ntriples, output)   # written by another process while this one goes on
    if store is not None:
        from . import store as stores

        files = [chunk_files(work, i) for i in sorted(indexes)]
        update = stores.update(store, batch, [f[2] for f in files], [f[1] for f in files], phase=say,
                               preloaded=preload)
        stores.give_back_memory()
        report.store, report.store_update = store, update
        if output is None:           # with a file too, the report lists the file's merges (the same for a new store)
            report.merges = update.resolved.merges
        clock.lap("store")
        say("validating the store" if validate else "counting")
        _check_store(report, update, validate, validator)
        clock.lap("SHACL and counts")
    if output is not None:
        update = report.store_update
        if update is None or update.changed is not None or update.interrupted:
            # (else the store was new: its default graph is the file's graph, just checked)
            say("validating the graph" if validate else "counting")
            _check_file(report, work, ntriples, validate, validator, count=store is None)
            clock.lap("SHACL and counts")
        report.output = _finish_turtle(writer, output)
        clock.lap("turtle (after the rest)")
    write_atomically(report.report_path, _report_lines(notes, report.merges))
    if not keep_work:
        shutil.rmtree(work, ignore_errors=True)
    report.seconds = time.monotonic() - began
    return report


class _PhaseClock:
    """Wall and CPU seconds of each phase into the report (a phase met twice adds up)."""

    def __init__(self, report: BuildReport, began: float):
        self.report, self.wall, self.cpu = report, began, self.cpu_now()

    @staticmethod
    def cpu_now() -> float:
        import resource

        usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        return sum(u.ru_utime + u.ru_stime for u in usage)

    def lap(self, phase: str) -> None:
        wall, cpu = time.monotonic(), self.cpu_now()
        self.report.timings[phase] = self.report.timings.get(phase, 0.0) + wall - self.wall
        self.report.cpu[phase] = self.report.cpu.get(phase, 0.0) + cpu - self.cpu
        self.wall, self.cpu = wall, cpu


def build_store(paths: Iterable[str | Path], location: str | Path, **options) -> BuildReport:
    """``build`` into a store only (the articles added to what it holds)."""
    return build(paths, None, store=location, **options)


def _check_targets(output: Path | None, store: Path | None) -> None:
    """Refuse, before any work, outputs that cannot be written where they are asked."""
    from .store import check_location

    if output is None and store is None:
        raise ValueError("nothing to write: give an output file (-o) or a store folder (--store)")
    if output is not None:
        if output.is_dir():
            raise ValueError(f"cannot write the graph to '{output}': it is a folder (give a file such as "
                             f"{output / 'graph.ttl'}, or --store {output} for a store)")
    if store is not None:
        check_location(store)
        if output is not None and output.resolve().parent == store.resolve():
            raise ValueError(f"write the Turtle file outside the store folder '{store}'")


class _BatchSummaries:
    """The summaries of this build's articles, read again from the chunks' files for each reader."""

    def __init__(self, work: Path, indexes: list[int]):
        self.work, self.indexes = work, indexes

    def __iter__(self) -> Iterator[ArticleSummary]:
        for index in self.indexes:
            summary = json.loads(chunk_files(self.work, index)[0].read_text(encoding="utf-8"))
            for item in summary["summaries"]:
                yield ArticleSummary.from_json(item)


def _duplicates(seen: dict[str, list[str]]) -> list[dict]:
    """Warnings for ids read more than once (chunks finish in any order: judged at the end)."""
    notes = []
    for doc_id, origins in seen.items():
        if len(origins) > 1:
            first, *others = sorted(origins, key=_origin_order)
            notes += [{"origin": origin, "status": "warning", "reason": f"duplicate id {doc_id!r} (first at "
                       f"{first}): its facts are merged into one article node"} for origin in others]
    return notes


def _report_path(target: Path) -> Path:
    return target.with_name(target.name.removesuffix(".ttl") + ".report.jsonl")


def _report_lines(notes: list[dict], merges: list[Merge]) -> bytes:
    rows = [_report_row(n) for n in notes] + [m.to_json() for m in merges]
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode("utf-8")


def _report_row(note: dict) -> dict:
    file, line = _split_origin(note["origin"])
    return {"file": file, "line": line, "status": note["status"], "reason": note["reason"]}


def _split_origin(origin: str) -> tuple[str, int | None]:
    head, _, tail = origin.rpartition(":")
    return (head, int(tail)) if head and tail.isdigit() else (origin, None)


def _origin_order(origin: str) -> tuple[str, int]:
    file, line = _split_origin(origin)
    return file, line or 0


# ---- the Turtle file

def _merge(work: Path, indexes: list[int], resolved: Resolved, target: Path) -> int:
    """The chunks' sorted triples as one sorted N-Triples file without repeats: renamed, with the name
    triples. Lines a rename changes are taken out of the stream, renamed, sorted and merged back."""
    sources = [chunk_files(work, i)[1] for i in sorted(indexes)]
    renamer = Renamer(resolved.renames)
    changed: set[bytes] = set()
    for path in sources if renamer else ():
        changed.update(renamer.touched_lines(path.read_bytes()))
    extra = sorted({renamer(line) for line in changed} | set(resolved.lines()))
    return merge_sorted(sources, target, extra, keep=(lambda line: line not in changed) if changed else None)


def _start_turtle(ntriples: Path, output: Path):
    """A process writing the Turtle while this one goes on. Spawned, not forked: it imports only what it
    needs (``ntriples``), and does not share (and, measured, count) this process's memory."""
    context = multiprocessing.get_context("spawn")
    process = context.Process(target=write_turtle_file, args=(ntriples, output, TURTLE_PREFIXES),
                              name="thaigovkg-turtle")
    process.start()
    return process


def _finish_turtle(writer, output: Path) -> Path:
    writer.join()
    if writer.exitcode != 0:
        raise RuntimeError(f"writing {output} failed (the writing process exited with {writer.exitcode})")
    return output


# ---- validation and counts

def _check_file(report: BuildReport, work: Path, ntriples: Path, validate: bool, validator: str,
                count: bool = True) -> None:
    """Counts and SHACL of the Turtle file's graph, over a temporary store on disk in the work folder
    (the counts of a store written in the same run are kept)."""
    from pyoxigraph import RdfFormat, Store

    from .store import counts, give_back_memory

    checked = Store(str(work / "check-store"))
    checked.bulk_load(path=str(ntriples), format=RdfFormat.N_TRIPLES, lenient=True)   # our own lines
    checked.flush()
    # closed and opened again read-only: SHACL's queries read a store no background compaction changes
    del checked
    checked = Store.read_only(str(work / "check-store"))
    give_back_memory()
    if count:
        report.triples, report.entities = counts(checked, {k: str(v) for k, v in ENTITY_CLASSES.items()})
    if validate:
        if validator == "pyshacl":
            from .validate import validate_graph

            result = validate_graph(Graph().parse(ntriples, format="nt"))
        else:
            from .shacl import validate_store

            result = validate_store(checked, jobs=_cores())
        _add_validation(report, result)
    del checked


def _check_store(report: BuildReport, update, validate: bool, validator: str) -> None:
    """Counts of the whole store; SHACL of what the update changed (all of it when the store was new)."""
    from .store import counts, open_store

    opened = open_store(update.location)
    report.triples, report.entities = counts(opened, {k: str(v) for k, v in ENTITY_CLASSES.items()})
    if not validate:
        return
    if update.changed is not None and not update.changed:
        report.validation = "nothing changed, nothing to check"
        return
    if validator == "pyshacl":
        from .store import default_graph
        from .validate import validate_graph

        result = validate_graph(default_graph(update.location))
    else:
        from .shacl import validate_store

        # a large update is checked whole: node by node, the nodes it changed would take longer
        focus = update.changed if update.changed is not None and len(update.changed) <= FOCUS_LIMIT else None
        result = validate_store(opened, focus=focus, jobs=_cores())
    _add_validation(report, result)


#: An update that changed more nodes than this is validated whole (node-by-node checks cost more then).
FOCUS_LIMIT = 50_000


def _cores() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def _add_validation(report: BuildReport, result) -> None:
    report.conforms = result.conforms if report.conforms is None else (report.conforms and result.conforms)
    report.validation = (report.validation + "\n" if report.validation else "") + result.text()


# ---- the work folder

def _clear_leftovers(target: Path, marker: str, keep: Path) -> None:
    """Temporary files of killed builds of ``target``, and its work folders for other inputs or code."""
    for temporary in target.parent.glob(f".{target.name}.*"):
        temporary.unlink(missing_ok=True)
    for folder in target.parent.glob(".work-*"):
        owner = folder / "output"
        if folder != keep and owner.is_file() and owner.read_text(encoding="utf-8") == marker:
            shutil.rmtree(folder, ignore_errors=True)


def _inputs_hash(paths: list[Path], marker: str, chunk_size: int) -> str:
    """What a build's chunks depend on: the input files (name, size, time), the code and data, the
    chunking, the outputs (a store needs the chunks' quads)."""
    digest = hashlib.sha1(f"{WORK_FORMAT}\x1f{chunk_size}\x1f{marker}".encode())
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


__all__ = ["build", "build_store", "BuildReport", "ENTITY_CLASSES", "extract_all", "iter_extractions", "build_graph",
           "write_turtle", "count_entities", "CHUNK_SIZE"]
