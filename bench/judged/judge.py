"""Seeded samples of the full-corpus graph for judging by hand, and the figures the judgements give.

    .venv/bin/python bench/judged/judge.py measure GRAPH.ttl
    .venv/bin/python bench/judged/judge.py sample GRAPH.ttl --seed 15 --out bench/judged/after [--carry bench/judged/before]
    .venv/bin/python bench/judged/judge.py score bench/judged/after

``measure`` counts what needs no judgement: organisation nodes, learned ones, posts without an
organisation, government nodes without a parent that are neither ministries nor independent bodies
(listed; public schools, which may stand without one, also counted apart), and the ten largest branches (the state organisations with the most direct children).

``sample`` draws, with a fixed seed, the items to judge (each item's place in the random order is a hash
of the seed and the item alone, so an item that a later build still has stays in the sample; the
``before`` folder was drawn with Python's ``random.sample`` under the same seed, the version of this
script in commit da3857d) and writes them as CSV with the sentence each
node was read from (``schema:mentions``): ``learned_units.csv`` (learned government units: name and
parent right?), ``learned_outside.csv`` (learned bodies outside the state: name right and kept out of
the state?) and ``branches.csv`` (40 direct children of each of the ten largest branches: name right
and under the right parent?). The ``verdict`` column is left for the judge: ``ok`` or ``wrong``, and
``reason`` says why in a line. With ``--carry`` the verdicts of an earlier folder are copied onto
items with the same name, parent, classes and sentence (what the judge sees, so the judgement could not differ).

``score`` prints each file's precision with its 95 % Wilson interval.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent))
from sampling import draw, first, read, wilson, write  # noqa: E402  (bench/judged/sampling.py)

TGK = "https://w3id.org/thaigovkg/ontology#"
ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ID_ORG = "https://w3id.org/thaigovkg/id/org/"
# Classes of bodies outside the state (companies, foundations, associations …): never under a ministry.
# (org:FormalOrganization alone: how graphs built before the ontology's tgk:NonStateOrganization typed companies)
OUTSIDE = {TGK + "NonStateOrganization", ORG + "FormalOrganization"}
# Classes allowed to stand at the top: ministries, independent bodies (courts among them, tests/ANNOTATION.md)
# and top-level committees.
TOP = {TGK + "Ministry", TGK + "IndependentAgency", TGK + "Committee", TGK + "Court"}
# A public school may stand without a parent: the ontology gives it at most one (the office that runs it, where the
# text says), tests/ANNOTATION.md null otherwise. Counted apart, so the orphan count still finds the errors it is for.
SCHOOL = TGK + "School"
FIELDS = ("id", "iri", "name", "parent", "parent_name", "classes", "sentence", "verdict", "reason")
SIZES = {"learned_units": 120, "learned_outside": 40, "branch": 40}


class Graph:
    """The organisations and posts of a built graph, read once with pyoxigraph."""

    def __init__(self, path: Path):
        import pyoxigraph

        store = pyoxigraph.Store()
        fmt = pyoxigraph.RdfFormat.TURTLE if path.suffix == ".ttl" else pyoxigraph.RdfFormat.N_TRIPLES
        store.bulk_load(path=str(path), format=fmt)
        self.store = store
        self.names: dict[str, str] = {}
        self.classes: dict[str, set[str]] = defaultdict(set)
        self.parent: dict[str, str] = {}
        for row in self.select(f"""SELECT ?o ?n WHERE {{ ?o a <{ORG}Organization> ; <{SKOS}prefLabel> ?n .
                                   FILTER(lang(?n) = "th") }}"""):
            self.names[row[0]] = row[1]
        for row in self.select(f"SELECT ?o ?c WHERE {{ ?o a <{ORG}Organization> ; a ?c }}"):
            self.classes[row[0]].add(row[1])
        for row in self.select(f"SELECT ?o ?p WHERE {{ ?o <{ORG}subOrganizationOf> ?p }}"):
            self.parent[row[0]] = row[1]
        self.children: dict[str, list[str]] = defaultdict(list)
        for child, parent in self.parent.items():
            self.children[parent].append(child)

    def select(self, query: str) -> list[tuple[str, ...]]:
        return [tuple(term.value for term in solution) for solution in self.store.query(query)]

    def sentences(self, node: str) -> list[str]:
        rows = self.select(f"SELECT ?t WHERE {{ ?s <{SCHEMA}mentions> <{node}> ; <{SCHEMA}text> ?t }}")
        return sorted(row[0] for row in rows)

    def outside(self, node: str) -> bool:
        return bool(self.classes[node] & OUTSIDE)

    def learned(self, node: str) -> bool:
        return node.startswith(ID_ORG + "x-")



def measure(graph: Graph) -> dict:
    orgs = list(graph.names)
    learned = [o for o in orgs if graph.learned(o)]
    state = [o for o in orgs if not graph.outside(o)]
    orphans = sorted(o for o in state if o not in graph.parent and not graph.classes[o] & TOP)
    schools = [o for o in orphans if SCHOOL in graph.classes[o]]
    posts = graph.select(f"SELECT ?p (BOUND(?o) AS ?has) WHERE {{ ?p a <{ORG}Post> OPTIONAL {{ ?p <{ORG}postIn> ?o }} }}")
    without = sum(1 for _, has in posts if has != "true")
    branches = largest_branches(graph)
    outside_under_state = sorted(o for o in orgs if graph.outside(o) and o in graph.parent
                                 and not graph.outside(graph.parent[o]))
    return {
        "organisations": len(orgs), "learned": len(learned),
        "learned_state": sum(1 for o in learned if not graph.outside(o)),
        "learned_outside": sum(1 for o in learned if graph.outside(o)),
        "state": len(state), "state_without_parent": len(orphans),
        "state_without_parent_share": round(len(orphans) / max(1, len(state)), 4),
        "state_without_parent_list": [graph.names[o] for o in orphans],
        "schools_without_parent": len(schools),
        "state_without_parent_besides_schools": len(orphans) - len(schools),
        "state_without_parent_besides_schools_share": round((len(orphans) - len(schools)) / max(1, len(state) - len(schools)), 4),
        "outside_under_state": [graph.names[o] for o in outside_under_state],
        "posts": len(posts), "posts_without_org": without, "posts_without_org_share": round(without / max(1, len(posts)), 4),
        "largest_branches": [(graph.names.get(b, b), len(graph.children[b])) for b in branches],
    }


def largest_branches(graph: Graph, count: int = 10) -> list[str]:
    sizes = Counter({parent: len(kids) for parent, kids in graph.children.items() if not graph.outside(parent)})
    return [parent for parent, _ in sorted(sizes.items(), key=lambda item: (-item[1], item[0]))[:count]]



def row_for(graph: Graph, node: str, seed: int) -> dict:
    sentences = graph.sentences(node)
    parent = graph.parent.get(node, "")
    return {"id": "", "iri": node.removeprefix(ID_ORG), "name": graph.names[node],
            "parent": parent.removeprefix(ID_ORG), "parent_name": graph.names.get(parent, ""),
            "classes": " ".join(sorted(c.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for c in graph.classes[node])),
            "sentence": min(sentences, key=lambda s: draw(seed, node, s)) if sentences else "",
            "verdict": "", "reason": ""}



def sample(graph: Graph, seed: int) -> dict[str, list[dict]]:
    learned = sorted(o for o in graph.names if graph.learned(o))
    state = [o for o in learned if not graph.outside(o)]
    outside = [o for o in learned if graph.outside(o)]
    files: dict[str, list[dict]] = {}
    files["learned_units"] = [row_for(graph, o, seed) for o in first(seed, "learned_units", state, SIZES["learned_units"])]
    files["learned_outside"] = [row_for(graph, o, seed) for o in first(seed, "learned_outside", outside, SIZES["learned_outside"])]
    rows = []
    for branch in largest_branches(graph):
        for kid in first(seed, "branch " + branch, sorted(graph.children[branch]), SIZES["branch"]):
            rows.append(row_for(graph, kid, seed))
    files["branches"] = rows
    for name, items in files.items():
        for number, row in enumerate(items, 1):
            row["id"] = f"{name[0]}{number:03d}"
    return files




def carry(rows: list[dict], earlier: list[dict]) -> int:
    """Copy the verdicts of identical items (name, parent's name, kind, sentence) judged before: what the
    judge sees is the same, so the judgement could not differ (a learned node's key may have changed)."""
    def seen(r: dict) -> tuple:
        return r["name"], r["parent_name"], r["classes"], r["sentence"]
    known = {seen(r): r for r in earlier if r.get("verdict")}
    carried = 0
    for row in rows:
        old = known.get(seen(row))
        if old and not row["verdict"]:
            row["verdict"], row["reason"] = old["verdict"], old["reason"]
            carried += 1
    return carried


def score(folder: Path) -> dict:
    figures = {}
    for path in sorted(folder.glob("*.csv")):
        rows = read(path)
        groups = {"all": rows}
        if path.stem == "branches":
            for row in rows:
                groups.setdefault(row["parent_name"], []).append(row)
        for label, items in groups.items():
            judged = [r for r in items if r["verdict"] in ("ok", "wrong")]
            hits = sum(r["verdict"] == "ok" for r in judged)
            low, high = wilson(hits, len(judged))
            figures[f"{path.stem}:{label}"] = {"n": len(judged), "ok": hits, "unjudged": len(items) - len(judged),
                                               "precision": round(hits / max(1, len(judged)), 3),
                                               "wilson95": [round(low, 3), round(high, 3)]}
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="verb", required=True)
    m = sub.add_parser("measure", help="counts that need no judgement")
    m.add_argument("graph", type=Path)
    m.add_argument("--json", type=Path)
    s = sub.add_parser("sample", help="seeded samples to judge, as CSV")
    s.add_argument("graph", type=Path)
    s.add_argument("--seed", type=int, default=15)
    s.add_argument("--out", type=Path, required=True)
    s.add_argument("--carry", type=Path, help="a folder of earlier judgements to copy onto identical items")
    c = sub.add_parser("score", help="precision and 95 %% Wilson interval of each judged file")
    c.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.verb == "score":
        for label, figure in score(args.folder).items():
            print(f"{label:60} {figure['ok']:4}/{figure['n']:<4} {figure['precision']:.3f}  "
                  f"[{figure['wilson95'][0]:.3f}, {figure['wilson95'][1]:.3f}]"
                  + (f"  ({figure['unjudged']} unjudged)" if figure["unjudged"] else ""))
        return 0
    graph = Graph(args.graph)
    if args.verb == "measure":
        figures = measure(graph)
        text = json.dumps(figures, ensure_ascii=False, indent=1)
        if args.json:
            args.json.write_text(text + "\n", encoding="utf-8")
        brief = {k: v for k, v in figures.items() if not k.endswith("_list") and k != "outside_under_state"}
        print(json.dumps(brief, ensure_ascii=False, indent=1))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "SEED").write_text(f"{args.seed}\n{args.graph.name}\n", encoding="utf-8")
    for name, rows in sample(graph, args.seed).items():
        if args.carry and (args.carry / f"{name}.csv").exists():
            print(f"{name}: {carry(rows, read(args.carry / f'{name}.csv'))} verdicts carried", file=sys.stderr)
        write(args.out / f"{name}.csv", FIELDS, rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
