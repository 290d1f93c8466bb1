"""The RDF vocabularies the graph uses, as closed namespaces (a misspelt term raises).

``TGK`` is our own small ontology (``ontology/thaigovkg.ttl``); everything
else is reused: W3C ORG, schema.org, FOAF, SKOS, PROV-O, Dublin Core.
"""
from __future__ import annotations

from rdflib import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace
from rdflib.namespace import DefinedNamespace

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
WD = Namespace("http://www.wikidata.org/entity/")

ONTOLOGY_IRI = "https://w3id.org/thaigovkg/ontology"
ID_BASE = "https://w3id.org/thaigovkg/id/"


class TGK(DefinedNamespace):
    """thaigovkg ontology terms; ``ontology/thaigovkg.ttl`` defines each with labels."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # organisations (all rdfs:subClassOf org:Organization)
    GovernmentAgency: object      # any Thai public body
    Ministry: object              # กระทรวง, and สำนักนายกรัฐมนตรี
    Department: object            # กรม and other department-level bodies
    Office: object                # สำนัก / สำนักงาน units, incl. สำนักงานปลัดกระทรวง
    IndependentAgency: object     # outside any ministry
    Committee: object             # คณะกรรมการ
    StateEnterprise: object       # รัฐวิสาหกิจ
    PublicOrganization: object    # องค์การมหาชน and other state agencies
    Unit: object                  # below department level: provincial offices, centres, hospitals
    Province: object              # จังหวัด as a body, under the Ministry of Interior
    District: object              # อำเภอ under its province; a Bangkok สำนักงานเขต under the BMA
    LocalGovernment: object       # อบจ., เทศบาล, อบต., เมืองพัทยา, กรุงเทพมหานคร
    MilitaryUnit: object          # a unit of the armed forces below the three services
    PoliceUnit: object            # a bureau, regional command, division or station of the police
    University: object            # a public university (Rajabhat and Rajamangala included)
    Faculty: object               # a faculty, college or institute of a public university
    School: object                # a public school
    Hospital: object              # a public hospital
    Museum: object                # a public museum, library or archive
    Prison: object                # เรือนจำ / ทัณฑสถาน, under the Department of Corrections
    Court: object                 # ศาล
    # organisations outside the Thai state (all rdfs:subClassOf NonStateOrganization, never under a state body)
    NonStateOrganization: object
    Company: object
    Foundation: object
    Association: object
    ChamberOfCommerce: object
    Cooperative: object
    InternationalOrganization: object
    ForeignGovernmentBody: object
    PrivateUniversity: object
    PrivateHospital: object
    PrivateSchool: object
    ReligiousOrganization: object
    # people, posts, awards
    AwardProgramme: object        # a programme of awards; also a skos:ConceptScheme of its terms
    AwardCeremony: object         # schema:Event where a programme's awards are conferred
    AwardConferral: object        # one award given to one recipient (Wikidata P166 statement)
    AwardedWork: object           # the project or work an award was given for (schema:CreativeWork)
    AwardBranch: object           # skos:Concept: สาขา
    AwardCategory: object         # skos:Concept: ประเภท / หมวด
    AwardLevel: object            # skos:Concept: ระดับ / ชนะเลิศ …
    # provenance
    Sentence: object              # a sentence of an article: schema:isPartOf it, schema:mentions what it gave

    # organisation properties
    abbreviation: object          # a Thai short form; rdfs:subPropertyOf skos:altLabel
    # post properties
    acting: object                # xsd:boolean: the post is held as acting (รักษาราชการแทน)
    former: object                # xsd:boolean: the post was held before the article (อดีต…)
    # ceremony and award properties
    programme: object             # ceremony or conferral → AwardProgramme
    programmeYear: object         # xsd:integer, Buddhist Era year of the programme (2567)
    presidedBy: object            # ceremony → person who presided (ประธาน)
    presenter: object             # ceremony → person who handed out the awards
    recipient: object             # conferral → organisation awarded
    honoree: object               # conferral → person honoured
    branch: object                # conferral → AwardBranch
    category: object              # conferral → AwardCategory
    level: object                 # conferral → AwardLevel
    awardedWork: object           # conferral → AwardedWork
    conferredAt: object           # conferral → AwardCeremony
    administeredBy: object        # programme → organisation that runs it
    # evidence
    confidence: object            # xsd:decimal in [0, 1]: how sure the extractor is


#: The project's standard prefixes, predeclared for every query wherever it runs (a graph file, a
#: store, the endpoint), as Wikidata's query service predeclares its own: a query may use them
#: without PREFIX lines, and one that declares a prefix itself keeps its own.
PREFIXES: dict[str, str] = {
    "rdf": str(RDF), "rdfs": str(RDFS), "owl": str(OWL), "xsd": str(XSD),
    "tgk": ONTOLOGY_IRI + "#", "id": ID_BASE, "org": str(ORG), "schema": str(SCHEMA), "foaf": str(FOAF),
    "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS), "wd": str(WD),
    "void": str(VOID), "dcat": str(DCAT),
}


__all__ = ["PREFIXES", "TGK", "ORG", "SCHEMA", "VOID", "DCAT", "WD", "ID_BASE", "ONTOLOGY_IRI",
           "DCTERMS", "FOAF", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]
