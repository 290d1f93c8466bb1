"""Census, evaluation texts dropped: committee names written with spaces inside and closed by a meeting count
("คณะกรรมการ… … ครั้งที่ 1/2565") or a short form in brackets (spaced); or a committee after its chair's or secretary's
title and before a verb of speaking after a space ("ประธานคณะกรรมการ… แถลง/เปิดเผย/กล่าว/เผย", titled). Spans,
articles, a seeded sample printed. python spaced_committees.py [spaced|titled] [SHOW]"""
import collections, json, os, random, re, sys
from pathlib import Path
__file__ = str(Path(__file__).resolve().parent / "census.py")
exec(open(__file__).read().split("stats = collections")[0])
T = r"[\u0e01-\u0e4e]"
TITLED = re.compile(r"(?:ประธาน|เลขานุการ|หัวหน้า)[ \t]?คณะ(?:อนุ)?(?:กรรมการ|ทำงาน)[\u0e01-\u0e4e]{6,90}[ \t]+(?:กล่าว|เปิดเผย|แถลง|เผย|ให้สัมภาษณ์|ชี้แจง)")
SPACED = re.compile(rf"คณะ(?:อนุ)?กรรมการ{T}{{3,}}(?:[ \t]+[^\s()]{{2,40}}){{1,6}}?[ \t]*(?:ครั้งที่[ \t]?\d{{1,3}}/\d{{2,4}}|\((?:{T}{{1,8}}\.){{1,5}}{T}{{0,4}}\.?\))")
mode = sys.argv[1] if len(sys.argv) > 1 else "spaced"
RX = TITLED if mode == "titled" else SPACED
hits = []
for line in open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    if a["id"] in eval_ids or "คณะ" not in a["text"] or recall.fingerprint(a["text"]) in held:
        continue
    for m in RX.finditer(a["text"]):
        hits.append((a["id"], m.group()))
print(len(hits), "spans in", len({h[0] for h in hits}), "articles")
random.Random(22201).shuffle(hits)
for cid, span in hits[:int(sys.argv[2]) if len(sys.argv) > 2 else 0]:
    print(" ", span)
