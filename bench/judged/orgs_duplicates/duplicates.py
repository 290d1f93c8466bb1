"""Duplicate organisations in a built graph: near-identical names grouped, a seeded sample of pairs judged.

    .venv/bin/python bench/judged/orgs_duplicates/duplicates.py measure GRAPH.ttl
    .venv/bin/python bench/judged/orgs_duplicates/duplicates.py sample GRAPH.ttl --seed 15 --out bench/judged/orgs_duplicates/before
    .venv/bin/python bench/judged/orgs_duplicates/duplicates.py score bench/judged/orgs_duplicates/before
    .venv/bin/python bench/judged/orgs_duplicates/duplicates.py merges GRAPH.ttl --seed 15 --out bench/judged/orgs_duplicates/after

Two organisation nodes are *near-identical* (a candidate pair) when their parents agree (the same parent,
one the other's ancestor, or one of them without a parent) and their Thai names are

- ``spelling``: one and the same once spaces, dots and other punctuation are dropped (``match_key``:
  ``สำนักงาน ก.พ.ร.`` / ``สำนักงาน กพร``);
- ``one letter``: one edit apart (a letter added, dropped, changed, two swapped: ``resolve.one_edit``),
  a digit excepted (``เขต 1`` / ``เขต 2`` are two units by their numbers, never a variant);
- ``short form``: one node's name is the other's abbreviation (``tgk:abbreviation``) or the other's name
  followed by its parent's name (``กองคลัง`` under กรมประมง / ``กองคลัง กรมประมง``).

Pairs with unrelated parents (every department has its ``กองคลัง``) are not candidates. The pairs make
groups; in each group the node named in most articles is the *main* node and every other one a
*variant*. ``sample`` draws variants in a seeded order (bench/judged/sampling.py) with a sentence of
each from ``schema:mentions``; the judge writes ``same`` (one body) or ``other`` in ``verdict``, and
``score`` gives

    duplicate organisations ≈ variants × (judged same / judged) / organisation nodes,

with the 95 % Wilson interval of the judged share carried through. Variants two edits away, or under
unrelated parents, are not counted: the figure is a lower bound of what a reader would find.
``merges`` draws the organisation merges of the build report (``"kind": "organization"``) for the
judge to say whether each joined one body (``ok``) or two (``wrong``).
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from sampling import draw, duplicates_parser, first, score_merges, score_variants, write  # noqa: E402  (bench/judged/sampling.py)

from thaigovkg.normalize import match_key  # noqa: E402  (how the product compares names)
from thaigovkg.resolve import one_edit  # noqa: E402  (the resolver's own test of two spellings)

ORG_PREFIX = "https://w3id.org/thaigovkg/id/org/"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ORGANIZATION = "http://www.w3.org/ns/org#Organization"
LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
PARENT = "http://www.w3.org/ns/org#subOrganizationOf"
ABBREVIATION = "https://w3id.org/thaigovkg/ontology#abbreviation"
MENTIONS = "https://schema.org/mentions"
TEXT = "https://schema.org/text"
PART_OF = "https://schema.org/isPartOf"
POST_IN = "http://www.w3.org/ns/org#postIn"
FIELDS = ("id", "how", "variant", "variant_parent", "variant_articles", "main", "main_parent", "main_articles",
          "variant_sentence", "main_sentence", "verdict", "reason")
MERGE_FIELDS = ("id", "kept", "merged", "reason", "kept_sentence", "merged_sentence", "verdict", "note")
SIZE = 60


class Organizations:
    """The organisations of a graph: names, parents, abbreviations, the sentences naming them (one streaming read)."""

    def __init__(self, path: Path):
        import pyoxigraph

        self.names: dict[str, str] = {}
        self.parent: dict[str, str] = {}
        self.abbreviations: dict[str, set[str]] = defaultdict(set)
        self.sentences: dict[str, set[str]] = defaultdict(set)     # organisation → sentences naming it
        self.posts: dict[str, int] = defaultdict(int)
        orgs: set[str] = set()
        text: dict[str, str] = {}
        article: dict[str, str] = {}
        fmt = pyoxigraph.RdfFormat.TURTLE if path.suffix == ".ttl" else pyoxigraph.RdfFormat.N_TRIPLES
        for quad in pyoxigraph.parse(path=str(path), format=fmt):
            s, p, o = quad.subject.value, quad.predicate.value, quad.object
            if p == MENTIONS and o.value.startswith(ORG_PREFIX):
                self.sentences[o.value].add(s)
            elif p == TEXT and "/sentence/" in s:
                text[s] = o.value
            elif p == PART_OF and "/sentence/" in s:
                article[s] = o.value
            elif not s.startswith(ORG_PREFIX):
                if p == POST_IN:
                    self.posts[o.value] += 1
            elif p == TYPE and o.value == ORGANIZATION:
                orgs.add(s)
            elif p == LABEL and getattr(o, "language", None) == "th":
                self.names[s] = o.value
            elif p == PARENT:
                self.parent[s] = o.value
            elif p == ABBREVIATION:
                self.abbreviations[s].add(o.value)
        self.names = {node: name for node, name in self.names.items() if node in orgs}
        self.text = {s: text[s] for nodes in self.sentences.values() for s in nodes if s in text}
        self.articles = {node: {article.get(s, s) for s in sentences} for node, sentences in self.sentences.items()}

    def weight(self, node: str) -> tuple[int, str]:
        return (-len(self.articles.get(node, ())), node)

    def ancestors(self, node: str) -> list[str]:
        chain, seen = [], {node}
        while (node := self.parent.get(node)) and node not in seen:
            chain.append(node)
            seen.add(node)
        return chain

    def parents_agree(self, a: str, b: str) -> bool:
        """The same parent, one the other's ancestor (or the other itself), or one without a parent."""
        pa, pb = self.parent.get(a), self.parent.get(b)
        if pa is None or pb is None or pa == pb:
            return a not in self.ancestors(b) and b not in self.ancestors(a)
        return pa in self.ancestors(b) or pb in self.ancestors(a)


def _digit_apart(a: str, b: str) -> bool:
    """Two names that differ in a digit (or a number added): numbered units, never one body."""
    return re.findall(r"\d+", a) != re.findall(r"\d+", b)


def near_pairs(orgs: Organizations) -> list[tuple[str, str, str]]:
    """(how, node, node): the candidate pairs of near-identical organisation names whose parents agree."""
    keys = {node: match_key(name) for node, name in orgs.names.items()}
    by_key: dict[str, list[str]] = defaultdict(list)
    for node, key in sorted(keys.items()):
        by_key[key].append(node)
    pairs: list[tuple[str, str, str]] = []
    for nodes in by_key.values():
        pairs += [("spelling", a, b) for i, a in enumerate(nodes) for b in nodes[i + 1:]]
    # one edit: names of one length ±1 that share their first three letters or their last three
    buckets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, nodes in by_key.items():
        buckets[("head", key[:3])].append(key)
        buckets[("tail", key[-3:])].append(key)
    seen: set[tuple[str, str]] = set()
    for found in buckets.values():
        found.sort(key=len)
        for i, a in enumerate(found):
            for b in found[i + 1:]:
                if len(b) - len(a) > 1:
                    break
                if (a, b) in seen or not one_edit(a, b) or _digit_apart(a, b):
                    continue
                seen.add((a, b))
                pairs += [("one letter", x, y) for x in by_key[a] for y in by_key[b]]
    # short forms: a name that is another node's abbreviation, or another's name with its parent's after it
    for node, abbreviations in sorted(orgs.abbreviations.items()):
        for abbreviation in abbreviations:
            pairs += [("short form", node, other) for other in by_key.get(match_key(abbreviation), ()) if other != node]
    for node, key in sorted(keys.items()):
        parent = orgs.parent.get(node)
        if parent in keys:
            pairs += [("short form", node, other) for other in by_key.get(key + keys[parent], ()) if other != node]
    return [(how, a, b) for how, a, b in pairs if orgs.parents_agree(a, b)]


def variants(orgs: Organizations) -> dict[str, tuple[str, str]]:
    """Every variant → (the main node of its group, how it was first joined to the group)."""
    parent: dict[str, str] = {}
    how_joined: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.get(node, node) != node:
            node = parent[node]
        return node
    for how, a, b in near_pairs(orgs):
        how_joined.setdefault(a, how)
        how_joined.setdefault(b, how)
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for node in orgs.names:
        groups[root(node)].append(node)
    found = {}
    for members in groups.values():
        if len(members) > 1:
            main = min(members, key=orgs.weight)
            found.update({node: (main, how_joined[node]) for node in members if node != main})
    return found


def measure(orgs: Organizations) -> dict:
    found = variants(orgs)
    pairs = near_pairs(orgs)
    return {"organizations": len(orgs.names), "variants": len(found),
            "variants_share": round(len(found) / max(1, len(orgs.names)), 4),
            "variants_by_kind": dict(sorted(defaultdict(int, {how: sum(1 for _, h in found.values() if h == how)
                                                              for how in {h for _, h in found.values()}}).items())),
            "pairs": {how: sum(1 for h, *_ in pairs if h == how) for how in ("spelling", "one letter", "short form")}}


def sentence(orgs: Organizations, node: str, seed: int) -> str:
    texts = sorted(orgs.text[s] for s in orgs.sentences.get(node, ()) if s in orgs.text)
    return min(texts, key=lambda t: draw(seed, node, t))[:400] if texts else ""


def sample(orgs: Organizations, seed: int, size: int = SIZE) -> list[dict]:
    found = variants(orgs)
    rows = []
    for number, node in enumerate(first(seed, "variant", sorted(found), size), 1):
        main, how = found[node]
        rows.append({"id": f"v{number:03d}", "how": how, "variant": orgs.names[node],
                     "variant_parent": orgs.names.get(orgs.parent.get(node, ""), ""),
                     "variant_articles": len(orgs.articles.get(node, ())), "main": orgs.names[main],
                     "main_parent": orgs.names.get(orgs.parent.get(main, ""), ""),
                     "main_articles": len(orgs.articles.get(main, ())),
                     "variant_sentence": sentence(orgs, node, seed), "main_sentence": sentence(orgs, main, seed),
                     "verdict": "", "reason": ""})
    return rows


def score(folder: Path) -> dict:
    return score_variants(folder, "organizations")


def merge_sample(orgs: Organizations, report: Path, seed: int, size: int = 40) -> list[dict]:
    """A seeded sample of the organisation merges of a build report, with a sentence of the kept node
    (its sentences hold every spelling once merged: the one with the merged spelling is shown beside it)."""
    merges = [row for row in map(json.loads, report.read_text(encoding="utf-8").splitlines())
              if row.get("status") == "merge" and row.get("kind") == "organization"]
    by_into = {row["into"]: row for row in merges}
    rows = []
    for number, into in enumerate(first(seed, "merge", sorted(by_into), size), 1):
        row = by_into[into]
        texts = sorted(orgs.text[s] for s in orgs.sentences.get(into, ()) if s in orgs.text)
        kept = orgs.names.get(into, "")
        merged = row["reason"].split(": ")[0]

        def example(name: str) -> str:
            key = match_key(name)
            found = [t for t in texts if key and key in match_key(t)]
            return min(found, key=lambda t: draw(seed, into, t))[:400] if found else ""
        rows.append({"id": f"m{number:03d}", "kept": kept, "merged": merged, "reason": row["reason"],
                     "kept_sentence": example(kept), "merged_sentence": example(merged.split(" / ")[0]),
                     "verdict": "", "note": ""})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = duplicates_parser(__doc__.split("\n\n")[0], "organisations", SIZE)
    args = parser.parse_args(argv)
    if args.verb == "score":
        figures = score(args.folder) if (args.folder / "variants.csv").exists() else {}
        if (args.folder / "merges.csv").exists():
            figures["merges"] = score_merges(args.folder)
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    orgs = Organizations(args.graph)
    if args.verb == "merges":
        args.out.mkdir(parents=True, exist_ok=True)
        report = args.report or args.graph.with_name(args.graph.name.removesuffix(".ttl") + ".report.jsonl")
        write(args.out / "merges.csv", MERGE_FIELDS, merge_sample(orgs, report, args.seed, args.size))
        return 0
    figures = measure(orgs)
    if args.verb == "measure":
        print(json.dumps(figures, ensure_ascii=False, indent=1))
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "SEED").write_text(f"seed {args.seed}\ngraph {args.graph.name}\n", encoding="utf-8")
    (args.out / "measure.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write(args.out / "variants.csv", FIELDS, sample(orgs, args.seed, args.size))
    print(json.dumps(figures, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
