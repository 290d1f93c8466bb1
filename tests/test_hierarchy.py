"""The agency hierarchy: read from the graph by SPARQL, counted right, filtered, and written in every format."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import networkx as nx
import pytest
from rdflib import Graph

from thaigovkg.cli import main
from thaigovkg.hierarchy import hierarchy, parse_years, write_hierarchy

PREFIXES = """PREFIX tgk: <https://w3id.org/thaigovkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
"""
DSDW = "https://w3id.org/thaigovkg/id/org/dsdw"        # กรมพัฒนาสังคมและสวัสดิการ (พส.)
MSDHS = "https://w3id.org/thaigovkg/id/org/msdhs"      # กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.)


@pytest.fixture(scope="module")
def seed_graph(seed_build) -> Graph:
    _, path = seed_build
    return Graph().parse(path)


@pytest.fixture(scope="module")
def seed_hierarchy(seed_build) -> nx.DiGraph:
    _, path = seed_build
    return hierarchy(path)


def _sparql_counts(graph: Graph, path: str) -> dict[str, int]:
    rows = graph.query(PREFIXES + f"""SELECT ?org (COUNT(DISTINCT ?award) AS ?n) WHERE {{
        ?award a tgk:AwardConferral ; {path} ?org . }} GROUP BY ?org""")
    return {str(org): int(n) for org, n in rows}


def test_hierarchy_has_every_organization_of_the_graph_with_parent_edges(seed_hierarchy, seed_graph):
    orgs = {str(o) for (o,) in seed_graph.query(PREFIXES + "SELECT ?o WHERE { ?o a org:Organization }")}
    links = {(str(p), str(c)) for c, p in seed_graph.query(
        PREFIXES + "SELECT ?c ?p WHERE { ?c org:subOrganizationOf ?p }")}
    assert orgs and set(seed_hierarchy) == orgs
    assert set(seed_hierarchy.edges) == links
    assert nx.is_directed_acyclic_graph(seed_hierarchy)
    dsdw = seed_hierarchy.nodes[DSDW]
    assert (dsdw["name_th"], dsdw["kind"], dsdw["abbreviations"]) == ("กรมพัฒนาสังคมและสวัสดิการ", "Department", ["พส."])
    assert dsdw["name_en"] == "Department of Social Development and Welfare"
    assert seed_hierarchy.nodes[MSDHS]["kind"] == "Ministry"


def test_hierarchy_award_counts_match_a_sparql_count(seed_hierarchy, seed_graph):
    own = _sparql_counts(seed_graph, "tgk:recipient")
    total = _sparql_counts(seed_graph, "tgk:recipient/org:subOrganizationOf*")
    assert sum(own.values()) == 27
    for node, data in seed_hierarchy.nodes(data=True):
        assert data["awards"] == own.get(node, 0), node
        assert data["awards_total"] == total.get(node, 0), node
        assert sum(data["awards_by_year"].values()) <= data["awards"]
    assert seed_hierarchy.nodes[MSDHS]["awards_total"] > seed_hierarchy.nodes[MSDHS]["awards"]


def test_hierarchy_award_counts_by_year_match_a_sparql_count(seed_hierarchy, seed_graph):
    rows = seed_graph.query(PREFIXES + """SELECT ?org ?year (COUNT(DISTINCT ?award) AS ?n) WHERE {
        ?award a tgk:AwardConferral ; tgk:programmeYear ?year ; tgk:recipient/org:subOrganizationOf* ?org .
        } GROUP BY ?org ?year""")
    expected = {(str(o), int(y)): int(n) for o, y, n in rows}
    found = {(node, year): n for node, data in seed_hierarchy.nodes(data=True)
             for year, n in data["awards_total_by_year"].items()}
    assert found == expected


def test_hierarchy_award_list_carries_programme_year_and_terms(seed_hierarchy):
    awards = seed_hierarchy.nodes[DSDW]["award_list"]
    assert awards and all(a["programme"] == "รางวัลเลิศรัฐ" and a["year"] for a in awards)
    assert any(a["project"] for a in awards) and any(a["branch"] for a in awards)


@pytest.mark.parametrize("root", ["พม.", "พม", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", MSDHS])
def test_hierarchy_root_keeps_one_agency_and_its_units(seed_build, seed_hierarchy, root):
    _, path = seed_build
    sub = hierarchy(path, root=root)
    assert set(sub) == {MSDHS, *nx.descendants(seed_hierarchy, MSDHS)}
    assert DSDW in sub and len(sub) < len(seed_hierarchy)
    assert sub.nodes[MSDHS]["awards_total"] == seed_hierarchy.nodes[MSDHS]["awards_total"]


def test_hierarchy_root_that_matches_nothing_is_an_error(seed_build):
    with pytest.raises(ValueError, match="no agency in the graph matches 'กรมที่ไม่มี'"):
        hierarchy(seed_build[1], root="กรมที่ไม่มี")


@pytest.mark.parametrize("text, expected", [
    ("2565-2567", (2565, 2567)), ("2567", (2567, 2567)), ("2022-2024", (2565, 2567)),
    ("2566–2567", (2566, 2567)), ("2565-", (2565, 9999)), (None, None), ("", None),
])
def test_hierarchy_years_read_buddhist_and_common_era(text, expected):
    assert parse_years(text) == expected


@pytest.mark.parametrize("text", ["65-67", "2567-2565", "last year"])
def test_hierarchy_years_that_cannot_be_read_are_an_error(text):
    with pytest.raises(ValueError):
        parse_years(text)


def test_hierarchy_years_filter_counts_only_those_years(seed_build, seed_hierarchy):
    _, path = seed_build
    years = sorted({y for _, d in seed_hierarchy.nodes(data=True) for y in d["awards_by_year"]})
    assert len(years) >= 2, years
    last = years[-1]
    only = hierarchy(path, years=str(last))
    same = hierarchy(path, years=f"{last - 543}")          # the same year in Common Era
    assert set(only) == set(seed_hierarchy)                # the agencies stay; their counts change
    for node, data in only.nodes(data=True):
        assert data["awards"] == seed_hierarchy.nodes[node]["awards_by_year"].get(last, 0)
        assert set(data["awards_by_year"]) <= {last}
        assert same.nodes[node]["awards_total"] == data["awards_total"]
    assert 0 < sum(d["awards"] for _, d in only.nodes(data=True)) < sum(
        d["awards"] for _, d in seed_hierarchy.nodes(data=True))


def test_hierarchy_people_adds_posts_under_their_agencies(seed_build, seed_graph):
    with_people = hierarchy(seed_build[1], people=True)
    posts = [n for n, d in with_people.nodes(data=True) if d["kind"] == "post"]
    expected = {str(p) for (p,) in seed_graph.query(PREFIXES + """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT ?post WHERE { ?post org:heldBy/foaf:name ?n ; org:postIn ?o }""")}
    assert set(posts) == expected and posts
    for post in posts:
        (parent,) = with_people.predecessors(post)
        assert with_people.nodes[parent]["kind"] != "post"
        assert with_people.nodes[post]["title"] and with_people.nodes[post]["name"]


@pytest.mark.parametrize("suffix", [".graphml", ".gexf"])
def test_hierarchy_graphml_and_gexf_read_back_with_the_same_nodes_and_edges(seed_hierarchy, tmp_path, suffix):
    path = write_hierarchy(seed_hierarchy, tmp_path / f"h{suffix}")
    back = nx.read_graphml(path) if suffix == ".graphml" else nx.read_gexf(path)
    assert set(back) == set(seed_hierarchy)
    assert set(back.edges) == set(seed_hierarchy.edges)
    assert back.is_directed()
    attrs = back.nodes[DSDW]
    assert attrs.get("name_th", attrs.get("label")) == "กรมพัฒนาสังคมและสวัสดิการ"
    assert int(attrs["awards_total"]) == seed_hierarchy.nodes[DSDW]["awards_total"]


def test_hierarchy_json_is_networkx_node_link(seed_hierarchy, tmp_path):
    path = write_hierarchy(seed_hierarchy, tmp_path / "h.json")
    back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert set(back) == set(seed_hierarchy) and set(back.edges) == set(seed_hierarchy.edges)
    assert back.nodes[DSDW]["award_list"] == seed_hierarchy.nodes[DSDW]["award_list"]


def test_hierarchy_dot_renders_with_graphviz(seed_hierarchy, tmp_path):
    if not shutil.which("dot"):
        pytest.skip("Graphviz `dot` is not installed (make test-browser installs it)")
    path = write_hierarchy(seed_hierarchy, tmp_path / "h.dot")
    run = subprocess.run(["dot", "-Tsvg", str(path)], capture_output=True, timeout=60)
    assert run.returncode == 0, run.stderr.decode()
    svg = run.stdout.decode("utf-8")
    assert svg.count('class="node"') == len(seed_hierarchy)
    assert svg.count('class="edge"') == seed_hierarchy.number_of_edges()
    assert "กรมพัฒนาสังคมและสวัสดิการ" in svg


def test_hierarchy_svg_draws_every_agency_in_a_thai_font(seed_hierarchy, tmp_path):
    import xml.etree.ElementTree as ET

    path = write_hierarchy(seed_hierarchy, tmp_path / "h.svg")
    root = ET.parse(path).getroot()
    assert "Garuda" in root.get("font-family") and "Noto Sans Thai" in root.get("font-family")
    text = "".join(root.itertext())
    for _, data in seed_hierarchy.nodes(data=True):
        assert data["label"] in text
    assert len(root.findall("{http://www.w3.org/2000/svg}circle")) == len(seed_hierarchy)


def test_hierarchy_html_is_self_contained_with_every_agency_and_award(seed_hierarchy, tmp_path):
    page = write_hierarchy(seed_hierarchy, tmp_path / "h.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)   # nothing fetched from a network
    assert "@import" not in page and "url(" not in page
    data = json.loads(re.search(r'<script type="application/json" id="data">(.*?)</script>', page, re.S).group(1))
    assert {n["id"] for n in data["nodes"]} == set(seed_hierarchy)
    assert len(data["awards"]) == sum(d["awards"] for _, d in seed_hierarchy.nodes(data=True))
    dsdw = next(n for n in data["nodes"] if n["id"] == DSDW)
    assert dsdw["abbr"] == ["พส."] and len(dsdw["a"]) == seed_hierarchy.nodes[DSDW]["awards"]


def test_hierarchy_reads_a_store_folder_like_the_file(seed_build, seed_hierarchy, tmp_path):
    import pyoxigraph as ox

    store = ox.Store(str(tmp_path / "store"))
    store.load(path=str(seed_build[1]), format=ox.RdfFormat.TURTLE)
    store.flush()
    del store
    from_store = hierarchy(tmp_path / "store")
    assert set(from_store) == set(seed_hierarchy) and set(from_store.edges) == set(seed_hierarchy.edges)
    for node, data in from_store.nodes(data=True):
        assert data["awards_total_by_year"] == seed_hierarchy.nodes[node]["awards_total_by_year"]
        assert data["abbreviations"] == seed_hierarchy.nodes[node]["abbreviations"]


def test_hierarchy_reads_an_rdflib_graph_like_the_file(seed_graph, seed_hierarchy):
    from_rdflib = hierarchy(seed_graph)
    assert set(from_rdflib.edges) == set(seed_hierarchy.edges)
    assert dict(from_rdflib.nodes(data=True)) == dict(seed_hierarchy.nodes(data=True))


def test_hierarchy_cli_writes_the_file_and_reports(seed_build, tmp_path, capsys):
    out = tmp_path / "msdhs.html"
    assert main(["hierarchy", str(seed_build[1]), "--root", "พม.", "--years", "2565-2567", "-o", str(out)]) == 0
    assert out.is_file() and "agencies" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["--root", "ไม่มีหน่วยงานนี้", "-o", "{tmp}/h.html"], "Error: no agency in the graph matches"),
    (["--years", "ปีที่แล้ว", "-o", "{tmp}/h.html"], "Error: cannot read the year range"),
    (["-o", "{tmp}/h.pdf"], "Error: cannot write"),
])
def test_hierarchy_cli_errors_exit_1(seed_build, tmp_path, capsys, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(["hierarchy", str(seed_build[1]), *args]) == 1
    assert capsys.readouterr().err.startswith(message)


def test_hierarchy_cli_missing_graph_is_an_error(tmp_path, capsys):
    assert main(["hierarchy", str(tmp_path / "none.ttl"), "-o", str(tmp_path / "h.svg")]) == 1
    assert capsys.readouterr().err.startswith("Error: no graph file")


# ---------------------------------------------------------------------------- the page in a real browser
# (the `chromium` fixture and its driver: conftest.py, browser_driver.py)
@pytest.mark.browser
def test_hierarchy_page_opens_offline_searches_and_shows_awards(seed_hierarchy, chromium, tmp_path):
    from pathlib import Path

    page = write_hierarchy(seed_hierarchy, tmp_path / "hierarchy.html")
    seconds = chromium.open(page)
    assert seconds < 10
    roots = [n for n in seed_hierarchy if seed_hierarchy.in_degree(n) == 0]
    # opens collapsed below the top agencies
    assert chromium.js("document.querySelectorAll('#tree .row').length") == len(roots)
    chromium.click("#expand")
    names = chromium.js("[...document.querySelectorAll('#tree .row .name')].map(e => e.textContent)")
    assert sorted(names) == sorted(d["label"] for _, d in seed_hierarchy.nodes(data=True))
    chromium.click("#collapse")

    chromium.type("#search", "พส.")
    first = chromium.wait("document.querySelector('#results li[data-go]')?.textContent")
    assert first.startswith("กรมพัฒนาสังคมและสวัสดิการ (พส.)")
    chromium.click("#results li[data-go]")
    details = chromium.wait("document.querySelector('#details h2')?.textContent === 'กรมพัฒนาสังคมและสวัสดิการ'"
                            " && document.querySelector('#details').innerText")
    awards = seed_hierarchy.nodes[DSDW]["award_list"]
    assert f"รางวัลที่ได้รับ ({len(awards)})" in details
    assert chromium.js("document.querySelectorAll('#details table.awards.own tr').length") == len(awards) + 1
    for award in awards:
        assert award["project"] is None or award["project"] in details
    assert chromium.js("document.querySelector('#tree .row.sel .name').textContent") == "กรมพัฒนาสังคมและสวัสดิการ"

    assert chromium.errors() == []
    assert [u for u in chromium.requests() if not u.startswith(("file:", "data:", "about:"))] == []
    chromium.screenshot(Path(__file__).resolve().parents[1] / "build" / "hierarchy.png")


# --- the state only by default; --outside shows the bodies outside it too ---------------------------
STATE_AND_OUTSIDE = __import__("pathlib").Path(__file__).parent / "shapes" / "valid" / "state-and-outside.ttl"
ID = "https://w3id.org/thaigovkg/id/org/"


def test_hierarchy_shows_only_the_state_by_default():
    graph = hierarchy(STATE_AND_OUTSIDE)
    names = {d["name_th"] for d in graph.nodes.values()}
    assert {"จังหวัดน่าน", "องค์การบริหารส่วนจังหวัดน่าน", "โรงพยาบาลภูมิพลอดุลยเดช", "คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น",
            "เรือนจำกลางบางขวาง", "ศาลรัฐธรรมนูญ"} <= names
    assert not names & {"บริษัท ตัวอย่าง จำกัด (มหาชน)", "องค์การอนามัยโลก", "โรงพยาบาลกรุงเทพ",
                        "ฝ่ายขาย บริษัท ตัวอย่าง จำกัด (มหาชน)", "วัดพระเชตุพนวิมลมังคลาราม"}
    assert graph.nodes[ID + "prov_nan"]["kind"] == "Province"
    assert list(graph.successors(ID + "prov_nan")) and ID + "pao_nan" in graph.successors(ID + "prov_nan")


def test_hierarchy_outside_adds_the_bodies_outside_the_state_under_no_ministry():
    graph = hierarchy(STATE_AND_OUTSIDE, outside=True)
    assert graph.nodes[ID + "who"]["kind"] == "InternationalOrganization"
    assert graph.in_degree(ID + "who") == 0 and graph.in_degree(ID + "c1") == 0
    assert list(graph.predecessors(ID + "c2")) == [ID + "c1"]
    assert len(graph) == len(hierarchy(STATE_AND_OUTSIDE)) + 6   # c1, c2, u1, who, ph, temple


def test_hierarchy_cli_outside_flag(tmp_path, capsys):
    out = tmp_path / "h.json"
    assert main(["hierarchy", str(STATE_AND_OUTSIDE), "-o", str(out)]) == 0
    state = len(json.loads(out.read_text(encoding="utf-8"))["nodes"])
    assert main(["hierarchy", str(STATE_AND_OUTSIDE), "--outside", "-o", str(out)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["nodes"]) == state + 6


@pytest.mark.browser
def test_hierarchy_page_switches_to_english_names(seed_hierarchy, chromium, tmp_path):
    page = write_hierarchy(seed_hierarchy, tmp_path / "hierarchy.html")
    chromium.open(page)
    chromium.click("#expand")
    thai = chromium.js("[...document.querySelectorAll('#tree .row .name')].map(e => e.textContent)")
    chromium.click("#lang")
    chromium.wait("window.thaigovkgHierarchy.language() === 'en'")
    english = chromium.js("[...document.querySelectorAll('#tree .row .name')].map(e => e.textContent)")
    expected = sorted(d["name_en"] or d["label"] for _, d in seed_hierarchy.nodes(data=True))
    assert sorted(english) == expected and sorted(thai) != expected
    assert chromium.js("document.querySelector('#expand').textContent") == "Expand all"
    chromium.type("#search", "พส.")
    chromium.click("#results li[data-go]")
    title = chromium.wait("document.querySelector('#details h2')?.textContent")
    assert title == "Department of Social Development and Welfare"
    assert chromium.js("document.querySelector('#other-name').textContent") == "กรมพัฒนาสังคมและสวัสดิการ"
    assert "Awards received" in chromium.js("document.querySelector('#details').innerText")
    chromium.click("#lang")
    assert chromium.wait("document.querySelector('#details h2')?.textContent") == "กรมพัฒนาสังคมและสวัสดิการ"
    assert chromium.errors() == []


def test_the_csv_tables_and_the_page_rank_the_classes_alike():
    from thaigovkg.hierarchy import CLASS_ORDER as PAGE
    from thaigovkg.tables import CLASS_ORDER as TABLES

    assert TABLES[:len(PAGE)] == PAGE and TABLES[len(PAGE):] == ("FormalOrganization", "Organization")
