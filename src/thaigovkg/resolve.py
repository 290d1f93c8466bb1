"""Across articles: one node per real person, and one per real ceremony: the resolution stage.

Thai misspellings of a name are mostly a vowel or tone mark (``อินทุสุต`` /
``อินทุสูต``), so people are grouped by given name and the consonant skeleton
of the surname; the spelling most articles use is the name, the others its
variants. Other misspellings (a letter off in either part, the space put
elsewhere: ``โอภาส การย์กวินพงศ์`` / ``…พงษ์``, ``ประยุทธ์จันทร์ โอชา``) make
nodes of their own, which ``resolve_people`` merges where the evidence agrees.
Organisations of the tables are one node already (every article resolves them
to the same key); a body learned from the text is keyed by a hash of its name
and parent, so its spellings (``บริษัท ไออาร์ พีซี จำกัด``, ``คณะแพทย์ศาสตร์``)
make nodes of their own, which ``resolve_orgs`` merges where the evidence
agrees; ``resolve_org_names`` then writes each learned body's one name.
A programme learned from the text is keyed by its name compared bare (no
edition, year, case or plural), so articles that write it "… Award" and
"… Awards" make one node; ``resolve_programme_names`` gives it one name per
language, the spelling most articles use.

A ceremony is named by its programme, year and day (regional ceremonies of
one programme-year are different events). A report that gives no day would
otherwise make a node of its own; where the dated reports of that programme
and year all give one same day, the undated report is that ceremony.

The stage. Every builder writes each article's triples on its own, then hands
the articles' small ``ArticleSummary`` records (people and ceremony reports) to
``resolve``, which runs the ``RESOLVERS`` in turn and answers with a
``Resolved``: the triples that depend on the whole corpus (people's names), the
IRI renames (an undated ceremony → its dated one) and every merge with its
reason, for the build report. Every sink applies the same answer the same way
(``ntriples.Renamer`` on the article triples, the name triples beside them);
a store keeps the summaries and resolves again over all of them whenever
articles are added (``store.py``).

Adding a resolver: write a function ``(summaries, renames) -> Resolved`` that reads the summaries
(add what it needs to ``ArticleSummary`` and ``summarize``), returns the IRIs it
merges as ``renames`` and one ``Merge`` (kind, kept IRI, merged IRIs, reason)
per merge, and put it in ``RESOLVERS`` before ``resolve_names`` (names are then
chosen over the merged people). ``renames`` holds what earlier resolvers
merged; the stage follows chains and applies the renames to the triples.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from . import iris
from .model import Extraction
from .romanise import romanised_name

# Thai vowel signs and tone marks (above, below, following) and the silencer.
_MARKS = re.compile(r"[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")

CeremonyReport = tuple[str, int, "dt.date | None"]    # programme key, BE year, day (None when not given)


def person_key(name: str) -> str:
    """The name as resolution compares it: given name and the surname's consonants."""
    given, _, family = name.partition(" ")
    return f"{given} {_MARKS.sub('', family)}" if family else given


@dataclass
class Resolution:
    """The canonical spelling of every name seen, the other spellings of each, and the day
    of every programme-year whose dated reports agree on one."""

    canonical: dict[str, str] = field(default_factory=dict)
    variants: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ceremony_days: dict[tuple[str, int], dt.date] = field(default_factory=dict)

    def name(self, spelled: str) -> str:
        return self.canonical.get(spelled, spelled)

    def ceremony_day(self, programme: str, year: int, day: dt.date | None) -> dt.date | None:
        """The day that names a reported ceremony's node: its own, else the one its programme-year has."""
        return day or self.ceremony_days.get((programme, year))


def resolve_across_articles(extractions: Iterable[Extraction]) -> Resolution:
    """Group the people of many articles (the most used spelling, then the first in order, wins),
    and give undated ceremony reports the day of their programme-year where it is unambiguous."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    reports: list[CeremonyReport] = []
    for extraction in extractions:
        for name, person in extraction.people.items():
            counts[person_key(name)][name] += 1
        reports += ceremony_reports(extraction)
    resolution = Resolution(ceremony_days=sole_days(reports))
    for spellings in counts.values():
        best = sorted(spellings.items(), key=lambda item: (-item[1], item[0]))[0][0]
        for spelled in spellings:
            resolution.canonical[spelled] = best
            if spelled != best:
                resolution.variants[best].add(spelled)
    return resolution


def ceremony_reports(extraction: Extraction) -> list[CeremonyReport]:
    return [(c.programme, c.year, c.date) for c in extraction.ceremonies]


def sole_days(reports: Iterable[CeremonyReport]) -> dict[tuple[str, int], dt.date]:
    """Programme-year → its day, for those whose dated reports give exactly one day."""
    days: dict[tuple[str, int], set[dt.date]] = defaultdict(set)
    undated: set[tuple[str, int]] = set()
    for programme, year, day in reports:
        if day is None:
            undated.add((programme, year))
        else:
            days[(programme, year)].add(day)
    return {key: next(iter(found)) for key, found in sorted(days.items()) if len(found) == 1 and key in undated}


def ceremony_renames(days: dict[tuple[str, int], dt.date]) -> dict[str, str]:
    """The IRI an undated report of a ceremony was written under → the dated ceremony's IRI
    (for builders that write each article's triples before they know the other articles)."""
    return {str(iris.event_iri(programme, year)): str(iris.event_iri(programme, year, day))
            for (programme, year), day in days.items()}


# --------------------------------------------------------------------------- the stage: summaries in, renames and triples out

@dataclass(frozen=True)
class ArticleSummary:
    """What resolution needs of one article (a few hundred bytes), kept for every article of a store.

    ``people``: (person key, the spelling the article uses, the other names it gives);
    ``ceremonies``: (programme key, Buddhist Era year, ISO day or None) of every ceremony
    reported; ``posts``: (person key, title, organisation key or "") of every post, the evidence
    that two spellings name one person; ``orgs``: (key, name, parent key or "", kind) of every
    organisation the article learned and writes (``x-`` keys: the tables' own are one node already);
    ``named``: the keys of the organisations the article names (the context a bare title is read in);
    ``awards``: the fields an award's IRI is made of (programme, year, recipient, branch, category, level,
    project, person key; "" for none), so that an award follows its recipient when bodies are merged;
    ``programmes``: (key, name, language) of every programme the article learned and writes (its spelling:
    articles write one programme "… Award" and "… Awards", and resolution names the node once);
    ``digest``: a hash of everything the article contributes, so a store knows an article added
    again unchanged.
    """

    iri: str
    doc_id: str
    people: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    ceremonies: tuple[tuple[str, int, str | None], ...] = ()
    digest: str = ""
    posts: tuple[tuple[str, str, str], ...] = ()
    orgs: tuple[tuple[str, str, str, str], ...] = ()
    named: tuple[str, ...] = ()
    awards: tuple[tuple[str, ...], ...] = ()
    programmes: tuple[tuple[str, str, str], ...] = ()

    def to_json(self) -> dict:
        return {"iri": self.iri, "id": self.doc_id, "people": [[k, s, list(v)] for k, s, v in self.people],
                "ceremonies": [list(c) for c in self.ceremonies], "digest": self.digest,
                "posts": [list(p) for p in self.posts], "orgs": [list(o) for o in self.orgs], "named": list(self.named),
                "awards": [list(a) for a in self.awards], "programmes": [list(p) for p in self.programmes]}

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, data: dict) -> ArticleSummary:
        return cls(data["iri"], data["id"], tuple((k, s, tuple(v)) for k, s, v in data["people"]),
                   tuple((p, y, d) for p, y, d in data["ceremonies"]), data.get("digest", ""),
                   tuple((k, t, o) for k, t, o in data.get("posts", ())),     # stores made before posts were kept
                   tuple((k, n, p, c) for k, n, p, c in data.get("orgs", ())),   # … before learned bodies were
                   tuple(data.get("named", ())), tuple(tuple(a) for a in data.get("awards", ())),
                   tuple((k, n, lang) for k, n, lang in data.get("programmes", ())))   # … before programmes' names


def summarize(extraction: Extraction, lines: Iterable[bytes] = ()) -> ArticleSummary:
    """The summary of one article; ``lines`` (its N-Triples) go into the digest."""
    article = extraction.article
    people = tuple((person_key(name), name, tuple(person.variants)) for name, person in sorted(extraction.people.items()))
    ceremonies = tuple((programme, year, day and day.isoformat()) for programme, year, day in ceremony_reports(extraction))
    digest = hashlib.sha1(json.dumps([people, ceremonies], ensure_ascii=False).encode("utf-8"))
    lines = sorted(lines)
    for line in lines:
        digest.update(line)
    posts = tuple(sorted({(person_key(post.person), post.title, post.org or "") for post in extraction.posts}))
    written = {match.group(1).decode() for line in lines if (match := _LEARNED_ORG_NODE.match(line))}
    orgs = tuple(sorted((org.key, org.name, org.parent or "", org.kind) for org in extraction.organizations.values()
                        if org.key in written))
    named = tuple(sorted(set(extraction.named) | {fact[1] for fact in extraction.evidence
                                                  if isinstance(fact, tuple) and len(fact) == 2 and fact[0] == "org"}))
    awards = tuple(sorted({award_fields(award) for award in extraction.awards}))
    learned = {match.group(1).decode() for line in lines if (match := _LEARNED_PROGRAMME_NODE.match(line))}
    programmes = tuple(sorted((key, p.name, p.language) for key, p in extraction.programmes.items() if key in learned))
    digest.update(json.dumps(programmes, ensure_ascii=False).encode("utf-8"))
    return ArticleSummary(str(iris.article_iri(article.doc_id)), article.doc_id, people, ceremonies,
                          digest.hexdigest()[:20], posts, orgs, named, awards,   # (posts and bodies are in the lines,
                          programmes)                                           # so in the digest)


def award_fields(award) -> tuple[str, ...]:
    """What an award's IRI is made of, as ``to_rdf`` makes it (a builder that writes each article alone)."""
    terms = [t.iri if t else "" for t in (award.branch, award.category, award.level)]
    return (award.programme, str(award.year or ""), award.recipient, *terms, award.project or "",
            person_key(award.person) if award.person else "")


ORG_LEARNED_PREFIX = str(iris.org_iri("x-"))
# the line that makes a learned body a node of the article's graph (its type)
_LEARNED_ORG_NODE = re.compile(rb"<" + re.escape(str(iris.org_iri("")).encode())
                               + rb"(x-[0-9a-f]+)> <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> ")


# the line that makes a learned programme a node of the article's graph (its type)
_LEARNED_PROGRAMME_NODE = re.compile(rb"<" + re.escape(str(iris.programme_iri("")).encode())
                                     + rb"(x-[0-9a-f]+)> <http://www\.w3\.org/1999/02/22-rdf-syntax-ns#type> ")
_LEARNED_PROGRAMME = re.compile(re.escape(str(iris.programme_iri(""))) + r"x-[0-9a-f]+$")


def is_resolved_label(subject: str, predicate: str) -> bool:
    """A learned body's Thai name, or a learned programme's name: resolution writes it (``resolve_org_names``,
    ``resolve_programme_names``), one per node and language, not each article its own spelling."""
    if predicate != "http://www.w3.org/2004/02/skos/core#prefLabel":
        return False
    return subject.startswith(ORG_LEARNED_PREFIX) or bool(_LEARNED_PROGRAMME.match(subject))


def combine(first: ArticleSummary, second: ArticleSummary) -> ArticleSummary:
    """One summary for an id read twice in one build (its facts are merged into one article node)."""
    digest = hashlib.sha1(f"{first.digest}+{second.digest}".encode()).hexdigest()[:20]
    return ArticleSummary(first.iri, first.doc_id, first.people + second.people,
                          first.ceremonies + second.ceremonies, digest, first.posts + second.posts,
                          first.orgs + second.orgs, tuple(sorted(set(first.named) | set(second.named))),
                          first.awards + second.awards, first.programmes + second.programmes)


@dataclass(frozen=True)
class Merge:
    """Nodes resolution made one: the kind, the IRI kept, the IRIs renamed into it, and why (for review)."""

    kind: str
    into: str
    merged: tuple[str, ...]
    reason: str

    def to_json(self) -> dict:
        return {"status": "merge", "kind": self.kind, "into": self.into, "merged": list(self.merged),
                "reason": self.reason}


@dataclass
class Resolved:
    """The answer of resolution: IRI renames, triples that depend on the whole corpus, merges to review."""

    renames: dict[str, str] = field(default_factory=dict)
    triples: list[tuple] = field(default_factory=list)     # rdflib triples (subject, predicate, object)
    merges: list[Merge] = field(default_factory=list)

    def lines(self) -> list[bytes]:
        """The triples as sorted, unique N-Triples lines (the form every sink writes)."""
        from rdflib import Literal
        from rdflib.plugins.serializers.nt import _quoteLiteral

        written: dict = {}          # an IRI's N-Triples form, made once (a node has a handful of triples)

        def term(node) -> str:
            if isinstance(node, Literal):
                return _quoteLiteral(node)
            text = written.get(node)
            if text is None:
                text = written[node] = node.n3()
            return text
        return sorted({f"{term(s)} {term(p)} {term(o)} .\n".encode("utf-8") for s, p, o in self.triples})  # (_nt_row)


Summaries = Iterable[ArticleSummary]      # iterated once per resolver: a list, or an object that reads again
Resolver = Callable[[Summaries, Mapping[str, str]], Resolved]


class Tally:
    """What the resolvers read of the summaries, gathered in one pass: counts and sets per key, so that
    a store keeps it (``store.py``) and a daily update adds only its new articles' summaries to it instead
    of reading every summary again.

    It holds exactly what the resolvers derive from the summaries and nothing that depends on the renames
    (those are applied when they decide), so resolving a tally equals resolving the summaries it was made
    from. Where a resolver keeps the first or the last of something, the tally keeps it in the order the
    summaries came (a store adds new articles after the ones it holds, the order its ledger reads them in).
    Articles can be added, not taken out: a store that replaces an article makes its tally again."""

    def __init__(self, summaries: Iterable[ArticleSummary] = ()):
        self.article_ids: dict[str, int] = {}                            # article IRI → a small number
        self.reports: set[tuple[str, int, str | None]] = set()           # ceremony reports
        self.org_names: dict[str, dict[str, int]] = {}                   # learned body → spelling → uses
        self.org_parents: dict[str, dict[str, int]] = {}
        self.org_kinds: dict[str, dict[str, int]] = {}
        self.org_uses: dict[str, int] = {}
        self.org_parent_pairs: dict[tuple[str, str], None] = {}          # (body, parent), first seen first
        self.match_keys: dict[str, str] = {}                             # a body's spelling → match_key
        self.posts: set[tuple[str, str, str]] = set()                    # (person key, title, organisation)
        self.spellings: dict[str, dict[str, int]] = {}                   # person key → spelling → articles
        self.variants: dict[str, set[str]] = {}
        self.person_articles: dict[str, set[int]] = {}
        self.person_posts: dict[str, set[tuple[str, str]]] = {}
        self.posts_in: dict[str, dict[int, set[tuple[str, str]]]] = {}  # person key → article → its posts
        self.person_keys: dict[str, str] = {}                            # person IRI → its key, the last seen
        self.person_nodes: dict[str, str] = {}                           # person key → its IRI (made once)
        self.contexts: dict[tuple[str, str], set[frozenset[str]]] = {}   # bare post → the bodies its articles name
        self.awards: set[tuple[str, ...]] = set()
        self.programme_names: dict[str, dict[tuple[str, str], int]] = {}  # learned programme → (name, language) → uses
        #: not of the summaries but of resolution, kept to be brought up to date: under each parent, each
        #: learned body's name → the names one edit away (``_one_edit_neighbours``)
        self.one_edits: dict[str, dict[str, set[str] | None]] = {}
        for summary in summaries:
            self.add(summary)

    def dumps(self) -> bytes:
        """The tally as bytes (``marshal``: plain dicts, sets and strings, fast to read back, no code in it)."""
        import marshal

        return marshal.dumps(vars(self))

    @classmethod
    def loads(cls, data: bytes) -> Tally:
        import marshal

        tally = cls()
        with no_collection():
            fields = marshal.loads(data)
        if fields.keys() != vars(tally).keys():
            raise ValueError("a tally of another version")
        vars(tally).update(fields)
        return tally

    def person_node(self, key: str) -> str:
        """``str(iris.person_iri(key))``, kept: a name's IRI is a hash of its normalised form, slow to make again."""
        node = self.person_nodes.get(key)
        if node is None:
            node = self.person_nodes[key] = str(iris.person_iri(key))
        return node

    def __contains__(self, iri: str) -> bool:
        return iri in self.article_ids

    def __len__(self) -> int:
        return len(self.article_ids)

    def add(self, summary: ArticleSummary) -> None:
        """One article's summary counted in (as the resolvers' loops count it)."""
        from .normalize import match_key

        article = self.article_ids.setdefault(summary.iri, len(self.article_ids))
        self.reports.update(summary.ceremonies)
        for key, name, parent, kind in summary.orgs:
            for table, value in ((self.org_names, name), (self.org_parents, parent), (self.org_kinds, kind)):
                counts = table.setdefault(key, {})
                counts[value] = counts.get(value, 0) + 1
            self.org_uses[key] = self.org_uses.get(key, 0) + 1
            self.org_parent_pairs.setdefault((key, parent), None)
            if name not in self.match_keys:
                self.match_keys[name] = match_key(name)
        for key, spelled, variants in summary.people:
            counts = self.spellings.setdefault(key, {})
            counts[spelled] = counts.get(spelled, 0) + 1
            self.variants.setdefault(key, set()).update(variants)
            self.person_articles.setdefault(key, set()).add(article)
            self.person_keys[self.person_node(key)] = key
        for key, title, org in summary.posts:
            self.person_node(key)
            self.posts.add((key, title, org))
            self.person_posts.setdefault(key, set()).add((title, org))
            self.posts_in.setdefault(key, {}).setdefault(article, set()).add((title, org))
            if not org:
                self.contexts.setdefault((key, title), set()).add(frozenset(summary.named))
        self.awards.update(summary.awards)
        for key, name, language in summary.programmes:
            counts = self.programme_names.setdefault(key, {})
            counts[(name, language)] = counts.get((name, language), 0) + 1
        for award in summary.awards:
            if award[7]:
                self.person_node(award[7])


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """The cyclic garbage collector paused: a tally is a million small containers, and each full collection
    would walk them all again (resolution of the whole corpus took half again as long with it running).
    Resolution makes little cyclic garbage."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


def tally_of(summaries: Summaries | Tally) -> Tally:
    """The tally of the summaries (themselves when they are one)."""
    return summaries if isinstance(summaries, Tally) else Tally(summaries)

# the person triples that depend on the spellings of every article
NAME_PREDICATES = frozenset({"http://xmlns.com/foaf/0.1/name", "https://schema.org/givenName",
                             "https://schema.org/familyName", "https://schema.org/alternateName"})


def resolve_ceremonies(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """An undated ceremony report → the dated ceremony of its programme-year, where the dated reports agree."""
    tally = tally_of(summaries)
    days = sole_days({(p, y, d and dt.date.fromisoformat(d)) for p, y, d in tally.reports})
    found = Resolved(renames=ceremony_renames(days))
    for (programme, year), day in days.items():
        found.merges.append(Merge("ceremony", str(iris.event_iri(programme, year, day)),
                                  (str(iris.event_iri(programme, year)),),
                                  f"reports of {programme} {year} that give no day joined the one ceremony its "
                                  f"dated reports name ({day.isoformat()})"))
    return found


# --------------------------------------------------------------------------- people: name variants of one person

# A surname this long is rare enough that the same given name with it one letter off is the same person
# (the Names Act gives each family its own surname); a shorter one (สมจิต / สมจิตร) needs more evidence.
LONG_SURNAME = 7


@dataclass
class _Known:
    """What the articles say of one person key: the articles naming it, its spellings, its posts."""

    articles: set[str] = field(default_factory=set)
    spellings: Counter[str] = field(default_factory=Counter)
    posts: set[tuple[str, str]] = field(default_factory=set)              # (title, organisation key)
    posts_in: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # article → its posts there

    @property
    def name(self) -> str:
        return sorted(self.spellings.items(), key=lambda item: (-item[1], item[0]))[0][0]

    @property
    def orgs(self) -> set[str]:
        return {org for _, org in self.posts if org}


def one_edit(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped (``พงศ์``/``พงษ์``, ``ทาวัน``/``ทาวัณ``)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1:]


def near_identical(names: Mapping[str, str]) -> list[tuple[str, str, str]]:
    """(how, key, key) for names (key → spelling) that are one name written two ways: the same letters
    spaced otherwise (``ประยุทธ์จันทร์ โอชา``), or one part the same and the other one edit apart."""
    by_given: dict[str, list[tuple[str, str]]] = defaultdict(list)
    by_family: dict[str, list[tuple[str, str]]] = defaultdict(list)
    compact: dict[str, list[str]] = defaultdict(list)
    for key, name in sorted(names.items()):
        given, _, family = name.partition(" ")
        if family:
            by_given[given].append((family, key))
            by_family[family].append((given, key))
        compact[re.sub(r"[\s.]", "", name)].append(key)
    pairs = [("spacing", a, b) for keys in compact.values() for i, a in enumerate(keys) for b in keys[i + 1:]]
    for how, groups in (("surname", by_given), ("given name", by_family)):
        for items in groups.values():
            pairs += [(how, a, b) for i, (part, a) in enumerate(items) for other, b in items[i + 1:]
                      if one_edit(part, other)]
    return pairs


# Letters written for one another because they sound alike (ศ ษ ส, ณ น, ธ ท …) or look alike (ฎ ฏ, ด ต, บ ป, ข ช ซ),
# and the marks a name is often written with or without (the tone marks, the silencer ์, ็): a slip of the pen,
# not another name. (Vowel signs are not: มานี and มานะ are two names.)
_ALIKE = ("ศษส", "ณน", "ธทฑฒ", "ภพ", "ฌช", "ลฬ", "ญย", "ฎฏดต", "บป", "ขฃชซ", "คฅฆ", "ผฝ", "พฟ")
_SLIP_MARKS = frozenset("\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c")


def slip(a: str, b: str) -> bool:
    """Two spellings one slip apart: a letter for its look- or sound-alike, a tone mark or silencer
    added, dropped or changed, or a letter doubled (``พงษ์``/``พงศ์``, ``ประยุทธ``/``ประยุทธ์``, ``วรรรณ``)."""
    if not one_edit(a, b):
        return False
    if len(a) == len(b):
        changed = [(x, y) for x, y in zip(a, b) if x != y]
        if len(changed) != 1:
            return False                   # two letters swapped: no alike letters
        (x, y), = changed
        return {x, y} <= _SLIP_MARKS or any(x in group and y in group for group in _ALIKE)
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    extra = long[i]
    return extra in _SLIP_MARKS or extra == long[i - 1:i] or extra == long[i + 1:i + 2]


def _conflict(first: _Known, second: _Known) -> bool:
    """Two people, not one: both named in one article, each with posts there and none the same."""
    for article in first.articles & second.articles:
        mine, theirs = first.posts_in.get(article, set()), second.posts_in.get(article, set())
        if mine and theirs and not mine & theirs:
            return True
    return False


def _agreement(how: str, first: _Known, second: _Known) -> str | None:
    """Why two near-identical names are one person, or None where the evidence does not say so."""
    same_post = first.posts & second.posts
    if same_post:
        return "the same post (" + sorted(same_post)[0][0] + ")"
    same_org = first.orgs & second.orgs
    if same_org:
        return "a post in the same organisation (" + sorted(same_org)[0] + ")"
    if first.articles & second.articles and how != "given name":
        return "named both ways in one article"
    if how == "spacing":
        return "the same letters"
    (given, _, family), (other_given, _, other_family) = first.name.partition(" "), second.name.partition(" ")
    if how == "surname" and len(family) >= LONG_SURNAME:
        return "the same given name and a long surname"
    if how == "surname" and slip(family, other_family) or how == "given name" and slip(given, other_given):
        return "a slip of the pen (a letter for its look- or sound-alike, a tone mark, a doubled letter)"
    if how == "given name" and ("ก" + given == other_given or "ก" + other_given == given):
        return "the same name after a chief's title นายก read as the honorific นาย"
    return None


def resolve_people(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """Name variants of one person made one node (and their posts one post each) where the evidence agrees:
    the same letters spaced otherwise, or one part of the name the same and the other one edit apart, with
    the same post or organisation, both spellings in one article (a surname), a long surname, a slip of the
    pen (``slip``), or a chief's title นายก read as นาย (``กนที`` for ``นที``). Kept apart where it does not:
    a given name another vowel or letter off with no post in common (มานี / มานะ, siblings), or two
    spellings each holding other posts in one article (two people). The node named in most articles is kept."""
    tally = tally_of(summaries)
    known: dict[str, _Known] = {}
    for key, spellings in tally.spellings.items():
        posts = tally.person_posts.get(key, set())
        # a merged body: the post it names is the kept body's (its evidence too)
        posts = posts | {(title, final_org(org, renames)) for title, org in posts if org.startswith("x-")}
        known[key] = _Known(tally.person_articles[key], Counter(spellings), posts, tally.posts_in.get(key, {}))
    weight = lambda key: (-len(known[key].articles), key)  # noqa: E731   (most articles first, then the key)
    group: dict[str, list[str]] = {key: [key] for key in known}
    why: dict[str, list[str]] = defaultdict(list)
    pairs = near_identical({key: found.name for key, found in known.items()})
    for how, a, b in sorted(pairs, key=lambda p: (min(weight(p[1]), weight(p[2])), p)):
        first, second = group[a], group[b]
        if first is second or any(_conflict(known[x], known[y]) for x in first for y in second):
            continue
        reason = _agreement(how, known[a], known[b])
        if reason is None:
            continue
        merged = sorted(first + second, key=weight)
        for key in merged:
            group[key] = merged
        why[merged[0]] = why.pop(first[0], []) + why.pop(second[0], [])
        change = "spaced otherwise" if how == "spacing" else "one letter off"
        why[merged[0]].append(f"{known[b].name} / {known[a].name}: {how} {change}, {reason}")
    from .normalize import join_thai_words

    # a post goes to the kept person's post in the body it ends in, unless that one is titled otherwise (post IRIs
    # compare titles as match_key does: "…(ประเทศไทย)จำกัด" / "…ประเทศไทยจำกัด"): then to the body it names
    def target(kept: str, title: str, org: str) -> str:
        return str(iris.post_iri(kept, title, final_org(org, renames) or None))
    titles: dict[str, set[str]] = defaultdict(set)
    for key, members in group.items():
        for title, org in known[key].posts:
            titles[target(members[0], title, org)].add(join_thai_words(title))
    found = Resolved()
    done: set[str] = set()
    for key, members in group.items():
        if len(members) < 2 or members[0] in done:
            continue
        done.add(members[0])
        into = tally.person_node(members[0])
        # (keys spaced otherwise inside a part, "ชต ยวงษ์" / "ชตยวงษ์", are one IRI already: no rename, no merge)
        others = [k for k in members[1:] if tally.person_node(k) != into]
        if not others:
            continue
        merged = tuple(dict.fromkeys(tally.person_node(k) for k in others))
        found.renames.update({iri: into for iri in merged})
        for other in others:
            for title, org in known[other].posts:
                post = target(members[0], title, org)
                found.renames[str(iris.post_iri(other, title, org or None))] = \
                    post if len(titles[post]) == 1 else str(iris.post_iri(members[0], title, org or None))
        found.merges.append(Merge("person", into, merged, "; ".join(why[members[0]])))
    return found


# --------------------------------------------------------------------------- organisations: name variants of one body

ORG_PREFIX = str(iris.org_iri(""))
# A learned name whose own words (``_distinctive``) are this long, one letter off another's under the same
# parent (or both under none), is that name misspelt; shorter ones (โรงพยาบาลท่าฉาง / ท่ายาง, อบต.แม่ทา / แม่สา:
# places one letter apart) need the letter to be a slip of the pen, and their own words to be this long at least.
LONG_ORG_WORDS = 16
SHORT_ORG_WORDS = 9

# the words a name starts with that say what kind of body it is, not which one
_KIND_HEAD = re.compile(
    "^(?:บริษัท|ห้างหุ้นส่วน(?:จำกัด|สามัญ)?|สหกรณ์|องค์การบริหารส่วน(?:ตำบล|จังหวัด)|อบต|อบจ|เทศบาล(?:ตำบล|เมือง|นคร)?"
    "|โรงพยาบาลส่งเสริมสุขภาพตำบล|รพสต|โรงพยาบาล|โรงเรียน|วัด|สถานีตำรวจ(?:ภูธร|นครบาล)?|สภ|สน|ศูนย์|สำนักงาน|สำนัก"
    "|กอง|สถาบัน|มหาวิทยาลัย|วิทยาลัย|คณะ|สมาคม|มูลนิธิ|ชมรม|กลุ่ม|ตำบล|อำเภอ|จังหวัด)+")
_REGISTERED_WORDS = re.compile("(?:จำกัด)?(?:มหาชน)?$")


def _distinctive(key: str, parent_key: str) -> str:
    """A name's own words (as a ``match_key``): without the words of its kind before, its registration
    (จำกัด (มหาชน)) and its parent's name after."""
    if parent_key and key.endswith(parent_key) and len(key) > len(parent_key):
        key = key[:-len(parent_key)]
    return _KIND_HEAD.sub("", _REGISTERED_WORDS.sub("", key))


def _same_place_and_number(a: str, b: str) -> bool:
    """Two names a letter apart are one body's only where they name the same province and the same
    numbers: ``…จังหวัดน่าน`` is not ``…จังหวัดนาน``'s office if the letters name two provinces, ``เขต 1`` not ``เขต 7``,
    and a name ending with a province (``…สาขาระยอง``) is not one ending with another (``…สาขาระนอง``)."""
    place = lambda name: name[name.find("จังหวัด"):] if "จังหวัด" in name else ""   # noqa: E731
    ends = {_province_at_end(a), _province_at_end(b)}      # (a province misspelt in one of them is no other province)
    return place(a) == place(b) and not (len(ends) == 2 and "" not in ends) \
        and re.findall(r"\d+", a) == re.findall(r"\d+", b)


@lru_cache(maxsize=1)
def _provinces_longest_first() -> tuple[str, ...]:
    from .gazetteer import load_gazetteer
    return tuple(sorted(load_gazetteer().provinces, key=len, reverse=True))


def _province_at_end(name: str) -> str:
    return next((p for p in _provinces_longest_first() if name.endswith(p)), "")


def _org_agreement(a: str, b: str, parent_key: str) -> str | None:
    """Why two learned names (``match_key``s) one letter apart under one parent are one body, or None."""
    if not _same_place_and_number(a, b):
        return None
    words = min(len(_distinctive(a, parent_key)), len(_distinctive(b, parent_key)))
    if words >= SHORT_ORG_WORDS and slip(a, b):
        return "a slip of the pen (a letter for its look- or sound-alike, a tone mark, a doubled letter)"
    if words >= LONG_ORG_WORDS:
        return "a long name"
    return None


def _one_edit_candidates(buckets: Mapping[tuple[str, int], list[str]]) -> dict[tuple[str, str], set[str]]:
    """For each (parent, name), the names under that parent that may be one edit away: those sharing the name
    itself or one of its one-letter deletions (a letter changed, added or dropped, or two neighbours swapped
    always leaves such a key in common), so that resolution does not compare every pair of a parent's names."""
    texts_of: dict[str, list[str]] = defaultdict(list)
    for (p, _), texts in buckets.items():
        texts_of[p].extend(texts)
    near: dict[tuple[str, str], set[str]] = {}
    for p, texts in texts_of.items():
        index: dict[str, list[str]] = defaultdict(list)
        keys = {t: {t, *(t[:i] + t[i + 1:] for i in range(len(t)))} for t in texts}
        for t, own in keys.items():
            for key in own:
                index[key].append(t)
        for t, own in keys.items():
            near[(p, t)] = {u for key in own for u in index[key] if u != t}
    return near


#: Names new under one parent since the last resolution up to which they are compared with the parent's other
#: names one by one (a daily update's few); more, and the parent's names are all indexed again.
FEW_NEW_NAMES = 200


def _one_edit_neighbours(buckets: Mapping[tuple[str, int], list[str]],
                         kept: dict[str, dict[str, set[str] | None]]) -> dict[tuple[str, str], set[str]]:
    """For each (parent, name), the names under that parent one edit away (``one_edit``). ``kept`` holds them
    per parent as the last resolution found them (the tally's ``one_edits``) and is brought up to date: a
    parent whose names did not change keeps its answer, one with a few new names compares only those with
    its names, others are found again through the one-letter deletions (``_one_edit_candidates``).
    (A name with none is kept with None: most are, and an empty set is slower to read back.)"""
    texts_of: dict[str, set[str]] = defaultdict(set)
    for (p, _), texts in buckets.items():
        texts_of[p].update(texts)
    for p in set(kept) - set(texts_of):
        del kept[p]
    near: dict[tuple[str, str], set[str]] = {}
    for p, texts in texts_of.items():
        before = kept.get(p)
        new = texts - before.keys() if before is not None else texts
        if before is None or len(new) > FEW_NEW_NAMES:
            found = _one_edit_candidates({(p, 0): sorted(texts)})
            mine = {t: {u for u in found[(p, t)] if one_edit(t, u)} for t in texts}
        elif new or len(before) != len(texts):
            mine = {t: (before[t] or set()) & texts for t in texts if t in before}
            for a in new:
                mine[a] = {u for u in texts if abs(len(u) - len(a)) <= 1 and one_edit(a, u)}
                for u in mine[a] - new:
                    mine[u] = mine[u] | {a}
        else:
            mine = before
        kept[p] = {t: others or None for t, others in mine.items()}
        near.update(((p, t), others) for t, others in mine.items() if others)
    return near


def resolve_orgs(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """Name variants of one learned body made one node where the evidence agrees (``ArticleSummary.orgs``):

    - the same name spaced, dotted or punctuated otherwise (``match_key``) under the same parent;
    - a name and the same name with its parent's name written after it (``สำนักโฆษก`` / ``สำนักโฆษก
      สำนักเลขาธิการนายกรัฐมนตรี``), under that parent;
    - a name one letter off another under the same parent or both under none: a slip of the pen in a name
      whose own words (``_distinctive``) are not short, or any letter in a long one, where both name the
      same province and numbers.

    Kept apart: the same name under two parents (every department has its กองคลัง; and a unit under its
    department and under its ministry would keep both parents and both classes, the articles' own triples),
    bodies of two kinds, numbered units (``ศูนย์…เขต 1`` / ``เขต 7``), offices of two provinces. The node named in most
    articles is kept; the posts of the merged bodies are renamed with them (their awards: ``resolve_awards``)."""
    from .gazetteer import load_gazetteer
    from .normalize import match_key

    tally = tally_of(summaries)
    names, parents, kinds, articles = tally.org_names, tally.org_parents, tally.org_kinds, tally.org_uses
    posts = {post for post in tally.posts if post[2].startswith("x-")}
    if not names:
        return Resolved()
    gazetteer = load_gazetteer()
    name = {key: sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0] for key, counts in names.items()}
    parent = {key: sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0] for key, counts in parents.items()}
    kind = {key: sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0] for key, counts in kinds.items()}

    weight = lambda key: (-articles[key], key)  # noqa: E731   (most articles first, then the key)
    group: dict[str, list[str]] = {key: [key] for key in names}
    why: dict[str, list[str]] = defaultdict(list)

    def join(a: str, b: str, reason: str) -> None:
        first, second = group[a], group[b]
        if first is second or len({(kind[x], parent[x]) for x in first + second}) > 1:
            return          # (one kind, one parent: a node of two parents or two classes would say two things)
        merged = sorted(first + second, key=weight)
        for key in merged:
            group[key] = merged
        why[merged[0]] = why.pop(first[0], []) + why.pop(second[0], [])
        why[merged[0]].append(f"{name[b]} / {name[a]}: {reason}")

    compact = {key: tally.match_keys.get(text) or match_key(text) for key, text in name.items()}
    by_name: dict[str, list[str]] = defaultdict(list)
    for key in sorted(names, key=weight):
        by_name[compact[key]].append(key)
    for keys in by_name.values():
        for i, a in enumerate(keys):            # the same name spaced or dotted otherwise, under one parent
            for b in keys[i + 1:]:
                if parent[a] == parent[b]:
                    join(a, b, "the same name spaced or punctuated otherwise, under the same parent")

    def parent_key(key: str) -> str:
        """The parent's name as a ``match_key`` (a learned parent's, or a table's)."""
        if key in name:
            return compact[key]
        org = gazetteer.organization(key) if key else None
        return match_key(org.name) if org else ""

    for text, keys in sorted(by_name.items()):    # a unit named with its parent's name after it, under that parent
        for key in keys:
            written = parent_key(parent[key])
            if written and text.endswith(written) and len(text) - len(written) >= SHORT_ORG_WORDS:
                alone = next((k for k in by_name.get(text[:-len(written)], []) if parent[k] == parent[key]), None)
                if alone is not None:
                    join(alone, key, "the same name with its parent's name written after it, under that parent")

    buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
    for text, keys in by_name.items():
        for p in {parent[k] for k in keys}:
            buckets[(p, len(text))].append(text)
    near = _one_edit_neighbours(buckets, tally.one_edits)
    for (p, size), texts in sorted(buckets.items()):
        same = {t: i for i, t in enumerate(texts)}
        longer = {t: i for i, t in enumerate(buckets.get((p, size + 1), []))}
        for a in texts:
            candidates = near.get((p, a), ())
            for b in sorted((b for b in candidates if b in longer), key=longer.__getitem__) + \
                    sorted((b for b in candidates if b in same and b > a), key=same.__getitem__):
                if not one_edit(a, b):
                    continue
                reason = _org_agreement(a, b, parent_key(p))
                if reason:
                    x = next(k for k in by_name[a] if parent[k] == p)
                    y = next(k for k in by_name[b] if parent[k] == p)
                    join(x, y, "one letter off under " + ("the same parent" if p else "no parent") + ", " + reason)
    for text, keys in sorted(by_name.items()):     # a hospital's name cut short with ฯ, under the same parent
        if not (text.startswith("โรงพยาบาล") and text.endswith("ฯ")) or len(text) <= len("โรงพยาบาล") + 3:
            continue
        for key in keys:
            whole = [t for t in by_name if t.startswith(text[:-1]) and not t.endswith("ฯ")
                     and any(parent[k] == parent[key] for k in by_name[t])]
            if len(whole) == 1:
                other = next(k for k in by_name[whole[0]] if parent[k] == parent[key])
                join(other, key, "the name cut short with ฯ, the one name of that start under the same parent")
    found = Resolved()
    done: set[str] = set()
    final: dict[str, str] = {}
    for key, members in group.items():
        if len(members) < 2 or members[0] in done:
            continue
        done.add(members[0])
        into = str(iris.org_iri(members[0]))
        merged = tuple(str(iris.org_iri(k)) for k in members[1:])
        found.renames.update({iri: into for iri in merged})
        final.update({k: members[0] for k in members[1:]})
        found.merges.append(Merge("organization", into, merged, "; ".join(why[members[0]])))
    # a post follows its body, unless it would meet one titled otherwise (IRIs compare titles as match_key does:
    # "…(ประเทศไทย)จำกัด" and "…ประเทศไทยจำกัด" would be one post with two titles): it then stays apart
    from .normalize import join_thai_words

    titles: dict[str, set[str]] = defaultdict(set)
    for person, title, org in posts:
        titles[str(iris.post_iri(person, title, final.get(org, org)))].add(join_thai_words(title))
    for person, title, org in sorted(posts):
        into = str(iris.post_iri(person, title, final.get(org, org)))
        if org in final and len(titles[into]) == 1:
            found.renames[str(iris.post_iri(person, title, org))] = into
    return found


def resolve_org_names(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """Each learned body's Thai name (``skos:prefLabel``): the spelling most articles use, the other spellings
    of the bodies merged into it ``skos:altLabel``s (a node has one preferred name per language)."""
    from rdflib import Literal, URIRef

    spellings: dict[str, Counter[str]] = defaultdict(Counter)     # body IRI → spelling → articles using it
    for key, counts in tally_of(summaries).org_names.items():
        node = ORG_PREFIX + key
        spellings[renames.get(node, node)].update(counts)
    found = Resolved()
    pref, alt = (URIRef("http://www.w3.org/2004/02/skos/core#" + p) for p in ("prefLabel", "altLabel"))
    for node, counts in spellings.items():
        best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
        found.triples.append((URIRef(node), pref, Literal(best, lang="th")))
        found.triples += [(URIRef(node), alt, Literal(other, lang="th")) for other in sorted(set(counts) - {best})]
    return found


def resolve_programme_names(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """Each learned programme's name in each language (``skos:prefLabel``): the spelling most articles use (then
    the first in order), the others ``skos:altLabel`` ("NCD Clinic Plus Award" and "… Awards": one node, one name)."""
    from rdflib import Literal, URIRef

    found = Resolved()
    pref, alt = (URIRef("http://www.w3.org/2004/02/skos/core#" + p) for p in ("prefLabel", "altLabel"))
    for key, counts in tally_of(summaries).programme_names.items():
        node = URIRef(iris.programme_iri(key))
        for language in sorted({language for _, language in counts}):
            spellings = sorted(((name, n) for (name, lang), n in counts.items() if lang == language),
                               key=lambda item: (-item[1], item[0]))
            found.triples.append((node, pref, Literal(spellings[0][0], lang=language)))
            found.triples += [(node, alt, Literal(name, lang=language)) for name, _ in spellings[1:]]
    return found


def final_org(org: str, renames: Mapping[str, str]) -> str:
    """The key an organisation ends as once resolution's renames are applied (``org`` when none renames it)."""
    if not org:
        return org
    node = ORG_PREFIX + org             # (``str(iris.org_iri(org))``, without making the IRI object)
    return renames.get(node, node).removeprefix(ORG_PREFIX)


def resolve_posts(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """A post an article gives without its organisation (``ผู้อำนวยการกองระบาดวิทยา``, the department not
    written) is the post the same person holds under the same title where another article names the
    organisation, if the articles name one organisation for it (two: which one is not known)."""
    orgs: dict[tuple[str, str], set[str]] = defaultdict(set)        # (person node, title) → organisations
    bare: set[tuple[str, str]] = set()
    tally = tally_of(summaries)
    keys = {node: key for node, key in tally.person_keys.items() if node not in renames}   # node → its key
    for key, title, org in tally.posts:
        node = tally.person_node(key)
        node = renames.get(node, node)
        if org:
            orgs[(node, title)].add(final_org(org, renames))
        else:
            bare.add((node, title))
    found = Resolved()
    for node, title in sorted(bare):
        named = orgs.get((node, title), set())
        if len(named) != 1 or node not in keys:
            continue
        org = next(iter(named))
        source, into = str(iris.post_iri(keys[node], title, None)), str(iris.post_iri(keys[node], title, org))
        found.renames[source] = into
        found.merges.append(Merge("post", into, (source,), f"{title}: the same person holds the post where "
                                  f"another article names its organisation ({org})"))
    return found


# A title that is a head and nothing else before a body's name ("ผู้อำนวยการ" + "ศูนย์นาโนเทคโนโลยีแห่งชาติ")
_TITLE_HEAD = re.compile(r"^(?:ปฏิบัติหน้าที่|รักษาราชการแทน|รักษาการในตำแหน่ง|รักษาการ)?(?:รอง|ผู้ช่วย)*"
                         r"(?:ผู้อำนวยการ(?:ใหญ่)?|ผู้บัญชาการ|หัวหน้า|ประธาน(?:กรรมการ)?|ผู้จัดการ(?:ใหญ่)?|เลขาธิการ"
                         r"|คณบดี|อธิการบดี|ผู้ว่าการ|นายก)$")


def resolve_titled_posts(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """A post an article gives without its organisation whose title is a head and a learned body's whole name
    (``ผู้อำนวยการศูนย์ต่อต้านข่าวปลอม``) is a post in that body, where one body of the corpus has that name
    and the article names the body or a body above it (its parent, its ministry): the context agrees.
    A name several bodies have (every department has its กองคลัง) is the one body of them whose own
    department or office (a body below the ministry) the article names, where the article names exactly one
    such: "ผู้อำนวยการกองคลัง" in an article of กรมวิชาการเกษตร is that department's กองคลัง; where it names
    none, the one of them under the ministry it names. An article that names several, or none: left bare."""
    from rdflib import URIRef

    from .gazetteer import load_gazetteer
    from .normalize import match_key

    bodies: dict[str, set[str]] = defaultdict(set)          # a learned name (match_key) → its bodies
    parent: dict[str, str] = {}
    tally = tally_of(summaries)
    for key, counts in tally.org_names.items():
        for name in counts:
            bodies[tally.match_keys.get(name) or match_key(name)].add(final_org(key, renames))
    for key, above in tally.org_parent_pairs:
        parent.setdefault(final_org(key, renames), above and final_org(above, renames))
    contexts = {post: [{final_org(k, renames) for k in named} for named in nameds]   # (person key, title) →
                for post, nameds in tally.contexts.items()}                          # the names of its articles
    if not bodies:
        return Resolved()
    gazetteer = load_gazetteer()

    def above(key: str) -> set[str]:
        chain = {key}
        while (up := parent.get(key, "")) and up not in chain:
            chain.add(up)
            key = up
        return chain | set(gazetteer.ancestors(key))      # (a table's body last: its ministry and above)

    def below_ministry(key: str) -> set[str]:
        """The body and the bodies above it up to its ministry (a ministry names no one of its departments' units)."""
        return {k for k in above(key) if (org := gazetteer.organization(k)) is None or org.kind != "ministry"}

    found = Resolved()
    post_in = URIRef("http://www.w3.org/ns/org#postIn")
    for (person, title), named in sorted(contexts.items()):
        source = str(iris.post_iri(person, title, None))
        if source in renames:
            continue                            # the same person's post where another article names its body
        compact = match_key(title)
        matches = {compact[i:] for i in range(2, len(compact)) if _TITLE_HEAD.match(compact[:i])}
        candidates = {key for rest in matches for key in bodies.get(rest, ())}
        if len(candidates) > 1:     # several bodies of that name: the one whose department the article names,
            near = {key for key in candidates if any(below_ministry(key) & context for context in named)}
            candidates = near or {key for key in candidates if any(above(key) & context for context in named)}
        if len(candidates) != 1:
            continue
        body = next(iter(candidates))
        if not any(above(body) & context for context in named):
            continue
        into = str(iris.post_iri(person, title, body))
        found.renames[source] = into
        found.triples.append((URIRef(into), post_in, URIRef(iris.org_iri(body))))
        found.merges.append(Merge("post", into, (source,), f"{title}: the title names one body of the corpus "
                                  f"({body}) and the article names it or a body above it"))
    return found


def resolve_awards(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """An award to a body or person resolution merged is the award to the kept one: one node, not one per
    spelling of the recipient (``ธนาคารไทยเครดิต จำกัด (มหาชน)`` / ``…เครดิตจำกัด``)."""
    tally = tally_of(summaries)
    people, awards = tally.person_keys, tally.awards        # (person IRI → the key it was made from)
    found = Resolved()
    for fields in sorted(awards):
        programme, year, recipient, branch, category, level, project, person = fields
        node = tally.person_node(person) if person else ""
        kept_person = people.get(renames.get(node, node), person) if person else ""
        kept = (programme, year, final_org(recipient, renames), branch, category, level, project, kept_person)
        if kept != fields:
            source, into = str(iris.award_iri(*fields)), str(iris.award_iri(*kept))
            if source != into:
                found.renames[source] = into
                found.merges.append(Merge("award", into, (source,), f"{programme} {year}: the award to "
                                          f"{recipient}{' / ' + person if person else ''} is the award to the "
                                          f"{'body' if kept[2] != recipient else 'person'} resolution kept"))
    return found


def resolve_names(summaries: Summaries, renames: Mapping[str, str]) -> Resolved:
    """Each person's name: the spelling most articles use (then the first in order), the others alternate names."""
    from rdflib import Literal, URIRef

    tally = tally_of(summaries)
    by_key, variants_by_key = tally.spellings, tally.variants   # person key → spellings (articles), variants
    spellings: dict[str, Counter[str]] = defaultdict(Counter)   # person IRI → spelling → articles using it
    aliases: dict[str, set[str]] = defaultdict(set)             # person IRI → nicknames and other variants
    for key, counts in by_key.items():
        node = tally.person_node(key)
        node = renames.get(node, node)
        spellings[node].update(counts)
        aliases[node].update(variants_by_key[key])
    found = Resolved()
    th = lambda text: Literal(text, lang="th")  # noqa: E731
    foaf_name, given_name, family_name, alternate_name = (URIRef(p) for p in (
        "http://xmlns.com/foaf/0.1/name", "https://schema.org/givenName", "https://schema.org/familyName",
        "https://schema.org/alternateName"))
    for node, counts in spellings.items():
        best = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[0][0]
        subject = URIRef(node)
        given, _, family = best.partition(" ")
        found.triples += [(subject, foaf_name, th(best)), (subject, given_name, th(given))]
        if family:
            found.triples.append((subject, family_name, th(family)))
        found.triples += [(subject, alternate_name, th(v)) for v in sorted((set(counts) | aliases[node]) - {best})]
        found.triples += romanised_name(subject, best)
    return found


#: The resolvers, in order. Merges of organisations and people go before ``resolve_names``.
RESOLVERS: tuple[Resolver, ...] = (resolve_ceremonies, resolve_orgs, resolve_org_names, resolve_people, resolve_posts,
                                   resolve_titled_posts, resolve_awards, resolve_programme_names, resolve_names)
#: The resolvers that read a ``Tally`` (each also takes summaries, and makes their tally).
_TALLIED = frozenset(RESOLVERS)


def reads_tally(resolvers: Iterable[Resolver] | None = None) -> bool:
    """True when the resolvers (default: ``RESOLVERS``) read a ``Tally`` alone (not the summaries themselves)."""
    return all(resolver in _TALLIED for resolver in (RESOLVERS if resolvers is None else resolvers))


def resolve(summaries: Summaries | Tally, resolvers: Iterable[Resolver] | None = None) -> Resolved:
    """Run the resolvers (default: ``RESOLVERS``) over the summaries (or their tally, when every resolver
    reads one: ``reads_tally``): their renames composed (chains followed), their triples renamed, their
    merges listed. The built-in resolvers read one tally, made in one pass over the summaries."""
    resolvers = tuple(RESOLVERS if resolvers is None else resolvers)
    if isinstance(summaries, Tally) and not reads_tally(resolvers):
        raise ValueError("a resolver reads the summaries themselves: give them, not a tally")
    resolved = Resolved()
    with no_collection():
        tally = tally_of(summaries) if any(resolver in _TALLIED for resolver in resolvers) else None
        for resolver in resolvers:
            found = resolver(tally if resolver in _TALLIED else summaries, resolved.renames)
            resolved.renames = compose(resolved.renames, found.renames)
            resolved.triples += found.triples
            resolved.merges += found.merges
    if resolved.renames:
        from rdflib import URIRef

        rename = lambda term: URIRef(resolved.renames[str(term)]) if str(term) in resolved.renames else term  # noqa: E731
        resolved.triples = [(rename(s), p, rename(o)) for s, p, o in resolved.triples]
    resolved.merges.sort(key=lambda m: (m.kind, m.into, m.merged))
    return resolved


def compose(first: Mapping[str, str], then: Mapping[str, str]) -> dict[str, str]:
    """Renames ``first`` followed by ``then``: every IRI straight to where it ends. A rename of ``then`` that
    leads back to its own source (a node to itself, or B into A where ``first`` merged A into B) names one node
    already: it is dropped, not followed into a circle. A cycle left after that (one resolver's own renames in a
    circle) is an error."""
    def end_in_first(iri: str) -> str:
        seen = set()
        while iri in first and iri not in seen:
            seen.add(iri)
            iri = first[iri]
        return iri

    combined = {**first, **{source: target for source, target in then.items() if end_in_first(target) != source}}
    final = {}
    for source in combined:
        target, seen = combined[source], {source}
        while target in combined:
            if target in seen:
                raise ValueError(f"resolution renames in a circle: {' → '.join(sorted(seen))}")
            seen.add(target)
            target = combined[target]
        if target != source:
            final[source] = target
    return final
