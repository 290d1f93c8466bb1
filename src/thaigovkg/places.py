"""Thailand's places and the bodies named after them: provinces, districts, local governments.

The tables are DOPA's provinces, districts (อำเภอ / เขต) and subdistricts (ตำบล / แขวง)
(``ontology/districts.csv``, ``subdistricts.csv``), the provinces and Bangkok as bodies
(``provincial_administrations.csv``) and the local governments a source lists
(``local_governments.csv``); ``ontology/REFERENCE.md`` gives their sources.

A place name is also a word of prose ("จังหวัดน่าน" is a province as a body in one sentence
and a place in the next), so these bodies are kept apart from the agency table the extractor
matches everywhere: the organisation finder asks here when its context names a body.
Local governments number about 7,850 and most are listed nowhere we can ship, so a name is
recognised by its pattern (type + place) and accepted only where the place is real.

``load_places()`` is cached: it runs once per process, on the first call.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .model import Organization
from .normalize import match_key
from .resources import ontology_file

# The types of local government by the words that open their names, longest first; each with its
# English name, its short form as the news writes it, and the level of place it is named after.
LOCAL_GOVERNMENT_TYPES = {
    "องค์การบริหารส่วนจังหวัด": ("provincial_administrative_organization", "Provincial Administrative Organization", "อบจ."),
    "องค์การบริหารส่วนตำบล": ("subdistrict_administrative_organization", "Subdistrict Administrative Organization", "อบต."),
    "เทศบาลนคร": ("city_municipality", "City Municipality", "ทน."),
    "เทศบาลเมือง": ("town_municipality", "Town Municipality", "ทม."),
    "เทศบาลตำบล": ("subdistrict_municipality", "Subdistrict Municipality", "ทต."),
}
LOCAL_GOVERNMENT_SHORT_FORMS = {short: prefix for prefix, (_, _, short) in LOCAL_GOVERNMENT_TYPES.items()}
BANGKOK = "กรุงเทพมหานคร"
PATTAYA = "เมืองพัทยา"
# after match_key (no spaces, no dots; อ. and จ. written out first): "…อำเภอเมืองจังหวัดลำพูน", "…จังหวัดลำพูน"
_PLACE_TAIL = re.compile(r"(?:อำเภอ.+?)?จังหวัด(?P<province>.+)$")
_SHORT_PLACE_WORDS = ((re.compile(r"(?:^|\s)อ\.\s*"), " อำเภอ"), (re.compile(r"(?:^|\s)จ\.\s*"), " จังหวัด"))


@dataclass(frozen=True)
class District:
    """One district (อำเภอ, or a khet of Bangkok) and the body that runs it."""

    code: str            # DOPA code, 4 digits
    name: str            # the place: "บางบ่อ", "เมืองน่าน", "พระนคร"
    name_en: str
    province: str        # the province's Thai name
    key: str             # key of its body ("district_1102") in ``Places.bodies``


@dataclass(frozen=True)
class LocalGovernment:
    """A local government recognised by name: its type, the provinces it may lie in, its listed key."""

    name: str                       # full canonical name, short form expanded: "องค์การบริหารส่วนตำบลบ้านกลาง"
    type: str                       # one of LOCAL_GOVERNMENT_TYPES' types, "special_city" or "bangkok"
    place: str                      # the place it is named after: "บ้านกลาง"
    provinces: tuple[str, ...]      # Thai names of the provinces a place of that name lies in (one: it is known)
    key: str | None = None          # the key in ``Places.bodies`` where a source lists it in that province

    @property
    def province(self) -> str | None:
        """The province, where only one is possible."""
        return self.provinces[0] if len(self.provinces) == 1 else None


@dataclass(eq=False)
class Places:
    """The places of Thailand and the bodies named after them, indexed for the organisation finder."""

    province_ids: dict[str, str]                            # Thai name or alias → provinces.csv id
    province_names: dict[str, str]                          # id → Thai name
    districts: dict[str, tuple[District, ...]]              # district name → districts of that name
    subdistricts: dict[str, tuple[tuple[str, str], ...]]    # subdistrict name → ((district, province), …)
    bodies: dict[str, Organization]                         # key → province, Bangkok, district, listed local government
    listed: dict[str, tuple[str, ...]]                      # match_key(local government name) → keys in bodies
    body_names: dict[str, list[str]]                        # match_key(body name or alias) → keys in bodies

    # --- places -----------------------------------------------------------------
    def province(self, name: str) -> str | None:
        """The canonical Thai name of a province named with or without จังหวัด/จ. ("น่าน", "จ.น่าน", "โคราช")."""
        key = self.province_ids.get(_bare(name, _PROVINCE_WORD))
        return self.province_names[key] if key else None

    def province_prefix(self, run: str) -> str | None:
        """The longest start of a run of letters that names a province, as written ("สกลนครร่วม…" → "สกลนคร"):
        the text often writes the next word on to the place."""
        return next((run[:size] for size in range(len(run), 1, -1) if self.province(run[:size])), None)

    def provinces_of(self, place: str) -> tuple[str, ...]:
        """The provinces (Thai names) that hold a province, district or subdistrict of this name, sorted."""
        found = set()
        for candidate in {match_key(place), _bare(place, _PLACE_WORD)} - {""}:
            if candidate in self.province_ids:
                found.add(self.province_names[self.province_ids[candidate]])
            found |= {d.province for d in self.districts.get(candidate, ())}
            found |= {province for _, province in self.subdistricts.get(candidate, ())}
        return tuple(sorted(found))

    def is_place(self, name: str) -> bool:
        """Whether a name is a real province, district or subdistrict, written bare or after its word
        ("น่าน", "จังหวัดน่าน", "อำเภอเมืองน่าน", "ต.บ้านกลาง", "เขตบางรัก")."""
        return bool(self.provinces_of(name))

    # --- bodies -----------------------------------------------------------------
    def province_body(self, name: str) -> str | None:
        """The key of a province as a body ("prov_nan", Bangkok: "bma") from its name with or without จังหวัด."""
        province = self.province(name)
        if province is None:
            return None
        return "bma" if province == BANGKOK else "prov_" + self.province_ids[province]

    def district_body(self, name: str, province: str | None = None) -> str | None:
        """The key of a district's body (ที่ว่าการอำเภอ; a khet's สำนักงานเขต) from "อำเภอบางบ่อ", "เขตบางรัก",
        "บางบ่อ" …; None where no district has that name or several do in the provinces allowed."""
        bare = _bare(name, _DISTRICT_WORD)
        wanted = self.province(province) if province else None
        found = [d for d in self.districts.get(bare, ()) if wanted is None or d.province == wanted]
        return found[0].key if len(found) == 1 else None

    def organization(self, key: str) -> Organization | None:
        return self.bodies.get(key)

    def find_body(self, name: str) -> str | None:
        """The key of a body here by its exact name (or alias): a province, Bangkok, a district's body, a
        listed local government named in one province only."""
        keys = self.body_names.get(match_key(name))
        return keys[0] if keys and len(keys) == 1 else None

    # --- local governments ---------------------------------------------------------
    def local_government(self, name: str, province: str | None = None) -> LocalGovernment | None:
        """A local government by its name, or None where the name is not one.

        The name opens with a type (``LOCAL_GOVERNMENT_TYPES`` or its short form: อบต., ทต. …) and
        the rest is a real place: a subdistrict, district or province (a provincial administrative
        organisation: a province other than Bangkok), or a name a source lists. A place written after it
        ("… อำเภอเมือง จังหวัดลำพูน") or ``province`` narrows the provinces it may lie in; a place
        that no province allowed holds is no local government.
        """
        for short, word in _SHORT_PLACE_WORDS:
            name = short.sub(word, name)
        key = match_key(name)
        if key == match_key(BANGKOK):
            return LocalGovernment(BANGKOK, "bangkok", BANGKOK, (BANGKOK,), "bma")
        if key == match_key(PATTAYA):
            return LocalGovernment(PATTAYA, "special_city", "พัทยา", ("ชลบุรี",), "pattaya")
        form = next(((k, p) for k, p in _PREFIX_FORMS if key.startswith(k)), None)
        if form is None:
            return None
        rest, prefix = key[len(form[0]):], form[1]
        wanted: set[str] | None = None
        tail = _PLACE_TAIL.search(rest)
        if tail and tail.start() > 0:
            rest, written = rest[:tail.start()], tail.group("province")
            found = self.province(written)
            if found is None:
                return None
            wanted = {found}
        if province:
            found = self.province(province)
            if found is None:
                return None
            wanted = {found} if wanted is None else wanted & {found}
        if not rest:
            return None
        kind = LOCAL_GOVERNMENT_TYPES[prefix][0]
        full = prefix + rest
        if kind == "provincial_administrative_organization":
            home = self.province(rest)
            places = () if home is None or home == BANGKOK else (home,)
        else:
            # Bangkok has no local government but the BMA: its khet and khwaeng name none
            places = tuple(p for p in self.provinces_of(rest) if p != BANGKOK and not PLACE_WORDS_RE.match(rest))
        listed = [self.bodies[k] for k in self.listed.get(match_key(full), ())]
        listed_provinces = {self.province_names[_province_id(o)] for o in listed if _province_id(o)}
        # cities and towns are few and their list near complete: a listed one lies where the list says
        few = kind in ("city_municipality", "town_municipality") and listed_provinces
        provinces = listed_provinces if few else set(places) | listed_provinces
        if wanted is not None:
            provinces &= wanted
        if not provinces:
            return None
        in_province = [o.key for o in listed if _province_id(o) and self.province_names[_province_id(o)] in provinces]
        return LocalGovernment(full, kind, rest, tuple(sorted(provinces)),
                               in_province[0] if len(in_province) == 1 else None)

    def local_government_name(self, short: str) -> str:
        """A local government's name with its short form expanded ("อบต.บ้านกลาง" → "องค์การบริหารส่วนตำบลบ้านกลาง")."""
        stripped = short.strip()
        for form, prefix in LOCAL_GOVERNMENT_SHORT_FORMS.items():
            if stripped.startswith(form):
                return prefix + stripped[len(form):].strip()
        return stripped


# (match_key of a type's words or short form, the type's full words), longest first
_PREFIX_FORMS = sorted([(match_key(p), p) for p in LOCAL_GOVERNMENT_TYPES]
                       + [(match_key(short), p) for short, p in LOCAL_GOVERNMENT_SHORT_FORMS.items()],
                       key=lambda form: -len(form[0]))
PLACE_WORDS_RE = re.compile(r"^(?:จังหวัด|อำเภอ|ตำบล|แขวง)")
# The word before a place, as written (a dotted short form keeps its dot: จ.น่าน, but จันทบุรี is whole)
_PROVINCE_WORD = re.compile(r"^\s*(?:จังหวัด|จ\.)\s*")
_DISTRICT_WORD = re.compile(r"^\s*(?:ที่ว่าการ|สำนักงาน)?\s*(?:อำเภอ|อ\.|เขต)\s*")
_PLACE_WORD = re.compile(r"^\s*(?:จังหวัด|จ\.|(?:ที่ว่าการ|สำนักงาน)?\s*(?:อำเภอ|อ\.|เขต)|ตำบล|ต\.|แขวง)\s*")


def _bare(name: str, word: re.Pattern[str]) -> str:
    """The match key of a place name without the word written before it; the word alone gives ""."""
    return match_key(word.sub("", name, count=1))


def _province_id(org: Organization) -> str | None:
    parent = org.parent or ""
    return parent.removeprefix("prov_") if parent.startswith("prov_") else None


def _read_csv(name: str) -> list[dict[str, str]]:
    with ontology_file(name).open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@lru_cache(maxsize=1)
def load_places() -> Places:
    """The places and their bodies, built once per process from the files in ``ontology/``."""
    province_ids: dict[str, str] = {}
    province_names: dict[str, str] = {}
    for row in _read_csv("provinces.csv"):
        province_names[row["id"]] = row["name_th"]
        for name in (row["name_th"], *row["aliases_th"].split(";")):
            if name.strip():
                province_ids.setdefault(match_key(name), row["id"])
    bodies: dict[str, Organization] = {}
    for row in _read_csv("provincial_administrations.csv"):
        bodies[row["id"]] = Organization(
            key=row["id"], name=row["name_th"], kind=row["kind"], parent=row["parent_id"] or None,
            abbreviations=tuple(a for a in row["abbreviations_th"].split(";") if a), name_en=row["name_en"] or None,
            aliases=tuple(a for a in row["aliases_th"].split(";") if a), wikidata=row["wikidata"] or None)
    districts: dict[str, list[District]] = defaultdict(list)
    district_of: dict[str, District] = {}
    for row in _read_csv("districts.csv"):
        province = province_names[row["province_id"]]
        bangkok = row["province_id"] == "bangkok"
        district = District(row["code"], row["name_th"], row["name_en"], province, "district_" + row["code"])
        district_of[row["code"]] = district
        # "อำเภอเมือง จังหวัดน่าน": a Mueang district is also named เมือง alone, with its province
        names = {row["name_th"], "เมือง"} if row["name_th"].startswith("เมือง") else {row["name_th"]}
        for name in names:
            districts[match_key(name)].append(district)
        body = ("สำนักงานเขต" if bangkok else "อำเภอ") + row["name_th"]
        body_en = f"{row['name_en']} District Office" if bangkok else f"{row['name_en']} District"
        bodies[district.key] = Organization(
            key=district.key, name=body, kind="district", parent="bma" if bangkok else "prov_" + row["province_id"],
            name_en=body_en, aliases=("เขต" + row["name_th"],) if bangkok else ("ที่ว่าการอำเภอ" + row["name_th"],))
    subdistricts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in _read_csv("subdistricts.csv"):
        district = district_of[row["district_code"]]
        subdistricts[match_key(row["name_th"])].append((district.name, district.province))
    listed: dict[str, list[str]] = defaultdict(list)
    for row in _read_csv("local_governments.csv"):
        parent = "prov_" + row["province_id"] if row["province_id"] else None
        bodies[row["id"]] = Organization(key=row["id"], name=row["name_th"], kind="local_government", parent=parent,
                                         name_en=row["name_en"] or None)
        listed[match_key(row["name_th"])].append(row["id"])
    body_names: dict[str, list[str]] = defaultdict(list)
    for org in bodies.values():
        for name in (org.name, *org.aliases):
            if org.key not in body_names[match_key(name)]:
                body_names[match_key(name)].append(org.key)
    return Places(province_ids=province_ids, province_names=province_names,
                  districts={k: tuple(v) for k, v in districts.items()},
                  subdistricts={k: tuple(v) for k, v in subdistricts.items()}, bodies=bodies,
                  listed={k: tuple(v) for k, v in listed.items()}, body_names=dict(body_names))
