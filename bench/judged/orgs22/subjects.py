"""Census of provinces written as the subject of an award verb or of "เป็น 1 ใน N …" (the brief's layouts), evaluation
texts dropped: counts by layout (glued or spaced verb), and whether the sentence starts there (line start or a space).
python subjects.py -> prints counts"""
import collections, json, os, re, sys
from pathlib import Path
__file__ = str(Path(__file__).resolve().parent / "census.py")
exec(open(__file__).read().split("stats = collections")[0])
from thaigovkg.gazetteer import province_alternation
gaz = load_gazetteer()
P = province_alternation(gaz.provinces)
RXS = {"คว้า glued": rf"(?:จังหวัด|จ\.)(?:{P})คว้า", "คว้า spaced": rf"(?:จังหวัด|จ\.)(?:{P})[ \t]+คว้า",
       "1 ใน glued": rf"(?:จังหวัด|จ\.)(?:{P})เป็น[ \t]?(?:1|หนึ่ง)[ \t]?ใน", "1 ใน spaced": rf"(?:จังหวัด|จ\.)(?:{P})[ \t]+เป็น[ \t]?(?:1|หนึ่ง)[ \t]?ใน",
       "ได้รับรางวัล glued": rf"(?:จังหวัด|จ\.)(?:{P})ได้รับรางวัล", "ได้รับรางวัล spaced": rf"(?:จังหวัด|จ\.)(?:{P})[ \t]+ได้รับรางวัล",
       "1 ใน … รางวัล": rf"(?:จังหวัด|จ\.)(?:{P})[ \t]*เป็น[ \t]?(?:1|หนึ่ง)[ \t]?ใน[^\n]{{0,40}}?(?:ได้รับ|คว้า|รับ)(?:รางวัล|โล่)",
       "ผ่านการ/ติดอันดับ": rf"(?:จังหวัด|จ\.)(?:{P})[ \t]?(?:ผ่านการประเมิน|ติดอันดับ|ครองแชมป์|ชนะเลิศ|รับโล่)"}
RXS = {k: re.compile(v) for k, v in RXS.items()}
counts, arts = collections.Counter(), collections.defaultdict(set)
for line in open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    if a["id"] in eval_ids or recall.fingerprint(a["text"]) in held:
        continue
    for k, rx in RXS.items():
        n = len(rx.findall(a["text"]))
        if n:
            counts[k] += n; arts[k].add(a["id"])
for k in RXS:
    print(f"{k}\t{counts[k]} mentions\t{len(arts[k])} articles")
