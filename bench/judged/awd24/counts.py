"""awd24: how many of the 3,034 award articles (bench/judged/awd23/slices.py) have each probe layout's shape, by a loose
regular expression: counts only, no text shown. python bench/judged/awd24/counts.py award_a.jsonl award_b.jsonl"""
import json, re, sys
shapes = {
 "N2 level clause then ขณะที่/ส่วน": re.compile(r"(?:ได้รับ|คว้า)รางวัล[^\s]{0,30}[ \t]*(?:ใน)?(?:ขณะ(?:ที่|เดียวกัน)|ส่วน(?!ราชการ|ภูมิภาค|กลาง|ท้องถิ่น|ตำบล|งาน|บุคคล|ร่วม|หนึ่ง|ประกอบ|ต่าง|ใหญ่|ตัว|บริการ))"),
 "N4 เป็น<new kind>ที่ได้รับ": re.compile(r"เป็น(?:องค์กรปกครองส่วนท้องถิ่น|เทศบาล|อำเภอ|สถานศึกษา|โรงเรียน|มหาวิทยาลัย|สถานีตำรวจ|เรือนจำ)(?:ไทย|ของรัฐ|ภาครัฐ|ต้นแบบ|นำร่อง|ขนาด(?:ใหญ่|กลาง|เล็ก))?(?:แห่ง)?(?:แรก|เดียว|หนึ่ง)?[^\s]{0,20}?[ \t]?ที่[ \t]?(?:ได้รับ|คว้า)"),
 "N5 มอบรางวัล…ให้แก่ผู้แทน": re.compile(r"มอบ(?:โล่)?(?:รางวัล|โล่)[^\n]{0,200}?(?:ให้แก่|ให้กับ|[ \t]แก่)[ \t]*ผู้แทน"),
 "N6 ได้รับรางวัล… ร่วมกับ": re.compile(r"(?:ได้รับ|คว้า)[ \t]?(?:รางวัล|โล่)[^\n]{0,120}?ร่วมกับ"),
}
counts = {k: 0 for k in shapes}
n = 0
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        text = json.loads(line)["text"]; n += 1
        for k, r in shapes.items():
            if r.search(text): counts[k] += 1
print(n, counts)
