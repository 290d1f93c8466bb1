"""Dereferenceable IRIs: every node of the graph answered under its own path by ``thaigovkg serve``.

``https://w3id.org/thaigovkg/id/org/opdc`` is served at ``/id/org/opdc`` (a
w3id redirect, or a proxy, maps the one to the other). By content negotiation
(``Accept``, or ``?format=html|ttl|jsonld|nt``):

- **RDF** (Turtle, JSON-LD, N-Triples): the node's own facts, every triple with
  the node as subject (a ``CONSTRUCT``; the ``Link`` header names the other
  forms);
- **HTML** for a browser: the node's names in Thai and English (and Latin
  letters for a person), its classes, its facts with each linked node by name
  and as a link to that node's page, the nodes that point at it (its
  neighbours), the sentences it was read from with their articles, and its
  awards (received by an agency, given to a person, conferred at a ceremony).

A client sending ``*/*`` (curl) gets Turtle; a browser, which asks for
``text/html`` first, gets the page. Every look-up is an ordinary SPARQL query run
by the server's query workers, so the endpoint's time limit and row limit apply.
A node the graph does not hold is answered 404.
"""
from __future__ import annotations

import html
import json
import urllib.parse
from collections.abc import Callable

from .vocab import ID_BASE

ID_PATH = "/id/"
RDF_MEDIA = {"turtle": "text/turtle", "jsonld": "application/ld+json", "nt": "application/n-triples"}
FORMAT_NAMES = {"html": "html", "ttl": "turtle", "turtle": "turtle", "jsonld": "jsonld", "json": "jsonld",
                "nt": "nt", "ntriples": "nt"}
ACCEPTED = {"text/html": "html", "application/xhtml+xml": "html", "text/turtle": "turtle",
            "application/x-turtle": "turtle", "application/ld+json": "jsonld", "application/json": "jsonld",
            "application/n-triples": "nt", "text/plain": "nt", "*/*": "turtle", "text/*": "turtle",
            "application/*": "turtle"}
PAGE_LIMIT = 200       # neighbours, sentences and awards shown on a page (the count says how many there are)

NAMES = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://xmlns.com/foaf/0.1/name",
         "https://schema.org/name", "https://schema.org/headline", "http://www.w3.org/2000/01/rdf-schema#label",
         "https://schema.org/alternateName")
SHORT = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:", "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
         "http://www.w3.org/2004/02/skos/core#": "skos:", "http://xmlns.com/foaf/0.1/": "foaf:",
         "https://schema.org/": "schema:", "http://www.w3.org/ns/org#": "org:", "http://purl.org/dc/terms/": "dcterms:",
         "https://w3id.org/thaigovkg/ontology#": "tgk:", "http://www.w3.org/2001/XMLSchema#": "xsd:",
         "http://www.w3.org/ns/prov#": "prov:", ID_BASE: "id:"}

Run = Callable[..., object]   # QueryPool.run: keyword arguments of serve.evaluate → Answer


def iri_of_path(path: str) -> str | None:
    """``/id/org/opdc`` → the graph IRI it stands for (None for a path outside ``/id/``)."""
    path = urllib.parse.unquote(path)
    if not path.startswith(ID_PATH) or len(path) == len(ID_PATH):
        return None
    rest = path[len(ID_PATH):]
    if any(ch in rest for ch in '<>"{}|\\^` \n\r\t'):
        return None
    return ID_BASE + rest


def path_of_iri(iri: str) -> str | None:
    """The local path that answers a graph IRI (None for an IRI outside the graph's namespace)."""
    return ID_PATH + iri[len(ID_BASE):] if iri.startswith(ID_BASE) else None


def choose_format(accept: str | None, requested: str | None = None) -> str:
    """html, turtle, jsonld or nt: ``?format=`` first, then the Accept header by quality, else Turtle."""
    if requested:
        if requested.lower() not in FORMAT_NAMES:
            raise ValueError(f"unknown format '{requested}' (html, ttl, jsonld, nt)")
        return FORMAT_NAMES[requested.lower()]
    return next((ACCEPTED[media] for media in accepted_media(accept) if media in ACCEPTED), "turtle")


def accepted_media(accept: str | None) -> list[str]:
    """The media types of an Accept header, lower-cased, most wanted first: by quality, a type before a
    wildcard (``*/*``, ``text/*``) of the same quality, then as written; ``q=0`` ("not acceptable") left out."""
    offers = []
    for position, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        if media and q > 0:
            offers.append((-q, media.endswith("/*"), position, media.lower()))
    return [media for *_, media in sorted(offers)]


def short(iri: str) -> str:
    for namespace, prefix in SHORT.items():
        if iri.startswith(namespace):
            return prefix + iri[len(namespace):]
    return iri


class Resources:
    """Answers for ``/id/…`` paths, asking the server's query workers (``run``) for what they need."""

    def __init__(self, run: Run, max_rows: int = 10000):
        self.run, self.max_rows = run, max_rows

    def _select(self, query: str) -> list[dict[str, dict]]:
        from .serve import Answer

        answer = self.run(query=query, accept="application/sparql-results+json", requested="json",
                          default_graphs=None, named_graphs=None, max_rows=self.max_rows)
        if not isinstance(answer, Answer) or answer.status != 200:
            raise LookupError(answer)
        return json.loads(answer.body)["results"]["bindings"]

    def answer(self, path: str, accept: str | None, requested: str | None = None):
        from .serve import Answer

        iri = iri_of_path(path)
        if iri is None:
            return Answer.text(404, f"Nothing at {path}: graph nodes are served at /id/<kind>/<key>.")
        try:
            fmt = choose_format(accept, requested)
        except ValueError as error:
            return Answer.text(400, str(error))
        headers = {"Vary": "Accept", "Link": ", ".join(
            f'<{path}?format={name}>; rel="alternate"; type="{media}"'
            for name, media in (("ttl", "text/turtle"), ("jsonld", "application/ld+json"),
                                ("nt", "application/n-triples"), ("html", "text/html")))}
        try:
            exists = self._select(f"SELECT ?p WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }} LIMIT 1")
            if not exists:
                return Answer.text(404, f"The graph holds no node <{iri}>.")
            if fmt != "html":
                answer = self.run(query=f"CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ <{iri}> ?p ?o }}",
                                  accept=RDF_MEDIA[fmt], requested=None, default_graphs=None, named_graphs=None,
                                  max_rows=self.max_rows)
                answer.headers = {**answer.headers, **headers}
                return answer
            body = self.page(iri).encode("utf-8")
        except LookupError as error:
            failed = error.args[0]
            return failed if isinstance(failed, Answer) else Answer.text(500, "The look-up failed.")
        return Answer(200, "text/html; charset=utf-8", body, headers)

    # ------------------------------------------------------------------------- the page
    def labels(self, nodes: set[str]) -> dict[str, dict[str, str]]:
        """node → {language: name} for the nodes given (one query)."""
        if not nodes:
            return {}
        values = " ".join(f"<{n}>" for n in sorted(nodes))
        rows = self._select(f"""SELECT ?n ?p ?label WHERE {{ VALUES ?n {{ {values} }}
            VALUES ?p {{ {' '.join(f'<{p}>' for p in NAMES)} }} ?n ?p ?label . FILTER (isLiteral(?label)) }}""")
        found: dict[str, dict[str, str]] = {}
        for row in sorted(rows, key=lambda r: (NAMES.index(r["p"]["value"]), r["label"]["value"])):
            lang = row["label"].get("xml:lang", "").lower() or "und"
            if row["p"]["value"] == NAMES[-1] and lang != "th-latn":   # other spellings are not names to show
                continue
            found.setdefault(row["n"]["value"], {}).setdefault(lang, row["label"]["value"])
        return found

    def page(self, iri: str) -> str:
        facts = self._select(f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }} ORDER BY ?p ?o")
        incoming = self._select(f"""SELECT ?s ?p WHERE {{ ?s ?p <{iri}> .
            FILTER (?p != <https://schema.org/mentions>) }} ORDER BY ?p ?s LIMIT {PAGE_LIMIT + 1}""")
        sentences = self._select(f"""SELECT ?src ?text ?article ?headline ?url ?date WHERE {{
            ?src <https://schema.org/mentions> <{iri}> . ?src <https://schema.org/isPartOf>? ?article .
            ?article a <https://schema.org/NewsArticle> .
            OPTIONAL {{ ?src <https://schema.org/text> ?text }}
            OPTIONAL {{ ?article <https://schema.org/headline> ?headline }}
            OPTIONAL {{ ?article <https://schema.org/url> ?url }}
            OPTIONAL {{ ?article <https://schema.org/datePublished> ?date }} }}
            ORDER BY DESC(?date) ?article ?text LIMIT {PAGE_LIMIT + 1}""")
        awards = self._select(f"""SELECT ?award ?role ?year ?programme WHERE {{
            VALUES ?role {{ <https://w3id.org/thaigovkg/ontology#recipient> <https://w3id.org/thaigovkg/ontology#honoree>
                           <https://w3id.org/thaigovkg/ontology#conferredAt>
                           <https://w3id.org/thaigovkg/ontology#programme> }}
            ?award a <https://w3id.org/thaigovkg/ontology#AwardConferral> ; ?role <{iri}> .
            OPTIONAL {{ ?award <https://w3id.org/thaigovkg/ontology#programmeYear> ?year }}
            OPTIONAL {{ ?award <https://w3id.org/thaigovkg/ontology#programme> ?programme }} }}
            ORDER BY DESC(?year) ?award LIMIT {PAGE_LIMIT + 1}""")
        nodes = {iri} | {r["o"]["value"] for r in facts if r["o"]["type"] == "uri"}
        nodes |= {r["s"]["value"] for r in incoming} | {r["award"]["value"] for r in awards}
        nodes |= {r["programme"]["value"] for r in awards if "programme" in r}
        names = self.labels(nodes)
        return render_page(iri, names, facts, incoming, sentences, awards)


# ----------------------------------------------------------------------------- HTML
STYLE = """body { font: 15px/1.5 Garuda, Loma, Sarabun, "Noto Sans Thai", "Leelawadee UI", Tahoma, sans-serif;
 margin: 1.5em auto; max-width: 70em; padding: 0 1em; color: #202124; }
h1 { font-size: 1.5em; margin: 0; } .en { color: #5f6368; font-size: 1.1em; } .latn { color: #5f6368; }
h2 { font-size: 1.1em; border-bottom: 1px solid #dadce0; padding-bottom: .2em; margin-top: 1.6em; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: .25em .5em; border-bottom: 1px solid #eee; }
th { color: #5f6368; font-weight: normal; width: 14em; } code { color: #5f6368; font-size: 12px; word-break: break-all; }
a { color: #1a73e8; text-decoration: none; } a:hover { text-decoration: underline; }
.chip { display: inline-block; background: #f1f3f4; border-radius: 10px; padding: 0 .6em; margin-right: .3em; font-size: 13px; }
blockquote { margin: .3em 0 .8em; padding: .2em .8em; border-left: 3px solid #dadce0; }
.muted, small { color: #5f6368; } nav { font-size: 13px; margin-bottom: 1em; }"""


def _label(names: dict[str, dict[str, str]], node: str) -> str:
    found = names.get(node, {})
    return found.get("th") or found.get("en") or found.get("und") or next(iter(found.values()), "") or short(node)


def _link(names: dict[str, dict[str, str]], node: str) -> str:
    path = path_of_iri(node)
    text = html.escape(_label(names, node))
    english = names.get(node, {}).get("en")
    extra = f' <span class="muted">({html.escape(english)})</span>' if english and english != _label(names, node) else ""
    if path:
        return f'<a href="{html.escape(path)}">{text}</a>{extra}'
    return f'<a href="{html.escape(node)}" rel="external">{html.escape(node)}</a>'


def _value(names: dict[str, dict[str, str]], term: dict) -> str:
    if term["type"] == "uri":
        return _link(names, term["value"])
    if term["type"] == "bnode":
        return f"<code>_:{html.escape(term['value'])}</code>"
    lang = term.get("xml:lang")
    tag = f' <small>@{html.escape(lang)}</small>' if lang else (
        f' <small>{html.escape(short(term["datatype"]))}</small>' if "datatype" in term else "")
    return f'<span lang="{html.escape(lang or "")}">{html.escape(term["value"])}</span>{tag}'


def render_page(iri: str, names: dict[str, dict[str, str]], facts: list[dict], incoming: list[dict],
                sentences: list[dict], awards: list[dict]) -> str:
    """The HTML page of one node (self-contained: no script, no network)."""
    own = names.get(iri, {})
    thai, english, latin = own.get("th"), own.get("en"), own.get("th-latn")
    title = thai or english or own.get("und") or short(iri)
    classes = [r["o"]["value"] for r in facts if r["p"]["value"].endswith("#type")]
    path = path_of_iri(iri) or ""
    parts = ['<!doctype html>', '<html lang="th"><head><meta charset="utf-8">',
             f"<title>{html.escape(title)} · thaigovkg</title>",
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             *(f'<link rel="alternate" type="{media}" href="{html.escape(path)}?format={name}">'
               for name, media in (("ttl", "text/turtle"), ("jsonld", "application/ld+json"),
                                   ("nt", "application/n-triples"))),
             f"<style>{STYLE}</style></head><body>",
             '<nav><a href="/">thaigovkg SPARQL</a> · RDF: '
             f'<a href="{html.escape(path)}?format=ttl">Turtle</a> · <a href="{html.escape(path)}?format=jsonld">'
             f'JSON-LD</a> · <a href="{html.escape(path)}?format=nt">N-Triples</a></nav>',
             f'<h1 id="name-th" lang="th">{html.escape(title)}</h1>']
    if english and english != title:
        parts.append(f'<div id="name-en" class="en" lang="en">{html.escape(english)}</div>')
    if latin:
        parts.append(f'<div id="name-latn" class="latn" lang="th-Latn">{html.escape(latin)}</div>')
    parts.append("<p>" + "".join(f'<span class="chip">{html.escape(short(c))}</span>' for c in classes) +
                 f' <code id="iri">{html.escape(iri)}</code></p>')

    parts.append('<h2>Facts · ข้อมูล</h2><table id="facts">')
    for row in facts:
        if row["p"]["value"].endswith("#type"):
            continue
        parts.append(f'<tr><th>{html.escape(short(row["p"]["value"]))}</th><td>{_value(names, row["o"])}</td></tr>')
    parts.append("</table>")

    if awards:
        parts.append(f'<h2>Awards · รางวัล ({_count(awards)})</h2><table id="awards">'
                     "<tr><th>year · ปี</th><th>award · รางวัล</th><th>as · ในฐานะ</th></tr>")
        for row in awards[:PAGE_LIMIT]:
            parts.append(f'<tr><td>{html.escape(row.get("year", {}).get("value", ""))}</td>'
                         f'<td>{_link(names, row["award"]["value"])}</td>'
                         f'<td>{html.escape(short(row["role"]["value"]))}</td></tr>')
        parts.append("</table>")

    if incoming:
        parts.append(f'<h2>Linked from · ถูกอ้างถึงโดย ({_count(incoming)})</h2><table id="neighbours">')
        for row in incoming[:PAGE_LIMIT]:
            parts.append(f'<tr><th>{html.escape(short(row["p"]["value"]))}</th>'
                         f'<td>{_link(names, row["s"]["value"])}</td></tr>')
        parts.append("</table>")

    if sentences:
        parts.append(f'<h2>Read from · อ่านจาก ({_count(sentences)})</h2><div id="sentences">')
        for row in sentences[:PAGE_LIMIT]:
            article = row["article"]["value"]
            headline = row.get("headline", {}).get("value") or short(article)
            date = row.get("date", {}).get("value", "")
            source = (f' · <a href="{html.escape(row["url"]["value"])}" rel="external">source</a>'
                      if "url" in row else "")
            text = row.get("text", {}).get("value")
            parts.append(f'<div class="sentence"><small>{html.escape(date)} · '
                         f'<a href="{html.escape(path_of_iri(article) or article)}">{html.escape(headline)}</a>'
                         f"{source}</small>" + (f'<blockquote lang="th">{html.escape(text)}</blockquote>' if text
                                                else "<p class=\"muted\">(the article as a whole)</p>") + "</div>")
        parts.append("</div>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _count(rows: list) -> str:
    return f"{PAGE_LIMIT}+" if len(rows) > PAGE_LIMIT else str(len(rows))


__all__ = ["Resources", "iri_of_path", "path_of_iri", "choose_format", "render_page", "ID_PATH"]
