"""CSV tables: English headers, and rows that round-trip against the named queries they follow."""
from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from thaigovkg.cli import main
from thaigovkg.query import load_graph, run_query
from thaigovkg.pipeline import build_store
from thaigovkg.tables import TABLES, export_tables, read_table

DAY = dt.date(2024, 9, 18)
# named query column → table column, for each table
SAME_AS = {
    "organizations": {"name": "name_th", "parent": "parent_name_th", "abbreviation": "abbreviation_th"},
    "people": {"name": "name_th", "position": "position_th", "organization": "organization_th"},
    "events": {"programme": "programme_th", "year": "programme_year_be", "date": "date", "venue": "venue_th",
               "organizer": "organizer_th", "chair": "presided_by_th", "presenter": "presenter_th"},
    "awards": {"programme": "programme_th", "year": "programme_year_be", "recipient": "recipient_th",
               "branch": "branch_th", "category": "category_th", "level": "level_th", "project": "project_th",
               "person": "honoree_th"},
}


@pytest.fixture(scope="module")
def tables(tmp_path_factory, seed_build):
    folder = tmp_path_factory.mktemp("tables") / "out"
    report = export_tables(seed_build[1], folder, created=DAY)
    return folder, report


def named_rows(graph, name: str) -> Counter:
    result = run_query(graph, name)
    return Counter(tuple("" if row[v] is None else str(row[v]) for v in result.vars) for row in result)


@pytest.mark.parametrize("table", TABLES, ids=lambda t: t.name)
def test_table_rows_round_trip_against_its_named_query(tables, seed_build, table):
    folder, report = tables
    rows = read_table(folder / table.name)
    graph = load_graph(seed_build[1])
    expected = named_rows(graph, table.named_query)
    assert len(rows) == report.rows[table.name] == sum(expected.values()) > 0
    mapping = SAME_AS[table.named_query]
    got = Counter(tuple(row[mapping[v]] for v in mapping) for row in rows)
    assert got == expected


def test_tables_have_english_headers_and_iris(tables):
    folder, _ = tables
    for table in TABLES:
        rows = read_table(folder / table.name)
        assert tuple(rows[0]) == table.columns
        assert all(column.isascii() and column == column.lower() for column in table.columns)
        first = table.columns[0]
        assert all(row[first].startswith("https://w3id.org/thaigovkg/id/") for row in rows)
    assert (folder / "awards.csv").read_bytes().startswith(b"\xef\xbb\xbf")   # spreadsheets read the Thai as UTF-8


def test_awards_table_names_each_recipient_ministry_in_english(tables):
    folder, _ = tables
    rows = read_table(folder / "awards.csv")
    dsdw = [r for r in rows if r["recipient_iri"].endswith("/org/dsdw")]
    assert dsdw and {r["ministry_en"] for r in dsdw} == {"Ministry of Social Development and Human Security"}
    assert all(r["recipient_en"] == "Department of Social Development and Welfare" for r in dsdw)
    assert all(0 < float(r["confidence"]) <= 1 for r in rows)


def test_people_table_gives_romanised_names_and_report_dates(tables):
    folder, _ = tables
    rows = read_table(folder / "people_posts.csv")
    assert all(r["name_latn"] and r["name_latn"].isascii() for r in rows)
    reported = [r for r in rows if r["source_urls"]]
    assert reported and all(r["first_reported"] <= r["last_reported"] for r in reported)


def test_tables_from_a_store_are_the_tables_from_the_file(tmp_path, seeds_dir, tables):
    store = tmp_path / "store"
    build_store([seeds_dir], store, validate=False)
    assert main(["export", str(store), "-o", str(tmp_path / "from-store") + "/", "--date", "2024-09-18"]) == 0
    folder, _ = tables
    for table in TABLES:
        assert Counter(map(tuple, (r.values() for r in read_table(tmp_path / "from-store" / table.name)))) == \
            Counter(map(tuple, (r.values() for r in read_table(folder / table.name))))


def test_tables_into_a_file_is_an_error(tmp_path, seed_build, capsys):
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(ValueError, match="it is a file"):
        export_tables(seed_build[1], target)
