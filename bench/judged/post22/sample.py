"""A seeded sample of posts without an organisation (``unorged.py``'s rows): the posts drawn uniformly (a seeded shuffle
of their sorted ids), each with one of its mentions drawn by the same generator; posts whose ids are in the CSVs given
with --drop skipped.

    python bench/judged/post22/sample.py unorged.tsv SEED N [--drop CSV ...] > sample.tsv
"""
from __future__ import annotations

import csv
import random
import sys

csv.field_size_limit(10**8)
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
seed, n = int(sys.argv[2]), int(sys.argv[3])
drop = set()
if "--drop" in sys.argv:
    for path in sys.argv[sys.argv.index("--drop") + 1:]:
        drop |= {r["post"] for r in csv.DictReader(open(path, encoding="utf-8"))}
mentions = {}
for row in rows:
    if row[2]:
        mentions.setdefault(row[0], []).append(row)
generator = random.Random(seed)
posts = sorted(set(mentions) - drop)
generator.shuffle(posts)
out = csv.writer(sys.stdout, delimiter="\t")
for post in posts[:n]:
    out.writerow(generator.choice(mentions[post]))
