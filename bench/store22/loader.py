"""The store's loader alone, main against this branch, on the same chunk files (no extraction).

    PYTHONPATH=src python bench/store22/loader.py make STORE CHUNKS      # chunk files from a branch store's ledger
    PYTHONPATH=<variant src> python bench/store22/loader.py load CHUNKS TARGET main|branch

``make`` writes, 200 articles a chunk in the ledger's order, each chunk's sorted triples (``.nt``), main's quads
(``.nq``: each article's lines in its named graph) and this branch's ``.articles`` (``ntriples.pack_articles``).
``load`` fills a new store as a build's ``Preload`` does (main: the quad and triple files; branch: the triple
files and the ledger's lines), then prints the process's CPU seconds (every thread) and wall seconds.
"""
import json
import resource
import sys
import time
import zlib
from pathlib import Path


def make(store: Path, chunks: Path) -> None:
    import sqlite3

    from thaigovkg.ntriples import pack_articles

    db = sqlite3.connect(f"file:{store / 'resolution.sqlite'}?mode=ro", uri=True)
    rows = [(iri, zlib.decompress(packed)) for iri, packed in db.execute("SELECT iri, lines FROM stated ORDER BY rowid")]
    chunks.mkdir(parents=True, exist_ok=True)
    for number, start in enumerate(range(0, len(rows), 200)):
        part = rows[start:start + 200]
        stem = chunks / f"chunk-{number:06d}"
        lines = {line for _, data in part for line in data.splitlines(keepends=True)}
        stem.with_suffix(".nt").write_bytes(b"".join(sorted(lines)))
        stem.with_suffix(".nq").write_bytes(b"".join(
            line[:-3] + f" <{iri}> .\n".encode() for iri, data in part for line in data.splitlines(keepends=True)))
        stem.with_suffix(".articles").write_bytes(pack_articles(part))


def load(chunks: Path, target: Path, variant: str) -> None:
    from thaigovkg.store import Preload

    began, cpu = time.monotonic(), time.process_time()
    preload = Preload.start(target)
    for triples in sorted(chunks.glob("*.nt")):
        preload.add((), triples.with_suffix(".nq" if variant == "main" else ".articles"), triples)
    store, ledger = preload.finish()
    store.flush()
    ledger.close()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"variant": variant, "cpu": round(time.process_time() - cpu, 2),
                      "wall": round(time.monotonic() - began, 2), "maxrss_mib": usage.ru_maxrss // 1024}))


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        load(Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4])
