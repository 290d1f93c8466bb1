"""ppl22: the people whose name looks suspect, by measurable signals, and a seeded sample of them with their
sentences (windows around the name) to read.

Signals: ``verb`` the surname segments wholly into words of pythainlp's dictionary and its first word is a verb,
adverb, auxiliary or conjunction by pythainlp's tagger (orchid or pud tags); ``words3`` three or more words;
``nayok`` the given name opens with ก before a leading vowel or a consonant (not ร ล ว ฤ) and the sentence writes นายก right before it.

    python bench/judged/ppl22/suspects.py PEOPLE.jsonl SEED SIZE [--all] [--skip SAMPLE.csv ...] > sample.csv

``--all`` draws from every person (signals or none).
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from pythainlp.corpus import thai_words
from pythainlp.tag import pos_tag
from pythainlp.tokenize import word_tokenize

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sampling import first  # noqa: E402

_WORDS = thai_words()
_ORCHID = ("V", "J", "ADV", "X")
_PUD = ("VERB", "ADV", "AUX", "CCONJ", "SCONJ")


def signals(person: dict) -> list[str]:
    out = []
    name = person["name"]
    if len(name.split()) >= 3:
        out.append("words3")
    family = person["family"] or (name.split()[1] if len(name.split()) > 1 else "")
    if family:
        tokens = word_tokenize(family.split()[0], keep_whitespace=False)
        if tokens and all(t in _WORDS for t in tokens):
            orchid = pos_tag(tokens[:1], corpus="orchid")[0][1]
            pud = pos_tag(tokens[:1], corpus="pud")[0][1]
            if orchid.startswith(_ORCHID) or pud in _PUD:
                out.append("verb")
    given = person["given"] or name.split()[0]
    # ก then a leading vowel or a consonant that opens no cluster with it (not กร กล กว กฤ, not ก + a vowel sign)
    if re.match(r"ก(?:[เแโใไ]|[ก-ฮ](?<![รลวฤ]))", given) and any("นาย" + given in s["text"].replace(" ", "") for s in person["sentences"]):
        out.append("nayok")
    return out


def window(text: str, name: str, reach: int = 90) -> str:
    given = name.split()[0]
    at = text.find(given)
    if at < 0:
        return text[:2 * reach]
    return text[max(0, at - reach):at + len(name) + reach]


def main() -> int:
    path, seed, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    skip = set()
    if "--skip" in sys.argv:
        for p in sys.argv[sys.argv.index("--skip") + 1:]:
            with open(p, encoding="utf-8", newline="") as handle:
                skip |= {row["uri"] for row in csv.DictReader(handle)}
    people = [json.loads(line) for line in open(path, encoding="utf-8")]
    suspects = {}
    for person in people:
        if person["uri"] in skip or not person["sentences"]:
            continue
        found = signals(person) or (["none"] if "--all" in sys.argv else [])
        if found:
            suspects[person["uri"]] = (person, found)
    counts = {}
    for _, found in suspects.values():
        for s in found:
            counts[s] = counts.get(s, 0) + 1
    print(json.dumps({"people": len(people), "suspects": len(suspects), **counts}, ensure_ascii=False), file=sys.stderr)
    chosen = first(seed, "ppl22", list(suspects), size)
    writer = csv.writer(sys.stdout)
    writer.writerow(("order", "uri", "name", "signals", "posts", "article", "window"))
    for order, uri in enumerate(chosen, 1):
        person, found = suspects[uri]
        s = person["sentences"][0]
        writer.writerow((order, uri, person["name"], "+".join(found), "|".join(person["posts"]), s["article"],
                         window(s["text"], person["name"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
