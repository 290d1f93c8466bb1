"""English-language releases: people are written in Latin script after their titles ("Prime Minister and Defense
Minister Gen. Prayut Chan-o-cha", "Government Spokesperson Thanakorn Wangboonkongchana") or before them ("Mr. Somchai
Jaidee, Director-General of the Department of Lands"). The name stays in Latin script (the gold lists it as a variant
of the Thai name); the post is the Thai title."""
from __future__ import annotations

import re
from functools import lru_cache

from ..reading import PersonMention, PositionMention, Reading
from .names import _add_person
from .posts import _add_post
from .title_bodies import compose_title


# Two to four parts ("Lee Hsien Loong", "Geoffrey Quinton Mitchell Doidge"), lower case letters with
# diacritics too ("Andrej Babiš"); which parts really are the name is settled by _english_name.
_EN_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0101-\u017f"
_EN_PART = rf"[A-Z][{_EN_LOWER}]+(?:-[{_EN_LOWER}]+)*"
_EN_NAME = rf"(?!Prime |Minister |Deputy |Awards? |Herbal ){_EN_PART}(?: {_EN_PART}){{1,3}}(?![A-Za-z{_EN_LOWER}-])"
_EN_RANKS = r"(?:(?:Pol\. |Lt\. |Air Chief Marshal |ACM |Adm\. )?(?:Gen|Mr|Mrs|Ms|Miss|Dr|Col|Maj|Capt)\.?[ \t])*"
_EN_TITLE = (r"(?:Deputy )?Prime Minister|(?:Deputy )?Government Spokes(?:person|man|woman)"
             r"|Minister of (?:the )?[A-Z][a-z]+(?:,? (?:and )?[A-Z][a-z]+){0,4}|(?:[A-Z][a-z]+ ){1,3}Minister|Minister")
# "Deputy Minister of X" opens the titles only: "… Interior Theerarat S. and Deputy Minister of Defense Gen. …"
# must not read as one run of titles swallowing the first name
_EN_TITLED_PERSON = re.compile(rf"(?P<titles>(?:Deputy (?=Minister of ))?(?:{_EN_TITLE})(?:,? and (?:{_EN_TITLE}))*)[ \t]+{_EN_RANKS}(?P<name>{_EN_NAME})")
_EN_PERSON_TITLED = re.compile(rf"(?:Mr|Mrs|Ms|Dr)\.[ \t](?P<name>{_EN_NAME}),[ \t]"
                               r"(?P<head>(?:Deputy )?(?:Director-General|Permanent Secretary)) (?:of|for) (?:the )?")
_EN_FOREIGN = re.compile(r",? of (?:the )?[A-Z]")
_EN_HEADS = {"Director-General": "อธิบดี", "Deputy Director-General": "รองอธิบดี",
             "Permanent Secretary": "ปลัด", "Deputy Permanent Secretary": "รองปลัด"}


@lru_cache(maxsize=4)
def _ministries_in_english(gazetteer) -> dict[str, str]:
    """"defense" → key of กระทรวงกลาโหม: a ministry by the words after "Ministry of"."""
    index = {}
    for key, org in gazetteer.agencies.items():
        if org.kind == "ministry" and org.name_en and org.name_en.startswith("Ministry of "):
            index[_english_words(org.name_en.removeprefix("Ministry of "))] = key
    return index


def _english_words(words: str) -> str:
    words = words.lower().removeprefix("the ").replace("defence", "defense").replace("labour", "labor")
    return re.sub(r"[ ,]+", " ", words).strip()


# Capitalised words that are no part of a person's name: the words of titles, bodies, documents and
# dates that run on after a title ("Prime Minister Office Thanakorn …", "Minister of Foreign Affairs
# Dato’ …", "Memorandum of Cooperation on Road Safety") and the short words of a headline ("… Is Getting …")
_EN_NOT_NAME = frozenset((
    "Affairs", "Office", "Section", "Centre", "Center", "Secretary", "General", "Permanent", "Republic", "Socialist",
    "Kingdom", "Government", "Ministry", "Department", "Embassy", "Economic", "Road", "Safety", "Science", "Research",
    "Operation", "Honourable", "Right", "Excellency", "Highness", "Royal", "Minister", "President", "Prime", "Deputy",
    "National", "International", "Council", "Committee", "Cabinet", "Award", "Awards", "Day", "Days", "Summit",
    "Meeting", "Conference", "Thailand", "Thai", "Bangkok", "House", "Building", "Province",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "The", "And", "Of", "In", "On", "At", "To", "For", "With", "Is", "Are", "Was", "Were", "Has", "Have",
    "Over", "Also", "Will", "Not"))
# a verb of the report written on to the surname ("Wangboonkongchanadisclosed", "Chan-o-chawas pleased")
_EN_GLUED_VERB = re.compile(rf"(?<=[{_EN_LOWER}]{{3}})(?:disclosed|stated|revealed|explained|added|said)$"
                            rf"|(?<=-[{_EN_LOWER}]{{3}})was$")
# the lower case words of a title-case headline ("… Marks 90 Days in Office with Policies under …")
_EN_SMALL_WORDS = frozenset(("with", "from", "into", "under", "over", "about", "upon", "after", "amid", "during",
                             "between", "than", "that", "this", "their", "and", "the", "of", "in", "on", "at",
                             "to", "for", "as", "by", "a", "an"))


_EN_CLAUSE = re.compile(r"(?:(?!Deputy |Minister|Prime |President|Spokes|Secretary|Director|Ambassador|Governor"
                        r"|(?:Gen|Mr|Mrs|Ms|Dr)\.)[^,;.:()?!\n]){0,200}")


def _english_name(text: str, start: int, name: str) -> tuple[str, int] | None:
    """The name (and where it ends) in the capitalised words read after or before a title: the parts up to
    a word that is no name, a verb written on to the last part cut off; None where fewer than two parts
    are left or the words around are a title-case headline, in which a name cannot be told from the
    words after it ("Prime Minister Paetongtarn Marks 90 Days in Office …")."""
    parts = []
    for part in name.split(" "):
        if part in _EN_NOT_NAME:
            break
        verb = _EN_GLUED_VERB.search(part)
        if verb:
            parts.append(part[:verb.start()])
            break
        parts.append(part)
    if len(parts) < 2:
        return None
    name = " ".join(parts)
    end = start + len(name)
    # the words up to the end of the clause or the next person's title ("… and Deputy Minister of …")
    clause = _EN_CLAUSE.match(text, end).group()
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", clause) if w.lower() not in _EN_SMALL_WORDS]
    if len(words) >= 3 and all(w[0].isupper() for w in words[:8]):
        return None
    return name, end


_EN_TITLE_RE = re.compile(rf"(?:Deputy )?(?:{_EN_TITLE})")


def _english_titles(run: str) -> list[str]:
    """The titles of a run split at its "and"s; a piece that is no title on its own goes on the title
    before it ("Minister of Finance, and Samdech Moha Borvor Thipadei" is one title, of no ministry)."""
    titles: list[str] = []
    for piece in re.split(r",? and (?=[A-Z])", run):
        if titles and not _EN_TITLE_RE.fullmatch(piece):
            titles[-1] += " and " + piece
        else:
            titles.append(piece)
    return titles


def find(reading: Reading) -> None:
    """The people and posts of a release written in English."""
    text = reading.text
    if "Minister" not in text and "Spokes" not in text and "Mr." not in text and "Ms." not in text:
        return
    for match in _EN_TITLED_PERSON.finditer(text):
        titles = _english_titles(match.group("titles"))
        posts = [_english_post(reading, title) for title in titles]
        if any(post is None and re.match(r"(?:Deputy )?Minister of ", title) for title, post in zip(titles, posts)):
            continue        # "Minister of Saudi Arabia Mohammed …": the title ran on into words of no ministry
        name = _english_name(text, match.start("name"), match.group("name"))
        if name is None:
            continue
        person = _add_english_person(reading, match.start("name"), *name)
        if _EN_FOREIGN.match(text, name[1]):
            continue                           # "Prime Minister Narendra Modi of India"
        for post in posts:
            if post:
                _add_post(reading, person, PositionMention(match.start(), match.end("titles"), *post))
    for match in _EN_PERSON_TITLED.finditer(text):
        org = reading.org_at(match.end())
        if org is None:
            continue
        title = compose_title(reading, _EN_HEADS[match.group("head")], org.key)
        if title:
            person = _add_english_person(reading, match.start("name"), match.group("name"), match.end("name"))
            _add_post(reading, person, PositionMention(match.start("name"), org.end, title, org.key))


def _add_english_person(reading: Reading, start: int, name: str, end: int) -> PersonMention:
    person = PersonMention(start, end, name, (), True)
    reading.persons.append(person)
    reading.mention("person", person.start, person.end, person.name)
    _add_person(reading, person)
    return person


def _english_post(reading: Reading, title: str) -> tuple[str, str | None] | None:
    """The Thai title (and its organisation) for an English one; None where it names no post."""
    title = title.removeprefix("The ").removeprefix("Thai ")
    if title.endswith("Prime Minister"):      # "Japanese Prime Minister …" holds no Thai post
        return {"Prime Minister": ("นายกรัฐมนตรี", None), "Deputy Prime Minister": ("รองนายกรัฐมนตรี", None)}.get(title)
    if "Spokes" in title:
        office = "opm" if "opm" in reading.gazetteer.agencies else None
        head = "รองโฆษกประจำ" if title.startswith("Deputy") else "โฆษกประจำ"
        return (compose_title(reading, head, office), office) if office else None
    deputy = title.startswith("Deputy Minister of ")      # "Deputy Minister of Commerce": รัฐมนตรีช่วยว่าการ
    title = title.removeprefix("Deputy ") if deputy else title
    words = title.removeprefix("Minister of ") if title.startswith("Minister of ") else title.removesuffix(" Minister")
    ministry = _ministries_in_english(reading.gazetteer).get(_english_words(words))
    if ministry is None:
        return None
    head = "รัฐมนตรีช่วยว่าการกระทรวง" if deputy else "รัฐมนตรีว่าการกระทรวง"
    return compose_title(reading, head, ministry), ministry
