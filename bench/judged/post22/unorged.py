"""The posts without an organisation of a full graph (N-Triples-like Turtle, read line by line), each with its title,
the corpus id of its article and the sentence that mentions it; posts of evaluation articles dropped (their ids and
urls, ``pos21/slices.excluded``), and of any judged folder with ``--unread``.

    python bench/judged/post22/unorged.py GRAPH.ttl > unorged.tsv
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pos21"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ppl22"))
import slices as pos21          # noqa: E402
from people import evaluation_ids     # noqa: E402   (ppl22's: the evaluation articles' ids and urls)

SUBJECT = re.compile(r"^<([^>]+)> ")
LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"')
IRI = re.compile(r"<([^>]+)>")


def main() -> int:
    posts, sentences, articles = {}, {}, {}
    subject = None
    for line in open(sys.argv[1], encoding="utf-8"):
        m = SUBJECT.match(line)
        if m:
            subject = m.group(1)
            body = line[m.end():]
        else:
            body = line.strip()
        if subject is None:
            continue
        if "/post/" in subject and "/id/post/" in subject:
            p = posts.setdefault(subject, {"label": "", "org": False})
            if body.startswith("skos:prefLabel"):
                p["label"] = LITERAL.search(body).group(1)
            elif body.startswith("org:postIn"):
                p["org"] = True
        elif "/article/" in subject:
            s = sentences.setdefault(subject, {"mentions": [], "text": "", "part": None, "url": None})
            if body.startswith("schema:mentions"):
                s["mentions"] += [i for i in IRI.findall(body) if "/id/post/" in i]
            elif body.startswith("schema:text"):
                s["text"] = json.loads('"' + LITERAL.search(body).group(1) + '"')
            elif body.startswith("schema:isPartOf"):
                s["part"] = IRI.search(body).group(1)
            elif body.startswith("dcterms:source"):
                s["url"] = IRI.search(body).group(1)
    url_of = {k: v["url"] for k, v in sentences.items() if v["url"]}
    ids, urls = evaluation_ids()
    if "--unread" in sys.argv:
        ids, urls = pos21.excluded()
    corpus = {}
    for line in pos21.CORPUS.open(encoding="utf-8"):
        if line.strip():
            a = json.loads(line)
            corpus[(a.get("url") or "").rstrip("/").rsplit("/", 1)[-1]] = a["id"]
    out = csv.writer(sys.stdout, delimiter="\t")
    seen = set()
    for key, s in sentences.items():
        article = s["part"] or key
        url = (url_of.get(article) or "").rstrip("/").rsplit("/", 1)[-1]
        cid = corpus.get(url, "")
        if url in urls or cid in ids:
            continue
        for post in s["mentions"]:
            p = posts.get(post)
            if p is None or p["org"] or (post, article) in seen:
                continue
            seen.add((post, article))
            out.writerow((post.rsplit("/", 1)[-1], p["label"], cid, url, s["text"].replace("\t", " ").replace("\n", " ")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
