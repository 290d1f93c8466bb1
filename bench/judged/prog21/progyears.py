"""Programme-year recall of a graph against gold folders (devset style JSON): a gold (programme, year) is held
when an event or award row of the graph has one of its programme names (bare, FORMAT.md) and one of its years.
    python progyears.py GRAPH.ttl GOLD_DIR   -> per-article misses and the totals
"""
import glob, json, sys
sys.path.insert(0, str(Path(__file__).resolve().parents[3].parent / "shared" / "eval"))
from pathlib import Path
from score import norm_programme, norm_year, run_queries, _choices  # the gold contract's own normalisers

def gold_pairs(folder):
    out = {}
    for f in sorted(glob.glob(f"{folder}/*.json")):
        g = json.load(open(f))
        pairs = set()
        for r in g.get("events", []) + g.get("awards", []):
            progs = frozenset(norm_programme(p) for p in _choices(r.get("programme")) if p)
            years = frozenset(norm_year(y) for y in _choices(r.get("year")))
            pairs.add((progs, years))
        out[Path(f).stem] = pairs
    return out

def main():
    graph, gold = Path(sys.argv[1]), sys.argv[2]
    answers = run_queries([graph], Path("queries"))
    pred = {(norm_programme(r.get("programme")), norm_year(r.get("year")))
            for t in ("events", "awards") for r in answers[t]}
    held = total = 0
    for art, pairs in gold_pairs(gold).items():
        # one gold programme-year per (programme alternatives); merge those sharing a name
        for progs, years in pairs:
            total += 1
            ok = any((p, y) in pred for p in progs for y in years)
            held += ok
            if not ok:
                print("MISS", art, sorted(progs)[:2], sorted(years))
    print(f"held {held}/{total}")

main()
