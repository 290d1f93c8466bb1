"""Log the head of every ได้แก่ list whose first unit main makes a recipient token (base code)."""
import json, re, sys, collections
from thaigovkg.article import parse_article
from thaigovkg.extract import extract_article
from thaigovkg.extract.awards import recipients as R
WIN = re.compile(r"รางวัล|โล่|[Aa]ward|ได้รับ|คว้า|(?<!สำห)รับ|ชนะเลิศ|อันดับ|ชมเชย|ดีเด่น|ยอดเยี่ยม|เหรียญ")
OPEN = re.compile(r"(?:ได้แก่|คือ|ประกอบด้วย|ดังนี้)[ \t]*:?[ \t]*$")
log = []
orig = R._recipient_tokens
def wrapped(reading, terms):
    tokens = orig(reading, terms)
    text = reading.text
    for t in tokens:
        ls = text.rfind("\n", 0, t.start) + 1
        op = OPEN.search(text, ls, t.start)
        if not op: continue
        start = max([ls] + [o.end for o in reading.orgs if ls <= o.end <= op.start()]
                    + [x.end for x in terms if ls <= x.end <= op.start()] + [m.end() for m in WIN.finditer(text, ls, op.start())])
        log.append((CUR, text[start:op.start()].strip(), text[op.start():t.end][:60]))
    return tokens
R._recipient_tokens = wrapped
import thaigovkg.extract.awards.tokens as T
if hasattr(T, "_recipient_tokens"): T._recipient_tokens = wrapped
for line in open(sys.argv[1]):
    a = json.loads(line); CUR = a["id"]
    try: extract_article(parse_article(a["text"], "t.txt"))
    except Exception as e: print("ERR", CUR, e, file=sys.stderr)
json.dump(log, open(sys.argv[2], "w"), ensure_ascii=False, indent=0)
print(len(log))
