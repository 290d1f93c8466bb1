"""Integrity of the reference tables in ontology/: agencies.csv and provinces.csv.

The tables are plain CSV files that the gazetteer loads; these tests read them
with the csv module only, so they guard the data whatever the code does.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest

ONTOLOGY = Path(__file__).parents[1] / "ontology"
AGENCY_COLUMNS = ["id", "name_th", "name_en", "abbreviations_th", "kind", "parent_id",
                  "wikidata", "source", "aliases_th"]
PROVINCE_COLUMNS = ["id", "name_th", "name_en", "aliases_th"]
KINDS = {"ministry", "department", "office", "independent", "committee", "state_enterprise", "other"}
NEEDS_PARENT = {"department", "office", "other"}
ID_RE = re.compile(r"[a-z0-9_]+")

# The organisations named in the five seed articles, with the parent the gold
# annotations give them (None: no parent). Copied from ../shared/gold, which
# users of the repository do not have.
SEED_ORGANISATIONS = {
    "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์": None,
    "สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์": "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
    "กรมพัฒนาสังคมและสวัสดิการ": "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
    "กรมกิจการเด็กและเยาวชน": "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
    "กรมกิจการสตรีและสถาบันครอบครัว": "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
    "สำนักงานธนานุเคราะห์": "กรมพัฒนาสังคมและสวัสดิการ",
    "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดนครราชสีมา": "กรมพัฒนาสังคมและสวัสดิการ",
    "สำนักงานคณะกรรมการพัฒนาระบบราชการ": "สำนักนายกรัฐมนตรี",
    "คณะกรรมการพัฒนาระบบราชการ": None,
    "สำนักนายกรัฐมนตรี": None,
    "กระทรวงมหาดไทย": None,
    "สำนักงานปลัดกระทรวงมหาดไทย": "กระทรวงมหาดไทย",
    "สำนักตรวจราชการและเรื่องราวร้องทุกข์": "สำนักงานปลัดกระทรวงมหาดไทย",
    "ศูนย์ดำรงธรรมกระทรวงมหาดไทย": "สำนักตรวจราชการและเรื่องราวร้องทุกข์",
    "คณะกรรมการพัฒนานวัตกรรมสำนักงานปลัดกระทรวงมหาดไทย": "สำนักงานปลัดกระทรวงมหาดไทย",
    "สำนักงานจังหวัดขอนแก่น": "สำนักงานปลัดกระทรวงมหาดไทย",
    "สำนักงานจังหวัดร้อยเอ็ด": "สำนักงานปลัดกระทรวงมหาดไทย",
    "สำนักงานจังหวัดสุรินทร์": "สำนักงานปลัดกระทรวงมหาดไทย",
    "กรมการพัฒนาชุมชน": "กระทรวงมหาดไทย",
    "สำนักงานพัฒนาชุมชนจังหวัดร้อยเอ็ด": "กรมการพัฒนาชุมชน",
    "สำนักงานพัฒนาชุมชนจังหวัดเพชรบุรี": "กรมการพัฒนาชุมชน",
    "กระทรวงแรงงาน": None,
    "กรมการจัดหางาน": "กระทรวงแรงงาน",
}
# Short forms the seed articles use, as the gold annotations give them.
SEED_SHORT_FORMS = {
    "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์": {"พม."},
    "สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์": {"สป.พม."},
    "กรมพัฒนาสังคมและสวัสดิการ": {"พส."},
    "กรมกิจการเด็กและเยาวชน": {"ดย."},
    "กรมกิจการสตรีและสถาบันครอบครัว": {"สค."},
    "สำนักงานคณะกรรมการพัฒนาระบบราชการ": {"ก.พ.ร.", "สำนักงาน ก.พ.ร."},
    "คณะกรรมการพัฒนาระบบราชการ": {"ก.พ.ร."},
    "กระทรวงมหาดไทย": {"มท."},
    "สำนักงานปลัดกระทรวงมหาดไทย": {"สป.มท."},
    "สำนักตรวจราชการและเรื่องราวร้องทุกข์": {"สตร."},
    "กรมการพัฒนาชุมชน": {"พช."},
}


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (ONTOLOGY / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def agencies() -> list[dict[str, str]]:
    columns, rows = _read("agencies.csv")
    assert columns == AGENCY_COLUMNS
    return rows


@pytest.fixture(scope="module")
def by_id(agencies) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in agencies}


@pytest.fixture(scope="module")
def provinces() -> list[dict[str, str]]:
    columns, rows = _read("provinces.csv")
    assert columns == PROVINCE_COLUMNS
    return rows


def _split(value: str) -> list[str]:
    return [part for part in value.split(";") if part] if value else []


def _clean(text: str) -> bool:
    """NFC, no leading/trailing/double spaces, no tabs, newlines or zero-width characters."""
    return (unicodedata.normalize("NFC", text) == text and text == text.strip()
            and "  " not in text and not re.search(r"[\t\r\n\u200b\u00a0\ufeff]", text))


def test_agencies_ids_unique_and_ascii(agencies):
    ids = [row["id"] for row in agencies]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not ID_RE.fullmatch(i)] == []


def test_agencies_kinds_allowed(agencies):
    assert {row["kind"] for row in agencies} <= KINDS


def test_agencies_parents_exist(by_id):
    missing = {i: r["parent_id"] for i, r in by_id.items() if r["parent_id"] and r["parent_id"] not in by_id}
    assert missing == {}


def test_agencies_hierarchy_has_no_cycles(by_id):
    for start in by_id:
        seen, current = set(), start
        while current:
            assert current not in seen, f"cycle through {start}"
            seen.add(current)
            current = by_id[current]["parent_id"]


def test_agencies_parent_rules_by_kind(agencies, by_id):
    for row in agencies:
        if row["kind"] == "ministry":
            assert row["parent_id"] == "", row["id"]
        if row["kind"] in NEEDS_PARENT:
            assert row["parent_id"], f"{row['id']} ({row['kind']}) has no parent"
        if row["kind"] == "independent":
            assert row["parent_id"] == "", row["id"]
        if row["kind"] == "department":
            # a department sits under a ministry, or under a department-level body (the armed forces)
            parent = by_id[row["parent_id"]]
            assert parent["kind"] in {"ministry", "department"}, row["id"]


def test_agencies_ministries_listed_first(agencies):
    kinds = [row["kind"] for row in agencies]
    count = kinds.count("ministry")
    assert count == 20
    assert kinds[:count] == ["ministry"] * count


def test_every_ministry_has_its_permanent_secretary_office(agencies, by_id):
    for row in agencies:
        if row["kind"] == "ministry":
            assert f"{row['id']}_ops" in by_id, row["id"]
            assert by_id[f"{row['id']}_ops"]["parent_id"] == row["id"]


def test_agencies_text_is_clean(agencies):
    for row in agencies:
        for column in AGENCY_COLUMNS:
            assert _clean(row[column]), f"{row['id']}.{column}: {row[column]!r}"
        assert row["name_th"], row["id"]
        for form in _split(row["abbreviations_th"]) + _split(row["aliases_th"]):
            assert _clean(form) and form, f"{row['id']}: {form!r}"


def test_agencies_names_unique_and_aliases_not_canonical(agencies):
    names = [row["name_th"] for row in agencies]
    assert len(names) == len(set(names))
    canonical = set(names)
    for row in agencies:
        aliases = _split(row["aliases_th"])
        assert len(aliases) == len(set(aliases)), row["id"]
        assert not set(aliases) & canonical, f"{row['id']}: an alias is another row's canonical name"
        abbreviations = _split(row["abbreviations_th"])
        assert len(abbreviations) == len(set(abbreviations)), row["id"]


def test_public_organisations_have_the_bare_name_as_alias(agencies):
    for row in agencies:
        if row["name_th"].endswith(" (องค์การมหาชน)"):
            assert row["name_th"].removesuffix(" (องค์การมหาชน)") in _split(row["aliases_th"]), row["id"]


def test_wikidata_ids_are_qids(agencies):
    for row in agencies:
        assert row["wikidata"] == "" or re.fullmatch(r"Q\d+", row["wikidata"]), row["id"]


def test_every_row_says_where_it_comes_from(agencies):
    for row in agencies:
        assert row["source"].startswith("name/parent:"), row["id"]


@pytest.mark.parametrize("name", sorted(SEED_ORGANISATIONS))
def test_seed_organisation_present_with_gold_parent(agencies, by_id, name):
    matches = [row for row in agencies if row["name_th"] == name]
    assert len(matches) == 1, name
    row = matches[0]
    parent = by_id[row["parent_id"]]["name_th"] if row["parent_id"] else None
    assert parent == SEED_ORGANISATIONS[name]


@pytest.mark.parametrize("name", sorted(SEED_SHORT_FORMS))
def test_seed_short_forms_present(agencies, name):
    row = next(row for row in agencies if row["name_th"] == name)
    assert SEED_SHORT_FORMS[name] <= set(_split(row["abbreviations_th"]))


def test_committee_misspelling_is_an_alias(agencies):
    row = next(row for row in agencies if row["name_th"] == "คณะกรรมการพัฒนาระบบราชการ")
    assert "คณะกรรมการพัฒนาระบบข้าราชการ" in _split(row["aliases_th"])


def test_ambiguous_short_forms_stay_on_every_row(agencies):
    holders: dict[str, set[str]] = {}
    for row in agencies:
        for form in _split(row["abbreviations_th"]):
            holders.setdefault(form, set()).add(row["id"])
    assert {"opdc", "psdc"} <= holders["ก.พ.ร."]
    assert {"rta", "dgr"} <= holders["ทบ."]
    assert {"dsd", "dpim"} <= holders["กพร."]
    assert "dwf" in holders["สค."]


def test_provinces_are_the_77(provinces):
    assert len(provinces) == 77
    ids = [row["id"] for row in provinces]
    names = [row["name_th"] for row in provinces]
    assert len(set(ids)) == 77 and len(set(names)) == 77
    assert [i for i in ids if not ID_RE.fullmatch(i)] == []
    for row in provinces:
        for column in PROVINCE_COLUMNS:
            assert _clean(row[column]), f"{row['id']}.{column}: {row[column]!r}"
        assert row["name_en"], row["id"]


@pytest.mark.parametrize("name", ["กรุงเทพมหานคร", "นครราชสีมา", "ร้อยเอ็ด", "เพชรบุรี", "ขอนแก่น",
                                  "สุรินทร์", "พระนครศรีอยุธยา", "บึงกาฬ", "ศรีสะเกษ", "อุบลราชธานี"])
def test_province_spelling(provinces, name):
    assert name in {row["name_th"] for row in provinces}


def test_bangkok_short_form(provinces):
    bangkok = next(row for row in provinces if row["name_th"] == "กรุงเทพมหานคร")
    assert "กทม." in _split(bangkok["aliases_th"])
