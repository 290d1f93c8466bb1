"""Write ontology/districts.csv and ontology/subdistricts.csv from the GeoThai data.

The data (DOPA codes and names, Thai and English) ships inside the ``geothai``
wheel on PyPI (data CC BY 4.0, GeoThai/data; names and codes from the
Department of Provincial Administration). Run with the folder that holds its
``provinces.json``, ``districts.json`` and ``subdistricts.json``:

    pip download --no-deps -d /tmp/geo geothai && unzip -o /tmp/geo/geothai-*.whl -d /tmp/geo/w
    python tools/reference/make_places.py /tmp/geo/w/geothai/_data
"""
from __future__ import annotations

import csv
import json
import sys
import unicodedata
from pathlib import Path

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def main(data: Path) -> None:
    provinces = {code: nfc(th) for code, th, _ in json.loads((data / "provinces.json").read_text("utf-8"))}
    with (ONTOLOGY / "provinces.csv").open(encoding="utf-8", newline="") as handle:
        slug = {row["name_th"]: row["id"] for row in csv.DictReader(handle)}
    assert set(provinces.values()) == set(slug), set(provinces.values()) ^ set(slug)
    districts = json.loads((data / "districts.json").read_text("utf-8"))
    with (ONTOLOGY / "districts.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["code", "name_th", "name_en", "province_id"])
        for code, name_th, name_en in districts:
            # Bangkok's khet carry the word เขต in DOPA's names; the place name is what follows it
            out.writerow([code, nfc(name_th).removeprefix("เขต"), nfc(name_en), slug[provinces[code[:2]]]])
    subdistricts = json.loads((data / "subdistricts.json").read_text("utf-8"))
    with (ONTOLOGY / "subdistricts.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(["code", "name_th", "name_en", "district_code"])
        for code, name_th, name_en, *_ in subdistricts:
            out.writerow([code, nfc(name_th), nfc(name_en), code[:4]])
    print(f"{len(districts)} districts, {len(subdistricts)} subdistricts")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
