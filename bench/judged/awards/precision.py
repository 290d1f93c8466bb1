"""Precision of the awards and award ceremonies of a built graph, judged by hand from the sentences they were read from.

    .venv/bin/python bench/judged/awards/precision.py sample GRAPH.ttl --seed 16 --out bench/judged/awards/trial
    .venv/bin/python bench/judged/awards/precision.py context bench/judged/awards/trial a007 --corpus CORPUS.jsonl.xz
    .venv/bin/python bench/judged/awards/precision.py score bench/judged/awards/trial

``sample`` draws, with a fixed seed, 120 award conferrals (``tgk:AwardConferral``) and 60 award ceremonies
(``tgk:AwardCeremony``). Each item's place in the random order is a hash of the seed and the item's IRI alone
(as ``bench/judged/judge.py`` draws), so the order is a uniform random permutation that no judgement can move,
and an item a later build still has keeps its place. It writes ``awards.csv`` and ``ceremonies.csv`` with what
the graph states about each item and every sentence that ``schema:mentions`` it, and empty ``verdict`` and
``reason`` columns for the judge.

``context`` prints the article an item was read from (the corpus is read as a stream), for when the sentence
is not enough to judge.

``score`` prints, with the 95 % Wilson interval:

* awards fully right: verdict ``ok`` (every stated field right: programme, year, recipient, branch, category,
  level, work, person);
* awards with recipient and programme right: ``ok`` or ``partial`` (a term, the year or the work wrong);
* ceremonies right: ``ok`` or ``partial`` (a real conferral ceremony of that programme that the article reports,
  with the right date and venue where the graph gives them); ``partial`` marks a year, chair, presenter
  or organiser that is wrong (an organiser counts only where the article says who organised or conferred);
* ceremonies with every field right: ``ok``.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from thaigovkg.article import open_corpus  # noqa: E402  (plain, .xz or .gz)
from sampling import first, read, wilson, write  # noqa: E402  (bench/judged/sampling.py)

PREFIXES = """PREFIX tgk: <https://w3id.org/thaigovkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
ID = "https://w3id.org/thaigovkg/id/"
SIZES = {"awards": 120, "ceremonies": 60}
VERDICTS = ("ok", "partial", "wrong")
AWARD_FIELDS = ("id", "iri", "url", "programme", "year", "recipient", "branch", "category", "level", "work",
                "person", "confidence", "ceremony", "sentences", "verdict", "reason")
CEREMONY_FIELDS = ("id", "iri", "url", "label", "programme", "year", "date", "venue", "chair", "presenters",
                   "organiser", "awards", "sentences", "verdict", "reason")
JOIN = " | "
SENTENCE_JOIN = " ‖ "


class Graph:
    """A built graph, bulk-loaded into an in-memory pyoxigraph store (rdflib is too slow for the full corpus)."""

    def __init__(self, path: Path):
        import pyoxigraph

        self.store = pyoxigraph.Store()
        fmt = pyoxigraph.RdfFormat.TURTLE if path.suffix == ".ttl" else pyoxigraph.RdfFormat.N_TRIPLES
        self.store.bulk_load(path=str(path), format=fmt)

    def values(self, node: str, pattern: str) -> list[str]:
        """The distinct values of ``?v`` in ``pattern`` about ``node`` (written ``?x``), sorted."""
        query = PREFIXES + f"SELECT DISTINCT ?v WHERE {{ BIND(<{node}> AS ?x) {pattern} }}"
        return sorted(solution[0].value for solution in self.store.query(query))

    def nodes(self, cls: str) -> list[str]:
        return sorted(s[0].value for s in self.store.query(PREFIXES + f"SELECT ?x WHERE {{ ?x a {cls} }}"))

    def label(self, node: str, prop: str) -> str:
        """The Thai label of the node at ``prop`` (or its English one, as queries/awards.rq falls back)."""
        thai = self.values(node, f'?x {prop} ?o . ?o skos:prefLabel ?v FILTER(lang(?v) = "th")')
        return JOIN.join(thai or self.values(node, f'?x {prop} ?o . ?o skos:prefLabel ?v FILTER(lang(?v) = "en")'))

    def sentences(self, node: str) -> tuple[str, str]:
        urls = self.values(node, "?s schema:mentions ?x ; schema:isPartOf/schema:url ?v")
        texts = self.values(node, "?s schema:mentions ?x ; schema:text ?v")
        return JOIN.join(urls), SENTENCE_JOIN.join(texts)


def short(iri: str) -> str:
    return iri.removeprefix(ID)


def award_row(graph: Graph, node: str) -> dict:
    url, sentences = graph.sentences(node)
    return {"iri": short(node), "url": url, "programme": graph.label(node, "tgk:programme"),
            "year": JOIN.join(graph.values(node, "?x tgk:programmeYear ?v")),
            "recipient": graph.label(node, "tgk:recipient"), "branch": graph.label(node, "tgk:branch"),
            "category": graph.label(node, "tgk:category"), "level": graph.label(node, "tgk:level"),
            "work": JOIN.join(graph.values(node, "?x tgk:awardedWork/schema:name ?v")),
            "person": JOIN.join(graph.values(node, "?x tgk:honoree/foaf:name ?v")),
            "confidence": JOIN.join(graph.values(node, "?x tgk:confidence ?v")),
            "ceremony": JOIN.join(short(v) for v in graph.values(node, "?x tgk:conferredAt ?v")),
            "sentences": sentences, "verdict": "", "reason": ""}


def ceremony_row(graph: Graph, node: str) -> dict:
    url, sentences = graph.sentences(node)
    return {"iri": short(node), "url": url, "label": JOIN.join(graph.values(node, "?x rdfs:label ?v")),
            "programme": graph.label(node, "tgk:programme"),
            "year": JOIN.join(graph.values(node, "?x tgk:programmeYear ?v")),
            "date": JOIN.join(graph.values(node, "?x schema:startDate ?v")),
            "venue": JOIN.join(graph.values(node, "?x schema:location/schema:name ?v")),
            "chair": JOIN.join(graph.values(node, "?x tgk:presidedBy/foaf:name ?v")),
            "presenters": JOIN.join(graph.values(node, "?x tgk:presenter/foaf:name ?v")),
            "organiser": graph.label(node, "schema:organizer"),
            "awards": str(len(graph.values(node, "?v tgk:conferredAt ?x"))),
            "sentences": sentences, "verdict": "", "reason": ""}




def sample(graph: Graph, seed: int) -> dict[str, list[dict]]:
    files = {
        "awards": [award_row(graph, n) for n in first(seed, "awards", graph.nodes("tgk:AwardConferral"),
                                                       SIZES["awards"])],
        "ceremonies": [ceremony_row(graph, n) for n in first(seed, "ceremonies", graph.nodes("tgk:AwardCeremony"),
                                                              SIZES["ceremonies"])],
    }
    for name, rows in files.items():
        for number, row in enumerate(rows, 1):
            row["id"] = f"{name[0]}{number:03d}"
    return files





MEASURES = {  # label: (file, verdicts that count as right)
    "awards fully right": ("awards", {"ok"}),
    "awards recipient+programme right": ("awards", {"ok", "partial"}),
    "ceremonies right (real, date/venue right)": ("ceremonies", {"ok", "partial"}),
    "ceremonies every field right": ("ceremonies", {"ok"}),
}


def score(folder: Path) -> dict:
    figures = {}
    for label, (name, right) in MEASURES.items():
        rows = read(folder / f"{name}.csv")
        judged = [r for r in rows if r["verdict"] in VERDICTS]
        hits = sum(r["verdict"] in right for r in judged)
        low, high = wilson(hits, len(judged))
        figures[label] = {"n": len(judged), "ok": hits, "unjudged": len(rows) - len(judged),
                          "precision": round(hits / max(1, len(judged)), 3), "wilson95": [round(low, 3), round(high, 3)]}
    return figures


def context(folder: Path, item: str, corpus: Path) -> str:
    rows = {r["id"]: r for name in SIZES for r in read(folder / f"{name}.csv")}
    if item not in rows:
        raise SystemExit(f"Error: no item {item} in {folder}")
    urls = set(rows[item]["url"].split(JOIN))
    texts = []
    with open_corpus(corpus, text=True) as stream:
        for line in stream:
            record = json.loads(line)
            if record["url"] in urls:
                texts.append(f"# {record['id']} {record['date']} {record['url']}\n{record['text']}")
    return "\n\n".join(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="verb", required=True)
    s = sub.add_parser("sample", help="seeded samples of awards and ceremonies to judge, as CSV")
    s.add_argument("graph", type=Path)
    s.add_argument("--seed", type=int, default=16)
    s.add_argument("--out", type=Path, required=True)
    x = sub.add_parser("context", help="the article an item of a sample was read from")
    x.add_argument("folder", type=Path)
    x.add_argument("item", help="an id of awards.csv or ceremonies.csv (a001, c001 …)")
    x.add_argument("--corpus", type=Path, required=True)
    c = sub.add_parser("score", help="precision and 95 %% Wilson interval of the judged samples")
    c.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.verb == "score":
        for label, figure in score(args.folder).items():
            print(f"{label:45} {figure['ok']:4}/{figure['n']:<4} {figure['precision']:.3f}  "
                  f"[{figure['wilson95'][0]:.3f}, {figure['wilson95'][1]:.3f}]"
                  + (f"  ({figure['unjudged']} unjudged)" if figure["unjudged"] else ""))
        return 0
    if args.verb == "context":
        print(context(args.folder, args.item, args.corpus))
        return 0
    if not args.graph.exists():
        print(f"Error: no graph at {args.graph}", file=sys.stderr)
        return 1
    graph = Graph(args.graph)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "SEED").write_text(f"{args.seed}\n{args.graph.name}\n", encoding="utf-8")
    files = sample(graph, args.seed)
    write(args.out / "awards.csv", AWARD_FIELDS, files["awards"])
    write(args.out / "ceremonies.csv", CEREMONY_FIELDS, files["ceremonies"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
