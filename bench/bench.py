"""Speed and memory of `thaigovkg build` on the Thai government news corpus, in one run.

    .venv/bin/python bench/bench.py [--corpus PATH] [--sizes 1000,10000,all] [--out build/bench]
                                    [--parts sizes,store,daily,replay,scale,newmm,queries] [--replay 5]
                                    [--scale-slice 10000]

Parts (all by default; `--parts` picks some):

- ``sizes``: for each size, articles/s and MB/s of the whole file build (read,
  extract, graph, sorted Turtle, SHACL), its peak memory (the process tree's summed
  resident memory, sampled, and the largest single process from getrusage of children);
- ``store``: the store build of the same (largest) input right after the file build,
  and the ratios store / file of wall time and peak memory, side by side in one run;
- ``daily``: a daily update: about 30 articles (real ones under new ids and a new
  date) added to the store just built, the whole command timed (process start to end);
- ``replay``: the corpus replayed ``--replay`` times (5) under new ids and dates,
  generated on the fly into a named pipe (never stored), built once into a Turtle
  file and a store together, beside the same build of the corpus replayed once:
  time per article and peak memory, to show both grow linearly or not at all;
- ``scale`` (only when asked for: 5 to 10 minutes): the same on a slice, its first
  ``--scale-slice`` articles (10,000) replayed 1, 2 and 4 times: each phase's CPU and
  wall seconds per 1,000 articles and the ratio 4x / 1x, to see which phase grows
  faster than the articles in minutes, not the half hour of ``replay``;
- ``newmm`` (only when asked for: about 9 minutes): one plain pythainlp `newmm` pass over
  the same text on one core and the ratio of the build to it;
- ``queries``: each named query (queries/*.rq) on the full graph in a pyoxigraph
  store (also without its final ORDER BY, to show the sort's share) against rdflib's
  memory graph, flagging rows that differ between the two.

Everything is measured in the same run, so ratios hold whatever the machine's load;
the load average is printed before and after each build. The issue's targets are checked
at the end (``target …: met`` or ``NOT MET``): store / file at most 1.2 in wall time and 1.5
in peak memory, both builds under 5 minutes, a daily update under 10 s, the replayed
corpus in linear time (time per article at most 1.2 times that of the corpus once) and
under 3 GB. Not part of the tests:
`make bench`.
"""
from __future__ import annotations

import argparse
import collections
import gc
import json
import os
import platform
import re
import shutil
import subprocess
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from thaigovkg.article import open_corpus

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
    with open_corpus(corpus) as source, open(path, "wb") as target:
        for number, line in enumerate(source):
            if number >= size:
                break
            target.write(line)
    return path


def run_build(corpus: Path, output: Path | None, store: Path | None = None) -> dict:
    """One build in a child process (as `thaigovkg build` runs it): its report, wall time and memory."""
    code = ("import json, resource, sys\nfrom thaigovkg.pipeline import build\n"
            "r = build([sys.argv[1]], sys.argv[2] or None, validate=True, progress=True, store=sys.argv[3] or None)\n"
            "usage = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]\n"
            "largest = max(u.ru_maxrss for u in usage) * 1024\n"
            "cpu = sum(u.ru_utime + u.ru_stime for u in usage)\n"
            "print(json.dumps({'articles': r.articles, 'megabytes': r.megabytes, 'seconds': r.seconds, "
            "'triples': r.triples, 'conforms': r.conforms, 'rejected': len(r.rejected), "
            "'warnings': len(r.warnings), 'entities': r.entities, 'timings': r.timings, 'phase_cpu': r.cpu, "
            "'max_single': largest, 'cpu': cpu}))\n")
    began = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", code, str(corpus), str(output or ""), str(store or "")],
                             stdout=subprocess.PIPE)
    memory = TreeMemory(child.pid)
    out, _ = child.communicate()
    peak = memory.stop()
    wall = time.monotonic() - began
    if child.returncode:
        raise SystemExit(f"build of {corpus} failed (exit {child.returncode})")
    result = json.loads(out.decode().strip().splitlines()[-1])
    result.update(wall=wall, tree_peak=peak)   # max_single: this build's largest process, measured in it
    return result


def describe_build(label: str, result: dict) -> str:
    return (f"{label}: {result['articles']:,} articles, {result['megabytes']:.0f} MB text, "
            f"{result['wall']:.1f} s wall, {result['cpu']:.0f} s CPU: {result['articles'] / result['wall']:.0f} articles/s, "
            f"{result['megabytes'] / result['wall']:.2f} MB/s; {result['triples']:,} triples, "
            f"conforms {result['conforms']}, rejected {result['rejected']}; "
            f"peak memory {result['tree_peak'] / 2**30:.2f} GiB (process tree), largest process "
            f"{result['max_single'] / 2**30:.2f} GiB; phases (wall / CPU) "
            + ", ".join(f"{k} {v:.0f} / {result.get('phase_cpu', {}).get(k, 0):.0f} s"
                        for k, v in result.get("timings", {}).items()) + f"; load {load()}")


# ---- the corpus replayed under new ids and dates, as a stream

_HEAD = re.compile(rb'^\{"id": "((?:[^"\\]|\\.)*)", "date": "(\d{4})(-\d\d-\d\d)[^"]*", "url": "((?:[^"\\]|\\.)*)"')


def replayed_line(line: bytes, replica: int) -> bytes:
    """A corpus line as replica ``replica`` of it: id and URL marked, the date ``5 × replica`` years on."""
    if replica == 0:
        return line
    head = _HEAD.match(line)
    if head:
        year = int(head.group(2)) + 5 * replica
        day = head.group(3).replace(b"-02-29", b"-02-28")
        return (b'{"id": "replay%d/' % replica + head.group(1) + b'", "date": "%d' % year + day
                + b'", "url": "' + head.group(4) + b'#replay%d"' % replica + line[head.end():])
    record = json.loads(line)
    record["id"] = f"replay{replica}/{record.get('id')}"
    if isinstance(record.get("date"), str) and record["date"][:4].isdigit():
        record["date"] = f"{int(record['date'][:4]) + 5 * replica}{record['date'][4:10].replace('-02-29', '-02-28')}"
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"


def _write_replay(corpus: str, times: int, pipe: str, limit: int | None = None) -> None:
    with open(pipe, "wb", buffering=1 << 20) as out:
        for replica in range(times):
            with open_corpus(corpus) as source:
                for number, line in enumerate(source):
                    if limit is not None and number >= limit:
                        break
                    out.write(replayed_line(line, replica))


def replay_build(corpus: Path, times: int, folder: Path, limit: int | None = None) -> dict:
    """A build (Turtle file and store together) of the corpus (its first ``limit`` articles) replayed ``times``
    times, streamed through a named pipe by a writer process outside the measured process tree."""
    import multiprocessing

    pipe = folder / f"replay-{times}x.jsonl"
    pipe.unlink(missing_ok=True)
    os.mkfifo(pipe)
    writer = multiprocessing.get_context("fork").Process(target=_write_replay,
                                                         args=(str(corpus), times, str(pipe), limit))
    writer.start()
    try:
        return run_build(pipe, folder / f"replay-{times}x.ttl", folder / f"replay-{times}x-store")
    finally:
        writer.join(60)
        if writer.is_alive():
            writer.terminate()
        pipe.unlink(missing_ok=True)


# ---- time per article as the corpus grows, on a slice

SCALE_TIMES = (1, 2, 4)


def scaling(corpus: Path, size: int, folder: Path) -> list[tuple[str, float, float]]:
    """The first ``size`` articles replayed 1, 2 and 4 times, each built into a file and a store together
    (as ``replay``): each phase's CPU and wall seconds per 1,000 articles, and their ratio to the slice once.
    A few minutes where the full replay takes half an hour; the replicas repeat the same organisations and
    people, as the five-times corpus does, so a phase that grows faster than the articles shows here."""
    folder.mkdir(exist_ok=True)
    results = {}
    for times in SCALE_TIMES:
        results[times] = replay_build(corpus, times, folder, limit=size)
        print(describe_build(f"scale {times}x", results[times]), flush=True)
        for leftover in folder.glob(f"replay-{times}x*"):     # the next replica's disk, not this one's
            shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
    one, top = results[1], results[SCALE_TIMES[-1]]

    def per_thousand(result: dict, key: str, phase: str | None) -> float:
        value = result[key] if phase is None else result["phase_cpu" if key == "cpu" else "timings"].get(phase, 0.0)
        return 1000 * value / result["articles"]
    phases = [None] + list(one["timings"])
    print(f"  per 1,000 articles, CPU s (wall s):" + "".join(f"{times:>15}x" for times in SCALE_TIMES)
          + f"{'CPU ' + str(SCALE_TIMES[-1]) + 'x/1x':>14}{'wall':>7}")
    checks = []
    for phase in phases:
        cells = "".join(f"{per_thousand(results[t], 'cpu', phase):>9.2f} ({per_thousand(results[t], 'wall', phase):5.2f})"
                        for t in SCALE_TIMES)
        base_cpu, base_wall = per_thousand(one, "cpu", phase), per_thousand(one, "wall", phase)
        cpu_ratio = per_thousand(top, "cpu", phase) / base_cpu if base_cpu else float("nan")
        wall_ratio = per_thousand(top, "wall", phase) / base_wall if base_wall else float("nan")
        print(f"  {phase or 'whole build':<33}{cells}{cpu_ratio:>14.2f}{wall_ratio:>7.2f}", flush=True)
        if phase is None or base_cpu * one["articles"] / 1000 >= 2:    # phases of 2 CPU seconds or more
            checks.append((f"scale {SCALE_TIMES[-1]}x / 1x of {size:,} articles, CPU per article, "
                           f"{phase or 'whole build'}", cpu_ratio, 1.2))
    return checks


# ---- a daily update of a full store

def corpus_tail(corpus: Path, count: int) -> list[bytes]:
    """The corpus's last ``count`` lines."""
    lines: collections.deque[bytes] = collections.deque(maxlen=count)
    with open_corpus(corpus) as source:
        lines.extend(source)
    return list(lines)


def daily_update(tail: list[bytes], store: Path, folder: Path, day: int, count: int = 30) -> dict:
    """Day ``day``'s ``count`` articles (real ones from the corpus's end, ``tail``, under new ids, dated
    after it) added to ``store``: the whole `thaigovkg build … --store` command timed, process start to end."""
    lines = tail[len(tail) - count * day:][:count]
    daily = folder / f"daily-{day}.jsonl"
    with open(daily, "wb") as out:
        for line in lines:
            record = json.loads(line)
            record["id"], record["date"] = f"day{day}/{record['id']}", f"2025-01-{day + 1:02d}"
            out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    command = [sys.executable, "-m", "thaigovkg.cli", "build", str(daily), "--store", str(store)]
    began = time.monotonic()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    memory = TreeMemory(child.pid)
    out, _ = child.communicate()
    peak = memory.stop()
    wall = time.monotonic() - began
    output = out.decode("utf-8", "replace").replace(f"{ROOT}/", "")   # paths as the repository names them
    return {"wall": wall, "tree_peak": peak, "exit": child.returncode, "output": output}


def newmm_pass(corpus: Path, limit: int | None) -> tuple[float, float, int]:
    """Seconds of one single-process newmm tokenisation of the articles' text, MB of text, articles."""
    from pythainlp.tokenize import word_tokenize

    word_tokenize("สวัสดีครับ", engine="newmm")   # the dictionary's one-off build is not the pass
    began, megabytes, count = time.process_time(), 0.0, 0
    with open_corpus(corpus) as source:
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


PARTS = ("sizes", "store", "daily", "replay", "scale", "newmm", "queries")
DEFAULT_PARTS = ("sizes", "store", "daily", "replay", "queries")   # newmm (9 minutes) and scale (5-10) when asked for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--sizes", default="1000,10000,all")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--parts", default=",".join(DEFAULT_PARTS),
                        help=f"what to measure: {', '.join(PARTS)} (default: {', '.join(DEFAULT_PARTS)})")
    parser.add_argument("--replay", type=int, default=5, help="times the corpus is replayed (default: 5)")
    parser.add_argument("--scale-slice", type=int, default=10_000, metavar="N",
                        help="articles of the slice the scale part replays 1, 2 and 4 times (default: 10000)")
    parser.add_argument("--query-timeout", type=float, default=300)
    parser.add_argument("--no-newmm", action="store_true")
    parser.add_argument("--queries-on", type=Path, metavar="GRAPH",
                        help="only time the named queries on this graph (e.g. build/bench/graph-all.ttl)")
    args = parser.parse_args()
    parts = set(args.parts.split(","))
    if args.no_newmm:
        parts.discard("newmm")
    if args.queries_on:
        print(f"machine: {machine()}\nload average before: {load()}", flush=True)
        queries(args.queries_on, args.query_timeout)
        print(f"load average after: {load()}")
        return
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    print(f"load average before: {load()}", flush=True)
    rows, checks = [], []
    sizes = args.sizes.split(",")
    with tempfile.TemporaryDirectory(dir=args.out) as scratch:
        for size in sizes if parts & {"sizes", "store", "daily"} else []:
            if "sizes" not in parts and size != sizes[-1]:
                continue
            source = args.corpus if size == "all" else subset(args.corpus, int(size), Path(scratch))
            output = args.out / f"graph-{size}.ttl"
            result = run_build(source, output)
            result["size"] = size
            rows.append(result)
            print(describe_build(f"build {size:>6}", result), flush=True)
            if size == sizes[-1] and parts & {"store", "daily"}:
                location = args.out / f"store-{size}"
                shutil.rmtree(location, ignore_errors=True)
                stored = run_build(source, None, location)
                print(describe_build(f"store {size:>6}", stored), flush=True)
                print(f"store / file, same input, same run: wall {stored['wall'] / result['wall']:.2f}, "
                      f"CPU {stored['cpu'] / result['cpu']:.2f}, "
                      f"peak memory (process tree) {stored['tree_peak'] / result['tree_peak']:.2f}; "
                      f"store folder {folder_size(location) / 2**30:.2f} GiB", flush=True)
                checks.append(("store build / file build, wall", stored["wall"] / result["wall"], 1.2))
                checks.append(("store build / file build, peak memory", stored["tree_peak"] / result["tree_peak"], 1.5))
                if size == "all":
                    checks.append(("file build of the corpus, minutes", result["wall"] / 60, 5))
                    checks.append(("store build of the corpus, minutes", stored["wall"] / 60, 5))
                if "daily" in parts:
                    tail = corpus_tail(args.corpus, 3 * 30)
                    for number in (1, 2, 3):
                        day = daily_update(tail, location, Path(scratch), number)
                        checks.append((f"daily update {number} (30 articles), seconds", day["wall"], 10))
                        summary = [line for line in day["output"].splitlines()
                                   if line.startswith(("store", "time", "SHACL", "  extract"))]
                        print(f"daily update {number}: 30 articles into the full store in {day['wall']:.1f} s "
                              f"(whole command), exit {day['exit']}, peak {day['tree_peak'] / 2**30:.2f} GiB; "
                              + " | ".join(line.strip() for line in summary) + f"; load {load()}", flush=True)
        if "scale" in parts:
            checks += scaling(args.corpus, args.scale_slice, Path(scratch) / "scale")
        if "replay" in parts:
            replays = {}
            for times in (1, args.replay):
                replays[times] = replay_build(args.corpus, times, Path(scratch))
                print(describe_build(f"replay {times}x", replays[times]), flush=True)
            one, many = replays[1], replays[args.replay]
            print(f"replay {args.replay}x / 1x: articles {many['articles'] / one['articles']:.2f}, wall "
                  f"{many['wall'] / one['wall']:.2f} (per article {many['wall'] / many['articles'] / (one['wall'] / one['articles']):.2f}), "
                  f"CPU per article {many['cpu'] / many['articles'] / (one['cpu'] / one['articles']):.2f}, "
                  f"peak memory {many['tree_peak'] / one['tree_peak']:.2f} ({many['tree_peak'] / 2**30:.2f} GiB)", flush=True)
            checks.append((f"replay {args.replay}x / 1x, wall per article", many["wall"] / many["articles"]
                           / (one["wall"] / one["articles"]), 1.2))
            checks.append((f"replay {args.replay}x, peak memory (process tree), GB", many["tree_peak"] / 1e9, 3))
    for what, value, limit in checks:
        print(f"target {what}: {value:.2f} (at most {limit}): {'met' if value <= limit else 'NOT MET'}", flush=True)
    if not rows:
        print(f"load average after: {load()}")
        return
    full = rows[-1]
    if "newmm" in parts:
        limit = None if full["size"] == "all" else int(full["size"])
        seconds, megabytes, count = newmm_pass(args.corpus, limit)
        print(f"newmm, one core: {count:,} articles, {megabytes:.0f} MB in {seconds:.1f} s CPU "
              f"({megabytes / seconds:.2f} MB/s); build {full['size']} / newmm = {full['wall'] / seconds:.2f}; "
              f"load {load()}", flush=True)
    if "queries" in parts:
        print(f"queries on graph-{full['size']}.ttl:")
        queries(args.out / f"graph-{full['size']}.ttl", args.query_timeout)
    print(f"load average after: {load()}")


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


if __name__ == "__main__":
    main()
