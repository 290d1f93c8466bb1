"""Award statistics as one self-contained HTML page: charts drawn here as SVG, a table behind each.

``write_report(source, path)`` reads the awards of a graph (an RDF file or a
store folder) the way the ``awards.csv`` table does (``tables.read_awards``:
each recipient walked up to its ministry) and writes a page with three charts:

- awards per ministry per year (Buddhist Era), stacked by year;
- awards per programme;
- the top recipients (agencies), their own awards.

Each chart is plain SVG drawn in Python (no chart library, no script needed to
draw it) with the numbers behind it in a table below (``<details>``). Every
name is written twice, Thai and English (the graph's ``@en`` labels and the
award scheme's; the Thai name where there is no English one), and a button
(or ``?lang=en`` / ``#en`` in the address) switches the page between them. The
page loads nothing: no font, script or picture from a network; Thai is drawn
in the first installed font of ``hierarchy.THAI_FONTS``.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .files import write_atomically
from .graphsource import GraphSource
from .hierarchy import THAI_FONTS
from .tables import english_names, read_awards

# distinct, colour-blind-safe colours for the years (Okabe–Ito), the oldest first; grey for no year
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
NO_YEAR = "#b0b4b9"
NO_MINISTRY = ("ไม่สังกัดกระทรวง", "No ministry")


@dataclass
class Bar:
    """One bar of a chart: its label in Thai and English, its link key, and its segments (key, count)."""

    key: str
    th: str
    en: str
    segments: list[tuple[str, int]]

    @property
    def total(self) -> int:
        return sum(n for _, n in self.segments)


@dataclass
class ReportData:
    """What the page shows, counted once: awards by ministry and year, by programme, by recipient."""

    awards: int
    years: list[str]
    ministries: list[Bar]
    programmes: list[Bar]
    recipients: list[Bar]
    created: str


def scheme_english() -> dict[str, str]:
    """English names of the award programmes and their terms, from the award scheme (ontology/awards.ttl)."""
    import pyoxigraph as ox

    from .resources import ontology_file

    store = ox.Store()
    store.bulk_load(path=str(ontology_file("awards.ttl")), format=ox.RdfFormat.TURTLE)
    return {row["n"]: row["l"] for row in GraphSource(store).select(
        'SELECT ?n (MIN(?label) AS ?l) WHERE { ?n skos:prefLabel ?label . FILTER (lang(?label) = "en") } GROUP BY ?n')}


def report_data(source: GraphSource, top: int = 20, created: dt.date | None = None) -> ReportData:
    """Count the awards of ``source`` per ministry and year, per programme and per recipient (``top`` kept)."""
    english = {**scheme_english(), **english_names(source)}
    awards: dict[str, dict] = {}
    for row in read_awards(source):    # one row per award, or more where an award has two honorees
        awards.setdefault(row["award_iri"], row)
    rows = list(awards.values())
    years = sorted({r["programme_year_be"] for r in rows if r["programme_year_be"]})
    names: dict[str, tuple[str, str]] = {}
    for r in rows:
        for iri, th in ((r["ministry_iri"], r["ministry_th"]), (r["programme_iri"], r["programme_th"]),
                        (r["recipient_iri"], r["recipient_th"])):
            if iri and th:
                names.setdefault(iri, (th, english.get(iri) or th))
    names[""] = NO_MINISTRY

    by_ministry: dict[str, Counter] = {}
    for r in rows:
        by_ministry.setdefault(r["ministry_iri"] or "", Counter())[r["programme_year_be"] or ""] += 1
    ministries = [Bar(m, *names[m], [(y, counts[y]) for y in [*years, ""] if counts[y]])
                  for m, counts in by_ministry.items()]
    programmes = [Bar(p, *names[p], [("", n)]) for p, n in Counter(r["programme_iri"] for r in rows).items()]
    recipients = [Bar(o, *names[o], [("", n)]) for o, n in Counter(r["recipient_iri"] for r in rows).items()]
    order = lambda bars: sorted(bars, key=lambda b: (-b.total, b.th))  # noqa: E731
    return ReportData(len(rows), years, order(ministries), order(programmes), order(recipients)[:top],
                      (created or dt.date.today()).isoformat())


# ---------------------------------------------------------------------------- drawing
def _both(th: str, en: str) -> str:
    """Text in both languages; the page shows one (CSS on body.en)."""
    return f'<span class="th" lang="th">{html.escape(th)}</span><span class="en" lang="en">{html.escape(en)}</span>'


def _svg_both(th: str, en: str, width: float, size: float) -> str:
    return (f'<tspan class="th">{html.escape(_fit(th, width, size))}</tspan>'
            f'<tspan class="en">{html.escape(_fit(en, width, size))}</tspan>')


def _text_width(text: str, size: float) -> float:
    """A generous estimate of a line's width: Thai vowel and tone marks above and below take no room."""
    width = 0.0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Mn":
            continue
        width += 0.64 if "\u0e00" <= ch <= "\u0e7f" or ch.isupper() else 0.52 if ch.isalnum() else 0.34
    return width * size


def _fit(text: str, width: float, size: float) -> str:
    """The text cut with … to fit ``width`` pixels (the full name is in the bar's tooltip and the table)."""
    if _text_width(text, size) <= width:
        return text
    while text and _text_width(text + "…", size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def year_colours(years: list[str]) -> dict[str, str]:
    recent = years[-len(PALETTE):]
    colours = {y: PALETTE[i] for i, y in enumerate(recent)}
    colours.update({y: "#7f7f7f" for y in years if y not in colours})   # years beyond the palette
    colours[""] = NO_YEAR
    return colours


def bar_chart(chart_id: str, bars: list[Bar], colours: dict[str, str] | None = None, width: int = 960,
              label_width: int = 340) -> str:
    """Horizontal bars (stacked by segment), one row per bar, the count at the end; pure SVG."""
    row, top, size = 24, 8, 12.5
    height = top + row * len(bars) + 8
    most = max((b.total for b in bars), default=0) or 1
    scale = (width - label_width - 60) / most
    out = [f'<svg id="{chart_id}" class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
           f'height="{height}" viewBox="0 0 {width} {height}" role="img">']
    for i, bar in enumerate(bars):
        y = top + i * row
        out.append(f'<g class="bar" data-key="{html.escape(bar.key)}" data-total="{bar.total}">'
                   f'<title>{html.escape(bar.th)} · {html.escape(bar.en)}: {bar.total}</title>')
        out.append(f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" class="label">'
                   f'{_svg_both(bar.th, bar.en, label_width - 12, size)}</text>')
        x = float(label_width)
        for key, count in bar.segments:
            w = count * scale
            fill = (colours or {}).get(key, "#0072B2")
            out.append(f'<rect x="{x:.1f}" y="{y + 4}" width="{max(w, 1):.1f}" height="{row - 8}" fill="{fill}" '
                       f'data-segment="{html.escape(key)}" data-count="{count}"/>')
            x += w
        out.append(f'<text x="{x + 6:.1f}" y="{y + 16}" class="count">{bar.total}</text></g>')
    out.append("</svg>")
    return "\n".join(out)


def legend(years: list[str], colours: dict[str, str], show_unknown: bool) -> str:
    items = [(y, y, y) for y in years] + ([("", "ไม่ระบุปี", "year unknown")] if show_unknown else [])
    return '<div class="legend">' + "".join(
        f'<span><i style="background:{colours[key]}"></i>{_both(th, en)}</span>' for key, th, en in items) + "</div>"


def _table(table_id: str, head: list[tuple[str, str]], rows: list[list[str]], names: list[tuple[str, str]]) -> str:
    cells = "".join(f"<th>{_both(th, en)}</th>" for th, en in head)
    body = "".join("<tr><td>" + _both(*name) + "</td>" + "".join(f'<td class="n">{c}</td>' for c in row) + "</tr>"
                   for name, row in zip(names, rows))
    return (f'<details><summary>{_both("ตารางข้อมูล", "Data table")}</summary>'
            f'<table id="{table_id}"><thead><tr>{cells}</tr></thead><tbody>{body}</tbody></table></details>')


PAGE = """<!doctype html>
<html lang="th"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>รางวัลของหน่วยงานรัฐ · Awards of Thai government agencies · thaigovkg</title>
<!-- Written by thaigovkg report: SVG drawn in Python, a few lines of plain JavaScript to switch languages;
     nothing is loaded from a network. -->
<style>
body { font-family: __FONTS__; font-size: 15px; color: #202124; margin: 0 auto; max-width: 1000px; padding: 16px 20px 60px; }
header { display: flex; align-items: baseline; gap: 16px; flex-wrap: wrap; border-bottom: 1px solid #dadce0; }
h1 { font-size: 22px; margin: 8px 0; } h2 { font-size: 17px; margin: 28px 0 6px; }
.sub { color: #5f6368; font-size: 13px; } #lang { margin-left: auto; font: inherit; font-size: 14px; padding: 3px 12px;
 border: 1px solid #bdc1c6; border-radius: 6px; background: #fff; cursor: pointer; }
body:not(.en) .en, body.en .th { display: none; }
svg.chart { display: block; max-width: 100%; height: auto; font-family: __FONTS__; }
svg .label { font-size: 12.5px; fill: #202124; } svg .count { font-size: 12px; fill: #5f6368; }
svg .bar:hover rect { opacity: .8; }
.legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 13px; margin: 4px 0 8px 340px; }
.legend i { display: inline-block; width: 12px; height: 12px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
details { margin: 6px 0 0; } summary { cursor: pointer; color: #1a73e8; font-size: 14px; }
table { border-collapse: collapse; font-size: 13px; margin-top: 6px; }
th, td { border-bottom: 1px solid #eee; padding: 3px 8px; text-align: left; } th { color: #5f6368; font-weight: normal; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
footer { margin-top: 36px; color: #5f6368; font-size: 12.5px; }
</style></head>
<body>
<header>
<h1>__TITLE__</h1><span class="sub">__SUBTITLE__</span>
<button id="lang" type="button"><span class="th">English</span><span class="en">ภาษาไทย</span></button>
</header>
__BODY__
<footer>__FOOTER__</footer>
<script type="application/json" id="report-data">__DATA__</script>
<script>
"use strict";
(function () {
  const body = document.body;
  function setLanguage(lang) {
    body.classList.toggle("en", lang === "en");
    document.documentElement.lang = lang;
  }
  document.getElementById("lang").addEventListener("click", () => setLanguage(body.classList.contains("en") ? "th" : "en"));
  const asked = new URLSearchParams(location.search).get("lang") || location.hash.replace("#", "");
  setLanguage(asked === "en" || asked === "th" ? asked : "__LANG__");
  window.thaigovkgReport = JSON.parse(document.getElementById("report-data").textContent);
  body.dataset.ready = "1";
})();
</script>
</body></html>
"""


def to_html(data: ReportData, lang: str = "th") -> str:
    """The page: three charts with their tables, both languages, a switch between them."""
    colours = year_colours(data.years)
    unknown = any(k == "" for b in data.ministries for k, _ in b.segments)
    columns = [*data.years, *([""] if unknown else [])]
    year_head = [(y, y) if y else ("ไม่ระบุปี", "unknown") for y in columns]
    sections = [
        f'<section id="per-ministry"><h2>{_both("รางวัลของแต่ละกระทรวง แยกตามปี (พ.ศ.)", "Awards per ministry per year (Buddhist Era)")}</h2>'
        f'<p class="sub">{_both("นับรางวัลของหน่วยงานในสังกัดทุกระดับ", "Each award counted under the ministry of its recipient, through every level of units")}</p>'
        + legend(data.years, colours, unknown) + bar_chart("chart-ministries", data.ministries, colours)
        + _table("table-ministries", [("กระทรวง", "Ministry"), *year_head, ("รวม", "Total")],
                 [[str(dict(b.segments).get(y, 0)) for y in columns] + [str(b.total)] for b in data.ministries],
                 [(b.th, b.en) for b in data.ministries]) + "</section>",
        f'<section id="per-programme"><h2>{_both("รางวัลแยกตามโครงการรางวัล", "Awards per programme")}</h2>'
        + bar_chart("chart-programmes", data.programmes)
        + _table("table-programmes", [("โครงการรางวัล", "Programme"), ("รางวัล", "Awards")],
                 [[str(b.total)] for b in data.programmes], [(b.th, b.en) for b in data.programmes]) + "</section>",
        f'<section id="top-recipients"><h2>{_both(f"หน่วยงานที่ได้รับรางวัลมากที่สุด {len(data.recipients)} อันดับ", f"Top {len(data.recipients)} recipients")}</h2>'
        f'<p class="sub">{_both("รางวัลที่หน่วยงานได้รับเอง ไม่รวมหน่วยงานย่อย", "Awards an agency received itself, its units not included")}</p>'
        + bar_chart("chart-recipients", data.recipients)
        + _table("table-recipients", [("หน่วยงาน", "Agency"), ("รางวัล", "Awards")],
                 [[str(b.total)] for b in data.recipients], [(b.th, b.en) for b in data.recipients]) + "</section>",
    ]
    span = (data.years[0] if len(data.years) == 1 else f"{data.years[0]}–{data.years[-1]}") if data.years else "–"
    subtitle = _both(f"{data.awards} รางวัล · ปี {span}", f"{data.awards} awards · years {span} BE")
    footer = _both(f"สร้างโดย thaigovkg report เมื่อ {data.created} จากกราฟความรู้ข่าวรัฐบาลไทย",
                   f"Made by thaigovkg report on {data.created} from the knowledge graph of Thai government news")
    payload = {"awards": data.awards, "years": data.years,
               "ministries": [[b.key, b.th, b.en, b.segments] for b in data.ministries],
               "programmes": [[b.key, b.th, b.en, b.total] for b in data.programmes],
               "recipients": [[b.key, b.th, b.en, b.total] for b in data.recipients]}
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    fonts = ", ".join(f"'{f}'" if " " in f else f for f in THAI_FONTS)
    return (PAGE.replace("__FONTS__", fonts)
            .replace("__TITLE__", _both("รางวัลของหน่วยงานรัฐ", "Awards of Thai government agencies"))
            .replace("__SUBTITLE__", subtitle).replace("__BODY__", "\n".join(sections))
            .replace("__FOOTER__", footer).replace("__LANG__", "en" if lang == "en" else "th")
            .replace("__DATA__", text))


def write_report(source: str | Path, output: str | Path, top: int = 20, lang: str = "th",
                 created: dt.date | None = None) -> ReportData:
    """Read the awards of ``source`` and write the page to ``output``; returns what it counted."""
    output = Path(output)
    if output.suffix.lower() not in (".html", ".htm"):
        raise ValueError(f"the report is an HTML page: name it .html, not '{output.name}'")
    if top < 1:
        raise ValueError("--top must be at least 1")
    data = report_data(GraphSource.open(source), top, created)
    output.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(output, to_html(data, lang).encode("utf-8"))
    return data


__all__ = ["write_report", "report_data", "to_html", "bar_chart", "ReportData", "Bar"]
