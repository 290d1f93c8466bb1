"""Changed post rows of two builds of one folder (``build.sh``'s OUT_main.posts.csv, OUT_br.posts.csv), keyed by
(article file, person, title): the organisation before and after and the sentence; then the organisations rows that
differ (query rows), and the share of posts without an organisation before and after with Wilson 95 % intervals.

    python bench/judged/post22/diff.py OUT > changed.tsv
"""
from __future__ import annotations

import csv
import math
import sys

csv.field_size_limit(10**8)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    centre, half = p + z * z / (2 * n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return ((centre - half) / (1 + z * z / n), (centre + half) / (1 + z * z / n))


def posts(path: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    out = {}
    for row in csv.DictReader(open(path, encoding="utf-8")):
        key = (row["file"], row["person"], row["title"])
        if key not in out or row["organization"]:
            out[key] = (row["organization"], row["sentence"])
    return out


def main() -> int:
    stem = sys.argv[1]
    before, after = posts(stem + "_main.posts.csv"), posts(stem + "_br.posts.csv")
    out = csv.writer(sys.stdout, delimiter="\t")
    out.writerow(("file", "person", "title", "org_main", "org_branch", "sentence"))
    for key in sorted(set(before) | set(after)):
        b, a = before.get(key, ("<none>", "")), after.get(key, ("<none>", ""))
        if b[0] != a[0]:
            out.writerow((*key, b[0], a[0], (a[1] or b[1]).replace("\n", " ")[:400]))
    for name, rows in (("main", before), ("branch", after)):
        k, n = sum(1 for v in rows.values() if not v[0]), len(rows)
        lo, hi = wilson(k, n)
        print(f"# {name}: posts without organisation {k}/{n} = {k / n:.4f} [{lo:.4f}, {hi:.4f}]", file=sys.stderr)
    orgs = [set(open(f"{stem}_{v}.organizations.csv", encoding="utf-8").read().splitlines()) for v in ("main", "br")]
    for line in sorted(orgs[0] - orgs[1]):
        print("# org row only on main:", line, file=sys.stderr)
    for line in sorted(orgs[1] - orgs[0]):
        print("# org row only on branch:", line, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
