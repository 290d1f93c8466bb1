"""How often each candidate role word stands in the head of a ได้แก่ list (the words before it on its line, after
the last award word, at most 80 characters) in the corpus's articles that say รางวัล or โล่, evaluation texts
dropped by fingerprint. Prints the number of lists, then each word's count (NOTES.md, _NO_WINNERS)."""
import os
import json, re, sys, collections
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "recall"))
from recall import fingerprint, held_out  # noqa: E402

WIN = re.compile(r"รางวัล|โล่|[Aa]ward|ได้รับ|คว้า|(?<!สำห)รับ|ชนะเลิศ|อันดับ|ชมเชย|ดีเด่น|ยอดเยี่ยม|เหรียญ")
WORDS = ("ร่วม พื้นที่ ประกอบด้วย เกี่ยวข้อง ร่วมมือ เป้าหมาย กรรมการ เข้าร่วม เครือข่าย ผลกระทบ สนับสนุน ร่วมกับ ภาคี ควบคุม "
         "ผู้แทน เสี่ยง คัดเลือก ต้นแบบ เฝ้าระวัง ประสบ มอบหมาย ลงนาม นำร่อง สมัคร ร่วมงาน ตัวแทน เยี่ยมชม ร่วมจัด เจ้าภาพ "
         "ขยายผล พันธมิตร เข้ารอบ").split()
prints, counts, lists = held_out(), collections.Counter(), 0
for line in open(os.environ.get("CORPUS", "build/corpus.jsonl"), encoding="utf-8"):
    text = json.loads(line)["text"]
    if ("รางวัล" not in text and "โล่" not in text) or fingerprint(text) in prints:
        continue
    for opener in re.finditer("ได้แก่", text):
        line_start = text.rfind("\n", 0, opener.start()) + 1
        start = max([line_start] + [m.end() for m in WIN.finditer(text, line_start, opener.start())])
        head = text[max(start, opener.start() - 80):opener.start()]
        lists += 1
        counts.update(w for w in WORDS if w in head)
print(lists)
for word, count in counts.most_common():
    print(count, word)
