"""N-Triples and N-Quads lines on disk: merged and sorted without holding them, renamed, streamed.

A build's chunks are files of sorted lines; ``merge_sorted`` merges any number
of them into one sorted file without repeats, ``FAN_IN`` files at a time (runs of
runs when there are more), so memory does not grow with the corpus. A
``Renamer`` applies resolution's IRI renames to lines or whole buffers the same
way for every sink. ``pack_articles`` keeps each article's lines for a store's
ledger. ``BytesReader`` hands a stream of buffers to Oxigraph's bulk
loader as a file, so nothing is written twice.
"""
from __future__ import annotations

import heapq
import os
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path

from .files import atomic_path
from .vocab import ID_BASE

#: Files merged at once; more are merged in runs first (each open file holds a read buffer).
FAN_IN = 64


def _unique(lines: Iterable[bytes]) -> Iterator[bytes]:
    last = None
    for line in lines:
        if line != last:
            yield line
            last = line


def merge_sorted(sources: list[Path], target: Path, extra: Iterable[bytes] = (),
                 keep: Callable[[bytes], bool] | None = None, scratch: Path | None = None) -> int:
    """The sorted files ``sources`` and the sorted lines ``extra`` as one sorted file without repeats.

    ``keep`` drops the source lines it answers False for. More than ``FAN_IN`` sources are
    merged in runs first (files in ``scratch``, default ``target``'s folder, removed after).
    Returns the number of lines written.
    """
    scratch = scratch or target.parent
    made: list[Path] = []
    try:
        level = [(path, keep) for path in sources]
        while len(level) > FAN_IN:
            runs = []
            for start in range(0, len(level), FAN_IN):
                run = scratch / f"run-{len(made):05d}.nt"
                _merge_into(level[start:start + FAN_IN], run)
                made.append(run)
                runs.append((run, None))
            level = runs
        return _merge_into(level, target, extra)
    finally:
        remove_quietly(made)


def _merge_into(sources: list[tuple[Path, Callable | None]], target: Path, extra: Iterable[bytes] = ()) -> int:
    with ExitStack() as stack:
        streams = []
        for path, keep in sources:
            lines = stack.enter_context(open(path, "rb", buffering=1 << 20))
            streams.append(filter(keep, lines) if keep else lines)
        streams.append(iter(extra))
        written = 0
        with open(target, "wb", buffering=1 << 20) as out:
            for line in _unique(heapq.merge(*streams)):
                out.write(line)
                written += 1
        return written


# ---- renames

class Renamer:
    """Resolution's IRI renames (``{old: new}``) applied to N-Triples or N-Quads text.

    Only IRIs under the folders the renamed IRIs live in (``…/id/event/``) are looked up,
    so a buffer with none of them passes through a C-speed scan untouched.
    """

    def __init__(self, renames: Mapping[str, str]):
        self.renames = {f"<{old}>".encode(): f"<{new}>".encode() for old, new in renames.items()}
        folders = sorted({old.rsplit("/", 1)[0] + "/" for old in renames})
        self.pattern = (re.compile(rb"<(?:" + b"|".join(re.escape(f.encode()) for f in folders) + rb")[^<>\s]*>")
                        if folders else None)

    def __bool__(self) -> bool:
        return bool(self.renames)

    def _swap(self, match: re.Match) -> bytes:
        iri = match.group()
        return self.renames.get(iri, iri)

    def __call__(self, data: bytes) -> bytes:
        """``data`` (a line or many) with every renamed IRI replaced."""
        return self.pattern.sub(self._swap, data) if self.pattern else data

    def touches(self, data: bytes) -> bool:
        """Whether ``data`` holds an IRI that is renamed."""
        if not self.pattern:
            return False
        return any(match.group() in self.renames for match in self.pattern.finditer(data))

    def touched_lines(self, data: bytes) -> list[bytes]:
        """The lines of ``data`` (ending in newlines) that hold a renamed IRI."""
        found, last = [], -1
        for match in self.pattern.finditer(data) if self.pattern else ():
            if match.group() not in self.renames or match.start() <= last:
                continue
            start = data.rfind(b"\n", 0, match.start()) + 1
            end = data.find(b"\n", match.end())
            end = len(data) if end < 0 else end + 1
            found.append(data[start:end])
            last = end - 1
        return found


# ---- each article's lines, as stated (a store keeps them in its ledger)

_ID_IRI = re.compile(rb"<(" + re.escape(ID_BASE.encode()) + rb"(?!article/)[^<>\s]*)>")


def nodes_of(lines: bytes) -> set[str]:
    """The IRIs of ``lines`` that several articles may hold (under ``…/id/``, not an article's own
    ``…/id/article/…``): what a store indexes to find the articles a rename or a shared triple concerns."""
    return {match.decode() for match in _ID_IRI.findall(lines)}


def pack_articles(articles: Iterable[tuple[str, bytes]]) -> bytes:
    """A chunk's articles as one file: each article's IRI, its sorted lines compressed, and its nodes."""
    import marshal
    import zlib

    return marshal.dumps([(iri, zlib.compress(lines, 1), "\n".join(sorted(nodes_of(lines))))
                          for iri, lines in articles])


def unpack_articles(data: bytes) -> list[tuple[str, bytes, list[str]]]:
    """``pack_articles`` read back: (IRI, compressed lines, nodes) of each article."""
    import marshal

    return [(iri, packed, nodes.split("\n") if nodes else []) for iri, packed, nodes in marshal.loads(data)]


class BytesReader:
    """A read-only binary file over an iterator of buffers (for Oxigraph's ``bulk_load``).

    Reads are served from the current buffer by offset, so a many-megabyte buffer read a few
    kilobytes at a time is never copied again.
    """

    def __init__(self, parts: Iterable[bytes]):
        self.parts = iter(parts)
        self.buffer = memoryview(b"")
        self.offset = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            rest = [bytes(self.buffer[self.offset:]), *self.parts]
            self.buffer, self.offset = memoryview(b""), 0
            return b"".join(rest)
        while self.offset >= len(self.buffer):
            try:
                self.buffer, self.offset = memoryview(next(self.parts)), 0
            except StopIteration:
                return b""
        data = self.buffer[self.offset:self.offset + size]
        self.offset += len(data)
        return bytes(data)

    def readable(self) -> bool:
        return True


def file_buffers(paths: Iterable[Path], transform: Callable[[bytes], bytes] | None = None) -> Iterator[bytes]:
    """Each file's whole content in turn (chunk files are a few MB), transformed when asked."""
    for path in paths:
        data = path.read_bytes()
        if data:
            yield transform(data) if transform else data


def write_turtle_file(ntriples: Path, output: Path, prefixes: Mapping[str, str]) -> Path:
    """Sorted N-Triples as Turtle (subjects in the order they come), to a temporary file renamed into place."""
    from pyoxigraph import RdfFormat, parse, serialize

    with atomic_path(output) as temporary:
        with open(temporary, "wb") as stream:
            serialize(parse(path=str(ntriples), format=RdfFormat.N_TRIPLES), stream, RdfFormat.TURTLE,
                      prefixes=dict(prefixes))
    return output


def remove_quietly(paths: Iterable[Path]) -> None:
    for path in paths:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass


__all__ = ["FAN_IN", "merge_sorted", "Renamer", "nodes_of", "pack_articles", "unpack_articles", "BytesReader", "file_buffers", "write_turtle_file"]
