"""The awd22 slices, reproduced: python bench/judged/awd22/slices.py OUT_DIR (the corpus from $CORPUS or
build/corpus.jsonl). Ids dropped: bench/judged/recall/**/articles.csv, bench/judged/*/articles.csv and
*/fresh_articles.csv (awd22's own left out, they were written after the draw), and the id and URL columns of
tests/{devset,blind,holdout}/index.csv (nothing else of those sets is read).

- pool.jsonl: articles not judged before with รางวัล and a list opener (ได้แก่, ประกอบด้วย, คือ, จำนวน N แห่ง/หน่วยงาน/
  จังหวัด/องค์กร, ร่วมกับ, 1 ใน N) followed on its line by >= 3 body heads, or on a line with รางวัล by >= 2;
  study.jsonl its first 40 in random.Random(22101).shuffle order, fresh_unjudged.jsonl the rest shuffled with 22102;
- fresh_judged.jsonl: judged, not evaluation, texts deduplicated, with รางวัล … ได้แก่/ประกอบด้วย/คือ followed on its
  line by >= 3 heads, shuffled with 22102 (the fresh slice is its first 36);
- changed_judged.jsonl: the judged, not evaluation, deduplicated articles with รางวัล, shuffled with 22103 (the first
  1,500 one slice, the rest another); changed_unjudged.jsonl: every article not judged with รางวัล (study ids out).
"""
from __future__ import annotations

import csv
import json
import os
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
CORPUS = Path(os.environ.get("CORPUS", REPO / "build" / "corpus.jsonl"))
HEAD = (r"(?:จังหวัด|เทศบาล|องค์การบริหารส่วน|โรงพยาบาล|โรงเรียน|กรม|สำนักงาน|มหาวิทยาลัย|บริษัท|ศูนย์|ธนาคาร|การไฟฟ้า|การประปา"
        r"|อบต\.|ทต\.|ทม\.|ทน\.|อบจ\.|สถานี|วิทยาลัย)")
HEAD_WIDE = HEAD[:-1] + (r"|กอง|สถาบัน|สมาคม|มูลนิธิ|วิสาหกิจ|สหกรณ์|กลุ่ม|ชุมชน|การท่าเรือ|การท่องเที่ยว|การรถไฟ|สำนัก|ที่ทำการ|อำเภอ"
                         r"|ตำบล|หน่วย|องค์การ|เรือนจำ|ทัณฑสถาน|ศาล|ตำรวจ|สภ\.|สน\.|ท่าอากาศยาน|กองทุน)")
CUE = re.compile(r"(?:ได้แก่|ประกอบด้วย|คือ|จำนวน\s?\d+\s?(?:แห่ง|หน่วยงาน|จังหวัด|องค์กร)|ร่วมกับ|1 ใน \d+)([^\n]*)")
AWARD_LIST = re.compile(r"รางวัล[^\n]*?(?:ได้แก่|ประกอบด้วย|คือ)([^\n]*)")


def ids_of(paths):
    ids, urls = set(), set()
    for path in paths:
        with open(path, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("corpus_id"):
                    ids.add(row["corpus_id"].strip())
                number = re.search(r"(\d+)$", (row.get("url") or "").strip())
                if number:
                    urls.add(number.group(1))
    return ids, urls


def within(article, ids_urls):
    number = re.search(r"(\d+)$", article.get("url") or "")
    return article["id"] in ids_urls[0] or bool(number and number.group(1) in ids_urls[1])


def unjudged_list(text):
    if "รางวัล" not in text:
        return False
    for line in text.split("\n"):
        for match in CUE.finditer(line):
            heads = len(re.findall(HEAD_WIDE, match.group(1)[:600]))
            if heads >= 3 or heads >= 2 and "รางวัล" in line:
                return True
    return False


def main(out: Path) -> None:
    judged_files = [p for p in [*REPO.glob("bench/judged/recall/**/articles.csv"), *REPO.glob("bench/judged/*/articles.csv"),
                                *REPO.glob("bench/judged/*/fresh_articles.csv")] if "awd22" not in p.parts]
    judged = ids_of(judged_files)
    evaluation = ids_of([REPO / f"tests/{s}/index.csv" for s in ("devset", "blind", "holdout")])
    pool, genre, award, unjudged_award, texts = [], [], [], [], set()
    with open(CORPUS, encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if within(article, evaluation):
                continue
            text = article["text"]
            if not within(article, judged):
                if unjudged_list(text):
                    pool.append(line)
                if "รางวัล" in text:
                    unjudged_award.append(line)
                continue
            key = re.sub(r"\s+", "", text)
            if "รางวัล" not in text or key in texts:
                continue
            texts.add(key)
            award.append(line)
            if any(len(re.findall(HEAD, m.group(1))) >= 3 for m in AWARD_LIST.finditer(text)):
                genre.append(line)
    study = list(pool)
    random.Random(22101).shuffle(study)
    study = study[:40]
    taken = {json.loads(line)["id"] for line in study}
    rest = [line for line in pool if json.loads(line)["id"] not in taken]
    random.Random(22102).shuffle(rest)
    random.Random(22102).shuffle(genre)
    random.Random(22103).shuffle(award)
    unjudged_award = [line for line in unjudged_award if json.loads(line)["id"] not in taken]
    random.Random(22103).shuffle(unjudged_award)
    out.mkdir(parents=True, exist_ok=True)
    for name, lines in (("pool", pool), ("study", study), ("fresh_unjudged", rest), ("fresh_judged", genre),
                        ("changed_judged", award), ("changed_unjudged", unjudged_award)):
        (out / f"{name}.jsonl").write_text("".join(lines), encoding="utf-8")
        print(name, len(lines))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
