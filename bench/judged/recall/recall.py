"""Recall of the full-corpus graph's awards, judged by hand on a seeded sample of corpus articles.

    .venv/bin/python bench/judged/recall/recall.py sample CORPUS.jsonl.xz --seed 16 --out bench/judged/recall/run
    .venv/bin/python bench/judged/recall/recall.py awards GRAPH bench/judged/recall/run
    .venv/bin/python bench/judged/recall/recall.py score bench/judged/recall/run

``sample`` streams the corpus and keeps the candidates: articles where an award word (รางวัล, โล่, Award,
Prize) stands within a short window of a conferring verb (ได้รับ, รับ, มอบ, คว้า, ชนะเลิศ). Articles whose
text is one of the evaluation sets' (``tests/blind``, ``tests/holdout``, ``tests/devset``; matched by text,
so a copy under another corpus id is dropped too) are left out. Each candidate's place in the random order is
a hash of the seed and its corpus id alone (a uniform random permutation no judgement can move); the first
``--size`` are written to ``articles.csv`` (in that order) with their text under ``articles/``.

``awards`` writes ``graph_awards.csv``: every ``tgk:AwardConferral`` that a sentence of a sampled article
mentions (``schema:mentions``, ``schema:isPartOf``), with its terms and the sentence, and the count per
article into ``articles.csv``. GRAPH is a Turtle file (bulk-loaded into memory) or a pyoxigraph store folder.

The judge then reads the articles in order and fills ``articles.csv`` (``states_award``: yes / no) and
``stated.csv`` (one row per award to an organisation the article states, per ``../shared/eval/FORMAT.md``
and ``tests/ANNOTATION.md``; ``held``: yes / partial / no, ``miss`` a class and ``reason`` a line).

``score`` prints recall (lenient: ``held`` yes or partial, i.e. right recipient and programme; strict:
``yes``, every stated term right too) with its 95 % Wilson interval and, since awards cluster in articles,
a 95 % interval from a bootstrap over articles; the miss classes; and the share of judged articles that state
no award yet got one from the graph.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from thaigovkg.article import open_corpus  # noqa: E402  (plain, .xz or .gz)
from sampling import draw, read, wilson, write  # noqa: E402  (bench/judged/sampling.py)

TGK = "https://w3id.org/thaigovkg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
DCTERMS = "http://purl.org/dc/terms/"
HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
HELD_OUT = ("tests/blind/articles", "tests/holdout/articles", "tests/devset/articles")

AWARD_WORD = re.compile(r"รางวัล|โล่|[Aa]wards?\b|[Pp]rize")
CONFERRING = re.compile(r"ได้รับ|รับ|มอบ|คว้า|ชนะเลิศ")
WINDOW = 60

ARTICLE_FIELDS = ("order", "corpus_id", "url", "date", "headline", "file", "graph_awards", "states_award", "note")
AWARD_FIELDS = ("order", "corpus_id", "award", "programme", "year", "recipient", "branch", "category", "level",
                "work", "person", "sentence")
STATED_FIELDS = ("order", "url", "programme", "year", "recipient", "branch", "category", "level", "work",
                 "held", "graph_award", "miss", "reason")



def fingerprint(text: str) -> str:
    """The text without whitespace, hashed: how an evaluation article is recognised in the corpus."""
    return hashlib.sha256(re.sub(r"\s+", "", text).encode("utf-8")).hexdigest()


def candidate(text: str) -> bool:
    """An award word with a conferring verb within WINDOW characters of it."""
    for match in AWARD_WORD.finditer(text):
        around = text[max(0, match.start() - WINDOW):match.end() + WINDOW]
        if CONFERRING.search(around):
            return True
    return False


def held_out() -> set[str]:
    prints = set()
    for folder in HELD_OUT:
        for path in sorted((REPO / folder).glob("*.txt")):
            prints.add(fingerprint(path.read_text(encoding="utf-8")))
    return prints


def headline(text: str) -> str:
    first = text.split("\n", 1)[0]
    return first.split("-", 2)[-1].strip() if first.startswith("รัฐบาลไทย-") else first.strip()


def sample(corpus: Path, seed: int, size: int, out: Path) -> dict:
    excluded = held_out()
    kept: list[tuple[str, dict]] = []
    seen = dropped = total = 0
    with open_corpus(corpus, text=True) as handle:
        for line in handle:
            article = json.loads(line)
            total += 1
            if not candidate(article["text"]):
                continue
            seen += 1
            if fingerprint(article["text"]) in excluded:
                dropped += 1
                continue
            key = draw(seed, article["id"])
            kept.append((key, article))
            kept.sort(key=lambda item: item[0])
            del kept[size:]
    (out / "articles").mkdir(parents=True, exist_ok=True)
    rows = []
    for order, (_, article) in enumerate(kept, 1):
        name = f"{order:03d}_{hashlib.sha1(article['id'].encode('utf-8')).hexdigest()[:16]}.txt"
        (out / "articles" / name).write_text(article["text"], encoding="utf-8")
        rows.append({"order": order, "corpus_id": article["id"], "url": article.get("url", ""),
                     "date": article.get("date", ""), "headline": headline(article["text"]), "file": name,
                     "graph_awards": "", "states_award": "", "note": ""})
    write(out / "articles.csv", ARTICLE_FIELDS, rows)
    figures = {"seed": seed, "corpus": corpus.name, "articles": total, "candidates": seen,
               "evaluation_articles_dropped": dropped, "sampled": len(rows)}
    (out / "SAMPLE.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return figures


def open_graph(path: Path):
    import pyoxigraph

    if path.is_dir():
        return pyoxigraph.Store(str(path))
    store = pyoxigraph.Store()
    fmt = pyoxigraph.RdfFormat.TURTLE if path.suffix == ".ttl" else pyoxigraph.RdfFormat.N_TRIPLES
    store.bulk_load(path=str(path), format=fmt)
    return store


def label(var: str, prop: str, node: str) -> str:
    """An OPTIONAL that binds ?var to the Thai (else English) label of ``node``'s ``prop``."""
    return (f"OPTIONAL {{ ?award {prop} ?{var}_n . OPTIONAL {{ ?{var}_n <{SKOS}prefLabel> ?{var}_th . "
            f"FILTER(lang(?{var}_th) = 'th') }} OPTIONAL {{ ?{var}_n <{SKOS}prefLabel> ?{var}_en . "
            f"FILTER(lang(?{var}_en) != 'th') }} BIND(COALESCE(?{var}_th, ?{var}_en) AS ?{var}) }}")


def graph_awards(store, corpus_ids: list[str]) -> list[dict]:
    values = " ".join(json.dumps(i, ensure_ascii=False) for i in corpus_ids)
    query = f"""SELECT ?id ?award ?programme ?year ?recipient ?branch ?category ?level ?work ?person ?text WHERE {{
        VALUES ?id {{ {values} }}
        ?article <{DCTERMS}identifier> ?id .
        ?sentence <{SCHEMA}isPartOf> ?article ; <{SCHEMA}mentions> ?award ; <{SCHEMA}text> ?text .
        ?award a <{TGK}AwardConferral> .
        {label("programme", f"<{TGK}programme>", "?award")}
        {label("recipient", f"<{TGK}recipient>", "?award")}
        {label("branch", f"<{TGK}branch>", "?award")}
        {label("category", f"<{TGK}category>", "?award")}
        {label("level", f"<{TGK}level>", "?award")}
        OPTIONAL {{ ?award <{TGK}programmeYear> ?year }}
        OPTIONAL {{ ?award <{TGK}awardedWork>/<{SCHEMA}name> ?work }}
        OPTIONAL {{ ?award <{TGK}honoree>/<{FOAF}name> ?person }}
    }}"""
    names = ("corpus_id", "award", "programme", "year", "recipient", "branch", "category", "level", "work",
             "person", "sentence")
    merged: dict[tuple[str, str], dict] = {}
    for solution in store.query(query):
        row = {name: (term.value if term is not None else "") for name, term in zip(names, solution)}
        key = (row["corpus_id"], row["award"])
        if key in merged:  # several sentences mention it: keep the shortest, enough to see where it came from
            if len(row["sentence"]) < len(merged[key]["sentence"]):
                merged[key]["sentence"] = row["sentence"]
            continue
        row["award"] = row["award"].rsplit("/", 1)[-1]
        merged[key] = row
    return list(merged.values())


def awards(graph: Path, folder: Path) -> int:
    articles = read(folder / "articles.csv")
    order = {row["corpus_id"]: row["order"] for row in articles}
    rows = graph_awards(open_graph(graph), list(order))
    for row in rows:
        row["order"] = order[row["corpus_id"]]
    rows.sort(key=lambda r: (int(r["order"]), r["programme"], r["recipient"], r["award"]))
    write(folder / "graph_awards.csv", AWARD_FIELDS, rows)
    counts = Counter(row["corpus_id"] for row in rows)
    for row in articles:
        row["graph_awards"] = counts.get(row["corpus_id"], 0)
    write(folder / "articles.csv", ARTICLE_FIELDS, articles)
    return len(rows)



def bootstrap(groups: list[tuple[int, int]], seed: int = 0, rounds: int = 4000) -> tuple[float, float]:
    """A 95 % percentile interval of sum(hits)/sum(n), resampling whole articles (awards cluster in them)."""
    if not groups:
        return (0.0, 1.0)
    rng = random.Random(seed)
    shares = []
    for _ in range(rounds):
        picked = [groups[rng.randrange(len(groups))] for _ in groups]
        total = sum(n for _, n in picked)
        shares.append(sum(h for h, _ in picked) / total if total else 0.0)
    shares.sort()
    return (shares[int(0.025 * rounds)], shares[int(0.975 * rounds) - 1])


def score(folder: Path) -> dict:
    articles = [r for r in read(folder / "articles.csv") if r["states_award"] in ("yes", "no")]
    stated = read(folder / "stated.csv")
    judged_orders = {r["order"] for r in articles if r["states_award"] == "yes"}
    stated = [r for r in stated if r["order"] in judged_orders and r["held"] in ("yes", "partial", "no")]
    figures: dict = {"articles_judged": len(articles), "award_articles": len(judged_orders), "awards": len(stated)}
    by_article: dict[str, list[dict]] = defaultdict(list)
    for row in stated:
        by_article[row["order"]].append(row)
    for name, good in (("lenient", ("yes", "partial")), ("strict", ("yes",))):
        hits = sum(r["held"] in good for r in stated)
        low, high = wilson(hits, len(stated))
        groups = [(sum(r["held"] in good for r in rows), len(rows)) for rows in by_article.values()]
        blow, bhigh = bootstrap(groups)
        figures[name] = {"held": hits, "recall": round(hits / max(1, len(stated)), 3),
                         "wilson95": [round(low, 3), round(high, 3)], "article_bootstrap95": [round(blow, 3), round(bhigh, 3)]}
    full = sum(all(r["held"] in ("yes", "partial") for r in rows) for rows in by_article.values())
    figures["award_articles_all_held"] = {"n": full, "share": round(full / max(1, len(by_article)), 3),
                                          "wilson95": [round(x, 3) for x in wilson(full, len(by_article))]}
    figures["misses"] = dict(Counter(r["miss"] or "?" for r in stated if r["held"] == "no").most_common())
    figures["partial"] = dict(Counter(r["miss"] or "?" for r in stated if r["held"] == "partial").most_common())
    quiet = [r for r in articles if r["states_award"] == "no"]
    false = [r for r in quiet if int(r["graph_awards"] or 0) > 0]
    figures["no_award_articles"] = {"n": len(quiet), "with_graph_award": len(false),
                                    "share": round(len(false) / max(1, len(quiet)), 3),
                                    "wilson95": [round(x, 3) for x in wilson(len(false), len(quiet))],
                                    "graph_awards": sum(int(r["graph_awards"] or 0) for r in false)}
    return figures




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="verb", required=True)
    s = sub.add_parser("sample", help="seeded candidate articles (award word near a conferring verb), in order")
    s.add_argument("corpus", type=Path, help="the corpus, JSON lines compressed with xz")
    s.add_argument("--seed", type=int, default=16)
    s.add_argument("--size", type=int, default=100, help="how many candidates to keep, first in the seeded order")
    s.add_argument("--out", type=Path, required=True)
    a = sub.add_parser("awards", help="the awards the graph holds for each sampled article")
    a.add_argument("graph", type=Path, help="a Turtle / N-Triples file, or a pyoxigraph store folder")
    a.add_argument("folder", type=Path)
    c = sub.add_parser("score", help="recall with its 95 %% intervals, miss classes, false awards")
    c.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    if args.verb == "sample":
        if not args.corpus.exists():
            print(f"Error: no corpus at {args.corpus}", file=sys.stderr)
            return 1
        print(json.dumps(sample(args.corpus, args.seed, args.size, args.out), ensure_ascii=False, indent=1))
    elif args.verb == "awards":
        if not (args.folder / "articles.csv").exists():
            print(f"Error: no articles.csv in {args.folder}: run sample first", file=sys.stderr)
            return 1
        print(f"{awards(args.graph, args.folder)} awards written to {args.folder / 'graph_awards.csv'}")
    else:
        print(json.dumps(score(args.folder), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
