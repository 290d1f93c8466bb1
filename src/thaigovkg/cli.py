"""The command line: one verb per job, each one library call; errors as ``Error: …``, exit 1."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

os.environ.setdefault("PYTHAINLP_OFFLINE", "1")   # never print download addresses for missing resources


class UserError(Exception):
    """A problem with what the user asked for, reported as one line."""


def cmd_build(args: argparse.Namespace) -> int:
    from .pipeline import build

    if args.store:
        from .store import build_store

        report = build_store(args.paths, args.store, validate=not args.no_validate)
    else:
        report = build(args.paths, args.output, validate=not args.no_validate)
    if report.articles == 0 and report.rejected:
        reasons = "; ".join(f"{r.origin}: {r.reason}" for r in report.rejected[:5])
        raise UserError(f"no article could be read ({reasons})")
    print(f"wrote {report.output}")
    print(report.summary())
    if report.conforms is False:
        print(report.validation, file=sys.stderr)
        return 1
    return 2 if report.rejected else 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_file

    report = validate_file(args.graph)
    print(report.text())
    return 0 if report.conforms else 1


def cmd_query(args: argparse.Namespace) -> int:
    from .query import format_result, named_queries, open_source, run_query

    if args.list:
        for name, path in named_queries().items():
            comment = next((line.lstrip("# ").strip() for line in path.read_text(encoding="utf-8").splitlines()
                            if line.startswith("#")), "")
            print(f"{name:<16} {comment}")
        return 0
    if not args.graph or not args.query:
        raise UserError("query needs GRAPH and QUERY (or --list)")
    result = run_query(open_source(args.graph), args.query)
    sys.stdout.write(format_result(result, args.format))
    return 0


def cmd_mentions(args: argparse.Namespace) -> int:
    from .article import read_article
    from .extract import extract_article

    extraction = extract_article(read_article(args.article))
    for m in extraction.mentions:
        detail = f"  [{m.detail}]" if m.detail else ""
        print(f"{m.start:>6}-{m.end:<6} {m.kind:<10} {m.text!r} → {m.value}{detail}")
    for warning in extraction.warnings:
        print(f"warning: {warning}")
    return 0


def cmd_hierarchy(args: argparse.Namespace) -> int:
    from .hierarchy import summary, write_hierarchy_file

    path, graph = write_hierarchy_file(args.graph, args.output, root=args.root, years=args.years, people=args.people)
    print(f"wrote {path}: {summary(graph)}")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="thaigovkg", description="Build a knowledge graph of Thai government news.")
    verbs = top.add_subparsers(dest="verb", metavar="VERB", required=True)

    build = verbs.add_parser("build", help="extract articles into an RDF graph (Turtle)",
                             description="Read articles (.txt files, folders of them, or JSON Lines corpora "
                                         ".jsonl / .jsonl.xz with id, text, url, date) and write their "
                                         "knowledge graph as Turtle, then validate it with SHACL. Exit status: "
                                         "0 all good, 1 the graph does not conform, 2 some articles were rejected.")
    build.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or corpora")
    build.add_argument("-o", "--output", default="build/graph.ttl", help="Turtle file to write (default: build/graph.ttl)")
    build.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    build.add_argument("--store", metavar="DIR",
                       help="add the articles to the store in folder DIR instead of writing Turtle (made if "
                            "missing): one named graph per article; an article added again replaces its graph "
                            "and nothing else; names are resolved within this batch only")
    build.set_defaults(run=cmd_build)

    validate = verbs.add_parser("validate", help="check a graph against the SHACL shapes",
                                description="Validate GRAPH against shapes/. Exit 0 when it conforms, 1 with a "
                                            "readable report (node, rule, value found) when it does not.")
    validate.add_argument("graph", metavar="GRAPH", help="an RDF file (Turtle, N-Triples, …)")
    validate.set_defaults(run=cmd_validate)

    query = verbs.add_parser("query", help="run a SPARQL query on a graph or a store",
                             description="Run QUERY on GRAPH (an RDF file) or STORE (a folder made by "
                                         "`build --store`, queried on disk without loading). QUERY is the name "
                                         "of a query in queries/ (see --list), a .rq file, or SPARQL text: "
                                         "SELECT, ASK, CONSTRUCT or DESCRIBE. SELECT prints rows (table, csv, "
                                         "tsv, json = SPARQL 1.1 Results JSON); ASK prints true or false (or "
                                         "JSON); CONSTRUCT and DESCRIBE print Turtle (nt: N-Triples, json: "
                                         "JSON-LD). Example: thaigovkg query build/graph.ttl awards --format csv")
    query.add_argument("graph", nargs="?", metavar="GRAPH|STORE", help="an RDF file or a store folder")
    query.add_argument("query", nargs="?", metavar="QUERY", help="query name, .rq file or SPARQL text")
    query.add_argument("--format", choices=("table", "csv", "tsv", "json", "turtle", "nt"), default="table",
                       help="output format (default: table for rows, Turtle for graphs)")
    query.add_argument("--list", action="store_true", help="list the named queries and what each answers")
    query.set_defaults(run=cmd_query)

    mentions = verbs.add_parser("mentions", help="show what the extractor found where in one article",
                                description="Print every mention found in ARTICLE: offsets, kind, the text, "
                                            "and what it resolved to. For debugging and extending the rules.")
    mentions.add_argument("article", metavar="ARTICLE", help="a .txt article")
    mentions.set_defaults(run=cmd_mentions)
    hierarchy = verbs.add_parser(
        "hierarchy", help="draw the agency hierarchy with award counts (page, picture, Gephi, Graphviz)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read the agencies of GRAPH by SPARQL (ministry → department → office …, from "
                    "org:subOrganizationOf) with their Thai and English names, short forms, class and the "
                    "awards they and their units received, by Buddhist Era year, and write them to FILE in "
                    "the format its suffix names:\n"
                    "  .html     one self-contained interactive page (no network): collapsible tree, search by\n"
                    "            Thai name or short form, details and awards on click\n"
                    "  .svg      a static tree (pure Python; Thai fonts Garuda/Loma/Sarabun/Noto Sans Thai …)\n"
                    "  .png      a static tree drawn by Graphviz `dot` (needs graphviz and fonts-thai-tlwg)\n"
                    "  .dot      Graphviz;  .graphml / .gexf  Gephi;  .json  networkx node-link\n"
                    "Example: thaigovkg hierarchy build/graph.ttl --root พม. --years 2566-2567 -o build/msdhs.html")
    hierarchy.add_argument("graph", metavar="GRAPH|STORE", help="an RDF file, or a store folder (thaigovkg store)")
    hierarchy.add_argument("-o", "--output", required=True, metavar="FILE",
                           help="file to write: .html .svg .png .dot .graphml .gexf .json")
    hierarchy.add_argument("--root", metavar="AGENCY",
                           help="one agency and its units only: a Thai name, short form (พม.), English name or IRI")
    hierarchy.add_argument("--years", metavar="RANGE",
                           help="count awards of these years only: 2565-2567, 2567, 2565- (Buddhist Era; "
                                "Common Era such as 2022-2024 is converted)")
    hierarchy.add_argument("--people", action="store_true",
                           help="add the people in posts (org:Post) under their agencies")
    hierarchy.set_defaults(run=cmd_hierarchy)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (UserError, FileNotFoundError, ValueError, OSError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
