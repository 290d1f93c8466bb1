"""Load the graph into a triple store over HTTP: the SPARQL 1.1 Graph Store Protocol, PUT.

``publish(source, endpoint)`` sends the merged graph of an RDF file or a store
folder to ``endpoint?graph=IRI`` with HTTP ``PUT``, which replaces that named
graph (``DEFAULT_GRAPH`` unless another is given). Any store that speaks the
protocol takes it: Oxigraph (``/store``), Apache Jena Fuseki
(``/DATASET/data``), Virtuoso (``/sparql-graph-crud-auth``, digest
authentication), GraphDB, Blazegraph.

The body is N-Triples (``application/n-triples``) or Turtle (``text/turtle``,
for stores that predate N-Triples' media type), written by Oxigraph to a
temporary file first and streamed from it, so neither side of the upload needs
the graph in Python memory. Authentication: with a user, a bodiless ``HEAD``
request fetches the server's challenge first, which decides: ``Digest``
(RFC 7616, via urllib's digest handler) or ``Basic`` (also when there is no
challenge); a 401 to the upload itself is answered once more.
"""
from __future__ import annotations

import base64
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .vocab import ID_BASE

DEFAULT_GRAPH = ID_BASE + "graph/all"
CONTENT_TYPES = {"nt": "application/n-triples", "turtle": "text/turtle"}


@dataclass
class PublishReport:
    """Where the graph went, how many triples, and what the server answered."""

    url: str
    graph: str
    triples: int
    status: int

    def summary(self) -> str:
        return f"published {self.triples} triples to graph <{self.graph}> at {self.url} (HTTP {self.status})"


def graph_triples(source: str | Path):
    """The merged graph of a store folder or an RDF file, as a stream of Oxigraph triples."""
    from .export import _file_format, _file_triples, _store_triples
    from .store import is_store, open_store

    source = Path(source)
    if is_store(source):
        return _store_triples(open_store(source))
    if not source.is_file():
        raise FileNotFoundError(f"no graph file or store '{source}'")
    _file_format(source)
    return _file_triples(source)


def _counted(triples, counter: list[int]):
    for triple in triples:
        counter[0] += 1
        yield triple


def publish(source: str | Path, endpoint: str, graph: str = DEFAULT_GRAPH, user: str | None = None,
            password: str | None = None, content: str = "nt", timeout: float = 300) -> PublishReport:
    """PUT the graph of ``source`` into ``graph`` at the Graph Store endpoint ``endpoint``, replacing it."""
    if content not in CONTENT_TYPES:
        raise ValueError(f"unknown content '{content}' ({', '.join(CONTENT_TYPES)})")
    if not endpoint.startswith(("http://", "https://")):
        raise ValueError(f"the endpoint must be an http(s) URL, not '{endpoint}'")
    separator = "&" if "?" in endpoint else "?"
    url = f"{endpoint}{separator}graph={urllib.parse.quote(graph, safe='')}"
    handle, body = tempfile.mkstemp(prefix="thaigovkg-publish-", suffix=".nt")
    counter = [0]
    try:
        with os.fdopen(handle, "wb") as stream:
            rdf_format = ox.RdfFormat.N_TRIPLES if content == "nt" else ox.RdfFormat.TURTLE
            try:
                ox.serialize(_counted(graph_triples(source), counter), stream, rdf_format)
            except SyntaxError as error:
                raise ValueError(f"cannot read the graph in '{source}': {error}") from None
        status = _put(url, Path(body), CONTENT_TYPES[content], user, password, timeout)
    finally:
        Path(body).unlink(missing_ok=True)
    return PublishReport(url=endpoint, graph=graph, triples=counter[0], status=status)


def _put(url: str, body: Path, content_type: str, user: str | None, password: str | None,
         timeout: float) -> int:
    # Ask for the challenge first with a bodiless HEAD: a server that answers 401 to a PUT may close the
    # connection before reading the body, and the upload dies with a broken pipe.
    authorization = _probe(url, user, password or "", timeout) if user is not None else None
    for attempt in range(2):
        with body.open("rb") as data:
            request = urllib.request.Request(url, data=data, method="PUT", headers={
                "Content-Type": content_type, "Content-Length": str(body.stat().st_size)})
            if authorization:
                request.add_header("Authorization", authorization)
            try:
                with urllib.request.urlopen(request, timeout=timeout) as response:
                    return response.status
            except urllib.error.HTTPError as error:
                if error.code == 401 and user is not None and attempt == 0:
                    authorization = _authorization(request, error.headers.get_all("WWW-Authenticate") or [],
                                                   user, password or "")
                    if authorization:
                        continue
                detail = error.read(500).decode("utf-8", "replace").strip()
                raise OSError(f"the store at {url} answered HTTP {error.code} {error.reason}"
                              + (f": {detail}" if detail else "")) from None
            except urllib.error.URLError as error:
                hint = " (did it refuse the credentials?)" if authorization and isinstance(
                    error.reason, ConnectionError) else ""
                raise OSError(f"cannot reach the store at {url}: {error.reason}{hint}") from None
    raise OSError(f"the store at {url} refused the credentials of '{user}'")


def _probe(url: str, user: str, password: str, timeout: float) -> str | None:
    """The Authorization header for a PUT to ``url``, from the challenge a HEAD request gets (Basic if none)."""
    challenges: list[str] = []
    try:
        urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=timeout).close()
    except urllib.error.HTTPError as error:
        challenges = error.headers.get_all("WWW-Authenticate") or []
    except urllib.error.URLError as error:
        raise OSError(f"cannot reach the store at {url}: {error.reason}") from None
    return _authorization(urllib.request.Request(url, method="PUT"), challenges or ["Basic"], user, password)


def _authorization(request: urllib.request.Request, challenges: list[str], user: str, password: str) -> str | None:
    """The Authorization header answering the server's challenge: Digest if offered, else Basic."""
    for challenge in challenges:
        scheme, _, rest = challenge.partition(" ")
        if scheme.lower() == "digest":
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, request.full_url, user, password)
            handler = urllib.request.HTTPDigestAuthHandler(passwords)
            fields = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
            answer = handler.get_authorization(request, fields)
            if answer:
                return f"Digest {answer}"
    if any(c.lower().startswith("basic") for c in challenges):
        return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return None


__all__ = ["publish", "PublishReport", "DEFAULT_GRAPH", "CONTENT_TYPES", "graph_triples"]
