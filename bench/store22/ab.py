"""store22's side-by-side run: the file build and the store build of one slice, main (663abac) and this branch
alternating, then daily updates of 30 articles into each variant's store of that slice.

    python bench/store22/ab.py SLICE OUT --main MAIN_SRC --branch BRANCH_SRC [--rounds 3] [--days 3]

Each build is bench.py's ``run_build`` (a child process, default jobs, SHACL on; wall, CPU of the process tree,
peak memory of the tree sampled every 0.2 s) with PYTHONPATH set to the variant's source. One JSON line a run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import bench  # noqa: E402


def run(label: str, src: str, corpus: Path, out: Path, store: Path | None) -> dict:
    os.environ["PYTHONPATH"] = src
    result = bench.run_build(corpus, out if store is None else None, store)
    row = {"run": label, "wall": round(result["wall"], 2), "cpu": round(result["cpu"], 2),
           "tree_peak_gib": round(result["tree_peak"] / 2**30, 3), "triples": result["triples"],
           "conforms": result["conforms"], "timings": result["timings"], "phase_cpu": result["phase_cpu"],
           "load": bench.load()}
    print(json.dumps(row), flush=True)
    return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("slice", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--main", required=True)
    parser.add_argument("--branch", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--days", type=int, default=3)
    parser.add_argument("--tail", type=Path, default=Path("build/corpus.jsonl"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    variants = {"main": args.main, "branch": args.branch}
    for number in range(args.rounds):
        order = ["main", "branch"] if number % 2 == 0 else ["branch", "main"]
        run(f"file/{number}", args.branch, args.slice, args.out / f"file-{number}.ttl", None)
        for name in order:
            store = args.out / f"store-{name}-{number}"
            shutil.rmtree(store, ignore_errors=True)
            run(f"store-{name}/{number}", variants[name], args.slice, args.out, store)
    last = args.rounds - 1
    tail = bench.corpus_tail(args.tail, 30 * args.days)
    for day in range(1, args.days + 1):
        for name in (["main", "branch"] if day % 2 else ["branch", "main"]):
            os.environ["PYTHONPATH"] = variants[name]
            result = bench.daily_update(tail, args.out / f"store-{name}-{last}", args.out, day)
            print(json.dumps({"run": f"daily-{name}/{day}", "wall": round(result["wall"], 2),
                              "tree_peak_gib": round(result["tree_peak"] / 2**30, 3), "exit": result["exit"],
                              "output": result["output"][-600:], "load": bench.load()}), flush=True)
        time.sleep(1)


if __name__ == "__main__":
    main()
