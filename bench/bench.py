"""Speed and memory of `thaigovkg build` on the Thai government news corpus, in one run.

    .venv/bin/python bench/bench.py [--corpus PATH] [--sizes 1000,10000,all] [--out build/bench]

Prints, for each size: articles/s and MB/s of the whole build (read, extract,
graph, sorted Turtle, SHACL), its peak memory (the process tree's summed resident
memory, sampled, and the largest single process from getrusage of children);
then one plain pythainlp `newmm` pass over the same text on one core and the
ratio of the build to it; then each named query (queries/*.rq) on the full graph
in a pyoxigraph store (also without its final ORDER BY, to show the sort's share)
against rdflib's memory graph, flagging rows that differ between the two. Everything is measured in
the same run, so ratios hold whatever the machine's load; the load average is
printed before and after. Not part of the tests: `make bench`.
"""
from __future__ import annotations

import argparse
import gc
import json
import lzma
import os
import platform
import resource
import subprocess
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "thaigov-2020-2024.jsonl.xz"
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")


def machine() -> str:
    from importlib.metadata import version

    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    memory = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    libs = ", ".join(f"{name} {version(name)}" for name in ("pythainlp", "rdflib", "pyoxigraph", "pyshacl"))
    return (f"{os.cpu_count()} cores ({cpu}), {memory / 2**20:.1f} GiB memory, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}; {libs}")


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


class TreeMemory:
    """The peak of the summed resident memory of a process and its descendants, sampled every 0.2 s."""

    def __init__(self, pid: int):
        self.pid, self.peak, self.running = pid, 0, True
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, self.sample())
            time.sleep(0.2)

    def sample(self) -> int:
        children: dict[int, list[int]] = {}
        rss: dict[int, int] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                ppid, pages = int(fields[1]), int(fields[21])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
            rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE")
        total, todo = 0, [self.pid]
        while todo:
            pid = todo.pop()
            total += rss.get(pid, 0)
            todo += children.get(pid, [])
        return total

    def stop(self) -> int:
        self.running = False
        self.thread.join()
        return self.peak


def subset(corpus: Path, size: int, folder: Path) -> Path:
    """The first ``size`` lines of the corpus as a plain .jsonl."""
    path = folder / f"first-{size}.jsonl"
    with lzma.open(corpus, "rb") as source, open(path, "wb") as target:
        for number, line in enumerate(source):
            if number >= size:
                break
            target.write(line)
    return path


def run_build(corpus: Path, output: Path) -> dict:
    """One build in a child process (as `thaigovkg build` runs it): its report, wall time and memory."""
    code = ("import json, sys\nfrom thaigovkg.pipeline import build\n"
            "r = build([sys.argv[1]], sys.argv[2], validate=True, progress=True)\n"
            "print(json.dumps({'articles': r.articles, 'megabytes': r.megabytes, 'seconds': r.seconds, "
            "'triples': r.triples, 'conforms': r.conforms, 'rejected': len(r.rejected), "
            "'warnings': len(r.warnings), 'entities': r.entities}))\n")
    began = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(output)], stdout=subprocess.PIPE)
    memory = TreeMemory(child.pid)
    out, _ = child.communicate()
    peak = memory.stop()
    wall = time.monotonic() - began
    if child.returncode:
        raise SystemExit(f"build of {corpus} failed (exit {child.returncode})")
    result = json.loads(out.decode().strip().splitlines()[-1])
    result.update(wall=wall, tree_peak=peak,
                  max_single=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)
    return result


def newmm_pass(corpus: Path, limit: int | None) -> tuple[float, float, int]:
    """Seconds of one single-process newmm tokenisation of the articles' text, MB of text, articles."""
    from pythainlp.tokenize import word_tokenize

    word_tokenize("สวัสดีครับ", engine="newmm")   # the dictionary's one-off build is not the pass
    began, megabytes, count = time.process_time(), 0.0, 0
    with lzma.open(corpus, "rb") as source:
        for line in source:
            if limit is not None and count >= limit:
                break
            try:
                text = json.loads(line).get("text") or ""
            except ValueError:
                continue
            word_tokenize(text, engine="newmm")
            megabytes += len(text.encode("utf-8")) / 1e6
            count += 1
    return time.process_time() - began, megabytes, count


def _rdflib_query(text: str) -> tuple[int, float]:
    """Rows and seconds of one rdflib run, timed inside the child (the fork is not counted)."""
    began = time.perf_counter()
    rows = len(list(_GRAPH.query(text)))
    return rows, time.perf_counter() - began


_GRAPH = None
STORE_RUNS = 5


def without_final_order(text: str) -> str:
    """The query without its closing ``ORDER BY`` line(s), to show what the sort costs in the store."""
    head, found, tail = text.rstrip().rpartition("\nORDER BY")
    return head + "\n" if found and "}" not in tail else text


def queries(graph_path: Path, timeout: float) -> list[tuple[str, float, float | None, int, int | None]]:
    """Each named query's seconds and rows in a pyoxigraph store and in rdflib (None: stopped at ``timeout``).

    The store's time is the median of ``STORE_RUNS`` runs (the first, cold one included); rdflib's is one run
    in a forked child that shares the loaded graph and is stopped at ``timeout``."""
    global _GRAPH
    import pyoxigraph
    import rdflib

    from thaigovkg.limits import call_with_timeout

    began = time.monotonic()
    store = pyoxigraph.Store()
    store.bulk_load(path=str(graph_path), format=pyoxigraph.RdfFormat.TURTLE)
    print(f"  loaded into pyoxigraph in {time.monotonic() - began:.1f} s ({len(store):,} triples)", flush=True)
    texts = {path.stem: path.read_text(encoding="utf-8") for path in sorted((ROOT / "queries").glob("*.rq"))}

    def store_runs(text: str) -> tuple[float, float, int]:
        runs = []
        for _ in range(STORE_RUNS):
            began = time.perf_counter()
            rows = len(list(store.query(text)))
            runs.append(time.perf_counter() - began)
        return statistics.median(runs), runs[0], rows

    timed, unsorted = {}, {}
    for name, text in texts.items():   # the store first, before rdflib's graph fills this process's heap
        timed[name] = store_runs(text)
        if (bare := without_final_order(text)) != text:
            unsorted[name] = store_runs(bare)[0]
    del store
    began = time.monotonic()
    _GRAPH = rdflib.Graph().parse(graph_path, format="turtle")
    gc.freeze()   # millions of rdflib objects: kept out of the collector's sweeps, in this process and the children
    print(f"  loaded into rdflib in {time.monotonic() - began:.1f} s", flush=True)
    results = []
    for name, text in texts.items():
        fast, first, rows = timed[name]
        try:
            slow_rows, slow = call_with_timeout(_rdflib_query, (text,), timeout, what=name)
        except TimeoutError:
            slow_rows, slow = None, None
        results.append((name, fast, slow, rows, slow_rows))
        speed = f"{slow:.2f} s, {slow / fast:,.0f}x" if slow is not None else f"> {timeout:.0f} s (stopped)"
        agree = "" if slow_rows in (rows, None) else f"  ROWS DIFFER: rdflib {slow_rows}"
        sort = f"; without its ORDER BY {unsorted[name]:.4f} s" if name in unsorted else ""
        print(f"  {name:<28} store {fast:.4f} s (median of {STORE_RUNS}; first {first:.4f} s{sort})  "
              f"rdflib {speed}  rows {rows}{agree}", flush=True)
    _GRAPH = None
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", default="1000,10000,all")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--query-timeout", type=float, default=300)
    parser.add_argument("--no-newmm", action="store_true")
    parser.add_argument("--queries-on", type=Path, metavar="GRAPH",
                        help="only time the named queries on this graph (e.g. build/bench/graph-all.ttl)")
    args = parser.parse_args()
    if args.queries_on:
        print(f"machine: {machine()}\nload average before: {load()}", flush=True)
        queries(args.queries_on, args.query_timeout)
        print(f"load average after: {load()}")
        return
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    print(f"load average before: {load()}", flush=True)
    rows = []
    with tempfile.TemporaryDirectory(dir=args.out) as scratch:
        for size in args.sizes.split(","):
            source = args.corpus if size == "all" else subset(args.corpus, int(size), Path(scratch))
            output = args.out / f"graph-{size}.ttl"
            result = run_build(source, output)
            result["size"] = size
            rows.append(result)
            print(f"build {size:>6}: {result['articles']:,} articles, {result['megabytes']:.0f} MB text, "
                  f"{result['wall']:.1f} s wall: {result['articles'] / result['wall']:.0f} articles/s, "
                  f"{result['megabytes'] / result['wall']:.2f} MB/s; {result['triples']:,} triples, "
                  f"conforms {result['conforms']}, rejected {result['rejected']}; "
                  f"peak memory {result['tree_peak'] / 2**30:.2f} GiB (process tree), largest process "
                  f"{result['max_single'] / 2**30:.2f} GiB; load {load()}", flush=True)
    full = rows[-1]
    if not args.no_newmm:
        limit = None if full["size"] == "all" else int(full["size"])
        seconds, megabytes, count = newmm_pass(args.corpus, limit)
        print(f"newmm, one core: {count:,} articles, {megabytes:.0f} MB in {seconds:.1f} s CPU "
              f"({megabytes / seconds:.2f} MB/s); build {full['size']} / newmm = {full['wall'] / seconds:.2f}; "
              f"load {load()}", flush=True)
    print(f"queries on graph-{full['size']}.ttl:")
    queries(args.out / f"graph-{full['size']}.ttl", args.query_timeout)
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
