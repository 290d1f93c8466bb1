"""Write ontology/local_governments.csv: local administrative organisations checked against real places.

Sources, each row saying which:
- the 76 provincial administrative organisations (one per province outside Bangkok, by the
  Provincial Administrative Organisation Act B.E. 2540) and Pattaya City (Pattaya City
  Administration Act B.E. 2542);
- Thai Wikipedia article titles (PyThaiNLP's offline ``wikipedia_titles_th.txt``, CC BY-SA 4.0)
  that name a municipality or a subdistrict administrative organisation;
- the ThaiGov corpus (public domain): "<local government> อำเภอ<district> จังหวัด<province>".

A name is kept only when the words after its type are a real place of ``districts.csv`` /
``subdistricts.csv`` (DOPA names): for a corpus name, a subdistrict or district of the province
the article gives, or the province itself; for a Wikipedia title, any subdistrict or district,
the province then taken where all such places lie in one province.

    python tools/reference/make_local_governments.py CORPUS.jsonl.xz WIKIPEDIA_TITLES.txt
"""
from __future__ import annotations

import csv
import hashlib
import json
import lzma
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
# type: (Thai prefix, English suffix, id prefix)
TYPES = {
    "city_municipality": ("เทศบาลนคร", "City Municipality", "cm"),
    "town_municipality": ("เทศบาลเมือง", "Town Municipality", "tm"),
    "subdistrict_municipality": ("เทศบาลตำบล", "Subdistrict Municipality", "sm"),
    "subdistrict_administrative_organization": ("องค์การบริหารส่วนตำบล", "Subdistrict Administrative Organization", "sao"),
}
PREFIX_TYPE = {prefix: kind for kind, (prefix, _, _) in TYPES.items()}
THAI = "\u0e01-\u0e4e"


def read(name: str) -> list[dict[str, str]]:
    with (ONTOLOGY / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main(corpus: Path, titles: Path) -> None:
    provinces = {r["name_th"]: r for r in read("provinces.csv")}
    districts = {r["code"]: r for r in read("districts.csv")}
    tambons = read("subdistricts.csv")
    # place name -> [(level, code, province name)]
    places: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    province_name = {r["id"]: r["name_th"] for r in provinces.values()}
    for d in districts.values():
        prov = province_name[d["province_id"]]
        places[d["name_th"]].append(("district", d["code"], prov))
        if d["name_th"].startswith("เมือง"):   # อำเภอเมืองน่าน: the town is น่าน
            places[d["name_th"].removeprefix("เมือง")].append(("district", d["code"], prov))
    for t in tambons:
        places[t["name_th"]].append(("subdistrict", t["code"], province_name[districts[t["district_code"]]["province_id"]]))
    english = {("district", d["code"]): d["name_en"].removeprefix("Mueang ") if d["name_th"].startswith("เมือง") else d["name_en"]
               for d in districts.values()}
    english.update({("subdistrict", t["code"]): t["name_en"] for t in tambons})
    romanised = defaultdict(set)
    for t in tambons:
        romanised[t["name_th"]].add(t["name_en"])
    english.update({("subdistrict", name): en.pop() for name, en in romanised.items() if len(en) == 1})
    for name, row in provinces.items():
        places[name].append(("province", row["id"], name))

    def resolve(place: str, province: str | None) -> tuple[str, str, str] | None:
        """The place (level, code, province) a local government is named after: one province, and in it
        the one subdistrict, else the one district, else the province itself, of that name; the code is
        empty where two subdistricts of the province share the name."""
        # Bangkok has no local government but the BMA itself: its khet and khwaeng name none
        found = [p for p in places.get(place, ()) if (province is None or p[2] == province) and p[2] != "กรุงเทพมหานคร"]
        if not found or len({p[2] for p in found}) > 1:
            return None
        for level in ("subdistrict", "district", "province"):
            codes = sorted({p[1] for p in found if p[0] == level})
            if codes:
                return (level, codes[0] if len(codes) == 1 else "", found[0][2])
        return None

    rows: dict[str, dict] = {}
    evidence: dict[str, Counter] = defaultdict(Counter)

    prefixes = "|".join(sorted(PREFIX_TYPE, key=len, reverse=True))
    province_alt = "|".join(sorted(map(re.escape, provinces), key=len, reverse=True))
    pattern = re.compile(rf"({prefixes})[ \t]?([{THAI}]+?)[ \t]*(?:อำเภอ|อ\.)[ \t]?([{THAI}]+?)[ \t]*(?:จังหวัด|จ\.)[ \t]?({province_alt})")
    seen_articles: dict[tuple, set] = defaultdict(set)
    with lzma.open(corpus, "rt", encoding="utf-8") as stream:
        for line in stream:
            article = json.loads(line)
            for m in pattern.finditer(article["text"]):
                prefix, place, district, province = m.groups()
                if province == "กรุงเทพมหานคร":
                    continue
                in_district = [d for d in districts.values() if province_name[d["province_id"]] == province and
                               d["name_th"] in (district, "เมือง" + province if district == "เมือง" else district)]
                if not in_district:
                    continue
                found = resolve(place, province)
                if found is None:
                    continue
                seen_articles[(PREFIX_TYPE[prefix], place, province, found)].add(article["id"])
    for (kind, place, province, found), ids in seen_articles.items():
        add(rows, kind, place, province, found, english, f"corpus ({len(ids)} articles)")

    for title in titles.read_text(encoding="utf-8").splitlines():
        m = re.fullmatch(rf"({prefixes})([{THAI}]+?)(?:อำเภอ[{THAI}]+?จังหวัด({province_alt}))?", title.strip())
        if not m:
            continue
        prefix, place, province = m.groups()
        if province is None and place in provinces and PREFIX_TYPE[prefix] in ("city_municipality", "town_municipality"):
            province = place   # a city or town named after its province lies in it (its capital)
        found = resolve(place, province)
        if found is None:
            continue
        add(rows, PREFIX_TYPE[prefix], place, found[2], found, english, "th.wikipedia title")

    out_rows = []
    for province, row in provinces.items():
        if row["id"] == "bangkok":
            continue
        out_rows.append({"id": f"pao_{row['id']}", "name_th": "องค์การบริหารส่วนจังหวัด" + province,
                         "name_en": f"{row['name_en']} Provincial Administrative Organization",
                         "type": "provincial_administrative_organization", "province_id": row["id"], "place_code": "",
                         "source": "name: Provincial Administrative Organisation Act B.E. 2540 (one per province outside Bangkok) | en: rule"})
    out_rows.append({"id": "pattaya", "name_th": "เมืองพัทยา", "name_en": "Pattaya City", "type": "special_city",
                     "province_id": "chonburi", "place_code": "",
                     "source": "name: Pattaya City Administration Act B.E. 2542 | en: official name (pattaya.go.th)"})
    out_rows += sorted(rows.values(), key=lambda r: (r["province_id"], r["type"], r["name_th"]))
    with (ONTOLOGY / "local_governments.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.DictWriter(handle, ["id", "name_th", "name_en", "type", "province_id", "place_code", "source"],
                             lineterminator="\n")
        out.writeheader()
        out.writerows(out_rows)
    print(Counter(r["type"] for r in out_rows))


def add(rows, kind, place, province, found, english, source):
    prefix, suffix, short = TYPES[kind]
    name = prefix + place
    level, code, _ = found
    provinces = {r["name_th"]: r["id"] for r in read_cached("provinces.csv")}
    if level == "province":
        code = provinces[province]
    key = f"{short}_{code}" if code else f"{short}_{provinces[province]}_{hashlib.sha1(name.encode()).hexdigest()[:6]}"
    row = rows.get(name + "|" + province)
    if row is None:
        en = english.get((level, code)) if level != "province" else None
        if en is None and level != "province":   # two subdistricts of one name: their shared romanisation
            en = english.get((level, place))
        if level == "province":
            en = next(r["name_en"] for r in read_cached("provinces.csv") if r["name_th"] == province)
        row = rows[name + "|" + province] = {"id": key, "name_th": name, "name_en": f"{en} {suffix}" if en else "", "type": kind,
                                             "province_id": provinces[province], "place_code": code if level != "province" else "",
                                             "source": ""}
    row["source"] = " ; ".join(filter(None, [row["source"], source]))


_CACHE: dict = {}


def read_cached(name):
    if name not in _CACHE:
        _CACHE[name] = read(name)
    return _CACHE[name]


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
