"""Study slice (seed 22201): the named bodies I read as missed in uncovered.py's windows, checked against one checkout's
whole extraction (organisations of mentions and learned ones, tests/test_orgs_hospitals.named): found or not.
Run with PYTHONPATH=<checkout>/src: python study_check.py SLICE_DIR -> study_classes.csv (with the class)"""
import csv, re, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[2] / "tests")]
from sampling import wilson
from test_orgs_hospitals import named

MISSED = [  # (order, class, name as written)
    (3, "committee: spaces, closed far on", "คณะกรรมการขับเคลื่อนการดำเนินโครงการสัตว์ปลอดโรค คนปลอดภัย จากโรคพิษสุนัขบ้า"),
    (8, "committee: an agency inside the name", "คณะกรรมการจัดงานร้านกระทรวงอุตสาหกรรมในงานกาชาด"),
    (19, "committee: a working group not named for a listed task", "คณะทำงานวิชาการด้านการจัดการมลพิษทางอากาศ"),
    (29, "committee: an act and its year in the name", "คณะกรรมการปฏิบัติการตามพระราชบัญญัติการค้าข้าว"),
    (39, "committee: after ในฐานะประธาน", "คณะกรรมการฟื้นฟูและพัฒนาศักยภาพประมงไทย"),
    (14, "centre", "ศูนย์ปฏิบัติการช่วยเหลือผู้ประสบอุทกภัย วาตภัย และดินโคลนถล่ม"),
    (24, "centre", "ศูนย์ทดสอบยานยนต์และยางล้อแห่งชาติ"),
    (38, "centre", "ศูนย์สร้างเสริมกระบวนการเรียนรู้วิสาหกิจชุมชนด้านการบริบาลผู้สูงอายุ"),
    (39, "centre", "ศูนย์ควบคุมการแจ้งเรือเข้าออก"),
    (15, "division of a department", "กองส่งเสริมและพัฒนาทรัพย์สินมีค่าของรัฐ"),
    (16, "division of a department", "กองโรคติดต่อนำโดยแมลง"),
    (24, "institute or college", "สถาบันยานยนต์"),
    (38, "institute or college", "วิทยาลัยวิทยาศาสตร์การแพทย์เจ้าฟ้าจุฬาภรณ์"),
    (16, "hospital", "โรงพยาบาลบุษราคัม"),
    (12, "foundation", "มูลนิธิรางวัลสมเด็จเจ้าฟ้ามหาจักรี"),
    (11, "local government (short form after นายก)", "องค์การบริหารส่วนจังหวัดราชบุรี"),
]
folder = Path(sys.argv[1])
files = {l.split("\t")[0]: l.split("\t")[2].strip() for l in open(folder / "ids.txt", encoding="utf-8")}
key = lambda s: re.sub(r"\s+", "", s)
cache, rows = {}, []
for order, kind, name in MISSED:
    if order not in cache:
        cache[order] = {key(n) for n, _ in named((folder / "articles" / files[str(order)]).read_text(encoding="utf-8"))}
    found = any(n.startswith(key(name)) for n in cache[order])
    rows.append({"order": order, "class": kind, "name": name, "found": int(found)})
with open(HERE / "study_classes.csv", "w", encoding="utf-8", newline="") as h:
    w = csv.DictWriter(h, list(rows[0])); w.writeheader(); w.writerows(rows)
missed = [r for r in rows if not r["found"]]
print(len(rows), "read as missed;", len(missed), "missed by the checkout's whole extraction")
for kind in dict.fromkeys(r["class"].split(":")[0] for r in missed):
    n = sum(r["class"].split(":")[0] == kind for r in missed)
    lo, hi = wilson(n, len(missed))
    print(f"  {kind}: {n}/{len(missed)} = {n/len(missed):.2f} [{lo:.2f}, {hi:.2f}]")
