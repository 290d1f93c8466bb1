"""The default graph of store folders against a Turtle file: triple sets equal (printed: counts, differences).

    python bench/store22/same_graph.py FILE.ttl STORE [STORE ...]
"""
import sys

import pyoxigraph as ox

wanted = {str(t) for t in ox.parse(path=sys.argv[1], format=ox.RdfFormat.TURTLE)}
print(f"{sys.argv[1]}: {len(wanted):,} triples")
for folder in sys.argv[2:]:
    store = ox.Store.read_only(folder)
    got = {str(q.triple) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    named = sum(1 for _ in store.named_graphs())
    print(f"{folder}: {len(got):,} triples in the default graph, {named} named graphs; "
          f"equal to the file: {got == wanted} (only in the store {len(got - wanted)}, only in the file "
          f"{len(wanted - got)})")
    for line in sorted(got ^ wanted)[:5]:
        print("  differs:", line[:200])
