"""Fund nodes of a built graph (a Thai label starting กองทุน / ทุนหมุนเวียน / เงินทุนหมุนเวียน), with their parent and
classes, and the state bodies without a parent besides schools (judge.py's measure). python fund_nodes.py GRAPH.ttl"""
import re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from judge import Graph, TOP, SCHOOL, OUTSIDE
g = Graph(Path(sys.argv[1]))
funds = {o: n for o, n in g.names.items() if re.match(r"(?:กองทุน|(?:เงิน)?ทุนหมุนเวียน)", n)}
short = lambda c: {x.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for x in c}
placed = sum(o in g.parent for o in funds)
print(f"fund nodes {len(funds)}, with a parent {placed}, state {sum(not (g.classes[o] & OUTSIDE) for o in funds)}")
for o, n in sorted(funds.items(), key=lambda x: x[1]):
    p = g.parent.get(o)
    print(f"  {n}\t{g.names.get(p, '-') if p else '-'}\t{','.join(sorted(short(g.classes[o]) - {'Organization'}))}")
