"""ppl22: the people and posts rows of a slice that differ between main's graph and the branch's, with the sentence
each comes from, and the slice's counts (people, posts, duplicate-person groups: one given name and a surname
prefix of two letters or more shared by two names or more).

    python bench/judged/ppl22/diff.py DIR     (DIR holds people_random_{main,branch}.jsonl, posts_{main,branch}.csv)
"""
from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from pathlib import Path


def posts(folder: Path, side: str) -> dict:
    with (folder / f"posts_{side}.csv").open(encoding="utf-8", newline="") as handle:
        return {(r["file"], r["person"], r["title"], r["organization"]): r["sentence"] for r in csv.DictReader(handle)}


def people(folder: Path, side: str) -> tuple[dict, list[str]]:
    rows, names = {}, []
    for line in (folder / f"people_random_{side}.jsonl").open(encoding="utf-8"):
        person = json.loads(line)
        names.append(person["name"])
        for s in person["sentences"]:
            rows.setdefault((s["article"], person["name"]), s["text"])
    return rows, names


def duplicate_groups(names: list[str]) -> int:
    """Groups of two names or more with one given name whose surnames share their first two letters."""
    groups = defaultdict(set)
    for name in names:
        parts = name.split()
        if len(parts) >= 2 and len(parts[1]) >= 2:
            groups[(parts[0], parts[1][:2])].add(name)
    return sum(len(g) >= 2 for g in groups.values())


def main() -> int:
    folder = Path(sys.argv[1])
    out = []
    counts = {}
    for side in ("main", "branch"):
        rows, names = people(folder, side)
        counts[side] = {"people": len(names), "posts": len(posts(folder, side)),
                        "duplicate_groups": duplicate_groups(names)}
    for table, read in (("people", lambda side: people(folder, side)[0]), ("posts", lambda side: posts(folder, side))):
        main_rows, branch_rows = read("main"), read("branch")
        for change, keys, rows in (("removed", set(main_rows) - set(branch_rows), main_rows),
                                   ("added", set(branch_rows) - set(main_rows), branch_rows)):
            for key in sorted(keys):
                out.append({"table": table, "change": change, "article": key[0], "person": key[1],
                            "title": key[2] if len(key) > 2 else "", "organization": key[3] if len(key) > 3 else "",
                            "sentence": rows[key]})
    writer = csv.DictWriter(sys.stdout, ("table", "change", "article", "person", "title", "organization", "sentence"))
    writer.writeheader()
    writer.writerows(out)
    print(json.dumps(counts), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
