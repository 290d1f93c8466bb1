"""Duplicate people in a built graph: near-identical names grouped, a seeded sample of variants judged.

    .venv/bin/python bench/judged/people/duplicates.py measure GRAPH.ttl
    .venv/bin/python bench/judged/people/duplicates.py sample GRAPH.ttl --seed 15 --out bench/judged/people/before
    .venv/bin/python bench/judged/people/duplicates.py score bench/judged/people/before
    .venv/bin/python bench/judged/people/duplicates.py merges GRAPH.ttl --seed 15 --out bench/judged/people/after

Two person nodes are *near-identical* when their names are one and the same once spaces and dots are
dropped (the space between given name and surname put elsewhere: ``ประยุทธ์จันทร์ โอชา``), or when one
part is the same and the other one edit apart (a letter added, dropped, changed or two swapped:
``โอภาส การย์กวินพงศ์`` / ``…พงษ์``, ``ทาวัน`` / ``ทาวัณ``). The near-identical pairs make groups; in each
group the node named in most articles is the *main* node and every other one a *variant*. A variant is
a duplicate when it is the same person as the main node; ``sample`` draws variants in a seeded order
(bench/judged/sampling.py) with a sentence of each from ``schema:mentions``, the judge writes ``same`` or
``other`` in ``verdict``, and ``score`` gives

    duplicate people ≈ variants × (judged same / judged) / person nodes,

with the 95 % Wilson interval of the judged share carried through. ``merges`` draws, the same way, the
person merges the build report lists (``GRAPH.report.jsonl``) with a sentence of each spelling, for the
judge to say whether each merge joined one person (``ok``) or two (``wrong``); ``score`` gives their precision. Variants further than one edit, or
that differ in both parts, are not counted: the figure is a lower bound of what a reader would find.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from sampling import draw, duplicates_parser, first, score_merges, score_variants, write  # noqa: E402  (bench/judged/sampling.py)

from thaigovkg.resolve import one_edit  # noqa: E402  (the resolver's own test of two spellings)

PERSON = "https://w3id.org/thaigovkg/id/person/"
POST = "https://w3id.org/thaigovkg/id/post/"
FOAF_NAME = "http://xmlns.com/foaf/0.1/name"
MENTIONS = "https://schema.org/mentions"
TEXT = "https://schema.org/text"
PART_OF = "https://schema.org/isPartOf"
HELD_BY = "http://www.w3.org/ns/org#heldBy"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
FIELDS = ("id", "variant", "variant_articles", "main", "main_articles", "variant_posts", "main_posts",
          "variant_sentence", "main_sentence", "verdict", "reason")
SIZE = 60
MERGE_FIELDS = ("id", "kept", "merged", "reason", "kept_sentence", "merged_sentences", "verdict", "note")


class People:
    """The people of a graph: names, the articles and sentences naming them, their posts (one streaming read)."""

    def __init__(self, path: Path):
        import pyoxigraph

        self.names: dict[str, str] = {}
        self.sentences: dict[str, set[str]] = defaultdict(set)     # person → sentences naming them
        held: dict[str, str] = {}
        labels: dict[str, str] = {}
        text: dict[str, str] = {}
        article: dict[str, str] = {}
        fmt = pyoxigraph.RdfFormat.TURTLE if path.suffix == ".ttl" else pyoxigraph.RdfFormat.N_TRIPLES
        for quad in pyoxigraph.parse(path=str(path), format=fmt):
            s, p, o = quad.subject.value, quad.predicate.value, quad.object.value
            if p == MENTIONS and o.startswith(PERSON):
                self.sentences[o].add(s)
            elif p == TEXT and "/sentence/" in s:
                text[s] = o
            elif p == PART_OF and "/sentence/" in s:
                article[s] = o
            elif p == FOAF_NAME and s.startswith(PERSON):
                self.names[s] = o
            elif p == HELD_BY and s.startswith(POST):
                held[s] = o
            elif p == LABEL and s.startswith(POST):
                labels[s] = o
        self.text = {s: text[s] for nodes in self.sentences.values() for s in nodes if s in text}
        self.articles = {node: {article.get(s) for s in sentences} for node, sentences in self.sentences.items()}
        self.posts: dict[str, set[str]] = defaultdict(set)
        for post, person in held.items():
            if post in labels:
                self.posts[person].add(labels[post])

    def weight(self, node: str) -> tuple[int, str]:
        return (-len(self.articles.get(node, ())), node)


def near_pairs(names: dict[str, str]) -> list[tuple[str, str, str]]:
    """(how, node, node): the near-identical pairs of a name table."""
    pairs = []
    by_given, by_family, compact = defaultdict(list), defaultdict(list), defaultdict(list)
    for node, name in sorted(names.items()):
        given, _, family = name.partition(" ")
        by_given[given].append((family, node))
        if family:
            by_family[family].append((given, node))
        compact[re.sub(r"[\s.]", "", name)].append(node)
    for how, groups in (("surname one edit", by_given), ("given name one edit", by_family)):
        for items in groups.values():
            for i, (part, node) in enumerate(items):
                for other, node2 in items[i + 1:]:
                    if part and other and one_edit(part, other):
                        pairs.append((how, node, node2))
    for nodes in compact.values():
        pairs += [("spacing", a, b) for i, a in enumerate(nodes) for b in nodes[i + 1:]]
    return pairs


def variants(people: People) -> dict[str, str]:
    """Every variant → the main node of its group (the one named in most articles)."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.get(node, node) != node:
            node = parent[node]
        return node
    for _, a, b in near_pairs(people.names):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for node in people.names:
        groups[root(node)].append(node)
    found = {}
    for members in groups.values():
        if len(members) > 1:
            main = min(members, key=people.weight)
            found.update({node: main for node in members if node != main})
    return found


def measure(people: People) -> dict:
    found = variants(people)
    return {"people": len(people.names), "variants": len(found),
            "variants_share": round(len(found) / max(1, len(people.names)), 4),
            "pairs": dict(sorted({how: sum(1 for h, *_ in near_pairs(people.names) if h == how)
                                  for how in ("spacing", "surname one edit", "given name one edit")}.items()))}


def sentence(people: People, node: str, seed: int) -> str:
    texts = sorted(people.text[s] for s in people.sentences.get(node, ()) if s in people.text)
    return min(texts, key=lambda t: draw(seed, node, t)) if texts else ""


def sample(people: People, seed: int, size: int = SIZE) -> list[dict]:
    found = variants(people)
    rows = []
    for number, node in enumerate(first(seed, "variant", sorted(found), size), 1):
        main = found[node]
        rows.append({"id": f"v{number:03d}", "variant": people.names[node],
                     "variant_articles": len(people.articles.get(node, ())), "main": people.names[main],
                     "main_articles": len(people.articles.get(main, ())),
                     "variant_posts": " | ".join(sorted(people.posts.get(node, ()))[:4]),
                     "main_posts": " | ".join(sorted(people.posts.get(main, ()))[:4]),
                     "variant_sentence": sentence(people, node, seed), "main_sentence": sentence(people, main, seed),
                     "verdict": "", "reason": ""})
    return rows


def score(folder: Path) -> dict:
    return score_variants(folder, "people")


def merge_sample(people: People, report: Path, seed: int, size: int = 40) -> list[dict]:
    """A seeded sample of the person merges of a build report, each with a sentence of each spelling."""
    merges = [row for row in map(json.loads, report.read_text(encoding="utf-8").splitlines())
              if row.get("status") == "merge" and row.get("kind") == "person"]
    by_into = {row["into"]: row for row in merges}
    rows = []
    for number, into in enumerate(first(seed, "merge", sorted(by_into), size), 1):
        row = by_into[into]
        texts = sorted(people.text[s] for s in people.sentences.get(into, ()) if s in people.text)
        kept = people.names.get(into, "")
        spellings = list(dict.fromkeys(name for part in row["reason"].split("; ")        # "A / B: why; C / A: why"
                                       for name in part.split(": ")[0].split(" / ")))

        def example(name: str) -> str:
            found = [t for t in texts if name in t]
            return min(found, key=lambda t: draw(seed, into, t))[:400] if found else ""
        rows.append({"id": f"m{number:03d}", "kept": kept, "merged": " | ".join(spellings), "reason": row["reason"],
                     "kept_sentence": example(kept),
                     "merged_sentences": " || ".join(example(name) for name in spellings if name != kept),
                     "verdict": "", "note": ""})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = duplicates_parser(__doc__.split("\n\n")[0], "people", SIZE)
    args = parser.parse_args(argv)
    if args.verb == "score":
        figures = score(args.folder) if (args.folder / "variants.csv").exists() else {}
        if (args.folder / "merges.csv").exists():
            figures["merges"] = score_merges(args.folder)
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    people = People(args.graph)
    if args.verb == "merges":
        args.out.mkdir(parents=True, exist_ok=True)
        report = args.report or args.graph.with_suffix(".report.jsonl")
        write(args.out / "merges.csv", MERGE_FIELDS, merge_sample(people, report, args.seed, args.size))
        return 0
    figures = measure(people)
    if args.verb == "measure":
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "SEED").write_text(f"seed {args.seed}\ngraph {args.graph}\n", encoding="utf-8")
    (args.out / "measure.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write(args.out / "variants.csv", FIELDS, sample(people, args.seed, args.size))
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
