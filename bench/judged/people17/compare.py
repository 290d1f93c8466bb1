"""People and (person, position) recall and precision of a build against the hand gold of this folder.

    PYTHONPATH=src .venv/bin/python bench/judged/people17/compare.py rows ARTICLES_DIR KEEP.txt OUT.tsv
    .venv/bin/python bench/judged/people17/compare.py score bench/judged/people17/fresh.gold OUT.tsv [-v]

``rows`` extracts every article named in KEEP.txt (first tab-separated column) and writes
file, person, position (empty for the person's own row). ``score`` matches them against a
``.gold`` file (``file|name|variants;…|position;…``; a name's variants count as the name) after
the scorer's string form (NFC, no spaces or quotes), and prints recall and precision with 95 %
Wilson intervals; -v lists the misses and the extras.
"""
from __future__ import annotations

import math
import re
import sys
import unicodedata
from pathlib import Path


def norm(value: str) -> str:
    text = unicodedata.normalize("NFC", value).casefold().replace("\u0e40\u0e40", "\u0e41").replace("\u200b", "")
    return re.sub(r"[\s\"'“”‘’]+", "", text).rstrip(".")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    if n == 0:
        return 0.0, 0.0
    p = k / n
    d, c = 1 + z * z / n, p + z * z / (2 * n)
    r = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (c - r) / d, (c + r) / d


def rows(folder: str, keep: str, out: str) -> None:
    from thaigovkg.article import read_article
    from thaigovkg.extract import extract_article
    with open(out, "w", encoding="utf-8") as handle:
        for line in open(keep, encoding="utf-8"):
            name = line.split("\t")[0].strip()
            if not name:
                continue
            extraction = extract_article(read_article(Path(folder) / name))
            for person in extraction.people:
                handle.write(f"{name}\t{person}\t\n")
            for post in extraction.posts:
                handle.write(f"{name}\t{post.person}\t{post.title}\n")


def score(gold_file: str, rows_file: str, verbose: bool) -> None:
    gold_people, gold_posts, alias, files = set(), set(), {}, set()
    for line in open(gold_file, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        file, name, variants, posts = line.rstrip("\n").split("|")
        files.add(file)
        if not name:
            continue
        gold_people.add((file, norm(name)))
        for variant in filter(None, variants.split(";")):
            alias[(file, norm(variant))] = norm(name)
        for post in filter(None, posts.split(";")):
            gold_posts.add((file, norm(name), norm(post)))
    people, posts = set(), set()
    for line in open(rows_file, encoding="utf-8"):
        file, name, post = line.rstrip("\n").split("\t")
        if file in files:
            name = alias.get((file, norm(name)), norm(name))
            (posts.add((file, name, norm(post))) if post else people.add((file, name)))
    for label, gold, found in (("people", gold_people, people), ("positions", gold_posts, posts)):
        hit = len(gold & found)
        (lo, hi), (plo, phi) = wilson(hit, len(gold)), wilson(hit, len(found))
        print(f"{label}: recall {hit}/{len(gold)} = {hit / max(1, len(gold)):.3f} [{lo:.3f}, {hi:.3f}]  "
              f"precision {hit}/{len(found)} = {hit / max(1, len(found)):.3f} [{plo:.3f}, {phi:.3f}]")
        if verbose:
            for row in sorted(gold - found):
                print("  MISS", *row)
            for row in sorted(found - gold):
                print("  EXTRA", *row)


if __name__ == "__main__":
    if sys.argv[1] == "rows":
        rows(*sys.argv[2:5])
    else:
        score(sys.argv[2], sys.argv[3], "-v" in sys.argv)
