"""ppl22: the people of a built graph with the sentences that mention them, read line by line from the N-Triples-like
Turtle the builder writes (pyoxigraph would take minutes on the full graph), the evaluation articles dropped (the
corpus_id / url columns of ``tests/{devset,blind,holdout}/index.csv``), and the suspect signals of issue 15.

    python bench/judged/ppl22/people.py GRAPH.ttl OUT.jsonl
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
_URI = re.compile(r"<([^>]+)>")
_TH = re.compile(r'"((?:[^"\\]|\\.)*)"@th\b')


def evaluation_ids() -> tuple[set[str], set[str]]:
    ids, urls = set(), set()
    for part in ("devset", "blind", "holdout"):
        with (REPO / "tests" / part / "index.csv").open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                ids.add(row.get("corpus_id") or "")
                urls.add((row.get("url") or "").rstrip("/").rsplit("/", 1)[-1])
    return ids - {""}, urls - {""}


def blocks(path: str):
    subject, lines = None, []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("<"):
                if subject:
                    yield subject, lines
                subject, lines = _URI.match(line).group(1), [line[line.index(">") + 1:]]
            elif line.startswith("\t") and subject:
                lines.append(line)
            elif subject:
                yield subject, lines
                subject, lines = None, []
    if subject:
        yield subject, lines


def read(path: str) -> list[dict]:
    persons, mentions, articles, sentences, posts = {}, defaultdict(list), {}, {}, defaultdict(list)
    post_title, post_holder = {}, {}
    for subject, lines in blocks(path):
        body = "".join(lines)
        if "/person/" in subject and "foaf:Person" in body:
            fields = {}
            for line in lines:
                m = re.match(r"\s*(?:a [^;]+;\s*)?(\S+) (.*)", line.strip())
                if m:
                    fields.setdefault(m.group(1), m.group(2))
            name = _TH.search(fields.get("foaf:name", "")) if fields.get("foaf:name") else None
            persons[subject] = {"uri": subject, "name": name.group(1) if name else "",
                                "given": (_TH.search(fields.get("schema:givenName", "")) or [None, ""])[1],
                                "family": (_TH.search(fields.get("schema:familyName", "")) or [None, ""])[1],
                                "hon": _TH.findall(fields.get("schema:honorificPrefix", ""))}
        elif "/sentence/" in subject:
            part = re.search(r"schema:isPartOf <([^>]+)>", body)
            text = re.search(r'schema:text "((?:[^"\\]|\\.)*)"@th', body)
            for line in lines:
                if "schema:mentions" in line:
                    for uri in _URI.findall(line):
                        if "/person/" in uri:
                            mentions[uri].append(subject)
            sentences[subject] = (part.group(1) if part else "", json.loads('"' + text.group(1) + '"') if text else "")
        elif "/article/" in subject and "schema:NewsArticle" in body:
            ident = re.search(r'dcterms:identifier "((?:[^"\\]|\\.)*)"', body)
            url = re.search(r"schema:url <([^>]+)>", body)
            articles[subject] = (json.loads('"' + ident.group(1) + '"') if ident else "", url.group(1) if url else "")
        elif "/post/" in subject:
            title = re.search(r'skos:prefLabel "((?:[^"\\]|\\.)*)"@th', body)
            holder = re.search(r"org:heldBy <([^>]+)>", body)
            if title and holder:
                posts[holder.group(1)].append(json.loads('"' + title.group(1) + '"'))
    ids, urls = evaluation_ids()
    out = []
    for uri, person in persons.items():
        where = []
        for sentence in mentions.get(uri, []):
            article, text = sentences.get(sentence, ("", ""))
            ident, url = articles.get(article, ("", ""))
            if ident in ids or url.rstrip("/").rsplit("/", 1)[-1] in urls:
                where = None
                break
            where.append({"article": ident, "url": url, "text": text})
        if where is None:
            continue            # an evaluation article names this person: left out of every sample
        out.append({**person, "posts": posts.get(uri, []), "sentences": where})
    return out


if __name__ == "__main__":
    rows = read(sys.argv[1])
    with open(sys.argv[2], "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(len(rows), file=sys.stderr)
