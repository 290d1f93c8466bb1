"""Count corpus articles (evaluation texts dropped, by fingerprint) that write each programme shape; print no text.
    python scan.py [--ids SHAPE]  -> counts; with --ids, the corpus ids of one shape (for building)"""
import os
import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "recall"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from recall import held_out, fingerprint  # noqa: E402

SHAPES = {
    # an English name whose edition year is written before it: "รางวัล 2020 Asian Townscape Awards"
    "year_before_english": re.compile(r"รางวัล[ \t]?[“\"]?(?:19|20)\d\d[ \t]+[A-Z][A-Za-z]"),
    # an English name after รางวัล with no Award / Prize word: "รับรางวัล ASEAN Eco-Schools"
    "english_no_award_word": re.compile(r"(?:ได้รับ|คว้า|รับ|มอบ)(?:มอบ)?[ \t]?รางวัล[ \t]?[“\"]?[A-Z][A-Za-z0-9\-]*(?:[ \t]+(?:[A-Z][A-Za-z0-9\-]*|of|and|for|the|in))+(?![ \t]*(?:[A-Za-z]+[ \t]+)?(?:Awards?|AWARDS?|Prizes?|PRIZES?)\b)"),
    # a lower-case award word: "รางวัล Country award 2022"
    "lowercase_award": re.compile(r"รางวัล[ \t]?[“\"]?[A-Z][A-Za-z0-9\-]*(?:[ \t]+[A-Za-z][A-Za-z0-9\-]*){0,5}[ \t]+(?:award|prize)s?(?![A-Za-z])"),
    # the stage as the name: "คว้ารางวัลเวทีนานาชาติ"
    "stage_as_name": re.compile(r"รางวัลเวที(?:นานาชาติ|ระดับ|โลก|สากล)"),
    # a Common Era year after ประจำปี: "ประจำปี 2022"
    "ce_after_prachampi": re.compile(r"รางวัล[^\n]{2,120}?ประจำปี[ \t]?(?:ค\.ศ\.[ \t]?)?20[12]\d(?!\d)"),
}

def main():
    only = sys.argv[2] if len(sys.argv) > 2 and sys.argv[1] == "--ids" else None
    drop = held_out()
    counts = {k: 0 for k in SHAPES}
    with open(os.environ.get("CORPUS", "build/corpus.jsonl")) as f:
        for line in f:
            d = json.loads(line)
            t = d["text"]
            if "รางวัล" not in t or fingerprint(t) in drop:
                continue
            for k, rx in SHAPES.items():
                if (only is None or k == only) and rx.search(t):
                    counts[k] += 1
                    if only:
                        print(d["id"])
    if not only:
        print(counts)

main()
