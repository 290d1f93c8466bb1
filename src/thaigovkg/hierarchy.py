"""The agency hierarchy as a networkx DiGraph read from the knowledge graph by SPARQL, and its pictures.

``hierarchy(source)`` asks the graph (an RDF file, an rdflib ``Graph``, or an
Oxigraph store folder) for its organisations, their ``org:subOrganizationOf``
links, names, short forms, classes and the awards each received, and returns a
DiGraph with edges parent → child. Each agency node counts its own awards and
those of all its units, overall and by Buddhist Era year.

``write_hierarchy(graph, path)`` writes it by the file's suffix: ``.html`` (one
self-contained interactive page, vanilla JavaScript, no network), ``.svg`` (a
static tree drawn here in pure Python), ``.png`` (Graphviz ``dot``), ``.dot``,
``.graphml``, ``.gexf`` (Gephi) and ``.json`` (networkx node-link).

Thai text in pictures: the SVG and the page name a list of Thai-capable fonts
(``THAI_FONTS``); a browser takes the first one installed. The PNG uses
Graphviz with ``Garuda`` from Debian ``fonts-thai-tlwg``.
"""
from __future__ import annotations

import html
import json
import math
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path

import networkx as nx

from .vocab import ONTOLOGY_IRI

TGK_NS = ONTOLOGY_IRI + "#"
PREFIXES = """PREFIX tgk: <https://w3id.org/thaigovkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

# Organisation classes, most telling first: a node typed Ministry and Unit shows as a Ministry.
CLASS_ORDER = ("Ministry", "IndependentAgency", "Department", "StateEnterprise", "PublicOrganization",
               "Province", "LocalGovernment", "District", "University", "Court", "MilitaryUnit", "PoliceUnit",
               "Hospital", "Museum", "Prison", "Faculty", "School", "Office", "Committee", "Unit", "GovernmentAgency",
               *(OUTSIDE_CLASSES := ("Company", "Cooperative", "Foundation", "Association", "ChamberOfCommerce",
                                     "InternationalOrganization", "ForeignGovernmentBody", "PrivateUniversity",
                                     "PrivateHospital", "PrivateSchool", "ReligiousOrganization",
                                     "NonStateOrganization")))
CLASS_TH = {"Ministry": "กระทรวง", "IndependentAgency": "หน่วยงานอิสระ", "Department": "กรม",
            "StateEnterprise": "รัฐวิสาหกิจ", "PublicOrganization": "องค์การมหาชน", "Office": "สำนัก/สำนักงาน",
            "Committee": "คณะกรรมการ", "Unit": "หน่วยงานย่อย", "GovernmentAgency": "หน่วยงานรัฐ",
            "Province": "จังหวัด", "LocalGovernment": "องค์กรปกครองส่วนท้องถิ่น", "District": "อำเภอ/เขต",
            "University": "มหาวิทยาลัยของรัฐ", "Court": "ศาล", "MilitaryUnit": "หน่วยทหาร", "PoliceUnit": "หน่วยงานตำรวจ",
            "Hospital": "โรงพยาบาลของรัฐ", "Museum": "พิพิธภัณฑ์", "Prison": "เรือนจำ", "Faculty": "คณะ",
            "School": "โรงเรียน", "Company": "บริษัท", "Cooperative": "สหกรณ์", "Foundation": "มูลนิธิ",
            "Association": "สมาคม", "ChamberOfCommerce": "หอการค้า", "InternationalOrganization": "องค์การระหว่างประเทศ",
            "ForeignGovernmentBody": "หน่วยงานต่างประเทศ", "PrivateUniversity": "มหาวิทยาลัยเอกชน",
            "PrivateHospital": "โรงพยาบาลเอกชน", "PrivateSchool": "โรงเรียนเอกชน", "ReligiousOrganization": "องค์กรศาสนา",
            "NonStateOrganization": "องค์กรนอกภาครัฐ", "Organization": "องค์กร", "post": "ตำแหน่ง"}

# Fonts for Thai text, in order of preference: the TLWG fonts of Debian ``fonts-thai-tlwg`` (Garuda,
# Loma, Kinnari, Norasi …), then Sarabun / Noto Sans Thai, then what Windows and macOS ship.
THAI_FONTS = ("Garuda", "Loma", "Sarabun", "Noto Sans Thai", "Noto Sans Thai UI", "Leelawadee UI",
              "Thonburi", "Tahoma", "sans-serif")
GRAPHVIZ_FONT = "Garuda"

SUFFIXES = (".html", ".svg", ".png", ".dot", ".gv", ".graphml", ".gexf", ".json")

Select = Callable[[str], list[dict[str, str | None]]]


# ---------------------------------------------------------------------------- reading the graph
def _file_select(path: Path) -> Select:
    """Parse the file into an in-memory Oxigraph store (ten times faster than rdflib on a large graph,
    see DESIGN.md); formats Oxigraph does not know (JSON-LD …) go through rdflib."""
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) if path.suffix else None
    if fmt is None:
        from .query import load_graph

        return _rdflib_select(load_graph(path))
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as error:
        raise ValueError(f"cannot read the graph in '{path}': {error}") from None
    return _oxigraph_select(store, union=True)


def _rdflib_select(graph) -> Select:
    def select(query: str) -> list[dict[str, str | None]]:
        result = graph.query(PREFIXES + query)
        names = [str(v) for v in result.vars]
        return [{n: (None if row[i] is None else str(row[i])) for i, n in enumerate(names)} for row in result]
    return select


def _store_select(folder: Path) -> Select:
    """Query a ``thaigovkg`` store folder (Oxigraph, see ``store.py``) directly, read-only, in its
    default graph: the merge of all the article graphs."""
    from .store import open_store

    return _oxigraph_select(open_store(folder, read_only=True), union=False)


def _oxigraph_select(store, union: bool) -> Select:
    """SELECT on an Oxigraph store; ``union`` reads the triples of every graph of a TriG/N-Quads file."""
    def select(query: str) -> list[dict[str, str | None]]:
        solutions = store.query(PREFIXES + query, use_default_graph_as_union=union)
        names = [v.value for v in solutions.variables]
        return [{n: (None if s[n] is None else s[n].value) for n in names} for s in solutions]
    return select


def selector(source) -> Select:
    """A SELECT runner for an RDF file, an Oxigraph store folder, or an rdflib Graph."""
    if hasattr(source, "query") and not isinstance(source, (str, Path)):
        return _rdflib_select(source)
    path = Path(source)
    if path.is_dir():
        return _store_select(path)
    if not path.exists():
        raise FileNotFoundError(f"no graph file or store folder '{path}'")
    return _file_select(path)


ORGS = """SELECT DISTINCT ?org WHERE {
  { ?org a org:Organization } UNION { ?org org:subOrganizationOf ?p } UNION { ?a tgk:recipient ?org }
}"""
CLASSES = f"""SELECT ?org ?class WHERE {{
  ?org a ?class . FILTER (STRSTARTS(STR(?class), "{TGK_NS}"))
  {{ ?org a org:Organization }} UNION {{ ?org org:subOrganizationOf ?p }} UNION {{ ?a tgk:recipient ?org }}
}}"""
PARENTS = "SELECT ?org ?parent WHERE { ?org org:subOrganizationOf ?parent }"
LABELS = """SELECT ?org ?label (lang(?label) AS ?lang) WHERE {
  ?org skos:prefLabel ?label .
  { ?org a org:Organization } UNION { ?org org:subOrganizationOf ?p } UNION { ?a tgk:recipient ?org }
}"""
ABBREVIATIONS = "SELECT ?org ?abbreviation WHERE { ?org tgk:abbreviation ?abbreviation }"
AWARDS = """SELECT ?award ?recipient ?year ?programme ?branch ?category ?level ?project ?honoree ?label WHERE {
  ?award a tgk:AwardConferral ; tgk:recipient ?recipient .
  OPTIONAL { ?award tgk:programmeYear ?year }
  OPTIONAL { ?award tgk:programme/skos:prefLabel ?programme . FILTER (lang(?programme) = "th") }
  OPTIONAL { ?award tgk:branch/skos:prefLabel ?branch . FILTER (lang(?branch) = "th") }
  OPTIONAL { ?award tgk:category/skos:prefLabel ?category . FILTER (lang(?category) = "th") }
  OPTIONAL { ?award tgk:level/skos:prefLabel ?level . FILTER (lang(?level) = "th") }
  OPTIONAL { ?award tgk:awardedWork/schema:name ?project }
  OPTIONAL { ?award tgk:honoree/foaf:name ?honoree }
  OPTIONAL { ?award rdfs:label ?label }
}"""
PEOPLE = """SELECT ?post ?org ?title ?person ?name WHERE {
  ?post org:heldBy ?person ; org:postIn ?org ; skos:prefLabel ?title .
  ?person foaf:name ?name .
}"""


# ---------------------------------------------------------------------------- years and names
def parse_years(text: str | None) -> tuple[int, int] | None:
    """A Buddhist Era year range from ``2565-2567``, ``2567``, ``2022-2024`` (CE is converted) or None."""
    if text is None or not str(text).strip():
        return None
    match = re.fullmatch(r"\s*(\d{4})\s*(?:[-–:]\s*(\d{4})?\s*)?", str(text))
    if not match:
        raise ValueError(f"cannot read the year range '{text}' (write 2565-2567, 2567 or 2022-2024)")
    first = _be(int(match.group(1)))
    open_ended = not match.group(2) and any(dash in text for dash in "-–:")
    last = 9999 if open_ended else _be(int(match.group(2) or match.group(1)))
    if first > last:
        raise ValueError(f"the year range '{text}' ends before it starts")
    return first, last


def _be(year: int) -> int:
    """Buddhist Era year: years before 2400 are read as Common Era (2024 → 2567)."""
    return year + 543 if year < 2400 else year


def _thai_key(text: str) -> str:
    """A sort key that orders Thai names as a dictionary does: a leading vowel (เ แ โ ใ ไ) sorts after
    its consonant, so เกษตร comes under ก, not after ฮ."""
    return re.sub(r"([เแโใไ])([ก-ฮ])", r"\2\1", text)


def _compact(text: str) -> str:
    """A short form or name without dots, spaces and case, to match พม. with พม or ก.พ.ร. with กพร."""
    return re.sub(r"[\s.]", "", unicodedata.normalize("NFC", text)).casefold()


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# ---------------------------------------------------------------------------- building the DiGraph
def hierarchy(source, root: str | None = None, years: str | tuple[int, int] | None = None,
              people: bool = False, outside: bool = False) -> nx.DiGraph:
    """The agency hierarchy of a knowledge graph: a DiGraph parent → child with names and award counts.

    Node attributes: ``kind`` (``Ministry``, ``Department`` … or ``post``), ``label``, ``name_th``,
    ``name_en``, ``abbreviations`` (list), ``classes`` (list), ``iri``, ``awards`` (its own),
    ``awards_total`` (with all its units), ``awards_by_year`` and ``awards_total_by_year``
    ({BE year: count}), ``award_list`` (its own conferrals as dicts: programme, year, branch,
    category, level, project, honoree). ``years`` keeps only awards of those BE years; ``root``
    keeps one agency and its units; ``people`` adds one ``post`` node per person in a post. Only the
    bodies of the Thai state are kept unless ``outside`` (companies, foundations, international bodies …:
    the ``tgk:NonStateOrganization`` classes, ``OUTSIDE_CLASSES``).
    """
    select = selector(source)
    year_range = parse_years(years) if isinstance(years, str) or years is None else years
    graph = nx.DiGraph(years=f"{year_range[0]}-{year_range[1]}" if year_range else "")

    for row in select(ORGS):
        graph.add_node(row["org"])
    nodes = graph.nodes
    for org in nodes:
        nodes[org].update(iri=org, kind="Organization", classes=[], name_th=None, name_en=None,
                          abbreviations=[], award_list=[])
    for row in select(CLASSES):
        nodes[row["org"]]["classes"].append(_tail(row["class"]))
    for row in select(LABELS):
        key = "name_th" if row["lang"] == "th" else "name_en" if row["lang"] == "en" else None
        if key and (nodes[row["org"]][key] is None or row["label"] < nodes[row["org"]][key]):
            nodes[row["org"]][key] = row["label"]
    for row in select(ABBREVIATIONS):
        if row["org"] in nodes:
            nodes[row["org"]]["abbreviations"].append(row["abbreviation"])
    for row in select(PARENTS):
        if row["org"] != row["parent"]:
            if row["parent"] not in nodes:   # a parent named only as a parent: keep the link visible
                graph.add_node(row["parent"], iri=row["parent"], kind="Organization", classes=[], name_th=None,
                               name_en=None, abbreviations=[], award_list=[])
            graph.add_edge(row["parent"], row["org"])
    for org, data in nodes.items():
        data["classes"] = sorted(set(data["classes"]), key=lambda c: (c not in CLASS_ORDER, CLASS_ORDER.index(c)
                                                                       if c in CLASS_ORDER else 0, c))
        data["kind"] = next((c for c in data["classes"] if c in CLASS_ORDER), "Organization")
        data["abbreviations"] = sorted(set(data["abbreviations"]), key=lambda a: (len(a), a))
        data["label"] = data["name_th"] or data["name_en"] or _tail(org)
    if not outside:   # the state only: bodies outside it are typed tgk:NonStateOrganization and a kind of it
        graph.remove_nodes_from([n for n, d in nodes.items() if set(d["classes"]) & set(OUTSIDE_CLASSES)])
        nodes = graph.nodes

    seen: set[str] = set()
    for row in sorted(select(AWARDS), key=lambda r: (r["award"], r["label"] or "")):
        if row["award"] in seen or row["recipient"] not in nodes:
            continue
        seen.add(row["award"])
        year = int(row["year"]) if row["year"] and row["year"].lstrip("-").isdigit() else None
        if year_range and (year is None or not year_range[0] <= year <= year_range[1]):
            continue
        nodes[row["recipient"]]["award_list"].append({
            "iri": row["award"], "year": year, "programme": row["programme"], "branch": row["branch"],
            "category": row["category"], "level": row["level"], "project": row["project"],
            "honoree": row["honoree"], "label": row["label"]})

    if root:
        keep = _subtree(graph, match_agency(graph, root))
        graph = graph.subgraph(keep).copy()
        graph.graph["root"] = root
    _count_awards(graph)
    if people:
        _add_people(graph, select)
    return graph


def _count_awards(graph: nx.DiGraph) -> None:
    for node, data in graph.nodes.items():
        data["award_list"].sort(key=lambda a: (-(a["year"] or 0), a["programme"] or "", a["branch"] or "",
                                               a["category"] or "", a["level"] or "", a["project"] or "", a["iri"]))
        data["awards"] = len(data["award_list"])
        data["awards_by_year"] = _by_year(data["award_list"])
    for node, data in graph.nodes.items():
        units = [node, *nx.descendants(graph, node)]
        data["awards_total"] = sum(graph.nodes[u]["awards"] for u in units)
        data["awards_total_by_year"] = _by_year(a for u in units for a in graph.nodes[u]["award_list"])


def _by_year(awards: Iterable[dict]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for award in awards:
        if award["year"] is not None:
            counts[award["year"]] = counts.get(award["year"], 0) + 1
    return dict(sorted(counts.items()))


def _add_people(graph: nx.DiGraph, select: Select) -> None:
    for row in sorted(select(PEOPLE), key=lambda r: (r["org"], r["title"], r["name"], r["post"])):
        if row["org"] not in graph or row["post"] in graph:
            continue
        graph.add_node(row["post"], iri=row["post"], kind="post", classes=[], person=row["person"],
                       name=row["name"], title=row["title"], label=f"{row['title']}: {row['name']}",
                       name_th=row["name"], name_en=None, abbreviations=[], award_list=[], awards=0,
                       awards_total=0, awards_by_year={}, awards_total_by_year={})
        graph.add_edge(row["org"], row["post"])


def _subtree(graph: nx.DiGraph, node: str) -> set[str]:
    return {node, *nx.descendants(graph, node)}


def match_agency(graph: nx.DiGraph, name: str) -> str:
    """The node an agency name, short form (พม. or พม), English name, IRI or IRI key names."""
    wanted = _compact(name)
    exact, loose = [], []
    for node, data in graph.nodes.items():
        if name.strip() in (node, data.get("name_th"), data.get("name_en")):
            exact.append(node)
        elif wanted in {_compact(x) for x in (data.get("name_th") or "", data.get("name_en") or "", _tail(node),
                                               *data.get("abbreviations", ())) if x}:
            loose.append(node)
    found = exact or loose
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValueError(f"no agency in the graph matches '{name}' (give a Thai name, a short form such as "
                         "พม., an English name or an IRI)")
    names = ", ".join(sorted(f"{graph.nodes[n]['label']} <{n}>" for n in found))
    raise ValueError(f"'{name}' matches {len(found)} agencies: {names}; give the full name or IRI")


# ---------------------------------------------------------------------------- the tree for pictures
@dataclass(frozen=True)
class Tree:
    """The hierarchy as a tree for drawing: roots and children in display order (one parent each)."""
    roots: list[str]
    children: dict[str, list[str]]
    parent: dict[str, str | None]


def _order(graph: nx.DiGraph, node: str) -> tuple:
    data = graph.nodes[node]
    kind = data.get("kind", "Organization")
    rank = -1 if kind == "post" else CLASS_ORDER.index(kind) if kind in CLASS_ORDER else len(CLASS_ORDER)
    return rank, _thai_key(data.get("label", "")), node


def tree(graph: nx.DiGraph) -> Tree:
    """Roots (agencies without a parent, ministries first) and each node's children, sorted; a node
    with two parents hangs under the first; a cycle is cut where it closes."""
    parent: dict[str, str | None] = {}
    children: dict[str, list[str]] = {n: [] for n in graph}
    roots = sorted((n for n in graph if graph.in_degree(n) == 0), key=lambda n: _order(graph, n))
    # cycles have no root: start from their smallest member so no node is left out
    pending = list(roots)
    placed = set(roots)
    for r in roots:
        parent[r] = None
    while True:
        while pending:
            node = pending.pop()
            for child in sorted(graph.successors(node), key=lambda n: _order(graph, n)):
                if child not in placed:
                    placed.add(child)
                    parent[child] = node
                    children[node].append(child)
                    pending.append(child)
        rest = sorted((n for n in graph if n not in placed), key=lambda n: _order(graph, n))
        if not rest:
            break
        roots.append(rest[0])
        placed.add(rest[0])
        parent[rest[0]] = None
        pending.append(rest[0])
    return Tree(roots, children, parent)


def _walk(t: Tree) -> Iterable[tuple[str, int]]:
    stack = [(r, 0) for r in reversed(t.roots)]
    while stack:
        node, depth = stack.pop()
        yield node, depth
        stack.extend((c, depth + 1) for c in reversed(t.children[node]))


# ---------------------------------------------------------------------------- writers
def write_hierarchy(graph: nx.DiGraph, path: str | Path) -> Path:
    """Write the hierarchy to PATH in the format its suffix names (.html .svg .png .dot .graphml .gexf .json)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"cannot write '{path}': the suffix must be one of {' '.join(SUFFIXES)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".html":
        path.write_text(to_html(graph), encoding="utf-8")
    elif suffix == ".svg":
        path.write_text(to_svg(graph), encoding="utf-8")
    elif suffix in (".dot", ".gv"):
        path.write_text(to_dot(graph), encoding="utf-8")
    elif suffix == ".png":
        _render_dot(to_dot(graph), path)
    elif suffix == ".graphml":
        nx.write_graphml(flat(graph), path, encoding="utf-8")
    elif suffix == ".gexf":
        nx.write_gexf(flat(graph), path, encoding="utf-8")
    elif suffix == ".json":
        data = nx.node_link_data(graph, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def flat(graph: nx.DiGraph) -> nx.DiGraph:
    """A copy with scalar attributes only, for GraphML, GEXF and DOT: lists joined with '; ', counts by
    year as ``awards_2567`` / ``awards_total_2567`` columns, the award list left out (it is in .json/.html)."""
    years = sorted({y for _, d in graph.nodes(data=True) for y in d.get("awards_total_by_year", {})})
    out = nx.DiGraph()
    out.graph.update({k: v for k, v in graph.graph.items() if isinstance(v, (str, int, float))})
    for node, data in graph.nodes(data=True):
        attrs: dict[str, object] = {}
        for key, value in data.items():
            if key == "award_list" or isinstance(value, dict):
                continue
            if isinstance(value, (list, tuple)):
                value = "; ".join(str(v) for v in value)
            attrs[key] = "" if value is None else value
        for year in years:
            attrs[f"awards_{year}"] = data.get("awards_by_year", {}).get(year, 0)
            attrs[f"awards_total_{year}"] = data.get("awards_total_by_year", {}).get(year, 0)
        out.add_node(node, **attrs)
    out.add_edges_from(graph.edges)
    return out


def _display_name(data: dict) -> str:
    abbr = data.get("abbreviations") or []
    return data["label"] + (f" ({', '.join(abbr)})" if abbr else "")


def _heat(value: int, top: int) -> str:
    """A colour from pale grey (no awards) through gold to deep orange (the most)."""
    if value <= 0 or top <= 0:
        return "#e8eaed"
    t = math.log1p(value) / math.log1p(top)
    stops = ((255, 236, 179), (255, 183, 77), (230, 81, 0))
    a, b, u = (stops[0], stops[1], t * 2) if t < 0.5 else (stops[1], stops[2], t * 2 - 1)
    return "#" + "".join(f"{round(x + (y - x) * u):02x}" for x, y in zip(a, b))


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def to_dot(graph: nx.DiGraph) -> str:
    """Graphviz DOT, left to right, boxes coloured by awards (with units), Thai font ``Garuda``."""
    top = max((d.get("awards_total", 0) for _, d in graph.nodes(data=True)), default=0)
    lines = ["digraph hierarchy {", "  rankdir=LR; ranksep=0.4; nodesep=0.12;",
             f'  graph [fontname="{GRAPHVIZ_FONT}"];',
             f'  node [shape=box, style="rounded,filled", fontname="{GRAPHVIZ_FONT}", fontsize=11, '
             'color="#9aa0a6"];',
             '  edge [color="#9aa0a6", arrowsize=0.5];']
    flat_graph = flat(graph)
    t = tree(graph)
    for node, _ in _walk(t):
        data = graph.nodes[node]
        if data["kind"] == "post":
            label, fill, shape = data["label"], "#e3f2fd", "note"
        else:
            label = _display_name(data)
            if data["awards_total"]:
                label += "\n" + _count_text(data["awards"], data["awards_total"]).strip()
            fill, shape = _heat(data["awards_total"], top), "box"
        attrs = {"label": label, "fillcolor": fill, "shape": shape, "tooltip": node,
                 "kind": data["kind"], "awards": str(flat_graph.nodes[node].get("awards", 0)),
                 "awards_total": str(flat_graph.nodes[node].get("awards_total", 0))}
        lines.append(f"  {_dot_quote(node)} [" + ", ".join(f"{k}={_dot_quote(v)}" for k, v in attrs.items()) + "];")
    for a, b in sorted(graph.edges):
        lines.append(f"  {_dot_quote(a)} -> {_dot_quote(b)};")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _render_dot(dot_text: str, path: Path) -> None:
    dot = shutil.which("dot")
    if not dot:
        raise ValueError(f"writing '{path}' needs Graphviz `dot` (apt-get install graphviz fonts-thai-tlwg); "
                         "or write .svg, which needs nothing")
    fmt = path.suffix.lstrip(".").lower()
    run = subprocess.run([dot, f"-T{fmt}", "-o", str(path)], input=dot_text.encode("utf-8"),
                         capture_output=True, timeout=300)
    if run.returncode != 0:
        raise ValueError(f"Graphviz could not draw '{path}': {run.stderr.decode('utf-8', 'replace').strip()}")


def _text_width(text: str, size: float) -> float:
    """Rough width of a line of text: Thai vowel and tone marks above and below take no room."""
    width = 0.0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn":
            continue
        width += 0.62 if ord(ch) > 0x2000 or ch.isupper() else 0.55 if ch.isalnum() else 0.35
    return width * size


def _count_text(own: int, total: int) -> str:
    """'  3 รางวัล' for an agency alone, '  2 · รวม 9 รางวัล' with its units, '' without awards."""
    if not total:
        return ""
    if total == own:
        return f"  {own} รางวัล"
    return "  " + (f"{own} · " if own else "") + f"รวม {total} รางวัล"


def to_svg(graph: nx.DiGraph, title: str | None = None) -> str:
    """A static, fully expanded tree as SVG, drawn in pure Python (one row per node, indented by level).

    Dots are sized and coloured by awards including units; text uses ``THAI_FONTS``."""
    t = tree(graph)
    rows = list(_walk(t))
    size, row_h, indent, left, top_margin = 13, 24, 26, 16, 64
    top = max((d.get("awards_total", 0) for _, d in graph.nodes(data=True)), default=0)
    fonts = ", ".join(f"'{f}'" if " " in f else f for f in THAI_FONTS)
    title = title or "ผังหน่วยงาน (Agency hierarchy)"
    agencies = sum(1 for _, d in graph.nodes(data=True) if d.get("kind") != "post")
    awards = sum(d.get("awards", 0) for _, d in graph.nodes(data=True))
    subtitle = f"{agencies} หน่วยงาน · {awards} รางวัล" + (f" · ปี {graph.graph['years']}" if graph.graph.get("years")
                                                              else "")
    body, width = [], 600.0
    y_of: dict[str, float] = {}
    for i, (node, depth) in enumerate(rows):
        data = graph.nodes[node]
        x = left + depth * indent + 8
        y = top_margin + i * row_h + row_h / 2
        y_of[node] = y
        parent = t.parent.get(node)
        if parent is not None:
            px = left + (depth - 1) * indent + 8
            body.append(f'<path d="M{px},{y_of[parent] + 6} V{y} H{x - 6}" class="link"/>')
        esc = html.escape
        if data["kind"] == "post":
            body.append(f'<rect x="{x - 4}" y="{y - 4}" width="8" height="8" class="post"/>')
            text = f'<text x="{x + 12}" y="{y + 4.5}" class="person">{esc(data["label"])}</text>'
            label_w = _text_width(data["label"], size - 1)
        else:
            r = 4 + (6 * math.sqrt(data["awards_total"] / top) if top else 0)
            body.append(f'<circle cx="{x}" cy="{y}" r="{r:.1f}" fill="{_heat(data["awards_total"], top)}" '
                        f'class="dot"><title>{esc(node)}</title></circle>')
            name = _display_name(data)
            count = _count_text(data["awards"], data["awards_total"])
            weight = ' class="ministry"' if depth == 0 else ""
            text = (f'<text x="{x + 14}" y="{y + 4.5}"{weight}>{esc(name)}'
                    f'<tspan class="count">{esc(count)}</tspan></text>')
            label_w = _text_width(name + count, size)
        body.append(text)
        width = max(width, x + 14 + label_w + 24)
    height = top_margin + len(rows) * row_h + 40
    legend_y = height - 18
    legend = ("จุดใหญ่และสีเข้ม = ได้รับรางวัลมาก (รวมหน่วยงานย่อย); "
              "ตัวเลข = รางวัลของหน่วยงานเอง · รวม = รวมหน่วยงานย่อย")
    width = max(width, left + _text_width(legend, size) + 24, left + _text_width(title, 18) + 24)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height}" '
        f'viewBox="0 0 {width:.0f} {height}" font-family="{html.escape(fonts)}" font-size="{size}">\n'
        "<style>.link{fill:none;stroke:#bdc1c6;stroke-width:1}.dot{stroke:#80868b;stroke-width:.8}"
        ".post{fill:#bbdefb;stroke:#64b5f6}.person{fill:#1a4f8b;font-size:12px}.count{fill:#b45309}"
        ".ministry{font-weight:bold}.title{font-size:18px;font-weight:bold}.sub{fill:#5f6368}</style>\n"
        f'<rect width="100%" height="100%" fill="#ffffff"/>\n'
        f'<text x="{left}" y="26" class="title">{html.escape(title)}</text>\n'
        f'<text x="{left}" y="46" class="sub">{html.escape(subtitle)}</text>\n'
        + "\n".join(body) +
        f'\n<text x="{left}" y="{legend_y}" class="sub">{html.escape(legend)}</text>\n</svg>\n')


@lru_cache(maxsize=1)
def _page_template() -> str:
    return (importlib_resources.files("thaigovkg") / "static" / "hierarchy.html").read_text(encoding="utf-8")


def page_data(graph: nx.DiGraph) -> dict:
    """What the page needs, compact: nodes in tree order with parent index, and every award once."""
    t = tree(graph)
    order = [n for n, _ in _walk(t)]
    index = {n: i for i, n in enumerate(order)}
    awards: list[list] = []
    nodes = []
    for node in order:
        data = graph.nodes[node]
        own = []
        for a in data.get("award_list", []):
            own.append(len(awards))
            awards.append([a["year"], a["programme"], a["branch"], a["category"], a["level"], a["project"],
                           a["honoree"], index[node]])
        parent = t.parent.get(node)
        nodes.append({"id": node, "name": data["label"], "en": data.get("name_en"),
                      "abbr": data.get("abbreviations", []), "kind": data["kind"],
                      "kindTh": CLASS_TH.get(data["kind"], data["kind"]),
                      "p": -1 if parent is None else index[parent], "c": [index[c] for c in t.children[node]],
                      "a": own, "person": data.get("person"), "title": data.get("title")})
    return {"nodes": nodes, "awards": awards, "years": graph.graph.get("years", ""),
            "root": graph.graph.get("root", "")}


def to_html(graph: nx.DiGraph) -> str:
    """One self-contained page (vanilla JavaScript, no network): a collapsible tree with search,
    details and awards on click, dots sized and coloured by awards."""
    data = json.dumps(page_data(graph), ensure_ascii=False, separators=(",", ":"))
    data = data.replace("</", "<\\/").replace("<!--", "<\\!--")
    fonts = ", ".join(f"'{f}'" if " " in f else f for f in THAI_FONTS)
    return _page_template().replace("/*FONTS*/", fonts).replace("/*DATA*/", data)


# ---------------------------------------------------------------------------- one call for the CLI
def write_hierarchy_file(source, output: str | Path, root: str | None = None, years: str | None = None,
                         people: bool = False, outside: bool = False) -> tuple[Path, nx.DiGraph]:
    """Read the hierarchy from SOURCE (file or store folder) and write it to OUTPUT; returns both."""
    suffix = Path(output).suffix.lower()
    if suffix not in SUFFIXES:   # fail before reading a large graph
        raise ValueError(f"cannot write '{output}': the suffix must be one of {' '.join(SUFFIXES)}")
    graph = hierarchy(source, root=root, years=years, people=people, outside=outside)
    return write_hierarchy(graph, output), graph


def summary(graph: nx.DiGraph) -> str:
    agencies = [d for _, d in graph.nodes(data=True) if d.get("kind") != "post"]
    posts = len(graph) - len(agencies)
    awards = sum(d["awards"] for d in agencies)
    text = f"{len(agencies)} agencies, {graph.number_of_edges() - posts} links, {awards} awards"
    if posts:
        text += f", {posts} people in posts"
    if graph.graph.get("years"):
        text += f" (years {graph.graph['years']})"
    return text


__all__ = ["hierarchy", "write_hierarchy", "write_hierarchy_file", "parse_years", "match_agency", "tree",
           "flat", "to_dot", "to_svg", "to_html", "page_data", "summary", "THAI_FONTS", "GRAPHVIZ_FONT"]
