"""Extractions as RDF: one function per kind of node, all into one rdflib Graph per article.

Provenance points at the nodes, not out of them: the sentence a node was read
from (a ``tgk:Sentence``, ``schema:isPartOf`` its article, its ``schema:text``)
``schema:mentions`` it, or the article itself does where no sentence was kept.
A ministry named in ten thousand articles then has ten thousand incoming links
but only its own few properties, which keeps per-node look-ups cheap in a store
(Oxigraph walks all of a subject's triples to read one). Agencies the
article names are written with their ancestors, so the graph of one article
stands on its own and the union of all articles is the whole graph.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal, URIRef

from . import iris
from .extract.awards.terms import WORDING_MARK
from .gazetteer import OUTSIDE_KINDS, Gazetteer, load_gazetteer
from .model import Award, Ceremony, Extraction, Organization, Post, Term
from .normalize import join_thai_words
from .resolve import Resolution, person_key
from .romanise import romanise, romanised_name  # noqa: F401  (romanise: part of this module's API before)
from .vocab import DCTERMS, FOAF, ID_BASE, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, TGK, WD, XSD

CLASS_OF_KIND = {
    "ministry": TGK.Ministry, "department": TGK.Department, "office": TGK.Office,
    "independent": TGK.IndependentAgency, "committee": TGK.Committee,
    "state_enterprise": TGK.StateEnterprise, "unit": TGK.Unit, "agency": TGK.GovernmentAgency,
    "public_organization": TGK.PublicOrganization, "province": TGK.Province, "district": TGK.District,
    "local_government": TGK.LocalGovernment, "military": TGK.MilitaryUnit, "police": TGK.PoliceUnit,
    "university": TGK.University, "faculty": TGK.Faculty, "school": TGK.School, "hospital": TGK.Hospital,
    "museum": TGK.Museum, "prison": TGK.Prison, "court": TGK.Court,
    # outside the state (gazetteer.OUTSIDE_KINDS): also typed tgk:NonStateOrganization, never under a state body
    "company": TGK.Company, "cooperative": TGK.Cooperative, "foundation": TGK.Foundation,
    "association": TGK.Association, "chamber": TGK.ChamberOfCommerce, "international": TGK.InternationalOrganization,
    "foreign": TGK.ForeignGovernmentBody, "private_university": TGK.PrivateUniversity,
    "private_hospital": TGK.PrivateHospital, "private_school": TGK.PrivateSchool,
    "religious": TGK.ReligiousOrganization, "outside": TGK.NonStateOrganization,
}


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in (("tgk", str(TGK)), ("org", str(ORG)), ("schema", str(SCHEMA)), ("foaf", str(FOAF)),
                              ("skos", str(SKOS)), ("prov", str(PROV)), ("dcterms", str(DCTERMS)),
                              ("xsd", str(XSD)), ("wd", str(WD)), ("id", ID_BASE)):
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def th(text: str) -> Literal:
    return Literal(text, lang="th")


def decimal(value: float) -> Literal:
    """An xsd:decimal in canonical form (``1``, ``0.8``): what a store gives back, so file and store agree."""
    return Literal(format(Decimal(str(value)).normalize(), "f"), datatype=XSD.decimal)


def article_graph(extraction: Extraction, resolution: Resolution | None = None,
                  gazetteer: Gazetteer | None = None, graph: Graph | None = None, names: bool = True) -> Graph:
    """The triples one article contributes to the knowledge graph (added to ``graph`` when given:
    the parallel builder passes a bare ``Graph(bind_namespaces="none")``, binding prefixes costs 1 ms).

    ``names=False`` leaves out the people's name triples (``resolve.NAME_PREDICATES``): the builders drop
    them, since resolution writes the name chosen across all articles, and romanising each name for
    nothing took about a tenth of a worker's time (cProfile, 2,000 articles)."""
    gazetteer = gazetteer or load_gazetteer()
    resolution = resolution or Resolution()
    writer = _Writer(bind_prefixes(Graph()) if graph is None else graph, extraction, resolution, gazetteer, names)
    writer.article()
    writer.organizations()
    writer.people()
    for post in extraction.posts:
        writer.post(post)
    for ceremony in extraction.ceremonies:
        writer.ceremony(ceremony)
    for award in extraction.awards:
        writer.award(award)
    return writer.graph


class _Writer:
    def __init__(self, graph: Graph, extraction: Extraction, resolution: Resolution, gazetteer: Gazetteer,
                 names: bool = True):
        self.graph, self.extraction, self.resolution, self.gazetteer = graph, extraction, resolution, gazetteer
        self.names = names
        self.article_node = iris.article_iri(extraction.article.doc_id)
        self.sentences: set[URIRef] = set()
        self.add = graph.add

    def provenance(self, node: URIRef, fact: object) -> None:
        sentence = self.extraction.evidence.get(fact)
        self.add((self.sentence(sentence) if sentence else self.article_node, SCHEMA.mentions, node))

    def sentence(self, text: str) -> URIRef:
        """The node of one sentence of the article (written once, however many facts it gives)."""
        node = iris.sentence_iri(self.article_node, text)
        if node not in self.sentences:
            self.sentences.add(node)
            self.add((node, RDF.type, TGK.Sentence))
            self.add((node, SCHEMA.isPartOf, self.article_node))
            self.add((node, SCHEMA.text, th(text)))
        return node

    def article(self) -> None:
        article, node = self.extraction.article, self.article_node
        self.add((node, RDF.type, SCHEMA.NewsArticle))
        self.add((node, DCTERMS.identifier, Literal(article.doc_id)))
        self.add((node, SCHEMA.headline, th(article.headline or article.doc_id)))
        if article.published:
            self.add((node, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
        if article.source_url:
            url = URIRef(article.source_url)
            self.add((node, DCTERMS.source, url))
            self.add((node, SCHEMA.url, url))

    # organisations ---------------------------------------------------------
    def organizations(self) -> None:
        named = set(self.extraction.named) | {key for key, _ in self.extraction.attested}
        named |= self._mentioned_org_keys()
        named |= {c.organizer for c in self.extraction.ceremonies if c.organizer}
        # the body that runs a programme the article confers (tgk:administeredBy) is a node of the graph too
        used = {a.programme for a in self.extraction.awards} | {c.programme for c in self.extraction.ceremonies}
        programmes = (self.gazetteer.programmes.get(key) or self.extraction.programmes.get(key) for key in used)
        running = {p.organizer for p in programmes if p is not None and p.organizer}
        written: set[str] = set()
        for key in sorted(named | running):
            for ancestor in [key, *self._ancestors(key)]:
                if ancestor not in written:
                    written.add(ancestor)
                    self.organization(self._org(ancestor), mentioned=ancestor in named)

    def _mentioned_org_keys(self) -> set[str]:
        return {fact[1] for fact in self.extraction.evidence
                if isinstance(fact, tuple) and len(fact) == 2 and fact[0] == "org"}

    def _org(self, key: str) -> Organization:
        org = self.extraction.organizations.get(key) or self.gazetteer.organization(key)
        if org is None:
            raise KeyError(key)
        return org

    def _ancestors(self, key: str) -> list[str]:
        chain, seen = [], {key}
        org = self._org(key)
        while org.parent and org.parent not in seen:
            seen.add(org.parent)
            chain.append(org.parent)
            org = self._org(org.parent)
        return chain

    def _outside(self, key: str, depth: int = 0) -> bool:
        """Whether a body lies outside the state: an outside kind (a company the state owns, placed under
        its owner, is in the state), or any body under an outside one (its office, its committee, its school:
        the state has no body under a foundation or a religious council)."""
        org = self._org(key)
        if depth > 20:
            return False
        if org.kind in OUTSIDE_KINDS:
            return not (org.kind == "company" and org.parent and not self._outside(org.parent, depth + 1))
        return bool(org.parent) and self._outside(org.parent, depth + 1)

    def organization(self, org: Organization, mentioned: bool) -> None:
        node = iris.org_iri(org.key)
        outside = self._outside(org.key)
        parent = org.parent
        if outside:   # never under a body of the state; a unit of an outside body is one itself
            cls = CLASS_OF_KIND.get(org.kind) if org.kind in OUTSIDE_KINDS else TGK.NonStateOrganization
            parent = parent if parent and self._outside(parent) else None
            self.add((node, RDF.type, TGK.NonStateOrganization))
        elif org.kind in OUTSIDE_KINDS:   # a company the state owns, under its owner
            cls = TGK.StateEnterprise
        else:
            cls = CLASS_OF_KIND.get(org.kind)
        if cls is None:   # "other": public organisations, and named units of a parent
            cls = TGK.PublicOrganization if "มหาชน" in org.name or not org.parent else TGK.Unit
        self.add((node, RDF.type, cls))
        self.add((node, RDF.type, ORG.Organization))
        self.add((node, SKOS.prefLabel, th(org.name)))
        if org.name_en:
            self.add((node, SKOS.prefLabel, Literal(org.name_en, lang="en")))
        if parent:
            self.add((node, ORG.subOrganizationOf, iris.org_iri(parent)))
        if org.wikidata:
            self.add((node, SCHEMA.sameAs, WD[org.wikidata]))
        for key, abbreviation in sorted(self.extraction.attested):
            if key == org.key:
                self.add((node, TGK.abbreviation, th(abbreviation)))
        if mentioned:
            self.provenance(node, ("org", org.key))

    # people and posts -----------------------------------------------------------
    def people(self) -> None:
        for spelled, person in sorted(self.extraction.people.items()):
            name = self.resolution.name(spelled)
            node = iris.person_iri(person_key(name))
            self.add((node, RDF.type, FOAF.Person))
            self.add((node, RDF.type, SCHEMA.Person))
            if self.names:
                self.person_names(node, spelled, name, person.variants)
            for honorific in person.honorifics:
                self.add((node, SCHEMA.honorificPrefix, th(honorific)))
            self.provenance(node, ("person", spelled))

    def person_names(self, node: URIRef, spelled: str, name: str, variants: tuple[str, ...]) -> None:
        """The name triples of a person: the name, its parts, other spellings, the romanised form."""
        self.add((node, FOAF.name, th(name)))
        given, _, family = name.partition(" ")
        self.add((node, SCHEMA.givenName, th(given)))
        if family:
            self.add((node, SCHEMA.familyName, th(family)))
        for variant in sorted({*variants, *self.resolution.variants.get(name, ()), spelled} - {name}):
            self.add((node, SCHEMA.alternateName, th(variant)))
        for triple in romanised_name(node, name):
            self.add(triple)

    def person_node(self, spelled: str) -> URIRef:
        return iris.person_iri(person_key(self.resolution.name(spelled)))

    def post(self, post: Post) -> None:
        name = self.resolution.name(post.person)
        node = iris.post_iri(person_key(name), post.title, post.org)
        self.add((node, RDF.type, ORG.Post))
        self.add((node, SKOS.prefLabel, th(join_thai_words(post.title))))
        self.add((node, ORG.heldBy, self.person_node(post.person)))
        if post.org:
            self.add((node, ORG.postIn, iris.org_iri(post.org)))
        if post.acting:
            self.add((node, TGK.acting, Literal(True)))
        if post.former:     # (its title starts with อดีต; dcterms:date is then the day it was reported as past)
            self.add((node, TGK.former, Literal(True)))
        published = self.extraction.article.published
        if published:
            self.add((node, DCTERMS.date, Literal(published.isoformat(), datatype=XSD.date)))
        self.provenance(node, post)

    # programmes, ceremonies, awards ---------------------------------------------
    def programme(self, key: str) -> URIRef:
        node = iris.programme_iri(key)
        programme = self.gazetteer.programmes.get(key) or self.extraction.programmes.get(key)
        self.add((node, RDF.type, TGK.AwardProgramme))
        self.add((node, RDF.type, SKOS.ConceptScheme))
        self.add((node, SKOS.prefLabel, Literal(programme.name, lang=programme.language) if programme else th(key)))
        for alias, language in getattr(programme, "aliases", ()):
            self.add((node, SKOS.altLabel, Literal(alias, lang=language)))
        if programme and programme.organizer:
            self.add((node, TGK.administeredBy, iris.org_iri(programme.organizer)))
        return node

    def term(self, term: Term) -> URIRef:
        node = URIRef(term.iri)
        cls = {"branch": TGK.AwardBranch, "category": TGK.AwardCategory, "level": TGK.AwardLevel}[term.kind]
        self.add((node, RDF.type, cls))
        self.add((node, RDF.type, SKOS.Concept))
        self.add((node, SKOS.prefLabel, th(term.label)))
        self.add((node, SKOS.inScheme, self.programme(term.scheme)))
        if term.broader:
            self.add((node, SKOS.broader, URIRef(term.broader)))
        if WORDING_MARK in term.iri:      # the article's wording of a scheme concept
            self.add((node, SKOS.exactMatch, URIRef(term.iri.split(WORDING_MARK)[0])))
        return node

    def event_node(self, ceremony: Ceremony) -> URIRef:
        """The ceremony's node: an undated report joins the one dated ceremony of its programme-year."""
        day = self.resolution.ceremony_day(ceremony.programme, ceremony.year, ceremony.date)
        return iris.event_iri(ceremony.programme, ceremony.year, day)

    def ceremony(self, ceremony: Ceremony) -> None:
        node = self.event_node(ceremony)
        programme = self.programme(ceremony.programme)
        name = self.graph.value(programme, SKOS.prefLabel)
        self.add((node, RDF.type, TGK.AwardCeremony))
        self.add((node, RDF.type, SCHEMA.Event))
        self.add((node, RDFS.label, th(f"พิธีมอบ{name} ประจำปี {ceremony.year}")))
        self.add((node, TGK.programme, programme))
        self.add((node, TGK.programmeYear, Literal(ceremony.year, datatype=XSD.integer)))
        if ceremony.date:
            self.add((node, SCHEMA.startDate, Literal(ceremony.date.isoformat(), datatype=XSD.date)))
        if ceremony.venue:
            place = iris.place_iri(ceremony.venue)
            self.add((place, RDF.type, SCHEMA.Place))
            self.add((place, SCHEMA.name, th(ceremony.venue)))
            self.add((node, SCHEMA.location, place))
        if ceremony.organizer:
            self.add((node, SCHEMA.organizer, iris.org_iri(ceremony.organizer)))
        if ceremony.chair:
            self.add((node, TGK.presidedBy, self.person_node(ceremony.chair)))
        for presenter in ceremony.presenters:
            self.add((node, TGK.presenter, self.person_node(presenter)))
        self.provenance(node, ceremony)

    def award(self, award: Award) -> None:
        terms = [t.iri if t else None for t in (award.branch, award.category, award.level)]
        node = iris.award_iri(award.programme, award.year, award.recipient, *terms, award.project,
                              person_key(self.resolution.name(award.person)) if award.person else None)
        programme = self.programme(award.programme)
        self.add((node, RDF.type, TGK.AwardConferral))
        self.add((node, TGK.programme, programme))
        if award.year:
            self.add((node, TGK.programmeYear, Literal(award.year, datatype=XSD.integer)))
            ceremony = next((c for c in self.extraction.ceremonies
                             if (c.programme, c.year) == (award.programme, award.year)), None)
            if ceremony:
                self.add((node, TGK.conferredAt, self.event_node(ceremony)))
        self.add((node, TGK.recipient, iris.org_iri(award.recipient)))
        for prop, term in ((TGK.branch, award.branch), (TGK.category, award.category), (TGK.level, award.level)):
            if term:
                self.add((node, prop, self.term(term)))
        if award.project:
            work = iris.work_iri(award.project)
            self.add((work, RDF.type, TGK.AwardedWork))
            self.add((work, RDF.type, SCHEMA.CreativeWork))
            self.add((work, SCHEMA.name, th(award.project)))
            self.add((node, TGK.awardedWork, work))
        if award.person:
            self.add((node, TGK.honoree, self.person_node(award.person)))
        self.add((node, TGK.confidence, decimal(award.confidence)))
        parts = [self.graph.value(programme, SKOS.prefLabel), award.year,
                 *(t.label for t in (award.branch, award.category, award.level) if t), award.project]
        self.add((node, RDFS.label, th(" ".join(str(p) for p in parts if p))))
        self.provenance(node, award)


def sources(graph: Graph, node: URIRef) -> set[tuple[URIRef, str | None]]:
    """Where ``node`` was read: (article, sentence text or None) for each mention of it."""
    found = set()
    for source in graph.subjects(SCHEMA.mentions, node):
        article = graph.value(source, SCHEMA.isPartOf)
        if article is None:
            found.add((source, None))
        else:
            text = graph.value(source, SCHEMA.text)
            found.add((article, None if text is None else str(text)))
    return found
