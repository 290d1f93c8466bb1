"""Write the agency tables beyond agencies.csv (ontology/armed_forces.csv, police.csv, universities.csv,
state_enterprises.csv, independent_bodies.csv, museums.csv, prisons.csv, outside_bodies.csv) and
ontology/faculties.csv.

Every curated row of ``state_rows.py`` is checked against Thai Wikipedia titles (PyThaiNLP's offline
``wikipedia_titles_th.txt``, CC BY-SA 4.0) and the ThaiGov corpus (public domain): a name found in
neither is dropped and printed. A short form is kept only where the corpus writes it in brackets right
after the name in at least 2 articles (as agencies.csv's short forms were mined). Museums and prisons
are the Wikipedia titles and corpus names of their pattern whose place is real.

    python tools/reference/make_state_agencies.py CORPUS.jsonl.xz WIKIPEDIA_TITLES.txt
"""
from __future__ import annotations

import csv
import hashlib
import json
import lzma
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(Path(__file__).parent))

from state_rows import (ARMED_FORCES, FACULTIES, INDEPENDENT, MUSEUM_EXTRA, OUTSIDE, POLICE, POLICE_REGIONS,  # noqa: E402
                        RAJABHAT, RAJAMANGALA, REGION_EN, STATE_ENTERPRISES, UNIVERSITIES, UNIVERSITY_PARENT)

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"
COLUMNS = ["id", "name_th", "name_en", "abbreviations_th", "kind", "parent_id", "wikidata", "source", "aliases_th"]
THAI = "\u0e01-\u0e4e"


def read(name):
    with (ONTOLOGY / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def curated_rows():
    provinces = {r["name_th"]: r for r in read("provinces.csv")}
    rows = {"armed_forces.csv": [], "police.csv": [], "universities.csv": [], "state_enterprises.csv": [],
            "independent_bodies.csv": [], "museums.csv": [], "outside_bodies.csv": []}
    for key, th, en, abbr, kind, parent in ARMED_FORCES:
        rows["armed_forces.csv"].append((key, th, en, abbr, kind, parent, "curated (armed forces structure)"))
    for key, th, en, abbr, kind, parent in POLICE:
        rows["police.csv"].append((key, th, en, abbr, kind, parent, "curated (Royal Thai Police structure)"))
    for number, members in POLICE_REGIONS.items():
        rows["police.csv"].append((f"ppr{number}", f"ตำรวจภูธรภาค {number}", REGION_EN[number], f"ภ.{number}", "police", "rtp",
                                   "curated (Royal Thai Police: nine provincial police regions)"))
        for province in members:
            slug = provinces[province]["id"]
            rows["police.csv"].append((f"ppo_{slug}", f"ตำรวจภูธรจังหวัด{province}", f"{provinces[province]['name_en']} Provincial Police",
                                       f"ภ.จ.{province}", "police", f"ppr{number}",
                                       f"curated (the provincial police of Region {number})"))
    for key, th, en, abbr in UNIVERSITIES:
        rows["universities.csv"].append((key, th, en, abbr, "university", UNIVERSITY_PARENT.get(key, "mhesi"),
                                         "curated (public university act)"))
    for place, en, key in RAJABHAT:
        rows["universities.csv"].append((key, "มหาวิทยาลัยราชภัฏ" + place, en, f"มรภ.{place.split()[0]}", "university", "mhesi",
                                         "curated (Rajabhat University Act B.E. 2547 and the university's own act)"))
    for place, en, key in RAJAMANGALA:
        rows["universities.csv"].append((key, "มหาวิทยาลัยเทคโนโลยีราชมงคล" + place, f"Rajamangala University of Technology {en}",
                                         f"มทร.{place}", "university", "mhesi", "curated (Rajamangala University of Technology Act B.E. 2548)"))
    for key, th, en, abbr, kind, parent in STATE_ENTERPRISES:
        rows["state_enterprises.csv"].append((key, th, en, abbr, kind, parent, "curated (SEPO list of state enterprises)"))
    for key, th, en, abbr, kind, parent in INDEPENDENT:
        rows["independent_bodies.csv"].append((key, th, en, abbr, kind, parent, "curated (Constitution B.E. 2560; Courts of Justice and Administrative Court acts)"))
    for key, th, en, abbr, kind, parent in MUSEUM_EXTRA:
        rows["museums.csv"].append((key, th, en, abbr, kind, parent, "curated (Fine Arts Department)"))
    for key, th, en, abbr, kind in OUTSIDE:
        rows["outside_bodies.csv"].append((key, th, en, abbr, kind, "", "curated (outside the Thai state: no parent)"))
    return rows


def main(corpus: Path, titles_path: Path) -> None:
    titles = set(titles_path.read_text(encoding="utf-8").split("\n"))
    rows = curated_rows()
    places = place_names()
    # patterns of museums and prisons, their place checked
    museum_re = re.compile(rf"พิพิธภัณฑสถานแห่งชาติ[ \t]?([{THAI}]+)")
    prison_re = re.compile(rf"(เรือนจำกลาง|เรือนจำจังหวัด|เรือนจำอำเภอ|ทัณฑสถานหญิง|ทัณฑสถานวัยหนุ่ม|ทัณฑสถานบำบัดพิเศษ|ทัณฑสถานเปิด)[ \t]?([{THAI}]+)")
    names = {r[1] for table in rows.values() for r in table}
    pairs = {(r[1], a) for table in rows.values() for r in table for a in r[3].split(";") if a}
    name_re = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    name_articles = defaultdict(int)
    pair_articles = defaultdict(int)
    museum_articles = defaultdict(int)
    prison_articles = defaultdict(int)
    with lzma.open(corpus, "rt", encoding="utf-8") as stream:
        for line in stream:
            text = json.loads(line)["text"]
            found = set(name_re.findall(text))
            for name in found:
                name_articles[name] += 1
            for name, abbr in pairs:
                if name in found and re.search(re.escape(name) + r"\s?\(\s?" + re.escape(abbr) + r"\s?\)", text):
                    pair_articles[(name, abbr)] += 1
            for place in {m for m in museum_re.findall(text)}:
                museum_articles[place] += 1
            for kind_place in set(prison_re.findall(text)):
                prison_articles[kind_place] += 1
    existing = {r["name_th"] for r in read("agencies.csv")}
    for file, table in rows.items():
        out = []
        for key, th, en, abbr, kind, parent, note in table:
            if th in existing:
                print("already in agencies.csv:", th)
                continue
            wiki = th in titles
            count = name_articles.get(th, 0)
            if not wiki and count == 0:
                print("dropped (neither Wikipedia nor corpus):", file, th)
                continue
            kept = [a for a in abbr.split(";") if a and pair_articles.get((th, a), 0) >= 2]
            evidence = "; ".join(filter(None, ["th.wikipedia title" if wiki else "", f"corpus {count} articles" if count else ""]))
            source = f"name/parent: {note}; {evidence}"
            if kept:
                source += " | abbr: corpus (" + "; ".join(f"{a} {pair_articles[(th, a)]} articles" for a in kept) + ")"
            source += " | en: curated (official English name, from the reviewer's knowledge; a sample checked)" if en else ""
            out.append({"id": key, "name_th": th, "name_en": en, "abbreviations_th": ";".join(kept), "kind": kind,
                        "parent_id": parent, "wikidata": "", "source": source, "aliases_th": ""})
        if file == "museums.csv":
            out += museums(titles, museum_articles, places, {r["name_th"] for r in out})
        write(file, out)
    write("prisons.csv", prisons(titles, prison_articles, places))
    with (ONTOLOGY / "faculties.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["name_th", "name_en"])
        writer.writerows(FACULTIES)


def place_names():
    """Thai place name → its DOPA romanisation where one name has one romanisation (provinces, districts)."""
    english = defaultdict(set)
    for r in read("provinces.csv"):
        english[r["name_th"]].add(r["name_en"])
    for r in read("districts.csv"):
        english[r["name_th"]].add(r["name_en"])
    return english


def museums(titles, counts, places, have):
    out = []
    candidates = {t.removeprefix("พิพิธภัณฑสถานแห่งชาติ").strip() for t in titles if t.startswith("พิพิธภัณฑสถานแห่งชาติ")}
    candidates |= {p for p, n in counts.items() if n >= 2}
    for place in sorted(candidates):
        if not place or place not in places:
            continue
        th = f"พิพิธภัณฑสถานแห่งชาติ {place}"
        if th in have:
            continue
        en = f"{next(iter(places[place]))} National Museum" if len(places[place]) == 1 else ""
        evidence = "; ".join(filter(None, ["th.wikipedia title" if ("พิพิธภัณฑสถานแห่งชาติ" + place) in titles or th in titles else "",
                                           f"corpus {counts.get(place, 0)} articles" if counts.get(place) else ""]))
        out.append({"id": "museum_" + hashlib.sha1(th.encode()).hexdigest()[:8], "name_th": th, "name_en": en,
                    "abbreviations_th": "", "kind": "museum", "parent_id": "fad", "wikidata": "",
                    "source": f"name/parent: pattern พิพิธภัณฑสถานแห่งชาติ + a real place (districts.csv), under กรมศิลปากร "
                              f"(tests/ANNOTATION.md); {evidence}" + (" | en: rule (DOPA romanisation + National Museum)" if en else ""),
                    "aliases_th": "พิพิธภัณฑสถานแห่งชาติ" + place})
    return out


PRISON_EN = {"เรือนจำกลาง": "Central Prison", "เรือนจำจังหวัด": "Provincial Prison", "เรือนจำอำเภอ": "District Prison"}


def prisons(titles, counts, places):
    out = []
    pattern = re.compile(rf"(เรือนจำกลาง|เรือนจำจังหวัด|เรือนจำอำเภอ|ทัณฑสถานหญิง|ทัณฑสถานวัยหนุ่ม|ทัณฑสถานบำบัดพิเศษ|ทัณฑสถานเปิด)([{THAI}]+)$")
    candidates = {m.groups() for t in titles if (m := pattern.match(t))}
    candidates |= {k for k, n in counts.items() if n >= 2}
    for kind, place in sorted(candidates):
        if place not in places:
            continue
        th = kind + place
        en = f"{next(iter(places[place]))} {PRISON_EN[kind]}" if kind in PRISON_EN and len(places[place]) == 1 else ""
        evidence = "; ".join(filter(None, ["th.wikipedia title" if th in titles else "",
                                           f"corpus {counts.get((kind, place), 0)} articles" if counts.get((kind, place)) else ""]))
        out.append({"id": "prison_" + hashlib.sha1(th.encode()).hexdigest()[:8], "name_th": th, "name_en": en,
                    "abbreviations_th": "", "kind": "prison", "parent_id": "doc", "wikidata": "",
                    "source": f"name/parent: pattern {kind} + a real place (districts.csv), under กรมราชทัณฑ์ "
                              f"(tests/ANNOTATION.md); {evidence}" + (" | en: rule (DOPA romanisation + " + PRISON_EN[kind] + ")" if en else ""),
                    "aliases_th": ""})
    return out


def write(name, rows):
    with (ONTOLOGY / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(name, len(rows))


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
