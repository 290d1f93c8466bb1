"""ppl22: the judged samples scored on main and the branch: each sampled person (study_classes.csv, the suspects
of fresh_annotation.csv) looked up in main's and the branch's graph of its article (built from the corpus text,
named by the sha1 of the corpus id; a slice file name as it is), with the precision of the names each side keeps and its Wilson interval.

    python bench/judged/ppl22/score.py SAMPLE.csv SET MAIN.jsonl BRANCH.jsonl [OUT.csv]
"""
from __future__ import annotations

import csv
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sampling import wilson  # noqa: E402


def names(path: str) -> set[tuple[str, str]]:
    out = set()
    for line in open(path, encoding="utf-8"):
        person = json.loads(line)
        for s in person["sentences"]:
            out.add((s["article"], person["name"]))
    return out


def main() -> int:
    sample, which, main_path, branch_path = sys.argv[1:5]
    base, branch = names(main_path), names(branch_path)
    rows = [r for r in csv.DictReader(open(sample, encoding="utf-8")) if r.get("set", which) == which]
    out, tally = [], {"main": [0, 0], "branch": [0, 0]}
    for r in rows:
        article = r["article"] if "/" not in r["article"] else hashlib.sha1(r["article"].encode("utf-8")).hexdigest()[:16] + ".txt"
        key = (article, r["name"])
        right = r.get("verdict", "right" if r.get("class") == "real name" else "wrong") == "right"
        has = {"main": key in base, "branch": key in branch}
        for side in has:
            if has[side]:
                tally[side][0] += right
                tally[side][1] += 1
        out.append({**r, "right": right, "main": has["main"], "branch": has["branch"]})
    report = {}
    for side, (hits, n) in tally.items():
        low, high = wilson(hits, n)
        report[side] = {"kept": n, "right": hits, "precision": round(hits / max(1, n), 3),
                        "wilson95": [round(low, 3), round(high, 3)]}
    report["wrong_dropped"] = sum(1 for o in out if not o["right"] and o["main"] and not o["branch"])
    report["wrong_kept"] = sum(1 for o in out if not o["right"] and o["branch"])
    report["right_lost"] = sum(1 for o in out if o["right"] and o["main"] and not o["branch"])
    report["not_in_main_rebuild"] = sum(1 for o in out if not o["main"])
    print(json.dumps(report, ensure_ascii=False))
    if len(sys.argv) > 5:
        with open(sys.argv[5], "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, list(out[0]))
            writer.writeheader()
            writer.writerows(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
