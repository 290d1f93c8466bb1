"""The DCAT-AP 3 description of the dataset and of each file it is published as.

Every export carries it (``export.describe`` adds the VoID statistics beside
it), so a data portal can harvest the file as it is: CKAN with ckanext-dcat
reads one ``dcat:Dataset`` per description, each ``dcat:Distribution`` as a
resource (its URL from ``dcat:downloadURL``, else ``dcat:accessURL``; its media
type from ``dcat:mediaType``, its format from ``dct:format``, the licence from
the distributions' ``dct:license``), and the temporal extent from
``dcat:startDate``/``dcat:endDate``. Objects are typed the way DCAT-AP's range
shapes ask and the way ckanext-dcat itself writes them (``rdfs:Resource`` for
URLs, ``dct:MediaType``, ``dct:MediaTypeOrExtent``, ``dct:LicenseDocument`` …),
so the description has no violation of the official shapes
(``tests/dcat-ap-3.0.0/``).

Only the dataset itself is a ``dcat:Dataset``: the news articles it was read
from are linked with ``prov:wasDerivedFrom`` (DCAT-AP's ``dct:source`` must
point at datasets, and a harvester makes a portal entry of every dataset it
finds). Files are published where ``base_url`` says; by default under the
project's namespace (``DEFAULT_BASE_URL``), to be replaced by a portal's own
address with ``--base-url``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pyoxigraph as ox

from .vocab import DCAT, DCTERMS, ID_BASE, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

DATASET = ID_BASE + "dataset"
DEFAULT_BASE_URL = "https://w3id.org/thaigovkg/download/"
DEFAULT_TITLE = "thaigovkg: a knowledge graph of Thai government news"
DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/"

IANA = "https://www.iana.org/assignments/media-types/"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
EU = "http://publications.europa.eu/resource/authority/"
THAI_LANGUAGE = EU + "language/THA"
ENGLISH_LANGUAGE = EU + "language/ENG"
THAILAND = EU + "country/THA"
GOVERNMENT_THEME = EU + "data-theme/GOVE"

TITLE_TH = "thaigovkg: กราฟความรู้จากข่าวรัฐบาลไทย"
DESCRIPTION_EN = ("Thai government agencies, officials and their posts, award ceremonies and awards, extracted "
                  "from news articles of the Thai government; every node is linked from the sentence or article "
                  "it was read from with schema:mentions.")
DESCRIPTION_TH = ("หน่วยงานรัฐ เจ้าหน้าที่และตำแหน่ง พิธีมอบรางวัลและรางวัลที่หน่วยงานได้รับ "
                  "ซึ่งอ่านจากข่าวของรัฐบาลไทย ทุกข้อมูลอ้างถึงประโยคหรือข่าวที่อ่านมา")
KEYWORDS = (("Thailand", "en"), ("government", "en"), ("public sector awards", "en"), ("knowledge graph", "en"),
            ("ประเทศไทย", "th"), ("หน่วยงานรัฐ", "th"), ("รางวัล", "th"))

# the media type and the EU file type of each file we write, by suffix
FILE_FORMATS = {
    ".ttl": ("text/turtle", "RDF_TURTLE"), ".nt": ("application/n-triples", "RDF_N_TRIPLES"),
    ".nq": ("application/n-quads", "RDF_N_QUADS"), ".trig": ("application/trig", "RDF_TRIG"),
    ".jsonld": ("application/ld+json", "JSON_LD"), ".csv": ("text/csv", "CSV"),
    ".json": ("application/json", "JSON"),
}


@dataclass(frozen=True)
class Distribution:
    """One file of the dataset: its name (relative to ``base_url``), English title and description."""

    name: str
    title: str
    description: str = ""
    byte_size: int | None = None

    @property
    def suffix(self) -> str:
        return "." + self.name.rsplit(".", 1)[-1].lower()

    @property
    def key(self) -> str:
        return self.name.replace("/", "-")


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _lit(value: object, datatype: str | None = None, lang: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    return ox.Literal(str(value), datatype=_n(datatype)) if datatype else ox.Literal(str(value))


def _typed(subject: ox.NamedNode, predicate: str, target: str, cls: str) -> list[ox.Triple]:
    """``subject predicate target`` and ``target a cls``: DCAT-AP checks the class of the target."""
    return [ox.Triple(subject, _n(predicate), _n(target)), ox.Triple(_n(target), _n(RDF.type), _n(cls))]


def _one(store: ox.Store, sparql: str):
    rows = list(store.query(sparql))
    return rows[0] if rows else None


def dataset_triples(store: ox.Store, created: dt.date, title: str = DEFAULT_TITLE,
                    license: str = DEFAULT_LICENSE) -> list[ox.Triple]:
    """The dataset node: titles and descriptions in English and Thai, keywords, theme, language,
    place, the span of the articles' dates, provenance, and the articles it was derived from."""
    d = _n(DATASET)
    out = [ox.Triple(d, _n(RDF.type), _n(DCAT.Dataset)),
           ox.Triple(d, _n(DCTERMS.title), _lit(title, lang="en")),
           ox.Triple(d, _n(DCTERMS.title), _lit(TITLE_TH, lang="th")),
           ox.Triple(d, _n(DCTERMS.description), _lit(DESCRIPTION_EN, lang="en")),
           ox.Triple(d, _n(DCTERMS.description), _lit(DESCRIPTION_TH, lang="th")),
           ox.Triple(d, _n(DCTERMS.identifier), _lit(DATASET)),
           ox.Triple(d, _n(DCTERMS.license), _n(license)),
           ox.Triple(_n(license), _n(RDF.type), _n(DCTERMS.LicenseDocument)),
           ox.Triple(d, _n(DCTERMS.created), _lit(created.isoformat(), XSD.date)),
           ox.Triple(d, _n(DCTERMS.issued), _lit(created.isoformat(), XSD.date))]
    out += [ox.Triple(d, _n(DCAT.keyword), _lit(word, lang=lang)) for word, lang in KEYWORDS]
    out += _typed(d, DCAT.theme, GOVERNMENT_THEME, SKOS.Concept)
    out.append(ox.Triple(_n(GOVERNMENT_THEME), _n(SKOS.prefLabel), _lit("Government and public sector", lang="en")))
    out += _typed(d, DCTERMS.language, THAI_LANGUAGE, DCTERMS.LinguisticSystem)
    out += _typed(d, DCTERMS.language, ENGLISH_LANGUAGE, DCTERMS.LinguisticSystem)   # agencies' English names
    out += _typed(d, DCTERMS.spatial, THAILAND, DCTERMS.Location)
    out.append(ox.Triple(_n(THAILAND), _n(SKOS.prefLabel), _lit("Thailand", lang="en")))

    articles = int(_one(store, f"SELECT (COUNT(?a) AS ?n) WHERE {{ ?a a <{SCHEMA.NewsArticle}> }}")[0].value)
    span = _one(store, f"SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {{ "
                       f"?a a <{SCHEMA.NewsArticle}> ; <{SCHEMA.datePublished}> ?d }}")
    if span and span[0] is not None:
        period = _n(DATASET + "/temporal")
        out += [ox.Triple(d, _n(DCTERMS.temporal), period),
                ox.Triple(period, _n(RDF.type), _n(DCTERMS.PeriodOfTime)),
                ox.Triple(period, _n(DCAT.startDate), _lit(span[0].value, XSD.date)),
                ox.Triple(period, _n(DCAT.endDate), _lit(span[1].value, XSD.date))]
    hosts = sorted({url.value.split("/")[2] for (url,) in store.query(
        f"SELECT DISTINCT ?u WHERE {{ ?a a <{SCHEMA.NewsArticle}> ; <{DCTERMS.source}> ?u }}")
        if url.value.count("/") >= 2})
    provenance = _n(DATASET + "/provenance")
    where = f" published on {', '.join(hosts)}" if hosts else ""
    out += [ox.Triple(d, _n(DCTERMS.provenance), provenance),
            ox.Triple(provenance, _n(RDF.type), _n(DCTERMS.ProvenanceStatement)),
            ox.Triple(provenance, _n(RDFS.label), _lit(
                f"Read automatically by thaigovkg (gazetteers and patterns, no manual editing) from {articles} "
                f"news articles{where}; each node is linked from the sentence or article it was read from "
                "(schema:mentions), and uncertain facts carry tgk:confidence below 1.", lang="en"))]
    for (url,) in store.query(f"SELECT DISTINCT ?u WHERE {{ ?a a <{SCHEMA.NewsArticle}> ; <{DCTERMS.source}> ?u }} "
                              "ORDER BY ?u"):
        out.append(ox.Triple(d, _n(PROV.wasDerivedFrom), url))
    return out


def distribution_triples(distribution: Distribution, created: dt.date, base_url: str = DEFAULT_BASE_URL,
                         license: str = DEFAULT_LICENSE) -> list[ox.Triple]:
    """One file as a ``dcat:Distribution`` of the dataset, with the URLs, types and licence DCAT-AP asks for."""
    if distribution.suffix not in FILE_FORMATS:
        raise ValueError(f"no media type known for '{distribution.name}'")
    media_type, file_type = FILE_FORMATS[distribution.suffix]
    node = _n(f"{DATASET}/distribution/{distribution.key}")
    url = base_url + distribution.name
    out = [ox.Triple(_n(DATASET), _n(DCAT.distribution), node),
           ox.Triple(node, _n(RDF.type), _n(DCAT.Distribution)),
           ox.Triple(node, _n(DCTERMS.title), _lit(distribution.title, lang="en")),
           ox.Triple(node, _n(DCTERMS.issued), _lit(created.isoformat(), XSD.date))]
    if distribution.description:
        out.append(ox.Triple(node, _n(DCTERMS.description), _lit(distribution.description, lang="en")))
    out += _typed(node, DCAT.accessURL, url, RDFS.Resource)
    out += _typed(node, DCAT.downloadURL, url, RDFS.Resource)
    out += _typed(node, DCAT.mediaType, IANA + media_type, DCTERMS.MediaType)
    out += _typed(node, DCTERMS["format"], FILE_TYPE + file_type, DCTERMS.MediaTypeOrExtent)
    out += _typed(node, DCTERMS.license, license, DCTERMS.LicenseDocument)
    if distribution.byte_size is not None:
        out.append(ox.Triple(node, _n(DCAT.byteSize), _lit(distribution.byte_size, XSD.nonNegativeInteger)))
    return out


__all__ = ["Distribution", "dataset_triples", "distribution_triples", "DATASET", "DEFAULT_BASE_URL",
           "DEFAULT_TITLE", "DEFAULT_LICENSE", "FILE_FORMATS", "IANA", "FILE_TYPE"]
