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
STATE_KINDS = {"ministry", "department", "office", "independent", "committee", "state_enterprise", "other",
               "province", "local_government", "military", "police", "university", "school", "hospital", "museum",
               "prison", "court"}
OUTSIDE_KINDS = {"company", "foundation", "association", "chamber", "cooperative", "international", "foreign",
                 "private_university", "private_hospital", "private_school", "religious", "outside"}
KINDS = STATE_KINDS | OUTSIDE_KINDS
NEEDS_PARENT = {"department", "office", "other", "province", "military", "police", "university", "hospital",
                "museum", "prison"}
# The agency tables: agencies.csv (the reviewed central government) and the rest of the state and the
# bodies outside it, all with its columns (gazetteer.AGENCY_FILES, plus the provinces as bodies).
AGENCY_FILES = ("agencies.csv", "armed_forces.csv", "police.csv", "universities.csv", "state_enterprises.csv",
                "independent_bodies.csv", "museums.csv", "prisons.csv", "outside_bodies.csv", "hospitals.csv",
                "funds.csv", "provincial_administrations.csv")
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
def all_agencies() -> list[dict[str, str]]:
    rows = []
    for name in AGENCY_FILES:
        columns, found = _read(name)
        assert columns == AGENCY_COLUMNS, name
        rows += [{**row, "file": name} for row in found]
    return rows


@pytest.fixture(scope="module")
def by_id(all_agencies) -> dict[str, dict[str, str]]:
    return {row["id"]: row for row in all_agencies}


def test_gazetteer_loads_every_agency_table():
    from thaigovkg.gazetteer import BODY_FILES

    assert set(BODY_FILES) == set(AGENCY_FILES) - {"agencies.csv", "provincial_administrations.csv"}


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


def test_agencies_ids_unique_and_ascii(all_agencies):
    agencies = all_agencies
    ids = [row["id"] for row in agencies]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if not ID_RE.fullmatch(i)] == []


def test_agencies_kinds_allowed(all_agencies):
    agencies = all_agencies
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


def test_agencies_parent_rules_by_kind(all_agencies, by_id):
    agencies = all_agencies
    for row in agencies:
        if row["kind"] == "ministry":
            assert row["parent_id"] == "", row["id"]
        if row["kind"] in NEEDS_PARENT:
            assert row["parent_id"], f"{row['id']} ({row['kind']}) has no parent"
        if row["kind"] == "independent" or row["kind"] in OUTSIDE_KINDS:
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


def test_agencies_text_is_clean(all_agencies):
    agencies = all_agencies
    for row in agencies:
        for column in AGENCY_COLUMNS:
            assert _clean(row[column]), f"{row['id']}.{column}: {row[column]!r}"
        assert row["name_th"], row["id"]
        assert row["name_en"] == "" or re.fullmatch(r"[A-Za-z0-9 ,.'()&-]+", row["name_en"]), row["id"]
        for form in _split(row["abbreviations_th"]) + _split(row["aliases_th"]):
            assert _clean(form) and form, f"{row['id']}: {form!r}"


def test_agencies_names_unique_and_aliases_not_canonical(all_agencies):
    agencies = all_agencies
    names = [row["name_th"] for row in agencies]
    assert len(names) == len(set(names))
    canonical = set(names)
    for row in agencies:
        aliases = _split(row["aliases_th"])
        assert len(aliases) == len(set(aliases)), row["id"]
        assert not set(aliases) & canonical, f"{row['id']}: an alias is another row's canonical name"
        abbreviations = _split(row["abbreviations_th"])
        assert len(abbreviations) == len(set(abbreviations)), row["id"]


def test_public_organisations_have_the_bare_name_as_alias(all_agencies):
    agencies = all_agencies
    for row in agencies:
        if row["name_th"].endswith(" (องค์การมหาชน)"):
            assert row["name_th"].removesuffix(" (องค์การมหาชน)") in _split(row["aliases_th"]), row["id"]


def test_wikidata_ids_are_qids(all_agencies):
    agencies = all_agencies
    for row in agencies:
        assert row["wikidata"] == "" or re.fullmatch(r"Q\d+", row["wikidata"]), row["id"]


def test_every_row_says_where_it_comes_from(all_agencies):
    agencies = all_agencies
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


# --- places and the bodies named after them (places.py) ---------------------------------------
DISTRICT_COLUMNS = ["code", "name_th", "name_en", "province_id"]
SUBDISTRICT_COLUMNS = ["code", "name_th", "name_en", "district_code"]
LOCAL_GOVERNMENT_COLUMNS = ["id", "name_th", "name_en", "type", "province_id", "place_code", "source"]
LOCAL_GOVERNMENT_TYPES = {"provincial_administrative_organization": "องค์การบริหารส่วนจังหวัด",
                          "city_municipality": "เทศบาลนคร", "town_municipality": "เทศบาลเมือง",
                          "subdistrict_municipality": "เทศบาลตำบล",
                          "subdistrict_administrative_organization": "องค์การบริหารส่วนตำบล",
                          "special_city": "เมืองพัทยา"}


def _table(name: str, columns: list[str]) -> list[dict[str, str]]:
    found, rows = _read(name)
    assert found == columns, name
    for row in rows:
        for column in columns:
            assert _clean(row[column]), f"{name}: {row}"
    return rows


def test_districts_are_dopas_928_in_the_77_provinces(provinces):
    rows = _table("districts.csv", DISTRICT_COLUMNS)
    assert len(rows) == 928 and len({r["code"] for r in rows}) == 928
    assert {r["province_id"] for r in rows} == {p["id"] for p in provinces}
    assert all(re.fullmatch(r"\d{4}", r["code"]) and r["name_th"] and r["name_en"] for r in rows)
    bangkok = [r for r in rows if r["province_id"] == "bangkok"]
    assert len(bangkok) == 50 and not any(r["name_th"].startswith("เขต") for r in bangkok)
    # every province has its Mueang district, but Bangkok (its centre is เขตพระนคร) and Ayutthaya
    # (อำเภอพระนครศรีอยุธยา)
    mueang = {r["province_id"] for r in rows if r["name_th"].startswith("เมือง")}
    assert mueang == {p["id"] for p in provinces} - {"bangkok", "phra_nakhon_si_ayutthaya"}


def test_subdistricts_belong_to_real_districts():
    districts = {r["code"] for r in _read("districts.csv")[1]}
    rows = _table("subdistricts.csv", SUBDISTRICT_COLUMNS)
    assert len(rows) == 7436 and len({r["code"] for r in rows}) == 7436
    assert {r["district_code"] for r in rows} <= districts
    assert all(r["code"].startswith(r["district_code"]) for r in rows)


def test_provincial_administrations_are_the_76_provinces_and_bangkok(provinces):
    columns, rows = _read("provincial_administrations.csv")
    assert columns == AGENCY_COLUMNS and len(rows) == 77
    names = {r["name_th"] for r in rows}
    assert names == {"จังหวัด" + p["name_th"] for p in provinces if p["id"] != "bangkok"} | {"กรุงเทพมหานคร"}
    assert all(r["parent_id"] == "moi" and r["name_en"] and r["source"].startswith("name/parent:") for r in rows)
    assert {r["kind"] for r in rows} == {"province", "local_government"}


def test_local_governments_are_named_after_a_real_place_of_their_province(provinces):
    rows = _table("local_governments.csv", LOCAL_GOVERNMENT_COLUMNS)
    province_ids = {p["id"] for p in provinces}
    province_of_place = {r["code"]: r["province_id"] for r in _read("districts.csv")[1]}
    district_province = dict(province_of_place)
    places = {}
    for r in _read("districts.csv")[1]:
        places[r["code"]] = {r["name_th"], r["name_th"].removeprefix("เมือง")}
    for r in _read("subdistricts.csv")[1]:
        province_of_place[r["code"]] = district_province[r["district_code"]]
        places[r["code"]] = {r["name_th"]}
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({(r["name_th"], r["province_id"]) for r in rows}) == len(rows)
    for row in rows:
        assert ID_RE.fullmatch(row["id"]), row
        assert row["name_th"].startswith(LOCAL_GOVERNMENT_TYPES[row["type"]]), row
        assert row["province_id"] in province_ids - {"bangkok"}, row
        if row["place_code"]:   # the place it is named after lies in its province
            assert province_of_place[row["place_code"]] == row["province_id"], row
            assert row["name_th"].removeprefix(LOCAL_GOVERNMENT_TYPES[row["type"]]) in places[row["place_code"]], row
        assert row["source"], row
    pao = [r for r in rows if r["type"] == "provincial_administrative_organization"]
    assert len(pao) == 76 and {r["province_id"] for r in pao} == province_ids - {"bangkok"}
    counts = {t: sum(r["type"] == t for r in rows) for t in LOCAL_GOVERNMENT_TYPES}
    # Thailand has 30 city and about 195 town municipalities: the list may miss some, never exceed
    assert 20 <= counts["city_municipality"] <= 30 and 100 <= counts["town_municipality"] <= 200


@pytest.mark.parametrize("name, province", [("เทศบาลนครขอนแก่น", "khon_kaen"), ("เทศบาลนครหาดใหญ่", "songkhla"),
                                            ("เทศบาลเมืองหัวหิน", "prachuap_khiri_khan"), ("เมืองพัทยา", "chonburi"),
                                            ("องค์การบริหารส่วนจังหวัดน่าน", "nan")])
def test_known_local_governments_in_their_province(name, province):
    rows = [r for r in _read("local_governments.csv")[1] if r["name_th"] == name]
    assert [r["province_id"] for r in rows] == [province]


# --- the conventions of tests/ANNOTATION.md, which the gold follows ---------------------------------
def _chain(by_id, key):
    chain = []
    while by_id[key]["parent_id"]:
        key = by_id[key]["parent_id"]
        chain.append(key)
    return chain


def test_annotation_parents(all_agencies, by_id):
    for service in ("rta", "rtn", "rtaf"):
        assert by_id[service]["parent_id"] == "rtarf"
    for row in all_agencies:
        kind, chain = row["kind"], _chain(by_id, row["id"])
        if kind == "province":
            assert row["parent_id"] == "moi", row["id"]
        if kind == "university":
            assert row["parent_id"] in {"mhesi", "bma", "mculture", "mots"}, row["id"]
        if kind == "museum":
            assert row["parent_id"] == "fad", row["id"]
        if kind == "prison":
            assert row["parent_id"] == "doc", row["id"]
        if kind == "police":
            assert "rtp" in chain, row["id"]
        if kind == "military":
            assert "mod" in chain, row["id"]
        if kind == "hospital":
            assert chain, row["id"]
    assert _chain(by_id, "bhumibol")[:3] == ["rtaf_med", "rtaf", "rtarf"]   # ANNOTATION's own example
    assert by_id["bma"]["parent_id"] == "moi"


def test_outside_bodies_are_never_under_the_state(all_agencies, by_id):
    outside = [row for row in all_agencies if row["kind"] in OUTSIDE_KINDS]
    assert outside and all(row["parent_id"] == "" for row in outside)
    # and no body of the state sits under one
    assert not [row["id"] for row in all_agencies
                if row["kind"] in STATE_KINDS and any(by_id[k]["kind"] in OUTSIDE_KINDS for k in _chain(by_id, row["id"]))]


def test_new_short_forms_are_confirmed_by_the_corpus(all_agencies):
    for row in all_agencies:
        if row["file"] not in ("agencies.csv", "provincial_administrations.csv") and row["abbreviations_th"]:
            for form in _split(row["abbreviations_th"]):
                assert f"{form} " in row["source"] and "abbr: corpus (" in row["source"], (row["id"], form)


def test_new_names_are_confirmed_by_a_source(all_agencies):
    for row in all_agencies:
        if row["file"] not in ("agencies.csv", "provincial_administrations.csv"):
            assert "th.wikipedia title" in row["source"] or re.search(r"corpus [1-9]\d* articles", row["source"]), row["id"]


def test_faculties_table():
    columns, rows = _read("faculties.csv")
    assert columns == ["name_th", "name_en", "university"] and len(rows) >= 40
    assert all(r["name_th"].startswith(("คณะ", "บัณฑิตวิทยาลัย")) and r["name_en"] for r in rows)
    assert len({r["name_th"] for r in rows}) == len(rows)
    universities = {r["name_th"] for r in _read("universities.csv")[1]}
    assert all(r["university"] in universities for r in rows if r["university"])


@pytest.mark.parametrize("name, parent", [("กองทัพเรือ", "กองบัญชาการกองทัพไทย"), ("กองทัพอากาศ", "กองบัญชาการกองทัพไทย"),
                                          ("โรงพยาบาลภูมิพลอดุลยเดช", "กรมแพทย์ทหารอากาศ"),
                                          ("โรงพยาบาลพระมงกุฎเกล้า", "กรมแพทย์ทหารบก"),
                                          ("กองบัญชาการตำรวจนครบาล", "สำนักงานตำรวจแห่งชาติ"),
                                          ("มหาวิทยาลัยขอนแก่น", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
                                          ("มหาวิทยาลัยราชภัฏสวนสุนันทา", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
                                          ("มหาวิทยาลัยเทคโนโลยีราชมงคลธัญบุรี", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
                                          ("หอสมุดแห่งชาติ", "กรมศิลปากร"), ("เรือนจำกลางเชียงใหม่", "กรมราชทัณฑ์"),
                                          ("จังหวัดน่าน", "กระทรวงมหาดไทย"), ("องค์การอนามัยโลก", None),
                                          ("มหาวิทยาลัยรังสิต", None)])
def test_known_bodies_and_their_parents(all_agencies, by_id, name, parent):
    rows = [row for row in all_agencies if row["name_th"] == name]
    assert len(rows) == 1, name
    assert (by_id[rows[0]["parent_id"]]["name_th"] if rows[0]["parent_id"] else None) == parent
