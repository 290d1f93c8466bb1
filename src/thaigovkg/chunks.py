"""The parallel, resumable extraction: chunks of articles to worker processes, each kept on disk once done.

The inputs are streamed in chunks of ``CHUNK_SIZE`` articles to one worker per
core. A worker reads, extracts and writes each article on its own (no other
article needed) into the work folder:

- ``chunk-N.nt``: the chunk's triples, sorted, without repeats, without the
  name triples resolution writes (``resolve.NAME_PREDICATES``, learned bodies' names);
- ``chunk-N.articles`` (when a store is built): the same per article, each
  article's sorted lines compressed, with the shared nodes it names
  (``ntriples.pack_articles``), for the store's ledger;
- ``chunk-N.json``: what the main process keeps: counts, notes (rejected
  articles, warnings) and each article's ``resolve.ArticleSummary``.

A chunk whose files exist is not done again, so a build that was killed resumes
where it stopped. Progress counts the input bytes of the chunks *done* (not
read: reading runs ahead of the workers), so the share and the time left are
right from the first chunk, and the article total is known exactly for folders
of ``.txt`` files and estimated for a corpus.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib.plugins.serializers.nt import _nt_row

from .article import RawArticle, Rejected, is_corpus, iter_sources, load_raw
from .extract import extract_article
from .files import write_atomically
from .gazetteer import load_gazetteer
from .model import Article
from .ntriples import pack_articles
from .resolve import NAME_PREDICATES, is_resolved_label, summarize
from .to_rdf import article_graph

#: Articles per chunk: the unit of work given to a worker and of checkpointing.
CHUNK_SIZE = 200
#: Bumped whenever what a chunk's files hold changes, so old work folders are not reused.
WORK_FORMAT = "4"


@dataclass(frozen=True)
class Chunk:
    """Articles given to one worker, and the input bytes they span (for the progress bar)."""

    index: int
    items: list
    span: int


def _chunks(paths: list[Path], size: int) -> Iterator[Chunk]:
    position = [0]
    items: list[RawArticle | Rejected] = []
    start, index = 0, 0
    for item in iter_sources(paths, position):
        items.append(item)
        if len(items) >= size:
            yield Chunk(index, items, position[0] - start)
            start, index, items = position[0], index + 1, []
    if items:
        yield Chunk(index, items, max(position[0] - start, 0))


def run_chunks(paths: list[Path], work: Path, jobs: int, size: int, quads: bool,
               bar: Progress | None) -> Iterator[dict]:
    """Each chunk's summary, in the order chunks finish, doing only the chunks not done before."""
    chunks = _chunks(paths, size)
    pending = []
    for chunk in chunks:
        done = _reused_chunk(work, chunk, bar)
        if done is not None:
            yield done
            continue
        pending.append(chunk)
        if len(pending) >= 2:
            break
    if not pending:
        return
    if jobs == 1 or len(pending) == 1:   # small inputs, or asked for one process: no pool to start
        for chunk in _chain(pending, chunks):
            summary = _done_chunk(work, chunk.index) or process_chunk(chunk.index, chunk.items, str(work), quads)
            if bar:
                bar.update(len(chunk.items), chunk.span)
            yield summary
        return
    yield from _run_pool(_chain(pending, chunks), work, jobs, quads, bar)


def _reused_chunk(work: Path, chunk: Chunk, bar: Progress | None) -> dict | None:
    """The summary of a chunk an earlier, interrupted run already finished (None if it did not)."""
    done = _done_chunk(work, chunk.index)
    if done is not None:
        done["reused"] = 1
        if bar:
            bar.update(len(chunk.items), chunk.span)
    return done


def _chain(first: list, rest: Iterator) -> Iterator:
    yield from first
    yield from rest


def _run_pool(chunks: Iterator[Chunk], work: Path, jobs: int, quads: bool, bar: Progress | None) -> Iterator[dict]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    _warm_up()   # load the gazetteer and compile the finders' regexes once, before the workers fork
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    in_flight: dict = {}

    def finished(future) -> dict:
        chunk = in_flight.pop(future)
        if bar:
            bar.update(len(chunk.items), chunk.span)
        return future.result()

    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for chunk in chunks:
            done = _reused_chunk(work, chunk, bar)
            if done is not None:
                yield done
                continue
            while len(in_flight) >= 2 * jobs:    # back-pressure: never read far ahead of the workers
                ready, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in ready:
                    yield finished(future)
            in_flight[pool.submit(process_chunk, chunk.index, chunk.items, str(work), quads)] = chunk
        for future in list(in_flight):
            yield finished(future)


def _warm_up() -> None:
    from .article import parse_article

    gazetteer = load_gazetteer()
    sample = ("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) รับรางวัลเลิศรัฐ ประจำปี 2567\n\n"
              "นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวง พม. มอบรางวัล สาขาบริการภาครัฐ ระดับดีเด่น")
    plain = "ปลัด มท. เป็นประธานพิธีมอบรางวัล ณ ห้องประชุมกระทรวงมหาดไทย เมื่อวันที่ 18 กันยายน 2567"
    for text in (sample, plain):
        try:
            extraction = extract_article(parse_article(text, "warm-up"), gazetteer)
            # with the names: romanising them loads pythainlp's word list, which the workers' tokeniser shares
            article_graph(extraction, None, gazetteer, TripleList())
        except Exception:   # only a warm-up: the real articles report their own failures
            pass


def chunk_files(work: Path, index: int) -> tuple[Path, Path, Path]:
    """The summary, triples and articles files of chunk ``index`` (the last for a store: ``pack_articles``)."""
    stem = work / f"chunk-{index:06d}"
    return stem.with_suffix(".json"), stem.with_suffix(".nt"), stem.with_suffix(".articles")


def _done_chunk(work: Path, index: int) -> dict | None:
    summary, lines, _ = chunk_files(work, index)
    if summary.is_file() and lines.is_file():
        try:
            return json.loads(summary.read_text(encoding="utf-8"))
        except ValueError:
            return None
    return None


def process_chunk(index: int, chunk: list[RawArticle | Rejected], work: str, quads: bool = False) -> dict:
    """Read, extract and write one chunk of articles; the summary is what the main process keeps."""
    gazetteer = load_gazetteer()
    lines: set[bytes] = set()
    article_quads: list[tuple[str, bytes]] = []
    summary: dict = {"index": index, "articles": 0, "bytes": 0, "ids": [], "notes": [], "summaries": []}
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
            graph = article_graph(extraction, None, gazetteer, TripleList(), names=False)
            article_lines = {_nt_row(triple).encode("utf-8") for triple in graph
                             if str(triple[1]) not in NAME_PREDICATES
                             and not is_resolved_label(str(triple[0]), str(triple[1]))}
            described = summarize(extraction, article_lines)
        except Exception as error:  # one bad article never stops the build; it is reported
            summary["notes"].append({"origin": item.origin, "status": "rejected",
                                     "reason": f"extraction failed: {type(error).__name__}: {error}"})
            continue
        lines.update(article_lines)
        if quads:   # the article's lines as it states them, for a store's ledger
            article_quads.append((described.iri, b"".join(sorted(article_lines))))
        summary["articles"] += 1
        summary["bytes"] += len(item.text.encode("utf-8"))
        summary["ids"].append((item.doc_id, item.origin))
        summary["summaries"].append(described.to_json())
        summary["notes"] += [{"origin": item.origin, "status": "warning", "reason": w} for w in extraction.warnings]
        if not _THAI_LETTER.search(item.text):
            summary["notes"].append({"origin": item.origin, "status": "warning",
                                     "reason": "no Thai text (English only?): only the article itself and "
                                               "what the gazetteer knows in English were extracted"})
    summary_file, triples_file, quads_file = chunk_files(Path(work), index)
    if quads:
        write_atomically(quads_file, pack_articles(article_quads))
    write_atomically(triples_file, b"".join(sorted(lines)))
    write_atomically(summary_file, json.dumps(summary, ensure_ascii=False).encode("utf-8"))
    return summary


_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")   # a Thai consonant (ko kai … ho nok huk)


class TripleList(list):
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
    if isinstance(item, Article) and not item.text.strip():
        return Rejected(item.origin, "empty article")
    return item


# ---- progress

class Progress:
    """``12,400 / ~54,600 articles  410/s  2:07 left  23%`` on standard error, redrawn in place.

    The share done is the input bytes of the chunks finished over all input bytes;
    the total is exact for folders of ``.txt`` files (one article a file), else
    estimated from the share (prefixed ``~``).
    """

    def __init__(self, paths: list[Path], stream=None):
        self.stream = stream or sys.stderr
        self.total_bytes = sum(_size(p) for p in paths)      # 0: not known (a pipe)
        self.known_total = _file_count(paths)
        self.began = self.drawn = time.monotonic()
        self.done = self.done_bytes = 0
        self.tty = self.stream.isatty()

    def fraction(self) -> float:
        return min(1.0, self.done_bytes / self.total_bytes) if self.total_bytes else 0.0

    def update(self, articles: int, span: int) -> None:
        self.done += articles
        self.done_bytes += span
        now = time.monotonic()
        if now - self.drawn < (0.5 if self.tty else 10) and (self.done_bytes < self.total_bytes or not self.total_bytes):
            return
        self.drawn = now
        self.write(self.line(now))

    def line(self, now: float | None = None) -> str:
        elapsed = (now or time.monotonic()) - self.began
        fraction = self.fraction()
        if self.known_total:
            total = f"{self.known_total:,}"
        else:
            total = f"~{self.done / fraction:,.0f}" if fraction > 0.001 else "?"
        rate = self.done / elapsed if elapsed else 0
        if not self.total_bytes:
            return f"{self.done:,} articles  {rate:,.0f}/s"
        left = elapsed / fraction - elapsed if fraction > 0.001 else 0
        return (f"{self.done:,} / {total} articles  {rate:,.0f}/s  {int(left // 60)}:{int(left % 60):02d} left"
                f"  {100 * fraction:.0f}%")

    def write(self, line: str, end: bool = False) -> None:
        if self.tty:
            self.stream.write("\r" + line + " " * 8 + ("\n" if end else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self, then: str = "writing the graph") -> None:
        elapsed = time.monotonic() - self.began
        self.write(f"{self.done:,} articles in {elapsed:.0f} s ({self.done / elapsed if elapsed else 0:,.0f}/s); "
                   f"{then}" + " " * 12, end=True)

    def phase(self, text: str) -> None:
        """A line saying what the build does now (after the articles are read)."""
        self.write(text, end=True)


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and (p.suffix == ".txt" or is_corpus(p)))
    return path.stat().st_size if path.is_file() else 0


def _file_count(paths: list[Path]) -> int | None:
    """The number of articles when every input is a .txt file (or a folder of them), else None."""
    count = 0
    for path in paths:
        if path.is_dir():
            files = [p for p in path.rglob("*") if p.is_file() and (p.suffix == ".txt" or is_corpus(p))]
            if any(is_corpus(p) for p in files):
                return None
            count += len(files)
        elif path.is_file() and not is_corpus(path):
            count += 1
        elif is_corpus(path):
            return None
    return count or None


__all__ = ["CHUNK_SIZE", "WORK_FORMAT", "Chunk", "run_chunks", "process_chunk", "chunk_files", "TripleList",
           "Progress"]
