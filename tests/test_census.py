"""The programme census: every programme a graph confers, counted, from a file or a store."""
from __future__ import annotations

import csv
import subprocess
import sys

from thaigovkg.census import COLUMNS, programme_census
from thaigovkg.graphsource import GraphSource
from thaigovkg.pipeline import build

ARTICLES = {
    "a1.txt": "กรมอนามัย คว้ารางวัลองค์กรสร้างสรรค์สังคมดีเด่น ประจำปี 2566\n\nกรมอนามัย ได้รับรางวัลองค์กรสร้างสรรค์สังคมดีเด่น "
              "ประจำปี 2566 ประเภทองค์กรขนาดใหญ่ ระดับ Gold\n",
    "a2.txt": "กรมควบคุมโรค คว้ารางวัล “องค์กรสร้างสรรค์สังคมดีเด่น” ครั้งที่ 6 ประจำปี 2567\n\nกรมควบคุมโรค ได้รับรางวัล"
              "องค์กรสร้างสรรค์สังคมดีเด่น ครั้งที่ 6 ประจำปี 2567 ประเภทองค์กรขนาดใหญ่ ระดับ Silver\n",
    "a3.txt": "กรมการจัดหางาน รับรางวัลเลิศรัฐ ประจำปี 2566 สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ ระดับดี\n",
    "a4.txt": "นายกรัฐมนตรีเยี่ยมชมตลาดน้ำ และพบปะประชาชน\n",
}


def census_of(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    graph = tmp_path / "graph.ttl"
    build([folder], graph, validate=False, jobs=1)
    return graph, programme_census(GraphSource.open(graph))


def test_census_counts_a_learned_programme_once_across_its_spellings_and_editions(tmp_path):
    _, census = census_of(tmp_path)
    learned = [r for r in census.rows if r["known"] == "no"]
    assert len(learned) == 1
    [row] = learned
    assert row["name_th"] == "รางวัลองค์กรสร้างสรรค์สังคมดีเด่น"
    assert (row["articles"], row["awards"], row["recipients"]) == (2, 2, 2)
    assert row["years"] == "2566=1;2567=1"
    assert "category:องค์กรขนาดใหญ่=2" in row["terms"] and "level:Gold=1" in row["terms"]


def test_census_lists_known_programmes_and_only_programmes_conferred(tmp_path):
    _, census = census_of(tmp_path)
    assert {r["programme"] for r in census.rows if r["known"] == "yes"} == {"psea"}
    assert [r["articles"] for r in census.rows] == sorted((r["articles"] for r in census.rows), reverse=True)
    assert census.conferred_in(2) == [r for r in census.rows if r["known"] == "no"]


def test_census_verb_writes_the_csv(tmp_path):
    graph, census = census_of(tmp_path)
    out = tmp_path / "census.csv"
    done = subprocess.run([sys.executable, "-m", "thaigovkg", "census", str(graph), "-o", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert tuple(rows[0]) == COLUMNS and len(rows) == len(census.rows)
