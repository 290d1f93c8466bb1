"""The named graphs of a store of main (article graphs in RocksDB) against this branch's (article graphs from
the ledger, ``store.article_quads``): the same (triple, graph) pairs.

    PYTHONPATH=src python bench/store22/same_graphs.py MAIN_STORE BRANCH_STORE
"""
import hashlib
import sys

import pyoxigraph as ox

from thaigovkg.store import article_quads


def digests(quads) -> set[bytes]:
    return {hashlib.blake2b(f"{q.triple} {q.graph_name}".encode(), digest_size=12).digest() for q in quads
            if not isinstance(q.graph_name, ox.DefaultGraph)}


main = digests(ox.Store.read_only(sys.argv[1]).quads_for_pattern(None, None, None, None))
branch = digests(article_quads(sys.argv[2]))
print(f"main: {len(main):,} named-graph quads; branch: {len(branch):,}; equal: {main == branch} "
      f"(only main {len(main - branch)}, only branch {len(branch - main)})")
