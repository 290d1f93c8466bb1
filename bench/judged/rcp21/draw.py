"""rcp21's study slice: corpus articles whose full-corpus graph (main 3905f13) mentions a ceremony but no award.

    PYTHONPATH=src python bench/judged/rcp21/draw.py build/graph-3905f13.ttl build/corpus.jsonl 21901 OUT.jsonl

Sentences are streamed from the Turtle (``schema:isPartOf``, ``schema:mentions``): an article is kept when a
sentence of it mentions an ``/id/event/`` and none an ``/id/award/`` (452 articles). Dropped: the evaluation
texts (by fingerprint, ``../recall/recall.py``) and awd21's sample of the same pool (seed 21103,
``../awd21/study_classes.csv``). The usual drop of every bench id leaves 5 of the 452 (earlier rounds read 436 of
them), so, as the brief asks, only awd21's sample is dropped: this is a study slice, not a fresh one. Written in
``random.Random(SEED).shuffle`` order of the corpus lines; the counts go to stderr.
"""
import csv, hashlib, json, random, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "recall"))
from recall import fingerprint, held_out  # noqa: E402


def zero_award_articles(ttl: Path) -> set[str]:
    """Article hashes (``iris.article_iri``) with a ceremony mentioned and no award."""
    event, award, art = set(), set(), None
    for line in ttl.open(encoding="utf-8"):
        m = re.search(r"schema:isPartOf <[^>]*/article/([0-9a-f]{16})>", line)
        if m:
            art = m.group(1)
        elif art and "schema:mentions" in line:
            if "/id/award/" in line:
                award.add(art)
            if "/id/event/" in line:
                event.add(art)
    return event - award


def main() -> None:
    ttl, corpus, seed, out = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4])
    keep = zero_award_articles(ttl)
    with (HERE.parent / "awd21" / "study_classes.csv").open(encoding="utf-8") as f:
        drop = {r["id"] for r in csv.DictReader(f) if "21103" in r["source"]}
    prints = held_out()
    lines = [line for line in corpus.read_text(encoding="utf-8").split("\n") if line.strip()]
    random.Random(seed).shuffle(lines)
    n = 0
    with out.open("w", encoding="utf-8") as f:
        for line in lines:
            rec = json.loads(line)
            if hashlib.sha1(rec["id"].encode("utf-8")).hexdigest()[:16] not in keep or rec["id"] in drop \
                    or fingerprint(rec["text"]) in prints:
                continue
            f.write(line + "\n")
            n += 1
    print(f"{len(keep)} ceremony articles with no award; {n} left after the drops", file=sys.stderr)


if __name__ == "__main__":
    main()
