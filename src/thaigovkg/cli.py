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

    output = args.output or (None if args.store else "build/graph.ttl")
    report = build(args.paths, output, validate=not args.no_validate, progress=True if args.progress else None,
                   jobs=args.jobs, validator=args.shacl, store=args.store)
    if report.articles == 0 and report.rejected:
        reasons = "; ".join(f"{r.origin}: {r.reason}" for r in report.rejected[:5])
        raise UserError(f"no article could be read ({reasons})")
    for written in (report.output, report.store):
        if written:
            print(f"wrote {written}")
    print(report.summary())
    if getattr(report, "report_path", None) and (report.rejected or report.warnings):
        print(f"build report: {report.report_path} ({len(report.rejected)} rejected, "
              f"{len(report.warnings)} warnings)", file=sys.stderr)
    if report.conforms is False:
        print(report.validation, file=sys.stderr)
        return 1
    return 2 if report.rejected else 0


def cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_path

    report = validate_path(args.graph, args.engine)
    print(report.text())
    return 0 if report.conforms else 1


def cmd_query(args: argparse.Namespace) -> int:
    from .query import named_queries, query_description

    if args.list:
        import textwrap

        for name, path in named_queries().items():
            print(name)
            print(textwrap.fill(query_description(path.read_text(encoding="utf-8")), width=100,
                                initial_indent="    ", subsequent_indent="    "))
        return 0
    if not args.graph or not args.query:
        raise UserError("query needs GRAPH and QUERY (or --list)")
    from .limits import call_with_timeout

    sys.stdout.write(call_with_timeout(_query_text_result, (args.graph, args.query, args.format), args.timeout,
                                       what="the query"))
    return 0


def _query_text_result(graph: str, query: str, fmt: str) -> str:
    from .query import format_result, open_source, run_query

    return format_result(run_query(open_source(graph), query), fmt)


def cmd_mentions(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .article import find_in_corpus, is_corpus, read_article
    from .extract import extract_article

    path = Path(args.article)
    if is_corpus(path):
        if not args.id:
            raise UserError(f"'{path}' is a corpus of many articles: pick one with --id ID")
        article = find_in_corpus(path, args.id)
    else:
        if args.id:
            raise UserError("--id picks an article of a corpus (.jsonl, .jsonl.xz); a .txt file is one article")
        if not path.is_file():
            raise UserError(f"no article file '{path}'")
        article = read_article(path)
    extraction = extract_article(article)
    for m in extraction.mentions:
        detail = f"  [{m.detail}]" if m.detail else ""
        print(f"{m.start:>6}-{m.end:<6} {m.kind:<10} {m.text!r} → {m.value}{detail}")
    for warning in extraction.warnings:
        print(f"warning: {warning}")
    return 0


def cmd_hierarchy(args: argparse.Namespace) -> int:
    from .hierarchy import summary, write_hierarchy_file

    path, graph = write_hierarchy_file(args.graph, args.output, root=args.root, years=args.years, people=args.people,
                                         outside=args.outside)
    print(f"wrote {path}: {summary(graph)}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    import datetime as dt

    created = dt.date.fromisoformat(args.date) if args.date else None
    output = str(args.output)
    if output.lower().endswith(".ftm.json"):
        from .ftm import export_ftm

        print(export_ftm(args.source, output).summary())
    elif output.endswith(("/", os.sep)) or os.path.isdir(output):
        from .tables import export_tables

        print(export_tables(args.source, output, created=created, license=args.license,
                            base_url=args.base_url).summary())
    else:
        from .export import export

        print(export(args.source, output, created=created, license=args.license, base_url=args.base_url).summary())
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import write_report

    data = write_report(args.graph, args.output, top=args.top, lang=args.lang)
    print(f"wrote {args.output}: {data.awards} awards, {len(data.ministries)} ministries, "
          f"{len(data.programmes)} programmes, top {len(data.recipients)} recipients")
    return 0


def cmd_census(args: argparse.Namespace) -> int:
    from .census import write_census

    census = write_census(args.graph, args.output)
    print(f"wrote {args.output}: {len(census.rows)} programmes conferred, "
          f"{len(census.conferred_in(5))} of them in 5 or more articles")
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    from .publish import publish

    if args.password is not None and args.user is None:
        raise UserError("--password needs --user")
    print(publish(args.source, args.endpoint, graph=args.graph, user=args.user, password=args.password,
                  content=args.content).summary())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    serve(args.source, host=args.host, port=args.port, timeout=args.timeout, max_rows=args.max_rows,
          workers=args.workers)
    return 0


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake like every other error: ``Error: …`` on standard error, exit 1."""

    def error(self, message: str):
        print(f"Error: {message} (see {self.prog} --help)", file=sys.stderr)
        raise SystemExit(1)


def parser() -> argparse.ArgumentParser:
    top = _Parser(prog="thaigovkg", description="Build a knowledge graph of Thai government news.")
    verbs = top.add_subparsers(dest="verb", metavar="VERB", required=True)

    build = verbs.add_parser("build", help="extract articles into an RDF graph: a Turtle file, a store, or both",
                             description="Read articles (.txt files, folders of them, or JSON Lines corpora "
                                         ".jsonl / .jsonl.xz with id, text, url, date) and write their "
                                         "knowledge graph as Turtle (-o), into a store (--store), or both in one "
                                         "run, then validate it with SHACL. Articles are extracted in parallel "
                                         "(one process per core), in chunks kept in a work folder next to the "
                                         "output: a build that is interrupted leaves the previous graph in place, "
                                         "and run again it resumes where it stopped. Names and ceremonies are "
                                         "resolved across all the articles (for a store: all it holds); the "
                                         "merges made are listed in the build report. Every article "
                                         "that is not in the graph (empty, binary, not UTF-8, HTML, larger than "
                                         "2 MB, a malformed JSON line) is listed with its file, line and reason in "
                                         "the build report (OUTPUT's or DIR's .report.jsonl); English-only "
                                         "articles are built (the article and what the gazetteer knows) and "
                                         "listed there as warnings. Exit status: 0 all good, 1 the graph does "
                                         "not conform (or nothing could be read), 2 some articles were rejected.")
    build.add_argument("paths", nargs="+", metavar="PATH", help="article files, folders or corpora")
    build.add_argument("-o", "--output", default=None, metavar="FILE",
                       help="Turtle file to write (default: build/graph.ttl, unless --store is given alone)")
    build.add_argument("--store", metavar="DIR",
                       help="add the articles to the store in folder DIR (made if missing): their triples "
                            "bulk-loaded, each article's lines kept in the store's ledger; an article added again "
                            "unchanged is skipped, changed replaces its old version; names and ceremonies are resolved again over every article of the store, "
                            "so adding in pieces gives the store built at once. With -o, both are written")
    build.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    build.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: one per core)")
    build.add_argument("--progress", action="store_true",
                       help="show a progress bar on standard error (default: only when it is a terminal)")
    build.add_argument("--shacl", choices=("fast", "pyshacl"), default="fast",
                       help="validator: 'fast' (shapes checked over an Oxigraph store, the default; for a store "
                            "that held articles, only the nodes the update changed) or 'pyshacl' (the reference; "
                            "slow and memory-hungry on large graphs)")
    build.set_defaults(run=cmd_build)

    validate = verbs.add_parser("validate", help="check a graph against the SHACL shapes",
                                description="Validate GRAPH against shapes/. Exit 0 when it conforms, 1 with a "
                                            "readable report (node, rule, value found) when it does not.")
    validate.add_argument("graph", metavar="GRAPH", help="an RDF file (Turtle, N-Triples, …) or a store folder")
    validate.add_argument("--engine", choices=("auto", "fast", "pyshacl"), default="auto",
                          help="'pyshacl' (the reference; slow and memory-hungry on large graphs), 'fast' (the "
                               "same checks over an Oxigraph store, proven equal by the tests) or 'auto' "
                               "(default): fast for stores and files over 20 MB, pyshacl otherwise")
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
    query.add_argument("--timeout", type=float, default=60, metavar="SECONDS",
                       help="stop the query (loading the graph included) when it runs longer than this "
                            "(default: 60)")
    query.set_defaults(run=cmd_query)

    mentions = verbs.add_parser("mentions", help="show what the extractor found where in one article",
                                description="Print every mention found in ARTICLE: offsets, kind, the text, "
                                            "and what it resolved to. For debugging and extending the rules. "
                                            "ARTICLE is a .txt file, or a JSON Lines corpus with --id naming the "
                                            "article (read as a stream, stopping at it). Example: thaigovkg "
                                            "mentions corpus.jsonl.xz --id 55bf34ec6af7eadb")
    mentions.add_argument("article", metavar="ARTICLE", help="a .txt article, or a corpus (.jsonl, .jsonl.xz) with --id")
    mentions.add_argument("--id", metavar="ID", help="the id of the article to show, in a corpus")
    mentions.set_defaults(run=cmd_mentions)
    hierarchy = verbs.add_parser(
        "hierarchy", help="draw the agency hierarchy with award counts (page, picture, Gephi, Graphviz)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Read the agencies of GRAPH by SPARQL (ministry → department → office …, from\n"
                    "org:subOrganizationOf) with their Thai and English names, short forms, class and the\n"
                    "awards they and their units received, by Buddhist Era year, and write them to FILE\n"
                    "in the format its suffix names:\n"
                    "  .html     one self-contained interactive page (no network): collapsible tree, search by\n"
                    "            Thai name or short form, details and awards on click\n"
                    "  .svg      a static tree (pure Python; Thai fonts Garuda/Loma/Sarabun/Noto Sans Thai …)\n"
                    "  .png      a static tree drawn by Graphviz `dot` (needs graphviz and fonts-thai-tlwg)\n"
                    "  .dot      Graphviz;  .graphml / .gexf  Gephi;  .json  networkx node-link\n"
                    "Only the bodies of the Thai state are shown unless --outside is given.\n"
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
    hierarchy.add_argument("--outside", action="store_true",
                           help="show the bodies outside the Thai state too (companies, foundations, associations, "
                                "chambers, cooperatives, international and foreign bodies, private universities and "
                                "hospitals); by default the page shows only the state")
    hierarchy.set_defaults(run=cmd_hierarchy)

    export = verbs.add_parser(
        "export", help="write the graph as RDF files, CSV tables or FollowTheMoney entities, described in DCAT-AP",
        description="Write GRAPH (an RDF file) or STORE (a folder made by `build --store`) in the format OUTPUT "
                    "names: .ttl Turtle, .nt N-Triples, .jsonld JSON-LD (the merged graph), .nq N-Quads, .trig "
                    "TriG (one named graph per article, plus the award scheme's reference graph from a store); "
                    "DIR/ (a folder: a trailing slash or an existing folder) CSV tables with English headers "
                    "(agencies.csv, people_posts.csv, ceremonies.csv, awards.csv) and their description "
                    "dataset.ttl; FILE.ftm.json FollowTheMoney entities, one a line (Person, Position, Occupancy, "
                    "PublicBody, Organization), the model of OpenSanctions' politically-exposed-persons data. "
                    "RDF files and tables carry a DCAT-AP 3 description of the dataset (title, licence, temporal "
                    "extent, provenance, one distribution per file, with VoID statistics) that CKAN's ckanext-dcat "
                    "harvests. From a store RDF is streamed, never held in memory. "
                    "Examples: thaigovkg export build/store -o build/kg.trig; "
                    "thaigovkg export build/graph.ttl -o build/tables/; "
                    "thaigovkg export build/graph.ttl -o build/peps.ftm.json")
    export.add_argument("source", metavar="GRAPH|STORE", help="an RDF file or a store folder")
    export.add_argument("-o", "--output", required=True, metavar="OUTPUT",
                        help="file or folder to write: .ttl .nt .nq .trig .jsonld, DIR/ (CSV tables), .ftm.json")
    export.add_argument("--date", metavar="YYYY-MM-DD", help="dcterms:created/issued of the dataset (default: today)")
    export.add_argument("--license", default="https://creativecommons.org/licenses/by/4.0/", metavar="IRI",
                        help="dcterms:license of the dataset and its files (default: CC BY 4.0)")
    export.add_argument("--base-url", default="https://w3id.org/thaigovkg/download/", metavar="URL",
                        help="where the files will be published: each distribution's download URL is URL + "
                             "its file name (default: https://w3id.org/thaigovkg/download/)")
    export.set_defaults(run=cmd_export)

    report = verbs.add_parser(
        "report", help="award statistics as one self-contained HTML page with charts and tables",
        description="Write one HTML page (no network needed: charts drawn as SVG by thaigovkg, no library) with "
                    "the awards of GRAPH or STORE per ministry per Buddhist Era year (each recipient walked up to "
                    "its ministry), per programme, and the top recipients, each chart with its table; names in "
                    "Thai and English (the graph's @en labels), switched with a button or ?lang=en. "
                    "Example: thaigovkg report build/graph.ttl -o build/report.html")
    report.add_argument("graph", metavar="GRAPH|STORE", help="an RDF file or a store folder")
    report.add_argument("-o", "--output", required=True, metavar="FILE.html", help="the page to write")
    report.add_argument("--top", type=int, default=20, help="how many top recipients to show (default: 20)")
    report.add_argument("--lang", choices=("th", "en"), default="th", help="language the page opens in (default: th)")
    report.set_defaults(run=cmd_report)

    census = verbs.add_parser(
        "census", help="every award programme the graph confers, counted (CSV)",
        description="Write one CSV row per award programme GRAPH or STORE confers: its key (a scheme slug, or "
                    "x-<hash> for one learned from the text), Thai and English names and other spellings, how many "
                    "articles confer it, its awards, recipients and ceremonies, years, and the terms read for it with "
                    "their counts; sorted by articles. The census of the shared corpus is kept in "
                    "ontology/programme_census.csv. Example: thaigovkg census build/graph.ttl -o build/census.csv")
    census.add_argument("graph", metavar="GRAPH|STORE", help="an RDF file or a store folder")
    census.add_argument("-o", "--output", required=True, metavar="FILE.csv", help="the CSV file to write")
    census.set_defaults(run=cmd_census)

    publish = verbs.add_parser(
        "publish", help="load the graph into a triple store (SPARQL 1.1 Graph Store Protocol, PUT)",
        description="Send GRAPH or STORE to a store that speaks the SPARQL 1.1 Graph Store HTTP Protocol, "
                    "replacing the named graph --graph with HTTP PUT. Endpoints: Oxigraph http://HOST:7878/store, "
                    "Fuseki http://HOST:3030/DATASET/data, Virtuoso http://HOST:8890/sparql-graph-crud-auth "
                    "(digest authentication). With --user, the server's challenge picks Basic or Digest. "
                    "Example: thaigovkg publish build/graph.ttl --endpoint http://localhost:7878/store")
    publish.add_argument("source", metavar="GRAPH|STORE", help="an RDF file or a store folder")
    publish.add_argument("--endpoint", required=True, metavar="URL", help="the store's Graph Store Protocol URL")
    publish.add_argument("--graph", default="https://w3id.org/thaigovkg/id/graph/all", metavar="IRI",
                         help="named graph to replace (default: https://w3id.org/thaigovkg/id/graph/all)")
    publish.add_argument("--user", help="user name for Basic or Digest authentication")
    publish.add_argument("--password", help="password for --user")
    publish.add_argument("--content", choices=("nt", "turtle"), default="nt",
                         help="send N-Triples (default) or Turtle (for stores that want text/turtle)")
    publish.set_defaults(run=cmd_publish)

    serve = verbs.add_parser(
        "serve", help="serve the graph as a read-only SPARQL endpoint with a query page",
        description="Serve GRAPH or STORE over HTTP: a read-only SPARQL 1.1 Protocol endpoint at /sparql "
                    "(GET ?query= or POST; JSON, XML, CSV, TSV results; Turtle, N-Triples, JSON-LD graphs; CORS "
                    "for Yasgui) and a query page at / with the named queries as examples (/?query=awards&run=1 "
                    "runs one). SPARQL Update is refused. A query running longer than --timeout is stopped "
                    "(HTTP 503); answers are cut at --max-rows rows. Example: thaigovkg serve build/graph.ttl")
    serve.add_argument("source", metavar="GRAPH|STORE", help="an RDF file or a store folder")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0 picks a free one)")
    serve.add_argument("--timeout", type=float, default=10.0, help="seconds a query may run (default: 10)")
    serve.add_argument("--max-rows", type=int, default=10000, help="most rows or triples in an answer (default: 10000)")
    serve.add_argument("--workers", type=int, default=2, help="query worker processes (default: 2)")
    serve.set_defaults(run=cmd_serve)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (UserError, FileNotFoundError, ValueError, OSError, TimeoutError) as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
