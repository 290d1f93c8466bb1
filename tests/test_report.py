"""The award report: counts that match SPARQL, one page that needs no network, Thai and English, and (with
-m browser) the page in headless Chromium with the network off."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph

from thaigovkg.cli import main
from thaigovkg.graphsource import GraphSource
from thaigovkg.report import report_data, to_html, write_report
from thaigovkg.vocab import RDF, TGK

PREFIXES = """PREFIX tgk: <https://w3id.org/thaigovkg/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
SCREENSHOT = Path(__file__).resolve().parents[1] / "build" / "report.png"


@pytest.fixture(scope="module")
def data(seed_build):
    return report_data(GraphSource.open(seed_build[1]), top=5)


@pytest.fixture(scope="module")
def graph(seed_build) -> Graph:
    return Graph().parse(seed_build[1])


def test_awards_per_ministry_per_year_match_the_named_query(data, seed_build):
    from thaigovkg.query import load_graph, run_query

    rows = run_query(load_graph(seed_build[1]), "awards-per-ministry-year")
    expected = {(str(r["ministry"]), str(r["year"])): int(r["awards"]) for r in rows}
    found = {(bar.th, year): n for bar in data.ministries for year, n in bar.segments}
    assert found == expected and found


def test_awards_per_programme_and_top_recipients_match_sparql(data, graph):
    per_programme = {str(label): int(n) for label, n in graph.query(PREFIXES + """
        SELECT ?label (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a tgk:AwardConferral ; tgk:programme ?p .
        ?p skos:prefLabel ?label . FILTER (lang(?label) = "th") } GROUP BY ?label""")}
    assert {b.th: b.total for b in data.programmes} == per_programme
    per_recipient = sorted((-int(n), str(label)) for label, n in graph.query(PREFIXES + """
        SELECT ?label (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a tgk:AwardConferral ; tgk:recipient ?o .
        ?o skos:prefLabel ?label . FILTER (lang(?label) = "th") } GROUP BY ?label"""))
    assert [(-b.total, b.th) for b in data.recipients] == per_recipient[:5]
    assert data.awards == len(set(graph.subjects(RDF.type, TGK.AwardConferral)))


def test_names_have_english_from_the_graph_and_the_award_scheme(data):
    msdhs = next(b for b in data.ministries if b.key.endswith("/org/msdhs"))
    assert msdhs.en == "Ministry of Social Development and Human Security"
    psea = next(b for b in data.programmes if b.key.endswith("/programme/psea"))
    assert psea.th == "รางวัลเลิศรัฐ" and psea.en != psea.th and psea.en.isascii()


def test_page_is_self_contained_with_three_charts_and_a_table_behind_each(data):
    page = to_html(data)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page and "<link" not in page
    assert page.count('<svg id="chart-') == 3 and page.count("<details>") == 3
    for chart, bars in (("ministries", data.ministries), ("programmes", data.programmes),
                        ("recipients", data.recipients)):
        svg = re.search(rf'<svg id="chart-{chart}".*?</svg>', page, re.S).group(0)
        assert svg.count('<g class="bar"') == len(bars)
        table = re.search(rf'<table id="table-{chart}">.*?</table>', page, re.S).group(0)
        assert table.count("<tr>") == len(bars) + 1
        for bar in bars:
            assert f'data-total="{bar.total}"' in svg
            assert html.escape(bar.th) in table and html.escape(bar.en) in table
    embedded = json.loads(re.search(r'<script type="application/json" id="report-data">(.*?)</script>',
                                    page, re.S).group(1))
    assert embedded["awards"] == data.awards


def test_report_verb_writes_the_page_and_refuses_other_suffixes(tmp_path, seed_build, capsys):
    out = tmp_path / "report.html"
    assert main(["report", str(seed_build[1]), "-o", str(out), "--lang", "en"]) == 0
    assert "awards" in capsys.readouterr().out and '"en" : "th"' not in out.read_text(encoding="utf-8")
    assert 'setLanguage(asked === "en" || asked === "th" ? asked : "en")' in out.read_text(encoding="utf-8")
    assert main(["report", str(seed_build[1]), "-o", str(tmp_path / "report.png")]) == 1
    assert "Error: the report is an HTML page" in capsys.readouterr().err


@pytest.mark.browser
def test_report_opens_offline_without_errors_switches_to_english_and_shows_the_charts(seed_build, chromium,
                                                                                      tmp_path):
    page = tmp_path / "report.html"
    data = write_report(seed_build[1], page)
    chromium.open(page)
    assert chromium.js("document.querySelectorAll('svg.chart').length") == 3
    bars = chromium.js("document.querySelectorAll('#chart-ministries rect').length")
    assert bars == sum(len(b.segments) for b in data.ministries)
    width = chromium.js("document.querySelector('#chart-ministries rect').getBoundingClientRect().width")
    assert width > 1                                                    # drawn, not an empty box
    first = data.ministries[0]
    visible = "[...document.querySelectorAll('#chart-ministries text.label tspan')].filter(t => " \
              "getComputedStyle(t).display !== 'none').map(t => t.textContent)"
    assert first.th in chromium.js(visible)[0] or chromium.js(visible)[0].endswith("…")
    chromium.screenshot(SCREENSHOT.with_name("report-th.png"))
    chromium.click("#lang")
    chromium.wait("document.body.classList.contains('en')")
    assert chromium.js(visible)[0].rstrip("…") in first.en
    assert chromium.js("document.documentElement.lang") == "en"
    chromium.click("#per-ministry summary")
    assert chromium.js("document.querySelector('#table-ministries').getBoundingClientRect().height") > 20
    assert chromium.errors() == []
    assert [u for u in chromium.requests() if not u.startswith(("file:", "data:", "about:"))] == []
    chromium.screenshot(SCREENSHOT)


def test_report_from_a_store_counts_the_same(tmp_path, seeds_dir, data):
    from thaigovkg.pipeline import build_store

    store = tmp_path / "store"
    build_store([seeds_dir], store, validate=False)
    again = report_data(GraphSource.open(store), top=5)
    assert [(b.key, b.segments) for b in again.ministries] == [(b.key, b.segments) for b in data.ministries]
    assert again.awards == data.awards
