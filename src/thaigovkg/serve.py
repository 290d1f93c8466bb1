"""A read-only SPARQL 1.1 Protocol endpoint over the graph, and a query page for people.

``make_server(source)`` serves an RDF file or a store folder with the standard
library's ``ThreadingHTTPServer``:

- ``/sparql``: SPARQL 1.1 Protocol queries: ``GET ?query=``, ``POST`` as a form
  (``application/x-www-form-urlencoded``) or as ``application/sparql-query``;
  ``default-graph-uri`` and ``named-graph-uri`` honoured. Results by content
  negotiation (``Accept``, or ``format=json|xml|csv|tsv|turtle|nt|jsonld|rdfxml``):
  SPARQL Results JSON (the default), XML, CSV, TSV; graphs as Turtle (the
  default), N-Triples, JSON-LD or RDF/XML.
- ``/``: a self-contained query page (no network needed) with the named
  queries of ``queries/`` as examples; ``/?query=awards&run=1`` opens an example
  and runs it. Result IRIs of the graph link to their own pages.
- ``/id/…``: every IRI of the graph under its own path, as an HTML page or as
  RDF by content negotiation (``linkeddata.py``).

Read-only, three ways: SPARQL Update (``update=``, ``application/sparql-update``,
or query text starting ``INSERT``/``DELETE``/``LOAD``/``CLEAR``/``DROP``/
``CREATE``/…) is refused with 403 before anything runs; queries go through the
query parser, which cannot parse an update; and the workers open the store
read-only. Every response carries ``Access-Control-Allow-Origin: *`` and
``OPTIONS`` answers preflight requests, so browser tools such as Yasgui can use it.

Limits: queries run in worker processes (``workers``, 2 by default), each
holding the store open read-only; a query that runs longer than ``timeout``
seconds is stopped by ending its worker (a new one takes its place) and
answered with 503. Oxigraph cannot cancel a running query, so a process is
what makes stopping real. At most ``max_rows`` rows (or triples) are returned;
a cut answer carries the header ``X-SPARQL-MaxRows``. A file source is loaded
once into an on-disk store in a temporary folder, removed when the server closes.
"""
from __future__ import annotations

import json
import queue
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10000
MAX_QUERY_BYTES = 1 << 20
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# Result formats: name → media type; which names each kind of answer can take.
MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
         "nt": "application/n-triples", "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml"}
ACCEPTED = {  # media types a client may ask for → format name, per kind of answer
    "rows": {"application/sparql-results+json": "json", "application/json": "json", "text/javascript": "json",
             "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
             "text/csv": "csv", "text/tab-separated-values": "tsv"},
    "graph": {"text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt",
              "text/plain": "nt", "application/ld+json": "jsonld", "application/json": "jsonld",
              "application/rdf+xml": "rdfxml", "application/xml": "rdfxml", "text/xml": "rdfxml"},
}
DEFAULT_FORMAT = {"rows": "json", "graph": "turtle"}
RDF_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
               "rdfxml": ox.RdfFormat.RDF_XML}

# An update, after any PREFIX/BASE declarations and comment lines: refused without running.
_UPDATE = re.compile(r"^(?:\s*(?:PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>))*\s*"
                     r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^\s*#.*$", re.MULTILINE)


def is_update(text: str) -> bool:
    """True when ``text`` reads as a SPARQL Update rather than a query."""
    return bool(_UPDATE.match(_COMMENT_LINE.sub("", text)))


@dataclass
class Answer:
    """One HTTP answer: status, media type, body and extra headers."""

    status: int
    media: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode("utf-8"))


# -- content negotiation --------------------------------------------------------------------

def negotiate(kind: str, accept: str | None, requested: str | None = None) -> str:
    """The format name for an answer of ``kind`` (rows or graph) given the client's Accept header."""
    if requested:
        name = requested.lower()
        if name in ACCEPTED[kind].values():
            return name
        aliases = {"json": "jsonld", "xml": "rdfxml"} if kind == "graph" else {"rdfxml": "xml", "jsonld": "json"}
        if name in aliases:
            return aliases[name]
    from .linkeddata import accepted_media

    return next((ACCEPTED[kind][media] for media in accepted_media(accept) if media in ACCEPTED[kind]),
                DEFAULT_FORMAT[kind])


# -- results as bytes ---------------------------------------------------------------------------

def _json_term(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def _xml_term(term) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_cell(term) -> str:
    if term is None:
        return ""
    value = term.value if hasattr(term, "value") else str(term)
    if any(ch in value for ch in ',"\r\n'):
        value = '"' + value.replace('"', '""') + '"'
    return value


def serialize_rows(names: list[str], rows: list[list], fmt: str) -> bytes:
    """SELECT rows in SPARQL 1.1 Results JSON, XML, CSV or TSV."""
    if fmt == "json":
        bindings = [{n: _json_term(t) for n, t in zip(names, row) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}},
                          ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        parts = ['<?xml version="1.0" encoding="utf-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
                 "<head>", *(f"<variable name={quoteattr(n)}/>" for n in names), "</head><results>"]
        for row in rows:
            parts.append("<result>" + "".join(f"<binding name={quoteattr(n)}>{_xml_term(t)}</binding>"
                                              for n, t in zip(names, row) if t is not None) + "</result>")
        parts.append("</results></sparql>\n")
        return "\n".join(parts).encode("utf-8")
    if fmt == "csv":
        lines = [",".join(names)] + [",".join(_csv_cell(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")
    lines = ["\t".join(f"?{n}" for n in names)] + ["\t".join("" if t is None else str(t) for t in row) for row in rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_boolean(answer: bool, fmt: str) -> tuple[str, bytes]:
    if fmt == "xml":
        return MEDIA["xml"], (f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                              f"<head/><boolean>{'true' if answer else 'false'}</boolean></sparql>\n").encode()
    if fmt in ("csv", "tsv"):
        return MEDIA[fmt] + "; charset=utf-8", b"true\n" if answer else b"false\n"
    return MEDIA["json"], json.dumps({"head": {}, "boolean": answer}).encode()


def evaluate(store: ox.Store, query: str, accept: str | None = None, requested: str | None = None,
             default_graphs: list[str] | None = None, named_graphs: list[str] | None = None,
             max_rows: int = DEFAULT_MAX_ROWS) -> Answer:
    """Run one query on ``store`` and shape the answer as the client asked."""
    if is_update(query):
        return Answer.text(403, "This endpoint is read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, "
                                "CREATE, …) is refused.")
    from .vocab import PREFIXES

    options = {"prefixes": PREFIXES}     # the project's standard prefixes, predeclared as for files and stores
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
    try:
        result = store.query(query, **options)
        if isinstance(result, ox.QueryBoolean):
            media, body = serialize_boolean(bool(result), negotiate("rows", accept, requested))
            return Answer(200, media, body)
        cut = {}
        if isinstance(result, ox.QueryTriples):
            fmt = negotiate("graph", accept, requested)
            triples = []
            for triple in result:
                if len(triples) == max_rows:
                    cut = {"X-SPARQL-MaxRows": str(max_rows)}
                    break
                triples.append(triple)
            from .query import prefixes

            kwargs = {"prefixes": prefixes()} if fmt in ("turtle", "rdfxml") else {}
            return Answer(200, MEDIA[fmt] + ("; charset=utf-8" if fmt == "turtle" else ""),
                          ox.serialize(triples, format=RDF_FORMATS[fmt], **kwargs), cut)
        fmt = negotiate("rows", accept, requested)
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            if len(rows) == max_rows:
                cut = {"X-SPARQL-MaxRows": str(max_rows)}
                break
            rows.append([solution[n] for n in names])
        media = MEDIA[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv") else "")
        return Answer(200, media, serialize_rows(names, rows, fmt), cut)
    except SyntaxError as error:
        from .query import explain_syntax_error

        message = explain_syntax_error(query, error)
        return Answer.text(400, message[0].upper() + message[1:])
    except Exception as error:   # evaluation errors: report them, keep serving
        return Answer.text(500, f"The query failed: {type(error).__name__}: {error}")


# -- worker processes ------------------------------------------------------------------------------

def _worker_main(location: str) -> None:
    """A worker: one JSON request per line on stdin; a JSON header line and the body on stdout."""
    import sys

    store = ox.Store.read_only(location)
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        answer = evaluate(store, **json.loads(line))
        header = {"status": answer.status, "media": answer.media, "headers": answer.headers,
                  "length": len(answer.body)}
        out.write(json.dumps(header).encode("utf-8") + b"\n" + answer.body)
        out.flush()


class _Worker:
    """One worker process (``python -m thaigovkg.serve STORE``), talked to over its stdin and stdout."""

    def __init__(self, location: str):
        self.process = subprocess.Popen([sys.executable, "-m", "thaigovkg.serve", location],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def ask(self, request: dict, timeout: float) -> Answer | None:
        """The worker's answer, or None when it takes longer than ``timeout`` seconds."""
        self.process.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
        self.process.stdin.flush()
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.process.stdout.readline()
        if not line:
            raise EOFError("the worker ended")
        header = json.loads(line)
        body = self.process.stdout.read(header["length"])
        return Answer(header["status"], header["media"], body, header["headers"])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass


class QueryPool:
    """Worker processes that answer queries; one that runs past the time limit is killed and replaced."""

    def __init__(self, location: str, workers: int = 2, timeout: float = DEFAULT_TIMEOUT):
        self.location, self.timeout = location, timeout
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        for _ in range(max(1, workers)):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.location)
        with self.lock:
            if self.closed:
                worker.stop()
                return
            self.all.add(worker)
        self.idle.put(worker)

    def _retire(self, worker: _Worker) -> None:
        with self.lock:
            self.all.discard(worker)
        worker.stop()
        if not self.closed:
            threading.Thread(target=self._add, daemon=True).start()

    def run(self, **request) -> Answer:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return Answer.text(503, f"The endpoint is busy: no worker became free within {self.timeout:g} s. "
                                    "Try again shortly.")
        try:
            answer = worker.ask(request, self.timeout)
            if answer is not None:
                self.idle.put(worker)
                return answer
        except (EOFError, OSError, ValueError):
            self._retire(worker)
            return Answer.text(500, "The query worker ended unexpectedly; it has been replaced. Try again.")
        self._retire(worker)
        return Answer.text(503, f"The query ran longer than the {self.timeout:g} s limit and was stopped. "
                                "Narrow it (FILTER, LIMIT) or run it locally with `thaigovkg query`.")

    def close(self) -> None:
        with self.lock:
            self.closed = True
            workers = list(self.all)
            self.all.clear()
        for worker in workers:
            worker.stop()


# -- the query page -----------------------------------------------------------------------------------

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>thaigovkg SPARQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
 body { font: 15px/1.4 system-ui, "Noto Sans Thai", "Sarabun", sans-serif; margin: 1.5em; color: #222; }
 h1 { font-size: 1.3em; margin: 0 0 .3em; }
 #bar { display: flex; gap: .6em; align-items: center; margin: .6em 0; flex-wrap: wrap; }
 textarea { width: 100%; box-sizing: border-box; font: 13px/1.35 ui-monospace, monospace; }
 button { font-size: 1em; padding: .3em 1.2em; }
 #status { color: #555; } #status.error { color: #b00; white-space: pre-wrap; }
 table { border-collapse: collapse; margin-top: .8em; font-size: 14px; }
 th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }
 th { background: #f0f0f0; } tbody tr:nth-child(even) { background: #fafafa; }
 pre { background: #f6f6f6; padding: .6em; overflow: auto; }
 #description { color: #555; margin: 0; }
</style></head>
<body>
<h1>thaigovkg SPARQL endpoint</h1>
<p>Read-only SPARQL 1.1 endpoint at <code>/sparql</code> (GET <code>?query=</code> or POST).
Pick an example or write a query, then Run.</p>
<div id="bar">
 <label>Example <select id="examples"><option value="">(write your own)</option></select></label>
 <button id="run" type="button">Run</button>
 <span id="status"></span>
</div>
<p id="description"></p>
<textarea id="query" rows="16" spellcheck="false"></textarea>
<div id="results"></div>
<script type="application/json" id="example-data">__EXAMPLES__</script>
<script>
"use strict";
const examples = JSON.parse(document.getElementById("example-data").textContent);
const ID_BASE = "https://w3id.org/thaigovkg/id/";
const select = document.getElementById("examples"), editor = document.getElementById("query");
const statusLine = document.getElementById("status"), results = document.getElementById("results");
for (const name of Object.keys(examples)) {
  const option = document.createElement("option");
  option.value = name; option.textContent = name; select.appendChild(option);
}
function choose(name) {
  select.value = name;
  editor.value = examples[name].text;
  document.getElementById("description").textContent = examples[name].comment;
}
select.addEventListener("change", () => { if (select.value) choose(select.value); });
function cell(term) {
  if (!term) return "";
  return term.value;
}
function showTable(data) {
  const table = document.createElement("table"); table.id = "result-table";
  const head = table.createTHead().insertRow();
  for (const name of data.head.vars) { const th = document.createElement("th"); th.textContent = name; head.appendChild(th); }
  const body = table.createTBody();
  for (const binding of data.results.bindings) {
    const row = body.insertRow();
    for (const name of data.head.vars) {
      const td = row.insertCell(); const term = binding[name];
      if (term && term.type === "uri") {   // the graph's own nodes link to their pages on this server
        const a = document.createElement("a"); a.textContent = term.value;
        a.href = term.value.startsWith(ID_BASE) ? "/id/" + term.value.slice(ID_BASE.length) : term.value;
        td.appendChild(a);
      }
      else td.textContent = cell(term);
    }
  }
  results.replaceChildren(table);
  return data.results.bindings.length;
}
async function run() {
  statusLine.className = ""; statusLine.textContent = "running…"; results.replaceChildren();
  const started = performance.now();
  try {
    const response = await fetch("sparql", {method: "POST", body: editor.value, headers: {
      "Content-Type": "application/sparql-query",
      "Accept": "application/sparql-results+json, text/turtle;q=0.9"}});
    const type = response.headers.get("Content-Type") || "";
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      statusLine.className = "error"; statusLine.textContent = "HTTP " + response.status + ": " + await response.text();
      return;
    }
    const cut = response.headers.get("X-SPARQL-MaxRows");
    if (type.includes("json")) {
      const data = await response.json();
      if ("boolean" in data) { results.textContent = String(data.boolean); statusLine.textContent = "answer in " + seconds + " s"; return; }
      const count = showTable(data);
      statusLine.textContent = count + " rows in " + seconds + " s" + (cut ? " (cut at " + cut + ")" : "");
    } else {
      const pre = document.createElement("pre"); pre.textContent = await response.text();
      results.replaceChildren(pre); statusLine.textContent = "graph in " + seconds + " s";
    }
  } catch (error) {
    statusLine.className = "error"; statusLine.textContent = "cannot reach the endpoint: " + error;
  }
}
document.getElementById("run").addEventListener("click", run);
const params = new URLSearchParams(location.search);
const asked = params.get("query");
if (asked && asked in examples) choose(asked);
else if (asked) editor.value = asked;
else if (Object.keys(examples).length) choose(Object.keys(examples)[0]);
if (params.get("run")) run();
</script>
</body></html>
"""


def page() -> bytes:
    """The query page, with the named queries of ``queries/`` as examples."""
    from .query import named_queries

    examples = {}
    for name, path in named_queries().items():
        text = path.read_text(encoding="utf-8")
        comment = " ".join(line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("#"))
        examples[name] = {"text": text, "comment": comment}
    data = json.dumps(examples, ensure_ascii=False).replace("</", "<\\/")
    return PAGE.replace("__EXAMPLES__", data).encode("utf-8")


# -- the HTTP server ------------------------------------------------------------------------------------

CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
        "Access-Control-Allow-Headers": "Content-Type, Accept",
        "Access-Control-Expose-Headers": "X-SPARQL-MaxRows, Link",
        "Access-Control-Max-Age": "86400"}


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:   # quiet unless asked
        if self.server.verbose:
            super().log_message(format, *args)

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        for name, value in {**CORS, **answer.headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Type", answer.media)
        self.send_header("Content-Length", str(len(answer.body)))
        if answer.status >= 400:
            self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def do_OPTIONS(self) -> None:
        self.send_response(204)
        for name, value in CORS.items():
            self.send_header(name, value)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self._send(Answer(200, "text/html; charset=utf-8", self.server.page))
        if url.path.startswith("/id/"):   # a graph IRI's own page or RDF (linkeddata.py)
            requested = (urllib.parse.parse_qs(url.query).get("format") or [None])[0]
            return self._send(self.server.resources.answer(url.path, self.headers.get("Accept"), requested))
        if url.path != "/sparql":
            return self._send(Answer.text(404, f"Nothing at {url.path}: the endpoint is /sparql, the query page /, "
                                               "graph nodes /id/…"))
        self._answer(urllib.parse.parse_qs(url.query, keep_blank_values=True))

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self._send(Answer.text(404, f"Nothing at {url.path}: the endpoint is /sparql."))
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY_BYTES:
            return self._send(Answer.text(413, f"The request is larger than {MAX_QUERY_BYTES} bytes."))
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if media == "application/sparql-update":
            return self._send(self.server.refusal)
        if media == "application/sparql-query":
            params["query"] = [body]
        elif media in ("application/x-www-form-urlencoded", ""):
            for name, values in urllib.parse.parse_qs(body, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
        else:
            return self._send(Answer.text(415, f"Cannot read a request of type '{media}': send a form "
                                               "(query=…) or application/sparql-query."))
        self._answer(params)

    def _refuse_method(self) -> None:
        self._send(Answer.text(405, "This endpoint is read-only: only GET, POST (queries) and OPTIONS."))

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            return self._send(self.server.refusal)
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            return self._send(Answer.text(400, "Send exactly one SPARQL query as ?query=… (GET) or in the body "
                                               "(POST). The query page is at /."))
        request = {"query": queries[0], "accept": self.headers.get("Accept"),
                   "requested": (params.get("format") or [None])[0],
                   "default_graphs": params.get("default-graph-uri") or None,
                   "named_graphs": params.get("named-graph-uri") or None, "max_rows": self.server.max_rows}
        if is_update(request["query"]):
            return self._send(self.server.refusal)
        self._send(self.server.pool.run(**request))


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server with its query workers; ``close()`` stops the workers and removes temporary files."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], location: str, temporary: str | None = None,
                 timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS, workers: int = 2,
                 verbose: bool = False):
        self.pool = QueryPool(location, workers, timeout)
        from .linkeddata import Resources

        self.resources = Resources(self.pool.run, max_rows)
        self.temporary, self.max_rows, self.verbose = temporary, max_rows, verbose
        self.page = page()
        self.refusal = Answer.text(403, "This endpoint is read-only: SPARQL Update (update=…, "
                                        "application/sparql-update, INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, …) "
                                        "is refused.")
        try:
            super().__init__(address, _Handler)
        except BaseException:
            self.close()
            raise

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def close(self) -> None:
        self.pool.close()
        self.server_close()
        if self.temporary:
            shutil.rmtree(self.temporary, ignore_errors=True)


def prepare(source: str | Path) -> tuple[str, str | None]:
    """The store folder to serve, and the temporary folder made for a file source (or None)."""
    from .store import is_store

    source = Path(source)
    if is_store(source):
        return str(source), None
    if not source.is_file():
        raise FileNotFoundError(f"no graph file or store '{source}'")
    from .export import _file_format

    temporary = tempfile.mkdtemp(prefix="thaigovkg-serve-")
    try:
        store = ox.Store(temporary)
        store.bulk_load(path=str(source), format=_file_format(source))
        store.flush()
        del store
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if isinstance(error, SyntaxError):
            raise ValueError(f"cannot read the graph in '{source}': {error}") from None
        raise
    return temporary, temporary


def make_server(source: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = DEFAULT_TIMEOUT,
                max_rows: int = DEFAULT_MAX_ROWS, workers: int = 2, verbose: bool = False) -> SparqlServer:
    """A ready (not yet serving) read-only SPARQL server over an RDF file or a store folder."""
    location, temporary = prepare(source)
    try:
        return SparqlServer((host, port), location, temporary, timeout, max_rows, workers, verbose)
    except BaseException:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
        raise


def serve(source: str | Path, host: str = "127.0.0.1", port: int = 8000, timeout: float = DEFAULT_TIMEOUT,
          max_rows: int = DEFAULT_MAX_ROWS, workers: int = 2) -> None:
    """Serve ``source`` until interrupted (Ctrl-C)."""
    server = make_server(source, host, port, timeout, max_rows, workers, verbose=True)
    print(f"serving {source} read-only: query page {server.url}, SPARQL endpoint {server.url}sparql "
          f"(timeout {timeout:g} s, at most {max_rows} rows); Ctrl-C stops", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    _worker_main(sys.argv[1])

__all__ = ["make_server", "serve", "evaluate", "negotiate", "is_update", "SparqlServer", "QueryPool",
           "DEFAULT_TIMEOUT", "DEFAULT_MAX_ROWS"]
