"""Study aid: in each article of a slice, the body head words (committees, funds, offices, local governments …)
that no organisation mention of one checkout's extraction covers, with a window, to read and class by hand; and the
organisations found. Run with PYTHONPATH=<checkout>/src: python uncovered.py SLICE_DIR [FIRST LAST]"""
import re, sys
from pathlib import Path
from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.gazetteer import load_gazetteer

HEAD = re.compile(r"คณะกรรมการ|คณะอนุกรรมการ|คณะทำงาน|คณะขับเคลื่อน|กองทุน|ทุนหมุนเวียน|สำนักงาน|กองร้อย|กองพัน|มูลนิธิ|สมาคม"
                  r"|โรงพยาบาล|มหาวิทยาลัย|ศูนย์|บริษัท|เทศบาล|องค์การบริหารส่วน|อบต\.|อบจ\.|กลุ่ม|สถานีตำรวจ|สภ\.|โรงเรียน"
                  r"|วิทยาลัย|สถาบัน|กรม|กระทรวง|สหกรณ์|ชมรม|เครือข่าย|วิสาหกิจ|จังหวัด|การไฟฟ้า|การประปา|ธนาคาร|องค์การ|สำนัก|กอง")
# places and titles before a province, and heads that name no body (a royal title, kinds of people)
NOISE = re.compile(r"(?:ผู้ว่าราชการ|ปลัด|พื้นที่|ใน|ที่|ณ|จาก|ของ|อำเภอ\S+|อ\.\S+|ทั้ง|ทุก|ภายใน|ประจำ)[ \t]*$")
NOT_A_BODY = re.compile(r"กรมพระ|กลุ่ม(?:เสี่ยง|เป้าหมาย|ผู้|คน|โรค|ประชาชน|เด็ก|ผู้สูงอายุ)|จังหวัด[ \t]|สำนักงาน[ \t]")
folder = Path(sys.argv[1])
rows = [l.rstrip("\n").split("\t") for l in open(folder / "ids.txt", encoding="utf-8")]
first, last = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, len(rows) - 1)
gaz = load_gazetteer()
for order, cid, name in rows[first:last + 1]:
    text = (folder / "articles" / name).read_text(encoding="utf-8")
    e = extract_article(parse_article(text, name), gaz)
    spans = [(m.start, m.end) for m in e.mentions if m.kind == "org"]
    print(f"=== {order} {cid} ({len(text)} chars)")
    orgs = sorted({(gaz.organization(m.value).name if gaz.organization(m.value) else m.value) for m in e.mentions if m.kind == "org"})
    print("  found:", " ; ".join(orgs))
    last_end = -1
    for m in HEAD.finditer(text):
        if m.start() < last_end or any(s <= m.start() < t for s, t in spans) or NOISE.search(text, max(0, m.start() - 20), m.start()) \
                or NOT_A_BODY.match(text, m.start()):
            continue
        window = text[m.start():m.start() + 70].split("\n")[0]
        last_end = m.start() + len(window)
        print(f"  [{m.start()}] …{text[max(0, m.start() - 25):m.start()]}⟦{window}")
