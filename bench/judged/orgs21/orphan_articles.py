"""The corpus ids of the articles whose sentences mention a state body without a parent (schools aside) in a
built graph: the articles a change to those bodies can affect. python orphan_articles.py GRAPH.ttl > ids"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from judge import Graph, TOP, SCHOOL, OUTSIDE, SCHEMA
g = Graph(Path(sys.argv[1]))
orphans = [o for o in g.names if o not in g.parent and not (g.classes[o] & (TOP | OUTSIDE | {SCHOOL}))]
ids = set()
for o in orphans:
    for row in g.select(f"SELECT ?a WHERE {{ ?s <{SCHEMA}mentions> <{o}> ; <{SCHEMA}isPartOf> ?a }}"):
        ids.add(row[0])
    print(g.names[o], file=sys.stderr)
for a in sorted(ids):
    print(a)
